"""Booking edits: conflicts, status changes, moves, deletes and their undo data."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from officeplanner.domain import BookingStatus
from officeplanner.edits import EditError, restore
from officeplanner.edits.bookings import (
    book,
    booking_conflicts,
    check_times,
    delete_bookings,
    get_booking,
    move_booking,
    restore_booking,
    set_status,
    unbook,
)
from officeplanner.store import OfficeFile
from officeplanner.store.entities import DeskFeatures, ensure_desk, ensure_person

DAY = "2026-03-02"


@dataclass
class Office:
    doc: OfficeFile
    d1: int
    d2: int
    fixed: int
    alice: int
    bob: int


@pytest.fixture
def o(office: OfficeFile) -> Iterator[Office]:
    with office.write() as conn:
        d1 = ensure_desk(conn, "Oslo", "1", "North", "D1")
        d2 = ensure_desk(conn, "Oslo", "1", "North", "D2")
        fixed = ensure_desk(conn, "Oslo", "1", "North", "F1", DeskFeatures(bookable=False))
        alice = ensure_person(conn, "Alice", "Red")
        bob = ensure_person(conn, "Bob", "Red")
    yield Office(office, d1, d2, fixed, alice, bob)


def _count(doc: OfficeFile) -> int:
    return int(doc.scalar("SELECT count(*) FROM bookings"))


def test_book_and_unbook(o: Office) -> None:
    booked = book(o.doc, DAY, o.d1, o.alice)
    b = get_booking(o.doc.conn, booked.booking_id)
    assert (b.date, b.desk_id, b.person_id, b.status) == (DAY, o.d1, o.alice, "booked")
    assert b.whole_day and b.source == "manual"
    unbook(o.doc, booked)
    assert _count(o.doc) == 0
    again = book(o.doc, DAY, o.d1, o.alice, booking_id=booked.booking_id)
    assert again.booking_id == booked.booking_id


def test_desk_taken_whole_day(o: Office) -> None:
    book(o.doc, DAY, o.d1, o.alice)
    problems = booking_conflicts(o.doc.conn, DAY, o.d1, o.bob)
    assert problems == ["The desk is already booked by Alice for the whole day."]
    with pytest.raises(EditError, match="already booked by Alice"):
        book(o.doc, DAY, o.d1, o.bob, "13:00", "14:00")
    assert _count(o.doc) == 1
    assert booking_conflicts(o.doc.conn, "2026-03-03", o.d1, o.bob) == []


def test_times_overlap_or_not(o: Office) -> None:
    book(o.doc, DAY, o.d1, o.alice, "09:00", "12:00")
    assert booking_conflicts(o.doc.conn, DAY, o.d1, o.bob, "12:00", "16:00") == []
    assert booking_conflicts(o.doc.conn, DAY, o.d1, o.bob, "11:00", "13:00") == [
        "The desk is already booked by Alice for 09:00–12:00."
    ]
    assert len(booking_conflicts(o.doc.conn, DAY, o.d1, o.bob)) == 1  # whole day overlaps
    book(o.doc, DAY, o.d1, o.bob, "12:00", "16:00")
    assert _count(o.doc) == 2


def test_person_booked_elsewhere(o: Office) -> None:
    book(o.doc, DAY, o.d1, o.alice)
    assert booking_conflicts(o.doc.conn, DAY, o.d2, o.alice) == [
        "This person already has desk D1 booked for the whole day."
    ]
    with pytest.raises(EditError, match="already has desk D1"):
        book(o.doc, DAY, o.d2, o.alice)


def test_both_conflicts_listed(o: Office) -> None:
    book(o.doc, DAY, o.d1, o.alice)
    book(o.doc, DAY, o.d2, o.bob)
    assert len(booking_conflicts(o.doc.conn, DAY, o.d2, o.alice)) == 2


def test_cancelled_bookings_never_clash_and_are_reused(o: Office) -> None:
    first = book(o.doc, DAY, o.d1, o.alice)
    set_status(o.doc, first.booking_id, BookingStatus.CANCELLED)
    assert booking_conflicts(o.doc.conn, DAY, o.d1, o.bob) == []
    assert booking_conflicts(o.doc.conn, DAY, o.d2, o.alice) == []
    again = book(o.doc, DAY, o.d1, o.alice)  # same natural key: the cancelled row is reused
    assert again.booking_id == first.booking_id
    assert again.reused is not None and again.reused.status == "cancelled"
    assert get_booking(o.doc.conn, first.booking_id).status == "booked"
    unbook(o.doc, again)
    assert get_booking(o.doc.conn, first.booking_id).status == "cancelled"
    assert _count(o.doc) == 1


def test_ignore_id_when_editing(o: Office) -> None:
    b = book(o.doc, DAY, o.d1, o.alice)
    assert booking_conflicts(o.doc.conn, DAY, o.d1, o.alice, ignore_id=b.booking_id) == []


def test_refusals(o: Office) -> None:
    with pytest.raises(EditError, match="not bookable"):
        book(o.doc, DAY, o.fixed, o.alice)
    with pytest.raises(EditError, match="no longer exists"):
        book(o.doc, DAY, 999, o.alice)
    with pytest.raises(EditError, match="no longer exists"):
        book(o.doc, DAY, o.d1, 999)
    with pytest.raises(EditError, match="not a date"):
        book(o.doc, "2026-02-30", o.d1, o.alice)
    assert _count(o.doc) == 0


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("09:00", "", "both a start and an end"),
        ("9", "10:00", "not a time"),
        ("10:00", "09:00", "after the start"),
        ("10:00", "10:00", "after the start"),
    ],
)
def test_bad_times(start: str, end: str, message: str) -> None:
    with pytest.raises(EditError, match=message):
        check_times(start, end)


def test_check_times_whole_day() -> None:
    assert check_times(" ", "") == ("", "")
    assert check_times("08:00 ", "16:30") == ("08:00", "16:30")


def test_status_changes_and_undo(o: Office) -> None:
    b = book(o.doc, DAY, o.d1, o.alice).booking_id
    before = set_status(o.doc, b, BookingStatus.CHECKED_IN)
    assert before.status == "booked"
    now = get_booking(o.doc.conn, b)
    assert now.status == "checked_in" and now.checked_in_at.endswith("Z")
    before2 = set_status(o.doc, b, BookingStatus.NO_SHOW)
    assert get_booking(o.doc.conn, b).checked_in_at == ""
    restore_booking(o.doc, before2)
    assert get_booking(o.doc.conn, b) == now
    restore_booking(o.doc, before)
    assert get_booking(o.doc.conn, b).status == "booked"


def test_reopening_a_cancelled_booking_checks_conflicts(o: Office) -> None:
    a = book(o.doc, DAY, o.d1, o.alice).booking_id
    set_status(o.doc, a, BookingStatus.CANCELLED)
    book(o.doc, DAY, o.d1, o.bob)
    with pytest.raises(EditError, match="already booked by Bob"):
        set_status(o.doc, a, BookingStatus.BOOKED)
    assert get_booking(o.doc.conn, a).status == "cancelled"


def test_move_and_undo(o: Office) -> None:
    a = book(o.doc, DAY, o.d1, o.alice).booking_id
    book(o.doc, "2026-03-03", o.d2, o.bob)
    with pytest.raises(EditError, match="already booked by Bob"):
        move_booking(o.doc, a, "2026-03-03", o.d2)
    old = move_booking(o.doc, a, "2026-03-04", o.d2)
    moved = get_booking(o.doc.conn, a)
    assert (moved.date, moved.desk_id) == ("2026-03-04", o.d2)
    restore_booking(o.doc, old)
    assert get_booking(o.doc.conn, a) == old


def test_delete_and_restore_keeps_ids(o: Office) -> None:
    a = book(o.doc, DAY, o.d1, o.alice).booking_id
    b = book(o.doc, DAY, o.d2, o.bob).booking_id
    set_status(o.doc, b, BookingStatus.CHECKED_IN)
    kept = get_booking(o.doc.conn, b)
    removal = delete_bookings(o.doc, [a, b])
    assert removal.count("bookings") == 2 and _count(o.doc) == 0
    restore(o.doc, removal)
    assert get_booking(o.doc.conn, b) == kept
    assert get_booking(o.doc.conn, a).person_id == o.alice
    with pytest.raises(EditError):
        delete_bookings(o.doc, [])


def test_conflict_check_uses_indexes(o: Office) -> None:
    """The dialog checks on every keystroke: both lookups must be index searches."""
    for sql in (
        "SELECT 1 FROM bookings b WHERE b.desk_id = 1 AND b.date = '2026-01-01'",
        "SELECT 1 FROM bookings b WHERE b.person_id = 1 AND b.date = '2026-01-01'",
    ):
        plan = " ".join(str(r[3]) for r in o.doc.conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan


def test_read_only_refuses(o: Office) -> None:
    path = o.doc.path
    o.doc.close()
    with OfficeFile.open(path, read_only=True) as ro, pytest.raises(Exception, match="read-only"):
        book(ro, DAY, o.d1, o.alice)
