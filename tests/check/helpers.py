"""Helpers for checker tests: hand-written claims and small hand-made snapshot folders."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Optional

from extractor.check import check_claims
from extractor.records import Claim, Verdict

_ids = itertools.count(1)


def make_claim(kind: str, subject: str, benchmark: Optional[str] = "toy-board", published: Optional[str] = "2024-07-15",
               subject_type: str = "model", vendor: Optional[str] = None, evidence: str = "evidence text",
               url: Optional[str] = "https://example.org/a", benchmark_text: Optional[str] = None,
               benchmark_part: Optional[str] = None, **fields) -> Claim:
    """A claim record as `extract` would write it, with only what the checker reads filled in."""
    return Claim(
        id=f"c-test{next(_ids):04d}",
        article={"id": "a-test", "url": url, "title": "A test article", "published": published},
        kind=kind,
        subject={"text": subject, "type": subject_type, "vendor": vendor},
        benchmark={"id": benchmark, "text": benchmark_text, "part": benchmark_part},
        evidence={"text": evidence, "start": 0, "end": len(evidence)},
        confidence=0.9,
        **fields,
    )


def check_one(claim: Claim, folder: Optional[Path] = None) -> Verdict:
    """The single verdict for one claim."""
    (verdict,) = list(check_claims([claim], folder))
    return verdict


def write_board(folder: Path, name: str, rows: list[tuple], header: str = "rank,model,vendor,score") -> Path:
    """Write one snapshot CSV; rows are tuples in header order (None -> empty cell)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [header] + [",".join("" if v is None else str(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


TOY_ROWS = [
    (1, "Org/Alpha-70B-Instruct", "Org", 80.25),
    (2, "Meta-Beta-13B", "meta-llama", 75.5),
    (2, "Gamma-7B-Chat", "Gamma Labs", 75.5),
    (4, "Qwen/Qwen9-72B-Instruct", "Qwen", 70.0),
    (5, "Qwen/Qwen9-7B", "Qwen", 60.04),
    (6, "delta-2024-05-13", "OpenAI", 55.0),
]
