"""Property tests: arbitrary text never breaks ingestion, exports escape what they must."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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
