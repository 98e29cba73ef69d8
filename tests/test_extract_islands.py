"""Islands, declaration: names in both languages, group names and their users, the offer."""

from __future__ import annotations

import random

from quizgen.extract.base import DocContext, Draft
from quizgen.extract.islands import (
    CALLS,
    _anchors,
    _group_matches,
    _group_words,
    _naming_patterns,
    _namings,
    _reaches,
    find_islands,
)
from quizgen.extract.lexicon import Lexicon
from quizgen.ingest import parse_document
from quizgen.ingest.records import Document
from quizgen.patterns import word_matches

from .extract_helpers import DOMAIN, document_of, extract, kind

LEXICON = Lexicon(DOMAIN)

DAY = "date 2019-02-08\n\n"


def islands(text: str) -> list[dict]:
    return [f.fields for f in kind(extract(DAY + text), "islands")]


def test_russian_names_in_order_with_the_group_and_its_user():
    found = islands(
        "Moscow controls Kunashir, Iturup, Shikotan and the Khabomai islets, part of Russia's Southern Kurils."
    )
    lists = [f for f in found if f["form"] == "list"]
    assert lists == [
        {
            "form": "list",
            "members": ["kunashiri", "etorofu", "shikotan", "habomai"],
            "names": ["Kunashir", "Iturup", "Shikotan", "Khabomai islets"],
            "group": "Southern Kurils",
            "used_by": "Russia",
        }
    ]


def test_a_dotless_i_matched_by_the_case_blind_patterns_is_looked_up_too():
    # re.IGNORECASE matches "ı" to "i" but casefold() keeps it: the look-up used to fail
    found = islands("Moscow controls Kunashir and Iturup, which Russıa calls the Southern Kurıls.")
    # (the group pattern ignores case, the country trie does not: "Russıa" names no country)
    assert [(f["form"], f["group"], f["used_by"]) for f in found] == [
        ("list", "Southern Kurils", None)
    ]


def test_japanese_names_and_a_naming_sentence():
    found = islands(
        "Etorofu and Kunashiri belong to the islands Japan calls the Northern Territories."
    )
    naming = [f for f in found if f["form"] == "naming"]
    assert naming == [
        {
            "form": "naming",
            "members": ["etorofu", "kunashiri", "shikotan", "habomai"],
            "names": [],
            "group": "Northern Territories",
            "used_by": "Japan",
        }
    ]


def test_called_x_in_russia_and_y_in_japan_gives_both_users():
    found = islands(
        "They are known as the Southern Kurils in Russia and the Northern Territories in Japan."
    )
    assert [(f["group"], f["used_by"]) for f in found] == [
        ("Southern Kurils", "Russia"),
        ("Northern Territories", "Japan"),
    ]


def test_group_name_without_a_user_is_no_naming_fact():
    assert islands("Japanese tourists visited the Kuril Islands.") == []


def test_declaration_with_named_islands_and_pledge():
    text = DAY + (
        "Moscow has reaffirmed its commitment to the 1956 Joint Declaration, under which the Soviet "
        "Union promised to give Japan Shikotan and the Habomai islets."
    )
    (fact,) = kind(extract(text), "declaration")
    assert (
        fact.get("content")
        == "the Soviet Union promised to give Japan Shikotan and the Habomai islets"
    )
    assert fact.get("offered") == ["shikotan", "habomai"]
    assert fact.get("pledge") is None  # Moscow is a city, not a country: no pledge by a party
    assert fact.get("parties") == ["Soviet Union", "Japan"]


def test_declaration_two_of_the_four_and_a_country_pledge():
    text = DAY + (
        "Russia has confirmed adherence to the declaration of 1956 in which the Soviet Union "
        "offered two of the four islands to Japan."
    )
    (fact,) = kind(extract(text), "declaration")
    assert (fact.get("offered_count"), fact.get("of_count")) == (2, 4)
    assert fact.get("pledge") == "Russia has confirmed adherence"
    assert fact.get("year") == 1956


def test_a_year_next_to_another_word_is_not_the_declaration():
    assert kind(extract(DAY + "In 1956 the two countries restored ties."), "declaration") == []


def test_lesser_kuril_chain_is_the_habomai_group():
    text = DAY + "Ferries link Shikotan and the Lesser Kuril Chain in summer."
    ((members, names),) = [
        (f.get("members"), f.get("names")) for f in kind(extract(text), "islands")
    ]
    assert (members, names) == (["shikotan", "habomai"], ["Shikotan", "Lesser Kuril Chain"])


def test_a_plural_list_head_names_the_counted_things_from_before():
    text = DAY + (
        "The ministers approved four joint ventures on the islands. "
        "The ventures include fish farming, hotels, solar power and recycling."
    )
    (fact,) = kind(extract(text), "list")
    assert (fact.get("what"), fact.get("stated_count"), fact.get("count")) == (
        "joint ventures",
        4,
        4,
    )


# --- Searches near anchor words and per-document scans give what the plain rule gives -------


def old_namings(ctx: DocContext, text: str) -> list[tuple[str, str]]:
    """``_namings`` as it was: each pattern searched over the whole sentence."""
    lex = ctx.lex
    if not lex.group.search(text):
        return []
    found = []
    calls = CALLS.search(text)
    folded = text.casefold()
    needs = (("call", "refer"), ("'s", "’s"), (), ("known",))
    for index in range(len(needs)):
        if index == 2 and not calls:
            continue
        if needs[index] and not any(word in folded for word in needs[index]):
            continue
        pattern = _naming_patterns(lex)[index]
        for m in pattern.finditer(text):
            g, c = ctx.domain.group_for(m["g"]), ctx.domain.country_for(m["c"])
            if g and c:
                found.append((m.start(), g.name, c.name))
    return [(g, c) for _, g, c in sorted(dict.fromkeys(found))]


def old_find_islands(ctx: DocContext) -> list[Draft]:
    """``find_islands`` as it was: hint searches and full scans in every sentence."""
    lex = ctx.lex
    drafts = []
    for sentence, folded in zip(ctx.doc.sentences, ctx.folded, strict=True):
        text = sentence.text
        has_group = bool(lex.group_hint.search(folded))
        if not has_group and not lex.island_hint.search(text):
            continue
        namings = old_namings(ctx, text) if has_group else []
        for group, country in namings:
            known = ctx.domain.group_for(group)
            flags = () if known.used_by in (None, country) else ("used-by-differs-from-domain",)
            fields = {
                "form": "naming",
                "members": list(known.members),
                "names": [],
                "group": group,
                "used_by": country,
            }
            key = ("naming", group, country)
            drafts.append(Draft("islands", key, fields, ctx.source(sentence), flags))
        islands = [(m[0], ctx.domain.island_for(m[0])) for m in word_matches(lex.island_body, text)]
        if not islands:
            continue
        members = list(dict.fromkeys(island.id for _, island in islands))
        names = list(dict.fromkeys(name for name, _ in islands))
        groups = [ctx.domain.group_for(g[0]) for g in lex.group.finditer(text)]
        group = groups[0].name if groups else None
        used_by = dict(namings).get(group) if group else None
        fields = {"form": "list", "members": members, "names": names}
        fields |= {"group": group, "used_by": used_by}
        key = ("list", tuple(members), tuple(names))
        drafts.append(Draft("islands", key, fields, ctx.source(sentence)))
    return drafts


PIECES = [
    *("Kuril Islands", "KURIL ISLANDS", "kuril islands", "Kurils", "Kurıls", "southern Kurils"),
    *("Southern Kuril Islands", "Northern Territories", "NORTHERN TERRITORIES", "South Kurils"),
    *("Iturup", "Etorofu Island", "Kunashiri", "Kunashir", "Shikotan", "Habomai islets"),
    *("Khabomai islet group", "Lesser Kuril Chain", "Habomai  group", "Kunashirix", "İturup"),
    *("Japan", "Russia", "Russian", "Soviet Union", "U.S.", "JAPAN", "Japan's", "Russia’s"),
    *("calls", "CALLS", "called", "call them", "refers to", "known", "known in", "as", "the"),
    *("in", "by", "IN", "it", "its", "name", "ß", "ſ", ",", ".", " ", "  ", "\t", "\n", "and"),
    *("Japan calls the Northern Territories", "the Southern Kurils in Russia", "Russia's Kurils"),
    *("known in Japan as the Northern Territories", "which Russia refers to as Kuril Islands"),
    *("Russian Federation calls the Kuril Islands", "Russian Federation's Kurils"),
]
# "Kurıls" (dotless i) matches a group name case-insensitively but names no group: the rule
# fails on it in a list sentence (as it did before the speed work), so documents leave it out
DOCUMENT_PIECES = [p for p in PIECES if "ı" not in p]


def random_text(rng: random.Random, size: int, pieces: list[str] = PIECES) -> str:
    return "".join(rng.choice(pieces) + rng.choice(("", " ", " ", " ")) for _ in range(size))


def test_namings_searched_near_their_words_are_those_of_whole_searches():
    ctx = DocContext(parse_document("x", "x"), DOMAIN, LEXICON)
    patterns, words, reaches = _naming_patterns(LEXICON), _group_words(LEXICON), _reaches(LEXICON)
    rng = random.Random(31)
    found = 0
    for _ in range(3000):
        text = random_text(rng, rng.randint(1, 14))
        folded = text.casefold()
        old = old_namings(ctx, text)
        assert _namings(ctx, text, folded, patterns, words, reaches) == old, text
        groups = [m.span() for m in LEXICON.group.finditer(text)]
        fast = _group_matches(ctx, text, folded, words, reaches)
        assert [m.span() for m in fast] == groups, text
        found += len(old)
    assert found > 500


def random_document(rng: random.Random) -> Document:
    texts = [
        random_text(rng, rng.randint(0, 12), DOCUMENT_PIECES) for _ in range(rng.randint(1, 6))
    ]
    texts = [t.strip() for t in texts]
    texts = [t for t in texts if t] or ["Kurils."]
    return document_of(texts)


def test_the_rule_finds_what_it_found_sentence_by_sentence():
    rng = random.Random(32)
    found = 0
    for _ in range(1500):
        doc = random_document(rng)
        old = old_find_islands(DocContext(doc, DOMAIN, LEXICON))
        assert find_islands(DocContext(doc, DOMAIN, LEXICON)) == old, doc.sentences
        found += len(old)
    assert found > 2000
    assert _anchors(LEXICON) == [
        *("kuril", "iturup", "etorofu", "habomai", "kunashir", "shikotan"),
        "northern territories",
    ]
