"""``extractor snapshots``: list the snapshot folders by board, and import a board's own export.

Import turns a table a board publishes into a snapshot CSV (``rank, model,
vendor, score`` first, the export's own columns after) in the user folder,
records its fidelity in that folder's ``boards.json``, and reads it back
through the checker's own reader before it counts. Shapes understood (CSV,
a JSON array of objects, or JSONL; headers matched ignoring case, spaces and
punctuation):

* a snapshot CSV already (``rank, model, vendor, score``);
* Chatbot Arena / LMArena leaderboard exports: ``Rank (UB)`` or ``Rank* (UB)``,
  ``Model``, ``Arena Score`` or ``Arena Elo``, ``Organization``, ...;
* Open LLM Leaderboard contents exports: ``fullname`` or ``eval_name``,
  ``Average ⬆️`` or ``average``, the vendor from the ``owner/`` part of the name;
* SuperCLUE tables: ``排名``, ``模型``, ``机构``, ``总分``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Optional

from ..errors import InputError, SnapshotError, UsageError
from .boards import BOARDS_FILE, FIDELITIES
from .snapshots import MAX_NAME_CHARS, MAX_ROWS, Library, SnapshotFile, capped_bytes, read_snapshot

BOARD_ID = re.compile(r"[a-z0-9][a-z0-9.-]{0,63}")

# canonical column -> header spellings (compared by _key), per shape
SHAPES: dict[str, dict[str, tuple[str, ...]]] = {
    "snapshot": {"rank": ("rank",), "model": ("model",), "vendor": ("vendor",), "score": ("score",)},
    "arena": {"rank": ("rankub", "rank*ub", "rank"), "model": ("model",), "vendor": ("organization",),
              "score": ("arenascore", "arenaelo")},
    "open-llm-leaderboard": {"model": ("fullname", "evalname"), "score": ("average⬆️", "average", "averagescore")},
    "superclue": {"rank": ("排名",), "model": ("模型",), "vendor": ("机构",), "score": ("总分",)},
}
SHAPE_FIDELITY = {"snapshot": "displayed", "arena": "displayed", "open-llm-leaderboard": "official",
                  "superclue": "displayed"}


@dataclass(frozen=True)
class Imported:
    """What an import wrote."""

    path: Path
    shape: str
    rows: int
    fidelity: str


def import_snapshot(source: Path, board: str, day: str, into: Path, fidelity: Optional[str] = None,
                    force: bool = False) -> Imported:
    """Turn a board's export into ``<board>_<date>.csv`` in ``into``; anything else is refused in one line."""
    if not BOARD_ID.fullmatch(board):
        raise UsageError(f"extractor snapshots import: --board {board!r}: use lower-case letters, digits, '.' and '-'")
    try:
        when = date.fromisoformat(day)
    except ValueError:
        raise UsageError(f"extractor snapshots import: --date {day!r} is not a date (use YYYY-MM-DD)") from None
    if fidelity is not None and fidelity not in FIDELITIES:
        raise UsageError(f"extractor snapshots import: --fidelity must be one of {', '.join(FIDELITIES)}")
    target = into / f"{board}_{when.isoformat()}.csv"
    if target.exists() and not force:
        raise UsageError(f"extractor snapshots import: {target} exists (pass --force to replace it)")
    header, rows = read_table(source)
    shape, columns = match_shape(source, header)
    table = [_snapshot_row(source, n, row, columns) for n, row in enumerate(rows, 2)]
    if not table:
        raise SnapshotError(f"{source}: no rows with a model name")
    fidelity = fidelity or SHAPE_FIDELITY[shape]
    extra = [h for h in header if h not in set(columns.values())]
    try:
        into.mkdir(parents=True, exist_ok=True)
        written = _write_checked(target, table, extra, rows, board, when)
        _note_fidelity(into, board, target.name, fidelity, f"imported from {source.name} ({shape} export)")
    except OSError as e:
        raise InputError(f"{into}: cannot write: {e.strerror}") from None
    return Imported(path=written, shape=shape, rows=len(table), fidelity=fidelity)


def read_table(source: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a CSV, JSON array of objects or JSONL file, within the snapshot caps."""
    try:
        raw = capped_bytes(source)
    except OSError as e:
        raise InputError(f"{source}: cannot open: {e.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SnapshotError(f"{source}: not UTF-8 text: not a board export") from None
    stripped = text.lstrip()
    try:
        if stripped.startswith("["):
            records = json.loads(stripped)
        elif stripped.startswith("{"):
            records = [json.loads(line) for line in stripped.splitlines() if line.strip()]
        else:
            return _csv_table(source, text)
    except (ValueError, RecursionError) as e:
        raise SnapshotError(f"{source}: not valid JSON or JSONL: {str(e)[:80]}") from None
    if not records or not all(isinstance(r, dict) for r in records):
        raise SnapshotError(f"{source}: JSON must be a list of objects, one per row")
    header = list(dict.fromkeys(k for r in records for k in r))
    return header, [{k: _cell(r.get(k)) for k in header} for r in records[: MAX_ROWS + 1]]


def _csv_table(source: Path, text: str) -> tuple[list[str], list[dict[str, str]]]:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = list(reader.fieldnames or [])
        rows = [row for _, row in zip(range(MAX_ROWS + 1), reader)]
    except csv.Error as e:
        raise SnapshotError(f"{source}: not a CSV table: {e}") from None
    if len(header) < 2:
        raise SnapshotError(f"{source}: not a table (no header with columns)")
    return header, rows


def _cell(value: object) -> str:
    return "" if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _key(header: str) -> str:
    return re.sub(r"[\s_\-()./]", "", header.strip().lower())


def match_shape(source: Path, header: list[str]) -> tuple[str, dict[str, str]]:
    """The first known shape whose model and score columns the header has: (shape, canonical -> header)."""
    by_key = {_key(h): h for h in header}
    for shape, spellings in SHAPES.items():
        columns = {}
        for canonical, keys in spellings.items():
            found = next((by_key[k] for k in keys if k in by_key), None)
            if found is not None:
                columns[canonical] = found
        if "model" in columns and "score" in columns:
            return shape, columns
    shown = ", ".join(h[:30] for h in header[:8])
    raise SnapshotError(f"{source}: not a known board export (columns: {shown}); "
                        "see 'extractor snapshots import --help' for the shapes understood")


def _snapshot_row(source: Path, line: int, row: dict[str, str], columns: dict[str, str]) -> dict[str, str]:
    name = (row.get(columns["model"]) or "").strip()
    if not name or len(name) > MAX_NAME_CHARS:
        raise SnapshotError(f"{source}:{line}: model name missing or longer than {MAX_NAME_CHARS} characters")
    vendor = (row.get(columns["vendor"]) or "").strip() if "vendor" in columns else (name.split("/")[0] if "/" in name else "")
    rank = (row.get(columns["rank"]) or "").strip() if "rank" in columns else ""
    return {"rank": rank, "model": name, "vendor": vendor, "score": (row.get(columns["score"]) or "").strip()}


def _write_checked(target: Path, table: list[dict[str, str]], extra: list[str], rows: list[dict[str, str]],
                   board: str, when: date) -> Path:
    """Write the snapshot beside its target, read it back with the checker's reader, then move it in place."""
    from .boards import Series

    with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", suffix=".csv", dir=target.parent,
                                     delete=False) as tmp:
        writer = csv.writer(tmp)
        writer.writerow(["rank", "model", "vendor", "score", *extra])
        for snap_row, row in zip(table, rows):
            writer.writerow([snap_row[c] for c in ("rank", "model", "vendor", "score")] + [row.get(h, "") for h in extra])
    staged = Path(tmp.name)
    try:
        read_snapshot(SnapshotFile(path=staged, rel=target.name, series=Series(board, board), date=when, available=when))
    except SnapshotError as e:
        staged.unlink(missing_ok=True)
        raise SnapshotError(str(e).replace(str(staged), target.name)) from None
    shutil.move(staged, target)
    return target


def _note_fidelity(folder: Path, board: str, file_name: str, fidelity: str, note: str) -> None:
    """Record the imported file's fidelity in the folder's boards.json (kept as the user wrote it otherwise)."""
    path = folder / BOARDS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (UnicodeDecodeError, ValueError) as e:
        raise SnapshotError(f"{path}: cannot read: {e}") from None
    if not isinstance(data, dict) or not isinstance(data.get(board, {}), dict):
        raise SnapshotError(f"{path}: expected an object of series")
    data.setdefault(board, {}).setdefault("files", {})[file_name] = {"fidelity": fidelity, "note": note}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# -- listing -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BoardLine:
    """One series in one folder: what ``snapshots list`` prints."""

    series: str
    benchmark: str
    folder: str
    first: date
    last: date
    files: int
    entries_min: int
    entries_max: int
    fidelity: str

    def text(self) -> str:
        entries = f"{self.entries_min}" if self.entries_min == self.entries_max else f"{self.entries_min}-{self.entries_max}"
        return (f"{self.series:<26} {self.benchmark:<21} {self.first} .. {self.last}  {self.files:>5}  "
                f"{entries:>9}  {self.fidelity:<36} {self.folder}")


HEADER = f"{'board':<26} {'benchmark':<21} {'dates covered':<24}  {'files':>5}  {'entries':>9}  {'fidelity':<36} folder"


def board_lines(library: Library, labels: dict[Path, str]) -> list[BoardLine]:
    """Per series and folder: dates covered, files, entry counts and fidelities (each file is read once)."""
    groups: dict[tuple[str, Path], list[SnapshotFile]] = {}
    for f in library.all_files():
        groups.setdefault((f.series.id, f.folder), []).append(f)
    lines = []
    for (series, folder), files in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        counts = [len(library.load(f).entries) for f in files]
        fidelity = Counter(f.fidelity for f in files)
        lines.append(BoardLine(
            series=series, benchmark=files[0].series.benchmark, folder=labels.get(folder, str(folder)),
            first=min(f.date for f in files), last=max(f.date for f in files), files=len(files),
            entries_min=min(counts), entries_max=max(counts),
            fidelity=", ".join(f"{k} {n}" for k, n in sorted(fidelity.items(), key=lambda kv: FIDELITIES.index(kv[0])))))
    return lines
