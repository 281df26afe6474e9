"""Records: validation rules and the committed JSON Schemas."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from extractor.records import Article, Claim
from extractor.schema import schema_texts

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def _claim(**over):
    base = {
        "id": "c-1", "article": {"id": "a1"}, "kind": "rank",
        "subject": {"text": "GPT-4o", "type": "model"}, "rank": 1,
        "evidence": {"text": "GPT-4o is No. 1", "start": 0, "end": 15}, "confidence": 0.9,
    }
    base.update(over)
    return base


def test_committed_schemas_match_the_models():
    for name, text in schema_texts().items():
        path = SCHEMAS / name
        assert path.exists(), f"{name} missing: run 'extractor schema'"
        assert path.read_text(encoding="utf-8") == text, f"{name} is stale: run 'extractor schema'"


def test_claim_without_its_value_fields_is_invalid():
    with pytest.raises(ValidationError, match="rank claim lacks"):
        Claim.model_validate(_claim(rank=None))


def test_claim_rejects_unknown_fields_and_kinds():
    with pytest.raises(ValidationError):
        Claim.model_validate(_claim(colour="red"))
    with pytest.raises(ValidationError):
        Claim.model_validate(_claim(kind="rumour"))


def test_claim_ids_are_stable_and_value_sensitive():
    a = Claim.make_id("a1", "rank", "GPT-4o", 0, 15, "1")
    assert a == Claim.make_id("a1", "rank", "GPT-4o", 0, 15, "1")
    assert a != Claim.make_id("a1", "rank", "GPT-4o", 0, 15, "2")


def test_article_id_for_text_is_a_stable_hash():
    assert Article.id_for_text("abc") == Article.id_for_text("abc") != Article.id_for_text("abd")
