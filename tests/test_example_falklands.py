"""The second topic shipped in examples/falklands: real texts, its own domain file and gold.

A new topic must not leak the shipped one: no question names a place, country or document of
the Kuril domain, every question passes the quality checks, and extraction keeps its scores
on the topic's gold (floors at the measured figures, docs/extraction.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgen.domain import DEFAULT_DOMAIN, load_domain
from quizgen.evaluate import evaluate, load_gold
from quizgen.extract import extract_facts
from quizgen.fileio import read_toml
from quizgen.ingest import load_documents
from quizgen.questions import generate_questions

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "falklands"


@pytest.fixture(scope="module")
def topic():
    domain = load_domain(EXAMPLE / "falklands.toml")
    documents = load_documents([str(EXAMPLE / "articles")])
    return domain, documents, extract_facts(documents, domain)


def _kuril_words() -> set[str]:
    """Place names, countries, demonyms and document names of the shipped Kuril domain that
    the Falklands topic does not share."""
    data = read_toml(DEFAULT_DOMAIN)
    words: set[str] = {"Kuril", "Soviet"}
    for island in data["islands"]:
        words |= set(island["names"].values()) | set(island.get("aliases", ()))
    for group in data["groups"]:
        words.add(group["name"])
    for country in data["countries"]:
        if country["name"] in ("Japan", "Russia", "Soviet Union"):
            words |= {country["name"], *country.get("demonyms", ())}
    for document in data["documents"]:
        words.add(document["name"])
    return words


def test_the_example_texts_are_freely_licensed_and_listed():
    rows = (EXAMPLE / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    listed = {row.split("\t")[0]: row.split("\t")[3] for row in rows}
    assert sorted(listed) == sorted(p.name for p in (EXAMPLE / "articles").glob("*.txt"))
    assert len(listed) >= 8
    assert all(re.search(r"CC BY-SA|OGL|Public domain", licence) for licence in listed.values())


def test_no_question_names_the_other_topic_and_every_one_passes_the_checks(topic):
    domain, _, facts = topic
    held: list = []
    questions = generate_questions(facts, domain, rejected=lambda q, r: held.append(q))
    assert len(questions) >= 4
    words = _kuril_words()
    for q in [*questions, *held]:
        shown = " ".join([q.prompt, q.answer, q.explanation, *q.options, *q.items])
        leaked = [w for w in words if re.search(rf"\b{re.escape(w)}\b", shown)]
        assert not leaked, (q.id, leaked)
    # no text gives the Argentine names, and "South Georgia" / "Georgias del Sur" give each
    # other away: no question asks the names (the domain file alone is no source)
    assert not [q for q in [*questions, *held] if q.id.startswith("islands:")]


def test_extraction_keeps_its_measured_scores_on_the_topic_gold(topic):
    domain, documents, facts = topic
    result = evaluate(facts, load_gold(EXAMPLE / "gold"), domain, [d.id for d in documents])
    overall = result.overall
    # measured 0.990 / 0.756 (docs/extraction.md); the bar is 0.90 / 0.80
    assert overall.precision >= 0.96 and overall.recall >= 0.73, overall


def test_a_place_matches_its_gold_under_any_spelling_the_domain_lists():
    from quizgen.evaluate import _place

    domain = load_domain(EXAMPLE / "falklands.toml")
    assert _place({"name": "Stanley"}, {"name": "Port Stanley"}, domain)
    assert _place({"name": "Stanley"}, {"name": "stanley"}, domain)
    assert not _place({"name": "Stanley"}, {"name": "London"}, domain)
