"""Vocabulary shared by the store, importers, analytics, planner and GUI."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class BookingStatus(StrEnum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


#: Statuses that count as a booked desk-day (DESIGN.md, "Metric definitions").
BOOKED_STATUSES: Final = (BookingStatus.BOOKED, BookingStatus.CHECKED_IN, BookingStatus.NO_SHOW)

#: Weekday abbreviations in ISO order (Monday = index 0), used in files, JSON and the CLI.
WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WORKWEEK: Final = WEEKDAYS[:5]

DEFAULT_TIMEZONE: Final = "Europe/Oslo"
DEFAULT_HOLIDAY_COUNTRY: Final = "NO"

#: File-name suffix of an office file.
OFFICE_FILE_SUFFIX: Final = ".officeplan"


class DataKind(StrEnum):
    """What a CSV/XLSX file holds; also the tables that export to CSV."""

    DESKS = "desks"
    PEOPLE = "people"
    BOOKINGS = "bookings"
    ATTENDANCE = "attendance"
    CLOSURES = "closures"


#: The canonical CSV columns of each kind: what the importer reads under these exact
#: names and what the exporter writes, in this order (optional columns included).
CANONICAL_COLUMNS: Final[dict[DataKind, tuple[str, ...]]] = {
    DataKind.DESKS: (
        "site",
        "floor",
        "zone",
        "desk",
        "bookable",
        "monitor",
        "standing",
        "accessible",
    ),
    DataKind.PEOPLE: ("person", "team", "email"),
    DataKind.BOOKINGS: (
        "date",
        "desk",
        "person",
        "team",
        "status",
        "start",
        "end",
        "checked_in_at",
    ),
    DataKind.ATTENDANCE: ("date", "site", "person", "count"),
    DataKind.CLOSURES: ("site", "date", "reason"),
}
