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

from quizgen.extract.base import DocContext, Draft
from quizgen.patterns import any_of, word_matches

LOCATIVE = re.compile(
    r"\b(?:in|at|to|near|off|of|around|inside|outside|visit|visits|visited|visiting)\s+(?:the\s+)?\Z"
)
COORDINATED = re.compile(r"\b(?:in|at|to|of)\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*\s+and\s+\Z")
MEETING = re.compile(r"\b(?:meet|meets|met|meeting|talks|summit|visit|hosted|invited|venue)\b")
UNKNOWN = re.compile(
    r"\bcity of (?P<a>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)|(?<![\w-])(?P<b>[A-Z][a-z]+ (?:prefecture|Prefecture|region|province|Province|oblast|Oblast))\b"
)
UNKNOWN_HINT = any_of(("city of", "prefecture", "region", "province", "oblast"))  # folded


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


def find_places(ctx: DocContext) -> list[Draft]:
    """Place drafts for every locative mention of a place in the document."""
    parties = {c.name for c in ctx.domain.countries if c.party}
    drafts = []
    for sentence, folded in zip(ctx.doc.sentences, ctx.folded, strict=True):
        text = sentence.text
        found: dict[str, tuple[str | None, int]] = {}
        for m in word_matches(ctx.lex.place_body, text):
            place = ctx.domain.place_for(m[0])
            if _locative(text, m.start(), m.end()):
                found.setdefault(place.name, (place.country, m.start()))
        unknown = UNKNOWN.finditer(text) if UNKNOWN_HINT.search(folded) else ()
        for m in unknown:
            name = m["a"] or m["b"]
            known = ctx.domain.place_for(name) or ctx.domain.place_for(name.split()[0])
            if name.casefold() not in ctx.lex.not_places and not known:
                found.setdefault(name, (None, m.start()))
        for name in unknown_venues(ctx, text):
            found.setdefault(name, (None, text.index(name)))
        others = ctx.lex.other_country_hint.search(text)
        for m in word_matches(ctx.lex.country_body, text) if others else ():
            country = ctx.domain.country_for(m[0])
            if (
                country
                and country.name not in parties
                and m[0] == country.name
                and _locative(text, m.start(), m.end(), strict=True)
            ):
                found.setdefault(country.name, (None, m.start()))
        for name, (country, at) in found.items():
            if name.casefold() in ctx.lex.not_places:
                continue
            role = "venue" if MEETING.search(text, max(0, at - 50), at) else "location"
            fields = {"name": name, "country": country, "role": role}
            drafts.append(Draft("place", name, fields, ctx.source(sentence)))
    return drafts + _dateline(ctx)


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


def _locative(text: str, start: int, end: int, strict: bool = False) -> bool:
    after = text[end : end + 8]
    if after.startswith(("-", "’s", "'s")):
        return False  # "Tokyo-claimed islands", "Moscow's position"
    if after.startswith((" region", " prefecture", " Prefecture")):
        return True
    before = text[max(0, start - 40) : start]
    if strict:
        return bool(re.search(r"\b(?:in|region of|to)\s+\Z", before))
    return bool(LOCATIVE.search(before) or COORDINATED.search(before))
