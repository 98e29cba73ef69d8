"""The domain file: loading, lookups, variants, and a copied file for another topic."""

from __future__ import annotations

import re

import pytest

from quizgen.domain import load_domain
from quizgen.errors import QuizgenError
from quizgen.extract import extract_facts
from quizgen.ingest import parse_document

DOMAIN = load_domain()


def test_islands_by_id_and_by_any_spelling():
    assert DOMAIN.island("etorofu").russian == "Iturup"
    assert DOMAIN.island_for("KUNASHIR").id == "kunashiri"
    assert DOMAIN.island_for("Khabomai islets").id == "habomai"
    with pytest.raises(KeyError):
        DOMAIN.island("sakhalin")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Iturup", ("Etorofu", "Iturup", "Iturup Island", "Etorofu Island")),
        ("Sergey Lavrov", ("Sergey Lavrov", "Sergei Lavrov")),
        ("PM", ("Prime Minister", "PM", "Premier")),
        ("Soviet", ("Soviet Union", "USSR", "U.S.S.R.")),
        ("Somebody Else", ("Somebody Else",)),
    ],
)
def test_variants(name, expected):
    assert DOMAIN.variants(name) == expected


def test_posts_countries_numbers():
    assert DOMAIN.post_for("economy  minister") == "Minister of Economy, Trade and Industry"
    assert DOMAIN.country_for("Japan’s").name == "Japan"
    assert DOMAIN.country_for("Russian").name == "Russia"
    assert DOMAIN.number_for("Eight") == 8
    assert DOMAIN.canonical_person("Sergey Lavrov") == "Sergei Lavrov"
    assert DOMAIN.group_for("southern Kuril islands").used_by == "Russia"


def test_another_topic_needs_only_a_new_file(tmp_path):
    path = tmp_path / "falklands.toml"
    path.write_text(
        """
[[islands]]
id = "east"
japanese = "Soledad"
russian = "East Falkland"
[[countries]]
name = "Argentina"
demonyms = ["Argentine"]
party = true
[[countries]]
name = "United Kingdom"
demonyms = ["British"]
party = true
[[roles]]
post = "Foreign Secretary"
variants = ["Foreign Secretary"]
[[places]]
name = "Stanley"
[numbers]
three = 3
""",
        encoding="utf-8",
    )
    domain = load_domain(path)
    doc = parse_document(
        "date 2020-05-04\n\nBritish Foreign Secretary Dominic Raab met officials in Stanley on "
        "March 3, 2020. Three ships sailed past East Falkland.",
        "f",
    )
    facts = extract_facts([doc], domain)
    summary = sorted(
        (f.kind, f.get("name") or f.get("date") or f.get("value")) for f in facts.facts
    )
    assert summary == [
        ("event", "2020-03-03"),
        ("islands", None),
        ("number", 3),
        ("person", "Dominic Raab"),
        ("place", "Stanley"),
    ]


def test_broken_domain_files_are_reported(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[islands]]\nid = 'x'\n", encoding="utf-8")
    with pytest.raises(QuizgenError, match="bad domain file .*bad.toml"):
        load_domain(bad)
    bad.write_text("not = [toml", encoding="utf-8")
    with pytest.raises(QuizgenError, match="Invalid TOML in domain file "):
        load_domain(bad)
    with pytest.raises(QuizgenError, match="Cannot read domain file "):
        load_domain(tmp_path / "missing.toml")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('japanese = "Etorofu"', "", "[[islands]] #1 has no 'japanese'"),
        (
            'members = ["etorofu"',
            'members = "etorofu" #',
            "[[groups]] #1 (Northern Territories): members must be a list of texts, not 'etorofu'",
        ),
    ],
)
def test_a_wrong_entry_in_a_domain_file_is_named(tmp_path, old, new, message):
    from quizgen.domain import DEFAULT_DOMAIN

    text = DEFAULT_DOMAIN.read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "d.toml").write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(QuizgenError, match=re.escape(message)):
        load_domain(tmp_path / "d.toml")
