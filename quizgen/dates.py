"""Calendar vocabulary and ISO 8601 helpers shared by ingestion and extraction.

Dates are kept as ISO strings at the precision the text gives: ``2016-05-06`` (day),
``1945-08`` (month), ``1956`` (year), ``--12-15`` (month and day, year unknown) and
ranges ``2016-12-15/2016-12-16``.
"""

from __future__ import annotations

import datetime as dt
import re

from quizgen.patterns import alternation

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# Capitalised month names and abbreviations (a trie: "Jan(?:uary)?|..."), optional dot.
MONTH_PATTERN = rf"(?:{alternation(name.title() for name in MONTHS)})\.?"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

PRECISIONS = ("day", "month", "year", "month-day", "unknown")


def month_number(name: str) -> int:
    """Return 1-12 for an English month name or abbreviation (``"Sept."`` -> 9)."""
    return MONTHS[name.lower().rstrip(".")]


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """Format the known parts as ISO 8601, ``--MM-DD`` when only the year is missing."""
    if year is None:
        return f"--{month:02d}-{day:02d}" if month and day else ""
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    dt.date(year, month, day)  # raises ValueError for 31 February and the like
    return f"{year:04d}-{month:02d}-{day:02d}"


_ONE_ISO = r"(?:\d{4}(?:-\d\d(?:-\d\d)?)?|--\d\d-\d\d)"
_ISO = re.compile(rf"(?:{_ONE_ISO}(?:/{_ONE_ISO})?)?")  # "" when unknown; "A/B" a range


def is_iso(value: str) -> bool:
    """Whether ``value`` is an ISO value as :func:`iso` writes them (or a range of two, or
    "" for unknown), and a real day (no 30 February)."""
    if not _ISO.fullmatch(value):
        return False
    try:
        for part in value.split("/"):
            if len(part) == 10:
                dt.date.fromisoformat(part)
            elif part.startswith("--"):
                dt.date(2000, int(part[2:4]), int(part[5:7]))  # 2000: 29 February is real
    except ValueError:
        return False
    return True


def precision_of(value: str) -> str:
    """Name the precision of an ISO value written by :func:`iso` (ranges by their start)."""
    value = value.split("/")[0]
    if not value:
        return "unknown"
    if value.startswith("--"):
        return "month-day"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "unknown")


def human(value: str) -> str:
    """Render an ISO value as a reader expects: ``6 May 2016``, ``August 1945``, ``15 December``."""
    if "/" in value:
        start, end = value.split("/", 1)
        if precision_of(start) == "day" and start[:7] == end[:7]:
            return f"{int(start[8:10])}–{human(end)}"
        return f"{human(start)} – {human(end)}"
    precision = precision_of(value)
    if precision == "year":
        return value
    if precision == "month-day":
        month, day = int(value[2:4]), int(value[5:7])
        return f"{day} {dt.date(2000, month, 1):%B}"
    if precision == "month":
        return f"{dt.date(int(value[:4]), int(value[5:7]), 1):%B %Y}"
    if precision == "day":
        date = dt.date.fromisoformat(value)
        return f"{date.day} {date:%B %Y}"
    return value
