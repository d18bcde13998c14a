"""Do teams actually meet? The team meeting rate, and no-shows by team.

DESIGN.md: the meeting rate is the share of weeks in which, on at least one day,
at least 60 % (configurable) of the team's members were present. Present means a
checked-in booking in scope, or a badge-attendance row at a site in scope, on an
open day. Weeks are Monday-based calendar weeks that contain at least one open
day of the scope within the period (a week of the period's edge counts if it
has one). Team size is today's membership: the file keeps no membership history.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from officeplanner.analytics.daily import Frame, distinct_per_group
from officeplanner.analytics.privacy import PrivacySettings


@dataclass(frozen=True)
class TeamRow:
    team_id: int
    team: str
    size: int
    weeks: int  # weeks with an open day in the period
    meeting_rate: float | None
    no_show_rate: float | None


def members_needed(size: int, threshold: float) -> int:
    """Fewest members present that make ``threshold`` of ``size`` (exact, no float slop)."""
    return math.ceil(Fraction(str(threshold)) * size)


def listed_teams(frame: Frame) -> list[int]:
    """The team filter's team; every team; or, for a place, teams based or present there."""
    cols = frame.columns
    if frame.scope.team_id is not None:
        return [frame.scope.team_id]
    if not frame.scope.has_location:
        return sorted(cols.team_names, key=lambda t: cols.team_names[t])
    based = {t for t, s in cols.team_site.items() if s in frame.site_ids}
    seen = cols.person_team[frame.active]
    based |= {int(t) for t in np.unique(seen[seen >= 0])}
    return sorted(based, key=lambda t: cols.team_names[t])


def team_rows(frame: Frame, privacy: PrivacySettings, threshold: float) -> tuple[TeamRow, ...]:
    cols = frame.columns
    teams = listed_teams(frame)
    if not teams:
        return ()
    n_teams = len(teams)
    team_col = np.full(max(cols.team_names) + 1, -1, dtype=np.int64)
    team_col[np.asarray(teams, dtype=np.int64)] = np.arange(n_teams)
    person_col = np.where(cols.person_team >= 0, team_col[np.maximum(cols.person_team, 0)], -1)
    sizes = np.bincount(person_col[person_col >= 0], minlength=n_teams)

    # Present members per (day, team), on open days: people's rows of the (person-major)
    # presence matrix grouped by team and summed per block, never visiting one presence.
    members = np.flatnonzero(person_col >= 0)
    members = members[np.argsort(person_col[members], kind="stable")]
    n = frame.n_days
    present = np.zeros((n_teams, n), dtype=np.int64)
    if members.size:
        # Sum each team's block of rows as a difference of running totals: one pass,
        # where np.add.reduceat along rows is several times slower.
        running = np.zeros((members.size + 1, n), dtype=np.int32)
        np.cumsum(frame.present[members], axis=0, dtype=np.int32, out=running[1:])
        ends = np.searchsorted(person_col[members], np.arange(n_teams), side="right")
        starts = np.searchsorted(person_col[members], np.arange(n_teams), side="left")
        present = (running[ends] - running[starts]).astype(np.int64)
    present = present.T
    present[~frame.open_day] = 0
    frac = Fraction(str(threshold))
    need = -((-frac.numerator * sizes) // frac.denominator)  # ceil, exactly
    met = (present >= need[None, :]) & (need[None, :] > 0)

    offset = frame.period.start.weekday()
    week = (np.arange(n) + offset) // 7
    open_weeks = np.unique(week[frame.open_day])
    met_day, met_team = np.nonzero(met & frame.open_day[:, None])
    n_weeks = int(week[-1]) + 1
    met_weeks = (
        np.bincount(week[met_day] * n_teams + met_team, minlength=n_weeks * n_teams)
        .reshape(n_weeks, n_teams)
        .astype(bool)
        .sum(axis=0)
    )

    # No-shows by team.
    ns_t = person_col[frame.ns_person]
    ok = ns_t >= 0
    ns_t, ns_person, is_ns = ns_t[ok], frame.ns_person[ok], frame.ns_is_no_show[ok]
    resolved = np.bincount(ns_t, minlength=n_teams)
    no_shows = np.bincount(ns_t, weights=is_ns, minlength=n_teams)
    contributors = distinct_per_group(ns_t, ns_person, n_teams, frame.n_people_ids)

    rows = []
    for c, team_id in enumerate(teams):
        size = int(sizes[c])
        named_ok = privacy.allows_members(size)
        rate = float(met_weeks[c] / open_weeks.size) if named_ok and open_weeks.size else None
        ns_ok = named_ok and privacy.allows(int(contributors[c])) and resolved[c] > 0
        rows.append(
            TeamRow(
                team_id=team_id,
                team=cols.team_names[team_id],
                size=size,
                weeks=int(open_weeks.size),
                meeting_rate=rate,
                no_show_rate=float(no_shows[c] / resolved[c]) if ns_ok else None,
            )
        )
    return tuple(rows)
