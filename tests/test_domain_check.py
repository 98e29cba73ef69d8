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
    assert "islands: Etorofu, Kunashiri, Shikotan, Habomai islet group" in result.output


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
        TWO_SIDES.replace('name = "Calder"\n', 'name = "Calder"\nended = "soon"\n'),
        encoding="utf-8",
    )
    found = [f.message for f in check_domain(path)]
    assert any("bad domain file" in m for m in found), found


def test_a_known_persons_country_must_be_a_listed_country(tmp_path):
    path = tmp_path / "people.toml"
    path.write_text(
        '[domain]\nname = "t"\n\n[[countries]]\nname = "Calder"\nparty = true\n\n'
        '[people]\nleader_posts = ["President"]\n\n[people.countries]\n"Ola Finn" = "Caldr"\n'
        '"Ilan Brek" = "Calder"\n',
        encoding="utf-8",
    )
    assert [str(f) for f in check_domain(path)] == [
        "line 12: [people.countries]: 'Ola Finn' = 'Caldr' is not a [[countries]] name "
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
