"""The article gate: a cheap test that tells which articles cannot hold a claim.

The claim stage reads tables with a model axis and the sentences with a model
(or a reference back to one), or a vendor with a rank or relation cue. The gate
asks the same of the raw article before any tokenizing, from the entity layer's
own mentions: does it name a model (listed, or shaped like one in an article
about AI models), a name a cue confirms ('Acme 4 ranked first') or the article
gives ('a model called Kestrel'), a results
table, or a vendor in a stretch of text that can hold a cue? Stretches end only
where every sentence of the pipeline ends too (``SentenceSplitter.cuts``), and
a stretch can hold a cue only if it has an ordinal, a rank mark or every
required word of some cue pattern (``Vocabulary.has_cue``, the rules' own
vocabulary), so an article the gate turns away gives no claim from the full
pipeline either. One Aho-Corasick pass finds the names, one the cue words; each
stretch is read once, so the gate is linear in the article's length.

An admitted article is then narrowed: the stretches of prose with no mention,
cue, score word or topic word are left out before tokenizing (``narrowed``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import ahocorasick_rs

from .nlp.entities import EntityRecognizer, Mention, about_models, recognizer_of
from .nlp.sentences import SentenceSplitter
from .nlp.tables.readers import fused_row
from .nlp.vocabulary import ORDINAL_SUFFIXES, Vocabulary

_WORD = re.compile(r"[a-z0-9#.'\u2019-]+")
_MARKS = rf"#\s?\d|\b(?:\d{{1,3}}{ORDINAL_SUFFIXES}(?!\w)|no\.\s?\d|number\s\w|top[- ]?(?:\d{{1,3}}|ten|five|three|twenty)\b)"
_MARK = re.compile(rf"(?=[#\dnt])(?:{_MARKS})")  # the look-ahead spares trying each branch at every character
# A stretch of prose with none of these, no mention and no cue tells the claim stage nothing: no name,
# no test, no score, no word that makes an article one about models ('AI models', 'a model called X') or agents.
# Whole words, but 'bench' anywhere ('VeraBench'); found by one Aho-Corasick pass over the lower-cased text.
_TOPIC_WORDS = ("bench", "model", "models", "test", "tests", "leaderboard", "leaderboards", "eval", "evals",
                "evaluation", "evaluations", "exam", "exams", "suite", "suites", "arena", "arenas", "llm", "llms",
                "chatbot", "chatbots", "generative", "language", "called", "named", "dubbed", "agent", "agents")
_TOPIC_SCAN = ahocorasick_rs.AhoCorasick(_TOPIC_WORDS, matchkind=ahocorasick_rs.MatchKind.Standard)
_PROSE_LINE_LONGER = 100  # a shorter line may be a title or a heading, context for what follows: always read
_LISTED_MODEL = frozenset({"named", "owner", "model", "unknown"})
# 'Model', 'Model name', '#1 model' (a rank's model), 'Agent'; 'Rank Model Elo', 'RankModelElo Score', '#ModelScore':
# a ranked table's header; 'ModelWin Rate': a header run together
_MODEL_HEADER = re.compile(r"(?im)(?:^|\|)\s*(?:\*\*)?(?:(?:#|no\.\s?)\d{1,2}\s)?(?:models?(?: name)?|agents?)(?:\*\*)?"
                           r"\s*(?:\||\t|$)|<th[^>]{0,80}>\s*(?:models?|agents?)\s*<|^(?:rank|#) ?(?:model|agent)"
                           r"|^model(?-i:[A-Z])")
# Where a row whose values ran together may stand ('MMLU (5-shot)71.284.0', 'Vega 348.2%59.9%'): patterns led by
# a literal, a fast scan; the table reader's own test then reads the line
_FUSED_HINTS = (re.compile(r"\.\d+\.\d"), re.compile(r"%\d"))


class SubjectGate:
    """Says whether a text's mentions can make a claim."""

    def __init__(self, recognizer: EntityRecognizer, vocab: Vocabulary, splitter: SentenceSplitter):
        self.recognizer = recognizer
        self.vocab = vocab
        self.splitter = splitter
        self._possessive_suffixes = frozenset(f" {w.lower()}{s}" for w in recognizer.kb.grammar.get("vendor_suffixes", ())
                                              for s in ("'s", "\u2019s"))
        marks = [f"{d}{suffix}" for d in "0123456789" for suffix in ("st", "nd", "rd", "th")] + \
            [f"#{d}" for d in "0123456789"] + ["no.", "top"]
        self._words = sorted({w for w in vocab.vendor_words if w.strip()} | set(marks) | self._possessive_suffixes)
        self._scan = ahocorasick_rs.AhoCorasick(self._words, matchkind=ahocorasick_rs.MatchKind.Standard)
        self._score_words = frozenset(vocab.words("score_words"))

    def __call__(self, text: str) -> bool:
        """True when ``text`` may hold a claim (finds its mentions; see ``admits``)."""
        return self.admits(text, self.recognizer.find_mentions(text, full=False))

    def admits(self, text: str, mentions: list[Mention]) -> bool:
        """True when ``mentions`` (of ``text``) can make a claim."""
        models = [m for m in mentions if m.label == "MODEL"]
        if any(m.source in _LISTED_MODEL for m in models):
            return True
        about = about_models(text, mentions)  # names by shape or position count only in an article about models
        if about and (models or self.recognizer.names_models(text)):
            return True  # 'a model called Kestrel': a name only the whole article confirms
        if about and self.recognizer.vouched_weak_names(text, mentions):
            return True  # 'the Kestrel 4 model', 'Zenith Kestrel 4': a name its own words confirm
        if about and self.recognizer.possesses_models(text, mentions):
            return True  # "Zenith's Kestrel Bot scored 52": a maker's model by its place and what it does
        if _may_hold_table(text) and (len({m.attrs.get("canonical") for m in mentions if m.label == "BENCHMARK"}) >= 2
                                      or _heads_a_column_of_names(text) or _has_fused_row(text)):
            return True  # a results table names its models by position only
        low = _lower(text)
        hits = self._scan.find_matches_as_indexes(low, overlapping=True)
        if not hits:
            return False
        subjects = [m.start for m in mentions if m.label == "VENDOR"]
        cue_at = []
        for index, start, end in hits:
            word = self._words[index]
            if word in self._possessive_suffixes:  # "Zenith AI's": a vendor nobody listed
                subjects += [v.start for v in self.recognizer.vendor_shapes(text, max(0, start - 50), end + 2)]
            elif not (word[0].isalnum() and _inside_a_word(low, start, end)):
                cue_at.append(start)  # a whole cue word or a mark
        if not cue_at:
            return False
        for hit in cue_at if about else ():  # 'Kestrel K2 ranked first', 'beat Kestrel K2': a name a cue beside it confirms
            if self.recognizer.cued_weak_names(text, max(0, hit - 80), hit + 80):
                return True
        if not subjects:
            return False
        cuts = self.splitter.cuts(text)
        with_cue = {bisect_right(cuts, c) for c in cue_at}
        for k in sorted({bisect_right(cuts, v) for v in subjects} & with_cue):
            lo, hi = (cuts[k - 1] if k else 0), (cuts[k] if k < len(cuts) else len(text))
            if self._holds_cue(low[lo:hi]):
                return True
        return False

    def narrowed(self, text: str, mentions: list[Mention]) -> "Narrowed":
        """``text`` (an admitted article) cut to what the claim stage can read, offsets kept in ``origin``.

        A stretch of a prose line (``SentenceSplitter.cuts``) is left out when it has no mention, no cue
        or rank mark (as the gate tests), no score word and no topic word: the rules find no claim there
        and take no context from it. The title, headings, list items and table rows are kept whole; a
        paragraph of one line left out goes with the blank line after it, and a line of a longer block
        stays whole, so the blocks the layout stage reads stay as they were."""
        first_break = text.find("\n")
        if first_break < 0:
            return Narrowed(text, None, mentions)
        cuts = self.splitter.cuts(text)
        low = _lower(text)
        held = {bisect_right(cuts, at) for m in mentions for at in (m.start, m.end - 1)}
        held.update(bisect_right(cuts, hit.start()) for hit in _MARK.finditer(low))
        held.update(bisect_right(cuts, at) for at in _topic_starts(low))
        pieces = [(0, first_break + 1)]  # the title: the headline rules read it
        start = first_break + 1
        while start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            after = min(end + 1, len(text))
            if end - start < _PROSE_LINE_LONGER or not _plain_prose(text[start:end]):
                pieces.append((start, after))
            else:
                kept = self._kept_stretches(low, cuts, held, start, after)
                if kept:
                    pieces += kept
                    if kept[-1][1] < after:
                        pieces.append((end, after))  # the line's break
                elif text[start - 2:start] == "\n\n" and text[after:after + 1] in ("\n", ""):
                    after = min(after + 1, len(text))  # a paragraph of its own: it goes with its blank line
                else:
                    pieces.append((start, after))  # a line of a block: the block keeps its lines
            start = after
        if sum(b - a for a, b in pieces) == len(text):
            return Narrowed(text, None, mentions)
        return _kept_pieces(text, pieces, mentions)

    def _kept_stretches(self, low: str, cuts: list[int], held: set[int], start: int, after: int) -> list[tuple[int, int]]:
        """The stretches of the line ``[start, after)`` that can hold or inform a claim."""
        kept = []
        k = bisect_right(cuts, start)
        lo = start
        while lo < after:
            hi = min(cuts[k] if k < len(cuts) else after, after)
            if k in held or self._holds_claim_word(low[lo:hi]):
                kept.append((lo, hi))
            lo, k = hi, k + 1
        return kept

    def _holds_claim_word(self, low: str) -> bool:
        """A cue's or a score's words (rank marks and topic words are found on the whole text at once)."""
        words = _word_bag(low)
        return not self._score_words.isdisjoint(words) or self.vocab.has_cue(words)

    def _holds_cue(self, low: str) -> bool:
        return _MARK.search(low) is not None or self.vocab.has_cue(_word_bag(low))


_PLAIN_LINE = re.compile(r"\s*[A-Za-z\"'\u201c\u2018(]")  # a line that opens with a word: no bullet, number or mark


def _plain_prose(line: str) -> bool:
    """True for a line of plain prose: no heading, list item, table row or lead-in to a list."""
    return _PLAIN_LINE.match(line) is not None and "|" not in line and "\t" not in line and "   " not in line \
        and not line.rstrip().endswith(":")


@dataclass(frozen=True)
class Narrowed:
    """An admitted article as the pipeline reads it: the text, for each of its characters the offset it
    has in the article (None: nothing was left out), and the gate's mentions at their offsets there."""

    text: str
    origin: Optional[list[int]]
    mentions: list[Mention]


def _kept_pieces(text: str, pieces: list[tuple[int, int]], mentions: list[Mention]) -> Narrowed:
    """The text of the kept ``pieces`` (character ranges, in order), each character's offset in ``text``,
    and the mentions (all inside kept pieces) moved to their offsets in it."""
    origin: list[int] = []
    starts, at = [], []  # each piece: where it starts in the text, and in the narrowed text
    for a, b in pieces:
        starts.append(a)
        at.append(len(origin))
        origin.extend(range(a, b))
    origin.append(len(text))

    def moved(offset: int) -> int:
        k = bisect_right(starts, offset) - 1
        return at[k] + offset - starts[k]
    return Narrowed("".join(text[a:b] for a, b in pieces), origin,
                    [Mention(moved(m.start), moved(m.start) + m.length, m.label, m.source, m.attrs) for m in mentions])


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """True when a word character (as regex \\w: a letter, digit or '_') touches ``text[start:end]``."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or before == "_" or after.isalnum() or after == "_"


def _topic_starts(low: str) -> list[int]:
    """Where the topic words of a lower-cased text start (see ``_TOPIC_WORDS``)."""
    return [start for index, start, end in _TOPIC_SCAN.find_matches_as_indexes(low, overlapping=True)
            if index == 0 or not _inside_a_word(low, start, end)]


def _word_bag(low: str) -> set[str]:
    """The words of a lower-cased stretch, each also without the stop or quote it ends with."""
    words = set(_WORD.findall(low))
    return words | {w.rstrip(".,'\u2019") for w in words}


def _lower(text: str) -> str:
    """The text lower-cased with its offsets kept ('\u0130' lower-cases to two characters)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return low


def _heads_a_column_of_names(text: str) -> bool:
    """True when a header heads a column of models or agents (see _MODEL_HEADER; the literals first, fast)."""
    return ("odel" in text or "gent" in text) and _MODEL_HEADER.search(text) is not None


def _has_fused_row(text: str) -> bool:
    """True when a line is a row whose values ran together, as the table reader reads one (``fused_row``): a
    table whose names ran together too, so no name stands apart for the mention pass to find."""
    for hint in _FUSED_HINTS:
        for m in hint.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            if fused_row(text, (start, end if end >= 0 else len(text))) is not None:
                return True
    return False


def _may_hold_table(text: str) -> bool:
    return "|" in text or "<t" in text or "<T" in text or "\t" in text or "\n\n" in text


def subject_gate(knowledge_dir: str | None = None) -> SubjectGate:
    """The gate over the bundled knowledge (overlaid by ``knowledge_dir``), built once."""
    from .nlp import build_pipeline

    return gate_of(build_pipeline(knowledge_dir=knowledge_dir))


@lru_cache(maxsize=4)
def gate_of(nlp) -> SubjectGate:
    """The gate of a pipeline of our components: its recognizer, vocabulary and sentence splitter."""
    registry = nlp.get_pipe("extractor_entities").registry
    return SubjectGate(recognizer_of(registry), registry.vocabulary, nlp.get_pipe("extractor_sentences"))
