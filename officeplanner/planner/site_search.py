"""Improving a plan one site at a time: each site's teams re-planned exactly, the rest fixed.

Why: on large instances (hundreds of teams over many sites) HiGHS's root on the
whole model — the LP by dual simplex, then cut separation that cannot be
interrupted — takes the whole time limit, so the full MIP never got past the
warm start. A site, though, is a small MIP (about 60 teams): with every other
team's days fixed, the site's own capacity rows are its only constraints and a
partner at another site only adds a constant to a team's value on the days that
partner is in. HiGHS solves such a sub-MIP well in a fraction of a second, so a
round over the sites turns the time the full root would burn into better plans,
shown as they come.

Every accepted change is scored on the whole instance (``plan_score``), so a
plan only ever gets better, and stays within every capacity and rule because the
sub-MIP has all of the site's rows. A site whose sub-MIP was proven optimal is
not solved again until a team it collaborates with elsewhere changes days: when
no site is left to solve, the plan cannot be improved by re-planning any single
site, and the search ends before the time limit.

When teams are seated by zone, each team keeps the area it has (``areas``) and the
site's sub-MIP re-plans days under the zones' rows too: with the areas fixed that
model is as tight as the one without zones, where the seated model with every
area open is not (measured on 60 teams in 9 zones: the seated MIP did not improve
its start in 60 s; with the areas fixed it gained 4 % in 5 s).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

import highspy
import numpy as np

from officeplanner.planner.arrays import Arrays, BoolArray, IntArray, plan_score
from officeplanner.planner.model import build_model, configure_mip, start_columns
from officeplanner.planner.quiet_highs import quiet_highs, run_highs, stop_at
from officeplanner.planner.seat_model import SeatIndex
from officeplanner.planner.seated import seated_start

#: Called with (seconds since the search started, objective) when a plan improves.
BetterPlan = Callable[[float, float], None]
#: Below this a sub-MIP cannot even finish its root: with less time left than this
#: per site still to visit, the next sites get this much each until the time is up.
_MIN_BUDGET = 0.05
#: At most this long on one site per visit. A site's sub-MIP finds most of what it
#: will find in its first second; the rest of a long budget goes to proving, while
#: its neighbours wait with plans that the change would let improve. Measured on
#: the benchmark's 250-team instance, 9 s of search: 5,284.7 with a quarter of the
#: time per site, 5,298–5,300 with at most 0.5–2 s per visit (benchmarks/README.md).
_MAX_BUDGET = 1.0


@dataclass(frozen=True)
class SiteInstance:
    """One site's teams as an instance of their own, everyone else's days fixed."""

    arrays: Arrays
    teams: IntArray  # the site's team indices in the whole instance

    def fixed_seats(self, index: SeatIndex, areas: dict[int, tuple[int, ...]]) -> SeatIndex:
        """The seating of the site's teams with each team's area fixed to ``areas``."""
        return replace(
            index,
            team_areas=tuple(
                None if index.team_areas[t] is None else (areas[int(t)],) for t in self.teams
            ),
        )


def site_instance(arrays: Arrays, x: BoolArray | None, site: int) -> SiteInstance:
    """Site ``site``'s sub-instance given plan ``x`` for the teams of the other sites.

    A pair with both teams at the site stays a pair; a pair with one team elsewhere
    becomes that partner's weight added to the team's value on the partner's days,
    or is left out when ``x`` is None (for a bound that counts such pairs apart).
    """
    teams = np.flatnonzero(arrays.site == site)
    inside = np.zeros(arrays.n_teams, dtype=bool)
    inside[teams] = True
    position = np.full(arrays.n_teams, -1, dtype=np.int64)
    position[teams] = np.arange(teams.size)
    a_in, b_in = inside[arrays.pair_a], inside[arrays.pair_b]
    value = arrays.value[teams].copy()
    for here, there, only in (
        (arrays.pair_a, arrays.pair_b, a_in & ~b_in),
        (arrays.pair_b, arrays.pair_a, b_in & ~a_in),
    ):
        if x is not None:
            np.add.at(
                value,
                position[here[only]],
                arrays.pair_w[only, None] * x[there[only]].astype(float),
            )
    both = a_in & b_in
    sub = replace(
        arrays,
        value=value,
        demand=arrays.demand[teams],
        size=arrays.size[teams],
        turnout=arrays.turnout[teams],
        anchor=arrays.anchor[teams],
        allowed=arrays.allowed[teams],
        fixed=arrays.fixed[teams],
        site=np.zeros(teams.size, dtype=np.int64),
        capacity=arrays.capacity[site : site + 1],
        pair_a=position[arrays.pair_a[both]],
        pair_b=position[arrays.pair_b[both]],
        pair_w=arrays.pair_w[both],
        site_names=(arrays.site_names[site],),
    )
    return SiteInstance(sub, teams)


def _partner_sites(arrays: Arrays) -> list[set[int]]:
    """For each site, the other sites that hold a collaborator of one of its teams."""
    out: list[set[int]] = [set() for _ in arrays.site_names]
    for a, b in zip(arrays.site[arrays.pair_a], arrays.site[arrays.pair_b], strict=True):
        if a != b:
            out[int(a)].add(int(b))
            out[int(b)].add(int(a))
    return out


def _solve_site(
    instance: SiteInstance,
    start: BoolArray,
    budget: float,
    *,
    threads: int,
    seed: int,
    gap: float,
    cancel: threading.Event | None,
    seats: SeatIndex | None = None,
) -> tuple[BoolArray | None, bool]:
    """The site's best plan found within ``budget`` seconds (None: none better than
    ``start`` was found), and whether it is proven optimal for the site. With
    ``seats`` (the site's teams in their fixed areas), under the zones' rows too."""
    stop = time.perf_counter() + budget
    # With the areas fixed, interchangeable teams may sit in different areas and are
    # no longer interchangeable: no symmetry breaking then.
    model = build_model(instance.arrays, seats=seats, symmetry_breaking=seats is None)
    if model.seats is None:
        columns = start_columns(model, instance.arrays, start)
    else:
        seated = seated_start(
            model, start, stop, threads=threads, seed=seed, cancel=cancel
        )  # with every area fixed, an LP: the splits of teams over two zones
        if seated is None:
            return None, False
        start, columns = seated
    h = quiet_highs()
    configure_mip(h, threads=threads, seed=seed, gap=gap, time_limit=stop - time.perf_counter())
    h.passModel(model.lp)
    sol = highspy.HighsSolution()
    sol.col_value = columns
    h.setSolution(sol)
    stop_at(h, stop, cancel)  # a big site's root would run on
    if not run_highs(h):
        return None, False
    solution = h.getSolution()
    if not solution.value_valid:
        return None, False
    proven = h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    cols = np.asarray(solution.col_value)[: model.n_x].reshape(start.shape)
    return cols > 0.5, proven


def improve_by_site(
    arrays: Arrays,
    x: BoolArray,
    deadline: float,
    *,
    threads: int = 1,
    seed: int = 0,
    gap: float = 1e-4,
    cancel: threading.Event | None = None,
    on_better: BetterPlan | None = None,
    seating: tuple[SeatIndex, dict[int, tuple[int, ...]]] | None = None,
) -> BoolArray:
    """Re-plan one site at a time until ``deadline`` (a ``perf_counter`` time), Cancel,
    or until no site can improve on its own; never returns a worse plan than ``x``.
    ``seating`` (the seat index and every zoned team's area) keeps teams in their areas.

    Each round gives the sites still to solve equal shares of the time left, at most
    a per-site budget that starts at ``_MAX_BUDGET``, so a short limit still visits
    every site rather than perfecting the first. A visit that neither improves nor
    proves its site doubles that site's budget: solving the same sub-MIP again with
    the same time would find the same nothing.
    """
    started = time.perf_counter()
    x = x.copy()
    score = plan_score(arrays, x)
    partners = _partner_sites(arrays)
    todo = [s for s in range(len(arrays.site_names)) if np.any(arrays.site == s)]
    allowance = dict.fromkeys(todo, _MAX_BUDGET)
    while todo:
        settled: set[int] = set()
        changed: set[int] = set()
        for i, s in enumerate(todo):
            left = deadline - time.perf_counter()
            if left < _MIN_BUDGET or (cancel is not None and cancel.is_set()):
                return x
            budget = min(max(left / (len(todo) - i), _MIN_BUDGET), allowance[s])
            instance = site_instance(arrays, x, s)
            new, proven = _solve_site(
                instance,
                x[instance.teams],
                budget,
                threads=threads,
                seed=seed,
                gap=gap,
                cancel=cancel,
                seats=None if seating is None else instance.fixed_seats(*seating),
            )
            if new is not None:
                trial = x.copy()
                trial[instance.teams] = new
                trial_score = plan_score(arrays, trial)
                if trial_score > score + 1e-9 * max(1.0, abs(score)):
                    x, score = trial, trial_score
                    changed.add(s)
                    if on_better is not None:
                        on_better(time.perf_counter() - started, score)
            if proven:
                settled.add(s)
            elif s not in changed:
                allowance[s] *= 2.0
        # Solve again what was not proven, and the proven sites whose partners moved.
        unsettled = set(todo) - settled
        for s in changed:
            unsettled |= partners[s]
        todo = sorted(unsettled)
    return x
