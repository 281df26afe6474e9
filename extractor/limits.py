"""Per-article limits: how long an article's text and how long its processing may be.

An article longer than the size cap is cut at a sentence boundary (its claims
up to there are kept, and the cut text becomes the article's text so every
offset stays valid); the time limit turns an article that still takes too long
into a reject. Light on imports: the command line reads the defaults.
"""

from __future__ import annotations

import contextlib
import re
import signal
import threading
from typing import Iterator, Optional

from .records import Article

DEFAULT_MAX_CHARS = 50_000
DEFAULT_ARTICLE_TIMEOUT = 60.0
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
    """Raise ArticleTimeout inside the block after ``seconds`` (main thread only, else no limit).

    A class, not a generator: it runs once per article, so it only sets and clears a timer
    when ``article_alarms`` is already on (and installs the handler itself otherwise)."""

    __slots__ = ("seconds", "_alarms")

    def __init__(self, seconds: Optional[float]):
        on_main = threading.current_thread() is threading.main_thread()
        self.seconds = seconds if seconds and on_main else None
        self._alarms: Optional[contextlib.AbstractContextManager] = None

    def __enter__(self) -> None:
        if self.seconds:
            if signal.getsignal(signal.SIGALRM) is not _expire:
                self._alarms = article_alarms()
                self._alarms.__enter__()
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            if self._alarms is not None:
                self._alarms.__exit__(None, None, None)
