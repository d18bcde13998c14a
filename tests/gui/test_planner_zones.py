"""The Planner page seating each team together by zone (issue 5's stretch goal).

A manager ticks "Seat each team together in a zone", runs, and reads where each team
sits: a Zone column in the grid ("North + East" for two adjacent zones), a line in the
explanation, and the load per zone and weekday under the load chart. Every figure is
checked against the core (``solve``, ``plan_explanations``, ``seating.zone_load``) on
the same instance.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from officeplanner.gui import planner_page
from officeplanner.gui.planner_models import PlanGridModel, ZoneLoadModel
from officeplanner.gui.planner_page import PlannerPage
from officeplanner.gui.planner_words import team_explanation_lines
from officeplanner.planner.exact import SolveOptions, solve
from officeplanner.planner.explain import SkippedDay, TeamExplanation, plan_explanations
from officeplanner.planner.from_office import BuildOptions, Built
from officeplanner.planner.generate import random_problem
from officeplanner.planner.problem import Problem, Site, Team, Zone
from officeplanner.planner.seating import seating_problems, zone_load
from officeplanner.planner.store import load_plan, save_plan
from officeplanner.store import OfficeFile
from tests.gui import planner_office
from tests.gui.planner_office import (
    DemoOffice,
    core_plan,
    grid_days,
    run_and_wait,
    save_as_user,
)

#: The shared fixtures, made visible to pytest in this module.
demo_template = planner_office.demo_template
demo_office = planner_office.demo_office
page = planner_office.page

DAYS = ("Mon", "Tue", "Wed")
START, END = date(2026, 9, 1), date(2026, 11, 27)


def zoned_problem(*, zones: bool = True) -> Problem:
    """One site of 40 desks in three zones (North and East adjacent). Big (15 people)
    fits only North + East; P and Q take North and South on Monday, so Big, which likes
    Monday best, finds the site roomy enough that day but its zones full."""

    def pref(mon: float, tue: float, wed: float) -> dict[str, float]:
        return {"Mon": mon, "Tue": tue, "Wed": wed}

    site_zones = (
        (Zone("North", 10.0, ("East",)), Zone("East", 8.0, ("North",)), Zone("South", 12.0))
        if zones
        else ()
    )
    site = Site("Oslo", dict.fromkeys(DAYS, 40.0), zones=site_zones)
    teams = (
        Team("Big", "Oslo", 15, 1, pref(1.0, 0.9, 0.2)),
        Team("P", "Oslo", 10, 1, pref(1.0, 0.5, 0.2)),
        Team("Q", "Oslo", 10, 1, pref(1.0, 0.6, 0.2)),
        Team("R", "Oslo", 6, 1, pref(0.3, 1.0, 0.2)),
    )
    return Problem(DAYS, {"Oslo": site}, teams, turnout=1.0)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[BuildOptions]:
    """The page's runs build :func:`zoned_problem` (with zones only when asked to seat by
    zone, as ``build_problem`` does); the options each run passed are recorded."""
    seen: list[BuildOptions] = []

    def build(_conn: object, options: BuildOptions | None = None) -> Built:
        assert options is not None
        seen.append(options)
        return Built(zoned_problem(zones=options.seat_by_zone), START, END)

    monkeypatch.setattr(planner_page, "build_problem", build)
    return seen


def split_zones(demo: DemoOffice) -> None:
    """Give each zone of the demo a neighbour on its floor ("South") holding the second
    half of its desks: the small demo has one zone per site, where seating by zone would
    change nothing."""
    with demo.doc.write() as conn:
        for zone, floor in conn.execute("SELECT id, floor_id FROM zones").fetchall():
            desks = [
                r[0]
                for r in conn.execute("SELECT id FROM desks WHERE zone_id = ? ORDER BY id", (zone,))
            ]
            new = conn.execute(
                "INSERT INTO zones(floor_id, name) VALUES (?, 'South')", (floor,)
            ).lastrowid
            conn.executemany(
                "UPDATE desks SET zone_id = ? WHERE id = ?",
                [(new, d) for d in desks[len(desks) // 2 :]],
            )
    demo.context.notify("zones")


@pytest.fixture
def zoned_office(demo_office: DemoOffice) -> DemoOffice:
    """The demo office with two zones on each site's floor."""
    split_zones(demo_office)
    return demo_office


# -- the box ------------------------------------------------------------------------------


def test_the_box_is_offered_only_where_zones_can_seat_teams(
    qtbot: QtBot, page: PlannerPage, demo_office: DemoOffice
) -> None:
    """Disabled, with the reason as tooltip, while every site has one zone (seating would
    change nothing); enabled and explained once a site has two zones with bookable desks;
    disabled and unticked again when one of them has none, the user's choice coming back
    with the desks and surviving closing and reopening the file (kept for the session,
    like the time limit)."""
    box = page.seat_check
    assert not box.isEnabled() and not box.isChecked()
    assert box.toolTip().startswith("Needs a site with two or more zones")
    split_zones(demo_office)
    assert box.isEnabled() and not box.isChecked()
    assert "adjacent zones" in box.toolTip()
    assert not page.seat_by_zone_on()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked() and page.seat_by_zone_on()

    doc = demo_office.doc
    with doc.write() as conn:
        conn.execute(
            "UPDATE desks SET bookable = 0 WHERE zone_id IN "
            "(SELECT id FROM zones WHERE name = 'South')"
        )
    demo_office.context.notify("desks")
    assert not box.isEnabled() and not box.isChecked()
    assert box.toolTip().startswith("Needs a site with two or more zones")
    assert not page.seat_by_zone_on()
    with doc.write() as conn:
        conn.execute("UPDATE desks SET bookable = 1")
    demo_office.context.notify("desks")
    assert box.isEnabled() and box.isChecked()  # the choice was kept

    demo_office.context.set_document(None)
    assert not box.isEnabled() and not page.seat_by_zone_on()
    demo_office.context.set_document(OfficeFile.open(demo_office.path))
    assert box.isEnabled() and box.isChecked() and page.seat_by_zone_on()


def test_the_box_is_locked_while_a_run_searches(
    qtbot: QtBot, page: PlannerPage, zoned_office: DemoOffice, asked: list[BuildOptions]
) -> None:
    page.seat_check.click()
    page.run_action.trigger()
    assert not page.seat_check.isEnabled()
    qtbot.waitUntil(lambda: page.task is None, timeout=planner_office.RUN_TIMEOUT_MS)
    assert page.seat_check.isEnabled() and page.seat_check.isChecked()


# -- a seated run -------------------------------------------------------------------------


def test_a_seated_run_shows_where_each_team_sits(
    qtbot: QtBot, page: PlannerPage, zoned_office: DemoOffice, asked: list[BuildOptions]
) -> None:
    problem = zoned_problem()
    core = solve(problem, SolveOptions(time_limit=10.0))
    assert core.status == "optimal" and core.seating["Big"] == ("North", "East")

    page.seat_check.click()
    run_and_wait(qtbot, page)
    assert [o.seat_by_zone for o in asked] == [True]
    run = page.run
    assert run is not None and run.solution.seating == core.seating
    assert grid_days(page) == core.plan

    # the grid: a Zone column after the site, two zones as "North + East"
    grid = page.grid
    assert grid.columnCount() == 3 + len(DAYS)
    assert grid.headerData(2, Qt.Orientation.Horizontal) == "Zone"
    assert grid.headerData(3, Qt.Orientation.Horizontal) == "Mon"
    for team, area in core.seating.items():
        assert grid.zone_text(team) == " + ".join(area)
    big = grid.index(problem.team_index("Big"), 2)
    assert grid.data(big, Qt.ItemDataRole.ToolTipRole) == (
        "Big sits in North + East (18.0 desks) on its anchor days"
    )

    # the explanation: where the team sits, and the preferred day its zones had no room for
    page.select_team("Big")
    lines = page.explanation.toPlainText().splitlines()
    assert lines[1] == "Sits in North + East (18.0 desks) on its anchor days."
    facts = plan_explanations(problem, core.plan, core.seating)["Big"]
    assert [k.reason for k in facts.skipped] == ["zone"]
    assert lines[-1] == (
        "Not Monday, though preferred (1.00): North + East is full that day "
        "(10.0 of 18.0 desks taken; the team needs 15.0)."
    )
    # the same facts as the core's English line, which names the day by its key
    assert facts.lines()[-1] == lines[-1].replace("Monday", "Mon")

    # the load per zone: the core's zone_load, zone by zone and day by day
    expected = zone_load(problem, core.plan, core.seating).load
    model = page.zone_load
    page.tabs.setCurrentWidget(page.load_tab)  # Load vs capacity
    assert page.chart.isVisible() and page.zone_view.isVisible()
    assert model.rowCount() == 3
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Site",
        "Zone",
        "Desks",
        "Mon",
        "Tue",
        "Wed",
    ]
    for r, row in enumerate(model.rows):
        zone = problem.sites["Oslo"].zone(row.zone)
        assert model.data(model.index(r, 2)) == f"{zone.desks:.1f}"
        for j, d in enumerate(DAYS):
            assert row.used[d] == expected["Oslo"][row.zone][d]
            assert model.data(model.index(r, 3 + j)) == f"{expected['Oslo'][row.zone][d]:.1f}"
    north_tue = model.index([r.zone for r in model.rows].index("North"), 4)
    assert model.data(north_tue, Qt.ItemDataRole.ToolTipRole) == (
        "North (Oslo) on Tue: 10.0 of 10.0 desks taken"
    )


def test_cancel_keeps_the_best_seated_plan_found(
    qtbot: QtBot, page: PlannerPage, zoned_office: DemoOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A seated run stays in the worker with its progress and Cancel: 30 teams in zones of
    about 40 desks (seated at once, far from proven in the time limit); Cancel keeps the
    best seated plan, and the grid and the zone table show its seating."""
    hard = random_problem(30, seed=1, zone_desks=40.0)

    def hard_build(_conn: object, options: BuildOptions | None = None) -> Built:
        assert options is not None and options.seat_by_zone
        return Built(hard, START, END)

    monkeypatch.setattr(planner_page, "build_problem", hard_build)
    page.seat_check.click()
    page.time_limit.setValue(120.0)
    page.run_action.trigger()
    job = page._job
    assert job is not None and page.cancel_action.isEnabled()
    assert page.progress_action.isVisible() and not page.seat_check.isEnabled()
    qtbot.waitUntil(lambda: job.best[0] is not None, timeout=planner_office.RUN_TIMEOUT_MS)
    page.cancel_action.trigger()
    qtbot.waitUntil(lambda: page.task is None, timeout=planner_office.RUN_TIMEOUT_MS)
    run = page.run
    assert run is not None and run.stopped and run.solution.seconds < 60.0
    assert run.solution.status == "feasible" and run.solution.plan
    assert seating_problems(hard, run.solution.plan, run.solution.seating) == []
    assert "stopped by Cancel" in page.status_label.text()
    assert grid_days(page) == run.solution.plan
    for team, area in run.solution.seating.items():
        assert page.grid.zone_text(team) == " + ".join(area)
    assert page.zone_load.rowCount() == sum(len(s.zones) for s in hard.sites.values())


def test_an_unseated_run_after_a_seated_one_drops_the_zones(
    qtbot: QtBot, page: PlannerPage, zoned_office: DemoOffice, asked: list[BuildOptions]
) -> None:
    page.seat_check.click()
    run_and_wait(qtbot, page)
    page.tabs.setCurrentWidget(page.load_tab)  # Load vs capacity
    assert page.grid.zone_text("Big") == "North + East" and page.zone_view.isVisible()
    page.seat_check.click()
    run_and_wait(qtbot, page)
    assert [o.seat_by_zone for o in asked] == [True, False]
    assert page.run is not None and page.run.solution.seating == {}
    assert page.grid.columnCount() == 2 + len(DAYS)
    assert page.grid.headerData(2, Qt.Orientation.Horizontal) == "Mon"
    assert page.grid.zone_text("Big") is None
    assert page.zone_load.rowCount() == 0 and not page.zone_view.isVisible()
    assert page.chart.isVisible()
    page.select_team("Big")
    assert "Sits in" not in page.explanation.toPlainText()


def test_a_seated_run_that_cannot_fit_says_why(
    qtbot: QtBot, page: PlannerPage, zoned_office: DemoOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three teams of 7 on Monday only: the site has room (21 of 40) but its two zones of
    10 desks seat two of them. The status says it is the seating, not the site."""
    zones = (Zone("North", 10.0), Zone("South", 10.0))
    site = Site("Oslo", dict.fromkeys(DAYS, 40.0), zones=zones)
    teams = tuple(
        Team(n, "Oslo", 7, 1, dict.fromkeys(DAYS, 1.0), forbidden=("Tue", "Wed")) for n in "ABC"
    )
    tight = Problem(DAYS, {"Oslo": site}, teams, turnout=1.0)

    def build(_conn: object, _options: object = None) -> Built:
        return Built(tight, START, END)

    monkeypatch.setattr(planner_page, "build_problem", build)
    page.seat_check.click()
    run_and_wait(qtbot, page)
    assert page.run is not None and page.run.solution.status == "infeasible"
    text = page.status_label.text()
    assert "No plan fits the capacities" in text
    assert (
        "The anchor days fit every site, but the teams cannot all be seated together by "
        "zone. It fits without seating by zone, or with more desks in the zones."
    ) in page.run.infeasibility
    assert all(line in text for line in page.run.infeasibility)
    assert page.grid.rowCount() == 0 and page.zone_load.rowCount() == 0


def test_seated_models_pass_the_model_tester(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    problem = zoned_problem()
    core = solve(problem, SolveOptions(time_limit=10.0))
    grid = PlanGridModel()
    grid.set_plan(problem, core.plan, core.seating)
    qtmodeltester.check(grid, force_py=True)
    assert grid.first_day_column == 3
    zones = ZoneLoadModel()
    qtmodeltester.check(zones, force_py=True)
    zones.set_load(problem, zone_load(problem, core.plan, core.seating).load)
    qtmodeltester.check(zones, force_py=True)
    assert zones.rowCount() == 3 and zones.columnCount() == 3 + len(DAYS)
    cleared = ZoneLoadModel()
    cleared.set_load(problem, zone_load(problem, core.plan, core.seating).load)
    cleared.set_load(None, None)
    assert cleared.rowCount() == 0 and cleared.columnCount() == 3


def test_the_zone_reason_is_worded_with_the_teams_zones(qapp: QApplication) -> None:
    """The GUI words a "zone" skip from the team's seat and the zones' desks, the same
    facts and numbers as the core's English line."""
    facts = TeamExplanation(
        team="Finance",
        size=14,
        site="Oslo",
        days=("Wed",),
        chosen=(),
        skipped=(
            SkippedDay(
                day="Tue",
                preference=0.72,
                reason="zone",
                site_load=17.0,
                capacity=18.0,
                demand=5.1,
            ),
        ),
        forbidden=(),
        seat=("North", "East"),
        seat_desks=18.0,
    )
    core = facts.lines()
    gui = team_explanation_lines(facts)
    assert core[1] == gui[1] == "Sits in North + East (18.0 desks) on its anchor days."
    assert gui[-1] == (
        "Not Tuesday, though preferred (0.72): North + East is full that day "
        "(17.0 of 18.0 desks taken; the team needs 5.1)."
    )
    assert core[-1] == gui[-1].replace("Tuesday", "Tue")


# -- on the file, through the core's build ------------------------------------------------


def test_a_seated_run_on_the_file_is_the_cores_seated_plan(
    qtbot: QtBot, page: PlannerPage, zoned_office: DemoOffice
) -> None:
    """Ticked, the page plans exactly what ``build_problem(…, seat_by_zone=True)`` and the
    solver give for the file: the zones it reads, the days, a valid seating, shown."""
    problem, core = core_plan(zoned_office, BuildOptions(seat_by_zone=True))
    assert core.status == "optimal" and core.seating
    page.seat_check.click()
    run_and_wait(qtbot, page)
    run = page.run
    assert run is not None and run.problem == problem and run.problem.seats_by_zone
    assert grid_days(page) == core.plan
    assert seating_problems(run.problem, run.solution.plan, run.solution.seating) == []
    for team in problem.teams:
        assert page.grid.zone_text(team.name) == " + ".join(run.solution.seating[team.name])
    assert run.zone_load == zone_load(problem, run.solution.plan, run.solution.seating).load
    sites = {row.site for row in page.zone_load.rows}
    assert sites == {s.name for s in problem.sites.values() if s.zones}


def test_saving_keeps_the_seating_and_undo_puts_the_old_plan_back(
    qtbot: QtBot, page: PlannerPage, zoned_office: DemoOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = zoned_office.doc
    stack = zoned_office.context.undo_stack
    run_and_wait(qtbot, page)  # not seated first
    save_as_user(page, monkeypatch, "Spring", date(2027, 1, 4))
    assert load_plan(doc.conn, "Spring").seating == {}
    page.seat_check.click()
    run_and_wait(qtbot, page)
    assert page.run is not None and page.run.solution.seating
    save_as_user(page, monkeypatch, "Spring", date(2027, 1, 4))  # replaces it
    assert load_plan(doc.conn, "Spring").seating == page.run.solution.seating
    stack.undo()
    assert load_plan(doc.conn, "Spring").seating == {}
    stack.redo()
    assert load_plan(doc.conn, "Spring").seating == page.run.solution.seating


def test_the_comparison_lists_teams_that_change_zones(
    qtbot: QtBot, page: PlannerPage, zoned_office: DemoOffice
) -> None:
    """Plan B keeps A's days but seats one team elsewhere: its Zone cell reads
    "North → South" though it does not move, the label counts it, and a two-zone team
    named the other way round sits where it sat."""
    doc = zoned_office.doc
    problem, seated = core_plan(zoned_office, BuildOptions(seat_by_zone=True))
    pairs = [t for t, area in seated.seating.items() if len(area) == 2]
    singles = [t for t, area in seated.seating.items() if len(area) == 1]
    assert pairs and singles
    other = {"North": "South", "South": "North"}
    moved_seat = {
        **seated.seating,
        singles[0]: (other[seated.seating[singles[0]][0]],),
        pairs[0]: tuple(reversed(seated.seating[pairs[0]])),
    }
    save_plan(doc, "A", problem, seated)
    save_plan(doc, "B", problem, replace(seated, seating=moved_seat))
    zoned_office.context.notify("plans")
    assert (page.compare_a.currentText(), page.compare_b.currentText()) == ("A", "B")
    model = page.compare
    assert model.seated
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Team",
        "A",
        "B",
        "Zone",
        "Moves",
    ]
    zones = {
        str(model.data(model.index(r, 0))): str(model.data(model.index(r, 3)))
        for r in range(model.rowCount())
    }
    expected = {t: " + ".join(area) for t, area in seated.seating.items()}
    expected[singles[0]] = f"{seated.seating[singles[0]][0]} → {moved_seat[singles[0]][0]}"
    assert zones == expected
    assert not any(model.data(model.index(r, 4)) for r in range(model.rowCount()))
    row = [r.team for r in model.rows].index(singles[0])
    assert model.data(model.index(row, 0), Qt.ItemDataRole.FontRole).bold()
    assert [r.team for r in model.rows if r.reseated] == [singles[0]]
    assert page.compare_label.text().endswith("0 teams move · 1 team changes zone")
    # two plans that do not seat by zone: the table is as before
    save_plan(doc, "C", problem, replace(seated, seating={}))
    zoned_office.context.notify("plans")
    page.compare_a.setCurrentText("C")
    page.compare_b.setCurrentText("C")
    assert not model.seated and model.columnCount() == 4
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Moves"
    assert "zone" not in page.compare_label.text()


def test_the_comparison_shows_each_zones_load(
    qtbot: QtBot, page: PlannerPage, zoned_office: DemoOffice
) -> None:
    """Plan B seats one team in the other zone of its floor, on the same days: the sites'
    rows do not change, and only the zone rows below them show where the people went.
    Every zone figure is the core's ``zone_load`` of that plan."""
    doc = zoned_office.doc
    problem, seated = core_plan(zoned_office, BuildOptions(seat_by_zone=True))
    single = next(t for t, area in seated.seating.items() if len(area) == 1)
    other = {"North": "South", "South": "North"}
    moved_seat = {**seated.seating, single: (other[seated.seating[single][0]],)}
    save_plan(doc, "A", problem, seated)
    save_plan(doc, "B", problem, replace(seated, seating=moved_seat))
    zoned_office.context.notify("plans")
    model = page.compare_load
    assert model.zoned
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Site",
        "Zone",
        "Day",
        "A",
        "B",
        "Capacity",
    ]
    za = zone_load(problem, seated.plan, seated.seating).load
    zb = zone_load(problem, seated.plan, moved_seat).load
    desks = {(s.name, z.name): z.desks for s in problem.sites.values() for z in s.zones}
    site_rows = [r for r in model.rows if not r.zone]
    zone_rows = [r for r in model.rows if r.zone]
    assert len(site_rows) == len(problem.sites) * len(problem.weekdays)
    assert len(zone_rows) == len(desks) * len(problem.weekdays)
    assert all(r.a == r.b for r in site_rows)  # same days, so the same site load
    for r in zone_rows:
        assert (r.a, r.b, r.capacity) == (
            za[r.site][r.zone][r.day],
            zb[r.site][r.zone][r.day],
            desks[r.site, r.zone],
        )
    # the moved team's people left its old zone on its anchor days, and only then
    site = next(t.site for t in problem.teams if t.name == single)
    old = seated.seating[single][0]
    changed = {(r.zone, r.day) for r in zone_rows if r.site == site and r.a != r.b}
    assert {(old, d) for d in seated.plan[single]} <= changed
    assert {d for _, d in changed} <= set(seated.plan[single])
    # each site's rows come first, then its zones', and the cells read as the table shows
    first = model.rows.index(zone_rows[0])
    assert all(not r.zone for r in model.rows[: len(problem.weekdays)])
    assert model.data(model.index(first, 1)) == zone_rows[0].zone
    assert model.data(model.index(0, 1)) == "Whole site"
    bold = {
        (r.site, r.zone, r.day)
        for i, r in enumerate(model.rows)
        if model.data(model.index(i, 0), Qt.ItemDataRole.FontRole) is not None
    }
    assert bold == {
        (site, z, d) for z, d in changed if abs(za[site][z][d] - zb[site][z][d]) >= 0.05
    }
    assert bold  # the team's people moved
    # two plans that do not seat by zone: no Zone column, no zone rows
    save_plan(doc, "C", problem, replace(seated, seating={}))
    zoned_office.context.notify("plans")
    # one seated plan beside one that is not: its zones, and "—" for the other, not bold
    page.compare_a.setCurrentText("A")
    page.compare_b.setCurrentText("C")
    assert model.zoned and model.columnCount() == 6
    zone_rows = [r for r in model.rows if r.zone]
    assert zone_rows and all(r.b is None for r in zone_rows)
    assert all(r.a == za[r.site][r.zone][r.day] for r in zone_rows)
    first = model.rows.index(zone_rows[0])
    assert model.data(model.index(first, 4)) == "—"
    assert model.data(model.index(first, 0), Qt.ItemDataRole.FontRole) is None
    page.compare_a.setCurrentText("C")
    assert not model.zoned and model.columnCount() == 5
    assert all(not r.zone for r in model.rows)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Day"
