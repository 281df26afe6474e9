"""The report's command line: what it writes, one clear line when it cannot, extract and report in one go."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest

from extractor.cli import main

from .conftest import SAMPLE


def _counts(run) -> str:
    """The verdict counts as the report's summary line gives them."""
    counts = Counter(v["verdict"] for v in run.verdict_records())
    return ", ".join(f"{counts[w]} {w}" for w in ("supported", "contradicted", "unverifiable") if counts[w])


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0, err
    return err


@pytest.mark.parametrize("argv, code, message", [
    (["report", "CLAIMS"], 2, "extractor report: say what to write: -o REPORT.html, --csv FILE or --sqlite FILE"),
    (["report", "CLAIMS", "-o", "-"], 2, "extractor report: -o needs a file name, not '-'"),
    (["report", "CLAIMS", "--csv", "-"], 2, "extractor report: --csv needs a file name, not '-'"),
    (["report", "CLAIMS", "-o", "r.html", "--page-claims", "0"], 2, "--page-claims must be at least 1, not 0"),
    (["report", "-", "-", "-o", "r.html"], 2, "only one of CLAIMS and VERDICTS can be read from stdin"),
    (["report", "missing.jsonl", "-o", "r.html"], 3, "extractor: missing.jsonl: cannot open: No such file"),
    (["report", "CLAIMS", "-o", "r.html", "--articles", "missing"], 3, "extractor: missing: no such file or folder"),
    (["report", "CLAIMS", "-o", "no/such/folder/r.html"], 3, "no/such/folder/r.html: cannot write"),
    (["extract", "INPUT", "--as-of", "2024-07-01"], 2, "--leaderboards and --as-of go with --report, --csv or --sqlite"),
    (["extract", "INPUT", "--report", "r.html", "--as-of", "soon"], 2, "--as-of 'soon' is not a date"),
    (["extract", "INPUT", "--report", "r.html", "--leaderboards", "nowhere"], 3, "nowhere: no such leaderboard folder"),
])
def test_a_bad_command_line_is_one_line_and_a_non_zero_exit(argv, code, message, sample, tmp_path, monkeypatch,
                                                            capsys):
    monkeypatch.chdir(tmp_path)
    argv = [str(sample.claims) if a == "CLAIMS" else str(SAMPLE) if a == "INPUT" else a for a in argv]
    assert main(argv) == code
    assert message in _one_line(capsys)
    assert not (tmp_path / "r.html").exists()


def test_report_writes_html_csv_and_sqlite_and_says_so(sample, tmp_path, capsys):
    html, table, db = tmp_path / "r.html", tmp_path / "r.csv", tmp_path / "r.db"
    assert main(["report", str(sample.claims), str(sample.verdicts), "-o", str(html), "--csv", str(table),
                 "--sqlite", str(db)]) == 0
    assert _one_line(capsys) == f"extractor: report of 13 claims in 3 articles ({_counts(sample)}): {html}, {table}, {db}"
    assert html.read_text(encoding="utf-8").count('class="marker ') == 13
    assert len(table.read_text(encoding="utf-8").splitlines()) > 13 and db.stat().st_size > 0


def test_report_reads_claims_from_stdin(sample, tmp_path, monkeypatch, capsys):
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO(sample.claims.read_text(encoding="utf-8")))
    assert main(["report", "-", str(sample.verdicts), "--csv", str(tmp_path / "r.csv"), "-q"]) == 0
    assert capsys.readouterr().err == ""
    rows = list(csv.DictReader((tmp_path / "r.csv").open(encoding="utf-8", newline="")))
    assert {r["claim_id"]: r["verdict"] for r in rows} == {v["claim_id"]: v["verdict"] for v in sample.verdict_records()}


def test_extract_with_report_to_stdout_prints_the_same_claims(sample, tmp_path, capsys):
    html = tmp_path / "r.html"
    assert main(["extract", str(SAMPLE), "-w", "1", "--report", str(html), "--csv", str(tmp_path / "r.csv")]) == 0
    out, err = capsys.readouterr()
    assert out == sample.claims.read_text(encoding="utf-8")
    assert err.splitlines()[-1].startswith(f"extractor: report of 13 claims in 3 articles ({_counts(sample)}): ")
    page = html.read_text(encoding="utf-8")
    for word, n in Counter(v["verdict"] for v in sample.verdict_records()).items():
        assert page.count(f'class="marker v-{word}"') == n
    assert list(tmp_path.glob("*.jsonl")) == []


def test_extract_with_report_to_a_file_keeps_the_verdicts_beside_the_claims(sample, tmp_path, capsys):
    claims = tmp_path / "claims.jsonl"
    assert main(["extract", str(SAMPLE), "-w", "1", "-o", str(claims), "-q", "--sqlite", str(tmp_path / "c.db"),
                 "--as-of", "2024-07-10"]) == 0
    assert capsys.readouterr().err == ""
    assert claims.read_text(encoding="utf-8") == sample.claims.read_text(encoding="utf-8")
    verdicts = [json.loads(line) for line in (tmp_path / "claims.verdicts.jsonl").read_text().splitlines()]
    assert len(verdicts) == 13
    undated = {c["id"] for c in sample.claim_records() if c["article"]["published"] is None}
    snapshots = {v["snapshot"] for v in verdicts if v["claim_id"] in undated}
    # --as-of reaches the check: the undated article is checked at that date, not against the latest snapshot
    assert undated and snapshots == {"open-llm-leaderboard-v2_2024-06-26_blog-top10-secondary.csv"}
    import sqlite_utils
    assert sqlite_utils.Database(tmp_path / "c.db")["verdicts"].count == 13
