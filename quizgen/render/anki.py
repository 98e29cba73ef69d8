"""Questions -> an Anki ``.apkg`` that updates in place when it is rebuilt and re-imported.

Anki's importer matches notes by GUID only and updates one only when the incoming modification
time is strictly newer, so: GUIDs come from question ids, and each note keeps the mod time its
content first had (see ``buildstate``). Note types have fixed ids and their field and template
names never change; a new layout needs a new note type with a new id (docs/anki.md).
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

import genanki

from quizgen.errors import QuizgenError
from quizgen.facts import FACT_KINDS
from quizgen.questions.records import Citation, Question
from quizgen.render.buildstate import (
    BuildState,
    NoteState,
    Stamp,
    atomic_write,
    content_hash,
    load_state,
    next_mod,
    save_state,
)
from quizgen.templating import make_environment

# Shipped note type ids: never change them, never rename their fields or templates.
BASIC_NOTETYPE_ID = 1671391641
CLOZE_NOTETYPE_ID = 2050178026
CHOICE_NOTETYPE_ID = 1568093643
LIST_NOTETYPE_ID = 1780627270

RETIRED_TAG = "quizgen::retired"
TEMPLATE_DIR = "anki"

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
_KIND_BY_PREFIX = {kind[:3]: kind for kind in FACT_KINDS}  # fact ids start with kind[:3]
_CLOZE_C1 = re.compile(r"\{\{c1::(.*?)\}\}", re.S)


@dataclass(frozen=True)
class NoteType:
    """A shipped note type: fixed id, field names, and (name, front file, back file) templates."""

    key: str
    id: int
    name: str
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str, str], ...]
    cloze: bool = False


NOTE_TYPES = {
    nt.key: nt
    for nt in (
        NoteType(
            "basic",
            BASIC_NOTETYPE_ID,
            "quizgen Basic",
            ("Front", "Back", "Reverse", "Source", "Extra"),
            (
                ("Forward", "basic-front.html", "basic-back.html"),
                ("Reverse", "basic-reverse-front.html", "basic-reverse-back.html"),
            ),
        ),
        NoteType(
            "cloze",
            CLOZE_NOTETYPE_ID,
            "quizgen Cloze",
            ("Text", "Source", "Extra"),
            (("Cloze", "cloze-front.html", "cloze-back.html"),),
            cloze=True,
        ),
        NoteType(
            "choice",
            CHOICE_NOTETYPE_ID,
            "quizgen Multiple choice",
            ("Question", "Options", "Answer", "Source", "Extra"),
            (("Choice", "choice-front.html", "choice-back.html"),),
        ),
        NoteType(
            "list",
            LIST_NOTETYPE_ID,
            "quizgen List",
            ("Prompt", "Items", "Source", "Extra"),
            (("List", "list-front.html", "list-back.html"),),
        ),
    )
}


@dataclass(frozen=True)
class DeckReport:
    """What a deck holds and what changed since the previous build (ids sorted)."""

    path: Path
    notes: int
    cards: int
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()  # (question id, reason)


class _Skip(Exception):
    """A question that would make a blank or broken card."""


class _StampedNote(genanki.Note):
    """A note with its own modification time.

    genanki 0.13 stamps every note and card with the package timestamp: ``Note.write_to_db``
    uses its ``timestamp`` argument only for the note's and its cards' ``mod`` columns.
    """

    def __init__(self, *args: object, mod: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):  # noqa: ANN001 - genanki's API
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


class _StampedModel(genanki.Model):
    """A note type with its own modification time (``Model.to_json`` uses it only for ``mod``)."""

    def __init__(self, *args: object, mod: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def to_json(self, timestamp, deck_id):  # noqa: ANN001 - genanki's API
        return super().to_json(self.mod, deck_id)


def write_deck(
    questions: Sequence[Question],
    path: str | Path,
    deck_name: str = "quizgen",
    flat: bool = False,
    state_path: str | Path | None = None,
    now: int | None = None,
    template_dir: str | Path | None = None,
) -> DeckReport:
    """Write ``questions`` to the ``.apkg`` at ``path`` and update the build state.

    Questions missing from this build but live in the previous state are carried once more,
    tagged ``quizgen::retired``. Questions that would make blank cards are skipped and reported.
    ``now`` (default: the current time) stamps notes whose content changed.
    """
    if not deck_name.strip():
        raise QuizgenError("the deck name is empty: pass a name such as --deck 'Kuril Islands'")
    _check_unique_ids(questions)
    now = int(time.time()) if now is None else int(now)
    previous = load_state(state_path)
    sources = _card_sources(template_dir)
    notetypes: dict[str, Stamp] = {}
    models: dict[str, genanki.Model] = {}
    for key, nt in NOTE_TYPES.items():
        css, templates = sources[key]
        h = content_hash(nt.id, nt.name, list(nt.fields), templates, css)
        notetypes[key] = Stamp(h, next_mod(previous.notetypes.get(key), h, now))
        models[key] = _model(nt, templates, css, notetypes[key].mod)

    notes: dict[str, NoteState] = {}
    added, updated, unchanged, skipped = [], [], [], []
    for q in questions:
        try:
            notetype, fields = _fields(q)
        except _Skip as why:
            skipped.append((q.id, str(why)))
            continue
        state = _note_state(previous.notes.get(q.id), notetype, _subdeck(q), fields, _tags(q), now)
        notes[q.id] = state
        before = previous.notes.get(q.id)
        if before is None or before.retired:
            added.append(q.id)
        elif before.hash != state.hash:
            updated.append(q.id)
        else:
            unchanged.append(q.id)
    retired = sorted(k for k, n in previous.notes.items() if k not in notes and not n.retired)
    for key in retired:
        old = previous.notes[key]
        tags = (*old.tags, RETIRED_TAG)
        notes[key] = _note_state(old, old.notetype, old.deck, old.fields, tags, now, retired=True)

    decks: dict[str, genanki.Deck] = {deck_name: genanki.Deck(deck_id(deck_name), deck_name)}
    cards = 0
    for key, state in notes.items():
        name = deck_name if flat else f"{deck_name}::{state.deck}"
        deck = decks.setdefault(name, genanki.Deck(deck_id(name), name))
        note = _StampedNote(
            model=models[state.notetype],
            fields=list(state.fields),
            tags=list(state.tags),
            guid=genanki.guid_for(key),
            mod=state.mod,
        )
        cards += len(note.cards)
        deck.add_note(note)
    package = genanki.Package([decks[name] for name in sorted(decks)])
    stamp = max([s.mod for s in notetypes.values()] + [n.mod for n in notes.values()])
    atomic_write(path, lambda tmp: package.write_to_file(str(tmp), timestamp=stamp))
    if state_path is not None:
        save_state(state_path, BuildState(notes=notes, notetypes=notetypes))
    return DeckReport(
        path=Path(path),
        notes=len(notes),
        cards=cards,
        added=tuple(sorted(added)),
        updated=tuple(sorted(updated)),
        unchanged=tuple(sorted(unchanged)),
        retired=tuple(retired),
        skipped=tuple(skipped),
    )


def deck_id(name: str) -> int:
    """A fixed deck id for a deck name (Anki matches decks by name; the id only has to be stable)."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def _check_unique_ids(questions: Iterable[Question]) -> None:
    seen: set[str] = set()
    for q in questions:
        if q.id in seen:
            raise QuizgenError(
                f"two questions share the id {q.id!r}: question ids must be unique, "
                "since each becomes one Anki note"
            )
        seen.add(q.id)


def _card_sources(template_dir: str | Path | None) -> dict[str, tuple[str, list[list[str]]]]:
    """Raw card templates and CSS per note type, read from ``templates/anki/`` (not rendered)."""
    env = make_environment(template_dir)

    def read(name: str) -> str:
        return env.loader.get_source(env, f"{TEMPLATE_DIR}/{name}")[0]  # type: ignore[union-attr]

    css = read("card.css")
    return {
        key: (css, [[name, read(front), read(back)] for name, front, back in nt.templates])
        for key, nt in NOTE_TYPES.items()
    }


def _model(nt: NoteType, templates: list[list[str]], css: str, mod: int) -> genanki.Model:
    return _StampedModel(
        nt.id,
        nt.name,
        fields=[{"name": name} for name in nt.fields],
        templates=[{"name": n, "qfmt": q, "afmt": a} for n, q, a in templates],
        css=css,
        model_type=genanki.Model.CLOZE if nt.cloze else genanki.Model.FRONT_BACK,
        mod=mod,
    )


def _note_state(
    previous: NoteState | None,
    notetype: str,
    deck: str,
    fields: Sequence[str],
    tags: Sequence[str],
    now: int,
    retired: bool = False,
) -> NoteState:
    h = content_hash(NOTE_TYPES[notetype].id, list(fields), list(tags))
    return NoteState(
        h, next_mod(previous, h, now), notetype, deck, tuple(fields), tuple(tags), retired
    )


def _kinds(q: Question) -> list[str]:
    """Fact kinds a question tests: from its tags, then from its fact ids' prefixes."""
    found = [t for t in q.tags if t in FACT_KINDS]
    found += [_KIND_BY_PREFIX[f.split("-", 1)[0]] for f in q.fact_ids if f[:3] in _KIND_BY_PREFIX]
    return list(dict.fromkeys(found))


def _subdeck(q: Question) -> str:
    for kind in _kinds(q):
        if kind in SUBDECK_BY_KIND:
            return SUBDECK_BY_KIND[kind]
    return SUBDECK_BY_TYPE.get(q.type, "Other")


def _tag(text: str) -> str:
    return "_".join(text.split())


def _tags(q: Question) -> tuple[str, ...]:
    """The question's own tags plus ``quizgen::type::``, ``::kind::`` and ``::article::`` tags."""
    tags = {_tag(t) for t in q.tags} | {f"quizgen::type::{_tag(q.type)}"}
    tags |= {f"quizgen::kind::{k}" for k in _kinds(q)}
    tags |= {f"quizgen::article::{_tag(c.doc)}" for c in q.sources if c.doc.strip()}
    return tuple(sorted(t for t in tags if t))


def _text(value: str, what: str) -> str:
    """``value`` HTML-escaped; a blank value would make a blank card, so it skips the question."""
    if not value.strip():
        raise _Skip(f"empty {what}")
    return escape(value.strip(), quote=False)


def _html_list(tag: str, cls: str, items: Iterable[str], what: str) -> str:
    rows = "".join(f"<li>{_text(i, what)}</li>" for i in items)
    if not rows:
        raise _Skip(f"no {what}s")
    return f'<{tag} class="{cls}">{rows}</{tag}>'


def _source(citations: Iterable[Citation]) -> str:
    parts = []
    for c in citations:
        title = escape((c.title or c.doc).strip(), quote=False)
        quote = (
            f"<blockquote>{escape(c.quote.strip(), quote=False)}</blockquote>"
            if c.quote.strip()
            else ""
        )
        parts.append(f'<div class="cite"><span class="cite-title">{title}</span>{quote}</div>')
    return "".join(parts)


def _extra(q: Question) -> str:
    extra = escape(q.explanation.strip(), quote=False)
    others = [a.strip() for a in q.accepted if a.strip() and a.strip() != q.answer.strip()]
    if others:
        accepted = " · ".join(escape(a, quote=False) for a in others)
        extra += f'<div class="accepted">Also accepted: {accepted}</div>'
    return extra


def _fields(q: Question) -> tuple[str, list[str]]:
    """The note type key and field values (HTML) for a question, or ``_Skip``."""
    source, extra = _source(q.sources), _extra(q)
    if q.type == "cloze":
        answers = _CLOZE_C1.findall(q.cloze)
        if not answers or not all(a.split("::")[0].strip() for a in answers):
            raise _Skip("cloze text has no non-empty {{c1::...}}")
        return "cloze", [_text(q.cloze, "cloze text"), source, extra]
    if q.type == "choice":
        if q.answer not in q.options or len(set(q.options)) < 2:
            raise _Skip("the answer is not one of at least two distinct options")
        marked = "".join(
            f'<li class="{"correct" if o == q.answer else "other"}">{_text(o, "option")}</li>'
            for o in q.options
        )
        options = _html_list("ol", "options", q.options, "option")
        answer = f'<ol class="options answered">{marked}</ol>'
        return "choice", [_text(q.prompt, "prompt"), options, answer, source, extra]
    if q.type in ("list", "timeline"):
        items = _html_list("ol" if q.type == "timeline" else "ul", "items", q.items, "item")
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
        return "basic", [prompt + lefts, table, prompt + rights, source, extra]
    return "basic", [_text(q.prompt, "prompt"), _text(q.answer, "answer"), "", source, extra]
