"""Rank, score, comparison and count claims from entity spans and cue words.

Runs after ``extractor_entities`` (each mention is one token). A cheap gate
keeps only sentences with a model or vendor and a cue; rules then read tokens
and spans, never raw text, so every offset comes from a span. Tables and
ranked lists are read row by row.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..knowledge import load_knowledge
from .extensions import register_extensions
from .findings import Finding
from .lexicon import Cues, DocContext, is_cue, lower, number_value
from .rules import sentence_findings
from .tables import pipe_count, table_rows

# -- the component ------------------------------------------------------------

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
        ctx.sentence_ents = _entities_by_sentence(doc, ents)
        for sent in doc.sents:
            sent_ents = ctx.sentence_ents.get(sent.start, [])
            if self._is_candidate(sent, sent_ents, ctx):
                candidates.append(sent)
                ctx.findings.extend(self._sentence_claims(doc, sent, sent_ents, ctx))
            elif pipe_count(sent) >= 2:
                table_rows(sent, ctx)  # a header row: remember its columns
            self._remember(sent_ents, ctx)
        doc._.candidate_sents = candidates
        doc._.claims = ctx.findings
        return doc

    # The cheap gate: most sentences of a dump stop here.
    def _is_candidate(self, sent: Span, sent_ents: list[Span], ctx: DocContext) -> bool:
        """A model (or 'the model') and any cue; a vendor alone needs a rank or comparison word,
        since only models have scores ('Nvidia reported revenue of $40.4 billion' stops here)."""
        if any(e.label_ == "MODEL" for e in sent_ents) or self._has_reference(sent, ctx):
            return any(is_cue(tok, self.cues) for tok in sent)
        if any(e.label_ == "VENDOR" for e in sent_ents):
            return any(is_cue(tok, self.cues) and number_value(tok.text) is None for tok in sent)
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
                count, _ = ctx.mentions.get(e._.canonical, (0, e))
                ctx.mentions[e._.canonical] = (count + 1, e)
            elif e.label_ == "BENCHMARK":
                ctx.last_benchmark = e
                if e._.canonical in self.leaderboards:
                    ctx.last_leaderboard = e

    def _sentence_claims(self, doc: Doc, sent: Span, sent_ents: list[Span], ctx: DocContext) -> list[Finding]:
        return sentence_findings(doc, sent, sent_ents, ctx, self.cues)


_SHORT_FORM = re.compile(r"^[a-z]+\d[\d.]*$")  # 'qwen3', 'llama3': family and version glued
_SIZED = re.compile(r"\d(?:\.\d+)?b(?:-|$)")


def _entities_by_sentence(doc: Doc, ents: list[Span]) -> dict[int, list[Span]]:
    """Sentence start token -> its entity spans, in one pass."""
    grouped: dict[int, list[Span]] = {}
    for e in ents:
        grouped.setdefault(doc[e.start].sent.start, []).append(e)
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
