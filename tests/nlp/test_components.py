"""The components as a spaCy user meets them: config, initialize, save and load, DocBin, pickle, analyze_pipes."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin
from thinc.api import ConfigValidationError

import extractor
from extractor.claims import claims_from_doc
from extractor.errors import KnowledgeError
from extractor.knowledge import knowledge_registry
from extractor.knowledge.registry import FILES
from extractor.nlp import build_pipeline
from extractor.records import Article

from ..knowledge.helpers import write_overlay

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "Meta's Llama 3 ranked second on Chatbot Arena, behind GPT-4o, with an Elo of 1208.",
    "The Crowd Duel Board was refreshed on Monday.\nQuasar-3 from Zentrox Labs ranked first with 1301 points.\n"
    "Three QSR models are now in the top 5 of the Duel Board.",
    "| Model | MMLU | GSM8K |\n|---|---|---|\n| Qwen2-72B | 84.2 | 89.5 |\n| Llama-3-70B | 79.5 | 93.0 |\n",
    *(ROOT / "corpus" / "articles" / "yi-ranking.txt").read_text(encoding="utf-8").split("\n\n"),
]
KNOWLEDGE_COMPONENTS = ("extractor_layout", "extractor_entities", "extractor_claims")


def user_pipeline(knowledge_dir: Path | None) -> spacy.language.Language:
    """A spaCy user's own pipeline: blank English, our components added with their config, initialized."""
    nlp = spacy.blank("en")
    config = {"knowledge_dir": str(knowledge_dir) if knowledge_dir else None}
    nlp.add_pipe("extractor_layout", config=config)
    nlp.add_pipe("extractor_entities", config=config)
    nlp.add_pipe("extractor_sentences")
    nlp.add_pipe("extractor_claims", config=config)
    nlp.initialize()
    return nlp


def claims_of(docs) -> list[list[dict]]:
    """The claim records of each doc, as JSON data."""
    return [[c.model_dump(mode="json") for c in claims_from_doc(doc, Article(id=f"t{k}", text=doc.text, source="test"))]
            for k, doc in enumerate(docs)]


@pytest.fixture(scope="module")
def overlay(tmp_path_factory) -> Path:
    return write_overlay(tmp_path_factory.mktemp("user") / "knowledge")


@pytest.fixture(scope="module")
def user_nlp(overlay):
    return user_pipeline(overlay)


def test_config_reaches_every_component_and_is_validated(user_nlp, overlay):
    doc = user_nlp(TEXTS[1])
    assert {c["benchmark"]["id"] for c in doc._.claims} == {"duel-board"}  # the claim rules know the new board
    assert {(e.text, e._.family, e._.vendor) for e in doc.ents if e.label_ == "MODEL"} >= {("Quasar-3", "Quasar", "zentrox")}
    for name in KNOWLEDGE_COMPONENTS:
        assert user_nlp.get_pipe_config(name) == {"factory": name, "knowledge_dir": str(overlay)}
        assert user_nlp.get_pipe(name).registry is knowledge_registry(overlay)
    with pytest.raises(ConfigValidationError):
        spacy.blank("en").add_pipe("extractor_claims", config={"knowledge_dir": ["not", "a", "folder"]})
    with pytest.raises(ConfigValidationError):
        spacy.blank("en").add_pipe("extractor_claims", config={"knowledge": str(overlay)})


def test_knowledge_is_loaded_once_and_shared_by_the_components(user_nlp, overlay):
    again = user_pipeline(overlay)
    recognizers = {id(nlp.get_pipe(name).rules.recognizer if name != "extractor_entities" else nlp.get_pipe(name).rules)
                   for nlp in (user_nlp, again) for name in KNOWLEDGE_COMPONENTS}
    assert len(recognizers) == 1


def test_a_component_used_without_initialize_loads_its_knowledge_on_the_first_doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_entities")
    assert [e.text for e in nlp("GPT-4o beat Claude 3 Opus.").ents] == ["GPT-4o", "Claude 3 Opus"]
    with pytest.raises(KnowledgeError, match=r"^\[E007\] "):
        spacy.blank("en").add_pipe("extractor_entities", config={"knowledge_dir": "/no/such/folder"}).initialize()


def test_saved_and_loaded_in_a_fresh_process_without_the_package_data_the_claims_are_the_same(user_nlp, overlay,
                                                                                                tmp_path):
    expected = claims_of(user_nlp.pipe(TEXTS))
    assert any(c["benchmark"]["id"] == "duel-board" for doc in expected for c in doc)
    user_nlp.to_disk(tmp_path / "pipeline")
    for name in KNOWLEDGE_COMPONENTS:
        assert sorted(p.name for p in (tmp_path / "pipeline" / name / "knowledge").iterdir()) == sorted(FILES)
    # the package without its data files, first on the path of a fresh interpreter; the overlay folder gone
    package = tmp_path / "site" / "extractor"
    shutil.copytree(Path(extractor.__file__).parent, package,
                    ignore=shutil.ignore_patterns("*.json", "*.jsonl", "leaderboards", "__pycache__"))
    moved = shutil.move(str(overlay), str(tmp_path / "overlay-elsewhere"))
    try:
        script = (
            "import json, sys\n"
            "import extractor, extractor.knowledge as k, spacy\n"
            "assert extractor.__file__.startswith(sys.argv[1]), extractor.__file__\n"
            "assert not list(k.DATA_DIR.glob('*.json*'))\n"
            "from extractor.claims import claims_from_doc\n"
            "from extractor.records import Article\n"
            "nlp = spacy.load(sys.argv[2])\n"
            "docs = nlp.pipe(json.load(sys.stdin))\n"
            "print(json.dumps([[c.model_dump(mode='json') for c in claims_from_doc(d, Article(id=f't{n}', text=d.text, "
            "source='test'))] for n, d in enumerate(docs)]))\n")
        run = subprocess.run([sys.executable, "-c", script, str(package), str(tmp_path / "pipeline")],
                             input=json.dumps(TEXTS), capture_output=True, text=True, cwd=tmp_path, timeout=300,
                             env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"})
    finally:
        shutil.move(moved, str(overlay))
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == expected


def test_to_bytes_and_from_bytes_carry_the_knowledge(user_nlp):
    fresh = spacy.blank("en")
    for name in ("extractor_layout", "extractor_entities", "extractor_sentences", "extractor_claims"):
        fresh.add_pipe(name)  # bundled knowledge by its config, replaced by the bytes below
    fresh.from_bytes(user_nlp.to_bytes())
    assert fresh.get_pipe("extractor_claims").registry is user_nlp.get_pipe("extractor_claims").registry
    assert claims_of(fresh.pipe(TEXTS)) == claims_of(user_nlp.pipe(TEXTS))


def test_processed_docs_round_trip_through_docbin_and_to_bytes(user_nlp):
    docs = list(user_nlp.pipe(TEXTS))
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    restored = list(DocBin().from_bytes(data).get_docs(user_nlp.vocab))
    assert claims_of(restored) == claims_of(docs)
    for doc, back in zip(docs, restored):
        assert json.dumps(back._.claims) == json.dumps(doc._.claims)  # the same plain data (arrays come back as tuples)
        assert json.dumps(back._.layout) == json.dumps(doc._.layout)
        assert [(e.text, e.label_, e._.canonical, e._.vendor) for e in back.ents] == \
            [(e.text, e.label_, e._.canonical, e._.vendor) for e in doc.ents]
        assert [s.text for s in back.sents] == [s.text for s in doc.sents]
        assert json.dumps(Doc(user_nlp.vocab).from_bytes(doc.to_bytes())._.claims) == json.dumps(doc._.claims)


def test_the_recognizer_the_components_and_the_pipeline_pickle(user_nlp):
    recognizer = user_nlp.get_pipe("extractor_entities").rules
    copy = pickle.loads(pickle.dumps(recognizer))
    assert [(m.start, m.end, m.label) for m in copy.find_mentions(TEXTS[1])] == \
        [(m.start, m.end, m.label) for m in recognizer.find_mentions(TEXTS[1])]
    nlp = pickle.loads(pickle.dumps(user_nlp))
    assert claims_of(nlp.pipe(TEXTS)) == claims_of(user_nlp.pipe(TEXTS))


def test_analyze_pipes_shows_what_each_component_assigns_requires_and_retokenizes():
    analysis = build_pipeline().analyze_pipes()
    summary = analysis["summary"]
    assert list(summary) == ["extractor_layout", "extractor_entities", "extractor_sentences", "extractor_claims"]
    assert summary["extractor_layout"]["assigns"] == ["doc._.layout", "doc._.table_names"]
    assert summary["extractor_entities"]["retokenizes"] is True
    assert {"doc.ents", "doc.spans", "span._.canonical", "span._.vendor"} <= set(summary["extractor_entities"]["assigns"])
    assert summary["extractor_sentences"]["assigns"] == ["token.is_sent_start", "doc.sents"]
    assert summary["extractor_claims"] == {"assigns": ["doc._.claims", "doc._.candidates"],
                                           "requires": ["doc.ents", "doc.sents", "doc._.layout"],
                                           "scores": [], "retokenizes": False}
    assert all(not problems for problems in analysis["problems"].values())
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_claims")  # alone: nothing sets what it reads
    assert nlp.analyze_pipes()["problems"]["extractor_claims"] == ["doc.ents", "doc.sents", "doc._.layout"]


def test_saved_bytes_that_are_no_knowledge_are_one_coded_error():
    from spacy import util

    from extractor.errors import ComponentError

    component = spacy.blank("en").add_pipe("extractor_claims")
    with pytest.raises(ComponentError, match=r"^\[E020\] extractor_claims: cannot read the saved knowledge"):
        component.from_bytes(util.to_bytes({"knowledge": lambda: b"not json"}, []))
