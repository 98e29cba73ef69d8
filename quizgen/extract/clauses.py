"""Clause building for events: which clause a date belongs to, its subject, verb and rest.

No parser: a sentence is cut at attribution tails (", the source said"), fronted phrases
("At their meeting in December, ..."), relative and subordinate clause markers (", who",
"in which", "after", "since"). The clause holding the date is read as subject + verb + rest;
pronouns, posts and surnames in the subject become full names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from quizgen.extract.base import DocContext
from quizgen.extract.clause_scan import (
    MASK,
    RELATIVE_WORDS,
    REPORT_VERBS,
    REPORTED,
    boundaries,
    may_hold_relative_words,
    may_report,
    rest_end,
    squash,
    without_discourse,
)
from quizgen.extract.clause_trims import (
    CLOCK_HINT,
    PART_OF_DAY_OF,
    clock_times,
    without_relative_brackets,
)
from quizgen.extract.passives import active_voice
from quizgen.extract.place_mentions import IN_ANY_CAPITAL, names_after_in, unknown_venues
from quizgen.extract.reduced_relatives import opening, reduced_relative
from quizgen.extract.subject_names import (
    appositives,
    main_subject,
    possessive_country,
    resolve_subject,
    speaker_label,
    them_islands,
    without_appositives,
)
from quizgen.extract.verbs import ADVERBS, find_verb, is_verb, passive_be
from quizgen.patterns import word_matches

if TYPE_CHECKING:
    from quizgen.domain import Domain
    from quizgen.extract.dates import Mention

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
TAIL = re.compile(
    rf",\s+(?P<who>[^,“”\"]{{2,80}}?)\s+(?P<verb>{REPORT_VERBS})"
    rf"(?P<when>\s+(?:(?:on\s+)?{_WEEKDAY}|today|yesterday|earlier today))?\s*[.!]?\s*\Z"
)
OWN_DATE = frozenset(("full", "range", "span", "month", "year", "season"))
# "in 1945", "in late 2011" date their clause; "a 1956 declaration" does not
IN_YEAR = re.compile(r"[Ii]n\s+(?:(?:early|mid|late)[- ])?\d")
ACCORDING = re.compile(r"\A(?:According to|Citing)\b[^,]*,\s*")
FRONT = re.compile(
    r"\A(?:On|In|At|During|By|Since|From|Following|After|Before|With|Although|While|Despite|As"
    r"|Amid|Ahead of|Under|Later|Earlier|Meanwhile)\b[^,]*,\s*"
)
# a date that opens the second of two coordinated clauses: ", and on May 3, 2019, ..."
COORDINATED_DATE = re.compile(r"[,;]\s+(?:and|but|yet|so|while)\s+\Z")
# a clause cut before its second half: "gained control of the territory but"
TRAILING_COORDINATOR = re.compile(r"[\s,]+(?:and|but|or|yet|so|while)\Z")
# a linking adverb that ends a clause: "declared war on Calder anyway"
TRAILING_ADVERB = re.compile(r"\s+(?:anyway|nonetheless|nevertheless|instead|though)\Z")
# a front part that is a clause of its own, with its own verb and time ("Since troops began
# visiting in 1984, ...", "After the ministers met in May, ...")
SUBORDINATE = re.compile(r"(?:Since|After|Before|Although|While|As|When|Once|Until)\s+")
# "a 1956 declaration in which ...": the year is an adjective of the noun before "in which"
ADJECTIVE_YEAR = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:in|under|by) which\s+")
# what may stand between a date that opens the sentence and its clause: "(local time)", "on
# the occasion of the summit", "commencing at 5 p.m. for about 20 minutes"
LEADING_ASIDE = re.compile(
    r"\s*(?:\([^)]*\))?,?\s*(?:(?:following|after|during|at|in|amid|on the (?:occasion|sidelines|"
    r"margins) of|commencing|starting|beginning)\b[^,]*)?,?\s*"
)
# an aside between commas: a relative clause, or who came along (", accompanied by his
# deputy,", ", along with the mayor,", ", in collaboration with the Court,")
NONRESTRICTIVE = re.compile(
    r",\s+(?:who|which|[a-z]+ed by|led by|along with|together with"
    r"|in (?:collaboration|cooperation|partnership|consultation|coordination) with)\s+[^,]*,"
)
# what cannot follow a closed aside in its main clause: a name, a number or a determiner opens
# more of the aside (", which mentions two islands, Vestholm and the Ossel group,")
RUNS_ON = re.compile(
    r"\s*(?:[A-Z\d]|(?:the|a|an|their|its|his|her|our|these|those|two|three|four|five)\s)"
)
# an infinitive set off by commas goes on with the aside too (", who visited Wren, to attend
# the forum, met ..."); without a closing comma it is the main clause's ("..., to prepare")
INFINITIVE = re.compile(r"\s*to\s")
EVENT_NOUNS = r"(?:meeting|summit|talks|visit|session|election|conference|trip)"
INSIDE_LIST = re.compile(r"\b(?:including|such as)\b")
FOR_EVENT = re.compile(
    rf"\bfor\s+(?:a|an|the|their|its|his|her)\s+(?:[\w’'-]+\s+){{0,6}}?{EVENT_NOUNS}\b"
)
SCHEDULED = re.compile(
    rf"(?:the|a|an|his|her|their)\s+(?:forthcoming\s+|planned\s+|upcoming\s+|expected\s+)?"
    rf"(?P<noun>{EVENT_NOUNS})\s*(?P<tail>[^,]*?)\s*\Z"
)
VISIT = re.compile(r"\A(?:of|by)\s+(?P<who>.+?)\s+to\s+(?P<to>.+)\Z")
WORD = re.compile(r"\w+")
OPENING = re.compile(r",\s+(?:who|which)\s+")
REPORT_WORD = re.compile(rf"\b{REPORT_VERBS}\b")
REPORT_END = re.compile(rf"\b{REPORT_VERBS}\s*\Z")
FUTURE_WORD = re.compile(r"\b(?:will|would|plans? to)\b")
# a name before ", which" or ", who", its joining words included: "the Leaders Summit on
# Climate" (the article goes with it when the name opens with a capital after one)
TRAILING_NAME = re.compile(
    r"((?:\bthe\s+)?(?:[A-Z][\w.’'-]*\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?){0,4}"
    r"[A-Z][\w.’'-]*)\s*\Z"
)
WHEN_CLAUSE = re.compile(r",\s+when\s+(?=[A-Za-z])")  # a date followed by what happened then
WHERE_LEAD = re.compile(r"\b(?:in|at|to|of|visit|visits|visited)\s+(?:the\s+)?\Z")
# "to" a place says where only after going there ("flew to Harwick", "a trip to Lena"), not
# after "reached out to Harwick", "wrote to Lena" (a capital standing for its government)
MOTION_BEFORE_TO = re.compile(
    r"\b(?:travel(?:l?ed|s)?|fl(?:y|ew|ies|own)|go(?:es)?|went|gone|c[ao]me|comes|return(?:ed|s)?"
    r"|mov(?:e|ed|es)|head(?:ed|s)?|sen[dt]|sends|dispatch(?:ed)?|deploy(?:ed|s)?|fled|sail(?:ed|s)?"
    r"|dr[io]ve|march(?:ed)?|arriv(?:e|ed|es)|relocat(?:e|ed)|trips?|visits?|journey|voyage|"
    r"delegations?|missions?|back|way|route)(?:\s+[a-z]+){0,2}\s*\Z"
)


class Event(NamedTuple):
    """What a date dates: a standalone clause split into subject, verb and rest."""

    clause: str
    subject: str
    verb: str
    rest: str
    what: str
    where: str | None
    who: list[str]
    attached_to_report: bool
    key: str


class Reading(NamedTuple):
    """A sentence being read for the date ``mention``: its text and masked copy (commas inside
    dates and names hidden), its date mentions, and the subject of the sentence before."""

    ctx: DocContext
    sentence_index: int  # not ``index``, which would hide ``tuple.index``
    text: str
    masked: str
    mentions: list[Mention]
    mention: Mention | None
    previous_subject: str | None


def build_event(
    ctx: DocContext,
    index: int,
    mention: Mention,
    mentions: list[Mention],
    previous_subject: str | None,
) -> Event | None:
    """The event ``mention`` dates in sentence ``index``, or None when no clean clause exists."""
    text = ctx.doc.sentences[index].text
    if text[:1] in "\"“‘'":
        return None  # quoted speech: dates in quotes are not reported as events here
    masked, tail = _masked_once(ctx, index, mentions)
    reading = Reading(ctx, index, text, masked, mentions, mention, previous_subject)
    start, end = 0, len(text.rstrip(" ."))
    if tail:
        end = tail.start()
        if mention.start >= tail.start():
            if not tail["when"] or mention.start < tail.start("when"):
                return None
            return _attribution(reading, tail)
    according = ACCORDING.match(masked)
    if according:
        start = according.end()
    label = speaker_label(masked)
    if label is not None:  # "Vladimir Putin: We met ...": the words spoken are the sentence
        if mention.start < label:
            return None
        start = label
    if mention.start == start and mention.text[:1].isupper():
        # "On December 16, 2016 Putin and Abe agreed ...": the date opens the sentence
        if mention.possessive:  # "Thursday's ceremony was ...": the ceremony's day
            return _possessed(reading, _clause(reading, mention.end, end, None))
        after = LEADING_ASIDE.match(masked, mention.end)
        begin = after.end() if after else mention.end
        return _clause(*_without_asides(reading, begin, end), None)
    participle = opening(masked, mention.start) if start == 0 else None
    if participle and not reduced_relative(masked, text, participle.end("part"), mention.start):
        # "Launched in 2011, the dialogue aims ...": the dialogue was launched (but "Based on
        # the summit held in 2008, ...": the summit's date)
        return _opened_by_participle(reading, participle, end)
    front = FRONT.match(masked, start)
    if front and front.end() <= end:
        if front.start() <= mention.start < front.end():
            own = SUBORDINATE.match(masked, front.start(), front.end())
            if own and find_verb(masked[own.end() : mention.start], False):
                # "Since Calder troops began visiting Wren in 1984, ...": the front clause's
                return _clause(reading, own.end(), masked.rindex(",", 0, front.end()), None)
            return _clause(*_without_asides(reading, front.end(), end), None)
        start = front.end()
    if not start <= mention.start < end:
        return None
    coordinated = COORDINATED_DATE.search(masked, start, mention.start)
    after = LEADING_ASIDE.match(masked, mention.end) if coordinated else None
    if coordinated and after and "," in masked[mention.end : after.end()]:
        # "X accepted this, and on May 3, 2019, Lena sent its navy": the second clause's date
        return _clause(*_without_asides(reading, after.end(), end), None)
    return _inner_clause(reading, start, end)


def _clock_times(text: str, start: int, end: int) -> list[Mention]:
    """The clock times of ``text[start:end]`` as mentions to cut from a clause."""
    from quizgen.extract.dates import Mention  # (dates imports this module)

    return [Mention(a, b, text[a:b], "clock") for a, b in clock_times(text, start, end)]


def _possessed(reading: Reading, event: Event | None) -> Event | None:
    """The event of a sentence opened by a possessive date ("Thursday's ceremony was ...",
    "Today's agreement ..."): its subject is the noun the date qualified ("the ceremony")."""
    if event is None or not event.subject[:1].islower():
        return None  # "Thursday's Wren Forum": a name; read no further
    subject = f"the {event.subject}"
    return _event(reading.ctx, subject, event.verb, event.rest, event.clause, False)


def _opened_by_participle(reading: Reading, found: re.Match[str], end: int) -> Event | None:
    """The event of a participle phrase that opens the sentence, told of the main clause's
    subject: "Founded by rebels in 1964, the group ..." -> "The group was founded by rebels"."""
    main = _clause(*_without_asides(reading, found.end(), end), None)
    mention = reading.mention
    if main is None or mention is None:
        return None
    text = reading.text
    rest = text[found.end("part") : mention.start] + text[mention.end : found.end("rest")]
    verb = f"{passive_be(main.subject)} {found['part'].lower()}"
    return _event(reading.ctx, main.subject, verb, " ".join(rest.split()), found.group(), False)


def when_event(
    ctx: DocContext,
    index: int,
    mention: Mention,
    mentions: list[Mention],
    previous_subject: str | None,
) -> Event | None:
    """The event of a "when" clause after the date: "overdue since 1951, when the Northern Union
    declined to sign ..." (for a date whose own clause gives none)."""
    text = ctx.doc.sentences[index].text
    when = WHEN_CLAUSE.match(text, mention.end)
    if when is None:
        return None
    masked = _masked_once(ctx, index, mentions)[0]
    reading = Reading(ctx, index, text, masked, mentions, mention, previous_subject)
    return _clause(reading, when.end(), len(text.rstrip(" .")), None)


def _masked_once(
    ctx: DocContext, index: int, mentions: list[Mention]
) -> tuple[str, re.Match[str] | None]:
    """``_masked`` of sentence ``index``, the same for every date of the sentence and every
    clause read from it: computed once."""
    key = ("clause-mask", index)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _masked(ctx, index, mentions)
    return found


def _masked(
    ctx: DocContext, index: int, mentions: list[Mention]
) -> tuple[str, re.Match[str] | None]:
    """The sentence with commas inside dates and person mentions masked, and its report tail
    (the same for every date of the sentence, so computed once)."""
    text = ctx.doc.sentences[index].text
    if "," not in text:
        return text, None  # nothing to mask, and a report tail starts with a comma
    masked = _mask(text, mentions, _person_spans(ctx).get(index, []), ctx.domain)
    comma = masked.rfind(",")  # where a report tail starts (see ``report_tail``)
    if comma < 0 or not may_report(masked[comma:]):
        return masked, None  # a report tail holds a ``REPORT_VERBS`` word
    return masked, TAIL.match(masked, comma)


def report_tail(masked: str) -> re.Match[str] | None:
    """``TAIL.search(masked)``: no comma follows the one a tail starts with (its parts hold
    none), so only the last comma can start one."""
    return TAIL.match(masked, masked.rfind(",")) if "," in masked else None


def _person_spans(ctx: DocContext) -> dict[int, list[tuple[int, int]]]:
    """The spans of the person mentions of each sentence (computed once per document)."""
    key = ("person-spans", len(ctx.mentions))  # as ``people_in``: rebuilt if mentions grow
    spans = ctx.memo.get(key)
    if spans is None:
        spans = ctx.memo[key] = {}
        for i, s, e, _ in ctx.mentions:
            spans.setdefault(i, []).append((s, e))
    return spans


def _mask(text: str, mentions: list[Mention], spans: list[tuple[int, int]], domain: Domain) -> str:
    asides = appositives(text, domain) if ", " in text else []
    for m in mentions:
        if text.find(",", m.start, m.end) >= 0:
            text = _masked_span(text, m.start, m.end)
    for s, e in [*spans, *asides]:
        if text.find(",", s, e) >= 0:
            text = _masked_span(text, s, e)
    return THOUSANDS.sub(MASK, text)  # "expelled some 17,000 residents" is one clause


THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _masked_span(text: str, s: int, e: int) -> str:
    return text[:s] + text[s:e].replace(",", MASK) + text[e:]


def _inner_clause(reading: Reading, start: int, end: int) -> Event | None:
    """The event of a date inside the sentence's main part (``start:end``): its own clause,
    an aside ("X, who arrived on Sunday,"), reported speech or an adjective year."""
    ctx, index, text, masked, mentions, mention, _ = reading
    assert mention is not None
    before = masked[start : mention.start]
    if ("including" in before or "such as" in before) and (
        INSIDE_LIST.search(before.rsplit(",", 1)[-1]) or INSIDE_LIST.search(before[-60:])
    ):
        return None
    if mention.text.startswith("scheduled for"):
        return _scheduled(reading, start)
    spans = _asides(masked, start, end, mention.start)
    for s, e in spans:
        if s <= mention.start < e:  # "X, who arrived on Sunday, ...": the clause is the aside
            if mention.kind == "year" and not IN_YEAR.match(mention.text):
                return None  # ", who chaired the talks that led to the 1998 accord,": the accord's
            antecedent = _antecedent(ctx, index, text, s)
            opening = OPENING.match(masked, s)
            if antecedent is None or opening is None:
                return None
            return _clause(reading, opening.end(), e - 1, antecedent)
    if spans:  # asides that do not hold the date are left out of the clause
        reading = _cut(reading, spans)
        text, masked, mentions, mention = (
            reading.text,
            reading.masked,
            reading.mentions,
            reading.mention,
        )
        assert mention is not None  # ``_cut`` keeps it, shifted
        end -= sum(e - s for s, e in spans)
    clause_start, clause_end, antecedent = start, end, None
    for b in boundaries(masked, start, end):
        if b.end() <= mention.start:
            restrictive = b["rel"] and not b[0].startswith(",")  # "X who met Y in 2012"
            if restrictive:  # only a person named right before: "a gaucho who led ...",
                found = _person_before(ctx, index, b.start())  # "fishermen of Wren who"
                if found is None:  # read as one clause
                    continue
            else:
                found = _antecedent(ctx, index, text, b.start()) if b["rel"] else None
            clause_start, antecedent = b.end(), found
            if b["rel"] and antecedent is None:
                return None
        elif b.start() >= mention.end:
            clause_end = b.start()
            break
    clause_start = _reported(masked, clause_start, mention)
    if mention.kind == "year" and not IN_YEAR.match(mention.text):
        adjective = ADJECTIVE_YEAR.match(masked[mention.end :])
        if not adjective:
            return None
        inner_start = mention.end + adjective.end()
        inner_end = next((b.start() for b in boundaries(masked, inner_start, end)), end)
        mention_free = [m for m in mentions if m is not mention]
        inner = reading._replace(mentions=mention_free, mention=None)
        return _clause(inner, inner_start, inner_end, None)
    if _in_relative_after_date(masked, clause_start, mentions, mention):
        return None  # "signed an accord in September that was rejected last month"
    if _second_dated_predicate(masked, clause_start, mentions, mention):
        return None  # "X was initialled on D1 in Lena, and signed on D2": D2 is the signing's
    reduced = reduced_relative(masked, text, clause_start, mention.start)
    if reduced is not None:  # "the outcrop ceded to Harwick in 1713": the outcrop's event
        return _event(ctx, *reduced, masked[clause_start:clause_end], False)
    event = _clause(reading, clause_start, clause_end, antecedent)
    others = [m for m in mentions if m is not mention and start <= m.start < end]
    if event is None and (clause_start, clause_end) != (start, end) and antecedent is None:
        # the whole sentence, unless it holds another date that the main clause may be the
        # date of ("at peace since 2000, where an accord ... the war that broke out in 1998")
        event = None if others else _clause(reading, start, end, None)
    return event


# a relative clause with its own verb: "that was rejected", "which had been signed"
_RELATIVE_VERB = re.compile(r"\b(?:that|which)\s+(?:was|were|is|are|had|has|have|would|will)\b")


def _in_relative_after_date(
    masked: str, start: int, mentions: list[Mention], mention: Mention
) -> bool:
    """Is ``mention`` inside a relative clause that follows another date of the clause ("signed
    an accord in September that was rejected in a referendum last month")? It dates the
    relative clause's verb, not the main one, which has its date already."""
    earlier = [m.end for m in mentions if m is not mention and start <= m.end <= mention.start]
    return bool(earlier) and _RELATIVE_VERB.search(masked, max(earlier), mention.start) is not None


# ", and signed", "and later ratified": a second predicate of the clause's subject
_AND_VERB = re.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?([a-z]+)\b")


def _second_dated_predicate(
    masked: str, start: int, mentions: list[Mention], mention: Mention
) -> bool:
    """Does ``mention`` follow a second predicate ("and signed") of a clause whose first verb
    has a date of its own ("was initialled on D1 ..., and signed ... on D2")? The clause
    read from ``start`` would give D2 to the first verb."""
    verb = find_verb(masked[start : mention.start], False)
    if verb is None:
        return False
    first_end = start + verb[1]
    for found in _AND_VERB.finditer(masked, first_end, mention.start):
        if not is_verb(found[1], "and"):
            continue
        if any(first_end <= m.start < found.start() for m in mentions if m is not mention):
            return True
    return False


def _without_asides(reading: Reading, start: int, end: int) -> tuple[Reading, int, int]:
    """The reading of the main clause ``start:end`` after a date that opens the sentence, with
    its closed asides cut ("On May 3, Ola Finn, who was visiting Wren, met ...": Ola Finn met),
    and the clause's new bounds."""
    masked = reading.masked
    spans = _asides(masked, start, end, start)
    if not spans:
        return reading, start, end
    return _cut(reading, spans), start, end - sum(e - s for s, e in spans)


def _asides(masked: str, start: int, end: int, date: int) -> list[tuple[int, int]]:
    """The closed asides (", who arrived on Sunday,") in ``masked[start:end]``; ``date`` is
    where the date being read starts.

    An aside closes at the first of its commas followed by what can go on with the main clause
    (not ``RUNS_ON``): ", who visited Sudholm, Nordholm and Vestholm, met ...". One that never
    closes is no aside: ``boundaries`` ends the main clause where it starts, or starts the
    date's clause after it. So does one after the date that runs on past its first comma when
    the main clause already has its verb: what follows it may still be the aside's
    (", which mentions two islands, Vestholm and Ossel, after a peace treaty").
    """
    spans: list[tuple[int, int]] = []
    pos = start
    while (found := NONRESTRICTIVE.search(masked, pos, end)) is not None:
        s, close = found.span()
        while close < end and (
            RUNS_ON.match(masked, close, end)
            or INFINITIVE.match(masked, close, end)
            and masked.find(",", close, end) >= 0
        ):
            close = masked.find(",", close, end) + 1  # 0: no comma left, the aside runs on
            if not close:
                return spans
        if close != found.end() and s >= date and find_verb(masked[start:s], False):
            return spans
        spans.append((s, close))
        pos = close
    return spans


# a clause's subject right after a date: "(that) today President Ola Finn visited"
_SUBJECT_NEXT = re.compile(r",?\s+(?:[A-Z]|the\s)")


def _reported(masked: str, start: int, mention: Mention) -> int:
    """Where the clause a date belongs to starts, when the date sits in reported speech.

    "Kishida said about 70 residents would fly in June": June dates the reported clause, which
    starts after "said", and so does a date right after "that" ("heard that today X
    visited"). "Lavrov said Monday that ..." / "said on Monday" date the saying, and so does a
    date with no verb between it and "said" ("said in a statement on Monday that").
    """
    if not may_report(masked[start : mention.start]):
        return start
    found = None
    for match in REPORTED.finditer(masked, start, mention.start):
        found = match  # the last one
    if found is None or found.end() > mention.start:
        return start
    between = masked[found.end() : mention.start]
    if (
        found.group().rstrip().endswith("that")
        and not between.strip(" ,")
        and not mention.possessive
        and _SUBJECT_NEXT.match(masked, mention.end)
    ):
        return found.end()  # "heard that today Ola Finn visited ...": the visit's date
    if not between or find_verb(between, relative=False) is None:
        return start
    return found.end()


def _same_day(one: Mention, other: Mention | None) -> bool:
    """Does ``one`` state the day ``other`` does ("18 October 2018 – X convened Y on 18 October
    2018": the clause says its date once)?"""
    return (
        other is not None
        and one.kind == other.kind == "full"
        and (one.year, one.month, one.day) == (other.year, other.month, other.day)
    )


def _clause(reading: Reading, start: int, end: int, antecedent: str | None) -> Event | None:
    """Read text[start:end] without its date words as subject + verb + rest (the subject is
    ``antecedent`` when the clause is an aside about it)."""
    ctx, index, text, masked, mentions, mention, previous_subject = reading
    if mention is not None and (
        _dates_other_event(text, start, mention)
        or _ambiguous_weekday(masked[start:end], text, mention)
        or _paired_date(text, mention)
    ):
        return None
    plain = mask = ""
    cursor = start
    cuts = [m for m in mentions if start <= m.start and m.end <= end]
    if CLOCK_HINT.search(text, start, end):  # most clauses hold no clock time
        cuts = sorted([*cuts, *_clock_times(text, start, end)], key=lambda m: m.start)
    for m in cuts:
        if m is mention or m.kind in ("relative", "clock") or _same_day(m, mention):
            cut = m.start
            if m.kind == "relative" and text.endswith(" of ", start, cut):
                cut -= 3  # "the first nine months of this year": "of" goes with it
            part_of_day = PART_OF_DAY_OF.search(text, max(cursor, cut - 40), cut)
            if part_of_day:  # "in the early hours of Sunday": the phrase goes with the date
                cut = part_of_day.start()
            back = BACK_BEFORE.search(text, max(cursor, cut - 12), cut)
            if back:  # "signed the treaty back in April": "back" goes with the date
                cut = back.start()
            plain += text[cursor:cut]
            mask += masked[cursor:cut]
            cursor = m.end
            if _COMMA_THAT.match(text, cursor):  # "ruled on May 23, 2008, that ...": one clause
                cursor += 1
    plain, mask = squash(*without_discourse(plain + text[cursor:end], mask + masked[cursor:end]))
    if "(" in plain:  # "France (of which Calder was then a protectorate) and Lena signed"
        plain, mask = without_relative_brackets(plain, mask)
    verb = find_verb(mask, relative=antecedent is not None)
    if verb is None:
        return None
    v_start, v_end = verb
    words = plain[:v_start].strip(" ,").split()
    if antecedent is None and words and words[-1].lower() in RELATIVE_PRONOUNS:
        # "The Wren Commission that was established under the Accord agreed upon a verdict":
        # the first verb is the relative clause's; the subject's own verb comes after it
        main = find_verb(mask[v_end:], relative=True)
        if main is None:
            return None
        words, v_start, v_end = words[:-1], v_end + main[0], v_end + main[1]
    verb_text = plain[v_start:v_end]
    if words and (words[-1] in ADVERBS or words[-1].endswith("ly")):
        moved: list[str] = []
        while words and (words[-1] in ADVERBS or words[-1].endswith("ly")):
            moved.insert(0, words.pop())
        verb_text = " ".join(w for w in [*moved, verb_text] if w != "also")
    elif verb_text == "also":
        verb_text = ""
    subject = resolve_subject(
        ctx,
        index,
        without_appositives(main_subject(" ".join(words)), ctx.domain)
        if antecedent is None
        else antecedent,
        previous_subject,
    )
    if not subject:
        return None
    rest = _closed_quote(plain[v_end : rest_end(mask, v_end)].strip(" .,;:"))
    if ", " in rest:  # "met Mr. Petrov, Minister of Foreign Affairs of Brena, for an hour"
        rest = without_appositives(rest, ctx.domain)
    rest = ctx.resolve_names(rest)
    rest = possessive_country(ctx, subject, rest)
    rest = them_islands(ctx, text[:start], rest)
    return _event(ctx, subject, verb_text.strip(), rest, masked[start:end], False)


BACK_BEFORE = re.compile(r"\b(?:way\s+)?back\s+\Z")
# the comma that closes a date set between a verb and what it says ("ruled on May 23, 2008,
# that Lena belongs to Calder")
_COMMA_THAT = re.compile(r",\s+that\b")
RELATIVE_PRONOUNS = frozenset(("that", "which", "who"))


# a date joined to another: "imposed sanctions in 2016 and 2017", "in May or June 2019"
_PAIRED_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|or|as well as)\s+(?:in\s+)?\d{4}\b")
_PAIRED_BEFORE = re.compile(r"\b\d{4}\s*(?:,\s*)?(?:and|or|as well as)\s+(?:in\s+)?\Z")


def _paired_date(text: str, mention: Mention) -> bool:
    """Is the date one of two that date the clause together ("in 2016 and 2017")? Asked
    alone, either would be half the answer."""
    return bool(
        _PAIRED_AFTER.match(text, mention.end)
        or _PAIRED_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    )


def _closed_quote(rest: str) -> str:
    """'condemned it as an "illegal act' (the clause ended at the full stop inside the
    quotation): the quotation closed again; 'as an "illegal act."' without its full stop."""
    if rest.endswith(('."', ".”")):
        rest = rest[:-2] + rest[-1]
    if rest.count('"') % 2:
        return rest + '"'
    return rest + "”" if rest.count("“") > rest.count("”") else rest


def _cut(reading: Reading, spans: list[tuple[int, int]]) -> Reading:
    """Remove ``spans`` from the sentence and shift the date mentions after them."""
    text, masked, mentions, mention = (
        reading.text,
        reading.masked,
        reading.mentions,
        reading.mention,
    )

    def shift(at: int) -> int:
        return at - sum(e - s for s, e in spans if e <= at)

    kept = [m for m in mentions if not any(s <= m.start < e for s, e in spans)]
    moved = {id(m): m._replace(start=shift(m.start), end=shift(m.end)) for m in kept}
    for s, e in reversed(spans):
        text, masked = text[:s] + text[e:], masked[:s] + masked[e:]
    return reading._replace(
        text=text, masked=masked, mentions=[moved[id(m)] for m in kept], mention=moved[id(mention)]
    )


def _dates_other_event(text: str, start: int, mention: Mention) -> bool:
    """True when the date sits inside a "for a meeting ..." phrase (it dates that meeting)."""
    if mention.kind == "weekday":
        return False
    window = text[max(start, mention.start - 80) : mention.start]
    found = FOR_EVENT.search(window) if "for" in window else None
    return found is not None and "," not in window[found.start() :]


def _ambiguous_weekday(clause: str, text: str, mention: Mention) -> bool:
    """ "X said it will do Y on Monday": the weekday may date the saying or the doing."""
    if mention.kind != "weekday" or not may_report(clause):
        return False  # REPORT_WORD needs one of the ``_may_report`` words
    report = REPORT_WORD.search(clause)
    if not report or not ("will" in clause or "would" in clause or "plan" in clause):
        return False  # FUTURE_WORD needs one of those
    future = FUTURE_WORD.search(clause)
    if not future or report.start() >= future.start():
        return False
    return not REPORT_END.search(text[: mention.start])


def _person_before(ctx: DocContext, index: int, at: int) -> str | None:
    """The person whose mention in sentence ``index`` ends at ``at``, or None."""
    return next((name for i, _s, end, name in ctx.mentions if i == index and end == at), None)


def _antecedent(ctx: DocContext, index: int, text: str, at: int) -> str | None:
    person = _person_before(ctx, index, at)
    if person is not None:
        return person
    trailing = TRAILING_NAME.search(text[:at])
    return trailing[1] if trailing else None


def _attribution(reading: Reading, tail: re.Match[str]) -> Event | None:
    """The event of a date in a report tail (", the ministry said on Monday."): the saying."""
    ctx, index, text, masked, mentions, _, previous_subject = reading
    subject = resolve_subject(
        ctx, index, text[tail.start("who") : tail.end("who")], previous_subject
    )
    if not subject:
        return None
    start = 0
    according = ACCORDING.match(masked)
    if according:
        start = according.end()
    front = FRONT.match(masked, start)
    if front and front.end() <= tail.start():
        start = front.end()
    if any(start <= m.start < tail.start() and m.kind in OWN_DATE for m in mentions):
        return None  # "X met Y on August 18, the service reported Monday": the meeting's date
    body = text[start : tail.start()]
    body_mask = masked[start : tail.start()]
    # the date is in the tail, after all of the body: a run-on aside ends it (as in ``_asides``)
    for s, e in reversed(_asides(body_mask, 0, len(body_mask), 0)):
        body, body_mask = body[:s] + body[e:], body_mask[:s] + body_mask[e:]
    cut = body_mask.find(",")
    if cut >= 0:
        body = body[:cut]
    rest = ctx.resolve_names(body.strip(" ,"))
    if rest and rest.split()[0] not in ctx.people and not rest[:2].isupper():
        first = rest.split()[0]
        if first in ("The", "A", "An") or first.lower() in ("a", "an", "the"):
            rest = rest[0].lower() + rest[1:]
    verb = tail["verb"]
    return _event(ctx, subject, verb, rest, masked, True)


def _scheduled(reading: Reading, start: int) -> Event | None:
    """The event of "scheduled for <date>": the visit or the meeting that is scheduled."""
    ctx, text, mention = reading.ctx, reading.text, reading.mention
    assert mention is not None
    found = SCHEDULED.search(text, start, mention.start)
    if not found:
        return None
    visit = VISIT.match(found["tail"]) if found["noun"] in ("visit", "trip") else None
    if visit:
        subject = ctx.resolve_names(visit["who"])
        return _event(ctx, subject, "was scheduled to visit", visit["to"], text, False)
    subject = ctx.resolve_names(f"the {found['noun']} {found['tail']}".strip())
    return _event(ctx, subject, "was scheduled", "", text, False)


def _event(
    ctx: DocContext, subject: str, verb: str, rest: str, clause: str, report: bool
) -> Event | None:
    if _negated(subject, verb):
        return None  # "did not attend", "never ratified": nothing happened to date
    if SUBORDINATOR_SUBJECT.match(subject):
        return None
    if may_hold_relative_words(rest):
        rest = RELATIVE_WORDS.sub("", rest)
    rest = TRAILING_ADVERB.sub("", TRAILING_COORDINATOR.sub("", rest))
    if "(" in subject or "(" in rest:  # "tomorrow (Thursday 14 May)": the date was cut out
        subject, rest = EMPTY_BRACKETS.sub("", subject), EMPTY_BRACKETS.sub("", rest)
    rest = rest.strip(" ,")
    subject, verb, rest = active_voice(ctx, subject, verb, rest)  # "... was signed by X"
    what = " ".join(f"{subject} {verb} {rest}".split()).strip(" .,")
    if what.count(" ") < 2:  # fewer than three words: single spaces, none at the ends
        return None
    what = what[0].upper() + what[1:]
    who = [name for name in ctx.people if name in what]
    who.sort(key=what.index)
    return Event(
        clause=clause,
        subject=subject,
        verb=verb,
        rest=rest,
        what=what,
        where=_where(ctx, what),
        who=who,
        attached_to_report=report,
        key=" ".join(WORD.findall(what.lower())[:12]),
    )


EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
# a clause that says something did not happen: "X did not attend", "Y never ratified", "No
# agreement was reached" (English grammar words)
NOT_IN_VERB = re.compile(r"\b(?:not|never)\b|n[’']t\b")
NO_SUBJECT = re.compile(r"\A(?:[Nn]o|[Nn]either|[Nn]one|[Nn]obody|[Nn]othing)\b|\bnever\Z")
# a subject that opens with a subordinator is a clause cut wrong ("Though Wren is bare, it")
SUBORDINATOR_SUBJECT = re.compile(
    r"\A(?:Though|Although|While|If|Because|Unless|Whether|Where|When)\b", re.I
)


def _negated(subject: str, verb: str) -> bool:
    return bool(NOT_IN_VERB.search(verb) or NO_SUBJECT.search(subject))


def _goes_to(before: str) -> bool:
    """Does ``before`` end with a going ("flew", "a trip", "sent troops") that "to" follows?"""
    return MOTION_BEFORE_TO.search(before[-60:]) is not None


def _where(ctx: DocContext, what: str) -> str | None:
    # ``what`` has single spaces (joined from ``split()``), so a WHERE_LEAD match ending at
    # a place is at most 12 characters long: "visited the "
    for match in word_matches(ctx.lex.place_body, what):
        lead = WHERE_LEAD.search(what, max(0, match.start() - 20), match.start())
        if lead and (lead[0].split()[0] != "to" or _goes_to(what[: lead.start()])):
            place = ctx.domain.place_for(match[0])
            return place.name if place else match[0]
    # every venue holds "in" (or another locative word), whitespace and a capital
    # (``IN_ANY_CAPITAL``): most texts hold none
    venues = (
        [*unknown_venues(ctx, what), *names_after_in(ctx, what)]
        if IN_ANY_CAPITAL.search(what)
        else None
    )
    if venues:
        return venues[0]
    if not ctx.lex.country_body.search(what):
        return None  # the pattern below needs a country word (its group is that pattern)
    in_country = ctx.lex.pattern(  # without a leading \b: see ``word_matches``
        "in-country-body", lambda: rf"(?:in|at)\s+(?P<c>{ctx.lex.country_trie})\b"
    )
    found = next(word_matches(in_country, what), None)
    if found:
        country = ctx.domain.country_for(found["c"])
        return country.name if country else None
    return None
