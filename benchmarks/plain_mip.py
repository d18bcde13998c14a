"""The issue's reference point: the straightforward model, solved by HiGHS as it comes.

Issue 5 sets its proof targets against "a straightforward model solved with
HiGHS" (17 s to prove optimality at 250 teams, 31 s at 1,000, on the issue
author's instances). How hard an instance is depends on the instance far more
than on the machine, so the benchmark solves that same straightforward model on
*its own* instances too, in the same run: no warm start, no symmetry breaking,
no capacity rounding, no site search, HiGHS's default settings on one thread.
Then "better by formulation, warm start and symmetry breaking" is a ratio
measured on one instance, one machine and one run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import highspy

from officeplanner.planner.arrays import to_arrays
from officeplanner.planner.model import build_model
from officeplanner.planner.problem import Problem
from officeplanner.planner.quiet_highs import quiet_highs
from officeplanner.planner.result import Progress
from officeplanner.planner.seat_model import seat_index


@dataclass(frozen=True)
class PlainRun:
    seconds: float
    optimal: bool
    objective: float | None
    bound: float | None
    #: Each time HiGHS reported progress, as the planner's own ``Solution.history``.
    history: tuple[Progress, ...]

    @property
    def gap(self) -> float | None:
        if self.objective is None or self.bound is None:
            return None
        return max(0.0, self.bound - self.objective) / max(abs(self.objective), 1e-9)


def _finite(v: float) -> float | None:
    return v if abs(v) < 1e20 else None


def solve_plain(problem: Problem, time_limit: float) -> PlainRun:
    """Build the model without any of the planner's strengthening and let HiGHS run."""
    started = time.perf_counter()
    # Seated by zone (--zone-desks), the same seating rows as the planner's, or the two
    # would solve different problems.
    seats = seat_index(problem) if problem.seats_by_zone else None
    model = build_model(
        to_arrays(problem), symmetry_breaking=False, tighten_capacity=False, seats=seats
    )
    h = quiet_highs()  # no banner; otherwise HiGHS's defaults
    h.setOptionValue("threads", 1)
    h.setOptionValue("time_limit", time_limit)
    h.passModel(model.lp)
    history: list[Progress] = []

    def seen(e: highspy.HighsCallbackEvent) -> None:
        out = e.data_out
        history.append(
            Progress(
                time.perf_counter() - started,
                _finite(out.objective_function_value),
                _finite(out.mip_dual_bound),
            )
        )

    h.cbMipImprovingSolution.subscribe(seen)
    h.cbMipInterrupt.subscribe(seen)
    h.run()
    seconds = time.perf_counter() - started
    info = h.getInfo()
    optimal = h.getModelStatus() == highspy.HighsModelStatus.kOptimal
    objective = _finite(info.objective_function_value) if info.primal_solution_status else None
    bound = _finite(info.mip_dual_bound)
    if objective is not None and bound is not None:
        history.append(Progress(seconds, objective, bound))
    return PlainRun(seconds, optimal, objective, bound, tuple(history))
