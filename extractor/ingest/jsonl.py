"""JSONL dumps: one article per line, keys configurable since dumps differ."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import partial
from typing import IO, Iterator, Union

from ..records import Article, Reject
from .common import Pending, make_article, settled


@dataclass(frozen=True)
class JsonlKeys:
    """Which keys of a JSONL record hold which article field."""

    id: str = "id"
    text: str = "text"
    url: str = "url"
    title: str = "title"
    published: str = "published"


def read_jsonl(stream: IO[bytes], name: str, keys: JsonlKeys = JsonlKeys(),
               defer: bool = False) -> Iterator[Union[Article, Reject, Pending]]:
    """Yield an Article per good line and a Reject (with line and reason) per bad one;
    with ``defer``, a Pending per non-blank line, decoded by whoever extracts it."""
    for lineno, raw in enumerate(stream, 1):
        if raw.isspace():
            continue
        yield settled(Pending(partial(decode_line, raw, name, lineno, keys), name, lineno, cost=len(raw)), defer)


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
    if not isinstance(row, dict):
        return Reject(input=name, line=lineno, reason=f"expected a JSON object, got {type(row).__name__}")
    return make_article(
        text=row.get(keys.text), source=f"{name}:{lineno}", input_name=name, line=lineno,
        id=row.get(keys.id), url=row.get(keys.url), title=row.get(keys.title),
        published=row.get(keys.published), text_key=keys.text,
    )
