"""People: full name, canonical post, country; later surname-only mentions link back.

Patterns: "[Country's|Demonym] <post> <Given Surname>" and "<Given Surname>, [the] <country's>
<post>". A post without a name ("Japan's trade minister said") is remembered so a later
"Trade minister Hiroshige Seko" gets the country. Countries not stated anywhere fall back to
the country of the dateline city (flagged ``country-inferred``). "X and his Russian counterpart
Y" makes X of the other side when the domain leaves only one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from quizgen.extract.base import NOT_NAMES, DocContext, Draft, Lexicon, Person
from quizgen.extract.person_scan import SEPARATOR, PersonScan, follow

BASIS_RANK = {"stated": 3, "counterpart": 2, "role": 2, "dateline": 1, "none": 0}


def find_people(ctx: DocContext) -> list[Draft]:
    """Person drafts for every full-name mention, plus surname mentions as extra sources."""
    lex, domain = ctx.lex, ctx.domain
    role_countries: dict[str, str] = {}
    found: list[tuple[int, Person]] = []
    counterparts: list[tuple[str, str, int]] = []  # (name, the counterpart's country, sentence)
    for index, text, base, with_name, role_only, after in _matches(ctx):
        named = [m.span() for m in with_name]
        for match in role_only:
            if any(s <= match.start() < e for s, e in named):
                continue  # part of "Russia's Foreign Minister Sergei Lavrov"
            country = _country_of(lex, match, text, base)
            post = domain.post_for(match["role"])
            if country and post:
                role_countries.setdefault(post, country)
        for matches in (with_name, after):
            for match in matches:
                name = domain.canonical_person(match["name"])
                if " " not in name or name.split()[0] in NOT_NAMES:
                    continue
                country = _country_of(lex, match, text, base)
                role, written = lex.post_of(match)
                person = Person(
                    name=name,
                    role=role,
                    role_as_written=written,
                    country=country,
                    basis="stated" if country else "none",
                    aliases={match["name"]} - {name},
                )
                found.append((index, person))
                ctx.mentions.append((index, match.start() - base, match.end() - base, name))
        sentence = ctx.doc.sentences[index].text
        for match in lex.counterpart.finditer(sentence) if "counterpart" in sentence else ():
            # "Lavrov and his Japanese counterpart Fumio Kishida": the same post, other country
            before = [p for i, p in found if i == index] or [p for _, p in found]
            role = before[-1] if before else None
            country = domain.country_for(match["country"])
            if role and country:
                counterparts.append((role.name, country.name, index))
            name = domain.canonical_person(match["name"])
            found.append(
                (
                    index,
                    Person(
                        name,
                        role.role if role else None,
                        role.role_as_written if role else None,
                        country.name if country else None,
                        "stated" if country else "none",
                    ),
                )
            )
            ctx.mentions.append((index, match.start("name"), match.end(), name))
    for _, person in found:
        _merge_person(ctx.people, person)
    for name, other, index in counterparts:
        _other_side(ctx, ctx.people[name], other, index)
    _fill_countries(ctx, role_countries)
    for person in ctx.people.values():
        ctx.surnames[person.name.split()[-1]] = person.name
        person.aliases.add(person.name.split()[-1])
    _link_surnames(ctx)
    ctx.mentions.sort()
    drafts = []
    for index, sentence in enumerate(ctx.doc.sentences):
        for name in ctx.people_in(index):
            person = ctx.people[name]
            drafts.append(
                Draft(
                    "person",
                    name,
                    {
                        "name": name,
                        "role": person.role,
                        "role_as_written": person.role_as_written,
                        "country": person.country,
                        "aliases": sorted(person.aliases - {name}),
                    },
                    ctx.source(sentence),
                    ("country-inferred",) if person.basis == "dateline" else (),
                )
            )
    return drafts


Matches = tuple[int, str, int, list[re.Match[str]], list[re.Match[str]], list[re.Match[str]]]


def _matches(ctx: DocContext) -> Iterator[Matches]:
    """Per sentence that may name a post, in order: its index, the text the matches were read
    in, where the sentence starts in it, and the ``person``, ``role_only`` and
    ``person_after`` matches in the sentence."""
    scan = ctx.lex.person_scan
    if scan is None:
        yield from _sentence_matches(ctx)
    else:
        yield from _document_matches(ctx, scan)


def _sentence_matches(ctx: DocContext) -> Iterator[Matches]:
    """Each sentence scanned whole (the domain's vocabulary does not allow the anchored scan)."""
    lex = ctx.lex
    for index, sentence in enumerate(ctx.doc.sentences):
        text = sentence.text
        if not lex.role_fold_hint.search(ctx.folded[index]) or not lex.role_hint.search(text):
            continue
        yield (
            index,
            text,
            0,
            list(lex.person.finditer(text)),
            list(lex.role_only.finditer(text)),
            list(lex.person_after.finditer(text)),
        )


def _document_matches(ctx: DocContext, scan: PersonScan) -> Iterator[Matches]:
    """The same matches, read in the whole document at once and only near posts.

    The sentences are joined by a character no pattern matches, so the matches are those of
    each sentence; a sentence holding a match holds a post, so it passes the pre-checks of
    ``_sentence_matches`` (``build_person_scan`` checks that of the case-folded one)."""
    lex, sentences = ctx.lex, ctx.doc.sentences
    text = SEPARATOR.join(s.text for s in sentences)
    starts, at = [], 0
    for sentence in sentences:
        starts.append(at)
        at += len(sentence.text) + 1
    backwards = text[::-1]
    anchors = scan.anchors(lex, text, backwards)
    by_sentence: dict[int, Matches] = {}

    def entry(position: int) -> Matches:
        index = bisect_right(starts, position) - 1
        if index not in by_sentence:
            by_sentence[index] = (index, text, starts[index], [], [], [])
        return by_sentence[index]

    for match in follow(lex.person, text, [(a.start, a.low, a.start) for a in anchors]):
        entry(match.start())[3].append(match)
    direct = [(a.start, a.low, a.low) for a in anchors if a.direct]
    for match in follow(lex.role_only, text, direct):
        entry(match.start())[4].append(match)
    read = set()
    for position in scan.person_after(anchors, backwards):
        index, _, base, _, _, after = entry(position)
        if index not in read:  # the whole sentence, once
            read.add(index)
            after.extend(lex.person_after.finditer(text, base, base + len(sentences[index].text)))
    if "counterpart" in text:  # the rule reads counterparts in sentences that hold a post
        for index, sentence in enumerate(sentences):
            if "counterpart" in sentence.text and lex.role_hint.search(sentence.text):
                entry(starts[index])
    yield from (by_sentence[i] for i in sorted(by_sentence))


def _country_of(lex: Lexicon, match: re.Match[str], text: str, base: int) -> str | None:
    """``lex.country_of`` for a match read in ``text``, where its sentence starts at ``base``."""
    if match["the"] and not match["country"] and not match["place"]:
        earlier = lex.country.search(text, base, match.start())
        if earlier:
            found = lex.domain.country_for(earlier[0])
            return found.name if found else None
        return None
    return lex.country_of(match, text)


def _merge_person(people: dict[str, Person], person: Person) -> None:
    known = people.get(person.name)
    if known is None:
        people[person.name] = person
        return
    known.aliases |= person.aliases
    if not known.role and person.role:
        known.role, known.role_as_written = person.role, person.role_as_written
    if BASIS_RANK[person.basis] > BASIS_RANK[known.basis]:
        known.country, known.basis = person.country, person.basis


def _other_side(ctx: DocContext, person: Person, other: str, index: int) -> None:
    """ "X and his Russian counterpart Y": X is of the one other side, when only one is left.

    The sides are the domain's parties; a former state (``ended``) is left out only when the
    article is dated after it ended and the sentence names no year before that.
    """
    if person.country:
        return
    year = ctx.doc.published.year
    early = [int(y) for y in re.findall(r"\b1\d{3}\b", ctx.doc.sentences[index].text)]
    sides = [
        c.name
        for c in ctx.domain.countries
        if c.party
        and c.name != other
        and not (c.ended and year and year > c.ended and not any(y <= c.ended for y in early))
    ]
    if len(sides) == 1:
        person.country, person.basis = sides[0], "counterpart"


def _fill_countries(ctx: DocContext, role_countries: dict[str, str]) -> None:
    dateline = ctx.domain.place_for(ctx.doc.dateline) if ctx.doc.dateline else None
    parties = {c.name for c in ctx.domain.countries if c.party}
    if dateline and dateline.country not in parties:
        dateline = None
    holders: dict[str | None, int] = {}
    for person in ctx.people.values():
        holders[person.role] = holders.get(person.role, 0) + 1
    for person in ctx.people.values():
        if person.country:
            continue
        if person.role in role_countries and holders[person.role] == 1:
            person.country, person.basis = role_countries[person.role], "role"
        elif dateline and dateline.country:
            person.country, person.basis = dateline.country, "dateline"


def _link_surnames(ctx: DocContext) -> None:
    """Record "Seko said" style mentions (surname alone) as mentions of the full name."""
    if not ctx.surnames:
        return
    covered: dict[int, list[tuple[int, int]]] = {}
    for i, s, e, _ in ctx.mentions:
        covered.setdefault(i, []).append((s, e))
    surnames = tuple(ctx.surnames)
    for index, sentence in enumerate(ctx.doc.sentences):
        if not any(surname in sentence.text for surname in surnames):
            continue  # no surname as a substring: no word of the sentence is one
        spans = covered.get(index, ())
        for match in ctx.lex.name_word.finditer(sentence.text):
            name = ctx.surnames.get(match[0])
            if name and not any(s <= match.start() < e for s, e in spans):
                ctx.mentions.append((index, match.start(), match.end(), name))
