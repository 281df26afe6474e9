"""The command line: clear one-line errors, non-zero exits, a summary that adds up."""

import json

from extractor.cli import main


def test_bad_command_line_is_one_line_and_exit_2(capsys):
    assert main(["extract"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "required" in err
    assert main(["frobnicate"]) == 2


def test_missing_input_is_one_line_and_exit_3(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing.jsonl")]) == 3
    assert capsys.readouterr().err.strip() == f"extractor: {tmp_path / 'missing.jsonl'}: no such file or folder"


def test_extract_writes_claims_rejects_and_summary(tmp_path, capsys):
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(
        json.dumps({"id": "good", "text": "Shares rose 3% on Tuesday."}).encode() + b"\n"
        + b"not json\n"
        + json.dumps({"id": "none"}).encode() + b"\n"
    )
    out = tmp_path / "claims.jsonl"
    assert main(["extract", str(dump), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "articles 1 (0 with claims, 1 without), claims 0, rejects 2" in err
    rejects = [json.loads(x) for x in (tmp_path / "claims.rejects.jsonl").read_text().splitlines()]
    assert [(r["line"], r["reason"].split(":")[0]) for r in rejects] == [(2, "malformed JSON"), (3, "no 'text' field")]
    assert out.read_text() == ""


def test_schema_command_writes_every_schema(tmp_path, capsys):
    assert main(["schema", "-o", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "article.schema.json", "claim.schema.json", "reject.schema.json", "summary.schema.json", "verdict.schema.json"]


def test_warc_skip_counts_reach_the_summary(tmp_path, capsys):
    from tests.ingest.test_warc import mixed_archive

    archive = mixed_archive().save(tmp_path / "crawl.warc.gz")
    out = tmp_path / "claims.jsonl"
    assert main(["extract", str(archive), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "archive records skipped 4 (content-type 1, non-response 2, status 1)" in err
    assert "articles 2 (" in err


def _claim_line(tmp_path, capsys, text: str) -> str:
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    assert main(["extract", str(src), "-q"]) == 0
    return capsys.readouterr().out


def test_check_skips_a_bad_line_and_checks_the_rest(tmp_path, capsys):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("not json\n" + _claim_line(tmp_path, capsys,
                      "Meta's Meta-Llama-3-70B-Instruct ranked second on the Open LLM Leaderboard."), encoding="utf-8")
    assert main(["check", str(claims), "--as-of", "2024-07-15"]) == 0
    out, err = capsys.readouterr()
    [verdict] = [json.loads(x) for x in out.splitlines()]
    assert verdict["verdict"] == "supported" and verdict["snapshot"] == "open-llm-leaderboard-v2_2024-07-13.csv"
    assert f"{claims}:1: not a claim record, skipped" in err


def test_check_as_of_must_be_a_date(tmp_path, capsys):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("", encoding="utf-8")
    assert main(["check", str(claims), "--as-of", "soon"]) == 2
    assert "--as-of 'soon' is not a date" in capsys.readouterr().err


def test_as_of_date_in_the_sentence_is_the_claims_date(tmp_path, capsys):
    line = _claim_line(tmp_path, capsys, "As of July 7, 2024, GPT-4o ranked first on Chatbot Arena.")
    [claim] = [json.loads(x) for x in line.splitlines()]
    assert claim["as_of"] == "2024-07-07" and claim["article"]["published"] is None


import io  # noqa: E402


# -- messages that repeat input --------------------------------------------------------------

def test_shown_and_safe_streams_escape_and_bound_what_they_repeat():
    from extractor.errors import SafeStream, shown
    from extractor.records import Reject

    assert shown("a\x1b[2J\u009b\u202e\ud83d b") == "a\\x1b[2J\\x9b\\u202e\\ud83d b"
    assert shown("x" * 1000, 10) == "xxxxxxxxxx\u2026 (1,000 characters)"
    reject = Reject(input="d.jsonl", record="\x07" + "r" * 5000, reason="bad \x1b[31m")
    assert reject.reason == "bad \\x1b[31m" and reject.record.startswith("\\x07rrr") and len(reject.record) < 1100
    sink = io.StringIO()
    stream = SafeStream(sink, limit=8)
    stream.write("warning: \x1b]0;x\x07 and more\n")
    stream.write("ok\tfine\n")
    assert sink.getvalue() == "warning:\u2026\nok\tfine\n"
