"""Declaration rule: the wordings articles use for the 1956 declaration and what it says."""

from __future__ import annotations

import random

import pytest

from quizgen.extract.base import DocContext
from quizgen.extract.declaration import DOCUMENT_NOUNS, _hinted
from quizgen.extract.lexicon import Lexicon
from quizgen.ingest.records import Document, Sentence

from .extract_helpers import DOMAIN, extract, kind

LEXICON = Lexicon(DOMAIN)

DAY = "date 2019-01-22 MOSCOW —\n\n"


def test_stipulates_aside_gives_content_offer_and_stops_at_the_main_verb():
    text = DAY + (
        "The 1956 Soviet-Japanese declaration, which stipulates that Moscow would hand over the "
        "Habomai islets and Shikotan once a peace treaty is signed, remains the basis of the talks."
    )
    (fact,) = kind(extract(text), "declaration")
    assert fact.get("content") == (
        "Moscow would hand over the Habomai islets and Shikotan once a peace treaty is signed"
    )
    assert fact.get("offered") == ["habomai", "shikotan"]


def test_a_sentence_that_only_names_it_is_one_more_source():
    text = DAY + (
        "The ministers met on the basis of the 1956 Japan-Soviet joint declaration. "
        "That document, the 1956 declaration, under which the Soviet Union was to return "
        "Shikotan after a peace treaty, is often quoted."
    )
    (fact,) = kind(extract(text), "declaration")
    assert fact.get("content") == "the Soviet Union was to return Shikotan after a peace treaty"
    assert [s.quote[:30] for s in fact.sources] == [
        "The ministers met on the basis",
        "That document, the 1956 declar",
    ]


def test_an_in_which_clause_after_another_relative_clause_is_no_content():
    text = DAY + (
        "Relations followed the 1956 Soviet-Japanese declaration which ended a long war in "
        "which more than a million people died."
    )
    (fact,) = kind(extract(text), "declaration")
    assert fact.get("content") is None


def test_a_bare_mention_alone_is_a_declaration_without_content():
    text = DAY + "Both sides referred to the Japan-Soviet Joint Declaration in their statements."
    (fact,) = kind(extract(text), "declaration")
    assert (fact.get("year"), fact.get("content"), fact.get("offered")) == (1956, None, [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Tokyo and Moscow restored ties under a joint declaration signed in 1956.",
        "In 1956, Japan and the Soviet Union signed a joint declaration that restored ties.",
    ],
)
def test_a_declaration_dated_by_signed_in_or_a_fronted_year_is_found(sentence):
    (fact,) = kind(extract(DAY + sentence), "declaration")
    assert (fact.get("year"), [s.quote for s in fact.sources]) == (1956, [sentence])


def test_another_declaration_signed_in_another_year_is_not_the_1956_one():
    text = DAY + "In 1993, Boris Yeltsin and Morihiro Hosokawa signed the Tokyo Declaration."
    assert kind(extract(text), "declaration") == []


def test_a_document_of_its_year_and_the_declaration_named_again_are_it():
    text = DAY + (
        "In 1956 the two countries signed a joint declaration. The Declaration promised the "
        "transfer of Shikotan and Habomai after a peace treaty."
    )
    (fact,) = kind(extract(text), "declaration")
    assert len(fact.sources) == 2
    assert fact.get("offered") == ["shikotan", "habomai"]
    (fact,) = kind(
        extract(DAY + "Putin cited a 1956 document that promised two islands."), "declaration"
    )
    assert fact.get("content") == "two islands"
    # "the Declaration" names it only after the article has named it
    assert kind(extract(DAY + "The Declaration ended the war."), "declaration") == []


def test_sentences_are_chosen_as_the_per_sentence_keyword_test_chose_them():
    decl = DOMAIN.documents[0]
    hints = {k.casefold() for k in (*decl.keywords, *DOCUMENT_NOUNS, decl.name, *decl.aliases)}
    pieces = ["declaration", "DECLARATION", "Declaraſion", "declar", "ation", "Joint", "1956"]
    pieces += ["document", "Document", "docu"]
    pieces += ["Soviet-Japanese", "ß", "İ", " ", "\n", ".", "x", "the"]
    rng = random.Random(41)
    chosen = 0
    for _ in range(2000):
        texts = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))).strip() or "x"
            for _ in range(rng.randint(1, 5))
        ]
        sentences = tuple(Sentence(t, 0, len(t)) for t in texts)
        ctx = DocContext(Document("d", "d", " ".join(texts), sentences), DOMAIN, LEXICON)
        plain = [i for i, f in enumerate(ctx.folded) if any(h in f for h in hints)]
        assert _hinted(ctx, decl) == plain, texts
        chosen += len(plain)
    assert chosen > 1000


def test_no_article_names_a_document_of_a_later_year():
    sentence = "\n\nThe 1956 declaration promised to hand over two of the four islands."
    before = extract("date 1955-03-01" + sentence)
    after = extract("date 1960-03-01" + sentence)
    assert not [f for f in before.facts if f.kind == "declaration"]
    assert [f for f in after.facts if f.kind == "declaration"]
