"""A document's sentences joined in one text (``Joined``, ``DocContext.joined``), and word
finding in it: one scan per document instead of one per sentence.

A rule that looks for words most sentences lack would pay a call or two per sentence to learn
that; in the joined text it pays one ``str.find`` per word per document and visits only the
sentences with hits. A word without the separator occurs in the joined text exactly where it
occurs in a sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

from quizgen.patterns import SEPARATOR

if TYPE_CHECKING:
    from quizgen.extract.lexicon import Lexicon


class Joined(NamedTuple):
    """A document's sentences in one text, each after a ``SEPARATOR``, so that a pattern or a
    word that cannot match the separator is searched once per document and finds exactly what
    it finds in each sentence alone (``\\b`` sees the separator as the edge of a text).

    Sentence ``i`` starts at ``starts[i]``; one more entry, ``len(text) + 1``, closes the last.
    """

    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, texts: Sequence[str]) -> Joined:
        starts = tuple(accumulate([len(t) + 1 for t in texts], initial=1))
        return cls("".join(SEPARATOR + t for t in texts), starts)

    def sentence_at(self, position: int) -> int:
        """The index of the sentence holding ``position`` (or the separator before it)."""
        return bisect_right(self.starts, position) - 1

    def locate(self, position: int) -> tuple[int, int]:
        """The sentence holding ``position`` and the offset of ``position`` in it."""
        index = self.sentence_at(position)
        return index, position - self.starts[index]


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
