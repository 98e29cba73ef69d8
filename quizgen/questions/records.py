"""The Question record every renderer consumes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from quizgen.config import QUESTION_TYPES

__all__ = ["QUESTION_TYPES", "Citation", "Question"]


@dataclass(frozen=True)
class Citation:
    """The article and exact quote a question can be checked against."""

    doc: str
    title: str
    quote: str


@dataclass(frozen=True)
class Question:
    """One question: what a card front / paper item asks and the answer a key shows."""

    id: str
    type: str
    prompt: str
    answer: str
    accepted: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    cloze: str = ""
    explanation: str = ""
    sources: tuple[Citation, ...] = ()
    tags: tuple[str, ...] = ()
    difficulty: float = 0.5
    score: float = 0.0
    fact_ids: tuple[str, ...] = ()
    topic: str = field(default="")
    asks: str = ""  # the fact aspect it tests (e.g. "date"); one question per fact and aspect

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["source"] = data["sources"][0] if self.sources else None
        data["pairs"] = [list(p) for p in self.pairs]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        values = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        values["sources"] = tuple(Citation(**s) for s in data.get("sources", ()))
        values["pairs"] = tuple(tuple(p) for p in data.get("pairs", ()))
        for name in ("accepted", "options", "items", "tags", "fact_ids"):
            values[name] = tuple(data.get(name, ()))
        return cls(**values)
