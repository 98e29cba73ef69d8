"""The one error family quizgen raises: shown as ``Error: ...`` with exit code 1."""

from __future__ import annotations

import re
from typing import Any

import click

# Terminal escape sequences (CSI "ESC [ ... m", OSC "ESC ] ... BEL", or ESC and one character)
# and control characters, in a file name or an article, would act on the terminal.
ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.)?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to print: control characters, escape sequences and bidirectional
    overrides removed (a file may be named anything)."""
    return _CONTROL.sub("", ESCAPE_SEQUENCE.sub("", text))


class QuizgenError(click.ClickException):
    """A problem with the user's input or files; click prints it without a traceback."""

    exit_code = 1

    def format_message(self) -> str:
        return printable(self.message)


class InputError(QuizgenError):
    """An article path that cannot be read as an article."""

    def __init__(self, path: object, problem: str, fix: str = "") -> None:
        message = f"{problem} in {path}"
        if fix:
            message += f": {fix}"
        super().__init__(message)


class NoQuestions(QuizgenError):
    """Every fact's questions were held back: the held ones, with their reasons, go with it
    (``held``), for the review list."""

    def __init__(self, message: str, held: tuple[tuple[Any, list[str]], ...] = ()) -> None:
        super().__init__(message)
        self.held = held
