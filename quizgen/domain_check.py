"""``quizgen domain check``: a domain file's mistakes, each with its line and field.

TOML itself gives no line numbers, so each finding is placed by searching the file's text: the
``n``-th ``[[section]]`` header, then the key inside that entry.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizgen.domain import load_domain
from quizgen.errors import QuizgenError
from quizgen.fileio import TomlError, parse_toml, read_text
from quizgen.world import world_countries

# What each section may hold (the schema of docs/extraction.md and kuril.toml).
ENTRY_KEYS = {
    "islands": {"id", "names", "aliases"},
    "groups": {"name", "used_by", "aliases", "members"},
    "countries": {
        "name",
        "demonyms",
        "aliases",
        "party",
        "ended",
        "surname_endings",
        "family_name_first",
        "former_names",
    },
    "roles": {"post", "variants", "country"},
    "places": {"name", "kind", "country", "aliases"},
    "documents": {
        "name",
        "year",
        "keywords",
        "parties",
        "aliases",
        "short",
        "offered_by",
        "offered_to",
    },
}
# The fields an entry cannot do without, and the fields that hold a whole number
REQUIRED = {
    "islands": ("id", "names"),
    "groups": ("name",),
    "countries": ("name",),
    "roles": ("post",),
    "places": ("name",),
    "documents": ("name", "year"),
}
WHOLE_NUMBERS = {"countries": ("ended",), "documents": ("year",)}
TABLE_KEYS: dict[str, set[str] | None] = {
    "domain": {"name"},
    "people": {"leader_posts", "name_variants", "countries"},
    "not_places": {"names"},
    "numbers": None,  # any word
    "abbreviations": None,
}


@dataclass(frozen=True)
class Finding:
    """One mistake: the line it is on (0 when unknown) and what is wrong."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


def check_domain(path: str | Path) -> list[Finding]:
    """Every mistake found in the domain file at ``path``, in line order."""
    text = read_text(path, "domain file ")
    try:
        data = parse_toml(text)
    except TomlError as error:
        at = re.search(r"at line (\d+)", str(error))  # Python 3.11 gives it only in the text
        return [Finding(int(at[1]) if at else 0, f"not valid TOML: {error}")]
    lines = Locator(text)
    findings = [
        *_unknown_keys(data, lines),
        *_fields(data, lines),
        *_references(data, lines),
        *_agreement(data, lines),
    ]
    if not findings:
        try:
            load_domain(path)
        except QuizgenError as error:
            findings.append(Finding(0, str(error)))
    return sorted(findings, key=lambda f: f.line)


class Locator:
    """Line numbers of sections and keys in a TOML text."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def entry(self, section: str, index: int) -> int:
        """The line (1-based) of the ``index``-th ``[[section]]`` header, 0 if not found."""
        header = re.compile(rf"^\s*\[\[\s*{re.escape(section)}\s*\]\]")
        found = [n for n, line in enumerate(self.lines, start=1) if header.match(line)]
        return found[index] if index < len(found) else 0

    def table(self, section: str) -> int:
        header = re.compile(rf"^\s*\[\s*{re.escape(section)}\s*\]")
        return next((n for n, line in enumerate(self.lines, start=1) if header.match(line)), 0)

    def key(self, start: int, key: str) -> int:
        """The line of ``key = ...`` in the entry that starts on line ``start``."""
        pattern = re.compile(rf'^\s*"?{re.escape(key)}"?\s*=')
        for number in range(start + 1, len(self.lines) + 1):
            line = self.lines[number - 1]
            if line.lstrip().startswith("["):
                break
            if pattern.match(line):
                return number
        return start


def _unknown_keys(data: Mapping[str, Any], lines: Locator) -> Iterator[Finding]:
    known_sections = set(ENTRY_KEYS) | set(TABLE_KEYS)
    for section, value in data.items():
        if section not in known_sections:
            where = lines.entry(section, 0) or lines.table(section)
            yield Finding(where, f"unknown section [{section}]{_suggest(section, known_sections)}")
        elif section in ENTRY_KEYS:
            if not isinstance(value, list):
                yield Finding(lines.table(section), f"write [[{section}]], one table per entry")
                continue
            for index, entry in enumerate(value):
                start = lines.entry(section, index)
                for key in entry if isinstance(entry, Mapping) else ():
                    if key not in ENTRY_KEYS[section]:
                        yield Finding(
                            lines.key(start, key),
                            f"[[{section}]] #{index + 1}{_label(entry)}: unknown field {key!r}"
                            + _suggest(key, ENTRY_KEYS[section], FIELD_SYNONYMS.get(section)),
                        )
        else:
            allowed = TABLE_KEYS[section]
            if allowed is None or not isinstance(value, Mapping):
                continue
            for key in value:
                if key not in allowed:
                    yield Finding(
                        lines.key(lines.table(section), key),
                        f"[{section}]: unknown field {key!r}{_suggest(key, allowed)}",
                    )


def _fields(data: Mapping[str, Any], lines: Locator) -> Iterator[Finding]:
    """Each entry's required fields, and whole numbers written as numbers (``year = 1956``)."""
    for section, required in REQUIRED.items():
        for index, entry in enumerate(_entries(data, section)):
            start = lines.entry(section, index)
            for key in required:
                if key not in entry:
                    yield Finding(
                        start, f"[[{section}]] #{index + 1}{_label(entry)}: no {key!r} given"
                    )
            for key in WHOLE_NUMBERS.get(section, ()):
                value = entry.get(key)
                if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                    yield Finding(
                        lines.key(start, key),
                        f"[[{section}]] #{index + 1}{_label(entry)}: {key} must be a number "
                        f"without quotes ({key} = 1956), not {value!r}",
                    )


def _references(data: Mapping[str, Any], lines: Locator) -> Iterator[Finding]:
    """Names that must be defined elsewhere in the file: parties, island ids, countries (also
    those of ``[people.countries]``)."""
    countries = {c.get("name") for c in _entries(data, "countries")}
    parties = {c.get("name") for c in _entries(data, "countries") if c.get("party")}
    island_ids = {i.get("id") for i in _entries(data, "islands")}
    aliases = {
        str(alias): str(c.get("name"))
        for c in _entries(data, "countries")
        for alias in c.get("aliases") or ()
    }
    for index, island in enumerate(_entries(data, "islands")):
        names = island.get("names")
        for party in names if isinstance(names, Mapping) else ():
            if party not in parties:
                yield Finding(
                    lines.key(lines.entry("islands", index), "names"),
                    f"[[islands]] #{index + 1}{_label(island)}: {party!r} in names is not a "
                    f"[[countries]] entry with party = true{_hint(party, parties, aliases)}",
                )
    # a post's or a document's country may be any of the world's, built in (quizgen.world)
    anywhere = countries | {w.name for w in world_countries()}
    checks = (  # (section, field, the names it may hold, what they are)
        ("groups", "used_by", countries, "a [[countries]] name"),
        ("roles", "country", anywhere, "a [[countries]] name or a country of the world"),
        ("groups", "members", island_ids, "an [[islands]] id"),
        ("documents", "parties", anywhere, "a [[countries]] name or a country of the world"),
    )
    for section, key, defined, what in checks:
        for index, entry in enumerate(_entries(data, section)):
            value = entry.get(key)
            for item in value if isinstance(value, list) else [value]:
                if item is not None and item not in defined:
                    yield Finding(
                        lines.key(lines.entry(section, index), key),
                        f"[[{section}]] #{index + 1}{_label(entry)}: {key} {item!r} is not "
                        f"{what}{_hint(str(item), defined, aliases)}",
                    )
    people = data.get("people", {})
    known = people.get("countries", {}) if isinstance(people, Mapping) else {}
    for name, country in known.items() if isinstance(known, Mapping) else ():
        if country not in anywhere:
            yield Finding(
                lines.key(lines.table("people.countries"), name),
                f"[people.countries]: {name!r} = {country!r} is not a [[countries]] name"
                " or a country of the world"
                f"{_hint(str(country), countries, aliases)}",
            )
    for index, document in enumerate(_entries(data, "documents")):
        if bool(document.get("offered_by")) != bool(document.get("offered_to")):
            yield Finding(
                lines.entry("documents", index),
                f"[[documents]] #{index + 1}{_label(document)}: give offered_by and offered_to "
                "together (who offers places to whom), or neither",
            )


def _agreement(data: Mapping[str, Any], lines: Locator) -> Iterator[Finding]:
    """What the loader would accept but the topic's questions cannot use: a disputed place
    without a name for a party that names the others, a group used by no party, a leader
    post that is no post, one variant or alias under two entries."""
    countries = {c.get("name") for c in _entries(data, "countries")}
    parties = {c.get("name") for c in _entries(data, "countries") if c.get("party")}
    if len(parties) == 1 and countries - parties:
        yield Finding(
            lines.entry("countries", 0),
            f"[[countries]]: only {next(iter(parties))!r} has party = true; give each side of "
            "the dispute party = true",
        )
    islands = _entries(data, "islands")
    naming = {p for i in islands if isinstance(i.get("names"), Mapping) for p in i["names"]}
    if len(parties) > 1 and len(naming) == 1:
        yield Finding(
            lines.key(lines.entry("islands", 0), "names"),
            f"[[islands]]: every place is named for {next(iter(naming))!r} alone; give each "
            "party's name (the same name twice where the sides share it)",
        )
    for index, island in enumerate(islands):
        names = island.get("names")
        if not isinstance(names, Mapping) or set(names) - parties:
            continue  # not a table, or a name that is no party's: reported above
        missing = sorted(str(p) for p in naming & parties - set(names))
        if missing:
            yield Finding(
                lines.key(lines.entry("islands", index), "names"),
                f"[[islands]] #{index + 1}{_label(island)}: no name for {', '.join(missing)} "
                "(the other places have one; where the sides share a name, write it for each)",
            )
    for index, group in enumerate(_entries(data, "groups")):
        user = group.get("used_by")
        if user in countries and user not in parties:
            yield Finding(
                lines.key(lines.entry("groups", index), "used_by"),
                f"[[groups]] #{index + 1}{_label(group)}: used_by {user!r} is not a party "
                "(party = true in its [[countries]] entry)",
            )
    people = data.get("people", {})
    posts = {r.get("post") for r in _entries(data, "roles")}
    leaders = people.get("leader_posts", []) if isinstance(people, Mapping) else []
    for post in leaders if isinstance(leaders, list) else ():
        if post not in posts:
            yield Finding(
                lines.key(lines.table("people"), "leader_posts"),
                f"[people]: leader_posts {post!r} is not the post of a [[roles]] entry"
                + _suggest(str(post), posts),
            )
    yield from _twice(data, lines, "roles", "variants")
    yield from _same_name(data, lines, "places")
    yield from _twice(data, lines, "islands", "aliases")


def _twice(data: Mapping[str, Any], lines: Locator, section: str, key: str) -> Iterator[Finding]:
    """A name listed under ``key`` of two ``[[section]]`` entries: which one it means is a
    guess."""
    entries = _entries(data, section)
    for index, earlier, value in _repeats(entries, lambda entry: entry.get(key)):
        yield Finding(
            lines.key(lines.entry(section, index), key),
            f"[[{section}]] #{index + 1}{_label(entries[index])}: {value!r} is also in {key} of "
            f"#{earlier + 1}{_label(entries[earlier])}: keep it in one",
        )


def _same_name(data: Mapping[str, Any], lines: Locator, section: str) -> Iterator[Finding]:
    """Two ``[[section]]`` entries of one name: the second would never be found."""
    entries = _entries(data, section)
    for index, earlier, _ in _repeats(entries, lambda entry: [entry.get("name")]):
        yield Finding(
            lines.entry(section, index),
            f"[[{section}]] #{index + 1}{_label(entries[index])}: the same name as "
            f"#{earlier + 1}: keep one entry",
        )


def _repeats(
    entries: list[Mapping[str, Any]], values: Callable[[Mapping[str, Any]], Any]
) -> Iterator[tuple[int, int, str]]:
    """(entry, the earlier entry, text) for each text (case aside) that ``values`` gives for
    an entry after an earlier one gave it."""
    first: dict[str, int] = {}
    for index, entry in enumerate(entries):
        found = values(entry)
        for value in found if isinstance(found, list) else ():
            if not isinstance(value, str):
                continue
            earlier = first.setdefault(value.casefold(), index)
            if earlier != index:
                yield index, earlier, value


def _hint(name: str, defined: set[Any], aliases: Mapping[str, str]) -> str:
    """ " (write its name, 'Calder')" for a country's alias, else a close spelling."""
    if name in aliases:
        return f" (it is an alias: write the country's name, {aliases[name]!r})"
    return _suggest(name, defined)


def _entries(data: Mapping[str, Any], section: str) -> list[Mapping[str, Any]]:
    value = data.get(section, [])
    return [e for e in value if isinstance(e, Mapping)] if isinstance(value, list) else []


def _label(entry: object) -> str:
    if isinstance(entry, Mapping):
        name = entry.get("name") or entry.get("id") or entry.get("post")
        if isinstance(name, str):
            return f" ({name})"
    return ""


# What new users write for a field, by section: "[[roles]] name = ..." means "post".
FIELD_SYNONYMS: dict[str, dict[str, str]] = {
    "roles": {"name": "post", "title": "post", "role": "post", "aliases": "variants"},
    "places": {"names": "aliases", "alias": "aliases", "type": "kind"},
    "countries": {"adjective": "demonyms", "demonym": "demonyms", "alias": "aliases"},
    "islands": {"name": "names", "alias": "aliases"},
    "groups": {"alias": "aliases", "islands": "members"},
    "documents": {"title": "name", "date": "year", "keyword": "keywords", "alias": "aliases"},
}


def _suggest(
    word: str, choices: Sequence[str] | set[Any], synonyms: Mapping[str, str] | None = None
) -> str:
    """ " (did you mean 'post'?)": the field a user meant, by a known synonym or spelling."""
    if synonyms and word in synonyms:
        return f" (did you mean {synonyms[word]!r}?)"
    close = difflib.get_close_matches(word, [str(c) for c in choices if c], n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
