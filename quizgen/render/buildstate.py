"""Build state for rebuilt decks: per-note content hash and modification time, written atomically.

Anki updates an imported note only when its modification time is strictly newer than the copy in
the collection, so a note's time must move forward exactly when its content changes. The state
file remembers, per question id, the content hash and the time given to that content.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from quizgen.errors import QuizgenError

STATE_VERSION = 1


class Stamp(NamedTuple):
    """A content hash, the modification time that content was first built at, and whether the
    note was last carried as retired (it is then dropped if still absent).

    A NamedTuple of plain values: the garbage collector stops tracking such tuples, which keeps
    tens of thousands of them from slowing every collection during a build.
    """

    hash: str
    mod: int
    retired: bool = False


@dataclass(frozen=True)
class BuildState:
    """Stamps of notes (by question id) and note types (by key) from the last build, and the
    package it wrote (where a removed question's note is read back to carry it as retired).

    On disk (JSON): ``{"version": 1, "package": path, "notetypes": {key: "hash mod"},
    "notes": {id: "hash mod" or "hash mod retired"}}``.
    """

    package: str = ""
    notes: Mapping[str, Stamp] = field(default_factory=dict)
    notetypes: Mapping[str, Stamp] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "package": self.package,
            "notetypes": {k: _pack(s) for k, s in sorted(self.notetypes.items())},
            "notes": {k: _pack(s) for k, s in sorted(self.notes.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BuildState:
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"unknown state version {data.get('version')!r}")
        return cls(
            package=str(data["package"]),
            notes={k: _unpack(v) for k, v in data["notes"].items()},
            notetypes={k: _unpack(v) for k, v in data["notetypes"].items()},
        )


def _pack(stamp: Stamp) -> str:
    """``"hash mod"`` or ``"hash mod retired"``: one string per note parses and saves fast."""
    return f"{stamp.hash} {stamp.mod} retired" if stamp.retired else f"{stamp.hash} {stamp.mod}"


def _unpack(text: str) -> Stamp:
    h, mod, *rest = text.split(" ")
    if rest not in ([], ["retired"]):
        raise ValueError(f"bad stamp {text!r}")
    return Stamp(h, int(mod), bool(rest))


def content_hash(*parts: str) -> str:
    """A stable hash of strings (joined with a separator no field text contains)."""
    return hashlib.blake2b("\x1e".join(parts).encode("utf-8"), digest_size=16).hexdigest()


def next_mod(previous: Stamp | None, new_hash: str, now: int) -> int:
    """Keep the old time for unchanged content; otherwise move strictly forward, to ``now``."""
    if previous is None:
        return now
    if previous.hash == new_hash:
        return previous.mod
    return max(now, previous.mod + 1)


def load_state(path: str | Path | None) -> BuildState:
    """The state at ``path``; an empty state when there is no path or no file yet."""
    if path is None or not Path(path).exists():
        return BuildState()
    try:
        return BuildState.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise QuizgenError(
            f"unreadable build state ({exc}) in {path}: delete the file to start over "
            "(the next deck then stamps every note as changed)"
        ) from exc


def save_state(path: str | Path, state: BuildState) -> None:
    """Write ``state`` as compact JSON, atomically."""
    text = json.dumps(state.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def atomic_write(path: str | Path, write: Callable[[Path], object]) -> None:
    """Call ``write(tmp)`` on a temporary file next to ``path``, then rename it into place."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
