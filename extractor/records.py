"""The record shapes that cross the tool's edges: the one place they are defined.

Inside the pipeline everything is a spaCy ``Doc``/``Span``; at the edges (input,
output, check) it is one of these pydantic models, validated once. The JSON
Schemas in ``schemas/`` are generated from this module (``extractor schema``).
"""

from __future__ import annotations

import hashlib
import types
from datetime import date
from typing import Literal, Optional, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from . import SCHEMA_VERSION, __version__
from .errors import shown

ClaimKind = Literal["rank", "score", "comparison", "count"]
SubjectType = Literal["model", "family", "vendor"]
Relation = Literal["outperforms", "trails"]
VerdictLabel = Literal["supported", "contradicted", "unverifiable"]
VendorSource = Literal["text", "knowledge"]
Fidelity = Literal["displayed", "official", "recomputed", "secondary"]
UnverifiableCause = Literal[
    "no date", "no benchmark", "no snapshot", "no entry", "ambiguous name", "scope", "category",
    "not the displayed table", "secondary source", "table out of date", "no value", "invalid claim",
]
REJECT_FIELD_LIMIT = 1000  # characters of a reject's input, record or reason


class Record(BaseModel):
    """Base: unknown fields are errors, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid")


class Article(Record):
    """One input article: its text and what is known about where it came from."""

    id: str = Field(description="The input record's id, or a hash of its text when it has none.")
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[date] = Field(None, description="Publication date (ISO), or null.")
    text: str = Field(description="The text all claim offsets point into.")
    source: str = Field(description="Where the record was read: 'file:line' or 'file'.")

    @staticmethod
    def id_for_text(text: str) -> str:
        """A stable id for a record that has none: a hash of its text."""
        return "t-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Reject(Record):
    """An input record that could not become an article, and why."""

    input: str = Field(description="The file (or '-' for stdin) the record came from.")
    line: Optional[int] = Field(None, description="1-based line number for line-based inputs.")
    record: Optional[str] = Field(None, description="Record id or archive member, where known.")
    reason: str = Field(description="What was wrong, in one line.")

    @field_validator("input", "record", "reason")
    @classmethod
    def _shown(cls, value: Optional[str]) -> Optional[str]:
        """Whatever a reject repeats of its input is printable, writable and bounded."""
        return None if value is None else shown(value, REJECT_FIELD_LIMIT)


class ArticleRef(Record):
    """The article a claim was found in."""

    id: str
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[date] = None


class TextSpan(Record):
    """A piece of the article text: ``article.text[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> "TextSpan":
        if self.end < self.start:
            raise ValueError("span end before start")
        return self


class Subject(Record):
    """What the claim is about: a model, a family or a vendor."""

    text: str = Field(description="The name as written (a back-reference resolved to the name).")
    type: SubjectType
    vendor: Optional[str] = Field(None, description="The vendor the model is attributed to.")
    vendor_source: Optional[VendorSource] = Field(
        None, description="'text' when the article states the vendor, 'knowledge' when it comes from data."
    )
    canonical: Optional[str] = Field(None, description="Normalised name used for matching.")
    family: Optional[str] = None
    span: Optional[TextSpan] = Field(None, description="Where the name stands in the text.")


class Benchmark(Record):
    """The leaderboard or test suite a claim refers to."""

    text: Optional[str] = Field(None, description="As written, or null when carried over from context.")
    id: Optional[str] = Field(None, description="Benchmark id from the guideline list, or null.")
    source: Optional[Literal["sentence", "table", "caption", "label", "heading", "article", "address"]] = Field(
        None, description="Where the benchmark was read: the claim's own sentence or table header, the table's "
                          "caption, an item label, a section heading, the article's leaderboard (carried over), or "
                          "the article's own web address when its text names no board; null when unknown.")
    part: Optional[str] = Field(None, description="The part of the board the claim is on, when it names one "
                                                   "('Vision Arena' of chatbot-arena); null for the whole board.")
    span: Optional[TextSpan] = None


class Score(Record):
    """A score as written: '88.7%' is value 88.7, unit '%'."""

    value: float
    unit: Optional[Literal["%", "elo"]] = None
    metric: Optional[str] = None
    span: Optional[TextSpan] = None


class ClaimObject(Record):
    """One thing a comparison compares against."""

    text: str
    type: SubjectType = "model"
    vendor: Optional[str] = Field(None, description="The vendor the object is attributed to, where known.")
    span: Optional[TextSpan] = None


class Claim(Record):
    """One atomic, checkable claim with its evidence (see shared CLAIMS.md)."""

    id: str = Field(description="Stable: same article and evidence give the same id.")
    schema_version: str = SCHEMA_VERSION
    extractor_version: str = __version__
    article: ArticleRef
    kind: ClaimKind
    subject: Subject
    benchmark: Benchmark = Field(default_factory=Benchmark)
    rank: Optional[int] = None
    top_n: Optional[int] = None
    scope: Optional[str] = None
    score: Optional[Score] = None
    relation: Optional[Relation] = None
    objects: list[ClaimObject] = Field(default_factory=list)
    count: Optional[int] = None
    value_span: Optional[TextSpan] = Field(None, description="Where the rank, score or count stands.")
    as_of: Optional[date] = Field(
        None, description="The date the text says the result held ('as of April 6, 2026'), or null.")
    evidence: TextSpan
    confidence: float = Field(ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _fields_fit_kind(self) -> "Claim":
        need = {
            "rank": self.rank is not None or self.top_n is not None,
            "score": self.score is not None,
            "comparison": self.relation is not None and bool(self.objects),
            "count": self.count is not None,
        }
        if not need[self.kind]:
            raise ValueError(f"a {self.kind} claim lacks its value fields")
        return self

    @staticmethod
    def make_id(article_id: str, kind: str, subject: str, evidence_start: int, evidence_end: int, key: str) -> str:
        """Deterministic id: article, kind, subject, evidence span and the claim's values."""
        raw = "\x1f".join([article_id, kind, subject, str(evidence_start), str(evidence_end), key])
        return "c-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


class Verdict(Record):
    """The outcome of checking one claim against a leaderboard snapshot, readable without the claim."""

    claim_id: str
    kind: ClaimKind = Field(description="The claim's kind.")
    subject: str = Field(description="The claim's subject as written.")
    benchmark: Optional[str] = Field(None, description="The claim's benchmark id (else as written).")
    article_id: str = Field(description="The article the claim was found in.")
    article_url: Optional[str] = None
    verdict: VerdictLabel
    cause: Optional[UnverifiableCause] = Field(None, description="Why an unverifiable claim could not be checked.")
    reason: str = Field(description="One line a fact-checker can read; figures at the board's displayed precision.")
    snapshot: Optional[str] = Field(None, description="The snapshot file used, or null.")
    snapshot_date: Optional[date] = None
    leaderboard: Optional[str] = None
    fidelity: Optional[Fidelity] = Field(
        None, description="What the snapshot is: the board's displayed table, its own export, recomputed, secondary.")
    entry: Optional[str] = Field(None, description="The board entry the claim's name resolved to.")
    expected: Optional[str | int | float | list[str]] = Field(None, description="The claim's value: what it says.")
    found: Optional[str | int | float | list[str]] = Field(None, description="What the board says.")
    candidates: list[str] = Field(default_factory=list, description="Near or ambiguous board entries.")
    schema_version: str = SCHEMA_VERSION


class RunSummary(Record):
    """Counts for one run; read == with_claims + without_claims + rejected."""

    read: int = Field(0, description="Input records, articles and rejects.")
    with_claims: int = 0
    without_claims: int = 0
    rejected: int = Field(0, description="Records that became rejects (see the rejects file).")
    claims: int = 0
    truncated: int = Field(
        0, description="Articles longer than --max-chars, cut at a sentence boundary (counted in with/without claims)."
    )
    fields_cut: int = Field(0, description="Articles whose id, title or URL was cut at --max-field-chars.")
    claims_dropped: int = Field(0, description="Claims past --max-claims in their article, not written.")
    evidence_cut: int = Field(
        0, description="Claims whose evidence was narrowed to --max-evidence-chars around its value and subject.")
    skipped: dict[str, int] = Field(
        default_factory=dict, description="Archive records that are no articles, by why (not counted in read)."
    )
    workers: int = Field(1, description="Worker processes of the last leg of the run.")
    resumed: int = Field(0, description="How many times an interrupted run was continued with --resume.")
    elapsed_s: float = Field(0.0, description="Seconds spent, summed over resumed legs.")
    articles_per_s: float = Field(0.0, description="read / elapsed_s.")
    schema_version: str = SCHEMA_VERSION


R = TypeVar("R", bound=BaseModel)


def read_record(model: type[R], data: object) -> tuple[R, list[str]]:
    """Validate a record read back (claims given to ``check``): fields the model does not know are
    dropped, not errors, so a newer or richer producer's records still read; returns the record and
    the dropped fields' paths ('objects[].colour'). Output records stay strict."""
    ignored: list[str] = []
    return model.model_validate(_known_only(model, data, "", ignored)), ignored


def _known_only(model: type[BaseModel], data: object, path: str, ignored: list[str]) -> object:
    if not isinstance(data, dict):
        return data
    kept = {}
    for key, value in data.items():
        field = model.model_fields.get(key) if isinstance(key, str) else None
        if field is None:
            ignored.append(f"{path}{key}")
            continue
        kept[key] = _known_in(field.annotation, value, f"{path}{key}", ignored)
    return kept


def _known_in(annotation: object, value: object, path: str, ignored: list[str]) -> object:
    """Prune ``value`` by the record models inside a field's type (Optional[X], list[X], X)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _known_only(annotation, value, f"{path}.", ignored)
    origin = get_origin(annotation)
    if origin is list and isinstance(value, list):
        (item,) = get_args(annotation) or (object,)
        return [_known_in(item, v, f"{path}[]", ignored) for v in value]
    if origin in (Union, types.UnionType):
        models = [a for a in get_args(annotation) if isinstance(a, type) and issubclass(a, BaseModel)]
        if len(models) == 1:
            return _known_in(models[0], value, path, ignored)
    return value


SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "claim": Claim,
    "reject": Reject,
    "verdict": Verdict,
    "summary": RunSummary,
}
