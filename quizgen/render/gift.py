"""Moodle GIFT export: one question per block, special characters escaped.

Every text is marked ``[html]`` and HTML-escaped, so Moodle shows ``<img onerror=...>`` in an
article as those characters instead of running it."""

from __future__ import annotations

import html
from collections.abc import Sequence

from quizgen.questions.records import Question

_SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    """Escape HTML, then GIFT's control characters (``~ = # { } :`` and backslash); fold
    newlines."""
    text = html.escape(text, quote=False)
    escaped = "".join(f"\\{ch}" if ch in _SPECIAL else ch for ch in text)
    return escaped.replace("\r", " ").replace("\n", "\\n")


def to_gift(questions: Sequence[Question]) -> str:
    """The GIFT text for ``questions`` (Moodle: Question bank > Import > GIFT format)."""
    blocks = [f"// quizgen question bank: {len(questions)} questions"]
    blocks.extend(_block(q) for q in questions)
    return "\n\n".join(blocks) + "\n"


def _block(q: Question) -> str:
    title = f"::{escape(q.id)}::[html]"
    feedback = f"####{escape(q.explanation)}" if q.explanation else ""
    if q.type == "cloze":
        before, _, after = q.prompt.partition("_____")
        answers = " ".join(f"={escape(a)}" for a in (q.answer, *q.accepted))
        return f"{title}{escape(before)}{{{answers}{feedback}}}{escape(after)}"
    if q.type == "choice":
        options = " ".join(("=" if o == q.answer else "~") + escape(o) for o in q.options)
        return f"{title}{escape(q.prompt)} {{{options}{feedback}}}"
    if q.type == "truefalse":
        value = "TRUE" if q.answer == "True" else "FALSE"
        return f"{title}{escape(q.prompt)} {{{value}{feedback}}}"
    if q.type == "matching":
        pairs = " ".join(f"={escape(a)} -> {escape(b)}" for a, b in q.pairs)
        return f"{title}{escape(q.prompt)} {{{pairs}{feedback}}}"
    if q.type == "timeline":
        pairs = " ".join(f"={escape(item)} -> {n}" for n, item in enumerate(q.items, start=1))
        return f"{title}{escape(q.prompt)} {{{pairs}{feedback}}}"
    if q.type == "list":
        answer = escape("Answer: " + ", ".join(q.items))
        return f"{title}{escape(q.prompt)} {{####{answer}}}"
    answers = " ".join(f"={escape(a)}" for a in (q.answer, *q.accepted))
    return f"{title}{escape(q.prompt)} {{{answers}{feedback}}}"
