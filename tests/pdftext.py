"""Read a quiz PDF back: page texts without the running header and footer, text positions."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf

KEY_HEADING = "Answer key"
RUNNING = re.compile(r"Page \d+ of \d+|Answer key: for the teacher")


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, one normalised line per text line."""
    pages = []
    for page in pypdf.PdfReader(pdf).pages:
        lines = (re.sub(r"\s+", " ", line).strip() for line in page.extract_text().splitlines())
        pages.append("\n".join(line for line in lines if line))
    return pages


def body_lines(text: str, footer: str) -> list[str]:
    """A page's lines without the running header and footer (page numbers, ``footer`` line)."""
    lines = []
    for line in text.splitlines():
        line = RUNNING.sub("", line).strip()
        if line and line != footer:
            lines.append(line)
    return lines


def key_start(pages: list[str], footer: str) -> int:
    """The index of the page whose body starts with the answer key heading."""
    starts = [i for i, text in enumerate(pages) if body_lines(text, footer)[:1] == [KEY_HEADING]]
    assert len(starts) == 1, f"key heading starts {len(starts)} pages"
    return starts[0]


def text_origins(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, x, y, width, height, text) for every piece of text drawn in the PDF."""
    found = []
    for number, page in enumerate(pypdf.PdfReader(pdf).pages):
        box = page.mediabox
        width, height = float(box.width), float(box.height)

        def visit(text, cm, tm, _font, _size, number=number, width=width, height=height):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((number, x, y, width, height, text))

        page.extract_text(visitor_text=visit)
    return found
