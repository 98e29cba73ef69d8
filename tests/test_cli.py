"""The command line, through click's CliRunner and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from quizgen import __version__
from quizgen.cli import cli

from .conftest import ROOT, SEEDS


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.output == f"quizgen, version {__version__}\n"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name):
    command = cli.commands[name]
    assert isinstance(command, click.Command)
    assert command.help and "Example" in command.help
    result = run(name, "-h")
    assert result.exit_code == 0 and "Usage: cli " + name in result.output


def test_inspect_seeds_json():
    result = run("inspect", str(SEEDS), "--json")
    assert result.exit_code == 0
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows["000_cf4e548c198d2a7b"]["published"] == {
        "value": "2016",
        "precision": "year",
        "source": "archive preamble",
    }
    assert rows["003_6824a8b538b59b78"]["published"]["value"] == "--11-28"
    assert rows["003_6824a8b538b59b78"]["agency"] == "TASS"
    assert rows["001_65fbbc9985a4bb6b"]["sentences"] == 11


def test_inspect_text_lists_every_document():
    result = run("inspect", str(SEEDS))
    assert result.exit_code == 0
    assert result.output.count("published:") == 5
    assert "published: 2017-09-06 (day, date header)" in result.output


def test_missing_path_is_a_one_line_error_exit_1(tmp_path):
    result = run("inspect", str(tmp_path / "nope"))
    assert result.exit_code == 1
    assert (
        result.output == f"Error: No such file or folder in {tmp_path / 'nope'}: check the path\n"
    )


def test_bad_file_warns_and_continues_but_strict_fails(write_article, tmp_path):
    write_article("in/empty.txt", "")
    write_article("in/good.txt", "date 2018-01-02 Good news.")
    relaxed = run("inspect", str(tmp_path / "in"))
    assert relaxed.exit_code == 0
    assert "Warning: " in relaxed.stderr and "empty.txt: empty file, skipped" in relaxed.stderr
    strict = run("inspect", str(tmp_path / "in"), "--strict")
    assert strict.exit_code == 1
    assert "Error: 1 warning(s) and --strict is on" in strict.stderr


def test_unknown_option_is_a_usage_error():
    assert run("inspect", "--bogus").exit_code == 2


def test_subprocess_runs_the_installed_entry_point():
    completed = subprocess.run(
        [sys.executable, "-m", "quizgen", "inspect", "seeds", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert len(json.loads(completed.stdout)) == 5
    assert "Traceback" not in completed.stderr


def test_subprocess_error_has_no_traceback(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "quizgen", "inspect", str(tmp_path / "missing")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stderr.startswith("Error: No such file or folder")
    assert "Traceback" not in completed.stderr


def test_code_is_ruff_clean():
    ruff = pytest.importorskip("ruff")
    del ruff
    completed = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "quizgen", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout
