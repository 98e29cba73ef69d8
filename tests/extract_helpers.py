"""Helpers for the extraction tests: run the rules over articles written in the test."""

from __future__ import annotations

import random

from quizgen.domain import load_domain
from quizgen.extract import extract_facts
from quizgen.facts import Fact, FactSet
from quizgen.ingest import parse_document
from quizgen.ingest.records import Document, Sentence

DOMAIN = load_domain()


def extract(*articles: str) -> FactSet:
    """Facts from article texts (ids a, b, c ... in order)."""
    docs = [parse_document(text, chr(ord("a") + i)) for i, text in enumerate(articles)]
    return extract_facts(docs, DOMAIN)


def kind(factset: FactSet, name: str) -> list[Fact]:
    """Facts of one kind."""
    return [f for f in factset.facts if f.kind == name]


def events(*articles: str) -> dict[str, str]:
    """Event ``what`` -> ``date`` for the articles."""
    return {f.get("what"): f.get("date") for f in kind(extract(*articles), "event")}


def document_of(texts: list[str]) -> Document:
    """A document whose sentences are exactly ``texts`` (no splitter), one space apart."""
    body, sentences = "", []
    for text in texts:
        sentences.append(Sentence(text, len(body), len(body) + len(text)))
        body += text + " "
    return Document("d", "d.txt", body, tuple(sentences))


def random_text(rng: random.Random, pieces: list[str], least: int, most: int) -> str:
    """Between ``least`` and ``most`` of ``pieces``, each followed by a space or not: the
    random text the guard tests compare a fast path with its plain pattern on."""
    return "".join(
        rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randint(least, most))
    )
