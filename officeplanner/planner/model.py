"""The anchor-day MIP in index form (``docs/planner.md`` states it in full).

With T teams, D weekdays, S sites:

- ``x[t,d]`` binary: team t has an anchor day on weekday d. Forbidden days
  get upper bound 0, fixed days lower bound 1.
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

It is built from :class:`Arrays` alone, so the same builder serves the whole
instance (``exact.solve``) and one site with everyone else's days fixed
(``site_search``).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

import highspy
import numpy as np

from officeplanner.planner.arrays import Arrays, BoolArray, partner_lists
from officeplanner.planner.objective import CAPACITY_EPS
from officeplanner.planner.seat_model import SeatColumns, SeatIndex, add_seating


@dataclass(frozen=True)
class Model:
    """The MIP in index form, with where its variables live."""

    lp: highspy.HighsLp
    n_x: int
    y_pairs: np.ndarray[Any, np.dtype[np.int64]]  # pair index of each y column
    y_days: np.ndarray[Any, np.dtype[np.int64]]  # day of each y column
    symmetric_groups: list[list[int]]
    #: The seating columns (``seat_model.py``) when teams are seated by zone.
    seats: SeatColumns | None = None


def _symmetric_groups(arrays: Arrays) -> list[list[int]]:
    partners = partner_lists(arrays)
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


def build_model(
    arrays: Arrays,
    *,
    symmetry_breaking: bool = True,
    tighten_capacity: bool = True,
    seats: SeatIndex | None = None,
) -> Model:
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
    for s in range(len(arrays.site_names)):
        members = np.flatnonzero(arrays.site == s)
        if members.size == 0:
            continue
        taus = {float(arrays.turnout[t]) for t in members}
        for d in range(n_d):
            cols = [int(t) * n_d + d for t in members if arrays.allowed[t, d]]
            # The tolerance every plan is checked with (objective.overloads): the model
            # must admit each plan that check admits, or its bound could be too low.
            cap = float(arrays.capacity[s, d])
            cap += CAPACITY_EPS * max(1.0, cap)
            if not cols:
                continue
            if tighten_capacity and len(taus) == 1:
                (tau,) = taus
                people = math.floor(cap / tau + 1e-9)
                sizes = [float(arrays.size[c // n_d]) for c in cols]
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
    groups = _symmetric_groups(arrays) if symmetry_breaking else []
    code = [float(2 ** (n_d - 1 - d)) for d in range(n_d)]
    for g in groups:
        for t1, t2 in itertools.pairwise(g):
            row(
                [t1 * n_d + d for d in range(n_d)] + [t2 * n_d + d for d in range(n_d)],
                code + [-c for c in code],
                0.0,
                inf,
            )

    seat_cols = (
        add_seating(seats, arrays.demand, arrays.allowed, n_x + n_y, row)
        if seats is not None and seats.any
        else None
    )
    if seat_cols is not None:
        n_s = len(seat_cols.lower)
        cost = np.concatenate([cost, np.zeros(n_s)])
        lower = np.concatenate([lower, seat_cols.lower])
        upper = np.concatenate([upper, seat_cols.upper])
        integrality += [
            highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous
            for i in seat_cols.integer
        ]
    n_cols = len(cost)

    lp = highspy.HighsLp()
    lp.num_col_ = n_cols
    lp.num_row_ = len(row_lo)
    lp.col_cost_ = cost
    lp.col_lower_ = lower
    lp.col_upper_ = upper
    lp.row_lower_ = np.array(row_lo)
    lp.row_upper_ = np.array(row_hi)
    lp.sense_ = highspy.ObjSense.kMaximize
    lp.integrality_ = integrality
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.num_col_ = n_cols
    lp.a_matrix_.num_row_ = len(row_lo)
    lp.a_matrix_.start_ = np.array(starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(value)
    return Model(lp, n_x, yp, yd, groups, seat_cols)


def start_columns(
    model: Model, arrays: Arrays, x: BoolArray
) -> np.ndarray[Any, np.dtype[np.float64]]:
    """A full column vector (x and y) for plan ``x``, as a warm start; interchangeable
    teams' days are re-ordered so that it obeys the symmetry breaking."""
    x = order_symmetric(model, x)
    xa, xb = (
        x[arrays.pair_a[model.y_pairs], model.y_days],
        x[arrays.pair_b[model.y_pairs], model.y_days],
    )
    y = (xa & xb).astype(np.float64)  # the product, whatever the weight's sign
    return np.concatenate([x.ravel().astype(np.float64), y])


def order_symmetric(model: Model, x: BoolArray) -> BoolArray:
    """Permute interchangeable teams' days so the warm start obeys symmetry breaking."""
    ordered: BoolArray = x[symmetric_order(model, x)]
    return ordered


def symmetric_order(model: Model, x: BoolArray) -> np.ndarray[Any, np.dtype[np.int64]]:
    """The team whose days (and, when seated, area) each team takes so that the plan
    obeys the symmetry breaking: interchangeable teams sorted by their days' code."""
    order = np.arange(x.shape[0])
    weights = 2 ** np.arange(x.shape[1] - 1, -1, -1)
    for g in model.symmetric_groups:
        order[g] = np.asarray(g)[np.argsort(-(x[g] @ weights), kind="stable")]
    return order


#: HiGHS settings for this model, measured on the benchmark's instances (2026-12-06,
#: benchmarks/README.md): the root's cut separation found thousands of cuts that
#: moved the bound by under 0.1 % while delaying the first sub-MIP heuristic by a
#: second; a small cut pool (``mip_pool_soft_limit``) and more heuristic effort
#: proved the 25-team instance in about half the time and let a site's sub-MIP
#: improve within 0.5 s instead of 1 s. Presolve finds almost nothing to remove here.
TUNED_MIP_OPTIONS: dict[str, int | float | str] = {
    "mip_pool_soft_limit": 10,
    "mip_heuristic_effort": 0.5,
    "presolve": "off",
}


def configure_mip(
    h: highspy.Highs, *, threads: int, seed: int, gap: float, time_limit: float
) -> None:
    """The options every MIP solve of this model uses."""
    h.setOptionValue("threads", threads)
    h.setOptionValue("random_seed", seed)
    h.setOptionValue("mip_rel_gap", gap)
    h.setOptionValue("time_limit", max(0.01, time_limit))
    for name, value in TUNED_MIP_OPTIONS.items():
        h.setOptionValue(name, value)
