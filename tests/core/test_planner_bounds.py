"""The bounds the planner reports are proven: never below the true optimum."""

from __future__ import annotations

import time

import pytest

from officeplanner.planner import exact
from officeplanner.planner.arrays import to_arrays
from officeplanner.planner.bounds import by_site_bound, lp_bound_of
from officeplanner.planner.exact import SolveOptions, solve
from officeplanner.planner.generate import random_problem
from officeplanner.planner.model import build_model
from officeplanner.planner.objective import plan_problems
from tests.core.test_planner_solve import brute_force, small_problem


def _two_sites_that_fit(seed: int) -> bool:
    problem = small_problem(seed)
    site = {t.name: t.site for t in problem.teams}
    return (
        len(problem.sites) == 2
        and any(site[p.teams[0]] != site[p.teams[1]] for p in problem.collaboration)
        and brute_force(problem) is not None
    )


#: small_problem seeds with two sites, a pair across them and a plan that fits.
TWO_SITE_SEEDS = [seed for seed in range(300) if _two_sites_that_fit(seed)][:12]


def test_there_are_two_site_instances_to_check() -> None:
    assert len(TWO_SITE_SEEDS) >= 8


@pytest.mark.parametrize("seed", TWO_SITE_SEEDS)
def test_the_by_site_bound_is_at_least_the_optimum(seed: int) -> None:
    problem = small_problem(seed)
    expected = brute_force(problem)
    bound = by_site_bound(to_arrays(problem), time.perf_counter() + 30.0)
    assert bound is not None and expected is not None
    assert bound >= expected - 1e-6


def test_the_by_site_bound_is_never_tighter_than_the_whole_lp() -> None:
    """It relaxes the whole LP (pairs across sites counted as always meeting), so it
    can only be above it; how far above is what the benchmark measures."""
    arrays = to_arrays(random_problem(120, seed=4, teams_per_site=30))
    whole = lp_bound_of(build_model(arrays), time.perf_counter() + 30.0)
    by_site = by_site_bound(arrays, time.perf_counter() + 30.0)
    assert whole is not None and by_site is not None
    assert by_site >= whole - 1e-6 * abs(whole)


@pytest.mark.parametrize("seed", TWO_SITE_SEEDS[:6])
def test_a_solve_that_takes_its_bound_by_site_bounds_the_optimum(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exact, "_BY_SITE_BOUND_COLUMNS", 1)
    problem = small_problem(seed)
    expected = brute_force(problem)
    solution = solve(problem, SolveOptions(time_limit=5.0, lp_first_columns=1))
    assert expected is not None
    if solution.objective is None:
        return  # greedy found nothing and the whole MIP does not run: no claim to check
    assert plan_problems(problem, solution.plan) == []
    assert solution.bound is not None
    assert solution.bound >= expected - 1e-6 >= solution.objective - 2e-6
