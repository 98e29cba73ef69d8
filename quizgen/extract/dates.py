"""Dates in sentences and the events they date.

A mention is found by one compiled pattern (full dates, ranges, month and year, bare months
after a preposition, years, weekdays, relative week words). It is resolved against the
article's publication date only as far as the text allows:

- "May 6, 2016" -> 2016-05-06; "August 1945" -> 1945-08; "in 1956" -> 1956.
- "May 6" / "in December": year from a day- or month-precision publication date (the past
  occurrence for past-tense clauses, the next one for future ones, else the nearest) or from a
  year-only date; with no year known, "--05-06" (bare months are then skipped). Marked inferred.
- Weekdays: the most recent such day on or before a day-precision publication date (the next
  one for clearly future clauses); the year only against a year-only date; against a
  month-and-day dateline only "said/reported <weekday>" (the report's own day). Inferred.
- "later this week" style words give the year only (year-only date) or the month when the
  whole week lies in one month.
- "today", "earlier today" and "yesterday" give the day against a day-precision date;
  "this/last/next month" the month; "this/last/next year" and "May this year" the year or
  month against any date with a year. After "until", "since", "the" ("over the last year")
  they name a span and are skipped. "this morning", "tonight" are today. "last December",
  "next March" take the latest such month before, or the first after, the publication month.
  "from 14 to 17 March" is a range like "March 14-17". "recently" never becomes a date.
- "from 1918 until 1922", "between 1918 and 1922" and "from May 1918 to June 1922" are
  spans: "1918/1922", "1918-05/1922-06". "in the spring of 1982", "in summer 1945": the year.
- The first sentence of a report (after its headline) whose date stands on a line of its own
  ("November 9, 2014, Beijing") tells, undated and in the past tense, what happened that
  day (in the present perfect, "has slammed", only that it was done by then: its month): it takes that day, unless its words set it on another ("two days ago", "the previous
  day": ``ANOTHER_DAY``) or it names a year of its own ("the crisis of 1770 was ...").

The event clause for each mention is built in :mod:`quizgen.extract.clauses`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

from lemminflect import getAllLemmas

from quizgen.dates import MONTH_PATTERN, MONTHS, WEEKDAYS, iso, month_number, precision_of
from quizgen.extract.base import POSSESSIVE, DocContext, Draft
from quizgen.extract.clauses import Event, build_event, when_event
from quizgen.extract.nominal_events import dates_noun_not_verb, nominal_event
from quizgen.extract.verbs import AUX, IRREGULAR, find_verb
from quizgen.ingest.records import PubDate
from quizgen.patterns import alternation, covering, near_anchors, word_matches

SEASONS = ("spring", "summer", "autumn", "winter")  # "this autumn": its year
_M = rf"(?:{MONTH_PATTERN})"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_LEAD = (
    r"(?:(?:[Oo]n|[Ii]n|[Bb]y|[Ff]rom|[Uu]ntil|[Ss]ince|[Aa]round|[Aa]bout|[Aa]s early as|as late as"
    r"|scheduled for|[Ff]or|(?P<between>[Bb]etween))\s+)?"
)
# Years from 1500 ("in 1646", "from 1855 to 1917"); before 1900 only after "in", "since",
# "until", "by" or "from" (``_OLD_YEAR_LEAD``): "the 1600 troops" is a count
_YEAR = r"(?:1[5-9]|20)\d\d"
# "on Tuesday morning", "yesterday evening": the part of the day belongs to the date
_PART_OF_DAY = r"(?: (?:morning|afternoon|evening|night))?"
# The first character of every alternative below: a cheap test that fails most words at once.
_FIRST = r"(?=[\dADEFJLMNOSTWYaeflmnstwy])"
DATE_RE = re.compile(
    rf"\b{_LEAD}{_FIRST}(?:"
    # spans of years or of months: "from 1918 until 1922", "between 1918 and 1922", "from
    # May 1918 to June 1922" (a span starts the event: "1918/1922")
    rf"(?P<ys>{_YEAR}) ?(?(between)and|(?:to|until|till|through|–|—)) ?"
    rf"(?P<ys2>{_YEAR})(?![\d-])"
    rf"|(?P<ms_m>{_M}) (?P<ms_y>\d{{4}}) ?(?:to|until|till|through|–|—|-) ?"
    rf"(?P<ms_m2>{_M}) (?P<ms_y2>\d{{4}})"
    # two months of one year: "in March and April 2012", "from May to June 2019"
    rf"|(?P<mm_m>{_M}) ?(?:and|or|to|until|through|–|-) ?(?P<mm_m2>{_M})(?:,? (?P<mm_y>\d{{4}}))?"
    rf"|(?:the )?(?:(?:early|late|mid)[- ])?(?P<season>spring|summer|autumn|fall|winter),? "
    rf"(?:of )?(?P<s_y>{_YEAR})(?![\d-])"
    rf"|(?P<r_m>{_M}) (?P<r_d1>{_DAY}) ?(?:-|–|to|and) ?(?P<r_d2>{_DAY})(?:,? (?P<r_y>\d{{4}}))?"
    rf"|(?P<er_d1>{_DAY}) ?(?:-|–|to|and) ?(?P<er_d2>{_DAY}) (?P<er_m>{_M})(?:,? (?P<er_y>\d{{4}}))?"
    # a footnote mark may be glued to the year: "October 28, 19543 to ..." (note 3)
    # a weekday before a full date is part of it: "Tuesday, September 25", "Friday 3 May"
    rf"|(?:{_WEEKDAY},? )?(?P<d_m>{_M}) (?P<d_d>{_DAY})(?:,? (?P<d_y>\d{{4}})\d?)?(?![\d:])"
    rf"|(?:{_WEEKDAY},? )?(?P<e_d>{_DAY}) (?P<e_m>{_M})(?: (?P<e_y>\d{{4}}))?"
    rf"|(?P<part>(?:early|mid|late)[- ])?(?P<m_m>{_M}),? (?P<m_y>\d{{4}})"
    rf"|(?P<rel_m>{_M}) (?:this|last|next) year"
    rf"|(?:[Ll]ast|[Nn]ext|[Tt]his) (?P<rel_m2>{_M})(?! \d)"
    rf"|(?P<bpart>(?:early|mid|late)[- ])?(?P<b_m>{_M})(?! \d)"
    rf"|(?P<ypart>(?:early|mid|late)[- ])?(?P<y>{_YEAR})(?![\d-])"
    rf"|(?P<wrel>(?:[Ll]ast|[Nn]ext) )?(?P<w>{_WEEKDAY})(?P<wpos>{POSSESSIVE})?"
    rf"(?:(?: and |(?P<w_to> (?:to|through|until|till) | ?[–-] ?))(?P<w2>{_WEEKDAY}))?"
    rf"{_PART_OF_DAY}(?P<wweek>,? (?:last|next|this) week)?"
    rf"|(?P<rel>(?:later|earlier) this week|this week|next week|last week|this weekend"
    rf"|(?:[Ee]arlier |[Ll]ater )?[Tt]oday|[Yy]esterday{_PART_OF_DAY}"
    rf"|[Tt]his (?:morning|afternoon|evening)|[Tt]onight"
    rf"|(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]|(?:[Ee]arlier|[Ll]ater) )?"
    rf"(?:[Tt]his|[Ll]ast|[Nn]ext) (?:month|year"
    rf"|{'|'.join(SEASONS)}))(?P<rpos>{POSSESSIVE})?"
    r")\b"
)
# a span counted from a date: "two weeks from Jan. 11", "ten days after May 3"
_OFFSET = r"\b(?:days?|weeks?|months?|years?)\s+"
OFFSET_FROM = re.compile(rf"{_OFFSET}(?:from|after|before)\s+\Z", re.I)
OFFSET_UNIT = re.compile(rf"{_OFFSET}\Z", re.I)  # "from" in the date mention itself
# a bare month counts only after one of these (keeps "May" the verb and names like "April" out)
_BARE_MONTH_LEAD = re.compile(
    r"(?:\bin|\bby|\buntil|\bsince|\bfrom|\bas early as|\bas late as|\bscheduled for)\s+(?:early |mid-|late )?\Z",
    re.I,
)
# "today", "last year" ... after these words name a span of time, not a date
_NOT_A_DAY_LEAD = re.compile(r"(?:\b(?:until|since|the|to|till)\s+)\Z", re.I)
# a bare year counts only in these contexts: "in 1956", "a 1956 declaration", "since 2014"
_YEAR_LEAD = re.compile(r"(?:\b(?:in|since|until|by|from|of|a|an|the)\s+)\Z", re.I)
_OLD_YEAR_LEAD = re.compile(
    r"(?:\b(?:in|since|until|by|from)\s+|\b[A-Z][\w’'-]*\s+of\s+)\Z", re.I
)  # "in 1646", "the Wren Crisis of 1770" (a name's year), not "a force of 1600"
# Every date expression holds a month (each name starts with its abbreviation), a weekday, a
# relative word ("week", "today", a season) or a year: sentences without any skip the full
# pattern (substring tests are many times faster: every branch starts with a literal, so
# ``re`` skips ahead to those).
SAME_DAY_WORDS = ("today", "this morning", "this afternoon", "this evening", "tonight")
_RELATIVE_WORDS = (
    "week",
    "today",
    "Today",
    "yesterday",
    "Yesterday",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "tonight",
    "Tonight",
    *SEASONS,
)
_ANCHOR_WORDS = (
    *(name[:3].title() for name in MONTHS),
    *(d.title() for d in WEEKDAYS),
    *_RELATIVE_WORDS,
)
DATE_WORDS = re.compile(alternation(_ANCHOR_WORDS))
YEAR_HINT = re.compile(_YEAR)
# DATE_WORDS and YEAR_HINT in one scan: the words (three letters or more) and the years
# (digits) never overlap, so its matches are theirs. Every top-level branch starts with a
# literal, which lets ``re`` skip ahead to those characters (a group around them would not).
ANCHORS = re.compile(
    "|".join(
        re.escape(first) + alternation(w[1:] for w in _ANCHOR_WORDS if w[0] == first)
        for first in sorted({w[0] for w in _ANCHOR_WORDS})
    )
    + r"|1[5-9]\d\d|20\d\d"
)
NOT_DIGIT = re.compile(r"\D")
FUTURE_WORDS = (
    "will", "is to", "are to", "set to", "plan to", "plans to", "scheduled", "expected to",
    "due to", "forthcoming", "upcoming", "is going to", "are going to",
    "is due", "are due", "was due", "were due",
)  # fmt: skip
FUTURE = re.compile(rf"\b(?:{'|'.join(FUTURE_WORDS)})\b")
FUTURE_HINTS = covering(FUTURE_WORDS)  # ``_may_be_future``'s words, derived, never copied
# past forms besides "-ed": the verb finder's irregular pasts ("sold", "met") and "was"
_PAST_FORMS = alternation([*IRREGULAR, "was", "were", "had"])
PAST = re.compile(rf"\b(?:\w+ed|{_PAST_FORMS})\b")
ED_END = re.compile(r"ed\b")
WORD_CHAR = re.compile(r"\w")
PAST_WORDS = re.compile(rf"{_PAST_FORMS}\b")  # ``PAST`` but "-ed": used after a \b


class Mention(NamedTuple):
    """A date expression in a sentence: its span and what it states (a named tuple: one is
    built for every date of every article, several times faster than a frozen dataclass)."""

    start: int
    end: int
    text: str
    kind: str  # full | range | span | month | bare-month | year | season | weekday | relative
    # | lead
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    weekday: int | None = None
    possessive: bool = False
    until: str = ""  # the end of a span ("1922", "1922-06")
    weekday2: int | None = None  # the last day of a range of weekdays ("Monday to Wednesday")
    # a weekday's week: "last Thursday" (-1: the one before the day of writing), "Thursday
    # last week" ("last week": the calendar week before), "next Monday", "Monday next week"
    week: str = ""


def find_mentions(text: str) -> list[Mention]:
    """Every date expression in ``text`` that the rules accept, in order."""
    if not ANCHORS.search(text):
        return []  # every date expression holds one of these
    found = []
    for m in date_matches(text):
        mention = _read(m, text, 0)
        if mention is not None:
            found.append(mention)
    return found


# words that make a weekday the name of a day ("Good Friday", "Easter Monday")
_FEAST_LEAD = re.compile(
    r"\b(?:on\s+)?(?:Good|Black|Easter|Ash|Maundy|Holy|Palm|Bloody|Cyber|Whit)\s+\Z"
)


def document_mentions(ctx: DocContext) -> list[list[Mention]]:
    """``find_mentions`` of every sentence, read in one scan of the document's joined text
    (``DocContext.joined``): ``DATE_RE`` never matches the separator, before which and after
    which its boundaries and look-aheads hold as at the ends of a sentence, and the anchor
    words are letters or digits only, so each scan finds exactly the sentences' matches."""
    sentences = ctx.doc.sentences
    found: list[list[Mention]] = [[] for _ in sentences]
    if not sentences:
        return found
    text, starts = ctx.joined
    anchors = [m.start() for m in ANCHORS.finditer(text)]
    index, next_start, offset = -1, 0, 0
    for m in near_anchors(DATE_RE, text, anchors, 27):
        if m.start() >= next_start:
            index = ctx.joined.sentence_at(m.start())
            offset, next_start = starts[index], starts[index + 1]
        mention = _read(m, sentences[index].text, offset)
        if mention is not None:
            found[index].append(_with_feast(mention, sentences[index].text))
    return found


def _with_feast(mention: Mention, text: str) -> Mention:
    """ "Good Friday, April 10": a day's name before a full date goes with it."""
    if mention.kind == "weekday" or not mention.text[:1].isupper():
        return mention
    feast = _FEAST_LEAD.search(text, max(0, mention.start - 12), mention.start)
    if feast is None or mention.text.split()[0].rstrip(",").lower() not in WEEKDAYS:
        return mention
    return mention._replace(start=feast.start(), text=text[feast.start() : mention.end])


def _read(m: re.Match[str], text: str, offset: int) -> Mention | None:
    """The mention a ``DATE_RE`` match at ``offset`` + its place in sentence ``text`` states,
    or None when its context rules it out."""
    r_m, d_m, e_m, m_m, b_m, y, w = m.group("r_m", "d_m", "e_m", "m_m", "b_m", "y", "w")
    start, end = m.start() - offset, m.end() - offset
    counted = m[0][:7].lower().startswith(("from ", "after ", "before "))
    if _ends_with(OFFSET_UNIT if counted else OFFSET_FROM, text, start, 30):
        return None  # "two weeks from Jan. 11": the day counted from, not the event's
    if m["ys"]:  # a span of years: dated like a year ("in", "from", "between" before it)
        lead = _YEAR_LEAD if m["ys"] >= "1900" else _OLD_YEAR_LEAD
        if m[0].startswith(m["ys"]) and not _ends_with(lead, text, start, 6):
            return None
        return _span(start, end, m[0], int(m["ys"]), None, int(m["ys2"]), None)
    if m["ms_m"]:
        months = month_number(m["ms_m"]), month_number(m["ms_m2"])
        return _span(start, end, m[0], int(m["ms_y"]), months[0], int(m["ms_y2"]), months[1])
    if m["mm_m"]:
        if not m["mm_y"]:
            return None  # "in March and April": two months, and which year is unsaid
        months = month_number(m["mm_m"]), month_number(m["mm_m2"])
        return _span(start, end, m[0], int(m["mm_y"]), months[0], int(m["mm_y"]), months[1])
    if m["season"]:  # "in the spring of 1982": the year (a season is no month)
        return Mention(start, end, m[0], "season", int(m["s_y"]))
    if m["between"] and not (r_m or m["er_m"]):
        return None  # "between" leads only a span or a range of days
    if r_m:
        return _mention(
            start, end, m[0], "range", m["r_y"], month_number(r_m), m["r_d1"], m["r_d2"]
        )
    if m["er_m"]:  # "from 14 to 17 March"
        er_m = month_number(m["er_m"])
        return _mention(start, end, m[0], "range", m["er_y"], er_m, m["er_d1"], m["er_d2"])
    if d_m:
        return _mention(start, end, m[0], "full", m["d_y"], month_number(d_m), m["d_d"])
    if e_m:
        return _mention(start, end, m[0], "full", m["e_y"], month_number(e_m), m["e_d"])
    if m_m:
        return _mention(start, end, m[0], "month", m["m_y"], month_number(m_m))
    if b_m:
        if m[0].startswith(m["bpart"] or b_m) and not _ends_with(_BARE_MONTH_LEAD, text, start, 20):
            return None
        return _mention(start, end, m[0], "bare-month", None, month_number(b_m))
    if y:
        if y >= "1900":  # after any lead the match took ("scheduled for 2019"), or "a", "the"
            bare = m[0] in (y, f"{m['ypart']}{y}")  # "late 2011": no lead of its own
            if bare and not _ends_with(_YEAR_LEAD, text, start, 6):
                return None
        elif not _ends_with(_OLD_YEAR_LEAD, text, start + len(m[0]) - len(y), 6):
            return None  # "in 1646", not "around 1600" nor "the 1600 soldiers"
        return _mention(start, end, m[0], "year", y)
    if w:
        if _ends_with(_FEAST_LEAD, text, start, 8):
            return None  # "Good Friday", "Bloody Sunday": a day's name, not a weekday's date
        weekday = WEEKDAYS.index(w.lower())
        last = WEEKDAYS.index(m["w2"].lower()) if m["w_to"] else None
        week = (m["wweek"] or "").strip(", ") or (m["wrel"] or "").strip().lower()
        return Mention(
            start,
            end,
            m[0],
            "weekday",
            weekday=weekday,
            possessive=bool(m["wpos"]),
            weekday2=last,
            week=week,
        )
    if m["rel_m"] or m["rel_m2"]:
        month = month_number(m["rel_m"] or m["rel_m2"])
        return Mention(start, end, m[0], "relative", month=month)
    if m["rel"]:
        if _ends_with(_NOT_A_DAY_LEAD, text, start + len(m[0]) - len(m["rel"]), 12):
            return None  # "until today", "over the last year": a span, not a date
        return Mention(start, end, m[0], "relative", possessive=bool(m["rpos"]))
    return None


def date_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``DATE_RE.finditer(text)``, searched only near their anchors: every
    match holds a month, weekday, "week" or year at most 27 characters after its start
    ("scheduled for earlier this week")."""
    return near_anchors(DATE_RE, text, _anchors(text), 27)


def _anchors(text: str) -> list[int]:
    """Where the months, weekdays, "week" words and years of ``text`` start."""
    return [m.start() for m in ANCHORS.finditer(text)]


def _ends_with(pattern: re.Pattern[str], text: str, end: int, longest: int) -> bool:
    """``pattern.search(text[:end])`` for a pattern anchored at ``\\Z`` whose matches hold at
    most ``longest`` non-space characters: only the last 40 characters are searched unless
    a match could be longer (a long run of spaces)."""
    start = max(0, end - 40)
    if pattern.search(text, start, end):
        return True
    short = start > 0 and len("".join(text[start:end].split())) < longest
    return short and bool(pattern.search(text, 0, end))


def _mention(
    start: int,
    end: int,
    text: str,
    kind: str,
    year: str | None,
    month: int | None = None,
    day: str | None = None,
    day2: str | None = None,
) -> Mention:
    return Mention(start, end, text, kind, _int(year), month, _int(day), _int(day2))


def _span(
    start: int, end: int, text: str, year: int, month: int | None, year2: int, month2: int | None
) -> Mention | None:
    """A span of years or months ("1918/1922", "1918-05/1922-06"), or None when it runs
    backwards."""
    if (year2, month2 or 0) <= (year, month or 0):
        return None
    return Mention(start, end, text, "span", year, month, until=iso(year2, month2))


def _int(value: str | None) -> int | None:
    if not value:
        return None
    # ``str.isdecimal`` holds for exactly the characters ``\d`` matches: nothing to drop
    return int(value) if value.isdecimal() else int(NOT_DIGIT.sub("", value))


def resolve(mention: Mention, published: PubDate, clause: str, attached_to_report: bool) -> str:
    """The ISO value a mention gives in this article, or "" when the text does not allow one."""
    try:
        if mention.kind == "weekday":
            return _weekday(mention, published, clause, attached_to_report)
        if mention.kind == "relative":
            return _relative(mention, published)
        if mention.kind == "lead":
            return published.value
        if mention.kind in ("year", "season"):
            return iso(mention.year)
        if mention.kind == "span":
            return f"{iso(mention.year, mention.month)}/{mention.until}"
        year = mention.year
        if year is None:
            year = _year_for(mention.month or 1, mention.day or 1, published, clause)
        if mention.kind in ("month", "bare-month"):
            return iso(year, mention.month) if year else ""
        start = iso(year, mention.month, mention.day)
        if mention.kind == "range" and mention.day2:
            return f"{start}/{iso(year, mention.month, mention.day2)}"
        return start
    except ValueError:
        return ""


def _event_of(
    ctx: DocContext,
    index: int,
    mention: Mention,
    mentions: list[Mention],
    previous_subject: str | None,
) -> Event | None:
    """The event a date mention dates: the clause's, or the one a noun names ("following the
    summit in Port Arden in November 2018") when no clause takes the date or the noun phrase
    sets its time apart from the clause's."""
    text = ctx.doc.sentences[index].text
    if mention.possessive and mention.kind == "weekday" and find_verb(text[: mention.start], False):
        return None  # "... on his re-election in Sunday's elections": the elections' day
    if _participle_aside(text, mention):
        return None  # "X submitted the treaty, signed on 15 May 2010 in Lena, to ...": its signing
    if mention.kind in ("weekday", "relative"):
        return build_event(ctx, index, mention, mentions, previous_subject)
    if _attributive(text, mention):
        return None  # "the upcoming December 3 referendum": the referendum's date, not the clause's
    if dates_noun_not_verb(text, mention.start, mention.end):
        return nominal_event(text, mention.start, mention.end, mention.kind == "year")
    event = build_event(ctx, index, mention, mentions, previous_subject) or when_event(
        ctx, index, mention, mentions, previous_subject
    )
    if event is not None or (mention.year is None and mention.day is None):
        return event  # "the summit in December" in passing: which December is unsure
    return nominal_event(text, mention.start, mention.end, mention.kind == "year")


# ", signed on", ", adopted in", ", concluded at the summit in": a past participle opening an
# aside that the date falls in
_PARTICIPLE_ASIDE = re.compile(r",\s+([a-z]+)\s+(?:[a-z]+\s+){0,3}\Z")


def _participle_aside(text: str, mention: Mention) -> bool:
    """Does the date fall in an aside opened by a past participle after a comma (", signed
    on September 15, 2010 in Lena,")? It dates the noun the aside describes, not the
    clause's verb."""
    found = _PARTICIPLE_ASIDE.search(text, 0, mention.start)
    if found is None:
        return False
    word = found[1]
    if not (word.endswith("ed") and len(word) > 4 or word in IRREGULAR) or word in AUX:
        return False
    # the clause has its verb before the aside ("Ola Finn submitted the treaty, signed on"),
    # not after an appositive ("Jane Roe, a spokeswoman, said on 4 May that ...")
    return find_verb(text[: found.start()], False) is not None


# what stands before a date that qualifies a noun: "the May 6 summit", "Lena's upcoming
# December 3rd referendum"
_ATTRIBUTIVE_LEAD = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|upcoming|planned|scheduled|forthcoming)|['’]s)\s+\Z",
    re.I,
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _attributive(text: str, mention: Mention) -> bool:
    """A day or month date between a determiner and a noun or adjective: it dates that noun
    ("the upcoming December 3rd consultative referendum"), not the clause."""
    if mention.kind not in ("full", "range", "month") or mention.text[:1].islower():
        return False  # "on May 6", "in May 2016": a preposition dates the clause
    after = _NEXT_WORD.match(text, mention.end)
    if not after or not _ATTRIBUTIVE_LEAD.search(text, max(0, mention.start - 20), mention.start):
        return False
    kinds = set(getAllLemmas(after[1]))
    return bool(kinds) and kinds <= {"NOUN", "ADJ"}


def _tense(clause: str) -> str:
    """ "future" when ``FUTURE`` matches the clause, else "past" when ``PAST`` does, else ""."""
    if _may_be_future(clause) and FUTURE.search(clause):
        return "future"
    # PAST's "\w+ed" is a word of three or more characters ending in "ed": an "ed" with a
    # word character before it and none after it (``ED_END`` is the fast literal search)
    for found in ED_END.finditer(clause):
        if found.start() and WORD_CHAR.match(clause, found.start() - 1):
            return "past"
    return "past" if next(word_matches(PAST_WORDS, clause), None) else ""


def _may_be_future(clause: str) -> bool:
    """False only when ``FUTURE`` cannot match: every match holds one of ``FUTURE_WORDS``."""
    return any(word in clause for word in FUTURE_HINTS)


def _year_for(month: int, day: int, published: PubDate, clause: str) -> int | None:
    if published.precision == "year":
        return published.year
    if published.precision not in ("day", "month"):
        return None
    pub = dt.date.fromisoformat(
        published.value if published.precision == "day" else published.value + "-15"
    )
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(dt.date(year, month, min(day, 28) if day > 28 else day))
        except ValueError:
            continue
    tense = _tense(clause)  # only now: most dates need no tense
    if tense == "past":
        past = [c for c in candidates if c <= pub + dt.timedelta(days=15)]
        return max(past).year if past else None
    if tense == "future":
        future = [c for c in candidates if c >= pub - dt.timedelta(days=15)]
        return min(future).year if future else None
    return min(candidates, key=lambda c: abs((c - pub).days)).year


def _weekday(mention: Mention, published: PubDate, clause: str, attached_to_report: bool) -> str:
    if published.precision == "year":
        return published.value
    if published.precision == "month-day":
        return published.value if attached_to_report else ""
    if published.precision != "day":
        return ""
    pub = dt.date.fromisoformat(published.value)
    assert mention.weekday is not None  # a weekday mention states its day
    if mention.week.endswith("week"):  # "Thursday last week": in the calendar week before
        shift = {"last week": -7, "next week": 7}.get(mention.week, 0)
        first = pub + dt.timedelta(days=mention.weekday - pub.weekday() + shift)
    elif mention.week == "last":  # "last Thursday", written on a Thursday: a week before
        first = pub - dt.timedelta(days=(pub.weekday() - mention.weekday - 1) % 7 + 1)
    elif mention.week == "next":
        first = pub + dt.timedelta(days=(mention.weekday - pub.weekday() - 1) % 7 + 1)
    elif not attached_to_report and _tense(clause) == "future":
        first = pub + dt.timedelta(days=(mention.weekday - pub.weekday()) % 7)
    else:
        first = pub - dt.timedelta(days=(pub.weekday() - mention.weekday) % 7)
    if mention.weekday2 is None:
        return first.isoformat()
    last = first + dt.timedelta(days=(mention.weekday2 - mention.weekday) % 7)
    return f"{first.isoformat()}/{last.isoformat()}"  # "from Monday to Wednesday": a range


def _relative(mention: Mention, published: PubDate) -> str:
    """ "today", "yesterday", "this/last/next month", "(May) this/last/next year" and the
    week words, against the publication date, at the precision it allows."""
    words = mention.text.lower()
    if "week" in words:
        return _week(mention, published)
    if mention.month and not words.endswith("year"):  # "last December", "next March"
        return _named_month(mention.month, words, published)
    if any(word in words for word in SAME_DAY_WORDS) or "yesterday" in words:
        if published.precision == "month-day" and "yesterday" not in words:
            return published.value
        if published.precision != "day":
            return ""
        back = 1 if "yesterday" in words else 0
        return (dt.date.fromisoformat(published.value) - dt.timedelta(days=back)).isoformat()
    shift = -1 if "last " in words else 1 if "next " in words else 0
    if words.endswith("month"):
        if published.precision not in ("day", "month") or published.year is None:
            return ""
        months = published.year * 12 + int(published.value[5:7]) - 1 + shift
        return iso(months // 12, months % 12 + 1)
    if published.year is None:
        return ""
    season = next((name for name in SEASONS if words.endswith(name)), None)
    if season and shift:
        return _named_season(season, shift, published)
    return iso(published.year + shift, mention.month)


# the months a season spans (northern hemisphere); winter spans two years, so "last winter"
# has no year of its own
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}


def _named_season(season: str, shift: int, published: PubDate) -> str:
    """ "last spring": the latest spring over by the publication month; "next spring" the
    first one to begin after it; neither against a year alone."""
    if published.precision not in ("day", "month") or published.year is None:
        return ""
    if season not in SEASON_MONTHS:
        return ""  # winter
    current = int(published.value[5:7])
    first, last = SEASON_MONTHS[season]
    if shift < 0:
        return iso(published.year - (current <= last))
    return iso(published.year + (current >= first))


def _named_month(month: int, words: str, published: PubDate) -> str:
    """ "last December": the latest December before the publication month; "next March" the
    first March after it; "this May" the one of the publication year."""
    if published.year is None:
        return ""
    if published.precision == "year":
        return iso(published.year, month) if words.startswith("this") else ""
    current = int(published.value[5:7]) if published.precision in ("day", "month") else None
    if current is None:
        return ""
    year = published.year
    if words.startswith("last") or " last" in words:
        year -= month >= current
    elif words.startswith("next") or " next" in words:
        year += month <= current
    return iso(year, month)


def _week(mention: Mention, published: PubDate) -> str:
    if published.precision == "year":
        return published.value
    if published.precision != "day" or "this week" not in mention.text:
        return ""
    pub = dt.date.fromisoformat(published.value)
    monday = pub - dt.timedelta(days=pub.weekday())
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return iso(pub.year, pub.month)
    return iso(pub.year) if monday.year == sunday.year else ""


# A sentence with more dates than this is a chronology or a table, not clauses: no event is
# read from it. Each date's clause is read from the whole sentence, so without this bound the
# cost grows with the square of the dates (4,000 dates in one "sentence" took 18 s).
MOST_DATES_IN_A_CLAUSE = 12


def find_events(ctx: DocContext) -> list[Draft]:
    """Event drafts: one per date mention that dates a clause with a subject and a verb."""
    drafts = []
    previous_subject: str | None = None
    # the first person of each sentence that names one, in sentence order: the subject "he"
    # or "she" may refer to, read up to the sentence before a date's
    named = sorted((i, name) for i, name in _first_person_by_sentence(ctx).items() if name)
    next_named = 0
    # weekdays and week words resolve only against these publication dates
    undated = ctx.doc.published.precision not in ("day", "month", "month-day", "year")
    by_sentence = document_mentions(ctx)
    for index, mentions in enumerate(by_sentence):  # shared with the numbers rule
        ctx.memo.setdefault(("dates", index), mentions)
    sentences = ctx.doc.sentences
    lead = 1 if sentences and sentences[0].text == ctx.doc.title else 0  # after the headline
    if (
        _lead_is_dated_by_its_date_line(ctx)
        and len(sentences) > lead
        and not by_sentence[lead]
        and ":" not in sentences[lead].text  # a speaker's words ("Vladimir Putin: I ...")
        and not ANOTHER_DAY.search(sentences[lead].text)
        and not YEAR_HINT.search(sentences[lead].text)  # "The Wren Crisis of 1770 was ..."
    ):
        by_sentence[lead] = [Mention(0, 0, "", "lead")]  # the report's first sentence: its day
    for index in [i for i, mentions in enumerate(by_sentence) if mentions]:
        if len(by_sentence[index]) > MOST_DATES_IN_A_CLAUSE:
            continue  # a list or table of dates, not a sentence about events
        while next_named < len(named) and named[next_named][0] < index:
            previous_subject = named[next_named][1]
            next_named += 1
        mentions, sentence = by_sentence[index], sentences[index]
        for mention in mentions:
            if mention.kind in ("weekday", "relative") and undated:
                continue  # ``resolve`` gives "" whatever the clause: no clause to read
            event = _event_of(ctx, index, mention, mentions, previous_subject)
            if event is None:
                continue
            if mention.kind == "lead" and _tense(event.verb) != "past":
                continue  # the lead's own verb: "has signed a deal that will cost" is done
            date = resolve(mention, ctx.doc.published, event.clause, event.attached_to_report)
            if mention.kind == "lead" and event.verb.split()[:1] in (["has"], ["have"]):
                date = _month_done_by(date)  # "X has slammed the ruling": by then, not that day
            if not date:
                continue
            inferred = mention.kind in ("weekday", "relative", "lead") or (
                mention.kind not in ("year", "month") and mention.year is None
            )
            fields = {
                "date": date,
                "date_text": mention.text.strip(),
                "precision": precision_of(date),
                "inferred": inferred,
                "what": event.what,
                "subject": event.subject,
                "verb": event.verb,
                "rest": event.rest,
                "where": event.where,
                "who": event.who,
            }
            drafts.append(Draft("event", (date, event.key), fields, ctx.source(sentence)))
    return _without_restated_lead(drafts)


# words of an event's clause that tell what it is about ("agreement", "Harwick"), not grammar
_CONTENT_WORD = re.compile(r"[A-Za-z][\w’'-]{3,}")


def _without_restated_lead(drafts: list[Draft]) -> list[Draft]:
    """The drafts without the lead's (dated by its date line) when another sentence dates the
    same act by its own words: "Calder and Brena have signed a pact" in a Sunday paper, then
    "The pact was signed on Saturday": Saturday is the signing's day, not the paper's."""
    leads = [d for d in drafts if not d.fields["date_text"]]
    dated = [d for d in drafts if d.fields["date_text"]]
    return [d for d in drafts if d not in leads or not any(_same_act(d, o) for o in dated)]


def _same_act(lead: Draft, other: Draft) -> bool:
    """Do two events share their verb and a word of what they are about?"""
    verbs = [d.fields["verb"].split()[-1:] for d in (lead, other)]
    if not verbs[0] or verbs[0] != verbs[1]:
        return False
    words = [
        {w.lower() for w in _CONTENT_WORD.findall(d.fields["what"])} - {verbs[0][0].lower()}
        for d in (lead, other)
    ]
    return bool(words[0] & words[1])


FIRST_DAYS = 3  # a perfect told this early in a month may have been done in the month before


def _month_done_by(day: str) -> str:
    """The month of ``day`` (ISO), for what was done by that day; "" early in a month."""
    return day[:7] if precision_of(day) == "day" and int(day[8:]) > FIRST_DAYS else ""


# words that place a report's first sentence on another day than its date line's
ANOTHER_DAY = re.compile(
    r"\b(?:ago|recently|last (?:night|weekend)|the day before|the next day"
    r"|(?:previous|preceding|following) (?:day|week|weekend|month|year))\b",
    re.I,
)


def _lead_is_dated_by_its_date_line(ctx: DocContext) -> bool:
    """A report whose date stands on a line of its own ("September 7, 2017, Port Selden")
    tells in its first sentence, undated, what happened that day."""
    return ctx.doc.published.source == "date line" and ctx.doc.published.precision == "day"


def _first_person_by_sentence(ctx: DocContext) -> dict[int, str]:
    """The first person named in each sentence that names one (``ctx.people_in(i)[0]``)."""
    first: dict[int, str] = {}
    for index, _start, _end, name in ctx.mentions:
        first.setdefault(index, name)
    return first
