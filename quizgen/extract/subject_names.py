"""Who an event's subject names: posts given as asides after a name, honorifics, and the
speaker of a transcript.

"Mr. Ola Finn, Minister for Foreign Affairs of Calder, and Mr. Petrov, Yuri Viktorovich,
Minister of ..., held talks" has the subject "Ola Finn and Petrov" (the posts are the people
rule's); in "Mr. Kenji Sato, Minister for Foreign Affairs: Today I summoned ..." the label is
no part of the clause and "I" is Kenji Sato.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from lemminflect import getAllLemmas

from quizgen.dates import MONTHS, WEEKDAYS
from quizgen.domain import country_as_written
from quizgen.extract.base import COURTESY, HONORIFIC, HONOUR, NOT_NAMES
from quizgen.extract.clause_scan import MASK
from quizgen.extract.titled_people import POST_HEADS
from quizgen.extract.verbs import find_verb

if TYPE_CHECKING:
    from quizgen.domain import Domain
    from quizgen.extract.base import DocContext

NAME_BEFORE_COMMA = re.compile(r"\b[A-Z][\w.’'-]*(?=, )")
# an aside of capitalised words after a comma ("..., Minister of Foreign Affairs of Calder,")
APPOSITIVE = re.compile(r", (?P<words>(?:the )?[A-Za-z][^,;:()“”\"]{0,90}?),(?=\s)")
APPOSITIVE_JOINS = frozenset(("of", "for", "the", "and", "to", "on", "in", "de"))
# titles to drop from a subject: a title of honour only before a name of two words or more
# ("Sir Ilan Brek"), never from a place ("Sir Creek")
HONORIFICS = re.compile(
    rf"\b(?:H\.E\. )?{COURTESY} (?=[A-Z])|\bH\.E\. (?=[A-Z])"
    rf"|\b{HONOUR}(?: {COURTESY})? (?=[A-Z][\w’'-]+ [A-Z])"
)
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
    held ...". Each aside is capitalised words joined only by ``APPOSITIVE_JOINS``, a post in
    any case ("Ola Finn, Calder's foreign minister, met ...") or a description ("Ola Finn, an
    adviser to the president, said"); a run of them counts when one names a post
    (``Domain.post_in``) or describes, from its first comma to its last."""
    found = []
    for name in NAME_BEFORE_COMMA.finditer(text):
        # given names ("Mr. Petrov, Yuri Viktorovich,") follow a name with its honorific
        given_names_allowed = bool(HONORIFIC_NAME.search(text, 0, name.end()))
        at, end, post = name.end(), 0, False
        while (m := APPOSITIVE.match(text, at)) is not None:
            words = m["words"].split()
            # a post in any case ("the Brenan foreign minister", "Calder's foreign
            # minister"), or a description ("an adviser to the president")
            tells = domain.post_in(m["words"]) is not None or _describes(m["words"])
            if not tells and any(w not in APPOSITIVE_JOINS and not w[:1].isupper() for w in words):
                break
            if tells:
                post, end = True, m.end()
            elif not (given_names_allowed and not post and len(words) <= 3):
                break
            given_names_allowed = False
            at = m.end() - 1  # the next aside starts at this one's closing comma
        if post:
            found.append((name.end(), end))
    return found


DESCRIPTION_WORDS = 12  # "Jane Roe, a spokeswoman for the regional government, said"


def _describes(words: str) -> bool:
    """An aside that describes the name before it: "a" or "an" and a few words with no verb
    ("an adviser to the president"; not "a meeting was held")."""
    return (
        words.startswith(("a ", "an "))
        and len(words.split()) <= DESCRIPTION_WORDS
        and find_verb(words, relative=True) is None
    )


SKIP_SUBJECTS = frozenset(
    "it this that many some few most others one both all each these those".split()
)
# before a noun they make a subject: "both ministers", "that station"
GROUP_WORDS = frozenset(("both", "all", "each", "this", "that", "these", "those"))
LEADERS = re.compile(r"(?:the )?(?:two )?leaders")
THEM = re.compile(r"\bthem\b")
# two countries named together before: "the two sides", "both countries"
TWO_PARTIES = re.compile(
    r"(?:the two|both(?: the)?) (?:countries|sides|nations|governments|states|parties)"
)
# two holders of one kind of post named together: "the two ministers", "both presidents"
TWO_HOLDERS = re.compile(r"(?:the two|both(?: the)?|the) (?P<post>[a-z]+(?: [a-z]+)?)s")
HIS_COUNTRY = re.compile(r"\b(?:his|her) country(?:'s|’s)")
SELF_NAMED = re.compile(
    r"(?:I|We) \((?:[A-Z][\w.]* )*?(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\)"
)

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


def resolve_subject(ctx: DocContext, index: int, subject: str, previous_subject: str | None) -> str:
    """The name a clause's subject stands for in sentence ``index``: the speaker for "I",
    the person named before for "he"/"she", the two people of the sentence before for
    "they", the holders of a post for "the President", full names for surnames; "" for a
    subject that names nothing ("it", "many", "you")."""
    lower = subject.lower()
    words = lower.split()
    counted = len(words) > 1 and words[1][:1].isdigit()  # "some 40 fishermen" is a subject
    grouped = len(words) > 1 and words[0] in GROUP_WORDS  # "both ministers" is one too
    if lower == "it" and _past_passive(ctx, index, subject):
        return subject  # "It was vacated in 1982": an event, whatever "it" is (asked never)
    if (
        not subject
        or lower in SKIP_SUBJECTS
        or (words[0] in SKIP_SUBJECTS and not counted and not grouped)
        or "you" in words  # "This time you have come": the one addressed, unnamed
    ):
        return ""
    if lower == "i":  # the speaker of a transcript; else left as written
        return speakers(ctx)[index] or subject
    named = SELF_NAMED.fullmatch(subject)  # "I (Minister Maehara)"
    if named:
        return ctx.resolve_names(named["name"])
    if lower in ("he", "she"):
        earlier = ctx.people_in(index)
        if earlier:
            return earlier[0]
        if _opens_with_unknown_name(ctx, index):
            return ""  # "Brek remains free, although he has admitted ...": Brek, not known
        return previous_subject or ""
    if LEADERS.fullmatch(lower):
        leaders = [p.name for p in ctx.people.values() if p.role in ctx.domain.leader_posts]
        return " and ".join(leaders) if len(leaders) == 2 else ""
    if TWO_PARTIES.fullmatch(lower):
        return _two_countries(ctx, index)  # "the two sides" after "Calder and Lena ..."
    pair = _two_holders(ctx, lower)
    if pair:
        return pair  # "the two ministers", "both foreign ministers"
    if lower == "they":
        people = ctx.people_in(index - 1) if index else []
        return " and ".join(people) if len(people) == 2 else subject  # more: which is unsure
    role = ctx.lex.role_only.fullmatch(subject) or ctx.lex.role_subject.fullmatch(subject)
    if role:
        post = ctx.domain.post_for(role["role"])
        country = ctx.lex.country_of(role, subject) if "country" in role.re.groupindex else None
        holders = [
            p.name
            for p in ctx.people.values()
            if p.role == post and (country is None or p.country == country)
        ]
        return holders[0] if len(holders) == 1 else ""
    return without_post_tail(ctx.resolve_names(subject), ctx.people)


# after a person's name: " of the Republic of Calder", then perhaps ", and Chairperson of the
# Wren Union (WU)" (a second post: its head word is capitalised, the rest runs to the end)
OF_STATE = r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*"
# "and (the) Union Chairperson": a second post's head after "and"
AND_POST = rf"\s+and\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*?(?:{'|'.join(POST_HEADS)})\b"


def without_post_tail(subject: str, people: Mapping[str, object]) -> str:
    """ "Ola Finn of the Republic of Calder, and Chairperson of the Wren Union (WU)" -> "Ola
    Finn", and so does "President of the Republic of Calder (ROC) Ola Finn": around a person
    the article names, a post, the state and a second post are the people rule's (it has
    read them); the subject names who."""
    for name in people:
        if subject.endswith(" " + name) and _POST_BEFORE.fullmatch(subject[: -len(name)]):
            return name  # "President of the Republic of Calder (ROC) Ola Finn"
        if not subject.startswith(name + " "):
            continue
        tail = re.fullmatch(rf"(?:{OF_STATE})?(?:,?{AND_POST}.*)?", subject[len(name) :])
        if tail and tail.group():
            return name
    return subject


# a post before a name that the post patterns did not take whole: its head word, then only
# capitalised words, "of", "the", "and" and an acronym in brackets
_POST_BEFORE = re.compile(
    rf"(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?:{'|'.join(POST_HEADS)})"
    r"(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for|\([A-Z]+\)))*\s+"
)


# a sentence that opens with a capitalised subject and its verb: "Brek remains free ..."
OPENING_NAME = re.compile(rf"(?:{HONORIFIC} )?(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*) [a-z]")


def _opens_with_unknown_name(ctx: DocContext, index: int) -> bool:
    """Sentence ``index`` opens with a name that is no known person, country, place or
    English word: its subject, whom a later "he" or "she" most likely means."""
    opening = OPENING_NAME.match(ctx.doc.sentences[index].text)
    if not opening:
        return False
    words = opening["name"].split()
    first = words[0]
    if first in NOT_NAMES or first.lower() in ("he", "she") or getAllLemmas(first.lower()):
        return False
    name = opening["name"]
    known = ctx.domain.country_for(name) or ctx.lex.place.fullmatch(name)
    return not known and words[-1] not in ctx.surnames and name not in ctx.people


def _two_countries(ctx: DocContext, index: int) -> str:
    """ "X and Y" when the sentence, or else the one before it, names exactly two countries;
    else "" (which two is unsure)."""
    for at in (index, index - 1):
        if at < 0:
            continue
        named: list[str] = []
        for match in ctx.lex.country.finditer(ctx.doc.sentences[at].text):
            country = ctx.domain.country_for(match[0])
            if country and country.name not in named:
                named.append(country.name)
        if named:
            return " and ".join(map(country_as_written, named)) if len(named) == 2 else ""
    return ""


def _two_holders(ctx: DocContext, lower: str) -> str:
    """ "X and Y" for "the two ministers" when the article names exactly two people whose
    post ends in that word ("Foreign Minister", "Minister of Defence" for "ministers";
    "Foreign Minister" only for "foreign ministers"); else ""."""
    found = TWO_HOLDERS.fullmatch(lower)
    if not found:
        return ""
    post = found["post"]
    holders = [
        p.name
        for p in ctx.people.values()
        if p.role
        and (p.role.lower().endswith(post) or " " not in post and post in p.role.lower().split())
    ]
    return " and ".join(holders) if len(holders) == 2 else ""


def them_islands(ctx: DocContext, before: str, rest: str) -> str:
    """ "hand them over" after "The Ossel islets and Vestholm were ..." names the islands."""
    if "them" not in rest or not THEM.search(rest):
        return rest
    names = [m[0] for m in ctx.lex.island.finditer(before)]
    if not names:
        return rest
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return THEM.sub(f"the {listed}" if "islet" in listed else listed, rest, count=1)


def possessive_country(ctx: DocContext, subject: str, rest: str) -> str:
    """ "his country's" after a person whose country is known names that country."""
    person = ctx.people.get(subject)
    if person and person.country and "country" in rest:
        return HIS_COUNTRY.sub(f"{person.country}’s", rest)
    return rest


PAST_PASSIVE_IT = re.compile(r"\bIt\s+(?:was|were)\s+(?:\w+ly\s+)?\w+ed\b")


def _past_passive(ctx: DocContext, index: int, subject: str) -> bool:
    """Whether "it" opens a past passive in sentence ``index`` ("It was vacated"), not a
    dummy subject ("it was agreed that", "it is important")."""
    text = ctx.doc.sentences[index].text
    found = PAST_PASSIVE_IT.search(text)
    return found is not None and "that" not in text[found.end() : found.end() + 6]
