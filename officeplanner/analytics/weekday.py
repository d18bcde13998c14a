"""Which days are popular: averages and peaks by weekday, the heatmap and the weekly trend.

All are cuts of the per-day arrays of a :class:`~.daily.Frame`, over the scope's
open days only (a holiday Monday is not a quiet Monday; it is no Monday at all).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from officeplanner.analytics.daily import Frame
from officeplanner.domain import WEEKDAYS, WORKWEEK


@dataclass(frozen=True)
class WeekdayStats:
    weekday: str  # "Mon" .. "Sun"
    open_days: int
    avg_occupied: float | None
    peak_occupied: int | None
    avg_utilisation: float | None
    peak_utilisation: float | None
    avg_booked: float | None

    @classmethod
    def empty(cls, weekday: str, open_days: int) -> WeekdayStats:
        return cls(weekday, open_days, None, None, None, None, None)


@dataclass(frozen=True)
class Heatmap:
    """Utilisation on each open day: ``values[row][col]`` for ``weekdays[row]`` of the
    week starting ``week_starts[col]`` (a Monday); None where the scope was not open."""

    weekdays: tuple[str, ...]
    week_starts: tuple[date, ...]
    values: tuple[tuple[float | None, ...], ...]
    occupied: tuple[tuple[int | None, ...], ...]


@dataclass(frozen=True)
class WeekPoint:
    week_start: date  # the Monday
    open_days: int
    avg_utilisation: float
    peak_utilisation: float
    avg_occupied: float
    avg_booked: float


def shown_weekdays(frame: Frame) -> tuple[str, ...]:
    """Mon–Fri always (the JSON promises them), plus any other day a site in scope opens."""
    extra = {d for sid in frame.site_ids for d in frame.columns.calendars[sid].weekdays}
    return tuple(w for i, w in enumerate(WEEKDAYS) if w in WORKWEEK or i in extra)


def weekday_stats(frame: Frame) -> tuple[WeekdayStats, ...]:
    occupancy = frame.occupancy
    booked = frame.booked_desks
    util = frame.utilisation()
    out = []
    for name in shown_weekdays(frame):
        ix = np.flatnonzero(frame.open_day & (frame.weekday == WEEKDAYS.index(name)))
        if ix.size == 0:
            out.append(WeekdayStats.empty(name, 0))
            continue
        out.append(
            WeekdayStats(
                weekday=name,
                open_days=int(ix.size),
                avg_occupied=float(occupancy[ix].mean()),
                peak_occupied=int(occupancy[ix].max()),
                avg_utilisation=float(util[ix].mean()),
                peak_utilisation=float(util[ix].max()),
                avg_booked=float(booked[ix].mean()),
            )
        )
    return tuple(out)


def ranking(stats: tuple[WeekdayStats, ...]) -> tuple[str, ...]:
    """Weekdays with open days, most popular (highest average utilisation) first.

    Ties keep calendar order, so the answer never depends on dictionary order.
    """
    rated = [(s.avg_utilisation, i, s.weekday) for i, s in enumerate(stats)]
    known = [(u, i, w) for u, i, w in rated if u is not None]
    return tuple(w for _, _, w in sorted(known, key=lambda t: (-t[0], t[1])))


def most_popular(stats: tuple[WeekdayStats, ...], order: tuple[str, ...]) -> str | None:
    """The top of the ranking, or ``None`` when nobody came on any open day.

    With no one in, every weekday ties at 0 % and "Monday" would be an artefact of
    calendar order, not an answer a facility manager could act on.
    """
    if not order:
        return None
    top = next(s for s in stats if s.weekday == order[0])
    return order[0] if top.avg_utilisation else None


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def heatmap(frame: Frame) -> Heatmap:
    names = shown_weekdays(frame)
    first_monday = _monday(frame.period.start)
    n_weeks = (frame.period.end - first_monday).days // 7 + 1
    offset = (frame.period.start - first_monday).days
    util = np.full(n_weeks * 7, np.nan)
    occ = np.full(n_weeks * 7, -1, dtype=np.int64)
    ix = np.flatnonzero(frame.open_day)
    util[ix + offset] = frame.utilisation()[ix]
    occ[ix + offset] = frame.occupancy[ix]
    grid = util.reshape(n_weeks, 7).T
    grid_occ = occ.reshape(n_weeks, 7).T
    rows = [WEEKDAYS.index(w) for w in names]
    return Heatmap(
        weekdays=names,
        week_starts=tuple(first_monday + timedelta(weeks=w) for w in range(n_weeks)),
        values=tuple(tuple(None if np.isnan(v) else float(v) for v in grid[r]) for r in rows),
        occupied=tuple(tuple(None if v < 0 else int(v) for v in grid_occ[r]) for r in rows),
    )


def weekly_trend(frame: Frame) -> tuple[WeekPoint, ...]:
    """One point per week that has an open day, averaged over that week's open days."""
    first_monday = _monday(frame.period.start)
    offset = (frame.period.start - first_monday).days
    ix = np.flatnonzero(frame.open_day)
    if ix.size == 0:
        return ()
    week = (ix + offset) // 7
    n_weeks = int(week.max()) + 1
    util = frame.utilisation()[ix]
    days = np.bincount(week, minlength=n_weeks)
    sums_u = np.bincount(week, weights=util, minlength=n_weeks)
    sums_o = np.bincount(week, weights=frame.occupancy[ix], minlength=n_weeks)
    sums_b = np.bincount(week, weights=frame.booked_desks[ix], minlength=n_weeks)
    peak = np.full(n_weeks, -1.0)
    np.maximum.at(peak, week, util)
    return tuple(
        WeekPoint(
            week_start=first_monday + timedelta(weeks=w),
            open_days=int(days[w]),
            avg_utilisation=float(sums_u[w] / days[w]),
            peak_utilisation=float(peak[w]),
            avg_occupied=float(sums_o[w] / days[w]),
            avg_booked=float(sums_b[w] / days[w]),
        )
        for w in np.flatnonzero(days).tolist()
    )
