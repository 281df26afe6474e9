"""Ingest: readers turn input files into a stream of Article or Reject records.

Every reader takes an open binary stream and a display name and yields records
(with ``defer``, a ``Pending`` for each record that is costly to decode: the batch
decodes those in its worker processes);
``read_inputs`` walks paths (files, folders, ``-`` for stdin), picks a reader by
extension or content, and never lets one bad record or file stop the rest.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional, Union

from ..errors import InputError, UsageError
from ..records import Article, Reject
from .common import Pending
from .jsonl import JsonlKeys, read_jsonl
from .text import read_text

Record = Union[Article, Reject]
Reader = Callable[..., Iterator[Record]]

FORMATS = ("jsonl", "text", "html", "warc")
_EXTENSIONS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc", ".warc.gz": "warc", ".arc": "warc", ".arc.gz": "warc",
}


_HTML_TAGS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<article", b"<div", b"<p>")


def _suffix_format(path: Path) -> Optional[str]:
    name = path.name.lower()
    for ext in sorted(_EXTENSIONS, key=len, reverse=True):
        if name.endswith(ext):
            return _EXTENSIONS[ext]
    return None


def sniff_format(head: bytes) -> str:
    """Guess a format from the first bytes of a stream."""
    if head.startswith(b"\x1f\x8b") or head.lstrip().startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text is HTML in practice (pages saved by browsers)
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<") and any(tag in start for tag in _HTML_TAGS):
        return "html"
    return "text"


def _reader(fmt: str) -> Reader:
    if fmt == "jsonl":
        return read_jsonl
    if fmt == "text":
        return read_text
    if fmt == "html":
        from .html import read_html

        return read_html
    if fmt == "warc":
        from .warc import read_warc

        return read_warc
    raise UsageError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")


def _expand(path_arg: str) -> Iterator[Path]:
    """A file as itself; a folder as the readable files below it, in sorted order."""
    path = Path(path_arg)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _suffix_format(p))
        if not files:
            raise InputError(f"{path_arg}: folder holds no .jsonl, .txt, .html or .warc files")
        yield from files
    elif path.is_file():
        yield path
    elif path.exists():
        raise InputError(f"{path_arg}: not a regular file or folder")
    else:
        raise InputError(f"{path_arg}: no such file or folder")


def _read_stream(stream: IO[bytes], name: str, fmt: Optional[str], keys: JsonlKeys,
                 stats: Optional[dict], defer: bool) -> Iterator[Union[Record, Pending]]:
    if fmt is None:
        peek = getattr(stream, "peek", None)
        head = peek(4096)[:4096] if peek else b""
        fmt = sniff_format(head)
    reader = _reader(fmt)
    if fmt == "jsonl":
        yield from reader(stream, name, keys, defer=defer)
    elif fmt == "warc":
        yield from reader(stream, name, stats=stats, defer=defer)
    else:
        yield from reader(stream, name, defer=defer)


def check_inputs(paths: Iterable[str]) -> None:
    """Fail early, with one clear line, when an input path cannot be read at all."""
    for arg in paths:
        if arg == "-":
            continue
        for path in _expand(arg):
            try:
                with path.open("rb"):
                    pass
            except OSError as e:
                raise InputError(f"{path}: cannot open: {e.strerror}") from None


def read_inputs(paths: Iterable[str], fmt: Optional[str] = None, keys: JsonlKeys = JsonlKeys(),
                stats: Optional[dict] = None, defer: bool = False) -> Iterator[Union[Record, Pending]]:
    """Yield Article or Reject records from every input, in order, streaming.

    Archive records that are not articles (requests, non-200 or non-HTML responses)
    are skipped and counted into ``stats`` when given. With ``defer``, records whose
    decoding is costly come as ``Pending`` (one per record all the same), for a batch
    to decode in its worker processes.
    """
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    for arg in paths:
        if arg == "-":
            yield from _read_stream(sys.stdin.buffer, "-", fmt, keys, stats, defer)
            continue
        for path in _expand(arg):
            try:
                with path.open("rb") as stream:
                    yield from _read_stream(stream, str(path), fmt or _suffix_format(path), keys, stats, defer)
            except OSError as e:
                yield Reject(input=str(path), reason=f"cannot read: {e.strerror or e}")


__all__ = ["FORMATS", "JsonlKeys", "Pending", "check_inputs", "read_inputs", "sniff_format"]
