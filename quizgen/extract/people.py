"""People: full name, canonical post, country; later surname-only mentions link back.

Patterns: "[Country's|Demonym] <post> <Given Surname>" (or "<post>, <Given Surname>,") and
"<Given Surname>, [the] <country's> <post>". A post without a name ("Calder's trade minister
said") is remembered so a later "Trade minister Ola Finn" gets the country. Countries not
stated anywhere come from a post only one country has (the domain's ``country`` of a role),
else from a surname ending only one country's people have ("-ov"), else from the dateline city
(both flagged ``country-inferred``). "X and his Brenan counterpart Y" makes X of the other
side when the domain leaves only one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from lemminflect import getAllLemmas

from quizgen.extract.base import (
    HONORIFIC,
    NAME_WORD,
    NOT_NAMES,
    POST_MODIFIERS,
    DocContext,
    Draft,
    Person,
    spaced_initials,
)
from quizgen.extract.joined import Joined
from quizgen.extract.person_scan import Matches, read_matches
from quizgen.extract.post_speakers import post_speakers
from quizgen.extract.titled_people import (
    INSTITUTION_NOUNS,
    POST_HEADS,
    is_name,
    person_name,
    with_titled,
)
from quizgen.facts import Source
from quizgen.patterns import LOWER_LETTERS, UPPER_LETTERS

BASIS_RANK = {
    "stated": 3,
    "counterpart": 2,
    "list": 2,
    "role": 2,
    "post": 2,
    "surname": 1,
    "dateline": 1,
    "home": 1,
    "known": 1,
    "none": 0,
}
# "Mr. Lavrov, Sergey Viktorovich, Minister ...": the surname first, then the given names,
# which ``person_after`` would take for the whole name
INVERTED_NAME = re.compile(rf"\b{HONORIFIC} [A-Z][\w’'-]*, \Z")
Last = tuple[str, str | None, str | None] | None  # the person read last: name, post, as written


def find_people(ctx: DocContext) -> list[Draft]:
    """Person drafts for every full-name mention, plus surname mentions as extra sources."""
    domain, people = ctx.domain, ctx.people
    matches = with_titled(ctx, read_matches(ctx))
    last: Last = None
    counterparts: list[tuple[str, str, int]] = []  # (name, the counterpart's country, sentence)
    surnames_only: list[tuple[int, re.Match[str], str]] = []
    for index, match in _in_order(matches, ctx.joined):
        if match is None:  # "Petrov and his Calderan counterpart Kenji Sato" (see below)
            last = _read_counterparts(ctx, index, last, counterparts)
            continue
        name = _trimmed(ctx, domain.canonical_person(spaced_initials(person_name(match))))
        name = _given_names(ctx, name)
        if " " not in name:  # "President Brek": read once every full name is known
            surnames_only.append((index, match, name))
            continue
        if name.partition(" ")[0] in NOT_NAMES:
            continue
        if _english_words(name) and not domain.known_country(name):
            continue  # "Corps Commander Level Meeting": no one's name
        last = _record(ctx, index, match, name)
    full_names = {_family_name(ctx, p): p.name for p in people.values()}
    # a mention of a person the article names in full, else of one the domain file lists,
    # else of one the article names by surname alone ("President Brek")
    for index, match, word in surnames_only:
        if is_name(ctx, word):  # a surname ("President Brek"), no English word ("Extraordinary")
            name = full_names.get(word) or _known_holder(ctx, match, word) or word
            _record(ctx, index, match, name)
    _shared_country(ctx)
    for name, other, index in counterparts:
        _other_side(ctx, ctx.people[name], other, index)
    # a post named without a person ("Calder's trade minister said") gives its country to a
    # person without one: read only when someone lacks a country
    unnamed = _unnamed_posts(ctx, matches)
    if any(not person.country for person in ctx.people.values()):
        _fill_countries(ctx, _role_countries(unnamed))
    for index, start, end, name, (post, written, country) in post_speakers(ctx, unnamed):
        # "Calder's foreign minister has said ... . Ola Finn said ..."
        ctx.people[name] = Person(name, post, written, country, "stated")
        ctx.mentions.append((index, start, end, name))
    for person in ctx.people.values():
        surname = _family_name(ctx, person)
        ctx.surnames[surname] = person.name
        person.aliases.add(surname)
    _link_surnames(ctx)
    ctx.mentions.sort()
    return _drafts(ctx)


def _english_words(name: str) -> bool:
    """Is every word of ``name`` an English word ("Level Meeting")?"""
    return all(getAllLemmas(word.lower()) for word in name.split())


def _family_name(ctx: DocContext, person: Person) -> str:
    """The person's family name, first for a country that writes it first ("Wen Jiabao")."""
    return ctx.domain.family_name(person.name, person.country)


def _in_order(matches: Matches, joined: Joined) -> Iterator[tuple[int, re.Match[str] | None]]:
    """(sentence, match) in the rule's reading order: per sentence, its ``person`` matches,
    its ``person_after`` matches, then (match None) its counterparts."""
    person = [m for m in matches.person if not _described(m) and not _in_a_roll(m)]
    if not matches.after and not matches.counterparts:
        for m in person:
            yield joined.sentence_at(m.start()), m
        return
    keyed: list[tuple[int, int, int, re.Match[str] | None]]
    keyed = [(joined.sentence_at(m.start()), 0, m.start(), m) for m in person]
    # "... in the Wren Sea, Calder's Foreign Minister Ola Finn said": the post is Finn's
    claimed = {m.end("role") for m in matches.person if " " in m["name"]}
    keyed += [
        (joined.sentence_at(m.start()), 1, m.start(), m)
        for m in matches.after
        if not INVERTED_NAME.search(m.string, max(0, m.start() - 40), m.start())
        and not m.string.endswith(" of ", max(0, m.start() - 4), m.start())
        and m.end("role") not in claimed
    ]  # "... Secretary of State Blinken, Brenan Foreign Minister ...": "State" ends a post
    keyed += [(index, 2, 0, None) for index in matches.counterparts]
    keyed.sort(key=lambda item: item[:3])
    for index, _, _, match in keyed:
        yield index, match


# "X, an adviser to President Ilan Brek": a post after "a"/"an" describes someone named before
INDEFINITE_BEFORE = re.compile(
    r"\b(?:an?|An?)\s+(?:(?:senior|top|chief|special|close|longtime|long-time|key)\s+)?\Z"
)  # not "In a statement Calder's foreign minister, Ola Finn, ...": a noun between


# a name and its comma right before a post: "..., Ola Finn, minister of Defence, Ilan Brek,
# minister of Foreign Affairs, ...": a roll of names, each with the post after it
NAME_AND_COMMA_BEFORE = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3},\s+\Z")


def _in_a_roll(match: re.Match[str]) -> bool:
    """Is ``match`` a post between commas ("minister of Defence, Ilan Brek") that follows a
    name and its comma? Then the post is the name's before it, not the one after."""
    # the comma may be inside what was read as the post: "Secretary of State, and Mr" (not
    # "Economy, Trade and Industry Minister", a post that holds a list)
    between = match.string[match.end("role") : match.start("name")]
    if "," not in between and ", and " not in match["role"]:
        return False
    before = match.string[max(0, match.start() - 40) : match.start()]
    return NAME_AND_COMMA_BEFORE.search(before) is not None


def _described(match: re.Match[str]) -> bool:
    """Does the post of ``match`` follow "a"/"an" ("an advisor to Leader Ilan Brek")? Then
    the name after it is someone else's (the leader's), not the post's holder."""
    return (
        INDEFINITE_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
        is not None
    )


def _read_counterparts(
    ctx: DocContext, index: int, last: Last, counterparts: list[tuple[str, str, int]]
) -> Last:
    """The same post as the person read last (in this sentence, or else before), the other
    country: "Petrov and his Calderan counterpart Kenji Sato". Returns the last one read."""
    domain = ctx.domain
    for match in ctx.lex.counterpart.finditer(ctx.doc.sentences[index].text):
        last = _before(ctx, index, match.start(), last)
        country = domain.country_for(match["country"])
        if last and country:
            counterparts.append((last[0], country.name, index))
        name = domain.canonical_person(match["name"])
        role, written = last[1:] if last else (None, None)
        basis = "stated" if country else "none"
        country_name = country.name if country else None
        _merge_person(ctx.people, Person(name, role, written, country_name, basis))
        last = name, role, written
        ctx.mentions.append((index, match.start("name"), match.end(), name))
    return last


def _before(ctx: DocContext, index: int, at: int, last: Last) -> Last:
    """Whose counterpart: the person named nearest before ``at`` in sentence ``index``
    ("Ola Finn and his Brenan counterpart ..."), else, when the sentence names nobody, the
    person read last before it."""
    here = [(end, name) for i, _, end, name in ctx.mentions if i == index]
    if not here:
        return last
    before = [(end, name) for end, name in here if end <= at]
    if not before:
        return None
    person = ctx.people[max(before)[1]]
    return person.name, person.role, person.role_as_written


def _role_countries(unnamed: list[tuple[int, str, str, str]]) -> dict[str, str]:
    """Post -> the country of its first mention without a person's name."""
    role_countries: dict[str, str] = {}
    for _index, post, _written, country in unnamed:
        role_countries.setdefault(post, country)
    return role_countries


def _unnamed_posts(ctx: DocContext, matches: Matches) -> list[tuple[int, str, str, str]]:
    """``(sentence, post, post as written, country)`` of each post named with its country and
    without a person ("Calder's foreign minister has said")."""
    lex, domain, joined = ctx.lex, ctx.domain, ctx.joined
    named = [m.start() for m in matches.person]
    ends = [m.end() for m in matches.person]
    found = []
    for match in matches.role_only():
        k = bisect_right(named, match.start()) - 1
        if k >= 0 and match.start() < ends[k]:
            continue  # part of "Calder's Foreign Minister Ola Finn"
        index = joined.sentence_at(match.start())
        country = lex.owner_country(match, joined.starts[index])
        post = domain.post_for(match["role"])
        if country and post:
            found.append((index, post, match["role"], country))
    return found


def _drafts(ctx: DocContext) -> list[Draft]:
    """One draft per person and sentence that mentions them, in order."""
    # every person is mentioned: one record each
    records: dict[str, tuple[dict[str, Any], tuple[str, ...]]] = {
        name: (
            {
                "name": name,
                "role": person.role,
                "role_as_written": person.role_as_written,
                "country": person.country,
                "aliases": sorted(person.aliases - {name}),
            },
            _flags(ctx, person),
        )
        for name, person in ctx.people.items()
    }
    # without a country, a post the domain does not list ("Press Secretary Ola Finn") or a
    # surname alone ("Ambassador Brek") says too little: the person stays for the other rules
    unasked = {
        name
        for name, person in ctx.people.items()
        if not person.country
        and (" " not in name or (person.role and ctx.domain.role(person.role) is None))
    }
    drafts, doc, sentences = [], ctx.doc.id, ctx.doc.sentences
    for index, names in ctx.people_by_sentence().items():
        s = sentences[index]
        source = Source(doc, s.text, s.start, s.end)  # ctx.source(s)
        for name in names:
            if name in unasked:
                continue
            fields, flags = records[name]
            fields = {**fields, "aliases": fields["aliases"].copy()}
            drafts.append(Draft("person", name, fields, source, flags))
    return drafts


def _flags(ctx: DocContext, person: Person) -> tuple[str, ...]:
    """``country-inferred`` for a country the text does not state; ``country-disputed`` for
    one the text states against the domain file's ("his Calder counterpart, Ilan Brek", whom
    the file lists as Brena's: a slip of the source or of the file)."""
    if person.basis in ("dateline", "surname", "home", "known"):
        return ("country-inferred",)
    listed = ctx.domain.known_country(person.name)
    if person.country and listed and listed != person.country:
        return ("country-disputed",)
    return ()


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


# what may stand between the people of a list that ends "... of <Country>": a comma or
# "and", and a post ("President Ola Finn, Prime Minister Ilan Brek and Foreign Minister ...")
LIST_GAP = re.compile(r"\A(?:,\s+(?:and\s+)?|\s+and\s+)(?:[A-Z][\w’'-]*\s+|of\s+|for\s+)*\Z")
REPRESENTED = re.compile(
    r"\b(?P<country>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?) (?:was|were|is|are|will be) represented"
    r"\b[^.;]{0,60}?\bby\s+"
)
OF_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")


def _shared_country(ctx: DocContext) -> None:
    """ "He met President Ola Finn, Prime Minister Ilan Brek and Foreign Minister Yuri Petrov
    of the Brenan Republic": the country after the last of a list of posts and names is every
    listed person's (basis "list"), the last one's too, for those who have none."""
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for index, start, end, name in ctx.mentions:
        by_sentence.setdefault(index, []).append((start, end, name))
    for index, mentions in by_sentence.items():
        text = ctx.doc.sentences[index].text
        mentions.sort()
        _represented(ctx, text, mentions)
        _on_side(ctx, text, mentions)
        for _, end, name in mentions[:-1]:  # "Prime Minister Ola Finn of Calder and ..."
            country = _country_after(ctx, text, end)
            if country:
                _give_country(ctx, [name], country)
        country = _country_after(ctx, text, mentions[-1][1])
        if country:
            chain = _chain(text, list(reversed(mentions)))
            _give_country(ctx, [name for _, _, name in chain], country)


# "of the Islamic Republic of Pakistan", "of the Kingdom of Spain": a state the domain need
# not list, named by the word after its form of state
STATE_OF = re.compile(
    r"(?:[A-Z][\w’'-]*\s+)*(?:Republic|Kingdom|Federation|State|Commonwealth|Principality"
    r"|Emirate|Sultanate)\s+of\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b"
)


def _country_after(ctx: DocContext, text: str, end: int) -> str | None:
    """The country named right after a person's mention ("... Yuri Petrov of the Brenan
    Republic", "... of the Republic of Yemen"), or None."""
    after = OF_COUNTRY_AFTER.match(text, end)
    if after is None:
        return None
    named = ctx.lex.country.match(text, after.end())
    country = ctx.domain.country_for(named[0]) if named else None
    if country is not None:
        return country.name
    state = STATE_OF.match(text, after.end())
    return state["name"] if state else None


def _represented(ctx: DocContext, text: str, mentions: list[tuple[int, int, str]]) -> None:
    """ "Calder was represented at the talks by Foreign Minister Ola Finn, Trade Minister
    Ilan Brek ...": the country is that of the people listed right after "by" (basis
    "list")."""
    if "represented" not in text:
        return
    found = REPRESENTED.search(text)
    country = ctx.domain.country_for(found["country"]) if found else None
    after = [m for m in mentions if found and m[0] >= found.end()]
    if found is None or country is None or not after or text[found.end() : after[0][0]].strip():
        return
    _give_country(ctx, [name for _, _, name in _chain(text, after)], country.name)


# "... took part in the talks on the Brenan side", "from the Calderan side"
ON_SIDE = re.compile(r"\b(?:on|from|for) the (?P<country>[A-Z][\w’'-]*) side\b")


def _on_side(ctx: DocContext, text: str, mentions: list[tuple[int, int, str]]) -> None:
    """ "Ola Finn, Ilan Brek and other members took part on the Brenan side": the side the
    sentence names after a list of people is each listed person's (basis "list")."""
    if " side" not in text:
        return
    found = ON_SIDE.search(text, mentions[-1][1])
    country = ctx.domain.country_for(found["country"]) if found else None
    if country is not None:
        _give_country(ctx, [name for _, _, name in _chain(text, mentions)], country.name)


def _chain(text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The mentions from the first on (in text order, or reversed) that a list joins: only
    commas, "and" and posts between each and the next."""
    listed = mentions[:1]
    for mention in mentions[1:]:
        first, second = sorted((listed[-1], mention))
        if not LIST_GAP.match(text[first[1] : second[0]]):
            break
        listed.append(mention)
    return listed


def _give_country(ctx: DocContext, names: list[str], country: str) -> None:
    """``country`` (basis "list") for each of the named people who has none."""
    for name in names:
        person = ctx.people.get(name)
        if person and not person.country:
            person.country, person.basis = country, "list"


def _other_side(ctx: DocContext, person: Person, other: str, index: int) -> None:
    """ "X and his Brenan counterpart Y": X is of the one other side, when only one is left.

    The sides are the domain's parties; a former state (``ended``) is left out only when the
    article is dated after it ended and the sentence names no year before that.
    """
    if person.country:
        return
    early = [int(y) for y in re.findall(r"\b1\d{3}\b", ctx.doc.sentences[index].text)]
    sides = _sides(ctx, {other}, early)
    if len(sides) == 1:
        person.country, person.basis = sides[0], "counterpart"


# a name written with initials: "V.V. Putin", "I. H. Aliyev"
INITIALLED = re.compile(r"(?P<first>[A-Z])\.(?: ?[A-Z]\.)* ?(?P<surname>[A-Z][\w’'-]+)")


def _given_names(ctx: DocContext, name: str) -> str:
    """The full name the domain file lists for a name written with initials ("V.V. Brek" ->
    "Viktor Brek" when it lists one Brek whose name starts with V), else ``name``."""
    found = INITIALLED.fullmatch(name)
    if found is None:
        return name
    fulls = [f for f in ctx.domain.known_full_names(found["surname"]) if f[0] == found["first"]]
    return fulls[0] if len(fulls) == 1 else name


def _known_holder(ctx: DocContext, match: re.Match[str], surname: str) -> str | None:
    """The full name the domain file lists for a surname after a post the domain lists
    ("Prime Minister Brek"); never after another post ("Senior Deputy Minister Brek" may be
    anyone of that name)."""
    post = ctx.lex.post_of(match)[0]
    if post is None or ctx.domain.role(post) is None:
        return None
    return ctx.domain.known_full_name(surname)


OF_NAME = re.compile(r"(?P<post>.+) of (?P<country>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")


def _own_country(ctx: DocContext, written: str) -> tuple[str, str] | None:
    """(post, country) for a post the domain lists followed by "of" and a name that is no
    place, country or institution of the domain and no English word: "President of Kestelia"
    is Kestelia's President (not, say, of the dateline's country)."""
    found = OF_NAME.fullmatch(written)
    if found is None:
        return None
    post, country = ctx.domain.post_for(found["post"]), found["country"]
    if post is None or not _unlisted_state(ctx, country):
        return None
    return post, country


def _unlisted_state(ctx: DocContext, name: str) -> bool:
    """Can ``name`` be a country the domain does not list: no domain place or country, no
    institution's noun ("Agency") and no English word ("Economy") in it?"""
    return not (
        ctx.domain.place_for(name)
        or ctx.domain.country_for(name)
        or any(w in INSTITUTION_NOUNS or getAllLemmas(w.lower()) for w in name.split())
    )


POSSESSOR = re.compile(r"(?<!\bthe )\b(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)['’]s\s+\Z")


def _possessor(ctx: DocContext, before: str) -> str | None:
    """The country a possessive right before a post names when the domain does not list it
    ("Kestelia's Prime Minister"): a name that is no domain place, person, institution or
    English word, after no "the" ("the Kremlin's spokesman" is no country's)."""
    found = POSSESSOR.search(before)
    if found is None:
        return None
    name = found["name"]
    surname = name.split()[-1]
    if (
        not _unlisted_state(ctx, name)
        or name in ctx.people
        or surname in ctx.surnames
        or ctx.domain.known_full_name(surname)  # "Brek's Foreign Minister": a person's
    ):
        return None
    return name


# honorifics a name may be read with: "Excellency" is left when "His" stood before the match
STYLE_LEAD = re.compile(rf"\A(?:(?:{HONORIFIC}|Excellency)\s+)+")


def _trimmed(ctx: DocContext, name: str) -> str:
    """A name without a capitalised word a headline or a list ran into it: a country
    ("President Brek Calder" in "- Calder's ...") or a verb of a headline ("Minister Mara
    Voss Lodges Protest": "lodges" is a verb, and three words leave two)."""
    styled = STYLE_LEAD.match(name)  # "(His) Excellency Ola Finn", "HE Mr Ilan Brek"
    if styled and len(name[styled.end() :].split()) >= 2:
        name = name[styled.end() :]
    words = name.split()
    if len(words) > 2 and words[0] in POST_HEADS:  # "..., Ambassador Ilan Brek": a title
        words = words[1:]
        name = " ".join(words)
    if len(words) > 1 and ctx.domain.country_for(words[-1]):
        return " ".join(words[:-1])
    last = words[-1].lower() if words else ""
    if len(words) > 2 and last.endswith("s") and "VERB" in getAllLemmas(last):
        return " ".join(words[:-1])
    return name


def _record(ctx: DocContext, index: int, match: re.Match[str], name: str) -> Last:
    """Add or merge the person a match names, with the post and country it states, and
    record the mention; the (name, post, post as written) read last."""
    written_name = person_name(match)
    base = ctx.joined.starts[index]
    country = ctx.lex.owner_country(match, base)
    role, written = ctx.lex.post_of(match)
    longer = _longer_title(match)
    if longer and written:  # "State Minister for Foreign Affairs": no Foreign Minister
        role = written = f"{longer}{written}"
    if not country and (own := _own_country(ctx, written or role or "")):
        role, country = own  # "President of Tajikistan", a country the domain does not list
    if not country and role:  # "Egypt's Foreign Minister", a country the domain does not list
        country = _possessor(ctx, match.string[max(0, match.start() - 40) : match.start()])
    basis = "stated" if country else "none"
    known = ctx.people.get(name)
    if known is None:
        aliases = {written_name} if written_name != name else set()
        ctx.people[name] = Person(name, role, written, country, basis, aliases)
    else:  # _merge_person, without making the Person first
        if written_name != name:
            known.aliases.add(written_name)
        if not known.role and role:
            known.role, known.role_as_written = role, written
        if BASIS_RANK[basis] > BASIS_RANK[known.basis]:
            known.country, known.basis = country, basis
    # a name written surname first ("Mr. Lavrov, Sergey Viktorovich, Minister ...") is the
    # mention; its post stays an aside of the sentence, as it reads
    start, end = match.span("name") if match.groupdict().get("given") else match.span()
    ctx.mentions.append((index, start - base, end - base, name))
    return name, role, written


# Capitalised words right before a post, joined to it by a space or a hyphen: "State ",
# "Parliamentary Vice-", "Senior "
_TITLE_WORDS_BEFORE = re.compile(rf"(?:[{UPPER_LETTERS}][{LOWER_LETTERS}]+(?: |-))+\Z")
# words that head a longer title besides the post modifiers: "State Minister for ...",
# "Permanent Secretary ...", "Principal Deputy ..."
TITLE_HEADS = frozenset(("state", "chief", "principal", "permanent", "executive", "junior"))
_LONGER_TITLE_WORDS = TITLE_HEADS | frozenset(POST_MODIFIERS.split())


def _longer_title(match: re.Match[str]) -> str:
    """The words of a longer title that a post match starts inside ("State " in "State
    Minister for Foreign Affairs Ola Finn", "Parliamentary Vice-"): capitalised title words
    (``TITLE_HEADS`` or post modifiers) right before the post, or ""."""
    post_start = match.start("mod") if match.group("mod") else match.start("role")
    if match.start() != post_start:
        return ""  # a country or another word of the pattern stands before the post
    before = _TITLE_WORDS_BEFORE.search(match.string, max(0, post_start - 40), post_start)
    if not before:
        return ""
    words = re.findall(r"[^ -]+[ -]", before.group())
    kept: list[str] = []
    for word in reversed(words):  # from the post back, while the words are title words
        if word[:-1].lower() not in _LONGER_TITLE_WORDS:
            break
        kept.insert(0, word)
    return "".join(kept)


def _fill_countries(ctx: DocContext, role_countries: dict[str, str]) -> None:
    dateline = ctx.domain.place_for(ctx.doc.dateline) if ctx.doc.dateline else None
    parties = {c.name for c in ctx.domain.countries if c.party}
    name_endings = [(c.name, c.surname_endings) for c in ctx.domain.countries if c.surname_endings]
    if dateline and dateline.country not in parties:
        dateline = None
    holders: dict[str | None, int] = {}
    for person in ctx.people.values():
        holders[person.role] = holders.get(person.role, 0) + 1
    home = _home_side(ctx, parties)
    for person in ctx.people.values():
        if person.country:
            continue
        role = ctx.domain.role(person.role)
        surname = person.name.rsplit(" ", 1)[-1]
        by_name = {c for c, endings in name_endings if surname.endswith(endings)}
        if person.role in role_countries and holders[person.role] == 1:
            person.country, person.basis = role_countries[person.role], "role"
        elif role and role.country:  # a post only one country has: "Chief Cabinet Secretary"
            person.country, person.basis = role.country, "post"
        elif known := ctx.domain.known_country(person.name):  # the domain file's [people]
            person.country, person.basis = known, "known"
        elif len(by_name) == 1:  # "Yuri Petrov" in a Harwick-dated article
            person.country, person.basis = by_name.pop(), "surname"
        elif dateline and dateline.country and not by_name:
            person.country, person.basis = dateline.country, "dateline"
        elif placed := _country_of_place_in_post(ctx, person.name):
            person.country, person.basis = placed, "post"
        elif home and not by_name and GOVERNMENT_POST.search(person.role or ""):
            person.country, person.basis = home, "home"


# the posts a government gives (not "Admiral", "Governor", "clerk"): the home side's, unsaid
GOVERNMENT_POST = re.compile(r"\b(?:President|Minister|Premier|Chancellor|Secretary)\b")


MOST_PLACE_WORDS = 4
PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+\Z")
OF_PLACE = re.compile(r"\bof\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def _country_of_place_in_post(ctx: DocContext, name: str) -> str | None:
    """ "Governor of Wren Island Region Ola Finn", "Wren Island Region Governor Ola Finn": the
    country of a domain place the post names (its first words will do: "Wren Island Region"
    is Wren Island's)."""
    for index, start, end, mentioned in ctx.mentions:
        if mentioned != name:
            continue
        text = ctx.doc.sentences[index].text
        before = PLACE_BEFORE.search(text, 0, start)  # "Wren Island Region Governor Ola Finn"
        runs = [found["place"] for found in OF_PLACE.finditer(text, start, end)]
        for run in runs + ([before["place"]] if before else []):
            words = run.split()[:MOST_PLACE_WORDS]  # a place's name is a few words long
            for size in range(len(words), 0, -1):
                place = ctx.domain.place_for(" ".join(words[:size]))
                if place and place.country:
                    return place.country
    return None


def _home_side(ctx: DocContext, parties: set[str]) -> str | None:
    """The side an article leaves unsaid: when every person whose country it states is of
    one side, an unmarked post is the other's ("Brenan President X met Prime Minister Y"
    in a Calderan ministry's release), if the domain leaves exactly one other side."""
    marked = [p.country for p in ctx.people.values() if p.basis == "stated" and p.country]
    stated = set(marked)
    if len(marked) < 2 or len(stated) != 1 or not stated <= parties:
        return None  # two people of one side marked as such, none of another
    others = _sides(ctx, stated)
    return others[0] if len(others) == 1 else None


def _sides(ctx: DocContext, besides: set[str], early: list[int] | None = None) -> list[str]:
    """The domain's parties other than ``besides`` that the article may mean: a former state
    (``ended``) only when the article is dated no later than its end, or a year of ``early``
    (named in the sentence) is."""
    year = ctx.doc.published.year
    return [
        c.name
        for c in ctx.domain.countries
        if c.party
        and c.name not in besides
        and not (c.ended and year and year > c.ended and not any(y <= c.ended for y in early or ()))
    ]


def _link_surnames(ctx: DocContext) -> None:
    """Record "Seko said" style mentions (surname alone) as mentions of the full name: each
    ``lex.name_word`` match of the document that is a known surname, outside full mentions."""
    if not ctx.surnames:
        return
    text, starts = ctx.joined
    # full mentions in the joined text, by start, with the furthest end reached so far
    spans = sorted((starts[i] + s, starts[i] + e) for i, s, e, _ in ctx.mentions)
    begins, reach, furthest = [s for s, _ in spans], [], -1
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)
    word, mentions = ctx.lex.name_word.match, ctx.mentions
    for surname, name in ctx.surnames.items():
        if not _NAME_WORD.fullmatch(surname):
            continue  # never a whole name_word match
        size = len(surname)
        at = text.find(surname)
        while at >= 0:
            k = bisect_right(begins, at) - 1
            if k < 0 or reach[k] <= at:  # not inside a full mention
                # a name_word match right here that is the surname, which no earlier
                # match holds (one could only through a hyphen: "Foo-Abe" is one word)
                found = word(text, at)
                if (
                    found
                    and found.end() == at + size
                    and (not at or text[at - 1] != "-" or _starts(ctx, at))
                ):
                    index, start = ctx.joined.locate(at)
                    mentions.append((index, start, start + size, name))
            at = text.find(surname, at + 1)


_NAME_WORD = re.compile(NAME_WORD)
_NAME_CHARS = frozenset(UPPER_LETTERS + LOWER_LETTERS + "-")


def _starts(ctx: DocContext, at: int) -> bool:
    """True when ``lex.name_word.finditer`` over the document has a match starting at ``at``."""
    text = ctx.joined.text
    begin = at  # no match holds a character outside _NAME_CHARS: scan from the last one before
    while begin and text[begin - 1] in _NAME_CHARS:
        begin -= 1
    for match in ctx.lex.name_word.finditer(text, begin):
        if match.start() >= at:
            return match.start() == at
    return False
