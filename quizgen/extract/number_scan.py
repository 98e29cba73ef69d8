"""The numbers rule's pattern and the exact fast ways to search it.

``number_pattern`` is tried only where a match can start: near the digits and number words
of a sentence (``number_matches``), or at the starts that one scan of the whole folded
document, with bytes mapped to word and space classes, finds (``match_starts``,
``joined_matches``). Each gives exactly the matches of ``pattern.finditer``, so the scans
live next to the pattern they depend on; the rule (``numbers.py``) reads what a match counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from quizgen.extract.joined import Joined
from quizgen.patterns import SEPARATOR, alternation, near_anchors

if TYPE_CHECKING:
    from quizgen.extract.base import DocContext
    from quizgen.extract.lexicon import Lexicon

QUALIFIERS = r"about|around|over|more than|nearly|almost|some|at least|up to|roughly|approximately|fewer than|less than|under"
_QUALIFIERS = tuple(QUALIFIERS.split("|"))  # folded ASCII words: the same in byte classes
DIGIT = re.compile(r"\d")  # what the pattern's \d matches (any Unicode digit)
DIGITS = re.compile(r"\d+")


def number_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A quantity with its qualifier: "about 30", "Some 17,000", "17.7", "eight-point"."""
    words = lex.number_words
    return lex.pattern(
        "numbers",
        lambda: (
            rf"(?<![\w-])(?:(?P<q>(?i:{QUALIFIERS}))\s+)?"
            rf"(?P<n>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|(?i:{words}))"
            rf"(?P<point>-point)?(?![\w-]*-(?:plus|to|by)-)(?=[\s%-])"
        ),
    )


def number_matches(
    pattern: re.Pattern[str], text: str, folded: str, words: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched near digits and number words only: a match starts
    at most 14 characters before its number ("approximately 40"). Number words are found in
    the folded text, which lines up with the text unless folding changed its length or the
    text holds a letter that re.IGNORECASE matches to "i" but casefold() does not ("ı")."""
    if len(folded) != len(text) or "ı" in text:
        return pattern.finditer(text)
    anchors = [m.start() for m in DIGITS.finditer(text)]
    anchors += [m.start() for m in words.finditer(folded)]
    return near_anchors(pattern, text, anchors, 20)


# Every byte but an ASCII letter, digit, "_" or "-" becomes a space (bytes of non-ASCII
# characters too): in the result a number that starts a word follows a space.
_WORD_BYTES = frozenset(b"0123456789_-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CLASSES = bytes(b if b in _WORD_BYTES else 0x20 for b in range(256))
_ASCII = bytes(range(128))
_NO_SCAN = r"(?!x)x"  # the anchor pattern of a domain with a number word the scan cannot take


def anchor_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The space before each digit and folded number word in a document's folded sentences
    with bytes mapped by ``_CLASSES``; ``_NO_SCAN`` when a number word is not ASCII (or
    holds the separator of the joined sentences)."""

    def build() -> str:
        words = [w.casefold() for w, _ in lex.domain.numbers]
        if not all(w.isascii() and SEPARATOR not in w for w in words):
            return _NO_SCAN
        classed = [w.encode().translate(_CLASSES).decode() for w in words]
        return rf" (?=[0-9]|{alternation(classed)})"

    return lex.pattern("number-anchors", build)


def match_starts(ctx: DocContext) -> list[int] | None:
    """Where a ``number_pattern`` match may start in ``ctx.joined.text``, ascending, from one
    scan of the whole document; None when that scan does not apply.

    A match starts with its number or with a qualifier followed by whitespace and the
    number. A number starts where no word character or hyphen comes before it (the
    pattern's lookbehind, or the whitespace after a qualifier) with a digit or a number word
    (matched ignoring case: the folded word is in the folded text at the same place, as in
    ``number_matches``, and so is a folded qualifier). The scan finds every such place and
    perhaps more (after any non-ASCII character). It needs folded sentences as long as the
    sentences, no "ı", no non-ASCII digit and number words that ``anchor_pattern`` takes."""
    anchors = anchor_pattern(ctx.lex)
    if anchors.pattern == _NO_SCAN:
        return None
    text = ctx.joined_folded.text
    # folding never shortens a character: as long as ctx.joined.text, the folded text has
    # every sentence folded to its own length, and lines up with it
    if len(text) != len(ctx.joined.text) or "ı" in text:
        return None
    raw = text.encode()
    ascii_only = text.isascii()
    if not ascii_only and DIGIT.search(raw.translate(None, _ASCII).decode()):
        return None  # a non-ASCII digit, which the byte classes would not show
    classes = raw.translate(_CLASSES).decode()
    starts = []
    for found in anchors.finditer(classes):
        starts.append(found.end())
        end = found.start()  # a qualifier before it ends before these spaces
        while end and classes[end - 1] == " ":
            end -= 1
        if classes.endswith(_QUALIFIERS, 0, end):
            starts.extend(end - len(q) for q in _QUALIFIERS if classes.endswith(q, 0, end))
    starts.sort()
    if ascii_only:
        return starts
    chars, last, at = [], 0, 0  # byte offsets -> character offsets
    for start in starts:
        at += len(raw[last:start].decode())
        last = start
        chars.append(at)
    return chars


def joined_matches(
    pattern: re.Pattern[str], doc: Joined, starts: Iterable[int]
) -> Iterator[tuple[int, str, int, re.Match[str]]]:
    """``pattern.finditer(doc.text)``, tried only at ``starts`` (ascending), which hold every
    position where a match can start; each match with its sentence's index, and the text
    and the offset where that sentence starts in it."""
    text, bounds = doc.text, doc.starts
    pos = 0
    for start in starts:
        if start >= pos and (m := pattern.match(text, start)):
            pos = m.end()
            index = doc.sentence_at(start)
            yield index, text, bounds[index], m
