"""The one path every command takes: articles -> facts -> questions -> deck, quiz, exports.

``build`` runs every stage and writes every output; ``extract``, ``questions``, ``anki`` and
``quiz`` run the stages they need through the same functions, with the same settings, so a
decision in the facts file, the seed and the previous question bank count the same everywhere.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizgen.cache import CACHE_FILE, Progress, collect_facts, collector_paused, no_progress
from quizgen.config import Config
from quizgen.domain import Domain, load_domain
from quizgen.errors import NoQuestions, QuizgenError
from quizgen.facts import CurationReport, FactSet, curate, read_facts, write_facts
from quizgen.fileio import Outputs, all_or_nothing, write_text
from quizgen.ingest import Document, load_documents
from quizgen.questions import Question, generate_questions, load_rules
from quizgen.questions.rank import select
from quizgen.questions.stability import stabilize
from quizgen.render.anki import DeckReport

Warn = Callable[[str], None]
BANK_FILE = "questions.json"
REVIEW_FILE = "needs-review.json"  # questions held back from deck and paper, with reasons
MANIFEST_FILE = ".quizgen-outputs.json"  # what the last build wrote, to retire stale outputs


@dataclass(frozen=True)
class Facts:
    """The facts of a run and where they came from."""

    factset: FactSet
    articles: int = 0  # articles read (0: the facts file alone)
    reused: int = 0  # articles whose cached findings were reused
    curation: CurationReport | None = None
    decisions_from: str = ""  # the facts file whose decisions apply, if any

    def counts(self) -> dict[str, int]:
        """Usable facts per kind (rejected ones left out)."""
        return dict(sorted(Counter(f.kind for f in self.factset.usable()).items()))


@dataclass(frozen=True)
class Bank:
    """The question bank of a run: questions for the deck, and those a check held back."""

    facts: Facts
    questions: tuple[Question, ...]
    held: tuple[tuple[Question, list[str]], ...] = ()

    def counts(self) -> dict[str, int]:
        return dict(sorted(Counter(q.type for q in self.questions).items()))


def read_articles(config: Config, warn: Warn) -> list[Document]:
    """The articles in ``config.inputs``, each up to ``config.max_article_mb``."""
    return load_documents(config.inputs, warn, config.max_article_mb * 1_000_000)


def gather_facts(
    config: Config,
    domain: Domain,
    warn: Warn,
    *,
    articles: bool = True,
    fresh: bool = False,
    progress: Progress = no_progress,
    jobs: int = 1,
    save_cache: bool = False,
    documents: Sequence[Document] | None = None,
) -> Facts:
    """The facts of a run: the articles' facts, with the decisions in the facts file.

    The facts file (``config.facts_path``) is read when it exists, unless ``fresh``. Without
    ``articles`` and with a facts file, that file alone is the facts, as the last build left it.
    ``documents`` are the articles when already read (``read_articles``).
    """
    facts_path = config.facts_path
    decided = None if fresh or not facts_path.is_file() else read_facts(facts_path)
    if decided is not None and not articles:
        return Facts(decided, decisions_from=str(facts_path))
    if documents is None:
        documents = read_articles(config, warn)
    with collector_paused():
        cache = Path(config.output) / CACHE_FILE
        extracted, reused = collect_facts(documents, domain, cache, jobs, progress, save_cache)
        if decided is None:
            return Facts(extracted, len(documents), reused)
        merged, report = curate(decided, extracted)
    for doc_id in report.missing_documents:
        warn(f"article {doc_id} is gone; its facts with your decisions are kept")
    return Facts(merged, len(documents), reused, report, str(facts_path))


def make_bank(facts: Facts, domain: Domain, config: Config, warn: Warn) -> Bank:
    """Every question for the deck (a quiz takes the best ``config.count``), and those held.

    Unchanged questions keep the options they had in the output folder's question bank.
    """
    held: list[tuple[Question, list[str]]] = []
    made = generate_questions(
        facts.factset,
        domain,
        load_rules(config.question_rules or None),
        config.types or None,
        None,
        config.seed,
        rejected=lambda question, reasons: held.append((question, reasons)),
    )
    if not made:
        raise NoQuestions(
            "No questions could be made from these facts: "
            + ("every fact is rejected" if facts.factset.facts else "no facts were found"),
            tuple(held),
        )
    previous = previous_questions(Path(config.output) / BANK_FILE, warn)
    return Bank(facts, tuple(stabilize(made, previous)), tuple(held))


def question_bank(
    config: Config,
    warn: Warn,
    *,
    articles: bool = True,
    fresh: bool = False,
    progress: Progress = no_progress,
    jobs: int = 1,
) -> Bank:
    """Facts, then questions: what every command past ``extract`` starts from."""
    domain = load_domain(config.domain or None)
    facts = gather_facts(
        config, domain, warn, articles=articles, fresh=fresh, progress=progress, jobs=jobs
    )
    return make_bank(facts, domain, config, warn)


def write_deck(bank: Bank, config: Config, path: str | Path | None = None) -> DeckReport:
    """The Anki deck (default: the deck name as a file in the output folder) and its state."""
    from quizgen.render.anki import write_deck
    from quizgen.render.deck_state import deck_state_path

    path = Path(path or config.deck_path)
    with all_or_nothing(path.parent):  # the deck and its state file go together
        return write_deck(
            bank.questions,
            path,
            config.deck,
            config.flat,
            deck_state_path(path),
            template_dir=config.templates or None,
        )


def write_quiz(bank: Bank, config: Config, path: str | Path | None = None) -> list[Path]:
    """The printable quiz of the best ``config.count`` questions, with its key."""
    from quizgen.render.html import write_quiz

    path = Path(path or config.quiz_path)
    with all_or_nothing(path.parent):  # every version, key and PDF, or none
        return write_quiz(
            select(bank.questions, config.count),
            path,
            title=config.title,
            versions=config.versions,
            seed=config.seed,
            paper=config.paper,
            templates_dir=config.templates or None,
            key_separate=config.key_separate,
            pdf=config.pdf,
        )


def previous_questions(path: Path, warn: Warn) -> list[Question]:
    """The question bank an earlier run wrote, or none."""
    from quizgen.render.bank import from_json

    if not path.exists():
        return []
    try:
        return from_json(path.read_text(encoding="utf-8"), str(path))
    except (QuizgenError, OSError, KeyError, TypeError) as error:
        warn(f"{path}: previous question bank not readable ({error}); options may reshuffle")
        return []


@dataclass(frozen=True)
class BuildReport:
    """What a build read, made, wrote and changed."""

    facts: Facts
    bank: Bank
    deck: DeckReport
    files: tuple[str, ...]
    changed: tuple[str, ...] = ()  # files whose content changed
    stale: tuple[str, ...] = ()  # outputs of an earlier configuration
    kept_stale: bool = False  # the stale outputs were kept (else removed)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def rejected(self) -> int:
        """Facts the user rejected (left out of every count and question)."""
        return len(self.facts.factset.facts) - len(self.facts.factset.usable())

    def to_dict(self) -> dict[str, Any]:
        """The report as numbers and lists, for ``--json``."""
        curation = self.facts.curation
        return {
            "articles": self.facts.articles,
            "reused": self.facts.reused,
            "facts": self.facts.counts(),
            "rejected": self.rejected,
            "questions": self.bank.counts(),
            "held": len(self.bank.held),
            "added": list(self.deck.added),
            "updated": list(self.deck.updated),
            "retired": list(self.deck.retired),
            "curation": curation.counts() if curation else {},
            "gone_documents": list(curation.missing_documents) if curation else [],
            "files": list(self.files),
            "changed": list(self.changed),
            "stale": list(self.stale),
            "kept_stale": self.kept_stale,
            "seconds": self.seconds,
        }


def build(
    config: Config,
    warn: Warn,
    progress: Progress = no_progress,
    jobs: int = 1,
    keep_stale: bool = False,
    before_commit: Callable[[], None] | None = None,
) -> BuildReport:
    """Run every stage and write every output into ``config.output``, all or nothing.

    Nothing replaces the previous outputs until every stage (and ``before_commit``, such as
    a ``--strict`` check of the warnings) succeeded. Files whose content is unchanged are not
    rewritten. Outputs the previous build wrote that this one did not (an old ``quiz.html``
    after ``--versions 2``) are removed, or kept with ``keep_stale``.
    """
    out = Path(config.output)
    before = _stamps([*map(str, out.glob("*")), str(config.facts_path)])
    with all_or_nothing(out, before_commit) as outputs:
        facts, bank, deck, written, clock = _write_everything(config, warn, progress, jobs)
        stale = _retire_stale(out, written, keep_stale, outputs)
    after = _stamps([*written, *stale])
    return BuildReport(
        facts,
        bank,
        deck,
        files=tuple(p for p in written if p != str(out / MANIFEST_FILE)),
        changed=tuple(
            p for p in written if before.get(p) != after.get(p) and p != str(out / MANIFEST_FILE)
        ),
        stale=tuple(stale),
        kept_stale=keep_stale,
        seconds=clock.laps,
    )


def _write_everything(
    config: Config, warn: Warn, progress: Progress, jobs: int
) -> tuple[Facts, Bank, DeckReport, list[str], _Clock]:
    """Every stage of ``build``, each output written (inside ``build``: staged)."""
    from quizgen.render import bank as bank_format
    from quizgen.render import gift, tsv

    clock = _Clock()
    out = Path(config.output)
    domain = load_domain(config.domain or None)
    documents = read_articles(config, warn)
    clock.lap("ingest")
    facts = gather_facts(
        config, domain, warn, progress=progress, jobs=jobs, save_cache=True, documents=documents
    )
    clock.lap("extract")
    bank = make_bank(facts, domain, config, warn)
    write_facts(facts.factset, config.facts_path)
    files = [
        config.facts_path,
        write_text(out / BANK_FILE, bank_format.to_json(bank.questions)),
        write_text(out / REVIEW_FILE, bank_format.review_to_json(bank.held)),
    ]
    clock.lap("questions")
    deck = write_deck(bank, config)
    files.append(deck.path)
    for question_id, reason in deck.skipped:
        warn(f"question {question_id} left out of the deck: {reason}")
    clock.lap("anki")
    files.extend(write_quiz(bank, config))
    clock.lap("quiz")
    if config.gift:
        files.append(write_text(out / "questions.gift", gift.to_gift(bank.questions)))
    if config.tsv:
        files.append(write_text(out / "questions.tsv", tsv.to_tsv(bank.questions)))
    return facts, bank, deck, [str(p) for p in files], clock


def _manifest(out: Path) -> list[str]:
    """The outputs the previous build wrote (none when it left no readable list)."""
    try:
        listed = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [str(p) for p in listed] if isinstance(listed, list) else []


def _retire_stale(out: Path, written: list[str], keep: bool, outputs: Outputs) -> list[str]:
    """List what the previous build wrote and this one did not; unless ``keep``, remove it
    when the new outputs move into place. Only files quizgen itself listed are ever removed."""
    from quizgen.render.deck_state import deck_state_path

    ours = [*written, *(str(deck_state_path(p)) for p in written if p.endswith(".apkg"))]
    stale = [p for p in _manifest(out) if p not in ours and Path(p).is_file()]
    if not keep:
        for path in stale:
            outputs.remove(path)
    listed = sorted({*ours, *(stale if keep else ())})
    written.append(str(write_text(out / MANIFEST_FILE, json.dumps(listed, indent=1) + "\n")))
    return stale


def _stamps(paths: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Each existing file's (inode, modification time): a rewrite changes at least one."""
    stamps = {}
    for path in paths:
        try:
            stat = Path(path).stat()
        except OSError:
            continue
        stamps[path] = (stat.st_ino, stat.st_mtime_ns)
    return stamps


class _Clock:
    """Seconds spent per stage."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round(now - self.start, 4)
        self.start = now
