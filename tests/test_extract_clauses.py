"""Event clauses: reported speech, years after "in", enumerations, dated reports."""

from __future__ import annotations

import random
import re
import sys

from quizgen.extract.clause_scan import (
    BOUNDARY,
    CUT,
    LIST_COMMA,
    MASK,
    RELATIVE_WORDS,
    REPORTED,
    boundaries,
    may_hold_relative_words,
    may_report,
    rest_end,
    squash,
)
from quizgen.extract.clauses import TAIL as REPORT_TAIL
from quizgen.extract.clauses import WHERE_LEAD, report_tail
from quizgen.extract.dates import FUTURE, _may_be_future

from .extract_helpers import events, extract, kind, random_text

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


def test_what_a_speaker_learned_or_heard_is_the_event_its_date_belongs_to():
    """ "I learned that X visited Y today": the visit is the day's event, not the learning."""
    for verb in ("learned that", "heard that", "was informed that"):
        text = DAY + f"Ola Finn, Foreign Minister: I {verb} Ilan Brek visited Wren Island today."
        assert events(text) == {"Ilan Brek visited Wren Island": "2019-02-08"}, verb


def test_a_clause_says_its_day_once_when_the_sentence_opens_with_it():
    text = DAY + (
        "7 February 2019 – Calder and Brena convened the Third Meeting of the Joint Commission "
        "on 7 February 2019 in Harwick."
    )
    assert events(text) == {
        "Calder and Brena convened the Third Meeting of the Joint Commission in Harwick": (
            "2019-02-07"
        )
    }


def test_a_subject_names_who_without_the_state_and_second_post_after_the_name():
    text = DAY + (
        "On 7 February 2019, President Ola Finn of the Republic of Calder, and Chairperson "
        "of the Wren Union (WU) convened a meeting of the Union's Bureau on the dam."
    )
    assert events(text) == {
        "Ola Finn convened a meeting of the Union's Bureau on the dam": ("2019-02-07")
    }
    # a post before the name that the post patterns did not take whole
    text = DAY + (
        "Russian President Vladimir Putin is on a tour of the region. Foreign Minister Taro "
        "Kono: I have heard that today President of the Russian Federation (RF) Vladimir "
        "Putin visited Kunashiri Island."
    )
    assert events(text) == {"Vladimir Putin visited Kunashiri Island": "2019-02-08"}
    # "of" a state after a name the article does not know as a person stays
    assert events(DAY + "On 7 February 2019, Friends of the Earth met in Harwick.") == {
        "Friends of the Earth met in Harwick": "2019-02-07"
    }


def test_a_date_right_after_that_dates_what_was_reported():
    assert events(DAY + "Ola Finn said that today President Ilan Brek visited Wren Island.") == {
        "Ilan Brek visited Wren Island": "2019-02-08"
    }
    # not a possessive date ("this year's slogan") nor one in brackets
    assert "Ola Finn said that" in " ".join(
        events(DAY + "Ola Finn said that this year's slogan is to rethink investments.")
    )


def test_a_quotation_the_clause_ends_inside_is_closed_again():
    text = DAY + 'On 7 February 2019, Ola Finn condemned the seizure of Wren as an "illegal act."'
    assert events(text) == {
        'Ola Finn condemned the seizure of Wren as an "illegal act"': ("2019-02-07")
    }


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


def test_a_which_clause_running_on_past_its_comma_ends_the_main_clause_where_it_starts():
    text = "date 2019-01-15 TOKYO —\n\n" + (
        "Prime Minister Shinzo Abe and President Vladimir Putin agreed in Singapore on "
        "November 14, 2018 to speed up talks on the basis of the 1956 Joint Declaration, which "
        "mentions the handover of the two smaller islands, Shikotan and the Habomai group, "
        "after a peace treaty. Both sides called the talks useful."
    )
    assert events(text) == {
        "Shinzo Abe and Vladimir Putin agreed in Singapore to speed up talks on the basis of "
        "the 1956 Joint Declaration": "2018-11-14"
    }


def test_a_run_on_aside_after_the_date_keeps_its_list_out_of_the_main_clause():
    text = DAY + (
        "Japan and Russia signed a fisheries deal on March 3, which covers the waters off "
        "Kunashir, Iturup and Shikotan, for five years."
    )
    assert events(text) == {"Japan and Russia signed a fisheries deal": "2018-03-03"}


def test_a_run_on_aside_before_the_main_verb_closes_at_the_comma_before_the_verb():
    text = DAY + (
        "Sakhalin Governor Oleg Kozhemyako, who visited Kunashir, Iturup and Shikotan in "
        "August, met Foreign Minister Taro Kono on Monday. The summit on Thursday, which "
        "Abe, Putin and Xi attended, ended without an agreement."
    )
    assert events(text) == {
        "Oleg Kozhemyako visited Kunashir, Iturup and Shikotan": "2018-08",
        "Oleg Kozhemyako met Taro Kono": "2019-02-04",
        "The summit ended without an agreement": "2019-02-07",
    }


def test_a_run_on_aside_that_never_closes_holds_the_date_after_it():
    text = DAY + (
        "Foreign Minister Taro Kono met Foreign Minister Sergei Lavrov, who toured Kunashir, "
        "Iturup and Shikotan in 2017."
    )
    assert events(text) == {"Sergei Lavrov toured Kunashir, Iturup and Shikotan": "2017"}


def test_a_run_on_aside_ends_the_body_of_a_dated_report():
    text = DAY + (
        "Prime Minister Shinzo Abe backed talks on the basis of the Joint Declaration, which "
        "names two islands, Shikotan and the Habomai group, the ministry said Monday."
    )
    assert events(text) == {
        "The ministry said Shinzo Abe backed talks on the basis of the Joint Declaration": (
            "2019-02-04"
        )
    }


def test_a_date_that_opens_the_sentence_leaves_out_the_asides_of_its_clause():
    text = DAY + (
        "On 3 February 2019, Prime Minister Shinzo Abe, who was visiting Sochi, met President "
        "Vladimir Putin. On Tuesday, 5 February (local time), Foreign Minister Taro Kono, who "
        "visited Nemuro, the port city, to attend a rally, held a meeting with Mr. Sergei Lavrov, "
        "Minister of Foreign Affairs of the Russian Federation, for one hour."
    )
    assert events(text) == {
        "Shinzo Abe met Vladimir Putin": "2019-02-03",
        "Taro Kono held a meeting with Sergei Lavrov for one hour": "2019-02-05",
    }


def test_a_post_in_lower_case_is_an_aside_of_the_subject():
    text = DAY + (
        "Sergei Lavrov, the Russian foreign minister, met Taro Kono on 4 February 2019. "
        "Taro Kono, Japan's foreign minister, visited Nemuro on 6 February 2019."
    )
    assert events(text) == {
        "Sergei Lavrov met Taro Kono": "2019-02-04",
        "Taro Kono visited Nemuro": "2019-02-06",
    }


def test_closed_asides_before_and_after_the_date_are_still_left_out():
    text = DAY + (
        "Prime Minister Shinzo Abe, who arrived on Sunday, met President Vladimir Putin on "
        "Monday. Foreign Minister Taro Kono met Foreign Minister Sergei Lavrov, who landed on "
        "Tuesday, in Moscow on Wednesday. The forum on Thursday, which took place in Nemuro, "
        "ended without an agreement. Kono met Lavrov in Tokyo on Friday, which was a holiday, "
        "to prepare the summit."
    )
    assert events(text) == {
        "Shinzo Abe arrived": "2019-02-03",
        "Shinzo Abe met Vladimir Putin": "2019-02-04",
        "Sergei Lavrov landed": "2019-02-05",
        "Taro Kono met Sergei Lavrov in Moscow": "2019-02-06",
        "The forum ended without an agreement": "2019-02-07",
        "Taro Kono met Sergei Lavrov in Tokyo to prepare the summit": "2019-02-08",
    }


# Fast paths of the clause builder: each must give what the plain regex gives, for any text.

PIECES = [
    *("who", "which", "in which", "after", "since", "when", "as", "as he", "as The", "has"),
    *("said", "says", "reported", "told reporters", "noted", "added that", "recently", "now"),
    *("later this week", "next Month", "YEAR", "WEE\u212a", "currently", "including", "such as"),
    *(";", "—", "–", ",", ", ", ".", " ", "  ", "\t", "\u00a0", "\u2003", MASK, "x", "Abe"),
]


def _every_character() -> str:
    return "".join(map(chr, range(sys.maxunicode + 1)))


def _random_texts(seed: int, count: int = 3000):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(PIECES) + rng.choice(("", " ")) for _ in range(rng.randint(0, 25)))


def test_boundaries_are_what_the_boundary_pattern_finds():
    rng = random.Random(1)
    found = 0
    for text in _random_texts(1):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        plain = [(m.span(), m["rel"]) for m in BOUNDARY.finditer(text, start, end)]
        assert [(m.span(), m["rel"]) for m in boundaries(text, start, end)] == plain, text
        found += len(plain)
    assert found > 300


def test_str_split_splits_at_the_characters_backslash_s_matches():
    every = _every_character()  # each once: the same text left means the same ones taken away
    assert "".join(every.split()) == re.sub(r"\s", "", every)


def test_pre_checks_pass_every_text_their_patterns_match():
    hits = futures = 0
    for text in _random_texts(2):
        if RELATIVE_WORDS.search(text):
            assert may_hold_relative_words(text), text
            hits += 1
        if REPORTED.search(text) or REPORT_TAIL.search(text):
            assert may_report(text), text
    assert hits > 500
    rng = random.Random(3)
    pieces = [*PIECES, "will", "is", "to", "plans", "going", "up", "coming", "due", "set"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(20))
        if FUTURE.search(text):
            assert _may_be_future(text), text
            futures += 1
    assert futures > 300


def test_lowercase_shows_every_letter_ignorecase_pairs_with_the_relative_words():
    every = _every_character()
    for letter in "entlywkomhar":
        assert {c.lower() for c in re.findall(letter, every, re.I)} == {letter}


def test_squash_and_rest_end_are_the_plain_substitutions():
    spaces, masked_spaces = re.compile(r" (?= |[,.])"), re.compile(rf" (?= |[,.{MASK}])")
    for text in _random_texts(3):
        mask = text.replace(",", MASK, 1)
        assert squash(text, mask) == (
            spaces.sub("", text).strip(),
            masked_spaces.sub("", mask).strip(),
        )
        start = len(text) // 3
        cut = next(
            (c for c in CUT.finditer(text, start) if not LIST_COMMA.match(text, c.start())), None
        )
        assert rest_end(text, start) == (cut.start() if cut else None)


def test_a_mask_character_in_the_text_keeps_the_rest_whole():
    # the mask squashes " \x01" where the text keeps it: the rest still runs to the text's end
    text = DAY + "Soviet troops seized the islands on May 6 near \x01 Sakhalin."
    assert events(text) == {"Soviet troops seized the islands near \x01 Sakhalin": "2018-05-06"}


def test_where_lead_is_found_in_the_last_characters_of_single_spaced_text():
    rng = random.Random(6)
    words = ["in", "at", "to", "of", "visit", "visits", "visited", "the", "The", "Osaka", "x"]
    for _ in range(3000):
        what = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        end = rng.randint(0, len(what))
        plain = WHERE_LEAD.search(what[:end])
        near = WHERE_LEAD.search(what, max(0, end - 20), end)
        assert (plain and plain.span()) == (near and near.span()), (what, end)


def test_report_tails_are_what_the_tail_pattern_finds():
    rng = random.Random(8)
    pieces = [*PIECES, ", the ministry said", ", Lavrov", "said", "on Monday", "Friday", "!", "“"]
    found = 0
    for _ in range(3000):
        text = random_text(rng, pieces, 0, 12)
        plain = REPORT_TAIL.search(text)
        fast = report_tail(text)
        assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups()))
        found += plain is not None
    assert found > 100


def test_the_comma_of_a_thousand_does_not_end_the_clause():
    text = DAY + (
        "The Soviet Union occupied the islands in August 1945 and expelled some 17,000 Japanese "
        "residents. Russia deployed 3,500 troops in 2016, the ministry said."
    )
    assert sorted(e.get("what") for e in kind(extract(text), "event")) == [
        "Russia deployed 3,500 troops",
        "The Soviet Union occupied the islands and expelled some 17,000 Japanese residents",
    ]


def test_the_subject_leaves_out_what_stands_before_it():
    """Bullets, outline numbers, introductory phrases and a relative pronoun are not the
    subject: the name after them is (made-up sentences in the forms real reports use)."""
    for opening, subject in [
        ("Moreover, both delegations", "both delegations"),
        ("Late in the talks, the Calder delegation", "the Calder delegation"),
        ("• The two mayors", "The two mayors"),
        ("(2) The two mayors", "The two mayors"),
        ("On that occasion, Mara Voss", "Mara Voss"),
        ("Later that day (local time), Mara Voss, who", "Mara Voss"),
    ]:
        text = DAY + f"{opening} signed a harbour agreement in Port Selden on 3 April 2018."
        (event,) = kind(extract(text), "event")
        assert event.get("subject") == subject, opening


def test_a_list_of_names_is_one_subject():
    text = DAY + "Mara Voss, Ilan Brek and Ola Finn signed a harbour agreement on 3 April 2018."
    (event,) = kind(extract(text), "event")
    assert event.get("subject") == "Mara Voss, Ilan Brek and Ola Finn"


def test_they_names_two_people_of_the_sentence_before_or_stays_they():
    two = DAY + (
        "Japanese Foreign Minister Mara Voss met Russian Foreign Minister Ilan Brek in Port "
        "Selden. They signed a pact on 3 April 2018."
    )
    (event,) = kind(extract(two), "event")
    assert event.get("subject") == "Mara Voss and Ilan Brek"
    three = DAY + (
        "Japanese Foreign Minister Mara Voss met Russian Foreign Minister Ilan Brek and Russian "
        "Defence Minister Ola Finn in Port Selden. They signed a pact on 3 April 2018."
    )
    (event,) = kind(extract(three), "event")
    assert event.get("subject") == "They"


def test_i_is_the_person_who_opened_the_quotation_or_names_themself():
    """'X said in his address, "I ...': X speaks until another speaker label; "I (Minister X)"
    names X (made-up texts in the forms of government transcripts)."""
    for opening in (
        'Prime Minister Ilan Brek of Calder said in his address,\n\n"I would like to offer a '
        "few words.",
        'Prime Minister Ilan Brek said in his address, "I would like to offer a few words.',
    ):
        text = DAY + opening + "\n\nLast June, I received requests from residents of Wren Island."
        (event,) = kind(extract(text), "event")
        assert event.get("subject") in ("Ilan Brek", "Prime Minister Ilan Brek"), opening
    two = DAY + (
        'Ilan Brek and Mara Voss said, "We will meet.\n\nLast June, I received requests from '
        "residents of Wren Island."
    )
    (event,) = kind(extract(two), "event")
    assert event.get("subject") == "I"  # two speakers: which one is unsure
    named = DAY + "On 29 January 2019, I (Minister Voss) conveyed our concern to the envoy."
    (event,) = kind(extract(named), "event")
    assert event.get("subject") == "Minister Voss"


def test_a_participle_with_by_describes_the_subject_and_is_not_its_verb():
    text = DAY + "On 3 April 2018, four sailors led by Mara Voss landed on Wren Island."
    (event,) = kind(extract(text), "event")
    assert (event.get("subject"), event.get("verb")) == ("four sailors led by Mara Voss", "landed")
    passive = DAY + "On 3 April 2018, the pact was signed by Mara Voss in Port Selden."
    (event,) = kind(extract(passive), "event")
    assert event.get("verb") == "was signed"


def test_pre_check_words_are_derived_from_the_word_tables():
    from quizgen.extract.clause_scan import REPORT_HINTS, REPORT_WORDS
    from quizgen.extract.dates import FUTURE_HINTS, FUTURE_WORDS

    for hints, words in ((REPORT_HINTS, REPORT_WORDS), (FUTURE_HINTS, FUTURE_WORDS)):
        assert all(any(h in w for h in hints) for w in words)
        assert set(hints) <= set(words)


def test_it_in_a_past_passive_keeps_its_event_and_a_dummy_it_does_not():
    (event,) = kind(extract(DAY + "It was vacated and demolished in 1982 after the war."), "event")
    assert (event.get("date"), event.get("subject")) == ("1982", "It")
    dummy = kind(extract(DAY + "It was agreed that talks resume in 2019."), "event")
    assert all(e.get("subject") != "It" for e in dummy)


def test_a_clause_that_says_nothing_happened_is_no_event():
    text = DAY + (
        "Sergei Lavrov did not attend the talks on 4 February 2019. No agreement was reached "
        "on 5 February 2019. Japan never ratified the treaty signed on 6 February 2019. "
        "Taro Kono said on 7 February 2019 that he would not attend the forum."
    )
    assert events(text) == {
        "The treaty was signed": "2019-02-06",
        "Taro Kono said that he would not attend the forum": "2019-02-07",
    }


def test_a_description_after_a_name_is_an_aside_of_the_subject():
    text = DAY + (
        "Jane Roe, a spokeswoman for the regional government, said on 4 February 2019 that the "
        "ferry would resume. In Nemuro, a meeting was held on 5 February 2019."
    )
    assert events(text) == {
        "Jane Roe said that the ferry would resume": "2019-02-04",
        "A meeting was held": "2019-02-05",
    }


def test_a_date_in_who_clause_after_a_person_dates_that_clause():
    text = DAY + (
        "Officials met Foreign Minister Taro Kono who visited Nemuro on 4 February 2019. "
        "Ichiro Sato was a fisherman who led the strike in 1833."
    )
    assert events(text) == {
        "Taro Kono visited Nemuro": "2019-02-04",
        "Ichiro Sato was a fisherman who led the strike": "1833",
    }


def test_a_name_before_which_keeps_its_joining_words_and_you_names_nobody():
    text = DAY + (
        "Ichiro Sato will attend the Leaders Summit on Fisheries, which will be held on "
        "12 February 2019. This time you have come to Nemuro in 2019. Japan's GDP is estimated "
        "to have increased by 5 percent during the first nine months of this year."
    )
    assert events(text) == {
        "The Leaders Summit on Fisheries will be held": "2019-02-12",
        "Japan's GDP is estimated to have increased by 5 percent during the first nine months": (
            "2019"
        ),
    }


def test_a_participle_phrase_that_opens_the_sentence_dates_its_subject():
    text = DAY + (
        "Launched in 2011, the Harwick dialogue aims to normalise relations. "
        "Founded in 1964 by rebels, the Wren Front is the oldest group. "
        "Based on the results of the summit held in November 2008, work has begun."
    )
    assert {(e.get("date"), e.get("what")) for e in kind(extract(text), "event")} == {
        ("2011", "The Harwick dialogue was launched"),
        ("1964", "The Wren Front was founded by rebels"),
        ("2008-11", "The summit was held"),
    }


def test_a_name_whose_last_words_look_like_a_participle_phrase_keeps_its_verb():
    text = DAY + (
        "The Tribunal for the Law of the Sea ruled on 28 January 2019 that Harwick holds no "
        "claim. Lena builds on the accord signed in 1998."
    )
    assert {(e.get("date"), e.get("what")) for e in kind(extract(text), "event")} == {
        ("2019-01-28", "The Tribunal for the Law of the Sea ruled that Harwick holds no claim"),
        ("1998", "The accord was signed"),
    }


def test_a_possessive_date_that_opens_the_sentence_dates_the_noun_it_qualifies():
    text = DAY + (
        "Today’s agreement is subject to a treaty. Yesterday's meeting between Ola Finn and "
        "Ilan Brek lasted three hours."
    )
    assert {(e.get("date"), e.get("what")) for e in kind(extract(text), "event")} == {
        ("2019-02-08", "The agreement is subject to a treaty"),
        ("2019-02-07", "The meeting between Ola Finn and Ilan Brek lasted three hours"),
    }


def test_the_part_of_the_day_before_a_date_goes_with_it():
    text = DAY + "A final agreement came in the early hours of Thursday morning."
    assert events(text) == {"A final agreement came": "2019-02-07"}


def test_a_clock_time_is_cut_from_the_clause_whole():
    text = DAY + (
        "Ola Finn left Harwick on Thursday at 6:30pm, for Stellby. Ilan Brek arrived in "
        "Wrenport at 10.30 a.m. on Thursday. Mara Voss met envoys at 10 Kestel Street on "
        "Thursday."
    )
    assert events(text) == {
        "Ola Finn left Harwick": "2019-02-07",
        "Ilan Brek arrived in Wrenport": "2019-02-07",
        "Mara Voss met envoys at 10 Kestel Street": "2019-02-07",
    }


def test_a_relative_clause_in_brackets_is_no_part_of_the_event():
    text = DAY + (
        "In 1904, Calder (of which Wren was then a protectorate) and Lena (as Stellby was then "
        "called) concluded a treaty."
    )
    assert events(text) == {"Calder and Lena concluded a treaty": "1904"}


def test_a_date_between_the_verb_and_its_that_clause_keeps_the_clause():
    found = events(
        "date 2018-05-30\n\nThe court ruled on May 23, 2008, that Lena belongs to Calder."
    )
    assert found == {"The court ruled that Lena belongs to Calder": "2008-05-23"}


def test_a_relative_clause_after_the_subject_is_passed_over_for_the_main_verb():
    text = DAY + (
        "The Wren Boundary Commission that was established under the Skarn Accord agreed upon "
        "a verdict in April 2002. "
        "The committee which was set up by Calder met Brena officials in May 2003. "
        "The Skarn Council, in collaboration with the Court, issued a ruling in June 2004. "
        "Calder and Brena have been at peace since December 2000, where an accord was signed "
        "by the two governments following the war that broke out in 1998."
    )
    found = events(text)
    assert {what: date for what, date in found.items() if "peace" not in what} == {
        "The Wren Boundary Commission agreed upon a verdict": "2002-04",
        "The committee met Brena officials": "2003-05",
        "The Skarn Council issued a ruling": "2004-06",
    }
    assert "1998" not in found.values()  # "where an accord was signed": no main clause


def test_to_a_place_says_where_only_after_going_there():
    text = DAY + (
        "Ola Finn reached out to Bucharest in October 2016. "
        "Ilan Brek flew to Bucharest in November 2016. "
        "Mara Voss made a trip to Bucharest in December 2016."
    )
    where = {e.get("date"): e.get("where") for e in kind(extract(text), "event")}
    assert where == {"2016-10": None, "2016-11": "Bucharest", "2016-12": "Bucharest"}


def test_a_date_paired_with_another_dates_no_event_alone():
    text = DAY + (
        "The council imposed sanctions in 2016 and 2017 that have hurt the economy. "
        "The council imposed new sanctions in 2018."
    )
    assert events(text) == {"The council imposed new sanctions": "2018"}


def test_a_date_in_a_relative_clause_after_another_date_is_not_the_main_verbs():
    text = "date 2016-11-30\n\n" + (
        "Estonia and Latvia signed a peace accord in September that was rejected in a "
        "referendum last month."
    )
    assert events(text) == {
        "Estonia and Latvia signed a peace accord that was rejected in a referendum": "2016-09"
    }


def test_a_year_before_a_noun_in_an_aside_dates_the_noun_not_the_aside():
    text = DAY + (
        "Former senator Ola Finn, who chaired the negotiations which led to the 1998 peace "
        "accord, is to speak on Monday. Ilan Brek, who visited Wren in 2004, spoke."
    )
    found = events(text)
    assert "1998" not in found.values()
    assert found.get("Ilan Brek visited Wren") == "2004"


def test_back_before_a_date_goes_with_the_date():
    found = events("date 2010-12-22\n\nCalder and Brena signed the arms treaty back in April.")
    assert found == {"Calder and Brena signed the arms treaty": "2010-04"}
