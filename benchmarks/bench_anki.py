"""Time write_deck against raw genanki for the same 20,000 notes.

Run: ``python benchmarks/bench_anki.py [N]``. The raw genanki script builds exactly the same
notes (checked: same GUIDs, note types, fields and tags) with inline code that knows the input
is clean; write_deck also validates every question, hashes content, stamps per-note mod times
and reads/writes the build state. Best of seven interleaved rounds.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
import zipfile
from html import escape
from pathlib import Path

import genanki

from quizgen.questions.records import Citation, Question
from quizgen.render.anki import NOTE_TYPES, deck_id, write_deck

TYPES = ("who", "when", "cloze", "choice", "list", "matching", "truefalse", "role", "timeline")


def make_questions(n: int) -> list[Question]:
    """``n`` synthetic questions of every type, each citing one of 50 articles."""
    out = []
    for i in range(n):
        kind = TYPES[i % len(TYPES)]
        cite = Citation(f"doc{i % 50}", f"Article {i % 50}", f"Sentence {i} of the article & more.")
        out.append(
            Question(
                id=f"q{i:06d}",
                type=kind,
                prompt=f"Question {i}: who signed accord <{i}>?",
                answer=f"Person {i}",
                options=(f"Person {i}", f"Other {i}", f"Third {i}", f"Fourth {i}"),
                items=(f"Item {i}a", f"Item {i}b", f"Item {i}c"),
                pairs=((f"Left {i}", f"Right {i}"), (f"Left {i}b", f"Right {i}b")),
                cloze=f"In {1900 + i % 100} the {{{{c1::accord {i}}}}} was signed.",
                explanation=f"Because of reason {i}.",
                sources=(cite,),
                tags=("event",),
                fact_ids=(f"eve-{i:010d}",),
            )
        )
    return out


def raw_genanki(questions: list[Question], path: Path, deck_name: str, now: int) -> None:
    """The same notes (fields, tags, GUIDs, note types, decks) written the plain genanki way."""
    folder = Path(__file__).resolve().parent.parent / "templates" / "anki"
    css = (folder / "card.css").read_text()
    models = {
        key: genanki.Model(
            nt.id,
            nt.name,
            fields=[{"name": f} for f in nt.fields],
            templates=[
                {"name": n, "qfmt": (folder / q).read_text(), "afmt": (folder / a).read_text()}
                for n, q, a in nt.templates
            ],
            css=css,
            model_type=genanki.Model.CLOZE if nt.cloze else genanki.Model.FRONT_BACK,
        )
        for key, nt in NOTE_TYPES.items()
    }
    top = genanki.Deck(deck_id(deck_name), deck_name)
    sub = genanki.Deck(deck_id(f"{deck_name}::Dates"), f"{deck_name}::Dates")

    def esc(text: str) -> str:
        return escape(text.strip(), quote=False)

    def items(tag: str, cls: str, values) -> str:
        return (
            f'<{tag} class="{cls}">' + "".join(f"<li>{esc(v)}</li>" for v in values) + f"</{tag}>"
        )

    for q in questions:
        c = q.sources[0]
        source = f'<div class="cite"><span class="cite-title">{esc(c.title)}</span><blockquote>{esc(c.quote)}</blockquote></div>'
        extra = esc(q.explanation)
        prompt = esc(q.prompt)
        if q.type == "cloze":
            key, fields = "cloze", [esc(q.cloze), source, extra]
        elif q.type == "choice":
            marked = "".join(
                f'<li class="{"correct" if o == q.answer else "other"}">{esc(o)}</li>'
                for o in q.options
            )
            answer = f'<ol class="options answered">{marked}</ol>'
            key = "choice"
            fields = [prompt, items("ol", "options", q.options), answer, source, extra]
        elif q.type in ("list", "timeline"):
            tag = "ol" if q.type == "timeline" else "ul"
            key, fields = "list", [prompt, items(tag, "items", q.items), source, extra]
        elif q.type == "matching":
            rows = "".join(
                f'<tr><td>{esc(a)}</td><td class="arrow">↔</td><td>{esc(b)}</td></tr>'
                for a, b in q.pairs
            )
            left = items("ul", "items", (a for a, _ in q.pairs))
            right = items("ul", "items", (b for _, b in q.pairs))
            key = "basic"
            fields = [prompt + left, f'<table class="pairs">{rows}</table>', prompt + right]
            fields += [source, extra]
        else:
            key, fields = "basic", [prompt, esc(q.answer), "", source, extra]
        tags = sorted(
            {*q.tags, f"quizgen::type::{q.type}", "quizgen::kind::event"}
            | {f"quizgen::article::{c.doc}"}
        )
        note = genanki.Note(
            model=models[key], fields=fields, tags=tags, guid=genanki.guid_for(q.id)
        )
        sub.add_note(note)
    genanki.Package([top, sub]).write_to_file(str(path), timestamp=now)


def package_notes(path: Path) -> list[tuple[str, int, str, str]]:
    """(guid, note type, fields, tags) of every note, to check both decks hold the same notes."""
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path) as z:
        db = sqlite3.connect(z.extract("collection.anki2", tmp))
        rows = db.execute("select guid, mid, flds, tags from notes order by guid").fetchall()
        db.close()
    return rows


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(n: int = 20_000, rounds: int = 7) -> None:
    questions = make_questions(n)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        state = out / "state.json"
        tempfile.tempdir = tmp  # genanki's write_to_file leaves its sqlite file in there

        def first_build() -> None:
            state.unlink(missing_ok=True)
            write_deck(questions, out / "q.apkg", "Bench", state_path=state, now=1)

        runs = {
            "raw genanki": lambda: raw_genanki(questions, out / "raw.apkg", "Bench", 1),
            "write_deck, no state file": lambda: write_deck(
                questions, out / "q.apkg", "Bench", now=1
            ),
            "write_deck, first build": first_build,
            "write_deck, rebuild": lambda: write_deck(
                questions, out / "q.apkg", "Bench", state_path=state, now=2
            ),
        }
        best = dict.fromkeys(runs, float("inf"))
        for _ in range(rounds):  # interleaved, best of each: the machine may be shared
            for name, fn in runs.items():
                best[name] = min(best[name], timed(fn))
        write_deck(questions, out / "q.apkg", "Bench", now=1)
        assert package_notes(out / "q.apkg") == package_notes(out / "raw.apkg"), "notes differ"
        tempfile.tempdir = None
    raw = best["raw genanki"]
    print(f"{n} notes, best of {rounds}")
    for name, seconds in best.items():
        print(f"{name:28} {seconds:6.2f} s  ({seconds / raw:.2f}x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
