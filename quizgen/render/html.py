"""Printable quizzes as HTML: a test paper per version and its answer key, from Jinja2 templates.

The templates live in ``templates/quiz/`` (shipped inside the wheel); a user's folder given as
``templates_dir`` is searched first, so any of them, or ``quiz/quiz.css``, can be replaced.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import jinja2
from jinja2.exceptions import SecurityError
from markupsafe import Markup, escape

from quizgen.errors import QuizgenError
from quizgen.fileio import write_bytes
from quizgen.questions.records import Question
from quizgen.render.layout import Paper, layout_quiz
from quizgen.templating import make_environment

PAPER_SIZES = {"a4": "A4", "letter": "letter"}  # --paper value -> CSS @page size
BLANK = re.compile(r"_{3,}")


@dataclass(frozen=True)
class RenderedQuiz:
    """One version: its letter, the paper's HTML, the key's HTML (None when inside the paper)."""

    version: str
    quiz_html: str
    key_html: str | None
    order: tuple[str, ...]  # question ids in paper order

    @property
    def documents(self) -> tuple[str, ...]:
        """The HTML documents to lay out: the paper, then the key when it stands apart."""
        return (self.quiz_html,) if self.key_html is None else (self.quiz_html, self.key_html)


def render_quiz(
    questions: Sequence[Question],
    *,
    title: str = "Quiz",
    versions: int = 1,
    seed: int = 0,
    paper: str = "a4",
    templates_dir: str | Path | None = None,
    key_separate: bool = False,
) -> list[RenderedQuiz]:
    """Render ``versions`` papers (A, B, ...) of the same questions, each with its own key."""
    if paper not in PAPER_SIZES:
        raise QuizgenError(f"unknown paper size {paper!r}: use one of {', '.join(PAPER_SIZES)}")
    env = _environment(templates_dir)
    rendered = []
    for layout in layout_quiz(questions, versions, seed):
        context = {
            "title": title,
            "paper": layout,
            "versions": versions,
            "page_size": PAPER_SIZES[paper],
            "paper_name": paper,
            "include_key": not key_separate,
            "footer": _footer(title, layout.version if versions > 1 else ""),
        }
        quiz_html = _render(env, "quiz/quiz.html", context, templates_dir)
        key_html = _render(env, "quiz/key.html", context, templates_dir) if key_separate else None
        rendered.append(RenderedQuiz(layout.version, quiz_html, key_html, _order(layout)))
    return rendered


def write_quiz(
    questions: Sequence[Question],
    out: Path,
    *,
    title: str = "Quiz",
    versions: int = 1,
    seed: int = 0,
    paper: str = "a4",
    templates_dir: str | Path | None = None,
    key_separate: bool = False,
    pdf: bool = False,
) -> list[Path]:
    """Write the quiz HTML (``out``, or ``out``-A.html ... with versions) and keys; with ``pdf``
    a PDF beside each HTML file. Returns the paths written, in order.

    A PDF holding the key lays quiz and key out as separate documents, so the pages a class gets
    say "Page 1 of 3" rather than counting the teacher's key pages too.
    """
    out = Path(out)
    suffix = out.suffix or ".html"
    render = partial(
        render_quiz,
        questions,
        title=title,
        versions=versions,
        seed=seed,
        paper=paper,
        templates_dir=templates_dir,
    )
    rendered = render(key_separate=key_separate)
    parts = render(key_separate=True) if pdf and not key_separate else rendered
    written: list[Path] = []
    for quiz, part in zip(rendered, parts, strict=True):
        stem = f"{out.stem}-{quiz.version}" if versions > 1 else out.stem
        files: list[tuple[Path, str, tuple[str, ...]]]
        if quiz.key_html is None:  # the key is inside the quiz file
            files = [(out.with_name(stem + suffix), quiz.quiz_html, part.documents)]
        else:
            files = [
                (out.with_name(stem + suffix), quiz.quiz_html, (quiz.quiz_html,)),
                (out.with_name(f"{stem}-key{suffix}"), quiz.key_html, (quiz.key_html,)),
            ]
        for path, html, documents in files:
            data = html.encode("utf-8")
            same = path.is_file() and path.read_bytes() == data
            written.append(write_bytes(path, data))
            pdf_path = path.with_suffix(".pdf")
            if pdf and not (same and _newer(pdf_path, path)):
                from quizgen.render.pdf import write_pdf

                write_pdf(documents, pdf_path, base_url=str(path.parent))
            if pdf:
                written.append(pdf_path)
    return written


def _newer(pdf: Path, html: Path) -> bool:
    """Whether ``pdf`` was written after ``html``: then it was laid out from that HTML, which
    fixes every page, and laying it out again (a second or more) would give the same PDF."""
    try:
        return pdf.stat().st_mtime_ns >= html.stat().st_mtime_ns
    except OSError:
        return False


def blanks(text: str) -> Markup:
    """Escape ``text`` and show each ``_____`` in it as a blank line to write on."""
    return Markup('<span class="blank"></span>').join(escape(part) for part in BLANK.split(text))


def css_string(text: str) -> Markup:
    """``text`` safe inside a double-quoted CSS string in a ``<style>`` element."""
    escaped = "".join(f"\\{ord(c):X} " if c in '\\"<>&\n\r' else c for c in str(text))
    return Markup(escaped)


def _environment(templates_dir: str | Path | None) -> jinja2.Environment:
    if templates_dir is not None and not Path(templates_dir).is_dir():
        raise QuizgenError(f"template folder {templates_dir} does not exist: check --templates")
    env = make_environment(templates_dir)
    env.filters["blanks"] = blanks
    env.filters["css_string"] = css_string
    return env


def _render(
    env: jinja2.Environment,
    name: str,
    context: Mapping[str, object],
    templates_dir: str | Path | None,
) -> str:
    """Render ``name``; a broken user template is reported as the user's error, not a traceback."""
    where = templates_dir or "the shipped templates"
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as error:
        raise QuizgenError(
            f"{error.message} in {error.filename}, line {error.lineno}: fix the template"
        ) from error
    except jinja2.TemplateNotFound as error:
        raise QuizgenError(
            f"template {error.name} not found in {where}: add it or remove the override"
        ) from error
    except jinja2.UndefinedError as error:
        raise QuizgenError(
            f"{error.message} while rendering {name} from {where}: fix the template"
        ) from error
    except SecurityError as error:
        raise QuizgenError(
            f"template {name} from {where} tried something templates may not do ({error})"
        ) from error


FOOTER_CHARS = 60  # the running footer shares one line with "Page 1 of 3"


def _footer(title: str, version: str) -> str:
    """The footer line: the title, shortened at a word to fit, and the version."""
    words, kept = title.split(), ""
    for word in words:
        if len(kept) + len(word) + 1 > FOOTER_CHARS - 12:
            kept += " …"
            break
        kept = f"{kept} {word}".strip()
    return f"{kept} · version {version}" if version else kept


def _order(layout: Paper) -> tuple[str, ...]:
    return tuple(item.question.id for item in layout.items)
