"""Events named by a noun, with no verb of their own: "following the Summit Meeting in
Port Arden in November 2018", "Visit of Foreign Minister Petrov to Calder from 20 to 23
February", "Due to the 2022 Brenan invasion of Ostria".

Read only for a date that no clause dates (the clause rule comes first). The event's subject
is the noun phrase and its verb "took place"; the words are English, any topic. A year inside a
document's name ("the Declaration of 1956") is no event: nouns of documents are not listed.
"""

from __future__ import annotations

import re

from quizgen.extract.clauses import Event

EVENT_NOUNS = (
    "meeting meetings summit talks visit visits session election elections conference trip "
    "negotiations invasion war survey ceremony forum dialogue consultations referendum rally "
    "tour exercises conflict crisis battle expedition"
).split()
_NOUN = rf"(?:{'|'.join(sorted(EVENT_NOUNS, key=len, reverse=True))})"
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'.-]*){0,4}"
# a place, party or person after the noun: "in Port Arden", "of Foreign Minister Petrov to Calder"
_TAIL = rf"(?:\s+(?:in|at|of|with|between|to|on|by)\s+(?:the\s+)?{_NAME}){{0,3}}"
# what may stand before the noun: names, numbers and hyphened words ("Calder-Brena"),
# ordinals and adjectives of rank or kind ("the second bilateral summit")
_MODIFIER = (
    r"(?:[A-Z\d][\w’'.-]*|[\w]+-[\w-]+|\w+(?:al|ary|ic|st|nd|rd|th)|two|three|working|state|"
    r"joint|next|last|previous|recent|peace|treaty|high-level|leaders’|leaders'|ministers’)"
)
_DETERMINER = r"\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+"
_POSSESSIVE = r"(?:\b[A-Z][\w.-]*\s+){0,2}\b[A-Z][\w-]*[’']s\s+"  # "Mr. Shuvalov’s"
_OPENER = rf"(?:{_DETERMINER}|{_POSSESSIVE}|\A)"
# before a noun phrase, words that set its time apart from the clause's ("upon X's visit")
OTHER_TIME_WORDS = ("upon", "following", "after", "before", "ahead of", "prior to")
OTHER_TIME = re.compile(rf"\b(?:{'|'.join(OTHER_TIME_WORDS)})\s+\Z", re.I)
# the noun phrase that ends where the date starts ("the Summit Meeting in Port Arden in")
BEFORE_DATE = re.compile(
    rf"(?P<np>{_OPENER}(?:{_MODIFIER}\s+){{0,4}}?(?i:{_NOUN}){_TAIL})"
    rf"(?P<lead>\s+(?:in|on|of|from|since|during|by))?\s*,?\s*\Z"  # a lead the date left out
)
# a document said to have been made, with where and when: "including the agreement concluded
# in Port Arden in 2018" (a document's name alone dates nothing: "the Declaration of 1956")
DOCUMENT_NOUNS = "agreement agreements declaration treaty pact accord statement memorandum".split()
DOCUMENT_VERBS = "concluded signed reached adopted announced issued made".split()
DOCUMENT_MADE = re.compile(
    rf"(?P<np>{_DETERMINER}(?:{_MODIFIER}\s+){{0,4}}?(?i:{'|'.join(DOCUMENT_NOUNS)}))"
    rf"\s+(?P<verb>{'|'.join(DOCUMENT_VERBS)})(?P<rest>{_TAIL})\s*,?\s*\Z"
)
# a year used as an adjective: "the 2022 Brenan invasion of Ostria"
AFTER_YEAR = re.compile(
    rf"\s+(?P<np>(?:[A-Z][\w’'-]*\s+){{0,3}}(?P<noun>(?i:{_NOUN}))(?:\s+of\s+(?:the\s+)?{_NAME})?)\b"
)
# what may stand before a noun phrase a date dates when no clause takes the date: a word of
# time or cause ("including the summit in Port Arden in 2018"), not a verb's preposition ("to
# intervene in the Civil War from 1918" dates the intervening)
NOUN_LEADS = re.compile(
    rf"\b(?:{'|'.join(OTHER_TIME_WORDS)}|during|since|including|due to|amid|despite|at)\s+\Z",
    re.I,
)
_PLACE = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?(?P<place>{_NAME})")
_LEADS = re.compile(r"\A(?:in|on|of|from|since|during|by)\s+", re.I)


def dates_noun_not_verb(text: str, start: int, end: int) -> bool:
    """True when the date at ``text[start:end]`` ends a noun phrase set apart in time from the
    clause around it: "confirmed a meeting upon Mr. Brek's visit to Calder in November"
    dates the visit, not the confirming."""
    window = text[max(0, start - 160) : start].lower()
    if not any(word in window for word in OTHER_TIME_WORDS):
        return False  # OTHER_TIME needs one of them: most dates stop here
    found = BEFORE_DATE.search(text, max(0, start - 120), start)
    return bool(
        found
        and (found["lead"] or _LEADS.match(text[start:end]))
        and OTHER_TIME.search(text, 0, found.start())
    )


def nominal_event(text: str, start: int, end: int, year_only: bool) -> Event | None:
    """The event a noun phrase names around the date at ``text[start:end]``, or None.

    ``year_only``: the date is a bare year, which may stand before the noun as an adjective.
    """
    made = DOCUMENT_MADE.search(text, max(0, start - 120), start)
    if made and _LEADS.match(text[start:end]):
        return _event(made["np"], f"was {made['verb']}", made["rest"].strip(), text)
    found = BEFORE_DATE.search(text, max(0, start - 120), start)
    if found and (
        found.start() == 0
        or (found["lead"] or _LEADS.match(text[start:end]))
        and NOUN_LEADS.search(text, 0, found.start())
    ):
        phrase = found["np"]
    elif year_only and text[max(0, start - 4) : start].lower().endswith("the "):
        after = AFTER_YEAR.match(text, end)
        if after is None or after["noun"][:1].isupper():
            return None  # "the 2023 National Rally": a year in a name, not a date of it
        phrase = f"the {after['np']}"
    else:
        return None
    subject = " ".join(phrase.split())
    if not re.match(rf"{_DETERMINER}|{_POSSESSIVE}", subject):
        first, _, words = subject.partition(" ")  # a heading: "Visit of ..." -> "the visit of"
        subject = f"the {first.lower() if first.lower() in EVENT_NOUNS else first} {words}"
    return _event(subject, "took place", "", subject)


def _event(subject: str, verb: str, rest: str, clause: str) -> Event:
    """An event record for a noun phrase: ``clause`` is what the date's tense is read from
    (the noun phrase alone has none: a month without a year goes to the nearest one)."""
    subject = " ".join(subject.split())
    if subject.startswith(("The ", "A ", "An ", "Their ", "His ", "Her ", "Its ")):
        subject = subject[0].lower() + subject[1:]  # it stands mid-sentence in questions
    what = " ".join(f"{subject} {verb} {rest}".split())
    place = _PLACE.search(f"{subject} {rest}")
    return Event(
        clause=clause,
        subject=subject,
        verb=verb,
        rest=rest,
        what=what[:1].upper() + what[1:],
        where=place["place"] if place else None,
        who=[],
        attached_to_report=False,
        key=" ".join(re.findall(r"\w+", what.lower())[:12]),
    )
