"""Rule work grows linearly with hostile input: counted in Python calls, not timed.

Regression for run-on inputs that were quadratic (a benchmark list scanned per
value, weak names compared with every other name, the scope scanned per rank).
``benchmarks/linearity.py`` times the same shapes on larger inputs.
"""

import sys

import pytest

from extractor.pipeline import Extractor
from extractor.records import Article

SHAPES = {
    "vendor mentions": lambda n: "IBM ok. " * n + "It ranked first.",
    "numbers in one sentence": lambda n: "Llama 3 scored 1.5, " * n + "on MMLU.",
    "benchmarks in one sentence": lambda n: "MMLU 88.7 " * n + " GPT-4o.",
    "cues in one sentence": lambda n: "GPT-4o outperformed Claude 3 Opus and " * n + ".",
    "ranks in one sentence": lambda n: "Qwen2-72B ranked 3rd among open models and " * n + "led.",
    "participles sharing one subject": lambda n: "GPT-4o scored 61% on MMLU, trailing Claude 3 Opus but beating "
                                                 "Llama 3 70B and " * n + ".",
    "a maker's results as objects": lambda n: "GPT-4o beat OpenAI's results and " * n + ".",
    "variant words standing alone": lambda n: "Claude 3 Sonnet and Haiku and Opus rank #5 and " * n + ".",
    "benchmarks listed over a metric-only table": lambda n: "We ran MMLU, GPQA, IFEval, " * n + "and more.\n\n"
                                                            "| Model | Accuracy |\n|---|---|\n| GPT-4o | 88.7 |\n",
    "labelled lines that make no records": lambda n: "GPT-4o ranked first on MMLU.\n\n" + "Note: GPT-4o 88.7\n" * n,
}


@pytest.fixture(scope="module")
def extractor():
    ex = Extractor(True)
    ex.claims(Article(id="warm", text="GPT-4o ranked first on MMLU.", source="test"))
    return ex


def calls(extractor: Extractor, text: str) -> int:
    """Python and builtin calls made while extracting ``text``."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    article = Article(id="linearity", text=text, source="test")
    sys.setprofile(profile)
    try:
        extractor.claims(article)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("shape", SHAPES)
def test_doubling_a_hostile_input_about_doubles_the_work(extractor, shape):
    make = SHAPES[shape]
    once, twice = calls(extractor, make(300)), calls(extractor, make(600))
    assert twice / once < 2.3, f"{shape}: {once:,} calls at 300 repeats, {twice:,} at 600"
