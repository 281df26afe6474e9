"""Batch runs: workers keep input order, a killed run resumes to the same output, bad dumps add up."""

import json
import os
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest

from extractor import batch
from extractor.batch import BatchOptions, Outcome, process_chunk, run_chunks
from extractor.cli import main
from extractor.ingest import JsonlKeys, Pending
from extractor.ingest.html import PAGE_COST_PER_BYTE
from extractor.ingest.jsonl import decode_line
from extractor.records import Article

from .test_pipeline import ADVERSARIAL, CLAIMS, ORDINARY, news_texts

ROOT = Path(__file__).resolve().parents[1]


def write_dump(path: Path, count: int, bad_every: int = 0) -> Path:
    """A JSONL dump of ``count`` records; with ``bad_every``, every such line is malformed JSON."""
    with path.open("wb") as out:
        for n, text in enumerate(news_texts(count)):
            if bad_every and n % bad_every == bad_every - 1:
                out.write(b'{"id": "broken", "text": \n')
            else:
                out.write(json.dumps({"id": f"a{n:04d}", "text": text, "published": "2024-06-01"}).encode() + b"\n")
    return path


def counts(summary_path: Path) -> dict:
    s = json.loads(summary_path.read_text())
    return {k: s[k] for k in ("read", "with_claims", "without_claims", "rejected", "claims", "truncated", "skipped")}


def test_two_workers_write_what_one_writes_in_input_order(tmp_path):
    dump = write_dump(tmp_path / "dump.jsonl", 150, bad_every=25)
    for workers in ("1", "2"):
        assert main(["extract", str(dump), "-o", str(tmp_path / f"w{workers}.jsonl"), "-w", workers, "-q"]) == 0
    one, two = (tmp_path / "w1.jsonl").read_bytes(), (tmp_path / "w2.jsonl").read_bytes()
    assert one == two and one
    assert (tmp_path / "w1.rejects.jsonl").read_bytes() == (tmp_path / "w2.rejects.jsonl").read_bytes()
    ids = [json.loads(line)["article"]["id"] for line in one.splitlines()]
    assert ids == sorted(ids) and len(set(ids)) == 50 - 2  # every third article has claims; two are broken lines
    assert counts(tmp_path / "w1.summary.json") == counts(tmp_path / "w2.summary.json")


def _workers_of(marker: str) -> list[int]:
    """Processes whose command line holds ``marker`` (forked workers share their parent's)."""
    pids = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if marker.encode() in (proc / "cmdline").read_bytes():
                pids.append(int(proc.name))
        except OSError:
            continue
    return pids


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to find worker processes")
@pytest.mark.parametrize("records", [300, 1000])  # read here record by record; by the workers, range by range
def test_killed_run_resumes_to_the_output_of_an_uninterrupted_one(tmp_path, records):
    dump = write_dump(tmp_path / "dump.jsonl", records, bad_every=40)
    assert (dump.stat().st_size >= BatchOptions().range_from) == (records == 1000)
    out = tmp_path / "resumed.jsonl"
    progress = tmp_path / "resumed.progress"
    env = dict(os.environ, EXTRACTOR_TEST_DELAY="0.03")
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "extract", str(dump), "-o", str(out), "-w", "2", "-q"],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not progress.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    done = json.loads(progress.read_text())["done"]
    assert 0 < done < records
    with out.open("ab") as fh:
        fh.write(b'{"id": "c-half-written')  # a block cut off by the kill
    time.sleep(1.5)
    assert _workers_of(str(dump)) == []  # workers leave with their parent

    assert main(["extract", str(dump), "-o", str(out), "-w", "2", "-q", "--resume"]) == 0
    whole = tmp_path / "whole.jsonl"
    assert main(["extract", str(dump), "-o", str(whole), "-w", "2", "-q"]) == 0
    assert out.read_bytes() == whole.read_bytes()
    assert (tmp_path / "resumed.rejects.jsonl").read_bytes() == (tmp_path / "whole.rejects.jsonl").read_bytes()
    assert counts(tmp_path / "resumed.summary.json") == counts(tmp_path / "whole.summary.json")
    assert json.loads((tmp_path / "resumed.summary.json").read_text())["resumed"] == 1
    assert not progress.exists()


def test_bad_dump_completes_with_every_record_accounted_for(tmp_path):
    big = "GPT-4o ranked first on the Chatbot Arena leaderboard. " + "Revenue rose 5% in the quarter. " * 160_000
    lines = [
        json.dumps({"id": "good", "text": CLAIMS[1]}).encode(),
        b'{"id": "broken", "text": ',
        json.dumps({"id": "bad-utf8", "text": "x"}).encode().replace(b"x", b"\xff\xfe"),
        json.dumps({"id": "huge", "text": big}).encode(),  # about 5 MB
        json.dumps({"id": "empty", "text": ""}).encode(),
        json.dumps({"id": "no-text"}).encode(),
        b"[1, 2]",
        json.dumps({"id": "plain", "text": ORDINARY[0]}).encode(),
    ]
    dump = tmp_path / "bad.jsonl"
    dump.write_bytes(b"\n".join(lines) + b"\n")
    assert len(big) > 5_000_000
    out = tmp_path / "claims.jsonl"
    assert main(["extract", str(dump), "-o", str(out), "-q"]) == 0
    summary = json.loads((tmp_path / "claims.summary.json").read_text())
    assert (summary["read"], summary["with_claims"], summary["without_claims"], summary["rejected"]) == (8, 2, 1, 5)
    assert summary["read"] == summary["with_claims"] + summary["without_claims"] + summary["rejected"]
    assert summary["truncated"] == 1
    rejects = [json.loads(line) for line in (tmp_path / "claims.rejects.jsonl").read_text().splitlines()]
    assert [r["line"] for r in rejects] == [2, 3, 5, 6, 7]
    huge = [json.loads(line) for line in out.read_text().splitlines() if '"huge"' in line]
    assert huge and all(c["evidence"]["end"] <= 50_000 for c in huge)


def _fake_worker(monkeypatch, claims, max_chars=None):
    """Run process_chunk in this process with ``claims`` standing in for the extractor."""
    monkeypatch.setitem(batch._worker, "extractor", type("Fake", (), {"claims": staticmethod(claims)})())
    monkeypatch.setitem(batch._worker, "options", BatchOptions(max_chars=max_chars, article_timeout=0.2))
    monkeypatch.setitem(batch._worker, "delay", 0.0)


def _article(text: str) -> Article:
    return Article(id="x", text=text, source="dump.jsonl:7")


def test_an_article_that_fails_or_hangs_becomes_a_reject(monkeypatch):
    def fail(article):
        raise ValueError("boom\nsecond line")

    _fake_worker(monkeypatch, fail)
    [failed] = process_chunk([_article("GPT-4o")])
    assert json.loads(failed.reject) == {
        "input": "dump.jsonl", "line": 7, "record": "x", "reason": "extraction failed: ValueError: boom"}

    _fake_worker(monkeypatch, lambda article: time.sleep(5) or [])
    started = time.monotonic()
    [slow] = process_chunk([_article("GPT-4o")])
    assert time.monotonic() - started < 4
    assert "took longer than 0.2 s" in json.loads(slow.reject)["reason"]


def _hang(raw: bytes) -> Article:
    time.sleep(5)
    return Article(id="late", text="text", source="x")


def test_decoding_runs_in_the_worker_within_the_time_limit(monkeypatch):
    _fake_worker(monkeypatch, lambda article: [], max_chars=20)
    pending = Pending(partial(decode_line, b'{"id": "p", "text": "GPT-4o leads. It ranked first on the board."}',
                              "dump.jsonl", 3, JsonlKeys()), "dump.jsonl", 3)
    broken = Pending(partial(decode_line, b'{"id": ', "dump.jsonl", 4, JsonlKeys()), "dump.jsonl", 4)
    hanging = Pending(partial(_hang, b""), "dump.jsonl", 5)
    hanging_page = Pending(partial(_hang, b""), "crawl.warc.gz", record="rec-7")
    started = time.monotonic()
    cut, rejected, slow, slow_page = process_chunk([pending, broken, hanging, hanging_page])
    assert time.monotonic() - started < 4
    assert json.loads(slow_page.reject)["input"] == "crawl.warc.gz" and json.loads(slow_page.reject)["record"] == "rec-7"
    assert cut == Outcome(claims=[], cut=True)  # decoded, then capped at --max-chars, in the worker
    assert json.loads(rejected.reject)["line"] == 4 and "malformed JSON" in json.loads(rejected.reject)["reason"]
    assert json.loads(slow.reject) == {"input": "dump.jsonl", "line": 5, "record": None,
                                       "reason": "took longer than 0.2 s to process (--article-timeout); skipped"}


def test_chunks_hold_fewer_html_pages_than_jsonl_lines():
    line = Pending(partial(decode_line, b"{}", "d.jsonl", 1, JsonlKeys()), "d.jsonl", 1, cost=2_500)
    page = Pending(partial(_hang, b""), "p.html", cost=4_000 * PAGE_COST_PER_BYTE)
    options = BatchOptions()
    assert [len(c) for c in batch._chunks([line] * 100, options)] == [64, 36]
    assert [len(c) for c in batch._chunks([page] * 7, options)] == [3, 3, 1]


def _kill_this_process(raw: bytes) -> Article:
    os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
    raise AssertionError("unreachable")


def test_a_record_that_kills_its_worker_becomes_a_reject_and_the_run_goes_on():
    records = [Article(id=f"a{n:03d}", text=t, source=f"dump.jsonl:{n + 1}") for n, t in enumerate(news_texts(150))]
    killer = Pending(partial(_kill_this_process, b""), "dump.jsonl", 71)
    with_killer = records[:70] + [killer] + records[70:]
    options = BatchOptions(workers=2, chunk_records=16)
    outcomes = [o for chunk in run_chunks(with_killer, options) for o in chunk]
    expected = [o for chunk in run_chunks(records, BatchOptions(workers=1)) for o in chunk]
    assert len(outcomes) == 151
    assert json.loads(outcomes[70].reject) == {
        "input": "dump.jsonl", "line": 71, "record": None,
        "reason": "the worker process died on this record (out of memory, or killed); skipped"}
    assert outcomes[:70] + outcomes[71:] == expected
    assert sum(bool(o.claims) for o in expected) == 50


def test_small_inputs_need_no_pool(monkeypatch):
    def no_pool(*args):
        raise AssertionError("a pool was started")

    monkeypatch.setattr(batch, "_pooled", no_pool)
    records = [Article(id=f"a{n}", text=t, source="t") for n, t in enumerate(news_texts(10))]
    outcomes = [o for chunk in batch.run_chunks(records, BatchOptions(workers=4)) for o in chunk]
    assert len(outcomes) == 10 and all(isinstance(o, Outcome) for o in outcomes)


def test_resume_needs_an_output_file_and_the_same_inputs(tmp_path, capsys):
    dump = write_dump(tmp_path / "dump.jsonl", 5)
    assert main(["extract", str(dump), "--resume"]) == 2
    assert capsys.readouterr().err.strip() == (
        "extractor extract: --resume needs -o OUTPUT (a run written to stdout cannot be resumed)")
    assert main(["extract", str(dump), "-w", "0"]) == 2
    assert capsys.readouterr().err.strip() == "extractor extract: --workers must be at least 1, not 0"

    out = tmp_path / "c.jsonl"
    (tmp_path / "c.progress").write_text(json.dumps(
        {"run": {"inputs": [["other.jsonl", 1]]}, "done": 1, "output_bytes": 0, "rejects_bytes": 0, "summary": {}}))
    assert main(["extract", str(dump), "-o", str(out), "--resume"]) == 2
    assert "cannot resume" in capsys.readouterr().err

    (tmp_path / "c.progress").unlink()
    assert main(["extract", str(dump), "-o", str(out), "-q"]) == 0
    before = out.read_bytes()
    assert main(["extract", str(dump), "-o", str(out), "--resume"]) == 0
    assert "nothing to resume" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_progress_bar_only_on_a_terminal(monkeypatch):
    from argparse import Namespace

    from extractor.cli import _progress_bar

    assert _progress_bar(Namespace(quiet=False), 0) is None  # pytest's stderr is no terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert _progress_bar(Namespace(quiet=True), 0) is None
    bar = _progress_bar(Namespace(quiet=False), 5)
    assert bar is not None and bar.n == 5 and "articles" in bar.unit
    bar.close()


def test_no_string_makes_one_article_hang_the_batch():
    """Every adversarial piece as a whole article through the batch path, each under the article time limit.

    Kept short: runs of rank cues after a name ('#1 #1 ...') cost time quadratic in the sentence length.
    """
    texts = ["GPT-4o " + unit * (1_000 // len(unit)) for unit in ADVERSARIAL]
    records = [Article(id=f"adv{n}", text=t, source=f"adv:{n}") for n, t in enumerate(texts)]
    outcomes = [o for chunk in run_chunks(records, BatchOptions(workers=1, article_timeout=30)) for o in chunk]
    assert len(outcomes) == len(records)
    assert not [o.reject for o in outcomes if o.reject and "took longer" in o.reject]


# -- a lone surrogate in a record ---------------------------------------------------------------

def test_a_lone_surrogate_in_an_id_or_title_is_repaired_and_the_batch_goes_on(tmp_path):
    lines = [
        '{"id": "t1", "title": "bad \\ud83d", "text": "GPT-4o ranked first on Chatbot Arena."}',
        '{"id": "bad \\udc00 id", "url": "https://e.org/\\ud800", "text": "Claude 3 Opus ranked second on Chatbot Arena."}',
        '{"id": "t3", "text": "Llama 3 ranked third on Chatbot Arena. \\ud83d"}',
        '{"id": "t4", "text": "", "title": "empty \\ud83d"}',
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="ascii")
    out = tmp_path / "claims.jsonl"
    assert main(["extract", str(dump), "-o", str(out), "-q"]) == 0
    claims = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(c["article"]["id"], c["article"]["title"], c["article"]["url"]) for c in claims] == [
        ("t1", "bad \ufffd", None), ("bad \ufffd id", None, "https://e.org/\ufffd"), ("t3", None, None)]
    summary = json.loads((tmp_path / "claims.summary.json").read_text())
    assert (summary["read"], summary["with_claims"], summary["rejected"]) == (4, 3, 1)
    assert main(["extract", str(dump), "-o", str(out), "-q", "--resume"]) == 0


def test_a_record_that_fails_while_its_claims_are_serialised_becomes_its_reject(monkeypatch):
    from extractor.records import Claim

    def unserialisable(article):
        claim = Claim.model_validate({"id": "c-1", "article": {"id": "a\ud83d"}, "kind": "rank", "rank": 1,
                                      "subject": {"text": "GPT-4o", "type": "model"}, "confidence": 1,
                                      "evidence": {"text": "GPT-4o", "start": 0, "end": 6}})
        return [claim]

    _fake_worker(monkeypatch, unserialisable)
    [outcome] = process_chunk([_article("GPT-4o")])
    reject = json.loads(outcome.reject)
    assert outcome.claims == [] and (reject["line"], reject["record"]) == (7, "x")
    assert reject["reason"].startswith("extraction failed: PydanticSerializationError")


# -- resuming a run whose inputs or options changed --------------------------------------------

def _interrupted_run(tmp_path, inputs: list[str], *options: str) -> Path:
    """A run over ``inputs`` stopped after its first checkpoint, as a kill would leave it."""
    out = tmp_path / "claims.jsonl"
    env = dict(os.environ, EXTRACTOR_TEST_DELAY="0.02")
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "extract", *inputs, "-o", str(out), "-w", "2",
                             "-q", *options], cwd=ROOT, env=env, stderr=subprocess.PIPE)
    progress = tmp_path / "claims.progress"
    deadline = time.monotonic() + 120
    while not progress.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert progress.exists(), proc.stderr.read().decode()
    return out


def _same_size_edit(path: Path) -> None:
    data = bytearray(path.read_bytes())
    at = data.index(b'"a0001"')
    data[at:at + 7] = b'"b0001"'
    stat = path.stat()
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even with the old time


@pytest.mark.parametrize("change, says", [
    ("new file", "new)"),
    ("same-size edit", "changed)"),
    ("timeout", "article-timeout differ"),
])
def test_resume_refuses_changed_inputs_and_options(tmp_path, capsys, change, says):
    folder = tmp_path / "dumps"
    folder.mkdir()
    write_dump(folder / "a.jsonl", 300)
    out = _interrupted_run(tmp_path, [str(folder)])
    before = out.read_bytes()
    extra = []
    if change == "new file":
        write_dump(folder / "b.jsonl", 50)
    elif change == "same-size edit":
        _same_size_edit(folder / "a.jsonl")
    else:
        extra = ["--article-timeout", "30"]
    assert main(["extract", str(folder), "-o", str(out), "-q", "--resume", *extra]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"cannot resume {out}" in err and says in err
    assert out.read_bytes() == before


# -- Ctrl-C ---------------------------------------------------------------------------------------

def _slow_run(tmp_path, dump: Path, delay: str) -> tuple[subprocess.Popen, Path]:
    out = tmp_path / "claims.jsonl"
    env = dict(os.environ, EXTRACTOR_TEST_DELAY=delay)
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "extract", str(dump), "-o", str(out), "-w", "2"],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE)
    return proc, out


def _wait_until(check, proc, seconds=120):
    deadline = time.monotonic() + seconds
    while not check() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert check(), proc.stderr.read().decode() if proc.poll() is not None else "timed out"


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to find worker processes")
def test_ctrl_c_abandons_chunks_in_flight_keeps_a_checkpoint_and_resumes(tmp_path):
    """Each in-flight chunk would take 64 s to finish (64 records, 1 s each): the run must not wait for them."""
    dump = write_dump(tmp_path / "dump.jsonl", 300, bad_every=40)
    proc, out = _slow_run(tmp_path, dump, "1")
    _wait_until(lambda: len(_workers_of(str(dump))) >= 3, proc)  # the parent and its two workers
    time.sleep(0.5)  # the workers are well into their first chunk
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=32)  # half a chunk's time: abandoned, not finished
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("Ctrl-C did not stop the run before its chunks in flight could finish")
    err = proc.stderr.read().decode()
    assert proc.returncode == 130 and "Traceback" not in err
    assert err == f"extractor: interrupted; 0 records are written whole to {out}; go on with --resume\n"
    progress = json.loads((tmp_path / "claims.progress").read_text())
    assert progress["done"] == 0 and progress["output_bytes"] == 0
    time.sleep(1.5)
    assert _workers_of(str(dump)) == []

    assert main(["extract", str(dump), "-o", str(out), "-q", "--resume"]) == 0
    whole = tmp_path / "whole.jsonl"
    assert main(["extract", str(dump), "-o", str(whole), "-q"]) == 0
    assert out.read_bytes() == whole.read_bytes()


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to find worker processes")
def test_a_second_ctrl_c_leaves_at_once_with_a_valid_checkpoint(tmp_path):
    dump = write_dump(tmp_path / "dump.jsonl", 600, bad_every=40)
    proc, out = _slow_run(tmp_path, dump, "0.02")
    progress = tmp_path / "claims.progress"
    _wait_until(progress.exists, proc)
    proc.send_signal(signal.SIGINT)
    time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()  # and its workers leave with it
        pytest.fail("two Ctrl-C did not stop the run")
    err = proc.stderr.read().decode()
    assert proc.returncode == 130 and "Traceback" not in err and err.count("\n") <= 2
    assert err.startswith("extractor: interrupted")
    time.sleep(1.5)
    assert _workers_of(str(dump)) == []
    done = json.loads(progress.read_text())["done"]
    assert 0 < done < 600
    assert main(["extract", str(dump), "-o", str(out), "-q", "--resume"]) == 0
    whole = tmp_path / "whole.jsonl"
    assert main(["extract", str(dump), "-o", str(whole), "-q"]) == 0
    assert out.read_bytes() == whole.read_bytes()


# -- large JSONL files read by the workers, range by range ---------------------------------------

from extractor.batch import run_sources  # noqa: E402
from extractor.ingest import find_sources, read_sources  # noqa: E402

from .ingest.test_warc import mixed_archive  # noqa: E402
from .test_partitions import tricky_dump  # noqa: E402

RANGED = BatchOptions(workers=2, max_bytes=6_000, range_from=0, chunk_cost=9_000, chunk_records=16)


def _mixed_inputs(tmp_path) -> list[str]:
    """A ranged dump, an archive and a small text file between two more dumps."""
    folder = tmp_path / "in"
    folder.mkdir()
    tricky_dump(folder / "a.jsonl", 90)
    mixed_archive().save(folder / "b.warc.gz")
    (folder / "c.txt").write_text("Meta's Llama 3 ranked second on Chatbot Arena.", encoding="utf-8")
    write_dump(folder / "d.jsonl", 70, bad_every=9)
    return [str(folder)]


def _streamed(inputs: list[str], options: BatchOptions) -> tuple[list[Outcome], dict]:
    """The outcomes with every record read by this process (the engine before ranges)."""
    stats: dict = {}
    records = read_sources(find_sources(inputs), stats=stats, defer=True, max_bytes=options.max_bytes)
    return [o for chunk in run_chunks(records, options) for o in chunk], stats


def _ranged(inputs: list[str], options: BatchOptions, skip: int = 0) -> tuple[list[Outcome], dict]:
    stats: dict = {}
    outcomes = [o for chunk in run_sources(find_sources(inputs), None, JsonlKeys(), stats, skip, options) for o in chunk]
    return outcomes, stats


def test_workers_reading_ranges_write_what_records_read_here_give(tmp_path):
    inputs = _mixed_inputs(tmp_path)
    ranged, stats = _ranged(inputs, RANGED)
    assert (ranged, stats) == _streamed(inputs, BatchOptions(workers=1, max_bytes=6_000))
    works = list(batch.work_of(find_sources(inputs), None, JsonlKeys(), {}, 0, RANGED))
    assert sum(isinstance(w, batch.RangeWork) for w in works) > 5 and any(isinstance(w, list) for w in works)


@pytest.mark.parametrize("skip", [1, 16, 37, 81, 83, 84, 100, 158, 500])
def test_a_resumed_run_skips_exactly_the_records_done(tmp_path, skip):
    inputs = _mixed_inputs(tmp_path)
    whole, stats = _ranged(inputs, RANGED)
    resumed, again = _ranged(inputs, RANGED, skip)
    assert resumed == whole[skip:] and again == stats  # archives before the point are read again for their counts


def _kill_the_worker_on(record_id: str, monkeypatch):
    """Make the worker that extracts ``record_id`` die (forked workers inherit it); the real extract."""
    extract = batch._extract

    def deadly(record, options):
        if record.id == record_id:
            os.kill(os.getpid(), signal.SIGKILL)
        return extract(record, options)

    monkeypatch.setattr(batch, "_extract", deadly)
    return extract


def test_a_record_in_a_range_that_kills_its_worker_becomes_a_reject(tmp_path, monkeypatch):
    dump = write_dump(tmp_path / "dump.jsonl", 120)
    lines = dump.read_bytes().splitlines(keepends=True)
    lines.insert(40, json.dumps({"id": "poison", "text": "Shares rose 3% on Tuesday."}).encode() + b"\n")
    dump.write_bytes(b"".join(lines))
    extract = _kill_the_worker_on("poison", monkeypatch)
    outcomes, _ = _ranged([str(dump)], RANGED)
    assert json.loads(outcomes[40].reject) == {"input": str(dump), "line": 41, "record": None, "reason": batch.WORKER_DIED}
    monkeypatch.setattr(batch, "_extract", extract)
    expected, _ = _streamed([str(dump)], BatchOptions(workers=1))
    assert outcomes[:40] + outcomes[41:] == expected[:40] + expected[41:]


def test_work_sent_to_a_pool_a_worker_broke_unnoticed_fails_as_work_in_flight_does(monkeypatch):
    """Regression: a worker dying while more work was being sent made ``submit`` raise, ending the run."""
    from concurrent.futures.process import BrokenProcessPool

    _kill_the_worker_on("poison", monkeypatch)
    workers = batch._Workers(BatchOptions(workers=1))
    try:
        killed = workers.submit([Article(id="poison", text="Shares rose.", source="t:1")])
        with pytest.raises(BrokenProcessPool):
            killed.result(timeout=60)
        late = workers.submit([Article(id="next", text="Shares fell.", source="t:2")])
        assert isinstance(late.exception(timeout=5), BrokenProcessPool)
    finally:
        workers.stop(kill=True)
