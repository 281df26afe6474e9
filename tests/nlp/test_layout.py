"""The layout stage: headings, items with their labels and numbers, prose, and tables of each layout."""

from extractor.nlp.layout import Layout, segment


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
