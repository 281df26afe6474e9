"""The one vocabulary of cue words the article gate and the claim rules share.

Word lists live in ``knowledge/cues.json``; the lead and relation cues are
spaCy ``Matcher`` patterns in ``knowledge/patterns.jsonl``. The gate's word set
is derived from both (``gate_words``), so a cue the rules know can never be
turned away by the gate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, Optional

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from ..knowledge import knowledge_registry


@dataclass(frozen=True)
class CuePattern:
    """One Matcher pattern with what its match means."""

    label: str
    pattern: list
    only: bool = False  # 'behind only X': the rank is one more than the names ahead
    passive: bool = False  # 'was outscored by X': the relation's subject is the name after 'by'
    scoped: bool = False  # 'the top open model': the words between give the rank's scope
    names_benchmark: bool = False  # 'higher on X than': a cue only when the words it spans name a benchmark


# What ends a rank written in digits: '3rd', '25e', '11ème', '2º', '1.ª' (the gate and the rules read the same)
ORDINAL_SUFFIXES = r"(?:st|nd|rd|th|e|ème|eme|er|re|\.?º|\.?ª)"
# The places medals stand for, in a table's rank column and at the start of a line of prose
MEDAL_PLACES = {"\U0001f947": 1, "\U0001f948": 2, "\U0001f949": 3}
_MATCHERS_KEPT = 256  # Matchers of pattern subsets kept (a few dozen subsets cover most text)


@dataclass(frozen=True)
class Vocabulary:
    """Cue word lists and Matcher patterns, lower case."""

    lists: dict
    patterns: tuple[CuePattern, ...]
    _matchers: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_data(cls, lists: dict, patterns: Iterable[dict]) -> "Vocabulary":
        """From cues.json's lists and patterns.jsonl's rows, as the knowledge registry validated them."""
        return cls(lists, tuple(CuePattern(p["label"], p["pattern"], p.get("only", False), p.get("passive", False),
                                           p.get("scoped", False), p.get("names_benchmark", False))
                                for p in patterns))

    def __reduce__(self):
        return Vocabulary, (self.lists, self.patterns)  # the Matchers are made again per vocab

    def words(self, name: str) -> frozenset:
        return self._sets[name]

    def mapping(self, name: str) -> dict:
        return self.lists[name]

    @cached_property
    def _sets(self) -> dict:
        return {k: frozenset(v) if isinstance(v, list) and (not v or isinstance(v[0], str)) else v
                for k, v in self.lists.items()}

    @cached_property
    def references(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(r) for r in self.lists["references"])

    @cached_property
    def reference_ends(self) -> frozenset:
        """The last words of the references ('model' of 'the same model'): where one can end."""
        return frozenset(r[-1] for r in self.references)

    @cached_property
    def pattern_words(self) -> frozenset:
        """Every word a Matcher pattern requires (optional tokens' words are no evidence of a cue)."""
        found = set()
        for cue in self.patterns:
            for token in cue.pattern:
                if token.get("OP") in ("?", "*"):
                    continue
                lower = token.get("LOWER")
                if isinstance(lower, str):
                    found.add(lower)
                elif isinstance(lower, dict):
                    found.update(lower.get("IN", ()))
        return frozenset(found)

    @cached_property
    def anchor_words(self) -> frozenset:
        """The patterns' words that are no function words: every pattern has one, so a sentence
        without any of them matches no pattern."""
        return self.pattern_words - self.words("function_words")

    @cached_property
    def gate_words(self) -> frozenset:
        """Words that can carry a claim: the patterns' anchors, ranks, numbers, place and score words
        (the article gate and the sentence gate look for these; no rule needs a word outside them)."""
        return self.anchor_words | frozenset(self.lists["ordinals"]) | frozenset(self.lists["ordinal_tens"]) \
            | frozenset(self.lists["numbers"]) | self.words("rank_words") | self.words("score_words") \
            | self.words("place_nouns") | {"top", "%", "#", "elo", "respectively"}

    @cached_property
    def pattern_bags(self) -> tuple[tuple[frozenset, ...], ...]:
        """Each pattern as the word sets of its required tokens: a text can match the pattern only if
        every set has a word in it, which is how the gate and the weak-name test read a stretch."""
        bags = []
        for cue in self.patterns:
            sets = []
            for token in cue.pattern:
                lower = token.get("LOWER")
                if token.get("OP") in ("?", "*") or lower is None:
                    continue
                sets.append(frozenset([lower] if isinstance(lower, str) else lower.get("IN", ())))
            bags.append(tuple(s for s in sets if s))
        return tuple(bags)

    @cached_property
    def rank_words(self) -> frozenset:
        """Words that state a rank by themselves: ordinals ('second', 'twentieth')."""
        return frozenset(self.lists["ordinals"]) | frozenset(self.lists["ordinal_tens"])

    def has_cue(self, words: set) -> bool:
        """True when a bag of lower-case words can hold a rank or relation cue: an ordinal, a rank mark
        or every required word of some cue pattern (never a claim is missed for a missing cue)."""
        if not self.rank_words.isdisjoint(words):
            return True
        if self.pattern_words.isdisjoint(words):
            return False  # no word of any pattern: the usual case, decided by one set test
        by_key_word = self._patterns_by_key_word
        if by_key_word is None:
            return True  # a pattern that requires no word at all
        candidates = {k for word in words.intersection(by_key_word) for k in by_key_word[word]}
        return any(all(not bag.isdisjoint(words) for bag in self.pattern_bags[k]) for k in candidates)

    @cached_property
    def _patterns_by_key_word(self) -> Optional[dict[str, tuple[int, ...]]]:
        """Word -> the patterns (indexes into ``pattern_bags``) whose key word set holds it: a bag can match
        only those. A pattern's key set is its required set with the fewest function words ('top', 'best'
        rather than 'the'), so a bag of common words brings few patterns to test. None when a pattern
        requires no word at all."""
        function_words = self.words("function_words")
        index: dict[str, list[int]] = {}
        for k, bags in enumerate(self.pattern_bags):
            if not bags:
                return None
            key = min(bags, key=lambda bag: (len(bag & function_words), len(bag)))
            for word in key:
                index.setdefault(word, []).append(k)
        return {word: tuple(ks) for word, ks in index.items()}

    @cached_property
    def vendor_words(self) -> frozenset:
        """Words that make a vendor a subject: rank and relation words, never numbers or score words
        ('Nvidia reported revenue of $40.4 billion, up 29%' holds no claim)."""
        return self.anchor_words | self.rank_words | {"top", "#", "no", "number"}

    def matcher(self, vocab: Vocab, words: Optional[set] = None) -> Matcher:
        """The cue Matcher for a spaCy vocab; given the lower-case words of a text, one of only the patterns
        whose every required word set has a word there (the others cannot match it, and a Matcher's cost
        grows with its patterns). Built once per vocab and set of patterns."""
        ids = tuple(range(len(self.patterns))) if words is None else tuple(
            k for k, bags in enumerate(self.pattern_bags) if all(not bag.isdisjoint(words) for bag in bags))
        key = (id(vocab), ids)
        found = self._matchers.get(key)
        if found is None or found[0] is not vocab:
            if len(self._matchers) >= _MATCHERS_KEPT:
                self._matchers.clear()
            matcher = Matcher(vocab, validate=True)
            for k in ids:
                matcher.add(f"{self.patterns[k].label}:{k}", [self.patterns[k].pattern])
            found = (vocab, matcher)
            self._matchers[key] = found
        return found[1]

    def cue(self, match_key: str) -> CuePattern:
        """The pattern a Matcher match key ('OUTPERFORM:7') stands for."""
        return self.patterns[int(match_key.rsplit(":", 1)[1])]


def load_vocabulary(overlay: Optional[str] = None) -> Vocabulary:
    """The bundled vocabulary, overlaid by the knowledge folder ``overlay`` when given (read once)."""
    return knowledge_registry(overlay).vocabulary
