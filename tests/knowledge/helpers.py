"""A user's knowledge overlay, written file by file: a new vendor, a new model family, a new benchmark."""

from __future__ import annotations

import json
from pathlib import Path

OVERLAY_ROWS = {
    "vendors.jsonl": [{"id": "zentrox", "name": "Zentrox", "aliases": ["Zentrox", "Zentrox Labs"]}],
    "families.jsonl": [{"family": "Quasar", "vendor": "zentrox", "names": ["Quasar", "QSR"]}],
    "benchmarks.jsonl": [{"id": "duel-board", "name": "Crowd Duel Board", "aliases": ["Duel Board"],
                          "leaderboard": True}],
    "board_aliases.jsonl": [{"kind": "model", "name": "Quasar-3", "board": "duel-board",
                             "entries": ["zentrox/qsr-3-preview"]}],
}


def write_rows(folder: Path, files: dict[str, list[dict]]) -> Path:
    """Write JSONL knowledge files, one row a line, into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in files.items():
        (folder / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return folder


def write_overlay(folder: Path) -> Path:
    """The overlay of ``OVERLAY_ROWS`` in ``folder``."""
    return write_rows(folder, OVERLAY_ROWS)
