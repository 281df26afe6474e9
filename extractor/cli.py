"""The command line: extract, check, evaluate, schema.

Every user error ends as one line on stderr and a non-zero exit; a bad record
never stops a batch (it becomes a reject).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from pathlib import Path
from typing import IO, Iterator, Optional, Sequence

from . import __version__
from .errors import ExtractorError, InputError, UsageError

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() prints one line."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="extractor", description="Turn tech news about AI models into checkable claims.")
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    ex = sub.add_parser("extract", help="extract claims from article dumps (JSONL, text, HTML, WARC)")
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders; '-' reads stdin")
    ex.add_argument("-o", "--output", default="-", help="claims JSONL (default: stdout)")
    ex.add_argument("--rejects", help="rejects JSONL (default: OUTPUT.rejects.jsonl, or extractor.rejects.jsonl)")
    ex.add_argument("--input-format", choices=["jsonl", "text", "html", "warc"],
                    help="force a reader (default: by extension, then by content)")
    for key in ("id", "text", "url", "title", "published"):
        ex.add_argument(f"--{key}-key", default=key, metavar="KEY", help=f"JSONL key holding the {key} (default: {key})")
    ex.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")

    ck = sub.add_parser("check", help="check claims against leaderboard snapshots")
    ck.add_argument("claims", metavar="CLAIMS", help="claims JSONL from 'extract'; '-' reads stdin")
    ck.add_argument("--leaderboards", metavar="DIR", help="snapshot folder (default: the bundled corpus/leaderboards)")
    ck.add_argument("-o", "--output", default="-", help="verdicts (default: stdout)")
    ck.add_argument("--format", choices=["jsonl", "claimreview"], default="jsonl")

    ev = sub.add_parser("evaluate", help="score extraction against a gold file")
    ev.add_argument("gold", metavar="GOLD", help="gold JSONL (format of shared eval/GUIDELINE.md)")
    ev.add_argument("--errors", action="store_true", help="list missed and spurious claims")
    ev.add_argument("--json", action="store_true", help="print the figures as one JSON object")

    sc = sub.add_parser("schema", help="write the JSON Schemas of the records")
    sc.add_argument("-o", "--out-dir", default="schemas", help="folder (default: schemas)")
    return parser


@contextlib.contextmanager
def _open_out(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
        return
    try:
        fh = open(path, "w", encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot write: {e.strerror}") from None
    with fh:
        yield fh


class _LazyFile:
    """A file opened only when the first line is written (no empty reject files)."""

    def __init__(self, path: Path):
        self.path, self._fh = path, None

    def write(self, text: str) -> None:
        if self._fh is None:
            self._fh = open(self.path, "w", encoding="utf-8")
        self._fh.write(text)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


def cmd_extract(args: argparse.Namespace) -> int:
    from .ingest import JsonlKeys, check_inputs, read_inputs
    from .nlp import build_pipeline
    from .output import ResultWriter, side_path
    from .pipeline import extract_records

    check_inputs(args.inputs)
    build_pipeline()  # fail fast, before any output, if the model is missing
    keys = JsonlKeys(id=args.id_key, text=args.text_key, url=args.url_key,
                     title=args.title_key, published=args.published_key)
    rejects_path = Path(args.rejects) if args.rejects else side_path(args.output, ".rejects.jsonl")
    rejects = _LazyFile(rejects_path)
    try:
        with _open_out(args.output) as out:
            writer = ResultWriter(out, rejects)
            stats = writer.summary.skipped
            for result in extract_records(read_inputs(args.inputs, args.input_format, keys, stats)):
                writer.write(result)
    finally:
        rejects.close()
    if not args.quiet:
        where = f" (see {rejects_path})" if writer.summary.rejected else ""
        print(f"extractor: {writer.summary_line()}{where}", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    try:
        from .check import check_claims, to_claimreview
    except ImportError:
        raise UsageError("extractor check: the leaderboard checker is not installed in this version") from None
    from .records import Claim
    from pydantic import ValidationError

    def claims() -> Iterator[Claim]:
        stream = sys.stdin if args.claims == "-" else _open_in(args.claims)
        for n, line in enumerate(stream, 1):
            if line.strip():
                try:
                    yield Claim.model_validate_json(line)
                except ValidationError as e:
                    first = e.errors()[0]
                    where = ".".join(str(p) for p in first["loc"]) or "record"
                    raise InputError(f"{args.claims}:{n}: not a claim record: {where}: {first['msg']}") from None

    with _open_out(args.output) as out:
        for claim, verdict in _with_claims(claims(), args.leaderboards, check_claims):
            if args.format == "claimreview":
                out.write(json.dumps(to_claimreview(claim, verdict), ensure_ascii=False) + "\n")
            else:
                out.write(verdict.model_dump_json() + "\n")
    return EXIT_OK


def _with_claims(claims, leaderboards, check_claims):
    """Pair each claim with its verdict while streaming both."""
    buffer = []

    def tee():
        for c in claims:
            buffer.append(c)
            yield c

    for verdict in check_claims(tee(), leaderboards):
        yield buffer.pop(0), verdict


def _open_in(path: str) -> IO[str]:
    try:
        return open(path, encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot open: {e.strerror}") from None


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_gold, format_report

    report = evaluate_gold(args.gold)
    if args.json:
        print(json.dumps(report.figures))
    else:
        print(format_report(report, errors=args.errors))
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from .schema import write_schemas

    for path in write_schemas(Path(args.out_dir)):
        print(path)
    return EXIT_OK


COMMANDS = {"extract": cmd_extract, "check": cmd_check, "evaluate": cmd_evaluate, "schema": cmd_schema}


def main(argv: Optional[Sequence[str]] = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="extractor: %(message)s")
    # trafilatura and htmldate log their own view of pages that already end as rejects
    for noisy in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError("extractor: choose a command: extract, check, evaluate or schema (see --help)")
        return COMMANDS[args.command](args)
    except UsageError as e:
        print(str(e), file=sys.stderr)
        return EXIT_USAGE
    except ExtractorError as e:
        print(f"extractor: {e}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
