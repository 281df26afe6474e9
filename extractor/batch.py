"""Batch runs over big dumps: worker processes, output in input order, bounded memory.

Work goes to worker processes (or is done in this process for a tiny input) in
small pieces: a range of lines of a large plain JSONL file, which the worker
reads itself (this process only finds the ranges' line ends and counts lines),
or a chunk of records this process read from anything else (text, HTML, WARC,
gzip, stdin). The worker decodes, caps and extracts each record and returns the
finished JSON lines; this process writes them. At most a few pieces are in
flight at a time, so memory stays flat however long the dump is, and results
come back in input order whatever the number of workers. A record that kills
its worker becomes a reject; the run goes on with a new worker.

``EXTRACTOR_TEST_DELAY`` (seconds, test-only) makes every article take at least
that long, so tests can interrupt a run at a known point.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain, groupby, islice
from typing import Iterable, Iterator, Optional, Union

from .errors import InputError
from .ingest import JsonlKeys, Source, plain_jsonl, read_source
from .ingest.common import Pending, first_line
from .ingest.jsonl import utf8_lines
from .ingest.ranges import LineRange, line_ranges, read_range
from .limits import (DEFAULT_ARTICLE_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_CLAIMS,
                     DEFAULT_MAX_EVIDENCE_CHARS, DEFAULT_MAX_FIELD_CHARS, ArticleTimeout, article_alarms,
                     cap_article, cap_claims, cap_fields, time_limit)
from .pipeline import Extractor
from .records import Article, Reject

Record = Union[Article, Reject]
Unit = Union[Article, Pending, str]  # what a worker is sent: a record, one still to decode, or a reject's line


@dataclass(frozen=True)
class RangeWork:
    """Lines of a JSONL file for a worker to read itself (see ``ingest.ranges``)."""

    lines: LineRange
    keys: JsonlKeys


Work = Union[list[Unit], RangeWork]  # a chunk of records, or a range of a file holding them
SMALL_INPUT = 64  # records; fewer than this never start a pool
_IN_FLIGHT_PER_WORKER = 3
_KILLED_WORKER_WAIT = 5.0  # seconds: at most this long for a killed worker, and the pool's thread, to be gone
WORKER_DIED = "the worker process died on this record (out of memory, or killed); skipped"


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs (none of these change what is extracted, except the caps and the knowledge)."""

    workers: int = 1
    max_chars: Optional[int] = DEFAULT_MAX_CHARS
    article_timeout: Optional[float] = DEFAULT_ARTICLE_TIMEOUT
    max_bytes: Optional[int] = DEFAULT_MAX_BYTES  # read by the readers; bounds the text spaCy gets
    max_field_chars: Optional[int] = DEFAULT_MAX_FIELD_CHARS
    max_claims: Optional[int] = DEFAULT_MAX_CLAIMS
    max_evidence_chars: Optional[int] = DEFAULT_MAX_EVIDENCE_CHARS
    knowledge_dir: Optional[str] = None  # knowledge files laid over the bundled ones
    chunk_records: int = 64
    chunk_cost: int = 200_000  # characters of text to extract from (see ingest.Pending); bytes of a range
    range_from: int = 256 * 1024  # bytes: plain JSONL files this large are read by the workers, range by range


@dataclass(slots=True)  # slots: outcomes cross back from every worker, and unpickle 10x faster so
class Outcome:
    """One input record, finished: its claim lines, or its reject line; and what the caps cut."""

    claims: list[str] = field(default_factory=list)
    reject: Optional[str] = None
    cut: bool = False
    fields_cut: bool = False
    claims_dropped: int = 0
    evidence_cut: int = 0


# -- the work, in whichever process does it -------------------------------------

_worker: dict = {}


def _setup(options: BatchOptions) -> None:
    """Build the extractor once per process (a forked worker inherits the parent's)."""
    extractor = _worker["extractor"] = Extractor(knowledge_dir=options.knowledge_dir)
    # spaCy refuses texts over nlp.max_length (1,000,000); the caps bound the text instead
    longest = options.max_chars or options.max_bytes or sys.maxsize
    extractor.nlp.max_length = max(extractor.nlp.max_length, longest + 1)
    _worker["options"] = options
    _worker["delay"] = float(os.environ.get("EXTRACTOR_TEST_DELAY") or 0)


def prepare(options: BatchOptions) -> None:
    """Ready this process to extract with ``options`` (a Dask worker serves run after run): the
    pipeline is built once, and set up again only for other options."""
    if _worker.get("options") != options:
        _setup(options)


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
    return [outcome(item) for item in items]


def process_work(work: Work) -> list[Outcome]:
    """Outcomes for a chunk of records, or for the records of a range, read here."""
    if isinstance(work, list):
        return process_chunk(work)
    return [outcome(unit(record)) for record in _range_records(work)]


def _range_records(work: RangeWork) -> Iterator[Union[Reject, Pending]]:
    return read_range(work.lines, work.keys, _worker["options"].max_bytes)


def outcome(item: Unit) -> Outcome:
    """Decode (if pending), cap and extract one record, within the per-article time limit."""
    if isinstance(item, str):  # a reject, already serialised
        return Outcome(reject=item)
    if _worker["delay"]:
        time.sleep(_worker["delay"])
    options: BatchOptions = _worker["options"]
    timeout = options.article_timeout
    record = None
    try:
        with time_limit(timeout):
            record = item.decode() if isinstance(item, Pending) else item
            if isinstance(record, Reject):
                return Outcome(reject=record.model_dump_json())
            return _extract(record, options)
    except ArticleTimeout:
        reason = f"took longer than {timeout:g} s to process (--article-timeout); skipped"
    except Exception as e:  # one record failing anywhere (decoding, extraction, serialising) is its reject
        reason = f"extraction failed: {type(e).__name__}: {first_line(e)}"
    return Outcome(reject=reject_line(record if isinstance(record, Article) else item, reason))


def _extract(record: Article, options: BatchOptions) -> Outcome:
    """The capped article's claim lines, at most so many, each with bounded evidence."""
    article, fields_cut = cap_fields(record, options.max_field_chars)
    article, cut_from = cap_article(article, options.max_chars)
    claims = _worker["extractor"].claims(article)
    claims, dropped, narrowed = cap_claims(claims, article.text, options.max_claims, options.max_evidence_chars)
    return Outcome(claims=[json_line(c.model_dump_json()) for c in claims], cut=cut_from is not None,
                   fields_cut=fields_cut, claims_dropped=dropped, evidence_cut=narrowed)


_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_line(text: str) -> str:
    """A JSON record as one line for any reader: the characters JSON lets stand in a string but
    some line splitters (Python's str.splitlines, older JavaScript) break at are escaped."""
    return text if text.isascii() else text.translate(_LINE_BREAKS)


def reject_line(record: Union[Article, Pending], reason: str) -> str:
    """The reject line of a record that was read but could not be processed."""
    reject = record.reject(reason) if isinstance(record, Pending) else reject_for(record, reason)
    return reject.model_dump_json()


def reject_for(article: Article, reason: str) -> Reject:
    """A reject for an article that was read but could not be processed."""
    source, _, line = article.source.rpartition(":")
    if source and line.isdigit():
        return Reject(input=source, line=int(line), record=article.id, reason=reason)
    return Reject(input=article.source, record=article.id, reason=reason)


# -- the stream, in the parent ----------------------------------------------------

def unit(record: Union[Record, Pending]) -> Unit:
    """A record as a worker takes it: rejects already serialised."""
    return record.model_dump_json() if isinstance(record, Reject) else record


def _cost(item: Unit) -> int:
    """The work a record holds, in characters of text to extract from (see ingest.Pending)."""
    if isinstance(item, str):
        return 0
    return item.cost if isinstance(item, Pending) else len(item.text)


def _chunks(records: Iterable[Union[Record, Pending]], options: BatchOptions) -> Iterator[list[Unit]]:
    chunk: list[Unit] = []
    cost = 0
    for record in records:
        item = unit(record)
        chunk.append(item)
        cost += _cost(item)
        if len(chunk) >= options.chunk_records or cost >= options.chunk_cost:
            yield chunk
            chunk, cost = [], 0
    if chunk:
        yield chunk


def run_chunks(records: Iterable[Union[Record, Pending]], options: BatchOptions) -> Iterator[list[Outcome]]:
    """Outcomes of records, chunk by chunk, in input order (see ``run_work``)."""
    yield from run_work(_chunks(records, options), options)


def run_sources(sources: Iterable[Source], fmt: Optional[str], keys: JsonlKeys, stats: dict, skip: int,
                options: BatchOptions) -> Iterator[list[Outcome]]:
    """Outcomes of every record of the sources past the first ``skip``, in input order: large
    plain JSONL files are read by the workers range by range, the rest by this process, record
    by record (see ``work_of``)."""
    yield from run_work(work_of(sources, fmt, keys, stats, skip, options), options)


def run_work(works: Iterable[Work], options: BatchOptions) -> Iterator[list[Outcome]]:
    """Outcomes work by work, in input order; a pool of workers (one at least) unless the input is tiny.

    Pending records (see ``ingest.read_inputs(defer=True)``) are decoded where they are
    extracted, and the size cap is applied there too: the reading process only reads. Even one
    worker runs in a process of its own, so a record that kills it only becomes a reject.
    """
    works = iter(works)
    head, records = [], 0
    for work in works:  # a range (a large file) or SMALL_INPUT records: a pool
        head.append(work)
        if not isinstance(work, list):
            break
        records += len(work)
        if records >= SMALL_INPUT:
            break
    small = records < SMALL_INPUT and all(isinstance(work, list) for work in head)
    _setup(options)  # before any fork: workers inherit the pipeline instead of loading their own
    # The pipeline, vocab and knowledge outlive every article: frozen, they are left out of the
    # full garbage collections (some 50 ms each) that a long run would otherwise repeat.
    gc.freeze()
    try:
        if small:
            with article_alarms():
                yield from map(process_chunk, head)
        else:
            yield from _pooled(chain(head, works), options)
    finally:
        gc.unfreeze()


def work_of(sources: Iterable[Source], fmt: Optional[str], keys: JsonlKeys, stats: dict, skip: int,
            options: BatchOptions) -> Iterator[Work]:
    """The sources as work for the workers, the first ``skip`` records left out: a plain JSONL file
    of ``options.range_from`` bytes or more as ranges of whole lines (this process only finds
    their ends and counts lines), anything else as chunks of records read here."""
    for ranged, group in groupby(sources, key=lambda source: _ranged(source, fmt, options)):
        if not ranged:
            records = chain.from_iterable(read_source(s, fmt, keys, stats, True, options.max_bytes) for s in group)
            skip -= sum(1 for _ in islice(records, skip))
            yield from _chunks(records, options)
            continue
        for source in group:
            start, line, skip = _skip_lines(source, skip, options.max_bytes)
            if start is not None:
                ranges = line_ranges(source.path, os.path.abspath(source.path), options.chunk_cost,
                                     options.chunk_records, start, line)
                yield from (RangeWork(lines, keys) for lines in ranges)


def _ranged(source: Source, fmt: Optional[str], options: BatchOptions) -> bool:
    """Whether the workers read this source themselves: a plain JSONL file of some size."""
    if source.path == "-" or source.problem:
        return False
    try:
        size = os.stat(source.path).st_size
    except OSError:
        return False
    return size >= options.range_from and plain_jsonl(source.path, fmt)


def _skip_lines(source: Source, skip: int, max_bytes: Optional[int]) -> tuple[Optional[int], int, int]:
    """Where a resumed run goes on in a plain JSONL file after ``skip`` records: the offset and
    number of the next line, and the records left to skip (offset None: the file is all done)."""
    if not skip:
        return 0, 1, 0
    count = line = 0
    try:
        with open(source.path, "rb") as fh:
            for raw in utf8_lines(fh, max_bytes):
                line += 1
                if raw is None or not raw.isspace():  # a record (see ingest.jsonl.jsonl_records)
                    count += 1
                    if count == skip:
                        return fh.tell(), line + 1, 0
    except OSError as e:
        raise InputError(f"{source.path}: cannot resume: {e.strerror}") from None
    return None, 0, skip - count


class _Workers:
    """The pool of worker processes: replaced when a worker dies, stopped at once when the run is."""

    def __init__(self, options: BatchOptions):
        self.options = options
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        return ProcessPoolExecutor(self.options.workers, mp_context=context, initializer=_init_worker,
                                   initargs=(self.options, os.getpid()))

    def submit(self, work: Work) -> Future:
        """The work's future; a pool a worker broke before this process noticed fails it the same way,
        so the work is done again like the rest of the work in flight."""
        try:
            return self.pool.submit(process_work, work)
        except BrokenProcessPool as e:
            failed: Future = Future()
            failed.set_exception(e)
            return failed

    def restart(self) -> None:
        self.stop(kill=True)
        self.pool = self._start()

    def stop(self, kill: bool) -> None:
        """Shut the pool down; with ``kill``, end its workers now rather than after their chunks."""
        processes = list((getattr(self.pool, "_processes", None) or {}).values()) if kill else []
        for process in processes:
            with contextlib.suppress(Exception):
                process.kill()
        manager = getattr(self.pool, "_executor_manager_thread", None)
        self.pool.shutdown(wait=not kill, cancel_futures=True)
        if kill:
            # The pool's manager thread finds its workers gone: let it finish that before this
            # process goes on (or exits), or it may report the dead workers as a traceback.
            for process in processes:
                with contextlib.suppress(Exception):
                    process.join(_KILLED_WORKER_WAIT)
            if manager is not None and manager.is_alive():
                manager.join(_KILLED_WORKER_WAIT)


@dataclass
class _InFlight:
    """Work sent to the workers, and its outcomes once known."""

    work: Work
    future: Future
    outcomes: Optional[list[Outcome]] = None


def _pooled(works: Iterator[Work], options: BatchOptions) -> Iterator[list[Outcome]]:
    """Work through worker processes, a bounded number in flight, results in order.

    A worker that dies (killed, out of memory) takes no more than its own record with it: the
    work in flight is done again one record at a time, and the record a worker dies on again
    becomes a reject. An interrupted run (Ctrl-C) ends its workers at once: the work they held
    is abandoned, and a resumed run does it again.
    """
    workers = _Workers(options)
    limit = options.workers * _IN_FLIGHT_PER_WORKER
    pending: deque[_InFlight] = deque()
    finished = False
    try:
        for work in works:
            pending.append(_InFlight(work, workers.submit(work)))
            if len(pending) >= limit:
                yield _next_outcomes(pending, workers)
        while pending:
            yield _next_outcomes(pending, workers)
        finished = True
    finally:
        workers.stop(kill=not finished)


def _next_outcomes(pending: deque[_InFlight], workers: _Workers) -> list[Outcome]:
    head = pending[0]
    if head.outcomes is None:
        try:
            head.outcomes = head.future.result()
        except BrokenProcessPool:
            _redo_in_flight(pending, workers)
    return pending.popleft().outcomes


def _succeeded(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _redo_in_flight(pending: deque[_InFlight], workers: _Workers) -> None:
    """A worker died: any work in flight may hold the record it died on. On a new pool, each of
    them is done again a record at a time, nothing else in flight, so the culprit is known (the
    records of a range are read here for that)."""
    suspects = []
    for entry in pending:
        if entry.outcomes is None and _succeeded(entry.future):
            entry.outcomes = entry.future.result()
        elif entry.outcomes is None:
            suspects.append(entry)
    workers.restart()
    for entry in suspects:
        items = entry.work if isinstance(entry.work, list) else [unit(r) for r in _range_records(entry.work)]
        entry.outcomes = [_alone(item, workers) for item in items]


def _alone(item: Unit, workers: _Workers) -> Outcome:
    """The outcome of one record done by itself; a reject if its worker dies on it too."""
    try:
        return workers.submit([item]).result()[0]
    except BrokenProcessPool:
        workers.restart()
        if isinstance(item, str):
            return Outcome(reject=item)
        return Outcome(reject=reject_line(item, WORKER_DIED))


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
