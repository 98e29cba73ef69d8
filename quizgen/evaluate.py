"""Score extracted facts against hand-written gold files (precision and recall per kind).

Gold format: one JSON file per article, named like the article (see ../shared/gold/README.md).
Matching is per document and one-to-one (each gold item matches at most one fact):

- event: same date and the fact's sentence overlaps the gold evidence (one contains the
  other). A range matches a gold date equal to its start ("2017-04-27/2017-04-28" ~
  "2017-04-27"). Gold ``unresolved_dates`` with a ``partial_date`` are expected as
  "--MM-DD" events; those without one are expected to give no event.
- person: same name (any listed spelling), same canonical post (the gold role is read
  through the domain after dropping a leading demonym and any parenthesis), same country.
- islands: each (name as written, island id) pair of a ``list`` islands fact; a written
  name matches a gold name when equal or when it starts with it ("Habomai islet group" ~
  "Habomai").
- declaration: a declaration fact whose sentence overlaps the gold evidence.
- number: same value and the sentence overlaps the gold evidence.
- place: same name (case-insensitive), once per document.
Kinds without gold (``list``) are not scored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizgen.domain import Domain
from quizgen.errors import QuizgenError
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
class Evaluation:
    """Scores per kind, the overall micro-average, and the unmatched items for reading."""

    scores: tuple[Score, ...]
    misses: tuple[str, ...]  # gold items not found: "doc kind: description"
    extras: tuple[str, ...]  # facts not in gold

    @property
    def overall(self) -> Score:
        return Score(
            "overall",
            sum(s.matched for s in self.scores),
            sum(s.predicted for s in self.scores),
            sum(s.gold for s in self.scores),
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


def evaluate(factset: FactSet, gold: dict[str, dict[str, Any]], domain: Domain) -> Evaluation:
    """Compare facts with gold for every document that has a gold file."""
    counts = {kind: [0, 0, 0] for kind in SCORED_KINDS}
    misses: list[str] = []
    extras: list[str] = []
    for doc_id in sorted(gold):
        expected = gold[doc_id]
        for kind in SCORED_KINDS:
            predicted = _predicted(factset, doc_id, kind)
            wanted = _gold_items(expected, kind)
            same = _MATCHERS[kind]
            used: set[int] = set()
            for item in wanted:
                hit = next(
                    (i for i, p in enumerate(predicted) if i not in used and same(p, item, domain)),
                    None,
                )
                if hit is None:
                    misses.append(f"{doc_id} {kind}: {_describe(item)}")
                else:
                    used.add(hit)
            extras += [
                f"{doc_id} {kind}: {_describe(p)}" for i, p in enumerate(predicted) if i not in used
            ]
            row = counts[kind]
            row[0] += len(used)
            row[1] += len(predicted)
            row[2] += len(wanted)
    scores = tuple(Score(kind, *counts[kind]) for kind in SCORED_KINDS)
    return Evaluation(scores, tuple(misses), tuple(extras))


def _predicted(factset: FactSet, doc_id: str, kind: str) -> list[dict[str, Any]]:
    items = []
    for fact in factset.usable():
        if fact.kind != kind:
            continue
        quotes = [s.quote for s in fact.sources if s.doc == doc_id]
        if not quotes:
            continue
        if kind == "islands":
            if fact.get("form") == "list":
                items += [
                    {"name": n, "id": _island_id(fact, n), "quotes": quotes}
                    for n in fact.get("names", [])
                ]
        elif kind == "place" or kind == "person":
            items.append({**fact.fields, "quotes": quotes})
        else:
            items += [{**fact.fields, "quotes": [q]} for q in quotes]
    return items


def _island_id(fact: Fact, name: str) -> str:
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
        names = dict.fromkeys(p["name"] for p in expected.get("places", []))
        return [{"name": n} for n in names]
    key = {"person": "people", "islands": "islands", "number": "numbers"}[kind]
    return list(expected.get(key, []))


def _overlaps(quotes: list[str], evidence: str) -> bool:
    return any(q in evidence or evidence in q for q in quotes)


def _same_event(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    return p["date"].split("/")[0] == g["date"] or p["date"] == g["date"]


def _event(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    return _same_event(p, g, domain) and _overlaps(p["quotes"], g["evidence"])


def _person(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    if g["name"] not in domain.person_variants(p["name"]):
        return False
    role = re.sub(r"\s*\(.*\)\s*", "", g["role"]).strip()
    words = role.split()
    if words and domain.country_for(words[0]) and domain.post_for(" ".join(words[1:])):
        role = " ".join(words[1:])
    return domain.post_for(role) == p.get("role") and g.get("country") == p.get("country")


def _island(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    name_ok = p["name"] == g["name"] or p["name"].startswith(g["name"] + " ")
    return name_ok and p["id"] == g["id"]


def _declaration(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    return _overlaps(p["quotes"], g["evidence"])


def _number(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    return p["value"] == g["value"] and _overlaps(p["quotes"], g["evidence"])


def _place(p: dict[str, Any], g: dict[str, Any], domain: Domain) -> bool:
    return p["name"].casefold() == g["name"].casefold()


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
