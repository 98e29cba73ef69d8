"""A build replaces the previous outputs all together or not at all, one build at a time."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.cli import cli
from quizgen.fileio import JOURNAL, LOCK_FILE, recover

from .conftest import SEEDS
from .test_build import NEW_ARTICLE

DETERMINISTIC = ("facts.json", "questions.json", "needs-review.json", "quiz.html")


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def built(tmp_path: Path, monkeypatch) -> Path:
    """A folder with one complete build, and a new article waiting for the next."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli, ["build", "-q"]).exit_code == 0
    (tmp_path / "seeds" / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    return tmp_path


def test_strict_with_a_warning_moves_nothing(built):
    before = digests(built / "decks")
    (built / "seeds" / "empty.txt").write_text("")
    result = CliRunner().invoke(cli, ["build", "--strict"])
    assert result.exit_code == 1 and "--strict" in result.output
    assert digests(built / "decks") == before


def test_a_template_error_after_the_deck_moves_nothing(built):
    before = digests(built / "decks")
    (built / "mine" / "quiz").mkdir(parents=True)
    (built / "mine" / "quiz" / "questions.html").write_text("{{ no_such_name }}")
    result = CliRunner().invoke(cli, ["build", "--templates", "mine"])
    assert result.exit_code == 1 and "no_such_name" in result.output
    assert digests(built / "decks") == before  # the new deck was made, but stayed staged


def test_a_second_build_into_the_same_folder_stops_with_a_message(built):
    with open(built / "decks" / LOCK_FILE, "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 1
    assert "another quizgen run is writing into decks: wait for it to finish" in result.output


def test_a_commit_cut_short_is_finished_by_the_next_run(built):
    decks = built / "decks"
    staged = decks / ".quiz.html.x.quizgen.tmp"
    staged.write_text("new quiz")
    leftover = decks / ".questions.json.y.quizgen.tmp"  # a killed run's, never committed
    leftover.write_text("half")
    moves = [[str(staged), str(decks / "quiz.html"), False]]
    (decks / JOURNAL).write_text(json.dumps({"moves": moves, "removals": []}))
    recover(decks)
    assert (decks / "quiz.html").read_text() == "new quiz"
    assert not staged.exists() and not leftover.exists() and not (decks / JOURNAL).exists()


def test_the_backup_is_the_last_facts_file_read(built):
    facts = built / "decks" / "facts.json"
    first = facts.read_bytes()
    assert CliRunner().invoke(cli, ["build", "-q"]).exit_code == 0
    assert (built / "decks" / "facts.json.bak").read_bytes() == first
    facts.write_text("{ broken")
    assert CliRunner().invoke(cli, ["build", "-q"]).exit_code == 1
    assert (built / "decks" / "facts.json.bak").read_bytes() == first  # not the broken one


def test_a_build_killed_at_any_moment_leaves_one_whole_set(built, tmp_path_factory):
    """Kill a real build process at a few dozen moments; after the next run's first step
    (which finishes a commit the kill cut short and removes the killed run's temporary files)
    the outputs are all the previous build's or all the new one's, and nothing is left over."""
    old = digests(built / "decks")
    reference = tmp_path_factory.mktemp("reference")
    shutil.copytree(built, reference, dirs_exist_ok=True)
    command = [sys.executable, "-c", "from quizgen.cli import cli; cli()", "build", "-q"]
    started = time.perf_counter()
    subprocess.run(command, cwd=reference, check=True)
    full = time.perf_counter() - started
    new = digests(reference / "decks")
    assert {old[n] for n in DETERMINISTIC}.isdisjoint(new[n] for n in DETERMINISTIC)

    rng = random.Random(7)
    outcomes = set()
    for _ in range(24):
        trial = tmp_path_factory.mktemp("trial")
        shutil.copytree(built, trial, dirs_exist_ok=True)
        process = subprocess.Popen(command, cwd=trial)
        time.sleep(rng.uniform(0.05, full * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        decks = trial / "decks"
        recover(decks)  # what the next run does first
        now = digests(decks)
        matches = {
            "old" if now[n] == old[n] else "new" if now[n] == new[n] else "?" for n in DETERMINISTIC
        }
        assert len(matches) == 1 and "?" not in matches, (matches, now)
        outcomes |= matches
        assert not [p for p in os.listdir(decks) if p.endswith(".tmp")]
    assert outcomes  # at least one kill landed; both outcomes are allowed
