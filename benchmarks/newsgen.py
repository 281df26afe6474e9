"""Generated tech news for benchmarks: ordinary stories from templates, a few with model claims.

Deterministic for a given seed, so runs compare. Used by benchmarks/throughput.py.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Iterator

COMPANIES = ["Apple", "Samsung", "Intel", "Nvidia", "AMD", "Microsoft", "Amazon", "Sony", "Dell", "Lenovo",
             "Qualcomm", "Cisco", "Oracle", "Salesforce", "Shopify", "Spotify", "Netflix", "Uber", "Tesla", "IBM"]
PRODUCTS = ["laptop", "smartphone", "tablet", "smartwatch", "router", "graphics card", "headset", "console",
            "e-reader", "drone", "server rack", "storage array"]
CITIES = ["San Francisco", "Berlin", "Tokyo", "Austin", "London", "Seoul", "Toronto", "Bangalore", "Paris"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]

ORDINARY = [
    "{co} reported quarterly revenue of ${rev}.{d} billion on {day}, up {pct}% from a year earlier, "
    "as demand for its {prod} line recovered in {city}.",
    "Analysts at the firm said the new {prod} would ship in {month} at a starting price of ${price}, "
    "which undercuts most rivals by a wide margin.",
    "The company also cut {jobs} jobs in its {city} office, according to a memo seen by reporters.",
    "Shares of {co} closed {pct}% higher on the news, extending a rally that began in {month}.",
    "Executives told investors that supply constraints eased in the second half, although memory prices "
    "stayed high and shipping costs rose again.",
    "A spokesperson declined to comment on plans for a cheaper {prod}, saying only that the roadmap "
    "\"remains unchanged\" and that more details would come at an event in {city}.",
    "Regulators in the European Union opened a review of the deal, which would combine two of the "
    "largest {prod} makers in the region.",
    "The update fixes {jobs} security bugs, improves battery life by {pct}% and adds a dark mode that "
    "users had requested for years.",
    "Reviewers praised the display and the keyboard but said the {prod} runs hot under load and the "
    "speakers sound thin at full volume.",
    "{co} said it would invest ${rev} billion over five years in a new plant near {city}, creating "
    "about {jobs} positions.",
]
CLAIMS = [
    "Meta's Llama 3 70B ranked {ordinal} on the Chatbot Arena leaderboard this week, ahead of several "
    "closed models.",
    "Alibaba's Qwen2-72B-Instruct topped Hugging Face's Open LLM Leaderboard with an average score of {score}.",
    "On MMLU, GPT-4o scored {pct}.{d}%, outperforming Claude 3 Opus by a small margin.",
    "DeepSeek-V2 placed in the top {top} of the leaderboard, the lab said in {month}.",
    "Mistral's Mixtral 8x22B trails GPT-4 Turbo on the Arena, but it beats Llama 2 70B on most tests.",
]
ORDINALS = ["first", "second", "third", "fourth", "fifth"]


def _values(rng: random.Random) -> dict:
    return {
        "co": rng.choice(COMPANIES), "prod": rng.choice(PRODUCTS), "city": rng.choice(CITIES),
        "month": rng.choice(MONTHS), "day": f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
        "rev": rng.randint(2, 90), "d": rng.randint(0, 9), "pct": rng.randint(2, 60),
        "price": rng.randint(199, 2499), "jobs": rng.randint(40, 4000), "top": rng.choice([3, 5, 10]),
        "ordinal": rng.choice(ORDINALS), "score": f"{rng.uniform(30, 80):.2f}",
    }


def article_text(rng: random.Random, with_claims: bool) -> str:
    """One story: a headline and 3-5 paragraphs of 3-5 sentences; a claim sentence or two when asked."""
    v = _values(rng)
    sentences = [rng.choice(ORDINARY).format(**v) for _ in range(rng.randint(9, 25))]
    if with_claims:
        for _ in range(rng.randint(1, 2)):
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(CLAIMS).format(**v))
    paras, i = [], 0
    while i < len(sentences):
        step = rng.randint(3, 5)
        paras.append(" ".join(sentences[i:i + step]))
        i += step
    headline = f"{v['co']} {rng.choice(['unveils', 'updates', 'delays', 'prices'])} its new {v['prod']}"
    return headline + "\n\n" + "\n\n".join(paras) + "\n"


def articles(count: int, seed: int = 7, claim_share: float = 0.1) -> Iterator[dict]:
    """``count`` JSONL-ready article records; about ``claim_share`` of them carry claims."""
    rng = random.Random(seed)
    for n in range(count):
        text = article_text(rng, rng.random() < claim_share)
        yield {"id": f"a{n:07d}", "title": text.split("\n", 1)[0], "published": "2024-06-01", "text": text}


def write_dump(path: Path, count: int, seed: int = 7) -> Path:
    """Write ``count`` generated articles as a JSONL dump; returns the path."""
    with path.open("w", encoding="utf-8") as out:
        for row in articles(count, seed):
            out.write(json.dumps(row) + "\n")
    return path
