"""Tables in article text: '| Rank | Model | Elo |' headers and the rows below them.

Rows come one per line or, in flattened pages, many on one line separated by
empty cells ('| ... | | 2 | ...'); the header's width tells where a row ends.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from spacy.tokens import Span, Token

from .lexicon import DocContext, is_subject

_SEPARATOR = re.compile(r"^\|?[-:|\s]{3,}\|?$")  # '|------|-----|' as one token
SEP = None  # marker in the cell stream for a separator row


def pipe_count(sent: Span) -> int:
    """How many cell borders a sentence has (0 at once for the many docs without a '|')."""
    doc = sent.doc
    if "extractor_has_pipes" not in doc.user_data:
        doc.user_data["extractor_has_pipes"] = "|" in doc.text
    if not doc.user_data["extractor_has_pipes"]:
        return 0
    return sum(1 for t in sent if t.text == "|" or _SEPARATOR.match(t.text))


def cell_stream(sent: Span) -> Iterator[Optional[list[Token]]]:
    """The cells between pipes, in order (empty ones included); SEP for a separator row."""
    cell: list[Token] = []
    started = False
    for tok in sent:
        if tok.is_space:
            continue
        if tok.text != "|" and _SEPARATOR.match(tok.text) and "-" in tok.text:
            if started and cell:
                yield cell
            cell, started = [], True
            yield SEP
            continue
        if tok.text == "|":
            if started:
                yield cell
            cell, started = [], True
            continue
        cell.append(tok)
    if cell:
        yield cell


def header_roles(cells: list[list[Token]]) -> Optional[dict]:
    """Column roles of a header row, or None when the cells are no header."""
    texts = [" ".join(t.text for t in c).lower() for c in cells]
    if any(is_subject(t) for c in cells for t in c):
        return None
    if not any("rank" in x or "model" in x or "elo" in x or x.startswith("#") for x in texts):
        return None
    roles: dict = {"rank_cols": {}, "width": len(cells)}
    for k, x in enumerate(texts):
        m = re.match(r"#\s*(\d+)", x)
        if m:
            roles["rank_cols"][k] = int(m[1])
        elif x in ("rank", "#", "ranking", "position", "pos", "place"):
            roles["rank"] = k
        elif "model" in x and "model" not in roles:
            roles["model"] = k
        elif any(w in x for w in ("elo", "score", "average", "rating")) and "score" not in roles:
            roles["score"] = k
            roles["elo"] = "elo" in x or "arena" in x
    return roles


def table_rows(sent: Span, ctx: DocContext) -> list[list[list[Token]]]:
    """Data rows of a table sentence; a header among them updates ``ctx.table``."""
    rows: list[list[list[Token]]] = []
    row: list[list[Token]] = []

    def close() -> None:
        nonlocal row
        cells = row[:-1] if row and not row[-1] else row
        roles = header_roles(cells) if cells else None
        if roles is not None:
            ctx.table = roles
        elif any(cells):
            rows.append(cells)
        row = []

    for cell in cell_stream(sent):
        width = ctx.table["width"] if ctx.table else None
        if cell is SEP:
            close()
        elif not cell and (not row or (width and len(row) >= width)):
            close()  # '| |' between flattened rows
        else:
            row.append(cell)
            if width and len(row) == width and header_roles(row) is None and any(row):
                close()
    close()
    return rows
