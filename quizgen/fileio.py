"""Atomic file writes: a temporary file beside the target, renamed over it on success."""

from __future__ import annotations

import contextlib
import filecmp
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quizgen.errors import QuizgenError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib


@contextlib.contextmanager
def atomic_path(path: str | Path, backup: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path`` in one rename.

    On any error (or Ctrl-C) the temporary file is removed and ``path`` is untouched.
    With ``backup`` an existing ``path`` is first copied to ``path.bak``. When the new content
    is the same as the old, ``path`` is left as it is (no new modification time, no backup).
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise QuizgenError(f"Cannot write in {target.parent}: {error.strerror}") from None
    os.close(handle)
    temporary = Path(name)
    os.chmod(temporary, _mode_for(target))
    try:
        yield temporary
        if _same_content(temporary, target):
            return
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        if backup and target.exists():
            shutil.copy2(target, target.with_name(target.name + ".bak"))
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


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


def read_toml(path: str | Path, what: str = "") -> dict[str, Any]:
    """A TOML file as a dict; unreadable or invalid files are one-line ``QuizgenError``s.

    ``what`` names the file's role in the message ("domain file ", "question rules ").
    """
    path = Path(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise QuizgenError(f"Invalid TOML in {what}{path}: {error}") from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise QuizgenError(f"Cannot read {what}{path}: {reason}") from None
