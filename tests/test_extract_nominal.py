"""Events a noun names with no verb of their own (made-up sentences in real reports' forms)."""

from __future__ import annotations

import pytest

from .extract_helpers import extract, kind

DAY = "date 2019-02-08 OSAKA —\n\n"  # a Friday


def dated(sentence: str) -> list[tuple[str, str]]:
    return [(f.get("date"), f.get("what")) for f in kind(extract(DAY + sentence), "event")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The envoys reviewed progress made following the Harbour Summit in Port Selden in "
            "November 2018 between the two trade ministers.",
            [("2018-11", "The Harbour Summit in Port Selden took place")],
        ),
        (
            "Due to the 2014 Calder invasion of Wren Island, trade between the two fell.",
            [("2014", "The Calder invasion of Wren Island took place")],
        ),
        (
            "Visit of Trade Minister Mara Voss of Calder to Port Selden from 20 to 23 January",
            [
                (
                    "2019-01-20/2019-01-23",
                    "The visit of Trade Minister Mara Voss of Calder to Port Selden took place",
                )
            ],
        ),
        (  # the month dates the visit, set apart from the clause: the nearest January
            "The ministers agreed to hold talks upon Mr. Brek’s visit to Port Selden in March.",
            [("2019-03", "Mr. Brek’s visit to Port Selden took place")],
        ),
    ],
)
def test_a_noun_phrase_with_a_date_is_an_event(sentence, expected):
    assert dated(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Mara Voss attended the 2018 Harbour Rally to Demand Free Ports in Port Selden.",
        "The Declaration of 1956 is still the basis of the talks.",
        "Citing exchanges, including the summit in December, Voss praised the trend.",
        "The officials welcomed the progress.",
        # the year dates the intervening (a verb), not the war
        "Calder would later intervene in the Brena Civil War from 1918 until 1922.",
    ],
)
def test_names_documents_and_months_in_passing_are_not_events(sentence):
    """A year inside a name dates nothing; "the summit in December" in passing leaves the year
    unsure; a document is no event."""
    assert [d for d in dated(sentence) if "took place" in d[1]] == []


def test_a_when_clause_after_a_date_is_dated_by_it_when_its_own_clause_is_not():
    assert dated(
        "Such a step has been overdue since 1951, when Calder declined to sign the pact."
    ) == [("1951", "Calder declined to sign the pact")]
    # the main clause takes the date when it can
    assert dated("The talks began in 1998, when Calder opened its port.") == [
        ("1998", "The talks began")
    ]


def test_a_heading_that_names_an_event_and_its_day():
    assert dated("Press Conference by the Press Secretary 23 January, 2019") == [
        ("2019-01-23", "The Press Conference by the Press Secretary took place")
    ]


def test_a_document_said_to_have_been_made_is_dated_but_its_name_alone_is_not():
    assert dated(
        "The envoys will build on past accords, including the agreement concluded in Port "
        "Selden in 2018."
    ) == [("2018", "The agreement was concluded in Port Selden")]
    assert dated("The Harbour Declaration of 1956 is the basis of the talks.") == []


def test_a_conflict_or_crisis_a_year_dates_and_a_demonstrative_subject():
    assert dated("The losses of both sides in the 1921 conflict were heavy.") == [
        ("1921", "The conflict took place")
    ]
    assert dated("That station was evacuated in January 1956 after an eruption.") == [
        ("1956-01", "That station was evacuated")
    ]
