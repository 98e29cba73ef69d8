"""The checks a question must pass to reach a deck or a paper.

Precision comes first: a question that fails any check is held back for review with the
reason, never printed. Each check reads the question as a student sees it and the facts
behind it, and answers with a reason (``""`` when it passes). The checks on a person's
questions are in ``person_checks``; ``CHECKS`` below lists every check in the order they run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lemminflect import getAllLemmas

from quizgen.dates import MONTH_PATTERN, MONTHS, WEEKDAYS, human, precision_of
from quizgen.extract.nominal_events import EVENT_NOUNS
from quizgen.facts import Fact
from quizgen.names import NAME_PARTICLES, without_accents
from quizgen.questions.context import (
    BLANK,
    MAX_CLAUSE_WORDS,
    MODALS,
    Corpus,
    capitalised_inside,
    first_predicate,
    main_clause,
)
from quizgen.questions.language import Language, is_adverb, is_headline
from quizgen.questions.objects import act_object
from quizgen.questions.person_checks import named_person, names_its_people
from quizgen.questions.records import Question

Check = Callable[[Question, Sequence[Fact], Corpus], str]

MIN_DETAIL_WORDS = 6  # "held a telephone talk with X" fits many dates; a longer account does not
MAX_SENTENCE_WORDS = 32  # a source sentence shown whole (cloze, "fills the blank")
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_SHOUTED = re.compile(r"\b[A-Z]{3,}\b")  # "KISHIDA Fumio" left unconverted
_JUNK = re.compile(r"•|\(retranslated\)|\(local time\)|\s[,.;:]|\(\s|\s\)|^[^\w“‘\"']|\w\(|\)\w")


def _text(q: Question) -> str:
    """Everything a student reads: prompt, options, items, the shown explanation."""
    return " ".join((q.prompt, *q.options, *q.items, q.explanation))


def _shown(q: Question) -> str:
    """The prompt with the answer filled in for clozes (what the card back shows)."""
    return q.prompt.replace(BLANK, q.answer) if q.type == "cloze" else q.prompt


def no_personal_pronoun(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """No "I", "we", "our" or "you": a student cannot tell who they are."""
    for word in corpus.language.personal_pronouns:
        flags = 0 if word in ("I", "us") else re.I  # "US mediation": the country
        pattern = rf"(?<![\w.]){re.escape(word)}(?![\w.])" if word != "us" else r"(?<!\w)us(?!\w)"
        if re.search(pattern, " ".join((_shown(q), q.explanation, *q.items)), flags):
            return f"says {word!r}: who is meant is not stated"
    return ""


def not_negated(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """A clause that did not happen ("never ratified") is not an event to ask about."""
    for fact in facts:
        if fact.kind != "event":
            continue
        clause = f" {_act_told(fact, corpus.language)} ".lower()
        for word in corpus.language.negations:
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", clause) or (
                word == "n't" and "n't " in clause
            ):
                return f"the event is negated ({word!r})"
    return ""


def _act_told(fact: Fact, language: Language) -> str:
    """The event's words that say what happened: for a report ("declared that it would not
    take part"), the saying, not what was said."""
    what, rest = fact.get("what") or "", fact.get("rest") or ""
    if not rest or not what.endswith(rest):
        return what
    head = what[: len(what) - len(rest)]
    words = (fact.get("verb") or "").split()
    reports = bool(words) and language.base_verb(words[0]) in language.reporting_verbs
    # a report's act is the saying; others keep their predicate up to a qualifying clause
    # ("struck a deal (aimed at ensuring X does not ...)")
    return head if reports else head + main_clause(rest)


def not_modal(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "Calder would later intervene", "could sign": a modal verb does not state that the
    event happened when the question says."""
    for fact in facts:
        words = (fact.get("verb") or "").lower().split() if fact.kind == "event" else []
        if words and words[0] in MODALS:
            return f"the verb {fact.get('verb')!r} does not say it happened then"
    return ""


def not_ongoing(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "X was returning to Calder on Tuesday": a progressive tells what was under way or
    planned, not an act done on that day (and "When did X be returning?" cannot be asked)."""
    for fact in facts:
        if fact.kind != "event":
            continue
        words = " ".join((fact.get("verb") or "", fact.get("rest") or "")).split()
        if len(words) > 1 and words[0] in _BE_PAST and _PROGRESSIVE.fullmatch(words[1]):
            return f"'{words[0]} {words[1]}' tells what was under way, not what was done then"
        if len(words) > 1 and words[0] in _BE_PAST and _PLANNED.match(" ".join(words[1:3])):
            return f"'{words[0]} {words[1]}' tells what was planned, not what was done then"
        if (fact.get("date_text") or "").lower().startswith("since "):
            # "Since 1991, Athens has objected to ...": when it began, and it went on after
            return "'since' dates the start of what went on, not an act done then"
    return ""


_BE_PAST = ("was", "were")
_PROGRESSIVE = re.compile(r"[a-z]{2,}ing")
# "was due in Lena on Sunday", "were expected to sign", "was to meet": a plan
_PLANNED = re.compile(
    r"due\b|(?:expected|scheduled|set|slated|supposed|poised|about) to\b|to [a-z]"
)


def spans_only_asked_openly(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """A span of years or months ("1918 – 1922") among single years or in a true/false
    statement gives itself away: it is asked only as an open "When ...?"."""
    if q.type not in ("choice", "truefalse", "cloze"):
        return ""
    for fact in facts:
        date = (fact.get("date") or "") if fact.kind == "event" else ""
        if "/" in date and precision_of(date) in ("year", "month"):
            return "a span of years or months reads as the answer among single dates"
    return ""


def year_not_given(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "When did X attend the 2024 rally?" -> "7 February 2024": a prompt that states the
    answer's year leaves only the day to guess."""
    if q.asks != "date":
        return ""
    for year in _YEAR.findall(q.answer):
        if re.search(rf"(?<!\d){year}(?!\d)", q.prompt):
            return f"the prompt gives the answer's year ({year})"
    return ""


def anchored_in_time(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """A year is stated (in the prompt, or as the answer of a "when" question)."""
    if q.type in ("matching", "timeline") or any(f.kind == "islands" for f in facts):
        return ""
    if _YEAR.search(q.prompt) or (q.asks == "date" and _YEAR.search(q.answer)):
        return ""
    if q.type == "list" and any(f.kind == "declaration" for f in facts):
        return ""
    return "no year says when this held"


MAX_SUBJECT_WORDS = 8
MAX_NAMED_SUBJECT_WORDS = 12
_NAME_JOINERS = frozenset(("of", "the", "and", "for", "de", "du", "la"))


def named_subject(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """An event's subject is a name or a named group, not a fragment, pronoun or bullet."""
    for fact in facts:
        if fact.kind != "event":
            continue
        subject = corpus.display(fact.get("subject") or "")
        words = subject.split()
        # "Calder's government and the Wren Liberation Front of Brena": names may run longer
        named_words = sum(w[:1].isupper() or w in _NAME_JOINERS for w in words)
        longest = MAX_NAMED_SUBJECT_WORDS if named_words >= len(words) - 1 else MAX_SUBJECT_WORDS
        if not words or len(words) > longest:
            return "the event has no short named subject"
        if corpus.language.is_dangling(subject) or corpus.language.is_anonymous(subject):
            return f"the subject {subject!r} points to something the question does not name"
        if " with " in f" {subject} ":
            return f"the subject {subject!r} would read badly before the verb"
        if "," in subject and " and " not in subject or not _names_someone(words, fact, corpus):
            return f"the subject {subject!r} is not a name"
        # what the question keeps of the predicate: "invaded and occupied X" asks "invade"
        rest = fact.get("rest") or ""
        told = first_predicate(rest, corpus.language)
        if (len(rest.split()) < 2 or not told) and not (
            _named_event(fact, corpus) or _founded(fact, corpus)
        ):
            return "the event says too little (what was done, to whom or where)"
    return ""


# a quotation's full stop inside the sentence: 'an "unusual incident." on _____', '... ."?'
# (not the close of a shown sentence: 'fills the blank in “... Wren Island.”?')
_STOP_IN_QUOTE = re.compile(r"[.!?](?:\"\?\Z|[\"”’']\s+[a-z_])")
# a word in lower case run into a capitalised one: "hisBrenan", "theWren"
_GLUED = re.compile(r"\b[a-z]{2,}[A-Z][a-z]{2,}")
# "a" before a vowel sound in lower case ("a arbitration ruling"; not "a one-day visit")
_A_BEFORE_VOWEL = re.compile(r"(?<![\w.])a (?!one\b|once\b)[aeio]\w*")
# Two or more words said again at once: "met in Harwick in Harwick" (a place given twice).
_REPEATED = re.compile(r"\b(\w+(?:\s+\w+)+)\s+\1\b", re.IGNORECASE)


def reads_cleanly(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """No bullets, stray punctuation, shouted surnames or footnote marks in what is shown."""
    text = _text(q)
    if _JUNK.search(q.prompt) or _JUNK.search(q.explanation):
        return "stray marks or punctuation from the source text"
    shouted = [w for w in _SHOUTED.findall(text) if not corpus.is_acronym(w)]
    if shouted:
        return f"a name in capitals ({shouted[0]}) was not rewritten"
    if (
        text.count("(") != text.count(")")
        or text.count("“") != text.count("”")
        or any(part.count('"') % 2 for part in (q.prompt, q.explanation, *q.options))
    ):
        return "unbalanced brackets or quotes"
    if _STOP_IN_QUOTE.search(q.prompt):  # 'call it an "unusual incident."?'
        return "a quotation's full stop stands inside the question"
    quoted = q.prompt[q.prompt.find("“") + 1 : q.prompt.rfind("”")] if "“" in q.prompt else ""
    if any(mark in quoted for mark in '"“”'):  # “X said _____ rounds were "without results."”
        return "a quotation inside the quoted sentence"
    glued = _GLUED.search(" ".join((q.prompt, q.explanation, *q.options)))
    if glued:  # "his Brenan counterpart" printed "hisBrenan" on the page
        return f"words run together in the source ({glued[0]!r})"
    wrong_article = _A_BEFORE_VOWEL.search(" ".join((q.prompt, q.explanation)))
    if wrong_article:  # the source's slip, copied: "the inclusion of a arbitration ruling"
        return f"'{wrong_article[0]}' needs 'an'"
    repeated = _REPEATED.search(" ".join((q.prompt, q.explanation)))
    if repeated:
        return f"a phrase said twice in a row ({repeated.group(1)} {repeated.group(1)})"
    return ""


def complete_clause(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """A generated clause is short and does not stop mid-phrase."""
    asks_event = q.prompt.startswith(("When ", "Where ")) or q.asks in (
        "actor",
        "partner",
        "object",
    )
    if q.type not in ("when", "choice", "who") or not asks_event:
        return ""
    clause = q.prompt.rstrip("?").split()
    if len(clause) > MAX_CLAUSE_WORDS:
        return "the question is too long to read at a glance"
    if clause[-1].lower() in corpus.language.loose_ends:
        return f"the question stops mid-phrase ({clause[-1]!r})"
    return ""


def says_what_was_said(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "When did X say the plans?": "say" needs the words said (a clause), not a noun
    phrase left after the clause was cut ("said the plans would be damaging")."""
    for fact in facts:
        verb = (fact.get("verb") or "").split()
        if fact.kind != "event" or not verb or corpus.language.base_verb(verb[-1]) != "say":
            continue
        said = _SAY.search(q.prompt)
        # what follows "that" ("said on 3 May that nine rounds of talks") needs its own verb
        words = re.findall(r"[\w’'-]+", said["said"]) if said else []
        if "that" in words:
            words = words[words.index("that") + 1 :]
        if said and not any(_verb_word(w) for w in words):
            return f"the words said were cut: 'say {said['said'].strip()}'"
    return ""


_SAY = re.compile(r"\b(?:say|says|said)\b(?P<said>[^?.]*)")


def _verb_word(word: str) -> bool:
    """A word that can only be a verb or an auxiliary ("would", "agreed"), or "that"."""
    lemmas = getAllLemmas(word.lower())
    return word == "that" or "AUX" in lemmas or ("VERB" in lemmas and "NOUN" not in lemmas)


_ORDINAL = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
    re.I,
)


def one_event(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """Asked for its date, an event must be told apart from others like it: by a named
    place, occasion or thing ("the APEC summit", "Wren Island"), or an ordinal ("their fourth
    meeting"). "When did Abe hold a telephone talk with Putin?" fits many dates; and when the
    articles themselves tell of the same people doing the same thing on another day, with
    nothing named to tell the two apart, the date is not one defensible answer."""
    if not (q.asks == "date" or q.type in ("truefalse", "timeline")):
        return ""
    for fact in facts:
        if fact.kind != "event":
            continue
        clause = _predicate(fact)
        contested = [p for p in corpus.language.contested_dates if p in clause]
        if contested:
            return f"'{contested[0]}' has several dates (announced, signed, in force)"
        named, described = _details(fact, corpus)
        short = len(described.split()) < MIN_DETAIL_WORDS
        ordinal = _ORDINAL.search(fact.get("rest") or "")
        once = _named_event(fact, corpus) or _founded(fact, corpus)
        if not named and not ordinal and short and not once:
            return "nothing names which of several such events this was"
        if named and not ordinal and not once and _recurs_without_occasion(fact, corpus):
            return "what is done again and again needs its occasion or its number to be one"
        routine = _routine(fact, corpus)
        if routine and not ordinal and not fact.get("where"):
            return f"'{routine}' happens after many meetings: which one is not said"
        again = "" if ordinal else _same_again(fact, named, corpus)
        if again:
            return f"the articles tell of the same people doing the same on {again} too"
    return ""


def says_what_was_agreed(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "When did Calder and Brena strike a historic deal?": what was done to a deal (a
    referendum, a plan) that nothing says more of is one of many."""
    for fact in facts:
        if fact.kind != "event":
            continue
        thing = _bare_thing(corpus.display(fact.get("rest") or ""), corpus.language)
        if not thing:
            continue
        at = q.prompt.find(thing)
        if at < 0 or not _SAYS_OF_WHAT.match(q.prompt, at + len(thing)):
            return f"'{thing}' does not say what it was about"
    return ""


def _bare_thing(rest: str, language: Language) -> str:
    """The object that opens ``rest`` when it is a noun of ``bare_nouns`` with only a
    determiner and praise before it ("a historic deal"; not "a ceasefire deal"), else ""."""
    words = rest.split()
    if not words or words[0].lower() not in ("a", "an", "the"):
        return ""
    for index, word in enumerate(words[1:4], start=1):
        if word.lower() in language.bare_nouns:
            return " ".join(words[: index + 1])
        if word.lower() not in language.evaluative_words:
            return ""
    return ""


# what may follow to say what it was about: "a deal on Wren", "the referendum over Skarn"
# (not "on" a date: "struck a deal on _____")
_SAYS_OF_WHAT = re.compile(
    r"\s+(?:(?:on|over)\s+(?![_\d])|(?:to|with|between|for|of|about|aimed|that)\b)"
)


def not_a_remarks_day(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "When did Ola Finn say the return was 'a welcome development'?": the day of a remark
    is trivia, asked for its date or shifted in a true/false statement."""
    if not (q.asks == "date" or q.type in ("truefalse", "timeline")):
        return ""
    for fact in facts:
        verb = (fact.get("verb") or "").split() if fact.kind == "event" else []
        if verb and corpus.language.base_verb(verb[-1]) in corpus.language.remark_verbs:
            return f"the day of a remark ('{verb[-1]}') is not worth asking"
    return ""


def one_date_in_clause(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "Calder and Brena resumed ties in April, after a deal struck in March": the clause
    keeps a date of its own beside the one the question gives it; asked, the two clash."""
    for fact in facts:
        if fact.kind != "event":
            continue
        dated = fact.get("date_text") or ""
        rest = (fact.get("rest") or "").replace(dated, " ") if dated else fact.get("rest") or ""
        other = _OTHER_DATE.search(rest)
        if other:
            return f"the clause has a date of its own ({other[0]!r})"
    return ""


# A date phrase left in an event's clause: a month, a weekday, a day word, "in 2016"
_OTHER_DATE = re.compile(
    rf"\b(?:{MONTH_PATTERN}|(?:{'|'.join(w.title() for w in WEEKDAYS)})|yesterday|today|tomorrow)"
    r"(?![\w’'-])"
    r"|\b(?:in|on|since|until|by|from|before|after|during) (?:early |late |mid-)?\d{4}\b(?! [A-Z])",
)


def one_thing_done(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "What did Calder sign on 3 May 2019?" has one answer only when the articles tell of
    no other thing the same people did with that verb then."""
    if q.asks != "object":
        return ""
    language = corpus.language

    def thing(event: Fact) -> str:
        rest = first_predicate(event.get("rest") or "", language)
        return act_object(event.get("verb") or "", rest, language)[0]

    for fact in facts:
        asked, people = thing(fact), _participants(fact, corpus)
        for other in _events_by_verb(corpus).get(_main_verb(fact, corpus), ()):
            if other.id == fact.id or not people & _participants(other, corpus):
                continue
            if not _may_be_one_day(fact.get("date") or "", other.get("date") or ""):
                continue
            if thing(other) != asked:
                return f"the articles tell of more than one thing done so then ({q.answer!r})"
    return ""


# "I" as a clause's subject in a source sentence ("Only yesterday, I had the pleasure of"),
# with the word after it
_FIRST_PERSON = re.compile(r"(?:\A|[,;:]\s+|\b(?:and|then|yesterday|today)\s+)I\s+([a-z]+)")


def not_an_aside_of_a_speech(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """A speaker's own doings dated only by a relative word ("Only yesterday, I had the
    pleasure of attending a festival", "Last August, I listened to ...") are a speech's
    asides, not events to learn; a speech's dated statement ("In 2013 I visited Brena") is,
    and so is what the speaker tells of another ("I learned that Ola Finn visited Brena
    today": the event is Finn's)."""
    for fact in facts:
        if fact.kind != "event" or not fact.get("inferred"):
            continue
        verb = (fact.get("verb") or "").split()[:1]
        if all(_speakers_own(s.quote, verb) for s in fact.sources):
            return "a speaker's aside about their own day, dated only by a relative word"
    return ""


def _speakers_own(quote: str, verb: list[str]) -> bool:
    """Does "I" do the event's verb in ``quote`` ("I had", "I then visited")?"""
    for found in _FIRST_PERSON.finditer(quote):
        after = quote[found.start(1) :].split()[:2]
        if not verb or verb[0] in after:
            return True
    return False


def blank_apart(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """A date's blank added after a purpose reads as the purpose's date: "established ... to
    reinforce the claims to territory in the South Atlantic in _____ (year)"."""
    if q.type != "cloze" or not any(f.kind == "event" for f in facts):
        return ""
    before = q.prompt.partition(BLANK)[0].split()
    purposes = [
        i
        for i, w in enumerate(before[:-1])
        if w == "to" and corpus.language.is_base_verb(before[i + 1])
    ]
    if purposes:
        return "the blank follows a purpose ('to ...') and may read as its date"
    return ""


def one_partner(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "Who did X meet on D?" and "Who met X on D?" have one answer only for a meeting at a
    named place (or an ordinal one: "their eighth meeting") that is not a crowded occasion:
    on one day a leader may call several people, and at a summit or forum meet many. Nor
    has "Who attended the rally on D?": many attend."""
    if q.asks not in ("partner", "actor"):
        return ""
    language = corpus.language
    for fact in facts:
        clause = _predicate(fact)
        verb = language.base_verb((fact.get("verb") or " ").split()[0])
        met = q.asks == "partner" or verb in language.meeting_verbs or " with " in clause
        placed = fact.get("where") or _NAMED_PLACE.search(fact.get("rest") or "")
        if met and not placed and not (q.asks == "actor" and _ORDINAL.search(clause)):
            return "no place says which of the day's meetings or calls this was"
        crowded = [w for w in language.crowded_occasions if re.search(rf"\b{w}\b", clause)]
        if crowded:
            return f"at a {crowded[0]} one meets or calls many: who is not one answer"
        if q.asks == "actor" and verb in language.shared_verbs:
            return f"many may {verb} it: who is not one answer"
        visiting = verb in language.arrival_verbs or re.search(r"\b(?:visit\w*|trips?)\b", clause)
        if q.asks == "actor" and visiting:
            return "many may visit a place on one day: who is not one answer"
    return ""


_NAMED_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]")  # "met ... in Irkutsk"
_NAME_RUNS = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")  # "Port Arden", "APEC"


def _predicate(fact: Fact) -> str:
    """An event's verb and what follows it, in lower case ("made statements for the press")."""
    return " ".join((fact.get("verb") or "", fact.get("rest") or "")).lower()


OBJECT_WINDOW = 4  # "agreed on a ceasefire", "paid an official visit": the act's object


def _recurs_without_occasion(fact: Fact, corpus: Corpus) -> bool:
    """ "Calder summoned the vice chief of the Brenan Embassy in Harwick": an act other than
    a meeting, done again and again and told apart by no occasion ("on the sidelines of the
    APEC summit", "to attend the start-up ceremony"); whom and where tell no summons from the
    next. Only the act and its object count: "agreed on a ceasefire" recurs, "declared an
    end to the ceasefire" does not."""
    act = (fact.get("rest") or "").split()[:OBJECT_WINDOW]
    clause = " ".join([fact.get("verb") or "", *act])
    language = corpus.language
    if _main_verb(fact, corpus) in (*language.meeting_verbs, *language.arrival_verbs):
        return False  # a meeting at a named place is one meeting (see ``_details``)
    if not language.recurs(clause):
        return False
    words = {w.lower() for w in re.findall(r"[\w’'-]+", fact.get("rest") or "")}
    return not words & {w.lower() for w in EVENT_NOUNS}


def _named_event(fact: Fact, corpus: Corpus) -> bool:
    """An event a noun phrase names with no verb of its own ("the Brenan invasion of Ostria
    took place") needs two names in it to be one event: "the Summit Meeting in Port Arden"
    has one (Port Arden: which summit?), "Ilan Brek's visit to Calder" has three."""
    if fact.get("rest"):
        return False
    subject = corpus.display(fact.get("subject") or "")
    runs = _NAME_RUNS.findall(subject)
    if re.fullmatch(r"the [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*", subject) and _proper_event(
        subject[4:], corpus
    ):
        return True  # "the Wren War took place", "the Skarn Crisis": one event by its name
    common = {w.lower() for w in EVENT_NOUNS} | {"the", "a", "an"}
    posts = corpus.title_words() - corpus.proper_words()  # "Secretary", not "Brenan"
    names = [r for r in runs if any(w.lower() not in common and w not in posts for w in r.split())]
    return len(names) >= 2  # "Port Selden" is one name


# Events one names as one names a place: "the Skarnia War", "the Skarn Crisis"
_ONCE_NOUNS = frozenset("War Crisis Revolution Uprising Rebellion Massacre".split())


def _proper_event(run: str, corpus: Corpus) -> bool:
    """A name of one event: a noun of war or crisis after a name that is no English word
    ("Skarnia War", "Calder-Brenan War"; not "Summit Meeting", "Gulf War" read as common)."""
    words = run.split()
    return (
        len(words) >= 2
        and words[-1] in _ONCE_NOUNS
        and all(not corpus.language.is_common_word(w) for w in words[:-1])
    )


def _founded(fact: Fact, corpus: Corpus) -> bool:
    """ "The Wren Dialogue was launched", "the Harwick Accord was signed": what happens once
    in the life of a thing its name tells apart (a capitalised word after its first that is
    no country's or people's: "the Brenan outpost" is one of many); "Wrenland became
    independent": once in a country's."""
    verb = (fact.get("verb") or "").split()
    subject = corpus.display(fact.get("subject") or "").split()
    if subject[:1] in (["a"], ["an"], ["A"], ["An"]):
        return False  # "an Argentine outpost was established": which one?
    predicate = " ".join([*verb, *(fact.get("rest") or "").split()])
    if predicate.startswith(corpus.language.founding_phrases):  # "became independent"
        return bool(corpus.domain.country_for(" ".join(subject)))
    return (
        len(verb) == 2
        and verb[0] in ("was", "were")
        and verb[1] in corpus.language.founding_verbs
        and any(w[:1].isupper() and not corpus.domain.country_for(w) for w in subject[1:])
    )


def _routine(fact: Fact, corpus: Corpus) -> str:
    """The routine phrase an event's clause holds ("made statements for the press"), or "";
    for an event a noun names ("the press conference by ... took place"), its subject's."""
    if fact.get("rest"):
        clause = _predicate(fact)
    else:  # "the press conference by ..." reads as "a press conference by ..."
        clause = "a " + re.sub(r"\A(?:the|a|an)\s+", "", (fact.get("subject") or "").lower())
    return next(
        (
            p
            for p in corpus.language.routine_phrases
            if p in clause and re.search(rf"(?<![\w-]){re.escape(p)}\b", clause)
        ),
        "",
    )  # whole words: "self-determination" is no pledge of determination


def _details(fact: Fact, corpus: Corpus) -> tuple[set[str], str]:
    """The named words of an event's clause that are not people ("APEC", "Wren Island"), and
    the clause without the people's names."""
    people = corpus.proper_words() | corpus.title_words()
    blockers = corpus.name_blockers()
    verb = _main_verb(fact, corpus)
    meeting = verb in corpus.language.meeting_verbs or verb in corpus.language.arrival_verbs
    if not meeting:
        # one annexes Skarn once, meets in it often (a post "Governor of Skarn" aside)
        blockers = blockers - _place_words(corpus)
        people = people - _place_words(corpus)
    language = corpus.language
    rest = first_predicate(fact.get("rest") or "", language)
    # as asked: without a purpose the question leaves out ("called X to resolve the row")
    rest = corpus.display(language.without_purpose(rest, corpus.is_demonym, fact.get("verb") or ""))
    rest = language.without_duration(rest)  # "for 25 minutes" tells no meeting apart
    # a person's post in an aside says whom, not what: ", Ambassador of the Brenan Republic"
    titles = corpus.title_words()
    rest = _POST_ASIDE.sub(lambda m: " " if _titled(m[0], titles) else m[0], rest)
    if meeting:
        # whom or where one meets or visits does not tell visits apart: "visited New York"
        rest = _VISITED.sub("", rest, count=1)
    runs = _NAME_RUNS.findall(rest)
    persons = [run for run in runs if run.split()[-1] in corpus.surnames()]  # "Sergey Lavrov"
    named = {
        w
        for run in runs
        if run not in persons
        for w in run.split()
        if w not in people and w not in blockers and w.lower() not in corpus.language.loose_ends
    }
    named |= set(re.findall(r"\d[\d,.]*", rest))  # "the 2023 rally" is not the 2024 one
    # a document of a kind: "signed a nonaggression pact", not "signed an agreement"
    named |= {
        kind
        for kind in _DOCUMENT_KIND.findall(rest)
        if kind.lower() not in _GENERIC_KINDS and not corpus.language.is_past(kind)
    }
    for run in persons:
        rest = rest.replace(run, " ")
    if not meeting and not _ROUTINE.search(rest):
        # one declares war on Calder once, and holds talks with it often
        named |= {w for w in _NAME_RUNS.findall(rest) if _country_named(w, corpus)}
    return named, rest


# what one holds with a country again and again ("held talks with Calder")
_ROUTINE = re.compile(
    r"\b(?:meetings?|summits?|talks|visits?|sessions?|conferences?|trips?|negotiations|dialogue|"
    r"consultations|forums?|calls?|conversations?|exchanges?)\b",
    re.I,
)


def _country_named(name: str, corpus: Corpus) -> bool:
    """A country by its name ("Calder"), not by its people's adjective ("Calderan")."""
    country = corpus.domain.country_for(name)
    return country is not None and name in (country.name, *country.aliases)


_DOCUMENT_KIND = re.compile(
    r"\b(?:a|an|the|their)\s+([\w-]+)\s+(?:pact|treaty|accord|agreement|declaration|convention|"
    r"protocol|charter|armistice|ceasefire)\b",
    re.I,
)
_GENERIC_KINDS = frozenset(
    "new bilateral joint further formal final first second historic landmark major important "
    "key broad comprehensive draft interim preliminary two three several wide-ranging".split()
)
_POST_ASIDE = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|\([A-Z]+\)|of|to|for|the|and))*"
)


def _titled(aside: str, titles: set[str]) -> bool:
    """Does an aside (", Ambassador of ...") open with a post's word, not a name (", Teniente
    Esquivel")?"""
    words = aside.lstrip(", ").split()
    first = words[1] if words[:1] == ["the"] and len(words) > 1 else words[0] if words else ""
    return first in titles


_VISITED = re.compile(r"\A(?:(?:in|at|to) )?(?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*")


def _place_words(corpus: Corpus) -> set[str]:
    """The capitalised words of the domain's places, disputed places and their groups
    ("Skarn", "Wren Islands"), made
    once per corpus (``_details`` reads them for every event a date question compares)."""

    def words() -> set[str]:
        domain = corpus.domain
        names = [n for p in domain.places for n in (p.name, *p.aliases)]
        names += [n for i in domain.islands for n in i.spellings]
        names += [n for g in domain.groups for n in (g.name, *g.aliases)]
        generic = {"Islands", "Island", "Islets"}  # "Wren Islands": "Wren" tells it apart
        return {w for n in names for w in n.split() if w[:1].isupper() and w not in generic}

    return corpus.memo(("place-words", ""), words)


def _same_again(fact: Fact, named: set[str], corpus: Corpus) -> str:
    """The date of another event in the articles with the same verb and a shared participant
    whose clause names everything this one names, or ""."""
    people = _participants(fact, corpus)
    for other in _events_by_verb(corpus).get(_main_verb(fact, corpus), ()):
        if other.id == fact.id:
            continue
        if _may_be_one_day(fact.get("date") or "", other.get("date") or ""):
            continue  # "6 May" in one article, "6 May 2016" in another: the same event
        if people & _participants(other, corpus) and named <= _details(other, corpus)[0]:
            return human(other.get("date") or "") or "another day"
    return ""


def _may_be_one_day(one: str, other: str) -> bool:
    """Whether two ISO dates may name the same day: equal, one a prefix of the other
    ("2016" and "2016-05-06"), or a month and day without a year that the other has."""
    if one.startswith(other) or other.startswith(one):
        return True
    shorter, longer = sorted((one, other), key=len)
    return shorter.startswith("--") and longer[4:] == shorter[1:]


def _events_by_verb(corpus: Corpus) -> dict[str, list[Fact]]:
    """The corpus's events by the base form of their verb, made once: each date question
    then reads only the events with its own verb, not every fact of the corpus."""

    def index() -> dict[str, list[Fact]]:
        events: dict[str, list[Fact]] = {}
        for fact in corpus.facts:
            verb = _main_verb(fact, corpus) if fact.kind == "event" else ""
            if verb:
                events.setdefault(verb, []).append(fact)
        return events

    return corpus.memo(("events-by-verb", ""), index)


def _main_verb(fact: Fact, corpus: Corpus) -> str:
    """The base form of an event's verb ("made statements" -> "make", "personally called" ->
    "call"), or ""."""
    words = (fact.get("verb") or "").split()
    while len(words) > 1 and is_adverb(words[0]):
        words = words[1:]
    return corpus.language.base_verb(words[0]) if words else ""


def _participants(fact: Fact, corpus: Corpus) -> set[str]:
    """The known people an event names (by surname), else its subject as written."""
    words = " ".join([fact.get("subject") or "", *(fact.get("who") or [])]).split()
    known = {w for w in words if w in corpus.surnames()}
    return known or {(fact.get("subject") or "").casefold()} - {""}


def date_belongs_to_verb(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "X learned that Y visited ... on <date>", "X invited Y to take part in a forum in
    May 2018": the date may be the reported clause's or the infinitive's, not the verb's."""
    for fact in facts:
        if fact.kind != "event":
            continue
        rest, dated = fact.get("rest") or "", fact.get("date_text") or ""
        if not dated:
            continue  # a report's lead, dated by its date line: the day of its own verb
        told = _between_verb_and_date(fact)  # the source's words: the clause lost its date
        # "signed an accord in September that was rejected ...": a "that" after the date
        # opens no clause the date could be in
        that = re.search(r"\bthat\b", rest if told is None else told)
        if that and not _date_before_verb(fact):
            return "the date may belong to the reported clause, not its verb"
        if _MODAL.search(rest) and not _date_before_verb(fact):
            # "hoped the exchange would start ..., perhaps as soon as Saturday": the start's
            return "the date may belong to what would happen, not to its verb"
        language = corpus.language
        if language.base_verb(fact.get("verb") or "") not in language.forward_verbs:
            continue
        if _date_before_verb(fact) and _ASKED_TO.match(rest):
            continue  # "on Tuesday asked Ilan Brek to recall ...": the asking's day
        before_date = rest.split(dated)[0] if dated and dated in rest else rest
        infinitives = re.findall(r"\bto\s+([a-z]+)\b", before_date if told is None else told)
        if any(language.is_base_verb(word) for word in infinitives):
            return "the date may belong to what the verb looks ahead to ('invited X to ...')"
    return ""


def _between_verb_and_date(fact: Fact) -> str | None:
    """The source's words between an event's verb and its date ("agreed a deal on Saturday to
    reinforce ...": "a deal "), or None when the source does not show them in that order."""
    verb, dated = fact.get("verb") or "", fact.get("date_text") or ""
    for source in fact.sources:
        at = source.quote.find(verb) if verb else -1
        date_at = source.quote.find(dated, at + len(verb)) if at >= 0 and dated else -1
        if date_at > at:
            return source.quote[at + len(verb) : date_at]
    return None


_MODAL = re.compile(r"\b(?:would|will|could|might|may|should|shall|can)\s+(?:not\s+)?[a-z]+")
# whom the verb asks, then what: "Ilan Brek III to recall his men" (not "Ilan Brek press
# Calder to ...", whose infinitive is another verb's)
_ASKED_TO = re.compile(r"(?:[A-Z][\w’'.-]*\s+)+to\s+[a-z]")


def _date_before_verb(fact: Fact) -> bool:
    """ "On 14 May, X declared that ...", "X ruled on 14 May, that ...": a date before the
    verb, or right after it, is the verb's, in every sentence that tells the event."""
    dated, verb = fact.get("date_text") or "", fact.get("verb") or ""
    return bool(dated and verb) and all(
        0 <= s.quote.find(dated) < s.quote.find(verb)
        or _date_right_after_verb(s.quote, verb, dated)
        for s in fact.sources
    )


def _date_right_after_verb(quote: str, verb: str, dated: str) -> bool:
    """ "ruled on 14 May that ...", "announced Wednesday a new pact that ...": the date right
    after the verb is the verb's, whatever clause follows it."""
    at = quote.find(verb)
    return at >= 0 and quote.startswith(dated, at + len(verb) + 1)


_DEFINITE_COUNT = re.compile(
    r"\bthe (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?!of\b)[a-z]+s\b"
)


def no_unexplained_count(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "two of the four islands", "the two leaders": a counted group the text named before,
    which the question does not name. (A list question may ask "Name the five areas".)"""
    if q.type == "list":
        return ""
    text = " ".join((q.prompt, *q.items))
    found = _DEFINITE_COUNT.search(text)
    return f"'{found.group(0)}' leans on the article: which ones?" if found else ""


def no_presupposition(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "its latest test", "another forum": words that lean on the day of writing or on
    an earlier sentence."""
    told = q.type == "truefalse" or q.asks == "object"  # an answer that is the source's words
    text = " ".join((q.prompt, *q.items, q.answer if told else "")).lower()
    for word in corpus.language.presupposing_words:
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
            return f"'{word}' leans on the day of writing or an earlier event"
    pointer = _POINTER.search(text)
    if pointer:
        return f"'{pointer[0]}' points to something the question does not name"
    return ""


# "say this visit aims to ...": a thing the article named before (a time word is another
# check's: "this year")
_POINTER = re.compile(r"\bthis (?!year\b|month\b|week\b|time\b)[a-z][\w-]*")


def source_states_answer(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """The cited quote says what the answer is."""
    if q.type in ("truefalse", "timeline", "matching", "list") or not q.sources:
        return ""
    quote = q.sources[0].quote
    answer = q.answer
    fact = facts[0]
    if fact.kind == "person" and q.asks == "holder":
        surname = without_accents(answer.split()[-1]).casefold() if answer else ""
        # "Thaçi" is the quote's "Thaci": a source may leave out the accents
        found = surname and surname in without_accents(quote).casefold()
        return "" if found else "quote lacks the name"
    if (
        fact.kind in ("number", "place")
        and (fact.get("as_written") or fact.get("name") or "") not in quote
    ):
        return "the quote does not state the answer"
    return ""


# A year that dates the sentence: "in 1998", "on 6 May 2016", "May 2016", an opening "In a
# 2017 survey, ...", not "the 1998 summit".
_DATED = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|[Oo]f)\s+"
    r"(?:(?:early|mid|late|\d{1,2}|[A-Z][a-z]+)\s+){0,2}"
    rf"\d{{4}}\b|\b(?:{'|'.join(m.title() for m in MONTHS)}),? \d{{4}}\b"
    r"|\A(?:In|At|During) (?:a|an|the|its) \d{4}\b"
)


def no_lone_name(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """An event's question names nobody it does not introduce: "... a conversation with
    Albares?" (who is Albares?). Acronyms ("APEC") and places the articles name pass."""
    if q.type in ("cloze", "choice") and "“" in q.prompt or q.type == "cloze":
        return ""  # a shown sentence: ``standalone_sentence`` reads it
    if not any(f.kind == "event" for f in facts):
        return ""
    places = {w for f in corpus.facts if f.kind == "place" for w in str(f.get("name")).split()}
    places |= corpus.name_blockers()  # countries, peoples, capitals: "Tehran" needs no gloss
    lone = [w for w in _lone_names(q.prompt, corpus) if not w.isupper() and w not in places]
    return f"names {lone[0]!r} without saying who or what that is" if lone else ""


def standalone_sentence(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """A source sentence shown whole must read alone: named subject, short, with a year."""
    quoted = re.search(r"“(.+)”", q.prompt) if q.type == "choice" else None
    sentence = q.prompt if q.type == "cloze" else quoted.group(1) if quoted else ""
    if not sentence:
        return ""
    full = sentence.replace(BLANK, q.answer)
    if len(full.split()) > MAX_SENTENCE_WORDS:
        return "the sentence is too long for a card"
    if not _DATED.search(full):
        return (
            "the sentence says no year of its own (a year inside a name, 'the 1998 summit', is not)"
        )
    if ":" in full[:60] or is_headline(full):
        return "the sentence is a heading or a speaker's line"
    if corpus.language.is_dangling(full) or not full[:1].isupper():
        return "the sentence leans on the one before it"
    opening = _OPENING_SUBJECT.match(full)
    if opening and corpus.language.is_anonymous(opening[0]):
        return f"its subject '{opening[0]}' names nobody"  # "Officials met in _____ on ..."
    lone = _lone_names(full, corpus)
    if lone:
        return f"names {lone[0]!r} without saying who or what that is"
    post = _unnamed_post(full, corpus)
    if post:
        return f"'{post}' names a post but not who held it"
    pronoun = _PRONOUN.search(full)
    if pronoun:
        return f"'{pronoun[1]}' stands for something the sentence does not say"
    perfect = _PRESENT_PERFECT.search(full)
    if perfect:
        return f"'{perfect[0]}' tells what held when the article was written, which is not said"
    return ""


# the words before the sentence's first verb-like word: "Officials", "The Calder side"
_OPENING_SUBJECT = re.compile(
    r"(?:[A-Za-z][\w’'-]*)(?: [A-Za-z][\w’'-]*){0,2}(?= [a-z]+ed\b| met\b| said\b)"
)
# "nine rounds of talks have been without results", "has visited": true as of the writing
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:not\s+)?(?:been|[a-z]+(?:ed|en))\b")
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")
# "this", "that" as a pronoun: a function word or a stop right after it ("discussing this when")
_PRONOUN = re.compile(
    r"\b((?:this|that|these|those))(?=\s+(?:when|and|but|is|was|were|will|would|as|in|on|at|to|"
    r"for|with|by|from)\b|[.,;:!?])"
)
_TITLE_RUN = re.compile(r"\b[Tt]he ((?:[A-Z][\w’'-]+ )*[A-Z][\w’'-]+)(?! [A-Z])")


def _unnamed_post(sentence: str, corpus: Corpus) -> str:
    """ "the Prime Minister", "the President" with no name after it: whose post, and who?"""
    titles = corpus.title_words() - corpus.proper_words()
    for match in _TITLE_RUN.finditer(sentence):
        if all(word in titles for word in match[1].split()):
            return match[0]
    return ""


def _lone_names(sentence: str, corpus: Corpus) -> list[str]:
    """Single names a sentence shown alone leaves unexplained ("led by Rivero", "Golovnin and
    his crew"): a capitalised word with no capitalised neighbour that is no English word and no
    name the domain or the articles' people give (a place after "in", "at", "to" or "from" is
    one)."""
    known = corpus.proper_words() | corpus.title_words() | corpus.name_blockers()
    known |= {m.title() for m in (*MONTHS, *WEEKDAYS)}
    found = []
    for match in _CAPITALISED.finditer(sentence):
        word = match[0].removesuffix("’s").removesuffix("'s")
        before = sentence[: match.start()].split()
        after = sentence[match.end() :].split()
        # past a name's particle: "the Centre de Congrès le Régent" is one name
        while before[-1:] and before[-1] in NAME_PARTICLES:
            before = before[:-1]
        while after[:1] and after[0] in NAME_PARTICLES:
            after = after[1:]
        neighbours = [w for w in (before[-1:] + after[:1]) if w[:1].isupper()]
        if (
            neighbours
            or {word, word.removesuffix("s")} & known
            or corpus.language.is_common_word(word)
        ):  # "Brenans": a people the domain names
            continue
        if before and before[-1].lower() in ("in", "at", "to", "from"):
            continue
        found.append(word)
    return found


def countable_answer(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "The _____ ministers" or "our _____ countries": the answer is read off the context."""
    if not any(f.kind == "number" for f in facts):
        return ""
    text = q.prompt
    if re.search(rf"\b(?:the|our|their|both|these|those|its|his|her)\s+{BLANK}", text, re.I):
        return "the answer is told by the words around it"
    if re.search(rf"[\d$£€.:,]{BLANK}|{BLANK}[.:]?\d|\w{BLANK}|{BLANK}\w", text):
        return "the number is part of a larger figure, a clock time or a footnote"
    return ""


def closed_list(q: Question, facts: Sequence[Fact], corpus: Corpus) -> str:
    """ "Name the five areas" only when the text says there are five ("such as" lists are open)."""
    for fact in facts:
        members = fact.get("members") or []
        if fact.kind == "list" and fact.get("stated_count") != len(members):
            return "the text does not say the list is complete"
    if q.type == "list" and not _prompt_names_someone(q.prompt):
        return "the list names nobody and no place: whose, and where?"
    return ""


def _prompt_names_someone(prompt: str) -> bool:
    """Whether a prompt holds a name (a country, person, place) past its first word, months
    and posts' capitals aside: "Name the five areas of joint activities reported on 6
    September 2017" says neither whose nor where."""
    words = re.findall(r"(?<=\s)[A-Z][\w’'-]+", prompt)
    return any(w.lower().rstrip(".") not in MONTHS for w in words)


CHECKS: tuple[Check, ...] = (
    closed_list,
    no_lone_name,
    no_presupposition,
    no_unexplained_count,
    no_personal_pronoun,
    not_negated,
    not_modal,
    not_ongoing,
    spans_only_asked_openly,
    year_not_given,
    anchored_in_time,
    named_subject,
    reads_cleanly,
    complete_clause,
    says_what_was_said,
    one_event,
    says_what_was_agreed,
    not_a_remarks_day,
    one_date_in_clause,
    one_thing_done,
    not_an_aside_of_a_speech,
    one_partner,
    blank_apart,
    date_belongs_to_verb,
    named_person,
    names_its_people,
    source_states_answer,
    standalone_sentence,
    countable_answer,
)


def problems(q: Question, facts: Sequence[Fact], corpus: Corpus) -> list[str]:
    """Every check's reason for holding ``q`` back (empty when it may be printed)."""
    return [reason for check in CHECKS if (reason := check(q, facts, corpus))]


def _names_someone(words: Sequence[str], fact: Fact, corpus: Corpus) -> bool:
    """ "Mara Voss", "the Northern Union", "ministers from Calder and Brena" do; "the
    President", "Through careful coordination", "3 the Secretary" do not."""
    head = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
    if not (head[:1].isupper() or head[:1].islower() and head.isalpha()):
        return False
    if head[:1].isupper() and head.lower() in corpus.language.loose_ends:
        return False
    return any(
        _proper(w.strip(",’'").removesuffix("’s").removesuffix("'s"), fact, corpus)
        and w not in corpus.title_words()
        for w in words
    )


def _proper(word: str, fact: Fact, corpus: Corpus) -> bool:
    """A capitalised word that is a name: known to the corpus, or capitalised mid-sentence."""
    if not word[:1].isupper() or word.lower() in corpus.language.loose_ends:
        return False
    if word in corpus.proper_words() or word in corpus.title_words():
        return True
    return capitalised_inside(word, fact.sources)
