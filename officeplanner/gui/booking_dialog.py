"""The booking dialog: date, desk, person and optional times, checked as you type.

Every change re-runs the core's :func:`~officeplanner.edits.bookings.booking_conflicts`
(two indexed lookups, well under a millisecond) and shows what is wrong right under the
fields, with OK disabled until it is fixed — a facility manager learns *before*
pressing OK that the desk is taken, and by whom. The booking itself is written by a
:class:`~officeplanner.gui.booking_commands.BookCommand`, so it can be undone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QWidget

from officeplanner.edits import EditError
from officeplanner.edits.bookings import booking_conflicts, check_times
from officeplanner.gui.booking_commands import BookCommand
from officeplanner.gui.commands import push
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.core_text import in_user_language
from officeplanner.gui.forms.ui_booking_dialog import Ui_BookingDialog
from officeplanner.gui.theme import warning_style
from officeplanner.store import OfficeFileError
from officeplanner.wording import wording_of

#: Shown before the problems: a symbol as well as a colour, for colour-blind users.
_WARNING = "⚠ "


class BookingDialog(QDialog):
    """Book a desk. After ``exec()`` returns Accepted, :attr:`booking_id` is the new booking."""

    def __init__(
        self,
        context: DocumentContext,
        *,
        day: date | None = None,
        desk_id: int | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_BookingDialog()
        self.ui.setupUi(self)
        self.booking_id: int | None = None
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("&Book"))
        self._fill_desks()
        self._fill_people()
        self.ui.dateEdit.setDate(QDate(day or date.today()))
        self._select(self.ui.deskCombo, desk_id)
        self._select(self.ui.personCombo, person_id)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.dateEdit.dateChanged.connect(self.check)
        self.ui.deskCombo.editTextChanged.connect(self.check)
        self.ui.personCombo.editTextChanged.connect(self.check)
        self.ui.wholeDayCheck.toggled.connect(self._whole_day_toggled)
        self.ui.startEdit.timeChanged.connect(self.check)
        self.ui.endEdit.timeChanged.connect(self.check)
        if desk_id is not None and person_id is None:
            self.ui.personCombo.setFocus()
        self.check()

    # -- filling -----------------------------------------------------------------------

    def _fill_desks(self) -> None:
        combo = self.ui.deskCombo
        combo.clear()
        doc = self.context.doc
        if doc is None:
            return
        for desk_id, name, where in doc.conn.execute(
            "SELECT d.id, d.name, s.name || ' · ' || f.name || ' · ' || z.name FROM desks d "
            "JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id "
            "JOIN sites s ON s.id = f.site_id WHERE d.bookable ORDER BY d.name"
        ):
            combo.addItem(str(name), int(desk_id))
            combo.setItemData(combo.count() - 1, str(where), Qt.ItemDataRole.ToolTipRole)
        self._complete_anywhere(combo)

    def _fill_people(self) -> None:
        combo = self.ui.personCombo
        combo.clear()
        doc = self.context.doc
        if doc is None:
            return
        for person_id, name in doc.conn.execute("SELECT id, name FROM people ORDER BY name"):
            combo.addItem(str(name), int(person_id))
        self._complete_anywhere(combo)

    @staticmethod
    def _complete_anywhere(combo: QComboBox) -> None:
        """Type any part of a name ("sen" finds "Ola Hansen"): thousands of people."""
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @staticmethod
    def _select(combo: QComboBox, row_id: int | None) -> None:
        index = -1 if row_id is None else combo.findData(row_id)
        combo.setCurrentIndex(index)
        if index < 0:
            combo.setEditText("")

    # -- reading -----------------------------------------------------------------------

    @staticmethod
    def _chosen(combo: QComboBox) -> int | None:
        index = BookingDialog._match(combo)
        return None if index < 0 else int(combo.itemData(index))

    @staticmethod
    def _match(combo: QComboBox) -> int:
        """The item the typed text names: the exact name, else the only one that differs
        just in case; -1 when none or several. Names are unique only with case counted
        ("N1" and "n1" can both exist), so a case-blind lookup picked the wrong one."""
        text = combo.currentText().strip()
        if not text:
            return -1
        exact = combo.findText(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive)
        if exact >= 0:
            return exact
        folded = text.casefold()
        alike = [i for i in range(combo.count()) if combo.itemText(i).casefold() == folded]
        return alike[0] if len(alike) == 1 else -1

    @staticmethod
    def _chosen_name(combo: QComboBox) -> str:
        index = BookingDialog._match(combo)
        return combo.itemText(index) if index >= 0 else combo.currentText().strip()

    @property
    def day(self) -> date:
        d = self.ui.dateEdit.date()
        return date(d.year(), d.month(), d.day())

    @property
    def desk_id(self) -> int | None:
        return self._chosen(self.ui.deskCombo)

    @property
    def person_id(self) -> int | None:
        return self._chosen(self.ui.personCombo)

    @property
    def times(self) -> tuple[str, str]:
        if self.ui.wholeDayCheck.isChecked():
            return "", ""
        return (
            self.ui.startEdit.time().toString("HH:mm"),
            self.ui.endEdit.time().toString("HH:mm"),
        )

    def problems(self) -> list[str]:
        """What stops the booking now; empty when OK may be pressed."""
        doc = self.context.doc
        if doc is None:
            return [self.tr("No office file is open.")]
        if self.context.read_only:
            return [self.tr("The file is open read-only; bookings cannot be changed.")]
        problems = []
        desk, person = self.desk_id, self.person_id
        if desk is None:
            typed = self.ui.deskCombo.currentText().strip()
            problems.append(
                self.tr("Choose a desk from the list.") if typed else self.tr("Choose a desk.")
            )
        if person is None:
            typed = self.ui.personCombo.currentText().strip()
            problems.append(
                self.tr("Choose a person from the list.") if typed else self.tr("Choose a person.")
            )
        try:
            start, end = check_times(*self.times)
        except EditError as exc:
            problems.append(in_user_language(wording_of(exc)))
            start = end = ""
        if desk is not None and person is not None and not problems:
            conflicts = booking_conflicts(doc.conn, self.day, desk, person, start, end)
            problems += [in_user_language(c) for c in conflicts]
        return problems

    # -- reacting ----------------------------------------------------------------------

    @Slot(bool)
    def _whole_day_toggled(self, whole: bool) -> None:
        self.ui.startEdit.setEnabled(not whole)
        self.ui.endEdit.setEnabled(not whole)
        self.check()

    @Slot()
    def check(self) -> None:
        """Re-check after every change; show the problems and enable OK only when none."""
        problems = self.problems()
        self._show(problems)
        self._ok.setEnabled(not problems)

    def _show(self, problems: list[str]) -> None:
        label = self.ui.problemLabel
        if not problems:
            label.setText("")
            label.setToolTip("")
            return
        text = "\n".join(_WARNING + p for p in problems)
        label.setText(text)
        label.setToolTip(text)
        label.setStyleSheet(warning_style())  # orange, deep or light to suit the palette

    def accept(self) -> None:
        if self.problems():
            self.check()
            return
        desk, person = self.desk_id, self.person_id
        assert desk is not None and person is not None
        start, end = self.times
        label = self.tr("{0} for {1}", "desk for person, in the undo text").format(
            self._chosen_name(self.ui.deskCombo), self._chosen_name(self.ui.personCombo)
        )
        command = BookCommand(self.context, self.day, desk, person, start, end, label=label)
        try:
            push(self.context, command)
        except (EditError, OfficeFileError) as exc:
            self._show([in_user_language(wording_of(exc))])
            self._ok.setEnabled(False)
            return
        self.booking_id = command.booking_id
        super().accept()
