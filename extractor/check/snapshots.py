"""Leaderboard snapshots: find them in folders, choose one for a date, read it once.

A snapshot is a CSV named ``<series>_<YYYY-MM-DD>[_suffix].csv`` (or
``<series>_<YYYY-MM>[_suffix].csv`` for a monthly table, dated the month's last
day) whose first columns are ``rank, model, vendor, score``. Folders are
indexed by file name only; a CSV is parsed the first time a claim needs it and
kept for the rest of the batch. See leaderboards/README.md beside this module.
"""

from __future__ import annotations

import calendar
import csv
import io
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..errors import SnapshotError
from .boards import FIDELITIES, FIDELITY_WORDS, Series, bundled_boards, load_boards, series_for

log = logging.getLogger(__name__)

WINDOW_DAYS = 45
"""A snapshot counts for a date when it went public at most this many days before it."""

MAX_SNAPSHOT_BYTES = 20_000_000
"""A larger snapshot (or publication log) is refused: the shipped ones are under 1 MB each."""
MAX_ROWS = 100_000
MAX_NAME_CHARS = 300
"""Longer model names (in a snapshot row or a claim) are no names: such a row is skipped."""

REQUIRED_COLUMNS = ("rank", "model", "vendor", "score")
_NAME = re.compile(r"^(?P<series>.+?)_(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:_(?P<suffix>[^/]+))?\.csv$")


@dataclass(frozen=True)
class SnapshotFile:
    """One snapshot file, known by its name before it is read."""

    path: Path
    rel: str  # path inside its folder: what verdicts cite
    series: Series
    date: date
    available: date  # when it went public (the date, unless a publication log says later)
    suffix: str = ""
    fidelity: str = "displayed"
    note: str = ""
    decimals: Optional[int] = None  # decimals the board displays its scores with
    folder: Optional[Path] = None  # the snapshot folder it was found in

    @property
    def secondary(self) -> bool:
        return self.fidelity == "secondary"

    @property
    def partial(self) -> bool:
        return "partial" in self.suffix

    @property
    def tier(self) -> int:
        """Preference among files in the window: displayed, official, recomputed, secondary."""
        return FIDELITIES.index(self.fidelity)

    @property
    def what(self) -> str:
        """What the file is, in words, for reasons and listings."""
        return FIDELITY_WORDS[self.fidelity] + (", partial table" if self.partial else "")


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
    """The snapshot chosen for a claim, or why there is none; ``updates`` went public after it."""

    file: Optional[SnapshotFile]
    reason: str = ""
    updates: tuple[date, ...] = ()

    @property
    def stale(self) -> bool:
        """The board changed after this file and before the claim's date: it was no longer the live table."""
        return bool(self.updates)


def file_date(text: str) -> date:
    """``YYYY-MM-DD``, or ``YYYY-MM`` meaning the month's last day (monthly tables appear at its end)."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 2:
        parts.append(calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts)


def inside(path: Path, folder: Path) -> bool:
    """Whether ``path``, symlinks resolved, lies inside ``folder`` (symlinks resolved too)."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):
        return False


class Library:
    """The snapshots of one or more folders (later folders add files and override same-named ones)."""

    def __init__(self, folders: Path | Iterable[Path]):
        self.folders = [folders] if isinstance(folders, Path) else list(folders)
        for folder in self.folders:
            if not folder.is_dir():
                raise SnapshotError(f"{folder}: no such leaderboard folder (pass --leaderboards DIR)")
        self.described: dict[str, Series] = bundled_boards()
        for folder in self.folders:
            self.described = load_boards(folder, self.described)
        self._logs: dict[Path, dict[date, date]] = {}
        by_rel: dict[str, SnapshotFile] = {}
        for folder in self.folders:
            for path in _csv_files(folder):
                snap_file = self._index(path, folder)
                if snap_file is not None:
                    by_rel[snap_file.rel] = snap_file
        self.files: dict[str, list[SnapshotFile]] = {}
        for snap_file in sorted(by_rel.values(), key=lambda f: f.rel):
            self.files.setdefault(bench_key(snap_file.series.benchmark), []).append(snap_file)
        self._parsed: dict[Path, Snapshot] = {}
        self._updates: dict[tuple[str, ...], list[date]] = {}

    @property
    def folder(self) -> Path:
        """The first folder (the bundled one by default)."""
        return self.folders[0]

    def _index(self, path: Path, folder: Path) -> Optional[SnapshotFile]:
        m = _NAME.match(path.name)
        if not m:
            if not path.name.endswith("-log.csv"):
                log.warning("%s: not a snapshot name (<board>_<YYYY-MM-DD>[_suffix].csv): skipped", path)
            return None
        if not inside(path, folder) or not path.is_file():
            log.warning("%s: points outside its snapshot folder or is no regular file: skipped", path)
            return None
        if path.stat().st_size > MAX_SNAPSHOT_BYTES:
            log.warning("%s: larger than %s bytes: skipped", path, f"{MAX_SNAPSHOT_BYTES:,}")
            return None
        try:
            day = file_date(m["date"])
        except ValueError:
            raise SnapshotError(f"{path}: {m['date']!r} is not a date") from None
        series = series_for(m["series"], self.described)
        suffix = m["suffix"] or ""
        note = series.file_note(path.name)
        fidelity = note.fidelity or ("secondary" if "secondary" in suffix else series.fidelity)
        return SnapshotFile(path=path, rel=path.relative_to(folder).as_posix(), series=series, date=day,
                            available=self._published(series, day, folder), suffix=suffix, fidelity=fidelity,
                            note=note.note or series.note, decimals=note.decimals if note.decimals is not None
                            else series.decimals, folder=folder)

    def _published(self, series: Series, day: date, folder: Path) -> date:
        """When an update dated ``day`` went public, from the series' publication log if any."""
        return self._log(series, folder).get(day, day)

    def _log(self, series: Series, folder: Path) -> dict[date, date]:
        if not series.published_log:
            return {}
        path = folder / series.published_log
        if path not in self._logs:
            self._logs[path] = read_publication_log(path, folder)
        return self._logs[path]

    def choose(self, benchmark: str, on: date, hint: Optional[str] = None, window: int = WINDOW_DAYS) -> Choice:
        """The snapshot for a claim: version in force, then best fidelity, then latest within the window."""
        files = self.files.get(bench_key(benchmark), [])
        if not files:
            return Choice(None, f"no leaderboard snapshots for benchmark {benchmark!r}")
        in_force = _in_force(_version_hinted(files, hint), on)
        if not in_force:
            return Choice(None, f"no version of {benchmark!r} was in force on {on.isoformat()}")
        usable = [f for f in in_force if f.available <= on and (on - f.available).days <= window]
        if not usable:
            return Choice(None, _none_in_window(in_force, on, window))
        best = _preferred(usable)
        return Choice(best, updates=tuple(d for d in self.updates(in_force) if best.available < d <= on))

    def updates(self, files: list[SnapshotFile]) -> list[date]:
        """Days the board published a new state: its files' and its publication logs' dates."""
        key = tuple(f.rel for f in files)
        if key not in self._updates:
            days = {f.available for f in files}
            for f in files:
                days.update(self._log(f.series, f.folder or self.folder).values())
            self._updates[key] = sorted(days)
        return self._updates[key]

    def load(self, snap_file: SnapshotFile) -> Snapshot:
        """The parsed snapshot, read once per library."""
        if snap_file.path not in self._parsed:
            self._parsed[snap_file.path] = read_snapshot(snap_file)
        return self._parsed[snap_file.path]

    def all_files(self) -> list[SnapshotFile]:
        return [f for files in self.files.values() for f in files]


def _csv_files(folder: Path) -> list[Path]:
    """Every ``*.csv`` below ``folder``, sorted; symlinked folders are not entered."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        found += [Path(root) / n for n in names if n.endswith(".csv")]
    return sorted(found)


def bench_key(benchmark: str) -> str:
    """Benchmark ids compare ignoring case and punctuation, as the scorer does."""
    return re.sub(r"[^a-z0-9.]", "", benchmark.lower()).strip(".")


def _version_hinted(files: list[SnapshotFile], hint: Optional[str]) -> list[SnapshotFile]:
    """Keep one version when the benchmark as written names it ('Open LLM Leaderboard v1')."""
    m = re.search(r"\bv(\d+)\b", (hint or "")[:MAX_NAME_CHARS], re.IGNORECASE)
    if not m:
        return files
    wanted = [f for f in files if f.series.id.endswith(f"-v{m[1]}")]
    return wanted or files


def _in_force(files: list[SnapshotFile], on: date) -> list[SnapshotFile]:
    """The files of the version in force on ``on``."""
    starts = {f.series.start for f in files if f.series.start is None or f.series.start <= on}
    if not starts:
        return []
    current = max(starts, key=lambda d: d or date.min)
    return [f for f in files if f.series.start == current]


def _preferred(files: list[SnapshotFile]) -> SnapshotFile:
    """The best fidelity first (displayed, official, recomputed, secondary); then the latest."""
    return min(files, key=lambda f: (f.tier, -f.available.toordinal(), -f.date.toordinal()))


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


def capped_bytes(path: Path) -> bytes:
    """A snapshot file's bytes, refused past the cap (an OSError is the caller's to word)."""
    with path.open("rb") as fh:
        raw = fh.read(MAX_SNAPSHOT_BYTES + 1)
    if len(raw) > MAX_SNAPSHOT_BYTES:
        raise SnapshotError(f"{path}: larger than {MAX_SNAPSHOT_BYTES:,} bytes")
    return raw


def _capped_text(path: Path, folder: Optional[Path] = None) -> io.StringIO:
    """A snapshot folder file's text, refused when it leaves the folder, is no regular file or passes the cap."""
    if folder is not None and not inside(path, folder):
        raise SnapshotError(f"{path}: points outside its snapshot folder")
    if not path.is_file():
        raise SnapshotError(f"{path}: not a regular file")
    try:
        raw = capped_bytes(path)
    except OSError as e:
        raise SnapshotError(f"{path}: cannot read: {e.strerror}") from None
    try:
        return io.StringIO(raw.decode("utf-8-sig"), newline="")
    except UnicodeDecodeError as e:
        raise SnapshotError(f"{path}: not UTF-8: {e.reason} at byte {e.start}") from None


def read_publication_log(path: Path, folder: Path) -> dict[date, date]:
    """``update_date`` -> the date its commit went public (``commit_datetime``), from a log CSV."""
    if not path.exists():
        return {}
    out, n = {}, 1
    try:
        rows = csv.DictReader(_capped_text(path, folder))
        for n, row in enumerate(rows, 2):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["update_date"] or ""):  # '2024-04-22-2': a re-upload
                out[date.fromisoformat(row["update_date"])] = datetime.fromisoformat(row["commit_datetime"]).date()
    except (KeyError, TypeError, ValueError, csv.Error):
        raise SnapshotError(f"{path}:{n}: expected update_date and commit_datetime") from None
    return out


def read_snapshot(snap_file: SnapshotFile) -> Snapshot:
    """Parse one snapshot CSV into entries with board and computed ranks."""
    path = snap_file.path
    reader = csv.DictReader(_capped_text(path))
    try:
        columns = tuple(reader.fieldnames or ())
        missing = [c for c in REQUIRED_COLUMNS if c not in columns]
        if missing:
            raise SnapshotError(f"{path}: missing column(s) {', '.join(missing)} (need {', '.join(REQUIRED_COLUMNS)})")
        rows = []
        for n, row in enumerate(reader, 2):
            if n - 1 > MAX_ROWS:
                raise SnapshotError(f"{path}: more than {MAX_ROWS:,} rows")
            name = (row.get("model") or "").strip()
            if len(name) > MAX_NAME_CHARS:
                log.warning("%s:%d: model name longer than %d characters: row skipped", path, n, MAX_NAME_CHARS)
            elif name:
                rows.append((n, row))
    except csv.Error as e:
        raise SnapshotError(f"{path}: not a CSV table: {e}") from None
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
    extra = tuple(row[c].strip()[:MAX_NAME_CHARS] for c in series.name_columns if (row.get(c) or "").strip())
    return Entry(name=name, vendor=(row.get("vendor") or "").strip()[:MAX_NAME_CHARS],
                 score=_number(row.get("score"), path, line, float), score_text=(row.get("score") or "").strip(),
                 rank=_number(row.get("rank"), path, line, int), place=None, position=0,
                 names=(name, *[n for n in extra if n != name]), row=row)


def _number(text: Optional[str], path: Path, line: int, kind):
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = float(text)
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError
        return int(value) if kind is int else value
    except (ValueError, OverflowError):
        raise SnapshotError(f"{path}:{line}: {text[:40]!r} is not a number") from None


def _assign_places(entries: list[Entry]) -> None:
    """Standard competition ranking on score, descending: equal scores share a place (1, 2, 2, 4)."""
    scored = sorted((e for e in entries if e.score is not None), key=lambda e: -e.score)
    for i, e in enumerate(scored):
        prev = scored[i - 1] if i else None
        e.place = prev.place if prev is not None and prev.score == e.score else i + 1


@lru_cache(maxsize=8)
def library_for(folders: tuple[str, ...]) -> Library:
    """One library per set of folders for the life of the process (no re-reading per claim)."""
    return Library([Path(f) for f in folders])
