"""What the checker knows about each snapshot series: benchmark, version, fidelity, how its rank reads.

A series is the file-name prefix of its snapshots (``chatbot-arena`` in
``chatbot-arena_2024-07-07.csv``). Series are described as data, in the
``boards.json`` of a snapshot folder ({series: {field: value}}); the bundled
folder's file describes the shipped boards and a user folder's file adds or
overrides series. A series nobody described is its own benchmark with default
settings, so a new board needs only its CSV files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, Optional, get_args

from ..errors import SnapshotError

BOARDS_FILE = "boards.json"
MAX_BOARDS_BYTES = 1_000_000

Fidelity = Literal["displayed", "official", "recomputed", "secondary"]
FIDELITIES: tuple[str, ...] = get_args(Fidelity)
"""Best first: the board's displayed table; the board's own data export; figures recomputed
from official result files by someone else; a press or blog quote."""

CONTRADICTING: dict[str, frozenset[str]] = {
    "by score": frozenset({"displayed", "official"}),
    "by rank": frozenset({"displayed"}),
}
"""The fidelities that may contradict a claim: a rank needs the displayed table itself (an
export also holds the entries the page hides); a score may come from the board's own export."""

FIDELITY_WORDS = {
    "displayed": "the board's displayed table",
    "official": "the board's own data export",
    "recomputed": "recomputed from official result files, not the displayed table",
    "secondary": "a secondary source (press or blog quote)",
}


@dataclass(frozen=True)
class FileNote:
    """What one snapshot file is, where it differs from its series."""

    fidelity: Optional[str] = None
    note: str = ""
    decimals: Optional[int] = None


@dataclass(frozen=True)
class Series:
    """One snapshot series: the files named ``<id>_<date>[_suffix].csv``."""

    id: str
    benchmark: str
    label: str = ""
    start: Optional[date] = None  # version in force from this date (versioned boards)
    fidelity: str = "displayed"  # what the files are, unless ``files`` or a 'secondary' suffix says otherwise
    note: str = ""
    rank_kind: str = "rank"  # how the reason names the board's rank
    rank_scope: Optional[str] = None  # the scope the board's own rank covers when it ranks only some rows
    open_only: bool = False  # the board lists only open models
    license_column: Optional[str] = None
    score_unit: Optional[str] = None  # 'elo' where scores are Elo ratings
    decimals: Optional[int] = None  # decimals the board displays scores with (None: as the file writes them)
    name_columns: tuple[str, ...] = ()  # more columns holding entry names
    exclude: tuple[str, ...] = ()  # rows that are no models (human baseline)
    categories: tuple[str, ...] = ()  # category boards (Hard Prompts ...) that the snapshots are NOT
    published_log: Optional[str] = None  # CSV in the folder giving when each dated update went public
    show_row: bool = False  # the rank is no ordinal (Rank UB): also say the row
    files: tuple[tuple[str, FileNote], ...] = ()  # per-file fidelity and notes, by file name

    @property
    def name(self) -> str:
        return self.label or self.id

    def file_note(self, file_name: str) -> FileNote:
        return dict(self.files).get(file_name, FileNote())


def bundled_folder() -> Path:
    """The shipped snapshots, package data of ``extractor.check`` (found in an installed wheel too)."""
    root = resources.files(__package__) / "leaderboards"
    if not isinstance(root, Path) or not root.is_dir():
        raise SnapshotError(f"the bundled leaderboard snapshots are missing ({root}): reinstall extractor, "
                            "or pass --leaderboards DIR")
    return root


@lru_cache(maxsize=1)
def bundled_boards() -> dict[str, Series]:
    """The shipped board descriptions: they apply to any folder holding those boards' files."""
    return load_boards(bundled_folder(), {})


def series_for(series_id: str, described: dict[str, Series]) -> Series:
    """The description of a series: from the folders' boards.json, or defaults."""
    return described.get(series_id) or Series(series_id, series_id)


def load_boards(folder: Path, base: dict[str, Series]) -> dict[str, Series]:
    """Series described in the folder's ``boards.json``, merged over ``base`` (earlier folders)."""
    path = folder / BOARDS_FILE
    if not path.exists():
        return dict(base)
    data = _read_json(path, folder)
    if not isinstance(data, dict):
        raise SnapshotError(f"{path}: expected an object of series")
    merged = dict(base)
    for sid, spec in data.items():
        merged[sid] = _series_from(sid, spec, path, base.get(sid))
    return merged


def _read_json(path: Path, folder: Path):
    from .snapshots import inside

    if not inside(path, folder):
        raise SnapshotError(f"{path}: points outside its snapshot folder")
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_BOARDS_BYTES + 1)
        if len(raw) > MAX_BOARDS_BYTES:
            raise SnapshotError(f"{path}: larger than {MAX_BOARDS_BYTES:,} bytes")
        return json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise SnapshotError(f"{path}: cannot read: {e}") from None


def _series_from(sid: str, spec: object, path: Path, base: Optional[Series]) -> Series:
    known = {f.name for f in fields(Series)} - {"id"}
    if not isinstance(spec, dict) or set(spec) - known:
        raise SnapshotError(f"{path}: series {sid!r}: expected an object with keys among {sorted(known)}")
    values = dict(spec)
    try:
        if values.get("start"):
            values["start"] = date.fromisoformat(values["start"])
        for key in ("name_columns", "exclude", "categories"):
            if key in values:
                values[key] = tuple(str(v) for v in values[key])
        if "files" in values:
            notes = dict(base.files) if base else {}
            notes.update((name, _file_note(note)) for name, note in dict(values["files"]).items())
            values["files"] = tuple(notes.items())
    except (TypeError, ValueError) as e:
        raise SnapshotError(f"{path}: series {sid!r}: {e}") from None
    _check_fidelity(values.get("fidelity"), f"{path}: series {sid!r}")
    for name, note in values.get("files", ()):
        _check_fidelity(note.fidelity, f"{path}: series {sid!r}: file {name!r}")
    published_log = values.get("published_log")
    if published_log is not None and (not isinstance(published_log, str) or Path(published_log).is_absolute()
                                      or ".." in Path(published_log).parts):
        raise SnapshotError(f"{path}: series {sid!r}: published_log must be a file name inside the folder")
    return replace(base or Series(sid, values.get("benchmark", sid)), **values)


def _file_note(spec: object) -> FileNote:
    if not isinstance(spec, dict) or set(spec) - {"fidelity", "note", "decimals"}:
        raise ValueError("a file's entry takes fidelity, note and decimals")
    return FileNote(**spec)


def _check_fidelity(value: Optional[str], where: str) -> None:
    if value is not None and value not in FIDELITIES:
        raise SnapshotError(f"{where}: fidelity {value!r} is not one of {', '.join(FIDELITIES)}")
