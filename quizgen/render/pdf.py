"""PDF through WeasyPrint, a real CSS paged-media engine (page size, margins, page X of Y)."""

from __future__ import annotations

from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.render.output import write_atomic


def write_pdf(html: str, out: Path, base_url: str | None = None) -> Path:
    """Lay ``html`` out as pages and write the PDF to ``out`` atomically."""
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # extra not installed, or Pango missing
        raise QuizgenError(
            f"writing a PDF needs WeasyPrint ({error}): pip install 'quizgen[pdf]'"
        ) from error
    data = weasyprint.HTML(string=html, base_url=base_url).write_pdf()
    return write_atomic(Path(out), data)
