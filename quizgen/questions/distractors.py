"""Wrong options of the same kind and shape as the answer, chosen deterministically."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any

from quizgen.dates import human, precision_of
from quizgen.facts import Fact

# A strategy gets the answer, its fact, every fact, a seeded Random and the domain.
Strategy = Callable[[str, Fact, Sequence[Fact], random.Random, Any], list[str]]


def people(
    answer: str, fact: Fact, facts: Sequence[Fact], rng: random.Random, domain: Any
) -> list[str]:
    """Other people in the corpus; those from the same country first."""
    others = sorted(
        {p.get("name") for p in facts if p.kind == "person" and p.get("name") and p.id != fact.id}
    )
    holders = {  # people with the same post in the same (or an unknown) country are also right
        p.get("name")
        for p in facts
        if p.kind == "person"
        and p.get("role") == fact.get("role")
        and p.get("country") in (None, fact.get("country"))
    }
    others = [n for n in others if n not in holders]
    same = [n for n in others if _country_of(n, facts) == fact.get("country")]
    rng.shuffle(same)
    rest = [n for n in others if n not in same]
    rng.shuffle(rest)
    return same + rest


def dates(
    answer: str, fact: Fact, facts: Sequence[Fact], rng: random.Random, domain: Any
) -> list[str]:
    """Dates near the true one at the same precision."""
    value = fact.get("date") or ""
    precision = precision_of(value)
    year = int(value[:4])
    if precision == "year":
        shifts = [-6, -4, -2, -1, 1, 2, 3, 5]
        return [str(year + s) for s in rng.sample(shifts, len(shifts))]
    month = int(value[5:7])
    candidates: list[str] = []
    for year_shift, month_shift in ((0, -3), (0, 2), (-1, 0), (1, 0), (0, 5), (-1, 4), (1, -2)):
        m = (month - 1 + month_shift) % 12 + 1
        y = year + year_shift + (month - 1 + month_shift) // 12
        if precision == "month":
            candidates.append(human(f"{y:04d}-{m:02d}"))
        else:
            day = min(int(value[8:10]), 28)
            candidates.append(human(dt.date(y, m, day).isoformat()))
    rng.shuffle(candidates)
    return candidates


def numbers(
    answer: str, fact: Fact, facts: Sequence[Fact], rng: random.Random, domain: Any
) -> list[str]:
    """Neighbouring numbers: small ones by one or two, large ones by round steps."""
    value = int(fact.get("value") or 0)
    if value <= 12:
        pool = [value + d for d in (-2, -1, 1, 2, 3) if value + d > 0]
    else:
        step = 5 if value < 50 else 10 ** (len(str(value)) - 1)
        pool = [value + k * step for k in (-2, -1, 1, 2, 3) if value + k * step > 0]
        pool += [value * 2, max(1, value // 2)]
    rng.shuffle(pool)
    return [f"{n:,}" for n in dict.fromkeys(pool) if n != value]  # written as the answer is


def counts(
    answer: str, fact: Fact, facts: Sequence[Fact], rng: random.Random, domain: Any
) -> list[str]:
    """Other counts up to the whole (``two`` of four -> one, three, four)."""
    words = ["one", "two", "three", "four", "five", "six"]
    whole = int(fact.get("of_count") or 4)
    pool = [w for w in words[:whole] if w != answer]
    rng.shuffle(pool)
    return pool


def places(
    answer: str, fact: Fact, facts: Sequence[Fact], rng: random.Random, domain: Any
) -> list[str]:
    """Other places of the same kind (city, prefecture...) from the corpus, then the domain."""
    kind = _kind(domain, answer)
    named = {f.get("name") for f in facts if f.kind == "place" and f.get("name")}
    known = {p.name for p in domain.places}
    same = sorted(n for n in named | known if n != answer and _kind(domain, n) == kind)
    rng.shuffle(same)
    return same


def _kind(domain: Any, name: str) -> str:
    place = domain.place_for(name)
    return place.kind if place else ""


STRATEGIES: dict[str, Strategy] = {
    "people": people,
    "dates": dates,
    "numbers": numbers,
    "counts": counts,
    "places": places,
}


def pick_options(
    answer: str,
    candidates: Sequence[str],
    variants: Callable[[str], tuple[str, ...]],
    rng: random.Random,
    count: int = 4,
) -> tuple[str, ...]:
    """The answer plus ``count - 1`` distinct distractors that are not variants of it, shuffled."""
    banned = {v.casefold() for v in (answer, *variants(answer))}
    chosen: list[str] = []
    for candidate in candidates:
        key = candidate.casefold()
        if key in banned or any(key == c.casefold() for c in chosen):
            continue
        chosen.append(candidate)
        if len(chosen) == count - 1:
            break
    if len(chosen) < count - 1:
        return ()
    options = [answer, *chosen]
    rng.shuffle(options)
    return tuple(options)


def _country_of(name: str, facts: Sequence[Fact]) -> str | None:
    for fact in facts:
        if fact.kind == "person" and fact.get("name") == name:
            return fact.get("country")
    return None
