"""PDF through WeasyPrint, a real CSS paged-media engine (page size, margins, page X of Y)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.fileio import write_bytes


def write_pdf(html: str | Sequence[str], out: Path, base_url: str | None = None) -> Path:
    """Lay ``html`` out as pages and write the PDF to ``out`` atomically.

    Several HTML documents are laid out one after the other, each numbering its own pages.
    """
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # extra not installed, or Pango missing
        raise QuizgenError(
            f"writing a PDF needs WeasyPrint ({error}): pip install 'quizgen[pdf]'"
        ) from error
    documents = [html] if isinstance(html, str) else list(html)
    if not documents:
        raise ValueError("write_pdf needs at least one HTML document")
    laid_out = [weasyprint.HTML(string=doc, base_url=base_url).render() for doc in documents]
    pages = [page for document in laid_out for page in document.pages]
    return write_bytes(Path(out), laid_out[0].copy(pages).write_pdf())
