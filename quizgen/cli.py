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
