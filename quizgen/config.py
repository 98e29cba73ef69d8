"""Build settings: defaults, then ``quizgen.toml`` or ``[tool.quizgen]``, then the command line."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizgen.errors import QuizgenError
from quizgen.fileio import read_toml

CONFIG_FILE = "quizgen.toml"


@dataclass(frozen=True)
class Config:
    """Everything ``quizgen build`` needs to know; every field has a sensible default."""

    inputs: tuple[str, ...] = ("seeds",)
    output: str = "decks"
    facts: str = ""  # default: <output>/facts.json
    deck: str = "quizgen"
    flat: bool = False
    title: str = "Quiz"
    types: tuple[str, ...] = ()
    count: int = 20
    versions: int = 1
    seed: int = 0
    paper: str = "a4"
    pdf: bool = False
    gift: bool = False
    tsv: bool = False
    domain: str = ""
    question_rules: str = ""
    templates: str = ""

    @property
    def facts_path(self) -> Path:
        """Where the curated facts file lives."""
        return Path(self.facts) if self.facts else Path(self.output) / "facts.json"

    def override(self, **options: Any) -> Config:
        """A copy with the command-line options that were given (None means not given)."""
        given = {k: v for k, v in options.items() if v is not None and v != ()}
        return dataclasses.replace(self, **_coerce(given, "the command line"))


def load_config(folder: str | Path = ".") -> tuple[Config, str]:
    """The settings in ``folder`` and the file they came from (``""`` for defaults)."""
    folder = Path(folder)
    own = folder / CONFIG_FILE
    if own.is_file():
        data = read_toml(own)
        return Config(**_coerce(data.get("quizgen", data), own)), str(own)
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        table = read_toml(pyproject).get("tool", {}).get("quizgen")
        if table is not None:
            return Config(**_coerce(table, pyproject)), str(pyproject)
    return Config(), ""


def _coerce(data: dict[str, Any], where: object) -> dict[str, Any]:
    fields = {f.name: f for f in dataclasses.fields(Config)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        if name not in fields:
            known = ", ".join(sorted(fields))
            raise QuizgenError(f"Unknown setting {key!r} in {where}: use one of {known}")
        default = fields[name].default
        if isinstance(default, tuple):
            value = (value,) if isinstance(value, str) else tuple(value)
        elif not isinstance(value, type(default)) or (
            isinstance(value, bool) and not isinstance(default, bool)
        ):
            raise QuizgenError(
                f"Setting {key!r} in {where} must be {type(default).__name__}, not {value!r}"
            )
        values[name] = value
    return values
