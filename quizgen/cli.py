"""The ``quizgen`` command line: parse options, run the pipeline, print what happened.

Every command reads its settings the same way (quizgen.toml or [tool.quizgen], then options)
and runs the stages it needs through ``quizgen.pipeline``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from quizgen import __version__, report
from quizgen.config import Config, sample_articles
from quizgen.config import settings as read_settings
from quizgen.console import Commands, Warnings, progress_bar
from quizgen.errors import NoQuestions, QuizgenError
from quizgen.options import (
    COUNT,
    DOMAIN,
    FORMATS,
    FRESH,
    PATHS,
    QUESTION_OPTIONS,
    QUIZ_OPTIONS,
    RULES,
    SEED,
    STRICT,
    TEMPLATES,
    TYPES,
    options,
    path_option,
)

if TYPE_CHECKING:
    from quizgen.pipeline import Bank

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def settings(paths: tuple[str, ...], **given: Any) -> Config:
    """The run's settings; says so when it falls back to the sample articles."""
    config = read_settings(paths, **given)
    if not paths and config.inputs == (str(sample_articles()),):
        click.echo("No ./seeds folder: reading the sample articles shipped with quizgen.", err=True)
    return config


@click.group(cls=Commands, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="quizgen")
@click.option("--debug", is_flag=True, help="Show the traceback of an unexpected error.")
def cli(debug: bool) -> None:
    """Turn news articles into Anki decks and printable quizzes.

    \b
    Example:
        quizgen build
    """


@cli.command()
@options(PATHS, click.option("--json", "as_json", is_flag=True, help="Print JSON."), STRICT)
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
    documents = load_documents(settings(paths).inputs, warn)
    if as_json:
        rows = [dict(d.to_dict(), sentences=len(d.sentences)) for d in documents]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        click.echo("\n".join(report.describe(doc) for doc in documents))
    for doc in documents:
        for message in doc.warnings:
            warn(f"{doc.path}: {message}")
    warn.finish()


@cli.command()
@options(PATHS, FRESH, DOMAIN, STRICT)
@path_option("-o", "--output", help="Write the facts file here (with your decisions in it).")
def extract(paths: tuple[str, ...], fresh: bool, output: str | None, **given: Any) -> None:
    """Extract facts (events, people, islands, numbers, lists, places) with their sources.

    Without -o the facts are printed as JSON. Decisions in the facts file (-o, else
    decks/facts.json) are kept: facts you accepted, rejected or edited keep your decision.

    \b
    Example:
        quizgen extract seeds/ -o facts.json
    """
    from quizgen.domain import load_domain
    from quizgen.facts import dumps_facts, write_facts
    from quizgen.pipeline import gather_facts

    warn = Warnings(given.pop("strict"))
    config = settings(paths, facts=output, **given)
    facts = gather_facts(config, load_domain(config.domain or None), warn, fresh=fresh)
    if output is None:
        click.echo(dumps_facts(facts.factset), nl=False)
    else:
        write_facts(facts.factset, output)
    click.echo(report.facts_line(facts), err=True)
    if output:
        click.echo(report.paths_line("Wrote", [output]), err=True)
    warn.finish()


@cli.group()
def domain() -> None:
    """Work with domain files (a topic's vocabulary: see README, "A new topic").

    \b
    Example:
        quizgen domain check my-topic.toml articles/
    """


@domain.command(name="check")
@click.argument("file", type=click.Path(dir_okay=False))
@PATHS
@click.option("--all", "show_all", is_flag=True, help="List every name found, not the first 8.")
def domain_check(file: str, paths: tuple[str, ...], show_all: bool) -> None:
    """Check a domain FILE: each mistake with its line and field; given PATHS, also what its
    vocabulary finds in those articles.

    \b
    Example:
        quizgen domain check my-topic.toml articles/
    """
    from quizgen.domain import load_domain
    from quizgen.domain_check import check_domain
    from quizgen.ingest import load_documents

    findings = check_domain(file)
    for finding in findings:
        click.echo(f"{file}: {finding}", err=True)
    if findings:
        raise SystemExit(1)
    vocabulary = load_domain(file)
    # the articles first: a wrong path is its own error, not read as the file's
    documents = load_documents(settings(paths).inputs) if paths else []
    click.echo(report.domain_summary(file, vocabulary))
    if paths:
        from quizgen.extract import extract_facts

        facts = extract_facts(documents, vocabulary)
        texts = [d.body for d in documents]
        limit = None if show_all else report.LISTED
        click.echo(report.domain_findings(facts, texts, vocabulary, limit))


@cli.command(name="eval")
@PATHS
@path_option("--gold", folder=True, required=True, help="Folder of gold JSON files per article.")
@options(DOMAIN, click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON."))
@click.option("-v", "--verbose", is_flag=True, help="Also list missed and extra facts.")
def evaluate_command(
    paths: tuple[str, ...], gold: str, domain: str | None, as_json: bool, verbose: bool
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

    answers = load_gold(gold)
    documents = [d for d in load_documents(settings(paths).inputs) if d.id in answers]
    if not documents:
        raise QuizgenError(f"no article has a gold file in {gold} (named like the articles)")
    domain_ = load_domain(domain)
    result = evaluate(
        extract_facts(documents, domain_), answers, domain_, [d.id for d in documents]
    )
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(report.score_table("kind", [*result.scores, result.overall]) + "\n")
    click.echo(report.score_table("document", result.documents))
    if verbose:
        for label, findings in (("missed", result.misses), ("extra", result.extras)):
            for finding in findings:
                click.echo(f"\n{label}: {finding}\n    | {finding.sentence}")


def _bank(given: dict[str, Any]) -> tuple[Config, Bank, Warnings]:
    """Settings and question bank for the per-stage commands, with the facts reported."""
    from quizgen.pipeline import question_bank

    warn, paths, fresh = Warnings(given.pop("strict")), given.pop("paths"), given.pop("fresh")
    config = settings(paths, **given)
    # Without PATHS an existing facts file stands for the articles, as the last build left it.
    bank = question_bank(config, warn, articles=bool(paths), fresh=fresh, progress=progress_bar())
    click.echo(report.facts_line(bank.facts), err=True)
    return config, bank, warn


@cli.command()
@QUESTION_OPTIONS
@COUNT
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", help="Output format.")
@path_option("-o", "--output", help="Write to this file (default: print).")
@path_option("--review", help="Write the questions a check held back, with reasons, here.")
def questions(fmt: str, output: str | None, review: str | None, **given: Any) -> None:
    """Print or write the question bank made from the articles' facts.

    \b
    Example:
        quizgen questions seeds/ --count 20 --format json -o decks/questions.json
    """
    from quizgen.fileio import write_text
    from quizgen.questions.rank import select
    from quizgen.render import bank as formats
    from quizgen.render import gift, tsv

    count = given["count"]  # all questions unless given
    try:
        config, bank, warn = _bank(given)
    except NoQuestions as error:
        if not (review and error.held):
            raise
        # what was held, and why, is what a user needs when nothing was kept
        write_text(review, formats.review_to_json(error.held))
        raise QuizgenError(f"{error.message}; why each question was held: {review}") from error
    chosen = select(bank.questions, count)
    click.echo(report.questions_line(bank, review or ""), err=True)
    render = {"text": formats.to_text, "json": formats.to_json, "gift": gift.to_gift}
    text = render.get(fmt, tsv.to_tsv)(chosen)
    written = [write_text(review, formats.review_to_json(bank.held))] if review else []
    if output:
        written.append(write_text(output, text))
    else:
        click.echo(text, nl=False)
    if written:
        click.echo(report.paths_line("Wrote", written), err=True)
    warn.finish()


@cli.command()
@QUESTION_OPTIONS
@path_option("-o", "--output", help="The .apkg to write (default: decks/<deck name>.apkg).")
@click.option("--deck", help="Deck name (default quizgen).")
@click.option("--flat", is_flag=True, default=None, help="One deck, no sub-decks per kind.")
@TEMPLATES
def anki(output: str | None, **given: Any) -> None:
    """Write an Anki deck (.apkg) that updates in place when you regenerate it.

    A state file beside the deck remembers each note's content, so re-importing changes only
    what changed; questions that disappeared come once more tagged quizgen::retired.

    \b
    Example:
        quizgen anki seeds/ -o decks/class-2b.apkg --deck "Class 2B"
    """
    from quizgen.pipeline import write_deck

    config, bank, warn = _bank(given)
    click.echo(report.questions_line(bank), err=True)
    deck = write_deck(bank, config, output)
    for question_id, reason in deck.skipped:
        warn(f"question {question_id} left out: {reason}")
    click.echo(report.deck_line(deck) + "\n" + report.paths_line("Wrote", [deck.path]), err=True)
    warn.finish()


@cli.command()
@QUESTION_OPTIONS
@path_option("-o", "--output", help="The quiz HTML file to write (default: decks/quiz.html).")
@QUIZ_OPTIONS
def quiz(output: str | None, **given: Any) -> None:
    """Write a printable quiz (HTML, optionally PDF) with its answer key.

    \b
    Example:
        quizgen quiz seeds/ --versions 2 --pdf --title "Unit 3 test"
    """
    from quizgen.pipeline import write_quiz

    config, bank, warn = _bank(given)
    click.echo(report.paths_line("Wrote", write_quiz(bank, config, output)), err=True)
    warn.finish()


@cli.command()
@PATHS
@path_option("-o", "--output", folder=True, help="Output folder (default decks/).")
@click.option("--deck", help="Deck name (default quizgen).")
@QUIZ_OPTIONS
@options(TYPES, SEED, DOMAIN, RULES)
@click.option("--gift/--no-gift", default=None, help="Also write a Moodle GIFT file.")
@click.option("--tsv/--no-tsv", default=None, help="Also write a TSV file for Anki/Quizlet.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, help="Processes for extraction.")
@click.option("--keep-stale", is_flag=True, help="Keep outputs of an earlier configuration.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--verbose", "-v", is_flag=True, help="Also list changed question ids and timings.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@STRICT
def build(
    jobs: int, keep_stale: bool, quiet: bool, verbose: bool, as_json: bool, **given: Any
) -> None:
    """Do the whole job: articles -> facts file, Anki deck, quiz and key, exports.

    Settings come from quizgen.toml (or [tool.quizgen] in pyproject.toml) in the current
    folder; options override them. Without PATHS it reads ./seeds and writes into ./decks.
    Run it again after adding articles or editing decks/facts.json: your accepted /
    rejected / edited facts are kept and unchanged articles are not re-read.

    \b
    Example:
        quizgen build
        quizgen build articles/ --deck "Class 2B" --versions 2 --pdf --gift
    """
    from quizgen.pipeline import build as run_build

    warn = Warnings(given.pop("strict"), quiet=quiet)
    config = settings(given.pop("paths"), **given)
    progress = progress_bar(hidden=quiet or as_json)
    try:
        done = run_build(config, warn, progress, jobs, keep_stale, before_commit=warn.finish)
    except NoQuestions as error:  # nothing is written: say where to see why
        raise QuizgenError(
            f"{error.message}; nothing was written. "
            "'quizgen questions ARTICLES --review held.json' lists why each was held"
        ) from error
    if as_json:
        click.echo(json.dumps(done.to_dict(), indent=2))
    elif not quiet:
        click.echo(report.build_summary(done))
        if verbose:
            click.echo(report.verbose_lines(done))
    warn.finish()
