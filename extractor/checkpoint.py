"""Checkpoints for ``extract --resume``: how far a run got, in a small file next to its output.

``OUT.progress`` says how many input records are fully written and the byte
sizes of the claims and rejects files at that moment, with the counts so far
and a fingerprint of the inputs and options. It is replaced in one step after
the output files are synced, so whatever kills the run, the last checkpoint
describes a prefix of the output. Resuming cuts the files back to that prefix
(dropping a block written after it), skips that many input records and goes on.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from .errors import InputError, UsageError
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
        """The counts at the checkpoint; archive skip counts are counted again while re-reading."""
        summary = RunSummary.model_validate(self.summary)
        summary.skipped = {}
        return summary


def run_fingerprint(inputs: Iterable[str], options: dict) -> dict:
    """What must not change between a run and its resumption: inputs (and their sizes) and options."""
    files = []
    for arg in inputs:
        path = Path(arg)
        files.append([arg, path.stat().st_size if path.is_file() else None])
    return {"inputs": files, **options}


def check_same_run(checkpoint: Checkpoint, run: dict, output: str) -> None:
    """A resumption must read the same inputs with the same options, or it would mix two runs."""
    if checkpoint.run != run:
        changed = sorted(k for k in set(run) | set(checkpoint.run) if run.get(k) != checkpoint.run.get(k))
        raise UsageError(f"extractor: cannot resume {output}: {', '.join(changed)} differ from the interrupted run "
                         "(run without --resume to start over)")


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
        Checkpoint(self.run, summary.read, out_bytes or 0, rejects_bytes or 0, counts).save(self.path)
        self._last = time.monotonic()
