"""Partitions: planned from sizes alone, read by a worker by itself, and together the local engine's output."""

import gzip
import json
from pathlib import Path

import pytest

from extractor.batch import BatchOptions, Outcome, run_chunks
from extractor.ingest import Source, find_sources, read_sources
from extractor.partitions import (LineNumbers, Partition, PartitionResult, Piece, Settings, default_partition_bytes,
                                  plan, reject_of, run_partition, shifted)
from extractor.records import Reject

from .ingest.test_warc import mixed_archive
from .test_pipeline import news_texts

OPTIONS = BatchOptions(workers=1, max_bytes=6_000)


def tricky_dump(path: Path, count: int = 60) -> Path:
    """A JSONL dump with what a cut at a byte offset could get wrong: a byte-order mark, blank and
    broken lines, a line over --max-bytes, CRLF, non-ASCII, and no line end at the very end."""
    lines = []
    for n, text in enumerate(news_texts(count)):
        if n % 9 == 4:
            lines.append(b'{"id": "broken", "text": ')
        elif n % 13 == 6:
            lines.append(json.dumps({"id": f"huge{n}", "text": "GPT-4o ranked first. " * 400}).encode())
        elif n % 11 == 3:
            lines.append(b"   ")
        else:
            record = {"id": f"a{n:03d}", "title": "caf\u00e9 \u2028 news", "text": text, "published": "2024-06-01"}
            lines.append(json.dumps(record, ensure_ascii=n % 2 == 0).encode() + (b"\r" if n % 7 == 0 else b""))
    path.write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines))
    return path


def partitioned(inputs: list[str], partition_bytes: int, options: BatchOptions = OPTIONS, fmt=None):
    """What the Dask engine writes, worked out in this process: partitions run one by one, in order."""
    settings = Settings(options, fmt)
    numbers, outcomes, skipped = LineNumbers(), [], {}
    for part in plan(find_sources(inputs), fmt, partition_bytes):
        result = run_partition(part, settings)
        outcomes += numbers.place(part, result)
        for key, value in result.skipped.items():
            skipped[key] = skipped.get(key, 0) + value
    return outcomes, skipped


def local(inputs: list[str], options: BatchOptions = OPTIONS, fmt=None):
    """What the local engine writes."""
    skipped: dict = {}
    records = read_sources(find_sources(inputs), fmt, stats=skipped, defer=True, max_bytes=options.max_bytes)
    return [o for chunk in run_chunks(records, options) for o in chunk], skipped


@pytest.mark.parametrize("partition_bytes", [700, 4_000, 25_000, 10**9])
def test_byte_ranges_of_a_dump_make_the_local_engines_outcomes(tmp_path, partition_bytes):
    dump = tricky_dump(tmp_path / "dump.jsonl")
    assert partitioned([str(dump)], partition_bytes) == local([str(dump)])
    outcomes, _ = local([str(dump)])
    rejects = [json.loads(o.reject) for o in outcomes if o.reject]
    assert {r["reason"].split(" ")[0] for r in rejects} == {"malformed", "line"}  # broken, and over --max-bytes
    assert sum(bool(o.claims) for o in outcomes) > 10


def test_ranges_tile_the_file_and_small_files_go_together(tmp_path):
    dump = tricky_dump(tmp_path / "a.jsonl")
    small = [tmp_path / f"s{n}.txt" for n in range(3)]
    for path in small:
        path.write_text("GPT-4o ranked first on Chatbot Arena.", encoding="utf-8")
    parts = list(plan(find_sources([str(dump), *map(str, small)]), None, 10_000))
    ranges = [p.range for p in parts if p.range is not None]
    assert [p.index for p in parts] == list(range(len(parts)))
    assert ranges[0].start == 0 and ranges[-1].end == dump.stat().st_size
    assert all(a.end == b.start for a, b in zip(ranges, ranges[1:]))
    assert [piece.source.path for piece in parts[-1].pieces] == list(map(str, small))
    assert all(piece.location == str(path.resolve()) for piece, path in zip(parts[-1].pieces, small))


def test_what_cannot_be_read_from_a_line_start_is_read_whole(tmp_path):
    text = tricky_dump(tmp_path / "plain.jsonl").read_text(encoding="utf-8-sig")
    zipped = tmp_path / "zipped.jsonl.gz"
    zipped.write_bytes(gzip.compress(text.encode()))
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes(text.encode("utf-16"))
    as_text = tmp_path / "notes.txt"
    as_text.write_text(text, encoding="utf-8")
    for path, fmt in ((zipped, None), (wide, None), (as_text, None), (tmp_path / "plain.jsonl", "text")):
        parts = list(plan(find_sources([str(path)]), fmt, 1_000))
        assert [p.range for p in parts] == [None], path.name
        assert partitioned([str(path)], 1_000, fmt=fmt) == local([str(path)], fmt=fmt)


def test_archives_html_text_and_unreadable_entries_make_the_local_engines_outcomes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    mixed_archive().save(folder / "crawl.warc.gz")
    (folder / "a.txt").write_text("Meta's Llama 3 ranked second on Chatbot Arena.", encoding="utf-8")
    (folder / "b.html").write_text("<html><body><article><p>Claude 3 Opus ranked first on Chatbot Arena this "
                                   "week.</p></article></body></html>", encoding="utf-8")
    (folder / "gone.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    tricky_dump(folder / "z.jsonl")
    got, skipped = partitioned([str(folder)], 3_000)
    want, want_skipped = local([str(folder)])
    assert got == want and skipped == want_skipped and sum(skipped.values()) == 4
    assert any(o.reject and "broken symbolic link" in o.reject for o in got)


def test_a_reject_moved_down_its_file_keeps_every_other_byte():
    for fields in ({"input": "d\u00e9.jsonl", "line": 3, "record": "x" * 40 + "\u2026 (9,000 characters)",
                    "reason": "malformed JSON: \\x1b[31m (column 2)"},
                   {"input": "d.jsonl", "line": 1, "record": None, "reason": "line larger than --max-bytes"}):
        line = Reject(**fields).model_dump_json()
        moved = shifted(Outcome(reject=line), 1_000).reject
        assert moved == line.replace(f'"line":{fields["line"]},', f'"line":{fields["line"] + 1_000},')
    unplaced = Outcome(reject=Reject(input="crawl.warc", reason="empty WARC").model_dump_json())
    assert shifted(unplaced, 5) is unplaced


def test_a_record_alone_and_its_reject_without_extracting_it(tmp_path):
    dump = tricky_dump(tmp_path / "dump.jsonl", 12)
    [part] = plan(find_sources([str(dump)]), None, 10**9)
    settings = Settings(OPTIONS)
    whole = run_partition(part, settings)
    counted = run_partition(part, settings, (0, 0))
    assert (counted.outcomes, counted.records, counted.lines) == ([], whole.records, whole.lines)
    assert run_partition(part, settings, (3, 5)).outcomes == whole.outcomes[3:5]
    assert json.loads(reject_of(part, settings, 1, "died")) == {"input": str(dump), "line": 2, "record": None,
                                                                 "reason": "died"}


def test_line_numbers_carry_from_range_to_range_of_a_file_only():
    source = Source("d.jsonl")
    first = Partition(0, (Piece(source, "/d.jsonl", 0, 10),), 10)
    second = Partition(1, (Piece(source, "/d.jsonl", 10, 20),), 10)
    again = Partition(2, (Piece(source, "/d.jsonl", 0, 10),), 10)
    reject = Outcome(reject=Reject(input="d.jsonl", line=1, reason="r").model_dump_json())
    numbers = LineNumbers()
    numbers.place(first, PartitionResult(0, [reject], 1, lines=4))
    assert json.loads(numbers.place(second, PartitionResult(1, [reject], 1, lines=2))[0].reject)["line"] == 5
    assert numbers.state() == ["d.jsonl", 6]
    assert json.loads(LineNumbers(numbers.state()).place(again, PartitionResult(2, [reject], 1))[0].reject)["line"] == 1


def test_the_default_partition_size_follows_the_input_alone(tmp_path):
    sizes = {"small.jsonl": 10_000, "mid.jsonl": 256 * 2**20, "big.jsonl": 10 * 2**30}
    for name, size in sizes.items():
        with (tmp_path / name).open("wb") as fh:
            fh.truncate(size)  # sparse: no disk used
    assert [default_partition_bytes(find_sources([str(tmp_path / name)])) for name in sizes] == [
        2**20, 4 * 2**20, 32 * 2**20]


def test_a_worker_of_another_version_refuses_the_work(tmp_path):
    dump = tricky_dump(tmp_path / "dump.jsonl", 3)
    [part] = plan(find_sources([str(dump)]), None, 10**9)
    with pytest.raises(RuntimeError, match="the client 0.0.0"):
        run_partition(part, Settings(OPTIONS, version="0.0.0"))
