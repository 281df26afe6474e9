"""Ctrl-C handling: the first stops the run where it is safe, the second leaves at once."""

import signal

import pytest

from extractor import interrupts
from extractor.interrupts import Interrupts, graceful_interrupts


class LeftAtOnce(Exception):
    pass


@pytest.fixture
def no_exit(monkeypatch):
    def leave():
        raise LeftAtOnce()

    monkeypatch.setattr(interrupts, "leave_at_once", leave)


def test_the_first_ctrl_c_stops_the_run_where_it_is(no_exit):
    handler = Interrupts()
    with pytest.raises(KeyboardInterrupt):
        handler(signal.SIGINT, None)
    with pytest.raises(LeftAtOnce):
        handler(signal.SIGINT, None)


def test_a_ctrl_c_during_a_block_being_written_waits_for_its_end(no_exit):
    handler = Interrupts()
    written = []
    with pytest.raises(KeyboardInterrupt):
        with handler.held():
            handler(signal.SIGINT, None)  # returns: the block goes on
            written.append("block")
    assert written == ["block"]
    with pytest.raises(LeftAtOnce):
        with handler.held():
            handler(signal.SIGINT, None)


def test_the_handler_stays_after_a_first_ctrl_c_and_goes_without_one():
    before = signal.getsignal(signal.SIGINT)
    with graceful_interrupts() as handler:
        assert signal.getsignal(signal.SIGINT) is handler
    assert signal.getsignal(signal.SIGINT) is before
    try:
        with graceful_interrupts() as handler:
            handler.count = 1  # as after a first Ctrl-C
        assert signal.getsignal(signal.SIGINT) is handler  # a second one must still leave at once
    finally:
        signal.signal(signal.SIGINT, before)
