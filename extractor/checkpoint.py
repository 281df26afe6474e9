"""Checkpoints for ``extract --resume``: how far a run got, in a small file next to its output.

``OUT.progress`` says how many input records are fully written and the byte
sizes of the claims and rejects files at that moment, with the counts so far
and a fingerprint of the inputs (each file's path, size, time and end blocks)
and options. It is replaced in one step after
the output files are synced, so whatever kills the run, the last checkpoint
describes a prefix of the output. Resuming cuts the files back to that prefix
(dropping a block written after it), skips that many input records and goes on.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from . import __version__
from .errors import InputError, UsageError, shown
from .ingest import Source
from .output import ResultWriter, write_atomic
from .records import RunSummary


@dataclass
class Checkpoint:
    """A consistent point of a run: records done, file sizes, counts."""

    run: dict
    done: int
    output_bytes: int
    rejects_bytes: int
    summary: dict
    position: Optional[dict] = None  # the Dask engine's: the next partition, and the lines before it

    def save(self, path: Path) -> None:
        write_atomic(path, json.dumps(asdict(self)) + "\n")

    @classmethod
    def load(cls, path: Path) -> Optional["Checkpoint"]:
        """The checkpoint at ``path``, None when there is none, an error when it is damaged."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(**raw)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError) as e:
            raise InputError(f"{path}: cannot resume: damaged progress file ({e})") from None

    def restored_summary(self) -> RunSummary:
        """The counts at the checkpoint. The local engine reads the inputs again from the start and
        counts the archive records it skips again; the Dask engine goes on from a partition."""
        summary = RunSummary.model_validate(self.summary)
        if self.position is None:
            summary.skipped = {}
        return summary


_BLOCK = 4096  # bytes hashed at each end of an input file
_LISTED = 1000  # input files named one by one in a checkpoint; more are kept as a digest only


def file_fingerprint(path: str) -> list:
    """A file as a resumption must find it again: resolved path, size, modification time and a
    hash of its first and last blocks (a same-size edit at either end shows)."""
    real = os.path.realpath(path)
    try:
        with open(real, "rb") as fh:
            st = os.fstat(fh.fileno())
            digest = hashlib.sha256(fh.read(_BLOCK))
            if st.st_size > _BLOCK:
                fh.seek(max(_BLOCK, st.st_size - _BLOCK))
                digest.update(fh.read(_BLOCK))
    except OSError as e:
        return [real, f"unreadable: {e.strerror}"]
    return [real, st.st_size, st.st_mtime_ns, digest.hexdigest()[:32]]


def run_fingerprint(sources: Iterable[Source], options: dict) -> dict:
    """What must not change between a run and its resumption: every input file as found (see
    ``file_fingerprint``), the tool's version and every option that changes the output. Inputs
    are kept as a digest, with the list itself for the first thousand files (to name a change)."""
    files = [[s.path, s.problem] if s.problem or s.path == "-" else file_fingerprint(s.path) for s in sources]
    digest = hashlib.sha256(json.dumps(files).encode("ascii")).hexdigest()
    inputs = {"files": len(files), "digest": digest, "list": files if len(files) <= _LISTED else None}
    return {"inputs": inputs, "version": __version__, **options}


def check_same_run(checkpoint: Checkpoint, run: dict, output: str) -> None:
    """A resumption must read the same inputs with the same options, or it would mix two runs."""
    if checkpoint.run == run:
        return
    changed = sorted(k for k in set(run) | set(checkpoint.run) if run.get(k) != checkpoint.run.get(k))
    detail = [_input_change(checkpoint.run.get("inputs"), run["inputs"])] if "inputs" in changed else []
    detail += [k.replace("_", "-") for k in changed if k != "inputs"]
    raise UsageError(f"extractor: cannot resume {output}: {', '.join(detail)} differ from the interrupted run "
                     "(run without --resume to start over)")


def _input_change(before, now: dict) -> str:
    """Which input changed, in a few words: the first file added, gone or changed, where known."""
    if not isinstance(before, dict) or before.get("list") is None or now["list"] is None:
        count = before.get("files") if isinstance(before, dict) else "?"
        return f"inputs ({now['files']} files, {count} before)"
    old = {str(f[0]): f for f in before["list"] if f}
    new = {str(f[0]): f for f in now["list"] if f}
    for path in new:
        if path not in old:
            return f"inputs ({shown(path, 120)} is new)"
    for path in old:
        if path not in new:
            return f"inputs ({shown(path, 120)} is gone)"
    changed = next((p for p in new if new[p] != old[p]), None)
    return f"inputs ({shown(changed, 120)} changed)" if changed else "inputs (their order)"


class Checkpointer:
    """Saves the writer's committed state every ``interval`` seconds, and on demand."""

    def __init__(self, path: Path, run: dict, writer: ResultWriter, elapsed: Callable[[], float],
                 interval: float = 1.0):
        self.path, self.run, self.writer, self.elapsed, self.interval = path, run, writer, elapsed, interval
        self._last = time.monotonic()

    def maybe_save(self) -> None:
        if time.monotonic() - self._last >= self.interval:
            self.save()

    def save(self) -> None:
        """Sync the output files, then record how far they go."""
        summary, out_bytes, rejects_bytes = self.writer.committed
        self.writer.sync()
        counts = summary.model_dump(mode="json") | {"elapsed_s": round(self.elapsed(), 3)}
        Checkpoint(self.run, summary.read, out_bytes or 0, rejects_bytes or 0, counts,
                   self.writer.position).save(self.path)
        self._last = time.monotonic()
