"""Score questions and pick the best N, spread across types and articles."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from quizgen.questions.records import QUESTION_TYPES, Question

DIFFICULTY = {
    "choice": 0.3,
    "truefalse": 0.2,
    "cloze": 0.4,
    "who": 0.5,
    "role": 0.5,
    "when": 0.6,
    "matching": 0.5,
    "list": 0.7,
    "timeline": 0.8,
}


def score(q: Question, weight: float, support: int) -> float:
    """Higher is better: weight (template and answer specificity), supporting sources, short prompts."""
    words = len(q.prompt.split())
    length = 1.0 if words <= 25 else max(0.4, 1.0 - (words - 25) / 50)
    return round(weight * (1 + 0.15 * min(support - 1, 3)) * length, 4)


def select(questions: Sequence[Question], limit: int | None) -> list[Question]:
    """The ``limit`` best questions, taking turns across types and favouring unused articles,
    with at most one question about each fact.

    A question that another chosen one gives away is taken only when nothing else is left:
    on one paper, "True or false? Sugiyama was Vice Foreign Minister" answers "Who was Vice
    Foreign Minister?", and a matching table of island names answers "Name the islands".
    """
    ordered = sorted(questions, key=lambda q: (-q.score, q.id))
    if limit is None:  # the whole bank, not a paper
        return _ordered(ordered)
    by_type: dict[str, list[Question]] = defaultdict(list)
    for q in ordered:
        by_type[q.type].append(q)
    turn = sorted(by_type, key=lambda t: (-by_type[t][0].score, t))
    used_docs: Counter[str] = Counter()
    chosen: list[Question] = []
    for strict in (True, False):
        while len(chosen) < limit:
            taken = 0
            for kind in turn:
                if len(chosen) == limit:
                    break
                best = _best(by_type[kind], chosen, used_docs, strict)
                if best is None:
                    continue
                by_type[kind].remove(best)
                chosen.append(best)
                used_docs.update({s.doc for s in best.sources})
                taken += 1
            if not taken:
                break
    return _ordered(chosen)


def _best(
    candidates: Sequence[Question], chosen: Sequence[Question], used: Counter[str], strict: bool
) -> Question | None:
    """The candidate with the highest score less 0.1 per earlier question from its article
    (the first on a tie), that a chosen question neither gives away (when ``strict``) nor asks
    about the same fact. Candidates come best score first, so the scan stops as soon as no
    later one can win: it reads a few candidates, not all of them, each time."""
    best, best_value = None, 0.0
    for q in candidates:
        if best is not None and q.score <= best_value:
            break
        if (strict and _given_away(q, chosen)) or _same_fact(q, chosen):
            continue
        value = q.score - 0.1 * _doc_use(q, used)
        if best is None or value > best_value:
            best, best_value = q, value
    return best


def _same_fact(q: Question, chosen: Sequence[Question]) -> bool:
    """True when a chosen question already asks about one of ``q``'s facts (one per paper).

    Timelines, which order several facts, do not count against the facts they order."""
    if q.type == "timeline" or len(q.fact_ids) != 1:
        return False
    return any(q.fact_ids == other.fact_ids for other in chosen if other.type != "timeline")


def _given_away(q: Question, chosen: Sequence[Question]) -> bool:
    """True when ``q`` and a chosen question show each other's answer.

    A post ("Foreign Minister") turns up in many prompts, so for role questions only a
    shared fact counts; a name, date, number, island or list item always does.
    """
    for other in chosen:
        related = bool(set(q.fact_ids) & set(other.fact_ids))
        if (related or q.type != "role") and _shows(q, other):
            return True
        if (related or other.type != "role") and _shows(other, q):
            return True
    return False


def _shows(asked: Question, other: Question) -> bool:
    """Whether ``other``'s printed text contains an answer of ``asked``."""
    answers = {asked.answer, *asked.items, *(x for pair in asked.pairs for x in pair)}
    answers -= {"True", "False", ""}
    visible = " ".join(
        (other.prompt, *other.options, *other.items, *(x for p in other.pairs for x in p))
    )
    return any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", visible) for a in answers)


def _doc_use(q: Question, used: Counter[str]) -> int:
    return min((used[s.doc] for s in q.sources), default=0)


def _ordered(questions: Sequence[Question]) -> list[Question]:
    position = {t: i for i, t in enumerate(QUESTION_TYPES)}
    return sorted(questions, key=lambda q: (position.get(q.type, 99), -q.score, q.id))
