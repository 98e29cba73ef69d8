"""Extraction speed on a corpus scaled up from the seeds (not a test; run by hand).

    .venv/bin/python benchmarks/bench_extract.py [--articles 1000] [--seed 7]

Each synthetic article takes a seed's header and a seeded shuffle of its paragraphs, with
people, cities, islands, numbers and dates swapped for others, so the rules see varied text.
Prints MB/s and articles/s for ``extract_facts`` (ingestion is timed apart).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.domain import load_domain  # noqa: E402
from quizgen.extract import extract_facts  # noqa: E402
from quizgen.ingest import parse_document  # noqa: E402

SWAPS = [
    ("Shinzo Abe", ["Fumio Kishida", "Yoshihide Suga", "Taro Aso"]),
    ("Vladimir Putin", ["Dmitry Medvedev", "Mikhail Mishustin"]),
    ("Hiroshige Seko", ["Hiroshi Kajiyama", "Yasutoshi Nishimura"]),
    ("Sergei Lavrov", ["Sergey Lavrov", "Andrei Rudenko"]),
    ("Vladivostok", ["Osaka", "Moscow", "Nagato"]),
    ("Sochi", ["St. Petersburg", "Sapporo"]),
    ("Etorofu", ["Iturup"]),
    ("Kunashiri", ["Kunashir"]),
    ("May 6", ["June 12", "July 3", "October 9"]),
    ("March 20", ["April 2", "November 14"]),
    ("30", ["25", "40", "12"]),
    ("five areas", ["five fields", "five sectors"]),
]


def synthesize(texts: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    articles = []
    for i in range(count):
        header, _, body = texts[i % len(texts)].partition("\n\n")
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        rng.shuffle(paragraphs)
        text = "\n\n".join(paragraphs)
        for old, new in SWAPS:
            text = re.sub(re.escape(old), rng.choice([old, *new]), text)
        articles.append(f"{header}\n\n{text}\n")
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    articles = synthesize(texts, args.articles, args.seed)
    size = sum(len(a.encode("utf-8")) for a in articles)
    domain = load_domain()
    started = time.perf_counter()
    docs = [parse_document(a, f"doc{i:05d}") for i, a in enumerate(articles)]
    ingested = time.perf_counter()
    facts = extract_facts(docs, domain)
    done = time.perf_counter()
    seconds = done - ingested
    print(f"articles: {len(docs)}  size: {size / 1e6:.2f} MB  facts: {len(facts.facts)}")
    print(f"ingest:   {ingested - started:.2f} s")
    print(
        f"extract:  {seconds:.2f} s  {size / 1e6 / seconds:.2f} MB/s  "
        f"{len(docs) / seconds:.0f} articles/s (one process, one core)"
    )


if __name__ == "__main__":
    main()
