"""Shared pieces of the extraction rules: drafts, the per-document context, grammar words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar, cast

from quizgen.domain import Domain
from quizgen.extract.joined import Joined
from quizgen.facts import Source
from quizgen.ingest.records import Document, Sentence
from quizgen.names import NAME_PARTICLES, NAME_SUFFIXES
from quizgen.patterns import LOWER_LETTERS, UPPER_LETTERS, alternation

if TYPE_CHECKING:
    from quizgen.extract.lexicon import Lexicon

T = TypeVar("T")

POSSESSIVE = r"(?:'s|’s)"


# "Yuzhno-Kurilsky", and a given name in two parts: "Tae-yul"
# a capital inside a name's word ("DiCarlo", "McClurkin") starts a run of three or more small
# letters: no "PhD"
NAME_WORD = (
    # "O'Brien", "D’Souza": an Irish or Italian prefix, either apostrophe
    rf"(?:[ODL][’'](?=[{UPPER_LETTERS}]))?"
    rf"[{UPPER_LETTERS}][{LOWER_LETTERS}]+(?:[{UPPER_LETTERS}][{LOWER_LETTERS}]{{3,}})?"
    rf"(?:-[{UPPER_LETTERS}{LOWER_LETTERS}][{LOWER_LETTERS}]+)?"
)
PARTICLE = rf"(?:(?:{'|'.join(NAME_PARTICLES)})[- ])"
# a name's second or later word, with its particles: "Leyen", "al-Sisi", "von der Leyen"
LATER_NAME_WORD = rf"(?:{PARTICLE}{{0,2}}{NAME_WORD})"
# Titles before a name, never part of it. Courtesy titles ("Mr. Ola Finn", "Prof Ilan
# Brek") go before any name; titles of honour ("Sir Ilan Brek", "Sheikh Omar bin Karim", the
# Malaysian "Tan Sri" and "Datuk Seri") also begin place names ("Sir Creek") and are dropped
# only before a person's name.
COURTESY_TITLES = "Mr Ms Mrs Dr Prof Sen Senator".split()
TITLES_OF_HONOUR = (
    "Sir Dame Sheikh Sheikha Shaikh Prince Princess Tun Datuk Datin Dato Dato' Dato’ Tengku Tunku".split()
    + ["Tan Sri", "Toh Puan", "Datuk Seri", "Dato' Seri", "Dato' Sri", "Dato’ Seri"]
    # the style of a head of state or an envoy: "His Excellency Ola Finn", "HE Mr Ilan Brek"
    + ["His Excellency", "Her Excellency", "HE", "H.E"]
)
COURTESY = rf"(?:(?:{alternation(COURTESY_TITLES)})\.?)"
HONOUR = rf"(?:{alternation(TITLES_OF_HONOUR)})"
_TITLE = rf"(?:{alternation(COURTESY_TITLES + TITLES_OF_HONOUR)})\.?"
# one or two of them: "Mr. Taro Kono", "Tun Dr Ilan Brek"
HONORIFIC = rf"(?:{_TITLE}(?: {_TITLE})?)"
# A nickname in quotes after a given name: "Wilfred “Sedi” Elrington"
NICKNAME_PART = r"(?: [“\"][A-Z][\w’'-]+[”\"])?"
NICKNAME = re.compile(r" [“\"][A-Z][\w’'-]+[”\"]")
# A given name written as initials: "S Jaishankar", "S. Jaishankar", "N.Enkhtaivan",
# "J.K. Mensah" ("A" and "I" alone are words, not initials).
INITIALS = r"(?:[B-HJ-Z] |[A-Z]\.(?:[A-Z]\.)* ?)"
MIDDLE_INITIAL = r"(?: [A-Z]\.?(?= ))?"  # "Vernon C. Walters", "Alexander M Haig"
# an initial glued to the name after it ("N.Enkhtaivan"), and a middle initial as a word
GLUED_INITIAL = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z][a-z])")
_MIDDLE_INITIAL_WORD = re.compile(r"(?<=\w) [A-Z]\.?(?= \w)")


def spaced_initials(name: str) -> str:
    """ "N.Enkhtaivan" as it is printed: "N. Enkhtaivan"."""
    return GLUED_INITIAL.sub(". ", name) if "." in name else name


def without_middle_initial(name: str) -> str:
    """ "Vladimir V. Putin" -> "Vladimir Putin" (one person, when names are compared)."""
    return _MIDDLE_INITIAL_WORD.sub("", name)


# Words that modify a post ("Deputy Prime Minister", "former Foreign Minister"): a post written
# with one is never the bare post. Grammar, not topic vocabulary, so it lives in the code.
POST_MODIFIERS = (
    "first deputy vice acting former assistant senior interim parliamentary special outgoing "
    "incoming caretaker"
)
MODIFIER_WORDS = tuple(w for m in POST_MODIFIERS.split() for w in (m, m.title()))
MODIFIER = (
    rf"(?P<mod>(?:(?:{alternation(MODIFIER_WORDS)})\s+"
    r"|(?:[Tt]hen|[Ee]x)-)*)"
)
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w’'-]* ?)+")  # "Yuri Viktorovich "
# Capitalised words that start sentences or titles but are never people's names.
NOT_NAMES = frozenset(
    "The A An And But In On At For Of To With He She It They We I This That These Those".split()
)


def unbracketed(name: str) -> str:
    """A name without the brackets an editor put around a given name ("[Shinzo] Abe") and
    without a nickname in quotes ("Wilfred “Sedi” Elrington")."""
    if "[" in name:
        name = name.replace("[", "").replace("]", "")
    return NICKNAME.sub("", name) if "“" in name or '"' in name else name


@dataclass(frozen=True)
class Draft:
    """One finding of a rule before merging: kind, canonical key, fields and where it was read."""

    kind: str
    key: Any
    fields: dict[str, Any]
    source: Source
    flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "key": self.key,
            "fields": self.fields,
            "source": self.source.to_dict(),
            "flags": list(self.flags),
        }


@dataclass
class Person:
    """A person found in one document (working state of the people rule)."""

    name: str
    role: str | None
    role_as_written: str | None
    country: str | None
    basis: str  # how the country was found: stated | counterpart | role | post | surname | dateline | none
    aliases: set[str] = field(default_factory=set)


@dataclass
class DocContext:
    """What the rules share while reading one document; rules run in registry order."""

    doc: Document
    domain: Domain
    lex: Lexicon
    people: dict[str, Person] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    # (sentence index, start, end, canonical name) of every person mention, in text order
    mentions: list[tuple[int, int, int, str]] = field(default_factory=list)
    # per-sentence results shared by rules (e.g. date mentions used by events and numbers)
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)

    @cached_property
    def folded(self) -> tuple[str, ...]:
        """Every sentence case-folded, for cheap keyword pre-checks shared by the rules."""
        return tuple(s.text.casefold() for s in self.doc.sentences)

    def cached(self, name: str, index: int, compute: Callable[[str], T]) -> T:
        """``compute(sentence text)`` for sentence ``index``, computed once per document."""
        key = (name, index)
        if key not in self.memo:
            self.memo[key] = compute(self.doc.sentences[index].text)
        return cast(T, self.memo[key])  # each name is always computed by the same ``compute``

    def source(self, sentence: Sentence) -> Source:
        """The provenance record for a sentence of this document."""
        return Source(self.doc.id, sentence.text, sentence.start, sentence.end)

    @cached_property
    def joined(self) -> Joined:
        """The document's sentences in one text, for one scan per document (``Joined``)."""
        return Joined.of([s.text for s in self.doc.sentences])

    @cached_property
    def joined_folded(self) -> Joined:
        """``joined`` of the case-folded sentences (``folded``)."""
        return Joined.of(self.folded)

    def people_by_sentence(self) -> dict[int, dict[str, None]]:
        """Sentence index -> the canonical names mentioned in it, as keys in order of mention
        (``mentions`` order): for the sentences that mention someone."""
        key = ("people-in", len(self.mentions))  # rebuilt only when mentions were added
        by_sentence = self.memo.get(key)
        if by_sentence is None:
            by_sentence = self.memo[key] = {}
            last, names = -1, {}
            for i, _s, _e, name in self.mentions:
                if i != last:
                    last, names = i, by_sentence.setdefault(i, {})
                names[name] = None
        return by_sentence

    def people_in(self, index: int) -> list[str]:
        """Canonical names mentioned in sentence ``index``, in order, without repeats."""
        by_sentence = self.memo.get(("people-in", len(self.mentions)))
        if by_sentence is None:
            by_sentence = self.people_by_sentence()
        return list(by_sentence.get(index, ()))

    def resolve_names(self, text: str) -> str:
        """``text`` with every person mention (role + name, or surname) as the full name."""
        # not memoised: few clauses repeat within a document, and the key costs as much
        resolved = self._without_given_after(self._resolve_names(self.given_name_first(text)))
        return self._without_suffix_twice(resolved)

    def _without_suffix_twice(self, text: str) -> str:
        """ "Benigno Aquino III III" (the name read without its suffix, then written as the
        listed "Benigno Aquino III") -> "Benigno Aquino III"."""
        for name in self.people:
            suffix = name.rpartition(" ")[2]
            if suffix in NAME_SUFFIXES and f"{name} {suffix}" in text:
                text = text.replace(f"{name} {suffix}", name)
        return text

    def given_name_first(self, text: str) -> str:
        """``text`` with the people's two-word names written surname first ("Sato Ichiro")
        turned given name first, as the people rule reads them."""
        for name in self.people:
            given, _, surname = name.partition(" ")
            if surname and " " not in surname and f"{surname} {given}" in text:
                text = re.sub(rf"\b{re.escape(f'{surname} {given}')}\b", name, text)
        return text

    def _without_given_after(self, text: str) -> str:
        """ "Yuri Viktorovich Petrov, Yuri Viktorovich" (a surname-first name whose surname
        became the full name) -> "Yuri Viktorovich Petrov"."""
        if ", " not in text:
            return text
        for name in self.people:
            given = name.rpartition(" ")[0]
            at = text.find(f"{name}, ")
            if not given or at < 0:
                continue
            after = _CAPITALISED_RUN.match(text, at + len(name) + 2)
            if after and self.domain.canonical_person(after[0].strip()) == given:
                text = text[: at + len(name)] + text[after.start() + len(after[0].rstrip()) :]
        return text

    def _resolve_names(self, text: str) -> str:
        def full(match: re.Match[str]) -> str:
            name = self.domain.canonical_person(unbracketed(match["name"]))
            return self.surnames.get(name, name) if " " not in name else name

        if self.lex.role_hint.search(text):  # every person match holds a post
            text = self._posts_replaced(text, full)
        found = self._surname_matches(text)
        if found is not None:
            if not found:
                return text
            found.sort()
            parts: list[str] = []
            last = 0
            for start, end, name in found:
                parts += (text[last:start], name)
                last = end
            parts.append(text[last:])
            return "".join(parts)

        def surname(match: re.Match[str]) -> str:
            name = self.surnames.get(match[0])
            if name is None or _inside_full(text, match) or text.startswith(name, match.start()):
                return match[0]
            return name

        return self.lex.name_word.sub(surname, text)

    def _posts_replaced(self, text: str, full: Callable[[re.Match[str]], str]) -> str:
        """``text`` with each post and name (``lex.person``) as ``full`` names it, without the
        article before the post; a name between commas takes the closing comma with it ("The
        Secretary, Ola Finn, said" -> "Ola Finn said")."""
        pieces: list[str] = []
        last = 0
        for match in self.lex.person.finditer(text):
            start, end = match.span()
            word = match["name"]
            if " " not in word and word not in self.surnames and word not in self.people:
                continue  # no one's name: "Ambassador of the Brenan Federation"
            if start - 4 >= last and text[start - 4 : start].lower() == "the ":
                start -= 4  # "the Danish foreign minister Ola Finn": the name alone
            if "," in text[start : match.start("name")]:
                end += text.startswith(",", end)
            pieces += (text[last:start], full(match))
            last = end
        return "".join(pieces) + text[last:]

    def _surname_matches(self, text: str) -> list[tuple[int, int, str]] | None:
        """``(start, end, full name)`` of each surname to replace in ``text``, or None when the
        plain substitution must decide.

        A surname is replaced where it is a whole ``name_word`` match (of the plain
        substitution), so each is found from the keys' occurrences: one is a match when
        ``name_word`` matches exactly the key there and no earlier match covers it, which one
        can only through a hyphen right before it ("Abe-Lavrov": the one non-word character
        a match holds). Then, rarely, the plain substitution runs."""
        found: list[tuple[int, int, str]] = []
        match_at = self.lex.name_word.match
        for key, name in self.surnames.items():
            at = text.find(key)
            while at >= 0:
                if at and text[at - 1] == "-":
                    return None
                match = match_at(text, at)
                if (
                    match
                    and match.end() == at + len(key)
                    and not _inside_full(text, match)
                    and not text.startswith(name, at)  # "Wen Jiabao", family name first
                ):
                    found.append((at, match.end(), name))
                at = text.find(key, at + 1)
        return found


def known(item: T | None) -> T:
    """What the domain gives for a name one of its own patterns matched: never None."""
    assert item is not None, "a name the domain's patterns match is one of its names"
    return item


_LOWER = LOWER_LETTERS
_UPPER = frozenset(UPPER_LETTERS)


def _inside_full(text: str, match: re.Match[str]) -> bool:
    """True when the surname is already preceded by its given name ("Shinzo Abe"): spaces,
    and before them a word ending in a capital and lowercase letters (the capital before the
    whole run of lowercase letters that ends the text before the spaces)."""
    start = match.start()
    if _AFTER_INITIAL.search(text, 0, start):
        return True  # "S. Lavrov", "S Lavrov", "N.Enkhtaivan"
    if not start or text[start - 1] != " ":
        return False
    before = text[:start].rstrip(" ")
    head = before.rstrip(_LOWER)
    return len(head) < len(before) and head[-1:] in _UPPER


_AFTER_INITIAL = re.compile(rf"(?<![\w.])(?:{INITIALS})\Z")
