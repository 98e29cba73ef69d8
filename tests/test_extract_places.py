"""Places: locative mentions of known and unknown places; metonyms and wide regions are not."""

from __future__ import annotations

from .extract_helpers import extract, kind

DAY = "date 2019-02-08\n\n"


def places(text: str) -> dict[str, str]:
    return {f.get("name"): f.get("role") for f in kind(extract(DAY + text), "place")}


def test_venues_and_locations():
    text = (
        "The leaders met in Vladivostok. Fishermen from Nemuro sailed off Hokkaido. "
        "Preparations are underway in Sapporo and Osaka."
    )
    assert places(text) == {
        "Vladivostok": "venue",
        "Hokkaido": "location",
        "Sapporo": "location",
        "Osaka": "location",
    }


def test_metonyms_are_not_places():
    text = "Moscow says the talks failed. Tokyo hopes for more. Japan keeps cooperation with Moscow and the Tokyo-claimed islands."
    assert places(text) == {}


def test_wide_regions_and_parties_are_not_places():
    assert places("Trade grew in the Far East and in western Japan, in Russia and in Japan.") == {}


def test_unknown_city_after_a_meeting_verb_and_city_of():
    text = "The ministers will meet in Buenos Aires. Talks moved to the port city of Korsakov."
    assert places(text) == {"Buenos Aires": "venue", "Korsakov": "location"}


def test_region_of_a_country_names_both():
    assert places("Russia annexed the Crimea region of Ukraine.") == {
        "Crimea": "location",
        "Ukraine": "location",
    }


def test_prefecture_unknown_to_the_domain():
    assert places("Abe hosted talks at a resort in Shizuoka prefecture.") == {
        "Shizuoka prefecture": "venue"
    }


def test_the_dateline_city_is_a_place_flagged_as_such():
    text = "All news\n\nA title\n\nA summary\n\nKHABAROVSK, March 3. /TASS/. Officials spoke."
    (fact,) = [f for f in extract(text).facts if f.kind == "place"]
    assert (fact.get("name"), fact.get("country"), fact.get("role"), fact.flags) == (
        "Khabarovsk",
        None,
        "dateline",
        ("from-dateline",),
    )
