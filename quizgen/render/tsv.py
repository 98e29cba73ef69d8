"""Tab-separated export that Anki ("Import File") and Quizlet ("Import") both read: front, back."""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.questions.records import Question

FORMULA_STARTS = ("=", "+", "-", "@")


def _cell(text: str) -> str:
    """One line; a leading formula character gets an apostrophe (spreadsheets then show the
    text rather than compute it); a cell with a double quote is quoted, quotes doubled, the
    way Anki's text import and spreadsheets read it."""
    text = " ".join(text.replace("\t", " ").split())
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    if '"' in text:
        text = '"' + text.replace('"', '""') + '"'
    return text


def front(q: Question) -> str:
    """The question as one line, with lettered options or items to order."""
    if q.type == "choice":
        letters = "ABCD"
        return q.prompt + " " + " ".join(f"({letters[i]}) {o}" for i, o in enumerate(q.options))
    if q.type == "matching":
        return q.prompt + " " + "; ".join(left for left, _ in q.pairs)
    if q.type == "timeline":
        return q.prompt + " " + "; ".join(sorted(q.items))
    return q.prompt


def back(q: Question) -> str:
    """The answer with its accepted variants."""
    answer = q.answer
    if q.accepted:
        answer += f" (also: {'; '.join(q.accepted)})"
    return answer


def to_tsv(questions: Sequence[Question]) -> str:
    """One line per question: front TAB back."""
    return "".join(f"{_cell(front(q))}\t{_cell(back(q))}\n" for q in questions)
