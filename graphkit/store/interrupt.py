"""Ctrl-C as a request to stop at the next safe point, not as an exception in the middle of a write."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["interruptible"]


@contextmanager
def interruptible() -> Iterator[threading.Event]:
    """Yield an event that the first SIGINT sets; a second SIGINT interrupts at once.

    Writers check the event between transactions, so a stop never leaves a statement
    half sent and the writer can say exactly what was committed. Outside the main
    thread (where Python cannot install handlers) the event is never set and SIGINT
    keeps its usual meaning; so too when the process ignores SIGINT (``nohup``, a
    background job of a script): what it chose to ignore still does not stop a load.
    """
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread() \
            or signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        yield stop
        return

    def request_stop(signum, frame) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, request_stop)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)
