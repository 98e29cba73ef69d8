"""Atomic writes leave either the old file or the new one, never half of either."""

from __future__ import annotations

import os
import stat

import pytest

from quizgen.errors import QuizgenError
from quizgen.fileio import atomic_path, write_text


def test_write_replaces_and_keeps_a_backup(tmp_path):
    target = tmp_path / "out" / "facts.json"
    write_text(target, "one\n")
    write_text(target, "two\n", backup=True)
    assert target.read_text() == "two\n"
    assert (tmp_path / "out" / "facts.json.bak").read_text() == "one\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["facts.json", "facts.json.bak"]


def test_failure_midway_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "deck.apkg"
    target.write_text("old")
    with pytest.raises(KeyboardInterrupt), atomic_path(target) as temporary:
        temporary.write_text("half")
        raise KeyboardInterrupt
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.apkg"]


def test_unwritable_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(QuizgenError, match="Cannot write in"):
        write_text(blocker / "sub" / "out.txt", "x")


def test_a_target_that_is_not_a_regular_file_is_refused_and_left_alone(tmp_path):
    """`-o /dev/null` once replaced the device with a file: a rename replaces whatever the
    target is. A FIFO stands in for a device here."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(QuizgenError, match="not a regular file"), atomic_path(fifo) as temporary:
        temporary.write_text("x", encoding="utf-8")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
    with (
        pytest.raises(QuizgenError, match="a folder of that name"),
        atomic_path(tmp_path) as temporary,
    ):
        temporary.write_text("x", encoding="utf-8")
