"""Questions that draw on several facts or on the domain: islands, timelines, true/false."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from quizgen.dates import human, precision_of
from quizgen.domain import Island
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
    """Kunashiri / Kunashir, Habomai / Khabomai: asking one for the other gives it away."""
    return SequenceMatcher(None, one.lower(), other.lower()).ratio() >= SPELLING_GIVEAWAY


def _noun(island: Island) -> str:
    """ "islet group" for Habomai and the like, else "island"."""
    return "islet group" if any("islet" in a for a in island.aliases) else "island"


def island_questions(facts: Sequence[Fact], corpus: Corpus, seed: int) -> Iterator[Draft]:
    """Matching, Russian-name choices, the four-island list and the group names."""
    mentions = [f for f in facts if f.kind == "islands"]
    named = {m for f in mentions for m in f.get("members") or []}
    known = [i for i in list(corpus.domain.islands) if i.id in named]
    if len(known) < 2:
        return
    differing = [i for i in known if not _spelled_alike(i.japanese, i.russian)]
    if len(differing) >= 3:
        yield Draft(
            "islands:matching",
            "matching",
            "Match each disputed island's Japanese name to its Russian name.",
            "; ".join(f"{i.japanese} = {i.russian}" for i in differing),
            tuple(mentions),
            pairs=tuple((i.japanese, i.russian) for i in differing),
            explanation="Japan and Russia use different names for the islands they dispute.",
            weight=1.1,
        )
    # Only names that differ between the sides are options: "Kunashir" or "Khabomai" beside
    # "Iturup" names the other islands and leaves the answer by elimination.
    russian_names = [i.russian for i in differing]
    for island in differing if len(differing) >= 4 else ():
        rng = random.Random(f"{seed}:islands:russian-name:{island.id}")
        options = pick_options(island.russian, russian_names, corpus.domain.variants, rng)
        yield Draft(
            f"islands:russian-name:{island.id}",
            "choice",
            f"What is the Russian name of the {_noun(island)} Japan calls {island.japanese}?",
            island.russian,
            tuple(mentions),
            options=options,
            explanation=f"Japan calls it {island.japanese}; Russia calls it {island.russian}.",
        )
        yield Draft(
            f"islands:japanese-name:{island.id}",
            "who",
            f"What is the Japanese name of the {_noun(island)} Russia calls {island.russian}?",
            island.japanese,
            tuple(mentions),
            explanation=f"Russia calls it {island.russian}; Japan calls it {island.japanese}.",
        )
    all_islands = list(corpus.domain.islands)
    groups = _groups(mentions)
    # The source must say both: the group's name and its members.
    japanese = groups.get("Japan")
    naming = tuple(f for f in mentions if japanese and f.get("group") == japanese)
    naming = tuple(f for f in naming if _names_islands(f, all_islands, corpus))
    if len(named) >= 3 and len(all_islands) == 4 and naming:
        yield Draft(
            "islands:list",
            "list",
            f"Which four islands does Japan call {_the(groups['Japan'])}?",
            ", ".join(i.japanese for i in all_islands),
            naming,
            items=tuple(i.japanese for i in all_islands),
            explanation="Russian names: " + ", ".join(i.russian for i in all_islands) + ".",
            weight=1.2,
        )
    if len(named) >= 3 and "Japan" in groups and "Russia" in groups:
        yield Draft(
            "islands:group-name",
            "who",
            f"What does Russia call the islands Japan calls {_the(groups['Japan'])}?",
            _the(groups["Russia"]),
            tuple(mentions),
            explanation=f"Japan: {_the(groups['Japan'])}; Russia: {_the(groups['Russia'])}.",
            weight=1.1,
        )
        yield Draft(
            "islands:group-name-japan",
            "who",
            f"What does Japan call the islands Russia calls {_the(groups['Russia'])}?",
            _the(groups["Japan"]),
            tuple(mentions),
            explanation=f"Japan: {_the(groups['Japan'])}; Russia: {_the(groups['Russia'])}.",
        )


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
    chronological = [dated[d] for d in sorted(dated)]
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
            "Put these events in chronological order, earliest first.",
            "; ".join(f"{s} ({human(f.get('date'))})" for s, f in group),
            tuple(f for _, f in group),
            items=tuple(s for s, _ in group),
            weight=0.9,
            topic="events",
        )


def truefalse_questions(facts: Sequence[Fact], corpus: Corpus, seed: int) -> Iterator[Draft]:
    """One true or falsified statement per person and dated event (the seed decides which)."""
    people = [f for f in facts if f.kind == "person" and f.get("role") and f.get("country")]
    for fact in people:
        context = fact_context(fact, corpus)
        if not context["anchor"]:
            continue
        truth = f"{fact.get('name')} was {context['country_possessive']} {context['role']} {context['anchor']}."
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
        rng = random.Random(f"{seed}:{fact.id}:truefalse")
        if rng.random() < 0.5 or not others:
            yield _tf(fact, truth, True, truth, "people")
            continue
        other = fact_context(rng.choice(others), corpus)
        false = f"{fact.get('name')} was {other['country_possessive']} {other['role']} {context['anchor']}."
        yield _tf(fact, false, False, truth, "people")
    for fact in facts:
        if fact.kind != "event":
            continue
        context = fact_context(fact, corpus)
        if not (
            context["date_answer"] and 3 <= len(context["statement"].split()) <= MAX_STATEMENT_WORDS
        ):
            continue
        statement = context["statement"].rstrip(".")
        date = fact.get("date")
        truth = f"{statement} {_on(date)} {context['date_answer']}."
        rng = random.Random(f"{seed}:{fact.id}:truefalse")
        if rng.random() < 0.5:
            yield _tf(fact, truth, True, truth, "events")
        else:
            wrong = _shift(date, rng)
            yield _tf(
                fact,
                f"{statement} {_on(wrong)} {human(wrong)}.",
                False,
                truth,
                "events",
            )


def _tf(fact: Fact, statement: str, value: bool, explanation: str, topic: str) -> Draft:
    return Draft(
        f"{fact.id}:truefalse",
        "truefalse",
        f"True or false? {statement[0].upper()}{statement[1:]}",
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
    named = [i for i in islands if any(n in quote for n in (i.japanese, i.russian, *i.aliases))]
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
    years = rng.choice([-2, -1, 1, 2])
    return (
        f"{int(date[:4]) + years:04d}{date[4:]}"
        if date[4:] != "-02-29"
        else f"{int(date[:4]) + 4:04d}{date[4:]}"
    )


def _digest(parts: Sequence[str]) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:10]
