"""Every command takes the same path: in a curated folder, the per-stage commands agree with
`quizgen build` (same notes, GUIDs and options, rejected facts absent)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from click.testing import CliRunner

from quizgen.cli import cli

from .conftest import SEEDS


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stderr


def notes(package: Path, tmp: Path) -> list[tuple[str, str, str]]:
    """(guid, fields, tags) of every live note (not retired), as the official Anki backend
    imports them."""
    col = Collection(str(tmp / f"{package.stem}.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(package), options=ImportAnkiPackageOptions()
        )
        col.import_anki_package(request)
        rows = col.db.all("select guid, flds, tags from notes")
        return sorted(row for row in rows if "quizgen::retired" not in row[2])
    finally:
        col.close()


def bank(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["questions"]


@pytest.fixture
def curated(tmp_path: Path, monkeypatch) -> dict[str, str]:
    """A folder built once, then curated: one asked fact rejected, one person fact edited."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    run("build")
    asked = {fact_id for q in bank(Path("decks/questions.json")) for fact_id in q["fact_ids"]}
    facts_path = Path("decks/facts.json")
    data = json.loads(facts_path.read_text(encoding="utf-8"))
    rejected = next(f for f in data["facts"] if f["id"] in asked and f["kind"] == "event")
    rejected["status"] = "rejected"
    edited = next(f for f in data["facts"] if f["id"] in asked and f["kind"] == "person")
    edited.update(status="edited", role="Chief Cabinet Secretary")
    facts_path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return {"rejected": rejected["id"], "edited": edited["id"]}


@pytest.mark.parametrize("paths", [(), ("seeds",)], ids=["facts file", "articles and facts file"])
def test_every_command_agrees_with_build(curated, tmp_path, paths):
    Path("own").mkdir()
    stderr = run("questions", *paths, "--format", "json", "-o", "own/questions.json")
    assert "decks/facts.json (--fresh to ignore it)" in stderr
    run("anki", *paths, "-o", "own/deck.apkg")
    run("quiz", *paths, "-o", "own/quiz.html")
    extracted = CliRunner().invoke(cli, ["extract", *paths], catch_exceptions=False).stdout
    run("build")

    built, own = bank(Path("decks/questions.json")), bank(Path("own/questions.json"))
    assert own == built
    assert all(curated["rejected"] not in q["fact_ids"] for q in built)
    edited = [q for q in built if curated["edited"] in q["fact_ids"] and q["type"] == "role"]
    assert edited and all("Chief Cabinet Secretary" in q["answer"] for q in edited)
    assert notes(Path("own/deck.apkg"), tmp_path) == notes(Path("decks/quizgen.apkg"), tmp_path)
    assert Path("own/quiz.html").read_bytes() == Path("decks/quiz.html").read_bytes()
    assert extracted == Path("decks/facts.json").read_text(encoding="utf-8")


def test_fresh_ignores_the_decisions(curated):
    stderr = run("questions", "--fresh", "--format", "json", "-o", "fresh.json")
    assert "decisions" not in stderr
    assert any(curated["rejected"] in q["fact_ids"] for q in bank(Path("fresh.json")))


def test_an_unchanged_rebuild_rewrites_nothing(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    pytest.importorskip("weasyprint")
    run("build", "--pdf")
    before = {p.name: p.stat().st_mtime_ns for p in Path("decks").iterdir()}
    assert "quiz.pdf" in before
    result = CliRunner().invoke(cli, ["build", "--pdf"], catch_exceptions=False)
    assert "nothing changed" in result.stdout
    assert {p.name: p.stat().st_mtime_ns for p in Path("decks").iterdir()} == before


def test_outputs_of_an_earlier_configuration_are_removed_or_kept(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    run("build", "--gift")
    result = CliRunner().invoke(cli, ["build", "--versions", "2", "--keep-stale"])
    assert "Stale:     decks/questions.gift\n           decks/quiz.html\n" in result.stdout
    assert "kept (--keep-stale)" in result.stdout
    assert Path("decks/quiz.html").exists() and Path("decks/questions.gift").exists()
    result = CliRunner().invoke(cli, ["build", "--versions", "2"])
    assert "removed" in result.stdout
    assert not Path("decks/quiz.html").exists() and not Path("decks/questions.gift").exists()
    assert Path("decks/quiz-A.html").exists() and Path("decks/quiz-B.html").exists()
    Path("decks/notes.txt").write_text("mine")
    run("build")  # files quizgen did not write are never touched
    assert Path("decks/notes.txt").read_text() == "mine"
    assert not Path("decks/quiz-A.html").exists()


def test_json_summary_counts_without_rejected_facts(curated):
    data = json.loads(CliRunner().invoke(cli, ["build", "--json"]).stdout)
    assert data["rejected"] == 1
    assert data["curation"] == {"kept": 2, "added": 0, "dropped": 0, "orphaned": 0}
    facts = json.loads(Path("decks/facts.json").read_text(encoding="utf-8"))["facts"]
    assert sum(data["facts"].values()) == len(facts) - 1


def test_sources_are_named_by_title_or_first_words_and_date(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    run("build")
    key = Path("decks/quiz.html").read_text(encoding="utf-8")
    assert "_cf4e548c198d2a7b" not in key and "_65fbbc9985a4bb6b" not in key
    titles = {s["title"] for q in bank(Path("decks/questions.json")) for s in q["sources"]}
    date = r"(\d{1,2} [A-Z][a-z]+( \d{4})?|[A-Z][a-z]+ \d{4}|\d{4})"
    assert all(re.search(rf", {date}$", t) for t in titles), titles
    assert any(
        t.startswith("“Prime Minister Shinzo Abe") and t.endswith(", 6 September 2017")
        for t in titles
    )
