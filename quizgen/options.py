"""The command-line options the commands share, defined once so that they read alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from quizgen.config import PAPERS, QUESTION_TYPES

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def options(*decorators: Decorator) -> Decorator:
    """Apply several click options at once, in the order listed."""

    def apply(command: Callable[..., Any]) -> Callable[..., Any]:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return apply


def path_option(*names: str, help: str, folder: bool = False, **kwargs: Any) -> Decorator:
    kind = click.Path(file_okay=not folder, dir_okay=folder, path_type=str)
    return click.option(*names, type=kind, help=help, **kwargs)


PATHS = click.argument("paths", nargs=-1, type=click.Path(path_type=str))
STRICT = click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
DOMAIN = path_option(
    "--domain", help="Domain file (TOML); default: the shipped one, quizgen/domains/kuril.toml."
)
RULES = path_option("--rules", "question_rules", help="Question rules file (TOML).")
TEMPLATES = path_option(
    "--templates", folder=True, help="Folder of templates overriding the shipped ones."
)
FRESH = click.option("--fresh", is_flag=True, help="Ignore the facts file and its decisions.")
FACTS = path_option(
    "--facts", help="The facts file whose decisions apply (default: decks/facts.json)."
)
TYPES = click.option(
    "--types",
    help=f"Comma-separated question types (default: all): {', '.join(QUESTION_TYPES)}.",
    callback=lambda _ctx, _param, value: _known_types(value),
)
SEED = click.option("--seed", type=int, help="Seed for shuffles (default 0).")
COUNT = click.option("--count", type=click.IntRange(min=1), help="Number of questions (quiz: 20).")
PAPER = click.option("--paper", type=click.Choice(PAPERS, case_sensitive=False), help="Paper size.")
KEY = click.option("--key-separate", is_flag=True, default=None, help="Answer key in its own file.")
FORMATS = ("text", "json", "gift", "tsv")
QUESTION_OPTIONS = options(PATHS, FACTS, FRESH, TYPES, SEED, DOMAIN, RULES, STRICT)


def _known_types(value: str | None) -> str | None:
    unknown = [t for t in (value or "").split(",") if t.strip().lower() not in QUESTION_TYPES]
    if value and any(t.strip() for t in unknown):
        raise click.BadParameter(
            f"unknown type {', '.join(unknown)}; use {', '.join(QUESTION_TYPES)}"
        )
    return value


QUIZ_OPTIONS = options(
    click.option("--title", help="Title printed on the paper (default Quiz)."),
    COUNT,
    click.option("--versions", type=click.IntRange(1, 26), help="Versions A, B, ... (shuffled)."),
    PAPER,
    click.option("--pdf/--no-pdf", default=None, help="Also write each quiz as PDF (WeasyPrint)."),
    KEY,
    TEMPLATES,
)
