"""Places: cities, prefectures, islands and regions used as locations in a sentence.

A known place (domain ``places``), an unknown "city of X" / "X prefecture" / "X region", or a
country that is not a party of the topic counts only in a locative context: after in, at, to,
near, off, of, around, or in "X region". Metonyms are left out by that rule ("Tokyo sees",
"cooperation with Moscow", "Tokyo-claimed"), and so are the domain's ``not_places`` (wide
regions). ``role`` is ``venue`` when the sentence talks about meeting or talks, else
``location``; the dateline city is a place too (``role`` ``dateline``, flagged ``from-dateline``
so a mention in the text gives the merged fact its fields).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from quizgen.domain import Domain
from quizgen.extract.base import DocContext, Draft
from quizgen.extract.joined import Joined
from quizgen.patterns import NEVER, alternation, word_matches

LOCATIVE = re.compile(
    r"\b(?:in|at|to|near|off|of|around|inside|outside|visit|visits|visited|visiting)\s+(?:the\s+)?\Z"
)
COORDINATED = re.compile(r"\b(?:in|at|to|of)\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*\s+and\s+\Z")
MEETING = re.compile(r"\b(?:meet|meets|met|meeting|talks|summit|visit|hosted|invited|venue)\b")
MEETING_PARTS = ("me", "talks", "summit", "visit", "hosted", "invited", "venue")
UNKNOWN = re.compile(
    r"\bcity of (?P<a>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)|(?<![\w-])(?P<b>[A-Z][a-z]+ (?:prefecture|Prefecture|region|province|Province|oblast|Oblast))\b"
)


VENUE_BODY = re.compile(  # after a word boundary: see ``word_matches``
    r"(?:meet|meets|met|meeting|held|hold|holds|summit|talks|arrived|arrives|travel(?:led|s)?"
    r"|visit(?:ed|s)?|gather(?:ed)?)\s+(?:again\s+|later\s+|next\s+)?in\s+"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
MONTHS_AND_DAYS = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)


def unknown_venues(ctx: DocContext, text: str) -> list[str]:
    """Names after "meet in", "talks in", "arrived in" that no list knows: likely cities."""
    names = []
    for m in word_matches(VENUE_BODY, text):
        name = m["name"]
        if (
            name.split()[0] in MONTHS_AND_DAYS
            or ctx.domain.country_for(name)
            or ctx.domain.place_for(name)
            or name.casefold() in ctx.lex.not_places
            or name in ctx.people
            or name in ctx.surnames
        ):
            continue
        names.append(name)
    return names


# Every UNKNOWN match holds "city of" or one of its words (prefecture, region...): each is
# found by its tail and the first letters it may have (one scan for two spellings).
UNKNOWN_ANCHORS = (
    ("city of", ""),
    ("refecture", "pP"),
    ("egion", "r"),
    ("rovince", "pP"),
    ("blast", "oO"),
)
LOWERCASE = "abcdefghijklmnopqrstuvwxyz"
# Every VENUE_BODY match holds "in", whitespace and a capital, after whitespace that follows
# one of these words.
IN_CAPITAL = re.compile(r"in\s+[A-Z]")
VENUE_BEFORE_IN = tuple(
    """meet meets met meeting held hold holds summit talks arrived arrives travel travelled
    travels visit visited visits gather gathered again later next""".split()
)

Found = dict[str, tuple[str | None, int]]  # place name -> (country, offset in the sentence)


def find_places(ctx: DocContext) -> list[Draft]:
    """Place drafts for every locative mention of a place in the document."""
    sentences = ctx.doc.sentences
    if not sentences:
        return []
    found = _document_places(ctx)
    if found is None:  # the one-scan shortcut does not hold: read sentence by sentence
        found = {}
        for index, sentence in enumerate(sentences):
            places = sentence_places(ctx, sentence.text)
            if places:
                found[index] = places
    not_places = ctx.lex.not_places
    drafts = []
    for index, places in found.items():
        sentence = sentences[index]
        source = None
        for name, (country, at) in places.items():
            if name.casefold() in not_places:
                continue
            role = "venue" if _meeting(sentence.text, max(0, at - 50), at) else "location"
            fields = {"name": name, "country": country, "role": role}
            source = source or ctx.source(sentence)
            drafts.append(Draft("place", name, fields, source))
    return drafts + _dateline(ctx)


def _meeting(text: str, start: int, end: int) -> bool:
    """``MEETING.search(text, start, end)``: every MEETING word holds one of MEETING_PARTS."""
    window = text[start:end]
    if not any(part in window for part in MEETING_PARTS):
        return False
    return bool(MEETING.search(text, start, end))


def sentence_places(ctx: DocContext, text: str) -> Found:
    """The places of one sentence, in the order the rule finds them: known places, unknown
    ones ("city of X", "X prefecture"), unknown venues, then non-party countries."""
    found: Found = {}
    for m in word_matches(ctx.lex.place_body, text):
        place = ctx.domain.place_for(m[0])
        if _locative(text, 0, m.start(), m.end()):
            found.setdefault(place.name, (place.country, m.start()))
    _unknown_places(ctx, text, found)
    _venues(ctx, text, found)
    if ctx.lex.other_country_hint.search(text):
        parties = {c.name for c in ctx.domain.countries if c.party}
        for m in word_matches(ctx.lex.country_body, text):
            country = ctx.domain.country_for(m[0])
            if (
                country
                and country.name not in parties
                and m[0] == country.name
                and _locative(text, 0, m.start(), m.end(), strict=True)
            ):
                found.setdefault(country.name, (None, m.start()))
    return found


def _unknown_places(
    ctx: DocContext, text: str, found: Found, starts: Iterable[int] | None = None
) -> None:
    """Unknown places of ``UNKNOWN`` ("city of X", "X prefecture"); ``starts``: offsets that
    hold every place where ``UNKNOWN`` can match (None: search the whole sentence)."""
    for m in UNKNOWN.finditer(text) if starts is None else _matches_at(UNKNOWN, text, starts):
        name = m["a"] or m["b"]
        known = ctx.domain.place_for(name) or ctx.domain.place_for(name.split()[0])
        if name.casefold() not in ctx.lex.not_places and not known:
            found.setdefault(name, (None, m.start()))


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


def _unknown_starts(joined: Joined) -> dict[int, list[int]]:
    """Offsets in their sentences where ``UNKNOWN`` can match, by sentence: each "city of"
    and each capital starting "Xxx " before one of its words (prefecture, region...)."""
    text, starts = joined
    found: dict[int, list[int]] = {}
    for anchor, firsts in UNKNOWN_ANCHORS:
        at = text.find(anchor)
        while at >= 0:
            index = joined.sentence_at(at)
            floor = starts[index]
            if not firsts:  # "city of": the match starts here
                found.setdefault(index, []).append(at - floor)
            elif text[at - 1 : at] in firsts and text[at - 2 : at - 1] == " ":
                # the capitalised word before " prefecture": [A-Z][a-z]+ ending at at - 2
                word = floor + len(text[floor : at - 2].rstrip(LOWERCASE)) - 1
                if floor <= word < at - 3 and "A" <= text[word] <= "Z":
                    found.setdefault(index, []).append(word - floor)
            at = text.find(anchor, at + 1)
    return found


def _venues(ctx: DocContext, text: str, found: Found) -> None:
    for name in unknown_venues(ctx, text):
        found.setdefault(name, (None, text.index(name)))


def _document_places(ctx: DocContext) -> dict[int, Found] | None:
    """``sentence_places`` of every sentence that has places, by sentence index, from scans
    of the whole document (the joined sentences); None when the domain's names or the text
    break the conditions that make it give the same (see ``_scan_pattern``)."""
    names = ctx.lex.pattern("places-scan", lambda: _scan_pattern(ctx.domain))
    if names.pattern == NEVER:
        return None
    text, starts = ctx.joined
    place_for = ctx.domain.place_for
    known: dict[int, Found] = {}
    others: dict[int, list[tuple[str, int]]] = {}
    index, floor, ceiling = 0, starts[0], starts[1] - 1  # the sentence being read, its span
    pos = 0
    while pos is not None:  # word_matches(names, text), inline: many hits
        restart, pos = pos, None
        for m in names.finditer(text, restart):
            start, end = m.span()
            # no word boundary before (every name starts with a word character): go on
            # from the next character, as word_matches does
            if start and _word(text[start - 1]):
                pos = start + 1
                break
            if start >= ceiling:
                index = ctx.joined.sentence_at(start)
                floor, ceiling = starts[index], starts[index + 1] - 1
            if end > ceiling:
                return None  # a name with the separator ran across two sentences
            place = place_for(m[0])
            if place:
                if _locative(text, floor, start, end):
                    sentence = known.get(index)
                    if sentence is None:
                        sentence = known[index] = {}
                    sentence.setdefault(place.name, (place.country, start - floor))
            elif _locative(text, floor, start, end, strict=True):
                others.setdefault(index, []).append((m[0], start - floor))
    unknown = _unknown_starts(ctx.joined)
    venues = set()
    for m in IN_CAPITAL.finditer(text):
        index = ctx.joined.sentence_at(m.start())
        before = text[starts[index] : m.start()]
        if before[-1:].isspace() and before.rstrip().endswith(VENUE_BEFORE_IN):
            venues.add(index)
    if not (unknown or venues or others):
        return known
    sentences = ctx.doc.sentences
    found = {}
    for index in sorted(known.keys() | unknown.keys() | venues | others.keys()):
        places = known.get(index, {})
        if index in unknown:
            _unknown_places(ctx, sentences[index].text, places, unknown[index])
        if index in venues:
            _venues(ctx, sentences[index].text, places)
        for name, at in others.get(index, ()):
            places.setdefault(name, (None, at))
        if places:
            found[index] = places
    return found


def _other_names(domain: Domain) -> list[str]:
    """The names that pass the country test of ``sentence_places``: the own names of the
    non-party countries (``country_for`` gives a country of that name)."""
    parties = {c.name for c in domain.countries if c.party}
    names = []
    for country in domain.countries:
        found = domain.country_for(country.name)
        if found and found.name == country.name and found.name not in parties:
            names.append(country.name)
    return names


def _scan_pattern(domain: Domain) -> str:
    r"""Known places and non-party country names in one word scan (``word_matches``; a word
    that ``place_for`` knows is a place, any other a country), or NEVER when that scan could
    differ from the rule's scans for places (``Lexicon.place_body``) and countries
    (``Lexicon.country_body``, whose other matches the rule drops): when a country name is
    a place name in any case, or when a word of one list, or any country word, could hide a
    non-party name or a place in a text (see ``_overlap``), or when a name does not start
    with a word character (the scan tests the boundary before a name as for one that does).
    A word matched in the joined sentences is matched in its sentence alone: ``\b`` sees the
    separator between sentences as it sees the edge of a text. No groups: they would stop
    ``re`` skipping ahead."""
    places = [n for p in domain.places for n in (p.name, *p.aliases)]
    others = _other_names(domain)
    words = [n for c in domain.countries for n in (c.name, *c.aliases, *c.demonyms)]
    if (
        not all(name and _word(name[0]) for name in places + others)
        or any(domain.place_for(name) for name in others)
        or _overlap(places, others)
        or _overlap(others, places)
        or _overlap(words, others)
    ):
        return NEVER
    return rf"(?:{alternation(places + others)})\b"


def _overlap(firsts: list[str], seconds: list[str]) -> bool:
    r"""True when a word scan (``\b`` before and after each word) could report a word of
    ``firsts`` where it would hide a different word of ``seconds``: starting at the same
    place and longer, or starting before it and reaching into it."""
    for a in firsts:
        for b in seconds:
            if a != b and any(_hides(a, b, k) for k in range(len(a))):
                return True
    return False


def _hides(a: str, b: str, k: int) -> bool:
    """Can ``a`` starting ``k`` characters before ``b`` hide it (both matched as words)?"""
    tail = a[k:]
    if k == 0 and not (tail.startswith(b) and len(a) > len(b)):
        return False  # at the same place a scan prefers the longer word
    if not (tail.startswith(b) or b.startswith(tail)):
        return False  # the texts disagree
    if k and _word(a[k - 1]) == _word(b[0]):
        return False  # no word boundary before b
    if len(tail) > len(b) and _word(b[-1]) == _word(tail[len(b)]):
        return False  # no word boundary after b
    return not (len(tail) < len(b) and _word(a[-1]) == _word(b[len(tail)]))  # nor after a


def _word(char: str) -> bool:
    r"""True for what ``\w`` matches."""
    return char.isalnum() or char == "_"


def _dateline(ctx: DocContext) -> list[Draft]:
    """The city a dateline names ("TOKYO, January 26. /TASS/."), sourced to the first sentence
    (the dateline itself sits in the header, before the body the sources quote)."""
    name = ctx.doc.dateline
    if not name or not ctx.doc.sentences:
        return []
    place = ctx.domain.place_for(name)
    fields = {
        "name": place.name if place else name,
        "country": place.country if place else None,
        "role": "dateline",
    }
    source = ctx.source(ctx.doc.sentences[0])
    return [Draft("place", fields["name"], fields, source, ("from-dateline",))]


LOCATIVE_WORDS = ("in", "at", "to", "near", "off", "of", "around", "inside", "outside")
LOCATIVE_WORDS += ("visit", "visits", "visited", "visiting")
STRICT_WORDS = ("in", "region of", "to")


def _locative(text: str, floor: int, start: int, end: int, strict: bool = False) -> bool:
    """Is the word at ``start:end`` of ``text`` in a locative context? ``floor`` is where its
    sentence starts in ``text``; the sentence may go on with the separator and more text (no
    test below reads the separator as anything but a mismatch)."""
    after = text[end : end + 8]
    if after.startswith(("-", "’s", "'s")):
        return False  # "Tokyo-claimed islands", "Moscow's position"
    if after.startswith((" region", " prefecture", " Prefecture")):
        return True
    before = text[max(floor, start - 40) : start]
    # what LOCATIVE, COORDINATED and the strict pattern find, without a regex scan: each
    # ends in whitespace; rstrip() and isspace() strip and test exactly what \s matches
    if not before[-1:].isspace():
        return False
    head = before.rstrip()
    if strict:
        return _ends_with_word(head, STRICT_WORDS)  # \b(?:in|region of|to)\s+\Z
    if _ends_with_word(head, LOCATIVE_WORDS):
        return True  # LOCATIVE: "in ", "visiting  "
    if (
        head.endswith("the")
        and head[-4:-3].isspace()
        and _ends_with_word(head[:-3].rstrip(), LOCATIVE_WORDS)
    ):
        return True  # LOCATIVE: "in the "
    return head.endswith("and") and bool(COORDINATED.search(before))


def _ends_with_word(text: str, words: tuple[str, ...]) -> bool:
    r"""True when ``text`` ends with one of ``words`` (each starts with a word character) and
    a word boundary comes before it: what ``\b(?:words)\Z`` finds."""
    if not text.endswith(words):
        return False
    for word in words:
        if text.endswith(word):
            before = text[-len(word) - 1 : -len(word)]
            if not before or not _word(before):
                return True
    return False
