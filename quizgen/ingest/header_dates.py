"""Date lines under a headline: "October 3, 2017", "Published: 22 Feb 2018 08:15 JST",
"April 27, 2017, Stellby", "2017-04-27T16:00:00+03:00".

python-dateutil reads the date itself, in whatever order and spelling the page uses; the rule
here only decides whether a line *is* a date line. A line counts when, once an optional label
("Published:", "Posted on", "Updated") and an optional trailing place (", Stellby") are set
aside, dateutil reads all of it as a date and time: a sentence that mentions a date leaves
words over and is not a header.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from typing import Literal, NamedTuple

from dateutil import parser as date_parser

from quizgen.dates import MONTH_PATTERN, iso

# Labels before the date; the published date wins over an updated one.
LABEL = re.compile(
    # "Date:", and any label with "date" before a colon: "Announcement Date:", "Date Added:"
    # "Posted on", "Posted at Feb 26 2013 08:53 AM", "Updated as of ..."
    # ("Published Date:" is one label: the "date" branch is tried first)
    r"\A(?P<label>(?:[a-z]+ ){0,2}date(?: [a-z]+)?(?=\s*:)"
    r"|(?:(?:first )?published|posted|created|submitted|written|write)(?: on| at)?|date"
    r"|this (?:story|article|report) is from"  # "This story is from June 13, 2006"
    r"|(?:last )?(?:updated|modified)"
    r"(?: on| at| as of)?"
    # a byline: "By Jane Roe June 13, 2022", "By J. van der Roe 13 June 2022"
    rf"|by(?: (?!{MONTH_PATTERN}\b)(?:[A-Z][\w'’.-]*|van|von|de|der|den|la|le)){{1,4}}(?= )"
    # "The press release issued by the Foreign Office on 6 April 2023."
    r"|(?:the|this) (?:press release|news release|statement|speech|article)(?: was)? (?:issued|"
    r"released|published|delivered)(?: by (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4})? on)"
    r"(?:\s*:|\s+[–—-](?=\s))?\s*",  # "Published:", "By News Desk - August 02 2022"
    re.I,
)
LATER_LABELS = ("update", "modified")
# A date line names its month: a word, the middle of an ISO date, or of a day-first numeric
# one ("19-02-2021", "19.02.2021"; dateutil reads them day first).
MONTH_OR_ISO = re.compile(
    rf"\b{MONTH_PATTERN}|\b\d{{4}}-\d\d?-\d\d?(?!\d)|\b\d\d?[-./]\d\d?[-./]\d{{4}}\b", re.I
)
# A numeric date with its year first ("2013-1-8"): read year, month, day, not day first
YEAR_FIRST = re.compile(r"\A\d{4}-\d")
# A label inside a header line, after a byline or a source: "By Jane Roe Source: Agency
# Published: 2013-1-8 23:58:01"
INNER_LABEL = re.compile(r"\s(?=(?:published|posted|updated)(?: on)?\s*:)", re.I)
# A credit line's parts besides its dates: "PTI | New Delhi | Updated: ... | Created: ...",
# or a later time alone: "| Updated 14:02h."
# or labelled names: "Source: Agency | 2020-09-12 08:15:00 | Editor: Jane Roe"
CREDIT_PART = re.compile(
    r"\A(?:(?:Source|Editor|Author|By|Photo|Credit)s?:? )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}\Z"
)
TIME_PART = re.compile(
    r"\A(?:(?:last )?(?:updated|modified)(?: at)?:?\s*)?\d\d?[:.]\d\d\s*(?:h|[ap]\.?m)?\.?\Z", re.I
)
# What may follow a date besides a place: its times, perhaps labelled, and zones ("Published
# at 23:04 GMT 00:04 UK"), or a later date in brackets ("(updated: 7 Sep 2020)")
TIME_AFTER = re.compile(
    r"\A(?:(?i:(?:first |last )?(?:published|posted|updated|modified))(?: at| on)?:?\s*)?"
    r"(?:\d\d?[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\b\s*)?)+\Z"
)
UPDATED_ASIDE = re.compile(
    r"\A(?:\((?i:(?:last )?(?:updated|modified))(?: on)?:?\s[^()]{4,40}\)"
    r"|(?i:(?:last )?(?:update|updated|modified))\s*:?\s*[\d/.:T -]{8,25})\Z"
)  # "(updated: 7 Sep 2020)", "Update : 2018-07-02 09:03:44"
# A time before the date: "10:30 am on", "08:15,", "9.05 p.m. -", "12:00 |"
TIME_FIRST = re.compile(r"\A\d\d?[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:on|,|[–—|-])?\Z", re.I)
# A byline after the date: "May 28, 2019 by Jane Roe", "12 May 2020 | By J. van der Roe"
BYLINE_AFTER = re.compile(
    r"\A[\s,|–—-]*[Bb]y(?: (?:[A-Z][\w'’.-]*|van|von|de|der|den|la|le)){1,5}\Z"
)
PLACE_PART = re.compile(r"\A(?:the )?[A-Z][\w'’.-]*(?: (?:of |de )?[A-Z][\w'’.-]*){0,3}\Z")
# What dateutil may skip in a date line: separators and the words around a time.
FILLER = re.compile(r"\A[\s,.|/()–—-]*(?:(?:T|at|on|\.m\.)[\s,.|/()–—-]*)?\Z")
DATE_WORD = re.compile(rf"\d|{MONTH_PATTERN}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b", re.I)
# A footnote marker glued to the end of a heading: "..., 2:30 p.m.1"
FOOTNOTE_MARK = re.compile(r"(?<=[.,])\d{1,2}\Z")
# A title may run straight into its date ("... by the Press Secretary February 24, 1998", "...,
# London, August 24, 1956"), never through a preposition ("... to visit Calder on May 6") or verb.
TITLE_END = re.compile(r"(?:\b[A-Z][\w'’.-]*|,)\Z")
LONGEST_DATE_LINE = 120
SEPARATORS = "-–—|•"  # between a date line's date, time and place
# dateutil fills what a line leaves out from its default: two defaults that differ in every
# part tell which parts the line gave (leap years, so that "29 February" parses either way).
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(1904, 12, 28))


class DateLine(NamedTuple):
    """A header line read as a date: ISO value, its precision, the label and trailing place."""

    value: str
    precision: str
    label: str
    place: str | None
    line: str
    title: str = ""  # a heading the date ends ("Press Conference ... February 24, 1998")

    @property
    def is_update(self) -> bool:
        return any(word in self.label.lower() for word in LATER_LABELS)


class ImpossibleDate(ValueError):
    """A line that is written as a date but names no real day ("February 30, 2018")."""


def read_date_line(line: str) -> DateLine | None:
    """The date a header line gives, or None when the line is not a date line.

    The date is the longest run of words dateutil reads whole; around it may stand only a
    place ("April 27, 2017, Stellby"), a time's venue ("7:55 p.m. Ministry of Foreign
    Affairs"), or, on a heading, a title that ends where the date begins ("Press Conference by
    the Press Secretary February 24, 1998"). Raises ``ImpossibleDate`` for a date line whose
    date cannot exist.
    """
    text = FOOTNOTE_MARK.sub("", line.strip()).lstrip("•·*|– \t")  # "• January 12 2021"
    if not text or len(text) > LONGEST_DATE_LINE or not MONTH_OR_ISO.search(text):
        return None
    return _read_one(text, line) or _read_credit_line(text, line) or _read_labelled_tail(text, line)


def _read_labelled_tail(text: str, line: str) -> DateLine | None:
    """The date after a label inside the line ("... Source: Agency Published: 2013-1-8")."""
    found = INNER_LABEL.search(text)
    return _read_one(text[found.end() :], line) if found else None


def _read_credit_line(text: str, line: str) -> DateLine | None:
    """A line of parts between bars, each a date line or a short name (agency, city): its
    published date, else its updated one."""
    parts = [part.strip() for part in text.split("|")]
    if len(parts) < 2:
        return None
    readings = [_read_one(part, line) for part in parts]
    if not all(
        r or CREDIT_PART.match(p) or TIME_PART.match(p)
        for r, p in zip(readings, parts, strict=True)
    ):
        return None
    found = [r._replace(place=None, title="") for r in readings if r]  # a credit line, no title
    return min(found, key=lambda r: r.is_update) if found else None


def _read_one(text: str, line: str) -> DateLine | None:
    label_match = LABEL.match(text)
    label = label_match["label"] if label_match else ""
    words = (text[label_match.end() :] if label_match else text).split()
    anchors = [i for i, word in enumerate(words) if MONTH_OR_ISO.search(word)]
    if not anchors:
        return None
    first = anchors[0]
    for start in range(max(0, first - 2), first + 1):
        if not DATE_WORD.match(words[start]):
            continue  # a date starts with its day, weekday, month or year: never "on", "in"
        for end in range(len(words), first, -1):
            found = _parse(" ".join(words[start:end]).strip(" ,"))
            if found is None:
                continue
            place = _around(words[:start], words[end:], words[end - 1], found[1], label)
            if place is not False:
                title = " ".join(words[:start]).strip(" ,")
                title = "" if TIME_FIRST.match(title) else title  # a time is no heading
                return DateLine(found[0], found[1], label, place, line.strip(), title)
    return None


def _around(
    before: list[str], after: list[str], last_date_word: str, precision: str, label: str
) -> str | None | Literal[False]:
    """What stands around the date: False when it makes the line more than a date line, else
    the place it names (or None)."""
    place = None
    tail = " ".join(after)
    if after and (BYLINE_AFTER.match(tail) or TIME_AFTER.match(tail) or UPDATED_ASIDE.match(tail)):
        after = []  # "May 28, 2019 by Jane Roe", "... 1998 Published at 23:04 GMT": no place
    if after:
        rest = " ".join(after)
        dashed = rest[:1] in SEPARATORS  # "May 8, 2021 - 18:10 - The Kremlin, Stellby"
        parts = [p.strip() for p in rest.lstrip(SEPARATORS + " ").split(",")]
        if not all(PLACE_PART.match(p) for p in parts):
            return False
        if last_date_word.endswith(",") or dashed:
            place = parts[-1]
    if before and TIME_FIRST.match(" ".join(before)):
        before = []  # "10:30 am on 16 September 2010": the time, then the day
    if before:
        heading = " ".join(before)
        if label or precision not in ("day", "month") or not TITLE_END.search(heading):
            return False
        parts = [p.strip() for p in heading.split(",")]
        if heading.endswith(",") and len(parts) > 1 and PLACE_PART.match(parts[-2]):
            place = place or parts[-2]
    return place


def read_date(text: str) -> tuple[str, str] | None:
    """ISO value and precision of a text that is all date ("2nd August, 2016"), else None.

    Raises ``ImpossibleDate`` for a date that cannot exist.
    """
    return _parse(text.strip(" ,"))


def _parse(text: str) -> tuple[str, str] | None:
    if not MONTH_OR_ISO.search(text):
        return None
    readings = []
    for default in _DEFAULTS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "JST" and other zones dateutil cannot place
                year_first = bool(YEAR_FIRST.match(text))
                when, skipped = date_parser.parse(
                    text,
                    default=default,
                    fuzzy_with_tokens=True,
                    dayfirst=not year_first,
                    yearfirst=year_first,
                )
        except (ValueError, OverflowError) as exc:
            if "out of range" in str(exc) and _written_as_date(text):
                raise ImpossibleDate(text.strip()) from exc
            return None
        if not all(FILLER.match(token) for token in skipped):
            return None
        readings.append(when)
    first, second = readings
    year = first.year if first.year == second.year else None
    day = first.day if first.day == second.day else None
    if first.month != second.month:
        return None
    precision = "day" if year and day else "month" if year else "month-day" if day else ""
    if not precision:
        return None
    return iso(year, first.month, day), precision


def _written_as_date(text: str) -> bool:
    """A bare date whose parts are all there: a day-of-month error is the text's, not ours."""
    return bool(re.fullmatch(rf"\s*(?:\d{{1,2}} )?{MONTH_PATTERN} ?\d{{0,2}},? \d{{4}}\s*", text))
