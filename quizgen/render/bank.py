"""The JSON question bank: every question with all its fields, readable back."""

from __future__ import annotations

import json
from collections.abc import Sequence

from quizgen.errors import QuizgenError
from quizgen.questions.records import Question

FORMAT, VERSION = "quizgen-questions", 1


def to_json(questions: Sequence[Question]) -> str:
    """The bank as pretty, stable JSON."""
    data = {"format": FORMAT, "version": VERSION, "questions": [q.to_dict() for q in questions]}
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def review_to_json(held: Sequence[tuple[Question, Sequence[str]]]) -> str:
    """The needs-review list: each held-back question with the reasons it was not printed."""
    items = [
        {
            "id": q.id,
            "type": q.type,
            "prompt": q.prompt,
            "answer": q.answer,
            "reasons": list(reasons),
            "sources": [s.__dict__ for s in q.sources],
        }
        for q, reasons in sorted(held, key=lambda pair: pair[0].id)
    ]
    data = {"format": "quizgen-review", "version": VERSION, "held": items}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def from_json(text: str, name: str = "question bank") -> list[Question]:
    """Read a bank written by :func:`to_json`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise QuizgenError(f"Invalid JSON in {name} at line {error.lineno}: {error.msg}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        raise QuizgenError(f"{name} is not a {FORMAT} version {VERSION} file")
    return [Question.from_dict(q) for q in data["questions"]]


def to_text(questions: Sequence[Question]) -> str:
    """A readable listing: number, type, prompt, options and answer."""
    lines = []
    for number, q in enumerate(questions, start=1):
        lines.append(f"{number}. [{q.type}] {q.prompt}")
        for letter, option in zip("ABCD", q.options if q.type == "choice" else (), strict=False):
            lines.append(f"   {letter}) {option}")
        for left, right in q.pairs:
            lines.append(f"   {left} - {right}")
        if q.type == "timeline":
            lines.extend(f"   {i}. {item}" for i, item in enumerate(q.items, start=1))
        lines.append(
            f"   Answer: {q.answer}" + (f" (also: {'; '.join(q.accepted)})" if q.accepted else "")
        )
    return "\n".join(lines) + "\n"
