"""Reading what a report shows: claims joined with their verdicts by ``claim_id``, grouped by article.

Claims are validated as records; verdicts are read tolerantly (unknown fields are
ignored), so verdict files from older and newer versions of ``check`` both join.
A line that is neither is reported on stderr and skipped. Each claim is kept as
its JSON line plus the few facets the overview counts, so a dump of 100,000
claims stays small in memory; pages parse their own claims again when rendered.
"""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any, Iterable, Iterator, Optional

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import InputError
from ..records import Claim, VerdictLabel

NOT_CHECKED = "not checked"
NO_BOARD = "no board named"
NO_VENDOR = "no vendor named"
_SHOWN_PROBLEMS = 10  # bad lines reported one by one; the rest are counted


class VerdictView(BaseModel):
    """The verdict fields a report shows; any other field of a verdict record is ignored."""

    model_config = ConfigDict(extra="ignore")

    claim_id: str
    verdict: VerdictLabel
    reason: str = ""
    cause: Optional[str] = None
    snapshot: Optional[str] = None
    snapshot_date: Optional[date] = None
    leaderboard: Optional[str] = None
    fidelity: Optional[str] = None
    entry: Optional[str] = None
    expected: Any = None
    found: Any = None
    candidates: list[str] = []


@dataclass(slots=True)
class ClaimEntry:
    """One claim as the report keeps it: its record's JSON, its verdict and its facets."""

    index: int  # position in the report (article order, then evidence order): the claim's anchor
    line: str
    verdict: Optional[VerdictView]
    kind: str
    model: str
    vendor: str
    board: str
    start: int

    @property
    def label(self) -> str:
        """The verdict word shown on the claim's badge."""
        return self.verdict.verdict if self.verdict else NOT_CHECKED

    def claim(self) -> Claim:
        return Claim.model_validate_json(self.line)


@dataclass(slots=True)
class ArticleEntry:
    """An article that has claims: what the claims say about it, and its text when given."""

    index: int
    id: str
    url: Optional[str]
    title: Optional[str]
    published: Optional[date]
    claims: list[ClaimEntry] = field(default_factory=list)
    text: Optional[str] = None


@dataclass
class Dataset:
    """Articles in the order their first claim came, each with its claims in text order."""

    articles: list[ArticleEntry]
    verdicts_given: bool
    unmatched_verdicts: int = 0
    skipped_lines: int = 0

    @property
    def claims(self) -> Iterator[ClaimEntry]:
        for article in self.articles:
            yield from article.claims


class _Problems:
    """Reports bad input lines on stderr: the first few one by one, then only a count."""

    def __init__(self, stream: IO[str] = sys.stderr):
        self.stream, self.count = stream, 0

    def skip(self, where: str, what: str) -> None:
        self.count += 1
        if self.count <= _SHOWN_PROBLEMS:
            print(f"extractor: {where}: {what}, skipped", file=self.stream)

    def close(self) -> None:
        if self.count > _SHOWN_PROBLEMS:
            print(f"extractor: {self.count - _SHOWN_PROBLEMS} more bad lines skipped", file=self.stream)


def _first_error(e: ValidationError) -> str:
    first = e.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "record"
    return f"{where}: {first['msg']}"


def _lines(path: str) -> Iterator[tuple[int, str]]:
    """Numbered non-blank lines of a file ('-' is stdin); a file that cannot be opened is an InputError."""
    if path == "-":
        opened: Any = contextlib.nullcontext(sys.stdin)
    else:
        try:
            opened = open(path, encoding="utf-8", errors="replace")
        except OSError as e:
            raise InputError(f"{path}: cannot open: {e.strerror}") from None
    with opened as stream:
        for n, line in enumerate(stream, 1):
            if line.strip():
                yield n, line


def read_verdicts(path: str, problems: _Problems) -> dict[str, VerdictView]:
    """Verdicts by claim id (the last one wins when a claim was checked twice)."""
    verdicts: dict[str, VerdictView] = {}
    for n, line in _lines(path):
        try:
            verdict = VerdictView.model_validate_json(line)
        except ValidationError as e:
            problems.skip(f"{path}:{n}", f"not a verdict record ({_first_error(e)})")
            continue
        verdicts[verdict.claim_id] = verdict
    return verdicts


def _model_key(claim: Claim) -> str:
    """The subject as the overview counts it: its written name (canonical names are lower-cased)."""
    return claim.subject.text


def _board(claim: Claim) -> str:
    return claim.benchmark.id or claim.benchmark.text or NO_BOARD


def read_claims(path: str, verdicts: dict[str, VerdictView], problems: _Problems) -> list[ArticleEntry]:
    """Claims grouped by article (first-seen order); a claim id seen twice is kept once."""
    articles: dict[str, ArticleEntry] = {}
    seen: set[str] = set()
    for n, line in _lines(path):
        try:
            claim = Claim.model_validate_json(line)
        except ValidationError as e:
            problems.skip(f"{path}:{n}", f"not a claim record ({_first_error(e)})")
            continue
        if claim.id in seen:
            continue
        seen.add(claim.id)
        ref = claim.article
        article = articles.get(ref.id)
        if article is None:
            article = articles[ref.id] = ArticleEntry(len(articles), ref.id, ref.url, ref.title, ref.published)
        article.claims.append(ClaimEntry(
            index=0, line=line.strip(), verdict=verdicts.get(claim.id), kind=claim.kind,
            model=_model_key(claim), vendor=claim.subject.vendor or NO_VENDOR, board=_board(claim), start=claim.evidence.start))
    return list(articles.values())


def attach_texts(articles: list[ArticleEntry], texts: Iterable[tuple[str, str]]) -> int:
    """Give articles their full text from (id, text) pairs; returns how many got one."""
    by_id = {a.id: a for a in articles}
    found = 0
    for article_id, text in texts:
        article = by_id.get(article_id)
        if article is not None and article.text is None:
            article.text = text
            found += 1
    return found


def article_texts(inputs: list[str]) -> Iterator[tuple[str, str]]:
    """(id, text) of every article the extract readers find in ``inputs``; rejects are passed over."""
    from ..ingest import check_inputs, read_inputs
    from ..records import Article

    check_inputs(inputs)
    for record in read_inputs(inputs):
        if isinstance(record, Article):
            yield record.id, record.text


def load(claims_path: str, verdicts_path: Optional[str] = None, articles: Optional[list[str]] = None,
         stream: IO[str] = sys.stderr) -> Dataset:
    """Claims joined with their verdicts (and article texts, when given), numbered in report order."""
    problems = _Problems(stream)
    verdicts = read_verdicts(verdicts_path, problems) if verdicts_path else {}
    entries = read_claims(claims_path, verdicts, problems)
    problems.close()
    if articles:
        attach_texts(entries, article_texts(articles))
    index = 0
    for article in entries:
        article.claims.sort(key=lambda c: c.start)  # stable: claims of one sentence keep their order
        for entry in article.claims:
            entry.index = index
            index += 1
    matched = sum(1 for c in (c for a in entries for c in a.claims) if c.verdict is not None)
    return Dataset(entries, verdicts_given=verdicts_path is not None,
                   unmatched_verdicts=len(verdicts) - matched, skipped_lines=problems.count)
