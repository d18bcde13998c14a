"""Per-open-day occupancy, booked desks and demand: the frame every other figure cuts.

:func:`build_frame` filters the file's columns (see :mod:`.columns`) to a
period and scope once, and lays them out as dense day × desk and day × person
boolean matrices. "Distinct desks occupied on d" is then a row sum, and a desk's
occupied days a column sum — no Python loop over bookings anywhere.

Definitions (DESIGN.md, "Metric definitions"; the precise choices are in
docs/metrics.md):

* A site-day counts when it is an open day of that site (its weekdays minus
  public holidays minus closures, from :mod:`officeplanner.opendays`). A day is
  an open day of a multi-site scope when at least one of its sites is open;
  occupancy and bookable desks are summed over the sites open that day.
* Booked desk-day: status booked, checked_in or no_show. Occupied desk-day:
  checked_in, or booked (never checked in or out) by someone whom the badge
  attendance puts at that desk's site that day.
* Only bookable desks count, in numerator and denominator alike, so
  utilisation never exceeds 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

import numpy as np
import numpy.typing as npt

from officeplanner.analytics.columns import BOOKED, CHECKED_IN, NO_SHOW, Columns
from officeplanner.analytics.scope import Period, Scope

I64 = npt.NDArray[np.int64]
I32 = npt.NDArray[np.int32]
F64 = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: Above this many cells a distinct count sorts instead of using a dense bitmap.
DENSE_LIMIT = 40_000_000


def distinct_per_group(group: I64, value: I64, n_groups: int, n_values: int) -> I64:
    """How many distinct ``value`` each ``group`` has (both non-negative, same length)."""
    if group.size == 0:
        return np.zeros(n_groups, dtype=np.int64)
    if n_groups * n_values <= DENSE_LIMIT:
        seen = np.zeros(n_groups * n_values, dtype=np.bool_)
        seen[group * n_values + value] = True
        counts: I64 = seen.reshape(n_groups, n_values).sum(axis=1, dtype=np.int64)
        return counts
    keys = np.unique(group * n_values + value)
    return np.bincount(keys // n_values, minlength=n_groups).astype(np.int64)


def member(keys: I64, table: I64, universe: int) -> BoolArray:
    """``np.isin(keys, table)`` for keys in ``[0, universe)``: a bitmap when it fits,
    else a sorted search — both far faster than ``np.isin``'s hashing here."""
    if universe <= DENSE_LIMIT:
        bitmap = np.zeros(universe, dtype=np.bool_)
        bitmap[table] = True
        return bitmap[keys]
    table = np.sort(table)
    pos = np.minimum(np.searchsorted(table, keys), max(table.size - 1, 0))
    return table[pos] == keys if table.size else np.zeros(keys.shape, dtype=np.bool_)


@dataclass(frozen=True, eq=False)
class Frame:
    """A period and scope of one file, as arrays. Day index ``i`` is ``period.start + i``.

    ``S`` sites in scope, ``J`` bookable desks in scope, ``P`` person ids.
    """

    period: Period
    scope: Scope
    today: date
    columns: Columns
    weekday: I64  # (n,) 0 = Monday
    site_ids: tuple[int, ...]  # (S,)
    site_open: BoolArray  # (S, n)
    open_day: BoolArray  # (n,) some site in scope is open
    desk_ids: I64  # (J,)
    desk_site_ix: I64  # (J,) index into site_ids
    available: BoolArray  # (n, J) desk in service at an open site that day
    occupied: BoolArray  # (n, J)
    booked: BoolArray  # (n, J)
    demand: I64  # (n,) distinct people with a booked desk-day in scope
    present: BoolArray  # (P, n) checked in or badged in, in scope, on an open site-day
    # Booked desk-day rows kept (in scope, open, in service): desk column and person.
    row_day: I64
    row_desk: I64
    row_person: I64
    # Checked-in / no-show rows on past open days: for the no-show rate.
    ns_day: I64
    ns_person: I64
    ns_is_no_show: BoolArray
    active: BoolArray  # (P,) people whose activity the scope's figures count
    headcount: int

    @property
    def n_days(self) -> int:
        return int(self.weekday.shape[0])

    @property
    def n_people_ids(self) -> int:
        return int(self.present.shape[0])

    @property
    def active_people(self) -> int:
        return int(self.active.sum())

    @property
    def bookable_desks(self) -> int:
        return int(self.desk_ids.shape[0])

    @cached_property
    def occupancy(self) -> I64:
        counts: I64 = self.occupied.sum(axis=1, dtype=np.int64)
        return counts

    @cached_property
    def booked_desks(self) -> I64:
        counts: I64 = self.booked.sum(axis=1, dtype=np.int64)
        return counts

    @cached_property
    def bookable_per_day(self) -> I64:
        counts: I64 = self.available.sum(axis=1, dtype=np.int64)
        return counts

    def utilisation(self) -> F64:
        """Occupancy(d) / bookable desks(d); 0 where nothing was bookable."""
        return self._utilisation

    @cached_property
    def _utilisation(self) -> F64:
        bookable = self.bookable_per_day
        return np.divide(
            self.occupancy,
            bookable,
            out=np.zeros(self.n_days, dtype=np.float64),
            where=bookable > 0,
        )

    def day(self, i: int) -> date:
        return self.period.start + timedelta(days=i)


def scope_sites(columns: Columns, scope: Scope) -> tuple[int, ...]:
    if scope.zone_id is not None:
        floor = columns.zone_floor.get(scope.zone_id)
        return () if floor is None else (columns.floor_site[floor],)
    if scope.floor_id is not None:
        site = columns.floor_site.get(scope.floor_id)
        return () if site is None else (site,)
    if scope.site_id is not None:
        return (scope.site_id,) if scope.site_id in columns.site_names else ()
    return tuple(sorted(columns.site_names))


def _desk_mask(columns: Columns, scope: Scope) -> BoolArray:
    mask = columns.desk_bookable & (columns.desk_site >= 0)
    if scope.zone_id is not None:
        mask &= columns.desk_zone == scope.zone_id
    elif scope.floor_id is not None:
        mask &= columns.desk_floor == scope.floor_id
    elif scope.site_id is not None:
        mask &= columns.desk_site == scope.site_id
    return mask


def _headcount(columns: Columns, scope: Scope, sites: tuple[int, ...]) -> int:
    """People the scope is for: everyone, the team, or the teams based at the site."""
    if scope.team_id is not None:
        return int((columns.person_team == scope.team_id).sum())
    if not scope.has_location:
        return len(columns.person_names)
    teams = [t for t, s in columns.team_site.items() if s is not None and s in sites]
    return int(np.isin(columns.person_team, np.asarray(teams, dtype=np.int32)).sum())


def build_frame(columns: Columns, scope: Scope, period: Period, today: date) -> Frame:
    first = period.start.toordinal()
    n = period.days
    n_people = columns.n_person_ids
    weekday = (np.arange(n, dtype=np.int64) + period.start.weekday()) % 7

    sites = scope_sites(columns, scope)
    site_ix = np.full(max(columns.site_names, default=0) + 1, -1, dtype=np.int64)
    site_open = np.zeros((len(sites), n), dtype=np.bool_)
    for s, site_id in enumerate(sites):
        site_ix[site_id] = s
        for d in columns.calendars[site_id].open_days(period.start, period.end):
            site_open[s, d.toordinal() - first] = True

    desk_ids = np.flatnonzero(_desk_mask(columns, scope)).astype(np.int64)
    desk_col = np.full(columns.desk_site.shape[0], -1, dtype=np.int64)
    desk_col[desk_ids] = np.arange(desk_ids.shape[0])
    desk_site_ix = site_ix[columns.desk_site[desk_ids]]
    since = columns.desk_in_service_from[desk_ids].astype(np.int64) - first
    available = site_open[desk_site_ix].T & (np.arange(n)[:, None] >= since[None, :])

    # -- booking rows in the period, in scope, on open site-days, desk in service ----------
    lo = int(np.searchsorted(columns.b_day, first, side="left"))
    hi = int(np.searchsorted(columns.b_day, first + n - 1, side="right"))
    n_desks = desk_ids.shape[0]
    day = columns.b_day[lo:hi] - first
    j = desk_col[columns.b_desk[lo:hi]]
    cell = day * n_desks + j  # flat (day, desk) index: 1-D fancy indexing is the fast kind
    keep = j >= 0
    if n_desks:
        keep &= available.ravel()[np.where(keep, cell, 0)]
    if scope.team_id is not None:
        keep &= columns.person_team[columns.b_person[lo:hi]] == scope.team_id
    person = columns.b_person[lo:hi]
    status = columns.b_status[lo:hi]
    if not keep.all():  # the organisation over all data keeps every row: no copies then
        rows = np.flatnonzero(keep)
        day, j, cell, person, status = day[rows], j[rows], cell[rows], person[rows], status[rows]

    # -- badge attendance (per person) at sites in scope on their open days ---------------
    a_lo = int(np.searchsorted(columns.a_day, first, side="left"))
    a_hi = int(np.searchsorted(columns.a_day, first + n - 1, side="right"))
    a_day = columns.a_day[a_lo:a_hi] - first
    a_s = site_ix[columns.a_site[a_lo:a_hi]]
    a_person = columns.a_person[a_lo:a_hi]
    a_keep = a_s >= 0
    if scope.team_id is not None:
        a_keep &= columns.person_team[a_person] == scope.team_id
    a_day, a_s, a_person = a_day[a_keep], a_s[a_keep], a_person[a_keep]
    a_keep = site_open[a_s, a_day]
    a_day, a_s, a_person = a_day[a_keep], a_s[a_keep], a_person[a_keep]

    occupied_row = status == CHECKED_IN
    unresolved = np.flatnonzero(status == BOOKED)
    if unresolved.size and a_day.size:
        n_sites = max(len(sites), 1)
        att_keys = (a_day * n_sites + a_s) * n_people + a_person
        b_keys = (day[unresolved] * n_sites + desk_site_ix[j[unresolved]]) * n_people + person[
            unresolved
        ]
        universe = n * n_sites * n_people
        occupied_row[unresolved[member(b_keys, att_keys, universe)]] = True

    occupied = np.zeros((n, n_desks), dtype=np.bool_)
    occupied.ravel()[cell[occupied_row]] = True
    booked = np.zeros((n, n_desks), dtype=np.bool_)
    booked.ravel()[cell] = True
    demand = distinct_per_group(day, person, n, n_people)

    # Person-major, so one person's (or a team's) days are contiguous rows.
    present = np.zeros((n_people, n), dtype=np.bool_)
    present.ravel()[person[occupied_row] * n + day[occupied_row]] = True
    if not scope.below_site:
        present.ravel()[a_person * n + a_day] = True

    active: BoolArray = np.asarray(present.any(axis=1), dtype=np.bool_)
    active[person] = True

    resolved = (status == CHECKED_IN) | (status == NO_SHOW)
    resolved &= day < (today.toordinal() - first)
    return Frame(
        period=period,
        scope=scope,
        today=today,
        columns=columns,
        weekday=weekday,
        site_ids=sites,
        site_open=site_open,
        open_day=np.asarray(site_open.any(axis=0), dtype=np.bool_),
        desk_ids=desk_ids,
        desk_site_ix=desk_site_ix,
        available=available,
        occupied=occupied,
        booked=booked,
        demand=demand,
        present=present,
        row_day=day,
        row_desk=j,
        row_person=person,
        ns_day=day[resolved],
        ns_person=person[resolved],
        ns_is_no_show=status[resolved] == NO_SHOW,
        active=active,
        headcount=_headcount(columns, scope, sites),
    )


@dataclass(frozen=True)
class DailySeries:
    """One entry per open day of the scope, in date order."""

    dates: tuple[date, ...]
    occupied: tuple[int, ...]
    booked: tuple[int, ...]
    bookable: tuple[int, ...]
    utilisation: tuple[float, ...]
    demand: tuple[int, ...]


def daily_series(frame: Frame) -> DailySeries:
    ix = np.flatnonzero(frame.open_day)
    return DailySeries(
        dates=tuple(frame.day(int(i)) for i in ix),
        occupied=tuple(int(x) for x in frame.occupancy[ix]),
        booked=tuple(int(x) for x in frame.booked_desks[ix]),
        bookable=tuple(int(x) for x in frame.bookable_per_day[ix]),
        utilisation=tuple(float(x) for x in frame.utilisation()[ix]),
        demand=tuple(int(x) for x in frame.demand[ix]),
    )
