"""The one knowledge registry: the bundled data files, overlaid by a user's folder, validated.

Every stage reads its knowledge from a ``KnowledgeRegistry``: the entity layer and
the claim rules (``knowledge``, ``vocabulary``), the article gate, and the checker
(``rows("board_aliases.jsonl")``). ``knowledge_registry(folder)`` builds one per
user folder and process; the pipeline components save theirs with the pipeline
(``to_disk``/``to_bytes``) and read it back as a complete base, without the
package's files.

Overlay rules (a user folder holds any of the files, with only the rows it adds):
a JSONL row with the key of a bundled row replaces it (a family replaces every
bundled row of that family), other rows are added; a JSON file's word lists are
added to the bundled ones and its mappings override theirs. Unknown files, keys
and kinds, values of the wrong type, a key twice in one file, a name that two
rows claim, and references to unknown vendors or benchmarks are errors naming the
file and line.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import weakref
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable, Iterable, Optional

from pydantic import BaseModel, ValidationError

from ..errors import Errors, KnowledgeError
from . import rows as R
from .keys import alias_key, norm
from .lines import JsonDoc, json_doc, jsonl_rows

DATA_DIR = Path(__file__).parent


@dataclass(frozen=True)
class FileSpec:
    """How one knowledge file is read, keyed and merged."""

    row: Optional[type[BaseModel]]  # JSONL: the row model (None: chosen by the row's 'kind')
    key: Optional[Callable[[dict], object]] = None  # JSONL: rows with the same key replace each other
    what: str = "row"  # how a key is named in messages
    grouped: bool = False  # several rows may share a key (one family in rows of different strictness)
    model: Optional[type[R.JsonFile]] = None  # JSON: the file model


def _alias_key(row: dict) -> tuple:
    return (row["kind"], row.get("name") or row.get("vendor") or row.get("family"), row.get("board"), row.get("from"))


FILES: dict[str, FileSpec] = {
    "vendors.jsonl": FileSpec(R.VendorRow, lambda r: r["id"], "vendor id"),
    "families.jsonl": FileSpec(R.FamilyRow, lambda r: r["family"], "family", grouped=True),
    "models.jsonl": FileSpec(R.ModelRow, lambda r: r["name"], "model name"),
    "benchmarks.jsonl": FileSpec(R.BenchmarkRow, lambda r: r["id"], "benchmark id"),
    "board_aliases.jsonl": FileSpec(None, _alias_key, "board alias"),
    "patterns.jsonl": FileSpec(R.PatternRow, lambda r: (r["label"], json.dumps(r["pattern"], sort_keys=True)),
                               "pattern"),
    "grammar.json": FileSpec(None, model=R.GrammarFile),
    "cues.json": FileSpec(None, model=R.CuesFile),
    "tables.json": FileSpec(None, model=R.TablesFile),
}
PATTERN_LABELS = ("LEAD", "OUTPERFORM", "TRAIL", "TIE", "FOLLOWED", "BETWEEN")


@dataclass(frozen=True)
class Entry:
    """A JSONL row as read, with where it was read."""

    row: dict
    path: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class Layer:
    """One folder's files, read and validated one by one: JSONL entries, JSON documents."""

    folder: str
    entries: dict[str, list[Entry]]
    documents: dict[str, JsonDoc]


# -- reading a folder ------------------------------------------------------------------------

def read_layer(folder: Path, complete: bool) -> Layer:
    """The knowledge files in ``folder``; ``complete`` (a base) needs every file, an overlay any of them."""
    if not folder.is_dir():
        raise KnowledgeError(Errors.E007.format(folder=folder, msg="no such folder"))
    for path in sorted(folder.iterdir()):
        if path.suffix in (".json", ".jsonl") and path.name not in FILES:
            raise KnowledgeError(Errors.E008.format(folder=folder, name=path.name, known=", ".join(FILES)))
    layer = Layer(str(folder), {}, {})
    for name, spec in FILES.items():
        path = folder / name
        if not path.is_file():
            if complete:
                raise KnowledgeError(Errors.E009.format(folder=folder, name=name))
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise KnowledgeError(Errors.E006.format(path=path, msg=getattr(e, "strerror", None) or e)) from None
        add_file(layer, name, str(path), text)
    return layer


def add_file(layer: Layer, name: str, path: str, text: str) -> None:
    """Validate one file's text and add it to ``layer``."""
    spec = FILES[name]
    if spec.model is not None:
        doc = json_doc(path, text)
        _validate(spec.model, doc.data, path, doc.line)
        _no_repeated_items(doc, path)
        layer.documents[name] = doc
        return
    entries, seen = [], {}
    for line, row in jsonl_rows(path, text):
        _validate(_row_model(spec, row, path, line), row, path, lambda loc, line=line: line)
        if name == "patterns.jsonl":
            _check_label(row, path, line)
        key = spec.key(row)
        if key in seen and not spec.grouped:
            raise KnowledgeError(Errors.E010.format(path=path, line=line, what=spec.what, name=_shown_key(key),
                                                    first=seen[key]))
        seen.setdefault(key, line)
        entries.append(Entry(row, path, line))
    layer.entries[name] = entries


def _row_model(spec: FileSpec, row: dict, path: str, line: int) -> type[BaseModel]:
    if spec.row is not None:
        return spec.row
    kind = row.get("kind")
    if kind not in R.ALIAS_KINDS:
        raise KnowledgeError(Errors.E014.format(path=path, line=line, kinds=", ".join(R.ALIAS_KINDS), kind=kind))
    return R.ALIAS_KINDS[kind]


def _shown_key(key: object) -> str:
    return " ".join(str(k) for k in key if k is not None) if isinstance(key, tuple) else str(key)


def _validate(model: type[BaseModel], data: object, path: str, line_of: Callable) -> None:
    """Validate ``data``; the first problem becomes one coded error naming the file and line."""
    if not isinstance(data, dict):
        raise KnowledgeError(Errors.E002.format(path=path, line=1, kind=type(data).__name__))
    try:
        model.model_validate(data)
    except ValidationError as e:
        problem = e.errors()[0]
        loc = problem["loc"]
        line = line_of(loc)
        if problem["type"] == "extra_forbidden":
            keys = [f.alias or k for k, f in model.model_fields.items()]
            close = difflib.get_close_matches(str(loc[-1]), keys, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; known keys: {', '.join(keys)}"
            raise KnowledgeError(Errors.E003.format(path=path, line=line, key=loc[-1], hint=hint)) from None
        if problem["type"] == "missing":
            raise KnowledgeError(Errors.E005.format(path=path, line=line, key=loc[-1])) from None
        raise KnowledgeError(Errors.E004.format(path=path, line=line, key=".".join(map(str, loc)),
                                                msg=problem["msg"])) from None


def _check_label(row: dict, path: str, line: int) -> None:
    if row["label"] not in PATTERN_LABELS:
        raise KnowledgeError(Errors.E004.format(path=path, line=line, key="label",
                                                msg=f"must be one of {', '.join(PATTERN_LABELS)}"))


def check_patterns(entries: list[Entry]) -> None:
    """Each pattern one spaCy's Matcher takes (checked where the Matcher is wanted: ``check`` needs no spaCy)."""
    from spacy.schemas import validate_token_pattern

    for e in entries:
        problems = validate_token_pattern(e.row["pattern"])
        if problems:
            raise KnowledgeError(Errors.E013.format(path=e.path, line=e.line, msg=problems[0]))


def _no_repeated_items(doc: JsonDoc, path: str) -> None:
    """A word listed twice in one list is a mistake (and the second listing changes nothing)."""
    for key, value in doc.data.items():
        if not isinstance(value, list):
            continue
        first: dict = {}
        for k, item in enumerate(value):
            shown = json.dumps(item, ensure_ascii=False)
            line = doc.line((key, k))
            if shown in first:
                raise KnowledgeError(Errors.E010.format(path=path, line=line, what=f"{key!r} item", name=item,
                                                        first=first[shown]))
            first[shown] = line


# -- merging layers ---------------------------------------------------------------------------

def merge_entries(spec: FileSpec, base: list[Entry], overlay: list[Entry]) -> list[Entry]:
    """The base rows with the overlay's: rows of a key the overlay gives are replaced by its rows, in the
    place of the first; rows of new keys come last."""
    by_key: dict = {}
    for e in overlay:
        by_key.setdefault(spec.key(e.row), []).append(e)
    replaced = set(by_key)
    merged = []
    for e in base:
        key = spec.key(e.row)
        if key not in replaced:
            merged.append(e)
        elif key in by_key:
            merged.extend(by_key.pop(key))
    merged.extend(e for group in by_key.values() for e in group)
    return merged


def merge_json(base: dict, overlay: dict) -> dict:
    """Lists get the overlay's new items added, mappings its keys; comments stay the base's."""
    merged = dict(base)
    for key, value in overlay.items():
        if key == "_about" and key in base:
            continue
        old = base.get(key)
        if isinstance(old, list):
            shown = {json.dumps(x, sort_keys=True) for x in old}
            merged[key] = old + [x for x in value if json.dumps(x, sort_keys=True) not in shown]
        elif isinstance(old, dict):
            merged[key] = {**old, **value}
        else:
            merged[key] = value
    return merged


# -- the registry -----------------------------------------------------------------------------

class KnowledgeRegistry:
    """Validated knowledge of one pipeline: the rows of every JSONL file, the JSON files as merged."""

    def __init__(self, entries: dict[str, list[Entry]], documents: dict[str, dict], sources: tuple[str, ...]):
        self.entries = entries
        self.documents = documents
        self.sources = sources
        self._derived: dict = {}
        check_references(self)

    @classmethod
    def from_layers(cls, layers: list[Layer]) -> "KnowledgeRegistry":
        """The first layer (complete) overlaid by the others, in order."""
        base, *overlays = layers
        entries = dict(base.entries)
        documents = {name: doc.data for name, doc in base.documents.items()}
        for layer in overlays:
            for name, new in layer.entries.items():
                entries[name] = merge_entries(FILES[name], entries[name], new)
            for name, doc in layer.documents.items():
                documents[name] = merge_json(documents[name], doc.data)
        return cls(entries, documents, tuple(layer.folder for layer in layers))

    def rows(self, name: str) -> list[dict]:
        """The merged rows of a JSONL file, in order."""
        return [e.row for e in self.entries[name]]

    def lists(self, name: str) -> dict:
        """A JSON file as merged, without its '_about' comment."""
        return {k: v for k, v in self.documents[name].items() if k != "_about"}

    def derive(self, build: Callable[["KnowledgeRegistry"], object]) -> object:
        """``build(self)``, made once per registry: the recognizer, the checker's name book."""
        found = self._derived.get(build)
        if found is None:
            found = self._derived[build] = build(self)
        return found

    @cached_property
    def knowledge(self):
        """The entity layer's and checker's lookup tables (``extractor.knowledge.Knowledge``)."""
        from . import build_knowledge

        return build_knowledge(self)

    @cached_property
    def vocabulary(self):
        """The cue words and Matcher patterns of the claim rules and the gate."""
        from ..nlp.vocabulary import Vocabulary

        check_patterns(self.entries["patterns.jsonl"])
        return Vocabulary.from_data(self.lists("cues.json"), self.rows("patterns.jsonl"))

    # -- saving ------------------------------------------------------------------------------
    def files(self) -> dict[str, str]:
        """Every knowledge file's text as merged: a complete base a saved pipeline reads back."""
        out = {}
        for name in FILES:
            if name in self.entries:
                out[name] = "".join(json.dumps(e.row, ensure_ascii=False) + "\n" for e in self.entries[name])
            else:
                out[name] = json.dumps(self.documents[name], ensure_ascii=False, indent=1) + "\n"
        return out

    @cached_property
    def fingerprint(self) -> str:
        """A hash of the merged files: equal knowledge, equal fingerprint."""
        digest = hashlib.sha256()
        for name, text in self.files().items():
            digest.update(f"{name}\0{text}\0".encode("utf-8"))
        return digest.hexdigest()

    def to_bytes(self) -> bytes:
        """The merged files as one JSON object (file name -> text)."""
        return json.dumps(self.files(), ensure_ascii=False).encode("utf-8")

    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        for name, text in self.files().items():
            (path / name).write_text(text, encoding="utf-8")

    def __reduce__(self):
        return registry_from_bytes, (self.to_bytes(),)

    def __repr__(self) -> str:
        return f"<KnowledgeRegistry {' + '.join(self.sources)} {self.fingerprint[:12]}>"


_SHARED: "weakref.WeakValueDictionary[str, KnowledgeRegistry]" = weakref.WeakValueDictionary()


def _shared(registry: KnowledgeRegistry) -> KnowledgeRegistry:
    """The registry already loaded with the same content, if any: its recognizer is built already."""
    return _SHARED.setdefault(registry.fingerprint, registry)


def knowledge_registry(overlay: Optional[str | Path] = None) -> KnowledgeRegistry:
    """The bundled knowledge, overlaid by the files in the folder ``overlay`` when given; read once."""
    return _registry(str(overlay) if overlay else None)


@lru_cache(maxsize=8)
def _registry(overlay: Optional[str]) -> KnowledgeRegistry:
    layers = [read_layer(DATA_DIR, complete=True)]
    if overlay:
        layers.append(read_layer(Path(overlay), complete=False))
    return _shared(KnowledgeRegistry.from_layers(layers))


def registry_from_disk(folder: Path) -> KnowledgeRegistry:
    """A saved pipeline's knowledge: a complete base, read without the package's files."""
    return _shared(KnowledgeRegistry.from_layers([read_layer(folder, complete=True)]))


def registry_from_bytes(data: bytes, where: str = "<bytes>") -> KnowledgeRegistry:
    """The registry ``KnowledgeRegistry.to_bytes`` saved."""
    files = json.loads(data)
    if not isinstance(files, dict):
        raise ValueError(f"expected a JSON object of knowledge files, not {type(files).__name__}")
    layer = Layer(where, {}, {})
    for name in FILES:
        if name not in files:
            raise KnowledgeError(Errors.E009.format(folder=where, name=name))
        add_file(layer, name, f"{where}/{name}", files[name])
    return _shared(KnowledgeRegistry.from_layers([layer]))


# -- what rows say about each other ----------------------------------------------------------

def check_references(registry: KnowledgeRegistry) -> None:
    """Each name claimed by one thing only; vendors, families and boards referred to exist. Names are
    compared as the stage reading them compares them (``keys``)."""
    e = registry.entries
    vendors = {x.row["id"] for x in e["vendors.jsonl"]}
    benchmarks = {x.row["id"] for x in e["benchmarks.jsonl"]}
    families = {x.row["family"].lower() for x in e["families.jsonl"]}
    _unique("vendor name", ((x, n, x.row["id"]) for x in e["vendors.jsonl"] for n in (x.row["name"], *x.row.get("aliases", ()))))
    _unique("vendor owner", ((x, n.lower(), x.row["id"]) for x in e["vendors.jsonl"]
                             for n in (x.row["name"], *x.row.get("aliases", ()), *x.row.get("owners", ()))))
    _unique("family name", ((x, n, (x.row["family"], x.line, x.path)) for x in e["families.jsonl"] for n in x.row["names"]),
            shown=lambda target: target[0])
    _unique("benchmark name", ((x, alias_key(n), x.row["id"]) for x in e["benchmarks.jsonl"]
                               for n in (x.row["name"], *x.row.get("aliases", ())) if alias_key(n)))
    _unique("benchmark context alias", ((x, n, x.row["id"]) for x in e["benchmarks.jsonl"]
                                        for n in x.row.get("context_aliases", ())))
    _unique("benchmark address", ((x, n.lower(), x.row["id"]) for x in e["benchmarks.jsonl"]
                                  for n in x.row.get("url_aliases", ())))
    aliases = e["board_aliases.jsonl"]
    _unique("board vendor name", ((x, norm(n), x.row["vendor"]) for x in aliases if x.row["kind"] == "vendor"
                                  for n in x.row["names"]))
    _known("vendor", vendors, ((x, x.row.get("vendor")) for name in ("families.jsonl", "models.jsonl") for x in e[name]))
    _known("vendor", vendors, ((x, x.row["vendor"]) for x in aliases if x.row["kind"] == "vendor"))
    _known("benchmark", benchmarks, ((x, x.row.get("board")) for x in aliases if x.row["kind"] == "model"))
    _known("benchmark", benchmarks, ((x, x.row.get("part_of")) for x in e["benchmarks.jsonl"]))
    _known("family", families, ((x, x.row["family"].lower()) for x in aliases if x.row["kind"] == "family"))


def _unique(what: str, claims: Iterable[tuple[Entry, str, object]], shown=lambda target: target) -> None:
    """Each name (``claims``: entry, name, what it names) names one thing."""
    owner: dict = {}
    for entry, name, target in claims:
        if name in owner and owner[name][1] != target:
            first, other = owner[name]
            raise KnowledgeError(Errors.E011.format(path=entry.path, line=entry.line, what=what, name=name,
                                                    other=shown(other), where=first.where))
        owner.setdefault(name, (entry, target))


def _known(target: str, known: set, refs: Iterable[tuple[Entry, Optional[str]]]) -> None:
    for entry, name in refs:
        if name is not None and name not in known:
            raise KnowledgeError(Errors.E012.format(path=entry.path, line=entry.line, name=name, what=target))
