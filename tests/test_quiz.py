"""Printable quizzes: rendered to PDF with WeasyPrint and read back, versions, keys, templates."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.errors import QuizgenError
from quizgen.questions.records import Question
from quizgen.render.html import render_quiz, write_quiz
from quizgen.render.layout import LETTERS, layout_quiz
from quizgen.render.pdf import write_pdf
from tests.pdftext import KEY_HEADING, body_lines, key_start, page_texts, text_origins
from tests.quiz_samples import hostile_question, sample_questions

TITLE = "Lake Varn accord"


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory) -> tuple[list, list[Path]]:
    """Version A and B of the sample quiz as HTML and PDF (rendered once for the module)."""
    out = tmp_path_factory.mktemp("quiz") / "quiz.html"
    questions = sample_questions()
    paths = write_quiz(questions, out, title=TITLE, versions=2, seed=7, pdf=True)
    rendered = render_quiz(questions, title=TITLE, versions=2, seed=7)
    return rendered, paths


def prompts_by_number(order: tuple[str, ...]) -> dict[int, Question]:
    by_id = {q.id: q for q in sample_questions()}
    return {number: by_id[qid] for number, qid in enumerate(order, 1)}


def test_write_quiz_names_files_per_version(two_versions):
    _, paths = two_versions
    assert [p.name for p in paths] == ["quiz-A.html", "quiz-A.pdf", "quiz-B.html", "quiz-B.pdf"]
    assert sorted(p.name for p in paths[0].parent.iterdir()) == sorted(p.name for p in paths)


@pytest.mark.parametrize("index", [0, 1])
def test_pdf_pages_key_on_its_own_page_and_every_question_once(two_versions, index):
    rendered, paths = two_versions
    quiz = rendered[index]
    pages = page_texts(paths[2 * index + 1])
    assert 2 <= len(pages) <= 4
    footer = f"{TITLE} · version {quiz.version}"
    start = key_start(pages, footer)
    assert start >= 1
    # the class's pages do not count the key's; the key numbers its own pages
    assert all(f"Page {n} of {start}" in text for n, text in enumerate(pages[:start], 1))
    key_pages = len(pages) - start
    assert all(f"Page {n} of {key_pages}" in text for n, text in enumerate(pages[start:], 1))
    paper, key = "\n".join(pages[:start]), "\n".join(pages[start:])
    questions = prompts_by_number(quiz.order)
    for number, question in questions.items():
        numbered = f"{number}. {question.prompt}".replace("_____", "").replace("  ", " ")
        assert paper.count(numbered) == 1, numbered
        assert question.prompt.replace("_____", "") not in key
        assert len(re.findall(rf"^{number}\. ", key, re.M)) == 1
    assert "End of the quiz." in pages[start - 1]
    assert questions[len(questions)].prompt in pages[start - 1]  # the end line is not alone
    assert (
        body_lines(pages[start], footer)[1]
        == f"{TITLE}, version {quiz.version} · 12 questions · 15 points"
    )
    assert "Total: 15 points." in pages[0]


def test_key_letter_points_to_the_option_on_that_version(two_versions):
    rendered, paths = two_versions
    letters_seen = []
    for index, quiz in enumerate(rendered):
        pages = page_texts(paths[2 * index + 1])
        start = key_start(pages, f"{TITLE} · version {quiz.version}")
        paper, key = "\n".join(pages[:start]), "\n".join(pages[start:])
        letters = {}
        for number, question in prompts_by_number(quiz.order).items():
            if question.type != "choice":
                continue
            block = paper.split(f"{number}. {question.prompt}")[1].split(f"\n{number + 1}. ")[0]
            shown = {
                re.search(rf"^([A-D])\. {re.escape(o)}$", block, re.M).group(1): o
                for o in question.options
            }
            assert sorted(shown) == ["A", "B", "C", "D"]
            letter = re.search(
                rf"^{number}\. ([A-D]) {re.escape(question.answer)}$", key, re.M
            ).group(1)
            assert shown[letter] == question.answer
            letters[question.id] = tuple(
                sorted(shown, key=lambda k: question.options.index(shown[k]))
            )
        letters_seen.append(letters)
    assert letters_seen[0] != letters_seen[1]  # the option order differs between versions


def test_nothing_drawn_outside_the_page(two_versions):
    _, paths = two_versions
    origins = text_origins(paths[1])
    assert origins
    for page, x, y, width, height, text in origins:
        assert 20 < x < width - 40 and 15 < y < height - 20, (page, x, y, text)
    drawn = " ".join(t for *_, t in origins)
    for question in sample_questions():
        for text in question.options + question.items + tuple(r for _, r in question.pairs):
            assert text in drawn


def test_versions_hold_the_same_questions_in_other_orders():
    questions = sample_questions()
    a, b, c = render_quiz(questions, versions=3, seed=1)
    assert [r.version for r in (a, b, c)] == ["A", "B", "C"]
    assert a.order == tuple(q.id for q in questions)  # version A keeps the ranking
    assert sorted(a.order) == sorted(b.order) == sorted(c.order)
    assert len({a.order, b.order, c.order}) == 3
    for r in (a, b, c):  # shuffled within type groups only
        assert [i.split("-")[0] for i in r.order] == [i.split("-")[0] for i in a.order]


def test_same_seed_same_html_other_seed_other_html():
    questions = sample_questions()
    first = render_quiz(questions, versions=2, seed=3)
    assert render_quiz(questions, versions=2, seed=3) == first
    other = render_quiz(questions, versions=2, seed=4)
    assert other[1].quiz_html != first[1].quiz_html


def test_timeline_and_matching_keys_match_the_shuffled_columns():
    for paper in layout_quiz(sample_questions(), versions=4, seed=0):
        for item in paper.items:
            q = item.question
            if q.type == "timeline":
                assert item.events != q.items
                assert [item.events[LETTERS.index(k)] for k in item.event_order] == list(q.items)
            if q.type == "matching":
                assert item.right != tuple(r for _, r in q.pairs)
                assert [item.right[LETTERS.index(k)] for k in item.match_letters] == [
                    r for _, r in q.pairs
                ]


def test_hostile_text_is_shown_as_text(tmp_path):
    title = 'Tom & "Jerry" </style><script>x()</script>'
    (quiz,) = render_quiz([hostile_question()], title=title)
    html = quiz.quiz_html
    assert "<script>" not in html and "</style><script>" not in html
    assert "Who wrote &#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34; &amp; left?" in html
    assert "&lt;b&gt;Anna &amp; &#34;Bo&#34;&lt;/b&gt;" in html
    assert "Tom &amp; &#34;Jerry&#34; &lt;news&gt;" in html
    pdf = write_pdf(html, tmp_path / "hostile.pdf")
    text = "\n".join(page_texts(pdf))
    assert 'Who wrote "<script>alert(1)</script>" & left?' in text
    assert '<b>Anna & "Bo"</b>' in text
    assert f"{title}" in text  # the footer shows the title as written


def test_cloze_blank_becomes_a_line_and_the_rest_stays_escaped():
    question = Question(id="c", type="cloze", prompt="A <b> _____ & ___ end.", answer="x")
    (quiz,) = render_quiz([question])
    assert (
        'A &lt;b&gt; <span class="blank"></span> &amp; <span class="blank"></span> end.'
        in quiz.quiz_html
    )


def test_key_separate_files_and_key_pdf_starts_with_the_key(tmp_path):
    questions = sample_questions()
    paths = write_quiz(questions, tmp_path / "one.html", key_separate=True)
    assert [p.name for p in paths] == ["one.html", "one-key.html"]
    quiz_html, key_html = (p.read_text(encoding="utf-8") for p in paths)
    assert '<section class="key">' not in quiz_html and "End of the quiz." in quiz_html
    assert f"<h1>{KEY_HEADING}</h1>" in key_html and "Circle the letter" not in key_html
    paths = write_quiz(questions, tmp_path / "two.html", versions=2, key_separate=True)
    assert [p.name for p in paths] == [
        "two-A.html",
        "two-A-key.html",
        "two-B.html",
        "two-B-key.html",
    ]
    pages = page_texts(write_pdf(key_html, tmp_path / "key.pdf"))
    assert body_lines(pages[0], "Quiz")[:2] == [KEY_HEADING, "Quiz · 12 questions · 15 points"]


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_size(tmp_path, paper, size):
    import pypdf

    (quiz,) = render_quiz(sample_questions()[:2], paper=paper)
    box = pypdf.PdfReader(write_pdf(quiz.quiz_html, tmp_path / "q.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_user_folder_overrides_the_stylesheet_and_a_template(tmp_path):
    (tmp_path / "quiz").mkdir()
    (tmp_path / "quiz" / "quiz.css").write_text("/* school style */ h1 { color: green; }\n")
    (quiz,) = render_quiz(sample_questions(), templates_dir=tmp_path)
    assert "/* school style */" in quiz.quiz_html
    assert "quizgen quiz stylesheet" not in quiz.quiz_html
    assert "Multiple choice" in quiz.quiz_html  # the other templates are still the shipped ones
    (tmp_path / "quiz" / "key_section.html").write_text("<p>Key of {{ title }}</p>\n")
    (quiz,) = render_quiz(sample_questions(), title="A & B", templates_dir=tmp_path)
    assert (
        "<p>Key of A &amp; B</p>" in quiz.quiz_html and "<h1>Answer key</h1>" not in quiz.quiz_html
    )


def test_template_problems_are_user_errors(tmp_path):
    with pytest.raises(QuizgenError, match="template folder .* does not exist"):
        render_quiz(sample_questions(), templates_dir=tmp_path / "missing")
    (tmp_path / "quiz").mkdir()
    (tmp_path / "quiz" / "quiz.html").write_text("{% if %}\n")
    with pytest.raises(QuizgenError, match=r"quiz\.html, line 1: fix the template"):
        render_quiz(sample_questions(), templates_dir=tmp_path)
    (tmp_path / "quiz" / "quiz.html").write_text("{{ nonsense }}\n")
    with pytest.raises(QuizgenError, match="'nonsense' is undefined"):
        render_quiz(sample_questions(), templates_dir=tmp_path)


@pytest.mark.parametrize(
    ("questions", "options", "message"),
    [
        ([], {}, "no questions"),
        ([Question(id="q", type="essay", prompt="?", answer="")], {}, "unknown type 'essay'"),
        (
            [Question(id="q", type="choice", prompt="?", answer="x", options=("a", "b"))],
            {},
            "not one of its options",
        ),
        (
            [Question(id="q", type="who", prompt="?", answer="x")],
            {"versions": 0},
            "--versions must be",
        ),
        (
            [Question(id="q", type="who", prompt="?", answer="x")],
            {"paper": "a5"},
            "unknown paper size",
        ),
    ],
)
def test_bad_input_is_refused(questions, options, message):
    with pytest.raises(QuizgenError, match=message):
        render_quiz(questions, **options)


def test_pdf_without_weasyprint_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    with pytest.raises(QuizgenError, match=r"pip install 'quizgen\[pdf\]'"):
        write_pdf("<p>x</p>", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_long_options_get_one_line_each():
    short = sample_questions()[0]
    long_ = Question(
        id="long",
        type="choice",
        prompt="Which post?",
        answer="Chief Cabinet Secretary of the government",
        options=("Chief Cabinet Secretary of the government", "b", "c", "d"),
    )
    html = render_quiz([short, long_])[0].quiz_html
    assert html.count('<ol class="options">') == 1 and html.count('<ol class="options long">') == 1


@settings(max_examples=40, deadline=None)
@given(
    options=st.lists(st.text(min_size=1, max_size=8), min_size=2, max_size=6, unique=True),
    pick=st.integers(0, 5),
    seed=st.integers(0, 10**6),
)
def test_every_version_key_letter_names_the_answer(options, pick, seed):
    answer = options[pick % len(options)]
    question = Question(id="q", type="choice", prompt="?", answer=answer, options=tuple(options))
    papers = layout_quiz([question], versions=3, seed=seed)
    for paper in papers:
        (item,) = paper.items
        assert sorted(item.options) == sorted(options)
        assert item.options[LETTERS.index(item.answer_letter)] == answer
    assert layout_quiz([question], versions=3, seed=seed) == papers


def _boxes(box):
    """Every layout box under ``box`` (WeasyPrint's tree), depth first."""
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def test_a_100_character_title_wraps_beside_the_version_box_and_the_footer_stays_on_one_line():
    """Laid out by WeasyPrint: the title's box ends left of the version box, and each
    running footer (title, page count) is one line."""
    weasyprint = pytest.importorskip("weasyprint")
    title = "Japan and Russia after the 1956 declaration: talks, visits, disputed islands and trade"
    title = (title + " in the 2010s, a review")[:100]
    assert len(title) == 100
    quiz = render_quiz(sample_questions(), title=title, versions=2)[0]
    page = weasyprint.HTML(string=quiz.quiz_html).render().pages[0]
    boxes = list(_boxes(page._page_box))
    heading = next(b for b in boxes if getattr(b, "element_tag", "") == "h1")
    version = next(
        b
        for b in boxes
        if getattr(b, "element_tag", "") == "p" and b.element.get("class") == "version"
    )
    assert heading.position_x + heading.width <= version.position_x
    assert heading.height > 1.5 * version.height  # it wrapped rather than ran under the box
    footers = [b for b in boxes if getattr(b, "at_keyword", "").startswith("@bottom")]
    assert footers
    for footer in footers:
        lines = [b for b in _boxes(footer) if type(b).__name__ == "LineBox"]
        assert len(lines) == 1, footer.at_keyword
