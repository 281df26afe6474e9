"""Writing results: claims as JSONL, rejects to a side file, a summary that adds up.

Output files are written a whole chunk of lines at a time with no buffering in
between, so a killed run leaves whole lines, and the writer always knows the
byte size that goes with its counts (what a checkpoint records). A write that
fails (a full disk) is cut back to the last whole block. The claims file is
locked for the run, so a second run writing the same file is refused.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import stat
import sys
from pathlib import Path
from typing import IO, BinaryIO, Optional, Protocol

from .batch import Outcome
from .errors import InputError, OutputError
from .records import RunSummary


class LineSink(Protocol):
    """Where lines go: a file (with a known size) or a stream."""

    size: Optional[int]

    def write_lines(self, lines: list[str]) -> None: ...

    def sync(self) -> None: ...

    def rollback(self, size: Optional[int]) -> None: ...

    def close(self) -> None: ...


def open_locked(path: Path) -> BinaryIO:
    """``path`` open for writing (created, not cut), locked for this run: OutputError when another
    run holds it. A POSIX record lock: worker processes do not inherit it, and it goes with the
    process however that ends (a killed run can be resumed at once)."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {e.strerror}") from None
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        if e.errno in (errno.EACCES, errno.EAGAIN):
            os.close(fd)
            raise OutputError(f"{path}: another extractor run is writing it; wait for it to end "
                              "or choose another -o") from None
        # a file system without locks (some network mounts): go on unlocked
    return os.fdopen(fd, "r+b", buffering=0)


def _is_regular(fh: BinaryIO) -> bool:
    return stat.S_ISREG(os.fstat(fh.fileno()).st_mode)


_NOT_SYNCABLE = {errno.EINVAL}  # a device or a pipe: nothing to sync


class LineFile:
    """An output file written in blocks of whole lines; ``size`` is the bytes written so far.

    ``keep`` continues an earlier run: the first ``keep`` bytes stay, anything
    after them (a block written after the last checkpoint) is cut off. A lazy
    file is created only when the first line comes (no empty rejects files).
    """

    def __init__(self, path: Path, keep: int = 0, lazy: bool = False, opened: Optional[BinaryIO] = None):
        self.path, self.size, self._fh = path, 0, None
        if opened is not None:
            self._take(opened, keep)
        elif keep:
            self._reopen(keep)
        elif not lazy:
            self._open()

    def _open(self) -> None:
        try:
            self._fh = open(self.path, "wb", buffering=0)
        except OSError as e:
            raise OutputError(f"{self.path}: cannot write: {e.strerror}") from None

    def _reopen(self, keep: int) -> None:
        try:
            fh = open(self.path, "r+b", buffering=0)
        except OSError as e:
            raise InputError(f"{self.path}: cannot resume: {e.strerror}") from None
        self._take(fh, keep)

    def _take(self, fh: BinaryIO, keep: int) -> None:
        """Write on into an open file, its first ``keep`` bytes kept and the rest cut off."""
        if not _is_regular(fh):  # a device or a pipe (-o /dev/null): nothing to keep or cut
            self._fh = fh
            return
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
        try:
            while view:
                view = view[self._fh.write(view):]
        except OSError as e:
            self.rollback(self.size)  # no half block, no half line
            raise OutputError(f"{self.path}: cannot write: {e.strerror}") from None
        self.size += len(data)

    def rollback(self, size: Optional[int]) -> None:
        """Cut the file back to ``size`` bytes (what the counts describe), dropping any later block."""
        if self._fh is None or size is None or not _is_regular(self._fh):
            return
        self._fh.truncate(size)
        self._fh.seek(size)
        self.size = size

    def sync(self) -> None:
        """Make what was written survive a crash of the machine, not only of the process."""
        if self._fh is not None:
            try:
                os.fsync(self._fh.fileno())
            except OSError as e:
                if e.errno not in _NOT_SYNCABLE:
                    raise OutputError(f"{self.path}: cannot write: {e.strerror}") from None

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
            self._do(self.stream.write, "\n".join(lines) + "\n")
            self._do(self.stream.flush)

    def _do(self, step, *args) -> None:
        """A step of writing; a stream that cannot be written (a full disk, /dev/full) is one clear error."""
        try:
            step(*args)
        except BrokenPipeError:
            _silence_stdout()
            raise
        except OSError as e:
            _silence_stdout()
            raise OutputError(f"stdout: cannot write: {e.strerror}") from None

    def sync(self) -> None:
        self._do(self.stream.flush)

    def rollback(self, size: Optional[int]) -> None:
        """Lines already on a stream cannot be taken back."""

    def close(self) -> None:
        self._do(self.stream.flush)


def _silence_stdout() -> None:
    """Point stdout at /dev/null once it cannot be written: the interpreter flushes it again on exit,
    and that must not print a traceback."""
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


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
        self.position: Optional[dict] = None  # where an engine that reads by partitions is, with committed

    def write(self, outcomes: list[Outcome], position: Optional[dict] = None) -> None:
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
        s.fields_cut += sum(1 for o in outcomes if o.fields_cut)
        s.claims_dropped += sum(o.claims_dropped for o in outcomes)
        s.evidence_cut += sum(o.evidence_cut for o in outcomes)
        self.committed = (s.model_copy(deep=True), self.claims_out.size, self.rejects_out.size)
        self.position = position

    def sync(self) -> None:
        self.claims_out.sync()
        self.rejects_out.sync()

    def rollback(self) -> None:
        """Cut both files back to the sizes that go with the counts (after a failed or stopped write)."""
        _, claims_size, rejects_size = self.committed
        self.claims_out.rollback(claims_size)
        self.rejects_out.rollback(rejects_size)

    def close(self) -> None:
        self.claims_out.close()
        self.rejects_out.close()

    def summary_line(self) -> str:
        s = self.summary
        line = (f"articles {s.read - s.rejected} ({s.with_claims} with claims, {s.without_claims} without), "
                f"claims {s.claims}, rejects {s.rejected}")
        if s.truncated:
            line += f", cut at --max-chars {s.truncated}"
        for count, what in ((s.fields_cut, "ids, titles or URLs cut at --max-field-chars"),
                            (s.claims_dropped, "claims over --max-claims dropped"),
                            (s.evidence_cut, "evidence narrowed to --max-evidence-chars")):
            if count:
                line += f", {what} {count}"
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
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise OutputError(f"{path}: cannot write: {e.strerror}") from None

