"""Cost that should grow with the work, not faster: ranking and date reading (not a test).

    .venv/bin/python benchmarks/bench_scaling.py

Prints seconds for picking a 40-question quiz from 2k..16k questions, and for extracting
facts from one sentence holding 1k..4k dates. Near-linear growth doubles with the size.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quizgen.domain import load_domain  # noqa: E402
from quizgen.extract import extract_facts  # noqa: E402
from quizgen.ingest import parse_document  # noqa: E402
from quizgen.questions.rank import select  # noqa: E402
from quizgen.questions.records import QUESTION_TYPES, Citation, Question  # noqa: E402


def questions(n: int) -> list[Question]:
    """``n`` questions of every type, from n/10 articles, about n/2 facts."""
    return [
        Question(
            id=f"q{i}",
            type=QUESTION_TYPES[i % len(QUESTION_TYPES)],
            prompt=f"When did minister {i} visit city {i % 97}?",
            answer=f"{1 + i % 28} May {1990 + i % 30}",
            sources=(Citation(f"doc{i % max(1, n // 10)}", "t", "q"),),
            score=round(1 - (i % 1000) / 1000, 4),
            fact_ids=(f"f{i // 2}",),
        )
        for i in range(n)
    ]


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    print("| questions | select 40 (s) |\n|---|---|")
    for n in (2_000, 4_000, 8_000, 16_000):
        bank = questions(n)
        print(f"| {n:,} | {timed(lambda bank=bank: select(bank, 40)):.3f} |")
    domain = load_domain()
    print("\n| dates in one sentence | extract (s) |\n|---|---|")
    for n in (1_000, 2_000, 4_000):
        dates = ", ".join(f"{1 + i % 28} May {1990 + i % 30}" for i in range(n))
        text = f"date 2018-05-01\nLavrov visited Tokyo on {dates}.\n"
        doc = parse_document(text, "d", "d.txt")
        print(f"| {n:,} | {timed(lambda doc=doc: extract_facts([doc], domain)):.3f} |")


if __name__ == "__main__":
    main()
