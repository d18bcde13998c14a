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
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Final

import platformdirs
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QStyle, QWidget

from officeplanner import __version__

APP_NAME: Final = "Office Planner"
LOG_FILE_NAME: Final = "officeplanner.log"

log = logging.getLogger("officeplanner")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(folder: Path | None = None) -> Path:
    """Log to ``folder/officeplanner.log`` (rotated at 1 MB, 3 kept); returns its path."""
    folder = folder or default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


class ErrorDialog(QDialog):
    """What happened in one line, that the file is safe, and the details to copy."""

    def __init__(
        self, parent: QWidget | None, summary: str, details: str, log_path: Path | None
    ) -> None:
        super().__init__(parent)
        # Imported here, not at the top: every start would pay for a form that is only
        # built when something has gone wrong.
        from officeplanner.gui.forms.ui_error_dialog import Ui_ErrorDialog

        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.iconLabel.setPixmap(critical.pixmap(size, size))
        self.ui.summaryLabel.setText(
            self.tr("<b>Something went wrong.</b><br>{summary}").format(summary=_escape(summary))
        )
        # Whole sentences, not pieces glued together: word order differs between languages.
        if log_path:
            info = self.tr(
                "Your office file is safe: every change is saved as one complete step, and a "
                "step that fails is not written. It was written to the log file {log}. "
                "Please send the details below to whoever supports Office Planner for you."
            ).format(log=log_path)
        else:
            info = self.tr(
                "Your office file is safe: every change is saved as one complete step, and a "
                "step that fails is not written. Please send the details below to "
                "whoever supports Office Planner for you."
            )
        self.ui.infoLabel.setText(info)
        self.ui.detailsEdit.setPlainText(details)
        self.copy_button = self.ui.buttonBox.addButton(
            self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.ui.buttonBox.rejected.connect(self.reject)

    def details(self) -> str:
        return str(self.ui.detailsEdit.toPlainText())

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())


def present(dialog: ErrorDialog) -> None:
    """Show the error dialog modally. Tests replace this to inspect the dialog instead."""
    dialog.exec()


class ErrorReporter(QObject):
    """Installs the hooks; logs every unexpected exception and shows it to the user."""

    #: summary, details — emitted from any thread, shown on the GUI thread.
    report = Signal(str, str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.window: QWidget | None = None
        self._previous: ExceptHook | None = None
        self._previous_thread: Callable[[threading.ExceptHookArgs], object] | None = None
        self._showing = False
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

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
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        summary = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
        log.error("Unexpected error (Office Planner %s)\n%s", __version__, details.rstrip())
        for handler in log.handlers:
            handler.flush()
        header = f"Office Planner {__version__}, Python {sys.version.split()[0]}\n\n"
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
            present(ErrorDialog(self.window, summary, details, self.log_path))
        finally:
            self._showing = False


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
