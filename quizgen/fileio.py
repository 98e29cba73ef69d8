"""Atomic file writes: a temporary file beside the target, renamed over it on success; and
sets of files that replace the previous set all together or not at all."""

from __future__ import annotations

import contextlib
import filecmp
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from quizgen.errors import QuizgenError

TEMP_SUFFIX = ".quizgen.tmp"
JOURNAL = ".quizgen-commit.json"  # the moves of a commit in progress
LOCK_FILE = ".quizgen.lock"
# The set of outputs being written, if any: scoped to an ``all_or_nothing`` block.
_OUTPUTS: ContextVar[Outputs | None] = ContextVar("quizgen_outputs", default=None)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib


@contextlib.contextmanager
def atomic_path(path: str | Path, backup: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path`` in one rename.

    On any error (or Ctrl-C) the temporary file is removed and ``path`` is untouched.
    With ``backup`` the old ``path`` is kept as ``path.bak`` (itself replaced atomically). When
    the new content is the same as the old, ``path`` is left as it is (no new modification
    time, no backup). Inside ``all_or_nothing`` the rename waits until the whole set succeeds.
    """
    target = Path(path)
    if target.is_dir():
        raise QuizgenError(f"Cannot write {target}: a folder of that name is in the way")
    if target.exists() and not target.is_file():  # a rename would replace /dev/null itself
        raise QuizgenError(f"Cannot write {target}: it is not a regular file; give a file's path")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent
        )
    except OSError as error:
        raise QuizgenError(f"Cannot write in {target.parent}: {error.strerror}") from None
    os.close(handle)
    temporary = Path(name)
    os.chmod(temporary, _mode_for(target))
    kept = False
    try:
        try:
            yield temporary
        except OSError as error:  # a full disk, a file size limit, a vanished folder
            raise QuizgenError(f"Cannot write {target}: {error.strerror or error}") from None
        if _same_content(temporary, target):
            return
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        outputs = _OUTPUTS.get()
        if outputs is None:
            _move(str(temporary), str(target), backup)
        else:
            outputs.pending.append((str(temporary), str(target), backup))
            kept = True
    finally:
        if not kept:
            temporary.unlink(missing_ok=True)


class Outputs:
    """Files written together: each waits beside its target until the set is complete."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pending: list[tuple[str, str, bool]] = []  # (temporary, target, backup)
        self.removals: list[str] = []  # files of an earlier build that this one retires

    def remove(self, path: str | Path) -> None:
        """Remove ``path`` when the set is moved into place."""
        self.removals.append(str(path))

    def commit(self) -> None:
        """Move every file into place. A journal written first lets the next run finish the
        moves if this one is killed halfway, so the folder ends with the whole new set."""
        if not self.pending and not self.removals:
            return
        for _, target, _ in self.pending:  # what would stop a move, found before any move
            if Path(target).is_dir():
                raise QuizgenError(f"Cannot write {target}: a folder of that name is in the way")
        journal = self.folder / JOURNAL
        with _immediately():
            write_text(journal, json.dumps({"moves": self.pending, "removals": self.removals}))
            _replay(journal)


@contextlib.contextmanager
def all_or_nothing(
    folder: str | Path, before_commit: Callable[[], None] | None = None
) -> Iterator[Outputs]:
    """Every file written in the block replaces its target only when the whole block (and
    ``before_commit``) succeeded; on an error, Ctrl-C or a kill, the previous files stand.

    One run at a time may write into ``folder`` (a second one stops with a message); each
    run first finishes the moves of a run killed while committing and removes its leftovers.
    A block inside another joins the outer one.
    """
    outer = _OUTPUTS.get()
    if outer is not None:
        yield outer
        return
    folder = Path(folder)
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise QuizgenError(f"Cannot write in {folder}: {error.strerror}") from None
    try:
        with _locked(folder):
            recover(folder)
            outputs = Outputs(folder)
            token = _OUTPUTS.set(outputs)
            try:
                yield outputs
                if before_commit is not None:
                    before_commit()
                outputs.commit()
            finally:
                _OUTPUTS.reset(token)
                for temporary, _, _ in outputs.pending:
                    Path(temporary).unlink(missing_ok=True)
    finally:
        if created and not any(folder.iterdir()):
            folder.rmdir()  # a failed first run leaves no empty output folder behind


def recover(folder: Path) -> None:
    """Finish the moves of a run killed while committing; remove killed runs' leftovers."""
    journal = folder / JOURNAL
    if journal.exists():
        with _immediately():
            _replay(journal)
    for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
        leftover.unlink(missing_ok=True)
    for leftover in folder.glob(".quizgen-*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)


def _replay(journal: Path) -> None:
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        moves, removals = plan["moves"], plan["removals"]
    except (OSError, ValueError, KeyError, TypeError):
        journal.unlink(missing_ok=True)  # written atomically: damaged means never complete
        return
    for temporary, target, backup in moves:
        if Path(temporary).exists():
            _move(temporary, target, backup)
    for path in removals:
        Path(path).unlink(missing_ok=True)
    journal.unlink(missing_ok=True)


def _move(temporary: str, target: str, backup: bool) -> None:
    """Put ``temporary`` in place of ``target``; with ``backup`` the old target becomes
    ``target.bak`` through a copy renamed into place, so a backup is never half-written."""
    if backup and Path(target).is_file():
        with atomic_path(target + ".bak") as copy:
            shutil.copy2(target, copy)
    os.replace(temporary, target)


@contextlib.contextmanager
def _immediately() -> Iterator[None]:
    """Writes in the block happen at once, even inside ``all_or_nothing``."""
    token = _OUTPUTS.set(None)
    try:
        yield
    finally:
        _OUTPUTS.reset(token)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold the folder's lock file for the block; another holder means another run."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        yield
        return
    with open(folder / LOCK_FILE, "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise QuizgenError(
                f"another quizgen run is writing into {folder}: wait for it to finish"
            ) from None
        try:
            yield
        finally:  # removed while still held, so the folder keeps no trace of the run
            (folder / LOCK_FILE).unlink(missing_ok=True)
            fcntl.flock(lock, fcntl.LOCK_UN)


def write_text(path: str | Path, text: str, backup: bool = False) -> Path:
    """Write UTF-8 text atomically (LF line ends on every platform)."""
    with atomic_path(path, backup) as temporary:
        temporary.write_text(text, encoding="utf-8", newline="\n")
    return Path(path)


def write_bytes(path: str | Path, data: bytes) -> Path:
    """Write bytes atomically."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)
    return Path(path)


def _same_content(new: Path, old: Path) -> bool:
    """Whether two files hold the same bytes (compared in blocks; sizes first)."""
    try:
        if not old.is_file() or new.stat().st_size != old.stat().st_size:
            return False
        return filecmp.cmp(new, old, shallow=False)
    except OSError:
        return False


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0o666 less the umask."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


TomlError = tomllib.TOMLDecodeError  # for readers that report a broken file themselves


def parse_toml(text: str) -> dict[str, Any]:
    """``text`` as TOML (``TomlError`` when it is not), on every supported Python."""
    return tomllib.loads(text)


def read_text(path: str | Path, what: str = "") -> str:
    """A UTF-8 file's text; an unreadable file is a one-line ``QuizgenError``.

    ``what`` names the file's role in the message ("domain file ", "question rules ").
    """
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise QuizgenError(f"Cannot read {what}{path}: {reason}") from None


def read_toml(path: str | Path, what: str = "") -> dict[str, Any]:
    """A TOML file as a dict; unreadable or invalid files are one-line ``QuizgenError``s."""
    text = read_text(path, what)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise QuizgenError(f"Invalid TOML in {what}{path}: {error}") from None
