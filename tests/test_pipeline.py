"""The pipeline: the article gate changes no output, the size cap keeps offsets valid, no matcher backtracks."""

import contextlib
import json
import signal
from pathlib import Path

import pytest

from extractor.knowledge import load_knowledge
from extractor.limits import cap_article
from extractor.nlp.entities import EntityRecognizer
from extractor.pipeline import extract_records
from extractor.prefilter import subject_gate
from extractor.records import Article

from .conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = [
    "Meta's Llama 3 70B ranked second on the Chatbot Arena leaderboard this week.",
    "Alibaba's Qwen2-72B-Instruct topped Hugging Face's Open LLM Leaderboard with an average score of 42.49.",
    "On MMLU, GPT-4o scored 88.7%, ahead of Claude 3 Opus.",
]
ORDINARY = [
    "Shares of the chipmaker rose 4% on Tuesday after it raised its outlook for the year.",
    "The phone ships in March at a starting price of $799, the company said.",
    "Regulators opened a review of the deal, which would combine two large storage makers.",
    "Apple said it would invest $2 billion in a new plant, creating about 900 positions.",
]


def news_texts(count: int) -> list[str]:
    """Deterministic short stories; every third one carries a claim sentence."""
    texts = []
    for n in range(count):
        body = [ORDINARY[(n + k) % len(ORDINARY)] for k in range(3)]
        if n % 3 == 0:
            body.insert(1, CLAIMS[n % len(CLAIMS)])
        texts.append(f"Story {n}\n\n" + " ".join(body))
    return texts


def _corpus() -> list[Article]:
    """Generated stories, the bundled samples and the shared evaluation texts where present."""
    texts = news_texts(60) + CLAIMS + ORDINARY
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "articles").glob("*.txt"))]
    for name in ("dev.jsonl", "ordinary.jsonl"):
        path = SHARED / "eval" / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [Article(id=f"t{n}", text=t, source="test") for n, t in enumerate(texts)]


def test_the_gate_changes_no_claim():
    articles = _corpus()
    gated = [[c.model_dump_json() for c in r.claims] for r in extract_records(articles)]
    full = [[c.model_dump_json() for c in r.claims] for r in extract_records(articles, gate=False)]
    assert gated == full
    assert sum(map(len, gated)) > 20


def test_the_gate_lets_every_known_name_through_and_turns_plain_news_away():
    kb = load_knowledge()
    gate = subject_gate()
    names = [n for f in kb.families for n in f.names] + [m.name for m in kb.models]
    names += [a for v in kb.vendors.values() for a in (v.name, *v.aliases)]
    assert [n for n in names if not gate(f"Yesterday {n}-2 ranked first, ahead of {n}.")] == []
    assert gate("abacusai/Smaug-72B-v0.1 leads.") and gate("Zephyr-7B-beta scored 7.3.")
    assert not any(gate(t) for t in ORDINARY[:3])
    assert not gate("Shares rose 3% on Tuesday. The 5 best laptops of 2024, ranked.")


def test_the_gate_passes_every_article_with_a_sentence_the_claim_stage_reads(nlp):
    """Stronger than 'no claim changes': no candidate sentence of the full pipeline is ever gated away."""
    gate = subject_gate()
    missed = [a.text[:80] for a in _corpus() if nlp(a.text)._.candidates and not gate(a.text)]
    assert missed == []


def test_the_gate_turns_away_vendor_news_without_rank_or_comparison_words():
    gate = subject_gate()
    assert not gate("Nvidia reported quarterly revenue of $40.4 billion, up 29% from a year earlier.")
    assert gate("Microsoft's LLM ranked sixth on the list.")
    assert gate("Models from Alibaba and Baidu outperformed their rivals.")


def test_the_gate_wants_the_vendor_and_the_rank_word_in_one_sentence():
    gate = subject_gate()
    assert not gate("Nvidia reported revenue of $40.4 billion. The second half looked better.")
    assert not gate("Nvidia reported record revenue.\nIts shares ranked first in the index.")
    assert gate("Revenue rose. Analysts said Nvidia ranked second on the list.")
    assert gate("Revenue rose at Nvidia Inc. ranked second by sales, it said.")  # 'Inc.' ends no sentence


def test_the_gate_reads_rank_words_as_whole_words_in_any_case():
    gate = subject_gate()
    assert gate("Nvidia FIRST again.") and gate("Nvidia is #2.") and gate("Nvidia came 21st.")
    assert not gate("Nvidia said firstly that its laptop sales rose.")  # 'first' only inside a word
    assert gate("\u0130stanbul: Nvidia ranked second.")  # lower-casing '\u0130' adds a character


def test_the_gate_passes_a_weak_name_its_own_words_vouch_for():
    gate = subject_gate()
    assert gate("LLM news. The Tern 4 model scores 44.4% on HLE.")
    assert gate("LLM news. Zhipu Tern 4 scores 44.4% on HLE.")
    assert not gate("Laptop news. The Galaxy 4 model sold 2 million units.")  # not about AI models


def _article(text: str) -> Article:
    return Article(id="a", text=text, source="test")


def test_the_size_cap_cuts_at_a_sentence_boundary():
    text = "GPT-4o ranked first on Chatbot Arena. " + "The rest is filler text here. " * 100
    cut, before = cap_article(_article(text), 200)
    assert before == len(text)
    assert len(cut.text) <= 200 and cut.text.endswith("here.") and text.startswith(cut.text)
    assert cap_article(_article(text), None) == (_article(text), None)
    assert cap_article(_article("Short."), 200)[1] is None


def test_without_a_sentence_end_the_cap_cuts_at_a_space_or_exactly():
    assert cap_article(_article("word " * 100), 52)[0].text == "word " * 9 + "word"
    assert cap_article(_article("x" * 100), 30)[0].text == "x" * 30


def test_claims_of_a_cut_article_point_into_the_cut_text():
    text = CLAIMS[1] + " " + ". ".join(["Revenue rose 5% in the quarter"] * 200) + ". " + CLAIMS[0]
    [result] = extract_records([_article(text)], max_chars=500)
    assert result.cut_from == len(text) and len(result.record.text) <= 500
    assert result.claims
    for claim in result.claims:
        assert result.record.text[claim.evidence.start:claim.evidence.end] == claim.evidence.text


class Hang(Exception):
    pass


@contextlib.contextmanager
def guard(seconds: int):
    """Fail instead of hanging: a catastrophic regex would never return."""
    def alarm(signum, frame):
        raise Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


ADVERSARIAL = ["Qwen-", "Qwen2-", "Qwen ", "Qwen/Qwen2-", "GPT-4-", "-4", "o1-", "a/", "x/", "1.", "1.1-", "v1.1.",
               "-", "1", "-1", "1x1x", "8x22B-", "Zephyr-7B-", "Abc_7B_", "Abc-1.1.1-", "2024-01-01-", "-Instruct",
               "Qwen2.5-72B-Instruct-", "Claude 3.5 Sonnet ", "Llama 3 70B ", "| 1 ", ". ", " \t \n", "  \n\n\t ",
               "(((", "#1 #1 ", "1st 2nd ", "\u2011Qwen\u2011"]


@pytest.mark.parametrize("unit", ADVERSARIAL)
def test_no_string_makes_the_matchers_backtrack(unit):
    """The name grammar, the gate and the size cap over 100k characters of a repeated piece."""
    text = "GPT-4o " + unit * (100_000 // len(unit))
    recognizer = EntityRecognizer(load_knowledge())
    with guard(20):
        recognizer.find_mentions(text)
        subject_gate()(text)
        cap_article(_article(text), 50_000)


def test_no_break_spaces_in_names_and_units_read_as_spaces_offsets_into_the_original():
    text = "Claude\u00a03.5\u00a0Sonnet scored 88.7\u00a0% on MMLU."
    [result] = extract_records([Article(id="nbsp", text=text, source="test")])
    [claim] = result.claims
    assert (claim.subject.text, claim.score.value, claim.score.unit) == ("Claude 3.5 Sonnet", 88.7, "%")
    assert text[claim.subject.span.start:claim.subject.span.end] == claim.subject.span.text == "Claude\u00a03.5\u00a0Sonnet"
    assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text


def test_an_en_dash_typeset_in_a_name_reads_as_its_hyphen_and_a_range_keeps_its_dash():
    text = "Kestrel-7B outperforms Llama2\u201313B on every metric. It scored 10\u201320% on MMLU."
    [result] = extract_records([Article(id="dash", text=text, source="test")])
    [claim] = result.claims
    [target] = claim.objects
    assert (claim.kind, claim.subject.text, target.text) == ("comparison", "Kestrel-7B", "Llama2-13B")
    assert text[target.span.start:target.span.end] == target.span.text == "Llama2\u201313B"


def test_a_no_break_hyphen_in_names_and_words_reads_as_a_hyphen_and_spans_keep_it():
    text = "Vega\u20113\u201170B tops Kite\u20112\u201113B on the Open LLM Leaderboard. Qwen\u20112 Tops Global Open\u2011Source Leaderboards."
    [result] = extract_records([Article(id="nbhy", text=text, source="test")])
    got = sorted((c.kind, c.subject.text, c.benchmark.id) for c in result.claims)
    assert got == [("comparison", "Vega-3-70B", "open-llm-leaderboard"), ("rank", "Qwen-2", "open-llm-leaderboard")]
    for c in result.claims:  # ('Open-Source Leaderboards' names several boards, none of them)
        assert text[c.subject.span.start:c.subject.span.end] == c.subject.span.text


def test_inline_markup_tags_are_read_through_and_every_offset_is_in_the_article_s_own_text():
    text = ('- <a href="https://example.org/1">Kestrel-7B achieves 72.2% on MMMU, surpassing Orion-4\'s 69.1% '
            'and <b>Lyra-LM-7B</b>\'s 68.3%</a>')
    [result] = extract_records([Article(id="tags", text=text, source="test")])
    got = {(c.kind, c.subject.text, c.score.value if c.score else tuple(o.text for o in c.objects)) for c in result.claims}
    assert got == {("comparison", "Kestrel-7B", ("Orion-4", "Lyra-LM-7B")), ("score", "Kestrel-7B", 72.2),
                   ("score", "Orion-4", 69.1), ("score", "Lyra-LM-7B", 68.3)}
    for c in result.claims:
        assert text[c.subject.span.start:c.subject.span.end] == c.subject.span.text
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
    # a footnote mark in superscript goes with its tags: no number of its own
    text = "Kestrel-7B scored 88.7<sup>1</sup> on <b>MMLU</b>, ahead of Orion-4."
    [result] = extract_records([Article(id="sup", text=text, source="test")])
    assert {(c.kind, c.subject.text, c.score.value if c.score else None) for c in result.claims} == {
        ("score", "Kestrel-7B", 88.7), ("comparison", "Kestrel-7B", None)}


def test_markdown_escapes_are_read_through_and_every_offset_is_in_the_article_s_own_text():
    text = "On LiveBench, Orion\\-4\\-Raven\\-14B scored 61\\.0, ahead of Nova\\-instant\\-v1\\."
    [result] = extract_records([Article(id="esc", text=text, source="t")])
    got = {(c.kind, c.subject.text, c.score.value if c.score else None) for c in result.claims}
    assert got == {("score", "Orion-4-Raven-14B", 61.0), ("comparison", "Orion-4-Raven-14B", None)}
    for c in result.claims:
        for span in (c.evidence, c.subject.span, c.value_span, *(o.span for o in c.objects)):
            if span is not None:
                assert text[span.start:span.end] == span.text
    comparison = next(c for c in result.claims if c.kind == "comparison")
    assert comparison.objects[0].span.text == "Nova\\-instant\\-v1"


def test_unescaped_keeps_an_escaped_backslash_and_leaves_other_backslashes():
    from extractor.pipeline import unescaped
    assert unescaped("plain") == ("plain", None)
    assert unescaped("C:\\Users")[0] == "C:\\Users"
    text, origin = unescaped("a \\\\- b\\.")
    assert text == "a \\- b."
    assert [("a \\\\- b\\.")[k] for k in origin[:-1]] == list(text) and origin[-1] == len("a \\\\- b\\.")


def test_a_thousands_group_set_off_by_a_space_is_one_number_but_names_and_table_cells_stay_apart():
    from extractor.pipeline import unescaped
    text = "- Vega-3 Preview: 1 398\nan Elo of 1 382, ahead of Llama 3 405B\n| Kite | 1 100 |\nVega 7B 8 100\n"
    plain, origin = unescaped(text)
    assert plain == "- Vega-3 Preview: 1398\nan Elo of 1382, ahead of Llama 3 405B\n| Kite | 1 100 |\nVega 7B 8 100\n"
    assert [text[k] for k in origin[:-1]] == list(plain)
    from extractor.pipeline import extract_claims
    from extractor.records import Article
    claims = extract_claims(Article(id="t", text="On the Chatbot Arena:\n- Vega-3 Preview: 1 398\n", source="t"))
    assert [(c.subject.text, c.score.value, c.evidence.text) for c in claims] == [
        ("Vega-3 Preview", 1398.0, "- Vega-3 Preview: 1 398")]


def test_bold_inside_a_line_of_prose_is_read_through_but_labels_headings_and_table_rows_keep_theirs():
    from extractor.pipeline import unescaped
    text = "**Title**\n- **Label**: noted the **27B model ranking 9th**.\n| **Vega-7B** | 61.0 |\n"
    plain, origin = unescaped(text)
    assert plain == "**Title**\n- **Label**: noted the 27B model ranking 9th.\n| **Vega-7B** | 61.0 |\n"
    assert [text[k] for k in origin[:-1]] == list(plain)


def test_a_rank_stated_in_bold_inside_a_sentence_is_read():
    text = "Reviewers noted **Orion-4-Raven-14B ranking 9th on LiveBench, ahead of Nova-instant-v1**."
    [result] = extract_records([Article(id="bold", text=text, source="t")])
    assert {(c.kind, c.subject.text, c.rank) for c in result.claims} == {
        ("rank", "Orion-4-Raven-14B", 9), ("comparison", "Orion-4-Raven-14B", None)}
    assert all(text[c.evidence.start:c.evidence.end] == c.evidence.text for c in result.claims)


def test_the_gate_passes_a_weak_name_a_cue_before_it_confirms():
    gate = subject_gate()
    assert gate("LLM news. The update toppled Tern 2.0 Flash.")
    assert not gate("Phone news. The update toppled Galaxy 2.0 Flash sales.")  # not about AI models


@pytest.mark.parametrize("glyph", ["\u27a4", "\u25b6", "\u2192", "\u2714", "\u25a0"])
def test_a_glyph_that_bullets_a_line_reads_as_a_bullet_at_the_same_offsets(glyph):
    from extractor.pipeline import plain_spaces
    text = f"Results:\n{glyph} Vega-2: 58\n  {glyph} Kite-3: 61\nA {glyph} B"
    assert plain_spaces(text) == "Results:\n\u2022 Vega-2: 58\n  \u2022 Kite-3: 61\nA " + glyph + " B"
