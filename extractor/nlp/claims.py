"""Rank, score, comparison and count claims from entity spans and cue words.

Runs after ``extractor_entities`` (each mention is one token). A cheap gate
keeps only sentences with a model or vendor and a cue; rules then read tokens
and spans, never raw text, so every offset comes from a span. Tables and
ranked lists are read row by row.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Callable, Optional

import numpy
from spacy.attrs import LIKE_NUM, LOWER
from spacy.lang.lex_attrs import like_num
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..knowledge import load_knowledge
from .extensions import register_extensions
from .findings import Finding
from .lexicon import Cues, DocContext, is_cue, is_word_cue
from .rules import sentence_findings
from .tables import pipe_count, table_rows

# -- the component ------------------------------------------------------------

class ClaimExtractor:
    """Find claims in the sentences that can hold one."""

    def __init__(self, cues: Cues, leaderboards: frozenset[str]):
        self.cues = cues
        self.leaderboards = leaderboards
        self._flags: Optional[tuple[int, int]] = None  # lexeme flags of _TokenMarks, set on first use
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        ctx = DocContext(family_models=_family_models(ents), expansions=_expansions(ents), leaderboards=self.leaderboards,
                         ents=ents)
        benchmarks = [e for e in ents if e.label_ == "BENCHMARK"]
        ctx.first_benchmark = benchmarks[0] if benchmarks else None
        ctx.first_leaderboard = next((b for b in benchmarks if b._.canonical in self.leaderboards), None)
        candidates = []
        sents = list(doc.sents)
        ctx.sentence_ents = _entities_by_sentence(sents, ents)
        if self._flags is None:
            self._flags = _mark_flags(doc.vocab, self.cues)
        marks = _TokenMarks(doc, self._flags)
        for sent in sents:
            sent_ents = ctx.sentence_ents.get(sent.start, [])
            if self._is_candidate(sent, sent_ents, ctx, marks):
                if ctx.lower_ids is None:
                    ctx.lower_ids = doc.to_array(LOWER)
                candidates.append(sent)
                ctx.findings.extend(self._sentence_claims(doc, sent, sent_ents, ctx))
            elif pipe_count(sent) >= 2:
                table_rows(sent, ctx)  # a header row: remember its columns
            self._remember(sent_ents, ctx)
        doc._.candidate_sents = candidates
        doc._.claims = ctx.findings
        return doc

    # The cheap gate: most sentences of a dump stop here.
    def _is_candidate(self, sent: Span, sent_ents: list[Span], ctx: DocContext, marks: "_TokenMarks") -> bool:
        """A model (or 'the model') and any cue; a vendor alone needs a rank or comparison word,
        since only models have scores ('Nvidia reported revenue of $40.4 billion' stops here)."""
        doc = sent.doc
        if any(e.label_ == "MODEL" for e in sent_ents) or (ctx.mentions and marks.any_reference(sent)):
            return any(is_cue(doc[i], self.cues) for i in marks.maybe_cues(sent))
        if any(e.label_ == "VENDOR" for e in sent_ents):
            return any(is_word_cue(doc[i], self.cues) for i in marks.maybe_cues(sent))
        return False

    def _remember(self, sent_ents: list[Span], ctx: DocContext) -> None:
        models = [e for e in sent_ents if e.label_ == "MODEL" and not e._.is_family]
        if models:
            ctx.topic = models[0]
        for e in sent_ents:
            if e.label_ == "MODEL" and not e._.is_family:
                ctx.last_model = e
                count, _ = ctx.mentions.get(e._.canonical, (0, e))
                ctx.mentions[e._.canonical] = (count + 1, e)
            elif e.label_ == "BENCHMARK":
                ctx.last_benchmark = e
                if e._.canonical in self.leaderboards:
                    ctx.last_leaderboard = e

    def _sentence_claims(self, doc: Doc, sent: Span, sent_ents: list[Span], ctx: DocContext) -> list[Finding]:
        return sentence_findings(doc, sent, sent_ents, ctx, self.cues)


_REFERENCE_WORDS = ("model", "it")  # a sentence without names can still speak of 'the model' named before


class _TokenMarks:
    """Token positions worth a closer look, read from two lexeme flags: the tokens that may be
    cues (a cue word, or one that starts like a number: see ``lexicon.is_cue``) and the reference
    words. Sentences are tested on these alone; building every Token object was this stage's
    largest cost."""

    def __init__(self, doc: Doc, flags: tuple[int, int]):
        rows = doc.to_array(list(flags))
        self._cues = numpy.flatnonzero(rows[:, 0]).tolist()
        self._references = numpy.flatnonzero(rows[:, 1]).tolist()

    def maybe_cues(self, sent: Span) -> list[int]:
        return self._cues[bisect_left(self._cues, sent.start):bisect_left(self._cues, sent.end)]

    def any_reference(self, sent: Span) -> bool:
        i = bisect_left(self._references, sent.start)
        return i < len(self._references) and self._references[i] < sent.end


def _mark_flags(vocab: Vocab, cues: Cues) -> tuple[int, int]:
    """The vocab's flag ids for ``_TokenMarks``, added once per vocab (spaCy has 64 flags in all)."""
    getters = _mark_getters(cues.word_cues, vocab.lex_attr_getters.get(LIKE_NUM) or like_num)
    ids = []
    for getter in getters:
        known = next((attr for attr, g in vocab.lex_attr_getters.items() if g is getter), None)
        ids.append(known if known is not None else vocab.add_flag(getter))
    return ids[0], ids[1]


@lru_cache(maxsize=8)
def _mark_getters(word_cues: frozenset, number_like: Callable[[str], bool]) -> tuple[Callable, Callable]:
    """Lexeme tests: may it be a cue (what ``is_cue`` looks at first), is it a reference word."""
    def may_be_cue(text: str) -> bool:
        first = text[:1]
        return text.lower() in word_cues or first in ("#", "~") or first.isdigit() or number_like(text)

    def is_reference(text: str) -> bool:
        return text.lower() in _REFERENCE_WORDS

    return may_be_cue, is_reference


_SHORT_FORM = re.compile(r"^[a-z]+\d[\d.]*$")  # 'qwen3', 'llama3': family and version glued
_SIZED = re.compile(r"\d(?:\.\d+)?b(?:-|$)")


def _entities_by_sentence(sents: list[Span], ents: list[Span]) -> dict[int, list[Span]]:
    """Sentence start token -> its entity spans, in one pass."""
    starts = [s.start for s in sents]
    grouped: dict[int, list[Span]] = {}
    for e in ents:
        grouped.setdefault(starts[bisect_right(starts, e.start) - 1], []).append(e)
    return grouped



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
