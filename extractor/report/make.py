"""What ``extractor report`` and ``extractor extract --report`` do: load once, write every output asked for."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .data import load
from .html import PAGE_CLAIMS, pages_folder, write_report  # noqa: F401 (PAGE_CLAIMS: the CLI default)
from .tables import write_csv, write_sqlite
from .views import VERDICT_ORDER


@dataclass
class Outputs:
    """Where the report goes (any of the three) and how it is made."""

    html: Optional[Path] = None
    csv: Optional[Path] = None
    sqlite: Optional[Path] = None
    articles: list[str] = field(default_factory=list)  # inputs to read full article texts from
    page_claims: int = PAGE_CLAIMS
    title: Optional[str] = None

    def __bool__(self) -> bool:
        return any((self.html, self.csv, self.sqlite))


def make(claims: str, verdicts: Optional[str], outputs: Outputs, inputs: Optional[list[str]] = None) -> str:
    """Write every output asked for; returns one line telling what was written.

    ``inputs`` are what the claims were extracted from, named as the report's sources
    instead of the claims and verdicts files (which are temporary for ``extract --report``).
    """
    data = load(claims, verdicts, outputs.articles)
    written = []
    if outputs.html:
        sources = inputs or [claims] + ([verdicts] if verdicts else []) + outputs.articles
        title = outputs.title or f"Claims report: {_name(sources[0])}"
        sources = [(_name(s), s) for s in sources]
        files = write_report(data, outputs.html, title=title, sources=sources, page_claims=outputs.page_claims)
        pages = f" and {len(files) - 1} pages in {pages_folder(outputs.html)}/" if len(files) > 1 else ""
        written.append(f"{outputs.html}{pages}")
    if outputs.csv:
        write_csv(data, outputs.csv)
        written.append(str(outputs.csv))
    if outputs.sqlite:
        write_sqlite(data, outputs.sqlite)
        written.append(str(outputs.sqlite))
    labels = Counter(c.label for c in data.claims)
    total = sum(labels.values())
    counts = ", ".join(f"{labels[label]} {label}" for label in VERDICT_ORDER if labels[label])
    return (f"report of {total} claims in {len(data.articles)} articles"
            f"{f' ({counts})' if counts else ''}: {', '.join(written)}")


def _name(source: str) -> str:
    return "stdin" if source == "-" else Path(source).name or source
