"""Re-planning one site at a time: the sub-instance is exact, and plans only get better."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import numpy as np
import pytest

from officeplanner.planner.arrays import Arrays, BoolArray, plan_score, to_arrays
from officeplanner.planner.exact import SolveOptions, heuristic_plans, solve
from officeplanner.planner.generate import random_problem
from officeplanner.planner.objective import plan_problems
from officeplanner.planner.problem import Problem
from officeplanner.planner.site_search import improve_by_site, site_instance


def _start(problem: Problem) -> tuple[Arrays, BoolArray]:
    """The instance's arrays and its greedy + local-search plan, where the search starts."""
    arrays = to_arrays(problem)
    _, start = heuristic_plans(problem, arrays, 0.1)
    assert start is not None
    return arrays, start


@pytest.mark.parametrize("seed", range(5))
def test_a_sites_sub_instance_scores_every_change_as_the_whole_instance(seed: int) -> None:
    """Whatever the site's teams do, the sub-instance's score moves exactly as the
    whole instance's does: partners elsewhere are constants, pairs inside stay pairs."""
    problem = random_problem(90, seed=seed, teams_per_site=30)
    arrays = to_arrays(problem)
    rng = np.random.default_rng(seed)
    x = rng.random(arrays.value.shape) < 0.4
    for site in range(len(arrays.site_names)):
        sub = site_instance(arrays, x, site)
        assert set(sub.teams.tolist()) == set(np.flatnonzero(arrays.site == site).tolist())
        for _ in range(5):
            y = x.copy()
            y[sub.teams] = rng.random((sub.teams.size, arrays.n_days)) < 0.4
            whole = plan_score(arrays, y) - plan_score(arrays, x)
            part = plan_score(sub.arrays, y[sub.teams]) - plan_score(sub.arrays, x[sub.teams])
            assert part == pytest.approx(whole, abs=1e-9)
        assert np.all(sub.arrays.capacity[0] == arrays.capacity[site])


@pytest.mark.parametrize("seed", [0, 3, 4])
def test_independent_sites_reach_the_optimum_and_stop_early(seed: int) -> None:
    """With no pair across sites each site is its own problem: solving every site
    exactly is solving the whole, and nothing is left to do before the time limit."""
    problem = random_problem(16, seed=seed, teams_per_site=8)
    problem = replace(
        problem,
        collaboration=tuple(
            p
            for p in problem.collaboration
            if problem.teams[problem.team_index(p.teams[0])].site
            == problem.teams[problem.team_index(p.teams[1])].site
        ),
    )
    arrays = to_arrays(problem)
    _, start = heuristic_plans(problem, arrays, 0.2)
    assert start is not None
    began = time.perf_counter()
    improved = improve_by_site(arrays, start, began + 60.0, gap=0.0)
    assert time.perf_counter() - began < 30.0
    exact = solve(problem, SolveOptions(time_limit=60.0, gap_tolerance=0.0, site_search=False))
    assert exact.status == "optimal" and exact.objective is not None
    assert plan_score(arrays, improved) == pytest.approx(exact.objective, abs=1e-6)


def test_the_plan_never_gets_worse_and_keeps_every_rule() -> None:
    problem = random_problem(120, seed=3, teams_per_site=30)
    arrays, start = _start(problem)
    seen: list[float] = []
    improved = improve_by_site(
        arrays, start, time.perf_counter() + 3.0, on_better=lambda s, v: seen.append(v)
    )
    assert plan_score(arrays, improved) > plan_score(arrays, start) + 1.0
    assert seen == sorted(seen)
    if seen:
        assert seen[-1] == pytest.approx(plan_score(arrays, improved))
    plan = {
        t.name: tuple(d for j, d in enumerate(problem.weekdays) if improved[i, j])
        for i, t in enumerate(problem.teams)
    }
    assert plan_problems(problem, plan) == []


def test_cancel_during_the_search_keeps_what_it_found() -> None:
    arrays, start = _start(random_problem(240, seed=5, teams_per_site=30))
    cancel = threading.Event()
    seen: list[float] = []

    def first_then_stop(_seconds: float, value: float) -> None:
        seen.append(value)
        cancel.set()

    began = time.perf_counter()
    out = improve_by_site(arrays, start, began + 60.0, cancel=cancel, on_better=first_then_stop)
    assert time.perf_counter() - began < 10.0
    assert len(seen) == 1
    assert plan_score(arrays, out) == pytest.approx(seen[0])


def test_many_sites_and_little_time_still_get_visits() -> None:
    """Less time than the minimum per site for every site: the first sites get their
    minimum rather than the search giving up at once."""
    arrays, start = _start(random_problem(300, seed=6, teams_per_site=15))
    assert len(arrays.site_names) * 0.05 > 0.6
    began = time.perf_counter()
    improve_by_site(arrays, start, began + 0.6)
    assert time.perf_counter() - began > 0.3


def test_cancel_stops_the_site_search_with_its_plan() -> None:
    arrays, start = _start(random_problem(120, seed=5, teams_per_site=30))
    cancel = threading.Event()
    cancel.set()
    began = time.perf_counter()
    out = improve_by_site(arrays, start, began + 30.0, cancel=cancel)
    assert time.perf_counter() - began < 5.0
    assert np.array_equal(out, start)


def test_several_sites_with_cross_site_partners_give_a_valid_proven_answer() -> None:
    """The multi-site path (LP bound, site search, then the whole MIP) on an instance
    small enough to prove: the answer is optimal and bounded by its own bound."""
    problem = random_problem(16, seed=2, teams_per_site=8)
    cross = [
        p
        for p in problem.collaboration
        if problem.teams[problem.team_index(p.teams[0])].site
        != problem.teams[problem.team_index(p.teams[1])].site
    ]
    assert cross, "the instance must have pairs across sites"
    solution = solve(problem, SolveOptions(time_limit=60.0, gap_tolerance=0.0))
    assert solution.status == "optimal"
    assert solution.objective is not None and solution.bound is not None
    assert solution.bound == pytest.approx(solution.objective, abs=1e-6)
    assert plan_problems(problem, solution.plan) == []
    # The same instance through the MIP alone (no site search first) agrees.
    alone = solve(problem, SolveOptions(time_limit=60.0, gap_tolerance=0.0, site_search=False))
    assert alone.objective == pytest.approx(solution.objective, abs=1e-6)
