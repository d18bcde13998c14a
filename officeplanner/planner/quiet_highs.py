"""HiGHS as the planner runs it: an instance that prints nothing on standard output, a
run that says when it failed, and an interrupter that holds a wall-clock deadline.

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
import time
from collections.abc import Iterator
from pathlib import Path

import highspy

_LOCK = threading.Lock()
#: Counts the HiGHS runs in progress in this process, so that the thread scheduler
#: (global to the process) is only rebuilt when none is using it; runs themselves
#: never wait for each other.
_RUNS = threading.Condition()
_active = 0


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


def _counted_run(h: highspy.Highs) -> highspy.HighsStatus:
    global _active
    try:
        return h.run()
    finally:
        with _RUNS:
            _active -= 1
            _RUNS.notify_all()


def run_highs(h: highspy.Highs) -> bool:
    """Run ``h``; False when HiGHS refused to run, so that nothing it reports is a result.

    Why: a refused run leaves the model status unset and ``mip_dual_bound`` at 0,
    which read as a bound "proved" the warm start optimal (gap 0) without a single
    node. The one refusal seen is HiGHS's thread scheduler: it is global to the
    process, sized by the first run, and a later run asking another ``threads``
    count is refused. That one is repaired here by rebuilding the scheduler once no
    other run is using it, and running again; any other refusal is reported. (HiGHS
    also keeps per-thread state of the scheduler: a thread that ran under the old
    one is refused until it rebuilds it itself, so such a run waits for the others.
    The planner always asks for the same count, so none of this happens in the app.)
    """
    global _active
    with _RUNS:
        _active += 1
    if _counted_run(h) != highspy.HighsStatus.kError:
        return True
    if h.getModelStatus() != highspy.HighsModelStatus.kNotset:
        return False
    with _RUNS:
        _RUNS.wait_for(lambda: _active == 0)
        highspy.Highs.resetThreadScheduler(False)
        _active += 1
    return bool(_counted_run(h) != highspy.HighsStatus.kError)


def stop_at(h: highspy.Highs, deadline: float, cancel: threading.Event | None) -> None:
    """Make ``h`` stop at ``deadline`` (a ``perf_counter`` time) or when ``cancel`` is
    set, watched inside its simplex, interior point and branch-and-bound.

    Why: HiGHS checks its own time limit only between phases, so a large root LP,
    or a sub-MIP's root, runs on past it unless the clock is watched inside.
    """

    def check(e: highspy.HighsCallbackEvent) -> None:
        if time.perf_counter() > deadline or (cancel is not None and cancel.is_set()):
            e.interrupt()

    h.cbSimplexInterrupt.subscribe(check)
    h.cbIpmInterrupt.subscribe(check)
    h.cbMipInterrupt.subscribe(check)
