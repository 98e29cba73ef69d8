"""Bad input, tried for real through `quizgen build`: one clear line, the right exit code,
and no output created or damaged."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.cli import cli
from quizgen.domain import load_domain
from quizgen.errors import QuizgenError
from quizgen.extract import extract_facts
from quizgen.ingest import parse_document
from quizgen.questions import generate_questions
from quizgen.render.anki_notes import SkipQuestion, note_fields
from quizgen.render.html import render_quiz

from .conftest import SEEDS

ARTICLE = (
    "date 2018-05-01 Russian Foreign Minister Sergei Lavrov visited Tokyo on April 30, 2018.\n"
)


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: None, "No such file or folder in missing"),
        (lambda d: (d / "missing").mkdir(), "No articles (.txt or .md files) in missing"),
        (
            lambda d: (d / "missing").mkdir() or (d / "missing" / "a.txt").write_text(""),
            "No readable articles",
        ),
    ],
    ids=["missing path", "empty folder", "only an empty file"],
)
def test_input_problems_fail_with_one_line_and_write_nothing(workdir: Path, setup, message) -> None:
    setup(workdir)
    result = invoke("build", "missing")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and message in errors[0]
    assert result.stderr.strip().splitlines()[-1] == errors[0]
    assert not (workdir / "decks").exists()


@pytest.mark.parametrize(
    ("name", "content", "warning"),
    [
        ("empty.txt", b"", "empty file, skipped"),
        ("random.txt", random.Random(1).randbytes(4096), "skipped"),
        (
            "latin1.txt",
            ARTICLE.replace("visited", "visited the Café in").encode("latin-1"),
            "Windows-1252",
        ),
        ("utf16.txt", ARTICLE.encode("utf-16"), "UTF-16 file, decoded"),
    ],
)
def test_odd_files_warn_and_the_build_goes_on(workdir: Path, name, content, warning) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    (workdir / "seeds" / name).write_bytes(content)
    result = invoke("build")
    assert result.exit_code == 0, result.output
    assert f"Warning: seeds/{name}: " in result.stderr and warning in result.stderr
    strict = invoke("build", "--strict")
    assert strict.exit_code == 1 and "--strict" in strict.stderr


def test_html_article_with_script_is_shown_as_text(workdir: Path) -> None:
    (workdir / "in").mkdir()
    (workdir / "in" / "hostile.txt").write_text(
        "date 2018-05-01 <script>alert(1)</script> Russian Foreign Minister Sergei Lavrov & "
        'Japanese Foreign Minister Taro Kono met in Tokyo on "April 30, 2018".\n',
        encoding="utf-8",
    )
    result = invoke("build", "in", "-q")
    assert result.exit_code == 0, result.output
    quiz = (workdir / "decks" / "quiz.html").read_text(encoding="utf-8")
    assert "<script>alert" not in quiz and "&lt;script&gt;" in quiz


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        ("{not json", "malformed JSON in decks/facts.json, line 1"),
        ('{"format": "other", "version": 1}', "quizgen-facts"),
        ('{"format": "quizgen-facts", "version": 99, "documents": [], "facts": []}', "version"),
        (
            '{"format": "quizgen-facts", "version": 1, "documents": [], "facts": [{"id": "x"}]}',
            "kind",
        ),
    ],
)
def test_broken_facts_file_is_named_and_outputs_survive(workdir: Path, facts, message) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    assert invoke("build", "-q").exit_code == 0
    before = outputs(workdir / "decks")
    (workdir / "decks" / "facts.json").write_text(facts, encoding="utf-8")
    before["facts.json"] = facts.encode()
    result = invoke("build", "-q")
    assert result.exit_code == 1
    assert "facts.json" in result.stderr and message in result.stderr
    assert outputs(workdir / "decks") == before


def test_user_template_with_a_syntax_error_names_template_and_line(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    (workdir / "mine" / "quiz").mkdir(parents=True)
    (workdir / "mine" / "quiz" / "quiz.html").write_text("<p>\n{% if %}\n</p>\n", encoding="utf-8")
    (workdir / "quizgen.toml").write_text('templates = "mine"\n', encoding="utf-8")
    result = invoke("build", "-q")
    assert result.exit_code == 1
    assert "quiz.html" in result.stderr and "line 2" in result.stderr
    assert "Traceback" not in result.output


def test_question_rules_with_a_toml_error_are_named(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    (workdir / "rules.toml").write_text("[[template]\n", encoding="utf-8")
    result = invoke("build", "-q", "--rules", "rules.toml")
    assert result.exit_code == 1 and "Invalid TOML in question rules rules.toml" in result.stderr


def test_output_folder_that_cannot_be_written(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    (workdir / "blocker").write_text("a file, not a folder")
    result = invoke("build", "-q", "-o", "blocker/decks")
    assert result.exit_code == 1 and "Cannot write in blocker/decks" in result.stderr


def test_interrupted_build_leaves_previous_outputs(workdir: Path, monkeypatch) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    assert invoke("build", "-q").exit_code == 0
    before = outputs(workdir / "decks")
    (workdir / "seeds" / "extra.txt").write_text(ARTICLE, encoding="utf-8")

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("quizgen.render.anki.write_package", interrupt)
    result = invoke("build", "-q")
    assert result.exit_code != 0
    assert outputs(workdir / "decks") == before  # every file, facts.json and its cache too


ARBITRARY = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
NEWSY = st.lists(
    st.sampled_from(
        [
            "Russian Foreign Minister Sergei Lavrov met Japanese Foreign Minister Taro Kono in Moscow on May 3, 2019.",
            "The Soviet Union seized Etorofu, Kunashiri, Shikotan and the Habomai islets in August 1945.",
            "Russia has pledged adherence to a 1956 declaration in which the Soviet Union said it was ready to hand over two of the four islands to Japan.",
            "<script>alert('x')</script> & \"quotes\" {braces} ~tilde~ #hash",
            "They agreed on joint work in four areas — fisheries, tourism, wind power and medicine.",
            "He said Thursday that about 30 projects were ready.",
        ]
    ),
    max_size=6,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ARBITRARY | NEWSY.map(" ".join), min_size=1, max_size=3))
def test_pipeline_never_raises_and_escapes_everything(texts) -> None:
    domain = load_domain()
    docs = [parse_document(f"date 2019-05-04 {t}", f"d{i}") for i, t in enumerate(texts)]
    questions = generate_questions(extract_facts(docs, domain), domain)
    for question in questions:
        try:
            _kind, fields = note_fields(question)
        except SkipQuestion:
            continue
        for value in fields:
            assert "<script" not in value
    if questions:
        for rendered in render_quiz(questions):
            assert "<script>alert" not in rendered.quiz_html


def test_only_regular_files_are_read_and_what_is_skipped_is_said(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "in")
    os.mkfifo(workdir / "in" / "pipe.txt")  # reading it would wait forever
    (workdir / "elsewhere").mkdir()
    (workdir / "elsewhere" / "more.txt").write_text(ARTICLE, encoding="utf-8")
    (workdir / "in" / "linked").symlink_to(workdir / "elsewhere", target_is_directory=True)
    result = invoke("inspect", "in")
    assert result.exit_code == 0
    assert "Warning: in/pipe.txt: not a regular file, skipped" in result.stderr
    assert "Warning: in/linked: a link to a folder, not followed" in result.stderr
    assert "more" not in result.stdout
    fifo = invoke("inspect", "in/pipe.txt")
    assert fifo.exit_code == 1 and "Not a regular file in in/pipe.txt" in fifo.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_folder_is_reported(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "in")
    (workdir / "in" / "locked").mkdir(mode=0)
    try:
        result = invoke("inspect", "in")
    finally:
        (workdir / "in" / "locked").chmod(0o755)
    assert "cannot read the folder" in result.stderr


def test_an_article_too_large_is_skipped_with_its_size(workdir: Path) -> None:
    from quizgen.ingest.reading import read_articles

    path = workdir / "big.txt"
    path.write_text(ARTICLE * 10, encoding="utf-8")
    [(_, text, warning)] = read_articles([path], limit=100)
    assert text is None and warning == "larger than 0.0001 MB, skipped (an article is smaller)"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(workdir: Path, encoding) -> None:
    (workdir / "in").mkdir()
    (workdir / "in" / "a.txt").write_bytes(
        ARTICLE.replace("visited", "visited Café").encode(encoding)
    )
    result = invoke("inspect", "in", "--json")
    assert result.exit_code == 0, result.output
    assert "UTF-16 file without a byte order mark, decoded" in result.stderr


def test_question_rules_with_a_wrong_type_are_named(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    (workdir / "r.toml").write_text(
        '[[template]]\nid = 3\nkind = "person"\ntype = "who"\nprompt = "x"\nanswer = "y"\n'
    )
    result = invoke("build", "--rules", "r.toml")
    assert result.exit_code == 1
    assert result.output == "Error: Template #1 in r.toml: id must be a text, not 3\n"


def test_a_folder_where_an_output_belongs_stops_the_build_before_any_move(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    (workdir / "decks" / "quiz.html").mkdir(parents=True)
    result = invoke("build")
    assert result.exit_code == 1
    assert "Cannot write decks/quiz.html: a folder of that name is in the way" in result.output
    assert sorted(p.name for p in (workdir / "decks").iterdir()) == ["quiz.html"]


def test_a_full_disk_is_one_line_and_leaves_nothing(workdir: Path) -> None:
    import resource
    import subprocess
    import sys

    shutil.copytree(SEEDS, workdir / "seeds")

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))

    completed = subprocess.run(
        [sys.executable, "-c", "from quizgen.cli import cli; cli()", "build"],
        cwd=workdir,
        capture_output=True,
        text=True,
        preexec_fn=small_files,
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stderr == "Error: Cannot write decks/facts.json: File too large\n"
    assert not (workdir / "decks").exists()


def _die(*args: object) -> None:
    os._exit(9)  # as a worker killed by the system would


def test_worker_processes_find_what_one_process_finds(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    assert invoke("build", "--jobs", "1", "-o", "one").exit_code == 0
    assert invoke("build", "--jobs", "2", "-o", "two").exit_code == 0
    one, two = (workdir / "one" / "facts.json", workdir / "two" / "facts.json")
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_a_killed_extraction_process_is_one_line(workdir: Path, monkeypatch) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    monkeypatch.setattr("quizgen.cache._extract_chunk", _die)
    result = invoke("build", "--jobs", "2")
    assert result.exit_code == 1
    assert "an extraction process stopped (killed, or out of memory)" in result.output


def test_a_file_name_with_escape_sequences_is_printed_inert(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "in")
    (workdir / "in" / "\x1b[2Jevil\x07.txt").write_bytes(b"")
    result = invoke("inspect", "in")
    assert "Warning: in/[2Jevil.txt: empty file, skipped" not in result.stderr
    assert "Warning: in/evil.txt: empty file, skipped" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_a_message_loses_a_title_setting_sequence_whole() -> None:
    """An OSC sequence ("ESC ] 0 ; title BEL") goes with its payload, as in article text."""
    message = QuizgenError("in/\x1b]0;pwned\x07evil.txt: empty file").format_message()
    assert message == "in/evil.txt: empty file"


def test_unicode_spaces_and_hidden_characters_read_as_plain_text(workdir: Path) -> None:
    """No-break and thin spaces, zero-width and bidirectional characters change no fact."""
    domain = load_domain()
    plain = (SEEDS / "001_65fbbc9985a4bb6b.txt").read_text(encoding="utf-8")
    odd = (
        plain.replace(" ", "\u00a0", 400)
        .replace("Putin", "Pu\u200btin")
        .replace("Abe", "\u202aAbe\u202c")
    )
    facts = [
        [(f.kind, f.fields) for f in extract_facts([parse_document(t, "d", "d.txt")], domain).facts]
        for t in (plain, _read_back(workdir, odd))
    ]
    assert facts[0] == facts[1]


def _read_back(workdir: Path, text: str) -> str:
    from quizgen.ingest.reading import read_articles

    path = workdir / "odd.txt"
    path.write_text(text, encoding="utf-8")
    [(_, read, _)] = read_articles([path])
    assert read is not None
    return read


def test_a_read_only_facts_file_is_still_replaced_and_keeps_its_mode(workdir: Path) -> None:
    shutil.copytree(SEEDS, workdir / "seeds")
    assert invoke("build", "-q").exit_code == 0
    facts = workdir / "decks" / "facts.json"
    facts.chmod(0o444)
    (workdir / "seeds" / "extra.txt").write_text(ARTICLE, encoding="utf-8")
    result = invoke("build", "-q")
    assert result.exit_code == 0, result.output
    assert "extra" in facts.read_text(encoding="utf-8")
    assert facts.stat().st_mode & 0o777 == 0o444
