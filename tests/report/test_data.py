"""Claims joined with verdicts by claim_id: tolerant of verdict shapes, of bad lines and of strays."""

from __future__ import annotations

import io
import json

from extractor.report.data import NOT_CHECKED, load


def _write(path, records) -> str:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_every_claim_gets_its_verdict_in_article_and_text_order(sample):
    data = load(str(sample.claims), str(sample.verdicts), stream=io.StringIO())
    verdicts = {v["claim_id"]: v["verdict"] for v in sample.verdict_records()}
    entries = list(data.claims)
    assert len(entries) == len(sample.claim_records()) and [e.index for e in entries] == list(range(len(entries)))
    assert all(e.label == verdicts[e.claim().id] for e in entries)
    assert [a.id for a in data.articles] == ["sample-001", "sample-002", "yi-ranking"]
    for article in data.articles:
        starts = [c.start for c in article.claims]
        assert starts == sorted(starts)


def test_verdicts_with_more_fields_join_the_same(sample, tmp_path):
    claims = {c["id"]: c for c in sample.claim_records()}
    extended = [{**v, "kind": claims[v["claim_id"]]["kind"], "subject": claims[v["claim_id"]]["subject"]["text"],
                 "benchmark": claims[v["claim_id"]]["benchmark"]["id"], "value": 1, "article_id": "x",
                 "url": "https://example.org/", "a_field_from_the_future": {"nested": [1, 2]}}
                for v in sample.verdict_records()]
    data = load(str(sample.claims), _write(tmp_path / "v.jsonl", extended), stream=io.StringIO())
    plain = load(str(sample.claims), str(sample.verdicts), stream=io.StringIO())
    assert [(c.label, c.verdict.reason) for c in data.claims] == [(c.label, c.verdict.reason) for c in plain.claims]


def test_verdicts_of_the_first_shape_join_too(sample, tmp_path):
    first = {"claim_id", "verdict", "reason", "snapshot", "snapshot_date", "leaderboard", "entry", "expected",
             "found", "candidates", "schema_version"}
    old = [{k: v for k, v in record.items() if k in first} for record in sample.verdict_records()]
    data = load(str(sample.claims), _write(tmp_path / "v.jsonl", old), stream=io.StringIO())
    assert [c.label for c in data.claims] == [c.label for c in load(str(sample.claims), str(sample.verdicts),
                                                                     stream=io.StringIO()).claims]
    assert all(c.verdict.cause is None for c in data.claims)


def test_bad_lines_are_reported_and_skipped(sample, tmp_path):
    lines = sample.claims.read_text(encoding="utf-8").splitlines()
    claims = _write(tmp_path / "c.jsonl", ["not json", lines[0], lines[0], '{"id": "c-x"}'] + lines[1:])
    verdicts = _write(tmp_path / "v.jsonl", sample.verdicts.read_text(encoding="utf-8").splitlines()
                      + ['{"claim_id": "c-gone", "verdict": "supported"}', '{"claim_id": "c-y", "verdict": "maybe"}'])
    err = io.StringIO()
    data = load(claims, verdicts, stream=err)
    assert len(list(data.claims)) == len(lines)  # the duplicate line is kept once
    assert data.unmatched_verdicts == 1 and data.skipped_lines == 3
    messages = err.getvalue().splitlines()
    assert len(messages) == 3
    assert all(m.startswith("extractor: ") and m.endswith(", skipped") for m in messages)
    assert f"{verdicts}:{len(sample.verdict_records()) + 2}: not a verdict record (verdict:" in messages[0]
    assert f"{claims}:1: not a claim record" in messages[1] and f"{claims}:4: not a claim record" in messages[2]


def test_many_bad_lines_are_counted_not_listed(tmp_path):
    err = io.StringIO()
    data = load(_write(tmp_path / "c.jsonl", ["junk"] * 25), stream=err)
    assert data.articles == [] and data.skipped_lines == 25
    assert err.getvalue().splitlines()[-1] == "extractor: 15 more bad lines skipped"
    assert len(err.getvalue().splitlines()) == 11


def test_without_verdicts_claims_are_not_checked(sample):
    data = load(str(sample.claims), stream=io.StringIO())
    assert not data.verdicts_given and {c.label for c in data.claims} == {NOT_CHECKED}


def test_article_texts_come_from_the_inputs_the_claims_came_from(sample):
    data = load(str(sample.claims), str(sample.verdicts), list(map(str, sample.inputs)), stream=io.StringIO())
    texts = {a.id: a.text for a in data.articles}
    assert texts["yi-ranking"] == (sample.inputs[0] / "yi-ranking.txt").read_text(encoding="utf-8")
    assert all(texts.values())
