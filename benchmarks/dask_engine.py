"""The Dask engine against the local one on this machine: the same dump, the same bytes, the wall time.

On the generated 9:1 dump (ordinary tech news to news with model claims, see
newsgen.py) of N articles, runs `extractor extract DUMP -o OUT -q` as a command of
its own, start-up included (the interpreter, spaCy, the pipeline, the pool or the
cluster): the local engine with one and two workers, the Dask engine on a
LocalCluster of two workers that the command starts, and on a running
LocalCluster of two workers (`--scheduler`, the cluster's start-up left out).
Each is the best of --repeat runs, timed in turns so machine noise meets all of
them alike; every output is checked byte for byte against the local one-worker
run. Also times each command on a one-article input: its fixed start-up cost.
Usage: python benchmarks/dask_engine.py [-n 10000] [--repeat 3] [--partition-bytes 1M]
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsgen import write_dump  # noqa: E402


def command(dump: Path, out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "extractor.cli", "extract", str(dump), "-o", str(out), "-q", *options]


def timed(cmd: list[str]) -> float:
    """Wall-clock seconds of one command; it must succeed."""
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr.decode()[-500:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="articles in the dump (default 10000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, the best kept (default 3)")
    parser.add_argument("--partition-bytes", default=None, help="passed to the Dask runs (default: theirs)")
    args = parser.parse_args()

    from distributed import LocalCluster

    with tempfile.TemporaryDirectory() as folder, LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
            silence_logs=logging.CRITICAL) as cluster:
        tmp = Path(folder)
        dump = write_dump(tmp / "dump.jsonl", args.n)
        tiny = write_dump(tmp / "tiny.jsonl", 1)
        sized = ["--partition-bytes", args.partition_bytes] if args.partition_bytes else []
        runs = {
            "local, 1 worker": ["-w", "1"],
            "local, 2 workers": ["-w", "2"],
            "dask, LocalCluster of 2 started by the command": ["--engine", "dask", "-w", "2", *sized],
            "dask, running LocalCluster of 2 (--scheduler)": ["--engine", "dask", "--scheduler",
                                                               cluster.scheduler_address, *sized],
        }
        best = dict.fromkeys(runs, float("inf"))
        start_up = dict.fromkeys(runs, float("inf"))
        for _ in range(args.repeat):
            for label, options in runs.items():
                out = tmp / f"{len(label)}.jsonl"
                best[label] = min(best[label], timed(command(dump, out, *options)))
                start_up[label] = min(start_up[label], timed(command(tiny, tmp / "tiny.out.jsonl", *options)))
        reference = (tmp / f"{len('local, 1 worker')}.jsonl").read_bytes()
        for label in runs:
            if (tmp / f"{len(label)}.jsonl").read_bytes() != reference:
                raise SystemExit(f"{label}: the output differs from the local engine's")

        size = dump.stat().st_size / 2**20
        print(f"dump: {args.n:,} generated articles ({size:.1f} MiB, about 1 in 10 with claims), {os.cpu_count()} cores; "
              f"best of {args.repeat}; every output the same bytes")
        print(f"\n{'':<48} {'wall s':>8} {'articles/s':>11} {'vs local 1':>11} {'start-up s':>11}")
        one = best["local, 1 worker"]
        for label in runs:
            print(f"{label:<48} {best[label]:>8.2f} {args.n / best[label]:>11,.0f} {one / best[label]:>10.2f}x "
                  f"{start_up[label]:>11.2f}")


if __name__ == "__main__":
    main()
