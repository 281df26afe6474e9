"""Article layout: headings, prose, list items and tables, found on the raw text.

News pages and model READMEs mix prose with headings, lists and tables in many
layouts. A table row is no sentence, and a heading or a bullet label ('- GPQA:
...') tells what the lines below it are about. ``segment`` reads the text line
by line once and returns blocks with character offsets; table blocks carry the
``Grid`` their reader made (``tables.readers``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import takewhile
from typing import Callable, Iterator, Optional, Sequence, Union

from spacy.tokens import Doc

from .entities import EntityRecognizer
from .extensions import TEXT_KEY, register_extensions
from .tables.grid import Cell, Grid
from .tables.interpret import HeaderVocabulary, TableInterpreter
from .sentences import RUN_IN_HINT, run_in_items
from .vocabulary import MEDAL_PLACES
from .tables.readers import (HeaderWords, NameEnd, aligned_cells, aligned_grid, csv_grid, ends_in_number, fused_grid,
                             fused_row, html_grid, html_tables, is_pipe_row, is_separator, pipe_cells, pipe_grid,
                             ranked_grid, ranked_start, row_ending, spaced_grid, spread_header, stacked_grid, glued_grid, paired_grid,
                             sectioned_stacked_grid, glued_header, glued_rows, ranks_names_header,
                             labelled_records, opens_record, ranked_records, records_grid, RECORD_LINES)

Line = tuple[int, int]

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+\S")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)[^*_\n]{1,120}(?:\*\*|__)\s*(?:\([^)\n]{0,200}\))?\s*$")
BOLD_LINE_LEVEL = 7  # a heading's level for a bold line, after the six of '#' marks (a short title line is one more)
_ITEM = re.compile(r"^\s*(?:([-*+\u2022\u25cf\u25aa\u25e6\u2023])(?:\s+(\d{1,3})(?:[.)]|\s+[\u2013\u2014](?=\s)))?"
                   r"|(\d{1,3})[.)])\s+")  # '- 1. X' and '- 1 — X' are numbered
_LABEL = re.compile(r"(?:\*\*|__)?([^:\n*]{1,60}?)(?:\*\*|__)?\s*(?::|\s[\u2013\u2014-]\s)")
_SENTENCE_END = re.compile(r"[.!?:;,]\s*$")
_VALUE_LINE = re.compile(r"^\s*(?:[-*\u2022]\s+)?[^:\n]{1,60}:\s*[~\u2248]?\d")
_WORD = re.compile(r"\w+")
# a card's value line: a decimal or a percentage, then notes ('92.36% Acme Cloud Official submission; ...')
_VALUE_THEN_NOTES = re.compile(r"\s*(\d{1,3}(?:\.\d{1,3})?%|\d{1,4}\.\d{1,3})(?=\s+[^\W\d])")
_WRAP_WIDTH = 50  # hard-wrapped prose: lines this long or longer that end mid-sentence
_ENDS_CLAUSE = re.compile(r"[.!?:;]\W{0,2}\s*$")
_TABLE_LIKE = re.compile(r"\||\t|\S {2,}\S|^\s*\d{1,3}[.)]?\s|<[a-zA-Z/]")  # cells, ranked rows, tags
_LOWER_WORD = re.compile(r"(?<![\w\-])[a-z]{2,}(?![\w\-])")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*")
# three figures with nothing but spaces and marks between them ('61.2 58.0 (44.1)'): a row's values, no prose
_NUMBER_RUN = re.compile(r"\d[\d,.]*%?[)\]]?[\s(\[/]+\d[\d,.]*%?[)\]]?[\s(\[/]+\d")
_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z][A-Z][a-z]")  # 'DeepSeek', 'LLaMA': a name a camel-case joint runs through


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of the article: a heading, a paragraph, a list item or a table."""

    kind: str  # 'heading', 'item', 'prose' or 'table'
    start: int
    end: int
    level: int = 0  # headings: 1-6 for '#' marks, 7 for a bold line, 8 for a short title line
    number: Optional[int] = None  # an ordered item's number
    label: Optional[tuple[int, int]] = None  # 'SuperGPQA' in '- SuperGPQA: ...'
    grid: Optional[Grid] = None


@dataclass(frozen=True)
class Layout:
    """The blocks of one article in text order, with lookups by offset."""

    blocks: tuple[Block, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [b.start for b in self.blocks])
        first, runs = 0, []  # for each block, the index of the first item of the run of items it is in
        for k, block in enumerate(self.blocks):
            if block.kind != "item" or k == 0 or self.blocks[k - 1].kind != "item":
                first = k
            runs.append(first)
        object.__setattr__(self, "_run_firsts", runs)

    @property
    def tables(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "table"]

    def block_at(self, offset: int) -> Optional[Block]:
        """The block holding ``offset``, if any."""
        k = bisect_right(self._starts, offset) - 1
        if k >= 0 and self.blocks[k].start <= offset < max(self.blocks[k].end, self.blocks[k].start + 1):
            return self.blocks[k]
        return None

    def index_of(self, block: Block) -> int:
        """Where ``block`` stands among the blocks (found by its start, as the blocks are in text order)."""
        return bisect_right(self._starts, block.start) - 1

    def in_table(self, offset: int) -> bool:
        block = self.block_at(offset)
        return block is not None and block.kind == "table"

    def to_data(self) -> list:
        """Plain lists and numbers, as a Doc extension keeps them (``from_data`` reads them back)."""
        return [[b.kind, b.start, b.end, b.level, b.number, list(b.label) if b.label else None,
                 _grid_data(b.grid) if b.grid is not None else None] for b in self.blocks]

    @classmethod
    def from_data(cls, data: list) -> "Layout":
        return cls(tuple(Block(kind, start, end, level, number, tuple(label) if label else None,
                               _grid_from(grid) if grid else None)
                         for kind, start, end, level, number, label, grid in data))

    def list_start(self, offset: int) -> int:
        """Where the run of list items holding ``offset`` starts (``offset`` itself outside a list)."""
        k = bisect_right(self._starts, offset) - 1
        if k < 0 or self.blocks[k].kind != "item" or offset >= self.blocks[k].end:
            return offset
        return self.blocks[self._run_firsts[k]].start

    def lead_in(self, item: Block, text: str) -> Optional[Block]:
        """The paragraph that opens a list with a colon ('On VeraCode, the full picture:'), for any item
        of the run of items below it."""
        at = self.index_of(item)
        if self.blocks[at].kind != "item":
            return None
        k = self._run_firsts[at] - 1
        if k < 0 or self.blocks[k].kind != "prose":
            return None
        lead = self.blocks[k]
        return lead if text[lead.start:lead.end].rstrip().endswith(":") else None

    def headings_before(self, offset: int, says_nothing: Optional[Callable[[Block], bool]] = None) -> Iterator[Block]:
        """Headings above ``offset``, nearest first, each of a higher rank than the one before; a heading
        that ``says_nothing`` ('### Results') leaves the one before it at its rank in play ('### Kaoshi')."""
        k = bisect_right(self._starts, offset) - 1
        rank = 99
        while k >= 0:
            block = self.blocks[k]
            if block.kind == "heading" and block.level < rank and block.end <= offset:
                yield block
                rank = block.level + (1 if says_nothing is not None and says_nothing(block) else 0)
            k -= 1


def _grid_data(grid: Grid) -> dict:
    return {"layout": grid.layout, "start": grid.start, "end": grid.end, "header_rows": grid.header_rows,
            "rows": [[[c.start, c.end, c.text, c.core[0], c.core[1]] for c in row] for row in grid.rows]}


def _grid_from(data: dict) -> Grid:
    rows = tuple(tuple(Cell(a, b, text, (ca, cb)) for a, b, text, ca, cb in row) for row in data["rows"])
    return Grid(rows, data["start"], data["end"], data["layout"], header_rows=data["header_rows"])


def lines_of(text: str) -> list[Line]:
    """(start, end) of every line, without its line break."""
    lines, start = [], 0
    for end in _newlines(text):
        lines.append((start, end))
        start = end + 1
    lines.append((start, len(text)))
    return lines


def _newlines(text: str) -> Iterator[int]:
    i = text.find("\n")
    while i >= 0:
        yield i
        i = text.find("\n", i + 1)


def unwrapped(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped prose as spaces, one for one (offsets stay), so
    a sentence or a name broken over two lines ('GPT-4' ending one, 'Turbo' starting the next) reads
    whole. Hard-wrapped: a run of prose lines (not cells, items or headings) cut near one width."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    spaces: set[int] = set(_broken_sentences(lines))  # indexes of the lines whose break becomes a space
    if _three_in_a_row(lines):  # else the usual case: a paragraph a line, or short lines
        for k, j in _runs([_is_prose_line(line) for line in lines]):
            last = j if j < len(lines) and lines[j].strip() and not _TABLE_LIKE.search(lines[j]) else j - 1
            spaces.update(_wraps(lines, k, last))
    if not spaces:
        return text
    return "".join(line + (" " if i in spaces else "\n") for i, line in enumerate(lines))[:len(text)]


def _broken_sentences(lines: list[str]) -> Iterator[int]:
    """Single breaks inside a sentence: a long prose line that ends mid-clause, then a line going on in
    lower case ('... the second-ranked model generally' / 'available through an API ...')."""
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if len(line) >= _WRAP_WIDTH and nxt[:1].islower() and not _ENDS_CLAUSE.search(line) \
                and _is_prose_line(line) and _is_prose_line(nxt):
            yield i


def _runs(flags: list[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of True in ``flags``."""
    k = 0
    while k < len(flags):
        if not flags[k]:
            k += 1
            continue
        j = k
        while j < len(flags) and flags[j]:
            j += 1
        yield k, j
        k = j


def _three_in_a_row(lines: list[str]) -> bool:
    """True when three lines in a row are of a wrap width: what three breaks a wrap made need."""
    run = 0
    for line in lines:
        run = run + 1 if _WRAP_WIDTH <= len(line) <= 120 else 0
        if run == 3:
            return True
    return False


def _wraps(lines: list[str], first: int, last: int) -> list[int]:
    """The breaks after lines ``first``..``last - 1`` that a wrap width made: the line's next word would
    not have fitted in it. At least three such breaks, or none: a headline over a standfirst is no wrap."""
    if last - first < 2:
        return []
    width = max(len(lines[i]) for i in range(first, last))
    if width < _WRAP_WIDTH or width > 120:
        return []
    found = [i for i in range(first, last)
             if not _ENDS_CLAUSE.search(lines[i]) and len(lines[i]) + 1 + len(lines[i + 1].split(" ", 1)[0]) > width - 2]
    return found if len(found) >= 3 else []


def _is_prose_line(line: str) -> bool:
    """Running words, not a table row, item, heading or title: some lower-case words, few numbers."""
    if _ITEM.match(line) or _HEADING.match(line) or _TABLE_LIKE.search(line):
        return False
    return len(_LOWER_WORD.findall(line)) >= 3 and (len(_NUMBER.findall(line)) < 4 or not _NUMBER_RUN.search(line))


def segment(text: str, header_words: Union[HeaderWords, Callable[[str], bool]],
            name_end: Optional[NameEnd] = None) -> Layout:
    """The article's blocks: tables of every layout first, then headings, items and prose."""
    lines = lines_of(text)
    taken = [False] * len(lines)
    tables: list[tuple[int, list[Block]]] = []
    words = header_words if isinstance(header_words, HeaderWords) else HeaderWords(header_words)
    for first, last, grid in _tables(text, lines, words, name_end):
        for k in range(first, last):
            taken[k] = True
        tables.append((first, [Block("table", grid.start, grid.end, grid=grid)]))
    blocks = dict(tables)
    for k, (start, end) in enumerate(lines):
        if taken[k] or not text[start:end].strip():
            continue
        marks = run_in_items(text, start, end) if RUN_IN_HINT.search(text, start, end) else []
        blocks[k] = _run_in_blocks(text, start, end, marks) if marks else [_text_block(text, lines, k)]
    ordered = _bare_numbered_lines(_numbered_top_list([b for k in sorted(blocks) for b in blocks[k]], text), text)
    return Layout(tuple(ordered))


def _run_in_blocks(text: str, start: int, end: int, marks: list[int]) -> list[Block]:
    """A line holding a numbered list run into it ('Ranking: 1. A: 5 2. B: 4 3. C: 3'): what comes
    before the list, then one numbered item per number."""
    blocks = [Block("prose", start, marks[0], label=_label(text, start, marks[0]))] \
        if text[start:marks[0]].strip() else []
    for number, (a, b) in enumerate(zip(marks, marks[1:] + [end]), 1):
        b = a + len(text[a:b].rstrip())
        m = _ITEM.match(text[a:b])
        blocks.append(Block("item", a, b, number=number, label=_label(text, a + m.end() if m else a, b)))
    return blocks


_TOP_N_LEAD = re.compile(r"(?i)(?:\btop[ -](\d{1,2}|three|four|five|six|seven|eight|nine|ten)\b"  # 'Top 10 models:'
                         r"|\bthe (\d{1,2}|three|four|five|six|seven|eight|nine|ten) (?:best|highest|strongest|leading)\b)"
                         r"[^\n]{0,80}:\s*$")  # 'Here are the 10 best-performing models this month:'
_COUNT_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _numbered_top_list(blocks: list[Block], text: str) -> list[Block]:
    """'Top 10 models this week:' over ten short lines or bullets, a name each: the list is ranked, so
    its lines are numbered items 1 to 10 (only as many lines as it announces, each of a few words)."""
    out = list(blocks)
    for k, block in enumerate(blocks):
        m = _TOP_N_LEAD.search(text, block.start, block.end)
        if m is None or block.kind == "table":
            continue
        said = m.group(1) or m.group(2)
        n = int(said) if said.isdigit() else _COUNT_WORDS[said.lower()]
        kind = _entry_kind(blocks[k + 1]) if k + 1 < len(blocks) else None
        run = list(takewhile(lambda b: _entry_kind(b) == kind and b.number is None and _short_entry(text[b.start:b.end]),
                             blocks[k + 1:k + 1 + n]))
        after = k + 1 + len(run)  # as many short lines as it announces, or fewer where the list ends (an excerpt)
        list_ends = after >= len(blocks) or _entry_kind(blocks[after]) != kind  # the next block is no entry
        if kind is not None and n >= 3 and len(run) >= 3 and (len(run) == n or list_ends) and (
                list_ends or len(_WORD.findall(text[blocks[after].start:blocks[after].end])) > 6
                or "\n\n" in text[run[-1].end:blocks[after].start]):
            for j, b in enumerate(run, 1):
                out[k + j] = Block("item", b.start, b.end, number=j)
    return out


def _entry_kind(block: Block) -> Optional[str]:
    """What a block would be as an entry of a list: a bullet or numbered 'item', a bare 'line', or None."""
    return "item" if block.kind == "item" else "line" if block.kind in ("prose", "heading") else None


def _short_entry(line: str) -> bool:
    """A line of a name and its figures at most: six words or fewer besides numbers and a bracketed note
    ('- Vega-3 Preview 0204: 1404 (Elo score)')."""
    words = _WORD.findall(_BRACKETED_NOTE.sub("", _ITEM.sub("", line, 1)))
    return sum(not w.isdigit() for w in words) <= 6


_BRACKETED_NOTE = re.compile(r"\([^()\n]{0,40}\)")
_BARE_NUMBER = re.compile(r"\s*(\d{1,3})\s+(?=[^\W\d_])")


def _bare_numbered_lines(blocks: list[Block], text: str) -> list[Block]:
    """'1 Kappa-4 Acme MIT' over '2 Vega 2 ...': three or more lines in a row, each opening with the next
    number and no mark after it, are a numbered list (a ranking table with no values to read as one)."""
    out = list(blocks)
    k = 0
    while k < len(blocks):
        run, expected = [], None
        for b in blocks[k:]:
            m = _BARE_NUMBER.match(text, b.start, b.end) if b.kind == "prose" and b.number is None else None
            if m is None or "\n" in text[b.start:b.end].strip() or len(_WORD.findall(text[b.start:b.end])) > 16 \
                    or (expected is not None and int(m.group(1)) != expected) or (expected is None and int(m.group(1)) > 3):
                break
            run.append((b, int(m.group(1))))
            expected = int(m.group(1)) + 1
        if len(run) >= 3:
            for j, (b, number) in enumerate(run):
                out[k + j] = Block("item", b.start, b.end, number=number)
        k += max(len(run), 1)
    return out


def _text_block(text: str, lines: Sequence[Line], k: int) -> Block:
    start, end = lines[k]
    line = text[start:end]
    m = _HEADING.match(line)
    if m:
        return Block("heading", start, end, level=len(m.group(1)))
    if _BOLD_LINE.match(line):
        return Block("heading", start, end, level=BOLD_LINE_LEVEL)
    m = _ITEM.match(line)
    if m:
        number = int(m.group(2) or m.group(3)) if m.group(2) or m.group(3) else None
        if number is not None and _titles_sub_items(text, lines, k, m.end()):
            # ('2. Undergraduate Knowledge (MMLU Pro)' over '- X: 78.0%': a numbered title over items)
            return Block("heading", start, end, level=BOLD_LINE_LEVEL)
        return Block("item", start, end, number=number, label=_label(text, start + m.end(), end))
    if _is_title_line(text, lines, k):
        return Block("heading", start, end, level=BOLD_LINE_LEVEL + 1)
    return Block("prose", start, end, label=_label(text, start, end))


def _titles_sub_items(text: str, lines: Sequence[Line], k: int, after_mark: int) -> bool:
    """True for a numbered line that is a section title: a few words without a number or end
    punctuation, with bullet items ('- ...') right below it."""
    start, end = lines[k]
    title = text[start + after_mark:end].strip()
    if not title or len(_WORD.findall(title)) > 10 or _SENTENCE_END.search(title) or any(ch.isdigit() for ch in title):
        return False
    following = next((text[a:b] for a, b in lines[k + 1:k + 3] if text[a:b].strip()), "")
    m = _ITEM.match(following)
    return m is not None and m.group(1) is not None


def _label(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """'SuperGPQA' in 'SuperGPQA: X scores 61.0': a short lead phrase before a colon or a dash."""
    m = _LABEL.match(text, start, min(end, start + 70))
    if m is None or len(_WORD.findall(m.group(1))) > 5:
        return None
    a, b = m.span(1)
    return (a, b) if text[a:b].strip() else None


def _is_title_line(text: str, lines: Sequence[Line], k: int) -> bool:
    """A short line without end punctuation, starting with a capital, above a longer line; or the
    article's first line, set apart by a blank line."""
    start, end = lines[k]
    line = text[start:end].strip()
    if not line[:1].isupper() or _SENTENCE_END.search(line):
        return False
    if all(not text[a:b].strip() for a, b in lines[:k]) and k + 1 < len(lines) and not text[slice(*lines[k + 1])].strip():
        return len(_WORD.findall(line)) <= 20  # the article's first line, set apart: its headline
    if len(_WORD.findall(line)) > 10:
        return False
    following = [text[a:b] for a, b in lines[k + 1:k + 4] if text[a:b].strip()]
    nxt = following[0] if following else ""
    if len(nxt) > len(line) + 20:
        return True
    # over lines of 'Name: value' ('SWE-bench Verified' above 'Claude Opus 4: 72.5%'): their heading
    return len(_WORD.findall(line)) <= 6 and not _VALUE_LINE.match(line) and len(following) >= 2 and all(
        _VALUE_LINE.match(f) for f in following[:2])


# -- finding tables ----------------------------------------------------------------------

def _tables(text: str, lines: Sequence[Line], words: HeaderWords, name_end) -> Iterator[tuple[int, int, Grid]]:
    """(first line, end line, grid) of each table, in text order, never overlapping."""
    found: list[tuple[int, int, Grid]] = []
    if "<t" in text or "<T" in text:
        found.extend(_html_tables(text, lines))
    taken = {i for first, last, _ in found for i in range(first, last)}
    for k, j, rows in _pipe_runs(text, lines, taken):
        grid = pipe_grid(text, rows)
        if grid is not None and grid.header_rows is None and is_separator(pipe_cells(text, *rows[0])):
            k, grid = _with_spread_header(text, lines, k, grid)
        if grid is not None:
            found.append((k, j, grid))
    free = _free_runs(len(lines), found)
    for a, b in free:
        found.extend(_plain_tables(text, lines, a, b, words, name_end))
    return iter(sorted(found, key=lambda t: t[0]))


def _with_spread_header(text: str, lines: Sequence[Line], k: int, grid: Grid) -> tuple[int, Grid]:
    """A table that opens with its separator row, its header flattened over the lines above it (see
    ``spread_header``): the table from the header's first line, the header its first row."""
    spread = spread_header(text, lines[max(0, k - _SPREAD_HEADER_LINES):k], grid.width)
    if spread is None:
        return k, grid
    first = k - min(k, _SPREAD_HEADER_LINES) + spread[0]
    return first, Grid((spread[1], *grid.rows), lines[first][0], grid.end, grid.layout, header_rows=1)


_STACKED_TRIES = 16  # tables one cell per line looked for in one run of short lines, at most (each try reads on)
_SPREAD_HEADER_LINES = 40  # lines above a table its flattened header may take, at most


def _pipe_runs(text: str, lines: Sequence[Line], taken: set[int]) -> list[tuple[int, int, list[Line]]]:
    """(first line, end line, rows) of each run of pipe rows. A run after blank lines only, with no
    separator row of its own and as many cells a row, goes on the table before it (a table broken
    by empty lines on the page)."""
    runs: list[tuple[int, int, list[Line]]] = []
    flags = [is_pipe_row(text, line) and k not in taken for k, line in enumerate(lines)]
    for k in range(1, len(lines)):
        flags[k] = flags[k] or (flags[k - 1] and k not in taken and _continues_a_row(text, lines[k]))
    going_on = _cells_over_lines(text, lines, flags, taken)
    for k, j in _runs(flags):
        rows = _rows_over_lines(text, lines[k:j], {i - k for i in going_on if k <= i < j})
        if runs and _continues(text, lines, runs[-1], k, rows):
            first, _, before = runs.pop()
            runs.append((first, j, before + rows))
        else:
            runs.append((k, j, rows))
    return runs


def _cells_over_lines(text: str, lines: Sequence[Line], flags: list[bool], taken: set[int]) -> set[int]:
    """The lines a framed row's cells go on over ('| 1 |' / 'Vega-2' / 'open weights' / '|' / '1469 | 6 |'),
    flagged as the run's: in a run of pipe rows framed as wide as its separator row (else its first framed
    row), a framed row with fewer pipes, a header's too, goes on over the next lines until its pipes add up to
    that width, one of them at least opening with no pipe (a page that breaks its cells over lines)."""
    going_on: set[int] = set()
    resume, width = -1, None  # where the last row that went on stopped, and the width it went on to
    for start, end in list(_runs(flags)):
        if start > resume:  # (a run right after a row that went on is the same table's)
            width = _framed_width(text, lines[start:end])
        k = max(start, resume)
        while k < end:
            said = text[lines[k][0]:lines[k][1]].strip()
            j = _row_going_on(text, lines, k, width, taken) if width and said.startswith("|") \
                and said.count("|") < width else None
            if j is None:
                k += 1
                continue
            for t in range(k + 1, j):
                flags[t] = True
                going_on.add(t)
            k = j
        resume = k
    return going_on


def _framed_width(text: str, run: Sequence[Line]) -> Optional[int]:
    """The pipes a full row of a run has: its separator row's, framed ('|---|---|'), else its first framed row's."""
    framed = [text[a:b].strip() for a, b in run]
    framed = [said for said in framed if said.startswith("|") and said.endswith("|")]
    rule = next((said for said in framed if is_separator(pipe_cells(said, 0, len(said)))), None)
    return (rule or framed[0]).count("|") if framed else None


def _row_going_on(text: str, lines: Sequence[Line], k: int, width: int, taken: set[int]) -> Optional[int]:
    """The line after the last one the framed row at ``k`` goes on over, when the pipes of the lines after it
    add up to ``width`` exactly and one of them at least opens with no pipe; else None."""
    pipes, j, unframed = text.count("|", *lines[k]), k + 1, False
    while j < len(lines) and j - k <= _CELL_LINES and pipes < width and j not in taken \
            and text[lines[j][0]:lines[j][1]].strip():
        pipes += text.count("|", *lines[j])
        unframed = unframed or not text[lines[j][0]:lines[j][1]].lstrip().startswith("|")
        j += 1
    return j if pipes == width and unframed else None


_CELL_LINES = 16  # lines a framed row's broken cells take, at most


def _continues_a_row(text: str, line: Line) -> bool:
    """'Coding |': a cell that ends with a pipe and opens with none, the row before going on (a page copied
    one cell a line)."""
    said = text[line[0]:line[1]].strip()
    return len(said) > 1 and said.endswith("|") and not said.startswith("|") and said.count("|") == 1


def _rows_over_lines(text: str, lines: Sequence[Line], going_on: set[int] = frozenset()) -> list[Line]:
    """The rows of a pipe run, a row going on over the lines that continue it (see ``_continues_a_row``), over
    a line of cells that opens with no pipe under a row short of the header's cells ('| 1 |' over
    'Vega-2 | 50.2% |'), or over the lines ``going_on`` (indexes in ``lines``) its broken cells take."""
    rows: list[Line] = []
    width = 0
    for k, line in enumerate(lines):
        if rows and (k in going_on or _continues_a_row(text, line) or (
                _opens_without_pipe(text, line) and len(pipe_cells(text, *rows[-1])) < width)):
            rows[-1] = (rows[-1][0], line[1])
        else:
            rows.append(line)
            width = width or len(pipe_cells(text, *line))
    return rows


def _opens_without_pipe(text: str, line: Line) -> bool:
    said = text[line[0]:line[1]].strip()
    return said.endswith("|") and not said.startswith("|")


def _continues(text: str, lines: Sequence[Line], before: tuple[int, int, list[Line]], k: int, rows: list[Line]) -> bool:
    _, end, above = before
    if any(text[a:b].strip() for a, b in lines[end:k]):
        return False
    width = len(pipe_cells(text, *above[-1]))
    return all(not is_separator(cells) and len(cells) == width
               for cells in (pipe_cells(text, *row) for row in rows[:2]))


def _html_tables(text: str, lines: Sequence[Line]) -> Iterator[tuple[int, int, Grid]]:
    starts = [a for a, _ in lines]
    for start, end in html_tables(text):
        grid = html_grid(text, start, end)
        if grid is not None:
            first = bisect_right(starts, start) - 1
            last = bisect_right(starts, max(start, end - 1))
            yield first, last, grid


def _free_runs(n: int, taken: list[tuple[int, int, Grid]]) -> list[tuple[int, int]]:
    runs, pos = [], 0
    for a, b, _ in sorted(taken, key=lambda t: t[0]):
        if pos < a:
            runs.append((pos, a))
        pos = max(pos, b)
    if pos < n:
        runs.append((pos, n))
    return runs


def _plain_tables(text, lines, a, b, words: HeaderWords, name_end) -> list[tuple[int, int, Grid]]:
    """Tables without pipes in lines ``a..b``: ranked rows, aligned columns, one cell per line."""
    found = []
    ranked: dict[int, Optional[tuple[int, int, Grid]]] = {}  # line -> the ranked rows from it, each line read once
    records_read = [a]  # where the last reading of labelled records stopped

    def ranked_at(j: int) -> Optional[tuple[int, int, Grid]]:
        if j not in ranked:
            ranked[j] = _ranked_at(text, lines, j, b, name_end)
        return ranked[j]

    k = a
    while k < b:
        used = ranked_at(k) or _glued_at(text, lines, k, b, name_end) \
            or _records_over_lines_at(text, lines, k, b, name_end)
        if used is None and k + 1 < b and not any(is_rank_header(w) for w in text[lines[k][0]:lines[k][1]].split()) \
                and ranked_at(k + 1) is not None:
            k += 1  # a title line over ranked rows ('Arena leaderboard' over '1 Vega-2 1301'): no header of columns
            continue
        used = used or _records_at(text, lines, k, b, words, records_read) or _fused_at(text, lines, k, b, words) \
            or _csv_at(text, lines, k, b) \
            or _aligned_at(text, lines, k, b) or _spaced_at(text, lines, k, b, words)
        if used is not None:
            found.append(used)
            k = used[1]
            continue
        k += 1
    taken_lines = {i for first, last, _ in found for i in range(first, last)}
    k = a
    while k < b:
        run = _short_line_run(text, lines, k, b, taken_lines)
        items = [_value_of_card_line(text, lines[i]) for i in run]
        at, tries = 0, 0
        while len(run) - at >= 6 and tries < _STACKED_TRIES:
            rest = items[at:]
            got = stacked_grid(text, rest, words) or paired_grid(text, rest, name_end) \
                or sectioned_stacked_grid(text, rest, words)
            tries += 1
            if got is not None and at and got[0].width < 3:
                got = None  # ('Leader' / 'Vega-3' / 'Entries' / '12' further down: a page's cards)
            if got is None:  # another table may open further down the run, under a head of labels ('Model')
                at = next((j for j in range(at + 6, len(run)) if _heads_labels(text, items[j], words)), len(run))
                continue
            grid, first, end = got
            found.append((run[at + first], run[at + end - 1] + 1, grid))
            at += end
        k = (run[-1] + 1) if run else k + 1
    return found


def _ranked_at(text, lines, k, b, name_end) -> Optional[tuple[int, int, Grid]]:
    rank = ranked_start(text, lines[k])
    if rank is None or rank > 3:
        return None
    j, last = k + 1, rank
    while j < b:
        if not text[lines[j][0]:lines[j][1]].strip():
            j += 1
            continue
        nxt = ranked_start(text, lines[j])
        if nxt is None or not last <= nxt <= last + 3 or (nxt == last and _opens_on_medal(text, lines[j])):
            break  # ties skip places: 2, 2, 4 (a medal twice is a tier of equals, no place)
        last, j = nxt, j + 1
    rows = [lines[i] for i in range(k, j) if text[lines[i][0]:lines[i][1]].strip()]
    header = lines[k - 1] if k > 0 and text[lines[k - 1][0]:lines[k - 1][1]].strip() else None
    if header is not None and not any(is_rank_header(w) for w in text[header[0]:header[1]].split()) \
            and not ranks_names_header(text, header):  # ('RankModelProviderScore': a header run together)
        header = None
    grid = ranked_grid(text, rows, header, name_end)
    return (k - (header is not None), j, grid) if grid is not None else None


def _opens_on_medal(text: str, line: Line) -> bool:
    """True for a line whose place is a medal ('🥈 Vega-7B 1379'), not a number."""
    return text[line[0]:line[1]].lstrip()[:1] in MEDAL_PLACES


def _glued_at(text, lines, k, b, name_end) -> Optional[tuple[int, int, Grid]]:
    """A header line naming rank, model and value, then two or more rows whose cells ran together, ranked
    from 1 to 3 on and rising ('RankModelElo Score' over '1Vega-2-thinking1504', '2Vega-21500', ...; or each
    rank on a line of its own, '#4' over 'Vega-2 150412,408Acme')."""
    rows = glued_rows(text, lines[k + 1:min(b, k + 1 + 2 * _GLUED_ROWS_MAX)]) if k + 2 < b else []
    head = glued_header(text, lines[k]) if rows and rows[0][0] in (1, 2, 3) else None
    if head is None:
        return None
    n, last = 0, 0
    while n < len(rows) and last <= rows[n][0] <= last + 3:
        last, n = rows[n][0], n + 1
    if n < 2:
        return None
    grid = glued_grid(text, lines[k], head, rows[:n], name_end)
    if grid is None:
        return None
    j = k + 1 + sum(1 if "\n" not in text[rank.end:line[0]] else 2 for _, rank, line in rows[:len(grid.rows) - 1])
    return k, j, grid


def _records_over_lines_at(text, lines, k, b, name_end) -> Optional[tuple[int, int, Grid]]:
    """A header line naming place, model and value, then three records or more of a few lines each, opening
    on their places ('#ModelScore' over '1' / 'Vega-7B' / '91.3%', '2' / ...): a board's cards as text."""
    head = glued_header(text, lines[k]) if k + 6 < b else None
    if head is None:
        return None
    records, used = ranked_records(text, lines[k + 1:min(b, k + 1 + (RECORD_LINES + 1) * _GLUED_ROWS_MAX)],
                                    name_end)
    if len(records) < 3:
        return None
    return k, k + 1 + used, records_grid(text, lines[k], head, records)


_GLUED_ROWS_MAX = 200  # rows read under one glued header: a page's board shows fewer


def _csv_at(text, lines, k, b) -> Optional[tuple[int, int, Grid]]:
    """A header line and the rows under it with as many commas, none of them prose ('model,mmlu,gsm8k')."""
    commas = text.count(",", *lines[k])
    if commas < 2 or _ends_sentence(text[lines[k][0]:lines[k][1]].rstrip() or "."):
        return None
    j = k + 1
    while j < b and text.count(",", *lines[j]) >= commas and text[lines[j][0]:lines[j][1]].strip():
        j += 1
    grid = csv_grid(text, lines[k:j]) if j - k >= 3 else None
    return (k, j, grid) if grid is not None else None


def _records_at(text, lines, k, b, words: HeaderWords, read: list[int]) -> Optional[tuple[int, int, Grid]]:
    """Records of one labelled field a line ('* **Rank 1:**', '* Model: Vega-7B', '* Arena Score: 1323'); a run
    of labelled lines read once (``read`` holds where the last reading stopped), so a long one stays linear."""
    if k < read[0] or not opens_record(text, lines[k]):
        return None  # (the cheap test first: most lines open on no label)
    grid, used = labelled_records(text, lines[k:b], words.heads_labels)
    read[0] = k + used
    return (k, k + used, grid) if grid is not None else None


def _fused_at(text, lines, k, b, words: HeaderWords) -> Optional[tuple[int, int, Grid]]:
    """A header line whose names ran together, then rows whose values did, as many in each
    ('BenchmarkVega 7BVega 70B' over 'MMLU (5-shot)61.478.2')."""
    first = fused_row(text, lines[k + 1]) if k + 1 < b else None
    single = False
    if first is None and k + 1 < b and text[lines[k + 1][0]:lines[k + 1][1]].rstrip().endswith("%"):
        single = words.heads_labels(_first_header_word(text, lines[k]))  # 'ModelLC Win Rate' over 'Vega-7B57.5%'
        first = fused_row(text, lines[k + 1], single) if single else None  # (asked only of a row ending in a share)
    if first is None:
        return None
    rows, j = [first], k + 2
    while j < b and (row := fused_row(text, lines[j], single)) is not None and len(row) == len(first):
        rows.append(row)
        j += 1
    if len(first) == 2 and len(rows) < 2:
        return None  # one share glued to one name: a row only among others
    grid = fused_grid(text, lines[k], rows, words)
    return (k, j, grid) if grid is not None else None


def _first_header_word(text: str, line) -> str:
    """The word a header run together opens on ('Model' of 'ModelLC Win Rate')."""
    m = _OPENING_WORD.match(text, *line)
    return m.group(1) if m else ""


_OPENING_WORD = re.compile(r"[ \t]*([A-Z][a-z]+|#)")


def _spaced_at(text, lines, k, b, words: HeaderWords) -> Optional[tuple[int, int, Grid]]:
    """A header line, then two or more lines that each end in the same count of numbers."""
    if ends_in_number(text, *lines[k]) or len(text[lines[k][0]:lines[k][1]]) > 160 \
            or text[lines[k][0]:lines[k][1]].rstrip().endswith(":"):
        return None  # ('Results of the leaderboard:' leads into a list, it heads no columns; a row heads none:
        # asked first, so a long run of rows is scanned from its header only)
    j = k + 1
    ending = row_ending(text, *lines[j]) if j < b else None  # every row ends alike: in a number, or in a word after one
    if ending is not None:
        j += 1
        while j < b and row_ending(text, *lines[j]) == ending:
            j += 1
    if j - k < 3:
        return None
    grid = spaced_grid(text, lines[k:j], words.names_column)
    return (k, j, grid) if grid is not None else None


def _has_gap(text: str, line: Line) -> bool:
    """A tab or two spaces inside the line: what an aligned table's columns need."""
    start, end = line
    inner = text[start:end].strip()
    return "\t" in inner or "  " in inner


def is_rank_header(word: str) -> bool:
    return word.lower().strip("#:") in ("rank", "ranking", "pos", "position", "place", "#", "")


def _aligned_at(text, lines, k, b) -> Optional[tuple[int, int, Grid]]:
    if not _has_gap(text, lines[k]) or len(aligned_cells(text, lines[k])) < 2:
        return None
    j = k
    while j < b and (_has_gap(text, lines[j]) and len(aligned_cells(text, lines[j])) >= 2 or _tab_group_row(text, lines[j])
                     or j > k and _group_row_between(text, lines, j, b)):
        j += 1
    grid = aligned_grid(text, lines[k:j]) if j - k >= 3 else None
    return (k, j, grid) if grid is not None else None


def _group_row_between(text: str, lines: Sequence[Line], j: int, b: int) -> bool:
    """A short line of one cell ('**Math**') with an aligned row right after it: a group row inside the table."""
    row = text[lines[j][0]:lines[j][1]].strip()
    return 0 < len(row) <= 40 and not _has_gap(text, lines[j]) and not any(ch.isdigit() for ch in row) \
        and j + 1 < b and _has_gap(text, lines[j + 1]) and len(aligned_cells(text, lines[j + 1])) >= 2


def _tab_group_row(text: str, line: Line) -> bool:
    """'**General**' and tabs after it: a group row of a tab-separated table."""
    row = text[line[0]:line[1]]
    return "\t" in row and bool(row.strip()) and "\t" not in row.strip()


def _heads_labels(text: str, item: Line, words: HeaderWords) -> bool:
    return words.heads_labels(text[item[0]:item[1]].strip())


def _short_line_run(text, lines, k, b, taken) -> list[int]:
    """Indexes of consecutive short non-blank lines from ``k`` (blank lines between them allowed)."""
    run = []
    i = k
    while i < b and i not in taken:
        start, end = lines[i]
        line = text[start:end].strip()
        if line and line != "|":  # (a bar alone: the border between two cells of a table one cell a line)
            if (len(line) > 48 or len(line.split()) > 6 or _ends_sentence(line)) \
                    and _VALUE_THEN_NOTES.match(text, start, end) is None and not _CUT_SHORT.fullmatch(line):
                break
            run.append(i)
        i += 1
    return run


# 'A Preview of Vera: A Multi-Generator Ensemb...': a page's cell cut short to fit, no sentence
_CUT_SHORT = re.compile(r".{8,60}[\w ](?:\.\.\.|\u2026)")


def _value_of_card_line(text: str, line: Line) -> Line:
    """A line of one cell, or the value opening a card's value line with notes after it ('92.36% Acme ...'):
    the value is the cell, the notes no column."""
    m = _VALUE_THEN_NOTES.match(text, line[0], line[1])
    return (m.start(1), m.end(1)) if m is not None else line


def _ends_sentence(line: str) -> bool:
    return line[-1] in ".!?:;" and not line[-2:-1].isdigit()


# -- the spaCy component -------------------------------------------------------------------

class LayoutReader:
    """Finds an article's blocks and types its tables' axes; keeps both on the Doc as plain data."""

    def __init__(self, recognizer: EntityRecognizer):
        self.recognizer = recognizer
        self.vocabulary = HeaderVocabulary(recognizer.kb.tables)
        self.interpreter = TableInterpreter(self.vocabulary, recognizer.resolver, recognizer.is_model_name,
                                            recognizer.glued_maker_end, recognizer.is_maker_name)
        self.header_words = HeaderWords(self.vocabulary.is_header_word, self.vocabulary.may_stand_empty,
                                        self._names_column, self._joined_names, self.vocabulary.heads_labels)
        kb = recognizer.kb
        self._camel_names = sorted({n for n in (*kb.family_by_name, *kb.vendor_by_alias, *kb.benchmark_by_alias)
                                    if _CAMEL.search(n)}, key=len, reverse=True)
        register_extensions()

    def _names_column(self, text: str) -> bool:
        """'Arena Elo Rating', 'MT-bench (score)', 'Average', 'Gemini Ultra': a header naming a benchmark, a
        score or, whole, a model."""
        resolver = self.recognizer.resolver
        ref = resolver.resolve(text, unlisted=False)
        if ref is None:
            return text.lower() in self.vocabulary.words["score"] or self._whole_model_name(text)
        # the name first, then only what it measures ('Arena Elo Rating'), no other name ('MT-bench (score) Arena')
        rest = text[len(ref.name):] if text.lower().startswith(ref.name.lower()) else None
        return rest is not None and (not rest.strip() or resolver.resolve(rest.strip(" ()"), unlisted=False) is None)

    def _whole_model_name(self, text: str) -> bool:
        """True when all of ``text`` is one model's name ('Gemini Ultra', not 'GPT-4 Gemini')."""
        model = next((m for m in self.recognizer.find_mentions(text, full=False) if m.label == "MODEL"), None)
        return model is not None and model.start == 0 and model.end == len(text) and not self._two_families(text)

    def _two_families(self, text: str) -> bool:
        """True when the words of ``text`` end in a name of another family than the one it opens with
        ('Opus 4 Gemini Ultra'): two names run together, as a header without pipes writes them."""
        whole = self.recognizer.describe(text)
        family = whole.get("family") if whole else None
        if not family:
            return False
        words = text.split()
        tails = (self.recognizer.describe(" ".join(words[k:])) for k in range(1, len(words) - 1))
        return any(tail and tail.get("family") not in (None, family) for tail in tails)

    def _joined_names(self, text: str) -> list[tuple[int, int]]:
        """Where listed names written in camel case stand in ``text`` ('DeepSeek', 'HumanEval'): a run-together
        header is never split inside one."""
        return [(m.start(), m.start() + len(name)) for name in self._camel_names
                for m in re.finditer(re.escape(name), text)]

    def segment(self, text: str) -> Layout:
        return segment(text, self.header_words, self.recognizer.name_end)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get(TEXT_KEY) or doc.text
        layout = self.segment(text)
        doc._.layout = layout.to_data()
        doc._.table_names = [[a, b, name] for block in layout.tables
                             for a, b, name in self.interpreter.axis_names(block.grid)]
        return doc


def layout_of(doc: Doc) -> Layout:
    """The layout the ``extractor_layout`` component left on ``doc`` (an empty one if it did not run)."""
    data = doc._.layout
    return Layout.from_data(data) if data else Layout(())
