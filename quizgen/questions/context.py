"""Template variables for each fact: what a question template can say about it.

Variables by kind (all kinds also get ``quote``, ``anchor``, ``clean_sentence``):
  person       name, role, country, country_possessive, country_adjective, countrys_role
  event        statement, aside_comma, did_clause, did_clause_no_place, did_clause_no_partner,
               did_clause_no_object, act_object ("a pact" of "signed a pact"),
               partner, actor, did_what(_comma), date_answer, on_date ("on 6 May 2016"),
               date_text, date_hint, where, year
  number       value, value_text ("19,000"), as_written, what, blanked_sentence
  list         what, members, count_word, first_member, anchor_suffix
  declaration  year, content, content_clause, offered_count(_word), of_count(_word),
               offered_names, pledger, document, document_word, offered_by, offered_to
  place        venue, place_kind, blanked_sentence
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from quizgen.dates import MONTH_PATTERN, human, precision_of
from quizgen.domain import Domain, country_as_written
from quizgen.extract.base import POST_MODIFIERS, spaced_initials
from quizgen.extract.subject_names import HONORIFICS
from quizgen.extract.verbs import ADVERBS
from quizgen.facts import Fact, Source
from quizgen.names import NAME_PARTICLES
from quizgen.questions.language import Language, expand_surname, lower_first
from quizgen.questions.objects import act_object, verb_phrase
from quizgen.questions.rules import Rules

BLANK = "_____"
# First words of a subject written lower case even before a capitalised word: "the Soviets",
# "former Prime Minister Ola Finn", "two Vehicle Registration Offices"
_LOWERED_BEFORE_TITLES = frozenset(
    (
        *"the a an both some many several all".split(),
        *"two three four five six seven eight nine ten eleven twelve".split(),
        *POST_MODIFIERS.split(),
    )
)
MAX_SENTENCE_WORDS = 40  # longer sentences make poor cards and paper items
T = TypeVar("T")


@dataclass(frozen=True)
class Corpus:
    """What every template context may look up: documents, people, vocabulary."""

    documents: Mapping[str, Mapping[str, Any]]
    facts: Sequence[Fact]
    language: Language
    domain: Domain
    rules: Rules | None = None  # the [phrases] builders render their prompts from
    _memo: dict[tuple[str, str], object] = field(default_factory=dict, compare=False, repr=False)

    def memo(self, key: tuple[str, str], make: Callable[[], T]) -> T:
        """``make()`` once per key for this corpus (contexts and best sources are reused)."""
        if key not in self._memo:
            self._memo[key] = make()
        return cast(T, self._memo[key])  # each key is always made by the same ``make``

    def phrase(self, key: str, **values: Any) -> str:
        """A builder's prompt or explanation from the rules file's ``[phrases]``."""
        if self.rules is None:
            raise ValueError("this corpus has no rules to take phrases from")
        return self.rules.phrase(key, **values)

    def published(self, doc_id: str) -> tuple[str, str]:
        """The (ISO value, precision) a document was published at."""
        return self.memo(("published", doc_id), lambda: self._published(doc_id))

    def _published(self, doc_id: str) -> tuple[str, str]:
        published = self.documents.get(doc_id, {}).get("published") or ""
        if isinstance(published, Mapping):
            value = published.get("value", "")
            return value, published.get("precision") or precision_of(value)
        return published, precision_of(published)

    def article_years(self) -> dict[str, int]:
        """Each document's year: its publication year, else the middle year of its dated
        events (made once per corpus: every person question's distractors read it)."""
        return self.memo(("article-years", ""), self._article_years)

    def _article_years(self) -> dict[str, int]:
        published = {doc: self.published(doc)[0][:4] for doc in self.documents}
        stated = {doc: int(year) for doc, year in published.items() if year.isdigit()}
        return {**event_years(self.facts), **stated}

    def title(self, doc_id: str) -> str:
        """How a reader finds the article: its headline (else its first words, quoted, else
        its file name) and the day it was published: "Harwick hopes ..., 26 January"."""
        record = self.documents.get(doc_id, {})
        lead = record.get("lead")
        name = record.get("title") or (f"“{lead}”" if lead else doc_id)
        value, precision = self.published(doc_id)
        return f"{name}, {human(value)}" if precision != "unknown" else name

    def anchor(self, sources: Sequence[Source]) -> str:
        """When the earliest dated source was published: ``"on 30 March 2017"``,
        ``"in March 2017"`` or ``"in 2016"`` (``""`` when none is dated). The day keeps a
        "Who was ... Minister" question clear in a month the post changed hands."""
        found = self.anchor_source(sources)
        if found is None:
            return ""
        value, precision = found[1]
        if precision == "day":
            return f"on {human(value[:10])}"
        return f"in {human(value[:7]) if len(value) >= 7 else value[:4]}"

    def anchor_source(self, sources: Sequence[Source]) -> tuple[Source, tuple[str, str]] | None:
        """The source ``anchor`` dates by, with its (ISO date, precision): the earliest
        published one; in undated articles, the earliest event its sentence tells."""
        dated = sorted(
            (date, index)
            for index, s in enumerate(sources)
            if (date := self.published(s.doc))[1] in ("day", "month", "year")
        )
        if not dated:  # an undated article: the day of an event the same sentence tells
            dated = sorted((d, i) for i, s in enumerate(sources) for d in self.sentence_dates(s))
        if not dated:
            return None
        date, index = dated[0]
        return sources[index], date

    def sentence_events(self, source: Source) -> list[Fact]:
        """The events told in the sentence ``source`` quotes."""
        index = self.memo(("sentence-events", ""), self._sentence_events)
        return index.get((source.doc, source.start), [])

    def _sentence_events(self) -> dict[tuple[str, int], list[Fact]]:
        index: dict[tuple[str, int], list[Fact]] = {}
        for fact in self.facts:
            for source in fact.sources if fact.kind == "event" else ():
                index.setdefault((source.doc, source.start), []).append(fact)
        return index

    def sentence_dates(self, source: Source) -> list[tuple[str, str]]:
        """(ISO date, precision) of the events told in the sentence ``source`` quotes, to the
        day or month: "Foreign Minister Lavrov met Kono on 13 February 2019" dates the post."""
        told = (
            (e.get("date") or "", e.get("precision") or "") for e in self.sentence_events(source)
        )
        return [(date, p) for date, p in told if p in ("day", "month") and "/" not in date]

    def common_noun(self, phrase: str) -> str:
        """Lower-case the first word of a subject unless it belongs to a name or title."""
        first, _, rest = phrase.partition(" ")
        bare = first.replace("’", "'").removesuffix("'s")
        if not first or first.isupper() or bare in self.proper_words():
            return phrase
        if self.domain.place_for(bare) or self.domain.country_for(bare):
            return phrase  # "Manila's foreign minister": a capital, though "manila" is a word
        if not self.language.is_common_word(bare):
            return phrase  # "Yuri Petrov", "Golovnin": a name the facts do not know
        titled = rest[:1].isupper() or (
            re.match(r"(?:of|for) (?:the )?[A-Z]", rest) is not None and not bare.endswith("s")
        )  # "Secretary of State ...", not "Residents of Wren"
        if _PARTICLE_NAME.match(rest):
            return phrase  # "Peter van Walsum": a given name before a family name's particle
        if titled and bare.lower() not in _LOWERED_BEFORE_TITLES:
            return phrase  # "External Affairs Minister ...", "Secretary of State ...": a title
        return f"{first.lower()} {rest}".strip()

    @property
    def people(self) -> list[Fact]:
        """The person facts."""
        return self.memo(("people", ""), lambda: [f for f in self.facts if f.kind == "person"])

    def proper_words(self) -> set[str]:
        """Words of people's names and roles and of countries: never lower-cased."""
        return self.memo(("proper", ""), self._proper_words)

    def _proper_words(self) -> set[str]:
        words: set[str] = set()
        for fact in self.people:
            for name in ("name", "role", "country"):
                words.update(str(fact.get(name) or "").split())
        for country in self.domain.countries:
            words.update(w for n in (country.name, *country.demonyms) for w in n.split())
        return words

    def title_words(self) -> set[str]:
        """Words of posts ("President", "Minister"): they may precede a surname."""
        return self.memo(("titles", ""), self._title_words)

    def _title_words(self) -> set[str]:
        words: set[str] = set()
        for role in self.domain.roles:
            words.update(w for v in (role.post, *role.variants) for w in v.split())
        # "Iraqi Kurdish President": its owner's words name a country, not a post
        owners = {
            w for c in self.domain.countries for n in (c.name, *c.demonyms) for w in n.split()
        }
        return {w for w in words if w[:1].isupper() and w not in owners}

    def surnames(self) -> set[str]:
        """Family names of the plausible person names (``Abe``, ``Lavrov``; ``Wen`` of "Wen
        Jiabao" for a country that writes the family name first)."""
        return self.memo(("surnames", ""), self._surnames)

    def _surnames(self) -> set[str]:
        return {self.family_of(n) for n in self.full_names() if self.plausible_name(n)}

    def family_of(self, name: str) -> str:
        """A full name's family name (``Domain.family_name``), by the person's country."""
        countries = self.memo(("countries", ""), self._countries)
        return self.domain.family_name(name, countries.get(name))

    def _countries(self) -> dict[str, str]:
        return {str(p.get("name")): p.get("country") or "" for p in self.people if p.get("name")}

    def name_blockers(self) -> set[str]:
        """Words that never belong to a person's name: countries, their peoples, places."""
        return self.memo(("blockers", ""), self._name_blockers)

    def _name_blockers(self) -> set[str]:
        return name_blockers(self.domain)

    def plausible_name(self, name: str) -> bool:
        """Two to four capitalised words, none of them a country, people or place."""
        return plausible_name(name, self.name_blockers())

    def quoted_words(self) -> set[str]:
        """Capitalised words the quoted sentences use ("Hayashi" in "Minister Hayashi said")."""
        return self.memo(("quoted", ""), self._quoted_words)

    def _quoted_words(self) -> set[str]:
        return {
            w
            for f in self.facts
            for s in f.sources
            for w in re.findall(r"\b[A-Z][a-z]+\b", s.quote)
        }

    def is_acronym(self, word: str) -> bool:
        """``APEC`` is; ``ABE`` (a surname in capitals, written "Abe" elsewhere) is not."""
        return word.title() not in self.surnames() | self.quoted_words()

    def display(self, text: str) -> str:
        """Names as a reader expects them: no courtesy titles, given name first.

        "H.E. Mr. Lavrov, Sergey Viktorovich" -> "Sergey Viktorovich Lavrov";
        "KISHIDA Fumio" -> "Fumio Kishida" (only for surnames of people the articles name).
        """
        text = HONORIFICS.sub("", text)
        text = _COUNTERPART.sub("", text)  # "X and his Brenan counterpart Y": "X and Y"
        text = _SPELLED_ACRONYM.sub(r"\1", text)  # "the Wren Liberation Front (WLF)": once
        surnames = self.surnames()

        titles = self.title_words()
        not_given = titles | self.name_blockers()  # "Petrov, Federation": no given name

        def inverted(match: re.Match[str]) -> str:
            family, given = match.group(1), match.group(2)
            if family in surnames and not not_given & set(given.split()):
                return f"{given} {family}"
            return match.group(0)

        def shouted(match: re.Match[str]) -> str:
            family, given = match.group(1).title(), match.group(2)
            if f"{family} {given}" in self.full_names():
                return f"{family} {given}"  # "WEN Jiabao": written family name first
            if family in surnames or family in self.quoted_words():
                return f"{given} {family}"
            return match.group(0)

        text = re.sub(r"\b([A-Z][a-z]+), ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", inverted, text)
        text = re.sub(r"\b([A-Z]{2,}) ([A-Z][a-z]+)\b", shouted, text)
        for family, full in self.full_name_by_surname().items():
            text = expand_surname(text, full, titles, family)
        return text

    def is_demonym(self, word: str) -> bool:
        """ "Spanish", "Brenan": a people's adjective, no name of a thing."""
        country = self.domain.country_for(word)
        return country is not None and word in country.demonyms

    def full_name_by_surname(self) -> dict[str, str]:
        """The full name a bare surname stands for, when the articles name one such person
        ("Putin" -> "Vladimir Putin", the shortest of "Vladimir (Vladimirovich) Putin")."""
        return self.memo(("by_surname", ""), self._full_name_by_surname)

    def _full_name_by_surname(self) -> dict[str, str]:
        found: dict[str, set[str]] = {}
        for name in self.full_names():
            if self.plausible_name(name):
                found.setdefault(self.family_of(name), set()).add(name)
        return {
            surname: min(names, key=lambda n: (len(n), n))
            for surname, names in found.items()
            if len({n.split()[0] for n in names}) == 1
        }

    def full_names(self) -> list[str]:
        """Every person's full name, longest first (for surname expansion)."""
        names = {p.get("name", "") for p in self.people if p.get("name")}
        return self.memo(("names", ""), lambda: sorted(names, key=len, reverse=True))


def name_blockers(domain: Domain) -> set[str]:
    """Words that never belong to a person's name: the domain's countries, peoples, places
    (of the built-in world list, only one-word names: "Marshall" of "Marshall Islands" and
    "Vila" of "Port Vila" are surnames too)."""
    names = [
        n
        for c in domain.countries
        for n in (c.name, *c.demonyms, *c.aliases)
        if not c.world or " " not in n
    ]
    names += [n for i in domain.islands for n in i.spellings]
    names += [n for p in domain.places for n in (p.name, *p.aliases) if not p.world or " " not in n]
    return {w for n in names for w in n.split() if w[:1].isupper()}


def plausible_name(name: str, blockers: set[str]) -> bool:
    """Two to four capitalised words, lower case after the capital (or a given name's
    initial, "S. Lavrov"), none of them in ``blockers`` (a country, people, place)."""
    words = spaced_initials(name).split()  # "N.Enkhtaivan": "N. Enkhtaivan"
    return 2 <= len(words) <= 4 and all(
        (
            _name_word(w)
            and w.replace("-", "").replace("’", "").replace("'", "").isalpha()
            or 0 < index < len(words) - 1
            and w in NAME_PARTICLES
            or index < len(words) - 1
            and _INITIAL.fullmatch(w) is not None
        )
        and w not in blockers
        for index, w in enumerate(words)
    )


_INITIAL = re.compile(r"[A-Z]\.?")  # "S", "S.": a given name's initial


def _name_word(word: str) -> bool:
    """A capital and lower case, a hyphen's second part either way: "Jean-Yves", "Tae-yul",
    after a particle: "al-Sisi"."""
    first, *others = word.split("-")
    if first in NAME_PARTICLES and others:
        first, *others = others
    return (
        first[:1].isupper()
        and first[1:].islower()
        and all(p.islower() or p[:1].isupper() and p[1:].islower() for p in others)
    )


def best_source(fact: Fact, corpus: Corpus) -> Source | None:
    """The source whose sentence reads best alone: complete, not dangling, dated documents first."""
    return corpus.memo(("source", fact.id), lambda: _best_source(fact, corpus))


def _best_source(fact: Fact, corpus: Corpus) -> Source | None:
    language = corpus.language
    stated = [
        str(fact.get(name))
        for name in ("name", "role_as_written", "date_text", "as_written", "what", "content")
        if fact.get(name)
    ]
    person = fact.kind == "person"  # a post is asked "on <the article's date>": dated first
    return min(
        fact.sources,
        key=lambda s: (
            -sum(text in s.quote for text in stated),  # the sentence that states the fact
            person and corpus.published(s.doc)[1] not in ("day", "month"),
            language.is_dangling(s.quote),
            not s.quote.rstrip().endswith((".", "!", "?", "”", '"')),
            corpus.published(s.doc)[1] not in ("day", "month"),
            len(s.quote),
            s.doc,
            s.start,
        ),
        default=None,
    )


def fact_context(fact: Fact, corpus: Corpus) -> dict[str, Any]:
    """All variables the templates of ``fact.kind`` may use (missing ones are empty)."""
    return dict(corpus.memo(("context", fact.id), lambda: _fact_context(fact, corpus)))


def _fact_context(fact: Fact, corpus: Corpus) -> dict[str, Any]:
    source = best_source(fact, corpus)
    quote = source.quote if source else ""
    card = _with_years(quote, source, corpus) if fact.kind in _DATED_CARDS and source else quote
    context: dict[str, Any] = dict(fact.fields)
    context.update(
        quote=quote,
        anchor=corpus.anchor([source] if source else []),  # the cited article says it then
        clean_sentence=standalone_sentence(card, corpus),
        title=corpus.title(source.doc) if source else "",
    )
    builder = _KIND_CONTEXT.get(fact.kind)
    if builder:
        context.update(builder(fact, corpus, context))
    return context


_MONTH_NAME = re.compile(rf"\b{MONTH_PATTERN}(?![\w’'-])")
# kinds whose cards blank a word of the sentence, not its date: the date may be rewritten
_DATED_CARDS = ("number", "place")


def _with_years(quote: str, source: Source, corpus: Corpus) -> str:
    """``quote`` with its one date written without a year ("on Tuesday", "from February 17 to
    19") as the day the article's event of that sentence resolved it to ("on 17–19 February
    2021"), so that a card on its number or place says when; else ``quote``."""
    dated = {
        (str(e.get("date_text")), str(e.get("date")), str(e.get("precision")))
        for e in corpus.sentence_events(source)
        if e.get("date_text")
    }
    if len(dated) != 1:
        return quote  # no date, or several: which one the card needs is unsure
    ((text, date, precision),) = dated
    if re.search(r"\d{4}", text) or text not in quote or precision not in ("day", "month"):
        return quote
    if date[:4] in quote:
        return quote  # "early on Sunday (24.11.2013)": the sentence says its year already
    if _MONTH_NAME.search(quote.replace(text, " ", 1)):
        return quote  # "On Sunday afternoon, March 20, ...": a second date would stay beside it
    if "/" in date:  # "from Oct. 10 to 27": "from 10 October 2012 to 27 October 2012"
        first, _, last = date.partition("/")
        return quote.replace(text, f"from {human(first)} to {human(last)}", 1)
    return quote.replace(text, f"{'on' if precision == 'day' else 'in'} {human(date)}", 1)


def standalone_sentence(quote: str, corpus: Corpus) -> str:
    """The quote cleaned to stand alone on a card, or ``""`` when it cannot."""
    language = corpus.language
    if not quote or language.is_dangling(quote) or len(quote.split()) > MAX_SENTENCE_WORDS:
        return ""
    text = corpus.display(language.clean_sentence(quote))  # display gives surnames their names
    if language.relative_words_in(text) or not text.endswith((".", "!", "?", "”", '"')):
        return ""
    return text[0].upper() + text[1:]


def _person(fact: Fact, corpus: Corpus, context: dict[str, Any]) -> dict[str, Any]:
    country = fact.get("country") or ""
    adjective = _adjective(corpus.domain, country)
    role = fact.get("role") or ""
    if adjective and role.startswith(adjective + " "):
        role = role[len(adjective) + 1 :]
    source = best_source(fact, corpus)
    year = corpus.published(source.doc)[0][:4] if source else ""
    if country and year.isdigit():  # "the Republic of Calder" on a day before its new name
        country = corpus.domain.name_in(country, int(year))
    return {
        "role": role,
        "country_possessive": _possessive(country_as_written(country)) if country else "",
        "country_adjective": adjective,
        "countrys_role": (
            _countrys_role(country, role, corpus.language.national_bodies)
            if country and role
            else ""
        ),
    }


def _countrys_role(country: str, role: str, national_bodies: tuple[str, ...] = ()) -> str:
    """ "Calder's Foreign Minister"; with a plural name the "of" form reads better: "the
    Secretary-General of the United Nations", not "United Nations' Secretary-General". A post
    of an international body is no country's: "the President of the Wren Court of Justice"
    (its holder's country is only their nationality); a body every country has takes it
    inside: "the President of Calder's Senate"."""
    written = country_as_written(country)
    head, of_the, body = role.partition(" of the ")
    national = body in national_bodies or body.startswith("National ")
    if of_the and national and _BODY_POST.match(role):
        return f"the {head} of {_possessive(written)} {body}"
    if _INTERNATIONAL_POST.search(role) or _BODY_POST.match(role):
        return f"the {role}"
    if written.endswith("s"):
        return f"the {role} of {written}"
    return f"{_possessive(written)} {role}"


# an acronym in brackets after the name it shortens: "the Wren Liberation Front (WLF)"
_SPELLED_ACRONYM = re.compile(r"(\b[A-Z][\w’'-]*[a-z]) \([A-Z]{2,6}\)(?=[\s,.;:?]|\Z)")
# "his Brenan counterpart " before the name it introduces: the name says who
_COUNTERPART = re.compile(r"\b(?:his|her|their) (?:[A-Z][\w’'-]* )?counterparts?,? (?=[A-Z][a-z])")
# "... of the International Court of Justice", "... of the Wren Union": an international body
_INTERNATIONAL_POST = re.compile(
    r" of the (?:[A-Z][\w’'-]* )*?(?:Court|Nations|Union|Organization|Organisation|Tribunal|"
    r"League|Bank|Fund|Alliance)\b"
)


# "Leader of the Wren Party", "Governor of Skarn Region": a post that names the body or place
# it leads needs no country before it ("Calder's Leader of the Wren Party" says it twice); a
# minister's or secretary's "of" names a portfolio ("Minister of Foreign Affairs") and keeps it
_BODY_POST = re.compile(
    r"(?:(?:First|Acting|Interim) )?(?:Leader|President|Vice-President|Vice President|Chairman|"
    r"Chairwoman|Chairperson|Chair|Secretary-General|Director-General|Governor|Mayor) of "
    r"(?:the )?[A-Z]"
)


def _event(fact: Fact, corpus: Corpus, context: dict[str, Any]) -> dict[str, Any]:
    date = fact.get("date") or ""
    precision = precision_of(date)
    datable = precision in ("day", "month", "year") and not (
        fact.get("inferred") and precision == "year"
    )
    date_text = re.sub(
        r"^(?:on|in|at|around|by|during|from|since)\s+", "", fact.get("date_text") or "", flags=re.I
    )
    where = fact.get("where") or ""
    language = corpus.language
    subject = fact.get("subject") or ""
    if language.is_anonymous(subject) or _medium_reports(fact, language):
        datable = False  # "When did a source / a news agency say ...?": not worth learning
    if _describes(fact):
        datable = False  # "The base was an outpost established on ...": no event to date
    if _date_inside_reported_speech(fact, context["quote"], date_text, language):
        datable = False  # "X said flights would start in June": June is not when X said it
    if _says_a_clause(fact, language):
        datable = False  # "When did the ministry say X met Y?": the meeting is the fact
    if _after_publication(date, fact, corpus):
        datable = False  # "the visit in November", told in September: planned, not done
    told = _DASH_ASIDE.sub("", _TOPIC_ASIDE.sub("", fact.get("rest") or ""))
    rest = corpus.display(_strip_phrases(told, [date_text]))
    rest = language.without_duration(rest)  # "held talks for about an hour": the talks
    told_subject = corpus.display(corpus.common_noun(fact.get("subject") or ""))
    subject = language.with_article(told_subject)  # "Wren Peace Agreement was signed"
    verb = fact.get("verb") or ""
    demonym = corpus.is_demonym
    clause = did_clause(subject, verb, rest, language, demonym)
    placeless = (
        did_clause(subject, verb, _strip_phrases(rest, [where]), language, demonym)
        if _stands_alone(where, rest) and _where_it_was_done(verb, rest, where, language)
        else ""
    )
    partner, unnamed = _partner(subject, verb, rest, corpus)
    thing, after_thing = act_object(verb, first_predicate(rest, language), language)
    objectless = did_clause(subject, verb, after_thing, language, demonym) if thing else ""
    did_what = language.did_what(
        verb,
        language.without_purpose(_trim(first_predicate(rest, language)), corpus.is_demonym, verb),
    )
    actor = subject if subject in corpus.full_names() and precision == "day" else ""
    partnerless = did_clause(subject, verb, unnamed, language, demonym) if partner else ""
    if unnamed.endswith(" with") and not partnerless.endswith(" with"):
        partnerless = ""  # "to hold talks with" was cut as a purpose: whom is no longer asked
    sentence = context["clean_sentence"]
    if not (date_text and re.search(r"\d{4}", date_text) and date_text in sentence):
        sentence = ""  # a cloze only blanks a date that has its year
    # "a meeting (on the dispute)", "seized the office - along with key sites -"
    what = _DASH_ASIDE.sub("", _TOPIC_ASIDE.sub("", fact.get("what") or ""))
    if subject != told_subject and what.startswith(told_subject):
        what = f"The {what}"  # the article the source left out
    rest_as_told = _DASH_ASIDE.sub("", fact.get("rest") or "")
    first = first_predicate(rest_as_told, language)
    if first != rest_as_told and what.endswith(rest_as_told or "\0"):
        what = what[: len(what) - len(rest_as_told)] + first  # one claim, not two
        rest_as_told = first
    if rest_as_told and what.endswith(rest_as_told):  # the act without its purpose, if named
        cut = _trim(language.without_purpose(rest_as_told, corpus.is_demonym, verb))
        what = what[: len(what) - len(rest_as_told)] + cut  # and without a long clause's tail
    if language.is_dangling(what):
        datable = False  # "When did the two countries sign ...?": which two?
        clause = placeless = partnerless = objectless = ""
    statement = language.simple_past(corpus.display(what)) if datable and clause else ""
    on_date = f"{'on' if precision == 'day' else 'in'} {human(date)}" if datable else ""
    after_date = _lowered_opening(statement.strip(" ."), fact, corpus)  # "On 3 May, the ..."
    return {
        "statement": statement,
        "statement_after_date": after_date,
        # "On 3 May 2016, the ministers met in Lena": the date first, where it dates the act
        "dated_statement": f"{on_date[:1].upper()}{on_date[1:]}, {after_date}"
        if statement and on_date
        else "",
        # "the summer station, Teniente Esquivel, in January 1955": close an aside before a date
        "aside_comma": "," if _ENDS_IN_ASIDE.search(statement) else "",
        "date_text": date_text,
        "did_clause": clause if datable else "",
        "did_clause_no_place": placeless if datable and where and where not in placeless else "",
        "did_clause_no_partner": partnerless if datable else "",
        "partner": partner,
        "act_object": thing if datable and objectless else "",
        "object_kind": _object_kind(verb, thing, language),
        "did_clause_no_object": objectless if datable else "",
        "actor": actor if datable else "",
        "did_what": did_what,
        "did_what_dated": _dated_act(did_what, on_date, language),
        "date_answer": human(date) if datable else "",
        "on_date": on_date,
        "date_hint": DATE_HINTS.get(precision, "") if datable else "",
        "clean_sentence": sentence,
        "year": date[:4] if datable else "",
    }


def capitalised_inside(word: str, sources: Sequence[Source]) -> bool:
    """Do the ``sources`` write ``word`` inside a sentence, after a word or a comma, where
    only a name keeps its capital?"""
    return any(re.search(rf"[\w,]\s+{re.escape(word)}\b", s.quote) for s in sources)


def _lowered_opening(statement: str, fact: Fact, corpus: Corpus) -> str:
    """``statement`` with its first word in lower case where a date now opens the sentence:
    "The islands", "Major powers"; a name ("Putin", "Iraqi", "Rice" of a person the articles
    name) or a word the sources capitalise mid-sentence keeps its capital."""
    first, _, rest = statement.partition(" ")
    lowered = lower_first(statement)
    if lowered != statement or not corpus.language.is_common_word(first) or not first.istitle():
        return lowered
    if (
        first in corpus.proper_words()
        or first in corpus.title_words()
        or first in corpus.surnames()
    ):
        return statement
    if capitalised_inside(first, fact.sources):
        return statement
    return f"{first.lower()} {rest}"


def _object_kind(verb: str, thing: str, language: Language) -> str:
    """ "agreement" of "reached a reconciliation agreement": the noun an agreeing verb gives
    away, for "What kind of agreement did ... reach?"; "" for other acts and objects."""
    head = thing.split()[-1].lower() if thing else ""
    if verb_phrase(verb, language) in language.agreeing_verbs and head in language.pact_nouns:
        return head
    return ""


def _dated_act(did_what: str, on_date: str, language: Language) -> str:
    """ "said on 8 May 2013 that ...": the date before what was said, never after it, where it
    would date the words' last phrase; else after the act ("summoned Ilan Brek, the
    ambassador, on 8 May 2013")."""
    if not (did_what and on_date):
        return ""
    if " that " in did_what:
        return did_what.replace(" that ", f" {on_date} that ", 1)
    verb, _, said = did_what.partition(" ")
    if said and language.base_verb(verb) in language.reporting_verbs:
        return f"{verb} {on_date} that {said}"  # "said his government rejects ..."
    purpose = re.search(r" to ([a-z]+)\b", did_what)
    if purpose and language.is_base_verb(purpose[1]):  # "asked X on 3 May to recall ..."
        return f"{did_what[: purpose.start()]} {on_date}{did_what[purpose.start() :]}"
    return f"{did_what}{',' if _ENDS_IN_ASIDE.search(did_what) else ''} {on_date}"


# words that open or carry a reported clause: "said that", "said the talks would", "said it was"
_CLAUSE_WORDS = frozenset(
    "that would will could should might may must can is are was were has have had".split()
)


# What a blank for a date asks for: "in _____" alone could take a place as well.
DATE_HINTS = {"day": "(day, month and year)", "month": "(month and year)", "year": "(year)"}


def _number(fact: Fact, corpus: Corpus, context: dict[str, Any]) -> dict[str, Any]:
    written = fact.get("as_written") or ""
    sentence = context["clean_sentence"]
    unit = (fact.get("what") or "").split(" ", 1)[0].lower()
    if not written or sentence.count(written) != 1 or unit in corpus.language.trivial_units:
        return {"clean_sentence": "", "blanked_sentence": ""}
    blanked = sentence.replace(written, BLANK)
    value = fact.get("value")
    return {
        "blanked_sentence": blanked,
        "value_text": f"{value:,}" if isinstance(value, int) else str(value or ""),
    }


def _list(fact: Fact, corpus: Corpus, context: dict[str, Any]) -> dict[str, Any]:
    members = list(fact.get("members") or [])
    first = members[0] if members else ""
    sentence = context["clean_sentence"]
    anchor = context["anchor"]
    what = fact.get("what") or ""
    content = [w for w in what.split() if w.lower() not in ("items", "of", "the", "a", "an")]
    return {
        "what": what if len(content) >= 2 else "",  # "the projects" alone says too little
        "members": members,
        "count_word": corpus.language.number_word(len(members)) if len(members) >= 3 else "",
        "first_member": first if first and sentence.count(first) == 1 else "",
        "anchor_suffix": f" reported {anchor}" if anchor else "",
    }


def _declaration(fact: Fact, corpus: Corpus, context: dict[str, Any]) -> dict[str, Any]:
    language = corpus.language
    content = (fact.get("content") or "").rstrip(".")
    year = str(fact.get("year") or "")
    offered, of = fact.get("offered_count"), fact.get("of_count")
    names = [_island_name(corpus.domain, island) for island in fact.get("offered") or []]
    pledge = fact.get("pledge") or ""
    pledger = re.match(r"([A-Z][\w ]*?)\s+(?:has|have|had)?\s*pledged", pledge)
    subject, verb, rest = split_clause(content, language)
    clause = did_clause(subject, verb, rest, language) if subject else ""
    document = corpus.domain.document(fact.get("name") or "", fact.get("year"))
    word = document.keywords[0].lower() if document and document.keywords else "document"
    return {
        "document": (document.short if document else "") or word,
        "document_word": word,
        "offered_by": document.offered_by if document else "",
        "offered_to": document.offered_to if document else "",
        "content": content,
        "content_clause": clause.removeprefix("did ") if year not in clause else "",
        "offered_count_word": language.number_word(int(offered)) if offered else "",
        "of_count_word": language.number_word(int(of)) if of else "",
        "offered_names": names if all(names) else [],
        "pledger": pledger.group(1) if pledger else "",
    }


def _place(fact: Fact, corpus: Corpus, context: dict[str, Any]) -> dict[str, Any]:
    name = fact.get("name") or ""
    sentence = context["clean_sentence"]
    if not name or sentence.count(name) != 1:
        return {"clean_sentence": "", "blanked_sentence": "", "venue": ""}
    kind = _place_kind(corpus.domain, name)
    return {
        "venue": "yes" if fact.get("role") == "venue" else "",
        "place_kind": kind,
        "blanked_sentence": sentence.replace(name, BLANK),
    }


_KIND_CONTEXT = {
    "place": _place,
    "person": _person,
    "event": _event,
    "number": _number,
    "list": _list,
    "declaration": _declaration,
}


# ", Teniente Esquivel", ", Ambassador to Calder of the Brenan Federation": an aside that ends
# the statement (capitalised words, joined by "of", "to", "for", "and", "on", "the")
_ENDS_IN_ASIDE = re.compile(
    r", (?:the |an? )?[A-Z][\w’'.-]*(?: (?:(?:of|to|for|and|on|the) )*[A-Z][\w’'.-]*)*\Z"
)
_COPULAS = frozenset(("was", "were", "is", "are"))


def _describes(fact: Fact) -> bool:
    """ "X was an outpost ...", "Y is a gaucho who ...": a description, not something done."""
    verb = (fact.get("verb") or "").lower()
    return verb in _COPULAS and re.match(r"(?:a|an)\s", fact.get("rest") or "") is not None


def _after_publication(date: str, fact: Fact, corpus: Corpus) -> bool:
    """True when ``date`` begins after every dated article that tells the event was
    published: the event was planned then, and "When did ...?" would say it happened."""
    published = [corpus.published(s.doc) for s in fact.sources]
    values = [value for value, precision in published if precision in ("day", "month", "year")]
    start = date.split("/")[0]
    if not values or not start[:1].isdigit():
        return False
    return all(start[: len(value)] > value[: len(start)] for value in values)


def _partner(subject: str, verb: str, rest: str, corpus: Corpus) -> tuple[str, str]:
    """The one person an event's subject met or talked with, and the clause's rest without
    them: "a telephone talk with Ilan Brek" -> ("Ilan Brek", "a telephone talk
    with"); after a meeting verb, its object: "met Yuri Petrov in Stellby" -> ("Yuri
    Petrov", "in Stellby"). ("", "") when no known person, or more than one, is named so."""
    words = verb.split()
    meets = bool(words) and corpus.language.base_verb(words[-1]) in corpus.language.meeting_verbs
    rest = _trim(first_predicate(rest, corpus.language))  # the partner must be in the clause
    short = corpus.full_name_by_surname()
    found: dict[str, str] = {}
    for name in corpus.full_names():  # longest first: "Vladimir Vladimirovich Putin" wins
        person = short.get(name.split()[-1], "")
        at = rest.find(name)
        if not person or at < 0 or person in found or name.split()[-1] in subject:
            continue
        after = rest[at + len(name) :]
        if after[:1].isalpha() or after.startswith((" and ", ", ")):
            continue  # "Putin Administration", "Putin and Lavrov": not one person met
        lead = _PARTNER_LEAD.search(rest, 0, at)  # "with", and a post: "with Foreign Minister"
        if lead and (lead["with"] or meets):
            found[person] = " ".join(f"{rest[: lead.start('post')]}{after}".split())
    return next(iter(found.items())) if len(found) == 1 else ("", "")


# What may stand before the person an event's subject met: "with" (or, after a meeting verb,
# nothing) and a capitalised post ("Brenan Foreign Minister").
_PARTNER_LEAD = re.compile(r"(?:\A|(?P<with>\bwith ))(?P<post>(?:[A-Z][\w’'-]* )*)\Z")


_PARTICLE_NAME = re.compile(rf"(?:{'|'.join(NAME_PARTICLES)})[ -][A-Z]")


def did_clause(
    subject: str,
    verb: str,
    rest: str,
    language: Language,
    adjective: Callable[[str], bool] = lambda word: False,
) -> str:
    """``"Abe", "put forward", "a plan"`` -> ``"did Abe put forward a plan"`` (or ``"were ..."``).

    Only past events make such a clause: a present or future verb ("plans", "will meet",
    "is to") gives ``""``, since "When did ..." would misstate them.
    """
    words = verb.split()
    adverbs = []
    while len(words) > 1 and words[0].lower().endswith("ly"):
        adverbs.append(words.pop(0))
    if not subject or not words:
        return ""
    subject = lower_first(subject)
    head, tail = words[0].lower(), " ".join(words[1:])
    manner = " ".join(adverbs)
    if head in MODALS:
        return ""  # "would later intervene": "did ... will" misreads it
    if head in ("was", "were"):  # "When was X in Lena?", never "When did X be in Lena?"
        clause = f"{head} {subject} {manner} {tail}"
    elif head in ("has", "have", "had") and tail:
        between = tail.split()  # "had already announced": the adverb goes before the verb
        while len(between) > 1 and (between[0] in ADVERBS or between[0].endswith("ly")):
            manner = f"{manner} {between.pop(0)}"
        participle, particles = between[0], " ".join(between[1:])
        clause = f"did {subject} {manner} {language.base_verb(participle)} {particles}"
    elif language.is_past(head):
        clause = f"did {subject} {manner} {language.base_verb(head)} {tail}"
    else:
        return ""
    predicate = language.without_purpose(_trim(first_predicate(rest, language)), adjective, verb)
    return _shortened(" ".join(f"{clause} {predicate}".split()), len(clause.split()))


MAX_CLAUSE_WORDS = 24  # "When did ...?" a student reads in one go
# a trailing phrase a long clause can lose and still say what happened: "rejected objections
# from Lena (in a dispute between ...)", "signed a declaration (consisting of eight articles)"
_TRAILING_PHRASE = re.compile(
    r" (?:in|over|between|near|amid|during|after|since|with|by) "
    r"|,? (?:consisting of|comprising|containing|including) "  # what a document holds
)


def _shortened(clause: str, kept: int) -> str:
    """``clause`` short enough to read at a glance: trailing phrases cut, last first, never
    into its first ``kept`` words and the object after them."""
    while len(clause.split()) >= MAX_CLAUSE_WORDS:
        cuts = [m.start() for m in _TRAILING_PHRASE.finditer(clause)]
        cuts = [at for at in cuts if len(clause[:at].split()) > kept + 2]
        if not cuts:
            break
        clause = clause[: cuts[-1]].rstrip(",")
    return clause


SAID_SUBJECT_WORDS = 12  # the reported clause's subject and its verb
_OBJECT_PREPOSITIONS = frozenset("to of with in on for at by from into about".split())


def _medium_reports(fact: Fact, language: Language) -> bool:
    """ "The Mauritanian news agency (AMI) said ...": a news medium's report."""
    words = (fact.get("verb") or "").split()
    return (
        bool(words)
        and language.base_verb(words[-1]) in language.reporting_verbs
        and (language.is_medium(fact.get("subject") or ""))
    )


def _says_a_clause(fact: Fact, language: Language) -> bool:
    """A report of what someone else did ("the Foreign Office said the two sides signed ..."):
    the day it was said is no fact to learn."""
    words = (fact.get("verb") or "").split()
    if not words or language.base_verb(words[0]) not in language.reporting_verbs:
        return False
    said = (fact.get("rest") or "").split()
    if _own_stance(said):
        return False  # "declared that it would not take part": the declaring is the act
    for word in said[1:SAID_SUBJECT_WORDS]:
        if word in _OBJECT_PREPOSITIONS:
            return False  # "declared an end to the ceasefire ...": the act itself
        if word in _CLAUSE_WORDS or language.is_past(word):
            return True  # "said the two sides signed ...": what someone else did
    return False


def _own_stance(said: list[str]) -> bool:
    """ "(that) it would not take part", "(that) they will stay": the reporter's own stance."""
    words = said[1:] if said[:1] == ["that"] else said
    return len(words) > 1 and words[0] in _STANCE_SUBJECTS and words[1] in _STANCE_VERBS


_STANCE_SUBJECTS = frozenset("it he she they we".split())
_STANCE_VERBS = frozenset("would will could can should must is are has have".split())


def _date_inside_reported_speech(
    fact: Fact, quote: str, date_text: str, language: Language
) -> bool:
    """True when the date belongs to what was said or planned, not to the verb asked about.

    "X said the flights would start in June" and "X agreed to start tours in October" date
    the flights and the tours; "X said Monday that ..." and "X agreed Wednesday to ..." date
    the saying and the agreeing.
    """
    verb = fact.get("verb") or ""
    words = verb.split()
    if not (words and date_text):
        return False
    if " to " in f" {verb} ":  # "agreed to start": the date after the infinitive is the start's
        head = quote.find(verb)
        return head >= 0 and quote.find(date_text, head) > head + len(verb)
    if language.base_verb(words[0]) not in language.reporting_verbs:
        return False
    said, dated = quote.find(verb), quote.find(date_text)
    if not (said >= 0 and dated > said + len(verb) + len(" on ")):
        return False
    # what was said is a clause of its own ("said the flights would start"); a plain object
    # is the act itself, dated by the date ("declared war on Calder in August 1945")
    between = quote[said + len(verb) : dated].split()
    return any(w in _CLAUSE_WORDS or language.is_past(w) for w in between)


def first_predicate(rest: str, language: Language) -> str:
    """Cut a second coordinated verb: "Wren Island and drew reactions" -> "Wren Island",
    "aware of the base but sought a solution" -> "aware of the base", "entered Lena and
    appear set to stay" -> "entered Lena" (a word that can only be a verb)."""
    words = rest.split()
    for index, word in enumerate(words[1:], start=1):
        if words[index - 1] in ("and", "but", "yet") and (
            language.is_past(word) or language.is_verb_only(word)
        ):
            return " ".join(words[: index - 1])
    return rest


def split_clause(text: str, language: Language) -> tuple[str, str, str]:
    """Split ``"the Northern Union said it was ready"`` at its first past-tense verb."""
    words = text.split()
    for index, word in enumerate(words[1 : MAX_SUBJECT_WORDS + 1], start=1):
        lower = word.lower()
        if lower in MODALS:
            break  # "the Northern Union would hand over ...": no past clause to ask about
        if len(lower) > 2 and language.is_past(lower):
            return " ".join(words[:index]), word, " ".join(words[index + 1 :])
    return "", "", ""


MODALS = frozenset({"would", "will", "could", "can", "may", "might", "must", "should", "shall"})
MAX_SUBJECT_WORDS = 6


# Where a long clause can be cut: before a subordinate clause, never inside a list "A, B and C".
_CLAUSE_BREAK = re.compile(
    r",(?= (?:which|who|while|as|after|before|but|and then|including|following) )| during | while "
    r"| aiming | aimed at | which | as they | that (?=(?:the|a|an|its|their|his|her|was|were|is|are) )"
)


def main_clause(rest: str) -> str:
    """``rest`` up to a clause that qualifies it: "a deal (aimed at ensuring X does not ...)"."""
    return _CLAUSE_BREAK.split(rest, maxsplit=1)[0]


def _trim(rest: str) -> str:
    """Keep what a question needs: cut trailing purpose and 'during ...' phrases of long clauses."""
    rest = rest.strip().rstrip(".,;")
    if len(rest.split()) > 12:
        rest = _CLAUSE_BREAK.split(rest, maxsplit=1)[0]
    return rest.strip()


# what a meeting or talks were about, when that points back: "held a meeting (on the dispute)
# at the ministry" names its event without it
# an aside between dashes: "seized the office - along with key sites - on Monday"
_DASH_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—]{1,80}?\s+[-–—](?=[\s,.;:]|$)")
_TOPIC_ASIDE = re.compile(
    r"\s+(?:on|over|about|regarding|concerning) the (?:dispute|issue|matter|row|question)\b"
    r"(?!\s+(?:of|over|between|with)\b)"
)


def _stands_alone(place: str, rest: str) -> bool:
    """The place is a phrase of its own ("in Lena", "at the Wren summit"), not one item of a
    list ("the cities of Lena and Harwick"), an owner ("at Lena's ministry") nor a word of a
    longer name ("the Wren Waters Treaty"), whose removal would leave the rest garbled."""
    if not place:
        return False
    listed = (
        rf"(?:\b(?:of|and)\s+|,\s*){re.escape(place)}\b"
        rf"|\b{re.escape(place)}(?:\s+and\b|,|['’]s\b|\s+[A-Z])"  # "the Wren Waters Treaty"
    )
    return re.search(listed, rest) is None


def _where_it_was_done(verb: str, rest: str, place: str, language: Language) -> bool:
    """Is ``place`` where the act was done? After a verb of speech or command only when it
    follows the verb ("said in Lena that ..."): later it is a place of what was said or
    ordered ("said the court based in Lena ...", "ordered troops out of the field in Lena").
    After a noun of what lasts in a place ("agreed on a ceasefire in Lena", "the war in
    Lena"), it is that noun's place, not the act's."""
    owner = re.search(
        rf"([\w-]+)\s+(?:in|at|on|over|across|around)\s+(?:the\s+)?{re.escape(place)}", rest
    )
    if owner and owner[1].lower() in language.located_nouns:
        return False
    words = verb.split()
    if not words or language.base_verb(words[-1]) not in language.speech_verbs:
        return True
    return len(rest.partition(place)[0].split()) <= 1


def _strip_phrases(rest: str, phrases: Sequence[str]) -> str:
    for phrase in phrases:
        if phrase:
            rest = re.sub(
                rf"\s*\b(?:(?:on|in|at|around|by|during|of|to)\s+)?(?:the\s+)?{re.escape(phrase)}",
                "",
                rest,
            )
    return re.sub(r"\s{2,}", " ", rest).strip()


def _adjective(domain: Domain, country: str) -> str:
    found = domain.country_for(country) if country else None
    return found.demonyms[0] if found and found.demonyms else ""


def _place_kind(domain: Domain, name: str) -> str:
    place = domain.place_for(name)
    return (
        place.kind
        if place and place.kind in ("city", "prefecture", "island", "region")
        else "place"
    )


# English names of states that take "the": "the Northern Union", "the Brenan Federation", "the
# Republic of Ostria", "the Netherlands".


def event_years(facts: Sequence[Fact]) -> dict[str, int]:
    """Each document's year as its dated events give it (the middle one), where it has any."""
    found: dict[str, list[int]] = {}
    for fact in facts:
        year = (fact.get("date") or "")[:4] if fact.kind == "event" else ""
        if year.isdigit():
            for source in fact.sources:
                found.setdefault(source.doc, []).append(int(year))
    return {doc: sorted(ys)[len(ys) // 2] for doc, ys in found.items()}


def _possessive(name: str) -> str:
    """ "Calder's", and "the Wren Islands'" for a plural name."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _island_name(domain: Domain, island_id: str) -> str:
    try:
        return domain.island(island_id).main_name
    except KeyError:
        return ""
