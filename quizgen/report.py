"""What the commands print: each record of a run as aligned "Label:  value" lines."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.domain import Domain
    from quizgen.evaluate import Score
    from quizgen.facts import FactSet
    from quizgen.ingest import Document
    from quizgen.pipeline import Bank, BuildReport, Facts
    from quizgen.render.anki import DeckReport

INDENT = " " * 11


def line(label: str, value: str) -> str:
    """``Label:`` padded so that values line up."""
    return f"{label + ':':<{len(INDENT)}}{value}"


def facts_line(facts: Facts) -> str:
    """How many articles were read, and how many facts of which kinds came from where."""
    counts = facts.counts()
    kinds = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    lines = [line("Facts", f"{sum(counts.values())} ({kinds})")]
    if facts.articles:
        read = f"{facts.articles} ({facts.reused} unchanged, not re-read)"
        lines.insert(0, line("Articles", read))
    curation = facts.curation
    decided = curation is None or bool(curation.kept)  # a file alone is all decisions
    if facts.decisions_from and decided:
        how = "with your decisions in" if facts.articles else "as kept in"
        lines.append(f"{INDENT}{how} {facts.decisions_from} (--fresh to ignore it)")
    if curation and (curation.kept or curation.dropped or curation.orphaned):
        lines.append(f"{INDENT}{curation.summary()}")
    return "\n".join(lines)


def questions_line(bank: Bank, review_file: str = "") -> str:
    counts = bank.counts()
    kinds = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    held = f"; {len(bank.held)} held back for review" + (f" ({review_file})" if review_file else "")
    return line("Questions", f"{sum(counts.values())} ({kinds}){held}")


def deck_line(deck: DeckReport) -> str:
    text = (
        f"{deck.notes} notes, {deck.cards} cards: {len(deck.added)} added, "
        f"{len(deck.updated)} updated, {len(deck.retired)} retired since the last build"
    )
    if deck.retired:
        text += (
            f"\n{INDENT}retired notes carry the tag quizgen::retired: search "
            '"tag:quizgen::retired" in Anki to delete them'
        )
    return line("Deck", text)


def paths_line(label: str, paths: Iterable[object]) -> str:
    return line(label, f"\n{INDENT}".join(str(p) for p in paths))


def build_summary(report: BuildReport) -> str:
    """What ``quizgen build`` prints."""
    lines = [
        facts_line(report.facts),
        questions_line(report.bank, "needs-review.json"),
        deck_line(report.deck),
    ]
    if report.rejected:
        lines.append(line("Rejected", f"{report.rejected} facts you rejected are left out"))
    if report.stale:
        lines.append(paths_line("Stale", report.stale))
        lines.append(INDENT + ("kept (--keep-stale)" if report.kept_stale else "removed"))
    if report.changed:
        lines.append(paths_line("Wrote", report.changed))
    else:
        lines.append(line("Wrote", "nothing changed: every output is as the last build left it"))
    return "\n".join(lines)


def verbose_lines(report: BuildReport) -> str:
    lines = [
        f"  {name}: {question_id}"
        for name in ("added", "updated", "retired")
        for question_id in getattr(report, name)
    ]
    seconds = ", ".join(f"{k} {v:.2f}" for k, v in report.seconds.items())
    return "\n".join([*lines, line("Seconds", seconds)])


def describe(doc: Document) -> str:
    """An article's detected metadata, for ``quizgen inspect``."""
    published = doc.published
    date = f"{published.value or '?'} ({published.precision}, {published.source or 'not found'})"
    if published.line:
        date += f" from the line '{published.line}'"
    dateline = (doc.dateline or "-") + (f" /{doc.agency}/" if doc.agency else "")
    return "\n".join(
        [
            doc.id,
            f"  path:      {doc.path}",
            f"  title:     {doc.title or '-'}",
            f"  published: {date}",
            f"  dateline:  {dateline}",
            f"  sentences: {len(doc.sentences)}",
        ]
    )


def score_table(label: str, rows: Sequence[Score]) -> str:
    """Extraction scores as aligned text columns, one row each."""
    width = max([len(label), *(len(r.kind) for r in rows)])
    head = (
        f"{label:<{width}} {'precision':>9} {'recall':>7} {'matched':>8} {'found':>6} {'gold':>5}"
    )
    return "\n".join(
        [head]
        + [
            f"{r.kind:<{width}} {r.precision:>9.3f} {r.recall:>7.3f} "
            f"{r.matched:>8} {r.predicted:>6} {r.gold:>5}"
            for r in rows
        ]
    )


def domain_summary(path: str, domain: Domain) -> str:
    """A checked domain file: what it defines."""
    parties = [c.name for c in domain.countries if c.party]
    counts = {
        "disputed places": len(domain.islands),
        "groups": len(domain.groups),
        "countries": sum(not c.world for c in domain.countries),
        "posts": len(domain.roles),
        "places": sum(not p.world for p in domain.places),
        "key documents": len(domain.documents),
    }
    defined = ", ".join(f"{n} {what}" for what, n in counts.items())
    return "\n".join(
        [
            line("Domain", f"{path}: no mistakes found"),
            line("Parties", ", ".join(parties) or "none"),
            line("Defines", defined),
            line(
                "Built in",
                f"{sum(c.world for c in domain.countries)} more countries and "
                f"{sum(p.world for p in domain.places)} capitals of the world",
            ),
        ]
    )


# how ``domain check`` names what it found of each kind
FOUND_LABELS = {
    "person": "people",
    "place": "places",
    "islands": "disputed places",
    "declaration": "documents",
}
LISTED = 8  # names per list, unless all are asked for


def domain_findings(
    facts: FactSet,
    texts: Sequence[str],
    domain: Domain | None = None,
    limit: int | None = LISTED,
) -> str:
    """What a domain's vocabulary found in some articles (``texts``): facts by kind, the names
    of the people, places, disputed places and documents it recognised, and (given the domain)
    the people, places, posts and documents the file defines that no fact uses; ``limit`` names per
    list (None: all)."""
    by_kind: dict[str, list[str]] = {}
    for fact in facts.facts:
        shown = fact.get("name") or fact.get("group") or ", ".join(fact.get("names") or [])
        if fact.kind == "islands" and domain is not None and not fact.get("group"):
            # each place once however it is written ("Wren Shoal", "the shoal"): its first name
            members = [domain.island(m).main_name for m in fact.get("members") or []]
            by_kind.setdefault(fact.kind, []).extend(members)
            continue
        by_kind.setdefault(fact.kind, []).append(str(shown or ""))
    tally = Counter(fact.kind for fact in facts.facts)
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(tally.items()))
    lines = [line("Articles", str(len(texts))), line("Facts", counts or "none")]
    for kind, label in FOUND_LABELS.items():
        _listed(lines, label, sorted({n for n in by_kind.get(kind, []) if n}), limit)
    if not by_kind:
        lines.append(f"{INDENT}nothing found: check the names and spellings in the file")
    if domain is not None:
        people = [f for f in facts.facts if f.kind == "person"]
        named = {domain.canonical_person(p.get("name") or "") for p in people}
        posts = {p.get("role") for p in people}
        found = {f.get("name") for f in facts.facts if f.kind == "declaration"}
        missing = [
            (n, c) for n, c in domain.known_people if domain.canonical_person(n) not in named
        ]
        # a surname alone counts unless a person found bears it ("Kono": Taro, not Yohei)
        taken = {domain.family_name(p.get("name"), p.get("country")) for p in people}
        written = [
            n
            for n, country in missing
            if any(
                _mentions(t.replace("’", "'"), v, domain.family_name(v, country), taken)
                for v in domain.person_variants(n.replace("’", "'"))
                for t in texts
            )
        ]
        places = {f.get("name") for f in facts.facts if f.kind == "place"}
        listed = [p for p in domain.places if not p.world]  # the file's, not the capitals
        unfound = [p for p in listed if places.isdisjoint((p.name, *p.aliases))]
        seen = [
            p.name
            for p in unfound
            if any(_written(t, n) for n in (p.name, *p.aliases) for t in texts)
        ]
        unused = [
            ("people never named", [n for n, _ in missing if n not in written]),
            ("people named, but with no post read", written),
            ("places never named", [p.name for p in unfound if p.name not in seen]),
            # "Havana's Old Town", "including Wren and Skarn": written, but not where a place is
            ("places named, but not read as places", seen),
            ("posts no one holds", [r.post for r in domain.roles if r.post not in posts]),
            (
                "documents not found (a name or keyword must stand beside the year)",
                [d.name for d in domain.documents if d.name not in found],
            ),
        ]
        for label, names in unused:
            _listed(lines, label, names, limit)
    return "\n".join(lines)


def _mentions(text: str, name: str, surname: str, taken: set[str]) -> bool:
    """Does ``text`` write ``name``, or its ``surname`` when no one in ``taken`` bears it?"""
    forms = [name] if surname in taken else [name, surname]
    return any(_written(text, n) for n in forms)


def _written(text: str, name: str) -> bool:
    """Does ``text`` write ``name`` as whole words?"""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _listed(lines: list[str], label: str, names: list[str], limit: int | None) -> None:
    """Append "label: a; b; c and N more (--all lists them)" when there are names."""
    if names:
        shown = names if limit is None else names[:limit]
        left = len(names) - len(shown)
        more = f" and {left} more (--all lists them)" if left else ""
        lines.append(f"{INDENT}{label}: {'; '.join(shown)}{more}")
