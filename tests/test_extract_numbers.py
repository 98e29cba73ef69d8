"""Numbers and lists: what a quantity counts, what is skipped, enumerations with members."""

from __future__ import annotations

import random
import re

import pytest

from quizgen.extract.base import DocContext
from quizgen.extract.clauses import TAIL
from quizgen.extract.joined import sentences_holding
from quizgen.extract.lexicon import Lexicon
from quizgen.extract.lists import (
    AS_WELL_AS,
    CLAUSE,
    CONJUNCTION,
    DASH,
    DASHES,
    FIRST_CONJUNCTION,
    HOST,
    HOST_ENDS,
    LAST_CONJUNCT,
    TRIGGER,
    TRIGGERS,
    _dash,
    _trigger,
    _without_tail,
)
from quizgen.extract.number_scan import joined_matches, match_starts, number_pattern
from quizgen.extract.numbers import (
    _PARTY_STARTS,
    BOTH,
    COORDINATED_END,
    HOST_IN,
    IDENTIFIER,
    LABEL,
    LIVE,
    LIVE_WORD,
    PARTICLE_VERB,
    PARTY_NOUNS,
    PARTY_WORDS,
    PHRASE_TOKEN,
    SENTENCE_OPENERS,
    STOP,
    VERB,
    WORD_START,
    _identifier_before,
    _particle_before,
    _phrase,
    _verb_form,
    host_in,
)
from quizgen.ingest import parse_document

from .extract_helpers import DOMAIN, extract, kind, random_text

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
        "Lena said the two ministries’ experts had chosen a number of projects.",
        "The talks ended at 4:10 pm after a long lunch.",
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


@pytest.mark.parametrize("dash", [" — ", ": "])
def test_a_counted_noun_may_carry_a_for_or_of_phrase(dash):
    found = lists(
        f"The ministers identified five areas for joint projects{dash}aquaculture, greenhouse "
        "farming, tourism, wind power and waste reduction."
    )
    assert [(f["what"], f["count"], f["stated_count"]) for f in found] == [
        ("areas for joint projects", 5, 5)
    ]
    assert found[0]["members"][-1] == "waste reduction"


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


# Speed guards: each fast path finds what the plain search it stands for finds, on random text.

NUMBER_PIECES = [
    *(
        "about",
        "About",
        "APPROXIMATELY",
        "more than",
        "more  than",
        "ſome",
        "up to",
        "over",
        "Under",
    ),
    *("30", "17,000", "1,2345", "1956", "2016", "two", "Two", "TWO", "Four", "SEVENTEEN", "ten"),
    *("twenty-one", "eight-point", "two-plus-two", "ſix", "ſeven", "one", "someone", "often", "x"),
    *("islands", "-", ",", ".", ";", " ", "  ", "\t", "\u00a0", "(", "“", "”", "’", "—", "é", "ü"),
    *("\x00", "No.", "#", "Group of", "Article", "hand", "in", "trade in", "K", "Ⅻ", "²", "_"),
]
RARE_PIECES = ["ı", "İ", "ß", "٣", "３"]  # each sends a document down the sentence-by-sentence path


def _random_article(rng: random.Random, rare: bool) -> str:
    pieces = NUMBER_PIECES + (RARE_PIECES if rare else [])
    sentences = []
    for _ in range(rng.randint(1, 5)):
        words = [rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(rng.randint(0, 20))]
        sentences.append("".join(words).strip() + rng.choice((".", "", "!")))
    return rng.choice(("", "date 2019-02-08\n\n")) + rng.choice((" ", "\n")).join(sentences)


def test_number_matches_in_the_joined_sentences_are_the_matches_of_each_sentence():
    lex = Lexicon(DOMAIN)
    pattern = number_pattern(lex)
    rng = random.Random(17)
    fast = found = 0
    for i in range(2500):
        doc = parse_document(_random_article(rng, rare=i % 10 == 0), "r")
        ctx = DocContext(doc, DOMAIN, lex)
        starts = match_starts(ctx)
        plain = [
            (index, m.span())
            for index, s in enumerate(doc.sentences)
            for m in pattern.finditer(s.text)
        ]
        if starts is None:
            continue
        spans = [
            (index, (m.start() - offset, m.end() - offset))
            for index, _text, offset, m in joined_matches(pattern, ctx.joined, starts)
        ]
        assert spans == plain, doc.body
        fast += 1
        found += len(plain)
    assert fast > 2000 and found > 5000  # most documents take the scan, and hold numbers


def test_the_number_scan_is_left_for_what_it_cannot_take():
    lex = Lexicon(DOMAIN)
    for text in ("Fıve ships.", "SIXTEEN İslands.", "Straße 30 ships.", "٣ ships."):
        ctx = DocContext(parse_document(text, "r"), DOMAIN, lex)
        assert match_starts(ctx) is None, text
    ctx = DocContext(parse_document("Six ships, “30” boats.", "r"), DOMAIN, lex)
    assert match_starts(ctx) == [1, 13]


def test_case_folding_keeps_what_the_number_scan_relies_on():
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    ascii_word = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
    for char in chars:
        folded = char.casefold()
        assert folded, char  # folding never shortens a text
        if len(folded) == 1 and not (char.isalnum() or char in "_-"):
            assert folded not in ascii_word, char  # a number's start stays a word start
        if char.isdecimal():
            assert folded == char
    # a letter re.IGNORECASE matches to an ASCII letter folds to it, is "ı", or changes length
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for char in re.findall(f"(?i:{letter})", chars):
            assert char.casefold() == letter or char == "ı" or len(char.casefold()) > 1, char


def _old_phrase(text: str) -> str:
    """``_phrase`` as it was before it read only the start of the text (the reference)."""
    words: list[str] = []
    tokens = PHRASE_TOKEN.findall(text)
    i = 0
    while i < len(tokens) and len(words) < 6:
        token = tokens[i]
        participle = words and (
            (token.endswith("ed") and token[0].islower())
            or LIVE_WORD.fullmatch(token)
            or (token[0].islower() and _verb_form(token))
        )
        if not WORD_START.match(token) or token.lower() in STOP or token == "ready" or participle:
            break
        words.append(token)
        i += 1
    if not words:
        return ""
    rest = tokens[i:]
    if rest[:3] in (["ready", "to", "be"], ["to", "be"]) and len(rest) > 3:
        words += rest[: rest.index("be") + 2]
    elif rest and rest[0] in ("for", "of", "between") and len(rest) > 1:
        tail = []
        for token in rest[1:]:
            if not WORD_START.match(token) or token.lower() in STOP - {"the", "their"}:
                break
            tail.append(token)
        if tail:
            words += [rest[0], *tail[:4]]
    return " ".join(words)


def test_phrases_read_from_the_start_are_the_phrases_of_all_tokens():
    rng = random.Random(23)
    pieces = [
        *("ready", "to", "be", "for", "of", "between", "the", "their", "The", "joint", "lived"),
        *("Lived", "live", "works", "in", "x", "y-z", "it’s", "'", "’", "-", ",", ".", "(", "_"),
        *(" ", "  ", "\t", "\u00a0", "é", "2016", "and", "Russia’s", "ed", "based", "İn", "ſ"),
        *("operating", "went", "it", "they"),
    ]
    found = 0
    for _ in range(20_000):
        text = "".join(
            rng.choice(pieces) + rng.choice(("", " ", " ")) for _ in range(rng.randint(0, 25))
        )
        assert _phrase(text) == _old_phrase(text), text
        found += bool(_old_phrase(text))
    assert found > 10_000


def test_searches_from_the_end_find_what_whole_searches_find():
    rng = random.Random(29)
    pieces = [
        "No.",
        "#",
        "№",
        "Group of",
        "Article",
        "The",
        "About",
        "U.S.",
        "x",
        "trade",
        "in",
        "IN",
    ]
    pieces += [
        "hand",
        "handed",
        "over",
        "took",
        "areas",
        "in-",
        "a",
        "(",
        ",",
        " ",
        "  ",
        "\t",
        "Ab",
    ]
    hits = [0, 0, 0]
    for _ in range(20_000):
        before = random_text(rng, pieces, 0, 10) + rng.choice(
            ("", "", " in ", " in  ", "\tin ", "in ")
        )
        label = LABEL.search(before)
        identifier = bool(IDENTIFIER.search(before)) or bool(
            label and label[1].lower() not in SENTENCE_OPENERS
        )
        assert _identifier_before(before) == identifier, before
        host = HOST_IN.search(before)
        assert host_in(before) == (host[1] if host else None), before
        particle = bool(PARTICLE_VERB.search(before))
        assert _particle_before(before) == particle, before
        hits = [hits[0] + identifier, hits[1] + bool(host), hits[2] + particle]
    assert min(hits) > 500


def test_noun_then_pattern_is_the_pattern_with_the_noun_in_front():
    rng = random.Random(31)
    nouns = ["ships", "Japanese businessmen", "a.b", "x+", "(y)", "officials"]
    pieces = [
        "and",
        "officials",
        "were",
        "lived",
        "visited",
        " ",
        "  ",
        ",",
        ".",
        "ships",
        "x+",
        "on",
    ]
    hits = 0
    for _ in range(5000):
        noun = rng.choice(nouns)
        joint = rng.choice(("", " and officials", "  and ships,", " lived", " were seized", " x"))
        after = rng.choice(("", noun, noun)) + joint + random_text(rng, pieces, 0, 8)
        for shortcut, plain in ((BOTH, rf"\s+and\s+([a-z]+s)\b(?={COORDINATED_END})"), (VERB, "")):
            plain = plain or rf"\s+(?P<v>[a-z]+ed|{LIVE}|were|are)\s+(?P<rest>[^,.;]+)"
            expected = re.match(re.escape(noun) + plain, after)
            got = after.startswith(noun) and shortcut.match(after, len(noun))
            assert (got.groups() if got else None) == (expected and expected.groups()), (
                noun,
                after,
            )
            hits += expected is not None
    assert hits > 200
    # the first-letter pre-check of PARTY_NOUNS knows every alternative
    assert {c for w in PARTY_WORDS for c in (w[0], w[0].upper())} == _PARTY_STARTS
    assert all(PARTY_NOUNS.match(w) and PARTY_NOUNS.match(w.title()) for w in PARTY_WORDS)


LIST_PIECES = [
    *(
        "five areas",
        "trade in",
        "The plan",
        "includes",
        "include",
        "including",
        "Including",
        "such as",
    ),
    *(
        "—",
        "–",
        ":",
        " — ",
        ", ",
        ",",
        " and ",
        " or ",
        " as well as ",
        "fish farming",
        "that",
        "which",
    ),
    *(
        "while",
        "Abe said",
        ", officials said",
        ", Putin said on Friday",
        "said",
        "says",
        "told reporters",
    ),
    *(
        "Friday",
        "on",
        "noted",
        "added",
        ".",
        "!",
        " ",
        "  ",
        "\t",
        "\u00a0",
        "“",
        "”",
        "’s",
        "x",
        "-",
    ),
    *("in areas", "in fields", "sectors", "as", "well", "and", "or", "for", "more", "has said"),
    "\x00",  # the separator of the joined sentences, in a sentence
]


def _random_list_text(rng: random.Random) -> str:
    return "".join(
        rng.choice(LIST_PIECES) + rng.choice(("", " ")) for _ in range(rng.randint(0, 20))
    )


def test_list_searches_from_their_literals_find_what_the_plain_searches_find():
    rng = random.Random(37)
    hits = [0, 0, 0]
    for _ in range(20_000):
        text = _random_list_text(rng)
        tail = TAIL.search(text)
        assert _without_tail(text) == (text[: tail.start()] if tail else text).rstrip(" ."), text
        dash, trigger = DASH.search(text), TRIGGER.search(text)
        assert (_dash(text) and _dash(text).span()) == (dash and dash.span()), text
        assert (_trigger(text) and _trigger(text).span()) == (trigger and trigger.span()), text
        hits = [hits[0] + bool(tail), hits[1] + bool(dash), hits[2] + bool(trigger)]
    assert min(hits) > 1000


def test_list_pre_checks_hold_for_every_match():
    rng = random.Random(41)
    hits = [0, 0, 0, 0]
    for _ in range(20_000):
        words = " ".join(_random_list_text(rng).split())  # single spaces, as _head joins them
        conjunct = "and " in words or "or " in words or "as " in words
        assert conjunct or LAST_CONJUNCT.split(words)[-1] == words, words
        assert words.endswith(HOST_ENDS) or not HOST.search(words), words
        starts = words.startswith(("and", "as well as", "or"))
        assert starts or FIRST_CONJUNCTION.sub("", words) == words, words
        joined_by = "and" in words or "or" in words or "as well as" in words
        assert joined_by or CONJUNCTION.split(words) == [words], words
        assert "as well as" in words or AS_WELL_AS.split(words) == [words], words
        clause = CLAUSE.search(words)
        assert (words[: clause.start()] if clause else words) == CLAUSE.split(words)[0]
        found = (conjunct, bool(HOST.search(words)), starts, clause is not None)
        hits = [hit + f for hit, f in zip(hits, found, strict=True)]
    assert min(hits) > 100


def test_sentences_holding_a_needle_are_found_in_the_joined_sentences():
    lex = Lexicon(DOMAIN)
    rng = random.Random(43)
    found = 0
    for _ in range(1000):
        text = ". ".join(_random_list_text(rng) for _ in range(rng.randint(1, 6)))
        ctx = DocContext(parse_document(text, "r"), DOMAIN, lex)
        for needles in (DASHES, TRIGGERS, ("x", "s a")):  # no needle holds the separator
            plain = {
                i for i, s in enumerate(ctx.doc.sentences) if any(n in s.text for n in needles)
            }
            assert set(sentences_holding(ctx.joined, needles)) == plain, text
            found += len(plain)
    assert found > 1000


def test_the_pair_named_before_and_a_number_inside_a_name_are_no_counts():
    day = "date 2019-02-08\n\n"
    for sentence in (
        "The two ministers discussed the plan on Monday.",
        "They met, and the two Foreign Ministers agreed.",
        "Firstly, they discussed the dialogue between our two Governments.",
        "The envoys talked about joint work on the Three Western Islands.",
        "The envoys said that the two states would resume fishing talks.",
    ):
        assert kind(extract(day + sentence), "number") == [], sentence
    # counted people, not a pair named before
    (count,) = kind(extract(day + "Five ministers attended the forum in March 2019."), "number")
    assert count.get("value") == 5
    (count,) = kind(extract(day + "Three Baltic states joined the union in 2004."), "number")
    assert count.get("value") == 3


def _values(sentence: str) -> list:
    day = "date 2019-02-08\n\n"
    return sorted(f.get("value") for f in kind(extract(day + sentence), "number"))


def test_percent_signs_scale_words_and_footnote_marks():
    assert _values("In a 2018 poll, 61% of Brenans viewed Calder favourably.") == [61]
    assert _values("Last year bilateral trade grew to exceed $18 billion.") == [18_000_000_000]
    assert _values("The Calderans have stated (telegram 1560 to Harwick)2 they may ask.") == []
    assert _values("He handed over a memorandum on “The Fisheries Talks.”2 He said no more.") == []


def test_a_scale_word_before_a_noun_scales_the_count():
    day = "date 2019-02-08\n\n"
    text = day + "Some three million others fled, and aid reached 2.5 billion dollars."
    found = [
        (f.get("value"), f.get("what"), f.get("as_written")) for f in kind(extract(text), "number")
    ]
    assert sorted(found) == [
        (3_000_000, "others", "Some three million"),
        (2_500_000_000, "dollars", "2.5 billion"),
    ]


def test_what_a_number_counts_ends_before_a_verb_or_a_pronoun():
    day = "date 2019-02-08\n\n"
    text = day + (
        "The group has around 8,000 fighters operating across the hills. Calder won 37,000 "
        "square miles it had sought. Two patrol boats went north. Five decades of "
        "stalemate over the border ended."
    )
    found = {f.get("value"): f.get("what") for f in kind(extract(text), "number")}
    assert found == {
        8000: "fighters",
        37000: "square miles",
        2: "patrol boats",
        5: "decades of stalemate",
    }


def test_hundred_and_dozen_scale_the_number_before_them_and_alone_need_a():
    assert _values("Some two hundred people and three dozen boats came.") == [36, 200]
    assert _values("A hundred people came, and two hundred thousand fled.") == [100, 200_000]
    assert _values("A few hundred people and several dozen boats came.") == []


def test_a_count_of_a_named_group_keeps_its_noun():
    day = "date 2019-02-08\n\n"
    (count,) = kind(extract(day + "In 2012 Calder bought three of the disputed islands."), "number")
    assert (count.get("value"), count.get("what")) == (3, "of the disputed islands")


def test_an_age_is_counted_and_a_number_inside_a_name_is_not():
    assert _values("I was a 16-year-old schoolboy at the time.") == [16]
    assert _values("They built on the Eight-point Cooperation Plan in 2019.") == []
    assert _values("They built on the eight-point plan in 2019.") == [8]


def test_coordinated_identifiers_and_counts_beyond_the_parties():
    assert _values("They doubted the concessions on paras 6 and 8, and sections 2, 3 or 5.") == []
    # a two-sided topic: "two countries" are its parties, "three countries" a count
    assert _values("The two countries and all three countries of the region met in 2019.") == [3]


def test_hours_and_minutes_are_one_duration_in_minutes():
    assert _values("The talks lasted 1 hour and 40 minutes on Monday.") == [100]
    assert _values("The talks lasted two hours and ten minutes on Monday.") == [130]


def test_decimals_halves_and_one_of_a_unit_are_counts():
    values = set(
        _values(
            "Trade grew by 17.7 percent. The talks lasted one-and-a-half hours. They met for "
            "approximately one hour. One of the ministers left. The loan was worth $1.5 "
            "billion. Dial +7 42455 or see para 8 of the note. Trade grew by 2.5 percent."
        )
    )
    assert {17.7, 1.5, 1, 1_500_000_000, 2.5} <= values
    assert not values & {7, 8, 42455, 5}  # no "+7", "para 8", nor the 5 of "2.5"
