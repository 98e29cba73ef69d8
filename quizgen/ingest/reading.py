"""Find article files and decode them to text, with warnings instead of tracebacks."""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from quizgen.errors import ESCAPE_SEQUENCE, InputError

ARTICLE_SUFFIXES = (".txt", ".md")


MAX_ARTICLE_BYTES = 10_000_000  # a long report is ~200 kB; past this it is not an article


def find_articles(
    paths: Iterable[str | Path], warn: Callable[[str], None] = lambda message: None
) -> list[Path]:
    """Expand files and folders (recursively) into a sorted, de-duplicated list of articles.

    Only regular files are articles (a pipe or a device would hang or never end); folders
    that cannot be read, and links to folders (which could loop), are reported and skipped.
    """
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(path, "No such file or folder", "check the path")
        if path.is_dir():
            inside = sorted(_walk(path, warn))
            if not inside:
                raise InputError(
                    path, "No articles (.txt or .md files)", "add articles or pick another folder"
                )
            found.update(dict.fromkeys(inside))
        elif path.is_file():
            found[path] = None
        else:
            raise InputError(path, "Not a regular file", "give an article file or a folder")
    return list(found)


def _walk(folder: Path, warn: Callable[[str], None]) -> Iterator[Path]:
    """Article files under ``folder``; what is skipped is said."""

    def unreadable(error: OSError) -> None:
        warn(f"{error.filename}: cannot read the folder ({error.strerror}), skipped")

    for root, folders, files in os.walk(folder, onerror=unreadable):
        for name in list(folders):
            if os.path.islink(os.path.join(root, name)):
                warn(f"{os.path.join(root, name)}: a link to a folder, not followed")
                folders.remove(name)
        for name in files:
            path = Path(root, name)
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if path.is_file():
                yield path
            else:
                warn(f"{path}: not a regular file, skipped")


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
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16, "UTF-16 file without a byte order mark, decoded"
        return None, "binary file (contains NUL bytes), skipped"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        text = data.decode("cp1252", errors="replace")
        if _looks_binary(text):
            return None, "binary file (not text), skipped"
        return text, f"not UTF-8 (byte {error.start}), decoded as Windows-1252"


def _utf16_without_bom(data: bytes) -> str | None:
    """Text that is UTF-16 without a byte order mark: ASCII-range letters put a NUL beside
    nearly every other byte, all on one side."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high >= 0.6 * half and low <= 0.05 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _looks_binary(text: str) -> bool:
    """More than 5% control characters or replacement marks in the first 4 KiB."""
    head = text[:4096]
    return len(_NOT_TEXT.findall(head)) > 0.05 * len(head)


def read_articles(
    paths: Iterable[Path], limit: int = MAX_ARTICLE_BYTES
) -> Iterator[tuple[Path, str | None, str | None]]:
    """Yield ``(path, text, warning)`` per file; unreadable files come with text None."""
    for path in paths:
        try:
            with open(path, "rb") as file:
                data = file.read(limit + 1)
        except OSError as error:
            yield path, None, f"cannot read ({error.strerror}), skipped"
            continue
        if len(data) > limit:
            megabytes = limit / 1_000_000
            yield path, None, f"larger than {megabytes:g} MB, skipped (an article is smaller)"
            continue
        text, warning = decode(data)
        if text is not None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            text = None if _looks_binary(text) else inert(text)
            warning = warning if text is not None else "binary file (not text), skipped"
        yield path, text, warning


_LINE_BREAKS = (("\u2028", "\n"), ("\u2029", "\n\n"), ("\x85", "\n"), ("\f", "\n"))


# "Prime Minister [Shinzo] Abe": a transcript's editor filled in a name; read it as written.
_FILLED_NAME = re.compile(
    r"\b([A-Z][a-z]\w* )\[([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\](?= [A-Z])"
)


def inert(text: str) -> str:
    """Text as plain words: terminal escape sequences, control characters, bidirectional
    overrides and zero-width characters (Unicode "format" characters) removed; every kind of
    space (no-break, thin, ideographic...) read as a space."""
    # Each step only when its mark is there: this runs on every article, and a dict-based
    # str.translate walks every character in Python (140 us an article).
    if "\x1b" in text:
        text = ESCAPE_SEQUENCE.sub("", text)
    for mark, line_break in _LINE_BREAKS:
        if mark in text:
            text = text.replace(mark, line_break)
    if "[" in text:
        text = _FILLED_NAME.sub(r"\1\2", text)
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text  # almost every article: nothing to do, checked at C speed
    kept = []
    for ch in text:
        if ch in "\n\t" or ch.isprintable():
            kept.append(ch)
        elif unicodedata.category(ch) == "Zs":
            kept.append(" ")
    return "".join(kept)
