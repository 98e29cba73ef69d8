"""The places rule run over a whole document at once: the exact fast path of
``sentence_places``.

Reading each sentence separately costs a few scans per sentence. ``document_places`` finds the
known places and non-party countries in one word scan of the joined sentences, and tries the
unknown-place and venue patterns only in the sentences that hold their anchor words. It gives
what ``sentence_places`` gives for every sentence, or None when the domain's names
(``_scan_pattern``) or the text would make it differ; the rule then reads sentence by sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.domain import Domain
from quizgen.extract.joined import Joined
from quizgen.extract.place_mentions import (
    AREA_PREFIXES,
    AREA_WORDS,
    CAPITALISED_AREA_WORDS,
    IN_ANY_CAPITAL,
    SETTLEMENT_WORDS,
    Found,
    add_unknown_places,
    add_venues,
    locative,
    placed,
    word_char,
)
from quizgen.patterns import LOWER_LETTERS, NEVER, UPPER_LETTERS, alternation

if TYPE_CHECKING:
    from quizgen.extract.base import DocContext

# Every UNKNOWN match holds "city of" or one of its AREA_WORDS: each is found by its tail and
# the first letters it may have (one scan for two spellings), derived from the word table.
UNKNOWN_ANCHORS = (
    *((f"{word} of", "") for word in SETTLEMENT_WORDS),
    *((f"{word} ", "") for word in AREA_PREFIXES),
    *((word[1:], word[0] + word[0].upper()) for word in AREA_WORDS),
    *((word[1:], word[0]) for word in CAPITALISED_AREA_WORDS),
)


def _unknown_starts(joined: Joined) -> dict[int, list[int]]:
    """Offsets in their sentences where ``UNKNOWN`` can match, by sentence: each "city of"
    (or "village of", "Mount ", "River ") and each capital starting "Xxx " or "Xxx-Yyy "
    before one of its words (prefecture, region...)."""
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
                word = floor + len(text[floor : at - 2].rstrip(LOWER_LETTERS)) - 1
                if floor <= word < at - 3 and text[word] in UPPER_LETTERS:
                    found.setdefault(index, []).append(word - floor)
                    # the words before it that a name may hold: "Yuzhno-Kurilsky District",
                    # "Entre Ríos Province", "Nova Yuzhno-Kurilsky District"
                    for _ in range(3):
                        if text[word - 1 : word] not in ("-", " "):
                            break
                        word = floor + len(text[floor : word - 1].rstrip(LOWER_LETTERS)) - 1
                        if not (floor <= word and text[word] in UPPER_LETTERS):
                            break
                        found[index].append(word - floor)
            at = text.find(anchor, at + 1)
    return found


def document_places(ctx: DocContext) -> dict[int, Found] | None:
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
    pos: int | None = 0
    while pos is not None:  # word_matches(names, text), inline: many hits
        restart, pos = pos, None
        for m in names.finditer(text, restart):
            start, end = m.span()
            # no word boundary before (every name starts with a word character): go on
            # from the next character, as word_matches does
            if start and word_char(text[start - 1]):
                pos = start + 1
                break
            if start >= ceiling:
                index = ctx.joined.sentence_at(start)
                floor, ceiling = starts[index], starts[index + 1] - 1
            if end > ceiling:
                return None  # a name with the separator ran across two sentences
            place = place_for(m[0])
            if place:
                if placed(place, text, floor, start, end):
                    sentence = known.get(index)
                    if sentence is None:
                        sentence = known[index] = {}
                    sentence.setdefault(place.name, (place.country, start - floor))
            elif locative(text, floor, start, end, strict=True):
                others.setdefault(index, []).append((m[0], start - floor))
    unknown = _unknown_starts(ctx.joined)
    # ``add_venues`` reads two rules, each of whose matches holds "in" (or another word of
    # ``AFTER_IN_WORDS``), whitespace and a capital (``IN_ANY_CAPITAL``) with no word
    # character or hyphen before the word: a venue (``VENUE_BODY``: "met in Stellby", after
    # whitespace) and a name after it (``AFTER_IN``: "efforts in Afghanistan").
    venues = set()
    for m in IN_ANY_CAPITAL.finditer(text):
        index = ctx.joined.sentence_at(m.start())
        if (
            m.start() == starts[index]
            or not word_char(text[m.start() - 1])
            and (text[m.start() - 1] != "-")
        ):
            venues.add(index)
    if not (unknown or venues or others):
        return known
    sentences = ctx.doc.sentences
    found = {}
    for index in sorted(known.keys() | unknown.keys() | venues | others.keys()):
        places = known.get(index, {})
        if index in unknown:
            add_unknown_places(ctx, sentences[index].text, places, unknown[index])
        if index in venues:
            add_venues(ctx, sentences[index].text, places)
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
        not all(name and word_char(name[0]) for name in places + others)
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
    by_first: dict[str, list[str]] = {}  # ``_hides`` needs ``b`` to start as ``a[k:]`` does
    for b in seconds:
        by_first.setdefault(b[:1], []).append(b)
    for a in firsts:
        for k in range(len(a)):
            if k and word_char(a[k - 1]) == word_char(a[k]):
                continue  # no word boundary before ``a[k]``: no ``b`` can start there
            if any(a != b and _hides(a, b, k) for b in by_first.get(a[k], ())):
                return True
    return False


def _hides(a: str, b: str, k: int) -> bool:
    """Can ``a`` starting ``k`` characters before ``b`` hide it (both matched as words)?"""
    tail = a[k:]
    if k == 0 and not (tail.startswith(b) and len(a) > len(b)):
        return False  # at the same place a scan prefers the longer word
    if not (tail.startswith(b) or b.startswith(tail)):
        return False  # the texts disagree
    if k and word_char(a[k - 1]) == word_char(b[0]):
        return False  # no word boundary before b
    if len(tail) > len(b) and word_char(b[-1]) == word_char(tail[len(b)]):
        return False  # no word boundary after b
    return not (len(tail) < len(b) and word_char(a[-1]) == word_char(b[len(tail)]))  # nor after a
