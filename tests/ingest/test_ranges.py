"""Byte ranges of JSONL files: cut at line ends, numbered, and read as the whole file reads."""

import io

import pytest

from extractor.ingest import JsonlKeys
from extractor.ingest import ranges
from extractor.ingest.jsonl import read_jsonl
from extractor.ingest.ranges import LineRange, line_ranges, line_start, read_range

from ..test_partitions import tricky_dump


def test_line_start_is_the_next_line_after_an_offset(tmp_path):
    path = tmp_path / "lines"
    path.write_bytes(b"ab\ncd\n\nef")
    with path.open("rb") as fh:
        assert [line_start(fh, n) for n in range(11)] == [0, 3, 3, 3, 6, 6, 6, 7, 9, 9, 9]


def _lines_before(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n")


@pytest.mark.parametrize("block", [5, 64, 1 << 20])  # blocks smaller than a line, too
@pytest.mark.parametrize("size, most", [(1, 1000), (3000, 1000), (10**9, 4), (700, 3)])
def test_ranges_tile_the_file_at_line_ends_and_know_their_first_line(tmp_path, monkeypatch, block, size, most):
    monkeypatch.setattr(ranges, "_BLOCK", block)
    dump = tricky_dump(tmp_path / "d.jsonl", 40)
    data = dump.read_bytes()
    cut = list(line_ranges("d.jsonl", str(dump), size, most))
    assert cut[0].start == 0 and cut[-1].end == len(data)
    assert all(a.end == b.start for a, b in zip(cut, cut[1:]))
    assert all(data[r.end - 1:r.end] == b"\n" for r in cut[:-1])
    assert all(r.first_line == _lines_before(data, r.start) + 1 for r in cut)
    assert all(data[r.start:r.end].count(b"\n") <= most for r in cut)
    assert all(r.end - r.start < size + 9_000 for r in cut if data[r.start:r.end].count(b"\n") > 1)


def test_ranges_from_a_line_start_go_on_numbering(tmp_path):
    dump = tricky_dump(tmp_path / "d.jsonl", 30)
    data = dump.read_bytes()
    start = data.index(b"\n", 20_000) + 1
    line = _lines_before(data, start) + 1
    cut = list(line_ranges("d.jsonl", str(dump), 5_000, 64, start, line))
    assert cut[0].start == start and cut[0].first_line == line and cut[-1].end == len(data)


def _decoded(records):
    return [r.decode() if hasattr(r, "decode") else r for r in records]


def test_the_records_of_every_range_are_the_files_records(tmp_path):
    dump = tricky_dump(tmp_path / "d.jsonl", 60)
    keys = JsonlKeys()
    whole = _decoded(read_jsonl(io.BytesIO(dump.read_bytes()), "d.jsonl", keys, defer=True, max_bytes=6_000))
    for size in (1, 2_500, 40_000):
        pieces = line_ranges("d.jsonl", str(dump), size, 64)
        got = _decoded(r for piece in pieces for r in read_range(piece, keys, 6_000))
        assert got == whole


def test_an_unreadable_range_is_one_reject(tmp_path):
    [reject] = read_range(LineRange("gone.jsonl", str(tmp_path / "gone.jsonl"), 0, 10), JsonlKeys(), None)
    assert (reject.input, reject.reason) == ("gone.jsonl", "cannot read: No such file or directory")
    assert list(line_ranges("gone.jsonl", str(tmp_path / "gone.jsonl"), 10, 10)) == [
        LineRange("gone.jsonl", str(tmp_path / "gone.jsonl"), 0, 1)]
