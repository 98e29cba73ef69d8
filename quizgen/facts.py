"""Fact records: what extraction finds, with provenance, as stored in the facts file."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from json.encoder import encode_basestring as _string  # the C encoder of JSON strings
from pathlib import Path
from typing import Any

from quizgen.dates import is_iso
from quizgen.errors import QuizgenError
from quizgen.fileio import atomic_path

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


FORMAT = "quizgen-facts"
VERSION = 1
REQUIRED_FACT_KEYS = ("id", "kind", "status", "sources")
REQUIRED_SOURCE_KEYS = ("doc", "quote", "start", "end")


def dumps_facts(factset: FactSet) -> str:
    """The facts file text: documents by id, then facts by kind and id (see ``facts_text``)."""
    return "".join(facts_text(factset))


def write_facts(factset: FactSet, path: str | Path) -> None:
    """Write the facts file atomically; an existing file is kept as ``path + ".bak"``."""
    with (
        atomic_path(path, backup=True) as temporary,
        open(temporary, "w", encoding="utf-8", newline="\n") as out,
    ):
        out.writelines(facts_text(factset))


def facts_text(factset: FactSet) -> Iterator[str]:
    """The facts file in pieces: documents by id, then facts by kind and id.

    Each fact's fields stand one to a line, for editing by hand; each document and each source
    is one line. Lines come from the C JSON encoder and are never joined into one text to be
    written: 5x faster than ``json.dumps(indent=2)`` (its pure-Python encoder) on 10,000
    articles.
    """
    documents = (_json(d) for d in sorted(factset.documents, key=lambda d: d["id"]))
    facts = (_fact_json(f) for f in sorted(factset.facts, key=lambda f: (f.kind, f.id)))
    yield f'{{\n  "format": {_json(FORMAT)},\n  "version": {VERSION},\n  "documents": '
    yield from _array(documents, "  ")
    yield ',\n  "facts": '
    yield from _array(facts, "  ")
    yield "\n}\n"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _array(items: Iterable[str], indent: str) -> Iterator[str]:
    """A JSON array of written items, one to a line, closing at ``indent``."""
    opened = False
    for item in items:
        yield f",\n{indent}  " if opened else f"[\n{indent}  "
        yield item
        opened = True
    yield f"\n{indent}]" if opened else "[]"


def _fact_json(fact: Fact) -> str:
    data = replace(fact, sources=()).to_dict()
    del data["sources"]
    members = [f"{_json(name)}: {_json(value)}" for name, value in data.items()]
    sources = (
        f'{{"doc": {_string(s.doc)}, "quote": {_string(s.quote)}, '
        f'"start": {int(s.start)}, "end": {int(s.end)}}}'
        for s in fact.sources
    )
    members.append('"sources": ' + "".join(_array(sources, "      ")))
    return "{\n      " + ",\n      ".join(members) + "\n    }"


def read_facts(path: str | Path) -> FactSet:
    """Read a facts file; any problem raises ``QuizgenError`` naming the file and line."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QuizgenError(f"cannot read facts file {source}: {exc}") from exc
    try:
        data = json.loads(text)
    except RecursionError:
        raise QuizgenError(f"{source} is nested too deeply to be a facts file") from None
    except json.JSONDecodeError as exc:
        raise QuizgenError(
            f"malformed JSON in {source}, line {exc.lineno} column {exc.colno}: {exc.msg}; "
            "fix the file or delete it to extract afresh"
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise QuizgenError(
            f"not a quizgen facts file: {source}, line {_line_of(text, 'format')}: "
            f'expected "format": "{FORMAT}"'
        )
    if data.get("version") != VERSION:
        raise QuizgenError(
            f"unsupported facts file version {data.get('version')!r} in {source}, line "
            f"{_line_of(text, 'version')}: this quizgen reads version {VERSION}"
        )
    if not isinstance(data.get("facts", []), list):
        raise QuizgenError(
            f'bad facts file {source}, line {_line_of(text, "facts")}: "facts" must be a list'
        )
    facts, seen = [], set()
    for number, item in enumerate(data.get("facts", [])):
        problem = _fact_problem(item)
        if not problem and item["id"] in seen:
            problem = f"the id {item['id']} is used twice: give each fact its own"
        if problem:
            ident = item.get("id") if isinstance(item, dict) else None
            line = _line_of(text, "id", ident) if ident else _line_of(text, "facts")
            raise QuizgenError(f"bad fact #{number + 1} in {source}, line {line}: {problem}")
        seen.add(item["id"])
        facts.append(Fact.from_dict(item))
    documents = data.get("documents", [])
    if not isinstance(documents, list) or not all(
        isinstance(d, dict) and "id" in d for d in documents
    ):
        raise QuizgenError(
            f"bad documents list in {source}, line {_line_of(text, 'documents')}: "
            "each document needs an id"
        )
    return FactSet(tuple(documents), tuple(facts))


# The type each field that questions read must have (lists hold texts); other fields are the
# user's own and free.
NUMBER_FIELDS = ("year", "offered_count", "of_count", "count", "stated_count", "value")
LIST_FIELDS = ("parties", "offered", "who", "flags", "members", "names", "aliases")


def _field_problem(key: str, value: Any) -> str:
    """What is wrong with one field's value, or ""."""
    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    is_strings = isinstance(value, list) and all(isinstance(v, str) for v in value)
    if key in NUMBER_FIELDS and not (is_number or value is None):
        return f"{key} must be a number, not {value!r}"
    if key in LIST_FIELDS and not is_strings:
        return f"{key} must be a list of texts, not {value!r}"
    if key == "date" and not (isinstance(value, str) and is_iso(value)):
        return f"date must be YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD or a range A/B, not {value!r}"
    return ""


def _fact_problem(item: Any) -> str:
    if not isinstance(item, dict):
        return "a fact must be a JSON object"
    missing = [k for k in REQUIRED_FACT_KEYS if k not in item]
    if missing:
        return f"missing {', '.join(missing)}"
    if not isinstance(item["id"], str) or not item["id"]:
        return "the id must be a non-empty text"
    if item["kind"] not in FACT_KINDS:
        return f"unknown kind {item['kind']!r} (one of {', '.join(FACT_KINDS)})"
    if item["status"] not in STATUSES:
        return f"unknown status {item['status']!r} (one of {', '.join(STATUSES)})"
    if not isinstance(item["sources"], list):
        return "sources must be a list"
    for source in item["sources"]:
        if not isinstance(source, dict) or any(k not in source for k in REQUIRED_SOURCE_KEYS):
            return f"each source needs {', '.join(REQUIRED_SOURCE_KEYS)}"
        if not all(
            isinstance(source[k], int) and not isinstance(source[k], bool) for k in ("start", "end")
        ):
            return "a source's start and end must be whole numbers"
        if not isinstance(source["doc"], str) or not isinstance(source["quote"], str):
            return "a source's doc and quote must be texts"
    reserved = {*REQUIRED_FACT_KEYS, "kind"}
    for key, value in item.items():
        problem = "" if key in reserved else _field_problem(key, value)
        if problem:
            return problem
    return ""


def _line_of(text: str, key: str, value: str | None = None) -> int:
    needle = f'"{key}": "{value}"' if value else f'"{key}"'
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else 1


@dataclass(frozen=True)
class CurationReport:
    """What curation did: ids kept with a user decision, added, dropped, orphaned."""

    kept: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    orphaned: tuple[str, ...] = ()  # facts whose documents are all gone
    missing_documents: tuple[str, ...] = ()

    def counts(self) -> dict[str, int]:
        """How many facts each outcome had."""
        return {
            "kept": len(self.kept),
            "added": len(self.added),
            "dropped": len(self.dropped),
            "orphaned": len(self.orphaned),
        }

    def summary(self) -> str:
        """One line for the user."""
        return (
            f"{len(self.kept)} kept with your decisions, {len(self.added)} new, "
            f"{len(self.dropped)} no longer found, {len(self.orphaned)} from removed documents"
        )


def curate(previous: FactSet, fresh: FactSet) -> tuple[FactSet, CurationReport]:
    """Merge a fresh extraction into the user's facts file, keeping decisions by fact id.

    ``accepted``/``rejected`` facts keep their status with fresh fields and sources; an
    ``edited`` fact keeps the user's fields. Facts the user decided on are kept even when no
    longer extracted; undecided (``auto``) facts that are no longer found are dropped.
    """
    old = {f.id: f for f in previous.facts}
    fresh_ids = {f.id for f in fresh.facts}
    present = {d["id"] for d in fresh.documents}
    merged, kept, added = [], [], []
    for fact in fresh.facts:
        before = old.get(fact.id)
        if before is None:
            added.append(fact.id)
            merged.append(fact)
        elif before.status == "auto":
            merged.append(fact)
        else:
            fields = before.fields if before.status == "edited" else fact.fields
            merged.append(Fact(fact.id, fact.kind, fields, fact.sources, before.status, fact.flags))
            kept.append(fact.id)
    dropped, orphaned = [], []
    for fact in previous.facts:
        if fact.id in fresh_ids:
            continue
        if fact.sources and not any(s.doc in present for s in fact.sources):
            orphaned.append(fact.id)
        else:
            dropped.append(fact.id)
        if fact.status != "auto":
            merged.append(fact)
            kept.append(fact.id)
    missing = sorted({d["id"] for d in previous.documents} - present)
    report = CurationReport(
        tuple(sorted(kept)),
        tuple(sorted(added)),
        tuple(sorted(dropped)),
        tuple(sorted(orphaned)),
        tuple(missing),
    )
    result = FactSet(fresh.documents, tuple(sorted(merged, key=lambda f: (f.kind, f.id))))
    return result, report
