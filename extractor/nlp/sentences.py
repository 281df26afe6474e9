"""Rule-based sentence boundaries that also respect line breaks.

News dumps carry headlines, list items and table rows on their own lines, so a
line break is a boundary, except after a word no sentence ends on ('followed by')
before a line that opens no item or row. "No. 1", "Inc. said" and the "1." of a list
item are no boundaries either.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable, Optional

import numpy
from spacy.attrs import IDX, IS_DIGIT, IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.tokens import Doc

_ENDERS = {".", "!", "?", "…", "。", "！", "？"}
_PAUSES = {"…"}  # an ellipsis before a lower-case word or a number is a pause: the sentence goes on
_CLOSERS = {'"', "\u201d", "\u2019", "'", ")", "]"}
_NOT_AFTER = {"No", "no", "Nos", "vs", "v", "Mr", "Ms", "Dr", "St", "Inc", "Co", "Corp", "Ltd", "approx", "U.S"}
_BULLETS = {"-", "\u2013", "\u2014", "\u2022"}  # '... per share. - The X model ...': a list run into one line


# A plain sentence end on raw text: a stop, closing quotes, spaces, then a letter or digit (so
# no punctuation starts the next token), after a word of ``_STOPPED_WORD`` that follows a
# space, an opening quote or bracket (so the tokenizer cuts the stop off as a token).
_STOP = re.compile(r"[.!?][\"'\u201d\u2019)\]]*[ \t]+(?=[A-Za-z0-9])")
_STOPPED_WORD = re.compile(r"[A-Za-z][a-z]*[a-z]")
_OPENERS = frozenset("\"\u201c\u2018([")
_NEWLINE = re.compile("\n")
# A line that ends on a word no sentence ends on, before a line that opens on no list or table mark: scraped
# text breaks a sentence at each link ('followed by\nVega-7B at 85.0% and\nLyra-8B at 80.5%.')
_GOING_ON = ("by", "and", "or", "of", "to", "with", "at", "than", "the", "a", "an", "from", "versus", "vs", ",")
_GOING_ON_END = re.compile(rf"(?:,|(?<![\w\-])(?:{'|'.join(w for w in _GOING_ON if w != ',')}))[ \t]*$")
_LINE_OPENERS = frozenset(" \t\r\n\f\v-*+\u2022|#>")  # what a line that opens an item, a row or a heading starts on
RUN_IN_HINT = re.compile(r"\s3[.)] +\S")  # the third number of a list run into one line, to look closer
_RUN_IN_MARK = re.compile(r"(?<!\S)(\d{1,2})[.)] +(?=\S)")


def run_in_items(text: str, start: int = 0, end: Optional[int] = None) -> list[int]:
    """Offsets of the numbers of a numbered list run into one line ('1. A: 5 2. B: 4 3. C: 3'),
    counting up from 1, at least three; [] for any other line."""
    end = len(text) if end is None else end
    marks, want = [], 1
    for m in _RUN_IN_MARK.finditer(text, start, end):
        if int(m.group(1)) == want:
            marks.append(m.start())
            want += 1
    return marks if len(marks) >= 3 else []


def run_in_marks(text: str) -> list[int]:
    """The run-in list numbers of every line of ``text`` (see ``run_in_items``), found cheaply: most
    texts have none."""
    found: list[int] = []
    for hint in RUN_IN_HINT.finditer(text):
        start = text.rfind("\n", 0, hint.start()) + 1
        if found and found[-1] >= start:
            continue  # this line is read already
        end = text.find("\n", hint.end())
        found += run_in_items(text, start, len(text) if end < 0 else end)
    return found


class SentenceSplitter:
    """Set sentence starts from end punctuation and line breaks, in one array write."""

    def __init__(self, vocab, abbreviations: Iterable[str] = ()):
        self.marks = {name: frozenset(vocab.strings.add(w) for w in words) for name, words in
                      (("enders", _ENDERS), ("closers", _CLOSERS), ("not_after", _NOT_AFTER), ("pauses", _PAUSES),
                       ("bullets", _BULLETS), ("going_on", _GOING_ON))}
        # Words after which a stop ends no sentence: ours, and the tokenizer's ('Jan.' is one token).
        self.abbreviations = frozenset(abbreviations) | _NOT_AFTER

    def cuts(self, text: str) -> list[int]:
        """Sorted offsets where every sentence this splitter makes ends, found on raw text in one pass
        without tokenizing: after each line break that does not go on (see ``_goes_on_at``) and after each
        plain sentence end ('ranked first. The'), which are always boundaries here. The stretches between two
        cuts never split a sentence."""
        found = [m.end() for m in _NEWLINE.finditer(text) if not _goes_on_at(text, m.start())]
        found += [stop.end() for stop in _STOP.finditer(text) if self._ends_plain_word(text, stop.start())]
        found += run_in_marks(text)
        return sorted(found)

    @staticmethod
    def stretch(cuts: list[int], start: int, end: int, length: int) -> tuple[int, int]:
        """The stretch between two of ``cuts`` that holds ``[start, end)``."""
        k = bisect_right(cuts, start)
        lo = cuts[k - 1] if k else 0
        j = bisect_left(cuts, end)
        return lo, cuts[j] if j < len(cuts) else length

    def _ends_plain_word(self, text: str, stop: int) -> bool:
        """True when a plain word, not an abbreviation, ends right before offset ``stop``."""
        begin = stop
        while begin > 0 and text[begin - 1].isalpha():
            begin -= 1
        word = text[begin:stop]
        return (begin == 0 or text[begin - 1].isspace() or text[begin - 1] in _OPENERS) \
            and word not in self.abbreviations \
            and _STOPPED_WORD.fullmatch(word) is not None

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            starts = sentence_starts(doc.to_array([ORTH, IS_SPACE, IS_PUNCT, IS_DIGIT]), doc.vocab.strings, self.marks)
            marks = run_in_marks(doc.text)
            if marks:
                _start_items(doc, marks, starts)
            # -1 ("not a start") travels as its uint64 bit pattern, as in spaCy's own arrays
            doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc


def _goes_on_at(text: str, newline: int) -> bool:
    """True for a line break after a word no sentence ends on, before a line that opens no item, row or
    heading ('followed by\nVega-7B'): the sentence goes on (asked of each line break only, not each character)."""
    after = newline + 1
    return after < len(text) and text[after] not in _LINE_OPENERS \
        and _GOING_ON_END.search(text, max(0, newline - 12), newline) is not None


def _goes_on(word: str) -> bool:
    """A lower-case word or a number after a pause: the same sentence ('occupies… 30th place'); a link
    after a cut-off post's ellipsis ('an impressive… https://t.co/x') is not."""
    return (word[:1].islower() or word[:1].isdigit()) and "/" not in word


def _start_items(doc: Doc, marks: list[int], starts: list[int]) -> None:
    """Each item of a list run into one line is a sentence of its own, its number included."""
    offsets = doc.to_array(IDX).tolist()
    for mark in marks:
        k = bisect_left(offsets, mark)
        if k < len(offsets) and offsets[k] == mark:
            starts[k] = 1
            after = next((j for j in range(k + 1, min(k + 4, len(offsets))) if not doc[j].is_punct), None)
            if after is not None and after > k + 1:
                starts[after] = -1  # the stop after the number ends no sentence here


def sentence_starts(rows: numpy.ndarray, strings, marks: dict) -> list[int]:
    """1 where a sentence starts, -1 elsewhere; ``rows`` are (orth, is_space, is_punct, is_digit) per token.

    Integer arrays, not Token objects, and a walk over the few line breaks and end marks, not
    over every token: this runs on every token of every article that passes the gate.
    A token starts a sentence after a line break (not one after 'by', 'and' or a comma that goes on into a
    line opening on no list or table mark), and after an end mark ('.', '!', '?') and its
    closing quotes, unless the mark ends a list number ('1.' at a line start) or an abbreviation
    ('No.', 'Inc.'), or the next token is punctuation with no space before it.
    """
    n = len(rows)
    orth, space, punct, digit = (rows[:, k].tolist() for k in range(4))
    starts = [1] + [-1] * (n - 1)
    newline = {i for i in numpy.flatnonzero(rows[:, 1]).tolist() if "\n" in strings[orth[i]]}
    going_on = marks["going_on"]
    for i in newline:
        if i + 1 < n and not space[i + 1] and not (
                i >= 1 and orth[i - 1] in going_on and strings[orth[i]] == "\n"
                and strings[orth[i + 1]][:1] not in _LINE_OPENERS):  # (its first character, as ``cuts`` reads it)
            starts[i + 1] = 1
    enders = numpy.flatnonzero(numpy.isin(rows[:, 0], list(marks["enders"]))).tolist()
    closers, not_after, pauses, bullets = marks["closers"], marks["not_after"], marks["pauses"], marks["bullets"]
    for j in enders:
        if j >= 1 and (digit[j - 1] and (j == 1 or (j - 2) in newline) or orth[j - 1] in not_after):
            continue  # '1. Claude Opus 4.6' is a list item; 'No. 1' is no sentence end
        m = j + 1
        while m < n and orth[m] in closers:
            m += 1
        if m >= n:
            continue
        if orth[j] in pauses and not space[m] and _goes_on(strings[orth[m]]):
            continue  # 'X occupies… 30th place': a pause, the sentence goes on
        if space[m]:
            if m + 1 < n and not space[m + 1]:
                starts[m + 1] = 1
        elif not punct[m]:
            starts[m] = 1
        elif orth[m] in bullets and m + 1 < n and strings[orth[m + 1]][:1].isupper():
            starts[m] = 1  # 'rose. - The X model ranks third': the bullet opens the next item
    return starts
