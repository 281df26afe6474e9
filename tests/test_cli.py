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


# -- outputs that would destroy or feed on the input ---------------------------------------

import io  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOOD = json.dumps({"id": "good", "text": "GPT-4o ranked first on Chatbot Arena."})


def _dump(path: Path, lines: int = 3) -> Path:
    path.write_text("\n".join(GOOD.replace('"good"', f'"g{n}"') for n in range(lines)) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("option", ["-o", "--rejects", "--summary"])
@pytest.mark.parametrize("alias", ["same", "symlink", "hardlink"])
def test_an_output_that_is_an_input_is_refused_before_anything_is_written(tmp_path, capsys, option, alias):
    dump = _dump(tmp_path / "in.jsonl")
    before = dump.read_bytes()
    target = {"same": dump, "symlink": tmp_path / "link.jsonl", "hardlink": tmp_path / "hard.jsonl"}[alias]
    if alias == "symlink":
        target.symlink_to(dump.name)
    elif alias == "hardlink":
        os.link(dump, target)
    argv = ["extract", str(dump), "-o", str(tmp_path / "out.jsonl"), option, str(target)]
    if option == "-o":
        argv = ["extract", str(dump), "-o", str(target)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{option} {target} is the input {dump}" in err
    assert dump.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"in.jsonl", target.name})


@pytest.mark.parametrize("option", ["-o", "--rejects", "--summary"])
def test_an_output_inside_an_input_folder_is_refused(tmp_path, capsys, option):
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    _dump(dumps / "a.jsonl")
    inside = dumps / "out.jsonl"
    argv = ["extract", str(dumps), "-o", str(tmp_path / "claims.jsonl"), option, str(inside)]
    if option == "-o":
        argv = ["extract", str(dumps), "-o", str(inside)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{option} {inside} is inside the input folder {dumps}" in err
    assert sorted(p.name for p in dumps.iterdir()) == ["a.jsonl"]


def test_a_broken_link_in_an_input_folder_to_where_the_output_goes_is_refused(tmp_path, capsys):
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    _dump(dumps / "a.jsonl")
    (dumps / "b.jsonl").symlink_to(tmp_path / "claims.jsonl")  # read after a.jsonl: the run's own output
    assert main(["extract", str(dumps), "-o", str(tmp_path / "claims.jsonl")]) == 2
    assert f"-o {tmp_path / 'claims.jsonl'} is the input {dumps / 'b.jsonl'}" in capsys.readouterr().err
    assert not (tmp_path / "claims.jsonl").exists()


def test_the_default_rejects_file_of_a_stdout_run_may_not_land_in_an_input_folder(tmp_path, capsys, monkeypatch):
    _dump(tmp_path / "a.jsonl")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "."]) == 2
    assert "--rejects extractor.rejects.jsonl is inside the input folder ." in capsys.readouterr().err
    assert main(["extract", ".", "--rejects", str(tmp_path.parent / f"{tmp_path.name}.rejects.jsonl")]) == 0


def test_two_outputs_on_one_file_are_refused(tmp_path, capsys):
    dump = _dump(tmp_path / "in.jsonl")
    assert main(["extract", str(dump), "-o", str(tmp_path / "c.jsonl"), "--summary", str(tmp_path / "c.jsonl")]) == 2
    assert "--summary" in capsys.readouterr().err and not (tmp_path / "c.jsonl").exists()


@pytest.mark.parametrize("option", ["-o", "--rejects", "--summary"])
def test_an_output_into_a_missing_folder_fails_at_start_up(tmp_path, capsys, option):
    dump = _dump(tmp_path / "in.jsonl")
    missing = tmp_path / "no" / "such" / "file.json"
    argv = ["extract", str(dump), "-o", str(tmp_path / "c.jsonl"), option, str(missing)]
    if option == "-o":
        argv = ["extract", str(dump), "-o", str(missing)]
    assert main(argv) == 3
    err = capsys.readouterr().err
    assert err == f"extractor: {option} {missing}: no such folder: {missing.parent}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]  # nothing was run or written


# -- two runs on one output ------------------------------------------------------------------

def _extract_process(*args: str, env: dict | None = None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extractor.cli", "extract", *args], cwd=ROOT,
                            env=dict(os.environ, **(env or {})), stderr=subprocess.PIPE, **kwargs)


def _wait_for(check, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not check() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert check(), proc.stderr.read().decode() if proc.poll() is not None else "timed out"


def test_a_second_run_on_the_same_output_is_refused_and_the_first_is_untouched(tmp_path, capsys):
    from tests.test_batch import write_dump

    dump = write_dump(tmp_path / "dump.jsonl", 200)
    out = tmp_path / "claims.jsonl"
    first = _extract_process(str(dump), "-o", str(out), "-w", "2", "-q", env={"EXTRACTOR_TEST_DELAY": "0.03"})
    _wait_for(out.exists, first)
    assert main(["extract", str(dump), "-o", str(out), "-q"]) == 3
    assert capsys.readouterr().err == (f"extractor: {out}: another extractor run is writing it; "
                                       "wait for it to end or choose another -o\n")
    assert first.wait(timeout=300) == 0, first.stderr.read().decode()
    alone = tmp_path / "alone.jsonl"
    assert main(["extract", str(dump), "-o", str(alone), "-q"]) == 0
    assert out.read_bytes() == alone.read_bytes()
    summary = json.loads((tmp_path / "claims.summary.json").read_text())
    assert summary["claims"] == len(out.read_text().splitlines()) and summary["read"] == 200


# -- a full disk -----------------------------------------------------------------------------

@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_stdout_on_a_full_device_is_one_line_and_a_non_zero_exit(tmp_path):
    dump = _dump(tmp_path / "in.jsonl", 100)
    with open("/dev/full", "wb") as full:
        proc = _extract_process(str(dump), "-w", "1", stdout=full)
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 3
    assert err.decode() == "extractor: stdout: cannot write: No space left on device; 0 records were written\n"


def _file_size_limit(limit: int):
    import resource

    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # writes past it fail, as on a full disk


def test_a_full_disk_keeps_whole_lines_and_a_checkpoint_to_resume_from(tmp_path):
    from tests.test_batch import write_dump

    dump = write_dump(tmp_path / "dump.jsonl", 600, bad_every=30)
    out = tmp_path / "claims.jsonl"
    proc = _extract_process(str(dump), "-o", str(out), "-w", "2", "-q", preexec_fn=_file_size_limit(60_000))
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 3
    message = err.decode()
    assert message.count("\n") == 1 and "Traceback" not in message
    assert message.startswith(f"extractor: {out}: cannot write: File too large; ")
    assert message.endswith(f" records are written whole to {out}; go on with --resume\n")
    data = out.read_bytes()
    assert data.endswith(b"\n") and all(json.loads(line) for line in data.splitlines())
    progress = json.loads((tmp_path / "claims.progress").read_text())
    assert 0 < progress["done"] < 600 and progress["output_bytes"] <= len(data)

    assert main(["extract", str(dump), "-o", str(out), "-q", "--resume"]) == 0
    whole = tmp_path / "whole.jsonl"
    assert main(["extract", str(dump), "-o", str(whole), "-q"]) == 0
    assert out.read_bytes() == whole.read_bytes()
    assert (tmp_path / "claims.rejects.jsonl").read_bytes() == (tmp_path / "whole.rejects.jsonl").read_bytes()


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


def _stderr_of_extract(*args: str) -> str:
    proc = _extract_process(*args)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return err.decode()


def test_messages_repeating_input_escape_control_characters_and_are_bounded(tmp_path):
    hostile = "\x1b]0;owned\x07\x1b[2J" + "9" * 100_000
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"id": "x", "text": "GPT-4o ranked first.", "published": hostile}) + "\n")
    err = _stderr_of_extract(str(dump), "-o", str(tmp_path / "c.jsonl"))
    assert "\x1b" not in err and "\x07" not in err
    assert "unparseable published date '\\x1b]0;owned\\x07\\x1b[2J999" in err
    assert max(len(line) for line in err.splitlines()) < 400


def test_an_archive_cannot_send_escape_sequences_through_warcio(tmp_path):
    from tests.ingest.test_warc import PAGE, Archive

    uri = "https://news.example.com/a b\x1b[31m\x9b" + "x" * 50_000
    archive = Archive(gzip=False).response(uri, PAGE).save(tmp_path / "crawl.warc")
    err = _stderr_of_extract(str(archive), "-o", str(tmp_path / "c.jsonl"))
    assert "Replacing spaces in invalid WARC-Target-URI" in err  # warcio's own warning, made safe
    assert "\x1b" not in err and "\x9b" not in err
    assert max(len(line) for line in err.splitlines()) < 1300


# -- the Dask engine's command line (these run without Dask installed) -----------------------------

import sys  # noqa: E402

import pytest  # noqa: E402


def test_the_dask_engine_without_dask_is_one_line_saying_how_to_install_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "extractor.dask_engine", raising=False)
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "a", "text": "GPT-4o ranked first on Chatbot Arena."}) + "\n")
    out = tmp_path / "claims.jsonl"
    assert main(["extract", str(dump), "-o", str(out), "--engine", "dask"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'extractor[dask]'" in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("options, says", [
    (["--scheduler", "tcp://h:8786"], "--scheduler goes with --engine dask"),
    (["--partition-bytes", "1M"], "--partition-bytes goes with --engine dask"),
    (["--engine", "dask", "--scheduler", "tcp://h:8786", "-w", "2"], "with --scheduler the cluster's own workers"),
    (["--engine", "dask", "--partition-bytes", "0"], "--partition-bytes must be more than 0"),
    (["--engine", "dask", "--engine", "spark"], "invalid choice: 'spark'"),
])
def test_careless_engine_options_are_one_line_and_exit_2(tmp_path, capsys, options, says):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("{}\n")
    assert main(["extract", str(dump), *options]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err


def test_the_dask_engine_cannot_read_stdin(capsys):
    assert main(["extract", "-", "--engine", "dask"]) == 2
    assert "stdin ('-') cannot be sent" in capsys.readouterr().err
