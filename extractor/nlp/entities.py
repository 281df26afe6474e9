"""MODEL, VENDOR and BENCHMARK spans, normalised, as a spaCy component.

Mentions are found on the text with the name grammar (so a name is found the
same way whatever the tokenizer did with its hyphens), then the tokens are
split and merged so each mention is exactly one token. The longest mention
wins. Results live in ``doc.ents`` and ``doc.spans["extractor_entities"]``
with normalised attributes on ``span._``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Optional

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..knowledge import Knowledge, load_knowledge
from .extensions import ENTITY_KEY, MENTIONS_KEY, TEXT_KEY, register_extensions
from .grammar import NameGrammar, build_grammar, matches_at

_LEADING_DIGITS = re.compile(r"^\d+")
_RANKING_WORD = re.compile(r"(?i)\b(?:leaderboards?|rank(?:s|ed|ing|ings)?|lists?|top|index|board|chart|evaluat\w*|benchmark\w*)\b")
_SIZE_RE = re.compile(r"\d(?:x\d+)?[BbMT]\b")
_PRIORITY = {"named": 0, "owner": 1, "vendor": 2, "model": 3, "benchmark": 4, "unknown": 5}


@dataclass
class Mention:
    """A mention found on the text, before it becomes a Span."""

    start: int
    end: int
    label: str
    source: str
    attrs: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def canonical_name(name: str) -> str:
    """Lower-case name with one hyphen between parts: 'Claude 3.5 Sonnet' -> 'claude-3.5-sonnet'."""
    return re.sub(r"[\s_\-\u2011]+", "-", name.strip().lower())


class EntityRecognizer:
    """Find and normalise model, vendor and benchmark mentions."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.grammar: NameGrammar = build_grammar(kb)
        self._named = {m.name: m for m in kb.models}
        register_extensions()

    # -- finding -----------------------------------------------------------
    def find_mentions(self, text: str) -> list[Mention]:
        """Every non-overlapping mention in ``text``, longest first, in text order.

        One scan finds where listed names start; the patterns are tried only there."""
        grammar, starts = self.grammar, self.grammar.scanner.starts(text)
        found = list(self._named_models(matches_at(grammar.named_model, text, starts["named_model"])))
        if "/" in text:
            found += self._owner_ids(text)
        found += self._models(matches_at(grammar.model, text, starts["model"]), "model")
        found += self._models(grammar.unknown_models(text, starts["size"]), "unknown")
        found += self._phrases(text, matches_at(grammar.vendor, text, starts["vendor"]), "VENDOR",
                               self.kb.vendor_by_alias)
        found += self._phrases(text, matches_at(grammar.benchmark, text, starts["benchmark"]), "BENCHMARK",
                               self.kb.benchmark_by_alias)
        return _without_overlaps(found)

    def _named_models(self, matches: Iterable[re.Match]) -> Iterable[Mention]:
        for m in matches:
            info = self._named[m.group().replace("\u2011", "-")]
            yield Mention(m.start(), m.end(), "MODEL", "named", {
                "canonical": canonical_name(info.name), "family": info.family,
                "vendor": info.vendor, "is_family": False,
            })

    def _owner_ids(self, text: str) -> Iterable[Mention]:
        """'Qwen/Qwen2-72B-Instruct': the model part, plus the owner as VENDOR when it is one."""
        for m in self.grammar.owner_id.finditer(text):
            owner, name = m.group("owner"), m.group("name")
            bare_owner = self._known_owner(owner)
            vendor = self.kb.vendor_by_owner.get(bare_owner.lower())
            if vendor is None and not any(c.isdigit() for c in name):
                continue
            model = self._describe_model(name) or {
                "canonical": canonical_name(name), "family": None, "vendor": None, "is_family": False,
            }
            model = dict(model, owner=bare_owner, vendor=vendor or model.get("vendor"), is_family=False)
            yield Mention(m.start("name"), m.end("name"), "MODEL", "owner", model)
            owner_start = m.start("owner") + (len(owner) - len(bare_owner))
            yield Mention(owner_start, m.end("owner"), "VENDOR", "owner",
                          {"canonical": vendor or bare_owner.lower(), "vendor": vendor, "owner": bare_owner})

    def _known_owner(self, owner: str) -> str:
        """The owner without digits glued on from a ranked list ('401-ai' -> '01-ai'), when known."""
        glued = _LEADING_DIGITS.match(owner)
        for cut in range(glued.end() + 1 if glued else 1):
            if owner[cut:].lower() in self.kb.vendor_by_owner:
                return owner[cut:]
        return owner

    def _models(self, matches: Iterable[re.Match], source: str) -> Iterable[Mention]:
        for m in matches:
            name = m.group()
            if name in self.kb.not_models:
                continue
            attrs = self._describe_model(name, m)
            if attrs is not None:
                yield Mention(m.start(), m.end(), "MODEL", source, attrs)

    def _describe_model(self, name: str, match: Optional[re.Match] = None) -> Optional[dict]:
        """Family, vendor and canonical form of a model name, or None when it is no model."""
        if match is None:
            match = self.grammar.model.fullmatch(name) or self.grammar.unknown_model.fullmatch(name)
            if match is None:
                return None
        family_word = match.group("family")
        family = self.kb.family_for(family_word)
        bare = not (match.groupdict().get("version") or match.group("parts"))
        if family is not None and family.strict and (bare or (family.joined and not _joined_or_sized(name, family_word))):
            return None
        return {
            "canonical": canonical_name(name),
            "family": family.family if family else family_word,
            "vendor": family.vendor if family else None,
            "is_family": bare and family is not None and not any(ch.isdigit() for ch in family_word),
        }

    def _phrases(self, text: str, matches: Iterable[re.Match], label: str, ids: dict) -> Iterable[Mention]:
        for m in matches:
            alias = m.group().replace("\u2011", "-")
            if label == "BENCHMARK" and alias in self.kb.benchmark_needs_context and not _RANKING_WORD.search(
                    text, max(m.start() - 80, 0), m.end() + 80):
                continue  # 'Hugging Face' the company, not its leaderboard
            canonical = ids[alias]
            attrs = {"canonical": canonical}
            if label == "VENDOR":
                attrs["vendor"] = canonical
                family = self.kb.family_for(m.group().replace("\u2011", "-"))
                if family is not None:
                    attrs["family"] = family.family
            yield Mention(m.start(), m.end(), label, label.lower(), attrs)

    # -- spaCy -------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get(TEXT_KEY) or doc.text  # doc.text is rebuilt from the tokens on each access
        doc.user_data["extractor_has_pipes"] = "|" in text
        mentions = doc.user_data.pop(MENTIONS_KEY, None)
        if mentions is None:
            mentions = self.find_mentions(text)
        _align_tokens(doc, mentions)
        spans = []
        starts = doc.to_array(IDX).tolist() if mentions else []
        for mention in mentions:
            k = bisect_left(starts, mention.start)
            if k == len(starts) or starts[k] != mention.start or doc[k].idx + len(doc[k]) != mention.end:
                raise AssertionError(f"mention {mention} not aligned to tokens")  # never drop one silently
            span = Span(doc, k, k + 1, label=mention.label)
            for key, value in mention.attrs.items():
                setattr(span._, key, value)
            spans.append(span)
        doc.ents = spans
        doc.spans[ENTITY_KEY] = spans
        return doc


def _joined_or_sized(name: str, family_word: str) -> bool:
    """A common-word family ('Step', 'Falcon') names a model only as 'Step-2' or 'Falcon 180B'."""
    rest = name[len(family_word):]
    return rest[:1] in ("-", "\u2011", "_") or rest[:1].isdigit() or bool(_SIZE_RE.search(rest))


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Greedy: longest mention first (source priority breaks ties), then text order."""
    ordered = sorted(mentions, key=lambda m: (-m.length, _PRIORITY[m.source], m.start))
    taken: list[Mention] = []
    occupied = bytearray()
    for m in ordered:
        if len(occupied) < m.end:
            occupied.extend(b"\0" * (m.end - len(occupied)))
        if any(occupied[m.start:m.end]):
            continue
        occupied[m.start:m.end] = b"\1" * m.length
        taken.append(m)
    return sorted(taken, key=lambda m: m.start)


def _align_tokens(doc: Doc, mentions: list[Mention]) -> None:
    """Split tokens at mention edges, then merge each mention into one token."""
    if not mentions:
        return
    starts = doc.to_array(IDX).tolist()
    lengths = doc.to_array(LENGTH).tolist()
    inner_cuts: dict[int, list[int]] = {}  # token index -> cut offsets inside it
    for cut in sorted({pos for m in mentions for pos in (m.start, m.end)}):
        k = bisect_right(starts, cut) - 1
        if k >= 0 and starts[k] < cut < starts[k] + lengths[k]:
            inner_cuts.setdefault(k, []).append(cut - starts[k])
    if inner_cuts:
        with doc.retokenize() as retok:
            for k, inner in inner_cuts.items():
                tok = doc[k]
                bounds = [0, *inner, len(tok.text)]
                retok.split(tok, [tok.text[a:b] for a, b in zip(bounds, bounds[1:])], heads=[(tok, 0)] * len(inner + [0]))
    if inner_cuts:
        starts = doc.to_array(IDX).tolist()
    with doc.retokenize() as retok:
        for m in mentions:
            first, last = bisect_left(starts, m.start), bisect_left(starts, m.end) - 1
            if last > first:  # tokens first..last hold exactly the mention, now that edges are cut
                retok.merge(doc[first:last + 1])


@Language.factory("extractor_entities", default_config={"knowledge_dir": None})
def make_entity_recognizer(nlp: Language, name: str, knowledge_dir: Optional[str]) -> EntityRecognizer:
    """Factory: MODEL/VENDOR/BENCHMARK recognizer from the package's knowledge data."""
    return EntityRecognizer(load_knowledge(knowledge_dir))
