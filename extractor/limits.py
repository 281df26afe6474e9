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


class ArticleTimeout(Exception):
    """An article took longer than the per-article time limit."""


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


@contextlib.contextmanager
def time_limit(seconds: Optional[float]) -> Iterator[None]:
    """Raise ArticleTimeout inside the block after ``seconds`` (main thread only, else no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise ArticleTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
