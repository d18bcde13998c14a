"""The guard against shiboken 6.12 draining ``None``'s reference count (CPython 3.11).

Without it a long session aborts the interpreter ("Fatal Python error: none_dealloc"):
reading an unset value back from Qt costs one reference to ``None`` each time.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from officeplanner.gui import none_guard
from officeplanner.gui.app import make_application

pytestmark = pytest.mark.skipif(
    not none_guard._affected(), reason="None is immortal on this Python: nothing to guard"
)


def _drain(times: int) -> int:
    """Read an unset QVariant back ``times`` times; returns the references lost."""
    action = QAction()
    combo = QComboBox()
    combo.addItem("no data")
    before = sys.getrefcount(None)
    for _ in range(times // 2):
        action.data()
        combo.currentData()
    return before - sys.getrefcount(None)


def test_the_bindings_still_drain_none(qapp: QApplication) -> None:
    """Why the guard exists; when this fails, the bindings are fixed and it can go."""
    none_guard.keep_none_alive()
    assert _drain(2000) == 2000


def test_keep_none_alive_gives_the_references_back(qapp: QApplication) -> None:
    none_guard.keep_none_alive()
    _drain(sys.getrefcount(None) - none_guard.FLOOR + 10_000)  # to well below the floor
    below = sys.getrefcount(None)
    assert below < none_guard.FLOOR - 9_000
    assert none_guard.keep_none_alive() >= none_guard.FLOOR - below
    assert sys.getrefcount(None) >= none_guard.FLOOR
    assert none_guard.keep_none_alive() == 0  # already there: nothing to do


def test_the_application_tops_up_while_its_event_loop_runs(
    qapp: QApplication, qtbot: QtBot
) -> None:
    assert make_application() is qapp
    timers = [t for t in qapp.findChildren(QTimer) if t.objectName() == "noneGuard"]
    assert len(timers) == 1 and timers[0].isActive()
    assert none_guard.guard_application(qapp) is timers[0]  # once, however often asked
    # More than the floor in all, drained between ticks as a long session would.
    for _ in range(3):
        _drain(sys.getrefcount(None) - none_guard.FLOOR // 2)
        assert sys.getrefcount(None) < none_guard.FLOOR
        qtbot.waitUntil(lambda: sys.getrefcount(None) >= none_guard.FLOOR, timeout=3000)
