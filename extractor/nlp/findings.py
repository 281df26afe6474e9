"""What the claim component leaves on ``doc._.claims``: spans and values, not yet records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from spacy.tokens import Span


@dataclass
class ObjectRef:
    """A name a comparison compares against."""

    text: str
    type: str
    span: Optional[Span] = None


@dataclass
class Finding:
    """One claim found in a doc, grounded in its spans."""

    kind: str
    subject_text: str
    subject_type: str
    evidence_start: int
    evidence_end: int
    subject_span: Optional[Span] = None
    canonical: Optional[str] = None
    family: Optional[str] = None
    vendor_id: Optional[str] = None
    vendor_text: Optional[str] = None
    vendor_source: Optional[str] = None
    benchmark_id: Optional[str] = None
    benchmark_span: Optional[Span] = None
    rank: Optional[int] = None
    top_n: Optional[int] = None
    scope: Optional[str] = None
    score_value: Optional[float] = None
    unit: Optional[str] = None
    metric: Optional[str] = None
    relation: Optional[str] = None
    objects: list[ObjectRef] = field(default_factory=list)
    count: Optional[int] = None
    value_span: Optional[Span] = None
    as_of: Optional[date] = None
    confidence: float = 0.8
