"""User snapshots: 'snapshots import' and 'snapshots list'; snapshot folders that try to reach outside or blow up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.check import snapshots
from extractor.check.snapshots import Library
from extractor.cli import main
from extractor.errors import SnapshotError

from .helpers import TOY_ROWS, check_one, make_claim, write_board

ARENA_EXPORT = ("Rank* (UB),Model,Arena Score,95% CI,Votes,Organization,License\n"
                "1,Gemini-2.5-Pro,1460,+5/-5,20000,Google,Proprietary\n"
                "2,Claude-v9,1455,+6/-6,9000,Anthropic,Proprietary\n")


def arena_claim(rank, published="2025-09-03"):
    return make_claim("rank", "Claude-v9", "chatbot-arena", published, rank=rank)


def test_an_imported_arena_export_is_listed_and_used_by_check(tmp_path, user_snapshots, capsys):
    export = tmp_path / "arena.csv"
    export.write_text(ARENA_EXPORT, encoding="utf-8")
    assert main(["snapshots", "import", str(export), "--board", "chatbot-arena", "--date", "2025-09-01"]) == 0
    assert "2 entries (arena export, displayed)" in capsys.readouterr().err
    written = (user_snapshots / "chatbot-arena_2025-09-01.csv").read_text(encoding="utf-8").splitlines()
    assert written[0] == "rank,model,vendor,score,95% CI,Votes,License"
    assert written[2] == "2,Claude-v9,Anthropic,1455,+6/-6,9000,Proprietary"

    assert main(["snapshots", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    user_line = next(line for line in listing if line.endswith("user"))
    assert user_line.split()[:6] == ["chatbot-arena", "chatbot-arena", "2025-09-01", "..", "2025-09-01", "1"]
    assert "displayed 1" in user_line
    assert any(line.startswith("chatbot-arena-ratings") and line.endswith("bundled") for line in listing)

    claims = tmp_path / "claims.jsonl"
    claims.write_text(arena_claim(2).model_dump_json() + "\n" + arena_claim(1).model_dump_json() + "\n", encoding="utf-8")
    assert main(["check", str(claims)]) == 0
    verdicts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(v["verdict"], v["snapshot"]) for v in verdicts] == [
        ("supported", "chatbot-arena_2025-09-01.csv"), ("contradicted", "chatbot-arena_2025-09-01.csv")]


def test_an_open_llm_leaderboard_json_export_imports_as_official(tmp_path, user_snapshots, capsys):
    export = tmp_path / "contents.json"
    export.write_text(json.dumps([{"fullname": "Qwen/Qwen9-72B", "Average ⬆️": 43.59, "IFEval": 80.1},
                                  {"fullname": "org/Other-7B", "Average ⬆️": 30.0, "IFEval": 50.0}]), encoding="utf-8")
    assert main(["snapshots", "import", str(export), "--board", "open-llm-leaderboard-v2", "--date", "2025-05-01"]) == 0
    boards = json.loads((user_snapshots / "boards.json").read_text(encoding="utf-8"))
    assert boards["open-llm-leaderboard-v2"]["files"]["open-llm-leaderboard-v2_2025-05-01.csv"]["fidelity"] == "official"
    capsys.readouterr()
    v = check_one(make_claim("score", "Qwen9-72B", "open-llm-leaderboard", "2025-05-02",
                             score={"value": 43.59, "metric": "average"}), None)
    assert (v.verdict, v.entry, v.fidelity) == ("supported", "Qwen/Qwen9-72B", "official")
    v = check_one(make_claim("score", "Qwen9-72B", "open-llm-leaderboard", "2025-05-02", score={"value": 79.0,
                                                                                               "metric": "IFEval"}), None)
    assert v.verdict == "contradicted"


@pytest.mark.parametrize("content, message", [
    ('{"a": 1}\n', "not a known board export (columns: a)"),
    ("name,colour\nx,red\n", "not a known board export (columns: name, colour)"),
    ("Model,Arena Score\nGPT-9,high\n", "'high' is not a number"),
    ("\xff\xfe", "not UTF-8 text"),
])
def test_anything_else_is_refused_in_one_line(tmp_path, user_snapshots, capsys, content, message):
    export = tmp_path / "export.csv"
    export.write_bytes(content.encode("latin-1") if content.startswith("\xff") else content.encode("utf-8"))
    assert main(["snapshots", "import", str(export), "--board", "chatbot-arena", "--date", "2025-09-01"]) == 3
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not list(user_snapshots.glob("*.csv")) if user_snapshots.exists() else True


@pytest.mark.parametrize("args, message", [
    (["--board", "Chatbot_Arena", "--date", "2025-09-01"], "--board 'Chatbot_Arena'"),
    (["--board", "chatbot-arena", "--date", "September"], "--date 'September' is not a date"),
])
def test_bad_board_ids_and_dates_are_usage_errors(tmp_path, capsys, args, message):
    export = tmp_path / "arena.csv"
    export.write_text(ARENA_EXPORT, encoding="utf-8")
    assert main(["snapshots", "import", str(export), *args]) == 2
    assert message in capsys.readouterr().err


def test_importing_over_an_existing_snapshot_needs_force(tmp_path, user_snapshots, capsys):
    export = tmp_path / "arena.csv"
    export.write_text(ARENA_EXPORT, encoding="utf-8")
    command = ["snapshots", "import", str(export), "--board", "chatbot-arena", "--date", "2025-09-01"]
    assert main(command) == 0
    assert main(command) == 2
    assert "exists (pass --force" in capsys.readouterr().err
    assert main(command + ["--force"]) == 0


# -- snapshot folders that try to leave themselves, or are too big ------------------------------------

@pytest.mark.parametrize("target", ["../../etc/passwd", "/dev/zero", "/etc/passwd"])
def test_published_log_cannot_point_outside_the_folder(tmp_path, target):
    folder = tmp_path / "boards"
    write_board(folder, "toy-board_2024-07-01.csv", TOY_ROWS)
    (folder / "boards.json").write_text(json.dumps({"toy-board": {"published_log": target}}), encoding="utf-8")
    with pytest.raises(SnapshotError, match="published_log must be a file name inside the folder"):
        Library(folder)


def test_a_symlinked_publication_log_outside_the_folder_is_refused(tmp_path):
    folder = tmp_path / "boards"
    write_board(folder, "toy-board_2024-07-01.csv", TOY_ROWS)
    (tmp_path / "elsewhere.csv").write_text("update_date,commit_datetime\n", encoding="utf-8")
    (folder / "log.csv").symlink_to(tmp_path / "elsewhere.csv")
    (folder / "boards.json").write_text(json.dumps({"toy-board": {"published_log": "log.csv"}}), encoding="utf-8")
    with pytest.raises(SnapshotError, match="points outside its snapshot folder"):
        Library(folder)


def test_a_symlinked_csv_outside_the_folder_is_skipped(tmp_path, caplog):
    folder = tmp_path / "boards"
    write_board(folder, "toy-board_2024-07-01.csv", TOY_ROWS)
    outside = write_board(tmp_path, "secret.csv", [(1, "Org/Alpha-70B-Instruct", "Org", 99.0)])
    (folder / "toy-board_2024-07-10.csv").symlink_to(outside)
    (folder / "zero_2024-07-01.csv").symlink_to("/dev/zero")
    v = check_one(make_claim("rank", "Alpha-70B-Instruct", published="2024-07-15", rank=1), folder)
    assert v.snapshot == "toy-board_2024-07-01.csv"
    assert "toy-board_2024-07-10.csv: points outside its snapshot folder" in caplog.text
    assert "zero_2024-07-01.csv: points outside" in caplog.text


def test_a_symlinked_folder_is_not_entered(tmp_path):
    folder = tmp_path / "boards"
    write_board(folder, "toy-board_2024-07-01.csv", TOY_ROWS)
    write_board(tmp_path / "other", "toy-board_2024-07-10.csv", TOY_ROWS)
    (folder / "more").symlink_to(tmp_path / "other", target_is_directory=True)
    assert [f.rel for f in Library(folder).all_files()] == ["toy-board_2024-07-01.csv"]


def test_a_snapshot_over_the_size_cap_is_refused(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(snapshots, "MAX_SNAPSHOT_BYTES", 2_000)
    write_board(tmp_path, "toy-board_2024-07-01.csv", TOY_ROWS)
    big = [(i, f"Model-{i}", "Org", 50.0) for i in range(1, 200)]
    write_board(tmp_path, "toy-board_2024-07-10.csv", big)
    v = check_one(make_claim("rank", "Alpha-70B-Instruct", published="2024-07-15", rank=1), tmp_path)
    assert v.snapshot == "toy-board_2024-07-01.csv"
    assert "toy-board_2024-07-10.csv: larger than 2,000 bytes: skipped" in caplog.text


def test_a_snapshot_that_grows_past_the_cap_after_indexing_is_a_snapshot_error(tmp_path, monkeypatch):
    path = write_board(tmp_path, "toy-board_2024-07-01.csv", TOY_ROWS)
    library = Library(tmp_path)
    monkeypatch.setattr(snapshots, "MAX_SNAPSHOT_BYTES", 100)
    with pytest.raises(SnapshotError, match="larger than 100 bytes"):
        library.load(library.all_files()[0])
    assert path.exists()


def test_a_row_with_an_overlong_name_is_skipped(tmp_path, caplog):
    write_board(tmp_path, "toy-board_2024-07-01.csv", TOY_ROWS + [(7, "X" * 5000, "Org", 1.0)])
    library = Library(tmp_path)
    snap = library.load(library.all_files()[0])
    assert len(snap.entries) == len(TOY_ROWS)
    assert "model name longer than 300 characters: row skipped" in caplog.text


def test_snapshot_errors_end_check_with_one_line(tmp_path, capsys):
    write_board(tmp_path, "toy-board_2024-07-01.csv", [(1, "Alpha", "Org", "n/a")])
    claims = tmp_path / "claims.jsonl"
    claims.write_text(make_claim("rank", "Alpha", rank=1).model_dump_json() + "\n", encoding="utf-8")
    assert main(["check", str(claims), "--leaderboards", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert "'n/a' is not a number" in err and "Traceback" not in err


def test_list_of_an_explicit_folder(tmp_path, capsys):
    write_board(tmp_path, "toy-board_2024-07-01.csv", TOY_ROWS)
    write_board(tmp_path, "toy-board_2024-07-10_press-secondary.csv", TOY_ROWS[:2])
    assert main(["snapshots", "list", "--leaderboards", str(tmp_path)]) == 0
    (header, line) = capsys.readouterr().out.splitlines()
    assert header.split()[:3] == ["board", "benchmark", "dates"]
    assert line.split()[:8] == ["toy-board", "toy-board", "2024-07-01", "..", "2024-07-10", "2", "2-6", "displayed"]
    assert "secondary 1" in line and line.endswith(str(Path(tmp_path)))
