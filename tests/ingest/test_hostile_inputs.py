"""Inputs as they come from the wild: gzipped dumps, byte-order marks, UTF-16, unreadable files and
folders, records too large to hold. Each ends as records or one reject, and the run goes on."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.ingest import read_inputs
from extractor.records import Article, Reject

from .test_warc import PAGE, Archive

ROOT = Path(__file__).resolve().parents[2]
ROWS = [{"id": f"r{n}", "text": f"GPT-4o ranked No. {n + 1} on Chatbot Arena, a story said."} for n in range(3)]
JSONL = "".join(json.dumps(row) + "\n" for row in ROWS)


def ids(records) -> list:
    return [r.id if isinstance(r, Article) else ("reject", r.line, r.reason) for r in records]


# -- gzip, byte-order marks and UTF-16 ---------------------------------------------------------

@pytest.mark.parametrize("name", ["dump.jsonl.gz", "dump.gz", "dump.json.gz"])
def test_gzipped_jsonl_is_read_by_what_it_holds(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(gzip.compress(JSONL.encode()))
    assert ids(read_inputs([str(path)])) == ["r0", "r1", "r2"]
    out = tmp_path / "claims.jsonl"
    assert main(["extract", str(path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "articles 3 (3 with claims, 0 without), claims 3, rejects 0" in err and "skipped" not in err


def test_gzipped_dumps_in_a_folder_are_read_and_a_gzipped_archive_still_is_one(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(JSONL.encode()))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"Claude 3 Opus ranked second on Chatbot Arena."))
    Archive().response("https://news.example.com/a", PAGE).save(tmp_path / "c.warc.gz")
    (tmp_path / "d.tar.gz").write_bytes(gzip.compress(b"not a dump"))
    records = list(read_inputs([str(tmp_path)]))
    assert [r.id for r in records] == ["r0", "r1", "r2", "b", "https://news.example.com/2024/06/qwen2-open-leaderboard"]


def test_a_corrupt_gzip_layer_keeps_the_lines_before_it_and_ends_in_one_reject(tmp_path):
    data = gzip.compress((JSONL * 400).encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = list(read_inputs([str(path)]))
    assert all(isinstance(r, Article) for r in records[:-1]) and len(records) > 10
    assert isinstance(records[-1], Reject) and records[-1].reason.startswith("cannot read: EOFError")


def test_a_byte_order_mark_does_not_cost_the_first_record(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + JSONL.encode())
    assert ids(read_inputs([str(path)])) == ["r0", "r1", "r2"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_jsonl_count_one_record_a_line(tmp_path, codec):
    path = tmp_path / "wide.jsonl"
    path.write_bytes(JSONL.replace("said", "sa\u00efd \u2014 \U0001f600").encode(codec))
    records = list(read_inputs([str(path)]))
    assert ids(records) == ["r0", "r1", "r2"]
    assert records[0].text.endswith("a story sa\u00efd \u2014 \U0001f600.") and records[2].source.endswith(":3")


def test_a_utf16_text_file_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes("Claude 3 Opus ranked second.".encode("utf-16"))
    [article] = read_inputs([str(path)])
    assert article.text == "Claude 3 Opus ranked second."


# -- files and folders that cannot be read -------------------------------------------------------

def test_a_broken_link_in_a_folder_is_one_reject_and_the_rest_is_read(tmp_path):
    (tmp_path / "a.jsonl").write_text(JSONL)
    (tmp_path / "b.jsonl").symlink_to(tmp_path / "gone.jsonl")
    records = list(read_inputs([str(tmp_path)]))
    assert ids(records) == ["r0", "r1", "r2", ("reject", None, "cannot open: broken symbolic link")]


def _without_root_powers() -> list[str]:
    """A command prefix that makes file modes count: root reads any file unless it gives up the
    capabilities that let it (the rest of root stays, so the interpreter can still be run)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file modes cannot make a file unreadable")
    drop = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={drop}", f"--bounding-set={drop}"]


def test_an_unreadable_file_and_subfolder_are_one_reject_each_and_the_run_goes_on(tmp_path):
    dumps = tmp_path / "dumps"
    (dumps / "locked").mkdir(parents=True)
    (dumps / "a.jsonl").write_text(JSONL)
    (dumps / "b.jsonl").write_text(JSONL.replace('"r', '"s'))
    (dumps / "locked" / "c.jsonl").write_text(JSONL)
    (dumps / "z.jsonl").write_text(JSONL.replace('"r', '"z'))
    (dumps / "b.jsonl").chmod(0)
    (dumps / "locked").chmod(0)
    out = tmp_path / "claims.jsonl"
    try:
        proc = subprocess.run([*_without_root_powers(), sys.executable, "-m", "extractor.cli", "extract", str(dumps),
                               "-o", str(out), "-w", "1"], cwd=ROOT, capture_output=True, timeout=300)
    finally:
        (dumps / "locked").chmod(0o755)
    assert proc.returncode == 0, proc.stderr.decode()
    rejects = [json.loads(line) for line in (tmp_path / "claims.rejects.jsonl").read_text().splitlines()]
    assert [(r["input"], r["reason"]) for r in rejects] == [
        (str(dumps / "b.jsonl"), "cannot read: Permission denied"),
        (str(dumps / "locked"), "cannot read folder: Permission denied")]
    claims = [json.loads(line)["article"]["id"] for line in out.read_text().splitlines()]
    assert claims == ["r0", "r1", "r2", "z0", "z1", "z2"]
    summary = json.loads((tmp_path / "claims.summary.json").read_text())
    assert (summary["read"], summary["rejected"]) == (8, 2)


# -- records too large to hold -------------------------------------------------------------------

def test_a_jsonl_line_over_the_byte_cap_is_a_reject_and_the_next_line_is_read(tmp_path):
    big = json.dumps({"id": "big", "text": "x " * 600_000})
    path = tmp_path / "d.jsonl"
    path.write_text(JSONL + big + "\n" + JSONL.replace('"r', '"s'))
    records = list(read_inputs([str(path)], max_bytes=1_000_000))
    assert ids(records) == ["r0", "r1", "r2", ("reject", 4, "line larger than --max-bytes (1,000,000 bytes); skipped"),
                            "s0", "s1", "s2"]
    assert ids(read_inputs([str(path)], max_bytes=2_000_000))[3] == "big"


def test_a_gzipped_line_that_inflates_past_the_cap_is_a_reject(tmp_path):
    path = tmp_path / "bomb.jsonl.gz"
    with gzip.open(path, "wb") as out:
        out.write(b'{"id": "bomb", "text": "')
        for _ in range(64):
            out.write(b" " * (1 << 20))
        out.write(b'"}\n' + JSONL.encode())
    assert path.stat().st_size < 200_000
    records = list(read_inputs([str(path)], max_bytes=4 << 20))
    assert ids(records) == [("reject", 1, "line larger than --max-bytes (4,194,304 bytes); skipped"), "r0", "r1", "r2"]


def test_text_and_html_files_over_the_byte_cap_are_rejects(tmp_path):
    (tmp_path / "a.txt").write_text("word " * 1000)
    (tmp_path / "b.html").write_bytes(PAGE + b"<!-- padding -->" * 500)
    records = list(read_inputs([str(tmp_path)], max_bytes=4096))
    assert [(r.input, r.reason) for r in records] == [
        (str(tmp_path / "a.txt"), "file larger than --max-bytes (4,096 bytes); skipped"),
        (str(tmp_path / "b.html"), "page larger than --max-bytes (4,096 bytes); skipped")]


def test_an_archived_page_that_inflates_past_the_cap_is_a_reject_and_the_archive_goes_on(tmp_path):
    bomb = b"<html><body><p>" + b"a" * (8 << 20) + b"</p></body></html>"
    archive = (Archive().response("https://news.example.com/bomb", bomb)
               .response("https://news.example.com/a", PAGE)).save(tmp_path / "crawl.warc.gz")
    assert archive.stat().st_size < 100_000
    records = list(read_inputs([str(archive)], max_bytes=1 << 20))
    assert isinstance(records[0], Reject) and records[0].record == "00000000-0000-0000-0000-000000000001"
    assert records[0].reason == "decompressed page larger than --max-bytes (1,048,576 bytes); skipped"
    assert isinstance(records[1], Article) and "Qwen2-72B-Instruct" in records[1].text


@pytest.mark.parametrize("value, ok", [("16M", True), ("0", True), ("512k", True), ("lots", False), ("-1", False)])
def test_max_bytes_takes_sizes_with_units(tmp_path, capsys, value, ok):
    path = tmp_path / "d.jsonl"
    path.write_text(JSONL)
    assert main(["extract", str(path), "-o", str(tmp_path / "c.jsonl"), f"--max-bytes={value}", "-q"]) == (0 if ok else 2)
    err = capsys.readouterr().err
    assert err == "" if ok else (err.count("\n") == 1 and "--max-bytes" in err)


def test_an_archive_line_that_never_ends_is_one_reject_not_a_gigabyte_held(tmp_path):
    path = tmp_path / "endless.warc.gz"
    with gzip.open(path, "wb") as out:
        out.write(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.com/")
        for _ in range(8):
            out.write(b"a" * (1 << 20))
    [reject] = read_inputs([str(path)])
    assert reject.reason == ("corrupt or truncated WARC after 0 records: "
                             "a line of more than 1,048,576 bytes where a header should be")
