"""Cloze questions on one sentence -> one Anki note with a deletion each (c1, c2, ...).

Anki keeps a card's reviews by note (GUID) and cloze number, so both stay fixed from build to
build: a note keeps the key it had, each question keeps the number it had (the deck state
remembers them), a new question takes the next number, and a removed one leaves its number
unused (its card turns empty; Anki's Tools > Empty Cards removes it). A sentence with one cloze
is a note keyed by that question's id, as every other note is.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from quizgen.questions.lint import BLANK
from quizgen.questions.records import Question
from quizgen.render.deck_state import content_hash


@dataclass(frozen=True)
class ClozeNote:
    """One note: its key, and per cloze number (slot ``i`` is ``c{i+1}``) the question id that
    owns it. ``present`` holds the questions of this build; the other slots are left unused."""

    key: str
    slots: tuple[str, ...]
    present: Mapping[str, Question]

    @property
    def members(self) -> list[Question]:
        """This build's questions, in the order of their place in the sentence."""
        return sorted(self.present.values(), key=answer_span)


def filled_text(q: Question) -> str:
    """The sentence a cloze question blanks, with its answer in place."""
    return q.prompt.replace(BLANK, q.answer, 1)


def answer_span(q: Question) -> tuple[int, int]:
    """Where the answer sits in ``filled_text(q)``."""
    start = len(q.prompt.partition(BLANK)[0])
    return start, start + len(q.answer)


def group_clozes(
    questions: Sequence[Question],
    previous_slots: Mapping[str, Sequence[str]],
    previous_keys: Collection[str],
) -> list[ClozeNote]:
    """The notes of the cloze ``questions``: those that blank different words of the same
    sentence of the same article share a note. ``previous_slots`` is the last build's slots of
    its shared notes; ``previous_keys`` all its note keys (a single cloze's key is its id)."""
    owner: dict[str, tuple[str, int]] = {}  # question id -> (note key, slot) last time
    for key, ids in previous_slots.items():
        for number, qid in enumerate(ids):
            owner[qid] = (key, number)
    notes, claimed = [], set()
    for group in _sentence_groups(questions):
        candidates = [owner[q.id][0] for q in group if q.id in owner]
        candidates += [q.id for q in group if q.id in previous_keys and q.id not in owner]
        candidates += [q.id for q in group]
        first = group[0]
        candidates.append(f"cloze:{content_hash(_doc(first), filled_text(first))[:16]}")
        key = next(k for k in candidates if k not in claimed)
        claimed.add(key)
        slots = list(previous_slots.get(key, (key,) if key in previous_keys else ()))
        slots += [q.id for q in group if q.id not in slots]
        notes.append(ClozeNote(key, tuple(slots), {q.id: q for q in group}))
    return notes


def _sentence_groups(questions: Sequence[Question]) -> list[list[Question]]:
    """Questions on the same sentence of the same article whose answers do not overlap, in
    sentence order; groups in the order of their first question in ``questions``."""
    by_sentence: dict[tuple[str, str], list[Question]] = {}
    for q in questions:
        by_sentence.setdefault((_doc(q), filled_text(q)), []).append(q)
    groups: list[list[Question]] = []
    for same in by_sentence.values():
        lanes: list[list[Question]] = []
        for q in sorted(same, key=lambda q: (answer_span(q), q.id)):
            lane = next((ln for ln in lanes if answer_span(ln[-1])[1] <= answer_span(q)[0]), None)
            if lane is None:
                lanes.append([q])
            else:
                lane.append(q)
        groups += lanes
    order = {q.id: i for i, q in enumerate(questions)}
    return sorted(groups, key=lambda g: min(order[q.id] for q in g))


def _doc(q: Question) -> str:
    return q.sources[0].doc if q.sources else ""
