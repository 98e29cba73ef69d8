"""The records ingestion produces: a Document with its metadata and sentences."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class PubDate:
    """A publication date as ISO text at the precision found, and the rule that found it."""

    value: str = ""
    precision: str = "unknown"  # day | month | year | month-day | unknown
    source: str = ""  # the header rule that found it
    line: str = ""  # the text it was read from

    @property
    def year(self) -> int | None:
        """The year, when the date has one."""
        return int(self.value[:4]) if self.value[:4].isdigit() else None


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document body; ``start``/``end`` index ``Document.body``."""

    text: str
    start: int
    end: int
    complete: bool = True


@dataclass(frozen=True)
class Document:
    """One article: metadata found by the header rules, and its body split into sentences."""

    id: str
    path: str
    body: str
    sentences: tuple[Sentence, ...] = ()
    title: str | None = None
    summary: str | None = None
    published: PubDate = field(default_factory=PubDate)
    dateline: str | None = None
    agency: str | None = None
    sha256: str = ""
    warnings: tuple[str, ...] = ()

    def to_dict(self, with_body: bool = False) -> dict[str, Any]:
        """Metadata (and optionally body and sentences) as JSON-ready data."""
        data = asdict(self)
        if not with_body:
            del data["body"], data["sentences"]
        return data
