"""Domain knowledge as data: vendors, model families, named models, benchmarks.

The JSONL/JSON files beside this module are the knowledge; ``load_knowledge``
is the one loader that reads them. A new vendor, family or benchmark alias is
a line in a file, not a code change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

from ..errors import KnowledgeError

DATA_DIR = Path(__file__).parent


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
    size_units: tuple[str, ...]
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
        self.benchmark_needs_context = frozenset(a for b in self.benchmarks.values() for a in b.context_aliases)

    def vendor_name(self, vendor_id: Optional[str]) -> Optional[str]:
        """The display name of a vendor id, or None."""
        v = self.vendors.get(vendor_id or "")
        return v.name if v else None

    def family_for(self, name: str) -> Optional[Family]:
        """The family a family word (any case the data lists) belongs to."""
        return self.family_by_name.get(name)


def _read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise KnowledgeError(f"{path}:{n}: not JSON: {e.msg}") from None
            if not isinstance(row, dict):
                raise KnowledgeError(f"{path}:{n}: expected a JSON object")
            yield row


def _field(row: dict, key: str, path: Path):
    try:
        return row[key]
    except KeyError:
        raise KnowledgeError(f"{path}: a row lacks {key!r}: {row}") from None


@lru_cache(maxsize=4)
def load_knowledge(data_dir: Optional[str] = None) -> Knowledge:
    """Read the knowledge files (the package's own, or those in ``data_dir``)."""
    base = Path(data_dir) if data_dir else DATA_DIR
    vendors = {}
    for row in _read_jsonl(base / "vendors.jsonl"):
        p = base / "vendors.jsonl"
        vendors[_field(row, "id", p)] = Vendor(
            id=row["id"], name=_field(row, "name", p),
            aliases=tuple(row.get("aliases", ())), owners=tuple(row.get("owners", ())),
        )
    families = []
    for row in _read_jsonl(base / "families.jsonl"):
        p = base / "families.jsonl"
        vendor = row.get("vendor")
        if vendor is not None and vendor not in vendors:
            raise KnowledgeError(f"{p}: family {row.get('family')!r} names unknown vendor {vendor!r}")
        families.append(Family(
            family=_field(row, "family", p), vendor=vendor, names=tuple(_field(row, "names", p)),
            strict=bool(row.get("strict", False)), joined=bool(row.get("joined", False)),
        ))
    models = [
        NamedModel(name=_field(r, "name", base / "models.jsonl"), family=r.get("family", ""), vendor=r.get("vendor"))
        for r in _read_jsonl(base / "models.jsonl")
    ]
    benchmarks = {}
    for row in _read_jsonl(base / "benchmarks.jsonl"):
        p = base / "benchmarks.jsonl"
        benchmarks[_field(row, "id", p)] = BenchmarkInfo(
            id=row["id"], name=_field(row, "name", p), aliases=tuple(row.get("aliases", ())),
            leaderboard=bool(row.get("leaderboard", False)),
            context_aliases=tuple(row.get("context_aliases", ())),
            url_aliases=tuple(row.get("url_aliases", ())),
            elo=bool(row.get("elo", False)),
        )
    try:
        grammar = json.loads((base / "grammar.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise KnowledgeError(f"{base / 'grammar.json'}: {e}") from None
    return Knowledge(
        vendors=vendors, families=families, models=models, benchmarks=benchmarks,
        variants=tuple(grammar.get("variants", ())), tags=tuple(grammar.get("tags", ())),
        not_models=frozenset(grammar.get("not_models", ())),
        size_units=tuple(grammar.get("size_units", ("B",))),
        grammar=grammar, tables=_read_json(base / "tables.json"),
    )


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise KnowledgeError(f"{path}: {e}") from None
    data.pop("_about", None)
    return data
