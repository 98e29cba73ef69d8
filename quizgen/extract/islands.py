"""Islands: lists of the disputed islands as written, and which country uses which group name.

Two forms of ``islands`` fact:
- ``list``: the islands a sentence names, in order (``members`` ids, ``names`` as written),
  with the group the sentence names (``group``) and its user when stated (``used_by``).
- ``naming``: a group name and the country that uses it ("which Calder calls the Holm
  Islands", "called the Islas del Mar in Brena", "Brena's Islas del Mar").
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import partial
from typing import NamedTuple

from quizgen.domain import Domain
from quizgen.extract.base import POSSESSIVE, DocContext, Draft, known
from quizgen.extract.joined import find_all, lexicon_words, sentences_holding
from quizgen.extract.lexicon import Lexicon, folded_hint
from quizgen.patterns import covering, near_anchors, word_matches


def find_islands(ctx: DocContext) -> list[Draft]:
    """Island list and group-naming drafts for every sentence of the document."""
    sentences = ctx.doc.sentences
    if not sentences:
        return []
    lex = ctx.lex
    group_words, reaches = (tools := _tools(lex)).group_words, tools.reaches
    patterns = None
    drafts = []
    for index in _candidates(ctx, tools.anchors):
        sentence = sentences[index]
        text = sentence.text
        folded = ctx.folded[index]
        if group_words is None:
            has_group = bool(lex.group_hint.search(folded))
        else:  # the same test: group_hint is any_of(group_words)
            has_group = any(word in folded for word in group_words)
        if has_group:
            patterns = patterns or _naming_patterns(lex)
            namings = _namings(ctx, text, folded, patterns, group_words, reaches)
        else:
            namings = []
        for group, country in namings:
            listed = known(ctx.domain.group_for(group))
            members = list(listed.members)
            flags = () if listed.used_by in (None, country) else ("used-by-differs-from-domain",)
            drafts.append(
                Draft(
                    "islands",
                    ("naming", group, country),
                    {
                        "form": "naming",
                        "members": members,
                        "names": [],
                        "group": group,
                        "used_by": country,
                    },
                    ctx.source(sentence),
                    flags,
                )
            )
        # (a sentence with no island word finds no island: the hint test is not needed)
        islands = [
            (m[0], known(ctx.domain.island_for(m[0]))) for m in word_matches(lex.island_body, text)
        ]
        if not islands:
            continue
        members = list(dict.fromkeys(island.id for _, island in islands))
        names = list(dict.fromkeys(name for name, _ in islands))
        groups = [
            known(ctx.domain.group_for(g[0]))
            for g in _group_matches(ctx, text, folded, group_words, reaches)
        ]
        group_name = groups[0].name if groups else None
        used_by = dict(namings).get(group_name) if group_name else None
        drafts.append(
            Draft(
                "islands",
                ("list", tuple(members), tuple(names)),
                {
                    "form": "list",
                    "members": members,
                    "names": names,
                    "group": group_name,
                    "used_by": used_by,
                },
                ctx.source(sentence),
            )
        )
    return drafts


class Tools(NamedTuple):
    """What the rule looks for, derived from the domain once per Lexicon."""

    anchors: list[str] | None  # see _anchors; None: read every sentence
    group_words: list[str] | None  # see _group_words; None: search with lex.group_hint
    reaches: tuple[int, ...] | None  # see _reaches; None: search whole sentences


_PART = "\x01"  # between the three word lists kept for Tools


def _tools(lex: Lexicon) -> Tools:
    """The rule's ``Tools`` for the Lexicon's domain (one lookup per document)."""
    found = lexicon_words(lex, "islands-tools", lambda: _tool_words(lex.domain))
    if found is None:
        return Tools(None, None, None)
    first = found.index(_PART)
    second = found.index(_PART, first + 1)
    return Tools(
        found[:first] or None,
        found[first + 1 : second] or None,
        tuple(map(int, found[second + 1 :])),
    )


def _tool_words(domain: Domain) -> list[str]:
    groups = [n.casefold() for g in domain.groups for n in (g.name, *g.aliases)]
    islands = [n.casefold() for i in domain.islands for n in i.spellings]
    anchors = covering(_shared_prefixes(covering(groups + islands)))
    words = [*anchors, *covering(groups)]
    if any(_PART in w for w in words):
        return []  # cannot be kept apart: lexicon_words gives None
    countries = [w for c in domain.countries for w in (c.name, *c.aliases, *c.demonyms)]
    country = max(map(len, countries), default=0)
    group = max(map(len, groups), default=0)
    reaches = (country + 1, country, 4 + group, 0, group)
    return [*anchors, _PART, *covering(groups), _PART, *map(str, reaches)]


def _candidates(ctx: DocContext, anchors: list[str] | None) -> list[int]:
    """Indices of the sentences that may name a group or an island (the others give nothing):
    those whose case-folded text holds one of ``anchors``, or all when there are none."""
    if anchors is None:
        return list(range(len(ctx.doc.sentences)))
    return sentences_holding(ctx.joined_folded, anchors)


def _group_words(lex: Lexicon) -> list[str] | None:
    """The words of ``lex.group_hint``: the covering of the folded group names."""
    return _tools(lex).group_words


def _anchors(lex: Lexicon) -> list[str] | None:
    """Few case-folded words, one of which every folded group name and island name holds:
    each sentence that holds a group name or an island name holds one in its folded text."""
    return _tools(lex).anchors


def _shared_prefixes(words: Iterable[str], shortest: int = 5) -> list[str]:
    """``words`` with each run of neighbours (in sorted order) that share a prefix of at
    least ``shortest`` characters replaced by that prefix: fewer words to look for."""
    merged: list[str] = []
    for word in sorted(words):
        if merged:
            common = len(os.path.commonprefix([merged[-1], word]))
            if common >= shortest:
                merged[-1] = word[:common]
                continue
        merged.append(word)
    return merged


CALLS = re.compile(r"\b(?:call|calls|called|known|refers?|name[sd]?)\b")


def _naming(lex: Lexicon, index: int) -> str:
    """Naming pattern ``index``: "Calder calls them the Holm Islands" and the like."""
    country, group = rf"(?P<c>{lex.country_words})", rf"(?P<g>{lex.group.pattern})"
    sources = (
        rf"\b{country}\s+(?:calls?|refers? to)\s+(?:them\s+|it\s+|the islands\s+)?(?:as\s+)?(?:its\s+|the\s+)?{group}",
        rf"\b{country}{POSSESSIVE}\s+{group}",
        rf"\b(?:the\s+)?{group}\s+(?:in|by)\s+{country}",
        rf"\bknown\s+in\s+{country}\s+as\s+(?:the\s+)?{group}",
    )
    return sources[index]


# the words each naming pattern needs (see _namings)
NEEDS: tuple[tuple[str, ...], ...] = (("call", "refer"), ("'s", "’s"), (), ("known",))
IN_BY = re.compile(r"\s(?:in|by)\s", re.I)  # as in naming pattern 2
WIDE_SPACE = re.compile(r"\s\s")  # a text where "one space each" cannot be assumed


def _naming_patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """The four naming patterns (see ``_naming``), compiled once per Lexicon."""
    return tuple(
        lex.pattern(f"naming-{i}", partial(_naming, lex, i), re.I if i != 1 else 0)
        for i in range(len(NEEDS))
    )


def _namings(
    ctx: DocContext,
    text: str,
    folded: str,
    patterns: tuple[re.Pattern[str], ...],
    group_words: list[str] | None,
    reaches: tuple[int, ...] | None,
) -> list[tuple[str, str]]:
    """(group, country) pairs a sentence states, in order of appearance (``folded``: the
    sentence case-folded; ``patterns``: ``_naming_patterns``; see ``Tools`` for the rest)."""
    found: list[tuple[int, str, str]] = []
    # CALLS needs one of these words as written
    if "call" in text or "known" in text or "refer" in text or "name" in text:
        calls = CALLS.search(text)
    else:
        calls = None
    if not _aligned(text, folded):
        reaches = None
    for index, pattern in enumerate(patterns):
        if index == 2 and not calls:
            continue
        # words each pattern needs (case-folded: no "i", "k" or "s" that re.I could match
        # unfolded); pattern 2 holds a group name
        needs = NEEDS[index]
        if needs and not (needs[0] in folded or needs[1:] and needs[1] in folded):
            continue
        words = needs or group_words
        if reaches is None or words is None:
            matches = pattern.finditer(text)
        else:  # search only near the words each match holds (see _reaches)
            anchors: Iterable[int] = find_all(text if index == 1 else folded, words)
            if index == 2 and not WIDE_SPACE.search(text):
                # "Islas del Mar in Brena": the group name, that ends at most the longest group
                # name after its word, is followed by " in " or " by " (one space each)
                ends = reaches[4] + 4
                anchors = [a for a in anchors if IN_BY.search(text, a, a + ends)]
            matches = near_anchors(pattern, text, anchors, reaches[index])
        for m in matches:
            g, c = ctx.domain.group_for(m["g"]), ctx.domain.country_for(m["c"])
            if g and c:
                found.append((m.start(), g.name, c.name))
    if len(found) < 2:
        return [(g, c) for _, g, c in found]
    return [(g, c) for _, g, c in sorted(dict.fromkeys(found))]


def _group_matches(
    ctx: DocContext,
    text: str,
    folded: str,
    words: list[str] | None,
    reaches: tuple[int, ...] | None,
) -> Iterator[re.Match[str]]:
    """``ctx.lex.group.finditer(text)``, searched only near the group ``words`` of ``folded``."""
    lex = ctx.lex
    if not folded_hint(folded, lex.group_hint):
        return iter(())  # no match can be in the text
    if not _aligned(text, folded):
        reaches = None
    if reaches is None or words is None:
        return lex.group.finditer(text)
    return near_anchors(lex.group, text, find_all(folded, words), reaches[4])


# Characters that re.IGNORECASE matches to an ASCII letter but that casefold() keeps apart.
FOLD_EXCEPTIONS = ("ı", "\u0307")


def _aligned(text: str, folded: str) -> bool:
    """True when offsets in ``folded`` (``text.casefold()``) are offsets in ``text`` (every
    character folds to one) and each case-insensitive match of a group name, "call",
    "refer" or "known" in ``text`` is that word in ``folded``."""
    return len(folded) == len(text) and not any(c in folded for c in FOLD_EXCEPTIONS)


def _reaches(lex: Lexicon) -> tuple[int, ...] | None:
    """How far before its anchor word a match of each naming pattern (0 to 3) and of the
    group pattern (4) can start, counting a run of whitespace as one character: the longest
    country word (and a space) before "call"/"refer", the country before "'s", "the " and the
    longest group name before a group word, none before "known", a group name."""
    return _tools(lex).reaches
