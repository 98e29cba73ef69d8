"""Lay questions out on a test paper: sections, numbers, points and seeded shuffles per version.

Version A keeps the given question order within each section (the generator's ranking); later
versions shuffle it. Every version shuffles options, timeline events and the right column of a
matching table, each with its own ``random.Random(f"{seed}-{letter}")``, so a seed always gives
the same papers. The layout holds everything the templates show, answers included.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from quizgen.errors import QuizgenError
from quizgen.questions.records import Question

LETTERS = string.ascii_uppercase
T = TypeVar("T")

# Paper order of the sections: (question type, heading, instructions).
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("choice", "Multiple choice", "Circle the letter of the best answer."),
    ("truefalse", "True or false", "Circle True or False."),
    ("cloze", "Fill in the blank", "Write the missing word or words on the line."),
    ("who", "Short answer", "Write the person, place, country or thing asked for."),
    ("role", "Roles", "Write the person's post or title."),
    ("when", "When?", "Write the date as exactly as you can."),
    ("list", "Lists", "Name every item asked for, in any order."),
    ("matching", "Matching", "Write the letter of the matching name from the right column."),
    ("timeline", "Timeline", "Write the letters of the events in order, earliest first."),
)
SECTION_TYPES = tuple(s[0] for s in SECTIONS)


@dataclass(frozen=True)
class Item:
    """One numbered question as shown on one version of the paper, with its key."""

    number: int
    question: Question
    points: int
    options: tuple[str, ...] = ()  # choice: options in this version's order
    answer_letter: str = ""  # choice: the letter of the answer
    events: tuple[str, ...] = ()  # timeline: events in this version's (shuffled) order
    event_order: tuple[str, ...] = ()  # timeline: event letters, earliest first
    right: tuple[str, ...] = ()  # matching: right column in this version's order
    match_letters: tuple[str, ...] = ()  # matching: right letter for each left item


@dataclass(frozen=True)
class Section:
    """The questions of one type, with a heading, instructions and their points."""

    type: str
    number: int
    heading: str
    instructions: str
    items: tuple[Item, ...]

    @property
    def points(self) -> int:
        return sum(item.points for item in self.items)


@dataclass(frozen=True)
class Paper:
    """One version of the quiz: its letter and sections in paper order."""

    version: str
    sections: tuple[Section, ...]

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for section in self.sections for item in section.items)

    @property
    def points(self) -> int:
        return sum(section.points for section in self.sections)


MOST_POINTS = 2  # a question is worth at most twice a one-point question


def points_for(question: Question) -> int:
    """Marks a question is worth: two for one that asks several things (a list of two or
    more items, matching pairs, a timeline), else one, so no part outweighs the paper."""
    several = {"list": len(question.items), "matching": len(question.pairs), "timeline": 2}
    return min(MOST_POINTS, max(1, several.get(question.type, 1)))


def version_letters(versions: int) -> tuple[str, ...]:
    """``A``, ``B``, ... for ``versions`` papers (1 to 26)."""
    if not 1 <= versions <= len(LETTERS):
        raise QuizgenError(f"--versions must be between 1 and {len(LETTERS)}, not {versions}")
    return tuple(LETTERS[:versions])


def layout_quiz(questions: Sequence[Question], versions: int = 1, seed: int = 0) -> list[Paper]:
    """Lay ``questions`` out as ``versions`` papers holding the same questions."""
    if not questions:
        raise QuizgenError(
            "no questions to put on the quiz: give more articles or a larger --count"
        )
    for question in questions:
        _check(question)
    return [_paper(questions, letter, seed) for letter in version_letters(versions)]


def _paper(questions: Sequence[Question], letter: str, seed: int) -> Paper:
    rng = random.Random(f"{seed}-{letter}")
    sections: list[Section] = []
    number = 1
    for qtype, heading, instructions in SECTIONS:
        group = [q for q in questions if q.type == qtype]
        if not group:
            continue
        if letter != "A":
            group = shuffled(group, rng)
        items = []
        for question in group:
            items.append(_item(question, number, rng))
            number += 1
        sections.append(Section(qtype, len(sections) + 1, heading, instructions, tuple(items)))
    return Paper(letter, tuple(sections))


def _item(question: Question, number: int, rng: random.Random) -> Item:
    item = Item(number, question, points_for(question))
    if question.type == "choice":
        options = tuple(shuffled(question.options, rng))
        letter = LETTERS[options.index(question.answer)]
        return replace(item, options=options, answer_letter=letter)
    if question.type == "timeline":
        events = tuple(shuffled(question.items, rng, avoid_identity=True))
        order = tuple(LETTERS[events.index(event)] for event in question.items)
        return replace(item, events=events, event_order=order)
    if question.type == "matching":
        right = tuple(shuffled([r for _, r in question.pairs], rng, avoid_identity=True))
        letters = tuple(LETTERS[right.index(r)] for _, r in question.pairs)
        return replace(item, right=right, match_letters=letters)
    return item


def shuffled(values: Sequence[T], rng: random.Random, avoid_identity: bool = False) -> list[T]:
    """A seeded shuffle; with ``avoid_identity`` never the given order (it would give it away)."""
    result = list(values)
    rng.shuffle(result)
    if avoid_identity and len(set(values)) > 1 and result == list(values):
        result = result[1:] + result[:1]
    return result


def _check(question: Question) -> None:
    """Refuse a question the paper cannot show correctly, naming it and the fix."""
    where = f"question {question.id!r}"
    if question.type not in SECTION_TYPES:
        raise QuizgenError(
            f"{where} has unknown type {question.type!r}: use one of {', '.join(SECTION_TYPES)}"
        )
    if question.type == "choice":
        if not 2 <= len(question.options) <= len(LETTERS) or len(set(question.options)) != len(
            question.options
        ):
            raise QuizgenError(f"{where} needs 2 or more distinct options")
        if question.answer not in question.options:
            raise QuizgenError(f"{where}: its answer {question.answer!r} is not one of its options")
    if question.type == "timeline" and len(set(question.items)) != len(question.items):
        raise QuizgenError(f"{where}: timeline events must be distinct")
    if question.type == "matching":
        rights = [r for _, r in question.pairs]
        if not rights or len(set(rights)) != len(rights):
            raise QuizgenError(f"{where}: matching pairs need distinct right-hand names")
