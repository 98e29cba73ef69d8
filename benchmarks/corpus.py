"""Scaled corpora for the benchmarks: the seeds, varied so no two articles are identical.

Each copy swaps in other names, cities and years, shifts numbers and reorders paragraphs
(the first paragraph, which holds the header, stays first), so extraction does real work
on every article instead of hitting the same strings.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PEOPLE = [
    ("Hiroshige Seko", ["Taro Kono", "Toshimitsu Motegi", "Yasutoshi Nishimura"]),
    ("Sergei Lavrov", ["Igor Morgulov", "Andrei Rudenko", "Alexander Panov"]),
    ("Shinsuke Sugiyama", ["Takeo Akiba", "Takeo Mori", "Masataka Okano"]),
    ("Vladimir Titov", ["Sergei Ryabkov", "Andrei Denisov", "Mikhail Galuzin"]),
]
CITIES = [("Vladivostok", ["Khabarovsk", "Sapporo", "Nemuro"]), ("Sochi", ["Kazan", "Osaka", "Niigata"])]


def vary(text: str, rng: random.Random) -> str:
    """One plausible variant of an article."""
    for original, others in PEOPLE + CITIES:
        replacement = rng.choice(others)
        text = text.replace(original, replacement)
        text = text.replace(original.split()[-1], replacement.split()[-1])
    shift = rng.randint(-5, 5)
    text = re.sub(r"\b(19[5-9]\d|20[0-2]\d)\b", lambda m: str(int(m.group()) + shift), text)
    text = re.sub(r"\b([12]?\d)\b(?= (?:joint|priority|agreements))", lambda m: str(int(m.group()) + rng.randint(1, 9)), text)
    paragraphs = text.split("\n\n")
    head, body = paragraphs[:2], paragraphs[2:]
    rng.shuffle(body)
    return "\n\n".join(head + body)


def write_corpus(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """Write ``count`` varied articles into ``folder`` and return their paths."""
    rng = random.Random(seed)
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        source = texts[index % len(texts)]
        text = source if index < len(texts) else vary(source, rng)
        path = folder / f"{index:05d}_{seeds[index % len(seeds)].stem[:3]}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
