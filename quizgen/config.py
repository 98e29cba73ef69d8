"""Build settings: defaults, then ``quizgen.toml`` or ``[tool.quizgen]``, then the command line."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizgen.errors import QuizgenError
from quizgen.fileio import read_toml

# The kinds of question (here, not in quizgen.questions: the CLI starts without loading the
# question machinery)
QUESTION_TYPES = (
    "cloze",  # cloze: text with {{c1::answer}}; prompt is the same sentence with a blank
    "choice",  # multiple choice: options (4), answer is one of them
    "who",  # short answer: a person
    "role",  # short answer: a person's post
    "when",  # short answer: a date
    "list",  # list recall: items is the answer set (order-free)
    "matching",  # pairs: left <-> right (island Calderan name <-> Brenan name)
    "truefalse",  # answer "True" or "False"; explanation holds the correction
    "timeline",  # items are events in the right order
)

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
    key_separate: bool = False
    domain: str = ""
    question_rules: str = ""
    templates: str = ""
    max_article_mb: int = 10  # larger files are skipped with a warning

    @property
    def facts_path(self) -> Path:
        """Where the curated facts file lives."""
        return Path(self.facts) if self.facts else Path(self.output) / "facts.json"

    @property
    def deck_path(self) -> Path:
        """The deck file: the deck name as a file name, in the output folder."""
        slug = "".join(ch if ch.isalnum() else "-" for ch in self.deck.lower())
        return Path(self.output) / ("-".join(filter(None, slug.split("-"))) + ".apkg")

    @property
    def quiz_path(self) -> Path:
        """The quiz HTML file (``quiz-A.html``, ... with versions)."""
        return Path(self.output) / "quiz.html"

    def override(self, **options: Any) -> Config:
        """A copy with the command-line options that were given (None means not given)."""
        given = {k: v for k, v in options.items() if v is not None and v != ()}
        return dataclasses.replace(self, **_coerce(given, "the command line"))


# Settings that name files which shape what quizgen runs (templates, rules, vocabulary).
CODE_SETTINGS = {"domain": "--domain", "question_rules": "--rules", "templates": "--templates"}


def _outside(path: str, folder: Path) -> bool:
    """Whether ``path`` (relative to ``folder``) leads out of ``folder``, links included."""
    return not (folder / path).resolve().is_relative_to(folder.resolve())


def sample_articles() -> Path:
    """The sample articles shipped with quizgen (inside a wheel, or in a source checkout)."""
    package = Path(__file__).parent
    inside = package / "seeds"
    return inside if inside.is_dir() else package.parent / "seeds"


def settings(paths: Sequence[str], **options: Any) -> Config:
    """quizgen.toml (or [tool.quizgen]), then the options given; articles default to ./seeds,
    else to the sample articles shipped with quizgen."""
    config, source = load_config(".")
    for name, flag in CODE_SETTINGS.items():
        value = getattr(config, name)
        if source and value and options.get(name) is None and _outside(value, Path(".")):
            raise QuizgenError(
                f"{source} sets {name} = {value!r}, outside this folder; a settings file may "
                f"only use rules and templates beside it: give it as {flag} to use it"
            )
    if not paths and config.inputs == Config().inputs and not Path("seeds").is_dir():
        paths = (str(sample_articles()),)
    types = tuple(t.strip().lower() for t in (options.pop("types", None) or "").split(","))
    return config.override(inputs=tuple(paths) or None, types=tuple(filter(None, types)), **options)


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
        values[name] = _valid(key, value, where)
    return values


PAPERS = ("a4", "letter")
SMALLEST = {"count": 1, "versions": 1, "max_article_mb": 1}
LARGEST = {"versions": 26}


def _valid(key: str, value: Any, where: object) -> Any:
    """``value`` checked against what the setting allows (the same limits as the options)."""

    name = key.replace("-", "_")
    if name == "paper":
        value = value.lower()
        if value not in PAPERS:
            raise QuizgenError(f"Setting {key!r} in {where} must be a4 or letter, not {value!r}")
    if name == "types":
        unknown = [t for t in value if t not in QUESTION_TYPES]
        if unknown:
            raise QuizgenError(
                f"Setting {key!r} in {where} has unknown type {', '.join(map(repr, unknown))}: "
                f"use {', '.join(QUESTION_TYPES)}"
            )
    low, high = SMALLEST.get(name), LARGEST.get(name)
    if (low is not None and value < low) or (high is not None and value > high):
        span = f"from {low} to {high}" if high else f"at least {low}"
        raise QuizgenError(f"Setting {key!r} in {where} must be {span}, not {value!r}")
    return value
