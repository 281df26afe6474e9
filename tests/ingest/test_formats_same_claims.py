"""One written article as .txt, as an HTML page with boilerplate, and inside a .warc.gz gives the same claims."""

from __future__ import annotations

import pytest

from extractor.ingest import read_inputs
from extractor.records import Article

from .test_html import CLAIM_SENTENCES, PARAGRAPHS, TITLE, article_page
from .test_warc import Archive


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> dict[str, Article]:
    """The same story read from each format through the dispatcher."""
    folder = tmp_path_factory.mktemp("formats")
    (folder / "story.txt").write_text(TITLE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    (folder / "story.html").write_text(article_page(), encoding="utf-8")
    Archive().warcinfo().response("https://news.example.com/story", article_page().encode()).save(folder / "story.warc.gz")
    records = {r.source.split("@")[0].rsplit(".", 1)[-1]: r for r in read_inputs([str(folder)])}
    assert all(isinstance(r, Article) for r in records.values())
    return {"txt": records["txt"], "html": records["html"], "warc": records["gz"]}


def test_claim_sentences_are_verbatim_in_every_format(articles):
    for article in articles.values():
        for sentence in CLAIM_SENTENCES:
            assert sentence in article.text


def _claim_key(claim) -> tuple:
    """A claim without its article-dependent parts (id, offsets, layout whitespace)."""
    return (
        claim.kind, claim.subject.text, claim.subject.type, claim.benchmark.id, claim.rank, claim.top_n,
        claim.score.value if claim.score else None, claim.relation, tuple(o.text for o in claim.objects),
        claim.count, " ".join(claim.evidence.text.split()),
    )


def test_same_claims_from_txt_html_and_warc(articles):
    pipeline = pytest.importorskip("extractor.pipeline")
    claims = {fmt: pipeline.extract_claims(article) for fmt, article in articles.items()}
    keys = {fmt: sorted(map(_claim_key, found)) for fmt, found in claims.items()}
    assert keys["txt"], "the story states claims"
    assert keys["html"] == keys["txt"]
    assert keys["warc"] == keys["txt"]
    for fmt in ("html", "warc"):
        text = articles[fmt].text
        for claim in claims[fmt]:
            assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.text
