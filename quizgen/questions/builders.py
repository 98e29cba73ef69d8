"""Questions that draw on several facts or on the domain: islands, timelines, true/false."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from quizgen.dates import human, precision_of
from quizgen.domain import Domain, Island
from quizgen.facts import Fact
from quizgen.questions.context import Corpus, best_source, fact_context
from quizgen.questions.distractors import pick_options, rank_band

SPELLING_GIVEAWAY = 0.7  # names this alike are guessed from each other
MAX_STATEMENT_WORDS = 18  # true/false claims and timeline items a student reads at a glance


@dataclass(frozen=True)
class Draft:
    """A question before citation, scoring and linting."""

    id: str
    type: str
    prompt: str
    answer: str
    facts: tuple[Fact, ...]
    options: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    explanation: str = ""
    weight: float = 1.0
    topic: str = "islands"
    asks: str = ""


def _spelled_alike(one: str, other: str) -> bool:
    """Names so alike that asking one for the other gives it away: close spellings
    ("Sudholma" / "Sudholm") or a shared word ("South Georgia" / "Georgias del Sur")."""
    if SequenceMatcher(None, one.lower(), other.lower()).ratio() >= SPELLING_GIVEAWAY:
        return True
    words = {w.casefold().rstrip("s") for w in one.split() if len(w) >= 4}
    return bool(words & {w.casefold().rstrip("s") for w in other.split() if len(w) >= 4})


def _noun(island: Island) -> str:
    """ "islet group" for Ossel and the like, else "island"."""
    return "islet group" if any("islet" in a for a in island.aliases) else "island"


def island_questions(facts: Sequence[Fact], corpus: Corpus, seed: int) -> Iterator[Draft]:
    """Matching and choices between the sides' names, a group's members and its names.

    The sides are the first two parties the domain file gives names for (``island_sides``);
    every prompt is a ``[phrases]`` entry of the rules file."""
    sides = island_sides(corpus.domain)
    mentions = [f for f in facts if f.kind == "islands"]
    named = {m for f in mentions for m in f.get("members") or []}
    known = [i for i in list(corpus.domain.islands) if i.id in named]
    if len(sides) < 2 or len(known) < 2:
        return
    (a, a_adjective), (b, b_adjective) = sides[:2]
    words = {"a": a, "b": b, "a_adjective": a_adjective, "b_adjective": b_adjective}
    written = [n.casefold() for f in mentions for n in f.get("names") or []]

    def stated(name: str) -> bool:  # the articles write it ("Ossel" in "Ossel islet group")
        return any(w == name.casefold() or w.startswith(name.casefold() + " ") for w in written)

    differing = [  # both sides' names stated by the articles, and not guessed from each other
        i
        for i in known
        if stated(i.name_for(a))
        and stated(i.name_for(b))
        and not _spelled_alike(i.name_for(a), i.name_for(b))
    ]
    if len(differing) >= 3:
        yield Draft(
            "islands:matching",
            "matching",
            corpus.phrase("names_matching", **words),
            "; ".join(f"{i.name_for(a)} = {i.name_for(b)}" for i in differing),
            tuple(mentions),
            pairs=tuple((i.name_for(a), i.name_for(b)) for i in differing),
            explanation=corpus.phrase("names_matching_explanation", **words),
            weight=1.1,
        )
    # Only names that differ between the sides are options: "Sudholma" or "Kossel" beside
    # "Isla Norte" names the other islands and leaves the answer by elimination.
    b_names = [i.name_for(b) for i in differing]
    for island in differing if len(differing) >= 4 else ():
        names = {**words, "noun": _noun(island), "a_name": island.name_for(a)}
        names["b_name"] = island.name_for(b)
        rng = random.Random(f"{seed}:islands:{_key(b_adjective)}-name:{island.id}")
        options = pick_options(names["b_name"], b_names, corpus.domain.variants, rng)
        yield Draft(
            f"islands:{_key(b_adjective)}-name:{island.id}",
            "choice",
            corpus.phrase("name_of_b", **names),
            names["b_name"],
            tuple(mentions),
            options=options,
            explanation=_told(corpus, a, names["a_name"], b, names["b_name"]),
        )
        yield Draft(
            f"islands:{_key(a_adjective)}-name:{island.id}",
            "who",
            corpus.phrase("name_of_a", **names),
            names["a_name"],
            tuple(mentions),
            explanation=_told(corpus, b, names["b_name"], a, names["a_name"]),
        )
    yield from _group_questions(mentions, named, words, corpus)


def _group_questions(
    mentions: Sequence[Fact], named: set[str], words: dict[str, str], corpus: Corpus
) -> Iterator[Draft]:
    """A group's members (from a quote that names the group and three members) and the names
    each side gives the group."""
    a, b = words["a"], words["b"]
    groups = _groups(mentions)
    if len(named) < 3 or a not in groups:
        return
    group = corpus.domain.group_for(groups[a])
    members = [corpus.domain.island(m) for m in group.members] if group else []
    everything = list(corpus.domain.islands)
    naming = tuple(f for f in mentions if f.get("group") == groups[a])
    naming = tuple(f for f in naming if _names_islands(f, everything, corpus))
    if naming and members and len(members) == len(everything):
        yield Draft(
            "islands:list",
            "list",
            corpus.phrase(
                "group_members",
                **words,
                count_word=corpus.language.number_word(len(members)),
                a_group=_the(groups[a]),
            ),
            ", ".join(i.name_for(a) for i in members),
            naming,
            items=tuple(i.name_for(a) for i in members),
            explanation=corpus.phrase(
                "group_members_explanation", **words, b_names=[i.name_for(b) for i in members]
            ),
            weight=1.2,
        )
    if b in groups:
        names = {**words, "a_group": _the(groups[a]), "b_group": _the(groups[b])}
        yield Draft(
            "islands:group-name",
            "who",
            corpus.phrase("group_name_of_b", **names),
            names["b_group"],
            tuple(mentions),
            explanation=corpus.phrase("group_names_explanation", **names),
            weight=1.1,
        )
        yield Draft(
            f"islands:group-name-{_key(a)}",
            "who",
            corpus.phrase("group_name_of_a", **names),
            names["a_group"],
            tuple(mentions),
            explanation=corpus.phrase("group_names_explanation", **names),
        )


def _told(corpus: Corpus, first: str, first_name: str, second: str, second_name: str) -> str:
    """ "Calder calls it Nordholm; Brena calls it Isla Norte." """
    return corpus.phrase(
        "names_explanation",
        first=first,
        first_name=first_name,
        second=second,
        second_name=second_name,
    )


def island_sides(domain: Domain) -> list[tuple[str, str]]:
    """The parties that name every disputed place, in the domain file's order, each with
    the adjective a question calls its names by (its first demonym, else its name)."""
    sides = []
    for country in domain.countries:
        if (
            country.party
            and domain.islands
            and all(i.name_for(country.name) for i in domain.islands)
        ):
            sides.append((country.name, country.demonyms[0] if country.demonyms else country.name))
    return sides


def _key(words: str) -> str:
    """A question id part: "Brenan" -> "brenan", "Northern Union" -> "northern-union"."""
    return "-".join(words.lower().split())


def timeline_questions(facts: Sequence[Fact], corpus: Corpus, seed: int) -> Iterator[Draft]:
    """Groups of four dated events (distinct dates, distinct statements) to put in order."""
    dated: dict[str, tuple[str, Fact]] = {}
    told: set[str] = set()
    for fact in facts:
        if fact.kind != "event":
            continue
        context = fact_context(fact, corpus)
        statement = context.get("statement") or ""
        fits = 3 <= len(statement.split()) <= MAX_STATEMENT_WORDS
        if not (context.get("date_answer") and fits) or statement.casefold() in told:
            continue
        if dated.setdefault(fact.get("date"), (statement, fact))[1] is fact:
            told.add(statement.casefold())
    chronological: list[tuple[str, Fact]] = []
    for date in sorted(dated):  # neighbours a student can tell apart: a month or more
        if not chronological or _apart(chronological[-1][1].get("date"), date):
            chronological.append(dated[date])
    if len(chronological) < 3:
        return
    size = 4 if len(chronological) >= 4 else 3
    for start in range(0, max(1, len(chronological) - size + 1), size):
        group = chronological[start : start + size]
        if len(group) < 3:
            break
        yield Draft(
            f"timeline:{_digest([f.id for _, f in group])}",
            "timeline",
            corpus.phrase("timeline"),
            "; ".join(f"{s} ({human(f.get('date'))})" for s, f in group),
            tuple(f for _, f in group),
            items=tuple(s for s, _ in group),
            weight=0.9,
            topic="events",
        )


MIN_GAP = dt.timedelta(days=30)


def _apart(earlier: str, later: str) -> bool:
    """Whether two dates (ISO, any precision, a span's start) are a month or more apart
    whatever day their precision leaves open: "8 November 2014" and "9 November 2014" are
    not, "2014" and "November 2014" cannot be told apart at all."""
    first, second = _days(earlier.split("/")[0]), _days(later.split("/")[0])
    return second[0] - first[1] >= MIN_GAP


def _days(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day an ISO date of any precision may mean."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    day = dt.date(parts[0], parts[1], parts[2])
    return day, day


def truefalse_questions(facts: Sequence[Fact], corpus: Corpus, seed: int) -> Iterator[Draft]:
    """One true or falsified statement per person and dated event that can be made false
    for certain (the seed decides which): a post of the same country and band, a shifted
    date of what happens once."""
    people = [f for f in facts if f.kind == "person" and f.get("role") and f.get("country")]
    for fact in people:
        context = fact_context(fact, corpus)
        if not context["anchor"]:
            continue
        truth = corpus.phrase("post_statement", **context)
        band = rank_band(fact.get("role"))
        others = sorted(  # a post of the same country and rank band: plausible, and false
            {
                p.get("role"): p
                for p in people
                if p.get("country") == fact.get("country")
                and p.get("role") != fact.get("role")
                and rank_band(p.get("role")) == band
                and band != "other"
            }.values(),
            key=lambda p: p.id,
        )
        if not others:  # no false variant: a statement that is always true gives itself away
            continue
        rng = random.Random(f"{seed}:{fact.id}:truefalse")
        if rng.random() < 0.5:
            yield _tf(corpus, fact, truth, True, truth, "people")
            continue
        other = fact_context(rng.choice(others), corpus)
        false = corpus.phrase(
            "post_statement", **{**other, "name": fact.get("name"), "anchor": context["anchor"]}
        )
        yield _tf(corpus, fact, false, False, truth, "people")
    for fact in facts:
        if fact.kind != "event":
            continue
        context = fact_context(fact, corpus)
        if not (
            context["date_answer"] and 3 <= len(context["statement"].split()) <= MAX_STATEMENT_WORDS
        ):
            continue
        # the date first: at the end it could read as a phrase's ("the dictatorship governing
        # Calder in 1975")
        statement = context["statement_after_date"]
        date = fact.get("date")
        truth = f"{_on(date).title()} {context['date_answer']}, {statement}."
        # what recurs ("held meetings with X") may have happened in the other year as well:
        # its false variant would be false only by the article's silence, and a statement
        # that is never made false gives itself away
        if corpus.language.recurs(statement):
            continue
        rng = random.Random(f"{seed}:{fact.id}:truefalse")
        if rng.random() < 0.5:
            yield _tf(corpus, fact, truth, True, truth, "events")
        else:
            wrong = _shift(date, rng)
            yield _tf(
                corpus,
                fact,
                f"{_on(wrong).title()} {human(wrong)}, {statement}.",
                False,
                truth,
                "events",
            )


def _tf(
    corpus: Corpus, fact: Fact, statement: str, value: bool, explanation: str, topic: str
) -> Draft:
    return Draft(
        f"{fact.id}:truefalse",
        "truefalse",
        corpus.phrase("true_or_false", statement=f"{statement[0].upper()}{statement[1:]}"),
        "True" if value else "False",
        (fact,),
        options=("True", "False"),
        explanation=explanation,
        weight=0.7,
        topic=topic,
    )


def _names_islands(fact: Fact, islands: Sequence[Island], corpus: Corpus) -> bool:
    """Whether the quote a question about the fact would cite names at least three of the
    islands, by either side's name (a sentence naming only the group does not say which)."""
    source = best_source(fact, corpus)
    quote = source.quote if source else ""
    named = [i for i in islands if any(n in quote for n in i.spellings)]
    return len(named) >= 3


def _groups(mentions: Sequence[Fact]) -> dict[str, str]:
    groups: dict[str, str] = {}
    for fact in mentions:
        if fact.get("group") and fact.get("used_by"):
            groups.setdefault(fact.get("used_by"), fact.get("group"))
    return groups


def _the(name: str) -> str:
    return name if name.lower().startswith("the ") else f"the {name}"


def _on(date: str) -> str:
    return "on" if precision_of(date) == "day" else "in"


def _shift(date: str, rng: random.Random) -> str:
    """``date`` moved by one or two years; both ends of a span ("2021-02-17/2021-02-19")."""
    years = rng.choice([-2, -1, 1, 2])
    return "/".join(_shifted(part, years) for part in date.split("/"))


def _shifted(date: str, years: int) -> str:
    if date[4:] == "-02-29":
        years = 4 if years > 0 else -4  # a leap day moves to another leap year
    return f"{int(date[:4]) + years:04d}{date[4:]}"


def _digest(parts: Sequence[str]) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:10]
