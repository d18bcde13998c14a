"""The Bookings page, driven as a user would: book from the grid, check in, cancel, undo,
redo, keyboard use, the table's filters, sorting and paging, and read-only mode."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from officeplanner.domain import BookingStatus
from officeplanner.gui import booking_models
from officeplanner.gui.booking_models import (
    BOOKING_ID_ROLE,
    COLUMNS,
    PAGE_SIZE,
    BookingFilter,
    BookingTableModel,
    WeekGridModel,
)
from officeplanner.gui.bookings_page import BookingsPage
from officeplanner.store import OfficeFile
from tests.gui import bookings_office
from tests.gui.bookings_office import MONDAY, SmallOffice, make_office

#: The shared fixture, made visible to pytest in this module.
small_office = bookings_office.small_office


@pytest.fixture
def page(qtbot: QtBot, small_office: SmallOffice) -> BookingsPage:
    p = BookingsPage(small_office.context)
    qtbot.addWidget(p)
    p.resize(1000, 600)
    p.show()
    qtbot.waitExposed(p)
    i = p.site_combo.findText("Oslo")
    p.site_combo.setCurrentIndex(i)
    return p


def _cell(page: BookingsPage, desk: str, day_offset: int) -> QModelIndex:
    m = page.grid_model
    for row in range(m.rowCount()):
        info = m.row_info(row)
        if info is not None and info.label == desk and info.desk_id is not None:
            return m.index(row, day_offset)
    raise AssertionError(f"no row for desk {desk}")


def _menu_action(page: BookingsPage, text: str) -> None:
    menu = page.last_menu
    assert isinstance(menu, QMenu)
    actions = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert actions, [a.text() for a in menu.actions()]
    actions[0].trigger()
    menu.close()


# -- models -------------------------------------------------------------------------------


def test_grid_model_tester(
    qapp: QApplication, qtmodeltester: ModelTester, small_office: SmallOffice
) -> None:
    model = WeekGridModel()
    model.set_document(small_office.doc)
    model.set_site(int(small_office.doc.scalar("SELECT id FROM sites WHERE name = 'Oslo'")))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5  # two zone headings + three desks
    assert model.columnCount() == 5  # Mon..Fri
    model.set_week(MONDAY + timedelta(days=7))
    qtmodeltester.check(model, force_py=True)


def test_table_model_tester(
    qapp: QApplication, qtmodeltester: ModelTester, small_office: SmallOffice
) -> None:
    model = BookingTableModel()
    model.set_document(small_office.doc)
    qtmodeltester.check(model, force_py=True)
    model.sort(5, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_grid_shows_who_and_status_in_words(page: BookingsPage) -> None:
    m = page.grid_model
    assert m.days[0] == MONDAY
    heading = m.index(0, 0)
    assert m.data(heading) == "1 · North" and not (m.flags(heading) & Qt.ItemFlag.ItemIsEnabled)
    assert m.data(_cell(page, "N1", 0)) == "Alice Aas\nBooked"
    assert m.data(_cell(page, "S1", 1)) == "Bob Berg\nBooked · 09:00–12:00"
    assert m.data(_cell(page, "N2", 0)) == ""
    assert m.data(_cell(page, "N1", 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert "free" in m.data(_cell(page, "N2", 0), Qt.ItemDataRole.ToolTipRole)
    assert page.grid.columnSpan(0, 0) == 5  # the zone heading spans the week


# -- the grid -----------------------------------------------------------------------------


def test_book_from_the_grid_then_undo_redo(
    qtbot: QtBot, page: BookingsPage, small_office: SmallOffice
) -> None:
    o = small_office
    index = _cell(page, "N2", 2)
    page.grid.setCurrentIndex(index)
    qtbot.mouseClick(
        page.grid.viewport(), Qt.MouseButton.LeftButton, pos=page.grid.visualRect(index).center()
    )
    dialog = page.booking_dialog
    assert dialog.isVisible()
    assert dialog.desk_id == o.desks["N2"] and dialog.day == MONDAY + timedelta(days=2)
    dialog.ui.personCombo.setCurrentIndex(dialog.ui.personCombo.findData(o.people["Carol"]))
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert page.grid_model.data(index) == "Carol Dahl\nBooked"
    assert o.count() == 3
    assert page.table_model.rowCount() == 3
    o.context.undo_stack.undo()
    assert page.grid_model.data(index) == "" and o.count() == 2
    assert page.table_model.rowCount() == 2
    o.context.undo_stack.redo()
    assert page.grid_model.data(index) == "Carol Dahl\nBooked"


def test_check_in_cancel_undo_redo_from_the_menu(
    page: BookingsPage, small_office: SmallOffice
) -> None:
    o = small_office
    index = _cell(page, "N1", 0)
    booking_id = page.grid_model.data(index, booking_models.BOOKINGS_ROLE)[0]
    page.grid.setCurrentIndex(index)
    page._cell_menu(index, page.grid.viewport().mapToGlobal(page.grid.visualRect(index).center()))
    _menu_action(page, "Check in")
    assert o.status(booking_id) == "checked_in"
    assert page.grid_model.data(index) == "Alice Aas\n✓ Checked in"

    page._cell_menu(index, page.grid.mapToGlobal(page.grid.rect().center()))
    _menu_action(page, "Cancel booking")
    assert o.status(booking_id) == "cancelled"
    assert page.grid_model.data(index) == "Alice Aas\nCancelled"
    assert page.grid_model.active_bookings_at(index) == []

    stack = o.context.undo_stack
    assert stack.undoText().startswith("Cancel booking")
    stack.undo()
    assert o.status(booking_id) == "checked_in"
    stack.undo()
    assert o.status(booking_id) == "booked"
    stack.redo()
    stack.redo()
    assert o.status(booking_id) == "cancelled"


def test_no_show_and_delete(page: BookingsPage, small_office: SmallOffice) -> None:
    o = small_office
    index = _cell(page, "S1", 1)
    booking_id = page.grid_model.data(index, booking_models.BOOKINGS_ROLE)[0]
    page._cell_menu(index, page.grid.mapToGlobal(page.grid.rect().center()))
    _menu_action(page, "Mark no-show")
    assert o.status(booking_id) == "no_show"
    assert "No-show" in page.grid_model.data(index)
    page._cell_menu(index, page.grid.mapToGlobal(page.grid.rect().center()))
    _menu_action(page, "Delete booking")
    assert o.count() == 1
    o.context.undo_stack.undo()
    assert o.status(booking_id) == "no_show"


def test_keyboard(qtbot: QtBot, page: BookingsPage, small_office: SmallOffice) -> None:
    grid = page.grid
    grid.setFocus()
    grid.setCurrentIndex(_cell(page, "N1", 0))
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.currentIndex() == _cell(page, "N2", 0)
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # over the "South" heading
    assert grid.currentIndex() == _cell(page, "S1", 0)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.currentIndex() == _cell(page, "S1", 1)
    # Enter on a booked cell opens its actions; on a free cell, the booking dialog.
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert page.last_menu is not None and page.last_menu.isVisible()
    page.last_menu.close()
    qtbot.keyClick(grid, Qt.Key.Key_Up)  # over the heading again
    assert grid.currentIndex() == _cell(page, "N2", 1)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert page.booking_dialog.isVisible()
    assert page.booking_dialog.desk_id == small_office.desks["N2"]
    page.booking_dialog.reject()
    # The context-menu key opens the menu at the current cell.
    grid.setCurrentIndex(_cell(page, "N1", 0))
    qtbot.keyClick(grid, Qt.Key.Key_Menu)
    assert page.last_menu is not None and page.last_menu.isVisible()
    assert "Alice Aas" in page.last_menu.actions()[0].text()
    page.last_menu.close()


def test_week_navigation(page: BookingsPage) -> None:
    page.next_week()
    assert page.grid_model.monday == MONDAY + timedelta(days=7)
    assert page.grid_model.data(_cell(page, "N1", 0)) == ""
    page.previous_week()
    page.previous_week()
    assert page.grid_model.monday == MONDAY - timedelta(days=7)
    page.this_week()
    assert page.grid_model.monday == MONDAY
    page.show_week(MONDAY + timedelta(days=17))
    assert page.grid_model.monday == MONDAY + timedelta(days=14)


def test_other_site_and_empty_states(page: BookingsPage, small_office: SmallOffice) -> None:
    page.site_combo.setCurrentIndex(page.site_combo.findText("Bergen"))
    assert page.grid_model.rowCount() == 2
    assert page.grid_stack.currentWidget() is page.grid
    with small_office.doc.write() as conn:
        conn.execute("UPDATE desks SET bookable = 0 WHERE name = 'B1'")
    small_office.context.notify("desks")
    assert page.grid_model.rowCount() == 0
    assert page.grid_stack.currentWidget() is page.grid_empty
    assert "no bookable desks" in page.grid_empty.text()
    small_office.context.set_document(None)
    assert "No office file is open" in page.grid_empty.text()
    assert page.table_model.rowCount() == 0


def test_read_only_disables_editing(
    qtbot: QtBot, page: BookingsPage, small_office: SmallOffice
) -> None:
    path = small_office.doc.path
    small_office.context.set_document(OfficeFile.open(path, read_only=True))
    page.site_combo.setCurrentIndex(page.site_combo.findText("Oslo"))
    assert not page.book_button.isEnabled()
    assert page.book_at(_cell(page, "N2", 0)) is None
    index = _cell(page, "N1", 0)
    page._cell_menu(index, page.grid.mapToGlobal(page.grid.rect().center()))
    assert page.last_menu is not None
    assert all(
        not a.isEnabled() for a in page.last_menu.actions() if not a.isSeparator() and a.text()
    )
    page.last_menu.close()
    page.table.selectRow(0)
    assert not page.check_in_button.isEnabled()


# -- the table ----------------------------------------------------------------------------


def test_table_filters(qtbot: QtBot, page: BookingsPage, small_office: SmallOffice) -> None:
    page.tabs.setCurrentIndex(1)
    assert page.table_model.rowCount() == 2
    assert page.count_label.text() == "2 bookings"
    page.team_combo.setCurrentIndex(page.team_combo.findText("Blue"))
    assert page.table_model.rowCount() == 0
    assert "No booking matches" in page.count_label.text()
    page.team_combo.setCurrentIndex(page.team_combo.findText("Red"))
    assert page.table_model.rowCount() == 2
    page.table_site_combo.setCurrentIndex(page.table_site_combo.findText("Oslo"))
    page.zone_combo.setCurrentIndex(page.zone_combo.findText("1 · South"))
    assert page.table_model.rowCount() == 1
    assert page.table_model.data(page.table_model.index(0, 2)) == "S1"
    page.zone_combo.setCurrentIndex(0)
    page.search_edit.setText("alice")
    qtbot.waitUntil(lambda: page.table_model.rowCount() == 1)
    assert page.table_model.data(page.table_model.index(0, 5)) == "Alice Aas"
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.table_model.rowCount() == 2)
    page.status_combo.setCurrentIndex(page.status_combo.findData("checked_in"))
    assert page.table_model.rowCount() == 0
    page.status_combo.setCurrentIndex(0)
    page.from_edit.setDate(
        page.from_edit.date().fromString((MONDAY + timedelta(days=1)).isoformat(), "yyyy-MM-dd")
    )
    assert page.table_model.rowCount() == 1
    assert page.table_model.data(page.table_model.index(0, 5)) == "Bob Berg"


def test_table_actions_and_undo(page: BookingsPage, small_office: SmallOffice) -> None:
    page.tabs.setCurrentIndex(1)
    page.table.selectRow(0)
    assert page.check_in_button.isEnabled()
    booking_id = page.table_model.data(page.table_model.index(0, 0), BOOKING_ID_ROLE)
    page.check_in_button.click()
    assert small_office.status(booking_id) == "checked_in"
    assert page.table_model.data(page.table_model.index(0, 7)) == "✓ Checked in"
    page.table.selectAll()
    page.cancel_button.click()
    assert small_office.count("status = 'cancelled'") == 2
    small_office.context.undo_stack.undo()  # one macro for both
    assert small_office.count("status = 'cancelled'") == 0
    page.table.selectAll()
    page.delete_button.click()
    assert small_office.count() == 0 and page.table_model.rowCount() == 0
    small_office.context.undo_stack.undo()
    assert small_office.count() == 2 and page.table_model.rowCount() == 2


@pytest.fixture
def many(tmp_path: Path) -> OfficeFile:
    """An office with 3 desks × 2 people... no: 40 desks × 40 people × 30 days = 1,200 rows."""
    doc = make_office(tmp_path / "many.officeplan")
    with doc.write() as conn:
        from officeplanner.store.entities import ensure_desk, ensure_person

        desks = [ensure_desk(conn, "Oslo", "2", "West", f"W{i:02}") for i in range(40)]
        people = [ensure_person(conn, f"Person {i:02}", "Green") for i in range(40)]
        rows = []
        for day in range(30):
            d = (MONDAY + timedelta(days=day)).isoformat()
            for i, desk in enumerate(desks):
                status = ("booked", "checked_in", "no_show", "cancelled")[(i + day) % 4]
                rows.append((d, desk, people[(i + day) % 40], status))
        conn.executemany(
            "INSERT INTO bookings(date, desk_id, person_id, status) VALUES (?, ?, ?, ?)", rows
        )
    return doc


def test_table_pages_and_sorts(
    qapp: QApplication, qtmodeltester: ModelTester, many: OfficeFile
) -> None:
    model = BookingTableModel()
    model.set_document(many)
    assert model.rowCount() == 1200
    assert model.cache_stats()[0] == 0  # nothing fetched before the view asks
    last = model.index(1199, 0)
    assert model.data(last) == (MONDAY + timedelta(days=29)).isoformat()
    assert model.cache_stats()[0] == 1  # only the last page
    dates = [model.data(model.index(r, 0)) for r in range(1200)]
    assert dates == sorted(dates)
    assert model.cache_stats()[0] == 1200 // PAGE_SIZE + 1
    ids = {model.data(model.index(r, 0), BOOKING_ID_ROLE) for r in range(1200)}
    assert len(ids) == 1200  # every row once across page boundaries

    model.sort(5, Qt.SortOrder.AscendingOrder)  # by person: a materialised order
    people = [model.data(model.index(r, 5)) for r in range(1200)]
    assert people == sorted(people)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == (MONDAY + timedelta(days=29)).isoformat()
    model.sort(7, Qt.SortOrder.DescendingOrder)
    statuses = [model.data(model.index(r, 7), booking_models.STATUS_ROLE) for r in range(1200)]
    assert statuses == sorted(statuses, reverse=True)
    model.set_filter(BookingFilter(status=BookingStatus.NO_SHOW))
    assert model.rowCount() == 300
    qtmodeltester.check(model, force_py=True)
    for column in range(len(COLUMNS)):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert model.rowCount() == 300
    many.close()


def test_delete_key_and_edit_delete_on_the_grid(
    qtbot: QtBot, page: BookingsPage, small_office: SmallOffice
) -> None:
    o = small_office
    grid = page.grid
    grid.setFocus()
    grid.setCurrentIndex(_cell(page, "N1", 0))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert o.count() == 1
    assert page.grid_model.data(_cell(page, "N1", 0)) == ""
    o.context.undo_stack.undo()
    assert o.count() == 2
    grid.setCurrentIndex(_cell(page, "S1", 1))
    page.delete_selected()  # Edit ▸ Delete while the Week tab shows
    assert o.count() == 1
    assert o.context.undo_stack.undoText() == "Delete booking"


def test_reloads_after_an_import(page: BookingsPage, small_office: SmallOffice) -> None:
    """An import writes on another connection and then says "*": both views re-read."""
    o = small_office
    with o.doc.write() as conn:
        conn.execute(
            "INSERT INTO bookings(date, desk_id, person_id, status) VALUES (?, ?, ?, 'booked')",
            (MONDAY.isoformat(), o.desks["N2"], o.people["Carol"]),
        )
    o.context.notify("*")
    assert page.grid_model.data(_cell(page, "N2", 0)) == "Carol Dahl\nBooked"
    assert page.table_model.rowCount() == 3
    assert page.count_label.text() == "3 bookings"


def test_changing_many_bookings_is_one_step_all_or_none(
    page: BookingsPage, small_office: SmallOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused booking in a multi-row change changes nothing and leaves no undo step."""
    from officeplanner.edits.bookings import book
    from officeplanner.gui import prompts

    o = small_office
    refused: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: refused.append(text))
    page.tabs.setCurrentIndex(1)
    page.table.selectAll()
    page.cancel_button.click()
    assert o.count("status = 'cancelled'") == 2
    stack = o.context.undo_stack
    steps = stack.count()
    # Meanwhile Carol takes Alice's desk that Monday, so re-opening Alice's booking fails.
    book(o.doc, MONDAY, o.desks["N1"], o.people["Carol"])
    page.table_model.reload()
    page.table.selectAll()
    page.check_in_button.click()
    assert len(refused) == 1
    assert o.count("status = 'checked_in'") == 0  # Carol's and Bob's were taken back too
    assert stack.count() == steps and stack.undoText().startswith("Change 2 bookings")

    page.table.selectAll()
    page.cancel_button.click()  # allowed for all three: one step
    assert o.count("status = 'cancelled'") == 3
    assert stack.count() == steps + 1 and stack.undoText() == "Change 3 bookings"
    stack.undo()
    assert o.count("status = 'cancelled'") == 2 and o.count("status = 'booked'") == 1


def test_a_change_to_many_rows_reloads_the_table_once(
    page: BookingsPage, small_office: SmallOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each row used to announce its own change: 200 rows, 200 reloads of the table."""
    calls: list[str] = []
    original = BookingTableModel.refresh

    def counted(model: BookingTableModel) -> None:
        calls.append("refresh")
        original(model)

    monkeypatch.setattr(BookingTableModel, "refresh", counted)
    page.tabs.setCurrentIndex(1)
    page.table.selectAll()
    page.no_show_button.click()
    assert small_office.count("status = 'no_show'") == 2
    assert calls == ["refresh"]
    small_office.context.undo_stack.undo()
    assert calls == ["refresh", "refresh"]


def test_redo_of_a_check_in_keeps_the_time_first_recorded(
    page: BookingsPage, small_office: SmallOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from officeplanner.edits import bookings as booking_edits

    o = small_office
    page.tabs.setCurrentIndex(1)
    page.table.selectRow(0)
    booking_id = page.table_model.data(page.table_model.index(0, 0), BOOKING_ID_ROLE)
    page.check_in_button.click()

    def checked_in_at() -> str:
        return str(o.doc.scalar("SELECT checked_in_at FROM bookings WHERE id = ?", (booking_id,)))

    first = checked_in_at()
    assert first.endswith("Z")
    stack = o.context.undo_stack
    stack.undo()
    assert checked_in_at() == ""

    class Later(datetime):
        """The clock at the redo, long after the check-in."""

        @classmethod
        def now(cls, tz: object = None) -> Later:  # type: ignore[override]
            return cls(2099, 1, 1, 12, 0, 0, tzinfo=UTC)

    monkeypatch.setattr(booking_edits, "datetime", Later)
    stack.redo()
    assert checked_in_at() == first
