"""Helpers for the extraction tests: run the rules over articles written in the test."""

from __future__ import annotations

from quizgen.domain import load_domain
from quizgen.extract import extract_facts
from quizgen.facts import Fact, FactSet
from quizgen.ingest import parse_document

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
