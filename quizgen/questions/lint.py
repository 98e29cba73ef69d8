"""Quality rules every question must pass; failing questions are dropped, with the reason."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

from quizgen.questions.language import Language
from quizgen.questions.records import Question

BLANK = "_____"


def answer_not_in_prompt(q: Question, language: Language) -> str:
    """The answer (or a variant) must not be given away by the prompt."""
    if q.type in ("truefalse", "matching", "timeline"):
        return ""
    prompt = q.prompt.casefold()
    for text in (q.answer, *q.accepted, *(q.items if q.type == "list" else ())):
        if text and re.search(rf"(?<!\w){re.escape(text.casefold())}(?!\w)", prompt):
            return f"answer {text!r} appears in the prompt"
    return ""


def full_sentence(q: Question, language: Language) -> str:
    """A capital first; a question mark last (cloze, true/false and list prompts may end in '.')."""
    if not q.prompt or not (q.prompt[0].isupper() or q.prompt[0] in "“\"'‘"):
        return "prompt does not start with a capital"
    ends = (
        ("?",)
        if q.type not in ("cloze", "truefalse", "list", "matching", "timeline")
        else ("?", ".", ".”", "?”", '."')
    )
    if not q.prompt.rstrip().endswith(ends):
        return "prompt does not end as a question"
    if q.type == "cloze" and (q.prompt.count(BLANK) != 1 or "{{c1::" not in q.cloze):
        return "cloze needs exactly one blank and a {{c1::...}} deletion"
    return ""


def no_relative_time(q: Question, language: Language) -> str:
    """No 'Thursday' or 'later this week' without its anchor."""
    words = language.relative_words_in(q.prompt)
    return f"relies on relative time word(s) {', '.join(words)}" if words else ""


def answerable(q: Question, language: Language) -> str:
    """The answer can be checked against the cited quote(s) or the facts it names."""
    if not q.sources or not q.fact_ids:
        return "no source to check the answer against"
    if not q.answer.strip():
        return "empty answer"
    if q.type == "choice" and (len(q.options) != 4 or q.answer not in q.options):
        return "multiple choice needs four options including the answer"
    if q.type == "choice" and len({o.casefold() for o in q.options}) != 4:
        return "duplicate options"
    return ""


RULES: tuple[Callable[[Question, Language], str], ...] = (
    answer_not_in_prompt,
    full_sentence,
    no_relative_time,
    answerable,
)


def problems(q: Question, language: Language) -> list[str]:
    """Every rule's complaint about ``q`` (empty when it passes)."""
    return [message for rule in RULES if (message := rule(q, language))]


def dedupe(questions: Sequence[Question]) -> list[Question]:
    """Keep one of the questions that ask the same thing.

    Two questions ask the same thing when they have the same prompt; the same facts and
    answer or aspect; the same answer from the same sentence; or the same clause behind
    different question words ("When did X ...?" and "In which year did X ...?"). The best
    score wins; equal scores are settled by a hash of the id, so the surviving type varies
    from fact to fact (a "when" here, a multiple choice there) yet never from run to run.
    """
    kept: list[Question] = []
    seen: set[str] = set()
    for q in sorted(questions, key=lambda q: (-q.score, hashlib.sha1(q.id.encode()).hexdigest())):
        keys = {_norm(q.prompt) + "|" + "|".join(sorted(q.items))}
        if q.type not in ("truefalse", "timeline", "matching"):
            facts = "|".join(sorted(q.fact_ids))
            answer = " ".join(_NUMBERS.get(w, w) for w in _norm(q.answer).split())
            keys.update({f"{facts}|{answer}", f"{facts}|asks:{q.asks or q.id}"})
            keys.add(f"core:{_core(q.prompt)}|{answer}")
            if q.type == "cloze" or q.asks in SENTENCE_ASPECTS:
                keys.update(f"quote:{_norm(s.quote)}|{answer}" for s in q.sources[:1])
        if keys & seen:
            continue
        seen |= keys
        kept.append(q)
    return kept


# Aspects read off one sentence: a cloze and a question with the same answer from the
# same sentence ask the same thing.
SENTENCE_ASPECTS = frozenset({"date", "place", "value"})
_NUMBERS = {
    w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten".split())
}
_QUESTION_WORDS = re.compile(
    r"^(?:when|where|who|what|which|how many|in which year|in what year|in which month)"
    r"(?: of these people)?\s+(?:did|was|were|is|are|does|do|has|have)?\s*"
)


def _core(prompt: str) -> str:
    """The clause a question asks about, without its question words."""
    return _QUESTION_WORDS.sub("", _norm(prompt))


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())
