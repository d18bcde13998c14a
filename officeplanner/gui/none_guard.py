"""Keep ``None``, ``True`` and ``False`` alive while shiboken6 drops references to them.

Why this exists: with PySide6/shiboken6 6.12.0 on CPython 3.11, every ``None`` that
C++ hands to Python (a null pointer such as ``QObject.parent()`` of a top-level
object, an invalid QVariant such as ``index.data(role)`` for an unset role) loses
one reference to ``None`` instead of adding one, and some paths do the same to
``True``. pyqtgraph does this thousands of times per chart redraw, so the
Dashboard's charts drain those reference counts within a few dozen refreshes and
the interpreter aborts with "Fatal Python error: none_dealloc" (or bool_dealloc).
CPython 3.12 made these objects immortal, so there the bug is harmless and this
module does nothing.

:func:`keep_none_alive` tops their counts up to :data:`FLOOR` (cheap when they are
already there). The Dashboard calls it whenever it builds or redraws its charts, and
:func:`guard_application` calls it twice a second for the whole app: every screen
reads values back from Qt (combo boxes, actions, list items, table scrolling), so a
long session would otherwise drain the count too.
The extra references are never released, which is harmless: these singletons are
never freed anyway. Remove this once the project requires a PySide6 without the
bug or Python >= 3.12.
"""

from __future__ import annotations

import sys
from typing import Final

from PySide6.QtCore import QCoreApplication, QTimer

#: References to keep on ``None`` (a redraw drains at most a few thousand).
FLOOR: Final = 1 << 18
#: How often the application-wide guard tops up: far more often than anything
#: the user does could drain :data:`FLOOR`.
GUARD_INTERVAL_MS: Final = 500


def _affected() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def keep_none_alive() -> int:
    """Give the singletons back the references the bindings took; returns how many."""
    if not _affected():
        return 0
    added = 0
    for singleton in (None, True, False):
        # Past the floor by a little: this frame's own references to it go on return.
        missing = FLOOR + 64 - sys.getrefcount(singleton)
        if missing <= 64:
            continue
        _add_references(singleton, missing)
        added += missing
    return added


def _add_references(singleton: object, count: int) -> None:
    """Raise the reference count by ``count`` in one step.

    Why not ``Py_IncRef`` in a loop: through ctypes each call costs about 0.3 µs, so
    a top-up to :data:`FLOOR` took about 220 ms at every start-up (measured: it alone
    put the first window at 2.7× the bare floor). On a release build ``ob_refcnt`` is
    the object's first field, so one write does it; a debug build (which counts every
    reference globally) takes the slow, exact path.
    """
    import ctypes  # only when there is something to give back

    if hasattr(sys, "gettotalrefcount"):  # Py_DEBUG: keep its global total right
        incref = ctypes.pythonapi.Py_IncRef
        incref.argtypes = [ctypes.py_object]
        incref.restype = None
        for _ in range(count):
            incref(singleton)
        return
    ctypes.c_ssize_t.from_address(id(singleton)).value += count


def guard_application(app: QCoreApplication) -> QTimer | None:
    """Top the counts up now and every :data:`GUARD_INTERVAL_MS` while ``app`` runs.

    Returns the timer (a child of ``app``; the same one if called again), or None where
    the bug cannot bite."""
    if not _affected():
        return None
    keep_none_alive()
    existing = app.findChild(QTimer, "noneGuard")
    if isinstance(existing, QTimer):
        return existing
    timer = QTimer(app)
    timer.setObjectName("noneGuard")
    timer.setInterval(GUARD_INTERVAL_MS)
    timer.timeout.connect(keep_none_alive)
    timer.start()
    return timer
