"""What an event's clause leaves out: the hour of the day, a part-of-day phrase that belongs to
its date, and a relative clause in brackets.

"Ola Finn left on Monday at 6:30pm" tells that Ola Finn left (the hour is detail a question
leaves out, and the clause must not end at the colon: "left at 6"); "a deal came in the early
hours of Sunday" loses "in the early hours of" with its date; "France (of which Calder was
then a protectorate) and Lena signed" is read without its bracket, whose verb is not the
clause's.
"""

from __future__ import annotations

import re

# a clock time, with the word before it: "at 6:30pm", "from 10.30 a.m.", "around 9 am"
CLOCK_TIME = re.compile(
    r"\s+(?:at|from|until|till|by|around|about|before|after)\s+\d{1,2}(?:[:.]\d\d)?"
    r"(?:\s*[ap]\.?m\.?(?![\w])|(?<=\d\d)(?:\s*(?:hrs|h|GMT|UTC|local time))?(?![\w.]))"
)
# every clock time ``clock_times`` keeps holds a colon or point before two digits, or am/pm
CLOCK_HINT = re.compile(r"\d[:.]\d\d|\d\s*[ap]\.?m\b")
# what names a part of the day before its date: "in the early hours of", "on the evening of"
PART_OF_DAY_OF = re.compile(
    r"\s+(?:in|on|during|at|by)\s+the\s+(?:(?:early|small|late)\s+)?"
    r"(?:hours|morning|afternoon|evening|night)\s+of\s+\Z"
)
# a bracket that opens with a relative word: "(of which Calder was then a protectorate)"
RELATIVE_BRACKETS = re.compile(
    r"\s*\((?:of which|in which|which|who|whom|whose|where|as)\b[^()]*\)"
)  # and "(as Lena was then called)"


def clock_times(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the clock times in ``text[start:end]``: with a colon or point ("at
    6:30pm", "at 14.30 local time") or am/pm ("around 9 am"); "at 10 Kestel Street" is none."""
    return [
        m.span()
        for m in CLOCK_TIME.finditer(text, start, end)
        if ":" in m.group() or "." in m.group() or "m" in m.group()[-4:]
    ]


def without_relative_brackets(plain: str, mask: str) -> tuple[str, str]:
    """``plain`` and its same-length ``mask`` without the relative clauses in brackets."""
    for aside in reversed(list(RELATIVE_BRACKETS.finditer(plain))):
        a, b = aside.span()
        plain, mask = plain[:a] + plain[b:], mask[:a] + mask[b:]
    return plain, mask
