"""File ▸ New: a guided setup that creates a new office file the user can work in at once.

A facility manager starting out thinks in buildings, floors and areas, not in an empty
tree with an Add button, so the wizard asks in that order: where the file goes, the site
(with its timezone, public holidays and open weekdays, shown as the next holidays so a
wrong country is obvious), the floors, the zones of each floor and the desks of each
zone. Finishing early is always possible: on the first page (an empty file, or one to
import a spreadsheet into) and on the site page (a site without floors).

Nothing is written until Finish: the whole office is then created by
:func:`officeplanner.edits.new_office.create_office_file`, which builds it under a
temporary name with the same edit functions as the Office page and the CLI and renames
it into place only when complete; Cancel or a failure leaves no file behind. The wizard
does not open the file: the main window does, as it opens any other file.
"""

from __future__ import annotations

import html
import string
import sys
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum, auto
from pathlib import Path
from typing import Final

import holidays
from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimeZone, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from officeplanner.domain import DEFAULT_HOLIDAY_COUNTRY, DEFAULT_TIMEZONE, WEEKDAYS
from officeplanner.edits import office as office_edits
from officeplanner.edits.new_office import (
    MAX_DESKS_PER_ZONE,
    FloorPlan,
    OfficePlan,
    ZonePlan,
    create_office_file,
    desk_names,
    duplicate_desk_names,
    office_path,
)
from officeplanner.edits.office import SiteCalendarSettings
from officeplanner.edits.removal import EditError
from officeplanner.gui import prompts
from officeplanner.gui.core_text import in_user_language
from officeplanner.gui.forms.ui_setup_wizard_desks import Ui_SetupDesksPage
from officeplanner.gui.forms.ui_setup_wizard_file import Ui_SetupFilePage
from officeplanner.gui.forms.ui_setup_wizard_floors import Ui_SetupFloorsPage
from officeplanner.gui.forms.ui_setup_wizard_site import Ui_SetupSitePage
from officeplanner.gui.forms.ui_setup_wizard_summary import Ui_SetupSummaryPage
from officeplanner.gui.forms.ui_setup_wizard_zones import Ui_SetupZonesPage
from officeplanner.gui.icons import icon
from officeplanner.gui.site_calendar_combos import fill_subdivisions, fill_timezones_and_countries
from officeplanner.store import OfficeFileError
from officeplanner.store.entities import DeskFeatures
from officeplanner.wording import wording_of

#: How a validation message looks: readable in light and dark palettes alike.
ERROR_STYLE: Final = "color: #c62828; font-weight: 600;"
#: How many coming public holidays the site page lists.
HOLIDAY_PREVIEW: Final = 5
#: Desks a new zone gets until the user says otherwise.
DEFAULT_DESKS: Final = 10


class SetupChoice(Enum):
    """What the first page's "How do you want to start?" chose."""

    STEPS = auto()
    IMPORT = auto()
    EMPTY = auto()


class PageId:
    FILE: Final = 0
    SITE: Final = 1
    FLOORS: Final = 2
    ZONES: Final = 3
    DESKS: Final = 4
    SUMMARY: Final = 5


@dataclass
class ZoneDraft:
    """A zone as the wizard edits it (desks and features are set on the desks page)."""

    name: str
    desks: int = DEFAULT_DESKS
    prefix: str = ""
    features: DeskFeatures = field(default_factory=DeskFeatures)


def _show_problem(label: QLabel, problem: str | None) -> None:
    label.setText(problem or "")
    label.setStyleSheet(ERROR_STYLE if problem else "")
    label.setVisible(bool(problem))


def _clean(text: str) -> str:
    return " ".join(text.split())


def _list_names(widget: QListWidget) -> list[str]:
    return [_clean(widget.item(i).text()) for i in range(widget.count())]


def _editable_item(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
    return item


def system_timezone() -> str:
    """The computer's IANA timezone when zoneinfo knows it, else the app's default."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in office_edits.timezones() else DEFAULT_TIMEZONE


def system_holiday_country() -> str:
    """The country of the user's locale when it has a holiday calendar, else Norway."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if code in office_edits.holiday_countries() else DEFAULT_HOLIDAY_COUNTRY


def upcoming_holidays(
    country: str, subdivision: str | None, today: date, count: int = HOLIDAY_PREVIEW
) -> list[tuple[date, str]]:
    """The next ``count`` public holidays from ``today``, named in the UI's language."""
    kwargs: dict[str, object] = {"subdiv": subdivision, "years": [today.year, today.year + 1]}
    try:
        table = holidays.country_holidays(country, **kwargs)  # type: ignore[arg-type]
        languages = getattr(table, "supported_languages", ())
        wanted = "no" if QLocale().language() == QLocale.Language.NorwegianBokmal else "en_US"
        if wanted in languages:
            table = holidays.country_holidays(country, language=wanted, **kwargs)  # type: ignore[arg-type]
    except NotImplementedError:
        return []
    days = sorted((d, str(name)) for d, name in table.items() if today <= d)
    return days[:count]


# -- pages -------------------------------------------------------------------------------------


class FilePage(QWizardPage):
    """Where the file goes, and whether to set it up, import into it or leave it empty."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupFilePage()
        self.ui.setupUi(self)
        self.folder = folder
        self.ui.fileEdit.setText(str(Path(folder) / self.tr("Office.officeplan")))
        self.ui.fileEdit.textChanged.connect(self._changed)
        self.ui.browseButton.clicked.connect(self.browse)
        for radio in (self.ui.setupRadio, self.ui.importRadio, self.ui.emptyRadio):
            radio.toggled.connect(self._changed)
        self._changed()

    def path(self) -> Path:
        return office_path(Path(self.ui.fileEdit.text().strip()).expanduser())

    def choice(self) -> SetupChoice:
        if self.ui.importRadio.isChecked():
            return SetupChoice.IMPORT
        if self.ui.emptyRadio.isChecked():
            return SetupChoice.EMPTY
        return SetupChoice.STEPS

    def set_choice(self, choice: SetupChoice) -> None:
        {
            SetupChoice.STEPS: self.ui.setupRadio,
            SetupChoice.IMPORT: self.ui.importRadio,
            SetupChoice.EMPTY: self.ui.emptyRadio,
        }[choice].setChecked(True)

    def problem(self) -> str | None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            return self.tr("Type where the new file should go, or choose Browse….")
        path = self.path()
        if not path.name or path.name.startswith(".") or text.endswith(("/", "\\")):
            return self.tr("The file needs a name.")
        if not path.parent.is_dir():
            return self.tr("The folder “{0}” does not exist.").format(str(path.parent))
        if path.exists():
            return self.tr("“{0}” already exists: choose another name.").format(path.name)
        return None

    def isComplete(self) -> bool:
        return self.problem() is None

    def nextId(self) -> int:
        return PageId.SITE if self.choice() is SetupChoice.STEPS else -1

    @Slot()
    def browse(self) -> None:
        chosen = prompts.save_file_name(
            self,
            self.tr("New Office File"),
            self.ui.fileEdit.text().strip() or self.folder,
            self.tr("Office files (*.officeplan)"),
        )
        if chosen is not None:
            self.ui.fileEdit.setText(str(office_path(chosen)))

    @Slot()
    def _changed(self) -> None:
        _show_problem(self.ui.messageLabel, self.problem())
        self.setFinalPage(self.choice() is not SetupChoice.STEPS)
        self.completeChanged.emit()


class SitePage(QWizardPage):
    """The first site: name, timezone, holiday calendar (with a preview), open weekdays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupSitePage()
        self.ui.setupUi(self)
        self.today = date.today()
        self.checks: dict[str, QCheckBox] = dict(
            zip(
                WEEKDAYS,
                (
                    self.ui.monCheck,
                    self.ui.tueCheck,
                    self.ui.wedCheck,
                    self.ui.thuCheck,
                    self.ui.friCheck,
                    self.ui.satCheck,
                    self.ui.sunCheck,
                ),
                strict=True,
            )
        )
        locale = QLocale()
        for iso, (day, check) in enumerate(self.checks.items(), start=1):
            check.setText(locale.dayName(iso, QLocale.FormatType.ShortFormat))
            check.setAccessibleName(
                self.tr("Open on {0}").format(locale.dayName(iso, QLocale.FormatType.LongFormat))
            )
            check.setChecked(day in WEEKDAYS[:5])
            check.toggled.connect(self._changed)
        fill_timezones_and_countries(self.ui.timezoneCombo, self.ui.countryCombo)
        self.ui.timezoneCombo.setCurrentText(system_timezone())
        self.ui.countryCombo.setCurrentIndex(
            max(0, self.ui.countryCombo.findData(system_holiday_country()))
        )
        self._fill_subdivisions()
        self.ui.nameEdit.setText(self.tr("Head office"))
        self.ui.nameEdit.textChanged.connect(self._changed)
        self.ui.timezoneCombo.currentTextChanged.connect(self._changed)
        self.ui.countryCombo.currentTextChanged.connect(self._country_changed)
        self.ui.subdivisionCombo.currentIndexChanged.connect(self._changed)
        self.setFinalPage(True)  # Finish here: a file with just this site
        self._changed()

    # -- values ------------------------------------------------------------------------------

    def name(self) -> str:
        return _clean(self.ui.nameEdit.text())

    def country_code(self) -> str | None:
        """The chosen country's code; None when the text matches no country in the list."""
        text = self.ui.countryCombo.currentText().strip()
        index = self.ui.countryCombo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.ui.countryCombo.itemData(index))
        upper = text.upper()
        return upper if upper in office_edits.holiday_countries() else None

    def weekdays(self) -> str:
        return ",".join(day for day, check in self.checks.items() if check.isChecked())

    def calendar(self) -> SiteCalendarSettings:
        subdivision = self.ui.subdivisionCombo.currentData()
        return SiteCalendarSettings(
            timezone=self.ui.timezoneCombo.currentText().strip(),
            holiday_country=self.country_code() or "",
            holiday_subdivision=str(subdivision) if subdivision else None,
            weekdays=self.weekdays(),
        )

    def problem(self) -> str | None:
        if not self.name():
            return self.tr("The site needs a name, for example the town or the building.")
        timezone = self.ui.timezoneCombo.currentText().strip()
        if timezone not in office_edits.timezones():
            return self.tr(
                "“{0}” is not a timezone: pick one from the list (type to search, "
                "for example Oslo)."
            ).format(timezone)
        if self.country_code() is None:
            return self.tr("Pick the country whose public holidays the site follows.")
        if not self.weekdays():
            return self.tr("Choose at least one weekday the site is open.")
        try:
            office_edits.check_site_calendar(self.calendar())
        except EditError as exc:
            return in_user_language(wording_of(exc))
        return None

    def isComplete(self) -> bool:
        return self.problem() is None

    # -- slots -------------------------------------------------------------------------------

    @Slot()
    def _changed(self) -> None:
        _show_problem(self.ui.messageLabel, self.problem())
        self._show_holidays()
        self.completeChanged.emit()

    @Slot()
    def _country_changed(self) -> None:
        self._fill_subdivisions()
        self._changed()

    def _fill_subdivisions(self) -> None:
        fill_subdivisions(self.ui.subdivisionCombo, self.country_code())

    def _show_holidays(self) -> None:
        code = self.country_code()
        if code is None:
            self.ui.holidaysLabel.setText("")
            return
        subdivision = self.ui.subdivisionCombo.currentData()
        days = upcoming_holidays(code, str(subdivision) if subdivision else None, self.today)
        if not days:
            self.ui.holidaysLabel.setText(self.tr("No public holidays in the coming year."))
            return
        locale = QLocale()
        lines = [
            "{} — {}".format(
                locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy"),
                html.escape(name),
            )
            for day, name in days
        ]
        self.ui.holidaysLabel.setText("<br>".join(lines))


class FloorsPage(QWizardPage):
    """How many floors, and their names (renamed in place in the list)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupFloorsPage()
        self.ui.setupUi(self)
        self.ui.countSpin.setValue(1)
        self._resize(1)
        self.ui.countSpin.valueChanged.connect(self._resize)
        self.ui.nameList.itemChanged.connect(self._changed)
        self._changed()

    def names(self) -> list[str]:
        return _list_names(self.ui.nameList)

    def problem(self) -> str | None:
        names = self.names()
        for n, name in enumerate(names, start=1):
            if not name:
                return self.tr("Floor number {0} needs a name.").format(n)
        for name in names:
            if names.count(name) > 1:
                return self.tr("Two floors are called “{0}”: give each floor its own name.").format(
                    name
                )
        return None

    def isComplete(self) -> bool:
        return self.problem() is None

    @Slot(int)
    def _resize(self, count: int) -> None:
        names = self.ui.nameList
        while names.count() > count:
            names.takeItem(names.count() - 1)
        taken = set(self.names())
        n = names.count()
        while names.count() < count:
            n += 1
            name = self.tr("Floor {0}").format(n)
            if name not in taken:
                names.addItem(_editable_item(name))
        self._changed()

    @Slot()
    def _changed(self) -> None:
        _show_problem(self.ui.messageLabel, self.problem())
        self.completeChanged.emit()


class ZonesPage(QWizardPage):
    """The zones of each floor: pick a floor on the left, name its zones on the right."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.ui = Ui_SetupZonesPage()
        self.ui.setupUi(self)
        #: Zone names per floor position; kept when the user goes back and forth.
        self.zones: list[list[str]] = []
        self._loading = False
        self.ui.floorList.currentRowChanged.connect(self._floor_chosen)
        self.ui.countSpin.valueChanged.connect(self._resize)
        self.ui.zoneList.itemChanged.connect(self._zone_edited)

    def initializePage(self) -> None:
        floors = self.setup.floors_page.names()
        while len(self.zones) < len(floors):
            self.zones.append([self.default_name(0)])
        del self.zones[len(floors) :]
        self._loading = True
        self.ui.floorList.clear()
        self.ui.floorList.addItems(floors)
        self._loading = False
        self.ui.floorList.setCurrentRow(0)
        self._changed()

    def default_name(self, index: int) -> str:
        letters = string.ascii_uppercase
        return self.tr("Zone {0}").format(letters[index] if index < len(letters) else index + 1)

    def problem(self) -> str | None:
        floors = self.setup.floors_page.names()
        for floor, names in zip(floors, self.zones, strict=False):
            if any(not name for name in names):
                return self.tr("A zone on “{0}” needs a name.").format(floor)
            for name in names:
                if names.count(name) > 1:
                    return self.tr(
                        "Two zones on “{0}” are called “{1}”: give each its own name."
                    ).format(floor, name)
        return None

    def isComplete(self) -> bool:
        return self.problem() is None

    # -- slots -------------------------------------------------------------------------------

    @Slot(int)
    def _floor_chosen(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self.zones):
            return
        self._loading = True
        self.ui.zoneList.clear()
        for name in self.zones[row]:
            self.ui.zoneList.addItem(_editable_item(name))
        self.ui.countSpin.setValue(len(self.zones[row]))
        self.ui.countSpin.setAccessibleName(
            self.tr("Number of zones on {0}").format(self.ui.floorList.item(row).text())
        )
        self._loading = False

    @Slot(int)
    def _resize(self, count: int) -> None:
        row = self.ui.floorList.currentRow()
        if self._loading or not 0 <= row < len(self.zones):
            return
        names = self.zones[row]
        del names[count:]
        n = len(names)
        while len(names) < count:
            name = self.default_name(n)
            n += 1
            if name not in names:
                names.append(name)
        self._floor_chosen(row)
        self._changed()

    @Slot()
    def _zone_edited(self) -> None:
        row = self.ui.floorList.currentRow()
        if self._loading or not 0 <= row < len(self.zones):
            return
        self.zones[row] = _list_names(self.ui.zoneList)
        self._changed()

    def _changed(self) -> None:
        _show_problem(self.ui.messageLabel, self.problem())
        self.completeChanged.emit()


class CountDelegate(QStyledItemDelegate):
    """A spin box from 0 to MAX_DESKS_PER_ZONE for the desk count column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_DESKS_PER_ZONE)
        spin.setAccessibleName(self.tr("Number of desks"))
        return spin


class DeskColumn:
    FLOOR: Final = 0
    ZONE: Final = 1
    COUNT: Final = 2
    PREFIX: Final = 3
    MONITOR: Final = 4
    STANDING: Final = 5
    ACCESSIBLE: Final = 6
    NAMES: Final = 7


FEATURE_COLUMNS: Final = (DeskColumn.MONITOR, DeskColumn.STANDING, DeskColumn.ACCESSIBLE)


class DesksPage(QWizardPage):
    """One row per zone: how many desks, their name prefix and their features."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.ui = Ui_SetupDesksPage()
        self.ui.setupUi(self)
        #: (floor position, zone name) -> what was entered; kept across Back and Next.
        self.drafts: dict[tuple[int, str], ZoneDraft] = {}
        self.rows: list[tuple[int, ZoneDraft]] = []
        self._loading = False
        table = self.ui.deskTable
        table.setColumnCount(8)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Floor"),
                self.tr("Zone"),
                self.tr("Desks"),
                self.tr("Name prefix"),
                self.tr("Monitor"),
                self.tr("Standing"),
                self.tr("Accessible"),
                self.tr("Desk names"),
            ]
        )
        table.setItemDelegateForColumn(DeskColumn.COUNT, CountDelegate(table))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DeskColumn.NAMES, QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(self._item_changed)

    def initializePage(self) -> None:
        floors = self.setup.floors_page.names()
        zones = self.setup.zones_page.zones
        self.rows = []
        for f, (_floor, names) in enumerate(zip(floors, zones, strict=False)):
            for z, name in enumerate(names):
                draft = self.drafts.get((f, name))
                if draft is None:
                    letter = string.ascii_uppercase[z] if z < 26 else str(z + 1)
                    draft = self.drafts[(f, name)] = ZoneDraft(name, prefix=f"{f + 1}{letter}-")
                self.rows.append((f, draft))
        self._loading = True
        table = self.ui.deskTable
        table.setRowCount(len(self.rows))
        for row, (f, draft) in enumerate(self.rows):
            self._set(row, DeskColumn.FLOOR, self._fixed(floors[f]))
            self._set(row, DeskColumn.ZONE, self._fixed(draft.name))
            count = QTableWidgetItem()
            count.setData(Qt.ItemDataRole.EditRole, draft.desks)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._set(row, DeskColumn.COUNT, count)
            self._set(row, DeskColumn.PREFIX, QTableWidgetItem(draft.prefix))
            for column, on in zip(
                FEATURE_COLUMNS,
                (draft.features.monitor, draft.features.standing, draft.features.accessible),
                strict=True,
            ):
                check = QTableWidgetItem()
                check.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                check.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self._set(row, column, check)
            self._set(row, DeskColumn.NAMES, self._fixed(""))
            self._show_names(row)
        self._loading = False
        table.resizeColumnsToContents()
        if self.rows:
            table.setCurrentCell(0, DeskColumn.COUNT)
        self._changed()

    def _fixed(self, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _set(self, row: int, column: int, item: QTableWidgetItem) -> None:
        self.ui.deskTable.setItem(row, column, item)

    def _show_names(self, row: int) -> None:
        draft = self.rows[row][1]
        names = desk_names(draft.prefix, draft.desks)
        if not names:
            text = self.tr("no desks")
        elif len(names) == 1:
            text = names[0]
        else:
            text = f"{names[0]} … {names[-1]}"
        item = self.ui.deskTable.item(row, DeskColumn.NAMES)
        if item is not None:
            item.setText(text)

    def floor_plans(self) -> tuple[FloorPlan, ...]:
        floors = self.setup.floors_page.names()
        zones = self.setup.zones_page.zones
        plans = []
        for f, (floor, names) in enumerate(zip(floors, zones, strict=False)):
            zone_plans = []
            for name in names:
                draft = self.drafts.get((f, name)) or ZoneDraft(name)
                zone_plans.append(ZonePlan(name, draft.desks, _clean(draft.prefix), draft.features))
            plans.append(FloorPlan(floor, tuple(zone_plans)))
        return tuple(plans)

    def problem(self) -> str | None:
        for f, draft in self.rows:
            if draft.desks > 0 and not _clean(draft.prefix):
                return self.tr(
                    "The desks in “{0}” need a name prefix, such as “{1}”, to be told apart."
                ).format(draft.name, f"{f + 1}A-")
        twice = duplicate_desk_names([floor for floor in self.floor_plans()])
        if twice:
            return self.tr(
                "Two zones would both have a desk called “{0}”: give them different prefixes."
            ).format(twice[0])
        return None

    def isComplete(self) -> bool:
        return self.problem() is None

    @Slot(QTableWidgetItem)
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or not 0 <= item.row() < len(self.rows):
            return
        row, column = item.row(), item.column()
        draft = self.rows[row][1]
        if column == DeskColumn.COUNT:
            value = item.data(Qt.ItemDataRole.EditRole)
            draft.desks = max(0, min(MAX_DESKS_PER_ZONE, int(value or 0)))
        elif column == DeskColumn.PREFIX:
            draft.prefix = item.text().strip()
        elif column in FEATURE_COLUMNS:
            on = item.checkState() == Qt.CheckState.Checked
            name = {
                DeskColumn.MONITOR: "monitor",
                DeskColumn.STANDING: "standing",
                DeskColumn.ACCESSIBLE: "accessible",
            }[column]
            draft.features = replace(draft.features, **{name: on})
        else:
            return
        self._loading = True
        self._show_names(row)
        self._loading = False
        self._changed()

    def _changed(self) -> None:
        total = sum(draft.desks for _, draft in self.rows)
        self.ui.totalLabel.setText(
            self.tr("1 desk in total") if total == 1 else self.tr("%n desks in total", "", total)
        )
        _show_problem(self.ui.messageLabel, self.problem())
        self.completeChanged.emit()


class SummaryPage(QWizardPage):
    """Everything that will be created, to check before Finish."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.ui = Ui_SetupSummaryPage()
        self.ui.setupUi(self)
        self.ui.messageLabel.setVisible(False)

    def initializePage(self) -> None:
        _show_problem(self.ui.messageLabel, None)
        self.ui.summaryBrowser.setHtml(self.summary_html())

    def summary_html(self) -> str:
        plan = self.setup.plan()
        esc = html.escape
        parts = [
            "<p>{}<br><b>{}</b></p>".format(
                esc(self.tr("The file:")), esc(str(self.setup.file_page.path()))
            )
        ]
        if plan is None:
            return "".join(parts)
        locale = QLocale()
        days = ", ".join(
            locale.dayName(WEEKDAYS.index(day) + 1, QLocale.FormatType.ShortFormat)
            for day in plan.calendar.weekdays.split(",")
        )
        country = office_edits.holiday_countries().get(
            plan.calendar.holiday_country, plan.calendar.holiday_country
        )
        if plan.calendar.holiday_subdivision:
            country = f"{country} ({plan.calendar.holiday_subdivision})"
        parts.append(
            "<p>{} <b>{}</b><br>{} {}<br>{} {}<br>{} {}</p>".format(
                esc(self.tr("Site:")),
                esc(plan.site),
                esc(self.tr("Timezone:")),
                esc(plan.calendar.timezone),
                esc(self.tr("Public holidays of:")),
                esc(country),
                esc(self.tr("Open on:")),
                esc(days),
            )
        )
        parts.append(
            "<p><b>{}</b></p>".format(
                esc(
                    self.tr("{0}, {1} and {2}").format(
                        self.floors_text(len(plan.floors)),
                        self.zones_text(plan.zone_count),
                        self.desks_text(plan.desk_count),
                    )
                )
            )
        )
        for floor in plan.floors:
            items = []
            for zone in floor.zones:
                names = zone.desk_names()
                what = self.desks_text(zone.desks)
                if names:
                    what += f": {names[0]}" + (f" … {names[-1]}" if len(names) > 1 else "")
                features = [
                    label
                    for on, label in (
                        (zone.features.monitor, self.tr("monitor")),
                        (zone.features.standing, self.tr("standing")),
                        (zone.features.accessible, self.tr("accessible")),
                    )
                    if on
                ]
                if features and names:
                    what += " (" + ", ".join(features) + ")"
                items.append(f"<li>{esc(zone.name)} — {esc(what)}</li>")
            parts.append(f"<p><b>{esc(floor.name)}</b></p><ul>{''.join(items)}</ul>")
        return "".join(parts)

    # English has no plural forms file: the singular is a string of its own.
    def floors_text(self, n: int) -> str:
        return self.tr("1 floor") if n == 1 else self.tr("%n floors", "", n)

    def zones_text(self, n: int) -> str:
        return self.tr("1 zone") if n == 1 else self.tr("%n zones", "", n)

    def desks_text(self, n: int) -> str:
        return self.tr("1 desk") if n == 1 else self.tr("%n desks", "", n)


# -- the wizard --------------------------------------------------------------------------------


class SetupWizard(QWizard):
    """Guided setup of a new office file; ``created_path`` is the file after Finish."""

    def __init__(
        self,
        folder: str,
        parent: QWidget | None = None,
        choice: SetupChoice = SetupChoice.STEPS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Office"))
        self.setWindowIcon(icon("officeplanner"))
        if sys.platform != "darwin":
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("officeplanner").pixmap(48, 48))
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create Office"))
        self.setMinimumSize(720, 560)
        self.created_path: Path | None = None
        self.file_page = FilePage(folder, self)
        self.site_page = SitePage(self)
        self.floors_page = FloorsPage(self)
        self.zones_page = ZonesPage(self)
        self.desks_page = DesksPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in (
            (PageId.FILE, self.file_page),
            (PageId.SITE, self.site_page),
            (PageId.FLOORS, self.floors_page),
            (PageId.ZONES, self.zones_page),
            (PageId.DESKS, self.desks_page),
            (PageId.SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(PageId.FILE)
        self.file_page.set_choice(choice)

    @property
    def choice(self) -> SetupChoice:
        return self.file_page.choice()

    def plan(self) -> OfficePlan | None:
        """What Finish on the current page creates (None: an empty file)."""
        if self.choice is not SetupChoice.STEPS:
            return None
        plan = OfficePlan(self.site_page.name(), self.site_page.calendar())
        if self.currentId() in (PageId.FILE, PageId.SITE):
            return plan
        return replace(plan, floors=self.desks_page.floor_plans())

    def accept(self) -> None:
        """Create the file; on a failure say why and stay open (nothing was written)."""
        try:
            self.created_path = create_office_file(self.file_page.path(), self.plan())
        except (OfficeFileError, EditError, OSError) as exc:
            message = self.tr("The office could not be created: {0}").format(
                in_user_language(wording_of(exc))
            )
            page = self.currentPage()
            label = getattr(getattr(page, "ui", None), "messageLabel", None)
            if isinstance(label, QLabel):
                _show_problem(label, message)
            else:
                prompts.error(self, self.tr("New Office"), message)
            return
        super().accept()
