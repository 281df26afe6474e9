"""The keys under which two written names count as one."""

import pytest

from extractor.knowledge.keys import alias_key


@pytest.mark.parametrize("a, b", [("MMLU-Pro", "mmlu pro"), ("τ²-Bench", "tau2-bench"), ("τ-bench", "TAU-bench")])
def test_names_written_differently_share_a_key(a, b):
    assert alias_key(a) == alias_key(b)


def test_a_superscript_version_keeps_two_benchmarks_apart():
    assert alias_key("τ²-Bench") != alias_key("τ-bench")
