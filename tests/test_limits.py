"""Per-article time limits: a hanging block becomes ArticleTimeout, and no alarm outlives its block."""

import signal

import pytest

from extractor.limits import ArticleTimeout, article_alarms, time_limit


def _hang():
    while True:
        pass


def test_a_block_that_hangs_times_out_and_the_alarm_handler_is_restored():
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(ArticleTimeout):
        with time_limit(0.05):
            _hang()
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_inside_a_batch_each_limit_only_sets_a_timer():
    before = signal.getsignal(signal.SIGALRM)
    with article_alarms():
        handler = signal.getsignal(signal.SIGALRM)
        with time_limit(5):
            assert signal.getsignal(signal.SIGALRM) is handler
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        with pytest.raises(ArticleTimeout):
            with time_limit(0.05):
                _hang()
    assert signal.getsignal(signal.SIGALRM) == before


def test_no_limit_means_no_timer():
    with time_limit(None):
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
