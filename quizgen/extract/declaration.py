"""The key documents of the domain (``[[documents]]``: a declaration, a treaty, a resolution):
what each says, what it offers, who pledges adherence to it.

A sentence counts when it has a declaration keyword (or "document", when no other key document
has its year) next to the domain's year ("a 1956 declaration", "the declaration of 1956", "the
1956 Calder-Union joint declaration"), one of the declaration's names, or, once the article
has named it, the capitalised keyword ("the Declaration"). The content is the clause after
"in which"/"under which"/"which says"/"which stipulates that" (an aside ", which ..., will
serve" ends before the main verb) or right after the name ("The Declaration promised ...");
"two of the four islands" gives ``offered_count``/``of_count``; island names in the content
give ``offered``; a clause "<Country> has pledged|reaffirmed|confirmed|committed ..." before
it gives ``pledge``. A sentence that only names the declaration is one more source of the
article's declaration fact.
"""

from __future__ import annotations

import re

from quizgen.domain import Declaration
from quizgen.extract.base import DocContext, Draft, known
from quizgen.extract.joined import lexicon_words, sentences_holding
from quizgen.ingest.records import Sentence
from quizgen.patterns import alternation, covering

PLEDGE = (
    r"(?P<pledge>\b(?P<who>{countries})\s+(?:has\s+|have\s+|had\s+)?(?:pledged|reaffirmed|confirmed|"
    r"committed|vowed)(?:\s+(?:its|their))?(?:\s+(?:adherence|commitment|loyalty))?)"
    r"\s+(?:to|itself to)\b"
)
FRONTED = re.compile(r"\A(?:Under|In|By|Through)\b[^,]{0,80},\s*")
# "The 1956 declaration promised ...": the content right after the document's name
SAYING_VERBS = (
    "says", "said", "states", "stated", "stipulates", "stipulated", "provides", "provided",
    "envisages", "envisaged", "promises", "promised",
)  # fmt: skip
DIRECT_CONTENT = re.compile(rf"\s+(?:{'|'.join(SAYING_VERBS)})(?:\s+that)?\s+(?P<content>[^;]+)")
# English nouns that name a document of any kind: "a 1956 document that promised ..."
DOCUMENT_NOUNS = ("document",)
CONTENT = re.compile(
    r"(?P<aside>,\s+)?\b(?:in which|under which|(?:which|that) (?:"
    + "|".join((*SAYING_VERBS, "envisions"))
    + r")(?:\s+that)?|stating that|stipulating that)\s+(?P<content>[^;]+)"
)
# a relative clause between the document and "in which": the "in which" is a later noun's
INTERVENING = re.compile(r"\b(?:which|that|who|whose)\b")
# ", which stipulates that A, will serve as ...": the aside ends where the main clause goes on
ASIDE_END = re.compile(
    r",\s+(?:will|would|is|was|are|were|has|have|had|remains|remained|serves|served|can|could"
    r"|must|should|may|might)\b"
)


def find_declarations(ctx: DocContext) -> list[Draft]:
    """A draft for each sentence that states what a key document said or who adheres to it."""
    drafts = []
    written = ctx.doc.published.year
    for decl in ctx.domain.documents:
        if written is None or decl.year <= written:  # no article names a later document
            drafts += _document(ctx, decl)
    return drafts


def _document(ctx: DocContext, decl: Declaration) -> list[Draft]:
    """The drafts of one key document (see the module's docstring)."""
    hinted = _hinted(ctx, decl)
    if not hinted:
        return []
    alone = sum(d.year == decl.year for d in ctx.domain.documents) == 1
    trigger = ctx.lex.pattern(f"document:{decl.name}", lambda: _trigger(decl, alone), re.I)
    again = ctx.lex.pattern(f"document-again:{decl.name}", lambda: _named_again(decl))
    offer = ctx.lex.pattern("offer", lambda: _offer(ctx.domain.numbers), re.I)
    drafts: list[Draft] = []
    bare: list[Sentence] = []
    for index in hinted:
        sentence = ctx.doc.sentences[index]
        text = sentence.text
        hit = trigger.search(text) or (again.search(text) if drafts or bare else None)
        if not hit:
            continue
        found = DIRECT_CONTENT.match(text, hit.end()) or CONTENT.search(text, hit.end())
        if found and INTERVENING.search(text, hit.end(), found.start()):
            found = None  # "a 2005 deal which ended a war in which ...": the war's clause
        content = _content(found) if found else None
        fronted = FRONTED.match(text)
        if content is None and fronted and fronted.end() > hit.end():
            content = text[fronted.end() :].rstrip(" .")  # "Under the 1956 declaration, X"
        pledge = ctx.lex.pattern("pledge", lambda: PLEDGE.format(countries=ctx.lex.country_words))
        pledge_match = pledge.search(text, 0, hit.start())
        if not content and not pledge_match:
            bare.append(sentence)  # "on the basis of the 1956 joint declaration"
            continue
        offered = offer.search(content or "")
        pledged = " ".join(pledge_match["pledge"].split()) if pledge_match else None
        fields = {
            "year": decl.year,
            "name": decl.name,
            "content": ctx.resolve_names(content) if content else None,
            "parties": [
                c
                for c in _countries(ctx, text)
                if not pledge_match or c != _country(ctx, pledge_match["who"])
            ]
            or list(decl.parties),
            "offered_count": _value(ctx, offered["n"]) if offered else None,
            "of_count": _value(ctx, offered["m"]) if offered else None,
            "offered": _offered(ctx, text, content or "", hit.start()),
            "pledge": pledged,
        }
        key = _key(ctx, decl, (content or "").lower(), (pledged or "").lower())
        drafts.append(Draft("declaration", key, fields, ctx.source(sentence)))
    return drafts + _mentions(ctx, decl, bare, drafts)


def _hinted(ctx: DocContext, decl: Declaration) -> list[int]:
    """Indices of the sentences whose case-folded text holds a keyword or a name of the
    declaration: every trigger holds one, the other sentences are skipped. One pass over the
    document per word (``covering``: often one word) instead of tests per sentence."""
    hints = {k.casefold() for k in (*decl.keywords, *DOCUMENT_NOUNS, decl.name, *decl.aliases)}
    words = lexicon_words(ctx.lex, f"document-hints:{decl.name}", lambda: covering(hints))
    if words is None:  # the words could not be kept: test each sentence
        return [i for i, f in enumerate(ctx.folded) if any(h in f for h in hints)]
    return sentences_holding(ctx.joined_folded, words)


def _content(found: re.Match[str]) -> str:
    content = found["content"].rstrip(" .")
    end = ASIDE_END.search(content) if found.groupdict().get("aside") else None
    return content[: end.start()] if end else content


def _mentions(
    ctx: DocContext, decl: Declaration, sentences: list[Sentence], drafts: list[Draft]
) -> list[Draft]:
    """Sentences that only name the declaration: more sources of what the article says of it."""
    if not sentences:
        return []
    if drafts:
        first = drafts[0]
        return [Draft("declaration", first.key, first.fields, ctx.source(s)) for s in sentences]
    fields = {
        "year": decl.year,
        "name": decl.name,
        "content": None,
        "parties": list(decl.parties),
        "offered_count": None,
        "of_count": None,
        "offered": [],
        "pledge": None,
    }
    key = _key(ctx, decl, "", "")
    return [Draft("declaration", key, fields, ctx.source(s)) for s in sentences]


def _key(ctx: DocContext, decl: Declaration, content: str, pledge: str) -> tuple[object, ...]:
    """A document fact's key: its year, content and pledge, and its name when another key
    document has the same year (so that a one-document topic keeps its fact ids)."""
    if sum(d.year == decl.year for d in ctx.domain.documents) > 1:
        return (decl.year, decl.name, content, pledge)
    return (decl.year, content, pledge)


def _trigger(decl: Declaration, alone: bool) -> str:
    """ "a 1956 declaration", "the declaration of 1956", "a declaration signed in 1956", "In
    1956, Calder and the Northern Union signed a joint declaration", or the full name; when
    no other key document has its year, "a 1956 document" too."""
    words = (*decl.keywords, *DOCUMENT_NOUNS) if alone else decl.keywords
    keywords = alternation(words, ignore_case=True)
    return (
        rf"\b(?:{decl.year}\s+(?:[\w-]+\s+){{0,2}}?(?:{keywords})|(?:{keywords})\s+of\s+{decl.year}"
        rf"|(?:{keywords})\s+(?:signed|adopted|issued)\s+in\s+{decl.year}"
        rf"|\A(?:In|By)\s+{decl.year},?[^.;]{{0,80}}?\b(?:signed|adopted)\s+(?:a|the|their)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{keywords})"
        rf"|{alternation((decl.name, *decl.aliases), ignore_case=True)})\b"
    )


def _named_again(decl: Declaration) -> str:
    """ "the Declaration", capitalised, after the article has named the document."""
    keywords = alternation([k[:1].upper() + k[1:] for k in decl.keywords])
    return rf"\b[Tt]he\s+(?:{keywords})\b"


def _offer(numbers: tuple[tuple[str, int], ...]) -> str:
    """ "two of the four islands" """
    words = alternation([w for w, _ in numbers], ignore_case=True)
    return rf"\b(?P<n>{words}|\d+)\s+of\s+the\s+(?P<m>{words}|\d+)\s+islands\b"


def _offered(ctx: DocContext, text: str, content: str, trigger: int) -> list[str]:
    """Island ids the content names, or those named before it when it says "them"."""
    named = [known(ctx.domain.island_for(m[0])).id for m in ctx.lex.island.finditer(content)]
    if not named and re.search(r"\bthem\b", content):
        earlier = ctx.lex.island.finditer(text[:trigger])
        named = [known(ctx.domain.island_for(m[0])).id for m in earlier]
    return list(dict.fromkeys(named))


def _country(ctx: DocContext, word: str) -> str | None:
    found = ctx.domain.country_for(word)
    return found.name if found else None


def _countries(ctx: DocContext, text: str) -> list[str]:
    names = [ctx.domain.country_for(m[0]) for m in ctx.lex.country.finditer(text)]
    return list(dict.fromkeys(c.name for c in names if c))


def _value(ctx: DocContext, word: str) -> int | None:
    return int(word) if word.isdigit() else ctx.domain.number_for(word)
