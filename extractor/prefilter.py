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
from typing import Iterable

from .knowledge import Knowledge, load_knowledge
from .nlp.grammar import build_grammar

_WORD = re.compile(r"\w+")
_SIZE = re.compile(r"\d[Bb]")  # every parameter size of the name grammar ends so ('7B', '1.5b', '8x22B')


class SubjectGate:
    """Says whether a text has any sign of a model or vendor name."""

    def __init__(self, kb: Knowledge):
        grammar = build_grammar(kb)
        self._owner_id = grammar.owner_id
        self._unknown_model = grammar.unknown_model
        # first word -> names starting with it (None: the word alone is the name)
        self._exact: dict[str, set] = {}
        self._prefix: dict[str, set] = {}  # family words may be glued to a version: 'Qwen2', 'GPT4o'
        self._anywhere: list[str] = []  # names that do not start with a word character
        self._add(self._prefix, (n for f in kb.families for n in f.names))
        self._add(self._exact, (m.name for m in kb.models))
        self._vendors: dict[str, set] = {}
        self._add(self._vendors, (a for v in kb.vendors.values() for a in (v.name, *v.aliases)))
        self._cue_word = _cue_word_pattern()
        self._head = min((len(w) for w in self._prefix), default=1)
        self._prefix_by_head: dict[str, list[str]] = {}
        for word in self._prefix:
            self._prefix_by_head.setdefault(word[:self._head], []).append(word)

    def _add(self, table: dict, names: Iterable[str]) -> None:
        for name in names:
            m = _WORD.match(name)
            if m is None:
                self._anywhere.append(name)
            else:
                table.setdefault(m.group(), set()).add(None if m.group() == name else name)

    def __call__(self, text: str) -> bool:
        """True when ``text`` may mention a model, or a vendor next to a rank or comparison word."""
        if any(name in text for name in self._anywhere):
            return True
        vendor = False
        for word in set(_WORD.findall(text)):
            names = self._exact.get(word)
            if names and self._present(text, names):
                return True
            for head in self._prefix_by_head.get(word[:self._head], ()):
                if word.startswith(head) and self._present(text, self._prefix[head]):
                    return True
            vendor = vendor or (word in self._vendors and self._present(text, self._vendors[word]))
        if "/" in text and self._owner_id.search(text):
            return True
        if _SIZE.search(text) is not None and self._unknown_model.search(text) is not None:
            return True
        return vendor and self._cue_word.search(text) is not None

    @staticmethod
    def _present(text: str, names: set) -> bool:
        return None in names or any(name in text for name in names)


def _cue_word_pattern() -> re.Pattern:
    """Any word the claim stage's cue test accepts without a number (see nlp.lexicon.is_cue)."""
    from .nlp.lexicon import WORD_CUES, Cues

    cues = Cues.load()
    words = set(cues.ordinals) | cues.top_verbs | cues.outperform_verbs | cues.trail_verbs | cues.leader_nouns | WORD_CUES
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)(?:{alternation})(?!\w)|#|\d(?:st|nd|rd|th)\b")


@lru_cache(maxsize=4)
def subject_gate(data_dir: str | None = None) -> SubjectGate:
    """The gate for a knowledge base (the package's own by default), built once."""
    return SubjectGate(load_knowledge(data_dir))
