"""Score questions and pick the best N, spread across types and articles."""

from __future__ import annotations

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


def score(q: Question, weight: float, support: int, specificity: float) -> float:
    """Higher is better: template weight, supporting sources, answer specificity, short prompts."""
    words = len(q.prompt.split())
    length = 1.0 if words <= 25 else max(0.4, 1.0 - (words - 25) / 50)
    return round(weight * (1 + 0.15 * min(support - 1, 3)) * specificity * length, 4)


def select(questions: Sequence[Question], limit: int | None) -> list[Question]:
    """The ``limit`` best questions, taking turns across types and favouring unused articles."""
    ordered = sorted(questions, key=lambda q: (-q.score, q.id))
    if limit is None or limit >= len(ordered):
        return _ordered(ordered)
    by_type: dict[str, list[Question]] = defaultdict(list)
    for q in ordered:
        by_type[q.type].append(q)
    turn = sorted(by_type, key=lambda t: (-by_type[t][0].score, t))
    used_docs: Counter[str] = Counter()
    chosen: list[Question] = []
    while len(chosen) < limit and any(by_type.values()):
        for kind in turn:
            bucket = by_type[kind]
            if not bucket or len(chosen) == limit:
                continue
            best = max(
                bucket, key=lambda q: (q.score - 0.1 * _doc_use(q, used_docs), -bucket.index(q))
            )
            bucket.remove(best)
            chosen.append(best)
            used_docs.update({s.doc for s in best.sources})
    return _ordered(chosen)


def _doc_use(q: Question, used: Counter[str]) -> int:
    return min((used[s.doc] for s in q.sources), default=0)


def _ordered(questions: Sequence[Question]) -> list[Question]:
    position = {t: i for i, t in enumerate(QUESTION_TYPES)}
    return sorted(questions, key=lambda q: (position.get(q.type, 99), -q.score, q.id))
