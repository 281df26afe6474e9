"""Each module-level name of the package is bound once: a second binding silently replaces the first for
every function that reads it (two word sets of one name once made one rule read the other's words)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "extractor"
MODULES = sorted(PACKAGE.rglob("*.py"))


def module_bindings(tree: ast.Module) -> Counter:
    """How often each name is bound by a top-level def, class or assignment (not under if/try)."""
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    names[target.id] += 1
    return names


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_bound_twice(module):
    counts = module_bindings(ast.parse(module.read_text(encoding="utf-8")))
    assert [name for name, n in counts.items() if n > 1 and name != "__all__"] == []


def test_a_second_binding_is_found():
    tree = ast.parse("_WORDS = frozenset({'a'})\ndef f():\n    return _WORDS\n_WORDS = frozenset({'b'})\n")
    assert module_bindings(tree)["_WORDS"] == 2
