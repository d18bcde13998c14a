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


#: (where to put a bad value, the value, the path the error names, words of the message).
BAD_VALUES: list[tuple[str, object, str, str]] = [
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
]


@pytest.mark.parametrize(("where", "value", "path", "words"), BAD_VALUES)
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
    with pytest.raises(ProblemError, match=r"bad\.json: line 1, column 25: not valid JSON: "):
        load_problem(bad)
    data = _valid()
    data["teams"][0]["size"] = -3
    text = json.dumps(data)
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ProblemError) as info:
        load_problem(bad)
    assert str(info.value) == (
        f'{bad}: line 1, column {text.index("-3") + 1}: teams[0] ("Finance").size: '
        "must be at least 1, got -3"
    )
    with pytest.raises(ProblemError, match="cannot be read"):
        load_problem(tmp_path / "missing.json")


def test_json_nested_too_deeply_is_a_message() -> None:
    from officeplanner.planner.problem import problem_from_text

    with pytest.raises(ProblemError, match="nested too deeply"):
        problem_from_text("[" * 100_000 + "]" * 100_000)


# -- where in the file ----------------------------------------------------------------------


def _value_at(text: str, line: int, column: int) -> object:
    """The JSON value that starts at (line, column), both from 1, read by the standard
    decoder: the test's own check of where the message points."""
    offset = sum(len(row) + 1 for row in text.split("\n")[: line - 1]) + column - 1
    return json.JSONDecoder().raw_decode(text, offset)[0]


@pytest.mark.parametrize(("where", "value", "path", "words"), BAD_VALUES)
def test_a_bad_value_in_a_file_is_located_by_line_and_column(
    tmp_path: Path, where: str, value: object, path: str, words: str
) -> None:
    """As an editor shows the file (indented): the line and column name where the bad
    value starts — an element of it when the path goes into a list, the object itself
    when something is missing from it."""
    data = _valid()
    _set(data, where, value)
    text = json.dumps(data, indent=2, ensure_ascii=False)
    file = tmp_path / "instance.json"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(ProblemError) as info:
        load_problem(file)
    err = info.value
    assert err.path == path and err.line is not None and err.column is not None
    assert str(err).startswith(f"{file}: line {err.line}, column {err.column}: {path}: ")
    found = _value_at(text, err.line, err.column)
    if err.at_key:  # an unknown key: the key itself, as the message names it
        assert found == path.rsplit(".", 1)[1] and words in ("unknown key", "weekdays")
        return
    inside = value if isinstance(value, list) else []
    assert found == value or found in inside


def test_the_line_is_that_of_the_element_named() -> None:
    data = _valid()
    data["weekdays"] = ["Mon", "Tue", "Mon"]
    text = json.dumps(data, indent=2)
    with pytest.raises(ProblemError) as info:
        problem_from_text(text)
    assert info.value.path == "weekdays[2]"
    rows = text.split("\n")
    assert info.value.line == 5 and rows[4].strip() == '"Mon"'
    assert info.value.column == rows[4].index('"Mon"') + 1


@pytest.mark.parametrize(
    ("site", "team"),
    [("St. Olav", "Finance"), ("Oslo/Sentrum", 'A ("x")'), ("St", 'B ("y").size')],
)
def test_names_with_dots_slashes_and_brackets_are_located(site: str, team: str) -> None:
    """Paths are written for people, so a site "St. Olav" or a team 'A ("x")' makes them
    ambiguous as text; the location still finds the right value."""
    data = _valid()
    data["sites"] = {"St": {"capacity": 10}, site: {"capacity": 100}}
    data["teams"][0]["site"] = data["teams"][1]["site"] = site
    data["teams"][0]["name"] = team
    data["collaboration"][0]["teams"] = [team, "Sales"]
    data["teams"][0]["size"] = 0
    text = json.dumps(data, indent=1, ensure_ascii=False)
    with pytest.raises(ProblemError) as info:
        problem_from_text(text)
    assert info.value.path == f'teams[0] ("{team}").size'
    assert info.value.line is not None and info.value.column is not None
    assert _value_at(text, info.value.line, info.value.column) == 0
    assert text.split("\n")[info.value.line - 1].strip() == '"size": 0,'
    data["teams"][0]["size"] = 3
    data["sites"][site]["capacity"] = -1
    text = json.dumps(data, indent=1, ensure_ascii=False)
    with pytest.raises(ProblemError) as info:
        problem_from_text(text)
    assert info.value.path == f"sites.{site}.capacity"
    assert info.value.line is not None and info.value.column is not None
    assert _value_at(text, info.value.line, info.value.column) == -1


def test_a_path_that_reads_two_ways_gets_no_place_rather_than_a_wrong_one() -> None:
    """Sites "Oslo" and "Oslo.capacity" make "sites.Oslo.capacity" read two ways (even
    with equal values, or 0 and false); the path alone is then the message."""
    from officeplanner.planner.json_where import locate

    for oslo, other in (({"capacity": -1}, {"capacity": -1}), ({"capacity": 0}, False)):
        data = {"sites": {"Oslo": oslo, "Oslo.capacity": other}}
        text = json.dumps(data, indent=2)
        assert locate(text, data, "sites.Oslo.capacity") is None
        at = locate(text, data, "sites.Oslo")
        assert at is not None and _value_at(text, *at) == oslo


def test_escaped_keys_nan_and_duplicate_keys_are_located() -> None:
    """What ``json.dump`` writes by default (``"Bod\\u00f8"``), a NaN that is no size, and a
    key given twice (the last counts, as when the file is read)."""
    data = _valid()
    data["sites"] = {"Bodø": {"capacity": "many"}}
    for t in data["teams"]:
        t["site"] = "Bodø"
    text = json.dumps(data, indent=2)  # ensure_ascii: the key is written escaped
    assert "Bod\\u00f8" in text
    with pytest.raises(ProblemError) as info:
        problem_from_text(text)
    assert info.value.path == "sites.Bodø.capacity" and info.value.line is not None
    assert _value_at(text, info.value.line, info.value.column or 0) == "many"

    data["sites"] = {"Bodø": {"capacity": 50}}
    data["teams"][1]["size"] = float("nan")
    text = json.dumps(data, indent=2)
    with pytest.raises(ProblemError) as info:
        problem_from_text(text)
    assert info.value.path == 'teams[1] ("Sales").size' and info.value.line is not None
    assert text.split("\n")[info.value.line - 1].strip() == '"size": NaN,'

    text = (
        '{"turnout": 2, "weekdays": ["Mon"],\n'
        ' "turnout": 0.5, "sites": {}, "teams": [],\n'
        ' "turnout": -1}'
    )
    with pytest.raises(ProblemError) as info:
        problem_from_text(text)
    assert (info.value.path, info.value.line, info.value.column) == ("turnout", 3, 13)


def test_byte_order_marks_crlf_and_overlong_numbers(tmp_path: Path) -> None:
    """A file saved by a Windows editor (byte order mark, CRLF) reads as any other, and
    its lines count as the editor shows them; a number Python will not read is a
    message with its place, not a traceback."""
    file = tmp_path / "windows.json"
    good = json.dumps(_valid(), indent=2).replace("\n", "\r\n")
    file.write_bytes(b"\xef\xbb\xbf" + good.encode("utf-8"))
    assert load_problem(file) == problem_from_json(_valid())
    data = _valid()
    data["teams"][1]["size"] = 0
    text = json.dumps(data, indent=2)
    file.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    with pytest.raises(ProblemError) as info:
        load_problem(file)
    rows = text.split("\n")
    row = next(n for n, line in enumerate(rows, 1) if line.strip() == '"size": 0,')
    assert (info.value.line, info.value.column) == (row, rows[row - 1].index("0") + 1)
    file.write_text('{"weekdays": ["Mon"],\n "turnout": 1' + "0" * 5000 + "}", encoding="utf-8")
    with pytest.raises(ProblemError) as info:
        load_problem(file)
    assert str(info.value) == (
        f"{file}: line 2, column 13: not a planning instance: a number too long to read"
    )
