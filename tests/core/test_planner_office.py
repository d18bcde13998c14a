"""From an office file to an instance, plans saved in the file, and the ``plan`` command."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from officeplanner.cli.main import main
from officeplanner.planner.exact import solve
from officeplanner.planner.from_office import BuildOptions, build_problem
from officeplanner.planner.problem import Problem, Site, Team
from officeplanner.planner.store import (
    Policy,
    delete_plan,
    load_plan,
    plan_names,
    plan_record,
    read_policies,
    restore_plan,
    save_plan,
    write_policy,
)
from officeplanner.store import OfficeFile
from officeplanner.store.entities import DeskFeatures, ensure_desk, ensure_person, ensure_site

START = date(2025, 9, 1)  # a Monday; no Norwegian public holiday in September


def _fill(doc: OfficeFile) -> None:
    with doc.write() as conn:
        for i in range(10):
            ensure_desk(conn, "Oslo", "1", "North", f"O{i}")
        ensure_desk(conn, "Oslo", "1", "North", "O-locked", DeskFeatures(bookable=False))
        for i in range(5):
            ensure_desk(conn, "Bergen", "1", "Main", f"B{i}")
        a = [ensure_person(conn, f"a{i}", "A") for i in range(3)]
        b = [ensure_person(conn, f"b{i}", "B") for i in range(2)]
        loner = ensure_person(conn, "x")
        conn.execute("INSERT INTO teams(name) VALUES ('C')")
        bergen = ensure_site(conn, "Bergen")
        conn.execute("UPDATE teams SET site_id = ? WHERE name = 'B'", (bergen,))
        desk = {n: i for i, n in conn.execute("SELECT id, name FROM desks")}
        for week in range(4):
            monday = START + timedelta(weeks=week)
            for offset in (1, 3):  # Tue, Thu
                day = (monday + timedelta(days=offset)).isoformat()
                for j, p in enumerate(a):
                    conn.execute(
                        "INSERT INTO bookings(date, desk_id, person_id, status) "
                        "VALUES (?, ?, ?, 'checked_in')",
                        (day, desk[f"O{j}"], p),
                    )
            wed = (monday + timedelta(days=2)).isoformat()
            conn.execute(
                "INSERT INTO bookings(date, desk_id, person_id, status) "
                "VALUES (?, ?, ?, 'checked_in')",
                (wed, desk["O9"], loner),
            )
            conn.execute(
                "INSERT INTO attendance(date, site_id, person_id) VALUES (?, ?, ?)",
                (monday.isoformat(), bergen, b[0]),
            )
        conn.execute(
            "INSERT INTO team_preferences(team_id, weekday, preference) "
            "SELECT id, 'Fri', 0.7 FROM teams WHERE name = 'A'"
        )
        conn.execute(
            "INSERT INTO team_pairs(team_a, team_b, weight) SELECT a.id, b.id, 2.0 "
            "FROM teams a, teams b WHERE a.name = 'A' AND b.name = 'B'"
        )
    write_policy(doc, Policy(anchor_days=1, capacity_ceiling=0.8, turnout=0.5))
    write_policy(doc, Policy(forbidden_weekdays=("Fri",)), team="B")


@pytest.fixture
def filled(office: OfficeFile) -> OfficeFile:
    _fill(office)
    return office


def test_policy_round_trip(filled: OfficeFile) -> None:
    org, teams = read_policies(filled.conn)
    assert (org.anchor_days, org.capacity_ceiling, org.turnout) == (1, 0.8, 0.5)
    assert org.allowed_weekdays == ("Mon", "Tue", "Wed", "Thu", "Fri")
    assert teams == {"B": Policy(forbidden_weekdays=("Fri",))}
    write_policy(filled, Policy(anchor_days=3))  # replaces the organisation's row
    org, _ = read_policies(filled.conn)
    assert (org.anchor_days, org.capacity_ceiling) == (3, 0.9)


def test_instance_from_the_office(filled: OfficeFile) -> None:
    built = build_problem(filled.conn)
    p = built.problem
    assert built.end == START + timedelta(weeks=3, days=3)
    assert any("C: no members" in w for w in built.warnings)
    a, b = (next(t for t in p.teams if t.name == n) for n in "AB")
    assert a.site == "Oslo"  # where its members booked
    assert b.site == "Bergen"  # teams.site_id
    assert (a.size, b.size, a.anchor_days) == (3, 2, 1)
    assert a.preference == {"Mon": 0.0, "Tue": 1.0, "Wed": 0.0, "Thu": 1.0, "Fri": 0.7}
    assert b.preference["Mon"] == 0.5 and b.forbidden == ("Fri",)
    oslo = p.sites["Oslo"]
    assert oslo.desks == 10 and oslo.ceiling == 0.8
    assert oslo.baseline == {"Mon": 0.0, "Tue": 0.0, "Wed": 1.0, "Thu": 0.0, "Fri": 0.0}
    assert oslo.capacity == {"Mon": 8.0, "Tue": 8.0, "Wed": 7.0, "Thu": 8.0, "Fri": 8.0}
    assert p.sites["Bergen"].capacity["Mon"] == 4.0
    assert [(c.teams, c.weight) for c in p.collaboration] == [(("A", "B"), 2.0)]
    assert p.turnout == 0.5
    again = build_problem(filled.conn, BuildOptions(anchor_days=2, ceiling=0.5))
    assert all(t.anchor_days == 2 for t in again.problem.teams)
    assert again.problem.sites["Oslo"].capacity["Mon"] == 5.0


def test_pairs_from_co_presence(office: OfficeFile) -> None:
    # P and Q come in together on irregular days; R comes in on its own days.
    with office.write() as conn:
        for i in range(6):
            ensure_desk(conn, "Oslo", "1", "N", f"D{i}")
        for team in "PQR":
            for i in range(2):
                ensure_person(conn, f"{team}{i}", team)
        people = {n: i for i, n in conn.execute("SELECT id, name FROM people")}
        desks = [i for (i,) in conn.execute("SELECT id FROM desks ORDER BY id")]
        day = START
        n = 0
        while day < START + timedelta(weeks=8):
            if day.weekday() < 5:
                together = (n * 7) % 3 == 0
                alone = (n * 5) % 4 == 1
                for j, name in enumerate(["P0", "P1", "Q0", "Q1"]):
                    if together:
                        conn.execute(
                            "INSERT INTO bookings(date, desk_id, person_id, status) "
                            "VALUES (?, ?, ?, 'checked_in')",
                            (day.isoformat(), desks[j], people[name]),
                        )
                if alone:
                    conn.execute(
                        "INSERT INTO bookings(date, desk_id, person_id, status) "
                        "VALUES (?, ?, ?, 'checked_in')",
                        (day.isoformat(), desks[5], people["R0"]),
                    )
                n += 1
            day += timedelta(days=1)
    pairs = build_problem(office.conn).problem.collaboration
    assert [p.teams for p in pairs] == [("P", "Q")]
    assert pairs[0].weight == pytest.approx(2.0, abs=0.2)  # correlation ≈ 1 × 2 people


def test_save_and_load_a_plan(filled: OfficeFile) -> None:
    problem = build_problem(filled.conn).problem
    solution = solve(problem)
    assert solution.status == "optimal"
    plan_id = save_plan(
        filled,
        "Autumn",
        problem,
        solution,
        valid_from=date(2025, 10, 1),
        valid_to=date(2025, 12, 19),
    )
    saved = load_plan(filled.conn, "Autumn")
    assert saved.id == plan_id
    assert saved.days == solution.plan
    assert (saved.valid_from, saved.valid_to) == (date(2025, 10, 1), date(2025, 12, 19))
    assert saved.status == "optimal" and saved.objective == pytest.approx(solution.objective)
    assert saved.problem == problem
    # Saving again under the name replaces the plan in place (same id, for calendar UIDs).
    other = Problem(
        problem.weekdays,
        problem.sites,
        tuple(
            Team(t.name, t.site, t.size, 1, dict.fromkeys(problem.weekdays, 0.0) | {"Mon": 1.0})
            for t in problem.teams
        ),
    )
    assert save_plan(filled, "Autumn", other, solve(other)) == plan_id
    assert set(load_plan(filled.conn, "Autumn").days.values()) == {("Mon",)}
    assert plan_names(filled.conn) == ["Autumn"]
    delete_plan(filled, "Autumn")
    with pytest.raises(KeyError):
        load_plan(filled.conn, "Autumn")


def test_plan_record_restores_a_replaced_plan_exactly(filled: OfficeFile) -> None:
    """What undo of Save Plan relies on: the rows read before a save put back the old
    plan with its id and its calendar-export record (UIDs and SEQUENCE hang on them)."""
    problem = build_problem(filled.conn).problem
    plan_id = save_plan(filled, "Autumn", problem, solve(problem), valid_from=date(2025, 10, 1))
    with filled.write() as conn:
        conn.execute(
            "INSERT INTO calendar_exports(plan_id, team_id, days, sequence, exported_at) "
            "SELECT ?, id, 'Tue', 3, '2025-09-30T08:00:00+00:00' FROM teams WHERE name = 'A'",
            (plan_id,),
        )
    before = plan_record(filled.conn, "Autumn")
    assert before is not None and before.name == "Autumn" and len(before.exports) == 1
    old = load_plan(filled.conn, "Autumn")
    other = Problem(
        problem.weekdays,
        problem.sites,
        tuple(
            Team(t.name, t.site, t.size, 1, dict.fromkeys(problem.weekdays, 0.0) | {"Mon": 1.0})
            for t in problem.teams
        ),
    )
    save_plan(filled, "Autumn", other, solve(other), valid_from=date(2026, 1, 5))
    assert load_plan(filled.conn, "Autumn").valid_from == date(2026, 1, 5)
    restore_plan(filled, before)
    assert load_plan(filled.conn, "Autumn") == old
    assert plan_record(filled.conn, "Autumn") == before
    # a plan deleted in between comes back too, under its old id
    delete_plan(filled, "Autumn")
    assert plan_record(filled.conn, "Autumn") is None
    restore_plan(filled, before)
    assert load_plan(filled.conn, "Autumn").id == plan_id
    assert plan_record(filled.conn, "Autumn") == before


def test_plan_names_oldest_first_in_saving_order(filled: OfficeFile) -> None:
    problem = build_problem(filled.conn).problem
    solution = solve(problem)
    for name in ("Zulu", "Alpha", "Mike"):  # saved within the same second
        save_plan(filled, name, problem, solution)
    assert plan_names(filled.conn) == ["Zulu", "Alpha", "Mike"]


def test_cli_plans_and_saves(filled: OfficeFile, capsys: pytest.CaptureFixture[str]) -> None:
    path = filled.path
    filled.close()
    code = main(
        ["plan", str(path), "--save", "Autumn", "--from", "2025-10-01", "--to", "2025-12-19"]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Status:     optimal" in out
    assert "Load vs capacity" in out and "Why these days" in out
    assert "Saved as plan 'Autumn'" in err
    with OfficeFile.open(path, read_only=True) as doc:
        assert load_plan(doc.conn, "Autumn").valid_to == date(2025, 12, 19)
    assert main(["plan", str(path), "--json", "--anchor-days", "2"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["status"] == "optimal"
    assert all(len(days) == 2 for days in answer["teams"].values())
    assert set(answer["load"]) == {"Oslo", "Bergen"}
    assert answer["objective"] <= answer["bound"] + 1e-6


def test_cli_problem_file_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"sites": {"Oslo": {"capacity": 5}}, "teams": [{"name": "A"}]}')
    assert main(["plan", "--problem", str(bad)]) == 1
    err = capsys.readouterr().err
    # the team's object starts at column 48: "site" is missing from it
    assert f'{bad}: line 1, column 48: teams[0] ("A").site: is missing' in err
    days = ("Mon", "Tue")
    infeasible = Problem(
        days,
        {"Oslo": Site("Oslo", dict.fromkeys(days, 10.0))},
        (
            Team("A", "Oslo", 10, 2, dict.fromkeys(days, 0.5)),
            Team("B", "Oslo", 10, 1, dict.fromkeys(days, 0.5)),
        ),
    )
    path = tmp_path / "tight.json"
    path.write_text(infeasible.dumps())
    assert main(["plan", "--problem", str(path), "--time-limit", "1"]) == 1
    err = capsys.readouterr().err
    assert "no plan fits" in err and "Oslo on" in err and "over by 7.0" in err
    assert "fewer anchor days for A 2 → 1" in err
    assert main(["plan", "--problem", str(path), "--json"]) == 1
    answer = json.loads(capsys.readouterr().out)
    assert answer["status"] == "infeasible"
    assert answer["infeasibility"]["raise_capacity_by"] == {"Oslo": pytest.approx(7.0)}


@pytest.mark.parametrize(
    "argv",
    [
        ["plan"],
        ["plan", "x.officeplan", "--problem", "p.json"],
        ["plan", "--problem", "p.json", "--save", "X"],
        ["plan", "x.officeplan", "--from", "2025-10-01", "--to", "2025-09-01"],
        ["plan", "x.officeplan", "--time-limit", "0"],
        ["plan", "x.officeplan", "--from", "not-a-date"],
        # found by fuzzing: each was accepted and silently did nothing useful
        ["plan", "x.officeplan", "--save", ""],
        ["plan", "x.officeplan", "--save", "   "],
        ["plan", "x.officeplan", "--time-limit", "nan"],
        ["plan", "x.officeplan", "--from", "2026-12-07"],
        ["demo", "x.officeplan", "--seed", "-1"],
    ],
)
def test_cli_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_demo_office_plans_within_capacity(office: OfficeFile) -> None:
    from officeplanner.demo.generator import generate_demo
    from officeplanner.planner.objective import plan_problems

    generate_demo(office, people=120, weeks=8, seed=3)
    built = build_problem(office.conn)
    problem = built.problem
    assert problem.teams and problem.sites
    for team in problem.teams:
        assert all(0.0 <= v <= 1.0 for v in team.preference.values())
    for site in problem.sites.values():
        assert site.desks and all(0 <= c <= site.desks for c in site.capacity.values())
    solution = solve(problem)
    assert solution.status in {"optimal", "feasible"}
    assert plan_problems(problem, solution.plan) == []


def test_team_without_allowed_days_is_left_out_with_its_pairs(filled: OfficeFile) -> None:
    write_policy(filled, Policy(allowed_weekdays=("Sat",)), team="B")
    built = build_problem(filled.conn)
    assert [t.name for t in built.problem.teams] == ["A"]
    assert built.problem.collaboration == ()
    assert set(built.problem.sites) == {"Oslo"}
    assert any(w == "B: no allowed day, not planned" for w in built.warnings)


def test_cli_json_is_the_only_thing_on_standard_output(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """HiGHS prints a banner straight to file descriptor 1 when an instance is made;
    ``--json`` output must still parse (capfd sees what the C library writes)."""
    from officeplanner.planner.generate import random_problem

    path = tmp_path / "p.json"
    path.write_text(json.dumps(random_problem(8, seed=3).to_json()), encoding="utf-8")
    assert main(["plan", "--problem", str(path), "--json", "--time-limit", "5"]) == 0
    out, _ = capfd.readouterr()
    assert "HiGHS" not in out
    assert json.loads(out)["status"] in ("optimal", "feasible")


def test_a_reader_that_stops_reading_ends_the_cli_quietly(tmp_path: Path) -> None:
    """``officeplanner plan … | head`` printed a BrokenPipeError traceback; the reader
    closing the pipe is now exit code 141 (as SIGPIPE) with nothing on stderr."""
    import subprocess
    import sys

    from officeplanner.planner.generate import random_problem

    path = tmp_path / "problem.json"
    path.write_text(random_problem(30, seed=1).dumps(), encoding="utf-8")
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "officeplanner.cli.main",
            "plan",
            "--problem",
            str(path),
            "--time-limit",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    child.stdout.close()  # gone before the plan is printed
    _, err = child.communicate(timeout=120)
    assert child.returncode == 141, err
    assert err == b""
