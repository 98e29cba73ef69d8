"""Questions: facts -> ``Question`` records through templates, then lint, dedupe and rank."""

from __future__ import annotations

import dataclasses
import random
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import Any

from quizgen.dates import precision_of
from quizgen.domain import Domain
from quizgen.facts import Fact, FactSet
from quizgen.questions import builders, checks, lint, rank
from quizgen.questions.builders import Draft
from quizgen.questions.context import BLANK, Corpus, best_source, fact_context
from quizgen.questions.distractors import STRATEGIES, pick_options
from quizgen.questions.language import Language
from quizgen.questions.records import QUESTION_TYPES, Citation, Question
from quizgen.questions.rules import Rules, Template, load_rules

__all__ = ["QUESTION_TYPES", "Question", "generate_questions", "load_rules"]

TOPICS = {
    "person": "people",
    "event": "dates",
    "islands": "islands",
    "declaration": "declaration",
    "number": "numbers",
    "list": "lists",
    "place": "places",
}
MAX_CITATIONS = 1  # the quote that states the fact; timelines cite one per event
BUILDERS = (builders.island_questions, builders.timeline_questions, builders.truefalse_questions)


def generate_questions(
    factset: FactSet,
    domain: Domain,
    rules: Rules | None = None,
    types: Iterable[str] | None = None,
    limit: int | None = None,
    seed: int = 0,
    rejected: Callable[[Question, list[str]], None] | None = None,
) -> list[Question]:
    """Every question the templates and builders make from the usable facts, best first.

    A question is kept only when every lint rule and check passes; ``rejected`` receives
    each one held back, with the reasons (the review list).
    """
    rules = rules or load_rules()
    facts = _with_known_countries(sorted(factset.usable(), key=lambda f: f.id))
    corpus = Corpus(
        documents={d["id"]: d for d in factset.documents},
        facts=facts,
        language=rules.language,
        domain=domain,
        rules=rules,
    )
    wanted = set(types) if types else set(QUESTION_TYPES)
    questions, held = _checked(_template_drafts(facts, corpus, rules, seed), corpus, rules)
    # timelines only take events none of whose questions was held back (a partner or actor
    # question held for its crowded occasion, or a cloze for its sentence, says nothing
    # against the event itself)
    doubtful = {
        fact_id
        for q, _ in held
        if q.asks not in ("partner", "actor")
        and q.type != "cloze"  # a held form, not a doubtful event
        for fact_id in q.fact_ids
    }
    sound = [f for f in facts if not (f.kind == "event" and f.id in doubtful)]
    for build in BUILDERS:
        passed, failed = _checked(build(sound, corpus, seed), corpus, rules)
        questions += passed
        held += failed
    for question, reasons in held:
        if rejected and question.type in wanted:
            rejected(question, reasons)
    kept = _at_most_per_fact(
        lint.dedupe([q for q in questions if q.type in wanted]),
        {f.id: _told_key(f, rules.language) for f in facts},
    )
    return rank.select(kept, limit)


MAX_PER_FACT = 2  # the same fact asked four ways is one question to a student
MAX_PER_SENTENCE = 3  # nor is one sentence's incident asked by its day, place, count and more
INCIDENT_TOPICS = ("dates", "events", "numbers", "places")  # islands, documents: each its own


def _at_most_per_fact(questions: Sequence[Question], told: dict[str, Hashable]) -> list[Question]:
    """The best ``MAX_PER_FACT`` questions about each person or event fact (by score, then id),
    an event two articles tell in their own words counting once (``told``: fact id -> key).

    Island and declaration questions each ask a different thing of one fact, and stay."""
    asked: Counter[Hashable] = Counter()
    kept = []
    for q in sorted(questions, key=lambda q: (-q.score, q.id)):
        key = told.get(q.fact_ids[0], q.fact_ids[0]) if len(q.fact_ids) == 1 else None
        if key is not None and q.topic in ("people", "dates"):
            if asked[key] >= MAX_PER_FACT:
                continue
            asked[key] += 1
        told_in = (q.sources[0].doc, q.sources[0].quote) if len(q.sources) == 1 else None
        if told_in and q.topic in INCIDENT_TOPICS:  # one sentence's incident, not four ways
            if asked[told_in] >= MAX_PER_SENTENCE:
                continue
            asked[told_in] += 1
        if key is not None and q.topic in ("people", "dates", "events"):
            # one question of what it asks per person or event, or per event told twice
            asks = (key, "truefalse" if q.type == "truefalse" else q.asks)
            if asked[asks]:
                continue
            asked[asks] += 1
        kept.append(q)
    return kept


def _told_key(fact: Fact, language: Language) -> Hashable:
    """What makes two event facts one event told twice: the same day, subject and verb, and
    the same names after the verb ("ruled that Calder had sovereignty over Lena",
    "ruled that Lena belongs to Calder"). Any other fact is its own."""
    date, verb = fact.get("date") or "", (fact.get("verb") or "").split()
    if fact.kind != "event" or precision_of(date) != "day" or not verb:
        return fact.id
    names = frozenset(re.findall(r"\b[A-Z][\w’'-]+", fact.get("rest") or ""))
    subject = (fact.get("subject") or "").lower()
    return (date, subject, language.base_verb(verb[-1]), names)


def _checked(
    drafts: Iterable[Draft], corpus: Corpus, rules: Rules
) -> tuple[list[Question], list[tuple[Question, list[str]]]]:
    """The finished questions that pass every lint rule and check, and those held back."""
    passed, held = [], []
    for draft in drafts:
        question = _finish(draft, corpus, rules)
        problems = lint.problems(question, rules.language) + checks.problems(
            question, draft.facts, corpus
        )
        if problems:
            held.append((question, problems))
        else:
            passed.append(question)
    return passed, held


def _with_known_countries(facts: list[Fact]) -> list[Fact]:
    """A person whose post an article gives without a country takes the one another article
    gives the same name, when all articles that give one agree ("Prime Minister Mara
    Voss" in a Calderan text; "Calder's Prime Minister Mara Voss" elsewhere)."""
    countries: dict[str, set[str]] = {}
    for fact in facts:
        if fact.kind == "person" and fact.get("name") and fact.get("country"):
            countries.setdefault(fact.get("name"), set()).add(fact.get("country"))
    known = {name: found.pop() for name, found in countries.items() if len(found) == 1}
    return [
        dataclasses.replace(fact, fields={**fact.fields, "country": known[fact.get("name")]})
        if fact.kind == "person" and not fact.get("country") and fact.get("name") in known
        else fact
        for fact in facts
    ]


def _template_drafts(
    facts: Sequence[Fact], corpus: Corpus, rules: Rules, seed: int
) -> Iterator[Draft]:
    for fact in facts:
        templates = [t for t in rules.templates if t.kind == fact.kind]
        if not templates:
            continue
        context = fact_context(fact, corpus)
        for template in templates:
            if not all(context.get(name) for name in template.requires):
                continue
            draft = _apply(template, fact, context, facts, rules, corpus, seed)
            if draft:
                yield draft


def _apply(
    template: Template,
    fact: Fact,
    context: dict[str, Any],
    facts: Sequence[Fact],
    rules: Rules,
    corpus: Corpus,
    seed: int,
) -> Draft | None:
    qid = f"{fact.id}:{template.id}"
    answer = rules.render(template.answer, context)
    prompt = rules.render(template.prompt, context)
    options: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    if template.type == "choice":
        rng = random.Random(f"{seed}:{qid}")
        strategy = STRATEGIES.get(template.distractors)
        if not strategy:
            return None
        candidates = strategy(answer, fact, facts, rng, corpus.domain, corpus.article_years())
        options = pick_options(answer, candidates, corpus.domain.variants, rng)
        if not options:
            return None
    if template.type == "cloze":
        value = str(context.get(template.blank) or "")
        if not value or value not in prompt:
            return None
        prompt = prompt.replace(value, BLANK, 1)
    if template.type == "list":
        items = tuple(context.get(template.items or "members") or ())
        if not items:
            return None  # a list question with nothing to list makes a blank card
    return Draft(
        qid,
        template.type,
        prompt,
        answer,
        (fact,),
        options=options,
        items=items,
        explanation=rules.render(template.explanation, context),
        weight=template.weight * _specificity(fact),
        topic=TOPICS.get(fact.kind, fact.kind),
        asks=template.asks or template.id,
    )


def _finish(draft: Draft, corpus: Corpus, rules: Rules) -> Question:
    sources: list[Citation] = []
    for source in (best_source(fact, corpus) for fact in draft.facts):
        citation = Citation(source.doc, corpus.title(source.doc), source.quote) if source else None
        if citation and citation not in sources:
            sources.append(citation)
    cited = len(draft.facts) if draft.type == "timeline" else MAX_CITATIONS
    fair = [v for v in corpus.domain.variants(draft.answer) if _fair_variant(v, draft, corpus)]
    accepted = tuple({v.casefold(): v for v in reversed(fair)}.values())[::-1]  # one per spelling
    cloze = (
        draft.prompt.replace(BLANK, "{{c1::" + draft.answer + "}}", 1)
        if draft.type == "cloze"
        else ""
    )
    support = max(len(f.sources) for f in draft.facts)
    docs = sorted({s.doc for f in draft.facts for s in f.sources})
    kinds = sorted({f.kind for f in draft.facts})
    question = Question(
        id=draft.id,
        type=draft.type,
        prompt=draft.prompt,
        answer=draft.answer,
        accepted=accepted,
        options=draft.options,
        items=draft.items,
        pairs=draft.pairs,
        cloze=cloze,
        explanation=draft.explanation,
        sources=tuple(sources[:cited]),
        tags=tuple([f"fact::{k}" for k in kinds] + [f"article::{d}" for d in docs]),
        difficulty=rank.DIFFICULTY.get(draft.type, 0.5),
        fact_ids=tuple(f.id for f in draft.facts),
        topic=draft.topic,
        asks=draft.asks or draft.id,
    )
    return dataclasses.replace(question, score=rank.score(question, draft.weight, support))


def _fair_variant(variant: str, draft: Draft, corpus: Corpus) -> bool:
    """A variant counts unless it repeats a name the prompt gives (Nordholm Island for
    Isla Norte) or names another country than the person's ("Brenan Foreign Minister" is no
    answer for Calder's)."""
    if variant.casefold() == draft.answer.casefold():
        return False
    countries = {f.get("country") for f in draft.facts if f.kind == "person"}
    words = re.findall(r"[\w’'.-]*\w\.?", variant)  # "B.R.", "Brenan", "Wren", "Union"
    runs = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, i + 4)]
    for run in runs:
        named = corpus.domain.country_for(run)
        if named is not None and countries and named.name not in countries:
            return False
    prompt_names = set(re.findall(r"(?<=\s)[A-Z]\w+", draft.prompt)) - set(draft.answer.split())
    return not prompt_names & set(variant.split())


def _specificity(fact: Fact) -> float:
    if fact.kind != "event":
        return 1.0
    return {"day": 1.0, "month": 0.9, "year": 0.8}.get(precision_of(fact.get("date") or ""), 0.6)
