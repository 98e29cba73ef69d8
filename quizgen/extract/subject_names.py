"""Who an event's subject names: posts given as asides after a name, honorifics, and the
speaker of a transcript.

"Mr. Taro Kono, Minister for Foreign Affairs of Japan, and Mr. Lavrov, Sergey Viktorovich,
Minister of ..., held talks" has the subject "Taro Kono and Lavrov" (the posts are the people
rule's); in "Mr. Fumio Kishida, Minister for Foreign Affairs: Today I summoned ..." the label is
no part of the clause and "I" is Fumio Kishida.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.extract.clause_scan import MASK

if TYPE_CHECKING:
    from quizgen.domain import Domain
    from quizgen.extract.base import DocContext

HONORIFIC = r"(?:Mr|Ms|Mrs|Dr)\.?"  # before a name: "Mr. Taro Kono"
NAME_BEFORE_COMMA = re.compile(r"\b[A-Z][\w.’'-]*(?=, )")
# an aside of capitalised words after a comma ("..., Minister of Foreign Affairs of Japan,")
APPOSITIVE = re.compile(r", (?P<words>(?:the )?[A-Z][^,;:()“”\"]{0,90}?),(?=\s)")
APPOSITIVE_JOINS = frozenset(("of", "for", "the", "and", "to", "on", "in", "de"))
HONORIFICS = re.compile(rf"\b(?:H\.E\. )?{HONORIFIC} (?=[A-Z])|\bH\.E\. (?=[A-Z])")
HONORIFIC_NAME = re.compile(rf"\b(?:{HONORIFIC}|H\.E\.?)(?: [A-Z][\w’'-]*){{1,3}}\Z")
SPEAKER_LABEL = re.compile(
    r"\A(?P<label>[A-Z][^:!?\"“”]{0,100}?[^\s:.,])(?: \((?:re)?translated\))?:\s+(?=\S)"
)
# a label's head that is a name: "Mr. Fumio Kishida", "Vladimir Putin"
SPEAKER_NAME = re.compile(
    rf"(?:(?:H\.E\. )?{HONORIFIC} )?(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{1,2}})"
    r"(?: \((?:re)?translated\))?"
)


def appositives(text: str, domain: Domain) -> list[tuple[int, int]]:
    """Asides after a name that give the person's post, and perhaps their given names:
    "Mr. Lavrov, Sergey Viktorovich, Minister of Foreign Affairs of the Russian Federation,
    held ...". Each aside is capitalised words joined only by ``APPOSITIVE_JOINS``; a run of
    them counts when one names a post (``Domain.post_in``), from its first comma to its last."""
    found = []
    for name in NAME_BEFORE_COMMA.finditer(text):
        # given names ("Mr. Lavrov, Sergey Viktorovich,") follow a name with its honorific
        given_names_allowed = bool(HONORIFIC_NAME.search(text, 0, name.end()))
        at, end, post = name.end(), 0, False
        while (m := APPOSITIVE.match(text, at)) is not None:
            words = m["words"].split()
            if any(w not in APPOSITIVE_JOINS and not w[:1].isupper() for w in words):
                break
            if domain.post_in(m["words"]) is not None:
                post, end = True, m.end()
            elif not (given_names_allowed and not post and len(words) <= 3):
                break
            given_names_allowed = False
            at = m.end() - 1  # the next aside starts at this one's closing comma
        if post:
            found.append((name.end(), end))
    return found


def without_appositives(subject: str, domain: Domain) -> str:
    """ "Mr. Taro Kono, Minister for Foreign Affairs of Japan, and H.E. Mr. Lavrov" -> "Taro
    Kono and Lavrov": the posts are the people rule's, the subject names who (surnames then
    become full names like any other)."""
    text = subject + ", "
    if ", " in subject:
        for a, b in reversed(appositives(text, domain)):
            text = text[:a] + text[b:]
    return HONORIFICS.sub("", text).strip(" ,")


def speaker_label(text: str) -> int | None:
    """Where the words spoken start after a transcript's speaker label ("President of Russia
    Vladimir Putin:", "Mr. Fumio Kishida, Minister for Foreign Affairs:", "Prime Minister of
    Japan Shinzo Abe (retranslated):"), or None when the sentence opens with none."""
    found = SPEAKER_LABEL.match(text)
    if found is None:
        return None
    words = found["label"].replace(",", " ").replace(MASK, " ").split()
    if not all(w[:1].isupper() or w in APPOSITIVE_JOINS for w in words):
        return None
    return found.end()


def speakers(ctx: DocContext) -> list[str | None]:
    """Who speaks in each sentence of a transcript: the person named in the last speaker label
    at or before it, or the label's head when it is a name ("Mr. Fumio Kishida, Minister for
    Foreign Affairs:"); None before any label, or after one that names no person ("Question:")."""
    found: list[str | None] | None = ctx.memo.get(("speakers",))
    if found is None:
        found, speaker = [], None
        for index, sentence in enumerate(ctx.doc.sentences):
            end = speaker_label(sentence.text)
            if end is not None:
                named = [n for i, s, _, n in ctx.mentions if i == index and s < end]
                head = SPEAKER_NAME.fullmatch(sentence.text[:end].split(",")[0].rstrip(": "))
                speaker = named[0] if named else ctx.resolve_names(head["name"]) if head else None
            found.append(speaker)
        ctx.memo[("speakers",)] = found
    return found
