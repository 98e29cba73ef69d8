"""The domain file: loading, lookups, variants, and a copied file for another topic."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgen.domain import load_domain
from quizgen.errors import QuizgenError
from quizgen.extract import extract_facts
from quizgen.ingest import parse_document

DOMAIN = load_domain()


def test_islands_by_id_and_by_any_spelling():
    assert DOMAIN.island("etorofu").name_for("Russia") == "Iturup"
    assert DOMAIN.island("etorofu").main_name == "Etorofu"
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
names = { Argentina = "Soledad", "United Kingdom" = "East Falkland" }
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
        ('names = { Japan = "Etorofu", Russia = "Iturup" }', "", "[[islands]] #1 has no 'names'"),
        (
            'names = { Japan = "Etorofu", Russia = "Iturup" }',
            'names = ["Etorofu", "Iturup"]',
            "[[islands]] #1: names must be a table of each party's name",
        ),
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


TWO_SIDES = """
[[islands]]
id = "north"
names = { Calder = "Nordholm", Brena = "Isla Norte" }
[[islands]]
id = "south"
names = { Calder = "Sudholm", Brena = "Isla Sur" }
[[islands]]
id = "west"
names = { Calder = "Vestholm", Brena = "Isla Oeste" }
[[islands]]
id = "east"
names = { Calder = "Osterholm", Brena = "Isla Este" }
[[groups]]
name = "Holm Islands"
used_by = "Calder"
members = ["north", "south", "west", "east"]
[[groups]]
name = "Islas del Mar"
used_by = "Brena"
members = ["north", "south", "west", "east"]
[[countries]]
name = "Calder"
demonyms = ["Calderan"]
party = true
[[countries]]
name = "Brena"
demonyms = ["Brenan"]
party = true
"""


def test_place_name_questions_follow_the_parties_of_the_domain_file(tmp_path):
    """The name questions come from the file's parties and the rules file's [phrases]: no
    word of the shipped topic."""
    from quizgen.questions import generate_questions

    path = tmp_path / "holm.toml"
    path.write_text(TWO_SIDES, encoding="utf-8")
    domain = load_domain(path)
    doc = parse_document(
        "date 2020-05-04\n\nThe disputed Nordholm, Sudholm, Vestholm and Osterholm, which Calder "
        "calls the Holm Islands, are called the Islas del Mar in Brena. Brena calls them Isla "
        "Norte, Isla Sur, Isla Oeste and Isla Este.",
        "h",
    )
    questions = generate_questions(extract_facts([doc], domain), domain)
    prompts = {q.id: q.prompt for q in questions if q.id.startswith("islands:")}
    assert prompts["islands:matching"] == (
        "Match each disputed island's Calderan name to its Brenan name."
    )
    assert prompts["islands:brenan-name:north"] == (
        "What is the Brenan name of the island Calder calls Nordholm?"
    )
    assert prompts["islands:group-name"] == (
        "What does Brena call the islands Calder calls the Holm Islands?"
    )
    shipped = ("Japan", "Russia", "Kuril", "Soviet", "Etorofu", "Iturup")
    assert not [p for p in prompts.values() if any(word in p for word in shipped)]


def test_key_documents_are_a_list_and_each_is_found(tmp_path):
    path = tmp_path / "holm.toml"
    path.write_text(
        TWO_SIDES
        + """
[[documents]]
name = "Holm Accord"
year = 1965
keywords = ["accord"]
parties = ["Calder", "Brena"]
short = "Holm Accord"
offered_by = "Calder"
offered_to = "Brena"
[[documents]]
name = "Resolution 2065"
year = 1965
keywords = ["resolution"]
""",
        encoding="utf-8",
    )
    domain = load_domain(path)
    assert [d.name for d in domain.documents] == ["Holm Accord", "Resolution 2065"]
    assert domain.document("holm accord").offered_by == "Calder"
    assert domain.document("", 1965) is None  # two of that year: the name must say which
    doc = parse_document(
        "date 2020-05-04\n\nThe 1965 resolution calls on both to negotiate. Under the 1965 "
        "accord, Calder said it was ready to hand over two of the four islands to Brena.",
        "h",
    )
    facts = [f for f in extract_facts([doc], domain).facts if f.kind == "declaration"]
    assert sorted(f.get("name") for f in facts) == ["Holm Accord", "Resolution 2065"]


def test_the_old_single_declaration_table_says_what_replaced_it(tmp_path):
    path = tmp_path / "old.toml"
    path.write_text(TWO_SIDES + '\n[declaration]\nname = "X"\nyear = 1956\n', encoding="utf-8")
    with pytest.raises(QuizgenError, match=re.escape("rename it [[documents]]")):
        load_domain(path)


def test_a_listed_person_in_japanese_order_is_given_name_first():
    assert DOMAIN.canonical_person("Kono Taro") == "Taro Kono"
    assert DOMAIN.canonical_person("Taro Kono") == "Taro Kono"
    assert DOMAIN.canonical_person("Kono Ichiro") == "Kono Ichiro"  # not listed: as written


def test_a_double_surname_alone_is_the_one_listed_person_it_ends():
    from quizgen.domain import load_domain

    falklands = load_domain(Path(__file__).parent.parent / "examples/falklands/falklands.toml")
    assert falklands.canonical_person("Costa Mendez") == "Nicanor Costa Méndez"
    assert falklands.canonical_person("Ilan Brek") == "Ilan Brek"


def test_the_world_s_countries_and_capitals_are_built_in_and_the_file_s_own_win():
    from quizgen.domain import load_domain

    domain = load_domain()
    pakistan = domain.country_for("Pakistani")
    assert pakistan is not None and pakistan.name == "Pakistan" and pakistan.world
    bucharest = domain.place_for("Bucharest")
    assert bucharest is not None and bucharest.country == "Romania"
    # the domain file's own entry is kept as written, not doubled by the world's
    russia = [c for c in domain.countries if c.name == "Russia"]
    assert len(russia) == 1 and not russia[0].world
    # a country whose name holds another's is left out: name scans must not nest
    assert domain.country_for("Guinea-Bissau") is None


def test_an_organisation_acting_as_a_side_takes_the():
    from quizgen.domain import country_as_written

    assert country_as_written("Polisario Front") == "the Polisario Front"
    assert country_as_written("United Nations") == "the United Nations"
    assert country_as_written("Morocco") == "Morocco"


def test_a_former_name_is_the_countrys_name_up_to_its_last_year(tmp_path):
    from quizgen.ingest import parse_document
    from quizgen.questions import generate_questions

    path = tmp_path / "renamed.toml"
    path.write_text(
        '[[countries]]\nname = "North Calder"\ndemonyms = ["Calderan"]\nparty = true\n'
        'former_names = { "Republic of Calder" = 2018 }\n'
        '[[countries]]\nname = "Brena"\ndemonyms = ["Brenan"]\nparty = true\n'
        '[[roles]]\npost = "Foreign Minister"\nvariants = ["Foreign Minister"]\n',
        encoding="utf-8",
    )
    domain = load_domain(path)
    assert domain.name_in("North Calder", 2017) == "Republic of Calder"
    assert domain.name_in("North Calder", 2019) == "North Calder"
    text = "Calderan Foreign Minister Ola Finn met the Brenan envoy in Harwick."
    early = parse_document(f"date 2017-11-13\n\n{text}", "a")
    later = parse_document(f"date 2020-11-13\n\n{text}", "b")
    prompts = {
        q.prompt
        for doc in (early, later)
        for q in generate_questions(extract_facts([doc], domain), domain)
    }
    assert "Who was the Republic of Calder's Foreign Minister on 13 November 2017?" in prompts
    assert "Who was North Calder's Foreign Minister on 13 November 2020?" in prompts


def test_name_variants_may_list_whole_names(tmp_path):
    """Users list whole names as well as one word's spellings: "Kim Jong-il" is "Kim Jong
    Il", and an answer accepts each whole name, never one spliced into another."""
    path = tmp_path / "names.toml"
    path.write_text(
        '[[countries]]\nname = "Calder"\nparty = true\n'
        '[people]\nname_variants = [["Sergei", "Sergey"], '
        '["Jaishankar", "Subrahmanyam Jaishankar", "S. Jaishankar"]]\n',
        encoding="utf-8",
    )
    domain = load_domain(path)
    assert domain.canonical_person("S. Jaishankar") == "Subrahmanyam Jaishankar"
    assert domain.person_variants("Subrahmanyam Jaishankar") == (
        "Subrahmanyam Jaishankar",
        "S. Jaishankar",
    )
    assert domain.canonical_person("Sergey Petrov") == "Sergei Petrov"


def test_one_family_name_rule_serves_particles_and_names_written_family_first(tmp_path):
    path = tmp_path / "holm.toml"
    text = TWO_SIDES.replace('name = "Calder"\n', 'name = "Calder"\nfamily_name_first = true\n')
    path.write_text(
        text + '[people.countries]\n"Karim bin Salman" = "Brena"\n"Wen Jiabao" = "Calder"\n',
        encoding="utf-8",
    )
    domain = load_domain(path)
    assert domain.family_name("Karim bin Salman", "Brena") == "bin Salman"
    assert domain.family_name("Wen Jiabao", "Calder") == "Wen"
    assert domain.family_name("Wen Jiabao", "Brena") == "Jiabao"
    # the listed people are found by that family name, particles and all
    assert domain.known_full_name("bin Salman") == "Karim bin Salman"
    assert domain.known_full_name("Wen") == "Wen Jiabao"


def test_a_listed_countrys_capital_is_still_a_built_in_place(tmp_path):
    path = tmp_path / "pact.toml"
    path.write_text(
        '[[countries]]\nname = "Australia"\ndemonyms = ["Australian"]\nparty = true\n'
        '[[countries]]\nname = "France"\ndemonyms = ["French"]\nparty = true\n',
        encoding="utf-8",
    )
    domain = load_domain(path)
    canberra = domain.place_for("Canberra")
    assert canberra is not None and canberra.country == "Australia"
