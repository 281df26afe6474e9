"""From a name in a claim to a board entry: exact, alias, loose, then fuzzy; near misses reported.

Order of tries (the first that decides wins):
1. exact after normalisation: "Qwen2-72B-Instruct" = "Qwen/Qwen2-72B-Instruct";
2. aliases from ``knowledge/board_aliases.jsonl``: "GPT-4o" = "GPT-4o-2024-05-13";
3. loose: dots, date and deployment suffixes and a leading vendor word dropped:
   "Claude 3.5 Sonnet" = "claude-3-5-sonnet-20240620";
   a name that several entries merely go on from ("Qwen2") is ambiguous;
4. fuzzy (rapidfuzz) at or above ``MATCH_SCORE`` with the same numbers.
A name near an entry but not matching it (``NEAR_SCORE``) is a near miss, never a
match: "Qwen-72B-Instruct" gives "nearest entry: Qwen2-72B-Instruct".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from rapidfuzz import fuzz, process

from ..knowledge import KnowledgeRegistry, knowledge_registry
from ..knowledge.keys import norm
from .snapshots import Entry, Snapshot

MATCH_SCORE = 90.0
NEAR_SCORE = 75.0
TIE_MARGIN = 1.0
MAX_CANDIDATES = 8

_QUALIFIER = re.compile(r"^(?:\d{8}|\d{3,4}|api|preview|latest|exp|experimental)$")
_DATE_CHARS = re.compile(r"[\d\s./-]+")
_SPLIT = re.compile(r"[\s\-\u2010-\u2015_/()]+")


def _tokens(name: str) -> list[str]:
    base = name.strip().lower()
    base = base.split("/")[-1] if "/" in base else base
    return [t for t in _SPLIT.split(_without_trailing_date(base)) if t]


def _without_trailing_date(name: str) -> str:
    """'Claude 3.5 Sonnet (20240620)' -> 'Claude 3.5 Sonnet'; one rfind and one anchored match, so linear
    (a regex searching for the bracket from every position was quadratic on long names)."""
    body = name.rstrip()
    if not body.endswith(")"):
        return name
    opening = body.rfind("(")
    if opening < 0 or not _DATE_CHARS.fullmatch(body, opening + 1, len(body) - 1):
        return name
    return body[:opening].rstrip()


def _strip_qualifiers(tokens: list[str]) -> list[str]:
    """Drop trailing dates and deployment words: 'gpt-4-turbo-2024-04-09' -> 'gpt-4-turbo'."""
    tokens = list(tokens)
    while len(tokens) > 1:
        if len(tokens) > 3 and re.fullmatch(r"\d{4}", tokens[-3]) and all(re.fullmatch(r"\d{2}", t) for t in tokens[-2:]):
            del tokens[-3:]
        elif _QUALIFIER.match(tokens[-1]):
            tokens.pop()
        else:
            break
    return tokens


def loose_keys(name: str, vendor_words: frozenset[str] = frozenset()) -> set[str]:
    """Keys for the loose try: qualifiers and dots dropped, and without a leading vendor word."""
    tokens = _strip_qualifiers(_tokens(name))
    variants = [tokens]
    if len(tokens) > 1 and tokens[0] in vendor_words and tokens[1].isalpha():  # 'meta-llama-3', not 'qwen-72b'
        variants.append(tokens[1:])
    return {k for k in (norm("".join(t)).replace(".", "") for t in variants) if k}


def numbers(name: str) -> tuple[str, ...]:
    """The numbers in a name without its qualifiers and 'v0.1' versions: a fuzzy match needs the same."""
    tokens = [t for t in _strip_qualifiers(_tokens(name)) if not re.fullmatch(r"v\d[\d.]*", t)]
    return tuple(re.findall(r"\d+(?:\.\d+)?", " ".join(tokens)))


@dataclass(frozen=True)
class Alias:
    """A claim name that stands for board entries (first listed entry present wins)."""

    entries: tuple[str, ...]
    board: Optional[str] = None
    start: Optional[date] = None
    until: Optional[date] = None

    def applies(self, benchmark: str, on: Optional[date]) -> bool:
        """Whether the alias holds on this board for a claim of this date."""
        if self.board and self.board != benchmark:
            return False
        return on is None or not ((self.start and on < self.start) or (self.until and on > self.until))


@dataclass
class AliasBook:
    """The board aliases: model names, vendor names as boards write them, family words."""

    models: dict[str, list[Alias]] = field(default_factory=dict)
    vendors: dict[str, str] = field(default_factory=dict)  # norm(name) -> vendor id
    families: dict[str, list[str]] = field(default_factory=dict)  # family -> extra words


def alias_book(rows: Iterable[dict]) -> AliasBook:
    """The board aliases of ``board_aliases.jsonl`` rows, as the knowledge registry validated them."""
    book = AliasBook()
    for row in rows:
        _add_alias(book, row)
    return book


def _add_alias(book: AliasBook, row: dict) -> None:
    kind = row["kind"]
    if kind == "model":
        alias = Alias(entries=tuple(row["entries"]), board=row.get("board"),
                      start=_day(row.get("from")), until=_day(row.get("until")))
        book.models.setdefault(norm(row["name"]), []).append(alias)
    elif kind == "vendor":
        for name in row["names"]:
            book.vendors[norm(name)] = row["vendor"]
    else:
        book.families.setdefault(row["family"].lower(), []).extend(row["names"])


def _day(text: Optional[str]) -> Optional[date]:
    return date.fromisoformat(text) if text else None


# -- vendors and families -------------------------------------------------------

class BoardNames:
    """What the checker knows of names: the knowledge's vendors and families, and the board aliases."""

    def __init__(self, registry: KnowledgeRegistry):
        self.kb = registry.knowledge
        self.aliases = alias_book(registry.rows("board_aliases.jsonl"))
        self.key = registry.fingerprint  # snapshots cache their name indexes per knowledge
        self.vendors: dict[str, str] = {}
        for v in self.kb.vendors.values():
            for name in (v.id, v.name, *v.aliases, *v.owners):
                self.vendors.setdefault(norm(name), v.id)
        self.vendors.update(self.aliases.vendors)
        self.vendor_words = frozenset(k for k in self.vendors if k.isalpha())  # may lead a name: 'Meta-Llama-3'

    def vendor_id(self, name: Optional[str]) -> Optional[str]:
        """The knowledge vendor id a vendor name (or HF owner) stands for, or None."""
        return self.vendors.get(norm(name)) if name else None

    def entry_vendor(self, entry: Entry) -> Optional[str]:
        """The vendor id of an entry: its vendor column, else the owner part of its HF id."""
        vid = self.vendor_id(entry.vendor)
        if vid is None and "/" in entry.name:
            vid = self.vendor_id(entry.name.split("/")[0])
        return vid

    def same_vendor(self, entry: Entry, vendor: str) -> bool:
        """Whether an entry is by ``vendor`` (a vendor id, or a name no knowledge lists)."""
        vid = self.vendor_id(vendor) or vendor
        return self.entry_vendor(entry) == vid or norm(entry.vendor) == norm(vendor)

    def family_words(self, family: str) -> list[str]:
        """The words that name a family: knowledge names plus board aliases ('通义千问' for Qwen)."""
        kb = self.kb
        fam = kb.family_for(family) or next(
            (f for f in kb.families if family.lower() in {f.family.lower(), *(n.lower() for n in f.names)}), None)
        words = list(fam.names) if fam else [family]
        words += self.aliases.families.get((fam.family if fam else family).lower(), [])
        return sorted({w.lower() for w in words})

    def resolve(self, name: str, snap: Snapshot, vendor: Optional[str] = None, on: Optional[date] = None) -> Resolution:
        """The entry ``name`` stands for in ``snap``; ``vendor`` breaks ties between owners."""
        return resolve(name, snap, vendor, on, self)


def board_names(registry: Optional[KnowledgeRegistry] = None) -> BoardNames:
    """The checker's names of a knowledge registry (the bundled one by default), made once."""
    return (registry or knowledge_registry()).derive(BoardNames)


def in_family(entry: Entry, words: Iterable[str]) -> bool:
    """Whether a name token starts the family word and goes on with a version only ('qwen2', 'qwen1.5')."""
    tokens = _tokens(entry.name)
    compact = "".join(tokens)
    for w in words:
        if not w.isascii():
            if any(t.startswith(w) for t in tokens):
                return True
        elif " " in w or "-" in w:
            if norm(w) in compact:
                return True
        elif any(re.fullmatch(re.escape(w) + r"[\d.]*", t) for t in tokens):
            return True
    return False


# -- resolution -------------------------------------------------------------------

@dataclass(frozen=True)
class Resolution:
    """An entry found for a name, or why not: 'missing', 'near' or 'ambiguous', with candidates."""

    entry: Optional[Entry]
    how: str = ""  # exact, alias, loose, prefix, fuzzy
    problem: Optional[str] = None
    candidates: tuple[str, ...] = ()
    score: Optional[float] = None

    def explain(self, name: str, where: str) -> str:
        """One line saying why the name found no entry."""
        if self.problem == "near":
            return f"no entry named {name!r} in {where}; nearest entry: {self.candidates[0]}"
        if self.problem == "ambiguous":
            return f"{name!r} is ambiguous in {where}: {', '.join(self.candidates)}"
        return f"no entry named {name!r} in {where}"


def _indexes(snap: Snapshot, names: BoardNames) -> tuple[dict[str, list[Entry]], dict[str, list[Entry]]]:
    """Strict and loose name indexes of a snapshot, built once per knowledge."""
    key = ("names", names.key)
    if key not in snap.cache:
        words = names.vendor_words
        strict: dict[str, list[Entry]] = {}
        loose: dict[str, list[Entry]] = {}
        for e in snap.entries:
            for name in e.names:
                strict.setdefault(norm(name), []).append(e)
                for key in loose_keys(name, words):
                    loose.setdefault(key, []).append(e)
        snap.cache[key] = (strict, loose)
    return snap.cache[key]


def resolve(name: str, snap: Snapshot, vendor: Optional[str] = None, on: Optional[date] = None,
            names: Optional[BoardNames] = None) -> Resolution:
    """The entry ``name`` stands for in ``snap``; ``vendor`` breaks ties between owners. ``names``: what
    the checker knows of names (default: the bundled knowledge's)."""
    names = names or board_names()
    strict, loose = _indexes(snap, names)
    key = norm(name)
    if key in strict:
        return _pick(strict[key], name, vendor, "exact", names)
    for alias in names.aliases.models.get(key, []):
        if alias.applies(snap.series.benchmark, on):
            for target in alias.entries:
                if norm(target) in strict:
                    return _pick(strict[norm(target)], target, vendor, "alias", names)
    found: list[Entry] = []
    for k in loose_keys(name, names.vendor_words):
        found += [e for e in loose.get(k, []) if e not in found]
    if found:
        return _pick(found, name, vendor, "loose", names)
    wider = _prefixed(name, snap)
    if len(wider) > 1:
        return Resolution(None, "prefix", "ambiguous", tuple(wider[:MAX_CANDIDATES]))
    return _fuzzy(name, snap, loose, names)


def _prefixed(name: str, snap: Snapshot) -> list[str]:
    """Entries whose name goes on from the whole claim name ('Qwen2' -> 'Qwen2-72B-Instruct', 'Qwen2-7B'), best row first."""
    head = tuple(norm(t) for t in _tokens(name))
    if "prefix" not in snap.cache:
        snap.cache["prefix"] = [(tuple(norm(t) for t in _tokens(n)), e) for e in snap.entries for n in e.names]
    hits = [e for toks, e in snap.cache["prefix"] if len(toks) > len(head) and toks[:len(head)] == head]
    return list(dict.fromkeys(e.name for e in sorted(hits, key=lambda e: e.position)))


def _pick(entries: list[Entry], name: str, vendor: Optional[str], how: str, names: BoardNames) -> Resolution:
    """One entry among those sharing a key: same full id, then the claim's vendor, then one name."""
    if "/" in name:
        entries = [e for e in entries if e.name.lower() == name.strip().lower()] or entries
    if vendor and len({e.name for e in entries}) > 1:
        entries = [e for e in entries if names.same_vendor(e, vendor)] or entries
    names = list(dict.fromkeys(e.name for e in entries))
    if len(names) == 1:
        return Resolution(min(entries, key=lambda e: e.position), how)
    return Resolution(None, how, "ambiguous", tuple(names[:MAX_CANDIDATES]))


def _fuzzy(name: str, snap: Snapshot, loose: dict[str, list[Entry]], names: BoardNames) -> Resolution:
    """A unique fuzzy match with the same numbers, else a near miss or nothing."""
    keys = loose_keys(name, names.vendor_words)
    if not keys:
        return Resolution(None, problem="missing")
    choices = snap.cache.setdefault("loose_keys", list(loose))
    near: dict[str, float] = {}  # WRatio: also credits a name inside a longer one, to order near misses
    strict: dict[str, float] = {}  # plain ratio: what a match needs
    for key in keys:
        for choice, score, _ in process.extract(key, choices, scorer=fuzz.WRatio,
                                                score_cutoff=NEAR_SCORE, limit=3 * MAX_CANDIDATES):
            ratio = fuzz.ratio(key, choice)
            for e in loose[choice]:
                near[e.name] = max(near.get(e.name, 0.0), score)
                strict[e.name] = max(strict.get(e.name, 0.0), ratio)
    if not near:
        return Resolution(None, problem="missing")
    by_name: dict[str, Entry] = {}
    for e in snap.entries:
        by_name.setdefault(e.name, e)
    nums = numbers(name)
    matches = sorted(((n, s) for n, s in strict.items() if s >= MATCH_SCORE and numbers(n) == nums),
                     key=lambda kv: (-kv[1], by_name[kv[0]].position))
    if matches:
        best = matches[0][1]
        tied = [n for n, s in matches if s >= best - TIE_MARGIN]
        if len(tied) == 1:
            return Resolution(by_name[tied[0]], "fuzzy", score=best)
        return Resolution(None, "fuzzy", "ambiguous", tuple(tied[:MAX_CANDIDATES]), best)
    ranked = sorted(near, key=lambda n: (-near[n], -strict[n], by_name[n].position))
    return Resolution(None, "fuzzy", "near", tuple(ranked[:MAX_CANDIDATES]), near[ranked[0]])
