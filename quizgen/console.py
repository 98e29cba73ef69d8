"""What the terminal shows while a command runs: warnings as they come, a progress bar, and
an unexpected error as one line."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any

import click

from quizgen.errors import QuizgenError, printable

PROGRESS_THRESHOLD = 20  # articles; fewer take well under a second


class Warnings:
    """Print warnings to stderr as they come; with ``strict`` they fail the run at the end."""

    def __init__(self, strict: bool, quiet: bool = False) -> None:
        self.strict, self.quiet, self.count = strict, quiet, 0

    def __call__(self, message: str) -> None:
        self.count += 1
        if not self.quiet:
            click.secho(f"Warning: {printable(message)}", fg="yellow", err=True)

    def finish(self) -> None:
        """Raise when ``--strict`` is on and anything was warned about."""
        if self.strict and self.count:
            raise QuizgenError(f"{self.count} warning(s) and --strict is on")


def progress_bar(
    hidden: bool = False,
) -> Callable[[Sequence[Any], str], AbstractContextManager[Any]]:
    """A progress reporter for the library: a bar on stderr when there is much to do."""

    def progress(items: Sequence[Any], label: str) -> AbstractContextManager[Any]:
        if hidden or len(items) < PROGRESS_THRESHOLD:
            return nullcontext(items)
        return click.progressbar(items, label=label, file=sys.stderr, show_pos=True)

    return progress


class Commands(click.Group):
    """The command group; an unexpected error is one line, with ``--debug`` its traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # "quizgen eval ... | head": the reader has all it wanted
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (Python flushes it at exit)
            raise click.exceptions.Exit(0) from None
        except Exception as error:
            if ctx.params.get("debug"):
                raise
            raise QuizgenError(
                f"unexpected {type(error).__name__}: {error} "
                "(this is a bug in quizgen; rerun with --debug for the traceback)"
            ) from None
