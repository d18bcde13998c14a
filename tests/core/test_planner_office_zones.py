"""Seating teams together by zone from an office file: the zones built from the file,
plans saved with their seating (and files from before seating, migrated), and
``plan FILE --seat-by-zone``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from officeplanner.cli.main import main
from officeplanner.planner.exact import solve
from officeplanner.planner.explain import explain_infeasible
from officeplanner.planner.from_office import BuildOptions, build_problem, can_seat_by_zone
from officeplanner.planner.problem import Problem, Site, Team, Zone, problem_from_json
from officeplanner.planner.seating import seating_problems
from officeplanner.planner.store import (
    Policy,
    load_plan,
    plan_record,
    restore_plan,
    save_plan,
    write_policy,
)
from officeplanner.store import SCHEMA_VERSION, OfficeFile, OfficeFileError
from officeplanner.store.document import backup_path
from officeplanner.store.entities import DeskFeatures, ensure_desk, ensure_person, ensure_site
from officeplanner.store.schema import APPLICATION_ID, MIGRATIONS

LOCKED = DeskFeatures(bookable=False)
SEATED = BuildOptions(seat_by_zone=True)


def _build_office(conn: sqlite3.Connection) -> None:
    """Oslo: floor 1 with North (4 bookable desks and a locked one) and South (4), floor 2
    with another North (3) and a Store of locked desks only; Bergen: one zone, Main (3).
    A (6 people) and B (3) sit in Oslo, C (2) in Bergen."""
    for i in range(4):
        ensure_desk(conn, "Oslo", "1", "North", f"1N{i}")
        ensure_desk(conn, "Oslo", "1", "South", f"1S{i}")
    ensure_desk(conn, "Oslo", "1", "North", "1N-locked", LOCKED)
    for i in range(3):
        ensure_desk(conn, "Oslo", "2", "North", f"2N{i}")
        ensure_desk(conn, "Bergen", "1", "Main", f"B{i}")
    ensure_desk(conn, "Oslo", "2", "Store", "2X", LOCKED)
    for team, size in (("A", 6), ("B", 3), ("C", 2)):
        for i in range(size):
            ensure_person(conn, f"{team.lower()}{i}", team)
    conn.execute(
        "UPDATE teams SET site_id = ? WHERE name IN ('A', 'B')", (ensure_site(conn, "Oslo"),)
    )
    conn.execute("UPDATE teams SET site_id = ? WHERE name = 'C'", (ensure_site(conn, "Bergen"),))


@pytest.fixture
def zoned(office: OfficeFile) -> OfficeFile:
    with office.write() as conn:
        _build_office(conn)
    write_policy(office, Policy(anchor_days=1, capacity_ceiling=1.0, turnout=1.0))
    return office


# -- zones from the file -------------------------------------------------------------------


def test_zones_come_from_the_files_bookable_desks(zoned: OfficeFile) -> None:
    built = build_problem(zoned.conn, SEATED)
    oslo, bergen = built.problem.sites["Oslo"], built.problem.sites["Bergen"]
    # "North" is on both floors of Oslo, so both are named by floor; South keeps its
    # name; the Store (no bookable desk) is left out; zones of one floor are adjacent.
    assert oslo.zones == (
        Zone("1 / North", 4.0, ("South",)),
        Zone("South", 4.0, ("1 / North",)),
        Zone("2 / North", 3.0, ()),
    )
    assert bergen.zones == (Zone("Main", 3.0, ()),)
    assert built.problem.seats_by_zone and built.warnings == ()
    # the instance survives JSON, as a saved plan's instance must (zone names unique)
    assert problem_from_json(json.loads(built.problem.dumps())) == built.problem
    # without the option, nothing changes
    plain = build_problem(zoned.conn).problem
    assert all(s.zones == () for s in plain.sites.values()) and not plain.seats_by_zone
    assert plain.sites["Oslo"] == Site(
        "Oslo", oslo.capacity, oslo.desks, oslo.ceiling, oslo.baseline
    )


def test_zone_desks_use_the_sites_ceiling(zoned: OfficeFile) -> None:
    write_policy(zoned, Policy(anchor_days=1, capacity_ceiling=0.75, turnout=1.0))
    oslo = build_problem(zoned.conn, SEATED).problem.sites["Oslo"]
    assert oslo.capacity["Mon"] == 11 * 0.75
    assert [z.desks for z in oslo.zones] == [3.0, 3.0, 2.25]
    # the ceiling given as an option overrides the policy for zones as for the site
    oslo = build_problem(zoned.conn, BuildOptions(seat_by_zone=True, ceiling=0.5)).problem
    assert [z.desks for z in oslo.sites["Oslo"].zones] == [2.0, 2.0, 1.5]


def test_a_zone_named_like_another_zones_floor_and_name_is_qualified(
    office: OfficeFile,
) -> None:
    with office.write() as conn:
        ensure_desk(conn, "Oslo", "1", "North", "D1")
        ensure_desk(conn, "Oslo", "2", "1 / North", "D2")
        ensure_person(conn, "p", "T")
    zones = build_problem(office.conn, SEATED).problem.sites["Oslo"].zones
    assert [z.name for z in zones] == ["North", "2 / 1 / North"]


def test_a_team_spills_over_into_another_zone_of_its_floor_only(zoned: OfficeFile) -> None:
    """A (6 people) fits no zone alone; the two zones of floor 1 (8 desks) hold it, where
    floor 1's North and floor 2's North (7 desks) would not be allowed anyway."""
    problem = build_problem(zoned.conn, SEATED).problem
    solution = solve(problem)
    assert solution.status == "optimal"
    assert solution.seating["A"] == ("1 / North", "South")
    assert solution.seating["C"] == ("Main",)
    assert set(solution.seating) == {"A", "B", "C"}
    assert seating_problems(problem, solution.plan, solution.seating) == []


def test_a_team_too_large_for_every_zone_is_left_to_the_solver(zoned: OfficeFile) -> None:
    with zoned.write() as conn:
        for i in range(6, 9):
            ensure_person(conn, f"a{i}", "A")  # 9 people; floor 1 holds 8, the site 11
    built = build_problem(zoned.conn, SEATED)
    assert next(t for t in built.problem.teams if t.name == "A").size == 9
    assert solve(built.problem).status == "infeasible"
    why = explain_infeasible(built.problem, time_limit=5)
    assert any(line.startswith("A needs 9") for line in why.lines())


def test_seating_with_one_zone_per_site_is_flagged(office: OfficeFile) -> None:
    with office.write() as conn:
        for i in range(3):
            ensure_desk(conn, "Oslo", "1", "Open", f"D{i}")
            ensure_desk(conn, "Oslo", "2", "Quiet", f"Q{i}", LOCKED)  # no bookable desk
        ensure_person(conn, "p", "T")
    built = build_problem(office.conn, SEATED)
    assert built.problem.sites["Oslo"].zones == (Zone("Open", 2.7, ()),)
    assert built.warnings == (
        "Seating by zone changes nothing: no site has more than one zone with bookable desks.",
    )
    assert build_problem(office.conn).warnings == ()
    assert not can_seat_by_zone(office.conn)  # so the Planner page does not offer it
    with office.write() as conn:
        ensure_desk(conn, "Bergen", "1", "Open", "B0")
        ensure_desk(conn, "Bergen", "1", "Window", "B1", LOCKED)
    assert not can_seat_by_zone(office.conn)  # one zone each, counting bookable desks
    with office.write() as conn:
        ensure_desk(conn, "Bergen", "1", "Window", "B2")
    assert can_seat_by_zone(office.conn)


# -- plans saved with their seating --------------------------------------------------------


def _other_plan(problem: Problem) -> Problem:
    """The same teams and sites without zones: a plan that seats nobody."""
    return Problem(
        problem.weekdays,
        {n: Site(n, s.capacity) for n, s in problem.sites.items()},
        tuple(
            Team(t.name, t.site, t.size, 1, dict.fromkeys(problem.weekdays, 0.0) | {"Mon": 1.0})
            for t in problem.teams
        ),
    )


def test_a_seated_plan_round_trips(zoned: OfficeFile) -> None:
    problem = build_problem(zoned.conn, SEATED).problem
    solution = solve(problem)
    plan_id = save_plan(zoned, "Seated", problem, solution)
    saved = load_plan(zoned.conn, "Seated")
    assert saved.seating == solution.seating and saved.seating["A"] == ("1 / North", "South")
    assert saved.problem == problem
    assert seating_problems(problem, saved.days, saved.seating) == []
    stored = zoned.scalar("SELECT seating_json FROM plans WHERE id = ?", (plan_id,))
    assert json.loads(stored)["A"] == ["1 / North", "South"]
    # replaced by a plan that seats nobody: NULL, read back as no seating; undoing the
    # save (restore_plan) puts the seating back with the rest
    before = plan_record(zoned.conn, "Seated")
    assert before is not None
    other = _other_plan(problem)
    assert save_plan(zoned, "Seated", other, solve(other)) == plan_id
    assert zoned.scalar("SELECT seating_json FROM plans WHERE id = ?", (plan_id,)) is None
    assert load_plan(zoned.conn, "Seated").seating == {}
    restore_plan(zoned, before)
    assert load_plan(zoned.conn, "Seated") == saved


def _version_1_office(path: Path) -> None:
    """An office file as format 1 (before plans had seating) wrote it, with a saved plan."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("BEGIN IMMEDIATE")
        MIGRATIONS[0](Database(conn, execute_plugins=False))
        conn.execute("PRAGMA user_version = 1")
        _build_office(conn)
        days = ("Mon", "Tue")
        problem = Problem(
            days,
            {"Oslo": Site("Oslo", dict.fromkeys(days, 11.0))},
            (Team("A", "Oslo", 6, 1, {"Mon": 1.0, "Tue": 0.0}),),
        )
        conn.execute(
            "INSERT INTO plans(name, created_at, status, objective, bound, problem_json) "
            "VALUES ('Spring', '2025-03-01T08:00:00+00:00', 'optimal', 6.0, 6.0, ?)",
            (problem.dumps(),),
        )
        conn.execute(
            "INSERT INTO plan_days(plan_id, team_id, weekday) "
            "SELECT p.id, t.id, 'Mon' FROM plans p, teams t WHERE t.name = 'A'"
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_a_version_1_file_is_migrated_with_a_backup(office_path: Path) -> None:
    _version_1_office(office_path)
    old = office_path.read_bytes()
    with pytest.raises(OfficeFileError, match="older file format 1"):
        OfficeFile.open(office_path, read_only=True)  # read-only cannot upgrade it
    with OfficeFile.open(office_path) as doc:
        assert doc.schema_version == SCHEMA_VERSION
        columns = {c[1] for c in doc.conn.execute("PRAGMA table_info(plans)")}
        assert "seating_json" in columns
        assert doc.counts()["desks"] == 16 and doc.counts()["people"] == 11
        saved = load_plan(doc.conn, "Spring")
        assert saved.days == {"A": ("Mon",)} and saved.seating == {}
        assert saved.problem is not None and saved.problem.teams[0].name == "A"
        assert doc.integrity_problems() == []
        # the migrated file takes seated plans like a new one
        write_policy(doc, Policy(anchor_days=1, capacity_ceiling=1.0, turnout=1.0))
        problem = build_problem(doc.conn, SEATED).problem
        solution = solve(problem)
        save_plan(doc, "Seated", problem, solution)
        assert load_plan(doc.conn, "Seated").seating == solution.seating
    assert backup_path(office_path, 1).read_bytes() == old


# -- the plan command ----------------------------------------------------------------------


def test_cli_seats_by_zone_and_saves_the_seating(
    zoned: OfficeFile, capsys: pytest.CaptureFixture[str]
) -> None:
    path = zoned.path
    zoned.close()
    assert main(["plan", str(path), "--seat-by-zone", "--save", "Seated"]) == 0
    out, err = capsys.readouterr()
    assert "Saved as plan 'Seated'" in err
    with OfficeFile.open(path, read_only=True) as doc:
        saved = load_plan(doc.conn, "Seated").seating
    assert saved["A"] == ("1 / North", "South") and saved["C"] == ("Main",)
    seating = out[out.index("Seating\n") : out.index("Load vs capacity")]
    assert seating.splitlines() == [
        "Seating",
        "Team  Site    Zone",
        "A     Oslo    1 / North + South",
        "B     Oslo    " + " + ".join(saved["B"]),
        "C     Bergen  Main",
        "",
    ]
    zones = out[out.index("Load vs zone desks") : out.index("Why these days")].splitlines()
    assert zones[1].split() == ["Site", "Zone", "Mon", "Tue", "Wed", "Thu", "Fri"]
    bergen = next(line for line in zones if line.startswith("Bergen  Main"))
    cells = bergen.split()[2:]
    assert sorted(cells) == ["0.0/3.0"] * 4 + ["2.0/3.0"]
    assert "Sits in 1 / North + South (8.0 desks) on its anchor days." in out

    assert main(["plan", str(path), "--seat-by-zone", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["seating"]["A"] == ["1 / North", "South"]
    assert set(answer["zone_load"]) == {"Oslo", "Bergen"}
    assert set(answer["zone_load"]["Oslo"]) == {"1 / North", "South", "2 / North"}
    day = answer["teams"]["C"][0]
    assert answer["zone_load"]["Bergen"]["Main"][day] == 2.0


def test_cli_without_seating_prints_and_answers_none(
    zoned: OfficeFile, capsys: pytest.CaptureFixture[str]
) -> None:
    path = zoned.path
    zoned.close()
    assert main(["plan", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Seating" not in out and "zone desks" not in out
    assert main(["plan", str(path), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert "seating" not in answer and "zone_load" not in answer


def test_cli_seats_an_instance_with_zones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    days = ("Mon", "Tue")
    problem = Problem(
        days,
        {
            "Oslo": Site(
                "Oslo",
                dict.fromkeys(days, 20.0),
                zones=(Zone("North", 5.0, ("East",)), Zone("East", 5.0), Zone("West", 4.0)),
            )
        },
        (Team("A", "Oslo", 8, 1, {"Mon": 1.0, "Tue": 0.5}),),
        turnout=1.0,
    )
    path = tmp_path / "zoned.json"
    path.write_text(problem.dumps(), encoding="utf-8")
    assert main(["plan", "--problem", str(path)]) == 0
    out = capsys.readouterr().out
    assert "A     Oslo  North + East" in out
    zones = out[out.index("Load vs zone desks") :].splitlines()
    assert [line.split()[:2] for line in zones[2:5]] == [
        ["Oslo", "North"],
        ["Oslo", "East"],
        ["Oslo", "West"],
    ]
    assert zones[4].split()[2:] == ["0.0/4.0", "0.0/4.0"]  # West: nobody sits there


def test_cli_seat_by_zone_is_for_office_files_only(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["plan", "--problem", "p.json", "--seat-by-zone"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err
    assert "--seat-by-zone only applies to an office FILE, not --problem (an instance seats " in err
    assert 'teams by zone when its sites carry "zones")' in err
