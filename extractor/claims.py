"""Claims stage: turn the findings the pipeline left on a Doc into validated Claim records.

The NLP components leave plain findings (character offsets and values) on
``doc._.claims``; this module grounds them in the article text (every span's
text is read from it) and validates them as pydantic ``Claim`` records.
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc

from .nlp.findings import Finding, Name
from .records import Article, ArticleRef, Benchmark, Claim, ClaimObject, Score, Subject, TextSpan


def text_span(text: str, span: Optional[tuple[int, int]], origin: Optional[Sequence[int]] = None) -> Optional[TextSpan]:
    """A TextSpan for character offsets into ``text``, or None; ``origin`` maps offsets into the text the
    pipeline read (escapes taken out, see ``pipeline.unescaped``) back to ``text``."""
    if not span:
        return None
    start, end = span
    if origin is not None:
        start, end = origin[start], (origin[end - 1] + 1 if end > start else origin[start])
    return TextSpan(text=text[start:end], start=start, end=end)


def _value_key(f: Finding) -> str:
    objects = ",".join(o.text for o in f.objects)
    key = f"{f.rank}|{f.top_n}|{f.value}|{f.unit}|{f.relation}|{objects}|{f.count}|{f.benchmark.id}|{f.scope}"
    return f"{key}|{f.benchmark.part}" if f.benchmark.part else key


def _subject(name: Name, text: str, origin: Optional[Sequence[int]]) -> Subject:
    vendor = name.vendor_text if name.type != "vendor" else None
    return Subject(text=name.text, type=name.type, vendor=vendor, vendor_source=name.vendor_source if vendor else None,
                   canonical=name.canonical, family=name.family, span=text_span(text, name.span, origin))


def finding_to_claim(f: Finding, article: Article, origin: Optional[Sequence[int]] = None) -> Claim:
    """One validated Claim record from one finding (``origin``: see ``text_span``)."""
    text = article.text
    evidence = text_span(text, f.evidence, origin)
    bench = f.benchmark
    bench_span = text_span(text, bench.span, origin)
    benchmark = Benchmark(text=bench_span.text if bench_span else None, id=bench.id,
                          source=bench.source if bench.id else None, part=bench.part, span=bench_span)
    score = None
    if f.kind == "score":
        score = Score(value=f.value, unit=f.unit, metric=f.metric, span=text_span(text, f.value_span, origin))
    return Claim(
        id=Claim.make_id(article.id, f.kind, f.subject.text, evidence.start, evidence.end, _value_key(f)),
        article=ArticleRef(id=article.id, url=article.url, title=article.title, published=article.published),
        kind=f.kind, subject=_subject(f.subject, text, origin), benchmark=benchmark,
        rank=f.rank, top_n=f.top_n, scope=f.scope, score=score, relation=f.relation,
        objects=[ClaimObject(text=o.text, type=o.type, vendor=o.vendor_text if o.type != "vendor" else None,
                             span=text_span(text, o.span, origin)) for o in f.objects],
        count=f.count, value_span=text_span(text, f.value_span, origin), as_of=f.as_of, evidence=evidence,
        confidence=round(f.confidence, 3),
    )


def claims_from_doc(doc: Doc, article: Article, origin: Optional[Sequence[int]] = None) -> list[Claim]:
    """Every claim the pipeline found in ``doc``, in text order (``origin``: see ``text_span``)."""
    return [finding_to_claim(Finding.from_data(d), article, origin) for d in doc._.claims or ()]
