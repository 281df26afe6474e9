"""JSONL dumps: one article per line, keys configurable since dumps differ."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import IO, Iterator, Union

from ..records import Article, Reject
from .common import make_article


@dataclass(frozen=True)
class JsonlKeys:
    """Which keys of a JSONL record hold which article field."""

    id: str = "id"
    text: str = "text"
    url: str = "url"
    title: str = "title"
    published: str = "published"


def read_jsonl(stream: IO[bytes], name: str, keys: JsonlKeys = JsonlKeys()) -> Iterator[Union[Article, Reject]]:
    """Yield an Article per good line and a Reject (with line and reason) per bad one."""
    for lineno, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield Reject(input=name, line=lineno, reason=f"invalid UTF-8 at byte {e.start}")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield Reject(input=name, line=lineno, reason=f"malformed JSON: {e.msg} (column {e.colno})")
            continue
        if not isinstance(row, dict):
            yield Reject(input=name, line=lineno, reason=f"expected a JSON object, got {type(row).__name__}")
            continue
        yield make_article(
            text=row.get(keys.text), source=f"{name}:{lineno}", input_name=name, line=lineno,
            id=row.get(keys.id), url=row.get(keys.url), title=row.get(keys.title),
            published=row.get(keys.published), text_key=keys.text,
        )
