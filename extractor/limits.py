"""Per-record limits: how many bytes a record, how long an article's text and its processing, how
much output an article may give.

A record larger than the byte cap (as read, and once decompressed) is rejected
after reading no more than the cap. An article longer than the size cap is cut
at a sentence boundary (its claims up to there are kept, and the cut text
becomes the article's text so every offset stays valid); the time limit turns
an article that still takes too long into a reject. Ids, titles and URLs, the
number of claims per article and each claim's evidence are capped too, so the
output of one article stays bounded whatever its input. Light on imports: the
command line reads the defaults.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import math
import os
import re
import signal
import threading
import time
from typing import IO, Iterator, Optional

from .records import Article, Claim, TextSpan

DEFAULT_MAX_CHARS = 50_000
DEFAULT_ARTICLE_TIMEOUT = 60.0
DEFAULT_MAX_BYTES = 16 * 1024 * 1024  # a record as read, and an HTML page once decompressed
DEFAULT_MAX_FIELD_CHARS = 2_000  # an article's id, title and URL
DEFAULT_MAX_CLAIMS = 1_000  # per article: a README of big tables gives a few hundred
DEFAULT_MAX_EVIDENCE_CHARS = 1_000  # per claim
MIN_FIELD_CHARS = 64  # room for a cut id's hash
NO_TIMER_ABOVE = 1e8  # seconds (three years): a longer limit is no limit, and no timer can hold it
_SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u201d\u2019)\]]{0,3}\s|\n")


class ArticleTimeout(BaseException):
    """An article took longer than the per-article time limit. A BaseException, as KeyboardInterrupt
    is: raised from a timer, it must pass the ``except Exception`` of any library it interrupts."""


def cap_article(article: Article, max_chars: Optional[int]) -> tuple[Article, Optional[int]]:
    """The article cut to at most ``max_chars`` at a sentence boundary, and its length before, if cut.

    Without a sentence end in the second half of the allowed text, the cut falls
    on the last whitespace, and failing that exactly at the cap.
    """
    text = article.text
    if not max_chars or len(text) <= max_chars:
        return article, None
    head = text[:max_chars + 1]  # a sentence ending right at the cap still counts
    cut = 0
    for m in _SENTENCE_END.finditer(head, max_chars // 2):
        cut = m.end() - 1  # after the sentence's last character
    if not cut:
        cut = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
    if cut <= 0:
        cut = max_chars
    return article.model_copy(update={"text": text[:min(cut, max_chars)].rstrip()}), len(text)


def timeout_seconds(value: float) -> Optional[float]:
    """The per-article time limit a command line value means: None (no limit) for 0, inf or more
    than any timer holds; ValueError for NaN and negative values."""
    if math.isnan(value) or value < 0:
        raise ValueError("must be 0 (no limit), inf (no limit) or a positive number of seconds")
    return None if value == 0 or value >= NO_TIMER_ABOVE else value


def read_capped(stream: IO[bytes], max_bytes: Optional[int]) -> Optional[bytes]:
    """What is left in ``stream``, or None when that is more than ``max_bytes`` (then no more than
    ``max_bytes + 1`` bytes are read, however much the stream would inflate to)."""
    if not max_bytes:
        return stream.read()
    data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def too_large(what: str, max_bytes: int) -> str:
    """The reject reason of a record over the byte cap."""
    return f"{what} larger than --max-bytes ({max_bytes:,} bytes); skipped"


def cap_fields(article: Article, limit: Optional[int]) -> tuple[Article, bool]:
    """The article with its id, title and URL cut to ``limit`` characters, and whether any was.

    A cut id ends in a hash of the whole id, so two long ids that share their start stay apart."""
    if not limit:
        return article, False
    update = {}
    if len(article.id) > limit:
        digest = hashlib.sha256(article.id.encode("utf-8")).hexdigest()[:16]
        update["id"] = f"{article.id[:limit - 17]}~{digest}"
    for name in ("title", "url"):
        value = getattr(article, name)
        if value is not None and len(value) > limit:
            update[name] = value[:limit]
    return (article.model_copy(update=update), True) if update else (article, False)


def cap_claims(claims: list[Claim], text: str, max_claims: Optional[int],
               max_evidence: Optional[int]) -> tuple[list[Claim], int, int]:
    """At most ``max_claims`` claims (the first in text order), each with evidence of at most
    ``max_evidence`` characters; and how many claims were dropped and how many narrowed."""
    dropped = max(0, len(claims) - max_claims) if max_claims else 0
    kept = claims[:max_claims] if max_claims else claims
    if not max_evidence:
        return kept, dropped, 0
    bounded = [narrow_evidence(c, text, max_evidence) for c in kept]
    return bounded, dropped, sum(b is not c for b, c in zip(bounded, kept))


def _anchors(claim: Claim) -> list[TextSpan]:
    """The spans a claim's evidence must show, most important first."""
    spans = [claim.value_span, claim.subject.span, *(o.span for o in claim.objects), claim.benchmark.span]
    ev = claim.evidence
    return [s for s in spans if s is not None and ev.start <= s.start and s.end <= ev.end]


def narrow_evidence(claim: Claim, text: str, limit: int) -> Claim:
    """The claim itself when its evidence fits ``limit`` characters, else a copy whose evidence is
    a window of ``limit`` characters of the old one around its value, subject and other spans (as
    many as fit, most important first), cut at spaces where it can be."""
    ev = claim.evidence
    if ev.end - ev.start <= limit:
        return claim
    anchors = _anchors(claim)
    lo = hi = anchors[0].start if anchors else ev.start
    for span in anchors:
        new_lo, new_hi = min(lo, span.start), max(hi, span.end)
        if new_hi - new_lo <= limit:
            lo, hi = new_lo, new_hi
    lo = max(ev.start, lo - (limit - (hi - lo)) // 2)
    hi = min(ev.end, lo + limit)
    lo = max(ev.start, hi - limit)
    lo, hi = _at_spaces(text, lo, hi, claim)
    return claim.model_copy(update={"evidence": TextSpan(text=text[lo:hi], start=lo, end=hi)})


def _at_spaces(text: str, lo: int, hi: int, claim: Claim) -> tuple[int, int]:
    """The window moved inward to whole words (not past the anchors), without outer whitespace."""
    anchors = _anchors(claim)
    inner_lo = min((s.start for s in anchors if s.start >= lo), default=hi)
    inner_hi = max((s.end for s in anchors if s.end <= hi), default=lo)
    if lo > claim.evidence.start and not text[lo - 1].isspace():
        space = text.find(" ", lo, inner_lo)
        lo = space + 1 if space >= 0 else lo
    if hi < claim.evidence.end and not text[hi].isspace():
        space = text.rfind(" ", max(inner_hi, lo), hi)
        hi = space if space >= 0 else hi
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _expire(signum, frame):
    raise ArticleTimeout()


@contextlib.contextmanager
def article_alarms() -> Iterator[None]:
    """Route SIGALRM to ArticleTimeout while a batch runs, so each ``time_limit`` only sets a timer
    (installing a handler costs more than the timer itself). Main thread only, else a no-op."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    try:
        yield
    finally:
        signal.signal(signal.SIGALRM, previous)


class time_limit:
    """Raise ArticleTimeout inside the block after ``seconds``: by SIGALRM on the main thread, by
    the watchdog thread elsewhere (a Dask worker runs its tasks in threads).

    A class, not a generator: it runs once per article, so it only sets and clears a timer
    when ``article_alarms`` is already on (and installs the handler itself otherwise)."""

    __slots__ = ("seconds", "_alarms", "_watched")

    def __init__(self, seconds: Optional[float]):
        self.seconds = seconds or None
        self._watched = self.seconds is not None and threading.current_thread() is not threading.main_thread()
        self._alarms: Optional[contextlib.AbstractContextManager] = None

    def __enter__(self) -> None:
        if self._watched:
            _WATCHDOG.watch(self.seconds)
        elif self.seconds:
            if signal.getsignal(signal.SIGALRM) is not _expire:
                self._alarms = article_alarms()
                self._alarms.__enter__()
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc) -> None:
        if self._watched:
            _WATCHDOG.unwatch()
        elif self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            if self._alarms is not None:
                self._alarms.__exit__(None, None, None)


class _Watchdog:
    """Time limits for threads other than the main one, which no signal reaches: one daemon thread
    checks the deadlines a few times a second and raises ArticleTimeout in a thread that is late,
    between two bytecodes as a signal handler would. Deadlines are set and cleared, and the
    exception sent, under one lock: once a block has cleared its deadline nothing is sent to it."""

    POLL = 0.05  # seconds

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._deadlines: dict[int, float] = {}
        self._thread: Optional[threading.Thread] = None

    def watch(self, seconds: float) -> None:
        with self._lock:
            self._deadlines[threading.get_ident()] = time.monotonic() + seconds
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="extractor-time-limits", daemon=True)
                self._thread.start()

    def unwatch(self) -> None:
        with self._lock:
            self._deadlines.pop(threading.get_ident(), None)

    def _run(self) -> None:
        while True:
            time.sleep(self.POLL)
            now = time.monotonic()
            with self._lock:
                for ident in [i for i, deadline in self._deadlines.items() if deadline <= now]:
                    del self._deadlines[ident]
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(ArticleTimeout))


_WATCHDOG = _Watchdog()
# a forked child has no watchdog thread, and must not inherit its lock held
os.register_at_fork(after_in_child=lambda: _WATCHDOG.__init__())
