"""The verb group of a clause: its word tables and the finder.

``find_verb`` reads a clause's tokens and returns the span of its first verb group: an
auxiliary or a known verb ("said", "held", "plans to"), or a lowercase "-ed" word that no
determiner or auxiliary precedes, with the adverbs, auxiliaries, "to" and particles that
belong to it ("has already agreed to", "put forward"). A participle with "by" and no auxiliary
before it describes the subject ("five convicts led by X embarked": the verb is "embarked").
"""

from __future__ import annotations

import re

AUX = frozenset(
    "is are was were has have had will would could should can might must did does do".split()
)
MODAL_LIKE = frozenset("will would could should can might must do does did to".split())
CATENATIVE = frozenset(
    """plans hopes wants seeks intends aims expects agrees promises vows refuses continues tries
    needs wishes urges says sees believes thinks calls remains comes sets proposes suggests
    insists warns stresses includes welcomes declines requests asks""".split()
)
IRREGULAR = frozenset(
    """said met put took held made gave sent told saw went came began won lost set brought spoke
    chose drew wrote became left sought thought led paid struck rose fell kept heard stood ran
    sold bought built meant found got broke shut cut hit let withdrew undertook flew fought
    fled grew knew threw spent taught understood upheld overthrew oversaw sank shot drove
    forbade swore laid lent dealt hung bore forgave withheld withstood stole swept tore wore
    woke arose overcame overtook foresaw""".split()
)
# regular pasts of four letters, which the "-ed" test (five letters or more, to leave "need"
# and "shed" out) misses
SHORT_PASTS = frozenset("died used owed tied".split())
VERB_WORDS = AUX | CATENATIVE | IRREGULAR | SHORT_PASTS
TO_TAKERS = frozenset(
    """set likely expected due ready able going is are was were agreed planned decided hoped
    wanted sought tried aimed vowed promised refused continued pledged failed""".split()
)
ADVERBS = frozenset(
    "also not already still just reportedly jointly formally officially finally".split()
)
PARTICLES = frozenset("forward up off out ahead down back over away".split())
DETERMINERS = frozenset("the a an their its his her our your these those this that".split())
TOKEN = re.compile(r"[\w’'-]+")
BY_AGENT = re.compile(r"\s+by\s")


def find_verb(mask: str, relative: bool) -> tuple[int, int] | None:
    """The span of the first verb group in ``mask`` (tokens are read only up to its end)."""
    tokens = TOKEN.finditer(mask)
    previous = None  # the token before ``tok``
    previous_lower = ""
    for tok in tokens:
        word = tok[0]
        lower = word.lower()
        if (
            (previous is None and not relative)
            or (lower not in VERB_WORDS and not lower.endswith("ed"))  # ``_is_verb`` rejects
            or not is_verb(word, previous_lower)
            or (previous is not None and not relative and "," in mask[previous.end() : tok.start()])
            or (previous_lower not in AUX and BY_AGENT.match(mask, tok.end()))
        ):  # "five convicts led by Rivero embarked": "led by" describes, "embarked" is the verb
            previous, previous_lower = tok, lower
            continue
        last, prev = tok, lower
        for following in tokens:
            w = following[0].lower()
            if w in ADVERBS or (w.endswith("ly") and prev in AUX):
                continue
            if (prev in AUX or prev in MODAL_LIKE or prev == "been") and (
                w in AUX
                or w in IRREGULAR
                or w.endswith("ed")
                or prev in MODAL_LIKE
                or w in TO_TAKERS
                or w == "to"
            ):
                last, prev = following, w
                continue
            if w == "to" and (prev in CATENATIVE or prev in TO_TAKERS):
                last, prev = following, w
                continue
            if w in PARTICLES and prev not in AUX:
                last = following
            break
        return tok.start(), last.end()
    return None


def is_verb(word: str, previous: str) -> bool:
    lower = word.lower()
    if lower in VERB_WORDS:
        return previous not in DETERMINERS or lower in AUX
    return (
        lower.endswith("ed")
        and len(lower) > 4
        and "-" not in lower
        and word[0].islower()
        and previous not in DETERMINERS
        and previous not in AUX
    )


def passive_be(noun_phrase: str) -> str:
    """ "was" or "were" for a passive of ``noun_phrase``: "the pacts" were, "the process" was."""
    plural = noun_phrase.endswith("s") and not noun_phrase.endswith("ss")
    return "were" if plural else "was"
