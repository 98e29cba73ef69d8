"""Find article files and decode them to text, with warnings instead of tracebacks."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from quizgen.errors import InputError

ARTICLE_SUFFIXES = (".txt", ".md")


def find_articles(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (recursively) into a sorted, de-duplicated list of articles."""
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(path, "No such file or folder", "check the path")
        if path.is_dir():
            inside = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not inside:
                raise InputError(
                    path, "No articles (.txt or .md files)", "add articles or pick another folder"
                )
            found.update(dict.fromkeys(inside))
        else:
            found[path] = None
    return list(found)


def decode(data: bytes) -> tuple[str | None, str | None]:
    """Return ``(text, warning)``; text is None when the bytes are not an article at all."""
    if not data.strip():
        return None, "empty file, skipped"
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None, f"not valid {encoding.upper()}, skipped"
            warning = None if encoding == "utf-8-sig" else "UTF-16 file, decoded"
            return text, warning
    if b"\x00" in data:
        return None, "binary file (contains NUL bytes), skipped"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        text = data.decode("cp1252", errors="replace")
        if _looks_binary(text):
            return None, "binary file (not text), skipped"
        return text, f"not UTF-8 (byte {error.start}), decoded as Windows-1252"


_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _looks_binary(text: str) -> bool:
    """More than 5% control characters or replacement marks in the first 4 KiB."""
    head = text[:4096]
    return len(_NOT_TEXT.findall(head)) > 0.05 * len(head)


def read_articles(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None, str | None]]:
    """Yield ``(path, text, warning)`` per file; unreadable files come with text None."""
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as error:
            yield path, None, f"cannot read ({error.strerror}), skipped"
            continue
        text, warning = decode(data)
        if text is not None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            text = None if _looks_binary(text) else inert(text)
            warning = warning if text is not None else "binary file (not text), skipped"
        yield path, text, warning


_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.)?")
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n\n", "\x85": "\n", "\f": "\n"})


def inert(text: str) -> str:
    """Text as plain words: terminal escape sequences, control characters, bidirectional
    overrides and zero-width characters (Unicode "format" characters) removed; every kind of
    space (no-break, thin, ideographic...) read as a space."""
    text = _ESCAPE_SEQUENCE.sub("", text).translate(_LINE_BREAKS)
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text  # almost every article: nothing to do, checked at C speed
    kept = []
    for ch in text:
        if ch in "\n\t" or ch.isprintable():
            kept.append(ch)
        elif unicodedata.category(ch) == "Zs":
            kept.append(" ")
    return "".join(kept)
