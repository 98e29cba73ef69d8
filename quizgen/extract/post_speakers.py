"""A post named without its holder, then a name that speaks: "Calder's foreign minister has
said the talks will go on. Speaking on the radio, Ola Finn said ..." names Ola Finn as
Calder's foreign minister (news introduces a speaker by post, then by name).

Only when the post has its country, the next sentence names one speaker nobody else in the
article is (no post of their own, no other person), and that name is made of no English word,
country or place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lemminflect import getAllLemmas

from quizgen.extract.base import NAME_WORD

if TYPE_CHECKING:
    from quizgen.extract.base import DocContext

# a name of two to four words right before a verb of saying
SPEAKER = re.compile(
    rf"(?<![\w’'-])(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,3}})"
    r"\s+(?:said|says|told|added|stressed|noted|stated|explained|insisted)\b"
)


def post_speakers(
    ctx: DocContext, posts: list[tuple[int, str, str, str]]
) -> list[tuple[int, int, int, str, tuple[str, str, str]]]:
    """For each unnamed post ``(sentence, post, post as written, country)``, the speaker of the
    next sentence who holds it: ``(sentence, start, end, name, (post, written, country))``."""
    found = []
    sentences = ctx.doc.sentences
    for index, post, written, country in posts:
        if index + 1 >= len(sentences):
            continue
        text = sentences[index + 1].text
        speakers = list(SPEAKER.finditer(text))
        if len(speakers) != 1 or ctx.people_in(index + 1):
            continue  # none, several, or a person the article already names is there
        match = speakers[0]
        if not _new_name(ctx, match["name"]):
            continue
        held = (post, written, country)
        found.append((index + 1, match.start("name"), match.end("name"), match["name"], held))
    return found


def _new_name(ctx: DocContext, name: str) -> bool:
    """A person's name no rule has read: no English word, country, place or known person."""
    words = name.split()
    if name in ctx.people or words[-1] in ctx.surnames:
        return False
    return not any(
        getAllLemmas(w.lower()) or ctx.domain.country_for(w) or ctx.domain.place_for(w)
        for w in words
    )
