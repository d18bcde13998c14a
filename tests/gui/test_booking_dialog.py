"""The booking dialog checks conflicts as the user types and books through the undo stack."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from officeplanner.gui.booking_dialog import BookingDialog
from tests.gui import bookings_office
from tests.gui.bookings_office import MONDAY, SmallOffice

#: The shared fixture, made visible to pytest in this module.
small_office = bookings_office.small_office


def _dialog(qtbot: QtBot, o: SmallOffice, **kwargs: object) -> BookingDialog:
    dialog = BookingDialog(o.context, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: BookingDialog) -> bool:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_prefilled_and_asks_for_a_person(qtbot: QtBot, small_office: SmallOffice) -> None:
    o = small_office
    dialog = _dialog(qtbot, o, day=MONDAY, desk_id=o.desks["N2"])
    assert dialog.desk_id == o.desks["N2"] and dialog.day == MONDAY
    assert dialog.person_id is None
    assert not _ok(dialog)
    assert "Choose a person" in dialog.ui.problemLabel.text()


def test_conflicts_as_you_type(qtbot: QtBot, small_office: SmallOffice) -> None:
    o = small_office
    dialog = _dialog(qtbot, o, day=MONDAY, desk_id=o.desks["N1"])
    dialog.ui.personCombo.setEditText("")
    dialog.ui.personCombo.setEditText("bob berg")  # any case, as typed
    assert dialog.person_id == o.people["Bob"]
    assert "already booked by Alice Aas" in dialog.ui.problemLabel.text()
    assert not _ok(dialog)
    # Another desk: fine for Bob on Monday.
    dialog.ui.deskCombo.setCurrentIndex(dialog.ui.deskCombo.findData(o.desks["N2"]))
    assert dialog.ui.problemLabel.text() == ""
    assert _ok(dialog)
    # Alice already sits at N1 on Monday.
    dialog.ui.personCombo.setCurrentIndex(dialog.ui.personCombo.findData(o.people["Alice"]))
    assert "already has desk N1" in dialog.ui.problemLabel.text()
    assert not _ok(dialog)


def test_typing_an_unknown_name(qtbot: QtBot, small_office: SmallOffice) -> None:
    dialog = _dialog(qtbot, small_office, day=MONDAY, desk_id=small_office.desks["N2"])
    dialog.ui.personCombo.setEditText("Nobody")
    assert "Choose a person from the list" in dialog.ui.problemLabel.text()
    assert not _ok(dialog)


def test_times(qtbot: QtBot, small_office: SmallOffice) -> None:
    o = small_office
    tuesday = MONDAY + timedelta(days=1)  # Bob holds S1 09:00–12:00
    dialog = _dialog(qtbot, o, day=tuesday, desk_id=o.desks["S1"], person_id=o.people["Carol"])
    assert "already booked by Bob Berg for 09:00–12:00" in dialog.ui.problemLabel.text()
    assert not dialog.ui.startEdit.isEnabled()
    dialog.ui.wholeDayCheck.setChecked(False)
    assert dialog.ui.startEdit.isEnabled()
    dialog.ui.startEdit.setTime(QTime(12, 0))
    dialog.ui.endEdit.setTime(QTime(16, 0))
    assert _ok(dialog), dialog.ui.problemLabel.text()
    dialog.ui.endEdit.setTime(QTime(11, 0))
    assert "end time must be after" in dialog.ui.problemLabel.text()
    dialog.ui.endEdit.setTime(QTime(16, 0))
    with qtbot.waitSignal(dialog.accepted):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.booking_id is not None
    row = o.doc.conn.execute(
        "SELECT person_id, start_time, end_time FROM bookings WHERE id = ?", (dialog.booking_id,)
    ).fetchone()
    assert tuple(row) == (o.people["Carol"], "12:00", "16:00")


def test_accept_books_and_undo_removes(qtbot: QtBot, small_office: SmallOffice) -> None:
    o = small_office
    dialog = _dialog(qtbot, o, day=MONDAY, desk_id=o.desks["N2"], person_id=o.people["Carol"])
    assert _ok(dialog)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert o.count() == 3
    assert o.context.undo_stack.count() == 1
    assert "N2" in o.context.undo_stack.undoText()
    o.context.undo_stack.undo()
    assert o.count() == 2
    o.context.undo_stack.redo()
    assert o.count(f"id = {dialog.booking_id}") == 1  # the same id again


def test_booking_taken_meanwhile_is_refused(qtbot: QtBot, small_office: SmallOffice) -> None:
    """Another window books the desk while the dialog is open: OK reports it, stays open."""
    from officeplanner.edits.bookings import book

    o = small_office
    dialog = _dialog(qtbot, o, day=MONDAY, desk_id=o.desks["N2"], person_id=o.people["Carol"])
    book(o.doc, MONDAY, o.desks["N2"], o.people["Bob"])
    dialog.accept()
    assert dialog.result() == 0 and dialog.booking_id is None
    assert "already booked by Bob Berg" in dialog.ui.problemLabel.text()
    assert o.context.undo_stack.count() == 0


def test_conflicts_are_shown_in_norwegian(
    norwegian: None, qtbot: QtBot, small_office: SmallOffice
) -> None:
    """The core's conflict messages reach a Norwegian user in Bokmål: as they type, on OK
    when others booked meanwhile, and when the booking itself is refused (two conflicts in
    one EditError, each sentence translated)."""
    from officeplanner.edits import EditError
    from officeplanner.edits.bookings import book
    from officeplanner.gui.core_text import in_user_language
    from officeplanner.wording import wording_of

    o = small_office
    tuesday = MONDAY + timedelta(days=1)  # Bob holds S1 09:00–12:00
    dialog = _dialog(qtbot, o, day=tuesday, desk_id=o.desks["S1"], person_id=o.people["Carol"])
    assert dialog.ui.problemLabel.text().endswith(
        "Pulten er allerede reservert av Bob Berg kl. 09:00–12:00."
    )
    dialog.ui.deskCombo.setCurrentIndex(dialog.ui.deskCombo.findData(o.desks["N2"]))
    assert _ok(dialog)
    book(o.doc, tuesday, o.desks["N2"], o.people["Alice"])  # another window, meanwhile
    book(o.doc, tuesday, o.desks["N1"], o.people["Carol"])
    dialog.accept()
    assert dialog.result() == 0 and dialog.booking_id is None
    assert dialog.ui.problemLabel.text() == (
        "⚠ Pulten er allerede reservert av Alice Aas for hele dagen.\n"
        "⚠ Denne personen har allerede reservert pult N1 for hele dagen."
    )
    with pytest.raises(EditError) as refused:
        book(o.doc, tuesday, o.desks["N2"], o.people["Carol"])
    assert str(refused.value).startswith("The desk is already booked by Alice Aas")  # English
    assert in_user_language(wording_of(refused.value)) == (
        "Pulten er allerede reservert av Alice Aas for hele dagen. "
        "Denne personen har allerede reservert pult N1 for hele dagen."
    )


def test_read_only(qtbot: QtBot, small_office: SmallOffice) -> None:
    o = small_office
    path = o.doc.path
    o.context.set_document(None)
    from officeplanner.store import OfficeFile

    o.context.set_document(OfficeFile.open(path, read_only=True))
    dialog = _dialog(qtbot, o, day=MONDAY, desk_id=o.desks["N2"], person_id=o.people["Carol"])
    assert not _ok(dialog)
    assert "read-only" in dialog.ui.problemLabel.text()


def test_a_name_that_differs_only_in_case_is_not_mistaken(
    qtbot: QtBot, small_office: SmallOffice
) -> None:
    """Found by review: names are unique with case counted, and the case-blind lookup
    booked "N1" for somebody who picked "n1" (any case still works when it is unique)."""
    from officeplanner.store.entities import ensure_desk, ensure_person

    o = small_office
    with o.doc.write() as conn:
        lower_desk = ensure_desk(conn, "Oslo", "1", "North", "n1")
        lower_person = ensure_person(conn, "alice aas", "Red")
    dialog = _dialog(qtbot, o, day=MONDAY + timedelta(days=3))
    dialog.ui.deskCombo.setEditText("n1")
    dialog.ui.personCombo.setEditText("alice aas")
    assert (dialog.desk_id, dialog.person_id) == (lower_desk, lower_person)
    dialog.ui.deskCombo.setEditText("N1")
    dialog.ui.personCombo.setEditText("Alice Aas")
    assert (dialog.desk_id, dialog.person_id) == (o.desks["N1"], o.people["Alice"])
    dialog.ui.personCombo.setEditText("ALICE AAS")  # two differ only in case: ask
    assert dialog.person_id is None
    dialog.ui.personCombo.setEditText("CAROL DAHL")  # unique: any case will do
    assert dialog.person_id == o.people["Carol"]
