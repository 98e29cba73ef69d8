"""`quizgen build` end to end: seeds -> decks, the curation loop, incremental rebuilds."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from click.testing import CliRunner

from quizgen.cli import cli
from quizgen.domain import load_domain
from quizgen.questions.records import QUESTION_TYPES

from .conftest import SEEDS

NEW_ARTICLE = """All news

Japan and Russia agree on fishing quotas near Kunashir

The two sides met for a third round of talks

MOSCOW, October 12. /TASS/. Japanese Foreign Minister Taro Kono held talks with Russian \
Foreign Minister Sergei Lavrov in Moscow on October 11, 2018, the Russian Foreign Ministry said.

The ministers agreed on joint fishing near Kunashir and Iturup, which Japan calls Kunashiri \
and Etorofu.

Russian Deputy Prime Minister Yuri Trutnev visited Shikotan on August 3, 2018.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def build(*args: str):
    result = CliRunner().invoke(cli, ["build", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def summary(*args: str) -> dict:
    return json.loads(build("--json", *args).stdout)


def anki_import(col: Collection, path: Path) -> None:
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    col.import_anki_package(request)


def guids(col: Collection) -> dict[str, int]:
    return dict(col.db.all("select guid, id from notes"))


def test_build_writes_every_output_and_reports(project: Path) -> None:
    result = build()
    assert "Articles:  5 (0 unchanged, not re-read)" in result.stdout
    names = sorted(p.name for p in (project / "decks").iterdir())
    assert names == [
        ".quizgen-cache.json",
        ".quizgen-outputs.json",
        ".quizgen.quizgen-state.json",
        "facts.json",
        "needs-review.json",
        "questions.json",
        "quiz.html",
        "quizgen.apkg",
    ]
    bank = json.loads((project / "decks" / "questions.json").read_text())["questions"]
    # only questions that pass every check; the rest wait in needs-review.json
    assert len(bank) >= 10
    # every type but matching (Kunashiri/Kunashir, Habomai/Khabomai give their pairs away) and
    # list: no seed sentence names the islands and their group at once, and "the five areas
    # of joint activities" says neither whose nor where; timeline (its events hold 'the four
    # islands' or a routine event); and cloze (each dated sentence adds its date after a
    # purpose, or ends a war: several dates)
    assert {q["type"] for q in bank} == set(QUESTION_TYPES) - {
        "matching",
        "list",
        "timeline",
        "cloze",
    }


def test_rebuild_with_nothing_changed_is_identical(project: Path) -> None:
    first = summary()
    texts = {
        n: (project / "decks" / n).read_bytes()
        for n in ("facts.json", "questions.json", "quiz.html")
    }
    second = summary()
    assert second["reused"] == 5 and second["added"] == [] and second["updated"] == []
    for name, content in texts.items():
        assert (project / "decks" / name).read_bytes() == content, name
    assert first["questions"] == second["questions"]


def sources_by_doc(facts_path: Path) -> dict[str, set[str]]:
    """Each document id with the ids of the facts it is a source of."""
    found: dict[str, set[str]] = {}
    for fact in json.loads(facts_path.read_text(encoding="utf-8"))["facts"]:
        for source in fact["sources"]:
            found.setdefault(source["doc"], set()).add(fact["id"])
    return found


def test_a_copied_article_is_its_own_source_in_cold_and_warm_builds(project: Path) -> None:
    # the cache is keyed by content: a copy under another name must not borrow the first's id
    shutil.copy(project / "seeds" / "004_cbdff0753e7a1d3e.txt", project / "seeds" / "copy.txt")
    build()
    cold = (project / "decks" / "facts.json").read_bytes()
    by_doc = sources_by_doc(project / "decks" / "facts.json")
    assert by_doc["copy"] == by_doc["004_cbdff0753e7a1d3e"] != set()
    assert summary()["reused"] == 6
    assert (project / "decks" / "facts.json").read_bytes() == cold


def test_a_damaged_cache_costs_only_extracting_again(project: Path) -> None:
    build()
    facts = (project / "decks" / "facts.json").read_bytes()
    cache_path = project / "decks" / ".quizgen-cache.json"
    cache = json.loads(cache_path.read_text(encoding="utf-8"))
    damaged = sorted(cache["documents"])[:2]
    cache["documents"][damaged[0]] = [["event", "k", "not fields", 0, []]]
    cache["documents"][damaged[1]] = [["event", "k", {}, 10_000, []]]  # no such sentence
    cache_path.write_text(json.dumps(cache), encoding="utf-8")
    assert summary()["reused"] == 3
    assert (project / "decks" / "facts.json").read_bytes() == facts
    assert summary()["reused"] == 5  # the cache was rewritten whole


def test_edited_and_rejected_facts_flow_into_deck_and_quiz(project: Path, tmp_path: Path) -> None:
    build()
    facts_path = project / "decks" / "facts.json"
    data = json.loads(facts_path.read_text())
    abe = next(f for f in data["facts"] if f["kind"] == "person" and f["name"] == "Shinzo Abe")
    abe.update(status="edited", role="Minister of Foreign Affairs")
    putin = next(
        f for f in data["facts"] if f["kind"] == "person" and f["name"] == "Vladimir Putin"
    )
    putin["status"] = "rejected"
    facts_path.write_text(json.dumps(data, indent=2))

    col = Collection(str(tmp_path / "col.anki2"))
    try:
        anki_import(col, project / "decks" / "quizgen.apkg")
        before = guids(col)
        report = summary("--count", "60")
        anki_import(col, project / "decks" / "quizgen.apkg")
        after = guids(col)
        assert report["updated"] and report["added"] == []
        assert set(after) == set(before)  # updated in place, nothing duplicated
        bank = json.loads((project / "decks" / "questions.json").read_text())["questions"]
        holder = next(q for q in bank if q["id"].startswith(f"{abe['id']}:person-"))
        assert "Minister of Foreign Affairs" in holder["prompt"]
        note = col.get_note(after[genanki.guid_for(holder["id"])])
        assert "Minister of Foreign Affairs" in note.fields[0]
    finally:
        col.close()
    bank = json.loads((project / "decks" / "questions.json").read_text())["questions"]
    assert not any(putin["id"] in q["fact_ids"] for q in bank)
    kept = json.loads(facts_path.read_text())
    assert (
        next(f for f in kept["facts"] if f["id"] == abe["id"])["role"]
        == "Minister of Foreign Affairs"
    )
    quiz = (project / "decks" / "quiz.html").read_text()
    assert "Vladimir Putin was Russia" not in quiz


def test_new_article_only_adds_notes(project: Path, tmp_path: Path) -> None:
    summary()
    col = Collection(str(tmp_path / "col.anki2"))
    try:
        anki_import(col, project / "decks" / "quizgen.apkg")
        before = guids(col)
        (project / "seeds" / "new_tass_article.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        second = summary()
        anki_import(col, project / "decks" / "quizgen.apkg")
        after = guids(col)
    finally:
        col.close()
    assert second["reused"] == 5 and second["articles"] == 6
    assert second["added"], "the new article should bring new questions"
    assert set(before) <= set(after)
    assert len(after) == len(before) + len(second["added"])


def test_removed_article_is_reported_and_retired(project: Path) -> None:
    build()
    (project / "seeds" / "002_76d55192bd7b0349.txt").unlink()  # the article most asked about
    report = summary()
    assert report["articles"] == 4
    assert report["retired"]


def test_bad_facts_file_fails_and_leaves_outputs(project: Path) -> None:
    build()
    decks = project / "decks"
    deck_before = (decks / "quizgen.apkg").read_bytes()
    (decks / "facts.json").write_text(
        '{"format": "quizgen-facts", "version": 1, "facts": [', encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "facts.json" in result.stderr
    assert (decks / "quizgen.apkg").read_bytes() == deck_before


def test_config_file_sets_deck_and_outputs(project: Path) -> None:
    (project / "quizgen.toml").write_text(
        'deck = "Kuril Islands"\noutput = "out"\ngift = true\ntsv = true\n'
    )
    build("-q")
    names = sorted(p.name for p in (project / "out").iterdir() if not p.name.startswith("."))
    assert names == [
        "facts.json",
        "kuril-islands.apkg",
        "needs-review.json",
        "questions.gift",
        "questions.json",
        "questions.tsv",
        "quiz.html",
    ]


def test_build_as_a_subprocess(project: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "quizgen", "build", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["articles"] == 5


def test_editing_quizgen_code_invalidates_the_cache(tmp_path: Path, monkeypatch) -> None:
    import quizgen.cache

    package = tmp_path / "quizgen"
    shutil.copytree(Path(quizgen.cache.__file__).parent, package)
    monkeypatch.setattr(quizgen.cache, "__file__", str(package / "cache.py"))
    domain = load_domain()
    before = quizgen.cache._cache_key(domain)
    assert quizgen.cache._cache_key(domain) == before
    rule = package / "extract" / "numbers.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# a rule edited in place\n")
    assert quizgen.cache._cache_key(domain) != before
