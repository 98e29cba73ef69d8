"""Small English rules the templates need: base verbs, clean standalone sentences."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from lemminflect import getAllInflections, getAllLemmas, getLemma

_ATTRIBUTION = re.compile(  # ", the source said." / ", the Brenan government press service reported."
    r",\s+(?:he|she|they|it|sources?\b[^,.]{0,40}?|officials?|(?:the|a|an)\s[^,.]{0,50}?)\s+"
    r"(?:have |has )?(?:said|says|added|reported|stressed|noted)(?:\s+\w+day)?(?=[.!?][\"”’]?$)",
    re.I,
)
_WEEKDAY_ADVERB = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=[\s,.;])"
)


# Words that open a noun phrase; lemminflect's lexicon holds only content words.
_FUNCTION_WORDS = frozenset(
    "the a an this that these those its their his her our your some all both each every many "
    "several most few other such no".split()
)


def _never(word: str) -> bool:
    return False


PURPOSE_KEPT_WORDS = 6  # a predicate this short keeps its purpose ("went there to vote")
_FRONTED = re.compile(r"(?:in|on|at|by|during|after|before|since|later)\b[^,]{0,40},\s*")


@dataclass(frozen=True)
class Language:
    """Word lists from the question rules file (``[language]`` table)."""

    relative_time: tuple[str, ...] = ()
    dangling_openers: tuple[str, ...] = ()
    pointing_words: tuple[str, ...] = ()
    trivial_units: tuple[str, ...] = ()
    irregular_verbs: Mapping[str, str] = field(default_factory=dict)
    anonymous_subjects: tuple[str, ...] = ()
    crowd_words: tuple[str, ...] = ()
    media_nouns: tuple[str, ...] = ()
    reporting_verbs: tuple[str, ...] = ()
    command_verbs: tuple[str, ...] = ()
    number_words: Mapping[int, str] = field(default_factory=dict)
    personal_pronouns: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    loose_ends: tuple[str, ...] = ()
    relational_posts: tuple[str, ...] = ()
    shared_posts: tuple[str, ...] = ()
    presupposing_words: tuple[str, ...] = ()
    forward_verbs: tuple[str, ...] = ()
    routine_phrases: tuple[str, ...] = ()
    meeting_verbs: tuple[str, ...] = ()
    arrival_verbs: tuple[str, ...] = ()
    shared_verbs: tuple[str, ...] = ()
    crowded_occasions: tuple[str, ...] = ()
    contested_dates: tuple[str, ...] = ()
    founding_verbs: tuple[str, ...] = ()
    founding_phrases: tuple[str, ...] = ()
    recurring_words: tuple[str, ...] = ()
    purpose_verbs: tuple[str, ...] = ()
    object_verbs: tuple[str, ...] = ()
    located_nouns: tuple[str, ...] = ()
    document_nouns: tuple[str, ...] = ()
    evaluative_words: tuple[str, ...] = ()
    remark_verbs: tuple[str, ...] = ()
    national_bodies: tuple[str, ...] = ()
    bare_nouns: tuple[str, ...] = ()
    agreeing_verbs: tuple[str, ...] = ()

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> Language:
        words = table.get("number_words", {})
        return cls(
            relative_time=tuple(table.get("relative_time", ())),
            dangling_openers=tuple(table.get("dangling_openers", ())),
            pointing_words=tuple(table.get("pointing_words", ())),
            trivial_units=tuple(table.get("trivial_units", ())),
            irregular_verbs=dict(table.get("irregular_verbs", {})),
            anonymous_subjects=tuple(table.get("anonymous_subjects", ())),
            crowd_words=tuple(table.get("crowd_words", ())),
            reporting_verbs=tuple(table.get("reporting_verbs", ())),
            command_verbs=tuple(table.get("command_verbs", ())),
            number_words={int(k): v for k, v in words.items()},
            **{
                name: tuple(table.get(name, ()))
                for name in (
                    "media_nouns",
                    "personal_pronouns",
                    "negations",
                    "loose_ends",
                    "relational_posts",
                    "shared_posts",
                    "presupposing_words",
                    "forward_verbs",
                    "routine_phrases",
                    "meeting_verbs",
                    "arrival_verbs",
                    "shared_verbs",
                    "crowded_occasions",
                    "contested_dates",
                    "founding_verbs",
                    "founding_phrases",
                    "recurring_words",
                    "purpose_verbs",
                    "object_verbs",
                    "located_nouns",
                    "document_nouns",
                    "evaluative_words",
                    "remark_verbs",
                    "national_bodies",
                    "bare_nouns",
                    "agreeing_verbs",
                )
            },
        )

    def recurs(self, statement: str) -> bool:
        """Does ``statement`` tell of what happens again and again ("met", "trips")?"""
        words = {w.lower() for w in re.findall(r"[\w’'-]+", statement)}
        return not words.isdisjoint(self.recurring_words)

    @cached_property
    def pact_nouns(self) -> frozenset[str]:
        """Nouns of what parties agree on: ``document_nouns`` and ``bare_nouns``."""
        return frozenset((*self.document_nouns, *self.bare_nouns))

    def with_article(self, phrase: str) -> str:
        """A document's name as a clause's subject takes "the", though a source may leave it
        out: "Wren Peace Agreement" -> "the Wren Peace Agreement" ("Resolution 2065" and a
        phrase with its own article stay)."""
        words = phrase.split()
        if not words or not all(w[:1].isupper() for w in words) or len(words) < 2:
            return phrase
        if words[0].lower() in _FUNCTION_WORDS or words[-1].lower() not in self.document_nouns:
            return phrase
        return f"the {phrase}"

    def without_duration(self, clause: str) -> str:
        """``clause`` without how long it lasted ("held talks for approximately one hour and
        40 minutes" -> "held talks"): detail a question about the event does not need."""
        if not self.trivial_units or " for " not in f" {clause} ":
            return clause
        units = "|".join(re.escape(u) for u in self.trivial_units)
        amount = r"(?:[\d.]+|[a-z]+(?:-and-a-half)?)"
        pattern = (
            rf"\s*\bfor\s+(?:(?:approximately|about|around|some|nearly|almost|over|more than|"
            rf"less than|just over|just under)\s+)?{amount}\s+(?:{units})\b"
            rf"(?:\s+and\s+{amount}\s+(?:{units})\b)?"
        )
        return re.sub(r"\s{2,}", " ", re.sub(pattern, "", clause)).strip()

    def without_purpose(
        self, rest: str, adjective: Callable[[str], bool] = _never, verb: str = ""
    ) -> str:
        """A long predicate without its trailing purpose: "the Geneva Agreement to find an
        amicable solution to the dispute" -> "the Geneva Agreement" (the purpose is detail a
        question about the act does not need; what the act was stays). Only when what stays
        names something: a capitalised word that is not ``adjective`` ("Spanish"); never after
        a verb that needs its purpose (``purpose_verbs``: "used his trip to hold talks")."""
        words = rest.split()
        if len(words) <= PURPOSE_KEPT_WORDS:
            return rest
        last = verb.split()[-1:]
        if last and self.base_verb(last[0]) in self.purpose_verbs:
            return rest
        for index in range(2, len(words) - 1):
            after = words[index + 1]
            if words[index] != "to" or not after[:1].islower() or not self.is_base_verb(after):
                continue  # "to Lena"; "to Demand the Return": a name goes on
            before = set(getAllLemmas(words[index - 1].lower()))
            if before and "NOUN" not in before:
                continue  # "ready to hand over", "agreed to begin": no purpose, the point
            kept = words[:index]
            if not any(w[:1].isupper() and not adjective(w) for w in kept[1:]):
                return rest  # "an eight-point plan", "the Lena government": it names nothing
            return " ".join(kept).rstrip(",")
        return rest

    def number_word(self, value: int) -> str:
        """``2`` -> ``"two"``; larger numbers stay digits."""
        return self.number_words.get(value, str(value))

    def simple_past(self, clause: str) -> str:
        """A perfect made simple past: "had signed the treaty", "has met Lee" -> "signed the
        treaty", "met Lee" (a dated statement has no other time for the perfect to look
        from). "had a meeting" is no perfect and stays; a negated one is held by its own check."""

        def past(match: re.Match[str]) -> str:
            word = match.group(1)
            forms = getAllInflections(self.base_verb(word), upos="VERB")
            participles = forms.get("VBN") or forms.get("VBD") or ()  # regular: the same form
            if word.lower() not in participles or not forms.get("VBD"):
                return match.group(0)
            return str(forms["VBD"][0])

        return re.sub(r"\b(?:had|has|have)\s+(?!not\b|never\b)(\w+)", past, clause)

    def did_what(self, verb: str, rest: str) -> str:
        """A predicate in the simple past, for "Who ...?": ``"has taken", "part"`` -> ``"took
        part"``; ``""`` when the verb is not past ("plans to", "will meet")."""
        words = verb.split()
        if not words:
            return ""
        head, tail = words[0].lower(), words[1:]
        perfect = head in ("has", "have", "had") and bool(tail)
        if perfect:
            head, tail = tail[0].lower(), tail[1:]
        forms = getAllInflections(self.base_verb(head), upos="VERB")
        past = forms.get("VBD", ())
        if perfect and head in forms.get("VBN", ()) + past and past:
            head = past[0]  # "has taken" -> "took"
        elif head not in past and head not in self.irregular_verbs:
            return ""
        return " ".join([head, *tail, rest]).strip()

    def is_common_word(self, word: str) -> bool:
        """Whether ``word`` is an English word rather than a name: a function word
        ("the", "both") or in lemminflect's lexicon ("senior", "officials"); "Yuri" is not."""
        lower = word.lower()
        return lower in _FUNCTION_WORDS or bool(getAllLemmas(lower))

    def is_verb_only(self, word: str) -> bool:
        """Whether ``word`` can only be a verb ("appear", "vowed"), never a noun ("trade")."""
        lemmas = getAllLemmas(word.lower())
        return "VERB" in lemmas and "NOUN" not in lemmas and "ADJ" not in lemmas

    def is_base_verb(self, word: str) -> bool:
        """Whether ``word`` is a verb in its base form ("take", "press"), as after "to"."""
        lower = word.lower()
        return lower.isalpha() and lower in getAllInflections(lower, upos="VERB").get("VB", ())

    def base_verb(self, word: str) -> str:
        """The base form of a past tense or participle: ``seized`` -> ``seize``.

        The rules file's ``irregular_verbs`` win; otherwise lemminflect's English lexicon
        (with its rules for unknown words) decides, so no hand-kept list of spellings is needed.
        """
        lower = word.lower()
        if lower in self.irregular_verbs:
            return self.irregular_verbs[lower]
        lemmas = getLemma(lower, upos="VERB")
        return lemmas[0] if lemmas else lower

    def is_past(self, word: str) -> bool:
        """True for a past tense or past participle (``met``, ``put``, ``seized``)."""
        lower = word.lower()
        if lower in self.irregular_verbs:
            return True
        forms = getAllInflections(self.base_verb(lower), upos="VERB")
        return lower in forms.get("VBD", ()) + forms.get("VBN", ())

    @cached_property
    def speech_verbs(self) -> frozenset[str]:
        """Verbs of speech and command: what they name may be elsewhere than the act."""
        return frozenset((*self.reporting_verbs, *self.command_verbs))

    def is_anonymous(self, subject: str) -> bool:
        """True for subjects such as "a diplomatic source", "officials", "the Brenan side" or a
        crowd ("thousands waving flags", "hundreds of people")."""
        lowered = subject.lower().strip()
        if lowered.rsplit(" ", 1)[-1] in ("side", "sides"):
            return True  # "the Brenan side": a delegation, nobody named
        return lowered in self.anonymous_subjects or lowered.partition(" ")[0] in self.crowd_words

    def is_medium(self, subject: str) -> bool:
        """True for a news medium ("the Mauritanian news agency (AMI)", "state television"):
        the day it reported something is not the fact."""
        words = re.sub(r"\s*\([^)]*\)", "", subject).lower().split()
        return bool(words) and words[-1] in self.media_nouns

    @cached_property
    def _relative(self) -> re.Pattern[str]:
        words = sorted(self.relative_time, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" if words else r"(?!)")

    @cached_property
    def _opener(self) -> re.Pattern[str]:
        words = sorted(self.dangling_openers, key=len, reverse=True)
        return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")\b" if words else r"(?!)")

    @cached_property
    def _pointing(self) -> re.Pattern[str]:
        words = self.pointing_words
        return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" if words else r"(?!)")

    def relative_words_in(self, text: str) -> list[str]:
        """The relative time words ``text`` contains (whole words, any case)."""
        found = set(self._relative.findall(text.lower()))
        return [w for w in self.relative_time if w in found]

    def is_dangling(self, sentence: str) -> bool:
        """True when the sentence points back to an earlier one: by its opening words ("They
        met ...") or by a word that always does ("people live on them")."""
        stripped = sentence.lstrip("\"“‘'")
        lowered = stripped.lower()
        opening = _FRONTED.match(lowered)  # "In 1956, the two countries ...": past the phrase
        return bool(
            self._opener.match(lowered)
            or (opening and self._opener.match(lowered, opening.end()))
            or any(not _named_after(stripped, m) for m in self._pointing.finditer(lowered))
        )

    def clean_sentence(self, sentence: str) -> str:
        """Drop trailing attributions, weekday adverbs and 'recently' (names are the
        corpus's job: ``Corpus.display``)."""
        text = _ATTRIBUTION.sub("", sentence.strip())
        text = re.sub(r"\s+(?:later|earlier) this week\b", "", text)
        text = re.sub(r"\s+recently\b", "", text)
        return _WEEKDAY_ADVERB.sub("", text)


# what names the thing a pointing word speaks of: "the dispute between Calder and Brena",
# "the dispute over Lena", "the island of Wren"
_NAMED_AFTER = re.compile(
    r" (?:between (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* and (?:the )?[A-Z]"
    r"|over (?:the )?[A-Z]|of (?:the )?[A-Z])"
)
_NAMED_BY_WHAT_FOLLOWS = frozenset(
    "dispute agreement treaty accord talks claim island islands territory region".split()
)


def _named_after(text: str, pointing: re.Match[str]) -> bool:
    """Does what follows a pointing phrase name its thing ("the dispute between Calder and
    Brena", "the island of Wren")?"""
    noun = pointing[0].split()[-1]
    return noun in _NAMED_BY_WHAT_FOLLOWS and bool(_NAMED_AFTER.match(text, pointing.end()))


def expand_surname(text: str, full_name: str, titles: Iterable[str] = (), family: str = "") -> str:
    """Write the first bare mention of a surname as the full name (``Seko`` -> ``Hiroshige Seko``).

    A surname next to another capitalised word ("Vladimir Putin", "Putin Administration") is
    part of a name already and is left alone, unless that word is one of ``titles``
    ("President Putin", "Mr Putin"). ``family`` is the family name when it is not the last
    word ("Wen" of "Wen Jiabao").
    """
    parts = full_name.split()
    if len(parts) < 2 or full_name in text:
        return text
    for match in re.finditer(rf"(?<![\w-]){re.escape(family or parts[-1])}(?![\w-])", text):
        before = text[: match.start()].split()
        after = text[match.end() :].split()
        if (before and before[-1][:1].isupper() and before[-1] not in titles) or (
            after and after[0][:1].isupper()
        ):
            continue
        return text[: match.start()] + full_name + text[match.end() :]
    return text


# what opens a subject and is lower case inside a sentence: "the islands", "two aides"
_LOWERED_FIRST = frozenset(
    "The A An Some Many Several Both Two Three Four Five Six Seven Eight Nine Ten".split()
)


def lower_first(phrase: str) -> str:
    """Lower-case a leading article: ``The islands`` -> ``the islands``; names stay as they are."""
    first, _, rest = phrase.partition(" ")
    if first in _LOWERED_FIRST:
        return f"{first.lower()} {rest}"
    return phrase


HEADLINE_SHARE = 0.7  # a sentence this much capitalised is a headline: names run into words


def is_adverb(word: str) -> bool:
    """An adverb that is no verb: "personally", "unilaterally" (not "applied", "replied")."""
    lemmas = getAllLemmas(word.lower())
    return "ADV" in lemmas and "VERB" not in lemmas


def is_headline(sentence: str) -> bool:
    """A title: no full stop at the end and most words capitalised."""
    if sentence.rstrip().endswith((".", "!", "?", "”", '"', "’")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", sentence) if len(w) > 3]
    return len(words) >= 5 and sum(w[0].isupper() for w in words) / len(words) >= HEADLINE_SHARE
