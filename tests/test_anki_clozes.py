"""Cloze questions on one sentence share one note (c1, c2, ...), imported with the real Anki
backend: the note and each cloze number stay fixed when a cloze joins or leaves the sentence,
so the cards already reviewed keep their history."""

from __future__ import annotations

from pathlib import Path

import genanki
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizgen.questions.records import Citation, Question
from quizgen.render.anki import write_deck
from quizgen.render.cloze_notes import group_clozes

DECK = "Harbor Talks"
T1, T2, T3 = 1_700_000_000, 1_700_086_400, 1_700_172_800
SENTENCE = "In May 2019 the ministers of Calder and Brena met in Port Selden for three days."
ARTICLE = Citation("a1", "Ministers meet in Port Selden", SENTENCE)


def cloze(qid: str, answer: str, sentence: str = SENTENCE, doc: str = "a1") -> Question:
    """A cloze question that blanks ``answer`` in ``sentence``."""
    citation = Citation(doc, ARTICLE.title, sentence)
    prompt = sentence.replace(answer, "_____", 1)
    return Question(
        qid,
        "cloze",
        prompt,
        answer,
        explanation=f"Answer: {answer}.",
        sources=(citation,),
        tags=("event",),
    )


def import_deck(col: Collection, path: Path):
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def note_cards(col: Collection, key: str) -> list[tuple[int, int, int, int]]:
    """(card id, cloze number, interval, reviews) of the note keyed ``key``."""
    return col.db.all(
        "select c.id, c.ord + 1, c.ivl, c.reps from cards c join notes n on c.nid = n.id "
        "where n.guid = ? order by c.ord",
        genanki.guid_for(key),
    )


def text_of(col: Collection, key: str) -> str:
    (nid,) = col.db.list("select id from notes where guid = ?", genanki.guid_for(key))
    return col.get_note(nid)["Text"]


def test_one_note_per_sentence_updates_in_place_and_keeps_reviews(tmp_path: Path) -> None:
    deck, state = tmp_path / "deck.apkg", tmp_path / ".state.json"
    place, days = cloze("q-place", "Port Selden"), cloze("q-days", "three")
    other = cloze("q-other", "Wren Island", "Ferries to Wren Island resume in June 2019.")
    report = write_deck([place, other, days], deck, deck_name=DECK, state_path=state, now=T1)
    assert report.added == ("q-other", "q-place") and report.notes == 2 and report.cards == 3
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        log = import_deck(col, deck)
        assert len(log.new) == 2 and col.card_count() == 3
        assert text_of(col, "q-place") == (
            "In May 2019 the ministers of Calder and Brena met in {{c1::Port Selden}} "
            "for {{c2::three}} days."
        )
        col.decks.select(col.decks.id_for_name(f"{DECK}::Dates"))
        for _ in range(3):  # review every card, each graduates to review
            col.sched.answerCard(col.sched.getCard(), 4)
        before = note_cards(col, "q-place")
        assert [(n, reps) for _, n, _, reps in before] == [(1, 1), (2, 1)]

        # v2: a cloze joins, earlier in the sentence: it takes the next number, c3.
        month = cloze("q-month", "May 2019")
        write_deck([place, other, days, month], deck, deck_name=DECK, state_path=state, now=T2)
        log = import_deck(col, deck)
        assert (len(log.new), len(log.updated)) == (0, 1)
        assert text_of(col, "q-place") == (
            "In {{c3::May 2019}} the ministers of Calder and Brena met in {{c1::Port Selden}} "
            "for {{c2::three}} days."
        )
        after = note_cards(col, "q-place")
        assert after[:2] == before  # same cards, same numbers, same schedule
        assert after[2][1:] == [3, 0, 0]  # the new cloze is a new card

        # v3: the note's first question leaves; the note keeps its key and the others their
        # numbers (c1's card is left empty for Anki's Empty Cards).
        report = write_deck([other, days, month], deck, deck_name=DECK, state_path=state, now=T3)
        assert report.updated == ("q-place",) and not report.retired
        log = import_deck(col, deck)
        assert (len(log.new), len(log.updated)) == (0, 1)
        assert text_of(col, "q-place") == (
            "In {{c3::May 2019}} the ministers of Calder and Brena met in Port Selden "
            "for {{c2::three}} days."
        )
        assert note_cards(col, "q-place")[1] == before[1]
        assert col.note_count() == 2
    finally:
        col.close()


def test_clozes_share_a_note_only_on_the_same_sentence_of_the_same_article() -> None:
    notes = group_clozes(
        [
            cloze("a", "Port Selden"),
            cloze("b", "Port Selden", SENTENCE.replace("three", "four")),  # another sentence
            cloze("c", "three", doc="b2"),  # same words, another article
            cloze("d", "Calder and Brena"),
            cloze("e", "Brena"),  # overlaps d: a note of its own
        ],
        {},
        (),
    )
    assert [(n.key, n.slots) for n in notes] == [
        ("d", ("d", "a")),
        ("b", ("b",)),
        ("c", ("c",)),
        ("e", ("e",)),
    ]


def test_cloze_numbers_come_from_the_previous_build() -> None:
    a, b, c = cloze("a", "Port Selden"), cloze("b", "three"), cloze("c", "May 2019")
    (first,) = group_clozes([a, b], {}, ())
    assert (first.key, first.slots) == ("a", ("a", "b"))
    (again,) = group_clozes([c, b], {"a": first.slots}, {"a"})
    assert (again.key, again.slots) == ("a", ("a", "b", "c"))
    assert [q.id for q in again.members] == ["c", "b"]  # sentence order
    (single,) = group_clozes([b, c], {}, {"c"})  # c had a note of its own: b joins it
    assert (single.key, single.slots) == ("c", ("c", "b"))
