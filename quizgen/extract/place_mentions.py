"""What makes a word in a sentence a place mention for the places rule.

The locative test (``locative``: "in", "near", "visited" before the word), unknown places
("city of X", "X prefecture": ``add_unknown_places``) and unknown venues ("talks in X":
``unknown_venues``). The rule (``places.py``) and its document scan (``place_scan.py``) both
read sentences through these, and the event clauses use ``unknown_venues`` too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from lemminflect import getAllLemmas

from quizgen.dates import MONTHS, WEEKDAYS
from quizgen.extract.titled_people import INSTITUTION_NOUNS, POST_HEADS
from quizgen.patterns import LOWER_LETTERS, UPPER_LETTERS, alternation, word_matches

if TYPE_CHECKING:
    from quizgen.domain import Place
    from quizgen.extract.base import DocContext

LOCATIVE = re.compile(
    r"\b(?:in|at|to|near|off|of|around|inside|outside|visit|visits|visited|visiting)\s+(?:the\s+)?\Z"
)
COORDINATED = re.compile(r"\b(?:in|at|to|of)\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*\s+and\s+\Z")
# Words that make "X <word>" a place no list needs to hold ("Primorye Region"), in either case,
# and those that do so only capitalised ("Nakashibetsu District"; "the district" is no name)
AREA_WORDS = (
    "prefecture", "region", "province", "oblast", "krai", "bay", "harbour", "harbor", "sound",
    "channel", "strait",
)  # fmt: skip
CAPITALISED_AREA_WORDS = ("District", "River", "Peninsula", "Valley")
# Capitalised words before a name that make it a place: "Mount Kent", "River Dunmore"
AREA_PREFIXES = ("Mount", "River", "Lake")
# Words before " of X" that make X a place ("the village of Shakotan")
SETTLEMENT_WORDS = ("city", "town", "village")
_WORD = rf"[{UPPER_LETTERS}][{LOWER_LETTERS}]+"  # any Latin letters: "Ríos"
_NAME = rf"{_WORD}(?:-{_WORD})?"  # "Yuzhno-Kurilsky"
PLACE_PARTICLE = r"(?:(?:de|da|do|dos|das|del|di|du|la|le) )"  # "Rio de Janeiro"
UNKNOWN = re.compile(
    rf"\b(?:{'|'.join(SETTLEMENT_WORDS)}) of (?P<a>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
    rf"|\b(?P<c>(?:{'|'.join(AREA_PREFIXES)}) {_NAME})"
    rf"|(?<![\w-])(?P<b>(?:{_NAME} )?{_NAME} (?:"
    + "|".join(
        [f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in AREA_WORDS] + list(CAPITALISED_AREA_WORDS)
    )
    + r"))\b"
)
VENUE_BODY = re.compile(  # after a word boundary: see ``word_matches``
    r"(?:meet|meets|met|meeting|held|hold|holds|summit|talks|arrived|arrives|travel(?:led|s)?"
    r"|visit(?:ed|s)?|gather(?:ed)?)\s+(?:again\s+|later\s+|next\s+)?in\s+"
    rf"(?P<name>{_WORD}(?: {PLACE_PARTICLE}?{_WORD})?)\b"
)
CALENDAR_NAMES = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter""".split()
)
# Every VENUE_BODY match holds "in", whitespace and a capital of any Latin alphabet.
IN_CAPITAL = re.compile(rf"in\s+[{UPPER_LETTERS}]")

Found = dict[str, tuple[str | None, int]]  # place name -> (country, offset in the sentence)


def unknown_venues(ctx: DocContext, text: str) -> list[str]:
    """Names after "meet in", "talks in", "arrived in" that no list knows: likely cities."""
    names = []
    for m in word_matches(VENUE_BODY, text):
        name = _without_day(m["name"])
        if (
            name.split()[0] in CALENDAR_NAMES
            or ctx.domain.country_for(name)
            or ctx.domain.place_for(name)
            or name.casefold() in ctx.lex.not_places
            or name in ctx.people
            or name in ctx.surnames
        ):
            continue
        names.append(name)
    return names


def _without_day(name: str) -> str:
    """ "arrived in Lena Wednesday": the place, without the day written after it."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in CALENDAR_NAMES else name


def add_unknown_places(
    ctx: DocContext, text: str, found: Found, starts: Iterable[int] | None = None
) -> None:
    """Unknown places of ``UNKNOWN`` ("city of X", "the village of X", "Mount X", "X Region",
    "X prefecture"; "X region" in lower case is X itself; "Wren Region", of a known place
    Wren, is a unit of its own, in Wren's country; "Federal District", whose name is an
    English adjective, is none); ``starts``: offsets that hold every place where ``UNKNOWN`` can
    match (None: search the whole sentence)."""
    for m in UNKNOWN.finditer(text) if starts is None else _matches_at(UNKNOWN, text, starts):
        name = m["a"] or m["b"] or m["c"]
        if m["b"] and name.count(" ") == 2 and _english(name.split()[0]):
            name = name.split(" ", 1)[1]  # "The Wren Region", "In Wren Region": one word
        if (
            ctx.domain.place_for(name)
            or ctx.domain.group_for(name.removesuffix(" region"))
            or name.casefold() in ctx.lex.not_places
        ):
            continue  # a known place is found as such; a group is no one place
        if m["b"] and "ADJ" in getAllLemmas(name.split()[0].lower()):
            continue  # "Federal District", "Central Region": a description, not a name
        before = _OF_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if m["b"] and before and before[1] not in (*POST_HEADS, *INSTITUTION_NOUNS):
            continue  # "the Horn of Wren Region": a fragment; "Governor" or "Government of
            # Wren Region" is of the region
        first = ctx.domain.place_for(name.split()[0])
        if m["b"] and name.split()[-1][0].isupper():  # "Wren Region": a unit of its own
            found.setdefault(name, (first.country if first else None, m.start()))
        elif not first:
            if m["b"] and _demonym(ctx, name.split()[0]) and name.split()[-1].islower():
                continue  # "the Calderian region": the region of Calder, named by no name
            if m["b"] and name.split()[-1] == "region":
                name = name.rsplit(" ", 1)[0]  # "the Manchuria region" is Manchuria
            found.setdefault(name, (None, m.start()))


# a name's first words before "of", capitalised inside a sentence: "Horn of" in "the fragile
# Horn of Wren Region" (not "Residents of" opening one)
_OF_NAME_BEFORE = re.compile(r"(?<=[a-z,] )([A-Z][\w’'-]*) of (?:the )?\Z")


# endings of the adjectives that name a people ("Calderian", "Korean", "Brenese", "Irish")
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish")


def _demonym(ctx: DocContext, word: str) -> bool:
    """Is ``word`` an adjective of a people ("Calderian"), not a name: a country's demonym,
    or a word with a demonym's ending?"""
    country = ctx.domain.country_for(word)
    return (country is not None and word in country.demonyms) or word.endswith(DEMONYM_ENDINGS)


def _english(word: str) -> bool:
    """A word of English, not of a name: "The", "In", "Great" (lemminflect knows it)."""
    lower = word.lower()
    return lower in ("the", "a", "an", "in", "at", "on", "of", "to", "and") or bool(
        getAllLemmas(lower)
    )


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives when every match starts at one of ``starts``
    (matches must not be empty)."""
    pos = 0
    for start in sorted(set(starts)):
        if start >= pos and (m := pattern.match(text, start)):
            yield m
            pos = m.end()


def add_venues(ctx: DocContext, text: str, found: Found) -> None:
    """Add the unknown venues of ``text`` (``unknown_venues``) and the unknown names after
    "in" (``names_after_in``) to ``found``."""
    for name in (*unknown_venues(ctx, text), *names_after_in(ctx, text)):
        found.setdefault(name, (None, text.index(name)))


# "in Krasnoyarsk", "efforts in Afghanistan", "visited New Bern", "at Wren Point", "near Port
# Arden": one or two capitalised words after a locative word that end the name (no capitalised
# word follows: "in Harwick Declaration" is a document's name). Not "from" nor "to": people
# come from someone, and write to someone.
AFTER_IN_WORDS = ("in", "at", "visited", "visiting", "near", "outskirts of")
AFTER_IN = re.compile(
    rf"(?<![\w-])(?:{alternation(AFTER_IN_WORDS)})\s+(?P<name>{_NAME}(?: {PLACE_PARTICLE}?{_NAME})?)"
    rf"(?![\w’'-]|\s+[{UPPER_LETTERS}]|\s*[’']s\b)"
)


# every AFTER_IN match holds one of its words, whitespace and a capital of any alphabet
IN_ANY_CAPITAL = re.compile(rf"(?:{alternation(AFTER_IN_WORDS)})\s+[{UPPER_LETTERS}]")


def names_after_in(ctx: DocContext, text: str) -> list[str]:
    """Names after "in", "at", "visited" or "visiting" that no list holds and that end in no
    English word ("Harwick Declaration"), and are no month, weekday, country, people's name or
    person: likely places ("in Krasnoyarsk", "visited New Bern")."""
    names = []
    for m in AFTER_IN.finditer(text):
        name = _without_day(m["name"])
        first = name.split()[0]
        after = text[m.end() : m.end() + 12].split()
        if (
            first in CALENDAR_NAMES
            or name == "English"  # "(in English)": the language the article is written in
            or (after and after[0].strip(",.;:") in AREA_WORDS)  # "in Harwick prefecture"
            or name in ctx.people
            or name.split()[-1] in ctx.surnames
            or ctx.domain.country_for(name)
            or any(ctx.domain.country_for(part) for part in first.split("-"))  # "Calder-Brenan"
            or ctx.domain.place_for(name)
            or name.casefold() in ctx.lex.not_places
            or getAllLemmas(name.split()[-1].lower())  # "Harwick Declaration"; dearest last
            or (after and _noun_only(after[0]))  # "in Brexit discussions": it names the talks
        ):
            continue
        names.append(name)
    return names


@cache
def _noun_only(word: str) -> bool:
    """A lower-case word that is only ever a noun ("discussions", "officials"), so a name
    right before it qualifies it; not "this", "today" or "talks" (also a verb)."""
    return (
        word[:1].islower()
        and word not in ("this", "that", "these", "those")
        and set(getAllLemmas(word)) == {"NOUN"}
    )


LOCATIVE_WORDS: tuple[str, ...]
LOCATIVE_WORDS = ("in", "at", "to", "near", "off", "of", "around", "inside", "outside")
LOCATIVE_WORDS += ("visit", "visits", "visited", "visiting")
# the words before a country that make it a place, not a party ("talks with Calder"): "in",
# "to", "including Calder and Stellby", "the war against Calder" (not "sanctions against
# Calder": a country acted against is a party)
WAR_WORDS = ("invasion of", "war against", "aggression against", "attack on", "attacks on")
STRICT_WORDS = ("in", "region of", "to", "including", *WAR_WORDS)
STRICT_COORDINATED = re.compile(
    rf"\b(?:in|to|including|{'|'.join(WAR_WORDS)})\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*\s+and\s+\Z"
)
# a compass word between the locative word and the place: "in northern Calder"
COMPASS = tuple(
    f"{prefix}{side}ern"
    for prefix in ("", "north", "south", "north-", "south-")
    for side in ("north", "south", "east", "west")
    if not (prefix and side in ("north", "south"))
)
# a capitalised word right after a place that is no month or weekday: the place begins a
# longer name (a document, a forum, "Calder Region"), which is not the place itself
NAME_GOES_ON = re.compile(
    rf" (?!(?:{alternation([m.title() for m in MONTHS] + [d.title() for d in WEEKDAYS])})\b)[A-Z]"
)


def locative(text: str, floor: int, start: int, end: int, strict: bool = False) -> bool:
    """Is the word at ``start:end`` of ``text`` in a locative context? ``floor`` is where its
    sentence starts in ``text``; the sentence may go on with the separator and more text (no
    test below reads the separator as anything but a mismatch)."""
    if text[end : end + 8].startswith((" region", " prefecture", " Prefecture")):
        return True  # (a capitalised area word goes on, and still makes a place)
    if _goes_on(text, end):
        return False
    before = text[max(floor, start - 40) : start]
    # what LOCATIVE, COORDINATED and the strict pattern find, without a regex scan: each
    # ends in whitespace; rstrip() and isspace() strip and test exactly what \s matches
    if not before[-1:].isspace():
        return False
    head = _without_compass(before.rstrip())
    if strict:
        return _ends_with_word(head, STRICT_WORDS) or (  # \b(?:in|region of|to)\s+\Z
            head.endswith("and") and bool(STRICT_COORDINATED.search(before))
        )
    if _ends_with_word(head, LOCATIVE_WORDS):
        return True  # LOCATIVE: "in ", "visiting  "
    if (
        head.endswith("the")
        and head[-4:-3].isspace()
        and _ends_with_word(head[:-3].rstrip(), LOCATIVE_WORDS)
    ):
        return True  # LOCATIVE: "in the "
    return head.endswith("and") and bool(COORDINATED.search(before))


# "in Kestel Quay, Port Arden": a place named after the place a locative word gives
AFTER_A_PLACE = re.compile(
    r"\b(?:in|at|near|visited|visiting)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+\Z"
)


def placed(place: Place, text: str, floor: int, start: int, end: int) -> bool:
    """Is the known ``place`` at ``start:end`` a location? After a locative word
    (``locative``); after "on" when it is an island ("obligations on Wren Island"); as the
    second part of an address ("in Kestel Quay, Port Arden"); or followed by its own country
    ("Port Arden, Calder")."""
    if locative(text, floor, start, end):
        return True
    if _goes_on(text, end):
        return False
    before = text[max(floor, start - 60) : start]
    if place.kind == "island" and before.endswith(" on "):
        return True
    if before.endswith(", ") and AFTER_A_PLACE.search(before):
        return True
    return bool(place.country) and text.startswith(f", {place.country}", end)


def _goes_on(text: str, end: int) -> bool:
    """Does the word ending at ``end`` go on into something else than a place: "Harwick-claimed
    islands", "Stellby's position", "the Harwick Declaration", "the Stellby International
    Forum"?"""
    after = text[end : end + 8]
    if after.startswith(("-", "’s", "'s")):
        return True
    return after[1:2].isupper() and bool(NAME_GOES_ON.match(text, end))


def _without_compass(head: str) -> str:
    r"""``head`` without a compass word at its end ("in northern"), when whitespace comes
    before that word: what ``(?:COMPASS\s+)?\Z`` lets stand between a locative word and a
    place."""
    if not head.endswith("ern"):  # every compass word ends so: most heads are done here
        return head
    for word in COMPASS:
        if head.endswith(word) and head[-len(word) - 1 : -len(word)].isspace():
            return head[: -len(word)].rstrip()
    return head


def _ends_with_word(text: str, words: tuple[str, ...]) -> bool:
    r"""True when ``text`` ends with one of ``words`` (each starts with a word character) and
    a word boundary comes before it: what ``\b(?:words)\Z`` finds."""
    if not text.endswith(words):
        return False
    for word in words:
        if text.endswith(word):
            before = text[-len(word) - 1 : -len(word)]
            if not before or not word_char(before):
                return True
    return False


def word_char(char: str) -> bool:
    r"""True for what ``\w`` matches."""
    return char.isalnum() or char == "_"
