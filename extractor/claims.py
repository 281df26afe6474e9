"""Claims stage: turn the findings the pipeline left on a Doc into validated Claim records.

The NLP components leave plain findings (character offsets and values) on
``doc._.claims``; this module grounds them in the article text (every span's
text is read from it) and validates them as pydantic ``Claim`` records.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from .nlp.findings import Finding, Name
from .records import Article, ArticleRef, Benchmark, Claim, ClaimObject, Score, Subject, TextSpan


def text_span(text: str, span: Optional[tuple[int, int]]) -> Optional[TextSpan]:
    """A TextSpan for character offsets into ``text``, or None."""
    if not span:
        return None
    start, end = span
    return TextSpan(text=text[start:end], start=start, end=end)


def _value_key(f: Finding) -> str:
    objects = ",".join(o.text for o in f.objects)
    return f"{f.rank}|{f.top_n}|{f.value}|{f.unit}|{f.relation}|{objects}|{f.count}|{f.benchmark.id}|{f.scope}"


def _subject(name: Name, text: str) -> Subject:
    vendor = name.vendor_text if name.type != "vendor" else None
    return Subject(text=name.text, type=name.type, vendor=vendor, vendor_source=name.vendor_source if vendor else None,
                   canonical=name.canonical, family=name.family, span=text_span(text, name.span))


def finding_to_claim(f: Finding, article: Article) -> Claim:
    """One validated Claim record from one finding."""
    text = article.text
    evidence = text_span(text, f.evidence)
    bench = f.benchmark
    benchmark = Benchmark(text=text[bench.span[0]:bench.span[1]] if bench.span else None, id=bench.id,
                          source=bench.source if bench.id else None, span=text_span(text, bench.span))
    score = None
    if f.kind == "score":
        score = Score(value=f.value, unit=f.unit, metric=f.metric, span=text_span(text, f.value_span))
    return Claim(
        id=Claim.make_id(article.id, f.kind, f.subject.text, evidence.start, evidence.end, _value_key(f)),
        article=ArticleRef(id=article.id, url=article.url, title=article.title, published=article.published),
        kind=f.kind, subject=_subject(f.subject, text), benchmark=benchmark,
        rank=f.rank, top_n=f.top_n, scope=f.scope, score=score, relation=f.relation,
        objects=[ClaimObject(text=o.text, type=o.type, vendor=o.vendor_text if o.type != "vendor" else None,
                             span=text_span(text, o.span)) for o in f.objects],
        count=f.count, value_span=text_span(text, f.value_span), as_of=f.as_of, evidence=evidence,
        confidence=round(f.confidence, 3),
    )


def claims_from_doc(doc: Doc, article: Article) -> list[Claim]:
    """Every claim the pipeline found in ``doc``, in text order."""
    return [finding_to_claim(Finding.from_data(d), article) for d in doc._.claims or ()]
