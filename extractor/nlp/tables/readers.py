"""Table readers: each turns one layout of table in plain text into a ``Grid``.

- ``pipe``: Markdown-style rows, with or without outer pipes, a separator line
  or none, and whole tables flattened onto one line (``| a | b | | c | d |``).
- ``aligned``: columns set apart by tabs or runs of spaces.
- ``stacked``: a flattened table with one cell per line (header cells, then
  row after row), as pages lose their table markup.
- ``ranked``: rows that start with a rank and hold a name and a number, cells
  set apart by single spaces (``1 GPT-4 1231 a model by OpenAI Proprietary``),
  or by nothing at all, as a page's table loses its markup (``RankModelElo``
  over ``1Vega-2-thinking1504``): the header then says what the row's value is.
- ``csv``: comma-separated rows, a data file pasted as it is (``model,average,mmlu``
  over ``vega-7b,61.2,58.0``), quoted fields kept whole.
- ``fused``: a table whose header names and row values both ran together
  (``BenchmarkVega 7BVega 70B`` over ``MMLU (5-shot)61.478.2``): values split by
  their decimals, names where one name's end meets the next one's capital.

Readers see lines as ``(start, end)`` offsets into the article and look at each
line a fixed number of times, so reading is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import combinations, takewhile
from typing import Callable, Optional, Sequence

from ..grammar import YEAR
from ..vocabulary import MEDAL_PLACES
from .grid import Cell, Grid, display_text, empty_cell, make_cell

Line = tuple[int, int]
NameEnd = Callable[[str, int], Optional[int]]  # where a model name starting at an offset ends, if one does


def _no(text: str) -> bool:
    return False


def _no_spans(text: str) -> list[tuple[int, int]]:
    return []


@dataclass(frozen=True)
class HeaderWords:
    """What the readers of tables without pipes ask of a header's text (the knowledge answers)."""

    heads_column: Callable[[str], bool] = _no  # 'Model', 'Rank', 'Score': may head a column
    may_stand_empty: Callable[[str], bool] = _no  # 'Source', 'Link': a column a page may leave out
    names_column: Callable[[str], bool] = _no  # 'Arena Elo Rating', 'MT-bench (score)': a benchmark or score
    joined_names: Callable[[str], list[tuple[int, int]]] = _no_spans  # 'DeepSeek', 'HumanEval': one name each
    heads_labels: Callable[[str], bool] = _no  # 'Model', 'Benchmark (Metric)', 'Category': over the row labels


_PLUS_RULE = re.compile(r"[ \t]*\+?[-=]{2,}(?:\+[-=]{2,})+\+?[ \t]*")  # '-----+-----', '+----+----+'
_SEPARATOR_CELL = re.compile(r"^\s*(?::-+:?|-+:|-{2,})\s*$")  # "---", ":-", ":-:"; a lone "-" is a missing value
# A number, then at most one mark or note: a footnote sign or arrow, a medal, trophy, crown or star for the column's
# best ('92.0% 🏆'), a change or a margin in brackets, or how it was measured ('41.5 (CoT)', '91.7 (11-shot)')
_NUMBER_CELL = re.compile(r"^[~≈]?[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|pts?\b|points\b)?(?:\s*[*†‡^↑↓▲▼]|\s*[\U0001F947-\U0001F949\U0001F3C6\U0001F451\u2B50]\uFE0F?|\s*\([↑↓+\-\d./,% ]*\)|\s*\(?\s*(?:±|\+/-)\s*\d+(?:\.\d+)?%?\s*\)?"
                          r"|\s*\((?=[^()]*[A-Za-z])[^()]{1,30}\))?$")
# '#1 91.6%', '2nd 77.5%': the row's place on the column, then its value
PLACE_MARK = re.compile(r"^(?=#|\d{1,3}(?:st|nd|rd|th)\s)#?(\d{1,3})(?:st|nd|rd|th)?\s+(?=[~≈]?[-+]?\d)")
_NO_VALUE = frozenset({"", "-", "--", "\u2013", "\u2014", "n/a", "N/A", "NA", "/"})  # a cell that gives no value
_LIST_ITEM_OPENING = re.compile(r"[ \t]*[-*+\u2022][ \t]+\w")  # a bullet, then a word: no table row opens so
_CELL_LABEL = re.compile(r"^([A-Za-z#%][^:]{0,30}?):\s+(\S.*)$")
_TABS = re.compile(r"\t+ *")
_ALIGNED_SPLIT = re.compile(r"\t+| {2,}")
_SECOND_RANK = re.compile(r"(\d{1,3})(?![\d.,)%:])\s+(?=[A-Za-z\[(])")
# a row's place: a number or a medal ('🥇 Vega-7B Acme 94.0'), then perhaps a mark
_RANK_START = re.compile(r"(\d{1,3}|[\U0001f947\U0001f948\U0001f949])(?![\d.,)%:])\s*(?:[^\w\s]{1,3}\s*)?")
_VALUE_TOKEN = re.compile(r"^[~≈]?\d{3,}(?:[.,]\d+)?%?$|^\d{1,3}\.\d{2,}%?$|^\d{1,3}(?:\.\d+)?%$")
_TOKEN = re.compile(r"\S+")
# A number with its note in brackets, glued or after a space ('71.8(5-shot direct)', '81.0 (8-shot CoT, maj@4)')
_NOTED_NUMBER = re.compile(r"[~≈]?[-+]?\d[\d,]*(?:\.\d+)?%? ?\((?=[^()\n]*[A-Za-z])[^()\n]{1,30}\)(?!\S)|\S+")
# A header word with what it says in brackets, up to a word glued after them ('MMLU (knowledge QA)accuracy')
_HEAD_TOKEN = re.compile(r"[^\s(]+ \([^()\n]{1,40}\)\S*|\S+")
_MOST_STACKED_COLUMNS = 20  # a header of up to 20 lines over rows one cell a line (a model and its tests)
_MANY_STACKED_COLUMNS = 12  # past so many, the header must open where its heads do
# a header's sort buttons ('↕', '▼') and a page's sort options ('Date (newest first)', 'Model name (A→Z)')
_SORT_MARKS = re.compile(r"[\u2195\u21c5\u25b2\u25bc\u25b4\u25be\u2191\u2193]{1,2}"
                         r"|[^()\n]{1,40} \((?:best|worst|newest|oldest|highest|lowest) first\)"
                         r"|[^()\n]{1,30} \([A-Z0-9]\u2192[A-Z0-9]\)")
_RANK_HEADER = re.compile(r"(?i)^(?:rank|#|no\.?|place|position)$")
_BREAK = re.compile(r"(?i)<br\s*/?>")


def is_number_text(text: str) -> bool:
    """True for a cell that holds one number as written ('76.2', '1,287', '88.7%', '1252(↑)', '#1 91.6%', '2nd 77.5%')."""
    if _NUMBER_CELL.match(text):
        return True
    place = _placed(text)
    return place is not None and bool(_NUMBER_CELL.match(text[place.end():]))


def without_place_mark(text: str) -> str:
    """A cell's text without the place marked before its value ('#1 91.6%', '1st 91.6%' -> '91.6%')."""
    place = _placed(text)
    return text[place.end():] if place is not None else text


def _placed(text: str) -> Optional[re.Match]:
    """The place marked before a cell's value, looked for only where a cell opens on '#' or a digit."""
    return PLACE_MARK.match(text) if text[:1] == "#" or text[:1].isdigit() else None


# -- pipe tables ------------------------------------------------------------------

def pipe_cells(article: str, start: int, end: int) -> list[Cell]:
    """The cells of one pipe row, outer empty cells dropped ('| a | b |' and 'a | b' alike), as are the marks
    of an HTML comment around the row; a cell broken over lines is its first line."""
    cuts = [start - 1]
    i = article.find("|", start, end)
    while i >= 0:
        if i == 0 or article[i - 1] != "\\":
            cuts.append(i)
        i = article.find("|", i + 1, end)
    cuts.append(end)
    broken = article.find("\n", start, end) >= 0  # (a row of one line, nearly every row: no cell to cut)
    cells = [make_cell(article, a + 1, _first_line_end(article, a + 1, b) if broken else b)
             for a, b in zip(cuts, cuts[1:])]
    if cells and (cells[0].empty or cells[0].text == "<!--") and article[start:cuts[1]].strip() in ("", "<!--"):
        cells = cells[1:]  # ('<!-- | a | b |': a table the page's source comments out is read all the same)
    if cells and (cells[-1].empty or cells[-1].text == "-->") and len(cuts) > 2 \
            and article[cuts[-2] + 1:end].strip() in ("", "-->"):
        cells = cells[:-1]
    return cells


def _first_line_end(article: str, a: int, b: int) -> int:
    """Where a cell broken over lines ends: its first line holds the name or value, the lines under it tags
    ('Vega-2' over 'open weights'); ``b`` for a cell of one line."""
    start = a
    while start < b and article[start].isspace():
        start += 1
    cut = article.find("\n", start, b)
    return b if cut < 0 else cut


def is_pipe_row(article: str, line: Line) -> bool:
    """A line with at least two cells between pipes, a separator line, or one cell framed by pipes
    ('| *Open models:* |', a group row inside a table)."""
    start, end = line
    if _PLUS_RULE.fullmatch(article, start, end):
        return True  # '-----+------', '+-----+-----+': a rule of a table printed by a database or a terminal
    if article.find("|", start, end) < 0 or _LIST_ITEM_OPENING.match(article, start, end):
        return False  # '- GPQA: X: 70.5% | Y: 68.2%': a list item whose pipes part its values, no row
    cells = pipe_cells(article, start, end)
    if len(cells) == 1 and not cells[0].empty:
        row = article[start:end].strip()
        return len(row) > 2 and row[0] == "|" and row[-1] == "|"
    return len(cells) >= 2 or is_separator(cells)


def is_separator(cells: Sequence[Cell]) -> bool:
    return bool(cells) and all(_SEPARATOR_CELL.match(c.text) or c.empty for c in cells) and any(
        not c.empty for c in cells)


def pipe_grid(article: str, lines: Sequence[Line]) -> Optional[Grid]:
    """A grid from consecutive pipe rows; a row holding a separator run inside is a whole flattened table."""
    rows: list[tuple[Cell, ...]] = []
    header_rows = None
    for start, end in lines:
        if _PLUS_RULE.fullmatch(article, start, end):
            if header_rows is None and rows:
                header_rows = len(rows)  # the rule under the header ('+---+' over a box table's header too)
            continue
        cells = pipe_cells(article, start, end)
        if is_separator(cells):
            if header_rows is None:
                header_rows = len(rows)
            continue
        flat = _flattened_rows(cells)
        if flat is not None:
            if header_rows is None and not rows:
                header_rows = 1
            rows.extend(flat)
        elif cells:
            rows.extend(_unstacked(article, tuple(cells)) if header_rows is not None else [tuple(cells)])
    full = [r for r in rows if sum(not c.empty for c in r) >= 2]
    if len(full) < 2:
        return None
    if header_rows == 1 and _glued_before_header(article, lines[0], rows):
        rows[0] = rows[0][1:]  # 'Agent scope| Rank | Model |': a page's text run into the header, no column
    if header_rows is None:
        labelled = _labelled_columns(article, rows)
        if labelled is not None:
            return Grid(tuple(labelled), lines[0][0], lines[-1][1], "pipe", header_rows=1)
    head = header_rows if header_rows is not None else int(not any(is_number_text(c.text) for c in rows[0]))
    if head:
        rows = _realigned(rows, head)
    if head == 1:
        rows = _corner_restored(_index_under_shifted_header(rows))
        if _header_spans_two_rows(rows):
            k = _spanning(rows[0])  # the row under the header moves right by as many cells as open the header
            rows[1] = (*(empty_cell(c.start) for c in rows[1][-k:]), *rows[1][:-k])
            header_rows = 2
    rows = _spanned_cells_restored(rows)
    return Grid(tuple(rows), lines[0][0], lines[-1][1], "pipe", header_rows=header_rows or None)


def _spanning(header: tuple[Cell, ...]) -> int:
    """How many cells open a header whose other cells are all empty ('| Model | | |'): 0 when none do."""
    named = next((k for k, c in enumerate(header) if c.empty), len(header))
    return named if named < len(header) and all(c.empty for c in header[named:]) else 0


def _header_spans_two_rows(rows: list[tuple[Cell, ...]]) -> bool:
    """True when a header names only its first columns and the row under it names the others but stands
    shifted left, ending in as many empty cells ('| Model | | |' over '| Dev | Test | |'): an HTML header's
    cells spanning two rows are written once, in the first."""
    k = _spanning(rows[0]) if len(rows) >= 4 else 0
    under = rows[1] if k else ()
    return bool(k) and len(under) == len(rows[0]) and all(c.empty for c in under[-k:]) \
        and all(not c.empty and not is_number_text(c.text) for c in under[:-k]) and len(under) - k >= 2 \
        and all(any(is_number_text(c.text) for c in r) for r in rows[2:])


def _glued_before_header(article: str, header: Line, rows: list[tuple[Cell, ...]]) -> bool:
    """True when text that opens no pipe stands before the header's first pipe, and the header has one cell
    more than two rows under it at least and than each of the others (a last row may be cut short)."""
    start, end = header
    said = article[start:end].lstrip()
    body = rows[1:]
    return bool(said) and said[0] != "|" and "|" in said and all(len(r) < len(rows[0]) for r in body) \
        and sum(len(r) == len(rows[0]) - 1 for r in body) >= 2


def _spanned_cells_restored(rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """Rows one cell short of a table whose full rows open with a group and a label ('| English | GSM8K | 1.5 |
    ...' over '| MATH | 3.1 | ...'), as an HTML table's row-spanning cell is written once: an empty cell
    stands in for the group's, so each label stands in its column."""
    width = max((len(r) for r in rows), default=0)
    if width < 4 or not any(len(r) == width and not r[0].empty and not is_number_text(r[0].text)
                            and not is_number_text(r[1].text)
                            and all(is_number_text(c.text) or c.text in _NO_VALUE for c in r[2:]) for r in rows):
        return rows
    out, under_group = [], False
    for row in rows:
        if len(row) == width and under_group and row[-1].empty and not is_number_text(row[0].text) \
                and is_number_text(row[1].text):
            row = row[:-1]  # '| w/ tools | 44.9 | ... | |': the row's width kept by an empty cell at its end
        if len(row) == width:
            under_group = not is_number_text(row[0].text)
        elif len(row) == width - 1 and under_group and not is_number_text(row[0].text) \
                and sum(is_number_text(c.text) for c in row[1:]) >= 2:
            row = (empty_cell(row[0].start),) + row
        out.append(row)
    return out


def _index_under_shifted_header(rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """Rows numbered 1, 2, 3 ... under a header that names no such column and ends in empty cells
    ('| Agent | Model | Score | |' over '| 1 | Cursor | Opus 4.5 | 12.0% |'): the header's names stand
    one column to the right, over the cells they name, and the numbers are the rows' places."""
    header, body = rows[0], rows[1:]
    if len(header) < 3 or header[0].empty or not header[-1].empty or _RANK_HEADER.match(header[0].text) \
            or len(body) < 2 or any(len(r) != len(header) for r in body) or not _numbered_in_order(body) \
            or any(r[1].empty or r[1].text.isdecimal() for r in body):
        return rows
    return [(empty_cell(header[0].start), *header[:-1]), *body]


def _corner_restored(rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """A header one cell short of every row under it, whose rows open with a label ('| MMLU | GPQA |' over
    'Kite-7B | 75% | 69% |'): it leaves out the empty corner over the labels, so its names stand one column
    to the right, over the values."""
    header, body = rows[0], rows[1:]
    if len(header) < 2 or len(body) < 2 or any(len(r) != len(header) + 1 for r in body) \
            or any(c.empty or is_number_text(c.text) for c in header) \
            or any(r[0].empty or is_number_text(r[0].text) for r in body):
        return rows
    return [(empty_cell(header[0].start), *header), *body]


def _realigned(rows: list[tuple[Cell, ...]], header_rows: int) -> list[tuple[Cell, ...]]:
    """Rows that lack a cell and end in an empty one to keep the table's width ('| 2 | Kite | USA | 0.69 | |'
    under '| Rank | Model | Maker | Country | Score |'), with the empty cell put where the row's cells then
    agree best with their columns: numbers under numbers, words under words seen there in other rows."""
    width = len(rows[0]) if rows else 0
    body = [r for r in rows[header_rows:] if len(r) == width]
    if width < 3 or len(body) < 3:
        return rows
    numeric = [sum(is_number_text(r[c].text) for r in body) * 2 > len(body) for c in range(width)]
    if not numeric[-1] or numeric[-2]:
        return rows
    words = [{r[c].text for r in body if not r[-1].empty} for c in range(width)]

    def agreement(row: tuple[Cell, ...]) -> int:
        return sum((is_number_text(c.text) and numeric[k]) or (c.text in words[k] and not numeric[k])
                   for k, c in enumerate(row) if not c.empty)

    out = list(rows)
    for k in range(header_rows, len(rows)):
        row = rows[k]
        if len(row) != width or not row[-1].empty or row[-2].empty or not is_number_text(row[-2].text):
            continue
        shifted = [row[:p] + (empty_cell(row[p].start),) + row[p:-1] for p in range(1, width - 1)]
        best = max(reversed(shifted), key=agreement)  # of equals, the gap that moves the fewest cells
        if agreement(best) > agreement(row):
            out[k] = best
    return out


def spread_header(article: str, lines: Sequence[Line], width: int) -> Optional[tuple[int, tuple[Cell, ...]]]:
    """A header flattened over the ``lines`` right above a table that opens with its separator row, each
    cell's text and notes on lines of their own and a pipe after each cell ('Rank | Agent |', 'Accuracy',
    'Confidence intervals show ... |'): (index of its first line, its cells, each the first line of its text),
    when its pipes make as many cells as the table has columns; else None."""
    if not lines or not article[lines[-1][0]:lines[-1][1]].rstrip().endswith("|"):
        return None
    pipes = 0
    for k in range(len(lines) - 1, -1, -1):
        start, end = lines[k]
        if not article[start:end].strip():
            return None
        pipes += article.count("|", start, end)
        if pipes > width:
            return None
        if pipes == width and "|" in article[start:end]:
            cuts = [lines[k][0] - 1] + [i for i in range(lines[k][0], lines[-1][1]) if article[i] == "|"]
            cells = []
            for a, b in zip(cuts, cuts[1:]):
                first = next((ln for ln in article[a + 1:b].split("\n") if ln.strip()), "")
                at = article.find(first, a + 1, b) if first else a + 1
                cells.append(make_cell(article, at, at + len(first)))
            return k, tuple(cells)
    return None


def _unstacked(article: str, row: tuple[Cell, ...]) -> list[tuple[Cell, ...]]:
    """'AIME 2024<br>MATH | 74.3<br>96.4 | ...': a row whose cells stack k lines with '<br>' is k rows;
    a cell of one line ('**Mathematics**') stands in each of them. Any other count leaves the row whole."""
    pieces = [_pieces(article, c) for c in row]
    counts = {len(p) for p in pieces if p is not None}
    if len(counts) != 1 or sum(p is not None for p in pieces) < 2:
        return [row]
    return [tuple(cell if spans is None else make_cell(article, *spans[n]) for cell, spans in zip(row, pieces))
            for n in range(counts.pop())]


def _pieces(article: str, cell: Cell) -> Optional[list[tuple[int, int]]]:
    """(start, end) of each line of a cell stacked with '<br>', or None for a cell of one line."""
    breaks = list(_BREAK.finditer(article, cell.start, cell.end))
    if not breaks:
        return None
    edges = [cell.start] + [x for b in breaks for x in (b.start(), b.end())] + [cell.end]
    return list(zip(edges[::2], edges[1::2]))


def _labelled_columns(article: str, rows: list[tuple[Cell, ...]]) -> Optional[list[tuple[Cell, ...]]]:
    """'gpt-4-turbo | score: 82.6 | 95% CI: (-1.8, 1.6)' (a program's printout): cells that carry their
    column's name become a header row over the bare values; the first column's header is empty."""
    width = len(rows[0])
    if len(rows) < 2 or width < 2 or any(len(r) != width for r in rows):
        return None
    labels: list[Optional[str]] = [None] * width
    for j in range(1, width):
        found = {m.group(1) if (m := _CELL_LABEL.match(r[j].text)) else None for r in rows}
        if len(found) == 1 and None not in found:
            labels[j] = found.pop()
    if not any(labels):
        return None
    header = [make_cell(article, rows[0][0].start, rows[0][0].start)]
    for j in range(1, width):
        cell = rows[0][j]
        header.append(make_cell(article, cell.core[0], cell.core[0] + len(labels[j])) if labels[j] else
                      make_cell(article, cell.start, cell.start))
    body = []
    for r in rows:
        cells = [r[0]]
        for j in range(1, width):
            if labels[j]:
                m = _CELL_LABEL.match(r[j].text)
                cells.append(make_cell(article, r[j].core[0] + m.start(2), r[j].end))
            else:
                cells.append(r[j])
        body.append(tuple(cells))
    return [tuple(header)] + body


def _flattened_rows(cells: list[Cell]) -> Optional[list[tuple[Cell, ...]]]:
    """Rows of a table written on one line: header cells, a run of separator cells giving the
    width, then rows of that width set apart by one empty cell."""
    run_start = next((k for k, c in enumerate(cells) if _SEPARATOR_CELL.match(c.text)), None)
    if run_start is None:
        return _rows_between_gaps(cells)
    run_end = run_start
    while run_end < len(cells) and _SEPARATOR_CELL.match(cells[run_end].text):
        run_end += 1
    width = run_end - run_start
    if width < 2 or run_end == len(cells):
        return None
    header = cells[:run_start]
    while header and header[-1].empty:
        header = header[:-1]
    rows = [tuple(header[-width:])] if header else []
    rest = cells[run_end:]
    k = 1 if rest and rest[0].empty else 0
    while k < len(rest):
        rows.append(tuple(rest[k:k + width]))
        k += width
        if k < len(rest) and rest[k].empty:
            k += 1
    return rows


def _rows_between_gaps(cells: list[Cell]) -> Optional[list[tuple[Cell, ...]]]:
    """'| Model | MMLU | | Vega-7B | 61.4 | | Lyra-7B | 60.1 |': without a separator run, rows of one
    width set apart by single empty cells (the text before the first pipe is no cell of the table)."""
    groups, current = [], []
    for c in cells:
        if c.empty:
            if current:
                groups.append(current)
            current = []
        else:
            current.append(c)
    if current:
        groups.append(current)
    if len(groups) < 3:
        return None
    width = len(groups[1])
    body = groups[1:]
    head = groups[0][-width:] if len(groups[0]) >= width else None
    if width < 2 or head is None or any(len(g) != width for g in body):
        return None
    if not any(is_number_text(c.text) for g in body for c in g):
        return None
    return [tuple(head)] + [tuple(g) for g in body]


# -- rows of single-spaced words ending in numbers ------------------------------------------

def spaced_grid(article: str, lines: Sequence[Line], names_column: Callable[[str], bool] = _no) -> Optional[Grid]:
    """'Model MMLU GSM8K' over 'Vega-7B 61.4 45.2' lines: cells set apart by single spaces, where
    every row ends in the same count of numbers ('2.5 %' is one, a lone '-' a missing one) and the
    line above names the columns: one word each, names that end alike ('Hallucination Rate Answer
    Rate'), or names ``names_column`` knows ('MT-bench (score) Arena Elo Rating MMLU'); headers it
    cannot split leave the number columns unnamed. A last column of one word in every row
    ('Proprietary') is a note on the row, left out with its header."""
    header, *rows = lines
    tokens = [_value_tokens(article, a, b) for a, b in rows]
    head = [(m.start() + header[0], m.end() + header[0]) for m in _HEAD_TOKEN.finditer(article[header[0]:header[1]])]
    if len(rows) < 2:
        return None
    if len(head) >= 3 and all(_ending(article, t) == 1 for t in tokens):
        tokens, head = [t[:-1] for t in tokens], head[:-1]
        lines = [(header[0], head[-1][1])] + [(t[0][0], t[-1][1]) for t in tokens]
    counts = {_trailing_numbers(article, t) for t in tokens}
    if len(counts) != 1:  # 'Gemini Pro 1.5 92.5 81.9': a number ends the name; the header's words count the columns
        width = len(head) - 1
        full = [t for t in tokens if _trailing_numbers(article, t) >= width]  # a row short of cells cannot be placed
        if width < 2 or len(full) < 2 or (min(counts) < width - 1 and len(full) * 2 < len(tokens)):
            return None  # (rows short of two cells or more left out only where most rows are whole)
        tokens = full
        lines = [header] + [(t[0][0], t[-1][1]) for t in tokens]
    else:
        width = counts.pop()
    if width < 1 or len(head) < 2 or _trailing_numbers(article, head) or any(len(t) <= width for t in tokens):
        return None
    names = [article[a:b] for a, b in head]
    if all(n.lstrip("(*")[:1].isalpha() for n in names):
        columns = _column_names(names, width, names_column)
    else:  # a word of digits ('Llama 3 70B') splits the header only into names known whole
        columns = _known_split(names, width, names_column) if width + 1 < len(names) <= width + 5 and width <= 6 else None
    if columns is None:
        return None
    for t in tokens:
        name = article[t[0][0]:t[-width - 1][1]]
        if "%" in name or ":" in name or name[-1:] in "/-|,(":
            return None  # 'Claude Opus 4: 79.6% / 83.3%', 'Published: 27 Dec 2024': labelled lines, no cells
    if all(YEAR.match(article[a:b]) for t in tokens for a, b in t[-width:]):
        return None  # years close dates, not rows of scores
    ranked = columns[0][1] >= 2 and _RANK_HEADER.match(names[0]) is not None and all(
        article[t[0][0]:t[0][1]].isdigit() and len(t) > width + 1 for t in tokens)  # 'Rank Model Accuracy' over '1 X 93.3%'
    if ranked:
        columns = [(0, 1), (1, columns[0][1])] + columns[1:]
    head_cells = [make_cell(article, head[a][0], head[b - 1][1]) if b > a else make_cell(article, header[1], header[1])
                  for a, b in columns]
    grid_rows = [tuple(head_cells)]
    for t in tokens:
        lead = (make_cell(article, *t[0]), make_cell(article, t[1][0], t[-width - 1][1])) if ranked else (
            make_cell(article, t[0][0], t[-width - 1][1]),)
        grid_rows.append(lead + tuple(make_cell(article, *x) for x in t[-width:]))
    return Grid(tuple(grid_rows), header[0], lines[-1][1], "spaced", header_rows=1)


def _column_names(names: list[str], width: int, names_column: Callable[[str], bool] = _no) -> Optional[list[tuple[int, int]]]:
    """Token ranges of the first column's header and of each number column's: one word each ('Model
    MMLU GSM8K'), names ending in one repeated word ('... Rate ... Rate ... Rate'), the one split
    into names ``names_column`` knows, else the first word and unnamed columns."""
    if len(names) == width + 1:
        return [(0, 1)] + [(k, k + 1) for k in range(1, width + 1)]
    known = _known_split(names, width, names_column) if width + 1 < len(names) <= width + 5 and width <= 6 else None
    if known is not None:
        return known
    if len(names) - width <= 3 and len(names) > width + 1 and width == 1:
        return [(0, len(names) - 1), (len(names) - 1, len(names))]
    ends = [k + 1 for k, n in enumerate(names) if n == names[-1]]
    if len(ends) == width and ends[0] > 1:
        return [(0, 1)] + [(a, b) for a, b in zip([1] + ends[:-1], ends)]
    lead = len(names) - width
    if lead <= 3:  # 'Benchmark (Metric) DeepSeek-V3 Qwen2.5-72B GPT-4o': one word per column, last
        return [(0, lead)] + [(k, k + 1) for k in range(lead, len(names))]
    if len(names) <= 12:
        return [(0, 1)] + [(1, 1)] * width  # the columns' names cannot be told apart: unnamed
    return None


def _known_split(names: list[str], width: int, names_column: Callable[[str], bool]) -> Optional[list[tuple[int, int]]]:
    """The one way to cut the words after the first into ``width`` runs that each name a known column, or None."""
    found = None
    for cuts in combinations(range(2, len(names)), width - 1):
        bounds = [1, *cuts, len(names)]
        runs = list(zip(bounds, bounds[1:]))
        if all(names_column(" ".join(names[a:b])) for a, b in runs):
            if found is not None:
                return None  # two readings: none is sure
            found = [(0, 1)] + runs
    return found


def row_ending(article: str, a: int, b: int) -> Optional[int]:
    """0 for a line of 2 to 16 cells ending in a number, 1 for one ending in a number or a lone '-' then
    a single capitalised word ('GPT-4 8.99 1227 86.4 Proprietary'; '65 words' is a value and its unit), else None."""
    return _ending(article, _value_tokens(article, a, b))


def _ending(article: str, tokens: list[tuple[int, int]]) -> Optional[int]:
    """``row_ending`` of a line already cut into its tokens."""
    if 2 <= len(tokens) <= 16 and _is_value_cell(article[tokens[-1][0]:tokens[-1][1]]):
        return 0
    if not 3 <= len(tokens) <= 17:
        return None
    last, before = article[tokens[-1][0]:tokens[-1][1]], article[tokens[-2][0]:tokens[-2][1]]
    if last[:1].isupper() and (_is_value_cell(before) or before in _MISSING):
        return 1
    return None


def _is_value_cell(text: str) -> bool:
    """A number as a cell writes it, with its note if it has one ('76.2', '71.8 (5-shot)'), or a score out of
    ten or a hundred ('87/100'), never a word."""
    return text[:1].isdigit() and _is_cell_number(text)


def _is_cell_number(text: str) -> bool:
    """A number, or a score out of ten or a hundred ('87/100', '8.5/10'): what a row's value cells hold."""
    return is_number_text(text) or _OUT_OF_SCALE.fullmatch(text) is not None


_OUT_OF_SCALE = re.compile(r"\d{1,3}(?:\.\d+)?/(?:10|100)")  # '87/100', '8.5/10': a score on a scale


_MISSING = ("-", "\u2013", "\u2014")  # a cell with no value


def _value_tokens(article: str, a: int, b: int) -> list[tuple[int, int]]:
    """The tokens of a line, a '%' standing alone joined to the number before it ('2.5 %'), a note in
    brackets to the number it is on ('71.8 (5-shot)')."""
    out: list[tuple[int, int]] = []
    for m in _NOTED_NUMBER.finditer(article, a, b):
        if m.group() == "%" and out and is_number_text(article[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
    return out


def ends_in_number(article: str, a: int, b: int) -> bool:
    """True for a line of 2 to 16 cells whose last is a number, with its note if it has one."""
    return row_ending(article, a, b) == 0


def _trailing_numbers(article: str, tokens: list[tuple[int, int]]) -> int:
    """How many cells end the line that hold a number, or a lone dash for a missing one ('7.12 - 59.2'; not
    the dash before a difference, '88.4% - +3%')."""
    n = 0
    while n < len(tokens):
        text = article[tokens[-1 - n][0]:tokens[-1 - n][1]]
        after = article[tokens[-n][0]:tokens[-n][0] + 1] if n else ""
        if not (_is_cell_number(text) or (text in _MISSING and (not after or after not in "+-\u2212"))):
            break
        n += 1
    return n


# -- aligned tables -------------------------------------------------------------------

def aligned_cells(article: str, line: Line) -> list[Cell]:
    """Cells of a line whose columns are set apart by tabs or two or more spaces."""
    start, end = line
    text = article[start:end]
    if "\t" in text and not text.strip(" \t\r").startswith("|"):
        return _tab_cells(article, start, end)
    lead = len(text) - len(text.lstrip())
    cells, pos = [], start + lead
    for gap in _ALIGNED_SPLIT.finditer(text, lead):
        cells.append(make_cell(article, pos, start + gap.start()))
        pos = start + gap.end()
    cells.append(make_cell(article, pos, end))
    return [c for c in cells if not c.empty]


def _tab_cells(article: str, start: int, end: int) -> list[Cell]:
    """Cells of a tab-separated line: a run of tabs parts two cells, as alignment asks, but each tab
    the line opens with leaves an empty first cell ('\tHellaSwag\t76.7' under a category named above)."""
    lead = 0
    while start + lead < end and article[start + lead] == "\t":
        lead += 1
    cells = [make_cell(article, start + k, start + k) for k in range(lead)]
    pos = start + lead
    for gap in _TABS.finditer(article, pos, end):
        cells.append(make_cell(article, pos, gap.start()))
        pos = gap.end()
    cells.append(make_cell(article, pos, end))
    while cells and cells[-1].empty:
        cells.pop()
    return cells


def _tab_separated_rows(article: str, lines: Sequence[Line]) -> Optional[list[tuple[Cell, ...]]]:
    """Rows split at every tab, empty cells kept, when every line has the same number of tabs: a table
    pasted from a sheet ('Benchmark<tab><tab>Vega-7B'), not columns aligned by runs of tabs."""
    counts = {article.count("\t", a, b) for a, b in lines}
    if len(counts) != 1 or 0 in counts:
        return None
    rows = []
    for a, b in lines:
        cuts = [a - 1] + [k for k in range(a, b) if article[k] == "\t"] + [b]
        rows.append(tuple(make_cell(article, x + 1, y) for x, y in zip(cuts, cuts[1:])))
    return rows


def _positioned_rows(article: str, lines: Sequence[Line], cells_of: list[list[Cell]]) -> Optional[list[tuple[Cell, ...]]]:
    """Rows of a table aligned with spaces (``cells_of``: each line's cells), each cell of a short row put
    in the header column it stands under, so a row with an empty first cell ('       MMLU   71.3') keeps
    its columns; a short row whose cells do not fall one to a column (emphasis taken out shifts them)
    fills the columns from the right. None when a row has more cells than the header."""
    if any("\t" in article[a:b] for a, b in lines):
        return None
    head = cells_of[0]
    starts = [c.start - lines[0][0] for c in head]
    if len(head) < 2:
        return None
    rows = [tuple(head)]
    for (a, b), cells in zip(lines[1:], cells_of[1:]):
        if len(cells) > len(head):
            return None
        if len(cells) == len(head):
            rows.append(tuple(cells))
            continue
        row: list[Optional[Cell]] = [None] * len(head)
        for c in cells:
            j = bisect_right(starts, c.start - a + 2) - 1
            if j < 0 or row[j] is not None:
                row = [None] * (len(head) - len(cells)) + list(cells) if len(cells) > 1 else list(cells)
                break
            row[j] = c
        rows.append(tuple(c if c is not None else make_cell(article, a, a) for c in row))
    return rows


def aligned_grid(article: str, lines: Sequence[Line]) -> Optional[Grid]:
    """A grid from three or more lines of as many aligned cells (give or take one), numbers in two rows."""
    rows = _tab_separated_rows(article, lines)
    if rows is None:
        cells_of = [aligned_cells(article, line) for line in lines]
        rows = _positioned_rows(article, lines, cells_of) or [tuple(cells) for cells in cells_of]
    if len(rows) < 3 or sum(sum(not c.empty for c in r) >= 2 for r in rows) < 3 or len(rows[0]) < 2:
        return None  # a row of one cell is a group row ('**General**' and tabs) between full ones
    numeric_rows = sum(any(is_number_text(c.text) for c in r) for r in rows)
    if numeric_rows < 2:
        return None
    return Grid(tuple(_with_index_header(rows)), lines[0][0], lines[-1][1], "aligned")


def _with_index_header(rows: list[tuple[Cell, ...]]) -> list[tuple[Cell, ...]]:
    """A printed data frame: every row opens with its row number (0, 1, 2 ...) under no header, so the
    header gets an empty cell before it and each header stands over its column."""
    header, body = rows[0], rows[1:]
    if not body or any(len(r) != len(header) + 1 for r in body) or not _numbered_in_order(body):
        return rows
    return [(empty_cell(header[0].start), *header), *body]


def _numbered_in_order(body: Sequence[tuple[Cell, ...]]) -> bool:
    """True when every row opens with its number, 0, 1, 2 ... or 1, 2, 3 ..."""
    numbers = [r[0].text for r in body if r]
    if not numbers or not all(n.isdecimal() for n in numbers):
        return False
    first = int(numbers[0])
    return first in (0, 1) and [int(n) for n in numbers] == list(range(first, first + len(numbers)))


# -- stacked tables: one cell per line ----------------------------------------------------

def stacked_grid(article: str, items: Sequence[Line], words: HeaderWords) -> Optional[tuple[Grid, int, int]]:
    """A table whose cells stand one per line: ``k`` header lines, then rows of ``k`` lines in
    which each column is all numbers or all words. A last header or two that may stand empty
    ('Source', 'Link') heads no lines of the rows. Returns the grid and the items it used."""
    kept = [k for k, (a, b) in enumerate(items) if not _SORT_MARKS.fullmatch(article[a:b].strip())]
    texts = [make_cell(article, *items[k]) for k in kept]  # ('↕', '▼' after a header: a page's sort buttons)
    best = None
    for first in range(0, min(6, len(texts))):
        for width in range(2, _MOST_STACKED_COLUMNS + 1):
            if width > _MANY_STACKED_COLUMNS and any(words.heads_column(c.text) for c in texts[max(0, first - 2):first]):
                break  # a wide header opens on its first head, never past one ('Rank' / 'Reranker' / 'Provider' ...)
            for empty in range(3):
                header = texts[first:first + width + empty]
                if len(header) < width + empty or any(is_number_text(c.text) for c in header):
                    continue
                if not any(words.heads_column(c.text) for c in header) or (empty and not (
                        words.heads_column(header[0].text) and all(words.may_stand_empty(c.text) for c in header[width:]))):
                    continue
                rows = _stacked_rows(texts, first + width + empty, width)
                cover = (len(rows) * width, first + width + empty + len(rows) * width)  # on a tie, the one reaching further
                if len(rows) >= 2 and (best is None or cover > best[4]):  # ('Cost' over the rows is the last header)
                    best = (first, width, len(rows), empty, cover)
    if best is None:
        return _ranked_stacked(texts)
    first, width, n, empty, _ = best
    header = tuple(texts[first:first + width])
    cells = texts[first + width + empty:first + width + empty + width * n]
    rows = (header,) + tuple(tuple(cells[k:k + width]) for k in range(0, len(cells), width))
    end = first + width + empty + width * n
    return Grid(rows, rows[0][0].start, rows[-1][-1].end, "stacked", header_rows=1), kept[first], kept[end - 1] + 1


def sectioned_stacked_grid(article: str, items: Sequence[Line], words: HeaderWords) -> Optional[tuple[Grid, int, int]]:
    """A table one cell per line whose rows are a label and ``w`` values, under the label column's head and
    ``w`` column names, perhaps after a corner head over section lines ('Category' over 'English', 'Code'):
    a section line stands alone between rows, and a row of words (an architecture, a parameter count) is
    passed over. Returns the grid and the items it used."""
    texts = [make_cell(article, a, b) for a, b in items]
    best = None
    for first in range(0, min(6, len(texts))):
        for corner in (-1, 0, 1):  # -1: no head over the labels, the corner cell left empty
            for width in range(2, 13):
                size = corner + 1 + width
                header = texts[first:first + size]
                if len(header) < size or any(is_number_text(c.text) or c.text in _NO_VALUE for c in header) \
                        or not (corner < 0 or any(words.heads_labels(c.text) for c in header[:corner + 1])):
                    continue
                rows, end = _sectioned_rows(texts, first + size, width)
                if len(rows) >= 2 and (best is None or end > best[3]):
                    best = (first, corner, rows, end)
    if best is None:
        return None
    first, corner, rows, end = best
    width = len(rows[0])
    header = tuple(texts[first + corner:first + corner + width]) if corner >= 0 else \
        (empty_cell(texts[first].start), *texts[first:first + width - 1])
    body = tuple(tuple(row) for row in rows)
    return Grid((header,) + body, header[0].start, body[-1][-1].end, "stacked", header_rows=1), first, end


def _sectioned_rows(texts: list[Cell], k: int, width: int) -> tuple[list[list[Cell]], int]:
    """The rows of values from item ``k`` (see ``sectioned_stacked_grid``) and the item after the last."""
    rows, end = [], k
    while k < len(texts):
        if _values_row(texts, k, width):
            rows.append(texts[k:k + 1 + width])
            k = end = k + 1 + width
        elif _values_row(texts, k + 1, width) and not _value_like(texts[k].text):
            k += 1  # a section line ('Math') over the rows that follow
        elif _worded_row(texts, k, width):
            k += 1 + width  # 'Architecture' / '-' / 'MoE' / ...: no values
        else:
            break
    return rows, end


def _value_like(text: str) -> bool:
    return is_number_text(text) or text in _NO_VALUE


def _values_row(texts: list[Cell], k: int, width: int) -> bool:
    """A label, then ``width`` cells of numbers or no value (one number at least), then no number: a row."""
    cells = texts[k + 1:k + 1 + width]
    return k + 1 + width <= len(texts) and not _value_like(texts[k].text) \
        and all(_value_like(c.text) for c in cells) and any(is_number_text(c.text) for c in cells) \
        and (k + 1 + width == len(texts) or not _value_like(texts[k + 1 + width].text))


def _worded_row(texts: list[Cell], k: int, width: int) -> bool:
    """A label, then ``width`` short cells of one word or no value ('MoE', '37B', '-'): a row without values."""
    cells = texts[k + 1:k + 1 + width]
    return k + 1 + width <= len(texts) and not _value_like(texts[k].text) \
        and all(c.text in _NO_VALUE or _SHORT_WORD.match(c.text) for c in cells)


_SHORT_WORD = re.compile(r"^[\w.+/]{1,8}$")


def _ranked_stacked(texts: list[Cell]) -> Optional[tuple[Grid, int, int]]:
    """A stacked table with no header whose rows open with their places, 1, 2, 3 ... ('1' / 'Vega-3' /
    'Acme' / '57.2pts'), as a page's ranked cards lose their markup: the header is left empty."""
    first = next((k for k, c in enumerate(texts[:6]) if c.text == "1"), None)
    if first is None:
        return None
    for width in range(2, 7):
        rows = _stacked_rows(texts, first, width)
        rows = list(takewhile(lambda kr: kr[1][0].text == str(kr[0] + 1), enumerate(rows)))
        if len(rows) >= 3:
            header = tuple(empty_cell(texts[first].start) for _ in range(width))
            body = tuple(tuple(row) for _, row in rows)
            return Grid((header,) + body, texts[first].start, body[-1][-1].end, "stacked", header_rows=1), \
                first, first + width * len(body)
    return None


def paired_grid(article: str, items: Sequence[Line], name_end: Optional[NameEnd]) -> Optional[tuple[Grid, int, int]]:
    """Model names and their values on lines of their own, name then value ('Vega-3' / '77.2' / 'Kite-2' /
    '66.8'), as a page's comparison cards lose their markup: three pairs or more make a table with an
    empty header, on the benchmark the text gives it. Returns the grid and the items it used."""
    if name_end is None:
        return None
    texts = [make_cell(article, a, b) for a, b in items]

    def named(c: Cell) -> bool:
        return not is_number_text(c.text) and name_end(article, c.core[0]) == c.core[1]

    for first in range(0, max(0, len(texts) - 5)):
        pairs = 0
        while first + 2 * pairs + 1 < len(texts) and is_number_text(texts[first + 2 * pairs + 1].text) \
                and named(texts[first + 2 * pairs]):  # (the number first: a name is the dearer look)
            pairs += 1
        if pairs >= 3:
            body = tuple((texts[first + 2 * k], texts[first + 2 * k + 1]) for k in range(pairs))
            header = (empty_cell(body[0][0].start), empty_cell(body[0][0].start))
            return Grid((header,) + body, body[0][0].start, body[-1][-1].end, "stacked", header_rows=1), \
                first, first + 2 * pairs
    return None


def _stacked_rows(texts: list[Cell], start: int, width: int) -> list[list[Cell]]:
    """Full rows of ``width`` cells from ``start`` while every column keeps its kind (number or words)."""
    kinds: Optional[list[bool]] = None
    rows = []
    for k in range(start, len(texts) - width + 1, width):
        row = texts[k:k + width]
        row_kinds = [is_number_text(c.text) for c in row]
        if kinds is None:
            if not any(row_kinds) or all(row_kinds):
                break
            kinds = row_kinds
        elif any(got != kind and row[j].text not in _NO_VALUE for j, (got, kind) in enumerate(zip(row_kinds, kinds))):
            break  # ('N/A' may stand in a column of numbers)
        rows.append(row)
    return rows


# -- ranked rows: single spaces ---------------------------------------------------------

def ranked_start(article: str, line: Line) -> Optional[int]:
    """The rank a line starts with when it reads like a ranked row ('3 Claude 3 Opus 1246 ...')."""
    start, end = line
    m = _RANK_START.match(article, start, end)
    second = _SECOND_RANK.match(article, m.end(), end) if m is not None else None
    after = second.end() if second is not None else (m.end() if m is not None else end)
    if m is None or after >= end or not article[after].isalpha() and article[after] not in "[(":
        return None
    tokens = _value_tokens(article, after, end)
    if not any(_is_value_token(article[a:b]) for a, b in tokens) and _last_short_value(article, tokens, after) is None:
        return None
    return MEDAL_PLACES.get(m.group(1)) or int(m.group(1))


def ranked_grid(article: str, lines: Sequence[Line], header: Optional[Line], name_end: Optional[NameEnd]) -> Optional[Grid]:
    """Rows that start with a rank, then a name, then numbers and words; the header line, when
    there is one, names the columns in order."""
    rows = []
    for line in lines:
        row = _ranked_row(article, line, name_end)
        if row is None:
            return None
        rows.append(row)
    if len(rows) < 3:
        return None
    head = ()
    if header is not None:
        words = list(_TOKEN.finditer(article[header[0]:header[1]]))
        if len(words) == 1 and ranks_names_header(article, header):
            words = list(_HEADER_WORD.finditer(article[header[0]:header[1]]))  # 'RankModelProviderScore': run together
        head = (tuple(make_cell(article, m.start() + header[0], m.end() + header[0]) for m in words),)
        split = [_maker_split(article, row, name_end) for row in rows] \
            if name_end is not None and _maker_after_name(head[0]) else []
        if split and all(row is not None for row in split):
            rows = split  # 'Rank Model Provider Score': each maker in a cell of its own (or none, as before)
        if len(head[0]) > max(len(r) for r in rows) + 2:
            head = _one_value_header(article, head[0], rows)  # 'Rank Model Pass @ 1 Accuracy (X) Notes' over one value
    return Grid(head + tuple(rows), (header or lines[0])[0], lines[-1][1], "ranked",
                header_rows=1 if head else 0, notes={"header_words": bool(head)})


def ranks_names_header(article: str, line: Line) -> bool:
    """True for a header line run together that opens on a rank and a name column ('RankModelProviderScore')."""
    return " " not in article[line[0]:line[1]].strip() and _rank_name_words(article, line) is not None


def _rank_name_words(article: str, line: Line) -> Optional[list[re.Match]]:
    """The words of a header line, split at its capitals too, when the first says 'rank' and the second
    'model' ('RankModelElo Score', 'Rank Model Elo CI Votes'); else None."""
    first = _HEADER_WORD.search(article, *line)  # (the first word alone first: most lines open on no rank word)
    if first is None or not _RANK_HEADER.match(first.group()):
        return None
    words = list(_HEADER_WORD.finditer(article, *line))
    if len(words) < 3 or words[1].group().lower() not in _NAME_HEADERS:
        return None
    return words


def _maker_after_name(head: tuple[Cell, ...]) -> bool:
    """True for a header whose column after the names is the maker's ('Rank Model Provider Score')."""
    names = [k for k, c in enumerate(head) if c.text.lower() in _NAME_HEADERS]
    return bool(names) and names[0] + 1 < len(head) and head[names[0] + 1].text.lower() in _MAKER_HEADER


def _maker_split(article: str, row: tuple[Cell, ...], name_end: NameEnd) -> Optional[tuple[Cell, ...]]:
    """A ranked row with its name cell split where the model's name ends and its maker's begins
    ('Vega 3 70B Acme Labs'); None when no known name ends inside the cell."""
    at = next(k for k, c in enumerate(row) if not c.text.isdigit() and c.text not in MEDAL_PLACES)  # past the ranks
    cell = row[at]
    known = name_end(article, cell.start)
    if known is None or not cell.start < known < cell.end or not article[known].isspace():
        return None
    return (*row[:at], make_cell(article, cell.start, known), make_cell(article, known + 1, cell.end), *row[at + 1:])


def _one_value_header(article: str, words: tuple[Cell, ...], rows: list[tuple[Cell, ...]]) -> tuple:
    """The header of rows that hold a rank, a name, one value and maybe notes: the first word over the
    rank, the second over the name, the last over the notes, the words between over the value; else none
    ('Rank* (UB) Rank (StyleCtrl) Model Arena Score ...': words that cannot be put over the cells)."""
    widths = {len(r) for r in rows}
    if len(widths) != 1 or widths.pop() not in (3, 4) or any(not is_number_text(r[2].text) for r in rows):
        return ()
    notes = len(rows[0]) == 4
    value_words = words[2:len(words) - 1] if notes else words[2:]
    value = make_cell(article, value_words[0].start, value_words[-1].end)
    return ((words[0], words[1], value) + ((words[-1],) if notes else ()),)


def _ranked_row(article: str, line: Line, name_end: Optional[NameEnd]) -> Optional[tuple[Cell, ...]]:
    start, end = line
    m = _RANK_START.match(article, start, end)
    if m is None:
        return None
    rank = make_cell(article, m.start(1), m.end(1))
    pos = m.end()
    second = _SECOND_RANK.match(article, pos, end)  # '5 7 Gemini-1.5-Pro-002 1301 ...': a second rank column
    ranks = [rank] + ([make_cell(article, second.start(1), second.end(1))] if second is not None else [])
    if second is not None:
        pos = second.end()
    known = name_end(article, pos) if name_end is not None else None
    after = max(pos, known or pos)
    tokens = _value_tokens(article, pos, end)  # '93.3 %' is one value
    stop = next((a for a, b in tokens if a >= after and _is_value_token(article[a:b])), None)
    if stop is None:
        stop = _last_short_value(article, tokens, after)
    if stop is None or stop == pos:
        return None
    cells = ranks + [make_cell(article, pos, stop)]
    values = [(a, b) for a, b in tokens if a >= stop]
    k = 0
    while k < len(values) and (_is_value_token(article[values[k][0]:values[k][1]]) or (
            k == 0 and _SHORT_VALUE.match(article[values[k][0]:values[k][1]]))):
        cells.append(make_cell(article, *values[k]))
        k += 1
    if len(cells) == len(ranks) + 1:
        return None
    if k < len(values):
        cells.append(make_cell(article, values[k][0], end))
    return tuple(cells)


_SHORT_VALUE = re.compile(r"^\d{1,3}\.\d$")  # '88.7': a value only where nothing but a date follows it
_DATE_TOKEN = re.compile(r"^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}$")


def _last_short_value(article: str, tokens: list[tuple[int, int]], after: int) -> Optional[int]:
    """Where a value with one decimal starts when only a date, or nothing, follows it ('... Acme 88.7 2024-05-13'):
    such a number inside a name ('Vega 3.3 70B') has words after it."""
    for k in range(len(tokens) - 1, -1, -1):
        a, b = tokens[k]
        if a < after:
            return None
        if _SHORT_VALUE.match(article[a:b]):
            return a if all(_DATE_TOKEN.match(article[x:y]) for x, y in tokens[k + 1:]) else None
        if not _DATE_TOKEN.match(article[a:b]):
            return None
    return None


# -- glued rows: a ranked table whose cells ran together -----------------------------------

_GLUED_RANK = re.compile(r"[ \t]*(\d{1,3})(?=[A-Za-z])")  # '1Vega-2': a rank with its name glued on
_HEADER_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])|[a-z]+|#")  # 'RankModelElo Score': Rank, Model, Elo, Score
_NAME_HEADERS = frozenset({"model", "models", "name", "llm"})
_GLUED_DATE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? ?(?:19|20)\d{2}"
                         r"|(?:19|20)\d{2}-[01]\d-[0-3]\d")  # 'Apr 2026', '2026-04-17'
_MAKER_HEADER = frozenset({"org", "organization", "provider", "company", "vendor", "developer", "lab"})
_BETWEEN_HEADER = frozenset({"submitted", "date", "released", "release", "paper", "code", "source", "link"})
_NO_VALUE_HEADER = _MAKER_HEADER | frozenset({"ci", "votes", "vote", "license", "knowledge", "cutoff", "type",
                                                "tier"})
_MARKED_RANK = re.compile(r"[ \t]*([\U0001f947\U0001f948\U0001f949]|#\d{1,3})[ \t]*(?=[A-Za-z])")  # '🥇 Vega', '#4 Vega'
_MARK_LINE = re.compile(r"[ \t]*(?:#\s?(\d{1,3})|(\d{1,3})|([\U0001f947\U0001f948\U0001f949]))[ \t]*")
_VALUE_AFTER_DATE = re.compile(r"(\d{1,3}(?:\.\d{1,2})?)%?\s*$")  # 'Nov 202574.4': the score glued to a year
_VOTED_RUN = re.compile(r"(?<=[^\d,])(\d[\d,]*\d)(?=[A-Za-z]|\s*$)")  # the digits a row's rating and votes ran into
_VOTED_VALUE = {w: re.compile(rf"(\d{{{w}}})") for w in (3, 4)}
_VOTE_COUNT = re.compile(r"[1-9]\d{0,2}(?:,\d{3})*")
_GLUED_MARGIN = re.compile(r"(\d{3,4}(?:\.\d+)?)\s*(?:±|\+/-)")  # 'Acme1504±5': the value before its margin
_GLUED_RATING = re.compile(r"(?<![\d.])\d{0,3}?(\d{4})\s*$")  # an Elo-like rating ends the row: its last four digits
_GLUED_SCORE = re.compile(r"(?<=[A-Za-z)\]\u2026])(\d{1,2}(?:\.\d{1,2})?%?|100%)\s*$")  # after a letter: 'Vega-Pro88.7%'


def glued_header(article: str, line: Line) -> Optional[tuple[Cell, Cell, Cell, bool, bool, bool]]:
    """The rank, name and value header cells of a header line whose first words say 'rank' and 'model'
    ('RankModelElo Score', 'Rank Model Elo CI Votes', '#ModelOrgSubmittedsuccess-rate'), whether the value is a
    rating (an Elo), whether a maker's column stands between the name and the value ('Org', then a date), and
    whether a count of votes follows the value ('Rank Model Score Votes Organization')."""
    words = _rank_name_words(article, line)
    if words is None:
        return None
    value = []
    for m in words[2:]:
        if m.group().lower() in _NO_VALUE_HEADER:
            break
        value.append(m)
    gap = not value  # 'ModelOrgSubmittedPaper / codesuccess-rate': cells between the name and the value
    if gap:
        for m in reversed(words[2:]):
            if m.group().lower() in _NO_VALUE_HEADER or m.group().lower() in _BETWEEN_HEADER:
                break
            value.insert(0, m)
    if not value or (gap and len(value) == len(words) - 2):
        return None
    start = value[0].start()
    glued = next((w for w in _BETWEEN_HEADER if value[0].group().lower().startswith(w)
                  and len(value[0].group()) - len(w) >= 3), None) if gap else None
    if glued is not None:
        start += len(glued)  # 'codesuccess-rate': the last between word ran into the value's name
    rating = any(m.group().lower() in ("elo", "rating") for m in value)
    maker = gap and any(m.group().lower() in _MAKER_HEADER for m in words[2:])
    after = words[words.index(value[-1]) + 1:] if value[-1] in words else []
    counted = bool(after) and after[0].group().lower() in ("votes", "vote", "battles")
    return (make_cell(article, *words[0].span()), make_cell(article, *words[1].span()),
            make_cell(article, start, value[-1].end()), rating, maker, counted)


def _glued_maker_start(article: str, a: int, b: int) -> int:
    """Where a maker's name glued to a model's begins ('Vega-2Acme', 'Kite (7B)Acme Labs', 'Wren ProAPIAcme'):
    a capital after a digit or a bracket (never a size's unit: '72BAcme'), else the first capital inside the
    last word; ``b`` when there is none."""
    after_mark = [k for k in range(a + 1, b) if article[k].isupper() and (article[k - 1] == ")" or (
        article[k - 1].isdigit() and not (article[k] in "BMK" and k + 1 < b and article[k + 1].isupper())))]
    if after_mark:
        return after_mark[-1]
    last = article.rfind(" ", a, b) + 1 or a
    return next((k for k in range(last + 1, b) if article[k].isupper() and (
        article[k - 1].islower() or (k + 1 < b and article[k + 1].islower() and article[k - 1].isupper()))), b)


def place_mark(article: str, line: Line) -> Optional[tuple[int, Cell]]:
    """The place a line holds alone ('#4', '4', a medal), with its cell: the row's rank set on a line of its own
    above the row's other cells, as a page's ranked cards lose their markup."""
    m = _MARK_LINE.fullmatch(article, *line)
    if m is None:
        return None
    at = next(g for g in range(1, 4) if m.group(g))
    rank = MEDAL_PLACES[m.group(at)] if at == 3 else int(m.group(at))
    return rank, make_cell(article, m.start(at), m.end(at))


def glued_rows(article: str, lines: Sequence[Line]) -> list[tuple[int, Cell, Line]]:
    """The ranked rows a run of lines opens with, each its rank, the rank's cell and the rest of its line: a rank
    glued to the row ('1Vega-2-thinking1504'), or standing on the line above it ('#4' over 'Vega-2 1504')."""
    rows, j = [], 0
    while j < len(lines):
        start, end = lines[j]
        m = _GLUED_RANK.match(article, start, end) or _MARKED_RANK.match(article, start, end)
        mark = place_mark(article, lines[j]) if m is None and j + 1 < len(lines) else None
        if m is not None:
            rank = MEDAL_PLACES.get(m.group(1)) or int(m.group(1).lstrip("#"))
            rows.append((rank, make_cell(article, *m.span(1)), (m.end(), end)))
            j += 1
        elif mark is not None and article[lines[j + 1][0]:lines[j + 1][1]].strip()[:1].isalpha():
            rows.append((mark[0], mark[1], lines[j + 1]))
            j += 2
        else:
            break
    return rows


_RANK_ALONE = re.compile(r"[ \t]*(?:[\u2022*\-][ \t]*)?#?(\d{1,3})\.?[ \t]*")  # '• 1', '#1', '01': a place, alone
# one value on a line of its own, a grade glued before it or a maker after it ('A94.3%', '99.3%Acme', '87%'), never
# a size or a length ('70B', '128K')
_RECORD_VALUE = re.compile(r"[ \t]*(?:[A-F][+\-]?)?(\d{1,3}(?:\.\d{1,2})?%?)"
                           r"(?:(?<=%)[A-Za-z][^\d\n]*|[A-Z][a-z][^\d\n]*)?[ \t]*")
RECORD_LINES = 3  # lines a record holds under its place, at most: a label, the name, the value


def _record_rank(article: str, line: Line) -> Optional[tuple[int, Cell, int]]:
    """The place a record over lines opens with, its cell and where the rest of its line starts: a place
    alone ('\u2022 1') or glued to a label ('1Vega (Acme)')."""
    m = _RANK_ALONE.fullmatch(article, *line) or _GLUED_RANK.match(article, *line)
    return (int(m.group(1)), make_cell(article, *m.span(1)), m.end()) if m is not None else None


def ranked_records(article: str, lines: Sequence[Line],
                   name_end: Optional[NameEnd]) -> tuple[list[tuple[Cell, Cell, Cell]], int]:
    """The records of a ranking written over lines, each opening on its place, its value on its last line
    ('1' / 'Vega-7B' / '91.3%Acme'; '1Vega (Acme)' / 'Vega-7B Ultra' / 'A91.3%'), ranked from 1 to 3 on and
    rising: each record's place, name (the first line between the place and the value that opens on a model's
    name, then the rest of the place's line; else the first of them) and value cells, and how many lines they
    take; the records read before the first that breaks the shape."""
    records, j, last, used, shape = [], 0, 0, 0, 0
    while j < len(lines):
        if not article[lines[j][0]:lines[j][1]].strip():
            j += 1
            continue
        opened = _record_rank(article, lines[j])
        if opened is None or not max(last, 1) <= opened[0] <= last + 3:  # ties share a place: 2, 2, 4
            break
        rank, cell, rest = opened
        body, value, k = [], None, j + 1
        while k < len(lines) and value is None and len(body) < RECORD_LINES:
            if article[lines[k][0]:lines[k][1]].strip():
                if _record_rank(article, lines[k]) is not None:
                    break  # the next record opens before this one showed its value
                value = _RECORD_VALUE.fullmatch(article, *lines[k])
                body.append(lines[k])
            k += 1
        if value is None or (records and len(body) != shape):
            break  # (every record of a board's cards takes as many lines)
        shape = len(body)
        named = [c for c in (make_cell(article, *line) for line in (*body[:-1], (rest, lines[j][1]))) if c.text]
        name_cell = next((c for c in named if name_end is not None and name_end(article, c.start) is not None),
                         named[0] if named else None)  # ('1Vega-7B' / 'Acme' / '91.3%': the name over its maker)
        if name_cell is None:
            break
        records.append((cell, name_cell, make_cell(article, *value.span(1))))
        last, j, used = rank, k, k
    return records, used


def records_grid(article: str, header: Line, head: tuple[Cell, Cell, Cell, bool, bool, bool],
                 records: Sequence[tuple[Cell, Cell, Cell]]) -> Grid:
    """A ranking written as records over lines, under its header's place, name and value columns."""
    return Grid((head[:3], *records), header[0], records[-1][2].end, "ranked", header_rows=1,
                notes={"header_words": True})


def glued_grid(article: str, header: Line, head: tuple[Cell, Cell, Cell, bool, bool, bool],
               rows: Sequence[tuple[int, Cell, Line]], name_end: Optional[NameEnd]) -> Optional[Grid]:
    """A ranked table whose cells ran together: under the header's rank, name and value columns, each row's
    rank, the name after it and the value glued to its end (the one before a margin, 'Acme1504±5', or a count
    of votes, 'Vega-2 150412,408Acme'; the one after a glued date, 'AcmeNov 202574.4'; else the row's last
    number: four digits for a rating, as a rating is written, else a score after a letter); the rows read
    before the first that holds no such value."""
    rating, counted = head[3], head[5]
    makers = any(m.group().lower() in _MAKER_HEADER for m in _HEADER_WORD.finditer(article, *header))
    cells = []
    for _, rank, (pos, end) in rows:
        dated = _GLUED_DATE.search(article, pos, end) if head[4] else None
        value = _GLUED_MARGIN.search(article, pos, end) or (_voted_value(article, pos, end) if counted else None) \
            or (_VALUE_AFTER_DATE.match(article, dated.end(), end) if dated is not None else None) \
            or (_GLUED_RATING if rating else _GLUED_SCORE).search(article, pos, end)
        if value is None:
            break  # a row cut short ends the table ('Vega-2 Thinking' where a page's excerpt stops)
        stop = value.start(1)
        dated = dated if dated is not None and dated.end() <= stop else None
        if dated is not None:  # a maker's column between: the name and its maker end where a date is glued on
            stop = _glued_maker_start(article, pos, dated.start())  # ('Vega-2AcmeApr 2026')
        known = name_end(article, pos) if name_end is not None and dated is None and not counted and makers else None
        # (a maker cut off, where the header has a maker's column; where votes follow the value, it comes after them)
        cut = known is not None and pos < known < stop and article[known].isspace()  # a maker's cell after it
        name = make_cell(article, pos, known if cut else stop)
        if not name.text:
            return None
        cells.append((rank, name, make_cell(article, *value.span(1))))
    if len(cells) < 2:
        return None
    return Grid((head[:3], *cells), header[0], rows[len(cells) - 1][2][1], "ranked", header_rows=1,
                notes={"header_words": True})


def _voted_value(article: str, pos: int, end: int) -> Optional[re.Match]:
    """The rating glued to the count of votes after it ('Vega-2 150412,408Acme' is 1504 and 12,408): four digits
    when they read as a rating from 1000 up, as arena ratings are written, else three; None when the digits left
    are no count ('1504' alone, '15041234')."""
    run = next(reversed(list(_VOTED_RUN.finditer(article, pos, end))), None)  # the last: names hold digits too
    if run is None:
        return None
    digits = run.group(1)
    width = 4 if digits[0] == "1" and len(digits.split(",")[0]) >= 5 else 3
    value = _VOTED_VALUE[width].match(article, run.start(1), run.end(1))
    return value if value is not None and _VOTE_COUNT.fullmatch(article, value.end(1), run.end(1)) else None


# -- records of labelled fields ----------------------------------------------------------------

_FIELD_LINE = re.compile(r"[ \t]*(?:[-*+\u2022][ \t]+)?(?:\*\*)?([A-Za-z\d][\w .#%()/+-]{0,30}?)(?:\*\*)?:(?:\*\*)?"
                         r"[ \t]+(\S[^\n]*?)[ \t]*$")  # '* Arena Score: 1323', 'Model: "Vega-7B"'
_RECORD_HEAD = re.compile(r"(?i)[ \t]*(?:[-*+\u2022][ \t]+)?(?:\*\*)?(rank|place|no\.?|#)[ \t]*(\d{1,3})[ \t]*:?"
                          r"(?:\*\*)?:?[ \t]*$")  # '* **Rank 1:**': the place of the record under it
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201d\n]+?)\.?[\"\u201d]\.?$")  # '"ChatGPT-4o-latest."': the name within


def opens_record(article: str, line: Line) -> bool:
    """True for a line that gives a record's place or one of its fields: where records may begin."""
    return _RECORD_HEAD.match(article, *line) is not None or _FIELD_LINE.match(article, *line) is not None


def record_field(article: str, line: Line) -> Optional[tuple[Cell, Cell]]:
    """The label and value cells of a line that gives one field of a record ('* Arena Score: 1323')."""
    m = _FIELD_LINE.match(article, *line)
    if m is None:
        return None
    value = _QUOTED.match(article, m.start(2), m.end(2))
    return (make_cell(article, *m.span(1)),
            make_cell(article, *(value.span(1) if value is not None else m.span(2))))


def labelled_records(article: str, lines: Sequence[Line], names_key: Callable[[str], bool]) -> tuple[Optional[Grid], int]:
    """Records written as one labelled field a line, each opening on its place ('* **Rank 1:**') or on its
    first field again ('Model: Vega-7B', 'Arena Score: 1323', ...), as a screenshot's description or a card
    list gives a table: one row per record under the first record's labels; with the count of lines read. No
    grid unless two records or more each name their model under a label that heads names ('Model')."""
    records: list[dict[str, Cell]] = []
    labels: dict[str, Cell] = {}  # label (lower case) -> its first cell, in the order first met
    used = 0
    for k, line in enumerate(lines):
        if not article[line[0]:line[1]].strip():
            continue
        head = _RECORD_HEAD.match(article, *line)
        field_cells = record_field(article, line) if head is None else None
        if head is None and field_cells is None:
            break
        if head is not None:
            labels.setdefault("#", make_cell(article, *head.span(1)))
            records.append({"#": make_cell(article, *head.span(2))})
        else:
            key = field_cells[0].text.lower()
            if not records or key in records[-1]:
                records.append({})
            labels.setdefault(key, field_cells[0])
            records[-1][key] = field_cells[1]
        used = k + 1
    name_key = next((key for key in labels if names_key(key)), None)
    records = [r for r in records if name_key in r]
    if name_key is None or len(records) < 2 or len(labels) < 2 or ("#" in labels and not all("#" in r for r in records)):
        return None, used
    first = lines[0][0]
    rows = [tuple(labels.values())] + [tuple(r.get(key) or empty_cell(first) for key in labels) for r in records]
    return Grid(tuple(rows), first, max(c.end for row in rows for c in row), "records", header_rows=1), used


# -- comma-separated rows ------------------------------------------------------------------

_CSV_FIELD = re.compile(r'\s*"(?:[^"\n]|"")*"\s*|[^,\n]*')


def csv_cells(article: str, line: Line) -> list[Cell]:
    """The fields of a comma-separated line, a quoted one whole ('"Vega, 7B",61.2')."""
    start, end = line
    cells, pos = [], start
    while pos <= end:
        m = _CSV_FIELD.match(article, pos, end)
        a, b = m.span()
        raw = article[a:b].strip()
        if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
            inner = a + article[a:b].index('"') + 1
            cells.append(make_cell(article, inner, inner + len(raw) - 2))
        else:
            cells.append(make_cell(article, a, b))
        if b >= end or article[b] != ",":
            break
        pos = b + 1
    return cells


def csv_grid(article: str, lines: Sequence[Line]) -> Optional[Grid]:
    """A header of names over two or more rows with as many comma-separated fields, each row holding a
    number: a data file pasted into the page. Prose with commas never keeps one count of them line after line
    with a number in every line."""
    rows = [tuple(csv_cells(article, line)) for line in lines]
    width = len(rows[0])
    if width < 3 or any(len(r) != width for r in rows) or len(rows) < 3:
        return None
    if any(is_number_text(c.text) for c in rows[0]) or not all(c.text for c in rows[0]):
        return None
    if not all(any(is_number_text(c.text) for c in r) for r in rows[1:]) or any(len(c.text) > 80 for r in rows for c in r):
        return None
    return Grid(tuple(rows), lines[0][0], lines[-1][1], "csv", header_rows=1)


# -- fused values: rows whose number cells ran together ---------------------------------------

_FUSED_RUN = re.compile(r"\d+(?:\.\d+){2,}\s*$|(?:\d{1,3}(?:\.\d+)?%){2,}\s*$")  # '73.086.088.6', '73%86.5%'
# 'Vega-7B57.5%', 'Vega v0.323.7%': a share glued to a name, matched from where the run of digits begins (the split
# then finds where the name's own digits end)
_GLUED_PERCENT = re.compile(r"(?<=[^\s\d.])[\d.]*\d%\s*$")
_VALUE_AFTER_BRACKET = re.compile(r"(?<=[)\]])\d{1,3}\.(\d{1,2})$")  # '(Acme)95.0' before shares: the first value
_TRAILING_MONEY = re.compile(r"(?<=%)\$\d+(?:\.\d+)?\s*$")  # '61.2%$0.36': a cost's cell after the shares
_FUSED_LABEL = re.compile(r"\s*[A-Za-z(]")
# Where a header's cells ran together: a capital after a small letter ('BenchmarkLlama'), a capital word after a
# capital ('8BLlama', 'MMLUHumanEval'), a capital after a size ('405BGPT-4'), a word after a digit, a capital
# after a bracket ('(pass@1)MATH').
_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=\d[BMK])(?=[A-Z])|(?<=\d)(?=[A-Z][a-z]{2})"
                    r"|(?<=[)\]])(?=[A-Z])")
_BRACKETED = re.compile(r"\([^()\n]{0,60}\)|\[[^\[\]\n]{0,60}\]")


def fused_row(article: str, line: Line, single: bool = False) -> Optional[tuple[Cell, ...]]:
    """The label and value cells of a row whose values ran together ('MMLU (0-shot)73.086.088.6' is
    'MMLU (0-shot)', 73.0, 86.0, 88.6; 'Vega 4.640.0%53.1%' is 'Vega 4.6', 40.0%, 53.1%): every value
    has the decimals the last one has, or ends in '%', so the digits split one way only; the first value
    starts where its whole part is no longer than the others' (a name's version keeps its digits), and a
    share is no more than 100%. With ``single``, one share glued to the label is a row too ('Vega-7B57.5%')."""
    start, end = line
    last = article[start:end].rstrip()[-1:]
    if not (last.isdigit() or last == "%"):
        return None  # most lines end in a word or a stop: no row of values
    money = _TRAILING_MONEY.search(article, start, end)
    stop = money.start() if money is not None else end
    m = _FUSED_RUN.search(article, start, stop) or (_GLUED_PERCENT.search(article, start, stop) if single else None)
    if m is None or _FUSED_LABEL.match(article, start, m.start()) is None:
        return None
    run_end = m.start() + len(m.group().rstrip())
    percent = "%" in m.group()
    first_end = article.find("%", m.start(), run_end) if percent else run_end  # the first value ends by here
    whole_end = (article.rfind if percent else article.find)(".", m.start(), first_end)  # where its whole part ends
    if whole_end < 0:
        whole_end = first_end  # '73%86%': no decimals
    for first in range(max(m.start(), whole_end - 3), whole_end):
        values = _fused_split(article, first, run_end)
        if values is not None:
            before = _VALUE_AFTER_BRACKET.search(article, start, values[0][0]) if percent else None
            if before is not None and len(before.group(1)) == len(article[values[0][0]:values[0][1]].rstrip("%")
                                                                  .partition(".")[2]):
                values.insert(0, before.span())  # 'Vega (Acme)95.090.5%': a score, then shares, as many decimals
            return _fused_cells(article, start, values + ([money.span()] if money is not None else []))
    return None


def _fused_split(article: str, pos: int, end: int) -> Optional[list[tuple[int, int]]]:
    """Values from ``pos`` to ``end``, each ending in '%' or with the decimals the last has; None when the
    digits do not split so, or the first value's whole part is longer than the longest of the others'."""
    percent = article[end - 1] == "%"
    decimals = 0 if percent else end - article.rfind(".", pos, end) - 1
    values, wholes = [], []
    while pos < end:
        stop = article.find("%", pos, end) + 1 if percent else article.find(".", pos, end)
        whole = article[pos:stop].rstrip("%").split(".")[0] if percent else article[pos:stop]
        if stop <= 0 or not 1 <= len(whole) <= 3 or not whole.isdigit() or (len(whole) > 1 and whole[0] == "0") \
                or (percent and int(whole) > 100):
            return None
        if not percent:
            stop += 1 + decimals
            if stop > end or not article[stop - decimals:stop].isdigit():
                return None
        values.append((pos, stop))
        wholes.append(len(whole))
        pos = stop
    if not values or (len(values) < 2 and not percent) or wholes[0] > max(wholes[1:], default=3):
        return None
    return values


def _fused_cells(article: str, start: int, values: list[tuple[int, int]]) -> Optional[tuple[Cell, ...]]:
    label = make_cell(article, start, values[0][0])
    if not label.text or len(label.text) > 60:
        return None
    return (label, *(make_cell(article, a, b) for a, b in values))


def fused_header(article: str, line: Line, width: int, words: HeaderWords) -> Optional[tuple[Cell, ...]]:
    """The ``width`` cells of a header whose names ran together ('BenchmarkLlama 3.1 8BLlama 3.1
    70BGPT-4'), split where a name's end meets the next one's capital, never inside a known name or
    brackets; a first cell more, or a header word before a space, is the corner over the row labels."""
    start, end = line
    text = article[start:end]
    if len(text.strip()) > 200 or any(ch.isdigit() for ch in text.strip()[-1:]) and _FUSED_RUN.search(text):
        return None
    kept = list(words.joined_names(text)) + [m.span() for m in _BRACKETED.finditer(text)]
    cuts = [m.start() for m in _JOINT.finditer(text) if not any(a < m.start() < b for a, b in kept)]
    bounds = [len(text) - len(text.lstrip())] + cuts + [len(text.rstrip())]
    cells = [make_cell(article, start + a, start + b) for a, b in zip(bounds, bounds[1:])]
    if len(cells) == width:
        corner, sep, rest = cells[0].text.partition(" ")
        if not sep or not words.heads_column(corner):
            return (empty_cell(start), *cells)
        at = start + bounds[0] + len(corner)
        cells[0] = make_cell(article, at, cells[0].end)
        return (make_cell(article, start + bounds[0], at), *cells)
    return tuple(cells) if len(cells) == width + 1 and all(c.text for c in cells) else None


def fused_grid(article: str, header: Line, rows: Sequence[tuple[Cell, ...]], words: HeaderWords) -> Optional[Grid]:
    """A table whose header names and row values ran together, as a page's table loses its markup."""
    head = fused_header(article, header, len(rows[0]) - 1, words)
    if head is None:
        return None
    return Grid((head, *rows), header[0], rows[-1][-1].end, "fused", header_rows=1)


def _is_value_token(token: str) -> bool:
    return _VALUE_TOKEN.match(token.replace(" ", "").strip(",")) is not None


# -- HTML tables inside Markdown ------------------------------------------------------------

_TABLE_OPEN = re.compile(r"<table\b[^>]{0,500}>", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_ROW_OR_CELL = re.compile(r"<(/?)(tr|td|th|thead|tbody|tfoot)\b([^>]{0,300})>", re.I)
_SPAN_ATTR = re.compile(r"""\b(col|row)span\s*=\s*["']?(\d{1,2})""", re.I)


def html_tables(article: str) -> list[tuple[int, int]]:
    """(start, end) of every '<table>...</table>' written into the text (model READMEs do)."""
    found, pos = [], 0
    while True:
        m = _TABLE_OPEN.search(article, pos)
        if m is None:
            return found
        close = _TABLE_CLOSE.search(article, m.end())
        end = close.end() if close else len(article)
        found.append((m.start(), end))
        pos = end


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def html_grid(article: str, start: int, end: int) -> Optional[Grid]:
    """A grid from an HTML table: cells between their tags, 'colspan' repeated across, 'rowspan'
    carried down; leading rows of '<th>' cells (or in '<thead>') are the header."""
    rows: list[list[Cell]] = []
    header_rows = 0
    in_head = had_head = False
    carried: dict[int, tuple[Cell, int]] = {}  # column -> (cell, rows still to fill)
    row: Optional[list[Cell]] = None
    row_is_head = True
    cell_open: Optional[tuple[int, int, int]] = None  # content start, colspan, rowspan
    comments = [c.span() for c in _HTML_COMMENT.finditer(article, start, end)]
    for m in _ROW_OR_CELL.finditer(article, start, end):
        if comments and _inside(comments, m.start()):
            continue  # '<!--<td>X</td>-->': a cell taken out of the table
        closing, tag = m.group(1) == "/", m.group(2).lower()
        if tag == "thead":
            in_head = not closing
            had_head = True  # then the '<thead>' alone heads it: a row of '<th>' in the body is a section's title
            continue
        if tag in ("tbody", "tfoot"):
            continue
        if cell_open is not None and (tag in ("td", "th") or tag == "tr"):
            _put_cell(article, row, carried, cell_open, m.start())
            cell_open = None
        if tag == "tr":
            if row:
                _fill_carried(row, carried)
                rows.append(row)
                if (in_head or (row_is_head and not had_head)) and header_rows == len(rows) - 1:
                    header_rows += 1
            row = None if closing else []
            row_is_head = True
            continue
        if closing:
            continue
        if row is None:
            row = []
        row_is_head &= tag == "th"
        spans = {k.lower(): int(v) for k, v in _SPAN_ATTR.findall(m.group(3))}
        _fill_carried(row, carried)  # the columns cells from rows above fill, before this one
        cell_open = (m.end(), spans.get("col", 1), spans.get("row", 1))
    if cell_open is not None and row is not None:
        _put_cell(article, row, carried, cell_open, end)
    if row:
        _fill_carried(row, carried)
        rows.append(row)
    full = [r for r in rows if sum(not c.empty for c in r) >= 2]
    if len(full) < 2:
        return None
    return Grid(tuple(tuple(r) for r in rows), start, end, "html", header_rows=header_rows or None)


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """True when ``at`` falls in one of ``spans`` (in order, not overlapping)."""
    k = bisect_right(spans, (at, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _put_cell(article: str, row: Optional[list[Cell]], carried: dict, opened: tuple[int, int, int], stop: int) -> None:
    if row is None:
        return
    content_start, colspan, rowspan = opened
    close = article.rfind("</t", content_start, stop)
    cell = _with_listed_parts(article, make_cell(article, content_start, close if close >= 0 else stop))
    for _ in range(max(1, min(colspan, 20))):
        if rowspan > 1:
            carried[len(row)] = (cell, rowspan - 1)
        row.append(cell)


def _with_listed_parts(article: str, cell: Cell) -> Cell:
    """'<b>Vera</b><br>dev | test': a test's name over the parts its values are given for, one per
    '|' (the values beside it read '2.1 | 5.5'); the cell reads 'Vera (dev | test)'."""
    br = _BREAK.search(article, cell.start, cell.end)
    if br is None or "|" not in article[br.end():cell.end]:
        return cell
    name, parts = display_text(article[cell.start:br.start()]), display_text(article[br.end():cell.end])
    if not name or " | " not in parts or len(parts) > 80:
        return cell
    return Cell(cell.start, cell.end, f"{name} ({parts})", cell.core)


def _fill_carried(row: list[Cell], carried: dict) -> None:
    """Put cells spanning down from rows above into ``row`` at its next columns, as many as run on."""
    while len(row) in carried:
        cell, left = carried[len(row)]
        if left <= 1:
            del carried[len(row)]
        else:
            carried[len(row)] = (cell, left - 1)
        row.append(cell)
