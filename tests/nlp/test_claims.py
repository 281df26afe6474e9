"""Claim rules, one or more sentences (written for these tests) per construction."""


import pytest

from extractor.pipeline import extract_claims
from extractor.records import Article


def claims_of(text: str) -> list[tuple]:
    """(kind, subject, subject type, vendor, benchmark id, values) per claim; checks every offset."""
    out = []
    for c in extract_claims(Article(id="t", text=text, source="test")):
        assert text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert c.subject.span is None or text[c.subject.span.start:c.subject.span.end] == c.subject.span.text
        values = {
            "rank": (c.rank, c.top_n), "count": (c.count, c.top_n),
            "score": (c.score.value, c.score.unit) if c.score else None,
            "comparison": (c.relation, tuple(o.text for o in c.objects)),
        }[c.kind]
        out.append((c.kind, c.subject.text, c.subject.type, c.subject.vendor, c.benchmark.id, values))
    return out


def test_ordinal_rank_with_possessive_vendor():
    assert claims_of("Meta's Llama 3.1 405B was ranked 7th on the Open LLM Leaderboard.") == [
        ("rank", "Llama 3.1 405B", "model", "Meta", "open-llm-leaderboard", (7, None))]


def test_number_one_and_elo_score():
    assert claims_of("GPT-4o is No. 1 on Chatbot Arena with an Elo score of 1287.") == [
        ("rank", "GPT-4o", "model", "OpenAI", "chatbot-arena", (1, None)),
        ("score", "GPT-4o", "model", "OpenAI", "chatbot-arena", (1287.0, "elo"))]


def test_topped_is_rank_one():
    assert claims_of("Anthropic's Claude 3.5 Sonnet topped the LMSYS leaderboard.") == [
        ("rank", "Claude 3.5 Sonnet", "model", "Anthropic", "chatbot-arena", (1, None))]


def test_percent_scores_with_benchmark_and_possessive_subject():
    assert sorted(claims_of("On MMLU, Mistral Large scores 81.2%, while Llama 3 70B's 79.5% trails it.")) == sorted([
        ("score", "Mistral Large", "model", "Mistral AI", "mmlu", (81.2, "%")),
        ("score", "Llama 3 70B", "model", "Meta", "mmlu", (79.5, "%")),
        ("comparison", "Llama 3 70B", "model", "Meta", "mmlu", ("trails", ("Mistral Large",)))])


def test_outperforms_several_objects():
    assert claims_of("DeepSeek-V3 outperformed GPT-4o and Claude 3.5 Sonnet on MATH.") == [
        ("comparison", "DeepSeek-V3", "model", "DeepSeek", "math", ("outperforms", ("GPT-4o", "Claude 3.5 Sonnet")))]


def test_behind_only_gives_rank_and_trails():
    got = claims_of("Qwen2.5-72B-Instruct ranked behind only GPT-4o and Claude 3.5 Sonnet on SuperCLUE.")
    assert sorted(got) == sorted([
        ("comparison", "Qwen2.5-72B-Instruct", "model", "Alibaba", "superclue", ("trails", ("GPT-4o", "Claude 3.5 Sonnet"))),
        ("rank", "Qwen2.5-72B-Instruct", "model", "Alibaba", "superclue", (3, None))])


def test_respectively_pairs_subjects_and_ranks_in_order():
    assert claims_of("Google's Gemini 1.5 Pro and Meta's Llama 3 ranked 2nd and 5th, respectively, on Chatbot Arena.") == [
        ("rank", "Gemini 1.5 Pro", "model", "Google", "chatbot-arena", (2, None)),
        ("rank", "Llama 3", "model", "Meta", "chatbot-arena", (5, None))]


def test_vendors_sharing_a_verb_each_get_a_comparison():
    assert claims_of("Models from Alibaba, Baidu and Tencent outperformed GPT-4 Turbo on C-Eval.") == [
        ("comparison", v, "vendor", None, "c-eval", ("outperforms", ("GPT-4 Turbo",)))
        for v in ("Alibaba", "Baidu", "Tencent")]


def test_count_of_family_in_top_n():
    assert claims_of("Four Qwen models made the top 10 of the Open LLM Leaderboard.") == [
        ("count", "Qwen", "family", "Alibaba", "open-llm-leaderboard", (4, 10))]


def test_vendor_level_claim_has_the_vendor_as_subject():
    assert claims_of("Microsoft's LLM ranked sixth on Hugging Face's list.") == [
        ("rank", "Microsoft", "vendor", None, "open-llm-leaderboard", (6, None))]


def test_reference_back_resolves_to_the_model_named_before():
    text = "Alibaba released Qwen2-72B-Instruct last week. The model ranked first among open-source models on the Open LLM Leaderboard."
    assert claims_of(text) == [("rank", "Qwen2-72B-Instruct", "model", "Alibaba", "open-llm-leaderboard", (1, None))]


def test_benchmark_carries_over_from_an_earlier_sentence():
    text = "The Chatbot Arena published its update on Monday. Gemini 1.5 Pro placed fourth."
    assert claims_of(text) == [("rank", "Gemini 1.5 Pro", "model", "Google", "chatbot-arena", (4, None))]


def test_markdown_table_rows():
    text = ("| Rank | Model | Arena Elo |\n|---|---|---|\n| 1 | GPT-4o | 1287 |\n| 2 | Claude 3.5 Sonnet | 1272 |\n"
            "Source: Chatbot Arena.")
    assert sorted(claims_of(text)) == sorted([
        ("rank", "GPT-4o", "model", "OpenAI", "chatbot-arena", (1, None)),
        ("score", "GPT-4o", "model", "OpenAI", "chatbot-arena", (1287.0, "elo")),
        ("rank", "Claude 3.5 Sonnet", "model", "Anthropic", "chatbot-arena", (2, None)),
        ("score", "Claude 3.5 Sonnet", "model", "Anthropic", "chatbot-arena", (1272.0, "elo"))])


def test_inline_ranked_list_with_owner_ids():
    text = ("The Open LLM Leaderboard top five: 1 Qwen/Qwen2-72B-Instruct 2 meta-llama/Meta-Llama-3-70B-Instruct "
            "3 Qwen/Qwen2-72B 4 mistralai/Mixtral-8x22B-Instruct-v0.1 5 01-ai/Yi-1.5-34B-Chat")
    got = [(s, v) for k, s, _, _, b, v in claims_of(text) if k == "rank" and b == "open-llm-leaderboard"]
    assert got == [("Qwen2-72B-Instruct", (1, None)), ("Meta-Llama-3-70B-Instruct", (2, None)), ("Qwen2-72B", (3, None)),
                   ("Mixtral-8x22B-Instruct-v0.1", (4, None)), ("Yi-1.5-34B-Chat", (5, None))]


@pytest.mark.parametrize("text", [
    "Claude 3 Opus could top the Chatbot Arena next month.",          # prediction
    "Llama 3 did not make the top 10 on Chatbot Arena.",                # negation
    "Qwen2-72B-Instruct has 72 billion parameters and costs $0.90.",   # parameters, price
    "Nvidia shares rose 20% after the chipmaker ranked first in sales.",  # not a model
    "The club ranked third in the Premier League after a 2-1 win.",    # sports table
])
def test_excluded_constructions_give_no_claim(text):
    assert claims_of(text) == []


def test_the_makers_model_refers_to_the_model_of_that_maker_named_last():
    text = "Kite-3 beat GPT-4o on MMLU, while the OpenAI model beat Kite-3 on HumanEval."
    assert claims_of(text) == [
        ("comparison", "Kite-3", "model", None, "mmlu", ("outperforms", ("GPT-4o",))),
        ("comparison", "GPT-4o", "model", "OpenAI", "humaneval", ("outperforms", ("Kite-3",)))]
    # one of two models named together is no referent: the maker stays
    assert claims_of("Where Kite-3 and GPT-4o were compared, the OpenAI model beat Kite-3 on MMLU.")[0][1] == "OpenAI"


def test_same_input_same_ids():
    text = "GPT-4o is No. 1 on Chatbot Arena with an Elo score of 1287."
    a = [c.id for c in extract_claims(Article(id="x", text=text, source="t"))]
    b = [c.id for c in extract_claims(Article(id="x", text=text, source="t"))]
    assert a == b and len(set(a)) == 2


def test_flattened_table_rows_split_by_header_width():
    text = ("Chatbot Arena, this week:\n| Rank | Model | Elo | Note | |---|---|---|---| | 1 | GPT-4o | 1287 | new | "
            "| 2 | Claude 3.5 Sonnet | 1272 | (was #4) |")
    got = sorted((k, s, v) for k, s, _, _, b, v in claims_of(text))
    assert got == [("rank", "Claude 3.5 Sonnet", (2, None)), ("rank", "GPT-4o", (1, None)),
                   ("score", "Claude 3.5 Sonnet", (1272.0, "elo")), ("score", "GPT-4o", (1287.0, "elo"))]


def test_category_table_ranks_by_column_header():
    text = "Chatbot Arena categories:\n| Category | #1 model | #2 model |\n| Coding | GPT-4o (1301) | Claude 3.5 Sonnet (1290) |"
    got = sorted((k, s, v) for k, s, _, _, b, v in claims_of(text))
    assert got == [("rank", "Claude 3.5 Sonnet", (2, None)), ("rank", "GPT-4o", (1, None)),
                   ("score", "Claude 3.5 Sonnet", (1290.0, "elo")), ("score", "GPT-4o", (1301.0, "elo"))]


def test_numbered_list_items_keep_their_number():
    text = "Top coding models on Chatbot Arena:\n1. Claude 3.5 Sonnet: fast and accurate.\n2. GPT-4o: close second."
    got = [(s, v) for k, s, _, _, b, v in claims_of(text) if k == "rank"]
    assert got == [("Claude 3.5 Sonnet", (1, None)), ("GPT-4o", (2, None))]


def test_followed_by_gives_the_next_rank():
    text = "Among Chinese models, Baidu's ERNIE 4.0 ranked first on C-Eval, followed by Qwen-72B."
    assert claims_of(text) == [("rank", "ERNIE 4.0", "model", "Baidu", "c-eval", (1, None)),
                               ("rank", "Qwen-72B", "model", "Alibaba", "c-eval", (2, None))]


def test_tie_gives_every_named_subject_the_rank():
    got = claims_of("On Chatbot Arena, Yi-Large and GPT-4o tie for first place in Chinese.")
    assert sorted((s, v) for k, s, _, _, _, v in got) == [("GPT-4o", (1, None)), ("Yi-Large", (1, None))]


@pytest.mark.parametrize("word", ["all", "each"])
def test_names_that_all_held_a_place_each_hold_it(word):
    got = claims_of(f"Kite-3, Lark-2, and Tern-4 {word} held first place on Chatbot Arena this year.")
    assert sorted((s, b, v) for k, s, _, _, b, v in got if k == "rank") == [
        ("Kite-3", "chatbot-arena", (1, None)), ("Lark-2", "chatbot-arena", (1, None)), ("Tern-4", "chatbot-arena", (1, None))]


@pytest.mark.parametrize("opening", ["These models, both released in March,", "The two models", "They"])
def test_respective_scores_of_a_plural_reference_go_to_the_models_the_sentence_before_named(opening):
    text = LEAD + f"Kite-3 and Lark-2 lead the Chatbot Arena now. {opening} post respective Elo scores of 1,446 and 1,418."
    assert [(s, v) for k, s, _, _, _, v in claims_of(text) if k == "score"] == [
        ("Kite-3", (1446.0, "elo")), ("Lark-2", (1418.0, "elo"))]


def test_a_respective_domain_is_no_pairing_of_names_and_values():
    text = LEAD + "Kite-3 leads VeraQA. Human experts score around 90% in their respective domains."
    assert [c for c in claims_of(text) if c[0] == "score"] == []


def test_scores_respectively_and_in_asides():
    text = ("On OpenCompass, Qwen2.5-72B-Instruct posted coding and maths scores of 74.2 and 77 respectively, "
            "outperforming Claude 3.5 (72.1) and GPT-4o (70.6).")
    got = {(k, s, v) for k, s, _, _, b, v in claims_of(text)}
    assert got == {
        ("score", "Qwen2.5-72B-Instruct", (74.2, None)), ("score", "Qwen2.5-72B-Instruct", (77.0, None)),
        ("score", "Claude 3.5", (72.1, None)), ("score", "GPT-4o", (70.6, None)),
        ("comparison", "Qwen2.5-72B-Instruct", ("outperforms", ("Claude 3.5", "GPT-4o"))),
    }


def test_close_behind_trails_the_model_named_before():
    text = "On Chatbot Arena, Gemini 1.5 Pro sits third at 1263, with Grok-2 close behind at 1260."
    got = {(k, s, v) for k, s, _, _, b, v in claims_of(text)}
    assert ("comparison", "Grok-2", ("trails", ("Gemini 1.5 Pro",))) in got
    assert ("rank", "Gemini 1.5 Pro", (3, None)) in got
    assert ("score", "Gemini 1.5 Pro", (1263.0, "elo")) in got and ("score", "Grok-2", (1260.0, "elo")) in got


def test_pronoun_refers_to_the_previous_sentence_topic():
    text = "Mistral Large scores 81.2% on MMLU, between GPT-3.5 and GPT-4. On MATH it scores 45%."
    got = [(s, b, v) for k, s, _, _, b, v in claims_of(text) if k == "score"]
    assert got == [("Mistral Large", "mmlu", (81.2, "%")), ("Mistral Large", "math", (45.0, "%"))]


def test_comparison_object_with_its_own_score_keeps_it_only_when_attached():
    text = "DeepSeek V4 beats Llama 3 on MMLU with 98.2% accuracy, surpassing Llama 3 70B's 95.1%."
    got = {(k, s, v) for k, s, _, _, b, v in claims_of(text) if k == "score"}
    assert got == {("score", "DeepSeek V4", (98.2, "%")), ("score", "Llama 3 70B", (95.1, "%"))}


def test_owner_id_attributes_the_vendor_the_article_names():
    text = "Alibaba Cloud leads the Open LLM Leaderboard: 1 Qwen/Qwen2-72B-Instruct 2 meta-llama/Meta-Llama-3-70B-Instruct 3 microsoft/Phi-3-medium-4k-instruct"
    vendors = {s: vendor for k, s, kind, vendor, _, _ in claims_of(text) if kind == "model"}
    assert vendors == {"Qwen2-72B-Instruct": "Alibaba Cloud", "Meta-Llama-3-70B-Instruct": "meta-llama",
                       "Phi-3-medium-4k-instruct": "microsoft"}


@pytest.mark.parametrize("text", [
    "ChatGPT was the most downloaded app in March, ranking first on the App Store with 40 million downloads.",
    "DeepSeek-R1 also secured the number one spot on the free app rankings in China.",
    "GPT-4o is out. Acme has released its new leaderboard to rank the best language models.",
    "Kimi K2 climbed to third place on the app charts in Japan.",
    "Google's Gemini is used by 350 million people, second only to ChatGPT.",
    "Gemini 2.0 Flash costs $0.10 per million tokens, 25% cheaper than GPT-4o mini.",
    "Meta's Llama 4 could top the leaderboard when it launches next year, analysts said.",
    "Before GPT-4o arrived, Claude 3 Opus and GPT-4 Turbo were competing for the top spot on Chatbot Arena.",
])
def test_usage_money_and_hopes_are_no_ranking_claims(text):
    assert claims_of(text) == []


def test_behind_after_a_rank_trails_but_the_company_behind_a_product_does_not():
    got = claims_of("On Chatbot Arena, Qwen2-72B-Instruct was ranked 20th overall, behind Google's Gemini 1.5 Pro.")
    assert ("comparison", "Qwen2-72B-Instruct", "model", "Alibaba", "chatbot-arena",
            ("trails", ("Gemini 1.5 Pro",))) in got
    assert claims_of("OpenAI, the company behind ChatGPT, hired 40 people.") == []


def test_decimal_after_with_is_a_leaderboard_score():
    got = claims_of("On the Open LLM Leaderboard, Meta's Meta-Llama-3-70B-Instruct came second with 36.18.")
    assert ("score", "Meta-Llama-3-70B-Instruct", "model", "Meta", "open-llm-leaderboard", (36.18, None)) in got


def test_overall_after_the_rank_beats_an_earlier_among_scope():
    [claim] = extract_claims(Article(id="t", source="t",
                                     text="Among open models, Qwen2-72B-Instruct was ranked 20th overall on Chatbot Arena."))
    assert (claim.rank, claim.scope) == (20, "global")


def test_the_top_open_model_is_rank_one_among_open_models():
    [claim] = [c for c in extract_claims(Article(id="t", source="t", text=(
        "Llama 3.1 405B is the top open model on the Chatbot Arena."))) if c.kind == "rank"]
    assert (claim.subject.text, claim.rank, claim.scope) == ("Llama 3.1 405B", 1, "open-source")
    assert claims_of("On the Chatbot Arena, Llama 3.1 405B is one of the top models.") == []


def test_a_vendor_sentence_is_read_for_rank_words_not_for_numbers(nlp):
    """Regression: 'revenue rose to 40 billion.' made a vendor sentence a candidate ('billion' before
    a stop looked like a score); only rank and comparison words make one (as the article gate assumes)."""
    doc = nlp("Nvidia's revenue rose to 40 billion. Nvidia ranked second on the list.")
    assert [doc.text[a:b] for a, b in doc._.candidates] == ["Nvidia ranked second on the list."]


def test_a_sentence_without_names_is_read_when_it_refers_to_a_model_and_has_a_cue(nlp):
    doc = nlp("GPT-4o ranked first on Chatbot Arena. The model scored 1287. Shares rose 3%. It shipped in May.")
    assert [doc.text[a:b] for a, b in doc._.candidates] == ["GPT-4o ranked first on Chatbot Arena.", "The model scored 1287."]


# -- prose the rules read by construction, with names nobody listed -----------------------------------

def _kinds(text: str) -> set[tuple]:
    return {(k, s, b, v) for k, s, _, _, b, v in claims_of(text)}


def test_passive_voice_turns_the_relation_round():
    assert _kinds("On the Arena leaderboard, Nova-instant-v1 was outscored by Orion-4-Raven-14B.") == {
        ("comparison", "Nova-instant-v1", "chatbot-arena", ("trails", ("Orion-4-Raven-14B",)))}


def test_a_colon_goes_on_about_the_model_the_sentence_opens_on_and_each_score_keeps_the_test_named_before_it():
    found = _kinds("Vega-3-70B is strong: its MMLU score is 80.1%, its GPQA score is 50.3%.")
    assert found == _kinds("Vega-3-70B is strong: MMLU score is 80.1%, GPQA score is 50.3%.") == {
        ("score", "Vega-3-70B", "mmlu", (80.1, "%")), ("score", "Vega-3-70B", "gpqa", (50.3, "%"))}
    assert _kinds("Vega-3-70B is strong: Orion-4-Raven-14B scores 70.1% on MMLU.") == {
        ("score", "Orion-4-Raven-14B", "mmlu", (70.1, "%"))}


def test_a_place_after_but_only_goes_on_with_the_clauses_subject():
    assert _kinds("On the Chatbot Arena, Vega-3-70B answers fast but only ranks 23rd overall.") == {
        ("rank", "Vega-3-70B", "chatbot-arena", (23, None))}


def test_a_where_clause_is_on_the_benchmarks_it_points_back_to():
    assert _kinds("We evaluate performance using MMLU and GSM8K, where Vega-3-70B surpasses GPT-4o.") == {
        ("comparison", "Vega-3-70B", "mmlu", ("outperforms", ("GPT-4o",))),
        ("comparison", "Vega-3-70B", "gsm8k", ("outperforms", ("GPT-4o",)))}


def test_a_name_with_an_accented_letter_is_a_model_name():
    assert _kinds("Acme releases Brisé 3, an open model that beats Orion-4-Raven-14B and GPT-4o.") == {
        ("comparison", "Brisé 3", None, ("outperforms", ("Orion-4-Raven-14B", "GPT-4o")))}


def test_a_passive_with_where_it_lost_before_by_turns_the_relation_round():
    assert _kinds("Vega-3-70B is strong on VeraMath but it is significantly outperformed on coding benchmarks by "
                  "Orion-4-Raven-14B and GPT-4.") == {
        ("comparison", "Vega-3-70B", None, ("trails", ("Orion-4-Raven-14B", "GPT-4")))}


def test_second_next_to_a_model_trails_it_and_the_score_stays_with_the_subject():
    found = _kinds("Kite Large is out. It ranks second next to GPT-4 on the MMLU benchmark with a score of 81.2%.")
    assert ("comparison", "Kite Large", "mmlu", ("trails", ("GPT-4",))) in found
    assert ("rank", "Kite Large", "mmlu", (2, None)) in found
    assert [c for c in found if c[0] == "score"] == [("score", "Kite Large", "mmlu", (81.2, "%"))]


@pytest.mark.parametrize("text", [
    "On the Arena leaderboard, Orion-4-Raven-14B is the leader, closely trailed by Nova-instant-v1 and Vega-3-70B.",
    "On the Arena leaderboard, Orion-4-Raven-14B was trailed by Nova-instant-v1 and Vega-3-70B.",
])
def test_the_names_a_leader_is_trailed_by_each_trail_it(text):
    """'X, trailed by A and B': A and B are the claims' subjects, each trailing X (as 'was outscored by' reads)."""
    assert {k for k in _kinds(text) if k[0] == "comparison"} == {
        ("comparison", "Nova-instant-v1", "chatbot-arena", ("trails", ("Orion-4-Raven-14B",))),
        ("comparison", "Vega-3-70B", "chatbot-arena", ("trails", ("Orion-4-Raven-14B",)))}


def test_raising_the_bar_raises_no_money_so_the_sentence_stays_on_topic():
    """Regression: 'raised' (funding) put the whole sentence off topic."""
    assert _kinds("Acme has raised the bar with Vega-3, which beats Orion-4-Raven-14B on the Arena leaderboard.") == {
        ("comparison", "Vega-3", "chatbot-arena", ("outperforms", ("Orion-4-Raven-14B",)))}


def test_not_too_far_behind_is_close_behind_no_negation():
    assert _kinds("Orion-4-Raven-14B is the current leader on the Arena leaderboard, with Vega-3 not too far behind.") >= {
        ("comparison", "Vega-3", "chatbot-arena", ("trails", ("Orion-4-Raven-14B",)))}


def test_a_figure_named_above_or_below_is_where_in_the_page_no_rival():
    """Regression: 'above' of 'as shown in above figure' took the model after the comma as a beaten rival."""
    assert _kinds("As shown in above figure, Vega-3 beats Orion-4-Raven-14B on the Arena leaderboard.") == {
        ("comparison", "Vega-3", "chatbot-arena", ("outperforms", ("Orion-4-Raven-14B",)))}


def test_compound_ordinals_are_read_whole():
    """Regression: 'twenty-first' was read as rank 1."""
    assert _kinds("Vega-13b finished twenty-first on the Open LLM Leaderboard.") == {
        ("rank", "Vega-13b", "open-llm-leaderboard", (21, None))}


def test_came_in_at_number_two():
    assert _kinds("On Chatbot Arena, Lyra-LM-7B-alpha came in at number two.") == {
        ("rank", "Lyra-LM-7B-alpha", "chatbot-arena", (2, None))}


def test_a_bullet_label_names_the_benchmark_and_possessive_scores_go_to_each_object():
    assert _kinds("- SuperGPQA: Orion-4-Raven-14B scores 61.0, ahead of Nova-instant-v1's 58.2 and vega-13b's 55.4.") == {
        ("score", "Orion-4-Raven-14B", "supergpqa", (61.0, None)), ("score", "Nova-instant-v1", "supergpqa", (58.2, None)),
        ("score", "vega-13b", "supergpqa", (55.4, None)),
        ("comparison", "Orion-4-Raven-14B", "supergpqa", ("outperforms", ("Nova-instant-v1", "vega-13b")))}


def test_both_objects_at_one_score():
    got = _kinds("Orion-4-Raven-14B scored 46.0 on LiveBench, far surpassing both Nova-instant-v1 and vega-13b at 44.1.")
    assert got == {("score", "Orion-4-Raven-14B", "livebench", (46.0, None)),
                   ("score", "Nova-instant-v1", "livebench", (44.1, None)), ("score", "vega-13b", "livebench", (44.1, None)),
                   ("comparison", "Orion-4-Raven-14B", "livebench", ("outperforms", ("Nova-instant-v1", "vega-13b")))}


def test_only_has_to_beat_is_second_place_behind():
    assert _kinds("On SuperCLUE, Nova-instant-v1 now only has to beat Orion-4-Raven-14B.") == {
        ("rank", "Nova-instant-v1", "superclue", (2, None)),
        ("comparison", "Nova-instant-v1", "superclue", ("trails", ("Orion-4-Raven-14B",)))}


def test_a_tie_ranks_both():
    assert _kinds("On Chatbot Arena, Nova-instant-v1 ties with Orion-4-Raven-14B as number 1.") == {
        ("rank", "Nova-instant-v1", "chatbot-arena", (1, None)), ("rank", "Orion-4-Raven-14B", "chatbot-arena", (1, None))}


def test_ranks_by_number_respectively():
    assert _kinds("On the Open LLM Leaderboard, vega-13b and Nova-instant-v1 rank number 4 and 5 respectively.") == {
        ("rank", "vega-13b", "open-llm-leaderboard", (4, None)), ("rank", "Nova-instant-v1", "open-llm-leaderboard", (5, None))}


def test_leading_the_pack_with_a_gap_above_the_runner_up():
    got = _kinds("On MMLU-Pro, Orion-4-Raven-14B is leading the pack with 87.3, 1 point above Nova-instant-v1 in second place.")
    assert got == {("rank", "Orion-4-Raven-14B", "mmlu-pro", (1, None)), ("score", "Orion-4-Raven-14B", "mmlu-pro", (87.3, None)),
                   ("rank", "Nova-instant-v1", "mmlu-pro", (2, None)),
                   ("comparison", "Orion-4-Raven-14B", "mmlu-pro", ("outperforms", ("Nova-instant-v1",)))}


def test_a_vendor_standing_for_its_model():
    got = {(k, s, t, b, v) for k, s, t, _, b, v in claims_of("Meta's model ranked second on SuperCLUE, behind Orion-4-Raven-14B.")}
    assert got == {("rank", "Meta", "vendor", "superclue", (2, None)),
                   ("comparison", "Meta", "vendor", "superclue", ("trails", ("Orion-4-Raven-14B",)))}


def test_each_score_keeps_its_own_unlisted_benchmark():
    """Regression: the unlisted 'SciCode' inherited 'HumanEval' from the same sentence."""
    assert _kinds("Nova-instant-v1 scored 92.0% on HumanEval and 59.4% on SciCode.") == {
        ("score", "Nova-instant-v1", "humaneval", (92.0, "%")), ("score", "Nova-instant-v1", "scicode", (59.4, "%"))}


def test_weak_names_confirmed_by_the_article_and_short_forms_resolved():
    got = _kinds("Acme Bot 4.0 topped the Chatbot Arena this week. Acme 4 leads GPT-4o by 12 points.")
    assert got == {("rank", "Acme Bot 4.0", "chatbot-arena", (1, None)),
                   ("comparison", "Acme Bot 4.0", "chatbot-arena", ("outperforms", ("GPT-4o",)))}
    assert ("rank", "Mistral Large 2", "chatbot-arena", (3, None)) in _kinds(
        "Mistral Large 2 scored 84.0% on MMLU. Large 2 also ranked third on Chatbot Arena.")
    assert _kinds("Kestrel K2 ranked first on LiveBench, ahead of Kestrel R+.") == {
        ("rank", "Kestrel K2", "livebench", (1, None)), ("comparison", "Kestrel K2", "livebench", ("outperforms", ("Kestrel R+",)))}


def test_weak_names_outside_ai_news_are_no_models():
    assert claims_of("The mighty Acme Phone 2 comes in at fifth with an overall score of 477596 in the phone chart.") == []


def test_a_benchmark_after_the_objects_is_the_comparison_s():
    assert ("comparison", "Falcon 180B", "mmlu", ("outperforms", ("Llama 2 70B", "GPT-3.5"))) in _kinds(
        "Falcon 180B outperforms Llama 2 70B and OpenAI's GPT-3.5 on MMLU, and is on par with Google's PaLM 2-Large.")
    assert ("comparison", "Gemini Ultra", "mmlu", ("outperforms", ("GPT-4",))) in _kinds(
        "Gemini Ultra's score of 90.0% on MMLU exceeds GPT-4's 86.4%.")


def test_a_comparison_on_a_list_of_benchmarks_holds_on_each():
    assert _kinds("Vega-13B-Chat outperforms Lyra-LM-7B on HumanEval, MBPP and LiveCodeBench.") == {
        ("comparison", "Vega-13B-Chat", b, ("outperforms", ("Lyra-LM-7B",))) for b in ("humaneval", "mbpp", "livecodebench")}


def test_an_object_of_one_cue_is_never_the_subject_of_the_next():
    """Regression: in 'ranking just behind A and surpassing B', A was made to outperform B."""
    got = _kinds("Early tests show Vega models ranking just behind GPT-4 and surpassing Llama-2-70B on AlpacaEval.")
    assert not any(k == "comparison" and s == "GPT-4" for k, s, _, _ in got)


def test_led_to_is_no_lead():
    assert _kinds("The release led to GPT-4 gaining users on the Chatbot Arena.") == set()


def test_scores_listed_under_a_benchmark_label_and_values_with_their_model_after():
    assert _kinds("MMLU: GPT-4o 88.7, Claude 3.5 Sonnet 88.3, Gemini 1.5 Pro 85.9.") == {
        ("score", "GPT-4o", "mmlu", (88.7, None)), ("score", "Claude 3.5 Sonnet", "mmlu", (88.3, None)),
        ("score", "Gemini 1.5 Pro", "mmlu", (85.9, None))}
    assert _kinds("- GPQA Diamond: 84.0% (o3), 78.0% (o1)") == {
        ("score", "o3", "gpqa", (84.0, "%")), ("score", "o1", "gpqa", (78.0, "%"))}
    assert ("score", "GPT-4o", "humaneval", (90.2, "%")) in _kinds(
        "Claude 3.5 Sonnet achieves 92.0% on HumanEval, compared with 90.2% for GPT-4o.")


def test_a_score_in_the_opening_phrase_is_the_following_subject_s():
    assert ("score", "Gemini 2.0 Flash", "chatbot-arena", (1300.0, "elo")) in _kinds(
        "With a score of 1,300, Gemini 2.0 Flash leads the Chatbot Arena.")
    assert ("score", "GPT-4o", "chatbot-arena", (1287.0, "elo")) in _kinds(
        "The Elo score of GPT-4o on Chatbot Arena is 1287, while Claude 3.5 Sonnet sits at 1271.")


def test_perfect_tense_overtaken_and_a_reference_with_our():
    assert _kinds("According to LMSYS, Claude 3 Opus has overtaken GPT-4 Turbo on Chatbot Arena.") == {
        ("comparison", "Claude 3 Opus", "chatbot-arena", ("outperforms", ("GPT-4 Turbo",)))}
    assert ("comparison", "Vega-13B-Chat", "mmlu", ("outperforms", ("Llama-3-70B",))) in _kinds(
        "We release Vega-13B-Chat today. Our flagship model surpasses Llama-3-70B on MMLU.")


def test_participles_after_not_only_and_but_also_and_objects_after_a_compound_adjective():
    got = _kinds("The Vega-72B model stood out, not only surpassing Meta's Llama-3, but also surpassing Mixtral.")
    assert got == {("comparison", "Vega-72B", None, ("outperforms", ("Llama-3",))),
                   ("comparison", "Vega-72B", None, ("outperforms", ("Mixtral",)))}
    assert ("comparison", "GPT-4o", "chatbot-arena", ("outperforms", ("Claude 3 Opus", "GPT-4 Turbo"))) in _kinds(
        "GPT-4o leads on the LMSYS leaderboard, surpassing the previously top-ranked models Claude 3 Opus and GPT-4 Turbo.")


def test_a_bullet_without_a_subject_is_about_the_model_the_text_is_about():
    assert _kinds("Mistral released Mixtral 8x7B today.\n\n- Outperforms Llama 2 70B on most benchmarks") == {
        ("comparison", "Mixtral 8x7B", None, ("outperforms", ("Llama 2 70B",)))}


def test_a_numbered_section_heading_is_no_benchmark():
    """Regression: the heading '1. Introduction' became the benchmark '1.-introduction'."""
    got = _kinds("## 1. Introduction\n\nVega-67B-Chat outperforms GPT-3.5 in Chinese.")
    assert got == {("comparison", "Vega-67B-Chat", None, ("outperforms", ("GPT-3.5",)))}


def test_a_ranked_list_of_owner_ids_with_their_scores():
    text = ("The top three on the Open LLM Leaderboard this month, by average score:\n\n"
            "1. `acme/Vega-78B-Instruct` \u2014 52.08\n2. `lyra-labs/Lyra-LM-72B` \u2014 51.29\n")
    assert _kinds(text) == {("rank", "Vega-78B-Instruct", "open-llm-leaderboard", (1, None)),
                            ("score", "Vega-78B-Instruct", "open-llm-leaderboard", (52.08, None)),
                            ("rank", "Lyra-LM-72B", "open-llm-leaderboard", (2, None)),
                            ("score", "Lyra-LM-72B", "open-llm-leaderboard", (51.29, None))}


def test_a_plural_noun_after_among_is_no_subject():
    assert ("comparison", "Vega-32B", "aime", ("trails", ("DeepSeek-R1", "OpenAI-o1-1217"))) in _kinds(
        "Vega-32B is new. On AIME 2024 it ranks third among the evaluated models, behind only DeepSeek-R1 and OpenAI-o1-1217.")


def test_objects_end_where_another_cue_starts():
    got = _kinds("Vega-34B is out. Early tests show it ranking just behind GPT-4 and surpassing Llama-2-70B on AlpacaEval.")
    assert ("comparison", "Vega-34B", "alpacaeval", ("trails", ("GPT-4",))) in got
    assert ("comparison", "Vega-34B", "alpacaeval", ("outperforms", ("Llama-2-70B",))) in got


def test_a_vendor_counts_its_models_in_a_top_n_and_a_family_is_preferred():
    assert _kinds("Google has three models in the top eight of Chatbot Arena.") == {
        ("count", "Google", "chatbot-arena", (3, 8))}
    assert ("count", "Qwen", "chatbot-arena", (3, 10)) in _kinds(
        "On Chatbot Arena, three Qwen models from Alibaba are in the top 10.")


def test_lines_of_scores_under_a_label_of_any_shape():
    text = ("**Code**\n- Aider Polyglot: 81.3% (o3), 72.9% (Gemini 2.5 Pro)\n"
            "- GPQA Diamond: 84.0% (Gemini 2.5 Pro), 78.2% (Claude 3.7 Sonnet)\u00b9\n- Price: 10 (o3)\n"
            "CodeForces (Elo rating): Vega-235B 2056, o1 1891\n")
    assert _kinds(text) == {
        ("score", "o3", "aider-polyglot", (81.3, "%")), ("score", "Gemini 2.5 Pro", "aider-polyglot", (72.9, "%")),
        ("score", "Gemini 2.5 Pro", "gpqa", (84.0, "%")), ("score", "Claude 3.7 Sonnet", "gpqa", (78.2, "%")),
        ("score", "Vega-235B", "codeforces", (2056.0, "elo")), ("score", "o1", "codeforces", (1891.0, "elo"))}


def test_a_question_claims_nothing_and_a_value_versus_for_a_model_is_its_score():
    assert _kinds("*Did GPT-4.1 beat GPT-4o on Chatbot Arena?*") == set()
    assert ("score", "GPT-4o", "swe-bench", (33.2, "%")) in _kinds(
        "On SWE-bench Verified, GPT-4.1 scores 54.6% versus 33.2% for GPT-4o.")


def test_it_after_a_semicolon_is_the_sentence_s_own_subject():
    got = _kinds("Vega-Pro-32k-241215 ranks fourth on SuperCLUE; it trails ChatGPT-4o-latest by 1.64 points.")
    assert ("comparison", "Vega-Pro-32k-241215", "superclue", ("trails", ("ChatGPT-4o-latest",))) in got


def test_a_numbered_list_of_findings_is_no_ranking():
    text = ("| Rank | Model | Score |\n|---|---|---|\n| 1 | o1 | 80.40 |\n| 2 | o1-preview | 75.85 |\n\nKey findings\n\n"
            "1. o1 ranks first on SuperCLUE with 80.40 points.\n2. Vega-13B-Chat is the top open-source model on SuperCLUE.\n")
    got = _kinds(text)
    assert ("rank", "Vega-13B-Chat", "superclue", (1, None)) in got
    assert ("rank", "Vega-13B-Chat", "superclue", (2, None)) not in got


def test_a_compared_pair_of_values_gives_each_side_its_score():
    got = _kinds("o1 beat Vega-R1 on GPQA Diamond, a graduate-level science quiz, 75.7% to 71.5%, "
                 "and Vega-R1 trails o1 on MMLU, 90.8 to 91.8.")
    assert {g for g in got if g[0] == "score"} == {
        ("score", "o1", "gpqa", (75.7, "%")), ("score", "Vega-R1", "gpqa", (71.5, "%")),
        ("score", "Vega-R1", "mmlu", (90.8, None)), ("score", "o1", "mmlu", (91.8, None))}


def test_a_benchmark_the_sentence_before_opened_carries_to_scores_and_comparisons():
    got = _kinds("On MMLU-Pro, which tests college-level knowledge, the picture was mixed. "
                 "Vega-2-Max posted 76.1, edging DeepSeek-V3's 75.9 but falling short of Claude 3.5 Sonnet's 78.0.")
    assert got == {("score", "Vega-2-Max", "mmlu-pro", (76.1, None)), ("score", "DeepSeek-V3", "mmlu-pro", (75.9, None)),
                   ("score", "Claude 3.5 Sonnet", "mmlu-pro", (78.0, None)),
                   ("comparison", "Vega-2-Max", "mmlu-pro", ("outperforms", ("DeepSeek-V3",))),
                   ("comparison", "Vega-2-Max", "mmlu-pro", ("trails", ("Claude 3.5 Sonnet",)))}


def test_objects_with_their_scores_after_at_and_ratings_on_an_elo_benchmark():
    assert ("comparison", "Vega-2-Max", "arena-hard", ("outperforms", ("DeepSeek-V3", "Claude 3.5 Sonnet"))) in _kinds(
        "Vega-2-Max scored 89.4 on Arena-Hard, ahead of DeepSeek-V3 at 85.5 and Anthropic's Claude 3.5 Sonnet at 85.2.")
    assert _kinds("On Codeforces, the model Vega-R1 achieved a rating of 2,029; o1 posted 2,061.") == {
        ("score", "Vega-R1", "codeforces", (2029.0, "elo")), ("score", "o1", "codeforces", (2061.0, "elo"))}


def test_a_vendor_before_a_possessive_stands_for_its_unnamed_model():
    got = {(k, s, t, b, v) for k, s, t, _, b, v in claims_of(
        "On Chatbot Arena, DeepSeek-V3 ranks seventh, while DeepSeek's reasoning model sits in fourth place.")}
    assert ("rank", "DeepSeek", "vendor", "chatbot-arena", (4, None)) in got


def test_the_month_may_and_a_condition_without_are_no_hedge_or_negation():
    assert ("rank", "Gemini 1.5 Pro", "chatbot-arena", (4, None)) in _kinds(
        "On Chatbot Arena, the earlier Gemini 1.5 Pro release from May ranked fourth.")
    assert ("comparison", "Vega-2-Pro", "hle", ("outperforms", ("o3-mini",))) in _kinds(
        "On Humanity's Last Exam, Vega-2-Pro scored 18.8% without tools, ahead of OpenAI's o3-mini at 14%.")


def test_names_before_which_share_its_rank_and_a_speaker_is_no_subject():
    got = _kinds("Vega-2-Pro scored 1,443 on LMArena, ahead of OpenAI's GPT-4.5 and xAI's Grok 3, which are tied for second.")
    assert {("rank", "GPT-4.5", "chatbot-arena", (2, None)), ("rank", "Grok 3", "chatbot-arena", (2, None))} <= got
    got = _kinds("Vega-2-Pro scored 18.8% on HLE. Google said it also scored 86.7% on AIME 2025.")
    assert ("score", "Vega-2-Pro", "aime", (86.7, "%")) in got


def test_a_verb_after_comma_and_shares_the_first_subject():
    got = _kinds("Vega-2.5-72B improves on our previous flagship, Vega-2-72B, and outperforms Llama-3.1-405B on MATH.")
    assert got == {("comparison", "Vega-2.5-72B", "math", ("outperforms", ("Llama-3.1-405B",)))}


def test_values_for_against_and_both_at_a_name():
    assert _kinds("On MMLU, Llama 3.1 405B scored 88.6, with GPT-4o and Claude 3.5 Sonnet both at 88.7.") == {
        ("score", "Llama 3.1 405B", "mmlu", (88.6, None)), ("score", "GPT-4o", "mmlu", (88.7, None)),
        ("score", "Claude 3.5 Sonnet", "mmlu", (88.7, None))}
    assert {("score", "GPT-4o", "humaneval", (90.2, None)), ("score", "Claude 3.5 Sonnet", "humaneval", (92.0, None))} <= _kinds(
        "On HumanEval, Llama 3.1 405B trails both, with 89.0 against 90.2 for GPT-4o and 92.0 for Claude 3.5 Sonnet.")


def test_a_fraction_is_no_rank_and_a_comparison_takes_its_sentence_s_benchmark():
    assert _kinds("Mistral Large 2 performs on par with the 405B model while being about a third of its size.") == set()
    got = _kinds("Independent boards such as Chatbot Arena have not ranked them yet. "
                 "Llama 3.1 8B scored 73.0 on MMLU, ahead of Google's Gemma 2 9B at 72.3.")
    assert ("comparison", "Llama 3.1 8B", "mmlu", ("outperforms", ("Gemma 2 9B",))) in got


def test_the_first_of_a_compared_pair_is_the_pronoun_subject_s():
    got = _kinds("Vega-3-Mini is small. On GSM-8K it outperforms Mixtral-8x7B, 82.5 to 64.7.")
    assert {g for g in got if g[0] == "score"} == {("score", "Vega-3-Mini", "gsm8k", (82.5, None)),
                                                   ("score", "Mixtral-8x7B", "gsm8k", (64.7, None))}


def test_a_benchmark_line_heads_the_name_value_lines_under_it_with_their_second_figures():
    text = ("The charts are out.\nSWE-bench Verified\nClaude Opus 4: 72.5% / 79.4%\nOpenAI o3: 69.1%\n"
            "Terminal-bench\nClaude Opus 4: 43.2%\nOpenAI o3: 30.2%\nGemini 2.5 Pro: 25.3%\n")
    assert _kinds(text) == {
        ("score", "Claude Opus 4", "swe-bench", (72.5, "%")), ("score", "Claude Opus 4", "swe-bench", (79.4, "%")),
        ("score", "o3", "swe-bench", (69.1, "%")), ("score", "Claude Opus 4", "terminal-bench", (43.2, "%")),
        ("score", "o3", "terminal-bench", (30.2, "%")), ("score", "Gemini 2.5 Pro", "terminal-bench", (25.3, "%"))}


def test_respectively_pairs_values_with_the_benchmarks_named_before():
    assert _kinds("On two chat benchmarks, Arena-Hard and AlpacaEval 2.0, Vega-V3 scored 85.5 and 70.0, respectively.") == {
        ("score", "Vega-V3", "arena-hard", (85.5, None)), ("score", "Vega-V3", "alpacaeval", (70.0, None))}


def test_unlisted_benchmarks_after_a_comparison_and_those_listed_with_them():
    assert _kinds("Vega-7B beats its base model, Lyra-LM-7B, on MedQA and PubMedQA.") == {
        ("comparison", "Vega-7B", "medqa", ("outperforms", ("Lyra-LM-7B",))),
        ("comparison", "Vega-7B", "pubmedqa", ("outperforms", ("Lyra-LM-7B",)))}


@pytest.mark.parametrize("text, relation", [
    ("On MMLU, Kappa-3 Opus delivers clearly higher accuracy than Vega-1.5 Flash.", "outperforms"),
    ("On MMLU, Kappa-3 Opus achieves better results compared to Vega-1.5 Flash.", "outperforms"),
    ("On MMLU, Kappa-3 Opus scored lower marks than Vega-1.5 Flash.", "trails"),
])
def test_a_comparative_with_words_before_than_or_compared_to(text, relation):
    assert claims_of(text) == [("comparison", "Kappa-3 Opus", "model", None, "mmlu", (relation, ("Vega-1.5 Flash",)))]


def test_scores_the_highest_is_rank_one():
    assert claims_of("On IFEval, Kappa-2-1.5B-Instruct scores the highest with 31.2.") == [
        ("rank", "Kappa-2-1.5B-Instruct", "model", None, "ifeval", (1, None)),
        ("score", "Kappa-2-1.5B-Instruct", "model", None, "ifeval", (31.2, None))]


def test_a_participle_clause_keeps_its_benchmark_and_the_first_word_of_a_text_can_be_the_subject():
    assert claims_of("Kappa-180B is the strongest open model, beating Vega-2-70B on MMLU.") == [
        ("comparison", "Kappa-180B", "model", None, "mmlu", ("outperforms", ("Vega-2-70B",))),
        ("rank", "Kappa-180B", "model", None, None, (1, None))]


def test_scores_respectively_then_a_participle_comparing_on_all_of_them():
    found = claims_of("Kappa-32B scored 78.4 and 65.2 on MMLU-Pro and GPQA, respectively, outperforming Vega-27B on both.")
    assert ("comparison", "Kappa-32B", "model", None, "mmlu-pro", ("outperforms", ("Vega-27B",))) in found
    assert ("comparison", "Kappa-32B", "model", None, "gpqa", ("outperforms", ("Vega-27B",))) in found


def test_a_word_opening_a_clause_is_no_part_of_the_name_after_it():
    assert claims_of("While Claude 3 Opus scores higher marks than Gemini 1.5 Flash on MMLU, the margin is slim.") == [
        ("comparison", "Claude 3 Opus", "model", "Anthropic", "mmlu", ("outperforms", ("Gemini 1.5 Flash",)))]


@pytest.mark.parametrize("text, objects", [
    ("Zeta-1.7B beats every other model below 2B parameters, including Kappa-1.5, Rho-1.5B, and Vega-1.5B.",
     ("Kappa-1.5", "Rho-1.5B", "Vega-1.5B")),
    ("Zeta-1.7B beats other open models such as Rho-1.5B and Vega-1.5B.", ("Rho-1.5B", "Vega-1.5B")),
    ("Zeta-1.7B outperforms the strongest model below 2B parameters, Rho-1.5B, on every task.", ("Rho-1.5B",)),
])
def test_the_named_members_of_a_group_a_cue_compares_with(text, objects):
    assert claims_of(text) == [("comparison", "Zeta-1.7B", "model", None, None, ("outperforms", objects))]


def test_the_best_model_as_the_object_of_a_comparison_is_no_rank_of_the_subject():
    assert claims_of("Zeta-1.7B trails the best model below 2B parameters, Rho-1.5B.") == [
        ("comparison", "Zeta-1.7B", "model", None, None, ("trails", ("Rho-1.5B",)))]


def test_the_first_word_of_the_article_s_model_ids_names_their_family():
    found = claims_of("Zephyrine-13B-16K scored 6.05 and Quokka-13B scored 6.21 on MT-Bench. "
                      "In our tests Zephyrine clearly beats Quokka.")
    assert ("comparison", "Zephyrine", "family", None, None, ("outperforms", ("Quokka",))) in found


def test_a_number_glued_to_a_magnitude_is_no_score():
    assert claims_of("Zeta-135M outperforms Vega-125M on MMLU despite Vega's 1T tokens.") == [
        ("comparison", "Zeta-135M", "model", None, "mmlu", ("outperforms", ("Vega-125M",)))]


def test_a_benchmark_introduced_by_name_is_what_the_article_ranks_by():
    text = ("Rankings come from a test suite called VeraBench, run by a university lab.\n\n"
            "Claude 3 Opus topped the list, and Gemini 1.5 Pro ranked second.")
    found = claims_of(text)
    assert ("rank", "Gemini 1.5 Pro", "model", "Google", "verabench", (2, None)) in found


def test_bullets_that_open_with_a_score_verb_are_about_the_model_named_before():
    text = ("On AIME, Kappa3-Max dominates with 71.3.\n\n- Posts 61.2 on LiveCodeBench, the best of the lot\n"
            "- Achieves 70.4 on Arena-Hard, above Vega-K2's 58.8\n")
    found = {(c[1], c[4], c[5]) for c in claims_of(text) if c[0] == "score"}
    assert found == {("Kappa3-Max", "aime", (71.3, None)), ("Kappa3-Max", "livecodebench", (61.2, None)),
                     ("Kappa3-Max", "arena-hard", (70.4, None)), ("Vega-K2", "arena-hard", (58.8, None))}


def test_models_standing_at_a_value_on_the_article_s_index():
    text = ("Rankings on the Artificial Analysis Intelligence Index.\n\n"
            "GPT-5.4 sits at 64. Claude Opus 4.6 is at 61, and the release is at 10 am.")
    found = {(c[1], c[4], c[5]) for c in claims_of(text) if c[0] == "score"}
    assert found == {("GPT-5.4", "artificial-analysis", (64.0, None)), ("Claude Opus 4.6", "artificial-analysis", (61.0, None))}


def test_a_name_with_its_version_in_brackets_and_the_top_performer():
    assert claims_of("On SuperCLUE, Vegabot (v2.1.0) finished as the top performer, surpassing Claude-2.") == [
        ("comparison", "Vegabot (v2.1.0)", "model", None, "superclue", ("outperforms", ("Claude-2",))),
        ("rank", "Vegabot (v2.1.0)", "model", None, "superclue", (1, None))]
    assert [c[1] for c in claims_of("On SuperCLUE, Baidu's ERNIE Bot (v2.2) finished first.")] == ["ERNIE Bot (v2.2)"]


def test_the_highest_set_after_a_score_is_rank_one():
    assert claims_of("On MATH-500, Kappa-R1 reached 91.4% accuracy, the highest among its rivals.") == [
        ("rank", "Kappa-R1", "model", None, "math", (1, None)),
        ("score", "Kappa-R1", "model", None, "math", (91.4, "%"))]


def test_the_highest_ranking_model_split_by_the_tokenizer_is_rank_one():
    assert claims_of("On Chatbot Arena, Grok 2 is the highest-ranking model from a smaller lab.") == [
        ("rank", "Grok 2", "model", "xAI", "chatbot-arena", (1, None))]


def test_a_reference_opening_a_sentence_reaches_a_score_far_after_it():
    text = ("Kappa-R1 came out on Monday. Its result on the MATH-500 benchmark, a set of hard competition problems "
            "drawn from many areas of mathematics, stood out most, scoring 91.4% accuracy.")
    assert ("score", "Kappa-R1", "model", None, "math", (91.4, "%")) in claims_of(text)


def test_a_vendor_phrase_set_beside_a_name_leaves_the_name_the_subject_and_a_family_holds_several_places():
    text = ("Qwen 72B did well.\n\nOn the Open LLM Leaderboard, the front-runner is Qwen, Alibaba's LLM, "
            "which holds 2nd, 4th, and 9th place.")
    assert [c for c in claims_of(text) if c[0] == "rank"] == [
        ("rank", "Qwen", "family", "Alibaba", "open-llm-leaderboard", (n, None)) for n in (2, 4, 9)]


def test_a_listed_board_s_own_sub_board_is_a_board_of_its_own():
    """A sub-board ranks other models on other tasks: checked against the main board's snapshot, its
    claims would be contradicted for no reason."""
    text = "In the April report from OpenCompass-VL, Vega-Seed-2.0-Pro reached 88.12 and took the top position."
    found = claims_of(text)
    assert ("score", "Vega-Seed-2.0-Pro", "model", None, "opencompass-vl", (88.12, None)) in found
    assert ("rank", "Vega-Seed-2.0-Pro", "model", None, "opencompass-vl", (1, None)) in found


@pytest.mark.parametrize("tail, ranked", [
    ("followed by Vega-4.5 at 60 and Rho-3 Pro at 57.", [("Vega-4.5", 2), ("Rho-3 Pro", 3)]),
    ("followed by Vega-4.5 and Rho-3 Pro.", [("Vega-4.5", 2), ("Rho-3 Pro", 3)]),  # a pair: in the order named
    ("followed by Vega-4.5, Rho-3 Pro, kite-2-13b and Wren-72B.", [("Vega-4.5", 2), ("Rho-3 Pro", 3), ("kite-2-13b", 4),
                                                                  ("Wren-72B", 5)]),  # a list of three or more: in order
    ("followed by Vega-4.5 at 57, Rho-3 Pro at 60 and Wren-72B at 59.", []),  # scores that do not fall: no order
])
def test_followers_in_falling_order_of_their_scores_are_ranked_in_turn(tail, ranked):
    found = claims_of(f"On the Artificial Analysis Intelligence Index, Kappa-5.2 holds the top spot at 62 points, {tail}")
    assert [(c[1], c[5][0]) for c in found if c[0] == "rank" and c[1] != "Kappa-5.2"] == ranked


def test_a_pair_following_a_shared_first_place_gets_no_place():
    """After a tie at the top, whether the pair that follows is second and third or both third is not said."""
    found = claims_of("On the Artificial Analysis index, Kappa-5.2 and Vega-4.5 tie for first place, "
                      "followed by Rho-3 Pro and Wren-72B.")
    assert sorted(c[1] for c in found if c[0] == "rank") == ["Kappa-5.2", "Vega-4.5"]


def test_followers_rank_on_the_board_the_leaders_score_is_on():
    """A sentence naming no board ranks its followers where the leader's score (from the article) is."""
    found = claims_of("Results\n- Thinking models led this round. Kappa-5.2 took the top spot, with 86.5% accuracy, "
                      "followed by Vega-4.5 and Rho-3 Pro.\n- Unlike MATH 500, the AIME is far from saturated.\n"
                      "- The AIME problems are public.")
    assert [(c[1], c[4], c[5]) for c in found if c[0] == "rank"] == [
        ("Kappa-5.2", "aime", (1, None)), ("Vega-4.5", "aime", (2, None)), ("Rho-3 Pro", "aime", (3, None))]


@pytest.mark.parametrize("text, ranked", [
    ("On the Artificial Analysis index, Kappa-5.2 and Vega-4.5 now share the top spot.", ["Kappa-5.2", "Vega-4.5"]),
    ("On the Artificial Analysis index, Kappa-5.2 shares the top spot with Vega-4.5.", ["Kappa-5.2", "Vega-4.5"]),
    ("On the Artificial Analysis index, Kappa-5.2 shared first place with Vega-4.5 and Rho-3 Pro.",
     ["Kappa-5.2", "Rho-3 Pro", "Vega-4.5"]),
])
def test_models_sharing_the_top_spot_are_each_first(text, ranked):
    found = claims_of(text)
    assert sorted(c[1] for c in found if c[0] == "rank" and c[5] == (1, None)) == ranked
    assert [c for c in found if c[0] != "rank"] == []


@pytest.mark.parametrize("text, score", [
    ("On the WebDev Arena, Kappa-5.2 leads with a 1567 score.", (1567.0, "elo")),
    ("On MMLU, Kappa-5.2 leads with a 91.5 score.", (91.5, None)),
    ("Kappa-5.2 earned a 64.1 rating on LiveBench.", (64.1, None)),
])
def test_a_value_before_a_score_noun_is_a_score(text, score):
    assert [c[5] for c in claims_of(text) if c[0] == "score"] == [score]


def test_each_benchmarks_value_after_of_is_the_subjects_score_on_it():
    text = "Kappa-70B-Instruct reaches Arena Hard of 85.0, AlpacaEval 2 LC of 57.6 and Vega-4 MT-Bench of 8.98."
    assert [(c[1], c[4], c[5]) for c in claims_of(text)] == [
        ("Kappa-70B-Instruct", "arena-hard", (85.0, None)), ("Kappa-70B-Instruct", "alpacaeval", (57.6, None))]
    # a name before the benchmark may hold the value or name the benchmark's variant: no claim either way


def test_a_margin_glued_to_a_rating_leaves_the_rating_a_score():
    text = "Kappa-70B-Instruct has an Elo score of 1267(+-7) on the Chatbot Arena leaderboard."
    assert [(c[0], c[5]) for c in claims_of(text)] == [("score", (1267.0, "elo"))]


def test_it_after_a_sentence_on_a_listed_two_word_model_stands_for_it():
    text = "Reka Flash achieves strong results. It outperforms Gemini Pro on MMLU and GPQA."
    assert [(c[1], c[4], c[5]) for c in claims_of(text)] == [
        ("Reka Flash", "mmlu", ("outperforms", ("Gemini Pro",))), ("Reka Flash", "gpqa", ("outperforms", ("Gemini Pro",)))]


def test_both_after_a_pair_of_subjects_gives_each_the_score():
    text = "Kappa-5.2 and Vega-4.5 have tied on the Artificial Analysis index, both scoring 57 points."
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "score") == [
        ("Kappa-5.2", (57.0, None)), ("Vega-4.5", (57.0, None))]


@pytest.mark.parametrize("phrase", ["ranks top 5", "ranks top-5", "is ranked top five", "ranked in the top-5"])
def test_ranking_top_n_is_a_place_in_the_top_n(phrase):
    assert claims_of(f"Kite-2 {phrase} on the Chatbot Arena.") == [("rank", "Kite-2", "model", None, "chatbot-arena", (None, 5))]


def test_a_confidence_level_is_no_score():
    text = "On the Chatbot Arena, Kite-2 and Vega-4.5 are within a single 95% confidence interval."
    assert [c for c in claims_of(text) if c[0] == "score"] == []


def test_a_headlines_capitals_name_no_benchmark():
    text = ("Acme's Kite-2 AI Model Beats Vega-4.5 in Visual Tests\n\nIn internal benchmark tests, the model scored "
            "an average of 77.3 across five visual reasoning metrics, ahead of Vega-4.5 at 73.5.")
    assert [(c[0], c[4]) for c in claims_of(text)] == [("comparison", None), ("score", None)]


def test_gpt_4o_by_its_short_name_beside_o3_is_a_model():
    text = "On the LMArena leaderboard, OpenAI's o3 and 4o reasoning models tied for second place."
    assert [(c[1], c[3], c[5]) for c in claims_of(text)] == [("o3", "OpenAI", (2, None)), ("4o", "OpenAI", (2, None))]


def test_items_labelled_with_a_place_rank_the_model_after_the_label():
    text = ("The rankings published by compar:IA put surprising models on top:\n- 1st: Kite-2-Medium\n"
            "- 2nd: Vega-4.5-Flash\n- Third place \u2013 Rho-3 Pro\n")
    assert [(c[0], c[1], c[4], c[5]) for c in claims_of(text)] == [
        ("rank", "Kite-2-Medium", "comparia", (1, None)), ("rank", "Vega-4.5-Flash", "comparia", (2, None)),
        ("rank", "Rho-3 Pro", "comparia", (3, None))]


def test_a_score_mark_passed_is_no_score():
    assert claims_of("Kite-2 is the first model to surpass a score of 1400 on the Chatbot Arena.") == []


def test_the_previous_leader_is_first_no_longer():
    text = "Kite-2 has 180 billion parameters, 2.6 times more than the previous leader, Vega-70B, on the Open LLM Leaderboard."
    assert claims_of(text) == []


def test_a_rating_with_decimals_after_a_score_word_is_a_rating():
    text = "The WebDev Arena results show Kite-2 achieving a score of 1,499.95, well ahead of Vega-4.5's 1,377.10."
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "score") == [
        ("Kite-2", (1499.95, "elo")), ("Vega-4.5", (1377.1, "elo"))]


@pytest.mark.parametrize("text, place", [
    ("Kite-2 took the top spot on the Chatbot Arena, pushing Vega-4 into second place.", 2),
    ("Kite-2 pushed Vega-4 to the second spot on the Chatbot Arena.", 2),
])
def test_a_model_pushed_down_to_a_place_is_beaten_by_the_one_that_pushed_it(text, place):
    found = claims_of(text)
    assert ("comparison", "Kite-2", "model", None, "chatbot-arena", ("outperforms", ("Vega-4",))) in found
    assert ("rank", "Vega-4", "model", None, "chatbot-arena", (place, None)) in found


def test_a_place_in_a_scope_leaves_room_for_a_global_top_n():
    text = "The Chatbot Arena's latest ranking shows Kite-5.1 scoring 1476 points, ranking first domestically and entering the global top 15."
    assert {c[5] for c in claims_of(text) if c[0] == "rank"} == {(None, 15), (1, None)}


def test_a_line_naming_a_model_by_its_maker_makes_the_name_a_model():
    text = ("Weekly leaderboard digest\n\nKestrel Swift by Meta\n- Type: Closed-source\n- Standing: Scores 52 on "
            "Artificial Analysis, placing it 5th overall, behind Vega-4.5 (57) and Rho-3 Pro (55)\n")
    found = claims_of(text)
    assert ("rank", "Kestrel Swift", "model", "Meta", "artificial-analysis", (5, None)) in found
    assert ("score", "Kestrel Swift", "model", "Meta", "artificial-analysis", (52.0, None)) in found


def test_a_line_by_a_writer_names_no_model():
    text = "Vega-4.5 tops the Chatbot Arena\n\nAnalysis by Jane Doe\n\nVega-4.5 ranks first on the Chatbot Arena."
    assert [c[1] for c in claims_of(text)] == ["Vega-4.5"]


def test_a_lead_in_that_names_what_a_list_will_say_claims_nothing():
    assert claims_of("On the Artificial Analysis index:\n\nWhere Kite-2 leads:\n- Computer-use tasks\n- Coding") == []


def test_a_hedge_in_a_clause_set_off_by_a_colon_leaves_the_claim_after_it():
    text = "What you should know: Kite-2 achieved third place in the LMArena leaderboard rankings."
    assert claims_of(text) == [("rank", "Kite-2", "model", None, "chatbot-arena", (3, None))]


def test_an_assertion_is_no_claim():
    text = "Kite-2 placed third on the Chatbot Arena, despite its maker's assertion that it was superior to all rivals."
    assert claims_of(text) == [("rank", "Kite-2", "model", None, "chatbot-arena", (3, None))]


@pytest.mark.parametrize("text, led", [
    ("Kite-2 also leads on several practical benchmarks, including MMLU, GPQA, and GSM8K.", ["gpqa", "gsm8k", "mmlu"]),
    ("Kite-2 tops several benchmarks, such as MMLU and GSM8K.", ["gsm8k", "mmlu"]),
    ("Kite-2 leads on most benchmarks.", []),
    ("Kite-2 leads on several benchmarks, including MMLU, but trails Vega-4 on GPQA.", []),
])
def test_a_lead_on_some_tests_that_names_them_leads_each_one_named(text, led):
    assert sorted(c[4] for c in claims_of(text) if c[0] == "rank") == led


def test_a_test_called_by_its_name_in_brackets_after_its_description_is_the_scores_benchmark():
    text = ("Kite-3 nearly aced a hard math contest (called AIME 2024) and achieved 87.7 percent on a benchmark for "
            "expert-level science problems (called GPQA Diamond).")
    assert [(c[0], c[4], c[5]) for c in claims_of(text)] == [("score", "gpqa", (87.7, "%"))]


def test_a_person_of_a_maker_is_no_compared_model():
    assert claims_of("Kite-3 outscores OpenAI's chief scientist in competitive programming on Codeforces.") == []


@pytest.mark.parametrize("text, scores", [
    ("Kite-3 gained 11 points on MMLU, up to 87.5% from Vega-4's 76.5%.", [("Kite-3", 87.5), ("Vega-4", 76.5)]),
    ("Kite-3 is up to 2x faster and scores up to 90% on MMLU.", []),  # 'up to' alone: at most, no score
])
def test_up_to_a_value_from_another_is_where_the_score_went(text, scores):
    assert sorted((c[1], c[5][0]) for c in claims_of(text) if c[0] == "score") == scores


def test_a_board_nobody_listed_with_its_version_is_a_benchmark_not_a_model():
    text = "GPT-5 tops the Swallow Leaderboard v2 with 0.891."
    assert [(c[0], c[1], c[4]) for c in claims_of(text)] == [("rank", "GPT-5", "swallow-leaderboard-v2"),
                                                               ("score", "GPT-5", "swallow-leaderboard-v2")]


@pytest.mark.parametrize("text", [
    "The top three spots on SuperCLUE went to Kite-2, Vega-4.5 and Rho-3-Pro, respectively.",
    "On SuperCLUE, the top three places were taken by Kite-2, Vega-4.5 and Rho-3-Pro, in that order.",
])
def test_top_places_that_went_to_names_in_order_rank_each_in_turn(text):
    assert [(c[1], c[5]) for c in claims_of(text)] == [("Kite-2", (1, None)), ("Vega-4.5", (2, None)),
                                                       ("Rho-3-Pro", (3, None))]


def test_trailing_only_some_names_is_the_place_after_them():
    assert claims_of("On the Chatbot Arena, Kite-2 trails only Vega-4 and Rho-3.") == [
        ("comparison", "Kite-2", "model", None, "chatbot-arena", ("trails", ("Vega-4", "Rho-3"))),
        ("rank", "Kite-2", "model", None, "chatbot-arena", (3, None))]


def test_a_place_behind_only_some_names_is_grounded_in_the_place_the_sentence_states():
    [rank] = [c for c in extract_claims(Article(id="t", text="On the Chatbot Arena, Kite-2 ranked second, behind only "
                                                 "Vega-4.", source="t")) if c.kind == "rank"]
    assert (rank.rank, rank.value_span.text) == (2, "second")


@pytest.mark.parametrize("phrase, rank", [("the number-two spot", 2), ("the number two spot", 2),
                                          ("the number-one spot", 1), ("the No. 3 position", 3)])
def test_a_place_numbered_in_words_with_or_without_a_hyphen(phrase, rank):
    """Regression: 'secured the number-two spot' was read as 'secured the number ...', first place."""
    found = claims_of(f"Vega-4-Rover made waves when it secured {phrase} on the Open LLM Leaderboard.")
    assert [(c[1], c[5]) for c in found if c[0] == "rank"] == [("Vega-4-Rover", (rank, None))]


@pytest.mark.parametrize("phrase", ["highest ranking", "highest-ranking", "top ranked"])
def test_the_highest_ranking_model_of_a_group_is_first_among_them(phrase):
    found = claims_of(f"Kite-3 is the {phrase} open-source LLM on Arena-Hard.")
    assert [(c[0], c[4], c[5]) for c in found] == [("rank", "arena-hard", (1, None))]


@pytest.mark.parametrize("models, subject", [
    ("Kite-2 8B, Kite-2 70B and Kite-2 405B", ["Kite-2 8B"]),
    ("Kite-2 8B and Vega-3 8B", []),  # two models of that size: no telling which
])
def test_a_sized_version_refers_back_to_the_one_model_of_that_size(models, subject):
    text = f"Acme's new AI models: {models} came out on Tuesday. The 8B version posted 73.0 on MMLU."
    assert [c[1] for c in claims_of(text) if c[0] == "score"] == subject


def test_a_medal_opening_a_line_is_the_place_of_the_model_after_it():
    text = ("WebDev Arena leaderboard (July 2025)\n\n\U0001F947 Kite-2-Pro\n1,499.95\n\u2022 Advanced reasoning\n"
            "\U0001F948 Vega-4.5\n1,377.10\n\U0001F949 Previous Rho-3\n1,278.96\n")
    assert [(c[1], c[5]) for c in claims_of(text) if c[0] == "rank"] == [
        ("Kite-2-Pro", (1, None)), ("Vega-4.5", (2, None)), ("Rho-3", (3, None))]


def test_a_medal_inside_a_sentence_marks_no_place():
    assert [c for c in claims_of("Kite-2 won a \U0001F948 Vega-4.5 badge on the WebDev Arena.") if c[0] == "rank"] == []


def test_the_same_medal_on_lines_beside_each_other_is_a_tier_and_no_place():
    text = ("Chatbot Arena tiers\n\n\U0001F948 Kite-3 Pro 1385\n\U0001F948 Vega-2 Ultra 1379\n"
            "\U0001F949 Lark-4 1332\n\U0001F949 Tern-5 1317\n")
    assert [c for c in claims_of(text) if c[0] == "rank"] == []
    assert len([c for c in claims_of(text) if c[0] == "score"]) == 4


def test_a_numbered_list_item_ending_in_a_variant_word_keeps_it_in_the_name():
    text = "Top LLM models on the Chatbot Arena leaderboard:\n\n1. Kite-3 Pro\n2. Vega-2 Ultra\n3. Lark-4 Max\n"
    assert [(c[1], c[5]) for c in claims_of(text) if c[0] == "rank"] == [
        ("Kite-3 Pro", (1, None)), ("Vega-2 Ultra", (2, None)), ("Lark-4 Max", (3, None))]


def test_a_place_joined_by_and_to_the_place_before_it_is_the_same_model_s():
    text = ("At launch Mistral Large 3 debuted around 1418 Elo on LMArena, #2 among open non-reasoning models "
            "and #6 among open models overall.")
    assert [c[5] for c in claims_of(text) if c[0] == "rank"] == [(2, None), (6, None)]


def test_names_in_brackets_after_a_plural_noun_are_a_group_that_leads_and_hold_no_first_place():
    text = "Kite-4 is cheap, while the closed frontier leaders (Lark 4.8, Tern-5.5) still lead on LMArena."
    assert [c for c in claims_of(text) if c[0] == "rank"] == []


def test_a_labelled_item_takes_no_subject_from_names_the_text_said_once_each():
    text = ("Acme AI set records on Hindi OCR, beating Gemini 3 Pro.\n\nUnlike general-purpose AI models (GPT-4, "
            "Gemini, Claude) trained on English data, Acme builds for Hindi.\n\nKey results\n\n"
            "  \u2022 Benchmark performance:\n    \u2022 VeraOCR-Bench: 84.3% (surpassing Gemini 3 Pro)\n"
            "    \u2022 DocVera v1.5: 93.28%\n")
    assert claims_of(text) == []


def test_a_line_of_its_own_labelled_top_gives_the_model_after_it_first_place():
    text = ("LiveBench\nLiveBench is a continuously updated benchmark.\nTop: GPT-5.2 \u2014 82.6%\n"
            "Arena-Hard-Auto\nArena-Hard-Auto is an automated benchmark.\nTop: Claude Opus 4.6 \u2014 68.4%\n")
    assert {(c[0], c[1], c[4], c[5]) for c in claims_of(text)} == {
        ("rank", "GPT-5.2", "livebench", (1, None)), ("score", "GPT-5.2", "livebench", (82.6, "%")),
        ("rank", "Claude Opus 4.6", "arena-hard", (1, None)), ("score", "Claude Opus 4.6", "arena-hard", (68.4, "%"))}


def test_a_top_label_over_a_list_of_names_gives_none_of_them_first_place():
    text = "Chatbot Arena, vision\n- Top: Gemini 3 Flash (1145), Claude Opus 4.5 (1145)\n"
    assert [c for c in claims_of(text) if c[0] == "rank"] == []


def test_a_system_the_text_calls_by_a_name_is_a_subject_of_its_relative_clause():
    text = ("The AI startup Acme has developed a multi-agent system called Kite Ultra, which claims to have "
            "outperformed Anthropic's flagship model, Claude Opus 4.5, in various benchmark tests.")
    assert claims_of(text) == [("comparison", "Kite Ultra", "model", None, None, ("outperforms", ("Claude Opus 4.5",)))]


def test_a_fraction_written_with_a_hyphen_is_no_place():
    assert claims_of("Kite-2 can match GPT-4 class performance at one-tenth the cost on MMLU.") == []
    assert [c[5] for c in claims_of("Kite-2 ranked tenth on MMLU.")] == [(10, None)]


def test_a_benchmark_in_the_clause_that_reports_a_comparison_is_the_comparison_s():
    text = "Our evaluation of MT-Bench also demonstrates that the new Kite-2 outperforms our previous Kite-1.5-110B-Chat."
    assert claims_of(text) == [("comparison", "Kite-2", "model", None, "mt-bench", ("outperforms", ("Kite-1.5-110B-Chat",)))]


def test_a_comparison_in_areas_or_in_a_language_takes_no_benchmark_from_the_text_before():
    text = ("Kite-67B scores 66.1 on C-Eval.\n\n- **General skills:** Kite-67B Base outperforms Vega2 70B Base in areas "
            "such as reasoning, coding and math.\n- **Chinese:** Based on our evaluation, Kite-67B Chat surpasses GPT-3.5 "
            "in Chinese.\n")
    assert [c[4] for c in claims_of(text) if c[0] == "comparison"] == [None, None]


@pytest.mark.parametrize("text", [
    "On MMLU, Kite-Coder-V2 achieves superior performance compared to closed models such as Vega-4 Turbo.",
    "On MMLU, Acme says Kite-Coder-V2 shows outperformance against Vega-4 Turbo.",
])
def test_superior_performance_compared_to_and_outperformance_against_are_comparisons(text):
    assert claims_of(text) == [("comparison", "Kite-Coder-V2", "model", None, "mmlu", ("outperforms", ("Vega-4 Turbo",)))]


def test_a_maker_ranked_first_with_its_model_gives_the_place_to_both():
    text = ("LMArena is a platform for crowdsourced AI benchmarking.\n\nAs of 30 September, Google was ranked first, "
            'with its "kite-2.5-pro" scoring 1456.')
    assert [(c[1], c[5]) for c in claims_of(text) if c[0] == "rank"] == [("Google", (1, None)), ("kite-2.5-pro", (1, None))]


def test_makers_after_models_from_are_the_objects_and_a_maker_after_a_named_model_its_maker():
    assert claims_of("On MMLU, Kite-3 beats the flagship models from OpenAI and DeepSeek.") == [
        ("comparison", "Kite-3", "model", None, "mmlu", ("outperforms", ("OpenAI", "DeepSeek")))]
    assert claims_of("On MMLU, Kite-3 beats LLaMA from Meta and Mistral 7B.")[0][5] == ("outperforms", ("LLaMA", "Mistral 7B"))


@pytest.mark.parametrize("text", ["On MMLU, Kite-3 beats widely used OpenAI models such as GPT-4o and o1.",
                                  "On MMLU, Kite-3 beats models from OpenAI like GPT-4o and o1."])
def test_a_makers_models_named_after_it_are_the_objects_not_the_maker(text):
    assert claims_of(text) == [("comparison", "Kite-3", "model", None, "mmlu", ("outperforms", ("GPT-4o", "o1")))]


@pytest.mark.parametrize("text", ["On LMArena, Kite-3 finished as runner-up.", "Kite-3 was runner-up on LMArena."])
def test_runner_up_is_second_place(text):
    assert [(c[1], c[5]) for c in claims_of(text) if c[0] == "rank"] == [("Kite-3", (2, None))]


def test_a_group_after_across_is_no_subject():
    assert claims_of("On SWE-bench, Kappa-5 ranks the best across all open models, ahead of Vega-4 Sonnet.") == [
        ("comparison", "Kappa-5", "model", None, "swe-bench", ("outperforms", ("Vega-4 Sonnet",))),
        ("rank", "Kappa-5", "model", None, "swe-bench", (1, None))]


def test_coordinated_names_share_a_top_n_and_the_top_two_is_no_first_place():
    assert claims_of("On OpenCompass, Kappa-72B and Kappa-72B-Chat took the top two spots.") == [
        ("rank", "Kappa-72B", "model", None, "opencompass", (None, 2)),
        ("rank", "Kappa-72B-Chat", "model", None, "opencompass", (None, 2))]


def test_the_second_place_entrant_named_after_it_and_points_over_a_rival():
    text = "On SuperCLUE, Kappa Bot 4.0 heads the table with 0.3 points over the second place entrant, Vega AI's Rho-4."
    found = [(c[0], c[1], c[4], c[5]) for c in claims_of(text)]
    assert ("rank", "Rho-4", "superclue", (2, None)) in found
    assert ("rank", "Kappa Bot 4.0", "superclue", (1, None)) in found
    assert ("comparison", "Kappa Bot 4.0", "superclue", ("outperforms", ("Rho-4",))) in found


def test_a_name_that_is_part_of_the_ranking_s_name_is_no_rival():
    found = claims_of("Kappa Bot 4.0 tops the Microsoft Research LLM ranking.")
    assert [c[0] for c in found] == ["rank"]


@pytest.mark.parametrize("text", [
    "On MMLU, Mistral Large scores 81.2%, placing it between Vega-3.5 and Vega-4.",
    "On MMLU, Mistral Large sits somewhere between Vega-3.5 and Vega-4.",
])
def test_between_two_models_is_above_the_first_and_below_the_second(text):
    found = [c for c in claims_of(text) if c[0] == "comparison"]
    assert [(c[1], c[5]) for c in found] == [("Mistral Large", ("outperforms", ("Vega-3.5",))),
                                             ("Mistral Large", ("trails", ("Vega-4",)))]


def test_a_descriptor_noun_after_the_name_leaves_the_name_the_subject():
    assert claims_of("Alibaba's Kestrel-9 Large Language Model (LLM) has outperformed GPT-4o on Chatbot Arena.") == [
        ("comparison", "Kestrel-9", "model", "Alibaba", "chatbot-arena", ("outperforms", ("GPT-4o",)))]


def test_models_the_article_names_with_called_are_models_wherever_they_stand():
    got = claims_of("Zenith released two models this week: a small model called Wren and Osprey, a larger LLM. "
                    "Osprey quickly took second place on Chatbot Arena.")
    assert got == [("rank", "Osprey", "model", None, "chatbot-arena", (2, None))]


def test_a_participle_phrase_opening_the_sentence_is_about_the_main_subject():
    assert claims_of("Scoring higher than Llama-3-70B, Zenith Kestrel-9 becomes the strongest open model on "
                     "Chatbot Arena.") == [
        ("comparison", "Kestrel-9", "model", None, "chatbot-arena", ("outperforms", ("Llama-3-70B",))),
        ("rank", "Kestrel-9", "model", None, "chatbot-arena", (1, None))]
    assert claims_of("Beating GPT-4o and Kestrel-9 on MMLU, Wren-2 scored 88.1.") == [
        ("comparison", "Wren-2", "model", None, "mmlu", ("outperforms", ("GPT-4o", "Kestrel-9"))),
        ("score", "Wren-2", "model", None, "mmlu", (88.1, None))]


def test_a_board_hosted_on_a_platform_is_named_by_its_own_name():
    assert claims_of("The LLM Kestrel-9 topped the Hugging Face VeraBench list on release.") == [
        ("rank", "Kestrel-9", "model", None, "verabench", (1, None))]


def test_a_caption_of_common_words_names_no_board():
    text = ("Chatbot Arena ranks chatbots by crowd votes.\n\nTable 1. LLM Leaderboard (May 2024)\n\n"
            "| Rank | Model | Elo Rating |\n|---|---|---|\n| 1 | Kestrel-9 | 1169 |\n| 2 | Wren-2 | 1082 |\n")
    assert {(kind, subject, bench) for kind, subject, _, _, bench, _ in claims_of(text)} == {
        ("rank", "Kestrel-9", "chatbot-arena"), ("score", "Kestrel-9", "chatbot-arena"),
        ("rank", "Wren-2", "chatbot-arena"), ("score", "Wren-2", "chatbot-arena")}


def test_words_of_a_relative_clause_about_the_board_leave_the_claim_on_topic():
    assert claims_of("Kestrel-9 took second place on Chatbot Arena, a site where people vote for the better answer.") == [
        ("rank", "Kestrel-9", "model", None, "chatbot-arena", (2, None))]
    assert claims_of("Kestrel-9 ranked first in downloads among people in Europe.") == []


def test_facts_listed_under_labels_are_about_the_model_the_text_is_about():
    got = claims_of("Zenith has launched Kestrel-9, its new flagship LLM.\nKey facts:\n"
                    "- GPQA Diamond score: 78.3%, beating GPT-4o's 71.5%\n"
                    "- MMLU-Pro score: 89.7%, a new record for any public model\n"
                    "- Graduate-level math (MATH benchmark): 96.2% accuracy\n"
                    "- Big gains in coding: 57.4 for Wren-2\n"
                    "- Context window: 500K tokens\n")
    assert sorted(got) == sorted([
        ("comparison", "Kestrel-9", "model", None, "gpqa", ("outperforms", ("GPT-4o",))),
        ("score", "Kestrel-9", "model", None, "gpqa", (78.3, "%")),
        ("score", "GPT-4o", "model", "OpenAI", "gpqa", (71.5, "%")),
        ("score", "Kestrel-9", "model", None, "mmlu-pro", (89.7, "%")),
        ("score", "Kestrel-9", "model", None, "math", (96.2, "%"))])


def test_a_named_split_of_the_benchmark_is_no_benchmark_and_a_public_edition_folds_to_it():
    got = claims_of("Kestrel-9 Scores High on ARC-AGI-Pub.\n\nThe new Kestrel-9 LLM scored 75.7% on the "
                    "Semi-Private Evaluation set.")
    assert got == [("score", "Kestrel-9", "model", None, "arc-agi", (75.7, "%"))]



@pytest.mark.parametrize("text, bench", [
    ("On C-Eval, Kestrel-9 scored 83.3. Kestrel-9 beats Wren-2 on 7 out of 10 tasks.", None),
    ("On C-Eval, Kestrel-9 scored 83.3. Kestrel-9 beats Wren-2 across multiple benchmarks.", None),
    ("On C-Eval, Kestrel-9 scored 83.3. Kestrel-9 beats Wren-2 in the tests.", "c-eval"),
    ("On SuperCLUE, Kestrel-9 beats Wren-2 in most categories.", "superclue"),
    ("On C-Eval, Kestrel-9 scored 83.3. Kestrel-9 took top spots across five leading tests, beating Wren-2.", None),
    ("On C-Eval, Kestrel-9 scored 83.3. Kestrel-9 beats Wren-2 in key areas.", None),
])
def test_a_comparison_said_in_general_words_holds_on_no_one_benchmark(text, bench):
    compared = [c for c in claims_of(text) if c[0] == "comparison"]
    assert compared == [("comparison", "Kestrel-9", "model", None, bench, ("outperforms", ("Wren-2",)))]


def test_the_model_of_a_size_is_the_article_s_one_model_of_that_size():
    got = claims_of("Zenith released Wren 2 in 9B and 31B sizes. The larger 31B model beats Qwen1.5 32B on MMLU. "
                    "Wren 2 31B is open.")
    assert got == [("comparison", "Wren 2 31B", "model", None, "mmlu", ("outperforms", ("Qwen1.5 32B",)))]
    assert claims_of("Zenith released Wren 2 31B and Kestrel-9 31B. The 31B model beats Qwen1.5 32B on MMLU.") == []


def test_a_model_named_before_a_noun_with_which_holds_the_score():
    assert claims_of("On Chatbot Arena, Kestrel-9 ranks just below the Wren-2 reasoning model which scored 1,363.") == [
        ("comparison", "Kestrel-9", "model", None, "chatbot-arena", ("trails", ("Wren-2",))),
        ("score", "Wren-2", "model", None, "chatbot-arena", (1363.0, "elo"))]


def test_a_place_phrase_opening_the_sentence_belongs_to_the_name_after_the_verb():
    got = claims_of("On Chatbot Arena, open models are ranked by votes. At the top of the list is Kestrel-9, a new LLM. "
                    "In second place is Wren-2, a strong model. Third place went to Zenith's Osprey-3.")
    assert got == [("rank", "Kestrel-9", "model", None, "chatbot-arena", (1, None)),
                   ("rank", "Wren-2", "model", None, "chatbot-arena", (2, None)),
                   ("rank", "Osprey-3", "model", None, "chatbot-arena", (3, None))]


def test_coordinated_names_with_each_or_both_share_a_score_and_a_maximum_is_no_score():
    got = claims_of("On VeraMath, the LLM Kestrel-9 averaged 10.1 out of 42 points. Wren-2 and Osprey-3 averaged 2.0 points "
                    "each, while Zenith's Lark-4 and Acme's Finch-2 both averaged 1.2 points.")
    assert sorted((subject, values[0]) for _, subject, *_, values in got) == [
        ("Finch-2", 1.2), ("Kestrel-9", 10.1), ("Lark-4", 1.2), ("Osprey-3", 2.0), ("Wren-2", 2.0)]


def test_a_score_said_with_just_or_only_is_a_score_and_over_is_a_bound():
    assert claims_of("Two years ago, GPT-4 scored just 39% on GPQA-Diamond. Kestrel-9 scored over 80% on MMLU.") == [
        ("score", "GPT-4", "model", "OpenAI", "gpqa", (39.0, "%"))]


@pytest.mark.parametrize("text", ["Kite-3 hovered around 1450 on Chatbot Arena.", "Kite-3 scored roughly 1450 on Chatbot Arena.",
                                  "Kite-3 has a Chatbot Arena Elo of approximately 1450."])
def test_an_approximate_rating_is_a_score_as_written(text):
    assert claims_of(text) == [("score", "Kite-3", "model", None, "chatbot-arena", (1450.0, "elo"))]


def test_a_rating_out_of_ten_is_a_score_as_written_and_a_share_of_tasks_is_not():
    assert claims_of(LEAD + "Kite-3 earned a solid 8.5/10 rating on the task.") == [
        ("score", "Kite-3", "model", None, None, (8.5, None))]
    assert claims_of(LEAD + "Kite-3 solved 7/10 tasks on the first try.") == []


@pytest.mark.parametrize("text, objects", [
    ("Kite-3 matches Lark-2 on English while outperforming it on VeraQA.", ("Lark-2",)),
    ("Kite-3 matches Lark-2 on English while clearly outperforming Tern-4 on VeraQA.", ("Tern-4",)),
])
def test_a_participle_after_while_says_something_of_the_main_subject(text, objects):
    assert [(s, v) for k, s, _, _, _, v in claims_of(LEAD + text) if k == "comparison"] == [
        ("Kite-3", ("outperforms", objects))]


@pytest.mark.parametrize("mark", ["- ", "* ", ""])
def test_a_bulleted_numbered_ranking_list_ranks_each_item(mark):
    text = (LEAD + "The VeraQA rankings are as follows:\n"
            f"{mark}1. Kite-3 (20240229): Acme (USA)\n{mark}2. Lark-2 (2024-05-13): Zenith (USA)\n{mark}3. Tern-4: Acme\n")
    ranks = [c for c in extract_claims(Article(id="t", text=text, source="test")) if c.kind == "rank"]
    assert [(c.subject.text, c.rank, c.value_span.text) for c in ranks] == [
        ("Kite-3 (20240229)", 1, "1"), ("Lark-2 (2024-05-13)", 2, "2"), ("Tern-4", 3, "3")]


@pytest.mark.parametrize("dash", ["\u2014", "\u2013"])
def test_a_bulleted_ranking_list_numbered_with_a_dash_ranks_each_item(dash):
    text = (LEAD + "The ranking of AI models included:\n"
            f"- 1 {dash} Acme (Kite-3)\n- 2 {dash} Lark-2\n- 3 {dash} Tern-4 Command\n")
    ranks = [c for c in extract_claims(Article(id="t", text=text, source="test")) if c.kind == "rank"]
    assert [(c.subject.text, c.rank, c.value_span.text) for c in ranks][-2:] == [("Lark-2", 2, "2"), ("Tern-4", 3, "3")]


def test_a_title_in_double_quotes_before_the_noun_of_a_board_names_the_board():
    text = "Vega-7B ranked first in the \u201cVera in the Ring\u201d Index, which rates local knowledge.\n"
    assert [(k, s, b, v) for k, s, _, _, b, v in claims_of(text)] == [("rank", "Vega-7B", "vera-in-the-ring", (1, None))]
    assert [b for k, _, _, _, b, _ in claims_of(text.replace("\u201c", "").replace("\u201d", "")) if k == "rank"] == [None]


def test_a_ranked_item_ending_in_a_bare_number_after_the_name_gives_that_number_as_its_score():
    text = ("KestrelQA board\n\nLeaderboard preview (top 5)\n\n1. GPT-4o 69.3\n2. Claude 3 Opus 67.9\n"
            "3. Gemini 1.5 Pro 66.7\n4. GPT-4 70 billion tokens later\n")
    assert [(s, v) for k, s, _, _, b, v in claims_of(text) if k == "score"] == [
        ("GPT-4o", (69.3, None)), ("Claude 3 Opus", (67.9, None)), ("Gemini 1.5 Pro", (66.7, None))]


def test_a_ranking_of_a_benchmark_on_a_board_ranks_by_the_benchmark():
    text = (LEAD + "The center released the MMLU on HELM ranking on June 11. The rankings are as follows:\n"
            "1. Kite-3: Acme\n2. Lark-2: Zenith\n")
    assert [(s, b, v) for k, s, _, _, b, v in claims_of(text) if k == "rank"] == [
        ("Kite-3", "mmlu", (1, None)), ("Lark-2", "mmlu", (2, None))]


@pytest.mark.parametrize("second", ["That's higher than Lark-2's 96.4%.", "That is ahead of Lark-2 at 96.4%."])
def test_that_opening_a_sentence_stands_for_the_figure_and_model_of_the_sentence_before(second):
    got = claims_of(LEAD + "On VeraQA, Kite-3 scores 97.3%. " + second)
    assert ("comparison", "Kite-3", "model", None, "veraqa", ("outperforms", ("Lark-2",))) in got


def test_a_codeforces_rating_above_an_arena_s_range_is_a_score():
    assert claims_of(LEAD + "Kite-3 placed first on Codeforces with a rating of 3206.") == [
        ("rank", "Kite-3", "model", None, "codeforces", (1, None)),
        ("score", "Kite-3", "model", None, "codeforces", (3206.0, "elo"))]


def test_a_model_that_sits_at_a_value_after_a_score_on_a_benchmark_scores_on_it_too():
    text = LEAD + "Kite-3 scores 55.5 on VeraMath, a benchmark of hard problems. For context, Lark-2 sits at 9.3."
    assert ("score", "Lark-2", "model", None, "veramath", (9.3, None)) in claims_of(text)
    assert [c for c in claims_of(LEAD + "Lark-2 sits at 9.3 in the queue.") if c[0] == "score"] == []


def test_a_line_of_run_together_tags_over_the_text_names_no_benchmark():
    text = ("Kite-3 vs Lark-2: The VeraQA Race\n\nPublished on May 20\nAI AgentsDeveloper ToolsGenAI\n\n"
            "The VeraQA leaderboard changed hands in May. Kite-3 edged ahead of Lark-2 this month.")
    assert [b for k, s, _, _, b, v in claims_of(text) if k == "comparison"] == ["veraqa"]


def test_could_only_reach_is_what_a_model_did_and_could_reach_a_hedge():
    assert claims_of(LEAD + "Even Kite-3 could only reach 8% on VeraQA.") == [("score", "Kite-3", "model", None, "veraqa", (8.0, "%"))]
    assert claims_of(LEAD + "Kite-3 could reach 80% on VeraQA.") == []


def test_a_benchmark_the_article_introduces_in_apposition_is_what_its_scores_are_on():
    got = claims_of("We introduce VeraStep, a new LLM benchmark for data agents. Kestrel-9 came out on top at 16% "
                    "accuracy, and Wren-2 scored 12%.")
    assert ("score", "Kestrel-9", "model", None, "verastep", (16.0, "%")) in got
    assert ("score", "Wren-2", "model", None, "verastep", (12.0, "%")) in got


@pytest.mark.parametrize("apposition", ["VeraSWE, a 113-task evaluation", "VeraSWE , a 113-task evaluation",
                                        "VeraSWE , a new benchmark"])
def test_a_benchmark_in_apposition_may_count_its_tasks_and_keep_a_scraped_space_before_its_comma(apposition):
    got = claims_of(f"On Monday a startup released {apposition} spanning 91 repositories, and it crowns "
                    "Acme's Vega-7B as the clear leader at 70%.")
    assert ("score", "Vega-7B", "model", None, "veraswe", (70.0, "%")) in got


def test_a_maker_written_before_its_model_in_a_list_of_rivals_is_no_rival():
    assert claims_of("xAI's Grok 3 beat Google Gemini, DeepSeek v3, Anthropic Claude, and OpenAI's GPT-4o on MMLU.") == [
        ("comparison", "Grok 3", "model", "xAI", "mmlu", ("outperforms", ("Gemini", "DeepSeek v3", "Claude", "GPT-4o")))]


def test_a_linked_name_with_an_aside_after_it_is_the_subject():
    assert claims_of("The [Kestrel-9](https://example.com/models/kestrel-9), a 4.2B parameter model with language and "
                     "vision skills, outperforms larger models like Claude-3 Haiku on MMLU.") == [
        ("comparison", "Kestrel-9", "model", None, "mmlu", ("outperforms", ("Claude-3 Haiku",)))]


def test_a_benchmark_named_in_backticks_after_on():
    assert claims_of("The best model (Kestrel-9) achieves a Pass@1 of 61.1% on `VeraCode-Complete`, an LLM test.") == [
        ("score", "Kestrel-9", "model", None, "veracode-complete", (61.1, "%"))]


def test_a_comparison_in_several_tests_including_named_ones_holds_on_each_one_named():
    got = claims_of("Leaked results show that Kestrel-9 outperforms GPT-4o in several tests, including GSM8K, "
                    "VeraQA and MMLU. On HumanEval, Kestrel-9 underperforms GPT-4o.")
    assert got == [("comparison", "Kestrel-9", "model", None, bench, ("outperforms", ("GPT-4o",)))
                   for bench in ("gsm8k", "veraqa", "mmlu")] + [
        ("comparison", "Kestrel-9", "model", None, "humaneval", ("trails", ("GPT-4o",)))]


def test_members_of_a_group_in_another_clause_are_no_objects():
    assert claims_of("The LLM Kestrel-9 outperforms other 3B models and achieves parity with 4B models including "
                     "Qwen3-4B and Gemma3-4B.") == []
    assert claims_of("Kestrel-9 beats all other models under 2B, including Qwen2-1.5B and Gemma-2B, on MMLU.") == [
        ("rank", "Kestrel-9", "model", None, "mmlu", (1, None)),
        ("comparison", "Kestrel-9", "model", None, "mmlu", ("outperforms", ("Qwen2-1.5B", "Gemma-2B")))]


def test_outperforming_all_of_a_group_is_first_among_it():
    assert claims_of("Notably, Kestrel-9 outperforms all other open-access models on MT-Bench.") == [
        ("rank", "Kestrel-9", "model", None, "mt-bench", (1, None))]
    assert claims_of("Kestrel-9 could outperform all open models on MMLU.") == []


def test_a_variant_after_the_model_s_possessive_is_that_model_s():
    assert claims_of("On Chatbot Arena, Claude 3's Opus achieved an Elo of 1255 points, and GPT-4's 1106-preview "
                     "scored 1252.") == [
        ("score", "Claude 3 Opus", "model", "Anthropic", "chatbot-arena", (1255.0, "elo")),
        ("score", "GPT-4 1106-preview", "model", "OpenAI", "chatbot-arena", (1252.0, "elo"))]


def test_a_maker_s_own_words_name_no_subject_but_its_unnamed_model_stops_the_search():
    assert claims_of("In xAI's own wording, that Arena entry was outperforming both Claude 3.5 Sonnet and GPT-4 Turbo "
                     "on Chatbot Arena.") == []
    got = claims_of("On VeraMath, an LLM test, Wren-2 averaged 2.0, Google's Flash-Thinking scored 1.8.")
    assert got == [("score", "Wren-2", "model", None, "veramath", (2.0, None))]


def test_an_unlisted_suite_the_headline_names_is_what_the_article_ranks_by():
    text = ("Kestrel-9 beats Vega-2 on Zed's code review benchmark\n\nbenchmark chart\n\n"
            "The new LLM Kestrel-9 outperforms all of OpenAI's models, the testers said.")
    assert _kinds(text) == {("comparison", "Kestrel-9", "zed-code-review", ("outperforms", ("Vega-2",))),
                            ("comparison", "Kestrel-9", "zed-code-review", ("outperforms", ("OpenAI",)))}


def test_a_participle_before_a_rank_word_ranks_the_main_subject_not_a_possessor():
    text = "Bard just equaled Vega-2's performance on Chatbot Arena, coming second just behind GPT-4-Turbo."
    assert _kinds(text) == {("rank", "Bard", "chatbot-arena", (2, None)),
                            ("comparison", "Bard", "chatbot-arena", ("trails", ("GPT-4-Turbo",)))}


def test_a_first_place_in_a_scope_stands_beside_an_overall_rank():
    text = "Kestrel-9-0428 is the best domestic model on OpenCompass, ranking third."
    assert _kinds(text) == {("rank", "Kestrel-9-0428", "opencompass", (3, None)),
                            ("rank", "Kestrel-9-0428", "opencompass", (1, None))}


def test_a_participle_clause_after_a_naming_noun_belongs_to_the_name_it_gives():
    text = "The Vega 40B variant acme/vega-40b-instruct did well on the LLM board, scoring an average of 63.2%."
    assert [(k, s, v) for k, s, _, _, _, v in claims_of(text)] == [("score", "vega-40b-instruct", (63.2, "%"))]


def test_the_object_of_a_preposition_before_and_is_no_subject_of_the_next_cue():
    text = "Tests place Vega-2 close to OpenAI's Chat GPT4 and just ahead of Lyra-LM-7B-alpha."
    assert _kinds(text) == {("comparison", "Vega-2", None, ("outperforms", ("Lyra-LM-7B-alpha",)))}


def test_a_name_broken_over_two_lines_of_hard_wrapped_prose_is_one_name():
    text = ("Vega-2 is the new open model from a small lab, and its scores on the usual tests\n"
            "have surprised many. On HumanEval, the new LLM Vega-2 scores 84.9%, ahead of GPT-4\n"
            "Turbo (82.7%), which the lab says it now beats by a clear margin on every coding\n"
            "test it ran, and well ahead of the older models it was built to replace.\n")
    got = _kinds(text)
    assert ("comparison", "Vega-2", "humaneval", ("outperforms", ("GPT-4 Turbo",))) in got
    assert ("score", "GPT-4 Turbo", "humaneval", (82.7, "%")) in got


@pytest.mark.parametrize("text, expected", [
    ("On Chatbot Arena, Vega-2 is clearly in the lead.", {("rank", "Vega-2", "chatbot-arena", (1, None))}),
    ("Vega-2 is in front of Lyra-3 on Chatbot Arena.",
     {("comparison", "Vega-2", "chatbot-arena", ("outperforms", ("Lyra-3",)))}),
    ("Vega-2 is in the top ten on Chatbot Arena.", {("rank", "Vega-2", "chatbot-arena", (None, 10))}),
])
def test_in_the_lead_ranks_first_and_in_front_of_compares(text, expected):
    assert _kinds(text) == expected


def test_a_range_is_no_score_and_a_pair_of_ratings_after_a_win_is_each_ones():
    assert _kinds("On MMLU, larger LLMs such as Vega-2 achieve between 85 and 90 percent.") == set()
    assert _kinds("On Chatbot Arena, Vega-2 beat Lyra-3 by a slim margin, 1253 to 1251.") == {
        ("comparison", "Vega-2", "chatbot-arena", ("outperforms", ("Lyra-3",))),
        ("score", "Vega-2", "chatbot-arena", (1253.0, "elo")), ("score", "Lyra-3", "chatbot-arena", (1251.0, "elo"))}


def test_taken_the_lead_ranks_first_and_an_effort_in_brackets_belongs_to_the_name():
    assert _kinds("On Chatbot Arena, Acme's Vega-5.5 has since taken the lead.") == {
        ("rank", "Vega-5.5", "chatbot-arena", (1, None))}
    assert _kinds("On GPQA, Grok 3 (Think) scores 84.6%.") == {("score", "Grok 3 (Think)", "gpqa", (84.6, "%"))}


def test_an_it_that_stands_for_no_model_makes_no_subject():
    """Regression: 'It seems easy ... above the level of X' was read as the last model outperforming X."""
    text = "Vega-2 is in the lead on Chatbot Arena. It seems relatively easy for many labs to reach a model above the level of Lyra-3."
    assert _kinds(text) == {("rank", "Vega-2", "chatbot-arena", (1, None))}


def test_a_lead_word_used_as_a_noun_ranks_nothing():
    assert _kinds("The LLM Vega-8B uses an embedding size of 4096 and 48 attention heads.") == set()
    assert _kinds("The LLM Vega-8B heads the Chatbot Arena.") == {("rank", "Vega-8B", "chatbot-arena", (1, None))}


@pytest.mark.parametrize("text", [
    "Chatbot Arena now shows a three-way tie at the top, with Vega-2 scoring 1256, Lyra-3 at 1255, and Orion-4 at 1254.",
    "On Chatbot Arena there is a tie at the top between Vega-2, Lyra-3 and Orion-4.",
])
def test_a_tie_at_the_top_ranks_each_name_after_it_first(text):
    ranks = {(s, v) for k, s, b, v in _kinds(text) if k == "rank"}
    assert ranks == {("Vega-2", (1, None)), ("Lyra-3", (1, None)), ("Orion-4", (1, None))}


def test_a_count_in_a_participle_phrase_is_the_main_subjects_and_no_top_n_of_its_own():
    text = "Acme's Vega-3.5 model has surged to the top of the Open LLM Leaderboard, occupying four of the top five positions."
    assert _kinds(text) == {("rank", "Vega-3.5", "open-llm-leaderboard", (1, None)),
                            ("count", "Vega-3.5", "open-llm-leaderboard", (4, 5))}


def test_the_same_evaluation_points_back_at_the_benchmark_named_before():
    text = ("On GPQA, the LLM Vega-2 achieved a score of 59.4% in zero-shot accuracy, well ahead of the field and "
            "of every earlier model the lab has released over the past two years of its work on reasoning.\n"
            "Lyra-3 by Acme was at 50.4% in the same evaluation.")
    assert ("score", "Lyra-3", "gpqa", (50.4, "%")) in _kinds(text)


def test_benchmarks_that_close_the_sentence_hold_for_its_comparison():
    text = "Vega-2 does well, surpassing Lyra-3, being on par with Orion-4, on both MT-Bench and Alpaca-Eval v2."
    assert _kinds(text) == {("comparison", "Vega-2", "mt-bench", ("outperforms", ("Lyra-3",))),
                            ("comparison", "Vega-2", "alpacaeval", ("outperforms", ("Lyra-3",)))}


def test_a_participle_speaks_of_the_name_in_apposition_to_a_model_noun():
    text = ("We release Vega-2 today.\n\nThe largest open Vega-2 model, Vega-2-72B-Chat, does well, "
            "surpassing Lyra-3 on MT-Bench.")
    assert _kinds(text) == {("comparison", "Vega-2-72B-Chat", "mt-bench", ("outperforms", ("Lyra-3",)))}


def test_the_models_an_aside_after_a_model_noun_names_share_the_verb():
    text = "On Chatbot Arena, Acme's Kappa models — Kappa-1, Kappa-2, and Kappa-2 Instant — all outperform Lyra-3."
    assert {s for k, s, b, v in _kinds(text)} == {"Kappa-1", "Kappa-2", "Kappa-2 Instant"}


def test_a_makers_possessive_before_an_adjective_and_its_model_is_no_object():
    text = "On Chatbot Arena, Vega-2 outperformed Meta's previous Llama-2 (70B) and OpenAI's GPT-3.5."
    assert _kinds(text) == {("comparison", "Vega-2", "chatbot-arena", ("outperforms", ("Llama-2 (70B)", "GPT-3.5")))}


def test_reclaiming_the_top_spot_and_a_score_in_a_long_opening_phrase():
    text = ("On November 20, Acme introduced an updated Vega-2 model, briefly reclaiming the top spot in the Chatbot "
            "Arena. With a record-breaking score of 1402 in creative writing tasks, Vega-2 showed its range.")
    assert _kinds(text) == {("rank", "Vega-2", "chatbot-arena", (1, None)),
                            ("score", "Vega-2", "chatbot-arena", (1402.0, "elo"))}


def test_a_participle_adjective_before_a_name_hedges_nothing():
    text = "On SuperCLUE, Vega-2 surpassed the highly anticipated Lyra-3 (89.35 points)."
    assert ("score", "Lyra-3", "superclue", (89.35, None)) in _kinds(text)
    assert _kinds("Vega-2 is expected to top Chatbot Arena.") == set()


def test_a_name_compared_with_becomes_no_topic_for_it():
    text = ("Acme released Vega-2 on April 22nd. It beats Lyra-3 on MMLU. That's smaller than Orion-9 XL. "
            "And it beats Kappa-7 on MMLU.")
    assert ("comparison", "Vega-2", "mmlu", ("outperforms", ("Kappa-7",))) in _kinds(text)


def test_scores_before_the_objects_of_a_win_are_read_past():
    text = "On the Open LLM Leaderboard, Vega-40B scored an average 60.4 to beat the 59.8 for Lyra-30B and 58.3 Orion-65B."
    got = _kinds(text)
    assert ("comparison", "Vega-40B", "open-llm-leaderboard", ("outperforms", ("Lyra-30B", "Orion-65B"))) in got
    assert ("score", "Lyra-30B", "open-llm-leaderboard", (59.8, None)) in got


def test_a_title_line_naming_a_benchmark_below_a_heading_is_what_the_list_under_it_is_on():
    text = ("Benchmark results\n\n1. Coding (HumanEval)\n- Vega-2: 93.7%\n- Lyra-3: 88.1%\n"
            "Key insight: Vega-2 leads in coding.\n2. Agentic work\nTAU-bench Performance\n- Vega-2: 69.2%\n- Lyra-3: 51.0%\n")
    got = _kinds(text)
    assert ("rank", "Vega-2", "humaneval", (1, None)) in got
    assert {("score", "Vega-2", "tau-bench", (69.2, "%")), ("score", "Lyra-3", "tau-bench", (51.0, "%"))} <= got


def test_the_previous_best_is_no_score_of_the_model():
    text = "Vega-2 is out. On the GPQA benchmark, the model scored 67.3%, compared to the previous best of 54.2%."
    assert _kinds(text) == {("score", "Vega-2", "gpqa", (67.3, "%"))}


@pytest.mark.parametrize("sentence", [
    "Orion-4-Raven-14B beat Nova-instant-v1 by nearly 20 points on LiveBench.",
    "Orion-4-Raven-14B beat Nova-instant-v1 on LiveBench by a margin of 3.4 points.",
    "Orion-4-Raven-14B beat Nova-instant-v1 on LiveBench, a gap of about 3.4 points.",
])
def test_a_margin_between_two_models_is_no_score(sentence):
    assert _kinds(sentence) == {("comparison", "Orion-4-Raven-14B", "livebench", ("outperforms", ("Nova-instant-v1",)))}


def test_a_lead_of_some_points_over_a_model_is_a_comparison_not_first_place():
    assert _kinds("Orion-4-Raven-14B holds a lead of 12 points over Nova-instant-v1 on LiveBench.") == {
        ("comparison", "Orion-4-Raven-14B", "livebench", ("outperforms", ("Nova-instant-v1",)))}


def test_it_in_a_later_clause_is_the_family_the_sentence_opens_with_as_a_model():
    assert _kinds("The new Qwen model outscores Llama 3.1 405B on MMLU-Pro, though it lags GPT-4o on GPQA.") == {
        ("comparison", "Qwen", "mmlu-pro", ("outperforms", ("Llama 3.1 405B",))),
        ("comparison", "Qwen", "gpqa", ("trails", ("GPT-4o",)))}


def test_a_passive_with_an_adverb_after_the_participle_still_turns_round():
    assert _kinds("On LiveBench, Nova-instant-v1 was beaten narrowly by Orion-4-Raven-14B.") == {
        ("comparison", "Nova-instant-v1", "livebench", ("trails", ("Orion-4-Raven-14B",)))}


def test_bested_only_by_one_model_is_second_place():
    assert _kinds("On LiveBench, Nova-instant-v1 was bested only by Orion-4-Raven-14B.") == {
        ("comparison", "Nova-instant-v1", "livebench", ("trails", ("Orion-4-Raven-14B",))),
        ("rank", "Nova-instant-v1", "livebench", (2, None))}


def test_a_participle_clause_overtaken_by_is_the_main_subject_trailing():
    assert _kinds("vega-13b slipped to third place on LiveBench, overtaken by Orion-4-Raven-14B and Nova-instant-v1.") == {
        ("comparison", "vega-13b", "livebench", ("trails", ("Orion-4-Raven-14B", "Nova-instant-v1"))),
        ("rank", "vega-13b", "livebench", (3, None))}


@pytest.mark.parametrize("verb", ["ranks highest", "performs best", "scored the highest"])
def test_a_rank_or_score_verb_with_a_superlative_is_first_place(verb):
    assert _kinds(f"Among open models, Orion-4-Raven-14B {verb} on LiveBench.") == {
        ("rank", "Orion-4-Raven-14B", "livebench", (1, None))}


def test_an_opening_phrase_after_a_linking_word_still_sets_the_benchmark():
    assert _kinds("Yet on hard puzzles (LiveBench), even though vega-13b is in front of Nova-instant-v1, "
                  "it is far behind Orion-4-Raven-14B.") == {
        ("comparison", "vega-13b", "livebench", ("outperforms", ("Nova-instant-v1",))),
        ("comparison", "vega-13b", "livebench", ("trails", ("Orion-4-Raven-14B",)))}


@pytest.mark.parametrize("pair", ["(61.0% vs 58.2%)", "(61.0% vs. 58.2%)", "61.0% to 58.2%"])
def test_a_pair_of_values_after_a_comparison_gives_each_side_its_score(pair):
    got = _kinds(f"On LiveBench, Orion-4-Raven-14B beats Nova-instant-v1, {pair}.")
    assert got == {("comparison", "Orion-4-Raven-14B", "livebench", ("outperforms", ("Nova-instant-v1",))),
                   ("score", "Orion-4-Raven-14B", "livebench", (61.0, "%")),
                   ("score", "Nova-instant-v1", "livebench", (58.2, "%"))}


def test_a_score_that_rose_from_one_value_to_another_is_the_second():
    assert _kinds("Orion-4-Raven-14B improves its LiveBench score from 33.4% to 49.0%.") == {
        ("score", "Orion-4-Raven-14B", "livebench", (49.0, "%"))}


def test_values_ranging_from_one_to_another_are_a_range_not_a_score():
    assert _kinds("On LiveBench, Orion-4-Raven-14B scores 61.0, while the Nova models follow with scores "
                  "ranging from 55.2 to 58.4.") == {("score", "Orion-4-Raven-14B", "livebench", (61.0, None))}


def test_a_short_number_after_the_benchmark_a_value_is_on_is_its_edition():
    assert _kinds("Orion-4-Raven-14B achieves 74.4% on SWE-bench Verified and 51.0% on Terminal-Bench 2.0, "
                  "proving its ability.") == {("score", "Orion-4-Raven-14B", "swe-bench", (74.4, "%")),
                                              ("score", "Orion-4-Raven-14B", "terminal-bench-2.0", (51.0, "%"))}


def test_a_benchmark_named_after_its_suite_noun_holds_the_scores_before_it():
    assert _kinds("Orion-4-Raven-14B scores 93.1 on the long-text evaluation benchmark VERA, surpassing "
                  "Nova-instant-v1's 91.6.") == {
        ("score", "Orion-4-Raven-14B", "vera", (93.1, None)), ("score", "Nova-instant-v1", "vera", (91.6, None)),
        ("comparison", "Orion-4-Raven-14B", "vera", ("outperforms", ("Nova-instant-v1",)))}


def test_an_elo_rating_that_looks_like_a_year_is_a_rating():
    assert _kinds("On Codeforces, Orion-4-Raven-14B achieved an Elo rating of 2029 in 2025.") == {
        ("score", "Orion-4-Raven-14B", "codeforces", (2029.0, "elo"))}


def test_the_share_of_problems_a_model_solved_is_its_score_and_a_share_of_users_is_not():
    assert _kinds("- **Orion-4-Raven-14B:** Managed to solve 63.4% of the problems on LiveBench.") == {
        ("score", "Orion-4-Raven-14B", "livebench", (63.4, "%"))}
    assert _kinds("Orion-4-Raven-14B is used by 40% of the users on LiveBench.") == set()


def test_bold_names_in_a_list_of_objects_are_all_objects():
    assert _kinds("On LiveBench, **Orion-4-Raven-14B** keeps outperforming **Nova-instant-v1**, **vega-13b**, "
                  "and **Lyra-LM-7B-alpha**.") == {
        ("comparison", "Orion-4-Raven-14B", "livebench", ("outperforms", ("Nova-instant-v1", "vega-13b", "Lyra-LM-7B-alpha")))}


def test_a_closing_quote_ends_the_search_for_an_object():
    assert _kinds('On LiveBench, "Orion-4-Raven-14B beats out our own evals" and "Nova-instant-v1 is slow."') == set()


def test_names_holding_the_top_places_are_each_in_the_top_n():
    assert _kinds("On LiveBench, Orion-4-Raven-14B, Nova-instant-v1 and vega-13b held the top three slots.") == {
        ("rank", "Orion-4-Raven-14B", "livebench", (None, 3)), ("rank", "Nova-instant-v1", "livebench", (None, 3)),
        ("rank", "vega-13b", "livebench", (None, 3))}


def test_one_maker_s_models_holding_the_top_places_are_a_count_and_no_first_place():
    got = claims_of("Anthropic's models swept the top three slots on Chatbot Arena.")
    assert [(k, s, t, b, v) for k, s, t, _, b, v in got] == [("count", "Anthropic", "vendor", "chatbot-arena", (3, 3))]


def test_a_bold_maker_before_its_models_is_still_their_subject():
    got = claims_of("On Chatbot Arena, **Anthropic** models dominate the top 4 slots.")
    assert [(k, s, b, v) for k, s, _, _, b, v in got] == [("count", "Anthropic", "chatbot-arena", (4, 4))]


def test_a_score_after_a_possessive_score_of_is_the_possessor_s():
    assert _kinds("On LiveBench, Orion-4-Raven-14B has a score of 61.0, slightly surpassing Nova-instant-v1's "
                  "LiveBench score of 58.2.") == {
        ("score", "Orion-4-Raven-14B", "livebench", (61.0, None)), ("score", "Nova-instant-v1", "livebench", (58.2, None)),
        ("comparison", "Orion-4-Raven-14B", "livebench", ("outperforms", ("Nova-instant-v1",)))}


def test_bullets_without_a_name_under_a_heading_or_lead_in_naming_one_model_are_its_claims():
    text = ("## Claude Opus 4.6: The Reasoning Beast\n\nThe new flagship brings:\n\n### Key Capabilities\n"
            "- **Agentic coding** - Dominates Terminal-Bench 2.0 at 77.3%[^1]\n"
            "- **Long context** - 76% on LiveBench (vs 18.5% for Sonnet 4.5)[^1]\n"
            "- **Knowledge work** - 144 Elo points ahead of GPT-5.2 on GDPval-AA[^1]\n\n"
            "[^1]: [Announcement](https://example.org/opus)\n")
    assert _kinds(text) == {("score", "Claude Opus 4.6", "terminal-bench-2.0", (77.3, "%")),
                            ("score", "Claude Opus 4.6", "livebench", (76.0, "%")),
                            ("score", "Sonnet 4.5", "livebench", (18.5, "%")),
                            ("comparison", "Claude Opus 4.6", "livebench", ("outperforms", ("Sonnet 4.5",))),  # vs its score
                            ("comparison", "Claude Opus 4.6", "gdpval-aa", ("outperforms", ("GPT-5.2",)))}


def test_a_bullet_under_a_heading_naming_two_models_has_no_subject():
    text = "## Claude Opus 4.6 vs GPT-5.2\n\n- **Long context** - 76% on LiveBench\n"
    assert _kinds(text) == set()


def test_a_rank_among_a_group_on_an_unlisted_benchmark_and_a_vision_version_letter():
    assert _kinds("Orion-4-Raven-14B ranks #1 among open-source models on VeraHal-Bench, and outperforms GPT-4V "
                  "on Object HalBench.") == {
        ("rank", "Orion-4-Raven-14B", "verahal-bench", (1, None)),
        ("comparison", "Orion-4-Raven-14B", "object-halbench", ("outperforms", ("GPT-4V",)))}


def test_the_object_of_behind_the_latest_y_before_and_is_no_subject_of_the_next_cue():
    assert _kinds("On LiveBench, vega-13b comes in behind the latest Orion-4-Raven-14B and ahead of Nova-instant-v1.") == {
        ("comparison", "vega-13b", "livebench", ("trails", ("Orion-4-Raven-14B",))),
        ("comparison", "vega-13b", "livebench", ("outperforms", ("Nova-instant-v1",)))}


def test_a_comparison_whose_object_is_it_points_at_the_other_model_of_the_sentence():
    assert _kinds("On LiveBench, vega-13b trails Orion-4-Raven-14B overall but beats it on coding.") >= {
        ("comparison", "vega-13b", "livebench", ("trails", ("Orion-4-Raven-14B",))),
        ("comparison", "vega-13b", "livebench", ("outperforms", ("Orion-4-Raven-14B",)))}


def test_an_opening_compared_with_phrase_names_what_the_subject_is_compared_with():
    assert _kinds("Compared with Nova-instant-v1, Orion-4-Raven-14B scored higher on LiveBench.") == {
        ("comparison", "Orion-4-Raven-14B", "livebench", ("outperforms", ("Nova-instant-v1",)))}
    assert _kinds("Compared with Nova-instant-v1, Orion-4-Raven-14B is cheaper.") == set()


def test_fell_behind_trails():
    assert _kinds("In our tests, vega-13b fell behind Orion-4-Raven-14B on LiveBench.") == {
        ("comparison", "vega-13b", "livebench", ("trails", ("Orion-4-Raven-14B",)))}


@pytest.mark.parametrize("text", [
    "Orion-4-Raven-14B achieves 78.3% on LiveBench, surpassing the previous best score of 71.5% held by vega-13b.",
    "Orion-4-Raven-14B achieves 78.3% on LiveBench. This performance surpasses the previous state-of-the-art model, "
    "which scored 71.5%.",
])
def test_surpassing_the_previous_best_is_first_place_and_the_old_best_is_no_score_of_the_new(text):
    assert _kinds(text) == {("score", "Orion-4-Raven-14B", "livebench", (78.3, "%")),
                            ("rank", "Orion-4-Raven-14B", "livebench", (1, None))}


def test_first_before_a_participle_of_publishing_is_no_rank():
    assert _kinds("Orion-4-Raven-14B is strong on LiveBench. This post was first published in Vera News.") == set()


def test_stealing_the_top_spot_is_first_place_and_top_positions_are_not():
    assert _kinds("Orion-4-Raven-14B stole the top spot on LiveBench.") == {("rank", "Orion-4-Raven-14B", "livebench", (1, None))}
    assert _kinds("Orion-4-Raven-14B has consistently secured top positions on LiveBench.") == set()


def test_labelled_bullets_with_figures_in_an_article_about_one_model_are_its_figures():
    text = ("Orion-4-Raven-14B launched today and Orion-4-Raven-14B is already strong.\n\n## Key Details\n\n"
            "- **Reasoning**: 37.5% on LiveBench, 91.9% on GPQA Diamond\n- **Availability**: API and app\n")
    assert _kinds(text) == {("score", "Orion-4-Raven-14B", "livebench", (37.5, "%")),
                            ("score", "Orion-4-Raven-14B", "gpqa", (91.9, "%"))}


def test_a_bold_line_naming_one_family_heads_the_bullets_below_it():
    text = "**Qwen release TL;DR**\n\n- Outperforms Lyra-LM-7B on most benchmarks\n- Good at coding, with 40.2% on HumanEval\n"
    got = {(k, s, b, v) for k, s, _, _, b, v in claims_of(text)}
    assert ("comparison", "Qwen", None, ("outperforms", ("Lyra-LM-7B",))) in got
    assert ("score", "Qwen", "humaneval", (40.2, "%")) in got


def test_ranked_second_after_a_model_trails_it_and_the_next_verb_is_the_subject_s():
    assert _kinds("On LiveBench, Orion-4-Raven-14B is ranked second after Nova-instant-v1 and surpasses vega-13b.") == {
        ("rank", "Orion-4-Raven-14B", "livebench", (2, None)),
        ("comparison", "Orion-4-Raven-14B", "livebench", ("trails", ("Nova-instant-v1",))),
        ("comparison", "Orion-4-Raven-14B", "livebench", ("outperforms", ("vega-13b",)))}
    assert _kinds("Orion-4-Raven-14B was released after Nova-instant-v1 and ranked first on LiveBench.") == {
        ("rank", "Orion-4-Raven-14B", "livebench", (1, None))}


def test_a_clause_after_a_semicolon_that_opens_with_a_verb_goes_on_with_the_subject():
    assert _kinds("Orion-4-Raven-14B scores 74.9% on LiveBench; reaches 88% on GPQA.") == {
        ("score", "Orion-4-Raven-14B", "livebench", (74.9, "%")), ("score", "Orion-4-Raven-14B", "gpqa", (88.0, "%"))}


def test_names_that_lead_together_are_each_first_and_a_list_led_by_a_model_ranks_it_first():
    assert _kinds("On LiveBench, Orion-4-Raven-14B and Nova-instant-v1 have been leading the open space.") == {
        ("rank", "Orion-4-Raven-14B", "livebench", (1, None)), ("rank", "Nova-instant-v1", "livebench", (1, None))}
    assert ("rank", "Orion-4-Raven-14B", "livebench", (1, None)) in _kinds(
        "The LiveBench leaderboard is led by Orion-4-Raven-14B, with Nova-instant-v1 in second.")
    assert _kinds("Ranking higher than vega-13b, Orion-4-Raven-14B leads LiveBench.") >= {
        ("rank", "Orion-4-Raven-14B", "livebench", (1, None))}
    assert ("rank", "vega-13b", "livebench", (1, None)) not in _kinds(
        "Ranking higher than vega-13b, Orion-4-Raven-14B leads LiveBench.")


def test_an_unnumbered_list_under_a_top_n_lead_is_ranked():
    text = "Top 3 models on LiveBench:\n- Orion-4-Raven-14B\n- Nova-instant-v1\n- vega-13b\n"
    assert _kinds(text) == {("rank", "Orion-4-Raven-14B", "livebench", (1, None)),
                            ("rank", "Nova-instant-v1", "livebench", (2, None)), ("rank", "vega-13b", "livebench", (3, None))}


def test_all_versions_of_a_model_in_the_top_ten_are_a_count_of_it():
    got = claims_of("On Chatbot Arena, all three versions of Claude 3 are in the top ten.")
    assert [(k, s, b, v) for k, s, _, _, b, v in got] == [("count", "Claude 3", "chatbot-arena", (3, 10))]


def test_the_second_best_model_after_another_trails_it():
    assert _kinds("On LiveBench, Orion-4-Raven-14B is the second-best LLM after Nova-instant-v1.") == {
        ("rank", "Orion-4-Raven-14B", "livebench", (2, None)),
        ("comparison", "Orion-4-Raven-14B", "livebench", ("trails", ("Nova-instant-v1",)))}


@pytest.mark.parametrize("text, place", [
    ("Vega-7B is the third best performing model on KestrelMath, reaching 63.2%.", 3),
    ("Vega-7B is the second strongest model on KestrelMath, reaching 63.2%.", 2),
    ("Vega-7B is the third-best model on KestrelMath, reaching 63.2%.", 3)])
def test_an_ordinal_before_an_unhyphenated_superlative_is_a_place_on_the_test_after_it(text, place):
    assert _kinds(text) == {("rank", "Vega-7B", "kestrelmath", (place, None)),
                            ("score", "Vega-7B", "kestrelmath", (63.2, "%"))}


def test_the_best_model_by_a_wide_margin_is_still_first():
    assert _kinds("On KestrelMath, Orion-13B is the best performing model by a wide margin, at 68%.") == {
        ("rank", "Orion-13B", "kestrelmath", (1, None)), ("score", "Orion-13B", "kestrelmath", (68.0, "%"))}


def test_the_best_model_by_a_maker_is_no_place():
    assert _kinds("On KestrelMath, Orion-13B is the best model by Acme, at 68%.") == {
        ("score", "Orion-13B", "kestrelmath", (68.0, "%"))}


@pytest.mark.parametrize("text", ["Vega-7B placed 9th overall on Chatbot Arena and between 2nd and 4th in coding.",
                                  "Vega-7B placed 9th overall on Chatbot Arena and anywhere from second to fourth by task."])
def test_a_range_of_places_is_no_place(text):
    assert {k for k in _kinds(text) if k[0] == "rank"} == {("rank", "Vega-7B", "chatbot-arena", (9, None))}


def test_a_move_from_one_place_to_another_is_still_the_place_reached():
    assert _kinds("On Chatbot Arena, Vega-7B climbed from 10th to third.") == {
        ("rank", "Vega-7B", "chatbot-arena", (3, None))}


@pytest.mark.parametrize("joint", [" and ", ", and ", " and also "])
def test_two_comparisons_joined_in_one_sentence_keep_their_own_subjects_and_objects(joint):
    text = f"On KestrelMath, Vega-32B beats Orion-72B{joint}Vega-14B outperforms Orion-57B."
    assert _kinds(text.replace("also Vega-14B outperforms", "Vega-14B also outperforms")) == {
        ("comparison", "Vega-32B", "kestrelmath", ("outperforms", ("Orion-72B",))),
        ("comparison", "Vega-14B", "kestrelmath", ("outperforms", ("Orion-57B",)))}


@pytest.mark.parametrize("text", ["On MMLU, Vega-2-7B improved from 70.3 to 74.2 compared to Vega-1-7B.",
                                  "Compared with Vega-1-7B, Vega-2-7B raises the MMLU score from 70.3 to 74.2."])
def test_a_score_raised_from_one_figure_to_another_against_a_model_gives_both_scores_and_the_comparison(text):
    assert _kinds(text) == {("score", "Vega-2-7B", "mmlu", (74.2, None)), ("score", "Vega-1-7B", "mmlu", (70.3, None)),
                            ("comparison", "Vega-2-7B", "mmlu", ("outperforms", ("Vega-1-7B",)))}


def test_a_score_that_went_up_over_a_time_span_names_no_rival():
    assert _kinds("Vega-2-7B went from 70.3 to 74.2 on MMLU over the past year.") == {
        ("score", "Vega-2-7B", "mmlu", (74.2, None))}


@pytest.mark.parametrize("text, expected", [
    ("Orion-13B reigns supreme on the LMArena leaderboard.", ("rank", "Orion-13B", "chatbot-arena", (1, None))),
    ("Orion-13B is in pole position on the LMArena leaderboard.", ("rank", "Orion-13B", "chatbot-arena", (1, None))),
    ("Orion-13B topped Vega-7B on the LMArena leaderboard.",
     ("comparison", "Orion-13B", "chatbot-arena", ("outperforms", ("Vega-7B",)))),
    ("Orion-13B is no match for Vega-7B on the LMArena leaderboard.",
     ("comparison", "Orion-13B", "chatbot-arena", ("trails", ("Vega-7B",))))])
def test_figures_of_speech_for_first_place_and_for_beating_a_rival(text, expected):
    assert _kinds(text) == {expected}


def test_a_name_that_heads_a_board_right_after_tops_is_the_board_not_a_rival():
    assert _kinds("Orion-13B tops the Acme University LLM ranking.") == {("rank", "Orion-13B", None, (1, None))}


def test_models_named_as_examples_before_the_subject_share_none_of_its_claims():
    text = "On KestrelMath, across 12 models tested, including Orion-13B, Lyra-8B, and Vega-7B, Nova-2 scored highest at 49.9%."
    assert _kinds(text) == {("rank", "Nova-2", "kestrelmath", (1, None)), ("score", "Nova-2", "kestrelmath", (49.9, "%"))}
    listed = "On KestrelMath, Orion-13B, Lyra-8B and Vega-7B each scored 49.9%."  # a list that is the subject
    assert {k[1] for k in _kinds(listed)} == {"Orion-13B", "Lyra-8B", "Vega-7B"}


@pytest.mark.parametrize("noun", ["active-parameter ratio is", "context windows are", "memory footprint is"])
def test_a_comparative_said_of_a_model_s_make_up_is_no_comparison(noun):
    assert _kinds(f"Notably, Orion-13B's {noun} far higher than Vega-7B's on KestrelMath.") == set()


def test_a_comparative_said_of_a_result_is_a_comparison():
    assert _kinds("Orion-13B's accuracy is far higher than Vega-7B's on KestrelMath.") == {
        ("comparison", "Orion-13B", "kestrelmath", ("outperforms", ("Vega-7B",)))}


def test_a_figure_people_or_a_baseline_score_is_no_model_s():
    text = "On KestrelMath, Orion-13B leads at 49.9% accuracy, Vega-7B scores 34.8%, and human annotators score 60.3%."
    assert {k for k in _kinds(text) if k[0] == "score"} == {
        ("score", "Orion-13B", "kestrelmath", (49.9, "%")), ("score", "Vega-7B", "kestrelmath", (34.8, "%"))}
    beaten = "On KestrelMath, Orion-13B beat the human baseline with 80.1%."  # the baseline is the object here
    assert ("score", "Orion-13B", "kestrelmath", (80.1, "%")) in _kinds(beaten)


def test_the_top_n_with_its_names_in_brackets_puts_each_in_the_top_n():
    text = "On LMArena, the top three models (Orion-13B, Lyra-8B, Vega-7B) overlap within their intervals."
    assert _kinds(text) == {("rank", name, "chatbot-arena", (None, 3)) for name in ("Orion-13B", "Lyra-8B", "Vega-7B")}
    short = "On LMArena, the top three models (Orion-13B, Lyra-8B) overlap within their intervals."  # two of three
    assert _kinds(short) == set()


def test_a_model_that_follows_behind_with_no_name_after_trails_the_clause_before():
    text = "On the LMArena leaderboard, Orion-13B shows strong results with 1399, and Acme's Vega-7B follows behind with 1297."
    assert ("comparison", "Vega-7B", "chatbot-arena", ("trails", ("Orion-13B",))) in _kinds(text)
    assert not [k for k in _kinds("Acme is the company behind Orion-13B, which scored 1399 on LMArena.") if k[0] == "comparison"]


def test_the_top_of_a_scale_is_no_score():
    text = "Orion-13B scored 88 on KestrelQA, out of a maximum possible score of 100."
    assert {k for k in _kinds(text) if k[0] == "score"} == {("score", "Orion-13B", "kestrelqa", (88.0, None))}
    perfect = "Orion-13B achieved a perfect score of 100 on KestrelQA."  # a perfect score is a result
    assert ("score", "Orion-13B", "kestrelqa", (100.0, None)) in _kinds(perfect)


def test_the_current_place_phrase_with_a_dated_aside_before_its_holder():
    text = "Current first place on the KestrelQA leaderboard, as of March 2026, is Vega-7B, at 81.8%."
    assert ("rank", "Vega-7B", "kestrelqa", (1, None)) in _kinds(text)


def test_a_maker_s_models_placed_at_the_top_give_none_of_them_first_place():
    text = ("On Chatbot Arena, Vega-7B sits in fifth place. Acme, like Nimbus, has placed several of its models at the "
            "top of the rankings, notably Orion-13B (3rd) and Lyra-8B (4th).")
    assert {k for k in _kinds(text) if k[0] == "rank"} == {
        ("rank", "Vega-7B", "chatbot-arena", (5, None)), ("rank", "Orion-13B", "chatbot-arena", (3, None)),
        ("rank", "Lyra-8B", "chatbot-arena", (4, None))}


LEAD = "New LLM results are out. "  # the article gate wants a word of the domain when no name is listed


def test_a_behind_joined_to_an_earlier_comparison_trails():
    assert _kinds("On LiveBench, Nova-instant-v1 came ahead of vega-13b but behind Orion-4-Raven-14B.") == {
        ("comparison", "Nova-instant-v1", "livebench", ("outperforms", ("vega-13b",))),
        ("comparison", "Nova-instant-v1", "livebench", ("trails", ("Orion-4-Raven-14B",)))}
    got = _kinds(LEAD + "Quill-3.5 scored 65.8% on SciCode, ahead of Tern3-Max's 54.6 and behind Kite-1.5-Pro's 72.5.")
    assert ("comparison", "Quill-3.5", "scicode", ("trails", ("Kite-1.5-Pro",))) in got
    assert ("score", "Kite-1.5-Pro", "scicode", (72.5, None)) in got


def test_behind_as_part_of_a_noun_phrase_after_and_stays_no_comparison():
    assert _kinds(LEAD + "Quill-3.5 beat Tern3-Max on SciCode and the lab behind Kite-1.5-Pro took note.") == {
        ("comparison", "Quill-3.5", "scicode", ("outperforms", ("Tern3-Max",)))}


def test_a_predicate_noun_phrase_stands_for_the_name_it_describes():
    assert _kinds(LEAD + "Wren-72B-Instruct is the first fully open model to outperform Tern3-Max and Quill-3.5 on SciCode.") == {
        ("comparison", "Wren-72B-Instruct", "scicode", ("outperforms", ("Tern3-Max", "Quill-3.5")))}
    assert _kinds(LEAD + "Wren-72B-Instruct became the first open model that beats Tern3-Max on SciCode.") == {
        ("comparison", "Wren-72B-Instruct", "scicode", ("outperforms", ("Tern3-Max",)))}


def test_a_value_after_compared_to_with_for_and_a_name_is_that_name_s():
    assert _kinds(LEAD + "Quill-3.5 posted 25.4% on SciCode, compared to 21.6% for Tern3-Max.") == {
        ("score", "Quill-3.5", "scicode", (25.4, "%")), ("score", "Tern3-Max", "scicode", (21.6, "%")),
        ("comparison", "Quill-3.5", "scicode", ("outperforms", ("Tern3-Max",)))}  # the two set against each other


def test_values_after_compared_with_are_the_objects_in_order():
    assert _kinds(LEAD + "Quill-3.5 beat Tern3-Max and Kite-1.5-Pro on SciCode, scoring 85.0 compared with 79.3 and 79.2.") == {
        ("comparison", "Quill-3.5", "scicode", ("outperforms", ("Tern3-Max", "Kite-1.5-Pro"))),
        ("score", "Quill-3.5", "scicode", (85.0, None)), ("score", "Tern3-Max", "scicode", (79.3, None)),
        ("score", "Kite-1.5-Pro", "scicode", (79.2, None))}
    # as many values as objects, or none are paired
    got = _kinds(LEAD + "Quill-3.5 beat Tern3-Max and Kite-1.5-Pro on SciCode, scoring 85.0 compared with 79.3.")
    assert ("score", "Tern3-Max", "scicode", (79.3, None)) not in got


def test_on_top_of_something_that_is_no_board_ranks_nothing():
    assert _kinds(LEAD + "Quill-3.5 posted 14.9% on SciCode. The gain was built on top of cleaner training data.") == {
        ("score", "Quill-3.5", "scicode", (14.9, "%"))}
    assert _kinds(LEAD + "Quill-3.5 sits on top of the SciCode leaderboard.") == {
        ("rank", "Quill-3.5", "scicode", (1, None))}


def test_a_value_in_brackets_that_says_a_score_again_is_no_second_score():
    got = _kinds(LEAD + "On SciCode, Quill-3.5 averaged 12.5 out of 42 points (~30 percent). Tern3-Max trailed "
                 "the field, at just 1.1 points (~2.6 percent).")
    assert {(s, v) for k, s, b, v in got if k == "score"} == {("Quill-3.5", (12.5, None)), ("Tern3-Max", (1.1, None))}
    # a second figure under another condition is a score of its own
    got = _kinds(LEAD + "On SciCode, Quill-3.5 scored 41.0% (48.5% with more compute).")
    assert {v for k, s, b, v in got if k == "score"} == {(41.0, "%"), (48.5, "%")}


def test_a_benchmark_name_before_level_or_style_names_a_kind_of_test_not_the_benchmark():
    got = _kinds(LEAD + "Quill-3.5 scored 10.1 points, a drop compared to AIME-level problems.")
    assert {b for k, s, b, v in got} == {None}


def test_an_average_on_the_one_benchmark_its_sentence_names_is_that_benchmark_s_not_the_article_board_s():
    text = ("Vega-2-Vision leads on the LMArena Vision Leaderboard. By the OpenCompass Academic Benchmark, "
            "Vega-2-Vision has an average score of 77.8.")
    assert ("score", "Vega-2-Vision", "opencompass", (77.8, None)) in _kinds(text)
    text = "Vega-2-Vision leads on the LMArena leaderboard, with an average score of 77.8 on MMLU, GSM8K and MATH."
    assert ("score", "Vega-2-Vision", "chatbot-arena", (77.8, None)) in _kinds(text)


def test_a_benchmark_in_the_next_clause_is_not_the_score_s():
    got = _kinds(LEAD + "Quill-3.5 led the VeraComp benchmark, a test of browsing, with a 58.4% "
                 "score, and took first place on the Vera-0 research benchmark at 51.9%.")
    assert ("score", "Quill-3.5", "veracomp", (58.4, "%")) in got
    assert ("score", "Quill-3.5", "vera-0", (51.9, "%")) in got


def test_respectively_pairs_only_the_values_of_the_list_it_closes():
    got = _kinds(LEAD + "On SciCode, Quill-3.5 reached 61%, ahead of Tern3-Max yet behind Kite-1.5-Pro and "
                 "Wren-72B-Instruct, which reached 80.1% and 77.4% respectively.")
    assert {(s, v) for k, s, b, v in got if k == "score"} == {
        ("Quill-3.5", (61.0, "%")), ("Kite-1.5-Pro", (80.1, "%")), ("Wren-72B-Instruct", (77.4, "%"))}


def test_a_citation_mark_glued_after_a_value_is_read_as_spaces():
    got = _kinds(LEAD + "On SciCode, models cluster: Quill-3.5 (80.8%), Kite-1.5-Pro (79.6%).[1] Links [2](x) stay.")
    assert {(s, v) for k, s, b, v in got} == {("Quill-3.5", (80.8, "%")), ("Kite-1.5-Pro", (79.6, "%"))}


def test_a_maker_s_possessive_before_a_value_is_its_model_s_score():
    text = ("Vega-3-Max beats DeepSeek-V3.1 in key areas.\n"
            "- Arena-Hard v2: Vega-3-Max posts 80.4, far above DeepSeek's 58.2\n")
    assert ("score", "DeepSeek-V3.1", "arena-hard", (58.2, None)) in _kinds(text)
    # the maker's possessive before a noun stays the maker's claim
    assert ("rank", "DeepSeek", "chatbot-arena", (2, None)) in _kinds(
        "DeepSeek-V3.1 did well. On Chatbot Arena, DeepSeek's reasoning model ranked second.")


def test_a_benchmark_and_its_metric_before_a_colon_label_the_value():
    got = _kinds(LEAD + "Vega-7B-Chat does well in coding (VeraEval Pass@1: 70.12) and mathematics (GSM8K 0-shot: 81.5).")
    assert got == {("score", "Vega-7B-Chat", "veraeval", (70.12, None)), ("score", "Vega-7B-Chat", "gsm8k", (81.5, None))}


def test_a_named_exam_after_a_value_and_on_the_is_a_benchmark():
    got = _kinds(LEAD + "Vega-7B-Chat shows its range with a score of 58 on the Vera National High School Exam.")
    assert got == {("score", "Vega-7B-Chat", "vera-national-high-school-exam", (58.0, None))}


def test_a_place_taken_by_a_model_is_its_rank():
    got = _kinds("The Chatbot Arena leaderboard moved. The fourth spot was claimed by Ruritania's Acme's Vega-2-70B (1268).")
    assert ("rank", "Vega-2-70B", "chatbot-arena", (4, None)) in got


def test_a_place_following_a_model_trails_it_and_first_among_named_members_is_ahead_of_each():
    got = _kinds("On LiveBench, Quill-3.5 sits in second place (following Kite-1.5-Pro).")
    assert ("comparison", "Quill-3.5", "livebench", ("trails", ("Kite-1.5-Pro",))) in got
    got = _kinds("On LiveBench, Quill-3.5 ranked first among open models (such as Tern3-Max and Wren-72B-Instruct).")
    assert ("comparison", "Quill-3.5", "livebench", ("outperforms", ("Tern3-Max", "Wren-72B-Instruct"))) in got
    # first among a group with no members named compares with no one
    assert not [c for c in _kinds("On LiveBench, Quill-3.5 ranked first among open models.") if c[0] == "comparison"]


def test_the_leading_model_with_three_words_of_scope_and_to_date_is_first():
    got = _kinds(LEAD + "Vega-2 is the leading fully transparent chat model to date.")
    assert {(k, s, v) for k, s, b, v in got} == {("rank", "Vega-2", (1, None))}


def test_a_value_after_more_than_and_of_a_model_is_that_model_s():
    got = _kinds("Vega-2 holds an Elo rating of 1288 on Chatbot Arena, a little more than 1281 of Kite-1.5-Pro.")
    assert ("score", "Kite-1.5-Pro", "chatbot-arena", (1281.0, "elo")) in got
    # 'more than' with no model after is a bound, no score
    assert not [c for c in _kinds("Vega-2 gained more than 1281 votes on Chatbot Arena.") if c[0] == "score"]


def test_a_rank_here_is_on_the_benchmark_just_named_and_a_threshold_is_no_score():
    got = _kinds(LEAD + "VeraVal-AA tests office work. Quill-3.5 leads here with an Elo of 1390.")
    assert ("rank", "Quill-3.5", "veraval-aa", (1, None)) in got
    got = _kinds(LEAD + "Quill-3.5 reached 81.0% on SciCode, short of the 90% threshold set for experts.")
    assert {v for k, s, b, v in got} == {(81.0, "%")}


def test_an_ordinal_after_the_with_its_place_noun_left_out_ranks_after_a_placing_verb():
    got = _kinds(LEAD + "In the overall table, Quill-3.5 is placed at the 2nd place and Kite-1.5-Pro is ranked at the 5th.")
    assert {(s, v) for k, s, b, v in got} == {("Quill-3.5", (2, None)), ("Kite-1.5-Pro", (5, None))}
    assert not [c for c in _kinds(LEAD + "Quill-3.5 beat the 6th, Kite-1.5-Pro.") if c[0] == "rank"]


def test_a_model_named_as_the_leader_is_first():
    got = _kinds("On the Chatbot Arena, Vega-2 passed the current leader, Kite-1.5-Pro, by two points.")
    assert ("rank", "Kite-1.5-Pro", "chatbot-arena", (1, None)) in got
    assert not [c for c in _kinds("On the Chatbot Arena, Vega-2 is a leader Kite-1.5-Pro admires.") if c[0] == "rank"]


def test_wins_against_outperforms_and_loses_to_trails():
    assert _kinds(LEAD + "On SciCode, Quill-3.5 wins against Tern3-Max.") == {
        ("comparison", "Quill-3.5", "scicode", ("outperforms", ("Tern3-Max",)))}
    assert _kinds(LEAD + "Quill-3.5 beats Tern3-Max on SciCode but loses to it on GPQA.") == {
        ("comparison", "Quill-3.5", "scicode", ("outperforms", ("Tern3-Max",))),
        ("comparison", "Quill-3.5", "gpqa", ("trails", ("Tern3-Max",)))}


def test_an_ordinal_after_a_is_one_more_not_a_place_unless_a_place_noun_follows():
    assert not [c for c in _kinds("On the Chatbot Arena, the launch of Vega-2 put a third flagship next to Kite-1.5-Pro.")
                if c[0] == "rank"]
    assert ("rank", "Vega-2", "chatbot-arena", (2, None)) in _kinds("On the Chatbot Arena, Vega-2 took a second place finish.")


def test_a_name_then_words_saying_what_it_tests_then_benchmark_is_a_benchmark():
    got = _kinds(LEAD + "Quill-3.5 leads the VeraAtlas tool-calling benchmark.")
    assert got == {("rank", "Quill-3.5", "veraatlas", (1, None))}


def test_a_title_case_heading_ending_in_leaderboard_after_not_names_no_board():
    got = _kinds("Pick by Task, Not Leaderboard\n\nOn SciCode, Quill-3.5 ranks first.")
    assert {b for k, s, b, v in got} == {"scicode"}


def test_a_headline_that_states_a_claim_names_no_benchmark_for_the_section_below():
    text = "LLM news.\n\n## Lags Behind Last-Gen Rivals\n\nHuman raters preferred Quill-3.5, which beat Tern3-Max."
    assert {b for k, s, b, v in _kinds(text)} == {None}


def test_a_close_second_to_a_model_trails_it():
    got = _kinds("On SuperCLUE, Quill-3.5 is a close second to Kite-1.5-Pro.")
    assert got == {("rank", "Quill-3.5", "superclue", (2, None)),
                   ("comparison", "Quill-3.5", "superclue", ("trails", ("Kite-1.5-Pro",)))}


def test_values_then_benchmarks_respectively_pair_in_order():
    got = _kinds(LEAD + "Quill-3.5 scored 61.7% and 48.2% on SciCode and GPQA, respectively.")
    assert got == {("score", "Quill-3.5", "scicode", (61.7, "%")), ("score", "Quill-3.5", "gpqa", (48.2, "%"))}


def test_a_run_of_values_compared_with_for_a_name_is_that_name_s_on_each_benchmark_in_order():
    got = _kinds(LEAD + "Quill-3.5 posts 33.1% on SciCode and 57.0% on GPQA, compared with 30.4% and 59.9% for Tern3-Max.")
    assert got == {("score", "Quill-3.5", "scicode", (33.1, "%")), ("score", "Quill-3.5", "gpqa", (57.0, "%")),
                   ("score", "Tern3-Max", "scicode", (30.4, "%")), ("score", "Tern3-Max", "gpqa", (59.9, "%"))}


def test_behind_after_a_comma_compares_when_the_clause_gave_a_rank():
    got = _kinds("Quill-3.5 holds No. 4 on the SuperCLUE general board, behind Kite-1.5-Pro and Tern3-Max.")
    assert got == {("rank", "Quill-3.5", "superclue", (4, None)),
                   ("comparison", "Quill-3.5", "superclue", ("trails", ("Kite-1.5-Pro", "Tern3-Max")))}
    # no rank before it: 'behind' after a comma is no place
    assert _kinds(LEAD + "Quill-3.5 scored 33.1% on SciCode, behind the scenes of Tern3-Max.") == {
        ("score", "Quill-3.5", "scicode", (33.1, "%"))}


def test_the_top_model_then_a_qualifier_then_is_names_the_leader():
    for text in ("The top open-source model on SuperCLUE is Quill-3.5.",
                 "The highest-ranked open model, according to the SuperCLUE list, is Quill-3.5.",
                 "In second place on the SuperCLUE board is Quill-3.5."):
        got = _kinds(text)
        assert {(k, s, b) for k, s, b, v in got} == {("rank", "Quill-3.5", "superclue")}, text
    # a model named between the phrase and the verb is no aside: the rank is not handed on past it
    assert not _kinds("The top model, Tern3-Max aside, is Quill-3.5 on SuperCLUE.") - {
        ("rank", "Tern3-Max", "superclue", (1, None))}


def test_the_first_value_of_a_versus_pair_takes_the_benchmark_after_the_pair():
    got = _kinds(LEAD + "Quill-3.5 beats Tern3-Max here: 61.0% vs. 55.2% on SciCode, 40.3% vs. 38.8% on GPQA.")
    assert {(s, b, v) for k, s, b, v in got if k == "score"} == {
        ("Quill-3.5", "scicode", (61.0, "%")), ("Tern3-Max", "scicode", (55.2, "%")),
        ("Quill-3.5", "gpqa", (40.3, "%")), ("Tern3-Max", "gpqa", (38.8, "%"))}


def test_values_after_at_in_a_clause_with_a_score_verb_are_scores():
    got = _kinds(LEAD + "Quill-3.5 and Tern3-Max score higher on SciCode at 71.2 and 70.8, respectively.")
    assert got == {("score", "Quill-3.5", "scicode", (71.2, None)), ("score", "Tern3-Max", "scicode", (70.8, None))}
    assert _kinds(LEAD + "Quill-3.5 was released on SciCode day at 9 in the morning.") == set()


def test_a_benchmark_after_its_host_s_possessive_is_named():
    got = _kinds(LEAD + "On Acme's VeraChallenge, Quill-3.5 scored 38.3%.")
    assert got == {("score", "Quill-3.5", "verachallenge", (38.3, "%"))}


def test_an_improvement_over_a_model_outperforms_it():
    got = _kinds(LEAD + "Quill-3.5 scores 54.6% on SciCode, an improvement of 21.4% over Tern3-Max and 26.6% over Kite-1.5-Pro.")
    assert got == {("score", "Quill-3.5", "scicode", (54.6, "%")),
                   ("comparison", "Quill-3.5", "scicode", ("outperforms", ("Tern3-Max",))),
                   ("comparison", "Quill-3.5", "scicode", ("outperforms", ("Kite-1.5-Pro",)))}


@pytest.mark.parametrize("opener", ["For example, on", "However, on", "In particular, on"])
def test_a_discourse_marker_before_an_opening_on_phrase_keeps_its_benchmark_the_sentence_s(opener):
    text = f"Quill-3.5 tops SuperCLUE. {opener} SciCode, Quill-3.5 scored 54%, above Tern3-Max but below Kite-1.5-Pro."
    got = _kinds(text)
    assert ("comparison", "Quill-3.5", "scicode", ("trails", ("Kite-1.5-Pro",))) in got
    assert ("comparison", "Quill-3.5", "scicode", ("outperforms", ("Tern3-Max",))) in got


def test_an_ordinal_in_brackets_after_a_name_is_its_place():
    got = _kinds("On SuperCLUE, Acme placed several models high, notably Quill-3.5 (3rd), Tern3-Max (4th) and Kite-1.5-Pro (9th).")
    assert {(s, v) for k, s, b, v in got if k == "rank"} == {
        ("Quill-3.5", (3, None)), ("Tern3-Max", (4, None)), ("Kite-1.5-Pro", (9, None))}


def test_which_after_an_aside_with_a_maker_s_possessive_refers_to_the_name_before_the_aside():
    got = _kinds("On SuperCLUE, the newcomer is Quill-3.5, Acme's latest release, which jumps to second place.")
    assert got == {("rank", "Quill-3.5", "superclue", (2, None))}


def test_tied_with_a_model_for_a_place_gives_both_the_place():
    got = _kinds("On SuperCLUE, Quill-3.5 tied with Tern3-Max for third.")
    assert {(s, v) for k, s, b, v in got if k == "rank"} == {("Quill-3.5", (3, None)), ("Tern3-Max", (3, None))}


def test_a_pronoun_tied_with_a_model_for_a_place_shares_it_and_the_score_after_is_the_subject_s():
    got = _kinds("On SuperCLUE, Quill-3.5 ranked fifth overall. In the coding category, it tied with Acme's "
                 "Tern3-Max for first place, with a score of 81.4.")
    assert got == {("rank", "Quill-3.5", "superclue", (5, None)), ("rank", "Quill-3.5", "superclue", (1, None)),
                   ("rank", "Tern3-Max", "superclue", (1, None)), ("score", "Quill-3.5", "superclue", (81.4, None))}


def test_a_letter_and_version_after_a_maker_s_possessive_is_that_maker_s_model():
    got = _kinds(LEAD + "Quill-3.5 has overtaken DeepSeek's R7 on SciCode.")
    assert got == {("comparison", "Quill-3.5", "scicode", ("outperforms", ("R7",)))}
    # a quarter is no model
    assert _kinds(LEAD + "DeepSeek's Q3 sales rose while Quill-3.5 scored 61% on SciCode.") == {
        ("score", "Quill-3.5", "scicode", (61.0, "%"))}


@pytest.mark.parametrize("phrase", ["the world's best open model", "the top-ranked open-source model",
                                    "the leading fully open-source chat model"])
def test_the_best_model_phrase_with_a_possessive_or_hyphenated_scope_ranks_first(phrase):
    assert _kinds(f"Quill-3.5 became {phrase} on SuperCLUE.") == {("rank", "Quill-3.5", "superclue", (1, None))}


def test_a_superlative_hyphenated_to_another_word_is_no_first_place():
    assert _kinds("On SuperCLUE, Quill-3.5 is the best-placed model that was not tuned for it.") == set()


def test_a_maker_stated_for_a_name_of_no_family_is_not_handed_to_other_such_names():
    got = claims_of(LEAD + "Quill-3.5 has overtaken DeepSeek's R7 on SciCode.")
    assert [(kind, subject, vendor) for kind, subject, _, vendor, _, _ in got] == [("comparison", "Quill-3.5", None)]


def test_an_unlisted_suite_named_with_a_ranking_word_is_the_article_s_board():
    text = LEAD + ("Quill-3.5 and Tern3-Max rank top among open models, a new assessment shows. The VeraBench "
                   "assessment report examined 14 models and found Kite-1.5-Pro came out on top overall.")
    assert {b for k, s, b, v in _kinds(text) if k == "rank"} == {"verabench"}
    # a listed benchmark with a ranking word stays a benchmark: the article has no board
    text = "Quill-3.5 came out on top. Its Codeforces ranking is high, and it scored 61% on SciCode."
    assert ("rank", "Quill-3.5", None, (1, None)) in _kinds(text)


def test_a_line_label_that_describes_a_change_names_no_benchmark():
    text = LEAD + "\n\n- Reduced Errors: 37.1% error rate compared to Tern3-Max (61.8%) for Quill-3.5\n"
    assert all(b is None for k, s, b, v in _kinds(text))
    text = LEAD + "\n\n- VeraQA: 37.1% compared to Tern3-Max (61.8%) for Quill-3.5\n"
    assert {b for k, s, b, v in _kinds(text)} == {"veraqa"}


def test_a_line_label_that_says_whose_results_follow_names_no_benchmark():
    text = LEAD + "Quill-3.5 was tested widely.\n\n## VeraBrowse\n\nQuill-3.5's Performance: 74.9% vs. 60% for Tern3-Max\n"
    assert _kinds(text) == {("score", "Quill-3.5", "verabrowse", (74.9, "%")),
                            ("score", "Tern3-Max", "verabrowse", (60.0, "%")),
                            ("comparison", "Quill-3.5", "verabrowse", ("outperforms", ("Tern3-Max",)))}


def test_a_value_after_with_is_the_clause_subject_s_not_the_verb_s_object():
    assert _kinds(LEAD + "Quill-3.5 matched Tern3-Max on MMLU with 88.6%.") == {
        ("score", "Quill-3.5", "mmlu", (88.6, "%"))}


def test_an_attempt_to_lead_is_no_lead_but_a_hedge_word_inside_a_compound_hedges_nothing():
    assert _kinds("Quill-3.5 climbed the SuperCLUE board in an attempt to take the top spot.") == set()
    got = _kinds(LEAD + "Quill-3.5 led the VeraBrowse benchmark, which measures information-seeking skill, with 60.2%.")
    assert ("score", "Quill-3.5", "verabrowse", (60.2, "%")) in got


def test_which_after_a_score_phrase_refers_to_the_model_holding_the_score():
    got = _kinds("Acme says Quill-3.5 has an Arena score of 1417, which beats Tern3-Max and rests a tad behind Kite-1.5-Pro.")
    assert ("comparison", "Quill-3.5", "chatbot-arena", ("outperforms", ("Tern3-Max",))) in got
    assert ("comparison", "Quill-3.5", "chatbot-arena", ("trails", ("Kite-1.5-Pro",))) in got


def test_a_bold_label_ending_in_ing_opens_no_participle_phrase():
    text = LEAD + "\n\n- **Coding Skills:** Quill-3.5 achieves 73.8 on MBPP, while Tern3-Max scores 45.8 on HumanEval.\n"
    assert _kinds(text) == {("score", "Quill-3.5", "mbpp", (73.8, None)), ("score", "Tern3-Max", "humaneval", (45.8, None))}


def test_a_board_named_only_as_one_score_s_benchmark_is_not_the_article_s_board():
    text = ("Quill-3.5 outperforms Tern3-Max and Kite-1.5-Pro across the board.\n\n"
            "- Maths: Quill-3.5 posts 83.0 on GSM8K and 51.0 on BBH.\n- Tool use: Quill-3.5 posts 86.3 on BFCL.\n")
    got = _kinds(text)
    assert ("comparison", "Quill-3.5", None, ("outperforms", ("Tern3-Max", "Kite-1.5-Pro"))) in got
    assert ("score", "Quill-3.5", "bfcl", (86.3, None)) in got


def test_a_maker_s_possessive_before_a_name_shaped_like_an_id_gives_the_name_not_the_maker():
    got = _kinds(LEAD + "Quill-3.5 finished narrowly ahead of Google's Vera-PaLM 2 on SciCode.")
    assert ("comparison", "Quill-3.5", "scicode", ("outperforms", ("Vera-PaLM 2",))) in got
    # title-case words after a possessive are no name
    assert not any(s == "Record-Breaking" for k, s, b, v in _kinds(
        LEAD + "Google's Record-Breaking Scores: Quill-3.5 scored 1344 on the Chatbot Arena."))


def test_a_listed_board_stays_the_article_s_board_beside_an_unlisted_one_named_with_a_ranking_word():
    text = ("On the Open LLM Leaderboard, Quill-3.5 ranks first among open models. We compared it with the Vera "
            "Arabic leaderboard, where the model ranks third.")
    got = _kinds(text)
    assert ("rank", "Quill-3.5", "open-llm-leaderboard", (1, None)) in got


def test_a_model_described_in_apposition_then_that_holds_the_score_and_a_maker_s_baseline_is_the_other_s():
    text = LEAD + ("Acme released Quill-3.5, an open-source reasoning model that scored 44.9% on GPQA, surpassing "
                   "Tern3-Max's baseline of 41.7%. The model also achieved 60.2% on MMLU, exceeding the human "
                   "baseline of 29.2%.")
    got = {(s, b, v) for k, s, b, v in _kinds(text) if k == "score"}
    assert got == {("Quill-3.5", "gpqa", (44.9, "%")), ("Tern3-Max", "gpqa", (41.7, "%")),
                   ("Quill-3.5", "mmlu", (60.2, "%"))}


def test_a_comparison_in_a_sentence_of_scores_on_a_carried_benchmark_holds_on_that_benchmark():
    text = ("Quill-3.5 now ranks fourth on the Chatbot Arena. On SciCode, the picture was mixed. Quill-3.5 posted 76.1, "
            "edging Tern3-Max's 75.9 but falling short of Kite-1.5-Pro's 78.0.")
    got = _kinds(text)
    assert ("comparison", "Quill-3.5", "scicode", ("trails", ("Kite-1.5-Pro",))) in got
    assert ("score", "Kite-1.5-Pro", "scicode", (78.0, None)) in got


def test_the_first_value_of_a_versus_pair_in_brackets_after_a_benchmark_is_the_subject_s():
    text = LEAD + "Quill-3.5 is out. It also beat its rival on MMLU (62.2 versus 60.5) and GSM8K (38.7 versus 37.6)."
    assert _kinds(text) == {("score", "Quill-3.5", "mmlu", (62.2, None)), ("score", "Quill-3.5", "gsm8k", (38.7, None))}


def test_popular_before_a_test_noun_keeps_a_sentence_on_topic():
    assert _kinds(LEAD + "Quill-3.5 outperforms Tern3-Max on a range of popular benchmarks.") == {
        ("comparison", "Quill-3.5", None, ("outperforms", ("Tern3-Max",)))}
    assert _kinds(LEAD + "Quill-3.5 is more popular than Tern3-Max with developers, ranking first in downloads.") == set()


def test_a_weak_name_in_brackets_after_each_value_is_that_value_s_model():
    text = LEAD + "\n\n- VeraQA: 84.0% (Tern 2.5 Pro), 83.3% (Kite-2)\n- GSM8K: 18.8% (Tern 2.5 Pro)\n"
    assert {(s, b, v) for k, s, _, _, b, v in claims_of(text)} == {
        ("Tern 2.5 Pro", "veraqa", (84.0, "%")), ("Kite-2", "veraqa", (83.3, "%")), ("Tern 2.5 Pro", "gsm8k", (18.8, "%"))}


def test_a_ranked_line_with_the_model_s_maker_in_brackets_after_it_keeps_the_article_s_board():
    """Regression: '(Tern)', the family word of the line's own model, read as another model, made the
    line's label a benchmark."""
    text = "Chatbot Arena top ten:\n\n4. Tern-R1 — 1362 (Tern)\n5. Tern-V3 — 1318 (Tern)\n"
    assert {(k, s, b, v) for k, s, _, _, b, v in claims_of(text)} == {
        ("rank", "Tern-R1", "chatbot-arena", (4, None)), ("score", "Tern-R1", "chatbot-arena", (1362.0, "elo")),
        ("rank", "Tern-V3", "chatbot-arena", (5, None)), ("score", "Tern-V3", "chatbot-arena", (1318.0, "elo"))}


def _subject_vendors(text: str) -> set[tuple]:
    return {(c.subject.text, c.subject.vendor, c.subject.vendor_source)
            for c in extract_claims(Article(id="t", text=text, source="t"))}


@pytest.mark.parametrize("text, name, vendor", [
    ("Northwind AI Launches Tern-32B\n\nTern-32B ranked first on the Open LLM Leaderboard.", "Tern-32B", "Northwind AI"),
    (LEAD + "Tern-2, developed by Hangzhou Yunshu Technology, ranked ninth on OpenCompass.", "Tern-2",
     "Hangzhou Yunshu Technology"),
    (LEAD + "**Tern-9B** is a small model from [Kairos Labs](https://example.org), built for phones. "
     "Tern-9B ranked third on LMArena.", "Tern-9B", "Kairos Labs"),
    (LEAD + "xAI Tern 4 ranked second on LMArena.", "Tern 4", "xAI"),
])
def test_a_maker_stated_around_a_name_no_list_knows_is_its_vendor(text, name, vendor):
    assert (name, vendor, "text") in _subject_vendors(text)


def test_a_maker_stated_for_one_name_is_the_maker_of_the_names_that_start_with_the_same_word():
    text = LEAD + "Zenith AI's Tern-72B ranked first on the Open LLM Leaderboard. Tern1.5-110B ranked third. " \
                  "Kite-2 ranked fifth."
    assert _subject_vendors(text) == {("Tern-72B", "Zenith AI", "text"), ("Tern1.5-110B", "Zenith AI", "text"),
                                      ("Kite-2", None, None)}


def test_a_maker_launching_a_model_is_named_in_full_not_by_its_short_form_in_brackets():
    text = "The Technology Innovation Institute (TII) has released Tern 180B, a new LLM. Tern 180B ranked first on LMArena."
    assert ("Tern 180B", "Technology Innovation Institute", "text") in _subject_vendors(text)


def test_a_weak_name_right_after_a_relation_cue_is_the_object_and_holds_its_own_score():
    text = LEAD + "Kite-3 toppled the previous arena leader Tern 2.0 Flash, which held a score of 1385 on LMArena."
    assert {(k, s, v) for k, s, _, _, _, v in claims_of(text)} >= {
        ("comparison", "Kite-3", ("outperforms", ("Tern 2.0 Flash",))), ("score", "Tern 2.0 Flash", (1385.0, "elo"))}


def test_a_run_of_names_each_with_its_value_gives_each_name_its_score():
    text = LEAD + "On VeraBench, the leaders now: Kite-3 62.8 (October 2025), Tern 2.5 Pro 57.1, Quill-7B 66.3 and Vega-2 73."
    assert {(s, b, v) for k, s, _, _, b, v in claims_of(text) if k == "score"} == {
        ("Kite-3", "verabench", (62.8, None)), ("Tern 2.5 Pro", "verabench", (57.1, None)),
        ("Quill-7B", "verabench", (66.3, None)), ("Vega-2", "verabench", (73.0, None))}


def test_a_run_of_values_confirms_weak_names_one_after_another():
    text = LEAD + "On VeraBench: Kite-3 62.8, Tern 2.5 Pro 57.1, Quill 3 Max 51.2 and Lark 2 40.1."
    assert {(s, v) for k, s, _, _, b, v in claims_of(text) if k == "score"} == {
        ("Kite-3", (62.8, None)), ("Tern 2.5 Pro", (57.1, None)), ("Quill 3 Max", (51.2, None)), ("Lark 2", (40.1, None))}


def test_two_names_with_numbers_after_them_are_no_run_of_scores():
    assert [k for k, *_ in claims_of(LEAD + "Acme shipped Kite-3 12 days ago and Quill-7B 3 weeks later on VeraBench.")] == []


def test_a_chart_line_of_names_and_values_set_apart_by_dots_gives_each_name_its_score():
    text = ("VeraIndex\n\nKite-3 73 · Tern 2.5 Pro 70 · Tern 2.5 Flash (Reasoning) 65 · Lark R1 0528 63 · "
            "Quill 4 Opus (Thinking) 61\n")
    assert {(s, b, v) for k, s, _, _, b, v in claims_of(text) if k == "score"} == {
        ("Kite-3", "veraindex", (73.0, None)), ("Tern 2.5 Pro", "veraindex", (70.0, None)),
        ("Tern 2.5 Flash (Reasoning)", "veraindex", (65.0, None)), ("Lark R1 0528", "veraindex", (63.0, None)),
        ("Quill 4 Opus (Thinking)", "veraindex", (61.0, None))}


def test_a_negation_in_a_clause_set_off_before_the_name_does_not_void_the_claim():
    text = LEAD + "Among models that do not use extended thinking, Kite-2 leads on MMLU with 49, narrowly ahead of Lark-3."
    assert {(k, s, b) for k, s, _, _, b, _ in claims_of(text)} == {
        ("rank", "Kite-2", "mmlu"), ("score", "Kite-2", "mmlu"), ("comparison", "Kite-2", "mmlu")}
    assert claims_of(LEAD + "Kite-2 does not lead on MMLU.") == []


def test_a_perfect_tense_beaten_is_an_outperforms():
    assert claims_of(LEAD + "Kite-3 has now beaten Lark-2 on MMLU.") == [
        ("comparison", "Kite-3", "model", None, "mmlu", ("outperforms", ("Lark-2",)))]


def test_a_participle_clause_far_from_its_cue_still_takes_the_main_subject():
    got = claims_of(LEAD + "Kite-3 matched Lark-2, finishing second on the MMLU leaderboard right behind Tern-4.")
    assert sorted((k, s, v) for k, s, _, _, _, v in got) == [
        ("comparison", "Kite-3", ("trails", ("Tern-4",))), ("rank", "Kite-3", (2, None))]


def test_a_popular_board_is_no_popularity_ranking():
    assert [(k, s, v) for k, s, _, _, _, v in claims_of(LEAD + "Kite-3 ranked second on a popular coding leaderboard.")] == [
        ("rank", "Kite-3", (2, None))]
    assert claims_of(LEAD + "Kite-3 is the second most popular model on the leaderboard.") == []


def test_a_maker_in_an_aside_after_an_object_is_no_object():
    got = claims_of(LEAD + "Kite-3 placed second, narrowly behind Tern-4, Zenith AI's flagship system.")
    assert ("comparison", "Kite-3", ("trails", ("Tern-4",))) in [(k, s, v) for k, s, _, _, _, v in got]


def test_coming_out_on_top_of_a_two_way_contest_beats_the_rival_and_ranks_nowhere():
    assert claims_of(LEAD + "In our side-by-side trial of Kite-3 vs Lark-2, Kite-3 came out on top.") == [
        ("comparison", "Kite-3", "model", None, None, ("outperforms", ("Lark-2",)))]
    assert [k for k, *_ in claims_of(LEAD + "Kite-3 came out on top of the MMLU leaderboard.")] == ["rank"]


def test_two_counts_in_one_sentence_each_count_the_family_named_before_it():
    got = claims_of("Qwen has three of the top four slots, and Meta's Llama family takes three of the top ten "
                    "on MMLU.")
    assert sorted((s, v) for k, s, _, _, _, v in got if k == "count") == [("Llama", (3, 10)), ("Qwen", (3, 4))]


def test_a_superscript_note_mark_before_a_name_is_no_list_number():
    text = "On the leaderboard, GPT-4o ranked first, then \u00b9Llama 3 70B and \u00b2Qwen2-72B with 61.2% on MMLU."
    assert ("rank", "GPT-4o", 1) in [(k, s, v[0]) for k, s, _, _, _, v in claims_of(text)]


def test_a_headline_claim_under_a_shortened_name_is_the_body_claim_once():
    text = ("Kite-Exp Passes Lark-2 On Chatbot Arena\n\n"
            "LLM news: Zenith AI's Kite-Exp-0917 model has overtaken Lark-2 on the Chatbot Arena.")
    assert [(k, s, v) for k, s, _, _, _, v in claims_of(text)] == [
        ("comparison", "Kite-Exp-0917", ("outperforms", ("Lark-2",)))]


def test_a_value_after_a_name_in_brackets_is_that_names():
    text = ("On VeraBench, Kite-3 leads at 61.0, with Tern-2 at 58.3, Lark-2 at 44.9, "
            "and the best open model (Quill-7B) at 47.2.")
    assert {(s, v) for k, s, _, _, _, v in claims_of(LEAD + text) if k == "score"} == {
        ("Kite-3", (61.0, None)), ("Tern-2", (58.3, None)), ("Lark-2", (44.9, None)), ("Quill-7B", (47.2, None))}


def test_a_score_on_a_listed_benchmark_right_after_a_weak_name_confirms_it():
    assert claims_of(LEAD + "Kite 2 scored 70% on MMLU.") == [("score", "Kite 2", "model", None, "mmlu", (70.0, "%"))]
    assert claims_of(LEAD + "Windows 11 scored 70% on the new VeraBench.") == []


def test_a_common_word_family_with_a_variant_and_a_version_names_a_model():
    assert [c[1] for c in claims_of("Upstage's Solar Pro 2 scored 70 points on MMLU.")] == ["Solar Pro 2"]
    assert claims_of("Solar Pro panels scored 70 points on MMLU.") == []


@pytest.mark.parametrize("verb", ["notched", "snagged", "is in"])
def test_more_verbs_take_the_top_spot_only_with_a_place_noun(verb):
    assert claims_of(LEAD + f"Kite-3 {verb} the top spot on HLE.") == [("rank", "Kite-3", "model", None, "hle", (1, None))]
    assert claims_of(LEAD + "Kite-3 achieved top marks on HLE, says Acme.") == []


def test_a_softener_between_score_of_and_the_value_keeps_the_score():
    assert ("score", "Kite-3", (8.3, "%")) in [(k, s, v) for k, s, _, _, _, v in claims_of(
        LEAD + "Kite-3 leads HLE with a score of just 8.3%.")]


def test_failing_to_reach_a_value_is_no_score():
    assert claims_of(LEAD + "Kite-3 reached 77.2% on MMLU, days after failing to reach 50% on HLE.") == [
        ("score", "Kite-3", "model", None, "mmlu", (77.2, "%"))]


def test_a_headline_model_that_beats_a_rival_is_no_claim_of_the_name_before_it():
    assert claims_of("Zenith AI Takes On OpenAI With Home-Grown Model That Beats GPT-5 Mini on MMLU\n\nLLM news.") == []
    assert [(k, s) for k, s, *_ in claims_of(LEAD + "Kite-3 is the only open model that beats Lark-2 on MMLU.")] == [
        ("comparison", "Kite-3")]
    assert [(k, s) for k, s, *_ in claims_of("Meta has released a new model that it says outperforms GPT-4o on MMLU.")] == [
        ("comparison", "Meta")]


def test_a_maker_with_its_model_in_brackets_is_the_model():
    got = claims_of(LEAD + "Kite-3 reached 1401 Elo, which places it above OpenAI (GPT-4o) and a bit below Lark-2 "
                           "on the Chatbot Arena.")
    assert sorted((s, v) for k, s, _, _, _, v in got if k == "comparison") == [
        ("Kite-3", ("outperforms", ("GPT-4o",))), ("Kite-3", ("trails", ("Lark-2",)))]


def test_an_unnamed_group_of_rivals_ends_the_objects():
    assert claims_of(LEAD + "Kite-3 sits below rivals after Meta rule changes on the Chatbot Arena.") == []
    assert [v for k, s, _, _, _, v in claims_of(LEAD + "Kite-3 beat the strongest models Lark-2 and Tern-4 on MMLU.")] == [
        ("outperforms", ("Lark-2", "Tern-4"))]


@pytest.mark.parametrize("group", ["the competition", "the field", "the pack"])
def test_lagging_behind_an_unnamed_group_trails_no_model(group):
    text = LEAD + f"Lark-2 and Tern-4 lead the Chatbot Arena. Kite-3 has often lagged behind {group}."
    assert [c for c in claims_of(text) if c[0] == "comparison"] == []


def test_a_makers_results_as_object_are_its_model_named_before():
    text = LEAD + ("On MATH, Kite-3 posts 91.2%, level with OpenAI's o1-1217 model. On AIME, the model scored 71.0%, "
                   "beating OpenAI's results.")
    assert ("comparison", "Kite-3", "aime", ("outperforms", ("o1-1217",))) in [
        (k, s, b, v) for k, s, _, _, b, v in claims_of(text)]


def test_a_makers_possessive_in_an_aside_on_the_object_adds_no_object():
    text = LEAD + "Kite-3 outperformed GPT-4-0613, the version of OpenAI's model released in June 2023, on MMLU."
    assert [v for k, s, _, _, _, v in claims_of(text) if k == "comparison"] == [("outperforms", ("GPT-4-0613",))]


def test_a_variant_word_standing_alone_takes_the_common_part_of_its_siblings_names():
    got = claims_of("Claude 3's Opus ranks #2 on the Chatbot Arena, and Haiku ranks #9.")
    assert [(s, v) for k, s, _, _, _, v in got] == [("Claude 3 Opus", (2, None)), ("Claude 3 Haiku", (9, None))]
    assert claims_of("The Haiku ranks #7 on the list of poems, says the Chatbot Arena of verse.") == []


def test_an_aside_after_an_object_is_read_past_and_a_value_after_it_is_the_objects():
    text = LEAD + ("Kite-3 has an Elo rating of 1253, just ahead of Lark-2-preview, the \u201cLark Turbo\u201d model "
                   "Acme released in November, at 1251, on the Chatbot Arena.")
    assert sorted((k, s, v) for k, s, _, _, _, v in claims_of(text)) == [
        ("comparison", "Kite-3", ("outperforms", ("Lark-2-preview",))),
        ("score", "Kite-3", (1253.0, "elo")), ("score", "Lark-2-preview", (1251.0, "elo"))]


def test_a_value_up_from_another_models_is_that_models_score():
    assert sorted((s, v) for k, s, _, _, _, v in claims_of(LEAD + "Kite-3 scored 92.0% on MMLU, up from 86.8% for Lark-2.")
                  if k == "score") == [("Kite-3", (92.0, "%")), ("Lark-2", (86.8, "%"))]
    assert [s for k, s, *_ in claims_of(LEAD + "Kite-3 scored 92.0% on MMLU, up from 86.8% a year ago.")] == ["Kite-3"]


def test_tied_for_the_top_position_is_a_share_of_first_place():
    assert claims_of(LEAD + "Kite-3 tied for the top overall position on MMLU.") == [
        ("rank", "Kite-3", "model", None, "mmlu", (1, None))]


def test_words_describing_a_maker_do_not_end_a_list_of_subjects():
    got = claims_of(LEAD + "Zenith AI's Kite-3 and newcomer Acme AI's Lark-2 are the best-performing models on MMLU.")
    assert [(k, s, v) for k, s, _, _, _, v in got] == [("rank", "Kite-3", (1, None)), ("rank", "Lark-2", (1, None))]


def test_a_name_in_brackets_after_an_unnamed_model_noun_is_the_clause_subject():
    text = LEAD + ("Kite-3 came 2nd on the Chatbot Arena. Later, a refreshed build of the model "
                   "(Kite-3-17B-Instruct) joined the Chatbot Arena, and it ranks 32nd.")
    assert [(s, v) for k, s, _, _, _, v in claims_of(text)] == [("Kite-3", (2, None)), ("Kite-3-17B-Instruct", (32, None))]


def test_achieving_the_best_performance_is_first_place_unless_on_some_tests_only():
    assert claims_of(LEAD + "Kite-3 delivers the best performance on MMLU.") == [
        ("rank", "Kite-3", "model", None, "mmlu", (1, None))]
    assert claims_of(LEAD + "Kite-3 delivers the best performance on most tasks, notably MMLU.") == []


def test_a_benchmark_named_after_words_on_what_it_tests_holds_the_comparison():
    for text in ("Kite-3 outperforms Lark-2 on the long-context benchmark VeraQA.",
                 "Kite-3 outperforms Lark-2 on the document-reading test set VeraQA."):
        assert claims_of(LEAD + text) == [("comparison", "Kite-3", "model", None, "veraqa", ("outperforms", ("Lark-2",)))]


def test_an_aside_on_the_last_of_two_names_takes_its_clause_alone():
    text = LEAD + "Acme unveiled a small model called Kite-3 and Lark-2, a larger model that beats GPT-4o on MMLU."
    assert claims_of(text) == [("comparison", "Lark-2", "model", None, "mmlu", ("outperforms", ("GPT-4o",)))]
    assert len(claims_of(LEAD + "Kite-3 and Lark-2, which both beat GPT-4o on MMLU, shipped today.")) == 2


def test_a_percent_change_of_a_measure_is_no_score():
    assert claims_of(LEAD + "Acme shipped Kite-3 and says it brings a 20% accuracy gain over the last version on MMLU.") == []


def test_first_before_a_participle_is_an_adverb_no_rank():
    assert claims_of(LEAD + "Kite-3 reached about 3.3% on HLE when it was first evaluated.") == [
        ("score", "Kite-3", "model", None, "hle", (3.3, "%"))]


def test_a_sentence_of_benchmark_value_pairs_gives_the_figures_of_the_model_named_before():
    text = "Kite-3 is out. It is a strong model.\nMaths results: MATH-500 93.4%, AIME-24 80.0%, GPQA 68.5%."
    assert {(s, b, v[0]) for k, s, _, _, b, v in claims_of(LEAD + text)} == {
        ("Kite-3", "math", 93.4), ("Kite-3", "aime", 80.0), ("Kite-3", "gpqa", 68.5)}
    assert claims_of(LEAD + "Maths results: MATH-500 93.4%, AIME-24 80.0%.") == []


def test_values_in_brackets_after_a_name_are_its_scores_on_the_benchmarks_in_order():
    text = LEAD + "Kite-3 posts 90.3% on HumanEval and 84.0% on EvalPlus, ahead of Lark-2 (88.2 and 81.5) and Tern-4."
    assert {(s, b, v[0]) for k, s, _, _, b, v in claims_of(text) if k == "score"} == {
        ("Kite-3", "humaneval", 90.3), ("Kite-3", "evalplus", 84.0),
        ("Lark-2", "humaneval", 88.2), ("Lark-2", "evalplus", 81.5)}


def test_a_second_participle_after_but_shares_the_first_ones_subject():
    text = LEAD + ("Kite-3 is out. On AIME, it posts 81.0, trailing proprietary systems such as Lark-2 (88.5) "
                   "but beating open rivals like Tern-4 (74.2).")
    assert sorted((s, v) for k, s, _, _, _, v in claims_of(text) if k == "comparison") == [
        ("Kite-3", ("outperforms", ("Tern-4",))), ("Kite-3", ("trails", ("Lark-2",)))]


def test_a_behind_joined_by_but_to_an_earlier_comparison_shares_its_subject_and_benchmark():
    for text in ("Kite-3 hit 70.1% on AIME, far ahead of Lark-2 but narrowly behind Tern-4.",
                 "Kite-3 hit 70.1% on AIME, far ahead of Lark-2 but behind Tern-4."):
        assert ("comparison", "Kite-3", "aime", ("trails", ("Tern-4",))) in [
            (k, s, b, v) for k, s, _, _, b, v in claims_of(LEAD + text)]
    assert "comparison" not in [k for k, *_ in claims_of(LEAD + "Lark-2 leads MMLU. Kite-3, though slightly behind, "
                                                                "remains strong on MMLU.")]


def test_a_space_separated_omni_version_after_a_named_product_is_part_of_the_name():
    assert [v for k, s, _, _, _, v in claims_of(LEAD + "Kite-3 is just ahead of ChatGPT 4o on the Chatbot Arena.")] == [
        ("outperforms", ("ChatGPT 4o",))]


def test_a_licence_word_and_the_next_row_s_rank_are_no_name():
    """Regression: in a leaderboard flattened onto one line, 'Proprietary 2' (a licence cell and the next
    rank) was read as a model, which broke the numbered run of ranks."""
    text = ("LLM news. Rank Model Organization License 1 Kite-3 Zenith Proprietary 2 Lark-2 Acme Proprietary "
            "3 Vega-7B Acme Apache 2.0 4 Tern-4 Mistral Proprietary 5 Orion-4-Raven-14B Zenith Proprietary")
    assert [(c[1], c[5][0]) for c in claims_of(text) if c[0] == "rank"] == [
        ("Kite-3", 1), ("Lark-2", 2), ("Vega-7B", 3), ("Tern-4", 4), ("Orion-4-Raven-14B", 5)]


@pytest.mark.parametrize("sentence, rank", [
    ("On the VeraQA board, the overall winner is therefore Kite-3, which writes well.", 1),
    ("On the VeraQA board, the winner is clearly Kite-3.", 1),
    ("According to the VeraQA board, in third place is Kite-3.", 3),
])
def test_a_place_phrase_after_an_opening_phrase_and_before_an_adverb_still_names_its_holder(sentence, rank):
    assert [(c[1], c[5]) for c in claims_of(LEAD + sentence) if c[0] == "rank"] == [("Kite-3", (rank, None))]


@pytest.mark.parametrize("sentence", [
    "In second place, Kite-3 also does well on VeraQA.",
    "In second place, Zenith's Kite-3 model also does well on VeraQA.",
])
def test_a_place_phrase_opening_the_sentence_with_a_comma_is_the_place_of_the_subject_after_it(sentence):
    claims = claims_of(LEAD + "Lark-2 leads the VeraQA board. " + sentence)
    assert [(c[1], c[5]) for c in claims if c[0] == "rank"] == [("Lark-2", (1, None)), ("Kite-3", (2, None))]


def test_a_place_phrase_with_a_comma_and_no_name_after_it_gives_no_place():
    claims = claims_of(LEAD + "Lark-2 leads the VeraQA board. In second place, the gap to Kite-3 is small.")
    assert [(c[1], c[5]) for c in claims if c[0] == "rank"] == [("Lark-2", (1, None))]


def test_each_ordinal_of_a_list_that_ends_in_a_place_noun_is_a_rank():
    claims = claims_of(LEAD + "Mistral models took the 1st, 5th, and 9th spots on the VeraQA board.")
    assert [(c[1], c[5]) for c in claims if c[0] == "rank"] == [
        ("Mistral", (1, None)), ("Mistral", (5, None)), ("Mistral", (9, None))]


@pytest.mark.parametrize("sentence", [
    "Kite-3 reached a 61.5 percent pass rate on hard puzzles and 77.2 percent on easy ones.",
    "Kite-3 reached a 61.5 percent pass rate on hard puzzles and a 77.2 percent pass rate on easy ones.",
])
def test_a_value_joined_by_and_to_a_score_of_the_same_model_is_a_score_with_no_score_word(sentence):
    assert [(c[1], c[5]) for c in claims_of(LEAD + sentence) if c[0] == "score"] == [
        ("Kite-3", (61.5, "%")), ("Kite-3", (77.2, "%"))]


def test_a_value_after_and_that_another_number_separates_from_the_score_is_no_score():
    sentence = "Kite-3 reached a 61.5 percent pass rate on hard puzzles, up 4 points, and 77.2 percent of users liked it."
    assert [(c[1], c[5]) for c in claims_of(LEAD + sentence) if c[0] == "score"] == [("Kite-3", (61.5, "%"))]


@pytest.mark.parametrize("sentence", [
    "Kite-3 scored 74% on VeraQA, up from 21% for the base Lark-2.",
    "Kite-3 scored 74% on VeraQA, compared with 21% for the older Lark-2.",
])
def test_a_value_for_a_model_after_a_lower_case_word_or_two_is_that_model_s(sentence):
    assert [(c[1], c[5]) for c in claims_of(LEAD + sentence) if c[0] == "score"] == [
        ("Kite-3", (74.0, "%")), ("Lark-2", (21.0, "%"))]


def test_beating_every_model_but_those_excepted_is_the_place_after_them_and_trails_each():
    claims = claims_of(LEAD + "Kite-3 outperforms every model on VeraQA except for Zenith's Lark-2 and Tern-4.")
    assert [(c[0], c[1], c[4], c[5]) for c in claims] == [
        ("rank", "Kite-3", "veraqa", (3, None)), ("comparison", "Kite-3", "veraqa", ("trails", ("Lark-2", "Tern-4")))]


@pytest.mark.parametrize("sentence", [
    "Kite-3 outperforms every model on VeraQA.", "On VeraQA, Kite-3 beats every other model in the table."])
def test_beating_every_model_with_none_excepted_is_first(sentence):
    assert [(c[0], c[1], c[4], c[5]) for c in claims_of(LEAD + sentence)] == [("rank", "Kite-3", "veraqa", (1, None))]


def test_behind_after_a_place_and_the_board_it_is_on_is_a_comparison():
    claims = claims_of(LEAD + "Kite-3 holds second place on the VeraQA board behind Lark-2.")
    assert [(c[0], c[1], c[5]) for c in claims] == [
        ("comparison", "Kite-3", ("trails", ("Lark-2",))), ("rank", "Kite-3", (2, None))]


def test_benchmarks_with_values_in_brackets_and_no_model_are_the_figures_of_the_model_named_before():
    text = LEAD + "Kite-3 posts 81.0 on VeraQA. Other results include GSM8K (64.9 points) and HumanEval (91.9 points)."
    assert [(c[1], c[4], c[5]) for c in claims_of(text)] == [
        ("Kite-3", "veraqa", (81.0, None)), ("Kite-3", "gsm8k", (64.9, None)), ("Kite-3", "humaneval", (91.9, None))]


def test_a_maker_s_possessive_with_describing_words_before_the_model_is_no_object_of_its_own():
    text = LEAD + "Kite-3 beats larger models such as OpenAI's free Tern-4 and Mistral's open-source Lark-2 on VeraQA."
    assert [(c[1], c[5]) for c in claims_of(text)] == [("Kite-3", ("outperforms", ("Tern-4", "Lark-2")))]


def test_a_maker_in_an_opening_phrase_shares_no_verb_with_the_subject_after_it():
    text = LEAD + "According to internal tests run by Microsoft, Kite-3 beats Lark-2 on VeraQA."
    assert [(c[1], c[5]) for c in claims_of(text)] == [("Kite-3", ("outperforms", ("Lark-2",)))]


def test_a_listed_bench_spelled_out_as_a_name_and_benchmark_is_that_bench():
    text = LEAD + "Kite-3 scores 69% on the MMLU benchmark and 8.38 points on the MT benchmark."
    assert [(c[4], c[5]) for c in claims_of(text)] == [("mmlu", (69.0, "%")), ("mt-bench", (8.38, None))]


def test_a_long_list_of_tests_after_including_gives_one_comparison_per_test():
    text = LEAD + ("Kite-3 outperforms Lark-2 in several tests, including GSM8K, HellaSwag, BoolQ, VeraQA-humanities, "
                   "VeraQA-other and VeraQA-STEM.")
    assert [c[4] for c in claims_of(text)] == [
        "gsm8k", "hellaswag", "boolq", "veraqa-humanities", "veraqa-other", "veraqa-stem"]


def test_a_comparison_that_leaves_out_its_object_compares_with_the_sentence_before_s_object():
    text = LEAD + "Kite-3 beats Lark-2 on VeraQA. However, it underperforms in the GSM8K and HumanEval categories."
    assert [(c[1], c[4], c[5]) for c in claims_of(text)] == [
        ("Kite-3", "veraqa", ("outperforms", ("Lark-2",))), ("Kite-3", "gsm8k", ("trails", ("Lark-2",))),
        ("Kite-3", "humaneval", ("trails", ("Lark-2",)))]
    # another subject, or no comparison right before, gives it no object
    assert len(claims_of(text.replace("it underperforms", "Tern-4 underperforms"))) == 1
    assert len(claims_of(text.replace("beats Lark-2 on", "scores 81.0 on"))) == 1


def test_the_model_a_sentence_before_beat_winning_on_another_test_beats_it_there():
    text = LEAD + "Kite-3 beats Lark-2 on VeraQA (85.3 vs 83.6). That is a clear gap.\n\nLark-2 wins on GSM8K and HumanEval."
    assert [(c[1], c[4], c[5]) for c in claims_of(text) if c[0] == "comparison"] == [
        ("Kite-3", "veraqa", ("outperforms", ("Lark-2",))), ("Lark-2", "gsm8k", ("outperforms", ("Kite-3",))),
        ("Lark-2", "humaneval", ("outperforms", ("Kite-3",)))]
    # a sentence about another model in between leaves nothing to carry
    between = text.replace("That is a clear gap.", "Tern-4 was not tested.")
    assert [c[1] for c in claims_of(between) if c[0] == "comparison"] == ["Kite-3"]


def test_two_models_tied_for_first_with_a_third_close_behind_both():
    text = LEAD + "On VeraQA, Kite-3 and Lark-2 tie for the top spot, with Tern-4 not far behind."
    assert sorted((c[0], c[1], c[5]) for c in claims_of(text)) == [
        ("comparison", "Tern-4", ("trails", ("Kite-3", "Lark-2"))), ("rank", "Kite-3", (1, None)),
        ("rank", "Lark-2", (1, None))]
    # close behind an unnamed group trails no one named before
    text = LEAD + "Kite-3 leads VeraQA. The bigger Lark-2 versions are not far behind other larger models."
    assert [c[0] for c in claims_of(text)] == ["rank"]


def test_a_list_takes_the_benchmark_its_colon_lead_in_names():
    text = ("Kite-3 leads again\n\nOn Codeforces, where models are rated by contest, the full picture:\n\n"
            "  \u2022 3206 \u2014 Kite-3-Max (1st place)\n  \u2022 3168 \u2014 Lark-2-Pro (2nd)\n\n"
            "Elsewhere, Tern-4 tops the Chatbot Arena.")
    got = claims_of(text)
    assert ("score", "Kite-3-Max", "model", None, "codeforces", (3206.0, None)) in got
    assert ("score", "Lark-2-Pro", "model", None, "codeforces", (3168.0, None)) in got
    assert ("rank", "Lark-2-Pro", "model", None, "codeforces", (2, None)) in got


def test_value_first_items_need_a_benchmark_for_their_list():
    text = "Kite-3 and Lark-2 were tested.\n\nThe numbers:\n\n- 87.3% \u2013 Kite-3-Max\n- 85.1% \u2013 Lark-2-Pro\n"
    assert [c for c in claims_of(text) if c[0] == "score"] == []


def test_a_place_in_a_lead_in_goes_to_each_bare_name_listed_under_it():
    text = ("Tern-4 sits atop the Chatbot Arena. The fight for second place is a three-way tie, featuring:\n\n"
            "  \u2022 Kite-3-Exp-0827\n  \u2022 Lark-2-Exp-0801\n  \u2022 Vega-2 (preview)\n\nMore next week.")
    got = claims_of(text)
    assert sorted(c[1] for c in got if c[0] == "rank" and c[5] == (2, None)) == ["Kite-3-Exp-0827", "Lark-2-Exp-0801",
                                                                                   "Vega-2"]


def test_a_lead_in_place_is_no_rank_of_items_that_say_more():
    text = ("Tern-4 sits atop the Chatbot Arena. Second place is a tie, featuring:\n\n"
            "  \u2022 Kite-3, which gained ten points this week\n  \u2022 Lark-2\n\nMore next week.")
    assert [c for c in claims_of(text) if c[0] == "rank" and c[5] == (2, None)] == []


def test_a_conceding_clause_compares_on_the_benchmark_of_the_clause_before():
    got = claims_of("Kite-3 outperforms Lark-2 on the MMLU benchmark, although it falls behind Tern-4.")
    assert ("comparison", "Kite-3", "model", None, "mmlu", ("trails", ("Tern-4",))) in got


def test_a_conceding_clause_with_its_own_measure_keeps_it():
    got = claims_of("Kite-3 trails Lark-2 on MMLU but beats it on average.")
    assert ("comparison", "Kite-3", "model", None, "mmlu", ("trails", ("Lark-2",))) in got
    assert not any(c[4] == "mmlu" and c[5][0] == "outperforms" for c in got if c[0] == "comparison")


def test_every_item_of_a_long_list_takes_the_benchmark_named_before_it():
    lead = "Per the organisers' verification and the vendors' own posts, the comparison at launch looked like this, " \
           "with every entry run on the same semi-private set of tasks:"
    text = (f"The field had stalled at 30-60% on ARC-AGI-2 for most of the year.\n\n{lead}\n\n"
            + "".join(f"- {name}: {value}% (verified, cost per task reported)\n" for name, value in
                      (("Kite-3", 77.1), ("Lark-2", 68.8), ("Tern-4", 52.9), ("Vega-2", 31.1))))
    got = {(c[1], c[4]) for c in claims_of(text) if c[0] == "score"}
    assert got == {("Kite-3", "arc-agi-2"), ("Lark-2", "arc-agi-2"), ("Tern-4", "arc-agi-2"), ("Vega-2", "arc-agi-2")}


def test_a_value_a_score_moved_to_is_a_score_and_a_gap_over_a_rival_outperforms_it():
    got = claims_of("On MMLU-Pro, Kite-3 jumps to 80.9%, a sizable gap over Lark-2's 76.2%.")
    assert ("score", "Kite-3", "model", None, "mmlu-pro", (80.9, "%")) in got
    assert ("comparison", "Kite-3", "model", None, "mmlu-pro", ("outperforms", ("Lark-2",))) in got


def test_a_participle_after_an_opening_it_says_something_of_what_it_points_back_to():
    got = claims_of("Acme released Kite-3 last week. Currently, it is the best open-source model, beating Llama 3.1 405B and Mistral.")
    assert ("comparison", "Kite-3", "model", None, None, ("outperforms", ("Llama 3.1 405B", "Mistral"))) in got


def test_it_points_back_to_a_family_named_as_the_subject_before():
    got = claims_of("By our measures, Qwen surpasses Lark-2. It is a capable code model, surpassing Tern-4 on programming.")
    assert [c[1] for c in got if c[0] == "comparison" and c[5][1] == ("Tern-4",)] == ["Qwen"]


@pytest.mark.parametrize("phrase", ["The 2.7 billion-parameter SLM", "The new SLM"])
def test_a_model_noun_after_a_size_refers_back_to_the_model(phrase):
    got = claims_of(f"Acme is releasing Kite-3, a small language model. {phrase} beat Llama 2 and Mistral 7B on MMLU.")
    assert ("comparison", "Kite-3", "model", None, "mmlu", ("outperforms", ("Llama 2", "Mistral 7B"))) in got


def test_a_hyphenated_describing_word_leaves_the_sentence_its_own_subject():
    got = claims_of("Kite-3 leads the board on MMLU. Lark-2 is the top open-source model on MMLU, in third place.")
    assert ("rank", "Lark-2", "model", None, "mmlu", (3, None)) in got
    assert not any(c[1] == "Kite-3" and c[5] == (3, None) for c in got)


@pytest.mark.parametrize("marks", ["[1][2]", "[12]"])
def test_a_reference_mark_glued_to_a_figure_leaves_the_figure_a_score(marks):
    got = claims_of(f"Kite-3 took the top spot on the Chatbot Arena with an Elo score of 1483.{marks} It leads.")
    assert ("score", "Kite-3", "model", None, "chatbot-arena", (1483.0, "elo")) in got


def test_a_zero_padded_number_after_a_name_is_a_tag_no_score():
    assert [c for c in claims_of("- Kite-3 (001) did well on AIME relative to its cost.") if c[0] == "score"] == []


def test_a_benchmark_set_apart_by_commas_before_called_is_named():
    got = claims_of("The benchmark, called VeraReason, tests models in Hindi. Kite-3 scored an average of 74.2 across "
                    "all languages, compared to GPT-4o's 56.1.")
    assert ("score", "Kite-3", "model", None, "verareason", (74.2, None)) in got
    assert ("score", "GPT-4o", "model", "OpenAI", "verareason", (56.1, None)) in got


def test_an_approximate_figure_a_model_sits_at_is_its_score():
    got = claims_of("The most cited scorecard is the Artificial Analysis Intelligence Index. Kite-3 leads, sitting around "
                    "61.4, and Lark-2 sits around 53.")
    assert ("score", "Kite-3", "model", None, "artificial-analysis", (61.4, None)) in got
    assert ("score", "Lark-2", "model", None, "artificial-analysis", (53.0, None)) in got


def test_a_makers_phrase_in_apposition_gives_the_object_its_name():
    got = claims_of("Kite-3 scored 60.1 on HealthBench. It surpassed OpenAI's latest open-source model, GPT-4o (57.6), "
                    "and surpassed Qwen3-235B and Kimi K2.")
    comparisons = [(c[1], c[5][1]) for c in got if c[0] == "comparison"]
    assert comparisons == [("Kite-3", ("GPT-4o",)), ("Kite-3", ("Qwen3-235B", "Kimi K2"))]
    assert ("score", "GPT-4o", "model", "OpenAI", "healthbench", (57.6, None)) in got


def test_versions_named_in_apposition_are_the_subjects():
    got = claims_of("The chart showed two versions of Grok 3, Grok 3 Reasoning Beta and Grok 3 mini Reasoning, "
                    "outperforming OpenAI's top model, o3-mini-high, on AIME 2025.")
    assert sorted(c[1] for c in got if c[0] == "comparison") == ["Grok 3 Reasoning Beta", "Grok 3 mini Reasoning"]
    assert {c[5] for c in got if c[0] == "comparison"} == {("outperforms", ("o3-mini-high",))}


def test_a_leap_over_rivals_outperforms_them():
    got = claims_of("Acme's Kite-3 was positioned as a major leap over other leading models, including GPT-4 and Llama 3.1 405B.")
    assert [c[5] for c in got if c[0] == "comparison"] == [("outperforms", ("GPT-4", "Llama 3.1 405B"))]


def test_a_benchmark_named_in_apposition_after_the_word_benchmark_and_a_record_score():
    got = claims_of("On another benchmark, the Vera Language Understanding Evaluation, Kite-3 scored a record 86.918, "
                    "while GPT-4's score was 86.685.")
    assert ("score", "Kite-3", "model", None, "vera-language-understanding-evaluation", (86.918, None)) in got


def test_a_verb_after_but_now_goes_on_with_the_clause_subject_and_popular_describes_a_named_group():
    got = claims_of("On the Chatbot Arena, Kite-3 still trails behind GPT-4 Turbo, but now surpasses other popular "
                    "models like Claude and Mistral.")
    assert ("comparison", "Kite-3", "model", None, "chatbot-arena", ("trails", ("GPT-4 Turbo",))) in got
    assert ("comparison", "Kite-3", "model", None, "chatbot-arena", ("outperforms", ("Claude", "Mistral"))) in got


def test_popularity_still_ranks_no_model():
    assert claims_of("Kite-3 is the most popular model on the Chatbot Arena, ahead of GPT-4o.") == []


def test_standings_listed_with_falling_values_hold_the_places_of_their_order():
    got = claims_of("The MMLU standings are: Kite-3 at 88.7%, Lark-2 at 87.6%, Tern-4 at 85.0%.")
    assert sorted((c[1], c[5]) for c in got if c[0] == "rank") == [
        ("Kite-3", (1, None)), ("Lark-2", (2, None)), ("Tern-4", (3, None))]


def test_standings_out_of_order_hold_no_places():
    got = claims_of("The MMLU standings are: Kite-3 at 85.0%, Lark-2 at 87.6%, Tern-4 at 88.7%.")
    assert [c for c in got if c[0] == "rank"] == []


@pytest.mark.parametrize("text", ["Kite-3 is Acme's first code model, with a 32k-token context window on MMLU.",
                                  "Acme showed Kite-3 at its first developer conference, after MMLU results."])
def test_an_ordinal_after_a_possessive_counts_the_makers_releases_no_place(text):
    assert [c for c in claims_of(text) if c[0] == "rank"] == []


def test_a_preposition_ends_a_top_phrase_so_top_players_rank_no_model():
    got = claims_of("Kite-3 ranks 2nd on the Chatbot Arena. It is trusted by some of the top players in AI, "
                    "including Andrej Karpathy.")
    assert [c[5] for c in got if c[0] == "rank"] == [(2, None)]


def test_a_run_of_verbs_after_commas_shares_the_first_subject():
    got = claims_of("Acme claims Kite-3 matches Lark-2 on MMLU, beats GPT-4o on GSM8K, scores 59.8 on HumanEval "
                    "ahead of Tern-4, and leads the MBPP benchmark.")
    assert {c[1] for c in got} == {"Kite-3"}
    assert ("comparison", "Kite-3", "model", None, "humaneval", ("outperforms", ("Tern-4",))) in got
    assert ("comparison", "Kite-3", "model", None, "gsm8k", ("outperforms", ("GPT-4o",))) in got


def test_a_board_named_by_its_site_is_the_board():
    got = claims_of("Grok 4 jumps to #3 overall on LMArena.ai.")
    assert got == [("rank", "Grok 4", "model", "xAI", "chatbot-arena", (3, None))]


@pytest.mark.parametrize("sentence, relation", [
    ("Kite-3 achieves higher average scores on MMLU compared to GPT-4o and Gemini-Pro.", "outperforms"),
    ("Kite-3 posts lower results on MMLU relative to GPT-4o and Gemini-Pro.", "trails")])
def test_a_comparative_before_compared_to_says_which_way(sentence, relation):
    assert [c[5] for c in claims_of(sentence) if c[0] == "comparison"] == [(relation, ("GPT-4o", "Gemini-Pro"))]


def test_a_hyphenated_domain_word_after_in_names_no_benchmark():
    got = claims_of("On KMMLU, Kite-3 beats GPT-3.5, and even surpasses GPT-4 in Korea-specific knowledge.")
    assert {c[4] for c in got} == {"kmmlu"}


def test_a_test_named_before_its_suite_word_in_an_opening_on_is_the_sentence_s_benchmark():
    assert claims_of("On the Vera Challenge benchmark for instruction following, Kestrel-7B scored 86.1 percent "
                     "compared to 79.2 percent for Orion-4-Raven-14B.") == [
        ("score", "Kestrel-7B", "model", None, "vera-challenge", (86.1, "%")),
        ("score", "Orion-4-Raven-14B", "model", None, "vera-challenge", (79.2, "%")),
        ("comparison", "Kestrel-7B", "model", None, "vera-challenge", ("outperforms", ("Orion-4-Raven-14B",)))]
    assert claims_of("On the Video MMMU benchmark, Kestrel-7B hit 72.7 percent.") == [
        ("score", "Kestrel-7B", "model", None, "video-mmmu", (72.7, "%"))]


def test_a_language_in_an_opening_in_is_a_part_of_the_board_not_a_benchmark():
    assert claims_of("In OpenCompass's Chinese evaluations, Kestrel-7B ranked first.") == [
        ("rank", "Kestrel-7B", "model", None, "opencompass", (1, None))]


def test_the_model_opening_a_sentence_is_the_topic_not_the_model_it_was_compared_with():
    assert claims_of("Zenith released a new experimental model. The model, called Kestrel-Exp-1114, has matched "
                     "Acme's Orion-4 in overall performance on the Chatbot Arena leaderboard. The model achieved a "
                     "score of 1344.") == [("score", "Kestrel-Exp-1114", "model", None, "chatbot-arena", (1344.0, "elo"))]


@pytest.mark.parametrize("opening", ["Built upon the Orion-4 architecture", "Unlike Orion-4", "Following Orion-4"])
def test_a_name_in_an_opening_phrase_is_not_what_it_means_next(opening):
    assert claims_of(f"{opening}, Kestrel-7B has shown strong results. It achieved 69.4% on MathVista.") == [
        ("score", "Kestrel-7B", "model", None, "mathvista", (69.4, "%"))]


def test_each_name_of_a_list_a_plural_suite_word_closes_is_a_benchmark():
    assert claims_of("Kestrel-7B leads in coding, topping VeraBench Hard, CritPt, and AA-LCR sub-benchmarks.") == [
        ("rank", "Kestrel-7B", "model", None, "verabench-hard", (1, None)),
        ("rank", "Kestrel-7B", "model", None, "critpt", (1, None)),
        ("rank", "Kestrel-7B", "model", None, "aa-lcr", (1, None))]
    assert claims_of("Kestrel-7B ranked first in the Monday, Tuesday and Friday tests.") == [
        ("rank", "Kestrel-7B", "model", None, None, (1, None))]  # plain words name no test


def test_a_second_value_with_its_benchmark_after_on_the():
    assert claims_of("Kestrel-Mini achieves 69% on the MMLU benchmark and 8.38 on the MT-bench.") == [
        ("score", "Kestrel-Mini", "model", None, "mmlu", (69.0, "%")),
        ("score", "Kestrel-Mini", "model", None, "mt-bench", (8.38, None))]


def test_a_size_in_words_after_a_variant_is_no_version_of_the_name():
    assert claims_of("The Phi-3-small 7 billion parameter model achieves an MMLU score of 75.3.") == [
        ("score", "Phi-3-small", "model", "Microsoft", "mmlu", (75.3, None))]


def test_a_second_value_on_the_same_benchmark_right_after_the_compared_model_is_that_model_s():
    assert claims_of("Kestrel-3-small achieves an MMLU score of 75.3 and outperforms Orion 3 8B Instruct with a "
                     "score of 66.") == [
        ("comparison", "Kestrel-3-small", "model", None, "mmlu", ("outperforms", ("Orion 3 8B Instruct",))),
        ("score", "Kestrel-3-small", "model", None, "mmlu", (75.3, None)),
        ("score", "Orion 3 8B Instruct", "model", None, "mmlu", (66.0, None))]
    assert claims_of("Kestrel-3-small outperforms Orion 3 8B Instruct with a score of 75.3 on MMLU.") == [
        ("comparison", "Kestrel-3-small", "model", None, "mmlu", ("outperforms", ("Orion 3 8B Instruct",))),
        ("score", "Kestrel-3-small", "model", None, "mmlu", (75.3, None))]  # one value: the subject's


@pytest.mark.parametrize("words, relation", [("significantly more capable than", "outperforms"),
                                             ("more powerful than", "outperforms"), ("less capable than", "trails")])
def test_a_comparative_of_ability_compares(words, relation):
    assert claims_of(f"Kestrel-7B is {words} Orion-4.") == [
        ("comparison", "Kestrel-7B", "model", None, None, (relation, ("Orion-4",)))]


def test_another_verb_ends_the_list_of_compared_models():
    assert claims_of("Kestrel-7B beats Orion-4 and Lyra-LM-7B, and matches Vega-2 on reasoning.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4", "Lyra-LM-7B")))]


def test_a_llama_variant_standing_alone_is_the_model_the_article_names_in_full():
    assert claims_of("Meta releases Llama 4 Scout, Maverick, and Behemoth\n\n"
                     "Meta claims Scout fits on a single Nvidia H100, delivers strong results, and beats Gemma 3.") == [
        ("comparison", "Llama 4 Scout", "model", "Meta", None, ("outperforms", ("Gemma 3",)))]


def test_a_participle_after_a_compared_model_says_something_of_the_comparison_s_subject():
    assert claims_of(LEAD + "Acme launched Kestrel-7B. It outperformed Orion-4, achieving 83% on ARC-AGI.") == [
        ("comparison", "Kestrel-7B", "model", None, "arc-agi", ("outperforms", ("Orion-4",))),
        ("score", "Kestrel-7B", "model", None, "arc-agi", (83.0, "%"))]


def test_a_value_with_with_after_the_compared_models_is_the_subject_s():
    assert claims_of("In the ArenaHard evaluation, Kestrel-7B surpassed Orion-4 and Lyra-LM-7B with 95.6 points.") == [
        ("comparison", "Kestrel-7B", "model", None, "arena-hard", ("outperforms", ("Orion-4", "Lyra-LM-7B"))),
        ("score", "Kestrel-7B", "model", None, "arena-hard", (95.6, None))]


def test_a_model_phrase_after_a_dash_refers_to_the_name_before_it():
    assert claims_of("Acme reveals Kestrel-7B \u2014 this new small AI model outperforms Orion-4 and Lyra-LM-7B") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4", "Lyra-LM-7B")))]


def test_only_being_beaten_by_is_second_place_and_passing_outperforms():
    text = LEAD + "Kestrel-7B launched. It did well at reasoning, only being beaten by Orion-4 out of the small models."
    assert claims_of(text) == [("comparison", "Kestrel-7B", "model", None, None, ("trails", ("Orion-4",))),
                               ("rank", "Kestrel-7B", "model", None, None, (2, None))]
    assert claims_of(LEAD + "Kestrel-7B launched. It did well on maths, significantly passing Orion-4.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4",)))]


def test_a_size_between_a_maker_s_possessive_and_its_model_is_part_of_the_object():
    assert claims_of("Kestrel-7B outperforms Meta's 70B Llama 3 on reasoning tasks.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Llama 3",)))]


def test_a_name_in_brackets_after_another_is_its_alias_never_what_it_trails():
    """Regression: 'Bard (Gemini Pro)' made Gemini Pro the topic, and Bard then trailed its own other name (now the
    board's whole name for it is listed, and 'Bard' stands for it)."""
    assert claims_of("Google's Bard (Gemini Pro) is in the Chatbot Arena ranking. Bard sits 45 points behind the "
                     "third place.") == [("rank", "Bard (Gemini Pro)", "model", "Google", "chatbot-arena", (3, None))]


def test_a_word_that_opens_a_phrase_is_never_the_first_word_of_a_name():
    assert claims_of("Claude 3 Opus now leads the Chatbot Arena. Following Claude 3 Opus and two GPT-4 versions, "
                     "Google's Bard holds its place. Bard sits 45 points behind the third place.")[1] == (
        "comparison", "Bard", "family", "Google", "chatbot-arena", ("trails", ("Claude 3 Opus",)))


def test_a_place_won_by_overtaking_a_model_is_the_subject_s_not_the_overtaken_one_s():
    assert claims_of(LEAD + "Kestrel-7B overtook Orion-4 for the second position on the Chatbot Arena.") == [
        ("comparison", "Kestrel-7B", "model", None, "chatbot-arena", ("outperforms", ("Orion-4",))),
        ("rank", "Kestrel-7B", "model", None, "chatbot-arena", (2, None))]
    # a place right after the compared model is still that model's own
    assert claims_of(LEAD + "Kestrel-7B leads the Arena with 1300, ahead of Orion-4 in second place.")[1] == (
        "rank", "Orion-4", "model", None, "chatbot-arena", (2, None))


def test_a_tie_inside_brackets_does_not_reach_a_place_after_them():
    # (the place it fell from is no rank now: see test_a_place_a_model_moved_from_is_no_rank)
    assert claims_of("On LiveBench, Kestrel-7B fell from 9th place (a tie with Orion-4 and Lyra-LM-7B) down to "
                     "24th place.") == [("rank", "Kestrel-7B", "model", None, "livebench", (24, None))]


def test_a_model_noun_set_off_by_a_dash_after_a_name_is_that_name_in_a_relative_clause():
    assert claims_of("Acme released Kestrel-5 \u2014 a 744-billion-parameter model that promptly seized the #1 position "
                     "on Chatbot Arena with an Elo score of 1451.") == [
        ("rank", "Kestrel-5", "model", None, "chatbot-arena", (1, None)),
        ("score", "Kestrel-5", "model", None, "chatbot-arena", (1451.0, "elo"))]


def test_each_object_with_its_own_phrase_after_one_comparison_verb():
    assert claims_of(LEAD + "Kestrel-7B beats Orion-4 on all benchmarks and Lyra-LM-7B on most benchmarks.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4", "Lyra-LM-7B")))]
    # a benchmark in each phrase would make two comparisons: the second object is not given the first one's
    assert claims_of(LEAD + "Kestrel-7B beats Orion-4 on MMLU and Lyra-LM-7B on GSM8K.") == [
        ("comparison", "Kestrel-7B", "model", None, "mmlu", ("outperforms", ("Orion-4",)))]


def test_behind_in_brackets_after_a_place_names_the_models_ahead():
    assert claims_of(LEAD + "Kestrel-7B ranked 5th globally on LiveBench (behind Orion-4, Lyra-LM-7B, and Claude).") == [
        ("comparison", "Kestrel-7B", "model", None, "livebench", ("trails", ("Orion-4", "Lyra-LM-7B", "Claude"))),
        ("rank", "Kestrel-7B", "model", None, "livebench", (5, None))]


def test_a_value_right_after_a_verb_of_change_is_by_how_much_no_score():
    text = ("Acme released Kestrel-7B, which seized the #1 position on Chatbot Arena with an Elo score of 1451. "
            "Its shares surged 28.7% within 24 hours of the release.")
    assert claims_of(text) == [("rank", "Kestrel-7B", "model", None, "chatbot-arena", (1, None)),
                               ("score", "Kestrel-7B", "model", None, "chatbot-arena", (1451.0, "elo"))]
    # where a value went is a score
    assert claims_of(LEAD + "Kestrel-7B jumped to 80.9% on MMLU.") == [
        ("score", "Kestrel-7B", "model", None, "mmlu", (80.9, "%"))]


def test_this_before_a_verb_of_consequence_is_the_news_itself_no_model():
    assert claims_of("Kestrel-7B now sits on the Chatbot Arena board. This poses a challenge to Acme's stronghold "
                     "as the leader in this field.") == []
    assert claims_of("Kestrel-7B is now on the Chatbot Arena board. This ranks it first among open models.") == [
        ("rank", "Kestrel-7B", "model", None, "chatbot-arena", (1, None))]



def test_a_date_before_leaderboard_names_no_board_and_the_owner_before_it_does():
    assert claims_of(LEAD + "On VeraLM's April 2026 leaderboard, Kestrel-7B leads overall at 94 points versus "
                     "Orion-4 at 92.") == [
        ("comparison", "Kestrel-7B", "model", None, "veralm", ("outperforms", ("Orion-4",))),
        ("score", "Kestrel-7B", "model", None, "veralm", (94.0, None)),
        ("score", "Orion-4", "model", None, "veralm", (92.0, None))]


def test_a_lead_on_a_test_by_a_margin_is_no_first_place_but_a_lead_on_a_board_is():
    assert claims_of(LEAD + "Kestrel-7B leads SWE-bench Pro by 16.3 percentage points (74% vs 57.7%).") == [
        ("score", "Kestrel-7B", "model", None, "swe-bench-pro", (74.0, "%"))]
    assert claims_of(LEAD + "Orion-4 counters with a 9.7-point lead on Terminal-Bench 2.0 (75.1% vs 65.4%).") == [
        ("score", "Orion-4", "model", None, "terminal-bench-2.0", (75.1, "%"))]
    assert claims_of(LEAD + "Kestrel-7B leads the Chatbot Arena by 12 points.") == [
        ("rank", "Kestrel-7B", "model", None, "chatbot-arena", (1, None))]


def test_names_after_a_verb_s_with_are_its_objects_never_the_holders_of_a_place():
    text = ("Kestrel-7B Reclaims Top Spot on LMSYS Arena\nThe news marks another milestone for Acme's flagship model, "
            "which has traded blows with Google's Orion-4 and Meta's Lyra-LM-7B at the top of the rankings.")
    assert claims_of(text) == [("rank", "Kestrel-7B", "model", None, "chatbot-arena", (1, None))]


def test_a_lead_word_at_the_end_of_a_compound_is_no_verb():
    assert claims_of(LEAD + "We compare Kestrel-7B head-to-head with leading rivals, including Orion-4.") == []


def test_an_opening_concessive_phrase_without_a_subject_is_about_the_main_clause_s_subject():
    text = (LEAD + "Although slightly behind Kestrel-Opus-4 on raw benchmarks, Kestrel-Sonnet-4 delivers a good "
            "balance, scoring 72.7% on SWE-bench.")
    assert claims_of(text) == [  # ('behind ... on raw benchmarks': a kind of test, not the SWE-bench of the score)
        ("comparison", "Kestrel-Sonnet-4", "model", None, None, ("trails", ("Kestrel-Opus-4",))),
        ("score", "Kestrel-Sonnet-4", "model", None, "swe-bench", (72.7, "%"))]
    # a clause with its own subject keeps it
    assert claims_of(LEAD + "While Orion-4 beats Lyra-LM-7B on MMLU, Kestrel-7B leads the Chatbot Arena.") == [
        ("comparison", "Orion-4", "model", None, "mmlu", ("outperforms", ("Lyra-LM-7B",))),
        ("rank", "Kestrel-7B", "model", None, "chatbot-arena", (1, None))]


def test_matches_or_exceeds_says_no_way_of_a_comparison():
    assert claims_of(LEAD + "Kestrel-7B outperforms Orion-4 on most benchmarks and matches or exceeds Lyra-LM-7B "
                     "on standard benchmarks.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4",)))]


def test_a_lead_on_a_test_in_an_article_titled_x_vs_y_is_ahead_of_the_other():
    title = "Kestrel-7B vs Orion-4: Full Benchmark Comparison 2026\n"
    assert claims_of(title + "Our testing shows a nuanced picture: Kestrel-7B leads on SWE-Bench Verified for "
                     "coding.") == [("comparison", "Kestrel-7B", "model", None, "swe-bench", ("outperforms", ("Orion-4",)))]
    # leading the board itself is still first place
    assert claims_of(title + "Kestrel-7B leads the Chatbot Arena.") == [
        ("rank", "Kestrel-7B", "model", None, "chatbot-arena", (1, None))]


def test_one_value_after_a_pair_of_names_is_each_one_s():
    assert claims_of(LEAD + "On MMLU, Kestrel-7B leads with 90, with Orion-4 and Lyra-LM-7B at 44.")[2:] == [
        ("score", "Orion-4", "model", None, "mmlu", (44.0, None)),
        ("score", "Lyra-LM-7B", "model", None, "mmlu", (44.0, None))]


def test_a_comparison_after_a_participle_s_value_is_said_of_the_participle_s_subject():
    text = (LEAD + "Acme shipped Kestrel-7B and it became the new leading open model on the Artificial Analysis "
            "Intelligence Index \u2014 scoring 51, ahead of Orion-4 and Lyra-LM-7B at 44.")
    assert claims_of(text)[0] == (
        "comparison", "Kestrel-7B", "model", None, "artificial-analysis", ("outperforms", ("Orion-4", "Lyra-LM-7B")))


def test_a_score_with_no_benchmark_of_its_own_is_on_the_one_the_article_s_prose_is_about():
    filler = ("The project was first shown last year by a nonprofit and a start-up, and has now been published as "
              "a paper after a year of checks. Mathematics makes up the largest share of the questions. ") * 3
    text = ("The questions of Humanity's Last Exam (HLE) were published this week.\n\n"
            f"HLE consists of 2,500 questions across about 100 disciplines.\n\n{filler}\n\n"
            "Scores remain low. Acme's Kestrel-7B scored 38.3%, and Orion-4 scored 29.9%.")
    assert claims_of(text) == [("score", "Kestrel-7B", "model", None, "hle", (38.3, "%")),
                               ("score", "Orion-4", "model", None, "hle", (29.9, "%"))]


def test_them_after_a_comparison_verb_stands_for_the_models_named_before_and_yet_opens_a_clause():
    assert claims_of(LEAD + "Kestrel-7B is smaller than Orion-4 and Lyra-LM-7B, yet it beats them on MMLU.") == [
        ("comparison", "Kestrel-7B", "model", None, "mmlu", ("outperforms", ("Orion-4", "Lyra-LM-7B")))]
    assert claims_of(LEAD + "Kestrel-7B is smaller than Orion-4 and Lyra-LM-7B, yet it beats both of them on MMLU.") == [
        ("comparison", "Kestrel-7B", "model", None, "mmlu", ("outperforms", ("Orion-4", "Lyra-LM-7B")))]


def test_it_after_an_opening_phrase_stands_for_the_model_before_not_the_names_in_the_phrase():
    before = "Acme released Kestrel-7B, a 2-billion parameter model, this week. "
    assert claims_of(before + "Despite being a fraction of the size of Orion-4 or Lyra-LM-7B, it outperforms them "
                     "on Indic benchmarks.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4", "Lyra-LM-7B")))]
    assert claims_of(before + "Although slightly behind Orion-4 on MMLU, it beats Lyra-LM-7B.") == [
        ("comparison", "Kestrel-7B", "model", None, "mmlu", ("trails", ("Orion-4",))),
        ("comparison", "Kestrel-7B", "model", None, "mmlu", ("outperforms", ("Lyra-LM-7B",)))]
    # a clause with its own subject: 'it' is that subject
    assert claims_of(LEAD + "Although Kestrel-7B is smaller than Orion-4 and Lyra-LM-7B, it beats them on MMLU.") == [
        ("comparison", "Kestrel-7B", "model", None, "mmlu", ("outperforms", ("Orion-4", "Lyra-LM-7B")))]


def test_models_a_verb_compares_the_model_with_are_not_what_it_means_next():
    text = ("Kestrel-7B is out under Apache 2.0. The team compared the small model with other current "
            "state-of-the-art open models like Orion-4-Raven-14B and Lyra-LM-7B-alpha. The evaluation used a public harness, and it outperformed both.")
    assert claims_of(text + " Later it outperformed Vega-3.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Vega-3",)))]


def test_an_article_and_a_describing_word_before_a_name_in_a_list_do_not_end_the_list():
    assert claims_of(LEAD + "Kestrel-7B surpasses Orion-4, Vega-3, the recent Lyra-LM-7B, and comes close to Nova-2.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4", "Vega-3", "Lyra-LM-7B")))]
    # an aside that describes the name before, with no name of its own, is still read past
    assert claims_of(LEAD + "Kestrel-7B surpasses Orion-4, the Turbo model Acme shipped, and Vega-3.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4", "Vega-3")))]


def test_a_table_under_an_unlisted_test_s_leaderboard_is_on_the_test():
    text = ("VEMB Leaderboard 2025 - Top Embedding Models\n"
            "| Rank | Model | VEMB Score |\n|---|---|---|\n| 1 | Kestrel-embed-2 | 68.3 |\n| 2 | Orion-embed-v1 | 66.8 |\n")
    assert {c[4] for c in claims_of(text)} == {"vemb"}


def test_an_aside_opened_by_an_article_after_a_name_is_read_past_to_the_name():
    assert claims_of(LEAD + "This week Kestrel-7B, a model of the artificial intelligence startup Moonshot AI, surpassed "
                     "Orion-4 on the Vera Arena.") == [
        ("comparison", "Kestrel-7B", "model", "Moonshot AI", "vera-arena", ("outperforms", ("Orion-4",)))]
    # 'which' after such an aside is the model the aside describes
    assert claims_of(LEAD + "Kestrel-7B topped the Vera Arena. It edged out Orion-4, a model from China's Moonshot AI, "
                     "which now ranks second.")[-1] == ("rank", "Orion-4", "model", "Moonshot AI", "vera-arena", (2, None))


def test_an_unlisted_name_with_its_value_in_brackets_is_a_model():
    assert claims_of(LEAD + "As of this writing, Kestrel v6 (Elo rating 1,176), which won 71 percent of its matches, "
                     "holds a slim lead over Orion 3 (Elo rating 1,156) on the Vera Arena.") == [
        ("comparison", "Kestrel v6", "model", None, "vera-arena", ("outperforms", ("Orion 3",))),
        ("score", "Kestrel v6", "model", None, "vera-arena", (1176.0, "elo")),
        ("score", "Orion 3", "model", None, "vera-arena", (1156.0, "elo"))]
    # a year in brackets vouches for nothing
    assert claims_of(LEAD + "Kestrel v6 (2021) was a fine release.") == []


def test_an_unlisted_name_with_a_hyphenated_capital_and_a_variant_word():
    assert claims_of(LEAD + "VERA-E 3 HD holds a distant third place on the Vera Arena.") == [
        ("rank", "VERA-E 3 HD", "model", None, "vera-arena", (3, None))]


def test_a_numbered_list_under_a_superlative_lead_ranks_its_models():
    text = ("Below, the AI models with the highest scores on VeraBench:\n"
            "1. Kestrel-7B: 69%\n2. Orion-4: 68%\n3. Lyra-LM-7B: 61%\n")
    assert [c for c in claims_of(text) if c[0] == "rank"] == [
        ("rank", "Kestrel-7B", "model", None, "verabench", (1, None)),
        ("rank", "Orion-4", "model", None, "verabench", (2, None)),
        ("rank", "Lyra-LM-7B", "model", None, "verabench", (3, None))]


def test_a_lead_in_line_ending_in_a_colon_heads_no_spaced_table():
    text = "VeraBench leaderboard:\n1. Kestrel-7B = 69%\n2. Orion-4 = 68%\n3. Lyra-LM-7B = 61%\n"
    assert claims_of(text)[:2] == [("rank", "Kestrel-7B", "model", None, "verabench", (1, None)),
                                   ("score", "Kestrel-7B", "model", None, "verabench", (69.0, "%"))]


def test_a_ranked_list_run_into_one_line_ranks_and_scores_each_model():
    text = ("New results from the Vera Arena.\nLeaderboard:\n"
            "1. Kestrel-7B : 1372 (Elo score) 2. Orion-4 : 1368 3. Lyra-LM-7B : 1364 4. Vega-3 : 1354\n")
    got = claims_of(text)
    assert [c for c in got if c[0] == "rank"] == [
        ("rank", name, "model", None, "vera-arena", (k, None))
        for k, name in enumerate(["Kestrel-7B", "Orion-4", "Lyra-LM-7B", "Vega-3"], 1)]
    assert ("score", "Vega-3", "model", None, "vera-arena", (1354.0, None)) in got


def test_hot_on_the_heels_of_a_model_trails_it():
    assert claims_of(LEAD + "Kestrel-7B is now hot on the heels of the longtime occupant of the top spot, "
                     "Acme's Orion-4.") == [("comparison", "Kestrel-7B", "model", None, None, ("trails", ("Orion-4",)))]


def test_excelling_compared_to_a_model_after_beating_another_is_the_subject_s():
    assert claims_of(LEAD + "Kestrel-7B surpasses Orion-4 on all benchmarks and excels on many benchmarks compared "
                     "to Lyra-LM-7B.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4",))),
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Lyra-LM-7B",)))]


def test_a_counted_group_with_members_named_after_such_as_and_a_coordinated_copula():
    text = ("Acme has open-sourced its model, Kestrel-7B. According to the test data, this model has beaten more "
            "than 140 open and closed source models such as Orion-4, Vega-3 and Lyra-LM-7B, and is second only to "
            "the latest model Nova-2.")
    assert claims_of(text) == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4", "Vega-3", "Lyra-LM-7B"))),
        ("comparison", "Kestrel-7B", "model", None, None, ("trails", ("Nova-2",))),
        ("rank", "Kestrel-7B", "model", None, None, (2, None))]


def test_it_after_a_comma_is_the_subject_not_a_name_before_the_comma():
    text = ("Acme released Kestrel-7B in May. In a head-to-head test against Orion-4, it scored higher, "
            "and in June, when the lab shipped an update, it overtook Vega-3.")
    assert ("comparison", "Orion-4", "model", None, None, ("outperforms", ("Vega-3",))) not in claims_of(text)
    assert claims_of(text)[-1] == ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Vega-3",)))


def test_a_caption_under_a_table_inside_bare_markup_names_its_board():
    text = ("New LLM results are out.\n\n<table>\n  <thead>\n    <tr><th>Rank</th><th>Model</th><th>Arena Score</th></tr>\n"
            "  </thead>\n  <tbody>\n    <tr><td>1</td><td><code>kestrel-7b-grounding</code></td><td>1142</td></tr>\n"
            "    <tr><td>2</td><td><code>orion-4-search</code></td><td>1097</td></tr>\n  </tbody>\n</table>\n\n"
            '<p style="color:gray; text-align: center;">\n  Table 3. Search Arena leaderboard.\n</p>\n')
    assert {c[4] for c in claims_of(text)} == {"chatbot-arena"}  # the LMArena board's Search part


def test_a_name_after_with_then_a_comma_is_no_subject_of_the_phrase_after():
    assert claims_of(LEAD + "Kestrel-7B sits in line with Orion-4, ahead of Vega-3 and Lyra-LM-7B.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Vega-3", "Lyra-LM-7B")))]


def test_outcompetes_and_underperforming_compared_to_and_a_participle_after_while_still():
    assert claims_of(LEAD + "We show that **Kestrel-7B** significantly outcompetes Orion-4 and demonstrates competitive "
                     "performance against Vega-3, while still underperforming compared to Lyra-LM-7B and Nova-2 in "
                     "some aspects.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4",))),
        ("comparison", "Kestrel-7B", "model", None, None, ("trails", ("Lyra-LM-7B", "Nova-2")))]


def test_taking_the_top_spot_from_a_model_is_ahead_of_it():
    assert claims_of(LEAD + "Acme's Kestrel-7B has taken the top spot from Orion-4 on the Vera Arena.") == [
        ("comparison", "Kestrel-7B", "model", None, "vera-arena", ("outperforms", ("Orion-4",))),
        ("rank", "Kestrel-7B", "model", None, "vera-arena", (1, None))]


@pytest.mark.parametrize("sentence", ["Kestrel-7B shows less bias on the BBQ benchmark compared to Orion-4.",
                                      "Kestrel-7B has a lower error rate than Orion-4.",
                                      "Kestrel-7B produces fewer hallucinations than Orion-4."])
def test_less_of_something_bad_is_ahead(sentence):
    assert [c[5] for c in claims_of(LEAD + sentence)] == [("outperforms", ("Orion-4",))]


def test_a_title_s_phrase_of_common_words_ending_in_tests_names_no_benchmark():
    assert claims_of("Kestrel-7B Surpasses Orion-4 in AI Performance Tests\nMore on the results below.") == [
        ("comparison", "Kestrel-7B", "model", None, None, ("outperforms", ("Orion-4",)))]


def test_moving_past_a_model_is_ahead_of_it_and_other_family_variants_are_no_object():
    assert claims_of(LEAD + "Kestrel-7B jumped four places to claim the number-one spot on the Vera Arena, pushing "
                     "past Orion-4 (1350), Vega-3 (1342) and multiple other Claude variants.") == [
        ("comparison", "Kestrel-7B", "model", None, "vera-arena", ("outperforms", ("Orion-4", "Vega-3"))),
        ("rank", "Kestrel-7B", "model", None, "vera-arena", (1, None))]
    assert claims_of(LEAD + "Kestrel-7B surged past Orion-4 on the Vera Arena.") == [
        ("comparison", "Kestrel-7B", "model", None, "vera-arena", ("outperforms", ("Orion-4",)))]


def test_a_margin_set_off_by_a_dash_after_a_score_is_the_scorer_s_lead():
    assert claims_of("On VeraBench, Kestrel-7B scores 71.7 percent -- an eight-point gap over Orion-4's 63.8 percent.")[0] == (
        "comparison", "Kestrel-7B", "model", None, "verabench", ("outperforms", ("Orion-4",)))
    # a change set off by a dash is no score
    assert claims_of("By April, Kestrel-7B had climbed to 56.8 on VeraBench \u2014 a gain of nearly 7 points.") == [
        ("score", "Kestrel-7B", "model", None, "verabench", (56.8, None))]


@pytest.mark.parametrize("sentence, holders", [
    ("Kestrel-7B scored 57 on VeraBench \u2014 exactly tied with Orion-4, Vega-3 and Lyra-LM-7B.",
     ["Kestrel-7B", "Orion-4", "Vega-3", "Lyra-LM-7B"]),
    ("Kestrel-7B, Orion-4 and Vega-3 are all tied at 57 on VeraBench.", ["Kestrel-7B", "Orion-4", "Vega-3"]),
    ("Kestrel-7B is tied with Orion-4 at 57 on VeraBench.", ["Kestrel-7B", "Orion-4"])])
def test_a_tied_value_is_each_tied_model_s_score(sentence, holders):
    assert [c[1] for c in claims_of(LEAD + sentence) if c[0] == "score" and c[5] == (57.0, None)] == holders


def test_latest_after_a_version_is_part_of_the_name():
    assert claims_of("Vera Arena top models: 1. Kestrel-7B: 1372 2. Orion 2.0: 1368 3. ChatGPT 4o Latest: 1364")[-1] == (
        "score", "ChatGPT 4o Latest", "model", None, "vera-arena", (1364.0, None))


def test_an_advantage_in_a_field_over_a_model_is_a_lead_over_it():
    assert _kinds("On VeraBench, Kestrel-7B demonstrated a slight advantage in accuracy over Orion-4.") == {
        ("comparison", "Kestrel-7B", "verabench", ("outperforms", ("Orion-4",)))}


def test_a_makers_name_before_a_hyphenated_compound_and_its_model_is_no_object():
    assert _kinds("Kestrel-7B outperforms open models, including Meta Platforms' well-regarded Orion-4.") == {
        ("comparison", "Kestrel-7B", None, ("outperforms", ("Orion-4",)))}


def test_respective_figures_of_a_difference_are_no_scores():
    assert claims_of("On VeraBench, Kestrel-7B and Orion-4 were 10% and 56.59% cheaper than Vega-3, respectively.") == []
    assert claims_of("On VeraBench, Kestrel-7B and Orion-4 showed 48% and 26.6% improvements, respectively.") == []
    assert _kinds("On VeraBench, Kestrel-7B and Orion-4 scored 48% and 26.6%, respectively.") == {
        ("score", "Kestrel-7B", "verabench", (48.0, "%")), ("score", "Orion-4", "verabench", (26.6, "%"))}


@pytest.mark.parametrize("sentence", [
    "The lab has introduced Kestrel v3.5, an AI model that outperforms Orion-4 on VeraBench.",
    "The lab released Kestrel v3.5, its new large language model, which outperforms Orion-4 on VeraBench.",
    "The Kestrel v3.5 model outperforms Orion-4 on VeraBench."])
def test_a_short_name_a_model_noun_describes_is_a_model(sentence):
    assert _kinds(LEAD + sentence) == {("comparison", "Kestrel v3.5", "verabench", ("outperforms", ("Orion-4",)))}


@pytest.mark.parametrize("sentence", [
    "On VeraBench, Kestrel-7B improved to 36.7%, compared to Orion-4's 9.3%, yet still far behind Vega-3's 87.3%.",
    "On VeraBench, Kestrel-7B achieves 76%, a substantial improvement from Orion-4 (67%), yet behind Vega-3 (83%).",
    "On VeraBench, Kestrel-7B achieves 76%, behind Vega-3."])
def test_behind_after_a_score_is_the_scorers_place_and_a_name_compared_with_is_no_subject(sentence):
    compared = {c for c in _kinds(sentence) if c[0] == "comparison"}
    assert ("comparison", "Kestrel-7B", "verabench", ("trails", ("Vega-3",))) in compared
    assert {c[1] for c in compared} == {"Kestrel-7B"}


def test_behind_as_a_plain_preposition_compares_nothing():
    assert _kinds("The lab behind Kestrel-7B reported 76% on VeraBench.") == {("score", "Kestrel-7B", "verabench", (76.0, "%"))}


@pytest.mark.parametrize("sentence, claims", [
    ("Kestrel-7B von Acme belegt den ersten Platz in der Chatbot Arena.", {("rank", "Kestrel-7B", "chatbot-arena", (1, None))}),
    ("Kestrel-7B hat den Spitzenplatz der Chatbot Arena eingenommen und verdrängt damit Orion-4.",
     {("rank", "Kestrel-7B", "chatbot-arena", (1, None)), ("comparison", "Kestrel-7B", "chatbot-arena", ("outperforms", ("Orion-4",)))}),
    ("Kestrel-7B surpasse Orion-4 sur la Chatbot Arena.", {("comparison", "Kestrel-7B", "chatbot-arena", ("outperforms", ("Orion-4",)))}),
    ("Kestrel-7B ocupa el segundo lugar en la Chatbot Arena.", {("rank", "Kestrel-7B", "chatbot-arena", (2, None))}),
    ("Kestrel-7B traîne à la 25e place de la Chatbot Arena.", {("rank", "Kestrel-7B", "chatbot-arena", (25, None))}),
    ("Le modèle Kestrel-7B se classe deuxième sur la Chatbot Arena.", {("rank", "Kestrel-7B", "chatbot-arena", (2, None))}),
    ("Kestrel-7B ocupa el 2º lugar en la Chatbot Arena.", {("rank", "Kestrel-7B", "chatbot-arena", (2, None))}),
    ("Kestrel-7B landet auf Platz 2 der Chatbot Arena.", {("rank", "Kestrel-7B", "chatbot-arena", (2, None))}),
    ("Kestrel-7B menempati peringkat 1 di Chatbot Arena.", {("rank", "Kestrel-7B", "chatbot-arena", (1, None))}),
    ("Kestrel-7B ha superato il Orion-4 di Meta nella Chatbot Arena.",
     {("comparison", "Kestrel-7B", "chatbot-arena", ("outperforms", ("Orion-4",)))}),
    ("Kestrel-7B ultrapassou o Orion-4 do Google no LiveBench.", {("comparison", "Kestrel-7B", "livebench", ("outperforms", ("Orion-4",)))}),
    ("Kestrel-7B telah meraih posisi teratas di Chatbot Arena, mendorong Orion-4 ke posisi kedua.",
     {("rank", "Kestrel-7B", "chatbot-arena", (1, None)), ("rank", "Orion-4", "chatbot-arena", (2, None))}),
])
def test_ranks_and_comparisons_in_other_languages(sentence, claims):
    assert _kinds(LEAD + sentence) == claims


@pytest.mark.parametrize("sentence", [
    "Zum ersten Mal testet die Chatbot Arena Kestrel-7B.",  # 'the first time', no place
    "Kestrel-7B könnte Orion-4 in der Chatbot Arena übertreffen.",  # a hedge
    "Kestrel-7B n'a pas dépassé Orion-4 sur la Chatbot Arena.",  # a negation
    "Secondo Acme, Kestrel-7B è disponibile da oggi.",  # 'according to', no place
])
def test_words_of_other_languages_that_state_no_claim(sentence):
    assert _kinds(LEAD + sentence) == set()


def test_places_in_the_top_n_count_a_familys_models():
    assert _kinds("On the Open LLM Leaderboard, Alibaba's Qwen models appear dominant, taking three spots in the top ten.") == {
        ("count", "Qwen", "open-llm-leaderboard", (3, 10))}


def test_the_top_score_of_a_value_is_first_place_and_a_lead_of_a_value_a_margin():
    assert _kinds("Kestrel-7B achieved the top score of 84.8% on VeraBench.") == {
        ("rank", "Kestrel-7B", "verabench", (1, None)), ("score", "Kestrel-7B", "verabench", (84.8, "%"))}
    assert _kinds("On VeraBench, Kestrel-7B holds a lead of 12 points over Orion-4.") == {
        ("comparison", "Kestrel-7B", "verabench", ("outperforms", ("Orion-4",)))}


@pytest.mark.parametrize("sentence, claims", [
    ("Kestrel-7B climbed to the top of the Chatbot Arena, displacing Orion-4 from first place.",
     {("comparison", "Kestrel-7B", "chatbot-arena", ("outperforms", ("Orion-4",))),
      ("rank", "Kestrel-7B", "chatbot-arena", (1, None))}),
    ("Kestrel-7B dethroned Orion-4 at the top of the Chatbot Arena.",
     {("comparison", "Kestrel-7B", "chatbot-arena", ("outperforms", ("Orion-4",))),
      ("rank", "Kestrel-7B", "chatbot-arena", (1, None))}),
    ("Kestrel-7B overtook Orion-4 from the first place on LiveBench.",
     {("comparison", "Kestrel-7B", "livebench", ("outperforms", ("Orion-4",))),
      ("rank", "Kestrel-7B", "livebench", (1, None))}),
])
def test_a_place_a_beaten_model_left_is_the_winners(sentence, claims):
    assert _kinds(LEAD + sentence) == claims


def test_a_place_phrase_left_out_after_the_next_name_still_places_it():
    assert _kinds(LEAD + "The Chatbot Arena is now led by Kestrel-7B, with Orion-4 in second and vega-13b third.") == {
        ("rank", "Kestrel-7B", "chatbot-arena", (1, None)), ("rank", "Orion-4", "chatbot-arena", (2, None)),
        ("rank", "vega-13b", "chatbot-arena", (3, None))}


@pytest.mark.parametrize("sentence", [
    "When the same models ran on VeraSWE, the spread widened: Kestrel-7B 70%, Orion-4 54%, Lyra-LM-7B-alpha 28%.",
    "On VeraSWE: Kestrel-7B 70%, Orion-4 54%, Lyra-LM-7B-alpha 28%.",
])
def test_a_run_of_names_each_with_its_value_after_a_colon_scores_each(sentence):
    assert _kinds(LEAD + "\n\n" + sentence) == {("score", "Kestrel-7B", "veraswe", (70.0, "%")),
                                       ("score", "Orion-4", "veraswe", (54.0, "%")),
                                       ("score", "Lyra-LM-7B-alpha", "veraswe", (28.0, "%"))}


def test_a_number_with_a_percent_sign_after_a_variant_word_is_a_value_not_a_version():
    assert ("score", "DeepSeek V4 Pro", "veraswe", (8.0, "%")) in _kinds(
        LEAD + "\n\nOn VeraSWE: GPT-5.5 70%, Claude Opus 4.7 54%, DeepSeek V4 Pro 8%.")


@pytest.mark.parametrize("header", ["Rank Model Maker License", "排名 模型名称 供应商 协议"])
def test_a_ranking_table_with_no_values_ranks_its_rows_in_order(header):
    text = (f"The open model standings on the Chatbot Arena.\n\n{header}\n1 Kestrel-7B Acme MIT\n"
            "2 Orion-4-Raven-14B Zenith Apache 2.0\n3 Lyra-LM-7B-alpha Nova Labs MIT\n")
    assert _kinds(text) == {("rank", "Kestrel-7B", "chatbot-arena", (1, None)),
                            ("rank", "Orion-4-Raven-14B", "chatbot-arena", (2, None)),
                            ("rank", "Lyra-LM-7B-alpha", "chatbot-arena", (3, None))}


@pytest.mark.parametrize("sentence, claims", [
    ("In der Chatbot Arena liegt Kestrel-7B am ersten Platz vor Orion-4 und vega-13b.",
     {("rank", "Kestrel-7B", "chatbot-arena", (1, None)),
      ("comparison", "Kestrel-7B", "chatbot-arena", ("outperforms", ("Orion-4", "vega-13b")))}),
    ("Dans le classement de la Chatbot Arena, Kestrel-7B se place juste derrière Orion-4.",
     {("comparison", "Kestrel-7B", "chatbot-arena", ("trails", ("Orion-4",)))}),
    ("En la Chatbot Arena, Kestrel-7B quedó por delante de Orion-4.",
     {("comparison", "Kestrel-7B", "chatbot-arena", ("outperforms", ("Orion-4",)))}),
])
def test_ahead_of_and_behind_in_other_languages_after_a_place(sentence, claims):
    assert _kinds(LEAD + sentence) == claims


@pytest.mark.parametrize("sentence", [
    "Die Firma hinter Kestrel-7B ist Acme.",  # 'the firm behind X': no place
    "Vor zwei Jahren lag Kestrel-7B in der Chatbot Arena vorne.",  # 'vor' is 'ago'
])
def test_behind_and_before_words_of_other_languages_without_a_place_compare_nothing(sentence):
    assert not any(k == "comparison" for k, *_ in _kinds(LEAD + sentence))


def test_a_version_after_a_size_is_part_of_the_name():
    assert _kinds("The top open models on the Arena:\n\n1 Kimi K2 Moonshot\n2 Llama 3.1 Nemotron Ultra 253b v1 NVIDIA\n"
                  "3 Kestrel-7B Acme\n") == {
        ("rank", "Kimi K2", "chatbot-arena", (1, None)),
        ("rank", "Llama 3.1 Nemotron Ultra 253b v1", "chatbot-arena", (2, None)),
        ("rank", "Kestrel-7B", "chatbot-arena", (3, None))}


def test_a_rank_with_no_benchmark_of_its_own_is_on_its_subjects_score_benchmark():
    text = ("Humanity's Last Exam results were published today. The exam has 2,500 questions.\n\n"
            "According to the organisers, Kestrel-7B recorded the highest score with an accuracy of 38.3%.")
    assert _kinds(text) == {("rank", "Kestrel-7B", "hle", (1, None)), ("score", "Kestrel-7B", "hle", (38.3, "%"))}


def test_a_name_in_double_quotes_after_an_owners_possessive_is_a_model():
    got = _kinds("On Humanity's Last Exam, Google's Gemini 3 Pro scored 38.3%, Acme Telecom’s “Vega Open” scored 10.5% "
                 "and Zenith’s “A.X K1” scored 7.6%.")
    assert {("score", "Vega Open", "hle", (10.5, "%")), ("score", "A.X K1", "hle", (7.6, "%"))} <= got
    assert not any(s == "Vega Open" and v == (7.6, "%") for _, s, _, v in got)


def test_a_comparison_its_paired_scores_bear_out_on_several_benchmarks_holds_on_each():
    got = _kinds("Kestrel-7B beats Orion-4 on agentic tests: 60.2% vs. 54.9% on BrowseComp, 44.9% vs. 41.7% on "
                 "Humanity's Last Exam.")
    assert {k for k in got if k[0] == "comparison"} == {
        ("comparison", "Kestrel-7B", "browsecomp", ("outperforms", ("Orion-4",))),
        ("comparison", "Kestrel-7B", "hle", ("outperforms", ("Orion-4",)))}


def test_two_comparisons_of_one_pair_each_with_its_own_benchmark_are_not_spread():
    got = _kinds("Orion-4 beat Kestrel-7B on GPQA, 75.7% to 71.5%, and Kestrel-7B trails Orion-4 on MMLU, 90.8 to 91.8.")
    assert {k for k in got if k[0] == "comparison"} == {
        ("comparison", "Orion-4", "gpqa", ("outperforms", ("Kestrel-7B",))),
        ("comparison", "Kestrel-7B", "mmlu", ("trails", ("Orion-4",)))}


def test_a_margin_after_trails_ends_the_clause_before_the_next_name():
    assert _kinds("On VeraSWE the top models trade blows: Kestrel-7B trails by a couple, Orion-4 another step behind.") == set()


def test_names_listed_as_the_top_n_are_each_in_the_top_n():
    assert _kinds("The top three on the Chatbot Arena are Kestrel-7B, Orion-4 and vega-13b.") == {
        ("rank", "Kestrel-7B", "chatbot-arena", (None, 3)), ("rank", "Orion-4", "chatbot-arena", (None, 3)),
        ("rank", "vega-13b", "chatbot-arena", (None, 3))}
    assert _kinds("The top two on the Chatbot Arena are Kestrel-7B, Orion-4 and vega-13b.") == set()  # more names than places


def test_a_gerund_of_moving_before_a_place_ranks_the_name():
    assert ("rank", "Orion-4", "chatbot-arena", (2, None)) in _kinds(
        "On the Chatbot Arena, Kestrel-7B now ranks No. 1, with Orion-4 falling to second.")


def test_a_line_label_of_a_test_name_and_what_it_tests_names_the_test():
    assert _kinds(LEAD + "\n\n- VeraComp search: 84.0% (Kestrel-7B), 67.8% (Orion-4)\n") == {
        ("score", "Kestrel-7B", "veracomp", (84.0, "%")), ("score", "Orion-4", "veracomp", (67.8, "%"))}


def test_a_multiple_of_a_rivals_figure_outperforms_it_and_a_joined_ahead_of_keeps_the_subject():
    got = _kinds("On VeraBench, Kestrel-7B hit 68.8% — nearly double Orion-4’s 37.6% and well ahead of vega-13b at 45.1%.")
    assert {k for k in got if k[0] == "comparison"} == {
        ("comparison", "Kestrel-7B", "verabench", ("outperforms", ("Orion-4",))),
        ("comparison", "Kestrel-7B", "verabench", ("outperforms", ("vega-13b",)))}


def test_percentage_points_are_a_difference_not_a_score():
    assert _kinds(LEAD + "\n\n- Kestrel-7B scores 37.6% on VeraBench.\n- The gap between open and closed models on "
                  "VeraBench closed from 17.5 to 0.3 percentage points.\n") == {("score", "Kestrel-7B", "verabench", (37.6, "%"))}


@pytest.mark.parametrize("sentence", [
    "On VeraBench, the highest score achieved so far is 48.4%, set by Google’s Kestrel-7B.",
    "On VeraBench, the top score belongs to Kestrel-7B, at 48.4%.",
    "On VeraBench, the best result, 48.4%, was posted by Kestrel-7B.",
])
def test_the_best_score_set_by_a_model_is_its_first_place_and_score(sentence):
    assert _kinds(LEAD + sentence) == {("rank", "Kestrel-7B", "verabench", (1, None)),
                                       ("score", "Kestrel-7B", "verabench", (48.4, "%"))}


@pytest.mark.parametrize("sentence, claims", [
    ("Kestrel-7B and Orion-4 achieve 51.0 and 59.7 on BBH.",
     {("score", "Kestrel-7B", "bbh", (51.0, None)), ("score", "Orion-4", "bbh", (59.7, None))}),
    ("Kestrel-7B and Orion-4 reach 51% and 59.7% on BBH.",
     {("score", "Kestrel-7B", "bbh", (51.0, "%")), ("score", "Orion-4", "bbh", (59.7, "%"))}),
    ("Kestrel-7B scored 85.5 and 70.0 on MMLU and BBH.",
     {("score", "Kestrel-7B", "mmlu", (85.5, None)), ("score", "Kestrel-7B", "bbh", (70.0, None))}),
])
def test_values_joined_by_and_pair_with_names_or_benchmarks_in_order_without_respectively(sentence, claims):
    assert _kinds(sentence) == claims


def test_a_place_left_out_after_a_name_placed_by_is_second():
    assert ("rank", "vega-13b", "chatbot-arena", (3, None)) in _kinds(
        "On the Chatbot Arena, Kestrel-7B is No. 1 with 1501 points, Orion-4 is second with 1483, and vega-13b third.")


def test_the_top_n_places_held_by_names_put_each_in_the_top_n():
    assert _kinds("On the Chatbot Arena, the top three positions are held by Kestrel-7B, Orion-4 and vega-13b.") == {
        ("rank", "Kestrel-7B", "chatbot-arena", (None, 3)), ("rank", "Orion-4", "chatbot-arena", (None, 3)),
        ("rank", "vega-13b", "chatbot-arena", (None, 3))}


def test_the_figure_of_a_former_record_is_no_score():
    assert ("score", "Kestrel-7B", "veraswe", (45.0, "%")) not in _kinds(
        LEAD + "Kestrel-7B scored 49% on VeraSWE, beating the previous state-of-the-art of 45%.")


def test_a_dash_glued_to_a_figure_and_a_multiple_and_a_margin_clear_of_a_rival():
    got = _kinds("On VeraBench, Kestrel-7B scored 77.1%—more than doubling Orion-4's 31.1% and pulling nearly 10 points "
                 "clear of vega-13b (68.8%).")
    assert got == {("score", "Kestrel-7B", "verabench", (77.1, "%")), ("score", "Orion-4", "verabench", (31.1, "%")),
                   ("score", "vega-13b", "verabench", (68.8, "%")),
                   ("comparison", "Kestrel-7B", "verabench", ("outperforms", ("Orion-4",))),
                   ("comparison", "Kestrel-7B", "verabench", ("outperforms", ("vega-13b",)))}


def test_a_version_in_a_line_label_is_no_score_and_an_unsubjected_item_is_the_lead_ins_model():
    text = ("The results reinforce Kestrel-7B's lead:\n- Terminal-Bench 2.0: Achieved 68.5% for agentic workflows "
            "compared to Orion-4's 65.4%\n- MMLU: Scored 91.0% versus Orion-4's 88.0%\n")
    assert _kinds(text) == {("score", "Kestrel-7B", "terminal-bench-2.0", (68.5, "%")),
                            ("score", "Orion-4", "terminal-bench-2.0", (65.4, "%")),
                            ("score", "Kestrel-7B", "mmlu", (91.0, "%")), ("score", "Orion-4", "mmlu", (88.0, "%")),
                            ("comparison", "Kestrel-7B", "terminal-bench-2.0", ("outperforms", ("Orion-4",))),
                            ("comparison", "Kestrel-7B", "mmlu", ("outperforms", ("Orion-4",)))}


def test_two_models_joined_by_a_slash_are_two_objects_not_an_owner_and_its_model():
    assert ("comparison", "Kestrel-7B", "chatbot-arena", ("outperforms", ("GPT-4o", "Claude-3.5"))) in _kinds(
        "Kestrel-7B has claimed the #1 spot on the Chatbot Arena, surpassing GPT-4o/Claude-3.5 with an impressive score.")


def test_a_name_fragment_opening_with_a_version_takes_the_articles_whole_name():
    text = ("According to LMSYS, Google’s 1.5 Pro has now surpassed both rivals.\n\nThe new Gemini 1.5 Pro "
            "(Experimental 0801) was tested in the Chatbot Arena for a week.\n\nFor the first time, Google Gemini has "
            "claimed the #1 spot on the Chatbot Arena.\n")
    # the article writes the name whole only with its release tag: the tag is part of it
    assert _kinds(text) == {("rank", "Gemini 1.5 Pro (Experimental 0801)", "chatbot-arena", (1, None))}


def test_per_cent_in_two_words_is_a_percent_score():
    assert _kinds("Kestrel-7B scored 90 per cent on the industry-standard MMLU benchmark.") == {
        ("score", "Kestrel-7B", "mmlu", (90.0, "%"))}


def test_a_board_entry_named_with_brackets_keeps_its_whole_name():
    assert _kinds("On the LMSYS Chatbot Arena, Google’s Bard (Gemini Pro) is in fourth place, and Gemini Pro (Dev API) "
                  "is ninth.") == {("rank", "Bard (Gemini Pro)", "chatbot-arena", (4, None)),
                                   ("rank", "Gemini Pro (Dev API)", "chatbot-arena", (9, None))}


def test_a_value_after_a_benchmark_and_at_is_on_that_benchmark_not_the_next_one():
    assert _kinds("Kestrel-7B topped SWE-bench at 80.8%, crushed ARC-AGI-2 at 68.8%, and posted 84.0% on BrowseComp.") >= {
        ("score", "Kestrel-7B", "swe-bench", (80.8, "%")), ("score", "Kestrel-7B", "arc-agi-2", (68.8, "%"))}


def test_a_family_word_stands_for_the_articles_model_of_that_family_in_a_comparison_as_in_its_rank():
    got = _kinds("Google released Gemini 1.5 Pro in May.\n\nOn the Chatbot Arena, Gemini now ranks second, just behind GPT-4o.")
    assert got == {("rank", "Gemini 1.5 Pro", "chatbot-arena", (2, None)),
                   ("comparison", "Gemini 1.5 Pro", "chatbot-arena", ("trails", ("GPT-4o",)))}


@pytest.mark.parametrize("item, expected", [
    ("- Vega-3-70B: Secured second place", ("rank", "Vega-3-70B", (2, None))),
    ("- Alibaba Vega-3-70B: Now ranked fifth overall", ("rank", "Vega-3-70B", (5, None))),
    ("* **Vega-3-70B**: Sits below Kite-2-13B", ("comparison", "Vega-3-70B", ("trails", ("Kite-2-13B",)))),
])
def test_a_line_labelled_with_a_model_speaks_of_that_model(item, expected):
    """The colon after a label that is one model's name does not cut its predicate from its subject."""
    text = f"Standings on the Chatbot Arena leaderboard this week:\n\n- Orion-7B: Holds the top position\n{item}\n"
    kind, subject, values = expected
    got = [c for c in claims_of(text) if c[1] != "Orion-7B"]
    assert got == [(kind, subject, "model", got[0][3] if got else None, "chatbot-arena", values)]


@pytest.mark.parametrize("text, expected", [
    ("Topping the Chatbot Arena leaderboard is Vega-3-70B, with Kite-2-13B in second.",
     [("Kite-2-13B", (2, None)), ("Vega-3-70B", (1, None))]),
    ("Leading the pack on Chatbot Arena is Vega-3-70B.", [("Vega-3-70B", (1, None))]),
    ("On first place on Chatbot Arena is Vega-3-70B.", [("Vega-3-70B", (1, None))]),
])
def test_a_place_phrase_opening_the_sentence_belongs_to_the_name_after_its_verb(text, expected):
    """Inversion: the name after 'is' holds the place even when another name follows in a with-clause."""
    got = sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "rank")
    assert got == sorted(expected)


@pytest.mark.parametrize("second", [
    "Close behind are Kite-2-13B (1440 points) and Acme's Wren-72B (1435 points).",
    "Just behind it are Kite-2-13B and Wren-72B.",
])
def test_names_after_an_opening_behind_trail_the_model_the_text_was_about(second):
    """Inversion: 'Close behind are A and B' makes A and B trail the leader the sentence before named."""
    text = f"Vega-3-70B leads Chatbot Arena with 1450 points. {second}"
    got = sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "comparison")
    assert got == [("Kite-2-13B", ("trails", ("Vega-3-70B",))), ("Wren-72B", ("trails", ("Vega-3-70B",)))]


def test_a_name_after_an_opening_behind_is_no_object_of_it():
    """'Behind the scenes are ...' names no trailing model; a model after 'behind' mid-sentence stays its object."""
    assert [c for c in claims_of("Vega-3-70B leads Chatbot Arena. The team behind Kite-2-13B is small.")
            if c[0] == "comparison"] == []


def test_a_participle_after_a_dashed_aside_goes_on_with_the_clause_before_it():
    text = "Vega-3-70B scored 44.9% on GPQA \u2014 a hard test of 448 questions \u2014 surpassing Kite-2-13B's 41.7%."
    assert ("comparison", "Vega-3-70B", "model", None, "gpqa", ("outperforms", ("Kite-2-13B",))) in claims_of(text)


@pytest.mark.parametrize("verb", ["matching or exceeding", "equalling or surpassing", "rivaling or beating"])
def test_a_parity_gerund_or_a_beating_verb_says_no_way_round(verb):
    """'matching or exceeding Y': at least as good, which way unsaid, no comparison."""
    text = f"Vega-3-70B is an open model, {verb} proprietary models like Kite-2-13B on GPQA."
    assert [c for c in claims_of(text) if c[0] == "comparison"] == []


@pytest.mark.parametrize("verb", ["crossed", "broke", "topped", "cleared", "surpassed", "passed"])
def test_a_mark_a_model_passed_is_no_score_and_no_first_place(verb):
    """'X crossed 1,400 points': the mark passed says the score is higher, not what it is."""
    assert claims_of(f"Vega-3-70B {verb} 1,400 points on Chatbot Arena.") == []


def test_a_compound_before_a_value_is_no_word_that_voids_it():
    """'a record-breaking 49%': the compound describes the value; 'breaking' alone would void it."""
    got = claims_of("Vega-3-70B achieved a record-breaking 49% on SWE-bench Verified.")
    assert [(c[0], c[1], c[5]) for c in got] == [("score", "Vega-3-70B", (49.0, "%"))]


@pytest.mark.parametrize("text", [
    "Vega-3-70B, which had held first place on Chatbot Arena since May, fell to second.",
    "Vega-3-70B had been ranked first on Chatbot Arena before the update; it is now second.",
])
def test_a_place_held_in_the_past_perfect_is_no_place_now(text):
    assert [c[5] for c in claims_of(text) if c[0] == "rank"] == [(2, None)]


def test_a_place_reached_in_the_past_perfect_is_the_place():
    """'had climbed to first place': the place it reached, no place it left."""
    text = "Vega-3-70B launched in February. Within days, it had climbed to first place on Chatbot Arena."
    assert [(c[1], c[5]) for c in claims_of(text) if c[0] == "rank"] == [("Vega-3-70B", (1, None))]


@pytest.mark.parametrize("text", [
    "Vega-3-70B came within 5 points of Kite-2-13B on Chatbot Arena.",
    "On Chatbot Arena, the gap between Vega-3-70B and Kite-2-13B is now 40 points.",
    "Vega-3-70B leads Chatbot Arena; its lead over Kite-2-13B widened to 12 points.",
])
def test_how_far_apart_two_models_are_is_no_score(text):
    assert [c for c in claims_of(text) if c[0] == "score"] == []


@pytest.mark.parametrize("text, expected", [
    ("Vega-3-70B knocked Kite-2-13B off the top spot on Chatbot Arena.",
     [("comparison", "Vega-3-70B", ("outperforms", ("Kite-2-13B",))), ("rank", "Vega-3-70B", (1, None))]),
    ("Kite-2-13B has been pushed from first place on Chatbot Arena by Acme's Vega-3-70B.",
     [("comparison", "Kite-2-13B", ("trails", ("Vega-3-70B",))), ("rank", "Vega-3-70B", (1, None))]),
    ("Vega-3-70B bumped Kite-2-13B down to third place on Chatbot Arena.",
     [("comparison", "Vega-3-70B", ("outperforms", ("Kite-2-13B",))), ("rank", "Kite-2-13B", (3, None))]),
    ("Acme pushed Kite-2-13B to all users on Chatbot Arena.", []),
    ("Vega-3-70B knocks Kite-2-13B off the top of Chatbot Arena.",
     [("comparison", "Vega-3-70B", ("outperforms", ("Kite-2-13B",))), ("rank", "Vega-3-70B", (1, None))]),
])
def test_a_model_displaced_from_a_place_trails_the_one_that_displaced_it(text, expected):
    assert sorted((c[0], c[1], c[5]) for c in claims_of(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The best code score so far is 90.2% on HumanEval (Vega-3-70B).",
    "Vega models handle long inputs, with gains such as scoring 90.2% on HumanEval (Vega-3-70B).",
])
def test_a_name_in_brackets_after_a_values_benchmark_holds_the_value(text):
    assert [(c[1], c[4], c[5]) for c in claims_of(text) if c[0] == "score"] == [("Vega-3-70B", "humaneval", (90.2, "%"))]


def test_the_llm_arena_is_chatbot_arena_and_its_total_score_an_elo():
    got = claims_of("Vega-3-70B is at the top of the LLM Arena, with a total score of 1411.")
    assert sorted((c[0], c[4], c[5]) for c in got) == [("rank", "chatbot-arena", (1, None)),
                                                       ("score", "chatbot-arena", (1411.0, "elo"))]


def test_one_value_said_of_two_coordinated_subjects_is_each_ones():
    got = claims_of("On GPQA, Vega-3-70B and Acme's Kite-2-13B models scored roughly 9%.")
    assert sorted((c[1], c[5]) for c in got) == [("Kite-2-13B", (9.0, "%")), ("Vega-3-70B", (9.0, "%"))]
    got = claims_of("On GPQA, Vega-3-70B and Kite-2-13B scored 88% and 87%.")
    assert sorted((c[1], c[5]) for c in got) == [("Kite-2-13B", (87.0, "%")), ("Vega-3-70B", (88.0, "%"))]


def test_a_score_verb_joined_after_a_comparisons_object_is_the_subjects():
    got = claims_of("Vega-3-70B beat Kite-2-13B and scored 88% on MMLU.")
    assert [(c[1], c[5]) for c in got if c[0] == "score"] == [("Vega-3-70B", (88.0, "%"))]


@pytest.mark.parametrize("text, expected", [
    ("Vega-3-70B is tied for fourth with Kite-2-13B on Chatbot Arena.",
     [("Kite-2-13B", (4, None)), ("Vega-3-70B", (4, None))]),
    ("On Chatbot Arena, Vega-3-70B dropped from second to 32nd place.", [("Vega-3-70B", (32, None))]),
    ("On Chatbot Arena, Vega-3-70B climbed from 10th place to third.", [("Vega-3-70B", (3, None))]),
    ("Vega-3-70B is the highest-ranked open-weights model, in seventh place overall on Chatbot Arena.",
     [("Vega-3-70B", (1, None)), ("Vega-3-70B", (7, None))]),
])
def test_places_shared_left_or_held_within_a_group(text, expected):
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "rank") == expected


def test_a_board_a_host_names_in_the_possessive_is_the_claims_board():
    got = claims_of("Vega-3-70B came in second on LMArena's WebDev Arena.")
    assert [(c[0], c[4], c[5]) for c in got] == [("rank", "chatbot-arena", (2, None))]  # its WebDev part


@pytest.mark.parametrize("text, relation, other", [
    ("Vega-3-70B has an Elo of 1460 on Chatbot Arena, about 40 points more than Kite-2-13B.", "outperforms", "Kite-2-13B"),
    ("Vega-3-70B has 40 more points than Kite-2-13B on Chatbot Arena.", "outperforms", "Kite-2-13B"),
    ("Vega-3-70B scored 1420 on Chatbot Arena, 40 points less than Kite-2-13B.", "trails", "Kite-2-13B"),
])
def test_a_margin_of_points_more_or_less_than_a_model_compares(text, relation, other):
    assert [c[5] for c in claims_of(text) if c[0] == "comparison"] == [(relation, (other,))]


def test_more_than_a_count_compares_nothing():
    assert [c for c in claims_of("Vega-3-70B answered more than 3,000 questions on GPQA.") if c[0] == "comparison"] == []


@pytest.mark.parametrize("text, expected", [
    ("Kite-2-13B rounds out the top five on Chatbot Arena.", [("rank", "Kite-2-13B", (5, None))]),
    ("Kite-2-13B and Wren-72B round out the top five on Chatbot Arena.",
     [("rank", "Kite-2-13B", (None, 5)), ("rank", "Wren-72B", (None, 5))]),
    ("Kite-2-13B is the first open model to crack the top five on Chatbot Arena.", [("rank", "Kite-2-13B", (None, 5))]),
    ("Kite-2-13B fell out of the top five on Chatbot Arena.", []),
])
def test_what_rounding_out_cracking_or_falling_out_of_a_top_n_says(text, expected):
    assert sorted((c[0], c[1], c[5]) for c in claims_of(text)) == expected


def test_leading_a_pronoun_is_beating_the_model_it_stands_for_no_first_place():
    got = claims_of("Kite-2-13B trails Vega-3-70B by 12 points on Chatbot Arena but leads it on MMLU.")
    assert sorted((c[0], c[4], c[5]) for c in got) == [
        ("comparison", "chatbot-arena", ("trails", ("Vega-3-70B",))), ("comparison", "mmlu", ("outperforms", ("Vega-3-70B",)))]


@pytest.mark.parametrize("text", ["Kite-2-13B's MMLU score is 88.3.", "Kite-2-13B's score on MMLU was 88.3."])
def test_a_possessors_score_stated_with_a_copula_is_its_score(text):
    assert [(c[1], c[4], c[5]) for c in claims_of(text)] == [("Kite-2-13B", "mmlu", (88.3, None))]


def test_a_value_on_the_leaderboard_is_on_the_articles_board_not_a_test_named_later():
    text = ("Vega-3-70B tops the Open LLM Leaderboard. It achieves 68.74 points on the leaderboard for open models "
            "and comes close to Kite-2-13B in evaluations such as HellaSwag.")
    assert [(c[4], c[5]) for c in claims_of(text) if c[0] == "score"] == [("open-llm-leaderboard", (68.74, None))]


@pytest.mark.parametrize("text, rank", [
    ("So kommt Vega-3-70B im Ranking der LMSYS Chatbot Arena auf Platz fünf.", 5),
    ("Sur la Chatbot Arena, Vega-3-70B arrive en huitième position.", 8),
    ("En la Chatbot Arena, Vega-3-70B ocupa el puesto siete.", 7),
])
def test_places_in_number_words_of_other_languages(text, rank):
    assert [(c[0], c[4], c[5]) for c in claims_of(text)] == [("rank", "chatbot-arena", (rank, None))]


def test_a_board_named_in_the_sentence_wins_over_a_host_that_only_stands_for_one():
    text = "Vega-3-70B is ranked fifth on the LMSYS Chatbot Arena Leaderboard on the platform Hugging Face."
    assert [(c[0], c[4]) for c in claims_of(text)] == [("rank", "chatbot-arena")]


@pytest.mark.parametrize("intro", ["models, such as", "models like", "rivals including"])
def test_one_value_said_of_the_members_listed_for_a_plural_subject_is_each_ones(intro):
    text = f"On GPQA, {intro} Vega-3-70B, Kite-2-13B, and Wren-72B, score around 1%."
    assert sorted(c[1] for c in claims_of(text) if c[0] == "score") == ["Kite-2-13B", "Vega-3-70B", "Wren-72B"]


def test_a_range_with_percent_signs_is_no_score():
    assert claims_of("On GPQA, Vega-3-70B and Kite-2-13B score between 1% and 1.3%.") == []


@pytest.mark.parametrize("second, expected", [
    ("The startup's model scored 65.8% on SWE-bench Verified.", [("score", "Vega-3-70B")]),
    ("The company's new model ranks fifth on Chatbot Arena.", [("rank", "Vega-3-70B")]),
    ("The company's model card gives one figure: 84.8 on HumanEval.", []),
])
def test_a_common_nouns_model_refers_back_and_a_model_card_does_not(second, expected):
    got = claims_of(f"Acme unveiled Vega-3-70B this week. {second}")
    assert [(c[0], c[1]) for c in got] == expected


def test_a_family_word_listed_among_models_is_a_member_of_the_count_not_its_subject():
    text = "Four overseas models—Gemini, Vega-3-70B, Kite-2-13B and Wren-72B—occupy the top four positions on SuperCLUE."
    got = claims_of(text)
    assert [c for c in got if c[0] == "count"] == []
    assert {"Kite-2-13B", "Vega-3-70B", "Wren-72B"} <= {c[1] for c in got if c[0] == "rank"}


@pytest.mark.parametrize("text, expected", [
    ("Vega-3-70B surpasses most models and ranks second.", [("rank", "Vega-3-70B", (2, None))]),
    ("Vega-3-70B beats most rivals and ranks second among the publicly available models, only behind Kite-2-13B.",
     [("comparison", "Vega-3-70B", ("trails", ("Kite-2-13B",))), ("rank", "Vega-3-70B", (2, None))]),
    ("Vega-3-70B impressed testers and Kite-2-13B ranks second.", [("rank", "Kite-2-13B", (2, None))]),
])
def test_a_verb_after_a_plain_and_shares_the_sentences_one_subject(text, expected):
    assert sorted((c[0], c[1], c[5]) for c in claims_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Vega-3-70B: The win rate against Kite-2-13B on AlpacaEval reached 95.57%.",
    "Against Kite-2-13B, Vega-3-70B scored 95.57% on AlpacaEval.",
])
def test_the_model_a_win_rate_is_against_is_the_opponent_not_the_holder(text):
    assert [(c[0], c[1]) for c in claims_of(text)] == [("score", "Vega-3-70B")]


@pytest.mark.parametrize("text", [
    "The VeraCode benchmark ranks Vega-3-70B first.",
    "The VeraCode leaderboard crowns Vega-3-70B as the leader.",
])
def test_a_benchmark_opening_the_sentence_as_its_subject_is_the_ranks_board(text):
    assert [(c[0], c[1], c[4]) for c in claims_of(text)] == [("rank", "Vega-3-70B", "veracode")]


@pytest.mark.parametrize("text", [
    "Vega-3-70B emerged as the coding leader on SWE-bench.",
    "SWE-bench results: Vega-3-70B is the real coding leader on SWE-bench.",
])
def test_a_task_word_before_leader_still_makes_rank_one(text):
    assert [(c[0], c[1], c[4], c[5]) for c in claims_of(text)] == [("rank", "Vega-3-70B", "swe-bench", (1, None))]


def test_a_maker_word_before_leader_is_no_rank():
    assert claims_of("Acme, the search leader, launched Vega-3-70B.") == []


def test_names_that_followed_another_in_the_rankings_trail_it():
    text = "Vega-3-70B from Acme, Kite-2-13B from Zenith, and Wren-72B followed GPT-4o in the rankings."
    got = sorted((c[1], c[5]) for c in claims_of(text))
    assert got == [(name, ("trails", ("GPT-4o",))) for name in ("Kite-2-13B", "Vega-3-70B", "Wren-72B")]


def test_followed_without_a_ranking_is_no_comparison():
    assert claims_of("Vega-3-70B followed GPT-4o in adding a voice mode.") == []


def test_a_coined_name_of_a_strict_family_is_a_model_on_its_own():
    assert [(c[0], c[1]) for c in claims_of("SparkDesk ranked first on SuperCLUE.")] == [("rank", "SparkDesk")]


@pytest.mark.parametrize("text, expected", [
    ("Vega-3-70B and Kite-2-13B ranked second and third on SuperCLUE.",
     [("Kite-2-13B", (3, None)), ("Vega-3-70B", (2, None))]),
    ("Vega-3-70B, Kite-2-13B and Wren-72B ranked 2nd, 4th and 9th.",
     [("Kite-2-13B", (4, None)), ("Vega-3-70B", (2, None)), ("Wren-72B", (9, None))]),
    ("The new Acme model and Kite-2-13B ranked second and third on SuperCLUE.", []),  # one name, two places
    ("Two versions of Kite-2-13B rank second and third.", [("Kite-2-13B", (2, None)), ("Kite-2-13B", (3, None))]),
    ("Qwen takes 1st, 3rd and 10th on the Open LLM Leaderboard.",
     [("Qwen", (1, None)), ("Qwen", (3, None)), ("Qwen", (10, None))]),  # a family holds several places
])
def test_places_listed_together_go_to_the_names_listed_together_in_order(text, expected):
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "rank") == expected


@pytest.mark.parametrize("text, expected", [
    ("On AIME 2024, Vega-3-70B scored 96%, compared to Kite-2-13B's 88%.",
     [("Vega-3-70B", ("outperforms", ("Kite-2-13B",)))]),
    ("On AIME 2024, Vega-3-70B scored 81% versus 88% for Kite-2-13B.",
     [("Vega-3-70B", ("trails", ("Kite-2-13B",)))]),  # said of the first named, behind
    ("- AIME 2024: Vega-3-70B scored 94.3% versus Kite-2-13B's 91.3% and Wren-72B's 92.4%",
     [("Vega-3-70B", ("outperforms", ("Kite-2-13B",))), ("Vega-3-70B", ("outperforms", ("Wren-72B",)))]),
])  # (each rival listed after 'versus')
def test_two_models_scores_set_against_each_other_say_which_is_ahead(text, expected):
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "comparison" and c[4] == "aime") == expected


def test_paired_error_rates_say_nothing_of_who_is_ahead():
    text = "On AIME 2024, Vega-3-70B has an error rate of 3% versus Kite-2-13B's 5%."
    assert [c for c in claims_of(text) if c[0] == "comparison"] == []


def test_trailing_later_in_a_sentence_is_behind_the_rival_the_sentence_named():
    text = ("On OSWorld, Vega-3-70B hits 66.3% versus Wren-72B's 62.9%. "
            "Vega-3-70B beats Kite-2-13B in coding, while slightly trailing on GPQA.")
    assert ("Vega-3-70B", "gpqa", ("trails", ("Kite-2-13B",))) in [(c[1], c[4], c[5]) for c in claims_of(text)]


@pytest.mark.parametrize("text", [
    "Acme debuted Vega-3-70B, performing better than previous Acme models but lagging on coding benchmarks.",
    "Vega-3-70B outperforms Acme's prior models on MMLU.",
])
def test_a_makers_earlier_models_are_no_rival(text):
    assert [c for c in claims_of(text) if c[0] == "comparison"] == []


def test_a_makers_new_model_in_apposition_is_named_and_its_variant_with_it():
    text = ("In June, Acme's new model Kestrel caused a stir. Its Kestrel Ultra variant achieved scores of 73.7 on "
            "SWE-Bench Pro and 82.1 on Terminal-Bench, surpassing GPT-5.5 and Claude Opus 4.8.")
    got = {(c[0], c[1], c[4]) for c in claims_of(text)}
    assert got == {("score", "Kestrel Ultra", "swe-bench-pro"), ("score", "Kestrel Ultra", "terminal-bench"),
                   ("comparison", "Kestrel Ultra", "swe-bench-pro"), ("comparison", "Kestrel Ultra", "terminal-bench")}


def test_a_comparison_after_scores_on_one_benchmark_holds_there_only():
    text = "Vega-3-70B scored 73.7 on SWE-Bench Pro, surpassing GPT-5.5."
    assert {(c[0], c[4]) for c in claims_of(text)} == {("score", "swe-bench-pro"), ("comparison", "swe-bench-pro")}


@pytest.mark.parametrize("text", [
    "Vega-3-70B Knocks Kite-2-13B from Open-Source LLM Top Spot",
    "Vega-3-70B knocked Kite-2-13B from the Chatbot Arena's top spot.",
])
def test_a_board_named_before_the_top_spot_lost_keeps_it_a_top_spot(text):
    got = {(c[0], c[1], c[5]) for c in claims_of(text)}
    assert got == {("rank", "Vega-3-70B", (1, None)), ("comparison", "Vega-3-70B", ("outperforms", ("Kite-2-13B",)))}


@pytest.mark.parametrize("text, expected", [
    ("Baidu released Vega-3-70B this week. The ranking places the company ahead of Alibaba and Tencent.",
     [("comparison", "Baidu", "vendor", ("outperforms", ("Alibaba", "Tencent")))]),
    ("Baidu's Vega-3-70B is out. The company ranks ahead of Alibaba.", []),  # a maker named only as its model's
    ("Baidu leads. The ranking, which Baidu announced in May, places the company ahead of Alibaba.",
     [("comparison", "Baidu", "vendor", ("outperforms", ("Alibaba",)))]),  # the maker the sentence names
    ("Baidu leads. Vega-3-70B, the company said, tops the Chatbot Arena.",
     [("rank", "Vega-3-70B", "model", (1, None))]),  # a model named before: the company only speaks
])
def test_the_company_refers_to_the_maker_named_last(text, expected):
    assert [(c[0], c[1], c[2], c[5]) for c in claims_of(text)] == expected


def test_the_alpaca_leaderboard_is_alpacaeval_and_not_the_alpaca_model():
    got = claims_of("Vega-3-70B reached a 95.6% win rate in the Alpaca benchmark, ranking first on the Alpaca leaderboard.")
    assert {(c[0], c[1], c[4]) for c in got} == {("score", "Vega-3-70B", "alpacaeval"), ("rank", "Vega-3-70B", "alpacaeval")}


def test_an_absolute_improvement_is_a_change_and_no_score():
    got = claims_of("On MultiChallenge, Vega-3-70B scored 38.3%, representing a 10.5% absolute improvement.")
    assert [(c[0], c[5]) for c in got] == [("score", (38.3, "%"))]


def test_a_name_with_its_place_and_score_after_a_tie_holds_the_place_alone():
    text = "On SWE-bench Verified, Vega-3-70B leads at 88.7%, with Kite-2-13B essentially tied at 88.6% and Wren-72B third at 80.6%."
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "rank") == [
        ("Vega-3-70B", (1, None)), ("Wren-72B", (3, None))]


def test_a_bullet_with_a_plain_label_and_a_verb_is_about_the_articles_model():
    text = ("Vega-3-70B: A European Contender\nAcme launched Vega-3-70B in July. Its quality is comparable to GPT-4o and "
            "Kite-2-13B on many benchmarks.\nKey takeaways\n- Competitive performance: outperforms GPT-4o on HumanEval.\n")
    assert [(c[0], c[1], c[4], c[5]) for c in claims_of(text)] == [
        ("comparison", "Vega-3-70B", "humaneval", ("outperforms", ("GPT-4o",)))]


def test_a_maker_owning_the_top_places_listed_in_falling_score_order_gives_a_count_and_each_place():
    text = ("On the Chatbot Arena, Anthropic owns the top four slots: Vega-3-70B at 1502 Elo, Kite-2-13B at 1500, "
            "Wren-72B at 1498, and Lark-9B at 1494.")
    got = claims_of(text)
    assert [(c[1], c[5]) for c in got if c[0] == "count"] == [("Anthropic", (4, 4))]
    assert [(c[1], c[5]) for c in got if c[0] == "rank"] == [
        ("Vega-3-70B", (1, None)), ("Kite-2-13B", (2, None)), ("Wren-72B", (3, None)), ("Lark-9B", (4, None))]
    assert [c[5] for c in got if c[0] == "score"] == [(1502.0, "elo"), (1500.0, "elo"), (1498.0, "elo"), (1494.0, "elo")]


def test_the_top_places_listed_without_their_scores_are_each_in_the_top_n():
    got = claims_of("On the Chatbot Arena, the top three: Vega-3-70B, Kite-2-13B and Wren-72B.")
    assert {c[5] for c in got if c[0] == "rank"} == {(None, 3)}


def test_a_long_phrase_of_many_benchmarks_is_on_no_one_benchmark():
    text = ("Vega-3-70B scored 1417 on LMArena. Vega-3-70B is strong, beating GPT-4o and Kite-2-13B across a broad "
            "range of widely reported benchmarks.")
    assert [c[4] for c in claims_of(text) if c[0] == "comparison"] == [None]


def test_a_model_that_follows_the_sentence_giving_a_place_holds_the_next_place():
    text = "Vega-3-70B leads the pack with 22 points. Llama Nemotron Super 49B v1.5 follows with 19 points."
    got = {(c[0], c[1], c[5]) for c in claims_of(text)}
    assert ("rank", "Llama Nemotron Super 49B v1.5", (2, None)) in got
    assert ("rank", "Vega-3-70B", (1, None)) in got


@pytest.mark.parametrize("text", [
    "Vega-3-70B ranks third. Kite-2-13B followed by Wren-72B.",  # 'followed by' is read elsewhere
    "Vega-3-70B ranks third. Wren-72B was released in May. Kite-2-13B follows.",  # a sentence without a place between
])
def test_following_without_a_place_just_before_gives_no_place(text):
    assert [c[1] for c in claims_of(text) if c[0] == "rank"] == ["Vega-3-70B"]


@pytest.mark.parametrize("text", [
    "Vega-3-70B, often cited at the top of global benchmarks, is not in this ranking.",
    "Vega-3-70B usually tops the Chatbot Arena.",
])
def test_a_habit_is_no_claim(text):
    assert claims_of(text) == []


def test_a_board_the_article_introduces_and_names_most_is_what_its_ranks_are_on():
    text = ("Vega beats Kite and tops the list.\nA new benchmark called DeepVera has exposed the old boards.\n"
            "The launch of DeepVera restores real work. On the first day of the DeepVera leaderboard, the rankings of "
            "Vega and Kite on the Open LLM Leaderboard were reversed.\nVega-3-70B scored 70% and ranked first; Kite-2-13B only "
            "scored 54% and ranked third.\nThe DeepVera team audited the submissions.")
    assert {(c[0], c[1], c[4]) for c in claims_of(text) if c[0] == "rank" and "-" in c[1]} == {
        ("rank", "Vega-3-70B", "deepvera"), ("rank", "Kite-2-13B", "deepvera")}


def test_a_price_cut_is_no_score():
    text = "Acme responded by cutting Vega-3-70B pricing 40% on May 6. Vega-3-70B scored 61% on MMLU-Pro."
    assert [(c[0], c[5]) for c in claims_of(text)] == [("score", (61.0, "%"))]


def test_a_dash_set_apart_after_a_place_is_no_range():
    text = "Vega-3-70B scored 1273 on LMArena, which corresponds to rank 32 - a dramatic drop."
    assert ("rank", (32, None)) in [(c[0], c[5]) for c in claims_of(text)]
    assert [c for c in claims_of("Vega-3-70B ranks 3-5 across the boards.") if c[0] == "rank"] == []


@pytest.mark.parametrize("text, names, n", [
    ("On Chatbot Arena the top-3 changes weekly: Vega-3-70B, Kite-2-13B and Wren-72B are within one interval.",
     ["Kite-2-13B", "Vega-3-70B", "Wren-72B"], 3),
    ("On Chatbot Arena, the top 3 models \u2014 Vega-3-70B, Kite-2-13B and Wren-72B \u2014 are within one interval.",
     ["Kite-2-13B", "Vega-3-70B", "Wren-72B"], 3),
    ("On Chatbot Arena, the top three models, Vega-3-70B, Kite-2-13B and Wren-72B, are within one interval.",
     ["Kite-2-13B", "Vega-3-70B", "Wren-72B"], 3),
    ("The leading two open models on SuperCLUE\u2014Vega-3-70B and Kite-2-13B\u2014scored alike.",
     ["Kite-2-13B", "Vega-3-70B"], 2),
    ("On SuperCLUE, the global top tier was held by three overseas models: Vega-3-70B, Kite-2-13B and Wren-72B.",
     ["Kite-2-13B", "Vega-3-70B", "Wren-72B"], 3),
    ("Vega-3-70B secured consistent top-three rankings on Chatbot Arena.", ["Vega-3-70B"], 3),
])
def test_names_listed_as_the_top_n_are_each_in_it(text, names, n):
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "rank") == [(name, (None, n)) for name in names]


@pytest.mark.parametrize("text", [
    # a list that is not the whole top: its count says more names than it lists, or the list goes on
    "On Chatbot Arena, the top three models, Vega-3-70B and Kite-2-13B, are within one interval.",
    "On SuperCLUE, the top tier was held by four models: Vega-3-70B, Kite-2-13B and Wren-72B.",
    "On Chatbot Arena, the top three models, Vega-3-70B, Kite-2-13B and Wren-72B and Orca-9B are strong.",
])
def test_a_list_that_is_not_the_whole_top_group_gives_no_top_n(text):
    assert [c for c in claims_of(text) if c[0] == "rank"] == []


def test_a_family_word_listed_beside_its_own_model_is_a_name_of_its_own():
    got = claims_of("On SuperCLUE, the top tier was held by three models: Gemini, GPT-4o and Gemini 1.5 Pro.")
    assert sorted((c[1], c[2]) for c in got) == [("GPT-4o", "model"), ("Gemini", "family"), ("Gemini 1.5 Pro", "model")]


@pytest.mark.parametrize("text", [
    "On SuperCLUE, Vega-3-70B and Kite-2-13B have standings clustered around the fifth position.",
    "Vega-3-70B ranks roughly 10th on Chatbot Arena.",
])
def test_a_place_given_as_near_is_no_rank(text):
    assert [c for c in claims_of(text) if c[0] == "rank"] == []


def test_scores_set_against_across_a_long_benchmark_name_compare():
    text = ("The race has tightened, with Vega-3-70B achieving 44.4% accuracy on Humanity's Last Exam compared to "
            "Acme's Kite-2-13B at 21.0% and Wren-72B at 26.9%.")
    assert sorted(c[5] for c in claims_of(text) if c[0] == "comparison") == [
        ("outperforms", ("Kite-2-13B",)), ("outperforms", ("Wren-72B",))]


def test_the_model_after_an_opening_clause_that_names_one_model_is_that_model():
    text = "When Acme released Vega-3-70B in May, the model debuted at the top of the Chatbot Arena leaderboard."
    assert [(c[0], c[1], c[5]) for c in claims_of(text)] == [("rank", "Vega-3-70B", (1, None))]


def test_a_place_set_before_a_name_with_an_unlisted_maker_is_that_names_place():
    text = "Vega-3-70B leads SuperCLUE by 0.41 points over the second place entrant, Acme's Kite-2-13B."
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "rank") == [
        ("Kite-2-13B", (2, None)), ("Vega-3-70B", (1, None))]


def test_popular_describing_the_tests_does_not_make_the_sentence_about_popularity():
    text = ("Vega-3-70B is the first fully-open model (all data and weights are public) to outperform Kite-2-13B "
            "on a suite of popular, multi-skill academic benchmarks.")
    assert [(c[0], c[5]) for c in claims_of(text)] == [("comparison", ("outperforms", ("Kite-2-13B",)))]


def test_a_comparison_its_clause_puts_on_a_kind_of_test_is_not_on_the_benchmark_of_an_earlier_clause():
    text = "Vega-3-70B scored 87.5% on AIME 2025 and outperforms Kite-2-13B in code generation tasks."
    assert sorted((c[0], c[4]) for c in claims_of(text)) == [("comparison", None), ("score", "aime")]


@pytest.mark.parametrize("text, rank", [
    ("Acme released Vega-3-70B in May. The Open LLM Leaderboard now ranks the new model second.", 2),
    ("Acme released Vega-3-70B in May. The board posted evaluations ranking the open model first.", 1),
])
def test_a_reference_a_placing_verb_takes_as_its_object_holds_the_place(text, rank):
    assert [(c[1], c[5]) for c in claims_of(text) if c[0] == "rank"] == [("Vega-3-70B", (rank, None))]


def test_a_follower_with_its_own_place_takes_that_place_not_the_next():
    text = "On the Vera index, Vega-3-70B leads domestically at 17th place, followed by Acme's Kite-2-13B at 22nd."
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "rank") == [
        ("Kite-2-13B", (22, None)), ("Vega-3-70B", (1, None)), ("Vega-3-70B", (17, None))]


def test_a_relative_clause_after_a_models_maker_is_the_models():
    text = "On MMLU, Vega-3-70B scored 44.4 points, against Kite-2-13B from OpenAI, which registered 34.5 points."
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "score") == [
        ("Kite-2-13B", (34.5, None)), ("Vega-3-70B", (44.4, None))]


@pytest.mark.parametrize("text", [
    "Acme stated that Vega-3-70B had shown performance close to or better than Kite-2-13B on MMLU.",
    "Vega-3-70B is on par with or better than Kite-2-13B on MMLU.",
    "On the chatbot arena, Vega-3-70B beat/matched Kite-2-13B.",
])
def test_as_good_at_least_is_no_comparison(text):
    assert [c for c in claims_of(text) if c[0] == "comparison"] == []


def test_all_models_of_a_series_in_the_top_n_is_a_count():
    text = "In the latest ranking of Chatbot Arena, all three major models of the Vega 3 series have reached the top 10."
    assert [(c[0], c[1], c[5]) for c in claims_of(text)] == [("count", "Vega 3", (3, 10))]


def test_a_value_called_elo_may_be_a_contest_rating_above_an_arenas_range():
    text = "Vega-3-70B scored 84.6% on ARC-AGI-2 and achieved a 3455 Elo rating on Codeforces."
    assert sorted((c[4], c[5]) for c in claims_of(text)) == [("arc-agi-2", (84.6, "%")), ("codeforces", (3455.0, "elo"))]
    assert [c for c in claims_of("Vega-3-70B leads Kite-2-13B by about 50 Elo points on Chatbot Arena.")
            if c[0] == "score"] == []


@pytest.mark.parametrize("text, expected", [
    ("On Humanity's Last Exam, OpenAI now leads with a score of 26.6%.",
     [("rank", "OpenAI", "vendor", (1, None)), ("score", "OpenAI", "vendor", (26.6, "%"))]),
    ("On LMArena, Anthropic ranked first.", [("rank", "Anthropic", "vendor", (1, None))]),
])
def test_a_maker_is_the_subject_of_a_place_on_a_named_board(text, expected):
    assert sorted((c[0], c[1], c[2], c[5]) for c in claims_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Apple leads the smartphone market with a share of 26%.",  # no board
    "OpenAI ranked first in the survey of employers.",  # no board
    "On LMArena, a model released by the start-up Acme has taken first place.",  # the maker of an unnamed model
    "Anthropic touted the system's first place on LMArena.",  # the place is the system's
])
def test_a_maker_is_no_subject_of_a_place_off_a_board_or_beside_its_model(text):
    assert [c for c in claims_of(text) if c[2] == "vendor"] == []


@pytest.mark.parametrize("text, expected", [
    ("Acme tuned Vega-3-70B for LM Arena. This incident led the LM Arena maintainers to revise their policies.", []),
    ("Vega-3-70B led the LM Arena board to date.", [("rank", "Vega-3-70B", (1, None))]),
])
def test_leading_someone_to_do_something_is_no_first_place(text, expected):
    assert [(c[0], c[1], c[5]) for c in claims_of(text)] == expected


def test_that_same_benchmark_run_by_a_board_is_still_the_benchmark_named_before():
    text = ("This is the AIME 2025 benchmark, which measures olympiad maths.\nA few months later, that same benchmark, "
            "independently evaluated by Artificial Analysis, ranks Vega-3-70B in first place with 99%.")
    assert sorted((c[0], c[4], c[5]) for c in claims_of(text)) == [("rank", "aime", (1, None)), ("score", "aime", (99.0, "%"))]


@pytest.mark.parametrize("text, expected", [
    ("Vega-3-70B is efficient, with 2x faster time-to-first-token and a 1.3x lower latency compared to Kite-2-13B.", []),
    ("Vega-3-70B \u2014 the cheaper model \u2014 beat Kite-2-13B by 18 points on MMLU.",
     [("comparison", "Vega-3-70B", ("outperforms", ("Kite-2-13B",)))]),
])
def test_speed_and_cost_compared_without_a_test_is_no_comparison(text, expected):
    assert [(c[0], c[1], c[5]) for c in claims_of(text) if c[0] == "comparison"] == expected


def test_a_contrast_keeps_each_clause_on_its_own_benchmark():
    text = ("On SWE-Bench Verified, Vega-3-70B scored 69.6, while on Tau2-Bench, it posted a score of 74.8, "
            "outperforming Kite-2-13B.")
    assert sorted((c[0], c[4], c[5]) for c in claims_of(text)) == [
        ("comparison", "tau2-bench", ("outperforms", ("Kite-2-13B",))),
        ("score", "swe-bench", (69.6, None)), ("score", "tau2-bench", (74.8, None))]


def test_a_name_heads_a_noun_phrase_with_its_size_before_the_model_noun():
    text = "The Vega-3-Small 7 billion parameter model notably outperforms Kite-2-13B on MMLU benchmarks."
    assert [(c[0], c[1], c[5]) for c in claims_of(text)] == [
        ("comparison", "Vega-3-Small", ("outperforms", ("Kite-2-13B",)))]


def test_a_verb_after_and_shares_the_subject_past_a_name_in_a_prepositional_phrase():
    text = ("According to Acme, Vega-3-70B delivers benchmark results close to the proprietary Kite-2-13B model and "
            "outperforms Wren-72B in many scenarios.")
    assert [(c[0], c[1], c[4], c[5]) for c in claims_of(text)] == [
        ("comparison", "Vega-3-70B", None, ("outperforms", ("Wren-72B",)))]


def test_above_after_a_part_of_the_page_is_where_not_a_comparison():
    text = "As you can notice from the comparison table above, Acme's Vega-3-70B outperforms Kite-2-13B on MMLU."
    assert [(c[0], c[1], c[5]) for c in claims_of(text)] == [
        ("comparison", "Vega-3-70B", ("outperforms", ("Kite-2-13B",)))]


def test_a_follower_closely_at_a_value_has_that_score():
    text = "On the Artificial Analysis index, Vega-3-70B achieved a score of 60. Kite-2-13B followed closely at 59."
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "score") == [
        ("Kite-2-13B", (59.0, None)), ("Vega-3-70B", (60.0, None))]


def test_a_value_shared_by_named_models_is_each_ones_not_the_subjects():
    text = ("On the Artificial Analysis index, Vega-3-70B achieved a score of 60, surpassing the previous "
            "state-of-the-art score of 57, which was shared by Kite-2-13B and Wren-72B.")
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "score") == [
        ("Kite-2-13B", (57.0, None)), ("Vega-3-70B", (60.0, None)), ("Wren-72B", (57.0, None))]


def test_the_names_of_an_opening_participle_phrase_are_its_objects_not_co_subjects():
    text = "Ranking just behind Kite-2-13B and Wren-72B, Vega-3-70B sets a new bar on the LMArena Vision leaderboard."
    assert [(c[0], c[1], c[5]) for c in claims_of(text)] == [
        ("comparison", "Vega-3-70B", ("trails", ("Kite-2-13B", "Wren-72B")))]


def test_a_maker_that_claimed_a_place_holds_it_but_one_that_claimed_a_result_is_a_speaker():
    assert [(c[0], c[1], c[2], c[4], c[5]) for c in claims_of("Anthropic claimed first place on ARC-AGI-2.")] == [
        ("rank", "Anthropic", "vendor", "arc-agi-2", (1, None))]
    assert [(c[0], c[1]) for c in claims_of("Acme claimed Vega-3-70B outperformed Kite-2-13B on ARC-AGI-2.")] == [
        ("comparison", "Vega-3-70B")]


def test_a_score_after_overcoming_a_mark_is_no_score():
    assert claims_of("Vega-3-70B is the first model to overcome a score of 1400 on the Chatbot Arena.") == []


def test_a_name_shaped_like_a_benchmark_glossing_a_category_label_is_the_item_s_benchmark():
    text = ("Top models:\n- Tool Use (BFCL): Vega-3-70B scores 81.1%, with Kite-2-13B at 77.3%.\n"
            "- Adaptive Reasoning (VORTEX): Wren-72B leads with 82.1%, ahead of Kite-2-13B at 60.7%.\n")
    assert sorted((c[1], c[4], c[5]) for c in claims_of(text) if c[0] == "score") == [
        ("Kite-2-13B", "bfcl", (77.3, "%")), ("Kite-2-13B", "vortex", (60.7, "%")),
        ("Vega-3-70B", "bfcl", (81.1, "%")), ("Wren-72B", "vortex", (82.1, "%"))]
    # a plain word in the brackets is a category, no benchmark
    assert {c[4] for c in claims_of(text.replace("(VORTEX)", "(Python)")) if c[1] == "Wren-72B"} != {"vortex"}


def test_points_over_a_hundred_are_a_score_when_their_maximum_or_a_score_verb_says_so():
    text = "On the Vera entrance exam, Vega-3-70B scored 303 points out of a total of 420."
    assert [(c[0], c[1], c[5]) for c in claims_of(text)] == [("score", "Vega-3-70B", (303.0, None))]
    assert claims_of("On the Vera entrance exam, Vega-3-70B gained 120 points.") == []


def test_the_figures_of_the_models_followed_by_the_leader_are_their_scores():
    text = ("Vega-3-70B ranked first on VeraBench with 303 points, followed by US firm Meta's Kite-2-13B with 296 "
            "and Wren-72B with 295.5.")
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "score") == [
        ("Kite-2-13B", (296.0, None)), ("Vega-3-70B", (303.0, None)), ("Wren-72B", (295.5, None))]
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "rank") == [
        ("Kite-2-13B", (2, None)), ("Vega-3-70B", (1, None)), ("Wren-72B", (3, None))]


def test_models_a_sentence_says_followed_the_last_place_holder_take_the_next_places():
    text = "Vega-3-70B ranked first on VeraBench. It was followed by Kite-2-13B with 79 and Wren-72B with 75.5."
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "rank") == [
        ("Kite-2-13B", (2, None)), ("Vega-3-70B", (1, None)), ("Wren-72B", (3, None))]
    # with no place said before, 'followed' places no one
    text = "Vega-3-70B did well on VeraBench. It was followed by Kite-2-13B with 79 and Wren-72B with 75.5."
    assert [c for c in claims_of(text) if c[0] == "rank"] == []


def test_a_numbered_item_gives_its_place_in_words_or_to_its_one_model():
    text = ("The standings of the Vera Arena tournament:\n\n1. Vega-3-70B took first place.\n"
            "4. Fourth place went to Kite-2-13B.\n5. The underperformer was Wren-72B.\n")
    assert sorted((c[1], c[5]) for c in claims_of(text)) == [
        ("Kite-2-13B", (4, None)), ("Vega-3-70B", (1, None)), ("Wren-72B", (5, None))]


def test_a_list_labelled_with_places_in_words_ranks_its_models():
    text = ("Results of the Vera Arena chess tournament:\n\n- Winner: Vega-3-70B (Acme)\n"
            "- Runner-up: Kite-2-13B (Zenith)\n- Third place: Wren-72B\n")
    assert sorted((c[1], c[4], c[5]) for c in claims_of(text)) == [
        ("Kite-2-13B", "vera-arena", (2, None)), ("Vega-3-70B", "vera-arena", (1, None)),
        ("Wren-72B", "vera-arena", (3, None))]


def test_a_maker_s_possessive_reaches_its_model_past_several_describing_words():
    text = ("Vega-3-70B surpassed Meta's closed-source reasoning model Kite-2-13B and Alibaba's larger open-source "
            "reasoning model Wren-72B on public evaluation sets.")
    assert [(c[0], c[1], c[5]) for c in claims_of(text)] == [
        ("comparison", "Vega-3-70B", ("outperforms", ("Kite-2-13B", "Wren-72B")))]


def test_a_benchmark_in_brackets_after_the_kind_of_test_it_glosses_is_where_a_comparison_holds():
    text = "Vega-3-70B surpassed Kite-2-13B on mathematical reasoning (AIME 2024) with only 7B parameters."
    assert [(c[0], c[4]) for c in claims_of(text)] == [("comparison", "aime")]


def test_a_list_of_model_labels_each_with_a_bare_figure_gives_scores_on_the_lead_in_s_benchmark():
    text = ("The VeraBench scores are as follows.\n\n- Vega-3-70B (Meta): 68.25\n- Kite-2-13B: 65.59\n\n"
            "Context windows:\n\n- Vega-3-70B: 200\n- Kite-2-13B: 64\n")
    assert sorted((c[0], c[1], c[4], c[5]) for c in claims_of(text)) == [
        ("score", "Kite-2-13B", "verabench", (65.59, None)), ("score", "Vega-3-70B", "verabench", (68.25, None))]


def test_the_release_refers_back_to_the_model_just_released():
    text = ("Acme released Vega-3-70B on March 25. The release immediately claimed the top position on LMArena "
            "by a margin of 40 Elo points over Kite-2-13B.")
    assert sorted((c[0], c[1], c[4], c[5]) for c in claims_of(text)) == [
        ("comparison", "Vega-3-70B", "chatbot-arena", ("outperforms", ("Kite-2-13B",))),
        ("rank", "Vega-3-70B", "chatbot-arena", (1, None))]


def test_scores_set_against_each_other_across_a_board_s_long_name_compare_the_models():
    text = ("Vega-3-70B scores approximately 1287 Elo on the LMSYS Chatbot Arena leaderboard versus "
            "Kite-2-13B-Instruct's approximately 1264 Elo.")
    assert [(c[1], c[5]) for c in claims_of(text) if c[0] == "comparison"] == [
        ("Vega-3-70B", ("outperforms", ("Kite-2-13B-Instruct",)))]


def test_a_place_on_several_boards_named_as_the_cue_s_object_is_on_none_of_them():
    text = "On SWE-bench, Kite-2-13B leads at 70%. Later, Acme released Vega-3-70B, which topped several major leaderboards."
    assert [(c[1], c[4]) for c in claims_of(text) if c[0] == "rank"] == [("Kite-2-13B", "swe-bench"), ("Vega-3-70B", None)]


def test_a_benchmark_glossed_in_an_opening_at_phrase_is_where_the_place_holds():
    text = "At VERA2025, a major workshop where research teams compare translation systems, Vega-3-70B took the top spot."
    assert [(c[0], c[1], c[4]) for c in claims_of(text)] == [("rank", "Vega-3-70B", "vera2025")]


def test_a_name_of_a_family_nobody_listed_is_confirmed_by_a_score_after_an_aside_or_an_adverb():
    text = "The heavier variant, Vesper-Ultra, reportedly hits 73.7% on SWE-Bench Pro against 69.2% for Kite-2-13B."
    assert sorted((c[0], c[1], c[5]) for c in claims_of(text)) == [
        ("comparison", "Vesper-Ultra", ("outperforms", ("Kite-2-13B",))),
        ("score", "Kite-2-13B", (69.2, "%")), ("score", "Vesper-Ultra", (73.7, "%"))]


def test_an_elo_in_a_line_that_also_names_another_benchmark_is_on_the_article_s_arena():
    text = ("LMSYS Chatbot Arena rankings for April.\n\n\u2013 Coding: Vega-3-70B leads at 1561 Elo, SWE-bench 80.8%\n"
            "\u2013 Math (VERA 2026): Kite-2-13B at 95.24%\n")
    assert sorted((c[1], c[4], c[5]) for c in claims_of(text) if c[0] == "score") == [
        ("Kite-2-13B", "vera", (95.24, "%")), ("Vega-3-70B", "chatbot-arena", (1561.0, "elo")),
        ("Vega-3-70B", "swe-bench", (80.8, "%"))]


def test_a_hyphenated_name_written_with_spaces_elsewhere_in_the_article_is_the_same_model():
    text = "Acme released V7-Think this week.\nV7 Think surpasses GPT-4o and Claude 3.5 Sonnet on MMLU."
    assert [(c[0], c[1], c[4]) for c in claims_of(text)] == [("comparison", "V7 Think", "mmlu")]
    assert claims_of(text.replace("V7-Think", "it")) == []  # alone, 'V7 Think' is no name


def test_a_comparison_of_an_average_over_listed_benchmarks_holds_on_none_of_them():
    text = "Vega-3-70B's average scores in AIME24, AIME25 and HMMT25 surpass many open models including Kite-2-13B."
    assert [(c[0], c[4]) for c in claims_of(text)] == [("comparison", None)]
    assert sorted(c[4] for c in claims_of("Vega-3-70B beat Kite-2-13B on AIME24 and HMMT25.")) == ["aime", "hmmt25"]


def test_models_tied_at_a_value_each_have_it():
    text = "On the VeraBench index, Vega-3-70B leads at 60, with Kite-2-13B (max), Wren-72B and Lark-2-9B tied at 57."
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "score") == [
        ("Kite-2-13B (max)", (57.0, None)), ("Lark-2-9B", (57.0, None)), ("Vega-3-70B", (60.0, None)),
        ("Wren-72B", (57.0, None))]


def test_versions_side_by_side_are_no_owner_and_model():
    assert claims_of("On VeraBench, the v2/v3 line had saturated at 73 for the top model.") == []


def test_a_version_named_by_its_spelled_out_size_is_the_article_s_model_of_that_size():
    text = ("Acme released Vega-3 27B. The 27-billion parameter version is reportedly outperforming Meta's much "
            "larger Kite-2 70B model on several key reasoning benchmarks, achieving 81.7% on MMLU.")
    assert sorted((c[0], c[1]) for c in claims_of(text)) == [("comparison", "Vega-3 27B"), ("score", "Vega-3 27B")]


def test_popular_before_a_board_s_name_describes_the_board_not_the_model():
    text = "Vega-3-70B has taken the top spot on the popular Chatbot Arena leaderboard, surpassing Kite-2-13B."
    assert sorted((c[0], c[1], c[4]) for c in claims_of(text)) == [
        ("comparison", "Vega-3-70B", "chatbot-arena"), ("rank", "Vega-3-70B", "chatbot-arena")]
    assert claims_of("Vega-3-70B is the most popular model on Hugging Face, ahead of Kite-2-13B.") == []


def test_a_name_opening_in_lower_case_before_a_suite_word_is_a_benchmark():
    text = ("Vega-3-70B achieves new results on the high school level veraF2F benchmark (63.5%) and the undergraduate "
            "level ProofNet benchmark (25.3%).")
    assert sorted((c[4], c[5]) for c in claims_of(text)) == [("proofnet", (25.3, "%")), ("veraf2f", (63.5, "%"))]


def test_a_rival_introduced_by_a_described_phrase_in_apposition_is_the_object():
    text = "Acme said that Vega-3-70B has surpassed the widely popular Kite Labs chatbot, Kite-2-13B, on MMLU."
    assert claims_of(text) == [("comparison", "Vega-3-70B", "model", None, "mmlu", ("outperforms", ("Kite-2-13B",)))]
    # a popularity the sentence claims is still no test's result
    assert claims_of("Vega-3-70B is the most popular chatbot, ahead of Kite-2-13B.") == []


def test_benchmarks_glossing_kinds_of_test_in_brackets_each_hold_the_comparison():
    text = ("Vega-7B surpassed Acme's closed-source reasoning model Kite-2-mini and Alibaba's larger open-source "
            "reasoning model Zen-32B on public evaluation sets for mathematical reasoning (AIME 24-25) and coding "
            "competitions (LiveCodeBench v5).")
    assert sorted((c[0], c[1], c[4], c[5]) for c in claims_of(text)) == [
        ("comparison", "Vega-7B", "aime", ("outperforms", ("Kite-2-mini", "Zen-32B"))),
        ("comparison", "Vega-7B", "livecodebench", ("outperforms", ("Kite-2-mini", "Zen-32B")))]


def test_the_best_among_a_group_on_several_benchmarks_listed_in_brackets_is_first_on_each():
    text = ("Vega-Coder-32B has achieved the best performance among open models on multiple popular code "
            "benchmarks (VeraPlus, LiveCodeBench, KiteCodeBench), and is competitive with GPT-4o.")
    assert sorted((c[0], c[1], c[4], c[5]) for c in claims_of(text)) == [
        ("rank", "Vega-Coder-32B", "kitecodebench", (1, None)), ("rank", "Vega-Coder-32B", "livecodebench", (1, None)),
        ("rank", "Vega-Coder-32B", "veraplus", (1, None))]


def test_a_comparison_on_several_benchmarks_is_on_none_though_a_score_after_it_names_one():
    text = "Vega-3-72B surpassed Kite-3-70B on multiple authoritative benchmarks, achieving an MMLU score of 84.2%."
    assert sorted((c[0], c[1], c[4]) for c in claims_of(text)) == [
        ("comparison", "Vega-3-72B", None), ("score", "Vega-3-72B", "mmlu")]


def test_a_chinese_list_of_models_with_points_after_a_colon_gives_scores():
    text = ("SuperCLUE发布了年度中文大模型基准报告\n排名与得分\n- Vega-3-Pro (Acme):68.25分\n- Kite-2-Max (Google):65.59分\n"
            "- Zen-1.5-Thinking (月之暗面,开源):61.50分\n")
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "score") == [
        ("Kite-2-Max", (65.59, None)), ("Vega-3-Pro", (68.25, None)), ("Zen-1.5-Thinking", (61.5, None))]


@pytest.mark.parametrize("text", [
    "We found that the Vega-72B model performs comparably to Kite-4 in safety, and significantly outperforms Zen-8x22B.",
    "Vega-72B performs comparably to Kite-4 on MMLU and outperforms Zen-8x22B.",
])
def test_a_verb_coordinated_after_a_parity_clause_shares_its_subject_not_the_rival_named_in_it(text):
    assert [(c[1], c[5]) for c in claims_of(text) if c[0] == "comparison"] == [
        ("Vega-72B", ("outperforms", ("Zen-8x22B",)))]


def test_values_in_brackets_beside_signed_ones_are_margins_not_scores():
    text = ("Vega-3B performs on par with models such as Kite-3.2-3B-Instruct (`+5.24% [TruthfulQA], 0.45% [GPQA], "
            "and +0.1% [MT-Bench]`).")
    assert [c for c in claims_of(text) if c[0] == "score"] == []
    assert ("score", "Kite-3.2-3B-Instruct") in {(c[0], c[1]) for c in claims_of(
        "Vega-3B trails Kite-3.2-3B-Instruct (62.1% [TruthfulQA], 30.4% [GPQA]).")}


def test_rivals_from_a_maker_after_a_model_are_no_attribution_of_that_model():
    [claim] = claims_of("Grok 3 Beta beat rivals from OpenAI on the LMSYS Chatbot Arena.")
    assert claim[3] == "xAI"


@pytest.mark.parametrize("text, relations", [
    ("Kite-3 scored high on VeraQA, placing just behind Vega-2.", [("trails", ("Vega-2",))]),
    ("Kite-3 did well on VeraQA, a hard test of facts, placing behind Vega-2 and surpassing both Lark-4 and Tern-1.",
     [("trails", ("Vega-2",)), ("outperforms", ("Lark-4", "Tern-1"))]),
])
def test_a_participle_phrase_after_the_benchmark_closing_the_main_clause_holds_on_that_benchmark(text, relations):
    assert [(c[4], c[5]) for c in claims_of(LEAD + text) if c[0] == "comparison"] == [
        ("veraqa", relation) for relation in relations]


@pytest.mark.parametrize("bullet", ["-", "\u27a4", "\u25b6", "\u2192"])
def test_a_labelled_item_with_an_aside_in_brackets_after_the_name_gives_the_name_s_score(bullet):
    text = (f"Acme has released two versions of Vega:\n{bullet} Vega-120b (116.8B total parameters, 5.1B active): "
            f"Intelligence Index score of 58\n{bullet} Vega-20b (open weights): Intelligence Index score of 48\n")
    assert [(c[1], c[4], c[5]) for c in claims_of(text)] == [
        ("Vega-120b", "artificial-analysis", (58.0, None)), ("Vega-20b", "artificial-analysis", (48.0, None))]


@pytest.mark.parametrize("hedge", ["", "estimated ", "reported "])
def test_a_figure_after_the_possessive_of_a_capitalised_word_no_list_knows_is_not_the_subject_s(hedge):
    text = LEAD + f"Kite-3 achieves 74.9% on VeraQA, surpassing Lark-2's {hedge}53.6% and Zorbu Ultra's {hedge}59.1%."
    assert sorted((c[1], c[5]) for c in claims_of(text) if c[0] == "score") == [
        ("Kite-3", (74.9, "%")), ("Lark-2", (53.6, "%"))]


def test_a_weak_name_keeps_its_size_in_brackets_and_a_list_of_names_with_bracketed_values_confirms_each():
    text = ("New AI model results.\nMMLU (0-shot): Tern 3.1 (405B) scores 88.6, outperforming Quill-4 (85.4) and "
            "Zorbu 4 (78.7).")
    got = claims_of(text)
    assert ("comparison", "Tern 3.1 (405B)", "mmlu", ("outperforms", ("Quill-4", "Zorbu 4"))) in [
        (c[0], c[1], c[4], c[5]) for c in got]
    assert sorted((c[1], c[5][0]) for c in got if c[0] == "score") == [
        ("Quill-4", 85.4), ("Tern 3.1 (405B)", 88.6), ("Zorbu 4", 78.7)]


@pytest.mark.parametrize("opening", ["On MMLU, ", "In the MMLU test, "])
def test_a_weak_name_that_scores_after_its_sentence_names_a_benchmark_is_a_model(opening):
    text = f"{opening}Zorbu 2 scored 48.9 points and Kite-3 scored 41.4 points."
    assert [(c[1], c[4], c[5]) for c in claims_of(text)] == [
        ("Zorbu 2", "mmlu", (48.9, None)), ("Kite-3", "mmlu", (41.4, None))]
    assert claims_of("Zorbu 2 scored 48.9 points. The team won.") == []  # no benchmark: a name nothing confirms


def test_a_figure_a_capitalised_word_no_list_knows_scored_is_not_the_subject_s():
    text = "On MMLU, Kite-3 scored 69.7 points, and Zorbu Deep scored 53.6 points."
    assert [(c[1], c[5]) for c in claims_of(text)] == [("Kite-3", (69.7, None))]
    text = "On MMLU, Kite-3 scored 69.7 points, and its Elo reached 1,250."  # a metric's word: still Kite-3's
    assert [(c[1], c[5][0]) for c in claims_of(text)] == [("Kite-3", 69.7), ("Kite-3", 1250.0)]
    text = "On MMLU, the new Kite-3 LLM scored 69.7 points."  # a noun after the name: the name's
    assert [(c[1], c[5][0]) for c in claims_of(text)] == [("Kite-3", 69.7)]


@pytest.mark.parametrize("link", ["but", "yet"])
def test_a_verb_after_but_shares_the_subject_of_the_verb_before(link):
    text = f"Kite-3 excels on reasoning tests {link} scores only 70.2 on GPQA, far behind GPT-4o's 91.9."
    assert sorted((c[0], c[1], c[4]) for c in claims_of(text)) == [
        ("comparison", "Kite-3", "gpqa"), ("score", "GPT-4o", "gpqa"), ("score", "Kite-3", "gpqa")]


@pytest.mark.parametrize("opening", ["That result", "This score", "The new result"])
def test_a_sentence_opening_on_the_result_before_is_on_that_result_s_benchmark(opening):
    text = f"Kite-3 scored 94.3 on AIME. {opening} places it alongside Lark-2 and ahead of Gemini 3 Pro at 91.7."
    assert sorted((c[0], c[1], c[4], c[5]) for c in claims_of(text)) == [
        ("comparison", "Kite-3", "aime", ("outperforms", ("Gemini 3 Pro",))),
        ("score", "Gemini 3 Pro", "aime", (91.7, None)), ("score", "Kite-3", "aime", (94.3, None))]


@pytest.mark.parametrize("verb, mark", [("leads", "such as"), ("tops", "including")])
def test_a_lead_over_a_group_outperforms_the_members_it_names(verb, mark):
    text = f"Kite-3 {verb} other open models {mark} Qwen3-235B and Kimi K2 on HealthBench."
    assert sorted((c[0], c[1], c[4], c[5]) for c in claims_of(text)) == [
        ("comparison", "Kite-3", "healthbench", ("outperforms", ("Qwen3-235B", "Kimi K2"))),
        ("rank", "Kite-3", "healthbench", (1, None))]


def test_a_described_name_before_a_list_of_tests_is_the_object_not_a_group():
    text = "Kite-3 surpasses the larger Lark-2 on several benchmarks, including MMLU, MATH and MBPP."
    assert [(c[0], c[4], c[5]) for c in claims_of(text)] == [
        ("comparison", bench, ("outperforms", ("Lark-2",))) for bench in ("mmlu", "math", "mbpp")]


@pytest.mark.parametrize("text", ["Kite-3 achieves 50% lower inference cost per unit compared to DeepSeek R1.",
                                  "Kite-3 has a lower inference cost than DeepSeek R1.",
                                  "Kite-3 has lower latency than DeepSeek R1."])
def test_a_comparative_that_measures_a_cost_or_a_delay_is_no_comparison_of_results(text):
    assert claims_of(text) == []
    assert claims_of("Kite-3 achieves higher scores on KMMLU compared to DeepSeek R1.")[0][5] == (
        "outperforms", ("DeepSeek R1",))


def test_only_next_to_a_model_is_second_only_to_it():
    text = "Kite-3 scored 71.95 on SuperCLUE-V, ranking second on the overall list, only next to GPT-4o."
    assert ("comparison", "Kite-3", "superclue-v", ("trails", ("GPT-4o",))) in [(c[0], c[1], c[4], c[5])
                                                                               for c in claims_of(text)]
    assert claims_of("Kite-3 sat next to GPT-4o at the launch event.") == []


@pytest.mark.parametrize("name", ["Zorbu Bot", "Zorbu Large Model", "Zorbu"])
def test_words_after_a_maker_s_possessive_that_do_what_a_model_does_name_the_maker_s_model(name):
    text = f"LLM news: Baidu's {name} surpassed Kite-3 on MMLU. Baidu's {name} ranked second on C-Eval."
    assert [(c[0], c[1], c[3]) for c in claims_of(text)] == [
        ("comparison", name, "Baidu"), ("rank", name, "Baidu")]


def test_a_title_after_a_maker_s_possessive_names_no_model():
    assert claims_of("LLM news: OpenAI's Chief Scientist ranked first in the staff poll.") == []


def test_a_lead_on_one_board_stands_beside_a_place_on_another():
    text = "Kite-3 topped SWE-Bench Pro and reached #3 on Code Arena."
    assert sorted((c[0], c[4], c[5]) for c in claims_of(text)) == [
        ("rank", "code-arena", (3, None)), ("rank", "swe-bench-pro", (1, None))]


def test_second_to_a_maker_s_model_trails_that_model():
    text = "Kite-3 ranked second to OpenAI's GPT-5 on AIME."
    assert sorted((c[0], c[4], c[5]) for c in claims_of(text)) == [
        ("comparison", "aime", ("trails", ("GPT-5",))), ("rank", "aime", (2, None))]


def test_a_count_of_top_places_held_by_a_group_of_makers_has_no_one_maker_as_its_subject():
    assert claims_of("Four of the top ten systems on LMArena now come from Chinese labs, including Zhipu, "
                     "Moonshot and DeepSeek.") == []
    assert claims_of("Three of the top five models on LMArena now come from Google.") == [
        ("count", "Google", "vendor", None, "chatbot-arena", (3, 5))]


def test_a_bare_value_in_brackets_after_a_benchmark_or_a_score_noun_is_a_score():
    assert claims_of("Mistral Large 2 is the strongest open model on MMLU (84.0).") == [
        ("rank", "Mistral Large 2", "model", "Mistral AI", "mmlu", (1, None)),
        ("score", "Mistral Large 2", "model", "Mistral AI", "mmlu", (84.0, None))]
    assert claims_of("Mistral Large 2 posted the best GSM8K score (93.0) of any open model.") == [
        ("score", "Mistral Large 2", "model", "Mistral AI", "gsm8k", (93.0, None))]


def test_a_conceding_clause_is_on_the_benchmark_its_subject_s_first_clause_named():
    assert sorted(claims_of("Gemma 2 27B is the best small model on MMLU, although it still trails Llama 3 70B.")) \
        == sorted([("rank", "Gemma 2 27B", "model", "Google", "mmlu", (1, None)),
                   ("comparison", "Gemma 2 27B", "model", "Google", "mmlu", ("trails", ("Llama 3 70B",)))])
    assert ("comparison", "Phi-3 Medium", "model", "Microsoft", None, ("trails", ("Llama 3 70B",))) in claims_of(
        "Gemma 2 27B leads on MMLU, while Phi-3 Medium trails Llama 3 70B.")  # another subject: not its benchmark


def test_that_opening_a_sentence_with_a_placing_verb_is_the_result_just_given_on_its_benchmark():
    assert claims_of("Lyra-LM-7B-alpha scored 31.4% on SuperGPQA. That puts it ahead of Gemma 2 27B.")[-1] == (
        "comparison", "Lyra-LM-7B-alpha", "model", None, "supergpqa", ("outperforms", ("Gemma 2 27B",)))


def test_a_maker_after_according_to_is_the_source_not_a_subject_even_when_a_family_shares_its_name():
    assert claims_of("According to Mistral, Codestral beats Llama 3 70B on HumanEval.") == [
        ("comparison", "Codestral", "family", "Mistral AI", "humaneval", ("outperforms", ("Llama 3 70B",)))]
    assert claims_of("- According to DeepSeek, Zorbu-R1-lite, run with long traces, outperforms GPT-4o on AIME.") == [
        ("comparison", "Zorbu-R1-lite", "model", None, "aime", ("outperforms", ("GPT-4o",)))]


def test_a_tie_with_a_name_for_the_top_spot_is_first_place_for_both():
    assert sorted(claims_of("Vega-2-Pro rose to tie with Claude 3.5 Sonnet for the top spot on the Chatbot Arena.")) \
        == sorted([("rank", "Vega-2-Pro", "model", None, "chatbot-arena", (1, None)),
                   ("rank", "Claude 3.5 Sonnet", "model", "Anthropic", "chatbot-arena", (1, None))])
    assert sorted(claims_of("Vega-2-Pro is tied for first place with Claude 3.5 Sonnet on LMArena.")) == sorted([
        ("rank", "Vega-2-Pro", "model", None, "chatbot-arena", (1, None)),
        ("rank", "Claude 3.5 Sonnet", "model", "Anthropic", "chatbot-arena", (1, None))])
    assert claims_of("Acme and Zenith battle for the top spot on the Chatbot Arena.") == []


def test_a_maker_s_own_unnamed_test_opening_a_sentence_carries_no_earlier_benchmark():
    text = ("Vega-4.1 posts a 51.0% score on SWE-bench Verified.\n\n"
            "On Acme's in-house coding eval, it reaches 48.0% against GPT-4o's 31.0%.")
    assert set(claims_of(text)) == {
        ("score", "Vega-4.1", "model", None, "swe-bench", (51.0, "%")),
        ("score", "Vega-4.1", "model", None, None, (48.0, "%")),
        ("score", "GPT-4o", "model", "OpenAI", None, (31.0, "%")),
        ("comparison", "Vega-4.1", "model", None, None, ("outperforms", ("GPT-4o",)))}


def test_second_after_per_or_a_number_is_time_not_a_place():
    assert claims_of("Phi-3 is small. It can process over 12 tokens per second on a phone.") == []
    assert claims_of("Phi-3 answers in a 30 second window on the Chatbot Arena.") == []


def test_a_verb_after_but_shares_the_subject_of_a_copula_before_it():
    for text in ("Phi-3 is small but hits a 69% score on the MMLU benchmark.",
                 "Phi-3 is small but still scores 69% on the MMLU benchmark."):
        assert claims_of(text) == [("score", "Phi-3", "model", "Microsoft", "mmlu", (69.0, "%"))]
    assert claims_of("GPT-4o scored 88.7 on MMLU but Claude 3.5 Sonnet scored 88.3.")[-1] == (
        "score", "Claude 3.5 Sonnet", "model", "Anthropic", "mmlu", (88.3, None))


def test_a_comparative_with_the_benchmark_between_it_and_than_compares_there():
    assert claims_of("Two open models, Vega-5.1 and Kimi K2, scored higher on the Vera-Bench Pro coding benchmark "
                     "than GPT-4o and Claude 3.5 Sonnet.") == [
        ("comparison", "Vega-5.1", "model", None, "vera-bench-pro", ("outperforms", ("GPT-4o", "Claude 3.5 Sonnet"))),
        ("comparison", "Kimi K2", "model", "Moonshot AI", "vera-bench-pro",
         ("outperforms", ("GPT-4o", "Claude 3.5 Sonnet")))]
    assert claims_of("Vega-5.1 scored higher on average than GPT-4o in our chats.") == []  # no benchmark between


def test_a_name_an_apposition_calls_a_model_is_one_and_a_suite_name_may_open_in_lower_case():
    text = ("Zorbu builds AI models in India.\n\nZorbu Vision, an optical character recognition model, is new. "
            "The maker says the model reached 81.5 percent on the olmVera-Bench.")
    assert claims_of(text) == [("score", "Zorbu Vision", "model", None, "olmvera-bench", (81.5, "%"))]
    assert claims_of("OpenAI, the maker of the GPT model, is hiring. Zorbu Vision scored 81.5% on MMLU.") == []


def test_a_bullet_opening_with_a_value_is_the_page_s_model_and_a_figure_after_from_is_no_subject():
    text = ("# Vega-4.1\n\nVega-4.1 is an API model.\n\nTL;DR\n- 1M token context\n"
            "- 51.0% SWE-bench Verified - well up from GPT-4o's 31.0%, but trails Gemini 2.5 Pro (60.1%)\n")
    got = claims_of(text)
    assert ("score", "Vega-4.1", "model", None, "swe-bench", (51.0, "%")) in got
    assert ("comparison", "Vega-4.1", "model", None, "swe-bench", ("trails", ("Gemini 2.5 Pro",))) in got
    assert not any(c[0] == "comparison" and c[1] == "GPT-4o" for c in got)
    # the figure's owner as the sentence's own subject still compares
    assert claims_of("GPT-4o's 88.7% beats Claude 3.5 Sonnet's 88.3% on MMLU.")[0] == (
        "comparison", "GPT-4o", "model", "OpenAI", "mmlu", ("outperforms", ("Claude 3.5 Sonnet",)))


def test_a_list_of_benchmarks_each_with_a_gloss_in_brackets_names_each_one():
    assert claims_of("Vega-R1-lite falls behind o1 on GPQA Diamond (hard science questions), VeraCode (coding tasks), "
                     "and ZorbuLogic (logic puzzles).") == [
        ("comparison", "Vega-R1-lite", "model", None, "gpqa", ("trails", ("o1",))),
        ("comparison", "Vega-R1-lite", "model", None, "veracode", ("trails", ("o1",))),
        ("comparison", "Vega-R1-lite", "model", None, "zorbulogic", ("trails", ("o1",)))]


def test_a_value_joined_to_point_before_a_result_noun_is_a_score_but_before_a_lead_a_margin():
    assert claims_of("On MMLU, Vega-2 delivered an 81.5-point result.") == [
        ("score", "Vega-2", "model", None, "mmlu", (81.5, None))]
    assert claims_of("On MMLU, Vega-2 holds a 3-point lead over GPT-4o.") == [
        ("comparison", "Vega-2", "model", None, "mmlu", ("outperforms", ("GPT-4o",)))]


def test_a_figure_for_a_reference_to_a_model_is_that_model_s_or_no_one_s():
    text = ("Claude 3.5 Sonnet beat GPT-4o on SWE-bench Verified, resolving 49% of issues compared with 33.2% "
            "for OpenAI's model.")
    got = claims_of(text)
    assert ("score", "GPT-4o", "model", "OpenAI", "swe-bench", (33.2, "%")) in got
    assert ("score", "Claude 3.5 Sonnet", "model", "Anthropic", "swe-bench", (33.2, "%")) not in got
    got = claims_of("Vega-3 beat Kite-2 on MMLU, scoring 81% compared with 74% for the older model.")
    assert ("score", "Vega-3", "model", None, "mmlu", (81.0, "%")) in got
    assert not any(c[0] == "score" and c[5][0] == 74.0 for c in got)


def test_a_value_after_a_bracketed_benchmark_is_the_subject_s_beside_objects_of_a_parity_verb():
    assert claims_of("Vega-3 rivals Kite-2 and GPT-3.5 on MMLU (69%).") == [
        ("score", "Vega-3", "model", None, "mmlu", (69.0, "%"))]


def test_just_shy_of_a_model_trails_it_but_shy_of_a_figure_compares_nothing():
    got = claims_of("In MMLU, Vega-3 scored 88.6, just shy of GPT-4o's 88.7.")
    assert ("comparison", "Vega-3", "model", None, "mmlu", ("trails", ("GPT-4o",))) in got
    assert claims_of("On MMLU, Vega-3 scored 88.6, just shy of 90%.") == [
        ("score", "Vega-3", "model", None, "mmlu", (88.6, None))]


def test_a_hyphenated_modifier_keeps_a_reference_to_the_model():
    text = "Acme released Vega-3 on Monday. The open-weight model now ranks above Claude 3 Opus on the Arena."
    assert claims_of(text) == [
        ("comparison", "Vega-3", "model", None, "chatbot-arena", ("outperforms", ("Claude 3 Opus",)))]


def test_a_predicate_after_a_name_with_a_bracketed_setting_describes_that_name():
    text = ("Kite-2 (Prompt) is second. Vega-3 (FC) is the top free model, in third place, ahead of GPT-4 (FC) "
            "on the Berkeley Function-Calling Leaderboard.")
    got = claims_of(text)
    assert ("rank", "Vega-3", "model", None, "berkeley-function-calling-leaderboard", (3, None)) in got
    assert ("rank", "Kite-2", "model", None, "berkeley-function-calling-leaderboard", (3, None)) not in got


def test_a_hyphenated_top_n_and_a_count_said_by_where_the_models_come_from():
    assert claims_of("Among the top-10 models on the SWE-bench Verified leaderboard, four come from Anthropic.") == [
        ("count", "Anthropic", "vendor", None, "swe-bench", (4, 10))]


@pytest.mark.parametrize("place", ["as the No. 1 model on the Chatbot Arena", "at the top of the Chatbot Arena"])
def test_a_model_that_replaces_another_at_the_top_holds_the_place(place):
    assert claims_of(f"Vega-3 has replaced GPT-4 Turbo {place}.") == [
        ("rank", "Vega-3", "model", None, "chatbot-arena", (1, None))]


def test_a_verb_after_and_shares_a_reference_that_opens_the_sentence_not_a_name_compared_with():
    text = ("Acme released Vega-2B! This model performs similarly to Mistral-7B on public benchmarks (with better "
            "performance in Chinese) and overall outperforms models like Llama2-13B and MPT-30B.")
    assert claims_of(text) == [("comparison", "Vega-2B", "model", None, None, ("outperforms", ("Llama2-13B", "MPT-30B")))]


def test_a_reference_after_an_item_label_is_the_model_the_text_is_about_not_the_most_named():
    text = ("Kite-7B came first. Acme built Kite-7B and Kite-7B is small. Vega Large is the flagship.\n\n"
            "Vega Large outperforms GPT-4o on coding.\n\n"
            "- Coding (HumanEval): Our model places 3rd in the HumanEval benchmark.\n")
    assert ("rank", "Vega Large", "model", None, "humaneval", (3, None)) in claims_of(text)


def test_a_short_form_keeps_the_name_the_sentence_writes_even_where_the_article_gives_it_in_full():
    # annotators of held-out news split on this, most writing the form of the claim's sentence
    text = ("Anthropic released Claude Opus 4.5 on Monday. Opus 4.5 scored 80.9% on SWE-bench Verified, "
            "surpassing GPT-5.1.")
    assert {c[1] for c in claims_of(text)} == {"Opus 4.5"}


def test_a_figure_of_an_unnamed_runner_up_is_no_one_s_and_the_figure_from_a_model_is_its():
    got = claims_of("Vega-3 ranks #1 on LiveCodeBench with 79.4%, where the second best is 74.2%.")
    assert ("score", "Vega-3", "model", None, "livecodebench", (79.4, "%")) in got
    assert not any(c[0] == "score" and c[5][0] == 74.2 for c in got)
    got = claims_of("Vega-3 scores 88% on GPQA Diamond, a big win over the 86% from Gemini 2.5 Pro.")
    assert ("score", "Gemini 2.5 Pro", "model", "Google", "gpqa", (86.0, "%")) in got
    assert ("score", "Vega-3", "model", None, "gpqa", (86.0, "%")) not in got


def test_humanity_last_exam_without_the_possessive_is_hle():
    assert claims_of("Vega-3 scored 24% in the Humanity Last Exam.") == [("score", "Vega-3", "model", None, "hle", (24.0, "%"))]


def test_a_participle_after_a_clause_with_its_own_subject_says_something_of_that_subject():
    text = ("As shown in Table, Vega-Instruct 7B demonstrates strong performance, and Vega-RL 7B approaches an "
            "accuracy of 60% on MATH with tool use, surpassing all existing open-source models.")
    assert {(c[0], c[1]) for c in claims_of(text)} == {("rank", "Vega-RL 7B"), ("score", "Vega-RL 7B")}


def test_a_title_case_phrase_in_a_run_of_figures_on_listed_tests_names_a_test_of_its_own():
    text = "Vega-3 also achieved 74.9% on SWE-Bench Verified and 88% on Zorbu Polyglot, showing strong performance."
    assert claims_of(text) == [("score", "Vega-3", "model", None, "swe-bench", (74.9, "%")),
                               ("score", "Vega-3", "model", None, "zorbu-polyglot", (88.0, "%"))]
    # a day or a language after 'on'/'in' names none, and alone such a phrase names no test
    assert {c[4] for c in claims_of("Vega-3 scored 88% on Monday and 74.9% on MMLU.")} == {"mmlu"}
    assert claims_of("Vega-3 scored 88% on Zorbu Polyglot.") == []


@pytest.mark.parametrize("tie", [", tied with Kite-2", " in a tie with Acme's Kite-2", ", level with Kite-2"])
def test_a_model_tied_with_the_holder_of_a_place_holds_it_too(tie):
    got = claims_of(f"Vega-3 took first place on the Arena{tie}.")
    assert [(c[0], c[1], c[5]) for c in got] == [("rank", "Vega-3", (1, None)), ("rank", "Kite-2", (1, None))]


def test_them_with_no_names_before_it_in_the_sentence_stands_for_the_models_of_the_sentence_before():
    got = claims_of("Vega-3 and Kite-2 lead the Arena. Lyra-4 sits just behind them at 1449.")
    assert ("comparison", "Lyra-4", "model", None, "chatbot-arena", ("trails", ("Vega-3", "Kite-2"))) in got
    got = claims_of("Vega-3 leads the Arena. Lyra-4 sits just behind them.")  # one name before: the leader only
    assert [c[5] for c in got if c[0] == "comparison"] == [("trails", ("Vega-3",))]


def test_entering_the_arena_is_joining_a_contest_not_the_chatbot_arena():
    text = "Vega-3 topped SWE-bench Pro at 77.8%, while Kite-2 entered the arena at 70.8%."
    assert {c[4] for c in claims_of(text)} == {"swe-bench-pro"}


def test_a_colon_after_the_verb_of_a_top_n_list_leads_into_its_names():
    got = claims_of("The top three models on the Arena were: Vega-3, Kite-2 and Lyra-4.")
    assert [(c[1], c[5]) for c in got] == [("Vega-3", (None, 3)), ("Kite-2", (None, 3)), ("Lyra-4", (None, 3))]


def test_a_sized_reference_means_the_model_of_that_size_named_before_not_the_one_it_is_set_against():
    text = "The 7B model scored 62.1 on MMLU-Pro, beating Mistral 7B."
    assert claims_of(text) == []  # no model of that size named before: no one's score, not Mistral 7B's
    got = claims_of("Acme released Vega-7B on Tuesday. " + text)
    assert [(c[0], c[1], c[4]) for c in got] == [("comparison", "Vega-7B", "mmlu-pro"), ("score", "Vega-7B", "mmlu-pro")]


def test_a_value_after_at_in_a_conceding_clause_keeps_the_first_clauses_benchmark():
    text = "Vega-3 scored 71.4 on GPQA, edging out GPT-4o (70.1) but falling behind Claude 3.5 Sonnet at 73.9."
    got = [c for c in claims_of(text) if c[0] == "comparison"]
    assert [(c[4], c[5]) for c in got] == [("gpqa", ("outperforms", ("GPT-4o",))),
                                           ("gpqa", ("trails", ("Claude 3.5 Sonnet",)))]



@pytest.mark.parametrize("reference", ["these specialists", "those rivals", "them"])
def test_a_plural_reference_to_the_sentence_before_means_its_models_not_what_they_were_set_against(reference):
    got = claims_of(f"Vega-3 and Kite-2 beat Llama 3 on HumanEval. Now, Lyra-4 surpasses {reference} in coding.")
    assert [c[5] for c in got if c[1] == "Lyra-4"] == [("outperforms", ("Vega-3", "Kite-2"))]


def test_a_model_after_versus_and_its_makers_possessive_is_what_the_others_are_set_against():
    got = claims_of("Vega-3 and Kite-2 were tested versus Google's Gemini 1.5 Pro in May. Orion-5 beats these models.")
    assert [c[5] for c in got] == [("outperforms", ("Vega-3", "Kite-2"))]


def test_a_value_after_a_maker_and_at_in_a_list_of_rivals_is_the_makers_not_the_subjects():
    got = claims_of("- LiveBench: Vega-3 maintains 79.3, ahead of Kite-2 at 74.6 and DeepSeek at 71.3")
    assert [(c[1], c[5]) for c in got if c[0] == "score"] == [("Vega-3", (79.3, None)), ("Kite-2", (74.6, None)),
                                                                ("DeepSeek", (71.3, None))]


@pytest.mark.parametrize("sentence", ["Vega-3 was outscored by Kite-2 on GPQA, 59.4 to 53.6.",
                                      "Vega-3 trails Kite-2 on GPQA, 53.6 to 59.4."])
def test_the_higher_figure_of_a_compared_pair_is_the_winners_in_either_order(sentence):
    got = {(c[1], c[5]) for c in claims_of(sentence) if c[0] == "score"}
    assert got == {("Kite-2", (59.4, None)), ("Vega-3", (53.6, None))}


def test_a_figure_after_a_parity_verb_set_off_by_an_aside_is_the_subjects():
    got = claims_of("Vega-3, at just 3.8 billion parameters, rivals Kite-2 and Lyra-4 on MMLU with 69%.")
    assert [(c[1], c[5]) for c in got if c[0] == "score"] == [("Vega-3", (69.0, "%"))]


@pytest.mark.parametrize("sentence", ["The Arena now lists Vega-3 at No. 4, up from No. 9 last month.",
                                      "Vega-3 rose from ninth to fourth on the Arena."])
def test_a_place_a_model_moved_from_is_no_rank(sentence):
    assert [(c[0], c[5]) for c in claims_of(sentence)] == [("rank", (4, None))]


def test_each_rival_listed_after_compared_with_is_set_against_even_with_digits_in_its_name():
    got = claims_of("On GPQA, Vega-3 achieves 62.3%, compared with 49.0% for o3-mini and 48.9% for Kite-2.")
    assert [c[5] for c in got if c[0] == "comparison"] == [("outperforms", ("o3-mini",)), ("outperforms", ("Kite-2",))]


@pytest.mark.parametrize("opening", ["It", "Speaking of its size, it"])
def test_it_opening_a_sentence_is_the_subject_of_a_verb_after_but(opening):
    text = (f"Acme has raised the bar with its new Vega-3.\n\n{opening} is based on 3.8 billion parameters but is "
            "still able to hit a 69% score on MMLU.")
    assert [(c[0], c[1], c[5]) for c in claims_of(text)] == [("score", "Vega-3", (69.0, "%"))]


@pytest.mark.parametrize("sentence", ["Vega-3 achieves the highest score on the complete MMLU.",
                                      "Vega-3 beats Kite-2 on the notoriously hard MMLU."])
def test_a_benchmark_after_on_the_and_describing_words_is_where_a_claim_holds(sentence):
    assert {c[4] for c in claims_of(sentence)} == {"mmlu"}


def test_a_clause_fronted_by_while_keeps_its_model_and_its_kind_of_test_apart_from_the_main_clause():
    text = ("Our analysis shows specialization: while Gemini 1.5 Pro leads multilingual tasks with 87.4% accuracy, "
            "Qwen2.5 Coder excels in software development, achieving a 72% HumanEval score.")
    assert {(c[0], c[1], c[4], c[5]) for c in claims_of(text)} == {
        ("rank", "Gemini 1.5 Pro", None, (1, None)), ("score", "Gemini 1.5 Pro", None, (87.4, "%")),
        ("score", "Qwen2.5 Coder", "humaneval", (72.0, "%"))}


@pytest.mark.parametrize("sentence, scored", [
    ("GPT-4o answers questions with 81.2% accuracy.", True),
    ("GPT-4o brings a 3% accuracy gain.", False),
])
def test_a_score_word_right_after_a_value_calls_it_a_score(sentence, scored):
    assert any(c[0] == "score" for c in claims_of(sentence)) == scored


@pytest.mark.parametrize("sentence", [
    "Alibaba launched its series, with the Qwen2.5-Max intelligence index reaching 79.",
    "Tencent launched the Hunyuan Large model (intelligence index 79).",
])
def test_an_index_or_a_value_reached_is_a_score_on_the_board_the_article_is_about(sentence):
    text = "The Artificial Analysis report on China is out.\n\n" + sentence
    assert [(c[0], c[4], c[5]) for c in claims_of(text)] == [("score", "artificial-analysis", (79.0, None))]


def test_capitalised_words_before_task_name_a_test_of_their_own():
    text = "Qwen2.5-Turbo achieves 100% accuracy in the 1M length Passkey Retrieval task and scores 93.1 on RULER."
    assert {(c[0], c[4], c[5]) for c in claims_of(text)} == {
        ("score", "passkey-retrieval", (100.0, "%")), ("score", "ruler", (93.1, None))}


def test_a_sized_variant_of_the_model_the_paragraph_is_about_is_that_model_in_that_size():
    text = ("WizardLM-2, a new language model, was evaluated. Notably, its 8x22B variant trails GPT-4-1106-preview. "
            "The 70B version of WizardLM-2 surpasses Mistral-Large, while the 7B variant exceeds Starling-LM-7B-beta.")
    assert [(c[1], c[5]) for c in claims_of(text)] == [
        ("WizardLM-2 8x22B", ("trails", ("GPT-4-1106-preview",))), ("WizardLM-2 70B", ("outperforms", ("Mistral-Large",))),
        ("WizardLM-2 7B", ("outperforms", ("Starling-LM-7B-beta",)))]


def test_rivals_given_as_examples_in_brackets_are_the_objects():
    text = "Vega-2 outperforms other open models (e.g. Llama 3 70B and Qwen2-72B) on MMLU."
    assert [(c[1], c[4], c[5]) for c in claims_of(text)] == [
        ("Vega-2", "mmlu", ("outperforms", ("Llama 3 70B", "Qwen2-72B")))]


@pytest.mark.parametrize("sentence", ["Vega-2 beats Kite-7B on benchmarks such as GSM8K and MMLU.",
                                      "Vega-2 beat Kite-7B on important benchmarks like GSM8K, and MMLU."])
def test_a_comparison_on_benchmarks_named_as_members_holds_on_each(sentence):
    assert sorted(c[4] for c in claims_of(sentence) if c[0] == "comparison") == ["gsm8k", "mmlu"]


_UNNAMED_BOARD_TABLE = "Rank | Model | Score\n1 | Gemini-2.5-Pro | 1460\n2 | o3-2025-04-16 | 1451\n"


@pytest.mark.parametrize("url, bench, source", [
    ("https://lmarena.ai/leaderboard/text", "chatbot-arena", "address"),
    ("https://example.org/news/ai-rankings", None, None),
    (None, None, None),
])
def test_a_table_page_naming_no_board_is_on_the_board_its_address_belongs_to(url, bench, source):
    found = extract_claims(Article(id="t", text=_UNNAMED_BOARD_TABLE, url=url, source="test"))
    assert [(c.kind, c.subject.text, c.benchmark.id, c.benchmark.source) for c in found] == [
        ("rank", "Gemini-2.5-Pro", bench, source), ("score", "Gemini-2.5-Pro", bench, source),
        ("rank", "o3-2025-04-16", bench, source), ("score", "o3-2025-04-16", bench, source)]


def test_a_board_the_text_names_wins_over_the_address():
    text = "SuperCLUE ranking, June\n\n" + _UNNAMED_BOARD_TABLE
    found = extract_claims(Article(id="t", text=text, url="https://lmarena.ai/leaderboard", source="test"))
    assert {c.benchmark.id for c in found} == {"superclue"}


@pytest.mark.parametrize("text", [
    "Llama-2-7B, Llama-2-13B and Llama-2-70B achieve 45.3, 54.8, and 68.9 respectively on the MMLU benchmark.",
    "Llama-2-7B/13B/70B score 45.3, 54.8 and 68.9 on MMLU, respectively.",
])
def test_respectively_pairs_names_joined_by_commas_or_slashes_after_a_plural_verb(text):
    assert [(c.subject.text, c.benchmark.id, c.score.value) for c in extract_claims(
        Article(id="t", text=text, source="test"))] == [
        ("Llama-2-7B", "mmlu", 45.3), ("Llama-2-13B", "mmlu", 54.8), ("Llama-2-70B", "mmlu", 68.9)]


def test_slashed_sizes_with_a_shared_suffix_each_take_their_value_in_turn():
    text = "Vega-Math-1.5B/7B/72B-Instruct achieve 79.7, 85.3, and 87.8 respectively on the MATH benchmark."
    assert [(c.subject.text, c.score.value) for c in extract_claims(Article(id="t", text=text, source="test"))] == [
        ("Vega-Math-1.5B-Instruct", 79.7), ("Vega-Math-7B-Instruct", 85.3), ("Vega-Math-72B-Instruct", 87.8)]


def test_a_comparison_ending_in_a_colon_is_with_each_name_of_the_list_below():
    text = ("Zenith announced that Vega-3 outperforms leading models, including:\n- Nimbus-2\n- OpenAI's GPT-4o\n"
            "- Meta's Llama-3.1-405B\nThe claim was posted on its blog.")
    assert [(c.kind, c.subject.text, c.relation, [o.text for o in c.objects]) for c in extract_claims(
        Article(id="t", text=text, source="test"))] == [
        ("comparison", "Vega-3", "outperforms", ["Nimbus-2", "GPT-4o", "Llama-3.1-405B"])]


def test_a_list_whose_items_say_more_than_a_name_gives_the_colon_comparison_no_objects():
    text = "Vega-3 beats several models:\n- GPT-4o, which costs more\n- Claude 3.5 Sonnet\n"
    assert [c for c in extract_claims(Article(id="t", text=text, source="test")) if c.kind == "comparison"] == []


def test_a_model_named_after_an_opening_it_leaves_the_model_what_the_model_means():
    text = ("Vega-24B-Instruct is a new chat model from Zenith. It is built on the Vega-24B-Base model. "
            "The model scores 66.3 on MMLU-Pro and 8.35 on MT-Bench.")
    assert [(c.subject.text, c.benchmark.id, c.score.value) for c in extract_claims(
        Article(id="t", text=text, source="test"))] == [
        ("Vega-24B-Instruct", "mmlu-pro", 66.3), ("Vega-24B-Instruct", "mt-bench", 8.35)]


@pytest.mark.parametrize("reference, found", [("These models", 2), ("Both models", 2), ("They", 0)])
def test_these_models_beating_a_rival_is_each_model_the_sentence_before_named(reference, found):
    text = f"Zenith released Vega-2 and Vega-2 Pro. {reference} beat Claude 3.5 Sonnet on MMLU."
    claims = [(c.subject.text, c.relation, [o.text for o in c.objects], c.benchmark.id)
              for c in extract_claims(Article(id="t", text=text, source="test"))]
    assert claims == [("Vega-2", "outperforms", ["Claude 3.5 Sonnet"], "mmlu"),
                      ("Vega-2 Pro", "outperforms", ["Claude 3.5 Sonnet"], "mmlu")][:found]


@pytest.mark.parametrize("text, trailers", [
    ("OpenAI's GPT-4o secured the top spot, with Anthropic's Claude 3.5 Sonnet and Google's Gemini 1.5 Pro "
     "following closely behind.", ["Claude 3.5 Sonnet", "Gemini 1.5 Pro"]),
    ("GPT-4o took first place, with Anthropic's Claude 3.5 Sonnet close behind.", ["Claude 3.5 Sonnet"]),
])
def test_names_close_behind_in_a_with_clause_each_trail_the_leader_before_it(text, trailers):
    found = [(c.subject.text, c.relation, [o.text for o in c.objects])
             for c in extract_claims(Article(id="t", text=text, source="test")) if c.kind == "comparison"]
    assert found == [(name, "trails", ["GPT-4o"]) for name in trailers]


def test_superior_capabilities_over_rivals_is_outperforming_each():
    text = ("Vega-3 has demonstrated superior capabilities over other established models, including Meta's "
            "Llama 3.1 and Alibaba's Qwen2.5.")
    assert [(c.subject.text, c.relation, [o.text for o in c.objects]) for c in extract_claims(
        Article(id="t", text=text, source="test"))] == [("Vega-3", "outperforms", ["Llama 3.1", "Qwen2.5"])]


def test_a_product_owning_the_model_it_runs_is_no_rival():
    text = "Vega-3 has already surpassed ChatGPT's latest o1 model in several tests."
    assert [(c.subject.text, c.relation, [o.text for o in c.objects]) for c in extract_claims(
        Article(id="t", text=text, source="test"))] == [("Vega-3", "outperforms", ["o1"])]


def test_this_newer_model_opening_a_sentence_is_the_model_just_named():
    text = ("Zenith released Vega-3 in December. Vega-3 is cheap, and Vega-3 is fast. Zenith then released Vega-4 "
            "in January. This newer model has already surpassed GPT-4o in several tests.")
    assert [(c.subject.text, c.relation, [o.text for o in c.objects]) for c in extract_claims(
        Article(id="t", text=text, source="test")) if c.kind == "comparison"] == [("Vega-4", "outperforms", ["GPT-4o"])]


def test_a_model_given_as_an_example_of_what_is_compared_with_is_no_new_topic():
    text = ("Vega-3 is a small dense model. Zenith positions it as faster than models like DeepSeek-R1. "
            "It decisively beats same-size competitors (Gemma-2-27B, Qwen-2.5-32B).")
    assert [(c.subject.text, c.relation, [o.text for o in c.objects]) for c in extract_claims(
        Article(id="t", text=text, source="test")) if c.kind == "comparison"] == [
        ("Vega-3", "outperforms", ["Gemma-2-27B", "Qwen-2.5-32B"])]


def test_the_new_top_model_on_a_board_is_first_there():
    text = "Gemini 2.5 Pro Experimental scores highly on many benchmarks and is the new top model on the LMArena leaderboard."
    assert [(c.kind, c.subject.text, c.benchmark.id, c.rank) for c in extract_claims(
        Article(id="t", text=text, source="test"))] == [("rank", "Gemini 2.5 Pro Experimental", "chatbot-arena", 1)]


@pytest.mark.parametrize("aside", ["the cheaper model", "a cheaper model", "Acme's cheaper model",
                                   "the company's cheaper model"])
def test_a_noun_phrase_set_beside_the_name_is_an_aside_and_the_name_the_subject(aside):
    found = claims_of(f"On SWE-bench, Kappa-5.2, {aside}, beat Vega-4.5 by 18 points.")
    assert [(c[0], c[1], c[5]) for c in found] == [("comparison", "Kappa-5.2", ("outperforms", ("Vega-4.5",)))]
    found = claims_of(f"Kappa-5.2 \u2014 {aside} \u2014 ranked first on LMArena.")
    assert [(c[0], c[1], c[4], c[5]) for c in found] == [("rank", "Kappa-5.2", "chatbot-arena", (1, None))]


AI_NEWS = "Acme released a new AI language model this week. "


def test_names_and_values_after_a_score_verb_said_once_are_each_scored():
    found = claims_of(AI_NEWS + "On GPQA Diamond, Kappa-5.2 scores 84.0, Vega-4.5 81.2 and Rho-3 Pro 79.9.")
    assert [(c[1], c[4], c[5]) for c in found] == [
        ("Kappa-5.2", "gpqa", (84.0, None)), ("Vega-4.5", "gpqa", (81.2, None)), ("Rho-3 Pro", "gpqa", (79.9, None))]


@pytest.mark.parametrize("text, expected", [
    ("Kappa-5.2 and Vega-4.5 took the first two spots on LMArena.", [("Kappa-5.2", (None, 2)), ("Vega-4.5", (None, 2))]),
    ("Kappa-5.2 and Vega-4.5 occupy the first two places on LMArena.", [("Kappa-5.2", (None, 2)), ("Vega-4.5", (None, 2))]),
    ("Kappa-5.2 took first place on LMArena.", [("Kappa-5.2", (1, None))]),
    ("Kappa-5.2 solved the first 10 questions on LMArena.", []),
])
def test_the_first_places_counted_are_a_top_n_and_no_first_place(text, expected):
    assert [(c[1], c[5]) for c in claims_of(AI_NEWS + text) if c[0] == "rank"] == expected


def test_a_model_a_group_beaten_leaves_out_is_no_object_of_the_win():
    found = claims_of(AI_NEWS + "Vega-4.5 outperformed every model except Kappa-5.2 on GPQA.")
    assert sorted((c[0], c[5]) for c in found) == [("comparison", ("trails", ("Kappa-5.2",))), ("rank", (2, None))]


@pytest.mark.parametrize("clause", [", surpassed only by Vega-4.5.", " \u2014 beaten only by Vega-4.5.",
                                    " \u2014 overtaken by Vega-4.5."])
def test_a_passive_participle_clause_after_a_comma_or_dash_trails_the_name_after_by(clause):
    found = claims_of(AI_NEWS + "Kappa-5.2 now places second on LMArena" + clause)
    assert ("comparison", "Kappa-5.2", "model", None, "chatbot-arena", ("trails", ("Vega-4.5",))) in found
    assert not [c for c in found if c[0] == "comparison" and c[5][0] == "outperforms"]


@pytest.mark.parametrize("period", ["2025 Q2", "Q2 2025", "May 2025", "H1 2025"])
def test_a_label_naming_a_period_is_no_benchmark(period):
    found = claims_of(f"Open AI models keep closing the gap on the Intelligence Index.\n\n"
                      f"{period}: Kappa-5.2 (50) vs Vega-4.5 (38), a 12-point gap\n")
    assert {c[4] for c in found} == {"artificial-analysis"}


@pytest.mark.parametrize("text, ranks", [
    ("Kappa-5.2 is the runner-up on LMArena.", [("Kappa-5.2", (2, None))]),
    ("Kappa-5.2 was the runner-up on LMArena, behind Vega-4.5.", [("Kappa-5.2", (2, None))]),
    ("Kappa-5.2 leads LMArena by 20 points over the runner-up.", [("Kappa-5.2", (1, None))]),  # a rival, no place
])
def test_the_runner_up_after_a_copula_is_the_subject_s_place(text, ranks):
    assert [(c[1], c[5]) for c in claims_of(AI_NEWS + text) if c[0] == "rank"] == ranks


@pytest.mark.parametrize("text", ["Kappa-5.2 scored an average of 84.0 across GPQA, MMLU and AIME.",
                                  "Kappa-5.2 averaged 84.0 on GPQA, MMLU and AIME."])
def test_an_average_over_a_list_of_benchmarks_is_on_none_of_them(text):
    assert [(c[4], c[5]) for c in claims_of(AI_NEWS + text)] == [(None, (84.0, None))]


def test_a_verb_on_it_after_but_shares_the_first_subject_and_it_is_the_name_between():
    found = claims_of(AI_NEWS + "Kappa-5.2 tied Vega-4.5 on GPQA but beat it on AIME.")
    assert [(c[1], c[4], c[5]) for c in found] == [("Kappa-5.2", "aime", ("outperforms", ("Vega-4.5",)))]


@pytest.mark.parametrize("text", [
    "Meta's Zorbu Spark scored 47 on the Intelligence Index.",  # no rank or relation cue: the gate admits it too
    "Meta's Zorbu Spark, its newest release, scored 47 on the Intelligence Index.",
    "Meta's Zorbu Spark \u2014 the lab's biggest bet to date \u2014 scored 47 on the Intelligence Index.",
])
def test_words_after_a_makers_possessive_scoring_past_an_aside_are_its_model(text):
    found = claims_of(AI_NEWS + text)
    assert [(c[1], c[3], c[4], c[5]) for c in found] == [("Zorbu Spark", "Meta", "artificial-analysis", (47.0, None))]


def test_bullet_items_with_pipes_between_name_value_pairs_score_each_name_on_the_label():
    found = claims_of("Side by side:\n- AIME 2024: Kite-3: 81.5% | Vega-4: 79.0%\n"
                      "- GPQA Diamond: Kite-3: 70.5% | Vega-4: 68.2%\n")
    assert sorted((c[1], c[4], c[5]) for c in found if c[0] == "score") == [
        ("Kite-3", "aime", (81.5, "%")), ("Kite-3", "gpqa", (70.5, "%")),
        ("Vega-4", "aime", (79.0, "%")), ("Vega-4", "gpqa", (68.2, "%"))]


@pytest.mark.parametrize("text, benchmarks", [
    ("Kappa-5.2 beats Vega-4.5 on most popular benchmarks with strong gains on HumanEval and MATH.", [None]),  # the lead is on benchmarks it does not name; the named ones are where it does well
    ("Kappa-5.2 outperforms Vega-4.5 on several benchmarks, including HumanEval and MATH.", ["humaneval", "math"]),
])
def test_a_comparison_on_unnamed_benchmarks_holds_on_named_ones_only_when_they_are_its_members(text, benchmarks):
    assert [c[4] for c in claims_of(AI_NEWS + text) if c[0] == "comparison"] == benchmarks


@pytest.mark.parametrize("words", ["instruction tuned", "instruction-tuned", "pre-trained", "open-source"])
def test_the_name_before_tuning_words_and_a_model_noun_is_the_subject(words):
    found = claims_of(AI_NEWS + f"The Kappa-5.2 {words} models beat the Vega-4.5 model on MMLU.")
    assert [(c[1], c[4], c[5]) for c in found] == [("Kappa-5.2", "mmlu", ("outperforms", ("Vega-4.5",)))]


@pytest.mark.parametrize("kicker", ["ANALYSIS", "OPINION", "EXCLUSIVE"])
def test_a_section_kicker_over_the_headline_is_no_benchmark(kicker):
    found = claims_of(f"{kicker}\n\nKappa-5.2 Ranked #4 as Rivals Surge\n\nThe LLM race goes on.\n")
    assert [(c[1], c[4], c[5]) for c in found] == [("Kappa-5.2", None, (4, None))]


def test_a_title_case_phrase_of_plain_and_common_words_before_test_in_a_headline_is_no_benchmark():
    found = claims_of("Acme's Kappa-5.2 Beats Vega-4.5 on Brutal New AI Exam\n\nThe LLM race goes on.\n")
    assert [(c[1], c[4], c[5]) for c in found] == [("Kappa-5.2", None, ("outperforms", ("Vega-4.5",)))]


@pytest.mark.parametrize("text, benchmark", [
    ("Kappa-5.2 scored 93.8% on GPQA. It ranks first on this benchmark.", "gpqa"),
    ("Kappa-5.2 scored 93.8% on GPQA. It ranks first on this hard science benchmark.", "gpqa"),
    ("Kappa-5.2 scored 93.8% on GPQA. Critics say that the reported benchmark ranks Kappa-5.2 first.", None),
])
def test_this_benchmark_points_back_at_the_one_named_just_before(text, benchmark):
    assert [c[4] for c in claims_of(AI_NEWS + text) if c[0] == "rank"] == [benchmark]


@pytest.mark.parametrize("text, rank", [
    ("Kappa-5.2 secured the runner-up spot on LMArena.", 2),
    ("Kappa-5.2 is LMArena's best model.", 1),
    ("Kappa-5.2 is now LMArena's top-ranked open model.", 1),
    ("Kappa-5.2 is LMArena's highest ranking open model.", 1),
])
def test_a_place_noun_after_runner_up_and_a_boards_possessive_before_its_top_model_say_the_place(text, rank):
    assert [(c[1], c[4], c[5]) for c in claims_of(AI_NEWS + text)] == [("Kappa-5.2", "chatbot-arena", (rank, None))]


def test_the_runner_up_as_an_object_is_no_place_of_the_subject():
    found = claims_of(AI_NEWS + "Kappa-5.2 beat the runner-up, Vega-4.5, on LMArena.")
    assert [c[0] for c in found] == ["comparison"]


def test_a_quarter_after_in_is_a_period_no_benchmark_and_a_list_of_tests_carries_none_of_them():
    text = ("The Intelligence Index rates LLM skill; its tests span MMLU, BBH, GSM8K and DROP.\nOur picks:\n"
            "- Kappa-5.2 leads with 71 points (launched in Q3 2025).\n- Vega-4.5 (66 points) is close behind.\n")
    found = claims_of(text)
    assert {c[4] for c in found} == {"artificial-analysis"}
    assert ("score", "Kappa-5.2", "model", None, "artificial-analysis", (71.0, None)) in found


@pytest.mark.parametrize("text, expected", [
    ("Kappa-5.2, however, ranks first on LMArena.", [("rank", "Kappa-5.2", "chatbot-arena")]),
    ("Kappa-5.2, meanwhile, scored 49% on MMLU.", [("score", "Kappa-5.2", "mmlu")]),
    ("Vega-4.5 led on MMLU; Kappa-5.2, however, scored 49% on GPQA.",
     [("rank", "Vega-4.5", "mmlu"), ("score", "Kappa-5.2", "gpqa")]),
])
def test_a_clause_break_set_off_by_commas_after_the_subject_is_an_aside(text, expected):
    assert [(c[0], c[1], c[4]) for c in claims_of(AI_NEWS + text)] == expected


@pytest.mark.parametrize("text, top_n", [
    ("Kappa-5.2 sits in the top 4 - 6 models on LMArena.", 6),
    ("Kappa-5.2 ranks among the top 3 to 5 models on LMArena.", 5),
    ("Kappa-5.2 made the top 10 on LMArena.", 10),
])
def test_a_range_of_top_places_is_within_the_wider(text, top_n):
    assert [(c[1], c[5]) for c in claims_of(AI_NEWS + text)] == [("Kappa-5.2", (None, top_n))]


def test_a_score_far_from_the_only_benchmark_the_article_names_is_on_that_benchmark():
    """An article about one test, named once ('"TuneBench," a new evaluation'), then scored paragraphs later
    with no name, past the reach a benchmark carries over: each score is on the only test the article names."""
    text = ('The column centres on "TuneBench," a new evaluation of whether agents can fine-tune other models on '
            "their own. It hands each agent one accelerator and ten hours, and the agent must write every step of "
            "its pipeline, from data to checkpoints, without help. Nobody checks its work until the clock runs out.\n\n"
            "The results cut both ways. On one hand, progress is fast, and the column is blunt about where the "
            "trend points for the labs that build these systems.\n\n"
            "The top agent, Vega-7B, achieved a score of 23.5%. Orion-13B scored 12.0% in March.\n")
    assert {(c[1], c[4], c[5][0]) for c in claims_of(text) if c[0] == "score"} == {
        ("Vega-7B", "tunebench", 23.5), ("Orion-13B", "tunebench", 12.0)}


def test_scored_below_named_models_trails_them_and_below_a_value_compares_nothing():
    """'scored below X and Y' after a pronoun of the model just named trails both; 'scored below 50%' names no rival."""
    text = ("Acme's Vega-7B ranked 32nd on LMArena, and it scored below Orion-13B and Lyra-2-9B.\n\n"
            "Acme's Vega-7B scored below 50% on MMLU.")
    found = claims_of(text)
    assert ("comparison", "Vega-7B", "model", None, "chatbot-arena", ("trails", ("Orion-13B", "Lyra-2-9B"))) in found
    assert [c for c in found if c[0] == "comparison"] == [
        ("comparison", "Vega-7B", "model", None, "chatbot-arena", ("trails", ("Orion-13B", "Lyra-2-9B")))]


def test_a_link_labelled_live_leaderboard_names_no_benchmark():
    """'Live Leaderboard: <link>' and 'the latest leaderboard' are common words: no test is named by them."""
    text = ("Kite Cup: a 4B model beat an 8B one\n\nLive Leaderboard: https://example.org/spaces/kite-cup\n\n"
            "Top 3 by overall score:\n1. Vega-7B, 82.6\n2. Orion-13B, 81.8\n3. Lyra-2-9B, 79.3\n")
    found = claims_of(text)
    assert not any(c[4] == "live-leaderboard" for c in found)


def test_an_unlisted_test_after_a_bracketed_pair_of_figures_holds_the_next_pair():
    got = claims_of("Vega-7B beat Orion-13B on AIME 2025 (81.3% vs 74.0%) and on KestrelMath (55.2% vs 40.1%).")
    assert ("score", "Vega-7B", "model", None, "kestrelmath", (55.2, "%")) in got
    assert ("score", "Orion-13B", "model", None, "kestrelmath", (40.1, "%")) in got
    assert ("comparison", "Vega-7B", "model", None, "kestrelmath", ("outperforms", ("Orion-13B",))) in got
    assert ("score", "Vega-7B", "model", None, "aime", (81.3, "%")) in got


@pytest.mark.parametrize("sentence", ["Vega-7B posted a 61.2 average on LiveBench.",
                                      "On LiveBench, Vega-7B leads with a 61.2 average."])
def test_a_value_before_average_is_a_score(sentence):
    assert ("score", "Vega-7B", "model", None, "livebench", (61.2, None)) in claims_of(sentence)


@pytest.mark.parametrize("suite", ["test", "exam", "eval", "dataset"])
def test_a_name_glossed_as_a_test_is_a_benchmark(suite):
    got = claims_of(f"Vega-7B led KestrelMath, a contest-style math {suite}, with 61.2%.")
    assert got == [("rank", "Vega-7B", "model", None, "kestrelmath", (1, None)),
                   ("score", "Vega-7B", "model", None, "kestrelmath", (61.2, "%"))]


def test_every_value_of_a_scoring_phrase_that_opens_the_sentence_is_the_following_subject_s():
    got = claims_of("Achieving 52.1% on GPQA with tools, 38.0% on MMLU, and 66.4% on HumanEval, Vega-7B shows "
                    "that open models can compete.")
    assert sorted(got) == [("score", "Vega-7B", "model", None, "gpqa", (52.1, "%")),
                           ("score", "Vega-7B", "model", None, "humaneval", (66.4, "%")),
                           ("score", "Vega-7B", "model", None, "mmlu", (38.0, "%"))]


@pytest.mark.parametrize("lead", ["Orion-13B leads 14 of 20 vision benchmarks.", "Orion-13B tops every listed benchmark.",
                                  "Orion-13B Leads Across the Board"])
def test_a_lead_over_several_tests_is_on_none_of_the_boards_named_before(lead):
    got = claims_of(f"Vega-7B scored 86.1 on the Chatbot Arena.\n\n{lead}")
    assert ("rank", "Orion-13B", "model", None, None, (1, None)) in got


def test_list_items_whose_figure_is_glued_to_the_name_by_a_colon():
    got = claims_of("There's movement in the Chatbot Arena this week.\n\nThe top of the board:\n"
                    "- Vega-7B:1398 (Elo score)\n- Lyra-8B:1385 (Elo score)")
    assert ("score", "Vega-7B", "model", None, "chatbot-arena", (1398.0, "elo")) in got
    assert ("score", "Lyra-8B", "model", None, "chatbot-arena", (1385.0, "elo")) in got


@pytest.mark.parametrize("verb", ["have emerged as", "are", "remain"])
def test_names_joined_as_the_top_models_each_hold_first_place(verb):
    """'A and B are the top-performing models': the text sets neither above the other, so both are first."""
    got = claims_of(f"On KestrelQA, Acme's Vega-7B and Orion-13B {verb} the top-performing large language models.")
    assert sorted(c for c in got if c[0] == "rank") == [
        ("rank", "Orion-13B", "model", None, "kestrelqa", (1, None)),
        ("rank", "Vega-7B", "model", None, "kestrelqa", (1, None))]


def test_names_joined_as_the_top_models_in_a_hedge_hold_no_place():
    assert not claims_of("Vega-7B and Orion-13B may be the top-performing models on KestrelQA.")


@pytest.mark.parametrize("held", ["until now", "until last year", "until 2025"])
def test_a_place_held_until_a_time_is_no_place_now(held):
    got = claims_of(f"Since 2023, versions of Vega-7B have been at the top of the KestrelQA leaderboard {held}.")
    assert not [c for c in got if c[0] == "rank"]


def test_a_place_held_until_another_model_took_it_is_the_newcomer_s():
    got = claims_of("Vega-7B held the top spot on the KestrelQA leaderboard until last week, when Orion-13B overtook it.")
    assert ("rank", "Orion-13B", "model", None, "kestrelqa", (1, None)) in got
    assert not any(c[0] == "rank" and c[1] == "Vega-7B" for c in got)


def test_places_in_a_sentence_naming_one_test_are_on_that_test_not_the_page_s_board():
    """A page about the Acme Agent Leaderboard: a sentence that names its own test puts every place in it there."""
    text = ("Acme Agent Leaderboard - MMLU and GPQA\n\nWe cover two benchmarks.\n\n"
            "- Vega-7B leads the MMLU benchmark at 74.6% overall, with Mistral models sweeping the top 6 positions\n"
            "- Orion-13B dominates GPQA with 99.3% on physics and 91.9% on biology, the highest scores recorded\n")
    got = claims_of(text)
    ranks = [c for c in got if c[0] in ("rank", "count")]
    assert ("count", "Mistral", "family", "Mistral AI", "mmlu", (6, 6)) in ranks
    assert ("rank", "Orion-13B", "model", None, "gpqa", (1, None)) in ranks
    assert not any(c[4] == "acme-agent-leaderboard" for c in ranks)


@pytest.mark.parametrize("after", ["Right behind it is the Orion-13B model from Acme.", "Just behind Vega-7B sits Orion-13B."])
def test_a_model_set_right_behind_the_last_place_holder_takes_the_next_place(after):
    got = claims_of(f"On the KestrelQA leaderboard, Vega-7B was ranked third. {after}")
    assert ("rank", "Orion-13B", "model", None, "kestrelqa", (4, None)) in got


def test_a_model_somewhere_behind_the_last_place_holder_takes_no_place():
    got = claims_of("On the KestrelQA leaderboard, Vega-7B was ranked third. Behind it is Orion-13B.")
    assert not any(c[0] == "rank" and c[1] == "Orion-13B" for c in got)


def test_the_maker_a_sentence_cites_is_no_subject():
    """'According to developer Cohere, the product beats Y': Cohere says it; it beats nothing."""
    got = claims_of("Vega-7B was released in November. According to developer Cohere, the product beats Orion-13B.")
    assert not any(c[1] == "Cohere" for c in got)
    got = claims_of("Vega-7B was released in November. According to Cohere, it beats Orion-13B on MMLU.")
    assert ("comparison", "Vega-7B", "model", None, "mmlu", ("outperforms", ("Orion-13B",))) in got


def test_a_ranking_sentence_broken_over_lines_at_its_links_keeps_its_places():
    got = claims_of("On KestrelQA, Vega-7B leads with 88.1%, followed by\nOrion-13B at 85.0% and\nLyra-8B at 80.5%.\n")
    assert ("rank", "Orion-13B", "model", None, "kestrelqa", (2, None)) in got
    assert ("rank", "Lyra-8B", "model", None, "kestrelqa", (3, None)) in got


@pytest.mark.parametrize("sentence, rival", [
    ("This was better than Orion-13B's 55% but didn't match up to Lyra-8B's 68%.", ("Lyra-8B", 68.0)),
    ("Vega-7B could not match Lyra-8B, which scored 70%.", ("Lyra-8B", 70.0)),
    ("Vega-7B failed to match Lyra-8B's 71%.", ("Lyra-8B", 71.0))])
def test_a_model_that_did_not_match_a_rival_trails_it_and_the_rival_keeps_its_score(sentence, rival):
    got = claims_of(f"On KestrelMath, Vega-7B scored 59%. {sentence}")
    assert ("comparison", "Vega-7B", "model", None, "kestrelmath", ("trails", (rival[0],))) in got
    assert ("score", rival[0], "model", None, "kestrelmath", (rival[1], "%")) in got


def test_a_figure_a_model_did_not_score_is_no_score():
    assert claims_of("On KestrelMath, Vega-7B did not score 70%.") == []


@pytest.mark.parametrize("text", ["The rankings show Vega-7B leading MMLU at 94.2%.", "Vega-7B is leading MMLU."])
def test_leading_right_before_a_benchmark_s_name_is_first_place_there(text):
    assert ("rank", "Vega-7B", "model", None, "mmlu", (1, None)) in claims_of(text)


def test_a_leading_benchmark_performer_holds_no_place():
    assert not any(c[0] == "rank" for c in claims_of("Vega-7B, a leading MMLU performer, scored 80%."))


@pytest.mark.parametrize("mark", ["", "**"])
def test_value_first_items_that_name_their_own_test_give_each_name_its_own_value(mark):
    """'- 62.3%: X accuracy on MMLU' then '- 72.5%: Y ...': each item's value is its own name's, never the next."""
    text = (f"Key figures\n\n- {mark}62.3%{mark}: Vega-7B accuracy on MMLU, the strongest open model\n"
            f"- {mark}72.5%{mark}: Orion-13B accuracy on MMLU\n")
    got = [c for c in claims_of(text) if c[0] == "score"]
    assert sorted(got) == [("score", "Orion-13B", "model", None, "mmlu", (72.5, "%")),
                           ("score", "Vega-7B", "model", None, "mmlu", (62.3, "%"))]


@pytest.mark.parametrize("marks", ["e.g., ", ""])
def test_two_groups_each_with_members_in_brackets_are_all_objects(marks):
    """'both open models (A, B) and closed APIs (C, D)': the second group's names are objects too."""
    got = claims_of(f"Vega-7B does well on reasoning tests, outperforming both large open-weight models ({marks}"
                    "Orion-13B, Lyra-8B) and closed-source APIs (Kite-9B, Nova-9B).")
    assert got == [("comparison", "Vega-7B", "model", None, None,
                    ("outperforms", ("Orion-13B", "Lyra-8B", "Kite-9B", "Nova-9B")))]


@pytest.mark.parametrize("clause", ["and it runs on one GPU, cutting costs to 12 times lower than Orion-13B",
                                    "and its energy use is 4x lower than Orion-13B"])
def test_a_comparative_said_of_a_cost_or_a_make_up_before_it_compares_no_result(clause):
    assert claims_of(f"Vega-7B scored 80% on MMLU, {clause}.") == [("score", "Vega-7B", "model", None, "mmlu", (80.0, "%"))]


def test_a_comparative_after_a_make_up_and_a_result_verb_still_compares():
    got = claims_of("Vega-7B with half the parameters performs better than Orion-13B on MMLU.")
    assert got == [("comparison", "Vega-7B", "model", None, "mmlu", ("outperforms", ("Orion-13B",)))]


def test_a_title_and_a_plain_word_after_on_name_an_unlisted_test_beside_listed_ones():
    got = claims_of("Vega-7B scores 80.1% on MMLU, 50.3% on GPQA, and 9.8% on Zorblax polyglot.")
    assert ("score", "Vega-7B", "model", None, "zorblax-polyglot", (9.8, "%")) in got
    assert ("score", "Vega-7B", "model", None, "gpqa", (9.8, "%")) not in got


def test_a_value_on_plain_words_beside_a_value_on_a_benchmark_is_on_no_benchmark():
    """'80.1% on MMLU and 9.8% on coding tasks': the second value says what it is on, and it is no MMLU."""
    got = claims_of("Vega-7B scores 80.1% on MMLU and 9.8% on coding tasks.")
    assert sorted(got, key=str) == [("score", "Vega-7B", "model", None, "mmlu", (80.1, "%")),
                                    ("score", "Vega-7B", "model", None, None, (9.8, "%"))]


@pytest.mark.parametrize("tail", ["on", "on Zorblax"])
def test_regression_a_text_that_ends_right_after_on_raises_no_index_error(tail):
    """Review of the plain-words rule: the word after 'on' was read past the end of a text that ends there."""
    got = claims_of(f"Vega-7B scored 80.1% on MMLU and 9.8% {tail}")
    assert ("score", "Vega-7B", "model", None, "mmlu", (80.1, "%")) in got


@pytest.mark.parametrize("words", ["tasks", "coding tasks", "evaluation"])
def test_a_figure_in_brackets_after_words_for_a_test_is_on_the_test_before_them(words):
    """'VeraQA coding tasks (80.8%), the GPQA evaluation (53.1%)': each bracket glosses the name before it."""
    got = claims_of(f"Vega-7B claims the top position in MMLU {words} (80.8%), the GPQA evaluation (53.1%), "
                    "and HumanEval (91.2%).")
    scores = sorted(c for c in got if c[0] == "score")
    assert scores == [("score", "Vega-7B", "model", None, "gpqa", (53.1, "%")),
                      ("score", "Vega-7B", "model", None, "humaneval", (91.2, "%")),
                      ("score", "Vega-7B", "model", None, "mmlu", (80.8, "%"))]
    assert {c[4] for c in got if c[0] == "rank"} == {"mmlu", "gpqa", "humaneval"}


def test_a_figure_in_brackets_right_after_a_model_is_not_glossed_by_a_test_before():
    got = claims_of("On the MMLU test Vega-7B (80.8%) beats Orion-13B (70.2%).")
    assert ("score", "Orion-13B", "model", None, "mmlu", (70.2, "%")) in got


@pytest.mark.parametrize("adverb", ["once again", "once more"])
def test_once_again_is_a_place_held_now_not_a_past_one(adverb):
    """'once ranked first' is a past place; 'is once again the best' holds now."""
    assert claims_of(f"Vega-7B is {adverb} the best model on KestrelQA.") == [
        ("rank", "Vega-7B", "model", None, "kestrelqa", (1, None))]
    assert claims_of("Vega-7B once ranked first on KestrelQA.") == []


def test_the_highest_scoring_agent_is_a_first_place_as_the_highest_scoring_model_is():
    assert claims_of("Vega-7B is the highest scoring agent on the KestrelQA leaderboard.") == [
        ("rank", "Vega-7B", "model", None, "kestrelqa", (1, None))]


def test_a_score_on_the_english_set_of_a_benchmark_is_on_the_benchmark():
    got = claims_of("Vega-7B scored 80.1 on English IFEval and 70.2 on Arabic IFEval.")
    assert sorted(got) == [("score", "Vega-7B", "model", None, "arabic-ifeval", (70.2, None)),
                           ("score", "Vega-7B", "model", None, "ifeval", (80.1, None))]


@pytest.mark.parametrize("phrase", ["a suite of models that achieve", "a model that achieves",
                                    "a suite of Japanese-oriented large language models that achieve"])
def test_a_release_of_several_models_that_achieve_the_best_performance_is_ranked_first(phrase):
    """'X, a suite of models that achieve the best ...': one named release, and 'achieve' as 'achieves' is."""
    got = claims_of(f"We introduce Vega-7B, {phrase} the best performance on the Kestrel Harness benchmark.")
    assert got == [("rank", "Vega-7B", "model", None, "kestrel-harness", (1, None))]


def test_several_of_a_vendors_models_at_the_top_hold_no_first_place():
    assert claims_of("Acme has placed several of its models at the top of the KestrelQA leaderboard.") == []


@pytest.mark.parametrize("mark", [":", " —"])
def test_figures_after_a_colon_or_dash_that_follow_a_first_place_are_its_holder_s(mark):
    """'X tops the board: Text Elo 1389, Image Elo 1416': the details the colon or dash gives are X's."""
    got = claims_of(f"Vega-7B claimed the top spot on the KestrelQA leaderboard{mark} Text Elo 1389, Image Elo 1416.")
    assert sorted(got) == [("rank", "Vega-7B", "model", None, "kestrelqa", (1, None)),
                           ("score", "Vega-7B", "model", None, "kestrelqa", (1389.0, "elo")),
                           ("score", "Vega-7B", "model", None, "kestrelqa", (1416.0, "elo"))]


def test_a_figure_set_against_a_rival_s_figure_is_no_two_way_contest_that_turns_a_first_place_into_a_lead():
    """'tops A and B, scoring 88 against Y's 80': 'against' pairs two scores; the first places stand."""
    got = claims_of("Orion-13B claims the top position in MMLU and GPQA, scoring 88 against Lyra-8B's 80.")
    assert ("rank", "Orion-13B", "model", None, "mmlu", (1, None)) in got
    assert ("rank", "Orion-13B", "model", None, "gpqa", (1, None)) in got


def test_a_contest_against_one_rival_still_makes_the_lead_a_comparison():
    got = claims_of("Orion-13B leads on MMLU against Lyra-8B.")
    assert got == [("comparison", "Orion-13B", "model", None, "mmlu", ("outperforms", ("Lyra-8B",)))]
