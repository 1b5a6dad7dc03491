"""Python's cyclic garbage collector, paused while bulk work runs.

A bulk registration keeps everything it makes alive until it ends (the drafts, their
rows, the row digests), and the collector walked all of it again and again while
freeing nothing: its collections took 3.0 s of an import of 100,000 requests that took
34.9 s, and 0.4 s of the 1.7 s it took to read a file of 50,000; a collection
afterwards found nothing to free.

The pause is counted, so pauses nest: the window's background work holds it for as
long as any operation runs (gui/background.py), and an import inside that work does
not switch the collector back on when it ends. Only the last release does, and only
if the collector was on before the first hold.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holds = 0
_was_on = False


def hold() -> None:
    global _holds, _was_on
    with _lock:
        if not _holds:
            _was_on = gc.isenabled()
            gc.disable()
        _holds += 1


def release() -> None:
    global _holds
    with _lock:
        _holds -= 1
        if not _holds and _was_on:
            gc.enable()


@contextmanager
def paused() -> Iterator[None]:
    hold()
    try:
        yield
    finally:
        release()
