"""Rule-based sentence boundaries that also respect line breaks.

News dumps carry headlines, list items and table rows on their own lines, so a
line break is a boundary. "No. 1", "Inc. said" and the "1." of a list item are not.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_DIGIT, IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = {".", "!", "?", "…", "。", "！", "？"}
_CLOSERS = {'"', "\u201d", "\u2019", "'", ")", "]"}
_NOT_AFTER = {"No", "no", "Nos", "vs", "v", "Mr", "Ms", "Dr", "St", "Inc", "Co", "Corp", "Ltd", "approx", "U.S"}


class SentenceSplitter:
    """Set sentence starts from end punctuation and line breaks, in one array write."""

    def __init__(self, vocab):
        self.marks = {name: frozenset(vocab.strings.add(w) for w in words) for name, words in
                      (("enders", _ENDERS), ("closers", _CLOSERS), ("not_after", _NOT_AFTER))}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            # Integer arrays, not Token objects: this runs on every token of every article.
            rows = doc.to_array([ORTH, IS_SPACE, IS_PUNCT, IS_DIGIT]).tolist()
            newline = {i for i, row in enumerate(rows) if row[1] and "\n" in doc.vocab.strings[row[0]]}
            starts = sentence_starts(rows, newline, self.marks)
            # -1 ("not a start") travels as its uint64 bit pattern, as in spaCy's own arrays
            doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc


def sentence_starts(rows: list, newline: set[int], marks: dict) -> list[int]:
    """1 where a sentence starts, -1 elsewhere; rows are (orth, is_space, is_punct, is_digit)."""
    starts = [1] + [-1] * (len(rows) - 1)
    for i in range(1, len(rows)):
        if rows[i][1]:
            continue
        if rows[i - 1][1]:
            boundary = (i - 1) in newline or _ends_sentence(rows, i - 1, newline, marks)
        else:
            boundary = not rows[i][2] and _ends_sentence(rows, i, newline, marks)
        if boundary:
            starts[i] = 1
    return starts


def _ends_sentence(rows: list, i: int, newline: set[int], marks: dict) -> bool:
    """True when the tokens before position ``i`` close a sentence ('.', '!', '?', then closing quotes)."""
    j = i - 1
    while j >= 0 and rows[j][0] in marks["closers"]:
        j -= 1
    if j < 0 or rows[j][0] not in marks["enders"]:
        return False
    if j >= 1 and rows[j - 1][3] and (j == 1 or (j - 2) in newline):
        return False  # '1. Claude Opus 4.6' is a list item, not a sentence of its own
    return j == 0 or rows[j - 1][0] not in marks["not_after"]


@Language.factory("extractor_sentences")
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    """Factory: rule-based sentence splitter (no statistical model needed)."""
    return SentenceSplitter(nlp.vocab)
