"""Metamorphic: the same article with invented model and benchmark names gives the same claims.

The claim rules read layout, shape and grammar, not word lists: a sentence or table about
models nobody listed must give what it gives about listed ones. Each template is filled once
with listed names and once with invented names of the shapes new models and benchmarks take;
the claims must match once the names are mapped back.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.nlp.benchmarks import slug
from extractor.pipeline import extract_claims
from extractor.records import Article

KNOWN_MODELS = ("GPT-4o", "Claude 3.5 Sonnet", "Gemini 1.5 Pro")
KNOWN_BENCHMARKS = (("MMLU", "mmlu"), ("GPQA", "gpqa"))
INVENTED_MODELS = ["Orion-4-Raven-14B", "vega-13b", "Nova-instant-v1", "Lyra-LM-7B-alpha", "Quill-3.5", "Tern3-Max",
                   "Heron-2-70B-Chat", "zephyrine-8x7b", "Kite-1.5-Pro", "Wren-72B-Instruct"]
INVENTED_BENCHMARKS = ["KOR-Bench", "SuperGPQA", "SciCode", "C-SimpleQA", "LongEvalQA", "TauLogic-2", "MMMLU-X"]

TEMPLATES = [
    "The latest LLM rankings are out.\n\n{M1} scored 71.5% on {B1}, ahead of {M2}'s 68.0% and {M3}'s 64.2%.",
    "The latest LLM rankings are out.\n\n- {B1}: {M1} scores 61.0, ahead of {M2}'s 58.2 and {M3}'s 55.4.",
    "New LLM results.\n\n| Model | {B1} | {B2} |\n|---|---|---|\n| {M1} | 81.2 | 44.0 |\n| {M2} | 79.0 | 41.5 |\n"
    "| {M3} | 76.4 | 39.9 |\n",
    "New LLM results.\n\n| Benchmark | {M1} | {M2} | {M3} |\n|---|---|---|---|\n| {B1} (0-shot) | 81.2 | 79.0 | 84.6 |\n"
    "| {B2} | 44.0 | 41.5 | 39.9 |\n",
    "On the Chatbot Arena leaderboard, {M1} ranked first, followed by {M2}. {M3} was outscored by {M2}.",
    "The LLM race tightened: on {B1}, {M2} and {M3} ranked 2nd and 5th, respectively, while {M1} led with 88.1.",
]


def _fill(template: str, models, benchmarks) -> str:
    text = template
    for k, name in enumerate(models, 1):
        text = text.replace(f"{{M{k}}}", name)
    for k, (name, _) in enumerate(benchmarks, 1):
        text = text.replace(f"{{B{k}}}", name)
    return text


def _claims(text: str, models, benchmarks) -> set[tuple]:
    """Claims with names as slot numbers (M1.., B1..) so two fillings compare."""
    model_slot = {m: f"M{k}" for k, m in enumerate(models, 1)}
    bench_slot = {b: f"B{k}" for k, (_, b) in enumerate(benchmarks, 1)}
    found = set()
    for c in extract_claims(Article(id="t", text=text, source="test")):
        values = (c.rank, c.top_n, c.score.value if c.score else None, c.relation,
                  tuple(model_slot.get(o.text, o.text) for o in c.objects))
        found.add((c.kind, model_slot.get(c.subject.text, c.subject.text), bench_slot.get(c.benchmark.id, c.benchmark.id), values))
    return found


@settings(max_examples=25, deadline=None)
@given(models=st.lists(st.sampled_from(INVENTED_MODELS), min_size=3, max_size=3, unique=True),
       benchmarks=st.lists(st.sampled_from(INVENTED_BENCHMARKS), min_size=2, max_size=2, unique=True))
def test_invented_names_give_the_claims_listed_names_give(models, benchmarks):
    invented_benchmarks = [(b, slug(re.sub(r"\s*\(.*\)", "", b))) for b in benchmarks]
    for template in TEMPLATES:
        known = _claims(_fill(template, KNOWN_MODELS, KNOWN_BENCHMARKS), KNOWN_MODELS, KNOWN_BENCHMARKS)
        invented = _claims(_fill(template, models, invented_benchmarks), models, invented_benchmarks)
        assert known, template
        assert invented == known, template
