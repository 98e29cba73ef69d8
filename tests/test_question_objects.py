"""What an act was done to, asked as "What did X sign in 1941?" (quizgen.questions.objects)."""

from __future__ import annotations

import pytest

from quizgen.facts import FactSet
from quizgen.questions import generate_questions, load_rules
from quizgen.questions.objects import act_object, verb_phrase
from tests.question_fixtures import domain, facts, make

LANGUAGE = load_rules().language


@pytest.mark.parametrize(
    ("verb", "rest", "expected"),
    [
        ("signed", "a nonaggression pact", ("a nonaggression pact", "")),
        ("signed", "an historic joint statement", ("a joint statement", "")),  # no praise
        ("reached", "a ceasefire agreement in Lena", ("a ceasefire agreement", "in Lena")),
        ("inked", "a friendship declaration", ("a friendship declaration", "")),
        ("approved", "a treaty with Brena by 71 votes", ("a treaty with Brena", "by 71 votes")),
        ("signed", "the Harwick Accord in Lena", ("the Harwick Accord", "in Lena")),
        ("unilaterally annexed", "the Skarn region of Brena", ("the Skarn region of Brena", "")),
        ("declared", "a state of emergency in Lena", ("a state of emergency", "in Lena")),
        ("had established", "the summer station, Port Wren", ("the summer station, Port Wren", "")),
        (
            "put forward",
            "a five-point plan to end the row",
            ("a five-point plan", "to end the row"),
        ),
        (
            "ratified",
            "the border treaty, which ends the war",
            ("the border treaty", ""),
        ),  # told by the aside
    ],
)
def test_the_object_of_an_act_is_its_noun_phrase(verb, rest, expected):
    assert act_object(verb, rest, LANGUAGE) == expected


@pytest.mark.parametrize(
    ("verb", "rest"),
    [
        ("held", "talks with Ilan Brek"),  # no act whose object is the point
        ("was signed", "in Lena"),  # passive: the subject is the thing signed
        ("will sign", "a pact"),  # not done
        ("signed", "it in Lena"),  # names nothing
        ("opened", "an office in Lena"),  # says too little to remember
        ("declared", "war on Calder"),
        ("signed", "the"),  # cut mid-phrase
        ("signed", "a ten-year quota pact of the five northern coastal states of Brena"),
        ("seized", "Wren, Skarn, Lena and the Harwick islets"),  # one item of a list
        ("signed", "a pact drafted by the Calder government"),  # cut inside its description
    ],
)
def test_no_object_where_the_clause_states_none_to_ask(verb, rest):
    assert act_object(verb, rest, LANGUAGE) == ("", "")


def test_verb_phrase_drops_adverbs_and_the_perfect():
    assert verb_phrase("formally ratified", LANGUAGE) == "ratify"
    assert verb_phrase("had put forward", LANGUAGE) == "put forward"
    assert verb_phrase("was annexed", LANGUAGE) == ""


def _object_questions(*events: tuple[str, str, str]) -> list[tuple[str, str]]:
    """The object questions of made-up events (date, verb, rest) by Taro Kono."""
    made = [
        make(
            "event",
            [date, rest],
            "c",
            f"Taro Kono {verb} {rest} on {date}.",
            date=date,
            date_text=date,
            what=f"Taro Kono {verb} {rest}",
            subject="Taro Kono",
            verb=verb,
            rest=rest,
            where=None,
            inferred=False,
        )
        for date, verb, rest in events
    ]
    base = facts()
    questions = generate_questions(FactSet(base.documents, (*base.facts, *made)), domain())
    ids = {event.id for event in made}
    return [(q.prompt, q.answer) for q in questions if q.asks == "object" and q.fact_ids[0] in ids]


def test_what_a_named_subject_signed_is_asked_with_the_date():
    assert _object_questions(("2019-05-20", "signed", "the Harwick Accord in Lena")) == [
        ("What did Taro Kono sign in Lena on 20 May 2019?", "the Harwick Accord")
    ]


def test_what_an_agreeing_verb_gives_away_is_asked_as_its_kind():
    assert _object_questions(("2019-05-20", "reached", "a ceasefire agreement in Lena")) == [
        (
            "What kind of agreement did Taro Kono reach in Lena on 20 May 2019?",
            "a ceasefire agreement",
        )
    ]


def test_two_things_signed_the_same_day_give_no_object_question():
    assert (
        _object_questions(
            ("2019-05-20", "signed", "the Harwick Accord in Lena"),
            ("2019-05-20", "signed", "a fishery deal in Lena"),
        )
        == []
    )


def test_where_is_not_asked_of_a_place_that_belongs_to_a_noun():
    from tests.test_questions import _partner_prompts

    talks = _partner_prompts("talks on fishing quotas in Sochi", asks="event-where")
    assert talks == [("Where did Taro Kono hold talks on fishing quotas on 20 May 2019?", "Sochi")]
    # the ceasefire's place, not the agreeing's
    agreed = _partner_prompts("on a ceasefire in Sochi", verb="agreed", asks="event-where")
    assert agreed == []


def test_a_ceasefire_is_one_of_several_and_needs_its_occasion():
    from tests.test_questions import _partner_prompts

    assert _partner_prompts("on a ceasefire in Sochi", verb="agreed", asks="event-when") == []
