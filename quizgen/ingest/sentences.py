"""Split a body into sentences with character offsets.

A boundary is ``.``, ``!`` or ``?`` (with any closing quotes, brackets or footnote marks such
as "[3]") followed by space
and a capital, digit or opening quote, unless the word before it is a known abbreviation
("Feb.", "Mr."), an initial ("J. Smith") or letters joined by dots ("H.E. Mr. Putin", "U.N."). Line breaks always end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.ingest.records import Sentence

# Abbreviations that stand before a name: never the end of a sentence
TITLES = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt gov sen rep st no mt amb adm maj brig pres".split()
)
ABBREVIATIONS = TITLES | frozenset(
    """u.s u.n u.k e.u u.s.a u.s.s.r jr sr inc ltd co corp vs etc approx dept est fig
    jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m i.e e.g""".split()
)
# Words that open a sentence and hardly follow an abbreviation inside one: "... in
# Washington D.C. The meeting was ...", "... by 5 p.m. They said ..."
_OPENER = re.compile(
    r"\s+(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|But|However|Meanwhile|His|Her|"
    r"Their|Its)\b"
)

# Matches start only at the first mark of a run ("?!", "..."): retrying from every mark of
# a long run would make the search quadratic in its length.
# A footnote mark may follow the stop: "... of Calder.[3] In a 2017 survey ..."
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]+(?:\[\d{1,3}\]|[\"'”’)\]])*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LINE = re.compile(r"[^\n]+")
INITIALISM = re.compile(r"[a-z](?:\.[a-z])+")  # "H.E.", "D.C.", "U.A.E.": letters and dots
_ENDS = (".", "!", "?", '"', "”", "’", "'", ")")


def split_sentences(
    body: str, abbreviations: Iterable[str] = ABBREVIATIONS
) -> tuple[Sentence, ...]:
    """Return the sentences of ``body``; the last one is ``complete=False`` if cut off."""
    known = frozenset(abbreviations)
    sentences: list[Sentence] = []
    for line in _LINE.finditer(body):
        start = line.start()
        for boundary in _BOUNDARY.finditer(line.group()):
            end = line.start() + boundary.end()
            stop = line.start() + boundary.start() + 1
            if _is_abbreviation(body, start, stop, known) and not _opens_after(body, start, end):
                continue
            sentences.append(_make(body, start, end))
            start = _skip_space(body, end)
        if body[start : line.end()].strip():
            sentences.append(_make(body, start, line.end()))
    sentences = [s for s in sentences if s.text]
    if sentences and not sentences[-1].text.endswith(_ENDS):
        last = sentences[-1]
        sentences[-1] = Sentence(last.text, last.start, last.end, complete=False)
    return tuple(sentences)


def _is_abbreviation(body: str, start: int, end: int, known: frozenset[str]) -> bool:
    """True when ``body[start:end]`` ends with a known abbreviation or an initial and a dot."""
    if body[end - 1 : end] != "." or end <= start:
        return False
    begin = end  # the last word only: slicing from ``start`` each time would be quadratic
    while begin > start and not body[begin - 1].isspace():
        begin -= 1
    word = body[begin:end].lower().rstrip(".").lstrip("\"'“‘(")
    return word in known or (len(word) == 1 and word.isalpha()) or bool(INITIALISM.fullmatch(word))


def _opens_after(body: str, start: int, end: int) -> bool:
    """True when an abbreviation that is no title ("D.C.", "p.m.", "i.e.") ends at ``end``
    and a sentence opener ("The", "They") follows: the abbreviation's dot ends the sentence."""
    if not _OPENER.match(body, end):
        return False
    begin = end
    while begin > start and not body[begin - 1].isspace():
        begin -= 1
    return body[begin:end].lower().strip(".\"'“‘(") not in TITLES


def _make(body: str, start: int, end: int) -> Sentence:
    text = body[start:end]
    stripped = text.strip()
    offset = start + (len(text) - len(text.lstrip()))
    return Sentence(stripped, offset, offset + len(stripped))


def _skip_space(body: str, index: int) -> int:
    while index < len(body) and body[index] in " \t":
        index += 1
    return index
