"""Tables in every layout and orientation give one score claim per cell (tables written for these tests)."""

import pytest

from extractor.nlp.tables.interpret import parse_number
from extractor.pipeline import extract_claims
from extractor.records import Article


def scores(text: str) -> set[tuple]:
    """(subject, benchmark id, value) of every score claim; every offset is checked on the way."""
    found = set()
    for c in extract_claims(Article(id="t", text=text, source="test")):
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert text[c.subject.span.start:c.subject.span.end] == c.subject.span.text
        if c.kind == "score":
            assert text[c.score.span.start:c.score.span.end] == c.score.span.text
            found.add((c.subject.text, c.benchmark.id, c.score.value))
    return found


def ranks(text: str) -> set[tuple]:
    return {(c.subject.text, c.benchmark.id, c.rank) for c in extract_claims(Article(id="t", text=text, source="t"))
            if c.kind == "rank"}


MODELS_ACROSS = {("Vega-7B-Chat", "mmlu", 61.2), ("Lyra-LM-7B-alpha", "mmlu", 58.0), ("Vega-7B-Chat", "gpqa", 30.1),
                 ("Lyra-LM-7B-alpha", "gpqa", 28.4)}


def test_models_across_benchmarks_down_with_a_section_row_and_metrics_in_the_labels():
    text = ("| Benchmark | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|\n| English Benchmarks | | |\n"
            "| MMLU (0-shot, CoT) | 61.2 | 58.0 |\n| GPQA | 30.1 | 28.4 |\n")
    assert scores(text) == MODELS_ACROSS


def test_models_down_benchmarks_across():
    text = "| Model | MMLU | GPQA |\n|---|---|---|\n| Vega-7B-Chat | 61.2 | 30.1 |\n| Lyra-LM-7B-alpha | 58.0 | 28.4 |\n"
    assert scores(text) == MODELS_ACROSS


def test_a_repeated_header_row_between_groups_is_no_data():
    text = ("| Benchmark | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|\n| MMLU | 61.2 | 58.0 |\n"
            "| Benchmark | Vega-7B-Chat | Lyra-LM-7B-alpha |\n| GPQA | 30.1 | 28.4 |\n")
    assert scores(text) == MODELS_ACROSS


def test_rows_that_are_no_scores_are_skipped_and_a_category_column_is_no_benchmark():
    text = ("| | Benchmark (Metric) | # Shots | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|---|---|\n"
            "| | Architecture | - | MoE | Dense |\n| | # Activated Params | - | 7B | 7B |\n"
            "| English | MMLU (Acc.) | 5-shot | 61.2 | 58.0 |\n| Science | GPQA (Pass@1) | 0-shot | 30.1 | 28.4 |\n")
    assert scores(text) == MODELS_ACROSS


def test_whitespace_aligned_and_tab_separated_columns():
    aligned = "Model              MMLU    GPQA\nVega-7B-Chat       61.2    30.1\nLyra-LM-7B-alpha   58.0    28.4\n"
    assert scores(aligned) == MODELS_ACROSS
    assert scores(aligned.replace("    ", "\t").replace("   ", "\t").replace("       ", "\t")) == MODELS_ACROSS


def test_a_table_flattened_onto_one_line():
    text = ("The results:\n| Model | MMLU | GPQA | |---|---|---| | Vega-7B-Chat | 61.2 | 30.1 | "
            "| Lyra-LM-7B-alpha | 58.0 | 28.4 |\nMore text.")
    assert scores(text) == MODELS_ACROSS


def test_a_table_with_one_cell_per_line():
    text = "Scores this month\n\nModel\n\nMMLU\n\nGPQA\n\nVega-7B-Chat\n\n61.2\n\n30.1\n\nLyra-LM-7B-alpha\n\n58.0\n\n28.4\n\nThat is all."
    assert scores(text) == MODELS_ACROSS


def test_a_table_one_cell_per_line_with_models_across_section_lines_and_rows_of_words():
    text = ("Evaluation of the chat models:\nCategory\nBenchmark (Metric)\nVega-7B-Chat\nLyra-LM-7B-alpha\n"
            "Architecture\nDense\nMoE\n# Params\n7B\n-\nKnowledge\nMMLU (EM)\n61.2\n58.0\nGPQA (Pass@1)\n30.1\n"
            "28.4\nMath\nKestrelMath (Acc.)\n-\n44.5\n")
    assert scores(text) == MODELS_ACROSS | {("Lyra-LM-7B-alpha", "kestrelmath", 44.5)}


def test_a_second_table_one_cell_per_line_after_one_no_reader_takes():
    text = ("Notes on the runs\nTemperature\n0.6\nTop-p\n0.95\nSamples\n64\n"
            "Model\nMMLU\nGPQA\nVega-7B-Chat\n61.2\n30.1\nLyra-LM-7B-alpha\n58.0\n28.4\n")
    assert scores(text) == MODELS_ACROSS


@pytest.mark.parametrize("table", [
    "model | MMLU | GPQA\n--------------+------+-----\nVega-7B-Chat | 61.2 | 30.1\nLyra-LM-7B-alpha | 58.0 | 28.4\n",
    "+------------------+------+------+\n| model            | MMLU | GPQA |\n+------------------+------+------+\n"
    "| Vega-7B-Chat     | 61.2 | 30.1 |\n| Lyra-LM-7B-alpha | 58.0 | 28.4 |\n+------------------+------+------+\n"])
def test_a_table_as_a_database_or_a_terminal_prints_it(table):
    assert scores("Query output:\n\n" + table + "\nThat is all.") == MODELS_ACROSS


_PARTS_TABLE = ("| Models | Arith | Primary | Avg. |\n|---|---|---|---|\n| Vega-7B-Chat | 72.7 | 72.3 | 41.0 |\n"
                "| Lyra-LM-7B-alpha | 61.7 | 80.0 | 51.3 |\n")


@pytest.mark.parametrize("caption", ["**KestrelMath-A** shows how the models do on applied problems",
                                     "KestrelMath-A shows how the models do on applied problems."])
def test_a_line_opening_on_a_test_s_name_right_above_a_table_names_its_benchmark(caption):
    got = scores(f"Our results follow.\n\n{caption}\n\n{_PARTS_TABLE}")
    assert ("Vega-7B-Chat", "kestrelmath-a", 72.7) in got and ("Lyra-LM-7B-alpha", "kestrelmath-a", 51.3) in got


def test_a_line_opening_on_a_system_that_scores_names_no_benchmark_above_a_table():
    got = scores(f"Our results follow.\n\nVegaLoop can reach results close to the best.\n\n{_PARTS_TABLE}")
    assert not any(bench == "vegaloop" for _, bench, _ in got)


def test_cells_of_problems_solved_out_of_a_total_give_the_count_solved():
    text = ("| | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|\n| MMLU | 61.2 | 58.0 |\n"
            "| KestrelOlymp 2025 | 7/25 | **12/25** |\n| KestrelOlymp 2026 | 3/30 | 5/30 |\n"
            "| VeraContest | 7/50 | 9/50 |\n")
    claims = [c for c in extract_claims(Article(id="t", text=text, source="t")) if c.kind == "score"]
    got = {(c.subject.text, c.benchmark.id, c.score.value, c.score.metric) for c in claims}
    assert ("Vega-7B-Chat", "mmlu", 61.2, None) in got and ("Lyra-LM-7B-alpha", "mmlu", 58.0, None) in got
    assert ("Lyra-LM-7B-alpha", "kestrelolymp", 12.0, "2025, out of 25") in got
    assert ("Vega-7B-Chat", "veracontest", 7.0, "out of 50") in got
    assert all(text[c.score.span.start:c.score.span.end] == c.score.span.text for c in claims)


def test_a_board_whose_header_has_page_text_run_into_it_and_a_names_column_of_either_word():
    text = ("KestrelDesk leaderboard\n\nAbout the scope| Rank | System / Submission | Score | Organization | Notes |\n"
            "|---|---|---|---|---|---|\n| 1 | Vega-7B New | 79.6% | Acme | Reported by its maker. |\n"
            "| 2 | Orion-13B | 76.3% | Orion Labs | Checked by the board. |\n| 3 | Lyra-8B New | 70.1% |\n")
    assert scores(text) == {("Vega-7B", "kestreldesk", 79.6), ("Orion-13B", "kestreldesk", 76.3),
                            ("Lyra-8B", "kestreldesk", 70.1)}
    assert ranks(text) == {("Vega-7B", "kestreldesk", 1), ("Orion-13B", "kestreldesk", 2), ("Lyra-8B", "kestreldesk", 3)}


def test_rows_of_a_group_written_once_that_keep_the_width_with_an_empty_cell_at_their_end():
    text = ("| Benchmark | Setting | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|---|\n"
            "| MMLU | no tools | 61.2 | 58.0 |\n| with tools | 66.0 | 62.5 | |\n"
            "| GPQA | no tools | 30.1 | 28.4 |\n| with tools | 35.5 | 31.0 | |\n")
    assert scores(text) == MODELS_ACROSS | {("Vega-7B-Chat", "mmlu", 66.0), ("Lyra-LM-7B-alpha", "mmlu", 62.5),
                                            ("Vega-7B-Chat", "gpqa", 35.5), ("Lyra-LM-7B-alpha", "gpqa", 31.0)}


def test_a_benchmark_readme_s_own_board_of_averages_under_a_plain_heading():
    text = ("# KestrelVid\n\nWe introduce KestrelVid: the first benchmark for long video understanding.\n\n"
            "## Mini-Leaderboard\n\n| Model | Input | M-Avg | G-Avg |\n| --- | --- | --- | --- |\n"
            "| Full mark | - | 100 | 10 |\n| Vega-7B-Chat | 0.5 fps | 64.6 | 5.80 |\n"
            "| Lyra-LM-7B-alpha | 96 frm | 60.2 | 4.11 |\n")
    assert scores(text) == {("Vega-7B-Chat", "kestrelvid", 64.6), ("Vega-7B-Chat", "kestrelvid", 5.8),
                            ("Lyra-LM-7B-alpha", "kestrelvid", 60.2), ("Lyra-LM-7B-alpha", "kestrelvid", 4.11)}


def test_a_table_of_category_leaders_ranks_each_leader_first_in_its_row_s_category():
    text = ("Arena leaders by category\n\n| Category | Leader | Provider | Score | Votes | Best value |\n"
            "|---|---|---|---|---|---|\n| Text | Vega-7B | Acme | 1502 | 800K+ | Kite-3 ($0.20) |\n"
            "| Code | Orion-13B | Orion Labs | 1548 | 210K+ | Kite-3 ($0.20) |\n"
            "| Vision | Lyra-8B | 1290 | 716K+ | Kite-2 ($0.50) | |\n")
    assert ranks(text) == {("Vega-7B", "chatbot-arena", 1), ("Orion-13B", "chatbot-arena", 1),
                           ("Lyra-8B", "chatbot-arena", 1)}
    scopes = {c.subject.text: c.scope for c in extract_claims(Article(id="t", text=text, source="t")) if c.kind == "rank"}
    assert scopes == {"Vega-7B": "Text", "Orion-13B": "Code", "Lyra-8B": "Vision"}


def test_an_html_table_with_spans_in_its_header():
    text = ("<table><thead><tr><th rowspan='2'>Datasets</th><th colspan='2'>Open models</th></tr>"
            "<tr><th>Vega-7B-Chat</th><th>Lyra-LM-7B-alpha</th></tr></thead><tbody>"
            "<tr><td colspan='3'><i>Knowledge</i></td></tr>"
            "<tr><td>MMLU</td><td><b>61.2</b></td><td>58.0</td></tr><tr><td>GPQA</td><td>30.1</td><td>28.4</td></tr>"
            "</tbody></table>")
    assert scores(text) == MODELS_ACROSS


def test_a_family_name_spanning_its_sizes_in_a_two_row_header():
    text = "| Datasets | Vega2.5 | | Lyra-3 |\n| | 0.5B | 1.5B | 4B |\n|---|---|---|---|\n| MMLU | 47.5 | 60.9 | 70.1 |\n"
    assert scores(text) == {("Vega2.5 0.5B", "mmlu", 47.5), ("Vega2.5 1.5B", "mmlu", 60.9), ("Lyra-3 4B", "mmlu", 70.1)}


def test_a_header_cell_spanning_two_rows_written_once_leaves_the_row_under_it_shifted_left():
    text = ("Results\nModel | ||\n---|---|---|\nKestrelQA Dev | KestrelQA Test | |\nVega-7B (Acme 7B) | 68.51 | 68.53 |\n"
            "Orion-13B | 54.04 | \u2013 |\nLyra-8B | 46.35 | 54.89 |\n")
    assert scores(text) == {("Vega-7B", "kestrelqa", 68.51), ("Vega-7B", "kestrelqa", 68.53),
                            ("Orion-13B", "kestrelqa", 54.04), ("Lyra-8B", "kestrelqa", 46.35),
                            ("Lyra-8B", "kestrelqa", 54.89)}


def test_a_ranking_by_one_score_on_a_page_about_one_suite_opening_on_a_plain_compound_is_on_that_suite():
    text = ("Twelve-dimension benchmark covering motion quality.\n"
            "ZBench splits video generation into the parts viewers notice.\n"
            "For each part, ZBench uses its own scoring method.\n"
            "| # | Model | Lab | Source | Score |\n|---|---|---|---|---|\n"
            "| 01 | Vega-7B | Acme | Open | 86.2 |\n| 02 | Orion-13B | Beta AI | Open | 77.4 |\n")
    assert scores(text) == {("Vega-7B", "zbench", 86.2), ("Orion-13B", "zbench", 77.4)}
    assert ranks(text) == {("Vega-7B", "zbench", 1), ("Orion-13B", "zbench", 2)}


def test_a_table_inside_an_html_comment_keeps_its_columns_and_an_architecture_column_names_no_model():
    text = ("Results below:\n\n<!-- | 模型名称 | 模型结构 | C-Eval<br>(中文) | CMMLU<br>(中文) |\n|---|---|---|---|\n"
            "| acme/Vega-13B-Chat v2 | Baichuan| 56.13 | 58.50 |\n| beta/Orion-13B | LLaMA | 49.78 | 51.28 | -->\n")
    assert scores(text) == {("acme/Vega-13B-Chat v2", "c-eval", 56.13), ("acme/Vega-13B-Chat v2", "cmmlu", 58.5),
                            ("beta/Orion-13B", "c-eval", 49.78), ("beta/Orion-13B", "cmmlu", 51.28)}


def test_a_framed_row_whose_cells_break_over_lines_goes_on_until_its_pipes_add_up_to_the_header_s():
    text = ("KestrelChess board\n| # | Player | Rating | Games | W/D/L |\n|---|---|---|---|---|\n"
            "| 1 |\nVega-7B\nExpensive\n|\n1469 | 6 |\n67%\n17%\n|\n| 2 |\nOrion-13B |\n1440 | 6 |\n67%\n17%\n|\n"
            "| 3 |\nLyra-8B\n|\n1429 | 3 |\n67%\n0%\n|\n")
    assert {(s, v) for s, _, v in scores(text)} == {("Vega-7B", 1469.0), ("Orion-13B", 1440.0), ("Lyra-8B", 1429.0)}
    assert {(s, r) for s, _, r in ranks(text)} == {("Vega-7B", 1), ("Orion-13B", 2), ("Lyra-8B", 3)}


def test_a_header_and_rows_whose_cells_break_over_lines_are_as_wide_as_the_separator_row():
    text = ("Kestrel results\n\n| Benchmark | Vega-7B\n(base) | Orion-13B\n(chat) |\n|---|---|---|\n"
            "| KestrelQA | 56.1 | 60.1 |\n| KestrelMath | 40.2\n(maj@8) | 44.0 |\n")
    assert scores(text) == {("Vega-7B", "kestrelqa", 56.1), ("Orion-13B", "kestrelqa", 60.1),
                            ("Vega-7B", "kestrelmath", 40.2), ("Orion-13B", "kestrelmath", 44.0)}


def test_a_short_framed_row_over_a_full_one_stays_a_row_of_its_own():
    text = ("Kestrel results\n| Model | KestrelQA | KestrelMath |\n|---|---|---|\n| **Open models** |\n"
            "| Vega-7B | 61.2 | 40.3 |\n| Orion-13B | 58.0 | 38.1 |\n")
    assert {(s, v) for s, _, v in scores(text)} == {("Vega-7B", 61.2), ("Vega-7B", 40.3), ("Orion-13B", 58.0),
                                                   ("Orion-13B", 38.1)}


def test_a_column_numbering_the_rows_beside_a_column_of_ranks_gives_no_rank():
    text = ("Kestrel board\n\nThe widest ranges.\n| # | 模型 | 评分 | 排名 | 跨度 |\n|---|---|---|---|---|\n"
            "| 1 | Vega-7B | 93.3 | 3 | ±4 |\n| 2 | Orion-13B | 92.7 | 4 | ±4 |\n| 3 | Lyra-8B | 92.1 | 6 | ±4 |\n")
    assert {(s, r) for s, _, r in ranks(text)} == {("Vega-7B", 3), ("Orion-13B", 4), ("Lyra-8B", 6)}
    assert {(s, b, v) for s, b, v in scores(text)} == {("Vega-7B", None, 93.3), ("Orion-13B", None, 92.7),
                                                      ("Lyra-8B", None, 92.1)}


def test_a_page_titled_with_a_benchmark_s_name_alone_ranks_by_it_not_by_a_board_named_further_down():
    text = ("IFEval\nMetrics\nStrict accuracy\nTop Model Scores\n| Rank | Model | Score |\n|---|---|---|\n"
            "| 1 | Vega-7B | 84.1% |\n| 2 | Orion-13B | 80.0% |\nRelated benchmarks\nWildBench\n"
            "WildBench puts hard requests from real users to the models.\n")
    assert ranks(text) == {("Vega-7B", "ifeval", 1), ("Orion-13B", "ifeval", 2)}


def test_columns_headed_by_ways_of_scoring_joined_by_a_hyphen_name_no_benchmark_of_their_own():
    text = ("Leaderboard\n\n| Model | Accuracy | F1-Score | Elo-Score |\n|---|---|---|---|\n"
            "| Vega-7B | 0.949 | 0.952 | 1671 |\n| Orion-13B | 0.947 | 0.949 | 1647 |\n")
    assert {b for _, b, _ in scores(text)} == {None}


def test_a_leaderboard_without_pipes_ranked_row_by_row():
    text = ("The Chatbot Arena leaderboard this week:\n\nRank Model Elo Rating Description License\n"
            "1 \U0001f947 GPT-4 1231 a model by OpenAI Proprietary\n2 \U0001f948 Claude-v1 1180 a model by Anthropic Proprietary\n"
            "3 \U0001f949 Claude-instant-v1 1155 a lighter model by Anthropic Proprietary\n4 Vega-13b 1054 a chat assistant Non-commercial\n")
    assert ranks(text) == {("GPT-4", "chatbot-arena", 1), ("Claude-v1", "chatbot-arena", 2),
                           ("Claude-instant-v1", "chatbot-arena", 3), ("Vega-13b", "chatbot-arena", 4)}
    assert ("GPT-4", "chatbot-arena", 1231.0) in scores(text)  # regression: '1231' was eaten into the name


def test_a_ranked_table_whose_cells_ran_together_is_read_by_its_header():
    """A page's table flattened with no spaces: the header says which value ends each row; a rating is
    written in four digits, so a name ending in a digit keeps it ('vega-4-6' then '1500')."""
    text = ("Top models on the Chatbot Arena this week:\n\nRankModelElo Score\n1vega-4-6-thinking1504\n"
            "2vega-4-61500\n3kite-2.1-pro-preview1493\n4lyra-4.20-beta11491\n")
    expected = [("vega-4-6-thinking", 1504.0), ("vega-4-6", 1500.0), ("kite-2.1-pro-preview", 1493.0),
                ("lyra-4.20-beta1", 1491.0)]
    assert scores(text) == {(name, "chatbot-arena", value) for name, value in expected}
    assert ranks(text) == {(name, "chatbot-arena", k) for k, (name, _) in enumerate(expected, 1)}


def test_a_glued_row_keeps_its_maker_out_of_the_name_and_its_margin_out_of_the_value():
    text = ("Live Chatbot Arena leaderboard\n\nRank Model Elo CI Votes\n1Gemini 9.1 Pro Google1504±58,945\n"
            "2GPT-9.4 OpenAI1500±94,042\n")
    assert scores(text) == {("Gemini 9.1 Pro", "chatbot-arena", 1504.0), ("GPT-9.4", "chatbot-arena", 1500.0)}
    unlisted = text.replace("Gemini 9.1 Pro", "Zorbu 9.1 Pro").replace("GPT-9.4", "Tern 9.4")  # names no list knows
    assert scores(unlisted) == {("Zorbu 9.1 Pro", "chatbot-arena", 1504.0), ("Tern 9.4", "chatbot-arena", 1500.0)}


_MARKED_ROWS = ("LMArena vision results, March 2026\n\nRank Model Score Votes Organization\n\U0001f947\n"
                "Vega-3 Pro 131412,408Acme\n\U0001f948\nOrion 2 Flash (thinking Low) 13019,875Nimbus\n\U0001f949\n"
                "Lyra-5-High 12881,204Acme\n#4\nVega-3 Mini 0215 128745,120Acme\n")


def test_a_glued_ranking_with_each_place_on_a_line_of_its_own_and_votes_glued_to_the_rating():
    """A medal or '#4' alone on a line is the place of the row under it; the rating ran into the count of
    votes after it ('131412,408': 1314 and 12,408), and the maker's column comes after the votes."""
    expected = [("Vega-3 Pro", 1314.0), ("Orion 2 Flash (thinking Low)", 1301.0), ("Lyra-5-High", 1288.0),
                ("Vega-3 Mini 0215", 1287.0)]
    assert scores(_MARKED_ROWS) == {(name, "chatbot-arena", value) for name, value in expected}
    assert ranks(_MARKED_ROWS) == {(name, "chatbot-arena", k) for k, (name, _) in enumerate(expected, 1)}


def test_a_glued_ranking_with_a_medal_or_a_numbered_mark_opening_each_row():
    text = _MARKED_ROWS.replace("\U0001f947\n", "\U0001f947 ").replace("\U0001f948\n", "\U0001f948 ").replace(
        "\U0001f949\n", "\U0001f949 ").replace("#4\n", "#4 ")
    assert "\U0001f947 Vega-3 Pro 131412,408Acme\n" in text and "#4 Vega-3 Mini" in text
    assert ("Vega-3 Pro", "chatbot-arena", 1314.0) in scores(text)
    assert ("Vega-3 Mini 0215", "chatbot-arena", 1287.0) in scores(text)
    assert ranks(text) == ranks(_MARKED_ROWS)


def test_a_glued_ranking_cut_short_keeps_the_rows_before_the_cut():
    text = _MARKED_ROWS + "#5\nOrion 2 Thinking"  # an excerpt that stops inside a row
    assert ("Vega-3 Mini 0215", "chatbot-arena", 4) in ranks(text)
    assert not any(name.startswith("Orion 2 Thinking") for name, _, _ in ranks(text))


def test_a_board_s_cards_as_text_each_a_place_a_name_and_a_value_on_lines_of_their_own():
    text = ("KestrelQA leaderboard\n#ModelScoreProvider\n  \u2022 1\n    VegaVega-7B Pro\n    91.3%Acme\n"
            "  \u2022 2\n    Orion-13B\n    88.9%Beta Labs\n  \u2022 3\n    Lyra-8B\n    87%Gamma AI\nSources:\nthe board\n")
    assert scores(text) == {("Vega-7B Pro", "kestrelqa", 91.3), ("Orion-13B", "kestrelqa", 88.9),
                            ("Lyra-8B", "kestrelqa", 87.0)}
    assert ranks(text) == {("Vega-7B Pro", "kestrelqa", 1), ("Orion-13B", "kestrelqa", 2), ("Lyra-8B", "kestrelqa", 3)}


def test_a_board_s_cards_with_a_label_on_the_place_s_line_and_a_grade_glued_to_the_value():
    text = ("KestrelQA: 2026 leaderboard\n\n#ModelTierKestrelQA score\n1Vega (Acme)\nVega-7B Ultra\nA94.3%\n"
            "2Orion\nOrion-13B (older scores shown)\nA92.8%\n3Lyra\nLyra-8B\nB85%\n\nAbout KestrelQA\n")
    assert scores(text) == {("Vega-7B Ultra", "kestrelqa", 94.3), ("Orion-13B", "kestrelqa", 92.8),
                            ("Lyra-8B", "kestrelqa", 85.0)}
    assert ranks(text) == {("Vega-7B Ultra", "kestrelqa", 1), ("Orion-13B", "kestrelqa", 2), ("Lyra-8B", "kestrelqa", 3)}


def test_cards_whose_line_under_the_name_is_a_size_or_whose_shapes_differ_are_no_board():
    text = ("KestrelQA leaderboard\n#ModelScore\n1\nVega-7B\n70B\n2\nOrion-13B\n13B\n3\nLyra-8B\n8B\n")
    assert scores(text) == set()


def test_a_score_glued_to_the_year_of_a_date_column_is_the_row_s_value():
    text = ("Kestrel Agent Leaderboard for LLM agents\n\n#ModelOrganizationDateScore\n1Vega-3 ProAcmeNov 202574.4\n"
            "2GPT-4oOpenAIOct 202570.9\n3Lyra-5-HighAcmeSep 20258.5\n")
    expected = [("Vega-3 Pro", 74.4), ("GPT-4o", 70.9), ("Lyra-5-High", 8.5)]
    assert scores(text) == {(name, "kestrel-agent-leaderboard", value) for name, value in expected}


def test_a_heading_of_a_category_word_and_leaderboard_is_a_part_of_the_board_in_play_not_a_board():
    text = ("LMArena results for March\n\nThe Vision Leaderboard\n\n| Rank | Model | Score |\n|---|---|---|\n"
            "| 1 | Vega-3 Pro | 1314 |\n| 2 | Lyra-5-High | 1288 |\n")
    assert ranks(text) == {("Vega-3 Pro", "chatbot-arena", 1), ("Lyra-5-High", "chatbot-arena", 2)}
    named = text.replace("The Vision Leaderboard", "The KestrelVision Leaderboard")  # a name of its own stays a board
    assert ranks(named) == {("Vega-3 Pro", "kestrelvision", 1), ("Lyra-5-High", "kestrelvision", 2)}


_TEST_PAGE = ("Questions that need browsing and several tool calls to answer.\n"
              "KestrelQA asks an agent the kind of question a careful human assistant could answer after a few "
              "searches, and grades the one answer it returns.\n"
              "Scores are the share of questions answered correctly.\n"
              "| # | Agent System | Model | Score |\n|---|---|---|---|\n| 01 | Acme Agent | GPT-4o (May 2025) | 61.2 |\n"
              "| 02 | Acme Agent | Claude 3 Opus | 55.0 |\n| 03 | Wren Agent | GPT-4o (May 2025) | 49.5 |\n")


def test_a_ranking_by_one_score_on_a_page_about_one_test_is_on_that_test():
    """A benchmark's page: its prose names one test (here as the one that asks agents questions), and the table
    under it ranks by one unnamed 'Score'; a release date in brackets after a name is no part of it."""
    assert scores(_TEST_PAGE) == {("GPT-4o", "kestrelqa", 61.2), ("Claude 3 Opus", "kestrelqa", 55.0),
                                  ("GPT-4o", "kestrelqa", 49.5)}


def test_a_table_of_several_scores_takes_no_test_the_prose_names_once():
    table = _TEST_PAGE[_TEST_PAGE.index("| #"):]
    costed = "".join(line + (" Cost |" if k == 0 else " ---|" if k == 1 else " 1.20 |") + "\n"
                     for k, line in enumerate(table.splitlines()))
    text = _TEST_PAGE.replace(table, costed)
    assert "| Score | Cost |" in text and "| 49.5 | 1.20 |" in text
    assert {b for _, b, _ in scores(text)} == {None}


def test_rows_of_plain_task_names_under_a_caption_naming_a_test_are_its_tasks():
    """'**VeraSight**: a benchmark of ...' right above a benchmarks-down table: its rows ('Art Style', 'Counting')
    are the caption's test's tasks, each the metric; a listed test among the rows keeps its own name."""
    text = ("Results on several vision tests follow.\n\n**VeraSight**: a benchmark of nine visual tasks people solve "
            "at a glance.\n\n| Benchmark | Vega-3 Pro | GPT-4o |\n|--|--|--|\n| Art Style | 87.2 | 73.3 |\n"
            "| Counting | 54.2 | 65.0 |\n")
    got = {(c.subject.text, c.benchmark.id, c.score.value, c.score.metric)
           for c in extract_claims(Article(id="t", text=text, source="t"))}
    assert got == {("Vega-3 Pro", "verasight", 87.2, "Art Style"), ("GPT-4o", "verasight", 73.3, "Art Style"),
                   ("Vega-3 Pro", "verasight", 54.2, "Counting"), ("GPT-4o", "verasight", 65.0, "Counting")}
    listed = text.replace("| Counting |", "| MMLU |")
    assert ("Vega-3 Pro", "mmlu", 54.2) in scores(listed) and ("Vega-3 Pro", "art-style", 87.2) in scores(listed)


def test_ranked_rows_under_a_header_run_together_split_the_maker_off_and_read_one_decimal_values():
    """'RankModelProviderScoreMeasured' over '2 Vega 3.3 70B Acme Labs 86.0 2026-02-06': the header's maker
    column splits the maker off the name, and a one-decimal figure with only a date after it is the value
    ('3.3' inside the name has words after it)."""
    text = ("KestrelQA leaderboard\n\nRankModelProviderScoreMeasured\n1 GPT-4o OpenAI 88.7 2026-01-13\n"
            "2 Vega 3.3 70B Acme Labs 86.0 2026-02-06\n3 Lyra-8B Lyra AI 84.0\n")
    expected = [("GPT-4o", 88.7), ("Vega 3.3 70B", 86.0), ("Lyra-8B", 84.0)]
    assert scores(text) == {(name, "kestrelqa", value) for name, value in expected}
    assert ranks(text) == {(name, "kestrelqa", k) for k, (name, _) in enumerate(expected, 1)}


def test_a_score_glued_to_an_iso_date_column_is_the_row_s_value():
    text = ("KestrelBench agent leaderboard for LLM agents\n\n#ModelOrganizationDateScore\n1GPT-4oOpenAI2026-01-0374.4\n"
            "2Claude 3 OpusAnthropic2025-12-2170.9\n3Lyra-5-HighAcme2025-11-018.5\n")
    expected = [("GPT-4o", 74.4), ("Claude 3 Opus", 70.9), ("Lyra-5-High", 8.5)]
    assert scores(text) == {(name, "kestrelbench", value) for name, value in expected}


@pytest.mark.parametrize("header", ["| 순위 | 모델 | 개발사 | 점수 |", "| 順位 | モデル | 開発元 | スコア |",
                                    "| Platz | Modell | Unternehmen | Punktzahl |"])
def test_a_ranked_table_headed_in_korean_japanese_or_german_reads_its_columns(header):
    """The score column's header word is a measure, no benchmark of its own (it once became one)."""
    text = (f"LLM ranking, March\n\n{header}\n|---|---|---|---|\n| 1 | Vega-7B | Acme | 61.2 |\n"
            "| 2 | GPT-4o | OpenAI | 59.0 |\n")
    assert ranks(text) == {("Vega-7B", None, 1), ("GPT-4o", None, 2)}
    assert scores(text) == {("Vega-7B", None, 61.2), ("GPT-4o", None, 59.0)}


@pytest.mark.parametrize("row", ["Frequent Choice", "Upper Bound", "Human Annotators"])
def test_a_baseline_row_of_a_results_table_is_no_model(row):
    text = (f"KestrelQA results\n\n| Model | KestrelQA |\n|---|---|\n| {row} | 22.1 |\n| Vega-7B | 61.2 |\n"
            "| GPT-4o | 59.0 |\n")
    assert scores(text) == {("Vega-7B", "kestrelqa", 61.2), ("GPT-4o", "kestrelqa", 59.0)}


def test_a_glued_score_row_takes_the_number_after_the_names_last_letter():
    text = "Open LLM Leaderboard, top of the table\n\nRank Model Average\n1Vega-72B-Instruct43.02\n2Kite-2-70B41.5\n"
    assert scores(text) == {("Vega-72B-Instruct", "open-llm-leaderboard", 43.02), ("Kite-2-70B", "open-llm-leaderboard", 41.5)}


def test_glued_lines_under_no_rank_and_model_header_are_no_table():
    text = "Acme's Kite-2 release notes\n\nVersions and builds\n1Kite-2-base1504\n2Kite-2-chat1500\n"
    assert scores(text) == set() and ranks(text) == set()


def test_a_table_whose_header_names_and_row_values_ran_together_is_split_by_the_decimals():
    text = ("Vega 3 against the field\n\nReasoning\n\nBenchmarkVega 3 8BVega 3 70BKite-2 405BGPT-4\n"
            "MMLU (0-shot, CoT)71.284.090.588.1\nGSM8K (8-shot)80.592.396.8100.0\n")
    assert {s[:3] for s in scores(text)} == {
        ("Vega 3 8B", "mmlu", 71.2), ("Vega 3 70B", "mmlu", 84.0), ("Kite-2 405B", "mmlu", 90.5), ("GPT-4", "mmlu", 88.1),
        ("Vega 3 8B", "gsm8k", 80.5), ("Vega 3 70B", "gsm8k", 92.3), ("Kite-2 405B", "gsm8k", 96.8), ("GPT-4", "gsm8k", 100.0)}


def test_run_together_percentages_leave_a_version_in_the_name_before_them():
    text = ("VeraExam\n\nModelNo toolsWith tools\nKite Ultra48.2%59.9%\nClaude Opus 4.631.0%47.5%\n"
            "GPT-5.429.8%45.0%\n")
    assert {(s[0], s[2]) for s in scores(text)} == {("Kite Ultra", 48.2), ("Kite Ultra", 59.9), ("Claude Opus 4.6", 31.0),
                                                    ("Claude Opus 4.6", 47.5), ("GPT-5.4", 29.8), ("GPT-5.4", 45.0)}


def test_a_score_after_a_bracketed_maker_then_shares_all_run_together_under_a_header_cut_after_brackets():
    text = ("Kestrel results\n\nModelMMLU (5-shot)GSM8K (pass@1)MATH\nVega-7B (Acme)95.090.5%91.5%\n"
            "Orion-13B (Beta Labs)88.688.7%76.6%\nLyra-8B (Gamma)70.340.0%42.2%\n")
    assert {s[:3] for s in scores(text)} == {
        ("Vega-7B", "mmlu", 95.0), ("Vega-7B", "gsm8k", 90.5), ("Vega-7B", "math", 91.5),
        ("Orion-13B", "mmlu", 88.6), ("Orion-13B", "gsm8k", 88.7), ("Orion-13B", "math", 76.6),
        ("Lyra-8B", "mmlu", 70.3), ("Lyra-8B", "gsm8k", 40.0), ("Lyra-8B", "math", 42.2)}


def test_a_run_together_header_is_never_split_inside_a_listed_name():
    text = "Coding results\n\nBenchmarkDeepSeek-V3Vega-2\nHumanEval82.671.0\nMBPP75.468.2\n"
    assert {s[:3] for s in scores(text)} == {("DeepSeek-V3", "humaneval", 82.6), ("Vega-2", "humaneval", 71.0),
                                             ("DeepSeek-V3", "mbpp", 75.4), ("Vega-2", "mbpp", 68.2)}


def test_run_together_digits_that_split_no_one_way_are_no_row():
    text = "Build notes\n\nVersionsRelease\nVega build 2024.10.15\nKite build 1.2.3.4\n"
    assert scores(text) == set()


def test_column_headers_of_a_capital_and_lower_case_words_are_settings_not_benchmarks():
    text = "Kite-3 agent results\n\n| Model | No tools | With tools |\n|---|---|---|\n| Kite-3 | 41.0 | 52.5 |\n"
    got = {(c.benchmark.id, c.score.metric, c.score.value) for c in extract_claims(Article(id="t", text=text, source="t"))}
    assert got == {(None, "No tools", 41.0), (None, "With tools", 52.5)}


def test_a_page_titled_by_one_benchmark_alone_gives_its_settings_table_that_benchmark():
    text = ("VeraExam\n\nA test of 900 expert questions, published by Acme.\n\nComparison\n\n"
            "| Model | No tools | With tools |\n|---|---|---|\n| Kite-3 | 41.0 | 52.5 |\n")
    got = {(c.benchmark.id, c.score.metric, c.score.value) for c in extract_claims(Article(id="t", text=text, source="t"))}
    assert got == {("veraexam", "No tools", 41.0), ("veraexam", "With tools", 52.5)}


def test_numbered_rows_under_a_header_one_column_short_take_its_names_one_column_over():
    text = ("Coding agents on 50 mobile tasks\n\n| Agent | Model | Tasks | | |\n|---|---|---|---|---|\n"
            "| 1 | Cursor | Opus 4.5 | 12.0% | 6/50 |\n| 2 | Codex | GLM 4.6 | 10.0% | 5/50 |\n"
            "| 3 | Claude Code | Haiku 4.5 | 8.0% | 4/50 |\n")  # agents named like models stay out
    assert {(m, r) for m, _, r in ranks(text)} == {("Opus 4.5", 1), ("GLM 4.6", 2), ("Haiku 4.5", 3)}
    assert {(m, v) for m, _, v in scores(text)} == {("Opus 4.5", 12.0), ("GLM 4.6", 10.0), ("Haiku 4.5", 8.0)}


@pytest.mark.parametrize("separator", ["", "|---|---|\n"])
def test_a_header_without_the_corner_over_the_names_stands_over_the_values(separator):
    text = (f"| MMLU (Knowledge) | GPQA (Science) |\n{separator}Vega-7B-Chat | 61.2% | 30.1% |\n"
            "Lyra-LM-7B-alpha | 58% | 28.4% |\n")
    assert scores(text) == MODELS_ACROSS


def test_an_agent_column_names_the_entries_and_an_agent_paired_with_a_model_gives_the_model():
    text = ("## SWE-bench Lite\n\n| Rank | Agent | Number of tasks | Resolved |\n|---|---|---|---|\n"
            "| 1 | [Kestrel](https://example.org/kestrel) | 300 | 22.3% |\n| 2 | SWE-agent + GPT-4 | 300 | 18.0% |\n"
            "| 3 | Orca w/ Claude 3 Opus | 300 | 11.7% |\n| **Total** | | 900 | 17.3% |\n")
    assert {(m, r) for m, _, r in ranks(text)} == {("Kestrel", 1), ("GPT-4", 2), ("Claude 3 Opus", 3)}
    assert {(m, v) for m, _, v in scores(text)} == {("Kestrel", 22.3), ("GPT-4", 18.0), ("Claude 3 Opus", 11.7)}


def test_names_and_values_on_lines_of_their_own_under_a_line_naming_a_benchmark_alone():
    text = ("Head to head\n\nMMLU\nLlama 3.1 405B leads by +2.8\nA test of 57 subjects spanning STEM, the humanities, "
            "the social sciences and more, written for this page.\nGPT-4 Turbo\n76.5\nLlama 3.1 405B\n79.3\n"
            "Falcon-180B\n60.8\n")
    assert scores(text) == {("GPT-4 Turbo", "mmlu", 76.5), ("Llama 3.1 405B", "mmlu", 79.3), ("Falcon-180B", "mmlu", 60.8)}


GROUPED = '| | MultiWOZ 2.1 | | Taskmaster-1 | | Taskmaster-2 | | Taskmaster-3 | |\n| Model | Acc | F1 | Acc | F1 | Acc | F1 | Acc | F1 |\n|---|---|---|---|---|---|---|---|---|\n| T5-small | 77.8 | 86.5 | 74.0 | 52.5 | 80.0 | 71.4 | 87.2 | 83.1 |\n| T5-small (context=3) | 82.0 | 90.3 | 76.2 | 56.2 | 82.4 | 74.3 | 89.0 | 85.1 |\n| BERTNLU | 74.5 | 85.9 | 72.8 | 50.6 | 79.2 | 70.6 | 86.1 | 81.9 |\n| MILU | 72.9 | 85.2 | 72.9 | 49.2 | 79.1 | 68.7 | 85.4 | 80.3 |\n'


def test_a_test_named_over_its_measures_is_no_model_s_score_column():
    got = scores(GROUPED)
    assert ("T5-small", "taskmaster-1", 74.0) in got and ("MILU", "taskmaster-3", 80.3) in got
    assert not any(subject.startswith("Taskmaster") for subject, _, _ in got)


UNCLOSED_HTML = '<table>\n<thead>\n  <tr>\n    <th></th>\n    <th colspan=2>MultiWOZ 2.1</th>\n    <th colspan=2>Taskmaster-1</th>\n    <th colspan=2>Taskmaster-2</th>\n    <th colspan=2>Taskmaster-3</th>\n  </tr>\n</thead>\n<thead>\n  <tr>\n    <th>Model</th>\n    <th>Acc</th><th>F1</th>\n    <th>Acc</th><th>F1</th>\n    <th>Acc</th><th>F1</th>\n    <th>Acc</th><th>F1</th>\n  </tr>\n</thead>\n<tbody>\n  <tr>\n    <td>T5-small</td>\n    <td>77.8</td><td>86.5</td>\n    <td>74.0</td><td>52.5</td>\n    <td>80.0</td><td>71.4</td>\n    <td>87.2</td><td>83.1</td>\n  </tr>\n  <tr>\n    <td>T5-small (context=3)</td>\n    <td>82.0</td><td>90.3</td>\n    <td>76.2</td><td>56.2</td>\n    <td>82.4</td><td>74.3</td>\n    <td>89.0</td><td>85.1</td>\n  </tr>\n  <tr>\n    <td>BERTNLU</td>\n    <td>74.5</td><td>85.9</td>\n    <td>72.8</td><td>50.6</td>\n    <td>79.2</td><td>70.6</td>\n    <td>86.1</td><td>81.9</td>\n  </tr>\n  <tr>\n    <td>BERTNLU (context=3)</td>\n    <td>80.6</td><td>90.3</td>\n    <td>74.2</td><td>52.7</td>\n    <td>80.9</td><td>73.3</td>\n    <td>87.8</td><td>83.8</td>\n  </tr>\n  <tr>\n    <td>MILU</td>\n    <td>72.9</td><td>85.2</td>\n    <td>72.9</td><td>49.2</td>\n    <td>79.1</td><td>68.7</td>\n    <td>85.4</td><td>80.3</td>\n  </tr>\n  <tr>\n    <td>MILU (context=3)</td>\n    <td>76.6</td><td>87.9</td>\n    <td>72.4</td><td>48.5</td>\n    <td>78.9</td><td>68.4</td>\n    <td>85.1</td><td>80.1</td>\n  </tr>\n</tbody>\n'


def test_a_model_column_keeps_models_down_though_its_names_are_shaped_like_tests():
    got = scores(UNCLOSED_HTML)
    assert ("BERTNLU", "multiwoz-2.1", 80.6) in got and ("T5-small", "taskmaster-3", 83.1) in got  # a note in brackets
    assert {subject for subject, _, _ in got} == {"T5-small", "BERTNLU", "MILU"}  # ('(context=3)') is no part of a name


def test_a_table_flattened_onto_a_paragraph_takes_the_benchmark_it_says_the_models_were_evaluated_with():
    text = ("## Results The Vega-2 model is evaluated using the well-known benchmark CharacterEval in the role-playing "
            "field. |Model|Average score|character consistency|dialogue ability| |:----:|:----:|:----:|:----:| "
            "|Vega-2|3.36|2.856|4.037| |Kite-7B|3.309|2.88|3.931|")
    assert scores(text) == {(m, "charactereval", v) for m, v in [("Vega-2", 3.36), ("Vega-2", 2.856), ("Vega-2", 4.037),
                                                                  ("Kite-7B", 3.309), ("Kite-7B", 2.88), ("Kite-7B", 3.931)]}


def test_a_column_of_percentages_under_a_size_word_is_scored():
    text = ("| Model | MMLU | Long Context | Params |\n|---|---|---|---|\n| Vega-2 | 71.0 | 61.50% | 7B |\n"
            "| Kite-7B | 64.2 | 48.25% | 7B |\n")
    assert {(m, v) for m, _, v in scores(text)} == {("Vega-2", 71.0), ("Vega-2", 61.5), ("Kite-7B", 64.2), ("Kite-7B", 48.25)}


def test_a_chinese_serial_number_column_with_medals_gives_the_places():
    text = ("### 安全总榜\n|序号| 模型 | 总分 |\n|:--:|:--:|:--:|\n|-| GPT-4 | 87.43 |\n|🏅️| vivoLM | 85.17 |\n"
            "|🥈| ChatGLM2-pro | 79.82 |\n|🥉| Qwen-7B-Chat | 78.64 |\n|4| Baichuan2-13B-Chat | 78.21 |\n")
    assert ranks(text) == {("vivoLM", None, 1), ("ChatGLM2-pro", None, 2), ("Qwen-7B-Chat", None, 3),
                           ("Baichuan2-13B-Chat", None, 4)}


def test_a_note_in_full_width_brackets_leaves_a_header_its_role():
    text = ("|机构|大模型|准确率|平均耗时|排名（准确率）|\n|---|---|---|---|---|\n|智谱AI|GLM-4.5|75.5%|/|1|\n"
            "|阿里巴巴|Qwen3-8B|70.9%|/|2|\n|anthropic|claude-4-sonnet|67.4%|/|3|\n")
    assert {(m, r) for m, _, r in ranks(text)} == {("GLM-4.5", 1), ("Qwen3-8B", 2), ("claude-4-sonnet", 3)}


def test_a_bold_name_over_a_line_of_its_maker_in_one_cell_is_the_name():
    text = ("## Q-HumanEval Leaderboard\n\n| Rank | Model | Pass@1 |\n|---|---|---|\n| 🥇 | **Grok**<br/>*xAI* | 43.37% |\n"
            "| 🥈 | **Claude 4 Sonnet**<br/>*Anthropic* | 37.70% |\n| 3 | **GPT-5**<br/>*OpenAI* | 27.36% |\n")
    assert {(m, r) for m, _, r in ranks(text)} == {("Grok", 1), ("Claude 4 Sonnet", 2), ("GPT-5", 3)}


def test_a_chinese_leaderboard_ranks_on_its_one_test_named_in_title_brackets_and_skips_time_and_cost():
    text = ("|类别|机构|大模型|【2025高考数学】准确率|平均耗时|花费/千次（元）|排名（准确率）|\n|---|---|---|---|---|---|---|\n"
            "|商用|openAI|gpt-5-2025-08-07|69.2%|179s|279.7|1|\n|商用|google|gemini-2.5-pro|61.5%|185s|582.6|2|\n"
            "|开源|智谱AI|GLM-4.5V|53.8%|42s|15.6|3|\n")
    assert ranks(text) == {("gpt-5-2025-08-07", "2025高考数学", 1), ("gemini-2.5-pro", "2025高考数学", 2),
                           ("GLM-4.5V", "2025高考数学", 3)}
    assert scores(text) == {("gpt-5-2025-08-07", "2025高考数学", 69.2), ("gemini-2.5-pro", "2025高考数学", 61.5),
                            ("GLM-4.5V", "2025高考数学", 53.8)}


def test_a_pipe_row_broken_after_its_rank_cell_goes_on_the_next_line():
    text = ("VeraExam results\n\n| Rank | Model | VeraExam Score | Notes |\n| :---: | :--- | :---: | :--- |\n| 1 |\n"
            "Kite-3 (Acme) | 50.2% | agent mode |\n| 2 |\nVega-2 Pro (Vega Labs) | 48.1% | thinking on |\n")
    assert ranks(text) == {("Kite-3", "veraexam", 1), ("Vega-2 Pro", "veraexam", 2)}


def test_a_rank_column_ranks_by_the_one_listed_score_column_over_the_article_s_board():
    text = ("Forget the SWE-bench leaderboard: GPQA is the test now.\n\n| Rank | Model | GPQA Score |\n|---|---|---|\n"
            "| 1 | Kite-3 | 71.2 |\n| 2 | Vega-2 | 68.0 |\n")
    assert ranks(text) == {("Kite-3", "gpqa", 1), ("Vega-2", "gpqa", 2)}


def test_comma_separated_rows_under_a_header_are_a_table_with_quoted_fields_kept_whole():
    text = ("Leaderboard data, as exported\n\nmodel,arc,hellaswag,mmlu\nvega-7b-chat,58.0,80.1,61.2\n"
            '"Kite-2, 13B",55.3,79.8,54.1\nlark-3b,38.2,60.0,30.5\n')
    got = scores(text)
    assert {s[:3] for s in got} == {
        ("vega-7b-chat", "arc", 58.0), ("vega-7b-chat", "hellaswag", 80.1), ("vega-7b-chat", "mmlu", 61.2),
        ("Kite-2, 13B", "arc", 55.3), ("Kite-2, 13B", "hellaswag", 79.8), ("Kite-2, 13B", "mmlu", 54.1),
        ("lark-3b", "arc", 38.2), ("lark-3b", "hellaswag", 60.0), ("lark-3b", "mmlu", 30.5)}
    for claim in extract_claims(Article(id="t", text=text, source="t")):
        assert text[claim.subject.span.start:claim.subject.span.end] == claim.subject.text


def test_prose_lines_with_commas_are_no_comma_separated_table():
    text = ("MMLU results came in, for Kite-2, Lark-3 and Tern-1, today\nKite-2 scored 61.2 on MMLU, then Lark-3, then "
            "Tern-1\nLark-3 scored 58.0 on MMLU, ahead of Tern-1, behind Kite-2\n")
    assert {s[:3] for s in scores(text)} == {("Kite-2", "mmlu", 61.2), ("Lark-3", "mmlu", 58.0)}


def test_statistic_headers_with_a_percent_sign_are_metrics_in_percent_and_a_languages_column_no_score():
    text = ("## Scorecard on our VeraRead evaluation\n\n| MODEL | Mean % | Std Dev | Min % | Max % | Languages |\n"
            "|---|---|---|---|---|---|\n| kite-3-12b-it | 90.28 | 1.52 | 87.82 | 92.96 | 8 |\n")
    got = {(c.benchmark.id, c.score.value, c.score.unit, c.score.metric)
           for c in extract_claims(Article(id="t", text=text, source="t"))}
    assert got == {("veraread", 90.28, "%", "Mean %"), ("veraread", 87.82, "%", "Min %"), ("veraread", 92.96, "%", "Max %")}


def test_a_spec_table_with_row_labels_of_several_spec_words_gives_no_score():
    text = ("## Model architecture\n\n| Model | 2B Dense | 8B Dense | 1B MoE |\n|---|---|---|---|\n"
            "| Embedding size | 2048 | 4096 | 1024 |\n| Number of layers | 40 | 40 | 24 |\n"
            "| Attention head size | 64 | 128 | 64 |\n| MLP hidden size | 8192 | 12800 | 512 |\n")
    assert scores(text) == set()


def test_a_metric_value_table_under_a_leaderboard_details_link_is_the_linked_model_s():
    text = ("# [Open LLM Leaderboard Evaluation Results](https://huggingface.co/spaces/HuggingFaceH4/open_llm_leaderboard)\n"
            "Detailed results can be found [here](https://huggingface.co/datasets/open-llm-leaderboard/"
            "details_Acme__vega-duck-13b)\n\n| Metric | Value |\n|---|---|\n| Avg. | 51.41 |\n"
            "| ARC (25-shot) | 63.14 |\n| MMLU (5-shot) | 59.89 |\n")
    got = {(c.subject.text, c.benchmark.id, c.score.value, c.score.metric)
           for c in extract_claims(Article(id="t", text=text, source="t"))}
    assert got == {("vega-duck-13b", "open-llm-leaderboard", 51.41, "Avg."), ("vega-duck-13b", "arc", 63.14, "25-shot"),
                   ("vega-duck-13b", "mmlu", 59.89, "5-shot")}


def test_several_score_columns_each_keep_their_benchmark():
    text = ("| Model | Arena Elo | MMLU | License |\n|---|---|---|---|\n| Vega-7B-Chat | 1102 | 61.2 | Apache 2.0 |\n"
            "| Lyra-LM-7B-alpha | 1041 | 58.0 | MIT |\n")
    assert scores(text) == {("Vega-7B-Chat", "chatbot-arena", 1102.0), ("Vega-7B-Chat", "mmlu", 61.2),
                            ("Lyra-LM-7B-alpha", "chatbot-arena", 1041.0), ("Lyra-LM-7B-alpha", "mmlu", 58.0)}


def test_metrics_in_headers_go_to_the_metric():
    text = "| Model | MMLU (0-shot, CoT) | HumanEval Pass@1 |\n|---|---|---|\n| Vega-7B-Chat | 61.2 | 40.5 |\n"
    got = {(c.benchmark.id, c.score.metric) for c in extract_claims(Article(id="t", text=text, source="t"))}
    assert got == {("mmlu", "0-shot, CoT"), ("humaneval", "Pass@1")}


def test_a_metric_column_of_the_table_board_takes_the_board_from_the_text_above():
    text = ("Hugging Face's Open LLM Leaderboard ranks the new models.\n\n| Model | Average | IFEval |\n|---|---|---|\n"
            "| vega-13b | 43.61 | 81.63 |\n")
    assert scores(text) == {("vega-13b", "open-llm-leaderboard", 43.61), ("vega-13b", "ifeval", 81.63)}


def test_a_score_column_headed_by_another_model_is_that_model_s():
    text = "Baseline | Baseline Score | Vicuna Score\nLLaMA-13B | 513.0 | 694.0\nBard | 664.0 | 655.5\n"
    assert scores(text) == {("LLaMA-13B", None, 513.0), ("Vicuna", None, 694.0), ("Bard", None, 664.0),
                            ("Vicuna", None, 655.5)}


def test_rank_positions_across_and_categories_down():
    text = ("Chatbot Arena categories:\n| Category | #1 model | #2 model |\n|---|---|---|\n"
            "| Coding | Vega-7B-Chat (1301) | Lyra-LM-7B-alpha (1290) |\n")
    assert ranks(text) == {("Vega-7B-Chat", "chatbot-arena", 1), ("Lyra-LM-7B-alpha", "chatbot-arena", 2)}
    assert scores(text) == {("Vega-7B-Chat", "chatbot-arena", 1301.0), ("Lyra-LM-7B-alpha", "chatbot-arena", 1290.0)}


def test_rank_positions_across_hold_names_no_list_knows_by_their_place():
    text = ("Chatbot Arena categories:\n| Category | #1 model | #2 model |\n|---|---|---|\n"
            "| Coding | Tern 2.5 Pro (1301) | Quill 3.7 Sonnet (1290) |\n")
    assert ranks(text) == {("Tern 2.5 Pro", "chatbot-arena", 1), ("Quill 3.7 Sonnet", "chatbot-arena", 2)}


WINNERS = ("LLM results.\n\n| Benchmark | Winner | Score | Runner-up | Score |\n|---|---|---|---|---|\n"
           "| MMLU | Vega-7B-Chat | 92.3% (self-reported) | Lyra-LM-7B-alpha | 90.8% |\n"
           "| GSM8K | Lyra-LM-7B-alpha | 96.7% | Tern-2 | 94.8% |\n")


def test_place_columns_of_names_beside_benchmarks_down_give_each_row_s_ranks_and_scores():
    assert ranks(WINNERS) == {("Vega-7B-Chat", "mmlu", 1), ("Lyra-LM-7B-alpha", "mmlu", 2),
                              ("Lyra-LM-7B-alpha", "gsm8k", 1), ("Tern-2", "gsm8k", 2)}
    assert scores(WINNERS) == {("Vega-7B-Chat", "mmlu", 92.3), ("Lyra-LM-7B-alpha", "mmlu", 90.8),
                               ("Lyra-LM-7B-alpha", "gsm8k", 96.7), ("Tern-2", "gsm8k", 94.8)}


def test_one_best_model_column_beside_benchmarks_down_gives_first_places():
    text = WINNERS.replace("| Winner | Score | Runner-up | Score |\n|---|---|---|---|---|", "| Best model | Score |\n|---|---|---|")
    text = "\n".join(line.rsplit(" | ", 2)[0] + " |" if line.count("|") == 6 else line for line in text.splitlines())
    assert ranks(text) == {("Vega-7B-Chat", "mmlu", 1), ("Lyra-LM-7B-alpha", "gsm8k", 1)}
    assert scores(text) == {("Vega-7B-Chat", "mmlu", 92.3), ("Lyra-LM-7B-alpha", "gsm8k", 96.7)}


def test_a_leader_column_beside_models_across_says_who_outperforms_whom_on_each_row():
    text = ("LLM results.\n\n| Benchmark | Vega-7B-Chat | Lyra-LM 2 | Kite-3 | Leader |\n|---|---|---|---|---|\n"
            "| MMLU | 61.2 | 58.0 | 44.0 | Vega-7B-Chat |\n| GPQA | 30.1 | 38.4 | 30.0 | Lyra-LM |\n"
            "| MATH | 50.0 | 50.0 | 41.0 | Tie |\n")
    found = [(c.subject.text, c.benchmark.id, c.relation, [o.text for o in c.objects], text[c.subject.span.start:c.subject.span.end])
             for c in extract_claims(Article(id="t", text=text, source="t")) if c.kind == "comparison"]
    assert found == [("Vega-7B-Chat", "mmlu", "outperforms", ["Lyra-LM 2", "Kite-3"], "Vega-7B-Chat"),
                     ("Lyra-LM", "gpqa", "outperforms", ["Vega-7B-Chat", "Kite-3"], "Lyra-LM")]
    assert ("Lyra-LM 2", "gpqa", 38.4) in scores(text) and ranks(text) == set()


def test_weak_names_with_a_size_in_brackets_heading_columns_are_the_models_not_the_lead_in_s():
    text = ("Kite 2 evaluation.\n\n|  | Tern 3 (70B) | Quill 1.5 (32B) | Kite 2 (27B) |\n|---|---|---|---|\n"
            "| MMLU | **79.2** | 74.3 | 75.2 |\n| GSM8K | 76.9 | 61.1 | 75.1 |\n")
    assert scores(text) == {("Tern 3 (70B)", "mmlu", 79.2), ("Quill 1.5 (32B)", "mmlu", 74.3), ("Kite 2 (27B)", "mmlu", 75.2),
                            ("Tern 3 (70B)", "gsm8k", 76.9), ("Quill 1.5 (32B)", "gsm8k", 61.1),
                            ("Kite 2 (27B)", "gsm8k", 75.1)}


def test_columns_headed_like_names_no_list_knows_are_no_categories_of_the_lead_in_s_model():
    text = ("We give detailed results of the Vega-13B-Base model on C-Eval and MMLU.\n\n"
            "| Benchmark | STEM | Humanities |\n|---|---|---|\n| C-Eval | 51.5 | 65.1 |\n| MMLU | 50.6 | 57.8 |\n")
    assert len(scores(text)) == 4
    assert scores(text.replace("STEM | Humanities", "Tern 3a | Quill 1.5x")) == set()


def test_weak_names_heading_columns_over_benchmarks_down_are_the_models():
    text = ("LLM results.\n\n| Benchmark | Tern 2.5 Pro | Quill 3 |\n|---|---|---|\n"
            "| MMLU | 81.2 | 70.1 |\n| GSM8K | 80.1 | 60.3 |\n")
    assert scores(text) == {("Tern 2.5 Pro", "mmlu", 81.2), ("Quill 3", "mmlu", 70.1),
                            ("Tern 2.5 Pro", "gsm8k", 80.1), ("Quill 3", "gsm8k", 60.3)}
    # with one benchmark down, weak names over the columns are not enough to call the table one of models
    assert scores("Results.\n\n| Test | Windows 11 | Android 14 |\n|---|---|---|\n| Boot | 8.1 | 7.2 |\n") == set()


def test_a_row_missing_a_cell_is_realigned_by_what_its_cells_hold():
    text = ("| Rank | Model | Provider | Arena Elo | Votes |\n|---|---|---|---|---|\n| 1 | Vega-7B-Chat | Vega Labs | 1301 | 41 |\n"
            "| 2 | Lyra-LM-7B-alpha | 1290 | 38 | |\n")
    assert ("Lyra-LM-7B-alpha", "chatbot-arena", 1290.0) in scores(text)


@pytest.mark.parametrize("cell, value", [("**61.2**", 61.2), ("61.2*", 61.2), ("`61.2`", 61.2), ("61.2%", 61.2),
                                         ("1,261", 1261.0), ("1252(\u2191)", 1252.0), ("61.2<sup>\u2020</sup>", 61.2),
                                         ("61\\.2", 61.2)])
def test_marked_up_numbers_are_read_as_written(cell, value):
    assert scores(f"| Model | MMLU |\n|---|---|\n| Vega-7B-Chat | {cell} |\n| Lyra-LM-7B-alpha | 58.0 |\n") >= {
        ("Vega-7B-Chat", "mmlu", value)}


def test_a_note_in_brackets_leaves_the_name_a_tag_stays():
    text = ("| Model | MMLU |\n|---|---|\n| Vega-7B-Chat (work in progress) | 61.2 |\n| Lyra-LM-7B-alpha (SFT) | 58.0 |\n"
            "| Nova-2 (Ours) | 55.0 |\n| Nova-2 (base) | 51.0 |\n")
    assert scores(text) == {("Vega-7B-Chat", "mmlu", 61.2), ("Lyra-LM-7B-alpha (SFT)", "mmlu", 58.0),
                            ("Nova-2", "mmlu", 55.0), ("Nova-2 (base)", "mmlu", 51.0)}


def test_tables_of_other_things_make_no_claim():
    sports = "| Rank | Player | Points |\n|---|---|---|\n| 1 | Iga Swiatek | 9,665 |\n| 2 | Aryna Sabalenka | 8,716 |\n"
    specs = "| Model | Parameters | Context | Price |\n|---|---|---|---|\n| Vega-7B-Chat | 7B | 32k | $0.2 |\n"
    assert scores(sports) == set() and ranks(sports) == set() and scores(specs) == set()


def test_a_size_column_completes_the_model_name():
    text = ("Results on the Open LLM Leaderboard:\n\n| Model | Size | Leaderboard score |\n|---|---|---|\n"
            "| Vega | 180B | 68.74 |\n| Vega 2 | 40B | 61.48 |\n| Vega 2 | 7B | 50.12 |\n| Lyra-2-70B | 70B | 67.35 |\n"
            "| Kappa-3.2 | 13B | 60.1 |\n")
    assert scores(text) == {("Vega 180B", "open-llm-leaderboard", 68.74), ("Vega 2 40B", "open-llm-leaderboard", 61.48),
                            ("Vega 2 7B", "open-llm-leaderboard", 50.12), ("Lyra-2-70B", "open-llm-leaderboard", 67.35),
                            ("Kappa-3.2", "open-llm-leaderboard", 60.1)}


def test_a_size_beside_a_name_that_stands_in_one_row_only_is_no_part_of_it():
    text = ("Chat benchmarks:\n\n| Model | Size | VeraQA |\n|---|---|---|\n"
            "| Kite 3.1 | 13B | 89.5 |\n| Kite 3.2 | 13B | 89.1 |\n| Lark | 175B | 89.4 |\n")
    assert scores(text) == {("Kite 3.1", "veraqa", 89.5), ("Kite 3.2", "veraqa", 89.1), ("Lark", "veraqa", 89.4)}


def test_a_catalogue_of_unique_names_keeps_each_name_as_written_beside_its_params():
    text = ("| Model | Params | Architecture | MMLU |\n|---|---|---|---|\n| Kite Large | 300.0B | Dense | 81.2 |\n"
            "| Kite Small | 24.0B | Dense | 72.2 |\n| Kite Nano | 7.0B | Dense | 63.5 |\n")
    assert scores(text) == {("Kite Large", "mmlu", 81.2), ("Kite Small", "mmlu", 72.2), ("Kite Nano", "mmlu", 63.5)}


def test_values_with_their_spread_and_names_with_marks():
    text = "| Model | MMLU |\n|---|---|\n| Vega-7B-Chat \U0001f525 | 61.2 \u00b1 0.4 |\n| Lyra-LM-7B-alpha | 58.0 (\u00b10.5) |\n"
    assert scores(text) == {("Vega-7B-Chat", "mmlu", 61.2), ("Lyra-LM-7B-alpha", "mmlu", 58.0)}


def test_labels_on_the_benchmark_axis_are_benchmarks_by_position():
    text = ("| Benchmark | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|\n| Natural Questions | 31.2 | 28.0 |\n"
            "| TriviaQA | 70.1 | 66.3 |\n| Average | 50.6 | 47.2 |\n")
    assert scores(text) == {("Vega-7B-Chat", "natural-questions", 31.2), ("Lyra-LM-7B-alpha", "natural-questions", 28.0),
                            ("Vega-7B-Chat", "triviaqa", 70.1), ("Lyra-LM-7B-alpha", "triviaqa", 66.3),
                            ("Vega-7B-Chat", None, 50.6), ("Lyra-LM-7B-alpha", None, 47.2)}  # 'Average': on no one benchmark


def test_a_benchmark_spanning_its_metrics_in_a_two_row_header():
    text = ("| Model | MMLU | | GSM8K |\n| | 5-shot | 0-shot | 8-shot |\n|---|---|---|---|\n"
            "| Vega-7B-Chat | 61.2 | 55.0 | 50.1 |\n")
    got = {(c.benchmark.id, c.score.metric, c.score.value) for c in extract_claims(Article(id="t", text=text, source="t"))}
    assert got == {("mmlu", "5-shot", 61.2), ("mmlu", "0-shot", 55.0), ("gsm8k", "8-shot", 50.1)}


def test_columns_of_lengths_and_intervals_are_no_scores():
    text = ("Arena-Hard-Auto results:\n\n| Model | Score | 95% CI | average #tokens |\n|---|---|---|---|\n"
            "| vega-7b-chat | 82.6 | (-1.8, 1.6) | 662 |\n")
    assert scores(text) == {("vega-7b-chat", "arena-hard", 82.6)}


def test_a_group_header_over_the_model_names():
    table = ("| | Open models | | Closed models |\n|---|---|---|---|\n| Benchmark | Vega-7B | Lyra-LM-7B | GPT-4o |\n"
             "| MMLU | 61.0 | 58.2 | 88.7 |\n| GPQA | 30.1 | 28.0 | 53.6 |\n")
    assert scores(table) == {("Vega-7B", "mmlu", 61.0), ("Lyra-LM-7B", "mmlu", 58.2), ("GPT-4o", "mmlu", 88.7),
                             ("Vega-7B", "gpqa", 30.1), ("Lyra-LM-7B", "gpqa", 28.0), ("GPT-4o", "gpqa", 53.6)}


def test_a_group_header_over_benchmark_names_and_rows_that_name_no_model():
    table = ("|  | Math |  | Code |\n|---|---|---|---|\n| **Model** | AIME 2024 (pass@1) | MATH-500 | LiveCodeBench |\n"
             "| Vega-32B | 74.4 | 94.9 | 60.2 |\n| SFT-only baseline (32B) | 61.2 | 91.8 | 49.7 |\n| Ours | 70.0 | 90.0 | 50.0 |\n")
    assert scores(table) == {("Vega-32B", "aime", 74.4), ("Vega-32B", "math", 94.9), ("Vega-32B", "livecodebench", 60.2)}


def test_a_reasoning_effort_or_a_dated_version_in_brackets_is_part_of_the_name():
    table = ("| Model | Intelligence Index |\n|---|---|\n| o3-mini (high) | 66 |\n| GPT-4o (Nov '24) | 41 |\n"
             "| o1 (work in progress) | 62 |\n")
    assert scores(table) == {("o3-mini (high)", "artificial-analysis", 66.0),
                             ("GPT-4o (Nov '24)", "artificial-analysis", 41.0), ("o1", "artificial-analysis", 62.0)}


@pytest.mark.parametrize("tag", ["medium reasoning", "high effort", "Sept", "October", "new", "10/22", "0125 version"])
def test_an_effort_a_month_or_a_release_tag_in_brackets_stays_with_the_name(tag):
    table = f"| Model | Intelligence Index |\n|---|---|\n| Vega-7B ({tag}) | 66 |\n| Lyra-LM-7B (Ours) | 41 |\n"
    assert scores(table) == {(f"Vega-7B ({tag})", "artificial-analysis", 66.0), ("Lyra-LM-7B", "artificial-analysis", 41.0)}


def test_a_board_nobody_listed_is_the_article_s_and_a_sentence_naming_benchmarks_is_no_caption():
    text = ("# The Open Vet-LLM Leaderboard: Benchmarking LLMs in Veterinary Medicine\n\n"
            "Inspired by the Open LLM Leaderboard, we built the Open Vet-LLM Leaderboard.\n\n"
            "The leaderboard uses VetQA and the veterinary subsets of MMLU.\n\n"
            "| Model | Average | VetQA |\n|---|---|---|\n| Vega-70B | 87.0 | 85.7 |\n| Lyra-LM-7B | 70.2 | 64.1 |\n")
    assert scores(text) == {("Vega-70B", "open-vet-llm-leaderboard", 87.0), ("Vega-70B", "vetqa", 85.7),
                            ("Lyra-LM-7B", "open-vet-llm-leaderboard", 70.2), ("Lyra-LM-7B", "vetqa", 64.1)}


def test_a_board_named_in_the_title_with_what_it_is_for_heads_the_tables_of_its_metrics():
    text = ("# Vega Confabulation Leaderboard for RAG\n\nThis benchmark counts made-up answers.\n\n"
            "### 50-50 Ranking\n\n|Rank|Model|Confab %|Weighted|\n|---:|---|---:|---:|\n"
            "|1|Vega-70B|4.0|10.80|\n|2|Lyra-LM-7B|10.9|11.74|\n")
    board = "vega-confabulation-leaderboard"
    assert scores(text) == {("Vega-70B", board, 4.0), ("Vega-70B", board, 10.8),
                            ("Lyra-LM-7B", board, 10.9), ("Lyra-LM-7B", board, 11.74)}
    assert ranks(text) == {("Vega-70B", board, 1), ("Lyra-LM-7B", board, 2)}


def test_a_listed_benchmark_with_a_lowercase_metric_and_no_board_from_the_prose():
    text = ("Vega-72B outperforms Lyra-LM-72B on Arena-Hard.\n\n| Datasets | Vega-72B | Lyra-LM-72B |\n|---|---|---|\n"
            "| Arena-Hard | 81.2 | 69.3 |\n| IFEval strict-prompt | 84.1 | 86.0 |\n")
    assert scores(text) == {("Vega-72B", "arena-hard", 81.2), ("Lyra-LM-72B", "arena-hard", 69.3),
                            ("Vega-72B", "ifeval", 84.1), ("Lyra-LM-72B", "ifeval", 86.0)}


@pytest.mark.parametrize("text", [
    "Results: | Model | MMLU | GSM8K | | Vega-7B | 61.4 | 45.2 | | Lyra-LM-7B | 60.1 | 40.0 |",
    "Benchmark results\nModel MMLU GSM8K\nVega-7B 61.4 45.2\nLyra-LM-7B 60.1 40.0\n",
])
def test_a_flattened_table_without_separator_and_single_spaced_rows(text):
    assert scores(text) == {("Vega-7B", "mmlu", 61.4), ("Vega-7B", "gsm8k", 45.2),
                            ("Lyra-LM-7B", "mmlu", 60.1), ("Lyra-LM-7B", "gsm8k", 40.0)}


def test_tab_separated_rows_under_categories_named_once_and_names_over_a_row_of_sizes():
    text = ("Category\tBenchmark\tVega-3-Mini\tLyra-LM-7B\n\t\t3.8b\t7b\n"
            "Reasoning\tMMLU (5-Shot)\t68.8\t63.6\n\tHellaSwag (5-Shot)\t76.7\t49.8\n"
            "Math\tGSM-8K (0-Shot; CoT)\t82.5\t59.8\n")
    assert scores(text) == {("Vega-3-Mini", "mmlu", 68.8), ("Lyra-LM-7B", "mmlu", 63.6), ("Vega-3-Mini", "hellaswag", 76.7),
                            ("Lyra-LM-7B", "hellaswag", 49.8), ("Vega-3-Mini", "gsm8k", 82.5), ("Lyra-LM-7B", "gsm8k", 59.8)}


def test_a_spanning_section_row_in_an_html_table():
    text = ("<table><tr><th>Model</th><th>HumanEval</th><th>MBPP</th></tr>"
            "<tr><td colspan=\"3\"><strong>Closed-Source Models</strong></td></tr>"
            "<tr><td>GPT-4o-0513</td><td>91.0</td><td>73.5</td></tr>"
            "<tr><td colspan=\"3\">Open-Source Models</td></tr>"
            "<tr><td>Vega-Coder-16B</td><td>81.1</td><td>68.8</td></tr></table>")
    assert scores(text) == {("GPT-4o-0513", "humaneval", 91.0), ("GPT-4o-0513", "mbpp", 73.5),
                            ("Vega-Coder-16B", "humaneval", 81.1), ("Vega-Coder-16B", "mbpp", 68.8)}


def test_a_leaderboard_with_one_cell_per_line_nine_columns_wide_and_its_measure_columns():
    cells = ["Rank", "Overall Acc", "Model", "Organization", "AST Summary", "Latency Mean (s)",
             "1", "85.79", "Vega-4-0125 (Prompt)", "Acme", "88.62", "2.29",
             "2", "84.88", "Lyra-LM-3-20240229 (FC)", "Lyra Labs", "87.41", "4.11",
             "3", "84.47", "Nova-OpenFunctions-v2 (FC)", "Nova", "86.93", "1.32"]
    text = "# Berkeley Function-Calling Leaderboard\n\n" + "\n".join(cells) + "\n"
    got = scores(text)
    assert ("Vega-4-0125 (Prompt)", "berkeley-function-calling-leaderboard", 85.79) in got
    assert ("Lyra-LM-3-20240229 (FC)", "berkeley-function-calling-leaderboard", 87.41) in got
    assert ranks(text) == {("Vega-4-0125 (Prompt)", "berkeley-function-calling-leaderboard", 1),
                           ("Lyra-LM-3-20240229 (FC)", "berkeley-function-calling-leaderboard", 2),
                           ("Nova-OpenFunctions-v2 (FC)", "berkeley-function-calling-leaderboard", 3)}


def test_two_short_header_lines_of_an_aligned_table_and_a_category_that_is_no_acronym():
    text = ("# CompassRank, May 2024\n\nRank  Model  Average  -- Dimensions --\n"
            "Language  Math  Code\n1  Vega-4o  77.0  80.4  70.9  72.0\n2  Lyra-LM-72B  72.7  74.2  73.5  66.0\n")
    got = scores(text)
    assert ("Vega-4o", "opencompass", 77.0) in got and ("Vega-4o", "opencompass", 70.9) in got
    assert not any(b == "math" for _, b, _ in got)


def test_single_spaced_rows_of_percentages_under_a_board_named_on_a_title_line():
    text = ("Hallucination Leaderboard\nPublic LLM leaderboard computed with an evaluation model, updated regularly as models change.\n"
            "Model Hallucination Rate Factual Consistency Rate Answer Rate\n"
            "Vega-4-Turbo 2.5 % 97.5 % 100.0 %\nLyra-LM-70B 4.1 % 95.9 % 99.2 %\n")
    assert scores(text) == {("Vega-4-Turbo", "hallucination-leaderboard", v) for v in (2.5, 97.5, 100.0)} | {
        ("Lyra-LM-70B", "hallucination-leaderboard", v) for v in (4.1, 95.9, 99.2)}


def test_single_spaced_rows_under_a_header_of_model_names_and_no_table_of_dates():
    text = ("Why you can trust us\nPublished: 7:00pm, 27 Dec 2024\nUpdated: 9:15pm, 27 Dec 2024\n\n"
            "Benchmark (Metric) Vega-V3 Lyra-LM-72B\nMMLU (EM) 88.5 85.3\nSWE Verified (Resolved) 42.0 23.8\n")
    assert scores(text) == {("Vega-V3", "mmlu", 88.5), ("Lyra-LM-72B", "mmlu", 85.3),
                            ("Vega-V3", "swe-bench", 42.0), ("Lyra-LM-72B", "swe-bench", 23.8)}


def test_single_spaced_rows_under_a_header_of_model_names_of_several_words_split_where_each_is_whole():
    two = "Benchmark GPT-4 Gemini Ultra\nMMLU 86.4 83.7\nGSM8K 92.0 94.4\n"
    assert scores(two) == {("GPT-4", "mmlu", 86.4), ("Gemini Ultra", "mmlu", 83.7),
                           ("GPT-4", "gsm8k", 92.0), ("Gemini Ultra", "gsm8k", 94.4)}
    sized = "Benchmark Llama 3 70B Mistral Large GPT-4o\nMMLU 82.0 81.2 88.7\nGSM8K 93.0 91.2 90.5\n"
    assert ("Llama 3 70B", "mmlu", 82.0) in scores(sized) and ("GPT-4o", "gsm8k", 90.5) in scores(sized)


def test_single_spaced_rows_whose_values_carry_a_note_under_headers_that_say_what_they_test():
    text = ("Model MMLU (knowledge QA)accuracy GSM8K (reasoning)accuracy HumanEval (code generation)pass@1\n"
            "Vega Flash 73.5 (5-shot direct) 81.0(8-shot CoT, maj@4) 65.2 (0-shot)\n"
            "Lyra-LM-70B 71.8(5-shot direct) 86.5(CoT + self consistency) 67.7(instruction-tuned)\n")
    assert scores(text) == {("Vega Flash", "mmlu", 73.5), ("Vega Flash", "gsm8k", 81.0), ("Vega Flash", "humaneval", 65.2),
                            ("Lyra-LM-70B", "mmlu", 71.8), ("Lyra-LM-70B", "gsm8k", 86.5), ("Lyra-LM-70B", "humaneval", 67.7)}


def test_a_printout_whose_cells_carry_their_column_name_and_values_with_a_note():
    text = ("# Arena-Hard-Auto v0.1 results\n\nvega-4-turbo-2024-04-09   | score: 82.6 | 95% CI: (-1.8, 1.6)\n"
            "lyra-lm-3-opus            | score: 60.4 | 95% CI: (-3.3, 2.4)\n")
    assert scores(text) == {("vega-4-turbo-2024-04-09", "arena-hard", 82.6), ("lyra-lm-3-opus", "arena-hard", 60.4)}
    table = "| Benchmark | Vega-3-8B | Lyra-LM-7B |\n|---|---|---|\n| GPQA | 34.2 | 41.5 (CoT) |\n| MATH | 30.0 | 58.5 (Minerva prompt) |\n"
    assert scores(table) == {("Vega-3-8B", "gpqa", 34.2), ("Lyra-LM-7B", "gpqa", 41.5), ("Vega-3-8B", "math", 30.0),
                             ("Lyra-LM-7B", "math", 58.5)}


def test_ranked_rows_with_two_rank_columns_and_tied_places():
    text = ("On Chatbot Arena this week:\nRank* (UB) Rank (StyleCtrl) Model Arena Score 95% CI Votes Organization License\n"
            "1 1 Vega-Exp-1206 1374 +7/-6 7,520 Acme Proprietary\n2 2 Vega-Exp-1121 1365 +5/-5 16,823 Acme Proprietary\n"
            "2 1 Lyra-LM-4o-latest 1361 +4/-4 22,147 Lyra Proprietary\n4 3 Nova-1-preview 1335 +3/-4 33,169 Nova Proprietary\n")
    assert ranks(text) == {("Vega-Exp-1206", "chatbot-arena", 1), ("Vega-Exp-1121", "chatbot-arena", 2),
                           ("Lyra-LM-4o-latest", "chatbot-arena", 2), ("Nova-1-preview", "chatbot-arena", 4)}
    assert ("Nova-1-preview", "chatbot-arena", 1335.0) in scores(text)
    assert not any(v < 100 for _, _, v in scores(text))  # the second rank column is no score


def test_columns_headed_by_judge_models_are_settings_of_the_table_s_benchmark():
    text = ("Arena-Hard scores under two judges.\n\n| Model Name | GPT-4-1106-Preview Judge | Claude-3-Opus Judge |\n"
            "|---|---|---|\n| vega-7b-chat | 38.2 | 51.7 |\n| lyra-lm-13b | 21.4 | 40.9 |\n")
    assert scores(text) == {("vega-7b-chat", "arena-hard", 38.2), ("vega-7b-chat", "arena-hard", 51.7),
                            ("lyra-lm-13b", "arena-hard", 21.4), ("lyra-lm-13b", "arena-hard", 40.9)}


def test_rows_naming_no_model_under_benchmark_headers_make_no_claim():
    text = ("| | Arena-Hard (Vega judge) | Arena-Hard (Lyra judge) |\n|---|---|---|\n"
            "| Agreement with humans | 87.3% | 61.2% |\n| Spearman Correlation | 92.8% | 74.5% |\n")
    assert scores(text) == set()


def test_a_plain_word_among_benchmark_columns_is_a_benchmark_and_metric_words_are_not():
    text = ("Vega-7B leads on MMLU.\n\n| Model | C-Eval | MMLU | Gaokao | BBH |\n|---|---|---|---|---|\n"
            "| Vega-7B | 51.3 | 52.8 | 44.9 | 39.7 |\n| Lyra-LM-7B | 40.2 | 41.6 | 33.8 | 30.1 |\n")
    assert ("Vega-7B", "gaokao", 44.9) in scores(text)
    metrics = "| Model | Precision | Recall | F1 |\n|---|---|---|---|\n| Vega-7B | 81.5 | 14.2 | 24.1 |\n| Lyra-LM-7B | 88.7 | 4.1 | 7.8 |\n"
    assert {bench for _, bench, _ in scores(metrics)} == {None}


def test_a_caption_under_the_table_and_metric_columns_of_its_benchmark():
    text = ("Results of the moderation models.\n\n| Features | Precision | Recall | F1 |\n|---|---|---|---|\n"
            "| Vega-Guard-7B | 81.5 | 14.2 | 24.1 |\n| [Lyra-Shield-2](https://example.org/lyra) | 88.7 | 4.1 | 7.8 |\n\n"
            "Table 1: Evaluation results of moderation models on ToxiBench.\n")
    assert scores(text) == {(m, "toxibench", v) for m, vs in (("Vega-Guard-7B", (81.5, 14.2, 24.1)),
                                                                ("Lyra-Shield-2", (88.7, 4.1, 7.8))) for v in vs}


def test_the_sentence_leading_into_a_table_names_the_benchmark_of_its_category_columns():
    text = ("We ran the long-context models on the RecallBench evaluation set, and the results are shown in the "
            "table below.\n\n| Model | Average | Summary | Single-Doc QA |\n|---|---|---|---|\n"
            "| Vega-6B-32K | 39.4 | 22.1 | 35.0 |\n| Lyra-6B-32K | 47.9 | 25.3 | 43.2 |\n")
    assert {bench for _, bench, _ in scores(text)} == {"recallbench"}


def test_owner_ids_heading_the_model_columns():
    text = ("| Benchmark | vega/Vega-2-2B-it | [lyra/Lyra-1.5B](https://example.org/lyra) |\n|---|---|---|\n"
            "| BBH | 16.4 | 12.9 |\n| IFEval | 52.3 | 31.8 |\n")
    assert scores(text) == {("vega/Vega-2-2B-it", "bbh", 16.4), ("lyra/Lyra-1.5B", "bbh", 12.9),
                            ("vega/Vega-2-2B-it", "ifeval", 52.3), ("lyra/Lyra-1.5B", "ifeval", 31.8)}


def test_a_section_row_spanning_the_table_is_no_second_header_row():
    text = ("<table><tr><td>Model</td><td>HumanEval</td><td>MBPP</td></tr>"
            "<tr><td colspan=3><b>Base Model</b></td></tr>"
            "<tr><td>Vega-Coder-7B</td><td>31.7</td><td>50.4</td></tr>"
            "<tr><td>Lyra-Coder-7B</td><td>36.9</td><td>53.0</td></tr></table>")
    assert scores(text) == {("Vega-Coder-7B", "humaneval", 31.7), ("Vega-Coder-7B", "mbpp", 50.4),
                            ("Lyra-Coder-7B", "humaneval", 36.9), ("Lyra-Coder-7B", "mbpp", 53.0)}


def test_columns_of_memory_and_hardware_are_no_scores():
    text = ("| Model | MMMU | Min GPU RAM required (GB) |\n|---|---|---|\n| Vega-VL-2B | 36.2 | 4.8 |\n"
            "| Lyra-VL-8B | 41.9 | 12.5 |\n")
    assert scores(text) == {("Vega-VL-2B", "mmmu", 36.2), ("Lyra-VL-8B", "mmmu", 41.9)}


def test_language_columns_are_settings_of_the_table_s_benchmark_never_benchmarks():
    text = ("Scores on the VeraCode leaderboard are shown below.\n\n"
            "| Model | Python | JavaScript | C++ |\n|---|---|---|---|\n| Vega-7B-Chat | 45.1 | 41.7 | 38.0 |\n")
    assert scores(text) == {("Vega-7B-Chat", "veracode", 45.1), ("Vega-7B-Chat", "veracode", 41.7),
                            ("Vega-7B-Chat", "veracode", 38.0)}
    alone = "| Model | Python | JavaScript |\n|---|---|---|\n| Vega-7B-Chat | 45.1 | 41.7 |\n"
    assert scores(alone) == {("Vega-7B-Chat", None, 45.1), ("Vega-7B-Chat", None, 41.7)}


def test_a_table_of_one_model_s_results_named_by_its_lead_in():
    text = ("We give detailed results of the Vega-13B-Base model on C-Eval, CMMLU and MMLU.\n\n"
            "| Benchmark | STEM | Humanities | Average |\n|---|---|---|---|\n"
            "| C-Eval | 51.5 | 65.1 | 59.5 |\n| MMLU | 50.6 | 57.8 | 61.6 |\n")
    assert scores(text) == {("Vega-13B-Base", "c-eval", 51.5), ("Vega-13B-Base", "c-eval", 65.1),
                            ("Vega-13B-Base", "c-eval", 59.5), ("Vega-13B-Base", "mmlu", 50.6),
                            ("Vega-13B-Base", "mmlu", 57.8), ("Vega-13B-Base", "mmlu", 61.6)}
    two = text.replace("the Vega-13B-Base model", "Vega-13B-Base and Lyra-7B")
    assert scores(two) == set()  # whose results, the lead-in does not say


def test_a_heading_of_common_words_leaves_the_benchmark_heading_before_it_in_play():
    text = ("### VeraKao\nVeraKao is an evaluation dataset of exam questions.\n\n### Results\n\n"
            "| Model | Average |\n|---|---|\n| Vega-7B | 21.41 |\n| Lyra-7B | 23.17 |\n\n"
            "### AGIEval\nAGIEval is a dataset.\n\n### Result\n\n| Model | Average |\n|---|---|\n| Vega-7B | 23.49 |\n")
    assert scores(text) == {("Vega-7B", "verakao", 21.41), ("Lyra-7B", "verakao", 23.17), ("Vega-7B", "agieval", 23.49)}


def test_markdown_escapes_in_names_and_values_and_a_count_row_is_no_model():
    text = ("### TinyCode (Pass@1)\n\n| Model | NumLib | Overall |\n|---|---|---|\n| \\# Samples | 220 | 1000 |\n"
            "| Vega2\\.5-7B-mono | 31\\.7 | 11\\.6 |\n| Lyra-LM-7B-alpha | 25\\.5 | 15\\.4 |\n")
    assert {(s, v) for s, _, v in scores(text)} == {("Vega2.5-7B-mono", 31.7), ("Vega2.5-7B-mono", 11.6),
                                                    ("Lyra-LM-7B-alpha", 25.5), ("Lyra-LM-7B-alpha", 15.4)}


def test_a_bold_list_line_above_a_picture_captions_the_table_below():
    text = ("Vega LLM release notes.\n\n+ **[TuringBench Leaderboard](https://example.org/tb)**\n\n"
            "  ![image](https://example.org/chart.png)\n\n"
            "| Model | Score |\n|---|---|\n| Vega-7B-Chat | 89.0 |\n| Lyra-LM-7B-alpha | 88.2 |\n")
    assert scores(text) == {("Vega-7B-Chat", "turingbench", 89.0),
                            ("Lyra-LM-7B-alpha", "turingbench", 88.2)}


def test_a_benchmark_over_a_metric_with_a_score_word_in_an_html_header():
    text = ("<table><tr><th rowspan=\"2\">Models</th><th>MT-Bench</th><th>TuringEval 2.0</th></tr>"
            "<tr><th>Avg. Score</th><th>LC Win Rate</th></tr>"
            "<tr><td>Vega-7B-Chat</td><td>8.85</td><td>34.40</td></tr>"
            "<tr><td>Lyra-LM-7B-alpha</td><td>8.61</td><td>36.60</td></tr></table>")
    got = {(c.subject.text, c.benchmark.id, c.score.metric, c.score.value)
           for c in extract_claims(Article(id="t", text=text, source="t"))}
    assert ("Vega-7B-Chat", "mt-bench", "Avg. Score", 8.85) in got
    assert ("Lyra-LM-7B-alpha", "mt-bench", "Avg. Score", 8.61) in got


def test_single_spaced_columns_counted_by_the_header_when_a_name_ends_in_a_number():
    text = ("How the models do:\n\nModel MMLU GPQA\nVega-7B-Chat 61.2 30.1\nLyra LM 1.5 58.0 28.4\n"
            "Orion-2 57.1\n")  # the last row is short of a cell: it cannot be placed
    assert scores(text) == {("Vega-7B-Chat", "mmlu", 61.2), ("Vega-7B-Chat", "gpqa", 30.1),
                            ("Lyra LM 1.5", "mmlu", 58.0), ("Lyra LM 1.5", "gpqa", 28.4)}


def test_a_label_column_headed_metric_over_benchmark_names_is_the_benchmark_axis():
    text = ("| **Metric (AA)** | **Vega-2** | **Lyra-LM-7B-alpha** |\n|---|---|---|\n| AIME25 | 78 | 74 |\n"
            "| MMLU-Pro | 82 | 84 |\n")
    assert scores(text) == {("Vega-2", "aime", 78.0), ("Lyra-LM-7B-alpha", "aime", 74.0),
                            ("Vega-2", "mmlu-pro", 82.0), ("Lyra-LM-7B-alpha", "mmlu-pro", 84.0)}


def test_cells_stacked_with_line_breaks_are_rows_of_their_own():
    text = ("| Topic | Bench | Vega-2 | Lyra-LM-7B-alpha |\n|:---:|:---:|:---:|:---:|\n"
            "| **Mathematics** | AIME 2024<br>MATH | 74.3<br>96.4 | 79.8<br/>94.9 |\n| **Science** | GPQA | 60.1 | 58.2 |\n")
    assert scores(text) == {("Vega-2", "aime", 74.3), ("Lyra-LM-7B-alpha", "aime", 79.8), ("Vega-2", "math", 96.4),
                            ("Lyra-LM-7B-alpha", "math", 94.9), ("Vega-2", "gpqa", 60.1), ("Lyra-LM-7B-alpha", "gpqa", 58.2)}


def test_a_spread_in_a_subscript_goes_and_a_length_column_under_a_benchmark_is_skipped():
    text = ("<table><tr><th rowspan=\"2\">Models</th><th>MT-Bench</th><th colspan=\"2\">TuringEval 2.0</th></tr>"
            "<tr><th>Avg. Score</th><th>Win Rate</th><th>Length</th></tr>"
            "<tr><td>Vega-7B-Chat</td><td>8.61<sub>0.04</sub> (8.67/8.61/8.56)</td><td>27.18<sub>1.30</sub></td><td>1600</td></tr>"
            "<tr><td>Lyra-LM-7B-alpha</td><td>7.91<sub>0.11</sub></td><td>19.7</td><td>1608</td></tr></table>")
    assert scores(text) == {("Vega-7B-Chat", "mt-bench", 8.61), ("Vega-7B-Chat", "turingeval-2.0", 27.18),
                            ("Lyra-LM-7B-alpha", "mt-bench", 7.91), ("Lyra-LM-7B-alpha", "turingeval-2.0", 19.7)}


def test_a_subscript_is_a_note_in_brackets_a_split_of_a_benchmark_or_a_tag_of_a_name():
    text = ("<table><tr><th>Model</th><th>MME<sub>sum</sub></th><th>VeraVQA<sub>test</sub></th></tr>"
            "<tr><td>Vega-9B<sub>base</sub></td><td>1920.0</td><td>61.2</td></tr>"
            "<tr><td>Lyra-LM-7B-alpha</td><td>1872.0</td><td>58.0</td></tr></table>")
    assert scores(text) == {("Vega-9B (base)", "mme", 1920.0), ("Vega-9B (base)", "veravqa", 61.2),
                            ("Lyra-LM-7B-alpha", "mme", 1872.0), ("Lyra-LM-7B-alpha", "veravqa", 58.0)}


def test_one_row_of_scores_under_a_heading_naming_one_model_is_that_models():
    text = ("# Vega-34B\n\nVega-34B is on the Open LLM Leaderboard.\n\n### Evaluation Results\n\n"
            "| Average | ARC | MMLU |\n| --- | --- | --- |\n| 77.29 | 74.23 | 76.66 |\n\n"
            "### Contamination Results\n\nVega-34B has the following results:\n\n"
            "| ARC | TruthfulQA | GSM8K |\n| --- | --- | --- |\n| 0.20 | 0.45 | 1.00 |\n")
    assert scores(text) == {("Vega-34B", "open-llm-leaderboard", 77.29), ("Vega-34B", "arc", 74.23),
                            ("Vega-34B", "mmlu", 76.66)}


def test_each_rank_column_with_a_qualifier_ranks_and_none_is_a_score():
    text = ("Open LLM Leaderboard, then and now:\n\n| Model | v1 Rank | v2 Rank | Average |\n|---|---|---|---|\n"
            "| Vega-7B-Chat | 3 | 1 | 61.2 |\n| Lyra-LM-7B-alpha | 1 | 2 | 58.0 |\n")
    got = extract_claims(Article(id="t", text=text, source="t"))
    assert {(c.subject.text, c.rank, c.scope) for c in got if c.kind == "rank"} == {
        ("Vega-7B-Chat", 3, "v1 Rank"), ("Vega-7B-Chat", 1, "v2 Rank"),
        ("Lyra-LM-7B-alpha", 1, "v1 Rank"), ("Lyra-LM-7B-alpha", 2, "v2 Rank")}
    assert {(c.subject.text, c.score.value) for c in got if c.kind == "score"} == {("Vega-7B-Chat", 61.2),
                                                                                 ("Lyra-LM-7B-alpha", 58.0)}


def test_a_short_lead_in_line_naming_a_benchmark_captions_the_table():
    text = ("### Function calls\n\nTested on the [TuringBench Leaderboard](https://example.org/tb).\n\n"
            "| Model | Overall Acc. |\n|---|---|\n| Vega-7B-Chat | 58.88 |\n| Lyra-LM-7B-alpha | 81.00 |\n")
    assert {b for _, b, _ in scores(text)} == {"turingbench"}


def test_a_cell_split_as_its_header_announces_gives_one_score_per_part():
    text = ("| Model | VeraMMU (val/test) | VeraVQA (val) |\n|---|---|---|\n| Vega-7B-Chat | 36.6/- | 64.4 |\n"
            "| Lyra-LM-7B-alpha | 51.1/44.7 | 69.5 |\n| Orion-2-7B | 3.53 / 70.8 / 1 | 60.0 |\n")
    got = {(c.subject.text, c.benchmark.id, c.score.metric, c.score.value)
           for c in extract_claims(Article(id="t", text=text, source="t")) if c.kind == "score"}
    assert {("Vega-7B-Chat", "verammu", "val", 36.6), ("Lyra-LM-7B-alpha", "verammu", "val", 51.1),
            ("Lyra-LM-7B-alpha", "verammu", "test", 44.7)} <= got
    assert not any(s == "Orion-2-7B" and b == "verammu" for s, b, _, _ in got)  # three parts under two: no split
    assert scores(text)  # every value's offsets point at its own text


def test_a_paragraph_saying_what_was_evaluated_on_heads_the_table_of_its_parts():
    text = ("We evaluated our chat models against [VeraBench](https://example.org/vera), a benchmark of 80 "
            "multi-turn questions, judged by GPT-4 (accessed in April).\n\n"
            "| Model | turn1 | turn2 | average |\n|---|---|---|---|\n| Vega-7B-Chat | 6.57 | 5.40 | 5.99 |\n")
    assert scores(text) == {("Vega-7B-Chat", "verabench", 6.57), ("Vega-7B-Chat", "verabench", 5.4),
                            ("Vega-7B-Chat", "verabench", 5.99)}


def test_a_paragraph_saying_whose_performance_the_table_shows_heads_the_table_of_its_parts():
    text = ("### Reading\nModel performance on the KESTREL benchmark, where #Param. denotes the model parameters.\n\n"
            "| Model | #Param. | eng_Latn | zho_Hans | Avg. |\n| :--- | :---: | :---: | :---: | :---: |\n"
            "| Vega-7B | 40B | 77.2 | 66.0 | 68.5 |\n| Orion-13B | 15B | 78.6 | 75.2 | 75.8 |\n")
    assert {b for _, b, _ in scores(text)} == {"kestrel"}
    assert len(scores(text)) == 6
    # results on a benchmark, said so
    assert {b for _, b, _ in scores(text.replace("Model performance on", "Results on"))} == {"kestrel"}


def test_a_paragraph_naming_two_benchmarks_heads_no_table():
    text = ("We evaluated Vega-7B-Chat on MMLU and on GSM8K.\n\n"
            "| Model | turn1 | turn2 |\n|---|---|---|\n| Vega-7B-Chat | 6.57 | 5.40 |\n")
    assert {b for _, b, _ in scores(text)} == {"turn1", "turn2"}


def test_harness_tasks_down_under_a_task_metric_label_and_models_across():
    text = ("| **Task/Metric** | **Vega-7B** | **Lyra-LM-7B** |\n| --- | --- | --- |\n"
            "| boolq/acc | 0.66 | 0.75 |\n| hellaswag/acc_norm | 0.66 | 0.73 |\n| arc_easy/acc | 0.67 | 0.68 |\n")
    assert scores(text) == {("Vega-7B", "boolq", 0.66), ("Lyra-LM-7B", "boolq", 0.75),
                            ("Vega-7B", "hellaswag", 0.66), ("Lyra-LM-7B", "hellaswag", 0.73),
                            ("Vega-7B", "arc", 0.67), ("Lyra-LM-7B", "arc", 0.68)}  # ARC-Easy, a named part of ARC


def test_a_superscript_inside_a_name_is_part_of_it_and_one_after_it_is_a_footnote():
    text = "| Benchmark | Vega-7B | Lyra-LM-7B |\n|---|---|---|\n| τ²-Bench | 88.2² | 80.3 |\n| τ-bench¹ | 70.1 | 60.2 |\n"
    assert scores(text) == {("Vega-7B", "tau2-bench", 88.2), ("Lyra-LM-7B", "tau2-bench", 80.3),
                            ("Vega-7B", "tau-bench", 70.1), ("Lyra-LM-7B", "tau-bench", 60.2)}


VERACLUE = """### VeraCLUE overall (December)
| Rank | Model | Org | Total | OPEN<br/>open questions | Access |
|:-:|:-:|:-:|:-:|:-:|:-:|
| Lyra-Turbo | Zeta | 90.63 | 90.89 | API |
| 🏅️ | Vega-7B | Acme | 79.02 | 75.00 | API |
| 🥈 | Orion-4-Raven-14B | Zeta | 76.54 | 71.78 | API |
"""


def test_a_row_one_cell_short_without_a_rank_is_an_unranked_entry():
    assert ("Lyra-Turbo", "veraclue", 90.63) in scores(VERACLUE)
    assert "Zeta" not in {s for s, _, _ in scores(VERACLUE)}


def test_a_medal_ranks_and_a_column_of_scores_under_a_flag_word_is_scored():
    assert ranks(VERACLUE) == {("Vega-7B", "veraclue", 1), ("Orion-4-Raven-14B", "veraclue", 2)}
    assert {("Vega-7B", "veraclue", 75.0), ("Orion-4-Raven-14B", "veraclue", 71.78)} <= scores(VERACLUE)
    flags = "| Model | Score | Open |\n|---|---|---|\n| Vega-7B | 79.0 | 1 |\n| Lyra-LM-7B | 70.2 | 0 |\n"
    assert scores(flags) == {("Vega-7B", None, 79.0), ("Lyra-LM-7B", None, 70.2)}


def test_a_rank_column_qualified_by_a_score_word_is_a_mean_of_ranks_and_holds_no_claim():
    text = ("| Model | Average Rank | MMLU |\n|---|---|---|\n| Vega-7B | 2.5 | 61.0 |\n| Lyra-LM-7B | 4.1 | 58.2 |\n")
    assert scores(text) == {("Vega-7B", "mmlu", 61.0), ("Lyra-LM-7B", "mmlu", 58.2)} and ranks(text) == set()
    elo = "| Model | Elo ranking (median) |\n|---|---|\n| Vega-7B | 1140 |\n| Lyra-LM-7B | 1073 |\n"
    assert ranks(elo) == set()


def test_a_board_that_only_labels_a_table_row_is_not_the_article_s_board():
    text = ("| | Vega-7B | Lyra-LM-7B |\n|:--|:--:|:--:|\n| C-Eval | 70.1 | 55.2 |\n\n"
            "| Model | Average | ARC |\n|---|---|---|\n| Vega-7B | 63.2 | 60.1 |\n")
    assert ("Vega-7B", None, 63.2) in scores(text) and ("Vega-7B", "c-eval", 70.1) in scores(text)


def test_an_unlisted_benchmark_the_prose_names_again_and_again_is_what_its_leaderboard_ranks_by():
    text = ("The VeraWords benchmark is nearing saturation, so the VeraWords benchmark now adds trick words.\n\n"
            "### Leaderboard\n\n|Rank|Model|Score(%)|\n|---:|---|---:|\n|1|Vega-7B|82.5|\n|2|Lyra-LM-7B|70.8|\n")
    assert ranks(text) == {("Vega-7B", "verawords", 1), ("Lyra-LM-7B", "verawords", 2)}


def test_a_table_that_names_only_a_metric_scores_the_one_benchmark_the_prose_is_about():
    text = ("Kite-3 vs Lark-2 — GPQA Benchmark Comparison (Accuracy, Runtime)\n\n"
            "This report sums up how two setups perform on the GPQA benchmark (448 questions each). We compare:\n"
            "- accuracy (who gets the most answers right)\n- speed (how fast the setups finish)\n"
            "Use this to pick the setup that fits your needs.\nTL;DR\n- Most accurate: Kite-3 (61.20%)\n"
            "1. Overall Model Performance\n"
            "The runs show wide gaps between the two setups:\n"
            "Model | Accuracy | Performance Rank |\n---|---|---|\nKite-3 | 61.20% | 1st |\nLark-2 | 48.75% | 2nd |\n")
    assert scores(text) == {("Kite-3", "gpqa", 61.2), ("Lark-2", "gpqa", 48.75)}
    assert ranks(text) == {("Kite-3", "gpqa", 1), ("Lark-2", "gpqa", 2)}


def test_prose_about_two_benchmarks_leaves_a_metric_only_table_without_one():
    text = ("We ran both setups on GPQA and on MMLU, and on GPQA again with tools, and on MMLU again.\n\n"
            "Model | Accuracy |\n---|---|\nKite-3 | 61.20% |\nLark-2 | 48.75% |\n")
    assert scores(text) == {("Kite-3", None, 61.2), ("Lark-2", None, 48.75)}


def test_a_footnote_listing_the_tests_an_average_covers_gives_the_table_none_of_them():
    text = ("## Evaluations\n\n| Model | Average Score on 6 Benchmarks |\n|---|---|\n| Kite-3 | 77.3 |\n"
            "| Lark-2 | 71.1 |\n\n*Benchmarks: AI2D test, ChartQA test, DocQA test, MathVista testmini, CountBenchQA, "
            "Flickr Count (a new set we built, far harder than CountBenchQA).*\n")
    assert scores(text) == {("Kite-3", None, 77.3), ("Lark-2", None, 71.1)}


def test_a_column_of_large_whole_numbers_beside_scores_is_no_score_column_but_an_elo_one_is():
    text = ("| Checkpoint | GT | MMLU-5 |\n|---|---|---|\n| Vega-11B | 5500 | 58.37 |\n| Lyra-LM-7B | 15000 | 66.69 |\n")
    assert scores(text) == {("Vega-11B", "mmlu", 58.37), ("Lyra-LM-7B", "mmlu", 66.69)}
    codeforces = "| Model | Codeforces | MMLU |\n|---|---|---|\n| Vega-11B | 2029 | 58.37 |\n| Lyra-LM-7B | 1820 | 66.69 |\n"
    assert ("Vega-11B", "codeforces", 2029.0) in scores(codeforces)
    arena = ("| Model | Arena Elo | MMLU |\n|---|---|---|\n| Vega-11B | 1205 | 58.37 |\n| Lyra-LM-7B | 1187 | 66.69 |\n")
    assert ("Vega-11B", "chatbot-arena", 1205.0) in scores(arena)


def test_a_plus_header_over_a_value_and_one_in_brackets_gives_both_the_second_as_the_plus_edition():
    text = ("| Model | Size | VeraEval (+) |\n|---|---|---|\n| Vega-7B | 7B | 60.4 (55.5) |\n"
            "| Lyra-LM-7B | 7B | **76.8** (**70.7**) |\n")
    got = {(c.subject.text, c.benchmark.id, c.score.value, c.score.metric)
           for c in extract_claims(Article(id="t", text=text, source="test")) if c.kind == "score"}
    assert got == {("Vega-7B", "veraeval", 60.4, None), ("Vega-7B", "veraeval", 55.5, "+"),
                   ("Lyra-LM-7B", "veraeval", 76.8, None), ("Lyra-LM-7B", "veraeval", 70.7, "+")}


def test_a_board_heading_one_of_several_benchmark_columns_is_not_the_article_s_board():
    text = ("## Evaluation Results\n\n|Model|Average score|MMLU|CMMLU|HellaSwag|\n|----|----|----|----|----|\n"
            "|Vega-2B|41.58|41.81|31.02|66.82|\n|Lyra-LM-7B|58.89|57.61|32.05|70.94|\n")
    assert ("Vega-2B", None, 41.58) in scores(text) and ("Vega-2B", "cmmlu", 31.02) in scores(text)


def test_an_unlisted_name_over_a_row_of_shot_notes_heads_its_column():
    text = ("| Model | **MMLU** | **Veraokao** |\n|:--|:--|:--|\n| | 5-shot | 0-shot |\n"
            "| Vega-7B | 86.4 | 72.3 |\n| Lyra-LM-7B | 70.0 | 51.1 |\n")
    assert scores(text) == {("Vega-7B", "mmlu", 86.4), ("Vega-7B", "veraokao", 72.3),
                            ("Lyra-LM-7B", "mmlu", 70.0), ("Lyra-LM-7B", "veraokao", 51.1)}


def test_a_maker_before_a_model_in_a_name_cell_is_the_row_s_maker_not_part_of_the_name():
    text = ("| Model | MMLU | GPQA |\n|---|---|---|\n| Google Gemma 2B | 41.81 | 30.1 |\n| Mistral 7B | 60.1 | 28.4 |\n"
            "| OpenAI o1 | 91.8 | 78.0 |\n")
    claims = [c for c in extract_claims(Article(id="t", text=text, source="test")) if c.benchmark.id == "mmlu"]
    assert [(c.subject.text, c.subject.vendor, text[c.subject.span.start:c.subject.span.end]) for c in claims] == [
        ("Gemma 2B", "Google", "Gemma 2B"), ("Mistral 7B", "Mistral AI", "Mistral 7B"),
        ("OpenAI o1", "OpenAI", "OpenAI o1")]  # a short id goes by its maker's name too


def test_ranked_rows_with_a_spaced_percent_and_notes_under_a_header_of_many_words():
    text = ("Quick Look Leaderboard\n\nRank Model Pass @ 1 Accuracy (GSM8K) Notes\n"
            "1 Vega-7B 93.3 % Reported by the maker. (Acme)\n2 Lyra-LM-7B 86.5 % Best independent score. (Zed)\n"
            "3 Kite-3 74.0 % Open weights (671 B params).\n")
    assert ranks(text) == {("Vega-7B", "gsm8k", 1), ("Lyra-LM-7B", "gsm8k", 2), ("Kite-3", "gsm8k", 3)}
    assert scores(text) == {("Vega-7B", "gsm8k", 93.3), ("Lyra-LM-7B", "gsm8k", 86.5), ("Kite-3", "gsm8k", 74.0)}


def test_a_rank_column_first_in_a_single_spaced_table_is_no_part_of_the_name():
    text = "LLM results.\n\nRank Model MMLU GSM8K\n1 Vega-7B 61.4 45.2\n2 Lyra-LM-7B 58.0 40.1\n"
    assert ranks(text) == {("Vega-7B", None, 1), ("Lyra-LM-7B", None, 2)}
    assert scores(text) == {("Vega-7B", "mmlu", 61.4), ("Vega-7B", "gsm8k", 45.2),
                            ("Lyra-LM-7B", "mmlu", 58.0), ("Lyra-LM-7B", "gsm8k", 40.1)}


def test_chinese_average_and_parameter_count_headers_are_read_as_their_english_words():
    text = ("| 排名 | 模型 | 平均分数 | 参数量(B) | MMLU |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | Vega-78B | 52.08 | 78.0 | 70.03 |\n| 2 | Lyra-LM-7B | 41.29 | 7.0 | 60.72 |\n")
    got = scores(text)
    assert ("Vega-78B", "mmlu", 70.03) in got and all(v != 78.0 for _, _, v in got)
    assert "平均分数" not in {b for _, b, _ in got}


def test_a_benchmark_in_the_corner_over_columns_of_languages_holds_the_table():
    text = ("| VeraExam / 3-shot (Acc) | En | Zh | Vi |\n|---|---|---|---|\n| Vega-13B | 75.46 | 60.20 | 58.64 |\n"
            "| Lyra-LM-7B | 59.88 | 43.40 | 41.70 |\n")
    assert scores(text) == {(m, "veraexam", v) for m, vs in (("Vega-13B", (75.46, 60.2, 58.64)),
                                                            ("Lyra-LM-7B", (59.88, 43.4, 41.7))) for v in vs}


def test_a_benchmark_in_the_corner_over_category_columns_holds_the_table():
    text = "| MMLU (Acc) | STEM | Humanities | Others | Average |\n|---|---|---|---|---|\n| Vega-13B | 45.1 | 50.2 | 52.0 | 50.6 |\n"
    assert scores(text) == {("Vega-13B", "mmlu", v) for v in (45.1, 50.2, 52.0, 50.6)}


def test_a_version_word_inside_a_model_header_is_no_column_of_versions():
    text = ("LLM results.\n\n| Benchmark | Vega-7B | Tern-2-Turbo<br>version 1106 |\n|---|---|---|\n"
            "| MMLU | 63.6 | 71.4 |\n")
    assert ("Tern-2-Turbo version 1106", "mmlu", 71.4) in {s[:3] for s in scores(text)}


def test_a_table_name_the_prose_spells_in_another_order_takes_the_prose_spelling():
    text = ("We compare Vega-3-8B-Instruct and Tern-2-Turbo-1106 with Kite-13B on LLM benchmarks.\n\n"
            "| Benchmark | Vega-3-Instruct<br>8b | Tern-2-Turbo<br>version 1106 | Kite<br>13B |\n|---|---|---|---|\n"
            "| MMLU | 64.0 | 70.2 | 51.3 |\n")
    assert {s[:3] for s in scores(text)} == {
        ("Vega-3-8B-Instruct", "mmlu", 64.0), ("Tern-2-Turbo-1106", "mmlu", 70.2), ("Kite-13B", "mmlu", 51.3)}
    # a name the prose gives without the table's size is another name: it stays as the table has it
    text = text.replace("with Kite-13B", "with Kite")
    assert ("Kite 13B", "mmlu", 51.3) in {s[:3] for s in scores(text)}


def test_rows_of_languages_under_a_heading_that_names_the_benchmark_are_its_scores():
    text = ("LLM results.\n\n### Multilingual VeraQA\n\n| Language | Vega-7B | Kite-13B |\n|---|---|---|\n"
            "| **French** | 72.4 | 61.0 |\n| **German** | 70.6 | 60.2 |\n")
    assert scores(text) == {("Vega-7B", "multilingual-veraqa", 72.4), ("Kite-13B", "multilingual-veraqa", 61.0),
                            ("Vega-7B", "multilingual-veraqa", 70.6), ("Kite-13B", "multilingual-veraqa", 60.2)}


def test_a_language_word_before_a_listed_benchmark_names_a_benchmark_of_its_own():
    text = ("LLM results.\n\n### Multilingual MMLU\n\n| Language | Vega-7B | Kite-13B |\n|---|---|---|\n"
            "| French | 75.8 | 65.9 |\n\nOn Arabic MMLU, Vega-7B scored 61.2%.")
    assert {b for _, b, _ in scores(text)} == {"multilingual-mmlu", "arabic-mmlu"}


def test_a_confidence_interval_in_brackets_after_a_value_is_read_past():
    text = "| Model | MMLU |\n|---|---|\n| Vega-7B-Chat | 83.1 (-1.7, 1.6) |\n| Lyra-LM-7B-alpha | 54.2 (-2.5, 2.4) |\n"
    assert scores(text) == {("Vega-7B-Chat", "mmlu", 83.1), ("Lyra-LM-7B-alpha", "mmlu", 54.2)}


def test_a_row_of_metrics_under_group_headers_that_span_empty_cells_is_header():
    text = ("LLM results.\n\n| Model | MMLU | | GSM8K | |\n|---|---|---|---|---|\n| | 0-shot | 5-shot | 0-shot | 8-shot |\n"
            "| Vega-7B | 58.0 | 61.2 | 30.1 | 40.5 |\n")
    assert scores(text) == {("Vega-7B", "mmlu", 58.0), ("Vega-7B", "mmlu", 61.2), ("Vega-7B", "gsm8k", 30.1),
                            ("Vega-7B", "gsm8k", 40.5)}


def test_a_separator_row_of_single_dashes_with_colons_heads_the_table_and_a_size_column_completes_names():
    text = ("LLM results.\n\n|Model|Params|MMLU|C-Eval|\n|:-|:-:|:-:|:-:|\n|Vega|7B|61.2|70.3|\n|Vega|14B|66.0|75.1|\n")
    assert scores(text) == {("Vega 7B", "mmlu", 61.2), ("Vega 7B", "c-eval", 70.3), ("Vega 14B", "mmlu", 66.0),
                            ("Vega 14B", "c-eval", 75.1)}


def test_a_column_headed_method_that_lists_model_names_is_the_model_column():
    text = ("LLM results.\n\n| Method | MMLU | GSM8K |\n|---|---|---|\n| Vega-7B | 61.2<sup>\u2020</sup> | 40.5 |\n"
            "| Kite-13B | 55.0 | 35.2* |\n")
    assert scores(text) == {("Vega-7B", "mmlu", 61.2), ("Vega-7B", "gsm8k", 40.5), ("Kite-13B", "mmlu", 55.0),
                            ("Kite-13B", "gsm8k", 35.2)}


def test_a_group_row_of_one_cell_framed_by_pipes_stays_inside_the_table():
    text = ("| Model | MMLU | GPQA |\n|---|---|---|\n| *Open weights:* |\n| Vega-7B-Chat | 61.2 | 30.1 |\n"
            "| *Fully open:* |\n| Lyra-LM-7B-alpha | 58.0 | 28.4 |\n")
    assert scores(text) == MODELS_ACROSS


def test_short_headers_of_listed_benchmarks_and_arc_easy_a_named_part_of_arc():
    text = ("| Model | HSwag | WinoG | ARC/C | ARC-Easy |\n|---|---|---|---|---|\n"
            "| Vega-7B-Chat | 80.1 | 74.2 | 61.0 | 85.3 |\n| Lyra-LM-7B-alpha | 78.4 | 70.9 | 55.2 | 81.7 |\n")
    got = {(c.subject.text, c.benchmark.id, c.benchmark.part, c.score.value)
           for c in extract_claims(Article(id="t", text=text, source="t")) if c.subject.text == "Vega-7B-Chat"}
    assert got == {("Vega-7B-Chat", "hellaswag", None, 80.1), ("Vega-7B-Chat", "winogrande", None, 74.2),
                   ("Vega-7B-Chat", "arc", None, 61.0), ("Vega-7B-Chat", "arc", "ARC-Easy", 85.3)}


def test_context_length_columns_are_how_a_score_was_measured_not_benchmarks():
    text = ("**VeraLong**\n\n| Model | 4k | 32k | 128k |\n|---|---|---|---|\n"
            "| Vega-7B-Chat | 0.97 | 0.91 | 0.85 |\n| Lyra-LM-7B-alpha | 0.95 | 0.90 | 0.71 |\n")
    assert {b for _, b, _ in scores(text)} == {"veralong"}
    assert len(scores(text)) == 6


def test_a_heading_naming_an_unlisted_benchmark_with_its_version_keeps_the_version():
    text = ("**VeraLong v2**\n\n| Model | overall | hard |\n|---|---|---|\n"
            "| Vega-7B-Chat | 51.4 | 49.7 |\n| Lyra-LM-7B-alpha | 46.7 | 41.5 |\n")
    assert {b for _, b, _ in scores(text)} == {"veralong-v2"}


def boards(text: str) -> set[tuple]:
    """(benchmark id, part of the board) of every claim."""
    return {(c.benchmark.id, c.benchmark.part) for c in extract_claims(Article(id="t", text=text, source="test"))}


def test_an_arena_score_column_in_a_table_of_another_arena_is_that_arena_s():
    text = ("We opened WebDev Arena to coding votes last month. The WebDev Arena standings so far:\n\n"
            "| Model | Arena Score | Votes |\n|---|---|---|\n| Vega-7B-Chat | 1074 | 2100 |\n| Lyra-LM-7B-alpha | 1053 | 1900 |\n")
    assert boards(text) == {("chatbot-arena", "WebDev Arena")}  # a part of the LMArena board, named
    # with no other arena in the article it is the whole Chatbot Arena's
    text = "| Model | Arena Score | Votes |\n|---|---|---|\n| Vega-7B-Chat | 1074 | 2100 |\n| Lyra-LM-7B-alpha | 1053 | 1900 |\n"
    assert boards(text) == {("chatbot-arena", None)}


def test_a_table_of_a_listed_part_of_the_arena_carries_the_arena_s_id_and_names_the_part():
    text = ("Votes in the Multimodal Arena, where models answer questions about images, as of this week:\n\n"
            "| Rank | Model | Arena Score |\n|---|---|---|\n| 1 | Vega-7B-Chat | 1211 |\n| 2 | Lyra-LM-7B-alpha | 1189 |\n")
    assert boards(text) == {("chatbot-arena", "Vision Arena")}


def test_an_html_table_captioned_with_an_unlisted_arena_is_that_arena_s_in_every_column():
    text = ("<p>Table 1. Vera Duel Arena Leaderboard (votes to June).</p>\n<table>\n"
            "<tr> <th>Rank</th> <th>Model</th> <th>Arena Score</th> <th>Votes</th></tr>\n"
            "<tr> <td>1</td> <td>Vega-2-7B</td> <td>1226</td> <td>3878</td> </tr>\n"
            "<tr> <td>2</td> <td>Lyra-LM-7B-alpha</td> <td>1209</td> <td>5664</td> </tr>\n</table>\n")
    assert scores(text) == {("Vega-2-7B", "vera-duel-arena", 1226.0), ("Lyra-LM-7B-alpha", "vera-duel-arena", 1209.0)}
    assert ranks(text) == {("Vega-2-7B", "vera-duel-arena", 1), ("Lyra-LM-7B-alpha", "vera-duel-arena", 2)}


def test_a_one_word_title_right_over_a_table_with_no_benchmark_axis_names_its_benchmark():
    text = ("**Vera**\n| Model | 4k | 32k |\n|---|---|---|\n| Vega-7B-Chat | 0.97 | 0.91 |\n| Lyra-LM-7B-alpha | 0.95 | 0.90 |\n")
    assert {b for _, b, _ in scores(text)} == {"vera"}
    # a common word over the table names nothing
    text = ("**Results**\n| Model | 4k | 32k |\n|---|---|---|\n| Vega-7B-Chat | 0.97 | 0.91 |\n| Lyra-LM-7B-alpha | 0.95 | 0.90 |\n")
    assert {b for _, b, _ in scores(text)} == {None}


def test_a_model_column_with_dashes_for_unreported_scores_keeps_its_values():
    text = ("| Model | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|\n| MMLU | 61.2 | - |\n| GPQA | 30.1 | - |\n"
            "| BBH | 44.0 | 38.5 |\n| MATH | 12.5 | N/A |\n")
    assert ("Lyra-LM-7B-alpha", "bbh", 38.5) in scores(text)
    assert len(scores(text)) == 5


def test_cells_set_in_superscript_are_read_and_footnote_marks_dropped():
    text = ("| <sup>Model</sup> | <sup>MMLU</sup> | <sup>GPQA<sup>1</sup></sup> |\n|---|---|---|\n"
            "| <sup>**Vega-7B-Chat**</sup> | <sup>**61.2**</sup> | <sup>30.1<sup>†</sup></sup> |\n"
            "| <sup>Lyra-LM-7B-alpha</sup> | <sup>58.0</sup> | <sup>28.4</sup> |\n")
    assert scores(text) == MODELS_ACROSS


def test_a_model_header_shaped_like_an_unlisted_benchmark_beside_model_headers_is_a_model():
    text = ("| Benchmark | Vega-7B-Chat | Vega-V 2.6 | Lyra-LM-7B-alpha |\n|---|---|---|---|\n"
            "| MMLU | 61.2 | 49.8 | 58.0 |\n| GPQA | 30.1 | 27.5 | 28.4 |\n")
    assert {s for s, _, _ in scores(text)} == {"Vega-7B-Chat", "Vega-V 2.6", "Lyra-LM-7B-alpha"}


def test_an_html_header_with_cells_spanning_two_rows_beside_a_group_keeps_every_column_in_place():
    text = ("<table><thead><tr><th rowspan=\"2\">Model</th><th rowspan=\"2\">MMLU</th><th rowspan=\"2\">GPQA</th>"
            "<th colspan=\"2\">VeraDuel</th></tr><tr><th>Win</th><th>Loss</th></tr></thead><tbody>"
            "<tr><td>Vega-7B-Chat</td><td>61.2</td><td>30.1</td><td>41</td><td>42</td></tr>"
            "<tr><td>Lyra-LM-7B-alpha</td><td>58.0</td><td>28.4</td><td>42</td><td>41</td></tr></tbody></table>")
    assert MODELS_ACROSS <= scores(text)
    assert ("Vega-7B-Chat", "gpqa", 41.0) not in scores(text)


def test_a_table_with_no_model_axis_in_a_card_naming_one_model_holds_that_model_s_scores():
    text = ("# Vega-7B-Chat\n\nVega-7B-Chat was trained on web text and code.\n\n## Evaluation Results\n\n"
            "*Zero-shot performance.* Evaluated with the usual harness:\n\n"
            "| HellaSwag | Winogrande | GSM8K |\n| :--- | :--- | :--- |\n| 75.0 | 74.0 | 24.1 |\n")
    assert scores(text) == {("Vega-7B-Chat", "hellaswag", 75.0), ("Vega-7B-Chat", "winogrande", 74.0),
                            ("Vega-7B-Chat", "gsm8k", 24.1)}
    # a page naming two models gives such a table to neither
    text = text.replace("# Vega-7B-Chat", "# Release notes").replace(
        "was trained on web text and code.", "was trained like Lyra-LM-7B-alpha.")
    assert scores(text) == set()


def test_settings_side_by_side_in_a_header_split_each_cell_into_one_score_per_setting():
    text = ("| Model | VeraQA<br>n=0&nbsp;&nbsp;n=5 | MMLU<br>0-shot 5-shot |\n|---|---|---|\n"
            "| Vega-7B-Chat | 53.0 &nbsp;&nbsp; 70.1 | **59.5** &nbsp; **63.1** |\n"
            "| Lyra-LM-7B-alpha | 41.2 &nbsp;&nbsp; 44.0 | 55.1 &nbsp; 58.0 |\n")
    got = {(c.subject.text, c.benchmark.id, c.score.value, c.score.metric)
           for c in extract_claims(Article(id="t", text=text, source="test")) if c.kind == "score"}
    assert ("Vega-7B-Chat", "veraqa", 53.0, "n=0") in got and ("Vega-7B-Chat", "veraqa", 70.1, "n=5") in got
    assert ("Lyra-LM-7B-alpha", "mmlu", 58.0, "5-shot") in got
    assert len(got) == 8


def test_values_in_italics_or_with_an_arrow_or_medal_after_them_are_numbers():
    text = ("| Model | MMLU | GPQA |\n|---|---|---|\n| Vega-7B-Chat | _61.2_ 🥇 | 30.1 ↑ |\n"
            "| Lyra-LM-7B-alpha | 58.0^ | __28.4__ |\n")
    assert scores(text) == MODELS_ACROSS


@pytest.mark.parametrize("caption", ["VERA: a retrieval-based benchmark for long contexts",
                                     "VERA, a new benchmark for long contexts"])
def test_a_caption_introducing_a_benchmark_above_a_table_is_the_table_s_benchmark(caption):
    text = f"{caption}\n| Model | 4K | 8K |\n|--|--|--|\n| Vega-7B-Chat | 94.8 | 93.0 |\n"
    assert scores(text) == {("Vega-7B-Chat", "vera", 94.8), ("Vega-7B-Chat", "vera", 93.0)}


@pytest.mark.parametrize("link", ["[{}][{}]", "[{}](https://example.org/{})"])
def test_a_benchmark_cell_written_as_a_link_reads_as_the_link_s_text(link):
    text = (f"| Benchmark | Metric | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|---|\n"
            f"| {link.format('MMLU', 'mmlu')} | 5-shot | 61.2 | 58.0 |\n"
            f"| {link.format('GPQA', 'gpqa')} | 0-shot | 30.1 | 28.4 |\n")
    assert scores(text) == MODELS_ACROSS


@pytest.mark.parametrize("mark", ["\U0001F3C6", "\u2B50", "\u2B50\uFE0F", "\U0001F451"])
def test_a_value_with_a_trophy_star_or_crown_after_it_is_a_number(mark):
    text = (f"| Model | MMLU | GPQA |\n|---|---|---|\n| Vega-7B-Chat | 61.2 {mark} | 30.1 |\n"
            f"| Lyra-LM-7B-alpha | 58.0 | 28.4 |\n")
    assert scores(text) == MODELS_ACROSS


def test_a_heading_naming_a_benchmark_and_the_word_benchmark_gives_the_benchmark_without_the_word():
    text = ("# VMX Benchmark\n\n[VMX](https://example.org/vmx) is a broad evaluation benchmark for vision LLMs.\n\n"
            "| Rank | Model | Score |\n|---|---|---|\n| 1 | Vega-7B | 1487.57 |\n| 2 | Lyra-7B | 1419.08 |\n")
    assert scores(text) == {("Vega-7B", "vmx", 1487.57), ("Lyra-7B", "vmx", 1419.08)}


def test_a_column_named_by_a_suite_shaped_benchmark_beside_a_board_column_is_that_benchmark():
    text = ("## Scores\n\n| Model Name | Chatbot Arena Elo | Vera-Bench Score |\n| --- | --- | --- |\n"
            "| Vega-7B | 1190 | 85.73 |\n| Lyra-7B | 1115 | 71.62 |\n")
    assert scores(text) == {("Vega-7B", "chatbot-arena", 1190.0), ("Vega-7B", "vera-bench", 85.73),
                            ("Lyra-7B", "chatbot-arena", 1115.0), ("Lyra-7B", "vera-bench", 71.62)}


def test_a_pipe_table_broken_by_blank_lines_goes_on_after_them():
    text = ("## Scores\n\n| Model | MMLU |\n| --- | --- |\n| Vega-7B | 61.1 |\n| Lyra-7B | 60.1 |\n\n\n"
            "| Kite-2 | 55.1 |\n| Tern-3 | 54.1 |\n\nA new table:\n\n| Model | GSM8K |\n| --- | --- |\n"
            "| Vega-7B | 50.2 |\n| Kite-2 | 30.2 |\n")
    assert scores(text) == {("Vega-7B", "mmlu", 61.1), ("Lyra-7B", "mmlu", 60.1), ("Kite-2", "mmlu", 55.1),
                            ("Tern-3", "mmlu", 54.1), ("Vega-7B", "gsm8k", 50.2), ("Kite-2", "gsm8k", 30.2)}


def test_a_row_of_benchmarks_under_a_row_of_groups_heads_the_models_as_rows():
    text = ("LLM results.\n\n| Benchmark | General |  | Reasoning |\n|---|---|---|---|\n"
            "|  | VeraQA(0-shot) | MMLU(0-shot) | GPQA(0-shot) |\n| Vega-8B | 83.1 | 76.6 | 37.4 |\n| Lyra-7B | 75.8 | 76.8 | 33.3 |\n")
    assert scores(text) == {("Vega-8B", "veraqa", 83.1), ("Vega-8B", "mmlu", 76.6), ("Vega-8B", "gpqa", 37.4),
                            ("Lyra-7B", "veraqa", 75.8), ("Lyra-7B", "mmlu", 76.8), ("Lyra-7B", "gpqa", 33.3)}


def test_groups_then_a_labelled_row_of_benchmarks_then_settings_head_the_models_as_rows():
    text = ("LLM results.\n\n| Skill | Knowledge |  | Math |\n|---|---|---|---|\n| Dataset | VeraQA | MMLU | GSM8K |\n"
            "|  | 5-shot | 5-shot | 4-shot |\n| Vega-65B | 72.4 | 75.1 | 76.9 |\n| Lyra-70B | 68.6 | 72.6 | 73.9 |\n")
    assert scores(text) == {("Vega-65B", "veraqa", 72.4), ("Vega-65B", "mmlu", 75.1), ("Vega-65B", "gsm8k", 76.9),
                            ("Lyra-70B", "veraqa", 68.6), ("Lyra-70B", "mmlu", 72.6), ("Lyra-70B", "gsm8k", 73.9)}


def test_a_row_of_settings_among_the_header_rows_is_no_model():
    text = ("## Evaluation\n\n| Category | General |  | Math |\n|---|---|---|---|\n| Benchmark | MMLU | BBH | GSM8K |\n"
            "| Metric | acc | EM | EM |\n| Shots | 5 | 3 | 4 |\n| Vega-9B | 71.3 | 68.2 | 70.7 |\n| Lyra-8B | 66.6 | 57.7 | 55.3 |\n")
    assert {s for s, _, _ in scores(text)} == {"Vega-9B", "Lyra-8B"}
    assert ("Vega-9B", "bbh", 68.2) in scores(text)


def test_a_tab_separated_table_keeps_its_rows_past_a_group_row_of_one_cell():
    text = ("## LLM results\n\nBenchmark\tVega-7B\tLyra-7B\n**General**\t\t\nMMLU\t61.2\t58.0\nGSM8K\t30.1\t28.4\n"
            "**Code**\t\t\nHumanEval\t40.1\t38.2\n")
    assert scores(text) == {("Vega-7B", "mmlu", 61.2), ("Lyra-7B", "mmlu", 58.0), ("Vega-7B", "gsm8k", 30.1),
                            ("Lyra-7B", "gsm8k", 28.4), ("Vega-7B", "humaneval", 40.1), ("Lyra-7B", "humaneval", 38.2)}


def test_a_table_pasted_from_a_sheet_keeps_its_empty_cells_so_its_columns_line_up():
    text = ("LLM results.\n\nBenchmark\t\tVega-8B\tLyra-7B\nGeneral\tVeraQA(0-shot)\t83.1\t75.8\n\tMMLU(0-shot)\t76.6\t76.8\n"
            "Math\tGSM8K(4-shot)\t83.0\t72.4\n")
    assert scores(text) == {("Vega-8B", "veraqa", 83.1), ("Lyra-7B", "veraqa", 75.8), ("Vega-8B", "mmlu", 76.6),
                            ("Lyra-7B", "mmlu", 76.8), ("Vega-8B", "gsm8k", 83.0), ("Lyra-7B", "gsm8k", 72.4)}


def test_a_table_aligned_with_spaces_keeps_its_columns_past_group_rows_and_an_empty_first_cell():
    text = ("LLM results.\n\nCategory   Benchmark  Vega-9B  Lyra-8B\n***General***\n"
            "           MMLU       71.3     66.6\n           BBH        68.2     57.7\n***Math***\n"
            "           GSM8K      70.7     55.3\n")
    assert scores(text) == {("Vega-9B", "mmlu", 71.3), ("Lyra-8B", "mmlu", 66.6), ("Vega-9B", "bbh", 68.2),
                            ("Lyra-8B", "bbh", 57.7), ("Vega-9B", "gsm8k", 70.7), ("Lyra-8B", "gsm8k", 55.3)}


def test_rows_of_settings_right_under_the_header_belong_to_it_and_keep_the_benchmarks_over_the_columns():
    text = ("LLM results.\n\n| Category | ***General*** |  |  | ***Chinese*** |  |\n|---|---|---|---|---|---|\n"
            "| Benchmark |  | ARC-C | MMLU |  | C-Eval |\n| Metric |  | acc_norm | acc |  | acc |\n| Shots |  | 25 | 5 |  | 5 |\n"
            "| Vega-9B |  | 68.4 | 71.3 |  | 70.7 |\n| Lyra-8B |  | 59.3 | 66.6 |  | 55.3 |\n")
    assert scores(text) == {("Vega-9B", "arc", 68.4), ("Vega-9B", "mmlu", 71.3), ("Vega-9B", "c-eval", 70.7),
                            ("Lyra-8B", "arc", 59.3), ("Lyra-8B", "mmlu", 66.6), ("Lyra-8B", "c-eval", 55.3)}


# -- metamorphic: one table in every layout and orientation gives the same scores ---------------------

_GRID = [["Model", "VeraQA", "MMLU", "GSM8K"], ["Vega-8B", "61.2", "70.4", "55.0"], ["Lyra-7B-alpha", "58.0", "66.1", "47.3"],
         ["Kite-3", "40.5", "51.9", "38.8"]]


def _render(rows: list[list[str]], layout: str) -> str:
    if layout == "pipe":
        return "\n".join(["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
                         + ["| " + " | ".join(r) + " |" for r in rows[1:]])
    if layout == "tabs":
        return "\n".join("\t".join(r) for r in rows)
    if layout == "spaces":
        widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
        return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>\n" for r in rows[1:])
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>"


@pytest.mark.parametrize("layout", ["pipe", "tabs", "spaces", "html"])
@pytest.mark.parametrize("transposed", [False, True])
def test_one_table_in_every_layout_and_orientation_gives_the_same_scores(layout, transposed):
    rows = [list(col) for col in zip(*_GRID)] if transposed else _GRID
    if transposed:
        rows[0][0] = "Benchmark"
    text = "New LLM results on three tests.\n\n" + _render(rows, layout) + "\n"
    assert scores(text) == {(r[0], bench, float(v)) for r in _GRID[1:]
                            for bench, v in zip(("veraqa", "mmlu", "gsm8k"), r[1:])}


@pytest.mark.parametrize("statistic", ["Std Err.", "Std. Dev.", "Standard deviation", "95% Confidence"])
def test_a_column_of_a_statistic_of_the_score_holds_no_score(statistic):
    text = ("**VeraEval**:\n\n"
            f"| | Win Rate | {statistic} |\n|:--|--:|--:|\n| Vega-7B | 61.2 | 1.7 |\n| Lyra-LM-7B-alpha | 58.0 | 1.4 |\n")
    assert scores(text) == {("Vega-7B", "veraeval", 61.2), ("Lyra-LM-7B-alpha", "veraeval", 58.0)}


def test_a_table_name_with_a_version_glued_to_its_first_word_takes_the_prose_spelling():
    text = ("We compare Vega-7B with Tern-2.5-Turbo-1106 on LLM benchmarks.\n\n"
            "| Benchmark | Vega-7B | Tern2.5-Turbo<br>version 1106 |\n|---|---|---|\n| MMLU | 63.6 | 71.4 |\n")
    assert {s[:3] for s in scores(text)} == {("Vega-7B", "mmlu", 63.6), ("Tern-2.5-Turbo-1106", "mmlu", 71.4)}


def test_an_average_row_of_a_table_of_several_benchmarks_is_a_score_on_none_of_them():
    text = ("LLM results.\n\n| Benchmark | Vega-7B | Kite-13B |\n|---|---|---|\n| MMLU | 63.6 | 51.3 |\n"
            "| GSM8K | 70.2 | 44.0 |\n| Average | 66.9 | 47.7 |\n")
    assert scores(text) == {("Vega-7B", "mmlu", 63.6), ("Kite-13B", "mmlu", 51.3), ("Vega-7B", "gsm8k", 70.2),
                            ("Kite-13B", "gsm8k", 44.0), ("Vega-7B", None, 66.9), ("Kite-13B", None, 47.7)}


def test_a_maker_named_by_a_number_in_a_full_row_is_no_missing_cell():
    """Regression: a row whose maker cell was a number ('360') was shifted one cell to the right, as if a
    cell were missing, so the maker became a score and the last score was lost."""
    text = ("### VeraQA ranking\n| Rank | Model | Organization | Total | Chat | Quiz |\n|---|---|---|---|---|---|\n"
            "| 1 | Kite-13B | Acme | 47.27 | 41.95 | 55.26 |\n| 2 | Vega-7B | 360 | 43.79 | 28.44 | 66.82 |\n")
    assert {s for s in scores(text) if s[0] == "Vega-7B"} == {
        ("Vega-7B", "veraqa", 43.79), ("Vega-7B", "veraqa", 28.44), ("Vega-7B", "veraqa", 66.82)}


def test_a_printed_data_frame_with_row_numbers_under_no_header_keeps_its_columns_in_place():
    text = ("### VeraHard-v2 leaderboard\n\nJudged by Kite-3:\n```console\n"
            "                      Model  Scores (%)         CI (%)\n"
            "0                   Kite-3        85.9  (-0.8 / +0.9)\n"
            "1                   Lark-2        79.1  (-1.4 / +1.2)\n"
            "2            vega-13b-chat        74.6  (-1.8 / +1.6)\n```\n")
    assert {(s[0], s[2]) for s in scores(text)} == {("Kite-3", 85.9), ("Lark-2", 79.1), ("vega-13b-chat", 74.6)}


def test_a_cell_of_two_decimals_split_by_a_slash_holds_two_scores_of_its_column():
    text = ("LLM results.\n\n<table>\n<tr><th>Model</th><th>VeraQA</th><th>VeraHal</th></tr>\n"
            "<tr><td>Kite-3</td><td>71.5</td><td>3.53 / 70.8</td></tr>\n"
            "<tr><td>Lark-2</td><td>65.1</td><td>2.71 / 51.0</td></tr>\n</table>\n")
    assert scores(text) == {("Kite-3", "veraqa", 71.5), ("Kite-3", "verahal", 3.53), ("Kite-3", "verahal", 70.8),
                            ("Lark-2", "veraqa", 65.1), ("Lark-2", "verahal", 2.71), ("Lark-2", "verahal", 51.0)}
    # a count out of a total is no pair of scores
    assert ("Kite-3", "verahal", 12.0) not in scores(text.replace("3.53 / 70.8", "12 / 20"))


def test_whole_numbers_split_by_a_slash_in_a_column_of_single_numbers_are_two_scores():
    text = ("Vega-7B leads the KestrelVQA board.\n\n| Model | Total | Perception |\n|:---|:---|:---|\n"
            "| Vega-7B | 2152 / 2229 | 1684 |\n| Orion-13B | 1888 | 1506 / 1510 |\n| Lyra-8B | 1849 | 1457 |\n")
    got = {(s, v) for s, _, v in scores(text)}
    assert {("Vega-7B", 2152.0), ("Vega-7B", 2229.0), ("Orion-13B", 1506.0), ("Orion-13B", 1510.0)} <= got
    assert len(got) == 8
    # a column of counts alone is counts of a total, no pairs
    counts = text.replace("| 1888 |", "| 1888 / 2300 |").replace("| 1849 |", "| 1849 / 2300 |")
    assert ("Orion-13B", 2300.0) not in {(s, v) for s, _, v in scores(counts)}


def test_a_header_naming_its_parts_after_a_slash_splits_its_cells_one_score_a_part():
    across = ("Vega-7B leads on most tests.\n\n| Model | KestrelBench L1/L2/L3 | VeraQA |\n|---|:---:|:---:|\n"
              "| Vega-7B | **22.2/36.0/14.0** | 50.1 |\n| Orion-13B | 11.1/28.0/2.0 | 48.0 |\n")
    assert {("Vega-7B", "kestrelbench", 22.2), ("Vega-7B", "kestrelbench", 36.0), ("Vega-7B", "kestrelbench", 14.0),
            ("Orion-13B", "kestrelbench", 2.0)} <= scores(across)
    down = ("Vega-7B leads on most tests.\n\n| Domain | Benchmark | Vega-7B | Orion-13B |\n|---|---|:---:|:---:|\n"
            "| **Chips** | KestrelBench L1/L2/L3 | **22.2/36.0/14.0** | 11.1/28.0/2.0 |\n"
            "| **Chips** | VeraQA | 50.1 | 48.0 |\n")
    got = {(c.subject.text, c.benchmark.id, c.score.metric, c.score.value)
           for c in extract_claims(Article(id="t", text=down, source="t")) if c.kind == "score"}
    assert {("Vega-7B", "kestrelbench", "L1", 22.2), ("Vega-7B", "kestrelbench", "L3", 14.0),
            ("Orion-13B", "kestrelbench", "L2", 28.0)} <= got
    assert scores(down)  # every value's offsets point at its own text


def test_a_with_note_in_brackets_splits_no_cell():
    """'(w/ Tools)' says how the test was run; the slash after 'w' is no split of the cell into parts."""
    text = ("Vega-7B leads on most tests.\n\n| Benchmark | Vega-7B | Kite-3 / Kite-3.5 |\n|---|---|---|\n"
            "| VeraSearch | 51.6 | 41.5 / 60.6 |\n| VeraSearch (w/ Tools) | 69.0 | 60.2 / 74.9 |\n")
    assert not any(s.startswith("Kite") for s, _, _ in scores(text))
    assert ("Vega-7B", "verasearch", 69.0) in scores(text)


def test_a_scraped_table_one_cell_a_line_passes_over_sort_buttons_and_keeps_titles_cut_short():
    rows = [("1", "Vega-7B", "74.32", "No", "-", "-"),
            ("2", "Orion-13B", "73.34", "No", "Orion: A Multi-Generator Ensemble Framework for Tex...", "2024-11-13"),
            ("3", "Lyra-8B", "73.14", "No", "The Death of Schema Linking? Text-to-SQL in the ...", "2024-08-14"),
            ("4", "Kite-9B", "72.43", "No", "-", "-")]
    text = ("Vega-7B tops the KestrelSQL leaderboard.\nSort:\nAccuracy % (best first)\nDate (newest first)\n"
            "Model name (A\u2192Z)\n#\nModel\n\u2195\nAccuracy %\n\u25bc\nExtra Data\nPaper\nDate\n"
            + "\n".join("\n".join(r) for r in rows) + "\n")
    assert ranks(text) == {("Vega-7B", "kestrelsql", 1), ("Orion-13B", "kestrelsql", 2), ("Lyra-8B", "kestrelsql", 3),
                           ("Kite-9B", "kestrelsql", 4)}
    assert ("Lyra-8B", "kestrelsql", 73.14) in scores(text)


def test_a_model_cell_ending_in_the_word_of_a_family_with_no_maker_is_read_not_a_crash():
    """Regression: 'MedAlpaca' ends in a listed family word whose family has no maker; looking for a maker glued
    to the end of the name raised an IndexError and lost the whole article."""
    text = ("Vega-7B leads on VeraMed.\n\n| Model | Size | VeraMed |\n|---|---|---|\n| MedAlpaca | 7B | 41.2 |\n"
            "| Vega-7B | 7B | 50.3 |\n| Orion-13B | 13B | 45.3 |\n")
    assert ("MedAlpaca", "veramed", 41.2) in scores(text)


def test_a_column_of_years_holds_no_scores():
    text = ("Vega-7B leads on VeraMed.\n\n| Model | Year | VeraMed |\n|---|---|---|\n| Vega-7B | 2024.1 | 50.3 |\n"
            "| Orion-13B | 2023.12 | 45.3 |\n| Lyra-8B | 2023.5 | 41.2 |\n")
    assert {v for _, _, v in scores(text)} == {50.3, 45.3, 41.2}


def test_odd_headers_among_model_names_across_are_models_over_test_labels_of_plain_words():
    text = ("Vega-7B leads on most sets.\n\n### Industry sets (WER %)\n\n"
            "| Test set | Vega-7B | Orion-13B | Kestrel-ASR | Wren v2 |\n|---|---|---|---|---|\n"
            "| Nearfield | 16.95 | 16.58 | 7.20 | 8.11 |\n| Farfield | 9.44 | 22.21 | 4.59 | 9.55 |\n"
            "| Dialect | 54.21 | 66.14 | 29.45 | 41.16 |\n")
    assert {s for s, _, _ in scores(text)} == {"Vega-7B", "Orion-13B", "Kestrel-ASR", "Wren v2"}
    assert len(scores(text)) == 12


@pytest.mark.parametrize("mark", ["\U0001f525", "\u0e4f\u0e1f", "\u2728"])
def test_a_place_after_a_symbol_in_a_rank_cell_is_the_place_and_an_arrow_is_a_move(mark):
    text = ("KestrelQA results\n\n| Rank | Model | Score |\n| :---: | :--- | :---: |\n"
            f"| {mark} 1 | Vega-7B | 50.2% |\n| {mark} 2 | Orion-13B | 48.1% |\n| 3 | Lyra-8B | 46.8% |\n")
    assert {(s, r) for s, _, r in ranks(text)} == {("Vega-7B", 1), ("Orion-13B", 2), ("Lyra-8B", 3)}
    moved = text.replace(f"{mark} 1", "\u25b2 1").replace(f"{mark} 2", "\u25bc 2")
    assert {(s, r) for s, _, r in ranks(moved)} == {("Lyra-8B", 3)}


def test_a_table_one_cell_a_line_may_have_many_columns_when_its_header_opens_on_its_first_head():
    tests = [f"Vera{k}" for k in range(15)]
    rows = [("Vega-7B", [f"0.{60 + k}" for k in range(15)]), ("Orion-13B", [f"0.{70 + k}" for k in range(15)]),
            ("Lyra-8B", [f"0.{40 + k}" for k in range(15)])]
    text = ("Vega-7B and Orion-13B lead the KestrelClass board.\n\nTable\n\nModel ID\n\nAverage Accuracy\n\n"
            + "\n\n".join(tests) + "\n\n"
            + "\n\n".join(name + "\n\n" + f"0.{55 + n}" + "\n\n" + "\n\n".join(v) for n, (name, v) in enumerate(rows)) + "\n")
    got = scores(text)
    assert ("Orion-13B", "vera14", 0.84) in got and ("Lyra-8B", "vera0", 0.4) in got
    assert len(got) == 48
    # heads with a line of description under some are more lines than a row has cells: no wide header is read
    # from part way through them, past 'Rank' and 'Reranker', which would misplace every value
    head = ["Rank", "Reranker", "Provider", "Total Score", "MRR + Speed + Cost", "MRR", "Mean Reciprocal Rank", "R@1",
            "Recall at 1", "R@3", "Recall at 3", "R@5", "Recall at 5", "Cost", "$ per recall()", "Speed", "avg s/recall"]
    rows = [[str(k + 1), name, f"acme/{name.lower()}", "Acme", f"{73 - k}.2", f"0.7{8 - k}", f"6{9 - k}.7%",
             f"8{5 - k}.5%", f"8{9 - k}.3%", "100.0", "Free", f"2{k}.4", f"3.9{k}s/call"]
            for k, name in enumerate(["Vega-Rerank-1", "Orion-Rerank-2", "Lyra-Rerank-3", "Kite-Rerank-4"])]
    described = ("Vega-Rerank-1 tops the KestrelRank leaderboard.\n\n" + "\n".join(head) + "\n"
                 + "\n".join("\n".join(r) for r in rows) + "\n")
    assert scores(described) == set()


def test_rows_of_category_words_under_the_article_s_leaderboard_are_its_categories():
    text = ("On the five dimensions of the SuperCLUE board, Kite-13B does well.\n\n"
            "| Capability | Kite-13B | Lark-2 |\n|---|---|---|\n| Language | 55.0 | 47.5 |\n"
            "| Reasoning | 54.9 | 44.2 |\n| Examination | 62.5 | 51.8 |\n| Overall | 59.2 | 49.4 |\n")
    assert {b for _, b, _ in scores(text)} == {"superclue"}
    assert len(scores(text)) == 8
    # with a listed benchmark down the rows, a category word there is no part of the board
    text = text.replace("| Examination |", "| MMLU |")
    assert {b for _, b, _ in scores(text)} >= {"mmlu", "language"}


def test_a_maker_glued_to_the_end_of_a_model_cell_is_the_row_s_maker_not_part_of_the_name():
    text = ("Arena standings:\n\n| Rank | Model | Elo | License |\n|---|---|---|---|\n"
            "| 1 | Kite-3OpenAI | 1287 | Proprietary |\n| 2 | Tern-4 70BMeta | 1225 | Open |\n| 3 | Lark-2 | 1201 | Open |\n")
    assert ranks(text) == {("Kite-3", "chatbot-arena", 1), ("Tern-4 70B", "chatbot-arena", 2), ("Lark-2", "chatbot-arena", 3)}
    vendors = {c.subject.text: c.subject.vendor for c in extract_claims(Article(id="t", text=text, source="test"))}
    assert vendors["Kite-3"] == "OpenAI" and vendors["Tern-4 70B"] == "Meta"


def test_a_maker_glued_on_by_the_family_word_its_name_opens_with_is_the_row_s_maker():
    text = ("Arena standings:\n\n| Rank | Model | Elo | License |\n|---|---|---|---|\n"
            "| 6 | Llama 3.1 405BMeta | 1225 | Open |\n| 7 | Mistral Large 2Mistral | 1210 | Open |\n")
    assert ranks(text) == {("Llama 3.1 405B", "chatbot-arena", 6), ("Mistral Large 2", "chatbot-arena", 7)}


def test_a_short_title_line_right_over_a_table_names_its_board():
    text = ("The Chatbot Arena has several boards.\n\nWebDev Arena — Aug 22, 2025\n"
            "| Rank | Model | Score |\n|---|---|---|\n| 1 | Kite-3 | 1481 |\n| 2 | Lark-2 | 1436 |\n")
    assert ranks(text) == {("Kite-3", "chatbot-arena", 1), ("Lark-2", "chatbot-arena", 2)}  # its WebDev part
    # a sentence over the table is no title
    text = text.replace("WebDev Arena — Aug 22, 2025", "We also looked at the WebDev Arena last week.")
    assert {b for _, b, _ in ranks(text)} == {"chatbot-arena"}


def test_a_column_headed_by_a_count_noun_holds_counts_not_scores():
    text = ("LLM results.\n\n| Model | MMLU | Questions |\n|---|---|---|\n"
            "| Kite-3 | 91.38 | 500 |\n| Lark-2 | 88.60 | 499 |\n")
    assert scores(text) == {("Kite-3", "mmlu", 91.38), ("Lark-2", "mmlu", 88.6)}
    # a test whose name holds the noun is still a test
    text = text.replace("| Questions |", "| Natural Questions |").replace("| 500 |", "| 50.0 |")
    assert ("Kite-3", "natural-questions", 50.0) in scores(text)


def test_a_table_of_one_cell_per_line_whose_last_column_stands_empty_keeps_its_makers_apart_from_its_models():
    text = ("VeraQA leaderboard of frontier LLMs\n\nCompany\n\nModel\n\nScore\n\nSource\n\n"
            "Anthropic\n\nKestrel-7B\n\n84.8%\n\nxAI\n\nOrion-4\n\n75.4%\n\nMeta\n\nVega-3\n\n51.1%\n")
    assert scores(text) == {("Kestrel-7B", "veraqa", 84.8), ("Orion-4", "veraqa", 75.4), ("Vega-3", "veraqa", 51.1)}


def test_single_spaced_rows_with_missing_values_and_a_note_word_under_headers_of_several_words():
    text = ("Table 1. Vera leaderboard, June 2023.\n\nModel MT-bench (score) Arena Elo Rating MMLU License\n"
            "Kestrel-4 8.99 1227 86.4 Proprietary\nVega-33B 7.12 - 59.2 Non-commercial\nOrion-Chat-001 6.40 1038 - Proprietary\n")
    assert scores(text) == {("Kestrel-4", "mt-bench", 8.99), ("Kestrel-4", "chatbot-arena", 1227.0), ("Kestrel-4", "mmlu", 86.4),
                            ("Vega-33B", "mt-bench", 7.12), ("Vega-33B", "mmlu", 59.2),
                            ("Orion-Chat-001", "mt-bench", 6.40), ("Orion-Chat-001", "chatbot-arena", 1038.0)}


def test_a_value_and_its_unit_end_a_row_and_a_dash_before_a_difference_is_no_missing_value():
    rows = ("Model Hallucination Rate Answer Rate Avg. Length\n"
            "Kestrel-4 0.7% 100% 65 words\nVega-33B 0.9% 99.1% 74 words\n")
    assert not {v for _, _, v in scores("Vera results.\n\n" + rows)} & {65.0, 74.0}  # lengths in words, no scores
    bullets = ("Key numbers:\n\n- VeraQA: 62.4% (Kestrel-4) vs 55.7% (Vega-33B) - +12%\n"
               "- VeraDoc: 91.1% vs 88.4% - +3%\n- VeraChart: 84.2% vs 78.9% - +7%\n")
    assert ("Kestrel-4", "veraqa", 62.4) in scores(bullets)


def test_a_readme_title_naming_its_model_is_no_benchmark_of_its_tables_average_row():
    text = ("# VegaLM 3.0\n\nVegaLM 3.0 is a small model.\n\n| Benchmarks | VegaLM3-4B | Orion-4 |\n|---|---|---|\n"
            "| MMLU | 67.2 | 70.5 |\n| BBH | 70.2 | 64.9 |\n| Average | 66.3 | 65.3 |\n")
    assert {(c.subject.text, c.benchmark.id) for c in extract_claims(Article(id="t", text=text, source="test"))
            if c.score.value in (66.3, 65.3)} == {("VegaLM3-4B", None), ("Orion-4", None)}


def test_a_table_of_places_and_models_alone_ranks_its_models():
    text = ("Results of the Vera Arena chess tournament:\n\n| Rank | Model |\n|---|---|\n| 1 | Kite-3 |\n"
            "| 2 | Lark-2 |\n| 3 | Tern-4 70B |\n")
    assert ranks(text) == {("Kite-3", "vera-arena", 1), ("Lark-2", "vera-arena", 2), ("Tern-4 70B", "vera-arena", 3)}
    # places written as ordinals are places too, not the labels of sections
    assert ranks(text.replace("| Rank |", "| Place |").replace("| 1 |", "| 1st |").replace("| 2 |", "| 2nd |")
                 .replace("| 3 |", "| 3rd |")) == ranks(text)


def test_a_models_column_of_ticks_gives_way_to_the_column_that_names_the_models():
    text = ("VeraBench Leaderboard\nRank | Agent | Models | Accuracy | Cost |\n---|---|---|---|---|\n"
            "1 | Kite-3 | \u2713 | 38.00% | $67.09 |\n2 | Lark-2 | \u2713 | 29.80% | $79.84 |\n")
    assert ranks(text) == {("Kite-3", "verabench", 1), ("Lark-2", "verabench", 2)}
    assert scores(text) == {("Kite-3", "verabench", 38.0), ("Lark-2", "verabench", 29.8)}


def test_a_header_flattened_over_lines_above_the_separator_row_heads_the_table():
    text = ("VeraBench Leaderboard\nRank | Model |\nAccuracy\nShare of tasks solved, best of three runs |\n"
            "Cost (USD)\nTotal API cost for all tasks |\n---|---|---|---|\n"
            "1 | Kite-3 | 38.00% | $67.09 |\n2 | Lark-2 | 29.80% | $79.84 |\n")
    assert ranks(text) == {("Kite-3", "verabench", 1), ("Lark-2", "verabench", 2)}
    assert {(c.subject.text, c.score.metric) for c in extract_claims(Article(id="t", text=text, source="test"))
            if c.kind == "score"} == {("Kite-3", "Accuracy"), ("Lark-2", "Accuracy")}


def test_a_row_short_of_a_cell_and_padded_at_its_end_is_realigned_by_its_columns():
    text = ("Top open models on the VeraLingua board\n\nRank | Model | Maker | Country | Average |\n"
            "1 | Vega-3-70B | Acme | USA | 0.71 |\n2 | Kite-2-27B | USA | 0.69 | |\n3 | Zen-8x7B | Mistral | France | 0.58 |\n"
            "4 | Kite-2-9B | USA | 0.57 | |\n5 | Lyra-7B | Alibaba | China | 0.53 |\n")
    assert {(name, value) for name, _, value in scores(text)} == {
        ("Vega-3-70B", 0.71), ("Kite-2-27B", 0.69), ("Zen-8x7B", 0.58), ("Kite-2-9B", 0.57), ("Lyra-7B", 0.53)}
    assert ("Kite-2-9B", 4) in {(name, rank) for name, _, rank in ranks(text)}


def test_a_row_of_th_cells_in_the_body_of_an_html_table_with_a_thead_titles_a_section_not_the_columns():
    text = ("<table><thead><tr><th>Models</th><th>MMLU</th><th>GPQA</th></tr></thead><tbody>"
            "<tr><th colspan=\"3\">Open Weight Models</th></tr>"
            "<tr><td>Vega-7B-Chat</td><td>61.2</td><td>30.1</td></tr>"
            "<tr><td>Lyra-LM-7B-alpha</td><td>58.0</td><td>28.4</td></tr></tbody></table>")
    assert scores(text) == MODELS_ACROSS


def test_a_value_with_its_change_in_per_cent_in_brackets_is_the_value():
    text = ("| Benchmark | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|\n"
            "| MMLU (0-shot, CoT) | 61.2 (+3.1%) | 58.0 |\n| GPQA | 30.1 (-0.5%) | 28.4 (0%) |\n")
    assert scores(text) == MODELS_ACROSS


@pytest.mark.parametrize("level", ["Easy", "Medium", "Hard"])
def test_a_difficulty_level_after_a_listed_benchmark_is_its_subset(level):
    text = f"| Model | LCB {level} |\n|---|---|\n| Vega-7B-Chat | 61.2 |\n| Lyra-LM-7B-alpha | 58.0 |\n"
    assert scores(text) == {("Vega-7B-Chat", "livecodebench", 61.2), ("Lyra-LM-7B-alpha", "livecodebench", 58.0)}


def test_an_access_tag_glued_to_a_name_cell_is_no_part_of_the_name():
    text = ("| # | Model | Score |\n|---|---|---|\n| 1 | Vega-7B-ChatAPI OpenAI | 61.2 |\n"
            "| 2 | Lyra-LM-7B-alphaOpen Source | 58.0 |\n")
    assert scores(text) == {("Vega-7B-Chat", None, 61.2), ("Lyra-LM-7B-alpha", None, 58.0)}


def test_a_paragraph_that_says_what_its_one_benchmark_is_gives_the_table_below_it_that_benchmark():
    text = ("VeraTE is the de-facto evaluation harness for embedding models.\n\n| # | Model | Score |\n|---|---|---|\n"
            "| 1 | Vega-7B-Chat | 61.2 |\n| 2 | Lyra-LM-7B-alpha | 58.0 |\n")
    assert scores(text) == {("Vega-7B-Chat", "verate", 61.2), ("Lyra-LM-7B-alpha", "verate", 58.0)}


def test_a_rank_column_in_a_table_of_one_model_s_results_gives_its_place_on_each_benchmark():
    text = ("# Vega-7B-Chat\n\nVega-7B-Chat is a small open model.\n\n## Key results\n\n"
            "| Benchmark | Score | Rank |\n|---|---|---|\n| **MMLU** | 61.2% | #1 open-source |\n"
            "| **GPQA** | 30.1% | Top tier |\n| **LMSYS Arena** | #7 overall | #2 open-source |\n")
    assert scores(text) == {("Vega-7B-Chat", "mmlu", 61.2), ("Vega-7B-Chat", "gpqa", 30.1)}
    assert ranks(text) == {("Vega-7B-Chat", "mmlu", 1), ("Vega-7B-Chat", "chatbot-arena", 7),
                           ("Vega-7B-Chat", "chatbot-arena", 2)}


def test_a_benchmark_of_several_words_defined_under_a_heading_of_another_name_is_the_table_s_benchmark():
    text = ("## 5. Cross-Repo Completion\n\nVera Code Eval is a multilingual benchmark built on real repositories. "
            "It needs context from other files.\n\n| Model | Python EM | Java EM |\n|---|---|---|\n"
            "| Vega-7B | 29.9 | 39.8 |\n| Lyra-7B | 25.3 | 31.4 |\n")
    assert {b for _, b, _ in scores(text)} == {"vera-code-eval"}
    assert len(scores(text)) == 4
    assert {b for _, b, _ in scores(text.replace("Vera Code Eval is", "The Vera Code Eval is"))} == {"vera-code-eval"}


def test_columns_of_training_energy_and_emissions_are_no_benchmarks():
    text = ("| | Training Time (GPU hours) | Training Power Consumption (W) | Training Emissions (tons CO2eq) |\n"
            "| :--- | :---: | :---: | :---: |\n| Vega-11B | 147K | 700 | 71 |\n| Vega-90B | 885K | 700 | 513 |\n"
            "| Total | 1.03M | | 584 |\n")
    assert scores(text) == set()


def test_a_setting_after_a_comma_in_a_benchmark_label_is_the_metric_not_part_of_the_name():
    text = ("| Benchmark | Metric | Vega-11B | Vega-90B |\n|---|---|---|---|\n"
            "| MMMU-Pro, Standard (10 opts, test) | Accuracy | 33.0 | 45.2 |\n| MMMU-Pro, Vision (test) | Accuracy | 23.7 | 33.8 |\n")
    assert scores(text) == {("Vega-11B", "mmmu-pro", 33.0), ("Vega-90B", "mmmu-pro", 45.2),
                            ("Vega-11B", "mmmu-pro", 23.7), ("Vega-90B", "mmmu-pro", 33.8)}


def test_a_pipe_table_copied_one_cell_a_line_is_read_row_by_row():
    text = ("Global Rankings\n| Model |\nVeraQA |\nGPQA |\n| Vega-7B |\n61.2 |\n30.1 |\n"
            "| Lyra-LM-7B-alpha |\n58.0 |\n28.4 |\nThe end.")
    assert scores(text) == {("Vega-7B", "veraqa", 61.2), ("Vega-7B", "gpqa", 30.1),
                            ("Lyra-LM-7B-alpha", "veraqa", 58.0), ("Lyra-LM-7B-alpha", "gpqa", 28.4)}


def test_category_columns_of_a_table_on_no_named_benchmark_are_metrics_not_benchmarks():
    text = "| Model | Coding | Conversation |\n|---|---|---|\n| Vega-7B | 9.1 | 8.5 |\n| Lyra-7B | 8.0 | 7.5 |\n"
    got = {(c.subject.text, c.benchmark.id, c.score.value, c.score.metric)
           for c in extract_claims(Article(id="t", text=text, source="test")) if c.kind == "score"}
    assert got == {("Vega-7B", None, 9.1, "Coding"), ("Vega-7B", None, 8.5, "Conversation"),
                   ("Lyra-7B", None, 8.0, "Coding"), ("Lyra-7B", None, 7.5, "Conversation")}


def test_a_model_card_s_title_gives_a_table_without_a_model_axis_its_subject_or_the_one_member_its_prose_names():
    card = ("# Vega-2\n\n{lead}\n\n## Variants\n\n| Variant | Parameters |\n|---|---|\n| `ai/vega-2:135M` | 135M |\n"
            "| Lyra-7B | 7B |\n\n## Run it\n\nRun it with Lyra-7B beside it.\n\n"
            "## Benchmark performance\n\n| Category | Benchmark | Score |\n|---|---|---|\n| Reasoning | HellaSwag | 54.5 |\n"
            "| Science | OpenBookQA | 37.4 |\n")
    assert scores(card.format(lead="Vega-2 is a compact language model.")) == {
        ("Vega-2", "hellaswag", 54.5), ("Vega-2", "openbookqa", 37.4)}
    assert scores(card.format(lead="Vega-2-360M is a compact language model with 360 million parameters.")) == {
        ("Vega-2-360M", "hellaswag", 54.5), ("Vega-2-360M", "openbookqa", 37.4)}


def test_rows_under_a_category_header_are_categories_of_no_benchmark_unless_one_names_a_test():
    text = ("Scores by category across our evaluation suite:\n\n| Category | Vega-7B-Chat | Lyra-LM-7B-alpha |\n"
            "|--|--|--|\n| Reasoning | 78.7 | 72.2 |\n| Math | 74.1 | 57.7 |\n| Long context | 25.5 | 24.5 |\n"
            "| GPQA | 30.1 | 28.4 |\n")
    assert scores(text) == {("Vega-7B-Chat", None, 78.7), ("Lyra-LM-7B-alpha", None, 72.2),
                            ("Vega-7B-Chat", None, 74.1), ("Lyra-LM-7B-alpha", None, 57.7),
                            ("Vega-7B-Chat", None, 25.5), ("Lyra-LM-7B-alpha", None, 24.5),
                            ("Vega-7B-Chat", "gpqa", 30.1), ("Lyra-LM-7B-alpha", "gpqa", 28.4)}
    beside = text.replace("| Category |", "| Category | Benchmark |").replace("|--|", "|--|--|", 1)
    beside = beside.replace("| Reasoning |", "| Reasoning | MMLU |").replace("| Math |", "| Math | GSM8K |")
    beside = beside.replace("| Long context |", "| Long context | RULER |").replace("| GPQA |", "| Science | GPQA |")
    assert ("Vega-7B-Chat", "gsm8k", 74.1) in scores(beside)  # a column of benchmarks beside is the labels


def test_a_human_baseline_row_in_chinese_names_no_model_and_gives_no_claim():
    text = ("### SuperCLUE open models\n\n| 排名 | 模型 | 总分 |\n|---|---|---|\n| 🧝 | 人类 | 83.66 |\n"
            "| 🏅 | Vega-7B-Chat | 53.91 |\n| 🥈 | Lyra-LM-7B-alpha | 53.85 |\n")
    got = extract_claims(Article(id="t", text=text, source="t"))
    assert {c.subject.text for c in got} == {"Vega-7B-Chat", "Lyra-LM-7B-alpha"}


def test_ranked_cards_one_field_a_line_with_no_header_give_places_and_scores_with_glued_points():
    text = ("Quality Rankings\n\n1\n\nVega-3 Pro\n\nAcme\n\n57.2pts\n2\n\nKite-2\n\nKite AI\n\n54pts\n"
            "3\n\nLyra-LM-7B-alpha\n\nLyra Labs\n\n51.7pts\n\nData scraped in March.\n")
    got = {(c.kind, c.subject.text, c.rank if c.kind == "rank" else c.score.value)
           for c in extract_claims(Article(id="t", text=text, source="t"))}
    assert got == {("rank", "Vega-3 Pro", 1), ("rank", "Kite-2", 2), ("rank", "Lyra-LM-7B-alpha", 3),
                   ("score", "Vega-3 Pro", 57.2), ("score", "Kite-2", 54.0), ("score", "Lyra-LM-7B-alpha", 51.7)}
    # lines that do not count up from 1 are no ranked cards
    assert not extract_claims(Article(id="t", text=text.replace("\n2\n", "\n5\n"), source="t"))


def test_a_phrase_of_category_words_heads_a_kind_of_test_on_no_benchmark_beside_listed_ones():
    text = ("| Model | MMLU | Common-sense Reasoning | Math & Code |\n|---|---|---|---|\n"
            "| Vega-7B-Chat | 62.6 | 69.9 | 26.0 |\n| Lyra-LM-7B-alpha | 59.2 | 64.3 | 23.0 |\n")
    got = {(c.subject.text, c.benchmark.id, c.score.value, c.score.metric)
           for c in extract_claims(Article(id="t", text=text, source="t")) if c.subject.text == "Vega-7B-Chat"}
    assert got == {("Vega-7B-Chat", "mmlu", 62.6, None), ("Vega-7B-Chat", None, 69.9, "Common-sense Reasoning"),
                   ("Vega-7B-Chat", None, 26.0, "Math & Code")}
    across = ("| Benchmark | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|\n| MMLU | 62.6 | 59.2 |\n"
              "| Reading Comprehension | 68.0 | 62.4 |\n")
    assert scores(across) == {("Vega-7B-Chat", "mmlu", 62.6), ("Lyra-LM-7B-alpha", "mmlu", 59.2),
                              ("Vega-7B-Chat", None, 68.0), ("Lyra-LM-7B-alpha", None, 62.4)}


def test_rows_one_cell_short_under_a_group_column_lost_their_spanning_group_cell():
    text = ("|  |  |  |  |\n| --- | --- | --- | --- |\n| Language | Dataset | Vega-7B-Chat | Lyra-LM-7B-alpha |\n"
            "| English | GSM8K | 1.5 | 25.9 |\n| MATH | 3.1 | 6.9 |\n| BBH | 0.0 | 29.2 |\n"
            "| Chinese | C-Eval | 23.7 | 51.7 |\n| CMMLU | 25.3 | 50.0 |\n")
    assert scores(text) == {("Vega-7B-Chat", "gsm8k", 1.5), ("Lyra-LM-7B-alpha", "gsm8k", 25.9),
                            ("Vega-7B-Chat", "math", 3.1), ("Lyra-LM-7B-alpha", "math", 6.9),
                            ("Vega-7B-Chat", "bbh", 0.0), ("Lyra-LM-7B-alpha", "bbh", 29.2),
                            ("Vega-7B-Chat", "c-eval", 23.7), ("Lyra-LM-7B-alpha", "c-eval", 51.7),
                            ("Vega-7B-Chat", "cmmlu", 25.3), ("Lyra-LM-7B-alpha", "cmmlu", 50.0)}


def test_a_number_in_the_label_column_names_no_benchmark():
    text = ("| Benchmark | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|\n| MMLU | 61.2 | 58.0 |\n"
            "| GPQA | 30.1 | 28.4 |\n| BBH | 50.2 | 44.0 |\n| 3.1 | 6.9 | 25.7 |\n")
    assert {b for _, b, _ in scores(text)} == {"mmlu", "gpqa", "bbh"}


def test_a_category_column_over_outcomes_of_votes_holds_no_categories():
    text = ("### Human evaluated benchmarks\n\n| Category | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|\n"
            "| Acme is better | 0.536 | 0.496 |\n| Ties | 0.052 | 0.060 |\n| Other is better | 0.156 | 0.172 |\n")
    assert scores(text) == set()


def test_a_row_with_its_label_cell_empty_goes_on_under_the_label_above():
    text = ("| Group | Benchmark | Metric | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|---|---|\n"
            "| General | MMLU | EM | 61.2 | 58.0 |\n| | | F1 | 64.0 | 60.5 |\n| Science | GPQA | EM | 30.1 | 28.4 |\n")
    assert scores(text) == MODELS_ACROSS | {("Vega-7B-Chat", "mmlu", 64.0), ("Lyra-LM-7B-alpha", "mmlu", 60.5)}


@pytest.mark.parametrize("header", ["Previous SoTA", "Prior SOTA", "SOTA"])
def test_a_column_of_the_previous_state_of_the_art_is_no_model(header):
    text = (f"| Benchmark | {header} | Vega-7B-Chat | Lyra-LM-7B-alpha |\n|---|---|---|---|\n"
            "| MMLU | 70.2 | 61.2 | 58.0 |\n| GPQA | 35.0 | 30.1 | 28.4 |\n")
    assert scores(text) == MODELS_ACROSS


def test_language_codes_heading_columns_are_settings_of_the_benchmark_a_note_under_the_table_names():
    table = "| Models | AR | DE | Average |\n|---|---|---|---|\n| Vega-7B-Chat | 20.7 | 36.5 | 28.6 |\n"
    assert {b for _, b, _ in scores(table)} == {None}  # no language code is a benchmark
    got = scores(table + "\nThese results are evaluated on the benchmark of [VeraQA](https://example.org/veraqa).\n")
    assert got == {("Vega-7B-Chat", "veraqa", 20.7), ("Vega-7B-Chat", "veraqa", 36.5), ("Vega-7B-Chat", "veraqa", 28.6)}


def test_a_table_broken_by_a_note_goes_on_under_its_header():
    text = ("| # | Model | Lab | Score |\n|---|---|---|---|\n| 01 | vega-embed-27b | Acme | 74.3 |\n"
            "| 02 | kite-embed-12b | Zenith | 72.3 |\nTwo models with undisclosed sizes are not shown.\n"
            "| 03 | lyra-embed-8b | Zenith | 69.5 |\n| 04 | orion-embed-4b | Acme | 69.0 |\n")
    assert ranks(text) == {("vega-embed-27b", None, 1), ("kite-embed-12b", None, 2), ("lyra-embed-8b", None, 3),
                           ("orion-embed-4b", None, 4)}
    assert ("orion-embed-4b", None, 69.0) in scores(text)
    # a table under a heading of its own is no part of the one above
    assert len(ranks(text.replace("Two models", "## Small models\n\nTwo models"))) == 2


def test_a_maker_hyphenated_onto_a_name_is_part_of_the_name_not_glued_on():
    text = "| # | Model | Score |\n|---|---|---|\n| 1 | Vega-Embed-Mistral | 68.2 |\n| 2 | Kite-Embed-7B | 67.6 |\n"
    assert ranks(text) == {("Vega-Embed-Mistral", None, 1), ("Kite-Embed-7B", None, 2)}


def test_a_title_line_over_ranked_rows_is_no_header_of_columns():
    text = "Vera Polyglot leaderboard\n1 Claude 3.7 Sonnet 64.9%\n2 o3-mini (high) 60.4%\n3 DeepSeek-R1 56.9%\n"
    assert ranks(text) == {("Claude 3.7 Sonnet", "vera-polyglot", 1), ("o3-mini (high)", "vera-polyglot", 2),
                           ("DeepSeek-R1", "vera-polyglot", 3)}


def test_a_medal_opening_a_name_cell_gives_the_model_its_place():
    text = ("| Model | Score |\n|---|---|\n| 🥇 Claude 3.7 Sonnet | 64.9% |\n| 🥈 o3-mini (high) | 60.4% |\n"
            "| DeepSeek-R1 | 56.9% |\n")
    assert ranks(text) == {("Claude 3.7 Sonnet", None, 1), ("o3-mini (high)", None, 2)}


def test_a_cell_commented_out_of_an_html_table_is_no_cell():
    text = ("<table>\n<tr><th>Benchmark</th><th>Setting</th><th>Vega-7B-Chat</th><th>Lyra-LM-7B-alpha</th></tr>\n"
            "<tr><td rowspan=\"2\">MMLU</td><td>EM</td><td>61.2</td><td>58.0</td></tr>\n"
            "<tr><!--<td>MMLU</td>--><td>F1</td><td>64.0</td><td>60.5</td></tr>\n"
            "<tr><td>GPQA</td><td>EM</td><td>30.1</td><td>28.4</td></tr>\n</table>\n")
    assert scores(text) == MODELS_ACROSS | {("Vega-7B-Chat", "mmlu", 64.0), ("Lyra-LM-7B-alpha", "mmlu", 60.5)}


def test_a_ranking_table_in_an_article_on_terminal_bench_is_on_that_board_not_on_a_test_named_later():
    text = ("Terminal Bench measures how well a model can drive a real shell. Terminal Bench scores are pass rates.\n"
            "| # | Model | Lab | Score |\n|---|---|---|---|\n| 01 | Vega-3 | Acme | 74.7 |\n| 02 | Kite-2 | Zenith | 67.9 |\n"
            "Models that solve Terminal Bench tasks tend to be good at SWE-bench Verified style issues too.\n")
    assert ranks(text) == {("Vega-3", "terminal-bench", 1), ("Kite-2", "terminal-bench", 2)}


def test_chinese_headers_of_votes_price_and_context_hold_no_scores():
    text = ("| 排名 | 模型 | 分数 | 票数 | 价格 | 上下文 |\n|---|---|---|---|---|---|\n"
            "| 1 | Vega-7B-Chat | 1458 | 3,036 | $10 | 1M |\n| 2 | Lyra-LM-7B-alpha | 1421 | 12,087 | $5 | 128K |\n")
    assert {(s, v) for s, _, v in scores(text)} == {("Vega-7B-Chat", 1458.0), ("Lyra-LM-7B-alpha", 1421.0)}


def test_tasks_down_under_a_task_name_header_and_models_across_are_parts_of_the_suite_the_heading_names():
    """'Task Name' heads tests, no model names; 'Code.Debug' is the titled suite's task, kept as the metric."""
    text = ("# VeraLongBench\n\n## Results\n\n| Task Name | GPT-4 | Kimi-Chat |\n|---|---|---|\n"
            "| Retrieve.PassKey | 100% | 98.14% |\n| Code.Debug | 39.59% | 18.02% |\n")
    claims = [c for c in extract_claims(Article(id="t", text=text, source="test")) if c.kind == "score"]
    assert {(c.subject.text, c.benchmark.id, c.score.metric, c.score.value) for c in claims} == {
        ("GPT-4", "veralongbench", "Retrieve.PassKey", 100.0), ("Kimi-Chat", "veralongbench", "Retrieve.PassKey", 98.14),
        ("GPT-4", "veralongbench", "Code.Debug", 39.59), ("Kimi-Chat", "veralongbench", "Code.Debug", 18.02)}


def test_ranked_cards_whose_value_line_carries_notes_are_read_as_rows():
    """'1' / 'Name' / '92.36% Acme Cloud Official submission; ...': the value opens the card's last line."""
    text = ("VeraAgent leaderboard\n\nRank System Score Organization Notes Source Share\n1\nGPT-5.2 High\n"
            "92.36% Acme Cloud Official VeraAgent leaderboard submission; ensemble using several models. Source\n"
            "2\nClaude Opus 4.6\n91.69% Lark Labs Official VeraAgent leaderboard; one backbone. Source\n"
            "3\nGemini 3 Pro\n91.36% Wren Org Official VeraAgent leaderboard; open-source agent. Source\n")
    assert scores(text) == {("GPT-5.2 High", "veraagent", 92.36), ("Claude Opus 4.6", "veraagent", 91.69),
                            ("Gemini 3 Pro", "veraagent", 91.36)}
    assert ranks(text) == {("GPT-5.2 High", "veraagent", 1), ("Claude Opus 4.6", "veraagent", 2),
                           ("Gemini 3 Pro", "veraagent", 3)}


def test_a_place_marked_before_a_cells_value_is_the_rows_place_on_that_column():
    text = ("| Model | VeraQA | VeraMath |\n|---|---|---|\n| GPT-4.1 | #1 91.6% | 70.2% |\n"
            "| Claude 3.7 Sonnet | #2 88.0% | #1 75.0% |\n")
    assert scores(text) == {("GPT-4.1", "veraqa", 91.6), ("GPT-4.1", "veramath", 70.2),
                            ("Claude 3.7 Sonnet", "veraqa", 88.0), ("Claude 3.7 Sonnet", "veramath", 75.0)}
    assert ranks(text) == {("GPT-4.1", "veraqa", 1), ("Claude 3.7 Sonnet", "veraqa", 2), ("Claude 3.7 Sonnet", "veramath", 1)}


def test_an_ordinal_place_before_a_cells_value_ranks_the_model_heading_its_column():
    text = ("Mean coverage of KestrelQA's key points for each model.\n"
            "| Prompts vs. Models | Vega 7B | Orion 13B | Lyra 8B | |\n|---|---|---|---|---|\n"
            "| KestrelQA | 2nd 77.5% | 1st 81.2% | 3rd 60.5% | |\n")
    assert scores(text) == {("Vega 7B", "kestrelqa", 77.5), ("Orion 13B", "kestrelqa", 81.2),
                            ("Lyra 8B", "kestrelqa", 60.5)}
    assert ranks(text) == {("Vega 7B", "kestrelqa", 2), ("Orion 13B", "kestrelqa", 1), ("Lyra 8B", "kestrelqa", 3)}


def test_an_ordinal_place_before_a_value_down_a_models_column():
    text = "| Model | VeraQA |\n|---|---|\n| Vega-7B | 1st 91.6% |\n| Orion-13B | 2nd 88.0% |\n"
    assert scores(text) == {("Vega-7B", "veraqa", 91.6), ("Orion-13B", "veraqa", 88.0)}
    assert ranks(text) == {("Vega-7B", "veraqa", 1), ("Orion-13B", "veraqa", 2)}


def test_columns_marked_with_the_way_they_are_better_measure_the_board_over_the_table():
    """A glued arrow ('TEDS\u2191') marks a measure: under a board's name it is one of the board's, no test."""
    text = ("VeraDoc\nBuilt by Acme Lab: 1,200 pages, scored on tables via TEDS and on formulas via CDM.\nRankings\n"
            "# | Model | Overall | CDM\u2191 | TEDS\u2191 |\n|---|---|---|---|---|\n"
            "| 1 | Vega-7B | 90.1 | 90.2 | 87.7 |\n| 2 | Orion-13B | 89.5 | 90.3 | 79.1 |\n")
    assert scores(text) == {("Vega-7B", "veradoc", v) for v in (90.1, 90.2, 87.7)} | {
        ("Orion-13B", "veradoc", v) for v in (89.5, 90.3, 79.1)}


def test_a_plain_word_with_its_way_of_scoring_beside_named_tests_is_a_test_and_nan_gives_no_value():
    text = ("| Model | Kestrel(0-shot) | Vera-Eval | Lyrae(Acc) | VeraMT-Bench |\n| --- | --- | --- | --- | --- |\n"
            "| Vega-7B | 8.77 | 4.50 | 62.60 | NaN |\n| Orion-13B | 8.32 | 4.38 | 64.34 | 8.92 |\n")
    assert scores(text) == {("Vega-7B", "kestrel", 8.77), ("Vega-7B", "vera-eval", 4.5), ("Vega-7B", "lyrae", 62.6),
                            ("Orion-13B", "kestrel", 8.32), ("Orion-13B", "vera-eval", 4.38),
                            ("Orion-13B", "lyrae", 64.34), ("Orion-13B", "veramt-bench", 8.92)}


def test_a_plain_word_alone_beside_unlisted_tests_stays_a_category():
    text = "| Model | Coding (Acc) | Vera-Eval |\n| --- | --- | --- |\n| Vega-7B | 61.2 | 4.50 |\n| Orion-13B | 58.0 | 4.38 |\n"
    assert {b for _, b, _ in scores(text)} != {"coding"}


def test_a_one_word_title_naming_a_metric_is_how_the_table_scores_no_benchmark():
    text = ("## WER\n\n| | VERA-1 | KESTREL | CV |\n|---|---|---|---|\n"
            "| Vega-7B | 69.2 | 68.9 | 32.5 |\n| Orion-13B | 32.2 | 26.6 | 6.6 |\n")
    assert {b for _, b, _ in scores(text)} == {"vera-1", "kestrel", "cv"}


def test_kinds_of_task_heading_columns_are_parts_of_the_captioned_benchmark():
    """Regression: 'Retrieval' read as a name glued to 'eval', a benchmark of its own."""
    text = ("Results on VeraTEB:\n\n| Model | Avg | Classification | Clustering | Retrieval |\n| --- | --- | --- | --- | --- |\n"
            "| Vega-7B | 64.68 | 75.64 | 46.71 | 54.39 |\n| Orion-13B | 64.23 | 75.97 | 46.08 | 54.29 |\n")
    assert {b for _, b, _ in scores(text)} == {"verateb"}


def test_a_bold_name_the_article_defines_as_a_ranking_is_the_tables_board():
    text = ("**Kestrel** is a ranking of Japanese language models by how well they answer open questions.\n\n"
            "| Rank | Model | Strength |\n| :--- | :---: | :---: |\n| 1 | Vega-7B | 1526 \u00b1 56 |\n"
            "| 2 | Orion-13B | 1339 \u00b1 40 |\n")
    assert ranks(text) == {("Vega-7B", "kestrel", 1), ("Orion-13B", "kestrel", 2)}


@pytest.mark.parametrize("border", ["", "|\n"])
def test_a_table_one_cell_a_line_with_no_head_over_its_labels(border):
    """The corner cell was empty, so the header is the tests alone; a page may keep each cell's border, a bar
    on a line of its own, between the cells."""
    cells = ["KestrelQA", "VeraMath", "Vega-7B", "70.68", "62.76", "Orion-13B", "81.4", "N/A", "Lyra-8B", "79.8", "70"]
    text = "Its results show strong overall performance.\n" + border + "".join(c + "\n" + border for c in cells)
    assert scores(text) == {("Vega-7B", "kestrelqa", 70.68), ("Vega-7B", "veramath", 62.76),
                            ("Orion-13B", "kestrelqa", 81.4), ("Lyra-8B", "kestrelqa", 79.8),
                            ("Lyra-8B", "veramath", 70.0)}


def test_a_header_cell_that_a_listed_bench_begins_with_names_no_bench():
    """Regression: 'MT' beside 'NLI' was read as 'MT-Bench' spelled without its 'Bench' ('the MT benchmark')."""
    text = "| Model | EL | MT | NLI |\n| --- | --- | --- | --- |\n| Vega-7B | 0.17 | 0.43 | 0.44 |\n| Orion-13B | 0.08 | 0.58 | 0.45 |\n"
    assert "mt-bench" not in {b for _, b, _ in scores(text)}


def test_a_bold_line_over_part_of_a_models_section_leaves_the_sections_model_the_subject():
    """Regression: a bold line ('**General tasks:**') between a model's heading and a table of its scores ended
    the look upwards, and another model named in the article left the table without a subject."""
    text = ("Despite its size, Orion-13B outperforms many larger models.\n\n### Vega-12.7B: The Benchmark Leader\n\n"
            "Vega-12.7B is a 12.7 billion parameter model.\n\n**Overall Performance:**\n\n| Metric | Score | Rank |\n"
            "|:---|:---:|:---:|\n| **MMLU** | 72.85% | #1 |\n| **HumanEval** | 59.76% | #1 |\n\n"
            "**General Language Tasks:**\n\n| Task | Score | Rank |\n|:---|:---:|:---:|\n"
            "| **GSM8K** | 90.50% | #1 |\n| **HellaSwag** | 89.28% | #2 |\n")
    assert scores(text) == {("Vega-12.7B", "mmlu", 72.85), ("Vega-12.7B", "humaneval", 59.76),
                            ("Vega-12.7B", "gsm8k", 90.5), ("Vega-12.7B", "hellaswag", 89.28)}


def test_ranked_rows_opening_on_medals_then_places_with_a_makers_column():
    text = ("VeraMed\n\nVeraMed holds 11,450 multiple-choice problems of medical knowledge.\n\nLeaderboard \u2014 VeraMed\n\n"
            "# Model Provider Score\n\U0001f947 Vega-7B Acme 94.0\n\U0001f948 Orion-13B Borealis 92.0\n"
            "\U0001f949 Lyra-8B Acme 91.0\n4 Kite-9B Kestrel Labs 89.0\n5 Nova-9B Acme 86.1\nAll Benchmarks\n")
    assert ranks(text) == {("Vega-7B", "veramed", 1), ("Orion-13B", "veramed", 2), ("Lyra-8B", "veramed", 3),
                           ("Kite-9B", "veramed", 4), ("Nova-9B", "veramed", 5)}
    assert scores(text) == {("Vega-7B", "veramed", 94.0), ("Orion-13B", "veramed", 92.0), ("Lyra-8B", "veramed", 91.0),
                            ("Kite-9B", "veramed", 89.0), ("Nova-9B", "veramed", 86.1)}


def test_single_spaced_rows_short_of_cells_are_left_out_and_the_whole_rows_read():
    """Rows that lost two cells or more cannot be placed under the header; they no longer sink the table."""
    text = ("Here is how the models perform on KestrelQA, MMLU and GPQA.\n\nModel KestrelQA MMLU DROP GPQA\n"
            "Vega-7B 95.3 86.4 80.9 35.7\nVega-7B Turbo 96 88.4 86 48\nOrion Flash 1.5 78.9\n"
            "Lyra-8B 85.0 79.5 79.7 34.2\n")
    assert {(m, b) for m, b, _ in scores(text)} == {(m, b) for m in ("Vega-7B", "Vega-7B Turbo", "Lyra-8B")
                                                    for b in ("kestrelqa", "mmlu", "drop", "gpqa")}


def test_a_ranking_whose_model_names_were_lost_ranks_the_makers_left_in_their_place():
    """A board page copied without its names column keeps each row's place and maker: vendor-level ranks."""
    from extractor.pipeline import extract_claims
    from extractor.records import Article
    text = ("VeraWrite is a benchmark of creative writing.\nVega-7B leads with 81.2%, followed by Orion-13B at 80.0%.\n\n"
            "VeraWrite Leaderboard\n| Context | Cost | License | |||\n|---|---|---|---|---|---|\n"
            "| 1 | \u2014 | \u2014 | \u2014 | ||\n| 2 | Google | \u2014 | \u2014 | \u2014 | |\n"
            "| 3 | OpenAI | 235B | \u2014 | \u2014 | |\n| 4 | OpenAI | 236B | 262K | $0.30 / $1.50 | |\n")
    found = {(c.subject.text, c.subject.type, c.benchmark.id, c.rank)
             for c in extract_claims(Article(id="a", text=text, source="t")) if c.kind == "rank"}
    assert found == {("Vega-7B", "model", "verawrite", 1), ("Orion-13B", "model", "verawrite", 2),
                     ("Google", "vendor", "verawrite", 2), ("OpenAI", "vendor", "verawrite", 3),
                     ("OpenAI", "vendor", "verawrite", 4)}


def test_a_column_of_makers_beside_a_column_of_model_names_gives_no_maker_ranks():
    text = ("| Rank | Model | Maker |\n|---|---|---|\n| 1 | Vega-7B | Google | 81.2 |\n| 2 | Orion-13B | OpenAI | 80.0 |\n"
            "| 3 | Lyra-8B | Google | 79.1 |\n")
    assert {m for m, _, _ in ranks(text)} <= {"Vega-7B", "Orion-13B", "Lyra-8B"}


def test_a_one_cell_per_line_board_with_place_marks_status_tags_and_a_missing_value():
    """Regression: 'N/A' in a column of numbers ended the rows; the header's last line ('Cost ($)') was read as
    a row's first cell; 'new' after a name is the page's listing status, no part of the name."""
    text = ("Context Arena\n\nModel\nMax Ctx\n128k (%)\n1M (%)\nRuns\nCost ($)\n"
            "google/gemini-2.5-pro-preview-03-25 new\n1,048,576\n#1 91.6%\n#1 64.1%\n6,320\n$3,013.34\n"
            "openai/gpt-4.1 new\n1,047,576\n70.1%\n#2 54.6%\n6,400\n$2,457.58\n"
            "google/gemini-2.0-flash-thinking-exp deprec\nN/A\n#2 88.2%\n50.8%\n6,320\nFREE $0.00\n")
    assert scores(text) == {
        ("google/gemini-2.5-pro-preview-03-25", "context-arena", 91.6), ("google/gemini-2.5-pro-preview-03-25", "context-arena", 64.1),
        ("openai/gpt-4.1", "context-arena", 70.1), ("openai/gpt-4.1", "context-arena", 54.6),
        ("google/gemini-2.0-flash-thinking-exp", "context-arena", 88.2), ("google/gemini-2.0-flash-thinking-exp", "context-arena", 50.8)}
    assert ("openai/gpt-4.1", "context-arena", 2) in ranks(text)


@pytest.mark.parametrize("cell, name", [("GLM-4.6(new)", "GLM-4.6"), ("gpt-4.1 new", "gpt-4.1"), ("Vega-7B deprec", "Vega-7B"),
                                        ("Claude 3.5 Sonnet (new)", "Claude 3.5 Sonnet (new)")])
def test_a_listing_status_after_a_name_cell_is_no_part_of_the_name(cell, name):
    """A page's marker follows the name bare or in brackets glued on; '(new)' set apart by a space names a version."""
    text = f"| Model | VeraQA |\n|---|---|\n| {cell} | 71.5 |\n| Qwen3-8B | 70.9 |\n"
    assert (name, "veraqa", 71.5) in scores(text)


def test_a_glued_ranking_with_maker_date_and_source_between_the_name_and_the_value():
    """'#ModelOrgSubmittedPaper / codesuccess-rate' over '01Vega-2AcmeApr 2026arxiv60.76': the name ends where
    its maker is glued on, the maker where the date is; the page's own title names the benchmark."""
    text = ("OSWorld: Benchmarking Multimodal Agents for Open-Ended Tasks.\n\nThe leaderboard ranks agents built on models"
            " such as Claude 3.7 Sonnet by their success rate.\n\nBest published scores.\n\n"
            "#ModelOrgSubmittedPaper / codesuccess-rate\n01Claude 3.7 SonnetAPIAnthropicApr 2026arxiv60.76\n"
            "02UI-TARS-72BByteDanceApr 2026arxiv47.50\n03Kite-1 (7B)Wren LabsApr 2026arxiv45.20\n"
            "04GPT-4 Turbo (2024)OpenAIApr 2024OSWorld: Benchmarking Multimodal Agents…6.50\n")
    assert ranks(text) == {("Claude 3.7 Sonnet", "osworld", 1), ("UI-TARS-72B", "osworld", 2),
                           ("Kite-1 (7B)", "osworld", 3), ("GPT-4 Turbo (2024)", "osworld", 4)}
    assert ("GPT-4 Turbo (2024)", "osworld", 6.5) in scores(text)


def test_a_heading_of_chinese_words_alone_leaves_the_titled_benchmark_in_play():
    """'# 🏆 主要成绩' (main results) under '# VeraMath24': a heading that names nothing, like '# Results'."""
    text = ("# VeraMath24\n\nVeraMath24是一个中文数学推理测评基准。\n\n# 🏆 主要成绩\n\n| 排名 | 模型 | 总分 |\n|---|---|---|\n"
            "| 1 | o3-mini(high) | 85.71 |\n| 2 | GPT-4o | 71.43 |\n")
    assert ranks(text) == {("o3-mini(high)", "veramath24", 1), ("GPT-4o", "veramath24", 2)}


def test_a_rank_column_of_paired_places_gives_both_places_and_a_dot_detail_is_no_part_of_the_name():
    text = ("VeraSwag leaderboard\n\n| # | Model | VeraSwag |\n|---|---|---|\n| 1 / 3 | Vega 3.1 405B · 405B | 89.2% |\n"
            "| 2 / 4 | Kite 180B · 180B | 89.0% |\n| 3 / 8 | Lark 2 70B · 69.0B | 85.3% |\n")
    assert ranks(text) == {("Vega 3.1 405B", "veraswag", 1), ("Vega 3.1 405B", "veraswag", 3),
                           ("Kite 180B", "veraswag", 2), ("Kite 180B", "veraswag", 4),
                           ("Lark 2 70B", "veraswag", 3), ("Lark 2 70B", "veraswag", 8)}
    assert ("Lark 2 70B", "veraswag", 85.3) in scores(text)


def test_a_place_out_of_a_total_is_one_place():
    text = "VeraSwag leaderboard\n\n| Rank | Model | VeraSwag |\n|---|---|---|\n| 1/50 | Vega-3 | 89.2 |\n| 2/50 | Kite-2 | 88.0 |\n"
    assert ranks(text) == {("Vega-3", "veraswag", 1), ("Kite-2", "veraswag", 2)}


def test_a_long_table_names_each_rows_test_in_its_dataset_column_and_a_group_keeps_it_down():
    text = ("| Dataset | Model | Score |\n|---|---|---|\n| MMLU | Kite-2 | 71.0 |\n| | Lark-3 | 68.2 |\n"
            "| GSM8K | Kite-2 | 80.1 |\n| | Lark-3 | 77.5 |\n")
    assert scores(text) == {("Kite-2", "mmlu", 71.0), ("Lark-3", "mmlu", 68.2),
                            ("Kite-2", "gsm8k", 80.1), ("Lark-3", "gsm8k", 77.5)}


def test_a_boards_table_of_small_whole_numbers_by_category_gives_places_not_scores():
    text = ("Table 1. Chatbot Arena leaderboard overview by category.\n\n| Model | Overall | Math | Coding |\n|---|---|---|---|\n"
            "| Vega-3-Pro | 1 | 3 | 2 |\n| Kite-2-Large | 2 | 1 | 1 |\n| Lark-4 | 3 | 2 | 5 |\n")
    assert scores(text) == set()
    assert ranks(text) == {("Vega-3-Pro", "chatbot-arena", 1), ("Vega-3-Pro", "chatbot-arena", 3),
                           ("Vega-3-Pro", "chatbot-arena", 2), ("Kite-2-Large", "chatbot-arena", 2),
                           ("Kite-2-Large", "chatbot-arena", 1), ("Lark-4", "chatbot-arena", 3),
                           ("Lark-4", "chatbot-arena", 2), ("Lark-4", "chatbot-arena", 5)}


def test_small_whole_numbers_off_a_board_stay_scores():
    text = ("Results on VeraCount:\n\n| Model | Easy | Hard |\n|---|---|---|\n"
            "| Vega-3-Pro | 1 | 3 |\n| Kite-2-Large | 2 | 1 |\n| Lark-4 | 3 | 2 |\n")
    assert ranks(text) == set() and ("Vega-3-Pro", "veracount", 3.0) in scores(text)


def test_a_long_html_table_gives_one_score_per_part_its_dataset_cell_lists():
    text = ("<table><thead><tr><th>Task</th><th>Dataset</th><th>Model</th><th>Metrics</th><th>Results</th></tr></thead>"
            "<tbody><tr><td rowspan=\"3\">ASR</td><td rowspan=\"2\"><b>Veraspeech</b><br>dev | test</td><td>Kite-2</td>"
            "<td rowspan=\"2\">WER</td><td>2.1 | 5.5</td></tr><tr><td>Lark-3</td><td><b>- | 4.4</b></td></tr>"
            "<tr><td>Veravoice</td><td>Kite-2</td><td>WER</td><td>7.7</td></tr></tbody></table>\n")
    assert scores(text) == {("Kite-2", "veraspeech", 2.1), ("Kite-2", "veraspeech", 5.5), ("Lark-3", "veraspeech", 4.4),
                            ("Kite-2", "veravoice", 7.7)}


def test_a_decimal_comma_is_a_decimal_point_and_a_thousands_comma_is_not():
    assert parse_number("41,8%") == (41.8, False, "%") and parse_number("77,3") == (77.3, False, None)
    assert parse_number("1,287") == (1287.0, False, None)


def test_a_compute_column_is_no_score():
    text = ("| Model | GFLOPs/token (Inference) | Mean Accuracy |\n|---|---|---|\n| Kite-2 | 140 | 79.5 |\n"
            "| Lark-3 | 16 | 64.2 |\n")
    assert {value for _, _, value in scores(text)} == {79.5, 64.2}


def test_a_maker_before_a_colon_in_a_name_cell_is_no_part_of_the_name():
    text = ("Top models on the LLM board:\n| # | Model | Score |\n|---|---|---|\n"
            "| 1 | Anthropic: Claude Opus 4.6 | 99.6 |\n| 2 | Acme Labs: Vega-4 | 98.4 |\n")
    assert scores(text) == {("Claude Opus 4.6", None, 99.6), ("Vega-4", None, 98.4)}
    assert ranks(text) == {("Claude Opus 4.6", None, 1), ("Vega-4", None, 2)}


@pytest.mark.parametrize("caption, benchmarks", [
    ("**Voice Full-Duplex**", {"vera-omni", "ternsense", "kite-holmes"}),  # a section's title: the columns' own tests
    ("**VeraLong Bench**", {"veralong-bench"}),  # a suite by its noun: the columns are its measures
    ("**L-Eval**", {"l-eval"}),  # a suite by its shape
])
def test_a_caption_of_plain_words_over_unlisted_test_columns_is_a_title_unless_it_ends_in_a_suite_noun(caption, benchmarks):
    text = (f"Results of our new LLM.\n\n{caption}\n\n| Model | Vera-Omni | TernSense | Kite-Holmes |\n|---|---|---|---|\n"
            "| Zorbu-3 | 71.2 | 48.5 | 40.3 |\n| Lyra-4 | 66.0 | 50.1 | 44.8 |\n")
    assert {b for _, b, _ in scores(text)} == benchmarks


def test_a_plain_title_over_a_table_beside_a_benchmark_s_section_names_its_own_benchmark():
    """'## Kite Relay' next to '## SWE-bench Verified', each over a table of models and one score column: the
    second section's table and its notes are on Kite Relay, not on the benchmark the first section names."""
    text = ("## SWE-bench Verified\n\nSource: the benchmark's own site, March 2026\n\n"
            "| Model | Score | Cost |\n|---|---|---|\n| Vega 4 | 71.5% | $0.40 |\n| Orion 2 | 69.0% | $0.10 |\n\n"
            "## Kite Relay\n\nSource: the maintainers' page, May 2026\n\n"
            "| Model | % Correct | Open |\n|---|---|---|\n| Vega 4 | 83.0% | no |\n| Orion 2 | 80.5% | yes |\n\n"
            "Vega 4 leads at 83%, followed by Orion 2 (80.5%).\n")
    assert scores(text) == {("Vega 4", "swe-bench", 71.5), ("Orion 2", "swe-bench", 69.0),
                            ("Vega 4", "kite-relay", 83.0), ("Orion 2", "kite-relay", 80.5)}
    assert ("Orion 2", "kite-relay", 2) in ranks(text)


def test_a_plain_title_with_no_benchmark_s_section_beside_it_names_no_benchmark():
    """Sections titled by plain words ('## Kite Relay') with no benchmark heading beside them: the title may name
    anything, so the table keeps no benchmark of its title's name, and "% Correct" heads values, no test."""
    text = ("## Kite Relay\n\n| Model | % Correct |\n|---|---|\n| Vega 4 | 83.0% |\n| Orion 2 | 80.5% |\n\n"
            "## Heron Loop\n\n| Model | % Correct |\n|---|---|\n| Vega 4 | 64.0% |\n| Orion 2 | 61.5% |\n")
    assert {b for _, b, _ in scores(text)} == {None}


def test_a_title_of_common_words_beside_a_benchmark_s_section_names_no_benchmark():
    """'## Model Details' beside '## MMLU-Pro': a title with a common word is no test's name."""
    text = ("## MMLU-Pro\n\n| Model | Score |\n|---|---|\n| Vega 4 | 71.5 |\n| Orion 2 | 69.0 |\n\n"
            "## Model Details\n\n| Model | Score |\n|---|---|\n| Vega 4 | 8.1 |\n| Orion 2 | 7.4 |\n")
    assert ("Vega 4", "model-details", 8.1) not in scores(text)




def test_columns_headed_by_the_point_a_value_is_read_at_are_settings_not_benchmarks():
    """'@2h', '@4h': the hours (or tokens, '@8k') after which a run was scored, here under a paragraph the table
    runs on from; they name no benchmark."""
    text = ("KiteBench is a benchmark of 90 long-running agent tasks. Rather than one attempt, it lets agents iterate.\n"
            "Over 9,000 hours of runs, we find that progress follows a smooth curve in time (\n"
            "| Model | @2h | @4h |\n|---|---|---|\n| Vega 4 | 31.0 | 40.5 |\n| Orion 2 | 28.3 | 35.1 |\n")
    found = scores(text)
    assert {(s, v) for s, _, v in found} == {("Vega 4", 31.0), ("Vega 4", 40.5), ("Orion 2", 28.3), ("Orion 2", 35.1)}
    assert not any(b and b.startswith("@") for _, b, _ in found)


def test_question_format_columns_are_parts_of_the_board_not_tests_of_their_own():
    """'MCQ', 'Free-form': kinds of questions a board asks; their columns score the board's models on it."""
    text = ("The Kite Arena leaderboard measures how well models know the Kite framework.\n\n"
            "| Model | Overall | MCQ | Free-form |\n|---|---|---|---|\n| Vega 4 | 95.1% | 96.4% | 90.2% |\n"
            "| Orion 2 | 91.0% | 94.0% | 81.9% |\n")
    assert {b for _, b, _ in scores(text)} == {"kite-arena"}
    assert ("Orion 2", "kite-arena", 81.9) in scores(text)


def test_a_pair_of_decimals_in_a_cell_written_without_spaces_gives_both_scores():
    """'66.1/64.0' as '66.1 / 64.0': two measures of the column's benchmark, each a score."""
    text = "| Model | MMLU | GPQA |\n|---|---|---|\n| Vega-7B | 66.1/64.0 | 30.2 |\n| Orion-13B | 61.2 | 28.4 |\n"
    assert {("Vega-7B", "mmlu", 66.1), ("Vega-7B", "mmlu", 64.0)} <= scores(text)


def test_rows_labelled_by_a_metric_joined_to_a_part_are_parts_of_the_benchmark_the_heading_names():
    """'ACC-anatomy', 'ACC-all' under a heading on MMLU: the accuracy on one part of MMLU, no test of its own."""
    text = ("# Evaluation on the MMLU dataset\n\n|  | **Vega-7B** | **Orion-13B** |\n| --- | --- | --- |\n"
            "| ACC-all | **0.2958** | **0.3525** |\n| ACC-anatomy | 0.3111 | 0.3800 |\n")
    assert scores(text) == {("Vega-7B", "mmlu", 0.2958), ("Orion-13B", "mmlu", 0.3525),
                            ("Vega-7B", "mmlu", 0.3111), ("Orion-13B", "mmlu", 0.38)}


def test_stat_cards_further_down_a_run_of_short_lines_are_no_table():
    text = ("Kestrel Exam\nHard expert questions.\nCurrent best\nVega-7B-Chat\nHigher is better\nAll results\n"
            "Best mark\n41.6\nLeading system\nVega-7B-Chat\nSystems rated\n12\nSpread\n17.4\nMain metric\n")
    assert scores(text) == set()


def test_rows_of_one_share_glued_to_each_name_under_a_model_header_run_together():
    """'ModelWin Rate' over 'Vega-7B57.5%': the share ends each row; a name's own digits stay its own."""
    text = ("KestrelQA results\n\nModelWin Rate\nVega-7B57.5%\nOrion 13B Instruct60.9%\n"
            "Lyra 7B Instruct v0.323.7%\nNova-9B38.1%\n")
    assert scores(text) == {("Vega-7B", "kestrelqa", 57.5), ("Orion 13B Instruct", "kestrelqa", 60.9),
                            ("Lyra 7B Instruct v0.3", "kestrelqa", 23.7), ("Nova-9B", "kestrelqa", 38.1)}


def test_shares_run_together_before_a_cost_keep_their_columns_and_the_cost_is_no_score():
    text = ("KestrelQA leaderboard\n\nModelAccuracyRecallCost\nVega-7B57.5%61.2%$0.36\n"
            "Orion 13B Instruct60.9%58.0%$1.20\nLyra-8B38.1%40.5%$0.10\n")
    assert scores(text) == {("Vega-7B", "kestrelqa", 57.5), ("Vega-7B", "kestrelqa", 61.2),
                            ("Orion 13B Instruct", "kestrelqa", 60.9), ("Orion 13B Instruct", "kestrelqa", 58.0),
                            ("Lyra-8B", "kestrelqa", 38.1), ("Lyra-8B", "kestrelqa", 40.5)}


def test_ranked_rows_run_together_may_end_in_a_share():
    text = "KestrelQA leaderboard\n\n#ModelScore\n1Vega-7B57.5%\n2Orion-13B55.9%\n3Lyra-8B38.1%\n"
    assert ranks(text) == {("Vega-7B", "kestrelqa", 1), ("Orion-13B", "kestrelqa", 2), ("Lyra-8B", "kestrelqa", 3)}
    assert ("Orion-13B", "kestrelqa", 55.9) in scores(text)


def test_a_share_after_a_space_is_no_glued_row():
    """'Vega-7B 57.5%' under a run-together header is no row whose digits need splitting ('Vega-7B 5', 7.5)."""
    text = "KestrelQA results\n\nModelWin Rate\nVega-7B 57.5%\nOrion-13B 60.9%\n"
    assert not any(value in (7.5, 0.9) for _, _, value in scores(text))


RECORDS = ("## KestrelQA Leaderboard\nThe table contains the following data:\n"
           "* **Rank 1:**\n* Model: \"Vega-7B\"\n* Score: 88.1\n* 95% CI: +6/-5\n* Organization: Acme\n"
           "* **Rank 2:**\n* Model: \"Orion-13B.\"\n* Score: 85.0\n* 95% CI: +4/-5\n* Organization: Orion Labs\n"
           "* **Rank 3:**\n* Model: \"Lyra-8B\"\n* Score: 80.5\n* 95% CI: +4/-3\n* Organization: Lyra AI\n")


def test_records_of_one_labelled_field_a_line_under_their_places_are_a_ranked_table():
    assert ranks(RECORDS) == {("Vega-7B", "kestrelqa", 1), ("Orion-13B", "kestrelqa", 2), ("Lyra-8B", "kestrelqa", 3)}
    assert scores(RECORDS) == {("Vega-7B", "kestrelqa", 88.1), ("Orion-13B", "kestrelqa", 85.0),
                               ("Lyra-8B", "kestrelqa", 80.5)}


def test_records_that_open_on_their_first_label_again_are_rows():
    text = ("KestrelQA leaderboard\n\nModel: Vega-7B\nScore: 88.1\nOrganization: Acme\n\n"
            "Model: Orion-13B\nScore: 85.0\nOrganization: Orion Labs\n")
    assert scores(text) == {("Vega-7B", "kestrelqa", 88.1), ("Orion-13B", "kestrelqa", 85.0)}


def test_one_model_s_labelled_facts_are_no_table():
    text = "Vega-7B on KestrelQA\n\nModel: Vega-7B\nParameters: 7B\nContext: 128K\nReleased: 2025\n"
    assert scores(text) == set() and ranks(text) == set()


def test_a_ranked_row_run_together_under_a_header_without_a_maker_keeps_the_whole_name():
    """'2Orion 13B Instruct55.9%' under '#ModelScore': 'Instruct' is the name's, no maker's cell."""
    text = "KestrelQA leaderboard\n\n#ModelScore\n1Vega-7B57.5%\n2Orion 13B Instruct55.9%\n3Lyra-8B38.1%\n"
    assert ("Orion 13B Instruct", "kestrelqa", 2) in ranks(text)


def test_a_model_column_beside_a_base_model_column_written_once_a_group_gives_the_subjects():
    """'| LLM | Model |' with the LLM written on a group's first row only: the filled column holds the subjects."""
    text = ("Vega-7B beats Orion-13B on most tests below.\n\n"
            "| | | Knowledge | | General | |\n|---|---|---|---|---|---|\n"
            "| LLM | Model | SQA | MMMU | MME | GQA |\n"
            "| Kite-9B | Orion-13B | 75.1 | 37.3 | 72.7 | 64.5 |\n"
            "| | Lyra-8B | 72.8 | 41.7 | 72.5 | 65.2 |\n"
            "| | Vega-7B | 80.4 | 42.7 | 73.1 | 64.6 |\n"
            "| Nova-9B | Orion-13B | 71.9 | 36.3 | 70.7 | 63.7 |\n"
            "| | Vega-7B | 73.5 | 36.2 | 69.9 | 65.4 |\n")
    got = scores(text)
    assert {s for s, _, _ in got} == {"Orion-13B", "Lyra-8B", "Vega-7B"}
    assert ("Lyra-8B", "gqa", 65.2) in got and ("Vega-7B", "mmmu", 36.2) in got


def test_mme_scores_in_the_thousands_are_scores_not_counts():
    """MME sums its subtask scores to a scale of 2,800: a column of whole numbers in the thousands under it is scored."""
    text = ("Vega-7B leads most columns below.\n\n| Model | MME | GQA |\n|---|---|---|\n"
            "| Vega-7B | 1561 | 64.8 |\n| Orion-13B | 1528 | 64.9 |\n| Lyra-8B | 1627 | 66.3 |\n")
    assert {("Vega-7B", "mme", 1561.0), ("Lyra-8B", "mme", 1627.0), ("Orion-13B", "gqa", 64.9)} <= scores(text)


def test_a_category_s_average_under_a_group_header_names_no_benchmark():
    """'Knowledge' over 'Avg | SQA | MMMU | ...': the average is a mean over the group's tests, no test 'knowledge'."""
    text = ("Vega-7B leads most columns below.\n\n| | | Knowledge | | | | |\n|---|---|---|---|---|---|---|\n"
            "| LLM | Model | Avg | SQA | MMMU | MathVista | AI2D |\n"
            "| Kite-9B | Vega-7B | 55.7 | 75.1 | 40.1 | 37.0 | 73.5 |\n| | Orion-13B | 55.6 | 72.8 | 41.7 | 36.3 | 71.6 |\n"
            "| | Lyra-8B | 61.3 | 80.4 | 42.7 | 49.0 | 73.0 |\n")
    got = scores(text)
    assert ("Vega-7B", None, 55.7) in got and ("Lyra-8B", "mmmu", 42.7) in got
    assert not any(b == "knowledge" for _, b, _ in got)


def test_a_header_without_pipes_splits_between_two_families_run_together():
    """'Category GPT-4o Claude Opus 4 Gemini Ultra': 'Opus 4 Gemini Ultra' reads as one name only by
    running a Claude name into a Gemini one; the header is three models."""
    text = ("Claude Opus 4 leads in coding. Results:\n\nCategory GPT-4o Claude Opus 4 Gemini Ultra\n"
            "Coding (SWE-bench) 72% 79% 68%\nMath (MATH) 90% 88% 92%\nReasoning (GPQA) 72% 74% 71%\n")
    assert {("GPT-4o", "math", 90.0), ("Claude Opus 4", "gpqa", 74.0), ("Gemini Ultra", "swe-bench", 68.0)} <= scores(text)


def test_scores_out_of_a_hundred_make_rows_of_a_table_without_pipes():
    """'Writing Quality 87/100 94/100 82/100': a score on a scale ends a spaced row as a number does."""
    text = ("Claude Opus 4 leads in coding. Results:\n\nCategory GPT-4o Claude Opus 4 Gemini Ultra\n"
            "Writing Quality 87/100 94/100 82/100\nMath (MATH) 90% 88% 92%\nReasoning (GPQA) 72% 74% 71%\n")
    got = scores(text)
    assert ("Claude Opus 4", "math", 88.0) in got and ("Gemini Ultra", "gpqa", 71.0) in got
    assert {v for s, _, v in got if s == "GPT-4o"} >= {87.0, 90.0, 72.0}
