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
from officeplanner.planner.problem import Pair, Problem, Site, Team
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


def _edge_capacity_problem() -> Problem:
    """Site A's Monday holds 999.99995 desks: T0 (2,000 people at turnout 0.5, 1,000
    desks) fits only within the tolerance every plan is checked with (1e-7 relative)."""
    days = ("Mon", "Tue")
    teams = (
        Team("T0", "A", 2000, 1, {"Mon": 1.6, "Tue": 0.0}),
        Team("T1", "A", 1000, 1, {"Mon": 1.6, "Tue": 0.0}),
        Team("T2", "A", 1000, 1, {"Mon": 1.6, "Tue": 0.0}),
        Team("U", "B", 4, 1, {"Mon": 1.0, "Tue": 0.5}),
    )
    sites = {
        "A": Site("A", {"Mon": 999.99995, "Tue": 5000.0}),
        "B": Site("B", {"Mon": 10.0, "Tue": 10.0}),
    }
    return Problem(days, sites, teams, (), 0.5)


@pytest.mark.parametrize("by_site", [False, True])
def test_a_plan_at_the_edge_of_the_capacity_tolerance_is_in_the_model(
    by_site: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model admits every plan the plan check admits, so neither its bound nor its
    optimum misses one (the model rounded the capacity down without the tolerance:
    bound 3,202.4 below the optimum 3,204, and the plan 3,202 called optimal)."""
    problem = _edge_capacity_problem()
    expected = brute_force(problem)
    assert expected == pytest.approx(3204.0)
    arrays = to_arrays(problem)
    assert by_site_bound(arrays, time.perf_counter() + 30.0) >= expected - 1e-6
    assert lp_bound_of(build_model(arrays), time.perf_counter() + 30.0) >= expected - 1e-6
    if by_site:
        monkeypatch.setattr(exact, "_BY_SITE_BOUND_COLUMNS", 1)
    solution = solve(problem, SolveOptions(time_limit=10.0, lp_first_columns=1))
    assert solution.objective == pytest.approx(expected)
    assert plan_problems(problem, solution.plan) == []


def test_a_pair_across_sites_that_must_meet_counts_in_the_by_site_bound() -> None:
    """Both teams are fixed on Wednesday and do not want to meet (weight −7): the bound
    counts the forced meeting instead of taking the pair as worth at most 0."""
    days = ("Mon", "Tue", "Wed")
    teams = (
        Team("A1", "A", 3, 1, {"Mon": 0.9, "Tue": 0.2, "Wed": 0.4}, ("Wed",)),
        Team("B1", "B", 4, 1, {"Mon": 0.1, "Tue": 0.6, "Wed": 0.3}, ("Wed",)),
    )
    sites = {s: Site(s, dict.fromkeys(days, 10.0)) for s in ("A", "B")}
    problem = Problem(days, sites, teams, (Pair(("A1", "B1"), -7.0),), 0.85)
    expected = brute_force(problem)
    assert expected == pytest.approx(3 * 0.4 + 4 * 0.3 - 7.0)
    bound = by_site_bound(to_arrays(problem), time.perf_counter() + 30.0)
    assert bound == pytest.approx(expected)
