"""The name grammar's scan: one Aho-Corasick pass tells where each pattern may match."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.knowledge import load_knowledge
from extractor.nlp.grammar import build_grammar, matches_at

from ..conftest import DEV

GRAMMAR = build_grammar(load_knowledge())
SCANNED = {"model": GRAMMAR.model, "named_model": GRAMMAR.named_model, "vendor": GRAMMAR.vendor,
           "benchmark": GRAMMAR.benchmark}
# Pieces that make names, near-names and the boundaries between them.
PIECES = ["GPT", "-4o", "Qwen", "2", "-72B", "-Instruct", "Claude", " 3.5", " Sonnet", "Llama", " 3", " 70B",
          "Meta", "Alibaba", "OpenAI", "MMLU", "Arena", "Chatbot Arena", "Hugging Face", "Open LLM Leaderboard",
          "o1", "phi", "graphics", "Zephyr", "-7B", "\u2011", "/", "'s", " ", "  ", ".", ",", "3", "x", "\n", "é"]


def _spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


def _scanned_spans(kind, text):
    return [m.span() for m in matches_at(SCANNED[kind], text, GRAMMAR.scanner.starts(text)[kind])]


def test_the_scan_finds_what_each_pattern_finds_on_real_texts():
    texts = ["Alibaba's Qwen2\u201172B-Instruct beat GPT-4o and Claude 3.5 Sonnet on MMLU, Meta's Llama 3 70B "
             "trailed on Chatbot Arena; o1-preview and Phi-3-mini sat on the Open LLM Leaderboard."]
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    for text in texts:
        for kind, pattern in SCANNED.items():
            assert _scanned_spans(kind, text) == _spans(pattern, text), kind


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_the_scan_finds_what_each_pattern_finds_on_any_text(text):
    for kind, pattern in SCANNED.items():
        assert _scanned_spans(kind, text) == _spans(pattern, text), kind


def test_a_language_word_before_a_size_ends_a_name_and_starts_none():
    assert [m.group() for m in GRAMMAR.unknown_models("Vega Japanese 7B leads; Arabic 34B is a size.")] == [
        "Vega Japanese 7B"]
    assert [m.group() for m in GRAMMAR.model.finditer("Falcon-H1 Arabic 34B leads.")] == ["Falcon-H1 Arabic 34B"]


def test_a_version_code_ending_in_a_capital_r_stays_in_the_name_with_its_size():
    assert [m.group() for m in GRAMMAR.model.finditer("TII released Falcon-H1R 7B on Monday.")] == ["Falcon-H1R 7B"]
    assert [m.group() for m in GRAMMAR.unknown_models("Acme released Kite-X2R 7B on Monday.")] == ["Kite-X2R 7B"]


def test_unknown_names_are_found_around_sizes_only():
    found = [m.group() for m in GRAMMAR.unknown_models("Zephyr-7B-beta and Smaug 72B led; Apple's 3Bn deal.")]
    assert found == ["Zephyr-7B-beta", "Smaug 72B"]
    assert GRAMMAR.unknown_models("Revenue was 7Bn; 7 B is not a size.") == []
