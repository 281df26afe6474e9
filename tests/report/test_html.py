"""The HTML as written: escaped, self-contained, pinned by its policy, and split into pages that link up."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.report.views import safe_url


def _report(run, out: Path, *extra: str) -> str:
    assert main(["report", str(run.claims), str(run.verdicts), "-o", str(out), "-q", *extra]) == 0
    return out.read_text(encoding="utf-8")


class _Links(HTMLParser):
    """Every href, every id, every src and every element name of a page."""

    def __init__(self):
        super().__init__()
        self.hrefs, self.ids, self.srcs, self.tags = [], set(), [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if "src" in attrs:
            self.srcs.append(attrs["src"])


def _parsed(text: str) -> _Links:
    links = _Links()
    links.feed(text)
    return links


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def test_the_page_loads_nothing_and_runs_only_its_own_script(sample, tmp_path):
    page = _report(sample, tmp_path / "report.html")
    [script] = re.findall(r"<script>(.*?)</script>", page, re.S)
    [style] = re.findall(r"<style>(.*?)</style>", page, re.S)
    [policy] = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    policy = html.unescape(policy)
    assert f"script-src '{_sha256(script)}'" in policy and f"style-src '{_sha256(style)}'" in policy
    assert "default-src 'none'" in policy
    links = _parsed(page)
    assert links.srcs == [] and not {"iframe", "img", "object", "embed"} & links.tags
    assert all(h.startswith(("#", "https://", "data:")) for h in links.hrefs)
    assert " style=" not in page  # the policy allows no inline style attribute


def test_same_input_gives_the_same_page(sample, tmp_path):
    assert _report(sample, tmp_path / "a.html") == _report(sample, tmp_path / "b.html")


@pytest.mark.parametrize("full_text", [True, False], ids=["full-text", "evidence-only"])
def test_hostile_markup_is_written_as_text(hostile, tmp_path, full_text):
    page = _report(hostile, tmp_path / "report.html", *(["--articles", *map(str, hostile.inputs)] if full_text else []))
    assert page.count("<script") == 1  # the report's own
    for raw in ("<img", "<svg", "<!-- a comment", "<!-- hidden", "<b>", "</textarea>", "javascript:alert('link')"):
        assert raw not in page
    assert "&lt;img src=x onerror=alert(&#39;img&#39;)&gt;" in page
    if full_text:
        assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt; Leaderboard news &lt;!-- a comment" in page
    links = _parsed(page)
    assert "javascript:alert(document.domain)" not in links.hrefs
    assert "https://example.org/a?x=\"><script>alert('url')</script>" in links.hrefs  # escaped in the attribute
    assert not any(i for i in links.ids if "script" in i)  # anchors are the report's own, never an article id


@pytest.mark.parametrize("url, link", [
    ("https://example.org/a", True), ("HTTP://EXAMPLE.ORG", True), ("javascript:alert(1)", False),
    ("JavaScript:alert(1)", False), (" javascript:alert(1)", False), ("java\tscript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False), ("//example.org/x", False), ("https:///nohost", False),
    ("file:///etc/passwd", False), ("https://exa mple.org", False), ("http://[::1", False), (None, False),
])
def test_only_http_urls_become_links(url, link):
    assert safe_url(url) == (url if link else None)


def test_a_big_report_is_an_index_and_pages_that_link_up(sample, tmp_path):
    out = tmp_path / "report.html"
    index = _report(sample, out, "--page-claims", "5")
    folder = tmp_path / "report_files"
    pages = sorted(folder.glob("page-*.html"))
    assert len(pages) == 3 and 'class="claim-row"' not in index
    texts = {p: p.read_text(encoding="utf-8") for p in [out, *pages]}
    assert sum(t.count('class="marker ') for t in texts.values()) == len(sample.claim_records())
    for path, text in texts.items():
        for href in _parsed(text).hrefs:
            if href.startswith(("https://", "data:")):
                continue
            target, _, anchor = href.partition("#")
            target_path = (path.parent / target).resolve() if target else path
            assert target_path.exists(), f"{path.name}: {href}"
            if anchor:
                assert anchor in _parsed(texts[target_path]).ids, f"{path.name}: {href}"

    _report(sample, out, "--page-claims", "8")  # fewer pages now: none of the old ones is left behind
    assert sorted(p.name for p in folder.glob("page-*.html")) == ["page-001.html", "page-002.html"]
    _report(sample, out)
    assert not folder.exists()


def test_an_empty_claims_file_makes_a_page_that_says_so(tmp_path):
    claims = tmp_path / "none.jsonl"
    claims.write_text("")
    assert main(["report", str(claims), "-o", str(tmp_path / "r.html"), "-q"]) == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<strong>0</strong> claims in <strong>0</strong> articles" in page and "No verdicts were given" in page
