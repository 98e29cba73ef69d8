"""Facts for question tests, as extraction would give them for articles written for the tests."""

from __future__ import annotations

from quizgen.domain import load_domain
from quizgen.facts import Fact, FactSet, Source, fact_id

ARTICLE_A = (
    "date 2019-02-14 Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergey Lavrov "
    "in Moscow on February 13, 2019. The Soviet Union seized Etorofu, Kunashiri, Shikotan and the "
    "Habomai islet group in August 1945."
)


def domain():
    """The shipped domain: the question stage is tested with the vocabulary users get."""
    return load_domain()


def src(doc: str, quote: str, start: int = 0) -> Source:
    return Source(doc, quote, start, start + len(quote))


def make(kind: str, key: object, doc: str, quote: str, **fields: object) -> Fact:
    return Fact(fact_id(kind, key), kind, dict(fields), (src(doc, quote),))


KONO = "Japanese Foreign Minister Taro Kono met Russian Foreign Minister Sergey Lavrov in Moscow on February 13, 2019."
SEIZED = "The Soviet Union seized Etorofu, Kunashiri, Shikotan and the Habomai islet group in August 1945."
NAMED = "Japan calls Etorofu, Kunashiri, Shikotan and the Habomai islets the Northern Territories."
DECL = "Russia has pledged adherence to a 1956 declaration in which the Soviet Union said it was ready to hand over two of the four islands to Japan."
SAKURA = (
    "Officials of both countries signed about 40 fishery agreements in Sapporo on March 3, 2018."
)
AREAS = "Japanese and Russian ministers agreed on joint work in four areas — fisheries, tourism, wind power and medicine."
VISIT = "Prime Minister Yoshihide Suga visited Vladivostok on September 12, 2020."
CRIMEA = "Russia annexed Crimea in March 2014."


def facts() -> FactSet:
    docs = (
        {
            "id": "a",
            "path": "a.txt",
            "title": None,
            "published": {"value": "2019-02-14", "precision": "day"},
        },
        {
            "id": "b",
            "path": "b.txt",
            "title": "Fishery deal",
            "published": {"value": "2021", "precision": "year"},
        },
        {  # a later article that tells of the events the tests make up
            "id": "c",
            "path": "c.txt",
            "title": "Looking back",
            "published": {"value": "2024-12-01", "precision": "day"},
        },
        {  # an article that states no date
            "id": "u",
            "path": "u.txt",
            "title": "Undated notes",
            "published": {"value": "", "precision": "unknown"},
        },
    )
    items = [
        make(
            "person",
            "Taro Kono",
            "a",
            KONO,
            name="Taro Kono",
            role="Foreign Minister",
            country="Japan",
        ),
        make(
            "person",
            "Sergey Lavrov",
            "a",
            KONO,
            name="Sergey Lavrov",
            role="Foreign Minister",
            country="Russia",
        ),
        make(
            "person",
            "Yoshihide Suga",
            "b",
            VISIT,
            name="Yoshihide Suga",
            role="Prime Minister",
            country="Japan",
        ),
        make(
            "person",
            "Vladimir Titov",
            "b",
            "Russian First Deputy Foreign Minister Vladimir Titov spoke.",
            name="Vladimir Titov",
            role="First Deputy Foreign Minister",
            country="Russia",
        ),
        make(
            "event",
            ["2019-02-13", "Kono met Lavrov"],
            "a",
            KONO,
            date="2019-02-13",
            date_text="February 13, 2019",
            what="Taro Kono met Sergey Lavrov in Moscow",
            subject="Taro Kono",
            verb="met",
            rest="Russian Foreign Minister Sergey Lavrov in Moscow on February 13, 2019",
            where="Moscow",
            who=["Taro Kono", "Sergey Lavrov"],
            inferred=False,
        ),
        make(
            "event",
            ["1945-08", "seized"],
            "a",
            SEIZED,
            date="1945-08",
            date_text="August 1945",
            what="The Soviet Union seized the disputed islands",
            subject="The Soviet Union",
            verb="seized",
            rest="Etorofu, Kunashiri, Shikotan and the Habomai islet group in August 1945",
            where=None,
            who=[],
            inferred=False,
        ),
        make(
            "event",
            ["2018-03-03", "signed"],
            "b",
            SAKURA,
            date="2018-03-03",
            date_text="March 3, 2018",
            what="Officials of both countries signed about 40 fishery agreements",
            subject="Officials of both countries",
            verb="signed",
            rest="about 40 fishery agreements in Sapporo on March 3, 2018",
            where="Sapporo",
            who=[],
            inferred=False,
        ),
        make(
            "event",
            ["2020-09-12", "visit"],
            "b",
            VISIT,
            date="2020-09-12",
            date_text="September 12, 2020",
            what="Yoshihide Suga visited Vladivostok",
            subject="Yoshihide Suga",
            verb="visited",
            rest="Vladivostok on September 12, 2020",
            where="Vladivostok",
            who=["Yoshihide Suga"],
            inferred=False,
        ),
        make(
            "event",
            ["2014-03", "crimea"],
            "b",
            CRIMEA,
            date="2014-03",
            date_text="March 2014",
            what="Russia annexed Crimea",
            subject="Russia",
            verb="annexed",
            rest="Crimea in March 2014",
            where=None,
            who=[],
            inferred=False,
        ),
        make(
            "islands",
            ["etorofu", "kunashiri", "shikotan", "habomai"],
            "a",
            SEIZED,
            members=["etorofu", "kunashiri", "shikotan", "habomai"],
            names=["Etorofu", "Kunashiri", "Shikotan", "Habomai"],
            group=None,
            used_by=None,
        ),
        make(
            "islands",
            ["northern territories"],
            "a",
            NAMED,
            members=["etorofu", "kunashiri", "shikotan", "habomai"],
            names=["Etorofu", "Kunashiri", "Shikotan", "Habomai"],
            group="Northern Territories",
            used_by="Japan",
        ),
        make(
            "declaration",
            1956,
            "b",
            DECL,
            year=1956,
            content="the Soviet Union said it was ready to hand over two of the four islands to Japan",
            parties=["Soviet Union", "Japan"],
            offered_count=2,
            of_count=4,
            offered=[],
            pledge="Russia has pledged adherence",
        ),
        make(
            "number",
            [40, "fishery agreements"],
            "b",
            SAKURA,
            value=40,
            what="fishery agreements",
            qualifier="about",
            as_written="40",
        ),
        make(
            "list",
            "areas",
            "b",
            AREAS,
            what="areas of joint work",
            members=["fisheries", "tourism", "wind power", "medicine"],
            count=4,
        ),
        make("place", "Sapporo", "b", SAKURA, name="Sapporo"),
        make("place", "Moscow", "a", KONO, name="Moscow"),
        make("place", "Vladivostok", "b", VISIT, name="Vladivostok"),
        make("place", "Tokyo", "b", VISIT, name="Tokyo"),
    ]
    return FactSet(docs, tuple(items))
