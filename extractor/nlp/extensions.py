"""The Doc/Span extensions where pipeline results live until they are serialised.

Every value kept on a Doc is plain data (numbers, strings, lists, dicts), so a
processed Doc survives ``doc.to_bytes()`` and ``DocBin(store_user_data=True)``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

ENTITY_KEY = "extractor_entities"
TEXT_KEY = "extractor_text"  # doc.user_data: the text the doc was made from, when the caller knows it
MENTIONS_KEY = "extractor_mentions"  # doc.user_data: that text's mentions, when the article gate found them (popped)
LABELS = ("MODEL", "VENDOR", "BENCHMARK")

_SPAN_ATTRS = {
    "canonical": None,   # normalised name: model canonical form, vendor id, benchmark id
    "family": None,      # MODEL: the family it belongs to
    "vendor": None,      # MODEL: vendor id from knowledge; VENDOR: its id
    "is_family": False,  # MODEL: a bare family word ("Qwen", "GPT"), not one model
    "owner": None,       # MODEL written with an owner id ("Qwen/..."): the owner
    "source": None,      # what found it: a list ('model', 'vendor', ...), 'shape', 'table', 'weak', 'link'
    "refers_to": None,   # MODEL: the longer name a short form stands for ('Large 2' -> 'Mistral Large 2')
}
_DOC_ATTRS = {
    "url": None,          # the address the article came from, when the caller knows it
    "layout": None,       # the article's blocks and tables (layout.Layout.to_data)
    "table_names": None,  # [start, end, name] of every name on a table's model axis
    "candidates": None,   # [start, end] characters of each prose sentence the claim rules read
    "claims": None,       # claim dicts found by extractor_claims (character offsets, no Span objects)
}


def register_extensions() -> None:
    """Register every extension once; safe to call again."""
    for name, default in _SPAN_ATTRS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in _DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def table_names(doc: Doc) -> list[tuple[int, int, str]]:
    """The model names the layout found on tables' model axes (none when the layout did not run)."""
    register_extensions()
    return [tuple(x) for x in (doc._.table_names or ())]
