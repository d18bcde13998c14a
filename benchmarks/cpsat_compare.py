"""The same model in OR-Tools CP-SAT, only to measure it against HiGHS (not shipped).

Run: ``.venv/bin/python benchmarks/cpsat_compare.py [--sizes 25 250 1000]`` (needs
``pip install ortools``). CP-SAT needs integer coefficients: preferences (two
decimals in the generated instances) and weights are scaled by 100, so its
optimum equals the model's. Same warm start (greedy + local search as a hint).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# ortools bundles its own HiGHS: loading it and highspy in one process fails on clashing
# symbols, so this script must not import officeplanner.planner.exact.
from ortools.sat.python import cp_model

from officeplanner.planner.arrays import to_arrays
from officeplanner.planner.generate import random_problem
from officeplanner.planner.greedy import greedy, local_search


def solve_cpsat(n: int, time_limit: float, workers: int, seed: int) -> str:
    problem = random_problem(n, seed=seed)
    started = time.perf_counter()
    a = to_arrays(problem)
    g = greedy(a)
    ls = local_search(a, g, time_limit=0.5) if g is not None else None
    m = cp_model.CpModel()
    t_n, d_n = a.value.shape
    x = [[m.new_bool_var(f"x{t}_{d}") for d in range(d_n)] for t in range(t_n)]
    obj = []
    for t in range(t_n):
        m.add(sum(x[t]) == int(a.anchor[t]))
        for d in range(d_n):
            if not a.allowed[t, d]:
                m.add(x[t][d] == 0)
            if a.fixed[t, d]:
                m.add(x[t][d] == 1)
            obj.append(round(100 * a.value[t, d]) * x[t][d])
            if ls is not None:
                m.add_hint(x[t][d], bool(ls[t, d]))
    for s in range(len(a.site_names)):
        for d in range(d_n):
            members = [t for t in range(t_n) if a.site[t] == s]
            sizes = [problem.teams[t].size for t in members]
            m.add(
                sum(sz * x[t][d] for sz, t in zip(sizes, members, strict=True))
                <= int(a.capacity[s, d] / problem.turnout + 1e-9)
            )
    for p in range(len(a.pair_w)):
        i, j, w = int(a.pair_a[p]), int(a.pair_b[p]), float(a.pair_w[p])
        for d in range(d_n):
            y = m.new_bool_var("")
            m.add_implication(y, x[i][d])
            m.add_implication(y, x[j][d])
            obj.append(round(100 * w) * y)
            if ls is not None:
                m.add_hint(y, bool(ls[i, d] and ls[j, d]))
    m.maximize(sum(obj))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, time_limit - (time.perf_counter() - started))
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    status = solver.solve(m)
    wall = time.perf_counter() - started
    value = solver.objective_value / 100
    bound = solver.best_objective_bound / 100
    gap = (bound - value) / value if value else float("nan")
    return (
        f"{n:>6} {workers:>3} {wall:>7.2f} {solver.status_name(status):>9} {gap:>8.3%} "
        f"{value:>11.2f} {bound:>11.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 250, 1000])
    parser.add_argument("--time-limit", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(
        f"{'teams':>6} {'wk':>3} {'time s':>7} {'status':>9} {'gap':>8} {'objective':>11} "
        f"{'bound':>11}"
    )
    for n in args.sizes:
        print(solve_cpsat(n, args.time_limit, args.workers, args.seed), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
