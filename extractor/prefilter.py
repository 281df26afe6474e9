"""The article gate: a cheap test that tells which articles cannot hold a claim.

The claim stage reads only sentences with a MODEL mention (or a reference back
to one), or with a VENDOR mention and a rank or comparison word (only models
have scores). The gate takes the entity layer's own mentions, found on the raw
text before any tokenizing, and asks the same: is there a model, or a vendor
whose sentence has such a word? Sentences are approximated by stretches that
are never shorter than the sentence, so an article it turns away gives no claim
from the full pipeline either; most articles of a news dump never reach spaCy.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import ahocorasick_rs
from spacy.language import Language

from .nlp.entities import EntityRecognizer, Mention
from .nlp.lexicon import Cues
from .nlp.sentences import SentenceSplitter

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_MARK = re.compile(r"#|\d(?:st|nd|rd|th)")  # '#1', '3rd' (on lower-cased text), wherever they stand
_MARKS = frozenset(["#"] + [f"{digit}{suffix}" for digit in "0123456789" for suffix in ("st", "nd", "rd", "th")])


class SubjectGate:
    """Says whether a text's mentions can make a claim, from the pipeline's own entity layer."""

    def __init__(self, recognizer: EntityRecognizer, splitter: SentenceSplitter, cues: Cues):
        self.recognizer = recognizer
        self.splitter = splitter
        self._cue_words = cues.word_cues
        # One pass finds the rank and comparison words (``lexicon.is_word_cue``) of a lower-cased text.
        self._scan_words = sorted(cues.word_cues | _MARKS)
        self._cue_scan = ahocorasick_rs.AhoCorasick(self._scan_words, matchkind=ahocorasick_rs.MatchKind.Standard)

    @classmethod
    def from_pipeline(cls, nlp: Language) -> "SubjectGate":
        return cls(nlp.get_pipe("extractor_entities"), nlp.get_pipe("extractor_sentences"), Cues.load())

    def __call__(self, text: str) -> bool:
        """True when ``text`` may hold a claim (finds its mentions; see ``admits``)."""
        return self.admits(text, self.recognizer.find_mentions(text))

    def admits(self, text: str, mentions: list[Mention]) -> bool:
        """True when ``mentions`` (of ``text``) hold a model, or a vendor with a rank or comparison
        word in its sentence."""
        if any(m.label == "MODEL" for m in mentions):
            return True
        if not any(m.label == "VENDOR" for m in mentions):
            return False
        low = text.lower()
        cues = self._cue_offsets(low) if len(low) == len(text) else None  # else offsets moved: read by stretch
        if cues == []:
            return False
        read_to = -1
        for m in mentions:  # in text order: a vendor inside the stretch just read needs no second look
            if m.label == "VENDOR" and m.start >= read_to:
                start, read_to = self.splitter.stretch(text, m.start, m.end)
                if cues is None:
                    if self._has_cue_word(text[start:read_to].lower()):
                        return True
                    continue
                k = bisect_left(cues, start)
                if k < len(cues) and cues[k] < read_to:
                    return True
        return False

    def _cue_offsets(self, low: str) -> list[int]:
        """Sorted start offsets of the rank and comparison words (whole words) and marks in ``low``."""
        found = set()
        for index, start, end in self._cue_scan.find_matches_as_indexes(low, overlapping=True):
            if self._scan_words[index] in _MARKS or not (
                    start and _WORD_CHAR.match(low, start - 1) or _WORD_CHAR.match(low, end)):
                found.add(start)
        return sorted(found)

    def _has_cue_word(self, low: str) -> bool:
        """The same test on one lower-cased stretch, word by word."""
        return not self._cue_words.isdisjoint(_WORD.findall(low)) or _MARK.search(low) is not None


@lru_cache(maxsize=1)
def subject_gate() -> SubjectGate:
    """The gate of the package's pipeline, built once."""
    from .nlp import build_pipeline

    return SubjectGate.from_pipeline(build_pipeline())
