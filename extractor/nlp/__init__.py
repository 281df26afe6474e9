"""The spaCy pipeline: layout, entity layer, sentence splitter, claim extractor.

``build_pipeline`` assembles them on spaCy's blank English (its tokenizer and
vocab). No statistical model is loaded: the rules read tokens, layout and
names, and the article gate plus the cue Matcher decide where a claim can be;
a dependency parse would cost more than the rest of the pipeline together and
is not needed by any rule (see the README's Performance section).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories; also spaCy entry points)

COMPONENTS = ("extractor_layout", "extractor_entities", "extractor_sentences", "extractor_claims")


def _split_score_marks(nlp: Language) -> None:
    """'HLE=44.4' -> 'HLE', '=', '44.4': tables of scores are written that way; '77.1%—more' -> '77.1', '%',
    '—', 'more': a dash glued to a figure; '1483.[1][2]' -> '1483', '.', '[1]', '[2]': a reference mark glued
    to a figure, as scraped pages keep them; '1267(+-7)' -> '1267', '(', '+-7', ')': a margin glued to a figure;
    '(Acme):68.25分' -> '(', 'Acme', ')', ':', '68.25', '分': a Chinese list's label, figure and unit;
    'Vega-7B:1398' -> 'Vega-7B', ':', '1398', 'Vega 0204:1398' -> 'Vega', '0204', ':', '1398': a name and its figure
    with no space between (a time, '10:30', keeps its two digits before the colon)."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Za-z])=(?=[\d.])", r"(?<=\d)%(?=[\u2014\u2013][A-Za-z])",
                                            r"(?<=[%\d])[\u2014\u2013](?=[A-Za-z])", r"(?<=\d)\((?=[+\-\u00b1]{1,2}\d)",
                                            r"(?<=\d)[\u4e00-\u9fff]", r"\)(?=[:\uff1a]\d)", r"(?<=\))[:\uff1a](?=\d)",
                                            r"(?<=[A-Za-z])[:\uff1a](?=\d)", r"(?<=\d{4})[:\uff1a](?=\d{3})"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    suffixes = [r"(?<=[\d.%,;:)\]])\[\d{1,3}\]"] + list(nlp.Defaults.suffixes)
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # '(Acme): 68.25', '(0-shot):': brackets beside a colon are punctuation here, never an emoticon ('):')
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if not set(k) <= _EMOTICON_MARKS}


_EMOTICON_MARKS = frozenset("():;=[]-")


def add_components(nlp: Language, with_claims: bool = True, knowledge_dir: Optional[str] = None) -> Language:
    """Add our components to ``nlp`` in the order they need: layout and names before any token is read.
    ``knowledge_dir``: a folder of knowledge files laid over the bundled ones, for every component."""
    config = {"knowledge_dir": knowledge_dir}
    nlp.add_pipe("extractor_layout", first=True, config=config)
    nlp.add_pipe("extractor_entities", after="extractor_layout", config=config)
    nlp.add_pipe("extractor_sentences", after="extractor_entities")
    if with_claims:
        nlp.add_pipe("extractor_claims", last=True, config=config)
    return nlp


def new_pipeline(with_claims: bool = True, knowledge_dir: Optional[str] = None) -> Language:
    """Our components on spaCy's blank English, initialized (the knowledge read and checked)."""
    nlp = spacy.blank("en")
    _split_score_marks(nlp)
    add_components(nlp, with_claims, knowledge_dir)
    nlp.initialize()
    return nlp


def build_pipeline(with_claims: bool = True, knowledge_dir: Optional[str] = None) -> Language:
    """``new_pipeline``, built once per set of arguments and process."""
    return _cached_pipeline(with_claims, str(knowledge_dir) if knowledge_dir else None)


_cached_pipeline = lru_cache(maxsize=4)(new_pipeline)
