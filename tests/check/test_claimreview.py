"""ClaimReview JSON-LD: checked against schema.org's ClaimReview and Google's fact-check markup fields."""

from __future__ import annotations

import json
from datetime import date
from urllib.parse import urlsplit

import pytest

from extractor.check import check_claims, to_claimreview
from extractor.check.claimreview import Publisher, claim_statement
from extractor.cli import main
from extractor.errors import UsageError

from .helpers import make_claim, write_board

PUBLISHER = Publisher(name="Example Fact Desk", url="https://facts.example.org/",
                      review_url="https://facts.example.org/ai/{article_id}#{claim_id}", published=date(2024, 8, 1))

# schema.org properties each type may carry (https://schema.org/ClaimReview, Rating, Claim, CreativeWork,
# Organization, Dataset; inherited Thing/CreativeWork properties included where used)
SCHEMA_ORG = {
    "ClaimReview": {"@type", "@context", "url", "identifier", "datePublished", "author", "claimReviewed",
                    "itemReviewed", "reviewRating", "isBasedOn", "name"},
    "Rating": {"@type", "ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation"},
    "Claim": {"@type", "datePublished", "appearance", "firstAppearance", "author"},
    "CreativeWork": {"@type", "url", "headline", "datePublished"},
    "Organization": {"@type", "name", "url"},
    "Dataset": {"@type", "name", "identifier", "temporalCoverage"},
}


def assert_publishable(review: dict) -> None:
    """Google's required fields (claimReviewed, reviewRating.alternateName, url on the publisher's domain),
    its recommended ones (author with name and url, datePublished, itemReviewed) and schema.org's vocabulary."""
    assert review["@type"] == "ClaimReview"
    assert 0 < len(review["claimReviewed"]) <= 75 and "\n" not in review["claimReviewed"] and "|" not in review["claimReviewed"]
    url = urlsplit(review["url"])
    assert url.scheme == "https" and url.netloc == urlsplit(review["author"]["url"]).netloc
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"]
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    date.fromisoformat(review["datePublished"])
    assert review["itemReviewed"]["@type"] == "Claim"
    _vocabulary(review)


def _vocabulary(node: dict) -> None:
    allowed = SCHEMA_ORG[node["@type"]]
    assert set(node) <= allowed, set(node) - allowed
    for value in node.values():
        if isinstance(value, dict):
            _vocabulary(value)


@pytest.fixture
def board(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01.csv", [(1, "Alpha-70B-Instruct", "Org", 80.25),
                                                       (2, "Claude-v1", "Anthropic", 75.5)])
    return tmp_path


def review_of(claim, folder):
    (verdict,) = list(check_claims([claim], folder))
    return to_claimreview(claim, verdict, PUBLISHER)


@pytest.mark.parametrize("rank, rating, name", [(2, 3, "Supported by the leaderboard"),
                                                (1, 1, "Contradicted by the leaderboard")])
def test_claimreview_is_publishable_with_a_rating_on_a_documented_scale(board, rank, rating, name):
    claim = make_claim("rank", "Claude-v1", rank=rank, evidence="| Claude-v1 | 2 |\n| other | row |\n")
    review = review_of(claim, board)
    assert_publishable(review)
    assert review["claimReviewed"] == f"Claude-v1 ranked {'2nd' if rank == 2 else '1st'} on toy-board"
    assert review["url"] == f"https://facts.example.org/ai/a-test#{claim.id}"
    assert review["datePublished"] == "2024-08-01"
    assert review["author"] == {"@type": "Organization", "name": "Example Fact Desk", "url": "https://facts.example.org/"}
    assert review["reviewRating"]["ratingValue"] == rating and review["reviewRating"]["alternateName"] == name
    assert (review["reviewRating"]["bestRating"], review["reviewRating"]["worstRating"]) == (3, 1)
    assert review["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork", "url": "https://example.org/a", "headline": "A test article", "datePublished": "2024-07-15"}


def test_unverifiable_claim_is_rated_2_and_unknown_fields_are_left_out(board):
    claim = make_claim("rank", "Zeta Ultra", published=None, url=None, rank=1)
    review = review_of(claim, board)
    assert_publishable(review)
    assert (review["reviewRating"]["ratingValue"], review["reviewRating"]["alternateName"]) == (
        2, "Unverifiable from the leaderboard")
    assert "url" not in review["itemReviewed"]["appearance"]
    assert "datePublished" not in review["itemReviewed"]
    assert "isBasedOn" not in review


@pytest.mark.parametrize("fields, statement", [
    (dict(kind="rank", subject="Claude-v1", benchmark="chatbot-arena", rank=2), "Claude-v1 ranked 2nd on Chatbot Arena"),
    (dict(kind="rank", subject="Qwen2-72B", benchmark="open-llm-leaderboard", top_n=10, scope="open models"),
     "Qwen2-72B ranked in the top 10 among open models on Open LLM Leaderboard"),
    (dict(kind="score", subject="GPT-4", benchmark="chatbot-arena", score={"value": 1227, "unit": "elo"}),
     "GPT-4 scored 1227 Elo on Chatbot Arena"),
    (dict(kind="comparison", subject="Qwen2-72B-Instruct", benchmark="superclue", relation="trails",
          objects=[{"text": "GPT-4o"}]), "Qwen2-72B-Instruct trails GPT-4o on SuperCLUE"),
    (dict(kind="count", subject="Qwen", subject_type="family", benchmark="open-llm-leaderboard", count=3, top_n=10),
     "3 Qwen models in the top 10 of Open LLM Leaderboard"),
])
def test_claim_reviewed_is_written_from_the_claim(fields, statement):
    kind, subject = fields.pop("kind"), fields.pop("subject")
    assert claim_statement(make_claim(kind, subject, **fields)) == statement


def test_claim_reviewed_of_a_long_name_is_cut_to_75_characters():
    text = claim_statement(make_claim("rank", "Some-Extremely-Long-Model-Name-" * 4, benchmark="chatbot-arena", rank=3))
    assert len(text) == 75 and text.endswith("…")


def test_claims_of_one_sentence_get_distinct_statements(board):
    sentence = "Alpha-70B-Instruct is first with 80.25 and Claude-v1 second."
    claims = [make_claim("rank", "Alpha-70B-Instruct", rank=1, evidence=sentence),
              make_claim("score", "Alpha-70B-Instruct", score={"value": 80.25}, evidence=sentence),
              make_claim("rank", "Claude-v1", rank=2, evidence=sentence)]
    statements = [review_of(c, board)["claimReviewed"] for c in claims]
    assert len(set(statements)) == 3


def test_check_writes_one_json_ld_document_with_a_graph(board, tmp_path, capsys):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("".join(make_claim("rank", n, rank=r).model_dump_json() + "\n"
                              for n, r in (("Alpha-70B-Instruct", 1), ("Claude-v1", 3))), encoding="utf-8")
    assert main(["check", str(claims), "--leaderboards", str(board), "--format", "claimreview",
                 "--review-url", "https://facts.example.org/ai/{article_id}#{claim_id}",
                 "--publisher-name", "Example Fact Desk", "--publisher-url", "https://facts.example.org/",
                 "--review-date", "2024-08-01"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["@context"] == "https://schema.org"
    assert [r["reviewRating"]["alternateName"] for r in document["@graph"]] == [
        "Supported by the leaderboard", "Contradicted by the leaderboard"]
    for review in document["@graph"]:
        assert_publishable(review)


@pytest.mark.parametrize("extra, message", [
    ([], "--format claimreview needs --review-url"),
    (["--review-url", "https://x.example/{nope}", "--publisher-name", "X"], "unknown placeholder(s) nope"),
    (["--review-url", "reviews/{claim_id}", "--publisher-name", "X"], "is not an absolute http(s) URL"),
])
def test_claimreview_options_are_checked_before_any_claim(tmp_path, capsys, extra, message):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("", encoding="utf-8")
    assert main(["check", str(claims), "--format", "claimreview", *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_publisher_url_must_be_a_web_address():
    with pytest.raises(UsageError, match="--publisher-url"):
        Publisher(name="X", review_url="https://x.example/{claim_id}", url="ftp://x.example")
