"""The Dask engine: on a LocalCluster of two worker processes, byte for byte the local engine's output,
through byte ranges, archives, a worker killed mid-run, a record that kills its workers and a resumed run."""

import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip(
    "distributed", reason="the Dask engine needs dask[distributed]: pip install -e '.[test,dask]' (.ci/run does)")

import dask  # noqa: E402
from distributed.diagnostics.plugin import WorkerPlugin  # noqa: E402

from extractor.cli import main  # noqa: E402

from .ingest.test_warc import mixed_archive  # noqa: E402
from .test_batch import counts, write_dump  # noqa: E402
from .test_partitions import tricky_dump  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _cluster(**config) -> distributed.LocalCluster:
    """Two worker processes of one thread, as `extract --engine dask` starts them."""
    with dask.config.set(config):
        return distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                        silence_logs=logging.CRITICAL)


@pytest.fixture(scope="module")
def cluster():
    with _cluster() as running:
        yield running


def _extract(inputs: list[Path], out: Path, *options: str) -> Path:
    assert main(["extract", *map(str, inputs), "-o", str(out), "-q", *options]) == 0
    return out


def _side(claims: Path, suffix: str) -> Path:
    return claims.with_name(claims.name.removesuffix(".jsonl") + suffix)


def assert_same_run(one: Path, other: Path) -> None:
    """Claims and rejects byte for byte, and the same counts in the summary."""
    assert one.read_bytes() == other.read_bytes()
    rejects = [_side(p, ".rejects.jsonl") for p in (one, other)]
    found = [p.read_bytes() if p.exists() else None for p in rejects]
    assert found[0] == found[1]
    assert counts(_side(one, ".summary.json")) == counts(_side(other, ".summary.json"))


def test_jsonl_files_and_a_large_split_file_as_the_local_engine_writes_them(tmp_path, cluster):
    folder = tmp_path / "dumps"
    folder.mkdir()
    for n in range(3):
        write_dump(folder / f"small{n}.jsonl", 20, bad_every=7)
    tricky_dump(folder / "large.jsonl", 150)
    local = _extract([folder], tmp_path / "local.jsonl", "--max-bytes", "6000")
    split = _extract([folder], tmp_path / "dask.jsonl", "--max-bytes", "6000", "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, "--partition-bytes", "20K")
    assert_same_run(local, split)
    rejects = [json.loads(line) for line in (tmp_path / "dask.rejects.jsonl").read_text().splitlines()]
    assert max(r["line"] for r in rejects if r["input"].endswith("large.jsonl")) > 100  # numbered across ranges
    assert json.loads((tmp_path / "dask.summary.json").read_text())["workers"] == 2


def test_a_local_cluster_of_its_own_over_an_archive(tmp_path):
    archive = mixed_archive().save(tmp_path / "crawl.warc.gz")
    local = _extract([archive], tmp_path / "local.jsonl")
    own = _extract([archive], tmp_path / "dask.jsonl", "--engine", "dask", "-w", "2")
    assert_same_run(local, own)
    summary = json.loads((tmp_path / "dask.summary.json").read_text())
    assert sum(summary["skipped"].values()) == 4 and summary["read"] == 2


def _worker_pids(client) -> dict:
    return client.run(os.getpid)


def _slow_run(inputs: list[Path], out: Path, scheduler: str, *options: str) -> subprocess.Popen:
    """`extract --engine dask` in a process of its own, each article taking some 30 ms."""
    env = dict(os.environ, EXTRACTOR_TEST_DELAY="0.03")
    command = [sys.executable, "-m", "extractor.cli", "extract", *map(str, inputs), "-o", str(out), "-q",
               "--engine", "dask", "--scheduler", scheduler, "--partition-bytes", "30K", *options]
    return subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE)


def _wait_until(check, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not check() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert check(), proc.stderr.read().decode() if proc.poll() is not None else "timed out"


@pytest.fixture
def slow_cluster():
    """A cluster whose workers take some 30 ms an article, so a run can be cut at a known point."""
    with dask.config.set({"distributed.nanny.environ": {"EXTRACTOR_TEST_DELAY": "0.03"}}):
        with _cluster() as running:
            yield running


@pytest.mark.skipif(not Path("/proc").exists(), reason="kills a worker process by its id")
def test_a_worker_killed_mid_run_changes_nothing_in_the_output(tmp_path, slow_cluster):
    dump = write_dump(tmp_path / "dump.jsonl", 160, bad_every=30)
    client = distributed.Client(slow_cluster)
    proc = _slow_run([dump], tmp_path / "dask.jsonl", slow_cluster.scheduler_address)
    busy = lambda: {w: keys for w, keys in client.processing().items() if any("extract-" in str(k) for k in keys)}  # noqa: E731
    _wait_until(lambda: bool(busy()), proc)
    time.sleep(0.2)  # well into its partition
    victim = next(iter(busy()))
    os.kill(_worker_pids(client)[victim], signal.SIGKILL)
    assert proc.wait(timeout=180) == 0, proc.stderr.read().decode()
    assert victim not in client.scheduler_info(n_workers=-1)["workers"]  # it did die, mid-run
    client.close()
    assert_same_run(_extract([dump], tmp_path / "local.jsonl"), tmp_path / "dask.jsonl")


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs a process to kill")
def test_a_killed_run_resumes_by_partition_to_the_same_output(tmp_path, slow_cluster):
    dump = write_dump(tmp_path / "dump.jsonl", 200, bad_every=30)
    out = tmp_path / "dask.jsonl"
    progress = tmp_path / "dask.progress"
    proc = _slow_run([dump], out, slow_cluster.scheduler_address)
    _wait_until(lambda: progress.exists() and json.loads(progress.read_text())["done"] > 0, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    position = json.loads(progress.read_text())["position"]
    assert 0 < position["partition"] and position["lines"][1] > 0
    with out.open("ab") as fh:
        fh.write(b'{"id": "c-half-written')  # a block cut off by the kill
    resumed = _extract([dump], out, "--engine", "dask", "--scheduler", slow_cluster.scheduler_address,
                       "--partition-bytes", "30K", "--resume")
    assert_same_run(_extract([dump], tmp_path / "local.jsonl"), resumed)
    assert json.loads((tmp_path / "dask.summary.json").read_text())["resumed"] == 1


class _Poison(WorkerPlugin):
    """Makes the article with id 'poison' kill its worker, as one that ran it out of memory would;
    on every worker, a restarted one too."""

    name = "poison"

    def setup(self, worker) -> None:
        from extractor import batch

        extract = batch._extract

        def deadly(record, options):
            if record.id == "poison":
                os.kill(os.getpid(), signal.SIGKILL)
            return extract(record, options)

        batch._extract = deadly


def test_a_record_that_kills_its_workers_becomes_a_reject_and_the_run_goes_on(tmp_path):
    dump = write_dump(tmp_path / "dump.jsonl", 30)
    lines = dump.read_bytes().splitlines(keepends=True)
    lines.insert(17, json.dumps({"id": "poison", "text": "Shares rose 3% on Tuesday."}).encode() + b"\n")
    dump.write_bytes(b"".join(lines))
    with _cluster(**{"distributed.scheduler.allowed-failures": 0}) as deadly:
        with distributed.Client(deadly) as client:
            client.register_plugin(_Poison())
            _extract([dump], tmp_path / "dask.jsonl", "--engine", "dask", "--scheduler", deadly.scheduler_address)
    [reject] = [json.loads(line) for line in (tmp_path / "dask.rejects.jsonl").read_text().splitlines()]
    assert reject == {"input": str(dump), "line": 18, "record": None,
                      "reason": "the worker process died on this record (out of memory, or killed); skipped"}
    local = _extract([dump], tmp_path / "local.jsonl")
    assert local.read_bytes() == (tmp_path / "dask.jsonl").read_bytes() != b""  # the poison has no claim locally
    summary = json.loads((tmp_path / "dask.summary.json").read_text())
    assert (summary["read"], summary["rejected"]) == (31, 1)


def test_resuming_needs_the_same_engine_and_partitions(tmp_path, capsys, cluster):
    dump = write_dump(tmp_path / "dump.jsonl", 5)
    out = tmp_path / "c.jsonl"
    progress = {"run": {}, "done": 0, "output_bytes": 0, "rejects_bytes": 0, "summary": {}}
    (tmp_path / "c.progress").write_text(json.dumps(progress))
    assert main(["extract", str(dump), "-o", str(out), "--resume", "--engine", "dask",
                 "--scheduler", cluster.scheduler_address]) == 2
    assert "engine" in capsys.readouterr().err


def test_a_scheduler_that_cannot_be_reached_is_one_line_and_leaves_no_output(tmp_path, capsys):
    dump = write_dump(tmp_path / "dump.jsonl", 3)
    out = tmp_path / "claims.jsonl"
    assert main(["extract", str(dump), "-o", str(out), "--engine", "dask", "--scheduler", "nowhere://x"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("extractor: cannot reach the Dask scheduler nowhere://x")
    assert not out.exists()


def _slow_first(part, settings, select=None):
    """Stands in for run_partition: the first partition takes a second, the others no time."""
    from extractor.partitions import PartitionResult

    time.sleep(1.0 if part.index == 0 else 0.01)
    return PartitionResult(part.index, [], records=part.index + 1)


def test_results_come_in_order_with_few_held_while_a_slow_partition_holds_them_up(cluster, monkeypatch):
    from extractor import dask_engine
    from extractor.ingest import Source
    from extractor.partitions import Partition, Piece, Settings

    monkeypatch.setattr(dask_engine, "run_partition", _slow_first)
    monkeypatch.setattr(dask_engine, "_HELD", 1)
    engine = dask_engine.DaskEngine(cluster.scheduler_address, 0)
    parts = [Partition(n, (Piece(Source(f"f{n}"), f"/f{n}"),), 1) for n in range(12)]
    heard: list[int] = []
    try:
        got = [part.index for part, result in engine.results(iter(parts), Settings(None), heard.append)]
    finally:
        engine.close()
    assert got == list(range(12)) and sorted(heard) == list(range(1, 13))


def test_workers_of_another_version_stop_the_run_in_one_line(cluster, monkeypatch):
    from extractor import dask_engine
    from extractor.errors import EngineError

    monkeypatch.setattr(dask_engine, "__version__", "9.9.9")
    with pytest.raises(EngineError, match=r"runs extractor \S+, this is 9.9.9"):
        dask_engine.DaskEngine(cluster.scheduler_address, 0)
