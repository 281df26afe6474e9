"""Writing results: claims as JSONL, rejects to a side file, a summary that adds up."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Optional

from pydantic import BaseModel

from .records import Article, Reject, RunSummary
from .pipeline import Result


def dump_line(record: BaseModel) -> str:
    """One record as one compact JSON line (no trailing newline)."""
    return record.model_dump_json(exclude_none=False)


class ResultWriter:
    """Writes claims and rejects as they come, and counts everything it is given."""

    def __init__(self, claims_out: IO[str], rejects_out: Optional[IO[str]]):
        self.claims_out = claims_out
        self.rejects_out = rejects_out
        self.summary = RunSummary()

    def write(self, result: Result) -> None:
        self.summary.read += 1
        if isinstance(result.record, Reject):
            self.summary.rejected += 1
            if self.rejects_out is not None:
                self.rejects_out.write(dump_line(result.record) + "\n")
            return
        if result.claims:
            self.summary.with_claims += 1
        else:
            self.summary.without_claims += 1
        for claim in result.claims:
            self.claims_out.write(dump_line(claim) + "\n")
            self.summary.claims += 1

    def summary_line(self) -> str:
        s = self.summary
        line = (f"articles {s.read - s.rejected} ({s.with_claims} with claims, {s.without_claims} without), "
                f"claims {s.claims}, rejects {s.rejected}")
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
    path.write_text(json.dumps(summary.model_dump(), indent=2) + "\n", encoding="utf-8")


def stdout_text() -> IO[str]:
    return sys.stdout
