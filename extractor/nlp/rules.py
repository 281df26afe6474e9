"""The claim rules: each reads one candidate sentence's tokens and entity spans.

Entities are single tokens here (``extractor_entities`` merged them), so a rule
is a short walk over tokens: find a cue, find its subject to the left within
the clause, its objects or value to the right.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ..ingest.dates import parse_published
from .extensions import TEXT_KEY
from .lexicon import (Cues, DocContext, is_subject, lower)
from .findings import Finding

CLAUSE_BREAKS = {";", ".", "!", "?", "while", "whereas", "but", "although", "though", "however", "which", "who",
                 "according", "|", ":"}
LIST_GLUE = {",", "and", "&", "or", "as", "well", "also", "both", "the", "plus"}
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
MAX_REACH = 40  # a subject further than this from its cue is in another clause (and scans stay linear)
STOP_OBJECTS = {"ranks", "ranked", "rank", "ranking", "scored", "scores", "outperforms", "outperformed", "trails",
                "surpassed", "surpasses", "beats", "beat", "with", "at", "in", "on"}


# -- subjects -------------------------------------------------------------------

def _possessor_of_next_model(doc: Doc, i: int) -> bool:
    """True for 'Alibaba' in "Alibaba's Qwen2": a vendor naming the model's maker."""
    tok = doc[i]
    if tok.ent_type_ != "VENDOR":
        return False
    j = i + 1
    if j < len(doc) and doc[j].text in POSSESSIVE:
        j += 1
    elif j < len(doc) and doc[j].text == "/":  # owner id
        return True
    return j < len(doc) and doc[j].ent_type_ == "MODEL" and j != i + 1


def _generic_after_possessive(doc: Doc, i: int, cues: Cues) -> bool:
    """'Microsoft's LLM', 'Meta's model': the vendor stands for an unnamed model."""
    j = i + 1
    if j < len(doc) and doc[j].text in POSSESSIVE:
        j += 1
        while j < len(doc) and lower(doc[j]) in {"ai", "new", "latest", "flagship", "open-source", "large", "language"}:
            j += 1
        return j < len(doc) and lower(doc[j]) in cues.generic_model_nouns
    return False


def _stands_for_model(doc: Doc, i: int, cues: Cues) -> bool:
    """A vendor is a rank subject only as "Microsoft's LLM" or "the AI model from (parent company) Meta"."""
    if _generic_after_possessive(doc, i, cues):
        return True
    for k in range(i - 1, max(i - 6, -1), -1):
        if lower(doc[k]) in ("from", "by"):
            return k > 0 and lower(doc[k - 1]) in cues.generic_model_nouns
    return False


def _attribution(doc: Doc, i: int) -> bool:
    """True for 'Meta' in 'LLaMA from Meta' or 'Falcon 40B, launched by TII': the maker, not a subject."""
    for k in range(i - 1, max(i - 5, -1), -1):
        if lower(doc[k]) in ("from", "by"):
            return any(t.ent_type_ == "MODEL" for t in doc[max(k - 12, 0):k])
        if doc[k].ent_type_ == "MODEL":
            return False
    return False


def _reference_at(doc: Doc, i: int, cues: Cues) -> bool:
    """True when a reference phrase ('the model', 'it', 'the same model') ends at token i."""
    if lower(doc[i]) not in cues.reference_ends:
        return False
    for ref in cues.references:
        n = len(ref)
        if i - n + 1 < 0:
            continue
        if tuple(lower(t) for t in doc[i - n + 1:i + 1]) == ref:
            return True
    return False


def find_subject(doc: Doc, sent: Span, cue: int, cues: Cues, skip: set[int], ctx: DocContext,
                 any_vendor: bool = True) -> Optional[Token]:
    """The subject token of the cue at ``cue``: nearest model/vendor to the left within the clause,
    skipping asides between dashes or brackets; else a reference ('the model') resolved from context."""
    main = _participle_subject(doc, sent, cue, skip)
    if main is not None:
        return main
    i = cue - 1
    reference = False
    while i >= max(sent.start, cue - MAX_REACH):
        tok = doc[i]
        low = lower(tok)
        if low in ("which", "who", "that") and i < cue - 1:
            antecedent = next((t for t in reversed(doc[max(i - 6, sent.start):i]) if is_subject(t) and t.i not in skip), None)
            if antecedent is not None and low != "that":
                return antecedent
        if low in CLAUSE_BREAKS and i < cue - 1 and tok.text not in (":",) and not (
                tok.text == "." and i > sent.start and lower(doc[i - 1]) == "no") and not (
                low in ("while", "but") and doc[i + 1].lower_.endswith("ing")):  # 'while claiming #1': same subject
            break
        if is_subject(tok) and i not in skip:
            if _possessor_of_next_model(doc, i):
                i -= 1
                continue
            if tok.ent_type_ == "VENDOR" and (_attribution(doc, i) or (
                    not any_vendor and not _stands_for_model(doc, i, cues))):
                i -= 1
                continue
            return tok
        if tok.text in ("–", "—", ")") and i < cue - 1:
            opener = _opener(doc, sent, i)
            if opener is not None:
                inside = [t for t in doc[opener + 1:i] if is_subject(t) and t.i not in skip]
                before = find_subject(doc, sent, opener, cues, skip, ctx, any_vendor) if opener > sent.start else None
                if before is not None:
                    return before
                return inside[-1] if inside else None
            if cue - i > 3:
                break  # a lone dash ends the clause; 'GPT-4o – 1287 (rank 1)' does not
        if not reference and _reference_at(doc, i, cues):
            reference = "pronoun" if low in ("it", "its", "this") else "phrase"
        i -= 1
    if reference:
        model = ctx.topic if reference == "pronoun" and ctx.topic is not None else ctx.salient_model()
        return model[0] if model is not None else None
    return None


def _participle_subject(doc: Doc, sent: Span, cue: int, skip: set[int]) -> Optional[Token]:
    """', surpassing X' and ', ranking third' say something of the sentence's main subject:
    its first model, not the nearest name."""
    if not doc[cue].lower_.endswith("ing") or cue - 1 < sent.start:
        return None
    before = doc[cue - 1].text if doc[cue - 1].text != "and" or cue - 2 < sent.start else doc[cue - 2].text
    if before != ",":
        return None
    return next((t for t in doc[sent.start:cue] if t.ent_type_ == "MODEL" and t.i not in skip
                 and not doc[t.i:t.i + 1]._.is_family), None)


def _opener(doc: Doc, sent: Span, close: int) -> Optional[int]:
    """The dash or parenthesis that opens the aside closed at ``close``."""
    want = "(" if doc[close].text == ")" else doc[close].text
    for k in range(close - 1, sent.start - 1, -1):
        if doc[k].text == want or (want in ("–", "—") and doc[k].text in ("–", "—")):
            return k
    return None


def coordinated_subjects(doc: Doc, sent: Span, subject: Token, cue: int) -> list[Token]:
    """All subjects sharing the verb: 'models from A, B and C outperformed X' gives A, B, C."""
    lo = sent.start
    dash_close = next((k for k in range(cue - 1, subject.i, -1) if doc[k].text in ("–", "—", ")")), None)
    if dash_close is not None:
        opener = next((k for k in range(subject.i, lo - 1, -1) if doc[k].text in ("–", "—", "(")), None)
        if opener is not None:
            found = [t for t in doc[opener + 1:dash_close] if is_subject(t) and not _possessor_of_next_model(doc, t.i)]
            if len(found) > 1:
                return found
    listed = [subject]
    j = subject.i - 1
    while j >= lo and (lower(doc[j]) in (",", "and", "&") or is_subject(doc[j])):
        if is_subject(doc[j]) and not _possessor_of_next_model(doc, j):
            listed.insert(0, doc[j])
        j -= 1
    return listed


def objects_after(doc: Doc, sent: Span, start: int, skip_words: int = 6) -> list[Token]:
    """Model/vendor tokens after a comparison cue, joined by list glue, up to the clause end."""
    found: list[Token] = []
    gap = 0
    i = start
    while i < sent.end:
        tok = doc[i]
        low = lower(tok)
        if tok.text == "(" and found:  # an aside after a name: '(approximately 54%)'
            close = next((t.i for t in doc[i:sent.end] if t.text == ")"), None)
            if close is not None:
                i = close + 1
                continue
        if found and tok.like_num and doc[i - 1].text in POSSESSIVE:  # "Llama 3 70B's 95.1% and ..."
            i += 1
            while i < sent.end and lower(doc[i]) in ("%", "points", "elo", "pts"):
                i += 1
            continue
        if low in CLAUSE_BREAKS or tok.text in ("–", "—", "(") or (found and tok.like_num) or low in STOP_OBJECTS:
            break
        if is_subject(tok):
            if not _possessor_of_next_model(doc, i) and not (tok.ent_type_ == "VENDOR" and found and _attribution(doc, i)):
                found.append(tok)
            gap = 0
        elif tok.text in POSSESSIVE or low in LIST_GLUE:
            pass
        else:
            gap += 1
            if gap > (skip_words if not found else 2):
                break
        i += 1
    return found


# -- values ---------------------------------------------------------------------

def is_blocked(doc: Doc, lo: int, hi: int, cues: Cues, sent_start: Optional[int] = None) -> bool:
    """A hedge or negation between subject and cue, or in the words that lead to the subject
    ('I anticipate Meta's Llama to surpass ...'), voids the claim."""
    if sent_start is None:
        sent_start = doc[hi].sent.start if hi < len(doc) else 0
    for tok in doc[max(lo - 6, sent_start, 0):hi]:
        low = lower(tok)
        if low == "no" and tok.i + 1 < len(doc) and (doc[tok.i + 1].text == "." or doc[tok.i + 1].like_num):
            continue  # "No. 1" is a rank, not a negation
        if low in cues.hedges or low in cues.negations:
            return True
    return False


def is_past(doc: Doc, cue: int, cues: Cues) -> bool:
    """A past rank ('previously the leader', 'was #3') is no claim about now."""
    window = [lower(t) for t in doc[max(cue - 3, 0):cue]]
    return bool(cues.past_markers.intersection(window)) or (window[-1:] == ["was"] and doc[cue].text.startswith("#"))


def benchmark_for(doc: Doc, sent: Span, cue: int, ctx: DocContext, kind: str = "score") -> Optional[Span]:
    """The benchmark a claim is on: the sentence's own (when it names one, or the one right
    after the cue), else the leaderboard the article is about; none when the sentence names several."""
    in_sentence = ctx.sentence_benchmarks(doc, sent)
    ids = {e._.canonical for e in in_sentence}
    if kind == "rank":  # a test suite named far from the cue is no leaderboard for a rank
        in_sentence = [e for e in in_sentence if e._.canonical in ctx.leaderboards or 0 < e.start - cue <= 5]
        ids = {e._.canonical for e in in_sentence}
    if len(ids) == 1:
        return in_sentence[0]
    if len(ids) > 1:
        after = [e for e in in_sentence if 0 < e.start - cue <= 4]
        if after:
            return after[0]
        if kind == "score":
            return min(in_sentence, key=lambda e: abs(e.start - cue))
        return None
    if kind == "score":
        return ctx.last_benchmark or ctx.first_leaderboard
    return ctx.last_leaderboard or ctx.first_leaderboard


def scope_for(sent: Span, cues: Cues, cue: Optional[int] = None) -> Optional[str]:
    """Among what a rank holds: 'overall'/'globally' right after the rank wins, then
    'among open-source models', 'in the world'."""
    if cue is not None:
        after = {lower(t) for t in sent.doc[cue:min(cue + 4, sent.end)]}
        if after & {"overall", "globally", "worldwide"}:
            return "global"
    words = [lower(t) for t in sent]
    for i, w in enumerate(words):
        if w in ("among", "of") and i + 1 < len(words):
            for nxt in words[i + 1:i + 4]:
                if nxt in cues.scopes and cues.scopes[nxt] not in ("global",):
                    return cues.scopes[nxt]
        if w in ("globally", "worldwide") or (w == "world" and i and words[i - 1] in ("the", "in")):
            return "global"
    return None


# -- finding builder --------------------------------------------------------------

class SentenceReader:
    """Applies every rule to one candidate sentence."""

    def __init__(self, doc: Doc, sent: Span, ctx: DocContext, cues: Cues, attributions: dict):
        self.doc, self.sent, self.ctx, self.cues = doc, sent, ctx, cues
        self.attributions = attributions
        self.objects_taken: set[int] = set()
        self.object_subject: dict[int, Token] = {}  # comparison object token -> its subject
        self.words = _words(doc, sent, ctx)  # read once: rules look them up by ``word(i)``
        text = doc.user_data.get(TEXT_KEY)
        self.as_of = as_of_date(text[sent.start_char:sent.end_char] if text is not None else sent.text)
        self.findings: list[Finding] = []

    def word(self, i: int) -> str:
        """The normalised lower-case text of doc token ``i`` of this sentence."""
        return self.words[i - self.sent.start]

    def make(self, kind: str, subject: Token, cue: int, confidence: float, **values) -> Optional[Finding]:
        span = Span(self.doc, subject.i, subject.i + 1, label=subject.ent_type_)
        subject_text, subject_type, canonical, family = span.text, "model", span._.canonical, span._.family
        longer = self.ctx.expansions.get(canonical) if span.label_ == "MODEL" else None
        if longer is not None and longer.start < span.start:
            span, subject_text, canonical = longer, longer.text, longer._.canonical  # 'Qwen3' after 'Qwen3-235B-...'
        family_word = span._.is_family or (subject.i + 1 < len(self.doc)
                                            and lower(self.doc[subject.i + 1]) in ("family", "series", "lineup"))
        if span.label_ == "VENDOR" and not (span._.family and kind == "score"):
            subject_type = "vendor"
        elif span.label_ == "VENDOR" or family_word:
            resolved = self.ctx.model_of_family(family) if kind in ("rank", "score") else None
            if resolved is not None:
                span = resolved
                subject_text, canonical = span.text, span._.canonical
            else:
                subject_type = "family" if span.label_ == "MODEL" else "vendor"
        bench = values.pop("benchmark", None) or benchmark_for(self.doc, self.sent, cue, self.ctx, kind)
        vendor_id, vendor_text, vendor_source = self._vendor(span)
        f = Finding(
            kind=kind, subject_text=subject_text, subject_type=subject_type,
            evidence_start=self.sent.start_char, evidence_end=self.sent.end_char,
            subject_span=span, canonical=canonical, family=family,
            vendor_id=vendor_id, vendor_text=vendor_text, vendor_source=vendor_source,
            benchmark_id=bench._.canonical if bench is not None else None,
            benchmark_span=bench if bench is not None and self.sent.start <= bench.start < self.sent.end else None,
            as_of=self.as_of, confidence=confidence, **values,
        )
        self.findings.append(f)
        if subject_type == "model" and canonical:
            count, last = self.ctx.mentions.get(canonical, (0, span))
            self.ctx.mentions[canonical] = (count + 3, last)
        return f

    def ctx_benchmark_is_arena(self, i: int) -> bool:
        bench = benchmark_for(self.doc, self.sent, i, self.ctx)
        return bench is not None and bench._.canonical == "chatbot-arena"

    def _vendor(self, span: Span) -> tuple[Optional[str], Optional[str], Optional[str]]:
        if span.label_ == "VENDOR":
            return None, None, None
        stated = self.attributions.get(span._.canonical) or self.attributions.get(("family", span._.family))
        if stated is not None:
            return stated._.vendor, None if stated._.owner else stated.text, "text"
        if span._.vendor:
            return span._.vendor, None, "knowledge"
        return None, None, None


def _words(doc: Doc, sent: Span, ctx: DocContext) -> list[str]:
    """The sentence's ``lower`` texts, from the doc's LOWER array when the claim stage made one."""
    if ctx.lower_ids is None:
        return [lower(t) for t in sent]
    strings = doc.vocab.strings
    return [strings[h].replace("\u2019", "'") for h in ctx.lower_ids[sent.start:sent.end].tolist()]


_AS_OF = re.compile(r"(?i)\b(?:as of|as at)\s+([A-Za-z0-9 ,./-]{6,30}?\d{4})\b")


def as_of_date(text: str) -> Optional[date]:
    """The date of an 'as of April 6, 2026' in a sentence's text: when the stated result held."""
    m = _AS_OF.search(text) if "as " in text.lower() else None
    return parse_published(m.group(1)) if m else None


def _off_topic(words: list[str], cues: Cues) -> bool:
    """A sentence about downloads, users, money or markets ranks no model on a benchmark."""
    pairs = {" ".join(p) for p in zip(words, words[1:])}
    return bool(cues.off_topic & (set(words) | pairs))


def doc_attributions(doc: Doc, ents: Optional[list[Span]] = None) -> dict:
    """Model canonical (and family) -> the VENDOR span the text attributes it to:
    "Alibaba's Qwen2", "Qwen/Qwen2-72B", "Qwen2 from Alibaba", "Yi-Large (01.AI)"."""
    found: dict = {}
    ents = list(doc.ents) if ents is None else ents
    for k, ent in enumerate(ents):
        if ent.label_ != "MODEL":
            continue
        prev = ents[k - 1] if k else None
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if prev is not None and prev.label_ == "VENDOR" and ent.start - prev.end <= 2 and (
                doc[prev.end].text in POSSESSIVE or doc[prev.end].text == "/"):
            vendor = prev
        elif nxt is not None and nxt.label_ == "VENDOR" and nxt.start - ent.end <= 3 and any(
                lower(t) in ("from", "by", "(") for t in doc[ent.end:nxt.start]):
            vendor = nxt
        else:
            continue
        if vendor._.vendor:
            found.setdefault(ent._.canonical, vendor)
            found.setdefault(("family", ent._.family), vendor)
    return found


def sentence_findings(doc: Doc, sent: Span, sent_ents: list[Span], ctx: DocContext, cues: Cues) -> list[Finding]:
    """Every claim of one candidate sentence."""
    if ctx.attributions is None:
        ctx.attributions = doc_attributions(doc, ctx.ents)
    reader = SentenceReader(doc, sent, ctx, cues, ctx.attributions)
    from . import rule_sets  # the rules read SentenceReader, defined here

    off_topic = _off_topic(reader.words, cues)
    for rule in rule_sets.RULES:
        if not (off_topic and rule in rule_sets.RANKING_RULES):
            rule(reader)
    return reader.findings
