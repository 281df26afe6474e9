"""Pending records: readers leave costly decoding to the batch's workers, with the same result."""

import json
import pickle
from functools import partial

from extractor.ingest import Pending, read_inputs
from extractor.records import Article, Reject

from .test_warc import PAGE, mixed_archive


def _mixed_folder(tmp_path):
    (tmp_path / "dump.jsonl").write_bytes(b"\n".join([
        json.dumps({"id": "ok", "text": "GPT-4o leads.", "published": "June 3, 2024"}).encode(),
        b'{"id": "broken", "text": ',
        b"   ",
        json.dumps({"id": "empty", "text": ""}).encode(),
    ]) + b"\n")
    (tmp_path / "page.html").write_bytes(PAGE)
    mixed_archive().save(tmp_path / "crawl.warc.gz")
    (tmp_path / "note.txt").write_text("Claude 3.5 Sonnet is second.", encoding="utf-8")
    return tmp_path


def test_deferred_records_decode_to_what_the_readers_yield_directly(tmp_path):
    folder = str(_mixed_folder(tmp_path))
    direct = list(read_inputs([folder]))
    deferred = list(read_inputs([folder], defer=True))
    assert len(deferred) == len(direct) == 7  # one per record either way: --resume counts them
    assert sum(isinstance(r, Pending) for r in deferred) == 6  # the text file is cheap: read at once
    decoded = [pickle.loads(pickle.dumps(r)).decode() if isinstance(r, Pending) else r for r in deferred]
    assert decoded == direct
    assert [type(r) for r in direct] == [Article, Article, Article, Reject, Reject, Article, Article]


def test_pending_costs_weigh_html_pages_above_plain_text(tmp_path):
    folder = str(_mixed_folder(tmp_path))
    first_line, *_ = read_inputs([folder + "/dump.jsonl"], defer=True)
    [page] = read_inputs([folder + "/page.html"], defer=True)
    assert first_line.cost == len(json.dumps({"id": "ok", "text": "GPT-4o leads.", "published": "June 3, 2024"})) + 1
    assert page.cost > 10 * len(PAGE)


def _explode(raw: bytes) -> Article:
    raise RuntimeError("decoder bug\nmore detail")


def test_a_decoding_error_no_reader_foresaw_becomes_a_reject_with_its_place():
    pending = Pending(partial(_explode, b"x"), "dump.jsonl", 12)
    assert pending.decode() == Reject(input="dump.jsonl", line=12, reason="cannot read: RuntimeError: decoder bug")
