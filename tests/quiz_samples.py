"""Question records for the quiz renderer tests, about an invented river treaty (not the seeds)."""

from __future__ import annotations

from quizgen.questions.records import Citation, Question

ARTICLE = "Harbour talks"
DOC = "harbour-2031"


def cite(quote: str, doc: str = DOC, title: str = ARTICLE) -> tuple[Citation, ...]:
    return (Citation(doc, title, quote),)


def sample_questions() -> list[Question]:
    """One or more questions of every type, with distinctive option texts."""
    return [
        Question(
            id="choice-1",
            type="choice",
            prompt="Who signed the Lake Varn accord for Osterland?",
            answer="Mira Kallas",
            options=("Mira Kallas", "Teodor Brann", "Ines Holm", "Piet Varga"),
            explanation="Kallas signed as foreign minister.",
            sources=cite("Foreign Minister Mira Kallas signed the Lake Varn accord on Tuesday."),
        ),
        Question(
            id="choice-2",
            type="choice",
            prompt="Which city hosted the ferry summit?",
            answer="Lindqvist Harbour",
            options=("Rostmark", "Lindqvist Harbour", "Aldenport", "Sevrin Bay"),
            sources=cite("The ferry summit opened in Lindqvist Harbour."),
        ),
        Question(
            id="choice-3",
            type="choice",
            prompt="How many islands does the accord cover?",
            answer="Seven",
            options=("Three", "Five", "Seven", "Nine"),
            sources=cite("The accord covers seven islands in the lake."),
        ),
        Question(
            id="tf-1",
            type="truefalse",
            prompt="The accord was signed in Aldenport.",
            answer="False",
            explanation="It was signed in Lindqvist Harbour.",
            sources=cite("The accord was signed in Lindqvist Harbour."),
        ),
        Question(
            id="tf-2",
            type="truefalse",
            prompt="Fishing quotas are part of the accord.",
            answer="True",
            sources=cite("Fishing quotas were the core of the deal."),
        ),
        Question(
            id="cloze-1",
            type="cloze",
            prompt="The two countries agreed to share the _____ of the lake.",
            answer="fishing rights",
            cloze="The two countries agreed to share the {{c1::fishing rights}} of the lake.",
            sources=cite("The two countries agreed to share the fishing rights of the lake."),
        ),
        Question(
            id="who-1",
            type="who",
            prompt="Who chaired the ferry summit?",
            answer="Teodor Brann",
            accepted=("Brann", "T. Brann"),
            sources=cite("The summit was chaired by Teodor Brann."),
        ),
        Question(
            id="role-1",
            type="role",
            prompt="What post did Ines Holm hold?",
            answer="harbour master",
            sources=cite("Harbour master Ines Holm welcomed the delegations."),
        ),
        Question(
            id="when-1",
            type="when",
            prompt="When was the Lake Varn accord signed?",
            answer="4 March 2031",
            accepted=("March 2031",),
            sources=cite("On 4 March 2031 the accord was signed."),
        ),
        Question(
            id="list-1",
            type="list",
            prompt="Name the three ports the ferry line will serve.",
            answer="Rostmark; Aldenport; Sevrin Bay",
            items=("Rostmark", "Aldenport", "Sevrin Bay"),
            sources=cite("The ferry line will serve Rostmark, Aldenport and Sevrin Bay."),
        ),
        Question(
            id="match-1",
            type="matching",
            prompt="Match each island's Osterland name to its Varnish name.",
            answer="Kelo = Kelovar; Suni = Sunmark; Tarra = Tarrin; Ulve = Ulvhem",
            pairs=(
                ("Kelo", "Kelovar"),
                ("Suni", "Sunmark"),
                ("Tarra", "Tarrin"),
                ("Ulve", "Ulvhem"),
            ),
            sources=cite("Kelo (Kelovar), Suni (Sunmark), Tarra (Tarrin) and Ulve (Ulvhem)."),
        ),
        Question(
            id="timeline-1",
            type="timeline",
            prompt="Put these events in order.",
            answer="",
            items=(
                "Border on the lake drawn (1921)",
                "Fishing dispute begins (1958)",
                "Ferry summit held (2029)",
                "Lake Varn accord signed (2031)",
            ),
            sources=cite("The border drawn in 1921 led to the 1958 dispute."),
        ),
    ]


def hostile_question() -> Question:
    """Article text that would break a page if it were not escaped."""
    return Question(
        id="hostile-1",
        type="who",
        prompt='Who wrote "<script>alert(1)</script>" & left?',
        answer='<b>Anna & "Bo"</b>',
        explanation="It's <i>not</i> markup.",
        sources=cite("<script>alert('x')</script> & co.", title='Tom & "Jerry" <news>'),
    )
