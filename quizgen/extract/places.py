"""Places: cities, prefectures, islands and regions used as locations in a sentence.

A known place (domain ``places``), an unknown "city of X" / "the village of X" / "Mount X" /
"X prefecture" / "X Region" / "X District", or a country that is not a party of the topic
counts only in a locative context: after in, at, to, near, off, of, around, or in "X region"
(a known place also on an island, in an address or before its country: ``placed``).
Metonyms are left out by that rule ("Harwick sees", "cooperation with Stellby",
"Harwick-claimed"), and so are the domain's ``not_places`` (wide regions). ``role`` is ``venue`` when the sentence talks about meeting or talks, else
``location``; the dateline city is a place too (``role`` ``dateline``, flagged ``from-dateline``
so a mention in the text gives the merged fact its fields).

What counts as a mention is in ``place_mentions.py``; ``place_scan.py`` reads a whole document
at once, with the same result.
"""

from __future__ import annotations

import re

from quizgen.extract.base import DocContext, Draft, known
from quizgen.extract.place_mentions import (
    Found,
    add_unknown_places,
    add_venues,
    locative,
    placed,
)
from quizgen.extract.place_scan import document_places
from quizgen.patterns import word_matches

MEETING = re.compile(r"\b(?:meet|meets|met|meeting|talks|summit|visit|hosted|invited|venue)\b")
MEETING_PARTS = ("me", "talks", "summit", "visit", "hosted", "invited", "venue")


def find_places(ctx: DocContext) -> list[Draft]:
    """Place drafts for every locative mention of a place in the document."""
    sentences = ctx.doc.sentences
    if not sentences:
        return []
    found = document_places(ctx)
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
        place = known(ctx.domain.place_for(m[0]))
        if placed(place, text, 0, m.start(), m.end()):
            found.setdefault(place.name, (place.country, m.start()))
    add_unknown_places(ctx, text, found)
    add_venues(ctx, text, found)
    if ctx.lex.other_country_hint.search(text):
        parties = {c.name for c in ctx.domain.countries if c.party}
        for m in word_matches(ctx.lex.country_body, text):
            country = ctx.domain.country_for(m[0])
            if (
                country
                and country.name not in parties
                and m[0] == country.name
                and locative(text, 0, m.start(), m.end(), strict=True)
            ):
                found.setdefault(country.name, (None, m.start()))
    return found


def _dateline(ctx: DocContext) -> list[Draft]:
    """The city a dateline names ("HARWICK, January 26. /TASS/."), sourced to the first sentence
    (the dateline itself sits in the header, before the body the sources quote), unless the
    domain's ``not_places`` lists it."""
    name = ctx.doc.dateline
    if not name or not ctx.doc.sentences or name.casefold() in ctx.lex.not_places:
        return []  # "TODAY CALDER –": an outlet's name the domain file says is no place
    place = ctx.domain.place_for(name)
    fields = {
        "name": place.name if place else name,
        "country": place.country if place else None,
        "role": "dateline",
    }
    source = ctx.source(ctx.doc.sentences[0])
    return [Draft("place", fields["name"], fields, source, ("from-dateline",))]
