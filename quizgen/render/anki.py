"""Questions -> an Anki ``.apkg`` that updates in place when it is rebuilt and re-imported.

Anki's importer matches notes by GUID only and updates one only when the incoming modification
time is strictly newer, so: GUIDs come from question ids, and each note keeps the mod time its
content first had (see ``deck_state``). Note types have fixed ids and their field and template
names never change; a new layout needs a new note type with a new id (docs/anki.md).
"""

from __future__ import annotations

import hashlib
import itertools
import shutil
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import genanki

from quizgen.errors import QuizgenError
from quizgen.fileio import atomic_path
from quizgen.questions.records import Question
from quizgen.render.anki_notes import (
    SkipQuestion,
    check_cloze,
    cloze_fields,
    deck_and_tags,
    note_fields,
)
from quizgen.render.cloze_notes import group_clozes
from quizgen.render.deck_state import (
    DeckState,
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
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed zip member dates: the same deck gives the same bytes


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
    retired: tuple[str, ...] = ()  # removed since the last build, carried once more, tagged
    skipped: tuple[tuple[str, str], ...] = ()  # (question id, reason)


class _StampedNote(genanki.Note):  # type: ignore[misc]  # genanki ships no type hints
    """A note with its own modification time.

    genanki 0.13 stamps every note and card with the package timestamp: ``Note.write_to_db``
    uses its ``timestamp`` argument only for the note's and its cards' ``mod`` columns.
    """

    def __init__(self, *args: object, mod: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def write_to_db(
        self, cursor: sqlite3.Cursor, timestamp: float, deck_id: int, id_gen: Iterator[int]
    ) -> None:
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


class _StampedModel(genanki.Model):  # type: ignore[misc]  # genanki ships no type hints
    """A note type with its own modification time (``Model.to_json`` uses it only for ``mod``)."""

    def __init__(self, *args: object, mod: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def to_json(self, timestamp: float, deck_id: int) -> dict[str, Any]:
        return cast("dict[str, Any]", super().to_json(self.mod, deck_id))


def write_deck(
    questions: Sequence[Question],
    path: str | Path,
    deck_name: str = "quizgen",
    flat: bool = False,
    state_path: str | Path | None = None,
    now: int | None = None,
    template_dir: str | Path | None = None,
) -> DeckReport:
    """Write ``questions`` to the ``.apkg`` at ``path`` and, given ``state_path``, the state.

    With a state from an earlier build, unchanged notes keep their mod time, changed ones get
    ``now`` (default: the current time), and questions that are gone are carried once more,
    tagged ``quizgen::retired``. Questions that would make blank cards are skipped and reported.
    ``template_dir`` may hold an ``anki/`` folder overriding the shipped card templates.
    """
    if not deck_name.strip():
        raise QuizgenError("the deck name is empty: pass a name such as --deck 'History 2B'")
    _check_unique_ids(questions)
    now = int(time.time()) if now is None else int(now)
    previous = load_state(state_path)
    models, notetype_hashes, notetype_mods = _models(template_dir, previous, now)

    decks = _Decks(deck_name, flat)
    hashes: dict[str, str] = {}
    mods: dict[str, int] = {}
    added, updated, unchanged = [], [], []
    contents, cloze_slots, skipped = _note_contents(questions, previous)
    for key, notetype, fields, (label, note_tags) in contents:
        hashes[key] = h = content_hash(notetype, *fields, "\x1d", *note_tags)
        mods[key] = mod = next_mod(previous.hashes, previous.mods, key, h, now)
        decks.add(label, models[notetype], key, fields, note_tags, mod)
        old = previous.hashes.get(key)
        if old is None or key in previous.retired:
            added.append(key)
        elif old != h:
            updated.append(key)
        else:
            unchanged.append(key)
    gone = sorted(k for k in previous.hashes if k not in hashes and k not in previous.retired)
    retired, lost = [], []
    stored = _read_package_notes(previous.package, gone)
    for key in gone:
        if key not in stored:
            lost.append((key, f"removed, but its note is not in {previous.package} to retire it"))
            continue
        notetype, fields, note_tags = stored[key]
        note_tags = (*note_tags, RETIRED_TAG)
        hashes[key] = h = content_hash(notetype, *fields, "\x1d", *note_tags)
        mods[key] = mod = next_mod(previous.hashes, previous.mods, key, h, now)
        decks.add("", models[notetype], key, fields, note_tags, mod)
        retired.append(key)

    package = genanki.Package(decks.in_order())
    package_time = max([*notetype_mods.values(), *mods.values()])
    with atomic_path(path) as temporary:
        write_package(package, temporary, package_time)
    if state_path is not None:
        state = DeckState(
            str(Path(path).resolve()),
            hashes,
            mods,
            frozenset(retired),
            notetype_hashes,
            notetype_mods,
            cloze_slots,
        )
        save_state(state_path, state)
    return DeckReport(
        path=Path(path),
        notes=len(hashes),
        cards=decks.cards,
        added=tuple(sorted(added)),
        updated=tuple(sorted(updated)),
        unchanged=tuple(sorted(unchanged)),
        retired=tuple(retired),
        skipped=tuple(skipped + lost),
    )


_NoteContent = tuple[str, str, list[str], tuple[str, tuple[str, ...]]]


def _note_contents(
    questions: Sequence[Question], previous: DeckState
) -> tuple[list[_NoteContent], dict[str, tuple[str, ...]], list[tuple[str, str]]]:
    """Per note, in question order: (key, note type, fields, (sub-deck, tags)); the cloze
    numbers of notes shared by several questions; and the questions skipped, with the reason.
    Cloze questions on one sentence share a note (``cloze_notes``)."""
    skipped: list[tuple[str, str]] = []
    clozes = []
    for q in (q for q in questions if q.type == "cloze"):
        try:
            check_cloze(q)
            clozes.append(q)
        except SkipQuestion as why:
            skipped.append((q.id, str(why)))
    shared = group_clozes(clozes, previous.cloze_slots, previous.hashes.keys())
    note_of = {q.id: note for note in shared for q in note.members}
    contents: list[_NoteContent] = []
    for q in questions:
        if q.type != "cloze":
            try:
                contents.append((q.id, *note_fields(q), deck_and_tags(q)))
            except SkipQuestion as why:
                skipped.append((q.id, str(why)))
            continue
        note = note_of.pop(q.id, None)
        if note is not None:  # the note goes where its first question is
            for m in note.members:
                note_of.pop(m.id, None)
            tags = sorted({t for m in note.members for t in deck_and_tags(m)[1]})
            place = (deck_and_tags(note.members[0])[0], tuple(tags))
            contents.append((note.key, "cloze", cloze_fields(note), place))
    order = {q.id: i for i, q in enumerate(questions)}
    skipped.sort(key=lambda item: order[item[0]])
    slots = {n.key: n.slots for n in shared if n.slots != (n.key,)}
    return contents, slots, skipped


class _Decks:
    """The top deck and its sub-decks (by label; "" or ``flat`` means the top deck)."""

    def __init__(self, name: str, flat: bool) -> None:
        self.name, self.flat, self.cards = name, flat, 0
        self._decks = {"": genanki.Deck(deck_id(name), name)}

    def add(
        self,
        label: str,
        model: genanki.Model,
        key: str,
        fields: Sequence[str],
        note_tags: Sequence[str],
        mod: int,
    ) -> None:
        label = "" if self.flat else label
        deck = self._decks.get(label)
        if deck is None:
            name = f"{self.name}::{label}"
            deck = self._decks[label] = genanki.Deck(deck_id(name), name)
        note = _StampedNote(
            model=model, fields=fields, tags=note_tags, guid=genanki.guid_for(key), mod=mod
        )
        self.cards += len(note.cards)
        deck.add_note(note)

    def in_order(self) -> list[genanki.Deck]:
        return [self._decks[k] for k in sorted(self._decks)]


def write_package(package: genanki.Package, path: str | Path, timestamp: int) -> None:
    """``Package.write_to_file(path, timestamp)`` without its leak, and byte for byte reproducible.

    genanki 0.13 builds the collection in a ``tempfile.mkstemp()`` file it never deletes (one
    deck-sized file in /tmp per build); this builds it in a temporary folder next to ``path``
    through the same ``Package.write_to_db``, with the same id sequence, and zips it with fixed
    member dates. Decks here have no media, so the media map is empty.
    """
    target = Path(path)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".quizgen-") as tmp:
        db_path = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db_path)
        try:
            package.write_to_db(conn.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        with zipfile.ZipFile(target, "w") as z, db_path.open("rb") as db:
            with z.open(zipfile.ZipInfo("collection.anki2", _ZIP_DATE), "w") as member:
                shutil.copyfileobj(db, member, 1 << 20)
            z.writestr(zipfile.ZipInfo("media", _ZIP_DATE), "{}")


def _read_package_notes(
    package: str, question_ids: Sequence[str]
) -> dict[str, tuple[str, list[str], tuple[str, ...]]]:
    """question id -> (note type key, fields, tags) of those notes in the ``.apkg`` at
    ``package`` (the previous build); notes it lacks or cannot read are left out."""
    if not question_ids or not package:
        return {}
    try:
        with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(package) as z:
            db = sqlite3.connect(z.extract("collection.anki2", tmp))
            try:
                rows = db.execute("select guid, mid, flds, tags from notes").fetchall()
            finally:
                db.close()
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.DatabaseError):
        return {}
    wanted = {genanki.guid_for(k): k for k in question_ids}
    by_id = {nt.id: key for key, nt in NOTE_TYPES.items()}
    return {
        wanted[guid]: (by_id[mid], flds.split("\x1f"), tuple(note_tags.split()))
        for guid, mid, flds, note_tags in rows
        if guid in wanted and mid in by_id
    }


def _models(
    template_dir: str | Path | None, previous: DeckState, now: int
) -> tuple[dict[str, genanki.Model], dict[str, str], dict[str, int]]:
    """The note types with card templates and CSS from ``templates/anki/``, and their hashes and
    mod times: a mod time moves forward only when templates or CSS change, so Anki takes the
    new layout and leaves a user's own tweaks alone otherwise."""
    env = make_environment(template_dir)
    loader = env.loader
    assert loader is not None  # make_environment always sets one

    def read(name: str) -> str:
        return loader.get_source(env, f"{TEMPLATE_DIR}/{name}")[0]

    css = read("card.css")
    models, hashes, mods = {}, {}, {}
    for key, nt in NOTE_TYPES.items():
        templates = [(name, read(front), read(back)) for name, front, back in nt.templates]
        parts = (str(nt.id), nt.name, *nt.fields, *(t for tpl in templates for t in tpl), css)
        hashes[key] = h = content_hash(*parts)
        mods[key] = next_mod(previous.notetype_hashes, previous.notetype_mods, key, h, now)
        models[key] = _StampedModel(
            nt.id,
            nt.name,
            fields=[{"name": f} for f in nt.fields],
            templates=[{"name": n, "qfmt": q, "afmt": a} for n, q, a in templates],
            css=css,
            model_type=genanki.Model.CLOZE if nt.cloze else genanki.Model.FRONT_BACK,
            mod=mods[key],
        )
    return models, hashes, mods


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
