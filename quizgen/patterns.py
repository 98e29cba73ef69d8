"""Word alternations for regexes, built as a trie so long word lists stay fast to search.

Python's ``re`` tries the branches of ``A|B|C`` one by one at every position, so a pattern
with a hundred posts or countries spends most of its time failing. The same words written as
a trie (``Foreign (?:Minister|affairs minister)``) fail after one character test. The trie
matches exactly what the flat longest-first alternation matches: words that fit the text at
one position are prefixes of each other, and the trie tries the longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeAlias

NEVER = r"(?!x)x"
# joins a document's sentences for one scan per document (``DocContext.joined``): a pattern
# that cannot match it finds in the joined text exactly the matches of each sentence
SEPARATOR = "\0"

# a trie of characters; the key "" marks the end of a word
_Trie: TypeAlias = dict[str, "_Trie"]


def alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """A regex alternation of literal words in which a longer word wins over its prefix.

    Pass ``ignore_case=True`` when the result is used with ``re.I``: words that differ only in
    case where they branch (``Holm`` / ``holm x``) then fall back to a flat list, whose
    longest-first order the trie could not keep under case folding.
    """
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        return NEVER
    if ignore_case and not _branches_differ_in_case_folded(unique):
        return "|".join(re.escape(w) for w in unique)
    root: _Trie = {}
    for word in unique:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def covering(words: Iterable[str]) -> tuple[str, ...]:
    """The fewest words whose presence a text containing any of ``words`` must show.

    A word that contains another (``Sudholma`` holds ``Sudholm``) adds nothing to a
    substring pre-check, so ``any(w in text for w in covering(words))`` is as strict and cheaper.
    """
    unique = sorted({w for w in words if w}, key=lambda w: (len(w), w))
    kept: list[str] = []
    for word in unique:
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return tuple(kept)


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose ``search(text)`` finds a match exactly when one of ``words`` is a
    substring of ``text``: one trie scan instead of a substring test per word (for pre-checks).
    """
    return re.compile(alternation(words))


def literal_pieces(words: Iterable[str], shortest: int = 3) -> tuple[str, ...]:
    """A few substrings one of which every word contains, for anchoring with ``str.find``.

    The pieces come from inside words, after their first letter ("inist" for "Minister" and
    "minister"), so one piece serves a word's case forms; a word with no piece of ``shortest``
    characters is its own piece. Chosen greedily (the piece in most words, the longest first),
    then pieces the others make redundant are dropped.
    """
    unique = sorted({w for w in words if w})
    candidates = {w for w in unique if all(len(t) <= shortest for t in w.split())}
    for token in {t for w in unique for t in w.split()}:
        candidates.update(token[1:end] for end in range(shortest + 1, len(token) + 1))
    holders = {p: {w for w in unique if p in w} for p in sorted(candidates)}
    left, chosen = set(unique), []
    while left:
        piece = max(holders, key=lambda p: (len(holders[p] & left), len(p), p))
        chosen.append(piece)
        left -= holders[piece]
    for piece in sorted(chosen, key=lambda p: (len(holders[p]), p)):
        others = set().union(*(holders[p] for p in chosen if p != piece))
        if holders[piece] <= others:
            chosen.remove(piece)
    return tuple(sorted(chosen))


_BOUNDARY = re.compile(r"\b")


def word_matches(body: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches ``re.compile(r"\b" + body.pattern).finditer(text)`` gives, found faster.

    A leading ``\b`` makes ``re`` try the whole pattern at every position; without it, a body
    whose branches all start with a literal (a trie of names) lets ``re`` skip ahead to those
    characters, and the boundary is tested only where the body matches. ``body`` must never
    match the empty string.
    """
    pos = 0
    while (match := body.search(text, pos)) is not None:
        if _BOUNDARY.match(text, match.start()):
            yield match
            pos = match.end()
        else:  # mid-word: the full pattern fails here, so go on from the next position
            pos = match.start() + 1


_WIDE_SPACE = re.compile(r"\s\s")


def near_anchors(
    pattern: re.Pattern[str], text: str, anchors: Iterable[int], reach: int
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, searched only from ``reach`` characters
    before each anchor position.

    For patterns whose every match holds an anchor (a month name, a digit...) starting at most
    ``reach`` characters after the match starts, counting each whitespace run as one character.
    Matches must never be empty.
    """
    pos = 0
    for anchor in sorted(anchors):
        if anchor < pos:
            continue  # inside the last match: a later match holds a later anchor
        start = anchor - reach
        # A match holding this anchor (or a later one) starts at ``start`` or later unless
        # whitespace runs shorten the way: ``reach + 1`` characters before the anchor without
        # two whitespace characters in a row count as ``reach + 1``. Else search from ``pos``,
        # as ``finditer`` does.
        if start <= pos or _WIDE_SPACE.search(text, start - 1, anchor):
            start = pos
        match = pattern.search(text, start)
        if match is None:
            return
        yield match
        pos = match.end()


def _emit(node: _Trie) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    if len(branches) == 1 and len(body) > 1:
        body = f"(?:{body})"
    return f"{body}?"


def _branches_differ_in_case_folded(words: list[str]) -> bool:
    """True when no two words branch at characters equal under case folding."""
    seen: dict[str, str] = {}
    for word in words:
        for end in range(1, len(word) + 1):
            prefix = word[:end]
            if seen.setdefault(prefix.casefold(), prefix) != prefix:
                return False
    return True


# Letters a name is written in: Latin with its accents ("Menéndez", "Héctor", "Łukasz"), not
# only A to Z, so such names are read whole.
_LATIN = [chr(code) for code in range(0x41, 0x250)]
UPPER_LETTERS = "".join(c for c in _LATIN if c.isupper())
LOWER_LETTERS = "".join(c for c in _LATIN if c.islower())
