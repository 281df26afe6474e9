"""Laying out an article's text: evidence in place, marks where the claims say, nothing marked wrongly."""

from __future__ import annotations

from extractor.records import Claim
from extractor.report.passage import Evidence, Gap, Mark, Plain, layout

TEXT = ("Intro line.\n\nMeta's Llama-3-70B ranked second on Chatbot Arena with 1200 points. "
        "Other news follows here. Qwen2 trails GPT-4o on MMLU.\n")


def _span(text: str, start: int | None = None) -> dict:
    start = TEXT.index(text) if start is None else start
    return {"text": text, "start": start, "end": start + len(text)}


def _claim(kind: str, sentence: str, subject: str, value: str | None = None, benchmark: str | None = None,
           **fields) -> Claim:
    evidence = _span(sentence)
    record = {
        "id": f"c-{kind}-{subject}", "article": {"id": "a1"}, "kind": kind, "evidence": evidence, "confidence": 0.8,
        "subject": {"text": subject, "type": "model", "span": _span(subject)},
        "benchmark": {"text": benchmark, "span": _span(benchmark) if benchmark else None},
        "value_span": _span(value) if value else None, **fields,
    }
    return Claim.model_validate(record)


SENTENCE = "Meta's Llama-3-70B ranked second on Chatbot Arena with 1200 points. "
RANK = _claim("rank", SENTENCE, "Llama-3-70B", "second", "Chatbot Arena", rank=2)
SCORE = _claim("score", SENTENCE, "Llama-3-70B", "1200", "Chatbot Arena",
               score={"value": 1200, "unit": "elo", "span": _span("1200")})
COMPARISON = _claim("comparison", "Qwen2 trails GPT-4o on MMLU.\n", "Qwen2", None, "MMLU", relation="trails",
                    objects=[{"text": "GPT-4o", "span": _span("GPT-4o")}])


def _flat(nodes) -> str:
    """The text a reader sees, gaps as [...]."""
    out = []
    for node in nodes:
        if isinstance(node, Evidence):
            out.append("{" + _flat(node.nodes) + "}")
        elif isinstance(node, Mark):
            out.append(f"[{node.text}|{node.label}]")
        elif isinstance(node, Gap):
            out.append("[...]")
        else:
            out.append(node.text)
    return "".join(out)


def test_full_text_keeps_every_character_and_marks_each_part_once():
    nodes, full = layout([RANK, SCORE, COMPARISON], TEXT)
    assert full
    assert _flat(nodes) == (
        "Intro line.\n\n{Meta's [Llama-3-70B|MODEL] ranked [second|RANK] on [Chatbot Arena|BENCHMARK] with "
        "[1200|SCORE] points.} Other news follows here. {[Qwen2|MODEL] trails [GPT-4o|COMPARED] on [MMLU|BENCHMARK].}\n")
    evidence = [n for n in nodes if isinstance(n, Evidence)]
    assert [e.claims for e in evidence] == [(0, 1), (2,)]
    subject = next(m for m in evidence[0].nodes if isinstance(m, Mark) and m.kind == "subject")
    assert subject.claims == (0, 1)  # both claims of the sentence name it


def test_evidence_only_shows_the_sentences_with_gaps_for_what_is_missing():
    nodes, full = layout([COMPARISON, RANK], None)
    assert not full
    assert _flat(nodes).startswith("[...]{Meta's [Llama-3-70B|MODEL]")
    assert "points.} [...]{[Qwen2|MODEL]" in _flat(nodes)


def test_touching_sentences_join_and_a_short_gap_is_a_separator():
    first = _claim("rank", "Meta's Llama-3-70B ranked second on Chatbot Arena with 1200 points.", "Llama-3-70B",
                   "second", rank=2)
    second = _claim("comparison", "Other news follows here. Qwen2 trails GPT-4o on MMLU.", "Qwen2",
                    relation="trails", objects=[{"text": "GPT-4o"}])
    nodes, _ = layout([first, second])
    assert sum(isinstance(n, Gap) for n in nodes) == 1  # only before the first sentence
    assert "points.} {Other news" in _flat(nodes)
    paragraph = _claim("rank", "Meta's Llama-3-70B ranked second on Chatbot Arena with 1200 points", "Llama-3-70B",
                       "second", rank=2)
    later = _claim("comparison", "Qwen2 trails GPT-4o on MMLU.", "Qwen2", relation="trails", objects=[{"text": "GPT-4o"}])
    cut = layout([paragraph, _claim("rank", "Intro line.", "Intro", rank=1)])[0]
    assert "Intro|MODEL] line.}\n\n{Meta's" in _flat(cut)  # two characters missing: a paragraph break
    assert "points}[...]{" in _flat(layout([paragraph, later])[0])


def test_a_text_that_does_not_match_the_claims_falls_back_to_their_evidence():
    nodes, full = layout([RANK], TEXT.replace("Meta's", "Metas"))
    assert not full and "{Meta's [Llama-3-70B|MODEL]" in _flat(nodes)


def test_a_span_whose_text_is_not_there_is_left_unmarked():
    at = TEXT.index("second")
    wrong = Claim.model_validate({**RANK.model_dump(), "value_span": {"text": "third", "start": at, "end": at + 5}})
    nodes, _ = layout([wrong], TEXT)
    assert "ranked second on" in _flat(nodes) and "RANK" not in _flat(nodes)


def test_overlapping_marks_keep_the_longer_one():
    long = "Chatbot Arena with 1200"
    bench = Claim.model_validate({**RANK.model_dump(), "benchmark": {"text": long, "span": _span(long)}})
    nodes, _ = layout([bench, SCORE], TEXT)
    assert "[Chatbot Arena with 1200|BENCHMARK] points" in _flat(nodes)


def test_a_subject_outside_the_sentence_is_marked_in_the_full_text_only():
    earlier = _claim("rank", "Other news follows here. ", "Intro", "Other", rank=1)
    full_nodes, _ = layout([earlier], TEXT)
    assert _flat(full_nodes).startswith("[Intro|MODEL] line.")
    nodes, _ = layout([earlier])
    assert "MODEL" not in _flat(nodes) and all(isinstance(n, (Plain, Evidence, Gap)) for n in nodes)
