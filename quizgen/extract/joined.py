"""Word finding in a document's joined sentences (``DocContext.joined``): one scan per document.

A rule that looks for words most sentences lack would pay a call or two per sentence to learn
that; in the joined text it pays one ``str.find`` per word per document and visits only the
sentences with hits. A word without the separator occurs in the joined text exactly where it
occurs in a sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from quizgen.extract.base import Joined, Lexicon
from quizgen.patterns import SEPARATOR


def sentences_holding(doc: Joined, words: Iterable[str]) -> list[int]:
    """Indices, in order, of the sentences that hold one of ``words`` (none may hold the
    separator): the sentences for which ``any(w in sentence for w in words)``."""
    text, starts = doc.text, doc.starts
    found = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            index = doc.sentence_at(at)
            found.add(index)
            at = text.find(word, starts[index + 1])  # a later hit in this sentence adds nothing
    return sorted(found)


def find_all(text: str, words: Iterable[str]) -> Iterator[int]:
    """Every offset where one of ``words`` starts in ``text`` (str.find: one fast pass per word,
    much faster than a regex alternation of words with many first letters)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + 1)


def lexicon_words(lex: Lexicon, name: str, build: Callable[[], Iterable[str]]) -> list[str] | None:
    """The words ``build()`` gives, derived once per Lexicon; None when there are none or one
    holds the separator (the rules then read sentence by sentence)."""

    def words() -> list[str] | None:
        found = [w for w in build() if w]
        return found if found and not any(SEPARATOR in w for w in found) else None

    return lex.cached(name, words)
