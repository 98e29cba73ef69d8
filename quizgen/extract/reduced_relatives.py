"""A date after a participle that qualifies a noun dates that noun's event, not the clause.

"... a veto over the outcrop ceded to Harwick in 1713": 1713 is when the outcrop was ceded,
not when the veto was given. The rule reads such a phrase as a passive clause of its own
("the outcrop was ceded to Harwick"), and only when the clause around it has its own verb
before the noun phrase (else the phrase may be the subject: "the treaty signed in 1956 ...").
A participle phrase that opens the sentence qualifies the main clause's subject: "Launched in
2011, the dialogue aims ..." tells that the dialogue was launched in 2011 (``opening``).
"""

from __future__ import annotations

import re
from functools import cache

from lemminflect import getAllInflections, getAllLemmas

from quizgen.extract.verbs import AUX, find_verb, passive_be

# a noun phrase, a participle and what follows it up to the date: "the rocky outcrop ceded
# to Harwick "
REDUCED_RELATIVE = re.compile(
    r"(?P<np>(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+"
    r"(?P<part>[a-z]{3,})(?:\s+(?P<rest>(?:to|by|in|at|on|from|with|into|for)\s[^,;]*?))?\s*\Z"
)
DETERMINER = re.compile(r"(?<![\w’'-])(?:the|a|an|its|their|his|her)\s")
REACH = 100  # characters before the date a phrase may start in
NEAREST = 2  # determiners tried, nearest the date first: the phrase's own, or one inside it
# before a noun phrase that is no clause's subject: "builds on the accord signed in 1998"
PREPOSITIONS = frozenset("on to of over with at for from into under about against".split())
# before a noun phrase that opens a clause of its own: "than the ministers agreed to ...",
# "when the talks ended in ..." (there the participle is the clause's own past verb)
OPENS_CLAUSE = frozenset(
    "than that as because while when whenever if unless and but or since after before where "
    "although though once until whether".split()
)


def reduced_relative(masked: str, text: str, start: int, date: int) -> tuple[str, str, str] | None:
    """Subject, passive verb and rest of a participle phrase that ends right before the date
    at ``date`` in the clause starting at ``start``, or None."""
    starts = [m.start() for m in DETERMINER.finditer(masked, max(start, date - REACH), date)]
    nearest = reversed(starts[-NEAREST:])  # "the accord signed at the Wren Conference in"
    matches = (REDUCED_RELATIVE.match(masked, at, date) for at in nearest)
    found = next((m for m in matches if m and _reduced(m, masked)), None)  # the nearest
    if found is None:
        return None
    before = masked[start : found.start()]
    last = before.split()[-1:]
    after_preposition = bool(last) and last[0].lower() in PREPOSITIONS
    if not after_preposition and find_verb(before, False) is None:
        return None  # no verb of the clause's own before the phrase: it may be the subject
    if after_preposition and _NAME_WORDS.fullmatch(before.strip()):
        return None  # "The Tribunal for the Law of the Sea ruled": the subject's own verb
    if not found["rest"] and (not last or _opens_a_clause(last[0].lower())):
        return None  # "said the talks ended in 2008": a clause; "amended the pact signed in"
    np = text[found.start("np") : found.end("np")]
    verb = f"{passive_be(np)} {found['part']}"
    return np, verb, text[found.start("rest") : found.end("rest")] if found["rest"] else ""


# "Launched in 2011, ", "Founded by rebels in 1964, ": a participle and its phrase, then a comma
OPENING = re.compile(r"\A(?P<part>[A-Z][a-z]{2,})\b(?P<rest>[^,;]*),\s+")


def opening(masked: str, date: int) -> re.Match[str] | None:
    """The participle phrase that opens the sentence and holds the date at ``date``
    ("Launched in 2011, ..."), or None."""
    found = OPENING.match(masked)
    if found is None or not found.end("part") < date < found.end("rest"):
        return None
    return found if _participle(found["part"].lower()) else None


# a name's words up to a preposition: "The International Tribunal for the Law of "
_NAME_WORDS = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|on|the|and))*")


def _reduced(found: re.Match[str], masked: str) -> bool:
    """A participle that qualifies its noun phrase: not an auxiliary's ("has been reached"),
    not a clause's own verb after a conjunction ("than the ministers agreed"), not a verb
    taking an infinitive ("the ministers hoped to meet")."""
    words = found["np"].lower().split()
    before = masked[: found.start()].split()[-1:]
    if any(word in AUX for word in words) or (before and before[0].lower() in OPENS_CLAUSE):
        return False
    rest = (found["rest"] or "").split()
    if any(word[:4].isdigit() for word in rest):
        return False  # "the pact signed in 2008 (on 25 May 2015)": the phrase has its date
    if rest[:1] == ["to"] and len(rest) > 1 and _base_verb(rest[1]):
        return False
    return _participle(found["part"])


def _opens_a_clause(word: str) -> bool:
    """A word after which a noun phrase and a past verb are a clause of their own: "said
    (the talks ended)", "that (the talks ended)", "believe (the pact lapsed)"."""
    lemmas = getAllLemmas(word, upos="VERB").get("VERB", ())  # "said", "reported": say, report
    return word in OPENS_CLAUSE or any(lemma in COGNITION for lemma in lemmas)


# verbs whose object is a clause ("Lena said / believes / knows the pact lapsed in 2008")
COGNITION = frozenset(
    "say believe think know hope expect note add state announce report confirm claim insist "
    "argue stress recall fear suggest agree warn learn".split()
)


@cache
def _base_verb(word: str) -> bool:
    return word in getAllInflections(word, upos="VERB").get("VB", ())


@cache
def _participle(word: str) -> bool:
    """A past participle: "ceded", "signed", "held", "taken" (not "the", "Harwick")."""
    for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()):
        forms = getAllInflections(lemma, upos="VERB")
        if word in (forms.get("VBN") or forms.get("VBD") or ()):  # regular: one form for both
            return True
    return False
