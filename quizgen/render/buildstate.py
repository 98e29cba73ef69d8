"""Build state for rebuilt decks: per-note content hash and modification time, written atomically.

Anki updates an imported note only when its modification time is strictly newer than the copy in
the collection, so a note's time must move forward exactly when its content changes. The state
file remembers, per note key, the content hash and the time given to that content, plus the
rendered note itself so a note that disappears can be carried once more as retired.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizgen.errors import QuizgenError

STATE_VERSION = 1


@dataclass(frozen=True)
class NoteState:
    """One rendered note as last built: what it held and the mod time that content got."""

    hash: str
    mod: int
    notetype: str
    deck: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    retired: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "hash": self.hash,
            "mod": self.mod,
            "notetype": self.notetype,
            "deck": self.deck,
            "fields": list(self.fields),
            "tags": list(self.tags),
            "retired": self.retired,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NoteState:
        return cls(
            hash=str(data["hash"]),
            mod=int(data["mod"]),
            notetype=str(data["notetype"]),
            deck=str(data["deck"]),
            fields=tuple(str(f) for f in data["fields"]),
            tags=tuple(str(t) for t in data["tags"]),
            retired=bool(data.get("retired", False)),
        )


@dataclass(frozen=True)
class Stamp:
    """A content hash and the modification time that content was first built at."""

    hash: str
    mod: int


@dataclass(frozen=True)
class BuildState:
    """Notes by key and note types by name, as of the last successful build."""

    notes: Mapping[str, NoteState] = field(default_factory=dict)
    notetypes: Mapping[str, Stamp] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "notetypes": {
                k: {"hash": s.hash, "mod": s.mod} for k, s in sorted(self.notetypes.items())
            },
            "notes": {k: n.to_dict() for k, n in sorted(self.notes.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BuildState:
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"unknown state version {data.get('version')!r}")
        return cls(
            notes={k: NoteState.from_dict(v) for k, v in data["notes"].items()},
            notetypes={
                k: Stamp(str(v["hash"]), int(v["mod"])) for k, v in data["notetypes"].items()
            },
        )


def content_hash(*parts: object) -> str:
    """A stable hash of JSON-serialisable parts (lists, strings, numbers)."""
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def next_mod(previous: Stamp | NoteState | None, new_hash: str, now: int) -> int:
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
    """Write ``state`` as JSON, atomically."""
    text = json.dumps(state.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
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
