"""WARC and ARC archives (plain or per-record gzip): each HTML page becomes an article.

Only ``response`` records with HTTP status 200 (and ``resource`` records) whose
content type is HTML are read; every other record is skipped and counted.
``WARC-Date`` is when the page was crawled, not when it was published, so it is
never used as the publication date: that comes from the page itself.
A truncated or corrupt archive ends in one Reject; the records before it stand.
"""

from __future__ import annotations

import logging
from email.message import Message
from email.utils import collapse_rfc2231_value
from functools import partial
from typing import IO, Iterator, Optional, Union

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader

from ..limits import too_large
from ..records import Article, Reject
from .common import Pending, settled
from .html import PAGE_COST_PER_BYTE, html_to_article

log = logging.getLogger("extractor.ingest")

STAT_KEYS = ("warc_skipped_non_response", "warc_skipped_status", "warc_skipped_content_type")
HTML_TYPES = {"text/html", "application/xhtml+xml"}
_HTML_START = (b"<!doctype html", b"<html")
MAX_HEADER_LINE = 1 << 20  # bytes


class _Truncated(Exception):
    """A record whose block ends before its Content-Length says."""


class _LineCappedReader(DecompressingBufferedReader):
    """warcio's reader, with header lines of at most MAX_HEADER_LINE bytes: a crafted archive cannot
    make it hold a gigabyte where a header line should be (it reads them without a limit)."""

    def readline(self, length=None):
        capped = length is None or length < 0 or length >= MAX_HEADER_LINE
        line = super().readline(MAX_HEADER_LINE if capped else length)
        if capped and len(line) >= MAX_HEADER_LINE and not line.endswith(b"\n"):
            raise ValueError(f"a line of more than {MAX_HEADER_LINE:,} bytes where a header should be")
        return line


def _archive_iterator(stream: IO[bytes]) -> ArchiveIterator:
    it = ArchiveIterator(stream, arc2warc=True)
    it.reader = _LineCappedReader(it.fh, block_size=it.reader.block_size)
    return it


def _content_type(value: Optional[str]) -> tuple[str, Optional[str]]:
    """The media type (lower case) and charset parameter of a Content-Type header."""
    if not value:
        return "", None
    msg = Message()
    msg["content-type"] = value
    charset = msg.get_param("charset")
    return msg.get_content_type() if "/" in value else "", collapse_rfc2231_value(charset) if charset else None


def _looks_html(payload: bytes) -> bool:
    return payload[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(_HTML_START)


def _record_id(rec) -> Optional[str]:
    """WARC-Record-ID without its ``<urn:uuid:...>`` wrapping."""
    rid = rec.rec_headers.get_header("WARC-Record-ID")
    if not rid:
        return None
    rid = rid.strip().strip("<>")
    return rid.removeprefix("urn:uuid:")


def _html_payload(rec, stats: dict, max_bytes: Optional[int]) -> Optional[tuple[Optional[bytes], Optional[str]]]:
    """The HTML payload (None when it inflates to more than ``max_bytes``: no more is read) and
    declared charset of a record, or None (counted) when it is skipped."""
    if rec.rec_type == "response":
        http = rec.http_headers
        if http is None:
            stats["warc_skipped_content_type"] += 1
            return None
        if http.get_statuscode() != "200":
            stats["warc_skipped_status"] += 1
            return None
        header = http.get_header("Content-Type")
    elif rec.rec_type == "resource":
        header = rec.rec_headers.get_header("Content-Type")
    else:
        stats["warc_skipped_non_response"] += 1
        return None
    mime, charset = _content_type(header)
    if mime and mime not in HTML_TYPES:
        stats["warc_skipped_content_type"] += 1
        return None
    content = rec.content_stream()
    payload = content.read(max_bytes + 1) if max_bytes else content.read()
    if not mime and not _looks_html(payload):
        stats["warc_skipped_content_type"] += 1
        return None
    return (None if max_bytes and len(payload) > max_bytes else payload), charset


def _finish(it: ArchiveIterator, rec) -> int:
    """Read to the record's end and return its offset; raise _Truncated if its block is short."""
    offset = it.get_record_offset()
    missing = getattr(rec.raw_stream, "limit", 0)
    if missing > 0:
        raise _Truncated(f"record ends {missing} bytes short of its Content-Length")
    return offset


def read_warc(stream: IO[bytes], name: str, stats: Optional[dict] = None, defer: bool = False,
              max_bytes: Optional[int] = None) -> Iterator[Union[Article, Reject, Pending]]:
    """Yield an Article (or Reject) per HTML page, or with ``defer`` a Pending that extracts its
    text where it is decoded; count skipped records into ``stats``. A page that inflates to more
    than ``max_bytes`` is a Reject, read no further than that (the rest of its record is skipped
    block by block).

    Article ids are the page's canonical URL, else its WARC-Target-URI, else its
    WARC-Record-ID; ``source`` is ``archive@offset`` (the offset ``warcio extract`` takes).
    """
    counts = dict.fromkeys(STAT_KEYS, 0)
    it = _archive_iterator(stream)
    done, pages, current, member = 0, 0, None, None
    try:
        for rec in it:
            current = _record_id(rec)
            found = _html_payload(rec, counts, max_bytes)
            offset = _finish(it, rec)
            member = it.reader.decompressor
            done, rid, current = done + 1, current, None
            if found is None:
                continue
            pages += 1
            if found[0] is None:
                yield Reject(input=name, record=rid, reason=too_large("decompressed page", max_bytes or 0))
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            page = partial(html_to_article, found[0], name, url=uri, record=rid, fallback_id=rid,
                           charset=found[1], source=f"{name}@{offset}")
            yield settled(Pending(page, name, record=rid, cost=len(found[0]) * PAGE_COST_PER_BYTE), defer)
        if member is not None and not getattr(member, "eof", True):
            raise _Truncated("the archive ends inside the last record's gzip member")
        if done == 0:
            yield Reject(input=name, reason="empty WARC: no records")
    except Exception as e:  # warcio, zlib and EOF errors alike: the archive, not the run
        yield Reject(input=name, record=current or f"offset {it.offset}", reason=_corrupt_reason(done, e))
    finally:
        if stats is not None:
            for key, value in counts.items():
                stats[key] = stats.get(key, 0) + value
        log.info(
            "%s: %d WARC records, %d HTML pages; skipped %d non-response, %d non-200, %d non-HTML",
            name, done, pages, *counts.values(),
        )


def _corrupt_reason(done: int, error: Exception) -> str:
    """One line: how far the archive read, and warcio's first line of complaint."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    detail = lines[0] if lines else type(error).__name__
    if "non-chunked gzip" in detail:
        detail += " (the whole file is one gzip stream: 'warcio recompress' fixes it)"
    return f"corrupt or truncated WARC after {done} records: {detail[:200]}"
