"""Task runs a core function on a pool thread and reports on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from officeplanner.gui.worker import Task, TaskCancelledError
from officeplanner.store import OfficeFile

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class Recorder:
    """Slots that note which thread delivered each signal."""

    def __init__(self) -> None:
        self.progress: list[tuple[int, int]] = []
        self.threads: set[QThread] = set()
        self.result: object = None
        self.error: object = None
        self.was_cancelled = False

    def on_progress(self, done: int, total: int) -> None:
        self.progress.append((done, total))
        self.threads.add(QThread.currentThread())

    def on_succeeded(self, value: object) -> None:
        self.result = value
        self.threads.add(QThread.currentThread())

    def on_failed(self, exc: object) -> None:
        self.error = exc
        self.threads.add(QThread.currentThread())

    def on_cancelled(self) -> None:
        self.was_cancelled = True
        self.threads.add(QThread.currentThread())


def _connect(task: Task) -> Recorder:
    r = Recorder()
    task.progress.connect(r.on_progress)
    task.succeeded.connect(r.on_succeeded)
    task.failed.connect(r.on_failed)
    task.cancelled.connect(r.on_cancelled)
    return r


def count_to(n: int) -> Callable[[Progress, Cancel], int]:
    def run(progress: Progress, cancel: Cancel) -> int:
        for i in range(1, n + 1):
            if cancel():
                raise TaskCancelledError
            progress(i, n)
        return threading.get_ident()

    return run


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    task = Task(count_to(100_000))
    r = _connect(task)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert r.result != threading.get_ident()  # it ran elsewhere
    assert r.threads == {QThread.currentThread()}  # but reported here
    assert r.progress[-1] == (100_000, 100_000)
    assert len(r.progress) < 1_000  # throttled, not 100,000 queued signals
    assert not task.is_running


def test_failure(qtbot: QtBot) -> None:
    def boom(progress: Progress, cancel: Cancel) -> None:
        raise ValueError("bad row")

    task = Task(boom)
    r = _connect(task)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert isinstance(r.error, ValueError) and str(r.error) == "bad row"
    assert r.result is None and not r.was_cancelled


def test_cancel(qtbot: QtBot) -> None:
    started = threading.Event()

    def wait_for_cancel(progress: Progress, cancel: Cancel) -> str:
        started.set()
        while not cancel():
            started.wait(0.001)
        raise TaskCancelledError

    task = Task(wait_for_cancel)
    r = _connect(task)
    task.start()
    assert started.wait(10)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.cancel()
    assert r.was_cancelled and r.error is None and r.result is None
    with pytest.raises(RuntimeError, match="runs once"):
        task.start()


def test_on_file_uses_its_own_connection(qtbot: QtBot, office: OfficeFile) -> None:
    """A writing task opens the file in its thread; the GUI's connection sees the result."""

    def add_team(doc: OfficeFile, progress: Progress, cancel: Cancel) -> int:
        assert doc is not office and doc.conn is not office.conn
        with doc.write() as conn:
            conn.execute("INSERT INTO teams(name) VALUES ('Night shift')")
        return threading.get_ident()

    task = Task.on_file(Path(office.path), add_team)
    r = _connect(task)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert r.error is None, r.error
    assert office.scalar("SELECT count(*) FROM teams") == 1
    # The worker's close did not remove the GUI's lock record.
    from officeplanner.store.holder import read_holder

    assert read_holder(office.path) is not None
