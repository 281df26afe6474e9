"""Partitions: pieces of the inputs that a worker reads and extracts by itself.

A partition is a byte range of a large plain JSONL file (its lines are those that
start in the range), or a run of whole files (text, HTML, a WARC archive, a gzipped
or small JSONL file) of about ``partition_bytes`` together. The client plans them
from the file list and sizes alone and never reads a record: workers open the
files at their absolute paths, read, decode and extract, and send back the
finished outcomes. Written in partition order, they make the same output as the
local engine: a byte range numbers its lines from 1, and the client, which knows
how many lines the ranges before it held, renumbers its rejects.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field, replace
from typing import Iterator, Optional, Union

from . import __version__, batch
from .batch import BatchOptions, Outcome
from .ingest import JsonlKeys, Pending, Source, plain_jsonl, read_source
from .ingest.ranges import LineCount, LineRange, read_range
from .records import Article, Reject

MAX_PARTITION_BYTES = 32 * 1024 * 1024  # the default for large inputs: some 14,000 news articles
MIN_PARTITION_BYTES = 1024 * 1024  # the default's floor: a task is worth its scheduling
_PARTITIONS_AT_LEAST = 64  # the default cuts smaller inputs finer, so many workers share them
MAX_FILES = 1000  # whole files in one partition: a folder of tiny pages is not one task a page


@dataclass(frozen=True)
class Piece:
    """A file of a partition, whole (``end`` None) or the lines that start in ``[start, end)``."""

    source: Source  # as the inputs named it: the name every record and reject carries
    location: str  # where a worker opens it (its absolute path)
    start: int = 0
    end: Optional[int] = None

    @property
    def is_range(self) -> bool:
        return self.end is not None


@dataclass(frozen=True)
class Partition:
    """Work for one task, in input order: ``index`` is its place in the output."""

    index: int
    pieces: tuple[Piece, ...]
    size: int  # bytes, as planned

    @property
    def range(self) -> Optional[Piece]:
        """The byte range this partition is, if it is one (a range is a partition of its own)."""
        return self.pieces[0] if self.pieces[0].is_range else None

    def describe(self) -> str:
        """The partition in a few words, for messages."""
        piece = self.pieces[0]
        if piece.is_range:
            return f"{piece.source.path} bytes {piece.start}-{piece.end}"
        more = f" and {len(self.pieces) - 1} more files" if len(self.pieces) > 1 else ""
        return f"{piece.source.path}{more}"


@dataclass(frozen=True)
class Settings:
    """What workers need besides the partition: how to read and how to extract, and which version
    of the package the client runs (a worker of another would write other output)."""

    options: BatchOptions
    fmt: Optional[str] = None
    keys: JsonlKeys = JsonlKeys()
    version: str = __version__


@dataclass
class PartitionResult:
    """A partition, done: its records' outcomes in order, and what the client adds up from it."""

    index: int
    outcomes: list[Outcome]
    records: int  # records the partition holds (outcomes may cover only some, see ``run_partition``)
    lines: int = 0  # lines of a byte range: where the next range of its file starts numbering
    skipped: dict = field(default_factory=dict)  # archive records skipped


# -- planning, on the client ------------------------------------------------------------------

def default_partition_bytes(sources: list[Source]) -> int:
    """Bytes a partition holds unless told: enough partitions for 64 workers, 1 MiB to 32 MiB each.
    Found from the inputs alone (not the workers), so a resumed run plans the same partitions."""
    total = sum(_size(source) for source in sources)
    return max(MIN_PARTITION_BYTES, min(MAX_PARTITION_BYTES, total // _PARTITIONS_AT_LEAST))


def plan(sources: list[Source], fmt: Optional[str] = None,
         partition_bytes: int = MAX_PARTITION_BYTES) -> Iterator[Partition]:
    """Partitions of the sources in input order: plain JSONL files larger than ``partition_bytes``
    as byte ranges of that size, other files whole, grouped up to that size (and MAX_FILES)."""
    index = 0
    group: list[Piece] = []
    size = 0

    def flush() -> Iterator[Partition]:
        nonlocal index, group, size
        if group:
            yield Partition(index, tuple(group), size)
            index, group, size = index + 1, [], 0

    for source in sources:
        if source.path == "-":
            raise ValueError("stdin cannot be partitioned")
        location = os.path.abspath(source.path)
        length = _size(source)
        if length > partition_bytes and plain_jsonl(source.path, fmt):
            yield from flush()
            for start in range(0, length, partition_bytes):
                end = min(start + partition_bytes, length)
                yield Partition(index, (Piece(source, location, start, end),), end - start)
                index += 1
            continue
        if group and (size + length > partition_bytes or len(group) >= MAX_FILES):
            yield from flush()
        group.append(Piece(source, location))
        size += length
    yield from flush()


def _size(source: Source) -> int:
    if source.problem:
        return 0
    try:
        return os.stat(source.path).st_size
    except OSError:
        return 0  # read as a whole file: the worker makes its reject


class LineNumbers:
    """The client's count of the lines of a split file written so far: a byte range numbers its
    lines from 1, and its rejects are moved past the lines of the ranges before it."""

    def __init__(self, state: Optional[list] = None):
        self.path, self.before = state or (None, 0)

    def place(self, part: Partition, result: PartitionResult) -> list[Outcome]:
        """The partition's outcomes with their reject lines counted from the start of the file."""
        piece = part.range
        if piece is None:
            return result.outcomes
        if piece.start == 0 or piece.source.path != self.path:
            self.path, self.before = piece.source.path, 0
        outcomes = result.outcomes if not self.before else [shifted(o, self.before) for o in result.outcomes]
        self.before += result.lines
        return outcomes

    def state(self) -> list:
        """What a checkpoint keeps, to number the ranges of a resumed run alike."""
        return [self.path, self.before]


def shifted(outcome: Outcome, lines: int) -> Outcome:
    """An outcome whose reject, if it names a line, names the line ``lines`` further on."""
    if outcome.reject is None:
        return outcome
    fields = json.loads(outcome.reject)
    if fields.get("line") is None:
        return outcome
    fields["line"] += lines
    # constructed, not validated: the fields are already as the reject wrote them (cut, escaped)
    return replace(outcome, reject=Reject.model_construct(**fields).model_dump_json())


# -- reading and extracting, on a worker --------------------------------------------------------

_one_at_a_time = threading.Lock()  # one spaCy pipeline a process: tasks in threads take turns


def run_partition(partition: Partition, settings: Settings, select: Optional[tuple[int, int]] = None) -> PartitionResult:
    """Read and extract a partition, as the local engine does record by record (decoding, caps,
    time limit, rejects). With ``select`` (lo, hi), only records lo to hi - 1 are extracted and
    the rest only read: how a record that kills its worker is found."""
    if settings.version != __version__:
        raise RuntimeError(f"this worker runs extractor {__version__}, the client {settings.version}: "
                           "install the same version everywhere")
    with _one_at_a_time:
        batch.prepare(settings.options)
        stats: dict = {}
        outcomes, records, lines = [], 0, LineCount()
        for number, record in enumerate(read_partition(partition, settings, stats, lines)):
            records += 1
            if select is None or select[0] <= number < select[1]:
                outcomes.append(batch.outcome(batch.unit(record)))
        return PartitionResult(partition.index, outcomes, records, lines.value, stats)


def reject_of(partition: Partition, settings: Settings, number: int, reason: str) -> str:
    """The reject line of a partition's record ``number`` (counted from 0), without extracting it."""
    for at, record in enumerate(read_partition(partition, settings, {}, LineCount())):
        if at == number:
            item = batch.unit(record)
            return item if isinstance(item, str) else batch.reject_line(item, reason)
    raise IndexError(f"{partition.describe()} holds no record {number}")


def read_partition(partition: Partition, settings: Settings, stats: dict,
                   lines: LineCount) -> Iterator[Union[Article, Reject, Pending]]:
    """The records of a partition as the local engine reads them (pending where it defers); a
    range's lines numbered from 1, and counted into ``lines``."""
    options = settings.options
    for piece in partition.pieces:
        if piece.is_range:
            lines_of = LineRange(piece.source.path, piece.location, piece.start, piece.end)
            yield from read_range(lines_of, settings.keys, options.max_bytes, lines)
        else:
            yield from read_source(piece.source, settings.fmt, settings.keys, stats, True, options.max_bytes,
                                   location=piece.location)
