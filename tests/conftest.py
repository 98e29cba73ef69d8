"""Shared fixtures: the repository's seeds and a helper to write articles for a test."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
SEED_GOLD = ROOT / "tests" / "data" / "seed-gold"  # a copy of ../shared/gold


def project_copy(shared_name: str) -> Path:
    """Where the project keeps its copy of a file of ../shared ("seeds/x.txt", "gold/x.json")."""
    folder, _, name = shared_name.partition("/")
    return (SEEDS if folder == "seeds" else SEED_GOLD) / name


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def write_article(tmp_path: Path):
    """Write ``text`` to ``tmp_path/name`` (UTF-8 unless bytes are given) and return the path."""

    def write(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: builds a wheel (deselect with -m 'not slow')")
