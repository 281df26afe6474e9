"""schema.org ClaimReview JSON-LD for checked claims, as a fact-checker publishes them.

The fields follow schema.org's ClaimReview and what Google's fact-check markup
requires (``claimReviewed``, ``reviewRating`` with ``alternateName``, ``url``)
and recommends (``author``, ``datePublished``, ``itemReviewed``). The rating
scale is documented once: 1 contradicted, 2 unverifiable, 3 supported.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import date
from typing import Optional
from urllib.parse import quote, urlsplit

from ..errors import UsageError
from ..records import Claim, Verdict
from .boards import bundled_boards

CONTEXT = "https://schema.org"
WORST_RATING, BEST_RATING = 1, 3
RATINGS = {
    "contradicted": (1, "Contradicted by the leaderboard"),
    "unverifiable": (2, "Unverifiable from the leaderboard"),
    "supported": (3, "Supported by the leaderboard"),
}
MAX_CLAIM_CHARS = 75  # Google: keep claimReviewed under 75 characters so it does not wrap on phones
URL_FIELDS = frozenset({"article_id", "claim_id", "date"})
HEADLINE_METRICS = {"average", "avg", "score", "overall", "total", "elo", "rating", "总分", "平均"}


@dataclass(frozen=True)
class Publisher:
    """Who publishes the reviews, where, and when."""

    name: str
    review_url: str  # template: {article_id}, {claim_id}, {date}
    url: Optional[str] = None
    published: date = field(default_factory=date.today)

    def __post_init__(self):
        check_review_url(self.review_url)
        if not self.name.strip():
            raise UsageError("extractor check: --publisher-name must not be empty")
        if self.url is not None and not _is_web_url(self.url):
            raise UsageError(f"extractor check: --publisher-url {self.url!r} is not an http(s) URL")

    def review_url_for(self, claim: Claim) -> str:
        return self.review_url.format(article_id=quote(claim.article.id, safe=""), claim_id=quote(claim.id, safe=""),
                                      date=self.published.isoformat())


def check_review_url(template: str) -> None:
    """A usable --review-url: known placeholders only, giving an absolute http(s) URL."""
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    except ValueError as e:
        raise UsageError(f"extractor check: --review-url {template!r}: {e}") from None
    unknown = names - URL_FIELDS
    if unknown:
        raise UsageError(f"extractor check: --review-url: unknown placeholder(s) {', '.join(sorted(unknown))} "
                         f"(use {{article_id}}, {{claim_id}}, {{date}})")
    if not _is_web_url(template.format(article_id="a", claim_id="c", date="2024-01-01")):
        raise UsageError(f"extractor check: --review-url {template!r} is not an absolute http(s) URL")


def _is_web_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def to_claimreview(claim: Claim, verdict: Verdict, publisher: Publisher) -> dict:
    """One ClaimReview: a short statement of the claim, where it appeared, the rating and why."""
    value, name = RATINGS[verdict.verdict]
    review = {
        "@type": "ClaimReview",
        "url": publisher.review_url_for(claim),
        "identifier": claim.id,
        "datePublished": publisher.published.isoformat(),
        "author": _compact({"@type": "Organization", "name": publisher.name, "url": publisher.url}),
        "claimReviewed": claim_statement(claim, verdict),
        "itemReviewed": _compact({
            "@type": "Claim",
            "datePublished": _iso(claim.as_of or claim.article.published),
            "appearance": _compact({
                "@type": "CreativeWork",
                "url": claim.article.url,
                "headline": claim.article.title,
                "datePublished": _iso(claim.article.published),
            }),
        }),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": name,
            "ratingExplanation": verdict.reason,
        },
    }
    if verdict.snapshot:
        review["isBasedOn"] = _compact({
            "@type": "Dataset",
            "name": verdict.leaderboard,
            "identifier": verdict.snapshot,
            "temporalCoverage": _iso(verdict.snapshot_date),
        })
    return review


def claim_statement(claim: Claim, verdict: Optional[Verdict] = None) -> str:
    """The claim in a few words, from its fields: 'Claude-v1 ranked 2nd on Chatbot Arena'."""
    board = board_label(claim, verdict)
    who = claim.subject.text
    if claim.kind == "rank":
        where = _scope_words(claim.scope)
        said = f"ranked {ordinal(claim.rank)}" if claim.rank is not None else f"ranked in the top {claim.top_n}"
        text = f"{who} {said}{where} on {board}"
    elif claim.kind == "score":
        text = f"{who} scored {_score_text(claim)} on {board}"
    elif claim.kind == "comparison":
        text = f"{who} {claim.relation} {' and '.join(o.text for o in claim.objects)} on {board}"
    else:
        top = f" in the top {claim.top_n} of" if claim.top_n is not None else " on"
        text = f"{claim.count} {who} models{top} {board}"
    return _short(text)


def _scope_words(scope: Optional[str]) -> str:
    """' among open models' for a rank claim's scope; nothing for the overall board."""
    from .verdicts import scope_kind

    kind = scope_kind(scope)
    if kind in (None, "global"):
        return ""
    return {"open": " among open models", "chinese": " among Chinese models"}.get(kind, f" ({scope})")


def _score_text(claim: Claim) -> str:
    score = claim.score
    value = f"{score.value:g}" if score.span is None else _written_value(claim)
    unit = "%" if score.unit == "%" else " Elo" if score.unit == "elo" else ""
    metric = f" ({score.metric})" if score.metric and score.metric.lower() not in HEADLINE_METRICS else ""
    return f"{value}{unit}{metric}"


def _written_value(claim: Claim) -> str:
    """The score as the article wrote it when its span holds it ('42.50' stays '42.50')."""
    text = claim.score.span.text.strip().rstrip("%").strip()
    try:
        return text if float(text.replace(",", "")) == claim.score.value else f"{claim.score.value:g}"
    except ValueError:
        return f"{claim.score.value:g}"


def board_label(claim: Claim, verdict: Optional[Verdict] = None) -> str:
    """The board's name: the series label when the board is known, else the benchmark as written."""
    boards = bundled_boards()
    if verdict is not None and verdict.leaderboard in boards:
        return boards[verdict.leaderboard].name
    by_benchmark = [s for s in boards.values() if s.benchmark == claim.benchmark.id and not s.start]
    if by_benchmark:
        return by_benchmark[0].name.removesuffix(" v1")
    return claim.benchmark.text or claim.benchmark.id or "the leaderboard"


def ordinal(n: Optional[int]) -> str:
    if n is None:
        return "?"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _short(text: str) -> str:
    """One line, at most MAX_CLAIM_CHARS characters (cut with an ellipsis)."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_CLAIM_CHARS else text[: MAX_CLAIM_CHARS - 1].rstrip() + "…"


def claimreview_document(reviews: list[dict]) -> dict:
    """One JSON-LD document holding every review (a ``@graph``)."""
    return {"@context": CONTEXT, "@graph": reviews}


def _iso(day: Optional[date]) -> Optional[str]:
    return day.isoformat() if day else None


def _compact(obj: dict) -> dict:
    """Drop unknown (None) values: JSON-LD leaves absent what it does not know."""
    return {k: v for k, v in obj.items() if v is not None}
