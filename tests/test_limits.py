"""Per-article time limits: a hanging block becomes ArticleTimeout, and no alarm outlives its block."""

import signal

import pytest

from extractor.limits import ArticleTimeout, article_alarms, time_limit


def _hang():
    while True:
        pass


def test_a_block_that_hangs_times_out_and_the_alarm_handler_is_restored():
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(ArticleTimeout):
        with time_limit(0.05):
            _hang()
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_inside_a_batch_each_limit_only_sets_a_timer():
    before = signal.getsignal(signal.SIGALRM)
    with article_alarms():
        handler = signal.getsignal(signal.SIGALRM)
        with time_limit(5):
            assert signal.getsignal(signal.SIGALRM) is handler
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        with pytest.raises(ArticleTimeout):
            with time_limit(0.05):
                _hang()
    assert signal.getsignal(signal.SIGALRM) == before


def test_no_limit_means_no_timer():
    with time_limit(None):
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


# -- output caps: fields, claims per article, evidence ------------------------------------

import json  # noqa: E402

from extractor.cli import main  # noqa: E402
from extractor.limits import DEFAULT_MAX_CLAIMS, cap_fields, narrow_evidence, timeout_seconds  # noqa: E402
from extractor.records import Article, ArticleRef, Claim, Score, Subject, TextSpan  # noqa: E402


def board_sentence(models: int) -> str:
    """One long sentence with a score claim per model: every claim's evidence is the whole sentence."""
    return "The board: " + ", ".join(f"Llama-{i}B scored {50 + i % 40}.{i % 10}% on MMLU" for i in range(1, models)) + "."


def _score_claim(text: str, model: str, value: str) -> Claim:
    """A score claim whose evidence is the whole of ``text`` (as a long run-on sentence gives)."""
    start = text.index(f"{model} scored {value}")
    subject = TextSpan(text=model, start=start, end=start + len(model))
    vstart = start + len(model) + len(" scored ")
    value_span = TextSpan(text=value, start=vstart, end=vstart + len(value))
    return Claim(id="c-1", article=ArticleRef(id="x"), kind="score", confidence=0.8,
                 subject=Subject(text=model, type="model", span=subject), value_span=value_span,
                 score=Score(value=float(value.rstrip("%")), unit="%", span=value_span),
                 evidence=TextSpan(text=text, start=0, end=len(text)))


@pytest.mark.parametrize("n", [1, 2, 150, 298, 299])
def test_long_evidence_is_narrowed_around_the_value_and_subject_and_stays_exact(n):
    text = board_sentence(300)
    claim = _score_claim(text, f"Llama-{n}B", f"{50 + n % 40}.{n % 10}%")
    narrow = narrow_evidence(claim, text, 120)
    ev = narrow.evidence
    assert ev.end - ev.start <= 120 and text[ev.start:ev.end] == ev.text
    assert ev.start <= claim.subject.span.start and claim.value_span.end <= ev.end
    assert ev.end - ev.start > 100  # the window is used, not just the spans
    assert not ev.text[0].isspace() and not ev.text[-1].isspace()
    assert ev.start == 0 or text[ev.start - 1] == " "  # whole words
    assert ev.end == len(text) or text[ev.end] == " "
    assert narrow.model_dump(exclude={"evidence"}) == claim.model_dump(exclude={"evidence"})  # same id, same claim
    assert narrow_evidence(narrow, text, 120) is narrow


def test_when_subject_and_value_are_too_far_apart_the_value_is_kept():
    text = "GPT-4o, " + "which many people tried, " * 20 + "scored 88.7% on MMLU."
    claim = _score_claim(text.replace("scored", "GPT-4o scored", 1), "GPT-4o", "88.7%")
    far = claim.model_copy(update={"subject": claim.subject.model_copy(
        update={"span": TextSpan(text="GPT-4o", start=0, end=6)})})
    ev = narrow_evidence(far, far.evidence.text, 60).evidence
    assert ev.start <= claim.value_span.start and claim.value_span.end <= ev.end and ev.start > 0


def test_long_ids_titles_and_urls_are_cut_and_cut_ids_stay_distinct():
    a = Article(id="x" * 5000 + "a", title="T" * 5000, url="https://e.org/" + "p" * 5000, text="t", source="s")
    b = a.model_copy(update={"id": "x" * 5000 + "b"})
    (ca, cut), (cb, _) = cap_fields(a, 100), cap_fields(b, 100)
    assert cut and len(ca.id) == len(ca.title) == len(ca.url) == 100 and ca.id != cb.id
    assert cap_fields(ca, 100) == (ca, False)


def test_regression_a_readme_of_several_hundred_table_cells_keeps_every_claim_by_default(tmp_path):
    """Real READMEs with big tables state 200 to 300 scores; the default cap was 200 and dropped the rest."""
    dump = tmp_path / "big.jsonl"
    dump.write_text(json.dumps({"id": "big", "text": board_sentence(301)}) + "\n")
    assert main(["extract", str(dump), "-o", str(tmp_path / "out.jsonl"), "-q"]) == 0
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 300


def test_an_amplifying_article_gives_bounded_output_counted_in_the_summary(tmp_path):
    dump = tmp_path / "amp.jsonl"
    dump.write_text(json.dumps({"id": "amp", "title": "T" * 20_000, "text": board_sentence(DEFAULT_MAX_CLAIMS + 100)}) + "\n")
    free, capped = tmp_path / "free.jsonl", tmp_path / "capped.jsonl"
    assert main(["extract", str(dump), "-o", str(free), "-q", "--max-claims", "0", "--max-evidence-chars", "0",
                 "--max-field-chars", "0"]) == 0
    assert main(["extract", str(dump), "-o", str(capped), "-q"]) == 0
    every = [json.loads(line) for line in free.read_text().splitlines()]
    claims = [json.loads(line) for line in capped.read_text().splitlines()]
    cap = DEFAULT_MAX_CLAIMS
    assert len(every) > cap and len(claims) == cap  # --max-claims default: the first in the text
    assert [c["id"] for c in claims] == [c["id"] for c in every[:cap]]
    assert all(c["evidence"]["end"] - c["evidence"]["start"] <= 1000 for c in claims)
    assert all(len(c["article"]["title"]) == 2000 for c in claims)
    assert capped.stat().st_size < cap * 5_000 < free.stat().st_size  # each claim's title and evidence cut
    long_evidence = sum(c["evidence"]["end"] - c["evidence"]["start"] > 1000 for c in every[:cap])
    summary = json.loads((tmp_path / "capped.summary.json").read_text())
    assert (summary["claims"], summary["claims_dropped"], summary["evidence_cut"], summary["fields_cut"]) == (
        cap, len(every) - cap, long_evidence, 1)
    summary = json.loads((tmp_path / "free.summary.json").read_text())
    assert (summary["claims"], summary["claims_dropped"], summary["evidence_cut"], summary["fields_cut"]) == (
        len(every), 0, 0, 0)


# -- the time limit on the command line --------------------------------------------------

@pytest.mark.parametrize("value, seconds", [("0", None), ("inf", None), ("1e300", None), ("2.5", 2.5)])
def test_timeouts_that_mean_no_limit(value, seconds):
    assert timeout_seconds(float(value)) == seconds


@pytest.mark.parametrize("value", ["inf", "1e300", "0"])
def test_no_limit_timeouts_extract_every_article(tmp_path, capsys, value):
    src = tmp_path / "a.txt"
    src.write_text("GPT-4o ranked first on Chatbot Arena.", encoding="utf-8")
    assert main(["extract", str(src), "-o", str(tmp_path / "c.jsonl"), "--article-timeout", value]) == 0
    assert "articles 1 (1 with claims, 0 without), claims 1, rejects 0" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["nan", "-inf", "-1"])
def test_other_odd_timeouts_are_refused_in_one_line(tmp_path, capsys, value):
    src = tmp_path / "a.txt"
    src.write_text("GPT-4o ranked first.", encoding="utf-8")
    assert main(["extract", str(src), f"--article-timeout={value}"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("extractor extract: --article-timeout must be 0 (no limit), inf")


def test_no_size_cap_reads_an_article_longer_than_spacys_own_limit(tmp_path):
    filler = "Revenue rose 5% in the quarter. " * 32_000  # over 1,000,000 characters
    src = tmp_path / "long.txt"
    src.write_text(filler + "GPT-4o ranked first on Chatbot Arena.", encoding="utf-8")
    out = tmp_path / "c.jsonl"
    assert main(["extract", str(src), "-o", str(out), "-q", "--max-chars", "0"]) == 0
    [claim] = [json.loads(line) for line in out.read_text().splitlines()]
    assert claim["subject"]["text"] == "GPT-4o" and claim["evidence"]["start"] == len(filler)
    assert not (tmp_path / "c.rejects.jsonl").exists()


# -- time limits off the main thread (a Dask worker's task threads) ------------------------------

import threading  # noqa: E402
import time  # noqa: E402


def _in_thread(work) -> list:
    """What ``work`` returned or raised, run in a thread of its own."""
    result: list = []

    def run():
        try:
            result.append(work())
        except BaseException as e:  # noqa: BLE001 (the outcome is the point)
            result.append(e)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "the time limit did not stop the thread"
    return result


def test_a_block_that_hangs_in_another_thread_times_out():
    def hang_limited():
        with time_limit(0.1):
            _hang()

    [outcome] = _in_thread(hang_limited)
    assert isinstance(outcome, ArticleTimeout)


def test_a_block_that_ends_in_time_in_another_thread_is_never_interrupted_later():
    def quick_then_busy():
        for _ in range(50):
            with time_limit(0.06):
                pass
        deadline = time.monotonic() + 0.5  # well past every limit set above
        while time.monotonic() < deadline:
            pass
        return "done"

    assert _in_thread(quick_then_busy) == ["done"]
