"""People rule: names, canonical posts, countries, surname links, spelling variants."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from quizgen.extract import people as people_rule
from quizgen.extract.base import DocContext
from quizgen.extract.lexicon import Lexicon
from quizgen.extract.people import find_people
from quizgen.extract.person_scan import document_matches, sentence_matches
from quizgen.facts import fact_id
from quizgen.ingest import parse_document

from .extract_helpers import DOMAIN, extract, kind

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


def test_a_post_before_a_countrys_last_word_names_no_one_in_an_events_text():
    """ "Ambassador of the Russian Federation": "Federation" after the post is no person, and
    the event's text keeps the post whole."""
    text = DAY + (
        "On 7 February 2019, Japanese Foreign Minister Taro Kono summoned Mikhail Galuzin, "
        "Ambassador of the Russian Federation to Japan."
    )
    (event,) = kind(extract(text), "event")
    assert event.get("what") == (
        "Taro Kono summoned Mikhail Galuzin, Ambassador of the Russian Federation to Japan"
    )


def test_a_name_with_a_capital_inside_its_word_is_whole():
    people = kind(
        extract(DAY + "Japanese Foreign Minister Ichiro McCarthy met Ola DiCarlo."), "person"
    )
    assert "Ichiro McCarthy" in {p.get("name") for p in people}


def test_english_words_after_a_listed_post_are_no_ones_name():
    text = DAY + "The 15th round of Japan-Russia Foreign Minister Level Meeting was held in Tokyo."
    assert not kind(extract(text), "person")


def test_a_post_inside_a_longer_title_is_not_the_post():
    text = DAY + (
        "Guests were State Minister for Foreign Affairs Ola Finn of Japan, Parliamentary "
        "Vice-Minister for Foreign Affairs Mara Voss of Japan and Foreign Minister Ilan Brek "
        "of Japan. Today Foreign Minister Yuri Petrov of Russia spoke."
    )
    found = people(text)
    assert found["Ola Finn"][0] == "State Minister for Foreign Affairs"
    assert found["Mara Voss"][0] == "Parliamentary Vice-Minister for Foreign Affairs"
    assert found["Ilan Brek"][0] == found["Yuri Petrov"][0] == "Foreign Minister"


def test_a_middle_initial_before_a_post_after_and_a_name_after_one_comma():
    text = DAY + (
        "According to Ola M. Finn, Egypt's Foreign Minister, the talks went well. "
        "In a statement Peru's foreign minister, Yuri Petrov described the talks."
    )
    found = people(text)
    assert found["Ola M. Finn"][:2] == ("Foreign Minister", "Egypt")
    assert found["Yuri Petrov"][:2] == ("Foreign Minister", "Peru")


def test_a_name_with_initials_is_the_full_name_the_domain_lists():
    found = people(DAY + "The President of the Russian Federation V.V. Putin signed it.")
    assert list(found) == ["Vladimir Putin"]
    assert people(DAY + "Foreign Minister K.P. Ivanov of Russia spoke.").keys() == {"K.P. Ivanov"}


def test_the_country_after_the_post_is_the_persons():
    text = DAY + (
        "President of Russia Pavel Ivanov met Prime Minister of Japan Ichiro Sato in Osaka. "
        "Minister for Foreign Affairs of the Russian Federation Oleg Petrov joined them."
    )
    assert people(text) == {
        "Pavel Ivanov": ("President", "Russia", "President"),
        "Ichiro Sato": ("Prime Minister", "Japan", "Prime Minister"),
        "Oleg Petrov": ("Foreign Minister", "Russia", "Minister for Foreign Affairs"),
    }


def test_a_post_after_the_name_with_its_country_after_it():
    text = DAY + (
        "On January 14, Mr. Ichiro Sato, Minister for Foreign Affairs of Japan, met Mr. Ivanov, "
        "Pavel Petrovich, Minister of Foreign Affairs of the Russian Federation."
    )
    # "Mr. Ivanov, Pavel Petrovich," puts the surname first: no person is made of the given
    # names alone; the name is read whole, given names first
    assert people(text) == {
        "Ichiro Sato": ("Foreign Minister", "Japan", "Minister for Foreign Affairs"),
        "Pavel Petrovich Ivanov": ("Foreign Minister", "Russia", "Minister of Foreign Affairs"),
    }


def test_a_three_word_name_before_its_post_is_read_whole():
    text = DAY + "Pavel Petrovich Ivanov, Minister of Foreign Affairs of Russia, arrived."
    assert people(text) == {
        "Pavel Petrovich Ivanov": ("Foreign Minister", "Russia", "Minister of Foreign Affairs")
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


def test_a_post_only_one_country_has_beats_the_dateline():
    text = "date 2018-09-12 VLADIVOSTOK —\n\nChief Cabinet Secretary Yoshihide Suga spoke."
    (fact,) = kind(extract(text), "person")
    assert (fact.get("country"), fact.flags) == ("Japan", ())
    stated = "date 2018-09-12\n\nRussia's Chief Cabinet Secretary Ivan Petrov spoke."
    assert people(stated)["Ivan Petrov"][:2] == ("Chief Cabinet Secretary", "Russia")


def test_a_surname_only_one_country_has_beats_the_dateline():
    text = DAY + "Deputy Prime Minister Igor Shuvalov said 80 deals were signed."
    (fact,) = kind(extract(text), "person")
    assert (fact.get("country"), fact.flags) == ("Russia", ("country-inferred",))
    stated = DAY + "Japanese Deputy Prime Minister Igor Shuvalov spoke."
    assert people(stated)["Igor Shuvalov"][:2] == ("Deputy Prime Minister", "Japan")


def test_a_name_between_commas_after_the_post_is_its_holder():
    text = DAY + (
        "The Kremlin spokesman, Dmitry Peskov, told reporters the talks went well. "
        "Japan's Foreign Minister, Taro Kono, agreed."
    )
    assert people(text) == {
        "Dmitry Peskov": ("Kremlin spokesman", "Russia", "Kremlin spokesman"),
        "Taro Kono": ("Foreign Minister", "Japan", "Foreign Minister"),
    }


def test_a_post_then_a_comma_then_another_post_is_no_name():
    text = DAY + "Present were the Prime Minister, Foreign Minister Taro Kono and others."
    assert people(text) == {"Taro Kono": ("Foreign Minister", "Japan", "Foreign Minister")}


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


def test_a_listed_modified_post_is_read_whole():
    text = DAY + "Russian Deputy Prime Minister Olga Golodets opened the forum in Kazan."
    assert people(text) == {
        "Olga Golodets": ("Deputy Prime Minister", "Russia", "Deputy Prime Minister")
    }


def test_an_unlisted_modified_post_is_a_post_of_its_own():
    text = DAY + (
        "Acting Foreign Minister Kenji Hara met former Prime Minister Yukio Hatoyama, "
        "and ex-President Dmitry Medvedev sent a letter."
    )
    assert people(text) == {
        "Kenji Hara": ("Acting Foreign Minister", "Japan", "Acting Foreign Minister"),
        "Yukio Hatoyama": ("Former Prime Minister", "Japan", "former Prime Minister"),
        "Dmitry Medvedev": ("Former President", "Russia", "ex-President"),  # by his surname
    }


def test_a_modifier_never_leaks_into_the_event_subject():
    text = "date 2019-02-08\n\nRussian Deputy Economic Development Minister Pavel Orlov met traders on Tuesday."
    assert people(text)["Pavel Orlov"][:2] == ("Deputy Economic Development Minister", "Russia")
    (event,) = kind(extract(text), "event")
    assert (event.get("subject"), event.get("what")) == (
        "Pavel Orlov",
        "Pavel Orlov met traders",
    )


def test_minister_for_foreign_affairs_is_the_foreign_minister():
    text = DAY + "Japan’s Minister for Foreign Affairs Toshimitsu Motegi flew home."
    assert people(text) == {
        "Toshimitsu Motegi": ("Foreign Minister", "Japan", "Minister for Foreign Affairs")
    }


def test_counterpart_makes_the_other_person_of_the_one_other_side():
    text = "date 2018-11-15\n\nForeign Minister Taro Kono and his Russian counterpart Sergei Lavrov will meet."
    assert people(text) == {
        "Taro Kono": ("Foreign Minister", "Japan", "Foreign Minister"),
        "Sergei Lavrov": ("Foreign Minister", "Russia", "Foreign Minister"),
    }


def test_counterpart_leaves_the_country_open_when_a_former_state_is_possible():
    # no publication year: the Soviet Union cannot be ruled out, so no country is guessed
    text = "Foreign Minister Mamoru Shigemitsu and his Russian counterpart Ivan Petrov met."
    assert people(text)["Mamoru Shigemitsu"][:2] == ("Foreign Minister", None)
    # a year before the state ended in the sentence keeps it possible too
    text = "date 2018-11-15\n\nIn 1956 Foreign Minister Ichiro Kono and his Japanese counterpart Taro Sato met."
    assert people(text)["Ichiro Kono"][:2] == ("Foreign Minister", None)


def test_a_country_stated_in_another_article_of_the_run_fills_an_open_one():
    a = "Prime Minister Yoshihide Suga spoke."
    b = DAY + "Japanese Prime Minister Yoshihide Suga left."
    (fact,) = kind(extract(a, b), "person")
    assert fact.get("country") == "Japan"


# The anchored document scan (quizgen/extract/person_scan.py) must find what scanning every
# sentence whole finds, for any text: compared here on random texts made of the rule's words.
SCAN_PIECES = (
    *("Prime Minister", "prime minister", "PM", "pm", "Deputy PM", "Vice Premier", "Premier"),
    *("Foreign Minister", "foreign minister", "Minister of Foreign Affairs", "Minister", "of"),
    *("President", "presidential spokesman", "Kremlin spokesperson", "Governor", "mayor"),
    *("Deputy Prime Minister", "First Deputy Foreign Minister", "Vice", "Chief Cabinet Secretary"),
    *("Japan's", "Japan", "Russian", "Russia’s", "the country's", "U.S.", "US", "St. Petersburg"),
    *("North Korean", "Korean", "South Korea's", "Sakhalin", "Yamaguchi prefecture", "the"),
    *("former", "Former", "then-", "ex-", "Ex-", "First", "deputy", "vice", "acting", "Special"),
    *("Shinzo Abe", "Abe", "Sergei", "Lavrov", "Ivan-Petr Sidorov", "Kim", "Jong Un", "X"),
    *("said", "says", "told", "met", "his Japanese counterpart", "counterpart", "development"),
    *("Sergei Lavrov, Russia's", "Taro Kono, the Japanese", "Ivan Petrov, Japan's former"),
    *(",", ", ", ", the ", ".", ". ", "(", ")", "-", "’s", "'s", " ", "  ", "\t", "\n", "\0", "x"),
    *("Straße", "İ", "Pm", "pM", "MINISTER", "Ambassador", "governor", "Secretary", "Mayor"),
)


def _scan_rows(matches):
    def spans(ms):
        return [(m.span(), m.groupdict()) for m in ms]

    return (
        spans(matches.person),
        spans(matches.after),
        matches.counterparts,
        spans(matches.role_only()),
    )


def _random_article(rng):
    words = [
        rng.choice(SCAN_PIECES) + rng.choice(("", " ", " ", " ")) for _ in range(rng.randint(0, 40))
    ]
    return "".join(words)


def test_the_anchored_scan_finds_what_scanning_each_sentence_finds():
    lex = Lexicon(DOMAIN)
    scan = lex.person_scan
    assert scan is not None
    rng = random.Random(8)
    found = 0
    for n in range(3000):
        doc = parse_document(_random_article(rng), f"r{n}")
        ctx = DocContext(doc, DOMAIN, lex)
        slow = _scan_rows(sentence_matches(ctx))
        assert _scan_rows(document_matches(ctx, scan)) == slow, doc.body
        found += len(slow[0]) + len(slow[1]) + len(slow[3])
    assert found > 3000  # the generator does make matches


def test_the_people_rule_gives_the_same_drafts_without_the_anchored_scan():
    fast, slow = Lexicon(DOMAIN), Lexicon(DOMAIN)
    slow.__dict__["person_scan"] = None  # as for a vocabulary the scan does not allow
    rng = random.Random(9)
    for n in range(1500):
        doc = parse_document(_random_article(rng), f"r{n}")
        drafts = [find_people(DocContext(doc, DOMAIN, lex)) for lex in (fast, slow)]
        assert drafts[0] == drafts[1], doc.body


def test_a_vocabulary_that_breaks_an_assumption_of_the_scan_gets_none():
    special = replace(
        DOMAIN, countries=(*DOMAIN.countries, replace(DOMAIN.countries[0], name="Acting"))
    )
    assert Lexicon(special).person_scan is None
    assert Lexicon(DOMAIN).person_scan is not None


def _link_surnames_sentence_by_sentence(ctx):
    """The surname linking as first written: every name word of every sentence looked up."""
    covered = {}
    for i, s, e, _ in ctx.mentions:
        covered.setdefault(i, []).append((s, e))
    for index, sentence in enumerate(ctx.doc.sentences):
        spans = covered.get(index, ())
        for match in ctx.lex.name_word.finditer(sentence.text):
            name = ctx.surnames.get(match[0])
            if name and not any(s <= match.start() < e for s, e in spans):
                ctx.mentions.append((index, match.start(), match.end(), name))


def test_surnames_are_linked_as_a_look_up_of_every_name_word_links_them(monkeypatch):
    lex = Lexicon(DOMAIN)
    rng = random.Random(10)
    extra = ["Abe", "Abe-Kono", "Kono-Abe", "Lavrov", "Lavrovs", "Ivan-Petr", "Un", "-", "xAbe"]
    linked = 0
    for n in range(1500):
        words = _random_article(rng).split(" ")
        for _ in range(rng.randint(0, 6)):
            words.insert(rng.randint(0, len(words)), rng.choice(extra))
        doc = parse_document(" ".join(words), f"r{n}")
        fast = DocContext(doc, DOMAIN, lex)
        drafts = find_people(fast)
        with monkeypatch.context() as patch:
            patch.setattr(people_rule, "_link_surnames", _link_surnames_sentence_by_sentence)
            plain = DocContext(doc, DOMAIN, lex)
            assert find_people(plain) == drafts, doc.body
        assert fast.mentions == plain.mentions
        linked += sum(1 for _, s, e, name in fast.mentions if e - s < len(name))
    assert linked > 300  # surname mentions were made


def test_names_with_accented_letters_are_read_whole():
    from .extract_helpers import extract, kind

    text = (
        "date 2019-05-03\n"
        "Russian Foreign Minister Sergei Lavrov met Argentine Foreign Minister Héctor Menéndez "
        "in Moscow on May 2, 2019.\n"
    )
    names = {f.get("name") for f in kind(extract(text), "person")}
    assert "Héctor Menéndez" in names
    assert not any(n and n.startswith("Men") and n != "Héctor Menéndez" for n in names)


def test_a_surname_alone_after_a_post_is_a_mention_of_the_person_named_in_full():
    day = "date 2019-02-08 OSAKA —\n\n"
    linked = day + (
        "Russian President Ivan Petrovsky arrived on Monday. President Petrovsky met the "
        "envoys on 3 February 2019."
    )
    (person,) = kind(extract(linked), "person")
    assert person.get("name") == "Ivan Petrovsky" and len(person.sources) == 2
    # alone, a surname with a country is a person fact (a question needs a full name); an
    # English word is none, nor a surname without a country
    alone = day + "Russian Ambassador Extraordinary spoke. President Petrovsky left."
    assert people(alone) == {"Petrovsky": ("President", "Russia", "President")}
    assert kind(extract("date 2019-02-08\n\nGovernor Brek left."), "person") == []


def test_a_person_takes_the_country_another_article_states_for_the_same_surname_and_post():
    one = "date 2019-02-08 OSAKA —\n\nRussian Foreign Minister Ivan Dalton met envoys on Monday."
    other = "date 2019-03-08\n\nForeign Minister Pavel Dalton spoke on Monday."
    people = {f.get("name"): f for f in kind(extract(one, other), "person")}
    assert people["Pavel Dalton"].get("country") == "Russia"
    assert "country-from-another-article" in people["Pavel Dalton"].flags
    # a name that ends the other one is that person: one fact, the longer name
    longer = other.replace("Pavel Dalton", "Pavel Ivan Dalton")
    (person,) = kind(extract(one, longer), "person")
    assert (person.get("name"), person.get("country")) == ("Pavel Ivan Dalton", "Russia")


def test_a_country_after_a_list_of_posts_and_names_is_every_listed_person_s():
    text = (
        "date 2019-02-08\n\nHe met President Ola Finn, Prime Minister Ilan Brek and Minister "
        "of Foreign Affairs Yuri Dalton of the Russian Federation. Later, President Mara Voss "
        "and the envoys of Japan met."
    )
    people = {f.get("name"): f.get("country") for f in kind(extract(text), "person")}
    assert people["Ola Finn"] == people["Ilan Brek"] == people["Yuri Dalton"] == "Russia"
    assert people.get("Mara Voss") is None  # not a list that ends in "of <country>"


def test_a_person_given_two_posts_by_two_articles_is_one_fact_per_post():
    first = "date 2005-11-21\n\nRussian Foreign Minister Ivan Dalton met envoys on Monday."
    later = "date 2009-02-16\n\nRussian Prime Minister Ivan Dalton met envoys on Monday."
    facts = kind(extract(first, later), "person")
    assert sorted((f.get("role"), f.sources[0].doc) for f in facts) == [
        ("Foreign Minister", "a"),
        ("Prime Minister", "b"),
    ]
    assert not any(flag.startswith("roles differ") for f in facts for flag in f.flags)
    # one post: the name alone is the key, as before
    (one,) = kind(extract(first), "person")
    assert one.id == fact_id("person", "Ivan Dalton")


def test_the_people_a_country_was_represented_by_are_of_that_country():
    text = (
        "date 2019-02-08\n\nRussia was represented at the talks by Foreign Minister Ola Finn, "
        "Trade Minister Ilan Brek and Defence Minister Yuri Dalton."
    )
    people = {f.get("name"): f.get("country") for f in kind(extract(text), "person")}
    assert people == {"Ola Finn": "Russia", "Ilan Brek": "Russia", "Yuri Dalton": "Russia"}


def test_an_unmarked_government_post_is_the_side_the_article_leaves_unsaid():
    """Two people marked Russian and a Prime Minister left unmarked: in a two-sided topic,
    the Prime Minister is Japan's; one marked person, or an unmarked admiral, says nothing."""
    text = (
        "date 2019-02-08\n\nRussian Foreign Minister Ivan Dalton and Russian Trade Minister "
        "Pavel Orlin met Prime Minister Kenji Sato. Admiral Hiro Tanabe attended."
    )
    people = {f.get("name"): f.get("country") for f in kind(extract(text), "person")}
    assert people["Kenji Sato"] == "Japan"
    assert people.get("Hiro Tanabe") is None
    one = "date 2019-02-08\n\nRussian Foreign Minister Ivan Dalton met Prime Minister Kenji Sato."
    assert {f.get("name"): f.get("country") for f in kind(extract(one), "person")}[
        "Kenji Sato"
    ] is None


def test_a_state_named_after_a_person_is_their_country_even_outside_the_domain():
    text = (
        "date 2019-02-08\n\nVisit of President Omar Haddad of the Republic of Qamaria to "
        "Harwick from 3 to 5 March. Prime Minister Lena Ostrova of the Russian Federation spoke."
    )
    people = {f.get("name"): f.get("country") for f in kind(extract(text), "person")}
    assert people == {"Omar Haddad": "Qamaria", "Lena Ostrova": "Russia"}


def test_a_headline_verb_or_a_country_run_into_a_name_is_cut_off():
    headline = (
        "date 2019-02-08\n\nNews of the day.\n\nJapanese Foreign Minister Kenji Sato Lodges "
        "Protest With Envoy\n\nHe spoke."
    )
    assert [f.get("name") for f in kind(extract(headline), "person")] == ["Kenji Sato"]


def test_a_post_that_names_a_domain_place_gives_its_country():
    text = (
        "date 2009-02-18\n\nDuring his talk with Sakhalin Region Governor Ivan Kedrov, the "
        "President called for more efforts."
    )
    people = {f.get("name"): f.get("country") for f in kind(extract(text), "person")}
    assert people["Ivan Kedrov"] == "Russia"


def test_a_given_name_in_brackets_is_part_of_the_name():
    text = (
        "date 2019-02-08\n\nPrime Minister [Shinzo] Abe met President [Vladimir] Putin in "
        "Sochi on 4 February 2019."
    )
    facts = extract(text)
    people = {(f.get("name"), f.get("role")) for f in kind(facts, "person")}
    assert people == {("Shinzo Abe", "Prime Minister"), ("Vladimir Putin", "President")}
    assert [f.get("what") for f in kind(facts, "event")] == [
        "Shinzo Abe met Vladimir Putin in Sochi"
    ]


def test_a_listed_person_written_in_japanese_order_is_read_given_name_first():
    text = (
        "date 2019-02-08\n\nKono Taro, Minister for Foreign Affairs of Japan, met Sergei Lavrov "
        "in Moscow on 4 February 2019. Foreign Minister Kono Taro returned on 6 February 2019."
    )
    facts = extract(text)
    assert [f.get("name") for f in kind(facts, "person")] == ["Taro Kono"]  # Lavrov: no post
    assert sorted(f.get("what") for f in kind(facts, "event")) == [
        "Taro Kono met Sergei Lavrov in Moscow",
        "Taro Kono returned",
    ]


def test_the_people_a_headline_names_are_read_and_name_the_first_sentence():
    text = (
        "Foreign Minister Sergei Lavrov held talks with Japanese Foreign Minister Taro Kono\n\n"
        "May 3, 2018, Moscow\n\nMr Lavrov and Mr Kono continued their talks over dinner."
    )
    facts = extract(text)
    people = {(f.get("name"), f.get("country")) for f in kind(facts, "person")}
    assert people == {("Sergei Lavrov", "Russia"), ("Taro Kono", "Japan")}
    # the date line dates the first sentence of the body, not the headline
    assert {f.get("what"): f.get("date") for f in kind(facts, "event")} == {
        "Sergei Lavrov and Taro Kono continued their talks over dinner": "2018-05-03"
    }


def test_a_listed_post_of_a_country_the_domain_lacks_is_that_countrys():
    text = (
        "Talks in Moscow\n\nMay 8, 2021, Moscow\n\n"
        "Vladimir Putin met President of Kestelia Ilan Brek at the Kremlin."
    )
    people = {
        (f.get("name"), f.get("role"), f.get("country")) for f in kind(extract(text), "person")
    }
    assert ("Ilan Brek", "President", "Kestelia") in people  # not the dateline's Russia


def test_a_given_name_in_two_parts_and_a_post_ending_in_of_state():
    text = (
        "date 2019-02-08\n\nThe talks drew Calder Foreign Minister Cho Tae-yul, US Secretary of "
        "State Blinken, Russian Foreign Minister Sergei Lavrov, and others."
    )
    people = {(f.get("name"), f.get("role")) for f in kind(extract(text), "person")}
    assert ("Cho Tae-yul", "Foreign Minister") in people
    assert not [name for name, _ in people if name.startswith("State")]


def test_a_possessive_or_an_honorific_between_commas_names_the_persons_country():
    text = (
        "date 2019-02-08\n\nMeeting with Kestelia's Minister of Foreign Affairs, H.E. Ilan Brek, "
        "the envoy discussed trade. Abe's Foreign Minister Taro Kono spoke. The Kremlin's "
        "spokesman spoke."
    )
    people = {(f.get("name"), f.get("country")) for f in kind(extract(text), "person")}
    assert ("Ilan Brek", "Kestelia") in people
    assert ("Taro Kono", "Japan") in people  # Abe is a person, not a country


def test_a_given_name_written_as_an_initial_is_part_of_the_name():
    text = DAY + (
        "Brenan Foreign Minister S. Petrov met Calder's Prime Minister T Voss in Osaka on Monday. "
        "Minister of Foreign Affairs of Russia N.Orlov spoke."
    )
    found = people(text)
    assert {name: post for name, (post, _, _) in found.items()} == {
        "S. Petrov": "Foreign Minister",
        "T Voss": "Prime Minister",
        "N. Orlov": "Foreign Minister",  # as it is printed
    }
    # the event's subject is the name once, not "S. S. Petrov"
    (event,) = kind(extract(text), "event")
    assert "S. Petrov met Calder's T Voss" in event.get("what")


def test_a_lone_capital_a_is_a_word_not_an_initial():
    assert "A Petrov" not in people(DAY + "Brenan Foreign Minister A Petrov spoke.")


def test_an_honorific_after_the_post_is_no_part_of_the_name():
    assert "Ola Finn" in people(DAY + "Russian President Dr Ola Finn spoke in Osaka.")


def test_one_name_with_and_without_accents_is_one_person():
    found = kind(
        extract(
            DAY + "Russian Foreign Minister Delcy Rodríguez spoke.",
            DAY + "Russian Foreign Minister Delcy Rodriguez spoke.",
        ),
        "person",
    )
    assert [(f.get("name"), len(f.sources)) for f in found] == [("Delcy Rodríguez", 2)]


def test_a_middle_initial_and_a_right_honourable_are_read():
    text = DAY + (
        "Russian Ambassador Pavel C. Ivanov spoke. A message came from Prime Minister, the "
        "Right Hon Ola Finn MP on 24 April 1982."
    )
    found = people(text)
    assert found["Pavel C. Ivanov"][:2] == ("Ambassador", "Russia")
    assert found["Ola Finn"][0] == "Prime Minister"


def test_a_name_that_ends_one_longer_name_with_the_same_post_is_that_person():
    found = people(
        DAY + "Russian Foreign Minister Bhutto Zardari spoke.",
        DAY + "Russian Foreign Minister Bilawal Bhutto Zardari met the press.",
    )
    assert list(found) == ["Bilawal Bhutto Zardari"]


def test_a_middle_initial_does_not_make_a_second_person():
    found = kind(
        extract(
            DAY + "Russian President Pavel V. Ivanov spoke.",
            DAY + "Russian President Pavel Ivanov spoke.",
        ),
        "person",
    )
    assert [(f.get("name"), len(f.sources)) for f in found] == [("Pavel Ivanov", 2)]


def test_a_demonym_of_a_country_the_domain_does_not_list_gives_the_country():
    found = people(DAY + "Pakistani Foreign Minister Bilal Zardari met the press in Osaka.")
    assert found["Bilal Zardari"][:2] == ("Foreign Minister", "Pakistan")


def test_a_post_named_alone_is_held_by_the_speaker_of_the_next_sentence():
    text = DAY + (
        "The Russian Foreign Minister has said the talks will go on. Speaking on the radio, "
        "Oleg Petrov said the two sides were close."
    )
    assert people(text)["Oleg Petrov"][:2] == ("Foreign Minister", "Russia")


@pytest.mark.parametrize(
    "second",
    [
        "Oleg Petrov said it and Ivan Dalton said so too.",  # two speakers: which one?
        "Prime Minister Ichiro Sato said the talks were close.",  # a person with a post
        "Foreign Policy said the talks were close.",  # English words, no name
    ],
)
def test_no_speaker_holds_an_unnamed_post_when_it_is_unsure(second):
    text = DAY + f"The Russian Foreign Minister has said the talks will go on. {second}"
    found = people(text)
    assert not any(post == "Foreign Minister" for post, _, _ in found.values())


def test_a_post_between_a_place_and_a_name_is_the_names():
    text = DAY + (
        "Tokyo lodged a protest after four ships entered waters near the Kuril Islands in "
        "the East Siberian Sea, Japanese Foreign Minister Taro Kono said."
    )
    assert people(text) == {"Taro Kono": ("Foreign Minister", "Japan", "Foreign Minister")}


def test_lower_case_particles_are_part_of_a_family_name():
    text = DAY + (
        "Russian Foreign Minister Karim bin Salman met Japanese Foreign Minister Anna von der "
        "Berg in Osaka. Later, Prime Minister Omar al-Rashid joined them. Von der Berg said "
        "the talks went well, and bin Salman agreed."
    )
    found = people(text)
    assert set(found) == {"Karim bin Salman", "Anna von der Berg", "Omar al-Rashid"}
    assert found["Anna von der Berg"][:2] == ("Foreign Minister", "Japan")


def test_a_counterpart_shares_the_post_of_the_person_named_just_before():
    text = DAY + (
        "Foreign Minister Senator Ola Finn and his Russian counterpart, Pavel Ivan Drusov, met "
        "Secretary General Lev Arno in Osaka."
    )
    found = people(text)
    assert found["Ola Finn"][:2] == ("Foreign Minister", "Japan")
    assert found["Pavel Ivan Drusov"][:2] == ("Foreign Minister", "Russia")


def test_words_of_a_built_in_place_name_may_be_a_surname():
    from quizgen.domain import load_domain
    from quizgen.questions.context import name_blockers

    blockers = name_blockers(load_domain())
    assert "Japan" in blockers and "Chile" in blockers
    assert "Vila" not in blockers and "Marshall" not in blockers


def test_a_nickname_in_quotes_is_no_part_of_the_name():
    text = DAY + (
        "Foreign Minister Wilfred “Sedi” Ota and his Russian counterpart Carlos Morales signed "
        "the pact in Osaka. Later, Ota said it was good."
    )
    found = people(text)
    assert set(found) == {"Wilfred Ota", "Carlos Morales"}
    assert found["Wilfred Ota"][:2] == ("Foreign Minister", "Japan")


def test_a_post_word_before_a_name_between_commas_is_a_title_not_a_given_name(tmp_path):
    from quizgen.domain import load_domain
    from quizgen.extract import extract_facts

    path = tmp_path / "d.toml"
    path.write_text(
        '[domain]\nname = "t"\n\n[[countries]]\nname = "Lena"\nparty = true\n\n'
        '[[roles]]\npost = "Permanent Representative to the OSCE"\n'
        'variants = ["permanent representative of Lena to the OSCE"]\ncountry = "Lena"\n',
        encoding="utf-8",
    )
    doc = parse_document(
        "date 2019-02-08\n\nThe minister met the permanent representative of Lena to the "
        "OSCE, Ambassador Ilan Brekov, in Vienna on Friday.",
        "a",
    )
    found = [f for f in extract_facts([doc], load_domain(path)).facts if f.kind == "person"]
    assert [f.get("name") for f in found] == ["Ilan Brekov"]


def test_a_country_that_writes_the_family_name_first_links_it(tmp_path):
    """ "Wen Jiabao ... Wen said": with ``family_name_first`` the family name is the first
    word; the questions' display expands it to the full name."""
    from quizgen.domain import load_domain
    from quizgen.extract import extract_facts
    from quizgen.ingest import parse_document
    from quizgen.questions.context import Corpus
    from quizgen.questions.rules import load_rules

    path = tmp_path / "two.toml"
    path.write_text(
        '[[countries]]\nname = "Calder"\ndemonyms = ["Calderan"]\nparty = true\n'
        "family_name_first = true\n"
        '[[countries]]\nname = "Brena"\ndemonyms = ["Brenan"]\nparty = true\n'
        '[[roles]]\npost = "Premier"\nvariants = ["Premier"]\n',
        encoding="utf-8",
    )
    domain = load_domain(path)
    doc = parse_document(
        "date 2010-10-05\n\nCalderan Premier Wen Jiabao met the Brenan envoy on 4 October "
        "2010. Wen said the talks went well.",
        "a",
    )
    factset = extract_facts([doc], domain)
    (wen,) = [f for f in factset.facts if f.kind == "person"]
    assert (wen.get("name"), wen.get("aliases")) == ("Wen Jiabao", ["Wen"])
    assert len(wen.sources) == 2  # "Wen said" is a mention of him
    events = [f.get("what") for f in factset.facts if f.kind == "event"]
    assert events == ["Wen Jiabao met the Brenan envoy"]  # not "Wen Jiabao Jiabao"
    corpus = Corpus({}, factset.facts, load_rules().language, domain)
    assert corpus.display("Wen said the talks went well") == "Wen Jiabao said the talks went well"


def test_titles_of_honour_and_courtesy_titles_are_not_part_of_the_name():
    text = DAY + (
        "Japanese Prime Minister Dato' Sri Ilan Brek met Russian Foreign Minister Sheikh Omar "
        "bin Karim al-Rashid in Osaka. Russian Trade Minister Tan Sri Ola Finn and Japanese "
        "Trade Minister Tun Dr Lev Arno joined them. Russian Energy Minister Prince Ivan Sedov "
        "spoke."
    )
    assert set(people(text)) == {
        "Ilan Brek",
        "Omar bin Karim al-Rashid",
        "Ola Finn",
        "Lev Arno",
        "Ivan Sedov",
    }


def test_a_hyphenated_title_is_one_post_never_its_last_part():
    found = people(DAY + "Russian Attorney-General Ola Finn said the case was closed.")
    assert found["Ola Finn"][:2] == ("Attorney-General", "Russia")


def test_a_generation_suffix_is_no_family_name_and_is_not_written_twice(tmp_path):
    """A domain file lists "Ilan Brek III" with the variant "Ilan Brek": the text's "Ilan Brek
    III" is read as the listed name once, and "Brek" is its family name."""
    from quizgen.domain import DEFAULT_DOMAIN, load_domain
    from quizgen.extract import extract_facts
    from quizgen.ingest import parse_document
    from quizgen.names import family_name

    assert family_name("Benigno Aquino III") == "Aquino"
    assert family_name("Ola Finn Jr.") == "Finn"
    path = tmp_path / "d.toml"
    text = DEFAULT_DOMAIN.read_text(encoding="utf-8").replace(
        "name_variants = [\n", 'name_variants = [\n    ["Ilan Brek III", "Ilan Brek"],\n', 1
    )
    path.write_text(text, encoding="utf-8")
    doc = parse_document(
        "date 2013-02-26\n\nRussian President Ilan Brek III on Tuesday asked Japanese Prime "
        "Minister Shinzo Abe to recall his envoy.",
        "a",
    )
    found = extract_facts([doc], load_domain(path))
    events = [f.get("what") for f in found.facts if f.kind == "event"]
    assert events == ["Ilan Brek III asked Shinzo Abe to recall his envoy"]


def test_a_listed_post_with_its_own_country_is_read_after_the_name(tmp_path):
    """ "Ola Finn, the secretary of Calder's Security Council, met ...": no owner before the
    post and no "of <country>" after it, but the domain file gives the post its country."""
    from quizgen.domain import load_domain
    from quizgen.extract import extract_facts
    from quizgen.ingest import parse_document

    from .test_domain import TWO_SIDES

    path = tmp_path / "holm.toml"
    path.write_text(
        TWO_SIDES
        + '[[roles]]\npost = "Secretary of the Security Council"\n'
        + 'variants = ["secretary of Calder\'s Security Council"]\ncountry = "Calder"\n',
        encoding="utf-8",
    )
    doc = parse_document(
        "date 2023-03-10\n\nOla Finn, the secretary of Calder's Security Council, met the "
        "envoy in Lena on Friday. Ilan Brek, the head of the delegation, said little.",
        "s",
    )
    found = extract_facts([doc], load_domain(path))
    people = {f.get("name"): (f.get("role"), f.get("country")) for f in kind(found, "person")}
    assert people.get("Ola Finn") == ("Secretary of the Security Council", "Calder")
    assert "Ilan Brek" not in people  # an unlisted post with no country says no one's


def test_a_post_after_a_or_an_is_not_the_post_of_the_name_after_it():
    text = (
        "date 2021-03-28\n\nThe envoy met Yuri Petrov, a Deputy Prime Minister Mara Voss "
        "appointed in 2019. Deputy Prime Minister Ola Finn attended."
    )
    posts = {f.get("name"): f.get("role") for f in kind(extract(text), "person")}
    assert posts.get("Mara Voss") != "Deputy Prime Minister"  # she appointed him
    assert posts.get("Ola Finn") == "Deputy Prime Minister"


def test_a_name_with_an_apostrophe_prefix_is_read_whole():
    for name in ("Robert O’Brien", "Robert O'Brien"):
        text = f"date 2019-02-08\n\nUS National Security Adviser {name} met envoys in Osaka."
        assert [f.get("name") for f in kind(extract(text), "person")] == ["Robert O'Brien"]


def test_a_style_before_a_name_is_no_part_of_it():
    text = (
        "date 2023-12-15\n\nOn 14 December 2023, His Excellency Ilan Brek, President of "
        "Guyana, and HE Mr Ola Finn, Foreign Minister of Brazil, met in Kingstown."
    )
    names = {f.get("name") for f in kind(extract(text), "person")}
    assert names == {"Ilan Brek", "Ola Finn"}


def test_a_country_the_text_states_against_the_domain_files_is_flagged():
    text = (
        "date 2013-04-19\n\nSerbian Prime Minister Ivica Dacic and his Japanese counterpart, "
        "Shinzo Abe, met in Brussels on 19 April 2013."
    )
    found = {f.get("name"): f for f in kind(extract(text), "person")}
    # the shipped file lists Shinzo Abe as Japan's: no dispute; a made-up slip below
    assert "country-disputed" not in found["Shinzo Abe"].flags
    slip = text.replace("Japanese counterpart", "Russian counterpart")
    found = {f.get("name"): f for f in kind(extract(slip), "person")}
    assert "country-disputed" in found["Shinzo Abe"].flags


def test_in_a_roll_of_names_each_post_is_the_name_before_it():
    text = (
        "date 2018-04-28\n\nAttending were Ola Finn, Defense Minister, Ilan Brek, Foreign "
        "Minister, Mara Voss, Economic Development Minister, and others."
    )
    posts = {f.get("name"): f.get("role") for f in kind(extract(text), "person")}
    assert posts.get("Ilan Brek") != "Defense Minister"  # Finn's post, the name before it
    assert posts.get("Mara Voss") != "Foreign Minister"


def test_a_post_read_on_into_the_next_name_of_a_roll_is_no_ones(tmp_path):
    from quizgen.domain import DEFAULT_DOMAIN, load_domain
    from quizgen.extract import extract_facts
    from quizgen.ingest import parse_document

    listed = (
        DEFAULT_DOMAIN.read_text(encoding="utf-8").replace(
            "[people.countries]\n", '[people.countries]\n"Mara Voss" = "Russia"\n', 1
        )
        + '\n[[roles]]\npost = "Secretary of State"\nvariants = ["Secretary of State"]\n'
    )
    listed += 'country = "United States"\n'
    path = tmp_path / "d.toml"
    path.write_text(listed, encoding="utf-8")
    text = (
        "date 1993-09-14\n\nTo the left stood Mr Ilan Brek, Mr Ola Finn, Secretary of State, "
        "and Mr Mara Voss, number three in the delegation."
    )
    facts = extract_facts([parse_document(text, "a")], load_domain(path))
    posts = {f.get("name"): f.get("role") for f in kind(facts, "person")}
    assert not any(", and" in (role or "") for role in posts.values())  # Finn's, read on
