"""File ▸ Export… writes the chosen kinds to CSV in a worker, with progress and Cancel."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.qtbot import QtBot

from officeplanner.domain import DataKind
from officeplanner.gui.export_dialog import ExportDialog
from tests.gui import bookings_office
from tests.gui.bookings_office import SmallOffice

#: The shared fixture, made visible to pytest in this module.
small_office = bookings_office.small_office


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_export_bookings_and_people(
    qtbot: QtBot, small_office: SmallOffice, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialog = ExportDialog(small_office.context)
    qtbot.addWidget(dialog)
    assert "2 rows" in dialog.ui.bookingsCheck.text()
    dialog.ui.folderEdit.setText(str(out))
    dialog.ui.prefixEdit.setText("acme")
    dialog.ui.peopleCheck.setChecked(True)
    assert dialog.export_button.isEnabled()
    assert "acme-people.csv" in dialog.ui.filesLabel.text()
    assert dialog.task is None
    dialog.export_button.click()
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        pass
    assert dialog.written == {DataKind.PEOPLE: 3, DataKind.BOOKINGS: 2}
    assert "Exported 5 rows" in dialog.ui.statusLabel.text()
    bookings = _rows(out / "acme-bookings.csv")
    assert bookings[0][:3] == ["date", "desk", "person"]
    assert {r[2] for r in bookings[1:]} == {"Alice Aas", "Bob Berg"}
    assert dialog.export_button.isEnabled()
    assert "replacing" in dialog.ui.filesLabel.text()


def test_pseudonymised(qtbot: QtBot, small_office: SmallOffice, tmp_path: Path) -> None:
    dialog = ExportDialog(small_office.context)
    qtbot.addWidget(dialog)
    dialog.ui.folderEdit.setText(str(tmp_path))
    dialog.ui.pseudonymiseCheck.setChecked(True)
    dialog.start_export()
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        pass
    names = {r[2] for r in _rows(tmp_path / "small-bookings.csv")[1:]}
    assert all(n.startswith("Person ") for n in names), names


def test_refuses_without_folder_or_kind(qtbot: QtBot, small_office: SmallOffice) -> None:
    dialog = ExportDialog(small_office.context)
    qtbot.addWidget(dialog)
    dialog.ui.folderEdit.setText("/no/such/folder")
    assert not dialog.export_button.isEnabled()
    assert "existing folder" in dialog.ui.filesLabel.text()
    dialog.ui.folderEdit.setText(str(small_office.doc.path.parent))
    dialog.ui.bookingsCheck.setChecked(False)
    assert "at least one" in dialog.ui.filesLabel.text()
    dialog.start_export()
    assert dialog.task is None
