"""Fact records: what extraction finds, with provenance, as stored in the facts file."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

FACT_KINDS = ("event", "person", "islands", "declaration", "number", "list", "place")
STATUSES = ("auto", "accepted", "rejected", "edited")


@dataclass(frozen=True)
class Source:
    """Where a fact was read: document id, the exact quote, and its span in the body."""

    doc: str
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "quote": self.quote, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(data["doc"], data["quote"], int(data["start"]), int(data["end"]))


@dataclass(frozen=True)
class Fact:
    """One fact of a ``kind``; ``fields`` holds the kind's canonical fields.

    Kind fields (all JSON values):
      event        date (ISO), what (standalone clause), where, who (list of names),
                   inferred (bool: date resolved from a weekday/relative word)
      person       name, role, country
      islands      members (canonical island ids), names (as written), group
      declaration  year, content
      number       value, what
      list         what, members
      place        name
    """

    id: str
    kind: str
    fields: dict[str, Any]
    sources: tuple[Source, ...] = ()
    status: str = "auto"
    flags: tuple[str, ...] = ()

    def get(self, name: str, default: Any = None) -> Any:
        """A kind field by name."""
        return self.fields.get(name, default)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "kind": self.kind, "status": self.status}
        data.update(self.fields)
        data["sources"] = [s.to_dict() for s in self.sources]
        if self.flags:
            data["flags"] = list(self.flags)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fact:
        reserved = {"id", "kind", "status", "sources", "flags"}
        return cls(
            id=data["id"],
            kind=data["kind"],
            fields={k: v for k, v in data.items() if k not in reserved},
            sources=tuple(Source.from_dict(s) for s in data.get("sources", ())),
            status=data.get("status", "auto"),
            flags=tuple(data.get("flags", ())),
        )


def fact_id(kind: str, key: Any) -> str:
    """A stable id from the kind and its canonical key (survives re-extraction)."""
    text = json.dumps([kind, key], sort_keys=True, ensure_ascii=False)
    return f"{kind[:3]}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:10]}"


@dataclass(frozen=True)
class FactSet:
    """All facts of a run plus the documents they came from (id, path, title, published)."""

    documents: tuple[dict[str, Any], ...] = ()
    facts: tuple[Fact, ...] = field(default_factory=tuple)

    def usable(self) -> tuple[Fact, ...]:
        """Facts that questions may use: everything not rejected."""
        return tuple(f for f in self.facts if f.status != "rejected")
