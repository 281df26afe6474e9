"""Ingest throughput per format: articles per second for text, HTML and WARC readers.

Generates N news pages from one template (menu, ads, footer around an article),
writes them as .txt files, .html files and one .warc.gz, then times each reader.
Usage: python benchmarks/ingest_formats.py [-n 300]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractor.ingest.html import read_html  # noqa: E402
from extractor.ingest.text import read_text  # noqa: E402
from extractor.ingest.warc import read_warc  # noqa: E402

PARAGRAPHS = [
    "The weekly refresh of the public rankings moved several open models. Model-{n}-70B ranked "
    "No. {rank} on the Open LLM Leaderboard with an average score of {score:.2f}, its maintainers said.",
    "Its smaller sibling, Model-{n}-8B, outperformed last year's 13B models on MMLU while using "
    "far less memory, which matters to teams that serve it on a single GPU.",
    "Evaluations were run on the same harness for every entry, and the board lists {count} models "
    "in total after the latest round of submissions.",
] * 3
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Model-{n} climbs the leaderboard | Bench News</title>
<link rel="canonical" href="https://bench.example.com/2024/06/model-{n}">
<meta property="article:published_time" content="2024-06-{day:02d}T08:00:00Z"></head><body>
<header><nav><a href="/">Home</a> <a href="/ai">AI</a> <a href="/subscribe">Subscribe</a></nav></header>
<div class="ad">Sponsored: cloud GPUs at half price</div>
<main><article><h1>Model-{n} climbs the leaderboard</h1>{body}</article></main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Ten laptops for students</a></li></ul></aside>
<footer>Copyright 2024 Bench News. All rights reserved.</footer></body></html>"""


def story(n: int) -> tuple[str, str]:
    """The n-th story as plain text and as an HTML page."""
    values = {"n": n, "rank": n % 20 + 1, "score": 30 + n % 17 * 0.73, "count": 1000 + n}
    paras = [p.format(**values) for p in PARAGRAPHS]
    title = f"Model-{n} climbs the leaderboard"
    html = PAGE.format(n=n, day=n % 28 + 1, body="".join(f"<p>{p}</p>" for p in paras))
    return title + "\n\n" + "\n\n".join(paras) + "\n", html


def write_corpus(folder: Path, count: int) -> Path:
    """N .txt files, N .html files and a .warc.gz of the N pages; returns the archive."""
    archive = folder / "pages.warc.gz"
    with archive.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n in range(count):
            text, html = story(n)
            (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")
            (folder / f"{n:05d}.html").write_text(html, encoding="utf-8")
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://bench.example.com/2024/06/model-{n}", "response",
                payload=io.BytesIO(html.encode("utf-8")), http_headers=http))
    return archive


def timed(label: str, files: list[Path], reader) -> None:
    """Run a reader over files and print articles per second."""
    start = time.perf_counter()
    articles = 0
    for path in files:
        with path.open("rb") as stream:
            articles += sum(1 for r in reader(stream, str(path)) if r.__class__.__name__ == "Article")
    elapsed = time.perf_counter() - start
    print(f"{label:<6} {articles:>6} articles  {elapsed:7.2f} s  {articles / elapsed:9.1f} articles/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="pages per format (default 300)")
    count = parser.parse_args().n
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        archive = write_corpus(folder, count)
        next(read_html(io.BytesIO(story(0)[1].encode()), "warm-up"))  # imports and caches, untimed
        timed("text", sorted(folder.glob("*.txt")), read_text)
        timed("html", sorted(folder.glob("*.html")), read_html)
        timed("warc", [archive], read_warc)


if __name__ == "__main__":
    main()
