"""A user's knowledge folder (a new vendor, model family, benchmark and board alias) used by every stage:
the entity layer, the claim rules, the gate (``extract --knowledge``) and the checker (``check --knowledge``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.cli import main

from ..check.helpers import make_claim, write_board
from .helpers import write_overlay

ARTICLE = {"id": "zx", "published": "2024-07-15", "text": (
    "The Crowd Duel Board was refreshed on Monday.\n"
    "Quasar-3 from Zentrox Labs ranked first with 1301 points, ahead of GPT-4o.\n"
    "Three QSR models are now in the top 5 of the Duel Board.")}
BOARD = [(1, "zentrox/QSR-3-preview", "Zentrox", 1301), (2, "GPT-4o", "OpenAI", 1290),
         (3, "QSR-2-70B", "Zentrox", 1250), (4, "Quasar-2-mini", "Zentrox", 1200), (5, "Qwen2-72B", "Alibaba", 1190)]


@pytest.fixture
def overlay(tmp_path) -> Path:
    return write_overlay(tmp_path / "knowledge")


@pytest.fixture
def boards(tmp_path) -> Path:
    write_board(tmp_path / "boards", "duel-board_2024-07-01.csv", BOARD)
    return tmp_path / "boards"


def _extract(tmp_path: Path, *options: str) -> list[dict]:
    source = tmp_path / "article.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n")
    out = tmp_path / "claims.jsonl"
    assert main(["extract", str(source), "-o", str(out), "-q", *options]) == 0
    return [json.loads(line) for line in out.read_text().splitlines()]


def _check(tmp_path: Path, claims: list[dict], boards: Path, *options: str) -> list[dict]:
    path = tmp_path / "checked.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in claims))
    out = tmp_path / "verdicts.jsonl"
    assert main(["check", str(path), "--leaderboards", str(boards), "-o", str(out), *options]) == 0
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_extraction_reads_the_new_vendor_family_and_leaderboard(tmp_path, overlay):
    claims = _extract(tmp_path, "--knowledge", str(overlay))
    found = {(c["kind"], c["subject"]["text"], c["subject"]["family"], c["subject"]["vendor"], c["benchmark"]["id"],
              c.get("rank"), c.get("count")) for c in claims}
    assert found == {
        ("rank", "Quasar-3", "Quasar", "Zentrox Labs", "duel-board", 1, None),
        ("score", "Quasar-3", "Quasar", "Zentrox Labs", "duel-board", None, None),  # 'with 1301 points'
        ("comparison", "Quasar-3", "Quasar", "Zentrox Labs", "duel-board", None, None),
        ("count", "QSR", "Quasar", "Zentrox Labs", "duel-board", None, 3),
    }
    # the board is named in an earlier sentence: a leaderboard is carried over by the claim rules
    assert {c["benchmark"]["source"] for c in claims if c["kind"] != "count"} == {"article"}
    without = _extract(tmp_path)  # 'Quasar-3' is still a model by its shape, but of no known family or board;
    # its maker is the one the sentence states ('from Zentrox Labs')
    assert {(c["kind"], c["subject"]["family"], c["subject"]["vendor"], c["benchmark"]["id"]) for c in without} == {
        ("rank", None, "Zentrox Labs", None), ("comparison", None, "Zentrox Labs", None)}


def test_the_checker_reads_the_new_vendor_family_and_board_alias(tmp_path, overlay, boards):
    claims = _extract(tmp_path, "--knowledge", str(overlay))
    vendor = make_claim("rank", "Zentrox Labs", benchmark="duel-board", subject_type="vendor", rank=1).model_dump(mode="json")
    verdicts = _check(tmp_path, claims + [vendor], boards, "--knowledge", str(overlay))
    assert {(v["kind"], v["subject"], v["verdict"], v["entry"]) for v in verdicts} == {
        ("rank", "Quasar-3", "supported", "zentrox/QSR-3-preview"),  # by the board alias
        ("score", "Quasar-3", "supported", "zentrox/QSR-3-preview"),
        ("comparison", "Quasar-3", "supported", "zentrox/QSR-3-preview"),
        ("count", "QSR", "supported", None),  # 'QSR' and 'Quasar' name the family
        ("rank", "Zentrox Labs", "supported", "zentrox/QSR-3-preview"),  # 'Zentrox' on the board is Zentrox Labs
    }
    without = _check(tmp_path, claims + [vendor], boards)
    assert sorted((v["kind"], v["verdict"]) for v in without) == sorted([
        ("rank", "unverifiable"), ("score", "unverifiable"), ("comparison", "unverifiable"), ("count", "contradicted"),
        ("rank", "unverifiable")])


def test_a_broken_knowledge_folder_stops_extract_and_check_in_one_line(tmp_path, overlay, capsys):
    (overlay / "benchmarks.jsonl").write_text('{"id": "duel-board", "name": "Crowd Duel Board", "alias": ["x"]}\n')
    source = tmp_path / "article.jsonl"
    source.write_text(json.dumps(ARTICLE) + "\n")
    assert main(["extract", str(source), "--knowledge", str(overlay)]) == 3
    err = capsys.readouterr().err
    assert err == f"extractor: [E003] {overlay / 'benchmarks.jsonl'}:1: unknown key 'alias' (did you mean 'aliases'?)\n"
    assert main(["check", str(source), "--knowledge", str(tmp_path / "nowhere")]) == 3
    assert capsys.readouterr().err.startswith("extractor: [E007] ")
