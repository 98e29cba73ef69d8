"""Numbers: a quantity and the noun phrase it counts ("about 30 joint projects").

Left out: years and dates, identifiers ("Article 9", "Resolution 2371", "Group of 20"), ordinals, "one",
"two-plus-two" style names, and a count of the parties themselves ("the two countries",
"both sides"). "N of the M islands" gives both N and M; "eight-point plan" gives 8 points.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extract.base import DocContext, Draft, Lexicon, folded_hint
from quizgen.extract.dates import find_mentions
from quizgen.patterns import near_anchors

QUALIFIERS = r"about|around|over|more than|nearly|almost|some|at least|up to|roughly|approximately|fewer than|less than|under"
PARTY_NOUNS = re.compile(
    r"\A(?:countries|countries’|countries'|sides|nations|counties|counties’|governments|neighbors|neighbours|leaders|parties|men|women)\b"
)
STOP = frozenset(
    """in on at with by from that which who was were is are have has had will would and or
    regardless between since during after before including as to than this last next its their
    his her the a an""".split()
)
SENTENCE_OPENERS = frozenset(
    "later only about some nearly over another all the and but while just around almost".split()
)
LABEL = re.compile(r"(?:\A|\s)([A-Z][\w.]*)\s+\Z")
IDENTIFIER = re.compile(r"No\.\s*\Z|[#№]\s*\Z|\bGroup of\s+\Z")
THE_END = re.compile(r"\b(?:the|their|both)\s+\Z")
QUALIFIER_ONLY = re.compile(rf"\s*(?:(?:{QUALIFIERS})\s+)?", re.I)
HOST_IN = re.compile(r"([a-z][\w-]*(?: [a-z][\w-]*)?)\s+in\s+\Z")
PHRASE_TOKEN = re.compile(r"\w[\w’'-]*|[^\w\s]")
WORD_START = re.compile(r"\w")
DIGIT = re.compile(r"\d")  # what the pattern's \d matches (any Unicode digit)
DIGITS = re.compile(r"\d+")
RELATIVE = re.compile(r"\b(?:this|last|next) (?:year|month|week)\b ?")
LIVE = r"live|lives|lived|work|works|worked|remain|remained"
LIVE_WORD = re.compile(LIVE)
PEOPLE = re.compile(
    r"\b(?:people|residents|inhabitants|citizens|officials|workers|fishermen|Japanese|Russians?)\Z"
)
# what may follow "N businessmen and officials" for "officials" to be the second counted noun
COORDINATED_END = r"\s*[,.;]|\s+(?:[a-z]+ed|were|are|will|would|have|had|from|of|in|on|at|to|who)\b"
PARTICLE_VERB = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turned|give|gave|take|took|taken)\s*\Z"
)


def number_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A quantity with its qualifier: "about 30", "Some 17,000", "eight-point"."""
    words = lex.number_words
    return lex.pattern(
        "numbers",
        lambda: (
            rf"(?<![\w-])(?:(?P<q>(?i:{QUALIFIERS}))\s+)?(?P<n>\d{{1,3}}(?:,\d{{3}})*|(?i:{words}))"
            rf"(?P<point>-point)?(?![\w-]*-(?:plus|to|by)-)(?=[\s-])"
        ),
    )


def find_numbers(ctx: DocContext) -> list[Draft]:
    """Number drafts for counted noun phrases in every sentence."""
    pattern = number_pattern(ctx.lex)
    drafts = []
    for index, sentence in enumerate(ctx.doc.sentences):
        text = sentence.text
        if not DIGIT.search(text) and not folded_hint(ctx.folded[index], ctx.lex.number_hint):
            continue  # no digit and no number word: the pattern cannot match
        dates = [(m.start, m.end) for m in ctx.cached("dates", index, find_mentions)]
        for m in number_matches(pattern, text, ctx.folded[index], ctx.lex.number_hint):
            if any(s <= m.start("n") < e for s, e in dates):
                continue
            found = _count(ctx, text, m)
            if found is None:
                continue
            value, what = found
            qualifier = m["q"]
            qualifier = qualifier.lower() if qualifier else None
            if qualifier == "over" and PARTICLE_VERB.search(text[: m.start()]):
                qualifier = None  # "hand over two of the four islands"
            fields = {
                "value": value,
                "what": what,
                "qualifier": qualifier,
                "as_written": m[0] if qualifier else m[0][m.start("n") - m.start() :],
            }
            drafts.append(Draft("number", (value, what.lower()), fields, ctx.source(sentence)))
    return drafts


def number_matches(
    pattern: re.Pattern[str], text: str, folded: str, words: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched near digits and number words only: a match starts
    at most 14 characters before its number ("approximately 40"). Number words are found in
    the folded text, which lines up with the text unless folding changed its length or the
    text holds a letter that re.IGNORECASE matches to "i" but casefold() does not ("ı")."""
    if len(folded) != len(text) or "ı" in text:
        return pattern.finditer(text)
    anchors = [m.start() for m in DIGITS.finditer(text)]
    anchors += [m.start() for m in words.finditer(folded)]
    return near_anchors(pattern, text, anchors, 20)


def _count(ctx: DocContext, text: str, m: re.Match[str]) -> tuple[int, str] | None:
    raw = m["n"]
    value = int(raw.replace(",", "")) if raw[0].isdigit() else ctx.domain.number_for(raw)
    if value is None or value == 1:
        return None
    before, after = text[: m.start()], text[m.end() :]
    # the patterns below end at the end of ``before`` and span at most its last word (and
    # "Group of"): searching from there finds what a search of all of ``before`` finds
    last = before.rstrip()
    last_word = max(0, last.rfind(" "))
    if raw[0].isdigit():
        label = LABEL.search(before, last_word)
        if IDENTIFIER.search(before, max(0, len(last) - 8)) or (
            label and label[1].lower() not in SENTENCE_OPENERS
        ):
            return None  # an identifier: "Article 9", "No. 3", "Resolution 2371"
    if m["point"]:
        noun = _phrase(after.lstrip(" -"))
        return (value, f"points of the {noun}") if noun else None
    after = after.lstrip()
    if PARTY_NOUNS.match(after) or THE_END.search(before, last_word) and PARTY_NOUNS.match(after):
        return None
    numerals = ctx.lex.number_words
    of_the = ctx.lex.pattern("of-the-n", lambda: rf"of the ((?i:{numerals})|\d+) ").match(after)
    if of_the:
        noun = _phrase(after[of_the.end() :])
        return (value, f"of the {of_the[1]} {noun}") if noun else None
    noun = _phrase(RELATIVE.sub("", after))
    if not noun or noun.split()[0] in STOP:
        return None
    both = re.match(rf"{re.escape(noun)}\s+and\s+([a-z]+s)\b(?={COORDINATED_END})", after)
    if both:
        noun = f"{noun} and {both[1]}"  # "60 Japanese businessmen and officials visited"
    verb = re.match(
        rf"{re.escape(noun)}\s+(?P<v>[a-z]+ed|{LIVE}|were|are)\s+(?P<rest>[^,.;]+)", after
    )
    if verb and QUALIFIER_ONLY.fullmatch(before):
        # "About 17,000 Japanese lived on the islands": the clause says what is counted
        people = PEOPLE.search(noun) or ctx.domain.country_for(noun.rstrip("s"))
        return value, f"{noun} {'who' if people else 'that'} {verb['v']} {verb['rest'].strip()}"
    host = HOST_IN.search(before)
    if host and noun in ("areas", "fields", "sectors", "spheres"):
        words = [w for w in host[1].split() if w not in STOP]
        return value, f"{noun} of {' '.join(words)}" if words else noun
    return value, noun


def _phrase(text: str) -> str:
    """The noun phrase at the start of ``text``: words up to a stop word, plus one PP."""
    words = []
    tokens = PHRASE_TOKEN.findall(text)
    i = 0
    while i < len(tokens) and len(words) < 6:
        token = tokens[i]
        participle = words and (
            (token.endswith("ed") and token[0].islower()) or LIVE_WORD.fullmatch(token)
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
