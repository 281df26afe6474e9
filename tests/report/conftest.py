"""Report fixtures: claims and verdicts made by the real pipeline, a hostile article, a real headless Chromium."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from extractor.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus" / "articles"
SCREENSHOTS = ROOT / "out" / "report"  # for a person to look at; out/ is not committed
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]

HOSTILE = [
    {"id": "<script>alert('id')</script>", "url": "javascript:alert(document.domain)",
     "title": "<script>alert('title')</script><!-- hidden --> Llama <b>wins</b>", "published": "2024-07-15",
     "text": "<script>alert('text')</script> Leaderboard news <!-- a comment that must show -->\n\n"
             "Meta's Meta-Llama-3-70B-Instruct ranked second on the Open LLM Leaderboard "
             "<img src=x onerror=alert('img')> with an average score of 36.18.\n\n"
             "See <a href=\"javascript:alert('link')\">the board</a>. Alibaba's Qwen2-72B-Instruct ranked first "
             "on the Open LLM Leaderboard.</textarea></style>\n"},
    {"id": "quote-url", "url": "https://example.org/a?x=\"><script>alert('url')</script>",
     "title": "Quoted \" ' & <i>url</i>", "published": "2024-07-15",
     "text": "OpenAI's GPT-4o ranked first on the LMSYS Chatbot Arena with an Elo score of 1287 "
             "<svg onload=alert('svg')>.\n"},
]


# Claims the boards contradict (written for the tests: the sample corpus has none since undated claims
# are unverifiable), each at the date of a bundled snapshot.
DISPUTED = [
    {"id": "disputed-arena", "title": "Claude slips on the Arena", "published": "2024-07-08",
     "url": "https://example.org/news/claude-arena",
     "text": "Anthropic's Claude 3.5 Sonnet sits in fifth place on the LMSYS Chatbot Arena with 1272 points."},
    {"id": "disputed-open-llm", "title": "Llama 3 on the Open LLM Leaderboard", "published": "2024-07-15",
     "text": "Meta's Meta-Llama-3-70B-Instruct ranked fifth on the Open LLM Leaderboard with an average score "
             "of 39.5."},
]


@dataclass(frozen=True)
class Run:
    """Claims and verdicts of one extract and check run, and the inputs they came from."""

    inputs: list[Path]
    claims: Path
    verdicts: Path

    def claim_records(self) -> list[dict]:
        return [json.loads(line) for line in self.claims.read_text(encoding="utf-8").splitlines() if line]

    def verdict_records(self) -> list[dict]:
        return [json.loads(line) for line in self.verdicts.read_text(encoding="utf-8").splitlines() if line]


def extract_and_check(inputs: list[Path], folder: Path) -> Run:
    claims, verdicts = folder / "claims.jsonl", folder / "verdicts.jsonl"
    assert main(["extract", *map(str, inputs), "-o", str(claims), "-q", "-w", "1"]) == 0
    assert main(["check", str(claims), "-o", str(verdicts)]) == 0
    return Run(inputs, claims, verdicts)


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def sample(tmp_path_factory) -> Run:
    """The bundled sample corpus, extracted and checked by the real pipeline."""
    return extract_and_check([SAMPLE], tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="session")
def disputed(tmp_path_factory) -> Run:
    """The sample corpus and two articles with claims the boards contradict."""
    folder = tmp_path_factory.mktemp("disputed")
    return extract_and_check([SAMPLE, _jsonl(folder / "disputed.jsonl", DISPUTED)], folder)


@pytest.fixture(scope="session")
def hostile(tmp_path_factory) -> Run:
    """Articles whose title, URL, id and text hold markup and script."""
    folder = tmp_path_factory.mktemp("hostile")
    return extract_and_check([_jsonl(folder / "hostile.jsonl", HOSTILE)], folder)


def _chromium() -> str | None:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "/usr/bin/chromium"):
        if name and (found := shutil.which(name)):
            return found
    return None


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: .ci/run installs Debian's chromium, so CI must run the browser tests")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium (the system's, driven by Playwright); skips where there is none."""
    executable = _chromium()
    if executable is None:
        _unavailable("no chromium found (apt-get install chromium, or set CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900}, service_workers="block")
        yield context
        context.close()


@dataclass
class Visit:
    """A page as loaded, with everything it did: console messages, requests, dialogs, errors."""

    page: object
    console: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    dialogs: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def console_errors(self) -> list[str]:
        return [f"{m.type}: {m.text}" for m in self.console if m.type in ("error", "warning")]


@pytest.fixture
def visit(browser):
    """Open a report file in a fresh tab, recording what it does; the tab is closed afterwards."""
    pages = []

    def open_file(path: Path) -> Visit:
        page = browser.new_page()
        pages.append(page)
        seen = Visit(page)
        page.on("console", lambda m: seen.console.append(m))
        page.on("request", lambda r: seen.requests.append(r.url))
        page.on("pageerror", lambda e: seen.errors.append(e))
        page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))
        page.goto(path.resolve().as_uri())
        page.wait_for_load_state("load")
        return seen

    yield open_file
    for page in pages:
        page.close()
