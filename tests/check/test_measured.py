"""The cases measured in issue 13, each with the verdict it must get, and the promise behind them:
no claim that matches the figure a board displayed is ever 'contradicted'."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest

from extractor.check import bundled_folder, check_claims
from extractor.check.snapshots import Library
from extractor.cli import main

from .helpers import check_one, make_claim

ARENA = "chatbot-arena"


def bundled_check(*args, **kw):
    return check_one(make_claim(*args, **kw), bundled_folder())


# -- 2023 Arena Elo quoted from the displayed table, checked against recomputed ratings ----------------

@pytest.mark.parametrize("subject, elo, published, ratings_file, board_value", [
    ("GPT-4", 1227, "2023-06-22", "chatbot-arena-ratings/chatbot-arena-ratings_2023-06-19.csv", 1149),
    ("GPT-4-Turbo", 1217, "2023-12-07", "chatbot-arena-ratings/chatbot-arena-ratings_2023-12-06.csv", 1200),
])
def test_2023_displayed_elo_against_recomputed_ratings_is_unverifiable_not_contradicted(
        subject, elo, published, ratings_file, board_value):
    v = bundled_check("score", subject, ARENA, published, score={"value": elo, "unit": "elo"})
    assert (v.verdict, v.cause, v.snapshot, v.fidelity) == ("unverifiable", "not the displayed table", ratings_file,
                                                            "recomputed")
    assert v.found == board_value  # at the board's displayed precision (whole Elo points)
    assert f"has score {board_value}, not {elo}" in v.reason
    assert not re.search(r"\d+\.\d{3,}", v.reason)  # no raw floats such as 1199.9728429409395


def test_recomputed_ratings_that_agree_support_the_claim_and_say_what_they_are():
    v = bundled_check("score", "GPT-4", ARENA, "2023-06-22", score={"value": 1149, "unit": "elo"})
    assert (v.verdict, v.found, v.fidelity) == ("supported", 1149, "recomputed")
    assert "recomputed from official result files, not the displayed table" in v.reason


def test_comparison_lines_show_scores_at_the_boards_precision():
    v = bundled_check("comparison", "GPT-4", ARENA, "2023-06-22", relation="outperforms",
                      objects=[{"text": "Claude-v1"}])
    assert v.verdict == "supported"
    assert v.found == ["ChatGPT-4 1149 > Claude 1 1124 (score)"]


# -- the README's sample: an article without a date -------------------------------------------------

def _yi_claims(tmp_path, capsys):
    article = tmp_path / "yi-ranking.txt"
    article.write_text("01.AI's Yi-1.5-34B-Chat was ranked 7th on the Open LLM Leaderboard, "
                       "with an average score of 32.63.\n", encoding="utf-8")
    assert main(["extract", str(article), "-q"]) == 0
    return tmp_path / "claims.jsonl", capsys.readouterr().out


def test_article_without_a_date_is_unverifiable_no_date_never_the_latest_snapshot(tmp_path, capsys):
    path, out = _yi_claims(tmp_path, capsys)
    path.write_text(out, encoding="utf-8")
    assert main(["check", str(path)]) == 0
    captured = capsys.readouterr()
    verdicts = [json.loads(line) for line in captured.out.splitlines()]
    assert [(v["kind"], v["verdict"], v["cause"], v["snapshot"]) for v in verdicts] == [
        ("rank", "unverifiable", "no date", None), ("score", "unverifiable", "no date", None)]
    assert "checked 2 claims: 0 supported, 0 contradicted, 2 unverifiable (no date 2)" in captured.err


def test_the_same_article_with_as_of_is_supported_twice(tmp_path, capsys):
    path, out = _yi_claims(tmp_path, capsys)
    path.write_text(out, encoding="utf-8")
    assert main(["check", str(path), "--as-of", "2024-07-16"]) == 0
    verdicts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(v["verdict"], v["found"]) for v in verdicts] == [("supported", 7), ("supported", 32.63)]
    assert {v["snapshot"] for v in verdicts} == {"open-llm-leaderboard-v2_2024-07-13.csv"}


# -- readable verdicts -------------------------------------------------------------------------------

def test_a_verdict_repeats_the_claim_it_judges():
    claim = make_claim("rank", "GPT-4o", ARENA, "2024-07-08", rank=1, url="https://news.example/gpt-4o")
    (v,) = list(check_claims([claim], bundled_folder()))
    assert (v.claim_id, v.kind, v.subject, v.benchmark, v.expected, v.article_id, v.article_url) == (
        claim.id, "rank", "GPT-4o", ARENA, 1, "a-test", "https://news.example/gpt-4o")


# -- scope: a category board is not the overall board ----------------------------------------------

@pytest.mark.parametrize("fields", [
    dict(scope="Hard Prompts"), dict(benchmark_text="Chatbot Arena's coding leaderboard"),
    dict(scope="non-English prompts"),
])
def test_a_claim_about_a_category_board_is_unverifiable(fields):
    v = bundled_check("rank", "Qwen2-72B-Instruct", ARENA, "2024-07-08", rank=3, **fields)
    assert (v.verdict, v.cause) == ("unverifiable", "category")
    assert "overall board" in v.reason


def test_a_claim_on_a_part_of_the_board_is_unverifiable_even_where_the_overall_board_agrees():
    # GPT-4o is first on the overall table of 2024-07-08; a first place on the board's vision part is not that
    supported = bundled_check("rank", "GPT-4o", ARENA, "2024-07-08", rank=1)
    assert supported.verdict == "supported"
    v = bundled_check("rank", "GPT-4o", ARENA, "2024-07-08", rank=1, benchmark_part="Vision Arena")
    assert (v.verdict, v.cause) == ("unverifiable", "category")
    assert "Vision Arena" in v.reason and "overall board" in v.reason


def test_a_claim_read_from_a_category_subset_sentence_is_not_contradicted_by_the_overall_board():
    sentence = "In the Hard Prompt subset, Claude 3.5 Sonnet ties for #1."
    v = bundled_check("rank", "Claude 3.5 Sonnet", ARENA, "2024-07-08", rank=1, evidence=sentence)
    assert (v.verdict, v.cause) == ("unverifiable", "category")
    assert "mentions the 'hard prompt' category" in v.reason


def test_a_sentence_naming_a_category_cannot_contradict_but_can_support():
    sentence = "In the Hard Prompts category Qwen2-72B-Instruct ranked 3rd."
    v = bundled_check("rank", "Qwen2-72B-Instruct", ARENA, "2024-07-08", rank=3, evidence=sentence)
    assert (v.verdict, v.cause, v.found) == ("unverifiable", "category", 20)
    v = bundled_check("rank", "Qwen2-72B-Instruct", ARENA, "2024-07-08", rank=20, evidence=sentence)
    assert v.verdict == "supported"


def test_official_export_contradicts_a_score_but_not_a_rank():
    # the contents dataset of 2025-03-21 holds every entry, also those the default view hides
    v = bundled_check("score", "Qwen2-72B-Instruct", "open-llm-leaderboard", "2025-03-25",
                      score={"value": 41.0, "metric": "average"})
    assert (v.verdict, v.fidelity) == ("contradicted", "official")
    v = bundled_check("rank", "Qwen2-72B-Instruct", "open-llm-leaderboard", "2025-03-25", rank=1)
    assert (v.verdict, v.cause, v.fidelity) == ("unverifiable", "not the displayed table", "official")


# -- the promise, swept over every bundled snapshot --------------------------------------------------

def _matching_claims(snap):
    """Rank and score claims that state exactly what the snapshot shows for its first rows."""
    day = snap.file.available
    for e in snap.entries[:8]:
        if e.rank is not None:
            yield make_claim("rank", e.name, snap.series.benchmark, day.isoformat(), rank=e.rank,
                             benchmark_text=snap.series.name)
        if e.score_text:
            decimals = snap.file.decimals
            text = e.score_text if decimals is None else str(round(float(e.score_text), decimals) if decimals else
                                                             int(float(e.score_text) + 0.5))
            span = {"text": text, "start": 0, "end": len(text)}
            yield make_claim("score", e.name, snap.series.benchmark, day.isoformat(),
                             score={"value": float(text), "span": span}, benchmark_text=snap.series.name)


def test_no_claim_matching_the_displayed_figure_is_ever_contradicted():
    """Every bundled snapshot, dated the day it went public: claims stating its own figures."""
    library = Library(bundled_folder())
    checked, files_used = 0, set()
    for snap_file in library.all_files():
        snap = library.load(snap_file)
        claims = list(_matching_claims(snap))
        for claim, v in zip(claims, check_claims(claims, bundled_folder())):
            if v.snapshot != snap_file.rel:  # another file shows the board on that day (a displayed table
                continue                     # beats the ratings): its figure is the one to match
            assert v.verdict != "contradicted", (snap_file.rel, claim.subject.text, v.reason)
            checked += 1
            files_used.add(snap_file.rel)
    displayed = {f.rel for f in library.all_files() if f.fidelity == "displayed"}
    assert displayed <= files_used
    assert checked > 1000


def test_one_day_later_claims_of_a_live_table_are_still_supported():
    v = bundled_check("rank", "GPT-4o", ARENA, (date(2024, 7, 7) + timedelta(days=1)).isoformat(), rank=1)
    assert (v.verdict, v.snapshot) == ("supported", "chatbot-arena_2024-07-07.csv")
