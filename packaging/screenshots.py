#!/usr/bin/env python3
"""Take screenshots of the application shell and its editors in a real (X11) window.

Run under Xvfb at each size the app must look right at::

    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python packaging/screenshots.py
    xvfb-run -a -s '-screen 0 1920x1080x24' .venv/bin/python packaging/screenshots.py

``--lang nb`` shows it in Norwegian, ``--scheme dark`` in the dark palette.
PNGs go to ``/tmp/shots/shell`` (``--out``), named ``SCENE-WIDTHxHEIGHT.png``. The
settings live in a temporary folder and the demo office is built in one (or pass
``--file``), so nothing of the user's is touched. Each scene is set up, then grabbed
from the screen (so dialogs over the window are in the picture) once the event loop has
painted it; scenes run one after another from a QTimer, never blocking the loop.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from officeplanner.domain import BookingStatus  # noqa: E402
from officeplanner.edits.office import Level  # noqa: E402
from officeplanner.gui.app import make_application  # noqa: E402
from officeplanner.gui.booking_dialog import BookingDialog  # noqa: E402
from officeplanner.gui.bookings_page import BookingsPage  # noqa: E402
from officeplanner.gui.dialogs import DeskDialog, PersonDialog, SiteDialog  # noqa: E402
from officeplanner.gui.error_dialog import ErrorDialog  # noqa: E402
from officeplanner.gui.export_dialog import ExportDialog  # noqa: E402
from officeplanner.gui.i18n import install_translators  # noqa: E402
from officeplanner.gui.import_wizard import ImportWizard  # noqa: E402
from officeplanner.gui.main_window import MainWindow  # noqa: E402
from officeplanner.gui.office_page import OfficePage  # noqa: E402
from officeplanner.gui.people_page import PeoplePage  # noqa: E402
from officeplanner.gui.settings import Settings  # noqa: E402
from officeplanner.gui.setup_wizard import SetupWizard  # noqa: E402
from officeplanner.gui.theme import apply_color_scheme  # noqa: E402

#: How long each scene settles before it is grabbed, in milliseconds.
SETTLE_MS = 400


class Shooter:
    def __init__(self, window: MainWindow, file: Path, out: Path, size: str) -> None:
        self.window = window
        self.file = file
        self.out = out
        self.size = size
        self.dialog: QWidget | None = None
        self._wizard: QWidget | None = None
        self.setup: SetupWizard
        self.scenes: list[tuple[str, Callable[[], None]]] = [
            ("welcome", self.welcome),
            ("setup-file", self.setup_file),
            ("setup-site", self.setup_site),
            ("setup-desks", self.setup_desks),
            ("office", self.office),
            ("office-filter", self.office_filter),
            ("desk-dialog", self.desk_dialog),
            ("site-dialog-error", self.site_dialog),
            ("people", self.people),
            ("person-dialog-error", self.person_dialog),
            ("bookings", self.bookings),
            ("bookings-table", self.bookings_table),
            ("booking-dialog-conflict", self.booking_dialog),
            ("import-preview", self.import_preview),
            ("import-validation-errors", self.import_validation),
            ("export-dialog", self.export_dialog),
            ("dashboard", self.dashboard),
            ("planner", self.planner),
            ("read-only", self.read_only),
            ("user-guide", self.user_guide),
            ("error-dialog", self.error_dialog),
            ("empty-office", self.empty_office),
        ]
        self.taken: list[Path] = []

    # -- running -----------------------------------------------------------------------------

    def start(self) -> None:
        QTimer.singleShot(SETTLE_MS, self.next_scene)

    def next_scene(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        if not self.scenes:
            self.window.close()
            QApplication.quit()
            return
        _name, setup = self.scenes[0]
        setup()
        QTimer.singleShot(SETTLE_MS, self.grab)

    def grab(self) -> None:
        name, _ = self.scenes.pop(0)
        path = self.out / f"{name}-{self.size}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
        self.taken.append(path)
        print(path)
        QTimer.singleShot(50, self.next_scene)

    def show_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    # -- scenes ------------------------------------------------------------------------------

    @property
    def office_page(self) -> OfficePage:
        page = self.window.pages["office"]
        assert isinstance(page, OfficePage)
        return page

    def welcome(self) -> None:
        self.window.welcome.set_recent([str(self.file)])

    def setup_file(self) -> None:
        wizard = SetupWizard(str(self.file.parent), self.window)
        wizard.file_page.ui.fileEdit.setText(str(self.file.with_name("Bergen office")))
        self.setup = wizard
        self.show_dialog(wizard)
        self.dialog = None  # kept open for the next scenes

    def setup_site(self) -> None:
        self.setup.next()
        self.setup.site_page.ui.nameEdit.setText("Bergen")

    def setup_desks(self) -> None:
        self.setup.next()  # floors
        self.setup.next()  # zones
        self.setup.next()  # desks
        self.dialog = self.setup  # closed after this scene

    def office(self) -> None:
        self.window.open_path(self.file)
        self.window.show_page("office")
        doc = self.window.context.doc
        assert doc is not None
        zone = int(doc.scalar("SELECT id FROM zones ORDER BY id LIMIT 1"))
        self.office_page.select((Level.ZONE, zone))

    def office_filter(self) -> None:
        self.office_page.filter_edit.setText("2")

    def desk_dialog(self) -> None:
        self.office_page.filter_edit.clear()
        doc = self.window.context.doc
        assert doc is not None
        desk = int(doc.scalar("SELECT id FROM desks ORDER BY id LIMIT 1"))
        self.office_page.select((Level.DESK, desk))
        self.show_dialog(DeskDialog(doc, desk, self.window))

    def site_dialog(self) -> None:
        doc = self.window.context.doc
        assert doc is not None
        site = int(doc.scalar("SELECT id FROM sites ORDER BY id LIMIT 1"))
        self.office_page.select((Level.SITE, site))
        dialog = SiteDialog(doc, site, self.window)
        dialog.ui.closureDate.setDate(QDate(2026, 12, 24))
        dialog.ui.closureReason.setText("Christmas Eve")
        dialog.ui.addClosureButton.click()
        dialog.ui.timezoneCombo.setCurrentText("Europe/Olso")  # a typo: the error shows
        self.show_dialog(dialog)

    def people(self) -> None:
        self.window.show_page("people")
        page = self.window.pages["people"]
        assert isinstance(page, PeoplePage)
        page.search.setText("an")

    def person_dialog(self) -> None:
        doc = self.window.context.doc
        assert doc is not None
        name = str(doc.scalar("SELECT name FROM people ORDER BY id LIMIT 1"))
        from officeplanner.edits.people import Person

        dialog = PersonDialog(doc, Person(None, name, None, "someone@"), self.window)
        self.show_dialog(dialog)

    def bookings(self) -> None:
        page = self.window.pages["people"]
        assert isinstance(page, PeoplePage)
        page.search.clear()
        if "bookings" in self.window.pages:
            self.window.show_page("bookings")

    @property
    def bookings_page(self) -> BookingsPage:
        page = self.window.pages["bookings"]
        assert isinstance(page, BookingsPage)
        return page

    def bookings_table(self) -> None:
        page = self.bookings_page
        page.tabs.setCurrentIndex(1)
        page.status_combo.setCurrentIndex(page.status_combo.findData(BookingStatus.NO_SHOW.value))

    def booking_dialog(self) -> None:
        """Booking a desk someone already has today: the conflict shows as you type."""
        self.bookings_page.tabs.setCurrentIndex(0)
        doc = self.window.context.doc
        assert doc is not None
        today = date.today().isoformat()
        desk, person = doc.conn.execute(
            "SELECT desk_id, person_id FROM bookings WHERE date = ? AND status = 'booked' "
            "ORDER BY desk_id LIMIT 1",
            (today,),
        ).fetchone()
        other = int(
            doc.scalar("SELECT id FROM people WHERE id != ? ORDER BY id LIMIT 1", (person,))
        )
        dialog = BookingDialog(
            self.window.context, day=date.today(), desk_id=desk, person_id=other, parent=self.window
        )
        self.show_dialog(dialog)

    def import_preview(self) -> None:
        """A semicolon, Windows-1252 file as Excel writes it, with two bad rows."""
        doc = self.window.context.doc
        assert doc is not None
        desks = [r[0] for r in doc.conn.execute("SELECT name FROM desks ORDER BY id LIMIT 3")]
        people = [r[0] for r in doc.conn.execute("SELECT name FROM people ORDER BY id LIMIT 3")]
        lines = ["Dato;Pult;Ansatt;Status"]
        lines.append(f"07.12.2026;{desks[0]};{people[0]};booket")
        lines.append(f"31.12.2026;{desks[1]};{people[1]};booket")
        lines.append(f"32.12.2026;{desks[2]};{people[2]};booket")  # no such day
        lines.append(f"08.12.2026;Pult 999;{people[0]};sjekket inn")  # unknown desk
        source = self.file.with_name("bookinger fra Excel.csv")
        source.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
        wizard = ImportWizard(self.window.context, source, self.window)
        self.show_dialog(wizard)
        self.dialog = None  # stays open for the next scene, which validates
        self._wizard = wizard
        wizard.next()

    def import_validation(self) -> None:
        assert isinstance(self._wizard, ImportWizard)
        self._wizard.next()

    def export_dialog(self) -> None:
        if self._wizard is not None:
            self._wizard.close()
        self.show_dialog(ExportDialog(self.window.context, self.window))

    def dashboard(self) -> None:
        if self._wizard is not None:
            self._wizard.close()
        if "dashboard" in self.window.pages:
            self.window.show_page("dashboard")

    def planner(self) -> None:
        if "planner" in self.window.pages:
            self.window.show_page("planner")

    def read_only(self) -> None:
        self.window.close_file()
        self.window.open_path(self.file, read_only=True)
        self.window.show_page("office")

    def user_guide(self) -> None:
        from officeplanner.gui.guide import UserGuideDialog

        guide = UserGuideDialog(self.window)
        guide.show_topic("How figures are calculated")
        self.show_dialog(guide)

    def error_dialog(self) -> None:
        try:
            raise ZeroDivisionError("division by zero")
        except ZeroDivisionError as exc:
            import traceback

            details = "".join(traceback.format_exception(exc))
        dialog = ErrorDialog(
            self.window,
            "ZeroDivisionError: division by zero",
            details,
            Path.home() / ".local/state/Office Planner/log/officeplanner.log",
        )
        self.show_dialog(dialog)

    def empty_office(self) -> None:
        self.window.close_file()
        empty = self.file.with_name("Empty.officeplan")
        if not empty.exists():
            from officeplanner.store import OfficeFile

            OfficeFile.create(empty).close()
        self.window.open_path(empty)
        self.window.show_page("office")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots/shell"))
    parser.add_argument("--file", type=Path, help="office file to show (default: the demo)")
    parser.add_argument("--lang", choices=("en", "nb"), default="en", help="interface language")
    parser.add_argument(
        "--scheme", choices=("light", "dark"), default="light", help="light or dark palette"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="officeplanner-shots-"))
    file = args.file
    if file is None:
        from officeplanner.demo.files import ensure_demo_office

        file = ensure_demo_office(tmp / "Demo office.officeplan")

    app = make_application()
    apply_color_scheme(app, args.scheme, env=False)
    install_translators(app, args.lang)
    screen = QGuiApplication.primaryScreen().geometry()
    size = f"{screen.width()}x{screen.height()}"
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.setGeometry(screen)  # fill the virtual screen: no window manager under Xvfb
    window.show()
    shooter = Shooter(window, file, args.out, size)
    shooter.start()
    app.exec()
    return 0 if shooter.taken else 1


if __name__ == "__main__":
    sys.exit(main())
