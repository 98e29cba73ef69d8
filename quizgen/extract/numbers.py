"""Numbers: a quantity and the noun phrase it counts ("about 30 joint projects").

Left out: years and dates, identifiers ("Article 9", "para 8", "Resolution 2371", "Group of
20", "+7"), ordinals, "one" (but "one hour"), "two-plus-two" style names, and a count of the
parties themselves ("the two countries", "both sides"). "N of the M islands" gives both N and
M; "eight-point plan" gives 8 points; "17.7 percent" is 17.7, "one-and-a-half hours" 1.5.
The pattern and its fast searches are in ``number_scan.py``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from functools import cache

from lemminflect import getAllLemmas

from quizgen.extract.base import DocContext, Draft
from quizgen.extract.dates import find_mentions
from quizgen.extract.lexicon import folded_hint
from quizgen.extract.number_scan import (
    DIGIT,
    QUALIFIERS,
    joined_matches,
    match_starts,
    number_matches,
    number_pattern,
)

# "two countries", "both sides", "our two Governments": the parties of the topic, no count
PARTY_WORDS = (
    "countries", "countries’", "countries'", "sides", "nations", "governments", "neighbors",
    "neighbours", "leaders", "parties", "men", "women",
)  # fmt: skip
PARTY_NOUNS = re.compile(rf"\A(?i:{'|'.join(PARTY_WORDS)})\b")
# "the two ministers", "the two Foreign Ministers": with a definite word before it, the pair
# named before, not a count of new people
PAIR_NOUNS = re.compile(
    r"\A(?i:(?:foreign\s+|prime\s+|defen[cs]e\s+)?(?:ministers|presidents|premiers|delegations"
    r"|heads|envoys|diplomats|secretaries|states))\b"
)
DEFINITE_END = re.compile(r"\b(?:the|our|their|these|both)\s*\Z", re.I)
AGE = re.compile(r"-years?-old\b")
HOURS_AND = re.compile(r"\s*hours?\s+and\s+(\d+|[a-z]+)\s+minutes?\b", re.I)
AFTER_HOURS_AND = re.compile(r"\b(?:\d+|[a-z]+)\s+hours?\s+and\s+\Z", re.I)
HALF = re.compile(r"-and-a-half\b|\s+and\s+a\s+half\b", re.I)  # "one-and-a-half hours"
# "one" counts only a unit: "one hour", not "one of the ministers"
ONE_UNIT = re.compile(
    r"\s+(?:hour|minute|day|week|month|year|kilometre|kilometer|mile|metre|meter|tonne|ton)\b"
)
DECIMAL = re.compile(r"\d+\.\d+")
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
SCALES |= {"billion": 1_000_000_000}
# "$18 billion.", "3 million people", "two hundred thousand people": scale words in a row
SCALE = re.compile(rf"(?:\s+(?:{'|'.join(SCALES)})\b)+", re.I)
# a scale word alone is a number after "a" or "one" ("a hundred people"); "a few hundred",
# "several dozen" count nothing, and in "two hundred" it is the scale of "two"
ONE_BEFORE = re.compile(r"\b(?:a|one)\s+\Z", re.I)
NOUN_NEXT = re.compile(r"\s+[a-z]")
# A digit and a decimal point, a clock's colon or a ratio's slash just before the number.
PART_OF_A_FIGURE = re.compile(r"\d[.:/]\Z")
# "the two ministries’ ..." (a plural possessive): with "the", the number points back to
# parties already named rather than counting anything new.
ANAPHORIC_POSSESSIVE = re.compile(r"\A\w+s[’']\s")
STOP = frozenset(
    """in on at with by from that which who was were is are have has had will would and or
    regardless between since during after before including as to than this last next its their
    his her the a an it they he she we over across into through under against among within
    without toward towards along via""".split()
)
SENTENCE_OPENERS = frozenset(
    "later only about some nearly over another all the and but while just around almost".split()
)
LABEL = re.compile(r"(?:\A|\s)([A-Z][\w.]*)\s+\Z")
IDENTIFIER_WORDS = ("para", "paragraph", "article", "section", "chapter", "clause", "item", "page")
IDENTIFIER = re.compile(
    r"No\.\s*\Z|[#№+]\s*\Z|\bGroup of\s+\Z" rf"|\b(?:{'|'.join(IDENTIFIER_WORDS)})s?\s+\Z"
)
# "paras 6 and 8", "sections 2, 3 or 5": the numbers after the first are identifiers too
COORDINATED_IDENTIFIER = re.compile(
    rf"\b(?:{'|'.join(IDENTIFIER_WORDS)})s\s+\d+(?:\s*,\s*\d+)*,?\s+(?:and|or)\s+\Z"
)
# "the two countries": not needed by _count (PARTY_NOUNS alone decides), kept for its guard test
THE_END = re.compile(r"\b(?:the|their|both)\s+\Z")
QUALIFIER_ONLY = re.compile(rf"\s*(?:(?:{QUALIFIERS})\s+)?", re.I)
HOST_IN = re.compile(r"([a-z][\w-]*(?: [a-z][\w-]*)?)\s+in\s+\Z")
PHRASE_TOKEN = re.compile(r"\w[\w’'-]*|[^\w\s]")
WORD_START = re.compile(r"\w")
RELATIVE = re.compile(r"\b(?:of )?(?:this|last|next) (?:year|month|week)\b ?")
LIVE = r"live|lives|lived|work|works|worked|remain|remained"
LIVE_WORD = re.compile(LIVE)
# a counted noun that is people (a demonym, "Calderans", is found through the domain file)
PEOPLE = re.compile(r"\b(?:people|residents|inhabitants|citizens|officials|workers|fishermen)\Z")
# what may follow "N businessmen and officials" for "officials" to be the second counted noun
COORDINATED_END = r"\s*[,.;]|\s+(?:[a-z]+ed|were|are|will|would|have|had|from|of|in|on|at|to|who)\b"


def find_numbers(ctx: DocContext) -> list[Draft]:
    """Number drafts for counted noun phrases in every sentence."""
    pattern = number_pattern(ctx.lex)
    sentences = ctx.doc.sentences
    starts = match_starts(ctx)
    found: Iterable[tuple[int, str, int, re.Match[str]]]
    if starts is None:  # the whole-document scan does not apply: search sentence by sentence
        hint = ctx.lex.number_hint
        found = (
            (i, s.text, 0, m)
            for i, s in enumerate(sentences)
            if DIGIT.search(s.text) or folded_hint(ctx.folded[i], hint)
            for m in number_matches(pattern, s.text, ctx.folded[i], hint)
        )
    else:
        found = joined_matches(pattern, ctx.joined, starts)
    drafts = []
    last, in_date, source = -1, _spans(()), None
    for index, text, offset, m in found:
        if index != last:
            dates = ctx.cached("dates", index, find_mentions)
            last, in_date, source = index, _spans((d.start, d.end) for d in dates), None
        n = m.start("n") - offset
        if in_date(n):
            continue
        sentence = sentences[index]
        start = m.start()
        before = text[offset:start]
        after = text[m.end() : offset + len(sentence.text)]
        found_count = _count(ctx, before, after, m)
        if found_count is None:
            continue
        value, what = found_count
        qualifier = m["q"]
        qualifier = qualifier.lower() if qualifier else None
        if qualifier == "over" and _particle_before(before):
            qualifier = None  # "hand over two of the four islands"
        scale = SCALE.match(after)  # "three million": the scale word is part of the figure
        written = m[0] if qualifier else m[0][n + offset - start :]
        fields = {
            "value": value,
            "what": what,
            "qualifier": qualifier,
            "as_written": written + (after[: scale.end()] if scale else ""),
        }
        source = source or ctx.source(sentence)
        drafts.append(Draft("number", (value, what.lower()), fields, source))
    return drafts


_PARTICLES = "hand|hands|handed|handing|turn|turned|give|gave|take|took|taken"
PARTICLE_VERB = re.compile(rf"\b(?:{_PARTICLES})\s*\Z")
_LONGEST_PARTICLE = max(len(w) for w in _PARTICLES.split("|"))


def _spans(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position falls inside one of ``spans`` (a date's words): a binary search over
    the merged spans, so a sentence with thousands of dates costs no more than its length."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]

    def inside(position: int) -> bool:
        at = bisect.bisect_right(starts, position) - 1
        return at >= 0 and position < merged[at][1]

    return inside


def _whole(value: int | float) -> int | float:
    """``value`` as an int when it is a whole number (1.5 billion is 1500000000)."""
    return int(value) if float(value).is_integer() else value


def _particle_before(before: str) -> bool:
    """``PARTICLE_VERB.search(before)``, from where the verb can start: it is the last word
    before the trailing whitespace."""
    return bool(PARTICLE_VERB.search(before, max(0, len(before.rstrip()) - _LONGEST_PARTICLE)))


def _count(
    ctx: DocContext, before: str, after: str, m: re.Match[str]
) -> tuple[int | float, str] | None:
    """The value and what it counts, from the match and the sentence before and after it."""
    raw = m["n"]
    value = _value(ctx, raw.replace(",", ""))
    half = HALF.match(after)
    if half and value is not None:  # "one-and-a-half hours": 1.5 hours
        value, after = value + 0.5, after[half.end() :]
    compound = HOURS_AND.match(after)
    if compound and value is not None:  # "1 hour and 40 minutes": one duration, in minutes
        minutes = _value(ctx, compound[1])
        return (value * 60 + minutes, "minutes") if minutes is not None else None
    if value is None or AFTER_HOURS_AND.search(before):
        return None  # (the minutes of "1 hour and 40 minutes" are counted with the hours)
    if value == 1 and not ONE_UNIT.match(after):
        return None  # "one of the", "one side": a count only of a unit ("one hour")
    if raw[0].isdigit() and PART_OF_A_FIGURE.search(before):
        return None  # "2.5 percent", "20.3 billion", "4:10 pm": the digits after the mark
    if raw[0].isdigit() and _identifier_before(before):
        return None  # an identifier: "Article 9", "No. 3", "Resolution 2371"
    if raw[0].isdigit() and before.endswith((")", "]", "”", '"')):
        return None  # a footnote mark: "(Department's telegram 1560 to Harwick)2 they"
    if after.startswith("%"):
        after = " percent" + after[1:]  # "61% of Brenans"
    if raw.lower() in SCALES and not ONE_BEFORE.search(before):
        return None  # "a few hundred", "several dozen", the "hundred" of "two hundred"
    scale = SCALE.match(after)
    if scale:  # "$18 billion", "1.5 billion": the amount; "3 million people": a count
        words = scale.group().lower().split()
        for word in words:
            value = _whole(value * SCALES[word])
        if not NOUN_NEXT.match(after, scale.end()):
            return value, words[-1]  # named by its scale word
        after = after[scale.end() :]
    if AGE.match(after):  # "a 16-year-old schoolboy": an age in years
        return value, "years old"
    if m["point"]:
        if raw[0].isupper() and before.strip() and after.lstrip(" -")[:1].isupper():
            return None  # "the Eight-point Cooperation Plan": a number inside a name
        noun = _phrase(after.lstrip(" -"))
        return (value, f"points of the {noun}") if noun else None
    after = after.lstrip()
    if ANAPHORIC_POSSESSIVE.match(after) and before.rstrip().lower().endswith("the"):
        return None  # "the two ministries’ talks": parties named before, not a count
    if (
        after[:1] in _PARTY_STARTS
        and PARTY_NOUNS.match(after)
        and value in (2, len([c for c in ctx.domain.countries if c.party and not c.ended]))
    ):  # "the two countries" ("both sides") as much as "two countries"; "all three
        return None  # countries" of a two-sided topic are counted
    if PAIR_NOUNS.match(after) and DEFINITE_END.search(before):
        return None  # "the two ministers discussed ...": the pair named before
    if raw[0].isupper() and before.strip() and after[:1].isupper():
        return None  # "on the Four Northern Islands": a number inside a name
    if after.startswith("of the "):
        numerals = ctx.lex.number_words
        of_the = ctx.lex.pattern("of-the-n", lambda: rf"of the ((?i:{numerals})|\d+) ").match(after)
        if of_the:
            noun = _phrase(after[of_the.end() :])
            return (value, f"of the {of_the[1]} {noun}") if noun else None
        noun = _phrase(after[len("of the ") :])  # "three of the disputed islands"
        return (value, f"of the {noun}") if noun else None
    # every RELATIVE match holds one of these
    relative = "this " in after or "last " in after or "next " in after
    noun = _phrase(RELATIVE.sub("", after) if relative else after)
    if not noun or noun.split()[0] in STOP:
        return None
    # "noun" + BOTH / VERB is the pattern "re.escape(noun)" + BOTH / VERB at the start
    both = after.startswith(noun) and BOTH.match(after, len(noun))
    if both:
        noun = f"{noun} and {both[1]}"  # "60 Calderan businessmen and officials visited"
    if QUALIFIER_ONLY.fullmatch(before) and after.startswith(noun):
        verb = VERB.match(after, len(noun))
        if verb:
            # "About 17,000 Calderans lived on the islands": the clause says what is counted
            people = PEOPLE.search(noun) or ctx.domain.country_for(noun.rstrip("s"))
            return value, f"{noun} {'who' if people else 'that'} {verb['v']} {verb['rest'].strip()}"
    if noun in ("areas", "fields", "sectors", "spheres"):
        host = host_in(before)
        if host is not None:
            words = [w for w in host.split() if w not in STOP]
            return value, f"{noun} of {' '.join(words)}" if words else noun
    return value, noun


# the first letters of PARTY_NOUNS
_PARTY_STARTS = frozenset(c for w in PARTY_WORDS for c in (w[0], w[0].upper()))
# IDENTIFIER ends with one of these (and whitespace)
_IDENTIFIER_ENDS = (
    *("No.", "#", "№", "+", "Group of"),
    *IDENTIFIER_WORDS,
    *(f"{word}s" for word in IDENTIFIER_WORDS),
)


def _identifier_before(before: str) -> bool:
    """True when a number after ``before`` is a label's or an identifier's (IDENTIFIER, or
    LABEL with a word that does not open sentences)."""
    last = before.rstrip()
    # the patterns end at the end of ``before`` and span at most its last word (and "Group
    # of"): searching from there finds what a search of all of ``before`` finds
    if last.endswith(_IDENTIFIER_ENDS) and IDENTIFIER.search(before, max(0, len(last) - 11)):
        return True
    if last.endswith((" and", " or")) and COORDINATED_IDENTIFIER.search(before[-60:]):
        return True
    # LABEL needs whitespace at the end and a last word that starts with a capital letter
    if last == before or not last or not "A" <= last.split()[-1][0] <= "Z":
        return False
    label = LABEL.search(before, max(0, last.rfind(" ")))
    return bool(label and label[1].lower() not in SENTENCE_OPENERS)


BOTH = re.compile(rf"\s+and\s+([a-z]+s)\b(?={COORDINATED_END})")
VERB = re.compile(rf"\s+(?P<v>[a-z]+ed|{LIVE}|were|are)\s+(?P<rest>[^,.;]+)")
_HOST_WORDS = re.compile(r"[a-z][\w-]*(?: [a-z][\w-]*)?\Z")


def host_in(before: str) -> str | None:
    """``HOST_IN.search(before)[1]``, or None, found from the end: ``before`` ends with
    whitespace, "in", whitespace, and the words before those hold at most one space."""
    if not before[-1:].isspace():
        return None
    last = before.rstrip()
    if not last.endswith("in") or not last[-3:-2].isspace():
        return None
    words = last[:-2].rstrip()
    # the group holds at most one space: it starts after the second-last space, if any
    start = words.rfind(" ", 0, max(0, words.rfind(" "))) + 1
    found = _HOST_WORDS.search(words, start)
    return found[0] if found else None


_STOP_IN_TAIL = STOP - {"the", "their"}
_LIVE_WORDS = frozenset(LIVE.split("|"))  # LIVE_WORD.fullmatch(w) is w in _LIVE_WORDS
# the words at the start of a text (at most 11: ``_phrase`` reads no more)
_WORD_RUN = re.compile(r"\s*(\w[\w’'-]*(?:\s+\w[\w’'-]*){0,10})?")


def _phrase(text: str) -> str:
    """The noun phrase at the start of ``text``: words up to a stop word, plus one PP."""
    # read as the tokens ``PHRASE_TOKEN.findall(text)`` would be: ``_phrase_in`` reads no
    # token after the first that is not a word (every loop stops there), and at most 11
    run = _WORD_RUN.match(text)
    assert run is not None  # the pattern matches the empty string
    tokens = run[1].split() if run[1] else []
    if len(tokens) < 11:
        other = text[run.end() :].lstrip()[:1]  # not a word character: the run stopped
        if other:
            tokens.append(other)
    return _phrase_in(tokens)


@cache
def _verb_form(word: str) -> bool:
    """An inflected verb that is no other part of speech ("operating", "went"), which ends
    the noun phrase before it."""
    lemmas = getAllLemmas(word)
    return set(lemmas) == {"VERB"} and word not in lemmas["VERB"]


def _phrase_in(tokens: list[str]) -> str:
    """The phrase the tokens of a text (``PHRASE_TOKEN``) start with."""
    words: list[str] = []
    for token in tokens:
        # a token is a word (starts with \w) or one other character
        word = len(token) > 1 or token.isalnum() or token == "_"
        participle = words and (
            (token.endswith("ed") and token[0].islower())
            or token in _LIVE_WORDS
            or (token[0].islower() and _verb_form(token))  # "fighters operating across"
        )
        if not word or token.lower() in STOP or token == "ready" or participle:
            break
        words.append(token)
        if len(words) == 6:
            break
    i = len(words)
    if not words:
        return ""
    rest = tokens[i:]
    if rest[:3] in (["ready", "to", "be"], ["to", "be"]) and len(rest) > 3:
        words += rest[: rest.index("be") + 2]
    elif rest and rest[0] in ("for", "of", "between") and len(rest) > 1:
        tail = []
        for token in rest[1:5]:  # only four tail words are kept
            if not WORD_START.match(token) or token.lower() in _STOP_IN_TAIL:
                break
            tail.append(token)
        if tail:
            words += [rest[0], *tail]
    return " ".join(words)


def _value(ctx: DocContext, word: str) -> int | float | None:
    """A number written in digits, with decimals or as a word ("40", "17.7", "ten")."""
    if word.isdigit():
        return int(word)
    if DECIMAL.fullmatch(word):
        return float(word)
    return ctx.domain.number_for(word)
