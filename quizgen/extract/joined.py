"""One scan per document instead of one per sentence: the sentences joined into one text.

``joined(ctx)`` is the document's sentences joined by a line break, with each sentence's
offset in it (computed once per document). A pattern searched over the joined text finds,
inside each sentence, what it finds in the sentence alone when (1) no match runs across a
separator (``within`` tells) and (2) the pattern sees a line break next to a sentence as it
sees the sentence's edge: true of ``\\b`` and of ``(?<![\\w-])``, as a line break is no word
character; not true of ``\\s``, ``^``/``$`` or ``\\A``/``\\Z``. Rules that cannot rely on (1)
or (2) use hits in the joined text only to choose the sentences they read in full.
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
    found = ctx.memo.get(("joined",))
    if found is None:
        texts = [s.text for s in ctx.doc.sentences]
        starts = list(accumulate(map((1).__add__, map(len, texts)), initial=0))
        found = ctx.memo[("joined",)] = (SEPARATOR.join(texts), starts)
    return found


def sentence_at(starts: list[int], offset: int) -> int:
    """The index of the sentence that holds ``offset`` of the joined text (a separator
    belongs to the sentence before it)."""
    return bisect_right(starts, offset) - 1


def sentences_hit(starts: list[int], spans: Iterable[tuple[int, int]]) -> set[int]:
    """Indices of the sentences that the spans of the joined text overlap or touch."""
    hit: set[int] = set()
    for start, end in spans:
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, max(start, end - 1)) - 1
        hit.update(range(first, last + 1))
    return hit


def within(
    starts: list[int], matches: Iterable[re.Match[str]]
) -> Iterator[tuple[int, re.Match[str]]]:
    """(sentence index, match) for matches of the joined text; None as the index of a match
    that runs across a separator (the caller then reads that document sentence by sentence)."""
    for match in matches:
        index = bisect_right(starts, match.start()) - 1
        yield (index if match.end() < starts[index + 1] else None), match


def joined_folded(ctx: DocContext) -> tuple[str, list[int]]:
    """``joined`` for the case-folded sentences (``ctx.folded``), with their own offsets."""
    found = ctx.memo.get(("joined-folded",))
    if found is None:
        texts = ctx.folded
        starts = list(accumulate(map((1).__add__, map(len, texts)), initial=0))
        found = ctx.memo[("joined-folded",)] = (SEPARATOR.join(texts), starts)
    return found


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
    a pattern whose text is the words joined by NUL); None when they cannot be kept so."""

    def source() -> str:
        words = [w for w in build() if w]
        text = _WORD_SEPARATOR.join(words)
        if not words or any(_WORD_SEPARATOR in w for w in words):
            return NEVER
        try:
            re.compile(text)
        except re.error:
            return NEVER
        return text

    pattern = lex.pattern(name, source)
    return None if pattern.pattern == NEVER else pattern.pattern.split(_WORD_SEPARATOR)
