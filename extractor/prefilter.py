"""The article gate: a cheap test that tells which articles cannot hold a claim.

Every claim needs a MODEL or VENDOR mention (the claim stage only reads
sentences with one, or with a reference back to a model named before). Such a
mention needs one of the knowledge base's names in the text, an owner id
('Qwen/Qwen2-72B') or a parameter size ('7B'). A vendor without any model name
can only be the subject of a rank or comparison, which needs a cue word. This
gate looks for exactly those necessary signs, so an article it turns away gives
no claim from the full pipeline either; most articles of a news dump never
reach spaCy at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .knowledge import Knowledge, load_knowledge
from .nlp.grammar import alternation, build_grammar

_WORD = re.compile(r"\w+")
_CUE_MARK = re.compile(r"#|\d(?:st|nd|rd|th)\b")  # '#1', '3rd'


class SubjectGate:
    """Says whether a text has any sign of a model or vendor name (a few regex scans in C)."""

    def __init__(self, kb: Knowledge):
        grammar = build_grammar(kb)
        self._owner_id = grammar.owner_id
        self._grammar = grammar
        # No right boundary: family words take glued versions ('Qwen2'); looser is safe for a gate.
        model_names = [n for f in kb.families for n in f.names] + [m.name for m in kb.models]
        self._model_name = re.compile(rf"(?<!\w)(?:{alternation(model_names)})")
        vendor_names = [a for v in kb.vendors.values() for a in (v.name, *v.aliases)]
        self._vendor_name = re.compile(rf"(?<!\w)(?:{alternation(vendor_names)})")
        self._cue_words = _cue_words()

    def __call__(self, text: str) -> bool:
        """True when ``text`` may mention a model, or a vendor next to a rank or comparison word."""
        if self._model_name.search(text):
            return True
        if "/" in text and self._owner_id.search(text):
            return True
        if self._grammar.unknown_models(text):
            return True
        return self._vendor_name.search(text) is not None and self._has_cue_word(text)

    def _has_cue_word(self, text: str) -> bool:
        """A word set beats a case-insensitive alternation here by a factor of two."""
        return not self._cue_words.isdisjoint(_WORD.findall(text.lower())) or _CUE_MARK.search(text) is not None


def _cue_words() -> frozenset[str]:
    """Every word the claim stage's cue test accepts without a number (see nlp.lexicon.is_cue)."""
    from .nlp.lexicon import Cues

    return Cues.load().word_cues


@lru_cache(maxsize=4)
def subject_gate(data_dir: str | None = None) -> SubjectGate:
    """The gate for a knowledge base (the package's own by default), built once."""
    return SubjectGate(load_knowledge(data_dir))
