"""An article's text laid out for the report: each claim's evidence in place, its names and value marked.

The text is the article's full text when it is given and matches the claims,
else the claims' own evidence sentences, joined where they touch and separated
by a gap where more than a separator is missing. Offsets are the claims' own (into the article
text); a span whose text is not what the claim says stands there is left
unmarked rather than marked in the wrong place. Marks never overlap: as in
displaCy, the longer of two overlapping spans wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence, Union

from ..records import Claim, TextSpan

# what a claim marks, in the order that wins when two marks cover the very same span
MARK_KINDS = ("subject", "benchmark", "value", "object")
# What stands for a character or two missing between two evidence sentences: most likely the space
# between sentences, or the blank line between paragraphs. Anything longer is shown as a gap.
_SEPARATORS = {1: " ", 2: "\n\n"}
_VALUE_LABEL = {"rank": "RANK", "score": "SCORE", "count": "COUNT", "comparison": "VALUE"}


@dataclass(frozen=True, slots=True)
class Plain:
    text: str
    type: str = "text"


@dataclass(frozen=True, slots=True)
class Mark:
    """A marked name or value; ``claims`` are positions (in the article's claims) of the claims naming it."""

    kind: str
    label: str
    text: str
    claims: tuple[int, ...]
    type: str = "mark"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One evidence sentence (or overlapping ones) in place, and the claims it holds, by position."""

    nodes: tuple[Union[Plain, Mark], ...]
    claims: tuple[int, ...]
    type: str = "evidence"


@dataclass(frozen=True, slots=True)
class Gap:
    """Text of the article that the report does not have (between or before evidence sentences)."""

    type: str = "gap"


Node = Union[Plain, Mark, Evidence, Gap]


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class _Group:
    start: int
    end: int
    claims: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    kind: str
    label: str
    claims: tuple[int, ...]


def layout(claims: Sequence[Claim], text: Optional[str] = None) -> tuple[list[Node], bool]:
    """The nodes to render for one article's claims, and whether they show the full text.

    The full text is used only when every claim's evidence is found at its offsets
    in it (else the claims came from another version of the article).
    """
    full = text is not None and all(text[c.evidence.start:c.evidence.end] == c.evidence.text for c in claims)
    pieces = [_Piece(0, text)] if full else _evidence_pieces(claims)
    groups = _groups(claims, pieces)
    spans = _marks(claims, pieces, groups)
    nodes: list[Node] = []
    for n, piece in enumerate(pieces):
        missing = piece.start - (pieces[n - 1].end if n else 0)
        if missing in _SEPARATORS and n:
            nodes.append(Plain(_SEPARATORS[missing]))
        elif missing > 0:
            nodes.append(Gap())
        nodes.extend(_piece_nodes(piece, [g for g in groups if piece.start <= g.start < piece.end], spans))
    return nodes, full


def _evidence_pieces(claims: Sequence[Claim]) -> list[_Piece]:
    """The evidence texts, merged where they touch or overlap."""
    pieces: list[_Piece] = []
    for ev in sorted((c.evidence for c in claims), key=lambda e: (e.start, e.end)):
        if pieces and ev.start <= pieces[-1].end:
            last = pieces[-1]
            if ev.end > last.end:
                pieces[-1] = _Piece(last.start, last.text + ev.text[last.end - ev.start:])
        else:
            pieces.append(_Piece(ev.start, ev.text))
    return pieces


def _groups(claims: Sequence[Claim], pieces: list[_Piece]) -> list[_Group]:
    """Evidence spans, trimmed of surrounding white space and merged where they overlap."""
    trimmed = []
    for i, c in enumerate(claims):
        start, end = _trim(c.evidence)
        if start < end and _piece_of(pieces, start, end) is not None:
            trimmed.append((start, end, i))
    groups: list[_Group] = []
    for start, end, i in sorted(trimmed):
        if groups and start < groups[-1].end:
            groups[-1].end = max(groups[-1].end, end)
        else:
            groups.append(_Group(start, end))
        groups[-1].claims.append(i)
    return groups


def _trim(span: TextSpan) -> tuple[int, int]:
    lead = len(span.text) - len(span.text.lstrip())
    return span.start + lead, span.start + len(span.text.rstrip())


def _piece_of(pieces: list[_Piece], start: int, end: int) -> Optional[_Piece]:
    for piece in pieces:
        if piece.start <= start and end <= piece.end:
            return piece
    return None


def _candidates(claim: Claim):
    """(span, kind, label) of everything one claim marks."""
    yield claim.subject.span, "subject", claim.subject.type.upper()
    yield claim.benchmark.span, "benchmark", "BENCHMARK"
    value = claim.value_span or (claim.score.span if claim.score else None)
    yield value, "value", _VALUE_LABEL[claim.kind]
    for obj in claim.objects:
        yield obj.span, "object", "COMPARED"


def _marks(claims: Sequence[Claim], pieces: list[_Piece], groups: list[_Group]) -> list[_Span]:
    """Non-overlapping marks, each within one piece and never across an evidence boundary."""
    by_place: dict[tuple[int, int], _Span] = {}
    for i, claim in enumerate(claims):
        for span, kind, label in _candidates(claim):
            if span is None or span.start >= span.end or not _marks_text(pieces, span):
                continue
            if any(g.start < span.end and span.start < g.end and not (g.start <= span.start and span.end <= g.end)
                   for g in groups):
                continue
            key = (span.start, span.end)
            old = by_place.get(key)
            if old is None:
                by_place[key] = _Span(span.start, span.end, kind, label, (i,))
            elif i not in old.claims:
                first = old if MARK_KINDS.index(old.kind) <= MARK_KINDS.index(kind) else None
                kind, label = (old.kind, old.label) if first else (kind, label)
                by_place[key] = _Span(old.start, old.end, kind, label, old.claims + (i,))
    kept: list[_Span] = []
    for span in sorted(by_place.values(), key=lambda s: (s.start - s.end, s.start)):
        if all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _marks_text(pieces: list[_Piece], span: TextSpan) -> bool:
    piece = _piece_of(pieces, span.start, span.end)
    return piece is not None and piece.text[span.start - piece.start:span.end - piece.start] == span.text


def _piece_nodes(piece: _Piece, groups: list[_Group], spans: list[_Span]) -> list[Node]:
    nodes: list[Node] = []
    pos = piece.start
    for group in groups:
        nodes.extend(_marked(piece, pos, group.start, spans))
        nodes.append(Evidence(tuple(_marked(piece, group.start, group.end, spans)), tuple(group.claims)))
        pos = group.end
    nodes.extend(_marked(piece, pos, piece.end, spans))
    return nodes


def _marked(piece: _Piece, start: int, end: int, spans: list[_Span]) -> list[Union[Plain, Mark]]:
    """The text between two offsets as plain runs and marks."""
    out: list[Union[Plain, Mark]] = []
    pos = start
    for span in spans:
        if span.start < start or span.end > end:
            continue
        if span.start > pos:
            out.append(Plain(piece.text[pos - piece.start:span.start - piece.start]))
        out.append(Mark(span.kind, span.label, piece.text[span.start - piece.start:span.end - piece.start],
                        span.claims))
        pos = span.end
    if end > pos:
        out.append(Plain(piece.text[pos - piece.start:end - piece.start]))
    return out
