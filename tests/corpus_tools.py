"""The development corpus: its layout, its sources table, and the one-off tune/check split.

Run ``python -m tests.corpus_tools`` to split the texts waiting in ``tests/corpus/incoming/``
(two thirds to ``tune/``, one third to ``check/``, shuffled with a fixed seed); texts already
split stay where they are.
"""

from __future__ import annotations

import csv
import random
import shutil
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
SPLITS = ("tune", "check")
SPLIT_SEED = 13
TUNE_SHARE = 2 / 3
SOURCE_COLUMNS = (
    "file",
    "address",
    "title",
    "publisher",
    "style",
    "publication_date",
    "licence",
    "edits",
)
LICENCES = (
    "CC BY 4.0",
    "CC BY-SA 4.0",
    "Government of Japan Standard Terms of Use (compatible with CC BY 4.0)",
    "Public domain (U.S. government work)",
    "United Nations (press release, reproduction permitted)",
)


def texts(split: str) -> list[Path]:
    """The article files of one split, sorted."""
    return sorted((CORPUS / split).glob("*.txt"))


def read_sources(path: Path = CORPUS / "SOURCES.tsv") -> list[dict[str, str]]:
    """Rows of the sources table, keyed by column name."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def assign(names: list[str], seed: int = SPLIT_SEED) -> dict[str, str]:
    """Split file names at random, reproducibly: two thirds ``tune``, the rest ``check``."""
    shuffled = sorted(names)
    random.Random(seed).shuffle(shuffled)
    cut = round(len(shuffled) * TUNE_SHARE)
    return {name: ("tune" if i < cut else "check") for i, name in enumerate(shuffled)}


def split_incoming() -> dict[str, str]:
    """Move every text of ``incoming/`` into its split; return where each went."""
    incoming = sorted(p.name for p in (CORPUS / "incoming").glob("*.txt"))
    placed = assign(incoming)
    for name, split in placed.items():
        shutil.move(str(CORPUS / "incoming" / name), str(CORPUS / split / name))
    return placed


if __name__ == "__main__":
    for name, split in sorted(split_incoming().items()):
        print(f"{split}\t{name}")
