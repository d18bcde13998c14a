#!/usr/bin/env python3
"""Make the user guide's screenshots (docs/guide/images/<lang>/<scene>.png) from the demo office.

Run under Xvfb (or with ``QT_QPA_PLATFORM=offscreen``)::

    xvfb-run -a -s '-screen 0 1280x800x24' \
        .venv/bin/python packaging/guide_screenshots.py --lang both

The images are generated, not committed (``docs/guide/images/`` is in .gitignore); the
guide shows a short note where one is missing. Each language runs in its own process,
because Qt looks strings up when a widget is built: the translators must be installed
before the first window exists and cannot be swapped under a living one. A small demo
office with fixed dates is built in a temporary folder, and the settings live in a
temporary INI file, so the pictures do not change from day to day and nothing of the
user's is touched. Scenes run one after another from the event loop (QTimer and the
pages' own "done" signals, never blocking it) and are grabbed from the screen, so a
dialog over the window is in its picture.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Final

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QObject, QRect, QSettings, QTimer, SignalInstance, Slot  # noqa: E402
from PySide6.QtGui import QGuiApplication, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

if TYPE_CHECKING:
    from officeplanner.store import OfficeFile

#: Every scene, in the order it is shot; docs/guide/<lang>.md refer to exactly these.
SCENES: Final = (
    "welcome",
    "setup-wizard",
    "office",
    "people",
    "bookings-week",
    "bookings-table",
    "booking-dialog",
    "import-preview",
    "dashboard",
    "planner",
    "planner-zones",
    "calendar-export",
)
LANGUAGES: Final = ("en", "nb")
#: The demo office's "today" and last day: fixed, so the pictures are the same every run.
TODAY: Final = date(2026, 3, 4)
END: Final = TODAY + timedelta(days=4 - TODAY.weekday(), weeks=1)
PEOPLE: Final = 120
TIMEZONE: Final = "Europe/Oslo"
WEEKS: Final = 26
WIDTH, HEIGHT = 1280, 800
#: How long a scene settles (layouts, repaints) before it is grabbed, in milliseconds.
SETTLE_MS: Final = 400
#: The longest wait for a page's "done" signal before the scene is grabbed anyway.
TIMEOUT_MS: Final = 60_000
#: The planner's time limit for the planner scene, in seconds.
PLAN_SECONDS: Final = 5.0


#: File names the pictures show, in each language (a Norwegian reader sees Norwegian ones).
FILE_NAMES: Final = {
    "en": ("Demo office.officeplan", "Bergen office", "bookings from Excel.csv", "Spring 2026"),
    "nb": ("Demokontoret.officeplan", "Bergen-kontoret", "reservasjoner fra Excel.csv", "Vår 2026"),
}


#: The documents folder the welcome scene's recent file is shown in.
DOCUMENTS: Final = {"en": "Documents", "nb": "Dokumenter"}


def build_demo(folder: Path, lang: str = "en") -> Path:
    """A small demo office with fixed dates in ``folder``."""
    from officeplanner.demo.files import create_demo_file

    path = folder / FILE_NAMES[lang][0]
    create_demo_file(path, people=PEOPLE, weeks=WEEKS, end=END, today=TODAY)
    return path


def grab_screen(window: QWidget, dialog: QWidget | None) -> QPixmap:
    """The window's area of the screen, with ``dialog`` over it.

    Under Xvfb the screen is grabbed, as a user would see it. The offscreen platform has
    no screen to grab from, so there the window and the dialog are rendered and the dialog
    is painted at its place.
    """
    if QGuiApplication.platformName() != "offscreen":
        screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(0, 0, 0, WIDTH, HEIGHT)
        if not pixmap.isNull():
            return pixmap
    pixmap = window.grab()
    if dialog is not None and dialog.isVisible():
        painter = QPainter(pixmap)
        top_left = dialog.frameGeometry().topLeft() - window.frameGeometry().topLeft()
        painter.drawPixmap(top_left, dialog.grab())
        painter.end()
    return pixmap


class GuideShooter(QObject):
    """Sets up each scene of :data:`SCENES`, waits until it is ready, and saves its picture."""

    def __init__(
        self, window: QWidget, file: Path, out: Path, lang: str, until: str = SCENES[-1]
    ) -> None:
        super().__init__(window)
        self.lang = lang
        from officeplanner.gui.main_window import MainWindow

        assert isinstance(window, MainWindow)
        self.window = window
        self.file = file
        self.out = out
        self.dialog: QWidget | None = None
        self.taken: list[Path] = []
        self.failed: list[str] = []
        self._waiting: SignalInstance | None = None
        #: When set, the awaited signal counts only once this is true.
        self._until: Callable[[], bool] | None = None
        self._dashboard_end = TODAY
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(TIMEOUT_MS)
        self._timeout.timeout.connect(self._timed_out)
        setups: dict[str, Callable[[], SignalInstance | None]] = {
            "welcome": self.welcome,
            "setup-wizard": self.setup_wizard,
            "office": self.office,
            "people": self.people,
            "bookings-week": self.bookings_week,
            "bookings-table": self.bookings_table,
            "booking-dialog": self.booking_dialog,
            "import-preview": self.import_preview,
            "dashboard": self.dashboard,
            "planner": self.planner,
            "planner-zones": self.planner_zones,
            "calendar-export": self.calendar_export,
        }
        assert tuple(setups) == SCENES
        # Scenes build on the ones before (the file is opened, a plan is saved), so a
        # shorter run is always a prefix of the whole.
        self.scenes = list(setups.items())[: SCENES.index(until) + 1]

    # -- running -----------------------------------------------------------------------------

    def start(self) -> None:
        QTimer.singleShot(SETTLE_MS, self.next_scene)

    @Slot()
    def next_scene(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        if not self.scenes:
            self.window.close()
            QApplication.quit()
            return
        name, setup = self.scenes[0]
        try:
            signal = setup()
        except Exception as exc:  # a broken scene must not stop the others
            print(f"{name}: not shot: {exc!r}", file=sys.stderr)
            self.failed.append(name)
            self.scenes.pop(0)
            QTimer.singleShot(50, self.next_scene)
            return
        if signal is None:
            QTimer.singleShot(SETTLE_MS, self.grab)
            return
        self._waiting = signal
        signal.connect(self._ready)
        self._timeout.start()

    @Slot()
    def _ready(self) -> None:
        if self._until is not None and not self._until():
            return  # an earlier run's signal (say, a report of the old period): wait on
        self._stop_waiting()
        QTimer.singleShot(SETTLE_MS, self.grab)

    @Slot()
    def _timed_out(self) -> None:
        print(f"{self.scenes[0][0]}: gave up waiting, grabbed as it is", file=sys.stderr)
        self._until = None
        self._ready()

    def _stop_waiting(self) -> None:
        self._timeout.stop()
        self._until = None
        if self._waiting is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # its sender is gone
                self._waiting.disconnect(self._ready)
            self._waiting = None

    @Slot()
    def grab(self) -> None:
        name, _ = self.scenes.pop(0)
        path = self.out / f"{name}.png"
        if grab_screen(self.window, self.dialog).save(str(path)):
            self.taken.append(path)
            print(path)
        else:
            self.failed.append(name)
            print(f"{name}: could not write {path}", file=sys.stderr)
        QTimer.singleShot(50, self.next_scene)

    def show_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.show()
        # Centred over the window on every platform (offscreen has no one to place it).
        dialog.move(self.window.geometry().center() - dialog.rect().center())
        dialog.raise_()
        dialog.activateWindow()

    # -- helpers -----------------------------------------------------------------------------

    def _doc(self) -> OfficeFile:
        doc = self.window.context.doc
        assert doc is not None, "no file is open"
        return doc

    def _page(self, key: str, kind: type) -> QWidget:
        page = self.window.pages[key]
        assert isinstance(page, kind), f"{key} is {type(page).__name__}"
        return page

    # -- scenes ------------------------------------------------------------------------------

    def welcome(self) -> None:
        # A path as a user's would be, not the random temporary folder: the same every run.
        shown = PurePosixPath("/home/kari", DOCUMENTS[self.lang], self.file.name)
        self.window.welcome.set_recent([shown.as_posix()])

    def setup_wizard(self) -> None:
        from officeplanner.gui.setup_wizard import SetupWizard

        wizard = SetupWizard(str(self.file.parent), self.window)
        wizard.file_page.ui.fileEdit.setText(str(self.file.with_name(FILE_NAMES[self.lang][1])))
        self.show_dialog(wizard)
        wizard.next()
        wizard.site_page.ui.nameEdit.setText("Bergen")
        wizard.site_page.ui.timezoneCombo.setCurrentText(TIMEZONE)

    def office(self) -> None:
        from officeplanner.edits.office import Level
        from officeplanner.gui.office_page import OfficePage

        self.window.open_path(self.file)
        self.window.show_page("office")
        page = self._page("office", OfficePage)
        assert isinstance(page, OfficePage)
        zone = int(self._doc().scalar("SELECT id FROM zones ORDER BY id LIMIT 1"))
        page.select((Level.ZONE, zone))

    def people(self) -> None:
        self.window.show_page("people")

    def bookings_week(self) -> None:
        from officeplanner.gui.bookings_page import BookingsPage

        self.window.show_page("bookings")
        page = self._page("bookings", BookingsPage)
        assert isinstance(page, BookingsPage)
        page.tabs.setCurrentIndex(0)
        page.show_week(TODAY)

    def bookings_table(self) -> None:
        from officeplanner.gui.bookings_page import BookingsPage

        page = self._page("bookings", BookingsPage)
        assert isinstance(page, BookingsPage)
        page.tabs.setCurrentIndex(1)

    def booking_dialog(self) -> None:
        """Booking a desk someone already has that day: the conflict shows as you type."""
        from officeplanner.gui.booking_dialog import BookingDialog
        from officeplanner.gui.bookings_page import BookingsPage

        page = self._page("bookings", BookingsPage)
        assert isinstance(page, BookingsPage)
        page.tabs.setCurrentIndex(0)
        doc = self._doc()
        desk, person = doc.conn.execute(
            "SELECT desk_id, person_id FROM bookings WHERE date = ? AND status = 'booked' "
            "ORDER BY desk_id LIMIT 1",
            (TODAY.isoformat(),),
        ).fetchone()
        other = int(
            doc.scalar("SELECT id FROM people WHERE id != ? ORDER BY id LIMIT 1", (person,))
        )
        dialog = BookingDialog(
            self.window.context, day=TODAY, desk_id=desk, person_id=other, parent=self.window
        )
        self.show_dialog(dialog)

    def import_preview(self) -> None:
        """A semicolon, Windows-1252 file as Excel writes it, with two bad rows."""
        from officeplanner.gui.import_wizard import ImportWizard

        doc = self._doc()
        desks = [r[0] for r in doc.conn.execute("SELECT name FROM desks ORDER BY id LIMIT 3")]
        people = [r[0] for r in doc.conn.execute("SELECT name FROM people ORDER BY id LIMIT 3")]
        day = END + timedelta(days=3)
        lines = ["Dato;Pult;Ansatt;Status"]
        lines.append(f"{day:%d.%m.%Y};{desks[0]};{people[0]};booket")
        lines.append(f"{day + timedelta(days=1):%d.%m.%Y};{desks[1]};{people[1]};booket")
        lines.append(f"32.{day:%m.%Y};{desks[2]};{people[2]};booket")  # no such day
        lines.append(f"{day:%d.%m.%Y};Pult 999;{people[0]};sjekket inn")  # unknown desk
        source = self.file.with_name(FILE_NAMES[self.lang][2])
        source.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
        wizard = ImportWizard(self.window.context, source, self.window)
        self.show_dialog(wizard)
        wizard.next()

    def dashboard(self) -> SignalInstance:
        """The demo's past weeks; grabbed once their report is on screen.

        The whole data range would end in the coming week, booked but not yet used, and
        its 0 % would look like a fault in every chart.
        """
        from officeplanner.analytics import Period
        from officeplanner.gui.dashboard_page import DashboardPage

        page = self._page("dashboard", DashboardPage)
        assert isinstance(page, DashboardPage)
        self.window.show_page("dashboard")
        start = page.data_period.start if page.data_period else END - timedelta(weeks=WEEKS)
        last_friday = TODAY - timedelta(days=TODAY.weekday() + 3)
        self._dashboard_end = last_friday
        page.set_period(Period(start, last_friday))
        self._until = self._dashboard_ready
        signal: SignalInstance = page.report_shown
        return signal

    def _dashboard_ready(self) -> bool:
        from officeplanner.gui.dashboard_page import DashboardPage

        page = self._page("dashboard", DashboardPage)
        assert isinstance(page, DashboardPage)
        return page.report is not None and page.report.period.end == self._dashboard_end

    def planner(self) -> SignalInstance:
        """A plan run on the demo, each team seated together by zone (the demo's Oslo
        office has three zones on a floor); grabbed when the run has finished."""
        from officeplanner.gui.planner_page import PlannerPage

        page = self._page("planner", PlannerPage)
        assert isinstance(page, PlannerPage)
        self.window.show_page("planner")
        page.time_limit.setValue(PLAN_SECONDS)
        assert page.seat_check.isEnabled(), "the demo has no site with several zones"
        page.seat_check.click()  # as a user ticks it: the page remembers the choice
        page.run_plan()
        assert page.task is not None, "the planner did not start"
        signal: SignalInstance = page.task.finished
        return signal

    def planner_zones(self) -> None:
        """The same run's Load vs capacity tab: the sites' chart, and under it the load
        per zone of the seated teams."""
        from officeplanner.gui.planner_page import PlannerPage

        page = self._page("planner", PlannerPage)
        assert isinstance(page, PlannerPage)
        page.tabs.setCurrentWidget(page.load_tab)
        assert page.zone_load.rowCount() > 0, "the plan seats nobody by zone"

    def calendar_export(self) -> None:
        """The plan just made, saved, and its calendar export previewed."""
        from officeplanner.gui.calendar_export_dialog import CalendarExportDialog
        from officeplanner.gui.planner_page import PlannerPage

        page = self._page("planner", PlannerPage)
        assert isinstance(page, PlannerPage)
        page.tabs.setCurrentIndex(0)  # the plan behind the dialog, as it was saved
        start = TODAY + timedelta(days=7 - TODAY.weekday())
        name = FILE_NAMES[self.lang][3]
        page.save_as(name, start, start + timedelta(weeks=12))
        dialog = CalendarExportDialog(self.window.context, page.last_saved, self.window)
        self.show_dialog(dialog)


def shoot(lang: str, scheme: str, out: Path, until: str = SCENES[-1]) -> int:
    """Shoot every scene in ``lang`` into ``out``/``lang``; 0 when all were written."""
    import faulthandler
    import signal

    faulthandler.register(signal.SIGUSR1)  # `kill -USR1 <pid>` shows where a hang is
    from officeplanner.gui.app import make_application
    from officeplanner.gui.i18n import install_translators
    from officeplanner.gui.main_window import MainWindow
    from officeplanner.gui.settings import Settings
    from officeplanner.gui.theme import apply_color_scheme

    # The demo office is Norwegian: the setup wizard offers the computer's timezone.
    os.environ["TZ"] = TIMEZONE
    if hasattr(time, "tzset"):
        time.tzset()
    folder = out / lang
    folder.mkdir(parents=True, exist_ok=True)
    wanted = SCENES[: SCENES.index(until) + 1]
    for scene in wanted:  # a scene that fails must not leave last run's picture behind
        (folder / f"{scene}.png").unlink(missing_ok=True)
    # A folder of its own: runs side by side (tests, a build) do not share files.
    tmp = Path(tempfile.mkdtemp(prefix=f"officeplanner-guide-{lang}-"))
    file = build_demo(tmp, lang)
    app = make_application()
    install_translators(app, lang)  # before any window: texts are looked up when built
    apply_color_scheme(app, scheme, env=False)
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.setGeometry(QRect(0, 0, WIDTH, HEIGHT))  # no window manager under Xvfb
    window.show()
    shooter = GuideShooter(window, file, folder, lang, until)
    shooter.start()
    app.exec()
    window.deleteLater()
    shutil.rmtree(tmp, ignore_errors=True)
    missing = [s for s in wanted if not (folder / f"{s}.png").exists()]
    if missing:
        print(f"{lang}: missing {', '.join(missing)}", file=sys.stderr)
    return 1 if missing or shooter.failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=(*LANGUAGES, "both"), default="both")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "guide" / "images")
    parser.add_argument(
        "--until", choices=SCENES, default=SCENES[-1], help="stop after this scene (tests)"
    )
    args = parser.parse_args(argv)
    if args.lang != "both":
        return shoot(args.lang, args.scheme, args.out.resolve(), args.until)
    status = 0
    for lang in LANGUAGES:  # one process each: translators are fixed per process
        command = [sys.executable, str(Path(__file__).resolve()), "--lang", lang]
        command += ["--scheme", args.scheme, "--out", str(args.out.resolve())]
        command += ["--until", args.until]
        status = max(status, subprocess.run(command, check=False).returncode)
    return status


if __name__ == "__main__":
    sys.exit(main())
