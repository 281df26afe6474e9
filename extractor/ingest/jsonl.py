"""JSONL dumps: one article per line, keys configurable since dumps differ.

Lines are read one at a time, never more than the byte cap of one: a longer line
becomes a reject and is skipped unread. A UTF-8 byte-order mark is dropped;
UTF-16 and UTF-32 files (with a byte-order mark, or recognised by their zero
bytes) are read in their encoding.
"""

from __future__ import annotations

import codecs
import io
import json
from dataclasses import dataclass
from functools import partial
from typing import IO, Callable, Iterable, Iterator, Optional, Union

from ..limits import too_large
from ..records import Article, Reject
from .common import Pending, make_article, settled

_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class JsonlKeys:
    """Which keys of a JSONL record hold which article field."""

    id: str = "id"
    text: str = "text"
    url: str = "url"
    title: str = "title"
    published: str = "published"


def read_jsonl(stream: IO[bytes], name: str, keys: JsonlKeys = JsonlKeys(), defer: bool = False,
               max_bytes: Optional[int] = None) -> Iterator[Union[Article, Reject, Pending]]:
    """Yield an Article per good line and a Reject (with line and reason) per bad one;
    with ``defer``, a Pending per non-blank line, decoded by whoever extracts it."""
    yield from jsonl_records(utf8_lines(stream, max_bytes), name, keys, defer, max_bytes)


def jsonl_records(lines: Iterable[Optional[bytes]], name: str, keys: JsonlKeys = JsonlKeys(), defer: bool = False,
                  max_bytes: Optional[int] = None, first: int = 1) -> Iterator[Union[Article, Reject, Pending]]:
    """The records of JSONL lines as ``utf8_lines`` gives them (None: a line over the cap), the
    first numbered ``first`` (a byte range of a file starts further down)."""
    for lineno, raw in enumerate(lines, first):
        if raw is None:
            yield Reject(input=name, line=lineno, reason=too_large("line", max_bytes or 0))
        elif not raw.isspace():
            yield settled(Pending(partial(decode_line, raw, name, lineno, keys), name, lineno, cost=len(raw)), defer)


def wide_encoding(head: bytes) -> Optional[str]:
    """The UTF-16 or UTF-32 codec the first bytes of a text show (a byte-order mark, or the zero
    bytes of ASCII characters such as '{'), or None for UTF-8 and other byte encodings."""
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            return codec
    zeros = tuple(b == 0 for b in head[:4])
    return {(False, True, True, True): "utf-32-le", (True, True, True, False): "utf-32-be",
            (False, True, False, True): "utf-16-le", (True, False, True, False): "utf-16-be"}.get(zeros)


def utf8_lines(stream: IO[bytes], max_bytes: Optional[int] = None) -> Iterator[Optional[bytes]]:
    """Each line of ``stream`` as UTF-8 bytes, or None for a line of more than ``max_bytes``
    (skipped to its end without being held)."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    head = stream.peek(4)[:4]
    codec = wide_encoding(head)
    if codec is None:
        if head.startswith(codecs.BOM_UTF8):
            stream.read(len(codecs.BOM_UTF8))
        yield from utf8_tail_lines(stream, max_bytes)
        return
    text = io.TextIOWrapper(stream, encoding=codec, errors="replace", newline="\n")
    try:
        yield from _capped_lines(text.readline, "\n", lambda line: line.encode("utf-8"), max_bytes)
    finally:
        text.detach()  # the caller closes the file


def utf8_tail_lines(stream: IO[bytes], max_bytes: Optional[int] = None) -> Iterator[Optional[bytes]]:
    """As ``utf8_lines``, for UTF-8 read from a line start past the file's beginning (no byte-order
    mark or encoding to look for there)."""
    yield from _capped_lines(stream.readline, b"\n", bytes, max_bytes)


def _capped_lines(readline: Callable, newline, encode: Callable, max_bytes: Optional[int]) -> Iterator[Optional[bytes]]:
    while True:
        line = readline(max_bytes + 1 if max_bytes else -1)
        if not line:
            return
        if max_bytes and len(line) > max_bytes and not line.endswith(newline):
            while True:  # the rest of the long line, read and dropped piece by piece
                rest = readline(1 << 16)
                if not rest or rest.endswith(newline):
                    break
            yield None
            continue
        raw = encode(line)
        yield None if max_bytes and len(raw) > max_bytes and len(raw.rstrip(b"\r\n")) > max_bytes else raw


def decode_line(raw: bytes, name: str, lineno: int, keys: JsonlKeys) -> Union[Article, Reject]:
    """One JSONL line as an Article, or a Reject saying what is wrong with it."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return Reject(input=name, line=lineno, reason=f"invalid UTF-8 at byte {e.start}")
    try:
        row = json.loads(line)
    except json.JSONDecodeError as e:
        return Reject(input=name, line=lineno, reason=f"malformed JSON: {e.msg} (column {e.colno})")
    except RecursionError:
        return Reject(input=name, line=lineno, reason="malformed JSON: nested too deeply")
    if not isinstance(row, dict):
        return Reject(input=name, line=lineno, reason=f"expected a JSON object, got {type(row).__name__}")
    return make_article(
        text=row.get(keys.text), source=f"{name}:{lineno}", input_name=name, line=lineno,
        id=row.get(keys.id), url=row.get(keys.url), title=row.get(keys.title),
        published=row.get(keys.published), text_key=keys.text,
    )
