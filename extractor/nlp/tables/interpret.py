"""What a table says: its axes typed by content, then one claim per cell.

A grid says nothing about what its rows and columns are. The interpreter types
each header by the table vocabulary (``knowledge/tables.json``: rank, model,
vendor, columns to skip, score words) and by the benchmark resolver, and each
column by what its cells hold (names, numbers, words). Then it finds the model
axis: model names across the header (models as columns, benchmarks down the
first columns), a column of names (models as rows, benchmarks or metrics
across), or rank positions across ('#1 model | #2 model') with categories down.
Every number where a model meets a benchmark or metric is a score claim; a rank
column or a position header gives rank claims.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Optional, Sequence

from ..benchmarks import SLASHED_PARTS, BenchmarkRef, BenchmarkResolver
from .grid import Cell, Grid, empty_cell
from ..vocabulary import MEDAL_PLACES
from .readers import PLACE_MARK, is_number_text, without_place_mark

Span = tuple[int, int]

_NUMBER = re.compile(r"^([~≈]?)([-+]?)(\d[\d,]*(?:\.\d+)?)\s*(%?)")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")  # '41,8%': a decimal comma (a thousands comma has three digits after it)
_COMPOUND = re.compile(r"^(.*?\S)\s*\(\s*[~≈]?(\d[\d,]*(?:\.\d+)?)\s*(%?)\s*\)$")
_POSITION = re.compile(r"^(?:#|no\.?\s*|top\s*)?(\d{1,2})(?:st|nd|rd|th)?\b")
_SAYS_AN_OUTCOME = re.compile(r"(?i)\b(?:is|are|was|were|than|better|worse|ties?|wins?|loses?|vs\.?|versus)\b")
_NAME_LIKE_HEADER = re.compile(r"([A-Z][A-Za-z]{2,20})[ -]v?\d")  # 'Zudir 3', 'Buga-1.5': a family word, a version
_NOTE = re.compile(r"\s*[(（]([^)）]*)[)）]\s*$")
_TAG_NOTE = re.compile(
    r"^(?:[A-Z][A-Z0-9.\-]+|\d[\dA-Za-z.\-]*(?: version)?"  # '(SFT)', '(RL)', '(12B)', '(0613)'; not '(Ours)', '(latest)'
    r"|\d{1,2}/\d{1,2}"  # a month and day: 'X (10/22)'
    r"|(?i:(?:x?high|medium|low|minimal|max)(?: reasoning| effort| thinking)?|non-?thinking|thinking|think|reasoning)"
    r"|(?i:(?:thinking|reasoning|effort)[ :\-](?:x?high|medium|low|minimal|max|none))"  # 'X (thinking Minimal)'

    r"|(?i:prompt|preview|instruct|chat|base|experimental|exp|new)"  # a mode or variant: 'GPT-4-0125-Preview (Prompt)', 'X (base)'
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?(?: ['\u2019]?\d{2})?)$")  # 'X (Nov '24)', 'X (Sept)'
_SETTING = re.compile(r"(?i)(?<![\w=])(?:n\s?=\s?\d{1,2}|\d{1,2}-shot|zero-shot|few-shot|one-shot)(?![\w=])")
_SLASH_NOTE = re.compile(r"\((?![wW]/)([^()/]{1,20}(?:/[^()/]{1,20}){1,3})\)")  # not '(w/ tools)': 'with'
_SLASH_TAIL = re.compile(rf"(?<=\S) +({SLASHED_PARTS.pattern})\s*$")  # 'VeraBench L1/L2/L3', as the resolver reads it
_RANK_CELL = re.compile(r"^(?:#\s*)?(\d{1,3})(?:st|nd|rd|th)?$")
# '🏅 1': a place after a symbol, also an emoji garbled by reading its UTF-8 bytes as a Thai code page ('๐ฅ 1');
# no arrow ('▲ 2' is a move up the board, no place)
_MARKED_RANK = re.compile(r"^(?![\u2190-\u21ff\u25a0-\u25ff\u2b00-\u2bff])"
                          r"(?:[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f]{1,3}|[\u0e00-\u0e7f]{2,4})\s+([0-9]{1,3})$")
_PIPED_VALUES = re.compile(r"(?:[-\u2013]|\d+(?:\.\d+)?%?)(?:\s*\|\s*(?:[-\u2013]|\d+(?:\.\d+)?%?))+")  # '2.1 | 5.5 | -'
_LISTED_PARTS = re.compile(r"(.+?) \(([^()]+(?: \| [^()]+)+)\)")  # 'Vera (dev | test)': a test and its parts
_PAIRED_RANKS = re.compile(r"^(?:#\s*)?(\d{1,3})\s*/\s*(?:#\s*)?(\d{1,3})$")  # '4 / 24': a place in a subset / overall
_SUITE_NOUNS = frozenset({"evaluation", "evaluations", "benchmark", "benchmarks", "bench", "test", "tests", "exam", "arena",
                          "index", "leaderboard", "eval", "evals", "suite", "challenge", "competition", "olympiad"})
_PLAIN_TITLE = re.compile(r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)+")  # 'Voice Full-Duplex', 'Speech Tasks'
_OWNER_PREFIX = re.compile(r"^[A-Z][A-Za-z.\-]{1,19}(?: [A-Z][A-Za-z.\-]{1,19})?: (?=\w)")  # 'Acme: ', 'Acme Labs: '
_DOT_DETAIL = re.compile(r"\s+[\u00b7\u2022]\s+")  # 'Vega 70B · 69.0B': a detail after a middle dot or bullet
_MEDALS = {**MEDAL_PLACES, "\U0001f3c5": 1, "\U0001f3c6": 1}  # a medal or a trophy heads
_SYMBOLS = re.compile(r"^[^\w(\[]+|[^\w)\]+.]+$")  # medals, stars and other marks around a name
_PERCENT_HEADER = re.compile(r"(?:^|\s|\()%\)?\s*$")  # 'Mean %', 'Accuracy (%)': the column's numbers are percents
_PHRASE = re.compile(r"[A-Za-z][a-z]+(?: [a-z]+)+$")  # 'With tools', 'dialogue ability': words of a setting or measure, no name
_BRACKETED = re.compile(r"\s*[(\[\uff08\u3010][^)\]\uff09\u3011]*[)\]\uff09\u3011]")  # also （）and 【】
_ARROW_MARKED = re.compile(r"[\u2b06\u2b07\u2191\u2193]")  # '↑', '↓': which way a measure is better
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")
_WORDS = re.compile(r"[\w@#.%+/-]+")


@dataclass(frozen=True)
class BenchmarkChoice:
    """A table's benchmark and where it was read: 'table' (a header or label), 'caption', 'heading', 'article'."""

    ref: Optional[BenchmarkRef]
    source: str
    span: Optional[Span] = None


@dataclass
class TableFinding:
    """One claim a table makes, grounded in cell offsets."""

    kind: str  # 'rank', 'score' or 'comparison'
    subject: str
    subject_span: Span
    evidence: Span
    benchmark: BenchmarkChoice
    vendor: Optional[tuple[str, Span]] = None
    rank: Optional[int] = None
    value: Optional[float] = None
    unit: Optional[str] = None
    metric: Optional[str] = None
    value_span: Optional[Span] = None
    scope: Optional[str] = None
    relation: Optional[str] = None  # a comparison's: 'outperforms'
    objects: tuple[tuple[str, Span], ...] = ()  # a comparison's other models, each (name, span)
    extras: dict = field(default_factory=dict)


_VERSION_WORDS = frozenset({"version", "ver", "v"})  # before a number, inside a name: a version, no column of versions


class HeaderVocabulary:
    """Header words by column role, from ``knowledge/tables.json``."""

    ROLES = ("rank", "model", "vendor", "skip", "score", "flag", "count", "size")

    def __init__(self, words: dict):
        self.words = {role: frozenset(w.lower() for w in words.get(role, ())) for role in self.ROLES}
        self.not_subject = frozenset(w.lower() for w in words.get("not_subject", ()))
        self.places = {w.lower(): int(p) for w, p in words.get("place", {}).items()}
        self.category_labels = frozenset(w.lower() for w in words.get("category_labels", ()))
        self.agents = frozenset(w.lower() for w in words.get("agent", ()))  # name entries, after a 'Model' column
        self.test_labels = frozenset(w.lower() for w in words.get("test_labels", ()))
        self._cjk_skips = tuple(w for w in self.words["skip"] if _CJK.search(w))  # '耗时' within '平均耗时': no spaces
        self._count_openings = tuple(w for w in self.words["count"] if " " in w and not w.startswith("#"))

    def unnamed(self, label: str) -> bool:
        """True for a label that names no model: 'Ours', 'SFT-only baseline (32B)', 'Human expert', 'Full mark'."""
        low = label.lower()
        return low.strip(" *_") in self.not_subject or not self.not_subject.isdisjoint(_WORDS.findall(low))

    def role(self, header: str) -> Optional[str]:
        """'rank', 'model', 'vendor', 'skip' or 'score' for a header, or None when it says none of them."""
        low = _BRACKETED.sub(" ", header).lower().strip(" :*") or header.lower().strip(" :*")  # 'Benchmark (Metric)'
        written = low
        low = _CJK.sub(" ", low).strip() or low  # '排名 Rank', '模型 Model': the English of a bilingual header
        if not low:
            return None
        tokens = [t.lstrip("#").rstrip(".") or t for t in _WORDS.findall(low) if t != "/"]  # "Std. Dev.": the words
        tokens = [t for k, t in enumerate(tokens) if not (t in _VERSION_WORDS and k > 0 and k + 1 < len(tokens)
                                                          and tokens[k + 1][:1].isdigit())]  # 'X version 1106'
        for role in ("rank", "model", "vendor"):
            if low in self.words[role] or (tokens and " ".join(tokens) in self.words[role]):
                return role
        if low in self.agents:
            return "model"
        if tokens and tokens[-1] in self.words["model"] and len(tokens) <= 2 and tokens[0] not in self.words["score"] \
                and tokens[0] not in self.test_labels:
            return "model"  # 'Model Name', 'LLM name' ('Task Name' heads tests)
        if len(tokens) == 2 and tokens[-1] in ("rank", "ranking", "position", "place"):
            # 'Overall Rank', 'v2 Rank': a rank column with its qualifier; 'Average Rank' is a mean of ranks, no claim
            return "skip" if tokens[0] in self.words["score"] else "rank"
        if any(t in self.words["skip"] or (t.split("/", 1)[0] in self.words["skip"]) for t in tokens) \
                or low in self.words["skip"] or low in self.words["count"] \
                or any(w in written for w in self._cjk_skips) \
                or any(" ".join(tokens).startswith(w + " ") for w in self._count_openings):  # 'Number of X'
            return "skip"
        if any(t in self.words["score"] for t in tokens) or any(p in low for p in self.words["score"] if " " in p):
            return "score"
        return None

    def names_categories(self, header: str) -> bool:
        """True for the header of a column of category labels ('Category', 'Capability')."""
        return header.lower().strip(" :*") in self.category_labels

    def place(self, header: str) -> Optional[int]:
        """The place a header over a column of names says: 1 for 'Winner' or 'Best model', 2 for 'Runner-up'."""
        low = header.lower().strip(" :*")
        if low in self.places:
            return self.places[low]
        tokens = _WORDS.findall(low)
        if len(tokens) == 2 and tokens[0] in self.places and tokens[1] in self.words["model"]:
            return self.places[tokens[0]]
        return None

    def flag_only(self, header: str) -> bool:
        """True when the header's only skip words name a yes/no property ('Open')."""
        return self._skips_only(header, "flag")

    def sizes_only(self, header: str) -> bool:
        """True when the header's only skip words name a size or a length ('Param', 'Context'): over
        percentages, the column holds shares of tests with that name, no sizes."""
        return self._skips_only(header, "size")

    def _skips_only(self, header: str, kind: str) -> bool:
        skips = set(_WORDS.findall(header.lower())) & self.words["skip"]
        return bool(skips) and skips <= self.words[kind]

    def is_header_word(self, text: str) -> bool:
        """True when a line could head a table column (the stacked-table reader asks)."""
        return self.role(text) in ("rank", "model", "vendor", "score")

    def heads_labels(self, text: str) -> bool:
        """True when a line could head a table's column of row labels: models, tests or categories
        ('Model', 'Benchmark (Metric)', 'Category'; the sectioned stacked-table reader asks)."""
        low = _BRACKETED.sub(" ", text).lower().strip(" :*")
        return self.role(text) == "model" or low in self.test_labels or low in self.category_labels

    def may_stand_empty(self, text: str) -> bool:
        """True when a column so headed holds what a page may leave out ('Source', 'Link'): no claim."""
        return self.role(text) == "skip"


_AVERAGE_WORDS = frozenset({"avg", "average", "mean", "overall", "avg score", "average score"})


@dataclass
class _Column:
    index: int
    header: str
    header_cell: Optional[Cell]
    role: Optional[str]
    numbers: int = 0
    texts: int = 0
    names: int = 0  # cells below that are model names
    benchmarks: int = 0  # cells below that name a benchmark
    listed: int = 0  # cells below a 'Model' header that name a listed benchmark
    header_name: bool = False  # the header is a model name
    header_weak: bool = False  # the header is a weak name ('Acme 2.5 Pro'): a model if the axis says so
    header_benchmark: bool = False  # the header names a benchmark

    @property
    def numeric(self) -> bool:
        return self.numbers > 0 and self.numbers >= self.texts

    @property
    def textual(self) -> bool:
        return self.texts > self.numbers


class TableInterpreter:
    """Types a grid's axes and reads its claims."""

    def __init__(self, vocabulary: HeaderVocabulary, resolver: BenchmarkResolver, is_name: Callable[..., bool],
                 glued_maker_end: Callable[[str], int] = lambda text: 0, is_maker: Callable[[str], bool] = lambda text: False):
        self.vocabulary = vocabulary
        self.resolver = resolver
        self.is_name = is_name
        self.glued_maker_end = glued_maker_end  # where a maker's name run into a model's ends ('AcmeVega-7B')
        self.is_maker = is_maker  # a maker's name ('Acme', 'Acme Cloud / Vega Team')

    def read(self, grid: Grid, context: BenchmarkChoice,
             subject: Optional[tuple[str, Span]] = None) -> list[TableFinding]:
        """Every rank and score claim of ``grid``; ``context`` is the benchmark of the table as a whole,
        ``subject`` the one model its lead-in names (for a table of that model's results alone).

        A row of names or header words without a number starts the header anew (tables that repeat
        their header between groups, or change models half way)."""
        header_rows, body = self._split_header(grid)
        if not header_rows and grid.layout != "ranked":
            return []
        header_rows = _joined_short_headers(header_rows, grid.width)
        found: list[TableFinding] = []
        width = grid.width
        header = self._header(header_rows, width)
        segment: list[Sequence[Cell]] = []
        for row in body + [None]:
            if row is None or self._restarts_header(row, header, first=not segment and not found):
                if segment:
                    found.extend(self._read_segment(header, segment, width, context, grid, subject))
                if row is not None:
                    header = _header_cells([row], width) if not _same_text(row, header) else header
                segment = []
            else:
                segment.append(self._unranked_row(row, header, width))
        return found

    def continued(self, grid: Grid, before: Grid) -> Optional[Grid]:
        """``grid`` read under the header of the table ``before`` it, when it has no header of its own and as
        many columns: one table a page broke in two with a note or an advert between its rows."""
        if grid.width != before.width or grid.layout != before.layout or self._split_header(grid)[0]:
            return None
        header_rows, _ = self._split_header(before)
        if not header_rows:
            return None
        return replace(grid, rows=(*header_rows, *grid.rows), header_rows=len(header_rows))

    def _unranked_row(self, row: Sequence[Cell], header: list[Optional[Cell]], width: int) -> Sequence[Cell]:
        """A row one cell short under a header that opens with its rank column, whose first cell holds no
        rank ('| Vega-Turbo | Acme | 81.20 |' under '| Rank | Model | Org | Score |'): an entry left
        unranked, its cells one column to the right."""
        filled = len(row)
        while filled and row[filled - 1].empty:
            filled -= 1
        if filled != width - 1 or not row or header[0] is None or self.vocabulary.role(header[0].text) != "rank":
            return row
        first = row[0].text.strip()
        if not first or _rank_of(first) is not None or not first[:1].isalnum():
            return row
        return [empty_cell(row[0].start), *row[:width - 1]]

    def axis_names(self, grid: Grid) -> list[tuple[int, int, str]]:
        """(start, end, name) of the model names on the grid's model axis that make a claim."""
        seen: dict = {}
        for f in self.read(grid, BenchmarkChoice(None, "article")):
            seen.setdefault(f.subject_span, f.subject)
        return [(a, b, name) for (a, b), name in seen.items() if b > a]

    def _header(self, rows: list[Sequence[Cell]], width: int) -> list[Optional[Cell]]:
        """One header cell per column: the lowest one, with a family name spanning it from the row
        above when only both together name a model ('Qwen2.5' over '0.5B | 1.5B | 3B')."""
        cells = _header_cells(rows, width)
        if len(rows) < 2:
            return cells
        upper = _header_cells(rows[:-1], width)
        names_above = sum(c is not None and self.is_name(c.text) for c in upper)
        if names_above >= 2 and all(u is not None for c, u in zip(cells, upper) if c is not None) and not any(
                c is not None and c is not u and self.is_name(c.text) for c, u in zip(cells, upper)):
            return upper  # a model name over every note ('3.8b | 7b | version 1106'): the names head
        for j in range(1, width):  # a group header spans the empty cells after it ('| Qwen2.5 | | |')
            if upper[j] is None and upper[j - 1] is not None:
                upper[j] = upper[j - 1]
        for j, (top, low) in enumerate(zip(upper, cells)):
            if top is None or low is None or top is low or top.text == low.text or self.is_name(low.text):
                continue
            joined = f"{top.text} {low.text}"
            if self.is_name(joined):
                cells[j] = Cell(low.start, low.end, joined, low.core)
            elif self._is_metric_of(top.text, low.text):  # read as 'MT-Bench (Avg. Score)': the metric stays apart
                apart = self.vocabulary.role(low.text) != "skip"  # 'AlpacaEval 2.0 Length' stays a column to skip
                cells[j] = Cell(low.start, low.end, f"{top.text} ({low.text})" if apart else joined, low.core)
        return cells

    def _is_metric_of(self, top: str, low: str) -> bool:
        """'MMLU' over '5-shot': a benchmark spanning its metrics; 'Vera' over '0-shot' too, a name no list
        knows over how it was measured."""
        if self.resolver.resolve(low) is not None or self.is_name(top):
            return False
        return self.resolver.resolve(f"{top} ({low})") is not None or (
            self.resolver.is_metric(low) and bool(top.strip("*_ ")) and self.vocabulary.role(top) is None)

    def _restarts_header(self, row: Sequence[Cell], header: list[Optional[Cell]], first: bool = False) -> bool:
        """True when ``row`` heads the rows below it: the header repeated, header words, or model names
        across (after a header of names, or as the first row under a group header: '| | Open models | |')."""
        filled = [c for c in row if not c.empty]
        if len(filled) < 2 or any(_holds_values(c.text) for c in filled):
            return False
        if len({c.text for c in filled}) == 1:
            return False  # one cell spanning the row ('Closed-Source Models'): a section, no header
        if _same_text(row, header):
            return True
        if any(_COMPOUND.match(c.text) for c in filled):
            return False  # 'GPT-4o (1301)': a name with its score is data
        roles = sum(self.vocabulary.role(c.text) in ("rank", "model", "score") for c in filled)
        if roles >= 2:
            return True
        names = sum(self.is_name(subject_text(c.text)) for c in filled[1:])
        header_names = sum(self.is_name(subject_text(c.text)) for c in header[1:] if c is not None)
        if first and (roles or names >= 2) and sum(self._is_benchmark(c.text) for c in filled) + names >= 2:
            return True  # under a group header ('| | Math | | Code |'): the row that names the columns
        return names >= 2 and header_names >= 2  # models across, named anew for the next group

    def _read_segment(self, header, body, width, context, grid, subject=None) -> list[TableFinding]:
        context = self._corner_benchmark(header) or context
        columns = self._columns(header, body, width)
        positions = {c.index: p for c in columns
                     if (p := _position(c.header) or (self.vocabulary.place(c.header) if c.textual else None))}
        if len(positions) >= 2 or (positions and self._benchmarks_down(columns, positions)):
            return self._positions(columns, positions, body, context)
        across = self._models_across(columns)
        down = self._model_column(columns)
        if across is not None and (down is None or across[1] >= down[1]):
            label, models = across[0]
            return self._models_as_columns(columns, label, models, body, context)
        if down is not None:
            return self._models_as_rows(columns, down[0], body, context, grid)
        if subject is not None:
            return self._one_model(columns, body, subject, context) \
                or self._one_model_across(columns, body, subject, context)
        return self._makers_ranked(columns, body, context)

    def _makers_ranked(self, columns, body, context: BenchmarkChoice) -> list[TableFinding]:
        """A ranking whose model names a page lost, its makers' names left ('| 2 | Acme | 235B | ... |'): the first
        column counts places up, the next holds makers' names and no model's; each maker ranks at its row's
        place."""
        if len(columns) < 2 or len(body) < 3 or not _is_rank_sequence([r[0] for r in body if r]):
            return []
        named = [r for r in body if len(r) > 1 and not r[1].empty and r[1].text not in _NOT_REPORTED]
        if len(named) * 2 < len(body) or not all(self.is_maker(r[1].text) and not self.is_name(r[1].text) for r in named):
            return []
        return [TableFinding("rank", r[1].text, r[1].core, _row_span(r), context, rank=_rank_of(r[0].text),
                             value_span=r[0].core, extras={"subject_type": "vendor"}) for r in named]

    def _corner_benchmark(self, header: list[Optional[Cell]]) -> Optional[BenchmarkChoice]:
        """'| VeraExam / 3-shot (Acc) | En | Zh | Vi |', '| VeraQA (Acc) | STEM | Humanities | Average |': a
        benchmark in the corner over columns of languages or categories holds the whole table."""
        corner = header[0] if header else None
        rest = [c.text for c in header[1:] if c is not None and c.text]
        if corner is None or not rest or self.vocabulary.role(corner.text) is not None or self.is_name(corner.text):
            return None
        parts = [self._names_a_part(t) for t in rest]
        if not any(parts) or not all(part or self.vocabulary.role(t) == "score" for t, part in zip(rest, parts)):
            return None  # every column a language or category ('Average' may stand beside them)
        ref = self.resolver.resolve(corner.text.split("/")[0].strip())
        return BenchmarkChoice(ref, "table", corner.core) if ref is not None else None

    def _names_a_part(self, header: str) -> bool:
        """A language ('En', 'Chinese') or a category ('STEM', 'Coding'): a part of a benchmark, no benchmark."""
        return self.resolver.is_language(header) or self.resolver.is_language_code(header) or self.resolver.is_category(header)

    def _one_model(self, columns, body, subject: tuple[str, Span], context: BenchmarkChoice) -> list[TableFinding]:
        """'Detailed results of X:' then benchmarks down and categories across: every cell is X's score
        on its row's benchmark, its column the metric; an 'Avg.' row is the score on the table's board."""
        label = _label_column(columns)
        if label is None or label.benchmarks < 2 or label.names:
            return []
        values = [c for c in columns if c.index > label.index and c.numeric and c.role not in ("skip", "rank")]
        if len({m.group(1) for c in values if (m := _NAME_LIKE_HEADER.match(c.header))}) >= 2:
            return []  # '| | Zudir 3 | Buga 1.5 |': models across no list knows, not one model's categories
        ranks = [c for c in columns if c.index > label.index and c.role == "rank"]
        found = []
        for row in body:
            ref = self.resolver.resolve(row[label.index].text) if label.index < len(row) else None
            if ref is None and label.index < len(row) and context.ref is not None \
                    and self.vocabulary.role(row[label.index].text) == "score":
                ref = BenchmarkRef(context.ref.id, context.ref.name, row[label.index].text, context.ref.listed)
                bench = BenchmarkChoice(ref, context.source, context.span)
            elif ref is None:
                continue
            else:
                bench = BenchmarkChoice(ref, "table", row[label.index].core)
            for col in values + ranks:
                cell = row[col.index] if col.index < len(row) else None
                place = _scoped_rank(cell.text, ranked=col in ranks) if cell is not None else None
                if place is not None:  # '| Arena | #5 overall | #1 open-source |': places, no scores
                    found.append(TableFinding("rank", subject[0], subject[1], _row_span(row), bench, rank=place[0],
                                              scope=place[1], value_span=cell.core))
                    continue
                number = parse_number(cell.text) if cell is not None and col in values else None
                if number is None or number[1]:
                    continue
                header = col.header if col.header.lower() not in ("value", "values") else None  # '| Metric | Value |'
                metric = ", ".join(m for m in (ref.metric, header) if m) or None
                found.append(TableFinding("score", subject[0], subject[1], _row_span(row), bench, value=number[0],
                                          unit=number[2], metric=metric, value_span=row[col.index].core))
        return found

    def _one_model_across(self, columns, body, subject: tuple[str, Span], context: BenchmarkChoice) -> list[TableFinding]:
        """'# X' over '| Average | ARC | MMLU |' and one row of numbers: every cell is X's score on its
        column's benchmark ('Average' the table's board's)."""
        if len(body) != 1 or sum(c.header_benchmark for c in columns) < 2 or any(c.textual for c in columns):
            return []
        row, found = body[0], []
        for col in columns:
            number = parse_number(row[col.index].text) if col.index < len(row) else None
            if number is None or number[1] or col.role in ("skip", "rank"):
                continue
            ref = self.resolver.resolve(col.header) if col.header else None
            if ref is not None:
                bench, metric = BenchmarkChoice(ref, "table", col.header_cell.core if col.header_cell else None), ref.metric
            elif col.role == "score" and context.ref is not None:
                bench, metric = context, col.header  # 'Average' of the board the article names
            else:
                continue
            found.append(TableFinding("score", subject[0], subject[1], _row_span(row), bench, value=number[0],
                                      unit=number[2], metric=metric, value_span=row[col.index].core))
        return found

    # -- header and columns ---------------------------------------------------------------

    def _split_header(self, grid: Grid) -> tuple[list[Sequence[Cell]], list[Sequence[Cell]]]:
        rows = list(grid.rows)
        if grid.header_rows is not None:
            k, settings = grid.header_rows, []
            while k < min(len(rows) - 1, grid.header_rows + 3) and rows[k]:
                row = rows[k]
                if not row[0].empty and _settings_label(row[0].text, self.vocabulary) \
                        and any(not c.empty for c in row[1:]):
                    settings.append(k)  # '| Metric | acc | EM |', '| Shots | 5 | 3 |': settings of the columns
                elif not (_is_header_row(row) and (row[0].empty or not self.is_name(row[0].text)) and (
                        all(self.resolver.is_metric(c.text) for c in row[1:] if not c.empty) or self._names_benchmarks(row))):
                    break
                k += 1  # '| | 0-shot | 5-shot |' under '| Model | MMLU | |': the metrics of the groups above;
                # '| Dataset | MMLU | GPQA |' under '| | General | Reasoning |': the benchmarks of the groups above
            return [r for j, r in enumerate(rows[:k]) if j not in settings], rows[k:]
        k = 0
        while k < len(rows) - 1 and k < 2 and _is_header_row(rows[k]):
            k += 1
        return rows[:k], rows[k:]

    def _names_benchmarks(self, row: Sequence[Cell]) -> bool:
        """True when most filled cells of ``row`` name a benchmark and none a model."""
        filled = [c.text for c in row if not c.empty]
        benchmarks = sum(self._is_benchmark(t) for t in filled)
        return benchmarks >= 2 and benchmarks * 2 > len(filled) and not any(self.is_name(t) for t in filled)

    def _columns(self, header: list[Optional[Cell]], body: list[Sequence[Cell]], width: int) -> list[_Column]:
        columns = []
        for j in range(width):
            cell = header[j]
            text = cell.text if cell is not None else ""
            col = _Column(j, text, cell, self.vocabulary.role(text))
            slashes = _split_parts(text)
            for row in body:
                if j < len(row) and not row[j].empty and row[j].text.strip("*_ ") not in _NOT_REPORTED:
                    if is_number_text(row[j].text) or (slashes and _split_values(row[j], slashes)) \
                            or _DECIMAL_PAIR.fullmatch(row[j].text) or _OUT_OF.fullmatch(row[j].text) \
                            or _holds_values(row[j].text):
                        col.numbers += 1
                    else:
                        col.texts += 1
                        name = self.is_name(subject_text(row[j].text))
                        col.names += name
                        col.benchmarks += not name and self._is_benchmark(row[j].text)
                        if col.role == "model":  # (asked of a 'Model' column only: see _models_across)
                            col.listed += not name and bool(self.resolver.listed(self.resolver.split_metric(row[j].text)[0]))
            if col.role == "skip" and col.numeric and self.vocabulary.flag_only(text) and _decimals(body, j):
                col.role = None  # 'OPEN (open questions)' over 61.02: scores, no yes/no property
            if col.role == "skip" and col.numeric and self.vocabulary.sizes_only(text) and _percentages(body, j):
                col.role = None  # 'Miss Param', 'Long Context' over 48.50%: shares of tests passed, no sizes
            if col.role == "skip" and col.names >= 2 and col.names * 2 >= col.texts and not col.numeric:
                col.role = None  # '| Method |' over model names: the models
            if col.role == "skip" and col.textual and not col.names and self.vocabulary.names_categories(text) \
                    and not any(_SAYS_AN_OUTCOME.search(row[j].text) for row in body if j < len(row)):
                col.role = "category"  # '| Category |' over 'Reasoning', 'Math': row labels, each no benchmark
                # ('| Category |' over 'Mistral is better', 'Ties': shares of votes, no categories)
            if text and col.role not in ("rank", "vendor", "skip", "model"):
                header_text = _without_score_words(subject_text(text), self.vocabulary)
                col.header_name = self.is_name(header_text)
                col.header_weak = not col.header_name and self.is_name(header_text, weak=True)
                col.header_benchmark = not col.header_name and self._is_benchmark(text)
            columns.append(col)
        return columns

    def _is_benchmark(self, text: str) -> bool:
        return self.vocabulary.role(text) != "skip" and self._header_ref(text) is not None

    def _header_ref(self, text: str) -> Optional[BenchmarkRef]:
        """The benchmark a header names; one in lower case names the test its capitals do ('mmlu', 'gpqa' in a
        data file's header), a category word aside ('math')."""
        ref = self.resolver.resolve(text)
        if (ref is None or not ref.listed) and text.islower() and " " not in text \
                and not self.resolver.is_category(text):
            upper = self.resolver.resolve(text.upper(), unlisted=False)
            if upper is not None and upper.listed:
                return BenchmarkRef(upper.id, text, upper.metric)
        return ref

    def _models_across(self, columns: list[_Column]):
        """((label column, model columns), evidence) when models head the columns: the first text
        column names benchmarks down its rows, or the headers over numbers are model names."""
        label = _label_column(columns)
        if label is None or (label.role == "model" and not label.listed):
            return None  # ('| Model |' over 'T5-small', 'BERTNLU': models down, though shaped like tests)
        models = [c for c in columns if c.index > label.index and c.numeric and c.header
                  and c.role not in ("rank", "vendor", "skip", "model") and not c.header_benchmark
                  and (c.header_name or c.role != "score") and not self.resolver.is_metric(c.header)]
        if label.benchmarks >= 2 or sum(c.header_name for c in models) >= 2:
            for c in models:  # benchmarks down, or names across: a weak name heading a column of numbers is a model
                c.header_name = c.header_name or c.header_weak
        named = sum(c.header_name for c in models)
        evidence = label.benchmarks + named
        if not models or named == 0 or (named < 2 and label.benchmarks < 2):
            return None
        if named >= 2 and (label.benchmarks >= 2 or label.names == 0):  # tests down, models across: an odd
            # header among names ('Vera-ASR' beside 'Kimi-Audio'), over labels that name no model
            models = sorted(models + [c for c in columns if c.index > label.index and c.numeric and c.header_benchmark
                                      and not self.resolver.listed(c.header) and c.role is None],
                            key=lambda c: c.index)  # is a model too ('MiniCPM-V 2.6' beside 'InternVL2-8B')
        return (label, models), evidence

    def _model_column(self, columns: list[_Column]):
        """(the column of model names, evidence): the one headed so, else the one with most names; the
        benchmarks heading the columns to its right count as evidence too."""
        texty = [c for c in columns if c.textual and c.role not in ("rank", "vendor", "skip", "category")]
        if not texty:
            return None
        headed = [c for c in texty if c.role == "model" and (c.names or not any(t.names >= 2 for t in texty))]
        most = max((c.texts for c in headed), default=0)
        headed.sort(key=lambda c: (c.header.lower().strip(" :*") in self.vocabulary.agents,  # 'Agent | Model': the model
                                   c.texts * 4 < most * 3))  # '| LLM | Model |', the LLM once a group: the model
        best = headed[0] if headed else max(texty, key=lambda c: (c.names, -c.index))  # ('Models' over ticks: no names)
        values = [c for c in columns if c.index > best.index and c.numeric and c.role != "skip"]
        ranked = any(c.role == "rank" for c in columns)
        if not values and not (ranked and (headed or best.names >= 2)):
            return None  # ('| Rank | Model |' with nothing more: a ranking, its places the claims)
        metrics = sum(self.resolver.is_metric(c.header) for c in values)  # '| Precision | Recall | F1 |'
        evidence = best.names + sum(c.header_benchmark or c.role == "score" for c in values) + metrics
        measured = metrics >= 2
        if headed or best.names >= 2 or (evidence >= 2 and (best.names or measured) and best.index == texty[0].index):
            return best, evidence + (2 if headed else 0)
        return None

    # -- models as rows --------------------------------------------------------------------

    def _models_as_rows(self, columns, model: _Column, body, context: BenchmarkChoice, grid: Grid) -> list[TableFinding]:
        rank_cols = [c for c in columns if c.role == "rank"] or (  # 'v1 Rank | v2 Rank': each column ranks
            [columns[0]] if model.index > 0 and _is_rank_sequence([r[0] for r in body if r]) else [])
        worded = [c for c in rank_cols if c.header.strip(" *_.").lower() not in _ROW_NUMBER_HEADERS]
        if worded and len(worded) < len(rank_cols):
            rank_cols = worded  # '| # | Model | Score | Rank |': '#' numbers the list's rows, 'Rank' ranks
        rank_col = rank_cols[0] if rank_cols else None
        vendor_col = next((c for c in columns if c.role == "vendor"), None)
        size_col = _size_column(columns, body)
        expected = {c.index: "number" for c in columns if c.numbers > c.texts}
        expected.update({c.index: "text" for c in (model, vendor_col) if c is not None})
        if rank_col is not None:
            expected[rank_col.index] = "number"
        values = [c for c in columns if c.index not in (model.index, getattr(rank_col, "index", -1),
                                                         getattr(vendor_col, "index", -1))
                  and c.role not in ("skip", "rank") and c.numeric and (c.index > model.index or c.header)]  # '1 1 Name': a 2nd rank
        counts = {c.index for c in values if _large_counts(body, c.index)}  # '| GT | MMLU |' over '| 5500 | 58.37 |'
        if len(counts) < len(values):
            values = [c for c in values if c.index not in counts or c.role == "score"
                      or _header_unit(context, c.header) or self.resolver.listed(self.resolver.split_metric(c.header)[0])]
        siblings = sum(c.header_benchmark for c in values)
        listed = sum(c.header_benchmark and bool(self.resolver.listed(self.resolver.split_metric(c.header)[0]))
                     for c in values)
        grouped = _grouped_prefixes([c.header for c in values])
        meanings = {c.index: self._value_meaning(c, model, context, siblings, listed, grouped) for c in values}
        leaderboard = self._rank_board(meanings, context)
        if rank_cols == [] and _places_by_column(body, values) and leaderboard.ref is not None \
                and leaderboard.ref.id in self.resolver.leaderboards:
            rank_cols, values = values, []  # '| Model | Overall | Math | Coding |' over '1 | 3 | 2': a board's places
        sized = size_col is not None and _names_recur(body, model.index)  # 'Vega' beside '7B' and '70B'
        paired = {c.index for c in rank_cols if _paired_places(body, c.index)}
        tests = self._test_column(columns, model)
        headed_place = self.vocabulary.place(model.header) if not rank_cols else None
        counted = {c.index for c in values  # a column of counts solved of a total ('7/25')
                   if c.header.strip() and _all_counts_of_totals(r[c.index] for r in body if c.index < len(r))}
        paired_wholes = {c.index for c in values  # '2152 / 2229' beside '1888': one score or two a cell
                         if any(parse_number(r[c.index].text) for r in body if c.index < len(r))}
        row_test: Optional[tuple[BenchmarkChoice, list[str]]] = None
        found = []
        for raw in body:
            row = _aligned(raw, expected, len(columns))
            if _is_section(row, model.index):
                continue
            subject_cell = row[model.index] if model.index < len(row) else None
            if subject_cell is None or subject_cell.empty or is_number_text(subject_cell.text):
                continue
            subject = self._paired_model(subject_text(subject_cell.text))
            if not subject:
                continue  # '✓', '—': a mark, no name
            subject = subject[self.glued_maker_end(subject):]
            if sized:  # 'Vega' beside '7B' and '70B'; a name that stands once is whole
                subject = _with_size(subject, row, size_col)
            if subject_cell.text.startswith("#") and not subject_cell.text[1:2].isdigit():
                continue  # '# Samples', '#Params': a count, no model
            if (self.vocabulary.unnamed(subject) or _settings_label(subject, self.vocabulary)) and not self.is_name(subject):
                continue  # 'Ours'; 'Shots', 'Params': a row of settings or sizes, no model
            span = _subject_span(subject_cell, subject)
            evidence = _row_span(raw)
            if tests is not None:
                row_test = self._row_test(row, tests, row_test)
            vendor = None
            if vendor_col is not None and vendor_col.index < len(row) and not row[vendor_col.index].empty:
                vc = row[vendor_col.index]
                vendor = (vc.text, vc.core)
            medal = _opening_medal(subject_cell.text) if not rank_cols else None
            if medal is not None:  # '| 🥇 Vega-2 | 64.9% |': the medal before the name is its place
                found.append(TableFinding("rank", subject, span, evidence, leaderboard, vendor, rank=medal,
                                          value_span=subject_cell.core))
            elif headed_place is not None and model.index > 0 and not row[0].empty:
                found.append(TableFinding("rank", subject, span, evidence, leaderboard, vendor, rank=headed_place,
                                          scope=row[0].text, value_span=subject_cell.core))  # '| Code | Vega-2 |' under
                # '| Category | Leader |': first in its row's category
            for col in rank_cols:
                cell = row[col.index] if col.index < len(row) else None
                for rank, place in (_ranks_of(cell, col.index in paired) if cell is not None else ()):
                    scope = col.header if len(rank_cols) > 1 else None
                    found.append(TableFinding("rank", subject, span, evidence, leaderboard, vendor, rank=rank,
                                              scope=scope, value_span=place))
            for col in values:
                if col.index >= len(row):
                    continue
                bench, metric, other = meanings[col.index]
                if row_test is not None and other is None:
                    bench, metric = row_test[0], col.header or None  # '| MMLU | Vega-2 | 71.0 |': the row's test
                    if row_test[1] and _PIPED_VALUES.fullmatch(row[col.index].text):
                        for number, part, value_span in _split_values(row[col.index], row_test[1], "|"):
                            found.append(TableFinding("score", subject, span, evidence, row_test[0], vendor,
                                                      value=number[0], unit=number[2], metric=part,
                                                      value_span=value_span))
                        continue  # 'Vera (dev | test)' beside '2.1 | 5.5': one score per part
                subj, subj_span = (other if other is not None else (subject, span))
                place = _place_finding(row[col.index], subject, span, evidence, bench, vendor, col.header) \
                    if other is None else None
                if place is not None:  # '#1 91.6%': first on this column
                    found.append(place)
                for number, part, value_span in _cell_values(row[col.index], col.header, counts=col.index in counted,
                                                                pairs=col.index in paired_wholes):
                    found.append(TableFinding(
                        "score", subj, subj_span, evidence, bench, vendor if other is None else None,
                        value=number[0], unit=number[2] or _header_unit(bench, col.header), metric=_join_metric(metric, part),
                        value_span=value_span))
        return found

    def _test_column(self, columns: list[_Column], model: _Column) -> Optional[_Column]:
        """'| Dataset | Model | Score |' (a long table): a column headed by a test word whose entries name
        tests, one per row (or per group of rows), beside the model column."""
        found = [col for col in columns if col.index != model.index and col.textual and not col.names
                 and col.role not in ("rank", "vendor", "model")
                 and col.header.lower().strip(" :*") in self.vocabulary.test_labels]
        before = [col for col in found if col.index < model.index]
        return before[-1] if before else (found[0] if found else None)  # '| Task | Dataset | Model |': the dataset

    def _row_test(self, row: Sequence[Cell], tests: _Column, before: Optional[tuple[BenchmarkChoice, list[str]]]
                  ) -> Optional[tuple[BenchmarkChoice, list[str]]]:
        """(the test a long table's row is on, the parts its values are given for): its own entry ('Vera
        (dev | test)'), else the one above it (a group's first row names it)."""
        cell = row[tests.index] if tests.index < len(row) else None
        if cell is None or cell.empty:
            return before
        listed = _LISTED_PARTS.fullmatch(cell.text)
        name, parts = (listed.group(1), [p.strip() for p in listed.group(2).split("|")]) if listed else (cell.text, [])
        ref = self._header_ref(name) or (self.resolver.unlisted(*self.resolver.split_metric(name), bench_read=False)
                                         if name[:1].isalpha() and not self.is_name(name) else None)
        return (BenchmarkChoice(ref, "table", cell.core), parts) if ref is not None else None  # under 'Dataset': a test

    def _value_meaning(self, col: _Column, model: _Column, context: BenchmarkChoice, siblings: int = 0,
                       listed: int = 0, grouped: frozenset = frozenset()):
        """(benchmark, metric, other subject) of a value column: a benchmark header, a metric of the
        table's benchmark ('Average', 'Coding Elo'), or another model's score ('Vicuna Score').
        ``siblings`` counts the columns headed by benchmarks (``listed`` those the lists know): a plain word
        among them names one too; with none listed, a caption's benchmark is measured by them."""
        header = col.header
        other = self._header_subject(col, model) if col.header.rsplit(" ", 1)[0] not in grouped else None
        if other is not None:  # ('Taskmaster-1 Acc' beside 'Taskmaster-1 F1': a test's measures, no model's score)
            return context, None, other
        if header and self.is_name(self.resolver.split_metric(header)[0], known=True):
            return context, header, None  # 'GPT-4 Judge', 'Vega-2 (judge)': a setting of the table's benchmark
        if header and self.resolver.is_category_phrase(self.resolver.split_metric(header)[0]):
            return self._of_categories(context), header, None  # 'Common-sense Reasoning': a kind of test
        ref = self._header_ref(header) if header else None
        if ref is not None and not ref.listed and context.ref is not None and not self.resolver.names_a_suite(ref.name) \
                and (self.vocabulary.role(header) == "score" or _ARROW_MARKED.search(header) or (
                    context.source == "caption" and not listed and not _plain_title(context.ref, self.resolver))):
            ref = None  # 'AST Summary', 'Single-Doc QA' under a caption naming the benchmark, 'TEDS↑' (the way it
            # is better, a measure's mark) under a board's name: a measure of it
        if ref is None and header and (context.ref is None or (siblings >= 2 and self._no_suite_over(context))):
            ref = None if (listed == 0 and self._bare_category(header) and not self._measured_test(header, siblings)) \
                or self._category_average(header) else self._by_position(header)
            # no board to be a metric of, or beside benchmarks: a benchmark (a category word only beside a listed one)
        if ref is not None:
            return BenchmarkChoice(ref, "table", col.header_cell.core if col.header_cell else None), ref.metric, None
        return context, header or None, None

    def _category_average(self, header: str) -> bool:
        """True for a category's average ('Knowledge (Avg)', a group header over its 'Avg'): a mean over the
        group's tests, no test of its own."""
        base, metric = self.resolver.split_metric(header)
        return bool(metric) and metric.strip(" .").lower() in _AVERAGE_WORDS and self.resolver.is_category(base)

    def _no_suite_over(self, context: BenchmarkChoice) -> bool:
        """True when the table's benchmark is only the article's, or a caption that titles a section: columns
        of tests beside each other name tests of their own, no measures of it."""
        return context.source == "article" or (context.source == "caption" and _plain_title(context.ref, self.resolver))

    def _header_subject(self, col: _Column, model: _Column) -> Optional[tuple[str, Span]]:
        """'Vicuna Score' beside 'Baseline | Baseline Score': the score of the model the header names."""
        words = col.header.split()
        if len(words) < 2 or self.vocabulary.role(words[-1]) != "score":
            return None
        prefix = " ".join(words[:-1])
        if prefix.lower() == model.header.lower() or self.resolver.listed(prefix):
            return None
        siblings_name_row = self.is_name(prefix)
        if not siblings_name_row:
            return None
        cell = col.header_cell
        return prefix, _subject_span(cell, prefix) if cell is not None else (0, 0)

    def _rank_board(self, meanings: dict, context: BenchmarkChoice) -> BenchmarkChoice:
        """What a rank column ranks on: the table's leaderboard, else its one value column's test, else its one
        leaderboard column; a table of one value column headed by a listed benchmark ranks by it over a board
        only its title names, or only the article around it."""
        only = [m[0] for m in meanings.values()]
        if len(only) == 1 and only[0].ref is not None and only[0].ref.listed and context.ref is not None \
                and (not self.resolver.listed(context.ref.name) or context.source == "article") \
                and only[0].source == "table":
            return only[0]
        if context.ref is not None:
            return context
        if len(only) == 1 and only[0].ref is not None and only[0].source == "table":
            return only[0]  # no board around the table: its one value column's test is what it ranks on
        boards = {m[0].ref.id: m[0] for m in meanings.values()
                  if m[0].ref is not None and m[0].ref.id in self.resolver.leaderboards}
        return next(iter(boards.values())) if len(boards) == 1 else context

    # -- models as columns ---------------------------------------------------------------

    def _models_as_columns(self, columns, label: _Column, models: list[_Column], body, context) -> list[TableFinding]:
        found = []
        labels = [row[label.index].text for row in body if label.index < len(row) and not row[label.index].empty]
        of_board = self._board_categories(labels, context)
        parts = self._parts_of_caption(labels, context)
        leader = next((c for c in columns if c.index > label.index and c not in models and c.textual
                       and self.vocabulary.place(c.header) == 1), None)  # '| Benchmark | A | B | Leader |'
        above = None  # the label of the row before: a row with its label cell empty goes on under it
        for row in body:
            if label.index >= len(row):
                continue
            if not row[label.index].empty:
                above = row[label.index]
            elif above is None or not any(parse_number(row[c.index].text) for c in models if c.index < len(row)):
                continue
            text = above.text
            if self.vocabulary.role(text) == "skip" and label.role != "category":
                continue  # ('Long context' under 'Category' is one)
            if label.role == "category" and not self.resolver.is_category(text):
                ref = self.resolver.resolve(text) or context  # a test among the categories keeps its name
            elif label.role == "category":
                ref = context  # 'Reasoning' under 'Category': a part of the table's benchmark, or of none named
            elif self.resolver.is_category_phrase(self.resolver.split_metric(text)[0]):
                ref = self._of_categories(context)  # '| Reading Comprehension | 62.4 |': a kind of test
            elif context.ref is not None and context.source != "article" and self.resolver.is_metric_prefixed(text):
                ref = context  # '| ACC-anatomy |' under '# Results on MMLU': a measure of one of its parts
            elif parts:
                ref = context  # '| Art Style |' under '**VeraSight**: a benchmark of 9 tasks': one of its tasks
            else:
                ref = (self.resolver.resolve(text) or self._category(text, context, of_board)
                       or (context if context.ref is not None and self.resolver.is_task_path(text) else None)
                       or self._by_position(text))
            if ref is None:
                continue
            bench = ref if isinstance(ref, BenchmarkChoice) else BenchmarkChoice(ref, "table", row[label.index].core)
            metric = text if isinstance(ref, BenchmarkChoice) else ref.metric
            counts_row = _all_counts_of_totals(row[c.index] for c in models if c.index < len(row))
            label_parts = _slash_note(text)  # '| VeraBench L1/L2/L3 | 22.2/36.0/14.0 |': a value per part
            for col in models:
                if col.index >= len(row) or (self.vocabulary.unnamed(col.header) and not self.is_name(col.header)):
                    continue
                number, value_span, cell_metric = parse_number(row[col.index].text), row[col.index].core, metric
                solved = _solved_of_total(row[col.index]) if number is None and counts_row else None
                if solved is not None:  # '7/25': problems solved of those set
                    number, part, value_span = solved
                    cell_metric = _join_metric(metric, part)
                values = [(number, value_span, cell_metric)]
                if number is None and label_parts:
                    values = [(n, span, _join_metric(metric, part))
                              for n, part, span in _split_values(row[col.index], label_parts)]
                subject = _without_score_words(subject_text(col.header), self.vocabulary)
                for number, value_span, cell_metric in values:
                    if number is None or number[1]:
                        continue
                    place = _place_finding(row[col.index], subject, _subject_span(col.header_cell, subject),
                                           _row_span(row), bench, None, None)
                    if place is not None:  # '| Score | 2nd 77.5% |': the column's model second on the row's test
                        found.append(place)
                    found.append(TableFinding(
                        "score", subject, _subject_span(col.header_cell, subject), _row_span(row), bench,
                        value=number[0], unit=number[2] or _header_unit(bench, text), metric=cell_metric,
                        value_span=value_span))
            if leader is not None and leader.index < len(row):
                found.extend(self._led(row, leader, models, bench, metric))
        return found

    def _parts_of_caption(self, labels: list[str], context: BenchmarkChoice) -> bool:
        """True when a caption right above names the table's benchmark and no row label is a listed test: the
        rows are its tasks ('Art Style', 'Counting'), as the columns under such a caption are its measures."""
        return context.ref is not None and context.source == "caption" and not _plain_title(context.ref, self.resolver) \
            and len(labels) >= 2 and not any(self.resolver.listed(self.resolver.split_metric(t)[0]) for t in labels)

    def _paired_model(self, name: str) -> str:
        """The model of an agent paired with one ('SWE-agent + GPT-4', 'Aider w/ Claude 3.5 Sonnet'): what
        the entry's score measures; any other name as it stands."""
        m = _PAIRED.search(name) if len(name) <= 120 else None
        if m is None:
            return name
        model = name[m.end():].strip()
        return model if self.is_name(model) else name

    def _led(self, row: Sequence[Cell], leader: _Column, models: list[_Column], bench: BenchmarkChoice,
             metric: Optional[str]) -> list[TableFinding]:
        """'| MMLU | 84.0 | 87.2 | GPT-4o |' under '| Benchmark | Vega 2 | GPT-4o | Leader |': the model the
        leader cell names (by its column's name, whole or shortened) outperforms the others scored in the row."""
        cell = row[leader.index]
        name = subject_text(cell.text)
        scored = [c for c in models if c.index < len(row) and parse_number(row[c.index].text) is not None]
        names = {c.index: _without_score_words(subject_text(c.header), self.vocabulary) for c in scored}
        led = [c for c in scored if _same_or_shortened(name, names[c.index])]
        if not name or len(led) != 1:
            return []  # 'Tie', a name of no column, or one that two columns share
        objects = tuple((names[c.index], _subject_span(c.header_cell, names[c.index])) for c in scored if c is not led[0])
        if not objects:
            return []
        return [TableFinding("comparison", name, _subject_span(cell, name), _row_span(row), bench, metric=metric,
                             relation="outperforms", objects=objects, value_span=cell.core)]

    def _board_categories(self, labels: list[str], context: BenchmarkChoice) -> bool:
        """True when the article's leaderboard is over a table whose rows are its categories ('Language',
        'Reasoning', ... 'Overall'): two or more category words down the rows and no listed benchmark."""
        if context.ref is None or context.source != "article" or context.ref.id not in self.resolver.leaderboards:
            return False
        return sum(self.resolver.is_category(t) for t in labels) >= 2 and not any(self.resolver.listed(t) for t in labels)

    def _category(self, text: str, context: BenchmarkChoice, of_board: bool = False) -> Optional[BenchmarkChoice]:
        """A row label that names no benchmark ('Average', 'Overall', or 'Coding' on a leaderboard's
        table) is a metric or category of the table's benchmark; with none, 'Average' is a score over the
        benchmarks above it, on no one benchmark."""
        if self.vocabulary.role(text) == "score" and context.ref is None:
            return context
        if context.ref is None:
            return None
        if self.vocabulary.role(text) == "score" or (context.ref.id in self.resolver.leaderboards
                                                     and context.source != "article"):
            return context  # a category of the board the table's caption or heading names
        if (context.source != "article" or of_board) and (self.resolver.is_language(text) or self.resolver.is_category(text)):
            return context  # '| French | 72.4 |' under '### Multilingual VeraQA': a language the benchmark is run in
        return None

    @staticmethod
    def _of_categories(context: BenchmarkChoice) -> BenchmarkChoice:
        """The benchmark a category's scores are on: the one a caption, heading or the table names, else none
        (the article's board is no test the category is part of)."""
        return context if context.source != "article" else BenchmarkChoice(None, "table")

    def _bare_category(self, header: str) -> bool:
        """'Coding', 'Conversation': a category word, or one plain title-case word, that is no listed test's
        name in any case ('Math' is MATH's)."""
        base = self.resolver.split_metric(header)[0]
        plain = base.isalpha() and base.istitle() and len(base) >= 4
        return (self.resolver.is_category(base) or plain) and self.resolver.listed(base.upper()) is None \
            and self.resolver.listed(base) is None

    def _measured_test(self, header: str, siblings: int) -> bool:
        """True for a plain word with its way of scoring ('Kestrel(Acc)') among two tests' names at least: a test
        scored so, as they are, no category ('Coding' alone, 'Coding (Acc)' beside listed tests' parts)."""
        base, metric = self.resolver.split_metric(header)
        return siblings >= 2 and metric is not None and not self.resolver.is_category(base)

    def _by_position(self, text: str) -> Optional[BenchmarkRef]:
        """A label on the benchmark axis that no list or shape knows ('Natural Questions') is a benchmark by
        where it stands; a score word ('Average'), a language or a model name is not."""
        base, metric = self.resolver.split_metric(text)
        if not base or is_number_text(base) or self.vocabulary.role(text) in ("score", "skip") or self.is_name(base) \
                or len(base.split()) > 5 \
                or self.resolver.is_metric(base) or self.resolver.is_language(base) or self.resolver.is_language_code(base) \
                or _PHRASE.match(base):
            return None  # 'Python', 'Chinese': a language the table's benchmark is run in; 'With tools': a setting
        return self.resolver.unlisted(base, metric, bench_read=False)

    # -- rank positions across, categories down -------------------------------------------------

    def _benchmarks_down(self, columns, positions: dict[int, int]) -> bool:
        """'| Benchmark | Winner | Score |': one place column of names beside benchmarks down the first
        column, and no model heading a column of numbers (a 'Leader' column beside models across is theirs)."""
        label = _label_column(columns)
        return label is not None and label.index not in positions and label.benchmarks >= 2 and not label.names \
            and all(columns[i].names >= 2 for i in positions) and not any(c.header_name for c in columns if c.numeric)

    def _positions(self, columns, positions: dict[int, int], body, context) -> list[TableFinding]:
        label = next((c for c in columns if c.index not in positions and c.texts > c.numbers), None)
        scores = {index: columns[index + 1] for index in positions if index + 1 < len(columns) and index + 1 not in positions
                  and columns[index + 1].numeric and columns[index + 1].role in ("score", None)}  # 'Winner | Score'
        found = []
        for row in body:
            scope = row[label.index].text if label is not None and label.index < len(row) else None
            bench = self._row_benchmark(row[label.index], context) if scope else None
            if bench is not None:
                scope = None  # '| MMLU | Vega-2 | 92.3% |': the row's benchmark, no scope of the table's
            for index, rank in positions.items():
                if index >= len(row) or row[index].empty:
                    continue
                cell = row[index]
                m = _COMPOUND.match(cell.text)
                name = subject_text(m.group(1) if m else cell.text)
                if not self.is_name(name, weak=True):  # a cell under '#1 model' holds a name by its place
                    continue
                span = _subject_span(cell, name)
                found.append(TableFinding("rank", name, span, _row_span(row), bench or context, rank=rank,
                                          scope=scope, value_span=span))
                if m:
                    value = float(m.group(2).replace(",", ""))
                    found.append(TableFinding("score", name, span, _row_span(row), bench or context, value=value,
                                              unit=m.group(3) or _header_unit(context, ""), metric=scope, scope=scope,
                                              value_span=span))
                elif index in scores and index + 1 < len(row):
                    found.extend(TableFinding("score", name, span, _row_span(row), bench or context, value=number[0],
                                              unit=number[2], metric=scores[index].header or None, value_span=value_span)
                                 for number, _, value_span in _cell_values(row[index + 1], scores[index].header))
        return found

    def _row_benchmark(self, cell: Cell, context: BenchmarkChoice) -> Optional[BenchmarkChoice]:
        """The benchmark a row's label names ('MMLU'), or None for a category of the table's board ('Coding')."""
        if context.ref is not None and self.resolver.is_category(cell.text):
            return None
        ref = self.resolver.resolve(cell.text)
        return BenchmarkChoice(ref, "table", cell.core) if ref is not None else None


# -- cells -------------------------------------------------------------------------------------

def _same_or_shortened(name: str, header: str) -> bool:
    """'GPT-4o' under 'GPT-4o'; 'Acme Large' for the column 'Acme Large 2': the same model, as a cell may
    shorten its column's name."""
    a, b = name.lower(), header.lower()
    return a == b or (len(a) >= 4 and b.startswith(a + " "))


def _slash_note(header: str) -> list[str]:
    """The parts of a header's note that splits its cells, in brackets or after the name:
    'MMMU (val/test)' -> ['val', 'test'], 'VeraBench L1/L2/L3' -> ['L1', 'L2', 'L3']."""
    m = _SLASH_NOTE.search(header) or _SLASH_TAIL.search(header)
    parts = [p.strip() for p in m.group(1).split("/")] if m else []
    return parts if all(parts) else []


def _setting_parts(header: str) -> list[str]:
    """The settings a header lists side by side, each with its own value in the cell below:
    'HellaSwag n=0 n=5' -> ['n=0', 'n=5'], 'MMLU 0-shot 5-shot' -> ['0-shot', '5-shot']."""
    parts = _SETTING.findall(header)
    return parts if 2 <= len(parts) <= 4 else []


_PLUS_HEADER = re.compile(r"\(\+\)\s*$")
_VALUE_AND_BRACKETED = re.compile(r"\s*(\d{1,3}(?:\.\d{1,2})?)\s*\(\s*(\d{1,3}(?:\.\d{1,2})?)\s*\)\s*")


def _piece_span(cell: Cell, start: int, end: int) -> Span:
    """Where ``cell.text[start:end]`` stands in the article, when the cell stands there as one piece; else the cell."""
    whole = cell.core[1] - cell.core[0] == len(cell.text)
    return (cell.core[0] + start, cell.core[0] + end) if whole else cell.core


def _split_parts(header: str) -> list[str]:
    return _slash_note(header) or _setting_parts(header)


def _place_finding(cell: Cell, subject: str, span: Span, evidence: Span, bench: BenchmarkChoice,
                   vendor: Optional[tuple[str, Span]], scope: Optional[str]) -> Optional[TableFinding]:
    """The rank a place marked before a cell's value gives ('#1 91.6%', '2nd 77.5%'), or None."""
    place = PLACE_MARK.match(cell.text)
    if place is None:
        return None
    return TableFinding("rank", subject, span, evidence, bench, vendor, rank=int(place.group(1)), scope=scope or None,
                        value_span=_piece_span(cell, 0, len(place.group().rstrip())))


def _split_values(cell: Cell, parts: list[str], joint: Optional[str] = None) -> list[tuple[tuple, str, Span]]:
    """'51.1/44.7' under '(val/test)', '53.0  70.1' under 'n=0 n=5', '2.1 | 5.5' with ``joint`` '|': one value
    per part ('36.6/-' has one); [] when the cell does not split so."""
    pieces = cell.text.split(joint or "/") if joint or "/" in cell.text else cell.text.split()
    if len(pieces) != len(parts):
        return []
    found, at = [], 0
    for piece, part in zip(pieces, parts):
        number = parse_number(piece.strip())
        offset = cell.text.index(piece, at)
        at = offset + len(piece)
        if number is not None and not number[1]:
            lead = len(piece) - len(piece.lstrip())
            found.append((number, part, _piece_span(cell, offset + lead, offset + len(piece.rstrip()))))
        elif piece.strip() not in _NOT_REPORTED:
            return []
    return found


def _cell_values(cell: Cell, header: str, counts: bool = True,
                 pairs: bool = False) -> list[tuple[tuple, Optional[str], Span]]:
    """The scores a value cell holds: its number, one per part of a split the header announces, with
    ``counts`` the problems solved of a total ('7/25'), with ``pairs`` two whole numbers ('2152 / 2229')."""
    if _PLUS_HEADER.search(header):
        pair = _VALUE_AND_BRACKETED.fullmatch(cell.text.replace("*", "").replace("_", ""))
        if pair is not None:  # 'HumanEval (+)' over '60.4 (55.5)': the test, then its stricter EvalPlus edition
            first = cell.text.find(pair.group(1))
            second = cell.text.find(pair.group(2), first + len(pair.group(1)))
            return [((float(pair.group(1)), False, None), "", _piece_span(cell, first, first + len(pair.group(1)))),
                    ((float(pair.group(2)), False, None), "+", _piece_span(cell, second, second + len(pair.group(2))))]
    number = parse_number(cell.text)
    if number is not None:
        place = PLACE_MARK.match(cell.text)  # '#1 91.6%': the value after the place
        return [] if number[1] else [(number, None, _piece_span(cell, place.end(), len(cell.text)) if place else cell.core)]
    parts = _split_parts(header)
    if parts:
        return _split_values(cell, parts)
    if _DECIMAL_PAIR.fullmatch(cell.text) or (pairs and _WHOLE_PAIR.fullmatch(cell.text)):
        # '3.53 / 70.8', or '2152 / 2229' in a column where other cells give one number: two measures
        return [(v, None, span) for v, part, span in _split_values(cell, ["", ""])]
    solved = _solved_of_total(cell) if counts else None
    return [solved] if solved is not None else []


_DECIMAL_PAIR = re.compile(r"\d{1,4}\.\d{1,3}%? ?/ ?\d{1,4}\.\d{1,3}%?")
_WHOLE_PAIR = re.compile(r"\d{1,5} ?/ ?\d{1,5}")


def _solved_of_total(cell: Cell) -> Optional[tuple[tuple, str, Span]]:
    """'7/25': the count solved as a value, 'out of 25' as the part it is of, and the count's span; or None."""
    m = _OUT_OF.fullmatch(cell.text)
    if m is None or int(m.group(1)) > int(m.group(2)):
        return None
    return (float(m.group(1)), False, None), f"out of {m.group(2)}", _piece_span(cell, m.start(1), m.end(1))


def _all_counts_of_totals(cells) -> bool:
    """True when the cells with a value all count problems solved of a total ('7/25'), one at least: a row or
    column of such counts, no pairs of scores."""
    said = [c for c in cells if not c.empty and c.text.strip("*_ ") not in _NOT_REPORTED]
    return bool(said) and all(_OUT_OF.fullmatch(c.text) for c in said)


_OUT_OF = re.compile(r"[*_]{0,2}(\d{1,4}) ?/ ?(\d{1,4})[*_]{0,2}")  # whole numbers: a count of a total, no pair


def _join_metric(metric: Optional[str], part: Optional[str]) -> Optional[str]:
    """The column's metric with the part a split cell's value is of, in place of the split ('val/test' -> 'val')."""
    if part is None:
        return metric
    kept = [" ".join(w for w in m.split() if not _SETTING.fullmatch(w)) for m in (metric or "").split(",")
            if "/" not in m and m.strip() != "+"]  # '(+)' announces the split too
    return ", ".join([m for m in kept if m] + ([part] if part else [])) or None  # 'Average n=0 n=5' -> 'Average, n=0'


def parse_number(text: str) -> Optional[tuple[float, bool, Optional[str]]]:
    """(value, signed, unit) of a number cell ('88.7%' -> (88.7, False, '%'), '+12' -> (12, True, None))."""
    if not is_number_text(text):
        return None
    m = _NUMBER.match(without_place_mark(text))
    if m is None:
        return None
    digits = m.group(3)
    digits = digits.replace(",", ".") if _DECIMAL_COMMA.fullmatch(digits) else digits.replace(",", "")
    return float(digits), bool(m.group(2)), ("%" if m.group(4) else None)


def _plain_title(ref: BenchmarkRef, resolver: BenchmarkResolver) -> bool:
    """True for a caption no list knows of plain capitalised words alone ('Voice Full-Duplex'): a section's
    title over tests of their own, no suite whose measures the columns are ('L-Eval', 'VeraBench')."""
    name = ref.name or ""
    return _PLAIN_TITLE.fullmatch(name) is not None and resolver.listed(name) is None \
        and re.split(r"[ \-]", name)[-1].lower() not in _SUITE_NOUNS  # 'Cross File Evaluation': a suite by its noun


def subject_text(text: str) -> str:
    """A name as a table writes it, without a note in brackets ('o1 (work in progress)' -> 'o1'); a tag
    in brackets stays ('DeepSeek-V2 Chat (SFT)'), as does an owner id."""
    text = _SYMBOLS.sub("", text.strip()).strip()
    text = _OWNER_PREFIX.sub("", text, 1) or text  # 'Acme: Vega 4': the maker before a colon, as a router lists it
    text = _DOT_DETAIL.split(text, 1)[0] or text  # 'Vega 2 70B · 69.0B': a detail after a dot, no part of the name
    m = _NOTE.search(text)
    if m and m.start() > 0 and not _TAG_NOTE.match(m.group(1).strip()):
        text = text[:m.start()].rstrip()
    return text


# a column numbering a list's rows beside one of ranks ('#', 'No.', '序号': a serial number)
_ROW_NUMBER_HEADERS = frozenset({"#", "no", "nr", "n\u00ba", "\u5e8f\u53f7"})
_PAIRED = re.compile(r"\s(?:\+|w/|with)\s(?!.*\s(?:\+|w/|with)\s)")  # the last joint of an agent and its model
_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+|\d{3,}")  # '5500', '15,000': written without decimals


def _grouped_prefixes(headers: list[str]) -> frozenset:
    """The words before the last that two or more headers share ('Taskmaster-1' of 'Taskmaster-1 Acc' and
    'Taskmaster-1 F1'): a group's name over its measures."""
    counts = Counter(h.rsplit(" ", 1)[0] for h in headers if " " in h)
    return frozenset(p for p, n in counts.items() if n >= 2)


def _large_counts(body: list[Sequence[Cell]], j: int) -> bool:
    """True when a column holds only whole numbers above 100 ('5500', '15000'): tokens, sizes or votes
    beside scores, no score themselves (unless headed by a listed benchmark or on an Elo scale: 'Codeforces')."""
    cells = [row[j].text.strip("*_ ") for row in body if j < len(row) and not row[j].empty]
    numbers = [c for c in cells if is_number_text(c)]
    return len(numbers) >= 2 and all(_WHOLE.fullmatch(c) and float(c.replace(",", "")) > 100 for c in numbers)


def _percentages(body: list[Sequence[Cell]], j: int) -> bool:
    """True when every number of the column is written with a percent sign: shares, never sizes or lengths."""
    cells = [row[j].text for row in body if j < len(row) and not row[j].empty and is_number_text(row[j].text)]
    return bool(cells) and all(c.rstrip().endswith("%") for c in cells)


def _decimals(body: list[Sequence[Cell]], j: int) -> bool:
    """True when the column's numbers have decimals ('70.01'): scores, no counts or flags."""
    cells = [row[j].text for row in body if j < len(row) and not row[j].empty and is_number_text(row[j].text)]
    return bool(cells) and sum("." in c for c in cells) * 2 > len(cells)


def _label_column(columns: list[_Column]) -> Optional[_Column]:
    """The text column naming most benchmarks down its rows (the first on a tie): a table's row labels."""
    labels = [c for c in columns if c.textual and c.role not in ("rank", "vendor")
              and (c.role != "skip" or c.benchmarks >= 2)]  # 'Metric (AA)' over benchmark names: the labels
    return max(labels, key=lambda c: (c.benchmarks, -c.index)) if labels else None


def _subject_span(cell: Optional[Cell], name: str) -> Span:
    if cell is None:
        return (0, 0)
    a, b = cell.core
    text_at = cell.text.find(name)
    if text_at >= 0 and (b - a) == len(cell.text):
        return (a + text_at, a + text_at + len(name))
    return cell.core


def _row_span(row: Sequence[Cell]) -> Span:
    cells = [c for c in row if not c.empty] or list(row)
    return (cells[0].start, cells[-1].end)


def _header_cells(rows: list[Sequence[Cell]], width: int) -> list[Optional[Cell]]:
    """One header cell per column: the last non-empty one down the header rows."""
    cells: list[Optional[Cell]] = [None] * width
    for row in rows:
        for j, cell in enumerate(row[:width]):
            if not cell.empty:
                cells[j] = cell
    return cells


_NOT_REPORTED = frozenset({"", "-", "--", "---", "\u2013", "\u2014", "n/a", "N/A", "NA", "NaN", "nan", "/", "?", "\u00d7"})  # a cell that says no value
_SIZE_CELL = re.compile(r"^\d+(?:\.\d+)?\s?[BMT]$|^\d+x\d+[B]$", re.I)


def _size_column(columns: list[_Column], body) -> Optional[_Column]:
    """A 'Size' or 'Params' column of parameter sizes ('180B'): it completes the model's name."""
    for col in columns:
        if col.role == "skip" and re.search(r"(?i)\b(?:size|params|parameters)\b", col.header):
            cells = [r[col.index].text for r in body if col.index < len(r) and not r[col.index].empty]
            if cells and all(_SIZE_CELL.match(c) for c in cells):
                return col
    return None


def _names_recur(body, index: int) -> bool:
    """True when a name stands in more than one row of the model column ('Vega' beside '7B' and '70B')."""
    names = [subject_text(r[index].text).lower() for r in body if index < len(r) and not r[index].empty]
    return len(set(names)) < len(names)


def _with_size(name: str, row: Sequence[Cell], size_col: Optional[_Column]) -> str:
    """'Falcon' or 'Llama 2' with '70B' in the size column is 'Falcon 70B', 'Llama 2 70B' (a name with its own
    size, or an id joined to its version, stays)."""
    if size_col is None or size_col.index >= len(row) or re.search(r"\d+(?:\.\d+)?[BMT]\b|[-_]v?\d", name, re.I):
        return name  # 'GPT-4' beside '1.8T*', 'Vega-3.2' beside '13B': an id with its version is whole
    size = row[size_col.index].text
    return f"{name} {size}" if _SIZE_CELL.match(size) else name


def _without_score_words(name: str, vocabulary: HeaderVocabulary) -> str:
    """'Vicuna Score' -> 'Vicuna': a header naming whose score a column holds."""
    words = name.split()
    while len(words) > 1 and vocabulary.role(words[-1]) == "score":
        words.pop()
    return " ".join(words)


def _joined_short_headers(rows: list[Sequence[Cell]], width: int) -> list[Sequence[Cell]]:
    """Two header lines, each shorter than the rows ('Rank Model Average ── Dimensions ──' over
    'Language Knowledge Math', as aligned text loses spans): the first columns from the upper line,
    the sub-columns from the lower, which ends where the rows do."""
    if len(rows) != 2 or len(rows[0]) >= width or len(rows[1]) >= width:
        return rows  # a table that keeps its empty cells keeps its spans
    top, low = (tuple(c for c in r if not c.empty) for r in rows)
    lead = width - len(low)
    if len(top) >= width or len(low) >= width or lead < 1 or lead > len(top):
        return rows
    return [top[:lead] + low]


def _settings_label(label: str, vocabulary: HeaderVocabulary) -> bool:
    """'Shots', 'Metric', '# Params', 'Attention head size': a short row label of header words, never a name
    ('Vega all license (340M)')."""
    return len(label.split()) <= 4 and not any(ch.isdigit() for ch in label) and vocabulary.role(label) == "skip"


def _is_header_row(row: Sequence[Cell]) -> bool:
    """Two or more cells without numbers; one cell spanning the row ('Base Model') is a section."""
    filled = [c for c in row if not c.empty]
    return len(filled) >= 2 and not any(_holds_values(c.text) for c in filled) and len({c.text for c in filled}) > 1


def _same_text(row: Sequence[Cell], header: list[Optional[Cell]]) -> bool:
    texts = [c.text for c in row if not c.empty]
    return bool(texts) and texts == [c.text for c in header if c is not None]


def _is_section(row: Sequence[Cell], model_index: int) -> bool:
    """A row naming a group ('Pure SSM models', '**o1**') with no number in it (a cell of two, '53.0 70.1', counts,
    and so does a place: '1st', '🥇')."""
    return not any(_holds_values(c.text) or is_number_text(c.text.split(" ", 1)[0]) or _rank_of(c.text) is not None
                   for k, c in enumerate(row) if k != model_index)


def _is_rank_sequence(cells: Sequence[Cell]) -> bool:
    ranks = [_rank_of(c.text) for c in cells if not c.empty]
    return len(ranks) >= 2 and None not in ranks and ranks[0] in (1, 2) and all(
        a <= b <= a + 3 for a, b in zip(ranks, ranks[1:]))  # ties skip places: '2, 2, 4'


_SCOPED_RANK = re.compile(r"^#\s*(\d{1,3})(?:\s+([A-Za-z][\w -]{0,30}))?$")  # '#1 Open-source', '#5 overall'


def _scoped_rank(text: str, ranked: bool) -> Optional[tuple[int, Optional[str]]]:
    """(place, scope) of a cell that states a place ('#1 Open-source'); a bare number too in a rank column."""
    m = _SCOPED_RANK.match(text.strip())
    if m:
        return int(m.group(1)), m.group(2)
    place = _rank_of(text) if ranked else None
    return (place, None) if place is not None else None


def _holds_values(text: str) -> bool:
    """True for a cell of one number ('76.2') or of one per part, piped ('2.1 | 5.5 | -')."""
    return is_number_text(text) or _PIPED_VALUES.fullmatch(text) is not None


def _places_by_column(body, columns: list[_Column]) -> bool:
    """True when two or more value columns hold only small whole numbers, each column from 1 or near it:
    places on a board, one column per category ('| Overall | Math |' over '1 | 3'), no scores."""
    if len(columns) < 2 or len(body) < 3:
        return False
    for col in columns:
        cells = [r[col.index].text for r in body if col.index < len(r) and not r[col.index].empty
                 and r[col.index].text not in _NOT_REPORTED]
        if len(cells) < 3 or not all(_RANK_CELL.match(c) and not c.startswith("#") for c in cells):
            return False
        places = [int(c) for c in cells]
        if min(places) > 3 or max(places) > 300:
            return False
    return True


def _paired_places(body, index: int) -> bool:
    """True when a rank column's cells pair two places ('1 / 3', '4 / 24'): a place among some models and
    one overall. A second number the same in every row is a total ('3 / 50'), no place."""
    pairs = [_PAIRED_RANKS.match(r[index].text) for r in body if index < len(r) and not r[index].empty]
    return len(pairs) >= 2 and all(pairs) and len({m.group(2) for m in pairs}) > 1 \
        and all(int(m.group(1)) <= int(m.group(2)) for m in pairs)


def _ranks_of(cell: Cell, paired: bool) -> list[tuple[int, Span]]:
    """(place, where it stands) of each place a rank cell states: one ('#3'), or two in a column of paired
    places ('4 / 24'); of a place out of a total ('3 / 50') the place."""
    rank = _rank_of(cell.text)
    if rank is not None:
        return [(rank, cell.core)]
    m = _PAIRED_RANKS.match(cell.text)
    if m is None:
        return []
    groups = (1, 2) if paired else (1,)
    return [(int(m.group(g)), _piece_span(cell, m.start(g), m.end(g))) for g in groups]


def _rank_of(text: str) -> Optional[int]:
    text = text.strip()
    for medal, rank in _MEDALS.items():
        if medal in text:
            return rank
    m = _RANK_CELL.match(text) or _MARKED_RANK.match(text)
    return int(m.group(1)) if m else None


def _opening_medal(text: str) -> Optional[int]:
    """The place a medal opening a name cell gives ('🥈 Vega-2': 2), or None."""
    first = text.strip()[:1]
    return _MEDALS.get(first)


def _position(header: str) -> Optional[int]:
    """1 for '#1 model', '1st', 'Top model'; None for other headers."""
    low = header.lower().strip()
    if not low or is_number_text(low):
        return None
    m = _POSITION.match(low)
    if m and (low.startswith(("#", "no", "top")) or re.match(r"^\d{1,2}(st|nd|rd|th)\b", low)):
        return int(m.group(1))
    return None


def _aligned(row: Sequence[Cell], expected: dict[int, str], width: int) -> Sequence[Cell]:
    """The row, with one missing cell put back when a number stands where a word belongs
    ('| 4 | Gemini 3.1 Pro | 1501 | ...' under '| Rank | Model | Provider | Elo | ...'); a row with a
    cell for every column misses none (a maker named by a number: '| Vega-7B | 360 | 43.79 |')."""
    if sum(not c.empty for c in row) >= width:
        return row
    for k, cell in enumerate(row):
        if expected.get(k) == "text" and is_number_text(cell.text) and expected.get(k + 1) == "number":
            return [*row[:k], empty_cell(cell.start), *row[k:]]
    return row


def _header_unit(bench: BenchmarkChoice, header: str) -> Optional[str]:
    """The unit a column's header gives its bare numbers: an Elo rating, or a percent ('Mean %', 'Accuracy (%)')."""
    if "elo" in header.lower() or (bench.ref is not None and bench.ref.id == "chatbot-arena"):
        return "elo"
    return "%" if _PERCENT_HEADER.search(header) else None
