"""Plain-text articles: one file is one article, its file name (without suffix) the id."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Iterator, Union

from ..records import Article, Reject
from .common import make_article


def read_text(stream: IO[bytes], name: str, defer: bool = False) -> Iterator[Union[Article, Reject]]:
    """Yield one Article for the whole file, or a Reject when it is not UTF-8 or empty (cheap to
    decode, so never deferred)."""
    data = stream.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        yield Reject(input=name, reason=f"invalid UTF-8 at byte {e.start}")
        return
    yield make_article(text=text, source=name, input_name=name, id=Path(name).stem if name != "-" else None)
