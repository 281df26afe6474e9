"""Plain-text articles: one file is one article, its file name (without suffix) the id."""

from __future__ import annotations

import codecs
from typing import IO, Iterator, Optional, Union

from ..limits import read_capped, too_large
from ..records import Article, Reject
from .common import file_id, make_article

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
         (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))


def read_text(stream: IO[bytes], name: str, defer: bool = False,
              max_bytes: Optional[int] = None) -> Iterator[Union[Article, Reject]]:
    """Yield one Article for the whole file, or a Reject when it is not UTF-8 (or UTF-16/32 with a
    byte-order mark), empty, or larger than ``max_bytes`` (cheap to decode, so never deferred)."""
    data = read_capped(stream, max_bytes)
    if data is None:
        yield Reject(input=name, reason=too_large("file", max_bytes or 0))
        return
    codec, label = next(((c, label) for bom, c, label in _BOMS if data.startswith(bom)), ("utf-8-sig", "UTF-8"))
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        yield Reject(input=name, reason=f"invalid {label} at byte {e.start}")
        return
    yield make_article(text=text, source=name, input_name=name, id=file_id(name))
