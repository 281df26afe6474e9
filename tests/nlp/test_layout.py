"""The layout stage: headings, items with their labels and numbers, prose, and tables of each layout."""

import pytest

from extractor.nlp.layout import Layout, segment, unwrapped


def _never_a_header(text: str) -> bool:
    return text.lower() in ("model", "score", "rank")


def test_blocks_with_offsets_headings_items_labels_and_a_table():
    text = ("## Results\n\nOur model does well.\n\n- SuperGPQA: Vega-7B scores 61.0.\n1. Lyra-9B leads.\n\n"
            "| Model | MMLU |\n|---|---|\n| Vega-7B | 61.2 |\n| Lyra-9B | 60.1 |\n")
    layout = segment(text, _never_a_header)
    kinds = [(b.kind, text[b.start:b.end][:12]) for b in layout.blocks]
    assert kinds == [("heading", "## Results"), ("prose", "Our model do"), ("item", "- SuperGPQA:"),
                     ("item", "1. Lyra-9B l"), ("table", "| Model | MM")]
    item = layout.blocks[2]
    assert text[item.label[0]:item.label[1]] == "SuperGPQA" and layout.blocks[3].number == 1
    assert [[c.text for c in row] for row in layout.tables[0].grid.rows] == [
        ["Model", "MMLU"], ["Vega-7B", "61.2"], ["Lyra-9B", "60.1"]]
    assert layout.in_table(text.index("61.2")) and not layout.in_table(text.index("61.0"))


def test_a_numbered_list_run_into_one_line_is_one_item_per_number():
    text = "Intro line here.\nRanking: 1. Vega-2: 1372 2. Orion 2.0: 1368 3. Kite-3: 1364\n"
    blocks = segment(text, _never_a_header).blocks
    assert [(b.kind, b.number, text[b.start:b.end]) for b in blocks] == [
        ("prose", None, "Intro line here."), ("prose", None, "Ranking: "), ("item", 1, "1. Vega-2: 1372"),
        ("item", 2, "2. Orion 2.0: 1368"), ("item", 3, "3. Kite-3: 1364")]
    assert [text[b.label[0]:b.label[1]] for b in blocks[2:]] == ["Vega-2", "Orion 2.0", "Kite-3"]


def test_layout_survives_the_doc_as_plain_data():
    text = "Intro line here\n\n| Model | MMLU |\n|---|---|\n| Vega-7B | 61.2 |\n| Lyra-9B | 60.1 |\n"
    layout = segment(text, _never_a_header)
    assert Layout.from_data(layout.to_data()) == layout


def test_prose_with_a_stray_pipe_is_no_table():
    text = "Tiger Woods, shown at the U.S. Open. (UPI Photo) | License Photo\n\nHe won again.\n"
    assert segment(text, _never_a_header).tables == []


def test_every_cell_points_into_the_text():
    text = "<table><tr><th>Model</th><th>MMLU</th></tr><tr><td><b>Vega-7B</b></td><td>61.2</td></tr>" \
           "<tr><td>Lyra-9B</td><td>60.1</td></tr></table>"
    for row in segment(text, _never_a_header).tables[0].grid.rows:
        for cell in row:
            assert text[cell.core[0]:cell.core[1]] == cell.text


def test_the_articles_first_line_set_apart_is_its_headline_however_long():
    text = "Kestrel-9 beats Vega-2 and Lyra-3 on the new code review benchmark from Zed\n\nchart\n\nBody text here.\n"
    assert [b.kind for b in segment(text, _never_a_header).blocks] == ["heading", "prose", "prose"]
    text = "Kestrel-9 beats Vega-2 today.\n\nchart\n\nBody text here.\n"  # a sentence, no headline
    assert segment(text, _never_a_header).blocks[0].kind == "prose"


WRAPPED = ("Vega-2 is the new open model from a small lab, and its scores on the usual tests\n"
           "have surprised many. On HumanEval it scores 84.9%, ahead of Lyra-3 (73.0%), and\n"
           "of the older GPT-4 Turbo, which the lab says it now beats by a clear margin on\n"
           "every coding test it ran.\n")


def test_hard_wrapped_prose_reads_as_one_run_with_every_offset_kept():
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED) and "\n" not in text.rstrip("\n")
    assert [i for i, ch in enumerate(WRAPPED) if ch != text[i]] == [i for i, ch in enumerate(WRAPPED[:-1]) if ch == "\n"]


@pytest.mark.parametrize("text", [
    # a headline over a standfirst, then a byline: lines of like length, no wrap width
    "Vega-2 beats GPT-4o on coding benchmarks, at a fraction of the training cost\n"
    "The lab says its new 70-billion-parameter model was trained for just US$5.6 million\n"
    "Why you can trust us\nPublished: 7:00pm, 27 Dec 2024\n",
    # a flattened table: header and rows of numbers
    "Model Hallucination Rate Factual Consistency Rate Answer Rate Summary Length\n"
    "Vega-2-Turbo 2.5 % 97.5 % 100.0 % 86.2 words and more words here to be long\n"
    "Lyra-3-Large 2.8 % 97.2 % 100.0 % 81.1 words and more words here to be long\n",
])
def test_lines_that_are_no_wrapped_prose_keep_their_breaks(text):
    assert unwrapped(text) == text


def test_a_numbered_title_over_bullet_items_is_a_heading():
    text = "1. Graduate Level Reasoning (GPQA)\n- Vega-2: 65.0%\n- Lyra-3: 59.1%\n2. Vega-2 leads the list.\n"
    kinds = [b.kind for b in segment(text, _never_a_header).blocks]
    assert kinds == ["heading", "item", "item", "item"]


def test_lines_under_a_top_n_lead_are_numbered_items_when_there_are_as_many_as_it_announces():
    text = "Top 3 models this week:\nVega-7B\nLyra-LM-7B\nOrion-4-Raven-14B\n\nOverview: the chart compiles many boards.\n"
    layout = segment(text, _never_a_header)
    assert [(b.kind, b.number, text[b.start:b.end]) for b in layout.blocks[1:4]] == [
        ("item", 1, "Vega-7B"), ("item", 2, "Lyra-LM-7B"), ("item", 3, "Orion-4-Raven-14B")]
    four = "Top 3 models this week:\nVega-7B\nLyra-LM-7B\nOrion-4-Raven-14B\nKappa-2\n"
    assert all(b.number is None for b in segment(four, _never_a_header).blocks)


def test_a_single_break_inside_a_sentence_before_a_lower_case_word_is_read_as_a_space():
    text = ("Acme says Quill-3.5 is the second-ranked model generally\n"
            "available through an API on MMLU, behind only Tern3-Max.\nIt ships today.")
    assert unwrapped(text) == text.replace("generally\n", "generally ", 1)
    # a short line, or one ending a clause, keeps its break
    assert unwrapped("Results\nare below.") == "Results\nare below."
    assert unwrapped("Acme says Quill-3.5 is the second-ranked model on MMLU.\nit ships today.") == \
        "Acme says Quill-3.5 is the second-ranked model on MMLU.\nit ships today."


def test_lines_opening_with_the_next_number_and_no_mark_are_a_numbered_list():
    text = "Intro line.\n\nRank Model Maker\n1 Kestrel-7B Acme MIT\n2 Orion-4 Zenith Apache 2.0\n3 Vega 2 Nova MIT\n\n2024 was busy.\n"
    blocks = segment(text, lambda w: False).blocks
    assert [(b.number, text[b.start:b.end]) for b in blocks if b.kind == "item"] == [
        (1, "1 Kestrel-7B Acme MIT"), (2, "2 Orion-4 Zenith Apache 2.0"), (3, "3 Vega 2 Nova MIT")]


def test_the_n_best_models_over_short_entries_numbers_them_even_when_the_list_stops_early():
    from extractor.pipeline import extract_claims
    from extractor.records import Article
    text = ("Here are the 10 best-performing models this month, according to the Arena:\n"
            "- Vega-3 Preview 0204: 1404 (Elo score)\n- Kite-2: 1398\n- Lyra-4: 1382\n\nMore next month.")
    got = [(c.subject.text, c.rank) for c in extract_claims(Article(id="t", text=text, source="t")) if c.kind == "rank"]
    assert got == [("Vega-3 Preview 0204", 1), ("Kite-2", 2), ("Lyra-4", 3)]


def test_bullet_items_whose_pipes_part_their_values_are_items_and_no_table():
    text = ("Side by side:\n- AIME 2024: Kite-3: 81.5% | Vega-4: 79.0%\n"
            "- GPQA Diamond: Kite-3: 70.5% | Vega-4: 68.2%\n")
    layout = segment(text, _never_a_header)
    assert not layout.tables
    assert [text[b.start:b.end].split(":")[0] for b in layout.blocks if b.kind == "item"] == ["- AIME 2024", "- GPQA Diamond"]


def test_hard_wrapped_prose_with_several_figures_a_line_is_unwrapped():
    lines = ["Acme shipped its new model this spring and the early numbers look strong for",
             "developers. On the KestrelCode benchmark, Vega-7B reaches 77.5%, well clear of",
             "Orion 3 Mini (61.0%) and just past both Orion 3 Max (76.2%) and Lyra 4 Turbo",
             "(75.8%). Early users say it writes cleaner code than any model they tried before",
             "and that it follows long instructions better than the older releases did too."]
    text = "\n".join(lines)
    assert unwrapped(text) == " ".join(lines)


def test_lines_of_figures_with_few_words_stay_lines():
    text = ("Results of the first round of the spring tests\n"
            "Vega-7B scores 61.2 58.0 44.1 and 70.3 on the four tasks we ran\n"
            "Orion 3 Mini scores 60.1 57.2 40.9 and 68.8 on the four tasks we ran\n"
            "Lyra 4 Turbo scores 59.5 55.0 41.2 and 66.1 on the four tasks we ran")
    assert unwrapped(text) == text
