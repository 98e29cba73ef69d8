"""Keep what a student already has: questions whose facts did not change keep their options.

Distractors and falsified statements are drawn from the whole corpus, so a new article
could reshuffle the options of an old question and make Anki update a note nobody
changed. Given the previous build's question bank, a question keeps its previous options
(multiple choice) or statement (true/false) while the fact it asks about is unchanged.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from quizgen.questions.records import Question


def stabilize(questions: Sequence[Question], previous: Sequence[Question]) -> list[Question]:
    """``questions`` with the previous options or statement where the asked fact is unchanged."""
    before = {q.id: q for q in previous}
    return [_keep(q, before.get(q.id)) for q in questions]


def _keep(question: Question, old: Question | None) -> Question:
    if old is None or old.type != question.type or old.fact_ids != question.fact_ids:
        return question
    same_ask = (old.prompt, old.answer) == (question.prompt, question.answer)
    if question.type == "choice" and same_ask and question.answer in old.options:
        return dataclasses.replace(question, options=old.options)
    if question.type == "truefalse" and old.explanation == question.explanation:
        # the explanation is the true statement: while it stands, so does the old claim
        return dataclasses.replace(question, prompt=old.prompt, answer=old.answer)
    return question
