"""What the claim rules share: the cue lexicon, token helpers and what a doc has told so far.

The cue words live in ``knowledge/cues.json``; ``Cues`` is their typed view.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Optional

from spacy.tokens import Doc, Span, Token

from ..knowledge import DATA_DIR
from .findings import Finding

SUBJECT_LABELS = ("MODEL", "VENDOR")
_ORDINAL_SUFFIX = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.I)
_NUMBER = re.compile(r"^~?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^~?\d+(?:\.\d+)?$")
_HASH_RANK = re.compile(r"^#(\d{1,3})$")



@dataclass(frozen=True)
class Cues:
    """The cue lexicons of ``knowledge/cues.json``."""

    ordinals: dict
    numbers: dict
    rank_verbs: frozenset
    top_verbs: frozenset
    top_nouns: frozenset
    leader_nouns: frozenset
    place_nouns: frozenset
    outperform_verbs: frozenset
    trail_verbs: frozenset
    outperform_phrases: tuple
    trail_phrases: tuple
    hedges: frozenset
    negations: frozenset
    score_nouns: frozenset
    not_score_after: frozenset
    not_score_before: frozenset
    generic_model_nouns: frozenset
    references: tuple
    scopes: dict
    past_markers: frozenset  # 'previously lmarena leader': a past rank, not a claim
    off_topic: frozenset  # usage, money and markets: ranks by these are no benchmark claims

    @classmethod
    def load(cls, path: Path = DATA_DIR / "cues.json") -> "Cues":
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw.pop("_about", None)
        kw = {}
        for name, value in raw.items():
            if isinstance(value, dict):
                kw[name] = value
            elif value and isinstance(value[0], list):
                kw[name] = tuple(tuple(v) for v in value)
            else:
                kw[name] = frozenset(value)
        return cls(**kw)

    @cached_property
    def word_cues(self) -> frozenset:
        """Every word that is a cue on its own (ordinals, rank, lead, comparison and score words)."""
        return frozenset(self.ordinals) | self.top_verbs | self.outperform_verbs | self.trail_verbs \
            | self.leader_nouns | WORD_CUES | {"#"}

    @cached_property
    def rank_starts(self) -> frozenset:
        """Words a prose rank can start at: those ``rank_value`` reads, 'top' and the lead words
        (with any word starting with a digit or '#')."""
        return frozenset(self.ordinals) | self.top_verbs | self.leader_nouns | {
            "no", "no.", "number", "rank", "nr", "leading", "leads", "top"}

    @cached_property
    def phrase_starts(self) -> frozenset:
        """First words of the comparison phrases: a cheap first test."""
        return frozenset(p[0] for p in (*self.trail_phrases, *self.outperform_phrases))

    @cached_property
    def comparison_starts(self) -> frozenset:
        """Words a comparison can start at: phrase starts, the verbs, 'behind'."""
        return self.phrase_starts | self.outperform_verbs | self.trail_verbs | {"behind"}

    @cached_property
    def reference_ends(self) -> frozenset:
        """Last words of the reference phrases: a cheap first test."""
        return frozenset(ref[-1] for ref in self.references)


# -- small token helpers ------------------------------------------------------

def is_subject(tok: Token) -> bool:
    return tok.ent_type_ in SUBJECT_LABELS


def lower(tok: Token) -> str:
    return tok.lower_.replace("\u2019", "'")


def number_value(text: str) -> Optional[float]:
    """A number as written ('1,287' -> 1287.0, '~1240' -> 1240.0), or None."""
    text = text.lstrip("~")
    if not _NUMBER.match(text):
        return None
    return float(text.replace(",", ""))


def rank_value(doc: Doc, i: int, cues: Cues) -> Optional[tuple[int, int]]:
    """(rank, end token index) when tokens at ``i`` state a rank: '3rd', 'third', 'No. 3', '#3', 'rank 3'."""
    tok = doc[i]
    low = lower(tok)
    m = _ORDINAL_SUFFIX.match(tok.text)
    if m:
        return int(m[1]), i + 1
    if low in cues.ordinals:
        return cues.ordinals[low], i + 1
    m = _HASH_RANK.match(tok.text)
    if m:
        return int(m[1]), i + 1
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if low == "#" and nxt is not None and nxt.text.isdigit() and not nxt.whitespace_ == "" or (
        low == "#" and nxt is not None and nxt.text.isdigit()
    ):
        return int(nxt.text), i + 2
    if low in ("no", "no.", "number", "rank", "nr") and nxt is not None:
        j = i + 1
        if nxt.text == ".":
            j += 1
        if j < len(doc) and doc[j].text.isdigit() and len(doc[j].text) <= 3:
            return int(doc[j].text), j + 1
        if low == "number" and j < len(doc) and lower(doc[j]) in cues.numbers:
            return cues.numbers[lower(doc[j])], j + 1
    return None


_SCORE_WORDS = frozenset({"score", "scores", "scored", "scoring", "average", "rating", "elo", "points"})
WORD_CUES = _SCORE_WORDS | {"ahead", "behind", "above"}  # cue words beyond the lexicon's lists
_NUMBER_AFTER = frozenset({"%", "elo", "points", "pts", ".", ")"})
_NUMBER_BEFORE = frozenset({"#", "no", ".", "rank", "(", "=", "|", "at", "with", "of", "and", ","})
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def is_cue(tok: Token, cues: Cues) -> bool:
    """A word that can start a claim: an ordinal, a rank, lead, comparison or score word, or a
    number that looks like a rank or score ('88.7%', '1287', 'No. 1'); years and counts do not."""
    if tok.lower_ in cues.word_cues:
        return True
    first = tok.text[:1]
    if first == "#":
        return True
    if not (first.isdigit() or first == "~" or tok.like_num):
        return False
    if _ORDINAL_SUFFIX.match(tok.text):
        return True
    text = tok.text.lstrip("~")
    if "." in text or _YEAR.match(text) is None and text.isdigit() and 100 <= int(text) < 10000:
        return True
    doc, i = tok.doc, tok.i
    nxt = lower(doc[i + 1]) if i + 1 < len(doc) else ""
    prev = lower(doc[i - 1]) if i > 0 else ""
    return nxt in _NUMBER_AFTER or (nxt and doc[i + 1].ent_type_ != "") or prev in _NUMBER_BEFORE


def is_word_cue(tok: Token, cues: Cues) -> bool:
    """A rank, lead or comparison word, an ordinal ('3rd') or a '#': the cues a vendor needs,
    since a bare number next to a company is money or a date, not a rank (the article gate
    tests these same words on raw text)."""
    return tok.lower_ in cues.word_cues or tok.text[:1] == "#" or _ORDINAL_SUFFIX.match(tok.text) is not None


def count_value(tok: Token, cues: Cues) -> Optional[int]:
    low = lower(tok)
    if low.isdigit() and len(low) <= 3:
        return int(low)
    return cues.numbers.get(low)


# -- what earlier sentences tell later ones -------------------------------------

@dataclass
class DocContext:
    """What earlier sentences tell later ones: last model named, last benchmark."""

    last_model: Optional[Span] = None
    topic: Optional[Span] = None  # first model named in the latest sentence that names one: what 'it' means
    mentions: dict = field(default_factory=dict)  # model canonical -> mentions so far
    last_benchmark: Optional[Span] = None
    last_leaderboard: Optional[Span] = None
    first_benchmark: Optional[Span] = None
    first_leaderboard: Optional[Span] = None
    findings: list[Finding] = field(default_factory=list)
    sentence_ents: dict = field(default_factory=dict)  # sentence start token -> its entity spans
    ents: Optional[list] = None  # the doc's entity spans (each read of doc.ents builds new Span objects)

    def model_of_family(self, family: Optional[str]) -> Optional[Span]:
        """The model a bare family word stands for: the article's most named model of that family."""
        return self.family_models.get(family) if family else None

    def sentence_benchmarks(self, doc: Doc, sent: Span) -> list[Span]:
        """The BENCHMARK spans of a sentence."""
        return [e for e in self.sentence_ents.get(sent.start, ()) if e.label_ == "BENCHMARK"]

    def salient_model(self) -> Optional[Span]:
        """The model a reference like 'the model' most likely means: most mentioned so far, then latest."""
        if not self.mentions:
            return self.last_model
        return max(self.mentions.values(), key=lambda cm: (cm[0], cm[1].start))[1]
    attributions: Optional[dict] = None  # model -> vendor span the text states
    family_models: dict = field(default_factory=dict)  # family -> most named model of it in the doc
    expansions: dict = field(default_factory=dict)  # 'qwen3' -> the one 'Qwen3-235B-...' span it shortens
    leaderboards: frozenset = frozenset()
    table: Optional[dict] = None  # column roles of the last table header seen
    lower_ids: Any = None  # the doc's LOWER array: sentences read their words from it, not from Tokens
