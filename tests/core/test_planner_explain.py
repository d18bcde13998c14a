"""Explanations: infeasibility names the right site-days and amounts; plans say why."""

from __future__ import annotations

import pytest

from officeplanner.planner.exact import SolveOptions, solve
from officeplanner.planner.explain import explain_infeasible, explain_plan, plan_explanations
from officeplanner.planner.problem import Pair, Problem, Site, Team

DAYS = ("Mon", "Tue")


def _two_day_problem(cap: float = 10.0) -> Problem:
    # A (10 people, 2 days) and B (10 people, 1 day) at 0.85 turnout need 8.5 desks each:
    # 25.5 desk-days on two days of 10 — whatever B picks, that day needs 17.
    return Problem(
        DAYS,
        {"Oslo": Site("Oslo", dict.fromkeys(DAYS, cap), desks=20.0, ceiling=0.5)},
        (
            Team("A", "Oslo", 10, 2, {"Mon": 0.5, "Tue": 0.5}),
            Team("B", "Oslo", 10, 1, {"Mon": 0.9, "Tue": 0.1}),
        ),
    )


def test_infeasible_names_site_day_amount_ceiling_and_fewer_days() -> None:
    problem = _two_day_problem()
    assert solve(problem, SolveOptions(time_limit=5)).status == "infeasible"
    why = explain_infeasible(problem)
    assert why.proven
    assert len(why.overflows) == 1
    o = why.overflows[0]
    assert (o.site, o.load, o.capacity) == ("Oslo", pytest.approx(17.0), 10.0)
    assert o.over == pytest.approx(7.0)
    assert why.raise_by == {"Oslo": pytest.approx(7.0)}
    assert why.ceilings["Oslo"] == (0.5, pytest.approx(0.85))
    assert why.fewer_days == {"A": (2, 1)}
    text = "\n".join(why.lines())
    assert "over by 7.0" in text
    assert "ceiling goes from 50% to 85.0%" in text
    assert "fewer anchor days for A 2 → 1" in text
    # And the suggested remedies really work.
    raised = Problem(DAYS, {"Oslo": Site("Oslo", dict.fromkeys(DAYS, 17.0))}, problem.teams)
    assert solve(raised).status == "optimal"
    fewer = Problem(
        DAYS,
        problem.sites,
        (Team("A", "Oslo", 10, 1, {"Mon": 0.5, "Tue": 0.5}), problem.teams[1]),
    )
    assert solve(fewer).status == "optimal"


def test_fixed_days_that_alone_overflow_are_named() -> None:
    problem = Problem(
        DAYS,
        {"Oslo": Site("Oslo", dict.fromkeys(DAYS, 10.0))},
        (
            Team("A", "Oslo", 8, 1, {"Mon": 1, "Tue": 1}, fixed=("Mon",)),
            Team("B", "Oslo", 8, 1, {"Mon": 1, "Tue": 1}, fixed=("Mon",)),
        ),
    )
    why = explain_infeasible(problem)
    assert any("Mon fixed alone need 13.6 desks" in n and "A and B" in n for n in why.notes)
    assert why.fewer_days is None and why.fewer_days_proven
    assert "Fewer anchor days alone cannot make it fit." in why.lines()
    assert why.raise_by == {"Oslo": pytest.approx(3.6)}


def test_fewer_days_not_found_in_time_is_not_called_impossible(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The search for fewer anchor days stopped without a plan (time limit, or HiGHS
    refused the model): that is not a proof that fewer days cannot make it fit."""
    from officeplanner.planner import explain

    real = explain._solve_elastic

    def timed_out(arrays: object, *, reduce_days: bool, time_limit: float) -> object:
        if reduce_days:
            return None, False
        return real(arrays, reduce_days=reduce_days, time_limit=time_limit)  # type: ignore[arg-type]

    monkeypatch.setattr(explain, "_solve_elastic", timed_out)
    why = explain_infeasible(_two_day_problem())
    assert why.fewer_days is None and not why.fewer_days_proven and not why.proven
    lines = why.lines()
    assert "Fewer anchor days alone cannot make it fit." not in lines
    assert "No plan with fewer anchor days was found within the time limit." in lines
    assert why.to_json()["fewer_anchor_days_proven"] is False


def test_team_too_big_for_its_site() -> None:
    problem = Problem(
        DAYS,
        {"Oslo": Site("Oslo", dict.fromkeys(DAYS, 10.0))},
        (Team("Big", "Oslo", 30, 1, {"Mon": 1, "Tue": 1}),),
    )
    why = explain_infeasible(problem)
    assert any("Big needs 25.5 desks" in n and "on only 0" in n for n in why.notes)
    assert why.raise_by == {"Oslo": pytest.approx(15.5)}


def three_team_problem() -> Problem:
    """Big takes Tue and fills Oslo; Small, whose best day that is, meets Pal on Wed."""
    days = ("Mon", "Tue", "Wed")
    return Problem(
        days,
        {"Oslo": Site("Oslo", dict.fromkeys(days, 10.0))},
        (
            Team("Big", "Oslo", 10, 1, {"Mon": 0.1, "Tue": 0.9, "Wed": 0.2}),
            Team("Small", "Oslo", 4, 1, {"Mon": 0.3, "Tue": 0.8, "Wed": 0.4}),
            Team("Pal", "Oslo", 2, 1, {"Mon": 0.1, "Tue": 0.2, "Wed": 0.9}, forbidden=("Mon",)),
        ),
        (Pair(("Small", "Pal"), 5.0),),
    )


def test_plan_explanations_give_the_reasons() -> None:
    problem = three_team_problem()
    solution = solve(problem)
    assert solution.plan == {"Big": ("Tue",), "Small": ("Wed",), "Pal": ("Wed",)}
    text = explain_plan(problem, solution.plan)
    assert text["Big"][0] == "Big (10 people, Oslo) is in on Tue."
    assert "its 1st of 3 allowed days" in text["Big"][1]
    small = "\n".join(text["Small"])
    assert "meets Pal (weight 5)" in small
    assert "Not Tue, though preferred (0.80): Oslo is full that day" in small
    assert "Not allowed by policy: Mon." in text["Pal"]

    # The same facts, structured, for the GUI to word in the user's language.
    facts = plan_explanations(problem, solution.plan)
    small_facts = facts["Small"]
    assert small_facts.days == ("Wed",)
    (wed,) = small_facts.chosen
    assert (wed.rank, wed.allowed, wed.met) == (2, 3, (("Pal", 5.0),))
    (tue,) = small_facts.skipped
    assert (tue.day, tue.reason) == ("Tue", "full")
    assert tue.demand == pytest.approx(3.4) and tue.site_load == pytest.approx(8.5)
    assert facts["Pal"].forbidden == ("Mon",)
    assert {name: e.lines() for name, e in facts.items()} == text


def test_moved_teams_between_two_plans() -> None:
    from officeplanner.planner.objective import moved_teams

    before = {"A": ("Mon", "Tue"), "B": ("Wed",), "C": ("Thu",)}
    after = {"A": ("Tue", "Mon"), "B": ("Thu",), "D": ("Fri",)}
    assert moved_teams(before, after) == {
        "B": (("Wed",), ("Thu",)),
        "C": (("Thu",), ()),
        "D": ((), ("Fri",)),
    }
