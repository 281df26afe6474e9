"""What the checker knows about each snapshot series: benchmark, version, how its rank reads.

A series is the file-name prefix of its snapshots (``chatbot-arena`` in
``chatbot-arena_2024-07-07.csv``). A series nobody described here is its own
benchmark with default settings, so a new board needs only its CSV files; a
folder may also carry ``boards.json`` ({series: {field: value}}) to describe
or override series.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Optional

from ..errors import SnapshotError

BOARDS_FILE = "boards.json"


@dataclass(frozen=True)
class Series:
    """One snapshot series: the files named ``<id>_<date>[_suffix].csv``."""

    id: str
    benchmark: str
    label: str = ""
    start: Optional[date] = None  # version in force from this date (versioned boards)
    tier: int = 0  # 0 the board's own table, 1 official ratings with computed ranks (secondary files: 2)
    rank_kind: str = "rank"  # how the reason names the board's rank
    rank_scope: Optional[str] = None  # the scope the board's own rank covers when it ranks only some rows
    open_only: bool = False  # the board lists only open models
    license_column: Optional[str] = None
    score_unit: Optional[str] = None  # 'elo' where scores are Elo ratings
    name_columns: tuple[str, ...] = ()  # more columns holding entry names
    exclude: tuple[str, ...] = ()  # rows that are no models (human baseline)
    published_log: Optional[str] = None  # CSV giving when each dated update went public
    show_row: bool = False  # the rank is no ordinal (Rank UB): also say the row

    @property
    def name(self) -> str:
        return self.label or self.id


BUILTIN: dict[str, Series] = {
    s.id: s
    for s in (
        Series("open-llm-leaderboard-v1", "open-llm-leaderboard", "Open LLM Leaderboard v1",
               rank_kind="computed rank", open_only=True, name_columns=("fullname",)),
        Series("open-llm-leaderboard-v2", "open-llm-leaderboard", "Open LLM Leaderboard v2",
               start=date(2024, 6, 26), rank_kind="computed rank", open_only=True, name_columns=("fullname",)),
        Series("chatbot-arena", "chatbot-arena", "Chatbot Arena", rank_kind="displayed rank (Rank UB)",
               license_column="license", score_unit="elo", show_row=True),
        Series("chatbot-arena-ratings", "chatbot-arena", "Chatbot Arena ratings", tier=1,
               rank_kind="computed rank", license_column="License", score_unit="elo",
               name_columns=("key",), published_log="chatbot-arena_official-update-log.csv"),
        Series("superclue", "superclue", "SuperCLUE", rank_kind="board rank", rank_scope="chinese",
               exclude=("人类",)),
    )
}


def series_for(series_id: str, overrides: dict[str, Series]) -> Series:
    """The description of a series: the folder's, the built-in one, or defaults."""
    return overrides.get(series_id) or BUILTIN.get(series_id) or Series(series_id, series_id)


def load_overrides(folder: Path) -> dict[str, Series]:
    """Series described in the folder's ``boards.json``, merged over the built-in ones."""
    path = folder / BOARDS_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise SnapshotError(f"{path}: cannot read: {e}") from None
    if not isinstance(data, dict):
        raise SnapshotError(f"{path}: expected an object of series")
    return {sid: _series_from(sid, spec, path) for sid, spec in data.items()}


def _series_from(sid: str, spec: object, path: Path) -> Series:
    known = {f.name for f in fields(Series)} - {"id"}
    if not isinstance(spec, dict) or set(spec) - known:
        raise SnapshotError(f"{path}: series {sid!r}: expected an object with keys among {sorted(known)}")
    base = BUILTIN.get(sid) or Series(sid, spec.get("benchmark", sid))
    values = dict(spec)
    try:
        if values.get("start"):
            values["start"] = date.fromisoformat(values["start"])
    except (TypeError, ValueError):
        raise SnapshotError(f"{path}: series {sid!r}: start is not an ISO date") from None
    for key in ("name_columns", "exclude"):
        if key in values:
            values[key] = tuple(values[key])
    return replace(base, **values)
