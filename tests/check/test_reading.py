"""Claims read back by 'check': tolerant of unknown fields, one bad line never costs the others (issue 14, item 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.check.names import loose_keys
from extractor.cli import main
from extractor.records import Claim, read_record

from .helpers import make_claim, write_board


def claim_line(subject="Alpha-70B-Instruct", rank=1, **extra) -> str:
    data = json.loads(make_claim("rank", subject, rank=rank).model_dump_json())
    data.update(extra)
    return json.dumps(data, ensure_ascii=False)


def run_check(tmp_path: Path, toy: Path, body: bytes, capsys) -> tuple[list[dict], str]:
    path = tmp_path / "claims.jsonl"
    path.write_bytes(body)
    assert main(["check", str(path), "--leaderboards", str(toy)]) == 0
    out, err = capsys.readouterr()
    return [json.loads(line) for line in out.splitlines()], err


def test_unknown_fields_are_ignored_and_named_once(toy, tmp_path, capsys):
    lines = [claim_line(colour="red"), claim_line(colour="blue", mood="calm"), claim_line()]
    verdicts, err = run_check(tmp_path, toy, ("\n".join(lines) + "\n").encode(), capsys)
    assert [v["verdict"] for v in verdicts] == ["supported"] * 3
    assert err.count("colour") == 1 and err.count("mood") == 1
    assert "ignored unknown field(s): colour" in err


def test_a_comparison_object_may_carry_its_vendor_and_it_breaks_ties(tmp_path, capsys):
    write_board(tmp_path, "toy-board_2024-07-01.csv",
                [(1, "Org/Alpha-70B", "Org", 80.0), (2, "someone/Beta-9B", "someone", 70.0), (3, "Qwen/Beta-9B", "Qwen", 60.0)])
    data = json.loads(make_claim("comparison", "Alpha-70B", relation="outperforms",
                                 objects=[{"text": "GPT-4o"}]).model_dump_json())
    data["objects"] = [{"text": "Beta-9B", "type": "model", "vendor": "Alibaba"}]
    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps(data) + "\n", encoding="utf-8")
    assert main(["check", str(claims), "--leaderboards", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    (v,) = [json.loads(line) for line in out.splitlines()]
    assert v["verdict"] == "supported"
    assert v["found"] == ["Org/Alpha-70B 80.0 > Qwen/Beta-9B 60.0 (score)"]  # the vendor picked Qwen's Beta-9B
    assert "ignored" not in err


def test_read_record_names_nested_unknown_fields_but_output_records_stay_strict():
    data = json.loads(claim_line(extra=1))
    data["subject"]["colour"] = "red"
    data["evidence"]["lang"] = "en"
    claim, ignored = read_record(Claim, data)
    assert sorted(ignored) == ["evidence.lang", "extra", "subject.colour"]
    assert claim.subject.text == "Alpha-70B-Instruct"
    with pytest.raises(ValueError):
        Claim.model_validate(data)


def test_an_invalid_utf8_line_is_skipped_and_the_lines_around_it_checked(toy, tmp_path, capsys):
    body = (claim_line() + "\n").encode() + b'{"id": "\xff\xfe broken"}\n' + (claim_line("Gamma-7B-Chat", 2) + "\n").encode()
    verdicts, err = run_check(tmp_path, toy, body, capsys)
    assert [v["subject"] for v in verdicts] == ["Alpha-70B-Instruct", "Gamma-7B-Chat"]
    assert "claims.jsonl:2: not a claim record, skipped: not valid UTF-8" in err
    assert "checked 2 claims: 2 supported, 0 contradicted, 0 unverifiable; 1 line skipped" in err


@pytest.mark.parametrize("bad, why", [
    (b"not json", "not JSON"),
    (b"[1, 2]", "not a JSON object"),
    (b'{"id": "c-1", "title": "bad \\ud83d"}', "not valid UTF-8 or Unicode"),
    (b"[" * 100_000, "not JSON"),
    (b'{"id": "x"}', "not a claim record, skipped: article: Field required"),
])
def test_each_kind_of_bad_line_is_one_skipped_line(toy, tmp_path, capsys, bad, why):
    body = (claim_line() + "\n").encode() + bad + b"\n" + (claim_line() + "\n").encode()
    verdicts, err = run_check(tmp_path, toy, body, capsys)
    assert len(verdicts) == 2
    assert why in err and "Traceback" not in err


def test_a_line_over_the_cap_is_skipped_without_reading_it_whole(toy, tmp_path, capsys, monkeypatch):
    from extractor.check import reading

    monkeypatch.setattr(reading, "MAX_LINE_BYTES", 1000)
    body = b'{"pad": "' + b"x" * 5000 + b'"}\n' + (claim_line() + "\n").encode()
    verdicts, err = run_check(tmp_path, toy, body, capsys)
    assert len(verdicts) == 1
    assert "claims.jsonl:1: not a claim record, skipped: longer than 1,000 bytes" in err


def test_a_120_kb_claim_name_is_unverifiable_and_costs_linear_time(toy):
    from .helpers import check_one

    name = "1 " * 60_000  # spaces and digits with no closing bracket: the old trailing-date regex was quadratic
    v = check_one(make_claim("rank", name, rank=1), toy)
    assert (v.verdict, v.cause) == ("unverifiable", "invalid claim")
    assert "longer than 300 characters" in v.reason
    assert loose_keys("(" + name) == {"1" * 60_000}  # the board-name path on the same input: one linear pass


def test_the_trailing_date_of_a_board_name_is_still_dropped():
    assert loose_keys("Claude 3.5 Sonnet (20240620)") == {"claude35sonnet"}
    assert loose_keys("Model (2024.05.13) ") == {"model"}
    assert loose_keys("Model (beta)") == {"modelbeta"}
