"""Seed-level checks, the measured targets against ../shared/gold, and the CLI commands."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quizgen.cli import cli
from quizgen.domain import load_domain
from quizgen.evaluate import evaluate, load_gold
from quizgen.extract import RULES, extract_facts
from quizgen.ingest import load_documents

from .conftest import SEED_GOLD as GOLD
from .conftest import SEEDS


@pytest.fixture(scope="module")
def seed_facts():
    return extract_facts(load_documents([SEEDS]), load_domain())


def test_rules_run_in_the_registered_order():
    assert [name for name, _ in RULES] == [
        "people",
        "islands",
        "declaration",
        "events",
        "numbers",
        "lists",
        "places",
    ]


def test_seed_facts_teachers_would_keep(seed_facts):
    events = {(f.get("date"), f.get("what")) for f in seed_facts.facts if f.kind == "event"}
    assert (
        "2016-05-06",
        "Shinzo Abe put forward an eight-point cooperation plan to develop the relations with "
        "Russia during his meeting with Vladimir Putin in Sochi",
    ) in events
    assert ("1945-08", "Japan’s surrender ended World War II") in events
    assert (
        "2014-03",
        "Russia unilaterally annexed the Crimea region of Ukraine and drew hostile reactions from Western countries",
    ) in events
    (decl,) = [f for f in seed_facts.facts if f.kind == "declaration"]
    assert (decl.get("offered_count"), decl.get("of_count"), decl.get("pledge")) == (
        2,
        4,
        "Russia has pledged adherence",
    )
    names = [f.get("names") for f in seed_facts.facts if f.kind == "islands" and f.get("names")]
    assert ["Shikotan", "Khabomai", "Iturup", "Kunashir"] in names


def test_every_source_quotes_the_body_exactly(seed_facts):
    bodies = {d.id: d.body for d in load_documents([SEEDS])}
    for fact in seed_facts.facts:
        for source in fact.sources:
            assert bodies[source.doc][source.start : source.end] == source.quote


def test_extraction_is_deterministic(seed_facts):
    again = extract_facts(load_documents([SEEDS]), load_domain())
    assert again == seed_facts


def test_seeds_meet_the_quality_targets(seed_facts):
    result = evaluate(seed_facts, load_gold(GOLD), load_domain())
    overall = result.overall
    assert overall.precision >= 0.95 and overall.recall >= 0.90
    for score in result.scores:
        assert score.precision >= 0.8 and score.recall >= 0.8, score


def test_eval_command_prints_scores():
    result = CliRunner().invoke(
        cli, ["eval", str(SEEDS), "--gold", str(GOLD), "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert [row["kind"] for row in data["scores"]] == [
        "event",
        "person",
        "islands",
        "declaration",
        "number",
        "place",
        "overall",
    ]


def test_extract_command_writes_and_curates(tmp_path):
    out = tmp_path / "facts.json"
    runner = CliRunner()
    first = runner.invoke(cli, ["extract", str(SEEDS), "-o", str(out)], catch_exceptions=False)
    assert first.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    data["facts"][0]["status"] = "rejected"
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    second = runner.invoke(cli, ["extract", str(SEEDS), "-o", str(out)], catch_exceptions=False)
    assert second.exit_code == 0
    assert "1 kept with your decisions, 0 new" in second.output
    again = json.loads(out.read_text(encoding="utf-8"))
    assert again["facts"][0]["status"] == "rejected"
    assert (tmp_path / "facts.json.bak").exists()


def test_extract_command_refuses_a_broken_facts_file(tmp_path):
    out = tmp_path / "facts.json"
    out.write_text('{"format": "quizgen-facts",\n "version": 2}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 1
    assert "unsupported facts file version 2" in result.output
    assert out.read_text(encoding="utf-8") == '{"format": "quizgen-facts",\n "version": 2}'


def test_extract_command_prints_json_without_output(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(SEEDS)], catch_exceptions=False)
    assert json.loads(result.stdout)["format"] == "quizgen-facts"


def test_the_registry_checks_that_each_rule_runs_after_those_it_needs():
    from quizgen.extract import NEEDS, RULES, check_order

    check_order(RULES)  # the shipped order holds
    assert NEEDS["events"] == ("people",)
    events_first = sorted(RULES, key=lambda rule: rule[0] != "events")
    with pytest.raises(ValueError, match="'events' needs people"):
        check_order(events_first)
    with pytest.raises(ValueError, match="'declaration' needs people"):
        check_order([rule for rule in RULES if rule[0] != "people"])
