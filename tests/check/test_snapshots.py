"""Choosing a snapshot: dates, window, board versions, tiers, secondary files, no date; the file format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.check import check_claims
from extractor.check.snapshots import WINDOW_DAYS, Library, file_date, library_for
from extractor.errors import SnapshotError

from .helpers import TOY_ROWS, check_one, make_claim, write_board


def rank_claim(published, benchmark="toy-board", **kw):
    return make_claim("rank", "Org/Alpha-70B-Instruct", benchmark=benchmark, published=published, rank=1, **kw)


@pytest.fixture
def dated(tmp_path: Path) -> Path:
    for day in ("2024-05-01", "2024-06-01", "2024-07-01"):
        write_board(tmp_path, f"toy-board_{day}.csv", TOY_ROWS)
    return tmp_path


@pytest.mark.parametrize("published, expected", [
    ("2024-06-01", "toy-board_2024-06-01.csv"),  # same day counts
    ("2024-06-30", "toy-board_2024-06-01.csv"),  # the day before the next one
    ("2024-07-01", "toy-board_2024-07-01.csv"),
    ("2024-08-15", "toy-board_2024-07-01.csv"),  # 45 days after: still in the window
])
def test_latest_snapshot_on_or_before_the_date(dated, published, expected):
    v = check_one(rank_claim(published), dated)
    assert v.snapshot == expected
    assert v.snapshot_date == date.fromisoformat(expected[10:20])
    assert v.leaderboard == "toy-board"
    assert v.verdict == "supported"


def test_snapshot_older_than_the_window_is_not_used(dated):
    v = check_one(rank_claim("2024-08-16"), dated)  # 46 days after the last file
    assert WINDOW_DAYS == 45
    assert v.verdict == "unverifiable"
    assert v.snapshot is None
    assert "within 45 days before 2024-08-16" in v.reason
    assert "latest earlier: toy-board_2024-07-01.csv" in v.reason


def test_snapshot_after_the_date_is_never_used(dated):
    v = check_one(rank_claim("2024-04-30"), dated)
    assert v.verdict == "unverifiable"
    assert "earliest: toy-board_2024-05-01.csv" in v.reason


def test_no_date_is_unverifiable_and_no_snapshot_is_chosen(dated):
    v = check_one(rank_claim(None), dated)
    assert (v.verdict, v.cause, v.snapshot, v.snapshot_date) == ("unverifiable", "no date", None, None)
    assert v.reason == "no date: the claim, its article and --as-of give none, so no snapshot can be chosen"


def test_benchmark_without_snapshots_is_unverifiable_saying_so(dated):
    v = check_one(rank_claim("2024-07-15", benchmark="mmlu"), dated)
    assert v.verdict == "unverifiable"
    assert v.reason == "no leaderboard snapshots for benchmark 'mmlu'"
    assert v.expected == 1


def test_claim_without_benchmark_is_unverifiable(dated):
    v = check_one(rank_claim("2024-07-15", benchmark=None), dated)
    assert v.verdict == "unverifiable"
    assert "names no benchmark" in v.reason


def test_benchmark_ids_compare_ignoring_case_and_punctuation(dated):
    assert check_one(rank_claim("2024-07-15", benchmark="Toy Board"), dated).snapshot == "toy-board_2024-07-01.csv"


def test_monthly_file_is_dated_the_last_day_of_the_month(tmp_path):
    assert file_date("2023-11") == date(2023, 11, 30)
    assert file_date("2024-02") == date(2024, 2, 29)
    write_board(tmp_path, "toy-board_2023-11.csv", TOY_ROWS)
    assert check_one(rank_claim("2023-11-29"), tmp_path).verdict == "unverifiable"
    v = check_one(rank_claim("2023-11-30"), tmp_path)
    assert (v.snapshot, v.snapshot_date) == ("toy-board_2023-11.csv", date(2023, 11, 30))


def test_secondary_file_is_used_and_named_secondary(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01_blog-secondary.csv", [(1, "Org/Alpha-70B-Instruct", "Org", None)])
    v = check_one(rank_claim("2024-07-02"), tmp_path)
    assert v.snapshot == "toy-board_2024-07-01_blog-secondary.csv"
    assert v.verdict == "supported"
    assert "secondary source" in v.reason


def test_own_table_beats_a_newer_secondary_one_within_the_window(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01.csv", TOY_ROWS)
    write_board(tmp_path, "toy-board_2024-07-10_press-secondary.csv", [(1, "Org/Alpha-70B-Instruct", "Org", None)])
    assert check_one(rank_claim("2024-07-12"), tmp_path).snapshot == "toy-board_2024-07-01.csv"


# -- versions ---------------------------------------------------------------------------------

@pytest.fixture
def versioned(tmp_path: Path) -> Path:
    """Open LLM Leaderboard v1 and v2 files around the v2 launch of 2024-06-26."""
    write_board(tmp_path, "open-llm-leaderboard-v1_2024-06-19.csv", [(1, "Org/Alpha-70B-Instruct", "Org", 81.3)])
    write_board(tmp_path, "open-llm-leaderboard-v1_2024-07-07.csv", [(1, "Org/Alpha-70B-Instruct", "Org", 81.3)])
    write_board(tmp_path, "open-llm-leaderboard-v2_2024-07-13.csv", [(1, "Org/Alpha-70B-Instruct", "Org", 42.5)])
    return tmp_path


@pytest.mark.parametrize("published, expected", [
    ("2024-06-25", "open-llm-leaderboard-v1_2024-06-19.csv"),  # v1 in force
    ("2024-07-20", "open-llm-leaderboard-v2_2024-07-13.csv"),  # v2 in force, though v1 has a file too
])
def test_board_version_in_force_on_the_date(versioned, published, expected):
    v = check_one(rank_claim(published, benchmark="open-llm-leaderboard"), versioned)
    assert v.snapshot == expected
    assert v.leaderboard == expected.split("_")[0]


def test_v2_in_force_without_a_v2_snapshot_yet_is_unverifiable_not_v1(versioned):
    v = check_one(rank_claim("2024-07-10", benchmark="open-llm-leaderboard"), versioned)
    assert v.verdict == "unverifiable"
    assert v.snapshot is None
    assert "no Open LLM Leaderboard v2 snapshot within 45 days before 2024-07-10" in v.reason


def test_benchmark_text_naming_a_version_picks_it(versioned):
    claim = rank_claim("2024-07-20", benchmark="open-llm-leaderboard", benchmark_text="Open LLM Leaderboard v1")
    assert check_one(claim, versioned).snapshot == "open-llm-leaderboard-v1_2024-07-07.csv"


def test_no_date_on_a_versioned_board_is_unverifiable_too(versioned):
    v = check_one(rank_claim(None, benchmark="open-llm-leaderboard"), versioned)
    assert (v.verdict, v.cause, v.snapshot) == ("unverifiable", "no date", None)


# -- Arena tables, ratings and their publication log ------------------------------------------------

@pytest.fixture
def arena(tmp_path: Path) -> Path:
    header = "rank,model,vendor,score,position,license"
    write_board(tmp_path, "chatbot-arena_2024-06-19.csv", [(1, "Alpha", "Org", 1287, 1, "Proprietary")], header)
    ratings = [(None, "Alpha", "Org", 1286.9, "alpha-0513")]
    write_board(tmp_path, "chatbot-arena-ratings/chatbot-arena-ratings_2024-05-08.csv", ratings, "rank,model,vendor,score,key")
    write_board(tmp_path, "chatbot-arena-ratings/chatbot-arena-ratings_2024-06-21.csv", ratings, "rank,model,vendor,score,key")
    log = "update_date,commit_datetime\n2024-05-08,2024-05-10T20:06:56+00:00\n2024-04-22-2,2024-04-23T01:03:47+00:00\n"
    (tmp_path / "chatbot-arena_official-update-log.csv").write_text(log, encoding="utf-8")
    return tmp_path


def arena_claim(published):
    return make_claim("rank", "Alpha", benchmark="chatbot-arena", published=published, rank=1)


def test_arena_displayed_table_beats_newer_ratings(arena):
    v = check_one(arena_claim("2024-06-28"), arena)
    assert v.snapshot == "chatbot-arena_2024-06-19.csv"
    assert "row 1" in v.reason


def test_arena_ratings_serve_dates_before_the_first_displayed_table(arena):
    v = check_one(arena_claim("2024-05-20"), arena)
    assert v.snapshot == "chatbot-arena-ratings/chatbot-arena-ratings_2024-05-08.csv"
    assert v.verdict == "supported"
    assert (v.fidelity, v.cause) == ("recomputed", None)
    assert "recomputed from official result files, not the displayed table" in v.reason


def test_arena_ratings_count_from_their_publication_not_their_update_date(arena):
    v = check_one(arena_claim("2024-05-09"), arena)  # update of 05-08 went public on 05-10
    assert v.verdict == "unverifiable"
    assert check_one(arena_claim("2024-05-10"), arena).snapshot.endswith("chatbot-arena-ratings_2024-05-08.csv")


# -- the format -------------------------------------------------------------------------------

def test_missing_required_column_is_a_snapshot_error(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01.csv", [("Alpha", 1.0)], header="model,score")
    with pytest.raises(SnapshotError, match="missing column"):
        check_one(rank_claim("2024-07-15"), tmp_path)


def test_non_number_in_score_is_a_snapshot_error_with_its_line(tmp_path):
    write_board(tmp_path, "toy-board_2024-07-01.csv", [(1, "Alpha", "Org", "n/a")])
    with pytest.raises(SnapshotError, match=r"toy-board_2024-07-01.csv:2: 'n/a' is not a number"):
        check_one(rank_claim("2024-07-15"), tmp_path)


def test_files_not_named_as_snapshots_are_skipped(tmp_path, caplog):
    write_board(tmp_path, "notes.csv", TOY_ROWS)
    write_board(tmp_path, "toy-board_2024-07-01.csv", TOY_ROWS)
    assert check_one(rank_claim("2024-07-15"), tmp_path).snapshot == "toy-board_2024-07-01.csv"
    assert "notes.csv: not a snapshot name" in caplog.text


def test_missing_folder_is_a_snapshot_error_before_any_claim_is_read(tmp_path):
    def claims():
        raise AssertionError("claims were read")
        yield
    with pytest.raises(SnapshotError, match="--leaderboards"):
        check_claims(claims(), tmp_path / "absent")


def test_computed_rank_when_the_board_has_none_ties_share_a_rank(tmp_path):
    rows = [(None, "A", "x", 70.0), (None, "B", "x", 80.0), (None, "C", "x", 70.0), (None, "D", "x", 60.0)]
    write_board(tmp_path, "toy-board_2024-07-01.csv", rows)
    snap = Library(tmp_path).load(Library(tmp_path).choose("toy-board", date(2024, 7, 2)).file)
    assert {e.name: e.rank for e in snap.entries} == {"A": 2, "B": 1, "C": 2, "D": 4}
    assert snap.rank_computed


def test_boards_json_declares_a_versioned_board(tmp_path):
    boards = '{"mine-v1": {"benchmark": "mine"}, "mine-v2": {"benchmark": "mine", "start": "2025-01-01"}}'
    (tmp_path / "boards.json").write_text(boards, encoding="utf-8")
    write_board(tmp_path, "mine-v1_2024-12-20.csv", TOY_ROWS)
    write_board(tmp_path, "mine-v2_2025-01-02.csv", TOY_ROWS)
    assert check_one(rank_claim("2024-12-31", benchmark="mine"), tmp_path).snapshot == "mine-v1_2024-12-20.csv"
    assert check_one(rank_claim("2025-01-05", benchmark="mine"), tmp_path).snapshot == "mine-v2_2025-01-02.csv"


def test_a_date_before_every_version_is_unverifiable(tmp_path):
    boards = '{"mine-v2": {"benchmark": "mine", "start": "2025-01-01"}}'
    (tmp_path / "boards.json").write_text(boards, encoding="utf-8")
    write_board(tmp_path, "mine-v2_2025-01-02.csv", TOY_ROWS)
    v = check_one(rank_claim("2024-12-31", benchmark="mine"), tmp_path)
    assert (v.verdict, v.reason) == ("unverifiable", "no version of 'mine' was in force on 2024-12-31")


def test_a_batch_reads_each_snapshot_once(toy, monkeypatch):
    from extractor.check import snapshots

    calls = []
    real = snapshots.read_snapshot
    monkeypatch.setattr(snapshots, "read_snapshot", lambda f: calls.append(f.rel) or real(f))
    library_for.cache_clear()
    claims = [rank_claim("2024-07-15") for _ in range(20)]
    assert [v.verdict for v in check_claims(claims, toy)] == ["supported"] * 20
    assert calls == ["toy-board_2024-07-01.csv"]


def test_claims_stream_one_verdict_per_claim_in_order(toy):
    seen = []

    def claims():
        for i in range(3):
            seen.append(i)
            yield rank_claim("2024-07-15")

    verdicts = check_claims(claims(), toy)
    assert seen == []
    next(verdicts)
    assert seen == [0]  # the next claim is not read before its verdict is asked for
    assert len(list(verdicts)) == 2
