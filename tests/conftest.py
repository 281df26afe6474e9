"""Shared fixtures: the pipeline (built once) and the shared evaluation data, when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "eval" / "dev.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from extractor.nlp import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def dev_articles() -> dict:
    """The shared dev set by id; tests that need it skip, saying why, where it is absent."""
    if not DEV.exists():
        pytest.skip(f"shared evaluation data not found at {DEV}")
    return {row["id"]: row for row in map(json.loads, DEV.read_text(encoding="utf-8").splitlines()) if row}
