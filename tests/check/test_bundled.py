"""The shipped snapshots against the seed articles' and sample articles' facts, as the CSVs give them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.check import bundled_folder, check_claims

from .helpers import check_one, make_claim

OLL = "open-llm-leaderboard"
SEED_HF = "2024-06-28"  # the Open LLM Leaderboard seed article, two days after the v2 launch
SEED_SCMP = "2024-07-11"  # the SuperCLUE seed article, after the 2024-07-09 report


def check(*args, **kw):
    return check_one(make_claim(*args, **kw), bundled_folder())


def test_bundled_snapshots_are_package_data_with_their_source_notes():
    import extractor.check

    folder = bundled_folder()
    assert folder.is_relative_to(Path(extractor.check.__file__).parent)  # found beside the package, wherever installed
    for note in ("SOURCES.md", "README.md", "boards.json"):
        assert (folder / note).is_file(), note


def test_default_folder_is_used_when_none_is_given():
    claim = make_claim("rank", "Qwen2-72B-Instruct", OLL, "2024-07-15", rank=1)
    (v,) = list(check_claims([claim]))
    assert v.snapshot == "open-llm-leaderboard-v2_2024-07-13.csv"


# -- Open LLM Leaderboard v2, 2024-07-13 ------------------------------------------------------

def test_qwen2_72b_instruct_v2_2024_07_13_computed_rank_1_and_average_42_49():
    v = check("rank", "Qwen2-72B-Instruct", OLL, "2024-07-15", rank=1)
    assert (v.verdict, v.found, v.snapshot, v.leaderboard) == (
        "supported", 1, "open-llm-leaderboard-v2_2024-07-13.csv", "open-llm-leaderboard-v2")
    assert "computed rank 1" in v.reason
    v = check("score", "Qwen2-72B-Instruct", OLL, "2024-07-15", score={"value": 42.49, "metric": "average"})
    assert (v.verdict, v.found) == ("supported", 42.49)


def test_seed_average_43_02_is_contradicted_by_42_49():
    v = check("score", "Qwen2-72B-Instruct", OLL, "2024-07-15", score={"value": 43.02, "metric": "average"})
    assert (v.verdict, v.expected, v.found) == ("contradicted", 43.02, 42.49)


def test_seed_average_43_02_at_launch_is_unverifiable_blog_has_no_scores():
    v = check("score", "Qwen2-72B-Instruct", OLL, SEED_HF, score={"value": 43.02, "metric": "average"})
    assert (v.verdict, v.snapshot) == ("unverifiable", "open-llm-leaderboard-v2_2024-06-26_blog-top10-secondary.csv")
    assert "secondary source" in v.reason


def test_seed_qwen_72b_instruct_topped_the_list_is_a_near_miss():
    v = check("rank", "Qwen-72B-Instruct", OLL, SEED_HF, rank=1)
    assert v.verdict == "unverifiable"
    assert "nearest entry: Qwen/Qwen2-72B-Instruct" in v.reason


@pytest.mark.parametrize("subject, subject_type, claimed, verdict, found", [
    ("Qwen2-72B-Instruct", "model", 1, "supported", 1),
    ("Yi-1.5-34B-Chat", "model", 7, "unverifiable", 4),  # a press quote of the blog cannot contradict
    ("Qwen1.5-110B", "model", 10, "unverifiable", 7),
    ("Meta Platforms", "vendor", 2, "supported", 2),
    ("Microsoft", "vendor", 6, "unverifiable", 3),
])
def test_seed_hf_ranks_against_the_v2_launch_blog_top10(subject, subject_type, claimed, verdict, found):
    v = check("rank", subject, OLL, SEED_HF, rank=claimed, subject_type=subject_type)
    assert (v.verdict, v.found, v.fidelity) == (verdict, found, "secondary")
    assert v.snapshot == "open-llm-leaderboard-v2_2024-06-26_blog-top10-secondary.csv"
    if verdict == "unverifiable":
        assert v.cause == "secondary source"
        assert f"has computed rank {found}, not {claimed}" in v.reason
        assert "secondary source (press or blog quote): it cannot contradict the claim" in v.reason


@pytest.mark.parametrize("subject, claimed, verdict, found", [
    ("Yi-1.5-34B-Chat", 7, "supported", 7),
    ("Qwen1.5-110B", 10, "supported", 10),  # tied 10th with Smaug-72B-v0.1
    ("Qwen2-72B", 3, "supported", 3),
    ("Meta-Llama-3-70B-Instruct", 2, "supported", 2),
])
def test_seed_hf_ranks_against_the_2024_07_13_table(subject, claimed, verdict, found):
    v = check("rank", subject, OLL, "2024-07-15", rank=claimed)
    assert (v.verdict, v.found) == (verdict, found)


def test_seed_three_qwen_models_in_the_top_10():
    v = check("count", "Qwen", OLL, SEED_HF, subject_type="family", count=3, top_n=10)
    assert (v.verdict, v.found) == ("supported", 3)
    v = check("count", "Qwen", OLL, "2024-07-15", subject_type="family", count=3, top_n=10)
    assert (v.verdict, v.found) == ("supported", 3)  # Qwen2-72B-Instruct, Qwen2-72B, Qwen1.5-110B


def test_seed_meta_trails_alibaba():
    v = check("comparison", "Meta Platforms", OLL, SEED_HF, subject_type="vendor", relation="trails",
              objects=[{"text": "Alibaba", "type": "vendor"}])
    assert (v.verdict, v.entry) == ("supported", "meta-llama/Meta-Llama-3-70B-Instruct")


def test_open_source_scope_on_an_open_only_board_is_the_board_rank():
    v = check("rank", "Qwen2-72B-Instruct", OLL, "2024-07-15", rank=1, scope="open-source")
    assert v.verdict == "supported"
    assert "the board lists only open models" in v.reason


def test_v1_before_the_v2_launch():
    v = check("rank", "Falcon-40B", OLL, "2023-06-01", rank=1)
    assert (v.verdict, v.entry, v.snapshot) == ("supported", "tiiuae/falcon-40b", "open-llm-leaderboard-v1_2023-05-26.csv")


# -- Chatbot Arena ---------------------------------------------------------------------------

def test_seed_gpt_4o_at_the_top_as_of_2024_06_28():
    v = check("rank", "GPT-4o", "chatbot-arena", SEED_HF, rank=1, scope="global")
    assert (v.verdict, v.entry, v.found, v.snapshot) == ("supported", "GPT-4o-2024-05-13", 1, "chatbot-arena_2024-06-19.csv")


def test_seed_qwen2_72b_instruct_19th_on_arena_as_of_2024_06_28_is_unverifiable_the_table_was_stale():
    # the 2024-06-19 table showed rank 17, but three official updates went public before 2024-06-28
    # (the 20240621 one ranked Qwen2-72B-Instruct 19th): that table was no longer the live one
    v = check("rank", "Qwen2-72B-Instruct", "chatbot-arena", SEED_HF, rank=19)
    assert (v.verdict, v.cause, v.found, v.snapshot) == ("unverifiable", "table out of date", 17,
                                                         "chatbot-arena_2024-06-19.csv")
    assert "displayed rank (Rank UB) 17 (row 18), not 19" in v.reason
    assert "published 3 updates after chatbot-arena_2024-06-19.csv and by 2024-06-28 (last 2024-06-27)" in v.reason


def test_arena_rank_against_the_live_displayed_table_is_contradicted():
    v = check("rank", "Qwen2-72B-Instruct", "chatbot-arena", "2024-07-08", rank=19)
    assert (v.verdict, v.found, v.snapshot, v.fidelity) == ("contradicted", 20, "chatbot-arena_2024-07-07.csv",
                                                            "displayed")


def test_arena_2024_07_07_gpt_4o_rank_1_and_1287():
    v = check("rank", "GPT-4o", "chatbot-arena", "2024-07-08", rank=1)
    assert (v.verdict, v.found, v.snapshot) == ("supported", 1, "chatbot-arena_2024-07-07.csv")
    v = check("score", "GPT-4o", "chatbot-arena", "2024-07-08", score={"value": 1287, "unit": "elo"})
    assert (v.verdict, v.found) == ("supported", 1287)


def test_sample_arena_claims_of_2024_07_08():
    assert check("rank", "Claude 3.5 Sonnet", "chatbot-arena", "2024-07-08", rank=2).verdict == "supported"
    assert check("score", "Claude 3.5 Sonnet", "chatbot-arena", "2024-07-08",
                 score={"value": 1272, "unit": "elo"}).verdict == "supported"
    v = check("rank", "Qwen2-72B-Instruct", "chatbot-arena", "2024-07-08", rank=20)
    assert (v.verdict, v.found) == ("supported", 20)


def test_arena_open_source_rank_of_qwen2_72b_instruct_on_2024_07_07():
    # open licences by score: Gemma-2-27B-it, then Nemotron-4-340B and Llama-3-70b tied, Command R+, Qwen2
    v = check("rank", "Qwen2-72B-Instruct", "chatbot-arena", "2024-07-08", rank=1, scope="open-source")
    assert (v.verdict, v.found) == ("contradicted", 5)


def test_arena_before_the_displayed_tables_uses_official_ratings():
    v = check("rank", "GPT-4-Turbo-2024-04-09", "chatbot-arena", "2024-05-10", rank=1)
    assert (v.verdict, v.snapshot) == ("supported", "chatbot-arena-ratings/chatbot-arena-ratings_2024-05-08.csv")
    assert v.snapshot_date == date(2024, 5, 8)


def test_arena_no_snapshot_for_2026_is_unverifiable():
    v = check("rank", "Claude Opus 4.6", "chatbot-arena", "2026-04-11", rank=1)
    assert v.verdict == "unverifiable"
    assert "latest earlier: chatbot-arena_2025-08-04.csv" in v.reason


def test_no_date_at_all_is_unverifiable_never_the_latest_snapshot():
    v = check("rank", "GPT-4o", "chatbot-arena", None, rank=1)
    assert (v.verdict, v.cause, v.snapshot) == ("unverifiable", "no date", None)
    assert v.reason.startswith("no date:")


# -- SuperCLUE ---------------------------------------------------------------------------------

def test_seed_qwen2_third_globally_on_superclue_is_tied_second_by_a_press_quote_only():
    v = check("rank", "Qwen2-72B-Instruct", "superclue", SEED_SCMP, rank=3, scope="global")
    assert (v.verdict, v.cause, v.found, v.snapshot) == (
        "unverifiable", "secondary source", 2, "superclue_2024-07-09_partial-secondary.csv")
    assert "tied with Claude-3.5-Sonnet" in v.reason
    assert "secondary source" in v.reason


def test_seed_qwen2_trails_gpt_4o_and_claude_on_superclue():
    v = check("comparison", "Qwen2-72B-Instruct", "superclue", SEED_SCMP, relation="trails",
              objects=[{"text": "GPT-4o"}, {"text": "Claude 3.5 Sonnet"}])
    assert (v.verdict, v.cause) == ("unverifiable", "secondary source")  # tied with Claude-3.5-Sonnet at 77
    assert v.found == ["Qwen2-72B-Instruct #2 < GPT-4o #1 (rank)", "Qwen2-72B-Instruct 77 = Claude-3.5-Sonnet 77 (score)"]


def test_seed_alibaba_outperforms_gpt_4_turbo_is_unverifiable_on_the_partial_table():
    v = check("comparison", "Alibaba", "superclue", SEED_SCMP, subject_type="vendor", relation="outperforms",
              objects=[{"text": "GPT-4 Turbo"}])
    assert v.verdict == "unverifiable"
    assert "no entry named 'GPT-4 Turbo'" in v.reason


def test_superclue_monthly_2023_12_table_counts_from_december_31():
    v = check("rank", "ERNIE Bot 4.0", "superclue", "2024-01-05", rank=1)
    assert (v.verdict, v.entry, v.snapshot) == ("supported", "文心一言4.0(API)", "superclue_2023-12.csv")
    assert check("rank", "ERNIE Bot 4.0", "superclue", "2023-12-30", rank=1).snapshot == "superclue_2023-11.csv"


def test_bundled_snapshots_are_small_enough_to_ship():
    total = sum(p.stat().st_size for p in bundled_folder().rglob("*") if p.is_file())
    assert total < 15_000_000
