"""A folder someone else prepared cannot make quizgen run code or read files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.cli import cli
from quizgen.questions.rules import default_rules_path

from .conftest import SEEDS

ESCAPE = "{{ cycler.__init__.__globals__.os.popen('touch pwned').read() }}"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def build(*args: str):
    return CliRunner().invoke(cli, ["build", *args])


def one_line_error(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("Error: ")
    return lines[-1]


def test_a_rules_file_cannot_run_code(folder):
    rules = default_rules_path().read_text(encoding="utf-8")
    start = rules.index("prompt = ", rules.index("[[template]]"))
    end = rules.index("\n", start)
    (folder / "rules.toml").write_text(rules[:start] + f'prompt = "{ESCAPE}"' + rules[end:])
    message = one_line_error(build("--rules", "rules.toml"))
    assert "rules.toml" in message and "unsafe" in message
    assert not (folder / "pwned").exists() and not (folder / "decks").exists()


def test_a_quiz_template_cannot_run_code(folder):
    (folder / "mine" / "quiz").mkdir(parents=True)
    (folder / "mine" / "quiz" / "questions.html").write_text(ESCAPE)
    message = one_line_error(build("--templates", "mine"))
    assert "from mine" in message and "unsafe" in message
    assert not (folder / "pwned").exists()


@pytest.mark.parametrize(
    ("setting", "flag"),
    [("question_rules", "--rules"), ("templates", "--templates"), ("domain", "--domain")],
)
def test_a_settings_file_may_not_point_outside_its_folder(folder, setting, flag):
    (folder / "quizgen.toml").write_text(f'{setting} = "../elsewhere"\n')
    message = one_line_error(build())
    assert f"sets {setting} = '../elsewhere', outside this folder" in message
    assert f"give it as {flag}" in message


def test_the_same_file_given_as_an_option_is_used(folder):
    outside = folder.parent / f"{folder.name}-rules.toml"
    shutil.copy(default_rules_path(), outside)
    (folder / "quizgen.toml").write_text(f'question_rules = "{outside}"\n')
    assert build("--rules", str(outside)).exit_code == 0
