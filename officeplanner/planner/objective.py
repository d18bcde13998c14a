"""The objective and the load of any plan, by name: the one definition every solver,
test and explanation uses, so "objective" always means the formula of issue 5 for
the plan actually returned, never a solver's internal number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from officeplanner.planner.problem import Problem

#: Capacity is compared with this slack so a float sum equal to capacity fits.
CAPACITY_EPS = 1e-7

Plan = Mapping[str, Sequence[str]]


def objective(problem: Problem, plan: Plan) -> float:
    """Σ_teams Σ_chosen size × preference[day] + Σ_pairs weight × |days both chose|."""
    total = 0.0
    for team in problem.teams:
        for d in plan[team.name]:
            total += team.size * team.preference[d]
    for pair in problem.collaboration:
        a, b = (set(plan[n]) for n in pair.teams)
        total += pair.weight * len(a & b)
    return total


def load(problem: Problem, plan: Plan) -> dict[str, dict[str, float]]:
    """Desks used per site and weekday: Σ turnout × size over the teams in on that day."""
    out = {s: dict.fromkeys(problem.weekdays, 0.0) for s in problem.sites}
    for team in problem.teams:
        for d in plan[team.name]:
            out[team.site][d] += problem.demand(team)
    return out


def overloads(problem: Problem, plan: Plan) -> dict[tuple[str, str], float]:
    """``{(site, day): desks over capacity}`` for every overfull site-day of a plan."""
    over = {}
    for site, days in load(problem, plan).items():
        for d, used in days.items():
            cap = problem.sites[site].capacity[d]
            if used > cap + CAPACITY_EPS * max(1.0, cap):
                over[site, d] = used - cap
    return over


def plan_problems(problem: Problem, plan: Plan) -> list[str]:
    """Why a plan is not a valid answer (wrong count, fixed/forbidden, capacity); [] if valid."""
    found = []
    for team in problem.teams:
        days = list(plan.get(team.name, ()))
        if len(set(days)) != len(days) or any(d not in problem.weekdays for d in days):
            found.append(f"{team.name}: days {days} are not distinct instance weekdays")
        if len(set(days)) != team.anchor_days:
            found.append(f"{team.name}: {len(days)} days, needs {team.anchor_days}")
        found += [f"{team.name}: misses fixed {d}" for d in team.fixed if d not in days]
        found += [f"{team.name}: has forbidden {d}" for d in team.forbidden if d in days]
    found += [
        f"{s} {d}: over capacity by {v:.3f}" for (s, d), v in overloads(problem, plan).items()
    ]
    return found


def moved_teams(before: Plan, after: Plan) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """``{team: (days before, days after)}`` for every team whose days differ between two
    plans (a team in only one plan counts as moved), for comparing plans side by side."""
    out = {}
    for team in sorted(set(before) | set(after)):
        a, b = tuple(before.get(team, ())), tuple(after.get(team, ()))
        if set(a) != set(b):
            out[team] = (a, b)
    return out
