"""One recurring event per team and plan: its dates, skipped days, and its VEVENT.

The dates are computed here, in Python, from the same site calendar the metrics and
the planner use (:mod:`officeplanner.opendays`); the VEVENT is then just a compact
description of them (``RRULE`` + ``EXDATE``). Tests expand the VEVENT with
independent parsers and compare with :attr:`AnchorEvent.dates`, so the file and the
preview the user saw can never disagree.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from icalendar import Event, vRecur, vText

from officeplanner.calendar.errors import ExportError
from officeplanner.calendar.source import PlanRef, TeamDays
from officeplanner.calendar.wording import ENGLISH, EventWording
from officeplanner.domain import WEEKDAYS
from officeplanner.wording import translate

#: Namespace of the event UIDs; never change it, or every re-export duplicates events.
UID_NAMESPACE = uuid.UUID("6f1b0c1e-3a55-4d8e-9a53-0ae1c4d1c0de")
UID_DOMAIN = "officeplanner"

_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class TimeWindow:
    """Local office hours of a timed anchor day, e.g. 09:00–15:00 in the site's zone."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> TimeWindow:
        """``"09:00-15:00"`` (hyphen or dash); ValueError with a readable message otherwise."""
        match = _WINDOW.match(text)
        if match is None:
            raise ValueError(f"{text!r} is not a time window like 09:00-15:00")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        try:
            start, end = time(h1, m1), time(h2, m2)
        except ValueError:
            raise ValueError(f"{text!r} has an impossible time of day") from None
        if end <= start:
            raise ValueError(f"{text!r} ends before it starts")
        return cls(start, end)

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class SkippedDay:
    """An anchor day the event leaves out (an EXDATE), and why."""

    day: date
    reason: str
    kind: Literal["holiday", "closure"]


@dataclass(frozen=True)
class AnchorEvent:
    """Everything one exported VEVENT says, in plain Python (what the preview shows)."""

    uid: str
    plan: str
    team_id: int
    team: str
    site: str
    timezone: str
    weekdays: tuple[int, ...]
    first: date
    until: date
    dates: tuple[date, ...]
    skipped: tuple[SkippedDay, ...]
    summary: str
    description: str
    timed: TimeWindow | None = None
    sequence: int = 0
    # Where the team sits when its plan seats it ("Oslo — North + East"); empty otherwise.
    location: str = ""

    @property
    def weekday_names(self) -> tuple[str, ...]:
        return tuple(WEEKDAYS[d] for d in self.weekdays)

    @property
    def fingerprint(self) -> str:
        """What a calendar app sees of the event's days, compared across exports.

        Stored in ``calendar_exports.days``; SEQUENCE goes up when it changes, so a
        new holiday, closure or period counts as a change, not just new weekdays. The
        location is appended only when there is one: events of unseated teams keep
        the fingerprint earlier versions stored, so upgrading bumps no SEQUENCE, while
        a team moved to other zones gets an update the apps take.
        """
        days = ",".join(d.isoformat() for d in self.dates)
        if self.timed is not None:
            days = f"{days} {self.timed}"
        return f"{days} @ {self.location}" if self.location else days


def event_uid(file_uuid: str, plan_id: int, team_id: int) -> str:
    """Stable UID of a team's event in a plan of this file (ids survive renames)."""
    key = f"{file_uuid}:plan:{plan_id}:team:{team_id}"
    return f"{uuid.uuid5(UID_NAMESPACE, key)}@{UID_DOMAIN}"


def _zones_text(seat: tuple[str, ...]) -> str:
    return " + ".join(seat)


def location_of(team: TeamDays) -> str:
    """LOCATION of a seated team's event: site and zones, "Oslo — North + East".

    The em dash, not a comma, separates them because site names often hold commas
    ("Oslo, Bjørvika"); zone names are shown as saved in the plan. Empty when the
    plan does not seat the team, so those events carry no LOCATION at all.
    """
    return f"{team.site.name} — {_zones_text(team.seat)}" if team.seat else ""


def _skipped_days(
    team: TeamDays, start: date, end: date, wording: EventWording
) -> dict[date, SkippedDay]:
    """Holidays and closures on the team's weekdays; a holiday wins over a closure."""
    skipped: dict[date, SkippedDay] = {}
    for day, reason in team.site.closures.items():
        if start <= day <= end and day.weekday() in team.weekdays:
            skipped[day] = SkippedDay(
                day, reason or wording.text(translate("CalendarText", "closed")), "closure"
            )
    for day, name in team.site.holidays(start, end).items():
        if day.weekday() in team.weekdays:
            skipped[day] = SkippedDay(day, name, "holiday")
    return skipped


def _describe(
    team: TeamDays,
    plan: PlanRef,
    skipped: list[SkippedDay],
    person: str | None,
    wording: EventWording,
) -> str:
    say = wording.text
    days = ", ".join(wording.weekday(d) for d in team.weekdays)
    lines = [
        say(
            translate("CalendarText", "Anchor days of team {team} at {site}: {days}.").fill(
                team=team.team, site=team.site.name, days=days
            )
        ),
        say(
            translate("CalendarText", "Plan: {plan} ({start} to {end}).").fill(
                plan=plan.name, start=plan.valid_from.isoformat(), end=plan.valid_to.isoformat()
            )
        ),
    ]
    if team.seat:
        lines.append(
            say(translate("CalendarText", "Seated in {zones}.").fill(zones=_zones_text(team.seat)))
        )
    if person:
        lines.append(say(translate("CalendarText", "For {person}.").fill(person=person)))
    if skipped:
        lines.append(
            say(
                translate("CalendarText", "Not on: {days}").fill(
                    days="; ".join(f"{s.day.isoformat()} {s.reason}" for s in skipped)
                )
            )
        )
    return "\n".join(lines)


def build_event(
    plan: PlanRef,
    team: TeamDays,
    uid: str,
    *,
    timed: TimeWindow | None = None,
    person: str | None = None,
    wording: EventWording = ENGLISH,
) -> AnchorEvent:
    """The event of ``team`` in ``plan``: every date it produces and every day it skips.

    DTSTART is the first anchor day in the period that is not skipped: an EXDATE on
    DTSTART itself is legal but some clients still show that first instance.
    ``person`` puts that name in the description (only when the user asks for it).
    """
    skipped_by_day = _skipped_days(team, plan.valid_from, plan.valid_to, wording)
    dates = []
    day = plan.valid_from
    while day <= plan.valid_to:
        if day.weekday() in team.weekdays and day not in skipped_by_day:
            dates.append(day)
        day += timedelta(days=1)
    if not dates:
        raise ExportError(
            f"team {team.team!r} has no anchor day between {plan.valid_from} and "
            f"{plan.valid_to} in plan {plan.name!r} that is not a holiday or closure"
        )
    first = dates[0]
    skipped = [s for _, s in sorted(skipped_by_day.items())]
    return AnchorEvent(
        uid=uid,
        plan=plan.name,
        team_id=team.team_id,
        team=team.team,
        site=team.site.name,
        timezone=team.site.timezone,
        weekdays=team.weekdays,
        first=first,
        until=plan.valid_to,
        dates=tuple(dates),
        skipped=tuple(skipped),
        summary=wording.text(
            translate("CalendarText", "{team} — anchor day ({site})").fill(
                team=team.team, site=team.site.name
            )
        ),
        description=_describe(team, plan, skipped, person, wording),
        timed=timed,
        location=location_of(team),
    )


def _local(day: date, at: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone)


def to_vevent(event: AnchorEvent, dtstamp: datetime) -> Event:
    """The VEVENT: all-day (VALUE=DATE) or, with a time window, local times with TZID.

    The all-day UNTIL is a DATE as RFC 5545 requires when DTSTART is a DATE; the timed
    UNTIL is the end of the plan's last day in UTC, as required with a TZID DTSTART.
    """
    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", dtstamp.astimezone(UTC).replace(microsecond=0))
    vevent.add("sequence", event.sequence)
    vevent.add("summary", vText(event.summary))
    vevent.add("description", vText(event.description))
    if event.location:
        vevent.add("location", vText(event.location))
    # Skipped days before DTSTART are outside the recurrence already.
    excluded = [s for s in event.skipped if s.day > event.first]
    rrule: dict[str, object] = {"FREQ": "WEEKLY", "BYDAY": [_ICAL_DAYS[d] for d in event.weekdays]}
    if event.timed is None:
        vevent.add("dtstart", event.first)
        vevent.add("dtend", event.first + timedelta(days=1))
        rrule["UNTIL"] = event.until
        exdates: list[date] | list[datetime] = [s.day for s in excluded]
    else:
        zone = ZoneInfo(event.timezone)
        vevent.add("dtstart", _local(event.first, event.timed.start, zone))
        vevent.add("dtend", _local(event.first, event.timed.end, zone))
        last_moment = _local(event.until, time(23, 59, 59), zone).astimezone(UTC)
        rrule["UNTIL"] = last_moment
        exdates = [_local(s.day, event.timed.start, zone) for s in excluded]
    vevent.add("rrule", vRecur(rrule))
    if exdates:
        vevent.add("exdate", exdates)
    vevent.add("transp", "TRANSPARENT")
    # Outlook shows free/busy from its own property and would otherwise mark timed
    # anchor days "Busy"; an anchor day is a plan, not a meeting.
    vevent.add("x-microsoft-cdo-busystatus", "FREE")
    vevent.add("status", "CONFIRMED")
    vevent.add("class", "PUBLIC")
    vevent.add("categories", ["Anchor day"])
    return vevent
