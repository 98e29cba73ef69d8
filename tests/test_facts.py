"""The facts file: round trip, atomic writes with a backup, clear errors, curation."""

from __future__ import annotations

import json
import re

import pytest

from quizgen.errors import QuizgenError
from quizgen.facts import Fact, FactSet, Source, curate, dumps_facts, read_facts, write_facts

from .extract_helpers import extract

ARTICLE = (
    "date 2019-02-08 TOKYO —\n\nForeign Minister Taro Kono met Russian Foreign Minister Sergei "
    "Lavrov in Moscow on January 14, 2019. About 40 fishing boats were seized near Hokkaido."
)


def sample() -> FactSet:
    return extract(ARTICLE)


def test_write_read_write_gives_identical_bytes(tmp_path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    write_facts(sample(), first)
    write_facts(read_facts(first), second)
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("quizgen-facts", 1)
    lead = "Foreign Minister Taro Kono met Russian Foreign Minister Sergei Lavrov in Moscow …"
    assert data["documents"] == [
        {"id": "a", "path": "", "title": None, "published": "2019-02-08", "lead": lead}
    ]
    assert [f["kind"] for f in data["facts"]] == sorted(f["kind"] for f in data["facts"])


def test_overwriting_keeps_the_previous_file_as_bak(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text("old contents", encoding="utf-8")
    write_facts(sample(), path)
    assert (tmp_path / "facts.json.bak").read_text(encoding="utf-8") == "old contents"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"format": "quizgen-facts",\n "version": 1,\n "facts": [}',
            "malformed JSON in {p}, line 3",
        ),
        ('{\n  "format": "other",\n  "version": 1\n}', "not a quizgen facts file: {p}, line 2"),
        (
            '{\n  "format": "quizgen-facts",\n  "version": 7\n}',
            "unsupported facts file version 7 in {p}, line 3",
        ),
        (
            '{\n  "format": "quizgen-facts",\n  "version": 1,\n  "facts": [\n    {\n      "id": "x-1",\n      "kind": "event"\n    }\n  ]\n}',
            "bad fact #1 in {p}, line 6: missing status, sources",
        ),
        (
            '{"format": "quizgen-facts", "version": 1, "facts": [{"id": "x", "kind": "event", "status": "maybe", "sources": []}]}',
            "bad fact #1 in {p}, line 1: unknown status 'maybe'",
        ),
    ],
)
def test_bad_files_name_the_file_and_line(tmp_path, text, message):
    path = tmp_path / "facts.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QuizgenError) as caught:
        read_facts(path)
    assert message.format(p=path) in caught.value.message


def _with_status(fact: Fact, status: str, **fields) -> Fact:
    return Fact(fact.id, fact.kind, {**fact.fields, **fields}, fact.sources, status, fact.flags)


def test_curation_keeps_decisions_and_adds_new_facts():
    fresh = sample()
    person = next(f for f in fresh.facts if f.kind == "person")
    number = next(f for f in fresh.facts if f.kind == "number")
    event = next(f for f in fresh.facts if f.kind == "event")
    stale = Fact("eve-0000000000", "event", {"date": "2000"}, (Source("a", "x", 0, 1),))
    user = FactSet(
        fresh.documents,
        (
            _with_status(person, "edited", role="Minister for Foreign Affairs"),
            _with_status(number, "rejected"),
            _with_status(event, "accepted", what="changed by hand"),
            stale,
        ),
    )
    merged, report = curate(user, fresh)
    by_id = {f.id: f for f in merged.facts}
    assert by_id[person.id].status == "edited"
    assert by_id[person.id].get("role") == "Minister for Foreign Affairs"
    assert by_id[number.id].status == "rejected"
    assert by_id[event.id].status == "accepted"
    assert by_id[event.id].get("what") == event.get("what")  # accepted: fresh fields
    assert "eve-0000000000" not in by_id  # an undecided fact no longer found is dropped
    assert report.dropped == ("eve-0000000000",)
    assert set(report.kept) == {person.id, number.id, event.id}
    assert len(report.added) == len(fresh.facts) - 3
    assert number not in merged.usable()


def test_curation_reports_facts_whose_documents_disappeared():
    fresh = sample()
    gone = Fact(
        "pla-1111111111", "place", {"name": "Sochi"}, (Source("old", "q", 0, 1),), "accepted"
    )
    previous = FactSet((*fresh.documents, {"id": "old"}), (gone,))
    merged, report = curate(previous, fresh)
    assert report.orphaned == ("pla-1111111111",)
    assert report.missing_documents == ("old",)
    assert gone in merged.facts  # the user's decision is not thrown away


def test_dumps_is_stable_across_runs():
    assert dumps_facts(sample()) == dumps_facts(sample())


def _facts_file(tmp_path, facts) -> str:
    path = tmp_path / "facts.json"
    data = {"format": "quizgen-facts", "version": 1, "documents": [], "facts": facts}
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return str(path)


def _fact(**fields):
    source = {"doc": "d", "quote": "q", "start": 0, "end": 1}
    return {"id": "eve-1", "kind": "event", "status": "edited", "sources": [source], **fields}


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        (None, '"facts" must be a list'),
        ([_fact(date=2017)], "date must be YYYY, YYYY-MM, YYYY-MM-DD"),
        ([_fact(date="2017-02-30")], "not '2017-02-30'"),
        ([_fact(value="lots")], "value must be a number, not 'lots'"),
        ([_fact(members="Etorofu")], "members must be a list of texts, not 'Etorofu'"),
        ([_fact(sources=[{"doc": "d", "quote": "q", "start": "abc", "end": 1}])], "whole numbers"),
        ([_fact(), _fact(status="rejected")], "the id eve-1 is used twice"),
    ],
)
def test_a_facts_file_with_a_wrong_type_is_one_line_naming_the_field(tmp_path, facts, message):
    with pytest.raises(QuizgenError, match=re.escape(message)):
        read_facts(_facts_file(tmp_path, facts))


def test_deeply_nested_json_is_refused_without_a_traceback(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(QuizgenError, match="nested too deeply"):
        read_facts(path)
