"""What every reader shares: turning found fields into an Article or a Reject."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Optional, Union

from ..errors import shown
from ..records import Article, Reject
from .dates import parse_published

log = logging.getLogger("extractor.ingest")
Record = Union[Article, Reject]


@dataclass(frozen=True, slots=True)
class Pending:
    """A record found but not yet decoded. Readers only find where records start and end; the
    costly part (JSON, HTML extraction, dates) runs where the record is extracted, so a batch's
    worker processes share it instead of the one reading process doing it all."""

    decode_with: partial  # a module-level function with its arguments: pickles by reference
    input: str
    line: Optional[int] = None
    record: Optional[str] = None  # an archive record's id, where there is one
    cost: int = 0  # the work it holds, in characters of plain text to extract from: sizes chunks

    def decode(self) -> Record:
        """The Article or Reject; an error no reader foresaw becomes a Reject, not a crash."""
        try:
            return self.decode_with()
        except Exception as e:
            return self.reject(f"cannot read: {type(e).__name__}: {first_line(e)}")

    def reject(self, reason: str) -> Reject:
        """A reject naming where this record is."""
        return Reject(input=self.input, line=self.line, record=self.record, reason=reason)


def settled(record: Union[Record, Pending], defer: bool) -> Union[Record, Pending]:
    """The record as a reader yields it: left pending for a batch that decodes in its workers."""
    return record if defer or not isinstance(record, Pending) else record.decode()


def file_id(name: str) -> Optional[str]:
    """The id of a one-article file: its name without suffix ('a.txt', 'a.txt.gz': 'a'); None for stdin."""
    if name == "-":
        return None
    stem = Path(name).name.removesuffix(".gz")
    return Path(stem).stem


def first_line(error: BaseException) -> str:
    """The first line of an error's message, fit to repeat in a reject."""
    return shown((str(error).splitlines() or [""])[0], 200)


_SURROGATE = re.compile("[\ud800-\udfff]")


def well_formed(text: str) -> str:
    """``text`` with lone surrogates (a JSON '\\ud83d' without its pair, a file name that is not
    UTF-8) replaced by U+FFFD: one character for one, so offsets into it stay valid."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _optional_str(value: Any) -> Optional[str]:
    if value is None:
        return None
    text = well_formed(str(value).strip())
    return text or None


def make_article(
    *, text: Any, source: str, input_name: str, line: Optional[int] = None,
    id: Any = None, url: Any = None, title: Any = None, published: Any = None,
    text_key: str = "text", record: Optional[str] = None,
) -> Union[Article, Reject]:
    """An Article from raw fields, or a Reject saying which field was wrong."""
    rec_id = _optional_str(id) or _optional_str(record)
    if text is None:
        return Reject(input=input_name, line=line, record=rec_id, reason=f"no {text_key!r} field")
    if not isinstance(text, str):
        return Reject(input=input_name, line=line, record=rec_id,
                      reason=f"{text_key!r} is {type(text).__name__}, not text")
    if not text.strip():
        return Reject(input=input_name, line=line, record=rec_id, reason="empty text")
    date = parse_published(_optional_str(published))
    if published not in (None, "") and date is None:
        log.warning("%s: unparseable published date %s: set to null", shown(source), shown(repr(published), 80))
    text = well_formed(text)
    return Article(
        id=rec_id or Article.id_for_text(text), url=_optional_str(url), title=_optional_str(title),
        published=date, text=text, source=source,
    )
