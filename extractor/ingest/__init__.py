"""Ingest: readers turn input files into a stream of Article or Reject records.

Every reader takes an open binary stream and a display name and yields records
(with ``defer``, a ``Pending`` for each record that is costly to decode: the batch
decodes those in its worker processes);
``find_sources`` lists what the inputs name (files, the files below folders, ``-``
for stdin), ``read_sources`` picks a reader by extension or content (a gzip layer
is read by what it holds) and never lets one bad record, file or folder stop the
rest: each becomes a Reject.
"""

from __future__ import annotations

import gzip
import os
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional, Union

from ..errors import InputError, UsageError, shown
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
    ".warc": "warc", ".arc": "warc",
}
GZIP_MAGIC = b"\x1f\x8b"
_HEAD = 4096
_HTML_TAGS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<article", b"<div", b"<p>")


@dataclass(frozen=True)
class Source:
    """One thing to read: a file found from the inputs ('-': stdin), or why it cannot be read."""

    path: str
    problem: Optional[str] = None


def _suffix_format(path: Path) -> Optional[str]:
    """The format a file name says; 'x.jsonl.gz' says jsonl (the gzip layer is found by content)."""
    name = path.name.lower().removesuffix(".gz")
    return _EXTENSIONS.get(os.path.splitext(name)[1])


def _gunzip_head(head: bytes) -> Optional[bytes]:
    """The first bytes inside a gzip stream, from its first bytes; None when they cannot be inflated."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, _HEAD)
    except zlib.error:
        return None


def _is_archive(head: bytes) -> bool:
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))


def sniff_format(head: bytes) -> str:
    """Guess a format from the first bytes of a stream (inside its gzip layer, if it has one)."""
    if head.startswith(GZIP_MAGIC):
        inner = _gunzip_head(head)
        if not inner or _is_archive(inner):
            return "warc"  # an archive of gzip members, or one the WARC reader reports as corrupt
        head = inner
    if _is_archive(head):
        return "warc"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text: decoded to look at it
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


# -- what the inputs name -----------------------------------------------------------------

def _listed(path: Path) -> bool:
    """Whether a file in a folder is read: a known extension, gzipped or not."""
    return _suffix_format(path) is not None


def _entry_problem(path: Path) -> Optional[str]:
    """Why a listed folder entry cannot be read as a file, or None."""
    if path.is_file():
        return None
    if path.is_symlink() and not path.exists():
        return "cannot open: broken symbolic link"
    return "not a regular file"


def _walk(folder: Path) -> Iterator[Source]:
    """Files below ``folder`` (symbolic links to folders are not followed); a subfolder that
    cannot be listed is a Source with a problem."""
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError as e:
        yield Source(str(folder), f"cannot read folder: {e.strerror or e}")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path)
        elif _listed(path):
            yield Source(str(path), _entry_problem(path))


def _expand(path_arg: str) -> list[Source]:
    """A file as itself; a folder as what lies below it, in sorted order."""
    path = Path(path_arg)
    if path.is_dir():
        try:
            os.scandir(path).close()
        except OSError as e:
            raise InputError(f"{path_arg}: cannot read folder: {e.strerror}") from None
        found = sorted(_walk(path), key=lambda s: Path(s.path))
        if not found:
            raise InputError(f"{path_arg}: folder holds no .jsonl, .txt, .html or .warc files (or .gz of them)")
        return found
    if path.is_file():
        try:
            with path.open("rb"):
                pass
        except OSError as e:
            raise InputError(f"{path_arg}: cannot open: {e.strerror}") from None
        return [Source(path_arg)]
    if path.exists():
        raise InputError(f"{path_arg}: not a regular file or folder")
    raise InputError(f"{path_arg}: no such file or folder")


def find_sources(paths: Iterable[str]) -> list[Source]:
    """Everything the inputs name, in reading order. An input argument that does not exist or
    cannot be opened is an error; a file or subfolder below a folder that cannot be read is a
    Source with a problem (it becomes a reject, and the run goes on)."""
    return [s for arg in paths for s in ([Source("-")] if arg == "-" else _expand(arg))]


def plain_jsonl(path: str, forced: Optional[str] = None) -> bool:
    """Whether a file is read as JSONL in UTF-8 without a gzip layer: such a file can be read from
    any line start, so a batch can split it into byte ranges. Reads its first 4 KiB."""
    from .jsonl import wide_encoding

    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD)
    except OSError:
        return False
    if head.startswith(GZIP_MAGIC) or wide_encoding(head[:4]) is not None:
        return False
    return (forced or _suffix_format(Path(path)) or sniff_format(head)) == "jsonl"


def check_inputs(paths: Iterable[str]) -> None:
    """Fail early, with one clear line, when an input argument cannot be read at all."""
    find_sources(paths)


# -- reading --------------------------------------------------------------------------------

def _peek(stream: IO[bytes]) -> bytes:
    peek = getattr(stream, "peek", None)
    return peek(_HEAD)[:_HEAD] if peek else b""


def _layers(stream: IO[bytes], forced: Optional[str], hint: Optional[str]) -> tuple[IO[bytes], str]:
    """The stream to read (inside its gzip layer, if any) and its format: forced, else what a
    gzip layer holds, else the extension's, else sniffed. An archive of gzip members stays as it
    is: the WARC reader reads those itself."""
    head = _peek(stream)
    if head.startswith(GZIP_MAGIC):
        inner = _gunzip_head(head)
        if forced == "warc" or (forced is None and (not inner or _is_archive(inner))):
            return stream, "warc"
        return gzip.GzipFile(fileobj=stream, mode="rb"), forced or hint or sniff_format(inner or b"")
    return stream, forced or hint or sniff_format(head)


def _read_stream(stream: IO[bytes], name: str, forced: Optional[str], hint: Optional[str], keys: JsonlKeys,
                 stats: Optional[dict], defer: bool, max_bytes: Optional[int]) -> Iterator[Union[Record, Pending]]:
    stream, fmt = _layers(stream, forced, hint)
    reader = _reader(fmt)
    if fmt == "jsonl":
        yield from reader(stream, name, keys, defer=defer, max_bytes=max_bytes)
    elif fmt == "warc":
        yield from reader(stream, name, stats=stats, defer=defer, max_bytes=max_bytes)
    else:
        yield from reader(stream, name, defer=defer, max_bytes=max_bytes)


def read_source(source: Source, fmt: Optional[str], keys: JsonlKeys, stats: Optional[dict], defer: bool,
                max_bytes: Optional[int], location: Optional[str] = None) -> Iterator[Union[Record, Pending]]:
    """The records of one source; a source that cannot be read, or breaks off (a corrupt gzip
    layer, a read error), ends in one Reject after the records read before. ``location`` is where
    to open it when that is not its name (a worker elsewhere opens it by its absolute path)."""
    if source.problem:
        yield Reject(input=source.path, reason=source.problem)
        return
    if source.path == "-":
        yield from _read_stream(sys.stdin.buffer, "-", fmt, None, keys, stats, defer, max_bytes)
        return
    try:
        with open(location or source.path, "rb") as stream:
            yield from _read_stream(stream, source.path, fmt, _suffix_format(Path(source.path)), keys, stats,
                                    defer, max_bytes)
    except OSError as e:
        yield Reject(input=source.path, reason=f"cannot read: {e.strerror or shown(e, 200)}")
    except (EOFError, zlib.error) as e:
        yield Reject(input=source.path, reason=f"cannot read: {type(e).__name__}: {shown(e, 200)}")


def read_sources(sources: Iterable[Source], fmt: Optional[str] = None, keys: JsonlKeys = JsonlKeys(),
                 stats: Optional[dict] = None, defer: bool = False,
                 max_bytes: Optional[int] = None) -> Iterator[Union[Record, Pending]]:
    """Yield Article or Reject records from every source, in order, streaming.

    Archive records that are not articles (requests, non-200 or non-HTML responses)
    are skipped and counted into ``stats`` when given. With ``defer``, records whose
    decoding is costly come as ``Pending`` (one per record all the same), for a batch
    to decode in its worker processes. A record of more than ``max_bytes`` (as read,
    and an HTML page once decompressed) becomes a Reject without being read whole.
    """
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    for source in sources:
        yield from read_source(source, fmt, keys, stats, defer, max_bytes)


def read_inputs(paths: Iterable[str], fmt: Optional[str] = None, keys: JsonlKeys = JsonlKeys(),
                stats: Optional[dict] = None, defer: bool = False,
                max_bytes: Optional[int] = None) -> Iterator[Union[Record, Pending]]:
    """``read_sources`` over what the input paths name (see ``find_sources``)."""
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    yield from read_sources(find_sources(paths), fmt, keys, stats, defer, max_bytes)


__all__ = ["FORMATS", "JsonlKeys", "Pending", "Source", "check_inputs", "find_sources", "plain_jsonl", "read_inputs",
           "read_source", "read_sources", "sniff_format"]
