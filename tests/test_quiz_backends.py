"""The quiz in real engines: headless Chromium prints it, and the built wheel ships its templates."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from quizgen.render.html import write_quiz
from tests.pdftext import key_start, page_texts
from tests.quiz_samples import sample_questions

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_major() -> int:
    out = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=60).stdout
    found = re.search(r"Chrom\w* (\d+)\.", out)
    return int(found.group(1)) if found else 0


def print_to_pdf(html: Path, pdf: Path, profile: Path) -> Path:
    """Print ``html`` with headless Chromium, without its own date/URL header and footer."""
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-pdf-header-footer",
        f"--user-data-dir={profile}",
        f"--print-to-pdf={pdf}",
        html.resolve().as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=180, check=True)
    return pdf


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_chromium_prints_the_quiz_with_the_key_on_its_own_page(tmp_path):
    questions = sample_questions()
    html = write_quiz(questions, tmp_path / "quiz.html", title="Harbour quiz", paper="letter")[0]
    pages = page_texts(print_to_pdf(html, tmp_path / "chromium.pdf", tmp_path / "profile"))
    assert 2 <= len(pages) <= 4
    start = key_start(pages, "Harbour quiz")
    paper = "\n".join(pages[:start])
    for number, question in enumerate(questions, 1):
        numbered = f"{number}. {question.prompt}".replace("_____", "").replace("  ", " ")
        assert paper.count(numbered) == 1, numbered
        assert question.prompt.replace("_____", "") not in "\n".join(pages[start:])
    if chromium_major() >= 131:  # CSS page-margin boxes arrived in Chromium 131
        assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages, 1))
