"""The domain file: a topic's vocabulary (islands, groups, posts, countries, places, numbers).

The shipped ``domains/kuril.toml`` covers one topic (two countries and the islands they
dispute); a user copies and edits it for another topic and passes it with ``--domain``.
Nothing here knows about the seeds.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from quizgen.errors import QuizgenError
from quizgen.fileio import read_toml
from quizgen.names import family_name
from quizgen.world import world_countries

DEFAULT_DOMAIN = Path(__file__).parent / "domains" / "kuril.toml"
T = TypeVar("T")

# English number words every topic reads ("eight-point", "two of the four"); a domain file's
# [numbers] table adds to them.
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
    if value
} | {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12}


@dataclass(frozen=True)
class Island:
    """One disputed place: a stable id, its name as each party uses it (in the domain file's
    order: ``(("Calder", "Nordholm"), ("Brena", "Isla Norte"))``) and other spellings."""

    id: str
    names: tuple[tuple[str, str], ...]
    aliases: tuple[str, ...] = ()

    def name_for(self, party: str) -> str:
        """The name ``party`` uses ("" when the file gives none)."""
        return next((name for side, name in self.names if side == party), "")

    @property
    def main_name(self) -> str:
        """The name of the first party listed."""
        return self.names[0][1] if self.names else self.id

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every accepted spelling, the parties' names first."""
        return _unique((*(name for _, name in self.names), *self.aliases))


@dataclass(frozen=True)
class Group:
    """A name for the islands as a whole and the country that uses it."""

    name: str
    used_by: str | None
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Country:
    """A country, its demonyms and other names; ``party`` marks a side of the topic.

    ``ended`` is the last year a former state existed (the Northern Union: 1991), or None.
    ``surname_endings`` are endings typical of its people's surnames ("-ov" for Brena);
    ``family_name_first`` marks names written family name first ("Wen Jiabao": Wen);
    ``former_names`` are (name, the year it was last used) pairs: a question about an
    earlier day uses the name of that day.
    """

    name: str
    demonyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    party: bool = False
    ended: int | None = None
    surname_endings: tuple[str, ...] = ()
    family_name_first: bool = False
    former_names: tuple[tuple[str, int], ...] = ()
    world: bool = False  # from ``quizgen.world``, not the domain file


@dataclass(frozen=True)
class Role:
    """A canonical post and the ways articles write it; ``country`` when only one has it."""

    post: str
    variants: tuple[str, ...]
    country: str | None = None


@dataclass(frozen=True)
class Place:
    """A place that can be a venue: city, prefecture, island, region."""

    name: str
    kind: str = ""
    country: str | None = None
    aliases: tuple[str, ...] = ()
    world: bool = False  # a capital from ``quizgen.world``, not the domain file


@dataclass(frozen=True)
class Document:
    """A key document of the topic (a declaration, treaty, resolution) the document rule
    looks for: its name, year, the words that name it beside its year, its parties; what
    questions call it (``short``), and who it says offers places to whom, if it does."""

    name: str
    year: int
    keywords: tuple[str, ...]
    parties: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # other full names ("Calder-Union Joint Declaration")
    short: str = ""  # "the 1956 <short>" in a question; default: the first keyword
    offered_by: str = ""  # "How many ... did <offered_by> say it was ready to hand over ..."
    offered_to: str = ""


Declaration = Document  # the name the rule and its tests grew up with


@dataclass(frozen=True)
class Domain:
    """A topic's vocabulary, loaded from a TOML domain file."""

    name: str
    islands: tuple[Island, ...]
    groups: tuple[Group, ...]
    countries: tuple[Country, ...]
    roles: tuple[Role, ...]
    name_variants: tuple[tuple[str, ...], ...]
    places: tuple[Place, ...]
    not_places: tuple[str, ...]
    numbers: tuple[tuple[str, int], ...]
    abbreviations: tuple[tuple[str, str], ...]
    documents: tuple[Document, ...] = ()
    leader_posts: tuple[str, ...] = ()
    # (full name, country): people of the topic whose country an article may leave unsaid
    known_people: tuple[tuple[str, str], ...] = ()
    path: str = ""

    def document(self, name: str, year: int | None = None) -> Document | None:
        """The key document of this name (any of its full names), else the only one of
        ``year``; None when there is none."""
        key = fold(name)
        named = [d for d in self.documents if key in {fold(n) for n in (d.name, *d.aliases)}]
        dated = [d for d in self.documents if d.year == year]
        return named[0] if named else dated[0] if len(dated) == 1 else None

    def island(self, island_id: str) -> Island:
        """The island with this id (KeyError when unknown)."""
        return self.islands[self._island_ids[island_id]]

    def island_for(self, name: str) -> Island | None:
        """The island a name (any accepted spelling, any case, "islets" etc.) refers to."""
        key = fold(name)
        found = [
            i
            for i in (self._island_names.get(key), self._island_names.get(_bare(key)))
            if i is not None
        ]
        return self.islands[min(found)] if found else None

    def group_for(self, name: str) -> Group | None:
        """The island group a name refers to."""
        return self._groups.get(fold(name))

    def country_for(self, word: str) -> Country | None:
        """The country a name, alias, demonym or possessive ("Calder's") refers to."""
        return self._countries.get(fold(word.replace("’", "'").removesuffix("'s")))

    def post_for(self, text: str) -> str | None:
        """The canonical post for a written role ("trade minister" -> METI minister)."""
        role = self._posts.get(fold(" ".join(text.split())))
        return role.post if role else None

    def post_in(self, title: str) -> str | None:
        """The canonical post a title names with its country around it: "the Brenan Foreign
        Minister", "Minister for Foreign Affairs of Calder", "Ambassador to Calder" (the
        country itself is not returned: "of Calder" and "to Calder" say different things)."""
        words = re.sub(r"\s*\(.*?\)\s*", " ", title).split()
        if words[:1] == ["the"]:
            words = words[1:]
        if len(words) > 1 and self.country_for(words[0]) and self.post_for(" ".join(words[1:])):
            words = words[1:]
        post = self.post_for(" ".join(words))
        country_after = _COUNTRY_AFTER.fullmatch(" ".join(words))
        if post is None and country_after and self.country_for(country_after["country"]):
            post = self.post_for(country_after["post"])
        return post

    def role(self, post: str | None) -> Role | None:
        """The role whose canonical post is ``post``."""
        return self._roles_by_post.get(post) if post else None

    def place_for(self, name: str) -> Place | None:
        """The known place a name refers to."""
        return self._places.get(fold(name))

    def number_for(self, word: str) -> int | None:
        """The value of a number word ("eight" -> 8), or None."""
        return self._numbers.get(fold(word))

    # Lookup tables, built on first use (the fields are frozen, so they never go stale).
    # Where two entries share a name the first one in the file wins, as in a linear scan.

    @cached_property
    def _island_ids(self) -> dict[str, int]:
        table: dict[str, int] = {}
        for n, item in enumerate(self.islands):
            table.setdefault(item.id, n)
        return table

    @cached_property
    def _island_names(self) -> dict[str, int]:
        return _index((n, i) for i, item in enumerate(self.islands) for n in item.spellings)

    @cached_property
    def _groups(self) -> dict[str, Group]:
        return _index((n, g) for g in self.groups for n in (g.name, *g.aliases))

    @cached_property
    def _countries(self) -> dict[str, Country]:
        return _index((n, c) for c in self.countries for n in (c.name, *c.aliases, *c.demonyms))

    @cached_property
    def _posts(self) -> dict[str, Role]:
        return _index((v, r) for r in self.roles for v in (r.post, *r.variants))

    @cached_property
    def _roles_by_post(self) -> dict[str, Role]:
        table: dict[str, Role] = {}
        for role in self.roles:
            table.setdefault(role.post, role)
        return table

    @cached_property
    def _places(self) -> dict[str, Place]:
        return _index((n, p) for p in self.places for n in (p.name, *p.aliases))

    @cached_property
    def _numbers(self) -> dict[str, int]:
        return dict(self.numbers)

    @cached_property
    def _spellings(self) -> dict[str, tuple[str, ...]]:
        """Each listed one-word spelling -> the one-word spellings of the first list that
        holds it (a list may also hold whole names: see ``_whole_names``)."""
        table: dict[str, tuple[str, ...]] = {}
        for spellings in self.name_variants:
            words = tuple(w for w in spellings if " " not in w)
            for word in words:
                table.setdefault(word, words)
        return table

    @cached_property
    def _whole_names(self) -> dict[str, tuple[str, ...]]:
        """Each listed spelling of a whole name ("Kim Jong-il", "Kim Jong Il") -> all of its
        list's whole names, the first of them the canonical one."""
        table: dict[str, tuple[str, ...]] = {}
        for spellings in self.name_variants:
            names = tuple(n for n in spellings if " " in n)
            for name in names:
                table.setdefault(name, names)
        return table

    def variants(self, name: str) -> tuple[str, ...]:
        """All accepted spellings of a name: islands, groups, posts, countries, places, people.

        ``variants("Isla Norte")`` gives ``("Nordholm", "Isla Norte", ...)``; a person's name
        gives every combination of the given-name spellings; an unknown name gives ``(name,)``.
        """
        island = self.island_for(name)
        if island:
            return island.spellings
        group = self.group_for(name)
        if group:
            return _unique((group.name, *group.aliases))
        post = self.post_for(name)
        if post:
            role = self._roles_by_post[post]
            return _unique((role.post, *role.variants))
        country = self.country_for(name)
        if country:
            return _unique((country.name, *country.aliases))
        place = self.place_for(name)
        if place:
            return _unique((place.name, *place.aliases))
        return self.person_variants(name)

    def person_variants(self, name: str) -> tuple[str, ...]:
        """A person's name with each word replaced by its listed spellings (Sergei/Sergey), or
        the whole names listed with it ("Kim Jong Il", "Kim Jong-il")."""
        if name in self._whole_names:
            return _unique((name, *self._whole_names[name]))
        options: list[tuple[str, ...]] = []
        for word in name.split():
            spellings = self._spellings.get(word, (word,))
            options.append(_unique((word, *spellings)))
        results = [""]
        for choices in options:
            results = [f"{head} {c}".strip() for head in results for c in choices]
        return _unique((name, *results))

    def name_in(self, country: str, year: int | None) -> str:
        """The name ``country`` went by in ``year``: a former name up to the year it was last
        used ("Republic of Calder" until 2018), else its name."""
        found = self.country_for(country)
        if found is None or year is None:
            return country
        earlier = [(until, name) for name, until in found.former_names if year <= until]
        return min(earlier)[1] if earlier else country

    def family_name_first(self, country: str | None) -> bool:
        """Does ``country`` write its people's names family name first ("Wen Jiabao")?"""
        found = self.country_for(country) if country else None
        return found is not None and found.family_name_first

    def family_name(self, name: str, country: str | None) -> str:
        """A person's family name: "Yuri Petrov" -> "Petrov", "Mohammed bin Salman" ->
        "bin Salman", and "Wen Jiabao" -> "Wen" for a country that writes it first."""
        return family_name(name, self.family_name_first(country))

    def known_country(self, name: str) -> str | None:
        """The country the domain file gives a person (any spelling of the name), or None."""
        return self._known_people.get(self.canonical_person(name))

    def known_full_name(self, surname: str) -> str | None:
        """The full name of the one person the domain file lists with this surname, or None."""
        found = self.known_full_names(surname)
        return found[0] if len(found) == 1 else None

    def known_full_names(self, surname: str) -> tuple[str, ...]:
        """The full names of the people the domain file lists with this surname."""
        return self._known_surnames.get(surname.replace("’", "'"), ())

    @cached_property
    def _known_people(self) -> dict[str, str]:
        return {self.canonical_person(name): country for name, country in self.known_people}

    @cached_property
    def _known_surnames(self) -> dict[str, tuple[str, ...]]:
        names: dict[str, tuple[str, ...]] = {}
        for name, country in self._known_people.items():
            surname = self.family_name(name, country)
            names[surname] = (*names.get(surname, ()), name)
        return names

    def canonical_person(self, name: str) -> str:
        """A person's name with each word in its first listed spelling (Sergey -> Sergei), and
        given name first when the domain file lists the person so ("Sato Ichiro", written
        surname first, is a listed "Ichiro Sato"); a whole name listed among others is the
        first of them; a curly apostrophe is a straight one ("O’Brien" is "O'Brien")."""
        name = name.replace("’", "'")
        if name in self._whole_names:
            return self._whole_names[name][0]
        canonical = self._spelled(name)
        if canonical.count(" ") == 1 and canonical not in self._listed_names:
            surname, given = canonical.split()  # perhaps surname first
            if f"{given} {surname}" in self._listed_names:
                return f"{given} {surname}"
            # a double surname without the given name: "Costa Méndez" of "Nicanor Costa Méndez"
            return self._double_surnames.get(canonical, canonical)
        return canonical

    def _spelled(self, name: str) -> str:
        return " ".join(self._spellings.get(word, (word,))[0] for word in name.split())

    @cached_property
    def _listed_names(self) -> frozenset[str]:
        return frozenset(self._spelled(name) for name, _ in self.known_people)

    @cached_property
    def _double_surnames(self) -> dict[str, str]:
        """The last two words of each listed name of three or more that no other ends in."""
        found: dict[str, list[str]] = {}
        for name in self._listed_names:
            words = name.split()
            if len(words) > 2:
                found.setdefault(" ".join(words[-2:]), []).append(name)
        return {tail: names[0] for tail, names in found.items() if len(names) == 1}


# Last words of country names English writes with "the": "the Northern Union"
_THE_LAST_WORDS = frozenset(
    "Union States Kingdom Republic Federation Islands Emirates Netherlands Philippines "
    "Bahamas Gambia Maldives Comoros Seychelles Vatican Nations "
    # an organisation or a movement acting as a side: "the Polisario Front"
    "Front Movement Party Organization Organisation Council Commission Authority League "
    "Alliance Community Coalition Congress Forces".split()
)


def country_as_written(country: str) -> str:
    """A country as a sentence names it, with "the" where English puts one."""
    last = country.split()[-1] if country.split() else ""
    takes_the = last in _THE_LAST_WORDS or " of " in country
    return f"the {country}" if takes_the and not country.startswith("the ") else country


def load_domain(path: str | Path | None = None) -> Domain:
    """Read a domain file (TOML); ``None`` loads the shipped domain (``DEFAULT_DOMAIN``)."""
    source = Path(path) if path is not None else DEFAULT_DOMAIN
    data = read_toml(source, "domain file ")
    try:
        return _with_world(_build(data, str(source)))
    except _BadEntry as exc:
        raise QuizgenError(f"bad domain file {source}: {exc}{_CHECK_HINT}") from None
    except KeyError as exc:
        raise QuizgenError(f"bad domain file {source}: missing entry {exc}{_CHECK_HINT}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise QuizgenError(f"bad domain file {source}: wrong entry ({exc}){_CHECK_HINT}") from None


# what a loading error tells a user to do next
_CHECK_HINT = "; 'quizgen domain check FILE' lists every mistake with its line"


class _BadEntry(Exception):
    """One entry of a section is wrong: the message names the section and the entry."""


def _each(data: Mapping[str, Any], section: str, make: Callable[[Any], T]) -> tuple[T, ...]:
    """``make`` applied to every entry of ``[[section]]``, naming the entry that fails."""
    made = []
    for number, entry in enumerate(data.get(section, ()), start=1):
        named = f"[[{section}]] #{number}"
        if isinstance(entry, Mapping) and isinstance(entry.get("name"), str):
            named += f" ({entry['name']})"
        try:
            if not isinstance(entry, Mapping):
                raise TypeError("it must be a table of settings")
            made.append(make(entry))
        except KeyError as exc:
            raise _BadEntry(f"{named} has no {exc}") from None
        except (TypeError, ValueError) as exc:
            raise _BadEntry(f"{named}: {exc}") from None
    return tuple(made)


def _with_world(domain: Domain) -> Domain:
    """The domain with the rest of the world's countries and capitals (``quizgen.world``):
    those whose names, demonym and capital the domain file does not use already."""
    used = {n for c in domain.countries for n in (c.name, *c.demonyms, *c.aliases)}
    used |= {n for p in domain.places for n in (p.name, *p.aliases)}
    used |= {n for i in domain.islands for n in i.spellings}
    used |= {n for g in domain.groups for n in (g.name, *g.aliases)}
    worlds = [w for w in world_countries() if w.name not in used]
    # every name a country goes by; a world name that holds another ("Republic of Albania",
    # "Guinea-Bissau") is left out: name scans must not nest
    names = _by_first_word(used | {n for w in worlds for n in (w.name, w.demonym) if n})
    countries, capitals = [], []
    for world in worlds:
        if _holds_another(world.name, names) or world.name.startswith("Republic of "):
            continue  # "Republic of the Congo" would run on from "the Kyrgyz Republic"
        demonym = world.demonym
        if demonym in used or _holds_another(demonym, names):
            demonym = ""
        demonyms = (demonym,) if demonym else ()
        countries.append(Country(world.name, demonyms, world=True))  # full names: the file's
        capitals.append((world.capital, world.name))
    # the capitals of the file's own countries too ("Canberra" of a listed Australia)
    listed = {c.name for c in domain.countries}
    capitals += [(w.capital, w.name) for w in world_countries() if w.name in listed]
    # a capital that shares a word with a country's name is left out ("Mexico City", a
    # city-state's): the places scan must never read a country's name as a place
    country_words = {
        w for c in (*domain.countries, *countries) for n in (c.name, *c.aliases) for w in n.split()
    }
    places = [
        Place(capital, "capital", country, world=True)
        for capital, country in capitals
        if capital and capital not in used and not set(capital.split()) & country_words
    ]
    return dataclasses.replace(
        domain, countries=(*domain.countries, *countries), places=(*domain.places, *places)
    )


def _holds_another(name: str, names: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether ``name`` holds another of ``names`` (``_by_first_word``) as whole words
    ("Guinea" in "Guinea-Bissau")."""
    words = re.findall(r"[\w’']+", name)
    for start, word in enumerate(words):
        for other in names.get(word, ()):
            if len(other) < len(words) and words[start : start + len(other)] == list(other):
                return True
    return False


def _by_first_word(names: set[str]) -> dict[str, list[tuple[str, ...]]]:
    """Each name's words, under its first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(re.findall(r"[\w’']+", name))
        if words:
            index.setdefault(words[0], []).append(words)
    return index


def _build(data: Mapping[str, Any], path: str) -> Domain:
    if "declaration" in data:
        raise _BadEntry(
            "[declaration] is now a list of key documents: rename it [[documents]] "
            "(one table per document)"
        )
    return Domain(
        name=data.get("domain", {}).get("name", Path(path).stem),
        islands=_each(
            data,
            "islands",
            lambda i: Island(i["id"], _names(i), _strings(i, "aliases")),
        ),
        groups=_each(
            data,
            "groups",
            lambda g: Group(
                g["name"], g.get("used_by"), _strings(g, "aliases"), _strings(g, "members")
            ),
        ),
        countries=_each(
            data,
            "countries",
            lambda c: Country(
                c["name"],
                _strings(c, "demonyms"),
                _strings(c, "aliases"),
                bool(c.get("party", False)),
                int(c["ended"]) if c.get("ended") is not None else None,
                _strings(c, "surname_endings"),
                bool(c.get("family_name_first", False)),
                _former_names(c),
            ),
        ),
        roles=_each(
            data,
            "roles",
            lambda r: Role(r["post"], _strings(r, "variants"), r.get("country")),
        ),
        name_variants=tuple(
            _strings({"name_variants": v}, "name_variants")
            for v in data.get("people", {}).get("name_variants", ())
        ),
        places=_each(
            data,
            "places",
            lambda p: Place(p["name"], p.get("kind", ""), p.get("country"), _strings(p, "aliases")),
        ),
        not_places=_strings(data.get("not_places", {}), "names"),
        numbers=tuple(
            sorted(
                {
                    **NUMBER_WORDS,
                    **{fold(k): int(v) for k, v in data.get("numbers", {}).items()},
                }.items()
            )
        ),
        abbreviations=tuple(sorted((k, str(v)) for k, v in data.get("abbreviations", {}).items())),
        documents=_each(
            data,
            "documents",
            lambda d: Document(
                d["name"],
                int(d["year"]),
                _strings(d, "keywords"),
                _strings(d, "parties"),
                _strings(d, "aliases"),
                str(d.get("short", "")),
                str(d.get("offered_by", "")),
                str(d.get("offered_to", "")),
            ),
        ),
        leader_posts=_strings(data.get("people", {}), "leader_posts"),
        known_people=tuple(
            (str(name), str(country))
            for name, country in data.get("people", {}).get("countries", {}).items()
        ),
        path=path,
    )


def _former_names(country: Mapping[str, Any]) -> tuple[tuple[str, int], ...]:
    """``former_names = { "Republic of Calder" = 2018 }``: each name and its last year."""
    names = country.get("former_names", {})
    if not isinstance(names, Mapping):
        raise TypeError('former_names must be a table: { "Old Name" = 2018 }')
    return tuple(sorted((str(name), int(year)) for name, year in names.items()))


def _names(island: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """An island's ``names = { Party = "Its name", ... }`` as (party, name) pairs."""
    names = island["names"]
    if not isinstance(names, Mapping) or not names:
        raise TypeError('names must be a table of each party\'s name: { PartyA = "...", ... }')
    if not all(isinstance(v, str) and v.strip() for v in names.values()):
        raise TypeError("every name in names must be a non-empty text")
    return tuple((str(party), name) for party, name in names.items())


def _strings(table: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """``table[key]`` as a tuple of texts (none when absent)."""
    value = table.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"{key} must be a list of texts, not {value!r}")
    return tuple(value)


def fold(text: str) -> str:
    """``text`` case-folded as ``re.IGNORECASE`` compares it: ``casefold()``, with the dotless
    and the dotted capital i (which casefold keeps apart, but a pattern matches to "i") as "i"."""
    return text.casefold().replace("ı", "i").replace("i\u0307", "i")


def _index(pairs: Iterable[tuple[str, T]]) -> dict[str, T]:
    """Case-folded name -> the first item listing it."""
    table: dict[str, T] = {}
    for name, item in pairs:
        table.setdefault(fold(name), item)
    return table


_COUNTRY_AFTER = re.compile(r"(?P<post>.+) (?:of|to) (?:the )?(?P<country>[^,]+)")
_SUFFIX = re.compile(r"\s+(?:islet group|islets|islands|island|group)\Z")


def _bare(key: str) -> str:
    return _SUFFIX.sub("", key)


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
