"""Property test: for any weekdays, period, site and closures, the file says the dates.

Builds events straight from a SiteCalendar (no office file, so many examples run
quickly) and expands them with both independent parsers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from officeplanner.calendar.errors import ExportError
from officeplanner.calendar.events import TimeWindow, build_event, to_vevent
from officeplanner.calendar.source import PlanRef, TeamDays
from officeplanner.calendar.timezone_block import vtimezone
from officeplanner.opendays import SiteCalendar
from tests.core.calendar_support import (
    expand_with_recurring_ical_events,
    expand_with_vobject,
)

SITES = [
    ("Europe/Oslo", "NO", None),
    ("Europe/Berlin", "DE", "BY"),
    ("America/New_York", "US", "NY"),
    ("Australia/Sydney", "AU", "NSW"),
]


@st.composite
def cases(draw: st.DrawFn) -> tuple[PlanRef, TeamDays, TimeWindow | None]:
    start = draw(st.dates(date(2024, 1, 1), date(2030, 12, 31)))
    end = start + timedelta(days=draw(st.integers(0, 500)))
    weekdays = tuple(sorted(draw(st.sets(st.integers(0, 4), min_size=1, max_size=5))))
    tz, country, subdivision = draw(st.sampled_from(SITES))
    closure_days = draw(st.lists(st.integers(0, 500), max_size=6))
    closures = {start + timedelta(days=n): f"closure {n}" for n in closure_days}
    site = SiteCalendar("Site", tz, country, subdivision, closures=closures)
    timed = draw(
        st.sampled_from([None, TimeWindow(time(9), time(15)), TimeWindow(time(7, 30), time(8))])
    )
    plan = PlanRef(1, "P", start, end)
    return plan, TeamDays(1, "T", weekdays, 1, site), timed


@settings(max_examples=60, deadline=None)
@given(cases())
def test_every_parser_expands_to_the_computed_dates(
    case: tuple[PlanRef, TeamDays, TimeWindow | None],
) -> None:
    plan, team, timed = case
    try:
        event = build_event(plan, team, "uid@test", timed=timed)
    except ExportError:
        return  # no open anchor day in the period: nothing to export
    cal = Calendar()
    cal.add("prodid", "-//test//EN")
    cal.add("version", "2.0")
    if timed is not None:
        cal.add_component(vtimezone(team.site.timezone, event.first, event.until))
    cal.add_component(to_vevent(event, datetime(2024, 1, 1, tzinfo=UTC)))
    data = cal.to_ical()
    for expand in (expand_with_recurring_ical_events, expand_with_vobject):
        (starts,) = expand(data).values()
        if timed is None:
            assert starts == list(event.dates)
        else:
            zone = ZoneInfo(team.site.timezone)
            assert [s.astimezone(UTC) for s in starts] == [  # type: ignore[union-attr]
                datetime.combine(d, timed.start, tzinfo=zone).astimezone(UTC) for d in event.dates
            ]
