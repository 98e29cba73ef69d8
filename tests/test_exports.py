"""GIFT, TSV and JSON exports of the question bank."""

from __future__ import annotations

import re

import pytest

from quizgen.errors import QuizgenError
from quizgen.questions import generate_questions
from quizgen.questions.records import Citation, Question
from quizgen.render import bank, gift, tsv

from .question_fixtures import domain, facts


@pytest.fixture(scope="module")
def questions():
    return generate_questions(facts(), domain(), seed=1)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a~b", r"a\~b"),
        ("x = y", r"x \= y"),
        ("#1", r"\#1"),
        ("{set}", r"\{set\}"),
        ("Note: it", r"Note\: it"),
        ("back\\slash", r"back\\slash"),
        ("two\nlines", r"two\nlines"),
    ],
)
def test_gift_escapes_every_special_character(text, escaped):
    assert gift.escape(text) == escaped


def _unescaped(block: str, char: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\\){re.escape(char)}", block)]


def test_gift_has_one_answer_block_per_question_and_no_stray_specials():
    hostile = Question(
        id="q:1",
        type="who",
        prompt="Who said {hello} = ~world #1: yes?",
        answer="A: B",
        explanation="x=y",
        sources=(Citation("d", "t", "q"),),
        fact_ids=("f",),
    )
    text = gift.to_gift([hostile])
    block = text.split("\n\n")[1].rstrip("\n")
    assert block == r"::q\:1::[html]Who said \{hello\} \= \~world \#1\: yes? {=A\: B####x\=y}"
    body = block[block.index("::", 2) + 2 :]
    assert len(_unescaped(body, "{")) == 1 and len(_unescaped(body, "}")) == 1


def test_gift_forms_per_type(questions):
    text = gift.to_gift(questions)
    blocks = text.strip().split("\n\n")[1:]
    assert len(blocks) == len(questions)
    for q, block in zip(questions, blocks, strict=True):
        assert block.startswith("::" + gift.escape(q.id) + "::")
        if q.type == "choice":
            assert (
                len(_unescaped(block, "~")) == 3 and block.count("=" + gift.escape(q.answer)) >= 1
            )
        if q.type == "truefalse":
            assert ("{TRUE" in block) == (q.answer == "True")
        if q.type == "matching":
            assert block.count("->") == len(q.pairs)
        if q.type == "cloze":
            assert "_____" not in block and "{=" + gift.escape(q.answer) in block


def test_tsv_two_clean_columns(questions):
    lines = tsv.to_tsv(questions).splitlines()
    assert len(lines) == len(questions)
    for q, line in zip(questions, lines, strict=True):
        front, back = line.split("\t")
        assert front == tsv._cell(tsv.front(q)) and back.startswith(tsv._cell(q.answer))


def test_gift_shows_markup_in_an_article_as_text():
    hostile = Question("q", "who", 'Who wrote <img src=x onerror="alert(1)">?', "<b>Ann</b>")
    block = gift.to_gift([hostile]).split("\n\n")[1]
    assert "<" not in block and '&lt;img src\\=x onerror\\="alert(1)"&gt;' in block
    assert "&lt;b&gt;Ann&lt;/b&gt;" in block


@pytest.mark.parametrize(
    ("answer", "cell"),
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+1", "'+1"),
        ("-2 degrees", "'-2 degrees"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ('the "Moscow" talks', '"the ""Moscow"" talks"'),
        ("plain", "plain"),
    ],
)
def test_tsv_cells_are_never_formulas_and_quotes_stay_in_their_cell(answer, cell):
    line = tsv.to_tsv([Question("q", "who", "Who?", answer)])
    assert line == f"Who?\t{cell}\n"


def test_json_bank_round_trips(questions):
    text = bank.to_json(questions)
    assert bank.from_json(text) == questions
    assert bank.to_json(bank.from_json(text)) == text
    first = __import__("json").loads(text)["questions"][0]
    assert {"id", "type", "prompt", "answer", "options", "explanation", "source", "tags"} <= set(
        first
    )


def test_json_bank_rejects_other_files():
    with pytest.raises(QuizgenError, match="line 1"):
        bank.from_json("{nope", "bank.json")
    with pytest.raises(QuizgenError, match="not a quizgen-questions"):
        bank.from_json('{"format": "other"}', "bank.json")


def test_tsv_imports_into_anki_one_note_per_question_with_every_character(tmp_path):
    """The official Anki backend reads the TSV back: a stray quote merges no rows."""
    import html

    anki_collection = pytest.importorskip("anki.collection")
    import anki.import_export_pb2 as ie

    hostile = [
        Question("q1", "who", '"Who opened the talks?', '=HYPERLINK("x")'),
        Question("q2", "who", 'Who said "yes"?', "Taro Kono"),
        Question("q3", "who", "Who\tleft?", "-Sergei Lavrov"),
    ]
    path = tmp_path / "questions.tsv"
    path.write_text(tsv.to_tsv(hostile), encoding="utf-8")
    col = anki_collection.Collection(str(tmp_path / "c.anki2"))
    try:
        metadata = col.get_csv_metadata(str(path), ie.CsvMetadata.TAB)
        col.import_csv(ie.ImportCsvRequest(path=str(path), metadata=metadata))
        notes = [
            html.unescape(flds).split("\x1f")
            for (flds,) in col.db.all("select flds from notes order by id")
        ]
    finally:
        col.close()
    assert notes == [
        ['"Who opened the talks?', '\'=HYPERLINK("x")'],
        ['Who said "yes"?', "Taro Kono"],
        ["Who left?", "'-Sergei Lavrov"],
    ]


def test_accepted_answers_with_a_comma_stay_one_answer_in_the_text_exports(questions):
    q = next(q for q in questions if q.accepted)
    q = q.__class__(**{**q.__dict__, "accepted": ("Minister of Foreign Affairs, Trade", "FM")})
    assert "(also: Minister of Foreign Affairs, Trade; FM)" in tsv.to_tsv([q])
