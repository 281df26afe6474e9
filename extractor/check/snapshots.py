"""Leaderboard snapshots: find them in a folder, choose one for a date, read it once.

A snapshot is a CSV named ``<series>_<YYYY-MM-DD>[_suffix].csv`` (or
``<series>_<YYYY-MM>[_suffix].csv`` for a monthly table, dated the month's last
day) whose first columns are ``rank, model, vendor, score``. The folder is
indexed by file name only; a CSV is parsed the first time a claim needs it and
kept for the rest of the batch. See corpus/leaderboards/README.md.
"""

from __future__ import annotations

import calendar
import csv
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..errors import SnapshotError
from .boards import Series, load_overrides, series_for

log = logging.getLogger(__name__)

WINDOW_DAYS = 45
"""A snapshot counts for a date when it went public at most this many days before it."""

REQUIRED_COLUMNS = ("rank", "model", "vendor", "score")
SECONDARY_TIER = 2
_NAME = re.compile(r"^(?P<series>.+?)_(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:_(?P<suffix>[^/]+))?\.csv$")


@dataclass(frozen=True)
class SnapshotFile:
    """One snapshot file, known by its name before it is read."""

    path: Path
    rel: str  # path inside the folder: what verdicts cite
    series: Series
    date: date
    available: date  # when it went public (the date, unless a publication log says later)
    suffix: str = ""

    @property
    def secondary(self) -> bool:
        return "secondary" in self.suffix

    @property
    def partial(self) -> bool:
        return "partial" in self.suffix

    @property
    def tier(self) -> int:
        return SECONDARY_TIER if self.secondary else self.series.tier


@dataclass
class Entry:
    """One row of a snapshot."""

    name: str
    vendor: str
    score: Optional[float]
    score_text: str
    rank: Optional[int]  # the board's own rank (or the computed one when the board has none)
    place: Optional[int]  # competition rank on score over all rows: ties share a place
    position: int  # 1-based row order
    names: tuple[str, ...]  # the name plus any other name columns
    row: dict[str, str]


@dataclass
class Snapshot:
    """A parsed snapshot: its entries in file order, with derived indexes cached in ``cache``."""

    file: SnapshotFile
    entries: list[Entry]
    columns: tuple[str, ...]
    rank_computed: bool  # the file had no rank column values: ranks were computed from scores
    cache: dict = field(default_factory=dict)

    @property
    def series(self) -> Series:
        return self.file.series

    @property
    def full_rank(self) -> bool:
        """Whether the board's rank covers every row (SuperCLUE leaves foreign models unranked)."""
        return all(e.rank is not None for e in self.entries)

    @property
    def rank_kind(self) -> str:
        return "computed rank" if self.rank_computed else self.series.rank_kind


@dataclass(frozen=True)
class Choice:
    """The snapshot chosen for a claim, or why there is none, plus notes for the reason."""

    file: Optional[SnapshotFile]
    reason: str = ""
    notes: tuple[str, ...] = ()


def file_date(text: str) -> date:
    """``YYYY-MM-DD``, or ``YYYY-MM`` meaning the month's last day (monthly tables appear at its end)."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 2:
        parts.append(calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts)


class Library:
    """The snapshots of one folder: an index by benchmark, parsed files cached."""

    def __init__(self, folder: Path):
        if not folder.is_dir():
            raise SnapshotError(f"{folder}: no such leaderboard folder (pass --leaderboards DIR)")
        self.folder = folder
        self._overrides = load_overrides(folder)
        self._logs: dict[str, dict[date, date]] = {}
        self.files: dict[str, list[SnapshotFile]] = {}
        for path in sorted(folder.rglob("*.csv")):
            snap_file = self._index(path)
            if snap_file is not None:
                self.files.setdefault(bench_key(snap_file.series.benchmark), []).append(snap_file)
        self._parsed: dict[Path, Snapshot] = {}

    def _index(self, path: Path) -> Optional[SnapshotFile]:
        m = _NAME.match(path.name)
        if not m:
            if not path.name.endswith("-log.csv"):
                log.warning("%s: not a snapshot name (<board>_<YYYY-MM-DD>[_suffix].csv): skipped", path)
            return None
        try:
            day = file_date(m["date"])
        except ValueError:
            raise SnapshotError(f"{path}: {m['date']!r} is not a date") from None
        series = series_for(m["series"], self._overrides)
        return SnapshotFile(path=path, rel=path.relative_to(self.folder).as_posix(), series=series,
                            date=day, available=self._published(series, day), suffix=m["suffix"] or "")

    def _published(self, series: Series, day: date) -> date:
        """When an update dated ``day`` went public, from the series' publication log if any."""
        if not series.published_log:
            return day
        if series.published_log not in self._logs:
            self._logs[series.published_log] = read_publication_log(self.folder / series.published_log)
        return self._logs[series.published_log].get(day, day)

    def choose(self, benchmark: str, on: Optional[date], hint: Optional[str] = None,
               window: int = WINDOW_DAYS) -> Choice:
        """The snapshot for a claim: version in force, then lowest tier, then latest within the window."""
        files = self.files.get(bench_key(benchmark), [])
        if not files:
            return Choice(None, f"no leaderboard snapshots for benchmark {benchmark!r}")
        files = _version_hinted(files, hint)
        if on is None:
            best = _preferred(_in_force(files, None))
            return Choice(best, notes=(f"no article date: used latest snapshot {best.rel}",) + _tier_note(best))
        in_force = _in_force(files, on)
        if not in_force:
            return Choice(None, f"no version of {benchmark!r} was in force on {on.isoformat()}")
        usable = [f for f in in_force if f.available <= on and (on - f.available).days <= window]
        if usable:
            best = _preferred(usable)
            return Choice(best, notes=_tier_note(best))
        return Choice(None, _none_in_window(in_force, on, window))

    def load(self, snap_file: SnapshotFile) -> Snapshot:
        """The parsed snapshot, read once per folder."""
        if snap_file.path not in self._parsed:
            self._parsed[snap_file.path] = read_snapshot(snap_file)
        return self._parsed[snap_file.path]


def bench_key(benchmark: str) -> str:
    """Benchmark ids compare ignoring case and punctuation, as the scorer does."""
    return re.sub(r"[^a-z0-9.]", "", benchmark.lower()).strip(".")


def _version_hinted(files: list[SnapshotFile], hint: Optional[str]) -> list[SnapshotFile]:
    """Keep one version when the benchmark as written names it ('Open LLM Leaderboard v1')."""
    m = re.search(r"\bv(\d+)\b", hint or "", re.IGNORECASE)
    if not m:
        return files
    wanted = [f for f in files if f.series.id.endswith(f"-v{m[1]}")]
    return wanted or files


def _in_force(files: list[SnapshotFile], on: Optional[date]) -> list[SnapshotFile]:
    """The files of the version in force on ``on`` (the newest version when ``on`` is None)."""
    starts = {f.series.start for f in files if on is None or f.series.start is None or f.series.start <= on}
    if not starts:
        return []
    current = max(starts, key=lambda d: d or date.min)
    return [f for f in files if f.series.start == current]


def _preferred(files: list[SnapshotFile]) -> SnapshotFile:
    """The board's own table before ratings before secondary sources; then the latest."""
    return min(files, key=lambda f: (f.tier, -f.available.toordinal(), -f.date.toordinal()))


def _tier_note(f: SnapshotFile) -> tuple[str, ...]:
    if f.secondary:
        return ("secondary source, partial table",) if f.partial else ("secondary source",)
    if f.series.tier:
        return (f"{f.series.name}: ranks computed from the ratings",)
    return ()


def _none_in_window(files: list[SnapshotFile], on: date, window: int) -> str:
    label = min(files, key=lambda f: f.tier).series.name
    text = f"no {label} snapshot within {window} days before {on.isoformat()}"
    earlier = [f for f in files if f.available <= on]
    later = [f for f in files if f.available > on]
    if earlier:
        text += f" (latest earlier: {max(earlier, key=lambda f: f.available).rel})"
    elif later:
        text += f" (earliest: {min(later, key=lambda f: f.available).rel})"
    return text


def read_publication_log(path: Path) -> dict[date, date]:
    """``update_date`` -> the date its commit went public (``commit_datetime``), from a log CSV."""
    if not path.exists():
        return {}
    out = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            try:
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["update_date"]):  # '2024-04-22-2': a re-upload, no file
                    out[date.fromisoformat(row["update_date"])] = datetime.fromisoformat(row["commit_datetime"]).date()
            except (KeyError, TypeError, ValueError):
                raise SnapshotError(f"{path}:{n}: expected update_date and commit_datetime") from None
    return out


def read_snapshot(snap_file: SnapshotFile) -> Snapshot:
    """Parse one snapshot CSV into entries with board and computed ranks."""
    path = snap_file.path
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            columns = tuple(reader.fieldnames or ())
            missing = [c for c in REQUIRED_COLUMNS if c not in columns]
            if missing:
                raise SnapshotError(f"{path}: missing column(s) {', '.join(missing)} (need {', '.join(REQUIRED_COLUMNS)})")
            rows = [(n, row) for n, row in enumerate(reader, 2) if (row.get("model") or "").strip()]
    except (OSError, UnicodeDecodeError) as e:
        raise SnapshotError(f"{path}: cannot read: {e}") from None
    series = snap_file.series
    entries = [_entry(path, n, row, series) for n, row in rows if row["model"].strip() not in series.exclude]
    for i, e in enumerate(entries, 1):
        e.position = i
    _assign_places(entries)
    computed = bool(entries) and all(e.rank is None for e in entries)
    if computed:
        for e in entries:
            e.rank = e.place
    return Snapshot(file=snap_file, entries=entries, columns=columns, rank_computed=computed)


def _entry(path: Path, line: int, row: dict[str, str], series: Series) -> Entry:
    name = row["model"].strip()
    extra = tuple(row[c].strip() for c in series.name_columns if (row.get(c) or "").strip())
    return Entry(name=name, vendor=(row.get("vendor") or "").strip(),
                 score=_number(row.get("score"), path, line, float), score_text=(row.get("score") or "").strip(),
                 rank=_number(row.get("rank"), path, line, int), place=None, position=0,
                 names=(name, *[n for n in extra if n != name]), row=row)


def _number(text: Optional[str], path: Path, line: int, kind):
    text = (text or "").strip()
    if not text:
        return None
    try:
        return kind(float(text)) if kind is int else kind(text)
    except ValueError:
        raise SnapshotError(f"{path}:{line}: {text!r} is not a number") from None


def _assign_places(entries: list[Entry]) -> None:
    """Standard competition ranking on score, descending: equal scores share a place (1, 2, 2, 4)."""
    scored = sorted((e for e in entries if e.score is not None), key=lambda e: -e.score)
    for i, e in enumerate(scored):
        prev = scored[i - 1] if i else None
        e.place = prev.place if prev is not None and prev.score == e.score else i + 1


@lru_cache(maxsize=8)
def library_for(folder: str) -> Library:
    """One library per folder for the life of the process (no re-reading per claim)."""
    return Library(Path(folder))
