"""Ctrl-C during a run: the first stops it cleanly, the second leaves at once.

The first SIGINT raises KeyboardInterrupt where the run is (after a block of
lines being written, if it comes in the middle of one): the run stops taking
work, ends its workers and keeps a checkpoint. A second one, while the run
winds down, ends the workers and the process at once; the checkpoint on disk
is always whole (it is replaced in one step), so --resume still goes on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from typing import Iterator

EXIT_INTERRUPTED = 130


class Interrupts:
    """The SIGINT handler of a run, and a way to hold Ctrl-C back while a block is written."""

    def __init__(self) -> None:
        self.count = 0
        self._holding = 0
        self._held = False

    def __call__(self, signum, frame) -> None:
        self.count += 1
        if self.count > 1:
            leave_at_once()
        if self._holding:
            self._held = True
            return
        raise KeyboardInterrupt

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """A first Ctrl-C during the block takes effect when it ends."""
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
            if not self._holding and self._held and self.count == 1:
                self._held = False
                raise KeyboardInterrupt


def leave_at_once() -> None:
    """End the worker processes and this one now, saying so in one line."""
    for child in multiprocessing.active_children():
        with contextlib.suppress(Exception):
            child.kill()
    with contextlib.suppress(OSError):
        os.write(2, b"extractor: interrupted again: stopped at once\n")
    os._exit(EXIT_INTERRUPTED)


@contextlib.contextmanager
def graceful_interrupts() -> Iterator[Interrupts]:
    """Handle Ctrl-C as above inside the block (main thread only; elsewhere Python's default).

    Once a first Ctrl-C came, the handler stays for the rest of the process, so that a second one
    still leaves at once while the run winds down (joining threads, flushing files)."""
    interrupts = Interrupts()
    if threading.current_thread() is not threading.main_thread():
        yield interrupts
        return
    previous = signal.signal(signal.SIGINT, interrupts)
    try:
        yield interrupts
    finally:
        if interrupts.count == 0:
            signal.signal(signal.SIGINT, previous)
