"""The one error family quizgen raises: shown as ``Error: ...`` with exit code 1."""

from __future__ import annotations

import click


class QuizgenError(click.ClickException):
    """A problem with the user's input or files; click prints it without a traceback."""

    exit_code = 1


class InputError(QuizgenError):
    """An article path that cannot be read as an article."""

    def __init__(self, path: object, problem: str, fix: str = "") -> None:
        message = f"{problem} in {path}"
        if fix:
            message += f": {fix}"
        super().__init__(message)
