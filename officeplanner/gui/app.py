"""Start the desktop application: ``officeplanner`` or ``officeplanner gui [FILE]``.

The window is shown before any file is opened (opening is queued on the event loop),
so the user sees the app at once even when the file is large or on a slow share.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication

from officeplanner import __version__
from officeplanner.gui import errors
from officeplanner.gui.i18n import install_translators
from officeplanner.gui.icons import icon
from officeplanner.gui.main_window import MainWindow, start_up_file
from officeplanner.gui.settings import (
    APPLICATION,
    COLOR_SCHEME,
    LANGUAGE,
    ORGANIZATION,
    Settings,
)
from officeplanner.gui.theme import apply_color_scheme

#: A folder: open the start-up file, then quit, with settings and logs kept in that folder
#: (packaging/smoke_frozen.py's check that a build starts; never the user's settings).
SMOKE_TEST_ENV = "OFFICEPLANNER_SMOKE_TEST"


def make_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (created once), with the names QSettings and the OS use."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "officeplanner", *argv])
    app.setDesktopFileName("officeplanner")
    app.setWindowIcon(icon("officeplanner"))
    return app


class _Interrupts:
    """Ctrl+C in the terminal, or a polite kill, closes the window properly.

    Python runs signal handlers only between bytecodes, never while Qt's event loop
    waits, so a timer wakes the interpreter a few times a second; quitting through the
    window closes the file and removes its lock record.
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.timer = QTimer(window)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.wake)
        self.timer.start()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, self.handle)

    def handle(self, signum: int, frame: object) -> None:
        self.window.close()
        QApplication.quit()

    @Slot()
    def wake(self) -> None:
        """Nothing: returning to Python is enough for pending signal handlers to run."""


class _Starter:
    """Opens the start-up file once the event loop runs (a method, not a lambda)."""

    def __init__(self, window: MainWindow, file: Path | None) -> None:
        self.window = window
        self.file = file

    @Slot()
    def run(self) -> None:
        self.window.start(self.file)


def main(
    argv: Sequence[str] | None = None,
    *,
    settings: Settings | None = None,
    log_dir: Path | None = None,
) -> int:
    """Run the app; ``argv`` is ``[FILE]`` or empty. Returns the exit code.

    ``settings`` and ``log_dir`` default to the user's own; tests pass their own.
    """
    args = list(argv if argv is not None else sys.argv[1:])
    file = Path(args[0]).expanduser() if args else None
    app = make_application()
    smoke_dir = os.environ.get(SMOKE_TEST_ENV)
    if smoke_dir and settings is None:
        ini = str(Path(smoke_dir) / "settings.ini")
        settings, log_dir = Settings(QSettings(ini, QSettings.Format.IniFormat)), Path(smoke_dir)
    errors.hold_early_records()
    reporter = errors.ErrorReporter(log_dir)
    reporter.install()
    try:
        app_settings = settings if settings is not None else Settings()
        apply_color_scheme(app, app_settings.get(COLOR_SCHEME))
        # Before any window: tr() looks the texts up when widgets are made.
        install_translators(app, app_settings.get(LANGUAGE))
        window = MainWindow(app_settings, opening=start_up_file(app_settings, file))
        reporter.window = window
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        interrupts = _Interrupts(window)  # its timer is a child of the window
        starter = _Starter(window, file)
        # After the first paint, in this order (zero timers run in order): the log file,
        # then the start-up file, whose opening may log.
        QTimer.singleShot(0, reporter.start_logging)
        QTimer.singleShot(0, starter.run)
        if smoke_dir:
            QTimer.singleShot(0, window.close)  # after starter.run: zero timers run in order
        code = int(app.exec())  # the window (and the interrupt timer) is gone by now
        del interrupts
        return code
    finally:
        reporter.window = None
        reporter.uninstall()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_DFL)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
