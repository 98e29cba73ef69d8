"""Who an event's subject names: posts given as asides after a name, honorifics, and the
speaker of a transcript.

"Mr. Ola Finn, Minister for Foreign Affairs of Calder, and Mr. Petrov, Yuri Viktorovich,
Minister of ..., held talks" has the subject "Ola Finn and Petrov" (the posts are the people
rule's); in "Mr. Kenji Sato, Minister for Foreign Affairs: Today I summoned ..." the label is
no part of the clause and "I" is Kenji Sato.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.dates import MONTHS, WEEKDAYS
from quizgen.extract.clause_scan import MASK

if TYPE_CHECKING:
    from quizgen.domain import Domain
    from quizgen.extract.base import DocContext

HONORIFIC = r"(?:Mr|Ms|Mrs|Dr)\.?"  # before a name: "Mr. Taro Kono"
NAME_BEFORE_COMMA = re.compile(r"\b[A-Z][\w.’'-]*(?=, )")
# an aside of capitalised words after a comma ("..., Minister of Foreign Affairs of Calder,")
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


# a sentence that hands over to a quotation: 'Prime Minister Kishida said in his address,'
SAID_BEFORE_QUOTE = re.compile(
    r"\b(?:said|says|stated|remarked)\b[^.!?\"“”]{0,60}[,:]\s*(?=[\"“]|\Z)"
)
QUOTE_MARKS = '"“'
SAYER = re.compile(r"(?:\A|[^\w\s,]\s*|\bthe\s+)((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+)\s+\Z")


def _quoted_speaker(ctx: DocContext, index: int) -> str | None:
    """Who speaks from sentence ``index`` on when a quotation opens in it, or at its start
    after a sentence that ends "X said ...,": X when one person is named before the words
    that hand over, "" when that is unclear; None when no quotation opens here."""
    text = ctx.doc.sentences[index].text
    said = SAID_BEFORE_QUOTE.search(text)
    if said and said.end() < len(text):
        at, before = index, said.start()
    elif index and text[:1] in QUOTE_MARKS:
        previous = ctx.doc.sentences[index - 1].text.rstrip()
        said = SAID_BEFORE_QUOTE.search(previous)
        if said is None or said.end() < len(previous):
            return None
        at, before = index - 1, said.start()
    else:
        return None
    named = {n for i, s, _, n in ctx.mentions if i == at and s < before}
    if not named:  # no person found there yet: the capitalised words before "said"
        words = SAYER.search(ctx.doc.sentences[at].text, 0, before)
        named = {ctx.resolve_names(words[1])} if words else set()
    return named.pop() if len(named) == 1 else ""


def appositives(text: str, domain: Domain) -> list[tuple[int, int]]:
    """Asides after a name that give the person's post, and perhaps their given names:
    "Mr. Petrov, Yuri Viktorovich, Minister of Foreign Affairs of the Brenan Republic,
    held ...". Each aside is capitalised words joined only by ``APPOSITIVE_JOINS``; a run of
    them counts when one names a post (``Domain.post_in``), from its first comma to its last."""
    found = []
    for name in NAME_BEFORE_COMMA.finditer(text):
        # given names ("Mr. Petrov, Yuri Viktorovich,") follow a name with its honorific
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


# Words that open a phrase set before the subject with a comma: "Moreover, both ministers",
# "Late in the war, the Brenans", "Based on the results, the two sides" (English, any topic).
INTRODUCTORY = frozenset(
    """moreover however firstly secondly thirdly finally meanwhile furthermore additionally
    also then thus therefore consequently instead nevertheless nonetheless besides likewise
    similarly later earlier subsequently afterwards accordingly hence indeed notably
    separately today yesterday tonight now only still yet in on at after before during late
    early following since upon under with through for by from based according despite amid
    when while although though once because as given""".split()
)
RELATIVE_PRONOUNS = frozenset(("who", "which", "that"))
BULLET = re.compile(r"\A(?:[•·▪◦*–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")


def main_subject(words: str) -> str:
    """The subject without what stands before it: a bullet or outline number ("• The two
    ministers", "(2) The ministers"), introductory phrases set off by commas ("Moreover, both
    ministers", "September 25 (local time), Koichiro Gemba, who" -> "Koichiro Gemba") and a
    relative pronoun whose antecedent is the subject ("Koichiro Gemba, who")."""
    words = BULLET.sub("", words.strip())
    parts = _top_level_commas(words)
    if len(parts) > 1 and parts[-1].strip().lower() in RELATIVE_PRONOUNS:
        parts.pop()
    while len(parts) > 1 and _introductory(parts[0]):
        parts.pop(0)
    return ",".join(parts).strip()


def _introductory(phrase: str) -> bool:
    words = phrase.split()
    if not words:
        return True
    first = words[0].lower().rstrip(".")
    return first in INTRODUCTORY or first in MONTHS or first in WEEKDAYS or first[:1].isdigit()


def _top_level_commas(text: str) -> list[str]:
    """``text`` split at its commas outside brackets."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    return [*parts, text[start:]]


def without_appositives(subject: str, domain: Domain) -> str:
    """ "Mr. Ola Finn, Minister for Foreign Affairs of Calder, and H.E. Mr. Petrov" -> "Ola
    Finn and Petrov": the posts are the people rule's, the subject names who (surnames then
    become full names like any other)."""
    text = subject + ", "
    if ", " in subject:
        for a, b in reversed(appositives(text, domain)):
            text = text[:a] + text[b:]
    return HONORIFICS.sub("", text).strip(" ,")


def speaker_label(text: str) -> int | None:
    """Where the words spoken start after a transcript's speaker label ("President of Brena
    Ilan Brek:", "Mr. Kenji Sato, Minister for Foreign Affairs:", "Prime Minister of
    Calder Mara Voss (retranslated):"), or None when the sentence opens with none."""
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
            else:  # 'X said in his address, "I would like ...': X speaks from here on
                handed = _quoted_speaker(ctx, index)
                speaker = speaker if handed is None else handed or None
            found.append(speaker)
        ctx.memo[("speakers",)] = found
    return found
