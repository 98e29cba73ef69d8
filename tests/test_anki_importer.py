"""How Anki's package importer decides update vs add, pinned by experiment (see docs/anki.md).

Each test imports small raw genanki packages into a real collection, so a future Anki that
changes these rules fails here before it silently breaks deck updates.
"""

from __future__ import annotations

from pathlib import Path

import genanki
import pytest
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizgen.questions.records import Question
from quizgen.render.anki import BASIC_NOTETYPE_ID, write_deck, write_package

T = 1_700_000_000
GUID = genanki.guid_for("exp-1")


def model(fields=("Front", "Back"), template="Card 1", css="") -> genanki.Model:
    return genanki.Model(
        BASIC_NOTETYPE_ID + 7,  # an experiment-only id
        "Experiment",
        fields=[{"name": f} for f in fields],
        templates=[
            {"name": template, "qfmt": "{{" + fields[0] + "}}", "afmt": "{{" + fields[1] + "}}"}
        ],
        css=css,
    )


def package(tmp_path: Path, name: str, mod: int, notes: dict[str, str], **model_args) -> Path:
    """A deck of notes (guid -> front text) whose notes and note type all carry ``mod``."""
    deck = genanki.Deck(1_234_567_890, "Experiment")
    m = model(**model_args)
    for guid, front in notes.items():
        deck.add_note(genanki.Note(model=m, fields=[front, "back"], guid=guid))
    path = tmp_path / f"{name}.apkg"
    write_package(genanki.Package(deck), path, timestamp=mod)  # write_to_file, minus its leak
    return path


@pytest.fixture
def col(tmp_path: Path):
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def run_import(col: Collection, path: Path) -> tuple[int, int, int, int]:
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    log = col.import_anki_package(request).log
    return len(log.new), len(log.updated), len(log.duplicate), len(log.conflicting)


def fronts(col: Collection) -> list[str]:
    return sorted(col.db.list("select flds from notes"))


def test_update_needs_a_strictly_newer_mod_time(col: Collection, tmp_path: Path) -> None:
    assert run_import(col, package(tmp_path, "v1", T, {GUID: "one"})) == (1, 0, 0, 0)
    assert run_import(col, package(tmp_path, "same", T, {GUID: "two"})) == (0, 0, 1, 0)
    assert run_import(col, package(tmp_path, "older", T - 50, {GUID: "two"})) == (0, 0, 1, 0)
    assert fronts(col) == ["one\x1fback"]  # a fixed build timestamp: edits never arrive
    assert run_import(col, package(tmp_path, "newer", T + 1, {GUID: "two"})) == (0, 1, 0, 0)
    assert fronts(col) == ["two\x1fback"]
    assert col.db.scalar("select mod from notes") == T + 1  # the incoming time is kept


def test_notes_match_by_guid_only_and_import_never_deletes(col: Collection, tmp_path: Path) -> None:
    run_import(col, package(tmp_path, "v1", T, {GUID: "one", "other-guid": "two"}))
    # Same first field under a new GUID: a second note, not a match.
    assert run_import(col, package(tmp_path, "v2", T + 1, {"third-guid": "one"})) == (1, 0, 0, 0)
    assert fronts(col) == ["one\x1fback", "one\x1fback", "two\x1fback"]


@pytest.mark.parametrize(
    "renamed", [{"fields": ("Prompt", "Back")}, {"template": "Forward"}], ids=["field", "template"]
)
def test_renaming_a_shipped_note_type_forks_it(col: Collection, tmp_path: Path, renamed) -> None:
    run_import(col, package(tmp_path, "v1", T, {GUID: "one"}))
    path = package(tmp_path, "v2", T + 1, {GUID: "edited", "new-guid": "new"}, **renamed)
    assert run_import(col, path) == (1, 0, 0, 1)  # the existing note is refused as conflicting
    names = sorted(m.name for m in col.models.all_names_and_ids() if m.name.startswith("Exp"))
    assert names == ["Experiment", "Experiment+"]  # the copy holds the new note
    assert fronts(col) == ["new\x1fback", "one\x1fback"]


def test_same_names_newer_note_type_updates_templates_in_place(
    col: Collection, tmp_path: Path
) -> None:
    run_import(col, package(tmp_path, "v1", T, {GUID: "one"}, css=".card {color: red}"))
    run_import(col, package(tmp_path, "v2", T + 1, {GUID: "one"}, css=".card {color: blue}"))
    (m,) = [m for m in col.models.all() if m["name"].startswith("Exp")]
    assert m["id"] == BASIC_NOTETYPE_ID + 7 and m["css"] == ".card {color: blue}"


def test_changed_card_css_reaches_anki_through_the_build_state(
    col: Collection, tmp_path: Path
) -> None:
    state, deck = tmp_path / "state.json", tmp_path / "deck.apkg"
    questions = [Question("q1", "who", "Who chaired the ferry board?", "Ola Finn")]
    write_deck(questions, deck, state_path=state, now=T)
    run_import(col, deck)
    custom = tmp_path / "mytemplates" / "anki"
    custom.mkdir(parents=True)
    (custom / "card.css").write_text(".card { font-size: 30px; }\n")
    write_deck(questions, deck, state_path=state, now=T + 60, template_dir=custom.parent)
    assert run_import(col, deck) == (0, 0, 1, 0)  # the note itself did not change
    css = col.models.get(BASIC_NOTETYPE_ID)["css"]
    assert css == ".card { font-size: 30px; }\n"
