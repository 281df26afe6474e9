"""Accuracy on the shared dev set at the bar of the claims issue (skipped, saying why, without ../shared)."""


from extractor.evaluate import evaluate_gold
from extractor.pipeline import extract_records
from extractor.records import Article

from .conftest import DEV

# A floor held at what the code reaches on the 57-article dev set, raised as the claims work
# lands (measured at this commit: F1 0.947, P 0.962; vendor 97%).
MIN_STRICT_F1 = 0.94
MIN_STRICT_P = 0.95
MIN_VENDOR = 0.90


def test_dev_set_accuracy_does_not_regress(dev_articles):
    figures = evaluate_gold(str(DEV)).figures
    strict = figures["strict"]["all"]
    assert strict["f1"] >= MIN_STRICT_F1, strict
    assert strict["p"] >= MIN_STRICT_P, strict
    assert figures["vendor_attribution"]["accuracy"] >= MIN_VENDOR


def test_negative_dev_articles_give_no_claim(dev_articles):
    negatives = [Article(id=k, text=v["text"], source="dev") for k, v in dev_articles.items() if not v["claims"]]
    assert negatives
    assert {r.record.id: len(r.claims) for r in extract_records(negatives)} == {a.id: 0 for a in negatives}


def test_every_claim_of_the_seed_articles_is_found(dev_articles):
    figures = evaluate_gold_subset(["seed-000", "seed-002"], dev_articles)
    assert figures["strict"]["all"]["r"] == 1.0, figures["strict"]["all"]


def evaluate_gold_subset(ids, dev_articles):
    from extractor.evaluate import gold_shape, score

    gold = [dev_articles[i] for i in ids]
    arts = [Article(id=g["id"], text=g["text"], source="dev") for g in gold]
    predicted = {r.record.id: [gold_shape(c) for c in r.claims] for r in extract_records(arts)}
    return score(gold, predicted).figures
