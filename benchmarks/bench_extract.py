"""Extraction speed on a corpus scaled up from the seeds (not a test; run by hand).

    .venv/bin/python benchmarks/bench_extract.py [--articles 1000] [--seed 7] [--rounds 3] [--per-rule]

The corpus comes from ``benchmarks/corpus.py`` (seeded variants of the seeds). Prints MB/s
and articles/s for ``extract_facts`` in this one process (ingestion is timed apart); CPU
time, best of ``--rounds``, so other load on a shared machine counts as little as possible.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus import synthesize  # noqa: E402

from quizgen.domain import Domain, load_domain  # noqa: E402
from quizgen.extract import RULES, extract_facts, merge_drafts  # noqa: E402
from quizgen.extract.base import DocContext  # noqa: E402
from quizgen.extract.lexicon import Lexicon  # noqa: E402
from quizgen.ingest import parse_document  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--per-rule", action="store_true", help="also time each rule apart")
    args = parser.parse_args()
    articles = synthesize(args.articles, args.seed)
    size = sum(len(a.encode("utf-8")) for a in articles)
    domain = load_domain()
    ingest = extract = float("inf")
    for _ in range(args.rounds):
        started = time.process_time()
        docs = [parse_document(a, f"doc{i:05d}") for i, a in enumerate(articles)]
        ingested = time.process_time()
        facts = extract_facts(docs, domain)
        done = time.process_time()
        ingest, extract = min(ingest, ingested - started), min(extract, done - ingested)
    print(f"articles: {len(docs)}  size: {size / 1e6:.2f} MB  facts: {len(facts.facts)}")
    print(f"ingest:   {ingest:.2f} s  {size / 1e6 / ingest:.2f} MB/s")
    print(
        f"extract:  {extract:.2f} s  {size / 1e6 / extract:.2f} MB/s  "
        f"{len(docs) / extract:.0f} articles/s (one process, one core)"
    )
    if args.per_rule:
        for name, seconds in per_rule(docs, domain, args.rounds).items():
            print(f"  {name:12s} {seconds:.3f} s")


def per_rule(docs: list, domain: Domain, rounds: int) -> dict[str, float]:
    """CPU seconds per rule (and the merge), best of ``rounds``; the timer adds ~1 µs a call."""
    lexicon = Lexicon(domain)
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent = dict.fromkeys([name for name, _ in RULES] + ["merge"], 0.0)
        drafts = []
        for doc in docs:
            ctx = DocContext(doc, domain, lexicon)
            for name, rule in RULES:
                started = time.process_time()
                drafts += rule(ctx)
                spent[name] += time.process_time() - started
        started = time.process_time()
        merge_drafts(docs, drafts)
        spent["merge"] = time.process_time() - started
        best = {name: min(best.get(name, seconds), seconds) for name, seconds in spent.items()}
    return best


if __name__ == "__main__":
    main()
