"""HTML pages: trafilatura keeps the main text and drops menus, footers and ads.

``Article.text`` is trafilatura's plain-text rendering of the main content
(paragraphs one per line, tables as Markdown-style ``| a | b |`` rows), not the
raw HTML: every claim offset points into that text, which is written out with
the article record, so offsets can be checked without re-running extraction.

Nothing here touches the network: trafilatura and htmldate get a parsed tree,
never a URL to fetch.
"""

from __future__ import annotations

import codecs
import logging
import re
from functools import partial
from pathlib import Path
from typing import IO, Iterator, Optional, Union
from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url
from htmldate import find_date
from trafilatura import bare_extraction
from trafilatura.utils import detect_encoding, load_html

from ..limits import read_capped, too_large
from ..records import Article, Reject
from .common import Pending, file_id, first_line, make_article, settled

log = logging.getLogger("extractor.ingest")
# Main-text extraction takes some 20 times longer per byte of HTML than the claim stage per
# character of text (benchmarks/throughput.py): pages go to workers in smaller chunks.
PAGE_COST_PER_BYTE = 20

# Markup and URL dates only: a full-text search would take "Copyright 2024" or
# a release date in the prose for the publication date.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# WHATWG: browsers read these labels as windows-1252, and pages rely on it.
_AS_CP1252 = {"latin-1", "iso8859-1", "ascii"}


def _codec(label: Optional[str], from_meta: bool = False) -> Optional[str]:
    """Python's codec name for a charset label, or None when it names none."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    if name in _AS_CP1252:
        return "cp1252"
    if from_meta and name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a meta tag readable as ASCII means the bytes are not UTF-16
    return name


def meta_charset(data: bytes) -> Optional[str]:
    """The charset a ``<meta>`` tag near the top declares, as a codec name."""
    match = _META_CHARSET.search(data[:4096])
    return _codec(match[1].decode("ascii"), from_meta=True) if match else None


def _is_utf8_text(data: bytes) -> bool:
    """Valid UTF-8 with non-ASCII bytes: legacy-encoded text almost never is."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(data: bytes, declared: Optional[str] = None) -> tuple[str, str]:
    """Text and codec: BOM, then the declared charset (HTTP, then meta), then UTF-8, then detection.

    A declaration is skipped when the bytes do not decode with it, or when they are
    valid non-ASCII UTF-8 (a page saved as UTF-8 under a stale latin-1 header).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    utf8 = _is_utf8_text(data)
    for codec in (_codec(declared), meta_charset(data)):
        if codec is None or (utf8 and codec != "utf-8"):
            continue
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            log.debug("declared charset %s does not fit the bytes", codec)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for guess in detect_encoding(data):
        try:
            return data.decode(guess), guess
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace"), "utf-8"


def canonical_url(url: Optional[str]) -> Optional[str]:
    """The URL in a stable form for use as an id: normalised, without fragment."""
    if not url:
        return None
    try:
        url = normalize_url(url)
    except (ValueError, TypeError):
        pass
    parts = urlsplit(url)
    return urlunsplit(parts._replace(fragment=""))


def html_to_article(
    data: bytes, name: str, url: Optional[str] = None, record: Optional[str] = None,
    fallback_id: Optional[str] = None, charset: Optional[str] = None, source: Optional[str] = None,
) -> Union[Article, Reject]:
    """An Article from one HTML document's bytes, or a Reject saying why there is none.

    ``url`` is where the page was fetched (a WARC target URI); a canonical link in
    the page wins over it. The id is the canonical URL, else ``fallback_id``.
    """
    if not data.strip():
        return Reject(input=name, record=record, reason="empty HTML document")
    text, codec = decode_html(data, charset)
    tree = load_html(text)
    if tree is None:
        return Reject(input=name, record=record, reason=f"not parseable as HTML (decoded as {codec})")
    try:
        doc = bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception as e:  # trafilatura bug on odd markup: one page, not the run
        return Reject(input=name, record=record, reason=f"HTML extraction failed: {type(e).__name__}: {first_line(e)}")
    if doc is None or not (doc.text or "").strip():
        return Reject(input=name, record=record, reason="no main text found")
    page_url = doc.url or url
    published = doc.date or _fallback_date(tree, url, doc.url)
    return make_article(
        text=doc.text, source=source or name, input_name=name, record=record,
        id=canonical_url(page_url) or fallback_id, url=page_url, title=doc.title, published=published,
    )


def _fallback_date(tree, url: Optional[str], searched_url: Optional[str]) -> Optional[str]:
    """htmldate on the fetch URL when trafilatura searched another (the canonical) URL."""
    if not url or url == searched_url:
        return None
    try:
        return find_date(tree, url=url, **_DATE_PARAMS)
    except Exception as e:
        log.debug("htmldate failed on %s: %s", url, e)
        return None


def read_html(stream: IO[bytes], name: str, defer: bool = False,
              max_bytes: Optional[int] = None) -> Iterator[Union[Article, Reject, Pending]]:
    """Yield one Article for an HTML file (id: its canonical URL, else the file name), or a Reject
    (also for a page of more than ``max_bytes``); with ``defer``, a Pending that extracts the text
    where it is decoded."""
    fallback_id = file_id(name)
    data = read_capped(stream, max_bytes)
    if data is None:
        yield Reject(input=name, reason=too_large("page", max_bytes or 0))
        return
    page = partial(html_to_article, data, name, fallback_id=fallback_id)
    yield settled(Pending(page, name, cost=len(data) * PAGE_COST_PER_BYTE), defer)
