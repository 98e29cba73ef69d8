"""quizgen's code knows no topic: every topic word lives in a domain file.

The words of the shipped domain file (its disputed places, groups, countries with demonyms
and aliases, places and key documents) must appear nowhere in quizgen/**/*.py, comments and
docstrings included: a rule that names one of them would not work for another topic, and an
example that names one hides that."""

from __future__ import annotations

import re
from pathlib import Path

from quizgen.domain import DEFAULT_DOMAIN
from quizgen.fileio import read_toml

PACKAGE = Path(__file__).resolve().parents[1] / "quizgen"


def topic_words() -> set[str]:
    data = read_toml(DEFAULT_DOMAIN)
    words = {"Kuril", "Kurils", "Soviet"}
    for island in data["islands"]:
        words |= {*island["names"].values(), *island.get("aliases", ())}
    for section in ("groups", "countries", "places", "documents"):
        for entry in data.get(section, ()):
            words |= {entry["name"], *entry.get("aliases", ()), *entry.get("demonyms", ())}
    return {w for w in words if len(w) > 2}


def test_no_python_file_of_quizgen_names_a_word_of_the_shipped_topic():
    words = topic_words()
    pattern = re.compile(
        r"(?<![\w])(?:"
        + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        + r")(?!\w)"
    )
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        hits = sorted(set(pattern.findall(path.read_text(encoding="utf-8"))))
        if hits:
            found[str(path.relative_to(PACKAGE.parent))] = hits
    assert not found, f"topic words in code (move them to a domain file): {found}"


def test_the_word_list_is_the_domain_file_s():
    words = topic_words()
    assert {"Etorofu", "Iturup", "Japan", "Russian", "Tokyo", "Northern Territories"} <= words
