"""Question generation on facts from articles written for the tests (not the seeds)."""

from __future__ import annotations

import dataclasses
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from quizgen.facts import Fact, FactSet, Source, fact_id
from quizgen.questions import generate_questions, load_rules
from quizgen.questions.context import did_clause
from quizgen.questions.lint import problems
from quizgen.questions.records import QUESTION_TYPES, Citation, Question

from .question_fixtures import domain, facts, make


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    return generate_questions(facts(), domain(), seed=7)


def by_id(questions, suffix):
    return next(q for q in questions if q.id.endswith(suffix))


def test_every_type_is_made(questions):
    # no matching: with the Kuril names only Etorofu/Iturup are not spelled alike; no cloze
    # by default: a date's "When ...?" form outranks its cloze, asked only on demand
    assert {q.type for q in questions} == set(QUESTION_TYPES) - {"matching", "cloze"}
    clozes = generate_questions(facts(), domain(), types=["cloze"])
    assert clozes and all(q.type == "cloze" and "_____" in q.prompt for q in clozes)


def test_who_and_role_questions():
    prompts = {q.prompt: q for q in generate_questions(facts(), domain(), types=["who", "role"])}
    who = prompts["Who was Japan's Foreign Minister on 14 February 2019?"]
    assert who.answer == "Taro Kono"
    role = prompts["What post did Sergey Lavrov hold on 14 February 2019?"]
    assert role.answer == "Foreign Minister"
    assert "Minister of Foreign Affairs" in role.accepted
    lavrov = prompts["Who was Russia's Foreign Minister on 14 February 2019?"]
    assert lavrov.accepted == ("Sergei Lavrov",)


def test_when_questions_give_the_precision_of_the_source():
    prompts = {q.prompt: q.answer for q in generate_questions(facts(), domain(), types=["when"])}
    assert prompts["When did Russia annex Crimea?"] == "March 2014"
    assert prompts["When did Taro Kono meet Russian Foreign Minister Sergey Lavrov in Moscow?"] == (
        "13 February 2019"
    )
    held: list = []
    generate_questions(facts(), domain(), types=["when"], rejected=lambda q, r: held.append((q, r)))
    # a year-precise date is asked "In which year"; this one is held: which four islands?
    (year, reasons) = next(
        (q, r) for q, r in held if q.prompt.startswith("In which year did the Soviet Union")
    )
    assert year.answer == "1956"
    assert any("'the four islands' leans on the article" in r for r in reasons)


def test_cloze_blanks_one_fact_and_is_anki_ready():
    cloze = generate_questions(facts(), domain(), seed=7, types=["cloze"])
    assert cloze
    for q in cloze:
        assert q.prompt.count("_____") == 1
        assert q.cloze == q.prompt.replace("_____", "{{c1::" + q.answer + "}}")


def test_multiple_choice_options_are_four_distinct_with_the_answer(questions):
    for q in (q for q in questions if q.type == "choice"):
        assert len(q.options) == 4 and q.answer in q.options
        assert len({o.casefold() for o in q.options}) == 4
        for variant in q.accepted:
            assert variant not in q.options


def test_island_names_that_leave_the_answer_by_elimination_are_not_asked(questions):
    """Kunashir, Khabomai and Shikotan are spelled like their Japanese names: beside them,
    "the Russian name of Etorofu" can only be Iturup."""
    assert not [q for q in questions if q.id.startswith("islands:russian-name:")]


def test_date_distractors_keep_the_precision():
    choices = generate_questions(facts(), domain(), types=["choice"])
    q = next(q for q in choices if q.answer == "March 2014")
    assert all(re.fullmatch(r"[A-Z][a-z]+ \d{4}", o) for o in q.options)


def test_list_matching_and_timeline(questions):
    islands = by_id(questions, "islands:list")
    assert islands.prompt == "Which four islands does Japan call the Northern Territories?"
    assert set(islands.items) == {"Etorofu", "Kunashiri", "Shikotan", "Habomai"}
    assert not any(q.id.startswith("islands:russian-name:kunashiri") for q in questions)
    timeline = next(q for q in questions if q.type == "timeline")
    assert timeline.items[0] == "The Soviet Union seized the disputed islands"
    assert len(timeline.items) == 4


def test_truefalse_falsehood_carries_its_correction():
    falses = [
        q
        for seed in range(6)
        for q in generate_questions(facts(), domain(), seed=seed, types=["truefalse"])
        if q.answer == "False"
    ]
    assert falses
    for q in falses:
        claim = q.prompt.removeprefix("True or false? ")
        assert q.explanation and claim != q.explanation  # the explanation is the true statement


def test_same_seed_same_questions_other_seed_other_options():
    one = generate_questions(facts(), domain(), seed=3)
    two = generate_questions(facts(), domain(), seed=3)
    other = generate_questions(facts(), domain(), seed=4)
    assert one == two
    assert [q.id for q in one if q.type != "truefalse"] == [
        q.id for q in other if q.type != "truefalse"
    ]
    assert [q.options for q in one] != [q.options for q in other]


def test_limit_spreads_across_types_and_no_question_gives_another_away(questions):
    from quizgen.questions.rank import _given_away

    best = generate_questions(facts(), domain(), seed=7, limit=7)
    assert len(best) == 7
    assert len({q.type for q in best}) >= 6  # a matching table would give the island list away
    # every type the bank holds (no matching, no cloze: see test_every_type_is_made)
    assert len({q.type for q in generate_questions(facts(), domain(), seed=7, limit=20)}) == 7
    for index, q in enumerate(best):
        assert not _given_away(q, best[:index] + best[index + 1 :]), q.prompt
    assert max(q.score for q in questions) == max(q.score for q in best)


def test_rejected_facts_never_appear_and_edited_facts_are_used_as_edited():
    base = facts()
    kono = next(f for f in base.facts if f.get("name") == "Taro Kono")
    edited = dataclasses.replace(
        kono, fields={**kono.fields, "role": "Defence Minister"}, status="edited"
    )
    lavrov = next(f for f in base.facts if f.get("name") == "Sergey Lavrov")
    rejected = dataclasses.replace(lavrov, status="rejected")
    changed = [edited if f is kono else rejected if f is lavrov else f for f in base.facts]
    questions = generate_questions(FactSet(base.documents, tuple(changed)), domain())
    assert not any(lavrov.id in q.fact_ids for q in questions)
    assert any(
        q.prompt == "Who was Japan's Defence Minister on 14 February 2019?" for q in questions
    )


def test_no_two_questions_ask_the_same_thing(questions):
    prompts = [q.prompt for q in questions if q.type != "timeline"]
    assert len(prompts) == len(set(prompts))
    assert len({q.id for q in questions}) == len(questions)
    asked = [(q.fact_ids, q.answer) for q in questions if q.type not in ("truefalse", "timeline")]
    assert len(asked) == len(set(asked))


def test_every_question_passes_every_quality_rule(questions):
    language = load_rules().language
    for q in questions:
        assert problems(q, language) == [], q


def _question(**changes) -> Question:
    base = Question(
        id="x",
        type="who",
        prompt="Who was Japan's Foreign Minister in 2019?",
        answer="Taro Kono",
        sources=(Citation("a", "a", "quote"),),
        fact_ids=("per-1",),
    )
    return dataclasses.replace(base, **changes)


@pytest.mark.parametrize(
    ("changes", "complaint"),
    [
        ({"prompt": "Who was Taro Kono in 2019?"}, "appears in the prompt"),
        ({"prompt": "who was Japan's Foreign Minister in 2019?"}, "capital"),
        ({"prompt": "Who was Japan's Foreign Minister in 2019"}, "question"),
        ({"prompt": "Who was Japan's Foreign Minister on Thursday?"}, "relative time"),
        ({"prompt": "Who was Japan's Foreign Minister later this week?"}, "relative time"),
        ({"sources": ()}, "no source"),
        ({"type": "choice", "options": ("Taro Kono", "A", "A", "B")}, "duplicate options"),
        ({"type": "cloze", "prompt": "Kono met Lavrov.", "cloze": ""}, "blank"),
    ],
)
def test_each_quality_rule_catches_its_fault(changes, complaint):
    found = problems(_question(**changes), load_rules().language)
    assert any(complaint in p for p in found), found


def test_did_clause_handles_irregular_passive_and_perfect_verbs():
    language = load_rules().language
    assert (
        did_clause("Shinzo Abe", "put forward", "a plan", language)
        == "did Shinzo Abe put forward a plan"
    )
    assert did_clause("The islands", "were seized", "by the Soviet Union", language) == (
        "were the islands seized by the Soviet Union"
    )
    assert (
        did_clause("Russia", "has pledged", "adherence", language) == "did Russia pledge adherence"
    )
    assert (
        did_clause("Kono", "urged", "firms to invest", language) == "did Kono urge firms to invest"
    )
    # too long to read at a glance: what the document holds is cut, not what it is
    long = did_clause(
        "Ola Finn and Ilan Brek",
        "signed",
        "a Declaration for the Development of Calder-Brena Relations and Peaceful Prosperity "
        "consisting of a main text, eight main articles",
        language,
    )
    assert long == (
        "did Ola Finn and Ilan Brek sign a Declaration for the Development of Calder-Brena "
        "Relations and Peaceful Prosperity"
    )
    # "be" asks with "was": "When did X be in Lena?" is no English
    assert did_clause("Ola Finn", "was", "in Lena for talks", language) == (
        "was Ola Finn in Lena for talks"
    )


def test_a_number_word_opening_a_subject_is_lower_case_inside_a_sentence():
    from quizgen.questions.language import lower_first

    assert lower_first("Two aides to Ola Finn") == "two aides to Ola Finn"
    assert lower_first("Ola Finn") == "Ola Finn"


def test_a_given_name_before_a_particle_is_not_lowered_as_a_word():
    from quizgen.questions.context import Corpus

    corpus = Corpus({}, [], load_rules().language, domain())
    assert corpus.common_noun("Peter van Walsum") == "Peter van Walsum"  # "peter" is a verb
    assert corpus.common_noun("Talks resumed") == "talks resumed"


def test_a_user_template_is_used_without_code(tmp_path):
    rules_text = Path(load_rules().path).read_text(encoding="utf-8") + (
        '\n[[template]]\nid = "place-where"\nkind = "place"\ntype = "who"\nrequires = ["name"]\n'
        'prompt = "Which city in the news {{ anchor }} starts with {{ name[0] }}?"\n'
        'answer = "{{ name }}"\n'
    )
    path = tmp_path / "rules.toml"
    path.write_text(rules_text, encoding="utf-8")
    questions = generate_questions(facts(), domain(), rules=load_rules(path))
    assert any(
        q.prompt == "Which city in the news in 2021 starts with S?" and q.answer == "Sapporo"
        for q in questions
    )


def test_timeline_never_repeats_a_statement():
    base = facts()
    crimea = next(f for f in base.facts if f.get("what") == "Russia annexed Crimea")
    twin = dataclasses.replace(crimea, id="eve-twin", fields={**crimea.fields, "date": "2015-03"})
    questions = generate_questions(FactSet(base.documents, (*base.facts, twin)), domain())
    for timeline in (q for q in questions if q.type == "timeline"):
        assert len(set(timeline.items)) == len(timeline.items)


def test_dedupe_sees_the_same_clause_behind_other_question_words():
    from quizgen.questions.lint import dedupe

    base = _question(prompt="When did Russia annex Crimea?", answer="March 2014", score=1.0)
    same = _question(
        id="y", prompt="In which year did Russia annex Crimea?", answer="March 2014", score=0.9
    )
    other = _question(
        id="z", prompt="When did Russia annex Crimea?", answer="2014", fact_ids=("f2",)
    )
    assert [q.id for q in dedupe([same, base])] == ["x"]
    assert len(dedupe([base, other])) == 1  # the same prompt twice


def test_dedupe_reads_number_words_as_numbers_for_one_sentence():
    from quizgen.questions.lint import dedupe

    quote = (Citation("a", "a", "The Soviet Union offered two of the four islands."),)
    cloze = _question(
        id="c", type="cloze", prompt="It offered _____ islands.", answer="two", sources=quote
    )
    choice = _question(
        id="d",
        type="choice",
        prompt="How many islands?",
        answer="2",
        sources=quote,
        asks="value",
        fact_ids=("f9",),
    )
    assert len(dedupe([cloze, choice])) == 1


def _with(*extra):
    base = facts()
    return FactSet(base.documents, (*base.facts, *extra))


def _event(quote: str, date: str, date_text: str, subject: str, verb: str, rest: str):
    """An event fact of document "c" read from ``quote``, with no place and nobody named."""
    return make(
        "event",
        [date, verb],
        "c",
        quote,
        date=date,
        date_text=date_text,
        what=f"{subject} {verb} {rest}",
        subject=subject,
        verb=verb,
        rest=rest,
        where=None,
        who=[],
        inferred=False,
    )


def test_a_date_inside_reported_speech_is_not_when_it_was_said():
    quote = "Taro Kono said about 70 former residents would visit the islands in June 2019."
    said = _event(
        quote,
        "2019-06",
        "in June 2019",
        "Taro Kono",
        "said",
        "about 70 former residents would visit the islands",
    )
    questions = generate_questions(_with(said), domain())
    assert not any(said.id in q.fact_ids and q.type in ("when", "truefalse") for q in questions)


def test_a_reporting_verb_with_a_plain_object_is_the_act_its_date_dates():
    from quizgen.questions.context import _date_inside_reported_speech

    language = load_rules().language

    def reported(quote: str, verb: str, rest: str, date_text: str) -> bool:
        fact = _event(quote, "1945-08", date_text, "Lena", verb, rest)
        return _date_inside_reported_speech(fact, quote, date_text, language)

    war = "Lena declared war on Calder in August 1945."
    assert not reported(war, "declared", "war on Calder", "in August 1945")
    said = "Lena said the ferries would run in August 1945."
    assert reported(said, "said", "the ferries would run", "in August 1945")


def test_no_distractor_holds_the_same_post():
    quote = "Foreign Minister Fumio Kishida met the press."
    kishida = make(
        "person",
        "Fumio Kishida",
        "a",
        quote,
        name="Fumio Kishida",
        role="Foreign Minister",
        country=None,
    )
    compatriots = [
        make("person", name, "b", f"{role} {name} spoke.", name=name, role=role, country="Japan")
        for name, role in (
            ("Taro Aso", "Finance Minister"),
            ("Hiroshige Seko", "Trade Minister"),
            ("Toshimitsu Motegi", "Economy Minister"),
        )
    ]
    questions = generate_questions(_with(kishida, *compatriots), domain(), types=["choice"])
    kono = next(q for q in questions if q.answer == "Taro Kono")
    assert "Fumio Kishida" not in kono.options
    # not the Prime Minister, Yoshihide Suga: a head of government is no minister's distractor
    assert set(kono.options) == {"Taro Kono", "Taro Aso", "Hiroshige Seko", "Toshimitsu Motegi"}


def test_long_clauses_are_cut_before_subclauses_but_never_inside_a_list():
    language = load_rules().language
    rest = "Etorofu, Kunashiri, Shikotan and the Habomai islets in the closing days of the war"
    assert (
        did_clause("The Soviet Union", "seized", rest, language)
        == f"did the Soviet Union seize {rest}"
    )
    long = "an eight-point plan to develop the relations with Russia during his meeting with Putin"
    assert did_clause("Abe", "put forward", long, language) == (
        # cut at "during"; the purpose stays: without it the plan is named by nothing
        "did Abe put forward an eight-point plan to develop the relations with Russia"
    )


def test_a_date_after_an_infinitive_is_not_when_the_agreement_was_made():
    quote = "The leaders agreed to start tours to Etorofu in October 2019, an official said."
    tours = _event(
        quote, "2019-10", "in October 2019", "The leaders", "agreed to start", "tours to Etorofu"
    )
    questions = generate_questions(_with(tours), domain())
    assert not any(tours.id in q.fact_ids and q.type in ("when", "truefalse") for q in questions)


def test_a_declaration_stated_with_a_modal_gets_no_broken_year_question():
    quote = "The 1956 declaration says the Soviet Union would hand over Shikotan after a treaty is signed."
    decl = make(
        "declaration",
        1956,
        "b",
        quote,
        year=1956,
        content="the Soviet Union would hand over Shikotan to Japan after a peace treaty is signed",
        parties=["Soviet Union", "Japan"],
        offered=["shikotan"],
        pledge=None,
    )
    base = facts()
    kept = tuple(f for f in base.facts if f.kind != "declaration")
    questions = generate_questions(FactSet(base.documents, (*kept, decl)), domain())
    prompts = [q.prompt for q in questions if decl.id in q.fact_ids]
    assert prompts and not any("would hand" in p or "is sign" in p for p in prompts)


@pytest.mark.parametrize(
    ("sentence", "clean"),
    [
        ("About 40 tourists will go, the official said.", "About 40 tourists will go."),
        ("Talks ended, the Russian government press service reported Monday.", "Talks ended."),
        ("Kono met Lavrov, sources close to the talks said.", "Kono met Lavrov."),
        ("Prices rose, the ministry said.", "Prices rose."),
    ],
)
def test_trailing_attributions_are_dropped(sentence, clean):
    assert load_rules().language.clean_sentence(sentence) == clean


def test_a_declaration_naming_the_islands_gets_a_list_question_with_them():
    quote = (
        "Under the 1956 declaration, the Soviet Union agreed to hand over Shikotan and the "
        "Habomai islets after a peace treaty was signed."
    )
    decl = make(
        "declaration",
        1956,
        "b",
        quote,
        year=1956,
        content="the Soviet Union agreed to hand over Shikotan and the Habomai islets",
        parties=["Soviet Union", "Japan"],
        offered=["shikotan", "habomai"],
        pledge=None,
    )
    base = facts()
    kept = tuple(f for f in base.facts if f.kind != "declaration")
    questions = generate_questions(FactSet(base.documents, (*kept, decl)), domain())
    listed = [q for q in questions if decl.id in q.fact_ids and q.type == "list"]
    assert [(q.answer, q.items) for q in listed] == [
        ("Shikotan and Habomai", ("Shikotan", "Habomai"))
    ]


def test_where_questions_name_the_date_so_one_place_answers(questions):
    # Abe and Putin met in Sochi, Vladivostok, Nagato...: without its date a place question
    # has several defensible answers
    where = {q.prompt: q.answer for q in questions if q.prompt.startswith("Where ")}
    assert where["Where did Yoshihide Suga visit on 12 September 2020?"] == "Vladivostok"
    assert all(re.search(r" (?:on|in) [\w ]*\d{4}\?$", prompt) for prompt in where)


@pytest.mark.parametrize(
    ("sentence", "dangling"),
    [
        ("The two sides identified five areas for joint projects.", True),
        ("The ministers agreed to meet in Tokyo in February 2019.", True),
        ("Both countries signed the plan in 2018.", True),
        ("In 1956, the two countries signed a joint declaration.", True),
        ("In 1956, the Soviet Union and Japan signed a joint declaration.", False),
        # which islands? a card must name them (a blind review on a new topic)
        ("The Soviet Union seized the islands in 1945.", True),
        ("The Soviet Union seized the Kuril Islands in 1945.", False),
        ("The Kremlin said talks would resume in 2019.", False),
    ],
)
def test_sentences_that_point_back_are_dangling(sentence, dangling):
    # a card or paper item must stand alone: "the ministers" of which talks?
    assert load_rules().language.is_dangling(sentence) is dangling


def _number_fact(quote: str, value: int, what: str, written: str):
    return make(
        "number",
        [value, what],
        "b",
        quote,
        value=value,
        what=what,
        qualifier=None,
        as_written=written,
    )


def test_person_distractors_are_compatriots_and_never_the_answer_respelled():
    from quizgen.questions.distractors import people

    quote = "President Vladimir Vladimirovich Putin and Prime Minister Dmitry Medvedev spoke."
    russians = [
        make("person", n, "a", quote, name=n, role=r, country="Russia")
        for n, r in (
            ("Vladimir Vladimirovich Putin", "President"),
            ("Vladimir Putin", "President"),
            ("Dmitry Medvedev", "Prime Minister"),
            ("Igor Shuvalov", "First Deputy Prime Minister"),
        )
    ]
    japanese = make(
        "person",
        "Shinzo Abe",
        "a",
        quote,
        name="Shinzo Abe",
        role="Prime Minister",
        country="Japan",
    )
    rng = random.Random(1)
    answer = russians[2]
    chosen = people("Dmitry Medvedev", answer, [*russians, japanese], rng, domain())
    assert "Shinzo Abe" not in chosen  # another country's Prime Minister is also "right"
    assert len([n for n in chosen if n.endswith("Putin")]) == 1
    assert chosen[0].endswith("Putin")  # the same rank band (heads) comes first
    assert "Igor Shuvalov" not in chosen  # a deputy among heads gives the head away


def test_date_options_vary_in_the_same_parts_and_keep_the_day():
    from quizgen.questions.distractors import dates

    fact = make("event", "x", "a", "X met Y on 30 March 2017.", date="2017-03-30")
    for seed in range(20):
        options = [
            "30 March 2017",
            *dates("30 March 2017", fact, [fact], random.Random(seed), None),
        ]
        assert len(set(options)) == 4
        assert all(o.startswith("30 ") for o in options)
        months = Counter(o.split()[1] for o in options)
        years = Counter(o.split()[2] for o in options)
        assert set(months.values()) == {2} and set(years.values()) == {2}


def test_date_options_are_never_after_the_year_the_articles_were_written():
    from quizgen.questions.distractors import dates

    visit = make("event", "v", "a", "X visited Y on 20 March 2016.", date="2016-03-20")
    year = make("event", "w", "a", "X visited Y in 2016.", date="2016")
    for seed in range(20):
        for fact, answer in ((visit, "20 March 2016"), (year, "2016")):
            options = dates(answer, fact, [fact], random.Random(seed), None, {"a": 2016})
            assert options and not any("2017" in o or "2018" in o for o in options)


def test_large_numbers_are_written_with_thousands_separators_in_answer_and_options():
    fact = _number_fact(
        "In 2017, some 19,000 Russians lived on Iturup.", 19000, "Russians", "19,000"
    )
    (choice,) = [
        q
        for q in generate_questions(_with(fact), domain(), types=["choice"])
        if fact.id in q.fact_ids
    ]
    assert choice.answer == "19,000"
    assert all(re.fullmatch(r"\d{1,3}(?:,\d{3})+", option) for option in choice.options)


def test_counts_of_hours_make_no_question():
    fact = _number_fact(
        "Vladimir Putin arrived three hours late in Nagato.", 3, "hours late", "three"
    )
    assert not [q for q in generate_questions(_with(fact), domain()) if fact.id in q.fact_ids]


def test_a_sentence_with_them_is_dangling():
    assert load_rules().language.is_dangling("About 19,000 people live on them.")


def test_an_event_whose_subject_points_back_is_never_asked():
    quote = "In 1956, the two countries signed a joint declaration that ended the state of war."
    signed = _event(
        quote,
        "1956",
        "In 1956",
        "The two countries",
        "signed",
        "a joint declaration that ended the state of war",
    )
    assert not [q for q in generate_questions(_with(signed), domain()) if signed.id in q.fact_ids]


def test_the_island_list_is_asked_only_from_a_source_that_names_the_group():
    base = facts()
    unnamed = FactSet(base.documents, tuple(f for f in base.facts if f.get("group") is None))
    asked = generate_questions(unnamed, domain())
    assert not [q for q in asked if q.id == "islands:list"]
    (listed,) = [q for q in generate_questions(base, domain()) if q.id == "islands:list"]
    assert all("Northern Territories" in s.quote for s in listed.sources)


def test_countries_take_the_where_english_puts_one():
    from quizgen.domain import country_as_written as _country_name

    assert _country_name("United Kingdom") == "the United Kingdom"
    assert _country_name("Republic of Korea") == "the Republic of Korea"
    assert _country_name("Argentina") == "Argentina"


def test_in_an_undated_article_a_post_is_dated_by_the_event_its_sentence_tells():
    base = facts()
    undated = FactSet(tuple({**d, "published": None} for d in base.documents), base.facts)
    who = [q for q in generate_questions(undated, domain()) if q.type in ("who", "role")]
    kono = [q for q in who if "Kono" in q.answer or "Kono" in q.prompt]
    assert kono and all("13 February 2019" in q.prompt for q in kono), [q.prompt for q in who]


def test_a_paper_asks_each_fact_once_even_when_it_wants_more_questions_than_the_bank_has():
    from quizgen.questions.rank import select

    bank = generate_questions(facts(), domain(), seed=7)
    paper = select(bank, len(bank) + 10)
    single = [q.fact_ids for q in paper if q.type != "timeline" and len(q.fact_ids) == 1]
    assert len(single) == len(set(single))
    assert len(paper) < len(bank)  # the bank asks some facts twice (who and role)


def _partner_prompts(
    rest: str, verb: str = "held", where: str | None = "Sochi", asks: str = "event-partner"
) -> list:
    """The partner (or ``asks``) questions of one made-up event by Taro Kono on 20 May 2019."""
    event = make(
        "event",
        ["2019-05-20", rest],
        "c",
        f"Taro Kono {verb} {rest} on 20 May 2019.",
        date="2019-05-20",
        date_text="20 May 2019",
        what=f"Taro Kono {verb} {rest}",
        subject="Taro Kono",
        verb=verb,
        rest=rest,
        where=where,
        inferred=False,
    )
    base = facts()
    questions = generate_questions(FactSet(base.documents, (*base.facts, event)), domain())
    return [(q.prompt, q.answer) for q in questions if q.id == f"{event.id}:{asks}"]


def test_who_an_event_s_subject_met_or_talked_with_is_asked_with_the_date():
    assert _partner_prompts("talks with Sergey Lavrov in Sochi") == [
        ("Who did Taro Kono hold talks with in Sochi on 20 May 2019?", "Sergey Lavrov")
    ]
    assert _partner_prompts("Russian Foreign Minister Lavrov in Sochi", verb="met") == [
        ("Who did Taro Kono meet in Sochi on 20 May 2019?", "Sergey Lavrov")
    ]
    # a place the domain file does not list still says which meeting
    assert _partner_prompts("Sergey Lavrov in Harwick", verb="met", where=None) == [
        ("Who did Taro Kono meet in Harwick on 20 May 2019?", "Sergey Lavrov")
    ]


@pytest.mark.parametrize(
    ("rest", "where"),
    [
        ("talks with Sergey Lavrov", None),  # no place: one of the day's meetings
        ("a telephone talk with Sergey Lavrov", None),  # one of the day's calls
        ("talks with Sergey Lavrov on the sidelines of the Sochi forum", "Sochi"),  # many there
    ],
)
def test_a_partner_question_needs_a_place_that_is_not_a_crowded_occasion(rest, where):
    assert _partner_prompts(rest, where=where) == []


@pytest.mark.parametrize(
    "rest",
    [
        "talks with Sergey Lavrov and Vladimir Titov",  # two people: not one answer
        "talks with the Lavrov delegation",  # not a person
        "a plan to the Diet during his long and detailed meeting with Sergey Lavrov in Sochi",
        "a letter from Sergey Lavrov",  # neither met nor talked with
    ],
)
def test_no_partner_question_without_one_person_met_in_the_clause(rest):
    assert _partner_prompts(rest) == []


def test_who_did_a_dated_thing_is_asked_of_a_named_subject():
    language = load_rules().language
    assert language.did_what("has met", "Sergey Lavrov") == "met Sergey Lavrov"
    assert language.did_what("has taken", "part") == "took part"
    assert language.did_what("had been", "in Sochi") == "was in Sochi"
    assert language.did_what("will meet", "Sergey Lavrov") == ""
    summoned = _partner_prompts("Ilan Brek, Ambassador to Calder", verb="summoned", where=None)
    assert summoned == []  # no partner question: a summons is no meeting
    assert _partner_prompts(
        "Ilan Brek, Ambassador to Calder", verb="summoned", where=None, asks="event-actor"
    ) == [("Who summoned Ilan Brek, Ambassador to Calder, on 20 May 2019?", "Taro Kono")]


@pytest.mark.parametrize(
    ("verb", "rest", "where"),
    [
        ("attended", "the Sochi rally", "Sochi"),  # many attend
        ("held", "talks with Sergey Lavrov", None),  # one of Lavrov's meetings that day
        ("met", "Sergey Lavrov on the sidelines of the Sochi forum", "Sochi"),  # many there
        ("will meet", "Sergey Lavrov in Sochi", "Sochi"),  # not done yet
        ("visited", "Sochi to open a bridge", "Sochi"),  # many visit a city on one day
        ("paid", "an official visit to Calder", None),
    ],
)
def test_who_did_it_is_held_when_others_may_have_done_it_too(verb, rest, where):
    assert _partner_prompts(rest, verb=verb, where=where, asks="event-actor") == []


def test_an_ordinal_meeting_says_which_one_without_a_place():
    assert _partner_prompts(
        "his eighth meeting with Sergey Lavrov", where=None, asks="event-actor"
    ) == [("Who held his eighth meeting with Sergey Lavrov on 20 May 2019?", "Taro Kono")]


def test_a_question_keeps_the_first_of_two_coordinated_verbs():
    from quizgen.questions.context import first_predicate

    language = load_rules().language
    assert first_predicate("aware of the base but sought a solution", language) == (
        "aware of the base"
    )
    assert first_predicate("Crimea and drew reactions", language) == "Crimea"


def test_a_post_is_cited_from_a_dated_article_when_one_states_it():
    """A headline of a dated memo and a full sentence of an undated telegram state the same
    post: the question is dated by the memo, or it could not be asked at all."""
    person = Fact(
        fact_id("person", "Ilan Brek"),
        "person",
        {"name": "Ilan Brek", "role": "Foreign Minister", "country": "Russia"},
        (
            Source("u", "The envoy met Russian Foreign Minister Ilan Brek at noon.", 0, 57),
            Source("a", "Talks between Mara Voss and Russian Foreign Minister Ilan Brek", 0, 63),
        ),
    )
    base = facts()
    questions = generate_questions(FactSet(base.documents, (*base.facts, person)), domain())
    prompts = [q.prompt for q in questions if person.id in q.fact_ids]
    assert "What post did Ilan Brek hold on 14 February 2019?" in prompts


def test_a_plural_country_name_takes_an_apostrophe_alone():
    from quizgen.questions.context import _possessive

    assert _possessive("the United States") == "the United States'"
    assert _possessive("Calder") == "Calder's"


def test_a_timeline_leaves_out_a_neighbour_a_student_cannot_tell_apart():
    from quizgen.questions.builders import _apart

    assert not _apart("2014-11-08", "2014-11-09")  # a day apart
    assert not _apart("2014", "2014-11")  # the year may mean November too
    assert _apart("2014-09", "2014-11-09")
    assert _apart("1945/1972", "1973")


def test_a_when_question_explains_with_the_date_where_it_belongs():
    made = generate_questions(facts(), domain(), seed=7, types=["when", "choice"])
    crimea = next(q for q in made if q.prompt == "When did Russia annex Crimea?")
    # the date first: after a long statement or a relative clause it would date their end
    assert crimea.explanation == "In March 2014, Russia annexed Crimea."


def test_person_distractors_are_of_the_answers_era():
    from quizgen.questions.distractors import people

    def person(name, role, doc):
        return make(
            "person", name, doc, f"{role} {name} spoke.", name=name, role=role, country="Russia"
        )

    def event(year, doc):
        return make(
            "event", f"talks {doc}", doc, "Talks were held.", date=year, what="Talks were held"
        )

    facts_ = [
        person("Sergey Lavrov", "Foreign Minister", "new"),
        person("Igor Shuvalov", "First Deputy Prime Minister", "new"),
        person("Yevgeny Primakov", "Economy Minister", "old"),
        event("2019", "new"),
        event("1998", "old"),
    ]
    chosen = people("Sergey Lavrov", facts_[0], facts_, random.Random(1), domain())
    assert "Igor Shuvalov" in chosen and "Yevgeny Primakov" not in chosen
    # the corpus's years, where a publication year wins over the events' (here "old" was
    # published in 2015: see Corpus.article_years)
    later = people(
        "Sergey Lavrov", facts_[0], facts_, random.Random(1), domain(), {"new": 2019, "old": 2015}
    )
    assert "Yevgeny Primakov" in later
    from quizgen.questions.context import Corpus
    from quizgen.questions.rules import load_rules

    documents = {"new": {"published": ""}, "old": {"published": "2015-03-01"}}
    corpus = Corpus(documents, facts_, load_rules().language, domain())
    assert corpus.article_years() == {"new": 2019, "old": 2015}


def test_a_false_statement_moves_both_ends_of_a_span():
    import random

    from quizgen.questions.builders import _shift

    for seed in range(8):
        start, end = _shift("2021-02-17/2021-02-19", random.Random(seed)).split("/")
        assert start[:4] == end[:4] != "2021" and (start[4:], end[4:]) == ("-02-17", "-02-19")
    assert _shift("2020-02-29", random.Random(1))[:4] in ("2016", "2024")


def test_the_options_for_a_span_are_spans():
    import random

    from quizgen.questions.distractors import dates

    visit = make("event", "visit", "a", "X visited Lena.", date="2021-02-17/2021-02-19")
    options = dates("17–19 February 2021", visit, [], random.Random(1), domain())
    assert options and all("–" in option for option in options)
    assert "17–19 February 2020" in options


def test_a_recurring_act_is_never_made_false_by_moving_its_year():
    held = _event(
        "In 1975, Lena held meetings with the Wren Front.",
        "1975",
        "In 1975",
        "Lena",
        "held",
        "meetings with the Wren Front",
    )
    for seed in range(6):
        made = generate_questions(_with(held), domain(), seed=seed, types=["truefalse"])
        answers = {q.answer for q in made if held.id in q.fact_ids}
        assert answers <= {"True"}


def test_a_plural_countrys_post_is_asked_with_of():
    """ "the Secretary-General of the United Nations", not "United Nations' Secretary-General";
    "Calder's Foreign Minister" stays."""
    from quizgen.questions.context import _countrys_role

    assert _countrys_role("United Nations", "Secretary-General") == (
        "the Secretary-General of the United Nations"
    )
    assert _countrys_role("Saint Vincent and the Grenadines", "Prime Minister") == (
        "the Prime Minister of Saint Vincent and the Grenadines"
    )
    assert _countrys_role("Calder", "Foreign Minister") == "Calder's Foreign Minister"
    from .conftest import ROOT

    rules = (ROOT / "templates/questions.toml").read_text(encoding="utf-8")
    assert "{{ country_possessive }} {{ role }}" not in rules


def test_an_adverb_between_had_and_the_participle_goes_before_the_verb():
    language = load_rules().language
    assert did_clause("Lena", "had already announced", "that flights stop", language) == (
        "did Lena already announce that flights stop"
    )


def test_a_court_or_a_vote_the_sentence_does_not_name_is_pointed_at():
    language = load_rules().language
    assert language.is_dangling("Calder dragged Brena to the court")
    assert language.is_dangling("Lena stopped flights in response to the vote")
    assert not language.is_dangling("Calder dragged Brena to the International Court of Justice")


def test_a_post_of_an_international_body_is_no_countrys():
    from quizgen.questions.context import _countrys_role

    assert _countrys_role("United States", "President of the International Court of Justice") == (
        "the President of the International Court of Justice"
    )
    assert (
        _countrys_role("Calder", "Minister of the Interior") == "Calder's Minister of the Interior"
    )
    assert _countrys_role("United Nations", "Secretary-General") == (
        "the Secretary-General of the United Nations"
    )


def test_a_dispute_or_island_named_by_what_follows_is_not_pointed_at():
    language = load_rules().language
    assert not language.is_dangling("Calder weighed the dispute between Lena and Brena at talks")
    assert not language.is_dangling("Calder sent troops to the island of Wren")
    assert language.is_dangling("Calder weighed the dispute at talks")
    assert language.is_dangling("Calder sent troops to the islands from Brena")


def test_a_head_of_state_is_no_distractor_for_a_minister_and_an_aide_is_not_asked():
    from quizgen.questions.distractors import people

    calderans = [
        make("person", n, "c", f"{r} {n} spoke.", name=n, role=r, country="Russia")
        for n, r in (
            ("Ola Finn", "President"),
            ("Ilan Brek", "Foreign Minister"),
            ("Yuri Petrov", "Defence Minister"),
            ("Pavel Orlov", "Director General of Ola Finn's Office"),
        )
    ]
    chosen = people("Ilan Brek", calderans[1], calderans, random.Random(1), domain())
    assert "Ola Finn" not in chosen  # "Was the President the Foreign Minister?" gives it away
    assert "Yuri Petrov" in chosen
    base = facts()
    aide = (calderans[0], calderans[3])  # two people: no long list to hold the aide for
    made = generate_questions(FactSet(base.documents, (*base.facts, *aide)), domain())
    assert not any("Orlov" in q.prompt + q.answer for q in made)  # an aide in one's office


def test_a_person_of_a_country_the_topic_does_not_list_is_not_asked():
    people = [
        make("person", n, "c", f"{r} {n} spoke.", name=n, role=r, country=c)
        for n, r, c in (
            ("Ola Finn", "President", "Argentina"),
            ("Ilan Brek", "President", "Russia"),
        )
    ]
    base = facts()
    made = generate_questions(FactSet(base.documents, (*base.facts, *people)), domain())
    asked = " ".join(f"{q.prompt} {q.answer}" for q in made)
    assert "Ola Finn" not in asked  # Argentina: only the built-in world list knows it
    assert "Ilan Brek" in asked
