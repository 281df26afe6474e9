"""Rank, score, comparison and count claims, as a spaCy component.

Runs after ``extractor_layout``, ``extractor_entities`` and
``extractor_sentences``. Tables are read by the table interpreter (one claim per
cell where a model meets a benchmark or metric); prose sentences by the prose
reader, but only those with a model or vendor and a cue: a Matcher match of the
cue patterns, a rank or score word, a number. Findings are kept on
``doc._.claims`` as plain data, each stated once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..knowledge import Knowledge, load_knowledge
from .context import ArticleContext
from .entities import EntityRecognizer, recognizer_for
from .extensions import TEXT_KEY, register_extensions
from .findings import BenchmarkNote, Finding, Name
from .layout import Block, layout_of
from .prose import ProseReader
from .tables.interpret import BenchmarkChoice, HeaderVocabulary, TableFinding, TableInterpreter
from .vocabulary import CuePattern, Vocabulary, load_vocabulary

_REFERENCE_WORDS = frozenset({"model", "it", "its"})
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$", re.I)


class ClaimExtractor:
    """Finds the claims of a doc's tables and of the prose sentences that can hold one."""

    def __init__(self, recognizer: EntityRecognizer, vocab: Vocabulary):
        self.recognizer = recognizer
        self.kb: Knowledge = recognizer.kb
        self.vocab = vocab
        self.prose = ProseReader(vocab)
        self.tables = TableInterpreter(HeaderVocabulary(self.kb.tables), recognizer.resolver, recognizer.is_model_name)
        self._vendor_names = {v.id: v.name for v in self.kb.vendors.values()}
        self._vendor_aliases = frozenset(self.kb.vendor_by_alias)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get(TEXT_KEY) or doc.text
        layout = layout_of(doc)
        ctx = ArticleContext(doc, text, layout, self.recognizer.resolver, list(doc.ents),
                             self._vendor_names, self._vendor_aliases)
        findings: list[Finding] = []
        for block in layout.tables:
            findings.extend(self._table_findings(block, ctx))
        cues = self._cues(doc)
        cue_starts = [c[1] for c in cues]
        candidates = []
        for sent in doc.sents:
            if layout.in_table(sent.start_char):
                continue
            sent_ents = ctx.ents_between(sent.start_char, sent.end_char)
            sent_cues = cues[bisect_left(cue_starts, sent.start):bisect_left(cue_starts, sent.end)]
            if self._is_candidate(sent, sent_ents, sent_cues, ctx):
                candidates.append([sent.start_char, sent.end_char])
                findings.extend(self.prose.read(doc, sent, ctx, sent_cues))
            ctx.remember(sent_ents)
        doc._.candidates = candidates
        doc._.claims = [f.to_data() for f in _unique(findings)]
        return doc

    # -- which sentences --------------------------------------------------------------------
    def _cues(self, doc: Doc) -> list[tuple[CuePattern, int, int]]:
        """Cue matches in text order; a match inside a longer passive or 'only' one is dropped."""
        matcher = self.vocab.matcher(doc.vocab)
        found = []
        for key, start, end in matcher(doc):
            cue = self.vocab.cue(doc.vocab.strings[key])
            found.append((cue, start, end))
        nested = [(s, e) for c, s, e in found if c.passive or c.only]
        kept = [(c, s, e) for c, s, e in found  # 'was outscored by', 'only has to beat': no 'outscored', 'beat'
                if c.passive or c.only or not any(ps <= s and e <= pe for ps, pe in nested)]
        longest: dict = {}
        for c, s, e in kept:  # one match per start and label: the longest
            key = (s, c.label)
            if key not in longest or e > longest[key][2]:
                longest[key] = (c, s, e)
        return sorted(longest.values(), key=lambda m: (m[1], m[2]))

    def _is_candidate(self, sent: Span, sent_ents: list[Span], cues: list, ctx: ArticleContext) -> bool:
        """A model (or 'the model' once one is named) and any cue; a vendor alone needs a rank or
        relation word, since only models have scores."""
        has_model = any(e.label_ == "MODEL" for e in sent_ents)
        if not has_model and ctx.mentions and any(t.lower_ in _REFERENCE_WORDS for t in sent):
            has_model = True
        if has_model:
            return bool(cues) or any(_value_like(t) or t.lower_ in self.vocab.gate_words for t in sent)
        if any(e.label_ == "VENDOR" for e in sent_ents):
            return any(t.lower_ in self.vocab.vendor_words or _rank_mark(t) for t in sent)
        return False

    # -- tables -------------------------------------------------------------------------------
    def _table_findings(self, block: Block, ctx: ArticleContext) -> Iterable[Finding]:
        context = ctx.table_benchmark(block)
        for tf in self.tables.read(block.grid, context):
            yield self._from_table(tf, ctx)

    def _from_table(self, tf: TableFinding, ctx: ArticleContext) -> Finding:
        attrs = self.recognizer.describe_any(tf.subject)
        vendor_id = attrs.get("vendor")
        vendor_text, vendor_source = None, None
        if tf.vendor is not None:
            vendor_text, vendor_source = tf.vendor[0], "text"
            vendor_id = self.kb.vendor_by_alias.get(tf.vendor[0], vendor_id)
        elif vendor_id:
            vendor_text, vendor_source = ctx.vendor_name(vendor_id), "knowledge"
        subject = Name(tf.subject, "model", tf.subject_span, attrs.get("canonical"), attrs.get("family"),
                       vendor_id, vendor_text, vendor_source)
        return Finding(kind=tf.kind, subject=subject, evidence=tf.evidence, benchmark=_note(tf.benchmark, ctx),
                       rank=tf.rank, scope=tf.scope, value=tf.value, unit=tf.unit, metric=tf.metric,
                       value_span=tf.value_span, confidence=0.9)


def _note(choice: BenchmarkChoice, ctx: ArticleContext) -> BenchmarkNote:
    if choice.ref is None:
        return BenchmarkNote()
    text = ctx.text[choice.span[0]:choice.span[1]] if choice.span else None
    return BenchmarkNote(choice.ref.id, text, choice.span, choice.source)


def _rank_mark(tok) -> bool:
    """'#2', '21st': a rank written with a mark."""
    return tok.text[:1] == "#" or _ORDINAL.match(tok.text) is not None


def _value_like(tok) -> bool:
    first = tok.text[:1]
    return first.isdigit() or first in "#~"


def _unique(findings: list[Finding]) -> list[Finding]:
    """Each claim once (same kind, subject, benchmark and values), the first statement kept, in text order."""
    seen, kept = set(), []
    for f in sorted(findings, key=lambda f: (f.evidence[0], f.evidence[1])):
        key = f.key()
        if key not in seen:
            seen.add(key)
            kept.append(f)
    return kept


@Language.factory("extractor_claims", default_config={"knowledge_dir": None})
def make_claim_extractor(nlp: Language, name: str, knowledge_dir: Optional[str]) -> ClaimExtractor:
    """Factory: claims from the layout, entities and sentences the other components left on the Doc."""
    return ClaimExtractor(recognizer_for(knowledge_dir), load_vocabulary(knowledge_dir))
