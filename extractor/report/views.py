"""What the templates show: claims as a reader sees them, articles with their laid-out text, the overview.

Everything here is plain data; escaping is the template engine's job (autoescape
is on), and the one judgement made here is which URLs become links.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional
from urllib.parse import urlsplit

from ..records import Claim
from .data import NOT_CHECKED, ArticleEntry, ClaimEntry, Dataset
from .passage import Node, layout

VERDICT_ORDER = ("supported", "contradicted", "unverifiable", NOT_CHECKED)
KIND_ORDER = ("rank", "score", "comparison", "count")
TOP_FACETS = 20  # bars per count in the overview; the rest are summed up in one line
_UNITS = {"%": "%", "elo": " Elo"}
_VENDOR_SOURCES = {"text": "named in the article", "knowledge": "from the bundled knowledge"}


def safe_url(url: Optional[str]) -> Optional[str]:
    """The URL if it may become a link (http or https with a host), else None: it is shown as text."""
    if not url or any(ord(ch) < 0x21 or ch == "\x7f" for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else None


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def summary(claim: Claim) -> str:
    """What the claim says, in a few words: 'rank 1', 'score 42.49%', 'outperforms Gemini 1.5 Pro'."""
    if claim.kind == "rank":
        said = f"rank {claim.rank}" if claim.rank is not None else f"in the top {claim.top_n}"
        if claim.rank is not None and claim.top_n:
            said += f" in the top {claim.top_n}"
    elif claim.kind == "score":
        said = f"score {_number(claim.score.value)}{_UNITS.get(claim.score.unit, '')}"
        if claim.score.metric:
            said += f" ({claim.score.metric})"
    elif claim.kind == "comparison":
        said = f"{claim.relation} " + ", ".join(o.text for o in claim.objects)
    else:
        said = f"{claim.count} in the top {claim.top_n}" if claim.top_n else f"count {claim.count}"
    return f"{said} ({claim.scope})" if claim.scope else said


@dataclass
class ClaimView:
    """One claim as shown: number in its article, its record, verdict and the anchor it is reached by."""

    number: int
    entry: ClaimEntry
    claim: Claim

    @property
    def anchor(self) -> str:
        return f"k{self.entry.index}"

    @property
    def verdict(self):
        return self.entry.verdict

    @property
    def label(self) -> str:
        return self.entry.label

    @property
    def css(self) -> str:
        return self.label.replace(" ", "-")

    @property
    def says(self) -> str:
        return summary(self.claim)

    @property
    def board(self) -> str:
        return self.entry.board

    @property
    def tooltip(self) -> str:
        """The hover text of the claim's badge: what it says and the verdict's reason."""
        head = f"{self.claim.subject.text}: {self.says}, {self.board}"
        reason = self.verdict.reason if self.verdict else "no verdict given for this claim"
        return f"{head} \u2014 {self.label}: {reason}"

    def fields(self) -> list[tuple[str, str]]:
        """The claim's fields, named as in the record, for the details a reader opens."""
        c = self.claim
        subject = c.subject
        rows = [("id", c.id), ("kind", c.kind), ("subject", subject.text), ("subject type", subject.type)]
        if subject.vendor:
            source = _VENDOR_SOURCES.get(subject.vendor_source or "text", subject.vendor_source)
            rows.append(("vendor", f"{subject.vendor} ({source})"))
        rows += [("canonical", subject.canonical), ("family", subject.family),
                 ("benchmark", c.benchmark.text), ("benchmark id", c.benchmark.id),
                 ("part of the board", c.benchmark.part), ("rank", c.rank), ("top n", c.top_n), ("scope", c.scope)]
        if c.score:
            rows += [("score", _number(c.score.value)), ("unit", c.score.unit), ("metric", c.score.metric)]
        rows += [("relation", c.relation), ("compared with", ", ".join(o.text for o in c.objects) or None),
                 ("count", c.count), ("as of", c.as_of), ("evidence offsets", f"{c.evidence.start}\u2013{c.evidence.end}"),
                 ("confidence", _number(c.confidence))]
        return [(name, str(value)) for name, value in rows if value not in (None, "")]

    def verdict_fields(self) -> list[tuple[str, str]]:
        """The verdict's evidence: the snapshot, the board entry, what was expected and found."""
        v = self.verdict
        if v is None:
            return []
        rows = [("cause", v.cause), ("snapshot", v.snapshot), ("snapshot date", v.snapshot_date),
                ("leaderboard", v.leaderboard), ("fidelity", v.fidelity), ("board entry", v.entry), ("expected", _shown(v.expected)), ("found", _shown(v.found)),
                ("candidates", ", ".join(v.candidates) or None)]
        return [(name, str(value)) for name, value in rows if value not in (None, "")]


def _shown(value: Any) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return _number(value)


@dataclass
class ArticleView:
    """One article as shown: header fields, its text laid out, its claims in order."""

    entry: ArticleEntry
    claims: list[ClaimView]
    nodes: list[Node]
    full_text: bool

    @property
    def anchor(self) -> str:
        return f"a{self.entry.index}"

    @property
    def link(self) -> Optional[str]:
        return safe_url(self.entry.url)

    @property
    def counts(self) -> list[tuple[str, int]]:
        found = Counter(c.label for c in self.claims)
        return [(label, found[label]) for label in VERDICT_ORDER if found[label]]


def article_view(entry: ArticleEntry) -> ArticleView:
    """Parse an article's claims and lay out its text (done page by page, so memory stays flat)."""
    claims = [ClaimView(n, c, c.claim()) for n, c in enumerate(entry.claims, 1)]
    nodes, full = layout([v.claim for v in claims], entry.text)
    return ArticleView(entry, claims, nodes, full)


@dataclass
class Bar:
    """One row of a bar chart: a value, its count and its width relative to the largest."""

    facet: str
    value: str
    count: int
    of: int


@dataclass
class Chart:
    title: str
    facet: str
    bars: list[Bar]
    more: int = 0  # values past the ones shown
    more_claims: int = 0


def _chart(title: str, facet: str, counts: Counter, order: Optional[Iterable[str]] = None) -> Chart:
    if order is not None:
        items = [(v, counts[v]) for v in order if counts[v]]
    else:
        items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    shown, rest = items[:TOP_FACETS], items[TOP_FACETS:]
    top = max((n for _, n in shown), default=0)
    return Chart(title, facet, [Bar(facet, v, n, top) for v, n in shown], len(rest), sum(n for _, n in rest))


@dataclass
class Overview:
    """The picture across the dump: totals, counts per facet, and the contradicted claims."""

    articles: int
    claims: int
    charts: list[Chart]
    contradicted: list[tuple[ClaimView, ArticleEntry, str]] = field(default_factory=list)
    contradicted_total: int = 0
    verdicts_given: bool = True
    unmatched_verdicts: int = 0


def overview(data: Dataset, href_of, limit: int) -> Overview:
    """Counts over every claim; the first ``limit`` contradicted claims with links to where they stand."""
    counts = {name: Counter() for name in ("verdict", "kind", "board", "vendor", "model")}
    contradicted: list[tuple[ClaimView, ArticleEntry, str]] = []
    total = 0
    for article in data.articles:
        for n, entry in enumerate(article.claims, 1):
            total += 1
            for name, value in (("verdict", entry.label), ("kind", entry.kind), ("board", entry.board),
                                ("vendor", entry.vendor), ("model", entry.model)):
                counts[name][value] += 1
            if entry.label == "contradicted":
                if len(contradicted) < limit:
                    contradicted.append((ClaimView(n, entry, entry.claim()), article, href_of(article, entry)))
    charts = [_chart("Verdicts", "verdict", counts["verdict"], VERDICT_ORDER),
              _chart("Claim kinds", "kind", counts["kind"], KIND_ORDER),
              _chart("Boards", "board", counts["board"]),
              _chart("Vendors", "vendor", counts["vendor"]),
              _chart("Models", "model", counts["model"])]
    return Overview(len(data.articles), total, charts, contradicted, counts["verdict"]["contradicted"],
                    data.verdicts_given, data.unmatched_verdicts)


def facet_options(articles: list[ArticleView]) -> dict[str, list[str]]:
    """The values each filter offers on a page: those its claims have."""
    seen: dict[str, set[str]] = {name: set() for name in ("verdict", "kind", "vendor", "model", "board")}
    for article in articles:
        for view in article.claims:
            entry = view.entry
            seen["verdict"].add(entry.label)
            seen["kind"].add(entry.kind)
            seen["vendor"].add(entry.vendor)
            seen["model"].add(entry.model)
            seen["board"].add(entry.board)
    ordered = {"verdict": VERDICT_ORDER, "kind": KIND_ORDER}
    return {name: [v for v in ordered[name] if v in values] if name in ordered else sorted(values, key=str.casefold)
            for name, values in seen.items()}
