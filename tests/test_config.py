"""Build settings from quizgen.toml, [tool.quizgen] and the command line."""

from __future__ import annotations

import pytest

from quizgen.config import Config, load_config
from quizgen.errors import QuizgenError


def test_defaults_without_any_file(tmp_path):
    config, source = load_config(tmp_path)
    assert (config, source) == (Config(), "")
    assert str(config.facts_path) == "decks/facts.json"


def test_quizgen_toml(tmp_path):
    (tmp_path / "quizgen.toml").write_text(
        'inputs = ["articles"]\ndeck = "Kurils"\nversions = 2\ntypes = ["choice", "when"]\n'
    )
    config, source = load_config(tmp_path)
    assert config.inputs == ("articles",) and config.deck == "Kurils" and config.versions == 2
    assert config.types == ("choice", "when")
    assert source.endswith("quizgen.toml")


def test_pyproject_tool_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.quizgen]\nseed = 5\n')
    config, _ = load_config(tmp_path)
    assert config.seed == 5


def test_command_line_overrides_and_none_means_not_given(tmp_path):
    (tmp_path / "quizgen.toml").write_text('title = "Unit test"\nseed = 3\n')
    config, _ = load_config(tmp_path)
    final = config.override(seed=9, title=None, types=())
    assert (final.seed, final.title, final.types) == (9, "Unit test", ())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour = 1\n", "Unknown setting 'colour'"),
        ('versions = "two"\n', "must be int"),
        ("pdf = 1\n", "must be bool"),
        ("inputs = [\n", "Invalid TOML"),
        ('types = ["choise"]\n', "Setting 'types' in .* has unknown type 'choise': use cloze"),
        ("count = 0\n", "Setting 'count' in .* must be at least 1, not 0"),
        ("versions = 27\n", "must be from 1 to 26, not 27"),
        ('paper = "a3"\n', "must be a4 or letter, not 'a3'"),
    ],
)
def test_bad_settings_are_named(tmp_path, text, message):
    (tmp_path / "quizgen.toml").write_text(text)
    with pytest.raises(QuizgenError, match=message):
        load_config(tmp_path)


def test_paper_is_read_in_any_case(tmp_path):
    (tmp_path / "quizgen.toml").write_text('paper = "A4"\n')
    assert load_config(tmp_path)[0].paper == "a4"
    assert Config().override(paper="Letter").paper == "letter"
