"""Numbers and lists: what a quantity counts, what is skipped, enumerations with members."""

from __future__ import annotations

import pytest

from .extract_helpers import extract, kind

DAY = "date 2019-02-08\n\n"


def numbers(text: str) -> list[tuple]:
    return [
        (f.get("value"), f.get("what"), f.get("qualifier"))
        for f in sorted(kind(extract(DAY + text), "number"), key=lambda f: f.get("value"))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nearly 40 fishing boats were seized near Hokkaido.",
            [(40, "fishing boats that were seized near Hokkaido", "nearly")],
        ),
        (
            "Officials signed 12 documents for cooperation in Tokyo.",
            [(12, "documents for cooperation", None)],
        ),
        ("Japan offered a six-point economic plan.", [(6, "points of the economic plan", None)]),
        (
            "Some 3,000 Russians live on Shikotan.",
            [(3000, "Russians who live on Shikotan", "some")],
        ),
        ("The deal covers ten areas of trade.", [(10, "areas of trade", None)]),
    ],
)
def test_counted_noun_phrases(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two countries never signed a treaty.",
        "Both sides held two-plus-two talks.",
        "Article 9 of the constitution bans war.",
        "The talks took place on March 20, 2017.",
        "It was the second round of talks in 2018.",
        "One of the officials left.",
    ],
)
def test_identifiers_dates_and_the_parties_are_skipped(text):
    assert numbers(text) == []


def test_two_of_the_four_gives_both_counts():
    assert numbers("Moscow was ready to hand over two of the four islands.") == [
        (2, "of the four islands", None),
        (4, "islands", None),
    ]


def lists(text: str) -> list[dict]:
    return [f.fields for f in kind(extract(DAY + text), "list")]


def test_counted_list_after_a_dash():
    found = lists(
        "Both sides agreed on cooperation in three fields — fisheries, tourism and medicine, officials said."
    )
    assert found == [
        {
            "what": "fields of cooperation",
            "members": ["fisheries", "tourism", "medicine"],
            "count": 3,
            "stated_count": 3,
        }
    ]


def test_including_list_takes_its_head():
    found = lists(
        "The ministries chose several pilot projects, including fish farming, wind power and package tours."
    )
    assert found == [
        {
            "what": "several pilot projects",
            "members": ["fish farming", "wind power", "package tours"],
            "count": 3,
            "stated_count": None,
        }
    ]


def test_the_plan_includes_names_the_plan_from_before():
    text = (
        "Japan drafted a five-point recovery plan. The plan includes road repairs, new clinics, "
        "school meals, as well as cheaper flights."
    )
    (found,) = lists(text)
    assert found["what"] == "items of the five-point recovery plan"
    assert found["members"] == ["road repairs", "new clinics", "school meals", "cheaper flights"]
    assert found["stated_count"] == 5


def test_two_members_are_not_a_list():
    assert lists("They discussed issues such as fishing and visas.") == []


def test_group_of_twenty_is_a_name_not_a_count():
    text = "date 2019-02-08\n\nThe leaders will meet at the Group of 20 summit in Osaka."
    assert kind(extract(text), "number") == []


def test_two_coordinated_nouns_are_counted_together():
    text = "date 2019-02-08\n\nA party of 45 Russian scientists and engineers toured Nemuro."
    ((value, what),) = [(f.get("value"), f.get("what")) for f in kind(extract(text), "number")]
    assert (value, what) == (45, "Russian scientists and engineers")
