"""The domain's vocabulary compiled into the patterns the rules share (``Lexicon``).

Built once per run, never per sentence; the rules add their own domain-dependent patterns and
word lists to it on first use (``pattern``, ``cached``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from typing import TypeVar, cast

from quizgen.domain import Domain
from quizgen.extract.base import (
    HONORIFIC,
    INITIALS,
    LATER_NAME_WORD,
    MIDDLE_INITIAL,
    MODIFIER,
    MODIFIER_WORDS,
    NAME_WORD,
    NICKNAME_PART,
    POSSESSIVE,
)
from quizgen.extract.person_scan import PersonScan, build_person_scan
from quizgen.patterns import alternation, any_of, covering

_MODIFIER_NAMES = {"ex-": "Former", "then-": "Then-"}
T = TypeVar("T")


def _case_forms(word: str) -> tuple[str, ...]:
    """The case forms a post is matched in: as listed, lower, Capitalised, Title, uncapitalised."""
    return (
        word,
        word.lower(),
        word[:1].upper() + word[1:],
        word.title(),
        word[:1].lower() + word[1:],
    )


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
        # every text the owner group below can match ("Calder", "Calder's", "the country’s")
        owners = [w for w in (*countries, *demonyms, *place_names) if w]
        self.owner_forms = tuple(
            sorted(
                {w + s for w in owners for s in ("", "'s", "’s")}
                | {"the country's", "the country’s"}
            )
        )
        # whose post: "Brenan", "Calder's", "the country's", "Wren Island" (a place of the domain)
        owner = (
            rf"(?:(?P<country>{self.country_trie}){POSSESSIVE}?|(?P<the>the country{POSSESSIVE})"
            rf"|(?P<place>{alternation(place_names)}){POSSESSIVE}?)"
        )
        self.owner = owner
        # a given name a transcript's editor put in brackets is part of the name: "Prime
        # Minister [Shinzo] Abe" (``person_name`` drops the brackets)
        name = (
            rf"(?P<name>(?:\[{NAME_WORD}\] )?{NAME_WORD}{NICKNAME_PART}{MIDDLE_INITIAL}"
            rf"(?: {LATER_NAME_WORD}){{1,2}}"
            rf"|\[{NAME_WORD}\] {NAME_WORD}|{INITIALS}{NAME_WORD}(?![\w’'-])"
            rf"|{NAME_WORD}(?![\w’'-]|\s+[A-Z]))"
        )
        # "Brenan Foreign Minister Yuri Petrov", "Trade minister Ola Finn",
        # "Brenan Deputy Prime Minister Pavel Drusov" (modifiers: see ``post_of``), "the
        # presidential spokesman, Lev Arno, said" (a name between commas)
        # (the leading \b fails mid-word positions at once: every branch starts a word)
        # "Calder's Minister of Foreign Affairs, H.E. Ola Finn, said", "President Dr Ola Finn":
        # an honorific may come first
        honorific = (
            r"(?:H\.E\.\s+|(?:the\s+)?(?:Right\s+|Rt\.?\s+)?Hon(?:ourable|\.)?\s+)?"
            rf"(?:{HONORIFIC}\s+)?"
        )
        # "..., the Right Hon Margaret Thatcher MP": a name between commas, or before "MP"
        # "..., the foreign minister, Ola Finn said": or before a lower-case word
        between_commas = (
            rf",\s+{honorific}(?={NAME_WORD}{MIDDLE_INITIAL}(?: {LATER_NAME_WORD}){{1,2}}"
            r"(?:,| MP\b| [a-z]))"
        )
        # "Prime Minister of Calder Mara Voss": the country after the post
        of_country = rf"(?: of (?:the )?(?P<of_country>{self.country_trie}))?"
        self.person = re.compile(
            rf"\b(?:{owner}\s+)?\b{MODIFIER}(?P<role>{self.role_words}){of_country}"
            rf"(?:{between_commas}|\s+{honorific}){name}"
        )
        # "Yuri Petrov, Brena's foreign minister," and "Ola Finn, Minister for Foreign
        # Affairs of Calder," (appositive role after the name, its country before or after it)
        self.person_after = re.compile(
            rf"(?P<name>{NAME_WORD}{MIDDLE_INITIAL}(?: {LATER_NAME_WORD}){{1,2}}), (?:the )?"
            rf"(?:{owner}\s+)?{MODIFIER}"
            rf"(?P<role>{self.role_words})\b"
            rf"(?(country)|(?(place)|(?(the)|(?: of (?:the )?(?P<of_country>{self.country_trie})\b)?)))"
        )
        # "Calder's trade minister said" (a post without a name)
        self.role_only = re.compile(rf"\b{owner}\s+(?P<role>{self.role_words})\b")
        self.role_hint = re.compile(self.role_words)  # cheap test: may this sentence name a post?
        # cheaper still, against ctx.folded: every case form of a post folds to the folded post
        self.role_fold_hint = any_of(covering(r.casefold() for r in roles))
        self.role_subject = re.compile(rf"(?:the\s+)?(?P<role>{self.role_words})")
        self.name_word = re.compile(rf"\b{NAME_WORD}\b")
        # ``*_body``: the pattern without its leading \b, for ``word_matches`` (faster scans)
        self.country_body = re.compile(rf"(?:{self.country_trie})\b")
        self.country = re.compile(rf"\b{self.country_body.pattern}")
        island_names = [n for i in domain.islands for n in i.spellings]
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
            rf"(?P<name>{NAME_WORD}(?: {LATER_NAME_WORD}){{1,2}}(?![\w’'-]| [A-Z]))"
        )
        # pre-checks: a sentence holding none of these words cannot match the pattern named
        self.island_hint = any_of(covering(island_names))
        self.group_hint = any_of(covering(n.casefold() for n in group_names))  # ctx.folded
        parties = {c.name for c in domain.countries if c.party}
        self.other_country_hint = any_of(
            covering(c.name for c in domain.countries if c.name not in parties)
        )
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._derived: dict[str, object] = {}
        # memos of functions of vocabulary words (``post_of``, ``owner_country``), for the run
        self._posts: dict[tuple[str | None, str], tuple[str | None, str]] = {}
        self._owners: dict[tuple[str | None, str | None], str | None] = {}

    @cached_property
    def person_scan(self) -> PersonScan | None:
        """The people rule's anchored scan, or None when this vocabulary does not allow it."""
        return build_person_scan(self)

    def cached(self, name: str, build: Callable[[], T]) -> T:
        """A rule's data derived from the domain (word lists...), built on first use."""
        if name not in self._derived:
            self._derived[name] = build()
        return cast(T, self._derived[name])  # each name is always built by the same ``build``

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
        mod, role = match.group("mod", "role")
        key = (mod, role)
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
        return written, written  # a post the domain does not list (``titled_people``)

    def after_matches(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        """``person_after`` matches in ``text[start:end]`` that say whose post it is: an owner,
        "of <country>", or a post the domain file gives a country of its own ("Ola Finn, the
        secretary of Calder's Security Council," where that post is listed for Calder)."""
        return [
            m
            for m in self.person_after.finditer(text, start, end)
            if m.group("country", "place", "the", "of_country") != (None,) * 4
            or self._post_country(m["role"])
        ]

    def _post_country(self, written: str) -> str | None:
        role = self.domain.role(self.domain.post_for(written))
        return role.country if role else None

    def owner_country(self, match: re.Match[str], start: int = 0) -> str | None:
        """``country_of(match, match.string)`` for a match in a text whose sentence starts at
        ``start`` (a joined document); the owner words are looked up once per run."""
        country, place, the = match.group("country", "place", "the")
        of_country = None if the else match.groupdict().get("of_country")
        if country or place or of_country:
            key = (country or of_country, place)
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
        written = match["country"] or match.groupdict().get("of_country")
        if written:
            found = self.domain.country_for(written)
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
