"""Plain-language explanations a manager can forward.

For a plan: per team, why these days — its preference, the collaborators it
meets there, the load of the site — and why not the days it would have liked
more (the site is full that day, or its collaborators are elsewhere).

When teams are seated by zone, also where the team sits, and a preferred day
its zones had no room for.

For an infeasible instance: which site-days cannot fit and by how much, and
what would make it fit (and, with zones, a team no zone can hold, or zones that
cannot seat days that would otherwise fit). Two small MIPs answer that exactly: the smallest
capacity increase per site (the same on every day, which is what raising the
ceiling does) and the fewest anchor days to give up, team by team.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import partial
from typing import Any

import highspy
import numpy as np

from officeplanner.planner.arrays import Arrays, to_arrays
from officeplanner.planner.objective import CAPACITY_EPS, Plan, load
from officeplanner.planner.problem import Problem, Team
from officeplanner.planner.quiet_highs import quiet_highs, run_highs
from officeplanner.planner.seating import Seating, area_desks, areas, candidate_areas, zone_load
from officeplanner.wording import translate

_ORDINAL = {1: "1st", 2: "2nd", 3: "3rd"}


def _ordinal(n: int) -> str:
    return _ORDINAL.get(n, f"{n}th")


def _names(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _partners(problem: Problem, team: Team) -> list[tuple[str, float]]:
    out = []
    for p in problem.collaboration:
        if team.name in p.teams:
            other = p.teams[1] if p.teams[0] == team.name else p.teams[0]
            out.append((other, p.weight))
    return out


@dataclass(frozen=True)
class ChosenDay:
    """Why a team is in on ``day``: its preference's rank, whom it meets, the site's load."""

    day: str
    fixed: bool
    preference: float
    rank: int  # 1 = the team's most preferred allowed day
    allowed: int
    met: tuple[tuple[str, float], ...]  # (collaborating team, weight) in on the same day
    site_load: float
    capacity: float


@dataclass(frozen=True)
class SkippedDay:
    """A day the team prefers over one it got, and why it did not get it.

    ``reason`` is "full" (the site has no room for the team's ``demand``), "zone"
    (the site has, but the team's zones do not: then ``site_load`` and ``capacity``
    are those of its zones), "collaborators" (``weakest``, a chosen day, is worth more
    with its collaborators) or "others" (taking it would push other teams off their better days).
    """

    day: str
    preference: float
    reason: str
    site_load: float
    capacity: float
    demand: float
    weakest: str = ""
    worth_weakest: float = 0.0
    worth_day: float = 0.0


@dataclass(frozen=True)
class TeamExplanation:
    """One team's days in a plan, as facts: the GUI words them in the user's language,
    :meth:`lines` in English (the CLI, JSON)."""

    team: str
    size: int
    site: str
    days: tuple[str, ...]
    chosen: tuple[ChosenDay, ...]
    skipped: tuple[SkippedDay, ...]
    forbidden: tuple[str, ...]
    #: Where the team sits on its anchor days (one zone or two), and their desks.
    seat: tuple[str, ...] = ()
    seat_desks: float = 0.0

    def lines(self) -> list[str]:
        out = [f"{self.team} ({self.size} people, {self.site}) is in on {_names(list(self.days))}."]
        if self.seat:
            out.append(
                f"Sits in {' + '.join(self.seat)} ({self.seat_desks:.1f} desks) on its anchor days."
            )
        for c in self.chosen:
            parts = ["fixed by policy"] if c.fixed else []
            parts.append(
                f"preference {c.preference:.2f}, its {_ordinal(c.rank)} of {c.allowed} allowed days"
            )
            if c.met:
                parts.append("meets " + _names([f"{o} (weight {w:g})" for o, w in c.met]))
            parts.append(f"{self.site} at {c.site_load:.1f} of {c.capacity:.1f} desks")
            out.append(f"{c.day}: " + "; ".join(parts) + ".")
        for k in self.skipped:
            head = f"Not {k.day}, though preferred ({k.preference:.2f}): "
            if k.reason == "full":
                out.append(
                    head + f"{self.site} is full that day ({k.site_load:.1f} of "
                    f"{k.capacity:.1f} desks taken; the team needs {k.demand:.1f})."
                )
            elif k.reason == "zone":
                out.append(
                    head + f"{' + '.join(self.seat)} is full that day ({k.site_load:.1f} of "
                    f"{k.capacity:.1f} desks taken; the team needs {k.demand:.1f})."
                )
            elif k.reason == "collaborators":
                out.append(
                    head + f"{k.weakest} is worth more with its collaborators "
                    f"({k.worth_weakest:.1f} against {k.worth_day:.1f} on {k.day})."
                )
            else:
                out.append(head + "moving there would push other teams off their better days.")
        if self.forbidden:
            out.append(f"Not allowed by policy: {_names(list(self.forbidden))}.")
        return out


def team_explanation(
    problem: Problem,
    plan: Plan,
    team: Team,
    loads: dict[str, dict[str, float]] | None = None,
    seating: Seating | None = None,
    zone_loads: dict[str, dict[str, dict[str, float]]] | None = None,
) -> TeamExplanation:
    """The facts behind one team's days in a (feasible) plan (``loads`` and ``zone_loads``
    may be passed in when explaining many teams of one plan)."""
    days = [d for d in problem.weekdays if d in plan[team.name]]
    allowed = problem.allowed_days(team)
    ranked = sorted(allowed, key=lambda d: (-team.preference[d], problem.weekdays.index(d)))
    partners = _partners(problem, team)
    site_load = (loads or load(problem, plan))[team.site]
    cap = problem.sites[team.site].capacity
    demand = problem.demand(team)
    seat = tuple(seating.get(team.name, ())) if seating else ()
    seat_desks = area_desks(problem.sites[team.site], seat) if seat else 0.0
    if seat and zone_loads is None:
        assert seating is not None
        zone_loads = zone_load(problem, plan, seating).load

    def seat_used(d: str) -> float:
        assert zone_loads is not None
        return sum(zone_loads[team.site][z][d] for z in seat)

    def worth(d: str) -> float:
        return team.size * team.preference[d] + sum(w for other, w in partners if d in plan[other])

    chosen = tuple(
        ChosenDay(
            day=d,
            fixed=d in team.fixed,
            preference=team.preference[d],
            rank=ranked.index(d) + 1,
            allowed=len(ranked),
            met=tuple((o, w) for o, w in partners if d in plan[o] and w > 0),
            site_load=site_load[d],
            capacity=cap[d],
        )
        for d in days
    )
    skipped = []
    worst_chosen = min((team.preference[d] for d in days if d not in team.fixed), default=None)
    for d in ranked:
        if d in days or worst_chosen is None or team.preference[d] <= worst_chosen:
            continue
        room = cap[d] - site_load[d]
        skip = partial(
            SkippedDay,
            day=d,
            preference=team.preference[d],
            site_load=site_load[d],
            capacity=cap[d],
            demand=demand,
        )
        if room + CAPACITY_EPS * max(1.0, cap[d]) < demand:
            skipped.append(skip(reason="full"))
            continue
        if seat and _zones_full(problem, plan, team, seating, d):
            skipped.append(skip(reason="zone", site_load=seat_used(d), capacity=seat_desks))
            continue
        weakest = min((c for c in days if c not in team.fixed), key=lambda c: (worth(c), c))
        if worth(weakest) >= worth(d):
            skipped.append(
                skip(
                    reason="collaborators",
                    weakest=weakest,
                    worth_weakest=worth(weakest),
                    worth_day=worth(d),
                )
            )
        else:
            skipped.append(skip(reason="others"))
    return TeamExplanation(
        team=team.name,
        size=team.size,
        site=team.site,
        days=tuple(days),
        chosen=chosen,
        skipped=tuple(skipped),
        forbidden=tuple(team.forbidden),
        seat=seat,
        seat_desks=seat_desks,
    )


def _zones_full(
    problem: Problem, plan: Plan, team: Team, seating: Seating | None, day: str
) -> bool:
    """Whether the team's zones cannot take it on ``day`` however the teams over two
    zones are split there (the split shown is only one of those that fit)."""
    assert seating is not None
    trial = {**plan, team.name: (*plan[team.name], day)}
    return bool(zone_load(problem, trial, seating, only=(team.site, day)).over)


def plan_explanations(
    problem: Problem,
    plan: Plan,
    seating: Seating | None = None,
    zones: dict[str, dict[str, dict[str, float]]] | None = None,
) -> dict[str, TeamExplanation]:
    """Every team's explanation; ``seating`` (``Solution.seating``) adds where teams sit.

    ``zones`` is the seated plan's ``zone_load(...).load`` when the caller has it
    already for its own table: it costs an LP per site-day with split teams.
    """
    loads = load(problem, plan)
    if seating and zones is None:
        zones = zone_load(problem, plan, seating).load
    return {
        t.name: team_explanation(problem, plan, t, loads, seating, zones) for t in problem.teams
    }


def explain_plan(
    problem: Problem,
    plan: Plan,
    seating: Seating | None = None,
    zones: dict[str, dict[str, dict[str, float]]] | None = None,
) -> dict[str, list[str]]:
    return {name: e.lines() for name, e in plan_explanations(problem, plan, seating, zones).items()}


# -- infeasibility -------------------------------------------------------------------------


@dataclass(frozen=True)
class Overflow:
    site: str
    day: str
    load: float
    capacity: float

    @property
    def over(self) -> float:
        return self.load - self.capacity


@dataclass(frozen=True)
class Infeasibility:
    """Why no plan fits, and what would.

    ``overflows``: the site-days over capacity in the plan that needs the least
    extra capacity; ``raise_by``: per site, the extra desks per day that make a
    plan fit (minimal); ``ceilings``: the ceiling that gives them (when the site
    has desks and a ceiling); ``fewer_days``: the fewest anchor days to drop,
    ``{team: (now, then)}``, or None when dropping days cannot make it fit (proven
    when ``fewer_days_proven``; otherwise none was found within the time limit);
    ``notes``: direct findings (fixed days that alone overflow, teams too big).
    """

    overflows: tuple[Overflow, ...]
    raise_by: dict[str, float]
    ceilings: dict[str, tuple[float, float]]
    fewer_days: dict[str, tuple[int, int]] | None
    notes: tuple[str, ...]
    proven: bool
    fewer_days_proven: bool = True

    def lines(self) -> list[str]:
        out = list(self.notes)
        for o in self.overflows:
            out.append(
                f"{o.site} on {o.day}: {o.load:.1f} desks needed, capacity {o.capacity:.1f} "
                f"— over by {o.over:.1f}."
            )
        for site, extra in self.raise_by.items():
            if extra <= 0:
                continue
            if site in self.ceilings:
                old, new = self.ceilings[site]
                out.append(
                    f"It fits if {site}'s ceiling goes from {old:.0%} to {new:.1%} "
                    f"({extra:.1f} more desks a day)."
                )
            else:
                out.append(f"It fits if {site} has {extra:.1f} more desks every day.")
        if self.fewer_days is None and self.fewer_days_proven:
            out.append("Fewer anchor days alone cannot make it fit.")
        elif self.fewer_days is None:
            out.append("No plan with fewer anchor days was found within the time limit.")
        elif self.fewer_days:
            parts = [
                f"{t} {a} → {b}" for t, a, b in ((t, a, b) for t, (a, b) in self.fewer_days.items())
            ]
            out.append("Or it fits with fewer anchor days for " + "; ".join(parts) + ".")
        if not self.proven:
            out.append("(These amounts are the best found within the time limit.)")
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "overflows": [
                {
                    "site": o.site,
                    "day": o.day,
                    "load": o.load,
                    "capacity": o.capacity,
                    "over": o.over,
                }
                for o in self.overflows
            ],
            "raise_capacity_by": self.raise_by,
            "ceilings": {s: {"from": a, "to": b} for s, (a, b) in self.ceilings.items()},
            "fewer_anchor_days": None
            if self.fewer_days is None
            else {t: {"from": a, "to": b} for t, (a, b) in self.fewer_days.items()},
            "fewer_anchor_days_proven": self.fewer_days_proven,
            "notes": list(self.notes),
            "proven": self.proven,
            "explanation": self.lines(),
        }


def _direct_notes(problem: Problem, arrays: Arrays) -> list[str]:
    """Fixed days that alone overflow a site-day, and teams too big for enough days.

    Worded for translation (PlannerMessage): desks are handed over as the English text
    shows them ("13.6"), weekdays as keys, and the lists both joined in English and as
    tuples, so a GUI can show the locale's numbers, day names and "and"."""
    notes: list[str] = []
    for s, site in enumerate(arrays.site_names):
        for j, d in enumerate(problem.weekdays):
            on = [t for t in range(arrays.n_teams) if arrays.site[t] == s and arrays.fixed[t, j]]
            need = float(arrays.demand[on].sum()) if on else 0.0
            cap = float(arrays.capacity[s, j])
            if need > cap + CAPACITY_EPS * max(1.0, cap):
                team_names = tuple(problem.teams[t].name for t in on)
                notes.append(
                    translate(
                        "PlannerMessage",
                        "{site} on {day}: the teams with {day} fixed alone need {need} desks "
                        "(capacity {capacity}): {teams}.",
                    ).fill(
                        site=site,
                        day=d,
                        need=f"{need:.1f}",
                        capacity=f"{cap:.1f}",
                        teams=_names(list(team_names)),
                        team_names=team_names,  # for a GUI to join in its own language
                    )
                )
    for t, team in enumerate(problem.teams):
        s = int(arrays.site[t])
        fit = [
            d
            for j, d in enumerate(problem.weekdays)
            if arrays.allowed[t, j]
            and arrays.demand[t]
            <= arrays.capacity[s, j] + CAPACITY_EPS * max(1.0, float(arrays.capacity[s, j]))
        ]
        if len(fit) < team.anchor_days:
            facts = {
                "team": team.name,
                "demand": f"{arrays.demand[t]:.1f}",
                "anchor_days": team.anchor_days,
                "site": team.site,
            }
            if fit:
                notes.append(
                    translate(
                        "PlannerMessage",
                        "{team} needs {demand} desks on each of {anchor_days} days, but fits "
                        "in {site} on only {fit} of its allowed days ({days}).",
                    ).fill(
                        **facts,
                        fit=len(fit),
                        days=_names(fit),
                        day_keys=tuple(fit),  # for a GUI to name and join in its own language
                    )
                )
            else:
                notes.append(
                    translate(
                        "PlannerMessage",
                        "{team} needs {demand} desks on each of {anchor_days} days, but fits "
                        "in {site} on only 0 of its allowed days (none).",
                    ).fill(**facts)
                )
    return notes + _zone_notes(problem)


def _zone_notes(problem: Problem) -> list[str]:
    """Teams of a site with zones that no zone, nor two adjacent zones, can hold."""
    notes: list[str] = []
    for team in problem.teams:
        site = problem.sites[team.site]
        if not site.zones or candidate_areas(problem, team):
            continue
        largest = max(areas(site), key=lambda a: (area_desks(site, a), -len(a)))
        notes.append(
            translate(
                "PlannerMessage",
                "{team} needs {demand} desks, but the largest zone or pair of adjacent "
                "zones in {site} ({area}) has {desks}.",
            ).fill(
                team=team.name,
                demand=f"{problem.demand(team):.1f}",
                site=site.name,
                area=" + ".join(largest),
                desks=f"{area_desks(site, largest):.1f}",
            )
        )
    return notes


def _solve_elastic(
    arrays: Arrays, *, reduce_days: bool, time_limit: float
) -> tuple[np.ndarray[Any, np.dtype[np.float64]] | None, bool]:
    """x (T, D) of the least-capacity-raise plan, or of the fewest-days-dropped plan."""
    n_t, n_d = arrays.value.shape
    n_s = len(arrays.site_names)
    h = quiet_highs()
    h.setOptionValue("time_limit", time_limit)
    h.setOptionValue("threads", 1)
    inf = highspy.kHighsInf
    n_x = n_t * n_d
    # columns: x (T*D), then z (S) or r (T)
    n_extra = n_t if reduce_days else n_s
    lower = np.concatenate([arrays.fixed.ravel().astype(float), np.zeros(n_extra)])
    if reduce_days:
        n_fixed = arrays.fixed.sum(axis=1)
        extra_hi = np.maximum(0, arrays.anchor - np.maximum(1, n_fixed)).astype(float)
        cost = np.concatenate(
            [
                np.zeros(n_x),
                1.0 + 1e-4 * arrays.demand / max(1.0, float(arrays.demand.max(initial=1.0))),
            ]
        )
    else:
        extra_hi = np.full(n_s, inf)
        cost = np.concatenate([np.zeros(n_x), np.ones(n_s)])
    upper = np.concatenate([arrays.allowed.ravel().astype(float), extra_hi])
    h.addVars(n_x + n_extra, lower, upper)
    h.changeColsCost(n_x + n_extra, np.arange(n_x + n_extra, dtype=np.int32), cost)
    kinds = np.full(n_x + n_extra, highspy.HighsVarType.kInteger)
    if not reduce_days:
        kinds[n_x:] = highspy.HighsVarType.kContinuous
    h.changeColsIntegrality(n_x + n_extra, np.arange(n_x + n_extra, dtype=np.int32), kinds)
    for t in range(n_t):
        cols = [t * n_d + d for d in range(n_d)]
        k = float(arrays.anchor[t])
        if reduce_days:
            cols.append(n_x + t)
            vals = [1.0] * n_d + [1.0]
        else:
            vals = [1.0] * n_d
        h.addRow(k, k, len(cols), np.array(cols, dtype=np.int32), np.array(vals))
    for s in range(n_s):
        members = np.flatnonzero(arrays.site == s)
        for d in range(n_d):
            cols = [int(t) * n_d + d for t in members]
            vals = [float(arrays.demand[t]) for t in members]
            if not reduce_days:
                cols.append(n_x + s)
                vals.append(-1.0)
            if cols:
                h.addRow(
                    -inf,
                    float(arrays.capacity[s, d]),
                    len(cols),
                    np.array(cols, dtype=np.int32),
                    np.array(vals),
                )
    h.setMinimize()  # type: ignore[no-untyped-call]
    if not run_highs(h):
        return None, False
    status = h.getModelStatus()
    sol = h.getSolution()
    if status == highspy.HighsModelStatus.kInfeasible or not sol.value_valid:
        return None, status == highspy.HighsModelStatus.kInfeasible
    values = np.asarray(sol.col_value)
    return values, status == highspy.HighsModelStatus.kOptimal


def explain_infeasible(problem: Problem, *, time_limit: float = 10.0) -> Infeasibility:
    """Which site-days cannot fit, by how much, and what would make the instance fit."""
    arrays = to_arrays(problem)
    n_t, n_d = arrays.value.shape
    notes = _direct_notes(problem, arrays)
    raised, proven_a = _solve_elastic(arrays, reduce_days=False, time_limit=time_limit)
    overflows: list[Overflow] = []
    raise_by: dict[str, float] = {}
    ceilings: dict[str, tuple[float, float]] = {}
    if raised is not None:
        x = raised[: n_t * n_d].reshape(n_t, n_d) > 0.5
        plan = {
            t.name: tuple(d for j, d in enumerate(problem.weekdays) if x[i, j])
            for i, t in enumerate(problem.teams)
        }
        used = load(problem, plan)
        for site in problem.sites.values():
            for d in problem.weekdays:
                cap = site.capacity[d]
                if used[site.name][d] > cap + CAPACITY_EPS * max(1.0, cap):
                    overflows.append(Overflow(site.name, d, used[site.name][d], cap))
            extra = max(
                (used[site.name][d] - site.capacity[d] for d in problem.weekdays), default=0.0
            )
            if extra > CAPACITY_EPS:
                raise_by[site.name] = extra
                if site.desks and site.ceiling is not None:
                    ceilings[site.name] = (site.ceiling, site.ceiling + extra / site.desks)
    reduced, proven_b = _solve_elastic(arrays, reduce_days=True, time_limit=time_limit)
    fewer: dict[str, tuple[int, int]] | None
    if reduced is None:
        # None: no plan with fewer days; proven_b says whether HiGHS proved there is none
        # (False when the time ran out or HiGHS refused the model).
        fewer = None
    else:
        r = reduced[n_t * n_d :]
        fewer = {
            problem.teams[t].name: (
                problem.teams[t].anchor_days,
                problem.teams[t].anchor_days - round(r[t]),
            )
            for t in range(n_t)
            if round(r[t]) > 0
        }
    if problem.seats_by_zone and (raise_by or fewer):
        # Those amounts are computed for the sites' capacity alone.
        notes.append(
            translate(
                "PlannerMessage",
                "With teams seated by zone, the changes below make the anchor days fit "
                "the sites; the zones may still be too small to seat every team together.",
            ).fill()
        )
    if problem.seats_by_zone and raised is not None and not raise_by:
        # The days alone fit: it is the seating by zone that does not.
        notes.append(
            translate(
                "PlannerMessage",
                "The anchor days fit every site, but the teams cannot all be seated "
                "together by zone. It fits without seating by zone, or with more desks "
                "in the zones.",
            ).fill()
        )
    return Infeasibility(
        tuple(overflows),
        raise_by,
        ceilings,
        fewer,
        tuple(notes),
        proven_a and proven_b and not math.isnan(sum(raise_by.values(), 0.0)),
        proven_b,
    )
