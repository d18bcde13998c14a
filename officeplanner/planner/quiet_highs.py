"""A HiGHS instance that prints nothing on standard output, and a run that says when it failed.

Why: highspy 1.16 writes its banner ("Running HiGHS 1.16.0 ... Copyright ...") to the
process's standard output when a ``Highs()`` is created, before any option can turn
output off, so ``officeplanner plan --json`` printed two lines of text before the
JSON and broke every program reading it. The banner is written by the C++ library
straight to file descriptor 1, past ``sys.stdout``, so only redirecting that
descriptor while the instance is built keeps it out.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import highspy

_LOCK = threading.Lock()
#: Held while HiGHS runs, so that resetting its thread scheduler never pulls it from
#: under another run in this process.
_RUN_LOCK = threading.RLock()


@contextlib.contextmanager
def _stdout_silenced() -> Iterator[None]:
    """File descriptor 1 points at the null device inside the block (when it exists: a
    windowed app on Windows may have no standard output at all)."""
    with _LOCK:
        with contextlib.suppress(AttributeError, OSError, ValueError):
            sys.stdout.flush()
        saved: int | None = None
        with contextlib.suppress(OSError):
            saved = os.dup(1)
        if saved is None:
            yield
            return
        try:
            with Path(os.devnull).open("wb") as null:
                os.dup2(null.fileno(), 1)
            yield
        finally:
            os.dup2(saved, 1)
            os.close(saved)


def quiet_highs() -> highspy.Highs:
    """``highspy.Highs()`` without its banner, with all further output off."""
    with _stdout_silenced():
        h = highspy.Highs()  # type: ignore[no-untyped-call]
    h.silent()
    return h


def run_highs(h: highspy.Highs) -> bool:
    """Run ``h``; False when HiGHS refused to run, so that nothing it reports is a result.

    Why: a refused run leaves the model status unset and ``mip_dual_bound`` at 0,
    which read as a bound "proved" the warm start optimal (gap 0) without a single
    node. The one refusal seen is HiGHS's thread scheduler: it is global to the
    process, sized by the first run, and a later run asking another ``threads``
    count is refused. That one is repaired here by rebuilding the scheduler and
    running again; any other refusal is reported.
    """
    with _RUN_LOCK:
        if h.run() != highspy.HighsStatus.kError:
            return True
        if h.getModelStatus() != highspy.HighsModelStatus.kNotset:
            return False
        highspy.Highs.resetThreadScheduler(False)
        return bool(h.run() != highspy.HighsStatus.kError)
