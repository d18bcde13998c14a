"""The exact planner: a mixed-integer programme solved by HiGHS (highspy).

Model (stated in full in ``docs/planner.md``), with T teams, D weekdays, S sites:

- ``x[t,d]`` binary: team t has an anchor day on weekday d. Forbidden days
  get upper bound 0, fixed days lower bound 1 (presolve removes both).
- ``y[p,d]`` continuous in [0, 1]: both teams of pair p are in on day d.
  Weight > 0: ``y ≤ x[a,d]``, ``y ≤ x[b,d]`` (maximising pushes y up to
  min(x_a, x_b), so y is integral whenever x is). Weight < 0: ``y ≥ x[a,d] +
  x[b,d] − 1`` (maximising pushes y down to max(0, x_a + x_b − 1)).
  Weight 0 pairs and days one of the teams may not use get no variable.
- ``Σ_d x[t,d] = anchor_days[t]`` for every team.
- Capacity per site-day. When every team of a site has the same turnout τ,
  it is written in people with integer coefficients and a rounded-down
  right-hand side, ``Σ size[t] x[t,d] ≤ ⌊capacity / τ⌋`` — the same integer
  points but a tighter LP relaxation (a Chvátal–Gomory rounding); otherwise
  ``Σ τ_t size[t] x[t,d] ≤ capacity``.
- Symmetry breaking: teams that are interchangeable (same site, size,
  turnout, anchor days, preferences, fixed/forbidden days, collaborators)
  are ordered, ``Σ_d 2^(D−1−d) x[t1,d] ≥ Σ_d 2^(D−1−d) x[t2,d]``, so the
  solver does not explore every permutation of their days.
- Objective: maximise Σ size × preference × x + Σ weight × y.

The greedy + local-search plan is handed to HiGHS as its first incumbent
(``setSolution``), so a plan at least that good exists from the first
instant and prunes the tree; the search then improves it and proves the
bound until the gap tolerance or the time limit.
"""

from __future__ import annotations

import itertools
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np

from officeplanner.planner.arrays import Arrays, BoolArray, plan_score, to_arrays
from officeplanner.planner.greedy import greedy, local_search
from officeplanner.planner.objective import objective
from officeplanner.planner.problem import Problem
from officeplanner.planner.quiet_highs import quiet_highs, run_highs
from officeplanner.planner.result import Progress, Solution, Status

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
    #: Called from the solver's thread; keep it cheap.
    on_progress: ProgressCallback | None = None
    #: Set it to stop the search early (the GUI's Cancel); the best plan is kept.
    cancel: threading.Event | None = None


@dataclass(frozen=True)
class Model:
    """The MIP in index form, with where its variables live."""

    lp: highspy.HighsLp
    n_x: int
    y_pairs: np.ndarray[Any, np.dtype[np.int64]]  # pair index of each y column
    y_days: np.ndarray[Any, np.dtype[np.int64]]  # day of each y column
    symmetric_groups: list[list[int]]


def _symmetric_groups(problem: Problem, arrays: Arrays) -> list[list[int]]:
    partners: list[list[tuple[int, float]]] = [[] for _ in problem.teams]
    for a, b, w in zip(arrays.pair_a, arrays.pair_b, arrays.pair_w, strict=True):
        partners[int(a)].append((int(b), float(w)))
        partners[int(b)].append((int(a), float(w)))
    groups: dict[tuple[Any, ...], list[int]] = {}
    for t in range(arrays.n_teams):
        key = (
            int(arrays.site[t]),
            float(arrays.demand[t]),
            int(arrays.anchor[t]),
            tuple(arrays.value[t].tolist()),
            tuple(arrays.allowed[t].tolist()),
            tuple(arrays.fixed[t].tolist()),
            tuple(sorted(partners[t])),
        )
        groups.setdefault(key, []).append(t)
    return [g for g in groups.values() if len(g) > 1]


def build_model(problem: Problem, arrays: Arrays, options: SolveOptions) -> Model:
    n_t, n_d = arrays.value.shape
    n_x = n_t * n_d
    # -- pair columns
    y_pair: list[int] = []
    y_day: list[int] = []
    for p, (a, b, w) in enumerate(zip(arrays.pair_a, arrays.pair_b, arrays.pair_w, strict=True)):
        if w == 0:
            continue
        for d in range(n_d):
            if arrays.allowed[a, d] and arrays.allowed[b, d]:
                y_pair.append(p)
                y_day.append(d)
    yp = np.array(y_pair, dtype=np.int64)
    yd = np.array(y_day, dtype=np.int64)
    n_y = len(yp)
    cost = np.concatenate([arrays.value.ravel(), arrays.pair_w[yp] if n_y else np.zeros(0)])
    lower = np.concatenate([arrays.fixed.ravel().astype(np.float64), np.zeros(n_y)])
    upper = np.concatenate([arrays.allowed.ravel().astype(np.float64), np.ones(n_y)])
    integrality = [highspy.HighsVarType.kInteger] * n_x + [highspy.HighsVarType.kContinuous] * n_y

    starts: list[int] = [0]
    index: list[int] = []
    value: list[float] = []
    row_lo: list[float] = []
    row_hi: list[float] = []

    def row(cols: list[int], vals: list[float], lo: float, hi: float) -> None:
        index.extend(cols)
        value.extend(vals)
        starts.append(len(index))
        row_lo.append(lo)
        row_hi.append(hi)

    inf = highspy.kHighsInf
    for t in range(n_t):
        k = float(arrays.anchor[t])
        row(list(range(t * n_d, (t + 1) * n_d)), [1.0] * n_d, k, k)
    turnouts = [problem.team_turnout(tm) for tm in problem.teams]
    for s in range(len(arrays.site_names)):
        members = np.flatnonzero(arrays.site == s)
        if members.size == 0:
            continue
        taus = {turnouts[t] for t in members}
        for d in range(n_d):
            cols = [int(t) * n_d + d for t in members if arrays.allowed[t, d]]
            cap = float(arrays.capacity[s, d])
            if not cols:
                continue
            if options.tighten_capacity and len(taus) == 1:
                (tau,) = taus
                people = math.floor(cap / tau + 1e-9)
                sizes = [float(problem.teams[c // n_d].size) for c in cols]
                row(cols, sizes, -inf, float(people))
            else:
                row(cols, [float(arrays.demand[c // n_d]) for c in cols], -inf, cap)
    for j in range(n_y):
        p, d = int(yp[j]), int(yd[j])
        a, b = int(arrays.pair_a[p]), int(arrays.pair_b[p])
        ycol = n_x + j
        if arrays.pair_w[p] > 0:
            row([ycol, a * n_d + d], [1.0, -1.0], -inf, 0.0)
            row([ycol, b * n_d + d], [1.0, -1.0], -inf, 0.0)
        else:
            row([ycol, a * n_d + d, b * n_d + d], [1.0, -1.0, -1.0], -1.0, inf)
    groups = _symmetric_groups(problem, arrays) if options.symmetry_breaking else []
    code = [float(2 ** (n_d - 1 - d)) for d in range(n_d)]
    for g in groups:
        for t1, t2 in itertools.pairwise(g):
            row(
                [t1 * n_d + d for d in range(n_d)] + [t2 * n_d + d for d in range(n_d)],
                code + [-c for c in code],
                0.0,
                inf,
            )

    lp = highspy.HighsLp()
    lp.num_col_ = n_x + n_y
    lp.num_row_ = len(row_lo)
    lp.col_cost_ = cost
    lp.col_lower_ = lower
    lp.col_upper_ = upper
    lp.row_lower_ = np.array(row_lo)
    lp.row_upper_ = np.array(row_hi)
    lp.sense_ = highspy.ObjSense.kMaximize
    lp.integrality_ = integrality
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.num_col_ = n_x + n_y
    lp.a_matrix_.num_row_ = len(row_lo)
    lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(value)
    return Model(lp, n_x, yp, yd, groups)


def _columns(model: Model, arrays: Arrays, x: BoolArray) -> np.ndarray[Any, np.dtype[np.float64]]:
    """A full column vector (x and y) for plan ``x``, as a warm start."""
    xa, xb = (
        x[arrays.pair_a[model.y_pairs], model.y_days],
        x[arrays.pair_b[model.y_pairs], model.y_days],
    )
    y = (xa & xb).astype(np.float64)  # the product, whatever the weight's sign
    return np.concatenate([x.ravel().astype(np.float64), y])


def _order_symmetric(model: Model, x: BoolArray) -> BoolArray:
    """Permute interchangeable teams' days so the warm start obeys symmetry breaking."""
    x = x.copy()
    n_d = x.shape[1]
    weights = 2 ** np.arange(n_d - 1, -1, -1)
    for g in model.symmetric_groups:
        rows = x[g]
        order = np.argsort(-(rows @ weights), kind="stable")
        x[g] = rows[order]
    return x


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


def _interrupter(
    deadline: float, cancel: threading.Event | None
) -> Callable[[highspy.HighsCallbackEvent], None]:
    def check(e: highspy.HighsCallbackEvent) -> None:
        # HiGHS checks its time limit between phases; a large root LP can run on past
        # it, so the wall clock is also watched inside the simplex and the IPM.
        if time.perf_counter() > deadline or (cancel is not None and cancel.is_set()):
            e.interrupt()

    return check


def safe_bound(lp: highspy.HighsLp, row_duals: np.ndarray[Any, np.dtype[np.float64]]) -> float:
    """An upper bound on max c·x s.t. L ≤ Ax ≤ U, l ≤ x ≤ u that holds for *any* row
    multipliers λ (weak duality with the box kept):

        c·x = (c − Aᵀλ)·x + λ·Ax ≤ Σ_j max_{x_j ∈ [l_j, u_j]} (c − Aᵀλ)_j x_j
                                    + Σ_i max_{r_i ∈ [L_i, U_i]} λ_i r_i.

    So an interior-point solution that is only nearly optimal, or nearly dual
    feasible, still gives a rigorous bound — just a slightly weaker one.
    """
    lam = np.asarray(row_duals, dtype=np.float64).copy()
    lo, hi = np.asarray(lp.row_lower_), np.asarray(lp.row_upper_)
    lam[(lam > 0) & ~np.isfinite(hi)] = 0.0  # a side that is unbounded cannot be priced
    lam[(lam < 0) & ~np.isfinite(lo)] = 0.0
    starts = np.asarray(lp.a_matrix_.start_)
    rows = np.repeat(np.arange(len(starts) - 1), np.diff(starts))
    reduced = np.asarray(lp.col_cost_) - np.bincount(
        np.asarray(lp.a_matrix_.index_),
        weights=np.asarray(lp.a_matrix_.value_) * lam[rows],
        minlength=lp.num_col_,
    )
    cols = np.where(
        reduced > 0, reduced * np.asarray(lp.col_upper_), reduced * np.asarray(lp.col_lower_)
    )
    row_part = np.where(
        lam > 0, lam * np.where(np.isfinite(hi), hi, 0.0), lam * np.where(np.isfinite(lo), lo, 0.0)
    )
    return float(cols.sum() + row_part.sum())


def _lp_bound(model: Model, deadline: float, options: SolveOptions) -> float | None:
    """A proven upper bound from the LP relaxation (interior point, no crossover), or
    None when the time runs out first."""
    integrality = model.lp.integrality_
    model.lp.integrality_ = []
    h = quiet_highs()
    h.setOptionValue("threads", options.threads)
    h.setOptionValue("solver", "ipm")
    h.setOptionValue("run_crossover", "off")
    h.setOptionValue("time_limit", max(0.05, deadline - time.perf_counter()))
    h.passModel(model.lp)
    model.lp.integrality_ = integrality
    h.cbIpmInterrupt.subscribe(_interrupter(deadline, options.cancel))
    if not run_highs(h):
        return None
    sol = h.getSolution()
    if not sol.dual_valid:
        return None
    duals = np.asarray(sol.row_dual, dtype=np.float64)
    # Whatever HiGHS's sign convention for a maximisation, one of ±duals is the right
    # one and both give valid bounds: keep the smaller.
    return min(safe_bound(model.lp, duals), safe_bound(model.lp, -duals))


def _heuristic_answer(
    problem: Problem,
    x: BoolArray | None,
    lp_bound: float | None,
    seconds: float,
    greedy_obj: float | None,
    ls_obj: float | None,
    history: list[Progress],
) -> Solution:
    """The answer when the MIP did not run: plan ``x`` with the bound proven before."""
    if x is None:
        return Solution(
            "unknown", {}, None, None, seconds, "highs", greedy_obj, ls_obj, tuple(history)
        )
    plan = _plan_of(problem, x)
    value = objective(problem, plan)
    proven = None if lp_bound is None else max(lp_bound, value)
    history.append(Progress(seconds, value, proven))
    return Solution(
        "feasible", plan, value, proven, seconds, "highs", greedy_obj, ls_obj, tuple(history)
    )


def solve(problem: Problem, options: SolveOptions | None = None) -> Solution:
    """Solve the instance exactly (within the gap tolerance and time limit).

    On large models (``lp_first_columns``) HiGHS's root — LP and cut separation —
    can take most of the time limit, and the separation cannot be interrupted. So
    the LP relaxation is solved first (interruptibly): its optimum is a proven
    bound, and the MIP runs only if the time left is well above what the LP took;
    otherwise the answer is the greedy + local-search plan with that bound.
    """
    options = options or SolveOptions()
    started = time.perf_counter()
    if not problem.teams:
        return Solution("optimal", {}, 0.0, 0.0, 0.0, "highs")
    arrays = to_arrays(problem)
    g, ls = heuristic_plans(problem, arrays, options.local_search_time)
    greedy_obj = plan_score(arrays, g) if g is not None else None
    ls_obj = plan_score(arrays, ls) if ls is not None else None
    model = build_model(problem, arrays, options)
    deadline = started + options.time_limit
    history: list[Progress] = []
    lp_bound: float | None = None
    if model.lp.num_col_ >= options.lp_first_columns and ls is not None:
        history.append(Progress(time.perf_counter() - started, plan_score(arrays, ls), None))
        if options.on_progress is not None:
            options.on_progress(history[-1].seconds, history[-1].objective, None)
        lp_started = time.perf_counter()
        lp_bound = _lp_bound(model, deadline, options)
        lp_took = time.perf_counter() - lp_started
        now = time.perf_counter() - started
        if lp_bound is not None:
            history.append(Progress(now, history[-1].objective, lp_bound))
            if options.on_progress is not None:
                options.on_progress(now, history[-1].objective, lp_bound)
        cancelled = options.cancel is not None and options.cancel.is_set()
        if cancelled or deadline - time.perf_counter() < 2.5 * lp_took:
            return _heuristic_answer(problem, ls, lp_bound, now, greedy_obj, ls_obj, history)

    h = quiet_highs()
    h.setOptionValue("random_seed", options.seed)
    h.setOptionValue("threads", options.threads)
    h.setOptionValue("mip_rel_gap", options.gap_tolerance)
    remaining = max(0.05, options.time_limit - (time.perf_counter() - started))
    h.setOptionValue("time_limit", remaining)
    h.passModel(model.lp)

    offset = time.perf_counter() - started

    if ls is not None and options.warm_start:
        start = _order_symmetric(model, ls)
        sol = highspy.HighsSolution()
        sol.col_value = _columns(model, arrays, start)
        h.setSolution(sol)
        history.append(Progress(offset, plan_score(arrays, start), None))
        if options.on_progress is not None:
            options.on_progress(offset, history[-1].objective, None)

    last: list[float | None] = [None, None]

    def on_event(e: highspy.HighsCallbackEvent) -> None:
        out = e.data_out
        primal = float(out.mip_primal_bound) if abs(out.mip_primal_bound) < 1e300 else None
        dual = float(out.mip_dual_bound) if abs(out.mip_dual_bound) < 1e300 else None
        if (primal, dual) != (last[0], last[1]):
            last[0], last[1] = primal, dual
            now = offset + float(out.running_time)
            history.append(Progress(now, primal, dual))
            if options.on_progress is not None:
                options.on_progress(now, primal, dual)
        if options.cancel is not None and options.cancel.is_set():
            e.interrupt()

    h.cbMipInterrupt.subscribe(on_event)
    h.cbMipImprovingSolution.subscribe(on_event)
    h.cbSimplexInterrupt.subscribe(_interrupter(deadline, options.cancel))
    h.cbIpmInterrupt.subscribe(_interrupter(deadline, options.cancel))
    ran = run_highs(h)
    seconds = time.perf_counter() - started
    if not ran:
        # HiGHS refused the model: nothing it reports is a result, so the answer is
        # the warm start with only the bound proven before (if any).
        return _heuristic_answer(problem, ls, lp_bound, seconds, greedy_obj, ls_obj, history)
    model_status = h.getModelStatus()
    info = h.getInfo()
    status: Status
    if model_status == highspy.HighsModelStatus.kInfeasible:
        return Solution(
            "infeasible", {}, None, None, seconds, "highs", greedy_obj, ls_obj, tuple(history)
        )
    sol = h.getSolution()
    if not sol.value_valid:
        return Solution(
            "unknown", {}, None, None, seconds, "highs", greedy_obj, ls_obj, tuple(history)
        )
    cols = np.asarray(sol.col_value)[: model.n_x].reshape(arrays.value.shape)
    x = cols > 0.5
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
    status = "optimal" if model_status == highspy.HighsModelStatus.kOptimal else "feasible"
    if status == "optimal" and (
        bound is None or bound - value > options.gap_tolerance * max(abs(value), 1e-9) + 1e-9
    ):
        status = "feasible"
    history.append(Progress(seconds, value, bound))
    return Solution(
        status, plan, value, bound, seconds, "highs", greedy_obj, ls_obj, tuple(history)
    )
