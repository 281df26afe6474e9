"""The knowledge registry: the bundled files with a user's overlay, validated; errors name file and line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.errors import KnowledgeError
from extractor.knowledge import knowledge_registry
from extractor.knowledge.registry import DATA_DIR, FILES

from .helpers import write_overlay, write_rows


def _error(folder: Path) -> str:
    with pytest.raises(KnowledgeError) as caught:
        knowledge_registry(folder).vocabulary  # patterns are checked where the Matcher is built
    return str(caught.value)


def test_the_bundled_files_are_valid_and_every_file_is_read():
    registry = knowledge_registry()
    assert sorted(p.name for p in DATA_DIR.iterdir() if p.suffix in (".json", ".jsonl")) == sorted(FILES)
    assert registry.knowledge.vendors["openai"].name == "OpenAI"
    assert "LEAD" in {p.label for p in registry.vocabulary.patterns}
    assert registry is knowledge_registry(None)  # read once


def test_grammar_holds_no_list_nobody_reads():
    grammar = knowledge_registry().lists("grammar.json")
    assert "size_units" not in grammar and "score_nouns" not in grammar


def test_an_overlay_adds_rows_and_replaces_rows_of_the_same_key(tmp_path):
    write_overlay(tmp_path)
    write_rows(tmp_path, {"vendors.jsonl": [
        {"id": "zentrox", "name": "Zentrox", "aliases": ["Zentrox"]},
        {"id": "openai", "name": "OpenAI", "aliases": ["OpenAI", "Open AI", "openai", "OAI"]},
    ]})
    kb = knowledge_registry(tmp_path).knowledge
    bundled = knowledge_registry().knowledge
    assert list(kb.vendors) == list(bundled.vendors) + ["zentrox"]  # replaced in place, new ones last
    assert kb.vendor_by_alias["OAI"] == "openai" and kb.family_for("QSR").vendor == "zentrox"
    assert kb.benchmarks["duel-board"].leaderboard
    assert len(kb.families) == len(bundled.families) + 1


def test_an_overlay_adds_words_to_json_lists_and_overrides_mappings(tmp_path):
    (tmp_path / "cues.json").write_text(json.dumps({"rank_verbs": ["clinched"], "ordinals": {"first": 1, "umpteenth": 99}}))
    lists = knowledge_registry(tmp_path).lists("cues.json")
    bundled = knowledge_registry().lists("cues.json")
    assert lists["rank_verbs"] == bundled["rank_verbs"] + ["clinched"]
    assert lists["ordinals"] == {**bundled["ordinals"], "umpteenth": 99}


def test_a_mistyped_key_is_an_error_naming_file_line_and_the_key_meant(tmp_path):
    write_rows(tmp_path, {"benchmarks.jsonl": [
        {"id": "duel-board", "name": "Crowd Duel Board", "aliases": ["Duel Board"]},
        {"id": "other-board", "name": "Other Board", "alias": ["Other"]},
    ]})
    message = _error(tmp_path)
    assert message == (f"[E003] {tmp_path / 'benchmarks.jsonl'}:2: unknown key 'alias' (did you mean 'aliases'?)")


def test_a_mistyped_key_in_a_json_file_names_its_line(tmp_path):
    (tmp_path / "cues.json").write_text('{\n "rank_verbs": ["clinched"],\n "rank_word": ["x"]\n}\n')
    assert _error(tmp_path) == f"[E003] {tmp_path / 'cues.json'}:3: unknown key 'rank_word' (did you mean 'rank_words'?)"


@pytest.mark.parametrize("files, pattern", [
    ({"benchmarks.jsonl": [{"id": "b", "name": "B", "leaderboard": "yes"}]},
     r"\[E004\] .*benchmarks.jsonl:1: 'leaderboard': Input should be a valid boolean"),
    ({"vendors.jsonl": [{"id": "acme", "aliases": ["Acme"]}]}, r"\[E005\] .*vendors.jsonl:1: lacks the key 'name'"),
    ({"vendors.jsonl": [{"id": "acme", "name": "Acme"}, {"id": "acme", "name": "Acme Corp"}]},
     r"\[E010\] .*vendors.jsonl:2: duplicate vendor id 'acme' \(first on line 1\)"),
    ({"vendors.jsonl": [{"id": "acme", "name": "Acme", "aliases": ["OpenAI"]}]},
     r"\[E011\] .*vendors.jsonl:1: vendor name 'OpenAI' is already taken by 'openai' \(.*knowledge/vendors.jsonl:1\)"),
    ({"benchmarks.jsonl": [{"id": "mmlu-2", "name": "MMLU 2", "aliases": ["mmlu"]}]},
     r"\[E011\] .*benchmarks.jsonl:1: benchmark name 'mmlu' is already taken by 'mmlu' \(.*benchmarks.jsonl:\d+\)"),
    ({"families.jsonl": [{"family": "Quasar", "vendor": "zentrox", "names": ["Quasar"]}]},
     r"\[E012\] .*families.jsonl:1: 'zentrox' is no known vendor"),
    ({"families.jsonl": [{"family": "Gizmo", "names": ["Claude"]}]},
     r"\[E011\] .*families.jsonl:1: family name 'Claude' is already taken by 'Claude' \(.*knowledge/families.jsonl:3\)"),
    ({"board_aliases.jsonl": [{"kind": "modle", "name": "X", "entries": ["Y"]}]},
     r"\[E014\] .*board_aliases.jsonl:1: 'kind' must be one of model, vendor, family, not 'modle'"),
    ({"board_aliases.jsonl": [{"kind": "model", "name": "X", "entries": ["Y"], "board": "no-such-board"}]},
     r"\[E012\] .*board_aliases.jsonl:1: 'no-such-board' is no known benchmark"),
    ({"patterns.jsonl": [{"label": "LEAD", "pattern": [{"LOWR": "tops"}]}]},
     r"\[E013\] .*patterns.jsonl:1: not a Matcher pattern: .*LOWR.*"),
    ({"patterns.jsonl": [{"label": "LEADS", "pattern": [{"LOWER": "tops"}]}]},
     r"\[E004\] .*patterns.jsonl:1: 'label': must be one of LEAD, OUTPERFORM, .*"),
])
def test_bad_rows_are_errors_naming_file_and_line(tmp_path, files, pattern):
    write_rows(tmp_path, files)
    assert re.fullmatch(pattern, _error(tmp_path)), _error(tmp_path)


def test_bad_json_files_and_folders_are_errors(tmp_path):
    (tmp_path / "vendors.jsonl").write_text('{"id": "acme", "name": "Acme"}\n{"id": "b",\n')
    assert re.fullmatch(r"\[E001\] .*vendors.jsonl:2: not JSON: .*", _error(tmp_path))
    (tmp_path / "vendors.jsonl").unlink()
    (tmp_path / "tables.json").write_text('{\n "rank": ["#", "pos"],\n "model": ["pos", "pos"]\n}\n')
    assert _error(tmp_path).startswith(f"[E010] {tmp_path / 'tables.json'}:3: duplicate 'model' item 'pos'")
    (tmp_path / "tables.json").write_text('{"rank": ["#"], "rank": ["pos"]}')
    assert _error(tmp_path).startswith(f"[E010] {tmp_path / 'tables.json'}:1: duplicate key 'rank'")
    (tmp_path / "tables.json").unlink()
    (tmp_path / "benchmark.jsonl").write_text("")
    assert _error(tmp_path).startswith(f"[E008] {tmp_path}: unknown knowledge file 'benchmark.jsonl'")
    assert _error(tmp_path / "missing") == f"[E007] {tmp_path / 'missing'}: not a knowledge folder (no such folder)"


def test_the_registry_saves_every_file_and_reads_them_back_the_same(tmp_path):
    from extractor.knowledge.registry import registry_from_bytes, registry_from_disk

    registry = knowledge_registry(write_overlay(tmp_path / "overlay"))
    registry.to_disk(tmp_path / "saved")
    assert sorted(p.name for p in (tmp_path / "saved").iterdir()) == sorted(FILES)
    assert registry_from_disk(tmp_path / "saved") is registry  # same content: the one already loaded
    assert registry_from_bytes(registry.to_bytes()).fingerprint == registry.fingerprint
    assert registry.fingerprint != knowledge_registry().fingerprint
