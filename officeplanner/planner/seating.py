"""Seating teams together by zone (issue 5's stretch goal): the rule, and its check.

When a site has zones, each of its teams gets a *seating area* for its anchor
days: one zone, or two adjacent zones when no zone of the site is large enough
for the team. The area is the
same on every anchor day, so people know where their team sits. On every
weekday and in every zone, the expected people of the teams seated there must
fit the zone's desks; a team spread over two zones may be split between them
in any way, day by day.

Whether a plan (days and areas) fits is a small transportation problem per
site-day — the split teams' people against the zones' free desks — solved here
as an LP. This check is the definition every solver, test and explanation
uses, like ``objective.overloads`` for sites.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import highspy
import numpy as np

from officeplanner.planner.objective import CAPACITY_EPS, Plan
from officeplanner.planner.problem import Problem, Site, Team
from officeplanner.planner.quiet_highs import quiet_highs, run_highs

#: ``{team: (zone,) or (zone, adjacent zone)}``: where each team of a zoned site sits.
Seating = Mapping[str, Sequence[str]]


def areas(site: Site) -> tuple[tuple[str, ...], ...]:
    """Every seating area of a site: each zone alone, then each adjacent pair once."""
    order = [z.name for z in site.zones]
    singles = tuple((n,) for n in order)
    pairs = tuple(
        (z.name, other)
        for z in site.zones
        for other in z.adjacent
        if order.index(other) > order.index(z.name)
    )
    return singles + pairs


def area_desks(site: Site, area: Sequence[str]) -> float:
    return sum(site.zone(z).desks for z in area)


def fits(demand: float, desks: float) -> bool:
    """Whether ``demand`` desks fit in ``desks``, with the tolerance of every capacity check."""
    return demand <= desks + CAPACITY_EPS * max(1.0, desks)


def candidate_areas(problem: Problem, team: Team) -> tuple[tuple[str, ...], ...]:
    """Where a team may sit: each zone of its site with desks for the whole team, or,
    when no zone has, each pair of adjacent zones that has.

    A team that fits one zone is never spread over two: that is what "together" means
    to the people in it, and it keeps the model small (a zone has few neighbours, but
    a site with many zones has many pairs).
    """
    site = problem.sites[team.site]
    demand = problem.demand(team)
    found = tuple(a for a in areas(site) if fits(demand, area_desks(site, a)))
    singles = tuple(a for a in found if len(a) == 1)
    return singles or found


@dataclass(frozen=True)
class ZoneLoad:
    """Expected people per zone and weekday for one seated plan, and what does not fit.

    ``load[site][zone][day]`` splits a team over its two zones so that the sum of
    overflows is least; ``over`` lists ``(site, zone, day, people over)`` (empty when
    the plan fits).
    """

    load: dict[str, dict[str, dict[str, float]]]
    over: tuple[tuple[str, str, str, float], ...]


def zone_load(
    problem: Problem, plan: Plan, seating: Seating, *, only: tuple[str, str] | None = None
) -> ZoneLoad:
    """Where the people of a seated plan sit, zone by zone and day by day; with ``only``
    (site, day), that site-day alone (the others stay 0)."""
    load = {
        s.name: {z.name: dict.fromkeys(problem.weekdays, 0.0) for z in s.zones}
        for s in problem.sites.values()
        if s.zones
    }
    over: list[tuple[str, str, str, float]] = []
    for site in problem.sites.values():
        if not site.zones:
            continue
        teams = [t for t in problem.teams if t.site == site.name and t.name in seating]
        for d in problem.weekdays:
            if only is not None and only != (site.name, d):
                continue
            present = [t for t in teams if d in plan.get(t.name, ())]
            day = load[site.name]
            for t in present:
                area = list(seating[t.name])
                if len(area) == 1:
                    day[area[0]][d] += problem.demand(t)
            split = [t for t in present if len(seating[t.name]) == 2]
            if split:
                _split(problem, site, d, split, seating, day)
            for z in site.zones:
                used = day[z.name][d]
                if not fits(used, z.desks):
                    over.append((site.name, z.name, d, used - z.desks))
    return ZoneLoad(load, tuple(over))


def _split(
    problem: Problem,
    site: Site,
    day: str,
    split: list[Team],
    seating: Seating,
    load: dict[str, dict[str, float]],
) -> None:
    """Divide the split teams between their two zones with the least overflow (an LP):
    columns f[t, first], f[t, second], then one overflow per zone."""
    zones = [z.name for z in site.zones]
    n_f = 2 * len(split)
    n_z = len(zones)
    cost = np.concatenate([np.zeros(n_f), np.ones(n_z)])
    h = quiet_highs()
    h.setOptionValue("threads", 1)
    inf = highspy.kHighsInf
    h.addVars(n_f + n_z, np.zeros(n_f + n_z), np.full(n_f + n_z, inf))
    h.changeColsCost(n_f + n_z, np.arange(n_f + n_z, dtype=np.int32), cost)
    for i, t in enumerate(split):
        q = problem.demand(t)
        h.addRow(q, q, 2, np.array([2 * i, 2 * i + 1], dtype=np.int32), np.ones(2))
    for k, z in enumerate(zones):
        cols = [n_f + k]
        vals = [-1.0]
        for i, t in enumerate(split):
            area = list(seating[t.name])
            if z in area:
                cols.append(2 * i + area.index(z))
                vals.append(1.0)
        free = site.zone(z).desks - load[z][day]
        h.addRow(-inf, free, len(cols), np.array(cols, dtype=np.int32), np.array(vals))
    if not run_highs(h) or h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        raise RuntimeError(f"the zone split LP failed for {site.name} {day}")
    f = np.asarray(h.getSolution().col_value)[:n_f]
    for i, t in enumerate(split):
        first, second = list(seating[t.name])
        load[first][day] += max(0.0, float(f[2 * i]))
        load[second][day] += max(0.0, float(f[2 * i + 1]))


def seating_problems(problem: Problem, plan: Plan, seating: Seating) -> list[str]:
    """Why a seating is not valid for a plan (a team without an area, an area that is
    not one of the team's ``candidate_areas``, a zone overfull on a day); [] if valid."""
    found = []
    for team in problem.teams:
        site = problem.sites[team.site]
        if not site.zones:
            if team.name in seating:
                found.append(f"{team.name}: seated, but {site.name} has no zones")
            continue
        area = tuple(seating.get(team.name, ()))
        allowed = candidate_areas(problem, team)
        if area not in areas(site) and area[::-1] not in areas(site):
            found.append(f"{team.name}: {list(area)} is not a zone or two adjacent zones")
        elif not fits(problem.demand(team), area_desks(site, area)):
            found.append(f"{team.name}: {list(area)} has too few desks for the team")
        elif area not in allowed and area[::-1] not in allowed:
            found.append(f"{team.name}: split over {list(area)}, but one zone can hold it")
    if found:
        return found
    return [
        f"{s} {z} {d}: over the zone's desks by {v:.3f}"
        for s, z, d, v in zone_load(problem, plan, seating).over
    ]
