"""One scan per document instead of one per sentence: the sentences joined into one text.

``joined(ctx)`` is the document's sentences joined by a line break, with each sentence's
offset in it (computed once per document; ``joined_folded`` likewise for ``ctx.folded``). A
pattern searched over the joined text finds, inside each sentence, what it finds in the
sentence alone when (1) no match runs across a separator and (2) the pattern sees a line
break next to a sentence as it sees the sentence's edge: true of ``\\b`` and of
``(?<![\\w-])``, as a line break is no word character; not true of ``\\s``, ``^``/``$`` or
``\\A``/``\\Z``. A word without a line break occurs in the joined text exactly where it
occurs in a sentence, so ``sentences_holding`` tells which sentences hold it.

``lexicon_words`` keeps word lists derived from the domain with the Lexicon's patterns, so
that a rule derives them once per run, not once per document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate

from quizgen.extract.base import DocContext, Lexicon
from quizgen.patterns import NEVER

SEPARATOR = "\n"


def joined(ctx: DocContext) -> tuple[str, list[int]]:
    """The sentences joined by ``SEPARATOR`` and the offset of each sentence in that text."""
    found = ctx.memo.get(("extract.joined", "sentences"))
    if found is None:
        texts = [s.text for s in ctx.doc.sentences]
        starts = list(accumulate(map((1).__add__, map(len, texts)), initial=0))
        found = ctx.memo[("extract.joined", "sentences")] = (SEPARATOR.join(texts), starts)
    return found


def sentence_at(starts: list[int], offset: int) -> int:
    """The index of the sentence that holds ``offset`` of the joined text (a separator
    belongs to the sentence before it)."""
    return bisect_right(starts, offset) - 1


def joined_folded(ctx: DocContext) -> tuple[str, list[int]]:
    """``joined`` for the case-folded sentences (``ctx.folded``), with their own offsets."""
    found = ctx.memo.get(("extract.joined", "folded"))
    if found is None:
        texts = ctx.folded
        starts = list(accumulate(map((1).__add__, map(len, texts)), initial=0))
        found = ctx.memo[("extract.joined", "folded")] = (SEPARATOR.join(texts), starts)
    return found


def sentences_holding(text: str, starts: list[int], words: Iterable[str]) -> list[int]:
    """Indices, in order, of the sentences of the joined ``text`` (offsets ``starts``) that
    hold one of ``words`` (from ``lexicon_words``: none holds a line break)."""
    found = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(bisect_right(starts, at) - 1)
            at = text.find(word, at + 1)
    return sorted(found)


def find_all(text: str, words: Iterable[str]) -> Iterator[int]:
    """Every offset where one of ``words`` starts in ``text`` (str.find: one fast pass per word,
    much faster than a regex alternation of words with many first letters)."""
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + 1)


_WORD_SEPARATOR = "\x00"


def lexicon_words(lex: Lexicon, name: str, build: Callable[[], Iterable[str]]) -> list[str] | None:
    """The words ``build()`` gives, computed once per Lexicon and kept with its patterns (as
    a pattern whose text is the words joined by NUL); None when there are none or they
    cannot be kept so, or when one holds a line break (the rules then read sentence by
    sentence)."""

    def source() -> str:
        words = [w for w in build() if w]
        text = _WORD_SEPARATOR.join(words)
        if not words or any(_WORD_SEPARATOR in w or SEPARATOR in w for w in words):
            return NEVER
        try:
            re.compile(text)
        except re.error:
            return NEVER
        return text

    pattern = lex.pattern(name, source)
    return None if pattern.pattern == NEVER else pattern.pattern.split(_WORD_SEPARATOR)
