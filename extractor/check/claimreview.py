"""schema.org ClaimReview JSON-LD for a checked claim, for fact-checking tools and search engines."""

from __future__ import annotations

from ..records import Claim, Verdict

RATING_NAMES = {"supported": "Supported", "contradicted": "Contradicted", "unverifiable": "Unverifiable"}


def to_claimreview(claim: Claim, verdict: Verdict) -> dict:
    """One ClaimReview object: the claim's evidence, where it appeared, the verdict and its reason."""
    appearance = _compact({
        "@type": "CreativeWork",
        "url": claim.article.url,
        "headline": claim.article.title,
        "datePublished": claim.article.published.isoformat() if claim.article.published else None,
    })
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        "claimReviewed": claim.evidence.text,
        "itemReviewed": _compact({
            "@type": "Claim",
            "appearance": appearance,
            "datePublished": appearance.get("datePublished"),
        }),
        "reviewRating": {
            "@type": "Rating",
            "alternateName": RATING_NAMES[verdict.verdict],
            "ratingExplanation": verdict.reason,
        },
        "author": {"@type": "Organization", "name": "extractor"},
    }
    if verdict.snapshot:
        review["isBasedOn"] = _compact({
            "@type": "Dataset",
            "name": verdict.leaderboard,
            "identifier": verdict.snapshot,
            "temporalCoverage": verdict.snapshot_date.isoformat() if verdict.snapshot_date else None,
        })
    return review


def _compact(obj: dict) -> dict:
    """Drop unknown (None) values: JSON-LD leaves absent what it does not know."""
    return {k: v for k, v in obj.items() if v is not None}
