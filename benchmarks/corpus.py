"""Scaled corpora for the benchmarks: the seeds, varied so no two articles are alike.

Article ``i`` starts from seed ``i % 5``: its first two paragraphs (where the header rules find
title, date and dateline) stay first, the other paragraphs are shuffled, and people (full name and
surname alike), cities, islands, numbers, dates and a few phrases are swapped for others, so
extraction does real work on every article instead of hitting the same strings. Seeded:
the same ``(count, seed)`` always gives the same texts.
"""

from __future__ import annotations

import random
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (as written in the seeds, replacements); people are swapped together with their surname
PEOPLE = [
    ("Shinzo Abe", ["Fumio Kishida", "Yoshihide Suga", "Taro Aso"]),
    ("Vladimir Putin", ["Dmitry Medvedev", "Mikhail Mishustin"]),
    ("Hiroshige Seko", ["Hiroshi Kajiyama", "Yasutoshi Nishimura", "Toshimitsu Motegi"]),
    ("Sergei Lavrov", ["Sergey Lavrov", "Andrei Rudenko", "Igor Morgulov"]),
    ("Shinsuke Sugiyama", ["Takeo Akiba", "Takeo Mori", "Masataka Okano"]),
    ("Vladimir Titov", ["Sergei Ryabkov", "Andrei Denisov", "Mikhail Galuzin"]),
]
PHRASES = [
    ("Vladivostok", ["Osaka", "Moscow", "Nagato", "Khabarovsk"]),
    ("Sochi", ["St. Petersburg", "Sapporo", "Kazan"]),
    ("Etorofu", ["Iturup"]),
    ("Kunashiri", ["Kunashir"]),
    ("May 6", ["June 12", "July 3", "October 9"]),
    ("March 20", ["April 2", "November 14"]),
    ("30", ["25", "40", "12"]),
    ("five areas", ["five fields", "five sectors"]),
]


def seed_texts() -> list[str]:
    """The seed articles, in file-name order."""
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def vary(text: str, rng: random.Random) -> str:
    """One variant of an article: header kept, paragraphs shuffled, names and numbers swapped."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, body = paragraphs[:2], paragraphs[2:]
    rng.shuffle(body)
    text = "\n\n".join(head + body)
    for original, others in PEOPLE:
        new = rng.choice([original, *others])
        text = text.replace(original, new).replace(original.split()[-1], new.split()[-1])
    for original, others in PHRASES:
        text = text.replace(original, rng.choice([original, *others]))
    return text.rstrip("\n") + "\n"


def synthesize(count: int, seed: int = 7) -> list[str]:
    """``count`` varied articles built from the seeds (article ``i`` from seed ``i % 5``)."""
    rng = random.Random(seed)
    texts = seed_texts()
    return [vary(texts[i % len(texts)], rng) for i in range(count)]


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``synthesize(count, seed)`` into ``folder`` and return the paths, in order."""
    stems = [p.stem for p in sorted(SEEDS.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, text in enumerate(synthesize(count, seed)):
        path = folder / f"{index:05d}_{stems[index % len(stems)][:3]}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
