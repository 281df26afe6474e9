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
