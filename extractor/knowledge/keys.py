"""How names are compared: the keys under which two written names count as one.

The registry checks that no two rows claim a name under the key of the stage
that reads it; the stages compare names with the same keys.
"""

from __future__ import annotations

import re

_ALIAS_DROP = re.compile(r"[^a-z0-9.+]")
_SPELLED_OUT = str.maketrans({"\u03c4": "tau", "\u00b9": "1", "\u00b2": "2", "\u00b3": "3"})  # 'τ²-Bench' = 'tau2-bench'
_POSSESSIVE = re.compile(r"['\u2019]s$")
_NAME_DROP = re.compile(r"[^\w.+]|_")


def alias_key(name: str) -> str:
    """Benchmark names: lower case, only letters, digits, '.' and '+' ('MMLU-Pro' = 'mmlu pro'), a Greek
    letter or a superscript spelled out."""
    return _ALIAS_DROP.sub("", name.lower().translate(_SPELLED_OUT))


def norm(name: str) -> str:
    """Board names: lower-case, owner prefix and non-word characters dropped, as the scorer does (keeps CJK and '+')."""
    s = name.strip().lower()
    s = s.split("/")[-1] if "/" in s else s
    s = _POSSESSIVE.sub("", s)
    return _NAME_DROP.sub("", s).strip(".")
