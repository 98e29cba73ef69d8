"""Islands: lists of the disputed islands as written, and which country uses which group name.

Two forms of ``islands`` fact:
- ``list``: the islands a sentence names, in order (``members`` ids, ``names`` as written),
  with the group the sentence names (``group``) and its user when stated (``used_by``).
- ``naming``: a group name and the country that uses it ("which Japan calls the Northern
  Territories", "called the Southern Kurils in Russia", "Russia's Southern Kurils").
"""

from __future__ import annotations

import re

from quizgen.extract.base import POSSESSIVE, DocContext, Draft, Lexicon
from quizgen.patterns import word_matches


def find_islands(ctx: DocContext) -> list[Draft]:
    """Island list and group-naming drafts for every sentence of the document."""
    lex = ctx.lex
    drafts = []
    for sentence, folded in zip(ctx.doc.sentences, ctx.folded, strict=True):
        text = sentence.text
        has_group = bool(lex.group_hint.search(folded))
        if not has_group and not lex.island_hint.search(text):
            continue
        namings = _namings(ctx, text) if has_group else []
        for group, country in namings:
            known = ctx.domain.group_for(group)
            members = list(known.members)
            flags = () if known.used_by in (None, country) else ("used-by-differs-from-domain",)
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
        islands = [(m[0], ctx.domain.island_for(m[0])) for m in word_matches(lex.island_body, text)]
        if not islands:
            continue
        members = list(dict.fromkeys(island.id for _, island in islands))
        names = list(dict.fromkeys(name for name, _ in islands))
        groups = [ctx.domain.group_for(g[0]) for g in ctx.lex.group.finditer(text)]
        group = groups[0].name if groups else None
        used_by = dict(namings).get(group) if group else None
        drafts.append(
            Draft(
                "islands",
                ("list", tuple(members), tuple(names)),
                {
                    "form": "list",
                    "members": members,
                    "names": names,
                    "group": group,
                    "used_by": used_by,
                },
                ctx.source(sentence),
            )
        )
    return drafts


CALLS = re.compile(r"\b(?:call|calls|called|known|refers?|name[sd]?)\b")


def _naming(lex: Lexicon, index: int) -> str:
    """Naming pattern ``index``: "Japan calls them the Northern Territories" and the like."""
    country, group = rf"(?P<c>{lex.country_words})", rf"(?P<g>{lex.group.pattern})"
    sources = (
        rf"\b{country}\s+(?:calls?|refers? to)\s+(?:them\s+|it\s+|the islands\s+)?(?:as\s+)?(?:its\s+|the\s+)?{group}",
        rf"\b{country}{POSSESSIVE}\s+{group}",
        rf"\b(?:the\s+)?{group}\s+(?:in|by)\s+{country}",
        rf"\bknown\s+in\s+{country}\s+as\s+(?:the\s+)?{group}",
    )
    return sources[index]


def _namings(ctx: DocContext, text: str) -> list[tuple[str, str]]:
    """(group, country) pairs a sentence states, in order of appearance."""
    lex = ctx.lex
    if not lex.group.search(text):
        return []
    found: list[tuple[int, str, str]] = []
    calls = CALLS.search(text)
    folded = text.casefold()
    # words each pattern needs (case-folded: no "i", "k" or "s" that re.I could match unfolded)
    needs = (("call", "refer"), ("'s", "’s"), (), ("known",))
    for index in range(len(needs)):
        if index == 2 and not calls:
            continue
        if needs[index] and not any(word in folded for word in needs[index]):
            continue
        flags = re.I if index != 1 else 0
        pattern = lex.pattern(f"naming-{index}", lambda index=index: _naming(lex, index), flags)
        for m in pattern.finditer(text):
            g, c = ctx.domain.group_for(m["g"]), ctx.domain.country_for(m["c"])
            if g and c:
                found.append((m.start(), g.name, c.name))
    return [(g, c) for _, g, c in sorted(dict.fromkeys(found))]
