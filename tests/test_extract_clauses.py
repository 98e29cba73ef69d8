"""Event clauses: reported speech, years after "in", enumerations, dated reports."""

from __future__ import annotations

from .extract_helpers import events, extract, kind

DAY = "date 2019-02-08 OSAKA —\n\n"  # a Friday
YEAR = "This is an archived article that was published on in 2018, and may be outdated.\n\n"
TASS = "All news\n\nA title\n\nA summary line\n\nMOSCOW, February 8. /TASS/. "


def test_a_date_inside_reported_speech_dates_the_reported_clause():
    text = YEAR + (
        "Foreign Minister Taro Aso said some 40 fishermen would join the first voyage in May."
    )
    (event,) = kind(extract(text), "event")
    assert (event.get("date"), event.get("subject"), event.get("verb"), event.get("what")) == (
        "2018-05",
        "some 40 fishermen",
        "would join",
        "Some 40 fishermen would join the first voyage",
    )


def test_said_with_the_date_next_to_it_dates_the_saying():
    assert events(
        DAY + "Chief Cabinet Secretary Yoshihide Suga said Monday that the visit was postponed."
    ) == {"Yoshihide Suga said that the visit was postponed": "2019-02-04"}
    assert events(
        DAY + "Chief Cabinet Secretary Yoshihide Suga said on Monday the visit was postponed."
    ) == {"Yoshihide Suga said the visit was postponed": "2019-02-04"}


def test_said_then_a_phrase_without_a_verb_still_dates_the_saying():
    text = DAY + "The ministry said in a statement on Tuesday that the ferry was cancelled."
    assert events(text) == {
        "The ministry said in a statement that the ferry was cancelled": "2019-02-05"
    }


def test_in_and_a_year_dates_its_clause_and_keeps_an_enumeration_whole():
    text = DAY + "Soviet troops occupied Iturup, Kunashir, Shikotan and the Habomai islets in 1945."
    assert events(text) == {
        "Soviet troops occupied Iturup, Kunashir, Shikotan and the Habomai islets": "1945"
    }


def test_a_year_used_as_an_adjective_dates_nothing():
    assert events(DAY + "Officials quoted the 1956 declaration at length.") == {}


def test_a_report_whose_body_has_its_own_date_is_not_a_second_event():
    text = TASS + (
        "Sakhalin Governor Oleg Kozhemyako visited Nemuro on February 6, 2019, "
        "the regional government reported Friday."
    )
    assert events(text) == {"Oleg Kozhemyako visited Nemuro": "2019-02-06"}
