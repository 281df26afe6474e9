"""Linear cost on hostile texts: each shape is extracted at N and 2N repeats, the time must about double.

Run-on sentences of thousands of names, numbers, benchmarks or cues, long tables
and long runs of vendor mentions are what a crafted or broken page looks like.
Every rule looks a bounded distance from where it stands (see ``MAX_REACH`` and
``_BENCHMARK_REACH`` in ``extractor/nlp/prose.py``), so doubling the input
should about double the time. Prints per shape the characters, both times and
their ratio; exits 1 when a ratio passes --limit (default 2.6: timing noise on a
busy machine, not a quadratic, which gives 4).
Usage: python benchmarks/linearity.py [-n 3000] [--limit 2.6] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.pipeline import Extractor  # noqa: E402
from extractor.records import Article  # noqa: E402

SHAPES: dict[str, Callable[[int], str]] = {
    "vendor mentions": lambda n: "IBM ok. " * n + "It ranked first.",
    "scores in one sentence": lambda n: "GPT-4o scored 88.7% on MMLU and " * n + "it ranked first.",
    "names in one sentence": lambda n: "GPT-4o, " * n + "ranked first on Chatbot Arena.",
    "numbers in one sentence": lambda n: "Llama 3 scored 1.5, " * n + "on MMLU.",
    "a run of spaces": lambda n: "GPT-4o ranked " + " " * (8 * n) + "first on MMLU.",
    "table rows": lambda n: "| Model | MMLU |\n|---|---|\n" + "| GPT-4o | 88.7 |\n" * n,
    "benchmarks in one sentence": lambda n: "MMLU 88.7 " * n + " GPT-4o.",
    "cues in one sentence": lambda n: "GPT-4o outperformed Claude 3 Opus and " * n + ".",
    "an unclosed bracket after an acronym": lambda n: "GPT-4o ranked first on VERA (" + "a" * n + ") on MMLU.",
}


def seconds(extractor: Extractor, text: str, repeat: int) -> float:
    """Best wall-clock time of extracting ``text`` (the claims cap is left at its default)."""
    article = Article(id="linearity", text=text, source="benchmark")
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        extractor.claims(article)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=3000, help="repeats of each shape's unit (default 3000)")
    parser.add_argument("--limit", type=float, default=2.6, help="largest accepted time ratio for 2N over N")
    parser.add_argument("--repeat", type=int, default=3, help="time each run this many times, keep the best")
    args = parser.parse_args()
    extractor = Extractor(True)
    extractor.claims(Article(id="warm", text="GPT-4o ranked first on MMLU.", source="benchmark"))
    worst = 0.0
    print(f"{'shape':28} {'chars':>9} {'N':>8} {'2N':>8} {'ratio':>6}")
    for name, shape in SHAPES.items():
        once, twice = (seconds(extractor, shape(k), args.repeat) for k in (args.n, 2 * args.n))
        ratio = twice / once if once else 0.0
        worst = max(worst, ratio)
        print(f"{name:28} {len(shape(args.n)):>9,} {once:>7.2f}s {twice:>7.2f}s {ratio:>6.2f}")
    print(f"worst ratio {worst:.2f} (limit {args.limit})")
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
