"""Edits of desk bookings: book, check in / no-show / cancel, move and delete.

Every function that changes the file is one ``doc.write()`` transaction and returns what
its undo needs (the new id, the old status, the old place, or a :class:`Removal`). The
conflict rules live here, not in the booking dialog, so that the dialog's as-you-type
check (:func:`booking_conflicts`) and the write itself can never disagree:

* a desk is *taken* on a day when another booking of it that day is not cancelled and
  its times overlap (a booking without times, ``''``, is for the whole day);
* a person is *already booked elsewhere* when they hold another non-cancelled booking
  that day, at another desk, whose times overlap.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Final

from officeplanner.domain import BookingStatus
from officeplanner.edits.removal import EditError, Removal, remove
from officeplanner.store import OfficeFile
from officeplanner.wording import Wording, translate

_TIME: Final = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

#: Columns of the bookings table in the order :class:`Booking` holds them.
_COLUMNS: Final = (
    "id, date, desk_id, person_id, status, start_time, end_time, checked_in_at, source, import_id"
)


@dataclass(frozen=True)
class Booking:
    """One row of the bookings table (times are ``''`` for a whole-day booking)."""

    id: int
    date: str
    desk_id: int
    person_id: int
    status: BookingStatus
    start_time: str = ""
    end_time: str = ""
    checked_in_at: str = ""
    source: str = "manual"
    import_id: int | None = None

    @property
    def whole_day(self) -> bool:
        return not self.start_time


@dataclass(frozen=True)
class Booked:
    """What :func:`book` did: the booking's id, and the cancelled booking it reused.

    The file allows one row per (desk, date, person, start time), so booking a desk again
    after cancelling it reactivates the cancelled row; undo must then put that row back
    as it was instead of deleting it.
    """

    booking_id: int
    reused: Booking | None = None


def _not_a_date(text: str) -> Wording:
    return translate("EditMessage", "“{text}” is not a date (write it as YYYY-MM-DD).").fill(
        text=text
    )


def _day(value: date | str) -> str:
    text = value.isoformat() if isinstance(value, date) else str(value)
    try:
        date.fromisoformat(text)
    except ValueError:
        raise EditError(_not_a_date(text)) from None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise EditError(_not_a_date(text))
    return text


def check_times(start: str, end: str) -> tuple[str, str]:
    """Clean ``start``/``end`` (``HH:MM``); both empty means the whole day."""
    start, end = start.strip(), end.strip()
    if not start and not end:
        return "", ""
    if not start or not end:
        raise EditError(
            translate(
                "EditMessage", "Give both a start and an end time, or neither for the whole day."
            )
        )
    for t in (start, end):
        if not _TIME.match(t):
            raise EditError(
                translate(
                    "EditMessage", "“{time}” is not a time (write it as HH:MM, e.g. 09:30)."
                ).fill(time=t)
            )
    if end <= start:
        raise EditError(translate("EditMessage", "The end time must be after the start time."))
    return start, end


def _overlaps(a_start: str, a_end: str, b_start: str, b_end: str) -> bool:
    """Whether two time ranges of the same day overlap; ``''`` is the whole day."""
    if not a_start or not b_start:
        return True
    return a_start < b_end and b_start < a_end


def joined(problems: list[str]) -> str:
    """The conflicts as one message, one sentence after the other.

    Each sentence stays a Wording (a value of the next one's "{first} {then}"), so a GUI
    translates every sentence; the English text is the sentences joined by spaces.
    """
    message = problems[0]
    for problem in problems[1:]:
        message = translate("EditMessage", "{first} {then}").fill(first=message, then=problem)
    return message


def get_booking(conn: sqlite3.Connection, booking_id: int) -> Booking:
    row = conn.execute(f"SELECT {_COLUMNS} FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    if row is None:
        raise EditError(translate("EditMessage", "That booking no longer exists."))
    return _booking(row)


def _booking(row: tuple[Any, ...]) -> Booking:
    return Booking(
        id=int(row[0]),
        date=str(row[1]),
        desk_id=int(row[2]),
        person_id=int(row[3]),
        status=BookingStatus(str(row[4])),
        start_time=str(row[5]),
        end_time=str(row[6]),
        checked_in_at=str(row[7]),
        source=str(row[8]),
        import_id=None if row[9] is None else int(row[9]),
    )


def booking_conflicts(
    conn: sqlite3.Connection,
    day: date | str,
    desk: int,
    person: int,
    start: str = "",
    end: str = "",
    ignore_id: int | None = None,
) -> list[str]:
    """Why booking ``desk`` for ``person`` on ``day`` would clash; empty when it would not.

    Cancelled bookings never clash. ``ignore_id`` is the booking being moved or edited.
    The messages are for the user and name who holds the desk / where the person sits.
    Cheap (two indexed lookups), so the booking dialog calls it on every keystroke.
    """
    text = day.isoformat() if isinstance(day, date) else str(day)
    problems: list[str] = []
    for name, s, e in conn.execute(
        "SELECT p.name, b.start_time, b.end_time FROM bookings b "
        "JOIN people p ON p.id = b.person_id "
        "WHERE b.desk_id = ? AND b.date = ? AND b.status != 'cancelled' AND b.id IS NOT ? "
        "ORDER BY b.start_time",
        (desk, text, ignore_id),
    ):
        if not _overlaps(start, end, str(s), str(e)):
            continue
        if not s:
            problems.append(
                translate(
                    "EditMessage", "The desk is already booked by {name} for the whole day."
                ).fill(name=name)
            )
        else:
            problems.append(
                translate(
                    "EditMessage", "The desk is already booked by {name} for {start}–{end}."
                ).fill(name=name, start=str(s), end=str(e))
            )
    for desk_name, s, e in conn.execute(
        "SELECT d.name, b.start_time, b.end_time FROM bookings b "
        "JOIN desks d ON d.id = b.desk_id "
        "WHERE b.person_id = ? AND b.date = ? AND b.desk_id != ? "
        "AND b.status != 'cancelled' AND b.id IS NOT ? ORDER BY b.start_time",
        (person, text, desk, ignore_id),
    ):
        if not _overlaps(start, end, str(s), str(e)):
            continue
        if not s:
            problems.append(
                translate(
                    "EditMessage", "This person already has desk {desk} booked for the whole day."
                ).fill(desk=desk_name)
            )
        else:
            problems.append(
                translate(
                    "EditMessage", "This person already has desk {desk} booked for {start}–{end}."
                ).fill(desk=desk_name, start=str(s), end=str(e))
            )
    return problems


def _check_parties(conn: sqlite3.Connection, desk: int, person: int) -> None:
    row = conn.execute("SELECT name, bookable FROM desks WHERE id = ?", (desk,)).fetchone()
    if row is None:
        raise EditError(translate("EditMessage", "That desk no longer exists."))
    if not row[1]:
        raise EditError(translate("EditMessage", "Desk {desk} is not bookable.").fill(desk=row[0]))
    if conn.execute("SELECT 1 FROM people WHERE id = ?", (person,)).fetchone() is None:
        raise EditError(translate("EditMessage", "That person no longer exists."))


def book(
    doc: OfficeFile,
    day: date | str,
    desk: int,
    person: int,
    start: str = "",
    end: str = "",
    *,
    booking_id: int | None = None,
) -> Booked:
    """Book ``desk`` for ``person`` on ``day`` (optionally from ``start`` to ``end``).

    Raises EditError naming every conflict; nothing is written then. ``booking_id``
    re-creates the booking with the id it had (redo), so later undo commands that refer
    to it still find it.
    """
    text = _day(day)
    start, end = check_times(start, end)
    with doc.write() as conn:
        _check_parties(conn, desk, person)
        problems = booking_conflicts(conn, text, desk, person, start, end)
        if problems:
            raise EditError(joined(problems))
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM bookings WHERE desk_id = ? AND date = ? AND person_id = ? "
            "AND start_time = ?",
            (desk, text, person, start),
        ).fetchone()
        if row is not None:  # only a cancelled one can be left after the conflict check
            old = _booking(row)
            conn.execute(
                "UPDATE bookings SET status = 'booked', end_time = ?, checked_in_at = '', "
                "source = 'manual', import_id = NULL WHERE id = ?",
                (end, old.id),
            )
            return Booked(old.id, reused=old)
        cur = conn.execute(
            "INSERT INTO bookings(id, date, desk_id, person_id, status, start_time, end_time, "
            "source) VALUES (?, ?, ?, ?, 'booked', ?, ?, 'manual')",
            (booking_id, text, desk, person, start, end),
        )
        assert cur.lastrowid is not None
        return Booked(cur.lastrowid)


def unbook(doc: OfficeFile, booked: Booked) -> None:
    """Undo of :func:`book`: delete the new booking, or put the reused one back as it was."""
    with doc.write() as conn:
        if booked.reused is None:
            conn.execute("DELETE FROM bookings WHERE id = ?", (booked.booking_id,))
            return
        _put_back(conn, booked.reused)


def _put_back(conn: sqlite3.Connection, old: Booking) -> None:
    conn.execute(
        "UPDATE bookings SET date = ?, desk_id = ?, person_id = ?, status = ?, start_time = ?, "
        "end_time = ?, checked_in_at = ?, source = ?, import_id = ? WHERE id = ?",
        (
            old.date,
            old.desk_id,
            old.person_id,
            old.status.value,
            old.start_time,
            old.end_time,
            old.checked_in_at,
            old.source,
            old.import_id,
            old.id,
        ),
    )


def set_status(
    doc: OfficeFile, booking_id: int, status: BookingStatus, *, checked_in_at: str | None = None
) -> Booking:
    """Check in, mark a no-show, cancel, or re-open a booking; returns the booking before.

    Checking in records the time (UTC), or ``checked_in_at`` when given (a redo puts back
    the time first recorded); leaving ``checked_in`` clears it. Re-opening a cancelled
    booking is refused when somebody else took the desk meanwhile.
    """
    status = BookingStatus(status)
    with doc.write() as conn:
        old = get_booking(conn, booking_id)
        if old.status is BookingStatus.CANCELLED and status is not BookingStatus.CANCELLED:
            problems = booking_conflicts(
                conn, old.date, old.desk_id, old.person_id, old.start_time, old.end_time, old.id
            )
            if problems:
                raise EditError(joined(problems))
        if status is BookingStatus.CHECKED_IN:
            checked_in_at = (
                checked_in_at
                or old.checked_in_at
                or datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
            )
        else:
            checked_in_at = ""
        conn.execute(
            "UPDATE bookings SET status = ?, checked_in_at = ? WHERE id = ?",
            (status.value, checked_in_at, booking_id),
        )
        return old


def restore_booking(doc: OfficeFile, old: Booking) -> None:
    """Undo of :func:`set_status` / :func:`move_booking`: the booking as it was before."""
    with doc.write() as conn:
        _put_back(conn, old)


def move_booking(doc: OfficeFile, booking_id: int, day: date | str, desk: int) -> Booking:
    """Move a booking to another day and/or desk; returns the booking before the move."""
    text = _day(day)
    with doc.write() as conn:
        old = get_booking(conn, booking_id)
        _check_parties(conn, desk, old.person_id)
        if old.status is not BookingStatus.CANCELLED:
            problems = booking_conflicts(
                conn, text, desk, old.person_id, old.start_time, old.end_time, old.id
            )
            if problems:
                raise EditError(joined(problems))
        try:
            conn.execute(
                "UPDATE bookings SET date = ?, desk_id = ? WHERE id = ?", (text, desk, booking_id)
            )
        except sqlite3.IntegrityError:
            raise EditError(
                translate(
                    "EditMessage",
                    "A cancelled booking of this person for that desk and day is in the way; "
                    "re-open or delete it first.",
                )
            ) from None
        return old


def delete_bookings(doc: OfficeFile, booking_ids: list[int]) -> Removal:
    """Delete bookings (one transaction); undo with :func:`officeplanner.edits.restore`."""
    if not booking_ids:
        raise EditError(translate("EditMessage", "No booking to delete."))
    marks = ", ".join("?" for _ in booking_ids)
    with doc.write() as conn:
        return remove(conn, [("bookings", f"id IN ({marks})", tuple(booking_ids))])
