"""What the claim component leaves on ``doc._.claims``: plain data with character offsets.

A ``Finding`` is built by the table and prose readers and kept on the Doc as a
dict (``to_data``), so a processed Doc serialises; ``extractor.claims`` turns
the dicts into validated ``Claim`` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

Span = Optional[tuple[int, int]]


@dataclass
class Name:
    """A model, family or vendor as the article names it."""

    text: str
    type: str  # 'model', 'family' or 'vendor'
    span: Span = None
    canonical: Optional[str] = None
    family: Optional[str] = None
    vendor_id: Optional[str] = None  # from the knowledge
    vendor_text: Optional[str] = None  # as the article states it
    vendor_source: Optional[str] = None  # 'text' or 'knowledge'


@dataclass
class BenchmarkNote:
    """The benchmark a claim is on, how it is written, and where it was read from."""

    id: Optional[str] = None
    text: Optional[str] = None
    span: Span = None
    # 'sentence', 'table', 'label', 'heading', 'caption', 'article', 'address' (the page's url); None: unknown
    source: Optional[str] = None
    part: Optional[str] = None  # the part of the board it is on ('Vision Arena' of chatbot-arena), None: all of it


@dataclass
class Finding:
    """One claim found in a doc, grounded in character offsets."""

    kind: str
    subject: Name
    evidence: tuple[int, int]
    benchmark: BenchmarkNote = field(default_factory=BenchmarkNote)
    rank: Optional[int] = None
    top_n: Optional[int] = None
    scope: Optional[str] = None
    value: Optional[float] = None
    unit: Optional[str] = None
    metric: Optional[str] = None
    value_span: Span = None
    relation: Optional[str] = None
    objects: list[Name] = field(default_factory=list)
    count: Optional[int] = None
    as_of: Optional[str] = None  # ISO date
    confidence: float = 0.8

    def to_data(self) -> dict:
        data = dict(self.__dict__)
        data["subject"] = dict(self.subject.__dict__)
        data["benchmark"] = dict(self.benchmark.__dict__)
        data["objects"] = [dict(o.__dict__) for o in self.objects]
        return data

    @classmethod
    def from_data(cls, data: dict) -> "Finding":
        data = dict(data)
        data["subject"] = Name(**data["subject"])
        data["benchmark"] = BenchmarkNote(**data["benchmark"])
        data["objects"] = [Name(**o) for o in data.get("objects", ())]
        return cls(**data)

    def key(self) -> tuple:
        """What makes two findings the same claim: kind, subject, benchmark and values."""
        return (self.kind, self.subject.text.lower(), self.benchmark.id, self.benchmark.part, self.rank, self.top_n,
                self.value, self.relation, tuple(o.text.lower() for o in self.objects), self.count)


def iso(day: Optional[date]) -> Optional[str]:
    return day.isoformat() if day else None
