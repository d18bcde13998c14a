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
already there); the Dashboard calls it whenever it builds or redraws its charts.
The extra references are never released, which is harmless: these singletons are
never freed anyway. Remove this once the project requires a PySide6 without the
bug or Python >= 3.12.
"""

from __future__ import annotations

import ctypes
import platform
import sys
from typing import Final

#: References to keep on ``None`` (a redraw drains at most a few thousand).
FLOOR: Final = 1 << 18


def _affected() -> bool:
    return platform.python_implementation() == "CPython" and sys.version_info < (3, 12)


def keep_none_alive() -> int:
    """Give the singletons back the references the bindings took; returns how many."""
    if not _affected():
        return 0
    added = 0
    for singleton in (None, True, False):
        missing = FLOOR - sys.getrefcount(singleton)
        if missing <= 0:
            continue
        incref = ctypes.pythonapi.Py_IncRef
        incref.argtypes = [ctypes.py_object]
        incref.restype = None
        for _ in range(missing):
            incref(singleton)
        added += missing
    return added
