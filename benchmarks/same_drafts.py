"""Check that a change to the extraction rules changes no finding (for speed work; by hand).

    .venv/bin/python benchmarks/same_drafts.py [--base main] [--articles 300]

Extracts the same inputs with the working tree and with git revision ``--base`` (exported to
a temporary folder) and compares every document's drafts, byte for byte, plus the merged facts
file. Inputs: synthesized variants of the seeds (seeds 7, 11 and 23, ``--articles`` each), the
seeds, and every string literal of 40 or more characters in the working tree's tests, each
read as an article with and without a date header. Prints the first document that differs.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DUMP = """
import json, sys
sys.path.insert(0, sys.argv[1])
from quizgen.domain import load_domain
from quizgen.extract import extract_each, merge_drafts
from quizgen.ingest import parse_document
texts = json.load(sys.stdin)
domain = load_domain()
docs = [parse_document(text, f"doc{i:05d}") for i, text in enumerate(texts)]
drafts = []
for found in extract_each(docs, domain):
    drafts += found
    print(json.dumps([d.to_dict() for d in found], ensure_ascii=False, sort_keys=True))
merged = merge_drafts(docs, drafts)
facts = [f.to_dict() for f in merged.facts]
print(json.dumps([merged.documents, facts], ensure_ascii=False, sort_keys=True))
"""


def inputs(articles: int) -> list[str]:
    """The texts both revisions extract."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import seed_texts, synthesize

    texts = [t for seed in (7, 11, 23) for t in synthesize(articles, seed)] + seed_texts()
    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and len(text) >= 40:
                texts += [text, "date 2017-03-14\n\n" + text]
    return texts


def dump(tree: Path, payload: str) -> list[str]:
    """What the code in ``tree`` extracts from the texts, one line per document."""
    out = subprocess.run(
        [sys.executable, "-c", DUMP, str(tree)],
        input=payload,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    if out.returncode:
        sys.exit(f"extraction failed in {tree} (its error is above)")
    return out.stdout.splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="git revision to compare with")
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    texts = inputs(args.articles)
    payload = json.dumps(texts)
    with tempfile.TemporaryDirectory() as base:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.base, "quizgen"],
            capture_output=True,
            check=True,
        )
        subprocess.run(["tar", "-x", "-C", base], input=archive.stdout, check=True)
        before = dump(Path(base), payload)
    after = dump(ROOT, payload)
    for index, (old, new) in enumerate(zip(before, after, strict=True)):
        if old != new:
            what = f"document {index}" if index < len(texts) else "the merged facts"
            sys.exit(f"differs in {what}:\n{texts[index][:300] if index < len(texts) else ''}")
    print(f"same drafts for {len(texts)} documents and the same merged facts as {args.base}")


if __name__ == "__main__":
    main()
