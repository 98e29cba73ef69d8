"""What an act was done to: "signed a nonaggression pact" -> "a nonaggression pact".

Of an act whose object is the point (``object_verbs`` in the rules file: sign, ratify,
annex, establish, put forward ...), "What did Calder and Brena sign in 1941?" asks what a
student should remember of the event, not only its date. The object is asked only when it is
a short noun phrase the clause states whole.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from quizgen.questions.language import Language, is_adverb

MAX_OBJECT_WORDS = 8  # "the Skarn region of Brena"; longer is a clause, not an answer

# Words that end the object: a preposition of its own phrase, a clause word, punctuation.
# "of" goes on ("the Skarn region of Brena"), as does "and" between nouns.
_OBJECT_ENDS = frozenset(
    "in on at with for during after before to from by as that which who whose where when "
    "while under between against amid over into near since until following without through "
    "toward towards across within despite upon".split()
)
_DETERMINERS = frozenset("a an the its their his her our this these those".split())
# Heads that name no thing to remember: "signed it", "established contacts with"
_EMPTY_HEADS = frozenset(
    "it them this that these those one ones something anything nothing all both each".split()
)
# ", Port Wren", ", the Wren Accord": an aside naming the object, closing the clause
_NAMING_ASIDE = re.compile(r", (?:the )?[A-Z][\w’'.-]*(?: (?:of|the|and|[A-Z][\w’'.-]*))*\Z")


def verb_phrase(verb: str, language: Language) -> str:
    """An event's verb in its base form, adverbs and auxiliaries left out: "unilaterally
    annexed" -> "annex", "had established" -> "establish", "put forward" -> "put forward";
    "" for a passive ("was signed": its subject is the thing done) or a verb not in the past."""
    words = [w for w in verb.lower().split() if not is_adverb(w)]
    if words[:1] and words[0] in ("has", "have", "had") and len(words) > 1:
        words = words[1:]
    if not words or words[0] in ("was", "were", "is", "are", "be", "been"):
        return ""
    if not language.is_past(words[0]):
        return ""
    return " ".join([language.base_verb(words[0]), *words[1:]])


def act_object(verb: str, rest: str, language: Language) -> tuple[str, str]:
    """The object of an act in ``object_verbs`` and the rest of the clause after it:
    ``"signed", "a pact in Lena to end the war"`` -> ``("a pact", "in Lena to end the war")``;
    ``("", "")`` when the verb is not such an act or its object is no short noun phrase."""
    if verb_phrase(verb, language) not in language.object_verbs:
        return "", ""
    aside = _NAMING_ASIDE.search(rest)
    words = rest.split()
    end = len(words)
    for index, word in enumerate(words):
        bare = word.rstrip(",;:")
        if (
            index
            and word.lower() in ("with", "between")
            and words[index - 1].lower() in language.pact_nouns
        ):
            continue  # "a treaty with Brena": whom a pact is with is part of it
        if word.lower() in _OBJECT_ENDS or bare != word:
            end = index + (bare != word and word.lower() not in _OBJECT_ENDS)
            break
    obj, after = " ".join(words[:end]).rstrip(",;:"), " ".join(words[end:])
    comma = end < len(words) and words[end - 1].endswith(",")
    if comma and aside and after == aside[0].lstrip(", ") and aside.start() == len(obj):
        obj, after, comma = obj + aside[0], "", False  # "the summer station, Port Wren"
    if comma and not re.match(r"(?:which|who|whose)\b|\w+ing\b", after):
        return "", ""  # "Wren, Skarn and Lena": one item of a list is no answer
    obj = _plain(obj, language)
    if not _noun_phrase(obj.split(), language):
        return "", ""
    if language.is_verb_only(obj.split()[-1]):
        return "", ""  # "a referendum called | by the government": cut inside what describes it
    if comma or after.split()[:1] in (["that"], ["which"], ["who"], ["whose"]):
        after = ""  # what describes the object would tell it
    return obj, after


def _plain(phrase: str, language: Language) -> str:
    """The object without the writer's praise: "an historic joint statement" -> "a joint
    statement" (``evaluative_words``); an answer states what was done, not its weight."""
    words = [w for w in phrase.split() if w.lower() not in language.evaluative_words]
    if len(words) > 1 and words[0].lower() in ("a", "an"):
        words[0] = "an" if words[1][:1].lower() in "aeiou" else "a"
    return " ".join(words)


def _noun_phrase(words: list[str], language: Language) -> bool:
    """A short noun phrase: opened by a determiner, a capitalised word or a noun, and ending
    in no loose word ("the", "of", "and")."""
    if not words or len(words) > MAX_OBJECT_WORDS:
        return False
    first, last = words[0], words[-1].strip(",").lower()
    if first.lower() in _EMPTY_HEADS or last in language.loose_ends or last in _EMPTY_HEADS:
        return False
    content = [w for w in words if w.lower() not in _DETERMINERS and w.lower() != "of"]
    # a thing named ("the Harwick Accord") or of a kind ("a nonaggression pact"): "an office",
    # "war" say too little to be worth remembering
    named = any(w[:1].isupper() for w in content)
    return (named or len(content) >= 2) and (
        first.lower() in _DETERMINERS
        or first[:1].isupper()
        or "NOUN" in getAllLemmas(first.lower())
    )
