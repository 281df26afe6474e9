"""Metamorphic accuracy: a gold set rewritten so that only names or only table layouts change.

A fix for what one real page shows seldom reaches the next one, so the rewrites
measure the mechanisms themselves. Each rewrite keeps the gold claims (with the
names rewritten alike). A loss then comes from the change alone.
- ``names``: every listed family word is swapped for an invented word of the same
  shape (`Gemini 2.5 Pro` becomes `Lubabu 2.5 Pro`).
- ``english``: the same, with English words (`Harbor 2.5 Pro`).
- ``transpose``, ``tabs``, ``spaces``, ``html``, ``nosep``, ``flat``: every
  Markdown pipe table is laid out again (turned over, tab-separated, aligned
  with spaces, as an HTML table, without its separator row, on one line).

The rewritten files go to a temporary folder; nothing is kept. Prints strict F1
per rewrite next to the set as written.
Usage: python benchmarks/metamorphic.py GOLD.jsonl [GOLD.jsonl ...] [--only names,tabs]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.evaluate import evaluate_gold  # noqa: E402

# Words of a family that are no family of their own: variants and makers stay as written.
_KEEP = {"Large", "Small", "Medium", "Mini", "Pro", "Ultra", "Flash", "Turbo", "Sonnet", "Opus", "Haiku", "Instruct",
         "Chat", "Base", "Nano", "Plus", "Max", "Lite", "Vision", "Coder", "Code", "Math", "The", "Open", "AI", "LLM",
         "Meta", "Google", "Microsoft", "OpenAI", "Alibaba", "Mistral"}
_ENGLISH = ["Harbor", "Comet", "Ember", "Willow", "Summit", "Beacon", "Atlas", "Meadow", "Canyon", "Orbit", "Raven",
            "Cedar", "Lantern", "Quarry", "Thistle", "Marble", "Juniper", "Tundra", "Sparrow", "Glacier", "Pebble",
            "Saffron", "Bramble", "Nimbus", "Osprey", "Tangent", "Harvest", "Prism", "Cobalt", "Ridge", "Hollow",
            "Vesper", "Mosaic", "Anchor", "Kindle", "Fable"]
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


# -- names ---------------------------------------------------------------------------------

class _Words:
    """Invented words, one per family word, of the same shape: case, length, an inner capital."""

    def __init__(self, english: bool, seed: int = 7):
        self.rng, self.english, self.used = random.Random(seed), english, set()
        self.pool = list(_ENGLISH)

    def _word(self, n: int) -> str:
        if self.english and self.pool:
            return self.pool.pop(self.rng.randrange(len(self.pool))).lower()
        while True:
            w = "".join(self.rng.choice("bdfgklmnprstvz" if i % 2 == 0 else "aeiou") for i in range(max(3, n)))
            if w not in self.used:
                self.used.add(w)
                return w

    def like(self, word: str) -> str:
        if word.isupper():
            return self._word(len(word)).upper()
        caps = [i for i, ch in enumerate(word) if ch.isupper()]
        if len(caps) >= 2 and caps[0] == 0:
            return self._word(caps[1]).capitalize() + self._word(len(word) - caps[1]).capitalize()
        return self._word(len(word)).capitalize() if word[:1].isupper() else self._word(len(word))


def _swap_names(record: dict, english: bool) -> dict:
    words = _Words(english)
    families = sorted({m.group() for name in record["entities"]["models"]
                       for m in [re.match(r"[A-Za-z]+", name)] if m and len(m.group()) >= 2 and m.group() not in _KEEP})
    mapping = {f: words.like(f) for f in families}

    def sub(text):
        if not text:
            return text
        for old in sorted(mapping, key=len, reverse=True):
            text = re.sub(rf"(?<![A-Za-z]){re.escape(old)}(?![A-Za-z])", mapping[old], text)
        return text

    record["text"] = sub(record["text"])
    for claim in record["claims"]:
        claim["subject"] = sub(claim["subject"])
        if claim.get("objects"):
            claim["objects"] = [sub(o) for o in claim["objects"]]
    record["entities"]["models"] = [sub(m) for m in record["entities"]["models"]]
    record["attributions"] = [dict(a, model=sub(a["model"])) for a in record.get("attributions", [])]
    return record


# -- table layouts -------------------------------------------------------------------------

def _cells(line: str) -> list[str]:
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") else row
    return [c.strip() for c in row.split("|")]


def _pipe(rows: list[list[str]], separator: bool = True, joiner: str = "\n") -> str:
    lines = ["| " + " | ".join(rows[0]) + " |"] + (["|" + "---|" * len(rows[0])] if separator else [])
    return joiner.join(lines + ["| " + " | ".join(r) + " |" for r in rows[1:]])


def _spaces(rows: list[list[str]]) -> str:
    widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def _html(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows[1:])
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>"


LAYOUTS: dict[str, Callable[[list[list[str]]], str]] = {
    "transpose": lambda rows: _pipe([list(col) for col in zip(*rows)]),
    "tabs": lambda rows: "\n".join("\t".join(r) for r in rows),
    "spaces": _spaces,
    "html": _html,
    "nosep": lambda rows: _pipe(rows, separator=False),
    "flat": lambda rows: _pipe(rows, joiner=" "),
}


def _relay_tables(record: dict, layout: Callable[[list[list[str]]], str]) -> dict:
    lines, out, k = record["text"].split("\n"), [], 0
    while k < len(lines):
        if lines[k].strip().startswith("|") and k + 1 < len(lines) and _SEPARATOR.match(lines[k + 1]):
            j = k + 2
            while j < len(lines) and lines[j].strip().startswith("|"):
                j += 1
            rows = [_cells(lines[k])] + [_cells(x) for x in lines[k + 2:j]]
            if all(len(r) == len(rows[0]) for r in rows):
                out.append(layout(rows))
                k = j
                continue
        out.append(lines[k])
        k += 1
    record["text"] = "\n".join(out)
    return record


REWRITES: dict[str, Callable[[dict], dict]] = {
    "names": lambda r: _swap_names(r, english=False),
    "english": lambda r: _swap_names(r, english=True),
    **{name: (lambda r, f=f: _relay_tables(r, f)) for name, f in LAYOUTS.items()},
}


def strict_f1(path: Path) -> float:
    return evaluate_gold(str(path)).figures["strict"]["all"]["f1"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--only", help="comma-separated rewrites (default: all): " + ", ".join(REWRITES))
    args = parser.parse_args(argv)
    chosen = args.only.split(",") if args.only else list(REWRITES)
    unknown = [c for c in chosen if c not in REWRITES]
    if unknown:
        parser.error(f"no such rewrite: {', '.join(unknown)}")
    with tempfile.TemporaryDirectory() as tmp:
        for gold in args.gold:
            records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
            print(f"{gold.name}: as written {strict_f1(gold):.3f}")
            for name in chosen:
                out = Path(tmp) / f"{name}-{gold.name}"
                out.write_text("".join(json.dumps(REWRITES[name](json.loads(json.dumps(r)))) + "\n" for r in records),
                               encoding="utf-8")
                print(f"  {name:10} {strict_f1(out):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
