"""The ``quizgen`` command line: parse options, call the library, report. No logic here."""

from __future__ import annotations

import json
from pathlib import Path

import click

from quizgen import __version__
from quizgen.errors import QuizgenError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def default_inputs(paths: tuple[str, ...]) -> tuple[str, ...]:
    """The articles to read: the given paths, else ``./seeds``, else the seeds shipped inside."""
    if paths:
        return paths
    if Path("seeds").is_dir():
        return ("seeds",)
    return (str(Path(__file__).parent / "seeds"),)


class Warnings:
    """Print warnings to stderr as they come; with ``strict`` they fail the run at the end."""

    def __init__(self, strict: bool, quiet: bool = False) -> None:
        self.strict, self.quiet, self.count = strict, quiet, 0

    def __call__(self, message: str) -> None:
        self.count += 1
        if not self.quiet:
            click.secho(f"Warning: {message}", fg="yellow", err=True)

    def finish(self) -> None:
        """Raise when ``--strict`` is on and anything was warned about."""
        if self.strict and self.count:
            raise QuizgenError(f"{self.count} warning(s) and --strict is on")


paths_argument = click.argument("paths", nargs=-1, type=click.Path(path_type=str))
strict_option = click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="quizgen")
def cli() -> None:
    """Turn news articles into Anki decks and printable quizzes.

    \b
    Example:
        quizgen inspect seeds/
    """


@cli.command()
@paths_argument
@click.option("--json", "as_json", is_flag=True, help="Print the metadata as JSON.")
@strict_option
def inspect(paths: tuple[str, ...], as_json: bool, strict: bool) -> None:
    """List each article with its detected metadata, sentence count and warnings.

    PATHS are article files or folders (searched recursively for .txt and .md);
    the default is ./seeds.

    \b
    Example:
        quizgen inspect seeds/ --json
    """
    from quizgen.ingest import load_documents

    warn = Warnings(strict)
    documents = load_documents(default_inputs(paths), warn)
    if as_json:
        rows = [dict(d.to_dict(), sentences=len(d.sentences)) for d in documents]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for doc in documents:
            click.echo(_describe(doc))
    for doc in documents:
        for message in doc.warnings:
            warn(f"{doc.path}: {message}")
    warn.finish()


def _describe(doc) -> str:  # noqa: ANN001 - Document, imported lazily
    published = doc.published
    date = f"{published.value or '?'} ({published.precision}, {published.source or 'not found'})"
    lines = [
        f"{doc.id}",
        f"  path:      {doc.path}",
        f"  title:     {doc.title or '-'}",
        f"  published: {date}",
        f"  dateline:  {doc.dateline or '-'}" + (f" /{doc.agency}/" if doc.agency else ""),
        f"  sentences: {len(doc.sentences)}",
    ]
    return "\n".join(lines)


domain_option = click.option(
    "--domain",
    "domain_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="Domain file (TOML) with the topic's vocabulary; default: the shipped Kuril domain.",
)


@cli.command()
@paths_argument
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=str),
    help="Write the facts file here, keeping your decisions from an existing one.",
)
@domain_option
@strict_option
def extract(
    paths: tuple[str, ...], output: str | None, domain_path: str | None, strict: bool
) -> None:
    """Extract facts (events, people, islands, numbers, lists, places) with their sources.

    Without -o the facts are printed as JSON. With -o an existing facts file is read first:
    facts you accepted, rejected or edited keep your decision; new facts are added.

    \b
    Example:
        quizgen extract seeds/ -o facts.json
    """
    from quizgen.domain import load_domain
    from quizgen.extract import extract_facts
    from quizgen.facts import curate, dumps_facts, read_facts, write_facts
    from quizgen.ingest import load_documents

    warn = Warnings(strict)
    domain = load_domain(domain_path)
    documents = load_documents(default_inputs(paths), warn)
    factset = extract_facts(documents, domain)
    if output is None:
        click.echo(dumps_facts(factset), nl=False)
    else:
        if Path(output).exists():
            factset, report = curate(read_facts(output), factset)
            click.echo(report.summary(), err=True)
            for doc_id in report.missing_documents:
                warn(f"document {doc_id} is gone; its facts with your decisions are kept")
        write_facts(factset, output)
        click.echo(f"{len(factset.facts)} facts written to {output}", err=True)
    warn.finish()


@cli.command(name="eval")
@paths_argument
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=str),
    help="Folder of gold JSON files, one per article (same file stem).",
)
@domain_option
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="Also list missed and extra facts.")
def evaluate_command(
    paths: tuple[str, ...], gold_dir: str, domain_path: str | None, as_json: bool, verbose: bool
) -> None:
    """Score extraction against gold facts: precision and recall per kind.

    Matching rules are in docs/extraction.md (and quizgen/evaluate.py).

    \b
    Example:
        quizgen eval seeds/ --gold ../shared/gold
    """
    from quizgen.domain import load_domain
    from quizgen.evaluate import evaluate, load_gold
    from quizgen.extract import extract_facts
    from quizgen.ingest import load_documents

    domain = load_domain(domain_path)
    gold = load_gold(gold_dir)
    documents = [d for d in load_documents(default_inputs(paths)) if d.id in gold]
    result = evaluate(extract_facts(documents, domain), gold, domain)
    rows = [*result.scores, result.overall]
    if as_json:
        data = {"scores": [r.to_dict() for r in rows], "misses": list(result.misses)}
        data["extras"] = list(result.extras)
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(
        f"{'kind':<12} {'precision':>9} {'recall':>7} {'matched':>8} {'found':>6} {'gold':>5}"
    )
    for r in rows:
        click.echo(
            f"{r.kind:<12} {r.precision:>9.3f} {r.recall:>7.3f} {r.matched:>8} {r.predicted:>6} {r.gold:>5}"
        )
    if verbose:
        for line in result.misses:
            click.echo(f"missed: {line}")
        for line in result.extras:
            click.echo(f"extra:  {line}")
