"""`quizgen domain check`: a domain file's mistakes with their lines, and what it finds."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from quizgen.cli import cli
from quizgen.domain import DEFAULT_DOMAIN
from quizgen.domain_check import check_domain

from .test_domain import TWO_SIDES


def test_the_shipped_domain_has_no_mistakes_and_finds_the_seeds_vocabulary():
    result = CliRunner().invoke(cli, ["domain", "check", str(DEFAULT_DOMAIN), "seeds"])
    assert result.exit_code == 0, result.output
    assert "no mistakes found" in result.output
    assert "Parties:   Japan, Russia, Soviet Union" in result.output
    # each disputed place once, by its first name, however the articles write it
    assert "disputed places: Etorofu; Habomai; Kunashiri; Northern Territories; Shikotan;" in (
        result.output
    )
    # what the file defines and these articles never use: a hint at a name spelled otherwise
    assert "people never named: Joseph Stalin;" in result.output
    assert "posts no one holds:" in result.output and "documents not found" not in result.output


def test_each_mistake_is_named_with_its_line_field_and_a_suggestion(tmp_path):
    text = (
        TWO_SIDES.replace('used_by = "Brena"', 'used_by = "Brenna"')
        .replace('demonyms = ["Calderan"]', 'demonym = ["Calderan"]')
        .replace('names = { Calder = "Nordholm"', 'names = { Calderr = "Nordholm"')
        + '[[places]]\nname = "Nord"\nkidn = "city"\n[numbrs]\nsix = 6\n'
    )
    path = tmp_path / "holm.toml"
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()

    def at(line: str) -> str:
        return f"line {lines.index(line) + 1}: "

    found = [str(f) for f in check_domain(path)]
    assert found == [
        at('names = { Calderr = "Nordholm", Brena = "Isla Norte" }')
        + "[[islands]] #1 (north): 'Calderr' in names is not a [[countries]] entry with party = "
        "true (did you mean 'Calder'?)",
        at('used_by = "Brenna"') + "[[groups]] #2 (Islas del Mar): used_by 'Brenna' is not a "
        "[[countries]] name (did you mean 'Brena'?)",
        at('demonym = ["Calderan"]') + "[[countries]] #1 (Calder): unknown field 'demonym' "
        "(did you mean 'demonyms'?)",
        at('kidn = "city"') + "[[places]] #1 (Nord): unknown field 'kidn' (did you mean 'kind'?)",
        at("[numbrs]") + "unknown section [numbrs] (did you mean 'numbers'?)",
    ]
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "domain", "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.count(f"{path}: line ") == 5 and "Traceback" not in result.stderr


def test_broken_toml_and_a_missing_file_are_one_line_errors(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[[islands]]\nid = "x"\nnames = {\n', encoding="utf-8")
    (finding,) = check_domain(path)
    assert finding.line == 3 and "not valid TOML" in finding.message
    result = CliRunner().invoke(cli, ["domain", "check", str(tmp_path / "none.toml")])
    assert result.exit_code == 1
    assert "Cannot read domain file" in result.output and "Traceback" not in result.output


def test_a_file_that_loads_badly_after_the_schema_checks_is_reported(tmp_path):
    path = tmp_path / "holm.toml"
    path.write_text(TWO_SIDES.replace('id = "north"\n', ""), encoding="utf-8")
    found = [f.message for f in check_domain(path)]
    assert any("members 'north' is not an [[islands]] id" in m for m in found)
    path.write_text(
        TWO_SIDES.replace('names = { Calder = "Nordholm", Brena = "Isla Norte" }', "names = 3"),
        encoding="utf-8",
    )
    (found,) = [f.message for f in check_domain(path)]
    assert "bad domain file" in found and "names must be a table" in found, found
    assert "'quizgen domain check FILE' lists every mistake" in found


def test_a_known_persons_country_must_be_a_listed_country(tmp_path):
    path = tmp_path / "people.toml"
    path.write_text(
        '[domain]\nname = "t"\n\n[[countries]]\nname = "Calder"\nparty = true\n\n'
        '[people.countries]\n"Ola Finn" = "Caldr"\n'
        '"Ilan Brek" = "Calder"\n',
        encoding="utf-8",
    )
    assert [str(f) for f in check_domain(path)] == [
        "line 9: [people.countries]: 'Ola Finn' = 'Caldr' is not a [[countries]] name "
        "or a country of the world (did you mean 'Calder'?)"
    ]


def test_a_posts_country_may_be_any_country_of_the_world(tmp_path):
    path = tmp_path / "envoy.toml"
    path.write_text(
        '[domain]\nname = "t"\n\n[[countries]]\nname = "Calder"\nparty = true\n\n'
        '[[roles]]\npost = "Special Envoy"\nvariants = ["Special Envoy"]\ncountry = "Finland"\n'
        '\n[[roles]]\npost = "Envoy"\nvariants = ["Envoy"]\ncountry = "Finlandia"\n',
        encoding="utf-8",
    )
    assert [str(f) for f in check_domain(path)] == [
        "line 16: [[roles]] #2 (Envoy): country 'Finlandia' is not a [[countries]] name or a "
        "country of the world (did you mean 'Finland'?)"
    ]


def test_every_missing_field_and_quoted_year_is_named_at_once(tmp_path):
    """A misspelt key no longer hides the missing year: the check names all of them."""
    path = tmp_path / "holm.toml"
    text = TWO_SIDES.replace('used_by = "Brena"', 'usedby = "Brena"') + (
        '[[documents]]\nname = "Holm Accord"\nkeywords = ["accord"]\n'
        '[[documents]]\nname = "Holm Treaty"\nyear = "1962"\n'
    )
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()

    def at(line: str) -> str:
        return f"line {lines.index(line) + 1}: "

    found = [str(f) for f in check_domain(path)]
    assert found == [
        at('usedby = "Brena"') + "[[groups]] #2 (Islas del Mar): unknown field 'usedby' (did "
        "you mean 'used_by'?)",
        at("[[documents]]") + "[[documents]] #1 (Holm Accord): no 'year' given",
        at('year = "1962"') + "[[documents]] #2 (Holm Treaty): year must be a number without "
        "quotes (year = 1956), not '1962'",
    ]


def test_a_countrys_alias_where_its_name_is_needed_says_which_name(tmp_path):
    path = tmp_path / "holm.toml"
    path.write_text(
        TWO_SIDES.replace('demonyms = ["Calderan"]', 'demonyms = ["Calderan"]\naliases = ["CR"]')
        + '[[roles]]\npost = "Consul"\nvariants = ["Consul"]\ncountry = "CR"\n',
        encoding="utf-8",
    )
    (finding,) = check_domain(path)
    assert finding.message.endswith(
        "country 'CR' is not a [[countries]] name or a country of the world (it is an alias: "
        "write the country's name, 'Calder')"
    )


def test_what_the_loader_accepts_but_no_question_can_use_is_named(tmp_path):
    """A place one party does not name, a group a non-party uses, a leader post that is no
    post, and one variant under two posts."""
    text = (
        TWO_SIDES.replace(
            'names = { Calder = "Sudholm", Brena = "Isla Sur" }', 'names = { Calder = "Sudholm" }'
        ).replace('used_by = "Brena"', 'used_by = "Lena"')
        + '[[countries]]\nname = "Lena"\n'
        + '[[roles]]\npost = "Foreign Minister"\nvariants = ["Foreign Secretary"]\n'
        + '[[roles]]\npost = "Home Secretary"\nvariants = ["foreign secretary"]\n'
        + '[people]\nleader_posts = ["Premier"]\n'
    )
    path = tmp_path / "holm.toml"
    path.write_text(text, encoding="utf-8")
    found = [f.message for f in check_domain(path)]
    assert found == [
        "[[islands]] #2 (south): no name for Brena (the other places have one; where the sides "
        "share a name, write it for each)",
        "[[groups]] #2 (Islas del Mar): used_by 'Lena' is not a party (party = true in its "
        "[[countries]] entry)",
        "[[roles]] #2 (Home Secretary): 'foreign secretary' is also in variants of #1 (Foreign "
        "Minister): keep it in one",
        "[people]: leader_posts 'Premier' is not the post of a [[roles]] entry",
    ]


def test_one_side_one_name_and_a_place_twice_are_named(tmp_path):
    text = (
        TWO_SIDES.replace('name = "Brena"\ndemonyms = ["Brenan"]\nparty = true', 'name = "Brena"')
        .replace(', Brena = "Isla Norte"', "")
        .replace(', Brena = "Isla Sur"', "")
        .replace(', Brena = "Isla Oeste"', "")
        .replace(', Brena = "Isla Este"', "")
        .replace('used_by = "Brena"', 'used_by = "Calder"')
        + '[[places]]\nname = "Harwick"\n[[places]]\nname = "Harwick"\n'
    )
    path = tmp_path / "holm.toml"
    path.write_text(text, encoding="utf-8")
    found = [f.message for f in check_domain(path)]
    assert found == [
        "[[countries]]: only 'Calder' has party = true; give each side of the dispute party = true",
        "[[places]] #2 (Harwick): the same name as #1: keep one entry",
    ]
    path.write_text(text.replace('name = "Brena"', 'name = "Brena"\nparty = true'), "utf-8")
    assert [f.message for f in check_domain(path)][0] == (
        "[[islands]]: every place is named for 'Calder' alone; give each party's name (the "
        "same name twice where the sides share it)"
    )


def test_a_wrong_article_path_is_its_own_error_before_the_summary(tmp_path):
    result = CliRunner().invoke(
        cli, ["domain", "check", str(DEFAULT_DOMAIN), str(tmp_path / "none")]
    )
    assert result.exit_code == 1
    assert "no mistakes found" not in result.output and "No such file" in result.output


def test_a_party_named_by_its_alias_is_told_the_countrys_name(tmp_path):
    path = tmp_path / "holm.toml"
    text = TWO_SIDES.replace(
        'name = "Brena"\n', 'name = "Brena"\naliases = ["Old Brena"]\n'
    ).replace('Brena = "Isla Norte"', '"Old Brena" = "Isla Norte"')
    path.write_text(text, encoding="utf-8")
    messages = " ".join(str(f) for f in check_domain(path))
    assert "'Old Brena' in names is not a [[countries]] entry with party = true" in messages
    assert "it is an alias: write the country's name, 'Brena'" in messages


def test_the_articles_tell_people_never_named_from_people_named_without_a_post(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2019-02-08\n\nJoseph Stalin was mentioned by Japanese Foreign Minister Taro Kono "
        "in Osaka.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["domain", "check", str(DEFAULT_DOMAIN), str(article)])
    assert result.exit_code == 0, result.output
    assert "people named, but with no post read: Joseph Stalin\n" in result.output
    assert "people never named: Nikita Khrushchev;" in result.output
    assert "more (--all lists them)" in result.output
    listed = CliRunner().invoke(
        cli, ["domain", "check", str(DEFAULT_DOMAIN), str(article), "--all"]
    )
    assert "more (--all lists them)" not in listed.output
    assert "Vladimir Putin" in listed.output.split("people never named:")[1]


def test_a_person_named_in_another_listed_spelling_is_named(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2019-02-08\n\nNikita Hrushchev was mentioned by Japanese Foreign Minister Taro "
        "Kono in Osaka.\n",
        encoding="utf-8",
    )
    domain = tmp_path / "d.toml"
    text = DEFAULT_DOMAIN.read_text(encoding="utf-8").replace(
        "name_variants = [\n", 'name_variants = [\n    ["Khrushchev", "Hrushchev"],\n', 1
    )
    domain.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["domain", "check", str(domain), str(article)])
    assert result.exit_code == 0, result.output
    assert "people named, but with no post read: Nikita Khrushchev" in result.output


def test_a_field_new_users_write_by_another_name_is_suggested(tmp_path):
    path = tmp_path / "holm.toml"
    path.write_text(TWO_SIDES + '[[roles]]\nname = "Envoy"\n', encoding="utf-8")
    found = [str(f) for f in check_domain(path)]
    assert any("unknown field 'name' (did you mean 'post'?)" in f for f in found)


def test_the_articles_tell_places_never_named_from_places_not_read_as_places(tmp_path):
    domain = tmp_path / "holm.toml"
    places = "".join(
        f'[[places]]\nname = "{name}"\nkind = "city"\ncountry = "Calder"\n'
        for name in ("Port Selden", "Old Harbour", "Wrenfield")
    )
    domain.write_text(TWO_SIDES + places, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2019-02-08\n\nThe ministers met in Port Selden on Friday, and toured Calder's Old "
        "Harbour.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["domain", "check", str(domain), str(article)])
    assert result.exit_code == 0, result.output
    assert "places never named: Wrenfield\n" in result.output
    assert "places named, but not read as places: Old Harbour\n" in result.output
    assert "Port Selden" not in result.output.split("places never named")[1]


def test_a_curly_apostrophe_in_a_name_is_the_straight_one_the_file_lists(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2019-02-08\n\nUS National Security Adviser Robert O’Brien met Japanese Foreign "
        "Minister Taro Kono in Osaka.\n",
        encoding="utf-8",
    )
    domain = tmp_path / "d.toml"
    text = DEFAULT_DOMAIN.read_text(encoding="utf-8").replace(
        "[people.countries]\n", '[people.countries]\n"Robert O\'Brien" = "United States"\n', 1
    )
    domain.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["domain", "check", str(domain), str(article), "--all"])
    assert result.exit_code == 0, result.output
    assert "O'Brien" not in result.output.split("people never named:")[-1]
    assert "no post read: Robert" not in result.output
