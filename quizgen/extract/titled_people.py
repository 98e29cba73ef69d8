"""People under posts the domain does not list, read by the post's English form.

"Presidential Aide Sergei Prikhodko", "Director of the Federal Tourism Agency Vladimir
Strzhalkovsky", "Mr. Hajime Hayashi, Director-General of the European Affairs Bureau,": a post
is capitalised words ending in a head noun (``POST_HEADS``), then an optional complement ("of
the Federal Tourism Agency", "for Foreign Affairs", "to the Prime Minister"). Names may stand
after the post, before it as an aside, surname first ("Mr. Petrov, Yuri Viktorovich, ...",
"SATO Ichiro, ..."), or as a surname alone ("State Minister Brek", "Mr. Brek, ..."). The
matches carry the groups of ``Lexicon.person`` (owner, ``mod``, ``role``, ``of_country``,
``name``), so the people rule reads them as its own. A domain post wins where both read one,
unless this one says more: "Special Aide to the Prime Minister Koro Besse" is not the Prime
Minister.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from lemminflect import getAllLemmas

from quizgen.extract.base import HONORIFIC, NAME_WORD, NOT_NAMES, unbracketed
from quizgen.extract.person_scan import Matches
from quizgen.names import NAME_PARTICLES
from quizgen.patterns import alternation

if TYPE_CHECKING:
    from quizgen.extract.base import DocContext
    from quizgen.extract.lexicon import Lexicon

# The nouns a post ends in: English, not topic vocabulary.
POST_HEADS = (
    "Minister Secretary Secretary-General Director Director-General Governor Governor-General "
    "Mayor Aide Adviser Advisor Ambassador Chairman Chairwoman Chairperson Chair President "
    "Vice-President Spokesman Spokeswoman Spokesperson Envoy Representative Commissioner Speaker "
    "Chancellor Senator Consul Consul-General Chief Head Commander Premier Prefect Counsellor "
    "Counselor Councillor Councilor Undersecretary Under-Secretary Ombudsman Judge General Admiral "
    "Marshal"
).split()  # not royal titles: "Prince Andrew" is a name, not a post and a surname
# Words that may follow the head inside the post: "Secretary General", "Ambassador
# Extraordinary and Plenipotentiary", "Commander-in-Chief"
HEAD_TAILS = (" General", " Extraordinary and Plenipotentiary", "-in-Chief")
# Nouns that end the name of an institution or a region, never a person's name: "Director of
# the Federal Tourism Agency Ola Finn" ends the post at "Agency"
INSTITUTION_NOUNS = (
    "Affairs Agency Bureau Office Ministry Department Region Prefecture Province Oblast District "
    "Okrug Territory Territories Forces Force Army Navy Staff Council Committee Commission "
    "Assembly Parliament Duma Diet Senate Congress Court Government Cabinet Administration "
    "Federation Republic Kingdom Union Nations States Bank Fund Organization Organisation Party "
    "Service Services Company Corporation Institute University Centre Center League Association "
    "Society Secretariat Mission Embassy Consulate Delegation Authority Board Group Division "
    "Section Command Islands Island City County"
).split()
# Words that end an appositive post: "X, Director of Y, said", "... of Y and Z"
AFTER_APPOSITIVE = r"(?=[,.;:)]|\s+(?:and|who|said|says|was|is|has|had|told|stated)\b|\s*\Z)"
TAILS = alternation(HEAD_TAILS)
HONORIFICS = rf"(?:{HONORIFIC}\s+)?"
HEAD = re.compile(rf"\b(?:{alternation(POST_HEADS)})\b")
# a head with its complement after it ("Governor of ..."): the post may go on past a domain's
GOES_ON = re.compile(rf"(?:{TAILS})? (?:of|for|to|on) ")
# how far before its head noun a match may start: owner, words of the post, a name and ", "
REACH = 120
APPOSITIVES = 2  # the patterns from this index on read an appositive post (``build_patterns``)

_CAPITALISED = r"[A-Z][\w’'-]*"
_CAPITAL = re.compile(r"\b[A-Z]")


def post_pattern(lex: Lexicon) -> str:
    """A post: the owner, capitalised words, a head noun, its tail and its complement."""
    # a head may be the last part of a hyphenated title: "Attorney-General", "Vice-Minister"
    heads = rf"(?:[A-Z][a-z]+-)?(?:{alternation(POST_HEADS)})"
    not_pre = alternation([*POST_HEADS, *NOT_NAMES])
    # a word before the head: not a head, a function word or a country ("Economy, Trade and
    # Industry", not "India and" in "... of India and Prime Minister Ola Finn")
    word = rf"(?!(?:{not_pre}|{lex.country_trie})\b){_CAPITALISED}"
    pre = rf"(?:(?:{word}, )+{word} and |{word} and )?(?:{word} )*"
    # "of <country>" is the owner (``of_country``), not a complement: "to Calder" is one
    complement = (
        rf"(?: of (?:the )?(?!(?:{lex.country_trie})\b)| (?:for|to|on) (?:the )?){_CAPITALISED}"
        rf"(?:(?:,? and (?:the )?| of (?:the )?| for (?:the )?| on | ){_CAPITALISED})*?"
    )
    return (
        rf"(?:{lex.owner}\s+)?(?P<mod>)(?P<role>{pre}(?P<head>{heads})(?:{TAILS})?"
        rf"(?:{complement})?)"
    )


def build_patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """The patterns for ``lex``: two with the post before the name (a full name, a surname
    alone), then four with the name before an appositive post (given names first, surname
    first, in capitals first, a surname alone)."""
    post = post_pattern(lex)
    particle = rf"(?:(?:{alternation(NAME_PARTICLES)}) )"
    # a name's words: never a post's head or an institution's noun ("Director of the Tourism
    # Agency Ola Finn", "Adviser to the Prime Minister Ola Finn")
    part = rf"(?!(?:{alternation([*POST_HEADS, *INSTITUTION_NOUNS])})\b){NAME_WORD}"
    name = rf"{part} {particle}{{0,2}}{part}(?: {part})?"
    end = rf"(?![\w’'-]|\s+{particle}{{0,2}}[A-Z])"
    of_country = rf"(?: of (?:the )?(?P<of_country>{lex.country_trie}))?"
    # "Minister of Foreign Affairs Senator Ola Finn": the courtesy title is neither's
    # never from inside a hyphenated word: "Attorney-General" holds no post "General"
    start = r"(?<![\w’'-])"
    before = re.compile(rf"{start}{post}{of_country} {HONORIFICS}(?P<name>{name}){end}")
    # a surname alone after the post ("State Minister Brek"), a pattern of its own: in one
    # with both, the shortest complement would win ("Director of the Natural" + "Resources")
    before_surname = re.compile(rf"{start}{post}{of_country} (?P<name>{part}){end}")
    appositive = rf", (?:the )?{post}{of_country}{AFTER_APPOSITIVE}"
    after = re.compile(rf"\b{HONORIFICS}(?P<name>{name}){appositive}")
    # the surname first: "H.E. Mr. Lavrov, Sergey Viktorovich, Minister ...", "KISHIDA Fumio,
    # Prime Minister of Calder" (see ``person_name``)
    inverted = re.compile(
        rf"\b(?:H\.E\. )?(?:Mr|Ms|Mrs|Dr)\.? (?P<name>(?P<surname>{NAME_WORD}), "
        rf"(?P<given>{NAME_WORD}(?: {NAME_WORD})?)){appositive}"
    )
    capitals = re.compile(
        rf"\b{HONORIFICS}(?P<name>(?P<surname>[A-Z]{{2,}}(?:-[A-Z]{{2,}})?) "
        rf"(?P<given>{NAME_WORD})){appositive}"
    )
    # a surname alone after an honorific: "Mr. Brek, Senior Deputy Minister, and ..."
    surname = re.compile(rf"\b(?:Mr|Ms|Mrs|Dr)\.? (?P<name>{part}){appositive}")
    return before, before_surname, after, inverted, capitals, surname


def person_name(match: re.Match[str]) -> str:
    """The name a person match reads, given names first: "Sergey Viktorovich Lavrov" for
    "Lavrov, Sergey Viktorovich", "Fumio Kishida" for "KISHIDA Fumio", "Shinzo Abe" for
    "[Shinzo] Abe"."""
    found = match.groupdict()
    if found.get("given"):
        return f"{found['given']} {found['surname'].title()}"
    return unbracketed(match["name"])


def with_titled(ctx: DocContext, matches: Matches) -> Matches:
    """``matches`` with the titled matches added, in order, and the domain matches whose post
    a longer titled one holds left out."""
    domain = [*matches.person, *matches.after]
    before, after = titled_matches(ctx, {m.end("role") for m in domain})
    if not before and not after:
        return matches
    kept, titled = merge(domain, before + after, lambda m: is_name(ctx, m["name"]))
    keep = {id(m) for m in kept}
    added = {id(m) for m in before}
    person = [m for m in matches.person if id(m) in keep] + [m for m in titled if id(m) in added]
    appositive = [m for m in matches.after if id(m) in keep]
    appositive += [m for m in titled if id(m) not in added]
    return Matches(
        sorted(person, key=lambda m: m.start()),
        sorted(appositive, key=lambda m: m.start()),
        matches.counterparts,
        matches.role_only,
    )


def titled_matches(
    ctx: DocContext, domain_posts: set[int]
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Matches of the patterns in the joined text: (post before the name, name before an
    appositive post). Each is tried only from the capitalised words shortly before a head
    noun, the leftmost first, as ``finditer`` over the sentence would find it. A head that
    ends a domain post (an end in ``domain_posts``) with no complement after it is skipped:
    no titled match there could say more than the domain's."""
    lex, (text, starts) = ctx.lex, ctx.joined
    patterns = lex.cached("titled_people", lambda: build_patterns(lex))
    found: list[list[re.Match[str]]] = [[] for _ in patterns]
    ends = [0 for _ in patterns]  # where the last match of each pattern ended
    for head in HEAD.finditer(text):
        if head.end() in domain_posts and not GOES_ON.match(text, head.end()):
            continue
        index = ctx.joined.sentence_at(head.start())
        begin, end = starts[index], starts[index] + len(ctx.doc.sentences[index].text)
        # a post's complement and a name end well within REACH after the head: a window
        # keeps a sentence of endless capitalised words from costing its length per head
        stop = min(end, head.end() + REACH)
        for k, pattern in enumerate(patterns):
            if head.start() < ends[k]:
                continue
            low = max(begin, ends[k], head.start() - REACH)
            if k >= APPOSITIVES and ", " not in text[low : head.start()]:
                continue  # an appositive post follows ", " after its name
            for word in _CAPITAL.finditer(text, low, head.start() + 1):
                if word.start() < ends[k]:
                    continue
                match = pattern.match(text, word.start(), stop)
                if match and match.end() == stop < end:
                    match = None  # cut by the window: it might have gone on
                if match:
                    ends[k] = match.end()
                    found[k].append(match)
                    if match.end() > head.start():
                        break  # this head's match (else an earlier one's: go on)
    before = [m for matches in found[:APPOSITIVES] for m in matches]
    return before, [m for matches in found[APPOSITIVES:] for m in matches]


def is_name(ctx: DocContext, name: str) -> bool:
    """Whether ``name`` is a person's: no function word, country or known place, and not
    English words only ("Lodges Representations", "Order No", "Extraordinary") or after it."""
    words = name.split()
    if words[0] in NOT_NAMES:
        return False
    if all(getAllLemmas(w.lower()) for w in words):
        return False
    if len(words) == 3 and getAllLemmas(words[-1].lower()):
        return False  # a headline's word after the name: "Seiji Maehara Lodges Protest"
    domain = ctx.domain
    return not any(domain.country_for(w) or domain.place_for(w) for w in words)


def post_span(match: re.Match[str]) -> tuple[int, int]:
    """Where a person match's post is written, modifiers and "of <country>" included."""
    start = match.start("mod") if match["mod"] else match.start("role")
    end = match.end("of_country") if match.groupdict().get("of_country") else match.end("role")
    return start, end


def merge(
    domain: list[re.Match[str]],
    titled: list[re.Match[str]],
    named: Callable[[re.Match[str]], bool],
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """(domain matches kept, titled matches kept): a titled match that ``named`` accepts is
    kept where it overlaps no domain match, or where its post holds a shorter domain post
    ("Special Aide to the Prime Minister"), which it replaces; of titled matches that
    overlap, the first."""
    dropped: set[int] = set()
    kept: list[re.Match[str]] = []
    for match in sorted(titled, key=lambda m: (m.start(), -m.end())):
        if kept and match.start() < kept[-1].end():
            continue  # "Region Ivan Malakhov, Mayor ..." inside "Governor of ... Malakhov"
        overlapping = [
            k for k, d in enumerate(domain) if d.start() < match.end() and match.start() < d.end()
        ]
        if all(_supersedes(match, domain[k]) for k in overlapping) and named(match):
            dropped.update(overlapping)
            kept.append(match)
    return [d for k, d in enumerate(domain) if k not in dropped], kept


def _supersedes(match: re.Match[str], domain: re.Match[str]) -> bool:
    """Whether the titled match reads better than the domain match it overlaps: a longer
    post, or the whole name where the domain match took given names for one ("Mr. Lavrov,
    Sergey Viktorovich, Minister ..."); never a surname alone ("Minister for Foreign Affairs
    Ola" + "Finn")."""
    if match.groupdict().get("given") and domain.start() >= match.start("name"):
        return True
    if " " not in match["name"]:
        return False  # a surname alone: its post may have taken the given names
    return _longer(match, post_span(domain))


def _longer(match: re.Match[str], post: tuple[int, int]) -> bool:
    """Whether the titled match's post holds a domain post and says more than it: goes on
    after it ("Governor of Wren Region") or holds it in its complement after "the" ("Adviser to
    the Prime Minister"). Words before it alone ("Argentine Foreign Minister") leave the
    domain post."""
    start, end = post_span(match)
    if not (start <= post[0] and post[1] <= end):
        return False
    if post[1] < end:
        return True
    # "Aide to the Prime Minister Ola Finn", but not "the Secretary to Foreign Secretary Finn"
    # (a message to a person: their post has no article)
    between = match.string[match.end("head") : post[0]]
    return post[0] >= match.end("head") and between.endswith(" the ")
