"""The checks on a person's questions: a plain name, a post that says whom it serves and
has one holder, one post per person, and a date the cited sentence gives the post; and on an
event's question: no one named by a post alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.extract.base import COURTESY_TITLES, TITLES_OF_HONOUR
from quizgen.extract.subject_names import AND_POST, OF_STATE
from quizgen.extract.titled_people import POST_HEADS
from quizgen.facts import Fact, Source
from quizgen.questions.context import Corpus
from quizgen.questions.distractors import rank_band
from quizgen.questions.language import is_headline
from quizgen.questions.records import Question

_HEADS = "|".join(POST_HEADS)
# "..., President X of South Africa, and Chairperson of the Union": a second post after the
# name (the subject rule's pieces); "President and Union Chairperson X": one before it
_SECOND_POST_AFTER = re.compile(rf"(?:{OF_STATE})?,{AND_POST}")
_TWO_POSTS_BEFORE = re.compile(rf"\b(?:{_HEADS})\s+and\s+(?:[A-Z][\w’'-]*\s+)*?(?:{_HEADS})\s+\Z")


# "then US president Ola Finn", "former Foreign Minister Ola Finn", "ex-premier Ola Finn",
# "the previous Calderan president Ola Finn": the post was held before the article's day
_THEN_BEFORE = re.compile(
    r"\b(?:then|former|ex|the late|previous|erstwhile|one-time|onetime)[- ]"
    r"(?:[\w.’'-]+[ -]){0,4}\Z",
    re.I,
)


def _held_then(quote: str, name: str) -> bool:
    """Does ``quote`` give ``name`` a post they held before the article's day?"""
    return any(
        _THEN_BEFORE.search(quote, max(0, at.start() - 50), at.start())
        for at in re.finditer(re.escape(name), quote)
    )


def _second_post(quote: str, name: str, surnames: set[str]) -> bool:
    """Does ``quote`` give the person named ``name`` two posts joined by "and" (not the post
    of the next person named: ", and President of Brena Ilan Brek")?"""
    at = quote.find(name)
    if at < 0:
        return False
    after = _SECOND_POST_AFTER.match(quote, at + len(name))
    if after:
        clause = re.split(r"[,;.(]", quote[after.end() :], maxsplit=1)[0]
        return not set(re.findall(r"[\w’'-]+", clause)) & surnames
    return bool(_TWO_POSTS_BEFORE.search(quote[:at]))


def named_person(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """A person is named plainly, with a post that says whom it serves."""
    for fact in facts:
        if fact.kind != "person":
            continue
        name = fact.get("name") or ""
        if not corpus.plausible_name(name):
            return f"{name!r} does not look like a person's name"
        if not fact.get("country") and not (q.type == "role" and _named_in_prose(fact)):
            return f"{name!r} has no country: the post is ambiguous"
        if "country-disputed" in fact.flags:
            return f"the articles give {name} another country than the topic's file does"
        if any(_held_then(s.quote, name) for s in fact.sources):
            return f"the source gives {name} a post held then, not on the article's day"
        surnames = corpus.surnames() if q.type == "role" else set()
        if q.type == "role" and any(_second_post(s.quote, name, surnames) for s in fact.sources):
            return f"the source gives {name} a second post: 'What office?' has two answers"
        role = (fact.get("role") or "").lower()
        if _SERVES_A_PERSON.search(fact.get("role") or ""):
            return f"the post {fact.get('role')!r} is an aide's, in one person's office"
        if _OF_AN_OCCASION.search(role):
            return f"the post {fact.get('role')!r} does not say which occasion it chairs"
        if role.split()[:1] in (["outgoing"], ["incoming"]):
            return f"the post {fact.get('role')!r} is changing hands: who holds it is unsure"
        relational = any(re.search(rf"\b{p}\b", role) for p in corpus.language.relational_posts)
        complete = " to " in role or " of " in role
        if relational and not complete:
            return f"the post {fact.get('role')!r} needs to say whom it serves"
        shared = any(re.search(rf"\b{p}\b", role) for p in corpus.language.shared_posts)
        if shared and " to " not in role and " for " not in role:
            return f"many hold the post {fact.get('role')!r} at once: it needs its 'for' or 'to'"
        if relational and "country-inferred" in fact.flags:
            return f"the post {fact.get('role')!r} says whom it serves: the country is a guess"
        # "Governor of Wren Region" has one holder; a deputy or an envoy must say whom too
        band = rank_band(role)
        single = complete if band == "other" and not relational else relational and complete
        # "What office did X hold?" has one answer however many deputies of a head of
        # government hold it ("Deputy Prime Minister"); "Who was ...?" has several. A
        # minister's deputy ("Vice Foreign Minister") is a career diplomat's rank: trivia
        # (of a government: "First Vice-President of the Wren Commission" is one of a body's
        # many deputies)
        head_deputy = band == "deputy" and _HEAD_POST.search(role) and " of " not in role
        named = q.type == "role" and head_deputy
        # a head of government's deputy with a portfolio has it alone ("Deputy Prime Minister
        # for Reintegration")
        portfolio = head_deputy and " for " in role
        if band not in ("head", "minister") and not single and not named and not portfolio:
            return f"several people hold a post such as {fact.get('role')!r} at once"
        if all(is_headline(s.quote) for s in fact.sources):
            return "read from a headline, where a name can run into the next word"
        listed = min(_people_in_sentence(s, corpus) for s in fact.sources)
        if listed >= LONG_LIST and corpus.domain.role(fact.get("role")) is None:
            return f"a post the topic does not list, named only in a list of {listed} people"
        if any(flag.startswith("roles differ") for flag in fact.flags) and not _dated_by_post(
            fact, corpus
        ):
            return "the articles give this person different posts: which one when is unsure"
        if any(_inside_longer_title(fact, s.quote, corpus) for s in fact.sources):
            return f"the post {fact.get('role')!r} may be cut from a longer title"
        longer = _listed_longer_post(fact.get("role") or "", corpus)
        if longer:  # "Chancellor Ola Finn", where the topic lists "Chancellor of the Duchy"
            return f"the post {fact.get('role')!r} may be short for {longer!r}"
        if _YEAR_ONLY.search(q.prompt) and not _MONTH_YEAR.search(q.prompt):
            return "a post held 'in <year>' may have changed hands that year: two right answers"
        if _outside_the_topic(fact, corpus):
            return f"{name} is of a country the topic does not list: not its people"
    return ""


def _outside_the_topic(fact: Fact, corpus: Corpus) -> bool:
    """A person of a country only the built-in world list knows (not the domain file's), whom
    the file does not list either: "Argentina's President" in articles on Calder and Brena."""
    country = corpus.domain.country_for(fact.get("country") or "")
    if country is None or not country.world:
        return False
    listed = corpus.memo(
        ("listed-people", ""), lambda: frozenset(n for n, _ in corpus.domain.known_people)
    )
    return fact.get("name") not in listed


# "Director General of Prince Wren's Office", "Chief of the Foreign Minister's Staff"
_SERVES_A_PERSON = re.compile(r"\w['’]s (?:Office|Staff|Cabinet|Secretariat|Bureau)\b")
# a post of an occasion, not of a state: "Chairman of the talks", "President of the summit"
_OF_AN_OCCASION = re.compile(
    r"\bof the (?:talks|negotiations|conference|meeting|summit|session|forum|round)\b"
)
_HEAD_POST = re.compile(r"\b(?:prime minister|president|premier|chancellor)\b")


# a sentence naming this many people lists a delegation or guests: a member whose post the
# domain file does not list ("Director of the Tourism Agency") is minor for the topic
LONG_LIST = 4


def _people_in_sentence(source: Source, corpus: Corpus) -> int:
    """How many people the facts name in the sentence ``source`` quotes."""
    counts = corpus.memo(("people-per-sentence", ""), lambda: _count_people(corpus))
    return counts.get((source.doc, source.start), 0)


def _count_people(corpus: Corpus) -> dict[tuple[str, int], int]:
    counts: dict[tuple[str, int], int] = {}
    for person in corpus.people:
        for where in {(s.doc, s.start) for s in person.sources}:
            counts[where] = counts.get(where, 0) + 1
    return counts


def _named_in_prose(fact: Fact) -> bool:
    """The full name stands in a sentence that is not a headline, where it cannot run into
    the next capitalised word ("Foreign Minister Seiji Maehara Lodges a Protest")."""
    name = fact.get("name") or ""
    return any(name in s.quote and not is_headline(s.quote) for s in fact.sources)


def _dated_by_post(fact: Fact, corpus: Corpus) -> bool:
    """Whether the source a question on ``fact`` is dated by states the fact's post and the
    person's surname: then another article's other post for them does not blur the date."""
    found = corpus.anchor_source(fact.sources)
    if found is None:
        return False
    quote = found[0].quote.casefold()
    role = (fact.get("role_as_written") or fact.get("role") or "").casefold()
    surname = (fact.get("name") or "").split()[-1:] or [""]
    return bool(role) and role in quote and surname[0].casefold() in quote


_YEAR_ONLY = re.compile(r"\bin \d{4}\b")
_MONTH_YEAR = re.compile(r"\b[A-Z][a-z]+ \d{4}\b")


_TITLE_GLUE = frozenset({"deputy", "vice", "special", "senior", "acting", "assistant"})


def _listed_longer_post(role: str, corpus: Corpus) -> str:
    """A post the domain file lists that starts with ``role``, a post it does not list
    ("Chancellor" and "Chancellor of the Duchy of Lancaster"), or ""."""
    if not role or corpus.domain.role(role) is not None:
        return ""
    prefix = f"{role.casefold()} "
    return next((r.post for r in corpus.domain.roles if r.post.casefold().startswith(prefix)), "")


def _inside_longer_title(fact: Fact, quote: str, corpus: Corpus) -> bool:
    """ "Special Aide to the Prime Minister Koro Besse": the post is not "Prime Minister"."""
    written = fact.get("role_as_written") or fact.get("role") or ""
    name = fact.get("name") or ""
    at = quote.find(f"{written} {name}")
    if at <= 0:
        return False
    before = quote[:at].split()
    previous = before[-1] if before else ""
    if not previous or previous.endswith((",", ";", ":")):
        return False
    bare = previous.strip('“"(').removesuffix("'s").removesuffix("’s")
    if bare.rstrip(".") in _STYLES:
        return False  # "HE President Ola Finn", "Dr President ...": a style, no title
    if bare.lower() in _TITLE_GLUE:
        return True
    if bare == "the" and len(before) > 1 and before[-2].lower() in ("to", "of", "for"):
        return True
    return bare[:1].isupper() and bare not in corpus.name_blockers() and len(before) > 1


# How one addresses a holder: "HE" / "H.E." (His Excellency), "Mr", "Sheikh"
_STYLES = frozenset(("HE", "H.E", "His", "Her", "Excellency", *COURTESY_TITLES, *TITLES_OF_HONOUR))


# Titles of the royal: not posts (``POST_HEADS``), yet "the king" names no one either
ROYAL_TITLES = "king queen prince princess emperor empress monarch sultan emir".split()


def names_its_people(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """An event's question names the people it speaks of: "... welcomed the king and queen"
    (which king?) does not; "the President of Brena", "King Ilan" do."""
    if not any(f.kind == "event" for f in facts):
        return ""
    found = corpus.memo(("post-alone", ""), lambda: _post_alone(corpus))
    match = found.search(q.prompt)
    return f"'{match[0]}' names a post but not who held it" if match else ""


def _post_alone(corpus: Corpus) -> re.Pattern[str]:
    """ "the <post>" with no name or "of <Country>" after it."""
    # a post with its complement ("President of Calder") names whose post it is
    posts = {
        p.lower()
        for r in corpus.domain.roles
        for p in (r.post, *r.variants)
        if not re.search(r" (?:of|to|for|on) ", p)
    }
    posts |= {h.lower() for h in POST_HEADS} | set(ROYAL_TITLES)
    alternation = "|".join(sorted(map(re.escape, posts), key=len, reverse=True))
    return re.compile(rf"\b[Tt]he (?i:{alternation})s?\b(?!,? [A-Z]| of (?:the )?[A-Z]|-)")
