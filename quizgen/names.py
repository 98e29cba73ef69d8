"""The grammar of personal names that both extraction and questions need (no topic words)."""

from __future__ import annotations

import unicodedata

# Lower-case parts of a family name, before a capitalised word: "Abdel Fattah al-Sisi",
# "Mohammed bin Salman", "Ursula von der Leyen"
NAME_PARTICLES = "al el bin ibn van von der den de da di du dos del della la le ter ten".split()


# Words after a family name that tell a generation apart: "Benigno Aquino III", "Ola Finn Jr."
NAME_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV V".split())


def family_name(name: str, first: bool = False) -> str:
    """ "Yuri Petrov" -> "Petrov"; "Mohammed bin Salman" -> "bin Salman" (with its particles);
    "Benigno Aquino III" -> "Aquino"; with ``first`` (names written family name first): "Wen
    Jiabao" -> "Wen"."""
    words = name.split()
    if first and len(words) > 1:
        return words[0]
    while len(words) > 2 and words[-1] in NAME_SUFFIXES:
        words.pop()
    at = len(words) - 1
    while at > 1 and words[at - 1] in NAME_PARTICLES:
        at -= 1
    return " ".join(words[at:])


def without_accents(text: str) -> str:
    """``text`` with its accents taken off: "Dačić" -> "Dacic" (a source may leave them out)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
