"""The command line: extract, check, snapshots, report, evaluate, schema.

Every user error ends as one line on stderr and a non-zero exit; a bad record
never stops a batch (it becomes a reject).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import io
import json
import logging
import os
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Iterator, Optional, Sequence

from . import __version__
from pydantic import ValidationError

from .errors import EngineError, ExtractorError, InputError, OutputError, SafeStream, UsageError, shown
from .records import Claim

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() prints one line."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def _byte_count(text: str) -> int:
    """'16M' -> 16777216: a byte count with an optional K, M or G (binary) suffix."""
    number, unit = text.strip(), 1
    if number[-1:].upper() in _BYTE_UNITS:
        number, unit = number[:-1], _BYTE_UNITS[number[-1].upper()]
    try:
        value = int(number) * unit
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a byte count: {text!r} (use for example 16M)") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {text}")
    return value


_BYTE_UNITS = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}


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
    ex.add_argument("-w", "--workers", type=int, metavar="N",
                    help="worker processes (default: all cores); with --engine dask, of the LocalCluster")
    ex.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="local: a pool of worker processes (default); dask: a Dask cluster (pip install "
                         "'extractor[dask]'); the output is the same")
    ex.add_argument("--scheduler", metavar="ADDRESS",
                    help="with --engine dask: the cluster's scheduler, e.g. tcp://host:8786 (default: a LocalCluster "
                         "of -w processes on this machine)")
    ex.add_argument("--partition-bytes", type=_byte_count, metavar="N",
                    help="with --engine dask: bytes of input a task reads (large JSONL files are split at line ends; "
                         "default: a 64th of the input, 1M to 32M; K, M, G suffixes)")
    ex.add_argument("--resume", action="store_true",
                    help="continue an interrupted run into the same OUTPUT (same inputs and options)")
    ex.add_argument("--max-chars", type=int, metavar="N",
                    help="cut longer articles at a sentence boundary (default: 50000; 0: no cap)")
    ex.add_argument("--article-timeout", type=float, metavar="S",
                    help="an article taking longer becomes a reject (default: 60; 0 or inf: no limit)")
    ex.add_argument("--max-bytes", type=_byte_count, metavar="N",
                    help="a record (a JSONL line, a file, an archived page once decompressed) larger than this "
                         "becomes a reject, read no further (default: 16M; K, M, G suffixes; 0: no cap)")
    ex.add_argument("--max-field-chars", type=int, metavar="N",
                    help="cut an article's id, title and URL to this length (default: 2000; 0: no cap)")
    ex.add_argument("--max-claims", type=int, metavar="N",
                    help="write at most this many claims per article, the first in the text (default: 1000; 0: no cap)")
    ex.add_argument("--max-evidence-chars", type=int, metavar="N",
                    help="narrow longer evidence to this many characters around the claim's value and subject "
                         "(default: 1000; 0: no cap)")
    ex.add_argument("--summary", metavar="PATH",
                    help="run summary JSON (default: OUTPUT.summary.json; none when writing to stdout)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line on stderr")
    ex.add_argument("--report", metavar="HTML", help="also check the claims and write an HTML report")
    _add_table_options(ex)
    ex.add_argument("--leaderboards", metavar="DIR", action="append",
                    help="snapshot folder the report's check uses, as for 'check' (repeatable)")
    ex.add_argument("--as-of", metavar="DATE", help="date the report's check uses for claims without one")
    _add_knowledge_option(ex)

    ck = sub.add_parser("check", help="check claims against leaderboard snapshots")
    ck.add_argument("claims", metavar="CLAIMS", help="claims JSONL from 'extract'; '-' reads stdin")
    ck.add_argument("--leaderboards", metavar="DIR", action="append",
                    help="snapshot folder, instead of the bundled and user ones (repeatable)")
    ck.add_argument("-o", "--output", default="-", help="verdicts (default: stdout)")
    ck.add_argument("--format", choices=["jsonl", "claimreview"], default="jsonl",
                    help="verdict records, or one schema.org ClaimReview JSON-LD document")
    ck.add_argument("--as-of", metavar="DATE",
                    help="date to check claims against when neither the claim nor its article has one")
    ck.add_argument("--review-url", metavar="TEMPLATE",
                    help="claimreview: URL of each review, with {article_id}, {claim_id}, {date}")
    ck.add_argument("--publisher-name", metavar="NAME", help="claimreview: the organisation publishing the reviews")
    ck.add_argument("--publisher-url", metavar="URL", help="claimreview: its web site")
    ck.add_argument("--review-date", metavar="DATE", help="claimreview: date the reviews are published (default: today)")
    _add_knowledge_option(ck)

    sn = sub.add_parser("snapshots", help="list leaderboard snapshots, or import a board's own export")
    sn_sub = sn.add_subparsers(dest="snapshots_command", parser_class=_Parser)
    ls = sn_sub.add_parser("list", help="per board: dates covered, files, entries, fidelity (bundled and user folders)")
    ls.add_argument("--leaderboards", metavar="DIR", action="append",
                    help="list this folder instead of the bundled and user ones (repeatable)")
    im = sn_sub.add_parser("import", help="turn a board's export (CSV, JSON or JSONL) into a snapshot in the user folder",
                           description="Shapes understood: a snapshot CSV (rank, model, vendor, score); Chatbot Arena "
                           "exports (Rank (UB), Model, Arena Score or Arena Elo, Organization); Open LLM Leaderboard "
                           "contents exports (fullname or eval_name, Average); SuperCLUE tables (排名, 模型, 机构, 总分).")
    im.add_argument("file", metavar="FILE", help="the board's export")
    im.add_argument("--board", required=True, metavar="ID", help="series id, e.g. chatbot-arena")
    im.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day the table was displayed")
    im.add_argument("--fidelity", choices=["displayed", "official", "recomputed", "secondary"],
                    help="what the table is (default: by its shape)")
    im.add_argument("--into", metavar="DIR", help="user snapshot folder (default: $EXTRACTOR_SNAPSHOTS or "
                    "~/.local/share/extractor/leaderboards)")
    im.add_argument("--force", action="store_true", help="replace a snapshot of that board and date")

    rp = sub.add_parser("report", help="an HTML report of claims and their verdicts (also CSV and SQLite)")
    rp.add_argument("claims", metavar="CLAIMS", help="claims JSONL from 'extract'; '-' reads stdin")
    rp.add_argument("verdicts", metavar="VERDICTS", nargs="?", help="verdicts JSONL from 'check' (joined by claim_id)")
    rp.add_argument("-o", "--output", metavar="HTML", help="the HTML report (pages of big reports go beside it)")
    _add_table_options(rp)
    rp.add_argument("--articles", metavar="INPUT", nargs="+", action="extend", default=[],
                    help="the inputs the claims came from, to show each article's full text")
    rp.add_argument("--page-claims", type=int, metavar="N", help="claims per HTML page (default: 1000)")
    rp.add_argument("--title", help="the report's title")
    rp.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")

    ev = sub.add_parser("evaluate", help="score extraction against a gold file")
    ev.add_argument("gold", metavar="GOLD", help="gold JSONL (format of shared eval/GUIDELINE.md)")
    ev.add_argument("--errors", action="store_true", help="list missed and spurious claims")
    ev.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    _add_knowledge_option(ev)

    sc = sub.add_parser("schema", help="write the JSON Schemas of the records")
    sc.add_argument("-o", "--out-dir", default="schemas", help="folder (default: schemas)")
    return parser


def _add_knowledge_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--knowledge", metavar="DIR",
                        help="folder of knowledge files laid over the bundled ones (vendors, families, benchmarks, "
                             "aliases, cue words; see the README)")


def _add_table_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--csv", metavar="FILE", help="claims joined with their verdicts, one row a claim")
    parser.add_argument("--sqlite", metavar="FILE", help="articles, claims and verdicts as SQLite tables (for Datasette)")


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


@dataclass(frozen=True)
class _ExtractPaths:
    """Where an extract run writes: claims (None: stdout), rejects, checkpoint, summary."""

    output: Optional[Path]
    rejects: Path
    progress: Optional[Path]
    summary: Optional[Path]

    def written(self) -> list[tuple[str, Path]]:
        """Each file the run writes, with the option that names it."""
        named = [("-o", self.output), ("--rejects", self.rejects), ("--summary", self.summary),
                 ("the progress file of -o", self.progress)]
        return [(option, path) for option, path in named if path is not None]


def _extract_paths(args: argparse.Namespace) -> _ExtractPaths:
    from .output import side_path

    to_file = args.output != "-"
    if args.resume and not to_file:
        raise UsageError("extractor extract: --resume needs -o OUTPUT (a run written to stdout cannot be resumed)")
    if args.resume and "-" in args.inputs:
        raise UsageError("extractor extract: --resume needs inputs that can be read again (not '-')")
    return _ExtractPaths(
        output=Path(args.output) if to_file else None,
        rejects=Path(args.rejects) if args.rejects else side_path(args.output, ".rejects.jsonl"),
        progress=side_path(args.output, ".progress") if to_file else None,
        summary=Path(args.summary) if args.summary else (side_path(args.output, ".summary.json") if to_file else None),
    )


def _batch_options(args: argparse.Namespace):
    from .batch import BatchOptions, default_workers
    from .limits import (DEFAULT_ARTICLE_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_CLAIMS,
                         DEFAULT_MAX_EVIDENCE_CHARS, DEFAULT_MAX_FIELD_CHARS, MIN_FIELD_CHARS, timeout_seconds)

    if args.workers is not None and args.workers < 1:
        raise UsageError(f"extractor extract: --workers must be at least 1, not {args.workers}")
    for name in ("max_chars", "max_field_chars", "max_claims", "max_evidence_chars"):
        value = getattr(args, name)
        if value is not None and value < 0:
            raise UsageError(f"extractor extract: --{name.replace('_', '-')} must be 0 or more, not {value}")
    if args.max_field_chars and args.max_field_chars < MIN_FIELD_CHARS:
        raise UsageError(f"extractor extract: --max-field-chars must be 0 (no cap) or at least {MIN_FIELD_CHARS}, "
                         f"not {args.max_field_chars}")
    timeout = DEFAULT_ARTICLE_TIMEOUT
    if args.article_timeout is not None:
        try:
            timeout = timeout_seconds(args.article_timeout)
        except ValueError as e:
            raise UsageError(f"extractor extract: --article-timeout {e}, not {args.article_timeout:g}") from None

    def cap(value: Optional[int], default: int) -> Optional[int]:
        return default if value is None else (value or None)

    return BatchOptions(
        workers=args.workers or default_workers(),
        max_chars=cap(args.max_chars, DEFAULT_MAX_CHARS),
        article_timeout=timeout,
        max_bytes=cap(args.max_bytes, DEFAULT_MAX_BYTES),
        max_field_chars=cap(args.max_field_chars, DEFAULT_MAX_FIELD_CHARS),
        max_claims=cap(args.max_claims, DEFAULT_MAX_CLAIMS),
        max_evidence_chars=cap(args.max_evidence_chars, DEFAULT_MAX_EVIDENCE_CHARS),
        knowledge_dir=args.knowledge,
    )


@dataclass(frozen=True)
class _EngineChoice:
    """The Dask engine's settings from the command line (None for the local engine)."""

    scheduler: Optional[str]
    workers: int
    partition_bytes: int


def _engine_choice(args: argparse.Namespace, workers: int) -> Optional[_EngineChoice]:
    """The Dask engine the command line asks for, checked; None for the local engine. Its partition
    size is settled later, from the inputs (see ``_sized``)."""
    dask_only = [name for name, value in (("--scheduler", args.scheduler), ("--partition-bytes", args.partition_bytes))
                 if value is not None]
    if args.engine != "dask":
        if dask_only:
            raise UsageError(f"extractor extract: {dask_only[0]} goes with --engine dask")
        return None
    if "-" in args.inputs:
        raise UsageError("extractor extract: --engine dask reads the inputs on its workers: stdin ('-') cannot be "
                         "sent (write it to a file the workers can read)")
    if args.scheduler is not None and args.workers is not None:
        raise UsageError("extractor extract: --workers sets up a LocalCluster; with --scheduler the cluster's own "
                         "workers run the partitions")
    if args.partition_bytes == 0:
        raise UsageError("extractor extract: --partition-bytes must be more than 0")
    return _EngineChoice(args.scheduler, workers, args.partition_bytes or 0)


def _sized(choice: Optional[_EngineChoice], sources) -> Optional[_EngineChoice]:
    """The engine choice with its partition size: as given, else the default for these inputs."""
    from .partitions import default_partition_bytes

    if choice is None or choice.partition_bytes:
        return choice
    return replace(choice, partition_bytes=default_partition_bytes(sources))


def _dask_engine_class():
    """The Dask engine's class; one line saying how to install Dask when it is not."""
    try:
        from .dask_engine import DaskEngine
    except ImportError as e:
        raise EngineError(f"--engine dask needs Dask ({shown(e, 120)}): pip install 'extractor[dask]'") from None
    return DaskEngine


def _start_engine(choice: _EngineChoice, quiet: bool, created: Optional[Path]):
    """The Dask engine, connected (or its LocalCluster started), its dashboard's address said; when
    it cannot start, the output file this run ``created`` goes again."""
    try:
        engine = _dask_engine_class()(choice.scheduler, choice.workers)
    except EngineError:
        if created is not None:
            created.unlink(missing_ok=True)
        raise
    if not quiet and engine.dashboard:
        print(f"extractor: Dask dashboard at {engine.dashboard}", file=sys.stderr)
    return engine


def _inode(path: Path) -> Optional[tuple[int, int]]:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _check_outputs(paths: _ExtractPaths, inputs: Sequence[str], sources) -> None:
    """Refuse, before anything is opened for writing, an output that is an input (by any name),
    lies inside an input folder (the run would read it back), is named twice, or has no folder
    to go in: the run would destroy its input, feed on itself, or fail only at its end."""
    folders = {Path(arg).resolve(): arg for arg in inputs if arg != "-" and Path(arg).is_dir()}
    files = [Path(s.path) for s in sources if s.path != "-"]
    found = {p: _inode(p) for p in files}
    inodes = {key: p for p, key in found.items() if key is not None}  # any name of an existing input
    dangling = {p.resolve(): p for p, key in found.items() if key is None}  # a link to where an output goes
    seen: dict[Path, str] = {}
    for option, path in paths.written():
        real = path.resolve()
        hit = inodes.get(_inode(path)) or dangling.get(real)
        if hit is not None:
            raise UsageError(f"extractor extract: {option} {path} is the input {hit}: "
                             "writing it would destroy it (choose another path)")
        inside = next((arg for folder, arg in folders.items() if real.is_relative_to(folder)), None)
        if inside is not None:
            raise UsageError(f"extractor extract: {option} {path} is inside the input folder {inside}: "
                             "the run would read its own output (choose a path outside it)")
        if real in seen:
            raise UsageError(f"extractor extract: {option} {path} is also {seen[real]} (choose another path)")
        seen[real] = option
        _check_writable(option, path)


def _check_writable(option: str, path: Path) -> None:
    """An output's folder must exist and take new files, and the output must not be a folder."""
    folder = path.parent
    if path.is_dir():
        raise OutputError(f"{option} {path}: is a folder")
    if not folder.is_dir():
        raise OutputError(f"{option} {path}: no such folder: {folder}")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"{option} {path}: cannot write in {folder}")


def _resume_point(paths: _ExtractPaths, run: dict, args: argparse.Namespace):
    """The checkpoint to continue from (None: start afresh), or False when the run already completed."""
    from .checkpoint import Checkpoint, check_same_run

    if not args.resume:
        for stale in (paths.progress, paths.summary):
            if stale is not None:
                stale.unlink(missing_ok=True)
        return None
    checkpoint = Checkpoint.load(paths.progress)
    if checkpoint is None:
        return False if paths.summary.exists() and paths.output.exists() else None
    check_same_run(checkpoint, run, args.output)
    return checkpoint


def _progress_bar(args: argparse.Namespace, initial: int):
    """A progress bar with articles/s on stderr, only for a terminal and without --quiet."""
    if args.quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
    stream = sys.stderr.stream if isinstance(sys.stderr, SafeStream) else sys.stderr  # the bar redraws with \r
    return tqdm(unit=" articles", initial=initial, file=stream, mininterval=0.5, smoothing=0.1)


def _open_writer(paths: _ExtractPaths, locked, checkpoint, workers: int):
    """The writer of a fresh run, or of a resumed one: files cut back to the checkpoint, counts restored."""
    from .output import LineFile, LineStream, ResultWriter
    from .records import RunSummary

    summary = checkpoint.restored_summary() if checkpoint else RunSummary()
    summary.resumed += 1 if checkpoint else 0
    summary.workers = workers
    if paths.output is None:
        out = LineStream(sys.stdout)
    else:
        out = LineFile(paths.output, keep=checkpoint.output_bytes if checkpoint else 0, opened=locked)
    if checkpoint and checkpoint.rejects_bytes:
        rejects = LineFile(paths.rejects, keep=checkpoint.rejects_bytes)
    else:
        paths.rejects.unlink(missing_ok=True)  # a stale file from an earlier run
        rejects = LineFile(paths.rejects, lazy=True)
    return ResultWriter(out, rejects, summary)


def _write_all(writer, blocks, checkpointer, bar, interrupts) -> None:
    """Write blocks of outcomes as the engine hands them on (each with the engine's position, if it
    has one); an interrupted or failed run leaves whole lines and a checkpoint that describes them."""
    finished = False
    try:
        for outcomes, position in blocks:
            with interrupts.held():  # Ctrl-C waits for a block of lines to be written whole
                writer.write(outcomes, position)
                if checkpointer is not None:
                    checkpointer.maybe_save()
        finished = True
    finally:
        if bar is not None:
            bar.close()
        if not finished:
            with interrupts.held(), contextlib.suppress(OSError, ExtractorError):
                writer.rollback()  # a block cut off by a failed write goes
                if checkpointer is not None:
                    checkpointer.save()  # keep what is done for --resume
        writer.close()
        blocks.close()  # the engine stops its work in flight now, not when the generator is collected


def _local_blocks(outcomes_by_work, bar):
    """The local engine's outcomes, work by work; the bar counts them once written."""
    for outcomes in outcomes_by_work:
        yield outcomes, None
        if bar is not None:
            bar.update(len(outcomes))


def _dask_blocks(engine, sources, settings, choice: _EngineChoice, checkpoint, summary, bar):
    """The Dask engine's outcomes, partition by partition from where a resumed run stopped, reject
    lines numbered as in their file, archive skips counted; the bar counts partitions as they finish."""
    from .partitions import LineNumbers, plan

    position = checkpoint.position if checkpoint else None
    first = position["partition"] if position else 0
    numbers = LineNumbers(position["lines"] if position else None)
    partitions = (p for p in plan(sources, settings.fmt, choice.partition_bytes) if p.index >= first)
    for part, result in engine.results(partitions, settings, bar.update if bar is not None else None):
        outcomes = numbers.place(part, result)
        for key, count in result.skipped.items():
            summary.skipped[key] = summary.skipped.get(key, 0) + count
        yield outcomes, {"partition": part.index + 1, "lines": numbers.state()}


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract; with --report, --csv or --sqlite, then check the claims and write those too."""
    outputs = _report_outputs(args, args.report)
    if not outputs:
        if args.leaderboards or args.as_of:
            raise UsageError("extractor extract: --leaderboards and --as-of go with --report, --csv or --sqlite")
        return _extract(args, None)
    from .check import check_claims
    from .output import side_path
    from .report.make import make

    _as_of(args.as_of)  # a bad date or snapshot folder stops the run before the extraction, not after it
    check_claims([], args.leaderboards, args.knowledge)

    with tempfile.TemporaryDirectory(prefix="extractor-report-") as tmp:
        copy = Path(tmp, "claims.jsonl") if args.output == "-" else None
        code = _extract(args, copy)
        claims = str(copy or args.output)
        verdicts = Path(tmp, "verdicts.jsonl") if copy else side_path(args.output, ".verdicts.jsonl")
        check = ["check", claims, "-o", str(verdicts)] + (["--as-of", args.as_of] if args.as_of else []) + [
            option for folder in args.leaderboards or [] for option in ("--leaderboards", folder)] + (
            ["--knowledge", args.knowledge] if args.knowledge else [])
        with contextlib.redirect_stderr(io.StringIO()) if args.quiet else contextlib.nullcontext():
            cmd_check(build_parser().parse_args(check))
        line = make(claims, str(verdicts), outputs, inputs=args.inputs)
    if not args.quiet:
        print(f"extractor: {line}", file=sys.stderr)
    return code


def _extract(args: argparse.Namespace, claims_copy: Optional[Path]) -> int:
    """The extraction; ``claims_copy`` also gets every claim line (for a report when claims go to stdout)."""
    from .checkpoint import Checkpointer, run_fingerprint
    from .batch import run_sources
    from .ingest import JsonlKeys, find_sources
    from .interrupts import EXIT_INTERRUPTED, graceful_interrupts
    from .partitions import Settings
    from .nlp import build_pipeline
    from .output import open_locked, write_summary

    paths, options = _extract_paths(args), _batch_options(args)
    choice = _engine_choice(args, options.workers)
    if choice is not None:
        _dask_engine_class()  # not installed: one line before anything is touched
    sources = find_sources(args.inputs)
    choice = _sized(choice, sources)
    _check_outputs(paths, args.inputs, sources)
    nlp = build_pipeline(knowledge_dir=args.knowledge)  # before any output: a bad knowledge file is one line
    keys = JsonlKeys(id=args.id_key, text=args.text_key, url=args.url_key,
                     title=args.title_key, published=args.published_key)
    knowledge = nlp.get_pipe("extractor_claims").registry.fingerprint
    run = run_fingerprint(sources, {"input_format": args.input_format, "keys": list(vars(keys).values()),
                                    **_output_options(options), **_engine_options(choice),
                                    "knowledge": knowledge})
    with contextlib.ExitStack() as stack:
        created = paths.output is not None and not paths.output.exists()
        locked = open_locked(paths.output) if paths.output is not None else None  # before any file is touched
        with _closed_on_error(locked):
            checkpoint = _resume_point(paths, run, args)
            if checkpoint is not False and choice is not None:
                engine = _start_engine(choice, args.quiet, paths.output if created else None)
                stack.callback(engine.close)
            writer = None if checkpoint is False else _open_writer(paths, locked, checkpoint, options.workers)
        if writer is None:
            locked.close()
            if not args.quiet:
                print(f"extractor: {args.output} is complete (see {paths.summary}); nothing to resume", file=sys.stderr)
            return EXIT_OK
        if claims_copy is not None:
            writer.claims_out = _Tee(writer.claims_out, claims_copy)
        summary, done = writer.summary, writer.summary.read
        started, before = time.monotonic(), summary.elapsed_s
        elapsed = lambda: before + time.monotonic() - started  # noqa: E731
        checkpointer = Checkpointer(paths.progress, run, writer, elapsed) if paths.progress else None
        bar = _progress_bar(args, done)
        if choice is None:
            blocks = _local_blocks(run_sources(sources, args.input_format, keys, summary.skipped, done, options), bar)
        else:
            summary.workers = engine.threads()
            settings = Settings(options, args.input_format, keys)
            blocks = _dask_blocks(engine, sources, settings, choice, checkpoint, summary, bar)
        with graceful_interrupts() as interrupts:
            try:
                _write_all(writer, blocks, checkpointer, bar, interrupts)
            except KeyboardInterrupt:
                print(f"extractor: interrupted; {_kept(writer, paths)}", file=sys.stderr)
                return EXIT_INTERRUPTED
            except (OutputError, EngineError) as e:
                raise type(e)(f"{e}; {_kept(writer, paths)}") from None
        summary.elapsed_s = round(elapsed(), 3)  # the cluster's shutdown is no part of the run
    summary.articles_per_s = round(summary.read / summary.elapsed_s, 1) if summary.elapsed_s else 0.0
    if paths.summary is not None:
        write_summary(paths.summary, summary)
    if paths.progress is not None:
        paths.progress.unlink(missing_ok=True)
    if not args.quiet:
        where = f" (see {paths.rejects})" if summary.rejected else ""
        print(f"extractor: {writer.summary_line()}{where}", file=sys.stderr)
    return EXIT_OK


@contextlib.contextmanager
def _closed_on_error(fh) -> Iterator[None]:
    try:
        yield
    except BaseException:
        if fh is not None:
            fh.close()
        raise


def _engine_options(choice: Optional[_EngineChoice]) -> dict:
    """What the Dask engine adds to a run's fingerprint: it resumes by partition, so their size."""
    return {} if choice is None else {"engine": "dask", "partition_bytes": choice.partition_bytes}


def _output_options(options) -> dict:
    """The options that change what a run writes: a resumed run must have the same."""
    return {name: getattr(options, name) for name in ("max_chars", "article_timeout", "max_bytes",
                                                       "max_field_chars", "max_claims", "max_evidence_chars")}


def _kept(writer, paths: _ExtractPaths) -> str:
    """What an interrupted or failed run leaves, in a few words."""
    done = writer.committed[0].read
    if paths.output is None:
        return f"{done} records were written"
    return f"{done} records are written whole to {paths.output}; go on with --resume"


class _Tee:
    """Claim lines to their sink and to a file as well (the copy is read only after a whole run)."""

    def __init__(self, sink, path: Path):
        self.sink, self.copy = sink, open(path, "w", encoding="utf-8")

    @property
    def size(self) -> Optional[int]:
        return self.sink.size

    def rollback(self, size: Optional[int]) -> None:
        self.sink.rollback(size)

    def write_lines(self, lines: list[str]) -> None:
        self.sink.write_lines(lines)
        self.copy.writelines(line + "\n" for line in lines)

    def sync(self) -> None:
        self.sink.sync()

    def close(self) -> None:
        self.sink.close()
        self.copy.close()


def _report_outputs(args: argparse.Namespace, html: Optional[str]):
    """The report outputs the command line asks for, checked before any work starts; None when it
    asks for none (the report's modules are then not even imported)."""
    for name, value in (("-o" if args.command == "report" else "--report", html), ("--csv", args.csv),
                        ("--sqlite", args.sqlite)):
        if value == "-":
            raise UsageError(f"extractor {args.command}: {name} needs a file name, not '-'")
    page_claims = getattr(args, "page_claims", None)
    if page_claims is not None and page_claims < 1:
        raise UsageError(f"extractor report: --page-claims must be at least 1, not {page_claims}")
    if not (html or args.csv or args.sqlite):
        return None
    from .report.make import PAGE_CLAIMS, Outputs

    path = lambda value: Path(value) if value else None  # noqa: E731
    return Outputs(html=path(html), csv=path(args.csv), sqlite=path(args.sqlite),
                   articles=getattr(args, "articles", []), page_claims=page_claims or PAGE_CLAIMS,
                   title=getattr(args, "title", None))


def cmd_report(args: argparse.Namespace) -> int:
    from .report.make import make

    outputs = _report_outputs(args, args.output)
    if not outputs:
        raise UsageError("extractor report: say what to write: -o REPORT.html, --csv FILE or --sqlite FILE")
    if args.claims == "-" and args.verdicts == "-":
        raise UsageError("extractor report: only one of CLAIMS and VERDICTS can be read from stdin")
    line = make(args.claims, args.verdicts, outputs)
    if not args.quiet:
        print(f"extractor: {line}", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from .check import check_claims
    from .check.reading import ClaimLines, Tally

    as_of = _as_of(args.as_of)
    publisher = _publisher(args)
    stream = sys.stdin.buffer if args.claims == "-" else _open_in(args.claims)
    lines = ClaimLines(stream, args.claims, as_of=as_of)
    tally = Tally()
    with _open_out(args.output) as out:
        write = _claimreview_writer(out, publisher) if publisher else _verdict_writer(out)
        for claim, verdict in _with_claims(lines, args.leaderboards, args.knowledge, check_claims):
            if write(claim, verdict):
                tally.add(verdict)
            else:
                lines.skip(verdict.claim_id, "cannot be written (a string is not valid Unicode)")
        if publisher:
            write.close()
    print(f"extractor: {tally.line(lines.skipped)}", file=sys.stderr)
    return EXIT_OK


def _publisher(args: argparse.Namespace):
    """Who publishes ClaimReview output, from --publisher-name/--publisher-url/--review-url (claimreview only)."""
    given = [o for o in ("review_url", "publisher_name", "publisher_url", "review_date") if getattr(args, o)]
    if args.format != "claimreview":
        if given:
            raise UsageError(f"extractor check: --{given[0].replace('_', '-')} needs --format claimreview")
        return None
    from .check.claimreview import Publisher

    missing = [o for o in ("review_url", "publisher_name") if not getattr(args, o)]
    if missing:
        raise UsageError(f"extractor check: --format claimreview needs --{missing[0].replace('_', '-')} "
                         "(a published review has a URL and an author)")
    kwargs = {"published": _day(args.review_date, "--review-date")} if args.review_date else {}
    return Publisher(name=args.publisher_name, review_url=args.review_url, url=args.publisher_url, **kwargs)


def _verdict_writer(out: IO[str]):
    """Writes one verdict a line; False when the verdict cannot be serialised (it is then skipped)."""

    def write(claim, verdict) -> bool:
        try:
            line = verdict.model_dump_json() + "\n"
            line.encode("utf-8")
        except (ValueError, UnicodeError):
            return False
        out.write(line)
        return True

    return write


class _claimreview_writer:
    """Streams one JSON-LD document: {"@context": ..., "@graph": [ClaimReview, ...]}."""

    def __init__(self, out: IO[str], publisher):
        from .check.claimreview import CONTEXT

        self.out, self.publisher, self.count = out, publisher, 0
        out.write('{"@context": ' + json.dumps(CONTEXT) + ', "@graph": [')

    def __call__(self, claim, verdict) -> bool:
        from .check.claimreview import to_claimreview

        try:
            text = json.dumps(to_claimreview(claim, verdict, self.publisher), ensure_ascii=False)
            text.encode("utf-8")
        except (ValueError, UnicodeError):
            return False
        self.out.write(("," if self.count else "") + "\n" + text)
        self.count += 1
        return True

    def close(self) -> None:
        self.out.write("\n]}\n")


def _as_of(value: Optional[str]):
    return _day(value, "--as-of") if value is not None else None


def _day(value: str, option: str):
    from .ingest.dates import parse_published

    day = parse_published(value)
    if day is None:
        raise UsageError(f"extractor check: {option} {value!r} is not a date (use YYYY-MM-DD)")
    return day


def _with_claims(claims, leaderboards, knowledge, check_claims):
    """Pair each claim with its verdict while streaming both."""
    pending: deque = deque()

    def tee():
        for c in claims:
            pending.append(c)
            yield c

    for verdict in check_claims(tee(), leaderboards, knowledge):
        yield pending.popleft(), verdict


def _open_in(path: str) -> IO[bytes]:
    try:
        return open(path, "rb")
    except OSError as e:
        raise InputError(f"{path}: cannot open: {e.strerror}") from None


def cmd_snapshots(args: argparse.Namespace) -> int:
    from .check import bundled_folder, folders_of, user_folder
    from .check.snapshots import Library

    if args.snapshots_command == "import":
        from .check.catalog import import_snapshot
        from .check.snapshots import library_for

        done = import_snapshot(Path(args.file), args.board, args.date, Path(args.into) if args.into else user_folder(),
                               fidelity=args.fidelity, force=args.force)
        library_for.cache_clear()
        print(f"extractor: {done.path}: {done.rows} entries ({done.shape} export, {done.fidelity})", file=sys.stderr)
        return EXIT_OK
    if args.snapshots_command != "list":
        raise UsageError("extractor snapshots: choose list or import (see --help)")
    from .check.catalog import HEADER, board_lines

    library = Library(folders_of(args.leaderboards))
    labels = {bundled_folder(): "bundled", user_folder(): "user"}
    print(HEADER)
    for line in board_lines(library, {f: labels.get(f, str(f)) for f in library.folders}):
        print(line.text())
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_gold, format_report

    report = evaluate_gold(args.gold, args.knowledge)
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


COMMANDS = {"extract": cmd_extract, "check": cmd_check, "snapshots": cmd_snapshots, "report": cmd_report,
            "evaluate": cmd_evaluate, "schema": cmd_schema}


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run a command; whatever reaches stderr (ours or a library's) has its control characters
    escaped and its lines bounded, since messages repeat input."""
    stderr = sys.stderr
    sys.stderr = SafeStream(stderr)
    try:
        return _main(argv)
    finally:
        sys.stderr = stderr


def _main(argv: Optional[Sequence[str]]) -> int:
    logging.basicConfig(level=logging.WARNING, format="extractor: %(message)s")
    # trafilatura and htmldate log their own view of pages that already end as rejects
    for noisy in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError("extractor: choose a command: extract, check, snapshots, report, evaluate or schema "
                             "(see --help)")
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


def run() -> None:
    """The console command: ``main``, then leave at once once its output is flushed. Every file
    is closed by then; tearing the interpreter down would only free the pipeline's memory object
    by object, half a second of every run."""
    code = main()
    atexit._run_exitfuncs()  # what leaving normally runs first (logging, pools, Dask's clients)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe has nothing left to flush to
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
