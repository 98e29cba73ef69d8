"""The people rule's patterns run only where a post is written, with the results of full scans.

``lex.person`` tried at every word of a document was the people rule's largest cost. Every
match of ``person``, ``role_only`` and ``person_after`` holds a post (a ``lex.role_forms`` word)
that contains one of a few literal pieces, which ``str.find`` locates fast. From each piece the
scan reads the document backwards (a pattern on the reversed text) to the post's start, over its
modifiers ("former", "then-") and owner ("Calder's"), and then tries the pattern only from there.
What makes this exact, for any text, is checked once per domain in ``build_person_scan``; a
domain that fails a check gets no scan and the rule falls back to full scans.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

from quizgen.patterns import SEPARATOR, alternation, literal_pieces

if TYPE_CHECKING:
    from quizgen.extract.base import DocContext
    from quizgen.extract.lexicon import Lexicon

_WORD = re.compile(r"\w")
_GLUED = ("then", "Then", "ex", "Ex")  # MODIFIER's "(?:[Tt]hen|[Ee]x)-"


# what stands before an anchor's post: nothing, an owner before its modifiers, or an owner
# right before it ("Calder's trade minister", what ``role_only`` matches need)
NO_OWNER, OWNER, DIRECT = 0, 1, 2


@dataclass(frozen=True)
class PersonScan:
    """The domain's anchored scan (see the module docstring)."""

    # (piece of a case-folded post, {the text before it in a post, reversed: the lengths of
    # the texts before the piece in a post that end it})
    pieces: tuple[tuple[str, dict[str, tuple[int, ...]]], ...]
    before: re.Pattern[str]  # the longest text before a piece in a post, then ``chain``
    chain: re.Pattern[str]  # modifiers and owner, backwards

    def anchors(
        self, lex: Lexicon, text: str, folded: str, backwards: str
    ) -> list[tuple[int, int, int]]:
        """``(start, low, owner)`` for every position of ``text`` where a post starts (and a
        few more), in order: ``low`` is the earliest start of a match holding that post.
        ``folded`` is ``text.casefold()`` (of the same length), ``backwards`` ``text[::-1]``."""
        role, before, chain = lex.role_hint.match, self.before.match, self.chain.match
        end, found = len(text), {}
        for piece, beginnings in self.pieces:
            at = folded.find(piece)
            while at >= 0:
                # the longest post beginning that ends at the piece (read backwards, then the
                # modifiers and owner before it); the piece's beginnings are its suffixes
                m = before(backwards, end - at)
                assert m is not None  # ``before`` and ``chain`` match the empty string
                pre = m.group(1) or ""
                for length in beginnings.get(pre, ()):
                    start = at - length
                    if start in found:
                        continue
                    if length == len(pre):
                        c: re.Match[str] | None = m  # no post may start here after all: an
                        # anchor too many is only a vain try of the patterns (rare: no check)
                    elif role(text, start):  # a post inside the longer one ("Prime M...")
                        c = chain(backwards, end - start)
                    else:
                        continue
                    assert c is not None
                    mods, owner = c.group("mods", "owner")
                    found[start] = (
                        end - c.end(),
                        NO_OWNER if owner is None else OWNER if mods else DIRECT,
                    )
                at = folded.find(piece, at + 1)
        return [(start, *found[start]) for start in sorted(found)]

    def person_after(self, text: str, anchors: list[tuple[int, int, int]]) -> list[int]:
        """Starts of the anchors a "Name Name, [the] [<owner>] <post> [of <country>]" match
        may hold: the owner, or else the modifiers and post, stand right after ", " or ", the ".
        (The owner that starts at ``low`` is the longest; a shorter one that ends it would
        have the comma inside it, and ``build_person_scan`` checks that no owner holds one.)"""
        return [
            a
            for a, low, _owner in anchors
            if (low >= 2 and text.startswith(", ", low - 2))
            or (low >= 6 and text.startswith(", the ", low - 6))
        ]


def build_person_scan(lex: Lexicon) -> PersonScan | None:
    """The anchored scan for ``lex``, or None when its vocabulary breaks an assumption."""
    roles, owners, modifiers = lex.role_forms, lex.owner_forms, lex.modifier_forms
    words = (*roles, *owners, *modifiers)
    if not roles or any(SEPARATOR in w for w in words):
        return None
    # Posts and owners start with a word character, so the \b before them holds exactly when
    # the character before is not one (what the backward patterns test with (?!\w)).
    if not all(_WORD.match(w) for w in (*roles, *owners)):
        return None
    # Read backwards, one modifier at most fits each step, so the greedy chain of modifiers is
    # the longest one: no modifier ends another.
    if any(a != b and b.endswith(a) for a in modifiers for b in modifiers):
        return None
    # An owner never ends in a modifier (a whole word of it), so an owner can only stand
    # before the first modifier of the greedy chain.
    for owner in owners:
        for word in modifiers:
            if owner == word or (owner.endswith(word) and not _WORD.match(owner[-len(word) - 1])):
                return None
    # No owner holds a comma (see ``person_after``).
    if any("," in w for w in owners):
        return None
    # A text holding a post passes the rule's case-folded pre-check too; the pieces are found
    # in the case-folded text, where a post is at the same place when every character of the
    # text folds to one (the rule checks that per document).
    if not all(lex.role_fold_hint.search(r.casefold()) for r in roles):
        return None
    if any(len(r.casefold()) != len(r) for r in roles):
        return None
    # one modifier read backwards: "former " or "then-" (MODIFIER in base.py)
    step = (
        rf"(?:\s+(?:{alternation(w[::-1] for w in modifiers)})(?!\w)"
        rf"|-(?:{alternation(w[::-1] for w in _GLUED)})(?!\w))"
    )
    owned = alternation(w[::-1] for w in owners)
    chain = rf"(?P<mods>{step}*)(?:\s+(?P<owner>{owned})(?!\w))?"
    folded = {r: r.casefold() for r in roles}
    pieces = {
        p: {r[:i] for r in roles for i in _occurrences(folded[r], p)}
        for p in literal_pieces(folded.values())
    }
    beginnings = {b for starts in pieces.values() for b in starts}  # of posts, before a piece
    return PersonScan(
        pieces=tuple(
            (
                piece,
                {  # a beginning read backwards -> lengths of the piece's beginnings ending it
                    b[::-1]: lengths
                    for b in beginnings
                    if (lengths := tuple(sorted(len(s) for s in starts if b.endswith(s))))
                },
            )
            for piece, starts in pieces.items()
        ),
        before=re.compile(rf"(?P<pre>{alternation(b[::-1] for b in beginnings)})?{chain}"),
        chain=re.compile(chain),
    )


def _occurrences(word: str, piece: str) -> list[int]:
    found, at = [], word.find(piece)
    while at >= 0:
        found.append(at)
        at = word.find(piece, at + 1)
    return found


def follow(
    pattern: re.Pattern[str], text: str, anchors: list[tuple[int, int, int]]
) -> list[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, for a pattern whose every match holds a
    post starting at an anchor: ``(start, low, probe)`` in order of ``start``, where ``low`` is
    no later than any match holding that post starts, and ``probe`` a position where one such
    match starts whenever any does. A match is searched for from ``low`` only: a later post's
    ``low`` may be earlier, so each anchor searches from the least ``low`` at or after it."""
    lows = list(accumulate([low for _, low, _ in reversed(anchors)], min))[::-1]
    found: list[re.Match[str]] = []
    pos, match_at = 0, pattern.match
    for (start, _, probe), low in zip(anchors, lows, strict=True):
        while start >= pos:
            at = max(pos, low)
            match = match_at(text, at)
            if match is None:
                if probe >= at and (probe == at or match_at(text, probe) is None):
                    break  # no match holds this post (or one starts by ``probe``: see below)
                # the first match after ``at``: found by ``probe`` at the latest, unless the
                # last match ended after ``probe`` (a search that may go on, rarely)
                match = pattern.search(text, at + 1)
                if match is None:
                    return found
            found.append(match)
            pos = match.end()
    return found


def read_matches(ctx: DocContext) -> Matches:
    """The people rule's matches in the document: anchored when the vocabulary allows it."""
    scan = ctx.lex.person_scan
    return sentence_matches(ctx) if scan is None else document_matches(ctx, scan)


@dataclass(frozen=True)
class Matches:
    """The rule's pattern matches in a document, in its joined text (``DocContext.joined``)."""

    person: list[re.Match[str]]
    after: list[re.Match[str]]  # ``lex.person_after``
    counterparts: list[int]  # sentences to read counterparts in
    role_only: Callable[[], list[re.Match[str]]]  # read only when needed


def sentence_matches(ctx: DocContext) -> Matches:
    """Each sentence that may name a post scanned whole (what the anchored scan equals)."""
    lex, (text, starts) = ctx.lex, ctx.joined
    person: list[re.Match[str]] = []
    after: list[re.Match[str]] = []
    counterparts, spans = [], []
    for index, sentence in enumerate(ctx.doc.sentences):
        if not lex.role_fold_hint.search(ctx.folded[index]) or not lex.role_hint.search(
            sentence.text
        ):
            continue
        # the sentence in the joined text: the same matches as in the sentence alone
        span = starts[index], starts[index] + len(sentence.text)
        person += lex.person.finditer(text, *span)
        after += lex.after_matches(text, *span)
        spans.append(span)
        if "counterpart" in sentence.text:
            counterparts.append(index)
    return Matches(
        person,
        after,
        counterparts,
        lambda: [m for span in spans for m in lex.role_only.finditer(text, *span)],
    )


def document_matches(ctx: DocContext, scan: PersonScan) -> Matches:
    """The matches ``sentence_matches`` gives, read in the whole document and only near posts.

    A sentence holding a match holds a post, so it passes the pre-checks of
    ``sentence_matches`` (``build_person_scan`` checks that of the case-folded one)."""
    lex, sentences, (text, starts) = ctx.lex, ctx.doc.sentences, ctx.joined
    folded = ctx.joined_folded.text
    if len(folded) != len(text):  # a character folds to several ("ß"): no anchored scan
        return sentence_matches(ctx)
    backwards = text[::-1]
    anchors = scan.anchors(lex, text, folded, backwards)
    person = follow(lex.person, text, [(a, low, a) for a, low, _ in anchors])
    after: list[re.Match[str]] = []
    for index in sorted({ctx.joined.sentence_at(a) for a in scan.person_after(text, anchors)}):
        after += lex.after_matches(text, starts[index], starts[index] + len(sentences[index].text))
    counterparts, at = [], text.find("counterpart")
    while at >= 0:  # read in the sentences that hold a post
        index = ctx.joined.sentence_at(at)
        if lex.role_hint.search(sentences[index].text):
            counterparts.append(index)
        at = text.find("counterpart", starts[index + 1])
    direct = [(a, low, low) for a, low, owner in anchors if owner == DIRECT]
    return Matches(person, after, counterparts, lambda: follow(lex.role_only, text, direct))
