"""The flat tables: claims joined with their verdicts as CSV (one row a claim), and SQLite for Datasette.

The SQLite file has ``articles``, ``claims`` and ``verdicts`` tables linked by
foreign keys (made with sqlite-utils), a ``claims_checked`` view joining claims
with their verdicts, and full-text search over the evidence, so
``datasette report.db`` browses, facets and searches it as it is.

CSV cells of article text that a spreadsheet would take for a formula (starting
with = + - @ or a tab) get a leading apostrophe; the SQLite file keeps every
value exactly.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterator, Optional

from ..errors import InputError
from ..records import Claim
from .data import ClaimEntry, Dataset, VerdictView

CLAIM_COLUMNS = [
    "claim_id", "article_id", "article_url", "article_title", "article_published", "kind",
    "subject", "subject_type", "vendor", "vendor_source", "canonical", "family", "benchmark", "benchmark_id",
    "benchmark_part", "rank", "top_n", "scope", "score", "unit", "metric", "relation", "objects", "count", "as_of",
    "evidence", "evidence_start", "evidence_end", "confidence",
]
VERDICT_COLUMNS = ["verdict", "cause", "reason", "snapshot", "snapshot_date", "leaderboard", "fidelity", "entry",
                   "expected", "found", "candidates"]
_TEXT_FROM_ARTICLES = {"article_id", "article_url", "article_title", "subject", "vendor", "benchmark", "scope",
                       "metric", "objects", "evidence"}
_ARTICLE_COLUMNS = {"article_url", "article_title", "article_published"}  # in the articles table
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def claim_row(claim: Claim) -> dict[str, Any]:
    """A claim as one flat row (objects joined by '; ')."""
    subject, score = claim.subject, claim.score
    return {
        "claim_id": claim.id, "article_id": claim.article.id, "article_url": claim.article.url,
        "article_title": claim.article.title, "article_published": _iso(claim.article.published),
        "kind": claim.kind, "subject": subject.text, "subject_type": subject.type, "vendor": subject.vendor,
        "vendor_source": subject.vendor_source, "canonical": subject.canonical, "family": subject.family,
        "benchmark": claim.benchmark.text, "benchmark_id": claim.benchmark.id,
        "benchmark_part": claim.benchmark.part, "rank": claim.rank,
        "top_n": claim.top_n, "scope": claim.scope, "score": score.value if score else None,
        "unit": score.unit if score else None, "metric": score.metric if score else None,
        "relation": claim.relation, "objects": "; ".join(o.text for o in claim.objects) or None,
        "count": claim.count, "as_of": _iso(claim.as_of), "evidence": claim.evidence.text,
        "evidence_start": claim.evidence.start, "evidence_end": claim.evidence.end, "confidence": claim.confidence,
    }


def verdict_row(verdict: Optional[VerdictView]) -> dict[str, Any]:
    """A verdict's columns (all empty for a claim that was not checked)."""
    if verdict is None:
        return dict.fromkeys(VERDICT_COLUMNS)
    return {"verdict": verdict.verdict, "cause": verdict.cause, "reason": verdict.reason, "snapshot": verdict.snapshot,
            "snapshot_date": _iso(verdict.snapshot_date), "leaderboard": verdict.leaderboard,
            "fidelity": verdict.fidelity, "entry": verdict.entry, "expected": _flat(verdict.expected), "found": _flat(verdict.found),
            "candidates": "; ".join(verdict.candidates) or None}


def _iso(day) -> Optional[str]:
    return day.isoformat() if day else None


def _flat(value: Any) -> Any:
    """A verdict value as one cell: lists as JSON, numbers and strings as they are."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


def _joined(data: Dataset) -> Iterator[tuple[ClaimEntry, dict[str, Any]]]:
    for entry in data.claims:
        yield entry, {**claim_row(entry.claim()), **verdict_row(entry.verdict)}


def _cell(column: str, value: Any) -> Any:
    if column in _TEXT_FROM_ARTICLES and isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(data: Dataset, path: Path) -> int:
    """Claims joined with their verdicts, one row a claim, in report order; returns the rows written."""
    rows = 0
    try:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=CLAIM_COLUMNS + VERDICT_COLUMNS)
            writer.writeheader()
            for _, row in _joined(data):
                writer.writerow({k: _cell(k, v) for k, v in row.items()})
                rows += 1
    except OSError as e:
        raise InputError(f"{path}: cannot write: {e.strerror}") from None
    return rows


def write_sqlite(data: Dataset, path: Path) -> None:
    """A fresh SQLite file with articles, claims and verdicts (replacing any file at ``path``)."""
    import sqlite_utils

    try:
        path.unlink(missing_ok=True)
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA synchronous = OFF")  # a fresh file, written once: no need to sync every step
    except OSError as e:
        raise InputError(f"{path}: cannot write: {e.strerror}") from None
    with db.conn:
        db["articles"].insert_all(
            ({"id": a.id, "url": a.url, "title": a.title, "published": _iso(a.published), "claims": len(a.claims),
              "text": a.text} for a in data.articles),
            pk="id", columns={"id": str, "url": str, "title": str, "published": str, "claims": int, "text": str})
        db["claims"].insert_all(
            ({k: v for k, v in row.items() if k in CLAIM_COLUMNS and k not in _ARTICLE_COLUMNS}
             for _, row in _joined(data)),
            pk="claim_id", foreign_keys=[("article_id", "articles", "id")],
            columns={"rank": int, "top_n": int, "score": float, "count": int, "confidence": float}, batch_size=1000)
        db["verdicts"].insert_all(
            ({"claim_id": entry.verdict.claim_id, **verdict_row(entry.verdict)}
             for entry in data.claims if entry.verdict is not None),
            pk="claim_id", foreign_keys=[("claim_id", "claims", "claim_id")],
            columns=dict.fromkeys(VERDICT_COLUMNS, str), batch_size=1000)
    db.create_view("claims_checked", "select claims.*, " + ", ".join(f"verdicts.{c}" for c in VERDICT_COLUMNS)
                   + " from claims left join verdicts using (claim_id)")
    db["claims"].enable_fts(["subject", "benchmark", "evidence"], create_triggers=False)
    db["articles"].enable_fts(["title"], create_triggers=False)
    db.close()
