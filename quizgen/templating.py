"""Jinja2 environments: a user's template folder first, then the templates quizgen ships.

Every environment is Jinja2's immutable sandbox: a template (a user's, or one in a folder
someone else prepared) can read the values it is given but not call into Python's internals
(``cycler.__init__.__globals__``), run commands, read files or change what it is given.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"  # inside an installed wheel
SOURCE_TEMPLATES = Path(__file__).parent.parent / "templates"  # a source checkout


def default_template_dirs() -> list[Path]:
    """The shipped template folders that exist: the wheel's copy, else the repository's."""
    return [p for p in (PACKAGE_TEMPLATES, SOURCE_TEMPLATES) if p.is_dir()][:1]


def make_environment(
    user_dir: str | Path | None = None, autoescape: bool = True
) -> jinja2.Environment:
    """An environment that looks in ``user_dir`` first; ``StrictUndefined`` catches typos."""
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_dir)))
    loaders.extend(jinja2.FileSystemLoader(str(p)) for p in default_template_dirs())
    return ImmutableSandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
