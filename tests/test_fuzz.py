"""Fuzzing ``extract`` with random bytes and random JSON records: every record is accounted for,
every output line is a valid record, and the run exits 0, whatever the input."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.cli import main
from extractor.records import Claim, Reject

PIECES = ["GPT-4o", "Claude 3 Opus", " ranked first on ", " scored 88.7% on ", "Chatbot Arena", "MMLU", ". ", "\n",
          "GPT-4o ranked first on Chatbot Arena. ", "Claude 3 Opus scored 86.8% on MMLU. ",
          "\ud83d", "\udc00", "\x1b[31m", "\u2028", "\x85", "\x00", "\ufeff", "<p>", "2024-06-28", "\u00e9", "\U0001f600"]
hostile_text = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
text = st.one_of(st.text(max_size=60), hostile_text, hostile_text)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6)
field = st.one_of(text, text, json_values)
records = st.fixed_dictionaries({}, optional={key: field for key in ("id", "text", "title", "url", "published")})
raw_lines = st.one_of(st.binary(max_size=80).map(lambda b: b.replace(b"\n", b" ")), st.sampled_from([b"", b"  ", b"{"]))
lines = st.one_of(records.map(lambda r: json.dumps(r).encode()),
                  records.map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass")),
                  raw_lines)
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _run(inputs: list[Path], folder: Path) -> dict:
    """Run extract; check every output line is a valid record; the run summary."""
    out = folder / "out" / "claims.jsonl"
    out.parent.mkdir()
    assert main(["extract", *map(str, inputs), "-o", str(out), "-q", "-w", "1"]) == 0
    for line in out.read_text(encoding="utf-8").splitlines():
        Claim.model_validate_json(line)
    rejects = folder / "out" / "claims.rejects.jsonl"
    if rejects.exists():
        for line in rejects.read_text(encoding="utf-8").splitlines():
            Reject.model_validate_json(line)
    summary = json.loads((folder / "out" / "claims.summary.json").read_text(encoding="utf-8"))
    assert summary["read"] == summary["with_claims"] + summary["without_claims"] + summary["rejected"]
    assert summary["claims"] == len(out.read_text(encoding="utf-8").splitlines())
    return summary


@SETTINGS
@given(first=records, rest=st.lists(lines, max_size=12), newline_at_end=st.booleans())
def test_random_json_records_are_each_an_article_or_a_reject(first, rest, newline_at_end):
    body = b"\n".join([json.dumps(first).encode(), *rest]) + (b"\n" if newline_at_end else b"")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dump = folder / "dump.jsonl"
        dump.write_bytes(body)
        summary = _run([dump], folder)
    expected = sum(1 for line in body.split(b"\n") if line and not line.isspace())
    assert summary["read"] == expected


names = st.sampled_from(["a.jsonl", "a.txt", "a.html", "a.warc", "a.warc.gz", "a.jsonl.gz", "a.arc", "noext"])
files = st.tuples(names, st.binary(max_size=400), st.booleans())


@SETTINGS
@given(found=st.lists(files, min_size=1, max_size=4))
def test_random_bytes_in_any_format_end_as_articles_or_rejects(found):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dumps = folder / "dumps"
        dumps.mkdir()
        for n, (name, data, compress) in enumerate(found):
            (dumps / f"{n}{name}").write_bytes(gzip.compress(data) if compress else data)
        listed = [p for p in sorted(dumps.iterdir()) if p.name.endswith(("jsonl", ".txt", ".html", ".warc", ".gz",
                                                                         ".arc"))]
        summary = _run([dumps] if listed else sorted(dumps.iterdir()), folder)
    one_or_more = sum(1 for name, _, _ in found if not name.endswith((".jsonl", ".jsonl.gz", "noext")))
    # a text or HTML file is one record; an archive one at least, read or skipped as no article
    assert summary["read"] + sum(summary["skipped"].values()) >= one_or_more
