"""Benchmark names to guideline ids: listed aliases, metrics split off, editions dropped, unlisted names by shape."""

import pytest

from extractor.knowledge import load_knowledge
from extractor.nlp.benchmarks import PERIOD, BenchmarkResolver, slug

RESOLVER = BenchmarkResolver(load_knowledge())


@pytest.mark.parametrize("name, bench, metric", [
    ("MMLU (0-shot, CoT)", "mmlu", "0-shot, CoT"),
    ("HumanEval(Pass@1)", "humaneval", "Pass@1"),
    ("DROP (F1, 3-shot)", "drop", "F1, 3-shot"),
    ("GPQA-Diamond", "gpqa", "Diamond"),
    ("MATH-500", "math", "500"),
    ("AIME2024", "aime", "2024"),
    ("Arena-Hard v2", "arena-hard", "v2"),
    ("MATH LvL5", "math", "LvL5"),
    ("MT-bench (score)", "mt-bench", "score"),
    ("Arena Elo Rating", "chatbot-arena", "Elo Rating"),
    ("MMLU-Pro", "mmlu-pro", None),
    ("MT-Bench-101", "mt-bench-101", None),
    ("ARC-C", "arc", "C"),
    ("BBH reasoning", "bbh", "reasoning"),
    ("Math (GSM8K)", "gsm8k", "Math"),  # a category named by the benchmark in brackets
    ("AlpacaEval 2.0 LC", "alpacaeval", "2.0, LC"),  # a version, then an abbreviated way of scoring
    ("Accuracy (GSM8K)", "gsm8k", "Accuracy"), ("Pass @ 1 (HumanEval)", "humaneval", "Pass @ 1"),  # how, then what
    ("DROP Zero-shot + CoT", "drop", "Zero-shot + CoT"), ("MATH 4-shot & CoT*", "math", "4-shot & CoT"),  # ways joined
    ("ARC-Chall.", "arc", "Chall."), ("MMLU Avg.", "mmlu", "Avg."),  # a part's word cut short
])
def test_listed_benchmarks_with_their_metrics_and_editions(name, bench, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric, ref.listed) == (bench, metric, True)


@pytest.mark.parametrize("name, bench, subset", [
    ("AGIEval-English", "agieval", "English"),
    ("LiveCodeBench-Base", "livecodebench", "Base"), ("MMLU zh", "mmlu", "zh"), ("Alpacaeval-v2", "alpacaeval", "v2"),
    ("MATH Hard", "math", "Hard"), ("Arena-Hard-v0.1", "arena-hard", "v0.1")
])
def test_a_subset_or_language_of_a_listed_benchmark_is_that_benchmark(name, bench, subset):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric, ref.listed) == (bench, subset, True)


@pytest.mark.parametrize("name", ["ARC-Easy", "ArcEasy", "ARC-E"])
def test_arc_easy_is_listed_apart_from_arc_whose_boards_report_the_challenge_set(name):
    assert RESOLVER.resolve(name).id == "arc-easy"
    assert RESOLVER.resolve("ArcChallenge").id == "arc"


@pytest.mark.parametrize("name, bench", [("HSwag", "hellaswag"), ("WinoG", "winogrande")])
def test_short_table_headers_of_listed_benchmarks(name, bench):
    assert RESOLVER.resolve(name).id == bench


@pytest.mark.parametrize("name, bench", [("CRUXEval-O", "cruxeval-o"), ("RACE-M", "race-m"),
                                         ("MMLU-Redux", "mmlu-redux"), ("SuperCLUE-VLM", "superclue-vlm")])  # a re-annotated MMLU: a benchmark of its own
def test_an_unlisted_benchmark_keeps_its_whole_name_with_a_subset(name, bench):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.listed) == (bench, False)

@pytest.mark.parametrize("name, bench", [
    ("SuperGPQA", "supergpqa"), ("C-SimpleQA", "c-simpleqa"), ("KOR-Bench(0-shot)", "kor-bench"),
    ("Multilingual MMLU", "multilingual-mmlu"), ("Alignbench", "alignbench"), ("SciCode", "scicode"),
    ("Video MMMU", "video-mmmu"), ("Audio MMLU", "audio-mmlu"),  # a modality's version of a listed test
])
def test_unlisted_benchmarks_get_their_name_in_lower_case_with_hyphens(name, bench):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.listed) == (bench, False)


@pytest.mark.parametrize("name, bench", [("BFCL", "bfcl"), ("BFCL v3", "bfcl-v3"), ("BFCL-V3", "bfcl-v3"), ("BFCL v2", "bfcl-v2"),
                                         ("FooBench v2", "foobench-v2")])
def test_a_version_of_a_benchmark_the_guideline_does_not_list_keeps_its_version(name, bench):
    """Only the guideline's listed ids drop an edition ('Arena-Hard v2' is arena-hard); any other name keeps it."""
    assert RESOLVER.resolve(name).id == bench


@pytest.mark.parametrize("name", ["English", "Coding Elo", "Creative writing", "Average", "Hard Prompts (English)",
                                  "Vega 3 8B Instruct", "Standard Benchmark results", "Index, February 2025",
                                  "Results (Nov 2024)", "Math", "Drop", "BenchMarks", "Evaluation", "FOR IMMEDIATE RELEASE", "Graphic=Kim Min-su",
                                  "Zero-Shot Evaluation", "Few-shot Results", "QUICK BITES"])
def test_categories_metrics_and_model_names_are_no_benchmark(name):
    ref = RESOLVER.resolve(name)
    assert ref is None or ref.listed  # 'Coding Elo' would be a metric of the table's board, never a new benchmark


@pytest.mark.parametrize("name", ["Anti-Tamper Safeguards", "Pre-Training Data", "Multi-Turn Dialogue", "Cross-Lingual Transfer"])
def test_an_english_prefix_on_a_plain_word_makes_no_benchmark_name(name):
    assert RESOLVER.resolve(name) is None


@pytest.mark.parametrize("name, bench", [("Multi-IF", "multi-if"), ("Co-Bench", "co-bench"), ("Re-Eval", "re-eval")])
def test_a_prefix_before_an_acronym_or_a_suite_word_still_names_a_benchmark(name, bench):
    assert RESOLVER.resolve(name).id == bench


def test_languages_and_common_words_name_no_benchmark():
    assert [RESOLVER.resolve(n) for n in ("Python", "JavaScript", "C++", "LLM Leaderboard", "AI Model Rankings")] == [None] * 5
    assert RESOLVER.resolve("VeraBench").id == "verabench"


@pytest.mark.parametrize("name", ["Twelve-dimension benchmark", "Long-form", "Multi-turn evaluation"])
def test_a_compound_of_plain_words_capitalised_where_a_sentence_opens_names_no_benchmark(name):
    assert RESOLVER.resolve(name) is None


@pytest.mark.parametrize("name", ["F1-Score", "Elo-Score", "pass1"])
def test_ways_of_scoring_joined_by_a_hyphen_or_pass_without_its_at_sign_are_metrics(name):
    assert RESOLVER.resolve(name) is None and RESOLVER.is_metric(name)


@pytest.mark.parametrize("name, bench, metric", [
    ("VeraQA\u2191", "veraqa", "\u2191"), ("MMLU\u2191", "mmlu", "\u2191"), ("VeraDoc-S\u2193", "veradoc-s", "\u2193"),
])
def test_an_arrow_glued_to_a_name_says_how_it_scores_and_is_no_part_of_its_id(name, bench, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == (bench, metric)


@pytest.mark.parametrize("name", ["WER", "CER (%)", "BLEU", "chrF++", "ROUGE-L", "nDCG@10", "Recall@5", "MRR@10",
                                  "PPL", "Perplexity"])
def test_error_rates_overlap_and_retrieval_measures_are_metrics_no_benchmark(name):
    assert RESOLVER.resolve(name) is None


@pytest.mark.parametrize("name, bench, metric", [
    ("VeraBench L1/L2/L3", "verabench", "L1/L2/L3"), ("KestrelQA EN/ZH", "kestrelqa", "EN/ZH"),
])
def test_parts_after_a_slash_ending_a_name_are_its_split_no_part_of_its_id(name, bench, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == (bench, metric)


@pytest.mark.parametrize("task", ["Text-To-SQL", "Text-to-Image", "Speech-to-Text"])
def test_a_kind_of_task_from_one_medium_to_another_is_no_benchmark(task):
    assert RESOLVER.resolve(task) is None


def test_a_column_of_a_test_split_under_an_error_rate_heading_is_the_test():
    """The heading names how the table scores ('CER'), so each column is its own test, no 'cer' benchmark."""
    from extractor.pipeline import extract_claims
    from extractor.records import Article
    text = ("## CER(%) \u2193\n| Model | vera_1_test(\u2193) | KESTREL_dev(\u2193) |\n|---|---|---|\n"
            "| Vega-7B | 8.085 | 28.597 |\n| Orion-13B | 2.549 | 16.289 |\n")
    claims = extract_claims(Article(id="a", text=text, source="t"))
    assert {(c.subject.text, c.benchmark.id, c.score.value) for c in claims} == {
        ("Vega-7B", "vera-1", 8.085), ("Vega-7B", "kestrel", 28.597),
        ("Orion-13B", "vera-1", 2.549), ("Orion-13B", "kestrel", 16.289)}


def test_a_language_written_as_a_compound_is_a_language():
    assert [RESOLVER.is_language(n) for n in ("Chinese-language", "English-language", "Chinese", "Vera-language")] == [
        True, True, True, False]


@pytest.mark.parametrize("name, bench, metric", [
    ("VeraVQA_test", "veravqa", "test"), ("VeraVista testmini", "veravista", "testmini"),
    ("VeraText-VQA_val", "veratext-vqa", "val"), ("CRUXEval-O", "cruxeval-o", None),
    ("VeraMO 2026", "veramo", "2026"), ("VeraMO-2025", "veramo", "2025"), ("VeraBench_DEV_EN", "verabench", "DEV_EN"),
])
def test_a_data_split_or_year_after_an_unlisted_name_is_a_metric_and_a_subset_stays(name, bench, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == (bench, metric)


@pytest.mark.parametrize("name, bench, metric", [
    ("VeraSQL Ex% Dev", "verasql", "Ex%, Dev"), ("VeraQA EM test", "veraqa", "EM, test"),
    ("VeraQA Acc% val", "veraqa", "Acc%, val"),
])
def test_a_way_of_scoring_between_an_unlisted_name_and_its_data_split_goes_to_the_metric(name, bench, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == (bench, metric)


@pytest.mark.parametrize("name, bench, metric", [
    ("hellaswag/acc_norm", "hellaswag", "acc_norm"),
    ("arc_easy/acc", "arc-easy", "acc"),
    ("arc_challenge/acc_norm", "arc", "challenge, acc_norm"),
    ("truthfulqa_mc/mc2", "truthfulqa", "mc, mc2"),
    ("veraqa/acc", "veraqa", "acc"),
    ("boolq/f1", "boolq", "f1"),
])
def test_an_evaluation_harness_task_and_its_metric(name, bench, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == (bench, metric)


@pytest.mark.parametrize("name", ["val/test", "50-50 Ranking", "2023-24 Season"])
def test_a_split_pair_or_a_number_pair_names_no_benchmark(name):
    assert RESOLVER.resolve(name) is None


@pytest.mark.parametrize("name, bench, metric", [("VeraMO Feb 2025", "veramo", "Feb 2025"), ("AIME Feb. 2025", "aime", "Feb. 2025")])
def test_a_month_and_year_after_a_name_are_its_edition(name, bench, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == (bench, metric)


@pytest.mark.parametrize("name, bench", [("WebDev Arena", "webdev-arena"), ("Search Arena", "search-arena"),
                                         ("Text Arena", "chatbot-arena"), ("Arena", "chatbot-arena")])
def test_the_arena_s_sibling_boards_are_named_parts_of_it_and_its_categories_are_plain_arena(name, bench):
    assert RESOLVER.resolve(name).id == bench
    assert RESOLVER.board_of(bench) == (("chatbot-arena", name) if bench != "chatbot-arena" else ("chatbot-arena", None))


@pytest.mark.parametrize("name", ["4k", "128K", "1M"])
def test_a_context_length_names_no_benchmark(name):
    assert RESOLVER.resolve(name) is None
    assert RESOLVER.resolve(f"VeraLong {name}").metric == name


def test_an_unlisted_benchmark_keeps_a_version_written_apart():
    assert RESOLVER.resolve("VeraLong v2").id == "veralong-v2"


def test_a_credit_line_names_no_benchmark():
    assert RESOLVER.resolve("Image Credits: Acme") is None


def test_an_arena_s_leaderboard_is_the_arena():
    assert slug("Vera Duel Arena Leaderboard") == "vera-duel-arena"
    assert slug("Vera Leaderboard") == "vera-leaderboard"


@pytest.mark.parametrize("name, bench", [("VERA Leaderboard", "vera"), ("VeraBench leaderboard", "verabench"),
                                         ("Hallucination Leaderboard", "hallucination-leaderboard"),
                                         ("Open Vera-LLM Leaderboard", "open-vera-llm-leaderboard")])
def test_the_leaderboard_of_a_one_word_test_name_is_the_test(name, bench):
    assert slug(name) == bench


@pytest.mark.parametrize("name, bench, metric", [("DROP_F1", "drop", "F1"), ("GSM8K_EM", "gsm8k", "EM")])
def test_a_metric_joined_by_an_underscore_is_split_off(name, bench, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == (bench, metric)


@pytest.mark.parametrize("name", ["BIG-Bench Extra Hard", "BBEH"])
def test_big_bench_extra_hard_is_a_benchmark_apart_from_bbh(name):
    assert RESOLVER.resolve(name).id == "big-bench-extra-hard"
    assert RESOLVER.resolve("BIG-Bench Hard").id == "bbh"


@pytest.mark.parametrize("name, metric", [("MTBench First Turn", "First Turn"), ("MT-Bench Turn 2", "Turn 2")])
def test_a_turn_of_a_listed_benchmark_is_its_setting(name, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == ("mt-bench", metric)


def test_a_number_of_shots_written_n_equals_is_a_metric():
    ref = RESOLVER.resolve("VeraQA n=0 n=5")
    assert (ref.id, ref.metric) == ("veraqa", "n=0 n=5")


@pytest.mark.parametrize("name, bench, metric", [
    ("MBPP EvalPlus (base)", "mbpp", "EvalPlus, base"), ("HumanEval EvalPlus", "humaneval", "EvalPlus"),
    ("GSM8K Chain of Thought", "gsm8k", "Chain of Thought"), ("MATH chain-of-thought 4-shot", "math", "chain-of-thought 4-shot"),
])
def test_a_way_of_prompting_or_a_harness_after_a_name_is_its_metric(name, bench, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == (bench, metric)


def test_a_preview_of_a_listed_benchmark_s_version_is_that_benchmark():
    ref = RESOLVER.resolve("Arena-Hard-v2.0-Preview")
    assert (ref.id, ref.metric) == ("arena-hard", "v2.0 Preview")


def test_a_leaderboard_s_one_letter_sibling_is_a_board_of_its_own():
    assert RESOLVER.resolve("SuperCLUE-V").id == "superclue-v"  # the vision board, not the SuperCLUE
    assert RESOLVER.resolve("MMLU-R").id == "mmlu"  # a test's one-letter part is still the test's


def test_an_unlisted_name_whose_bench_is_listed_is_that_bench():
    assert RESOLVER.unlisted("MT").id == "mt-bench"
    assert RESOLVER.unlisted("VeraQA").id == "veraqa"


def test_a_sibling_letter_after_a_test_s_name_makes_another_test():
    assert RESOLVER.resolve("HumanEval-X").id == "humaneval-x"  # the cross-lingual test, not HumanEval
    assert RESOLVER.resolve("ARC-C").id == "arc"  # a one-letter part of a test stays the test's


@pytest.mark.parametrize("name, bench", [("VeraEval-ZH", "veraeval-zh"), ("VeraEval_en", "veraeval-en"),
                                         ("FollowBench-zh", "followbench-zh"), ("T-Vera-CN", "t-vera-cn"),
                                         ("BrowseComp-ZH", "browsecomp-zh"), ("MMLU-zh", "mmlu-zh")])
def test_a_language_code_joined_to_a_benchmark_names_a_test_of_its_own(name, bench):
    ref = RESOLVER.resolve(name)  # its language's set: another dataset, as annotators file it
    assert (ref.id, ref.metric, ref.listed) == (bench, None, False)


@pytest.mark.parametrize("name, edition", [("LCBv2 Easy", "v2 Easy"), ("LCBv2", "v2"), ("LCB All", "All"),
                                           ("LCB Medium", "Medium")])
def test_a_version_glued_to_a_listed_acronym_and_a_subset_after_it_are_that_benchmark_s(name, edition):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric, ref.listed) == ("livecodebench", edition, True)


@pytest.mark.parametrize("name, metric", [("MMLU-humanities", "humanities"), ("MMLU-STEM", "STEM"),
                                          ("MMLU-social sciences", "social sciences"), ("MMLU STEM", "STEM")])
def test_a_subject_area_joined_to_a_listed_test_is_its_metric(name, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == ("mmlu", metric)


def test_an_edition_or_a_language_joined_to_a_listed_test_is_no_subject_area():
    assert RESOLVER.resolve("MMLU-Pro").id == "mmlu-pro"
    assert RESOLVER.resolve("C-Eval").id == "c-eval"
    assert RESOLVER.resolve("GSM8K-Chinese").id == "gsm8k"  # unchanged: its metric says the language


@pytest.mark.parametrize("name, bench, metric", [("mmlu_pro_5shot_cot_instruct", "mmlu-pro", "5shot cot instruct"),
                                                 ("gpqa_main_cot_5shot_instruct", "gpqa", "main cot 5shot instruct"),
                                                 ("math_instruct", "math", "instruct")])
def test_an_evaluation_harness_id_joined_by_underscores_is_its_listed_head_and_a_setting(name, bench, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == (bench, metric)
    assert RESOLVER.resolve("arc_easy").id == "arc-easy"  # the longest listed head


@pytest.mark.parametrize("name, bench, metric", [
    ("LMArena-Text-coding", "chatbot-arena", "Text-coding"), ("AA-Math", "artificial-analysis", "Math"),
    ("LMArena-WebDev", "webdev-arena", None),  # the board's own arena, reported under the board
])
def test_a_board_joined_to_its_category_or_its_own_arena_is_that_board(name, bench, metric):
    ref = RESOLVER.resolve(name)
    assert (ref.id, ref.metric) == (bench, metric)
    assert RESOLVER.resolve("SuperCLUE-VLM").id == "superclue-vlm"  # a board's name joined to no category: its own


def test_a_kind_of_model_is_no_benchmark_but_a_board_named_after_llms_is():
    assert RESOLVER.resolve("Instruction-tuned Models") is None
    assert RESOLVER.resolve("Open Ko-LLM") is not None  # (a test's name may end in 'LLM')


def test_a_name_hyphenated_to_a_word_of_a_listed_arena_alias_is_no_arena():
    """Regression: 'Vera-LLM' read as the Chatbot Arena, since 'LLM Arena' is one of its names."""
    assert RESOLVER.resolve("Vera-LLM").id == "vera-llm"


@pytest.mark.parametrize("name", ["Code.Debug", "En.QA", "Retrieve.PassKey", "Math.Find"])
def test_a_task_written_area_dot_task_is_no_benchmark_of_its_own(name):
    assert RESOLVER.is_task_path(name) and RESOLVER.resolve(name) is None


@pytest.mark.parametrize("name, bench", [("SC-Safety安全总榜", "sc-safety"), ("VeraEval排行榜", "veraeval")])
def test_a_latin_name_with_a_chinese_board_word_glued_on_keeps_the_latin_name_as_its_id(name, bench):
    """'SC-Safety安全总榜' is SC-Safety's overall board: the Chinese words describe it, as they do a listed name's."""
    assert RESOLVER.resolve(name).id == bench


@pytest.mark.parametrize("address, bench", [
    ("https://lmarena.ai/leaderboard/text", "chatbot-arena"),
    ("https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard", "open-llm-leaderboard"),
    ("https://www.superclueai.com/", "superclue"),
    ("https://example.org/ai/rankings", None),
    (None, None),
])
def test_a_web_address_belongs_to_the_listed_board_it_names(address, bench):
    assert BenchmarkResolver(load_knowledge()).at_address(address) == bench


@pytest.mark.parametrize("name, bench", [("MME Evaluation", "mme"), ("MME Benchmark", "mme"), ("VeraQA Eval", "veraqa"),
                                         ("Cross-File Evaluation", None)])
def test_a_word_saying_an_unlisted_name_is_a_test_is_no_part_of_its_id(name, bench):
    found = BenchmarkResolver(load_knowledge()).resolve(name)
    assert (found.id if found else None) == bench


@pytest.mark.parametrize("name", ["Q4 2024", "Q4", "H1", "2025 Q2", "Sept. 2025"])
def test_a_period_is_no_benchmark(name):
    assert RESOLVER.resolve(name) is None


@pytest.mark.parametrize("name", ["Marathon 2024", "Decode 2024"])
def test_a_word_that_opens_like_a_month_is_no_period(name):
    assert PERIOD.match(name) is None


@pytest.mark.parametrize("header,bench,metric", [("MMMUval", "mmmu", "val"), ("KestrelQAtest", "kestrelqa", "test"),
                                                 ("VeraVistatestmini", "veravista", "testmini"),
                                                 ("GQAtestdev", "gqa", "testdev")])
def test_a_split_run_into_a_benchmark_s_name_goes_to_the_metric(header, bench, metric):
    """'DocVQA<sub>test</sub>' loses its subscript to text extraction: 'DocVQAtest' is DocVQA's test split."""
    ref = RESOLVER.resolve(header)
    assert (ref.id, ref.metric) == (bench, metric)


@pytest.mark.parametrize("name", ["GDPval", "HumanEval", "VeraEval"])
def test_a_name_that_ends_in_a_split_word_stays_whole(name):
    """Capitals and a short word ('GDPval'), or a word that ends in one ('Eval'), name a test of their own."""
    assert RESOLVER.resolve(name).id == name.lower()


@pytest.mark.parametrize("header,bench", [("MT-bench Pairwise Comparison", "mt-bench"),
                                          ("KestrelQA Single-answer grading", "kestrelqa")])
def test_a_way_of_judging_written_out_after_a_benchmark_goes_to_the_metric(header, bench):
    """A judge's way of grading ('pairwise comparison') says how a test was scored, not a test of its own."""
    ref = RESOLVER.resolve(header)
    assert (ref.id, ref.metric.lower()) == (bench, header.split(maxsplit=1)[1].lower())


@pytest.mark.parametrize("name,bench", [("English IFEval", "ifeval"), ("English KestrelQA", "kestrelqa"),
                                        ("Arabic IFEval", "arabic-ifeval"), ("Korean KestrelQA", "korean-kestrelqa")])
def test_english_before_a_benchmark_is_the_benchmark_itself_another_language_a_variant(name, bench):
    """Benchmarks are set in English unless their name says another language: 'English MMLU' is MMLU."""
    assert RESOLVER.resolve(name).id == bench
