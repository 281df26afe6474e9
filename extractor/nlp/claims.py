"""Rank, score, comparison and count claims from entity spans and cue words.

Runs after ``extractor_entities`` (each mention is one token). A cheap gate
keeps only sentences with a model or vendor and a cue; rules then read tokens
and spans, never raw text, so every offset comes from a span. Tables and
ranked lists are read row by row.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..knowledge import DATA_DIR, load_knowledge
from .extensions import register_extensions
from .findings import Finding, ObjectRef

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
    off_topic: frozenset  # usage, money and markets: ranks by these are no benchmark claims

    @classmethod
    def load(cls, path: Path = DATA_DIR / "cues.json") -> "Cues":
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw.pop("_about", None)
        raw.pop("past_markers", None)
        kw = {}
        for name, value in raw.items():
            if isinstance(value, dict):
                kw[name] = value
            elif value and isinstance(value[0], list):
                kw[name] = tuple(tuple(v) for v in value)
            else:
                kw[name] = frozenset(value)
        return cls(**kw)


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


def count_value(tok: Token, cues: Cues) -> Optional[int]:
    low = lower(tok)
    if low.isdigit() and len(low) <= 3:
        return int(low)
    return cues.numbers.get(low)


# -- the component ------------------------------------------------------------

@dataclass
class DocContext:
    """What earlier sentences tell later ones: last model named, last benchmark."""

    last_model: Optional[Span] = None
    topic: Optional[Span] = None  # first model named in the latest sentence that names one: what 'it' means
    last_model_by_family: dict = field(default_factory=dict)
    mentions: dict = field(default_factory=dict)  # model canonical -> mentions so far
    last_benchmark: Optional[Span] = None
    last_leaderboard: Optional[Span] = None
    first_benchmark: Optional[Span] = None
    first_leaderboard: Optional[Span] = None
    findings: list[Finding] = field(default_factory=list)

    def model_of_family(self, family: Optional[str]) -> Optional[Span]:
        """The model a bare family word stands for: the article's most named model of that family."""
        return self.family_models.get(family) if family else None

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


class ClaimExtractor:
    """Find claims in the sentences that can hold one."""

    def __init__(self, cues: Cues, leaderboards: frozenset[str]):
        self.cues = cues
        self.leaderboards = leaderboards
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        ctx = DocContext(family_models=_family_models(ents), expansions=_expansions(ents), leaderboards=self.leaderboards)
        benchmarks = [e for e in ents if e.label_ == "BENCHMARK"]
        ctx.first_benchmark = benchmarks[0] if benchmarks else None
        ctx.first_leaderboard = next((b for b in benchmarks if b._.canonical in self.leaderboards), None)
        candidates = []
        for sent in doc.sents:
            sent_ents = [e for e in ents if sent.start <= e.start < sent.end]
            if (any(e.label_ in SUBJECT_LABELS for e in sent_ents) or self._has_reference(sent, ctx)) and self._has_cue(sent):
                candidates.append(sent)
                ctx.findings.extend(self._sentence_claims(doc, sent, sent_ents, ctx))
            elif pipe_count(sent) >= 2:
                table_rows(sent, ctx)  # a header row: remember its columns
            self._remember(sent_ents, ctx)
        doc._.candidate_sents = candidates
        doc._.claims = ctx.findings
        return doc

    # The cheap gate: most sentences of a dump stop here.
    def _has_cue(self, sent: Span) -> bool:
        c = self.cues
        for tok in sent:
            low = lower(tok)
            if (tok.like_num or low in c.ordinals or low in c.top_verbs or low in c.outperform_verbs
                    or low in c.trail_verbs or low in c.leader_nouns or low in ("ahead", "behind", "#")
                    or _ORDINAL_SUFFIX.match(tok.text) or _HASH_RANK.match(tok.text)):
                return True
        return False

    def _has_reference(self, sent: Span, ctx: DocContext) -> bool:
        """A sentence without names can still speak of 'the model' named before."""
        return bool(ctx.mentions) and any(lower(t) in ("model", "it") for t in sent)

    def _remember(self, sent_ents: list[Span], ctx: DocContext) -> None:
        models = [e for e in sent_ents if e.label_ == "MODEL" and not e._.is_family]
        if models:
            ctx.topic = models[0]
        for e in sent_ents:
            if e.label_ == "MODEL" and not e._.is_family:
                ctx.last_model = e
                ctx.last_model_by_family[e._.family] = e
                count, _ = ctx.mentions.get(e._.canonical, (0, e))
                ctx.mentions[e._.canonical] = (count + 1, e)
            elif e.label_ == "BENCHMARK":
                ctx.last_benchmark = e
                if e._.canonical in self.leaderboards:
                    ctx.last_leaderboard = e

    def _sentence_claims(self, doc: Doc, sent: Span, sent_ents: list[Span], ctx: DocContext) -> list[Finding]:
        from .rules import sentence_findings

        return sentence_findings(doc, sent, sent_ents, ctx, self.cues)


from .tables import pipe_count, table_rows  # noqa: E402  (tables reads the helpers above)


_SHORT_FORM = re.compile(r"^[a-z]+\d[\d.]*$")  # 'qwen3', 'llama3': family and version glued
_SIZED = re.compile(r"\d(?:\.\d+)?b(?:-|$)")


def _expansions(ents: list[Span]) -> dict:
    """Glued short forms ('Qwen3') -> the single longer sized name in the doc that starts with them."""
    models = {e._.canonical: e for e in reversed(ents) if e.label_ == "MODEL"}
    found = {}
    for short in models:
        if _SHORT_FORM.match(short):
            longer = [m for c, m in models.items() if c.startswith(short + "-") and _SIZED.search(c)]
            if len(longer) == 1:
                found[short] = longer[0]
    return found


def _family_models(ents: list[Span]) -> dict:
    counts: dict = {}
    for e in ents:
        if e.label_ == "MODEL" and not e._.is_family and e._.family:
            n, first = counts.get(e._.canonical, (0, e))
            counts[e._.canonical] = (n + 1, first)
    best: dict = {}
    for n, span in counts.values():
        if span._.family not in best or n > best[span._.family][0]:
            best[span._.family] = (n, span)
    return {fam: span for fam, (n, span) in best.items()}


@Language.factory("extractor_claims")
def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    """Factory: claim extractor reading the entity spans of ``extractor_entities``."""
    kb = load_knowledge()
    return ClaimExtractor(Cues.load(), frozenset(b.id for b in kb.benchmarks.values() if b.leaderboard))
