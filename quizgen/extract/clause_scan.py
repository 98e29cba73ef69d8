"""The sentence scans of the clause builder, with exact fast paths.

Each pattern here is searched for nearly every date of every article, so each has a cheap
way out that gives exactly what the plain scan gives, for any text: a pre-check of literal
words every match must hold, or the same pattern regrouped so ``re`` tries fewer branches
(see the guard tests in ``tests/test_extract_clauses.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.patterns import covering

MASK = "\x01"  # stands for a comma inside a date or a name, so it cuts no clause
REPORT_WORDS = (
    "said", "says", "reported", "reports", "stressed", "added", "announced", "told reporters",
    "noted", "has said", "have said", "learned that", "learnt that", "heard that",
    "was informed that", "were informed that",
)  # fmt: skip
REPORT_VERBS = rf"(?:{'|'.join(REPORT_WORDS)})"
REPORT_HINTS = covering(REPORT_WORDS)  # ``may_report``'s words, derived, never copied
CUT = re.compile(r"[,:;]|\s[—–]\s")
PUNCTUATION_CUT = re.compile(r"[,:;]")
# a comma inside "A, B, C and D" (short items up to the next comma or "and"): not a clause end
LIST_COMMA = re.compile(r",\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?(?=,\s|\s+(?:and|or)\s)")
REPORTED = re.compile(rf"\b{REPORT_VERBS}(?:\s+that)?\s+")
BOUNDARY = re.compile(
    r"(?P<rel>,\s+(?:who|which)\s+|\s+who\s+)"
    r"|(?P<own>\s+(?:in|under|by|with) which\s+|\s+(?:after|since|when|before|until|because|although|while|whereas)\s+"
    r"|\s+as\s+(?=(?:they|he|she|it|we|the|a|an|[A-Z])\b)|;\s+|,\s+but\s+|\s+[—–]\s+)"
)
# BOUNDARY with its branches grouped by first character (",", ";", whitespace): the same
# match at every position, found about twice as fast. Every match holds ";", a dash, or one of
# ``BOUNDARY_WORDS`` with whitespace (or the window's ends) on both sides.
BOUNDARY_FAST = re.compile(
    r"(?=[,;\s])(?:(?P<rel>,\s+(?:who|which)\s+|\s+who\s+)|(?P<own>;\s+|,\s+but\s+|\s+(?:(?:(?:in|under|by|with) which"
    r"|after|since|when|before|until|because|although|while|whereas)\s+"
    r"|as\s+(?=(?:they|he|she|it|we|the|a|an|[A-Z])\b)|[—–]\s+)))"
)
BOUNDARY_WORDS = frozenset(
    "who which after since when before until because although while whereas as but".split()
)
_SPACES = re.compile(r" (?= |[,.])")
_SPACES_MASKED = re.compile(rf" (?= |[,.{MASK}])")
RELATIVE_WORDS = re.compile(
    r"\s*\b(?:recently|currently|later this week|this week|now"
    r"|(?:of )?(?:next|last|this) (?:month|year))\b",
    re.I,
)


def boundaries(masked: str, start: int, end: int) -> Iterable[re.Match[str]]:
    """The matches of ``BOUNDARY.finditer(masked, start, end)``; none without their words
    (``str.split`` splits at exactly the characters ``\\s`` matches)."""
    window = masked[start:end]
    if ";" in window or "—" in window or "–" in window:
        return BOUNDARY_FAST.finditer(masked, start, end)
    if BOUNDARY_WORDS.isdisjoint(window.split()):
        return ()
    return BOUNDARY_FAST.finditer(masked, start, end)


def may_report(text: str) -> bool:
    """False only when ``REPORTED`` cannot match ``text``: every match holds one of the
    ``REPORT_WORDS`` (``REPORT_HINTS``: the fewest of them a match must contain)."""
    return any(word in text for word in REPORT_HINTS)


def rest_end(mask: str, start: int) -> int | None:
    """Where the rest after a verb ends: the first ``CUT`` after ``start`` that does not
    separate list items, else None (the rest runs to the end)."""
    # without a dash, CUT is a character class: a pattern of that class alone searches faster
    cuts = CUT if "—" in mask or "–" in mask else PUNCTUATION_CUT
    pos = start
    while (cut := cuts.search(mask, pos)) is not None:
        if not LIST_COMMA.match(mask, cut.start()):
            return cut.start()
        pos = cut.end()  # a list comma: one character, so finditer goes on from here too
    return None


def squash(plain: str, mask: str) -> tuple[str, str]:
    """Collapse doubled spaces and spaces before punctuation, identically in text and mask."""
    if "  " in mask or " ," in mask or " ." in mask or f" {MASK}" in mask:
        return _SPACES.sub("", plain).strip(), _SPACES_MASKED.sub("", mask).strip()
    return plain.strip(), mask.strip()  # the mask holds a space before "," where plain does


# a linking adverb set off by commas inside a clause: "The court, however, ruled ..."
DISCOURSE = re.compile(
    r",\s+(?:however|though|meanwhile|moreover|therefore|nevertheless|instead|in turn"
    r"|for (?:its|his|her|their) part|in fact|indeed),(?=\s)"
)


def without_discourse(plain: str, mask: str) -> tuple[str, str]:
    """Text and mask without linking adverbs between commas (", however,"): the subject
    runs on to its verb. Both lose the same spans, so offsets stay aligned."""
    if ", " not in mask:
        return plain, mask
    for found in reversed(list(DISCOURSE.finditer(mask))):
        s, e = found.span()
        plain, mask = plain[:s] + plain[e:], mask[:s] + mask[e:]
    return plain, mask


def may_hold_relative_words(text: str) -> bool:
    """False only when ``RELATIVE_WORDS`` cannot match ``text`` (a pre-check).

    Every match holds "ently", "week", "now", "month" or "year" in some case. ``re.I`` pairs
    these letters with nothing but their capitals and, for "k", the Kelvin sign, whose
    ``lower()`` is "k" (the other letters it pairs specially are i and s): so the lowercased
    text shows one of them.
    """
    low = text.lower()
    return "ently" in low or "week" in low or "now" in low or "month" in low or "year" in low
