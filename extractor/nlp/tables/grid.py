"""The one grid type every table reader produces: rows of cells with character offsets.

A cell keeps where its raw content stands in the article (``start``/``end``) and
its display text (``text``): markdown emphasis, links, footnote marks and inline
HTML removed, as a reader sees it. ``core`` is where that display text stands in
the raw cell when it is one piece of it, so a name in a cell can be grounded exactly.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Optional

_LINK = re.compile(r"\[([^\]\n]{0,300})\](?:\([^)\s]{0,500}\)|\[[^\]\n]{1,100}\])")  # '[MMLU](url)', '[MMLU][mmlu]'
# A footnote mark in superscript goes ('MMLU<sup>1</sup>', '<sup>†</sup>'); other tags go and leave their text
# ('<sup>**7.78**</sup>', a whole cell set small).
_FOOTNOTE_MARK = r"(?:\d{1,2}|[*\u2020\u2021\u00a7\u00b6#]{1,3}|[a-zA-Z])"
_BOLD_OVER_NOTE = re.compile(r"^\s*\*\*([^*<>]+)\*\*\s*<br\s*/?>\s*[*_][^*_<>]{1,40}[*_]\s*$")
_TAG = re.compile(rf"<sup>[\s\[(]*{_FOOTNOTE_MARK}(?:[\s,]+{_FOOTNOTE_MARK}){{0,3}}[\s\])]*</sup>"
                  r"|<br\s*/?>|</?[a-zA-Z][^<>]{0,500}>")
# A spread in <sub> after a number goes ('8.61<sub>0.04</sub>'); any other <sub> is a note in brackets: a split
# or metric of a benchmark ('MME (sum)'), a tag of a name ('Flamingo-9B (base)').
_SUBSCRIPT = re.compile(r"(\d?)\s*<sub>([^<]{0,40})</sub>")
_FOOTNOTE = re.compile(r"\[\^[^\]]{1,10}\]|\\\*|[\u2020\u2021\u00a7\u00b9\u00b2\u00b3\u2070-\u2079]+(?![\w\-])")
_NUMBER_IN_UNDERSCORES = re.compile(r"(?<![\w])_{1,2}(\d[\d.,]*%?)_{1,2}(?!\w)")
_EMPHASIS = re.compile(r"\*\*|__|`|(?<!\w)\*|\*(?!\w)|~~")
_SPACES = re.compile(r"\s+")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: raw offsets into the article and the text a reader sees."""

    start: int
    end: int
    text: str
    core: tuple[int, int]  # offsets of ``text`` in the article when it stands there as one piece, else (start, end)

    @property
    def empty(self) -> bool:
        return not self.text


@dataclass(frozen=True)
class Grid:
    """A table read from the text: rows of cells, the header rows a reader could tell, the layout it had."""

    rows: tuple[tuple[Cell, ...], ...]
    start: int
    end: int
    layout: str  # 'pipe', 'html', 'csv', 'aligned', 'spaced', 'stacked', 'ranked', 'fused' or 'records'
    header_rows: Optional[int] = None  # known from a separator line; None: the interpreter decides
    caption: Optional[tuple[int, int]] = None  # the lead-in line right above the table, if any
    notes: dict = field(default_factory=dict)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def empty_cell(at: int) -> Cell:
    """A cell put back where a row lacks one: empty, standing at ``at``."""
    return Cell(at, at, "", (at, at))


def display_text(raw: str) -> str:
    """What a reader sees in a cell: links as their text, no emphasis, footnotes or tags."""
    over_note = _BOLD_OVER_NOTE.match(raw)
    if over_note:  # '**Grok**<br/>*xAI*': the bold text is the cell's, the line under it a note on it
        raw = over_note.group(1)
    text = html.unescape(_LINK.sub(r"\1", raw)).replace("\u00a0", " ")
    if "<sub>" in text:
        text = _SUBSCRIPT.sub(_subscript, text)
    text = _TAG.sub(" ", text)
    text = _FOOTNOTE.sub("", text)
    text = _EMPHASIS.sub("", _NUMBER_IN_UNDERSCORES.sub(r"\1", text))  # '_75.0_' in italics, never 'arc_easy'
    text = _ESCAPED.sub(r"\1", text)  # markdown's escapes: '19\.2', 'CodeGen2\.5', '\# Samples'
    return _SPACES.sub(" ", text).strip()


def _subscript(m: re.Match) -> str:
    return m.group(1) if m.group(1) or not m.group(2).strip() else f" ({m.group(2)})"


def make_cell(article: str, start: int, end: int) -> Cell:
    """A cell for ``article[start:end]``, trimmed of spaces, with its display text and where it stands."""
    while start < end and article[start].isspace():
        start += 1
    while end > start and article[end - 1].isspace():
        end -= 1
    raw = article[start:end]
    text = display_text(raw) if raw else ""
    at = raw.find(text) if text else -1
    core = (start + at, start + at + len(text)) if at >= 0 else (start, end)
    return Cell(start, end, text, core)
