"""ClaimReview JSON-LD for checked claims."""

from __future__ import annotations

import json

from extractor.check import check_claims, to_claimreview

from .helpers import make_claim


def test_claimreview_has_the_schema_org_fields(toy):
    claim = make_claim("rank", "Alpha-70B-Instruct", published="2024-07-15", rank=1,
                       evidence="Alpha-70B-Instruct topped the board.")
    (verdict,) = list(check_claims([claim], toy))
    review = to_claimreview(claim, verdict)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Alpha-70B-Instruct topped the board."
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "url": "https://example.org/a", "headline": "A test article", "datePublished": "2024-07-15"}
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Supported", "ratingExplanation": verdict.reason}
    assert review["author"] == {"@type": "Organization", "name": "extractor"}
    assert review["isBasedOn"]["identifier"] == "toy-board_2024-07-01.csv"
    json.dumps(review)  # serialisable as is


def test_claimreview_leaves_out_what_is_unknown(toy):
    claim = make_claim("rank", "Zeta Ultra", published=None, url=None, rank=1)
    (verdict,) = list(check_claims([claim], toy))
    review = to_claimreview(claim, verdict)
    assert review["reviewRating"]["alternateName"] == "Unverifiable"
    assert "url" not in review["itemReviewed"]["appearance"]
    assert "datePublished" not in review["itemReviewed"]
    contradicted = make_claim("rank", "Alpha-70B-Instruct", rank=2)
    (v2,) = list(check_claims([contradicted], toy))
    assert to_claimreview(contradicted, v2)["reviewRating"]["alternateName"] == "Contradicted"
