"""Wrong options of the same kind and shape as the answer, chosen deterministically."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from quizgen.dates import human, precision_of
from quizgen.domain import Domain
from quizgen.facts import Fact
from quizgen.questions.context import event_years, name_blockers, plausible_name


class Strategy(Protocol):
    """A strategy gets the answer, its fact, every fact, a seeded Random, the domain and each
    document's year (``Corpus.article_years``); it returns candidate wrong options, best
    first."""

    def __call__(
        self,
        answer: str,
        fact: Fact,
        facts: Sequence[Fact],
        rng: random.Random,
        domain: Domain,
        years: Mapping[str, int] | None = None,
    ) -> list[str]: ...


def people(
    answer: str,
    fact: Fact,
    facts: Sequence[Fact],
    rng: random.Random,
    domain: Domain,
    years: Mapping[str, int] | None = None,
) -> list[str]:
    """Other people of the answer's country, nearest in rank (then in the length of the name)
    first, heads of state or government only for one of them; never the answer under
    another spelling ("Vladimir Vladimirovich Putin" for "Vladimir Putin") and never someone
    who held the same post (also a right answer)."""
    country = fact.get("country")
    holders = {  # people with the same post in the same (or an unknown) country are also right
        p.get("name")
        for p in facts
        if p.kind == "person"
        and p.get("role") == fact.get("role")
        and p.get("country") in (None, country)
    }
    band = rank_band(fact.get("role") or "")
    blockers = name_blockers(domain)
    by_doc = years if years is not None else event_years(facts)
    era = _era(fact, by_doc)
    by_name: dict[str, int] = {}
    for p in facts:
        name = p.get("name") or ""
        if p.kind != "person" or p.get("country") != country or name in holders:
            continue
        other = _era(p, by_doc)
        if era and other and abs(era - other) > ERA_YEARS:
            continue  # "Brena's President in 2019": not someone the articles place in 1998
        if not plausible_name(name, blockers) or _same_person(name, answer):
            continue
        if (band == "head") != (rank_band(p.get("role") or "") == "head"):
            # "Was the President the Secretary of State?", "Which of these was the President:
            # the President or three ministers?": absurd both ways, it gives the answer away
            continue
        # nearest: the same rank band, then a name as long as the answer's (a patronymic on
        # the answer alone, "Yuri Petrovich Orlov", would point to it)
        distance = (0 if rank_band(p.get("role") or "") == band else 2) + (
            len(name.split()) != len(answer.split())
        )
        by_name[name] = min(distance, by_name.get(name, distance))
    names = sorted(by_name)
    rng.shuffle(names)
    chosen: list[str] = []
    for name in sorted(names, key=lambda n: by_name[n]):  # stable: shuffled within each rank
        if not any(_same_person(name, other) for other in chosen):
            chosen.append(name)
    return chosen


ERA_YEARS = 10  # people named by articles further apart than this are of another era


def _era(fact: Fact, years: Mapping[str, int]) -> int | None:
    """The year of the articles that name a person (the latest of them), or None."""
    known = [years[s.doc] for s in fact.sources if s.doc in years]
    return max(known) if known else None


def rank_band(role: str) -> str:
    """ "head" (President, Prime Minister), "deputy", "minister" or "other": posts a student
    could confuse with each other are in one band."""
    lower = role.lower()
    if re.search(
        r"\b(?:deputy|vice|state secretary|assistant|under)\b|\bunder(?=secretary)", lower
    ):
        return "deputy"
    if lower in ("president", "prime minister", "premier", "chancellor", "king", "emperor"):
        return "head"
    if re.search(r"\b(?:minister|secretary)\b", lower):
        return "minister"
    return "other"


def _same_person(one: str, other: str) -> bool:
    a, b = one.split(), other.split()
    return bool(a and b) and a[-1] == b[-1] and a[0] == b[0]


def dates(
    answer: str,
    fact: Fact,
    facts: Sequence[Fact],
    rng: random.Random,
    domain: Domain,
    years: Mapping[str, int] | None = None,
) -> list[str]:
    """Dates that vary in the same parts as the answer, as a grid: two months by two years
    around a day or month answer (each option shares one part with two others, so no option
    stands out as the one the others are built from); years near a year answer."""
    value = fact.get("date") or ""
    # an event the articles tell as done cannot be dated after the year they were written
    latest = _era(fact, years if years is not None else event_years(facts))
    latest = latest if latest is not None and latest >= int(value[:4]) else None
    if "/" in value:  # a span's options are spans: the answer's, moved as a whole
        start, end = value.split("/", 1)
        moved = [_moved(start, end, option) for option in _grid(start, rng, latest)]
        return [human(m) for m in moved if m]
    return [human(option) for option in _grid(value, rng, latest)]


def _moved(start: str, end: str, new_start: str) -> str:
    """The span ``start/end`` moved so that it begins at ``new_start`` (same parts given)."""
    years = int(new_start[:4]) - int(start[:4])
    months = int(new_start[5:7] or 0) - int(start[5:7] or 0) if len(start) > 4 else 0
    total = int(end[:4]) * 12 + (int(end[5:7]) - 1 if len(end) > 4 else 0) + years * 12 + months
    year, month = divmod(total, 12)
    day = int(end[8:10]) if len(end) > 7 else 0
    if len(end) > 4 and not _valid(year, month + 1, day):
        return ""
    moved_end = f"{year:04d}" + (f"-{month + 1:02d}" if len(end) > 4 else "")
    moved_end += f"-{day:02d}" if day else ""
    return f"{new_start}/{moved_end}"


def _grid(value: str, rng: random.Random, latest: int | None = None) -> list[str]:
    """ISO values around ``value`` that vary in the same parts (see ``dates``), none after
    the year ``latest``."""
    precision = precision_of(value)
    year = int(value[:4])
    if precision == "year":
        shifts = [-6, -4, -2, -1, 1, 2, 3, 5]
        shifted = [year + s for s in rng.sample(shifts, len(shifts))]
        return [str(y) for y in shifted if latest is None or y <= latest]
    month = int(value[5:7])
    day = int(value[8:10]) if precision == "day" else 0
    months = [
        m for m in (month + s for s in (-3, -2, 2, 3)) if 1 <= m <= 12 and _valid(year, m, day)
    ]
    other_year = year + rng.choice([-1, 1])
    other_month = rng.choice(months) if months else month
    if latest is not None and other_year > latest:
        other_year = year - 1  # not a year after the articles
    elif not _valid(other_year, month, day) or not _valid(other_year, other_month, day):
        other_year = year - 1 if other_year > year else year + 1
    cells = [(year, other_month), (other_year, month), (other_year, other_month)]
    return [
        f"{y:04d}-{m:02d}" + (f"-{day:02d}" if day else "")
        for y, m in cells
        if (y, m) != (year, month) and _valid(y, m, day)
    ]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return False
    return True


def numbers(
    answer: str,
    fact: Fact,
    facts: Sequence[Fact],
    rng: random.Random,
    domain: Domain,
    years: Mapping[str, int] | None = None,
) -> list[str]:
    """Neighbouring numbers: small ones by one or two, large ones by round steps; a decimal
    ("17.7") by steps of its last digit's place ("17.2", "18.2"), written as precisely."""
    raw = fact.get("value") or 0
    if isinstance(raw, float) and not raw.is_integer():
        places = len(repr(raw).partition(".")[2])
        unit = 10.0**-places
        steps = [round(raw + k * unit * 5, places) for k in (-2, -1, 1, 2, 3)]
        rng.shuffle(steps)
        return [f"{n:,.{places}f}" for n in dict.fromkeys(steps) if n > 0 and n != raw]
    value = int(raw)
    if value <= 12:
        pool = [value + d for d in (-2, -1, 1, 2, 3) if value + d > 0]
    else:
        step = 5 if value < 50 else 10 ** (len(str(value)) - 1)
        pool = [value + k * step for k in (-2, -1, 1, 2, 3) if value + k * step > 0]
        pool += [value * 2, max(1, value // 2)]
    rng.shuffle(pool)
    return [f"{n:,}" for n in dict.fromkeys(pool) if n != value]  # written as the answer is


def counts(
    answer: str,
    fact: Fact,
    facts: Sequence[Fact],
    rng: random.Random,
    domain: Domain,
    years: Mapping[str, int] | None = None,
) -> list[str]:
    """Other counts up to the whole (``two`` of four -> one, three, four)."""
    words = ["one", "two", "three", "four", "five", "six"]
    whole = int(fact.get("of_count") or 4)
    pool = [w for w in words[:whole] if w != answer]
    rng.shuffle(pool)
    return pool


def places(
    answer: str,
    fact: Fact,
    facts: Sequence[Fact],
    rng: random.Random,
    domain: Domain,
    years: Mapping[str, int] | None = None,
) -> list[str]:
    """Other places of the same kind (city, prefecture...) from the corpus, then the domain."""
    kind = _kind(domain, answer)
    named = {f.get("name") for f in facts if f.kind == "place" and f.get("name")}
    known = {p.name for p in domain.places}
    same = sorted(n for n in named | known if n != answer and _kind(domain, n) == kind)
    rng.shuffle(same)
    return same


def _kind(domain: Domain, name: str) -> str:
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
