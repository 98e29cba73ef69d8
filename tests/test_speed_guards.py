"""Output pins and input shapes that must stay linear (the speed work may not change results).

The golden file is the facts JSON for the seeds. After an intended change to the rules,
regenerate it from the repository root and review the diff:

    quizgen extract seeds --fresh > tests/golden/seeds_facts.json
"""

from __future__ import annotations

import random
import re

from click.testing import CliRunner

from quizgen.cli import cli
from quizgen.domain import load_domain
from quizgen.extract.dates import DATE_RE, date_matches
from quizgen.extract.lexicon import Lexicon, folded_hint
from quizgen.extract.lists import HEAD, _head_before
from quizgen.extract.number_scan import number_matches, number_pattern
from quizgen.extract.numbers import (
    IDENTIFIER,
    LABEL,
    THE_END,
)
from quizgen.ingest import parse_document
from quizgen.ingest.records import Sentence
from quizgen.ingest.sentences import split_sentences
from quizgen.patterns import (
    LOWER_LETTERS,
    UPPER_LETTERS,
    alternation,
    any_of,
    covering,
    word_matches,
)
from tests.conftest import ROOT
from tests.extract_helpers import random_text


def test_seed_facts_match_the_golden_file(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["extract", "seeds", "--fresh"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout == (ROOT / "tests" / "golden" / "seeds_facts.json").read_text("utf-8")


def test_a_one_megabyte_line_without_full_stops_is_one_incomplete_sentence():
    line = " ".join(
        f"Minister Ivan{i % 7} visited Osaka, U.S. and 2016 - {i}" for i in range(25_000)
    )
    line = line[:1_000_000]
    doc = parse_document(f"date 2016-05-06\n\n{line}", "long")
    assert doc.published.value == "2016-05-06"
    assert [(s.start, s.end, s.complete) for s in doc.sentences] == [(0, len(line), False)]


def test_long_runs_of_marks_and_abbreviations_split_as_before():
    dots = "." * 200_000
    assert split_sentences(dots) == (Sentence(dots, 0, 200_000),)
    assert [s.text for s in split_sentences(f"Yes{dots} No.")] == [f"Yes{dots}", "No."]
    body = "Wait" + "!" * 100_000 + " Then the U.S. " * 3 + "Done."
    texts = [s.text for s in split_sentences(body)]
    assert texts == ["Wait" + "!" * 100_000, "Then the U.S.  Then the U.S.  Then the U.S. Done."]


def test_trie_alternation_matches_like_the_longest_first_list():
    words = ["Sep", "Sept", "September", "U.S.", "US", "USA", "May"]
    trie = re.compile(rf"\b(?:{alternation(words)})")
    text = "In Sept. and September the USA, US and U.S. said May"
    assert [m[0] for m in trie.finditer(text)] == ["Sept", "September", "USA", "US", "U.S.", "May"]
    # words that branch only by case keep the plain list when the pattern ignores case
    assert alternation(["Kurils", "kurils x"], ignore_case=True) == r"kurils\ x|Kurils"
    assert covering(["Kunashiri", "Kunashir", "Iturup Island", "Iturup"]) == ("Iturup", "Kunashir")


def test_word_matches_finds_what_a_leading_word_boundary_finds():
    body = re.compile(r"(?:Saint Petersburg|Petersburg|Osaka|Kuril islands|Kuril)\b")
    bounded = re.compile(rf"\b{body.pattern}")
    text = "xSaint Petersburg, Osaka-bound, NOsaka, Kuril islandsX Kuril; Saint Petersburg"
    found = [(m.start(), m[0]) for m in word_matches(body, text)]
    assert found == [(m.start(), m[0]) for m in bounded.finditer(text)]
    # mid-word "Saint Petersburg" does not hide the "Petersburg" a boundary lets start
    # and "Kuril islandsX" falls back to "Kuril", as the full pattern does
    assert found == [
        (7, "Petersburg"),
        (19, "Osaka"),
        (40, "Kuril"),
        (55, "Kuril"),
        (62, "Saint Petersburg"),
    ]


def test_folded_pre_checks_let_through_letters_that_ignorecase_matches_unfolded():
    # re.I matches "ı" (dotless i) and "İ" to "i"; casefold() keeps them apart from "i"
    assert re.search("(?i:five)", "FİVE") and re.search("(?i:five)", "fıve")
    five = any_of(["five"])
    assert folded_hint("FİVE".casefold(), five)
    assert folded_hint("fıve".casefold(), five)
    assert not folded_hint("four".casefold(), five)
    assert folded_hint("FIVE".casefold(), five)


def test_list_heads_are_found_as_the_plain_window_search_finds_them():
    rng = random.Random(5)
    pieces = ["foo", "Bar", "it's", "x-y", " ", "  ", ",", ", ", ".", "\u00a0", "“", "a", "\t"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        end = rng.randint(0, len(text))
        plain = HEAD.search(text, max(0, end - 90), end)
        fast = _head_before(text, end)
        assert (plain and plain.span()) == (fast and fast.span()), (text, end)
        found += plain is not None
    assert found > 100  # the generator does make heads
    assert _head_before("The areas such as", 10)[0] == "The areas "


def test_date_matches_finds_what_the_full_scan_finds():
    rng = random.Random(11)
    pieces = [
        *("May", "Sept.", "December", "Mark", "Monday", "Friday's", "week", "weekend", "1956"),
        *("2016", "20190", "6", "15th", "-", "–", "to", "and", ",", ".", " ", "  ", "\n"),
        *("on", "On", "in", "scheduled for", "as early as", "later this", "mid-", "early", "x"),
    ]
    found = 0
    for _ in range(3000):
        text = random_text(rng, pieces, 0, 30)
        plain = [m.span() for m in DATE_RE.finditer(text)]
        assert [m.span() for m in date_matches(text)] == plain, text
        found += len(plain)
    assert found > 1000  # the generator does make dates


def test_number_matches_finds_what_the_full_scan_finds():
    lex = Lexicon(load_domain())
    pattern = number_pattern(lex)
    rng = random.Random(13)
    pieces = [
        *("about", "Approximately", "more than", "some", "up to", "30", "17,000", "1956", "two"),
        *("Four", "SEVENTEEN", "twenty-one", "eight-point", "two-plus-two", "ſix", "fıve", "x"),
        *("islands", "-", ",", ".", " ", "  ", "\n", "(", "one", "someone", "often", "ten"),
    ]
    found = 0
    for _ in range(3000):
        text = random_text(rng, pieces, 0, 30)
        plain = [m.span() for m in pattern.finditer(text)]
        fast = number_matches(pattern, text, text.casefold(), lex.number_hint)
        assert [m.span() for m in fast] == plain, text
        found += len(plain)
    assert found > 1000  # the generator does make numbers


def test_number_context_searches_from_the_last_word_find_what_whole_searches_find():
    rng = random.Random(3)
    pieces = ["No.", "#", "№", "Group of", "of", "the", "their", "both", "Article", "U.S.", "x"]
    pieces += ["(", ",", " ", "  ", "\t", "\n", "The", "bothe"]
    hits = 0
    for _ in range(3000):
        before = random_text(rng, pieces, 0, 12)
        last = before.rstrip()
        word = max(0, last.rfind(" "))
        for pattern, start in ((LABEL, word), (IDENTIFIER, max(0, len(last) - 8)), (THE_END, word)):
            whole, tail = pattern.search(before), pattern.search(before, start)
            assert (whole and whole.span()) == (tail and tail.span()), (pattern.pattern, before)
            hits += whole is not None
    assert hits > 500


def test_literal_pieces_leave_no_word_without_a_piece():
    from quizgen.patterns import literal_pieces

    rng = random.Random(21)
    letters = "aAbBeEmMnNpPrRsStT -,'’"
    for _ in range(500):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14))) for _ in range(9)]
        pieces = literal_pieces(words)
        assert all(any(p in w for p in pieces) for w in words if w), words
        # none is redundant: each is the only piece of some word
        assert all(
            any(p in w and not any(q in w for q in pieces if q != p) for w in words) for p in pieces
        ), (words, pieces)
    lex = Lexicon(load_domain())
    folded = [r.casefold() for r in lex.role_forms]
    pieces = literal_pieces(folded)
    assert all(any(p in r for p in pieces) for r in folded)
    assert "inister" in pieces and "pm" in pieces  # one piece serves "Minister"/"minister"


def _reference_merge(documents, drafts):
    """``merge_drafts`` as it was before the speed work (a sort, a repr per key, a set)."""
    from quizgen.extract import (
        _countries_across_articles,
        _flag_event_dates,
        _one_fact_per_post,
        document_record,
    )
    from quizgen.facts import Fact, FactSet, fact_id

    ordered = sorted(documents, key=lambda d: d.id)
    rank = {doc.id: index for index, doc in enumerate(ordered)}
    drafts = sorted(_one_fact_per_post(drafts), key=lambda d: rank.get(d.source.doc, len(rank)))
    groups, ids = {}, {}
    for draft in drafts:
        memo = (draft.kind, repr(draft.key))
        ident = ids.get(memo)
        if ident is None:
            ident = ids[memo] = fact_id(draft.kind, draft.key)
        groups.setdefault((draft.kind, ident), []).append(draft)
    facts = []
    for (kind, ident), group in groups.items():
        primary = next((d for d in group if not d.flags), group[0])
        fields = dict(primary.fields)
        for draft in group:
            for name, value in draft.fields.items():
                if fields.get(name) in (None, "", []) and value not in (None, "", []):
                    fields[name] = value
        if kind == "person":
            fields["aliases"] = sorted({a for d in group for a in d.fields.get("aliases", [])})
            roles = sorted({d.fields["role"] for d in group if d.fields.get("role")})
            flags = [f"roles differ: {', '.join(roles)}"] if len(roles) > 1 else []
        else:
            flags = []
        sources = sorted({d.source for d in group}, key=lambda s: (s.doc, s.start, s.end))
        facts.append(Fact(ident, kind, fields, tuple(sources), "auto", (*primary.flags, *flags)))
    facts = _countries_across_articles(_flag_event_dates(facts))
    return FactSet(
        documents=tuple(document_record(d) for d in ordered),
        facts=tuple(sorted(facts, key=lambda f: (f.kind, f.id))),
    )


def test_merge_gives_what_the_plain_merge_gives():
    # equal keys with different reprs (1, 1.0, True), nested and unhashable keys, documents
    # out of order or unknown, flagged drafts, empty fields filled later, names added later
    from quizgen.extract import merge_drafts
    from quizgen.extract.base import Draft
    from quizgen.facts import Source, dumps_facts

    rng = random.Random(17)
    documents = [parse_document(f"Text {n}.", n) for n in ("d2", "d1", "d3")]
    keys = ["A", "B", 1, 1.0, True, -0.0, 0, (1, "x"), (True, "x"), (1.0, "x"), ("a", ("b",))]
    keys += [("a", ["b"]), ("a", None), ("a", "b", 2), None]
    values = [None, "", [], "x", "y", 0, False, ["a"], ["b", "a"]]
    for _ in range(300):
        drafts = []
        for _ in range(rng.randint(0, 40)):
            doc, start = rng.choice(["d1", "d2", "d3", "zz", "aa"]), rng.randint(0, 3)
            end = start + rng.randint(0, 2)
            names = rng.sample(["name", "role", "country", "aliases", "what"], rng.randint(0, 4))
            fields = {name: rng.choice(values) for name in names}
            if "aliases" in fields and not isinstance(fields["aliases"], list):
                fields["aliases"] = []
            if fields.get("role") is not None and not isinstance(fields["role"], str):
                fields["role"] = None
            source = Source(doc, f"{doc} {start} {end}", start, end)
            flags = rng.choice([(), (), ("from-dateline",)])
            kind = rng.choice(["person", "place", "list"])
            drafts.append(Draft(kind, rng.choice(keys), fields, source, flags))
        assert dumps_facts(merge_drafts(documents, drafts)) == dumps_facts(
            _reference_merge(documents, drafts)
        )


# A word in a name's letters (Latin with accents) ending the text: a given name before it.
NAME_END = rf"[{UPPER_LETTERS}][{LOWER_LETTERS}]+\Z"


def _plain_resolve_names(ctx, text):
    """``DocContext._resolve_names`` as it was before its fast paths (the reference)."""

    def full(match):
        word = match["name"]
        if " " not in word and word not in ctx.surnames and word not in ctx.people:
            return match[0]  # no one's name: the post stays
        name = ctx.domain.canonical_person(word)
        return ctx.surnames.get(name, name) if " " not in name else name

    if ctx.lex.role_hint.search(text):
        text = ctx.lex.person.sub(full, text)

    def surname(match):
        before = text[: match.start()].rstrip(" ")
        inside = before != text[: match.start()] and re.search(NAME_END, before)
        name = ctx.surnames.get(match[0])
        whole = name is not None and text.startswith(name, match.start())  # family name first
        return match[0] if name is None or inside or whole else name

    return ctx.lex.name_word.sub(surname, text)


def test_resolve_names_gives_what_the_plain_substitutions_give():
    from quizgen.extract.base import DocContext

    domain = load_domain()
    ctx = DocContext(parse_document("No one.", "d"), domain, Lexicon(domain))
    ctx.surnames.update({"Abe": "Shinzo Abe", "Lavrov": "Sergei Lavrov", "Ab": "Xy Ab"})
    rng = random.Random(17)
    pieces = [
        *("Abe", "Lavrov", "Ab", "abe", "Shinzo", "Sergei", "Foreign Minister", "Prime Minister"),
        *("Japan's", "former", "said", "-", " ", "  ", ",", "'s", "Abe-Lavrov", "É", "x", "A"),
        *("Lavrov-Abe", "Abes", "AbeX", "xAbe", "Ab-", "_", "Shinzo Abe", "Minister Lavrov"),
    ]
    changed = 0
    for _ in range(3000):
        text = random_text(rng, pieces, 0, 14)
        plain = _plain_resolve_names(ctx, text)
        assert ctx._resolve_names(text) == plain, text
        changed += plain != text
    assert changed > 500  # the generator does make names to resolve


def test_inside_full_is_the_given_name_search():
    from quizgen.extract.base import _inside_full

    rng = random.Random(19)
    pieces = ["Shinzo", "abe", "A", "z", "Zz", "É", "é", " ", "  ", "\t", "-", "1", "_", "Abe"]
    word = re.compile("Abe")
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) + "Abe"
        match = list(word.finditer(text))[-1]
        before = text[: match.start()].rstrip(" ")
        plain = before != text[: match.start()] and bool(re.search(NAME_END, before))
        assert _inside_full(text, match) is plain, text


def test_near_anchors_finds_what_finditer_finds_across_whitespace_runs():
    from quizgen.patterns import near_anchors

    # every match holds "May" at most 3 (4) characters after its start, a whitespace run as one
    patterns = ((re.compile(r"\b(?:on\s+)?May\b"), 3), (re.compile(r"(?:\s+yyy)?May"), 4))
    rng = random.Random(29)
    pieces = ["on", "on ", "May", "yyy", "x", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "n"]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        anchors = [m.start() for m in re.finditer("May", text)]
        for pattern, reach in patterns:
            plain = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in near_anchors(pattern, text, anchors, reach)] == plain, text
            found += sum(bool(re.search(r"\s\s", text[s:e])) for s, e in plain)
    assert found > 150  # matches over runs of whitespace
