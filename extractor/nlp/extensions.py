"""The Doc/Span extensions where pipeline results live until they are serialised."""

from __future__ import annotations

from spacy.tokens import Doc, Span

ENTITY_KEY = "extractor_entities"
TEXT_KEY = "extractor_text"  # doc.user_data: the text the doc was made from, when the caller knows it
MENTIONS_KEY = "extractor_mentions"  # doc.user_data: that text's mentions, when the article gate found them
LABELS = ("MODEL", "VENDOR", "BENCHMARK")

_SPAN_ATTRS = {
    "canonical": None,   # normalised name: model canonical form, vendor id, benchmark id
    "family": None,      # MODEL: the family it belongs to
    "vendor": None,      # MODEL: vendor id from knowledge; VENDOR: its id
    "is_family": False,  # MODEL: a bare family word ("Qwen", "GPT"), not one model
    "owner": None,       # MODEL written with an owner id ("Qwen/..."): the owner
}
_DOC_ATTRS = {
    "claims": None,       # list of claim dicts found by extractor_claims
    "candidate_sents": None,  # sentences that passed the cue gate
}


def register_extensions() -> None:
    """Register every extension once; safe to call again."""
    for name, default in _SPAN_ATTRS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in _DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
