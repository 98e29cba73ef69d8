"""The ``quizgen`` command line: parse options, call the library, report. No logic here."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from quizgen import __version__
from quizgen.errors import QuizgenError

if TYPE_CHECKING:
    from quizgen.build import BuildReport
    from quizgen.evaluate import Score
    from quizgen.ingest import Document
    from quizgen.questions import Question

PROGRESS_THRESHOLD = 20  # articles; fewer take well under a second
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


def _describe(doc: Document) -> str:
    published = doc.published
    date = f"{published.value or '?'} ({published.precision}, {published.source or 'not found'})"
    if published.line:
        date += f" from the line '{published.line}'"
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
    if not documents:
        raise QuizgenError(
            f"no article has a gold file in {gold_dir} (gold files are named like the articles)"
        )
    result = evaluate(extract_facts(documents, domain), gold, domain, [d.id for d in documents])
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(score_table("kind", [*result.scores, result.overall]))
    click.echo()
    click.echo(score_table("document", result.documents))
    if verbose:
        for label, findings in (("missed", result.misses), ("extra", result.extras)):
            for finding in findings:
                click.echo(f"\n{label}: {finding}\n    | {finding.sentence}")


def score_table(label: str, rows: Sequence[Score]) -> str:
    """Scores as aligned text columns, one row each."""
    width = max([len(label), *(len(r.kind) for r in rows)])
    lines = [
        f"{label:<{width}} {'precision':>9} {'recall':>7} {'matched':>8} {'found':>6} {'gold':>5}"
    ]
    lines += [
        f"{r.kind:<{width}} {r.precision:>9.3f} {r.recall:>7.3f} {r.matched:>8} {r.predicted:>6} {r.gold:>5}"
        for r in rows
    ]
    return "\n".join(lines)


def output_file_option(default: str, help: str) -> Callable[[Callable[..., Any]], Any]:
    """``-o/--output FILE`` with a default under decks/."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=str),
        default=default,
        show_default=True,
        help=help,
    )


facts_option = click.option(
    "--facts",
    "facts_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="A facts file (from 'quizgen extract -o'); with PATHS too, your decisions in it apply.",
)
seed_option = click.option("--seed", type=int, default=None, help="Seed for shuffles (default 0).")
types_option = click.option(
    "--types",
    help="Comma-separated question types: cloze, choice, who, role, when, list, matching, "
    "truefalse, timeline (default: all).",
)
rules_option = click.option(
    "--rules",
    "rules_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="Question rules file (TOML); default: the shipped templates/questions.toml.",
)


def _types(value: str | None) -> tuple[str, ...]:
    from quizgen.questions.records import QUESTION_TYPES

    chosen = tuple(t.strip() for t in (value or "").split(",") if t.strip())
    unknown = [t for t in chosen if t not in QUESTION_TYPES]
    if unknown:
        raise click.BadParameter(
            f"unknown type {', '.join(unknown)}; use {', '.join(QUESTION_TYPES)}",
            param_hint="--types",
        )
    return chosen


def _question_bank(
    paths: tuple[str, ...],
    facts_path: str | None,
    domain_path: str | None,
    rules_path: str | None,
    types: str | None,
    seed: int | None,
    warn: Warnings,
    held: list[tuple[Question, list[str]]] | None = None,
) -> list[Question]:
    """Questions for the questions / anki / quiz commands (held-back ones go to ``held``)."""
    from quizgen.build import load_facts, make_questions
    from quizgen.config import Config
    from quizgen.domain import load_domain

    domain = load_domain(domain_path)
    inputs = paths if paths or facts_path else default_inputs(paths)
    factset = load_facts(inputs, facts_path, domain, warn)
    config = Config(types=_types(types), seed=seed or 0, question_rules=rules_path or "")
    questions = make_questions(factset, domain, config, held=held)
    if not questions:
        raise QuizgenError("No questions could be made from these facts")
    return questions


@cli.command()
@paths_argument
@facts_option
@types_option
@click.option("--max", "limit", type=click.IntRange(min=1), help="Keep the N best questions.")
@seed_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "gift", "tsv"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=str), help="Write to a file."
)
@click.option(
    "--review",
    "review_path",
    type=click.Path(dir_okay=False, path_type=str),
    help="Write the questions held back by a check, with the reasons, to this JSON file.",
)
@domain_option
@rules_option
@strict_option
def questions(
    paths: tuple[str, ...],
    facts_path: str | None,
    types: str | None,
    limit: int | None,
    seed: int | None,
    fmt: str,
    output: str | None,
    review_path: str | None,
    domain_path: str | None,
    rules_path: str | None,
    strict: bool,
) -> None:
    """Print or write the question bank made from the articles' facts.

    \b
    Example:
        quizgen questions seeds/ --max 20 --format json -o decks/questions.json
    """
    from quizgen.fileio import write_text
    from quizgen.questions.rank import select
    from quizgen.render import bank, gift, tsv

    warn = Warnings(strict)
    held: list[tuple[Question, list[str]]] = []
    bank_ = select(
        _question_bank(paths, facts_path, domain_path, rules_path, types, seed, warn, held), limit
    )
    if review_path:
        write_text(review_path, bank.review_to_json(held))
        click.echo(f"{len(held)} questions held for review in {review_path}", err=True)
    render = {"text": bank.to_text, "json": bank.to_json, "gift": gift.to_gift, "tsv": tsv.to_tsv}
    text = render[fmt](bank_)
    if output:
        write_text(output, text)
        click.echo(f"{len(bank_)} questions written to {output}", err=True)
    else:
        click.echo(text, nl=False)
    warn.finish()


@cli.command()
@paths_argument
@facts_option
@output_file_option("decks/quizgen.apkg", "The .apkg to write.")
@click.option("--deck", "deck_name", default="quizgen", show_default=True, help="Deck name.")
@click.option("--flat", is_flag=True, help="One deck, no sub-decks per question kind.")
@types_option
@seed_option
@domain_option
@rules_option
@strict_option
def anki(
    paths: tuple[str, ...],
    facts_path: str | None,
    output: str,
    deck_name: str,
    flat: bool,
    types: str | None,
    seed: int | None,
    domain_path: str | None,
    rules_path: str | None,
    strict: bool,
) -> None:
    """Write an Anki deck (.apkg) that updates in place when you regenerate it.

    A build-state file beside the deck remembers each note's content, so re-importing
    changes only what changed; questions that disappeared come once more tagged
    quizgen::retired (search that tag in Anki's browser to delete them).

    \b
    Example:
        quizgen anki seeds/ -o decks/kurils.apkg --deck "Kuril Islands"
    """
    from quizgen.build import deck_state_path
    from quizgen.render.anki import write_deck

    warn = Warnings(strict)
    bank_ = _question_bank(paths, facts_path, domain_path, rules_path, types, seed, warn)
    report = write_deck(bank_, output, deck_name, flat, deck_state_path(output))
    for question_id, reason in report.skipped:
        warn(f"question {question_id} left out: {reason}")
    click.echo(
        f"{output}: {report.notes} notes, {report.cards} cards "
        f"({len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.retired)} retired)",
        err=True,
    )
    warn.finish()


@cli.command()
@paths_argument
@facts_option
@output_file_option("decks/quiz.html", "The quiz HTML file to write.")
@click.option("--title", default="Quiz", show_default=True, help="Title printed on the paper.")
@click.option(
    "--count",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Number of questions.",
)
@types_option
@click.option(
    "--versions",
    type=click.IntRange(1, 26),
    default=1,
    show_default=True,
    help="Versions A, B, ... with shuffled order.",
)
@seed_option
@click.option(
    "--paper",
    type=click.Choice(["a4", "letter"]),
    default="a4",
    show_default=True,
    help="Paper size.",
)
@click.option("--pdf", is_flag=True, help="Also write a PDF beside each HTML file (WeasyPrint).")
@click.option("--key-separate", is_flag=True, help="Write each answer key to its own file.")
@click.option(
    "--templates",
    "templates_dir",
    type=click.Path(file_okay=False, path_type=str),
    help="Folder whose templates override the shipped ones.",
)
@domain_option
@rules_option
@strict_option
def quiz(
    paths: tuple[str, ...],
    facts_path: str | None,
    output: str,
    title: str,
    count: int,
    types: str | None,
    versions: int,
    seed: int | None,
    paper: str,
    pdf: bool,
    key_separate: bool,
    templates_dir: str | None,
    domain_path: str | None,
    rules_path: str | None,
    strict: bool,
) -> None:
    """Write a printable quiz (HTML, optionally PDF) with its answer key.

    \b
    Example:
        quizgen quiz seeds/ --versions 2 --pdf --title "Japan and Russia"
    """
    from quizgen.questions.rank import select
    from quizgen.render.html import write_quiz

    warn = Warnings(strict)
    bank_ = _question_bank(paths, facts_path, domain_path, rules_path, types, seed, warn)
    written = write_quiz(
        select(bank_, count),
        Path(output),
        title=title,
        versions=versions,
        seed=seed or 0,
        paper=paper,
        templates_dir=templates_dir,
        key_separate=key_separate,
        pdf=pdf,
    )
    for path in written:
        click.echo(f"wrote {path}", err=True)
    warn.finish()


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=str),
    help="Output folder (default decks/).",
)
@click.option("--deck", "deck_name", help="Deck name (default quizgen).")
@click.option("--title", help="Quiz title.")
@click.option("--count", type=click.IntRange(min=1), help="Questions on the quiz (default 20).")
@types_option
@click.option("--versions", type=click.IntRange(1, 26), help="Quiz versions A, B, ...")
@seed_option
@click.option("--paper", type=click.Choice(["a4", "letter"]), help="Paper size (default a4).")
@click.option("--pdf/--no-pdf", default=None, help="Also write the quiz as PDF.")
@click.option("--gift/--no-gift", default=None, help="Also write a Moodle GIFT file.")
@click.option("--tsv/--no-tsv", default=None, help="Also write a TSV file for Anki/Quizlet import.")
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes for extraction.",
)
@domain_option
@rules_option
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--verbose", "-v", is_flag=True, help="Also list changed question ids and timings.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@strict_option
def build(
    paths: tuple[str, ...],
    output: str | None,
    deck_name: str | None,
    title: str | None,
    count: int | None,
    types: str | None,
    versions: int | None,
    seed: int | None,
    paper: str | None,
    pdf: bool | None,
    gift: bool | None,
    tsv: bool | None,
    jobs: int,
    domain_path: str | None,
    rules_path: str | None,
    quiet: bool,
    verbose: bool,
    as_json: bool,
    strict: bool,
) -> None:
    """Do the whole job: articles -> facts file, Anki deck, quiz and key, exports.

    Settings come from quizgen.toml (or [tool.quizgen] in pyproject.toml) in the current
    folder; options override them. Without PATHS it reads ./seeds and writes into ./decks.
    Run it again after adding articles or editing decks/facts.json: your accepted /
    rejected / edited facts are kept and unchanged articles are not re-read.

    \b
    Example:
        quizgen build
        quizgen build articles/ --deck "Kuril Islands" --versions 2 --pdf --gift
    """
    from quizgen.build import build as run_build
    from quizgen.config import Config, load_config

    config, _source = load_config(".")
    if not paths and config.inputs == Config().inputs:
        paths = default_inputs(paths)  # ./seeds, else the articles shipped with quizgen
    config = config.override(
        inputs=paths or None,
        output=output,
        deck=deck_name,
        title=title,
        count=count,
        types=_types(types) or None,
        versions=versions,
        seed=seed,
        paper=paper,
        pdf=pdf,
        gift=gift,
        tsv=tsv,
        domain=domain_path,
        question_rules=rules_path,
    )
    warn = Warnings(strict, quiet=quiet)
    report = run_build(config, warn, _progress_bar(quiet or as_json), jobs)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    elif not quiet:
        click.echo(_summary(report, verbose))
    warn.finish()


def _progress_bar(hidden: bool) -> Callable[[Sequence[Any], str], AbstractContextManager[Any]]:
    """A progress reporter for the library: a bar on stderr when there is much to do."""

    def progress(items: Sequence[Any], label: str) -> AbstractContextManager[Any]:
        if hidden or len(items) < PROGRESS_THRESHOLD:
            return nullcontext(items)
        return click.progressbar(items, label=label, file=sys.stderr, show_pos=True)

    return progress


def _summary(report: BuildReport, verbose: bool) -> str:
    facts = ", ".join(f"{n} {kind}" for kind, n in report.facts.items())
    questions = ", ".join(f"{n} {kind}" for kind, n in report.questions.items())
    lines = [
        f"Articles:  {report.articles} ({report.reused} unchanged, not re-read)",
        f"Facts:     {sum(report.facts.values())} ({facts})",
        f"Questions: {sum(report.questions.values())} ({questions}); "
        f"{report.held} held back for review (needs-review.json)",
        f"Deck:      {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.retired)} retired since the last build",
    ]
    if report.retired:
        lines.append(
            "           retired notes carry the tag quizgen::retired: search "
            '"tag:quizgen::retired" in Anki to delete them'
        )
    if report.curation:
        lines.append(f"Curation:  {report.curation}")
    lines.append("Wrote:     " + "\n           ".join(report.files))
    if verbose:
        for name in ("added", "updated", "retired"):
            for question_id in getattr(report, name):
                lines.append(f"  {name}: {question_id}")
        lines.append("Seconds:   " + ", ".join(f"{k} {v:.2f}" for k, v in report.seconds.items()))
    return "\n".join(lines)
