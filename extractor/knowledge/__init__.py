"""Domain knowledge as data: vendors, model families, named models, benchmarks, cue words.

The JSONL/JSON files beside this module are the knowledge; ``registry`` is the one
loader that reads them (with a user's overlay folder) and validates them
(``rows`` holds their shapes). ``Knowledge`` is the lookup tables the entity layer
and the checker build from it. A new vendor, family or benchmark alias is a line
in a file, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .registry import DATA_DIR, KnowledgeRegistry, knowledge_registry

__all__ = ["DATA_DIR", "Knowledge", "KnowledgeRegistry", "build_knowledge", "knowledge_registry", "load_knowledge"]


@dataclass(frozen=True)
class Vendor:
    """A company or lab that makes models."""

    id: str
    name: str
    aliases: tuple[str, ...]
    owners: tuple[str, ...] = ()


@dataclass(frozen=True)
class Family:
    """A model family: the words that name it and the vendor that makes it."""

    family: str
    vendor: Optional[str]
    names: tuple[str, ...]
    strict: bool = False  # a common word: a name only with a version or size ('Sonnet 4')
    joined: bool = False  # ... and only joined to it ('Step-2', 'Falcon-40B', never 'Step 1')


@dataclass(frozen=True)
class NamedModel:
    """A model whose name the grammar cannot derive (test names, products)."""

    name: str
    family: str
    vendor: Optional[str]


@dataclass(frozen=True)
class BenchmarkInfo:
    """A benchmark or leaderboard with its guideline id and the names it goes by."""

    id: str
    name: str
    aliases: tuple[str, ...]
    leaderboard: bool = False  # ranks on it are carried over to later sentences
    context_aliases: tuple[str, ...] = ()  # names that mean it only next to a ranking word ('Hugging Face')
    url_aliases: tuple[str, ...] = ()  # pieces of the addresses of its pages ('open_llm_leaderboard')
    elo: bool = False  # its scores are Elo-style ratings (hundreds to thousands), not percentages
    part_of: Optional[str] = None  # the board it is a part of ('Vision Arena' of the Chatbot Arena)


@dataclass
class Knowledge:
    """Everything the entity layer and the checker know, with lookup tables."""

    vendors: dict[str, Vendor]
    families: list[Family]
    models: list[NamedModel]
    benchmarks: dict[str, BenchmarkInfo]
    variants: tuple[str, ...]
    tags: tuple[str, ...]
    not_models: frozenset[str]
    grammar: dict = field(default_factory=dict)  # grammar.json as read: name and benchmark-name words
    tables: dict = field(default_factory=dict)  # tables.json as read: header words by column role
    vendor_by_alias: dict[str, str] = field(default_factory=dict)
    vendor_by_owner: dict[str, str] = field(default_factory=dict)
    family_by_name: dict[str, Family] = field(default_factory=dict)
    benchmark_by_alias: dict[str, str] = field(default_factory=dict)
    benchmark_needs_context: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        for v in self.vendors.values():
            for alias in (v.name, *v.aliases):
                self.vendor_by_alias[alias] = v.id
                self.vendor_by_owner[alias.lower()] = v.id
            for owner in v.owners:
                self.vendor_by_owner[owner.lower()] = v.id
        for f in self.families:
            for name in f.names:
                self.family_by_name[name] = f
        for b in self.benchmarks.values():
            for alias in (b.name, *b.aliases, *b.context_aliases):
                self.benchmark_by_alias[alias] = b.id
        for b in self.benchmarks.values():
            for alias in (b.name, *b.aliases):
                if _plain_in_lower_case(alias):  # 'arena-hard', 'livebench' as code and URLs write them
                    self.benchmark_by_alias.setdefault(alias.lower(), b.id)
                spaced = _spaced_at_joint(alias)
                if spaced is not None:  # 'OS World', 'Human Eval': a joined name written in two words
                    self.benchmark_by_alias.setdefault(spaced, b.id)
                if " " in alias and all(w[:1].isupper() or w[:1].isdigit() for w in alias.split()):
                    self.benchmark_by_alias.setdefault(alias.replace(" ", "-"), b.id)  # 'Chatbot-Arena': its words hyphened
            for address in b.url_aliases:
                if "." in address and "/" not in address:  # 'according to lmarena.ai': a board's site names the board
                    self.benchmark_by_alias.setdefault(address, b.id)
        self.benchmark_needs_context = frozenset(a for b in self.benchmarks.values() for a in b.context_aliases)

    def vendor_name(self, vendor_id: Optional[str]) -> Optional[str]:
        """The display name of a vendor id, or None."""
        v = self.vendors.get(vendor_id or "")
        return v.name if v else None

    def family_for(self, name: str) -> Optional[Family]:
        """The family a family word (any case the data lists) belongs to."""
        return self.family_by_name.get(name)


_JOINT_PARTS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def _spaced_at_joint(alias: str) -> Optional[str]:
    """'OSWorld' -> 'OS World', 'HumanEval' -> 'Human Eval': a name of two capitalised parts joined
    together, with a space at the joint; None for any other name."""
    if " " in alias or "-" in alias:
        return None
    parts = _JOINT_PARTS.findall(alias)
    if len(parts) != 2 or "".join(parts) != alias or any(len(p) < 2 or not p[0].isupper() for p in parts):
        return None
    return " ".join(parts)


def _plain_in_lower_case(alias: str) -> bool:
    """True when a benchmark name written in lower case is still no common word: it holds a hyphen or
    a digit ('mt-bench', 'c-eval'), or a capital inside it ('LiveBench', 'HumanEval'; never 'MATH')."""
    if len(alias) < 5 or alias == alias.lower() or " " in alias:
        return False
    return "-" in alias or any(ch.isdigit() for ch in alias) or (
        any(ch.islower() for ch in alias) and any(ch.isupper() for ch in alias[1:]))


def build_knowledge(registry: KnowledgeRegistry) -> Knowledge:
    """The lookup tables of a registry's vendors, families, models, benchmarks and name words."""
    grammar = registry.lists("grammar.json")
    return Knowledge(
        vendors={r["id"]: Vendor(r["id"], r["name"], tuple(r.get("aliases", ())), tuple(r.get("owners", ())))
                 for r in registry.rows("vendors.jsonl")},
        families=[Family(r["family"], r.get("vendor"), tuple(r["names"]), r.get("strict", False), r.get("joined", False))
                  for r in registry.rows("families.jsonl")],
        models=[NamedModel(r["name"], r.get("family", ""), r.get("vendor")) for r in registry.rows("models.jsonl")],
        benchmarks={r["id"]: BenchmarkInfo(r["id"], r["name"], tuple(r.get("aliases", ())), r.get("leaderboard", False),
                                           tuple(r.get("context_aliases", ())), tuple(r.get("url_aliases", ())),
                                           r.get("elo", False), r.get("part_of"))
                    for r in registry.rows("benchmarks.jsonl")},
        variants=tuple(grammar.get("variants", ())), tags=tuple(grammar.get("tags", ())),
        not_models=frozenset(grammar.get("not_models", ())),
        grammar=grammar, tables=registry.lists("tables.json"),
    )


def load_knowledge(overlay: Optional[str] = None) -> Knowledge:
    """The bundled knowledge, overlaid by the folder ``overlay`` when given (read once per folder)."""
    return knowledge_registry(overlay).knowledge
