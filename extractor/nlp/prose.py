"""Claims in prose: ranks, scores, comparisons and counts from one sentence's tokens.

Runs on the sentences that hold a model or vendor and a cue. Entities are
single tokens here (``extractor_entities`` merged them). First the sentence's
cues are found: the Matcher's lead and relation matches (patterns in
``knowledge/patterns.jsonl``) and the values it states (ranks, top-N, scores,
counts). Then each is attached by position within its clause to the name it is
about: a possessive ('X's 95.1%'), a name right before ('X (72.1)', 'X in
second place', 'X at 1282'), else the clause's subject. A passive turns the
relation round ('X was outscored by Y'), a participle clause takes the main
clause's subject (', surpassing Y'), and 'respectively' pairs names and values
in order. Hedges ('could top'), negations and past ranks void a claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterator, Optional

from spacy.tokens import Doc, Span

from ..ingest.dates import parse_published
from .context import COMPARING_WORDS, OPENING_PHRASE_WORDS, POSSESSIVE, ArticleContext, compared_with
from .findings import BenchmarkNote, Finding, iso
from .grammar import YEAR
from .layout import Block
from .vocabulary import MEDAL_PLACES, ORDINAL_SUFFIXES, CuePattern, Vocabulary

MAX_REACH = 40  # a subject further than this from its cue is in another clause (and scans stay linear)
MAX_LIST_REACH = 60  # tokens back from a listed name to the score verb it shares: bounds a long run's scans
_ORDINAL_SUFFIX = re.compile(rf"^(\d{{1,3}}){ORDINAL_SUFFIXES}$", re.I)
_HASH_RANK = re.compile(r"^#(\d{1,3})$")
_ZERO_PADDED = re.compile(r"^0\d+$")
_NUMBER = re.compile(r"^[~≈]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[~≈]?\d+(?:\.\d+)?$")
_AS_OF = re.compile(r"(?i)\b(?:as of|as at)\s+([A-Za-z0-9 ,./-]{6,30}?\d{4})\b")
_ASIDE_CLOSE = {")", "\u2013", "\u2014", "--"}
_PARITY_WORDS = frozenset({"close", "comparable", "similar", "equal", "par", "good", "level", "near"})
_PARITY_VERBS = frozenset({"matches", "matched", "match", "matching", "equals", "equalled", "equaled", "equal",
                           "equalling", "equaling", "rivalling", "rivaling", "meeting", "rivals",
                           "rivalled", "rivaled", "rival", "meets", "met", "meet"})
_OBJECT_STOPS = frozenset({"ranks", "ranked", "rank", "ranking", "scored", "scores", "outperforms", "outperformed",
                           "trails", "surpassed", "surpasses", "beats", "beat", "with", "at", "in", "on", "is", "was",
                           "are", "were", "has", "have", "had", "to", "for", "across", "among", "after", "before",
                           "matches", "matched", "matching", "rivalled", "rivaled", "equals", "tied",
                           "approaches", "approaching"})  # a verb of parity: 'beats Y, and matches Z'
_MAX_ELO = 4000  # the highest rating a text may call Elo (contest ratings run past an arena's 3000)
_VALUE_UNITS = frozenset({"%", "points", "elo", "pts", "percent"})  # what follows a value
_POSSESSOR_FILLERS = frozenset({"new", "latest", "newest", "flagship", "open-source", "open", "upgraded", "updated",
                                "own", "proprietary", "closed-source", "reasoning", "large", "language", "ai", "most",
                                "advanced", "best", "top", "frontier", "next-generation", "recent", "biggest", "largest",
                                "previous", "earlier", "older", "former", "prior", "smaller", "smallest", "current",
                                "instruction", "tuned", "instruction-tuned", "fine-tuned", "pretrained",
                                "pre-trained"})  # a hyphened one is three tokens: see ``_head_name``
_MODEL_NOUNS = frozenset({"model", "llm", "slm", "chatbot", "system"})
# A subject named by a common noun ('Chinese open models are dominating', 'its rivals trailed'): no name.
_COMPANY_NOUNS = frozenset({"company", "firm", "startup", "start-up", "lab", "group"})
_UNNAMED_SUBJECTS = frozenset({"models", "llms", "slms", "rivals", "competitors", "systems", "chatbots", "model", "llm",
                               "slm", "chatbot", "ones", "others", "peers", "players", "companies", "firms", "startups"})
_LEADERBOARD_NOUNS = frozenset({"leaderboard", "leaderboards", "ranking", "rankings", "list", "chart", "charts", "board",
                                "table", "index", "pack", "field", "benchmark", "benchmarks", "arena", "category"})


@dataclass
class _Value:
    """A rank, score or count the sentence states, at token ``start``..``end``."""

    kind: str
    value: float
    start: int
    end: int
    unit: Optional[str] = None
    top_n: bool = False


_CARRY_REACH = 300  # characters: a benchmark the sentence before named carries over to a score without one
_BENCHMARK_REACH = 60  # tokens: further than any one claim's words stretch


@dataclass
class _Reading:
    """One sentence as the rules read it, and what they found in it."""

    doc: Doc
    sent: Span
    ctx: ArticleContext
    vocab: Vocabulary
    words: list[str]
    labels: list[str]
    spans: dict[int, Span]
    cues: list[tuple[CuePattern, int, int]]
    as_of: Optional[date]
    findings: list[Finding] = field(default_factory=list)
    taken_objects: set[int] = field(default_factory=set)
    object_subject: dict[int, tuple[int, int]] = field(default_factory=dict)  # object -> (subject, cue)
    ranked: set[int] = field(default_factory=set)  # names given a rank by this sentence
    family_ranks: dict[int, list] = field(default_factory=dict)  # family word -> the rank findings it holds
    label_end: object = False  # see _item_label_end: False until found
    pairing: Optional[bool] = None  # see _head_to_head_rival: None until asked
    first_compared: Optional[int] = None  # see _first_compared: None until found
    own_test: Optional[bool] = None  # see _unnamed_own_test: None until asked

    def __post_init__(self) -> None:
        self.start, self.end = self.sent.start, self.sent.end
        self.benches = [self.start + k for k, label in enumerate(self.labels) if label == "BENCHMARK"]
        self.models = [self.start + k for k, label in enumerate(self.labels) if label == "MODEL"]
        self.first_name = next((self.start + k for k, label in enumerate(self.labels) if label in ("MODEL", "VENDOR")),
                               self.end)
        self.respectively = "respectively" in self.words or "respective" in self.words  # "respective scores of A and B"
        self.cue_starts = {start for _, start, _ in self.cues}
        self.compare_starts = {start for cue, start, _ in self.cues if cue.label in ("OUTPERFORM", "TRAIL")}
        self.block = self.ctx.layout.block_at(self.sent.start_char)  # the paragraph, item or heading it opens
        self._scope: Optional[tuple] = None
        self.pairs: Optional[int] = None  # values right after a name that end a list item (see _named_value_pairs)
        self.values: Optional[list] = None  # the ranks the sentence states (see _values): found once
        self.places: Optional[list] = None  # those that are places, not top-N (see _listed_places)

    def benches_near(self, i: int, reach: int = _BENCHMARK_REACH) -> list[int]:
        """Benchmark mentions within ``reach`` tokens of ``i``: every rule looks near, so a run-on
        sentence of thousands of mentions costs linear time."""
        return self.benches[bisect_left(self.benches, i - reach):bisect_right(self.benches, i + reach)]

    def w(self, i: int) -> str:
        return self.words[i - self.start] if self.start <= i < self.end else ""

    def label(self, i: int) -> str:
        return self.labels[i - self.start] if self.start <= i < self.end else ""

    def is_name(self, i: int) -> bool:
        return self.label(i) in ("MODEL", "VENDOR")

    def words_set(self, name: str) -> frozenset:
        return self.vocab.words(name)


class ProseReader:
    """Reads the claims of candidate sentences."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab

    def read(self, doc: Doc, sent: Span, ctx: ArticleContext, cues: list[tuple[CuePattern, int, int]]) -> list[Finding]:
        start, end = sent.start_char, sent.end_char
        if _asks(ctx.text, start, end) or _leads_into_a_list(ctx.text, start, end):
            return []  # 'Did X beat Y?': a question claims nothing, nor 'Where X leads:' before its list
        r = self._reading(doc, sent, ctx, cues)
        off_topic = _off_topic(r)
        _ranked_item(r)
        _place_labelled_item(r)
        _medal_line(r)
        _value_first_item(r)
        _lead_in_rank(r)
        _inline_ranked(r)
        _ordered_standings(r)
        if not off_topic:
            _comparisons(r)
            _ranks(r)
            _tied_with_a_holder(r)
        _scores(r)
        _improved_over(r)
        _ranks_on_their_scores_benchmark(r)
        if not off_topic:
            _counts(r)
            _compared_by_paired_scores(r)
        if not off_topic:
            _follows_the_last_place(r)
            _followed_after_the_last_place(r)
            _right_behind_the_last_place(r)
        _compared_on_the_scores_benchmark(r)
        _compared_on_each_scores_benchmark(r)
        _compared_after_its_scores(r)
        return r.findings

    def _reading(self, doc, sent, ctx, cues) -> _Reading:
        words = ctx.words[sent.start:sent.end]
        labels = ctx.labels[sent.start:sent.end]
        spans = {e.start: e for e in ctx.ents_between(sent.start_char, sent.end_char)}
        text = ctx.text[sent.start_char:sent.end_char]
        m = _AS_OF.search(text) if "as " in text.lower() else None
        as_of = parse_published(m.group(1)) if m else None
        return _Reading(doc, sent, ctx, self.vocab, words, labels, spans, cues, as_of)


def _ranks_on_their_scores_benchmark(r: _Reading) -> None:
    """'X recorded the highest score, 38.3%': a rank the sentence names no benchmark for is on the one its
    subject's score in the same sentence is on (found in the article's context); else, where the sentence's
    other places are all on one board, on that board ('X took the top spot with 86.5%, followed by Y')."""
    scored_on: dict[str, dict] = {}  # subject -> benchmark id -> the note of its first score there
    for f in r.findings:
        if f.kind == "score" and f.benchmark.id is not None:
            scored_on.setdefault(f.subject.text, {}).setdefault(f.benchmark.id, f.benchmark)
    for f in r.findings:
        notes = scored_on.get(f.subject.text, {})
        if f.kind == "rank" and len(notes) == 1 and (f.benchmark.id is None or (
                f.benchmark.source in ("article", "heading") and next(iter(notes.values())).source == "sentence")):
            f.benchmark = next(iter(notes.values()))  # (a board the page is about yields to a test the sentence names)
    boards = {f.benchmark.id: f.benchmark for f in r.findings if f.kind == "rank" and f.benchmark.id is not None}
    if len(boards) == 1:  # 'X took the top spot with 86.5%, followed by Y and Z': the places after it too
        for f in r.findings:
            if f.kind == "rank" and f.benchmark.id is None and f.benchmark.source is None:
                f.benchmark = next(iter(boards.values()))
    named = {f.benchmark.id: f.benchmark for f in r.findings if f.kind in ("rank", "count")
             and f.benchmark.id is not None and f.benchmark.source == "sentence"}
    if len(named) == 1:  # 'X leads the A benchmark, with Acme models sweeping the top 6': on A, not the page's board
        for f in r.findings:
            if f.kind in ("rank", "count") and f.benchmark.id is not None and f.benchmark.source in ("article", "heading"):
                f.benchmark = next(iter(named.values()))


_PAIRING = re.compile(r"(?i)\b(?:versus|vs\.?|compared (?:to|with)|against)(?=\s)")
_COSTS = frozenset({"cost", "costs", "price", "prices", "priced", "latency", "latencies", "seconds", "$", "usd",
                    "dollars"})


def _tied_with_a_holder(r: _Reading) -> None:
    """'X took first place, tied with Y', '... in a tie with Google's Y': Y holds the place the sentence
    just gave X, on the same board."""
    places = [f for f in r.findings if f.kind == "rank" and f.rank is not None]
    if not places:
        return
    for k in range(r.start, r.end - 2):
        if r.w(k) in ("tied", "tie", "level") and r.w(k + 1) == "with" and not _inside_brackets(r, k):
            at = r.doc[k].idx
            place = next((f for f in reversed(places) if f.value_span and f.value_span[0] < at), None)
            for name in _objects(r, k + 2) if place is not None else ():
                if name not in r.ranked and r.label(name) == "MODEL":
                    _make(r, "rank", name, k, 0.7, benchmark=place.benchmark, rank=place.rank, scope=place.scope,
                          value_span=(k, k + 2))
                    r.ranked.add(name)


def _inside_brackets(r: _Reading, k: int) -> bool:
    """True when a bracket opened before token ``k`` (within reach) is still open there."""
    depth = 0
    for j in range(max(r.start, k - MAX_REACH), k):
        depth += (r.w(j) == "(") - (r.w(j) == ")")
    return depth > 0


def _compared_by_paired_scores(r: _Reading) -> None:
    """'X scored 96%, compared to Y's 88%', 'X hits 66.3% versus Y's 62.9%': one model's score set against
    another's on the same benchmark says which of them is ahead there (higher is better unless the sentence
    measures errors, bias or cost)."""
    unnamed = _unnamed_own_test(r)
    scores = [f for f in r.findings if f.kind == "score" and f.value_span and (f.benchmark.id is not None or unnamed)
              and f.subject.type == "model" and f.subject.span is not None]
    if len(scores) < 2 or any(w in _BAD_NOUNS or w in _COSTS for w in r.words):
        return
    for a, b in _set_against(r, scores):
        pair = {a.subject.text, b.subject.text}
        if any(f.kind == "comparison" and {f.subject.text, *(o.text for o in f.objects)} >= pair for f in r.findings):
            continue  # 'X beats Y: 60.2% vs. 54.9%': said already
        subject = next((t for t, span in r.spans.items() if span.start_char == a.subject.span[0]), None)
        rival = next((t for t, span in r.spans.items() if span.start_char == b.subject.span[0]), None)
        if subject is not None and rival is not None:  # said of the first named, ahead or behind
            _make(r, "comparison", subject, subject, 0.7, benchmark=a.benchmark,
                  relation="outperforms" if a.value > b.value else "trails", objects=[rival])


def _set_against(r: _Reading, scores: list[Finding]) -> Iterator[tuple[Finding, Finding]]:
    """Pairs of scores the sentence sets against each other: one, a pairing word, then another, or several
    listed together ('94.3% versus Y's 91.3% and Z's 92.4%'), all on one benchmark and in one unit."""
    for k, a in enumerate(scores):
        paired, last = False, a
        for b in scores[k + 1:k + 1 + _MAX_SET_AGAINST]:
            between = r.ctx.text[last.value_span[1]:b.value_span[0]]
            if a.benchmark.id != b.benchmark.id or a.unit != b.unit or len(between) > _MAX_BETWEEN_SCORES \
                    or ";" in between:
                break
            if not paired and not _PAIRING.search(between):
                break
            if paired and not _LISTED_AFTER.search(between):
                break  # a listed rival: ', and Z's' or 'and 86% for Z'
            paired, last = True, b
            if b.subject.text != a.subject.text and b.value != a.value:
                yield a, b


_MAX_BETWEEN_SCORES = 100  # characters: 'X's 44.4% accuracy on Vera's Last Exam compared to Acme's Y at 21.0%'
_MAX_SET_AGAINST = 8  # rivals one score is set against, at most ('94.3% versus A's 91.3%, B's 92.4% and ...')
_LISTED_AFTER = re.compile(r"^(?:[^\d]|(?<=[A-Za-z.\-])\d){0,40}?(?:,|\band\b)")  # digits only inside names ('o3-mini')


def _compared_on_the_scores_benchmark(r: _Reading) -> None:
    """'X posted 76.1, edging Y's 75.9': a comparison with no benchmark of its own holds on the one
    benchmark of the sentence's scores."""
    benches = {f.benchmark.id for f in r.findings if f.kind == "score"}
    if len(benches) != 1 or None in benches:
        return
    note = next(f.benchmark for f in r.findings if f.kind == "score")
    if note.source == "sentence" and not r.words_set("clause_breaks").isdisjoint(r.words):
        return  # '..., though X comes out ahead on MATH, 58.5 to 50.4': another clause's benchmark
    carried = note.source == "article" and note.id != r.ctx.leaderboard.id  # 'On MMLU-Pro, ... . X posted 76.1'
    for f in r.findings:
        if f.kind == "comparison" and f.benchmark.source in (None, "article") and (note.source == "sentence" or carried) \
                or (f.kind == "comparison" and f.benchmark.id is None and f.benchmark.source is None):
            f.benchmark = note  # (a comparison its sentence puts on a kind of test keeps none)


def _compared_on_each_scores_benchmark(r: _Reading) -> None:
    """'X beats Y on agentic tests: 60.2% vs. 54.9% on A, 44.9% vs. 41.7% on B': a comparison the sentence's
    paired scores bear out on several benchmarks holds on each of them."""
    scores: dict[tuple[str, str], float] = {}
    for f in r.findings:
        if f.kind == "score" and f.benchmark.id is not None:
            scores.setdefault((f.subject.text, f.benchmark.id), f.value)
    if len(scores) < 4:
        return
    compared = [f for f in r.findings if f.kind == "comparison"]
    for f in compared:
        if len(f.objects) != 1 or sum({g.subject.text, g.objects[0].text} == {f.subject.text, f.objects[0].text}
                                      for g in compared if len(g.objects) == 1) > 1:
            continue  # 'A beat B on X, 75.7 to 71.5, and B trails A on Y, 90.8 to 91.8': each has its own
        own, other, sign = f.subject.text, f.objects[0].text, 1 if f.relation == "outperforms" else -1
        borne = [f2.benchmark for f2 in r.findings if f2.kind == "score" and f2.subject.text == own
                 and (other, f2.benchmark.id) in scores and f2.benchmark.id is not None
                 and sign * (f2.value - scores[(other, f2.benchmark.id)]) > 0]
        ids = list(dict.fromkeys(b.id for b in borne))
        if len(ids) < 2 or f.benchmark.id not in ids + [None]:
            continue
        f.benchmark = next(b for b in borne if b.id == ids[0])
        for bench_id in ids[1:]:
            r.findings.append(replace(f, benchmark=next(b for b in borne if b.id == bench_id)))


_FOLLOWING_VERBS = frozenset({"follows", "followed", "trails", "trailed"})


def _follows_the_last_place(r: _Reading) -> None:
    """'A leads with 22 points. B follows with 19 points.': a model opening the sentence that follows, right
    after a sentence that gave a place, holds the next place."""
    place = r.ctx.last_place
    k = r.start
    while k < r.end and r.w(k) in _BULLET_MARKS:
        k += 1
    if place is None or r.label(k) != "MODEL" or r.w(k + 1) not in ("follows", "followed") or r.w(k + 2) == "by" \
            or k in r.ranked or _past(r, k + 1):
        return
    _make(r, "rank", k, k + 1, 0.7, rank=place + 1, value_span=(k + 1, k + 2))
    r.ranked.add(k)


def _right_behind_the_last_place(r: _Reading) -> None:
    """'A ranked third. Right behind it is B.': the model a sentence sets right behind the one that just held
    a place, with the verb before the name, holds the next place."""
    place = r.ctx.last_place
    k = r.start
    while k < r.end and r.w(k) in _BULLET_MARKS:
        k += 1
    if place is None or r.w(k) not in _ADJACENT_WORDS or r.w(k + 1) != "behind" or not (
            r.w(k + 2) in ("it", "them") or r.label(k + 2) == "MODEL"):
        return
    if r.w(k + 3) not in ("is", "was", "comes", "came", "sits", "sat", "stands", "stood", "lies", "lands"):
        return
    name = k + 4 + (r.w(k + 4) == "the")
    if r.label(name) != "MODEL" or name in r.ranked:
        return
    _make(r, "rank", name, k + 1, 0.7, rank=place + 1, value_span=(k, k + 2))
    r.ranked.add(name)


_ADJACENT_WORDS = frozenset({"right", "just", "directly", "immediately", "close"})


def _followed_after_the_last_place(r: _Reading) -> None:
    """'A ranked first. It was followed by B with 79 and C with 75.5.': the models a sentence says followed
    the one that just held a place take the places after it, as 'A ranked first, followed by B' gives."""
    place = r.ctx.last_place
    cue = next((cs for cue, cs, _ in r.cues if cue.label == "FOLLOWED"), None)
    if place is None or cue is None or r.w(cue - 1) not in ("was", "is") or any(not v.top_n for v in _values(r)):
        return
    opener = r.start
    while opener < cue - 1 and r.w(opener) in _BULLET_MARKS:
        opener += 1
    if opener == cue - 2 and (r.w(opener) == "it" or r.label(opener) == "MODEL"):
        _followed(r, cue, place)


def _compared_after_its_scores(r: _Reading) -> None:
    """'X scored 73.7 on A and 82.1 on B, surpassing Y and Z': a comparison set right after the subject's
    scores on several benchmarks holds on each of them."""
    scores_of: dict[str, list[Finding]] = {}
    for g in r.findings:
        if g.kind == "score" and g.value_span and g.benchmark.id is not None:
            scores_of.setdefault(g.subject.text, []).append(g)
    for f in [f for f in r.findings if f.kind == "comparison" and f.objects and f.objects[0].span]:
        own = scores_of.get(f.subject.text, [])
        ids = list(dict.fromkeys(g.benchmark.id for g in own))
        if len(ids) < 2 or f.benchmark.id not in ids:
            continue
        first, last = min(g.value_span[0] for g in own), max(g.value_span[1] for g in own)
        if _CONTRAST.search(r.ctx.text, first, last):
            continue  # 'scored 69.6 on A, while on B it posted 74.8, outperforming Y': B's clause only
        between = r.ctx.text[last:f.objects[0].span[0]]
        head, comma, tail = between.rpartition(",")  # ' on B, surpassing ': the last benchmark, then the cue
        if not comma or len(head) > 40 or len(tail) > 30 or any(ch.isdigit() for ch in tail) or ";" in between:
            continue
        for bench_id in ids:
            if bench_id != f.benchmark.id:
                r.findings.append(replace(f, benchmark=next(g.benchmark for g in own if g.benchmark.id == bench_id)))


def _asks(text: str, start: int, end: int) -> bool:
    """True for a sentence that is a question ('*Did X beat Y?*')."""
    return text[start:end].rstrip().rstrip("*_\"'\u201d)").endswith("?")


def _leads_into_a_list(text: str, start: int, end: int) -> bool:
    """True for a lead-in that names what the list after it will say ('Where X leads:', 'How Y wins:')."""
    said = text[start:end].strip().rstrip("*_\"'\u201d)")
    return said.endswith(":") and _LEAD_IN_WORD.match(said) is not None


_LEAD_IN_WORD = re.compile(r"(?i)^[#*_\s]*(?:where|how|why|what)\s")


# -- making findings ------------------------------------------------------------------------

def _make(r: _Reading, kind: str, subject: int, cue: int, confidence: float, *,
          benchmark: Optional[BenchmarkNote] = None, value_span: Optional[tuple[int, int]] = None,
          objects: list[int] = (), **values) -> Optional[Finding]:
    span = r.spans.get(subject)
    if span is None:
        return None
    standing_for = span.label_ == "VENDOR" and r.w(subject + 1) in POSSESSIVE \
        and not _is_number(r.w(subject + 2))  # "DeepSeek's reasoning model"; "Acme's 58.2" is its model's
    name = r.ctx.name_of(span, "vendor" if standing_for else "compared" if kind == "comparison" else kind)
    bench = benchmark or _benchmark(r, cue, kind, values.get("value"), subject=name.canonical or name.text)
    lo = min([subject, cue, *objects] + ([value_span[0]] if value_span else []))
    hi = max([subject, cue, *objects] + ([value_span[1] - 1] if value_span else []))
    benches = [bench] if benchmark is not None or kind == "score" else _listed_with(r, bench)
    if len(benches) > 1 and _averaged_over(r, benches):
        benches = [BenchmarkNote(source="sentence")]  # 'its average score on A, B and C beats Y': on none of them
    if kind == "rank" and span._.is_family:
        made = r.family_ranks.setdefault(subject, [])
        if any(f.rank != values.get("rank") for f in made):  # 'Qwen takes 1st, 3rd and 10th': no one model's
            name = r.ctx.name_of(span, "places")
            for f in made:
                f.subject = name
    for note in benches:
        f = Finding(
            kind=kind, subject=name, evidence=_evidence(r, lo, hi), benchmark=note,
            value_span=_chars(r, *value_span) if value_span else None,
            objects=[r.ctx.name_of(r.spans[o], "comparison") for o in objects if o in r.spans],
            as_of=iso(r.as_of), confidence=confidence, **values)
        r.findings.append(f)
        if kind == "rank" and span._.is_family:
            r.family_ranks[subject].append(f)
    if name.type == "model" and name.canonical:
        weight, _ = r.ctx.mentions.get(name.canonical, (0, span))
        r.ctx.mentions[name.canonical] = (weight + 3, span)
    return f


_BENCHMARK_LIST_GLUE = frozenset({",", "and", "or", "&", "as", "well", "plus"})


def _listed_with(r: _Reading, note: BenchmarkNote) -> list[BenchmarkNote]:
    """'beat X on HumanEval, MBPP and Aider': a comparison or rank holds on each benchmark of a list."""
    if note.source != "sentence" or note.span is None:
        return [note]
    at = next((i for i in r.benches if r.spans[i].start_char == note.span[0]), None)
    if at is None:
        return [note]
    notes, seen = [note], {note.id}
    for step in (-1, 1):
        i = at + step if step == -1 or r.label(at + 1) == "BENCHMARK" else _past_test_nouns(r, at + 1)
        while r.start <= i < r.end:
            if r.w(i) == "(" and step == 1:
                close = next((k for k in range(i + 1, min(i + 12, r.end)) if r.w(k) == ")"), None)
                i = close + 1 if close is not None else r.end
                continue
            if r.w(i) == ")" and step == 1:
                glossed = _next_glossed_benchmark(r, i + 1)
                if glossed is None:
                    break
                i = glossed  # 'for maths (A) and coding contests (B)': each kind's benchmark in brackets
                continue
            if r.label(i) == "BENCHMARK":
                span = r.spans.get(i)
                if span is not None and span._.canonical not in seen:
                    seen.add(span._.canonical)
                    notes.append(BenchmarkNote(span._.canonical, span.text, (span.start_char, span.end_char), "sentence"))
                if step == 1 and r.label(i + 1) != "BENCHMARK":
                    i = _past_test_nouns(r, i + 1) - 1  # 'in VeraQA tasks (80.8%), the VeraMath exam ...'
            elif r.w(i) not in _BENCHMARK_LIST_GLUE and not (
                    step == 1 and r.w(i) == "the" and r.w(i - 1) in (",", "and") and r.label(i + 1) == "BENCHMARK"):
                break  # (', the VeraMath exam': an article before the next member is glue too)
            i += step
    return notes


def _past_test_nouns(r: _Reading, k: int) -> int:
    """The token after one or two plain words at ``k`` ending in a word for a test ('coding tasks', 'evaluation')
    that follow a benchmark's name, or ``k`` when none do."""
    for j in (k, k + 1):
        if not (j < r.end and r.doc[j].is_alpha and r.doc[j].is_lower) or r.label(j):
            return k
        if r.w(j).removesuffix("s") in _SUITE_NOUNS:
            return j + 1
    return k


def _next_glossed_benchmark(r: _Reading, k: int) -> Optional[int]:
    """The token of the benchmark in brackets after list glue and a few lower-case words from token ``k``
    ('and coding competitions (B)'), or None."""
    if r.w(k) not in (",", "and"):
        return None
    k += 1 + (r.w(k + 1) == "and")
    words = 0
    while words < 5 and r.w(k).isalpha() and r.w(k).islower() and r.w(k) not in ("and", "or", "but", "while"):
        k, words = k + 1, words + 1
    return k + 1 if words and r.w(k) == "(" and r.label(k + 1) == "BENCHMARK" else None


def _averaged_over(r: _Reading, notes: list[BenchmarkNote]) -> bool:
    """True when the listed benchmarks are what an average is taken over ('average scores in A, B and C')."""
    first = min((i for i in r.benches if any(n.span and r.spans[i].start_char == n.span[0] for n in notes)), default=None)
    if first is None:
        return False
    k = first - 1
    while k > r.start and (r.label(k) == "BENCHMARK" or r.w(k) in _BENCHMARK_LIST_GLUE):
        k -= 1  # back to where the list starts
    return any(r.w(j) in _AVERAGE_WORDS for j in range(max(r.start, k - 3), k + 1))


_AVERAGE_WORDS = frozenset({"average", "averaged", "mean"})


def _chars(r: _Reading, start: int, end: int) -> tuple[int, int]:
    return (r.doc[start].idx, r.doc[end - 1].idx + len(r.doc[end - 1]))


def _evidence(r: _Reading, lo: int, hi: int) -> tuple[int, int]:
    """The sentence, or for a long one the clause around the claim's words."""
    start, end = r.sent.start_char, r.sent.end_char
    while end > start and r.ctx.text[end - 1].isspace():
        end -= 1
    if end - start <= 400:
        return start, end
    a, b = lo, hi
    while a > r.start and r.w(a - 1) not in (".", ";", "!", "?") and hi - a < 60:
        a -= 1
    while b + 1 < r.end and r.w(b + 1) not in (".", ";", "!", "?") and b - lo < 60:
        b += 1
    return _chars(r, a, b + 1)


def _benchmark(r: _Reading, cue: int, kind: str, value: Optional[float] = None,
               subject: Optional[str] = None) -> BenchmarkNote:
    """The sentence's own benchmark (the one by the cue when it names several), else the context's."""
    if _unnamed_own_test(r):
        return BenchmarkNote(source="sentence")  # "On Acme's internal coding eval, X scores 48.0%": no named one
    # a board a host names in the possessive is the one ("LMArena's WebDev Arena"), not the host
    benches = [i for i in r.benches_near(cue) if not (r.w(i + 1) in POSSESSIVE and r.label(i + 2) == "BENCHMARK")]
    boards = r.ctx.boards
    if kind != "score":
        benches = [i for i in benches if r.spans[i]._.canonical in boards or 0 < i - cue <= 5 or
                   (0 < cue - i <= 3 and r.w(i + 1) in (",", ":")) or _sets_the_scene(r, i)
                   or _board_as_subject(r, i, cue)
                   or _on_benchmark_in_clause(r, i, cue) or _closes_the_sentence(r, i, cue)
                   or _where_points_to(r, i, cue)
                   or _result_on_benchmark(r, i, cue) or _reported_by_a_test(r, i, cue)]
    if not benches and kind != "score" and r.w(cue) in _PLACE_PREPOSITIONS and _after_comparison(r, cue):
        joined = [f for f in r.findings if f.kind == "comparison" and f.benchmark.source == "sentence"]
        if joined:
            return joined[-1].benchmark  # 'ahead of Y on X but behind Z': on X too
    if not benches and kind == "comparison" and subject is not None:
        conceded = _conceded_comparison(r, cue, subject)
        if conceded is not None:
            return conceded  # 'X beats Y on MMLU, although it falls behind Z': on MMLU too
    last = r.ctx.last_benchmark
    if benches and last is not None and _same_suite(r) and all(_names_the_evaluator(r, i) for i in benches):
        return BenchmarkNote(last._.canonical, None, None, "article")  # 'that same benchmark, evaluated by X, ranks'
    named = [i for i in benches if r.spans[i].text not in r.ctx.resolver.context_aliases]
    if named and len(named) < len(benches):
        benches = named  # 'the X Leaderboard on the platform Hugging Face': the board named, not its host
    ids = {r.spans[i]._.canonical for i in benches}
    pick = None
    if len(ids) == 1:
        pick = benches[0]
    elif ids:
        after = [i for i in benches if 0 < i - cue <= 5 and not any(
            r.w(k) in _CONTRAST_WORDS for k in range(cue, i))]  # '..., the system scored 69.6, while on B it ...'
        own = [i for i in benches if i < cue or not any(_new_clause(r, k) or r.w(k) == ";" for k in range(cue, i))]
        pick = after[0] if after else min(own or benches, key=lambda i: abs(i - cue))  # ', and ranked first on Y'
    scope = _generic_scope(r, cue) if kind != "score" else None
    if pick is not None and pick < cue and kind == "comparison" and _kind_of_test_after(r, cue):
        return BenchmarkNote(source="sentence")  # 'scored 87.5% on X and beats Y in coding tasks': not on X
    kind_said = _kind_of_test_named(r, cue) if pick is not None and pick > cue else None
    if kind_said is None and pick is not None and pick > cue and kind == "score":
        kind_said = _kind_of_test_before(r, cue)
    if kind_said is not None and any(r.w(k) in (",", ";") for k in range(kind_said, pick)):
        return BenchmarkNote(source="sentence")  # 'X leads multilingual tasks with 87%, Y ... on HumanEval': not X's
    if pick is not None and kind == "comparison" and scope is not None and cue < scope[1] < pick \
            and scope[0] in _SUITES_OF_BENCHMARKS and _named_member_benchmark(r, scope[1]) is None:
        return BenchmarkNote(source="sentence")  # 'beats Y on various benchmarks, notably on A': the lead on none named
    if pick is not None:
        span = r.spans[pick]
        return BenchmarkNote(span._.canonical, span.text, (span.start_char, span.end_char), "sentence")
    if kind == "comparison" and _in_areas_after(r, cue):
        return BenchmarkNote(source="sentence")  # 'beats Y in areas such as coding', '... in Chinese': on no board
    note = r.ctx.context_benchmark(r.doc[cue].idx, leaderboards_only=False)
    if scope is not None:
        member = _named_member_benchmark(r, scope[1])
        if member is not None:  # 'in several tests, including GSM8K, HellaSwag and MMLU': on each one named
            span = r.spans[member]
            return BenchmarkNote(span._.canonical, span.text, (span.start_char, span.end_char), "sentence")
    if scope is not None and (scope[0] in _OVER_SEVERAL or scope[0] in _USE_SCOPES or note.id not in boards):
        # 'outperforms X on 7 out of 10 tasks': on no one benchmark (a board's categories are its own), nor on
        # the one a score later in the sentence is on ('..., achieving 84.2% on MMLU')
        return BenchmarkNote(source="sentence" if kind == "comparison" and scope[0] in _SUITES_OF_BENCHMARKS else None)
    last = r.ctx.last_benchmark
    if last is not None and kind != "score" and "here" in (r.w(cue + 1), r.w(cue + 2)) \
            and _carried_from(r) - last.end_char <= _CARRY_REACH:
        return BenchmarkNote(last._.canonical, None, None, "article")  # 'X leads here': on the one just named
    if last is not None and note.source != "label" and (_same_suite(r) or _result_said_before(r)):
        return BenchmarkNote(last._.canonical, None, None, "article")  # 'X was at 50.4% in the same evaluation'
    if kind == "score" and last is not None and (note.source == "article" or (
            (note.id is None or _titled_since(r, note, last)) and _carried_from(r) - last.end_char <= _CARRY_REACH)):
        return BenchmarkNote(last._.canonical, None, None, "article")  # 'On MMLU-Pro, ... mixed. X posted 76.1
    if kind != "score" and note.id is not None and note.id not in boards and note.source == "article":
        return BenchmarkNote()
    return note


def _unnamed_own_test(r: _Reading) -> bool:
    """True for a sentence opening on a maker's own test it does not name ("On Acme's internal instruction
    eval, ...", 'In our in-house test, ...'): its results are on no benchmark named before (asked once)."""
    if r.own_test is None:
        r.own_test = _opens_on_own_test(r)
    return r.own_test


def _opens_on_own_test(r: _Reading) -> bool:
    k = r.start
    while r.w(k) in _BULLET_MARKS:
        k += 1
    if r.w(k) not in ("on", "in"):
        return False
    own = False
    for j in range(k + 1, min(r.end, k + 9)):
        w = r.w(j)
        if r.label(j) == "BENCHMARK" or r.label(j) == "MODEL":
            return False
        if w in _SUITE_NOUNS and r.w(j + 1) == ",":
            return own
        own = own or w in POSSESSIVE or w in _OWN_TEST_WORDS
        if not (w in POSSESSIVE or r.label(j) == "VENDOR" or r.w(j + 1) in POSSESSIVE or w == "-"
                or (w.isalpha() and r.doc[j].text.islower())):
            return False
    return False


_OWN_TEST_WORDS = frozenset({"internal", "in-house", "proprietary", "private", "own", "our"})
_SUITE_NOUNS = frozenset({"evaluation", "test", "benchmark", "leaderboard", "exam", "board", "ranking", "metric",
                          "task", "eval", "setting", "suite"})


def _carried_from(r: _Reading) -> int:
    """Where a benchmark named before must reach: the sentence, or the first item of the list it is in
    (one list's items are on one benchmark, however long the list)."""
    return r.ctx.layout.list_start(r.sent.start_char)


_CONCESSIONS = frozenset({"although", "though", "but", "while", "whereas", "yet"})


def _conceded_comparison(r: _Reading, cue: int, subject: str) -> Optional[BenchmarkNote]:
    """The benchmark of the same subject's comparison earlier in the sentence, or the one its first clause is
    on, when a conceding clause ('although it ...', 'but ...') joins the two."""
    earlier = [f.benchmark for f in r.findings if f.kind == "comparison" and f.benchmark.source == "sentence"
               and f.benchmark.span is not None and (f.subject.canonical or f.subject.text) == subject]
    note = earlier[-1] if earlier else _first_clause_benchmark(r, cue, subject)
    if note is None:
        return None
    between = [k for k in range(max(r.start, cue - _BENCHMARK_REACH), cue) if r.doc[k].idx >= note.span[1]]
    if not any(r.w(k) in _CONCESSIONS for k in between) or any(r.w(k) in (";", ".") for k in between):
        return None
    rest = range(cue + 1, min(r.end, cue + 12))
    if any(r.w(k) in _BENCHMARK_PREPOSITIONS and not _is_number(r.w(k + 1)) for k in rest):
        return None  # '... but beats it on average': the clause says where of its own ('at 73.9' says a value)
    return note


def _first_clause_benchmark(r: _Reading, cue: int, subject: str) -> Optional[BenchmarkNote]:
    """The last benchmark before ``cue`` in a clause the subject opens ('X is the best open model on MMLU, though
    it ...'), or None."""
    near = r.models[bisect_left(r.models, cue - _BENCHMARK_REACH):bisect_left(r.models, cue)]  # (within reach: linear)
    named = [i for i in near if i in r.spans and (r.spans[i]._.canonical or r.spans[i].text) == subject]
    benches = [b for b in r.benches_near(cue) if named and named[0] < b < cue]
    if not benches or any(r.label(k) == "MODEL" and k not in named for k in range(named[0], benches[-1])):
        return None
    return _note(r, benches[-1])


_CONTRAST_WORDS = frozenset({"while", "whereas", ";"})
_CONTRAST = re.compile(r"\bwhile\b|\bwhereas\b|;")


def _names_the_evaluator(r: _Reading, i: int) -> bool:
    """True for a board named as who ran the test ('evaluated by X', 'according to X'), not what it ranks on."""
    return r.w(i - 1) == "by" or (r.w(i - 1) == "to" and r.w(i - 2) == "according")


def _same_suite(r: _Reading) -> bool:
    """True when the sentence points back at the benchmark named before: 'in the same evaluation', or 'on this
    (reasoning) benchmark' when one was named just before."""
    if any(r.w(k) == "same" and (r.w(k + 1) in _SUITE_NOUNS or r.w(k + 2) in _SUITE_NOUNS)
           for k in range(r.start, r.end)):
        return True
    last = r.ctx.last_benchmark
    if last is None or r.benches or _carried_from(r) - last.end_char > _CARRY_REACH:
        return False
    return any(r.w(k) in ("this", "that") and _suite_noun_after_words(r, k + 1) for k in range(r.start, r.end))


def _suite_noun_after_words(r: _Reading, k: int) -> bool:
    """True when a suite noun follows at ``k`` past two plain lower-case words at most ('scientific reasoning
    benchmark'), none a determiner ('that the reported benchmark ...' is a clause, no pointer)."""
    for j in range(k, min(k + 3, r.end)):
        if r.w(j) in _SUITE_NOUNS:
            return True
        if not (r.doc[j].text.isalpha() and r.doc[j].text.islower()) or r.is_name(j) or r.w(j) in _PLAIN_DETERMINERS:
            return False
    return False


_GIVEN_RESULTS = frozenset({"result", "score", "performance", "showing", "figure", "mark", "tally"})


def _result_said_before(r: _Reading) -> bool:
    """True when the sentence opens on the result the one before gave ('That result places it ahead of
    Y', 'This score puts X ...'): its benchmark is that result's, named just before."""
    last = r.ctx.last_benchmark
    opens = r.w(r.start) in ("that", "this", "the", "its") and (
        r.w(r.start + 1) in _GIVEN_RESULTS or (r.w(r.start + 1).isalpha() and r.w(r.start + 2) in _GIVEN_RESULTS)) \
        or (r.w(r.start) in ("that", "this") and r.w(r.start + 1) in _RESULT_VERBS)  # 'That puts it ahead of Y'
    return opens and not r.benches and last is not None and _carried_from(r) - last.end_char <= _CARRY_REACH


_RESULT_VERBS = frozenset({"puts", "put", "places", "placed", "leaves", "left", "lands", "landed", "makes", "made"})


def _titled_since(r: _Reading, note: BenchmarkNote, last: Span) -> bool:
    """True when a line of a few words naming a benchmark ('TAU-bench Performance') stands between the
    heading that gave ``note`` and the sentence: the values below it are on that benchmark."""
    if note.source != "heading" or note.span is None or last.start_char <= note.span[1]:
        return False
    block = r.ctx.layout.block_at(last.start_char)
    return block is not None and len(r.ctx.text[block.start:block.end].split()) <= 4


_BENCHMARK_PREPOSITIONS = frozenset({"on", "in", "at", "across", "for"})


def _generic_scope(r: _Reading, cue: int) -> Optional[tuple[str, int]]:
    """The general word the cue's clause says where with, and its token ('on all tasks', 'across
    multiple benchmarks', 'in most categories', 'across the board'), or None."""
    breaks = r.words_set("clause_breaks")
    for k in range(cue + 1, min(r.end, cue + 14)):
        w = r.w(k)
        if w in breaks or w in (".", ";", "!", "?"):
            break
        if _says_generic_scope(r, cue, k):
            return w, k
    return _main_clause_scope(r, cue)


def _says_generic_scope(r: _Reading, cue: int, k: int) -> bool:
    """True when the word at ``k`` is a general where-word of the cue's clause ('multiple benchmarks')."""
    w = r.w(k)
    if w == "board" and r.w(k - 1) == "the" and r.w(k - 2) == "across":
        return True
    if w in _ONE_SUITE and "every" in (r.w(k - 1), r.w(k - 2)):
        return True  # 'tops every listed benchmark'
    return w in r.words_set("generic_scopes") \
        and (k - cue <= 6 or any(r.w(j) in ("on", "across", "in", "over") for j in range(max(cue, k - 8), k))) \
        and (any(r.w(j) in _QUANTIFIERS or _is_number(r.w(j)) or _count_word(r, r.w(j)) is not None
                 for j in range(max(cue, k - 4), k))
             or _members_named_after(r, k))  # (right after the cue, its object: 'topped several major leaderboards')


def _main_clause_scope(r: _Reading, cue: int) -> Optional[tuple[str, int]]:
    """For a participle set off by a comma, the general where-word of the clause it hangs on ('topped the
    charts across five tests, beating Y': not on one benchmark either)."""
    if r.w(cue - 1) != "," or not _is_participle(r.w(cue)):
        return None
    start = max(r.start, cue - 12)
    for k in range(cue - 2, start - 1, -1):
        if r.w(k) in (",", ";", ".") or r.w(k) in r.words_set("clause_breaks"):
            return None
        if _says_generic_scope(r, start, k):
            return r.w(k), k
    return None


def _members_named_after(r: _Reading, noun: int) -> bool:
    """True when benchmarks are named as members right after a suite noun ('on benchmarks like A, B and C',
    'on tests such as A')."""
    mark = noun + 1 + (r.w(noun + 1) == ",")
    first = mark + 2 if r.w(mark) == "such" and r.w(mark + 1) == "as" else mark + 1 if r.w(mark) in ("like", "including") else None
    return first is not None and r.label(first) == "BENCHMARK"


def _rest_of_clause(r: _Reading, cue: int) -> Iterator[int]:
    """The tokens after a cue up to its clause's end (a clause break or a stop), a dozen or so at most."""
    for k in range(cue + 1, min(r.end, cue + 14)):
        if r.w(k) in r.words_set("clause_breaks") or r.w(k) in (".", ";", "!", "?"):
            return
        yield k


def _kind_of_test_after(r: _Reading, cue: int) -> bool:
    """True when the cue's clause says a kind of test ('beats Y in code generation tasks')."""
    return _kind_of_test_named(r, cue) is not None


def _kind_of_test_named(r: _Reading, cue: int) -> Optional[int]:
    """The noun of the kind of test the cue's clause says ('tasks' of 'leads multilingual tasks'), or None."""
    return next((k for k in _rest_of_clause(r, cue) if r.w(k) in _SUITES_OF_BENCHMARKS and _kind_of_test(r, cue, k)), None)


def _kind_of_test_before(r: _Reading, value: int) -> Optional[int]:
    """The noun of a kind of test a value's clause names right before it ('leads multilingual tasks with 87.4%')."""
    for k in range(value - 1, max(r.start, value - 6), -1):
        if r.w(k) in (",", ";", ".") or r.is_name(k):
            return None
        if r.w(k) in _SUITES_OF_BENCHMARKS:
            lead = k - 1
            while lead > r.start and k - lead <= 3 and r.doc[lead].text.isalpha() and r.doc[lead].text.islower() \
                    and r.w(lead) not in _PLAIN_DETERMINERS:
                lead -= 1
            return k if lead < k - 1 and (r.is_name(lead) or r.doc[lead].pos_ in ("VERB", "ADP", "AUX")) else None
    return None


def _in_areas_after(r: _Reading, cue: int) -> bool:
    """True when the cue's clause says where the lead is in words of a field or a language ('outperforms Y in
    areas such as reasoning and coding', 'surpasses Y in Chinese'), not on a benchmark."""
    return any(r.w(k) == "in" and (r.w(_past_plain_words(r, k + 1, 2)) in _AREA_NOUNS or (
        r.ctx.resolver.is_language(r.doc[k + 1].text) and r.w(k + 2) in (".", ",", ";", "and", "")))
        for k in _rest_of_clause(r, cue))


def _past_plain_words(r: _Reading, k: int, most: int) -> int:
    """The token after at most ``most`` plain lower-case words from ``k`` ('key' of 'in key areas')."""
    j = k
    while j < min(r.end, k + most) and r.doc[j].text.isalpha() and r.doc[j].text.islower() \
            and not r.is_name(j) and r.w(j) not in _AREA_NOUNS:
        j += 1
    return j


_AREA_NOUNS = frozenset({"areas", "domains", "fields", "disciplines", "subjects", "categories"})


def _kind_of_test(r: _Reading, cue: int, noun: int) -> bool:
    """True for 'in code generation tasks', 'on coding benchmarks', 'leads multilingual tasks': a kind of test
    the clause names, no one benchmark (plain lower-case words between the preposition, or the cue, and the noun)."""
    k = noun - 1
    while k > cue and noun - k <= 4 and r.w(k) not in ("in", "on", "across") and r.doc[k].text.isalpha() \
            and r.doc[k].text.islower() and not r.is_name(k):
        k -= 1
    return (r.w(k) in ("in", "on", "across") or (k == cue and noun - cue >= 2)) \
        and any(r.w(j) not in _PLAIN_DETERMINERS for j in range(k + 1, noun))  # ('leads multilingual tasks')


_SET_OFF_ADVERBS = frozenset({"however", "meanwhile", "though"})  # clause breaks that, between commas, are asides
_PLAIN_DETERMINERS = frozenset({"the", "a", "an", "these", "those", "its", "their", "our"})


def _named_member_benchmark(r: _Reading, scope: int) -> Optional[int]:
    """The first benchmark the general word at ``scope`` names its members with ('several tests,
    including GSM8K'), or None."""
    j = scope + 1
    if r.w(j) == ",":
        j += 1
    if r.w(j) == "such" and r.w(j + 1) == "as":
        j += 1
    return j + 1 if r.w(j) in ("including", "like", "as", ":", "namely") and r.label(j + 1) == "BENCHMARK" else None


_USE_SCOPES = frozenset({"scenarios", "situations"})  # 'in many scenarios': uses, never a board's categories
_SUITES_OF_BENCHMARKS = frozenset({"benchmarks", "tests", "evaluations", "datasets", "leaderboards", "tasks"})
_ONE_SUITE = frozenset({"benchmark", "test", "task", "evaluation", "leaderboard"})  # after 'every'
# 'leads on most benchmarks', 'tops every benchmark', 'leads across the board': over several tests, on none named
_OVER_SEVERAL = _SUITES_OF_BENCHMARKS | _ONE_SUITE | {"board"}


_QUANTIFIERS = frozenset({"all", "most", "many", "several", "multiple", "various", "numerous", "range", "variety",
                          "majority", "both", "every", "key", "major", "standard", "common", "popular", "other",
                          "nearly", "almost"})


def _on_benchmark_in_clause(r: _Reading, i: int, cue: int) -> bool:
    """'X beat Y and Z on the MMLU benchmark', 'X's score on MMLU exceeds Y's': a benchmark after a
    preposition, in the cue's clause, says where a comparison or rank holds."""
    before = i - 1 if r.w(i - 1) != "the" else i - 2
    if r.w(i - 1) == "(":  # 'on mathematical reasoning (X)': the benchmark glosses the kind of test
        k = i - 2
        while k > i - 8 and r.w(k) not in _BENCHMARK_PREPOSITIONS and (r.doc[k].text.islower() and r.w(k).isalpha()
                                                                        or r.w(k) == "-"):
            k -= 1
        before = k if k < i - 2 else before
    elif r.w(i - 1) in _SUITE_NOUNS | {"set", "dataset"}:  # 'on the long-context benchmark X', 'on the test set X'
        k = i - 1
        while k > i - 8 and r.w(k) != "the" and (r.w(k) == "-" or r.w(k).islower()):
            k -= 1
        if r.w(k) == "the":
            before = k - 1
    if r.w(before) not in _BENCHMARK_PREPOSITIONS:
        before = _past_adjectives(r, i)  # 'on the complete MMLU', 'on the notoriously hard GPQA'
    reach = 30 if r.w(i - 1) == "(" else 20  # a kind of test glossed in brackets reads longer
    if r.w(before) not in _BENCHMARK_PREPOSITIONS or abs(i - cue) > reach:
        return False
    lo, hi = (cue, i) if cue < i else (i, cue)
    breaks = r.words_set("clause_breaks")
    return not any(r.w(k) in breaks or r.w(k) in (".", "!", "?") or (_new_clause(r, k) and k + 1 != cue)
                   for k in range(lo + 1, hi))  # the comma opening the cue's own clause divides nothing


def _past_adjectives(r: _Reading, i: int) -> int:
    """The token before 'the' and up to two lower-case words that describe the benchmark at ``i`` ('on the
    complete MMLU': 'on'), or ``i - 1``."""
    k = i - 1
    while k > i - 3 and r.doc[k].text.isalpha() and r.doc[k].text.islower() and r.w(k) not in _BENCHMARK_PREPOSITIONS \
            and r.w(k) not in ("the", "a", "an"):
        k -= 1
    return k - 1 if k < i - 1 and r.w(k) in ("the", "a", "an") else i - 1


_GLOSS_REACH = 30  # tokens of a benchmark's gloss in apposition ('a notoriously hard, 2,500-question test that ...')


def _result_on_benchmark(r: _Reading, i: int, cue: int) -> bool:
    """'X scored high on MMLU, placing just behind Y', '..., ranking second behind Y': a participle phrase
    right after the benchmark that closes the main clause (and its gloss: 'on X, a hard test, placing ...')
    tells where that result stood, and so does a participle joined to it ('... behind Y and surpassing Z')."""
    comma = i + 1
    if r.w(comma) == "," and r.w(comma + 1) in ("a", "an"):  # the benchmark glossed in apposition
        comma = next((k for k in range(comma + 2, min(r.end, comma + _GLOSS_REACH))
                      if r.w(k) == "," and _is_participle(r.w(k + 1))), comma)
    participle = comma + 1
    if r.w(comma) != "," or not _is_participle(r.w(participle)) or cue <= participle \
            or any(r.w(k) in (";", ".") or r.label(k) == "BENCHMARK" for k in range(i + 1, cue)) \
            or any(r.w(k) == "," for k in range(participle + 1, cue)):
        return False
    return (cue - participle <= 4 and not any(r.label(k) == "MODEL" for k in range(participle + 1, cue))) \
        or (r.w(cue - 1) == "and" and _is_participle(r.w(cue)))


def _closes_the_sentence(r: _Reading, i: int, cue: int) -> bool:
    """'..., surpassing X and Y, being on par with Z, on both MT-Bench and AlpacaEval.': benchmarks after
    'on' (or 'across') that end the sentence say where all of it holds."""
    if not 0 < i - cue <= 40:
        return False
    k = i - 1
    while r.w(k) in ("the", "both", "all", "each", "of"):
        k -= 1
    if r.w(k) not in ("on", "across") or r.w(k - 1) != ",":
        return False
    k = i + 1
    while k < r.end and (r.label(k) == "BENCHMARK" or r.w(k) in ("and", ",", "benchmarks", "tests", "leaderboards")
                         or _SHORT_EDITION.match(r.w(k))):
        k += 1
    return k >= r.end or r.w(k) in (".", "!", ";")


_SHORT_EDITION = re.compile(r"^v?\d{1,2}(?:\.\d)?$")


def _new_clause(r: _Reading, k: int) -> bool:
    """', and is ...', ', which ...', ', outperforming ...': a comma that opens another clause rather than
    a list item (a participle clause holds its own benchmark: 'the best model, beating X on MMLU')."""
    if r.w(k) != "," or r.is_name(k + 1):
        return False
    nxt = r.w(k + 1)
    if _is_participle(nxt):
        return True
    return nxt in ("which", "who", "and", "while", "with") and not r.is_name(k + 2)


_NOT_PARTICIPLES = frozenset({"including", "according", "excluding", "regarding", "following", "during"})


def _reported_by_a_test(r: _Reading, i: int, cue: int) -> bool:
    """'our evaluation of MT-Bench also shows that X outperforms Y': a benchmark in the clause that reports
    the finding, before its 'that', is the finding's."""
    if not i < cue:
        return False
    that = next((k for k in range(i + 1, cue) if r.w(k) == "that"), None)
    if that is None or any(r.label(k) == "BENCHMARK" for k in range(i + 1, cue)):
        return False
    verb = that - 1 if r.w(that - 1) not in ("also", "clearly") else that - 2
    return r.w(verb) in _REPORTING_VERBS


_REPORTING_VERBS = frozenset({"shows", "showed", "demonstrates", "demonstrated", "reveals", "revealed", "indicates",
                              "indicated", "confirms", "confirmed", "suggests", "suggested", "proves", "proved"})


def _sets_the_scene(r: _Reading, i: int) -> bool:
    """'On MMLU-Pro, X leads ...', 'On the Massive ... (MMLU) benchmark, X ...': a benchmark in the
    phrase the sentence opens with is the whole sentence's."""
    start = r.start
    while start < r.end and (r.w(start) in _OPENING_LINKS or not r.w(start).isalnum() and r.w(start) != ","):
        start += 1  # 'Yet on AIME, ...', '- On MMLU, ...'
    if r.w(start) in _ASIDE_OPENERS and r.w(start + 1) in _ASIDE_NOUNS:
        start += 2
    if r.w(start) == "," and start > r.start and (r.w(start - 1) in _OPENING_LINKS or r.w(start - 1) in _ASIDE_NOUNS):
        start += 1  # 'However, on AIME, ...', 'For example, on AIME, ...'
    if r.w(start) not in ("on", "in", "at", "for", "across", "according"):
        return False
    comma = next((k for k in range(start, min(r.end, start + 16)) if r.w(k) in (",", ":")), None)
    return comma is not None and i < comma


_SAID_OF_VERBS = frozenset({"is", "was", "has", "had", "does", "did", "performs", "performed", "delivers", "delivered",
                            "shows", "showed", "looks", "remains", "proves", "proved", "impresses", "shines", "excels",
                            "claimed", "claims", "took", "takes", "holds", "held", "leads", "led", "tops", "topped"})


def _said_of_before_colon(r: _Reading, colon: int) -> Optional[int]:
    """'X is strong: ...': the one model a sentence opens on and says something of before its colon
    (a predicate of two words at least), whose details the colon gives; else None."""
    k = r.start
    while r.w(k) in ("the", "-", "*", "\u2022"):
        k += 1
    if r.label(k) != "MODEL" or k not in r.spans:
        return None
    after = r.spans[k].end
    if colon - after < 2 or r.w(after) not in _SAID_OF_VERBS or any(r.is_name(j) for j in range(after, colon)):
        return None
    return k


def _where_points_to(r: _Reading, i: int, cue: int) -> bool:
    """'evaluated on A and B, where X beats Y': a benchmark (or list of them) a ', where' clause holding the
    cue points back to is that clause's."""
    k = i + 1
    while k < cue and (r.label(k) == "BENCHMARK" or r.w(k) in _BENCHMARK_LIST_GLUE):
        k += 1
    return r.w(k) == "where" and r.w(k - 1) == "," and not any(r.w(j) in (";", "where") for j in range(k + 1, cue))


def _board_as_subject(r: _Reading, i: int, cue: int) -> bool:
    """'The VeraCode benchmark ranks X first', "VeraCode's latest leaderboard crowns X": a benchmark that
    opens the sentence as its subject, a verb after it, is the one its ranks are on."""
    k = r.start
    while k < i and r.w(k) in ("the", "a", "new", "latest", "updated", "-", "\u2022", "*"):
        k += 1
    if k != i or i >= cue:
        return False
    k = i + 1
    if r.w(k) in POSSESSIVE:
        k += 1
    while k < i + 4 and (r.w(k) in _BOARD_NOUNS or r.w(k) in _SUITE_NOUNS or r.w(k) in ("latest", "new", "updated")):
        k += 1
    verb = r.w(k)
    if k == i + 1:
        return verb in _BOARD_VERBS  # 'VeraCode ranks X first'
    return verb.isalpha() and verb.islower() and verb.endswith(("s", "ed"))


_BOARD_VERBS = frozenset({"ranks", "ranked", "puts", "places", "placed", "shows", "showed", "crowns", "crowned", "lists",
                          "listed", "has", "had"})


_OPENING_LINKS = frozenset({"yet", "but", "and", "so", "still", "meanwhile", "however", "also", "now", "then", "even",
                            "notably", "similarly", "likewise", "specifically", "additionally", "moreover", "overall"})
_ASIDE_OPENERS = frozenset({"for", "in", "by"})
_ASIDE_NOUNS = frozenset({"example", "instance", "addition", "contrast", "comparison", "particular", "short"})


# -- subjects and objects ---------------------------------------------------------------------

def _defined_before(r: _Reading, noun: int) -> bool:
    """True when 'is' or a release verb stands in the few words before an unnamed model noun ('X is the only
    model that ...', 'X has released a model that ...'): the noun phrase is the name's, or its maker's."""
    return any(r.w(k) in _DEFINING_VERBS for k in range(max(r.start, noun - 8), noun))


_DEFINING_VERBS = frozenset({"is", "was", "are", "were", "remains", "remained", "becomes", "became", "released",
                             "launched", "unveiled", "introduced", "announced", "debuted", "shipped", "published",
                             "open-sourced", "built", "developed", "trained"})


def _owns_a_figure(r: _Reading, i: int) -> bool:
    """True for a name whose possessive owns a number ("Y's 31.0%"): the figure's holder, no clause subject."""
    return r.w(i + 1) in POSSESSIVE and _is_number(r.w(i + 2))


def _governed_figure(r: _Reading, i: int) -> bool:
    """True for a figure's owner a preposition governs ("up from Y's 31.0%"): never the clause's subject."""
    return _owns_a_figure(r, i) and r.w(i - 1) in _OBJECT_PREPOSITIONS


def _possessor(r: _Reading, i: int) -> bool:
    """True for 'Alibaba' in "Alibaba's Qwen2" or 'Qwen/...': a vendor naming its model's maker (a bare
    family word owning a model names its maker too: "Mistral's open-source Mixtral"; a product its engine:
    "ChatGPT's latest o1 model")."""
    if r.label(i) != "VENDOR" and not (r.label(i) == "MODEL" and r.w(i + 1) in POSSESSIVE):
        return False
    j = i + 1
    if r.w(j) == "/":
        return True
    if r.w(j) not in POSSESSIVE:
        return False
    return r.label(_possessed(r, i)) == "MODEL"


def _possessed(r: _Reading, i: int) -> int:
    """Where the model a possessor at ``i`` owns stands ("Acme's open-source X": X), past the possessive and
    the words before the model."""
    j = i + 2
    while j < r.end and j - i <= _POSSESSED_REACH and (r.w(j) in _POSSESSOR_FILLERS or _modifier_word(r, j)
                                                         or _SIZE_WORD.match(r.w(j))):
        j += 1  # "Acme's 70B X": a size before the name is one of its words
    return j


_POSSESSED_REACH = 8  # tokens: "Acme's larger open-source reasoning model X" ('open-source' is three)


def _modifier_word(r: _Reading, j: int) -> bool:
    """A lower-case word or hyphen that may describe a model after its maker's possessive ("Acme's free
    X", "Acme's open-source X"): no list glue, clause break or cue ("Acme's model beats X")."""
    w = r.w(j)
    hyphened = not r.doc[j].whitespace_ and r.w(j + 1) == "-"  # 'well-known': a compound's first word, no glue
    return not r.label(j) and (w == "-" or (
        w.isalpha() and r.doc[j].text.islower() and j not in r.cue_starts
        and (hyphened or w not in r.words_set("list_glue"))
        and w not in r.words_set("clause_breaks") and w not in _OBJECT_STOPS))


def _stands_for_model(r: _Reading, i: int) -> bool:
    """A vendor is a rank subject only as "Microsoft's LLM" or "the AI model from (parent) Meta"."""
    j = i + 1
    if r.w(j) in POSSESSIVE:
        j += 1
        while j < r.end and r.w(j) in _POSSESSOR_FILLERS:
            j += 1
        return r.w(j) in r.words_set("generic_model_nouns")
    for k in range(i - 1, max(i - 6, r.start - 1), -1):
        if r.w(k) in r.words_set("maker_prepositions"):
            return r.w(k - 1) in r.words_set("generic_model_nouns")
    return False


def _maker_before_model(r: _Reading, i: int) -> bool:
    """True for 'Anthropic' in 'Anthropic Claude' or 'Acme (Kite-2)': a vendor written right before its model,
    no name of its own."""
    return r.label(i) == "VENDOR" and (r.label(i + 1) == "MODEL" or (
        r.w(i + 1) == "(" and r.label(i + 2) == "MODEL" and r.w(i + 3).startswith(")")))


def _attribution(r: _Reading, i: int) -> bool:
    """True for 'Meta' in 'LLaMA from Meta' or 'Falcon 40B, launched by TII': the maker, not a subject."""
    for k in range(i - 1, max(i - 5, r.start - 1), -1):
        if r.w(k) in r.words_set("maker_prepositions"):
            return any(r.label(t) == "MODEL" for t in range(max(k - 12, r.start), k))
        if r.label(k) == "MODEL":
            return False
    return False


def _reference_at(r: _Reading, i: int) -> Optional[str]:
    """'pronoun' or 'phrase' when a reference ends at ``i``: 'it', 'the model', 'the same model', or
    'the' with up to three words before a singular model noun ('the Chinese model', 'this new small AI model')."""
    if r.w(i) == "that" and i == r.start and r.w(i + 1) in _THAT_VERBS:
        return "pronoun"  # "That's higher than Y's 96.4%": the figure, and so the model, of the sentence before
    if r.w(i) not in r.vocab.reference_ends and r.w(i) not in _MODEL_NOUNS:
        return None
    if r.w(i) in _MODEL_NOUNS and r.w(i + 1) in _COMPOUND_HEADS:
        return None  # "the company's model card": a noun the model word modifies, no model
    for ref in r.vocab.references:
        n = len(ref)
        if i - n + 1 >= r.start and tuple(r.w(k) for k in range(i - n + 1, i + 1)) == ref:
            if r.w(i) == "it" and _dummy_it(r, i):
                return None
            if ref == ("this",) and r.w(i + 1) in _EVENT_VERBS:
                return None  # 'This poses a challenge to ...': the news itself, no model
            return "pronoun" if r.w(i) in ("it", "its", "this") else "phrase"
    if r.w(i) in _MODEL_NOUNS:
        k, words = i - 1, 0
        while k >= r.start and words < 4:
            if r.w(k) in ("the", "this", "that", "our", "its"):
                return "phrase"
            if r.w(k) == "parameter" and r.w(k - 1) == "-" and r.w(k - 2) in _SIZE_WORDS:
                k -= 2  # 'the 2.7 billion-parameter SLM': a size, one word
            elif r.w(k) == "-" and r.w(k - 1).isalpha() and r.w(k + 1).isalpha() and not r.is_name(k - 1):
                k -= 1  # 'the open-weight model': a hyphenated modifier, one word with its halves
            elif r.w(k) in POSSESSIVE and r.w(k - 1).isalpha() and r.w(k - 1).islower() and not r.is_name(k - 1):
                k -= 1  # "the startup's (new) model": a common noun's possessive, one word
            elif r.is_name(k) or not (r.w(k).isalpha() or _SIZE_WORD.match(r.w(k)) or (
                    _is_number(r.w(k)) and r.w(k + 1) in _SIZE_WORDS)):
                break
            k, words = k - 1, words + 1
    return None


_COMPOUND_HEADS = frozenset({"card", "cards", "weights", "page", "repository", "repo", "family", "families", "series",
                             "lineup", "name", "names", "maker", "makers", "developer", "developers", "provider",
                             "providers", "size", "sizes"})
_SIZE_WORD = re.compile(r"^\d{1,4}(?:\.\d)?[bmt]$")
_SIZE_WORDS = frozenset({"billion", "million", "trillion"})
_THAT_VERBS = frozenset({"'s", "\u2019s", "is", "was", "puts", "put", "places", "placed", "beats", "tops", "edges"})
# 'This poses a challenge', 'This means ...': the news itself ('This represents a first place' is the result's)
_EVENT_VERBS = frozenset({"poses", "posed", "means", "meant", "suggests", "suggested", "signals", "underscores",
                          "raises", "raised", "happened", "matters"})
_DUMMY_IT_VERBS = frozenset({"seems", "seemed", "appears", "appeared", "looks", "looked", "remains", "turns", "turned"})
_DUMMY_IT_ADJECTIVES = frozenset({"easy", "hard", "difficult", "clear", "unclear", "likely", "unlikely", "possible",
                                  "impossible", "worth", "true", "important", "notable", "interesting", "surprising"})


def _dummy_it(r: _Reading, i: int) -> bool:
    """'it seems easy to ...', 'it is clear that ...': an 'it' that stands for no model."""
    nxt = r.w(i + 1)
    if nxt in _DUMMY_IT_VERBS:
        return True
    k = i + 2 if nxt in ("is", "was", "'s") else None
    if k is not None and r.w(k) in ("not", "also", "now", "still", "relatively", "very", "quite", "fairly"):
        k += 1
    return k is not None and r.w(k) in _DUMMY_IT_ADJECTIVES


def _sized(r: _Reading, noun: int, spelled: bool = False) -> Optional[str]:
    """The size a few words before a noun says ('the 27B version'; with ``spelled``, 'the 27-billion parameter
    version' too: '27b')."""
    found = next((r.w(k) for k in range(max(noun - 3, r.start), noun) if _SIZE_WORD.match(r.w(k))), None)
    if found is None and spelled:
        number = next((k for k in range(max(noun - 5, r.start), noun - 1) if _is_number(r.w(k))
                       and r.w(k + 1 + (r.w(k + 1) == "-")) in _SIZE_WORDS), None)
        if number is not None and all(r.w(j) in _SIZE_PHRASE_WORDS for j in range(number + 1, noun)):
            found = r.w(number) + r.w(number + 1 + (r.w(number + 1) == "-"))[0]  # 'billion' -> '27b'
    return found


_SIZE_PHRASE_WORDS = _SIZE_WORDS | {"-", "parameter", "parameters"}  # '27-billion parameter': a size spelled out


def _determined_size(r: _Reading, noun: int) -> bool:
    """True for 'the 27-billion parameter version': 'the' or 'its', a spelled size, then the noun."""
    k = noun - 1
    while k > r.start and (r.w(k) in _SIZE_PHRASE_WORDS or _is_number(r.w(k))):
        k -= 1
    return k < noun - 2 and r.w(k) in ("the", "its")


def _sized_referent(r: _Reading, noun: int, spelled: bool = False) -> Optional[int]:
    """'the 27B model': the article's one model of that size (none when it names several), the ones named
    before it first; one named later in its own sentence is what it is set against, not what it means."""
    size = _sized(r, noun, spelled)
    if size is None:
        return None
    pattern = re.compile(rf"(?i)(?<![\d.]){re.escape(size)}\b")
    sized = [e for e in r.ctx.ents if e.label_ == "MODEL" and pattern.search(e.text)
             and (e.start < noun or e.start >= r.end)]
    before = [e for e in sized if e.start < noun]
    sized = before or sized
    if len({e._.canonical for e in sized}) != 1:
        return None  # none, or several of that size: no telling which
    r.spans.setdefault(sized[0].start, sized[0])
    return sized[0].start


def _subject(r: _Reading, cue: int, skip: frozenset | set = frozenset(), vendors: bool = True) -> Optional[int]:
    """The name a cue at token ``cue`` says something of: the nearest name to its left within the
    clause (skipping makers, asides and taken objects), the main subject for a participle clause,
    the antecedent of 'which'; else what a reference ('the model', 'it') points back to."""
    colon = _item_label_end(r)
    if colon is not None and cue > colon and (_is_number(r.w(colon + 1)) or (
            r.w(colon + 1).isalpha() and _is_number(r.w(colon + 2)))) and r.label(cue - 1) != "MODEL" \
            and r.w(cue - 1) not in POSSESSIVE:
        return _item_subject(r)  # '- GPQA: (scored) 78.3%, up from X's 65.0% and beating Y': the item's model
    main = _subject_of_a_verb_on_it(r, cue, skip)
    if main is None:
        main = _participle_subject(r, cue, skip)
    if main is None:  # a token index: the doc's first token is 0, so never 'or'
        main = _coordinated_verb_subject(r, cue, skip)
    if main is None:
        main = _fronted_participle_subject(r, cue, skip)
    if main is not None:
        return main
    breaks = r.words_set("clause_breaks")
    reference, reference_at = None, None
    i = cue - 1
    while i >= max(r.start, cue - MAX_REACH):
        w = r.w(i)
        if w in ("which", "who", "that") and i < cue:
            before = i - 2 if r.w(i - 1) == "," else i - 1
            described = _described_by_aside(r, before) if w != "that" and r.w(i - 1) == "," \
                and r.label(before) != "MODEL" else None
            if described is not None:
                return described  # 'ahead of X, a model from Acme, which ranks second': X
            if r.label(before) == "VENDOR" and _attribution(r, before):
                made = next((t for t in range(before - 1, max(before - 6, r.start - 1), -1) if r.label(t) == "MODEL"), None)
                if made is not None and made not in skip:
                    return made  # 'against Y from Acme, which registered 34.5': Y
            if r.is_name(before) and (before not in skip or r.label(before) == "MODEL"):
                return before  # 'X, which ranked first', 'ahead of A and B, which are tied for second'
            if w != "that" and r.w(before) in _UNNAMED_SUBJECTS and _names_its_head(r, before):
                return _head_name(r, before)  # 'the X reasoning model which scored 1,363'
            if r.w(before) in _UNNAMED_SUBJECTS:
                named = _named_before_aside(r, before)
                if w != "that" or named is not None or not _defined_before(r, before):
                    return named  # "Kappa, Acme's LLM, which/that ...": the name; 'the previous best model, which ...',
                    # 'Acme Unveils New AI Model That Beats X': none; 'X is a model that beats Y': X, read on
            if w != "that" and r.w(i - 1) == "," and r.w(before).isalpha() and r.w(before).islower():
                named = _named_before_aside(r, before)
                if named is not None and named not in skip:
                    return named  # "Kappa, Acme's latest release, which ...": the name the aside describes
            antecedent = next((t for t in range(i - 1, max(i - 10, r.start - 1), -1)
                               if r.is_name(t) and t not in skip and not _possessor(r, t)
                               and not (r.label(t) == "VENDOR" and _attribution(r, t))), None)  # 'Y from Acme, which
            if antecedent is not None and w != "that":
                return antecedent
        if w == "with" and r.w(i - 1) == "," and i < cue - 1 and _own_subject(r, i, cue):
            break  # ', with Anthropic's preview build at rank 2': the with-clause has its own subject
        if i < cue and r.w(i - 1) == "," and w.endswith(("s", "ed")) and w.isalpha() and not r.is_name(i):
            run = _coordinated_verb_subject(r, i, skip)
            if run is not None:
                return run  # 'X matches A on B, scores 59.8 on C ahead of D': the verb's subject is X
        if w == ";" and r.w(i + 1).isalpha() and r.w(i + 1).islower() and r.w(i + 1).endswith("s") and r.models \
                and r.models[0] < i and r.models[0] not in skip:
            return r.models[0]  # 'X scores 74.9% on A; reaches 88% on B': the clause goes on with X
        if (w == ":" or (w in ("—", "–") and i > r.start and r.doc[i - 1].whitespace_)) and i < cue - 1:
            labelled = _model_label(r, i) if w == ":" else None
            if labelled is not None and labelled not in skip:
                return labelled  # '- X: Secured second place': the label names who the item speaks of
            said_of = _said_of_before_colon(r, i)  # (a spaced dash sets the details off as a colon does)
            if said_of is not None and said_of not in skip:
                return said_of  # 'X is strong: its MMLU score is 80.1%': the colon goes on about X
        if (w in breaks or w in (".", "?", "!", ":")) and i < (
                _before_adverbs(r, cue) if r.w(cue) in _PLACE_PREPOSITIONS and w in ("but", "yet") else cue) - 1 \
                and not _abbreviation_stop(r, i) and not (w in ("while", "but") and r.w(_after_adverbs(r, i + 1)).endswith("ing")) \
                and not (r.w(i - 1) == "," and r.w(i + 1) == "," and w in _SET_OFF_ADVERBS):  # 'X, however, ranks first'
            if ((w == "and" and r.w(i - 1) != ",") and _verb_after(r, i)) or (
                    w in ("but", "yet") and _predicate_after(r, i)):
                shared = _shared_subject(r, i, skip)
                if shared is not None:
                    return shared  # 'X surpasses most models and ranks second, only behind Y', '... but scores 70.2': X
            break  # 'but behind Z' and 'but slightly behind Z' go on with the clause before
        if r.is_name(i) and r.w(i - 1) == "against" and i < cue:
            i -= 2  # 'the win rate against Y reached 95.6%': Y is the opponent, no subject
            continue
        tied = _tie_partner_from(r, i) if r.is_name(i) and i < cue else None
        if tied is not None:
            i = tied - 1  # 'it tied with Y for first place': Y shares the place, no subject
            continue
        if r.is_name(i) and _governed_figure(r, i):
            i -= 1  # "up from Y's 31.0%, but trails Z": the figure a preposition governs is no subject's
            continue
        if r.is_name(i) and i not in skip and _object_before_and(r, i, cue):
            i -= 1  # 'place X close to Y and just ahead of Z': Y is what X is close to, no subject
            continue
        meant = _the_makers_model(r, i + 1) if r.is_name(i) and i not in skip else None
        if meant is not None:
            return meant  # 'Y beat X, while the Acme model beat Z': the Acme model named last, Y taken or not
        if r.is_name(i) and i not in skip:
            if _possessor(r, i) or _cited_source(r, i, cue) or (r.label(i) == "VENDOR" and (
                    _speaks(r, i, cue) or _attribution(r, i) or (not vendors and not _stands_for_model(r, i))
                    or (r.w(i + 1) == "(" and _maker_before_model(r, i))  # 'Acme (Kite-2)': the model's maker
                    or (r.w(i + 1) in POSSESSIVE and i + 2 < cue and r.doc[i + 2].text[:1].islower()
                        and not _stands_for_model(r, i)))):
                i -= 1  # "In xAI's own wording, the entry was outperforming X": the maker's words, no subject
                continue
            if r.label(i) == "VENDOR" and r.w(i - 1) == "," and r.label(i - 2) == "MODEL":
                return i - 2  # "Kappa, Acme's LLM, takes 2nd and 5th": the vendor's phrase is an aside
            described = _described_by_aside(r, i) if r.w(i + 1) == "," else None
            if described is not None and described not in skip:
                return described  # 'Kappa, a model of the startup Acme, surpassed Y': Kappa
            return i
        if cue - i <= 3 and w in _VERSION_NOUNS and _sized(r, i, spelled=True) and not r.is_name(i - 1) \
                and (r.w(i - 2) in ("the", "its") or _determined_size(r, i)):
            return _sized_referent(r, i, spelled=True)  # 'the 8B version posted 73.0': the one model of that size
        if cue - i <= 3 and w in _COMPANY_NOUNS and r.w(i - 1) == "the" and r.w(i + 1) not in POSSESSIVE \
                and r.w(i + 1) not in _SPEECH_VERBS \
                and not any(r.label(k) == "MODEL" for k in range(max(r.start, i - MAX_REACH), i)):
            maker = _company_meant(r, i)  # 'The ranking places the company ahead of Y': the maker named last
            if maker is not None:
                return maker
        if cue - i <= 3 and w in _UNNAMED_SUBJECTS and not _names_its_head(r, i) and not _in_phrase(r, i):
            named = _named_before_aside(r, i) if r.w(i + 1) == "," or r.w(i + 1) in _DASHES else None
            if named is not None and named not in skip:
                return named  # 'Kappa, the cheaper model, beat Y': the noun closes an aside on the name
            named = _predicate_subject(r, i)
            if named is not None and named not in skip:
                return named  # 'X is the first open model to beat Y': the noun is X
            if _reference_at(r, i) is not None:
                if _sized(r, i):
                    return _sized_referent(r, i)  # 'the largest 27B model outperforms ...'
                return _referent(r, "phrase", i)  # 'the same model topped the list'
            owner = _possessive_vendor(r, i)  # "Microsoft's LLM ranked sixth": the vendor stands for it
            if owner is not None and r.w(owner - 1) == "," and r.label(owner - 2) == "MODEL":
                return owner - 2  # "Kappa, Acme's LLM, takes first": the phrase is an aside on the name
            return owner if owner is not None and vendors_or_model(r, owner, vendors) else None
        if w in _ASIDE_CLOSE and i < cue - 1:
            opener = _opener(r, i)
            if opener is not None and r.is_name(opener - 1) and _past_own_value(r, opener) == i + 1:
                i = opener - 1  # 'from Y (67%), yet behind Z': Y's value, no aside; Y is read as a name
                continue
            named = [t for t in range(opener + 1, i) if r.is_name(t) and t not in skip] if opener is not None else []
            if named and r.w(opener - 1) in _UNNAMED_SUBJECTS | _VERSION_NOUNS:
                return named[-1]  # 'the new release of the model (X) ranks 12th': X
            if opener is not None:
                before = _subject(r, opener, skip, vendors) if opener > r.start else None
                if before is not None:
                    return before
                inside = [t for t in range(opener + 1, i) if r.is_name(t) and t not in skip]
                if inside:
                    return inside[-1]
                break  # 'On MMLU (a test), it scores 60.9%': no name in or before the aside; 'it' may tell
            if cue - i > 3 and not _appositive_after_dash(r, i, cue):
                break
        if reference is None:
            reference, reference_at = _reference_at(r, i), i
            if reference == "pronoun" and r.w(i) == "it" and r.w(i - 1) == ",":
                break  # 'Despite being smaller than A or B, it beats them': the names before the comma are no subject
        i -= 1
    if reference is None and _labelled_item_value(r, cue):
        return _item_subject(r)
    if reference is None and (r.first_name >= cue or all(_governed_figure(r, t) for t in r.models if t < cue)):
        model = r.ctx.item_model(r.sent.start_char)  # '- 76% on X' under '## Vega 2: ...' or 'Vega 2 brings:'
        if model is not None:
            r.spans.setdefault(model.start, model)
            return model.start
    if reference is None and _opens_an_item(r, cue):
        reference, reference_at = "phrase", r.start  # '- Outperforms X on MMLU': a bullet about the text's model
    if reference is None and r.first_name >= cue and r.benches and _is_number(r.w(cue)) \
            and r.ctx.in_list_of_no_model(r.sent.start_char):
        return _item_subject(r)  # '- **Reasoning**: 37.5% on X': the figures of the model the text is about
    return _referent(r, reference, reference_at) if reference is not None else None


def _subject_of_a_verb_on_it(r: _Reading, cue: int, skip) -> Optional[int]:
    """'X tied Y on A but beat it on B': a verb after 'but' or 'and' whose object is 'it' shares the
    sentence's first subject, and 'it' is the name between (which is no subject), or None."""
    if r.w(cue - 1) not in ("but", "yet", "and") or "it" not in (r.w(cue + 1), r.w(cue + 2)):
        return None
    first = next((t for t in r.models if t < cue - 1 and t not in skip), None)
    if first is None or not _verb_after(r, first):
        return None
    between = [t for t in r.models if first < t < cue - 1]
    return first if len(between) == 1 else None


def _tie_partner_from(r: _Reading, name: int) -> Optional[int]:
    """The token of 'tied' when the name at ``name`` is who a tie is with ('tied with (Acme's) Y'), else None."""
    k = _before_makers_possessive(r, name - 1)
    return k - 1 if r.w(k) == "with" and r.w(k - 1) in _TIED_WITH else None


def _before_makers_possessive(r: _Reading, k: int) -> int:
    """The token before a maker's possessive ending at ``k`` ("Acme's" of "with Acme's Y"), a maker listed
    or not; ``k`` itself when no possessive ends there."""
    return k - 2 if r.w(k) in POSSESSIVE and (r.label(k - 1) == "VENDOR" or r.doc[k - 1].text[:1].isupper()) else k


_TIED_WITH = frozenset({"tied", "tie", "ties", "tying", "level", "shares", "shared", "sharing"})


_OBJECT_PREPOSITIONS = frozenset({"to", "than", "of", "behind", "with", "against", "over", "from", "like", "after",
                                  "alongside", "beside", "near", "among", "above", "below"})
_LINKING_ADVERBS = frozenset({"and", "just", "only", "also", "slightly", "well", "far", "even", "yet", "narrowly", "still"})


_COPULAS = frozenset({"is", "was", "becomes", "became", "remains", "remained", "'s", "\u2019s"})


def _predicate_subject(r: _Reading, noun: int) -> Optional[int]:
    """The name a predicate noun phrase describes ('X is the first open model to ...', 'X became a
    model that ...'), or None."""
    k = noun - 1
    while k > noun - 10 and k > r.start and r.w(k) not in ("the", "a", "an"):  # hyphens count: 'highest-ranked'
        if not (r.w(k).isalpha() or r.w(k) == "-") or r.is_name(k):
            return None
        k -= 1
    if r.w(k) not in ("the", "a", "an"):
        return None
    k -= 1
    if r.w(k) in ("now", "also", "still", "officially"):
        k -= 1
    if r.w(k) not in _COPULAS:
        return None
    k -= 1
    if r.w(k) == ")" and r.w(k - 2) == "(":
        k -= 3  # 'X (FC) is the top open model': the name before its bracketed setting
    return k if k >= r.start and r.label(k) == "MODEL" else None


def _object_before_and(r: _Reading, i: int, cue: int) -> bool:
    """True when the name at ``i`` is the object of a preposition and only 'and' or a comma (with adverbs)
    stands between it and the cue: 'close to Y and just ahead of Z', 'in line with Y, ahead of Z' speak of
    the name before 'close to'."""
    between = [r.w(k) for k in range(_past_own_value(r, i + 1), cue)]  # "compared to Y's 9.3%, yet behind Z"
    joint = "and" if "and" in between else ","  # 'in line with Y, ahead of Z': the comma joins as 'and' does
    if joint not in between or any(w not in _LINKING_ADVERBS and w != "," for w in between[:between.index(joint) + 1]):
        return False
    verbs = [w for w in between[between.index(joint) + 1:] if w not in _LINKING_ADVERBS]
    if len(verbs) > 2 or any(not (w.isalpha() and w.endswith(("ed", "s"))) for w in verbs):
        return False  # 'released after Y and ranked first': a verb of the subject's
    k = _before_makers_possessive(r, i - 1)  # "close to OpenAI's Y"
    while r.w(k) in _DETERMINERS and k > i - 4:
        k -= 1  # 'behind the latest Y and ahead of Z'
    return r.w(k) in _OBJECT_PREPOSITIONS


def _past_own_value(r: _Reading, k: int) -> int:
    """Past the value a name is given right after it ("Y's 9.3%", 'Y (67%)'), from ``k``, the token after it."""
    if r.w(k) in POSSESSIVE and _is_number(r.w(k + 1)):
        k += 2
        return k + 1 if r.w(k) in ("%", "percent", "points") else k
    if r.w(k) == "(" and _is_number(r.w(k + 1)):
        close = next((t for t in range(k + 2, min(k + 5, r.end)) if r.w(t) == ")"), None)
        return close + 1 if close is not None else k
    return k


_DETERMINERS = frozenset({"the", "a", "an", "latest", "new", "newest", "current", "older", "previous", "original"})


def _names_its_head(r: _Reading, noun: int) -> bool:
    """True when a name heads the noun phrase: 'X model', 'X large language model (LLM)'."""
    k = _head_name(r, noun)
    return r.is_name(k) and (all(r.w(t) in _EMPHASIS_MARKS for t in range(k + 1, noun)) or r.label(k) == "MODEL")


def _head_name(r: _Reading, noun: int) -> int:
    """Where the name before a model noun would stand, past words like 'reasoning' or 'open'."""
    k = noun - 1
    while k >= r.start and noun - k <= 6:
        if r.w(k - 1) == "-" and f"{r.w(k - 2)}-{r.w(k)}" in _POSSESSOR_FILLERS:
            k -= 3  # 'X open-source model'
        elif r.w(k) in _POSSESSOR_FILLERS or r.w(k) in _EMPHASIS_MARKS or _size_word_at(r, k):
            k -= 1  # '**Acme** models': the bold name; 'X 7 billion parameter model': its size
        else:
            break
    return k


def _size_word_at(r: _Reading, k: int) -> bool:
    """True for a word of a size phrase: '7', 'billion', 'parameter' in '7 billion parameter', '27B'."""
    w = r.w(k)
    return w in _SIZE_WORDS or w in ("parameter", "parameters", "-") and _size_word_at(r, k - 1) \
        or bool(_SIZE_WORD.match(w)) or (_is_number(w) and r.w(k + 1) in _SIZE_WORDS)


def _item_label_end(r: _Reading) -> Optional[int]:
    """The colon closing a label that opens the sentence and names a benchmark but no model
    ('- MMLU-Pro score: 89.7%', 'GPQA: 78.3%, beating X'), or None (found once per sentence)."""
    if r.label_end is False:
        r.label_end = _find_item_label_end(r)
    return r.label_end


def _find_item_label_end(r: _Reading) -> Optional[int]:
    if not r.benches or r.benches[0] - r.start > 12:
        return None
    colon = next((k for k in range(r.start, min(r.end, r.start + 12))
                  if r.w(k).endswith(":") and not any(ch.isalnum() for ch in r.w(k))), None)  # ':', '):', '**:'
    if colon is None or not any(r.label(k) == "BENCHMARK" for k in range(r.start, colon)):
        return None
    return None if any(r.is_name(k) for k in range(r.start, colon)) else colon


_ASIDE_REACH = 20  # tokens of an aside in brackets after a label's name ('(116.8B total parameters, 5.1B active)')


def _model_label(r: _Reading, colon: int) -> Optional[int]:
    """The model a line's label names when the colon at ``colon`` closes a label of one model name, with
    its maker and item marks at most ('- Acme Vega 2:', '**X**:'), or None."""
    model = colon - 1
    if r.w(model) == ")":  # '- Kappa 3 (Acme): 68.25', '- Kappa 3 (5.1B active, open weights): ...': an aside
        opening = next((k for k in range(model - 1, max(r.start, model - _ASIDE_REACH) - 1, -1)
                        if r.w(k) in ("(", ")")), None)
        if opening is not None and r.w(opening) == "(" and not any(r.label(k) == "MODEL" for k in range(opening, model)):
            model = opening
    if model - r.start > 8:
        return None
    while model > r.start and r.w(model) in _ITEM_MARKS:
        model -= 1
    if r.label(model) != "MODEL":
        return None
    opening = (r.w(k) for k in range(r.start, model) if r.label(k) != "VENDOR")
    return model if all(w in _ITEM_MARKS or w in POSSESSIVE or w.isdecimal() for w in opening) else None


def _ends_the_item(r: _Reading, i: int) -> bool:
    """True when the value at ``i`` (with its unit) is all a list item's line says after its label."""
    if r.block is None or r.block.kind != "item":
        return False
    k = i + 1
    while k < r.end and (r.w(k) in _VALUE_UNITS or r.w(k) in (".", ";") or not r.w(k).strip()):
        k += 1
    return k >= r.end


def _labelled_item_value(r: _Reading, cue: int) -> bool:
    """True for the value right after such a label: the figure of the model the text is about."""
    colon = _item_label_end(r)
    return colon is not None and cue - colon <= 2 and not any(r.is_name(k) for k in range(colon, cue))


def _item_subject(r: _Reading) -> Optional[int]:
    """The model a labelled item is about: the one model the list's lead-in names ('X's results:'), else
    the most named before it (the item's own names are rivals)."""
    lead = r.ctx.layout.lead_in(r.block, r.ctx.text) if r.block is not None and r.block.kind == "item" else None
    named = [e for e in r.ctx.ents_between(lead.start, lead.end) if e.label_ == "MODEL"] if lead is not None else []
    if len({e._.canonical or e.text for e in named}) == 1:
        r.spans.setdefault(named[0].start, named[0])
        return named[0].start
    before = sorted((wm for wm in r.ctx.mentions.values() if wm[1].start < r.start and wm[1].label_ == "MODEL"),
                    key=lambda wm: (wm[0], wm[1].start), reverse=True)
    if not before or (len(before) > 1 and before[1][0] == before[0][0] == 1):
        return None  # names said once each: none is what the text is about
    span = before[0][1]
    r.spans.setdefault(span.start, span)
    return span.start


def _named_before_aside(r: _Reading, noun: int) -> Optional[int]:
    """The model an aside ending at ``noun`` is set beside ("Kappa, Acme's LLM", 'Kappa — a 70B model'), or None."""
    hyphens = sum(1 for k in range(max(noun - 12, r.start + 1), noun) if r.w(k) == "-" and not r.doc[k - 1].whitespace_)
    for k in range(noun - 1, max(noun - 8 - 2 * hyphens, r.start) - 1, -1):  # 'Japanese-oriented' is one word
        if r.w(k) == "," or (r.w(k) in _DASHES and k > r.start and r.doc[k - 1].whitespace_):
            return k - 1 if r.label(k - 1) == "MODEL" else None
    return None


_DASHES = frozenset({"-", "–", "—", "--"})


def _appositive_after_dash(r: _Reading, dash: int, cue: int) -> bool:
    """True for a dash that opens a noun phrase naming the margin of the figure before ('scores 71.7% — an
    eight-point gap over Y'): a note on the clause before, whose subject it shares."""
    return r.w(dash) != ")" and r.w(dash + 1) in ("a", "an") and r.w(cue) in _MARGIN_NOUNS and cue - dash <= 8 and not any(
        r.is_name(k) or _is_verb_like(r.w(k)) for k in range(dash + 2, cue))


_MARGIN_NOUNS = frozenset({"gap", "lead", "edge", "margin", "advantage"})


def _is_verb_like(w: str) -> bool:
    return w.isalpha() and w.endswith(("ed", "es")) and w not in ("times",)


def _described_by_aside(r: _Reading, end: int) -> Optional[int]:
    """The model an aside opened by an article and closed after ``end`` describes ('Kappa, a model of
    the startup Acme,', 'Kappa, the successor to Y,'), or None."""
    for k in range(end - 1, max(end - 12, r.start) - 1, -1):
        if r.w(k) == ",":
            return k - 1 if r.w(k + 1) in ("a", "an", "the") and r.label(k - 1) == "MODEL" else None
    return None


def _opens_an_item(r: _Reading, cue: int) -> bool:
    """True when a cue verb is the first word of a bullet ('- Outperforms X', '* Beats Y'), or a score
    verb right before the number is ('- Posts 61.2', '- Achieves 70.4 on X')."""
    verb = cue
    if r.w(cue - 1) in r.words_set("score_words") and r.w(cue - 1).endswith("s"):
        verb = cue - 1
    if r.w(verb - 1) == ":" and r.w(verb).endswith("s"):
        k = r.start
        while k < verb - 1 and r.w(k) in _BULLET_MARKS:
            k += 1  # '- Competitive performance: outperforms X': a label of plain words, then the verb
        label = range(k, verb - 1)
        return k > r.start and 0 < len(label) <= 5 and all(r.w(t).isalpha() and not r.label(t) for t in label)
    marks = [r.w(k) for k in range(r.start, verb)] if verb - r.start <= 3 else []
    return bool(marks) and all(m in _BULLET_MARKS for m in marks) and r.w(verb).endswith("s")


_BULLET_MARKS = frozenset({"-", "*", "•", "+", "**"})


_PHRASE_PREPOSITIONS = frozenset({"among", "of", "than", "from", "with", "against", "over", "like", "including", "across",
                                  "between", "versus", "vs"})


def _in_phrase(r: _Reading, noun: int) -> bool:
    """'among the evaluated models': a noun after a preposition is no subject."""
    return any(r.w(k) in _PHRASE_PREPOSITIONS for k in range(max(noun - 4, r.start), noun))


_VERSION_NOUNS = frozenset({"version", "variant", "release", "build", "edition", "checkpoint"})


def _referent(r: _Reading, reference: str, at: Optional[int] = None) -> Optional[int]:
    """The model a reference points back to: 'it' the sentence's own first subject ('X ranks first;
    it trails Y') or else the latest topic; 'the model' opening a sentence the latest topic too, elsewhere
    the most named."""
    if reference == "pronoun" and at is not None:
        opening = _opening_phrase_comma(r)
        own = next((t for t in r.models if t < at and t not in r.taken_objects and (opening is None or t > opening)
                    and r.w(t - 1) not in _COMPARED_AFTER and (
            not r.spans[t]._.is_family or r.w(r.spans[t].end) in r.words_set("generic_model_nouns"))), None)
        if own is not None:
            return own
    if reference == "phrase" and at is not None:
        named = _named_before_dash(r, at)
        if named is not None:
            return named  # 'Acme reveals X — this new small model outperforms Y': X
        opening = _opening_phrase_comma(r)
        own = [t for t in r.models if t < at and t not in r.taken_objects and not r.spans[t]._.is_family
               and (opening is None or t > opening) and r.w(t - 1) not in _COMPARED_AFTER]
        if len(own) == 1 and at - r.start > 2 and r.w(at + 1) not in (",", "(", ":") and not r.is_name(at + 1):
            return own[0]  # 'When Acme released X in May, the model debuted at No. 1': the one model before it
    opening = reference == "phrase" and at is not None and (at - 1 <= r.start or _opens_after_label(r, at)
                                                            or _phrase_opens_sentence(r, at))
    model = r.ctx.topic if (reference == "pronoun" or opening) and r.ctx.topic is not None else r.ctx.salient_model()
    if model is None:
        return None
    r.spans.setdefault(model.start, model)
    return model.start


def _phrase_opens_sentence(r: _Reading, at: int) -> bool:
    """True when the sentence opens with a demonstrative reference phrase ending at ``at`` ('This newer model
    has ...'): the model just named, as 'This model' is ('The new model' is the article's, the most named)."""
    return r.w(r.start) in ("this", "that") and at - r.start <= 4 and all(
        (r.w(k).isalpha() or r.w(k) == "-") and not r.is_name(k) for k in range(r.start + 1, at))


def _opens_after_label(r: _Reading, at: int) -> bool:
    """True when the reference phrase ending at ``at`` opens the text after a label's colon ('- Coding
    (HumanEval): Our model places 3rd'): as at a sentence's start, the model the text is about."""
    k = at - 1
    while k > r.start and at - k < 4 and r.w(k).isalpha():
        k -= 1
    return r.w(k) == ":" and k < at - 1


_COMPARED_AFTER = COMPARING_WORDS | {"over"}  # 'a test against X, it ...': not X


def _named_before_dash(r: _Reading, noun: int) -> Optional[int]:
    """The model named right before a dash or colon that opens the phrase ending at ``noun``
    ('X — this new small AI model ...', 'X: the model ...'), or None."""
    k = noun - 1
    while k > max(r.start, noun - 6) and r.w(k) not in ("this", "the", "that"):
        k -= 1
    if r.w(k) in ("this", "the", "that") and r.w(k - 1) in ("\u2014", "\u2013", "-", ":") and r.label(k - 2) == "MODEL":
        return k - 2
    return None


def _own_subject(r: _Reading, with_at: int, cue: int) -> bool:
    """True when ', with ...' before a cue is a clause with its own unnamed subject ('with its
    preview build at rank 2'); not an aside (', with 72 billion parameters,') nor a modifier of the
    main clause ('..., with an average score of 32.63')."""
    words = [r.w(k) for k in range(with_at + 1, cue)]
    if "," in words:
        return False
    return bool(POSSESSIVE.intersection(words)) or any(w in ("build", "version", "variant", "release", "model")
                                                       for w in words)


def _possessive_vendor(r: _Reading, noun: int) -> Optional[int]:
    """The vendor of "Alibaba's (new) AI model": the name before the possessive, a few words back."""
    k = noun - 1
    while k >= r.start and noun - k <= 5 and r.w(k) in _POSSESSOR_FILLERS:
        k -= 1
    if r.w(k) in POSSESSIVE and r.label(k - 1) == "VENDOR":
        return k - 1
    return None


def vendors_or_model(r: _Reading, i: int, vendors: bool) -> bool:
    return vendors or _stands_for_model(r, i)


def _abbreviation_stop(r: _Reading, i: int) -> bool:
    return r.w(i) == "." and r.w(i - 1) in ("no", "nr", "vs")


_SPEECH_VERBS = frozenset({"said", "says", "claimed", "claims", "reported", "reports", "announced", "announces",
                           "stated", "states", "noted", "notes", "added", "adds", "wrote", "writes", "told", "tells"})
_CLAIMING_VERBS = frozenset({"claimed", "claims", "claiming"})


def _cited_source(r: _Reading, i: int, cue: int) -> bool:
    """True for the maker a sentence cites before a comma ('According to developer Acme, the product beats Y'):
    who says it, no subject."""
    for k in range(i - 1, max(i - 4, r.start - 1), -1):
        if r.w(k) == "according":
            return r.w(k + 1) == "to" and any(r.w(j) == "," for j in range(i + 1, cue))
        if r.is_name(k) or r.w(k) in (",", ";", ":"):
            return False
    return False


def _speaks(r: _Reading, i: int, cue: int) -> bool:
    """True when the name at ``i`` is a speaker ('Acme said ...'), not when a claiming verb takes the cue's
    place as its object ('Acme claimed first place', 'claims the top spot')."""
    if r.w(i + 1) not in _SPEECH_VERBS:
        return False
    return r.w(i + 1) not in _CLAIMING_VERBS or not (r.w(i + 2) in _PLAIN_DETERMINERS or rank_at(r, i + 2)) \
        or any(r.w(k) not in _PLAIN_DETERMINERS for k in range(i + 2, cue))


_NAMING_NOUNS = frozenset({"variant", "version", "edition", "build", "checkpoint", "release"})
_GROUP_OF_VERSIONS = frozenset({"versions", "variants", "editions", "models", "flavours", "flavors", "sizes"})
_PARTICIPLE_LEADS = frozenset({"and", "far", "even", "thereby", "also", "now", "not", "only", "but", "thus", "while",
                               "further", "both", "in", "turn", "just", "so", "still"})


def _closes_dashed_aside(r: _Reading, k: int) -> bool:
    """True for a dash at ``k`` that closes an aside a dash of its kind opened ('X scored 44.9% on A — a hard
    test — surpassing Y'): what follows goes on with the clause before the aside."""
    return r.w(k) in ("\u2014", "\u2013") and any(r.w(j) == r.w(k) for j in range(max(r.start, k - 20), k))


def _participle_subject(r: _Reading, cue: int, skip, set_off_by_dash: bool = False) -> Optional[int]:
    """', surpassing X', ', ranking third' and ', coming second' say something of the sentence's first
    model (a possessor is none: "X matched Y's score, coming second" is X's rank)."""
    if not r.w(cue).endswith("ing") and r.w(cue - 1) == ",":
        k = cue - 2  # '— scoring 51, ahead of X': the participle's clause goes on
        while k > cue - 6 and (_is_number(r.w(k)) or r.w(k) in _VALUE_UNITS):
            k -= 1
        if k < cue - 2 and _is_participle(r.w(k)):
            return _participle_subject(r, k, skip, set_off_by_dash=True)  # (a dash too: '— scoring 51, ahead of')
    if not r.w(cue).endswith("ing"):
        k = cue - 1  # ', coming second', ', coming second just behind X': a participle a few words before
        while k > cue - 9 and not _is_participle(r.w(k)):
            if r.is_name(k) or r.w(k) in (",", ".", ";", ":", "and", "but"):
                return None
            k -= 1
        if not r.w(k).endswith("ing"):
            return None
        cue = k
    k = cue - 1
    while k > cue - 4 and (r.w(k) in _PARTICIPLE_LEADS or r.w(k).endswith("ly") and r.w(k).isalpha()):
        k -= 1  # ', not only surpassing', ', but also surpassing', ', easily beating'
    if r.w(k + 1) in ("but", "yet", "and") and r.w(k) != "," and not r.w(k + 2) == "also":
        earlier = _participle_clause_before(r, k)
        return _subject(r, earlier, skip) if earlier is not None else None  # ', trailing X but outperforming Y'
    subordinated = any(r.w(j) in ("while", "whilst", "thereby") for j in range(k + 1, cue))  # '... while beating X'
    set_off = (",", "\u2014", "\u2013") if set_off_by_dash or _closes_dashed_aside(r, k) else (",",)
    if r.w(k) not in set_off and not subordinated and not (r.w(k + 1) == "but" and r.w(k + 2) == "also"):
        return None  # '..., not only beating X (73.0%) but also exceeding Y': the second participle too
    colon = _item_label_end(r)
    if colon is not None and not any(r.is_name(t) for t in range(colon, colon + 3)):
        return _item_subject(r)  # '- GPQA: 78.3%, beating X's 71.5%': the text's model beats X
    clause = next((j + 1 for j in range(k - 1, max(r.start, k - MAX_REACH), -1)
                   if r.w(j) == "and" and r.w(j - 1) == "," and r.label(j + 1) == "MODEL" and j + 1 not in skip
                   and _verb_after(r, j + 1)), None)
    if clause is not None:
        return clause  # 'X does well, and Y approaches 60%, surpassing all open models': the clause's own subject
    for t in r.models:
        if t >= cue:
            break
        compared_by = _comparison_subject(r, t) if t not in skip else None
        if compared_by is not None:
            return compared_by  # 'It outperformed Y, achieving 83%': the comparison's subject, not Y
        if t in skip or _possessor(r, t) or _maker_before_model(r, t) or _fronted_phrase_end(r, t) is not None \
                or _in_fronted_clause(r, t, cue):
            continue  # ('Although behind Y on A, X ..., scoring 72%': Y is in the opening phrase, no subject)
        if r.w(t + 1) in _NAMING_NOUNS:  # 'The Vega 40B variant acme/vega-40b-instruct did well, scoring ...'
            named = t + 4 if r.w(t + 3) == "/" else t + 2
            if named < cue and r.label(named) == "MODEL":
                return named
        if r.w(t + 1) in _MODEL_NOUNS and r.w(t + 2) == "," and r.label(t + 3) == "MODEL" and t + 3 < cue:
            return t + 3  # 'the largest Vega-2 model, Vega-2-72B-Chat, ..., surpassing X': the name in apposition
        if r.w(t - 1) == "of" and r.w(t - 2) in _GROUP_OF_VERSIONS \
                and r.w(t + 1) == "," and r.label(t + 2) == "MODEL":
            members = [k for k in range(t + 2, cue) if r.label(k) == "MODEL"]
            return members[-1]  # 'two versions of Kite, Kite Pro and Kite Mini, beating X': the versions named
        if not r.spans[t]._.is_family or t <= r.start + 1:
            return t  # a family only as the sentence's subject: 'Kappa matched Y, coming second'
    return _opening_reference(r, cue)


def _opening_reference(r: _Reading, cue: int) -> Optional[int]:
    """'Currently, it is the best open model, beating X': with no name before the participle, the model
    the sentence's opening 'it' or 'the model' points back to."""
    k = r.start
    while k < cue and (r.w(k) in (",", "\n") or r.w(k) in _OPENING_LINKS or (r.w(k).endswith("ly") and r.w(k + 1) == ",")):
        k += 1
    for end in (k, k + 1, k + 2):
        if end < cue and not r.is_name(end) and r.w(end + 1) not in POSSESSIVE:
            reference = _reference_at(r, end)
            if reference is not None and end - (2 if reference == "phrase" else 0) <= k + 2:
                return _referent(r, reference, end)
    return None


def _is_participle(w: str) -> bool:
    """'surpassing', 'scoring': a word that can open a participle phrase ('bring' and 'thing' cannot)."""
    return w.endswith("ing") and w.isalpha() and len(w) > 5 and w not in _NOT_PARTICIPLES


def _participle_clause_before(r: _Reading, k: int) -> Optional[int]:
    """The participle of the last clause set off by a comma ('..., trailing X') that opens before ``k``."""
    return next((j + 1 for j in range(k - 1, max(r.start, k - MAX_REACH) - 1, -1)
                 if r.w(j) == "," and _is_participle(r.w(j + 1))), None)


def _fronted_participle_subject(r: _Reading, cue: int, skip) -> Optional[int]:
    """'Ranking higher than Y, X becomes ...': a participle phrase opening the sentence is about the
    main clause's subject, the first name after its comma."""
    comma = _fronted_phrase_end(r, cue)
    if comma is None:
        return None
    for t in range(comma + 1, min(r.end, comma + 6)):
        if r.is_name(t) and t not in skip and not _possessor(r, t) and not _maker_before_model(r, t):
            return t
        if t == comma + 1 and _reference_at(r, t) == "pronoun":
            return _referent(r, "pronoun", t)  # 'Although slightly behind Y, it beats Z': what 'it' stands for
    return None


_CONCESSIVE = frozenset({"although", "though", "while", "whilst", "despite"})


_CLAUSE_SUBJECT_STARTS = frozenset({"it", "its", "they", "their", "the", "this", "a", "an", "we", "our"})


def _opening_phrase_comma(r: _Reading) -> Optional[int]:
    """The comma closing a phrase with no subject of its own that opens the sentence ('Despite being
    smaller than X,', 'Unlike X,', 'Although slightly behind X,'), or None ('Although X is ...' has one)."""
    first = r.start
    while r.w(first) in ("-", "*", "\u2022", "+", "**") and first < r.end:
        first += 1
    opener = r.w(first)
    if opener in _CONCESSIVE and opener != "despite":
        if r.is_name(first + 1) or r.w(first + 1) in _CLAUSE_SUBJECT_STARTS:
            return None
    elif not (opener in OPENING_PHRASE_WORDS or _is_participle(opener)):
        return None
    return next((k for k in range(first + 1, min(r.end, first + 20)) if r.w(k) == ","), None)


def _fronted_phrase_end(r: _Reading, cue: int) -> Optional[int]:
    """The comma closing a participle phrase that opens the sentence and holds ``cue``, or None."""
    first = r.start
    while r.w(first) in ("-", "*", "\u2022", "+", "**") and first < cue:
        first += 1
    opener = r.w(first)
    concessive = opener in _CONCESSIVE and not any(r.is_name(k) for k in range(first + 1, cue))
    if not (concessive or _is_participle(opener)) or cue < first:
        return None  # ('Although slightly behind Y, X ...': a phrase with no subject of its own, as a participle's)
    comma = next((k for k in range(first + 1, min(r.end, first + 20)) if r.w(k) == ","), None)
    if comma is not None and any(r.w(k).startswith(":") or r.w(k).endswith(":") for k in range(first + 1, comma)):
        return None  # '- **Coding Skills:** X scores 73.8, ...': a label, no participle phrase
    return comma if comma is not None and cue < comma else None


_CLAUSE_OPENERS = _CONCESSIVE | {"whereas"}


def _in_fronted_clause(r: _Reading, t: int, cue: int) -> bool:
    """True when the model at ``t`` is the subject of a clause that opens the sentence, or follows its colon,
    and closes with a comma before ``cue`` ('while X leads A, Y excels at B, scoring 72%'): the main clause's
    subject is another's."""
    opener = t - 1
    while opener > r.start and t - opener <= 3 and r.w(opener) not in _CLAUSE_OPENERS:
        opener -= 1
    if r.w(opener) not in _CLAUSE_OPENERS or not (opener == r.start or r.w(opener - 1) in (":", "\u2014")):
        return False
    comma = next((k for k in range(t + 1, min(cue, t + 20)) if r.w(k) in (",", ";")), None)
    return comma is not None and any(r.label(k) == "MODEL" for k in range(comma + 1, cue))


_COORDINATED_ADVERBS = frozenset({"now", "also", "still", "then", "even", "later", "since", "overall", "only", "just",
                                  "merely", "currently"})
_MANNER_ADVERB = re.compile(r"^[a-z]{4,}ly$")


_HAVING_OR_BEING = frozenset({"is", "was", "has", "had"})


def _predicate_after(r: _Reading, k: int) -> bool:
    """True when a verb (past adverbs: 'but still hits') or 'is'/'has' follows the conjunction at ``k``."""
    j = _after_adverbs(r, k + 1)
    return _verb_after(r, j - 1) or r.w(j) in _HAVING_OR_BEING


def _after_adverbs(r: _Reading, k: int) -> int:
    """The first token from ``k`` on that is no linking adverb ('still', 'also', 'now')."""
    while k < r.end and r.w(k) in _COORDINATED_ADVERBS:
        k += 1
    return k


def _coordinated_verb_subject(r: _Reading, cue: int, skip) -> Optional[int]:
    """'X improves on its predecessor, Y, and outperforms Z': a verb after ', and' shares the clause's
    first subject, not the name just before it."""
    k, verb = cue - 1, cue
    if r.w(k) in _PLACING_VERBS:
        k, verb = k - 1, k  # 'and ranks second': the place is the cue, the verb before it
    while k > cue - 3 and (r.w(k) in _COORDINATED_ADVERBS or _MANNER_ADVERB.match(r.w(k))):
        k -= 1  # ', but now surpasses X', ', and also beats Y', ', and significantly outperforms Z'
    if r.w(k) in _COPULAS and r.w(k - 1) in ("and", "but", "yet"):
        k, verb = k - 1, k  # ', and is second only to X': the copula is the verb
    if not r.w(verb).endswith(("s", "ed")):
        return None
    if r.w(k) == "," and r.w(k - 1) in _SET_OFF_ADVERBS and r.w(k - 2) == ",":
        return None  # 'X led on A; Y, however, scored 49% on B': the verb has its own subject before the aside
    if r.w(k) == "," and r.models and r.models[0] not in skip and _verb_after(r, r.models[0]):
        return r.models[0]  # 'X matches A on B, beats C on D, ...': a run of verbs shares the first subject
    if r.w(k) == "and" and r.w(k - 1) != ",":
        return _shared_subject(r, k, skip)
    if r.w(k) not in ("and", "but", "yet") or r.w(k - 1) != ",":
        return None
    first = next((t for t in r.models if t not in skip and (not r.spans[t]._.is_family or t <= r.start + 1)
                  and not _owns_a_figure(r, t)), None)  # ("up from Y's 31.0%, but trails Z": Y's figure, no subject)
    if first is not None and first < cue - 3:
        return first  # a family only as the sentence's subject: 'Kappa beats X, and even surpasses Y'
    said = _first_compared(r)  # 'it surpassed X, and surpassed all others': the subject a reference pointed to
    return said if said is not None and said not in skip else None


def _shared_subject(r: _Reading, conjunction: int, skip) -> Optional[int]:
    """'X surpasses most models and ranks second': the sentence's one name before 'and', the subject of the
    verb right after it, is the subject of the verb after 'and' too."""
    first = next((t for t in r.models if t not in skip), None)
    if first is not None and _owns_a_figure(r, first):
        return None  # "up from Y's 31.0%, but trails Z": Y's figure, no subject
    opening = _opening_reference_verb(r, conjunction)
    if opening is not None and (first is None or first > opening):
        return _referent(r, "phrase", opening)  # 'This model performs like Y on A and outperforms Z': the model's
    pronoun = _opening_pronoun(r, conjunction)
    if pronoun is not None and (first is None or first > pronoun):
        return _referent(r, "pronoun", pronoun)  # 'It is based on 3.8B parameters but hits 69% on X': the topic's
    if first is None or first >= conjunction or conjunction - first > MAX_REACH or not (
            _verb_after(r, first) or (r.w(conjunction) in ("but", "yet") and r.w(first + 1) in _HAVING_OR_BEING)):
        return None  # ('X is small but hits 69%': the copula's subject is the second verb's too)
    return None if any(r.is_name(t) and not _in_prepositional_phrase(r, t) for t in range(first + 1, conjunction)) \
        else first  # ('X delivers results close to the Y model and outperforms Z': Y is no subject)


def _opening_pronoun(r: _Reading, before: int) -> Optional[int]:
    """'it' opening the sentence, or its main clause after an opening phrase ('Speaking of its size, it ...'), as
    the subject of the verb after it, before token ``before``; else None."""
    opening = _opening_phrase_comma(r)
    k = opening + 1 if opening is not None and opening < before else r.start
    return k if k < before and r.w(k) == "it" and (_verb_after(r, k) or r.w(k + 1) in _HAVING_OR_BEING) else None


def _opening_reference_verb(r: _Reading, before: int) -> Optional[int]:
    """The end of a reference phrase that opens the sentence as a verb's subject ('This model performs
    ...', 'The new model scores ...'), before token ``before``; else None."""
    for k in range(r.start, min(r.start + 5, before)):
        if r.is_name(k):
            return None
        if r.w(k) in _MODEL_NOUNS and _reference_at(r, k) == "phrase" and _verb_after(r, k):
            return k
    return None


def _in_prepositional_phrase(r: _Reading, name: int) -> bool:
    """True for a name a preposition a few words before governs ('close to the proprietary Y model')."""
    return not _verb_after(r, name) and any(r.w(k) in _OBJECT_PREPOSITIONS for k in range(max(r.start, name - 3), name))


def _first_compared(r: _Reading) -> Optional[int]:
    """The token of the sentence's first comparison subject (kept once found: it cannot change after)."""
    if r.first_compared is None:
        said = next((f.subject.span for f in r.findings if f.kind == "comparison" and f.subject.span), None)
        if said is not None:
            r.first_compared = next((t for t, span in r.spans.items() if span.start_char == said[0]), None)
    return r.first_compared


_PLURAL_NOUNS_IN_RS = frozenset({"users", "others", "developers", "researchers", "customers", "members", "parameters",
                                 "layers", "numbers", "papers", "partners", "engineers", "leaders", "winners", "followers",
                                 "benchmarkers", "testers", "voters", "raters", "players", "competitors", "rivals"})


def _verb_after(r: _Reading, name: int) -> bool:
    """True when the word after a name is a verb in the present or past ('X matches', 'X beat'), so the
    name is its subject: a lower-case word ending as verbs do, no preposition, no noun of the list."""
    w = r.w(name + 1)
    return w.isalpha() and w.islower() and (w.endswith(_VERB_ENDINGS) or w in _VERBS_IN_MS) \
        and w not in _UNNAMED_SUBJECTS and w not in _GROUP_NOUNS and w not in _PLURAL_NOUNS_IN_RS


_VERB_ENDINGS = ("es", "ed", "ks", "ts", "ps", "ds", "ls", "rs")
_VERBS_IN_MS = frozenset({"performs"})  # ('-ms' words are mostly nouns: 'systems', 'platforms')


def _opener(r: _Reading, close: int) -> Optional[int]:
    want = "(" if r.w(close) == ")" else None
    for k in range(close - 1, max(r.start - 1, close - MAX_REACH), -1):
        if (want and (r.w(k) == want or r.w(k).startswith("]("))) or (  # '[X](https://...)': a link's target
                not want and r.w(k) in ("\u2013", "\u2014", "--")):
            return k
    return None


def _coordinated(r: _Reading, subject: int, cue: int) -> list[int]:
    """All names sharing the verb: 'models from A, B and C outperformed X' gives A, B, C."""
    dash_close = next((k for k in range(cue - 1, max(subject, cue - MAX_REACH), -1) if r.w(k) in _ASIDE_CLOSE), None)
    if dash_close is not None:
        opener = _opener(r, dash_close)
        # the subjects are named in the aside: 'models – from A, B – beat X', "Acme's Kappa models – A, B and C – all beat X"
        if opener is not None and (opener < subject or r.w(opener - 1) in ("models", "llms", "systems")):
            inside = [t for t in range(opener + 1, dash_close) if r.is_name(t) and not _possessor(r, t)]
            if len(inside) > 1:
                return inside
    listed = [subject]
    if r.w(subject + 1) == "," and r.w(subject + 2) in ("a", "an") and subject + 2 < cue:
        return listed  # 'A and B, a larger model that beats X': the aside and its clause are B's alone
    first = _opening_phrase_end(r, subject)  # 'According to tests by Acme, X beats Y': Acme shares no verb
    if subject > cue:  # 'Ranking behind A and B, X ...': the names of the opening phrase are the cue's objects
        first = max(first, max((k for k in range(cue, subject) if r.w(k) == ","), default=cue) + 1)
    j = subject - 1
    while j >= first:
        if (r.label(j) == "VENDOR" or r.doc[j].text[:1].isupper()) and r.w(j - 1) in ("from", "by") \
                and r.label(j - 2) == "MODEL":
            j -= 2  # 'A from Acme, B from Zenith and C beat X': each maker is said of its model
            continue
        if not (r.w(j) in (",", "and", "&") or r.w(j) in POSSESSIVE or r.is_name(j) or r.w(j + 1) in POSSESSIVE):
            described = _maker_description(r, j)  # "A and start-up Zenith's B": words on the maker
            if described is None and r.w(j) in _EXAMPLES_OPENERS and listed[0] != subject and r.w(subject - 1) == ",":
                return [subject]  # 'of the models tested, including A, B and C, X scored ...': examples, no subjects
            if described is None:
                break
            j = described
            continue
        if r.is_name(j) and r.w(j + 1) == "," and r.w(j - 1) == "of" and r.w(j - 2) in _GROUP_OF_VERSIONS:
            break  # 'two versions of Kite, A and B, beat X': Kite is what A and B are versions of
        if r.is_name(j) and r.w(j - 1) == "against":
            break  # 'Against Y, X scored 60%': Y is the opponent
        if r.is_name(j) and not _possessor(r, j) and not _maker_before_model(r, j):
            listed.insert(0, j)  # 'Acme Kappa-3': the maker before its model is no second subject
        j -= 1
    return listed


_EXAMPLES_OPENERS = frozenset({"including", "like", "as", "namely", "among", "incl"})


def _maker_description(r: _Reading, j: int) -> Optional[int]:
    """Where a few lower-case words describing a maker ('start-up', 'Nasdaq-listed') start, back from
    ``j`` right before the maker's possessive, when 'and' or a comma stands before them; else None."""
    if r.label(j + 1) != "VENDOR" or not _possessor(r, j + 1):
        return None
    k = j
    while k > j - 5 and k >= r.start and r.w(k) != "and" and (r.w(k) == "-" or (r.w(k).isalpha() and r.w(k).islower())):
        k -= 1
    return k if k < j and r.w(k) in (",", "and") else None


_FAMILY_GROUP_NOUNS = frozenset({"variants", "models", "versions"})  # ("the Qwen series" is the family itself)


def _listed_after_article(r: _Reading, article: int, close: int) -> bool:
    """True for ', the recent Z,' in a list of names: an article and at most two describing words
    before a model name, no aside on the name before."""
    k = article + 1
    while k < close and k - article <= 3 and r.w(k).isalpha() and r.w(k).islower() and not r.is_name(k):
        k += 1
    return k < close and r.label(k) == "MODEL"


def _objects(r: _Reading, start: int, skip_words: int = 6) -> list[int]:
    """Names after a comparison cue joined by list glue, up to the clause's end; 'Y's 58.2' and an
    aside in brackets after a name are read past."""
    glue, breaks = r.words_set("list_glue"), r.words_set("clause_breaks")
    found: list[int] = []
    start = _named_members(r, start)
    gap, i = 0, start
    while i < r.end:
        w = r.w(i)
        if w in _EMPHASIS_MARKS:
            i += 1  # '**A**, **B** and **C**': bold names are names
            continue
        if gap and not found and any(q in w for q in _QUOTES):
            break  # '"X beats out our own evals" and "Y ..."': the quote ends before any name
        if w == "," and not found and r.w(start) == "by":
            break  # 'Y trails by a couple, Z another step behind': a margin, and the clause ends
        if w == "," and found and i - 1 == found[-1] and r.w(i + 1) in ("the", "a", "an"):
            close = next((k for k in range(i + 2, min(r.end, i + 16)) if r.w(k) in (",", ".", ";")), None)
            if close is not None and r.w(close) == "," and not _listed_after_article(r, i + 1, close):
                i = close  # 'Y, the "Turbo" model Acme shipped, ...': an aside
                continue
        if w == "(" and found:
            close = next((k for k in range(i, min(r.end, i + 12)) if r.w(k) == ")"), None)
            if close is not None:
                i = close + 1
                continue
        if found and w in glue and r.w(i - 1) == ")":
            members = _next_group_members(r, i + 1)
            if members is not None:
                gap, i = 0, members  # 'both open models (e.g., A, B) and closed APIs (C, D)': each group's names
                continue
        if found and w in ("at", "with") and _is_number(r.w(i + 1)) and r.is_name(i - 1):
            i = _past_units(r, i + 2, _VALUE_UNITS)  # 'ahead of Y at 85.5 and Z at 85.2': a score after an object
            continue
        if found and _is_number(w) and r.w(i - 1) in POSSESSIVE:
            i = _past_units(r, i + 1, _VALUE_UNITS)
            continue
        if found and w in _GAPPED_PREPOSITIONS:
            k = next((k for k in range(i + 1, min(r.end, i + 6)) if r.w(k) in ("and", ",", ".", ";")), None)
            if k is not None and r.w(k) == "and" and r.is_name(k + 1) and r.w(k + 2) in _GAPPED_PREPOSITIONS \
                    and not any(r.label(j) == "BENCHMARK" for j in range(i, k + 6)):
                i = k + 1  # 'beats Y on all tests and Z on most': each object with its own phrase
                continue  # (a benchmark in a phrase would make two comparisons: that stays unread)
        if _is_number(w) and (r.w(i + 1) == "for" or (found and r.w(i - 1) in glue and r.is_name(i + 1))):
            i += 2 if r.w(i + 1) == "for" else 1  # 'beat the 59.8 for Y and 58.3 Z': scores before the objects
            continue
        if w in breaks or w in (".", ";", ":", "\u2013", "\u2014") or (found and _is_number(w)) or (
                found and i in r.cue_starts) or (
                w in _OBJECT_STOPS and (found or gap) and r.w(i - 1) != "-"):  # 'the top-ranked models X
            break
        if not found and w in _GROUP_NOUNS and r.w(i + 1) not in _GROUP_GOES_ON and not r.is_name(i + 1):
            break  # 'ranks below rivals after Acme's update': an unnamed group ('models A and B' names them)
        if _maker_before_model(r, i) and r.w(i + 1) == "(":
            found.append(i + 2)  # 'above Acme (Kite-2)': the maker names the model in brackets
            gap, i = 0, i + 4
            continue
        if r.label(i) == "VENDOR" and r.w(i + 1) in POSSESSIVE and r.w(i + 2) in _RESULT_NOUNS:
            named = _vendors_model_before(r, i)  # "beating Acme's results": the Acme model just named
            if named is not None:
                if named not in found:  # "Y, the version of Acme's model ...": an aside on Y
                    found.append(named)
                gap, i = 0, i + 3
                continue
        if r.label(i) == "VENDOR" and r.w(i + 1) in POSSESSIVE and r.w(i + 2) in _PEOPLE_NOUNS:
            break  # "outscores Acme's chief scientist": a person, no model
        described = _described_model(r, i)
        if described is not None:
            found.append(described)  # "beat Acme's latest open model, Kite-2, on X": the name the phrase describes
            gap, i = 0, described + 1
            continue
        if r.is_name(i) and found and r.w(i - 1) in glue and _compares_next(r, i):
            break  # 'A beats Y and B outperforms Z': B opens a comparison of its own
        if r.is_name(i):
            owner = _possessor(r, i)
            group = r.label(i) == "MODEL" and r.spans[i]._.is_family and r.w(i + 1) in _FAMILY_GROUP_NOUNS
            if not owner and not group and not (r.label(i) == "VENDOR" and _attributes_a_found_model(r, i, found)) \
                    and not _maker_before_model(r, i) \
                    and not (found and r.label(i) == "VENDOR" and r.w(i - 1) == "," and r.w(i + 1) in POSSESSIVE):
                # 'Anthropic Claude': the model's maker; "Y, Acme's best model": an aside on the object;
                # 'and other Kappa variants': a group of the family, no one model
                found.append(i)
            gap = 0
            if owner and r.w(i + 1) in POSSESSIVE:
                i = _possessed(r, i)  # "Acme's open-source X": the words before the model are no gap
                continue
        elif w in POSSESSIVE or w in glue:
            pass
        else:
            gap += 1
            if gap > (skip_words if not found else 2):
                break
        i += 1
    return [k for k in found if not (r.label(k) == "VENDOR" and _members_follow(r, k, found))]


def _next_group_members(r: _Reading, k: int) -> Optional[int]:
    """Where the names of a second group begin when plain words from token ``k`` name a group whose members
    follow in brackets ('closed-source APIs (C, D)'); None otherwise."""
    for j in range(k, min(r.end - 1, k + 8)):
        if r.w(j) == "(":
            first = j + 1 + (r.w(j + 1) in _EXAMPLE_MARKS) + (r.w(j + 1) in _EXAMPLE_MARKS and r.w(j + 2) == ",")
            plural = r.w(j - 1).endswith("s") and r.w(j - 1).isalpha()
            return first if j > k and plural and r.label(first) == "MODEL" else None
        if not (r.w(j).isalpha() and r.w(j).islower() or r.w(j) == "-") or r.is_name(j) or j in r.cue_starts:
            return None
    return None


def _compares_next(r: _Reading, name: int) -> bool:
    """True when a comparison's cue follows the name at ``name``, an adverb apart at most ('B also beats Z')."""
    adverb = r.w(name + 1).endswith("ly") or r.w(name + 1) in ("also", "even", "still")
    return name + 1 in r.compare_starts or (adverb and name + 2 in r.compare_starts)


def _members_follow(r: _Reading, vendor: int, found: list[int]) -> bool:
    """True when the maker's models are named right after it ('Acme models such as A and B', 'models from Acme
    like A'): the named models are the objects, not the maker."""
    k = vendor + 1
    while k < vendor + 4 and (r.w(k) in _GROUP_NOUNS or r.w(k) == "," or r.w(k) in POSSESSIVE):
        k += 1
    k += 2 if r.w(k) == "such" and r.w(k + 1) == "as" else 1 if r.w(k) in ("like", "including", "namely") else r.end
    return k in found


def _attributes_a_found_model(r: _Reading, vendor: int, found: list[int]) -> bool:
    """True for a maker after 'from' or 'by' that says whose an object already found is ('beats Y from Acme');
    the makers of 'models from A and B', with no model among the objects, are the objects."""
    if not found or not _attribution(r, vendor):
        return False
    if any(r.label(t) == "MODEL" for t in found):
        return True
    prep = next((k for k in range(found[0] - 1, max(found[0] - 3, r.start) - 1, -1)
                 if r.w(k) in r.words_set("maker_prepositions")), None)
    return prep is None or r.w(prep - 1) not in ("models", "llms", "systems", "flagships")


_GAPPED_PREPOSITIONS = frozenset({"on", "in", "across", "at"})
_PEOPLE_NOUNS = frozenset({"chief", "ceo", "cto", "founder", "co-founder", "president", "scientist", "scientists",
                           "researchers", "engineers", "staff", "employees", "head", "director", "executives",
                           "experts", "programmers", "developers"})


def _described_model(r: _Reading, i: int) -> Optional[int]:
    """The model a maker's phrase or a phrase with an article at ``i`` describes in apposition ("Acme's top
    model, Kite-2", 'the widely used Acme chatbot, Kite'), or None."""
    if r.label(i) == "VENDOR" and r.w(i + 1) in POSSESSIVE:
        k = i + 2
    elif r.w(i) in ("the", "a", "an"):
        k = i + 1
    else:
        return None
    while k < min(r.end, i + 8) and r.w(k) not in _MODEL_NOUNS and (
            r.w(k).isalpha() and r.label(k) != "MODEL" or r.w(k) == "-"):
        k += 1
    return k + 2 if r.w(k) in _MODEL_NOUNS and r.w(k + 1) == "," and r.label(k + 2) == "MODEL" else None


_RESULT_NOUNS = frozenset({"results", "result", "score", "scores", "model", "entry", "offering", "counterpart"})


def _the_makers_model(r: _Reading, noun: int) -> Optional[int]:
    """What 'the Acme model' refers to: the model of that maker the article named last, when it stood alone
    (not one of 'A and B'); else None."""
    maker = noun - 1
    if not (r.w(noun) in _MODEL_NOUNS and r.label(maker) == "VENDOR" and r.w(maker - 1) == "the"):
        return None
    model = _vendors_model_before(r, maker)
    if model is None:
        return None
    span = r.spans[model]
    doc = span.doc
    beside = {doc[span.start - 1].lower_ if span.start > 0 else "", doc[span.end].lower_ if span.end < len(doc) else ""}
    return None if beside & {"and", ",", "or", "&"} else model


def _vendors_model_before(r: _Reading, vendor: int) -> Optional[int]:
    """The token of the last model of a vendor the article named in the few paragraphs before it, made one
    of the sentence's names; None when it named none."""
    maker = r.spans[vendor]._.canonical
    ents = r.ctx.ents_between(max(0, r.spans[vendor].start_char - 3000), r.spans[vendor].start_char)
    model = next((e for e in reversed(ents) if e.label_ == "MODEL" and e._.vendor == maker), None)
    if model is None:
        return None
    r.spans.setdefault(model.start, model)
    return model.start


_EMPHASIS_MARKS = frozenset({"**", "*", "***", "__", "_", "`"})
_GROUP_GOES_ON = frozenset({"from", "by", "of", "including", "such", "like", "namely", ",", ":", "(", "\u2013", "\u2014",
                            "-", "and", "in", "on"})
_QUOTES = ('"', "\u201c", "\u201d")
_GROUP_WORDS = frozenset({"all", "every", "other", "several", "many", "most", "both", "various", "numerous", "the",
                          "more", "over", "some", "dozens", "hundreds", "a", "leading", "top"})
_MEMBER_MARKS = frozenset({"including", "notably", "namely", "like"})
_EXAMPLE_MARKS = frozenset({"e.g.", "e.g", "eg", "i.e.", "i.e"})


def _named_members(r: _Reading, start: int) -> int:
    """Where the named objects begin when a cue's object is a group: 'all other models under 2B,
    including A, B and C', 'other open models such as A', 'the best model under 200M, A,'."""
    if (r.w(start) not in _GROUP_WORDS and not _is_number(r.w(start))) or r.is_name(start + 1):
        return start  # ('more than 140 models such as A', '40 rivals including A')
    breaks = r.words_set("clause_breaks")
    for k in range(start + 1, min(r.end - 1, start + 14)):
        w = r.w(k)
        if w in (".", ";", ":") or k in r.cue_starts or (w in breaks and not r.is_name(k + 1)) or (
                w == "and" and r.w(k + 1).isalpha() and r.w(k + 1).endswith(("s", "ed")) and r.w(k + 1) != "models"
                and not (r.w(k + 2) in _GROUP_NOUNS or r.w(k + 3) in _GROUP_NOUNS)):  # 'open and closed (source) models'
            break  # 'other 3B models and achieves parity with 4B models including X': X is no member
        if w in _MEMBER_MARKS or (w == "such" and r.w(k + 1) == "as"):
            return k + (2 if w == "such" else 1)
        if w in _EXAMPLE_MARKS:  # 'leading closed-source models (e.g., A, B)'
            return k + 1 + (r.w(k + 1) == ",")
        if w == "," and r.w(start) == "the" and r.is_name(k + 1) and r.w(k + 2) == ",":  # a name is one token
            return k + 1  # an appositive: 'the best model under 200M, A, ...'
        if r.label(k) == "MODEL" and r.w(start) in ("the", "a") and r.w(k + 1) in ("on", "in", "across", "at") and all(
                r.w(t).isalpha() and r.w(t) not in _GROUP_NOUNS and r.w(t) not in _MODEL_NOUNS for t in range(start + 1, k)):
            return start  # 'the larger Y on several tests, including A and B': Y is the object, no group
    return start


def _blocked(r: _Reading, lo: int, hi: int) -> bool:
    """A hedge or negation between a name and its cue, or just before the name, voids the claim."""
    hedges, negations = r.words_set("hedges"), r.words_set("negations")
    for k in range(max(lo - 6, r.start, hi - MAX_REACH), min(hi, r.end)):  # far back is another clause
        w = r.w(k)
        if w == "no" and (r.w(k + 1) == "." or _is_number(r.w(k + 1))):
            continue  # 'No. 1' is a rank
        if w == "not" and r.w(k + 1) in ("only", "just", "merely"):
            continue  # 'not only surpassing X'
        if w == "not" and r.w(k + 1) in ("far", "much", "too") and (r.w(k + 2) in ("behind", "below", "off") or (
                r.w(k + 2) in ("far", "much") and r.w(k + 3) in ("behind", "below", "off"))):
            continue  # 'not far behind', 'not too far behind': close behind
        if w == "could" and r.w(k + 1) in ("only", "just", "barely"):
            continue  # 'could only reach 8%': what it did, at most, no hedge
        if (r.w(k + 1) == "match" and w in ("not", "n't")) or (
                r.w(k + 2) == "match" and r.w(k + 1) in ("not", "n't", "to")):
            continue  # "couldn't match Y's 68%": a comparison's own words, which deny no figure
        if w == "may" and k > r.start and r.doc[k].text == "May":
            continue  # the month: 'the release from May ranked fourth'
        if w == "without" and not r.w(k + 1).endswith("ing"):
            continue  # 'scored 18.8% without tools': a condition, no negation
        if k < lo and w.endswith("ed") and any(r.w(j) in ("the", "a", "an") for j in range(max(k - 3, r.start), k)):
            continue  # 'the (highly) anticipated X': an adjective of the name, no hedge of the claim
        if r.w(k - 1) == "-" and not r.doc[k - 2].whitespace_:
            continue  # 'information-seeking': the end of a compound, no hedge
        if (w in hedges or w in negations) and not (k < lo and any(r.w(j) in (",", ":") for j in range(k + 1, lo))):
            return True  # (a clause set off before the name, 'Among models that do not think, X leads', 'What you
            # should know: X ...', is its own)
    return False


def _used_as_noun(r: _Reading, cue: int) -> bool:
    """True for a cue word after a number, an article or a noun modifier ('48 attention heads')."""
    before = r.w(cue - 1)
    return _is_number(before) or before in ("the", "a", "an", "its", "their", "of", "many", "several", "multiple") \
        or (before.isalpha() and before.islower() and _is_number(r.w(cue - 2)))


def _past(r: _Reading, cue: int) -> bool:
    """'previously the leader', 'once ranked third', 'was #3', 'which had held first place', 'had been
    ranked first': a past rank (the past perfect of holding: a place held before another event; 'had
    climbed to first place' is a place reached), no claim about now."""
    lo = max(cue - 3, r.start)
    window = [r.w(k) for k in range(lo, cue) if not (r.w(k) == "once" and r.w(k + 1) in ("again", "more"))]
    return bool(r.words_set("past_markers").intersection(window)) or _held_until(r, cue) or (
        window[-1:] == ["was"] and r.w(cue).startswith("#")) or (
        "had" in window and any(r.w(k) == "had" and r.w(k + 1) in _HELD_VERBS for k in range(lo, cue)))


def _held_until(r: _Reading, cue: int) -> bool:
    """'on top of the chart until now', 'led the board until last week': a place held up to a time, no longer."""
    for k in range(cue + 1, min(cue + 12, r.end - 1)):
        if r.w(k) in (";", ".", "but", "while", "whereas"):
            return False
        if r.w(k) == "until":
            after = r.w(k + 1)
            # ('until last week, when Y overtook it': the rules for who took the place over read the name after)
            return (after in _UNTIL_TIMES or bool(_YEAR_WORD.fullmatch(after))) and "MODEL" not in r.labels[k - r.start:]
    return False


_UNTIL_TIMES = frozenset({"now", "recently", "last", "earlier", "yesterday", "today", "this"})
_HELD_VERBS = frozenset({"been", "held", "led", "topped", "sat", "occupied", "dominated", "remained", "ranked", "stood"})


def _moved_from(r: _Reading, start: int, end: int) -> bool:
    """True for a place a model moved from: 'up from No. 9', 'down from 3rd', 'from ninth to fourth'."""
    return r.w(start - 1) == "from" and (r.w(start - 2) in _MOVE_WORDS or r.w(end) == "to")


_MOVE_WORDS = frozenset({"up", "down", "climbing", "climbed", "rising", "rose", "jumping", "jumped", "falling", "fell",
                         "dropping", "dropped", "slipping", "slipped", "moving", "moved", "advancing", "advanced"})


def _from_place(r: _Reading, cue: int) -> bool:
    """'pushed X from the top spot', 'displacing X from first place': a place a beaten model left."""
    return r.w(cue - 1) == "from" or (r.w(cue - 1) in ("the", "its", "their") and r.w(cue - 2) == "from")


def _scope(r: _Reading, cue: Optional[int] = None) -> Optional[str]:
    """Among what a rank holds: 'overall'/'globally' by the rank, 'among open-source models', 'in the world'."""
    scopes = r.vocab.mapping("scopes")
    after = [r.w(k) for k in range(cue, min(cue + 4, r.end))] if cue is not None else []
    if set(after) & {"overall", "globally", "worldwide"}:
        return "global"
    adverb = next((w for w in after if w.endswith("ly") and w in scopes), None)
    if adverb is not None:
        return scopes[adverb]  # 'ranking first domestically'
    if r._scope is None:
        r._scope = (_sentence_scope(r, scopes),)
    return r._scope[0]


def _sentence_scope(r: _Reading, scopes: dict) -> Optional[str]:
    for k in range(r.start, r.end):
        w = r.w(k)
        if w in ("among", "of"):
            for nxt in (r.w(k + 1), r.w(k + 2), r.w(k + 3)):
                if nxt in scopes and scopes[nxt] != "global":
                    return scopes[nxt]
        if w in ("globally", "worldwide") or (w == "world" and r.w(k - 1) in ("the", "in")):
            return "global"
    return None


def _off_topic(r: _Reading) -> bool:
    """A sentence about downloads, users, money or markets ranks no model on a benchmark."""
    off = r.words_set("off_topic")
    words = r.words
    placed = {k - r.start for cue, cs, ce in r.cues if cue.label in ("LEAD", "TIE") for k in range(cs, ce)}
    if placed:  # 'A shares the top spot with B': a word of a place phrase, no stock
        words = [w if k not in placed else "" for k, w in enumerate(words)]
    for idiom in r.words_set("off_topic_idioms"):  # 'raised the bar': no money raised
        parts = idiom.split()
        if off.isdisjoint(parts) or parts[0] not in words:
            continue  # (an idiom matters only over an off-topic word, and most sentences hold none)
        for k in range(len(words) - len(parts) + 1):
            if words[k] == parts[0] and words[k:k + len(parts)] == parts:
                words = words[:k] + [""] * len(parts) + words[k + len(parts):]
    first_model = r.models[0] - r.start if r.models else len(words)
    relative = next((k for k in range(first_model + 1, len(words)) if words[k] in _RELATIVE_WORDS), None)
    if relative is not None:
        words = words[:relative]  # '..., a site where people vote': a clause about something else
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
    tests = {a for a, b, c in zip(words, words[1:], words[2:] + [""]) if b in _TEST_NOUNS or c in _TEST_NOUNS}
    tests.update(w for k, w in enumerate(words) if w in _TEST_ADJECTIVES and (
        _describes_a_test(words, r.labels, k) or _describes_a_named_model(words, r.labels, k)))
    # 'popular benchmarks', 'a popular chatbot arena': the word says what kind of test, not of model
    groups = {a for a, b, c in zip(words, words[1:], words[2:] + [""]) if b in _GROUP_NOUNS and c in _MEMBER_MARKS}
    # 'surpasses other popular models like X and Y': the word describes a group the sentence goes on to name
    return not off.isdisjoint(set(words) - tests - groups) or not off.isdisjoint(pairs)


_RELATIVE_WORDS = frozenset({"where", "which", "whose", "who"})
_TEST_ADJECTIVES = frozenset({"popular", "valuable"})


def _describes_a_test(words: list[str], labels: list[str], k: int) -> bool:
    """True when the adjective at ``k`` opens a run of modifiers that ends in a test noun or a benchmark's name
    ('popular, multi-skill academic benchmarks', 'the popular Chatbot Arena leaderboard'), so it says what kind
    of test, not how liked a model is."""
    for j in range(k + 1, min(k + 7, len(words))):
        w = words[j]
        if w in _UNNAMED_SUBJECTS or w in _BENCHMARK_PREPOSITIONS:
            return False  # 'the most popular model on the Arena': the word is said of the model
        if w in _TEST_NOUNS or labels[j] == "BENCHMARK":
            return True
        if not (w in (",", "-", "and") or (w.isalpha() and w.islower())):
            return False
    return False


def _describes_a_named_model(words: list[str], labels: list[str], k: int) -> bool:
    """True when the adjective at ``k`` describes a model named in apposition ('the widely popular Acme chatbot,
    Kite'): how the text introduces a rival, not what it claims ('the most popular model' is the claim)."""
    if k > 0 and words[k - 1] == "most":
        return False
    for j in range(k + 1, min(k + 6, len(words) - 2)):
        if words[j] in _MODEL_NOUNS:
            return words[j + 1] == "," and labels[j + 2] == "MODEL"
        if not (words[j].isalpha() or words[j] == "-"):
            return False
    return False


_TEST_NOUNS = frozenset({"benchmark", "benchmarks", "test", "tests", "evaluations", "leaderboard", "leaderboards", "tasks",
                         "arena", "arenas", "exam", "exams", "suite", "dataset", "datasets"})


# -- values ----------------------------------------------------------------------------------

def _is_number(w: str) -> bool:
    return bool(_NUMBER.match(w))


def _number(w: str) -> Optional[float]:
    return float(w.lstrip("~≈").replace(",", "")) if _is_number(w) else None


def rank_at(r: _Reading, i: int) -> Optional[tuple[int, int]]:
    """(rank, end token) when tokens at ``i`` state a rank: '3rd', 'third', 'twenty-first', 'No. 3',
    '#3', 'number three', 'rank 3'."""
    w = r.w(i)
    ordinals, numbers, tens = r.vocab.mapping("ordinals"), r.vocab.mapping("numbers"), r.vocab.mapping("tens")
    if w in tens and r.w(i + 1) == "-" and r.w(i + 2) in ordinals:
        return tens[w] + ordinals[r.w(i + 2)], i + 3
    if w in ordinals:
        if r.w(i - 1) == "-" and r.w(i - 2) in tens:
            return None  # the end of 'twenty-first', read from its start
        if r.w(i - 1) in ("a", "one", "two") and r.w(i + 1) == "of":
            return None  # 'about a third of its size': a fraction
        if r.w(i - 1) == "-" and r.w(i - 2) in r.vocab.mapping("numbers"):
            return None  # 'at one-tenth the cost', 'two-thirds': a fraction
        if r.w(i - 1) in ("a", "an") and r.w(i + 1) not in r.words_set("place_nouns"):
            return None  # 'a third model', 'a second version': one more, no place
        if w == "second" and (r.w(i - 1) in ("per", "each", "every", "one", "split") or _is_number(r.w(i - 1))):
            return None  # '12 tokens per second', 'a 30 second clip': time, no place
        return ordinals[w], i + 1
    if w in r.vocab.mapping("ordinal_tens"):
        return r.vocab.mapping("ordinal_tens")[w], i + 1
    if w.startswith("runner") and r.w(i - 1) in ("as", "the", "was", "is"):
        return _place_label(r, i)  # 'finished as runner-up', 'is the runner-up': the place the label names
    m = _ORDINAL_SUFFIX.match(w) or _HASH_RANK.match(w)
    if m:
        return int(m.group(1)), i + 1
    nxt = r.w(i + 1)
    if w == "#" and nxt.isdecimal() and len(nxt) <= 3:
        return int(nxt), i + 2
    if w in r.words_set("numbered_places"):
        j = i + 2 if nxt == "." or (nxt == "-" and w == "number") else i + 1  # 'No. 2', 'the number-two spot'
        if r.w(j).isdecimal() and len(r.w(j)) <= 3 and not (w == "rank" and r.w(j + 1) in ("of", "out")):
            return int(r.w(j)), j + 1
        if w == "number" and r.w(j) in numbers:
            return numbers[r.w(j)], j + 1
        if r.w(j) in r.vocab.mapping("place_numbers"):
            return r.vocab.mapping("place_numbers")[r.w(j)], j + 1  # 'Platz fünf', 'puesto cinco'
    return None


def _rank_context(r: _Reading, i: int, end: int) -> bool:
    """An ordinal is a rank only in rank context: 'ranked third', 'in second place', 'No. 2'."""
    w = r.w(i)
    if _in_a_range(r, i):
        return False  # 'between 2nd and 4th place', 'anywhere from second to fourth': no one place
    if r.w(end) == "-" and r.w(end + 1) in ("ranked", "placed", "best", "highest"):
        return True  # 'the second-ranked model'
    if r.w(end) in r.words_set("not_rank_after") and not (r.w(end) == "-" and r.doc[end - 1].whitespace_):
        return False  # ('first-time', 'third-party'; 'rank 32 - a drop' is a dash that sets the place apart)
    if r.w(i - 1) in POSSESSIVE or r.w(i - 1) in ("its", "their", "our"):
        return False  # "Acme's first code model", 'its second release': which of the maker's, no place
    if r.w(end) in ("best", "highest", "strongest") and r.w(end + 1) not in ("of", "in", "for"):
        return True  # 'the third best performing model': a superlative after the place, unhyphenated
    if w.startswith("#") or w in r.words_set("numbered_places"):
        return True
    if w.startswith("runner"):  # 'is the runner-up': a place noun of its own ('over the runner-up' is a rival)
        return r.w(i - 1) != "the" or r.w(i - 2) in ("is", "was", "are", "were", "as", "became", "becomes", "remains") \
            or r.w(end) in r.words_set("place_nouns")  # 'took the runner-up spot'
    if r.w(i - 1) == "(" and r.w(end) == ")" and r.label(i - 2) == "MODEL" and w not in ("first", "second"):
        return True  # 'A (3rd), B (4th) and C (9th)'; '(second)' is more often time than place
    before = {r.w(k) for k in range(max(i - 3, r.start), i)}
    after = r.w(end)
    if r.w(i - 1) == "to" and any(r.w(k) == "from" and rank_at(r, k + 1) is not None for k in range(max(i - 5, r.start), i - 1)):
        return True  # 'from 10th place to third': the place moved to
    if r.label(i - 1) == "MODEL" and r.w(i - 2) in ("and", ",") and after in (".", ",", ";", "", "and") \
            and _placed_before(r, i - 2):
        return True  # 'with A in second and B third': the place phrase of A, left out for B
    if r.label(i - 1) == "MODEL" and after == "at" and _is_number(r.w(end + 1)):
        return True  # 'with Y tied at 88.6% and Z third at 80.6%': a name, its place and its score
    if r.w(i - 1) == "for" and any(r.w(k) in _TIE_WORDS for k in range(max(i - 8, r.start), i - 1)):
        return True  # 'tied with X for third'
    if r.w(i - 1) in _MODEL_NOUNS and _reference_placed_at(r, i):
        return True  # 'ranking the Chinese model first'
    if r.w(i - 1) == "the" and after not in r.words_set("place_nouns"):
        if _shares_place_noun(r, end):
            return True  # 'took the 1st, 3rd and 10th spots'
        return after in (".", ",", ";", "") and bool(before & _PLACING_VERBS)  # 'is ranked at the 6th.'
    return bool(before & r.words_set("rank_verbs")) or after in r.words_set("place_nouns") or after in (
        "globally", "overall", "worldwide", "behind", "among", "on", "in", "with", "after", "respectively", ",")


_RANGE_OPENERS = frozenset({"anywhere", "ranging", "ranges", "range", "varying", "varies"})


def _in_a_range(r: _Reading, i: int) -> bool:
    """True for an ordinal that opens or closes a range of places ('between 2nd and 4th', 'anywhere from second
    to fourth'); a move ('climbed from 10th to third') is no range."""
    before = r.w(i - 1)
    if before == "between" or (before == "from" and r.w(i - 2) in _RANGE_OPENERS):
        return True
    if before not in ("and", "to"):
        return False
    for k in range(i - 2, max(i - 6, r.start - 1), -1):
        if r.w(k) == "between" and before == "and":
            return True
        if r.w(k) == "from" and before == "to":
            return r.w(k - 1) in _RANGE_OPENERS
    return False


def _placed_before(r: _Reading, end: int) -> bool:
    """True when a name placed by a phrase ('in second', 'at No. 4', 'third place') comes before ``end``."""
    for k in range(max(end - 12, r.start), end):
        found = rank_at(r, k) if r.w(k - 1) in _PLACING_WORDS or r.w(k + 1) in r.words_set("place_nouns") else None
        if found is not None and r.label(k - 2 if r.w(k - 1) in _PLACING_WORDS else k - 1) == "MODEL":
            return True
    return False


_PLACING_WORDS = frozenset({"in", "at", "is", "was", "ranks", "ranked", "placed", "places", "finished", "came", "sits"})


def _shares_place_noun(r: _Reading, end: int) -> bool:
    """True when a list of ranks after an ordinal ends in a place noun: ', 3rd and 10th spots'."""
    k, ranks = end, 0
    while k < min(end + 12, r.end):
        if r.w(k) in (",", "and", "or"):
            k += 1
            continue
        rank = rank_at(r, k)
        if rank is None:
            break
        ranks, k = ranks + 1, rank[1]
    return ranks > 0 and r.w(k) in r.words_set("place_nouns")


_PLACING_VERBS = frozenset({"ranked", "ranks", "placed", "places", "finished", "finishes", "came", "comes"})


def _top_n(r: _Reading, i: int) -> Optional[tuple[int, int]]:
    """(n, end) for 'top 10', 'top-5', 'top ten' in 'in the top 10', 'made the top three', and for 'the
    first two spots'."""
    joined = _JOINED_TOP.match(r.w(i))  # 'top-5' as one token
    if r.w(i) == "first" and r.w(i - 1) == "the":  # 'took the first two spots': the top two, no first place
        n = _count(r, i + 1)
        return (n, i + 2) if n is not None and n >= 2 and r.w(i + 2) in r.words_set("place_nouns") else None
    if r.w(i) != "top" and joined is None:
        return None
    j = i if joined else i + 2 if r.w(i + 1) == "-" else i + 1
    n = int(joined.group(1)) if joined else _count(r, j)
    wider = _count(r, j + 2) if n is not None and r.w(j + 1) in ("-", "\u2013", "to", "or") else None
    if wider is not None and wider > n:
        n, j = wider, j + 2  # 'in the top 4 - 6 models': within the wider of the two
    if n is None or n < 2:
        return None
    if r.w(i - 1) == "the" and r.w(i - 2) == "of" and _count(r, i - 3) is not None:
        return None  # 'four of the top five': a count of places, no place of one model
    if r.w(i - 2) == "of" and r.w(i - 3) == "out":
        return None  # 'fell out of the top five': no longer in it
    reach = 3 if r.w(i - 1) in _TOP_SCOPES else 2  # 'entering the global top 15'
    before = {r.w(k) for k in range(max(i - reach, r.start), i)}  # 'in the top 10', 'made the top three', 'top-5 spot'
    if not before.isdisjoint(_INTO_TOP_WORDS) or r.w(j + 1) in r.words_set("place_nouns"):
        return n, j + 1
    if r.w(i - 1) == "the" and r.w(i - 2) == "out" and r.w(i - 3).startswith("round"):
        return n, j + 1  # 'A and B round out the top five' ('fell out of the top five' is none)
    return None


_TOP_SCOPES = frozenset({"global", "overall", "worldwide", "domestic"})
_JOINED_TOP = re.compile(r"^top-(\d{1,3})$")
_INTO_TOP_WORDS = frozenset({"in", "into", "among", "made", "making", "make", "makes", "of", "within", "inside",
                             "ranks", "ranked", "rank", "ranking",  # 'ranks top 5': in the top five
                             "entered", "enter", "enters", "entering", "cracked", "crack", "cracks", "cracking",
                             "joined", "join", "joins", "joining", "reached", "reach", "reaches", "reaching"})


def _approximate(r: _Reading, i: int) -> bool:
    """'clustered around the fifth position', 'roughly 10th': a place given as near, no place to check."""
    return r.w(i - 1) in _NEAR_PLACE or (r.w(i - 1) == "the" and r.w(i - 2) in _NEAR_PLACE)


def _top_size(r: _Reading, top: int) -> Optional[int]:
    """N of 'top N' or 'top-N' (one token or three) at the word 'top', or None."""
    if r.w(top) != "top":
        return _count_word(r, r.w(top)[4:]) if r.w(top).startswith("top-") else None
    return _count(r, top + 2) if r.w(top + 1) == "-" else _count(r, top + 1)


def _made_by_after(r: _Reading, k: int, names: list[int]) -> bool:
    """True when a verb of origin and one of ``names`` follow at ``k`` ('four come from X', 'are by X')."""
    k += r.w(k) in ("come", "came", "are", "were", "belong", "belonged", "hail")
    return r.w(k) in ("from", "by", "to") and k + 1 in names


def _count(r: _Reading, i: int) -> Optional[int]:
    return _count_word(r, r.w(i))


def _count_word(r: _Reading, w: str) -> Optional[int]:
    """The whole number a word writes ('10', 'ten'), or None."""
    if w.isdecimal() and len(w) <= 3:
        return int(w)
    return r.vocab.mapping("numbers").get(w)


def _values(r: _Reading) -> list[_Value]:
    """Every rank the sentence states, in order (top-N included); found once per sentence."""
    if r.values is None:
        r.values = _find_values(r)
    return r.values


def _find_values(r: _Reading) -> list[_Value]:
    found, i = [], r.start
    while i < r.end:
        top = _top_n(r, i)
        if top is not None:
            found.append(_Value("rank", top[0], i, top[1], top_n=True))
            i = top[1]
            continue
        if _tied_for_the_top(r, i):
            found.append(_Value("rank", 1, i, i + 2))  # 'tied with Y for the top spot': first place, shared
            i += 2
            continue
        rank = rank_at(r, i) if not _approximate(r, i) else None
        listed = bool(found) and not found[-1].top_n and 1 <= i - found[-1].end <= 2 and all(
            r.w(k) in (",", "and", "or", "&") for k in range(found[-1].end, i))  # 'ranked 2nd, 4th and 9th'
        if rank is not None and 0 < rank[0] <= 500 and (listed or _rank_context(r, i, rank[1])):
            found.append(_Value("rank", rank[0], i, rank[1]))
            i = rank[1]
            while r.w(i) in (",", "and") and r.w(i + 1).isdecimal() and len(r.w(i + 1)) <= 3:
                found.append(_Value("rank", int(r.w(i + 1)), i + 1, i + 2))  # 'number 4 and 5'
                i += 2
            continue
        i += 1
    return found


def _tied_for_the_top(r: _Reading, i: int) -> bool:
    """True at 'top' of 'for the top spot' after a tie with a name ('tied with Y for the top spot')."""
    return r.w(i) == "top" and r.w(i + 1) in r.words_set("place_nouns") and r.w(i - 1) == "the" \
        and r.w(i - 2) == "for" and any(cue.label == "TIE" and r.w(cs + 1) == "with" and cs < i - 2 <= cs + 10
                                        for cue, cs, _ in r.cues)


# -- rules ------------------------------------------------------------------------------------

def _ranked_item(r: _Reading) -> None:
    """'1. Claude Opus 4.6 (Thinking): ...' in a numbered list that ranks: the item's number is its rank."""
    block = r.block
    if block is None or block.kind != "item" or block.number is None or r.sent.start_char > block.start + 8:
        return
    first = next((i for i in range(r.start, min(r.end, r.start + 8)) if r.w(i) not in _ITEM_MARKS
                  and r.w(i) != str(block.number) and not _owner_prefix(r, i)), None)
    if first is not None and r.label(first) != "MODEL" and r.w(first) in _DETERMINERS:
        named = [k for k in range(first, r.end) if r.label(k) == "MODEL" and k in r.spans]
        first = named[0] if len(named) == 1 else first  # '6. The last one was X': the item's one model
    if first is None or r.label(first) != "MODEL" or not _ranking_list(r, block) or _states_its_own_claim(r, block.number):
        return
    number = next((k for k in range(first - 1, -1, -1) if r.doc[k].idx < block.start or r.doc[k].text == str(block.number)),
                  None)  # the item's number, in this sentence or just before it ('- 1.' set apart as its own)
    at = number if number is not None and r.doc[number].text == str(block.number) else r.start
    _make(r, "rank", first, first, 0.75, rank=block.number, value_span=(at, at + 1))
    r.ranked.add(first)
    _item_score(r, first)


def _place_labelled_item(r: _Reading) -> None:
    """'- 1st: X', '- #2 – Y', '- Third place: Z': a list item labelled with a place gives it to the model
    the label opens; so does a line of its own labelled in words ('Top: X — 82.6%', 'Winner: Y')."""
    block = r.block
    if block is None:
        return
    own_line = r.start == 0 or "\n" in r.doc[r.start - 1].text_with_ws
    if (block.kind != "item" or r.sent.start_char > block.start + 8) and not own_line:
        return
    i = r.start
    while i < r.end and r.w(i) in _ITEM_MARKS:
        i += 1
    place = rank_at(r, i) if block.kind == "item" and r.sent.start_char <= block.start + 8 else None
    place = place or _place_label(r, i)
    if place is None:
        return
    rank, k = place
    if r.w(k) in r.words_set("place_nouns"):
        k += 1
    if r.w(k) not in (":", "-", "\u2013", "\u2014"):
        return
    k += 1
    while k < r.end and r.w(k) in ("**", "*", "__"):
        k += 1
    if k < r.end and r.label(k) == "MODEL" and k not in r.ranked and not _first_of_a_list(r, k):
        _make(r, "rank", k, i, 0.75, rank=rank, value_span=(i, place[1]))
        r.ranked.add(k)


def _first_of_a_list(r: _Reading, name: int) -> bool:
    """'Top: A (1145), B (1145)': a name a list goes on after (its value in brackets between) is one of
    several the label is said of, no place of its own."""
    k = name + 1
    if r.w(k) == "(":
        while k < r.end and r.w(k) != ")":
            k += 1
        k += 1
    return r.w(k) in (",", "and", "&") and r.label(k + 1) == "MODEL"


def _place_label(r: _Reading, i: int) -> Optional[tuple[int, int]]:
    """(rank, end token) for a label that names a place in words: 'Winner', 'Runner-up'."""
    labels = r.vocab.mapping("place_labels")
    if r.w(i) in labels:
        return labels[r.w(i)], i + 1
    joined = r.w(i) + r.w(i + 1) + r.w(i + 2)
    return (labels[joined], i + 3) if r.w(i + 1) == "-" and joined in labels else None


def _medal_line(r: _Reading) -> None:
    """'🥈 Claude 3.7 Sonnet' opening a line: the medal is the place of the model right after it."""
    medal = r.doc[r.start].text if r.start < r.end else ""
    if medal not in MEDAL_PLACES or (r.start > 0 and "\n" not in r.doc[r.start - 1].text_with_ws):
        return  # a medal inside a sentence marks nothing here
    if _medal_on_a_next_line(r.ctx.text, r.doc[r.start].idx, medal):
        return  # the same medal down the lines beside: a tier, many models in it, no place
    model = r.start + 2 if r.w(r.start + 1) in _DETERMINERS else r.start + 1  # '🥉 Previous Gemini 2.5'
    if r.label(model) == "MODEL" and model not in r.ranked:
        _make(r, "rank", model, r.start, 0.7, rank=MEDAL_PLACES[medal], value_span=(r.start, r.start + 1))
        r.ranked.add(model)


def _medal_on_a_next_line(text: str, at: int, medal: str) -> bool:
    """True when the line before or after the one opening with ``medal`` at ``at`` opens with it too."""
    start = text.rfind("\n", 0, at)
    before = text.rfind("\n", 0, max(start, 0)) + 1 if start > 0 else -1
    end = text.find("\n", at)
    return (before >= 0 and text[before:start].lstrip().startswith(medal)) or (
        end >= 0 and text[end + 1:end + 1 + 200].lstrip(" \t").startswith(medal))


_ITEM_MARKS = frozenset({"-", "*", ".", ")", "`", "**", "*", "[", "]", "/", "—", "–", ":", "(", "|", "\u2022", "\u25aa", "\u25e6"})


def _owner_prefix(r: _Reading, i: int) -> bool:
    """'MaziyarPanahi' and '/' of 'MaziyarPanahi/calme-3.2': an owner id before a model."""
    return (r.label(i) == "VENDOR" and r.w(i + 1) == "/") or (r.w(i) == "/" and r.label(i + 1) == "MODEL")


def _item_score(r: _Reading, model: int) -> None:
    """'3. X — 50.78', '1. X: 1402', '2. X 48.1': the number right after a ranked item's name is its score on the
    list's board."""
    k = model + 1
    while k < r.end and k - model <= 4 and r.w(k) in _ITEM_MARKS:
        k += 1
    value = _number(r.w(k)) if k < r.end else None
    if value is None or r.label(k):
        return
    end = k + 2 if r.w(k + 1) in ("%", "percent") else k + 1
    if r.w(end) in r.words_set("not_score_after") or (k == model + 1 and any(
            not r.doc[t].is_space and r.w(t) != "." for t in range(end, r.end))):
        return  # ('1. X 70 billion ...'; a value right after the name only where it ends the item: '1. X 69.3')
    bench = _benchmark(r, model, "score")
    unit = "%" if end == k + 2 else ("elo" if bench.id == "chatbot-arena" and value >= 500 else None)
    _make(r, "score", model, k, 0.75, value=value, unit=unit, value_span=(k, end), benchmark=bench)


_VALUE_DASHES = frozenset({"\u2014", "\u2013", "-", ":", "|"})


def _value_first_item(r: _Reading) -> None:
    """'- 3206 \u2014 X (1st place)', '- 87.3%: X': an item that opens with a value and a dash before a
    name gives that name the value, on the benchmark its list is about (label, lead-in or heading)."""
    block = r.block
    if block is None or block.kind != "item" or r.sent.start_char > block.start + 8:
        return
    k = next((i for i in range(r.start, min(r.end, r.start + 4)) if r.w(i) not in _ITEM_MARKS), None)
    value = _number(r.w(k)) if k is not None and not r.label(k) else None
    if value is None:
        return
    end = k + 2 if r.w(k + 1) in ("%", "percent") else k + 1
    mark = end
    while mark < end + 2 and r.w(mark) in ("*", "**", "_"):
        mark += 1  # '- **62.3%**: X': the value's emphasis closes before the dash
    if r.w(mark) not in _VALUE_DASHES or r.label(mark + 1) != "MODEL":
        return
    bench = r.ctx.context_benchmark(r.sent.start_char)
    own = next((i for i in r.benches if i > mark + 1), None)  # '- 62.3%: X accuracy on A': the item names it
    if own is not None:
        bench = _note(r, own)
    elif bench.id is None or bench.source == "article":
        return  # a list of figures with nothing to say what they measure
    unit = "%" if end == k + 2 else ("elo" if bench.id == "chatbot-arena" and value >= 500 else None)
    _make(r, "score", mark + 1, k, 0.75, value=value, unit=unit, value_span=(k, end), benchmark=bench)


_STANDINGS_NOUNS = frozenset({"standings", "leaderboard", "rankings", "ranking", "order"})


def _ordered_standings(r: _Reading) -> None:
    """'The standings are: A at 88.7%, B at 87.6%, C at 85.0%': names listed after a colon with falling
    values, in a sentence about standings, hold the places of their order."""
    colon = next((k for k in range(r.start, r.end) if r.w(k) == ":"), None)
    if colon is None or not any(r.w(k) in _STANDINGS_NOUNS for k in range(max(r.start, colon - 4), colon)):
        return
    listed = []
    for k in range(colon + 1, r.end):
        if r.label(k) == "MODEL" and r.w(k + 1) in ("at", "with", ":", "\u2013", "\u2014") and _is_number(r.w(k + 2)):
            listed.append((k, _number(r.w(k + 2))))
    values = [v for _, v in listed]
    if len(listed) < 3 or any(a <= b for a, b in zip(values, values[1:])) or r.ranked & {k for k, _ in listed}:
        return
    for place, (k, _) in enumerate(listed, start=1):
        _make(r, "rank", k, k, 0.7, rank=place)
        r.ranked.add(k)


def _lead_in_rank(r: _Reading) -> None:
    """'Second place is a three-way tie, featuring:' over a list of bare names: each name holds that place."""
    last = next((i for i in range(r.end - 1, r.start - 1, -1) if r.w(i).strip()), None)
    if last is None or r.w(last) != ":" or any(r.label(i) == "MODEL" for i in range(r.start, r.end)):
        return
    places = [found for found in (rank_at(r, i) for i in range(r.start, r.end)) if found is not None
              and _rank_context(r, found[1] - 1, found[1])]
    if len({rank for rank, _ in places}) != 1:
        return
    layout = r.ctx.layout
    block = r.block
    if block is None:
        return
    k = layout.index_of(block) + 1
    items = []
    while k < len(layout.blocks) and layout.blocks[k].kind == "item":
        items.append(layout.blocks[k])
        k += 1
    names = [_bare_name(r, item) for item in items]
    if len(names) < 2 or None in names or layout.lead_in(items[0], r.ctx.text) is None:
        return
    rank, end = places[0]
    for name in names:
        r.spans.setdefault(name.start, name)
        made = _make(r, "rank", name.start, end - 1, 0.7, rank=rank, value_span=(end - 1, end))
        if made is not None:
            made.evidence = (made.evidence[0], name.end_char)  # from the lead-in to the name it gives the place


_BRACKETED = re.compile(r"\([^()]*\)")


def _bare_name(r: _Reading, item: Block) -> Optional[Span]:
    """The one model an item consists of ('- Kite-3-Exp (preview)'), or None."""
    ents = r.ctx.ents_between(item.start, item.end)
    if len(ents) != 1 or ents[0].label_ != "MODEL":
        return None
    rest = (r.ctx.text[item.start:ents[0].start_char] + r.ctx.text[ents[0].end_char:item.end]).strip()
    rest = _BRACKETED.sub("", rest).strip(" -*\u2022\u25aa\u25e6.,;")
    return ents[0] if not rest else None


def _states_its_own_claim(r: _Reading, number: int) -> bool:
    """'2. X ranks first among domestic models': an item that says another rank, or a comparison, is a
    finding in a list, and its number no rank ('2. GPT-4o: close second' agrees with its number)."""
    if any(cue.label in ("OUTPERFORM", "TRAIL", "TIE") or cue.label == "LEAD" and number != 1 for cue, _, _ in r.cues):
        return True
    ranks = (rank_at(r, k) for k in range(r.start + 2, min(r.end, r.start + 40)))
    return any(found is not None and found[0] != number for found in ranks)


def _ranking_list(r: _Reading, block) -> bool:
    """A numbered list ranks when the lines above it speak of a ranking ('top', 'leaderboard', 'rank', a
    superlative: 'the models with the highest scores')."""
    blocks = r.ctx.layout.blocks
    k = r.ctx.layout.index_of(block)
    while k > 0 and blocks[k - 1].kind == "item":
        k -= 1
    lead = " ".join(r.ctx.text[b.start:b.end].lower() for b in blocks[max(0, k - 2):k] if b.kind != "table")
    return bool(_RANKING_LEAD.search(lead))


_RANKING_LEAD = re.compile(r"\b(?:top|rank\w*|leaderboard|hierarchy|best|standings|order|highest|strongest|smartest"
                           r"|leading|most (?:capable|powerful|intelligent|advanced)|platz|rang|classement|clasificaci\w+"
                           r"|classifica\w*|peringkat)\b|排名|排行|榜|순위|ランキング|順位")


def _inline_ranked(r: _Reading) -> None:
    """'1 Qwen/Qwen2-72B 2 meta-llama/Llama-3-70B 3 ...': numbers before names in order rank them."""
    pairs = []
    for i in range(r.start, r.end):
        if r.label(i) != "MODEL":
            continue
        j = i - 1
        while j >= r.start and (r.w(j) == "/" or r.label(j) == "VENDOR" or not r.w(j).strip()):
            j -= 1
        number = r.w(j) if j >= r.start else ""
        if number.isdecimal() and len(number) <= 2 and (j == r.start or not r.is_name(j - 1) or r.w(j - 1) != "/"):
            pairs.append((int(number), i, j))
        else:
            pairs.append((None, i, None))
    numbered = [p for p in pairs if p[0] is not None]
    ranks = [p[0] for p in numbered]
    if len(numbered) < 3 or ranks != sorted(ranks) or len(set(ranks)) != len(ranks):
        return
    for k, (rank, i, j) in enumerate(pairs):
        if rank is None and k + 1 < len(pairs) and pairs[k + 1][0] == 2:
            rank = 1
        if rank is not None:
            _make(r, "rank", i, i, 0.8, rank=rank, value_span=(j, j + 1) if j is not None else None)
            r.ranked.add(i)


def _comparisons(r: _Reading) -> None:
    """'X outperformed Y and Z', 'X trails Y', 'X was outscored by Y', 'behind only X and Y' (+ a rank),
    'X sits between Y and Z', 'Compared with Y, X scored higher'."""
    _fronted_comparison(r)
    _knocked_off_the_top(r)
    _followed_in_a_ranking(r)
    speed_or_cost = _about_speed_or_cost(r)  # '2x faster time-to-first-token and lower latency compared to Y'
    for cue, start, end in r.cues:
        if cue.label == "BETWEEN":
            _between(r, start, end)
            continue
        if cue.label not in ("OUTPERFORM", "TRAIL"):
            continue
        if cue.names_benchmark and not any(r.label(k) == "BENCHMARK" for k in range(start, end)):
            continue  # 'higher on average than Y' is no 'higher on X than Y'
        if r.is_name(end - 1):
            board = next((k for k in range(end, min(end + 4, r.end)) if r.w(k) in _BOARD_NOUNS), None)
            if board is not None and not any(r.w(k) in ("on", "in", "at", "across") for k in range(end, board)):
                continue  # 'tops the Acme University LLM ranking': the name is the board's, no rival
            end -= 1  # 'leads X by 5 points': the name is the object
        relation = "outperforms" if cue.label == "OUTPERFORM" else "trails"
        if _less_is_better(r, start):
            relation = "trails" if relation == "outperforms" else "outperforms"  # 'a lower error rate than X'
        if r.w(start - 1) in ("or", "/") and (r.w(start - 2) in _PARITY_VERBS or (
                r.w(start - 2) in ("to", "with", "as") and r.w(start - 3) in _PARITY_WORDS)) \
                or (r.w(end) == "/" and r.w(end + 1) in _PARITY_VERBS):
            continue  # 'matches or exceeds Y', 'close to or better than Y', 'beat/matched Y': as good at least
        inverted = _inverted_trailers(r, start, end) if cue.label == "TRAIL" else []
        if r.w(start) in ("behind", "below") and not cue.only and not _place_before(r, start) \
                and not _after_comparison(r, start) and not inverted and r.w(start - 1) not in _BEHIND_VERBS:
            continue  # 'the company behind ChatGPT' ('B follows behind': B trails)
        if cue.label == "OUTPERFORM":
            _beats_all(r, start, end)
            _beats_previous_best(r, start, end)
        if speed_or_cost or _measures_cost(r, start):
            continue  # no test's result: 'a lower inference cost than Y'
        if r.w(start) in ("above", "below") and (r.w(start - 1) in _DOCUMENT_PARTS or r.w(start + 1) in _DOCUMENT_PARTS
                                                 or r.w(start + 2) in _DOCUMENT_PARTS):
            continue  # 'the table above, X beats Y', 'as shown in (the) above figure': where in the page, no comparison
        objects = [o for o in _objects(r, end) if not _earlier_models_of(r, o)]
        if cue.label == "OUTPERFORM" and r.w(end) in ("all", "every"):
            objects = [o for o in objects if o not in _excepted(r, end + 1)]  # 'beats every model except Y'
        fronted = _fronted_phrase_end(r, start)
        if fronted is not None:
            objects = [o for o in objects if o < fronted]  # 'Beating Y, X ...': X is no object
        subject = _subject(r, start, r.taken_objects)  # a passive pattern already says which way it goes
        if inverted and subject is None:
            subject, objects = inverted[-1], []  # 'Close behind are A and B': the names after the verb trail
        if subject is None and (_after_comparison(r, start) or _joined_after_margin(r, start)):
            subject = _joined_comparison_subject(r, start)  # "X hit 68.8%, double Y's 37.6% and ahead of Z"
        said_of_model = subject is not None and subject in r.spans and r.spans[subject].label_ == "MODEL"
        if not objects and said_of_model and r.w(end) == "it":
            objects = _pronoun_object(r, subject, start)  # 'X is level with Y, trailing it by 0.2 points'
        if not objects and said_of_model and _plural_pronoun(r, end):
            objects = _pronoun_objects(r, subject, start)  # 'Despite being smaller than A or B, X beats them'
        implied = cue.label == "TRAIL" and not objects and subject is not None
        if implied:
            objects = _implied_leader(r, subject, start, end)
        if not objects and subject is not None:
            objects = _listed_below(r)  # 'X outperforms leading models, including:' and a list of names
        if not objects and subject is not None and (r.w(end) in _ON_WORDS or r.w(end - 1) in _ON_WORDS):
            objects = _compared_before(r, subject)  # 'X beats Y on A. It trails on B.': Y again
        if not implied:
            r.taken_objects.update(objects)  # a name the cue points at is never a later cue's subject
        if subject is None and objects and not _past(r, start) and _plural_reference(r, start, pronoun=False):
            for subj in _named_before(r):  # 'A, B and C are out. These models outperform X': each of them
                if subj not in objects and all(r.spans[o].text != r.spans[subj].text for o in objects):
                    _make(r, "comparison", subj, start, 0.7, relation=relation, objects=objects)
            continue
        if not objects or subject is None or _blocked(r, subject + 1, start) or _past(r, start):
            continue
        r.object_subject.update((o, (subject, start)) for o in objects)
        for subj in inverted if subject in inverted else _coordinated(r, subject, start):
            if subj != subject and subj in r.taken_objects and subj not in objects:
                continue  # 'A beats Y and B beats Z': Y, an earlier cue's object, is no subject beside B
            others = [o for o in objects if o != subj and r.spans[o].text != r.spans[subj].text
                      and not r.spans[o].text.startswith(r.spans[subj].text + " (")]  # 'Bard (Gemini Pro)' is Bard
            if others and cue.passive and relation == "outperforms":
                for other in others:  # 'X leads, trailed by A and B': each name after 'by' trails X
                    _make(r, "comparison", other, start, 0.75, relation="trails", objects=[subj])
            elif others:
                _make(r, "comparison", subj, start, 0.75, relation=relation, objects=others)
            if cue.only and relation == "trails":
                stated = next(((v.start, v.end) for v in _values(r)
                               if not v.top_n and v.value == len(others) + 1), None)
                _make(r, "rank", subj, start, 0.8, rank=len(others) + 1, scope=_scope(r, start), value_span=stated)
                r.ranked.add(subj)  # ('second, behind only X': the place as the sentence writes it)
    if not speed_or_cost:
        _comparative_compared(r)  # after the cues: a name they took as an object is no subject of its own


_BETTER = frozenset({"higher", "better", "stronger", "more", "excels", "excelled", "excel"})
# what a model does better to have less of: 'less bias', 'a lower error rate', 'fewer hallucinations'
_BAD_NOUNS = frozenset({"bias", "biases", "error", "errors", "hallucination", "hallucinations", "toxicity", "perplexity",
                        "loss", "latency", "latencies", "mistakes"})


def _followed_in_a_ranking(r: _Reading) -> None:
    """'A, B and C followed X in the rankings': each name before the verb trails the one after it (the board
    phrase is what makes 'followed' a place in a ranking, not a later move)."""
    for k in range(r.start + 1, r.end - 3):
        if r.w(k) not in ("followed", "follow", "follows") or r.label(k + 1) != "MODEL":
            continue
        leader = k + 1
        after = leader + 1
        while r.label(after) == "MODEL" and r.spans.get(after) is None:
            after += 1
        if r.w(after) not in ("in", "on") or not (r.w(after + 1) in _BOARD_NOUNS or (
                r.w(after + 1) in ("the", "its", "their") and r.w(after + 2) in _BOARD_NOUNS)):
            continue
        subject = _subject(r, k, r.taken_objects)
        if subject is None or subject == leader or _past(r, k):
            continue
        r.taken_objects.add(leader)
        for subj in _coordinated(r, subject, k):
            if r.label(subj) == "MODEL":
                _make(r, "comparison", subj, k, 0.75, relation="trails", objects=[leader])


def _knocked_off_the_top(r: _Reading) -> None:
    """'X knocked Y off the top spot', 'Y was pushed from first place by X': a displacing verb, its object and
    the top place it lost; X beats Y (Y trails X, said in the passive) and is first. (Verbs that beat on their
    own, 'ousted', are cues.)"""
    verbs = r.words_set("displacing_verbs")
    own_cues = {start for cue, start, _ in r.cues if cue.label == "OUTPERFORM"}
    for k in range(r.start, r.end):
        if r.w(k) not in verbs or k in own_cues:
            continue
        passive = r.w(k - 1) in ("been", "was", "were", "is", "are", "being", "got", "gets")
        beaten = k + 1
        if not passive and r.label(beaten) == "VENDOR" and r.w(beaten + 1) in POSSESSIVE:
            beaten += 2  # "knocked OpenAI's X off"
        place = _top_place_lost(r, k + 1 if passive else beaten + 1)
        if place is None or (not passive and r.label(beaten) != "MODEL"):
            continue
        if passive:
            beaten = _subject(r, k, r.taken_objects)
            by = next((j for j in range(place[1], min(place[1] + 6, r.end)) if r.w(j) in ("by", ",", ";", ".")), None)
            winner = by + 1 if by is not None and r.w(by) == "by" else None
            if winner is not None and r.label(winner) != "MODEL" and r.w(winner + 1) in POSSESSIVE:
                winner += 2  # "by Acme's X"
            if winner is not None and r.label(winner) != "MODEL":
                winner = None
        else:
            winner = _subject(r, k, r.taken_objects | {beaten})
        if beaten is None or winner is None or winner == beaten or r.label(beaten) != "MODEL" \
                or _blocked(r, min(winner, beaten) + 1, k) or _past(r, k):
            continue
        if passive:  # the sentence's subject is the beaten model: it trails, as 'was outscored by X' does
            _make(r, "comparison", beaten, k, 0.75, relation="trails", objects=[winner])
            r.taken_objects.add(winner)
        else:
            _make(r, "comparison", winner, k, 0.75, relation="outperforms", objects=[beaten])
            r.object_subject[beaten] = (winner, k)
            if place[2]:
                r.taken_objects.add(beaten)  # ('down to third place' is the beaten model's place: it stays a holder)
        if winner not in r.ranked and r.label(winner) == "MODEL" and place[2]:
            _make(r, "rank", winner, k, 0.75, rank=1, value_span=place[:2])
            r.ranked.add(winner)


_BOARD_WORDS = frozenset({"open", "-", "source", "open-source", "llm", "llms", "ai", "model", "leaderboard", "arena",
                          "chatbot", "overall", "text", "global"})


def _top_place_lost(r: _Reading, k: int) -> Optional[tuple[int, int, bool]]:
    """(start, end, the top?) of the place phrase at ``k`` a displaced model loses or falls to: 'off the top
    spot', 'from first place', 'out of the No. 1 position' (the top), 'down to third place', 'into second
    place'; else None."""
    start, places = k, r.words_set("place_nouns")
    if r.w(k) == "down" and r.w(k + 1) in ("to", "into"):
        k += 1
    if r.w(k) in ("to", "into"):  # 'pushed Y into second place', 'knocked Y down to third'
        rank = rank_at(r, k + 1) if r.w(k + 1) != "the" else rank_at(r, k + 2)
        return (start, rank[1] + (r.w(rank[1]) in places), False) if rank is not None and rank[0] > 1 else None
    if r.w(k) == "out" and r.w(k + 1) == "of":
        k += 1
    if r.w(k) not in ("off", "from", "of"):
        return None
    k += 1
    if r.w(k) in ("the", "its", "their"):
        k += 1
    board_end = k
    while board_end < k + 6 and (r.label(board_end) == "BENCHMARK" or r.w(board_end) in POSSESSIVE
                                 or r.w(board_end) in _BOARD_WORDS):
        board_end += 1  # "from the Arena's top spot", 'from Open-Source LLM Top Spot': whose top it was
    if r.w(board_end) == "top" and r.w(board_end + 1) in places:
        k = board_end
    if r.w(k) == "first" or (r.w(k) == "top" and r.w(k + 1) in places):
        return start, k + 2 if r.w(k + 1) in places else k + 1, True
    if r.w(k) == "top" and r.w(k + 1) == "of" and r.w(start) == "off":
        return start, k + 2, True  # 'knocked Y off the top of the board'
    if r.w(k) in ("no.", "number", "#") and r.w(k + 1) in ("1", "one"):
        return start, k + 3 if r.w(k + 2) in places else k + 2, True
    return None


_DOCUMENT_PARTS = frozenset({"table", "chart", "graph", "figure", "image", "list", "section", "screenshot", "plot",
                             "results", "tweet", "post", "video", "diagram"})
_SPEED_OR_COST = frozenset({"faster", "slower", "latency", "latencies", "cheaper", "throughput", "memory",
                           "time-to-first-token", "tokens/s", "price", "prices", "pricing", "cost", "costs"})
_QUALITY_WORDS = frozenset({"performance", "benchmark", "benchmarks", "score", "scores", "accuracy", "quality",
                            "results", "leaderboard", "ranking", "elo"})


def _about_speed_or_cost(r: _Reading) -> bool:
    """True for a sentence that compares speed, memory or cost and names no test, score or quality."""
    words = set(r.words)  # (two such words at least: 'X, the cheaper model, beat Y' still compares results)
    return len(_SPEED_OR_COST & words) >= 2 and _QUALITY_WORDS.isdisjoint(words) and not r.benches


def _measures_cost(r: _Reading, word: int) -> bool:
    """True when a comparative at ``word`` measures a cost, a price or a delay ('50% lower inference cost
    per unit compared to Y'), or its subject is a make-up of the model ("X's active-parameter ratio is higher
    than Y's"): no result of a test."""
    return _comparative_of(r, word, _COSTS) or _said_of_a_measure(r, word) or _measure_before(r, word)


_MAKE_UP = _COSTS | frozenset({"ratio", "ratios", "parameters", "size", "sizes", "footprint", "memory", "throughput",
                               "speed", "window", "windows", "length", "vocabulary", "count", "counts"})


def _measure_before(r: _Reading, word: int) -> bool:
    """True for a comparative whose clause, before it, is about a cost or a make-up with no result word
    ('cutting costs to 12 times lower than Y', 'its memory use is 4x lower than Y')."""
    if r.w(word) not in _COMPARATIVES:
        return False
    breaks = r.words_set("clause_breaks")
    for k in range(word - 1, max(r.start, word - 8) - 1, -1):
        w = r.w(k)
        if w in breaks or w in (",", "and", ":") or w in _QUALITY_WORDS or w in _PERFORMING_VERBS \
                or r.label(k) == "BENCHMARK":
            return False
        if w in _MAKE_UP or w in _ENERGY:
            return True
    return False


_ENERGY = frozenset({"energy", "power", "electricity", "compute", "emissions"})
_PERFORMING_VERBS = frozenset({"performs", "performed", "performing", "does", "did", "scored", "scoring", "fares",
                               "fared", "achieves", "achieved", "ranks", "ranked"})  # 'with half the parameters, performs better'


def _said_of_a_measure(r: _Reading, word: int) -> bool:
    """True for a comparative whose subject noun, before a copula, names a make-up or a cost ('ratio is higher')."""
    if r.w(word) not in _COMPARATIVES:
        return False
    k = word - 1
    while k > r.start and (r.w(k).endswith("ly") or r.w(k) in ("much", "far", "even", "still", "also")):
        k -= 1
    return (r.w(k) in _COPULAS or r.w(k) in ("are", "were")) and r.w(k - 1) in _MAKE_UP


def _comparative_of(r: _Reading, word: int, nouns: frozenset) -> bool:
    """True when a comparative at ``word`` measures one of ``nouns`` in the two words after it."""
    return r.w(word) in _COMPARATIVES and any(r.w(k) in nouns for k in range(word + 1, min(r.end, word + 3)))


def _less_is_better(r: _Reading, word: int) -> bool:
    """True when a comparative at ``word`` measures something bad ('lower error rate', 'less bias'), so
    lower is better."""
    return _comparative_of(r, word, _BAD_NOUNS)
_WORSE = frozenset({"lower", "worse", "weaker", "less"})
_COMPARATIVES = _BETTER | _WORSE


def _fronted_comparison(r: _Reading) -> None:
    """'Compared with Y, X scored higher on GPQA': the names of the opening phrase are what the
    sentence's subject is compared with, and its comparative says which way."""
    k = r.start
    while r.w(k) in _EMPHASIS_MARKS or r.w(k) in ("-", "*", "\u2022"):
        k += 1
    if r.w(k) not in ("compared", "relative") or r.w(k + 1) not in ("with", "to"):
        return
    comma = next((j for j in range(k + 2, min(r.end, k + 14)) if r.w(j) == ","), None)
    if comma is None:
        return
    objects = [j for j in range(k + 2, comma) if r.is_name(j) and not _possessor(r, j)]
    subject = next((j for j in range(comma + 1, min(r.end, comma + 6)) if r.is_name(j) and not _possessor(r, j)), None)
    if not objects or subject is None:
        return
    word = next((j for j in range(subject + 1, min(r.end, subject + 6)) if r.w(j) in _COMPARATIVES), None)
    if word is None or r.w(word + 1) == "than" or _blocked(r, subject + 1, word):
        return
    relation = "outperforms" if r.w(word) in _BETTER else "trails"
    _make(r, "comparison", subject, word, 0.7, relation=relation, objects=objects)


def _comparative_compared(r: _Reading) -> None:
    """'X achieves higher scores on KMMLU compared to Y and Z': a comparative before 'compared to' (or
    'relative to') in the clause says which way the subject stands to the names after it."""
    breaks = r.words_set("clause_breaks")
    for i in range(r.start, r.end):
        if r.w(i) not in _COMPARATIVES or _measures_cost(r, i):
            continue  # ('lower inference cost compared to Y': no result of a test)
        k = next((j for j in range(i + 1, min(r.end - 1, i + 7)) if _ends_compared_with(r, j + 1)), None)
        if k is None or any(r.w(j) in breaks or r.w(j) in (".", ";") or r.is_name(j) and r.label(j) == "MODEL"
                            for j in range(i + 1, k)):
            continue
        objects = [o for o in _objects(r, k + 2, skip_words=1) if o not in r.taken_objects]
        subject = _subject(r, i, r.taken_objects) if objects else None
        if subject is None or subject in objects or _blocked(r, subject + 1, i):
            continue
        better = (r.w(i) in _BETTER) != _less_is_better(r, i)  # 'less bias compared to X' is better
        _make(r, "comparison", subject, i, 0.7, relation="outperforms" if better else "trails", objects=objects)
        r.taken_objects.update(objects)


_PREVIOUS = frozenset({"previous", "prior", "former", "old", "earlier", "existing"})
_BEST_NOUNS = frozenset({"best", "record", "state-of-the-art", "sota", "high", "leader", "top"})


def _beats_previous_best(r: _Reading, start: int, end: int) -> None:
    """'surpassing the previous best score of 61.2%', 'surpasses the previous state-of-the-art model': a new
    best is first place."""
    k = end + 1 if r.w(end) == "the" else end
    if r.w(k) not in _PREVIOUS:
        return
    words = {r.w(j) for j in range(k + 1, min(r.end, k + 8))}
    if not words & _BEST_NOUNS and not ({"state", "art"} <= words):
        return
    subject = _subject(r, start, r.taken_objects, vendors=False)
    if subject is None or subject in r.ranked or _blocked(r, subject + 1, start) or _past(r, start):
        return
    _make(r, "rank", subject, start, 0.7, rank=1, scope="state of the art", value_span=(start, k + 1))
    r.ranked.add(subject)


def _compared_before(r: _Reading, subject: int) -> list[int]:
    """The models the sentence before compared the same subject with ('X beats Y on A. It trails on B.':
    Y), or the subject it compared this one with ('Y wins on B.': X), made names of this sentence; a comparison
    earlier in the sentence itself comes first ('X beats Y on A, while trailing on B': Y)."""
    name = r.spans[subject].text.lower()
    for f in r.findings:
        if f.kind == "comparison" and f.subject.text.lower() == name:
            own = [t for t, span in r.spans.items() for o in f.objects if o.span and span.start_char == o.span[0]]
            if own:
                return own
    if r.ctx.compared is None:
        return []
    said, objects = r.ctx.compared
    if said.text.lower() == name:
        others = objects
    elif len(objects) == 1 and objects[0].text.lower() == name:
        others = [said]
    else:
        return []
    for span in others:
        r.spans.setdefault(span.start, span)
    return [span.start for span in others]


_ON_WORDS = frozenset({"in", "on", "at", "across", "for"})


def _pronoun_object(r: _Reading, subject: int, cue: int) -> list[int]:
    """The model an object 'it' stands for: the last other model named before the cue in the sentence."""
    named = [k for k in r.models if k < cue and k != subject and not r.spans[k]._.is_family
             and r.spans[k].text != r.spans[subject].text]
    return named[-1:]


def _plural_pronoun(r: _Reading, k: int) -> bool:
    """'them', 'both of them', 'all of them' at token ``k``, or a demonstrative before a plural noun ('these
    specialists', 'those rivals')."""
    return r.w(k) == "them" or (r.w(k) in ("both", "all") and r.w(k + 1) == "of" and r.w(k + 2) == "them") \
        or _demonstrative_plural(r, k)


def _demonstrative_plural(r: _Reading, k: int) -> bool:
    noun = r.w(k + 1)
    return r.w(k) in ("these", "those") and noun.isalpha() and noun.endswith("s") and not r.is_name(k + 1) \
        and r.doc[k + 1].text.islower()


def _pronoun_objects(r: _Reading, subject: int, cue: int) -> list[int]:
    """The models an object 'them' stands for: every other model named before the cue in the sentence, or
    with none there, those the sentence before named (none when fewer than two: 'them' is plural)."""
    own = r.spans[subject].text
    named = [k for k in r.models if k < cue and k != subject and r.spans[k].text != own and not _possessor(r, k)]
    if named:
        return named if len(named) >= 2 else []
    before = [e for e in r.ctx.named_before if e.text != own and e.end <= r.start]  # 'A and B lead. C sits behind them.'
    beaten = {e.start for e in r.ctx.compared[1]} if r.ctx.compared is not None else set()
    before = [e for e in before if not compared_with(e) and e.start not in beaten]  # 'A and B beat Y. X beats
    # these rivals': A and B, not what they were set against
    for e in before:
        r.spans.setdefault(e.start, e)
    return [e.start for e in before] if len(before) >= 2 else []


def _beats_all(r: _Reading, start: int, end: int) -> None:
    """'X outperforms all other open-access models on MT-Bench': first among the group the words say."""
    if r.w(end) not in ("all", "every"):
        return
    nouns = _GROUP_NOUNS | _SINGLE_GROUP_NOUNS if r.w(end) == "every" else _GROUP_NOUNS
    noun = next((k for k in range(end + 1, min(r.end, end + 6)) if r.w(k) in nouns), None)
    if noun is None or any(r.is_name(k) for k in range(end + 1, noun)):
        return
    if r.w(noun) in _SINGLE_GROUP_NOUNS and (r.w(noun + 1) not in _AFTER_EVERY_MODEL or _named_members(r, end) != end):
        return  # 'every model below 2B, including A and B': a group the named members stand for
    subject = _subject(r, start, r.taken_objects, vendors=False)
    if subject is None or subject in r.ranked or r.label(subject) != "MODEL" or _blocked(r, subject + 1, start) \
            or _past(r, start):
        return
    words = [r.w(k) for k in range(end + 1, noun + 1) if r.w(k) not in ("other", "the")]
    scope = " ".join(words) if len(words) > 1 or r.w(noun) not in _SINGLE_GROUP_NOUNS else None
    excepted = _excepted(r, noun + 1)
    _make(r, "rank", subject, start, 0.7, rank=len(excepted) + 1, scope=scope, value_span=(start, noun + 1))
    r.ranked.add(subject)
    if excepted:  # 'beats every model except A and B': third, behind each of them
        _make(r, "comparison", subject, start, 0.7, relation="trails", objects=excepted)
        r.taken_objects.update(excepted)


def _excepted(r: _Reading, k: int) -> list[int]:
    """The names after 'except (for)', 'save', 'other than' a few words on: those a group leaves out."""
    for j in range(k, min(r.end, k + 6)):
        if r.w(j) in (".", ";") or r.is_name(j):
            return []
        if r.w(j) in ("except", "excepting", "save", "bar") or (r.w(j) == "other" and r.w(j + 1) == "than"):
            first = j + 2 if r.w(j + 1) in ("for", "than") else j + 1
            return [o for o in _objects(r, first) if r.label(o) == "MODEL"]
    return []


_GROUP_NOUNS = frozenset({"models", "llms", "systems", "chatbots", "competitors", "rivals", "peers", "baselines",
                          "competition", "field", "pack", "leaders"})  # 'lagged behind the competition': no one model
_SINGLE_GROUP_NOUNS = _MODEL_NOUNS | {"competitor", "rival"}
_AFTER_EVERY_MODEL = frozenset({".", ",", ";", "on", "in", "to", "except", "excepting", "save", "bar", "other", "so", ""})


def _between(r: _Reading, start: int, end: int) -> None:
    """'X sits somewhere between Y and Z': X is above the first and below the second."""
    objects = _objects(r, end)
    subject = _subject(r, start, r.taken_objects)
    if len(objects) != 2 or r.w(objects[0] + 1) != "and" or subject is None or _blocked(r, subject + 1, start):
        return
    r.taken_objects.update(objects)
    _make(r, "comparison", subject, start, 0.7, relation="outperforms", objects=[objects[0]])
    _make(r, "comparison", subject, start, 0.7, relation="trails", objects=[objects[1]])


_BEHIND_VERBS = frozenset({"follows", "followed", "following", "comes", "came", "coming", "sits", "sat", "lies",
                           "lay", "lands", "landed", "finishes", "finished"})  # 'B follows behind (with 1297)'


def _implied_leader(r: _Reading, subject: int, start: int, end: int) -> list[int]:
    """Whom 'close behind' or 'trailed behind' trails when no name follows: the name before the
    subject ('B sits third, with C close behind'), else the model the text is about."""
    if any(r.w(k) in _GROUP_NOUNS for k in range(end, min(r.end, end + 6))):
        return []  # 'not far behind other larger models': an unnamed group is what it trails
    if (r.w(start - 1) in ("close", "closely", "just", "right", "significantly", "far", "well")
            or r.w(start - 1) in _BEHIND_VERBS) and subject < start:
        first = min(_coordinated(r, subject, start))  # 'with A and B following closely behind': both trail
        leader = _subject(r, first, r.taken_objects)
        k = first - 1
        while r.w(k) in POSSESSIVE or r.label(k) == "VENDOR":
            k -= 1
        if leader is None and r.w(k) == "with" and r.w(k - 1) == ",":
            leader = _subject(r, k - 1, r.taken_objects)  # 'X took the top spot, with A close behind': X
        if leader is not None and r.label(leader) == "MODEL":
            return _coordinated(r, leader, leader + 1)  # 'A and B tie for first, with C close behind': both
    topic = r.ctx.topic
    if r.w(end - 1) == "behind" and topic is not None and topic.start != subject:
        r.spans.setdefault(topic.start, topic)
        return [topic.start]
    return []


def _inverted_trailers(r: _Reading, start: int, end: int) -> list[int]:
    """'Close behind are A and B', 'Just behind it is A': a trailing phrase opening the sentence, a verb,
    then the names that trail (none when anything else opens the sentence)."""
    if any(r.w(k) not in _NEAR_ADVERBS and r.w(k) not in _ITEM_MARKS for k in range(r.start, start)):
        return []
    k = end + 1 if r.w(end) == "it" else end
    k = _past_qualifiers(r, k)
    if r.w(k) not in _INVERTING_VERBS and r.w(k) not in ("are", "were"):
        return []
    names, k = [], k + 1
    while k < r.end and (r.is_name(k) or r.w(k) in (",", "and", "(", ")") or r.w(k) in POSSESSIVE
                         or r.w(k + 1) in POSSESSIVE or r.w(k) in _VALUE_UNITS or _is_number(r.w(k))):
        if r.label(k) == "MODEL" and not _possessor(r, k):
            names.append(k)
        k += 1
    return names


_NEAR_ADVERBS = frozenset({"close", "closely", "just", "right", "not", "far", "and", "following", "hot", "only"})


def _margin_follows(r: _Reading, end: int) -> bool:
    """'holds a lead of 12 points over X': the lead is a margin over X, no first place ('the top score of 84.8%'
    is the score itself)."""
    if r.w(end - 1) in _SCORE_NOUNS:
        return False
    k = end + 1 if r.w(end) == "of" else None
    while k is not None and r.w(k) in _APPROXIMATE:
        k += 1
    return k is not None and _is_number(r.w(k))


def _by_a_margin(r: _Reading, end: int) -> bool:
    """'the best model by a wide margin': how far ahead, not who made the model or led the list."""
    return r.w(end) == "by" and r.w(end + 1) in ("a", "an") and any(
        r.w(k) in ("margin", "mile", "distance") for k in range(end + 2, min(end + 5, r.end)))


_SCORE_NOUNS = frozenset({"score", "scores", "result", "results", "performance", "average", "mark", "rating"})


def _list_opener(r: _Reading, i: int) -> int:
    """The word before the list of names ``i`` ends ('with' in "traded blows with Acme's X and Y")."""
    k = i
    while k > r.start and (r.is_name(k - 1) or r.w(k - 1) in (",", "and") or r.w(k - 1) in POSSESSIVE):
        k -= 1
    return k - 1


def _lead_by_margin(r: _Reading, start: int, end: int) -> bool:
    """'leads VeraBench by 16.3 points', 'a 9.7-point lead on VeraBench': a lead over the other model on a test, no
    first place ('leads the Vera leaderboard by 4 points' is first place on a board)."""
    if r.w(start - 1) in ("point", "points", "pts", "percentage-point") and r.w(start) in ("lead", "leads"):
        return True
    k, tests = end, []
    while k < min(r.end, end + 6) and (r.label(k) == "BENCHMARK" or r.w(k) in ("the", "on", "in")):
        if r.label(k) == "BENCHMARK":
            tests.append(r.spans[k]._.canonical if k in r.spans else None)
        k += 1
    return bool(tests) and not r.ctx.boards.intersection(tests) and r.w(k) == "by" and _is_number(r.w(k + 1))


def _top_places(r: _Reading) -> None:
    """'A, B and C held the top four slots', 'Acme and Zeta models dominate the top 5 positions': each
    name is in the top N; one maker's or family's models holding them all are a count."""
    for verb in range(r.start + 1, r.end - 4):
        if r.w(verb) not in _HOLDING_VERBS or r.w(verb + 1) != "the" or r.w(verb + 2) != "top" \
                or r.w(verb + 4) not in _TOP_PLACES or (_count(r, verb + 3) or 1) < 2:
            continue
        subject = _subject(r, verb, r.taken_objects)
        if subject is None or _blocked(r, subject + 1, verb) or _past(r, verb):
            continue
        holders, top_n = _coordinated(r, subject, verb), _count(r, verb + 3)
        if len(holders) == 1 and (r.label(subject) == "VENDOR" or r.spans[subject]._.is_family):
            _make(r, "count", subject, verb, 0.7, count=top_n, top_n=top_n, value_span=(verb, verb + 5))
            continue  # "Acme's models hold the top three slots": three of the top three are Acme's
        for holder in holders:
            if holder not in r.ranked:
                _make(r, "rank", holder, verb, 0.75, top_n=top_n, value_span=(verb, verb + 5))
                r.ranked.add(holder)


def _top_listed(r: _Reading) -> None:
    """'The top five on the Acme board are A, B, C, D and E', 'the top three: A, B and C', 'the leading
    three models, A, B and C, ...', 'the top tier went to four models: A, B, C and D': each name listed is
    in the top N (the order of a list is no rank unless it says so)."""
    for k in range(r.start, r.end - 3):
        top = _top_group(r, k)
        if top is None:
            continue
        n, j = top
        while j < min(k + 12, r.end) and r.w(j) not in _LISTING_VERBS and r.w(j) not in (".", ";", *_APPOSITION_MARKS):
            j += 1
        apposition = r.w(j) in _APPOSITION_MARKS  # 'the top three models, A, B and C, are', 'the top three (A, B, C)'
        if not (apposition or r.w(j) in _LISTING_VERBS) or _blocked(r, k, j) or _past(r, j):
            continue
        if not n:  # 'the top tier was held by four models: ...': the count is the group's
            counts = (_count(r, i) for i in range(k + 2, j))
            n = next((c for c in counts if c is not None and c >= 2), 0)
            if not n or not any(r.w(i) in _MODEL_GROUP_NOUNS for i in range(k + 2, j)):
                continue
        if r.w(j + 1) in _HELD_PARTICIPLES and r.w(j + 2) == "by":
            j += 2  # 'the top three positions are held by A, B and C'
        if r.w(j) != ":" and r.w(j + 1) == ":":
            j += 1  # 'the top three models are: A, B and C'
        names = _objects(r, j + 1, skip_words=1)
        exact = apposition or not top[0]  # a list the count does not name as the top's: all N, and closed
        closer = ")" if r.w(j) == "(" else r.w(j)
        if not 2 <= len(names) <= n or any(r.label(t) != "MODEL" for t in names) or (exact and (
                len(names) != n or (apposition and r.w(_name_end(r, names[-1])) not in (closer, ".", ";")))):
            continue
        ordered = len(names) == n and _in_score_order(r, names)
        for place, name in enumerate(names, 1):
            if name not in r.ranked:
                if ordered:  # 'the top four: A at 1502, B at 1500, C at 1498 and D at 1494': each its place
                    _make(r, "rank", name, k, 0.7, rank=place, scope=_scope(r, k), value_span=(k - 1, k + 2))
                else:
                    _make(r, "rank", name, k, 0.7, top_n=n, scope=_scope(r, k), value_span=(k - 1, k + 2))
                r.ranked.add(name)


_APPOSITION_MARKS = (",", "\u2014", "\u2013", "(")  # what sets off the names of 'the top three' after it
_TOP_GROUP_NOUNS = frozenset({"tier", "group", "bracket", "echelon", "spots", "places", "positions", "slots"})
_MODEL_GROUP_NOUNS = frozenset({"models", "llms", "systems", "chatbots", "entries", "entrants", "contenders"})


def _top_group(r: _Reading, k: int) -> Optional[tuple[int, int]]:
    """(n, the index after it) for 'the top three', 'the top-3', 'the leading three' at ``k``; n is 0 for
    'the top tier', whose count comes with the list."""
    w = r.w(k)
    if w not in ("top", "leading") and not w.startswith("top-"):
        return None
    if r.w(k - 1) != "the" and not (r.w(k - 1) in _TOP_SCOPES and r.w(k - 2) == "the"):
        return None  # 'the top three', 'the global top tier'
    joined = _JOINED_TOP.match(w)
    if joined:
        n, after = int(joined.group(1)), k + 1
    elif r.w(k) in ("top", "leading"):
        at = k + 2 if r.w(k + 1) == "-" and r.w(k) == "top" else k + 1
        n, after = _count(r, at), at + 1
        if n is None and r.w(k) == "top" and r.w(k + 1) in _TOP_GROUP_NOUNS:
            return 0, k + 2
    else:
        return None
    return (n, after) if n is not None and n >= 2 else None


def _name_end(r: _Reading, name: int) -> int:
    """The index after the name that starts at ``name``."""
    return r.spans[name].end if name in r.spans else name + 1


def _in_score_order(r: _Reading, names: list[int]) -> bool:
    """True when each listed name has its value right after it ('A at 1502, B at 1500') and the values fall
    from first to last: the list says its order is the ranking's."""
    values = []
    for name in names:
        k = _name_end(r, name)
        if r.w(k) in ("at", "with", "(", ":", "-"):
            k += 1
        value = _number(r.w(k))
        if value is None:
            return False
        values.append(value)
    return all(a > b for a, b in zip(values, values[1:]))


def _best_value_holder(r: _Reading) -> None:
    """'the highest score so far is 48.4%, set by X', 'the top score belongs to X, at 48.4%': X is first,
    with that score."""
    for k in range(r.start, r.end - 3):
        if r.w(k) != "the" or r.w(k + 1) not in _SUPERLATIVES or r.w(k + 2) not in _RESULT_WORDS:
            continue
        by = next((j for j in range(k + 3, min(k + 18, r.end)) if r.w(j) in ("by", "to") and r.w(j - 1) in _TAKING_WORDS
                   or r.w(j) in (".", ";")), None)
        if by is None or r.w(by) in (".", ";"):
            continue
        holder = by + 3 if r.label(by + 1) == "VENDOR" and r.w(by + 2) in POSSESSIVE else by + 1
        if r.label(holder) != "MODEL" or holder in r.ranked or _blocked(r, k, holder) or _past(r, k):
            continue
        values = [j for j in range(k + 3, min(holder + 4, r.end)) if j != holder and _is_number(r.w(j))
                  and not r.label(j)]
        _make(r, "rank", holder, k, 0.7, rank=1, scope=_scope(r, k), value_span=(k, k + 3))
        r.ranked.add(holder)
        if len(values) == 1:
            v = values[0]
            unit = "%" if r.w(v + 1) in ("%", "percent") else None
            _make(r, "score", holder, v, 0.7, value=_number(r.w(v)), unit=unit, value_span=(v, v + 1 + bool(unit)))


_RESULT_WORDS = frozenset({"score", "result", "mark", "accuracy", "performance", "rating"})
_TAKING_WORDS = frozenset({"set", "achieved", "posted", "held", "recorded", "claimed", "belongs", "goes", "went",
                           "earned", "reached", "scored", "obtained", "attained", "delivered"})
_HELD_PARTICIPLES = frozenset({"held", "taken", "occupied", "claimed", "filled", "dominated", "secured"})
_LISTING_VERBS = frozenset({"are", "were", "include", "included", "includes", "comprise", "comprised", ":"})
_HOLDING_VERBS = frozenset({"hold", "holds", "held", "holding", "take", "takes", "took", "taking", "occupy", "occupies",
                            "occupied", "occupying", "dominate", "dominates", "dominated", "dominating", "claim",
                            "claims", "claimed", "claiming", "sweep", "sweeps", "swept", "sweeping", "fill", "fills",
                            "filled", "filling", "own", "owns", "owned", "owning", "secure", "secures", "secured",
                            "securing", "lock", "locks", "locked"})
_TOP_PLACES = frozenset({"spots", "slots", "places", "positions", "ranks", "rankings", "seats"})


def _before_adverbs(r: _Reading, cue: int) -> int:
    """Where the adverbs right before a cue begin ('slightly behind', 'well ahead'), or the cue itself."""
    k = cue
    while k > r.start and (r.w(k - 1) in _DEGREE_WORDS or (r.w(k - 1).endswith("ly") and r.w(k - 1).isalpha())):
        k -= 1
    return k


_DEGREE_WORDS = frozenset({"just", "well", "far", "only", "still", "even", "right", "close"})
_PLACE_PREPOSITIONS = frozenset({"behind", "below", "ahead", "above"})  # a comparison with no verb of its own


def _joined_after_margin(r: _Reading, i: int) -> bool:
    """'..., and pulling nearly 10 points clear of Z': a comparison joined by 'and' through a participle and
    a margin to an earlier one."""
    k = i - 1
    while k > max(r.start, i - 7) and (_is_number(r.w(k)) or r.w(k) in _MARGIN_PHRASE_WORDS or r.w(k) in _APPROXIMATE
                                       or r.w(k) in _DEGREE_WORDS
                                       or (r.w(k).endswith(("ing", "ly")) and r.w(k).isalpha())):
        k -= 1
    return k < i - 1 and r.w(k) in ("and", "but", "yet") and any(
        c.label in ("OUTPERFORM", "TRAIL") and s < k for c, s, _ in r.cues)


_MARGIN_PHRASE_WORDS = frozenset({"points", "point", "pts", "percentage"})


def _joined_comparison_subject(r: _Reading, i: int) -> Optional[int]:
    """The subject of the comparison an 'and ahead of' at ``i`` is joined to: the one of the nearest cue before."""
    before = [(cue, subject) for subject, cue in r.object_subject.values() if cue < i]
    return max(before)[1] if before else None


def _after_comparison(r: _Reading, i: int) -> bool:
    """'ahead of Y but behind Z', "ahead of Y's 54.6 and (slightly) behind Z's 72.5": a 'behind' joined to an
    earlier comparison in the sentence compares too."""
    i = _before_adverbs(r, i)
    return r.w(i - 1) in ("and", "but", "yet") and any(
        c.label in ("OUTPERFORM", "TRAIL") and s < i - 1 for c, s, _ in r.cues)


def _place_before(r: _Reading, i: int) -> bool:
    """'behind' and 'below' compare only after a place, rank or score word ('ranked 20th, behind X', 'just behind',
    'scored below X')."""
    before = r.w(i - 1)
    if before in ("just", "right", "close", "closely", "slightly", "far", "well", "narrowly", "only", "shortly",
                  "directly", "significantly", "spots", "places", "points", "positions", "ranks", "ranked", "sits",
                  "sat", "placed", "came", "comes", "finished", "lands", "landed", "is", "was", "remains", "stays",
                  "in", "trailing", "trails", "trailed", "firmly", "comfortably", "fell", "falls", "fall", "falling",
                  "dropped", "drops", "slipped", "slips", "lags", "lagged", "lagging", "lag", "stayed", "remained",
                  "bit", "tad", "little", "rests", "rested", "lies", "lay", "placing", "places", "ranking",
                  "finishing", "finishes", "coming", "landing", "sitting", "scored", "scores", "scoring", "rated",
                  "rates"):
        return True
    if r.w(i - 1) in (",", "(") and any(rank_at(r, k) for k in range(r.start, i - 1)):
        return True  # 'sits at No. 3 on the Acme board, behind X and Y', '... (behind X)'
    k = _before_adverbs(r, i)
    k -= r.w(k - 1) in ("but", "yet")
    if r.w(k - 1) == "," and _ends_a_value(r, k - 2):
        return True  # 'scores 76%, (yet) behind X': a place in the scores just given
    k = i - 1
    while k > max(r.start, i - 10) and (r.label(k) == "BENCHMARK" or r.w(k) in _BOARD_NOUNS
                                         or r.w(k) in ("on", "in", "at", "of", "the", "overall")):
        k -= 1  # 'holds second place on the Acme board behind X': the board named between
    return any(rank_at(r, j) for j in range(max(k - 3, r.start), k + 1))


def _best_of_a_group(r: _Reading) -> None:
    """'A and B are the top-performing models', 'A, B and C have emerged as the best open LLMs in Europe': the
    text sets none of the names it joins above the others, so each holds first place."""
    for cue, start, end in r.cues:
        the = start if r.w(start) == "the" else start - 1
        if cue.label != "LEAD" or r.w(the) != "the":
            continue
        k = end
        while k < end + 5 and r.w(k) not in _GROUP_MODEL_NOUNS and (
                r.w(k) == "-" or (r.w(k).isalpha() and r.w(k).islower())):
            k += 1  # 'the top-performing large language models'
        verb = the - 1
        if r.w(verb) == "as" and r.w(verb - 1) in _GROUP_AS_VERBS:
            verb -= 1
        elif r.w(verb) not in _GROUP_COPULAS:
            continue
        last = verb - 1 - (r.w(verb - 1) in ("have", "has", "had"))
        if r.w(k) not in _GROUP_MODEL_NOUNS or r.label(last) != "MODEL" or _past(r, the):
            continue
        names = [j for j in _respective(r, last) if j not in r.ranked]
        if len(names) < 2 or "and" not in r.words[names[0] - r.start:last - r.start] or _blocked(r, names[0], the):
            continue
        for j in names:
            _make(r, "rank", j, the, 0.7, rank=1, value_span=(the, k + 1))
            r.ranked.add(j)


_RELEASE_NOUNS = frozenset({"suite", "family", "series", "collection", "line", "set"})  # one release of several models
_GROUP_MODEL_NOUNS = frozenset({"models", "llms", "systems", "chatbots"})
_GROUP_COPULAS = frozenset({"are", "were", "remain", "remained"})
_GROUP_AS_VERBS = frozenset({"emerged", "emerge", "stand", "stood", "rank", "ranked", "finished", "finish"})


def _ends_a_value(r: _Reading, k: int) -> bool:
    """True when a number ends at ``k``: '76', '76 %', '(67%)'."""
    if r.w(k) == ")":
        k -= 1
    if r.w(k) in ("%", "percent", "points"):
        k -= 1
    return _is_number(r.w(k))


def _ranks(r: _Reading) -> None:
    """'ranked 7th', 'is No. 1', 'X in second place', 'topped the list', 'in the top 10',
    'ranked 3rd and 10th, respectively', 'ties with X as number 1', 'first, followed by Y'."""
    for value in _values(r):
        _rank_value(r, value)
    _top_places(r)
    _top_places_went_to(r)
    _top_listed(r)
    _best_value_holder(r)
    _leader_named(r)
    _best_of_a_group(r)
    for cue, start, end in r.cues:
        if cue.label == "LEAD" and end - start == 1 and (r.w(end) == "it" or _plural_pronoun(r, end)):
            _leads_a_pronoun(r, start, end)  # '... but leads it on B': a rival, no first place
            continue
        if cue.label == "LEAD" and r.w(end) == "by" and r.w(end - 1) in ("led", "headed", "topped") \
                and r.label(end + 1) == "MODEL" \
                and _verb_before(r, start) in ("is", "was", "are", "were", "been", "being") \
                and end + 1 not in r.ranked and not _past(r, start):
            _make(r, "rank", end + 1, start, 0.75, rank=1, value_span=(start, end + 2))  # 'the list is led by X'
            r.ranked.add(end + 1)
            continue
        if cue.label == "LEAD" and not _followed_by_name(r, end) and (
                r.w(end) not in ("by", "to") or r.w(end + 1) == "date" or _by_a_margin(r, end)) \
                and not _margin_follows(r, end) and not _lead_by_margin(r, start, end):
            if any(c.label in ("OUTPERFORM", "TRAIL") and start - 1 <= e <= start and not r.is_name(e)
                   for c, _, e in r.cues):
                continue  # 'trails the best model under 2B, X': the phrase is what is compared with
            if end - start == 1 and r.w(start).startswith("top") and _is_number(r.w(end)):
                continue  # 'topped 1,400 points': a mark passed, no first place
            if _causative(r, start, end):
                continue  # 'the incident led the maintainers to revise ...': made them, no first place
            if r.w(end - 1) in ("top", "first") and _top_n(r, end - 1) is not None:
                continue  # 'secured the top two positions', 'took the first two spots': a top-N, no first place
            if r.w(end) == "the" and r.w(end + 1) == "top" and (_count(r, end + 2) or 1) > 1:
                continue  # 'swept the top three places': a count, no first place
            if r.w(end - 1) in _TOP_PLACES or r.w(end) in _TOP_PLACES:
                continue  # 'secured top positions': among the best, no first place
            if r.w(end - 1) in _SUPERLATIVES and any(r.w(k) in _GROUP_NOUNS for k in range(end, min(end + 3, r.end))):
                continue  # 'a leaderboard to rank the best language models': a group, no one holder
            if any(r.w(k) in _GROUP_NOUNS and r.w(k - 1) in ("its", "their", "of") and r.w(k - 2) not in _RELEASE_NOUNS
                   for k in range(max(r.start, start - 4), start)):
                continue  # 'has placed several of its models at the top': among the best, no one first ('X, a
                # suite of models that lead ...' is one release, named)
            if r.w(start) == "on" and r.w(end - 1) == "top" and r.w(end) == "of" and not any(
                    r.w(k) in _BOARD_NOUNS or r.label(k) == "BENCHMARK" for k in range(end + 1, min(end + 5, r.end))):
                continue  # 'built on top of cleaner data': in addition to, no place
            tied = _tied_after(r, start, end)
            if tied:  # 'a three-way tie at the top, with A at 57.2, B at 57 and C at 56.8': each is first
                for holder in tied:
                    if holder not in r.ranked:
                        _make(r, "rank", holder, start, 0.75, rank=1, value_span=(start, end))
                        r.ranked.add(holder)
                if r.w(start) not in _SHARE_VERBS:
                    continue  # a tie that names its members after it; a sharing verb's subject shares the place
            subject = _inverted_holder(r, start, end)  # 'At the top of the list is X, with Y in second'
            if subject is None and _won_from(r, start):
                subject = _displacer(r, start)  # 'X replaced Y at the top of the board': X's
            if subject is None:
                subject = _subject(r, start, r.taken_objects, vendors=False)
                if subject is None:
                    subject = _vendor_on_a_board(r, start)
                opener = _list_opener(r, subject) if subject is not None else None
                if opener is not None and r.w(opener) in ("with", "against") and r.w(opener - 1) != ",":
                    subject = _subject(r, opener, r.taken_objects, vendors=False)  # 'traded blows with X and Y at the top'
            if subject is None:
                subject = _displacer(r, start)  # 'X dethroned Y at the top of the board'
            if subject is None or _blocked(r, subject + 1, start) or _past(r, start) or _group_member(r, subject):
                continue
            if end - start == 1 and _used_as_noun(r, start):
                continue  # '48 attention heads', 'the leads': a noun, no verb
            if r.w(start - 1) == "-" and start - 2 >= r.start and not r.doc[start - 2].whitespace_:
                continue  # 'compared head-to-head with X': the end of a compound, no verb
            _lead_over_members(r, subject, start, end)
            led = _members_led(r, end)
            if led and r.spans[subject].label_ == "MODEL" and subject not in r.ranked and not cue.scoped:
                for bench in led:  # 'leads on several benchmarks, including A, B and C': first on each one named
                    _make(r, "rank", subject, start, 0.75, rank=1, value_span=(start, end), benchmark=_note(r, bench))
                r.ranked.add(subject)
                continue
            if _leads_in_group(r, start, end) or (cue.scoped and _other_compound(r, start, end)) or _on_some(r, end):
                continue  # 'the best performance on most benchmarks': first on some, no place on a board
            on_a_test = not cue.scoped and (r.w(end - 1) in _ON_WORDS or r.w(end) in _ON_WORDS)  # 'leads on A'
            rival = _head_to_head_rival(r, subject, on_a_test)
            if rival is not None:  # 'in a test of X against Y, X came out on top': X beat Y, no first place of a board
                bench = _benchmark(r, start, "comparison", None)  # the contest is on no board the article named
                _make(r, "comparison", subject, start, 0.7, relation="outperforms", objects=[rival],
                      benchmark=bench if bench.source == "sentence" else BenchmarkNote())
                r.ranked.add(subject)
                continue
            scope = _scope_between(r, start + 2, end - 1) if cue.scoped else _scope(r, start)
            if subject in r.ranked and not (scope and (cue.scoped or r.w(end) in r.vocab.mapping("scopes"))) \
                    and not _ranked_on_another_board(r, subject, start):
                continue  # 'X is the best domestic model, ranking third', 'X leads domestically at 17th place':
                # first among some, and its place among all
            for holder in _coordinated(r, subject, start):  # 'A and B have been leading the open space': both
                if holder == subject or (holder not in r.ranked and r.label(holder) == "MODEL" and holder not in
                                         r.taken_objects and r.w(holder - 1) not in _OBJECT_PREPOSITIONS):
                    _make(r, "rank", holder, start, 0.8, rank=1, scope=scope, value_span=(start, end))
                    r.ranked.add(holder)
            _followed(r, end, 1)


def _group_member(r: _Reading, name: int) -> bool:
    """'the closed frontier leaders (A, B, C) still lead': a name in brackets after a plural noun is one of
    the group the noun names, which is what the verb is said of."""
    k = name - 1
    while k > r.start and (r.w(k) == "," or r.is_name(k)):
        k -= 1
    noun = r.w(k - 1)
    return r.w(k) == "(" and noun.endswith("s") and noun.isalpha() and r.doc[k - 1].text.islower()


def _ranked_on_another_board(r: _Reading, subject: int, cue: int) -> bool:
    """True when the places the sentence gave the subject are all on benchmarks other than the one of the
    lead at ``cue`` ('X topped A and reached #3 on B': first on A as well as third on B)."""
    here = _benchmark(r, cue, "rank").id
    span = r.spans[subject]
    given = [f.benchmark.id for f in r.findings if f.kind == "rank" and f.subject.span == (span.start_char, span.end_char)]
    return here is not None and bool(given) and all(b is not None and b != here for b in given)


def _lead_over_members(r: _Reading, subject: int, start: int, end: int) -> None:
    """'X leads other open models such as A and B': X outperforms the group's members named."""
    if _named_members(r, end) == end or r.spans[subject].label_ != "MODEL":
        return
    members = [k for k in _objects(r, end) if r.label(k) == "MODEL" and k != subject and k not in r.taken_objects]
    if members:
        _make(r, "comparison", subject, start, 0.7, relation="outperforms", objects=members,
              benchmark=_benchmark(r, start, "comparison", subject=r.spans[subject].text))
        r.taken_objects.update(members)


def _causative(r: _Reading, start: int, end: int) -> bool:
    """True for 'led X to revise': a lead verb whose object is followed by 'to' and a verb ('led the board
    to date' is a place held)."""
    if r.w(start) not in ("led", "leads", "lead", "leading") or end - start != 1:
        return False
    for k in range(end, min(end + 7, r.end - 1)):
        if r.w(k) in (",", ";", ".") or r.is_name(k) and r.label(k) == "MODEL":
            return False
        if r.w(k) == "to" and k > end and r.w(k + 1).isalpha() and r.w(k + 1) not in ("date", "the", "a", "an"):
            return True
    return False


_SHARE_VERBS = frozenset({"share", "shares", "shared", "sharing"})
_TIE_WORDS = frozenset({"tie", "tied", "deadlock", "dead-heat", "draw"})
_PAIRING_WORDS = frozenset({"vs", "vs.", "versus", "against"})  # 'head-to-head' is split: sought in the text


def _head_to_head_rival(r: _Reading, subject: int, on_a_test: bool = False) -> Optional[int]:
    """The one other model of a two-way contest the sentence sets up ('X vs Y', 'against Y',
    'a head-to-head test of X and Y'), or the article's title does for a lead on a test ('X leads on A'),
    whom the winner beat; None when more models, or no pairing word."""
    if r.pairing is None:  # asked once per sentence: a sentence of many cues stays linear
        said = r.ctx.text[r.sent.start_char:r.sent.end_char].lower()
        r.pairing = any(r.w(k) in _PAIRING_WORDS and not _pairs_figures(r, k) for k in range(r.start, r.end)) \
            or "head-to-head" in said or "head to head" in said
    if not r.pairing:
        return _title_rival(r, subject) if on_a_test else None
    names = {r.spans[t]._.canonical or r.spans[t].text: t for t in r.models}
    own = r.spans[subject]._.canonical or r.spans[subject].text
    others = [t for name, t in names.items() if name != own]
    return others[0] if len(names) == 2 and len(others) == 1 else None


def _pairs_figures(r: _Reading, k: int) -> bool:
    """True when the pairing word at ``k`` sets a figure against another ('1606 against Y's 1317', 'vs. 41.7%'):
    two scores side by side, no two-way contest."""
    if _is_number(r.w(k + 1)):
        return True
    span = r.spans.get(k + 1)
    return span is not None and r.w(span.end) in POSSESSIVE and _is_number(r.w(span.end + 1))


def _title_rival(r: _Reading, subject: int) -> Optional[int]:
    """In an article titled 'X vs Y', the other of the two for a sentence that names no third model: 'X leads
    on VeraBench' there is X ahead of Y, no first place."""
    pair = r.ctx.title_pair
    paired = {e._.canonical for e in pair}
    if not pair or any(r.spans[t]._.canonical not in paired and t != subject for t in r.models):
        return None
    names = [r.ctx.name_of(e, "comparison").canonical for e in pair]
    own = r.ctx.name_of(r.spans[subject], "comparison").canonical
    if own not in names:
        return None
    other = pair[1 - names.index(own)]
    r.spans.setdefault(other.start, other)
    return other.start


_SUPERLATIVES = frozenset({"top", "best", "leading", "strongest", "highest"})
_RANKING_PARTICIPLES = frozenset({"ranked", "ranking", "scoring", "performing", "rated"})


def _other_compound(r: _Reading, start: int, end: int) -> bool:
    """'the best-placed model ..., in sixth': a superlative hyphenated to a word that is no ranking
    participle makes another adjective, no first place."""
    k = next((k for k in range(start, end) if r.w(k) in _SUPERLATIVES), None)
    return k is not None and r.w(k + 1) == "-" and r.w(k + 2) not in _RANKING_PARTICIPLES


def _tied_after(r: _Reading, start: int, end: int) -> list[int]:
    """The models a tie at the top names after it ('a tie at the top, with A ..., B ... and C ...'),
    when the tie word stands right before the place and the names follow 'with' or a colon; and the
    names a verb of sharing shares the place with ('A shares the top spot with B')."""
    if r.w(start) in _SHARE_VERBS and r.w(end) == "with":
        return [t for t in _objects(r, end + 1) if r.label(t) == "MODEL"]
    if not any(r.w(k) in _TIE_WORDS for k in range(max(r.start, start - 2), start)):
        return []
    k = end
    while k < r.end and r.w(k) in (",", "-", "\u2014", "\u2013"):
        k += 1
    if r.w(k) not in ("with", "between", ":", "among"):
        return []
    names = [t for t in range(k + 1, r.end) if r.label(t) == "MODEL" and not _possessor(r, t)]
    return names if len(names) >= 2 else []


def _scope_between(r: _Reading, start: int, end: int) -> Optional[str]:
    """'open' in 'the top open model' -> 'open-source' (the scopes list), else the words as written."""
    words = [r.w(k) for k in range(start, end)]
    scopes = r.vocab.mapping("scopes")
    for w in words:
        if w in scopes:
            return scopes[w]
    return " ".join(words) or _scope(r)


def _followed_by_name(r: _Reading, end: int) -> bool:
    return r.is_name(end)


def _members_led(r: _Reading, end: int) -> list[int]:
    """The benchmarks a lead over some tests names as its members ('leads on several benchmarks, including A,
    B and C', 'tops many tests, such as A and B'), each one led; else none."""
    if r.w(end) == "among":  # 'the best performance among open models on several benchmarks (A, B)'
        end = next((j for j in range(end + 1, min(end + 6, r.end)) if r.w(j) in ("on", "in", "across")), end)
    k = end + 1 if r.w(end) in ("on", "in", "across") else end
    if r.w(k) not in _SOME:
        return []
    mark = next((j for j in range(k + 1, min(k + 7, r.end)) if r.w(j) in ("including", "like", "(")
                 or (r.w(j) == "such" and r.w(j + 1) == "as")), None)
    if mark is None or not all(r.w(j).isalpha() or r.w(j) in (",", "-") for j in range(k + 1, mark)):
        return []
    j = mark + (2 if r.w(mark) == "such" else 1)
    led = []
    while j < r.end and (r.label(j) == "BENCHMARK" or r.w(j) in (",", "and", "the")):
        if r.label(j) == "BENCHMARK":
            led.append(j)
        j += 1
    if r.w(mark) == "(":
        return led if r.w(j) == ")" else []  # the members in brackets: the sentence may go on
    return led if r.w(j) in (".", ";", "") or j >= r.end else []


def _on_some(r: _Reading, end: int) -> bool:
    """True when 'on most ...', 'in several ...' follows a rank-1 phrase: first on some of the tests only."""
    return r.w(end) in ("on", "in", "across", "for") and (
        r.w(end + 1) in _SOME or (r.w(end + 1) == "the" and r.w(end + 2) in ("majority", "bulk")))


_SOME = frozenset({"most", "many", "several", "some", "numerous", "various", "certain", "multiple"})


def _leads_in_group(r: _Reading, start: int, end: int) -> bool:
    """'leads the open-weight pack': rank 1 only among a group, said with the scope; 'leading models', 'a leading
    MMLU performer': no claim ('X leading MMLU' names what X leads)."""
    return r.w(start) in ("leading", "lead", "top", "head", "heading") and r.w(end - 1) not in (
        "the", "with", "all", "both", "its", "their", "in", "across", "among", "on") and not (
        r.label(end - 1) == "BENCHMARK" and r.w(start - 1) not in ("a", "an", "the", "its", "their", "of"))


_BOARD_NOUNS = frozenset({"ranking", "rankings", "list", "leaderboard", "leaderboards", "chart", "charts", "board",
                          "index", "table"})
_PLACE_NOUNS = frozenset({"place", "spot", "position", "entrant", "model", "contender", "finisher", "slot", "placed",
                          "ranked", "-"})


def _rank_value(r: _Reading, value: _Value) -> None:
    start, end = value.start, value.end
    subject = _rank_holder(r, start, end)
    if subject is None:
        subject = _holder_of_the_place_before(r, value)
    before_from = start - 2 if r.w(start - 1) == "from" else start - 3
    if _from_place(r, start) and r.w(before_from) in r.words_set("displacing_verbs"):
        return  # 'Y was pushed from first place by X': a place lost; the winner's is read with the verb
    if (_from_place(r, start) and _beaten_before(r, start) is not None) or _won_from(r, start):
        subject = _displacer(r, start)  # 'X pushed Y from first place', 'X replaced Y as No. 1': X's now
        if subject is not None and subject not in r.ranked:
            _make(r, "rank", subject, start, 0.7, rank=int(value.value), scope=_scope(r, start),
                  value_span=(start, end))
            r.ranked.add(subject)
        return
    if _moved_from(r, start, end):
        return  # 'at No. 4, up from No. 9', 'rose from ninth to fourth': the place it had before
    if subject is None or _blocked(r, subject + 1, start) or _past(r, start) or _left_for(r, start, end):
        return
    if value.top_n and r.w(start - 2) == "out" and r.w(start - 3).startswith("round") \
            and len(_coordinated(r, subject, start)) == 1 and subject not in r.ranked and r.label(subject) == "MODEL":
        _make(r, "rank", subject, start, 0.7, rank=int(value.value), scope=_scope(r, start), value_span=(start, end))
        r.ranked.add(subject)  # 'X rounds out the top ten': X is tenth ('A and B round out ...' are in it)
        return
    if value.top_n:
        for holder in _coordinated(r, subject, start):  # 'A and B secured the top two positions': both
            span = r.spans.get(holder)
            if span is not None and not span._.is_family and r.label(holder) == "MODEL" and (
                    holder not in r.ranked or _ranked_in_a_scope_only(r, span)):
                _make(r, "rank", holder, start, 0.7, top_n=int(value.value), scope=_scope(r, start),
                      value_span=(start, end))
        return
    rank = int(value.value)
    if r.respectively:
        subjects = _respective(r, subject)
        if len(subjects) > 1:
            ranks = [v for v in _values(r) if not v.top_n and v.start >= start]
            for subj, v in zip(subjects, ranks):
                if subj not in r.ranked:
                    _make(r, "rank", subj, v.start, 0.8, rank=int(v.value), value_span=(v.start, v.end))
                    r.ranked.add(subj)
            return
    places = _listed_places(r, value)
    holders = _coordinated(r, subject, places[0].start) if len(places) > 1 else [subject]
    if len(holders) == len(places) > 1:  # 'A and B ranked second and third': in order
        subj = holders[[p.start for p in places].index(value.start)]
        if subj not in r.ranked:
            _make(r, "rank", subj, start, 0.8, rank=rank, scope=_scope(r, start), value_span=(start, end))
            r.ranked.add(subj)
        return
    if len(places) > 1 and not (r.respectively or _stands_for_several(r, subject)):
        return  # 'the new model and B ranked second and third': one name cannot hold both places
    tied = any(r.w(k) in ("tie", "tied", "ties", "jointly", "both", "all", "each", "joint", "share", "shares", "shared")
               for k in range(subject, start))  # 'A, B and C all held first place': each did
    for subj in (_coordinated(r, subject, start) if tied else [subject]):
        _make(r, "rank", subj, start, 0.8, rank=rank, scope=_scope(r, start), value_span=(start, end))
        r.ranked.add(subj)
        _place_comparisons(r, subj, start, end, rank)
    held_with = _model_with_its_maker(r, end - 1) if r.label(subject) == "VENDOR" else None
    if held_with is not None and held_with not in r.ranked:  # 'Acme was ranked first, with its Vega-2': Vega-2's too
        _make(r, "rank", held_with, start, 0.75, rank=rank, scope=_scope(r, start), value_span=(start, end))
        r.ranked.add(held_with)
    for cue, cs, ce in r.cues:  # 'A ties with B as number 1', 'A, tied with B, ranks first'
        if cue.label == "TIE" and cs < start + 4 and start - cs < 12 and not _closed_between(r, ce, start) \
                and not (ce <= subject < start and any(_is_number(r.w(k)) for k in range(ce, subject))):
            # ('A tied at 88.6% and B third': B's place alone; 'A is tied with B and C for second': theirs)
            tied = [_subject(r, cs, r.taken_objects), *_objects(r, ce, skip_words=2)]
            after = end + 1 if r.w(end) in r.words_set("place_nouns") else end
            if r.w(after) == "with":
                tied += _objects(r, after + 1)  # 'X is tied for fourth (place) with Y'
            for other in tied:
                if other is not None and other not in r.ranked and r.label(other) == "MODEL":
                    _make(r, "rank", other, start, 0.75, rank=rank, scope=_scope(r, start), value_span=(start, end))
                    r.ranked.add(other)
    _followed(r, end, rank)


def _holder_of_the_place_before(r: _Reading, value: _Value) -> Optional[int]:
    """'#2 among open models and #6 overall': a place joined by 'and' to the one before it, with no name or
    cue between them, is held by that one's holder."""
    before = [v for v in _values(r) if v.end < value.start and not v.top_n and not value.top_n]
    if not before or r.w(value.start - 1) != "and" or any(
            r.label(k) in ("MODEL", "VENDOR") or k in r.cue_starts for k in range(before[-1].end, value.start)):
        return None
    return _rank_holder(r, before[-1].start, before[-1].end)


def _company_meant(r: _Reading, noun: int) -> Optional[int]:
    """The maker 'the company' at ``noun`` refers to: the last one the sentence names before it on its own
    (not as its model's: "Acme's X"), else the last one the article named so."""
    for k in range(noun - 1, max(r.start, noun - MAX_REACH) - 1, -1):
        if r.label(k) == "VENDOR" and r.spans.get(k) is not None:
            return None if r.w(k + 1) in POSSESSIVE or r.label(k + 1) == "MODEL" else k
    maker = r.ctx.last_vendor
    if maker is None:
        return None
    r.spans.setdefault(maker.start, maker)
    return maker.start


def _earlier_models_of(r: _Reading, name: int) -> bool:
    """'better than previous Acme models', "outperforms Acme's prior models": a maker's earlier models, a group
    the sentence names by its maker."""
    if r.label(name) != "VENDOR":
        return False
    if r.w(name + 1) in POSSESSIVE:
        return r.w(name + 2) in _EARLIER and r.w(name + 3) in _PLURAL_MODEL_NOUNS
    return r.w(name - 1) in _EARLIER and r.w(name + 1) in _PLURAL_MODEL_NOUNS


_EARLIER = frozenset({"previous", "earlier", "older", "prior", "past", "former", "its", "own"})


def _stands_for_several(r: _Reading, name: int) -> bool:
    """'Qwen takes 1st and 3rd', 'two versions of Claude', 'the Kite models': a family or a plural of models."""
    span = r.spans.get(name)
    return (span is not None and span._.is_family) or r.w(name + 1) in _PLURAL_MODEL_NOUNS \
        or (r.w(name - 1) == "of" and r.w(name - 2) in _GROUP_OF_VERSIONS)


_PLURAL_MODEL_NOUNS = frozenset({"models", "versions", "variants", "llms", "releases", "entries"})


def _listed_places(r: _Reading, value: _Value) -> list[_Value]:
    """The places listed with ``value`` ('second and third', '2nd, 4th and 9th'): plain ranks joined by
    commas, 'and' or 'or' and nothing else; just [value] when it stands alone."""
    if r.places is None:
        r.places = [v for v in _values(r) if not v.top_n]
    ranks = r.places
    k = bisect_left(ranks, value.start, key=lambda v: v.start)
    if k == len(ranks) or ranks[k].start != value.start:
        return [value]
    lo = hi = k
    while lo > 0 and _joined_places(r, ranks[lo - 1], ranks[lo]):
        lo -= 1
    while hi + 1 < len(ranks) and _joined_places(r, ranks[hi], ranks[hi + 1]):
        hi += 1
    return ranks[lo:hi + 1]


def _joined_places(r: _Reading, first: _Value, second: _Value) -> bool:
    between = [r.w(k) for k in range(first.end, second.start)]
    return 1 <= len(between) <= 2 and all(w in (",", "and", "or", "&") for w in between)


def _ranked_in_a_scope_only(r: _Reading, span) -> bool:
    """True when every place the sentence gave the model holds in a scope ('first domestically and in the
    global top 15': the top 15 is a place of its own)."""
    ranks = [f for f in r.findings if f.kind == "rank" and f.subject.span is not None
             and f.subject.span[0] == span.start_char]
    return bool(ranks) and all(f.scope for f in ranks)


def _top_places_went_to(r: _Reading) -> None:
    """'The top three spots went to A, B and C, respectively' (or 'in that order'): each its place in turn."""
    in_order = r.respectively or ("order" in r.words and any(
        r.w(k) == "that" and r.w(k + 1) == "order" and r.w(k - 1) == "in" for k in range(r.start, r.end)))
    if not in_order:
        return
    for k in range(r.start, r.end - 3):
        top = _top_n(r, k) if r.w(k - 1) == "the" else None
        if top is None or r.w(top[1]) not in r.words_set("place_nouns"):
            continue
        went = next((j for j in range(top[1] + 1, min(top[1] + 8, r.end))
                     if r.w(j) in ("to", "by") and r.w(j - 1) in _WENT_WORDS), None)
        names = _objects(r, went + 1, skip_words=0) if went is not None else []
        if len(names) == top[0] and all(r.label(n) == "MODEL" and n not in r.ranked for n in names):
            for place, name in enumerate(names, 1):
                _make(r, "rank", name, k, 0.75, rank=place, value_span=(k, top[1] + 1))
                r.ranked.add(name)
            return


_WENT_WORDS = frozenset({"went", "go", "goes", "taken", "held", "belong", "belonged", "claimed", "occupied"})


def _left_for(r: _Reading, start: int, end: int) -> bool:
    """'dropped from second to 32nd place': the place after 'from' is the one left for the place after 'to'."""
    if r.w(start - 1) != "from":
        return False
    k = end + 1 if r.w(end) in r.words_set("place_nouns") else end
    return r.w(k) == "to" and rank_at(r, k + 1) is not None


def _leads_a_pronoun(r: _Reading, start: int, end: int) -> None:
    """'X trails Y on A but leads it on B', 'X leads them on B': the lead verb's object is a model named
    before in the sentence; X outperforms it."""
    subject = _subject(r, start, r.taken_objects)
    if subject is None or r.label(subject) != "MODEL" or _blocked(r, subject + 1, start) or _past(r, start):
        return
    objects = _pronoun_object(r, subject, start) if r.w(end) == "it" else _pronoun_objects(r, subject, start)
    if objects:
        _make(r, "comparison", subject, start, 0.7, relation="outperforms", objects=objects)


def _verb_before(r: _Reading, cue: int) -> str:
    """The word before a cue and the sentence adverbs right before it ('is now led by')."""
    k = cue - 1
    while k > r.start and r.w(k) in _SENTENCE_ADVERBS:
        k -= 1
    return r.w(k)


def _beaten_before(r: _Reading, place: int) -> Optional[int]:
    """The model a place phrase follows when it is what a comparison or a displacing verb acts on
    ('overtook Y at the top', "displacing Acme's Y from first place"), else None."""
    k = place - 1
    while k > r.start and r.w(k) in ("the", "its", "their", "from", "at", "as"):
        k -= 1
    if r.w(k + 1) == "as" and r.w(k) in POSSESSIVE and r.label(k - 1) == "BENCHMARK" and r.w(k - 2) == "the":
        k -= 3  # "replaced Y as the Arena's number one": the board's place
        while k > r.start and r.w(k) == "as":
            k -= 1
    name = next((s for s, span in r.spans.items() if span.end == k + 1), None)
    if name is None or r.label(name) != "MODEL":
        return None
    verb = name - 2 if r.w(name - 1) in POSSESSIVE and r.label(name - 2) == "VENDOR" else name
    return name if name in r.object_subject or r.w(verb - 1) in r.words_set("displacing_verbs") else None


def _won_from(r: _Reading, place: int) -> bool:
    """True when the model before a place phrase is the object of a displacing verb or of a cue of
    outperforming ('X replaced Y as the No. 1 model', 'X overtook Y at the top'): the place is the winner's."""
    beaten = _beaten_before(r, place)
    if beaten is None:
        return False
    verb = beaten - 2 if r.w(beaten - 1) in POSSESSIVE and r.label(beaten - 2) == "VENDOR" else beaten
    return r.w(verb - 1) in r.words_set("displacing_verbs") or any(
        c.label == "OUTPERFORM" and e == verb for c, _, e in r.cues)


def _displacer(r: _Reading, place: int) -> Optional[int]:
    """The winner of a contest for a place ('X overtook Y at the top', 'X unseated Y from the top spot'):
    the subject of the verb whose object stands right before the place phrase."""
    beaten = _beaten_before(r, place)
    if beaten is None:
        return None
    if beaten in r.object_subject:
        winner = r.object_subject[beaten][0]
    else:
        verb = beaten - 2 if r.label(beaten - 2) == "VENDOR" and r.w(beaten - 1) in POSSESSIVE else beaten
        winner = _subject(r, verb - 1, {beaten})
    return winner if winner is not None and r.label(winner) == "MODEL" else None


def _closed_between(r: _Reading, lo: int, hi: int) -> bool:
    """True when a bracket closes between two tokens: what the aside says stays inside it
    ('from 9th (a tie with A) to 24th': the tie is at 9th)."""
    return any(r.w(k) in _ASIDE_CLOSE for k in range(lo, hi))


def _leader_named(r: _Reading) -> None:
    """'the current leader, X', 'Arena leader X': a model named as the leader is first ('a leader' is not)."""
    for k in range(r.start, r.end - 1):
        if r.w(k) not in ("leader", "frontrunner", "front-runner"):
            continue
        named = k + 2 if r.w(k + 1) == "," else k + 1
        if r.label(named) != "MODEL" or named in r.ranked or r.w(named + 1) in POSSESSIVE \
                or _blocked(r, k, named) or r.w(k - 1) in ("a", "an") or r.w(k - 1) in _PREVIOUS:
            continue  # 'the previous leader, X': first no longer
        _make(r, "rank", named, k, 0.7, rank=1, scope=_scope(r, k), value_span=(k, k + 1))
        r.ranked.add(named)


def _place_comparisons(r: _Reading, subject: int, start: int, end: int, rank: int) -> None:
    """'second place (following X)', 'a close second to X': the place trails X; 'first among open models
    (such as A and B)': the place is ahead of each member named."""
    k = end
    while k < min(end + 4, r.end) and (r.w(k) in _PLACE_NOUNS or r.w(k) in _EMPHASIS_MARKS or r.w(k) == "("):
        k += 1
    ahead = k + 3 if r.label(k + 1) == "VENDOR" and r.w(k + 2) in POSSESSIVE else k + 1  # "second to Acme's X"
    if r.w(k) in ("following", "to") and rank > 1 and r.label(ahead) == "MODEL" and ahead not in r.taken_objects:
        _make(r, "comparison", subject, k, 0.7, relation="trails", objects=[ahead])
        r.taken_objects.add(ahead)
    if rank == 1 and r.w(k) == "among":
        members = next((j + (2 if r.w(j) == "such" else 1) for j in range(k + 1, min(k + 12, r.end))
                        if r.w(j) in _MEMBER_MARKS or (r.w(j) == "such" and r.w(j + 1) == "as")), None)
        if members is not None and not any(r.w(j) in (".", ";") or r.is_name(j) for j in range(k + 1, members)):
            objects = [o for o in _objects(r, members, skip_words=1) if o not in r.taken_objects and o != subject]
            if objects:
                _make(r, "comparison", subject, k, 0.7, relation="outperforms", objects=objects)
                r.taken_objects.update(objects)


_PLACING_OBJECT_VERBS = frozenset({"ranking", "ranks", "ranked", "placing", "places", "placed", "putting", "puts",
                                   "put"})


def _placed_reference(r: _Reading, start: int) -> Optional[int]:
    """The model a reference names as the object of a placing verb right before a rank ('evaluations
    ranking the Chinese model first'), or None."""
    return _referent(r, "phrase", start - 1) if _reference_placed_at(r, start) else None


def _reference_placed_at(r: _Reading, start: int) -> bool:
    """True when a reference phrase that a placing verb takes as its object ends right before ``start``."""
    if _reference_at(r, start - 1) != "phrase":
        return False
    k = start - 2
    while k > max(r.start, start - 7) and r.w(k) not in ("the", "this", "that"):
        k -= 1
    return r.w(k) in ("the", "this", "that") and r.w(k - 1) in _PLACING_OBJECT_VERBS


def _rank_holder(r: _Reading, start: int, end: Optional[int] = None) -> Optional[int]:
    """The name a rank belongs to: the one a place noun sets it before ('the second place entrant, X',
    'the second-placed X'), the one an opening place phrase gives ('In second place is X'), the one
    right before it ('X in second place', 'X (#2)'), else the clause's subject."""
    inverted = _inverted_holder(r, start, end) if end is not None else None
    if inverted is not None:
        return inverted
    if end is not None and r.w(start - 1) in ("the", "a"):
        k = end
        while k < end + 3 and r.w(k) in _PLACE_NOUNS:
            k += 1
        if r.w(k) == ",":
            k += 1
        if r.w(k + 1) in POSSESSIVE and (r.label(k) == "VENDOR" or r.doc[k].text[:1].isupper()):
            k += 2  # "the second place entrant, Acme AI's Kappa-4" (a maker listed or not)
        if k > end and r.label(k) == "MODEL":
            return k
    placed = _placed_reference(r, start)
    if placed is not None:
        return placed
    for k in range(start - 1, max(start - 4, r.start - 1), -1):
        if r.is_name(k):
            if k in r.taken_objects and "for" in (r.w(j) for j in range(k + 1, start)) \
                    or _tie_partner_from(r, k) is not None:
                break  # 'X overtook Y for second place': the place is what X won ('Y in second place' is Y's);
                # 'it tied with Y for first place': the clause's subject's, and Y's with it
            if not _possessor(r, k) and (r.label(k) == "MODEL" or _stands_for_model(r, k)):
                return k
            break
        if r.w(k) not in ("in", "at", "(", ",", "is", "sits", "sat", "was", "now", "comes", "came", "ranks", "ranked",
                          "placed", "places", "the", "a", "number", "no", "no.", "#", "takes", "took", "holds", "-",
                          "with", "as", "for"):
            break
    subject = _subject(r, start, r.taken_objects, vendors=False)
    return subject if subject is not None else _vendor_on_a_board(r, start)


def _phrase_start(r: _Reading, i: int) -> int:
    """Where the stretch before token ``i`` starts: after the last comma, dash or colon, at most 8 back."""
    k = i
    while k > max(r.start, i - 8) and r.w(k - 1) not in (",", ";", ":", "\u2014", "\u2013"):
        k -= 1
    return k


def _vendor_on_a_board(r: _Reading, cue: int) -> Optional[int]:
    """The maker a place is said of when no model is ('On LMArena, Acme ranked first'): only in a sentence
    that names a benchmark or board, with the maker as the clause's subject (no owner, speaker or maker of
    a model named before)."""
    if not r.benches and _model_with_its_maker(r, cue) is None:
        return None
    vendor = _subject(r, cue, r.taken_objects, vendors=True)
    if vendor is None or r.label(vendor) != "VENDOR" or _possessor(r, vendor) or _attribution(r, vendor) \
            or _speaks(r, vendor, cue) or r.w(vendor + 1) in _MODEL_NOUNS \
            or any(r.label(k) == "MODEL" for k in range(r.start, cue)) \
            or any(r.w(k) in POSSESSIVE for k in range(vendor + 1, cue)) \
            or any(r.w(k) in r.words_set("maker_prepositions") for k in range(_phrase_start(r, vendor), vendor)):
        return None  # "a Google model sits at the top", "Acme touted the system's first place", 'released by Acme'
    return vendor


_QUOTE_TOKENS = frozenset({'"', "\u201c", "'", "\u2018"})


def _model_with_its_maker(r: _Reading, cue: int) -> Optional[int]:
    """'Acme was ranked first, with its Vega-2 scoring 1456': the model a maker's place is held with."""
    for k in range(cue + 1, min(r.end, cue + 8)):
        if r.w(k) == "with" and r.w(k + 1) in ("its", "their"):
            name = k + 3 if r.w(k + 2) in _QUOTE_TOKENS else k + 2  # 'with its "vega-2"'
            return name if r.label(name) == "MODEL" else None
        if r.w(k) in (".", ";") or r.label(k) in ("MODEL", "VENDOR"):
            return None
    return None


_FIELD_NOUNS = frozenset({"pack", "field", "way", "charge"})  # 'Leading the pack is X'
_SENTENCE_ADVERBS = frozenset({"therefore", "thus", "clearly", "now", "still", "again", "once", "currently",
                               "also", "unsurprisingly", "easily", "officially"})
_INVERTING_VERBS = frozenset({"is", "was", "sits", "sat", "remains", "stands", "stood", "comes", "came", "goes", "went",
                              "belongs", "belonged", "fell", "falls", "lies"})


def _inverted_holder(r: _Reading, start: int, end: int) -> Optional[int]:
    """'In second place is X', 'Third place went to X', 'At the top of the list is X': a place phrase
    opening the sentence (after a fronted 'On the Acme board,'), a verb, then the name it belongs to;
    'In second place, X ...': the name after the phrase's comma."""
    opening = _past_item_number(r, _opening_phrase_end(r, start))
    if any(r.w(k) not in ("in", "at", "on", "the", "a", "and", "-", "*", "\u2022", "current", "overall")
           for k in range(opening, start)):
        return None  # ('Current first place ... is X': the place as it stands now)
    k = end
    while k < end + 6 and (r.w(k) in _PLACE_NOUNS or r.w(k) in _BOARD_NOUNS or r.w(k) in _FIELD_NOUNS
                           or r.w(k) in ("of", "the", "overall", "-")
                           or r.label(k) == "BENCHMARK" or r.w(k) in r.words_set("scopes")):
        k += 1  # 'Topping the Acme open-source list is X'
    k = _past_qualifiers(r, k)
    if r.w(k) in ("was", "is", "were") and r.w(k + 1) in _TAKING_PARTICIPLES and r.w(k + 2) == "by":
        k += 3  # 'The fourth spot was claimed by X'
    elif r.w(k) in _INVERTING_VERBS:
        k += 1
        while r.w(k) in _SENTENCE_ADVERBS and k < end + 12:
            k += 1  # 'the overall winner is therefore X'
    elif r.w(k) == "," and r.w(opening) in ("in", "at"):
        k += 1  # 'In second place, X also did well': the phrase says where the clause's subject stands
        if r.label(k) == "VENDOR" and r.w(k + 1) in POSSESSIVE:
            k += 2
    else:
        return None
    if r.w(k) == "to":
        k += 1
    while r.w(k + 1) in POSSESSIVE and k + 2 < r.end and (r.label(k + 2) == "MODEL" or r.w(k + 3) in POSSESSIVE):
        k += 2  # "went to Acme's X", "was taken by Ruritania's Acme's X"
    return k if r.label(k) == "MODEL" else None


def _past_item_number(r: _Reading, k: int) -> int:
    """The first token from ``k`` on past a numbered list item's marks ('4.' in '4. Fourth place went to X')."""
    number = str(r.block.number) if r.block is not None and r.block.number is not None else None
    while k < r.end and (r.w(k) in _ITEM_MARKS or (number is not None and r.w(k) == number)):
        k += 1
    return k


def _opening_phrase_end(r: _Reading, start: int) -> int:
    """Where the sentence starts after an opening phrase that names no model ('On the Acme board, ',
    'According to Acme, ') and ends before ``start``; the sentence's start when there is none."""
    opening = r.start
    while opening < start and r.w(opening) in _BULLET_MARKS:
        opening += 1  # '- According to Acme, X ...': a list item's mark stands before the phrase
    if r.w(opening) not in _QUALIFYING_PREPOSITIONS and r.w(opening) != "according":
        return r.start
    for k in range(opening + 1, min(start, opening + 10)):
        if r.w(k) == ",":
            return k + 1
        if r.label(k) == "MODEL" and not (r.w(k - 1) == "to" and r.w(k - 2) == "according"):
            break  # ('According to Mistral, ...': a maker whose name a family shares says it, no model)
    return r.start


_QUALIFYING_PREPOSITIONS = frozenset({"on", "in", "among", "of", "at", "across", "by", "for"})
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def _past_qualifiers(r: _Reading, k: int) -> int:
    """The token after what qualifies a place phrase before its verb: 'on the Acme board', "in Acme's
    ranking", ', according to the list,'. Names of models end it: they may hold the place."""
    for _ in range(2):
        if r.w(k) in _QUALIFYING_PREPOSITIONS:
            j = k + 1
            while j < k + 7 and (r.w(j) in ("the", "its", "-") or r.w(j) in POSSESSIVE or r.label(j) in ("BENCHMARK", "VENDOR")
                                 or (r.w(j).isalpha() and r.w(j).islower() and r.w(j) not in _INVERTING_VERBS)):
                j += 1
            k = j
        elif r.w(k) == ",":
            j = k + 1
            while j < k + 9 and r.w(j) != "," and r.label(j) != "MODEL" and (
                    not _is_number(r.w(j)) or _YEAR_WORD.fullmatch(r.w(j))):  # (', as of March 2026,': a date)
                j += 1
            if r.w(j) != ",":
                break
            k = j + 1
        else:
            break
    return k


_TAKING_PARTICIPLES = frozenset({"taken", "claimed", "secured", "held", "grabbed", "occupied", "captured", "won",
                                 "clinched", "earned"})


def _respective(r: _Reading, subject: int) -> list[int]:
    """The names of an 'A and B ranked 3rd and 10th, respectively' sentence, in order."""
    subjects = [subject]
    j = subject - 1
    while j >= r.start and (r.w(j) in (",", "and", "/") or r.is_name(j) or r.w(j) in POSSESSIVE):
        if r.label(j) == "MODEL":
            subjects.insert(0, j)
        j -= 1
    return subjects


_PLURAL_REFERENTS = frozenset({"models", "llms", "systems", "two", "three", "pair"})


def _plural_reference(r: _Reading, end: int, pronoun: bool = True) -> bool:
    """True when a sentence names no model before ``end`` but refers back to several ('These models',
    'Both models', 'The two', and with ``pronoun`` 'They')."""
    if any(r.is_name(k) for k in range(r.start, end)):
        return False
    return any((pronoun and r.w(k) == "they")
               or (r.w(k) in ("these", "those", "both", "the") and r.w(k + 1) in _PLURAL_REFERENTS)
               for k in range(r.start, end))


def _listed_below(r: _Reading) -> list[int]:
    """The names of the list below a sentence that ends in a colon, made names of this sentence."""
    last = next((k for k in range(r.end - 1, r.start, -1) if r.w(k).strip()), r.start)
    if r.w(last) != ":":
        return []
    names = r.ctx.listed_below(r.doc[last].idx)
    for span in names:
        r.spans.setdefault(span.start, span)
    return [span.start for span in names]


def _named_before(r: _Reading) -> list[int]:
    """The models the sentence before named, made names of this sentence."""
    for span in r.ctx.named_before:
        r.spans.setdefault(span.start, span)
    return [span.start for span in r.ctx.named_before]


def _followed(r: _Reading, start: int, rank: int) -> None:
    """'X ranked first, followed by Y': Y is next; 'followed by Y at 49 and Z at 48': each in turn, their
    falling scores giving the order; so is a list of three or more ('followed by A, B, C and D'). 'Followed
    by Y and Z' are the next two, but after a tie, where the places they take are not said."""
    for cue, cs, ce in r.cues:
        if cue.label == "FOLLOWED" and start <= cs < start + 12:
            nxt = _objects(r, ce, skip_words=3)
            if len(nxt) > 1 and not (_in_falling_order(r, nxt) or _enumerated(r, nxt)) or (
                    len(nxt) == 2 and not _in_falling_order(r, nxt) and _tie_before(r, cs)):
                return
            for k, name in enumerate(nxt):
                if r.label(name) != "MODEL" or name in r.ranked or _own_place_after(r, name):
                    return  # ('followed by Y at 22nd': Y's own place, read with it)
                _make(r, "rank", name, cs, 0.7, rank=rank + 1 + k, scope=_scope(r), value_span=(cs, ce))
                r.ranked.add(name)
                r.taken_objects.add(name)
            return


def _tie_before(r: _Reading, cue: int) -> bool:
    """True when the sentence speaks of a tie before ``cue`` ('A and B tie for first, followed by ...'):
    after a shared place, which places a pair that follows takes is not said."""
    return any(r.w(k) in _TIED_WITH for k in range(r.start, cue))


def _own_place_after(r: _Reading, name: int) -> bool:
    """True when a place of its own follows the name ('Y at 22nd', 'Y in 22nd place', 'Y (#22)')."""
    end = _name_end(r, name)
    return any(not v.top_n and end <= v.start <= end + 2 for v in _values(r))


def _enumerated(r: _Reading, names: list[int]) -> bool:
    """True when the names are one list, each after a comma but the last ('A, B, C(,) and D')."""
    for before, name in zip(names, names[1:]):
        between = [r.w(k) for k in range(r.spans[before].end, name)] if before in r.spans else None
        if between not in ([","], [",", "and"], ["and"]) or between != [","] and name != names[-1]:
            return False
    return True


def _in_falling_order(r: _Reading, names: list[int]) -> bool:
    """True when each name is followed by its score ('Y at 49 and Z at 48') and the scores fall."""
    scores = []
    for name in names:
        k = name + 1 if r.w(name + 1) in ("at", "with", "(") else None
        value = _number(r.w(k + 1)) if k is not None else None
        if value is None:
            return False
        scores.append(value)
    return all(a > b for a, b in zip(scores, scores[1:]))


def _scores(r: _Reading) -> None:
    """'88.7% on MMLU', 'an Elo score of 1309', 'Llama 3 70B's 95.1%', 'X (72.1)', 'X at 1282',
    'MMLU 70.0%', 'HLE=44.4', and 'A and B scored 1377 and 1353, respectively'."""
    pending: list[_Value] = []
    pairs: dict[int, int] = {}  # 'beat Y, 75.7% to 71.5%': the second value's start -> the object it is Y's
    runs = _compared_runs(r)  # found once: both readings of the values after 'compared with' use them
    listed = _values_of_objects(r, runs)
    made = {f.value_span[0] for f in r.findings if f.kind == "score" and f.value_span}  # ('- 72.5%: X ...': X's)
    for i in range(r.start, r.end):
        w = r.w(i)
        if not (w[:1].isdecimal() or w[:1] in "~≈") or r.doc[i].idx in made:
            continue
        value, rated = _number(w), _OUT_OF.match(w)
        if rated is not None and not r.label(i):
            value = float(rated.group(1))  # 'a solid 8.5/10 rating': the value as written, out of its maximum
            if value <= float(rated.group(2)) and _rated(r, i):
                pending.append(_Value("score", value, i, i + 1, None))
            continue
        if value is None or r.label(i) or _restated(r, i, pending) or _ZERO_PADDED.match(w) or _former_record(r, i):
            continue  # 'Gemini 2.0 Flash (001)': a zero-padded number is a tag, no score
        if r.label(i - 1) == "BENCHMARK" and r.w(i + 1) == ":" and "." in w:
            continue  # '- Vera-Bench 2.0: X achieved 68.5%': the test's version, in its label
        unit = _unit(r, i, value)
        if unit is False and r.w(i + 1) in _PAIR_WORDS and _is_number(r.w(i + 2)) and r.object_subject:
            if value <= 100:
                unit = None  # 'X trails Y on MMLU, 90.8 to 91.8': the first of a compared pair
            elif 500 <= value <= 3000 and float(value).is_integer() and _arena(r, i):
                unit = "elo"  # 'X beat Y on the Arena by a slim margin, 1253 to 1251'
        if unit is False and r.respectively and pending and r.w(i - 1) in (",", "and") \
                and pending[-1].end >= i - 2:
            if _says_no_score_after(r, i):  # '10% and 56.59% cheaper, respectively': a difference, each of them
                _drop_joined_values(r, pending, i)
                continue
            unit = pending[-1].unit  # '74.2 and 77 respectively'
        if i in listed:
            pairs[i] = listed[i]
            if unit is False:
                unit = "%" if r.w(i + 1) in ("%", "percent") and value <= 100 else None if value <= 100 else False
        if unit is False and r.w(i - 1) in _PAIR_WORDS and pending and pending[-1].end == i - 1:
            obj = _compared_object(r, i)
            if obj is not None:
                unit, pairs[i] = pending[-1].unit, obj
        if unit is False:
            continue
        pending.append(_Value("score", value, i, i + 2 if r.w(i + 1) in ("%", "percent") else i + 1, unit or None))
    if not pending:
        return
    run = _respective_run(r, pending) if r.respectively and len(pending) > 1 else _paired_run(r, pending)
    if len(run) > 1:
        holder = _subject(r, run[0].start, set())
        subjects = _respective(r, holder) if holder is not None else []
        if len(subjects) != len(run) and _plural_reference(r, run[0].start):
            subjects = _named_before(r)  # 'A and B lead. These models post respective scores of 88 and 85'
        benches = list(dict.fromkeys(r.spans[b]._.canonical for b in r.benches if b < run[0].start))
        if not benches:  # 'X scored 85.5 and 70.0 on A and B, respectively'
            benches = list(dict.fromkeys(r.spans[b]._.canonical for b in r.benches if b > run[-1].start))
        if len(subjects) == len(run):
            for subj, v in zip(subjects, run):
                _make(r, "score", subj, v.start, 0.8, value=v.value, unit=v.unit, value_span=(v.start, v.end))
            pending = [v for v in pending if v not in run]  # 'X scored 61%, behind A and B, which scored 80.1%
            # and 77.4% respectively'
        elif holder is not None and len(benches) == len(run):  # 'on A and B, X scored 85.5 and 70.0, respectively'
            firsts = {}
            for b in r.benches:
                firsts.setdefault(r.spans[b]._.canonical, b)
            for bench_id, v in zip(benches, run):
                _make(r, "score", holder, v.start, 0.8, value=v.value, unit=v.unit, value_span=(v.start, v.end),
                      benchmark=_note(r, firsts[bench_id]))
            pending = [v for v in pending if v not in run]
    bench, last, said = None, None, None
    swapped = _pairs_against_their_relation(r, pending, pairs)
    given: dict = {}  # (holder, benchmark id) -> the value the sentence gave it first
    held = _values_named_for(r, runs)
    for v in pending:
        if v.start in held:
            holder, note = held[v.start]
            _make(r, "score", holder, v.start, 0.8 if v.unit else 0.65, value=v.value, unit=v.unit,
                  value_span=(v.start, v.end), benchmark=note)
            continue
        shared_by = _value_held_by(r, v.end)
        if shared_by:  # 'the previous best score of 57, which was shared by A, B and C': each one's
            note = _score_benchmark(r, v.start, v.end)
            for holder in shared_by:
                _make(r, "score", holder, v.start, 0.7, value=v.value, unit=v.unit, value_span=(v.start, v.end),
                      benchmark=note)
            continue
        paired = v.start in pairs
        holder = pairs[v.start] if paired else _pair_subject(r, v, pairs)
        if holder is not None and v.start in swapped:
            holder = swapped[v.start]  # 'X was outscored by Y, 59.4 to 53.6': the higher figure is the winner's
        if holder is None and last is not None and r.w(v.start - 1) == "/" and last[0].end == v.start - 1:
            holder, paired = last[1], True  # 'Claude Opus 4: 72.5% / 79.4%': a second figure of the same model
        if holder is None:
            holder = _score_holder(r, v.start, v.end)
        if holder is not None and not paired and (_people_score(r, holder, v.start) or _ceiling(r, v.start)):
            continue  # 'X scores 34.8%, and human annotators score 60.3%': the people's figure, no model's; 'a maximum
            # possible score of 1': the scale's top
        last = (v, holder)
        if holder is None or _blocked(r, holder + 1, v.start) or (
                r.spans[holder].label_ != "MODEL" and not r.spans[holder]._.family
                and _vendor_on_a_board(r, v.start) != holder):  # 'On X, Acme scored 26.6%': the maker's
            continue
        metric = "average" if any(r.w(k) in ("average", "averaged", "averaging", "avg")
                                  for k in range(max(v.start - 4, r.start), v.start)) else None
        if not (paired and bench is not None):
            bench = _bracketed_benchmark(r, v.start) or _score_benchmark(r, v.start, v.end, average=metric is not None)
            if v.unit == "elo" and bench.id is not None and not r.ctx.resolver.is_arena(bench.id):
                board = r.ctx.context_benchmark(r.doc[v.start].idx)  # 'leads at 1561 Elo, SWE-bench 80.8%':
                bench = board if r.ctx.resolver.is_arena(board.id) else bench  # an Elo is the arena's
        if bench.id is None and not _says_score(r, v.start, v.unit) and not _joined_to_score(r, v, said, holder) \
                and not _set_against_said(r, v, said) \
                and not (r.label(v.start - 1) == "MODEL" and _named_value_pairs(r) >= 3):
            continue  # 'a decrease of 0.75% compared to X's 2.93%': no benchmark, no score word (a run of names
            # each with its value, 'A 70%, B 54%, C 28%', is a table in a sentence)
        if bench.id is None and not r.benches and not _unnamed_own_test(r):
            bench = r.ctx.prose_topic  # every score is on something: the one benchmark the article's prose is about
        if given.get((holder, bench.id), v.value) != v.value:
            compared = _object_just_before(r, v.start)  # 'X scores 75.3 and outperforms Y with a score of 66'
            holder = compared if compared is not None else holder
        given.setdefault((holder, bench.id), v.value)
        said = (v, holder)
        for holder_k in _both(r, holder, v.start, alone=len(pending) == 1):
            _make(r, "score", holder_k, v.start, 0.8 if v.unit else 0.65, value=v.value, unit=v.unit, metric=metric,
                  value_span=(v.start, v.end), benchmark=bench)


def _verb_left_out(r: _Reading, name_end: int) -> bool:
    """True when the name ending at ``name_end`` goes on a list after a score verb's first name and value
    ('X scores 84.0 on Y, Z 81.2'): the name follows a comma or 'and', and a score verb then a number stand
    before it in the sentence, within ``MAX_LIST_REACH`` tokens."""
    k = name_end
    while k > r.start and r.label(k - 1) == "MODEL":
        k -= 1
    if r.w(k - 1) not in (",", "and"):
        return False
    words = r.words_set("score_words")
    verb = next((t for t in range(max(r.start, k - MAX_LIST_REACH), k) if r.w(t) in words), None)
    return verb is not None and any(_is_number(r.w(t)) for t in range(verb + 1, k))


def _value_held_by(r: _Reading, end: int) -> list[int]:
    """The models a value is said of after it ('57, which was shared by A, B and C', '57, held by A'), or []."""
    k = _past_units(r, end, _VALUE_UNITS)
    if r.w(k) != ",":
        return []
    k += 1
    if r.w(k) in ("which", "that"):
        k += 1
    if r.w(k) in ("was", "is", "were", "are"):
        k += 1
    if r.w(k) not in ("shared", "held", "set", "posted") or r.w(k + 1) != "by":
        return []
    return [o for o in _objects(r, k + 2, skip_words=1) if r.label(o) == "MODEL"]


def _comparison_subject(r: _Reading, obj: int) -> Optional[int]:
    """The subject of the comparison whose cue, before ``obj``, made it an object ('X beats Y': X), or None."""
    said = r.object_subject.get(obj)
    return said[0] if said is not None and said[1] < obj else None


def _object_just_before(r: _Reading, i: int) -> Optional[int]:
    """The compared object a few words before token ``i``, in the same clause ('outperforms Y with a score of'), or None."""
    for k in range(i - 1, max(i - 7, r.start - 1), -1):
        if r.w(k) in (",", ";", ".", "and", "while", "but"):
            return None
        if r.is_name(k):
            return k if k in r.taken_objects and r.label(k) == "MODEL" else None
    return None


_PAIR_WORDS = frozenset({"to", "vs", "vs.", "versus"})  # 'beats Y, 82.5 to 64.7', '(61% vs 58%)'
_OUT_OF = re.compile(r"^(\d{1,3}(?:\.\d{1,2})?)/(5|10|100)$")  # '8.5/10'


def _rated(r: _Reading, i: int) -> bool:
    """True for a value out of a maximum that the sentence calls a rating or score ('earned an 8.5/10
    rating', 'scoring a 7/10'), not a share of tasks ('solved 7/10 tasks')."""
    nxt = r.w(i + 1)
    return nxt in r.words_set("score_words") or (not nxt.isalpha() and bool(
        r.words_set("score_words") & {r.w(k) for k in range(max(i - 4, r.start), i)}))


def _says_no_score_after(r: _Reading, i: int) -> bool:
    """True when the word after the value at ``i`` (and its '%', and a measure noun) says it is no score
    ('56.59% cheaper', '26.6% improvements', '12% accuracy gains', 'a 10.5% absolute improvement')."""
    after = i + 2 if r.w(i + 1) in ("%", "percent") else i + 1
    if r.w(after) in ("absolute", "relative", "net"):
        after += 1  # 'a 10.5% absolute improvement'
    word = r.w(after + 1) if r.w(after) in _MEASURE_NOUNS else r.w(after)
    return word in r.words_set("not_score_after")


def _drop_joined_values(r: _Reading, pending: list[_Value], i: int) -> None:
    """Take off ``pending`` the values joined by commas or 'and' to the one at ``i``: one list, one meaning."""
    k = i
    while pending and all(r.w(x) in (",", "and", "%", "percent") for x in range(pending[-1].end, k)):
        k = pending.pop().start


def _respective_run(r: _Reading, pending: list[_Value]) -> list[_Value]:
    """The values joined by 'and' or commas that end the list 'respectively' pairs ('80.1% and 77.4%')."""
    at = next((k for k in range(r.start, r.end) if r.w(k) == "respectively"), r.end)
    values = [v for v in pending if v.start < at]
    if not values or len(values) != len(pending):
        return []
    run = [values[-1]]
    for v in reversed(values[:-1]):
        if not all(r.w(k) in (",", "and", "%", "percent", "points", "pts") for k in range(v.end, run[0].start)):
            break
        run.insert(0, v)
    return run


def _former_record(r: _Reading, i: int) -> bool:
    """'beating the previous state of the art of 45%', 'the old record of 1,300': a record beaten, no one
    model's score."""
    if r.w(i - 1) != "of" or r.w(i - 2) not in _RECORD_WORDS:
        return False  # asked of every number: the cheap test first
    return not _FORMER_WORDS.isdisjoint(r.w(k) for k in range(max(i - 10, r.start), i))


_RECORD_WORDS = frozenset({"record", "best", "state-of-the-art", "sota", "art", "high", "top", "mark", "leader"})
_FORMER_WORDS = frozenset({"previous", "prior", "former", "old"})


def _paired_run(r: _Reading, pending: list[_Value]) -> list[_Value]:
    """'A and B achieve 51.0 and 59.7 on BBH': as many values joined by 'and' as the names joined before the
    verb, one each, in order, with no 'respectively' said."""
    if not 1 <= len(pending) <= 2:
        return []
    last = pending[-1]
    k = last.start - 1
    first = k - 1 - (r.w(k - 1) in ("%", "percent"))
    if r.w(k) != "and" or not _is_number(r.w(first)) or r.label(first) or (
            len(pending) == 2 and pending[0].start != first):
        return []
    run = [pending[0] if len(pending) == 2 else _Value("score", _number(r.w(first)), first, k, last.unit), last]
    verb = first - 1
    if not r.w(verb).isalpha() or r.is_name(verb) or r.label(verb - 1) != "MODEL":
        return []  # the values follow the verb the names are the subject of
    names = _respective(r, verb - 1)
    if not all(r.w(k) in (",", "and") or r.label(k) == "MODEL" for k in range(names[0], verb)):
        return []
    after = {r.spans[b]._.canonical for b in r.benches if b > last.start}
    return run if len(names) == len(run) and len(after) <= 1 or len(names) == 1 and len(after) == len(run) else []


def _restated(r: _Reading, i: int, pending: list[_Value]) -> bool:
    """'12.5 out of 42 points (~30 percent)': a value in brackets right after a score says it again,
    roughly or as a share; '41.0% (48.5% with more compute)' is a second score."""
    if not pending or r.w(i - 1) != "(":
        return False
    if r.w(i)[:1] not in "~\u2248" and not (r.w(i + 1) in ("%", "percent") and pending[-1].unit != "%"):
        return False
    j = i - 2
    while j > pending[-1].start and r.w(j) in ("points", "pts", "percent", "%", "elo"):
        j -= 1
    return _is_number(r.w(j)) and pending[-1].start <= j <= pending[-1].start + 3


def _compared_runs(r: _Reading) -> list[tuple[int, list[int], int]]:
    """(the token before, the values, the token after) of each run of values after 'compared with',
    'versus' or 'against' ('compared with 79.3 and 79.2 for Y')."""
    return [(k, *_value_run(r, k + 1)) for k in range(r.start, r.end - 1) if _compares_values_at(r, k)]


def _values_of_objects(r: _Reading, runs: list[tuple[int, list[int], int]]) -> dict[int, int]:
    """'beat A and B, scoring 85.0 compared with 79.3 and 79.2': the values after 'compared with',
    'versus' or 'against' are, in order, those of the comparison's objects when they are as many."""
    found: dict[int, int] = {}
    if not r.object_subject:
        return found  # no comparison in the sentence: no objects to give values to
    for k, values, j in runs:
        if r.w(j) in ("for", "from", "by", "respectively") or r.w(j) in POSSESSIVE:
            continue  # 'against 79.3 for Y': the value names its holder
        cues = [cue for _, (_, cue) in r.object_subject.items() if cue < k]
        if not cues:
            continue
        objects = sorted(o for o, (_, cue) in r.object_subject.items() if cue == max(cues))
        if len(objects) == len(values):
            found.update(zip(values, objects))
    return found


def _value_run(r: _Reading, j: int) -> tuple[list[int], int]:
    """The values of a list that starts at ``j`` ('79.3%, 78.0% and 75.2'), and the token after it."""
    values = []
    while j < r.end and _is_number(r.w(j)):
        values.append(j)
        j = _past_units(r, j + 1)
        if r.w(j) in (",", "and") and _is_number(r.w(j + 1)):
            j += 1
        elif r.w(j) == "," and r.w(j + 1) == "and" and _is_number(r.w(j + 2)):
            j += 2
    return values, j


def _values_named_for(r: _Reading, runs: list[tuple[int, list[int], int]]) -> dict[int, tuple[int, BenchmarkNote]]:
    """'85.1% on A and 70.2% on B, compared with 80.4% and 66.0% for Y': a run of values after 'compared
    with' or 'versus' that one name closes are that name's, on the sentence's benchmarks in order."""
    found: dict[int, tuple[int, BenchmarkNote]] = {}
    for k, values, j in runs:
        if len(values) < 2 or r.w(j) not in ("for", "from") or r.label(j + 1) != "MODEL":
            continue
        firsts: dict[str, int] = {}
        for b in r.benches:
            if b < k:
                firsts.setdefault(r.spans[b]._.canonical, b)
        if len(firsts) == len(values):
            found.update((v, (j + 1, _note(r, b))) for v, b in zip(values, firsts.values()))
    return found


def _pairs_against_their_relation(r: _Reading, pending: list[_Value], pairs: dict[int, int]) -> dict[int, int]:
    """Value start -> holder, for a compared pair written winner first against its comparison's direction ('X
    was outscored by Y, 59.4 to 53.6'): the higher figure is the one who outperforms, whatever the order."""
    swapped: dict[int, int] = {}
    if not pairs:
        return swapped
    by_start = {v.start: v for v in pending}
    before_pair_word = {v.end + 1: v for v in pending if r.w(v.end) in _PAIR_WORDS}  # 'V1 to' by where V2 starts
    relations = _relations_said(r)
    for second, obj in pairs.items():
        first = before_pair_word.get(second)
        subject, cue = r.object_subject.get(obj, (None, None))
        if first is None or subject is None or second not in by_start or _less_is_better(r, cue):
            continue  # ('a lower error rate than Y, 3.1 to 4.0': the lower figure wins)
        relation = relations.get((r.spans[subject].start_char, r.spans[obj].start_char))
        higher_first = first.value > by_start[second].value
        if (relation == "outperforms" and not higher_first and first.value != by_start[second].value) or (
                relation == "trails" and higher_first):
            swapped[first.start], swapped[second] = obj, subject
    return swapped


def _relations_said(r: _Reading) -> dict[tuple[int, int], str]:
    """(subject start, object start) -> the relation each comparison the sentence made states."""
    return {(f.subject.span[0], o.span[0]): f.relation for f in r.findings
            if f.kind == "comparison" and f.subject.span for o in f.objects if o.span}


def _pair_subject(r: _Reading, v: _Value, pairs: dict[int, int]) -> Optional[int]:
    """The first value of a compared pair is the comparison's subject's ('beats Y, 82.5 to 64.7')."""
    second = v.end + 1 if r.w(v.end) in _PAIR_WORDS else None
    if second is None or second not in pairs:
        return None
    subject, _ = r.object_subject.get(pairs[second], (None, None))
    return subject


def _compared_object(r: _Reading, i: int) -> Optional[int]:
    """The object of the comparison made before a 'V1 to V2' pair ('o1 beat R1 on GPQA, 75.7% to 71.5%')."""
    before = [(cue, obj) for obj, (subject, cue) in r.object_subject.items() if cue < i and r.label(obj) == "MODEL"]
    return min(before, key=lambda co: (-co[0], co[1]))[1] if before else None


def _tied_names_before(r: _Reading, tied: int) -> bool:
    """True when models are named right before the word 'tied' at ``tied`` ('A and B (are) tied')."""
    k = tied - 1 if r.w(tied - 1) not in ("are", "were", "is", "was", "all", "now") else tied - 2
    while k > r.start and r.w(k) in _ASIDE_CLOSE:
        k = (_opener(r, k) or k) - 1  # 'GPT-5.5 (medium) tied': past the name's brackets
    return r.label(k) == "MODEL"


def _both(r: _Reading, holder: int, value: int, alone: bool = False) -> list[int]:
    """'both A and B at 44.1', 'A and B at 44', and 'A and B scored 9%' with no other value in the
    sentence: the value is each one's."""
    if r.w(value - 1) == "at" and r.w(value - 2) == "both" and holder == value - 3:
        names = [k for k in range(max(holder - 8, r.start), holder + 1) if r.is_name(k) and not _possessor(r, k)]
        if len(names) >= 2 and all(r.w(k) in (",", "and") or r.is_name(k) or r.w(k) in POSSESSIVE
                                   for k in range(names[-2], holder)):
            return names[-2:]  # 'with A and B both at 88.7'
    if r.w(value - 1) == "at" and holder == value - 2:
        names = [holder]
        k = holder - 1
        while k >= r.start and (r.w(k) in (",", "and") or r.is_name(k)):
            if r.is_name(k):
                names.insert(0, k)
            k -= 1
        if r.w(k) == "both" and len(names) == 2:
            return names
        if len(names) == 2 and names[0] == holder - 2 and r.w(holder - 1) == "and" and r.w(k) != "," \
                and not _is_number(r.w(k - 1)) and r.label(names[0]) == "MODEL":
            return names  # 'ahead of A and B at 44 and C at 43': one value for the pair
    both = any(r.w(k) == "both" for k in range(holder + 1, value))
    tied = any(r.w(k) in _TIED for k in range(holder + 1, value))  # 'A, B and C are tied at 57'
    if both or tied or "each" in (r.w(value + 1), r.w(value + 2)):  # 'A and B both averaged 1.2', '... 2.0 points each'
        last = holder  # 'A and B have tied on X, both scoring 57': the score's holder may be the first of the pair
        while r.w(last + 1) in (",", "and") and r.label(last + 2) == "MODEL" and last + 2 < value:
            last += 2
        names = [k for k in _coordinated(r, last, value) if r.label(k) == "MODEL" and r.w(k + 1) not in POSSESSIVE]
        if len(names) >= 2:
            return names[-2:] if both else names
    if r.w(holder - 1) == "with" and r.w(holder - 2) in _TIED and r.w(value - 1) == "at":
        other = _subject(r, holder - 2, set())  # 'X is tied with Y at 57'
        if other is not None and r.spans[other].label_ == "MODEL":
            return [other, holder]
    tie = next((k for k in range(value + 1, min(r.end, value + 10)) if r.w(k) in _TIED and r.w(k + 1) == "with"), None)
    if tie is not None and not any(r.w(k) in (".", ";", "but", "while") for k in range(value, tie)):
        return [holder, *(o for o in _objects(r, tie + 2) if r.label(o) == "MODEL" and o != holder)]
    if alone and holder < value:
        last = next((k for k in range(value - 1, holder - 1, -1) if r.label(k) == "MODEL"), holder)
        names = [k for k in _coordinated(r, last, value) if r.label(k) == "MODEL" and r.w(k + 1) not in POSSESSIVE]
        between = [r.w(k) for k in range(last + 1, value)]
        if between[:1] == [","] and _members_of_subject(r, names):
            between = between[1:]  # 'models, such as A, B and C, score around 1%': the list is the subject's
        if len(names) >= 2 and holder in names and not any(w in (",", "and", "(", "while", "but") for w in between) \
                and set(between) & r.words_set("score_words"):
            return names  # 'A and B scored roughly 9%': one value said of both subjects
    return [holder]  # ('X scored 57, tied with A and B': the same value is each one's)


_TIED = frozenset({"tied", "tying"})


def _members_of_subject(r: _Reading, names: list[int]) -> bool:
    """True when ``names`` are listed as members of the clause's plural subject ('models, such as A, B and C,')."""
    if not names:
        return False
    intro = names[0] - 1
    if r.w(intro) == "as" and r.w(intro - 1) == "such":
        intro -= 1
    elif r.w(intro) not in ("including", "like"):
        return False
    noun = intro - 2 if r.w(intro - 1) == "," else intro - 1
    return r.w(noun) in _UNNAMED_SUBJECTS


def _model_named_at(r: _Reading, k: int) -> Optional[int]:
    """The model named at ``k``, after at most two lower-case words ('for the standard X'), or None."""
    for j in range(k, min(k + 3, r.end)):
        if r.label(j) == "MODEL":
            return j
        if not (r.w(j).isalpha() and r.doc[j].text.islower()):
            return None
    return None


_MAGNITUDES = frozenset({"t", "b", "m", "k", "bn", "tb", "gb"})


def _points_stated_before(r: _Reading, i: int) -> float:
    """The largest figure of points the sentence states before token ``i`` ('with 303 points'), or 0."""
    return max((_number(r.w(k - 1)) for k in range(r.start + 1, i)
                if r.w(k) in ("points", "pts") and _is_number(r.w(k - 1))), default=0)


def _out_of(r: _Reading, k: int) -> float:
    """The most there is when 'out of N' ('out of a total of N') stands at ``k``: '303 points out of 420'; else 0."""
    if r.w(k) != "out" or r.w(k + 1) != "of":
        return 0
    k += 2
    if r.w(k) in ("a", "the") and r.w(k + 1) in ("total", "maximum", "possible") and r.w(k + 2) == "of":
        k += 3
    return _number(r.w(k)) or 0


def _unit(r: _Reading, i: int, value: float):
    """'%', 'elo', None (a plain score by a benchmark or a score word), or False (no score)."""
    nxt, prev = r.w(i + 1), r.w(i - 1)
    if prev in _SOFTENERS and r.w(i - 2) in _SCORE_LEADS or prev in _ROUGHLY:
        prev = r.w(i - 2)  # 'scored just 39%', 'averaged only 1.2', 'an Elo of roughly 1402'
    elif prev.isalpha() and r.w(i - 2) in ("a", "an") and r.w(i - 3) in _SCORE_LEADS - {"at", "of"}:
        prev = r.w(i - 3)  # 'scored a record 86.918', 'posted an impressive 71.2'
    after_pct = r.w(i + 2) if nxt in ("%", "percent") else ""
    if after_pct in _MEASURE_NOUNS or after_pct in ("absolute", "relative", "net"):
        after_pct = r.w(i + 3)  # 'a 20% accuracy gain', 'a 10.5% absolute improvement': a change, no score
    not_before, not_after = r.words_set("not_score_before"), r.words_set("not_score_after")
    after = i + 2 if nxt in ("%", "percent") else i + 1
    versus_for = _model_named_at(r, after + 1) is not None and (  # 'against 90.2 for X', 'more than 1281 of X': X's value
        (r.w(after) == "for" and (prev in ("versus", "vs", "vs.", "against") or _ends_compared_with(r, i - 1)
                                  or (prev == "from" and r.w(i - 2) in ("up", "down"))))  # 'up from 86.8% for X'
        or (r.w(after) == "of" and prev == "than"))
    risen_to = _risen_to(r, i)
    if prev == "-" and r.doc[i - 1].whitespace_ and (r.doc[i - 2].whitespace_ or i - 1 == r.start) \
            and not _is_number(r.w(i - 2)):
        prev = ""  # '**Long context** - 76% on X', '- 76% on X': a dash that sets the value apart or marks an item
    elif r.w(i - 2) == "-" and not r.doc[i - 3].whitespace_ and not r.doc[i - 2].whitespace_:
        prev = ""  # 'a record-breaking 49%': the end of a compound describing the value, no word of its own
    if (prev in not_before and not versus_for and not risen_to) or prev in ("no", ".", "#", "number", "rank", "top", "nr") or \
            prev.startswith(("$", "€", "£")):
        return False
    if prev == "-" and _is_number(r.w(i - 2)):
        return False
    if prev == "of" and r.w(i - 2) in _RATING_NOUNS and r.w(i - 3) in ("a", "an", "the") and r.w(i - 4) in not_before:
        return False  # 'the first model to surpass a score of 1400': a mark passed, no score
    low_end = i - 3 if r.w(i - 2) in ("%", "percent") else i - 2
    if prev in ("and", "to") and _is_number(r.w(low_end)) and r.w(low_end - 1) == "between":
        return False  # 'between 85 and 90 percent', 'between 1% and 1.3%': a range, no score
    if prev == "of" and r.w(i - 2) == "out":
        return False  # '10.1 out of 42': the most there is, no score
    if prev == "of" and r.w(i - 2) in ("shy", "short") and _model_named_at(r, i - 1) is None:
        return False  # 'just shy of 90%': a mark missed, no score
    if prev == "of" and r.w(i - 2) == "baseline" and r.w(i - 3) not in POSSESSIVE:
        return False  # 'exceeding the human baseline of 29.2%': no model's score
    if prev == "of" and any(r.w(k) in _PREVIOUS and r.w(k + 1) in _BEST_NOUNS | {"state-of-the-art", "state"}
                            for k in range(max(r.start, i - 6), i - 1)):
        return False  # 'compared to the previous best of 54.2%': some other model's, before
    if nxt in _MAGNITUDES and not r.doc[i].whitespace_:
        return False  # '1T tokens', '7 B parameters' split by the tokenizer: a count, no score
    solved_share = after_pct == "of" and prev in _SOLVING_VERBS  # 'solved 63.4% of the problems': a success rate
    if _point_score(r, i) and value <= 100:
        return None  # 'a 53.3-point score', 'an 88.1-point performance': the value, said as points
    if ((nxt in not_after or after_pct in not_after) and not solved_share and not versus_for) or nxt == "-" \
            or r.w(i + 1) in ("point", "-point"):
        if not (nxt in ("points", "pts") and r.w(i + 2) not in _GAP_WORDS):
            if nxt not in ("points", "pts"):
                return False
    if prev == "by" or _difference(r, i) or _margin(r, i) or _edition_after_on(r, i) or _gap_stated(r, i) \
            or _in_signed_run(r, i):
        return False
    if prev in _MOVED:
        return False  # 'its shares surged 28.7%', 'accuracy jumped 12 points': by how much, no score
    if nxt == "percentage" and r.w(i + 2) in ("points", "point"):
        return False  # '3.1 percentage points': a difference between scores, no score
    if risen_to:  # 'improved on MMLU from 84.3% to 88.7%': the new score is the model's
        if nxt in ("%", "percent"):
            return "%" if value <= 100 else False
        if 500 <= value <= 3000 and float(value).is_integer() and _arena(r, i):
            return "elo"
        return None if r.benches and value <= 100 else False
    if nxt in ("%", "percent"):
        return "%" if value <= 100 else False
    if value <= 100 and (versus_for or (r.w(after) == "for" and r.label(after + 1) == "MODEL") or (
            prev == "at" and (r.label(i - 2) == "MODEL" or r.w(i - 2) == "both" and r.label(i - 3) == "MODEL"
                              or r.w(i - 2) in _TIED and _tied_names_before(r, i - 2)))) \
            and (r.benches or _result_said_before(r)):
        return None  # '90.2 for GPT-4o', 'against 90.2 for X', 'A and B both at 88.7', 'A, B and C tied at 57'
    if r.label(i - 1) == "MODEL" and (nxt in (",", ";", ".", "and") or not nxt.strip()) and _benchmark_list_label(r):
        return None if value <= 100 else _rating_unit(r)  # 'MMLU: A 88.7, B 88.3', 'Codeforces (Elo): A 2056'
    if value <= 100 and r.label(i - 1) == "MODEL" and _ends_a_pair(r, i) and _named_value_pairs(r) >= 3:
        return None  # 'A 62.8 (October), B 57.1, C 66.3': a run of names, each with its value
    if value <= 100 and r.label(i - 1) == "MODEL" and r.benches and _ends_a_pair(r, i) and _verb_left_out(r, i - 1):
        return None  # 'X scores 84.0 on Y, Z 81.2 and W 79.9': the score verb said once, for each name
    window = {r.w(k) for k in range(max(i - 4, r.start), i)}
    if YEAR.match(r.w(i)) and nxt not in ("elo", "points") and not ("elo" in window or "rating" in window and prev == "of"):
        return False  # '2029' is a year, but 'an Elo rating of 2029' a rating
    arena = _arena(r, i)
    if versus_for and 500 <= value <= 3000 and float(value).is_integer() and (arena or "elo" in window):
        return "elo"  # 'a little more than 1281 of X', 'against 1281 for Y' on the Arena
    if prev == "at" and r.label(i - 2) == "MODEL" and 500 <= value <= 3000 and float(value).is_integer() \
            and "elo" in r.words[:i - r.start]:
        return "elo"  # 'A at 1502 Elo, B at 1500, C at 1498': the list's later values are on its scale too
    if nxt in ("elo", "points", "pts") or "elo" in window:
        if 500 <= value <= 3000 and (nxt == "elo" or "elo" in window or arena) or (nxt == "elo" and 500 <= value <= _MAX_ELO):
            return "elo"  # (a value called Elo may be a contest rating: 'a 3455 Elo rating on Codeforces')
        if nxt in ("points", "pts") and (value <= 100 or value <= _out_of(r, i + 2) or prev in _SCORE_LEADS | {"with"}):
            return None  # '303 points out of 420', 'scored 303 points': a score on a scale of points
        return False
    score_noun_after = prev in ("a", "an") and (nxt in _RATING_NOUNS or (  # 'leads with a 1567 score', 'a 91.5 rating'
        nxt in _AVERAGE_WORDS and r.w(i - 2) in _SCORE_LEADS | {"with"}))  # 'posted a 61.2 average'
    if arena and 800 <= value <= 4000 and (float(value).is_integer() or (prev == "of" and window & r.words_set(
            "score_words")) or prev in POSSESSIVE) and (
            prev in ("at", "of", "(", "with", "scored", "to", "\u2013", "-", ":", "is", "was", "reached", "hit", "hovered",
                     "hovers", "hovering")
            or prev in r.words_set("score_words")
            or r.label(i - 1) == "MODEL"
            or prev in POSSESSIVE or score_noun_after):
        return "elo"
    if prev in ("with", "at") and value <= 100 and ("." in r.w(i) and _on_leaderboard(r, i) or _after_lead(r, i - 1)):
        return None  # 'came second with 36.18', 'leading the pack with 87.3'
    if prev == ":" and value <= 100 and _model_label(r, i - 1) is not None and _ends_the_item(r, i) \
            and _benchmark(r, i, "score").id is not None:
        return None  # '- Kappa 3 Pro: 65.59' in a list under 'VeraBench scores:': the model's score there
    if prev in ("with", "at") and value <= _points_stated_before(r, i) and _after_lead(r, i - 1):
        return None  # 'A leads with 303 points, followed by B with 296': the leader's scale of points
    if prev == "at" and value <= 100 and _stands_at(r, i):
        bench = _benchmark(r, i, "score").id
        if bench is not None and (bench in r.ctx.boards or r.w(i - 2) in _SITTING):
            return None  # 'X is at 61, Y at 58' on the article's index; 'Y sits at 9.3' on the benchmark just named
    if prev in _SITTING | {"sitting"} and value <= 100 and r.w(i - 1) in _ROUGHLY \
            and _benchmark(r, i, "score").id is not None:
        return None  # 'Z sits around 53', ', sitting around 61.4' on the benchmark the text is on
    if prev == "with" and value <= 100 and "." in r.w(i) and r.label(i - 3) == "MODEL" and r.w(i - 2).isalpha() \
            and _benchmark(r, i, "score").id is not None:
        return None  # 'X dominates with 71.3' where the benchmark is known
    if prev in ("=", ":") and (r.label(i - 2) == "BENCHMARK" or _metric_after_benchmark(r, i - 2)) \
            or _benchmark_of(r, i) or r.label(i - 1) == "BENCHMARK" or (
            r.label(i + 1) == "BENCHMARK") or (nxt == "on" and (r.label(i + 2) == "BENCHMARK" or (
                r.w(i + 2) == "the" and r.label(i + 3) == "BENCHMARK"))) or (
            prev in ("of", "average") and window & r.words_set("score_words")) or (
            prev in ("is", "was") and window & r.words_set("score_words")) or (
            prev == "at" and any(r.w(k) in _SCORE_VERBS for k in range(max(i - 7, r.start), i - 1))) or prev in (
            "scored", "scores", "scoring", "score", "averaging", "averaged", "rating") or (
            prev in r.words_set("score_words") and r.label(i + 1) != "MODEL") or (
            prev == "(" and nxt == ")" and (r.label(i - 2) in ("MODEL", "BENCHMARK")  # 'best on MMLU (88.6)'
                                            or r.w(i - 2) in r.words_set("score_words"))) \
            or _bracketed_values_of(r, i) is not None \
            or prev in POSSESSIVE or score_noun_after or (
            prev == "(" and r.label(i - 2) == "BENCHMARK" and nxt in _PAIR_WORDS):  # 'on VeraQA (62.2 versus 60.5)'
        return None if value <= 100 else False
    return False


_RATING_NOUNS = frozenset({"score", "rating"})


def _point_score(r: _Reading, i: int) -> bool:
    """True for a value joined to 'point' before a noun of a result ('a 53.3-point score'), no margin ('a
    3-point lead')."""
    k = i + 1
    if r.w(k) == "-":
        k += 1
    return r.w(k) in ("point", "-point") and r.w(k + 1) in _POINT_RESULTS


_POINT_RESULTS = frozenset({"score", "scores", "performance", "result", "rating", "average", "mark", "total"})


def _benchmark_of(r: _Reading, i: int) -> bool:
    """'reaches VeraHard of 85.0, VeraEval LC of 57.6': a benchmark's value after 'of' (not when a name
    stands before the benchmark, whose value it may be or whose variant it may name: 'Y VeraBench of 8.9')."""
    if r.w(i - 1) != "of":
        return False
    k = i - 2
    while k > r.start and r.label(k) != "BENCHMARK" and r.w(k) != "-" and _METRIC_TOKEN.match(r.w(k)) and i - k < 5:
        k -= 1
    return r.label(k) == "BENCHMARK" and not r.is_name(k - 1)


_METRIC_TOKEN = re.compile(r"^(?:[\d.\-@]+|shots?|pass@\d+|pass|cot|em|acc|f1|maj@\d+|avg|lc)$")


def _metric_after_benchmark(r: _Reading, k: int) -> bool:
    """'VeraEval Pass@1: 70.12', 'GSM8K 0-shot: 81.5': a benchmark and its metric end at token ``k``."""
    j = k
    while j > max(k - 5, r.start) and r.label(j) != "BENCHMARK" and _METRIC_TOKEN.match(r.w(j)):
        j -= 1
    return j < k and r.label(j) == "BENCHMARK"


def _compares_values_at(r: _Reading, k: int) -> bool:
    """'versus 79.3', 'compared with 79.3': a list of values to compare with starts after ``k``."""
    return (r.w(k) in ("versus", "vs", "vs.", "against") or _ends_compared_with(r, k)) and _is_number(r.w(k + 1))


def _ends_compared_with(r: _Reading, k: int) -> bool:
    """'compared to', 'compared with', 'relative to' end at token ``k``."""
    return r.w(k) in ("to", "with") and r.w(k - 1) in ("compared", "relative", "comparison")


_SOLVING_VERBS = frozenset({"solve", "solves", "solved", "solving", "answer", "answers", "answered", "answering", "pass",
                            "passes", "passed", "passing", "resolve", "resolves", "resolved", "resolving", "complete",
                            "completes", "completed", "completing"})
_MEASURE_NOUNS = frozenset({"performance", "accuracy", "speed", "efficiency", "throughput", "quality"})
_SOFTENERS = frozenset({"just", "only", "merely"})  # never 'over' or 'nearly': a bound is no score
_ROUGHLY = frozenset({"about", "around", "roughly", "approximately"})  # an approximate score is a score as written
_NEAR_PLACE = _ROUGHLY | {"near", "nearly"}  # 'around the fifth position': no place to check
_SCORE_LEADS = frozenset({"scored", "scores", "scoring", "averaged", "averaging", "achieved", "achieves", "reached",
                          "reaches", "hit", "hits", "posted", "posts", "managed", "manages", "recorded", "records",
                          "at", "of"})  # 'the lowest score, at just 1.1 points', 'a score of just 8.3%'
_SCORE_VERBS = frozenset({"score", "scores", "scored", "scoring"})  # 'A and B score higher on X at 88.7 and 88.3'
_SITTING = frozenset({"sits", "sit", "sat", "stands", "stood"})
_STANDING_WORDS = frozenset({"is", "are", "sits", "sit", "stands", "stand", "both", "now", "currently", "at"})


def _stands_at(r: _Reading, i: int) -> bool:
    """'X is at 61', 'A and B both sit at 64', ', Y at 58': a model standing right before 'at'."""
    k = i - 2
    while k > i - 5 and r.w(k) in _STANDING_WORDS:
        k -= 1
    return r.label(k) == "MODEL"


def _rating_unit(r: _Reading):
    """'elo' when a list's label says its values are Elo ratings, None for another rating, else no score."""
    label = {r.w(k) for k in range(r.start, min(r.start + 8, r.end))}
    return "elo" if "elo" in label else (None if label & {"rating", "ratings"} else False)


def _ends_a_pair(r: _Reading, i: int) -> bool:
    nxt = r.w(i + 1)
    return nxt in (",", ";", "and", "(", "\u00b7", "\u2022") or (nxt == "." and i + 2 >= r.end) or not nxt.strip()


def _named_value_pairs(r: _Reading) -> int:
    """How many values of the sentence stand right after a model's name and end a list item."""
    if r.pairs is None:
        r.pairs = sum(1 for i in range(r.start + 1, r.end) if r.label(i - 1) == "MODEL" and not r.label(i)
                      and r.w(i)[:1].isdecimal() and _number(r.w(i)) is not None
                      and _ends_a_pair(r, i + 1 if r.w(i + 1) == "%" else i))
    return r.pairs


def _benchmark_list_label(r: _Reading) -> bool:
    """'MMLU: A 88.7, B 88.3': a sentence that opens with a benchmark and a colon lists its scores."""
    k = r.start
    while r.w(k) in ("-", "*", "•", "**"):
        k += 1
    if r.label(k) != "BENCHMARK":
        return False
    colon = next((j for j in range(k + 1, min(k + 7, r.end)) if r.w(j).endswith(":")), None)  # "AIME'24:", 'X (Elo):'
    return colon is not None and not any(r.is_name(j) for j in range(k + 1, colon))


def _after_lead(r: _Reading, prep: int) -> bool:
    """True when a lead or rank phrase ends right before 'with' ('leading the pack with', 'ranked first with')."""
    if any(cue.label == "LEAD" and prep - 4 <= e <= prep for cue, s, e in r.cues):
        return True
    verb = prep - 2 if r.w(prep - 1) in _CLOSE_ADVERBS else prep - 1
    if r.w(verb) in _FOLLOWING_VERBS and r.label(verb - 1) == "MODEL":
        return True  # 'X follows with 19 points', 'Y followed closely at 59'
    if r.label(prep - 1) == "MODEL" and _named_by_followed(r, prep - 1):
        return True  # 'followed by Y with 79 and Z with 75.5': each follower's figure
    return any(rank_at(r, k) is not None for k in range(max(r.start, prep - 3), prep))


def _named_by_followed(r: _Reading, name: int) -> bool:
    """True when the name at ``name`` is one of those listed after 'followed by' ('followed by Y with 79
    and Z with 75.5'): back from it only names, their figures and the words that join a list."""
    k = name - 1
    while k > r.start and name - k <= 16:
        w = r.w(k)
        if w == "by":
            verb = k - 2 if r.w(k - 1) in _CLOSE_ADVERBS else k - 1
            return r.w(verb) in ("followed", "trailed")
        describes = w.isalpha() and (r.label(k + 1) in _NAME_LABELS
                                     or (r.w(k + 1).isalpha() and r.label(k + 2) in _NAME_LABELS))
        if not (r.is_name(k) or describes or w in _LISTED_FIGURE_WORDS or w in POSSESSIVE or _is_number(w)):
            return False  # (a word that describes the name after it: 'US firm Acme's Y')
        k -= 1
    return False


_NAME_LABELS = frozenset({"MODEL", "VENDOR"})
_LISTED_FIGURE_WORDS = frozenset({",", "and", "with", "at", "points", "pts", "%"})


_CLOSE_ADVERBS = frozenset({"closely", "close", "narrowly", "just", "right"})
_GAP_WORDS = frozenset({"ahead", "behind", "above", "below", "lead", "gap", "higher", "lower", "more", "less", "over",
                        "clear"})
_MARGIN_WORDS = frozenset({"by", "margin", "gap", "lead", "advantage", "edge", "difference", "deficit"})
_APPROXIMATE = frozenset({"nearly", "almost", "about", "around", "roughly", "approximately", "some", "just", "only",
                          "barely", "over", "~", "a", "of", "slim", "narrow", "wide"})


_EDITION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d)?$")


def _edition_after_on(r: _Reading, i: int) -> bool:
    """'61.0% on VeraBench 2.0', 'leads VeraBench 2.0 at 61.2%': a short number right after the
    benchmark a value is on, or before the value, is its edition."""
    if r.label(i - 1) != "BENCHMARK" or not _EDITION_NUMBER.match(r.w(i)) or r.w(i + 1) in ("%", "percent"):
        return False
    k = i - 1
    while k > r.start and r.label(k - 1) == "BENCHMARK":
        k -= 1
    if r.w(i + 1) in ("at", "with") and _is_number(r.w(i + 2)):
        return True  # 'Dominates VeraBench 2.0 at 61.2%'
    return r.w(k - 1) in ("on", "in") or r.w(k - 1) == "the" and r.w(k - 2) in ("on", "in")


_MOVED = frozenset({"jumps", "jumped", "jump", "rose", "rises", "rise", "climbs", "climbed", "climb", "increased",
                    "increases", "improved", "improves", "leaps", "leapt", "leaped", "soared", "soars", "surged", "surges",
                    "grew", "grows", "dropped", "drops", "fell", "falls", "slipped", "slips", "declined", "declines"})


def _risen_to(r: _Reading, i: int) -> bool:
    """True for the second number of 'from 41.3% to 52.0%' and for 'jumps to 80.9%': where a score went."""
    j = i - 2
    if r.w(j) in ("%", "percent"):
        j -= 1
    if r.w(i - 1) == "to" and r.w(i - 2) in _MOVED:
        return True
    if r.w(i - 1) == "to" and r.w(i - 2) in ("up", "down"):  # 'up to 37.5% from 26.5%': where it went, from where
        after = i + 2 if r.w(i + 1) in ("%", "percent") else i + 1
        return r.w(after) == "from"
    return r.w(i - 1) == "to" and _is_number(r.w(j)) and r.w(j - 1) == "from" and r.w(j - 2) not in _RANGE_WORDS


def _improved_over(r: _Reading) -> None:
    """'X improved from 70.3 to 74.2 compared to Y', 'Compared with Y, X lifts A from 48.1 to 81.2': the first figure
    is Y's, the second X's, and X outperforms Y (trails it, when the figure fell)."""
    baseline = _baseline(r) if "from" in r.words else None
    if baseline is None:
        return
    for k in range(r.start + 1, r.end - 3):
        if r.w(k) != "from" or not _is_number(r.w(k + 1)) or r.w(k - 1) in _RANGE_WORDS:
            continue
        a_end = k + 2 + (r.w(k + 2) in ("%", "percent"))
        b = a_end + 1 + (r.w(a_end + 1) in _EMPHASIS_MARKS)
        if r.w(a_end) != "to" or not _is_number(r.w(b)):
            continue
        b_end = b + 1 + (r.w(b + 1) in ("%", "percent"))
        holder = _score_holder(r, b, b_end)
        if holder is None or holder == baseline or r.label(holder) != "MODEL" \
                or r.w(holder + 1).startswith("/") or r.w(baseline + 1).startswith("/"):
            continue  # ('A-7/72B ... from 70.3 to 74.2 and 84.2 to 86.1': names and figures paired by size)
        made = next((f for f in r.findings if f.kind == "score" and f.value_span == _chars(r, b, b_end)
                     and f.subject.text == r.spans[holder].text), None)
        if made is None:
            continue
        r.findings = [f for f in r.findings if not (f.kind == "score" and f.value_span == made.value_span
                                                    and f.subject.text == r.spans[baseline].text)]
        before, after = _number(r.w(k + 1)), _number(r.w(b))
        _make(r, "score", baseline, k + 1, 0.7, value=before, unit="%" if a_end > k + 2 else made.unit,
              value_span=(k + 1, a_end), benchmark=made.benchmark)
        if before != after:
            _make(r, "comparison", holder, k, 0.7, relation="outperforms" if after > before else "trails",
                  objects=[baseline], benchmark=made.benchmark)


def _baseline(r: _Reading) -> Optional[int]:
    """The model a sentence measures a change against: the name after 'compared to/with', 'relative to',
    'versus' or 'over'."""
    for i in range(r.start, r.end - 1):
        w, nxt = r.w(i), r.w(i + 1)
        j = i + 2 if (w == "compared" and nxt in ("to", "with")) or (w == "relative" and nxt == "to") else \
            i + 1 if w in ("versus", "vs", "vs.", "over") else None
        if j is not None and r.w(j) == "the":
            j += 1
        if j is not None and r.label(j) == "MODEL" and j in r.spans:
            return j
    return None


_PEOPLE = frozenset({"human", "humans", "annotators", "people", "participants", "crowdworkers", "experts", "baseline",
                     "chance"})


def _people_score(r: _Reading, holder: int, value: int) -> bool:
    """True when people or a baseline, not the model named before, are what the clause before ``value`` scores:
    'and human annotators score 60.3%', 'The human baseline is 72.4%', 'random chance is 25%'."""
    for k in range(value - 1, max(holder, value - 8), -1):
        w = r.w(k)
        if w in (",", ";", ".") or r.is_name(k):
            return False
        if w in _PEOPLE:
            j = k - 1
            while j >= r.start and (r.w(j) in _PEOPLE or r.w(j) in ("the", "a", "an", "average", "expert", "random")):
                j -= 1
            return j < r.start or r.w(j) in ("and", ",", ";", "while", "whereas", "but")  # the clause's subject
    return False


def _ceiling(r: _Reading, value: int) -> bool:
    """True for the top of a scale, no result: 'a maximum possible score of 1', 'out of a max score of 100'."""
    return any(r.w(k) in ("maximum", "max", "possible") for k in range(max(r.start, value - 4), value))


_RANGE_WORDS = frozenset({"ranging", "range", "ranges", "ranged", "varying", "varies", "vary", "varied", "spanning",
                          "anywhere", "everything", "anything"})  # 'ratings ranging from 1102 to 1140': no score


def _margin(r: _Reading, i: int) -> bool:
    """'by nearly 20 points', 'a margin of 3.4', 'a lead of about 12': how far apart two scores are, no score."""
    k = i - 1
    while k > max(r.start, i - 5) and r.w(k) in _APPROXIMATE:
        k -= 1
    return k < i - 1 and r.w(k) in _MARGIN_WORDS


def _gap_stated(r: _Reading, i: int) -> bool:
    """'the gap between A and B is now 40 points', 'its lead widened to 12': a value a gap noun is the
    subject of, said by a copula or a verb of change, is how far apart two scores are."""
    for k in range(i - 1, max(r.start, i - 14) - 1, -1):
        w = r.w(k)
        if _is_number(w) or w in (".", ";", ":"):
            return False
        if w in _GAP_NOUNS:
            between = {r.w(j) for j in range(k + 1, i)}
            return bool(between & _GAP_VERBS) and not between & r.words_set("score_words")
    return False


_GAP_NOUNS = frozenset({"gap", "margin", "lead", "difference", "spread", "distance", "deficit"})
_GAP_VERBS = frozenset({"is", "was", "are", "stands", "stood", "remains", "widened", "narrowed", "grew", "shrank",
                        "increased", "decreased", "rose", "fell"})


def _in_signed_run(r: _Reading, i: int) -> bool:
    """True for a value in brackets beside others written with a plus sign ('(+13% [A], 7.57% [B])'): the
    bracket lists by how much one model leads on each benchmark, no score."""
    if "(" not in r.words:
        return False
    open_at = next((k for k in range(i - 1, max(r.start, i - 40) - 1, -1) if r.w(k) in ("(", ")")), None)
    if open_at is None or r.w(open_at) != "(":
        return False
    close_at = next((k for k in range(i + 1, min(r.end, i + 40)) if r.w(k) in ("(", ")")), None)
    if close_at is None or r.w(close_at) != ")":
        return False
    return any(r.w(k)[:1] == "+" and _is_number(r.w(k)[1:]) for k in range(open_at + 1, close_at))


def _difference(r: _Reading, i: int) -> bool:
    """'12 points ahead', '4 more', '3.1% higher': a gap between two scores, no score."""
    nxt = r.w(i + 1)
    return nxt in _GAP_WORDS or (nxt in ("points", "pts", "point", "%", "percent", "elo") and r.w(i + 2) in _GAP_WORDS)


def _arena(r: _Reading, i: int) -> bool:
    """True when the number's benchmark rates on an Elo scale (Chatbot Arena, Codeforces)."""
    note = _benchmark(r, i, "score")
    return note.id in r.ctx.resolver.elo_scales


def _on_leaderboard(r: _Reading, i: int) -> bool:
    note = _benchmark(r, i, "score")
    return note.id is not None and note.id in r.ctx.boards


_HEDGED_FIGURE = _ROUGHLY | {"estimated", "reported", "claimed", "self-reported", "nearly"}  # "X's estimated 59.1%"


def _score_holder(r: _Reading, i: int, end: int) -> Optional[int]:
    """Whose score a number is: "X's 95.1%", 'X (72.1)', 'X at 1282', '84.0% (X)', else the clause's
    subject; a comparison's object keeps its own score only when it stands right before it."""
    possessive = i - 1
    while r.w(possessive) in _HEDGED_FIGURE and possessive > i - 3:
        possessive -= 1  # "X's estimated 59.1%"
    if r.w(possessive) in POSSESSIVE:
        if r.is_name(possessive - 1):
            return possessive - 1
        if possessive - 1 > r.start and r.doc[possessive - 1].text[:1].isupper() and not r.label(possessive - 1):
            return None  # "Zed Ultra's 59.1%": a holder the sentence names, though no name is known, not the subject
    if _unknown_scorer(r, i):
        return None
    owner = _possessive_score_of(r, i)
    if owner is not None:
        return owner  # "Y's score of 1366", "Y's MMLU score of 87.2"
    bracketed = _bracketed_values_of(r, i)
    if bracketed is not None:
        return bracketed  # 'trailing X (92.0 and 88.0)': each value in the brackets after a name is the name's
    if r.w(end) == "(" and r.label(end + 1) == "MODEL" and r.w(end + 2).startswith(")") and r.label(i - 1) != "MODEL":
        return end + 1
    if r.w(end) in ("on", "in") and r.label(end + 1) == "BENCHMARK" and r.w(end + 2) == "(" \
            and r.label(end + 3) == "MODEL" and r.w(end + 4).startswith(")") and r.label(i - 1) != "MODEL":
        return end + 3  # '86.3 on BFCL (X)': the name in brackets after the value's benchmark holds it
    if _unnamed_runner_up_before(r, i):
        return None  # 'ranking #1 with 79.4%, where the second best is 74.2%': no named model's
    named = _model_named_at(r, end + 1) if r.w(end) == "for" or r.w(end) == "of" and r.w(i - 1) == "than" \
        or r.w(end) == "from" and r.w(i - 1) == "the" else None  # 'a big win over the 86% from X'
    if named is not None and r.w(named + 1) not in POSSESSIVE:
        return named  # 'compared with 90.2% for GPT-4o', 'a little more than 1281 of X', 'for the base X'
    if r.w(end) == "for":
        refers, holder = _holder_referred_to(r, end + 1)
        if refers:
            return holder  # 'compared with 33.2% for Acme's model': that model's, or no one's known
    if r.w(i - 1) in ("at", "with") and r.w(i - 2) == ",":
        opener = next((k for k in range(i - 3, max(r.start, i - 18), -1) if r.w(k) == ","), None)
        if opener is not None and r.w(opener + 1) in ("the", "a", "an") and r.label(opener - 1) == "MODEL":
            return opener - 1  # 'Y, the "Turbo" model Acme shipped in May, at 1251': Y's
    for k in (i - 1, i - 2, i - 3):
        if r.label(k) == "VENDOR" and k == i - 2 and r.w(k + 1) == "at" and r.w(k - 1) in ("and", ",", "of"):
            return k  # 'ahead of Y at 74.6 and Acme at 71.3': the maker's, never the subject's
        if r.label(k) == "MODEL" and all(r.w(t) in ("(", "at", "with", ":", "=", ",", "of", "on")
                                         or (t == k + 1 and r.w(t) == ")") for t in range(k + 1, i)):
            compared_by = _comparison_subject(r, k) if r.w(i - 1) == "with" else None
            if compared_by is not None and compared_by < k:
                return compared_by  # 'X surpassed Y with 95.6 points': X's, the subject's
            return k  # 'X at 1282', 'the best open model (X) at 40.5'
    found = _subject(r, i, set())
    if found is not None and found > i and r.w(found + 1) in POSSESSIVE and _is_number(r.w(found + 2)):
        found = None  # "Scored 91.0% versus Y's 88.0%": Y holds the figure after it; this one is the topic's
    if found is None and not r.models and (r.label(i - 1) == "BENCHMARK" or (r.w(i - 1) == "(" and r.label(i - 2) == "BENCHMARK")):
        return _item_subject(r)  # 'Maths: VeraMath 98.2%, VeraQA (91.0)': the model named before
    if found is None:
        return _after_opening_phrase(r, i)
    if r.w(i - 1) == "with" or r.w(i - 1) == "(" and r.label(i - 2) == "BENCHMARK":
        first = _first_of_coordinated(r, found)
        if r.w(first - 1).isalpha() and r.w(first - 1).islower() and r.w(first - 1) not in ("and", "or", "than", "of"):
            if r.label(first - 2) == "MODEL":
                return first - 2  # 'X matched Y on MMLU with 88.6%', 'X rivals Y and Z on MMLU (69%)': X's
            if r.w(first - 2) == "," and r.w(first - 1) in _PARITY_VERBS:
                verb_subject = _subject(r, first - 1, set())
                if verb_subject is not None and verb_subject < first - 1:
                    return verb_subject  # 'X, at just 3.8B parameters, rivals Y on MMLU with 69%': X's
    relative = any(r.w(t) in ("which", "who") for t in range(found, i))
    if found in r.object_subject and r.w(found + 1) == "and" and r.w(found + 2) in r.words_set("score_words"):
        subject, cue = r.object_subject[found]
        if subject < found and cue < found:
            return subject  # 'X beat Y and scored 88%': the second verb is X's too
    if found in r.object_subject and i - found > 3 and not relative:
        subject, cue = r.object_subject[found]
        if subject < found and cue < i:
            return subject  # 'X beats Y with 98.2%' is X's
    return found


def _first_of_coordinated(r: _Reading, name: int) -> int:
    """The first of the names joined to the one at ``name`` by commas and 'and' ('Y, Z and W': Y)."""
    k = name
    while r.w(k - 1) in (",", "and") and r.label(k - 2) == "MODEL" and name - k < MAX_REACH:
        k -= 2
    return k


def _unnamed_runner_up_before(r: _Reading, i: int) -> bool:
    """True when the value at ``i`` is said of an unnamed place ('the second best is 74.2%', 'the next-best
    model at 70.1'), not of the sentence's subject."""
    k = i - 1
    if r.w(k) in ("is", "was", "at", "with", "of", "scored", "scores", "reached"):
        k -= 1
    if r.w(k) in _MODEL_NOUNS:
        k -= 1
    if r.w(k) not in ("best", "highest", "closest"):
        return False
    k -= 1 + (r.w(k - 1) == "-")
    return r.w(k) in ("second", "next", "third", "nearest") and r.w(k - 1) == "the"


def _holder_referred_to(r: _Reading, k: int) -> tuple[bool, Optional[int]]:
    """(whether a reference to a model opens at ``k``: "Acme's model", 'the older model'; the model it names
    in the sentence, the vendor's one model there, or None when it names none the sentence does)."""
    noun = next((j for j in range(k, min(k + 5, r.end)) if r.w(j) in _MODEL_NOUNS), None)
    if noun is None or any(r.is_name(j) and r.label(j) != "VENDOR" for j in range(k, noun)):
        return False, None
    vendor = _possessive_vendor(r, noun)
    if vendor is None:
        return _reference_at(r, noun) == "phrase", None
    maker = r.spans[vendor]._.canonical
    made = [t for t in r.models if r.spans[t]._.vendor == maker]
    return True, (made[0] if len(made) == 1 else None)


def _unknown_scorer(r: _Reading, i: int) -> bool:
    """True when a capitalised word no list knows scored the number at ``i`` ('..., and Zed Deep scored
    53.6'): the number is that word's, not the clause's subject's. A noun after a name ('the Kite-3 LLM
    scored') and a metric's word ('its Elo reached 1,561') are no such word."""
    k, score_words = i - 2, r.words_set("score_words")
    return r.w(i - 1) in score_words and r.doc[i - 1].text.islower() and r.w(i - 1).endswith(("ed", "s")) \
        and k > r.start and r.doc[k].text[:1].isupper() and r.doc[k].is_alpha and not r.label(k) \
        and not r.label(k - 1) and not r.doc[k].is_stop and r.w(k) not in score_words


def _bracketed_values_of(r: _Reading, i: int) -> Optional[int]:
    """The name right before brackets that hold only values ('X (92.0 and 88.0)', 'X (92.0, 88.0)') when the
    value at ``i`` is one of two or more of them; None otherwise."""
    found = _bracketed_values(r, i)
    return found[0] if found is not None else None


def _bracketed_benchmark(r: _Reading, i: int) -> Optional[BenchmarkNote]:
    """'scored 92.7% on A and 86.3% on B, ahead of X (92.1 and 85.9)': the benchmark of the value at ``i`` by
    its place in the brackets, when the sentence names as many benchmarks before them; None otherwise."""
    found = _bracketed_values(r, i)
    if found is None:
        return None
    holder, values = found
    benches, seen = [], set()
    for k in r.benches:  # in text order, each benchmark once
        if k < holder and r.spans[k]._.canonical not in seen:
            seen.add(r.spans[k]._.canonical)
            benches.append(k)
    if len(benches) != len(values):
        return None
    span = r.spans[benches[values.index(i)]]
    return BenchmarkNote(span._.canonical, span.text, (span.start_char, span.end_char), "sentence")


def _bracketed_values(r: _Reading, i: int) -> Optional[tuple[int, list[int]]]:
    k = i - 1
    while k > i - 6 and (r.w(k) in ("and", ",") or _is_number(r.w(k)) or r.w(k) == "%"):
        k -= 1
    close = i + 1
    while close < i + 6 and (r.w(close) in ("and", ",") or _is_number(r.w(close)) or r.w(close) == "%"):
        close += 1
    inside = [t for t in range(k + 1, close) if _is_number(r.w(t))]
    if r.w(k) != "(" or r.label(k - 1) != "MODEL" or not r.w(close).startswith(")") or len(inside) < 2:
        return None
    return k - 1, inside


def _possessive_score_of(r: _Reading, i: int) -> Optional[int]:
    """The name whose score a value after "'s score of" or "'s score is" is ("Y's Arena score of 1366",
    "Y's MMLU score is 88.3"), or None."""
    stands_at = r.w(i - 1) == "at" and r.w(i - 2) in ("stands", "stood")
    if r.w(i - 1) not in ("of", "is", "was") and not stands_at:
        return None
    k = i - 3 if stands_at else i - 2
    while k > i - 7 and (r.w(k) in r.words_set("score_words") or r.label(k) == "BENCHMARK"
                         or r.w(k) in ("elo", "average", "baseline", "result", "mark")
                         or (r.w(k) in ("on", "in") and r.label(k + 1) == "BENCHMARK")):
        k -= 1  # ("Y's score on MMLU was 88.3")
    return k - 1 if k < i - 2 and r.w(k) in POSSESSIVE and r.is_name(k - 1) else None


def _after_opening_phrase(r: _Reading, i: int) -> Optional[int]:
    """'With a score of 1,300, X leads ...': a value in the phrase a sentence opens with is the
    score of the name that follows the phrase."""
    if r.w(r.start) in _SCORING_OPENERS:
        return _after_listed_scores(r, i)
    comma = next((k for k in range(i + 1, min(i + 9, r.end)) if r.w(k) == ","), None)
    if comma is None or i - r.start > 8 or any(r.is_name(k) or r.w(k) == "," for k in range(r.start, i)) \
            or any(r.is_name(k) for k in range(i + 1, comma)):
        return None  # 'With a score of 1402 in creative writing tasks, X ...': the phrase runs to its comma
    return comma + 1 if r.label(comma + 1) == "MODEL" else None


def _after_listed_scores(r: _Reading, i: int) -> Optional[int]:
    """'Achieving 52.1% on A, 38.0% on B, and 66.4% on C, X shows ...': every value of a scoring phrase
    that opens the sentence is the score of the name right after the phrase's last comma, when the phrase
    names no model or maker of its own."""
    for k in range(i + 1, min(r.end, r.start + MAX_REACH)):
        if r.is_name(k):
            return None
        if r.w(k) == "," and r.label(k + 1) == "MODEL" and not any(r.is_name(t) for t in range(r.start, i)):
            return k + 1
    return None


_SCORING_OPENERS = frozenset({"achieving", "scoring", "posting", "reaching", "hitting", "recording", "earning",
                              "notching", "delivering"})


def _joined_to_score(r: _Reading, v: _Value, said: Optional[tuple[_Value, int]], holder: int) -> bool:
    """'scored 56.1% on hard questions and 80.4% on easy ones': a value joined by 'and' to a score of the
    same model a few words before is a score too, with no score word of its own."""
    joint = v.start - 2 if r.w(v.start - 1) in ("a", "an") else v.start - 1
    if said is None or said[1] != holder or r.w(joint) not in ("and", ",") or v.start - said[0].end > 8:
        return False
    return not any(_is_number(r.w(k)) or r.w(k) in (".", ";") for k in range(said[0].end, v.start))


def _set_against_said(r: _Reading, v: _Value, said: Optional[tuple[_Value, int]]) -> bool:
    """"X scores 48.0% compared to Y's 31.0%": a value of the same unit set against a score said just before
    in the sentence is a score too."""
    if said is None or said[0].unit != v.unit or v.start - said[0].end > 8:
        return False
    between = [r.w(k) for k in range(said[0].end, v.start)]
    return "." not in between and ";" not in between and bool(_SET_AGAINST_WORDS.intersection(between))


_SET_AGAINST_WORDS = frozenset({"compared", "versus", "vs", "vs.", "against", "than", "relative"})


_SCALE_UNITS = _VALUE_UNITS - {"elo"}  # a share or points: the units a figure on a test's own scale takes


def _past_units(r: _Reading, k: int, units: frozenset = _SCALE_UNITS) -> int:
    """The token after the units that follow a value from token ``k`` ('%', 'points'), or ``k`` when none do."""
    while r.w(k) in units:
        k += 1
    return k


def _says_score(r: _Reading, i: int, unit: Optional[str]) -> bool:
    """A number the sentence calls a score: an Elo, a score word just before it, or one right after it and its
    unit ('with 87.4% accuracy'; not 'a 3% accuracy gain')."""
    words = r.words_set("score_words")
    if unit == "elo" or words & {r.w(k) for k in range(max(i - 4, r.start), i)}:
        return True
    k = _past_units(r, i + 1)
    return r.w(k) in words and r.w(k + 1) not in _CHANGE_NOUNS


_CHANGE_NOUNS = frozenset({"gain", "gains", "improvement", "improvements", "increase", "boost", "drop", "jump", "lift",
                           "uplift", "decrease", "decline", "loss", "rise", "edge", "lead", "gap", "difference"})


def _score_benchmark(r: _Reading, start: int, end: int, average: bool = False) -> BenchmarkNote:
    """'MMLU 70.0%' (right before), '70% on MMLU' (just after), the nearest before; else the context's
    (an average is the leaderboard's, which averages its benchmarks)."""
    named = len({r.spans[b]._.canonical for b in r.benches}) if average else 0
    if average and r.ctx.leaderboard.id is not None and named != 1:
        return r.ctx.leaderboard  # an average over several benchmarks named, or none: the board's
    if named > 1 and _averaged_over(r, [_note(r, b) for b in r.benches]):
        return BenchmarkNote(source="sentence")  # 'an average of 84.0 across A, B and C': on none of them
    for back in (1, 2, 3):
        k = start - back
        if r.label(k) == "BENCHMARK" and all(r.w(t) in ("=", ":", "of", "score", "(", "at") or (
                r.w(t) != "-" and _METRIC_TOKEN.match(r.w(t))) or (r.w(t) in ("is", "was") and r.w(t - 1) == "score")
                for t in range(k + 1, start)):
            return _note(r, k)  # 'MMLU: 70.0', 'topped VeraBench at 80.8%', 'VeraEval LC of 57.6', 'MMLU score is 80.1'
    glossed = _bracketed_after_test(r, start, end)
    if glossed is not None:
        return _note(r, glossed)  # 'the VeraQA evaluation (53.1%)': the test its brackets follow
    if r.w(end) in _PAIR_WORDS and _is_number(r.w(end + 1)):  # '44.9% vs. 41.7% on VeraQA': the pair's benchmark
        end = _past_units(r, end + 2)
    after = _past_units(r, end, _VALUE_UNITS)  # the word after the value and its unit
    if r.w(after) in ("on", "in") and r.w(after + 1) in ("the", "its", "this") and r.w(after + 2) in _BOARD_NOUNS \
            and r.ctx.leaderboard.id is not None:
        return r.ctx.leaderboard  # '68.74 points on the leaderboard': the board the article is about
    if r.w(after) in ("on", "in"):
        called = _called_in_brackets(r, after + 1)
        if called is not None:
            return _note(r, called)  # '87.7% on a benchmark for science problems (called VeraQA Diamond)'
    reach = 8 if r.w(end) in ("on", "in") else 4  # '61.2 on the long-context evaluation benchmark VERA'
    for k in range(end, min(end + reach, r.end)):
        if r.label(k) == "BENCHMARK":
            return _note(r, k)
        if r.is_name(k) or _is_number(r.w(k)) or (k >= end + 4 and not r.w(k).isalpha()) or r.w(k) in _CONTRAST_WORDS:
            break  # ('scored 69.6, while on B it posted 74.8': B is the next clause's)
    if r.w(after) in ("on", "in"):
        unlisted = _test_named_beside_listed(r, after + 1)
        if unlisted is not None:
            return unlisted  # '74.9% on SWE-bench Verified and 88% on Vera Polyglot': Vera Polyglot
        if _plain_words_beside_listed(r, after + 1):
            return BenchmarkNote(source="sentence")  # '80.1% on MMLU and 9.8% on coding tasks': no test named
    for k in range(start - 1, max(start - 12, r.start - 1), -1):
        if r.label(k) == "BENCHMARK":
            return _note(r, k)
        if r.is_name(k) and r.w(k + 1) not in POSSESSIVE:
            break
    return _benchmark(r, start, "score")


def _bracketed_after_test(r: _Reading, start: int, end: int) -> Optional[int]:
    """The benchmark token before a figure alone in brackets when words for a test stand between them
    ('VeraQA coding tasks (80.8%)'), else None: the brackets gloss the name before them, not the next one."""
    if start - 3 < r.start or r.w(start - 1) != "(" or r.w(_past_units(r, end)) != ")":
        return None
    return next((k for k in (start - 3, start - 4) if k >= r.start and r.label(k) == "BENCHMARK"
                 and _past_test_nouns(r, k + 1) == start - 1), None)


def _test_named_beside_listed(r: _Reading, k: int) -> Optional[BenchmarkNote]:
    """The unlisted test a title-case phrase at ``k`` names ('Vera Polyglot') when the sentence gives
    another figure 'on' a listed benchmark in the same way: a run of 'N% on X' pairs names tests; else None."""
    j = k
    while j < min(k + 3, r.end) and r.doc[j].text[:1].isupper() and r.doc[j].is_alpha and not r.label(j):
        j += 1
    if k < j < r.end and r.doc[j].is_alpha and r.doc[j].is_lower and r.w(j) not in _NOT_TEST_TAILS and not r.label(j) \
            and r.w(j + 1) in (",", ".", ";", "and", ""):
        j += 1  # 'Vera polyglot': a title and a plain word after it name one test
    if j == k or r.w(j) not in (",", ".", ";", "and", "") or r.ctx.resolver.is_generic(r.doc[k:j].text) \
            or any(r.w(t) in r.ctx.resolver.not_name_words for t in range(k, j)) \
            or r.ctx.resolver.is_language(r.doc[k].text):  # ('on Monday', 'in English')
        return None
    if not _figure_on_a_benchmark_near(r, k):
        return None
    span = r.doc[k:j]
    ref = r.ctx.resolver.unlisted(span.text)
    return BenchmarkNote(ref.id, span.text, (span.start_char, span.end_char), "sentence")


def _plain_words_beside_listed(r: _Reading, k: int) -> bool:
    """True when plain lower-case words at ``k`` say what a value is on ('on coding tasks') where the sentence
    gives another figure 'on' a benchmark the same way: the value is on no benchmark, not the one before."""
    if k >= r.end or not (r.doc[k].is_alpha and r.doc[k].is_lower) or r.label(k) or r.w(k) in _NOT_PLAIN_TESTS:
        return False
    return _figure_on_a_benchmark_near(r, k)


def _figure_on_a_benchmark_near(r: _Reading, k: int) -> bool:
    """True when the sentence gives a figure 'on' a recognised benchmark near token ``k`` ('80.1% on MMLU'): a
    run of 'N% on X' pairs, whose other members name what their values are on."""
    return any(r.w(b - 1) in ("on", "in") and _is_number(r.w(b - 2) if r.w(b - 2) not in ("%", "percent") else r.w(b - 3))
               for b in r.benches_near(k))


_NOT_PLAIN_TESTS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "average", "both", "all", "each",
                              "every", "most", "par", "top", "total", "addition", "comparison", "contrast", "turn", "line"})
_NOT_TEST_TAILS = frozenset({"tasks", "task", "questions", "problems", "models", "users", "prompts", "mode", "settings"})


def _called_in_brackets(r: _Reading, k: int) -> Optional[int]:
    """The benchmark a described test is called in brackets after its description, from token ``k`` ('a
    benchmark for expert-level science problems (called X)'), or None."""
    for j in range(k, min(k + 12, r.end)):
        if r.w(j) in (",", ";", ".") or r.is_name(j):
            return None
        if r.w(j) == "(":
            name = j + 2 if r.w(j + 1) in ("called", "named", "dubbed") else j + 3 if (
                r.w(j + 1) == "known" and r.w(j + 2) == "as") else None
            return name if name is not None and r.label(name) == "BENCHMARK" else None
    return None


def _note(r: _Reading, k: int) -> BenchmarkNote:
    span = r.spans[k]
    return BenchmarkNote(span._.canonical, span.text, (span.start_char, span.end_char), "sentence")


def _count_participle_subject(r: _Reading) -> list[int]:
    """The main subject of a count said in a participle phrase: 'X ..., occupying four of the top five'."""
    for i in range(r.start + 2, r.end):
        if r.w(i - 2) == "," and r.w(i - 1).endswith("ing") and _count(r, i) is not None and r.w(i + 1) == "of":
            subject = _participle_subject(r, i - 1, set())
            return [subject] if subject is not None else []
    return []


def _versions_of(r: _Reading) -> list[int]:
    """'All three versions of Vega 3 are in the top ten': the model whose versions are counted."""
    return [i for i in range(r.start + 3, r.end) if r.label(i) == "MODEL" and r.w(i - 1) == "of"
            and r.w(i - 2) in ("versions", "variants", "sizes", "models") and _count(r, i - 3) is not None]


def _listed_with_models(r: _Reading, i: int) -> bool:
    """True for a name listed among other models ('models—Gemini, GPT-5.5, Claude-Opus and ...—'): a member
    of what is counted, not what the count is of."""
    def versioned(k: int) -> bool:
        return r.label(k) == "MODEL" and not r.spans[k]._.is_family  # ('Qwen and Llama each have ...': two families)
    return (r.w(i + 1) in (",", "and") and versioned(i + 2)) or (r.w(i - 1) in (",", "and") and versioned(i - 2))


def _listed_with_vendors(r: _Reading, i: int) -> bool:
    """True for a vendor in a list of vendors ('from Chinese labs, including A, B and C'): one of a group the
    count is of, not its subject."""
    return any(r.w(i + step) in (",", "and") and r.label(i + 2 * step) == "VENDOR" for step in (-1, 1))


_SERIES_NOUNS = frozenset({"series", "family", "lineup", "line-up"})


def _counts(r: _Reading) -> None:
    """'three Qwen models making the top 10', '3 out of 4 ... in the top 10 belong to Qwen'; several in a
    sentence ('X has three of the top four, while Y occupies three of the top ten'), each of the name before it."""
    tops = [i for i in range(r.start, r.end - 1) if r.w(i).startswith("top") and _top_size(r, i)]
    if not tops:
        return
    top_words = {k for t in tops for k in range(t, t + 3)}
    families = [i for i in range(r.start, r.end) if r.label(i) == "MODEL" and (
                r.spans[i]._.is_family or r.w(_name_end(r, i)) in _SERIES_NOUNS)  # 'models of the X 3 series'
                and not _listed_with_models(r, i)] or \
        _count_participle_subject(r) or [  # 'X surged to the top, occupying four of the top five'
            i for i in range(r.start, r.end) if r.label(i) == "VENDOR" and not _listed_with_vendors(r, i)] or \
        _versions_of(r)  # 'Google has three'
    if not families:
        return
    counted = None  # where the last count stood: the next one's name stands after it
    for i in range(r.start, r.end):
        if i in top_words or r.label(i):
            continue
        n = _count(r, i)
        if n is None or n >= 1000 or r.w(i - 1) in ("top", "of", "out"):
            continue
        window = [r.w(k) for k in range(i + 1, min(i + 8, r.end))]
        if not any(w in ("models", "llms", "of", "out") or w in r.words_set("place_nouns") for w in window[:4]) \
                and not _made_by_after(r, i + 1, families):
            continue  # 'three models in the top ten', 'taking three spots in the top ten', '..., four are from X'
        if _blocked(r, r.start, i):
            return
        top = next((t for t in tops if i < t < i + 8), tops[0])
        if counted is not None and top <= counted:
            continue  # '3 out of 4 in the top 10': one count
        before = [f for f in families if (r.start if counted is None else counted) <= f < i]
        if counted is not None and not before:
            return  # a second count says nothing of a new name
        subject = before[-1] if before and (counted is not None or len(tops) > 1) else families[-1]
        made = _make(r, "count", subject, i, 0.7, count=n, top_n=_top_size(r, top), value_span=(i, i + 1))
        if made is not None:  # 'all three versions of X are in the top ten': a count, no top-ten rank of X
            r.findings[:] = [f for f in r.findings if not (f.kind == "rank" and f.top_n == made.top_n and f.rank is None
                                                           and f.subject.text == made.subject.text)]
        counted = top
