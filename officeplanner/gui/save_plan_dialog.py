"""Save Plan: the name and the period a plan applies to.

The period matters beyond the record: the calendar export repeats each team's
event from the first to the last day of it, so a plan without one cannot be put
in anyone's calendar. Saving under an existing name replaces that plan in place
(:func:`officeplanner.planner.store.save_plan`), keeping calendar UIDs stable.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from officeplanner.gui.forms.ui_save_plan_dialog import Ui_SavePlanDialog

#: Default length of a new plan's period: a quarter.
DEFAULT_WEEKS = 13


def next_monday(today: date) -> date:
    return today + timedelta(days=7 - today.weekday())


class SavePlanDialog(QDialog):
    def __init__(
        self, existing: list[str], today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SavePlanDialog()
        self.ui.setupUi(self)
        self.existing = existing
        self.ui.nameCombo.addItems(existing)
        start = next_monday(today or date.today())
        end = start + timedelta(weeks=DEFAULT_WEEKS, days=-3)  # a Friday
        self.ui.nameCombo.setEditText(self.tr("Plan from {date}").format(date=start.isoformat()))
        self.ui.fromEdit.setDate(QDate(start.year, start.month, start.day))
        self.ui.toEdit.setDate(QDate(end.year, end.month, end.day))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameCombo.editTextChanged.connect(self._validate)
        self.ui.fromEdit.dateChanged.connect(self._validate)
        self.ui.toEdit.dateChanged.connect(self._validate)
        self._validate()

    @property
    def name(self) -> str:
        return self.ui.nameCombo.currentText().strip()

    @property
    def valid_from(self) -> date:
        day = self.ui.fromEdit.date().toPython()
        assert isinstance(day, date)
        return day

    @property
    def valid_to(self) -> date:
        day = self.ui.toEdit.date().toPython()
        assert isinstance(day, date)
        return day

    def set_values(self, name: str, valid_from: date, valid_to: date) -> None:
        """Fill the fields (what a user types; also how tests answer the dialog)."""
        self.ui.nameCombo.setEditText(name)
        self.ui.fromEdit.setDate(QDate(valid_from.year, valid_from.month, valid_from.day))
        self.ui.toEdit.setDate(QDate(valid_to.year, valid_to.month, valid_to.day))

    def problem(self) -> str | None:
        if not self.name:
            return self.tr("Give the plan a name.")
        if self.valid_to < self.valid_from:
            return self.tr("The plan ends before it starts.")
        if self.name in self.existing:
            return self.tr("A plan called “{name}” exists; saving replaces it.").format(
                name=self.name
            )
        return None

    @Slot()
    def _validate(self) -> None:
        problem = self.problem()
        # Replacing a plan of the same name is a warning, not a reason to refuse.
        blocking = problem is not None and self.name not in self.existing
        self.ui.errorLabel.setText(problem or "")
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not blocking)
