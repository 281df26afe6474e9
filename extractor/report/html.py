"""Writing the HTML report with jinja2: one self-contained page, or for big dumps an index page and pages.

Every page carries its styles and script inline and a Content-Security-Policy
that allows nothing else: no request leaves the page, and the only script that
runs is the report's own (pinned by its hash), whatever an article holds.

A dump with more claims than fit one page (``page_claims``, 1,000 by default)
becomes ``OUT`` with the overview and a table of pages, and the articles in
``OUT_files/page-NNN.html``, whole articles on each page.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from .. import __version__
from ..errors import InputError
from .data import ArticleEntry, ClaimEntry, Dataset
from .views import VERDICT_ORDER, article_view, facet_options, overview

PAGE_CLAIMS = 1000  # claims per page: some 1.5 MB of HTML, quick to open and to filter
PAGE_CHARS = 2_000_000  # article text per page when full texts are shown
CONTRADICTED_SHOWN = 1000  # contradicted claims listed in the overview; the count says how many in all


@dataclass(frozen=True)
class Assets:
    """The inline style sheet and script, and the policy that lets only them in."""

    css: str
    js: str

    @property
    def csp(self) -> str:
        digest = lambda text: base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()  # noqa: E731
        return (f"default-src 'none'; script-src 'sha256-{digest(self.js)}'; style-src 'sha256-{digest(self.css)}'; "
                "img-src data:; base-uri 'none'; form-action 'none'")


@lru_cache(maxsize=1)
def _assets() -> Assets:
    folder = resources.files(__package__) / "templates"
    css, js = ((folder / name).read_text(encoding="utf-8") for name in ("report.css", "report.js"))
    for text in (css, js):  # inlined verbatim: must not be able to close its element
        assert "</" not in text and "<!--" not in text
    return Assets(css, js)


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=PackageLoader(__package__, "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["VERDICTS"] = VERDICT_ORDER
    env.filters["num"] = "{:,}".format
    return env


@dataclass
class Page:
    """A run of whole articles rendered into one file."""

    number: int
    articles: list[ArticleEntry]
    width: int = 3

    @property
    def filename(self) -> str:
        return f"page-{self.number:0{self.width}d}.html"

    @property
    def claims(self) -> list[ClaimEntry]:
        return [c for a in self.articles for c in a.claims]

    @property
    def counts(self) -> list[tuple[str, int]]:
        labels = [c.label for c in self.claims]
        return [(v, labels.count(v)) for v in VERDICT_ORDER]

    @property
    def first(self) -> ArticleEntry:
        return self.articles[0]

    @property
    def last(self) -> ArticleEntry:
        return self.articles[-1]


def paginate(articles: list[ArticleEntry], page_claims: int = PAGE_CLAIMS, page_chars: int = PAGE_CHARS) -> list[Page]:
    """Whole articles into pages of at most ``page_claims`` claims (an article with more gets a page alone)."""
    pages: list[Page] = []
    run: list[ArticleEntry] = []
    claims = chars = 0
    for article in articles:
        size = len(article.text or "")
        if run and (claims + len(article.claims) > page_claims or chars + size > page_chars):
            pages.append(Page(len(pages) + 1, run))
            run, claims, chars = [], 0, 0
        run.append(article)
        claims += len(article.claims)
        chars += size
    if run or not pages:
        pages.append(Page(len(pages) + 1, run))
    width = max(3, len(str(len(pages))))
    for page in pages:
        page.width = width
    return pages


def pages_folder(out: Path) -> Path:
    """Where the pages of a multi-page report go: ``report.html`` -> ``report_files/``."""
    return out.with_name(out.stem + "_files")


def write_report(data: Dataset, out: Path, *, title: str, sources: list[tuple[str, str]],
                 page_claims: int = PAGE_CLAIMS) -> list[Path]:
    """Write the report; returns the files written (the first is the one to open).

    ``sources`` are (name, path) of the files the report was made from, shown in its header.
    """
    pages = paginate(data.articles, page_claims)
    folder = pages_folder(out)
    _clear_pages(folder)
    common = {"title": title, "sources": sources, "version": __version__, "assets": _assets()}
    if len(pages) == 1:
        view = overview(data, lambda article, claim: f"#k{claim.index}", CONTRADICTED_SHOWN)
        _render(out, mode="single", overview=view, **_page_context(pages[0]), **common)
        return [out]
    where = {a.index: p for p in pages for a in p.articles}
    href = lambda article, claim: f"{folder.name}/{where[article.index].filename}#k{claim.index}"  # noqa: E731
    _render(out, mode="index", overview=overview(data, href, CONTRADICTED_SHOWN), pages=pages,
            folder=folder.name, **common)
    written = [out]
    folder.mkdir(exist_ok=True)
    for n, page in enumerate(pages):
        nav = {"index": f"../{out.name}", "number": page.number, "total": len(pages),
               "prev": pages[n - 1].filename if n else None,
               "next": pages[n + 1].filename if n + 1 < len(pages) else None}
        path = folder / page.filename
        _render(path, mode="page", nav=nav, **_page_context(page), **common)
        written.append(path)
    return written


def _page_context(page: Page) -> dict:
    articles = [article_view(a) for a in page.articles]
    return {"articles": articles, "facets": facet_options(articles)}


def _render(path: Path, **context) -> None:
    template = _env().get_template("page.html.j2")
    try:
        with open(path, "w", encoding="utf-8") as fh:
            template.stream(**context).dump(fh)
    except OSError as e:
        raise InputError(f"{path}: cannot write: {e.strerror}") from None


def _clear_pages(folder: Path) -> None:
    """Remove the pages an earlier report left, so no stale page outlives its index."""
    if not folder.is_dir():
        return
    for old in folder.glob("page-*.html"):
        old.unlink()
    if not any(folder.iterdir()):
        folder.rmdir()
