"""Header rules: each reads the top of an article and takes the metadata it recognises.

Rules run in the order of ``HEADER_RULES``; each receives the ``Header`` being built and
may consume text from the front of ``Header.rest``. Add a rule by appending a function.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from quizgen.dates import MONTH_PATTERN, iso, month_number
from quizgen.ingest.header_dates import LABEL, DateLine, ImpossibleDate, read_date, read_date_line
from quizgen.ingest.records import PubDate
from quizgen.world import world_countries

HEADER_ZONE_LINES = 8  # date lines are looked for among the first lines with text only
STANDFIRST_GAP = 3  # short lines (a byline, the outlet) between a standfirst and its date line
SHORT_LINE = 60
# "© 2014 AFP", "(c) Agency 2019", "Copyright 2021 The Daily. All rights reserved."
COPYRIGHT_LINE = re.compile(r"\A\s*(?:©|\([cC]\)|Copyright\b)[^\n]{0,100}\Z")
BOILERPLATE_LINES = ("all news", "advertisement", "share", "share this article", "read more")

_DATE_HEADER = re.compile(r"\A\s*date:?[ \t]+(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\b[ \t]*", re.I)
_ARCHIVE = re.compile(
    r"\A\s*This is an archived article that was published\b(?P<mid>[^\n]*?)\bin (?P<year>\d{4})\b"
    r"[^\n]*\n*"
)
_FULL_DATE = re.compile(rf"(?P<month>{MONTH_PATTERN}) (?P<day>\d{{1,2}}), (?P<year>\d{{4}})")
_PLACE = r"(?P<place>[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3})"
_AGENCY_DATELINE = re.compile(
    rf"\A{_PLACE}, (?P<month>{MONTH_PATTERN}) (?P<day>\d{{1,2}})(?:, (?P<year>\d{{4}}))?\.?"
    r"\s*/(?P<agency>[A-Za-z-]+)/\.?\s*"
)
# hyphens only inside ("Nova-Stellby"); a slash between two places ("HARWICK/STELLBY")
_WORD = r"[A-Z][a-zA-Z.']*(?:[-/][A-Za-z.']+)*"
_WORDS = rf"{_WORD}(?: (?!{MONTH_PATTERN} \d){_WORD}){{0,3}}"  # the date is no part of it
# "HARWICK —", "City--", "STELLBY (Agency) -", "LONDON, Oct. 9 (Agency) -", "HARWICK. Mar 3
# (Agency) -", "STELLBY (Agency - 2nd August, 2016)", "CITY, COUNTRY –", "City:", "Stellby,
# March 22 (Agency)--The ..." (a double dash may touch the first word)
_DASH_DATELINE = re.compile(
    rf"\A(?P<place>{_WORDS})(?:, (?!{MONTH_PATTERN} \d)(?P<country>{_WORDS}))?"
    rf"(?:,? (?P<month>{MONTH_PATTERN}) (?P<day>\d{{1,2}})(?:, (?P<year>\d{{4}}))?)?"
    r"(?: ?\((?P<agency>[A-Za-z][A-Za-z .-]*?)(?: ?[—–-] ?(?P<agency_date>[^()\n]{4,30}))?\))?"
    # a dash may touch the first word: "City--The ...", "CITY (Agency) -Judges ..."
    r"(?:[ \t]*(?P<sep>[—–]|-{1,2}|:))?(?:[ \t]+|\n|\Z|(?:(?<=--)|(?<=—)|(?<=\) -))(?=[A-Z]))"
)
# Words that stand before a colon at the start of a text and are not places
LABELS = (
    "note",
    "update",
    "updated",
    "summary",
    "editor",
    "correction",
    "source",
    "subject",
    "q",
    "a",
)
_BULLET_DATELINE = re.compile(r"\A(?P<place>[A-Z][a-zA-Z.'-]*(?: [A-Z][a-zA-Z.'-]*){0,2}) • ")


@dataclass
class Header:
    """The metadata found so far and the text not yet claimed by a rule."""

    rest: str
    title: str | None = None
    summary: str | None = None
    published: PubDate = field(default_factory=PubDate)
    dateline: str | None = None
    agency: str | None = None
    notes: list[str] = field(default_factory=list)  # warnings for the reader


def date_header(header: Header) -> None:
    """A first line ``date YYYY-MM-DD`` (month and day optional)."""
    match = _DATE_HEADER.match(header.rest)
    if not match:
        return
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        value = iso(year, month, day if month else None)
    except ValueError:
        return
    header.published = PubDate(value, _precision(month, day), "date header", match.group().strip())
    header.rest = header.rest[match.end() :]


def archive_preamble(header: Header) -> None:
    """ "This is an archived article that was published on ... in 2016": year, or full date."""
    match = _ARCHIVE.match(header.rest)
    if not match:
        return
    full = _FULL_DATE.search(match["mid"])
    if full:
        value = iso(int(full["year"]), month_number(full["month"]), int(full["day"]))
        header.published = PubDate(value, "day", "archive preamble", match.group().strip())
    elif header.published.precision == "unknown":
        header.published = PubDate(match["year"], "year", "archive preamble", match.group().strip())
    header.rest = header.rest[match.end() :]


def boilerplate(header: Header) -> None:
    """Drop site furniture lines such as "All news" wherever they stand, and a date's label
    the page left without its date ("Submitted on")."""
    lines = header.rest.split("\n")
    header.rest = "\n".join(
        line
        for line in lines
        if line.strip().lower() not in BOILERPLATE_LINES
        and not _bare_label(line)
        and not COPYRIGHT_LINE.match(line)
        and not FILED_AT.match(line)
    )


# a time alone on a line, perhaps labelled: "Filed at 12:50 p.m. EDT", "Updated 14:02 GMT"
FILED_AT = re.compile(
    r"\A\s*(?:(?:filed|posted|updated|last updated|published)(?: at)?:?\s*)?"
    r"\d\d?[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*\Z",
    re.I,
)


def _bare_label(line: str) -> bool:
    """ "Submitted on", "Published:": a date line's label alone."""
    text = line.strip()
    found = LABEL.match(text)
    return bool(text and found and found.end() == len(text) and not text.lower().startswith("by"))


def date_line(header: Header) -> None:
    """A line of its own that is a date, in the short lines above the body: "October 3, 2017",
    "Published: 22 Feb 2018 08:15", "April 27, 2017, Stellby" (see ``header_dates``).

    A published date wins over an updated one. Date lines are taken out of the body; a heading
    that ends with its date ("Press Conference by the Press Secretary February 24, 1998") stays.
    """
    lines = header.rest.split("\n")
    found: list[tuple[int, DateLine]] = []
    zone = [i for i, line in enumerate(lines) if line.strip()][:HEADER_ZONE_LINES]
    for index in zone:
        line = lines[index]
        if _is_body_line(line) and (found or not _standfirst(lines, index)):
            break
        try:
            reading = read_date_line(line)
        except ImpossibleDate as exc:
            header.notes.append(f"the header date '{exc}' is not a real day; ignored")
            continue
        if reading and reading.precision == "month-day" and index + 1 < len(lines):
            joined = _with_next_line(line, lines[index + 1])  # "March 4" / "09:31 2017"
            if joined:
                found.append((index + 1, joined))
                reading = joined
        if reading:
            found.append((index, reading))
    if not found:
        return
    _, best = min(found, key=lambda item: item[1].is_update)
    if header.published.precision in ("unknown", "year"):
        header.published = PubDate(best.value, best.precision, "date line", best.line)
        if best.precision == "day" and dt.date.fromisoformat(best.value) > dt.date.today():
            header.notes.append(f"the publication date {best.value} is after today")
    if best.place and best.place.casefold() in NEWS_AGENCIES:
        header.agency = header.agency or best.place  # "Xinhua, February 1, 2017": who wrote it
    elif best.place and not header.dateline and not _acronym(best.place, header.rest, best.line):
        header.dateline = best.place.title() if best.place.isupper() else best.place
    taken = {index for index, reading in found if not reading.title}  # headings stay
    header.rest = "\n".join(line for i, line in enumerate(lines) if i not in taken)


# News agencies whose name may stand where a date line's place does ("Xinhua, February 1,
# 2017"): the writer, not where the story happened (no topic's words)
NEWS_AGENCIES = frozenset(
    name.casefold()
    for name in (
        "Xinhua",
        "Reuters",
        "AFP",
        "AP",
        "Associated Press",
        "TASS",
        "Interfax",
        "Sputnik",
        "Kyodo",
        "Jiji",
        "Yonhap",
        "Bernama",
        "Antara",
        "IRNA",
        "SUNA",
        "MENA",
        "WAM",
        "SPA",
        "QNA",
        "KUNA",
        "Anadolu",
        "EFE",
        "ANSA",
        "dpa",
        "PTI",
        "IANS",
        "ANI",
        "APP",
        "Prensa Latina",
        "Notimex",
        "PAP",
        "BTA",
        "Xinhua News Agency",
    )
)


def _with_next_line(line: str, following: str) -> DateLine | None:
    """A date line split over two lines, the year on the second ("March 4" / "09:31 2017")."""
    try:
        joined = read_date_line(f"{line.strip()} {following.strip()}")
    except ImpossibleDate:
        return None
    return joined if joined and joined.precision == "day" else None


def _standfirst(lines: list[str], index: int) -> bool:
    """Is the running-text line at ``index`` a standfirst: one paragraph after the headline,
    with a date line as the next line that has text ("Ilan Brek met ... at the palace.",
    then "May 8, 2021 - 18:10 - Stellby")?"""
    above = [line for line in lines[:index] if line.strip()]
    below = [line for line in lines[index + 1 :] if line.strip()][: STANDFIRST_GAP + 1]
    if not 0 < len(above) <= 2 or not all(_is_heading(line.strip()) for line in above):
        # the headline, perhaps printed twice
        return False
    for line in below:  # the date line may come after a byline and the outlet's name
        try:
            if read_date_line(line) is not None:
                return True
        except ImpossibleDate:
            return False
        if _is_body_line(line) or len(line.strip()) > SHORT_LINE:
            return False
    return False


def _acronym(name: str, text: str, line: str) -> bool:
    """Is the capitalised ``name`` of a date line an acronym ("AGENCY, Tuesday 4 Sep 2012",
    then "told AGENCY"), not a city? A city is written in capitals in its date line alone."""
    rest = text.replace(line, "", 1)
    return name.isupper() and re.search(rf"\b{re.escape(name)}\b", rest) is not None


def headline(header: Header) -> None:
    """Short unpunctuated paragraphs before a dateline: the first is the title, then a standfirst
    (a title may also stand on the line right above a dated first paragraph)."""
    text = header.rest.lstrip()
    first_line, _, after = text.partition("\n")
    if after[:1].strip() and _is_heading(first_line.strip()) and _opens_body(after):
        header.title, header.rest = first_line.strip(), after  # "Talks end\nMay 3, 2019 (X) –"
        return
    paragraphs = _paragraphs(header.rest)
    lines = paragraphs[0][1].split("\n") if paragraphs else []
    if len(paragraphs) > 1 and 1 < len(lines) <= 3 and all(map(_headline_line, lines)):
        # a headline over a second headline or a desk's name, with no blank line between
        header.title, header.summary = lines[0].strip(), " ".join(lines[1:]).strip()
        header.rest = header.rest[paragraphs[1][0] :]
        return
    if len(paragraphs) > 1 and paragraphs[0][1].upper() in _world_capitals():
        # a page with no headline, a city on a line of its own over the body: its dateline
        header.dateline = paragraphs[0][1].title()
        header.rest = header.rest[paragraphs[1][0] :]
        return
    if paragraphs:  # "Talks end in Lena" / "- Wren News": the outlet's name (or a kicker) under it
        headline_line, _, outlet = paragraphs[0][1].partition("\n")
        if outlet and _OUTLET_LINE.match(outlet) and _is_heading(headline_line):
            paragraphs[0] = (paragraphs[0][0], headline_line)
    for index, (start, text) in enumerate(paragraphs[:4]):
        # a dated paragraph under a headline and a standfirst sentence: "Calder and Brena
        # signed ...", then "Stellby, 7 December 2023 (Agency) - Calder and Brena signed ..."
        dated = index == 2 and _dated_paragraph(text) and _is_heading(paragraphs[0][1])
        if dated or _dateline_match(text) and not _titled(text, len(paragraphs)):
            before = [p for _, p in paragraphs[:index]]
            # a headline, then a standfirst sentence, then the dateline's paragraph
            standfirst = index == 2 and _is_heading(before[0])
            if before and (dated or standfirst or all(_is_heading(p) for p in before)):
                header.title = before[0]
                # the headline printed twice is no standfirst
                header.summary = " ".join(p for p in before[1:] if p != before[0]) or None
                header.rest = header.rest[start:]
            return
    first = paragraphs[0][1] if paragraphs else ""
    if (
        len(paragraphs) > 1
        and _is_heading(first)
        and len(first) < 120
        and not (_dateline_match(first) and not _titled(first, len(paragraphs)))
    ):
        header.title = first
        again = len(paragraphs) > 2 and paragraphs[1][1] == first  # the headline printed twice
        header.rest = header.rest[paragraphs[2 if again else 1][0] :]


def _headline_line(line: str) -> bool:
    """A short line in title case that ends no sentence: "Kim Jong Un, Moon Jae In Sign
    Declaration", "Political News Team" (not a hard-wrapped line of the body)."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
    capitalised = sum(w[:1].isupper() for w in words)
    return (
        _is_heading(line.strip())
        and len(line) <= HEADLINE_LINE
        and bool(words)
        and capitalised >= TITLE_CASE_SHARE * len(words)
    )


HEADLINE_LINE = 120
TITLE_CASE_SHARE = 0.8  # of the words longer than three letters ("of", "and", "the" aside)


# An outlet's name alone on the line under a headline: "Defence Redefined", "- BBC News"; or a
# kicker in capitals: "FULL STEAM AHEAD"
_OUTLET_LINE = re.compile(r"\A[\s\-–—|•·\W]*[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,3}\s*\Z")


def dateline(header: Header) -> None:
    """ "HARWICK, November 28. /TASS/.", "HARWICK —", "STELLBY (Reuters) -", "LONDON, Oct. 9
    (Agency) -", "STELLBY (Agency - 2nd August, 2016)", "City--", "City:" or "Harwick • "."""
    header.rest = header.rest.lstrip()
    match = _dateline_match(header.rest)
    if match:
        paragraphs = _paragraphs(header.rest)
        if _titled(paragraphs[0][1], len(paragraphs)):
            match = None  # a headline that reads as one ("Finn: talks go on"): the body's
    if not match:
        _dated_prefix(header)
        return
    groups = match.groupdict()
    header.dateline = _first_place(match["place"].rstrip(".").title())
    header.agency = groups.get("agency")
    if header.published.precision in ("unknown", "year"):
        found = _dateline_date(groups, header.published.year)
        if found:
            header.published = PubDate(*found, "dateline", match.group().strip())
    header.rest = header.rest[match.end() :]


# "News Americas, NEW YORK, NY, Fri. Dec. 1, 2023: The court ...", "Belmopan, Cayo. Monday,
# May 25, 2015. The minister ...": places and a full date before a colon, a dash or a full
# stop open the first paragraph
# (an agency or a place in brackets may follow the date: "Stellby/Harwick, 7 December 2023
# (dpa/MIA) - ...", "October 25, 2022 (HARWICK) – ...")
_PREFIX = re.compile(
    r"\A(?P<prefix>[A-Z0-9][^:\n]{3,80}?\d{4})(?:[ \t]*\((?P<bracket>[^()\n]{1,30})\))?"
    r"[ \t]*(?::|--|—|–|[ \t]-|\.(?=[ \t]+[A-Z]))(?:[ \t]+(?=\S)|(?<=—)(?=[A-Z]))"
)  # "June 11, 2018 (AGENCY)—The new ...": an em dash may touch the first word


def _prefix_reading(text: str) -> tuple[re.Match[str], DateLine] | None:
    """The prefix of places and a full date that opens ``text`` ("Stellby, 7 December 2023
    (Agency) - ..."), and its reading; None when there is none or its date is not a day."""
    match = _PREFIX.match(text)
    if not match:
        return None
    try:
        reading = read_date_line(match["prefix"])
    except ImpossibleDate:
        return None
    if reading is None or reading.precision != "day":
        return None
    return match, reading


def _dated_prefix(header: Header) -> None:
    """A first paragraph opened by places and a full date before a colon or dash: the date
    is the publication date when none is known, the first place in capitals the dateline."""
    found = _prefix_reading(header.rest)
    if found is None:
        return
    match, reading = found
    if header.published.precision in ("unknown", "year", "month-day"):
        header.published = PubDate(reading.value, "day", "dateline", match["prefix"])
    parts = [p.strip() for p in reading.title.split(",") if p.strip()]
    places = [p for p in parts if p.isupper()]
    if not places and len(parts) == 1 and _CITY.fullmatch(parts[0]):
        places = parts  # "Harwick, December 3, 2018 (AGENCY) –"
    bracket = match["bracket"] or ""
    if not parts and _bracket_place(bracket):
        places.append(bracket)  # "October 25, 2022 (HARWICK) –"; after a place, an agency
    header.dateline = _first_place(places[0].title()) if places else header.dateline
    header.rest = header.rest[match.end() :]


_CITY = re.compile(r"[A-Z][a-z’'.-]+(?: [A-Z][a-z’'.-]+)?")
SHORTEST_BRACKET_CITY = 6  # "(KHARTOUM)" is a city; "(EIRNS)", "(SPS)" are agencies


def _bracket_place(bracket: str) -> bool:
    """Is a bracket after a date ("October 25, 2022 (HARWICK) –") a place, not an agency's
    acronym ("June 11, 2018 (EIRNS)—")? A capital of the world, or a longer word in capitals."""
    if not bracket.isupper() or "/" in bracket:
        return False
    return bracket in _world_capitals() or len(bracket) >= SHORTEST_BRACKET_CITY


@cache
def _world_capitals() -> frozenset[str]:
    """The world's capitals in capitals ("KHARTOUM"), made once."""
    return frozenset(w.capital.upper() for w in world_countries())


def _first_place(places: str) -> str:
    """The first of two places a dateline joins with a slash ("Harwick/Stellby"): where the
    report was filed from first."""
    return places.split("/")[0].strip()


# Lines above the body that name who wrote or sent it: "By Jane Roe and Ola Finn in Harwick",
# "Author: Agency", "Source: Agency - Wed, 17 Oct 2012" (its date is read first)
_NAME_WORD = r"[A-Z][\w.'’-]*"
BYLINE = re.compile(
    rf"\A\s*(?:By {_NAME_WORD}(?:(?:,| and| &)? {_NAME_WORD}){{0,6}}"
    rf"(?: in {_NAME_WORD}(?: {_NAME_WORD})?)?"
    r"|(?:Authors?|Source|Credits?|Reporting by|Written by|Posted by):?[ \t]+\S[^\n]{0,80})\s*\Z"
)


def byline(header: Header) -> None:
    """Drop the byline lines above the body, so that a headline and a dateline around them
    are read as such."""
    lines = header.rest.split("\n")
    kept = []
    for index, line in enumerate(lines):
        in_header = index < HEADER_ZONE_LINES and not _is_body_line(line)
        if not (in_header and BYLINE.match(line)):
            kept.append(line)
    header.rest = "\n".join(kept)


def _dateline_date(groups: dict[str, str | None], year: int | None) -> tuple[str, str] | None:
    """The date a dateline gives, the year from ``year`` when it has none."""
    if groups.get("agency_date"):
        try:
            return read_date(groups["agency_date"] or "")
        except ImpossibleDate:
            return None
    if not groups.get("month"):
        return None
    if groups.get("year"):
        year = int(groups["year"] or 0)
    try:
        value = iso(year, month_number(groups["month"] or ""), int(groups["day"] or 0))
    except ValueError:
        return None
    return value, "day" if year else "month-day"


# "A version of this article appeared in the print edition of The Daily on July 08, 2017,
# with the headline ...", "This story was first published on 3 May 2019."
_EDITION_NOTE = re.compile(
    r"^[ \t]*(?:A version of )?[Tt]his (?:article|story|report) (?:first |originally )?"
    r"(?:appeared|was (?:first |originally )?published|ran)\b[^\n]{0,120}? on "
    rf"(?P<date>(?:{MONTH_PATTERN}\.? \d{{1,2}}|\d{{1,2}} {MONTH_PATTERN}),? \d{{4}})[^\n]*$",
    re.M,
)
FOOTER_PARAGRAPHS = 3  # an edition note stands among the last paragraphs


def edition_note(header: Header) -> None:
    """A closing note that says when the article appeared: the publication date when the
    header gives none; the note itself is furniture, taken out of the body."""
    paragraphs = _paragraphs(header.rest)[-FOOTER_PARAGRAPHS:]
    start = paragraphs[0][0] if paragraphs else len(header.rest)
    match = _EDITION_NOTE.search(header.rest, start)
    if not match:
        return
    try:
        found = read_date(match["date"])
    except ImpossibleDate:
        found = None
    if found and header.published.precision in ("unknown", "year", "month-day"):
        header.published = PubDate(*found, "edition note", match.group().strip())
    header.rest = header.rest[: match.start()] + header.rest[match.end() :]


# Credit lines under the body: "Reporting by Jane Roe and Ola Finn; Editing by Ilan Brek",
# "Author" over the outlet's name, an editor's initials ("/rga")
_CREDIT_FOOTER = re.compile(
    r"\A(?:(?:Additional )?(?:Reporting|Editing|Writing|Compiled|Edited|Written) by\b[^\n]{0,150}"
    r"|(?:Author|Authors|Source|Sources|Credits?)(?::[^\n]{0,80})?(?:\n\s*\n?[^\n]{1,80})?"
    r"|/[a-z]{2,4})\Z",
    re.I,
)


def credit_footer(header: Header) -> None:
    """Credit lines that close the body ("Reporting by Jane Roe", "Author\n\nWren Press"):
    who wrote it, not what it says."""
    text = header.rest.rstrip()
    for _ in range(FOOTER_PARAGRAPHS):
        found = next(
            (
                start
                for start, _para in _paragraphs(text)[-2:]
                if _CREDIT_FOOTER.match(text[start:].strip())
            ),
            None,
        )
        if found is None or not text[:found].strip():
            break
        text = text[:found].rstrip()
    header.rest = text + "\n" if text != header.rest.rstrip() else header.rest


HEADER_RULES: tuple[Callable[[Header], None], ...] = (
    date_header,
    archive_preamble,
    boilerplate,
    date_line,
    byline,
    headline,
    dateline,
    edition_note,  # the header's own date wins: the print edition may be a day later
    credit_footer,
)


def read_header(text: str) -> Header:
    """Run every header rule, in order, over the start of ``text``."""
    header = Header(rest=text.lstrip("\ufeff"))
    for rule in HEADER_RULES:
        rule(header)
    return header


def _dateline_match(text: str) -> re.Match[str] | None:
    for pattern in (_AGENCY_DATELINE, _DASH_DATELINE, _BULLET_DATELINE):
        match = pattern.match(text)
        if match and (pattern is not _DASH_DATELINE or _is_dash_dateline(match)):
            return match
    return None


def _dated_paragraph(text: str) -> bool:
    """Does ``text`` open with places and a full date before a dash or colon ("Stellby/Harwick,
    7 December 2023 (Agency) - The ...")?"""
    return _prefix_reading(text) is not None


def _opens_body(text: str) -> bool:
    """Does ``text`` open with a dated first paragraph ("May 3, 2019 (X) – ...") or a dateline
    ("STELLBY- The minister ...")?"""
    return bool(_PREFIX.match(text)) or (
        _dateline_match(text) is not None and not _is_heading(text.partition("\n")[0])
    )


def _titled(text: str, paragraphs: int) -> bool:
    """A headline that opens with what reads as a dateline ("ICJ: new setback for Lena in
    the dispute"): a heading with more paragraphs after it and a phrase after the colon or
    dash, where a dateline on a line of its own ("LONDON (Agency) -") has nothing."""
    match = _dateline_match(text)
    return (
        paragraphs > 1
        and _is_heading(text)
        and match is not None
        and len(text[match.end() :].split()) >= MIN_TITLE_WORDS
    )


MIN_TITLE_WORDS = 3


def _is_dash_dateline(match: re.Match[str]) -> bool:
    """A place (perhaps a country, date and agency) and a dash or colon: in upper case of up to
    four words, or a single word in title case ("City--", "City:"); never a label ("Note:")."""
    place, sep = match["place"].rstrip("."), match["sep"]
    if place.lower() in LABELS:
        return False
    if place.isupper():
        return bool(sep or match["agency"])
    # "Calder - Brena ties": a single hyphen or en dash may join two names; a capital of
    # more words before a long dash is a dateline ("Port Selden — The minister ...")
    if sep in ("--", "—") and place.upper() in _world_capitals():
        return True
    return " " not in place and sep in ("--", "—", ":")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    return [
        (m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)
    ]


def _is_heading(text: str) -> bool:
    if "\n" in text or len(text) >= 300:
        return False
    return not _ends_sentence(text) or _question_headline(text)


QUESTION_HEADLINE_WORDS = 12


def _question_headline(text: str) -> bool:
    """A short headline in title case that asks: "Bosnia Talks Near Peace Pact?" (not "What
    does this mean for Lena?", a sentence of the body)."""
    words = text.split()
    capitalised = [w for w in words if w[:1].isupper()]
    return (
        text.endswith("?")
        and len(words) <= QUESTION_HEADLINE_WORDS
        and 2 * len(capitalised) > len(words) + 1
    )


def _is_body_line(line: str) -> bool:
    """A line of running text: long and ending as a sentence ends (the header is over)."""
    text = line.strip()
    return len(text) > 80 and _ends_sentence(text)


def _ends_sentence(text: str) -> bool:
    """Does ``text`` end as a sentence ends: "... talks.", '... "went well."'? A headline may
    end with a quotation whose words end without a stop: 'Brek says Calder "happy to agree"'."""
    text = text.rstrip()
    if text.endswith(('"', "”")):
        return text[:-1].rstrip().endswith((".", "!", "?", ","))
    return text.endswith((".", "!", "?"))


def _precision(month: int | None, day: int | None) -> str:
    return "day" if month and day else "month" if month else "year"
