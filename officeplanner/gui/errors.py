"""Unexpected exceptions: logged to a file, shown in a dialog with details to copy.

Why a hook rather than try/except everywhere: an exception in a slot called by Qt has
nowhere to go but ``sys.excepthook`` (PySide prints it and carries on), so the user would
see nothing and the bug would leave no trace. The hook writes the traceback to
``officeplanner.log`` in the user's log folder and tells the user in plain words.

The office file itself is never left half-written by a failure: every change is one
``doc.write()`` transaction in the core, rolled back when an exception leaves it.

Exceptions raised on other threads (``threading.excepthook``, a QThread's ``run``) are
logged there and the dialog is shown by the GUI thread, through a queued signal, since
widgets may only be touched from the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from officeplanner import __version__

if TYPE_CHECKING:
    from officeplanner.gui.error_dialog import ErrorDialog

APP_NAME: Final = "Office Planner"
LOG_FILE_NAME: Final = "officeplanner.log"

log = logging.getLogger("officeplanner")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def default_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class _HeldRecords(logging.Handler):
    """Keeps what is logged at start-up until the log file is attached.

    The file handler (``logging.handlers``, which brings sockets, pickle and queues) is
    attached after the window is first painted, so that the first paint does not wait
    for it; nothing logged before then is lost.
    """

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_early_records() -> None:
    """Keep records logged from now until :func:`setup_logging` attaches the file."""
    if not any(isinstance(h, _HeldRecords) for h in log.handlers):
        log.addHandler(_HeldRecords())
    log.setLevel(logging.INFO)


def setup_logging(folder: Path | None = None) -> Path:
    """Log to ``folder/officeplanner.log`` (rotated at 1 MB, 3 kept); returns its path.

    Records held since :func:`hold_early_records` are written to it first.
    """
    import logging.handlers

    folder = folder or default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    held = [h for h in log.handlers if isinstance(h, _HeldRecords)]
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    for holder in held:
        log.removeHandler(holder)
        for record in holder.records:
            handler.handle(record)
    return path


def present(dialog: ErrorDialog) -> None:
    """Show the error dialog modally. Tests replace this to inspect the dialog instead."""
    dialog.exec()


class ErrorReporter(QObject):
    """Installs the hooks; logs every unexpected exception and shows it to the user."""

    #: summary, details — emitted from any thread, shown on the GUI thread.
    report = Signal(str, str)

    def __init__(self, log_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Where the log goes (None: the user's log folder); the file is attached by
        #: :meth:`start_logging`, at the latest when the first exception is reported.
        self.log_dir = log_dir
        self.log_path: Path | None = None
        self.window: QWidget | None = None
        self._previous: ExceptHook | None = None
        self._previous_thread: Callable[[threading.ExceptHookArgs], object] | None = None
        self._showing = False
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def start_logging(self) -> None:
        if self.log_path is None:
            self.log_path = setup_logging(self.log_dir)

    def install(self) -> None:
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
        if self._previous_thread is not None:
            threading.excepthook = self._previous_thread

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        self.start_logging()
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        summary = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
        log.error("Unexpected error (Office Planner %s)\n%s", __version__, details.rstrip())
        for handler in log.handlers:
            handler.flush()
        header = f"Office Planner {__version__}, Python {sys.version.split()[0]}\n\n"
        from PySide6.QtCore import QThread

        app = QApplication.instance()
        if app is None:
            sys.__excepthook__(exc_type, exc, tb)
        elif QThread.currentThread() is app.thread():
            self._show(summary, header + details)
        else:
            self.report.emit(summary, header + details)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self._showing:
            return  # one box at a time; the rest are in the log
        self._showing = True
        try:
            from officeplanner.gui.error_dialog import ErrorDialog

            present(ErrorDialog(self.window, summary, details, self.log_path))
        finally:
            self._showing = False
