"""Whole-document scans: a document's sentences joined into one string, hits mapped back.

A rule that looks for something most sentences lack pays a call or two per sentence to find
that out. Joined with ``SEP`` (a character no needle holds, so no hit spans two sentences),
the sentences are searched in one call per document, and only the sentences with hits are
visited; ``starts`` turns a position in the joined string into (sentence, offset) by bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

from quizgen.extract.base import DocContext

SEP = "\x00"


@dataclass(frozen=True)
class Joined:
    """``SEP`` + the sentences joined by ``SEP``; sentence ``i`` starts at ``starts[i]``."""

    text: str
    starts: list[int]

    def locate(self, position: int) -> tuple[int, int]:
        """The sentence index holding ``position`` and the offset in that sentence."""
        index = bisect_right(self.starts, position) - 1
        return index, position - self.starts[index]


def joined(ctx: DocContext) -> Joined:
    """The document's sentences joined (built once per document, shared by the rules)."""
    found = ctx.memo.get(("scan", "joined"))
    if found is None:
        texts = [s.text for s in ctx.doc.sentences]
        # sentence i starts after i + 1 separators and the i sentences before it
        starts = list(accumulate(map((1).__add__, map(len, texts)), initial=1))
        starts.pop()
        found = ctx.memo[("scan", "joined")] = Joined(SEP + SEP.join(texts), starts)
    return found


def sentences_with(text: Joined, needles: Iterable[str]) -> set[int]:
    """Indexes of the sentences that hold at least one of ``needles`` (which must not hold
    ``SEP``): the sentences for which ``any(n in sentence for n in needles)``."""
    found = set()
    for needle in needles:
        at = text.text.find(needle)
        while at >= 0:
            index = bisect_right(text.starts, at) - 1
            found.add(index)
            # the next sentence: a later hit in this one adds nothing
            nxt = text.starts[index + 1] if index + 1 < len(text.starts) else len(text.text)
            at = text.text.find(needle, nxt)
    return found
