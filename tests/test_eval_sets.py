"""Accuracy on the project's own evaluation articles (corpus/eval/) does not regress.

The floors sit a little below what the code reaches at the commit that set them
(strict F1 0.944 on written.jsonl, 0.931 on scraped.jsonl).
"""

from pathlib import Path

import pytest

from extractor.evaluate import evaluate_gold

EVAL = Path(__file__).resolve().parents[1] / "corpus" / "eval"


@pytest.mark.parametrize("name, min_f1, min_p", [("written.jsonl", 0.935, 0.95), ("scraped.jsonl", 0.925, 0.95)])
def test_own_evaluation_sets_do_not_regress(name, min_f1, min_p):
    strict = evaluate_gold(str(EVAL / name)).figures["strict"]["all"]
    assert strict["f1"] >= min_f1 and strict["p"] >= min_p, strict
