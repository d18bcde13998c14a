"""Proven upper bounds for the planning MIP, for the gap the planner reports.

Why a module of its own: the bound must hold whatever the solver did, so it is
computed from LP duals through weak duality (``safe_bound``), which stays valid
for a nearly-converged interior point or any other multipliers. The whole LP is
the tightest bound here, but its interior point grows faster than the model (2.2 s
at 1,000 teams, 5.8 s at 2,000, 35 s at 5,000 on the benchmark's instances), so
a very large instance gets ``by_site_bound``: one small LP per site, with each
pair across sites counted as if it met on every day it could.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import highspy
import numpy as np

from officeplanner.planner.arrays import Arrays
from officeplanner.planner.model import Model, build_model
from officeplanner.planner.quiet_highs import quiet_highs, run_highs, stop_at
from officeplanner.planner.site_search import site_instance


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


def lp_bound_of(
    model: Model, deadline: float, *, threads: int = 1, cancel: threading.Event | None = None
) -> float | None:
    """A proven upper bound from the LP relaxation (interior point, no crossover), or
    None when the time runs out first."""
    integrality = model.lp.integrality_
    model.lp.integrality_ = []
    h = quiet_highs()
    h.setOptionValue("threads", threads)
    h.setOptionValue("solver", "ipm")
    h.setOptionValue("run_crossover", "off")
    h.setOptionValue("time_limit", max(0.05, deadline - time.perf_counter()))
    h.passModel(model.lp)
    model.lp.integrality_ = integrality
    stop_at(h, deadline, cancel)
    if not run_highs(h):
        return None
    sol = h.getSolution()
    if not sol.dual_valid:
        return None
    duals = np.asarray(sol.row_dual, dtype=np.float64)
    # Whatever HiGHS's sign convention for a maximisation, one of ±duals is the right
    # one and both give valid bounds: keep the smaller.
    return min(safe_bound(model.lp, duals), safe_bound(model.lp, -duals))


def by_site_bound(
    arrays: Arrays, deadline: float, *, threads: int = 1, cancel: threading.Event | None = None
) -> float | None:
    """A proven upper bound from one LP per site, or None when the time runs out.

    Valid because the objective splits into each site's own part (its teams'
    values and the pairs inside it) and the pairs across sites, and a pair across
    sites of weight w > 0 is worth at most w × the days both teams may be in
    together, limited by the anchor days of each (w ≤ 0: at most w × the days they
    must share). Weaker than the whole LP by what the LP knows about those pairs;
    far cheaper, since no LP links the sites.
    """
    cross = arrays.site[arrays.pair_a] != arrays.site[arrays.pair_b]
    a, b = arrays.pair_a[cross], arrays.pair_b[cross]
    w = arrays.pair_w[cross]
    together = (arrays.allowed[a] & arrays.allowed[b]).sum(axis=1)
    most = np.minimum(np.minimum(arrays.anchor[a], arrays.anchor[b]), together)
    # Days the two must share whatever they choose: their common fixed days, or more
    # anchor days between them than days either may use.
    either = (arrays.allowed[a] | arrays.allowed[b]).sum(axis=1)
    least = np.maximum(
        (arrays.fixed[a] & arrays.fixed[b]).sum(axis=1),
        np.maximum(arrays.anchor[a] + arrays.anchor[b] - either, 0),
    )
    total = float(np.where(w > 0, w * most, w * least).sum())
    for s in range(len(arrays.site_names)):
        if not np.any(arrays.site == s):
            continue
        part = lp_bound_of(
            build_model(site_instance(arrays, None, s).arrays, symmetry_breaking=False),
            deadline,
            threads=threads,
            cancel=cancel,
        )
        if part is None:
            return None
        total += part
    return total
