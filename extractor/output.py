"""Writing results: claims as JSONL, rejects to a side file, a summary that adds up.

Output files are written a whole chunk of lines at a time with no buffering in
between, so a killed run leaves whole lines, and the writer always knows the
byte size that goes with its counts (what a checkpoint records).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Optional, Protocol

from .batch import Outcome
from .errors import InputError
from .records import RunSummary


class LineSink(Protocol):
    """Where lines go: a file (with a known size) or a stream."""

    size: Optional[int]

    def write_lines(self, lines: list[str]) -> None: ...

    def sync(self) -> None: ...

    def close(self) -> None: ...


class LineFile:
    """An output file written in blocks of whole lines; ``size`` is the bytes written so far.

    ``keep`` continues an earlier run: the first ``keep`` bytes stay, anything
    after them (a block written after the last checkpoint) is cut off. A lazy
    file is created only when the first line comes (no empty rejects files).
    """

    def __init__(self, path: Path, keep: int = 0, lazy: bool = False):
        self.path, self.size, self._fh = path, 0, None
        if keep:
            self._reopen(keep)
        elif not lazy:
            self._open()

    def _open(self) -> None:
        try:
            self._fh = open(self.path, "wb", buffering=0)
        except OSError as e:
            raise InputError(f"{self.path}: cannot write: {e.strerror}") from None

    def _reopen(self, keep: int) -> None:
        try:
            fh = open(self.path, "r+b", buffering=0)
        except OSError as e:
            raise InputError(f"{self.path}: cannot resume: {e.strerror}") from None
        if fh.seek(0, os.SEEK_END) < keep:
            fh.close()
            raise InputError(f"{self.path}: cannot resume: the file is shorter than its checkpoint says")
        fh.truncate(keep)
        fh.seek(keep)
        self._fh, self.size = fh, keep

    def write_lines(self, lines: list[str]) -> None:
        if not lines:
            return
        if self._fh is None:
            self._open()
        data = ("\n".join(lines) + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            view = view[self._fh.write(view):]
        self.size += len(data)

    def sync(self) -> None:
        """Make what was written survive a crash of the machine, not only of the process."""
        if self._fh is not None:
            os.fsync(self._fh.fileno())

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


class LineStream:
    """Lines to an already open text stream (stdout); it has no size to check-point."""

    size = None

    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write_lines(self, lines: list[str]) -> None:
        if lines:
            self.stream.write("\n".join(lines) + "\n")

    def sync(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class ResultWriter:
    """Writes claims and rejects chunk by chunk, and counts every record it is given.

    ``committed`` is the summary and the sink sizes after the last whole chunk,
    set in one step, so a checkpoint taken at any moment is consistent.
    """

    def __init__(self, claims_out: LineSink, rejects_out: LineSink, summary: Optional[RunSummary] = None):
        self.claims_out = claims_out
        self.rejects_out = rejects_out
        self.summary = summary or RunSummary()
        self.committed = (self.summary.model_copy(deep=True), claims_out.size, rejects_out.size)

    def write(self, outcomes: list[Outcome]) -> None:
        claims = [line for o in outcomes for line in o.claims]
        rejects = [o.reject for o in outcomes if o.reject is not None]
        self.claims_out.write_lines(claims)
        self.rejects_out.write_lines(rejects)
        s = self.summary
        s.read += len(outcomes)
        s.rejected += len(rejects)
        s.with_claims += sum(1 for o in outcomes if o.claims)
        s.without_claims += sum(1 for o in outcomes if o.reject is None and not o.claims)
        s.claims += len(claims)
        s.truncated += sum(1 for o in outcomes if o.cut)
        self.committed = (s.model_copy(deep=True), self.claims_out.size, self.rejects_out.size)

    def sync(self) -> None:
        self.claims_out.sync()
        self.rejects_out.sync()

    def close(self) -> None:
        self.claims_out.close()
        self.rejects_out.close()

    def summary_line(self) -> str:
        s = self.summary
        line = (f"articles {s.read - s.rejected} ({s.with_claims} with claims, {s.without_claims} without), "
                f"claims {s.claims}, rejects {s.rejected}")
        if s.truncated:
            line += f", cut at --max-chars {s.truncated}"
        skipped = sum(s.skipped.values())
        if skipped:
            line += f", archive records skipped {skipped} (" + ", ".join(
                f"{k.removeprefix('warc_skipped_').replace('_', '-')} {v}" for k, v in sorted(s.skipped.items()) if v) + ")"
        return line


def side_path(out: Optional[str], suffix: str) -> Path:
    """The path of a side file next to the output ('claims.jsonl' -> 'claims.rejects.jsonl')."""
    if out in (None, "-"):
        return Path(f"extractor{suffix}")
    p = Path(out)
    stem = p.name[: -len(".jsonl")] if p.name.endswith(".jsonl") else p.name
    return p.with_name(stem + suffix)


def write_summary(path: Path, summary: RunSummary) -> None:
    """The run summary as JSON, replaced in one step (never half written)."""
    write_atomic(path, json.dumps(summary.model_dump(mode="json"), indent=2) + "\n")


def write_atomic(path: Path, text: str) -> None:
    """Write a small file through a temporary one and a rename, synced, so readers see old or new."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as e:
        raise InputError(f"{path}: cannot write: {e.strerror}") from None

