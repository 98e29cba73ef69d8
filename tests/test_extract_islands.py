"""Islands, declaration: names in both languages, group names and their users, the offer."""

from __future__ import annotations

from .extract_helpers import extract, kind

DAY = "date 2019-02-08\n\n"


def islands(text: str) -> list[dict]:
    return [f.fields for f in kind(extract(DAY + text), "islands")]


def test_russian_names_in_order_with_the_group_and_its_user():
    found = islands(
        "Moscow controls Kunashir, Iturup, Shikotan and the Khabomai islets, part of Russia's Southern Kurils."
    )
    lists = [f for f in found if f["form"] == "list"]
    assert lists == [
        {
            "form": "list",
            "members": ["kunashiri", "etorofu", "shikotan", "habomai"],
            "names": ["Kunashir", "Iturup", "Shikotan", "Khabomai islets"],
            "group": "Southern Kurils",
            "used_by": "Russia",
        }
    ]


def test_japanese_names_and_a_naming_sentence():
    found = islands(
        "Etorofu and Kunashiri belong to the islands Japan calls the Northern Territories."
    )
    naming = [f for f in found if f["form"] == "naming"]
    assert naming == [
        {
            "form": "naming",
            "members": ["etorofu", "kunashiri", "shikotan", "habomai"],
            "names": [],
            "group": "Northern Territories",
            "used_by": "Japan",
        }
    ]


def test_called_x_in_russia_and_y_in_japan_gives_both_users():
    found = islands(
        "They are known as the Southern Kurils in Russia and the Northern Territories in Japan."
    )
    assert [(f["group"], f["used_by"]) for f in found] == [
        ("Southern Kurils", "Russia"),
        ("Northern Territories", "Japan"),
    ]


def test_group_name_without_a_user_is_no_naming_fact():
    assert islands("Japanese tourists visited the Kuril Islands.") == []


def test_declaration_with_named_islands_and_pledge():
    text = DAY + (
        "Moscow has reaffirmed its commitment to the 1956 Joint Declaration, under which the Soviet "
        "Union promised to give Japan Shikotan and the Habomai islets."
    )
    (fact,) = kind(extract(text), "declaration")
    assert (
        fact.get("content")
        == "the Soviet Union promised to give Japan Shikotan and the Habomai islets"
    )
    assert fact.get("offered") == ["shikotan", "habomai"]
    assert fact.get("pledge") is None  # Moscow is a city, not a country: no pledge by a party
    assert fact.get("parties") == ["Soviet Union", "Japan"]


def test_declaration_two_of_the_four_and_a_country_pledge():
    text = DAY + (
        "Russia has confirmed adherence to the declaration of 1956 in which the Soviet Union "
        "offered two of the four islands to Japan."
    )
    (fact,) = kind(extract(text), "declaration")
    assert (fact.get("offered_count"), fact.get("of_count")) == (2, 4)
    assert fact.get("pledge") == "Russia has confirmed adherence"
    assert fact.get("year") == 1956


def test_a_year_next_to_another_word_is_not_the_declaration():
    assert kind(extract(DAY + "In 1956 the two countries restored ties."), "declaration") == []


def test_lesser_kuril_chain_is_the_habomai_group():
    text = DAY + "Ferries link Shikotan and the Lesser Kuril Chain in summer."
    ((members, names),) = [
        (f.get("members"), f.get("names")) for f in kind(extract(text), "islands")
    ]
    assert (members, names) == (["shikotan", "habomai"], ["Shikotan", "Lesser Kuril Chain"])


def test_a_plural_list_head_names_the_counted_things_from_before():
    text = DAY + (
        "The ministers approved four joint ventures on the islands. "
        "The ventures include fish farming, hotels, solar power and recycling."
    )
    (fact,) = kind(extract(text), "list")
    assert (fact.get("what"), fact.get("stated_count"), fact.get("count")) == (
        "joint ventures",
        4,
        4,
    )
