"""A passive with a named agent read as the agent's act: "A white paper was published by
Calder" -> "Calder published a white paper", so that the event's subject names someone.

Only agents the document names are taken: people it names in full, countries of the domain
(or the world) and their peoples ("by Calderans"). Anything else ("by the committee", "by
force") leaves the clause as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lemminflect import getAllLemmas, getInflection, getLemma

from quizgen.extract.base import NOT_NAMES
from quizgen.extract.verbs import passive_be

if TYPE_CHECKING:
    from quizgen.extract.base import DocContext

PASSIVE = re.compile(r"\A(?:was|were)\s+(?P<participle>[a-z]+ed|[a-z]+en|[a-z]+)\Z")
# what may follow an agent: "by Calder in 2014"; not "by Calderan troops" (a noun goes on)
_NEXT = r"(?:in|on|at|to|for|during|after|before|with|from|as|but|and|near|over|amid|since)"
# "by Calder", "by Ola Finn and Ilan Brek", "by the Calderans": capitalised words joined
_CAPITALISED = r"[A-Z][\w’'-]*"
BY_AGENT = re.compile(
    rf"(?:\A|(?<=\s))by (?P<agent>(?:the )?{_CAPITALISED}(?:(?:,| and|,? and)? (?:the )?"
    rf"{_CAPITALISED})*)(?=[,.;]|\Z|\s+{_NEXT}\b)"
)
_PARTS = re.compile(r",? and |, ")
# a second verb whose agent "by ..." is: "signed ... and (brokered) by Calder"
OTHER_VERB_BEFORE = re.compile(r"\b(?:and|but|or|yet|while)\s+(?:was\s+|were\s+)?[a-z]+\s+\Z")
# a second passive joined on: "approved by Calder (but rejected by Lena)", another claim
SECOND_PASSIVE = re.compile(r",? (?:but|and|yet|while) (?:was |were )?[a-z]+ by .*\Z")


def active_voice(ctx: DocContext, subject: str, verb: str, rest: str) -> tuple[str, str, str]:
    """(subject, verb, rest) in the active voice when the clause is a passive with a named
    agent; else as given."""
    verb, rest = document_passive(subject, verb, rest)
    passive = PASSIVE.match(verb)
    found = BY_AGENT.search(rest) if passive else None
    if not passive or not found or not subject:
        return subject, verb, rest
    if OTHER_VERB_BEFORE.search(rest, 0, found.start()):
        return subject, verb, rest  # "signed in 1960 and brokered by Calder": Calder brokered
    agent = ctx.resolve_names(found["agent"])
    past = _past(passive["participle"])
    if not past or not all(_named(ctx, part) for part in _PARTS.split(agent)):
        return subject, verb, rest
    first, _, others = subject.partition(" ")
    thing = f"{first.lower()} {others}" if first in NOT_NAMES else subject
    left = f"{thing} {rest[: found.start()]} {SECOND_PASSIVE.sub('', rest[found.end() :])}"
    return agent, past, " ".join(left.split()).strip(" ,")


# what a document noun does not do itself: "the Harwick Treaty signed between Lena and
# Calder ..." is the treaty that was signed (grammar words, no topic's)
DOCUMENT_NOUNS = frozenset(
    "treaty agreement accord declaration convention pact protocol memorandum deal statement "
    "communique communiqué charter resolution".split()
)
_AFTER_PASSIVE = frozenset("between by in on at with during after under among".split())


# verbs whose object a document is: "signed", never "ended" (a pact may end by itself)
DOCUMENT_VERBS = frozenset(
    "signed concluded ratified adopted reached negotiated initialled initialed approved "
    "drafted brokered endorsed".split()
)


def document_passive(subject: str, verb: str, rest: str) -> tuple[str, str]:
    """(verb, rest) read as a passive when the subject is a document and the verb takes no
    object ("the Harwick Treaty signed between Lena and Calder" -> "was signed"); the main
    clause's own verb after it is cut ("... (governs the rivers)"). Else as given."""
    words = subject.lower().split()
    if not words or words[-1] not in DOCUMENT_NOUNS or verb not in DOCUMENT_VERBS:
        return verb, rest
    parts = rest.split()
    if parts and parts[0].lower() not in _AFTER_PASSIVE:
        return verb, rest  # an object follows: as written
    for index, word in enumerate(parts[1:], start=1):
        lemmas = getAllLemmas(word.lower()) if word.islower() and word.endswith("s") else {}
        if "VERB" in lemmas and "NOUN" not in lemmas:  # "... (governs the rivers)"
            parts = parts[:index]
            break
    return f"{passive_be(words[-1])} {verb}", " ".join(parts)


def _past(participle: str) -> str:
    """ "given" -> "gave", "signed" -> "signed"; "" for a word that is no participle."""
    lemmas = getLemma(participle, upos="VERB")
    if not lemmas or getInflection(lemmas[0], tag="VBN") != (participle,):
        return ""
    past = getInflection(lemmas[0], tag="VBD")
    return past[0] if past else ""


def _named(ctx: DocContext, part: str) -> bool:
    """A person the document names in full, a country, or its people ("the Calderans")."""
    part = part.removeprefix("the ")
    if part in ctx.people and " " in part:
        return True
    country = ctx.domain.country_for(part) or ctx.domain.country_for(part.removesuffix("s"))
    return country is not None
