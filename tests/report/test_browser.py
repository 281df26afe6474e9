"""The report as a person sees it in a real headless Chromium: highlights, badges, filters, nothing fetched or run."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from extractor.cli import main

from .conftest import SCREENSHOTS, Run


def _report(run: Run, out: Path, *extra: str) -> Path:
    assert main(["report", str(run.claims), str(run.verdicts), "-o", str(out), "-q", *extra]) == 0
    return out


def _visible(locator) -> list:
    return [el for el in locator.all() if el.is_visible()]


def _assert_quiet(seen, *files: Path) -> None:
    """No console error or warning, no script error, no dialog, and no request but the report's own files."""
    assert seen.console_errors == [] and seen.errors == [] and seen.dialogs == []
    assert set(seen.requests) <= {f.resolve().as_uri() for f in files}


def test_sample_report_shows_each_claim_in_its_sentence_with_its_verdict(sample, visit, tmp_path):
    out = _report(sample, tmp_path / "report.html")
    seen = visit(out)
    page = seen.page
    claims, verdicts = sample.claim_records(), {v["claim_id"]: v for v in sample.verdict_records()}
    assert len(claims) == 13

    markers = _visible(page.locator(".passage .evidence + .markers .marker"))
    assert len(markers) == len(claims)  # one highlight per claim, right after its sentence
    for claim in claims:
        row = page.locator(f'.claim-row[data-id="{claim["id"]}"]')
        word = verdicts[claim["id"]]["verdict"]
        assert row.locator(".badge").inner_text() == word
        assert verdicts[claim["id"]]["reason"] in row.locator(".reason").inner_text()
        anchor = row.get_attribute("id")
        marker = page.locator(f'.marker[href="#{anchor}"]')
        assert marker.inner_text().endswith(word) and marker.is_visible()
        sentence = marker.locator("xpath=ancestor::*[1]/preceding-sibling::span[contains(@class,'evidence')][1]")
        assert claim["subject"]["text"] in sentence.locator("mark.ent-subject").all_inner_texts()
        assert sentence.inner_text().strip() in claim["evidence"]["text"] or claim["evidence"]["text"].strip() in sentence.inner_text()

    counts = Counter(v["verdict"] for v in verdicts.values())
    overview = page.locator("#overview .totals").inner_text()
    assert all(f"{n} {word}" in overview for word, n in counts.items())
    assert page.locator("ol.contradicted li").count() == counts["contradicted"]
    _assert_quiet(seen, out)

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": 1200, "height": 1560})  # the overview and the first article
    shot = page.screenshot(path=SCREENSHOTS / "sample-report.png")
    page.screenshot(path=SCREENSHOTS / "sample-report-full.png", full_page=True)
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and (SCREENSHOTS / "sample-report.png").stat().st_size > 10_000


def test_filters_narrow_what_is_shown(sample, visit, tmp_path):
    seen = visit(_report(sample, tmp_path / "report.html"))
    page = seen.page
    verdicts = sample.verdict_records()
    unverifiable = {v["claim_id"] for v in verdicts if v["verdict"] == "unverifiable"}
    their_articles = {c["article"]["id"] for c in sample.claim_records() if c["id"] in unverifiable}
    assert 0 < len(unverifiable) < len(verdicts) and len(their_articles) > 1

    page.select_option('select[data-facet="verdict"]', "unverifiable")
    rows = _visible(page.locator(".claim-row"))
    assert {r.get_attribute("data-id") for r in rows} == unverifiable
    assert len(_visible(page.locator(".marker"))) == len(unverifiable)
    assert len(_visible(page.locator("article.article"))) == len(their_articles)
    assert page.locator("#shown").inner_text() == f"{len(unverifiable)} of {len(verdicts)} claims shown"

    page.click("#clear")
    page.fill("#search", "claude")
    assert {r.locator(".subject").inner_text() for r in _visible(page.locator(".claim-row"))} == {"Claude 3.5 Sonnet"}

    page.click("#clear")
    page.select_option('select[data-facet="kind"]', "score")
    page.select_option('select[data-facet="board"]', "chatbot-arena")
    shown = _visible(page.locator(".claim-row"))
    assert [r.locator(".subject").inner_text() for r in shown] == ["GPT-4o", "Claude 3.5 Sonnet"]

    page.select_option('select[data-facet="vendor"]', "01.AI")
    assert _visible(page.locator(".claim-row")) == [] and page.locator("#nothing").is_visible()

    page.click("#clear")
    page.click('#overview .facet-link[data-facet="model"][data-value="Yi-1.5-34B-Chat"]')
    assert page.locator('select[data-facet="model"]').input_value() == "Yi-1.5-34B-Chat"
    assert len(_visible(page.locator(".claim-row"))) == 2
    _assert_quiet(seen, tmp_path / "report.html")


def test_contradicted_claims_are_listed_first_and_lead_to_their_sentence(disputed, visit, tmp_path):
    seen = visit(_report(disputed, tmp_path / "report.html"))
    page = seen.page
    contradicted = {v["claim_id"] for v in disputed.verdict_records() if v["verdict"] == "contradicted"}
    links = page.locator("ol.contradicted li a")
    assert links.count() == len(contradicted) >= 2
    assert page.locator("#overview h3").first.inner_text() == f"Contradicted claims ({len(contradicted)})"
    for n in range(links.count()):
        links.nth(n).click()
        target = page.locator(".claim-row:target")
        assert target.get_attribute("data-id") in contradicted and target.is_visible()
        assert target.locator(".badge").inner_text() == "contradicted"
        assert target.locator(".reason").inner_text() in links.nth(n).locator("xpath=..").inner_text()
    _assert_quiet(seen, tmp_path / "report.html")


def test_claim_fields_show_on_hover_and_click(sample, visit, tmp_path):
    seen = visit(_report(sample, tmp_path / "report.html"))
    page = seen.page
    claim = next(c for c in sample.claim_records() if c["kind"] == "score")
    row = page.locator(f'.claim-row[data-id="{claim["id"]}"]')
    marker = page.locator(f'.marker[href="#{row.get_attribute("id")}"]')
    assert claim["subject"]["text"] in marker.get_attribute("title")

    marker.hover()
    focused = page.locator("mark.ent.focus")
    assert claim["score"]["span"]["text"] in focused.all_inner_texts()

    marker.click()
    assert page.evaluate("location.hash") == f'#{row.get_attribute("id")}'
    row.locator("summary").click()
    fields = row.locator("details dl").first.inner_text()
    assert claim["id"] in fields and "confidence" in fields
    _assert_quiet(seen, tmp_path / "report.html")


@pytest.mark.parametrize("full_text", [True, False], ids=["full-text", "evidence-only"])
def test_hostile_article_shows_as_text_and_runs_nothing(hostile, visit, tmp_path, full_text):
    extra = ["--articles", *map(str, hostile.inputs)] if full_text else []
    out = _report(hostile, tmp_path / "report.html", *extra)
    seen = visit(out)
    page = seen.page
    text = page.locator("body").inner_text()

    assert "<script>alert('title')</script><!-- hidden --> Llama <b>wins</b>" in text
    assert "javascript:alert(document.domain)" in text
    assert "<img src=x onerror=alert('img')>" in text
    if full_text:
        assert "<script>alert('text')</script> Leaderboard news <!-- a comment that must show -->" in text
        assert "See <a href=\"javascript:alert('link')\">the board</a>." in text
    assert page.evaluate("document.scripts.length") == 1
    assert page.locator("img, svg, iframe, object, embed, b, i, textarea").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))")
    assert hrefs and all(h.startswith(("#", "https://")) for h in hrefs)
    assert "https://example.org/a?x=\"><script>alert('url')</script>" in hrefs
    assert len(_visible(page.locator(".marker"))) == len(hostile.claim_records())
    _assert_quiet(seen, out)


def test_big_report_pages_link_up(disputed, visit, tmp_path):
    out = _report(disputed, tmp_path / "report.html", "--page-claims", "5")
    pages = sorted((tmp_path / "report_files").glob("page-*.html"))
    assert [p.name for p in pages] == ["page-001.html", "page-002.html", "page-003.html", "page-004.html"]

    seen = visit(out)
    page = seen.page
    assert page.locator(".claim-row").count() == 0
    assert page.locator("table.pages tbody tr").count() == 4
    page.locator("ol.contradicted a").first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith((tmp_path / "report_files" / "page-003.html").as_uri() + "#k")
    target = page.locator(".claim-row:target")
    assert target.count() == 1 and target.locator(".badge").inner_text() == "contradicted"
    assert target.locator(".subject").inner_text() == "Claude 3.5 Sonnet"
    page.click("text=next page")
    page.wait_for_load_state("load")
    assert page.url == pages[3].as_uri() and page.locator(".claim-row").count() == 2
    page.click("text=Overview and all pages")
    page.wait_for_load_state("load")
    assert page.url == out.resolve().as_uri()
    _assert_quiet(seen, out, *pages)
