"""The article gate: a cheap test that tells which articles cannot hold a claim.

The claim stage reads tables with a model axis and the sentences with a model
(or a reference back to one), or a vendor with a rank or relation word. The gate
takes the entity layer's own mentions, found on the raw text before any
tokenizing, and asks the same of the article: does it name a model, or a vendor
in a stretch of text that also holds a rank or relation word? Stretches end only
where every sentence of the pipeline ends too (``SentenceSplitter.cuts``), so an
article the gate turns away gives no claim from the full pipeline either. The
words are the shared vocabulary's (``Vocabulary.vendor_words``); one
Aho-Corasick pass finds them all, one pass finds the cuts, and each vendor and
word is then placed by bisection, so the gate is linear in the article's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import ahocorasick_rs

from .nlp.entities import EntityRecognizer, Mention, about_models, recognizer_for
from .nlp.sentences import SentenceSplitter
from .nlp.vocabulary import Vocabulary, load_vocabulary

_WORD_CHAR = re.compile(r"\w")
_MARK = re.compile(r"#\s?\d|\d(?:st|nd|rd|th)\b")
_LISTED_MODEL = frozenset({"named", "owner", "model", "unknown"})


class SubjectGate:
    """Says whether a text's mentions can make a claim."""

    def __init__(self, recognizer: EntityRecognizer, vocab: Vocabulary, splitter: SentenceSplitter):
        self.recognizer = recognizer
        self.splitter = splitter
        self._words = sorted(w for w in vocab.vendor_words if w.strip())
        self._scan = ahocorasick_rs.AhoCorasick(self._words, matchkind=ahocorasick_rs.MatchKind.Standard)

    def __call__(self, text: str) -> bool:
        """True when ``text`` may hold a claim (finds its mentions; see ``admits``)."""
        return self.admits(text, self.recognizer.find_mentions(text))

    def admits(self, text: str, mentions: list[Mention]) -> bool:
        """True when ``mentions`` (of ``text``) hold a model, or a vendor in a stretch with a rank or relation word."""
        models = [m for m in mentions if m.label == "MODEL"]
        if any(m.source in _LISTED_MODEL for m in models) or (models and about_models(text, mentions)):
            return True
        if not models and any(m.source == "weak" for m in self.recognizer.article_mentions(text, mentions)):
            return True  # 'Kestrel K2 ranked first': a name the article itself confirms
        if _may_hold_table(text) and (len({m.attrs.get("canonical") for m in mentions if m.label == "BENCHMARK"}) >= 2
                                      or (mentions and _MODEL_HEADER.search(text))):
            return True  # a results table names its models by position only
        vendors = [m.start for m in mentions if m.label == "VENDOR"]
        if not vendors:
            return False
        cues = self._cue_offsets(text)
        if not cues:
            return False
        cuts = self.splitter.cuts(text)
        with_cue = {bisect_right(cuts, c) for c in cues}
        return any(bisect_right(cuts, v) in with_cue for v in vendors)

    def _cue_offsets(self, text: str) -> list[int]:
        """Start offsets of the cue words (whole words) and rank marks ('#1', '3rd') in ``text``."""
        low = text.lower()
        if len(low) != len(text):
            low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        found = [m.start() for m in _MARK.finditer(low)]
        for index, start, end in self._scan.find_matches_as_indexes(low, overlapping=True):
            word = self._words[index]
            if not word[:1].isalnum() or not (start and _WORD_CHAR.match(low, start - 1) or _WORD_CHAR.match(low, end)):
                found.append(start)
        return sorted(found)


def _may_hold_table(text: str) -> bool:
    return "|" in text or "<t" in text or "<T" in text or "\t" in text or "\n\n" in text


_MODEL_HEADER = re.compile(r"(?im)(?:^|\|)\s*(?:\*\*)?models?(?: name)?(?:\*\*)?\s*(?:\||\t|$)|<th[^>]{0,80}>\s*models?\s*<")


@lru_cache(maxsize=4)
def subject_gate(knowledge_dir: str | None = None) -> SubjectGate:
    """The gate over the package's knowledge (or ``knowledge_dir``), built once."""
    from .nlp import build_pipeline

    splitter = build_pipeline().get_pipe("extractor_sentences")
    return SubjectGate(recognizer_for(knowledge_dir), load_vocabulary(knowledge_dir), splitter)
