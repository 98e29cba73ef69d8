"""The whole job: articles -> facts file -> questions -> deck, quiz and exports.

The commands ``questions``, ``anki``, ``quiz`` and ``build`` all call into this module; only
``build`` writes every output. Extraction is incremental: each article's findings are cached
by its content hash, so unchanged articles are not read again.
"""

from __future__ import annotations

import gc
import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizgen import __version__
from quizgen.config import Config
from quizgen.domain import Domain, load_domain
from quizgen.errors import QuizgenError
from quizgen.extract import extract_each, merge_drafts
from quizgen.extract.base import Draft
from quizgen.facts import CurationReport, FactSet, Source, curate, read_facts, write_facts
from quizgen.fileio import write_text
from quizgen.ingest import Document, load_documents
from quizgen.questions import Question, generate_questions, load_rules
from quizgen.questions.rank import select
from quizgen.questions.stability import stabilize

CACHE_FILE = ".quizgen-cache.json"
CACHE_FORMAT = 2  # rows of (kind, key, fields, sentence index or quote span, flags)
Warn = Callable[[str], None]
Progress = Callable[[Sequence[Any], str], AbstractContextManager[Iterable[Any]]]


REVIEW_FILE = "needs-review.json"  # questions held back from deck and paper, with reasons


def deck_state_path(deck: str | Path) -> Path:
    """The build-state file of a deck: one per deck, so two decks never retire each other's notes."""
    deck = Path(deck)
    return deck.with_name(f".{deck.stem}.quizgen-state.json")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while facts are extracted, loaded and merged.

    That work makes millions of small objects that all stay alive, and every full collection
    walks all of them: on 10,000 articles the extract stage of a warm build takes 6.9 s with
    the collector and 3.5 s without. Drafts, facts and parsed JSON form no cycles, so nothing
    is freed later than it would have been.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def no_progress(items: Sequence[Any], label: str) -> AbstractContextManager[Iterable[Any]]:
    """The default progress reporter: none."""
    return nullcontext(items)


@dataclass(frozen=True)
class BuildReport:
    """What a build read, made and changed."""

    articles: int
    reused: int
    facts: dict[str, int]
    questions: dict[str, int]
    files: tuple[str, ...]
    held: int = 0  # questions a check held back, listed in needs-review.json
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()
    curation: str = ""
    gone_documents: tuple[str, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def collect_facts(
    documents: Sequence[Document],
    domain: Domain,
    cache_path: Path | None = None,
    jobs: int = 1,
    progress: Progress = no_progress,
) -> tuple[FactSet, int]:
    """Extract facts, reusing cached findings for unchanged articles; returns (facts, reused)."""
    cache = _read_cache(cache_path, domain)
    found = [_drafts(cache.get(doc.sha256), doc) for doc in documents]
    todo = [index for index, drafts in enumerate(found) if drafts is None]
    pending = [documents[index] for index in todo]
    with progress(pending, "Extracting") as steps:
        extracted = _extract_each(pending, domain, jobs)
        for index, doc, drafts in zip(todo, steps, extracted, strict=True):
            found[index] = drafts
            cache[doc.sha256] = _rows(drafts, doc)
    drafts = [draft for drafts in found for draft in drafts or ()]
    kept = {doc.sha256: cache[doc.sha256] for doc in documents}
    if cache_path is not None and (todo or len(kept) != len(cache)):
        _write_cache(cache_path, domain, kept)  # unchanged articles: the cache stands as it is
    return merge_drafts(documents, drafts), len(documents) - len(todo)


def curated_facts(fresh: FactSet, facts_path: Path) -> tuple[FactSet, CurationReport | None]:
    """Merge fresh facts with the user's decisions in ``facts_path`` (when it exists)."""
    if not facts_path.exists():
        return fresh, None
    return curate(read_facts(facts_path), fresh)


def load_facts(paths: Sequence[str], facts_path: str | None, domain: Domain, warn: Warn) -> FactSet:
    """Facts for a command: a curated facts file, articles, or both (curated, not written)."""
    if facts_path and not paths:
        return read_facts(facts_path)
    documents = load_documents(paths, warn)
    with collector_paused():
        fresh, _ = collect_facts(documents, domain)
        return curated_facts(fresh, Path(facts_path))[0] if facts_path else fresh


def make_questions(
    factset: FactSet,
    domain: Domain,
    config: Config,
    previous: Sequence[Question] = (),
    held: list[tuple[Question, list[str]]] | None = None,
) -> list[Question]:
    """Every question for the deck (the quiz takes the best ``config.count`` of them).

    With the previous build's questions, unchanged questions keep their options. Questions
    that fail a check are appended to ``held`` with their reasons (the review list).
    """
    rules = load_rules(config.question_rules or None)

    def hold(question: Question, reasons: list[str]) -> None:
        if held is not None:
            held.append((question, reasons))

    made = generate_questions(
        factset, domain, rules, config.types or None, None, config.seed, rejected=hold
    )
    return stabilize(made, previous)


def build(
    config: Config, warn: Warn, progress: Progress = no_progress, jobs: int = 1
) -> BuildReport:
    """Run the whole pipeline and write every output into ``config.output``."""
    from quizgen.render import bank, gift, tsv
    from quizgen.render.anki import write_deck
    from quizgen.render.html import write_quiz

    clock = _Clock()
    out = Path(config.output)
    domain = load_domain(config.domain or None)
    documents = load_documents(config.inputs, warn)
    clock.lap("ingest")
    with collector_paused():
        fresh, reused = collect_facts(documents, domain, out / CACHE_FILE, jobs, progress)
        factset, report = curated_facts(fresh, config.facts_path)
    gone = report.missing_documents if report else ()
    for doc_id in gone:
        warn(f"article {doc_id} is gone; its facts with your decisions are kept")
    write_facts(factset, config.facts_path)
    clock.lap("extract")
    bank_path = out / "questions.json"
    held: list[tuple[Question, list[str]]] = []
    questions = make_questions(factset, domain, config, _previous_questions(bank_path, warn), held)
    if not questions:
        raise QuizgenError("No questions could be made from these articles")
    files = [str(config.facts_path), str(write_text(bank_path, bank.to_json(questions)))]
    files.append(str(write_text(out / REVIEW_FILE, bank.review_to_json(held))))
    clock.lap("questions")
    deck_path = out / f"{_slug(config.deck)}.apkg"
    deck = write_deck(
        questions,
        deck_path,
        config.deck,
        config.flat,
        deck_state_path(deck_path),
        template_dir=config.templates or None,
    )
    files.append(str(deck.path))
    for question_id, reason in deck.skipped:
        warn(f"question {question_id} left out of the deck: {reason}")
    clock.lap("anki")
    quiz = write_quiz(
        select(questions, config.count),
        out / "quiz.html",
        title=config.title,
        versions=config.versions,
        seed=config.seed,
        paper=config.paper,
        templates_dir=config.templates or None,
        pdf=config.pdf,
    )
    files.extend(str(p) for p in quiz)
    clock.lap("quiz")
    if config.gift:
        files.append(str(write_text(out / "questions.gift", gift.to_gift(questions))))
    if config.tsv:
        files.append(str(write_text(out / "questions.tsv", tsv.to_tsv(questions))))
    return BuildReport(
        articles=len(documents),
        reused=reused,
        facts=dict(sorted(Counter(f.kind for f in factset.facts).items())),
        questions=dict(sorted(Counter(q.type for q in questions).items())),
        files=tuple(files),
        held=len(held),
        added=deck.added,
        updated=deck.updated,
        retired=deck.retired,
        curation=report.summary() if report else "",
        gone_documents=tuple(gone),
        seconds=clock.laps,
    )


def _previous_questions(path: Path, warn: Warn) -> list[Question]:
    from quizgen.render.bank import from_json

    if not path.exists():
        return []
    try:
        return from_json(path.read_text(encoding="utf-8"), str(path))
    except (QuizgenError, OSError, KeyError, TypeError) as error:
        warn(f"{path}: previous question bank not readable ({error}); options may reshuffle")
        return []


def _extract_each(documents: list[Document], domain: Domain, jobs: int) -> Iterator[list[Draft]]:
    """Each document's findings in order; with ``jobs`` > 1, chunks run in worker processes."""
    if jobs <= 1 or len(documents) < 2 * jobs:
        yield from extract_each(documents, domain)
        return
    size = -(-len(documents) // (jobs * 4))
    chunks = [documents[i : i + size] for i in range(0, len(documents), size)]
    with ProcessPoolExecutor(jobs) as pool:
        for found in pool.map(_extract_chunk, chunks, [domain] * len(chunks)):
            yield from found


def _extract_chunk(documents: list[Document], domain: Domain) -> list[list[Draft]]:
    return list(extract_each(documents, domain))


def _cache_key(domain: Domain) -> str:
    """What cached findings depend on besides the article: the domain file and quizgen's code.

    Hashing the package's source (a few ms) means a rule edited in place, or an upgrade that
    forgot to bump the version, never reads stale findings.
    """
    digest = hashlib.sha256(f"{CACHE_FORMAT}\n{__version__}\n".encode())
    if domain.path:
        digest.update(Path(domain.path).read_bytes())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _rows(drafts: list[Draft], doc: Document) -> list[list[Any]]:
    """Drafts as the cache keeps them: each source as its sentence's index, not its quote.

    The cache is keyed by content, so the document id is left out too: an article copied
    under another name reuses the rows and gets its own id back in ``_drafts``.
    """
    sentences = {(s.start, s.end, s.text): index for index, s in enumerate(doc.sentences)}
    rows = []
    for draft in drafts:
        source = draft.source
        where = sentences.get((source.start, source.end, source.quote))
        span = [source.quote, source.start, source.end] if where is None else where
        rows.append([draft.kind, draft.key, draft.fields, span, list(draft.flags)])
    return rows


def _drafts(rows: list[list[Any]] | None, doc: Document) -> list[Draft] | None:
    """The drafts of ``doc`` back from its cache rows; None when there are none or they are
    damaged (a damaged cache only costs extracting the article again)."""
    if rows is None:
        return None
    drafts = []
    try:
        for kind, key, fields, span, flags in rows:
            if not isinstance(fields, dict) or (isinstance(span, int) and span < 0):
                return None
            if isinstance(span, int):
                sentence = doc.sentences[span]
                source = Source(doc.id, sentence.text, sentence.start, sentence.end)
            else:
                source = Source(doc.id, str(span[0]), int(span[1]), int(span[2]))
            key = tuple(key) if isinstance(key, list) else key
            drafts.append(Draft(kind, key, fields, source, tuple(flags)))
    except (ValueError, TypeError, IndexError, KeyError):
        return None
    return drafts


def _read_cache(path: Path | None, domain: Domain) -> dict[str, list[list[Any]]]:
    if path is None or not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") != _cache_key(domain):
            return {}
        documents = data["documents"]
        return documents if isinstance(documents, dict) else {}
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}  # a damaged cache only costs a full extraction


def _write_cache(path: Path, domain: Domain, cache: dict[str, list[list[Any]]]) -> None:
    data = {"key": _cache_key(domain), "documents": dict(sorted(cache.items()))}
    write_text(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")


def _slug(name: str) -> str:
    slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")
    return "-".join(part for part in slug.split("-") if part) or "deck"


class _Clock:
    """Seconds spent per stage."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round(now - self.start, 4)
        self.start = now
