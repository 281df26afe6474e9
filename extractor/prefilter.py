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
from functools import lru_cache

from spacy.language import Language

from .nlp.entities import EntityRecognizer, Mention
from .nlp.lexicon import Cues
from .nlp.sentences import SentenceSplitter

_WORD = re.compile(r"\w+")
_CUE_MARK = re.compile(r"#|\d(?:st|nd|rd|th)")  # '#1', '3rd' (on lower-cased text)


class SubjectGate:
    """Says whether a text's mentions can make a claim, from the pipeline's own entity layer."""

    def __init__(self, recognizer: EntityRecognizer, splitter: SentenceSplitter, cues: Cues):
        self.recognizer = recognizer
        self.splitter = splitter
        self._cue_words = cues.word_cues

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
        read_to = -1
        for m in mentions:  # in text order: a vendor inside the stretch just read needs no second look
            if m.label == "VENDOR" and m.start >= read_to:
                start, read_to = self.splitter.stretch(text, m.start, m.end)
                if self._has_cue_word(text[start:read_to]):
                    return True
        return False

    def _has_cue_word(self, text: str) -> bool:
        """Any word the claim stage takes as a rank or comparison word (``lexicon.is_word_cue``)."""
        low = text.lower()
        return not self._cue_words.isdisjoint(_WORD.findall(low)) or _CUE_MARK.search(low) is not None


@lru_cache(maxsize=1)
def subject_gate() -> SubjectGate:
    """The gate of the package's pipeline, built once."""
    from .nlp import build_pipeline

    return SubjectGate.from_pipeline(build_pipeline())
