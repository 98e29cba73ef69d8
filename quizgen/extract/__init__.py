"""Rule-based fact extraction: named rules run in a defined order over each document.

``RULES`` is the registry: (name, function) pairs run in order for every document; each
function reads a ``DocContext`` and returns ``Draft`` findings. People run first because the
event and list rules resolve surnames and pronouns through them. Drafts with the same kind and
canonical key merge into one ``Fact`` with all their sources (documents in id order).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from quizgen.domain import Domain
from quizgen.extract.base import DocContext, Draft, Lexicon
from quizgen.extract.dates import find_events
from quizgen.extract.declaration import find_declarations
from quizgen.extract.islands import find_islands
from quizgen.extract.lists import find_lists
from quizgen.extract.numbers import find_numbers
from quizgen.extract.people import find_people
from quizgen.extract.places import find_places
from quizgen.facts import Fact, FactSet, fact_id
from quizgen.ingest.records import Document

Rule = Callable[[DocContext], list[Draft]]

RULES: tuple[tuple[str, Rule], ...] = (
    ("people", find_people),
    ("islands", find_islands),
    ("declaration", find_declarations),
    ("events", find_events),
    ("numbers", find_numbers),
    ("lists", find_lists),
    ("places", find_places),
)

__all__ = [
    "RULES",
    "Draft",
    "document_record",
    "extract_document",
    "extract_each",
    "extract_facts",
    "merge_drafts",
]


def extract_facts(
    documents: Sequence[Document],
    domain: Domain,
    rules: Sequence[tuple[str, Rule]] = RULES,
) -> FactSet:
    """Run ``rules`` over every document and merge the findings into a ``FactSet``."""
    drafts = [d for found in extract_each(documents, domain, rules) for d in found]
    return merge_drafts(documents, drafts)


def extract_each(
    documents: Sequence[Document],
    domain: Domain,
    rules: Sequence[tuple[str, Rule]] = RULES,
) -> Iterator[list[Draft]]:
    """Each document's findings, in order, with the domain's patterns compiled once."""
    lexicon = Lexicon(domain)
    for doc in documents:
        yield extract_document(doc, domain, lexicon, rules)


def extract_document(
    doc: Document,
    domain: Domain,
    lexicon: Lexicon | None = None,
    rules: Sequence[tuple[str, Rule]] = RULES,
) -> list[Draft]:
    """The findings of every rule in one document (what an incremental build caches)."""
    ctx = DocContext(doc, domain, lexicon or Lexicon(domain))
    return [draft for _name, rule in rules for draft in rule(ctx)]


def merge_drafts(documents: Sequence[Document], drafts: Sequence[Draft]) -> FactSet:
    """Merge findings from all documents into facts (documents in id order)."""
    ordered = sorted(documents, key=lambda d: d.id)
    rank = {doc.id: index for index, doc in enumerate(ordered)}
    drafts = sorted(drafts, key=lambda d: rank.get(d.source.doc, len(rank)))
    facts = _flag_event_dates(_merge(list(drafts)))
    return FactSet(
        documents=tuple(document_record(d) for d in ordered),
        facts=tuple(sorted(facts, key=lambda f: (f.kind, f.id))),
    )


def document_record(doc: Document) -> dict[str, Any]:
    """The facts file's record of a document: id, path, title, published."""
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "published": doc.published.value or None,
    }


def _merge(drafts: list[Draft]) -> list[Fact]:
    groups: dict[tuple[str, str], list[Draft]] = {}
    ids: dict[tuple[str, str], str] = {}  # many drafts share a key: hash each key once
    for draft in drafts:
        # repr, not the key itself: 1, 1.0 and True are equal keys with different ids
        memo = (draft.kind, repr(draft.key))
        ident = ids.get(memo)
        if ident is None:
            ident = ids[memo] = fact_id(draft.kind, draft.key)
        groups.setdefault((draft.kind, ident), []).append(draft)
    facts = []
    for (kind, ident), group in groups.items():
        primary = next((d for d in group if not d.flags), group[0])
        fields = dict(primary.fields)
        for draft in group:
            for name, value in draft.fields.items():
                if fields.get(name) in (None, "", []) and value not in (None, "", []):
                    fields[name] = value
        if kind == "person":
            fields["aliases"] = sorted({a for d in group for a in d.fields.get("aliases", [])})
            roles = sorted({d.fields["role"] for d in group if d.fields.get("role")})
            flags = [f"roles differ: {', '.join(roles)}"] if len(roles) > 1 else []
        else:
            flags = []
        sources = sorted({d.source for d in group}, key=lambda s: (s.doc, s.start, s.end))
        facts.append(Fact(ident, kind, fields, tuple(sources), "auto", (*primary.flags, *flags)))
    return facts


def _flag_event_dates(facts: list[Fact]) -> list[Fact]:
    """Flag events told with two dates: a refinement ("--05-06" vs 2016-05-06) or a conflict."""
    by_what: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.kind == "event":
            by_what.setdefault(fact.fields["what"].lower(), []).append(fact)
    extra: dict[str, list[str]] = {}
    for group in by_what.values():
        for a in group:
            for b in group:
                if a.id == b.id:
                    continue
                if _refines(b.fields["date"], a.fields["date"]):
                    extra.setdefault(a.id, []).append(f"refined-by:{b.id}")
                elif not _refines(a.fields["date"], b.fields["date"]):
                    extra.setdefault(a.id, []).append(f"conflicts-with:{b.id}")
    return [
        Fact(f.id, f.kind, f.fields, f.sources, f.status, (*f.flags, *sorted(extra[f.id])))
        if f.id in extra
        else f
        for f in facts
    ]


def _refines(precise: str, vague: str) -> bool:
    """True when ``precise`` says more than ``vague`` and agrees with it."""
    if precise == vague:
        return False
    p, v = precise.split("/")[0], vague.split("/")[0]
    if v.startswith("--"):
        return len(p) == 10 and p[4:] == v[1:]
    return p.startswith(v)
