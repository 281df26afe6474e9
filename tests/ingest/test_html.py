"""HTML reader: main text without boilerplate, metadata, charsets, dispatcher routing."""

from __future__ import annotations

import io
from datetime import date

import pytest

from extractor.ingest import read_inputs, sniff_format
from extractor.ingest.html import decode_html, html_to_article, read_html
from extractor.records import Article, Reject

TITLE = "Qwen2 takes the top spot on the open leaderboard"
PARAGRAPHS = [
    "The refreshed ranking of openly released language models has a new leader. "
    "Alibaba's Qwen2-72B-Instruct ranked first on Hugging Face's Open LLM Leaderboard "
    "with an average score of 42.49, according to the maintainers of the board.",
    "Meta's Llama-3-70B-Instruct placed fourth on the same leaderboard, a few points behind, "
    "while several fine-tuned variants of older models dropped out of the top ten.",
    "The maintainers said the second edition of the leaderboard uses harder tests such as "
    "MMLU-Pro and GPQA, so scores are lower than before but separate strong models more clearly.",
]
CLAIM_SENTENCES = [
    "Alibaba's Qwen2-72B-Instruct ranked first on Hugging Face's Open LLM Leaderboard "
    "with an average score of 42.49, according to the maintainers of the board.",
    "Meta's Llama-3-70B-Instruct placed fourth on the same leaderboard, a few points behind, "
    "while several fine-tuned variants of older models dropped out of the top ten.",
]
BOILERPLATE = [
    "Subscribe to our newsletter", "Artificial Intelligence", "Buy GPU cloud credits",
    "Ten gadgets you need this summer", "All rights reserved", "Privacy policy",
    "GPT-5 Turbo ranked first",
]
CANONICAL = "https://news.example.com/2024/06/qwen2-open-leaderboard"


def article_page(
    *, head: str = f'<meta charset="utf-8"><link rel="canonical" href="{CANONICAL}">'
    '<meta property="article:published_time" content="2024-06-27T09:30:00Z">',
    byline: str = "",
) -> str:
    """A news page: menu, ads, sidebar and footer around one <article>."""
    paras = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head>{head}
<title>{TITLE} | Example AI News</title>
<meta property="og:title" content="{TITLE}">
</head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/ai">Artificial Intelligence</a></li>
<li><a href="/subscribe">Subscribe to our newsletter</a></li></ul></nav></header>
<div class="ad banner-ad" id="top-ad">Sponsored: Buy GPU cloud credits today</div>
<div class="advert">ADVERTISEMENT: GPT-5 Turbo ranked first in our sponsor's test with 99.9 percent</div>
<main><article><h1>{TITLE}</h1>{byline}
{paras}
</article></main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Ten gadgets you need this summer</a></li></ul></aside>
<footer class="site-footer"><p>Copyright 2024 Example Media. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def read_one(data: bytes, name: str = "page.html"):
    records = list(read_html(io.BytesIO(data), name))
    assert len(records) == 1
    return records[0]


def test_main_text_kept_boilerplate_dropped():
    art = read_one(article_page().encode("utf-8"))
    assert isinstance(art, Article)
    for sentence in CLAIM_SENTENCES + PARAGRAPHS:
        assert sentence in art.text
    for junk in BOILERPLATE:
        assert junk not in art.text


def test_metadata_title_url_date_and_id():
    art = read_one(article_page().encode("utf-8"), "pages/qwen.html")
    assert art.title == TITLE
    assert art.url == CANONICAL
    assert art.id == CANONICAL
    assert art.published == date(2024, 6, 27)
    assert art.source == "pages/qwen.html"


def test_without_canonical_url_the_file_stem_is_the_id():
    art = read_one(article_page(head='<meta charset="utf-8">').encode("utf-8"), "pages/qwen-story.html")
    assert art.id == "qwen-story"
    assert art.url is None
    assert art.published is None


def test_date_from_time_element():
    byline = '<p class="byline">By A. Writer, <time datetime="2024-06-27">27 June 2024</time></p>'
    art = read_one(article_page(head='<meta charset="utf-8">', byline=byline).encode("utf-8"))
    assert art.published == date(2024, 6, 27)


def test_date_from_fetch_url_when_the_canonical_url_has_none():
    """trafilatura searches the canonical URL; htmldate then tries the URL the page came from."""
    page = article_page(head=f'<meta charset="utf-8"><link rel="canonical" href="{CANONICAL}">')
    art = html_to_article(page.encode(), "x.warc", url="https://news.example.com/2024/06/27/qwen2")
    assert art.url == CANONICAL
    assert art.published == date(2024, 6, 27)


def test_dates_in_the_prose_or_footer_are_not_the_publication_date():
    """trafilatura's default full-text date search would answer 2024-05-03 here."""
    page = article_page(head='<meta charset="utf-8">').replace(
        "The refreshed ranking", "The ranking, refreshed on 3 May 2024 and first released in March 2023,")
    assert read_one(page.encode()).published is None


def test_tables_are_kept():
    table = ("<table><tr><th>Rank</th><th>Model</th><th>Average</th></tr>"
             "<tr><td>1</td><td>Qwen2-72B-Instruct</td><td>42.49</td></tr></table>")
    page = article_page().replace("</article>", table + "</article>")
    text = read_one(page.encode()).text
    assert "| Rank | Model | Average |" in text
    assert "| 1 | Qwen2-72B-Instruct | 42.49 |" in text


def test_declared_windows_1252_decodes():
    head = f'<meta charset="windows-1252"><link rel="canonical" href="{CANONICAL}">'
    page = article_page(head=head).replace("according to", "said a \u201cboard\u201d maintainer at a caf\u00e9,")
    art = read_one(page.encode("cp1252"))
    assert "said a \u201cboard\u201d maintainer at a caf\u00e9," in art.text


def test_declared_latin1_reads_as_windows_1252():
    page = article_page(head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    page = page.replace("a few points behind", "\u2014 a few points behind \u2014 in the caf\u00e9 ranking")
    art = read_one(page.encode("cp1252"))
    assert "\u2014 a few points behind \u2014 in the caf\u00e9 ranking" in art.text


def test_undeclared_utf8_decodes():
    page = article_page(head="").replace("a few points behind", "a few points behind the caf\u00e9\u2019s pick")
    art = read_one(page.encode("utf-8"))
    assert "a few points behind the caf\u00e9\u2019s pick" in art.text


def test_utf8_page_with_stale_latin1_declaration_reads_as_utf8():
    text, codec = decode_html('<meta charset="iso-8859-1"><p>caf\u00e9 \u201cGPT-4o\u201d</p>'.encode("utf-8"))
    assert codec == "utf-8"
    assert "caf\u00e9 \u201cGPT-4o\u201d" in text


def test_bom_and_http_charset_take_precedence():
    assert decode_html(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>")[0] == "<p>caf\u00e9</p>"
    assert decode_html('<p>caf\u00e9</p>'.encode("utf-16"))[0] == "<p>caf\u00e9</p>"
    assert decode_html('<p>caf\u00e9</p>'.encode("cp1252"), "windows-1252") == ("<p>caf\u00e9</p>", "cp1252")


def test_undeclared_legacy_bytes_are_detected():
    page = article_page(head="").replace("a few points behind", "a few points behind at the caf\u00e9")
    art = read_one(page.encode("cp1252"))
    assert "a few points behind at the caf\u00e9" in art.text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty HTML document"),
    (b"   \n", "empty HTML document"),
    (b"<html><head><title>Menu</title></head><body><script>var x = 1;</script></body></html>",
     "no main text found"),
])
def test_pages_without_main_text_are_rejected(data, reason):
    rej = read_one(data, "bad.html")
    assert isinstance(rej, Reject)
    assert rej.input == "bad.html"
    assert rej.reason == reason


def test_binary_junk_is_a_reject_not_a_traceback():
    rej = read_one(bytes(range(256)) * 4, "junk.html")
    assert isinstance(rej, Reject)


def test_dispatcher_reads_html_by_extension_forced_format_and_content(tmp_path):
    data = article_page().encode("utf-8")
    (tmp_path / "a.html").write_bytes(data)
    (tmp_path / "b.htm").write_bytes(data)
    (tmp_path / "c.dat").write_bytes(data)
    (tmp_path / "noext").write_bytes(data)
    by_ext = list(read_inputs([str(tmp_path / "a.html"), str(tmp_path / "b.htm")]))
    forced = list(read_inputs([str(tmp_path / "c.dat")], fmt="html"))
    sniffed = list(read_inputs([str(tmp_path / "noext")]))
    for records in (by_ext, forced, sniffed):
        assert records and all(isinstance(r, Article) and r.id == CANONICAL for r in records)
        assert all(CLAIM_SENTENCES[0] in r.text for r in records)


@pytest.mark.parametrize("head", [
    b"<!DOCTYPE html>\n<html>", b"\n  <html lang='en'>", b"<!doctype HTML><head>",
    b"\xef\xbb\xbf<!DOCTYPE html>\n<html>",
])
def test_sniffing_finds_html(head):
    assert sniff_format(head + b"<head><title>x</title></head>") == "html"
