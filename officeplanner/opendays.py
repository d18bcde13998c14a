"""Which dates a site is open: the calendar every metric, plan and export agrees on.

DESIGN.md: an *open day* is one of the site's weekdays that is neither a public
holiday of the site's country/subdivision nor a closure. Analytics (open days),
the planner (preferences over open days) and the calendar export (EXDATEs) all
ask this module, so they never disagree about Easter or 17 May.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import holidays

from officeplanner.domain import WEEKDAYS


@lru_cache(maxsize=256)
def _holidays_for_year(country: str, subdivision: str | None, year: int) -> dict[date, str]:
    try:
        table = holidays.country_holidays(country, subdiv=subdivision, years=year, language="en_US")
    except NotImplementedError as exc:  # unknown country or subdivision code
        raise ValueError(f"no public-holiday calendar for {country!r}/{subdivision!r}") from exc
    return {d: str(name) for d, name in table.items()}


def public_holidays(
    country: str, subdivision: str | None, start: date, end: date
) -> dict[date, str]:
    """Public holidays with their (English) names between ``start`` and ``end`` inclusive."""
    found: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        for day, name in _holidays_for_year(country, subdivision or None, year).items():
            if start <= day <= end:
                found[day] = name
    return found


@dataclass(frozen=True)
class SiteCalendar:
    """What decides a site's open days."""

    name: str
    timezone: str = "Europe/Oslo"
    holiday_country: str = "NO"
    holiday_subdivision: str | None = None
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)  # ISO order, Monday = 0
    closures: dict[date, str] = field(default_factory=dict)

    def holidays(self, start: date, end: date) -> dict[date, str]:
        return public_holidays(self.holiday_country, self.holiday_subdivision, start, end)

    def closed_days(self, start: date, end: date) -> dict[date, str]:
        """Holidays and closures in the period, each with why the site is shut."""
        shut = {d: name for d, name in self.holidays(start, end).items()}
        for d, reason in self.closures.items():
            if start <= d <= end:
                shut.setdefault(d, reason or "closed")
        return shut

    def open_days(self, start: date, end: date) -> list[date]:
        shut = self.closed_days(start, end)
        days = []
        d = start
        while d <= end:
            if d.weekday() in self.weekdays and d not in shut:
                days.append(d)
            d += timedelta(days=1)
        return days


def parse_weekdays(text: str) -> tuple[int, ...]:
    """``"Mon,Tue,Wed"`` to ``(0, 1, 2)``; unknown names raise ValueError."""
    out = []
    for part in text.split(","):
        name = part.strip()[:3].capitalize()
        if not name:
            continue
        if name not in WEEKDAYS:
            raise ValueError(f"unknown weekday {part.strip()!r}")
        out.append(WEEKDAYS.index(name))
    return tuple(sorted(set(out)))


def load_site_calendars(conn: sqlite3.Connection) -> dict[int, SiteCalendar]:
    """Every site's calendar, keyed by site id, with its closures."""
    closures: dict[int, dict[date, str]] = {}
    for site_id, day, reason in conn.execute("SELECT site_id, date, reason FROM closures"):
        closures.setdefault(int(site_id), {})[date.fromisoformat(day)] = str(reason)
    sites = {}
    for site_id, name, tz, country, subdiv, weekdays in conn.execute(
        "SELECT id, name, timezone, holiday_country, holiday_subdivision, weekdays FROM sites"
    ):
        sites[int(site_id)] = SiteCalendar(
            name=str(name),
            timezone=str(tz),
            holiday_country=str(country),
            holiday_subdivision=subdiv or None,
            weekdays=parse_weekdays(str(weekdays)),
            closures=closures.get(int(site_id), {}),
        )
    return sites
