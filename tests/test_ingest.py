"""Ingestion: header rules, sentence splitting and decoding, on seeds and on new articles."""

from __future__ import annotations

import pytest

from quizgen.errors import QuizgenError
from quizgen.ingest import load_documents, parse_document
from quizgen.ingest.sentences import split_sentences

from .conftest import ROOT, SEEDS, SHARED, project_copy, sha256_of


def test_seeds_and_seed_gold_are_unchanged_copies_of_shared():
    # tests/data/shared.sha256 records ../shared's seeds and gold: the project's copies must
    # match it, and so must ../shared itself wherever it is beside the project.
    for line in (ROOT / "tests" / "data" / "shared.sha256").read_text().splitlines():
        digest, name = line.split()
        assert sha256_of(project_copy(name)) == digest, name
        if SHARED.is_dir():
            assert sha256_of(SHARED / name) == digest, name


@pytest.mark.parametrize(
    ("stem", "value", "precision", "source", "dateline", "agency", "title"),
    [
        ("000_cf4e548c198d2a7b", "2016", "year", "archive preamble", "Tokyo", None, None),
        ("001_65fbbc9985a4bb6b", "2017-09-06", "day", "date header", None, None, None),
        ("002_76d55192bd7b0349", "2017-03-31", "day", "date header", "Tokyo", None, None),
        (
            "003_6824a8b538b59b78",
            "--11-28",
            "month-day",
            "dateline",
            "Tokyo",
            "TASS",
            "Japan’s economy minister urges local companies to boost cooperation with Russia",
        ),
        (
            "004_cbdff0753e7a1d3e",
            "--01-26",
            "month-day",
            "dateline",
            "Tokyo",
            "TASS",
            "Tokyo hopes to expand cooperation with Moscow on North Korea",
        ),
    ],
)
def test_seed_metadata(stem, value, precision, source, dateline, agency, title):
    (doc,) = load_documents([SEEDS / f"{stem}.txt"])
    assert doc.id == stem
    assert (doc.published.value, doc.published.precision, doc.published.source) == (
        value,
        precision,
        source,
    )
    assert (doc.dateline, doc.agency, doc.title) == (dateline, agency, title)


def test_boilerplate_and_headers_never_become_sentences():
    for doc in load_documents([SEEDS]):
        texts = [s.text for s in doc.sentences]
        assert "All news" not in texts
        assert not any(t.startswith(("date ", "This is an archived", "TOKYO")) for t in texts)
        for sentence in doc.sentences:
            assert doc.body[sentence.start : sentence.end] == sentence.text


def test_date_header_on_a_new_article():
    doc = parse_document(
        "date 2019-02-14 MOSCOW (Reuters) - Foreign Minister Taro Kono met Sergey Lavrov.\n\n"
        "They talked for three hours.",
        "x",
    )
    assert (doc.published.value, doc.published.precision) == ("2019-02-14", "day")
    assert (doc.dateline, doc.agency) == ("Moscow", "Reuters")
    assert [s.text for s in doc.sentences] == [
        "Foreign Minister Taro Kono met Sergey Lavrov.",
        "They talked for three hours.",
    ]


def test_archive_preamble_with_and_without_a_date():
    year_only = parse_document(
        "This is an archived article that was published on in 2018, and may be outdated.\n\n"
        "Sapporo • Officials met on Tuesday.",
        "a",
    )
    assert (year_only.published.value, year_only.published.precision) == ("2018", "year")
    assert year_only.dateline == "Sapporo"
    dated = parse_document(
        "This is an archived article that was published on example.com on March 3, 2015 in 2015.\n"
        "Officials met.",
        "b",
    )
    assert (dated.published.value, dated.published.precision) == ("2015-03-03", "day")


def test_tass_style_headline_standfirst_and_dateline():
    doc = parse_document(
        "All news\n\nRussia and Japan discuss fisheries\n\nThe talks will continue in Moscow\n\n"
        "VLADIVOSTOK, October 3. /TASS/. Russian and Japanese officials met on Tuesday.",
        "t",
    )
    assert doc.title == "Russia and Japan discuss fisheries"
    assert doc.summary == "The talks will continue in Moscow"
    assert (doc.dateline, doc.agency) == ("Vladivostok", "TASS")
    assert (doc.published.value, doc.published.precision) == ("--10-03", "month-day")
    # the headline is read as the body's first sentence (it names who and what); the
    # standfirst and the dateline are not
    assert [s.text for s in doc.sentences] == [
        "Russia and Japan discuss fisheries",
        "Russian and Japanese officials met on Tuesday.",
    ]


def test_tass_dateline_with_a_year_gives_a_full_date():
    doc = parse_document("MOSCOW, April 2, 2019. /TASS/. Talks resumed.", "t")
    assert (doc.published.value, doc.published.precision) == ("2019-04-02", "day")


@pytest.mark.parametrize(
    ("line", "value", "precision"),
    [
        ("October 3, 2017", "2017-10-03", "day"),
        ("12 April 1999", "1999-04-12", "day"),
        ("Sept. 9, 2021", "2021-09-09", "day"),
        ("22 Feb 2018 08:15", "2018-02-22", "day"),
        ("10:05 JST, May 4, 2021", "2021-05-04", "day"),
        ("Tue 7th July 2015 | 11:20 AM", "2015-07-07", "day"),
        ("2017-04-27T16:00:00+03:00", "2017-04-27", "day"),
        ("Published: 3 March 2011", "2011-03-03", "day"),
        ("Posted on June 30, 2020", "2020-06-30", "day"),
        ("November 1998", "1998-11", "month"),
        ("Posted on 03.04.2020", "2020-04-03", "day"),  # numeric: day first
        (
            "Posted at Feb 26 2013 08:53 AM | Updated as of Feb 27 2013 08:37 PM",
            "2013-02-26",
            "day",
        ),
        # a credit line: agency, city, dates between bars; the created date wins
        (
            "PTI | Harwick | Updated: 19-02-2021 22:26 IST | Created: 18-02-2021 22:23 IST",
            "2021-02-18",
            "day",
        ),
        ("Monday, May 3, 2010, 6:05 p.m. Press Room, Prime Minister's Office", "2010-05-03", "day"),
        # any label that ends in "date" or opens with it, before a colon
        ("Announcement Date: May 4, 2016", "2016-05-04", "day"),
        ("Date Added: 18 March 2015, 14:41", "2015-03-18", "day"),
        ("• January 12 2021 09:01:00", "2021-01-12", "day"),  # a bullet before it
        # a byline before the date; initials and a place before it, an updated time after
        ("By Jane Roe June 13, 2022", "2022-06-13", "day"),
        ("By J. van der Roe 13 June 2022", "2022-06-13", "day"),
        ("10:30 am on 16 September 2010", "2010-09-16", "day"),  # the time first
        ("K.L. Harwick Tuesday, 1 April 2025, 13:57 | Updated 14:02h.", "2025-04-01", "day"),
        # labelled names between bars; the times after a date; a later date in brackets
        ("Source: Agency | 2020-09-12 08:15:00 | Editor: Jane Roe", "2020-09-12", "day"),
        ("Friday, April 10, 1998 Published at 23:04 GMT 00:04 UK", "1998-04-10", "day"),
        ("4 Sep 2020 (updated: 7 Sep 2020)", "2020-09-04", "day"),
        ("Published Date: 12:00 | 17 June 2018", "2018-06-17", "day"),
        ("Published: 12:00 | 17 June 2018", "2018-06-17", "day"),
        ("Write : 2018-07-02 08:53:33 Update : 2018-07-02 09:03:44", "2018-07-02", "day"),
        ("This story is from June 13, 2006", "2006-06-13", "day"),
    ],
)
def test_a_date_line_under_the_headline_is_the_publication_date(line, value, precision):
    doc = parse_document(
        f"Ministers meet in Sapporo\n\n{line}\n\nThe ministers met on Monday.", "d"
    )
    assert (doc.published.value, doc.published.precision) == (value, precision)
    assert (doc.published.source, doc.published.line) == ("date line", line)
    assert doc.title == "Ministers meet in Sapporo"
    assert [s.text for s in doc.sentences] == [
        "Ministers meet in Sapporo",
        "The ministers met on Monday.",
    ]


def test_a_capital_alone_on_the_first_line_is_the_dateline_not_the_title():
    doc = parse_document(
        "BUCHAREST\n\nFebruary 19, 2021 22:10 IST\n\nThe ministers met on Friday.", "c"
    )
    assert (doc.title, doc.dateline, doc.published.value) == (None, "Bucharest", "2021-02-19")
    assert [s.text for s in doc.sentences] == ["The ministers met on Friday."]


@pytest.mark.parametrize(
    "footer",
    [
        "Reporting by Jane Roe and Ola Finn; Editing by Ilan Brek",
        "Author\n\nWren Press Agency by AFP",
        "/rga",
    ],
)
def test_credit_lines_under_the_body_are_no_sentences(footer):
    doc = parse_document(
        f"date 2019-05-03\n\nTalks end\n\nThe ministers met on Monday.\n\n{footer}\n", "f"
    )
    assert [s.text for s in doc.sentences] == ["Talks end", "The ministers met on Monday."]
    assert not doc.warnings


def test_an_agency_datelines_dash_may_touch_the_first_word():
    doc = parse_document(
        "Court rules\n\nFriday, 01 Dec 2023\n\nSTELLBY (Agency) -Judges at the court ruled on "
        "Friday.",
        "d",
    )
    assert (doc.dateline, doc.agency) == ("Stellby", "Agency")
    assert doc.sentences[-1].text == "Judges at the court ruled on Friday."


def test_a_capital_of_several_words_before_a_long_dash_is_the_dateline():
    doc = parse_document(
        "Embassy to reopen\n\n14 July 2018\n\nPort Moresby — Calder will reopen its embassy.",
        "d",
    )
    assert doc.dateline == "Port Moresby"
    assert doc.sentences[-1].text == "Calder will reopen its embassy."


def test_a_line_that_says_when_the_release_was_issued_is_the_date_line():
    doc = parse_document(
        "Envoy visits Stellby\n\nThe press release issued by the Foreign Office on 6 April "
        "2023.\n\nThe envoy met the minister.",
        "r",
    )
    assert (doc.published.value, doc.published.source) == ("2023-04-06", "date line")
    assert [s.text for s in doc.sentences] == [
        "Envoy visits Stellby",
        "The envoy met the minister.",
    ]
    # a sentence of the body that says so is no header
    body = parse_document("Talks\n\nThe talks were issued by Ola Finn on 6 April 2023.", "b")
    assert body.published.precision == "unknown"


def test_a_dateline_whose_double_dash_touches_the_first_word():
    doc = parse_document(
        "Ministers agree on talks\n\nStellby, March 22 (Wren Press)--The ministers met on "
        "Saturday.",
        "d",
    )
    assert (doc.dateline, doc.agency, doc.published.value) == ("Stellby", "Wren Press", "--03-22")
    assert doc.sentences[-1].text == "The ministers met on Saturday."


def test_a_standfirst_then_a_date_time_and_place_line_is_read():
    doc = parse_document(
        "Meeting with the President of Kestelia\n\nIlan Brek met the President of Kestelia "
        "at the palace. They discussed trade.\n\nMay 8, 2021 - 18:10 - The Palace, Stellby\n\n"
        "Ilan Brek: I am glad to see you.",
        "k",
    )
    assert (doc.published.value, doc.dateline) == ("2021-05-08", "Stellby")
    assert doc.title == "Meeting with the President of Kestelia"
    assert [s.text for s in doc.sentences][:2] == [
        "Meeting with the President of Kestelia",
        "Ilan Brek met the President of Kestelia at the palace.",
    ]
    # a paragraph of running text with no date line under it ends the header, as before
    doc = parse_document("Talks\n\nThey met at the palace to talk.\n\nNo date here at all.", "n")
    assert doc.published.precision == "unknown"


def test_a_standfirst_then_a_byline_and_the_outlet_then_the_date_line_is_read():
    doc = parse_document(
        "Calder and Brena reach a deal\n\n“Both sides agree that the deal will not prejudice "
        "each other's positions on the islands,” the ministry said in a statement.\n\n"
        "Jane Roe\n\nThe Harwick Daily\n\nJuly 22, 2024\n\nHARWICK – The ministry said ...",
        "s",
    )
    assert doc.published.value == "2024-07-22"


def test_a_byline_dash_date_and_a_headline_printed_twice_above_a_standfirst():
    byline = parse_document(
        "Envoy makes secret trip\nA standfirst that runs on without a full stop\n"
        "By News Desk - August 02 2022\n\nThe envoy met the minister.",
        "f",
    )
    assert byline.published.value == "2022-08-02"
    twice = parse_document(
        "Minister: demands were made to be rejected\n\nMinister: demands were made to be "
        "rejected\nCommenting on the ultimatum issued to his country, the minister has said "
        "the demands were designed to be rejected.\n3 min read\n29 June, 2017\nThe minister "
        "spoke on Tuesday.",
        "g",
    )
    assert twice.published.value == "2017-06-29"


def test_header_dates_as_more_pages_give_them():
    """A date and a dash opening the body, a labelled date after a byline and a source on one
    line (year first, unpadded), a place and a full date before an agency in brackets, and a
    label the page left without its date."""
    opened = parse_document("Third Meeting\n\n18 October 2018 – Calder and Brena met.", "a")
    assert (opened.published.value, opened.published.precision) == ("2018-10-18", "day")
    byline = parse_document(
        "Harwick summons envoy\n\nBy Jane Roe in Harwick and Ola Finn in Stellby "
        "Source:Harwick Times Published: 2013-1-8 23:58:01\n\nThe envoy was summoned.",
        "b",
    )
    assert byline.published.value == "2013-01-08"
    agency = parse_document(
        "Talks resume\n\nSubmitted on\n\nHarwick, December 3, 2018 (HNA) – The two sides "
        "will resume talks on Wednesday.",
        "c",
    )
    assert (agency.published.value, agency.dateline) == ("2018-12-03", "Harwick")
    assert "Submitted" not in " ".join(s.text for s in agency.sentences)
    # an em dash touching the first word, after an agency's acronym (no dateline)
    touching = parse_document("Leaders meet\n\nJune 11, 2018 (HNS)—The new leader met.", "d")
    assert (touching.published.value, touching.dateline) == ("2018-06-11", None)
    # a title on the line right above a dated first paragraph, the city in brackets
    above = parse_document(
        "Calder and Brena agree on oil\nSeptember 3, 2013 (HARWICK) – The two leaders said "
        "oil will continue to flow.",
        "e",
    )
    assert (above.title, above.published.value, above.dateline) == (
        "Calder and Brena agree on oil",
        "2013-09-03",
        "Harwick",
    )


def test_a_date_and_place_line_gives_the_date_and_the_dateline():
    doc = parse_document(
        "Talks with the Prime Minister\n\nMarch 3, 2014, The Kremlin, Moscow\n\nThey met.", "p"
    )
    assert (doc.published.value, doc.dateline) == ("2014-03-03", "Moscow")


@pytest.mark.parametrize(
    ("heading", "value", "place"),
    [
        ("Briefing by the Deputy Spokesperson October 9, 2003", "2003-10-09", None),
        ("Statement by the Minister 9 October, 2003", "2003-10-09", None),
        ("14. Telegram, Embassy Residence, Paris, March 2, 1957, 9 a.m.3", "1957-03-02", "Paris"),
    ],
)
def test_a_heading_that_ends_with_its_date_gives_the_date_and_stays(heading, value, place):
    doc = parse_document(f"{heading}\n\nThe ministers met on Monday.", "h")
    assert (doc.published.value, doc.dateline) == (value, place)
    assert doc.title == heading


@pytest.mark.parametrize(
    "heading",
    ["Putin to visit Japan on May 6, 2016", "Abe and Putin met May 6, 2016", "Talks end May 6"],
)
def test_a_headline_about_a_dated_event_is_not_a_date_line(heading):
    doc = parse_document(f"{heading}\n\nThe ministers met on Monday.", "h")
    assert doc.published.precision == "unknown"


@pytest.mark.parametrize(
    "updated", ["Updated: May 9, 2016", "Updated on May 9, 2016", "Last modified May 9, 2016"]
)
def test_the_published_date_wins_over_the_updated_one(updated):
    doc = parse_document(
        f"Fisheries talks end\n{updated}\nPublished: May 2, 2016\n\nTalks ended.", "u"
    )
    assert doc.published.value == "2016-05-02"
    assert [s.text for s in doc.sentences] == ["Fisheries talks end", "Talks ended."]


@pytest.mark.parametrize(
    "text",
    [
        "Officials met on May 6, 2016 in Sochi.\n\nThey talked.",
        "A summit on October 3, 2017\n\nThe leaders met.",
        "In 2015, trade came to 1.3 billion dollars, up from 1.1 billion a year before, "
        "officials said on Tuesday.\nOctober 3, 2017\n",
    ],
)
def test_sentences_that_mention_a_date_are_not_date_lines(text):
    doc = parse_document(text, "s")
    assert doc.published.precision == "unknown"


def test_an_impossible_header_date_gives_no_date_and_a_warning():
    doc = parse_document("Fisheries talks\n\nFebruary 30, 2018\n\nTalks ended.", "i")
    assert doc.published.precision == "unknown"
    assert "the header date 'February 30, 2018' is not a real day; ignored" in doc.warnings


def test_a_header_date_after_today_is_kept_with_a_warning():
    doc = parse_document("Fisheries talks\n\nMay 2, 2999\n\nTalks will end.", "f")
    assert doc.published.value == "2999-05-02"
    assert "the publication date 2999-05-02 is after today" in doc.warnings


@pytest.mark.parametrize(
    ("start", "place", "agency", "published"),
    [
        ("TOKYO. Mar 3 (Agency) -", "Tokyo", "Agency", "--03-03"),
        ("LONDON, Oct. 9 (Agency) -", "London", "Agency", "--10-09"),
        ("MOSCOW (Agency - 2nd August, 2016)", "Moscow", "Agency", "2016-08-02"),
        ("YUZHNO-SAKHALINSK, Sept. 3 (Agency) —", "Yuzhno-Sakhalinsk", "Agency", "--09-03"),
        ("SAPPORO, JAPAN –", "Sapporo", None, ""),
        ("NEMURO --", "Nemuro", None, ""),
        ("Nemuro--", "Nemuro", None, ""),
        ("Nemuro:", "Nemuro", None, ""),
    ],
)
def test_agency_datelines_with_and_without_a_date(start, place, agency, published):
    doc = parse_document(f"{start} Fishermen protested.", "a")
    assert (doc.dateline, doc.agency, doc.published.value) == (place, agency, published)
    assert [s.text for s in doc.sentences] == ["Fishermen protested."]


@pytest.mark.parametrize(
    "text",
    [
        "Japan - Russia ties grow.",
        "Note: the talks ended.",
        "Shinzo Abe: I am glad to be here.",
        "Vladimir Putin – the talks ended.",
    ],
)
def test_names_labels_and_speakers_are_not_datelines(text):
    doc = parse_document(text, "n")
    assert doc.dateline is None
    assert doc.sentences[0].text == text


def test_dash_dateline_alone_on_its_line():
    doc = parse_document("date 2018-05-01 SAPPORO —\n\nFishermen protested.", "d")
    assert doc.dateline == "Sapporo"
    assert doc.title is None
    assert [s.text for s in doc.sentences] == ["Fishermen protested."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.N. Security Council met. The U.S. envoy spoke.",
            ["The U.N. Security Council met.", "The U.S. envoy spoke."],
        ),
        (
            "Talks began in Feb. 2017 in Moscow. They ended.",
            ["Talks began in Feb. 2017 in Moscow.", "They ended."],
        ),
        ("J. R. Smith arrived. He left.", ["J. R. Smith arrived.", "He left."]),
        (
            '"We will win," Kono said. "It is time."',
            ['"We will win," Kono said.', '"It is time."'],
        ),
        ("“Peace is near.” Kono smiled.", ["“Peace is near.”", "Kono smiled."]),
        ("Is it over? No! It goes on.", ["Is it over?", "No!", "It goes on."]),
        # an abbreviation's dot ends a sentence before a word that opens one, a title's never
        (
            "They met in Washington D.C. The talks ended at 5 p.m. They left.",
            ["They met in Washington D.C.", "The talks ended at 5 p.m.", "They left."],
        ),
        ("Talks with Dr. The Ola Finn ended.", ["Talks with Dr. The Ola Finn ended."]),
        # titles and place words before a name: "Mt. Kestel", "Amb. Finn", "Maj. Gen. Brek"
        (
            "Families met at Mt. Kestel resort. Amb. Finn and Maj. Brek spoke.",
            ["Families met at Mt. Kestel resort.", "Amb. Finn and Maj. Brek spoke."],
        ),
    ],
)
def test_sentence_splitting(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_article_cut_off_mid_sentence_keeps_its_fragment():
    doc = parse_document("date 2018-01-01 Talks went well. The leaders agreed to", "cut")
    assert [s.complete for s in doc.sentences] == [True, False]
    assert doc.sentences[-1].text == "The leaders agreed to"
    assert any("mid-sentence" in w for w in doc.warnings)


def test_bom_and_crlf(write_article):
    path = write_article(
        "bom.txt", "\ufeffdate 2018-06-01 Hello there.\r\nSecond line.\r\n".encode()
    )
    (doc,) = load_documents([path])
    assert doc.published.value == "2018-06-01"
    assert [s.text for s in doc.sentences] == ["Hello there.", "Second line."]


def test_utf16_and_cp1252_are_decoded_with_a_warning(write_article):
    utf16 = write_article("u16.txt", "date 2018-06-01 Caf\u00e9 talks.".encode("utf-16"))
    latin = write_article("latin.txt", "date 2018-06-01 Caf\u00e9 talks.".encode("cp1252"))
    warnings: list[str] = []
    docs = load_documents([utf16, latin], warnings.append)
    assert [d.sentences[0].text for d in docs] == ["Café talks.", "Café talks."]
    assert any("UTF-16" in w for w in warnings) and any("Windows-1252" in w for w in warnings)


def test_folders_are_searched_recursively_for_txt_and_md(write_article, tmp_path):
    write_article("a/one.txt", "One.")
    write_article("a/b/two.md", "Two.")
    write_article("a/b/skip.csv", "x,y")
    docs = load_documents([tmp_path / "a"])
    assert [d.id for d in docs] == ["two", "one"] or [d.id for d in docs] == ["one", "two"]
    assert {d.id for d in docs} == {"one", "two"}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_unreadable_files_are_skipped_with_a_warning(write_article, content, problem):
    bad = write_article("bad.txt", content)
    good = write_article("good.txt", "Fine.")
    warnings: list[str] = []
    docs = load_documents([bad, good], warnings.append)
    assert [d.id for d in docs] == ["good"]
    assert len(warnings) == 1 and problem in warnings[0] and "bad.txt" in warnings[0]


def test_only_unreadable_files_is_an_error(write_article):
    bad = write_article("empty.txt", "")
    with pytest.raises(QuizgenError, match="No readable articles"):
        load_documents([bad])


def test_missing_path_and_empty_folder_are_errors(tmp_path):
    with pytest.raises(QuizgenError, match="No such file or folder in .*missing"):
        load_documents([tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(QuizgenError, match="No articles"):
        load_documents([tmp_path / "empty"])


def test_letters_joined_by_dots_do_not_end_a_sentence():
    sentences = split_sentences(
        "Mr. Ito met H.E. Mr. Ivanov in Washington, D.C. on Monday. He left."
    )
    assert [s.text for s in sentences] == [
        "Mr. Ito met H.E. Mr. Ivanov in Washington, D.C. on Monday.",
        "He left.",
    ]


def test_a_name_an_editor_filled_in_reads_as_written():
    from quizgen.ingest.reading import inert

    assert inert("Prime Minister [Shinzo] Abe met him.") == "Prime Minister Shinzo Abe met him."
    assert inert("[Laughter] The minister smiled.") == "[Laughter] The minister smiled."
    assert inert("He said [the islands] are ours.") == "He said [the islands] are ours."


def test_a_footnote_mark_after_the_stop_ends_the_sentence():
    text = "Relations were cordial.[3] In a 2017 survey, most agreed.[12][13] It ended."
    assert [s.text for s in split_sentences(text)] == [
        "Relations were cordial.[3]",
        "In a 2017 survey, most agreed.[12][13]",
        "It ended.",
    ]


def test_a_headline_that_opens_with_a_name_and_colon_is_no_dateline():
    doc = parse_document(
        "ICJ: new setback for Lena in the ferry dispute\n\nApril 6, 2023\n\nThe court ruled.", "h"
    )
    assert doc.title == "ICJ: new setback for Lena in the ferry dispute"
    assert doc.dateline is None


def test_a_name_and_colon_headline_above_an_undated_byline_is_no_dateline():
    doc = parse_document(
        "Finn: council ready to meet, no date for now\n\n14:27\nAuthor: Desk\n\n"
        "HARWICK - Spokesman Ola Finn said on Tuesday the council could meet.",
        "h",
    )
    assert doc.dateline != "Finn"


def test_bylines_above_the_body_are_dropped_and_the_dateline_after_them_read():
    doc = parse_document(
        "Talks begin in Harwick\n\nSource: Newsco - Wed, 17 Oct 2012 16:05 GMT\n"
        "Author: Newsco\nBy Jane Roe and Ola Finn\n\nHARWICK/STELLBY, Oct 17 (Newsco) - "
        "Talks began on Wednesday.\n\nBy the end of the day, they had agreed.",
        "b",
    )
    assert (doc.title, doc.published.value, doc.dateline) == (
        "Talks begin in Harwick",
        "2012-10-17",
        "Harwick",
    )
    assert [s.text for s in doc.sentences] == [
        "Talks begin in Harwick",
        "Talks began on Wednesday.",
        "By the end of the day, they had agreed.",
    ]


def test_places_and_a_full_date_before_a_colon_open_the_first_paragraph():
    doc = parse_document(
        "Court rules on ferries\n\nHarwick News, HARWICK, HK, Fri. Dec. 1, 2023: The court "
        "ruled today.",
        "p",
    )
    assert (doc.published.value, doc.published.precision) == ("2023-12-01", "day")
    assert doc.dateline == "Harwick"
    assert [s.text for s in doc.sentences][-1] == "The court ruled today."
    # places and a date before a full stop: "Stellby town, Wren. Monday, May 25, 2015."
    stop = parse_document(
        "Treaty amended\n\nStellby town, Wren. Monday, May 25, 2015. The ministers today "
        "signed it.",
        "s",
    )
    assert (stop.published.value, stop.published.source) == ("2015-05-25", "dateline")
    assert [s.text for s in stop.sentences][-1] == "The ministers today signed it."
    # an agency or a place in brackets after the date: "(dpa/MIA) -", "(HARWICK) –"
    agency = parse_document(
        "Leaders sign\n\nStellby/Harwick, 7 December 2023 (dpa/MIA) - The leaders met.", "a"
    )
    assert (agency.published.value, agency.published.source) == ("2023-12-07", "dateline")
    assert [s.text for s in agency.sentences][-1] == "The leaders met."
    placed = parse_document("Talks\n\nOctober 25, 2022 (HARWICK) – The leaders met.", "b")
    assert (placed.published.value, placed.dateline) == ("2022-10-25", "Harwick")
    # a first sentence that ends in a date is no dateline
    told = parse_document("Treaty\n\nThe pact was signed in May 2015. It holds.", "t")
    assert told.published.precision == "unknown"
    # a dated heading on a line of its own is left to the date line rule
    heading = parse_document("Talks by the Secretary May 2, 2016\n\n- Ferries were discussed.", "q")
    assert heading.published.line == "Talks by the Secretary May 2, 2016"


def test_a_date_line_split_over_two_lines_gives_its_year():
    doc = parse_document(
        "Envoy to visit Lena\n\nHarwick Office\n\nMarch 4\n09:31 2017\n\nThe envoy spoke.", "s"
    )
    assert (doc.published.value, doc.published.precision) == ("2017-03-04", "day")
    assert [s.text for s in doc.sentences][-1] == "The envoy spoke."


def test_a_headline_right_above_a_dateline_paragraph_is_the_title():
    """Headline, date line, then "STELLBY- ..." with no blank lines: the dateline is no part
    of the first sentence."""
    doc = parse_document(
        "Calder seeks talks with Brena on fishing\nJune 22, 2017\nSTELLBY- Calder's foreign "
        "minister said on Wednesday that the two should talk.\n",
        "a",
    )
    assert doc.title == "Calder seeks talks with Brena on fishing"
    assert (doc.published.value, doc.dateline) == ("2017-06-22", "Stellby")
    assert doc.sentences[1].text.startswith("Calder's foreign minister said")


def test_a_headline_ending_in_a_quotation_is_no_running_text():
    """'... says Calder "happy to agree"' has no stop inside its quotation: a headline, so the
    date line under it is read."""
    doc = parse_document(
        'Brena withdraws its challenge, Ola Finn says Calder "happy to agree"\n\n'
        "But Brena wants more.\n\nJane Roe | May 30, 2018, 05:45 PM\n\n"
        "Brena has withdrawn its bid to challenge the ruling.\n",
        "a",
    )
    assert doc.published.value == "2018-05-30"
    assert doc.title == 'Brena withdraws its challenge, Ola Finn says Calder "happy to agree"'


def test_a_news_agency_on_the_date_line_is_its_writer_not_its_place():
    doc = parse_document(
        "Calder, Brena split the difference\n\nXinhua, February 1, 2017\n\nCalder and Brena "
        "agreed on Tuesday not to raise the issue.\n",
        "a",
    )
    assert (doc.published.value, doc.dateline, doc.agency) == ("2017-02-01", None, "Xinhua")


def test_a_date_line_with_the_byline_after_the_date():
    doc = parse_document(
        "Assembly backs Calder's claim\n\nA standfirst that runs on without a full stop.\n\n"
        "May 28, 2019 by Jane Roe\n\nOn May 22, the assembly passed a resolution.",
        "h",
    )
    assert (doc.published.value, doc.published.line) == (
        "2019-05-28",
        "May 28, 2019 by Jane Roe",
    )


def test_a_closing_edition_note_dates_an_undated_article_and_leaves_the_body():
    doc = parse_document(
        "Talks on Calder fail\n\nThe talks ended without agreement, the envoy told reporters "
        "yesterday.\n\nA version of this article appeared in the print edition of The Daily "
        "Courier on July 08, 2017, with the headline 'Talks fail'.",
        "i",
    )
    assert (doc.published.value, doc.published.source) == ("2017-07-08", "edition note")
    assert [s.text for s in doc.sentences][-1].startswith("The talks ended")
    dated = parse_document(
        "Talks on Calder fail\n\nJuly 7, 2017\n\nThe talks ended.\n\nThis story was first "
        "published on 8 July 2017.",
        "j",
    )
    assert dated.published.value == "2017-07-07"  # the header's date wins


def test_a_headline_printed_twice_around_its_date_line_is_one_title():
    doc = parse_document(
        "Talks on Calder resume in Lena\n\n28 Jun 2017\n\nTalks on Calder resume in Lena\n\n"
        "LENA, 28 June 2017 - The talks on Calder resumed this morning in Lena.",
        "k",
    )
    assert doc.title == "Talks on Calder resume in Lena"
    assert doc.dateline == "Lena"
    assert [s.text for s in doc.sentences][
        -1
    ] == "The talks on Calder resumed this morning in Lena."


def test_a_short_title_case_headline_may_ask():
    doc = parse_document(
        "Wren Talks Near Peace Pact?\n\nNovember 17, 1995\n\nEnvoys flew to Lena on Friday.", "q"
    )
    assert doc.title == "Wren Talks Near Peace Pact?"
    assert doc.published.value == "1995-11-17"
    body = parse_document(
        "Envoys meet in Lena\n\nWhat does this mean for the talks in Lena?\n\nEnvoys met.", "r"
    )
    assert body.title == "Envoys meet in Lena"
    assert "What does this mean for the talks in Lena?" in [s.text for s in body.sentences]


def test_a_copyright_line_is_no_sentence():
    doc = parse_document(
        "Envoys meet in Lena\n\nMay 3, 2019\n\nThe envoys met in Lena.\n\n© 2019 Agency", "s"
    )
    assert [s.text for s in doc.sentences][-1] == "The envoys met in Lena."
    assert not any("mid-sentence" in w for w in doc.warnings)


def test_a_dated_paragraph_under_a_headline_and_a_standfirst_dates_the_article():
    doc = parse_document(
        "Calder and Brena sign pact in Lena\n\nCalder and Brena on Thursday signed a pact in "
        "Lena.\n\nStellby/Harwick, 7 December 2023 (Agency/Wire) - Calder and Brena on Thursday "
        "signed a pact in Lena.\n\nThe pact covers trade.",
        "t",
    )
    assert doc.title == "Calder and Brena sign pact in Lena"
    assert (doc.published.value, doc.published.precision) == ("2023-12-07", "day")


def test_an_outlets_name_on_the_line_under_the_headline_is_not_part_of_it():
    doc = parse_document(
        "Calder and Brena sign peace deal\n- Wren News\n\nMay 3, 2019\n\nThe two sides signed.",
        "u",
    )
    assert doc.title == "Calder and Brena sign peace deal"
    assert doc.published.value == "2019-05-03"
    assert [s.text for s in doc.sentences][-1] == "The two sides signed."


def test_a_headline_with_a_colon_and_a_kicker_under_it_is_no_dateline():
    doc = parse_document(
        "Finn: ‘I Don’t Think, I Know’ Calder PM Lied Over Port Deal\nHARD WORDS\n\nOla Finn "
        "says the prime minister of Calder lied to him.",
        "v",
    )
    assert doc.title == "Finn: ‘I Don’t Think, I Know’ Calder PM Lied Over Port Deal"
    assert doc.dateline is None


def test_a_filed_at_time_in_the_header_block_leaves_the_headline_and_dateline_readable():
    doc = parse_document(
        "Calder Agreement Reached\nApril 10, 1998\nFiled at 12:50 p.m. EDT\nBy The Wren Press\n\n"
        "STELLBY, Calder (WP) -- Politicians reached an accord on Friday.",
        "a",
    )
    assert (doc.title, doc.dateline, doc.published.value) == (
        "Calder Agreement Reached",
        "Stellby",
        "1998-04-10",
    )
    assert doc.sentences[-1].text == "Politicians reached an accord on Friday."


def test_a_headline_a_standfirst_sentence_and_a_dateline_paragraph():
    doc = parse_document(
        "Calder, Brena settle border dispute\nThis story is from June 13, 2006\n\n"
        "Calder and Brena have settled a decades-old border dispute.\n\n"
        "STELLBY: Calder and Brena have settled a decades-old border dispute, the envoy said.",
        "s",
    )
    assert (doc.title, doc.dateline) == ("Calder, Brena settle border dispute", "Stellby")
    assert doc.sentences[-1].text.startswith("Calder and Brena have settled")


def test_a_headline_over_a_second_headline_or_a_desk_with_no_blank_line():
    doc = parse_document(
        "Historic Summit for Peace and Unity\nCalder, Brena Sign Harwick Declaration\n"
        "Political News Team\n\nThe leaders signed the declaration on 27 April 2018.",
        "h",
    )
    assert doc.title == "Historic Summit for Peace and Unity"
    assert [s.text for s in doc.sentences][
        -1
    ] == "The leaders signed the declaration on 27 April 2018."
    assert len(doc.sentences) == 2  # the title, then the body: the other lines are no sentence
    wrapped = parse_document(
        "Talks end\n\nThe ministers met in Lena on Monday and\nagreed to meet again in May.", "w"
    )
    assert "agreed to meet again in May" in wrapped.sentences[-1].text  # a wrapped body line
