"""Ingest: article files -> ``Document`` records (metadata rules, sentence splitting)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from quizgen.errors import QuizgenError
from quizgen.ingest.metadata import read_header
from quizgen.ingest.reading import MAX_ARTICLE_BYTES, find_articles, read_articles
from quizgen.ingest.records import Document, PubDate, Sentence
from quizgen.ingest.sentences import split_sentences

__all__ = ["Document", "PubDate", "Sentence", "load_documents", "parse_document"]


def parse_document(
    text: str, doc_id: str, path: str = "", warnings: Iterable[str] = ()
) -> Document:
    """Build a ``Document`` from article text: header rules first, then sentences. The
    headline stays the body's first paragraph: it often names who met whom, and its people are
    facts like any other (the rules know it as ``Document.title``)."""
    header = read_header(text)
    body = header.rest.strip("\n")
    if header.title:  # the date lines, standfirst and dateline between them are left out
        body = header.title + "\n\n" + body
    sentences = split_sentences(body)
    notes = [*warnings, *header.notes]
    if sentences and not sentences[-1].complete:
        notes.append("article ends mid-sentence; last fragment kept as incomplete")
    if header.published.precision == "unknown":
        notes.append("no publication date found")
    if not sentences:
        notes.append("no sentences in body")
    return Document(
        id=doc_id,
        path=path,
        body=body,
        sentences=sentences,
        title=header.title,
        summary=header.summary,
        published=header.published,
        dateline=header.dateline,
        agency=header.agency,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        warnings=tuple(notes),
    )


def load_documents(
    paths: Iterable[str | Path],
    warn: Callable[[str], None] = lambda message: None,
    limit: int = MAX_ARTICLE_BYTES,
) -> list[Document]:
    """Read every article under ``paths``; unreadable files, and files over ``limit`` bytes,
    are reported to ``warn`` and skipped."""
    files = find_articles(paths, warn)
    documents: list[Document] = []
    seen: set[str] = set()
    for path, text, warning in read_articles(files, limit):
        if text is None:
            warn(f"{path}: {warning}")
            continue
        if warning:
            warn(f"{path}: {warning}")
        doc_id = path.stem if path.stem not in seen else _unique_id(path, seen)
        seen.add(doc_id)
        documents.append(parse_document(text, doc_id, str(path), [warning] if warning else []))
    if not documents:
        raise QuizgenError("No readable articles in " + ", ".join(str(p) for p in files))
    return documents


def _unique_id(path: Path, seen: set[str]) -> str:
    digest = hashlib.sha1(str(path).encode()).hexdigest()[:6]
    return f"{path.stem}-{digest}"
