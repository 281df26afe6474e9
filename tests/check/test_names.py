"""Name resolution: exact after normalisation, aliases, loose suffixes, fuzzy; near misses and ambiguity reported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.check.names import loose_keys, norm, numbers, resolve
from extractor.check.snapshots import Library

from .helpers import check_one, make_claim, write_board


def snapshot(folder: Path, benchmark: str = "toy-board", on: date = date(2024, 7, 15)):
    lib = Library(folder)
    return lib.load(lib.choose(benchmark, on).file)


def test_norm_agrees_with_the_scorer():
    assert norm("Qwen/Qwen2-72B-Instruct") == norm("Qwen2-72B-Instruct") == "qwen2-72b-instruct".replace("-", "")
    assert norm("Alibaba's") == "alibaba"
    assert norm("Claude 3.5 Sonnet") == "claude3.5sonnet"
    assert norm("通义千问2.0") == "通义千问2.0"  # Chinese names keep their characters
    assert norm("Command R+") != norm("Command R")


def test_loose_keys_drop_dates_deployment_words_and_dots():
    assert loose_keys("claude-3-5-sonnet-20240620") == loose_keys("Claude 3.5 Sonnet") == {"claude35sonnet"}
    assert loose_keys("GPT-4-Turbo-2024-04-09") == {"gpt4turbo"}
    assert loose_keys("Gemini-1.5-Pro-API-0409-Preview") == {"gemini15pro"}
    assert loose_keys("Claude 3.5 Sonnet (20240620)") == {"claude35sonnet"}
    assert loose_keys("Meta-Llama-3-70B", frozenset({"meta"})) == {"metallama370b", "llama370b"}


def test_numbers_ignore_versions_and_dates():
    assert numbers("Qwen2-72B-Instruct") == ("2", "72")
    assert numbers("Qwen-72B-Instruct") == ("72",)
    assert numbers("Mixtral-8x22B-Instruct-v0.1") == numbers("Mixtral-8x22B-Instruct") == ("8", "22")


def test_exact_after_normalisation_drops_owner_prefix(toy):
    res = resolve("Qwen9-72B-Instruct", snapshot(toy))
    assert (res.entry.name, res.how) == ("Qwen/Qwen9-72B-Instruct", "exact")
    assert resolve("qwen9 72b instruct", snapshot(toy)).entry.name == "Qwen/Qwen9-72B-Instruct"


def test_exact_qwen2_72b_instruct_on_the_real_open_llm_board(bundled):
    v = check_one(make_claim("rank", "Qwen2-72B-Instruct", "open-llm-leaderboard", "2024-07-15", rank=1), bundled)
    assert v.entry == "Qwen/Qwen2-72B-Instruct"
    assert v.verdict == "supported"


def test_alias_gpt_4o_is_gpt_4o_2024_05_13_on_arena(bundled):
    v = check_one(make_claim("rank", "GPT-4o", "chatbot-arena", "2024-07-08", rank=1), bundled)
    assert v.entry == "GPT-4o-2024-05-13"
    assert "by alias" in v.reason


def test_alias_claude_3_5_sonnet_is_claude_3_5_sonnet_20240620(tmp_path):
    write_board(tmp_path, "chatbot-arena_2024-07-01.csv",
                [(1, "claude-3-5-sonnet-20240620", "Anthropic", 1272), (2, "claude-3-5-sonnet-20240229", "Anthropic", 1250)])
    res = resolve("Claude 3.5 Sonnet", snapshot(tmp_path, "chatbot-arena"), on=date(2024, 7, 2))
    assert (res.entry.name, res.how) == ("claude-3-5-sonnet-20240620", "alias")


def test_alias_out_of_its_dates_leaves_claude_3_5_sonnet_ambiguous(bundled):
    v = check_one(make_claim("rank", "Claude 3.5 Sonnet", "chatbot-arena", "2024-11-08", rank=2), bundled)
    assert v.verdict == "unverifiable"
    assert v.snapshot == "chatbot-arena_2024-11-05.csv"
    assert v.candidates == ["Claude 3.5 Sonnet (20241022)", "Claude 3.5 Sonnet (20240620)"]
    assert "ambiguous" in v.reason


def test_date_suffix_on_the_board_matches_a_bare_name(toy):
    res = resolve("Delta", snapshot(toy))
    assert (res.entry.name, res.how) == ("delta-2024-05-13", "loose")


def test_leading_vendor_word_on_the_board_is_optional(toy):
    res = resolve("Beta-13B", snapshot(toy))
    assert (res.entry.name, res.how) == ("Meta-Beta-13B", "loose")


def test_llama_3_70b_instruct_finds_meta_llama_3_70b_instruct(bundled):
    v = check_one(make_claim("rank", "Llama 3 70B Instruct", "open-llm-leaderboard", "2024-07-15", rank=2), bundled)
    assert (v.entry, v.verdict) == ("meta-llama/Meta-Llama-3-70B-Instruct", "supported")


def test_fuzzy_match_above_threshold_with_same_numbers(toy):
    res = resolve("Alpha-70B-Instruckt", snapshot(toy))
    assert (res.entry.name, res.how) == ("Org/Alpha-70B-Instruct", "fuzzy")
    assert res.score >= 90


def test_fuzzy_match_mixtral_without_its_version_suffix(bundled):
    v = check_one(make_claim("rank", "Mixtral-8x22B-Instruct", "open-llm-leaderboard", "2024-07-15", rank=4), bundled)
    assert (v.entry, v.verdict) == ("mistralai/Mixtral-8x22B-Instruct-v0.1", "supported")
    assert "fuzzy match" in v.reason


def test_near_miss_qwen_72b_instruct_is_unverifiable_with_nearest_qwen2(bundled):
    v = check_one(make_claim("rank", "Qwen-72B-Instruct", "open-llm-leaderboard", "2024-07-15", rank=1), bundled)
    assert v.verdict == "unverifiable"
    assert v.entry is None
    assert v.reason.startswith("no entry named 'Qwen-72B-Instruct' in open-llm-leaderboard-v2_2024-07-13.csv")
    assert "nearest entry: Qwen/Qwen2-72B-Instruct" in v.reason
    assert v.candidates[0] == "Qwen/Qwen2-72B-Instruct"


def test_near_miss_differing_only_in_a_number_is_never_matched(toy):
    res = resolve("Qwen-72B-Instruct", snapshot(toy))
    assert res.entry is None
    assert (res.problem, res.candidates[0]) == ("near", "Qwen/Qwen9-72B-Instruct")


def test_ambiguous_name_lists_its_candidates(bundled):
    v = check_one(make_claim("rank", "Gemini 1.5 Pro", "chatbot-arena", "2024-07-08", rank=3), bundled)
    assert v.verdict == "unverifiable"
    assert sorted(v.candidates) == ["Gemini-1.5-Pro-API-0409-Preview", "Gemini-1.5-Pro-API-0514"]
    assert "'Gemini 1.5 Pro' is ambiguous" in v.reason


def test_same_name_under_two_owners_is_ambiguous_unless_the_vendor_decides(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01.csv",
                [(1, "someone/Qwen9-72B-Instruct", "someone", 71.0), (2, "Qwen/Qwen9-72B-Instruct", "Qwen", 70.0)])
    snap = snapshot(tmp_path)
    res = resolve("Qwen9-72B-Instruct", snap)
    assert (res.problem, set(res.candidates)) == ("ambiguous", {"someone/Qwen9-72B-Instruct", "Qwen/Qwen9-72B-Instruct"})
    assert resolve("Qwen9-72B-Instruct", snap, vendor="alibaba").entry.name == "Qwen/Qwen9-72B-Instruct"
    assert resolve("someone/Qwen9-72B-Instruct", snap).entry.name == "someone/Qwen9-72B-Instruct"


def test_same_model_listed_twice_takes_its_best_row(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01.csv",
                [(1, "Qwen/Qwen9-72B-Instruct", "Qwen", 71.0), (2, "Qwen/Qwen9-72B-Instruct", "Qwen", 70.0)])
    assert resolve("Qwen9-72B-Instruct", snapshot(tmp_path)).entry.position == 1


def test_unknown_name_is_unverifiable_without_candidates(toy):
    v = check_one(make_claim("rank", "Zeta Ultra", published="2024-07-15", rank=1), toy)
    assert (v.verdict, v.candidates) == ("unverifiable", [])
    assert v.reason.startswith("no entry named 'Zeta Ultra' in toy-board_2024-07-01.csv")


@pytest.mark.parametrize("name", ["Qwen9-72B-Instruct", "Qwen/Qwen9-72B-Instruct", "QWEN9-72B-INSTRUCT"])
def test_spellings_of_one_entry_resolve_alike(toy, name):
    assert resolve(name, snapshot(toy)).entry.name == "Qwen/Qwen9-72B-Instruct"


def test_a_name_several_entries_go_on_from_is_ambiguous(toy):
    res = resolve("Qwen9", snapshot(toy))
    assert (res.problem, res.candidates) == ("ambiguous", ("Qwen/Qwen9-72B-Instruct", "Qwen/Qwen9-7B"))


def test_a_name_one_entry_goes_on_from_is_a_near_miss_not_a_match(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01.csv", [(1, "GPT-4-Turbo", "OpenAI", 80.0), (2, "Other", "x", 70.0)])
    res = resolve("GPT-4", snapshot(tmp_path))
    assert res.entry is None


def test_leading_vendor_word_is_dropped_only_before_a_family_word():
    words = frozenset({"meta", "qwen", "google"})
    assert loose_keys("Qwen-72B", words) == {"qwen72b"}  # never plain '72b', which 'Google-72B' would share
    assert loose_keys("Google-Gemma-2-9B", words) == {"googlegemma29b", "gemma29b"}
