"""Atomic writes leave either the old file or the new one, never half of either."""

from __future__ import annotations

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
