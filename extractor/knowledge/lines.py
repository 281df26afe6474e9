"""Knowledge files read with the line of every row, key and list item, so an error can name it.

JSONL files are read a line at a time. For JSON files the standard parser gives no
positions, so ``json_lines`` walks the (already valid) text once more and records
the line where each value starts; it also finds keys given twice, which the
standard parser silently merges.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterator

from ..errors import Errors, KnowledgeError

Loc = tuple  # a path into a JSON document: keys and list indexes

_SPACE = re.compile(r"[ \t\n\r]*")
_SCAN = json.JSONDecoder().scan_once


def jsonl_rows(path: str, text: str) -> Iterator[tuple[int, dict]]:
    """(line number, object) of every non-blank line; a line that is not one JSON object is an error."""
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line, object_pairs_hook=_pairs(path, n))
        except json.JSONDecodeError as e:
            raise KnowledgeError(Errors.E001.format(path=path, line=n, msg=e.msg)) from None
        if not isinstance(row, dict):
            raise KnowledgeError(Errors.E002.format(path=path, line=n, kind=type(row).__name__))
        yield n, row


def _pairs(path: str, line: int):
    def hook(pairs: list) -> dict:
        seen: dict = {}
        for key, value in pairs:
            if key in seen:
                raise KnowledgeError(Errors.E010.format(path=path, line=line, what="key", name=key, first=line))
            seen[key] = value
        return seen
    return hook


@dataclass
class JsonDoc:
    """A JSON file's value and the line where each of its parts starts."""

    data: object
    lines: dict[Loc, int] = field(default_factory=dict)

    def line(self, loc: Loc) -> int:
        """The line of ``loc``, or of the nearest part holding it that has one."""
        loc = tuple(loc)
        while loc and loc not in self.lines:
            loc = loc[:-1]
        return self.lines.get(loc, 1)


def json_doc(path: str, text: str) -> JsonDoc:
    """The JSON document in ``text`` with its lines; malformed JSON and keys given twice are errors."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise KnowledgeError(Errors.E001.format(path=path, line=e.lineno, msg=e.msg)) from None
    starts = [m.end() for m in re.finditer("\n", text)]
    doc = JsonDoc(data)
    _walk(text, 0, (), doc, lambda pos: bisect_right(starts, pos) + 1, path)
    return doc


def _walk(text: str, pos: int, loc: Loc, doc: JsonDoc, line_at, path: str) -> int:
    """Record where the value at ``pos`` and its parts start; return where it ends."""
    pos = _SPACE.match(text, pos).end()
    doc.lines[loc] = line_at(pos)
    opener = text[pos]
    if opener not in "{[":
        return _SCAN(text, pos)[1]
    closer, pos, index, seen = ("}" if opener == "{" else "]"), pos + 1, 0, {}
    while True:
        pos = _SPACE.match(text, pos).end()
        if text[pos] == closer:
            return pos + 1
        if text[pos] == ",":
            pos = _SPACE.match(text, pos + 1).end()
        if opener == "{":
            key, pos = json.decoder.scanstring(text, pos + 1)
            if key in seen:
                raise KnowledgeError(Errors.E010.format(path=path, line=line_at(pos), what="key", name=key,
                                                        first=seen[key]))
            seen[key] = line_at(pos)
            pos = _SPACE.match(text, pos).end() + 1  # the ':'
            pos = _walk(text, pos, loc + (key,), doc, line_at, path)
        else:
            pos = _walk(text, pos, loc + (index,), doc, line_at, path)
            index += 1
