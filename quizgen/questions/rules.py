"""Question templates loaded from a TOML rules file and applied to facts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from quizgen.errors import QuizgenError
from quizgen.fileio import read_toml
from quizgen.questions.language import Language
from quizgen.questions.records import QUESTION_TYPES
from quizgen.templating import default_template_dirs

RULES_FILE = "questions.toml"


@dataclass(frozen=True)
class Template:
    """One way to ask about a fact kind; strings are Jinja2 over the fact's context."""

    id: str
    kind: str
    type: str
    prompt: str
    answer: str
    explanation: str = ""
    requires: tuple[str, ...] = ()
    distractors: str = ""
    blank: str = ""
    items: str = ""
    asks: str = ""  # templates that ask the same aspect of a fact compete; one survives
    weight: float = 1.0


@dataclass(frozen=True)
class Rules:
    """The templates and word lists of one rules file."""

    templates: tuple[Template, ...]
    language: Language
    path: str = ""
    phrases: Mapping[str, str] = field(default_factory=dict)  # the builders' prompts
    _env: jinja2.Environment = field(  # sandboxed: a rules file may not run code or read files
        default_factory=lambda: ImmutableSandboxedEnvironment(undefined=jinja2.StrictUndefined),
        compare=False,
        repr=False,
    )
    _compiled: dict[str, jinja2.Template] = field(default_factory=dict, compare=False, repr=False)

    def render(self, text: str, context: Mapping[str, Any]) -> str:
        """Render one template string; whitespace is collapsed. A broken template (syntax, an
        unknown name, something the sandbox forbids) is a one-line error naming the file."""
        try:
            compiled = self._compiled.get(text)
            if compiled is None:
                compiled = self._compiled[text] = self._env.from_string(text)
            return " ".join(compiled.render(context).split())
        except jinja2.TemplateError as error:
            where = self.path or "the question rules"
            raise QuizgenError(f"{error} in template {text!r} of {where}: fix it") from None

    def phrase(self, key: str, **values: Any) -> str:
        """The ``[phrases]`` template ``key`` rendered with ``values``."""
        text = self.phrases.get(key)
        if text is None:
            where = self.path or "the question rules"
            raise QuizgenError(f"{where} has no phrase {key!r} in its [phrases] table: add it")
        return self.render(text, values)


def _template_problem(raw: object) -> str:
    """What is wrong with the types of one ``[[template]]`` table, or ""."""
    if not isinstance(raw, dict):
        return "must be a table of settings"
    for key, value in raw.items():
        if key == "requires":
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                return "requires must be a list of texts"
        elif key == "weight":
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                return f"weight must be a number, not {value!r}"
        elif not isinstance(value, str):
            return f"{key} must be a text, not {value!r}"
    return ""


def default_rules_path() -> Path:
    """The rules file shipped with quizgen."""
    return default_template_dirs()[0] / RULES_FILE


def load_rules(path: str | Path | None = None) -> Rules:
    """Read a rules file (default: the shipped ``questions.toml``)."""
    path = Path(path) if path else default_rules_path()
    data = read_toml(path, "question rules ")
    templates = []
    for index, raw in enumerate(data.get("template", []), start=1):
        problem = _template_problem(raw)
        if problem:
            raise QuizgenError(f"Template #{index} in {path}: {problem}")
        try:
            template = Template(**{**raw, "requires": tuple(raw.get("requires", ()))})
        except TypeError as error:
            raise QuizgenError(f"Template #{index} in {path}: {error}") from None
        if template.type not in QUESTION_TYPES:
            raise QuizgenError(
                f"Template {template.id!r} in {path}: unknown type {template.type!r}; "
                f"use one of {', '.join(QUESTION_TYPES)}"
            )
        templates.append(template)
    language = Language.from_table(data.get("language", {}))
    phrases = data.get("phrases", {})
    if not all(isinstance(v, str) for v in phrases.values()):
        raise QuizgenError(f"[phrases] in {path}: every phrase must be a text")
    return Rules(tuple(templates), language, str(path), dict(phrases))
