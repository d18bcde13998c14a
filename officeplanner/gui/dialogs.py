"""The office and people editors' dialogs, laid out in ui/*.ui and checked as you type.

Each dialog only collects values and says what is wrong with them (using the core's
own validators, so the message matches what the edit would refuse); applying them is
the page's job, through undoable commands.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QWidget,
)

from officeplanner.edits import EditError
from officeplanner.edits import office as office_edits
from officeplanner.edits.office import Closure, SiteCalendarSettings
from officeplanner.edits.people import Person, check_email
from officeplanner.gui.core_text import in_user_language
from officeplanner.gui.forms.ui_desk_dialog import Ui_DeskDialog
from officeplanner.gui.forms.ui_person_dialog import Ui_PersonDialog
from officeplanner.gui.forms.ui_site_dialog import Ui_SiteDialog
from officeplanner.gui.site_calendar_combos import fill_subdivisions, fill_timezones_and_countries
from officeplanner.gui.theme import error_style
from officeplanner.store import OfficeFile
from officeplanner.store.entities import DeskFeatures
from officeplanner.wording import wording_of

#: How a validation message looks: readable in light and dark palettes alike.
ERROR_STYLE = "color: #c62828; font-weight: 600;"


def _show_problem(dialog: QDialog, ui: object, problem: str | None) -> None:
    label = ui.errorLabel  # type: ignore[attr-defined]
    label.setText(problem or "")
    label.setStyleSheet(error_style() if problem else "")
    label.setVisible(bool(problem))
    ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    ok.setEnabled(problem is None)


# -- person ------------------------------------------------------------------------------------


class PersonDialog(QDialog):
    """Add or edit a person: name, team, optional email."""

    def __init__(self, doc: OfficeFile, person: Person | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.doc = doc
        self.person_id = person.id if person else None
        self.setWindowTitle(
            self.tr("Edit Person") if person and person.id else self.tr("Add Person")
        )
        self.ui.teamCombo.addItem(self.tr("(no team)"), None)
        for team_id, name in doc.conn.execute("SELECT id, name FROM teams ORDER BY name"):
            self.ui.teamCombo.addItem(str(name), int(team_id))
        if person is not None:
            self.ui.nameEdit.setText(person.name)
            self.ui.emailEdit.setText(person.email or "")
            index = self.ui.teamCombo.findData(person.team_id)
            self.ui.teamCombo.setCurrentIndex(max(0, index))
        self.ui.nameEdit.textChanged.connect(self._validate)
        self.ui.emailEdit.textChanged.connect(self._validate)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._validate()

    def person(self) -> Person:
        return Person(
            self.person_id,
            self.ui.nameEdit.text(),
            self.ui.teamCombo.currentData(),
            self.ui.emailEdit.text().strip() or None,
        )

    def problem(self) -> str | None:
        name = " ".join(self.ui.nameEdit.text().split())
        if not name:
            return self.tr("A person needs a name.")
        taken = self.doc.scalar(
            "SELECT 1 FROM people WHERE name = ? AND id IS NOT ?", (name, self.person_id)
        )
        if taken is not None:
            return self.tr("There is already a person called “{name}”.").format(name=name)
        try:
            check_email(self.ui.emailEdit.text())
        except EditError as exc:
            return in_user_language(wording_of(exc))
        return None

    @Slot()
    def _validate(self) -> None:
        _show_problem(self, self.ui, self.problem())


# -- desk --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeskChanges:
    name: str
    zone_id: int
    features: DeskFeatures


class DeskDialog(QDialog):
    """A desk's name, zone (moving it) and features, with how much it is used."""

    def __init__(self, doc: OfficeFile, desk_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeskDialog()
        self.ui.setupUi(self)
        self.doc = doc
        self.desk_id = desk_id
        name, zone_id = doc.conn.execute(
            "SELECT name, zone_id FROM desks WHERE id = ?", (desk_id,)
        ).fetchone()
        self.original = DeskChanges(
            str(name), int(zone_id), office_edits.desk_features(doc, desk_id)
        )
        self.setWindowTitle(self.tr("Desk “{name}”").format(name=name))
        for zid, label in doc.conn.execute(
            "SELECT z.id, s.name || ' › ' || f.name || ' › ' || z.name FROM zones z "
            "JOIN floors f ON f.id = z.floor_id JOIN sites s ON s.id = f.site_id "
            "ORDER BY s.name, f.name, z.name"
        ):
            self.ui.zoneCombo.addItem(str(label), int(zid))
        self.ui.nameEdit.setText(str(name))
        self.ui.zoneCombo.setCurrentIndex(max(0, self.ui.zoneCombo.findData(int(zone_id))))
        f = self.original.features
        self.ui.bookableCheck.setChecked(f.bookable)
        self.ui.monitorCheck.setChecked(f.monitor)
        self.ui.standingCheck.setChecked(f.standing)
        self.ui.accessibleCheck.setChecked(f.accessible)
        n = int(doc.scalar("SELECT count(*) FROM bookings WHERE desk_id = ?", (desk_id,)))
        span = doc.conn.execute(
            "SELECT min(date), max(date) FROM bookings WHERE desk_id = ?", (desk_id,)
        ).fetchone()
        if n == 0:
            usage = self.tr("No bookings yet.")
        elif n == 1:
            usage = self.tr("1 booking, on {first}.").format(first=span[0])
        else:
            usage = self.tr("%Ln bookings, {first} to {last}.", "", n).format(
                first=span[0], last=span[1]
            )
        self.ui.usageLabel.setText(usage)
        self.ui.nameEdit.textChanged.connect(self._validate)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._validate()

    def changes(self) -> DeskChanges:
        return DeskChanges(
            " ".join(self.ui.nameEdit.text().split()),
            int(self.ui.zoneCombo.currentData()),
            DeskFeatures(
                bookable=self.ui.bookableCheck.isChecked(),
                monitor=self.ui.monitorCheck.isChecked(),
                standing=self.ui.standingCheck.isChecked(),
                accessible=self.ui.accessibleCheck.isChecked(),
            ),
        )

    def problem(self) -> str | None:
        name = " ".join(self.ui.nameEdit.text().split())
        if not name:
            return self.tr("A desk needs a name.")
        if self.doc.scalar("SELECT 1 FROM desks WHERE name = ? AND id != ?", (name, self.desk_id)):
            return self.tr("There is already a desk called “{name}” in this office.").format(
                name=name
            )
        return None

    @Slot()
    def _validate(self) -> None:
        _show_problem(self, self.ui, self.problem())


# -- site --------------------------------------------------------------------------------------


class SiteDialog(QDialog):
    """A site's name, timezone, holiday calendar, open weekdays and closure days.

    Closures added or removed here are applied with the rest on OK (one undo step), so
    Cancel really cancels.
    """

    def __init__(self, doc: OfficeFile, site_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SiteDialog()
        self.ui.setupUi(self)
        self.doc = doc
        self.site_id = site_id
        self.original_name = str(doc.scalar("SELECT name FROM sites WHERE id = ?", (site_id,)))
        self.original = office_edits.site_calendar(doc, site_id)
        self.setWindowTitle(self.tr("Site “{name}”").format(name=self.original_name))
        self._weekday_checks: dict[str, QCheckBox] = {
            "Mon": self.ui.monCheck,
            "Tue": self.ui.tueCheck,
            "Wed": self.ui.wedCheck,
            "Thu": self.ui.thuCheck,
            "Fri": self.ui.friCheck,
            "Sat": self.ui.satCheck,
            "Sun": self.ui.sunCheck,
        }
        self.removed: list[Closure] = []
        self.added: list[tuple[date, str]] = []

        fill_timezones_and_countries(self.ui.timezoneCombo, self.ui.countryCombo)

        self.ui.nameEdit.setText(self.original_name)
        self.ui.timezoneCombo.setCurrentText(self.original.timezone)
        index = self.ui.countryCombo.findData(self.original.holiday_country)
        if index >= 0:
            self.ui.countryCombo.setCurrentIndex(index)
        else:
            self.ui.countryCombo.setCurrentText(self.original.holiday_country)
        self._fill_subdivisions()
        sub = self.ui.subdivisionCombo.findData(self.original.holiday_subdivision)
        self.ui.subdivisionCombo.setCurrentIndex(max(0, sub))
        open_days = set(self.original.weekdays.split(","))
        for day, check in self._weekday_checks.items():
            check.setChecked(day in open_days)
            check.toggled.connect(self._validate)
        for closure in office_edits.closures(doc, site_id):
            self._add_closure_item(date.fromisoformat(closure.date), closure.reason, closure)
        self.ui.closureDate.setDate(QDate.currentDate())

        self.ui.nameEdit.textChanged.connect(self._validate)
        self.ui.timezoneCombo.currentTextChanged.connect(self._validate)
        self.ui.countryCombo.currentTextChanged.connect(self._country_changed)
        self.ui.addClosureButton.clicked.connect(self._add_closure)
        self.ui.removeClosureButton.clicked.connect(self._remove_closures)
        self.ui.closuresList.itemSelectionChanged.connect(self._selection_changed)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._selection_changed()
        self._validate()

    # -- values ------------------------------------------------------------------------------

    def name(self) -> str:
        return " ".join(self.ui.nameEdit.text().split())

    def country_code(self) -> str:
        text = str(self.ui.countryCombo.currentText()).strip()
        index = self.ui.countryCombo.findText(text)
        if index >= 0:
            return str(self.ui.countryCombo.itemData(index))
        return text.upper()

    def calendar(self) -> SiteCalendarSettings:
        return SiteCalendarSettings(
            timezone=self.ui.timezoneCombo.currentText().strip(),
            holiday_country=self.country_code(),
            holiday_subdivision=self.ui.subdivisionCombo.currentData(),
            weekdays=",".join(d for d, c in self._weekday_checks.items() if c.isChecked()),
        )

    def problem(self) -> str | None:
        if not self.name():
            return self.tr("A site needs a name.")
        if self.doc.scalar(
            "SELECT 1 FROM sites WHERE name = ? AND id != ?", (self.name(), self.site_id)
        ):
            return self.tr("There is already a site called “{name}”.").format(name=self.name())
        if not any(c.isChecked() for c in self._weekday_checks.values()):
            return self.tr("Choose at least one weekday the site is open.")
        try:
            office_edits.check_site_calendar(self.calendar())
        except EditError as exc:
            return in_user_language(wording_of(exc))
        return None

    # -- slots -------------------------------------------------------------------------------

    @Slot()
    def _validate(self) -> None:
        _show_problem(self, self.ui, self.problem())

    @Slot()
    def _country_changed(self) -> None:
        self._fill_subdivisions()
        self._validate()

    def _fill_subdivisions(self) -> None:
        fill_subdivisions(self.ui.subdivisionCombo, self.country_code())

    @Slot()
    def _selection_changed(self) -> None:
        self.ui.removeClosureButton.setEnabled(bool(self.ui.closuresList.selectedItems()))

    @Slot()
    def _add_closure(self) -> None:
        day = self.ui.closureDate.date().toPython()
        assert isinstance(day, date)
        taken = {
            self.ui.closuresList.item(i).data(Qt.ItemDataRole.UserRole + 1)
            for i in range(self.ui.closuresList.count())
        }
        if day.isoformat() in taken:
            _show_problem(
                self,
                self.ui,
                self.tr("The site is already closed on {date}.").format(date=day.isoformat()),
            )
            return
        reason = self.ui.closureReason.text().strip()
        self.added.append((day, reason))
        self._add_closure_item(day, reason, None)
        self.ui.closureReason.clear()
        self._validate()

    def _add_closure_item(self, day: date, reason: str, closure: Closure | None) -> None:
        # The weekday in the user's language (QLocale counts 1 = Monday).
        weekday = QLocale().dayName(day.weekday() + 1, QLocale.FormatType.ShortFormat)
        label = f"{day.isoformat()}  {weekday}" + (f"  —  {reason}" if reason else "")
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, closure)
        item.setData(Qt.ItemDataRole.UserRole + 1, day.isoformat())
        lst = self.ui.closuresList
        row = 0
        while (
            row < lst.count() and lst.item(row).data(Qt.ItemDataRole.UserRole + 1) < day.isoformat()
        ):
            row += 1
        lst.insertItem(row, item)

    @Slot()
    def _remove_closures(self) -> None:
        for item in self.ui.closuresList.selectedItems():
            closure = item.data(Qt.ItemDataRole.UserRole)
            day = str(item.data(Qt.ItemDataRole.UserRole + 1))
            if isinstance(closure, Closure):
                self.removed.append(closure)
            else:
                self.added = [(d, r) for d, r in self.added if d.isoformat() != day]
            self.ui.closuresList.takeItem(self.ui.closuresList.row(item))
        self._validate()
