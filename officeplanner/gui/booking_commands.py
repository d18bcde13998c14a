"""Undo commands for bookings: book, change status (check in, no-show, cancel), move, delete.

One command per thing the user did, each calling one core edit of
:mod:`officeplanner.edits.bookings` (one transaction), built on the shared
:class:`~officeplanner.gui.commands.EditCommand`; push them with
:func:`~officeplanner.gui.commands.push` so a refused booking shows its message and
leaves no entry on the undo stack.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from officeplanner.domain import BookingStatus
from officeplanner.edits import Removal, restore
from officeplanner.edits import bookings as booking_edits
from officeplanner.edits.bookings import Booked, Booking
from officeplanner.edits.removal import discard
from officeplanner.gui.commands import EditCommand
from officeplanner.gui.context import DocumentContext

_TABLES = ("bookings",)

#: The words of the Edit menu's "Undo …" for each status change (English source texts,
#: shown translated in the context "SetStatusCommand").
STATUS_VERBS = {
    BookingStatus.BOOKED: str(QT_TRANSLATE_NOOP("SetStatusCommand", "Re-open booking")),
    BookingStatus.CHECKED_IN: str(QT_TRANSLATE_NOOP("SetStatusCommand", "Check in")),
    BookingStatus.NO_SHOW: str(QT_TRANSLATE_NOOP("SetStatusCommand", "Mark no-show")),
    BookingStatus.CANCELLED: str(QT_TRANSLATE_NOOP("SetStatusCommand", "Cancel booking")),
}


class BookCommand(EditCommand):
    """Book a desk for a person on a day; redo keeps the booking's id."""

    tables = _TABLES

    def __init__(
        self,
        context: DocumentContext,
        day: date,
        desk_id: int,
        person_id: int,
        start: str = "",
        end: str = "",
        *,
        label: str = "",
    ) -> None:
        # QUndoCommand is no QObject: no self.tr, so the context is named.
        text = (
            QCoreApplication.translate("BookCommand", "Book {0}").format(label)
            if label
            else QCoreApplication.translate("BookCommand", "Book desk")
        )
        super().__init__(context, text)
        self.day = day
        self.desk_id = desk_id
        self.person_id = person_id
        self.start = start
        self.end = end
        self.booked: Booked | None = None

    def apply(self) -> None:
        again = None if self.booked is None else self.booked.booking_id
        self.booked = booking_edits.book(
            self.doc, self.day, self.desk_id, self.person_id, self.start, self.end, booking_id=again
        )

    def revert(self) -> None:
        assert self.booked is not None
        booking_edits.unbook(self.doc, self.booked)

    @property
    def booking_id(self) -> int | None:
        return None if self.booked is None else self.booked.booking_id


class SetStatusCommand(EditCommand):
    """Check in, mark no-show, cancel or re-open one booking."""

    tables = _TABLES

    def __init__(
        self, context: DocumentContext, booking_id: int, status: BookingStatus, label: str = ""
    ) -> None:
        verb = QCoreApplication.translate("SetStatusCommand", STATUS_VERBS[BookingStatus(status)])
        super().__init__(context, f"{verb} {label}".strip())
        self.booking_id = booking_id
        self.status = BookingStatus(status)
        self.before: Booking | None = None
        #: The check-in time the first apply recorded: a redo records the same one.
        self.checked_in_at: str | None = None

    def apply(self) -> None:
        self.before = booking_edits.set_status(
            self.doc, self.booking_id, self.status, checked_in_at=self.checked_in_at
        )
        if self.status is BookingStatus.CHECKED_IN and self.checked_in_at is None:
            self.checked_in_at = booking_edits.get_booking(
                self.doc.conn, self.booking_id
            ).checked_in_at

    def revert(self) -> None:
        assert self.before is not None
        booking_edits.restore_booking(self.doc, self.before)


class MoveBookingCommand(EditCommand):
    """Move a booking to another day and/or desk."""

    tables = _TABLES

    def __init__(self, context: DocumentContext, booking_id: int, day: date, desk_id: int) -> None:
        super().__init__(context, QCoreApplication.translate("MoveBookingCommand", "Move booking"))
        self.booking_id = booking_id
        self.day = day
        self.desk_id = desk_id
        self.before: Booking | None = None

    def apply(self) -> None:
        self.before = booking_edits.move_booking(self.doc, self.booking_id, self.day, self.desk_id)

    def revert(self) -> None:
        assert self.before is not None
        booking_edits.restore_booking(self.doc, self.before)


class DeleteBookingsCommand(EditCommand):
    """Delete bookings; undo puts them back with their ids (rows kept in TEMP tables)."""

    tables = _TABLES

    def __init__(self, context: DocumentContext, booking_ids: list[int]) -> None:
        n = len(booking_ids)
        text = (
            QCoreApplication.translate("DeleteBookingsCommand", "Delete booking")
            if n == 1
            else QCoreApplication.translate("DeleteBookingsCommand", "Delete %Ln bookings", "", n)
        )
        super().__init__(context, text)
        self.booking_ids = list(booking_ids)
        self.removal: Removal | None = None

    def apply(self) -> None:
        if self.removal is not None:
            discard(self.doc, self.removal)
        self.removal = booking_edits.delete_bookings(self.doc, self.booking_ids)

    def revert(self) -> None:
        assert self.removal is not None
        restore(self.doc, self.removal)
