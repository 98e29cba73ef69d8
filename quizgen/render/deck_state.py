"""Anki note state of a deck: per-note content hash and modification time, written atomically.

Anki updates an imported note only when its modification time is strictly newer than the copy in
the collection, so a note's time must move forward exactly when its content changes. The state
file remembers, per question id, the content hash and the time given to that content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizgen.errors import QuizgenError
from quizgen.fileio import write_text

STATE_VERSION = 1


@dataclass(frozen=True)
class DeckState:
    """What the last build wrote: per note key (question id), the content hash and the mod time
    that content got; which notes it carried as retired; the same for note types (by key); the
    package path, where a removed question's note is read back to carry it as retired; and the
    cloze numbers of notes that several cloze questions share (``cloze_notes``).

    Flat maps of strings and ints, not a record per note: tens of thousands of small objects
    would make the garbage collector a visible share of a build.

    On disk (JSON): ``{"version": 1, "package": path, "notes": ["hash mod id", ...],
    "retired": [id, ...], "notetypes": ["hash mod key", ...],
    "clozes": [[key, question id of c1, of c2, ...], ...]}`` (files without "clozes" read too).
    """

    package: str = ""
    hashes: Mapping[str, str] = field(default_factory=dict)
    mods: Mapping[str, int] = field(default_factory=dict)
    retired: frozenset[str] = frozenset()
    notetype_hashes: Mapping[str, str] = field(default_factory=dict)
    notetype_mods: Mapping[str, int] = field(default_factory=dict)
    cloze_slots: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "package": self.package,
            "notes": _pack(self.hashes, self.mods),
            "retired": sorted(self.retired),
            "notetypes": _pack(self.notetype_hashes, self.notetype_mods),
            "clozes": [[key, *self.cloze_slots[key]] for key in sorted(self.cloze_slots)],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeckState:
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"unknown state version {data.get('version')!r}")
        hashes, mods = _unpack(data["notes"])
        notetype_hashes, notetype_mods = _unpack(data["notetypes"])
        retired = frozenset(str(k) for k in data["retired"])
        slots = {str(key): tuple(map(str, ids)) for key, *ids in data.get("clozes", ())}
        return cls(
            str(data["package"]), hashes, mods, retired, notetype_hashes, notetype_mods, slots
        )


def deck_state_path(deck: str | Path) -> Path:
    """The state file of a deck: one per deck, so two decks never retire each other's notes."""
    deck = Path(deck)
    return deck.with_name(f".{deck.stem}.quizgen-state.json")


def _pack(hashes: Mapping[str, str], mods: Mapping[str, int]) -> list[str]:
    """``"hash mod key"`` strings sorted by key. A list of strings rather than a JSON object:
    json.dumps turns an object into a list of (key, value) tuples first, and 20,000 tuples
    cost a garbage-collector pass."""
    return [f"{hashes[k]} {mods[k]} {k}" for k in sorted(hashes)]


def _unpack(stamps: Sequence[str]) -> tuple[dict[str, str], dict[str, int]]:
    hashes, mods = {}, {}
    for text in stamps:
        h, mod, key = text.split(" ", 2)
        hashes[key], mods[key] = h, int(mod)
    return hashes, mods


def content_hash(*parts: str) -> str:
    """A stable hash of strings (joined with a separator no field text contains)."""
    return hashlib.blake2b("\x1e".join(parts).encode("utf-8"), digest_size=16).hexdigest()


def next_mod(
    hashes: Mapping[str, str], mods: Mapping[str, int], key: str, new_hash: str, now: int
) -> int:
    """Keep the old time for unchanged content; otherwise move strictly forward, to ``now``."""
    old = hashes.get(key)
    if old is None:
        return now
    if old == new_hash:
        return mods[key]
    return max(now, mods[key] + 1)


def load_state(path: str | Path | None) -> DeckState:
    """The state at ``path``; an empty state when there is no path or no file yet."""
    if path is None or not Path(path).exists():
        return DeckState()
    try:
        return DeckState.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise QuizgenError(
            f"unreadable build state ({exc}) in {path}: delete the file to start over "
            "(the next deck then stamps every note as changed)"
        ) from exc


def save_state(path: str | Path, state: DeckState) -> None:
    """Write ``state`` as compact JSON, atomically."""
    text = json.dumps(state.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
    write_text(path, text)
