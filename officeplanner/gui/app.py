"""Start the desktop application: ``officeplanner`` or ``officeplanner gui [FILE]``.

The window is shown before any file is opened (opening is queued on the event loop),
so the user sees the app at once even when the file is large or on a slow share.
"""

from __future__ import annotations

import os
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
from officeplanner.gui.none_guard import guard_application
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
        guard_application(existing)
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "officeplanner", *argv])
    app.setDesktopFileName("officeplanner")
    app.setWindowIcon(icon("officeplanner"))
    guard_application(app)  # shiboken 6.12 on Python 3.11 drains refcounts of None
    return app


class _Interrupts:
    """Ctrl+C in the terminal, or a polite kill, closes the window properly.

    Python runs signal handlers only between bytecodes, never while Qt's event loop
    waits, so a timer wakes the interpreter a few times a second; quitting through the
    window closes the file and removes its lock record.
    """

    def __init__(self, window: MainWindow) -> None:
        import signal  # after the first paint: the module builds its enums on import

        self.window = window
        self.timer = QTimer(window)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.wake)
        self.timer.start()
        self._previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
        for sig in self._previous:
            signal.signal(sig, self.handle)

    def restore(self) -> None:
        """Put back the handlers there were before (the window is gone)."""
        import signal

        for sig, handler in self._previous.items():
            signal.signal(sig, handler)

    def handle(self, signum: int, frame: object) -> None:
        self.window.close()
        QApplication.quit()

    @Slot()
    def wake(self) -> None:
        """Nothing: returning to Python is enough for pending signal handlers to run."""


class _Starter:
    """After the first paint: Ctrl+C handling, then the start-up file (a method, not a
    lambda)."""

    def __init__(self, window: MainWindow, file: Path | None) -> None:
        self.window = window
        self.file = file

        self.interrupts: _Interrupts | None = None

    @Slot()
    def run(self) -> None:
        self.interrupts = _Interrupts(self.window)  # its timer is a child of the window
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
    starter: _Starter | None = None
    try:
        app_settings = settings if settings is not None else Settings()
        apply_color_scheme(app, app_settings.get(COLOR_SCHEME))
        # Before any window: tr() looks the texts up when widgets are made.
        install_translators(app, app_settings.get(LANGUAGE))
        window = MainWindow(app_settings, opening=start_up_file(app_settings, file))
        reporter.window = window
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        starter = _Starter(window, file)
        # After the first paint, in this order (slots run in the order connected): the
        # log file, Ctrl+C handling, then the start-up file, whose opening may log.
        window.first_painted.connect(reporter.start_logging)
        window.first_painted.connect(starter.run)
        if smoke_dir:
            window.first_painted.connect(window.close)
        window.show()
        return int(app.exec())  # the window (and the interrupt timer) is gone by now
    finally:
        reporter.window = None
        reporter.uninstall()
        if starter is not None and starter.interrupts is not None:
            starter.interrupts.restore()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
