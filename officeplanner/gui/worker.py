"""Run a core function off the GUI thread, with progress, cancel and a result signal.

Why this shape: the core (importer, analytics, planner) knows nothing about Qt; it takes
a ``progress(done, total)`` callback and a ``cancel()`` predicate it polls. A
:class:`Task` adapts such a function to Qt: it runs it on a :class:`QThreadPool` thread
and reports through signals of a QObject that lives in the GUI thread, so Qt queues every
emission to the GUI thread and the receiving slots may touch widgets. Nothing here ever
touches a widget from the worker thread.

Two more rules the worker thread must follow:

* SQLite connections belong to one thread. A task that writes opens its own connection
  (:meth:`Task.on_file` opens the office file in the worker; the lock record lets the
  same process open it twice) and closes it before reporting.
* Progress from a tight loop can come a million times; forwarding each would flood the
  GUI's event queue and stall it. Progress is passed on at most every
  :data:`PROGRESS_INTERVAL_S` seconds (and always the final ``done == total``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, Final

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from officeplanner.store import OfficeFile

#: Fewest seconds between two progress signals.
PROGRESS_INTERVAL_S: Final = 0.05

#: ``fn(progress, cancel)`` — the shape of a core function a Task runs.
TaskFunction = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
#: ``fn(doc, progress, cancel)`` — the same, on the worker's own connection to a file.
FileTaskFunction = Callable[[OfficeFile, Callable[[int, int], None], Callable[[], bool]], Any]


class TaskCancelledError(Exception):
    """A core function may raise this (or its own exception) to stop when ``cancel()``."""


class Task(QObject):
    """One run of a core function on a pool thread.

    Signals (all delivered on the GUI thread, exactly one of the first three per run):

    ``succeeded(object)``  the function's return value
    ``failed(object)``     the exception it raised (not when it was cancelled)
    ``cancelled()``        it stopped after :meth:`cancel` (by raising or returning)
    ``progress(int, int)`` done, total — throttled
    ``finished()``         after any of the first three: the task is over
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int)
    finished = Signal()

    #: Tasks whose runnable is still going, so that a task dropped by its owner (a dialog
    #: closed mid-import) is not garbage-collected while its thread still emits.
    _running: ClassVar[set[Task]] = set()

    def __init__(self, fn: TaskFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._started = False
        self._done = threading.Event()
        self._last_progress = 0.0

    @classmethod
    def on_file(cls, path: Path, fn: FileTaskFunction, parent: QObject | None = None) -> Task:
        """A task that opens ``path`` for writing in the worker thread and runs ``fn`` on it."""
        return cls(_FileJob(path, fn), parent)

    # -- GUI side -------------------------------------------------------------------------

    def start(self, pool: QThreadPool | None = None) -> None:
        """Start the run (once). ``pool`` defaults to the global thread pool."""
        if self._started:
            raise RuntimeError("a Task runs once; make a new one")
        self._started = True
        Task._running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def cancel(self) -> None:
        """Ask the function to stop; it notices the next time it polls ``cancel()``."""
        self._cancel.set()

    @property
    def is_cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def is_running(self) -> bool:
        return self._started and not self._done.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the function returned (not until the signals arrived)."""
        return self._done.wait(timeout_s)

    # -- worker side ----------------------------------------------------------------------

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.progress.emit(int(done), int(total))

    def _run(self) -> None:
        try:
            result = self._fn(self._report, self._cancel.is_set)
        except BaseException as exc:
            if self._cancel.is_set() or isinstance(exc, TaskCancelledError):
                self.cancelled.emit()
            else:
                self.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
        finally:
            self._done.set()
            self.finished.emit()
            Task._running.discard(self)


class _Runnable(QRunnable):
    """The pool's handle on a Task; holds the only strong reference the pool needs."""

    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


class _FileJob:
    """Open the office file in the worker thread, run, close: one connection per thread."""

    def __init__(self, path: Path, fn: FileTaskFunction) -> None:
        self._path = path
        self._fn = fn

    def __call__(self, progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Any:
        with OfficeFile.open(self._path) as doc:
            return self._fn(doc, progress, cancel)
