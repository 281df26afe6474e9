"""Ingest of JSONL dumps, text files and stdin: every record ends as an article or a reject."""

import datetime as dt
import json

import pytest

from extractor.errors import InputError, UsageError
from extractor.ingest import JsonlKeys, read_inputs, sniff_format
from extractor.ingest.dates import parse_published
from extractor.records import Article, Reject


def _write(path, lines: list[bytes]):
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_bad_lines_become_rejects_and_the_batch_goes_on(tmp_path):
    dump = _write(tmp_path / "dump.jsonl", [
        json.dumps({"id": "ok-1", "text": "GPT-4o leads."}).encode(),
        b'{"id": "broken", "text": ',
        json.dumps({"id": "no-text", "url": "https://x"}).encode(),
        json.dumps({"id": "bad-utf8", "text": "x"}).encode().replace(b"x", b"\xff\xfe"),
        json.dumps({"id": "empty", "text": "   "}).encode(),
        b"[1, 2]",
        json.dumps({"id": "ok-2", "text": "Claude 3.5 Sonnet is second."}).encode(),
    ])
    records = list(read_inputs([str(dump)]))
    assert [r.id for r in records if isinstance(r, Article)] == ["ok-1", "ok-2"]
    rejects = {r.line: r.reason for r in records if isinstance(r, Reject)}
    assert rejects[2].startswith("malformed JSON")
    assert rejects[3] == "no 'text' field"
    assert rejects[4].startswith("invalid UTF-8")
    assert rejects[5] == "empty text"
    assert rejects[6] == "expected a JSON object, got list"
    assert all(r.input == str(dump) for r in records if isinstance(r, Reject))


def test_empty_file_yields_nothing_and_empty_text_file_is_a_reject(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert list(read_inputs([str(tmp_path / "empty.jsonl")])) == []
    [reject] = list(read_inputs([str(tmp_path / "empty.txt")]))
    assert isinstance(reject, Reject) and reject.reason == "empty text"


def test_custom_keys_name_the_fields(tmp_path):
    dump = _write(tmp_path / "d.jsonl", [json.dumps(
        {"doc_id": "x1", "body": "Text here.", "link": "https://e.org/a", "headline": "H", "date": "2024-06-28"}
    ).encode()])
    keys = JsonlKeys(id="doc_id", text="body", url="link", title="headline", published="date")
    [art] = list(read_inputs([str(dump)], keys=keys))
    assert (art.id, art.url, art.title, art.published) == ("x1", "https://e.org/a", "H", dt.date(2024, 6, 28))


def test_text_folder_uses_file_names_as_ids(tmp_path):
    (tmp_path / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "skip.bin").write_bytes(b"\0\1")
    assert [r.id for r in read_inputs([str(tmp_path)])] == ["a", "b"]


def test_missing_input_and_unknown_format_are_clear_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_inputs([str(tmp_path / "nope.jsonl")]))
    with pytest.raises(UsageError, match="unknown input format"):
        list(read_inputs([str(tmp_path)], fmt="pdf"))


def test_records_without_id_get_a_hash_of_their_text(tmp_path):
    dump = _write(tmp_path / "d.jsonl", [json.dumps({"text": "Same text."}).encode()] * 2)
    a, b = read_inputs([str(dump)])
    assert a.id == b.id == Article.id_for_text("Same text.")


@pytest.mark.parametrize("value, expected", [
    ("2024-06-28", dt.date(2024, 6, 28)),
    ("2024-06-28T09:30:00Z", dt.date(2024, 6, 28)),
    ("June 28, 2024", dt.date(2024, 6, 28)),
    ("28 June 2024", dt.date(2024, 6, 28)),
    ("Fri, 28 Jun 2024 10:00:00 GMT", dt.date(2024, 6, 28)),
])
def test_published_dates_are_normalised(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["3.5", "4o", "72B", "June 28", "yesterday", "GPT-4o", "", "2024"])
def test_versions_and_partial_dates_are_never_dates(value):
    assert parse_published(value) is None


def test_unparseable_date_becomes_null_with_a_warning(tmp_path, caplog):
    dump = _write(tmp_path / "d.jsonl", [json.dumps({"id": "x", "text": "t", "published": "soon"}).encode()])
    [art] = list(read_inputs([str(dump)]))
    assert art.published is None
    assert "unparseable published date 'soon'" in caplog.text


@pytest.mark.parametrize("head, fmt", [
    (b'{"id": 1}', "jsonl"), (b"<!DOCTYPE html><html>", "html"), (b"WARC/1.0\r\n", "warc"),
    (b"\x1f\x8b\x08", "warc"), (b"Plain words.", "text"),
])
def test_sniff_format(head, fmt):
    assert sniff_format(head) == fmt


@pytest.mark.parametrize("head, fmt", [
    (b"<meta charset='utf-8'><title>T</title><p>x</p>", "html"),   # fragment without <html>
    (b"\n\n  <body><p>Text</p></body>", "html"),
    ("<html><body>x</body></html>".encode("utf-16"), "html"),    # UTF-16 with BOM
    (b"filedesc://crawl.arc 0.0.0.0 20240101000000", "warc"),      # uncompressed ARC
    (b"<3 this model", "text"),
])
def test_sniff_format_regressions_html_fragments_utf16_and_arc(head, fmt):
    assert sniff_format(head) == fmt
