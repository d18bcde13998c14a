"""The instance JSON: round trip and validation messages that name the bad value's path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from officeplanner.planner.generate import random_problem
from officeplanner.planner.problem import (
    ProblemError,
    load_problem,
    problem_from_json,
    problem_from_text,
)


def _valid() -> dict[str, Any]:
    return {
        "weekdays": ["Mon", "Tue", "Wed", "Thu", "Fri"],
        "turnout": 0.85,
        "sites": {"Oslo": {"capacity": 120.0}},
        "teams": [
            {
                "name": "Finance",
                "site": "Oslo",
                "size": 14,
                "anchor_days": 2,
                "preference": {"Mon": 0.31, "Tue": 0.72, "Wed": 0.5, "Thu": 0.6, "Fri": 0.1},
                "fixed": [],
                "forbidden": ["Fri"],
            },
            {"name": "Sales", "site": "Oslo", "size": 9, "anchor_days": 1},
        ],
        "collaboration": [{"teams": ["Finance", "Sales"], "weight": 3.0}],
    }


def test_issue_example_loads_with_defaults() -> None:
    p = problem_from_json(_valid())
    assert p.weekdays == ("Mon", "Tue", "Wed", "Thu", "Fri")
    assert p.sites["Oslo"].capacity == dict.fromkeys(p.weekdays, 120.0)
    sales = p.teams[1]
    assert sales.preference == dict.fromkeys(p.weekdays, 0.0)
    assert sales.fixed == () and sales.forbidden == ()
    assert p.demand(p.teams[0]) == pytest.approx(0.85 * 14)


@pytest.mark.parametrize("seed", range(5))
def test_round_trip(seed: int) -> None:
    p = random_problem(30, seed=seed)
    text = p.dumps()
    again = problem_from_text(text)
    assert again == p
    assert again.dumps() == text


def test_round_trip_keeps_optional_fields(tmp_path: Path) -> None:
    data = _valid()
    data["sites"]["Oslo"] = {
        "capacity": {"Mon": 100, "Tue": 90, "Wed": 90, "Thu": 95, "Fri": 120},
        "desks": 140,
        "ceiling": 0.9,
        "baseline": {"Mon": 26, "Tue": 36},
    }
    data["teams"][1]["turnout"] = 0.6
    p = problem_from_json(data)
    path = tmp_path / "p.json"
    path.write_text(p.dumps(), encoding="utf-8")
    again = load_problem(path)
    assert again == p
    assert again.sites["Oslo"].baseline == {"Mon": 26, "Tue": 36, "Wed": 0, "Thu": 0, "Fri": 0}
    assert again.demand(again.teams[1]) == pytest.approx(0.6 * 9)


def _set(data: dict[str, Any], dotted: str, value: object) -> None:
    keys: list[Any] = [int(k) if k.isdigit() else k for k in dotted.split("/")]
    target: Any = data
    for k in keys[:-1]:
        target = target[k]
    target[keys[-1]] = value


@pytest.mark.parametrize(
    ("where", "value", "path", "words"),
    [
        ("turnout", 1.5, "turnout", "≤ 1"),
        ("weekdays", ["Mon", "Mon"], "weekdays[1]", "twice"),
        ("weekdays", ["Mon", "Funday"], "weekdays[1]", "not a weekday"),
        ("sites/Oslo/capacity", -1, "sites.Oslo.capacity", "≥ 0"),
        ("sites/Oslo/capacity", {"Mon": 1}, "sites.Oslo.capacity.Tue", "missing"),
        ("teams/0/size", 0, 'teams[0] ("Finance").size', "at least 1"),
        ("teams/0/size", 2.5, 'teams[0] ("Finance").size', "whole number"),
        ("teams/0/anchor_days", 6, 'teams[0] ("Finance").anchor_days', "between 1 and 5"),
        ("teams/0/preference/Tue", "high", 'teams[0] ("Finance").preference.Tue', "number"),
        ("teams/0/preference/Sun", 0.3, 'teams[0] ("Finance").preference.Sun', "weekdays"),
        ("teams/0/site", "Bergen", 'teams[0] ("Finance").site', "unknown site"),
        ("teams/0/fixed", ["Fri"], 'teams[0] ("Finance").fixed', "both fixed and forbidden"),
        ("teams/0/fixed", ["Mon", "Tue", "Wed"], 'teams[0] ("Finance").fixed', "3 fixed"),
        (
            "teams/0/forbidden",
            ["Mon", "Tue", "Wed", "Thu"],
            'teams[0] ("Finance").forbidden',
            "1 allowed",
        ),
        ("teams/1/name", "Finance", 'teams[1] ("Finance").name', "also used by teams[0]"),
        ("teams/1/colour", "red", 'teams[1] ("Sales").colour', "unknown key"),
        ("collaboration/0/teams", ["Finance", "Legal"], "collaboration[0].teams[1]", "unknown"),
        ("collaboration/0/teams", ["Sales", "Sales"], "collaboration[0].teams", "itself"),
        ("collaboration/0/weight", None, "collaboration[0].weight", "number"),
        # found by fuzzing the command line: each crashed the loader or the solver
        ("teams/0/preference/Mon", -1e308, 'teams[0] ("Finance").preference.Mon', "between"),
        ("collaboration/0/weight", 1e308, "collaboration[0].weight", "between"),
        ("sites/Oslo/capacity", 10**400, "sites.Oslo.capacity", "finite"),
        ("teams/0/size", 10**400, 'teams[0] ("Finance").size', "at most"),
        ("collaboration/0/teams", [["Finance"], "Sales"], "collaboration[0].teams[0]", "unknown"),
        ("collaboration/0/teams", [{}, "Sales"], "collaboration[0].teams[0]", "unknown"),
    ],
)
def test_validation_names_the_path(where: str, value: object, path: str, words: str) -> None:
    data = _valid()
    _set(data, where, value)
    with pytest.raises(ProblemError) as info:
        problem_from_json(data)
    assert info.value.path == path
    assert words in str(info.value)
    assert str(info.value).startswith(path + ": ")


def test_duplicate_pair_in_either_order() -> None:
    data = _valid()
    data["collaboration"].append({"teams": ["Sales", "Finance"], "weight": 1})
    with pytest.raises(ProblemError, match=r"collaboration\[1\].teams: the same pair"):
        problem_from_json(data)


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"sites": {}, "teams": [', encoding="utf-8")
    with pytest.raises(ProblemError, match=r"bad\.json: not valid JSON: .* line 1"):
        load_problem(bad)
    data = _valid()
    data["teams"][0]["size"] = -3
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProblemError) as info:
        load_problem(bad)
    assert str(info.value) == f'{bad}: teams[0] ("Finance").size: must be at least 1, got -3'
    with pytest.raises(ProblemError, match="cannot be read"):
        load_problem(tmp_path / "missing.json")


def test_json_nested_too_deeply_is_a_message() -> None:
    from officeplanner.planner.problem import problem_from_text

    with pytest.raises(ProblemError, match="nested too deeply"):
        problem_from_text("[" * 100_000 + "]" * 100_000)
