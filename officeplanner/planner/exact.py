"""The exact planner: a mixed-integer programme solved by HiGHS (highspy).

The model itself (variables, rows, symmetry breaking) is built in
``planner/model.py`` and stated in full in ``docs/planner.md``.

The greedy + local-search plan is handed to HiGHS as its first incumbent
(``setSolution``), so a plan at least that good exists from the first
instant and prunes the tree; the search then improves it and proves the
bound until the gap tolerance or the time limit.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import highspy
import numpy as np

from officeplanner.planner.arrays import Arrays, BoolArray, plan_score, to_arrays
from officeplanner.planner.bounds import by_site_bound, lp_bound_of
from officeplanner.planner.greedy import greedy, local_search
from officeplanner.planner.model import build_model, configure_mip, start_columns
from officeplanner.planner.objective import objective
from officeplanner.planner.problem import Problem
from officeplanner.planner.quiet_highs import quiet_highs, run_highs, stop_at
from officeplanner.planner.result import Progress, Solution, Status
from officeplanner.planner.seat_model import areas_of, seat_index, seating_by_name, seating_of
from officeplanner.planner.seated import first_seated_plan, seated_start
from officeplanner.planner.seated_greedy import seated_heuristic_plans
from officeplanner.planner.seated_search import improve_seated
from officeplanner.planner.site_search import improve_by_site

#: Models with several sites and fewer columns than this (about 80 teams) give the
#: site search half the time and the whole MIP the rest; larger ones give the site
#: search all of it. Measured (benchmarks/README.md, 10 s): 25 teams in two sites,
#: bound 512.4 with half the time for the MIP against 517.2 without; from 180 teams
#: in three sites up, the MIP's half moved neither plan nor bound, and the site
#: search with all the time found better plans (250 teams: 5,300 against 5,284.6).
_SHARED_TIME_COLUMNS = 1000

#: Models with several sites and at least this many columns (about 1,650 teams) take
#: their bound from one LP per site (``bounds.by_site_bound``) instead of the whole
#: LP, whose interior point took 5.8 s at 2,000 teams and 35 s at 5,000, leaving the
#: site search no time (5,000 teams: no bound at all within 10 s). Per site: 0.75 s
#: and 1.9 s, 1.3 % above the whole LP's bound (benchmarks/README.md).
_BY_SITE_BOUND_COLUMNS = 20_000

#: Called with (seconds, best objective or None, bound or None) while solving.
ProgressCallback = Callable[[float, float | None, float | None], None]


@dataclass(frozen=True)
class SolveOptions:
    time_limit: float = 10.0
    #: Relative gap at which the search stops and calls the plan optimal.
    gap_tolerance: float = 1e-4
    #: Seconds the local search may use before the MIP starts.
    local_search_time: float = 0.5
    warm_start: bool = True
    symmetry_breaking: bool = True
    tighten_capacity: bool = True
    threads: int = 1
    seed: int = 0
    #: Models with at least this many columns get their LP bound first (see ``solve``).
    lp_first_columns: int = 6000
    #: With several sites, re-plan one site at a time before (or, on large models,
    #: instead of) the whole MIP (``site_search``).
    site_search: bool = True
    #: Called from the solver's thread; keep it cheap.
    on_progress: ProgressCallback | None = None
    #: Set it to stop the search early (the GUI's Cancel); the best plan is kept.
    cancel: threading.Event | None = None


def _plan_of(problem: Problem, x: BoolArray) -> dict[str, tuple[str, ...]]:
    return {
        t.name: tuple(d for j, d in enumerate(problem.weekdays) if x[i, j])
        for i, t in enumerate(problem.teams)
    }


def heuristic_plans(
    problem: Problem, arrays: Arrays, local_search_time: float
) -> tuple[BoolArray | None, BoolArray | None]:
    """The greedy plan and the greedy + local-search plan (None when greedy fails)."""
    g = greedy(arrays)
    if g is None:
        return None, None
    return g, local_search(arrays, g, time_limit=local_search_time)


def _proves(bound: float | None, value: float, gap_tolerance: float) -> bool:
    """Whether ``bound`` proves a plan worth ``value`` optimal within the relative gap."""
    return bound is not None and bound - value <= gap_tolerance * max(abs(value), 1e-9) + 1e-9


def _heuristic_answer(
    problem: Problem,
    x: BoolArray | None,
    lp_bound: float | None,
    seconds: float,
    greedy_obj: float | None,
    ls_obj: float | None,
    history: list[Progress],
    gap_tolerance: float,
    seating: dict[str, tuple[str, ...]] | None = None,
) -> Solution:
    """The answer when the whole MIP did not run: plan ``x`` with the LP's bound.

    When teams are seated by zone, ``x`` counts only with a ``seating`` found for it.
    """
    if x is None or (problem.seats_by_zone and seating is None):
        return Solution(
            "unknown", {}, None, None, seconds, "highs", greedy_obj, ls_obj, tuple(history)
        )
    plan = _plan_of(problem, x)
    value = objective(problem, plan)
    proven = None if lp_bound is None else max(lp_bound, value)
    history.append(Progress(seconds, value, proven))
    status: Status = "optimal" if _proves(proven, value, gap_tolerance) else "feasible"
    return Solution(
        status,
        plan,
        value,
        proven,
        seconds,
        "highs",
        greedy_obj,
        ls_obj,
        tuple(history),
        dict(seating or {}),
    )


def solve(problem: Problem, options: SolveOptions | None = None) -> Solution:
    """Solve the instance exactly (within the gap tolerance and time limit).

    On large models (``lp_first_columns``) HiGHS's root on the whole model — LP
    and cut separation — can take the whole time limit, and the separation cannot
    be interrupted. So the LP relaxation is solved first (interruptibly) for a
    proven bound — on very large models one LP per site (``_BY_SITE_BOUND_COLUMNS``)
    — and with several sites the time left goes to re-planning one
    site at a time (``site_search``), which improves the plan where the whole
    root would not have finished; with one site the MIP runs if the time left is
    well above what the LP took.
    """
    options = options or SolveOptions()
    started = time.perf_counter()
    if not problem.teams:
        return Solution("optimal", {}, 0.0, 0.0, 0.0, "highs")
    arrays = to_arrays(problem)
    seats = seat_index(problem) if problem.seats_by_zone else None
    ls_areas: dict[int, tuple[int, ...]] | None = None
    if seats is None:
        g, ls = heuristic_plans(problem, arrays, options.local_search_time)
    else:
        g, ls, ls_areas = seated_heuristic_plans(arrays, seats, options.local_search_time)
    greedy_obj = plan_score(arrays, g) if g is not None else None
    ls_obj = plan_score(arrays, ls) if ls is not None else None
    model = build_model(
        arrays,
        symmetry_breaking=options.symmetry_breaking,
        tighten_capacity=options.tighten_capacity,
        seats=seats,
    )
    deadline = started + options.time_limit
    history: list[Progress] = []

    def report(seconds: float, value: float | None, bound: float | None) -> None:
        history.append(Progress(seconds, value, bound))
        if options.on_progress is not None:
            options.on_progress(seconds, value, bound)

    if ls is None and seats is not None and model.seats is not None:
        # The seated greedy packed no plan: any plan that fits, or a proof there is none
        # (``seated.first_seated_plan``), with a third of the time at most.
        infeasible, values = first_seated_plan(
            model,
            min(deadline, time.perf_counter() + options.time_limit / 3),
            threads=options.threads,
            seed=options.seed,
            cancel=options.cancel,
        )
        if infeasible:
            seconds = time.perf_counter() - started
            return Solution("infeasible", {}, None, None, seconds, "highs", None, None)
        if values is not None:
            ls = values[: model.n_x].reshape(arrays.value.shape) > 0.5
            ls_areas = areas_of(model.seats, values)
            report(time.perf_counter() - started, plan_score(arrays, ls), None)

    #: The seating of the start HiGHS is given, once built (its days may be re-ordered).
    start_seating: dict[str, tuple[str, ...]] | None = None

    def best_seating() -> dict[str, tuple[str, ...]] | None:
        """Where the teams of ``best`` sit (None: not known, so ``best`` is no answer)."""
        if start_seating is not None:
            return start_seating
        if seats is not None and ls_areas is not None:
            return seating_by_name(problem, seats, ls_areas)
        return None

    lp_bound: float | None = None
    best = ls
    large = model.lp.num_col_ >= options.lp_first_columns
    several_sites = options.site_search and len(set(arrays.site.tolist())) > 1
    # Seated by zone, the site search keeps every team in its area and re-plans days
    # (whatever the number of sites: that model is tight where the seated one is not),
    # and the bound is the LP's without zones (seating only removes plans); the whole
    # seated MIP, which can move teams to other areas, gets the rest of the time on
    # small models.
    seated = ls_areas is not None and options.site_search
    if ls is not None and (large or several_sites or seated):
        report(time.perf_counter() - started, ls_obj, None)
        lp_started = time.perf_counter()
        days_only = model
        if model.seats is not None:
            days_only = build_model(
                arrays,
                symmetry_breaking=options.symmetry_breaking,
                tighten_capacity=options.tighten_capacity,
            )
        if several_sites and days_only.lp.num_col_ >= _BY_SITE_BOUND_COLUMNS:
            lp_bound = by_site_bound(
                arrays, deadline, threads=options.threads, cancel=options.cancel
            )
        else:
            lp_bound = lp_bound_of(
                days_only, deadline, threads=options.threads, cancel=options.cancel
            )
        lp_took = time.perf_counter() - lp_started
        if lp_bound is not None:
            report(time.perf_counter() - started, ls_obj, lp_bound)
        if (several_sites or seated) and not (
            options.cancel is not None and options.cancel.is_set()
        ):
            offset = time.perf_counter() - started

            def better(seconds: float, value: float) -> None:
                report(offset + seconds, value, lp_bound)

            # Until the time limit, or until no site can improve alone, and on a small
            # model for half the time at most: the whole MIP then gets the time left,
            # moving teams of several sites at once and improving the bound.
            site_deadline = deadline
            if model.lp.num_col_ < (options.lp_first_columns if seated else _SHARED_TIME_COLUMNS):
                site_deadline = (time.perf_counter() + deadline) / 2
            if seats is not None and ls_areas is not None:
                best, ls_areas = improve_seated(
                    arrays,
                    seats,
                    ls,
                    ls_areas,
                    site_deadline,
                    threads=options.threads,
                    seed=options.seed,
                    gap=options.gap_tolerance,
                    cancel=options.cancel,
                    on_better=better,
                )
            else:
                best = improve_by_site(
                    arrays,
                    ls,
                    site_deadline,
                    threads=options.threads,
                    seed=options.seed,
                    gap=options.gap_tolerance,
                    cancel=options.cancel,
                    on_better=better,
                )
        cancelled = options.cancel is not None and options.cancel.is_set()
        left = deadline - time.perf_counter()
        if (
            cancelled
            or left < 0.05
            or (large and (several_sites or seated or left < 2.5 * lp_took))
        ):
            return _heuristic_answer(
                problem,
                best,
                lp_bound,
                time.perf_counter() - started,
                greedy_obj,
                ls_obj,
                history,
                options.gap_tolerance,
                best_seating(),
            )

    h = quiet_highs()
    configure_mip(
        h,
        threads=options.threads,
        seed=options.seed,
        gap=options.gap_tolerance,
        time_limit=options.time_limit - (time.perf_counter() - started),
    )
    h.passModel(model.lp)

    start: np.ndarray | None = None
    if best is not None and options.warm_start:
        if model.seats is None:
            start = start_columns(model, arrays, best)
        else:
            assert seats is not None
            # The local search's own areas: an LP for the splits. Only without them (or
            # if that failed) a search for areas that seat its days.
            found = None
            for areas in [ls_areas, None] if ls_areas is not None else [None]:
                found = seated_start(
                    model,
                    best,
                    min(deadline, time.perf_counter() + min(options.time_limit / 4, 2.0)),
                    threads=options.threads,
                    seed=options.seed,
                    cancel=options.cancel,
                    areas=areas,
                )
                if found is not None:
                    break
            # None: no start in time (or Cancel): HiGHS finds its own, and ``best`` with
            # its areas stays the answer to fall back on.
            if found is not None:
                best, start = found  # days maybe re-ordered with the areas
                start_seating = seating_of(problem, seats, model.seats, start)

    offset = time.perf_counter() - started
    if start is not None and best is not None:
        sol = highspy.HighsSolution()
        sol.col_value = start
        h.setSolution(sol)
        report(offset, plan_score(arrays, best), None)

    last: list[float | None] = [None, None]

    def on_event(e: highspy.HighsCallbackEvent) -> None:
        out = e.data_out
        primal = float(out.mip_primal_bound) if abs(out.mip_primal_bound) < 1e300 else None
        dual = float(out.mip_dual_bound) if abs(out.mip_dual_bound) < 1e300 else None
        if (primal, dual) != (last[0], last[1]):
            last[0], last[1] = primal, dual
            report(offset + float(out.running_time), primal, dual)

    def the_start(seconds: float) -> Solution:
        return _heuristic_answer(
            problem,
            best,
            lp_bound,
            seconds,
            greedy_obj,
            ls_obj,
            history,
            options.gap_tolerance,
            best_seating(),
        )

    h.cbMipInterrupt.subscribe(on_event)
    h.cbMipImprovingSolution.subscribe(on_event)
    stop_at(h, deadline, options.cancel)
    ran = run_highs(h)
    seconds = time.perf_counter() - started
    if not ran:
        # HiGHS refused the model: nothing it reports is a result, so the answer is
        # the warm start with only the bound proven before (if any).
        return the_start(seconds)
    model_status = h.getModelStatus()
    info = h.getInfo()
    status: Status
    if model_status == highspy.HighsModelStatus.kInfeasible:
        return Solution(
            "infeasible", {}, None, None, seconds, "highs", greedy_obj, ls_obj, tuple(history)
        )
    sol = h.getSolution()
    if not sol.value_valid:  # stopped before a plan of its own (no warm start given)
        return the_start(seconds)
    values = np.asarray(sol.col_value)
    x = values[: model.n_x].reshape(arrays.value.shape) > 0.5
    seating = (
        seating_of(problem, seats, model.seats, values)
        if seats is not None and model.seats is not None
        else {}
    )
    if best is not None and plan_score(arrays, best) > plan_score(arrays, x):
        # HiGHS's plan is worse than the one it started from (no warm start)
        x, seating = best, dict(best_seating() or {})
    plan = _plan_of(problem, x)
    value = objective(problem, plan)
    raw_bound = float(info.mip_dual_bound)
    bound: float | None = None
    if math.isfinite(raw_bound) and abs(raw_bound) < 1e300:
        bound = raw_bound  # None: stopped before the root LP gave a bound
    if lp_bound is not None:
        bound = lp_bound if bound is None else min(bound, lp_bound)
    if bound is not None:
        bound = max(bound, value) + 0.0
    status = (
        "optimal"
        if model_status == highspy.HighsModelStatus.kOptimal
        and _proves(bound, value, options.gap_tolerance)
        else "feasible"
    )
    history.append(Progress(seconds, value, bound))
    return Solution(
        status, plan, value, bound, seconds, "highs", greedy_obj, ls_obj, tuple(history), seating
    )
