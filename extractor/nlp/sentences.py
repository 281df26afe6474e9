"""Rule-based sentence boundaries that also respect line breaks.

News dumps carry headlines, list items and table rows on their own lines, so a
line break is a boundary. "No. 1" and "Inc. said" are not.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = {".", "!", "?", "…", "。", "！", "？"}
_CLOSERS = {'"', "\u201d", "\u2019", "'", ")", "]"}
_NOT_AFTER = {"No", "no", "Nos", "vs", "v", "Mr", "Ms", "Dr", "St", "Inc", "Co", "Corp", "Ltd", "approx", "U.S"}


class SentenceSplitter:
    """Set ``is_sent_start`` from end punctuation and line breaks."""

    def __call__(self, doc: Doc) -> Doc:
        # One array write: setting token.is_sent_start one by one rescans the doc each time.
        flags = [1 if i == 0 or (not tok.is_space and _boundary_before(doc, i)) else -1 for i, tok in enumerate(doc)]
        if flags:  # -1 ("not a start") travels as its uint64 bit pattern, as spaCy's own arrays do
            doc.from_array([SENT_START], numpy.array(flags, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc


def _boundary_before(doc: Doc, i: int) -> bool:
    prev = doc[i - 1]
    if prev.is_space:
        return "\n" in prev.text or _ends_sentence(doc, i - 1)
    return not doc[i].is_punct and _ends_sentence(doc, i)


def _ends_sentence(doc: Doc, i: int) -> bool:
    """True when the tokens before position ``i`` close a sentence ('.', '!', '?', then closing quotes)."""
    j = i - 1
    while j >= 0 and doc[j].text in _CLOSERS:
        j -= 1
    if j < 0 or doc[j].text not in _ENDERS:
        return False
    if j >= 1 and doc[j - 1].text.isdigit() and (j == 1 or "\n" in doc[j - 2].text_with_ws):
        return False  # '1. Claude Opus 4.6' is a list item, not a sentence of its own
    return j == 0 or doc[j - 1].text not in _NOT_AFTER


@Language.factory("extractor_sentences")
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    """Factory: rule-based sentence splitter (no statistical model needed)."""
    return SentenceSplitter()
