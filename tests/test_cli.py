"""The command line, through click's CliRunner and as a real subprocess."""

from __future__ import annotations

import json
import re
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
        "line": "This is an archived article that was published on in 2016, and "
        "information in the article may be outdated. It is provided only for personal research "
        "purposes and may not be reprinted.",
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


def test_code_is_mypy_strict_clean():
    """Types are checked: mypy --strict on quizgen/ (configured in pyproject.toml)."""
    pytest.importorskip("mypy")
    completed = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout


def test_questions_json_is_deterministic_and_well_formed(tmp_path):
    first = run("questions", str(SEEDS), "--format", "json", "--count", "8", "--seed", "4")
    second = run("questions", str(SEEDS), "--format", "json", "--count", "8", "--seed", "4")
    assert first.exit_code == 0 and first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert (data["format"], data["version"], len(data["questions"])) == ("quizgen-questions", 1, 8)
    for question in data["questions"]:
        assert {
            "id",
            "type",
            "prompt",
            "answer",
            "options",
            "explanation",
            "source",
            "tags",
        } <= set(question)
        assert question["source"]["doc"] and question["source"]["quote"]


def test_questions_from_a_curated_facts_file_drop_rejected_facts(tmp_path):
    facts = tmp_path / "facts.json"
    assert run("extract", str(SEEDS), "-o", str(facts)).exit_code == 0
    data = json.loads(facts.read_text(encoding="utf-8"))
    seko = next(f for f in data["facts"] if f["kind"] == "person" and f["name"] == "Hiroshige Seko")
    seko["status"] = "rejected"
    facts.write_text(json.dumps(data), encoding="utf-8")
    result = run("questions", "--facts", str(facts), "--format", "json")
    assert result.exit_code == 0
    bank = json.loads(result.stdout)["questions"]
    assert bank and not any(seko["id"] in q["fact_ids"] for q in bank)


def test_questions_types_filter_and_bad_type():
    result = run("questions", str(SEEDS), "--types", "when,role")
    assert result.exit_code == 0
    assert set(re.findall(r"\[(\w+)\]", result.stdout)) == {"when", "role"}
    bad = run("questions", str(SEEDS), "--types", "essay")
    assert bad.exit_code == 2 and "unknown type essay" in bad.stderr


def test_quiz_command_writes_versions(tmp_path):
    out = tmp_path / "quiz.html"
    result = run("quiz", str(SEEDS), "-o", str(out), "--versions", "2", "--count", "12")
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quiz-A.html", "quiz-B.html"]
    assert (
        f"Wrote:     {tmp_path / 'quiz-A.html'}\n           {tmp_path / 'quiz-B.html'}"
        in result.stderr
    )


def test_paper_option_ignores_case(tmp_path):
    result = run("quiz", str(SEEDS), "-o", str(tmp_path / "quiz.html"), "--paper", "Letter")
    assert result.exit_code == 0, result.output
    assert "size: letter" in (tmp_path / "quiz.html").read_text(encoding="utf-8").lower()


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(monkeypatch):
    def broken(*args, **kwargs):
        raise TypeError("nobody expected this")

    monkeypatch.setattr("quizgen.pipeline.make_bank", broken)
    result = CliRunner().invoke(cli, ["questions", str(SEEDS)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        "Error: unexpected TypeError: nobody expected this "
        "(this is a bug in quizgen; rerun with --debug for the traceback)"
    )
    debug = CliRunner().invoke(cli, ["--debug", "questions", str(SEEDS)])
    assert isinstance(debug.exception, TypeError)


def test_output_piped_into_a_reader_that_stops_early_ends_quietly():
    reader = subprocess.Popen(
        [sys.executable, "-m", "quizgen", "eval", "tests/corpus/tune", "--gold"]
        + ["tests/corpus/gold", "-v"],  # more lines than a pipe holds
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout is not None and reader.stdout.readline()  # read one line, then stop
    reader.stdout.close()
    _, stderr = reader.communicate(timeout=60)
    assert "unexpected" not in stderr and "Traceback" not in stderr, stderr


def test_when_every_question_is_held_the_review_list_still_says_why(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2019-02-08\n\nWe discussed many things with our friends in 2018.\n", encoding="utf-8"
    )
    review = tmp_path / "review.json"
    result = CliRunner().invoke(
        cli, ["questions", str(article), "--fresh", "--review", str(review)]
    )
    assert result.exit_code == 1
    assert "every fact is rejected; why each question was held:" in result.output
    held = json.loads(review.read_text(encoding="utf-8"))["held"]
    assert held and all(q["reasons"] for q in held)


def test_a_build_with_every_question_held_writes_nothing_and_says_how_to_see_why(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "date 2019-02-08\n\nWe discussed many things with our friends in 2018.\n", encoding="utf-8"
    )
    out = tmp_path / "decks"
    result = CliRunner().invoke(cli, ["build", str(articles), "--output", str(out)])
    assert result.exit_code == 1
    assert "nothing was written" in result.output and "--review" in result.output
    assert not out.exists() or not any(out.iterdir())
