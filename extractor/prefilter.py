"""The article gate: a cheap test that tells which articles cannot hold a claim.

The claim stage reads tables with a model axis and the sentences with a model
(or a reference back to one), or a vendor with a rank or relation cue. The gate
asks the same of the raw article before any tokenizing, from the entity layer's
own mentions: does it name a model (listed, or shaped like one in an article
about AI models), a name a cue confirms ('Acme 4 ranked first') or the article
gives ('a model called Kestrel'), a results
table, or a vendor in a stretch of text that can hold a cue? Stretches end only
where every sentence of the pipeline ends too (``SentenceSplitter.cuts``), and
a stretch can hold a cue only if it has an ordinal, a rank mark or every
required word of some cue pattern (``Vocabulary.has_cue``, the rules' own
vocabulary), so an article the gate turns away gives no claim from the full
pipeline either. One Aho-Corasick pass finds the names, one the cue words; each
stretch is read once, so the gate is linear in the article's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import ahocorasick_rs

from .nlp.entities import EntityRecognizer, Mention, about_models, recognizer_of
from .nlp.sentences import SentenceSplitter
from .nlp.vocabulary import Vocabulary

_WORD = re.compile(r"[a-z0-9#.'\u2019-]+")
_WORD_CHAR = re.compile(r"\w")
_MARK = re.compile(r"#\s?\d|\b\d{1,3}(?:st|nd|rd|th)\b|\bno\.\s?\d|\bnumber\s\w|\btop[- ]?(?:\d{1,3}|ten|five|three|twenty)\b")
_LISTED_MODEL = frozenset({"named", "owner", "model", "unknown"})
_MODEL_HEADER = re.compile(r"(?im)(?:^|\|)\s*(?:\*\*)?(?:(?:#|no\.\s?)\d{1,2}\s)?models?(?: name)?(?:\*\*)?\s*(?:\||\t|$)"
                           r"|<th[^>]{0,80}>\s*models?\s*<")  # 'Model', 'Model name', '#1 model' (a rank's model)


class SubjectGate:
    """Says whether a text's mentions can make a claim."""

    def __init__(self, recognizer: EntityRecognizer, vocab: Vocabulary, splitter: SentenceSplitter):
        self.recognizer = recognizer
        self.vocab = vocab
        self.splitter = splitter
        self._possessive_suffixes = frozenset(f" {w.lower()}{s}" for w in recognizer.kb.grammar.get("vendor_suffixes", ())
                                              for s in ("'s", "\u2019s"))
        marks = [f"{d}{suffix}" for d in "0123456789" for suffix in ("st", "nd", "rd", "th")] + \
            [f"#{d}" for d in "0123456789"] + ["no.", "top"]
        self._words = sorted({w for w in vocab.vendor_words if w.strip()} | set(marks) | self._possessive_suffixes)
        self._scan = ahocorasick_rs.AhoCorasick(self._words, matchkind=ahocorasick_rs.MatchKind.Standard)

    def __call__(self, text: str) -> bool:
        """True when ``text`` may hold a claim (finds its mentions; see ``admits``)."""
        return self.admits(text, self.recognizer.find_mentions(text, full=False))

    def admits(self, text: str, mentions: list[Mention]) -> bool:
        """True when ``mentions`` (of ``text``) can make a claim."""
        models = [m for m in mentions if m.label == "MODEL"]
        if any(m.source in _LISTED_MODEL for m in models):
            return True
        about = about_models(text, mentions)  # names by shape or position count only in an article about models
        if about and (models or self.recognizer.names_models(text)):
            return True  # 'a model called Kestrel': a name only the whole article confirms
        if about and self.recognizer.vouched_weak_names(text, mentions):
            return True  # 'the Kestrel 4 model', 'Zenith Kestrel 4': a name its own words confirm
        if _may_hold_table(text) and (len({m.attrs.get("canonical") for m in mentions if m.label == "BENCHMARK"}) >= 2
                                      or ("odel" in text and _MODEL_HEADER.search(text))):
            return True  # a results table names its models by position only
        low = _lower(text)
        hits = self._scan.find_matches_as_indexes(low, overlapping=True)
        if not hits:
            return False
        subjects = [m.start for m in mentions if m.label == "VENDOR"]
        cue_at = []
        for index, start, end in hits:
            word = self._words[index]
            if word in self._possessive_suffixes:  # "Zenith AI's": a vendor nobody listed
                subjects += [v.start for v in self.recognizer.vendor_shapes(text, max(0, start - 50), end + 2)]
            elif not (word[0].isalnum() and (start and _WORD_CHAR.match(low, start - 1) or _WORD_CHAR.match(low, end))):
                cue_at.append(start)  # a whole cue word or a mark
        if not cue_at:
            return False
        for hit in cue_at if about else ():  # 'Kestrel K2 ranked first', 'beat Kestrel K2': a name a cue beside it confirms
            if self.recognizer.cued_weak_names(text, max(0, hit - 80), hit + 80):
                return True
        if not subjects:
            return False
        cuts = self.splitter.cuts(text)
        with_cue = {bisect_right(cuts, c) for c in cue_at}
        for k in sorted({bisect_right(cuts, v) for v in subjects} & with_cue):
            lo, hi = (cuts[k - 1] if k else 0), (cuts[k] if k < len(cuts) else len(text))
            if self._holds_cue(low[lo:hi]):
                return True
        return False

    def _holds_cue(self, low: str) -> bool:
        words = set(_WORD.findall(low))
        return _MARK.search(low) is not None or self.vocab.has_cue(words | {w.rstrip(".,'\u2019") for w in words})


def _lower(text: str) -> str:
    """The text lower-cased with its offsets kept ('\u0130' lower-cases to two characters)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return low


def _may_hold_table(text: str) -> bool:
    return "|" in text or "<t" in text or "<T" in text or "\t" in text or "\n\n" in text


def subject_gate(knowledge_dir: str | None = None) -> SubjectGate:
    """The gate over the bundled knowledge (overlaid by ``knowledge_dir``), built once."""
    from .nlp import build_pipeline

    return gate_of(build_pipeline(knowledge_dir=knowledge_dir))


@lru_cache(maxsize=4)
def gate_of(nlp) -> SubjectGate:
    """The gate of a pipeline of our components: its recognizer, vocabulary and sentence splitter."""
    registry = nlp.get_pipe("extractor_entities").registry
    return SubjectGate(recognizer_of(registry), registry.vocabulary, nlp.get_pipe("extractor_sentences"))
