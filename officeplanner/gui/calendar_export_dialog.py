"""Export to Calendar: choose a saved plan, who and when, see every date, then save.

Issue 6 asks that the user sees, before saving, "the exact list of dates each event
will produce, with the skipped holidays and closures named". The list is
:func:`officeplanner.calendar.preview.preview_export` — built from the very events
the writer serialises — and saving is :func:`officeplanner.calendar.writer.export_ics`
(which records the export so the next one keeps UIDs and bumps SEQUENCE). The dialog
only gathers the request and lays the answer out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Final

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from officeplanner.calendar.errors import CalendarError
from officeplanner.calendar.events import TimeWindow
from officeplanner.calendar.preview import EventPreview, preview_export
from officeplanner.calendar.writer import ExportRequest, PreparedExport, export_ics
from officeplanner.domain import WEEKDAYS
from officeplanner.gui import prompts
from officeplanner.gui.commands import busy_cursor
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.core_text import LocaleEventWording
from officeplanner.gui.forms.ui_calendar_export_dialog import Ui_CalendarExportDialog
from officeplanner.planner.store import plan_names
from officeplanner.store import OfficeFileError

#: Role of a date row: the ISO date it lists (tests read the list back through it).
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role of a date row: True when the event skips that day (holiday or closure).
SKIPPED_ROLE = Qt.ItemDataRole.UserRole + 2


def day_name(abbreviation: str) -> str:
    """A weekday of the core ("Mon") as the user's language writes it short ("man.")."""
    index = WEEKDAYS.index(abbreviation) + 1  # Qt counts Monday as 1
    return QLocale().dayName(index, QLocale.FormatType.ShortFormat)


#: Event names and descriptions in the user's language, as the preview shows them.
WORDING: Final = LocaleEventWording()


class CalendarExportDialog(QDialog):
    """Preview and save the anchor days of a saved plan as an .ics file."""

    def __init__(
        self, context: DocumentContext, plan: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CalendarExportDialog()
        self.ui.setupUi(self)
        self.previews: list[EventPreview] = []
        self.error: str | None = None
        #: The last export written (for the caller's status line and tests).
        self.written: PreparedExport | None = None
        self.save_button: QPushButton = self.ui.buttonBox.button(
            QDialogButtonBox.StandardButton.Save
        )
        self.save_button.setText(self.tr("Save .ics…"))
        # The event names are long ("Team — anchor day (Site)"): the first column fits
        # them and the details take the rest, so neither is cut off.
        header = self.ui.previewTree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        doc = context.doc
        names = plan_names(doc.conn) if doc is not None else []
        self.ui.planCombo.addItems(names)
        if plan is not None and plan in names:
            self.ui.planCombo.setCurrentText(plan)
        if doc is not None:
            people = [
                str(r[0])
                for r in doc.conn.execute(
                    "SELECT name FROM people WHERE team_id IS NOT NULL ORDER BY name"
                )
            ]
            self.ui.personCombo.addItems(people)
            self.ui.personCombo.setCurrentIndex(-1)
        self._fill_teams()
        self.ui.buttonBox.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.ui.planCombo.currentTextChanged.connect(self._plan_changed)
        for radio in (
            self.ui.allTeamsRadio,
            self.ui.someTeamsRadio,
            self.ui.personRadio,
            self.ui.allDayRadio,
            self.ui.timedRadio,
        ):
            radio.toggled.connect(self._choice_toggled)
        self.ui.teamList.itemChanged.connect(self._team_checked)
        self.ui.personCombo.currentTextChanged.connect(self.refresh)
        self.ui.namePersonCheck.toggled.connect(self.refresh)
        self.ui.startEdit.timeChanged.connect(self.refresh)
        self.ui.endEdit.timeChanged.connect(self.refresh)
        self._update_enabled()
        self.refresh()

    # -- the request ----------------------------------------------------------------------

    def checked_teams(self) -> tuple[str, ...]:
        out = []
        for i in range(self.ui.teamList.count()):
            item = self.ui.teamList.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.text())
        return tuple(out)

    def set_teams(self, teams: list[str]) -> None:
        """Choose "Chosen teams" with exactly ``teams`` ticked."""
        self.ui.someTeamsRadio.setChecked(True)
        for i in range(self.ui.teamList.count()):
            item = self.ui.teamList.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.text() in teams else Qt.CheckState.Unchecked
            )
        self.refresh()

    def request(self) -> ExportRequest:
        """What the user chose, as the core's request; ValueError when incomplete."""
        plan = self.ui.planCombo.currentText()
        if not plan:
            raise ValueError(
                self.tr("The file has no saved plans; save a plan on the Planner page.")
            )
        timed = None
        if self.ui.timedRadio.isChecked():
            start = self.ui.startEdit.time().toString("HH:mm")
            end = self.ui.endEdit.time().toString("HH:mm")
            timed = TimeWindow.parse(f"{start}-{end}")
        if self.ui.someTeamsRadio.isChecked():
            teams = self.checked_teams()
            if not teams:
                raise ValueError(self.tr("Tick at least one team."))
            return ExportRequest(plan=plan, teams=teams, timed=timed, wording=WORDING)
        if self.ui.personRadio.isChecked():
            person = self.ui.personCombo.currentText().strip()
            if not person:
                raise ValueError(self.tr("Choose a person."))
            return ExportRequest(
                plan=plan,
                person=person,
                timed=timed,
                name_person=self.ui.namePersonCheck.isChecked(),
                wording=WORDING,
            )
        return ExportRequest(plan=plan, timed=timed, wording=WORDING)

    # -- preview --------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Rebuild the preview from the core (read-only; nothing is recorded)."""
        tree = self.ui.previewTree
        tree.clear()
        self.previews = []
        self.error = None
        doc = self.context.doc
        try:
            if doc is None:
                raise ValueError(self.tr("No office file is open."))
            self.previews = preview_export(doc.conn, self.request())
        except (ValueError, CalendarError) as exc:
            self.error = str(exc)
        if self.error is not None:
            self.ui.summaryLabel.setText(self.error)
            self.save_button.setEnabled(False)
            return
        total = 0
        skipped = 0
        for item in self.previews:
            e = item.event
            days = ", ".join(day_name(name) for name in e.weekday_names)
            # Two lines: on one, the details of a timed event did not fit beside its name.
            if e.timed is None:
                first = self.tr("{days}, all day").format(days=days)
            else:
                first = self.tr("{days}, {start_end} ({timezone})").format(
                    days=days, start_end=e.timed, timezone=e.timezone
                )
            if item.changed:
                second = self.tr("{n} dates; new or changed").format(n=len(e.dates))
            else:
                second = self.tr("{n} dates; unchanged since the last export").format(
                    n=len(e.dates)
                )
            details = f"{first}\n{second}"
            if e.location:
                details += "\n" + self.tr("Seated at {location}").format(location=e.location)
            top = QTreeWidgetItem([e.summary, details])
            top.setToolTip(0, e.summary)
            top.setToolTip(1, details)
            rows: list[tuple[date, str, str, bool]] = [
                (d, d.isoformat(), day_name(WEEKDAYS[d.weekday()]), False) for d in e.dates
            ]
            rows += [
                (s.day, s.day.isoformat(), self._skipped_text(s.reason, str(s.kind)), True)
                for s in e.skipped
            ]
            for day, text, detail, is_skipped in sorted(rows):
                child = QTreeWidgetItem([text, detail])
                child.setData(0, DATE_ROLE, day.isoformat())
                child.setData(0, SKIPPED_ROLE, is_skipped)
                if is_skipped:
                    font = child.font(0)
                    font.setStrikeOut(True)
                    child.setFont(0, font)
                top.addChild(child)
            tree.addTopLevelItem(top)
            total += len(e.dates)
            skipped += len(e.skipped)
        if len(self.previews) == 1:
            tree.expandAll()
        events = len(self.previews)
        self.ui.summaryLabel.setText(
            self.tr("{events}, {dates} in all; {skipped} left out.").format(
                events=self._events_text(events),
                dates=self.tr("{n} dates").format(n=total),
                skipped=(
                    self.tr("1 holiday or closure day")
                    if skipped == 1
                    else self.tr("{n} holiday or closure days").format(n=skipped)
                ),
            )
        )
        self.save_button.setEnabled(True)

    def _events_text(self, n: int) -> str:
        """ "1 event" / "3 events": two messages, since English has no translator to
        choose the form of a "%n" text and Bokmål has the same two forms."""
        return self.tr("1 event") if n == 1 else self.tr("{n} events").format(n=n)

    def _skipped_text(self, reason: str, kind: str) -> str:
        """Why a date is left out; ``kind`` is the core's "holiday" or "closure"."""
        if kind == "holiday":
            return self.tr("skipped: {reason} (holiday)").format(reason=reason)
        if kind == "closure":
            return self.tr("skipped: {reason} (closure)").format(reason=reason)
        return self.tr("skipped: {reason} ({kind})").format(reason=reason, kind=kind)

    def shown_dates(self, team: str) -> tuple[list[str], list[str]]:
        """(dates listed as produced, dates listed as skipped) for ``team``'s event."""
        tree = self.ui.previewTree
        for i in range(tree.topLevelItemCount()):
            if self.previews[i].team != team:
                continue
            top = tree.topLevelItem(i)
            assert top is not None
            kept: list[str] = []
            gone: list[str] = []
            for j in range(top.childCount()):
                child = top.child(j)
                assert child is not None
                day = str(child.data(0, DATE_ROLE))
                (gone if child.data(0, SKIPPED_ROLE) else kept).append(day)
            return kept, gone
        raise KeyError(team)

    # -- saving ---------------------------------------------------------------------------

    def save_to(self, path: Path) -> PreparedExport:
        """Write the .ics through the core writer (raises CalendarError/ValueError)."""
        doc = self.context.doc
        if doc is None:
            raise ValueError(self.tr("No office file is open."))
        with busy_cursor():
            prepared = export_ics(doc, self.request(), path)
        self.written = prepared
        self.refresh()  # the events are now recorded: "unchanged since the last export"
        return prepared

    @Slot()
    def save(self) -> None:
        doc = self.context.doc
        if doc is None:
            return
        if doc.read_only:
            prompts.error(
                self,
                self.tr("Export to Calendar"),
                self.tr(
                    "The file is open read-only; an export records what it wrote, so it "
                    "needs the file open for writing."
                ),
            )
            return
        folder = str(doc.path.parent)
        stem = self.ui.planCombo.currentText() or self.tr("anchor-days")
        suggested = str(Path(folder) / f"{stem}.ics")
        path = prompts.save_file_name(
            self,
            self.tr("Save Calendar"),
            suggested,
            self.tr("iCalendar files (*.ics);;All files (*)"),
        )
        if path is None:
            return
        if path.suffix == "":
            path = path.with_suffix(".ics")
        try:
            prepared = self.save_to(path)
        except (CalendarError, ValueError, OfficeFileError, OSError) as exc:
            prompts.error(
                self,
                self.tr("Export to Calendar"),
                self.tr("The calendar was not saved: {error}").format(error=exc),
            )
            return
        n = len(prepared.events)
        self.ui.summaryLabel.setText(
            self.tr("Saved {file}: {events} ({changed} new or changed).").format(
                file=path.name, events=self._events_text(n), changed=len(prepared.changed_teams)
            )
        )

    # -- reacting to choices --------------------------------------------------------------

    def _fill_teams(self) -> None:
        self.ui.teamList.blockSignals(True)
        self.ui.teamList.clear()
        doc = self.context.doc
        plan = self.ui.planCombo.currentText()
        if doc is not None and plan:
            for (name,) in doc.conn.execute(
                "SELECT DISTINCT t.name FROM plan_days pd JOIN plans p ON p.id = pd.plan_id "
                "JOIN teams t ON t.id = pd.team_id WHERE p.name = ? ORDER BY t.name",
                (plan,),
            ):
                item = QListWidgetItem(str(name))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.ui.teamList.addItem(item)
        self.ui.teamList.blockSignals(False)

    def _update_enabled(self) -> None:
        self.ui.teamList.setEnabled(self.ui.someTeamsRadio.isChecked())
        person = self.ui.personRadio.isChecked()
        self.ui.personCombo.setEnabled(person)
        self.ui.namePersonCheck.setEnabled(person)
        timed = self.ui.timedRadio.isChecked()
        self.ui.startEdit.setEnabled(timed)
        self.ui.endEdit.setEnabled(timed)

    @Slot(str)
    def _plan_changed(self, _plan: str) -> None:
        self._fill_teams()
        self.refresh()

    @Slot(bool)
    def _choice_toggled(self, checked: bool) -> None:
        self._update_enabled()
        if checked:  # each exclusive group sends one toggled(True) per change
            self.refresh()

    @Slot(QListWidgetItem)
    def _team_checked(self, _item: QListWidgetItem) -> None:
        if self.ui.someTeamsRadio.isChecked():
            self.refresh()
