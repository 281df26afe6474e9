"""The report at scale: page sizes, render time and memory for a dump of about 100,000 claims.

Makes the claims with the real pipeline: generated news (newsgen.py, a claim or
two in every story) interleaved with copies of the bundled sample articles
and two stories the boards contradict (so claims check as supported,
contradicted and unverifiable), then checks them. Times `extractor report` writing the HTML index and pages, `--csv` and
`--sqlite`, and the same claims forced onto one page, each in a fresh process
(wall time including start-up, and peak RSS). Where chromium is installed, also
how long the biggest page takes to load (best of three) and to apply a filter
in headless Chromium. The claims are kept in --work and reused by later runs.
Usage: python benchmarks/report_scale.py [--claims 100000] [--work DIR] [--skip-single]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsgen import articles  # noqa: E402

SAMPLE = ROOT / "corpus" / "articles" / "sample.jsonl"
LOAD_LIMIT = 60  # seconds a page may take to load in Chromium
LOADS = 3  # page loads timed; the best counts
RUN = ("import resource, sys, time; from extractor.cli import main; t = time.perf_counter(); code = main(sys.argv[1:]); "
       "print(f'BENCH {time.perf_counter() - t:.2f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}', "
       "file=sys.stderr); sys.exit(code)")


# two stories whose claims the boards contradict, so the overview has contradicted claims to list
DISPUTED = [
    {"id": "disputed-arena", "title": "Claude slips on the Arena", "published": "2024-07-08",
     "text": "Anthropic's Claude 3.5 Sonnet sits in fifth place on the LMSYS Chatbot Arena with 1272 points."},
    {"id": "disputed-open-llm", "title": "Llama 3 on the Open LLM Leaderboard", "published": "2024-07-15",
     "text": "Meta's Meta-Llama-3-70B-Instruct ranked fifth on the Open LLM Leaderboard with an average score "
             "of 39.5."},
]


def sample_articles() -> list[dict]:
    """The bundled sample articles and the two disputed stories."""
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line]
    text = (ROOT / "corpus" / "articles" / "yi-ranking.txt").read_text(encoding="utf-8")
    return rows + [{"id": "yi-ranking", "title": text.split("\n", 1)[0], "text": text}] + DISPUTED


def write_dump(path: Path, generated: int) -> None:
    """``generated`` news stories with claims, a copy of the sample articles after every tenth of them."""
    samples = sample_articles()
    copies = count()
    with path.open("w", encoding="utf-8") as out:
        for n, story in enumerate(articles(generated, seed=11, claim_share=1.0)):
            out.write(json.dumps(story) + "\n")
            if n % 10 == 9:
                k = next(copies)
                for row in samples:
                    copy = {**row, "id": f"{row['id']}-{k}", "title": f"{row.get('title') or row['id']} ({k})"}
                    if row.get("url"):
                        copy["url"] = f"{row['url']}?copy={k}"
                    out.write(json.dumps(copy) + "\n")


def run(args: list[str]) -> tuple[float, float, float]:
    """Run an extractor command in a fresh process: wall seconds, seconds inside main(), peak RSS in MB."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", RUN, *args], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"failed: extractor {' '.join(args)}\n{done.stderr}")
    inner, rss = next(line.split()[1:] for line in done.stderr.splitlines() if line.startswith("BENCH "))
    return wall, float(inner), int(rss) / 1024


def make_claims(work: Path, target: int) -> tuple[Path, Path]:
    """Claims and verdicts of at least ``target`` claims, made once and reused."""
    claims, verdicts = work / "claims.jsonl", work / "verdicts.jsonl"
    if claims.exists() and verdicts.exists() and sum(1 for _ in claims.open()) >= target:
        return claims, verdicts
    generated = max(100, int(target / 4.0))  # some 2.2 claims a story, 18 in each copy of the samples
    dump = work / "dump.jsonl"
    write_dump(dump, generated)
    wall, _, _ = run(["extract", str(dump), "-o", str(claims), "-q", "-w", "2"])
    print(f"extracted {sum(1 for _ in claims.open()):,} claims in {wall:.0f} s", file=sys.stderr)
    run(["check", str(claims), "-o", str(verdicts)])
    return claims, verdicts


def sizes(paths: list[Path]) -> tuple[float, float, float]:
    """Largest, median and total size in MB."""
    mb = sorted(p.stat().st_size / 1e6 for p in paths)
    return mb[-1], mb[len(mb) // 2], sum(mb)


def chromium_times(page: Path) -> str:
    """Load and filter times of one page in headless Chromium, or why there are none."""
    executable = shutil.which("chromium")
    try:
        from playwright.sync_api import TimeoutError, sync_playwright
    except ImportError:
        return "no playwright"
    if executable is None:
        return "no chromium"
    flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync"]
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        context = pw.chromium.launch_persistent_context(profile, executable_path=executable, headless=True,
                                                        args=flags)
        loads = []
        for _ in range(LOADS):
            tab = context.new_page()
            started = time.perf_counter()
            try:
                tab.goto(page.as_uri(), timeout=LOAD_LIMIT * 1000)
            except TimeoutError:
                context.close()
                return f"not loaded within {LOAD_LIMIT} s"
            loads.append(time.perf_counter() - started)
        loaded = min(loads)
        filtered = tab.evaluate("""() => {
            const s = document.querySelector('select[data-facet="verdict"]');
            if (!s) { return null; }
            s.value = s.options[s.options.length - 1].value;
            const t = performance.now();
            s.dispatchEvent(new Event('change'));
            document.body.offsetHeight;  // layout included
            return performance.now() - t; }""")
        context.close()
    if filtered is None:
        return f"load {loaded:.2f} s"
    return f"load {loaded:.2f} s, filter by verdict {filtered / 1000:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000, help="claims to report on (default 100000)")
    parser.add_argument("--work", type=Path, help="folder for the claims and reports (default: a new temporary one)")
    parser.add_argument("--skip-single", action="store_true", help="skip forcing every claim onto one page")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="report-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    claims, verdicts = make_claims(work, args.claims)
    n = sum(1 for _ in claims.open())
    print(f"{n:,} claims ({claims.stat().st_size / 1e6:.0f} MB of claims JSONL, "
          f"{verdicts.stat().st_size / 1e6:.0f} MB of verdicts) in {work}\n")
    print("| output | files | largest file | median file | all files | wall time | peak RSS |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")

    html = work / "report.html"
    wall, inner, rss = run(["report", str(claims), str(verdicts), "-o", str(html), "-q"])
    pages = sorted((work / "report_files").glob("page-*.html"))
    big, median, total = sizes(pages)
    print(f"| HTML: index + pages of 1,000 claims | 1 + {len(pages)} | {big:.2f} MB (index "
          f"{html.stat().st_size / 1e6:.2f} MB) | {median:.2f} MB | {total + html.stat().st_size / 1e6:.0f} MB "
          f"| {wall:.1f} s ({inner:.1f} s in main) | {rss:.0f} MB |")
    for option, name in (("--csv", "claims.csv"), ("--sqlite", "claims.db")):
        wall, inner, rss = run(["report", str(claims), str(verdicts), option, str(work / name), "-q"])
        size = (work / name).stat().st_size / 1e6
        print(f"| `{option}` | 1 | {size:.0f} MB | | | {wall:.1f} s ({inner:.1f} s in main) | {rss:.0f} MB |")
    single = work / "single.html"
    if not args.skip_single:
        wall, inner, rss = run(["report", str(claims), str(verdicts), "-o", str(single), "-q",
                                "--page-claims", str(n)])
        print(f"| one page of all claims (`--page-claims {n}`) | 1 | {single.stat().st_size / 1e6:.0f} MB | | | "
              f"{wall:.1f} s ({inner:.1f} s in main) | {rss:.0f} MB |")
    biggest = max(pages, key=lambda p: p.stat().st_size)
    print(f"\nChromium, the largest page ({biggest.name}): {chromium_times(biggest)}; "
          f"the index: {chromium_times(html)}")
    if not args.skip_single:
        print(f"Chromium, one page of all claims: {chromium_times(single)}")


if __name__ == "__main__":
    main()
