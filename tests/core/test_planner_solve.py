"""The exact planner against brute force on small instances, and its plans' validity."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from officeplanner.planner.arrays import plan_score, to_arrays
from officeplanner.planner.exact import SolveOptions, solve
from officeplanner.planner.generate import random_problem
from officeplanner.planner.greedy import greedy, local_search
from officeplanner.planner.objective import load, objective, overloads, plan_problems
from officeplanner.planner.problem import Pair, Problem, Site, Team

EXACT = SolveOptions(time_limit=20.0, gap_tolerance=0.0)


def small_problem(seed: int) -> Problem:
    """3–4 teams, 3–4 days, 1–2 sites, tight capacity, any-sign pair weights, per-team turnout."""
    rng = random.Random(seed)
    days = ("Mon", "Tue", "Wed", "Thu")[: rng.choice([3, 4])]
    sites = ["A", "B"][: rng.choice([1, 2])]
    teams = []
    for i in range(rng.choice([3, 4])):
        k = rng.randint(1, len(days) - 1)
        forbidden = tuple(d for d in days if rng.random() < 0.15)[: len(days) - k]
        free = [d for d in days if d not in forbidden]
        fixed = tuple(d for d in free if rng.random() < 0.15)[:k]
        teams.append(
            Team(
                f"T{i}",
                rng.choice(sites),
                rng.randint(1, 12),
                k,
                {d: round(rng.uniform(-0.2, 1.0), 2) for d in days},
                fixed,
                forbidden,
                rng.choice([None, None, 0.5, 1.0]),
            )
        )
    caps = {}
    for s in sites:
        total = sum(0.85 * t.size * t.anchor_days for t in teams if t.site == s)
        caps[s] = Site(s, {d: round(rng.uniform(0.25, 0.8) * total, 1) for d in days})
    pairs = []
    for a, b in itertools.combinations(range(len(teams)), 2):
        if rng.random() < 0.6:
            pairs.append(Pair((teams[a].name, teams[b].name), rng.choice([-2.0, 1.0, 2.5, 6.0])))
    return Problem(days, caps, tuple(teams), tuple(pairs), 0.85)


def brute_force(problem: Problem) -> float | None:
    """The best objective over every plan that fits, or None when none does."""
    options = []
    for t in problem.teams:
        allowed = problem.allowed_days(t)
        options.append(
            [
                combo
                for combo in itertools.combinations(allowed, t.anchor_days)
                if set(t.fixed) <= set(combo)
            ]
        )
    best = None
    names = [t.name for t in problem.teams]
    for choice in itertools.product(*options):
        plan = dict(zip(names, choice, strict=True))
        if overloads(problem, plan):
            continue
        value = objective(problem, plan)
        if best is None or value > best:
            best = value
    return best


@pytest.mark.parametrize("seed", range(60))
def test_matches_brute_force(seed: int) -> None:
    problem = small_problem(seed)
    expected = brute_force(problem)
    solution = solve(problem, EXACT)
    if expected is None:
        assert solution.status == "infeasible"
        assert solution.plan == {}
        return
    assert solution.status == "optimal"
    assert plan_problems(problem, solution.plan) == []
    assert solution.objective == pytest.approx(expected, abs=1e-6)
    assert solution.objective == pytest.approx(objective(problem, solution.plan))
    assert solution.bound is not None and solution.bound >= expected - 1e-6


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=1000, max_value=10**6))
def test_matches_brute_force_hypothesis(seed: int) -> None:
    problem = small_problem(seed)
    expected = brute_force(problem)
    solution = solve(problem, EXACT)
    if expected is None:
        assert solution.status == "infeasible"
    else:
        assert solution.objective == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize("seed", range(3))
def test_larger_plans_respect_every_rule(seed: int) -> None:
    problem = random_problem(40, seed=seed, teams_per_site=20)
    solution = solve(problem, SolveOptions(time_limit=2.0))
    assert solution.status in {"optimal", "feasible"}
    assert plan_problems(problem, solution.plan) == []
    for site, days in load(problem, solution.plan).items():
        for d, used in days.items():
            assert used <= problem.sites[site].capacity[d] + 1e-6
    for team in problem.teams:
        assert set(team.fixed) <= set(solution.plan[team.name])
        assert not set(team.forbidden) & set(solution.plan[team.name])
    assert solution.local_search_objective is not None
    assert solution.objective is not None
    assert solution.objective >= solution.local_search_objective - 1e-6
    assert solution.bound is not None and solution.bound >= solution.objective
    assert solution.gap is not None and solution.gap >= 0


@pytest.mark.parametrize("seed", range(5))
def test_greedy_and_local_search_are_valid(seed: int) -> None:
    problem = random_problem(60, seed=seed)
    arrays = to_arrays(problem)
    g = greedy(arrays)
    assert g is not None
    better = local_search(arrays, g, time_limit=1.0)
    for x in (g, better):
        plan = {
            t.name: tuple(d for j, d in enumerate(problem.weekdays) if x[i, j])
            for i, t in enumerate(problem.teams)
        }
        assert plan_problems(problem, plan) == []
        assert plan_score(arrays, x) == pytest.approx(objective(problem, plan))
    assert plan_score(arrays, better) >= plan_score(arrays, g)


def test_identical_teams_with_symmetry_breaking_keep_the_optimum() -> None:
    days = ("Mon", "Tue", "Wed")
    pref = {"Mon": 0.2, "Tue": 0.9, "Wed": 0.5}
    teams = tuple(Team(f"T{i}", "S", 5, 1, pref) for i in range(6))
    problem = Problem(days, {"S": Site("S", dict.fromkeys(days, 9.0))}, teams)
    # 4.25 desks per team: two teams per day fit; Tue and Wed take two each, Mon two.
    solution = solve(problem, EXACT)
    assert solution.objective == pytest.approx(brute_force(problem))
    on = {d: sum(d in days_ for days_ in solution.plan.values()) for d in days}
    assert on == {"Mon": 2, "Tue": 2, "Wed": 2}


def test_cancel_keeps_the_warm_start_plan() -> None:
    import threading

    problem = random_problem(120, seed=4)
    stop = threading.Event()
    stop.set()
    seen: list[float] = []
    solution = solve(
        problem,
        SolveOptions(time_limit=30.0, cancel=stop, on_progress=lambda s, o, b: seen.append(s)),
    )
    assert solution.status in {"feasible", "optimal"}
    assert plan_problems(problem, solution.plan) == []
    assert seen and seen[0] < 1.0
    assert solution.seconds < 10.0


def test_no_teams_is_an_empty_optimal_plan() -> None:
    problem = Problem(("Mon",), {"S": Site("S", {"Mon": 3.0})}, ())
    solution = solve(problem)
    assert (solution.status, solution.objective, solution.plan) == ("optimal", 0.0, {})
    assert solution.to_json(problem)["load"] == {}


def test_safe_bound_is_valid_for_any_multipliers() -> None:
    import highspy
    import numpy as np

    from officeplanner.planner.bounds import safe_bound
    from officeplanner.planner.model import build_model

    problem = random_problem(30, seed=2)
    model = build_model(to_arrays(problem))
    integrality = model.lp.integrality_
    model.lp.integrality_ = []
    h = highspy.Highs()
    h.silent()
    h.passModel(model.lp)
    model.lp.integrality_ = integrality
    h.run()
    lp_opt = h.getInfo().objective_function_value
    duals = np.asarray(h.getSolution().row_dual)
    best = min(safe_bound(model.lp, duals), safe_bound(model.lp, -duals))
    assert best == pytest.approx(lp_opt, rel=1e-6)
    rng = np.random.default_rng(0)
    for _ in range(5):
        noisy = duals + rng.normal(0, 0.5, size=duals.shape)
        assert safe_bound(model.lp, noisy) >= lp_opt - 1e-6


@pytest.mark.parametrize("seed", range(8))
def test_large_model_path_bounds_the_brute_force_optimum(seed: int) -> None:
    problem = small_problem(seed)
    expected = brute_force(problem)
    # lp_first_columns=1 forces the large-model path: the LP bound first, then the MIP
    # (one site) or the site search alone (several sites).
    solution = solve(problem, SolveOptions(time_limit=5.0, lp_first_columns=1))
    if expected is None:
        assert solution.status in {"infeasible", "unknown", "feasible"}
        return
    if solution.objective is None:
        return  # greedy found nothing and the MIP was not reached: no claim to check
    assert plan_problems(problem, solution.plan) == []
    assert solution.bound is not None
    assert solution.bound >= expected - 1e-6 >= solution.objective - 2e-6
    if solution.status == "optimal":
        assert solution.objective == pytest.approx(expected, abs=1e-4 * max(1.0, abs(expected)))


def test_a_run_after_highs_used_another_thread_count_still_proves_the_optimum() -> None:
    """HiGHS sizes one thread scheduler per process at its first run and refuses a later
    run that asks for another count; the refused run reported a bound of 0, which made
    the warm start look proven optimal (gap 0, no search at all)."""
    import highspy

    from officeplanner.planner.quiet_highs import quiet_highs

    highspy.Highs.resetThreadScheduler(False)
    other = quiet_highs()
    other.setOptionValue("threads", 2)
    other.addVar(0.0, 1.0)
    assert other.run() == highspy.HighsStatus.kOk
    problem = random_problem(12, seed=3)
    solution = solve(problem, SolveOptions(time_limit=20.0, gap_tolerance=0.0))
    assert solution.status == "optimal"
    reference = solve(problem, SolveOptions(time_limit=20.0, gap_tolerance=0.0, threads=2))
    assert reference.status == "optimal"
    assert solution.objective == pytest.approx(reference.objective)
    assert solution.objective is not None and solution.local_search_objective is not None
    assert solution.objective > solution.local_search_objective


def test_a_refused_mip_answers_with_the_warm_start_and_no_false_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from officeplanner.planner import exact

    problem = random_problem(20, seed=1)
    monkeypatch.setattr(exact, "run_highs", lambda _h: False)
    solution = solve(problem)
    assert solution.status == "feasible"
    assert solution.bound is None and solution.gap is None
    assert solution.objective == pytest.approx(solution.local_search_objective)
    assert plan_problems(problem, solution.plan) == []


def test_two_solves_at_once_each_keep_their_own_time_limit() -> None:
    """HiGHS runs in two threads side by side: a short solve is not queued behind a
    long one (only a rebuild of HiGHS's thread scheduler waits for other runs)."""
    import threading

    from officeplanner.planner.quiet_highs import quiet_highs, run_highs

    # An earlier test left HiGHS's scheduler sized for two threads: this thread's first
    # one-thread run rebuilds it (HiGHS keeps per-thread state of the old one).
    settle = quiet_highs()
    settle.setOptionValue("threads", 1)
    settle.addVar(0.0, 1.0)
    assert run_highs(settle)
    long_problem = random_problem(120, seed=1)
    long_done = threading.Event()
    in_highs = threading.Event()

    def on_progress(_seconds: float, _best: float | None, bound: float | None) -> None:
        if bound is not None:  # only HiGHS's MIP, inside its run, reports a bound here
            in_highs.set()

    def long_solve() -> None:
        solve(
            long_problem,
            SolveOptions(time_limit=8.0, site_search=False, on_progress=on_progress),
        )
        long_done.set()

    worker = threading.Thread(target=long_solve)
    worker.start()
    try:
        assert in_highs.wait(timeout=8.0)
        short = solve(random_problem(60, seed=2), SolveOptions(time_limit=1.0))
        assert not long_done.is_set()
        assert short.seconds < 4.0
        assert short.objective is not None
    finally:
        worker.join()
