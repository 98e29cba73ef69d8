"""Anki decks: written with genanki, imported with the official Anki backend."""

from __future__ import annotations

import html
import re
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizgen.errors import QuizgenError
from quizgen.questions.records import Citation, Question
from quizgen.render.anki import (
    BASIC_NOTETYPE_ID,
    NOTE_TYPES,
    RETIRED_TAG,
    write_deck,
)

DECK = "Harbor Talks"
T1, T2, T3 = 1_700_000_000, 1_700_086_400, 1_700_172_800

ARTICLE_A = Citation(
    "a1", "Ministers meet in Port Selden", "The talks opened on 3 May 2019 in Port Selden."
)
ARTICLE_B = Citation(
    "b2", "Fish & ferries", "Ferries to Wren Island <script>alert(1)</script> resume."
)


def questions() -> list[Question]:
    """One question of every type, from two articles written for these tests."""
    return [
        Question(
            "q-who",
            "who",
            "Who led the delegation from Calder to Port Selden?",
            "Mara Voss",
            accepted=("Voss",),
            sources=(ARTICLE_A,),
            tags=("person",),
            fact_ids=("per-0000000001",),
        ),
        Question(
            "q-role",
            "role",
            "What post does Ilan Brek hold?",
            "Fisheries minister",
            sources=(ARTICLE_B,),
            fact_ids=("per-0000000002",),
        ),
        Question(
            "q-when",
            "when",
            "When did the talks open in Port Selden?",
            "3 May 2019",
            explanation="The first round lasted two days.",
            sources=(ARTICLE_A,),
            fact_ids=("eve-0000000003",),
        ),
        Question(
            "q-cloze",
            "cloze",
            "Ferries to _____ <script>alert(1)</script> resume & run {{c2::now}} [sound:x.mp3].",
            "Wren Island",
            cloze="Ferries to {{c1::Wren Island}} <script>alert(1)</script> resume & run "
            "{{c2::now}} [sound:x.mp3].",
            sources=(ARTICLE_B,),
            fact_ids=("pla-0000000004",),
        ),
        Question(
            "q-choice",
            "choice",
            "Which port hosted the first round?",
            "Port Selden",
            options=("Port Arden", "Port Selden", "Calder Bay", "Wren Harbor"),
            sources=(ARTICLE_A,),
        ),
        Question(
            "q-list",
            "list",
            "Name the three ferry routes that resume.",
            "",
            items=("Wren - Selden", "Wren - Arden", "Calder - Selden"),
            sources=(ARTICLE_B,),
            fact_ids=("lis-0000000005",),
        ),
        Question(
            "q-timeline",
            "timeline",
            "Put these steps in order.",
            "",
            items=("Talks open", "Ferries resume", "Accord signed"),
            sources=(ARTICLE_A, ARTICLE_B),
        ),
        Question(
            "q-match",
            "matching",
            "Match each island's local name with its charted name.",
            "",
            pairs=(("Wrenholm", "Wren Island"), ("Sel", "Selden Rock")),
            sources=(ARTICLE_B,),
            tags=("islands",),
        ),
        Question(
            "q-tf",
            "truefalse",
            "True or false: the talks opened in Calder.",
            "False",
            explanation="They opened in Port Selden.",
            sources=(ARTICLE_A,),
        ),
        # These two would make blank cards: skipped and reported.
        Question("q-blank", "who", "   ", "Mara Voss"),
        Question("q-nocloze", "cloze", "x", "y", cloze="Ferries to Wren Island resume."),
    ]


def open_collection(tmp_path: Path) -> Collection:
    return Collection(str(tmp_path / "collection.anki2"))


def import_deck(col: Collection, path: Path):
    """Import like Anki's import dialog with default options; return the import log."""
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def visible_text(html: str) -> str:
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", "", html).strip()


def note_for(col: Collection, question_id: str):
    (nid,) = col.db.list("select id from notes where guid = ?", genanki.guid_for(question_id))
    return col.get_note(nid)


def test_deck_imports_cleanly(tmp_path: Path) -> None:
    report = write_deck(questions(), tmp_path / "deck.apkg", deck_name=DECK, now=T1)
    assert (report.notes, report.cards) == (9, 10)  # the matching note also has a reversed card
    assert report.skipped == (
        ("q-blank", "empty prompt"),
        ("q-nocloze", "cloze needs one blank and a non-empty answer"),
    )
    assert len(report.added) == 9 and report.updated == report.unchanged == report.retired == ()

    col = open_collection(tmp_path)
    try:
        log = import_deck(col, tmp_path / "deck.apkg")
        assert (len(log.new), len(log.updated), len(log.conflicting)) == (9, 0, 0)
        assert (col.note_count(), col.card_count()) == (9, 10)
        cards = [col.get_card(cid) for cid in col.find_cards("")]
        assert all(visible_text(c.question()) for c in cards)
        firsts = [col.get_note(nid).fields[0] for nid in col.find_notes("")]
        assert len(set(firsts)) == len(firsts)

        names = {d.name for d in col.decks.all_names_and_ids()}
        assert names == {"Default", DECK} | {
            f"{DECK}::{sub}"
            for sub in ("People", "Dates", "Places", "Choice", "Lists", "Islands", "True or false")
        }
        assert {n.name for n in col.models.all_names_and_ids()} >= {
            nt.name for nt in NOTE_TYPES.values()
        }

        who = note_for(col, "q-who")
        assert who.note_type()["id"] == BASIC_NOTETYPE_ID
        assert sorted(who.tags) == [  # one tree; the article by its title, not its id
            "quizgen::article::ministers-meet-in-port-selden",
            "quizgen::kind::person",
            "quizgen::type::who",
        ]
        assert col.decks.name(who.cards()[0].did) == f"{DECK}::People"

        cloze = note_for(col, "q-cloze").cards()[0]
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in cloze.question()
        assert "<script" not in cloze.question() and "<script" not in cloze.answer()
        assert "resume &amp; run " in cloze.question()
        assert "[...]" in visible_text(cloze.question())
        # Article text is never Anki markup: no second cloze card, no sound attached.
        assert len(note_for(col, "q-cloze").cards()) == 1
        assert "{{c2::now}} [sound:x.mp3]" in html.unescape(visible_text(cloze.question()))
        assert "Wren Island" in visible_text(cloze.answer())

        choice = note_for(col, "q-choice").cards()[0]
        assert visible_text(choice.question()).count("Port") == 2
        assert '<li class="correct">Port Selden</li>' in choice.answer()

        match = note_for(col, "q-match")
        forward, reverse = sorted(match.cards(), key=lambda c: c.ord)
        assert "Wrenholm" in forward.question() and "Wren Island" not in forward.question()
        assert "Wren Island" in reverse.question() and "Wrenholm" not in reverse.question()
        assert col.decks.name(forward.did) == f"{DECK}::Islands"
        assert "other way round" in visible_text(reverse.question())
        assert "other way round" not in visible_text(forward.question())
        timeline = note_for(col, "q-timeline")
        assert '<ol class="items"><li>Talks open</li>' in timeline["Items"]
        # The front shows every event, out of order: the card can be answered.
        front = visible_text(timeline.cards()[0].question())
        events = ("Talks open", "Ferries resume", "Accord signed")
        assert all(event in front for event in events)
        assert sorted(events, key=front.index) != list(events)
    finally:
        col.close()


def card_schedule(col: Collection, question_id: str) -> list[tuple[int, int, int, int, int]]:
    return col.db.all(
        "select c.id, c.due, c.ivl, c.type, c.reps from cards c join notes n on c.nid = n.id "
        "where n.guid = ? order by c.ord",
        genanki.guid_for(question_id),
    )


def test_rebuild_updates_in_place_and_keeps_reviews(tmp_path: Path) -> None:
    deck, state = tmp_path / "deck.apkg", tmp_path / ".quizgen-state.json"
    v1 = questions()
    write_deck(v1, deck, deck_name=DECK, state_path=state, now=T1)
    col = open_collection(tmp_path)
    try:
        import_deck(col, deck)
        reviewed = []
        for sub in ("People", "Dates"):  # two cards each; People holds the note v2 edits
            col.decks.select(col.decks.id_for_name(f"{DECK}::{sub}"))
            for _ in range(2):
                card = col.sched.getCard()
                col.sched.answerCard(card, 4)  # "Easy": graduates straight to review
                reviewed.append(card.id)
        schedule = col.db.all("select id, due, ivl, type, reps from cards where reps > 0")
        assert sorted(row[0] for row in schedule) == sorted(reviewed)
        assert all(ivl > 0 and ctype == 2 for _, _, ivl, ctype, _ in schedule)  # in review
        assert card_schedule(col, "q-who")[0][0] in reviewed  # the note v2 edits has history
        revlog = col.db.all("select id, cid, ease from revlog order by id")
        assert len(revlog) == 4
        who_id = note_for(col, "q-who").id

        # v2: q-who edited, q-new added, q-tf removed (its article was dropped).
        v2 = [q for q in v1 if q.id != "q-tf"]
        v2[0] = replace(v2[0], prompt="Who led the Calder delegation to Port Selden in May?")
        v2.append(Question("q-new", "who", "Who chaired the ferry board?", "Ola Finn"))
        report = write_deck(v2, deck, deck_name=DECK, state_path=state, now=T2)
        assert report.added == ("q-new",)
        assert report.updated == ("q-who",)
        assert report.retired == ("q-tf",)
        assert len(report.unchanged) == 7
        assert report.notes == 10  # nine live notes and the retired one carried once more

        log = import_deck(col, deck)
        assert (len(log.new), len(log.updated), len(log.duplicate)) == (1, 2, 7)
        assert len(log.conflicting) == 0
        assert col.note_count() == 10 and col.card_count() == 11
        who = note_for(col, "q-who")
        assert who.id == who_id
        assert who["Front"] == "Who led the Calder delegation to Port Selden in May?"
        assert note_for(col, "q-new")["Back"] == "Ola Finn"
        assert col.find_notes(f"tag:{RETIRED_TAG}") == [note_for(col, "q-tf").id]
        firsts = [col.get_note(nid).fields[0] for nid in col.find_notes("")]
        assert len(set(firsts)) == len(firsts)
        assert col.db.all("select id, due, ivl, type, reps from cards where reps > 0") == schedule
        assert col.db.all("select id, cid, ease from revlog order by id") == revlog

        # v3 (same questions as v2): nothing changes; the retired question is dropped for good.
        report = write_deck(v2, deck, deck_name=DECK, state_path=state, now=T3)
        assert (report.added, report.updated, report.retired, report.notes) == ((), (), (), 9)
        log = import_deck(col, deck)
        assert (len(log.new), len(log.updated), len(log.duplicate)) == (0, 0, 9)
        assert col.note_count() == 10  # Anki never deletes: the retired note waits for the user
    finally:
        col.close()


# --- without Anki: the build state and the package contents ------------------------------


def package_notes(path: Path, tmp_path: Path) -> dict[str, tuple[int, str, str]]:
    """guid -> (mod, fields, tags) read straight from the package's collection."""
    with zipfile.ZipFile(path) as z:
        z.extract("collection.anki2", tmp_path / "unzipped")
    db = sqlite3.connect(tmp_path / "unzipped" / "collection.anki2")
    try:
        return {
            g: (m, f, t) for g, m, f, t in db.execute("select guid, mod, flds, tags from notes")
        }
    finally:
        db.close()


def test_mod_times_move_exactly_when_content_changes(tmp_path: Path) -> None:
    deck, state = tmp_path / "deck.apkg", tmp_path / "state.json"
    qs = questions()
    write_deck(qs, deck, state_path=state, now=T1)
    changed = [replace(qs[0], answer="M. Voss"), *qs[1:]]
    report = write_deck(changed, deck, state_path=state, now=T1)  # same second as the first build
    assert report.updated == ("q-who",)
    notes = package_notes(deck, tmp_path)
    assert notes[genanki.guid_for("q-who")][0] == T1 + 1  # strictly newer even in the same second
    assert {mod for guid, (mod, _, _) in notes.items() if guid != genanki.guid_for("q-who")} == {T1}

    report = write_deck(changed, deck, state_path=state, now=T2)
    assert len(report.unchanged) == 9 and report.updated == ()
    assert package_notes(deck, tmp_path)[genanki.guid_for("q-who")][0] == T1 + 1


def test_same_input_same_package_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "one.apkg", tmp_path / "two.apkg"
    write_deck(questions(), first, now=T1)
    write_deck(questions(), second, now=T1)
    assert first.read_bytes() == second.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.apkg", "two.apkg"]  # no leftovers


def test_flat_deck_and_guids(tmp_path: Path) -> None:
    deck = tmp_path / "flat.apkg"
    write_deck(questions(), deck, deck_name="Solo", flat=True, now=T1)
    notes = package_notes(deck, tmp_path)
    assert set(notes) == {genanki.guid_for(q.id) for q in questions()[:9]}
    db = sqlite3.connect(tmp_path / "unzipped" / "collection.anki2")
    try:
        (dids,) = db.execute("select group_concat(distinct did) from cards").fetchone()
    finally:
        db.close()
    assert len(dids.split(",")) == 1


def test_duplicate_question_ids_are_refused(tmp_path: Path) -> None:
    qs = questions()
    with pytest.raises(QuizgenError, match="two questions share the id 'q-who'"):
        write_deck([qs[0], replace(qs[1], id="q-who")], tmp_path / "deck.apkg", now=T1)
    assert not (tmp_path / "deck.apkg").exists()


def test_failed_write_keeps_previous_deck_and_state(tmp_path: Path, monkeypatch) -> None:
    deck, state = tmp_path / "deck.apkg", tmp_path / "state.json"
    write_deck(questions(), deck, state_path=state, now=T1)
    before = (deck.read_bytes(), state.read_text())

    def broken(self, cursor, timestamp, id_gen):
        raise OSError("disk full")

    monkeypatch.setattr(genanki.Package, "write_to_db", broken)
    with pytest.raises(QuizgenError, match="Cannot write .*deck.apkg: disk full"):
        write_deck(questions()[:3], deck, state_path=state, now=T2)
    assert (deck.read_bytes(), state.read_text()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.apkg", "state.json"]


def test_retired_question_that_returns_is_added_back(tmp_path: Path) -> None:
    deck, state = tmp_path / "deck.apkg", tmp_path / "state.json"
    qs = questions()
    write_deck(qs, deck, state_path=state, now=T1)
    without_tf = [q for q in qs if q.id != "q-tf"]
    assert write_deck(without_tf, deck, state_path=state, now=T2).retired == ("q-tf",)
    tf = package_notes(deck, tmp_path / "v2")[genanki.guid_for("q-tf")]
    assert (tf[0], RETIRED_TAG in tf[2].split()) == (T2, True)

    report = write_deck(qs, deck, state_path=state, now=T3)
    assert (report.added, report.updated, report.retired) == (("q-tf",), (), ())
    tf = package_notes(deck, tmp_path / "v3")[genanki.guid_for("q-tf")]
    assert (tf[0], RETIRED_TAG in tf[2].split()) == (T3, False)  # newer, so Anki drops the tag


def test_removed_question_without_previous_package_is_reported(tmp_path: Path) -> None:
    deck, state = tmp_path / "deck.apkg", tmp_path / "state.json"
    write_deck(questions(), deck, state_path=state, now=T1)
    deck.unlink()
    report = write_deck(questions()[1:], deck, state_path=state, now=T2)
    assert report.retired == ()
    assert report.skipped[-1] == (
        "q-who",
        f"removed, but its note is not in {deck.resolve()} to retire it",
    )


def test_unreadable_state_says_how_to_recover(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    state.write_text('{"version": 1, "notes": ')
    with pytest.raises(QuizgenError, match=r"unreadable build state .* delete the file"):
        write_deck(questions(), tmp_path / "deck.apkg", state_path=state, now=T1)
