"""People rule: names, canonical posts, countries, surname links, spelling variants."""

from __future__ import annotations

from .extract_helpers import extract, kind

DAY = "date 2019-02-08 TOKYO —\n\n"


def people(*articles: str) -> dict[str, tuple]:
    return {
        f.get("name"): (f.get("role"), f.get("country"), f.get("role_as_written"))
        for f in kind(extract(*articles), "person")
    }


def test_demonym_and_possessive_give_the_country():
    text = DAY + (
        "Russian Economic Development Minister Maxim Oreshkin met Japan's economy minister "
        "Hiroshige Seko in Osaka."
    )
    assert people(text) == {
        "Maxim Oreshkin": (
            "Economic Development Minister",
            "Russia",
            "Economic Development Minister",
        ),
        "Hiroshige Seko": ("Minister of Economy, Trade and Industry", "Japan", "economy minister"),
    }


def test_role_variants_map_to_one_post():
    text = "date 2019-01-01\n\nThe Minister of Economy, Trade and Industry Hiroshi Kajiyama spoke. Trade minister Hiroshi Kajiyama left."
    (fact,) = kind(extract(text), "person")
    assert fact.get("role") == "Minister of Economy, Trade and Industry"


def test_surname_mentions_are_extra_sources():
    text = (
        DAY
        + "Chief Cabinet Secretary Yoshihide Suga spoke first. Later, Suga said the talks went well."
    )
    (fact,) = kind(extract(text), "person")
    assert [s.quote for s in fact.sources] == [
        "Chief Cabinet Secretary Yoshihide Suga spoke first.",
        "Later, Suga said the talks went well.",
    ]
    assert fact.get("aliases") == ["Suga"]


def test_spelling_variants_merge_into_one_person():
    a = DAY + "Russian Foreign Minister Sergey Lavrov arrived."
    b = DAY + "Russian Foreign Minister Sergei Lavrov left."
    (fact,) = kind(extract(a, b), "person")
    assert fact.get("name") == "Sergei Lavrov"
    assert "Sergey Lavrov" in fact.get("aliases")
    assert [s.doc for s in fact.sources] == ["a", "b"]


def test_the_countrys_refers_to_the_country_named_before():
    text = DAY + "Russia wants more trade, the country's President Vladimir Putin said."
    assert people(text)["Vladimir Putin"][:2] == ("President", "Russia")


def test_counterpart_takes_the_post_and_the_stated_country():
    text = (
        DAY
        + "Sergei Lavrov, Russia's Foreign Minister, talked with his Japanese counterpart Fumio Kishida."
    )
    assert people(text) == {
        "Sergei Lavrov": ("Foreign Minister", "Russia", "Foreign Minister"),
        "Fumio Kishida": ("Foreign Minister", "Japan", "Foreign Minister"),
    }


def test_unstated_country_falls_back_to_a_party_dateline_and_is_flagged():
    (fact,) = kind(extract(DAY + "Vice Foreign Minister Takeo Mori arrived."), "person")
    assert (fact.get("country"), fact.flags) == ("Japan", ("country-inferred",))


def test_foreign_dateline_gives_no_country():
    text = "date 2019-02-08 SINGAPORE —\n\nVice Foreign Minister Takeo Mori arrived."
    (fact,) = kind(extract(text), "person")
    assert fact.get("country") is None


def test_stated_country_in_another_article_wins_over_an_inferred_one():
    a = DAY + "President Vladimir Putin arrived."
    b = "date 2019-02-09\n\nRussian President Vladimir Putin left."
    (fact,) = kind(extract(a, b), "person")
    assert (fact.get("country"), fact.flags) == ("Russia", ())


def test_a_post_mentioned_alone_gives_its_country_to_the_only_holder():
    text = "date 2019-02-08\n\nRussia's defence minister said Monday the drills ended. Defense Minister Sergei Shoigu spoke."
    assert people(text)["Sergei Shoigu"][:2] == ("Defense Minister", "Russia")
