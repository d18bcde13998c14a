"""A VTIMEZONE written by hand from the zone's real transitions, in RRULE style.

Why not ``Calendar.add_missing_timezones()``: icalendar writes one RDATE per
transition, and Outlook maps a VTIMEZONE onto a Windows time zone with one
standard and one daylight *rule*, so it mishandles RDATE lists (times shift by an
hour around DST). Here the transitions are read from :mod:`zoneinfo` over the
export's period and folded back into yearly rules (``FREQ=YEARLY;BYMONTH=3;
BYDAY=-1SU``): Europe/Oslo becomes exactly one STANDARD and one DAYLIGHT
observance, which every client understands. A rule that changes within the period
gets one observance per stretch (older stretches end with a UTC ``UNTIL``); a
transition that fits no yearly rule gets its own observance with just DTSTART, so
the block never needs an RDATE.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
#: Probe step: shorter than the gap between any two real transitions.
_STEP = timedelta(hours=6)


@dataclass(frozen=True)
class Transition:
    """The moment a zone's offset (or DST flag / abbreviation) changes."""

    at: datetime  # UTC
    offset_from: timedelta
    offset_to: timedelta
    name: str
    is_dst: bool

    @property
    def local_onset(self) -> datetime:
        """Wall-clock time of the change in the old offset: what VTIMEZONE DTSTART means."""
        return (self.at + self.offset_from).replace(tzinfo=None)

    @property
    def kind(self) -> tuple[timedelta, timedelta, str, bool]:
        return (self.offset_from, self.offset_to, self.name, self.is_dst)


def _state(zone: ZoneInfo, at: datetime) -> tuple[timedelta, str, bool]:
    local = at.astimezone(zone)
    offset = local.utcoffset() or timedelta(0)
    return offset, local.tzname() or "", bool(local.dst())


def zone_transitions(zone: ZoneInfo, start: datetime, end: datetime) -> list[Transition]:
    """Every change of offset, name or DST flag in ``[start, end)``, to the second."""
    found = []
    at = start
    state = _state(zone, at)
    while at < end:
        nxt = min(at + _STEP, end)
        new = _state(zone, nxt)
        if new != state:
            lo, hi = at, nxt  # the change happens in (lo, hi]
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if _state(zone, mid) == state:
                    lo = mid
                else:
                    hi = mid
            found.append(Transition(hi, state[0], new[0], new[1], new[2]))
        at, state = nxt, new
    return found


@dataclass(frozen=True)
class _Rule:
    """A yearly rule: month, and either a weekday ordinal or a day of the month."""

    month: int
    byday: str | None  # "-1SU", "2SU"
    bymonthday: int | None
    onset: tuple[int, int, int]  # local wall time: h, m, s

    def day_in(self, year: int) -> date | None:
        if self.bymonthday is not None:
            try:
                return date(year, self.month, self.bymonthday)
            except ValueError:
                return None
        assert self.byday is not None
        ordinal, weekday = int(self.byday[:-2]), _ICAL_DAYS.index(self.byday[-2:])
        days = [
            date(year, self.month, d)
            for d in range(1, calendar.monthrange(year, self.month)[1] + 1)
            if date(year, self.month, d).weekday() == weekday
        ]
        return days[ordinal] if ordinal < 0 else days[ordinal - 1]

    def as_recur(self) -> dict[str, object]:
        recur: dict[str, object] = {"FREQ": "YEARLY", "BYMONTH": self.month}
        if self.byday is not None:
            recur["BYDAY"] = self.byday
        else:
            recur["BYMONTHDAY"] = self.bymonthday
        return recur


def _rules_matching(onset: datetime) -> list[_Rule]:
    """Yearly rules that produce this onset; "last weekday" first, as clients prefer it."""
    day = onset.date()
    weekday = _ICAL_DAYS[day.weekday()]
    at = (onset.hour, onset.minute, onset.second)
    rules = []
    if day.day + 7 > calendar.monthrange(day.year, day.month)[1]:
        rules.append(_Rule(day.month, f"-1{weekday}", None, at))
    if day.day <= 28:
        rules.append(_Rule(day.month, f"{(day.day - 1) // 7 + 1}{weekday}", None, at))
    rules.append(_Rule(day.month, None, day.day, at))
    return rules


def _fits(rule: _Rule, onset: datetime) -> bool:
    return (
        rule.day_in(onset.year) == onset.date()
        and (onset.hour, onset.minute, onset.second) == rule.onset
    )


@dataclass
class _Stretch:
    transitions: list[Transition]
    rules: list[_Rule]


def _stretches(transitions: list[Transition]) -> list[_Stretch]:
    """Group one kind of transition into runs of consecutive years following one rule."""
    out: list[_Stretch] = []
    for t in transitions:
        last = out[-1] if out else None
        if last is not None and t.local_onset.year == last.transitions[-1].local_onset.year + 1:
            still = [r for r in last.rules if _fits(r, t.local_onset)]
            if still:
                last.transitions.append(t)
                last.rules = still
                continue
        out.append(_Stretch([t], _rules_matching(t.local_onset)))
    return out


def _observance(kind: Transition, onset: datetime) -> TimezoneStandard | TimezoneDaylight:
    """One STANDARD or DAYLIGHT observance starting at local wall time ``onset``."""
    sub = TimezoneDaylight() if kind.is_dst else TimezoneStandard()
    sub.add("tzname", kind.name)
    sub.add("dtstart", onset)
    sub.add("tzoffsetfrom", kind.offset_from)
    sub.add("tzoffsetto", kind.offset_to)
    return sub


def vtimezone(tzid: str, first: date, last: date) -> Timezone:
    """The VTIMEZONE for ``tzid`` valid for local times from ``first`` to ``last``.

    Transitions are read from a year before ``first`` (so every event has an
    observance before it) to a year after ``last``; a rule still in force at that
    horizon is left open-ended, as Outlook and Apple write them.
    """
    zone = ZoneInfo(tzid)
    start = datetime(first.year - 1, 1, 1, tzinfo=UTC)
    horizon = datetime(last.year + 2, 1, 1, tzinfo=UTC)
    found = zone_transitions(zone, start, horizon)
    block = Timezone()
    block.add("tzid", tzid)
    first_event = datetime.combine(first, datetime.min.time(), tzinfo=zone).astimezone(UTC)
    if not found or found[0].at > first_event:
        offset, name, is_dst = _state(zone, start)
        base = Transition(start, offset, offset, name, is_dst)
        block.add_component(_observance(base, datetime(1970, 1, 1)))
    kinds: dict[tuple[timedelta, timedelta, str, bool], list[Transition]] = {}
    for t in found:
        kinds.setdefault(t.kind, []).append(t)
    observances = []
    stretches = {kind: _stretches(group) for kind, group in kinds.items()}
    # Rules in force since the start of the window are written from 1970, as Outlook
    # and Apple write theirs, so readers that cache one VTIMEZONE per TZID (vobject
    # does) get later exports right too. Only when every kind of change follows a rule
    # from the start: extending just one of them would claim a wrong offset history.
    from_1970 = all(
        len(runs[0].transitions) > 1
        and runs[0].transitions[0].at.year == start.year
        and runs[0].rules[0].day_in(1970) is not None
        for runs in stretches.values()
    )
    for runs in stretches.values():
        for index, stretch in enumerate(runs):
            head, tail = stretch.transitions[0], stretch.transitions[-1]
            onset = head.local_onset
            recur: dict[str, object] | None = None
            if len(stretch.transitions) > 1:
                rule = stretch.rules[0]
                recur = rule.as_recur()
                next_year = rule.day_in(tail.local_onset.year + 1)
                runs_on = next_year is None or datetime.combine(
                    next_year, tail.local_onset.time(), tzinfo=UTC
                ) >= horizon - timedelta(days=1)
                if not runs_on:
                    # A day after the last onset, not exactly on it: readers that compare
                    # the UTC UNTIL with the *local* onset (dateutil does) would otherwise
                    # drop the last change in zones east of Greenwich.
                    recur["UNTIL"] = tail.at + timedelta(days=1)
                day_1970 = rule.day_in(1970)
                if from_1970 and index == 0 and day_1970 is not None:
                    onset = datetime.combine(day_1970, onset.time())
            sub = _observance(head, onset)
            if recur is not None:
                sub.add("rrule", vRecur(recur))
            observances.append((head.at, sub))
    for _, sub in sorted(observances, key=lambda pair: pair[0]):
        block.add_component(sub)
    return block
