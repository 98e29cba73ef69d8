"""Places: locative mentions of known and unknown places; metonyms and wide regions are not."""

from __future__ import annotations

import dataclasses
import random
import re

from quizgen.domain import Place
from quizgen.extract.base import DocContext
from quizgen.extract.joined import Joined, lexicon_words
from quizgen.extract.lexicon import Lexicon
from quizgen.extract.place_mentions import COORDINATED, add_unknown_places, locative
from quizgen.extract.place_scan import _overlap, _scan_pattern, _unknown_starts, document_places
from quizgen.extract.places import MEETING, _meeting, find_places, sentence_places
from quizgen.ingest import parse_document
from quizgen.ingest.records import Document
from quizgen.patterns import NEVER

from .extract_helpers import DOMAIN, document_of, extract, kind

LEXICON = Lexicon(DOMAIN)

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


def test_countries_at_war_in_a_list_or_after_a_compass_word_are_places():
    text = (
        "Officials condemned the war against Georgia and Moldova. Talks covered the region, "
        "including Vietnam and Laos. Factories in northern Mexico grew. "
        "The council imposed sanctions against Iran and Syria."
    )
    assert set(places(text)) == {"Georgia", "Moldova", "Vietnam", "Laos", "Mexico"}


def test_unknown_hyphenated_names_and_names_near_or_on_the_outskirts_of_are_places():
    text = (
        "The governor opened a plant on the outskirts of Kestel-Varna. "
        "She then toured a port near Ardglass. "
        "Delegates praised the Russian-Japanese talks in Sapporo."
    )
    assert set(places(text)) == {"Kestel-Varna", "Ardglass", "Sapporo"}


def test_a_region_named_by_a_demonym_or_a_domain_group_is_no_place():
    text = (
        "Talks covered the Korean region and the Chinese region of the coast. Boats fish "
        "off the Kuril Islands region, and farms grow in the Amur Oblast region."
    )
    assert places(text) == {"Amur Oblast": "location"}


def test_an_acronym_in_the_dateline_is_no_place():
    agency = "Talks resume\n\nNEWSCO , Tuesday 4 Sep 2012\n\nThe envoy told NEWSCO the talks resumed in Sapporo."
    assert set(places(agency)) == {"Sapporo"}
    city = "Talks resume\n\nKESTEL, Tuesday 4 Sep 2012\n\nThe envoy said the talks resumed."
    assert places(city) == {"Kestel": "dateline"}


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


# --- The one-scan-per-document path gives what the sentence-by-sentence rule gives ---------

COMPASS_WORD = r"(?:(?:north-?|south-?)?(?:east|west)ern\s+|(?:north|south)ern\s+)?"
OLD_LOCATIVE = re.compile(
    r"\b(?:in|at|to|near|off|of|around|inside|outside|visit|visits|visited|visiting)\s+(?:the\s+)?"
    + COMPASS_WORD
    + r"\Z"
)
WARS = r"invasion of|war against|aggression against|attacks? on"
STRICT = re.compile(rf"\b(?:in|region of|to|including|{WARS})\s+" + COMPASS_WORD + r"\Z")
STRICT_AND = re.compile(
    rf"\b(?:in|to|including|{WARS})\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*\s+and\s+\Z"
)


from quizgen.dates import MONTHS, WEEKDAYS  # noqa: E402


def old_locative(text: str, start: int, end: int, strict: bool = False) -> bool:
    """``locative`` as it was: regex searches of the 40 characters before."""
    after = text[end : end + 8]
    if after.startswith(("-", "’s", "'s")):
        return False
    if after.startswith((" region", " prefecture", " Prefecture")):
        return True
    calendar = "|".join(w.title() for w in (*MONTHS, *WEEKDAYS))
    if re.match(rf" (?!(?:{calendar})\b)[A-Z]", text[end:]):
        return False  # the place begins a longer name
    before = text[max(0, start - 40) : start]
    if strict:
        return bool(STRICT.search(before) or STRICT_AND.search(before))
    return bool(OLD_LOCATIVE.search(before) or COORDINATED.search(before))


PIECES = [
    *("in", "at", "to", "of", "near", "visiting", "the", "and", "region of", "thein", "xin"),
    *("inthe", "tothe", "bathe", "in the", "at the", "next", "later", "meeting", "arrived in"),
    *("visited", "village of", "Mount", "District", "Federal", "Kuril-Nemuro", "-", "Ríos"),
    *("Tokyo", "Moscow", "St. Petersburg", "Saint Petersburg", "China", "United States"),
    *("North Korea", "North Korean", "Japan", "US", "USA", "Nemuro", "Sakhalin", "Yamaguchi"),
    *("prefecture", "Prefecture", "region", "oblast", "Oblast", "province", "city of", "Kyoto"),
    *("met", "talks", "again", "held", "travelled", "summit", "Buenos Aires", "Zzyzx", "Abe"),
    *(
        "northern",
        "north-eastern",
        "eastern",
        "against",
        "war",
        "sanctions",
        "attack on",
        "including",
        "invasion of",
    ),
    *(" ", "  ", "\t", "\u00a0", "\u2003", "\x1c", "\n", "-", "'s", "’s", ",", ".", "_", "é", "2"),
]


def random_text(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(PIECES) + rng.choice(("", " ", " ")) for _ in range(size))


def test_locative_tests_without_regex_scans_agree_with_the_regex_tests():
    rng = random.Random(21)
    hits = 0
    for _ in range(4000):
        text = random_text(rng, rng.randint(1, 16))
        for m in re.finditer(r"Tokyo|China|Nemuro|United States", text):
            for strict in (False, True):
                old = old_locative(text, m.start(), m.end(), strict)
                assert locative(text, 0, m.start(), m.end(), strict) == old, (text, m.span())
                hits += old
    assert hits > 200


def test_unknown_places_found_from_their_words_are_those_of_the_whole_search():
    ctx = DocContext(parse_document("x", "x"), DOMAIN, LEXICON)
    rng = random.Random(22)
    found = 0
    for _ in range(3000):
        text = random_text(rng, rng.randint(1, 14))
        # the sentence between neighbours, as in the joined document
        starts = _unknown_starts(Joined.of(["Ab", text, "region"]))
        whole: dict = {}
        add_unknown_places(ctx, text, whole)
        fast: dict = {}
        add_unknown_places(ctx, text, fast, starts.get(1, ()))
        assert list(fast.items()) == list(whole.items()), text
        found += len(whole)
    assert found > 200


def random_document(rng: random.Random) -> Document:
    texts = [random_text(rng, rng.randint(0, 14)).strip() for _ in range(rng.randint(1, 6))]
    texts = [t for t in texts if t] or ["Tokyo."]
    return document_of(texts)


def test_document_scans_find_what_sentence_scans_find():
    rng = random.Random(23)
    found = 0
    for _ in range(1500):
        doc = random_document(rng)
        ctx = DocContext(doc, DOMAIN, LEXICON)
        whole = {}
        for index, sentence in enumerate(doc.sentences):
            places = sentence_places(ctx, sentence.text)
            if places:
                whole[index] = places
        fast = document_places(ctx)
        assert fast is not None
        assert [(i, list(p.items())) for i, p in fast.items()] == [
            (i, list(p.items())) for i, p in whole.items()
        ], doc.sentences
        found += len(whole)
    assert found > 600


def test_names_that_could_hide_each_other_are_scanned_apart():
    assert _overlap(["North Korea"], ["Korea Bay"])  # "North Korea Bay"
    assert _overlap(["Korea Bay"], ["Korea"])  # the longer word wins where both start
    assert not _overlap(["North Korean"], ["North Korea"])  # no word ends inside "Korean"
    assert not _overlap(["US"], ["South Korea"])  # "USouth": no word starts inside a word
    assert _scan_pattern(DOMAIN) != NEVER  # the shipped domain scans in one go
    places = (*DOMAIN.places, Place("Korea Bay"), Place("Guangdong"))
    domain = dataclasses.replace(DOMAIN, places=places)
    assert _scan_pattern(domain) == NEVER
    text = "Ships sailed to North Korea Bay and met in Guangdong. They met in China."
    ctx = DocContext(parse_document(text, "k"), domain, Lexicon(domain))
    assert document_places(ctx) is None
    # read sentence by sentence: "Korea Bay" is not a place of its own, nor is "North Korea"
    # where a longer name begins with it ("to North Korea Bay")
    assert [d.key for d in find_places(ctx)] == ["Guangdong", "China"]


def test_word_lists_are_derived_once_per_lexicon_unless_a_word_holds_the_separator():
    lex = Lexicon(DOMAIN)
    assert lexicon_words(lex, "t-plain", lambda: ["kuril", "u.s.", "a b"]) == [
        *("kuril", "u.s.", "a b")
    ]
    assert lexicon_words(lex, "t-plain", lambda: ["other"]) == ["kuril", "u.s.", "a b"]  # kept
    assert lexicon_words(lex, "t-none", lambda: []) is None
    assert lexicon_words(lex, "t-separator", lambda: ["a\0b"]) is None  # not searched across
    assert lexicon_words(lex, "t-regex", lambda: ["a(b", "a\nb"]) == ["a(b", "a\nb"]  # literal
    places = (*DOMAIN.places, Place("'s-Hertogenbosch"))
    assert _scan_pattern(dataclasses.replace(DOMAIN, places=places)) == NEVER


def test_the_meeting_test_with_a_word_pre_check_is_the_regex_search():
    rng = random.Random(24)
    words = ["meet", "meets", "met", "meeting", "talks", "summit", "visit", "hosted", "metal"]
    words += ["invited", "venue", "summits", "some", "Met", "x", " ", "-", "_"]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(words) + rng.choice(("", " ")) for _ in range(rng.randint(0, 9)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        plain = bool(MEETING.search(text, start, end))
        assert _meeting(text, start, end) == plain, (text, start, end)
        found += plain
    assert found > 400


def test_an_area_word_in_either_case_makes_an_unknown_place():
    """ "Governor of Harrow Region", "Kestel Krai": no list holds them (made-up names)."""
    from quizgen.extract.place_mentions import (
        AREA_PREFIXES,
        AREA_WORDS,
        CAPITALISED_AREA_WORDS,
        SETTLEMENT_WORDS,
    )
    from quizgen.extract.place_scan import UNKNOWN_ANCHORS

    text = (
        "date 2019-02-08 OSAKA —\n\nThe Governor of Harrow Region met officials in Kestel Krai "
        "on 3 February 2019. The ship anchored at Mallow Bay near Skerry Harbour. Troops "
        "crossed the River Dunmore and the Ardglass River to the Harrow Peninsula."
    )
    names = {f.get("name") for f in extract(text).facts if f.kind == "place"}
    assert {"Harrow Region", "Kestel Krai", "Mallow Bay", "Skerry Harbour"} <= names
    assert {"River Dunmore", "Ardglass River", "Harrow Peninsula"} <= names
    # the fast scan's anchors come from the same word table
    assert {tail for tail, _ in UNKNOWN_ANCHORS} == {
        *(w[1:] for w in AREA_WORDS + CAPITALISED_AREA_WORDS),
        *(f"{w} of" for w in SETTLEMENT_WORDS),
        *(f"{w} " for w in AREA_PREFIXES),
    }


def test_an_unknown_name_after_in_is_a_place_unless_it_is_a_word_name_or_document():
    text = (
        "date 2019-02-08 OSAKA —\n\nThe ministers worked on joint efforts in Kestelia and "
        "agreed in Brannock on a plan. The plan in Harwick Declaration stands. They spoke "
        "in English in February. The talk in Hiroshige Seko's office ended."
    )
    names = {f.get("name") for f in extract(text).facts if f.kind == "place"}
    assert {"Kestelia", "Brannock"} <= names
    assert not names & {"Harwick", "Harwick Declaration", "English", "February", "Hiroshige"}


def test_an_unknown_name_after_at_or_visited_is_a_place_too():
    text = (
        "date 2019-02-08\n\nThe minister visited New Bern and spoke at Vallendor. The envoy "
        "visited Japan, arrived at Christmas and visited Hiroshige Seko's office."
    )
    names = {f.get("name") for f in extract(text).facts if f.kind == "place"}
    assert {"New Bern", "Vallendor"} <= names
    assert not names & {"Japan", "Christmas", "Hiroshige", "Hiroshige Seko"}


def test_a_place_name_with_a_particle_is_read_whole():
    assert set(
        places("The forum opened in Rio de Janeiro. The envoys met in Port la Nouvelle.")
    ) == {
        "Rio de Janeiro",
        "Port la Nouvelle",
    }


def test_villages_mountains_districts_and_hyphenated_names_are_places():
    text = (
        "date 2019-02-08 OSAKA —\n\nOfficials met in the village of Brannock. Hikers climbed "
        "Mount Kestel. Residents of Vallen-Orsky District and of Skerry-Bay Region spoke. "
        "Trade grew in the Northern Federal District and in the district."
    )
    names = {f.get("name") for f in extract(text).facts if f.kind == "place"}
    assert {"Brannock", "Mount Kestel", "Vallen-Orsky District", "Skerry-Bay Region"} <= names
    assert not names & {"Federal District", "Orsky District", "Bay Region"}
    # names of two words, in any Latin letters; an English word before one is no part of it
    text = (
        "date 2019-02-08 OSAKA —\n\nHe was born in Entre Ríos Province. The Kestel Region "
        "sent envoys."
    )
    names = {f.get("name") for f in extract(text).facts if f.kind == "place"}
    assert {"Entre Ríos Province", "Kestel Region"} <= names
    assert "The Kestel Region" not in names


def test_an_island_after_on_an_address_and_a_place_with_its_country_are_places():
    text = (
        "The fishermen rely on Hokkaido. The ship lies in Kestel Quay, "
        "Osaka. Talks began in Sapporo on Monday and in Nemuro, Japan, on Tuesday."
    )
    assert {"Hokkaido", "Osaka", "Nemuro"} <= set(places(text))
    # a list is no address, a name that goes on is no place, and "on" a city is no location
    text = "Firms work at the Kestel plant, Osaka-2 and Osaka Forum. Talks on Osaka."
    assert "Osaka" not in places(text)


def test_a_lowercase_area_word_is_a_description_not_part_of_the_name():
    text = (
        "date 2019-02-08 OSAKA —\n\nA clash in the Kestel region of Brena began on 3 February 2019."
    )
    names = {f.get("name") for f in extract(text).facts if f.kind == "place"}
    assert "Kestel" in names and "Kestel region" not in names


def test_a_place_that_begins_a_longer_name_is_not_the_place():
    from .extract_helpers import extract, kind

    text = (
        "date 2019-02-08\n\nThe sides reaffirmed the Tokyo Declaration. They met at the Moscow "
        "International Forum. Talks in Osaka ended in May."
    )
    assert {f.get("name") for f in kind(extract(text), "place")} == {"Osaka"}


def test_a_country_listed_with_including_or_invaded_is_a_place():
    from .extract_helpers import extract, kind

    text = (
        "date 2022-02-25\n\nThey discussed regional situations, including Ukraine. "
        "They condemned the invasion of Ukraine."
    )
    assert "Ukraine" in {f.get("name") for f in kind(extract(text), "place")}


def test_a_known_place_and_a_capitalised_area_word_is_a_unit_of_its_own():
    from .extract_helpers import extract, kind

    text = "date 2019-02-08\n\nThe Governor of Sakhalin Region spoke in Moscow."
    places = {f.get("name"): f.get("country") for f in kind(extract(text), "place")}
    assert places == {"Sakhalin Region": "Russia", "Moscow": "Russia"}


def test_a_dateline_the_domain_calls_no_place_is_none(tmp_path):
    """ "TODAY CALDER –" opens an outlet's stories: [not_places] keeps it out as a dateline too."""
    from quizgen.domain import load_domain
    from quizgen.extract import extract_facts
    from quizgen.ingest import parse_document

    from .test_domain import TWO_SIDES

    path = tmp_path / "holm.toml"
    path.write_text(TWO_SIDES + '[not_places]\nnames = ["Today Calder"]\n', encoding="utf-8")
    doc = parse_document("TODAY CALDER – The envoy said the talks resumed in Harwick.", "a")
    assert doc.dateline == "Today Calder"
    found = extract_facts([doc], load_domain(path))
    assert [f.get("name") for f in found.facts if f.kind == "place"] == ["Harwick"]


def test_a_region_inside_a_longer_name_is_no_place():
    text = (
        "The ruling may aggravate the peace in the fragile Horn of Africa Region. The Governor "
        "of Sakhalin Region, Ilan Brek, agreed, and so did the Government of Amur Region."
    )
    assert places(text) == {"Sakhalin Region": "location", "Amur Region": "location"}


def test_a_weekday_after_a_place_is_not_part_of_its_name():
    found = extract("date 2019-02-08\n\nThe envoy arrived in Selden Wednesday for talks.")
    names = {f.get("name") for f in kind(found, "place")}
    assert "Selden Wednesday" not in names
    assert "Selden" in names


def test_a_place_met_in_once_is_a_venue_wherever_else_it_is_named():
    found = extract(
        "date 2020-10-10\n\nThe ministers stayed in Selden on Friday. After 10 hours of talks "
        "in Selden, the ministers agreed on a truce."
    )
    (selden,) = [f for f in kind(found, "place") if f.get("name") == "Selden"]
    assert selden.get("role") == "venue"
