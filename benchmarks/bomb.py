"""Decompression bombs: peak memory of `extractor extract` on small files that inflate to 1 GiB.

Generates, in a temporary folder (nothing large is kept), files of a few MB that
inflate to --size bytes (1 GiB by default), each followed by one ordinary page or
line, and runs `extractor extract FILE -o OUT` on each in a fresh process:

- warc-record: a .warc.gz whose gzip member holds a 1 GiB HTML response;
- warc-encoded: a .warc.gz whose response is sent with Content-Encoding: gzip;
- warc-header: a .warc.gz member of 1 GiB without a line break where a header should be;
- jsonl-line: a .jsonl.gz whose first line is 1 GiB of JSON;
- html-file: a .html.gz of 1 GiB.

Prints per file its size, the peak RSS of the run (the largest process), the time,
and what became of the bomb (the reject reason) and of the record after it.
Usage: python benchmarks/bomb.py [--size 1G] [--max-bytes 16M] [--only NAME]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.cli import _byte_count  # noqa: E402

CHUNK = 1 << 20
PAGE = (b"<!DOCTYPE html><html><head><title>After the bomb</title></head><body><article>"
        b"<p>GPT-4o ranked first on the Chatbot Arena leaderboard this week, its maintainers said.</p>"
        b"</article></body></html>")
LINE = json.dumps({"id": "after", "text": "GPT-4o ranked first on the Chatbot Arena leaderboard."}).encode() + b"\n"


class Gzip:
    """One gzip member written piece by piece, so no more than a chunk is ever held."""

    def __init__(self, out):
        self.out, self.z = out, zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)

    def write(self, data: bytes) -> None:
        self.out.write(self.z.compress(data))

    def repeat(self, byte: bytes, count: int) -> None:
        block = byte * CHUNK
        for _ in range(count // CHUNK):
            self.write(block)
        self.write(byte * (count % CHUNK))

    def close(self) -> None:
        self.out.write(self.z.flush())


def _html_bomb(size: int) -> tuple[bytes, bytes, int]:
    head, tail = b"<html><body><p>", b"</p></body></html>"
    return head, tail, size - len(head) - len(tail)


def _warc_headers(uri: str, length: int, kind: str = "response") -> bytes:
    return (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-07-15T10:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n").encode()


def _http(length: int, extra: str = "") -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{extra}Content-Length: {length}\r\n\r\n".encode()


def _record(out, uri: str, http: bytes, body: Callable[[Gzip], None], body_length: int) -> None:
    """One WARC record as its own gzip member; ``body`` writes ``body_length`` bytes into it."""
    member = Gzip(out)
    member.write(_warc_headers(uri, len(http) + body_length) + http)
    body(member)
    member.write(b"\r\n\r\n")
    member.close()


def _page_record(out) -> None:
    _record(out, "https://news.example.com/after", _http(len(PAGE)), lambda m: m.write(PAGE), len(PAGE))


def warc_record(path: Path, size: int) -> None:
    head, tail, fill = _html_bomb(size)

    def body(member: Gzip) -> None:
        member.write(head)
        member.repeat(b"a", fill)
        member.write(tail)

    with path.open("wb") as out:
        _record(out, "https://news.example.com/bomb", _http(size), body, size)
        _page_record(out)


def warc_encoded(path: Path, size: int) -> None:
    head, tail, fill = _html_bomb(size)
    with tempfile.TemporaryFile() as packed:
        inner = Gzip(packed)
        inner.write(head)
        inner.repeat(b"a", fill)
        inner.write(tail)
        inner.close()
        length = packed.tell()
        packed.seek(0)

        def body(member: Gzip) -> None:
            while block := packed.read(CHUNK):
                member.write(block)

        with path.open("wb") as out:
            _record(out, "https://news.example.com/bomb", _http(length, "Content-Encoding: gzip\r\n"), body, length)
            _page_record(out)


def warc_header(path: Path, size: int) -> None:
    with path.open("wb") as out:
        member = Gzip(out)
        member.write(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.com/")
        member.repeat(b"a", size)
        member.close()
        _page_record(out)


def jsonl_line(path: Path, size: int) -> None:
    with path.open("wb") as out:
        member = Gzip(out)
        member.write(b'{"id": "bomb", "text": "')
        member.repeat(b"a", size)
        member.write(b'"}\n' + LINE)
        member.close()


def html_file(path: Path, size: int) -> None:
    head, tail, fill = _html_bomb(size)
    with path.open("wb") as out:
        member = Gzip(out)
        member.write(head)
        member.repeat(b"a", fill)
        member.write(tail)
        member.close()


BOMBS = {"warc-record": ("bomb.warc.gz", warc_record), "warc-encoded": ("bomb.warc.gz", warc_encoded),
         "warc-header": ("bomb.warc.gz", warc_header), "jsonl-line": ("bomb.jsonl.gz", jsonl_line),
         "html-file": ("bomb.html.gz", html_file)}
_MEASURE = ("import resource, sys; from extractor.cli import main; code = main(sys.argv[1:]); "
            "peak = max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)); "
            "print(f'PEAK {peak}', file=sys.stderr); sys.exit(code)")


def run(path: Path, out: Path, max_bytes: str) -> tuple[int, float, int, str]:
    """Exit code, seconds, peak RSS in MiB of the largest process, and stderr."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _MEASURE, "extract", str(path), "-o", str(out), "-q",
                           "--max-bytes", max_bytes], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak = next(int(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("PEAK "))
    return proc.returncode, seconds, peak // 1024, proc.stderr


def results(out: Path) -> Iterator[str]:
    rejects = out.with_name(out.name.replace(".jsonl", ".rejects.jsonl"))
    if rejects.exists():
        for line in rejects.read_text().splitlines():
            yield "reject: " + json.loads(line)["reason"][:90]
    ids = {json.loads(line)["article"]["id"] for line in out.read_text().splitlines()}
    yield f"claims from: {', '.join(sorted(ids)) or 'none'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1G", help="bytes a bomb inflates to (default 1G)")
    parser.add_argument("--max-bytes", default="16M", help="the --max-bytes of the runs (default 16M, the default)")
    parser.add_argument("--only", choices=sorted(BOMBS), action="append")
    args = parser.parse_args()
    size = _byte_count(args.size)
    print(f"bombs inflating to {size / 2**20:,.0f} MiB; extract --max-bytes {args.max_bytes}")
    for name in args.only or BOMBS:
        file_name, make = BOMBS[name]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / file_name
            make(path, size)
            out = Path(tmp) / "claims.jsonl"
            code, seconds, peak, err = run(path, out, args.max_bytes)
            print(f"{name:13} {path.stat().st_size / 2**20:6.1f} MiB file  exit {code}  peak RSS {peak:5,} MiB  "
                  f"{seconds:5.1f} s")
            for line in results(out) if code == 0 else err.splitlines()[-3:]:
                print(f"{'':15}{line}")


if __name__ == "__main__":
    main()
