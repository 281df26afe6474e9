"""What the article as a whole tells each sentence and table.

Its layout (headings, item labels), the leaderboard it is about, which vendor
the text says makes which model, and what 'the model' or 'it' refers to as the
sentences go by. A benchmark is resolved in a stated order: the sentence (or
the table's header), the item or bullet label, the section heading, the
article's leaderboard; ``BenchmarkNote.source`` says which gave it, and a claim
with none keeps its benchmark unknown.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Optional

from spacy.attrs import ENT_TYPE, LOWER
from spacy.tokens import Doc, Span

from .benchmarks import PERIOD, SUITE_DEFINITION, BenchmarkRef, BenchmarkResolver, label_name_start
from .findings import BenchmarkNote, Name
from .layout import BOLD_LINE_LEVEL, Block, Layout, is_rank_header
from .tables.grid import Grid, display_text
from .tables.readers import is_number_text
from .tables.interpret import BenchmarkChoice

POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_LISTED_NAMES_READ = 12  # list items read as the objects of one comparison: a bound
_WORD_LEFT = re.compile(r"[^\W\d_]{2,}")  # a word beside an item's names: the item says more than a name
_TITLE_WORD = re.compile(r"^[A-Z][A-Za-z]{2,15}$")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_OWN_TITLE = re.compile(r":\s*(?:An?\s+)?Benchmark(?:ing|s)?\b")  # 'VeraWorld: Benchmarking Agents ...'
_VALUE_ON = re.compile(r"\d%? on (?:the )?$")  # '86.3 on ' right before a name: the benchmark of one score
_HOSTED_ON = re.compile(r" on $")
_RANKED_BY = re.compile(r" (?:[a-z]+ )?(?:rankings?|assessment|leaderboard|league table)\b")  # 'the VeraBench assessment report'
_SHORT_FORM = re.compile(r"^[a-z]+\d[\d.]*$")  # 'qwen3', 'llama3': family and version glued
_MAKER_THEN_MODEL = re.compile(  # 'Zenith AI launches Vega-2', 'Zenith AI today announced its new Vega-2'
    r",? (?:today |has |have )?(?:announc|launch|releas|unveil|introduc|open-sourc|debut)\w* (?:(?:the|its|a|an|new|open) ){0,3}$",
    re.I)
_LAUNCH_REACH = 80  # characters a launch phrase between a maker and its model can take
_MODEL_THEN_MAKER = re.compile(  # 'Vega-2, developed by Zenith AI', 'Vega-2 is a small model from Zenith AI'
    r"[^.;!?\n]{0,100}?\b(?:developed|built|created|made|trained|released|published|launched) (?:by|at) [\[*]*$"
    r"|[*_]*(?:,| is| was)[^.;!?\n]{0,80}?\b(?:(?:model|LLM|version|variant|release)s? (?:from|by)|(?:model|LLM)s? of) "
    r"(?:[A-Z][\w.]*(?: [A-Z][\w.]*)?['\u2019]s )?(?:[a-z]+ ){0,4}[\[*]*$")  # "a model of Korea's AI startup Zenith"
# ('a version of Y' is a model made from Y, not by Y)
_NAME_HEAD = re.compile(r"^[A-Z][A-Za-z]{2,}(?=[\d\-\u2011 .]|$)")  # 'Vega' of 'Vega-7B', 'Vega2.5-Max', 'Vega 4'
_SIZED = re.compile(r"\d(?:\.\d+)?b(?:-|$)")
_DETAILS_DATASET = re.compile(r"/details_[\w.\-]{1,60}?__([\w.\-]{2,80}?)(?=[)\s/?#\]]|$)")  # an owner, '__', the model
_CAPTION_START = re.compile(r"(?i)^(?:\*\*|\*|_)?(?:table|tab\.|figure|fig\.|\u8868|\u56fe)\s*\d*")
# '- 1st: X', '#2:', 'Third place -': a place labels the item, no benchmark
_PLACE_LABEL = re.compile(r"(?i)^(?:#\s?\d{1,3}|no\.\s?\d{1,3}|rank\s\d{1,3}|\d{1,3}(?:st|nd|rd|th)"
                          r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
                          r"(?:\s(?:place|spot))?$")
_SECTION_NUMBER = re.compile(r"^\s*(?:(?:\d{1,2}\.)+\d{0,2}|[IVX]{1,4}\.|(?:section|step|part|chapter)\s+\d+[:.]?)\s+", re.I)  # '1. ', '2.1 ', 'IV. '
_HEADING_NAME_WORDS = 4
_SECTION_TITLE = re.compile(r"^[A-Z][A-Za-z0-9.+\-]*(?: [A-Z0-9][A-Za-z0-9.+\-]*){0,3}$")  # 'Vera Polyglot', 'Kite QA 2'
_SIBLING_REACH = 60  # blocks a heading's sibling is looked for within, either way
_SECTION_OPENING = 8  # blocks (notes, source lines) between a section's heading and its table
_BOARD_FOR = re.compile(r"^(.*?\b(?:leaderboard|benchmark|arena))\s+(?:for|on|in|of)\s.*$", re.I)
_STEM = re.compile(r"[A-Za-z]+")
_BENCHMARK_WORD_AFTER = re.compile(r"(?<=\S)\s+[Bb]enchmarks?$")  # 'VeraQA Benchmark': the benchmark is 'VeraQA'
# a picture, or bare markup around a caption ('<p style="...">'): a line that says nothing itself
_SHOWS_NOTHING_LINE = re.compile(r"\s*(?:!\[[^\]\n]*\]\([^)\s]*\)|<img\b[^>\n]*>|</?(?:p|div|center|figure|figcaption|span|br)\b[^>\n]*>)\s*$")
_BOLD_ITEM = re.compile(r"\s*[-*+\u2022]\s+\*\*[^*\n]{2,150}\*\*\s*$")
_DEFINED_AS_SUITE = re.compile(SUITE_DEFINITION)  # 'X is the evaluation harness for ...'
_EVALUATED_ON = re.compile(r"(?i)\b(?:evaluat|test|assess|measur|benchmark|report|performance|results)\w*\b[^.;:]{0,60}"
                           r"\b(?:(?:on|against)\s+(?:the\s+)?"
                           r"|(?:using|with|via)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}benchmarks?\s+)\[?$")  # ('using the X benchmark Y')
_ON_BEFORE = re.compile(r"\b(?:on|for|in)\s+(?:the\s+)?\[?$")
_POINTS_AT_TABLE = re.compile(r"\b(?:below|as follows|the following|following table|in table \d)|:\s*$")
_NAMED_ON = re.compile(r"\b(?:on|for)\s+(?:the\s+)?(?:benchmarks?\s+(?:of\s+)?)?\[?([A-Z][\w\-.+]*(?: [A-Z][\w\-.+]*){0,3})")
# 'These results are evaluated on X', 'All scores are ...': a line under a table that speaks of it
_NOTE_UNDER_TABLE = re.compile(r"(?i)^(?:\*\*|\*|_)?(?:these|the|all|above)\s+(?:results|scores|numbers|figures)\b")


class _VocabWords(dict):
    """Lower-case hash -> the word with its typographic apostrophe plain, filled as words are met."""

    def __init__(self, vocab) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, key: int) -> str:
        word = self[key] = self.vocab.strings[key].replace("\u2019", "'")
        return word


_VOCAB_WORDS: dict[int, _VocabWords] = {}


def _words_of(vocab) -> _VocabWords:
    """The decoded words of a vocab, kept per vocab (a vocab only grows, so an entry never goes stale)."""
    found = _VOCAB_WORDS.get(id(vocab))
    if found is None or found.vocab is not vocab:
        if len(_VOCAB_WORDS) > 8:
            _VOCAB_WORDS.clear()
        found = _VOCAB_WORDS[id(vocab)] = _VocabWords(vocab)
    return found


@dataclass
class ArticleContext:
    """The article's layout, entities and what earlier sentences told."""

    doc: Doc
    text: str
    layout: Layout
    resolver: BenchmarkResolver
    ents: list[Span]
    vendor_names: dict[str, str]  # vendor id -> its listed name
    vendor_aliases: frozenset  # every listed way of writing a vendor
    vendor_forms: dict[str, str] = field(default_factory=dict)  # vendor id -> how the article writes it
    attributions: dict = field(default_factory=dict)  # model canonical or ('family', f) -> VENDOR span
    mentions: dict = field(default_factory=dict)  # model canonical -> (weight, latest span)
    says_claim: Callable[[set], bool] = lambda words: False  # the vocabulary's test for a rank or relation cue
    place_labels: frozenset = frozenset()  # the words that name a place as a label ('Winner:', 'Runner-up:')
    topic: Optional[Span] = None  # first model of the latest sentence naming one: what 'it' means
    last_benchmark: Optional[Span] = None
    last_vendor: Optional[Span] = None  # the latest maker named on its own: what 'the company' means
    last_place: Optional[int] = None  # the place the sentence just read gave last: what 'X follows' comes after
    compared: Optional[tuple[Span, list[Span]]] = None  # the last sentence's comparison: its subject, its objects
    named_before: list = field(default_factory=list)  # the last sentence's models, in order: what 'these models' are

    def __post_init__(self) -> None:
        self._ent_starts = [e.start_char for e in self.ents]
        self._words: Optional[list[str]] = None
        self._labels: Optional[list[str]] = None
        self._prose_names: Optional[dict] = None
        self._title_pair: Optional[list[Span]] = None
        self._topic: Optional[BenchmarkNote] = None
        self._listing_blocks: dict[int, bool] = {}  # paragraph start -> whether it lists three tests or more
        self._section_titles: dict[int, Optional[BenchmarkNote]] = {}  # heading start -> the benchmark it titles
        self.boards = self.resolver.leaderboards | {  # listed boards, 'the Open Vet-LLM Leaderboard', 'SuperCLUE-VLM'
            e._.canonical for e in self.ents if e.label_ == "BENCHMARK" and (
                e.text.endswith("Leaderboard") or self.resolver.board_of_its_own(e._.canonical))}
        self._named_boards = {  # 'the VeraBench assessment report', 'the Vera Duel Arena': boards when no other is named
            e._.canonical for e in self.ents if e.label_ == "BENCHMARK" and e._.canonical not in self.boards and (
                e._.canonical.endswith("-arena")
                or (_RANKED_BY.match(self.text, e.end_char) and self.resolver.listed(e.text) is None))}
        self.leaderboard = self._article_leaderboard()
        self.family_models = self._family_models()
        self.expansions = self._expansions()
        self.attributions = self._attributions()
        owner_forms: dict[str, str] = {}
        for e in self.ents:
            if e.label_ == "VENDOR" and e._.vendor:
                (owner_forms if e._.owner else self.vendor_forms).setdefault(e._.vendor, e.text)
        for vendor, written in owner_forms.items():  # 'microsoft/...' names Microsoft only when nothing else does
            if written in self.vendor_aliases:
                self.vendor_forms.setdefault(vendor, written)

    @cached_property
    def _model_stems(self) -> dict[str, list[int]]:
        """The leading letters of every model the article names ('vega' of 'Vega3-4B') -> where it names them."""
        stems: dict[str, list[int]] = {}
        for e in self.ents:
            m = _STEM.match(e.text) if e.label_ == "MODEL" and e._.source != "weak" else None
            if m is not None and len(m.group()) >= 3:
                stems.setdefault(m.group().lower(), []).append(e.start_char)
        return stems

    @property
    def words(self) -> list[str]:
        """Every token's lower-case text (the typographic apostrophe as "'"), read from the doc's arrays once."""
        if self._words is None:
            known = _words_of(self.doc.vocab)
            self._words = [known[h] for h in self.doc.to_array(LOWER).tolist()]
            if "cent" in self._words:  # '90 per cent' reads as '90 percent' ('cent' stays, outside the value)
                for k in [k for k, w in enumerate(self._words[:-1]) if w == "per" and self._words[k + 1] == "cent"]:
                    self._words[k] = "percent"
            if "\u5206" in self._words:  # a label's '：68.25分' reads as '68.25 points', as Chinese pages list scores
                for k in [k for k, w in enumerate(self._words) if w == "\u5206" and k > 1 and self.doc[k - 1].like_num
                          and self._words[k - 2] in (":", "\uff1a")]:
                    self._words[k] = "points"
        return self._words

    @property
    def labels(self) -> list[str]:
        """Every token's entity label ('' outside entities)."""
        if self._labels is None:
            strings = self.doc.vocab.strings
            self._labels = [strings[h] if h else "" for h in self.doc.to_array(ENT_TYPE).tolist()]
        return self._labels

    # -- entities by offset ------------------------------------------------------------
    def ents_between(self, start: int, end: int) -> list[Span]:
        """Entity spans whose start lies in the character range."""
        return self.ents[bisect_left(self._ent_starts, start):bisect_left(self._ent_starts, end)]

    def benchmarks_between(self, start: int, end: int) -> list[Span]:
        return [e for e in self.ents_between(start, end) if e.label_ == "BENCHMARK"]

    # -- benchmarks ----------------------------------------------------------------------
    def _article_leaderboard(self) -> BenchmarkNote:
        """The leaderboard the article names most, a name in its title counting thrice (the first
        named, on a tie); a board nobody listed counts when its name says it is one."""
        boards = [e for e in self.ents if e.label_ == "BENCHMARK" and e._.canonical in self.boards
                  and not self._in_benchmark_table(e)]  # a C-Eval row among other benchmarks names no board
        if not boards and self._named_boards:
            self.boards = self.boards | self._named_boards
            boards = [e for e in self.ents if e.label_ == "BENCHMARK" and e._.canonical in self._named_boards]
        if len({e._.canonical for e in self.ents if e.label_ == "BENCHMARK"}) > 2:  # one board among many benchmarks
            named_apart = {e._.canonical for e in boards if not self._after_a_value(e)}
            boards = [e for e in boards if e._.canonical in named_apart]  # '86.3 on BFCL' only: that score's benchmark
        boards = [self._hosted_on(e) for e in boards]  # 'the MMLU on HELM ranking': the benchmark the board hosts
        title_end = self.layout.blocks[0].end if self.layout.blocks and self.layout.blocks[0].kind == "heading" else 0
        titled = self._titled_benchmark()
        if titled is not None and titled not in {e._.canonical for e in boards if e.start_char < title_end}:
            self.boards = self.boards | {titled}
            return BenchmarkNote(titled, None, None, "article")
        if not boards:  # 'a framework called VeraBench', or an unlisted suite the title names: what it ranks by
            named = [e for e in self.ents if e.label_ == "BENCHMARK"
                     and (e._.source == "called" or (e._.source == "unknown" and e.start_char < title_end))]
            if len({e._.canonical for e in named}) == 1:  # 'a framework called VeraBench': what it ranks by
                self.boards = self.boards | {named[0]._.canonical}
                return BenchmarkNote(named[0]._.canonical, None, None, "article")
            suite = self._most_named_suite()
            return suite if suite.id is not None else self._board_at_address()
        introduced = self._introduced_board(boards)
        if introduced is not None:
            return introduced
        return self._listed_board(boards, title_end)

    def _titled_benchmark(self) -> Optional[str]:
        """The benchmark a page's first line names alone ('IFEval', '# VeraQA'): the page is about it, whatever
        other boards it names further down (a list of related ones); else None."""
        first = self.layout.blocks[0] if self.layout.blocks else None
        if first is None or first.kind not in ("heading", "prose") or "\n" in self.text[first.start:first.end].strip():
            return None
        named = self.benchmarks_between(first.start, first.end)
        title = self._display(first).lstrip("#").strip(" *_:")
        return named[0]._.canonical if len(named) == 1 and named[0].text == title else None

    def _board_at_address(self) -> BenchmarkNote:
        """The listed board the article's own address belongs to ('lmarena.ai/leaderboard'), for a page that
        never names the board it shows."""
        board = self.resolver.at_address(self.doc._.url)
        return BenchmarkNote(board, None, None, "address") if board is not None else BenchmarkNote()

    def _introduced_board(self, boards: list[Span]) -> Optional[BenchmarkNote]:
        """'a new benchmark called DeepVera': the one board the article introduces by name, when it names it more
        often than any listed board (an article on a new board that measures it against the old ones)."""
        called = {e._.canonical for e in self.ents if e.label_ == "BENCHMARK" and e._.source == "called"}
        if len(called) != 1:
            return None
        board = called.pop()
        counts = Counter(e._.canonical for e in self.ents if e.label_ == "BENCHMARK")
        if counts[board] <= max(counts[e._.canonical] for e in boards):
            return None
        self.boards = self.boards | {board}
        return BenchmarkNote(board, None, None, "article")

    def _hosted_on(self, board: Span) -> Span:
        """'MMLU on HELM': the benchmark named right before 'on' and a board is what that ranking ranks by;
        else the board itself."""
        if not _HOSTED_ON.match(self.text, max(0, board.start_char - 4), board.start_char):
            return board
        named = self.benchmarks_between(max(0, board.start_char - 80), board.start_char - 3)
        if named and self.text[named[-1].end_char:board.start_char].strip() == "on" \
                and named[-1]._.canonical not in self.boards:
            self.boards = self.boards | {named[-1]._.canonical}
            return named[-1]
        return board

    def _after_a_value(self, mention: Span) -> bool:
        """'86.3 on BFCL': a benchmark named right after a value, as one score's."""
        return _VALUE_ON.search(self.text, max(0, mention.start_char - 16), mention.start_char) is not None

    def _most_named_suite(self) -> BenchmarkNote:
        """An article that names no board but one benchmark of its own again and again in its prose ('The
        standard VeraWords benchmark is nearing saturation ... VeraWords scores'): what its tables rank by."""
        named = self._most_named(unlisted_only=True)
        if named is None:
            return BenchmarkNote()
        self.boards = self.boards | {named}
        return BenchmarkNote(named, None, None, "article")

    @property
    def prose_topic(self) -> BenchmarkNote:
        """The one benchmark the article's prose is about (see ``_prose_topic``), or the only one it names even
        once: what a prose score that names none is on; found once."""
        if self._topic is None:
            self._topic = self._prose_topic(named_once=True)
        return self._topic

    def _prose_topic(self, named_once: bool = False) -> BenchmarkNote:
        """The one benchmark, listed or not, an article's prose is about: what a table whose columns name
        only a metric ('Accuracy') scores, since every score is on something (see ``_most_named``)."""
        named = self._most_named(unlisted_only=False, named_once=named_once)
        return BenchmarkNote(named, None, None, "article") if named is not None else BenchmarkNote()

    def _most_named(self, unlisted_only: bool, named_once: bool = False) -> Optional[str]:
        """The benchmark named at least twice outside tables and at least twice as often as any other (a
        title that is its name alone counts twice: the page is about it); with ``named_once``, also the only
        benchmark the prose names, however often."""
        counts = Counter()
        seen = set()
        for e in self.ents:
            if e.label_ == "BENCHMARK" and (e._.source == "unknown" or not unlisted_only) \
                    and not self.layout.in_table(e.start_char):  # 'VeraWorld: Benchmarking ...', its own title: twice
                block = self.layout.block_at(e.start_char)
                if block is not None and self._lists_benchmarks(block):
                    if (e._.canonical, block.start) in seen:
                        continue  # a list of tests ('A, B, C (harder than C)'): each counts once
                    seen.add((e._.canonical, block.start))
                counts[e._.canonical] += 2 if _OWN_TITLE.match(self.text, e.end_char, e.end_char + 24) else 1
        title = self.layout.blocks[0] if self.layout.blocks and self.layout.blocks[0].kind == "heading" else None
        named = self.benchmarks_between(title.start, title.end) if title is not None else []
        if len(named) == 1 and self._display(title).lstrip("#").strip(" *_:") == named[0].text:
            counts[named[0]._.canonical] += 1
        ranked = counts.most_common(2)
        if len(ranked) == 1 and named_once:
            return ranked[0][0]  # the one benchmark the article names at all
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
            return None
        return ranked[0][0]

    def _lists_benchmarks(self, block: Block) -> bool:
        """True for a paragraph naming three benchmarks or more: a list of tests, about none of them (found once
        a paragraph, as each of its mentions asks)."""
        listing = self._listing_blocks.get(block.start)
        if listing is None:
            listing = self._listing_blocks[block.start] = len(
                {e._.canonical for e in self.benchmarks_between(block.start, block.end)}) >= 3
        return listing

    def _listed_board(self, boards: list[Span], title_end: int) -> BenchmarkNote:
        """The listed board named most, one in the title counting thrice (the first named, on a tie)."""
        counts = Counter()
        context_aliases = self.resolver.context_aliases
        for e in boards:  # a name that means the board only beside a ranking word ('Hugging Face') counts half
            counts[e._.canonical] += (3 if e.start_char < title_end else 1) / (2 if e.text in context_aliases else 1)
        best = max(counts.values())
        first = next(e for e in boards if counts[e._.canonical] == best)
        return BenchmarkNote(first._.canonical, None, None, "article")

    def _in_benchmark_table(self, mention: Span) -> bool:
        """True for a mention that labels a table's row below its header ('| C-Eval | 70.1 | 55.2 |') or heads
        one of several benchmark columns ('| Model | MMLU | CMMLU |'): one benchmark among the table's, no
        board the article is about."""
        block = self.layout.block_at(mention.start_char)
        if block is None or block.kind != "table" or block.grid is None:
            return False
        at = mention.start_char
        split = block.grid.header_rows or 1
        if any(row and row[0].start <= at < row[0].end for row in block.grid.rows[split:]):
            return True
        header = [c for row in block.grid.rows[:split] for c in row]
        if not any(c.start <= at < c.end for c in header):
            return False
        return len(self.benchmarks_between(header[0].start, header[-1].end)) >= 2

    def context_benchmark(self, offset: int, leaderboards_only: bool = False,
                          block: Optional[Block] = None) -> BenchmarkNote:
        """The benchmark the text around ``offset`` is about: the item or bullet label, then the
        section heading, then the article's leaderboard (a carried-over benchmark has no text)."""
        block = block or self.layout.block_at(offset)
        if block is not None and block.label is not None:
            note = self._benchmark_in(block.label[0], block.label[1], "label", leaderboards_only, whole_name=True)
            if note is not None:
                return note
        lead = self.layout.lead_in(block, self.text) if block is not None and block.kind == "item" else None
        if lead is not None:
            note = self._one_benchmark_in(lead, leaderboards_only)
            if note is not None:
                return note
        for k, heading in enumerate(self.layout.headings_before(offset, self._says_nothing)):
            note = self._benchmark_in(heading.start, heading.end, "heading", leaderboards_only, whole_name=True)
            if note is None and k == 0 and not leaderboards_only:
                note = self._section_title(heading)
            if note is not None:
                return note
        return self.leaderboard

    def _table_section_title(self, k: int) -> Optional[BenchmarkNote]:
        """'## Vera Polyglot' over table ``k``, beside '## SWE-bench Verified' over a table of its own: a plain
        capitalised title whose sibling section (same level, same parent) is a benchmark's table is the name
        of its own table's benchmark."""
        above = self._heading_over(k)
        return self._section_title(*above) if above is not None else None

    def _section_title(self, heading: Block, k: Optional[int] = None) -> Optional[BenchmarkNote]:
        """The benchmark a section's plain title names, when the section holds a table (see above); ``k`` is
        the heading's index, when known, found once per heading otherwise."""
        if heading.start not in self._section_titles:
            k = self.layout.index_of(heading) if k is None else k
            opens = self._opens_a_table(k)
            self._section_titles[heading.start] = self._read_section_title(heading, k) if opens else None
        return self._section_titles[heading.start]

    def _heading_over(self, k: int) -> Optional[tuple[Block, int]]:
        """The heading of the section table ``k`` is in, with its index: the nearest block above that is a
        heading, no table between."""
        for j in range(k - 1, max(-1, k - 1 - _SECTION_OPENING), -1):
            block = self.layout.blocks[j]
            if block.kind == "table":
                return None
            if block.kind == "heading":
                return block, j
        return None

    def _read_section_title(self, heading: Block, k: int) -> Optional[BenchmarkNote]:
        """The unlisted benchmark a plain title names, when a sibling heading names a listed or shaped one."""
        title = _SECTION_NUMBER.sub("", self._display(heading).lstrip("#").strip(" :*_"))
        if not _SECTION_TITLE.match(title) or any(self.resolver.is_generic(w) or self.resolver.is_category(w)
                                                  for w in title.split()) \
                or self.resolver.is_language(title) or PERIOD.match(title) \
                or self.says_claim({w.lower() for w in title.split()}) or self.ents_between(heading.start, heading.end):
            return None
        blocks = self.layout.blocks
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(blocks) and abs(j - k) <= _SIBLING_REACH:
                other = blocks[j]
                if other.kind == "heading" and other.level < heading.level:
                    break  # the parent's edge
                if other.kind == "heading" and other.level == heading.level and self._opens_a_table(j) \
                        and self._named_by(other.start, other.end) is not None:
                    at = self.text.find(title, heading.start, heading.end)
                    ref = self.resolver.unlisted(title)
                    return BenchmarkNote(ref.id, title, (at, at + len(title)) if at >= 0 else None, "heading")
                j += step
        return None

    def _opens_a_table(self, k: int) -> bool:
        """True when the heading at block ``k`` has a table in its section before the next heading."""
        for block in self.layout.blocks[k + 1:k + 1 + _SECTION_OPENING]:
            if block.kind == "heading":
                return False
            if block.kind == "table":
                return True
        return False

    def _one_benchmark_in(self, block: Block, leaderboards_only: bool) -> Optional[BenchmarkNote]:
        """The benchmark a paragraph names, when it names one only (by as many names as it likes)."""
        found = self.benchmarks_between(block.start, block.end)
        if leaderboards_only:
            found = [e for e in found if e._.canonical in self.boards]
        if not found or len({e._.canonical for e in found}) > 1:
            return None
        e = found[0]
        return BenchmarkNote(e._.canonical, e.text, (e.start_char, e.end_char), "caption")

    def table_benchmark(self, table: Block) -> BenchmarkChoice:
        """A table's own benchmark: its caption line (above it, or a 'Table 2: ...' line under it), the
        sentence that leads into it ('... results on RecallBench are shown below'), the headings above
        it, the article's leaderboard."""
        lead_end = min((c.start for c in table.grid.rows[0]), default=table.start) if table.grid is not None else table.start
        if lead_end - table.start >= _TITLE_CHARS:  # a table flattened onto the end of a paragraph: the paragraph's
            named = self.benchmarks_between(table.start, lead_end)  # one benchmark, where it says the evaluation's
            if len({e._.canonical for e in named}) == 1 and any(
                    _EVALUATED_ON.search(self.text, max(table.start, e.start_char - 80), e.start_char) for e in named):
                e = named[0]
                return _choice(BenchmarkNote(e._.canonical, e.text, (e.start_char, e.end_char), "caption"))
        k = self.layout.index_of(table)
        before = [b for b in self.layout.blocks[max(0, k - 4):k] if not self._shows_nothing(b)][-2:]
        for block in reversed(before):
            if block.kind == "table":
                break
            start = self._caption_start(block, table, next_to_table=block is before[-1])
            if start is not None:
                note = self._benchmark_in(start, block.end, "caption", False, whole_name=block.kind == "heading") \
                    or self._benchmark_named_on(start, block.end)
                if note is not None:
                    return _choice(note)
        titled = self._titled_by_a_name_alone(k)
        if titled is not None:
            return _choice(titled)
        opening = self._caption_opening_name(before[-1], table) if before else None
        if opening is not None:
            return _choice(opening)
        after = next((b for b in self.layout.blocks[k + 1:k + 3] if not self._shows_nothing(b)), None)
        if after is not None and after.kind != "table" and after.end - after.start <= 250 \
                and (_CAPTION_START.match(self._display(after)) or _NOTE_UNDER_TABLE.match(self._display(after))):
            note = self._benchmark_in(after.start, after.end, "caption", False) or self._benchmark_named_on(
                after.start, after.end)
            if note is not None:
                return _choice(note)
        if before and before[-1].kind == "heading" and before[-1].end <= table.start:
            note = self._one_word_title(before[-1])
            if note is not None:
                return _choice(note)
        note = self._table_section_title(k)
        if note is not None:
            return _choice(note)
        note = self.context_benchmark(table.start, block=table)
        if note.id is None and _one_value_column(table.grid):
            return _choice(self.prose_topic)  # a ranking by one score on a page whose prose names one test: that test
        return _choice(note if note.id is not None else self._prose_topic())

    def _caption_opening_name(self, block: Block, table: Block) -> Optional[BenchmarkNote]:
        """'**KestrelMath-A** shows how the models do ...' right above a table: a line that opens on a name
        shaped like a benchmark's (no model's or maker's) and goes on in words names the table's benchmark."""
        if block.kind not in ("prose", "heading") or block.end - block.start > 250 or block.end > table.start:
            return None
        m = _OPENING_NAME.match(self.text, block.start, block.end)
        if m is None or not self.resolver.is_benchmark_shape(m.group(1)) \
                or any(e.label_ in ("MODEL", "VENDOR") for e in self.ents_between(block.start, m.end(1))) \
                or _RESULT_VERB.search(self.text, m.end(1), block.end) or _VERSION_END.search(m.group(1)):
            return None  # 'VegaLoop can reach ...': a system that scores; 'Kite-3 agent results': a model's
        ref = self.resolver.resolve(m.group(1))
        if ref is None:
            return None
        return BenchmarkNote(ref.id, m.group(1), (m.start(1), m.end(1)), "caption")

    def _titled_by_a_name_alone(self, k: int) -> Optional[BenchmarkNote]:
        """A line that is a listed benchmark's name and nothing more, a few short blocks above table ``k`` ('BBH'
        over a line of who leads and one of what the test is): the table's title, as a heading would be."""
        for j in range(k - 1, max(-1, k - 4), -1):
            block = self.layout.blocks[j]
            if block.kind == "table":
                return None
            name = display_text(self.text[block.start:block.end].lstrip("#-*+ \t")).strip(" :*_")
            bench = self.resolver.listed(name) if 0 < len(name) <= 40 else None
            if bench is not None:
                earlier = self.layout.blocks[j - 1] if j > 0 else None
                if earlier is not None and self.resolver.listed(self._display(earlier).strip(" :*_#")):
                    return None  # a list of names, one a line: no title
                at = self.text.find(name, block.start, block.end)
                return BenchmarkNote(bench, name, (at, at + len(name)) if at >= 0 else None, "caption")
        return None

    def _one_word_title(self, heading: Block) -> Optional[BenchmarkNote]:
        """'**Vera**' right over a table: a title of one capitalised word that no list knows, no common,
        category, language or metric word ('WER': how the table scores) and no model, names the table's benchmark."""
        word = display_text(self.text[heading.start:heading.end].lstrip("#-*+ \t")).strip(" :*_")
        if not _TITLE_WORD.match(word) or self.resolver.is_generic(word) or self.resolver.is_category(word) \
                or self.resolver.is_language(word) or self.resolver.is_metric(word) \
                or self.ents_between(heading.start, heading.end):
            return None
        at = self.text.find(word, heading.start, heading.end)
        ref = self.resolver.unlisted(word)
        return BenchmarkNote(ref.id, word, (at, at + len(word)), "heading")

    def table_subject(self, table: Block) -> Optional[tuple[str, tuple[int, int]]]:
        """The one model the text right before a table names ('detailed results of X on A, B and C'), else
        the one the nearest heading above it names ('# Vega-34B' over its results): whose results a table
        without a model axis holds; None when it names none or several."""
        k = self.layout.index_of(table)
        before = self.layout.blocks[k - 1] if k else None
        if before is None or before.kind == "table":
            return None
        named = self._one_model_in(before)
        if named is not None:
            return named
        for heading in self.layout.headings_before(table.start, self._says_nothing):
            named = self._one_model_in(heading)
            if named is not None:
                return named
            if not self._says_nothing(heading) and heading.level < BOLD_LINE_LEVEL:
                break  # a heading of common words ('### Results') lets the one above it speak, as a bold line
                # over a part of the section does ('**General tasks:**' under '### Vega-7B')
        return self._only_model_before(table.start) or self._titled_model(table.start) \
            or self._details_of_model(before)

    def _details_of_model(self, block: Block) -> Optional[tuple[str, tuple[int, int]]]:
        """'Detailed results can be found [here](.../details_Acme__vega-13b)': the model a leaderboard's details
        dataset, linked right above a table of one model's results, is named after."""
        m = _DETAILS_DATASET.search(self.text, block.start, block.end)
        return (m.group(1), m.span(1)) if m is not None else None

    def _titled_model(self, offset: int) -> Optional[tuple[str, tuple[int, int]]]:
        """The one model the page's one top heading names ('# Vega2' over a model card): whose results a
        table without a model axis holds when nothing nearer says."""
        titles = [b for b in self.layout.blocks if b.kind == "heading" and b.level == 1 and b.end <= offset]
        named = self._one_model_in(titles[0]) if len(titles) == 1 else None
        if named is None:
            return None
        members = {e.text: e for e in self.ents_between(titles[0].end, offset) if e.label_ == "MODEL"
                   and not self.layout.in_table(e.start_char) and e.text.startswith(named[0] + "-")}
        if len(members) == 1:  # '# Vega2' over 'Vega2-360M is a compact model': the one member the card is of
            member = next(iter(members.values()))
            return member.text, (member.start_char, member.end_char)
        return named

    def _only_model_before(self, offset: int) -> Optional[tuple[str, tuple[int, int]]]:
        """The one model an article's prose names before ``offset`` (a model card's own scores under a plain
        'Evaluation' heading), or None when it names none or several (tables before, of variants or specs, are
        no prose)."""
        models = [e for e in self.ents_between(0, offset) if e.label_ == "MODEL" and not e._.is_family
                  and not self.layout.in_table(e.start_char)]
        if not models or len({e._.canonical for e in models}) != 1:
            return None
        return models[-1].text, (models[-1].start_char, models[-1].end_char)

    def item_model(self, offset: int) -> Optional[Span]:
        """The one model a bullet without a name of its own is about: the one its lead-in line names
        ('Vega 2 brings:'), else the one the nearest headings above name ('## Vega 2: the new flagship')."""
        block = self.layout.block_at(offset)
        if block is None or block.kind != "item":
            return None
        k = self.layout.index_of(block) - 1
        while k >= 0 and self.layout.blocks[k].kind == "item":
            k -= 1
        if k >= 0 and self.layout.blocks[k].kind == "prose" and self.layout.blocks[k].end - self.layout.blocks[k].start <= 250:
            named = self._one_model_span(self.layout.blocks[k])
            if named is not None:
                return named
        for n, heading in enumerate(self.layout.headings_before(offset)):
            named = self._one_model_span(heading)
            if named is not None or n == 1:
                return named
        return None

    def listed_below(self, offset: int) -> list[Span]:
        """The models of the list right below the line holding ``offset``, one name an item ('- OpenAI's
        GPT-4o'): whom 'X outperforms leading models, including:' compares X with; none when an item says
        more than a name."""
        block = self.layout.block_at(offset)
        if block is None or block.kind == "table":
            return []
        names: list[Span] = []
        for item in self.layout.blocks[self.layout.index_of(block) + 1:][:_LISTED_NAMES_READ]:
            if item.kind != "item":
                break
            ents = self.ents_between(item.start, item.end)
            models = [e for e in ents if e.label_ == "MODEL"]
            if len(models) != 1:
                return []
            rest = "".join(self.text[a:b] for a, b in _gaps(item.start, item.end, ents))
            if _WORD_LEFT.search(rest.replace("'s", "").replace("\u2019s", "")):
                return []
            names.append(models[0])
        return names

    def in_list_of_no_model(self, offset: int) -> bool:
        """True for a list item whose section heading names no model (one that names two leaves it open)."""
        block = self.layout.block_at(offset)
        if block is None or block.kind != "item":
            return False
        heading = next(self.layout.headings_before(offset), None)
        return heading is None or not any(e.label_ == "MODEL" for e in self.ents_between(heading.start, heading.end))

    def _one_model_span(self, block: Block) -> Optional[Span]:
        models = self._sole_model(block, families=True)  # '**Vega release notes**': the family
        return models[0] if models else None

    def _sole_model(self, block: Block, families: bool = False) -> list[Span]:
        """The mentions of the one model a block names ([] when it names none or several); a family counts
        only where ``families`` allows and no model is named."""
        named = [e for e in self.ents_between(block.start, block.end) if e.label_ == "MODEL"]
        models = [e for e in named if not e._.is_family] or (named if families else [])
        return models if len({e._.canonical for e in models}) == 1 else []

    def section_title(self, table: Block) -> str:
        """The text of the nearest heading above a table that says something ('' when there is none)."""
        heading = next((h for h in self.layout.headings_before(table.start) if not self._says_nothing(h)), None)
        return self._display(heading).lstrip("#").strip() if heading is not None else ""

    def _one_model_in(self, block: Block) -> Optional[tuple[str, tuple[int, int]]]:
        models = self._sole_model(block)
        return (models[-1].text, (models[-1].start_char, models[-1].end_char)) if models else None

    def _caption_start(self, block: Block, table: Block, next_to_table: bool) -> Optional[int]:
        """Where the caption in a block before a table starts, or None: a heading, a line ending in a
        colon, 'Table 2: ...', a bold or italic line; else the block's last sentence when it points at
        the table ('shown below', 'as follows'). Other running text that names benchmarks is no caption."""
        line = self._display(block)
        if block.kind == "item" and _BOLD_ITEM.match(self.text, block.start, block.end):
            return block.start  # '+ **[TuringBench Leaderboard](url)**': a bold list line names what follows
        if block.end - block.start <= 250 and (block.kind == "heading" or line.endswith(":") or bool(
                _CAPTION_START.match(line)) or (line[:1] in "*_" and line.rstrip(".")[-1:] in "*_")):
            return block.start
        if not next_to_table or block.kind != "prose":
            return None
        if block.end - block.start <= _TITLE_CHARS and "\n" not in line and not line.rstrip().endswith((".", "!", "?")):
            return block.start  # 'Vera Arena — Aug 22, 2025' right over the table: a title line, no sentence
        if self._evaluated_on_one(block, table) or self._defines_one(block, table):
            return block.start  # 'We evaluated our models on X, a benchmark for ...' over the table of its parts
        cut = max(self.text.rfind(". ", block.start, block.end - 2), self.text.rfind("\n", block.start, block.end - 2))
        start = cut + 1 if cut >= 0 else block.start
        last = self.text[start:block.end].lower()
        if any(e.label_ == "MODEL" for e in self.ents_between(start, block.end)):
            return None
        if _POINTS_AT_TABLE.search(last):
            return start  # '... shown below:'
        named = self.benchmarks_between(start, block.end)
        if start == block.start and len(last.split()) <= 12 and len({e._.canonical for e in named}) == 1 \
                and _ON_BEFORE.search(self.text, max(start, named[0].start_char - 12), named[0].start_char):
            return start  # a short lead-in line of its own, on one benchmark: 'Tested on the X Leaderboard.'
        return None

    def _evaluated_on_one(self, block: Block, table: Block) -> bool:
        """True when a paragraph names one benchmark as what was evaluated on ('We tested our models
        against X'), and the table below it names no other: its columns are parts of that one."""
        named = self.benchmarks_between(block.start, block.end)
        ids = {e._.canonical for e in named}
        return len(ids) == 1 and ids.issuperset(e._.canonical for e in self.benchmarks_between(table.start, table.end)) \
            and any(_EVALUATED_ON.search(self.text, max(block.start, e.start_char - 80), e.start_char) for e in named)

    def _defines_one(self, block: Block, table: Block) -> bool:
        """True when a paragraph names one benchmark and says what it is ('X is the evaluation harness for
        ...'), and the table below it names no other: the table is that benchmark's."""
        named = self.benchmarks_between(block.start, block.end)
        ids = {e._.canonical for e in named}
        return len(ids) == 1 and ids.issuperset(e._.canonical for e in self.benchmarks_between(table.start, table.end)) \
            and any(_DEFINED_AS_SUITE.match(self.text, e.end_char) for e in named)

    def _shows_nothing(self, block: Block) -> bool:
        """A line that only shows a picture ('![image](url)', '<img ...>') or bare markup ('<p>'): no
        caption, and no text between a caption and its table."""
        return block.kind != "table" and _SHOWS_NOTHING_LINE.match(self.text, block.start, block.end) is not None

    def _says_nothing(self, heading: Block) -> bool:
        """'Results', 'Evaluation Results': a heading of common words, under which the heading before goes on; so
        does a heading of no Latin letter or digit ('# 🏆 主要成绩'), when it names no benchmark itself."""
        display = self._display(heading).lstrip("#").strip()
        return self.resolver.is_generic(display) or (
            _LATIN_OR_DIGIT.search(display) is None and not self.benchmarks_between(heading.start, heading.end))

    def _display(self, block: Block) -> str:
        return display_text(self.text[block.start:block.end]).strip()

    def _benchmark_named_on(self, start: int, end: int) -> Optional[BenchmarkNote]:
        """A benchmark a caption names after 'on' or 'for' that no list knows ('... on ToxiBench')."""
        for m in _NAMED_ON.finditer(self.text, start, end):
            name = m.group(1).rstrip(".,;:")
            ref = self.resolver.resolve(name)
            if ref is not None:
                return BenchmarkNote(ref.id, name, (m.start(1), m.start(1) + len(name)), "caption")
        return None

    def _benchmark_in(self, start: int, end: int, source: str, leaderboards_only: bool,
                      whole_name: bool = False) -> Optional[BenchmarkNote]:
        """A benchmark named in a label, caption or heading: a listed mention in it, or the whole
        label naming an unlisted benchmark by shape ('**Alignbench** (link)')."""
        found = self.benchmarks_between(start, end)
        if leaderboards_only:
            found = [e for e in found if e._.canonical in self.boards]
        if found and whole_name and not leaderboards_only:
            ref = self._named_by(start, end)
            if ref is not None and (self.resolver.language_variant(ref[0].name) or (
                    not ref[0].listed and self.resolver.listed(found[0].text) is None
                    and ref[0].id.startswith(found[0]._.canonical + "-"))):
                return BenchmarkNote(ref[0].id, ref[0].name, ref[1], source)  # '### Multilingual MMLU', '**VeraBench v2**'
        if found:
            e = found[0]
            return BenchmarkNote(e._.canonical, e.text, (e.start_char, e.end_char), source)
        if whole_name and not leaderboards_only:
            ref = self._named_by(start, end)
            if ref is not None:
                return BenchmarkNote(ref[0].id, ref[0].name, ref[1], source)
        return None

    def _named_by(self, start: int, end: int) -> Optional[tuple[BenchmarkRef, tuple[int, int]]]:
        raw = self.text[start:end]
        text = _SECTION_NUMBER.sub("", display_text(raw.lstrip("#-*+ \t")).split("(http")[0]).strip(" :")
        text = _BOARD_FOR.sub(r"\1", text)  # 'Vega Leaderboard for RAG': the board's name ends at its noun
        text = _BENCHMARK_WORD_AFTER.sub("", text[label_name_start(text):])  # 'On VeraBench:' names VeraBench
        if not text or _PLACE_LABEL.match(text) or PERIOD.match(text) or text.lower() in self.place_labels \
                or len(text.split()) > _HEADING_NAME_WORDS or (
                " " in text and self.says_claim({w.lower() for w in text.split()})) or any(
                e.label_ == "MODEL" and not self._another_model_follows(e) for e in self.ents_between(start, end)):
            return None
        if _PLAIN_JOINED_TO_SUITE.fullmatch(text) and self.resolver.is_generic(text.rsplit("-", 1)[1]):
            return None  # 'Mini-Leaderboard', 'Full-Results': a plain word joined to a common one names nothing
        ref = self.resolver.resolve(text)
        if ref is None or (not ref.listed and len(ref.name.split()) >= 3 and not self.resolver.names_a_test(ref.name)):
            return None  # 'AI AgentsDeveloper ToolsGenAI': a line of tags, no benchmark's name
        stem = _STEM.match(ref.name)
        if not ref.listed and stem is not None and any(
                not start <= at < end for at in self._model_stems.get(stem.group().lower(), ())):
            return None  # '# Vega 3.0' over a README whose tables name Vega3-4B: the model's name, no benchmark
        at = raw.find(ref.name)
        return ref, ((start + at, start + at + len(ref.name)) if at >= 0 else (start, end))

    def _another_model_follows(self, label: Span) -> bool:
        """True when a label shaped like a model ('- TauLogic-2: X scores 61.0') heads a line whose own
        subject is another model named by shape or lists: then the label names the benchmark."""
        if label._.source not in ("shape", "weak"):
            return False
        block = self.layout.block_at(label.start_char)
        line_end = self.text.find("\n", label.end_char)
        line_end = len(self.text) if line_end < 0 else line_end
        end = min(block.end, line_end) if block is not None else line_end  # an item run into a line ends first
        return any(e.label_ == "MODEL" and not (e._.is_family and label.text.startswith(e.text))  # '(Vega)': its maker
                   for e in self.ents_between(label.end_char, end))

    # -- models ---------------------------------------------------------------------------
    def _family_models(self) -> dict:
        """Family -> the model of that family the article names most."""
        counts: dict = {}
        for e in self.ents:
            if e.label_ == "MODEL" and not e._.is_family and e._.family:
                n, first = counts.get(e._.canonical, (0, e))
                counts[e._.canonical] = (n + 1, first)
        best: dict = {}
        for n, span in counts.values():
            if span._.family not in best or n > best[span._.family][0]:
                best[span._.family] = (n, span)
        return {fam: span for fam, (n, span) in best.items()}

    def _expansions(self) -> dict:
        """Glued short forms ('qwen3') -> the one longer sized name of the article they begin ('Qwen3-235B-...')."""
        models = {e._.canonical: e for e in reversed(self.ents) if e.label_ == "MODEL" and e._.canonical}
        found = {}
        for short in models:
            if _SHORT_FORM.match(short):
                longer = [m for c, m in models.items() if c.startswith(short + "-") and _SIZED.search(c)]
                if len(longer) == 1:
                    found[short] = longer[0]
        return found

    def _attributions(self) -> dict:
        """Model canonical (and family) -> the VENDOR span the text attributes it to: "Alibaba's
        Qwen2", "Qwen/Qwen2-72B", "Qwen2 from Alibaba", "Yi-Large (01.AI)"."""
        found: dict = {}
        doc, ents = self.doc, self.ents
        for k, ent in enumerate(ents):
            if ent.label_ != "MODEL":
                continue
            prev = ents[k - 1] if k else None
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            if prev is not None and prev.label_ == "VENDOR" and (ent.start == prev.end or (
                    ent.start - prev.end <= 2 and (doc[prev.end].text in POSSESSIVE or doc[prev.end].text == "/"))):
                vendor = prev  # "Acme's Vega", 'Acme/Vega', 'Acme Vega'
            elif nxt is not None and nxt.label_ == "VENDOR" and nxt.start - ent.end <= 3 and any(
                    t.lower_ in ("from", "by", "(") for t in doc[ent.end:nxt.start]) and not any(
                    t.lower_ in _OTHER_MODELS for t in doc[ent.end:nxt.start]):
                vendor = nxt  # 'Vega from Acme', never 'Vega beat rivals from Acme'
            elif prev is not None and prev.label_ == "VENDOR" and \
                    _MAKER_THEN_MODEL.search(self.text, max(prev.end_char, ent.start_char - _LAUNCH_REACH),
                                             ent.start_char) is not None:
                vendor = prev  # the maker launches the model
                if k >= 2 and ents[k - 2].label_ == "VENDOR" and ents[k - 2]._.vendor == prev._.vendor \
                        and self.text[prev.start_char - 1:prev.start_char] == "(":
                    vendor = ents[k - 2]  # 'Zenith Institute (ZI) launches ...': the name, not its short form
            elif nxt is not None and nxt.label_ == "VENDOR" and \
                    _MODEL_THEN_MAKER.match(self.text, ent.end_char, nxt.start_char) is not None:
                vendor = nxt  # the model, made by the maker
            else:
                continue
            if vendor._.vendor:
                found.setdefault(ent._.canonical, vendor)
                if ent._.family:
                    found.setdefault(("family", ent._.family), vendor)
                head = _NAME_HEAD.match(ent.text) if ent._.vendor is None else None
                if head is not None:  # a family no list knows: the names that start with the same word
                    found.setdefault(("head", head.group()), vendor)
        return found

    def vendor_of(self, span: Span) -> tuple[Optional[str], Optional[str], Optional[str]]:
        """(vendor id, vendor as written, 'text' or 'knowledge') of a model span."""
        if span.label_ == "VENDOR":
            return None, None, None
        stated = self.attributions.get(span._.canonical) or self.attributions.get(("family", span._.family))
        head = _NAME_HEAD.match(span.text) if stated is None and span._.vendor is None else None
        if head is not None:
            stated = self.attributions.get(("head", head.group()))
        if stated is not None:
            written = None if stated._.owner else stated.text
            return stated._.vendor, written or self.vendor_name(stated._.vendor), "text"
        if span._.vendor:
            return span._.vendor, self.vendor_name(span._.vendor), "knowledge"
        return None, None, None

    def vendor_name(self, vendor_id: Optional[str]) -> Optional[str]:
        """How the article writes a vendor ('Alibaba Cloud'), else its listed name."""
        if vendor_id is None:
            return None
        return self.vendor_forms.get(vendor_id) or self.vendor_names.get(vendor_id) or vendor_id

    def remember(self, sent_ents: list[Span], said_of: Optional[tuple[int, int]] = None) -> None:
        """After a sentence: what it made a claim of (else its first model) is what 'it' means next;
        count models and benchmarks."""
        models = [e for e in sent_ents if e.label_ == "MODEL" and not e._.is_family]
        subject = self._model_at(said_of) if said_of is not None else None
        if subject is not None:
            self.topic = subject  # 'the model scored 18.8% ... Google said it also scored ...'
        else:
            candidates = [e for e in models if not compared_with(e)]  # "That's smaller than X": X is no topic
            candidates = [e for e in candidates if not _in_opening_phrase(e)] or candidates  # 'Built upon X, Y ...': Y
            candidates = [e for e in candidates if not _bracketed_alias(e)]  # 'Bard (Gemini Pro)': Bard's other name
            if candidates and self.topic is not None and _said_of_it(candidates[0]):
                candidates = []  # 'It is built on X': the sentence is still about what 'it' was
            if candidates:
                self.topic = _appositive(candidates[0], candidates[1:])
        self.named_before = list({e._.canonical: e for e in models}.values())  # each model once, its last mention
        for e in sent_ents:
            if e.label_ == "MODEL" and not e._.is_family:
                weight, _ = self.mentions.get(e._.canonical, (0, e))
                self.mentions[e._.canonical] = (weight + 1, e)
            elif e.label_ == "BENCHMARK":
                self.last_benchmark = e
            elif e.label_ == "VENDOR" and not _names_its_model(e):
                self.last_vendor = e
        if len({e._.canonical for e in sent_ents if e.label_ == "BENCHMARK"}) >= _LIST_OF_TESTS:
            self.last_benchmark = None  # 'covering A, B, C and D': a list carries no one test to the next sentence

    def remember_comparison(self, subject: Optional[tuple[int, int]], objects: list[tuple[int, int]]) -> None:
        """What the sentence just read compared its subject with ('X beats Y on A.'), for a next sentence
        that leaves the object out ('It trails on B.', 'Y wins on C.'); None when it compared nothing."""
        said = self._model_at(subject) if subject else None
        spans = [self._model_at(o) for o in objects]
        self.compared = (said, spans) if said is not None and spans and all(spans) else None

    def _model_at(self, chars: tuple[int, int]) -> Optional[Span]:
        k = bisect_left(self._ent_starts, chars[0])
        if k < len(self.ents) and self.ents[k].start_char == chars[0] and self.ents[k].label_ == "MODEL":
            return self.ents[k]
        return None

    def prose_spelling(self, name: str) -> Optional[Span]:
        """The one model the article's prose names with the words of a table's ``name`` in another order
        or form ('Vega-3-Instruct 8b' is 'Vega-3-8B-Instruct'; 'X version 1106' is 'X-1106'), or None."""
        if self._prose_names is None:
            self._prose_names = {}
            for e in self.ents:
                block = self.layout.block_at(e.start_char) if e.label_ == "MODEL" else None
                if block is not None and block.kind != "table":
                    self._prose_names.setdefault(_name_key(e.text), {}).setdefault(e.text, e)
        found = self._prose_names.get(_name_key(name))
        if not found or len(found) != 1:
            return None
        span = next(iter(found.values()))
        return None if span.text == name else span

    def salient_model(self) -> Optional[Span]:
        """What 'the model' most likely means: the most named model so far, the latest on a tie."""
        if not self.mentions:
            return None
        return max(self.mentions.values(), key=lambda wm: (wm[0], wm[1].start))[1]

    @property
    def title_pair(self) -> list[Span]:
        """The two models an 'X vs Y' title sets against each other, one span each (none when it does not)."""
        if self._title_pair is None:
            end = self.text.find("\n")
            end = len(self.text) if end < 0 else end
            pair: dict[str, Span] = {}
            if _PAIRING.search(self.text, 0, end):
                for e in self.ents_between(0, end):
                    if e.label_ == "MODEL":
                        pair.setdefault(self.name_of(e, "comparison").canonical, e)
            self._title_pair = list(pair.values()) if len(pair) == 2 else []
        return self._title_pair

    def name_of(self, span: Span, kind: str) -> Name:
        """The claim subject a span gives: a bare family word stands for the article's model of that
        family (for ranks and scores), a short form for the longer name it shortens."""
        text, canonical, family = span.text, span._.canonical, span._.family
        subject_type = "model"
        longer = self.expansions.get(canonical) if span.label_ == "MODEL" else None
        if span._.refers_to:
            text = span._.refers_to
        elif longer is not None:
            span, text, canonical = longer, longer.text, longer._.canonical  # 'Qwen3' after 'Qwen3-235B-A22B-...'
        if span.label_ == "VENDOR" and not (family and kind in ("rank", "score") and family in self.family_models):
            subject_type = "vendor"
        elif span.label_ == "VENDOR" or span._.is_family or _followed_by_family_word(span):
            resolved = self.family_models.get(family) if kind in ("rank", "score", "compared") else None
            if resolved is not None and not _listed_beside(span, resolved):
                span, text, canonical = resolved, resolved.text, resolved._.canonical
            else:
                subject_type = "family"
        if text[:1].isdigit() and canonical in self._whole_names:
            text = self._whole_names[canonical]  # "Acme's 1.5 Pro" where the article also writes 'Vega 1.5 Pro'
        elif span._.refers_to and canonical in self._tagged_names:
            text = self._tagged_names[canonical]  # "Acme's 1.5 Pro" where it writes 'Vega 1.5 Pro (Exp 0801)' only
        vendor_id, vendor_text, source = self.vendor_of(span)
        return Name(text, subject_type, (span.start_char, span.end_char), canonical, family,
                    vendor_id, vendor_text, source)

    @cached_property
    def _whole_names(self) -> dict[str, str]:
        """Model canonical -> its first written form that opens with a letter (not '1.5 Pro', a fragment), or
        else the one written with a bracketed tag after it ('Vega 1.5 Pro (Experimental 0801)')."""
        names: dict[str, str] = {}
        for e in self.ents:
            if e.label_ == "MODEL" and e._.canonical and e.text[:1].isalpha():
                names.setdefault(e._.canonical, e.text)
        return names | {untagged: name for untagged, name in self._tagged_names.items() if untagged not in names}

    @cached_property
    def _tagged_names(self) -> dict[str, str]:
        """Canonical without its bracketed tag -> the name the article writes only with the tag
        ('vega-1.5-pro' -> 'Vega 1.5 Pro (Experimental 0801)')."""
        written = {e._.canonical for e in self.ents if e.label_ == "MODEL" and e.text[:1].isalpha()
                   and not e._.refers_to}
        names: dict[str, str] = {}
        for e in self.ents:
            untagged = _TAGGED.sub("", e._.canonical or "") if e.label_ == "MODEL" else None
            if untagged and untagged != e._.canonical and untagged not in written:
                names.setdefault(untagged, e.text)
        return names


_PLAIN_JOINED_TO_SUITE = re.compile(r"[A-Z]?[a-z]+(?:-[A-Z]?[a-z]+)+")  # 'Mini-Leaderboard': plain words joined
# a line opening on a name, bold or not, then words ('**KestrelMath-A** shows how ...')
_OPENING_NAME = re.compile(r"[*_]{0,2}([A-Z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*)[*_]{0,2}:?[ \t]+[a-z]")  # '**X**: a ...' too
_VERSION_END = re.compile(r"[-_.]v?\d{1,2}(?:\.\d+)?$")  # 'Kite-3', 'Vega-v2.5': a model's version ends the name
_RESULT_VERB = re.compile(r"\b(?:achiev|outperform|surpass|beat|scor|reach|match|rival|lead|top)\w*")
_TAGGED = re.compile(r"-\([^()]{1,30}\)$")  # a canonical name's bracketed tag: 'vega-1.5-pro-(experimental-0801)'
_NAME_FILLERS = frozenset({"version", "ver"})
_OTHER_MODELS = frozenset({"rivals", "models", "competitors", "peers", "systems", "chatbots", "favorites", "favourites",
                           "offerings", "alternatives"})  # 'rivals from Acme': other models, their maker


def _listed_beside(family: Span, model: Span) -> bool:
    """True when a family word and its model are two items of one list ('Vega, Kite-2 and Vega-Flash'):
    the family word names a model of its own there, not the one the article names elsewhere."""
    doc = family.doc
    sentence = family.sent
    if not (sentence.start <= model.start < sentence.end) or model.start == family.start:
        return False
    lo, hi = (family.end, model.start) if family.start < model.start else (model.end, family.start)
    between = doc[lo:hi].text
    return ("," in between or " and " in f" {between} ") and "(" not in between


_PAIRING = re.compile(r"(?i)\s(?:vs\.?|versus)\s")
_LIST_OF_TESTS = 3  # a sentence naming this many benchmarks lists them: none is the one a next sentence means
_TITLE_CHARS = 80  # a line over a table no longer than this, with no sentence end, is its title


def _name_key(name: str) -> frozenset:
    """The words of a model name, in any order and case, without 'version'; a version glued to a word
    stands apart ('Vega3.5' has the words of 'Vega-3.5')."""
    return frozenset(w for w in _NAME_PARTS.split(name.lower()) if w and w not in _NAME_FILLERS)


_NAME_PARTS = re.compile(r"[\s\-_()]+|(?<=[a-z])(?=\d+\.\d)")


# A sentence that opens with one of these opens with a phrase before its subject ('Built upon X, Y scores ...').
OPENING_PHRASE_WORDS = frozenset({"after", "against", "alongside", "as", "based", "besides", "beyond", "building",
                                  "built", "compared", "derived", "despite", "distilled", "following", "like", "trained",
                                  "unlike", "with", "versus"})


def _in_opening_phrase(span: Span) -> bool:
    """True for a name in a sentence's opening phrase ('Built upon X,', 'Unlike X,'): not the subject."""
    sent = span.sent
    first = next((t for t in sent if t.is_alpha), None)
    if first is None or first.lower_ not in OPENING_PHRASE_WORDS or first.i >= span.start:
        return False
    return any(t.text == "," for t in span.doc[span.end:sent.end]) and not any(
        t.text == "," for t in span.doc[sent.start:span.start])


def _said_of_it(span: Span) -> bool:
    """True for a name after a sentence's opening 'It' or 'The model' ('It is built on X'): the pronoun is the
    subject, the name no new topic."""
    sent = span.sent
    words = [t.lower_ for t in span.doc[sent.start:min(sent.start + 2, span.start)]]
    return bool(words) and (words[0] == "it" or words[:2] in (["the", "model"], ["this", "model"]))


def _bracketed_alias(span: Span) -> bool:
    """True for a name in brackets right after another ('Bard (Gemini Pro)'): the other name's alias."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "(" and doc[span.start - 2].ent_type_ == "MODEL"


COMPARING_WORDS = frozenset({"than", "versus", "vs", "vs.", "against"})  # what follows is compared with


def compared_with(span: Span) -> bool:
    """True for a name that is what something is compared with: 'than X', 'versus X', 'against X', or
    after the 'with' of a comparing verb ('compared the model with rivals like X and Y')."""
    doc = span.doc
    before = span.start - 1
    if before >= 2 and doc[before].lower_ in POSSESSIVE and doc[before - 1].ent_type_ == "VENDOR":
        before -= 2  # "versus Acme's X": the maker's possessive between the word and the name
    if before >= 0 and doc[before].lower_ in COMPARING_WORDS:
        return True
    k = before
    while k >= max(span.sent.start, before - 3) and doc[k].lower_ in _EXAMPLE_WORDS:
        k -= 1  # 'than models like X', 'versus rivals such as X': the examples of what is compared with
    if k < before and k >= 0 and doc[k].lower_ in COMPARING_WORDS:
        return True
    start = max(span.sent.start, span.start - 30)
    with_at = next((k for k in range(span.start - 1, start - 1, -1) if doc[k].lower_ in ("with", "against", "to")
                    or doc[k].text in (".", ";", ":")), None)
    if with_at is None or doc[with_at].lower_ not in ("with", "against", "to"):
        return False
    return any(doc[k].lower_.startswith(_COMPARING_STEMS) for k in range(max(start, with_at - 8), with_at))


_EXAMPLE_WORDS = frozenset({"like", "such", "as", "including", "other", "models", "rivals", "competitors", "systems",
                            "llms"})
_COMPARING_STEMS = ("compar", "contrast", "pitted", "pitting", "benchmarked", "measured", "tested", "evaluated")


def _names_its_model(vendor: Span) -> bool:
    """"Alibaba's Qwen", 'Alibaba Qwen': a maker named only as its model's."""
    doc, k = vendor.doc, vendor.end
    if k < len(doc) and doc[k].lower_ in ("'s", "\u2019s"):
        k += 1
    return k < len(doc) and doc[k].ent_type_ == "MODEL"


def _appositive(first: Span, others: list[Span]) -> Span:
    """'The Vega 40B variant acme/vega-40b-instruct': the name after a noun names the first more exactly."""
    doc = first.doc
    if others and others[0].start - first.end <= 2 and all(
            t.lower_ in ("variant", "version", "model", "edition", "checkpoint", "release") for t in doc[first.end:others[0].start]):
        return others[0] if others[0].start > first.end else first
    return first


def _followed_by_family_word(span: Span) -> bool:
    """'the Qwen family', 'Claude models': a family named without a version."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in ("family", "series", "lineup", "models") \
        and not any(ch.isdigit() for ch in span.text)


def _choice(note: BenchmarkNote) -> BenchmarkChoice:
    if note.id is None:
        return BenchmarkChoice(None, note.source or "article")
    return BenchmarkChoice(BenchmarkRef(note.id, note.text or note.id), note.source or "article", note.span)


def _gaps(start: int, end: int, spans: list[Span]) -> list[tuple[int, int]]:
    """The stretches of ``[start, end)`` outside ``spans`` (in text order)."""
    gaps, at = [], start
    for e in spans:
        gaps.append((at, e.start_char))
        at = e.end_char
    gaps.append((at, end))
    return [(a, b) for a, b in gaps if b > a]


def _one_value_column(grid: Optional[Grid]) -> bool:
    """True for a table with one column of figures beside its names (a rank column aside): a ranking by one
    score, whose header says only what the figure is ('Score')."""
    if grid is None or grid.header_rows != 1 or len(grid.rows) < 3:
        return False
    body = grid.rows[1:]
    figures = [j for j, head in enumerate(grid.rows[0]) if not is_rank_header(head.text.strip("*_ ")) and
               sum(j < len(row) and is_number_text(row[j].text) for row in body) * 2 > len(body)]
    return len(figures) == 1
