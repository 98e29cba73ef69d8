"""Shared pieces of the extraction rules: drafts, per-document context, compiled vocabulary."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import Any, NamedTuple

from quizgen.domain import Domain
from quizgen.extract.person_scan import PersonScan, build_person_scan
from quizgen.facts import Source
from quizgen.ingest.records import Document, Sentence
from quizgen.patterns import SEPARATOR, alternation, any_of, covering

POSSESSIVE = r"(?:'s|’s)"
NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# Words that modify a post ("Deputy Prime Minister", "former Foreign Minister"): a post written
# with one is never the bare post. Grammar, not topic vocabulary, so it lives in the code.
POST_MODIFIERS = "first deputy vice acting former assistant senior interim parliamentary special"
MODIFIER_WORDS = tuple(w for m in POST_MODIFIERS.split() for w in (m, m.title()))
MODIFIER = (
    rf"(?P<mod>(?:(?:{alternation(MODIFIER_WORDS)})\s+"
    r"|(?:[Tt]hen|[Ee]x)-)*)"
)
# Capitalised words that start sentences or titles but are never people's names.
NOT_NAMES = frozenset(
    "The A An And But In On At For Of To With He She It They We I This That These Those".split()
)


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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Draft:
        key = data["key"]
        return cls(
            data["kind"],
            tuple(key) if isinstance(key, list) else key,
            data["fields"],
            Source.from_dict(data["source"]),
            tuple(data.get("flags", ())),
        )


@dataclass
class Person:
    """A person found in one document (working state of the people rule)."""

    name: str
    role: str | None
    role_as_written: str | None
    country: str | None
    basis: str  # how the country was found: stated | counterpart | role | dateline | none
    aliases: set[str] = field(default_factory=set)


class Joined(NamedTuple):
    """A document's sentences in one text, each after a ``SEPARATOR``, so that a pattern or a
    word that cannot match the separator is searched once per document and finds exactly what
    it finds in each sentence alone (``\\b`` sees the separator as the edge of a text).

    Sentence ``i`` starts at ``starts[i]``; one more entry, ``len(text) + 1``, closes the last.
    """

    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, texts: Sequence[str]) -> Joined:
        starts = tuple(accumulate([len(t) + 1 for t in texts], initial=1))
        return cls("".join(SEPARATOR + t for t in texts), starts)

    def sentence_at(self, position: int) -> int:
        """The index of the sentence holding ``position`` (or the separator before it)."""
        return bisect_right(self.starts, position) - 1

    def locate(self, position: int) -> tuple[int, int]:
        """The sentence holding ``position`` and the offset of ``position`` in it."""
        index = self.sentence_at(position)
        return index, position - self.starts[index]


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

    def cached(self, name: str, index: int, compute: Callable[[str], Any]) -> Any:
        """``compute(sentence text)`` for sentence ``index``, computed once per document."""
        key = (name, index)
        if key not in self.memo:
            self.memo[key] = compute(self.doc.sentences[index].text)
        return self.memo[key]

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
        return self._resolve_names(text)

    def _resolve_names(self, text: str) -> str:
        def full(match: re.Match[str]) -> str:
            name = self.domain.canonical_person(match["name"])
            return self.surnames.get(name, name) if " " not in name else name

        if self.lex.role_hint.search(text):  # every person match holds a post
            text = self.lex.person.sub(full, text)
        # A surname is replaced where it is a whole ``name_word`` match (of the plain
        # substitution below), so each is found from the keys' occurrences: one is a match when
        # ``name_word`` matches exactly the key there and no earlier match covers it, which one
        # can only through a hyphen right before it ("Abe-Lavrov": the one non-word character
        # a match holds). Then, rarely, the plain substitution runs.
        found: list[tuple[int, int, str]] | None = []
        match_at = self.lex.name_word.match
        for key, name in self.surnames.items():
            at = text.find(key)
            while at >= 0:
                if at and text[at - 1] == "-":
                    found = None
                    break
                match = match_at(text, at)
                if match and match.end() == at + len(key) and not _inside_full(text, match):
                    found.append((at, match.end(), name))
                at = text.find(key, at + 1)
            if found is None:
                break
        if found is not None:
            if not found:
                return text
            found.sort()
            parts, last = [], 0
            for start, end, name in found:
                parts += (text[last:start], name)
                last = end
            parts.append(text[last:])
            return "".join(parts)

        def surname(match: re.Match[str]) -> str:
            name = self.surnames.get(match[0])
            return match[0] if name is None or _inside_full(text, match) else name

        return self.lex.name_word.sub(surname, text)


_MODIFIER_NAMES = {"ex-": "Former", "then-": "Then-"}


def _case_forms(word: str) -> tuple[str, ...]:
    """The case forms a post is matched in: as listed, lower, Capitalised, Title, uncapitalised."""
    return (
        word,
        word.lower(),
        word[:1].upper() + word[1:],
        word.title(),
        word[:1].lower() + word[1:],
    )


_LOWER = "abcdefghijklmnopqrstuvwxyz"
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _inside_full(text: str, match: re.Match[str]) -> bool:
    """True when the surname is already preceded by its given name ("Shinzo Abe"): spaces,
    and before them a word ending ``[A-Z][a-z]+`` (the ASCII capital before the whole run of
    ASCII lowercase letters that ends the text before the spaces)."""
    start = match.start()
    if not start or text[start - 1] != " ":
        return False
    before = text[:start].rstrip(" ")
    head = before.rstrip(_LOWER)
    return len(head) < len(before) and head[-1:] in _UPPER


# Characters that re.IGNORECASE matches to an ASCII letter but that casefold() keeps apart
# ("ı" to "i"; "İ" folds to "i" + U+0307): a text holding one always passes a folded pre-check.
_FOLD_EXCEPTIONS = ("ı", "\u0307")


def folded_hint(folded: str, hint: re.Pattern[str]) -> bool:
    """False only when no case-insensitive match of the case-folded words that ``hint`` finds
    (``any_of``) can be in the text whose ``casefold()`` is ``folded`` (a pre-check)."""
    return bool(hint.search(folded)) or any(c in folded for c in _FOLD_EXCEPTIONS)


class Lexicon:
    """The domain's vocabulary compiled into patterns once per run (never per sentence)."""

    def __init__(self, domain: Domain) -> None:
        self.domain = domain
        countries = [n for c in domain.countries for n in (c.name, *c.aliases)]
        demonyms = [d for c in domain.countries for d in c.demonyms]
        roles = [v for r in domain.roles for v in (r.post, *r.variants)]
        self.country_words = alternation(countries + demonyms, ignore_case=True)
        # the same words for case-sensitive patterns: always a trie (much faster to search)
        self.country_trie = alternation(countries + demonyms)
        # case forms spelled out: a case-sensitive alternation is many times faster than (?i:)
        self.role_forms = tuple(sorted({f for r in roles for f in _case_forms(r) if f}))
        self.role_words = alternation(self.role_forms)
        place_names = [n for p in domain.places for n in (p.name, *p.aliases)]
        self.modifier_forms = MODIFIER_WORDS
        # every text the owner group below can match ("Japan", "Japan's", "the country’s")
        owners = [w for w in (*countries, *demonyms, *place_names) if w]
        self.owner_forms = tuple(
            sorted(
                {w + s for w in owners for s in ("", "'s", "’s")}
                | {"the country's", "the country’s"}
            )
        )
        # whose post: "Russian", "Japan's", "the country's", "Sakhalin" (a place of the domain)
        owner = (
            rf"(?:(?P<country>{self.country_trie}){POSSESSIVE}?|(?P<the>the country{POSSESSIVE})"
            rf"|(?P<place>{alternation(place_names)}){POSSESSIVE}?)"
        )
        name = (
            rf"(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,2}}|{NAME_WORD}(?=\s+(?:said|says|told)\b))"
        )
        # "Russian Foreign Minister Sergei Lavrov", "Trade minister Hiroshige Seko",
        # "Russian Deputy Prime Minister Yuri Trutnev" (modifiers: see ``post_of``)
        # (the leading \b fails mid-word positions at once: every branch starts a word)
        self.person = re.compile(
            rf"\b(?:{owner}\s+)?\b{MODIFIER}(?P<role>{self.role_words})\s+{name}"
        )
        # "Sergei Lavrov, Russia's foreign minister," (appositive role after the name)
        self.person_after = re.compile(
            rf"(?P<name>{NAME_WORD} {NAME_WORD}), (?:the )?{owner}\s+{MODIFIER}"
            rf"(?P<role>{self.role_words})\b"
        )
        # "Japan's trade minister said" (a post without a name)
        self.role_only = re.compile(rf"\b{owner}\s+(?P<role>{self.role_words})\b")
        self.role_hint = re.compile(self.role_words)  # cheap test: may this sentence name a post?
        # cheaper still, against ctx.folded: every case form of a post folds to the folded post
        self.role_fold_hint = any_of(covering(r.casefold() for r in roles))
        self.role_subject = re.compile(rf"(?:the\s+)?(?P<role>{self.role_words})")
        self.name_word = re.compile(rf"\b{NAME_WORD}\b")
        # ``*_body``: the pattern without its leading \b, for ``word_matches`` (faster scans)
        self.country_body = re.compile(rf"(?:{self.country_trie})\b")
        self.country = re.compile(rf"\b{self.country_body.pattern}")
        island_names = [n for i in domain.islands for n in i.names]
        self.island_body = re.compile(
            rf"(?:{alternation(island_names)})(?:\s+(?:islet group|islets|islands|island|group))?\b"
        )
        self.island = re.compile(rf"\b{self.island_body.pattern}")
        group_names = [n for g in domain.groups for n in (g.name, *g.aliases)]
        self.group = re.compile(rf"\b(?:{alternation(group_names, ignore_case=True)})\b", re.I)
        self.place_body = re.compile(rf"(?:{alternation(place_names)})\b")
        self.place = re.compile(rf"\b{self.place_body.pattern}")
        number_words = [w for w, _ in domain.numbers]
        self.number_words = alternation(number_words, ignore_case=True)
        self.number_hint = any_of(w.casefold() for w in number_words)  # against ctx.folded
        self.not_places = frozenset(n.casefold() for n in domain.not_places)
        demonym_words = alternation(demonyms)
        self.counterpart = re.compile(
            rf"\b(?:his|her|their)\s+(?P<country>{demonym_words})\s+counterparts?,?\s+"
            rf"(?P<name>{NAME_WORD} {NAME_WORD})"
        )
        # pre-checks: a sentence holding none of these words cannot match the pattern named
        self.island_hint = any_of(covering(island_names))
        self.group_hint = any_of(covering(n.casefold() for n in group_names))  # ctx.folded
        parties = {c.name for c in domain.countries if c.party}
        self.other_country_hint = any_of(
            covering(c.name for c in domain.countries if c.name not in parties)
        )
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._derived: dict[str, Any] = {}
        # memos of functions of vocabulary words (``post_of``, ``owner_country``), for the run
        self._posts: dict[tuple[str | None, str], tuple[str | None, str]] = {}
        self._owners: dict[tuple[str | None, str | None], str | None] = {}

    @cached_property
    def person_scan(self) -> PersonScan | None:
        """The people rule's anchored scan, or None when this vocabulary does not allow it."""
        return build_person_scan(self)

    def cached(self, name: str, build: Callable[[], Any]) -> Any:
        """A rule's data derived from the domain (word lists...), built on first use."""
        if name not in self._derived:
            self._derived[name] = build()
        return self._derived[name]

    def pattern(self, name: str, build: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
        """A rule's domain-dependent pattern, compiled on first use and reused for the run."""
        if name not in self._patterns:
            self._patterns[name] = re.compile(build(), flags)
        return self._patterns[name]

    def post_of(self, match: re.Match[str]) -> tuple[str | None, str]:
        """The post a person pattern names, and the post as written.

        Modifiers before a listed post join it when the longer post is listed too ("Vice" +
        "Foreign Minister"); otherwise they make a post of their own ("Acting Prime Minister",
        "Former Prime Minister"), so a modified post is never read as the bare post.
        """
        key = match.group("mod", "role")
        found = self._posts.get(key)
        if found is None:
            found = self._posts[key] = self._post_of(*key)
        return found

    def _post_of(self, mod: str | None, role: str) -> tuple[str | None, str]:
        words = mod.split() if mod else []
        words = [part for word in words for part in re.findall(r"\w+-|\w+", word)]
        role = " ".join(role.split())
        written = " ".join([*words, role]).replace("- ", "-")
        for k in range(len(words) + 1):
            post = self.domain.post_for(" ".join([*words[k:], role]))
            if post:
                extra = [_MODIFIER_NAMES.get(w.lower(), w.title()) for w in words[:k]]
                return " ".join([*extra, post]).replace("- ", "-"), written
        return None, written

    def owner_country(self, match: re.Match[str], start: int = 0) -> str | None:
        """``country_of(match, match.string)`` for a match in a text whose sentence starts at
        ``start`` (a joined document); the owner words are looked up once per run."""
        country, place, the = match.group("country", "place", "the")
        if country or place:
            key = (country, place)
            if key not in self._owners:
                self._owners[key] = self.country_of(match, match.string)
            return self._owners[key]
        if the:
            earlier = self.country.search(match.string, start, match.start())
            if earlier:
                found = self.domain.country_for(earlier[0])
                return found.name if found else None
        return None

    def country_of(self, match: re.Match[str], sentence: str) -> str | None:
        """The country a person pattern names: stated, or "the country's" -> first one before."""
        if match["country"]:
            found = self.domain.country_for(match["country"])
            return found.name if found else None
        if match["place"]:
            place = self.domain.place_for(match["place"])
            return place.country if place else None
        if match["the"]:
            earlier = self.country.search(sentence, 0, match.start())
            if earlier:
                found = self.domain.country_for(earlier[0])
                return found.name if found else None
        return None
