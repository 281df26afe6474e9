"""The flat tables: a CSV row per claim with its verdict, and SQLite tables Datasette can browse."""

from __future__ import annotations

import csv
import io
import json

import sqlite_utils

from extractor.report.data import load
from extractor.report.tables import write_csv, write_sqlite


def _with_formula_title(run, tmp_path) -> str:
    """The sample claims, the first article's title made to look like a spreadsheet formula."""
    out = tmp_path / "claims.jsonl"
    lines = []
    for line in run.claims.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["article"]["id"] == "sample-001":
            record["article"]["title"] = '=HYPERLINK("https://example.org","x")'
        lines.append(json.dumps(record))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(out)


def test_csv_has_one_row_a_claim_with_its_verdict(disputed, tmp_path):
    sample = disputed
    data = load(_with_formula_title(sample, tmp_path), str(sample.verdicts), stream=io.StringIO())
    assert write_csv(data, tmp_path / "claims.csv") == len(sample.claim_records())
    rows = list(csv.DictReader((tmp_path / "claims.csv").open(encoding="utf-8", newline="")))
    claims = {c["id"]: c for c in sample.claim_records()}
    verdicts = {v["claim_id"]: v for v in sample.verdict_records()}
    assert sorted(r["claim_id"] for r in rows) == sorted(claims)
    for row in rows:
        claim, verdict = claims[row["claim_id"]], verdicts[row["claim_id"]]
        assert (row["verdict"], row["cause"], row["reason"]) == (verdict["verdict"], verdict["cause"] or "",
                                                                  verdict["reason"])
        assert row["snapshot"] == (verdict["snapshot"] or "")
        assert row["entry"] == (verdict["entry"] or "")
        assert row["evidence"] == claim["evidence"]["text"] and int(row["evidence_start"]) == claim["evidence"]["start"]
        assert row["subject"] == claim["subject"]["text"] and row["kind"] == claim["kind"]
    first = next(r for r in rows if r["article_id"] == "sample-001")
    assert first["article_title"] == "'=HYPERLINK(\"https://example.org\",\"x\")"  # not a live formula
    score = next(r for r in rows if r["claim_id"] in claims and claims[r["claim_id"]]["kind"] == "score")
    assert float(score["score"]) == claims[score["claim_id"]]["score"]["value"]


def test_sqlite_has_linked_tables_a_joined_view_and_search(disputed, tmp_path):
    sample = disputed
    data = load(_with_formula_title(sample, tmp_path), str(sample.verdicts), stream=io.StringIO())
    path = tmp_path / "claims.db"
    path.write_text("an old file")
    write_sqlite(data, path)
    db = sqlite_utils.Database(path)
    assert {"articles", "claims", "verdicts"} <= set(db.table_names()) and "claims_checked" in db.view_names()
    claims = sample.claim_records()
    assert (db["articles"].count, db["claims"].count, db["verdicts"].count) == (5, len(claims), len(claims))
    assert [fk.other_table for fk in db["claims"].foreign_keys] == ["articles"]
    assert [fk.other_table for fk in db["verdicts"].foreign_keys] == ["claims"]
    assert db["articles"].get("sample-001")["title"] == '=HYPERLINK("https://example.org","x")'  # exact here
    joined = {r["claim_id"]: r["verdict"] for r in db.query("select claim_id, verdict from claims_checked")}
    assert joined == {v["claim_id"]: v["verdict"] for v in sample.verdict_records()}
    assert {r["subject"] for r in db["claims"].search("Claude")} == {"Claude 3.5 Sonnet"}
    contradicted = list(db.query("select c.subject, a.id from claims c join verdicts v using (claim_id) "
                                 "join articles a on a.id = c.article_id where v.verdict = 'contradicted'"))
    disputed = {v["claim_id"] for v in sample.verdict_records() if v["verdict"] == "contradicted"}
    assert sorted(map(tuple, (r.values() for r in contradicted))) == sorted(
        (c["subject"]["text"], c["article"]["id"]) for c in claims if c["id"] in disputed)
    assert {r["id"] for r in contradicted} == {"disputed-arena", "disputed-open-llm"}
