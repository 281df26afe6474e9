"""Batch runs over big dumps: worker processes, output in input order, bounded memory.

Records are grouped into small chunks; each chunk goes to a worker process (or
is done in this process for one worker or a tiny input) that decodes, caps and
extracts each record and returns the finished JSON lines. The reading process
only reads and writes. At most a few chunks are in flight at a time, so memory
stays flat however long the dump is, and results come back in input order
whatever the number of workers.

``EXTRACTOR_TEST_DELAY`` (seconds, test-only) makes every article take at least
that long, so tests can interrupt a run at a known point.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Iterable, Iterator, Optional, Union

from .errors import ExtractorError
from .ingest.common import Pending
from .limits import (DEFAULT_ARTICLE_TIMEOUT, DEFAULT_MAX_CHARS, ArticleTimeout, article_alarms, cap_article,
                     time_limit)
from .pipeline import Extractor
from .records import Article, Reject

Record = Union[Article, Reject]
Unit = Union[Article, Pending, str]  # what a worker is sent: a record, one still to decode, or a reject's line
SMALL_INPUT = 64  # records; fewer than this never start a pool
_IN_FLIGHT_PER_WORKER = 3


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs (none of these change what is extracted, except the caps)."""

    workers: int = 1
    max_chars: Optional[int] = DEFAULT_MAX_CHARS
    article_timeout: Optional[float] = DEFAULT_ARTICLE_TIMEOUT
    chunk_records: int = 64
    chunk_cost: int = 200_000  # characters of text to extract from (see ingest.Pending)


@dataclass(slots=True)  # slots: outcomes cross back from every worker, and unpickle 10x faster so
class Outcome:
    """One input record, finished: its claim lines, or its reject line."""

    claims: list[str] = field(default_factory=list)
    reject: Optional[str] = None
    cut: bool = False


# -- the work, in whichever process does it -------------------------------------

_worker: dict = {}


def _setup(options: BatchOptions) -> None:
    """Build the extractor once per process (a forked worker inherits the parent's)."""
    _worker["extractor"] = Extractor()
    _worker["max_chars"] = options.max_chars
    _worker["timeout"] = options.article_timeout
    _worker["delay"] = float(os.environ.get("EXTRACTOR_TEST_DELAY") or 0)


def _init_worker(options: BatchOptions, parent: int) -> None:
    """Pool initializer: ignore Ctrl-C (the parent stops the pool) and die with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    article_alarms().__enter__()  # for the worker's whole life: the pool owns this process
    _setup(options)
    gc.freeze()  # see run_chunks


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (kill -9) would wait forever: leave instead."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def process_chunk(items: list[Unit]) -> list[Outcome]:
    """Outcomes for a chunk of records, in order (see ``_chunks``)."""
    return [_outcome(item) for item in items]


def _outcome(item: Unit) -> Outcome:
    """Decode (if pending), cap and extract one record, within the per-article time limit."""
    if isinstance(item, str):  # a reject, already serialised
        return Outcome(reject=item)
    if _worker["delay"]:
        time.sleep(_worker["delay"])
    timeout = _worker["timeout"]
    article = None
    try:
        with time_limit(timeout):
            record = item.decode() if isinstance(item, Pending) else item
            if isinstance(record, Reject):
                return Outcome(reject=record.model_dump_json())
            article, cut_from = cap_article(record, _worker["max_chars"])
            claims = _worker["extractor"].claims(article)
    except ArticleTimeout:
        reason = f"took longer than {timeout:g} s to process (--article-timeout); skipped"
        return Outcome(reject=_reject_for(article or item, reason).model_dump_json())
    except Exception as e:  # one article the pipeline fails on must not stop the batch
        first_line = (str(e).splitlines() or [""])[0][:200]
        reason = f"extraction failed: {type(e).__name__}: {first_line}"
        return Outcome(reject=_reject_for(article or item, reason).model_dump_json())
    return Outcome(claims=[c.model_dump_json() for c in claims], cut=cut_from is not None)


def _reject_for(record: Union[Article, Pending], reason: str) -> Reject:
    """A reject for a record that was read but could not be processed."""
    if isinstance(record, Pending):
        return record.reject(reason)
    return reject_for(record, reason)


def reject_for(article: Article, reason: str) -> Reject:
    """A reject for an article that was read but could not be processed."""
    source, _, line = article.source.rpartition(":")
    if source and line.isdigit():
        return Reject(input=source, line=int(line), record=article.id, reason=reason)
    return Reject(input=article.source, record=article.id, reason=reason)


# -- the stream, in the parent ----------------------------------------------------

def _unit(record: Union[Record, Pending]) -> tuple[Unit, int]:
    """A record as a worker takes it (rejects already serialised), and the work it holds."""
    if isinstance(record, Reject):
        return record.model_dump_json(), 0
    if isinstance(record, Pending):
        return record, record.cost
    return record, len(record.text)


def _chunks(records: Iterable[Union[Record, Pending]], options: BatchOptions) -> Iterator[list[Unit]]:
    chunk: list[Unit] = []
    cost = 0
    for record in records:
        item, item_cost = _unit(record)
        chunk.append(item)
        cost += item_cost
        if len(chunk) >= options.chunk_records or cost >= options.chunk_cost:
            yield chunk
            chunk, cost = [], 0
    if chunk:
        yield chunk


def run_chunks(records: Iterable[Union[Record, Pending]], options: BatchOptions) -> Iterator[list[Outcome]]:
    """Outcomes chunk by chunk, in input order; a pool of workers when it pays off.

    Pending records (see ``ingest.read_inputs(defer=True)``) are decoded where they are
    extracted, and the size cap is applied there too: the reading process only reads.
    """
    records = iter(records)
    head = list(islice(records, SMALL_INPUT))
    chunks = _chunks(chain(head, records), options)
    _setup(options)  # before any fork: workers inherit the pipeline instead of loading their own
    # The pipeline, vocab and knowledge outlive every article: frozen, they are left out of the
    # full garbage collections (some 50 ms each) that a long run would otherwise repeat.
    gc.freeze()
    try:
        if options.workers <= 1 or len(head) < SMALL_INPUT:
            with article_alarms():
                yield from map(process_chunk, chunks)
        else:
            yield from _pooled(chunks, options)
    finally:
        gc.unfreeze()


def _pooled(chunks: Iterator[list[Unit]], options: BatchOptions) -> Iterator[list[Outcome]]:
    """Chunks through worker processes, a bounded number in flight, results in order.

    A worker that dies (killed, out of memory) stops the run with an error instead
    of leaving it waiting forever; the checkpoint lets ``--resume`` go on from there.
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    limit = options.workers * _IN_FLIGHT_PER_WORKER
    pool = ProcessPoolExecutor(options.workers, mp_context=context, initializer=_init_worker,
                               initargs=(options, os.getpid()))
    try:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(process_chunk, chunk))
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool:
        raise ExtractorError("a worker process died (out of memory or killed); the output so far is kept "
                             "and, written with -o, goes on with --resume") from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
