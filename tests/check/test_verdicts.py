"""Each verdict for each claim kind, on small hand-made boards: rank, score, comparison, count."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.check.verdicts import scope_kind

from .helpers import check_one, make_claim, write_board

ON = "2024-07-15"


def rank(subject, r=None, top_n=None, **kw):
    return make_claim("rank", subject, published=ON, rank=r, top_n=top_n, **kw)


def score(subject, value, unit=None, metric=None, written=None, **kw):
    span = {"text": written, "start": 0, "end": len(written)} if written else None
    return make_claim("score", subject, published=ON, score={"value": value, "unit": unit, "metric": metric, "span": span}, **kw)


def compare(subject, relation, *objects, subject_type="model", object_type="model", **kw):
    objs = [{"text": o, "type": object_type} for o in objects]
    return make_claim("comparison", subject, published=ON, relation=relation, objects=objs, subject_type=subject_type, **kw)


def count(subject, n, top_n=None, subject_type="family", **kw):
    return make_claim("count", subject, published=ON, count=n, top_n=top_n, subject_type=subject_type, **kw)


# -- rank ---------------------------------------------------------------------------------

def test_rank_supported(toy):
    v = check_one(rank("Alpha-70B-Instruct", 1), toy)
    assert (v.verdict, v.expected, v.found, v.entry) == ("supported", 1, 1, "Org/Alpha-70B-Instruct")
    assert v.snapshot == "toy-board_2024-07-01.csv"
    assert v.reason == "Org/Alpha-70B-Instruct has rank 1, as claimed (toy-board_2024-07-01.csv)"


def test_rank_contradicted(toy):
    v = check_one(rank("Qwen9-72B-Instruct", 3), toy)
    assert (v.verdict, v.expected, v.found) == ("contradicted", 3, 4)
    assert "has rank 4, not 3" in v.reason


def test_rank_unverifiable_near_miss(toy):
    v = check_one(rank("Qwen-72B-Instruct", 4), toy)
    assert (v.verdict, v.expected, v.found) == ("unverifiable", 4, None)
    assert "nearest entry: Qwen/Qwen9-72B-Instruct" in v.reason


def test_rank_ties_share_a_rank_and_the_reason_names_them(toy):
    v = check_one(rank("Gamma-7B-Chat", 2), toy)
    assert (v.verdict, v.found) == ("supported", 2)
    assert "tied with Meta-Beta-13B" in v.reason


@pytest.mark.parametrize("top_n, verdict", [(5, "supported"), (4, "supported"), (3, "contradicted")])
def test_rank_top_n(toy, top_n, verdict):
    v = check_one(rank("Qwen9-72B-Instruct", top_n=top_n), toy)
    assert (v.verdict, v.expected, v.found) == (verdict, f"top {top_n}", 4)


def test_vendor_rank_uses_the_vendors_best_entry(toy):
    v = check_one(rank("Alibaba", 4, subject_type="vendor"), toy)  # Qwen/ owner belongs to Alibaba
    assert (v.verdict, v.entry, v.found) == ("supported", "Qwen/Qwen9-72B-Instruct", 4)
    assert "best entry of Alibaba" in v.reason
    v = check_one(rank("Meta Platforms", 1, subject_type="vendor"), toy)
    assert (v.verdict, v.entry, v.found) == ("contradicted", "Meta-Beta-13B", 2)


def test_vendor_without_entries_is_unverifiable(toy):
    v = check_one(rank("Anthropic", 1, subject_type="vendor"), toy)
    assert v.verdict == "unverifiable"
    assert "no entry by 'Anthropic'" in v.reason


def test_family_rank_uses_the_familys_best_entry(toy):
    v = check_one(rank("Qwen", 4, subject_type="family"), toy)
    assert (v.verdict, v.entry) == ("supported", "Qwen/Qwen9-72B-Instruct")


@pytest.mark.parametrize("scope, kind", [
    (None, None), ("open-source", "open"), ("open-weight AI models", "open"), ("Chinese models", "chinese"),
    ("domestic", "chinese"), ("global", "global"), ("in the world", "global"),
    ("text, code and search leaderboards", "other"), ("Chinese open models", "other"),
])
def test_scope_kinds(scope, kind):
    assert scope_kind(scope) == kind


@pytest.fixture
def arena(tmp_path: Path) -> Path:
    header = "rank,model,vendor,score,position,license"
    write_board(tmp_path, "chatbot-arena_2024-07-01.csv", [
        (1, "Closed-A", "OpenAI", 1300, 1, "Proprietary"),
        (1, "Open-B", "Alibaba", 1290, 2, "Apache 2.0"),
        (3, "Closed-C", "Google", 1240, 3, "Proprietary"),
        (3, "Open-D", "Meta", 1200, 4, "Llama 3 Community"),
        (3, "Unknown-E", "Someone", 1190, 5, ""),
    ], header)
    return tmp_path


def arena_rank(subject, r, scope=None):
    return make_claim("rank", subject, benchmark="chatbot-arena", published=ON, rank=r, scope=scope)


def test_arena_rank_is_the_displayed_rank_with_its_row(arena):
    v = check_one(arena_rank("Open-B", 1), arena)
    assert (v.verdict, v.found) == ("supported", 1)
    assert "displayed rank (Rank UB) 1 (row 2)" in v.reason


def test_open_source_scope_ranks_among_open_licences(arena):
    v = check_one(arena_rank("Open-D", 2, scope="open-source"), arena)
    assert (v.verdict, v.found) == ("supported", 2)
    assert "computed rank among open-licence entries" in v.reason
    assert check_one(arena_rank("Open-D", 3, scope="open-source"), arena).verdict == "contradicted"


def test_open_source_scope_on_a_proprietary_entry_is_unverifiable(arena):
    v = check_one(arena_rank("Closed-C", 1, scope="open-source"), arena)
    assert v.verdict == "unverifiable"
    assert "is not among open-licence entries" in v.reason


def test_scope_the_board_cannot_apply_is_unverifiable_saying_so(arena):
    v = check_one(arena_rank("Open-B", 1, scope="Chinese models"), arena)
    assert v.verdict == "unverifiable"
    assert v.reason.startswith("Chatbot Arena cannot apply the scope 'Chinese models'")


def test_open_scope_without_licence_column_is_unverifiable(toy):
    v = check_one(rank("Alpha-70B-Instruct", 1, scope="open-source"), toy)
    assert v.verdict == "unverifiable"
    assert "no licence column" in v.reason


@pytest.fixture
def superclue(tmp_path: Path) -> Path:
    write_board(tmp_path, "superclue_2023-12.csv", [
        (None, "人类", "CLUE", 95.0),
        (None, "GPT-X", "OpenAI", 90.0),
        (1, "ChinaModel-A", "阿里巴巴", 80.0),
        (None, "Claude-Y", "Authropic", 75.0),
        (2, "ChinaModel-B", "百度", 70.0),
    ])
    return tmp_path


def clue_rank(subject, r, scope=None, subject_type="model"):
    return make_claim("rank", subject, benchmark="superclue", published="2024-01-05", rank=r, scope=scope,
                      subject_type=subject_type)


def test_superclue_board_rank_covers_chinese_models_only(superclue):
    assert check_one(clue_rank("ChinaModel-A", 1), superclue).verdict == "supported"
    assert check_one(clue_rank("ChinaModel-A", 1, scope="Chinese models"), superclue).verdict == "supported"
    v = check_one(clue_rank("ChinaModel-B", 4, scope="global"), superclue)  # the human baseline is no entry
    assert (v.verdict, v.found) == ("supported", 4)
    assert "computed rank over all entries" in v.reason


def test_superclue_unranked_foreign_model_gets_a_computed_rank_said_so(superclue):
    v = check_one(clue_rank("GPT-X", 1), superclue)
    assert (v.verdict, v.found) == ("supported", 1)
    assert "the board leaves it unranked" in v.reason


def test_superclue_vendor_names_in_chinese_resolve_by_alias(superclue):
    v = check_one(clue_rank("Baidu", 2, subject_type="vendor"), superclue)
    assert (v.verdict, v.entry) == ("supported", "ChinaModel-B")


# -- score --------------------------------------------------------------------------------

@pytest.mark.parametrize("value, written, verdict", [
    (80.25, "80.25", "supported"),
    (80.3, "80.3", "supported"),      # 80.25 rounds half up to 80.3 at one decimal
    (80.2, "80.2", "contradicted"),
    (80.0, "80", "supported"),        # written without decimals
    (80.0, "80.00", "contradicted"),  # written with two: 80.00 is not 80.25
    (80.26, None, "contradicted"),    # no span: decimals from the value
])
def test_score_compared_at_the_precision_written(toy, value, written, verdict):
    v = check_one(score("Alpha-70B-Instruct", value, written=written), toy)
    assert (v.verdict, v.found) == (verdict, 80.25)


def test_score_contradicted_says_both_values(toy):
    v = check_one(score("Qwen9-7B", 61.5), toy)
    assert (v.verdict, v.expected, v.found) == ("contradicted", 61.5, 60.04)
    assert "has score 60.04, not 61.5" in v.reason


def test_score_at_the_boards_precision_when_it_is_coarser(toy):
    v = check_one(score("Qwen9-72B-Instruct", 70.04), toy)  # board writes 70.0
    assert v.verdict == "supported"
    assert "at 1 decimal(s)" in v.reason


def test_score_unverifiable_when_the_entry_is_missing(toy):
    v = check_one(score("Zeta Ultra", 70.0), toy)
    assert (v.verdict, v.expected) == ("unverifiable", 70)


def test_elo_score_on_a_board_without_elo_is_unverifiable(toy):
    v = check_one(score("Alpha-70B-Instruct", 1287, unit="elo"), toy)
    assert v.verdict == "unverifiable"
    assert "not Elo ratings" in v.reason


def test_elo_score_rounds_the_board_rating_to_the_claim(tmp_path):
    write_board(tmp_path, "chatbot-arena-ratings/chatbot-arena-ratings_2024-07-01.csv",
                [(None, "Alpha", "Org", 1287.4), (None, "Beta", "Org", 1286.5)])
    alpha = make_claim("score", "Alpha", "chatbot-arena", ON, score={"value": 1287, "unit": "elo"})
    beta = make_claim("score", "Beta", "chatbot-arena", ON, score={"value": 1286, "unit": "elo"})
    assert (check_one(alpha, tmp_path).verdict, check_one(alpha, tmp_path).found) == ("supported", 1287)
    v = check_one(beta, tmp_path)  # 1286.5 rounds half up to 1287; recomputed ratings cannot contradict
    assert (v.verdict, v.cause, v.found) == ("unverifiable", "not the displayed table", 1287)
    assert "has score 1287, not 1286" in v.reason


def test_score_metric_naming_a_column_uses_it(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01.csv", [(1, "Alpha", "Org", 42.49, 79.89)],
                header="rank,model,vendor,score,ifeval")
    assert check_one(score("Alpha", 79.89, metric="IFEval"), tmp_path).verdict == "supported"
    assert check_one(score("Alpha", 42.49, metric="average"), tmp_path).verdict == "supported"
    v = check_one(score("Alpha", 50.0, metric="GPQA"), tmp_path)
    assert v.verdict == "unverifiable"
    assert "no column for the metric 'GPQA'" in v.reason


def test_score_on_a_file_without_scores_is_unverifiable(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01_blog-secondary.csv", [(1, "Alpha", "Org", None)])
    v = check_one(score("Alpha", 43.02), tmp_path)
    assert (v.verdict, v.entry) == ("unverifiable", "Alpha")
    assert "gives no score for Alpha" in v.reason
    assert "secondary source" in v.reason


# -- comparison ----------------------------------------------------------------------------

def test_comparison_supported(toy):
    v = check_one(compare("Alpha-70B-Instruct", "outperforms", "Qwen9-72B-Instruct"), toy)
    assert (v.verdict, v.expected) == ("supported", "outperforms Qwen9-72B-Instruct")
    assert v.found == ["Org/Alpha-70B-Instruct 80.25 > Qwen/Qwen9-72B-Instruct 70.0 (score)"]


def test_comparison_contradicted(toy):
    v = check_one(compare("Qwen9-7B", "outperforms", "Alpha-70B-Instruct"), toy)
    assert v.verdict == "contradicted"
    assert check_one(compare("Alpha-70B-Instruct", "trails", "Qwen9-7B"), toy).verdict == "contradicted"


def test_comparison_tie_is_no_lead(toy):
    v = check_one(compare("Meta-Beta-13B", "outperforms", "Gamma-7B-Chat"), toy)
    assert v.verdict == "contradicted"
    assert v.found == ["Meta-Beta-13B 75.5 = Gamma-7B-Chat 75.5 (score)"]


def test_comparison_unverifiable_when_an_object_is_missing(toy):
    v = check_one(compare("Alpha-70B-Instruct", "outperforms", "Qwen9-72B-Instruct", "Zeta Ultra"), toy)
    assert v.verdict == "unverifiable"
    assert "no entry named 'Zeta Ultra'" in v.reason


def test_comparison_one_object_contradicting_outweighs_a_missing_one(toy):
    v = check_one(compare("Qwen9-7B", "outperforms", "Alpha-70B-Instruct", "Zeta Ultra"), toy)
    assert v.verdict == "contradicted"


def test_comparison_with_vendors_uses_their_best_entries(toy):
    v = check_one(compare("Meta Platforms", "trails", "Alibaba", subject_type="vendor", object_type="vendor"), toy)
    assert v.verdict == "contradicted"  # Meta's best (75.5) is above Alibaba's best (70.0)
    assert v.entry == "Meta-Beta-13B"
    assert check_one(compare("Alibaba", "trails", "Meta", subject_type="vendor", object_type="vendor"), toy).verdict == "supported"


def test_comparison_by_rank_when_the_board_has_no_scores(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01_blog-secondary.csv",
                [(1, "Alpha", "Org", None), (2, "Beta", "Org", None)])
    v = check_one(compare("Beta", "trails", "Alpha"), tmp_path)
    assert (v.verdict, v.found) == ("supported", ["Beta #2 < Alpha #1 (rank)"])


# -- count ----------------------------------------------------------------------------------

def test_count_supported(toy):
    v = check_one(count("Qwen", 2, top_n=5), toy)
    assert (v.verdict, v.expected, v.found) == ("supported", 2, 2)
    assert "Qwen/Qwen9-72B-Instruct, Qwen/Qwen9-7B" in v.reason


def test_count_contradicted(toy):
    v = check_one(count("Qwen", 2, top_n=4), toy)
    assert (v.verdict, v.found) == ("contradicted", 1)


def test_count_unverifiable_when_the_scope_cannot_apply(toy):
    v = check_one(count("Qwen", 2, top_n=5, scope="Chinese models"), toy)
    assert (v.verdict, v.expected) == ("unverifiable", 2)


def test_count_of_a_vendor_and_without_top_n(toy):
    assert check_one(count("Alibaba", 2, subject_type="vendor"), toy).verdict == "supported"


def test_count_family_word_needs_a_version_not_any_substring(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01.csv", [
        (1, "01-ai/Yi-1.5-34B-Chat", "01-ai", 50.0), (2, "Yi-34B", "01-ai", 49.0), (3, "Yield-7B", "x", 48.0),
        (4, "Qwen/Qwen1.5-110B", "Qwen", 47.0), (5, "calme-qwen2-72b", "x", 46.0), (6, "通义千问2.0", "阿里巴巴", 45.0),
    ])
    assert check_one(count("Yi", 2, top_n=6), tmp_path).verdict == "supported"
    assert check_one(count("Qwen", 3, top_n=6), tmp_path).found == 3  # board alias 通义千问 is Qwen


def test_count_on_a_partial_table_is_unverifiable(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01_partial-secondary.csv", [(1, "Qwen/Qwen9-72B", "Qwen", 77)])
    v = check_one(count("Qwen", 1, top_n=10), tmp_path)
    assert v.verdict == "unverifiable"
    assert "partial table" in v.reason


def test_count_beyond_the_ranks_a_file_holds_is_unverifiable(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01_blog-secondary.csv", [(1, "Qwen/Qwen9-72B", "Qwen", None)])
    v = check_one(count("Qwen", 1, top_n=10), tmp_path)
    assert v.verdict == "unverifiable"
    assert "ranks fewer than 10 entries" in v.reason


def test_comparison_of_an_entry_with_itself_is_unverifiable(toy):
    v = check_one(compare("Delta", "outperforms", "delta-2024-05-13"), toy)
    assert v.verdict == "unverifiable"
    assert "same entry as the subject" in v.reason
