"""Sentence boundaries, and the raw-text stretches the article gate reads instead of sentences."""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.nlp.extensions import TEXT_KEY

from ..conftest import SHARED

ROOT = Path(__file__).resolve().parents[2]
PIECES = ["word", "Word", "ranked", "Nvidia", "co", "vs", "Jan", "e.g", "a", "I", "AI", "iPhone", ".", "!", "?",
          "\"", "\u201d", "\u201c", "\u2019", "'", ")", "]", "(", "\n", " ", "  ", "\t", "1", "12", "No", "Inc",
          "U.S", "Mr", "GPT-4o", "-", ",", "\u2026", "#", "3rd", "caf\u00e9", "x.com", "by", "and", "|", "*"]


def _doc(nlp, text):
    """Tokens, entities merged and sentences set: what the claim stage sees (it is not run)."""
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    nlp.get_pipe("extractor_entities")(doc)
    return nlp.get_pipe("extractor_sentences")(doc)


def _sentences(nlp, text):
    return [s.text.strip() for s in _doc(nlp, text).sents if s.text.strip()]


def test_line_breaks_and_stops_end_sentences_list_numbers_and_abbreviations_do_not(nlp):
    text = "Top models\n1. Claude Opus 4.6 leads. It is No. 1 at Acme Inc. today.\n2. GPT-5 \"ranked second.\" Then"
    assert _sentences(nlp, text) == ["Top models", "1. Claude Opus 4.6 leads.", "It is No. 1 at Acme Inc. today.",
                                     "2. GPT-5 \"ranked second.\"", "Then"]


def test_each_item_of_a_numbered_list_run_into_one_line_is_a_sentence_with_its_number(nlp):
    text = "Ranking: 1. Vega-2: 1372 (Elo) 2. Orion 2.0: 1368 3. Kite-3: 1364\nScored 3. Then more"
    assert _sentences(nlp, text) == ["Ranking:", "1. Vega-2: 1372 (Elo)", "2. Orion 2.0: 1368", "3. Kite-3: 1364",
                                     "Scored 3.", "Then more"]
    assert _stretch_misses(nlp, text) == []


def _stretch_misses(nlp, text):
    """Sentences some token of which gets a stretch that does not hold the whole sentence."""
    splitter = nlp.get_pipe("extractor_sentences")
    cuts = splitter.cuts(text)
    missed = []
    for sent in _doc(nlp, text).sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        first, last = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        for tok in tokens:
            lo, hi = splitter.stretch(cuts, tok.idx, tok.idx + len(tok.text), len(text))
            if not (lo <= first and last <= hi):
                missed.append((sent.text, text[lo:hi]))
    return missed


def test_a_stretch_holds_the_whole_sentence_on_real_texts(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    for name in ("dev.jsonl", "ordinary.jsonl"):
        path = SHARED / "eval" / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert [m for t in texts for m in _stretch_misses(nlp, t)] == []


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(["", " "])), max_size=30)
       .map(lambda parts: "".join(a + b for a, b in parts)))
def test_a_stretch_holds_the_whole_sentence_on_any_text(nlp, text):
    assert _stretch_misses(nlp, text) == []


def test_a_stretch_stops_at_plain_sentence_ends_only(nlp):
    splitter = nlp.get_pipe("extractor_sentences")
    text = "Sales rose. Nvidia Inc. ranked second. Jan. results came.\nNext line"
    cuts = splitter.cuts(text)
    start = text.index("Nvidia")
    lo, hi = splitter.stretch(cuts, start, start + len("Nvidia"), len(text))
    assert text[lo:hi].strip() == "Nvidia Inc. ranked second."
    start = text.index("results")
    assert text[slice(*splitter.stretch(cuts, start, start + 7, len(text)))].strip() == "Jan. results came."


def test_an_ellipsis_before_a_lower_case_word_or_a_number_is_a_pause(nlp):
    text = "Kite-2 ranks 11th and Vega-4 occupies\u2026 30th place! It was\u2026 surprising. Kite-2 leads\u2026 Vega-4 trails."
    assert _sentences(nlp, text) == ["Kite-2 ranks 11th and Vega-4 occupies\u2026 30th place!", "It was\u2026 surprising.",
                                     "Kite-2 leads\u2026", "Vega-4 trails."]


def test_a_link_after_a_cut_off_posts_ellipsis_starts_a_sentence(nlp):
    text = "Kite-2 has claimed the #1 spot with an impressive\u2026 https://t.co/abc123 August 1, 2024"
    assert _sentences(nlp, text)[0] == "Kite-2 has claimed the #1 spot with an impressive\u2026"


def test_a_dash_after_a_stop_opens_the_next_item_of_a_list_run_into_one_line(nlp):
    text = "Shares rose 6%. - The Kite-3 model ranks third on the board. - Its maker said more."
    assert _sentences(nlp, text) == ["Shares rose 6%.", "- The Kite-3 model ranks third on the board.",
                                     "- Its maker said more."]
    assert _sentences(nlp, "It won 3 - 1. - then it lost.") == ["It won 3 - 1. - then it lost."]  # no capital: no item


def test_a_line_that_ends_on_a_word_no_sentence_ends_on_goes_on_into_the_next(nlp):
    """Scraped pages break a sentence at each link: 'followed by' and a trailing 'and' or comma carry it on."""
    text = "Vega-7B leads with 88.1%, followed by\nOrion-13B at 85.0% and\nLyra-8B at 80.5%.\nProgress over time"
    assert _sentences(nlp, text) == ["Vega-7B leads with 88.1%, followed by\nOrion-13B at 85.0% and\nLyra-8B at 80.5%.",
                                     "Progress over time"]
    assert _stretch_misses(nlp, text) == []


def test_a_line_ending_on_and_before_a_list_item_a_row_or_a_blank_line_still_ends(nlp):
    text = "Top picks by\n- Vega-7B\nScores and\n| Orion-13B | 85.0 |\nSpeed and\n\nCost"
    assert _sentences(nlp, text) == ["Top picks by", "- Vega-7B", "Scores and", "| Orion-13B | 85.0 |", "Speed and",
                                     "Cost"]
    assert _stretch_misses(nlp, text) == []


def test_a_line_opening_on_a_mark_glued_to_a_word_still_ends_the_line_before(nlp):
    """Regression: 'vs\n-word' was one sentence by its tokens ('-word') but two by the raw-text cuts ('-')."""
    assert _sentences(nlp, "Vega-7B vs\n-word") == ["Vega-7B vs", "-word"]
    assert _stretch_misses(nlp, "vs\n-word") == []
