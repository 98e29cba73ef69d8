"""The whole build at scale, per stage: time, MB/s, articles/s and peak memory (not a test).

    .venv/bin/python benchmarks/bench_build.py [--sizes 1 100 1000 10000] [--jobs 1 2]

Each size runs in a fresh process (so peak memory is that build's own) on a corpus from
benchmarks/corpus.py, with a cold cache, then once more warm (nothing changed: the
incremental build). The deck stage is compared with raw genanki writing the same notes.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def one(size: int, jobs: int, folder: Path) -> dict:
    """Build ``size`` articles in ``folder`` twice (cold, then warm) and measure."""
    from corpus import write_corpus

    from quizgen.config import Config
    from quizgen.pipeline import build

    paths = write_corpus(folder / "articles", size)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    config = Config(inputs=(str(folder / "articles"),), output=str(folder / "decks"), count=40)
    start = time.perf_counter()
    cold = build(config, lambda message: None, jobs=jobs)
    cold_total = time.perf_counter() - start
    start = time.perf_counter()
    warm = build(config, lambda message: None, jobs=jobs)
    warm_total = time.perf_counter() - start
    questions = json.loads((folder / "decks" / "questions.json").read_text())["questions"]
    return {
        "articles": size,
        "megabytes": round(megabytes, 3),
        "jobs": jobs,
        "cold": cold.seconds,
        "cold_total": round(cold_total, 3),
        "warm_total": round(warm_total, 3),
        "warm_extract": warm.seconds["extract"],
        "questions": len(questions),
        "raw_genanki": raw_genanki(questions, folder / "raw.apkg"),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def raw_genanki(questions: list[dict], path: Path) -> float:
    """Seconds for plain genanki to write one basic note per question: the deck-stage floor."""
    import genanki

    model = genanki.Model(
        1,
        "Raw",
        fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "Card", "qfmt": "{{Front}}", "afmt": "{{Back}}"}],
    )
    start = time.perf_counter()
    deck = genanki.Deck(2, "Raw")
    for q in questions:
        deck.add_note(genanki.Note(model=model, fields=[q["prompt"], q["answer"]], guid=q["id"]))
    genanki.Package(deck).write_to_file(str(path), timestamp=0)
    return round(time.perf_counter() - start, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 100, 1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(one(args.one, args.jobs[0], Path(tmp))))
        return
    print(
        "| articles | MB | jobs | ingest | extract | questions | anki (raw genanki) | quiz | total cold | total warm | articles/s | extract MB/s | peak MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for size in args.sizes:
        for jobs in args.jobs:
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(size), "--jobs", str(jobs)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            r = json.loads(out)
            s = r["cold"]
            print(
                f"| {size} | {r['megabytes']:.2f} | {jobs} | {s['ingest']:.2f} | {s['extract']:.2f} | "
                f"{s['questions']:.2f} | {s['anki']:.2f} ({r['raw_genanki']:.2f}) | {s['quiz']:.2f} | "
                f"{r['cold_total']:.2f} | {r['warm_total']:.2f} | {size / r['cold_total']:.0f} | "
                f"{r['megabytes'] / max(s['extract'], 1e-9):.2f} | {r['peak_mb']:.0f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
