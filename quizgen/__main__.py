"""Allow ``python -m quizgen``."""

from quizgen.cli import cli

cli(prog_name="quizgen")
