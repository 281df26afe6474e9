"""WARC reader: which records become articles, what is counted, and damaged archives."""

from __future__ import annotations

import gzip
import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extractor.ingest import read_inputs
from extractor.ingest.warc import STAT_KEYS, read_warc
from extractor.records import Article, Reject

from .test_html import CANONICAL, CLAIM_SENTENCES, article_page

PAGE = article_page().encode("utf-8")


class Archive:
    """A WARC built in memory with warcio's own writer."""

    def __init__(self, gzip: bool = True):
        self.buf = io.BytesIO()
        self.writer = WARCWriter(self.buf, gzip=gzip)
        self.count = 0

    def warcinfo(self) -> "Archive":
        self.writer.write_record(self.writer.create_warcinfo_record("test.warc.gz", {"software": "pytest"}))
        return self

    def request(self, uri: str) -> "Archive":
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.com")], is_http_request=True)
        self.writer.write_record(self.writer.create_warc_record(uri, "request", http_headers=http))
        return self

    def response(self, uri: str, body: bytes, status: str = "200 OK", ctype: str | None = "text/html") -> "Archive":
        http = StatusAndHeaders(status, [("Content-Type", ctype)] if ctype else [], protocol="HTTP/1.1")
        self.count += 1  # fixed ids and dates: the same archive bytes on every run
        headers = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{self.count:012d}>",
                   "WARC-Date": "2024-07-15T10:00:00Z"}
        self.writer.write_record(self.writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers))
        return self

    def bytes(self) -> bytes:
        return self.buf.getvalue()

    def save(self, path: Path) -> Path:
        path.write_bytes(self.bytes())
        return path


def read(data: bytes, name: str = "test.warc.gz", stats: dict | None = None) -> list:
    return list(read_warc(io.BytesIO(data), name, stats))


def mixed_archive() -> Archive:
    cp1252_page = article_page(head="").replace("according to", "said a \u201cboard\u201d maintainer at a caf\u00e9,")
    return (Archive().warcinfo()
            .request("https://news.example.com/a")
            .response("https://news.example.com/a", PAGE)
            .response("https://news.example.com/gone", b"<html><body><p>Not found</p></body></html>", "404 Not Found")
            .response("https://news.example.com/chart.png", b"\x89PNG\r\n\x1a\n" + bytes(64), ctype="image/png")
            .response("https://news.example.com/b", cp1252_page.encode("cp1252"), ctype="text/html; charset=windows-1252"))


def test_only_html_200_responses_become_articles_and_skips_are_counted():
    stats: dict = {}
    records = read(mixed_archive().bytes(), stats=stats)
    assert all(isinstance(r, Article) for r in records)
    assert [r.url for r in records] == [CANONICAL, "https://news.example.com/b"]
    assert stats == {"warc_skipped_non_response": 2, "warc_skipped_status": 1, "warc_skipped_content_type": 1}
    assert set(stats) == set(STAT_KEYS)
    read(mixed_archive().bytes(), stats=stats)
    assert stats["warc_skipped_non_response"] == 4, "counts add up across archives"


def test_article_fields_from_a_response():
    first, second = read(mixed_archive().bytes())
    assert first.id == CANONICAL
    assert first.published == date(2024, 6, 27)
    assert first.source.startswith("test.warc.gz@")
    assert CLAIM_SENTENCES[0] in first.text
    assert "Subscribe to our newsletter" not in first.text
    assert second.id == "https://news.example.com/b"
    assert "said a \u201cboard\u201d maintainer at a caf\u00e9," in second.text


def test_uncompressed_warc_and_html_without_content_type():
    data = Archive(gzip=False).response("https://news.example.com/x", PAGE, ctype=None).bytes()
    (art,) = read(data, "plain.warc")
    assert isinstance(art, Article) and CLAIM_SENTENCES[1] in art.text


def test_publication_date_never_comes_from_the_crawl_date():
    page = article_page(head='<meta charset="utf-8">')
    (art,) = read(Archive().response("https://news.example.com/story", page.encode()).bytes())
    assert art.published is None


def test_publication_date_from_the_target_uri():
    page = article_page(head=f'<meta charset="utf-8"><link rel="canonical" href="{CANONICAL}">')
    (art,) = read(Archive().response("https://news.example.com/2024/06/27/story", page.encode()).bytes())
    assert art.url == CANONICAL
    assert art.published == date(2024, 6, 27)


def test_page_without_main_text_is_a_reject_with_record_id():
    data = Archive().response("https://news.example.com/empty", b"<html><body><script>x()</script></body></html>").bytes()
    (rej,) = read(data)
    assert isinstance(rej, Reject)
    assert rej.reason == "no main text found"
    assert rej.record and not rej.record.startswith("<")


def three_pages(compress: bool) -> tuple[bytes, int]:
    """Three HTML responses, and the offset where the third starts."""
    archive = Archive(gzip=compress)
    for n in range(2):
        archive.response(f"https://news.example.com/{n}", article_page(head="").encode())
    third = len(archive.bytes())
    archive.response("https://news.example.com/2", PAGE)
    return archive.bytes(), third


@pytest.mark.parametrize("compress", [True, False])
def test_truncated_archive_keeps_good_records_then_rejects(compress):
    data, third = three_pages(compress)
    cut = data[: third + (len(data) - third) // 2]
    records = read(cut, "cut.warc.gz" if compress else "cut.warc")
    assert [type(r) for r in records] == [Article, Article, Reject]
    assert [r.url for r in records[:2]] == ["https://news.example.com/0", "https://news.example.com/1"]
    assert "truncated" in records[2].reason and "after 2 records" in records[2].reason
    assert records[2].record


def test_archive_cut_inside_the_last_gzip_trailer_is_reported():
    data, _ = three_pages(True)
    records = read(data[:-4])
    assert [type(r) for r in records] == [Article, Article, Article, Reject]
    assert "truncated" in records[-1].reason


def test_corrupt_bytes_inside_a_record():
    data, third = three_pages(True)
    broken = data[: third + 40] + b"\x00garbage" * 20 + data[third + 200:]
    records = read(broken)
    assert [type(r) for r in records] == [Article, Article, Reject]
    assert "corrupt" in records[-1].reason


@pytest.mark.parametrize("data", [b"no archive here\n\nat all", b"\x1f\x8b\x08garbage" + bytes(100),
                                  bytes(range(256))])
def test_garbage_is_one_reject_not_a_traceback(data):
    (rej,) = read(data, "junk.warc")
    assert isinstance(rej, Reject)
    assert rej.input == "junk.warc"
    assert rej.reason.startswith("corrupt or truncated WARC after 0 records")


def test_whole_file_gzip_gets_a_clear_reason():
    data, _ = three_pages(False)
    records = read(gzip.compress(data))
    assert isinstance(records[-1], Reject)
    assert "warcio recompress" in records[-1].reason


def test_empty_file_is_a_reject():
    (rej,) = read(b"", "empty.warc")
    assert rej.reason == "empty WARC: no records"


def test_dispatcher_folder_with_html_and_warc(tmp_path):
    (tmp_path / "page.html").write_bytes(PAGE)
    mixed_archive().save(tmp_path / "crawl.warc.gz")
    (tmp_path / "notes.bin").write_bytes(b"ignored: no known extension")
    records = list(read_inputs([str(tmp_path)]))
    assert [type(r) for r in records] == [Article, Article, Article]
    assert [r.source.split("@")[0] for r in records] == [str(tmp_path / "crawl.warc.gz")] * 2 + [str(tmp_path / "page.html")]
    assert all(CLAIM_SENTENCES[0] in r.text for r in records[::2])


def test_dispatcher_forced_and_sniffed_warc(tmp_path):
    gz = mixed_archive().save(tmp_path / "crawl.dat")
    plain = Archive(gzip=False).response("https://news.example.com/x", PAGE).save(tmp_path / "crawl-plain")
    assert [type(r) for r in read_inputs([str(gz)], fmt="warc")] == [Article, Article]
    assert [type(r) for r in read_inputs([str(gz)])] == [Article, Article]
    assert [type(r) for r in read_inputs([str(plain)])] == [Article]
