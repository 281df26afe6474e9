"""The spaCy factories and components: settings from the config, knowledge saved with the pipeline.

Modelled on spaCy's ``SpanRuler``: a component is made from its config
(``knowledge_dir``: a folder of knowledge files laid over the bundled ones), loads
its knowledge in ``initialize()`` (``nlp.initialize()``; a component used without
it loads on its first doc), and saves that knowledge, bundled and overlay merged,
in ``to_disk``/``to_bytes``, so a pipeline loaded back needs neither the package's
data files nor the overlay folder. Components with the same knowledge share one
registry and one entity recognizer, whichever way they were loaded.

The rules themselves live in ``layout``, ``entities``, ``sentences`` and ``claims``;
a component holds its rules and calls them on each doc.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Optional

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ComponentError, Errors
from ..knowledge import KnowledgeRegistry, knowledge_registry
from ..knowledge.registry import registry_from_bytes, registry_from_disk
from .claims import ClaimExtractor
from .entities import recognizer_of
from .extensions import register_extensions
from .layout import LayoutReader
from .sentences import SentenceSplitter

ENTITY_ATTRS = ["doc.ents", "doc.spans", "token.ent_iob", "token.ent_type", "span._.canonical", "span._.family",
                "span._.vendor", "span._.is_family", "span._.owner", "span._.source", "span._.refers_to"]


class KnowledgeComponent:
    """A component whose rules are built from a knowledge registry, which it saves with the pipeline."""

    def __init__(self, name: str, knowledge_dir: Optional[str] = None):
        self.name = name
        self.knowledge_dir = knowledge_dir
        self._registry: Optional[KnowledgeRegistry] = None
        self._rules: Optional[Callable[[Doc], Doc]] = None
        register_extensions()

    def build(self, registry: KnowledgeRegistry) -> Callable[[Doc], Doc]:
        """The rules this component runs, made from ``registry``."""
        raise NotImplementedError

    def initialize(self, get_examples: Optional[Callable] = None, *, nlp: Optional[Language] = None) -> None:
        """Load the bundled knowledge overlaid by ``knowledge_dir`` (read once per process) and build the rules."""
        self.use(knowledge_registry(self.knowledge_dir))

    def use(self, registry: KnowledgeRegistry) -> None:
        """Run on ``registry``'s knowledge from now on."""
        self._registry = registry
        self._rules = self.build(registry)

    @property
    def registry(self) -> KnowledgeRegistry:
        """The knowledge this component runs on (loaded on first use)."""
        if self._registry is None:
            self.initialize()
        return self._registry

    @property
    def rules(self) -> Callable[[Doc], Doc]:
        """The rules this component runs (built on first use)."""
        if self._rules is None:
            self.use(self.registry)
        return self._rules

    def __call__(self, doc: Doc) -> Doc:
        if self._rules is None:
            self.use(self.registry)
        return self._rules(doc)

    # -- serialisation, as spaCy's rulers do it -----------------------------------------
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return util.to_bytes({"knowledge": lambda: self.registry.to_bytes()}, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> "KnowledgeComponent":
        util.from_bytes(bytes_data, {"knowledge": self._use_bytes}, exclude)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        util.to_disk(path, {"knowledge": lambda p: self.registry.to_disk(p)}, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "KnowledgeComponent":
        util.from_disk(path, {"knowledge": lambda p: self.use(registry_from_disk(p)) if p.exists() else None}, exclude)
        return self

    def _use_bytes(self, data: bytes) -> None:
        try:
            registry = registry_from_bytes(data, where=f"{self.name}/knowledge")
        except (ValueError, TypeError) as e:
            raise ComponentError(Errors.E020.format(component=self.name, msg=e)) from None
        self.use(registry)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_rules": None}  # rebuilt from the registry, which pickles as its files


class LayoutComponent(KnowledgeComponent):
    """``extractor_layout``: headings, items, prose and tables of the article (``doc._.layout``)."""

    def build(self, registry: KnowledgeRegistry) -> LayoutReader:
        return LayoutReader(recognizer_of(registry))


class EntityComponent(KnowledgeComponent):
    """``extractor_entities``: MODEL, VENDOR and BENCHMARK spans, one token each, normalised."""

    def build(self, registry: KnowledgeRegistry):
        return recognizer_of(registry)


class ClaimComponent(KnowledgeComponent):
    """``extractor_claims``: rank, score, comparison and count findings as plain data (``doc._.claims``)."""

    def build(self, registry: KnowledgeRegistry) -> ClaimExtractor:
        return ClaimExtractor(recognizer_of(registry), registry.vocabulary)


@Language.factory("extractor_layout", default_config={"knowledge_dir": None},
                  assigns=["doc._.layout", "doc._.table_names"], retokenizes=False)
def make_layout_reader(nlp: Language, name: str, knowledge_dir: Optional[str]) -> LayoutComponent:
    """Factory: the article's layout, read before any name is; table names for the entity layer."""
    return LayoutComponent(name, knowledge_dir)


@Language.factory("extractor_entities", default_config={"knowledge_dir": None},
                  assigns=ENTITY_ATTRS, retokenizes=True)
def make_entity_recognizer(nlp: Language, name: str, knowledge_dir: Optional[str]) -> EntityComponent:
    """Factory: MODEL/VENDOR/BENCHMARK spans; retokenizes so that each name is one token."""
    return EntityComponent(name, knowledge_dir)


@Language.factory("extractor_sentences", assigns=["token.is_sent_start", "doc.sents"], retokenizes=False)
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    """Factory: rule-based sentence splitter (no statistical model needed; no knowledge)."""
    return SentenceSplitter(nlp.vocab, (k[:-1] for k in nlp.tokenizer.rules if k.endswith(".")))


@Language.factory("extractor_claims", default_config={"knowledge_dir": None},
                  assigns=["doc._.claims", "doc._.candidates"],
                  requires=["doc.ents", "doc.sents", "doc._.layout"], retokenizes=False)
def make_claim_extractor(nlp: Language, name: str, knowledge_dir: Optional[str]) -> ClaimComponent:
    """Factory: claims from the layout, entities and sentences the other components left on the Doc."""
    return ClaimComponent(name, knowledge_dir)
