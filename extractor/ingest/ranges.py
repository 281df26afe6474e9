"""Byte ranges of plain JSONL files: cut at line ends, read by whoever extracts them.

A worker that reads its own range of a dump spares the reading process the
records (the bytes, their parsing, their way through a pipe): the reader only
finds where ranges start and end. A range holds the lines that start in it, so
a range cut anywhere still gives every line once, whole; its lines are numbered
from ``first_line`` (1 when the reader does not know how many lines come before:
the Dask engine's client numbers them afterwards).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import IO, Iterator, Optional, Union

from ..errors import shown
from ..records import Reject
from .common import Pending
from .jsonl import JsonlKeys, jsonl_records, utf8_lines, utf8_tail_lines

_BLOCK = 1 << 20  # bytes read at a time when cutting ranges
_SCAN = 1 << 16  # bytes read at a time looking for a line end


@dataclass(frozen=True)
class LineRange:
    """The lines of a file that start in ``[start, end)``; ``name`` is what its records carry,
    ``location`` where to open it."""

    name: str
    location: str
    start: int
    end: int
    first_line: int = 1


class LineCount:
    """A running count of lines read, shared with the reader that keeps it."""

    value = 0


def read_range(piece: LineRange, keys: JsonlKeys, max_bytes: Optional[int],
               lines: Optional[LineCount] = None) -> Iterator[Union[Reject, Pending]]:
    """The records of a range as ``read_jsonl(defer=True)`` gives them; unreadable: one Reject."""
    count = lines if lines is not None else LineCount()
    try:
        with open(piece.location, "rb") as fh:
            start, end = line_start(fh, piece.start), line_start(fh, piece.end)
            fh.seek(start)
            stream = io.BufferedReader(_Window(fh, end - start))
            raw = utf8_lines(stream, max_bytes) if start == 0 else utf8_tail_lines(stream, max_bytes)
            yield from jsonl_records(_counted(raw, count), piece.name, keys, True, max_bytes, piece.first_line)
    except OSError as e:
        yield Reject(input=piece.name, reason=f"cannot read: {e.strerror or shown(e, 200)}")


def _counted(lines: Iterator, count: LineCount) -> Iterator:
    for line in lines:
        count.value += 1
        yield line


def line_start(fh: IO[bytes], offset: int) -> int:
    """The first line start at or after ``offset``: the offset itself at the file's start or just
    after a line end, else just after the next line end (or the file's end). Scans, holds nothing."""
    if offset == 0:
        return 0
    fh.seek(offset - 1)
    position = offset - 1
    while True:
        block = fh.read(_SCAN)
        if not block:
            return position
        newline = block.find(b"\n")
        if newline >= 0:
            return position + newline + 1
        position += len(block)


def line_ranges(name: str, location: str, size: int, most_lines: int, start: int = 0,
                first_line: int = 1) -> Iterator[LineRange]:
    """Consecutive ranges of whole lines from ``start`` (a line start), each ending at the first
    line end after ``size`` bytes or at its ``most_lines``-th line end, numbered: the file is read
    in large blocks and only its line ends are looked at. A file that cannot be read gives one
    range over what is left: its reader then makes the reject."""
    try:
        fh = open(location, "rb")
    except OSError:
        yield LineRange(name, location, start, start + 1, first_line)
        return
    with fh:
        fh.seek(start)
        position = begin = start  # where the next block starts; where the range being cut starts
        lines = 0  # line ends between begin and the cut being looked for
        while True:
            block = fh.read(_BLOCK)
            if not block:
                break
            at = block.find(b"\n")
            while at >= 0:
                lines += 1
                end = position + at + 1
                if lines >= most_lines or end - begin >= size:
                    yield LineRange(name, location, begin, end, first_line)
                    begin, first_line, lines = end, first_line + lines, 0
                at = block.find(b"\n", at + 1)
            position += len(block)
        if position > begin:
            yield LineRange(name, location, begin, position, first_line)


class _Window(io.RawIOBase):
    """The next ``length`` bytes of a file, as a stream of their own."""

    def __init__(self, fh: IO[bytes], length: int):
        self.fh, self.left = fh, length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.left <= 0:
            return 0
        view = memoryview(buffer)[: min(len(buffer), self.left)]
        count = self.fh.readinto(view) or 0
        self.left -= count
        return count
