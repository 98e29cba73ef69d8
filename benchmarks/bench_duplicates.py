"""Near-duplicate articles against varied ones: time and peak memory of a cold build.

    .venv/bin/python benchmarks/bench_duplicates.py varied 10000
    .venv/bin/python benchmarks/bench_duplicates.py duplicates 10000

Run each in its own process (peak memory is the process's). "duplicates" writes one seed
article N times, each copy with one sentence of its own, so every fact of the seed is found N
times and merged into one fact with N sources; "varied" is benchmarks/corpus.py's corpus.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from corpus import seed_texts, write_corpus  # noqa: E402

from quizgen.config import Config  # noqa: E402
from quizgen.pipeline import build  # noqa: E402


def main(kind: str, count: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="quizgen-bench-"))
    articles = folder / "articles"
    if kind == "varied":
        write_corpus(articles, count)
    else:
        articles.mkdir()
        base = seed_texts()[1]
        for i in range(count):
            extra = f"\nThe talks lasted {i % 97 + 2} hours.\n"
            (articles / f"{i:05d}.txt").write_text(base + extra, encoding="utf-8")
    config = Config(inputs=(str(articles),), output=str(folder / "decks"), count=40)
    start = time.perf_counter()
    report = build(config, lambda message: None)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"| {kind} | {count:,} | {seconds:.1f} | {peak:.0f} | {sum(report.bank.counts().values())} |"
    )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
