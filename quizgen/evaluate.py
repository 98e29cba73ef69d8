"""Score extracted facts against hand-written gold files (precision and recall per kind).

Gold format: one JSON file per article, named like the article (see tests/data/seed-gold/README.md).
Matching is per document and one-to-one (each gold item matches at most one fact):

- event: same date and the fact's sentence overlaps the gold evidence (one contains the
  other). A range matches a gold date equal to its start ("2017-04-27/2017-04-28" ~
  "2017-04-27"). Gold ``unresolved_dates`` with a ``partial_date`` are expected as
  "--MM-DD" events; those without one are expected to give no event.
- person: same name (any listed spelling; a gold surname alone matches a full name that ends
  in it), same canonical post (the gold role is read
  through the domain without parentheses and without a country before or after it; a post
  the domain does not list compares by its words, case-folded), same country.
- islands: each (name as written, island id) pair of a ``list`` islands fact, each written
  form once per document (the gold lists each form once); the id is the domain's island for
  the name; a written name matches a gold name when equal or when it starts with it ("Ossel
  islet group" ~ "Ossel").
- declaration: a declaration fact whose sentence overlaps the gold evidence.
- number: same value and the sentence overlaps the gold evidence.
- place: same name (case-insensitive), once per document.
Kinds without gold (``list``) are not scored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from quizgen.domain import Domain, fold
from quizgen.errors import QuizgenError
from quizgen.extract.base import without_middle_initial
from quizgen.facts import Fact, FactSet

SCORED_KINDS = ("event", "person", "islands", "declaration", "number", "place")


@dataclass(frozen=True)
class Score:
    """Counts for one kind: true positives, predictions, gold items."""

    kind: str
    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "matched": self.matched,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
        }


@dataclass(frozen=True)
class Finding:
    """A gold item the facts miss, or a fact the gold lacks, with the sentence to read."""

    doc: str
    kind: str
    description: str
    sentence: str

    def __str__(self) -> str:
        return f"{self.doc} {self.kind}: {self.description}"

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class Evaluation:
    """Scores per kind and per document, and the unmatched items for reading."""

    scores: tuple[Score, ...]
    documents: tuple[Score, ...]  # one overall score per document; ``kind`` holds its id
    misses: tuple[Finding, ...]  # gold items not found
    extras: tuple[Finding, ...]  # facts not in gold

    @property
    def overall(self) -> Score:
        return _total("overall", self.scores)

    def to_dict(self) -> dict[str, Any]:
        return {
            "scores": [s.to_dict() for s in (*self.scores, self.overall)],
            "documents": [
                {**s.to_dict(), "kind": "document", "doc": s.kind} for s in self.documents
            ],
            "misses": [f.to_dict() for f in self.misses],
            "extras": [f.to_dict() for f in self.extras],
        }


def _total(label: str, scores: Iterable[Score]) -> Score:
    rows = list(scores)
    return Score(
        label,
        sum(s.matched for s in rows),
        sum(s.predicted for s in rows),
        sum(s.gold for s in rows),
    )


def load_gold(directory: str | Path) -> dict[str, dict[str, Any]]:
    """Gold files by document id (file stem)."""
    folder = Path(directory)
    if not folder.is_dir():
        raise QuizgenError(f"gold folder not found: {folder}")
    gold = {}
    for path in sorted(folder.glob("*.json")):
        try:
            gold[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise QuizgenError(f"malformed JSON in {path}, line {exc.lineno}: {exc.msg}") from exc
    if not gold:
        raise QuizgenError(f"no gold .json files in {folder}")
    return gold


def evaluate(
    factset: FactSet,
    gold: dict[str, dict[str, Any]],
    domain: Domain,
    documents: Iterable[str] | None = None,
) -> Evaluation:
    """Compare facts with gold for each of ``documents`` (default: every gold file) that has gold."""
    doc_ids = sorted(gold if documents is None else set(documents) & set(gold))
    per_kind: dict[str, list[Score]] = {kind: [] for kind in SCORED_KINDS}
    per_doc: list[Score] = []
    misses: list[Finding] = []
    extras: list[Finding] = []
    for doc_id in doc_ids:
        doc_scores = []
        for kind in SCORED_KINDS:
            score, missed, extra = _score(factset, doc_id, kind, gold[doc_id], domain)
            per_kind[kind].append(score)
            doc_scores.append(score)
            misses += missed
            extras += extra
        per_doc.append(_total(doc_id, doc_scores))
    scores = tuple(_total(kind, per_kind[kind]) for kind in SCORED_KINDS)
    return Evaluation(scores, tuple(per_doc), tuple(misses), tuple(extras))


def _score(
    factset: FactSet, doc_id: str, kind: str, expected: dict[str, Any], domain: Domain
) -> tuple[Score, list[Finding], list[Finding]]:
    """Match one document's facts of one kind with its gold, one to one."""
    predicted = _predicted(factset, doc_id, kind, domain)
    wanted = _gold_items(expected, kind)
    same = _MATCHERS[kind]
    used: set[int] = set()
    missed = []
    for item in wanted:
        hit = next(
            (i for i, p in enumerate(predicted) if i not in used and same(p, item, domain)),
            None,
        )
        if hit is None:
            missed.append(Finding(doc_id, kind, _describe(item), item.get("evidence", "")))
        else:
            used.add(hit)
    extra = [
        Finding(doc_id, kind, _describe(p), p["quotes"][0] if p["quotes"] else "")
        for i, p in enumerate(predicted)
        if i not in used
    ]
    return Score(kind, len(used), len(predicted), len(wanted)), missed, extra


def _predicted(factset: FactSet, doc_id: str, kind: str, domain: Domain) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for fact in factset.usable():
        if fact.kind != kind:
            continue
        quotes = [s.quote for s in fact.sources if s.doc == doc_id]
        if not quotes:
            continue
        if kind == "islands":
            if fact.get("form") == "list":
                items += [
                    {"name": n, "id": _island_id(fact, n, domain), "quotes": quotes}
                    for n in fact.get("names", [])
                    if not any(i["name"] == n for i in items)  # each written form once
                ]
        elif kind == "place" or kind == "person":
            items.append({**fact.fields, "quotes": quotes})
        else:
            items += [{**fact.fields, "quotes": [q]} for q in quotes]
    return items


def _island_id(fact: Fact, name: str, domain: Domain) -> str:
    """The island a written name stands for: the domain's, else the fact's member in the same
    place ("Thule Island, Southern Thule, South Sandwich Islands" are one member)."""
    island = domain.island_for(name)
    if island is not None:
        return island.id
    names, members = fact.get("names", []), fact.get("members", [])
    return members[names.index(name)] if len(names) == len(members) else ""


def _gold_items(expected: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    if kind == "event":
        partial = [
            {"date": u["partial_date"], "what": u["what"], "evidence": u["evidence"]}
            for u in expected.get("unresolved_dates", [])
            if u.get("partial_date")
        ]
        return list(expected.get("events", [])) + partial
    if kind == "declaration":
        found = expected.get("declaration_1956")
        return [found] if found else []
    if kind == "place":
        first: dict[str, dict[str, Any]] = {}
        for place in expected.get("places", []):
            first.setdefault(place["name"], place)
        return list(first.values())
    key = {"person": "people", "islands": "islands", "number": "numbers"}[kind]
    return list(expected.get(key, []))


def _overlaps(quotes: list[str], evidence: str) -> bool:
    return any(q in evidence or evidence in q for q in quotes)


def _same_event(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    date: str = p["date"]
    wanted: str = g["date"]
    return date.split("/")[0] == wanted or date == wanted


def _event(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    return _same_event(p, g, domain) and _overlaps(p["quotes"], g["evidence"])


_SUFFIX = re.compile(r",? (?:Jr|Sr)\.?\Z")


def _person(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    names = {without_middle_initial(n) for n in domain.person_variants(p["name"])}
    # a gold surname alone ("Brek", as the text gives it) matches the full name the extractor
    # completed from the domain file ("Ilan Brek"); a generational suffix ("Ola Finn, Jr.")
    # and a middle initial ("Ola M. Finn") are no part of the name to compare
    gold = without_middle_initial(_SUFFIX.sub("", g["name"]))
    if gold not in names and not any(n.endswith(f" {gold}") for n in names):
        return False
    wanted, found = _post_key(g["role"], domain), _post_key(p.get("role"), domain)
    return wanted == found and g.get("country") == p.get("country")


def _post_key(title: str | None, domain: Domain) -> str | None:
    """The post a title names, as compared: the domain's canonical post, else the title's
    words without parentheses, "the" and a country before or after them ("Brenan Presidential
    Aide" ~ "Presidential Aide"), case-folded."""
    if not title:
        return None
    words = re.sub(r"\s*\(.*?\)\s*", " ", title).split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if len(words) > 1 and domain.country_for(words[0]):
        words = words[1:]  # "Brenan Ambassador to Calder" reads as "Ambassador to Calder"
    text = " ".join(words)
    post = domain.post_in(text)
    if post is not None:
        return post
    after = _COUNTRY_AFTER.fullmatch(text)
    if after and domain.country_for(after["country"]):
        text = after["post"]
    return fold(text)


# "Ambassador Extraordinary and Plenipotentiary of the Brenan Federation"
_COUNTRY_AFTER = re.compile(r"(?P<post>.+) of (?:the )?(?P<country>[^,]+)")


def _island(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    name: str = p["name"]
    wanted: str = g["name"]
    name_ok = name == wanted or name.startswith(wanted + " ")
    return name_ok and p["id"] == g["id"]


def _declaration(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    return _overlaps(p["quotes"], g["evidence"])


def _number(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    return p["value"] == g["value"] and _overlaps(p["quotes"], g["evidence"])


def _place(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    """The same place under any spelling the domain file lists for it ("Port Stanley" is
    the domain's "Stanley"), case-insensitive."""
    wanted: str = g["name"].casefold()
    return any(v.casefold() == wanted for v in (p["name"], *domain.variants(p["name"])))


_MATCHERS: dict[str, Callable[[dict[str, Any], dict[str, Any], Domain], bool]] = {
    "event": _event,
    "person": _person,
    "islands": _island,
    "declaration": _declaration,
    "number": _number,
    "place": _place,
}


def _describe(item: dict[str, Any]) -> str:
    keys = ("date", "value", "name", "what", "role", "id", "content")
    parts = [f"{k}={item[k]}" for k in keys if item.get(k) not in (None, "")]
    return "; ".join(parts)[:160]
