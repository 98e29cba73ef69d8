"""Lists: enumerations with their members ("five areas — aquaculture, tourism, ...").

Triggers: a counted noun, perhaps with a "for"/"of" phrase, followed by a dash or colon ("in
five areas — A, B and C", "five areas for joint projects: A, B and C"), and
"such as" / "including" / "includes" after a noun phrase. Members are split at commas and
the final "and"/"as well as"; an "including ..." part stays with the member before it.
"The plan includes ..." names its plan from an earlier sentence ("an eight-point cooperation
plan"). Only lists of three or more short members are kept.
"""

from __future__ import annotations

import re

from quizgen.extract.base import DocContext, Draft
from quizgen.extract.clauses import TAIL
from quizgen.extract.joined import sentences_holding
from quizgen.extract.verbs import AUX, CATENATIVE, IRREGULAR

DETERMINERS = re.compile(
    r"\A(?:(?:a number of|a series of|the|a|an|other|such|those|these|its|their)\s+)+", re.I
)
LEAD_IN = re.compile(r"\A(?:in the (?:field|area|sphere|sectors?)s? of|in|those in|on)\s+", re.I)
MAX_WORDS = 12
HOST_STOP = frozenset("in on at of for with to from by and or the a an".split())
GENERIC = frozenset("areas fields sectors things issues countries others items ways".split())


def find_lists(ctx: DocContext) -> list[Draft]:
    """List drafts for each enumeration with three or more members."""
    words = ctx.lex.number_words
    counted = ctx.lex.pattern(
        "list-counted",
        lambda: (
            rf"(?:(?P<host>[a-z][\w-]*(?: [a-z][\w-]*)?)\s+in\s+)?\b(?P<n>(?i:{words})|\d+)\s+"
            rf"(?P<noun>[a-z][\w-]*(?P<of>\s+(?:for|of)(?:\s+[a-z][\w-]*){{1,3}})?)\s*\Z"
        ),
    )
    drafts = []
    sentences = ctx.doc.sentences
    dashed = set(sentences_holding(ctx.joined, DASHES))
    triggered = set(sentences_holding(ctx.joined, TRIGGERS))
    for index in sorted(dashed | triggered):
        sentence = sentences[index]
        text = _without_tail(sentence.text)
        dash = _dash(text) if index in dashed else None
        found = counted.search(text, max(0, dash.start() - 90), dash.start()) if dash else None
        if dash and found:
            groups = {**found.groupdict(), "items": text[dash.end() :]}
            noun = " ".join(groups["noun"].split())  # "areas for joint projects" names itself
            host = [w for w in (groups["host"] or "").split() if w not in HOST_STOP]
            what = f"{noun} of {' '.join(host)}" if host and not groups["of"] else noun
            stated = _number(ctx, groups["n"])
            items = _split(groups["items"])
        else:
            trigger = _trigger(text) if index in triggered else None
            head = _head_before(text, trigger.start()) if trigger else None
            if not trigger or not head:
                continue
            items = _split(LEAD_IN.sub("", text[trigger.end() :].lstrip()))
            if len(items) < 3 or any(len(i.split()) > MAX_WORDS for i in items):
                continue  # no list, whatever its head
            what, stated = _head(ctx, index, head["head"], trigger[0])
        if (
            len(items) < 3
            or any(len(i.split()) > MAX_WORDS for i in items)
            or what in GENERIC
            or not what
        ):
            continue
        fields = {"what": what, "members": items, "count": len(items), "stated_count": stated}
        drafts.append(Draft("list", (what.lower(), tuple(items)), fields, ctx.source(sentence)))
    return drafts


DASH = re.compile(r"\s*[—–:]\s*")
TRIGGER = re.compile(r"\b(?:such as|including|includes|include)\b")
DASHES = ("—", "–", ":")  # a sentence without any has no DASH match
TRIGGERS = ("such as", "includ")  # a sentence without either has no TRIGGER match
HEAD = re.compile(r"(?P<head>[\w’'-]+(?: [\w’'-]+){0,7}?),?\s+\Z")
NOT_IN_HEAD = re.compile(r"[^\w’' -]")  # what a head cannot hold


def _head_before(text: str, end: int) -> re.Match[str] | None:
    """``HEAD.search(text, end - 90, end)``, started where a head can begin: it holds at most
    seven spaces and nothing but words, so the window before the eighth space from its end
    (or before any other character) is skipped instead of failing position by position."""
    low = max(0, end - 90)
    zone = text[low:end].rstrip()
    zone = zone[:-1] if zone.endswith(",") else zone
    cut = zone.rsplit(" ", 8)
    start = len(cut[0]) + 1 if len(cut) == 9 else 0
    other = NOT_IN_HEAD.search(zone[: start - 1 : -1] if start else zone[::-1])
    if other:  # the last character of the zone a head cannot hold
        start = len(zone) - other.start()
    return HEAD.search(text, low + start, end)


def _without_tail(text: str) -> str:
    # a TAIL match ends with a report verb or a weekday, then perhaps "." or "!", and holds
    # no comma after its first character: it starts at the last comma
    end = text.rstrip()
    end = end[:-1].rstrip() if end.endswith((".", "!")) else end
    comma = text.rfind(",") if end.endswith(TAIL_ENDS) else -1
    tail = TAIL.match(text, comma) if comma >= 0 else None
    return (text[: tail.start()] if tail else text).rstrip(" .")


TAIL_ENDS = (
    *"said says reported reports stressed added announced reporters noted".split(),
    *"Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
)


def _dash(text: str) -> re.Match[str] | None:
    """``DASH.search(text)``: the match starts at the whitespace before the first dash."""
    first = min((i for i in (text.find("—"), text.find("–"), text.find(":")) if i >= 0), default=-1)
    return DASH.match(text, len(text[:first].rstrip())) if first >= 0 else None


def _trigger(text: str) -> re.Match[str] | None:
    """``TRIGGER.search(text)``: tried where its words start, leftmost first."""
    starts = []
    for word in TRIGGERS:
        at = text.find(word)
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + 1)
    for start in sorted(starts):
        found = TRIGGER.match(text, start)
        if found:
            return found
    return None


def _number(ctx: DocContext, word: str) -> int | None:
    return int(word) if word.isdigit() else ctx.domain.number_for(word)


def _head(ctx: DocContext, index: int, head: str, how: str) -> tuple[str, int | None]:
    """The noun phrase a list belongs to, and a count stated for it ("eight-point")."""
    if how.startswith("include"):
        noun = head.split()[-1]
        counted = None
        number_words = ctx.lex.number_words
        if head.lower().split()[0] in ("the", "this", "these") and len(head.split()) <= 3:
            # "an eight-point plan" ... "The plan includes"; "five pilot projects" ... "The
            # projects include": the nearest earlier sentence the pattern finds the noun in
            # (it holds the noun as it is: sentences without it are skipped at once)
            doc = ctx.joined
            at = doc.text.rfind(noun, 0, doc.starts[index])
            while at >= 0:
                earlier, _offset = doc.locate(at)
                found = re.search(
                    rf"\b(?:an?|the|(?P<n>(?i:{number_words})|\d+))\s+((?:[\w-]+\s+){{0,3}}"
                    rf"{re.escape(noun)})\b",
                    ctx.doc.sentences[earlier].text,
                )
                if found:
                    head, counted = found[2], _number(ctx, found["n"]) if found["n"] else None
                    break
                at = doc.text.rfind(noun, 0, doc.starts[earlier])
        point = ctx.lex.pattern("list-point", lambda: rf"((?i:{number_words}))-point\b").match(head)
        head = DETERMINERS.sub("", head)
        if noun.endswith("s") and not point:
            return head, counted  # "The projects include A, B, C": the projects themselves
        return f"items of the {head}", _number(ctx, point[1]) if point else counted
    words = head.split()
    for i in range(len(words) - 1, -1, -1):  # after the last verb
        w = words[i]
        if (
            (w.endswith("ed") and PAST.fullmatch(w))
            or w in AUX
            or w in IRREGULAR
            or w in CATENATIVE
        ):
            words = words[i + 1 :]
            break
    rest = " ".join(words)
    host = rest.endswith(HOST_ENDS) and HOST.search(rest)
    if host:
        return f"{host[2]} of {host[1]}", None
    # words joined by single spaces: a LAST_CONJUNCT match ends with one of these
    conjunct = "and " in rest or "or " in rest or "as " in rest
    phrase = LAST_CONJUNCT.split(rest)[-1] if conjunct else rest
    phrase = DETERMINERS.sub("", phrase).strip()
    phrase = OWNER.sub("", phrase)
    return phrase, None


PAST = re.compile(r"\w+ed")
HOST = re.compile(r"\b([a-z][\w-]*) in (areas|fields|sectors)\Z")
HOST_ENDS = (" in areas", " in fields", " in sectors")  # a HOST match ends with one
LAST_CONJUNCT = re.compile(r"\b(?:as well as|and|or)\s+")
OWNER = re.compile(r"\A(?:the |its |their )")


CLAUSE = re.compile(r",\s+(?:that|which|who|while|but|whereas)\b")
COMMA = re.compile(r",\s+")
FIRST_CONJUNCTION = re.compile(r"\A(?:and|as well as|or)\s+")
CONJUNCTION = re.compile(r"\s+(?:and|as well as|or)\s+")
AS_WELL_AS = re.compile(r"\s+as well as\s+")


def _split(items: str) -> list[str]:
    clause = CLAUSE.search(items)  # what comes before the first: CLAUSE.split(items)[0]
    items = items[: clause.start()] if clause else items
    parts = [p.strip() for p in COMMA.split(items.strip(" .")) if p.strip()]
    members: list[str] = []
    for part in parts:
        if part.startswith(("including ", "includes ")) and members:
            members[-1] = f"{members[-1]}, {part}"
            continue
        if part.startswith(("and", "as well as", "or")):  # what FIRST_CONJUNCTION starts with
            part = FIRST_CONJUNCTION.sub("", part)
        members.append(part)
    # a CONJUNCTION match holds "and", "or" or "as well as", and an AS_WELL_AS one the last
    if members and len(parts) == len(members):
        end = members[-1]
        if "and" in end or "or" in end or "as well as" in end:
            last = CONJUNCTION.split(end)
            if len(last) == 2 and all(len(p.split()) <= 4 for p in last):
                members[-1:] = last
    elif members and "as well as" in members[-1]:
        members[-1:] = AS_WELL_AS.split(members[-1])
    if members:
        members[0] = LEAD_IN.sub("", members[0])
    return members
