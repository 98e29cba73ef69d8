"""Question -> Anki note content: field HTML, tags and sub-deck (pure functions, no I/O).

All question text is HTML-escaped here; the markup around it is ours. A question that would give
a blank card (an empty prompt, a cloze without ``{{c1::...}}``) raises ``SkipQuestion``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from functools import lru_cache
from html import escape

from quizgen.facts import FACT_KINDS
from quizgen.questions.lint import BLANK
from quizgen.questions.records import Citation, Question
from quizgen.render.cloze_notes import ClozeNote, answer_span, filled_text
from quizgen.render.layout import shuffled

# Sub-deck by the fact kind a question tests; questions with no known kind go by their type.
SUBDECK_BY_KIND = {
    "event": "Dates",
    "person": "People",
    "islands": "Islands",
    "declaration": "Declaration",
    "number": "Numbers",
    "list": "Lists",
    "place": "Places",
}
SUBDECK_BY_TYPE = {
    "when": "Dates",
    "timeline": "Dates",
    "who": "People",
    "role": "People",
    "matching": "Islands",
    "list": "Lists",
    "cloze": "Sentences",
    "choice": "Choice",
    "truefalse": "True or false",
}
_KIND_BY_PREFIX = {f"{kind[:3]}-": kind for kind in FACT_KINDS}  # as quizgen.facts.fact_id


class SkipQuestion(Exception):
    """A question that would make a blank or broken card; the message says why."""


MOST_ARTICLE_TAGS = 3  # a timeline may cite many articles; its note names the first three
OWN_TREES = ("article::", "fact::")  # the bank's own tags, said again under quizgen::


def deck_and_tags(q: Question) -> tuple[str, tuple[str, ...]]:
    """The sub-deck label and the tags of a question's note (see ``_deck_and_tags``)."""
    prefixes = tuple([f[:4] for f in q.fact_ids])
    titles = tuple(dict.fromkeys(c.title or c.doc for c in q.sources))[:MOST_ARTICLE_TAGS]
    return _deck_and_tags(q.type, q.tags, prefixes, titles)


@lru_cache(maxsize=4096)  # pure; a deck repeats a few combinations thousands of times
def _deck_and_tags(
    qtype: str, own: tuple[str, ...], fact_prefixes: tuple[str, ...], titles: tuple[str, ...]
) -> tuple[str, tuple[str, ...]]:
    """Fact kinds come from the question's tags, then from its fact ids' prefixes. The sub-deck
    is the first kind's, else the question type's. Tags form one tree: ``quizgen::type::``,
    ``quizgen::kind::`` and ``quizgen::article::`` with a readable slug of the article's
    title and date; the question's other own tags are kept."""
    kinds = [t for t in own if t in FACT_KINDS]
    kinds += [t.split("::", 1)[1] for t in own if t.startswith("fact::")]
    kinds += [_KIND_BY_PREFIX[p] for p in fact_prefixes if p in _KIND_BY_PREFIX]
    kinds = [k for k in dict.fromkeys(kinds) if k in FACT_KINDS]
    label = next(
        (SUBDECK_BY_KIND[k] for k in kinds if k in SUBDECK_BY_KIND),
        SUBDECK_BY_TYPE.get(qtype, "Other"),
    )
    kept = {_tag(t) for t in own if not t.startswith(OWN_TREES) and t not in FACT_KINDS}
    found = kept | {f"quizgen::type::{_tag(qtype)}"}
    found |= {f"quizgen::kind::{k}" for k in kinds}
    found |= {f"quizgen::article::{article_slug(t)}" for t in titles if t.strip()}
    return label, tuple(sorted(t for t in found if t))


SLUG_CHARS = 48


def article_slug(title: str) -> str:
    """A tag-safe name for an article: its title's first words and its date,
    ``harwick-hopes-to-expand-cooperation-with-stellby_26-january``."""
    name, _, date = title.rpartition(", ") if ", " in title else (title, "", "")
    words = re.findall(r"\w+", name.lower())
    slug = ""
    for word in words:
        if slug and len(slug) + len(word) + 1 > SLUG_CHARS:
            break
        slug = f"{slug}-{word}" if slug else word
    dated = "-".join(re.findall(r"\w+", date.lower()))
    return f"{slug}_{dated}" if dated else slug or "article"


def _tag(text: str) -> str:
    return "_".join(text.split())


def _text(value: str, what: str) -> str:
    """``value`` as inert HTML; a blank value would make a blank card, so it skips the question."""
    value = value.strip()
    if not value:
        raise SkipQuestion(f"empty {what}")
    return inert(value)


# Anki reads its own markup in field text: {{c1::...}} cloze deletions, [sound:...] media,
# [latex], [$] and [$$] formulas. As character references they show the same and do nothing.
_ANKI_MARKUP = str.maketrans({"{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;"})


def inert(text: str) -> str:
    """``text`` HTML-escaped, with every character Anki reads as markup made inert."""
    return escape(text, quote=False).translate(_ANKI_MARKUP)


def _html_list(tag: str, cls: str, items: Iterable[str], what: str) -> str:
    rows = "".join(f"<li>{_text(i, what)}</li>" for i in items)
    if not rows:
        raise SkipQuestion(f"no {what}s")
    return f'<{tag} class="{cls}">{rows}</{tag}>'


def _source(citations: Iterable[Citation]) -> str:
    parts = []
    for c in citations:
        title = inert((c.title or c.doc).strip())
        quote = f"<blockquote>{inert(c.quote.strip())}</blockquote>" if c.quote.strip() else ""
        parts.append(f'<div class="cite"><span class="cite-title">{title}</span>{quote}</div>')
    return "".join(parts)


def _extra(q: Question) -> str:
    extra = inert(q.explanation.strip())
    others = [a.strip() for a in q.accepted if a.strip() and a.strip() != q.answer.strip()]
    if others:
        accepted = " · ".join(inert(a) for a in others)
        extra += f'<div class="accepted">Also accepted: {accepted}</div>'
    return extra


def note_fields(q: Question) -> tuple[str, list[str]]:
    """The note type key ("basic", "cloze", "choice", "list") and field values (HTML)."""
    source, extra = _source(q.sources), _extra(q)
    if q.type == "cloze":
        check_cloze(q)
        return "cloze", cloze_fields(ClozeNote(q.id, (q.id,), {q.id: q}))
    if q.type == "choice":
        if q.answer not in q.options or len(set(q.options)) < 2:
            raise SkipQuestion("the answer is not one of at least two distinct options")
        marked = "".join(
            f'<li class="{"correct" if o == q.answer else "other"}">{_text(o, "option")}</li>'
            for o in q.options
        )
        options = _html_list("ol", "options", q.options, "option")
        answer = f'<ol class="options answered">{marked}</ol>'
        return "choice", [_text(q.prompt, "prompt"), options, answer, source, extra]
    if q.type == "timeline":  # the events on the front, out of order; the order on the back
        shown = _html_list(
            "ul",
            "items shuffled",
            shuffled(q.items, random.Random(q.id), avoid_identity=True),
            "item",
        )
        items = _html_list("ol", "items", q.items, "item")
        return "list", [_text(q.prompt, "prompt") + shown, items, source, extra]
    if q.type == "list":
        items = _html_list("ul", "items", q.items, "item")
        return "list", [_text(q.prompt, "prompt"), items, source, extra]
    if q.type == "matching":
        prompt = _text(q.prompt, "prompt")
        lefts = _html_list("ul", "items", (a for a, _ in q.pairs), "pair side")
        rights = _html_list("ul", "items", (b for _, b in q.pairs), "pair side")
        rows = "".join(
            f'<tr><td>{_text(a, "pair side")}</td><td class="arrow">↔</td>'
            f"<td>{_text(b, 'pair side')}</td></tr>"
            for a, b in q.pairs
        )
        table = f'<table class="pairs">{rows}</table>'
        forward = f'{prompt}<div class="direction">Give the match of each of these:</div>{lefts}'
        reverse = (
            f'{prompt}<div class="direction">The other way round: give what each of these '
            f"is matched with:</div>{rights}"
        )
        return "basic", [forward, table, reverse, source, extra]
    return "basic", [_text(q.prompt, "prompt"), _text(q.answer, "answer"), "", source, extra]


def check_cloze(q: Question) -> None:
    """Raise ``SkipQuestion`` unless ``q`` blanks one non-empty answer once."""
    _, blank, after = q.prompt.partition(BLANK)
    if not blank or not q.answer.strip() or BLANK in after:
        raise SkipQuestion("cloze needs one blank and a non-empty answer")


def cloze_fields(note: ClozeNote) -> list[str]:
    """Text, Source and Extra of a cloze note: the sentence with each question's answer as
    the deletion of its cloze number. The deletions are ours, rebuilt around the blanks, so
    braces in the article's words stay words."""
    members = note.members
    text, parts, end = filled_text(members[0]), [], 0
    for q in members:
        start, stop = answer_span(q)
        number = note.slots.index(q.id) + 1
        parts.append(inert(text[end:start]) + f"{{{{c{number}::{inert(q.answer.strip())}}}}}")
        end = stop
    parts.append(inert(text[end:]))
    citations = dict.fromkeys(c for q in members for c in q.sources)
    extras = dict.fromkeys(e for e in (_extra(q) for q in members) if e)
    return ["".join(parts), _source(citations), "<br>".join(extras)]
