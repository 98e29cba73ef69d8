"""Property tests: arbitrary text never breaks ingestion, exports escape what they must, and
the facts file round-trips."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.facts import (
    FACT_KINDS,
    LIST_FIELDS,
    NUMBER_FIELDS,
    STATUSES,
    Fact,
    FactSet,
    Source,
    dumps_facts,
    read_facts,
    write_facts,
)
from quizgen.ingest import parse_document
from quizgen.questions.records import Citation, Question
from quizgen.render import bank, gift

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400) | st.sampled_from(
    [
        "date 2017-13-45 bogus",
        "TOKYO, Smarch 40. /TASS/. x",
        "This is an archived article that was published on in 20",
        "All news\n\n\n",
        "U.S.\n.\n?!",
    ]
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_ingestion_never_raises_and_offsets_hold(text):
    doc = parse_document(text, "prop")
    for sentence in doc.sentences:
        assert doc.body[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(min_size=1, max_size=40))
def test_gift_never_leaves_an_unescaped_control_character(prompt, answer):
    q = Question("id", "who", prompt, answer, sources=(Citation("d", "t", "q"),), fact_ids=("f",))
    block = gift.to_gift([q]).split("\n\n", 1)[1]
    body = block.split("::", 2)[2]
    unescaped = []
    escaped = False
    for ch in body:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "{}":
            unescaped.append(ch)
    assert unescaped == ["{", "}"]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60), st.lists(st.text(max_size=20), max_size=4))
def test_question_bank_round_trips_any_text(prompt, options):
    q = Question(
        "id", "choice", prompt, "a", options=tuple(options), sources=(Citation("d", "t", prompt),)
    )
    text = bank.to_json([q])
    assert bank.from_json(text) == [q]
    assert bank.to_json(bank.from_json(text)) == text


JSON_LEAF = st.none() | st.booleans() | st.integers() | st.text(max_size=30)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)
# Reserved keys, and fields with a declared type (checked on reading: see test_facts.py).
RESERVED = {"id", "kind", "status", "sources", "flags", "date", *NUMBER_FIELDS, *LIST_FIELDS}
FACTS = st.lists(
    st.builds(
        Fact,
        id=st.text(min_size=1, max_size=12),
        kind=st.sampled_from(FACT_KINDS),
        fields=st.dictionaries(st.text(max_size=8).filter(lambda k: k not in RESERVED), JSON_VALUE),
        sources=st.lists(
            st.builds(Source, st.text(max_size=10), st.text(), st.integers(0), st.integers(0)),
            max_size=3,
        ).map(tuple),
        status=st.sampled_from(STATUSES),
        flags=st.lists(st.text(max_size=10), max_size=2).map(tuple),
    ),
    max_size=4,
    unique_by=lambda fact: fact.id,
)
DOCUMENTS = st.lists(
    st.fixed_dictionaries(
        {
            "id": st.text(max_size=10),
            "title": st.none() | st.text(max_size=20),
            "published": st.text(),
        }
    ),
    max_size=3,
)


@settings(max_examples=150, deadline=None)
@given(DOCUMENTS, FACTS)
def test_facts_file_round_trips_any_text(tmp_path_factory, documents, facts):
    factset = FactSet(tuple(documents), tuple(facts))
    text = dumps_facts(factset)
    data = json.loads(text)
    assert data["documents"] == sorted(documents, key=lambda d: d["id"])
    assert data["facts"] == [f.to_dict() for f in sorted(facts, key=lambda f: (f.kind, f.id))]
    path = tmp_path_factory.mktemp("facts") / "facts.json"
    write_facts(factset, path)
    assert path.read_text(encoding="utf-8") == text
    write_facts(read_facts(path), path)
    assert path.read_text(encoding="utf-8") == text
