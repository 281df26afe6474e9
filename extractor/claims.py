"""Claims stage: turn the findings the pipeline left on a Doc into Claim records.

The NLP components leave ``Finding`` objects (spans and values) on
``doc._.claims``; this module grounds them in the article (offsets, ids,
vendor surface forms) and validates them as pydantic ``Claim`` records.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc, Span

from .knowledge import Knowledge, load_knowledge
from .nlp.findings import Finding
from .records import (Article, ArticleRef, Benchmark, Claim, ClaimObject, Score, Subject, TextSpan)


def text_span(text: str, start: int, end: int) -> TextSpan:
    """A TextSpan for character offsets into ``text`` (the article's, which the doc's equals)."""
    return TextSpan(text=text[start:end], start=start, end=end)


def span_of(span: Optional[Span]) -> Optional[TextSpan]:
    """A TextSpan for a spaCy span, or None."""
    if span is None:
        return None
    return TextSpan(text=span.text, start=span.start_char, end=span.end_char)


def vendor_surface_forms(doc: Doc, kb: Knowledge) -> dict[str, str]:
    """Vendor id -> how this article first writes it ('Alibaba Cloud'); an owner id such as
    'meta-llama/' counts only when the article names the vendor no other way ('microsoft/')."""
    forms: dict[str, str] = {}
    owners: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ == "VENDOR" and ent._.vendor:
            target = owners if ent._.owner else forms
            target.setdefault(ent._.vendor, ent.text)
    return {**{v: t for v, t in owners.items() if t in kb.vendor_by_alias}, **forms}


def _vendor_name(vendor_id: Optional[str], forms: dict[str, str], kb: Knowledge) -> Optional[str]:
    if vendor_id is None:
        return None
    return forms.get(vendor_id) or kb.vendor_name(vendor_id) or vendor_id


def _value_key(f: Finding) -> str:
    objects = ",".join(o.text for o in f.objects)
    return f"{f.rank}|{f.top_n}|{f.score_value}|{f.unit}|{f.relation}|{objects}|{f.count}|{f.benchmark_id}|{f.scope}"


def finding_to_claim(f: Finding, article: Article, doc: Doc, forms: dict[str, str], kb: Knowledge) -> Claim:
    """One validated Claim record from one Finding."""
    vendor_id = f.vendor_id
    vendor = f.vendor_text or _vendor_name(vendor_id, forms, kb)
    subject = Subject(
        text=f.subject_text, type=f.subject_type, vendor=vendor,
        vendor_source=f.vendor_source if vendor else None,
        canonical=f.canonical, family=f.family, span=span_of(f.subject_span),
    )
    benchmark = Benchmark(
        text=f.benchmark_span.text if f.benchmark_span is not None else None,
        id=f.benchmark_id, span=span_of(f.benchmark_span),
    )
    score = None
    if f.kind == "score":
        score = Score(value=f.score_value, unit=f.unit, metric=f.metric, span=span_of(f.value_span))
    evidence = text_span(article.text, f.evidence_start, f.evidence_end)
    return Claim(
        id=Claim.make_id(article.id, f.kind, f.subject_text, evidence.start, evidence.end, _value_key(f)),
        article=ArticleRef(id=article.id, url=article.url, title=article.title, published=article.published),
        kind=f.kind, subject=subject, benchmark=benchmark,
        rank=f.rank, top_n=f.top_n, scope=f.scope, score=score,
        relation=f.relation,
        objects=[ClaimObject(text=o.text, type=o.type, span=span_of(o.span)) for o in f.objects],
        count=f.count, value_span=span_of(f.value_span), as_of=f.as_of, evidence=evidence,
        confidence=round(f.confidence, 3),
    )


def claims_from_doc(doc: Doc, article: Article, kb: Optional[Knowledge] = None) -> list[Claim]:
    """Every claim the pipeline found in ``doc``, in text order, each stated once."""
    kb = kb or load_knowledge()
    forms = vendor_surface_forms(doc, kb)
    findings = sorted(doc._.claims or [], key=lambda f: (f.evidence_start, f.evidence_end))
    return list(unique_claims(finding_to_claim(f, article, doc, forms, kb) for f in findings))


def unique_claims(claims: Iterable[Claim]) -> Iterator[Claim]:
    """Drop repeats of the same claim (same kind, subject, benchmark and values) in one article."""
    seen = set()
    for c in claims:
        key = (c.kind, c.subject.text.lower(), c.benchmark.id, c.rank, c.top_n, c.scope,
               c.score.value if c.score else None, c.relation,
               tuple(o.text.lower() for o in c.objects), c.count)
        if key not in seen:
            seen.add(key)
            yield c
