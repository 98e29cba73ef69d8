"""Date lines under a headline: "October 3, 2017", "Published: 22 Feb 2018 08:15 JST",
"April 27, 2017, Moscow", "2017-04-27T16:00:00+03:00".

python-dateutil reads the date itself, in whatever order and spelling the page uses; the rule
here only decides whether a line *is* a date line. A line counts when, once an optional label
("Published:", "Posted on", "Updated") and an optional trailing place (", Moscow") are set
aside, dateutil reads all of it as a date and time: a sentence that mentions a date leaves
words over and is not a header.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from typing import NamedTuple

from dateutil import parser as date_parser

from quizgen.dates import MONTH_PATTERN, iso

# Labels before the date; the published date wins over an updated one.
LABEL = re.compile(
    r"\A(?P<label>(?:first )?published(?: on)?|posted(?: on)?|date|(?:last )?(?:updated|modified)"
    r"(?: on)?)\s*:?\s*",
    re.I,
)
LATER_LABELS = ("updated", "modified")
# A date line names its month (a word, or the middle of an ISO date).
MONTH_OR_ISO = re.compile(rf"\b{MONTH_PATTERN}|\b\d{{4}}-\d\d-\d\d(?!\d)", re.I)
PLACE_PART = re.compile(r"\A(?:the )?[A-Z][\w'’.-]*(?: (?:of |de )?[A-Z][\w'’.-]*){0,3}\Z")
# What dateutil may skip in a date line: separators and the words around a time.
FILLER = re.compile(r"\A[\s,.|/()–—-]*(?:(?:T|at|on)[\s,.|/()–—-]*)?\Z")
LONGEST_DATE_LINE = 80
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

    @property
    def is_update(self) -> bool:
        return self.label.lower().endswith(LATER_LABELS) or " updated" in self.label.lower()


class ImpossibleDate(ValueError):
    """A line that is written as a date but names no real day ("February 30, 2018")."""


def read_date_line(line: str) -> DateLine | None:
    """The date a header line gives, or None when the line is not a date line.

    Raises ``ImpossibleDate`` for a date line whose date cannot exist.
    """
    text = line.strip()
    if not text or len(text) > LONGEST_DATE_LINE or not MONTH_OR_ISO.search(text):
        return None
    label_match = LABEL.match(text)
    label = label_match["label"] if label_match else ""
    text = text[label_match.end() :] if label_match else text
    parts = text.split(",")
    for cut in range(len(parts), 0, -1):
        place_parts = [p.strip() for p in parts[cut:]]
        if not all(PLACE_PART.match(p) for p in place_parts):
            break
        found = _parse(",".join(parts[:cut]))
        if found:
            value, precision = found
            place = place_parts[-1] if place_parts else None
            return DateLine(value, precision, label, place, line.strip())
    return None


def _parse(text: str) -> tuple[str, str] | None:
    if not MONTH_OR_ISO.search(text):
        return None
    readings = []
    for default in _DEFAULTS:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "JST" and other zones dateutil cannot place
                when, skipped = date_parser.parse(
                    text, default=default, fuzzy_with_tokens=True, dayfirst=True
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
