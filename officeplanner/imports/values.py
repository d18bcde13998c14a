"""Parsing cell values: dates, times, statuses, yes/no and counts.

Every parser takes the cell's text and returns the stored form, or raises
``ValueError`` whose message is the *reason* shown to the user (``is not a date
(day out of range)``). The file's distinct values are few (a two-year bookings
file has ~500 distinct dates, a handful of statuses and times), so the parsers
are wrapped in :class:`Cached`: a million rows cost a million dict lookups,
not a million regex matches. Only good values are cached and the cache is
bounded, so a mangled file full of distinct junk cannot grow memory.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final, Generic, TypeVar

from officeplanner.domain import BookingStatus
from officeplanner.wording import translate

T = TypeVar("T")

_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00)?)?")
_DMY_DATE: Final = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})")
_TIME: Final = re.compile(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?")
DATE_FORMATS_HINT: Final = "expected 2026-03-04, 04.03.2026 or 04/03/2026"


def parse_date(text: str) -> str:
    """ISO ``YYYY-MM-DD`` from ``2026-03-04``, ``04.03.2026`` or ``04/03/2026`` (day first)."""
    s = text.strip()
    if not s:
        raise ValueError(translate("ImportProblem", "is empty; a date is needed"))
    if m := _ISO_DATE.fullmatch(s):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY_DATE.fullmatch(s):
        day, month, year = int(m[1]), int(m[3]), int(m[4])
    else:
        raise ValueError(
            translate("ImportProblem", "is not a date ({hint})").fill(hint=DATE_FORMATS_HINT)
        )
    if not 1 <= month <= 12:
        raise ValueError(translate("ImportProblem", "is not a date (month out of range)"))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise ValueError(translate("ImportProblem", "is not a date (day out of range)")) from None


def parse_time(text: str) -> str:
    """``HH:MM`` from ``8:00``, ``08.00`` or ``08:00:00``; empty stays empty (whole day)."""
    s = text.strip()
    if not s:
        return ""
    m = _TIME.fullmatch(s)
    if m is None:
        raise ValueError(
            translate("ImportProblem", "is not a time of day (expected HH:MM, e.g. 08:30)")
        )
    hour, minute = int(m[1]), int(m[2])
    if not (0 <= minute <= 59 and (0 <= hour <= 23 or (hour == 24 and minute == 0))):
        raise ValueError(
            translate("ImportProblem", "is not a time of day (hour or minute out of range)")
        )
    return f"{hour:02d}:{minute:02d}"


def parse_timestamp(text: str) -> str:
    """A check-in time: ``HH:MM`` (normalised) or an ISO date-time (kept as written)."""
    s = text.strip()
    if not s:
        return ""
    if _TIME.fullmatch(s):
        return parse_time(s)
    try:
        dt.datetime.fromisoformat(s)
    except ValueError:
        raise ValueError(
            translate(
                "ImportProblem", "is not a check-in time (expected HH:MM or 2026-03-04T08:30)"
            )
        ) from None
    return s


def _norm(text: str) -> str:
    return " ".join(text.strip().lower().replace("_", " ").replace("-", " ").split())


_STATUS_WORDS: Final[dict[BookingStatus, tuple[str, ...]]] = {
    BookingStatus.BOOKED: (
        "booked", "booking", "reserved", "confirmed", "planned",
        "booket", "reservert", "bestilt", "planlagt", "bekreftet",
    ),
    BookingStatus.CHECKED_IN: (
        "checked in", "checkedin", "check in", "present", "attended", "occupied", "arrived",
        "møtt", "mott", "møtte", "sjekket inn", "innsjekket", "tilstede", "til stede",
        "oppmøtt",
    ),
    BookingStatus.NO_SHOW: (
        "no show", "noshow", "absent", "missed", "not checked in",
        "ikke møtt", "ikke mott", "uteblitt", "ikke sjekket inn", "fravær",
    ),
    BookingStatus.CANCELLED: (
        "cancelled", "canceled", "cancel", "released", "withdrawn",
        "avlyst", "avbestilt", "kansellert", "slettet",
    ),
}  # fmt: skip
#: Normalised word -> status (lower case, ``_`` and ``-`` read as spaces).
STATUS_SYNONYMS: Final[dict[str, BookingStatus]] = {
    _norm(word): status for status, words in _STATUS_WORDS.items() for word in words
} | {_norm(s.value): s for s in BookingStatus}


def parse_status(text: str) -> str:
    """The stored status (``booked``, ``checked_in``, ``no_show``, ``cancelled``)."""
    status = STATUS_SYNONYMS.get(_norm(text))
    if status is None:
        if not text.strip():
            raise ValueError(
                translate(
                    "ImportProblem",
                    "is empty; a status is needed (booked, checked in, no-show, cancelled)",
                )
            )
        raise ValueError(
            translate(
                "ImportProblem",
                "is not a booking status (expected booked, checked in, no-show or cancelled, "
                "or a synonym such as present, møtt, avlyst)",
            )
        )
    return status.value


_YES: Final = frozenset({"yes", "y", "true", "1", "x", "ja", "j", "sann", "on"})
_NO: Final = frozenset({"no", "n", "false", "0", "nei", "usann", "off"})


def parse_bool(text: str) -> bool | None:
    """yes/no (and ja/nei, true/false, 1/0, x); None for an empty cell (use the default)."""
    s = text.strip().lower()
    if not s:
        return None
    if s in _YES:
        return True
    if s in _NO:
        return False
    raise ValueError(translate("ImportProblem", "is not yes or no"))


#: The largest head count a row may hold: far above any site, far below SQLite's limit.
MAX_COUNT: Final = 1_000_000


def parse_count(text: str) -> int:
    s = text.strip()
    try:
        n = int(float(s)) if s and float(s).is_integer() else int(s)
    except ValueError:
        raise ValueError(translate("ImportProblem", "is not a whole number")) from None
    if n < 0:
        raise ValueError(translate("ImportProblem", "is negative; a count of people is 0 or more"))
    if n > MAX_COUNT:
        raise ValueError(
            translate("ImportProblem", "is too large for a count of people (at most {most})").fill(
                most=MAX_COUNT
            )
        )
    return n


class Cached(Generic[T]):
    """A parser with a bounded cache of its good answers (see the module docstring)."""

    LIMIT: Final = 1_024

    def __init__(self, parse: Callable[[str], T]) -> None:
        self.parse = parse
        self.cache: dict[str, T] = {}

    def __call__(self, text: str) -> T:
        try:
            return self.cache[text]
        except KeyError:
            pass
        value = self.parse(text)  # raises ValueError with the reason
        if len(self.cache) >= self.LIMIT:
            self.cache.clear()
        self.cache[text] = value
        return value
