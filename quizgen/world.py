"""The world's countries: English names, demonyms, full names and capitals (countryinfo).

A domain file lists its topic's own countries; the rest of the world comes from here, so that
"the Pakistani Foreign Minister ..." or "talks in Bucharest" have a country in any topic
without the user listing it. A domain's own entries win over these.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from countryinfo import all_countries


class WorldCountry(NamedTuple):
    name: str
    demonym: str  # "" when several countries share it ("Congolese")
    full_names: tuple[str, ...]  # "Kingdom of Denmark"
    capital: str


@cache
def world_countries() -> tuple[WorldCountry, ...]:
    """Sovereign states and territories, each name once; a demonym or capital two of them
    share ("Indian", "French") goes to the more populous."""
    infos = sorted(
        (c.info() for c in all_countries()),
        key=lambda i: (-(i.get("population") or 0), i.get("name") or ""),
    )
    taken: set[str] = set()
    found = []
    for info in infos:
        name = (info.get("name") or "").removeprefix("The ")  # "The Gambia": Gambia
        if not name or "(" in name or "," in name:
            continue  # "Saint Martin (French part)", "Bonaire, Sint Eustatius and Saba"
        demonym = info.get("demonym") or ""
        capital = info.get("capital") or ""
        capital = capital[0] if isinstance(capital, list) and capital else str(capital or "")
        if demonym in taken or not all(p.isalpha() for p in demonym.replace("-", " ").split()):
            demonym = ""  # shared ("Congolese"), or two in one ("Antiguan,Barbudan")
        capital = "" if capital in taken or not capital.replace(" ", "").isalpha() else capital
        taken |= {demonym, capital}
        full = tuple(
            a
            for a in info.get("altSpellings") or ()
            if " " in a and a.isascii() and "," not in a and a != name
        )
        found.append(WorldCountry(name, demonym, full, capital))
    return tuple(sorted(found))
