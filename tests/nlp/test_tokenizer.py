"""The tokenizer of the pipeline (``extractor.nlp.new_pipeline``): spaCy's English one, with the splits
that scores and labels need."""

import pytest

from extractor.nlp import build_pipeline


@pytest.fixture(scope="module")
def tokens():
    nlp = build_pipeline()
    return lambda text: [t.text for t in nlp.make_doc(text)]


def test_a_score_glued_to_its_benchmark_or_a_reference_mark_is_split_off(tokens):
    assert tokens("HLE=44.4") == ["HLE", "=", "44.4"]
    assert tokens("1483.[1][2]") == ["1483", ".", "[1]", "[2]"]


def test_a_closing_bracket_before_a_label_colon_is_punctuation_not_an_emoticon(tokens):
    assert tokens("- Kite-3 (Acme): 68.25") == ["-", "Kite-3", "(", "Acme", ")", ":", "68.25"]
    assert tokens("MMLU (EM): 70") == ["MMLU", "(", "EM", ")", ":", "70"]


def test_a_chinese_unit_glued_to_a_figure_and_a_colon_after_a_bracket_are_split_off(tokens):
    assert tokens("- Kite-3 (Acme):68.25分") == ["-", "Kite-3", "(", "Acme", ")", ":", "68.25", "分"]


def test_a_figure_glued_to_a_name_by_a_colon_is_split_off_and_a_time_stays_whole(tokens):
    assert tokens("- Vega-7B:1398 (Elo score)") == ["-", "Vega-7B", ":", "1398", "(", "Elo", "score", ")"]
    assert tokens("- Vega Preview 0117:1398") == ["-", "Vega", "Preview", "0117", ":", "1398"]
    assert tokens("at 10:30 today") == ["at", "10:30", "today"]
