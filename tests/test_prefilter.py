"""The gate's narrowing: an admitted article cut to the stretches the claim stage can read."""

from __future__ import annotations

import pytest

from extractor.pipeline import extract_records
from extractor.prefilter import subject_gate
from extractor.records import Article

FILLER = ("Shares of the retailer closed higher on Friday after a week of heavy trading, and analysts said the "
          "rally could last into the spring as costs ease. ")
CLAIM = "Kestrel-7B ranked first on the VeraQA leaderboard, ahead of Orion-4-Raven-14B."


@pytest.fixture(scope="module")
def gate():
    return subject_gate()


def _narrowed(gate, text):
    return gate.narrowed(text, gate.recognizer.find_mentions(text, full=False))


def test_a_paragraph_with_no_name_cue_score_or_topic_word_is_left_out_with_its_blank_line(gate):
    text = f"Acme news\n\n{FILLER * 2}\n\n{CLAIM}\n\n{FILLER}"
    narrowed = _narrowed(gate, text)
    assert narrowed.text == f"Acme news\n\n{CLAIM}\n\n"
    assert "".join(text[k] for k in narrowed.origin[:-1]) == narrowed.text  # every character's own offset
    start = narrowed.text.index("Kestrel-7B")
    assert narrowed.origin[start] == text.index("Kestrel-7B")


def test_the_gate_mentions_move_with_the_text(gate):
    text = f"Acme news\n\n{FILLER}\n\n{CLAIM}"
    narrowed = _narrowed(gate, text)
    names = {narrowed.text[m.start:m.end] for m in narrowed.mentions}
    assert {"Kestrel-7B", "Orion-4-Raven-14B"} <= names


def test_sentences_of_a_kept_line_that_say_nothing_are_left_out_and_the_line_break_stays(gate):
    claim = "Kestrel-7B ranked first on the VeraQA leaderboard, ahead of its rivals."
    text = f"Acme news\n{FILLER}{claim} {FILLER}\nThe end."
    narrowed = _narrowed(gate, text)
    assert narrowed.text == f"Acme news\n{claim} \nThe end."


@pytest.mark.parametrize("kept", [
    "Acme news",  # the title
    "- Shares of the retailer closed higher on Friday after a week of heavy trading, and analysts said so today",
    "| Shares of the retailer closed higher on Friday | after a week of heavy trading, and analysts said |",
    "Shares of the retailer closed higher on Friday after a week of heavy trading, and here is the list:",
    "Short line of prose.",  # a heading, or a byline: context for what follows
])
def test_titles_list_items_table_rows_lead_ins_and_short_lines_are_kept_whole(gate, kept):
    text = f"Acme news\n\n{kept}\n\n{CLAIM}" if kept != "Acme news" else f"{kept}\n\n{CLAIM}"
    assert kept in _narrowed(gate, text).text


def test_a_line_of_a_block_stays_so_no_blank_line_appears_inside_it(gate):
    text = f"Acme news\n{FILLER}\n{CLAIM}"
    assert _narrowed(gate, text).text == text


@pytest.mark.parametrize("word", ["scored 71 points", "the new coding benchmark", "second", "language models"])
def test_a_stretch_with_a_score_cue_or_topic_word_is_kept(gate, word):
    sentence = f"Shares of the retailer closed higher on Friday after a week of heavy trading, {word} said analysts. "
    text = f"Acme news\n\n{sentence}\n\n{CLAIM}"
    assert sentence.strip() in _narrowed(gate, text).text


@pytest.mark.parametrize("words, kept", [("the VeraBench results", True), ("remodeled stores", False),
                                          ("the modelling work", False), ("its Arena", True)])
def test_topic_words_are_whole_words_but_bench_counts_anywhere(gate, words, kept):
    sentence = f"Shares of the retailer closed higher on Friday after a week of heavy trading, {words} said analysts. "
    text = f"Acme news\n\n{sentence}\n\n{CLAIM}"
    assert (sentence.strip() in _narrowed(gate, text).text) is kept


def test_an_article_with_nothing_to_leave_out_is_read_as_it_is(gate):
    narrowed = _narrowed(gate, f"Acme news\n\n{CLAIM}")
    assert narrowed.origin is None and narrowed.text == f"Acme news\n\n{CLAIM}"


def test_claims_of_a_narrowed_article_carry_the_offsets_of_the_article_itself():
    text = f"Acme news\n\n{FILLER * 3}\n\n{FILLER}{CLAIM} {FILLER}\n\n{FILLER}"
    article = Article(id="a1", text=text, source="test")
    narrowed = next(extract_records([article])).claims
    full = next(extract_records([article], gate=False)).claims
    assert [c.model_dump_json() for c in narrowed] == [c.model_dump_json() for c in full]
    rank = next(c for c in narrowed if c.kind == "rank")
    assert (rank.subject.text, rank.rank, rank.benchmark.id) == ("Kestrel-7B", 1, "veraqa")
    assert text[rank.evidence.start:rank.evidence.end] == rank.evidence.text and CLAIM[:-1] in rank.evidence.text


@pytest.mark.parametrize("header", ["| Rank | Agent | Organization | Average |", "| Rank | Model | Organization | Average |"])
def test_a_results_table_headed_by_its_agents_or_models_is_admitted_with_no_name_known(gate, header):
    text = (f"## Wayfinder leaderboard\n\n{header}\n|---|---|---|---|\n"
            "| 1 | Kestrel Deep Research | Kestrel Labs | 75.42 |\n| 2 | Hawk Omni | Hawk AI | 70.30 |\n")
    assert gate.admits(text, gate.recognizer.find_mentions(text, full=False))
