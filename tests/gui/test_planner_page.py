"""The Planner page, driven as a manager would: run, cancel, edit the policy and undo,
lock a team and re-plan, save plans (undoably) and compare them.

Every figure the page shows is checked against the core on the same file:
``build_problem`` + ``exact.solve`` for the grid and the chart, ``moved_teams`` for the
comparison, ``read_policies`` for the policy the undo stack leaves behind.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from officeplanner.gui import planner_page, prompts
from officeplanner.gui.calendar_export_dialog import CalendarExportDialog
from officeplanner.gui.icons import icon
from officeplanner.gui.planner_models import (
    DAY_FIXED,
    CompareLoadModel,
    CompareModel,
    FollowUpModel,
    PlanGridModel,
    TeamPolicyModel,
    TeamPolicyRow,
    plan_loads,
)
from officeplanner.gui.planner_page import PlannerPage
from officeplanner.gui.save_plan_dialog import SavePlanDialog
from officeplanner.planner.followup import followup
from officeplanner.planner.from_office import Built
from officeplanner.planner.generate import random_problem
from officeplanner.planner.objective import load, moved_teams
from officeplanner.planner.result import Solution
from officeplanner.planner.store import (
    Policy,
    load_plan,
    plan_names,
    read_policies,
    save_plan,
)
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

# -- models -------------------------------------------------------------------------------


def test_model_testers(
    qapp: QApplication, qtmodeltester: ModelTester, demo_office: DemoOffice
) -> None:
    problem, solution = core_plan(demo_office)
    assert solution.status == "optimal"
    grid = PlanGridModel()
    qtmodeltester.check(grid, force_py=True)
    grid.set_plan(problem, solution.plan)
    qtmodeltester.check(grid, force_py=True)
    assert grid.rowCount() == len(problem.teams)
    assert grid.columnCount() == 2 + len(problem.weekdays)

    policies = TeamPolicyModel()
    qtmodeltester.check(policies, force_py=True)
    org = Policy(anchor_days=2, allowed_weekdays=problem.weekdays)
    rows = [
        TeamPolicyRow(problem.teams[0].name, Policy(fixed_weekdays=("Tue",))),
        TeamPolicyRow(problem.teams[1].name, Policy(anchor_days=1)),
    ]
    policies.set_rows(org, problem.weekdays, rows)
    qtmodeltester.check(policies, force_py=True)
    assert policies.data(policies.index(0, 3)) == DAY_FIXED  # Tue
    assert policies.data(policies.index(0, 1)) == "(2)"  # inherited from the organisation

    a = demo_office.doc
    save_plan(a, "A", problem, solution)
    moved = dict(solution.plan)
    first = problem.teams[0].name
    moved[first] = tuple(d for d in problem.weekdays if d not in solution.plan[first])[:2]
    save_plan(a, "B", problem, Solution("feasible", moved, None, None, 0.0, "test"))
    plan_a, plan_b = load_plan(a.conn, "A"), load_plan(a.conn, "B")
    compare = CompareModel()
    qtmodeltester.check(compare, force_py=True)
    compare.set_plans(plan_a, plan_b)
    qtmodeltester.check(compare, force_py=True)
    assert [r.team for r in compare.rows if r.moved] == [first]
    compare_load = CompareLoadModel()
    qtmodeltester.check(compare_load, force_py=True)
    compare_load.set_plans(plan_a, plan_b)
    qtmodeltester.check(compare_load, force_py=True)
    assert compare_load.rowCount() == len(problem.sites) * len(problem.weekdays)


# -- running ------------------------------------------------------------------------------


def test_run_shows_the_core_plan(qtbot: QtBot, page: PlannerPage, demo_office: DemoOffice) -> None:
    problem, solution = core_plan(demo_office)
    assert solution.status == "optimal" and solution.plan
    run_and_wait(qtbot, page)
    assert page.run is not None
    assert page.run.problem == problem
    assert grid_days(page) == solution.plan
    assert page.run.solution.objective == pytest.approx(solution.objective)
    assert "Optimal plan" in page.status_label.text()
    assert f"{solution.objective:.2f}" in page.status_label.text()
    # the chart draws the core's load and capacity, per site and weekday
    used = load(problem, solution.plan)
    assert set(page.chart.shown) == set(problem.sites)
    for site, (heights, caps) in page.chart.shown.items():
        assert heights == [used[site][d] for d in problem.weekdays]
        assert caps == [problem.sites[site].capacity[d] for d in problem.weekdays]
    # the first team is selected and its explanation shown, ready to copy
    first = problem.teams[0].name
    assert page.selected_team() == first
    assert page.explanation.toPlainText() == "\n".join(page.run.explanations[first])
    assert first in page.explanation.toPlainText()
    assert page.copy_button.isEnabled() and page.lock_action.isEnabled()
    page.copy_button.click()
    assert QApplication.clipboard().text() == page.explanation.toPlainText()
    # Run is available again, Cancel is not
    assert page.run_action.isEnabled() and not page.cancel_action.isEnabled()
    assert not page.progress_action.isVisible()


def test_cancel_keeps_the_best_plan_found(
    qtbot: QtBot, page: PlannerPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hard instance (60 teams; HiGHS needs far more than the time limit) stands in for
    the file's, so Cancel interrupts a search that would otherwise run for a minute."""
    hard = random_problem(60, seed=1)

    def hard_build(_conn: object, _options: object = None) -> Built:
        return Built(hard, date(2026, 9, 1), date(2026, 11, 27))

    monkeypatch.setattr(planner_page, "build_problem", hard_build)
    page.time_limit.setValue(120.0)
    page.run_action.trigger()
    task = page.task
    assert task is not None and page.cancel_action.isEnabled()
    assert page.progress_action.isVisible()
    with qtbot.waitSignal(task.progress, timeout=planner_office.RUN_TIMEOUT_MS):
        pass  # the search has started
    page.cancel_action.trigger()
    qtbot.waitUntil(lambda: page.task is None, timeout=planner_office.RUN_TIMEOUT_MS)
    run = page.run
    assert run is not None and run.stopped
    assert run.solution.status == "feasible" and run.solution.plan
    assert run.solution.seconds < 60.0
    assert "stopped by Cancel" in page.status_label.text()
    assert grid_days(page) == run.solution.plan
    assert page.run_action.isEnabled() and not page.cancel_action.isEnabled()


def test_the_status_shows_the_plan_improving_while_the_search_runs(
    qtbot: QtBot, page: PlannerPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two sites of 60 teams: the LP bound comes first, then better plans site by site;
    the status line shows the best score so far and its proven distance from the best
    possible before the search ends, and the final status when it does."""
    hard = random_problem(120, seed=1)

    def hard_build(_conn: object, _options: object = None) -> Built:
        return Built(hard, date(2026, 9, 1), date(2026, 11, 27))

    monkeypatch.setattr(planner_page, "build_problem", hard_build)
    page.time_limit.setValue(4.0)
    shown: list[str] = []
    page.run_action.trigger()
    task = page.task
    assert task is not None
    task.progress.connect(lambda _done, _total: shown.append(page.status_label.text()))
    qtbot.waitUntil(lambda: page.task is None, timeout=planner_office.RUN_TIMEOUT_MS)
    while_running = [t for t in shown if "best score so far" in t]
    assert while_running, shown
    assert any("% of the best possible" in t for t in while_running)
    run = page.run
    assert run is not None and run.solution.objective is not None
    assert f"{run.solution.objective:.2f}" in page.status_label.text()
    assert "best score so far" not in page.status_label.text()


# -- the policy ---------------------------------------------------------------------------


def test_policy_edits_are_undoable(
    qtbot: QtBot, page: PlannerPage, demo_office: DemoOffice
) -> None:
    doc = demo_office.doc
    stack = demo_office.context.undo_stack
    before = read_policies(doc.conn)
    rows_before = doc.conn.execute("SELECT * FROM policies ORDER BY team_id").fetchall()
    page.anchor_spin.setValue(1)
    page.ceiling_spin.setValue(95)
    page.day_checks["Fri"].setChecked(False)
    page.apply_button.click()
    org, _ = read_policies(doc.conn)
    assert (org.anchor_days, org.capacity_ceiling) == (1, 0.95)
    assert org.allowed_weekdays == ("Mon", "Tue", "Wed", "Thu")
    assert page.team_policies.columnCount() == 2 + 4  # the table follows the allowed days
    # a team rule typed into the per-team table
    team = page.team_policies.rows[0].team
    index = page.team_policies.index(0, 2)  # Mon
    page.team_view.setFocus()
    assert page.team_policies.setData(index, DAY_FIXED)
    _, overrides = read_policies(doc.conn)
    assert overrides[team].fixed_weekdays == ("Mon",)
    assert page.team_policies.data(page.team_policies.index(0, 2)) == DAY_FIXED
    assert stack.count() == 2
    stack.undo()
    _, overrides = read_policies(doc.conn)
    assert not (overrides.get(team) or Policy()).fixed_weekdays
    stack.undo()
    assert read_policies(doc.conn)[0] == before[0]
    # exactly as stored before, not the defaults written in
    assert doc.conn.execute("SELECT * FROM policies ORDER BY team_id").fetchall() == rows_before
    team_row = doc.conn.execute(
        "SELECT count(*) FROM policies p JOIN teams t ON t.id = p.team_id WHERE t.name = ?",
        (team,),
    ).fetchone()[0]
    assert team_row == 0
    assert page.anchor_spin.value() == (before[0].anchor_days or 2)
    assert page.day_checks["Fri"].isChecked()
    stack.redo()
    assert read_policies(doc.conn)[0].anchor_days == 1
    # the next run plans with the policy in the file
    run_and_wait(qtbot, page)
    assert page.run is not None
    assert all(t.anchor_days == 1 for t in page.run.problem.teams)
    assert page.run.solution.status == "optimal"
    assert all(len(d) == 1 for d in grid_days(page).values())


def test_infeasible_policy_says_why(
    qtbot: QtBot, page: PlannerPage, demo_office: DemoOffice
) -> None:
    page.anchor_spin.setValue(3)
    page.ceiling_spin.setValue(30)
    page.apply_button.click()
    run_and_wait(qtbot, page)
    assert page.run is not None and page.run.solution.status == "infeasible"
    assert page.run.infeasibility  # explain_infeasible's lines
    text = page.status_label.text()
    assert "No plan fits the capacities" in text
    assert all(line in text for line in page.run.infeasibility)
    assert page.grid.rowCount() == 0 and page.chart.shown == {}
    assert not page.save_action.isEnabled() and not page.lock_action.isEnabled()


def test_no_weekday_is_refused(
    qtbot: QtBot, page: PlannerPage, demo_office: DemoOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _p, _t, text: said.append(text))
    for check in page.day_checks.values():
        check.setChecked(False)
    page.apply_button.click()
    assert said == ["Allow at least one weekday."]
    assert demo_office.context.undo_stack.count() == 0


def test_locked_team_keeps_its_days_after_replanning(
    qtbot: QtBot, page: PlannerPage, demo_office: DemoOffice
) -> None:
    doc = demo_office.doc
    run_and_wait(qtbot, page)
    assert page.run is not None
    first = page.run.problem.teams[0].name
    days = page.run.solution.plan[first]
    # The team now strongly prefers its other days: unlocked, the core would move it.
    others = [d for d in page.run.problem.weekdays if d not in days]
    with doc.write() as conn:
        (tid,) = conn.execute("SELECT id FROM teams WHERE name = ?", (first,)).fetchone()
        conn.executemany(
            "INSERT OR REPLACE INTO team_preferences(team_id, weekday, preference) "
            "VALUES (?, ?, ?)",
            [(tid, d, 5.0) for d in others] + [(tid, d, 0.0) for d in days],
        )
    _, unlocked = core_plan(demo_office)
    assert set(unlocked.plan[first]) != set(days)

    page.select_team(first)
    assert page.selected_team() == first
    page.lock_action.trigger()
    _, overrides = read_policies(doc.conn)
    assert overrides[first].fixed_weekdays == days
    assert page.task is not None  # locking plans again at once
    qtbot.waitUntil(lambda: page.task is None, timeout=planner_office.RUN_TIMEOUT_MS)
    assert page.run is not None
    assert page.run.solution.plan[first] == days
    assert page.grid.cell_text(first)[days[0]] == "In (fixed)"
    _, locked = core_plan(demo_office)
    assert grid_days(page) == locked.plan
    # undo unlocks
    demo_office.context.undo_stack.undo()
    _, overrides = read_policies(doc.conn)
    assert not (overrides.get(first) or Policy()).fixed_weekdays


# -- saving and comparing -----------------------------------------------------------------


def test_save_is_undoable(
    qtbot: QtBot, page: PlannerPage, demo_office: DemoOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = demo_office.doc
    stack = demo_office.context.undo_stack
    run_and_wait(qtbot, page)
    assert page.run is not None
    save_as_user(page, monkeypatch, "Spring", date(2027, 1, 4))
    saved = load_plan(doc.conn, "Spring")
    assert saved.days == page.run.solution.plan
    assert (saved.valid_from, saved.valid_to) == (date(2027, 1, 4), date(2027, 12, 31))
    assert stack.count() == 1 and "Spring" in stack.undoText()
    assert page.export_action.isEnabled()
    stack.undo()
    assert plan_names(doc.conn) == []
    assert not page.export_action.isEnabled()
    stack.redo()
    assert load_plan(doc.conn, "Spring").days == page.run.solution.plan


def test_replacing_a_plan_undoes_to_the_old_one(
    qtbot: QtBot, page: PlannerPage, demo_office: DemoOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = demo_office.doc
    stack = demo_office.context.undo_stack
    run_and_wait(qtbot, page)
    save_as_user(page, monkeypatch, "Q1", date(2027, 1, 4))
    first = load_plan(doc.conn, "Q1")
    page.anchor_spin.setValue(1)
    page.apply_button.click()
    run_and_wait(qtbot, page)
    save_as_user(page, monkeypatch, "Q1", date(2027, 2, 1))
    replaced = load_plan(doc.conn, "Q1")
    assert replaced.id == first.id  # in place: calendar UIDs stay
    assert all(len(d) == 1 for d in replaced.days.values())
    stack.undo()
    back = load_plan(doc.conn, "Q1")
    assert (back.id, back.days, back.valid_from) == (first.id, first.days, first.valid_from)
    assert back.problem == first.problem


def test_compare_two_saved_plans(
    qtbot: QtBot, page: PlannerPage, demo_office: DemoOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = demo_office.doc
    run_and_wait(qtbot, page)
    save_as_user(page, monkeypatch, "Two days", date(2027, 1, 4))
    assert page.compare_a.count() == 1
    assert page.compare.rowCount() == 0 or page.compare_a.currentText() == "Two days"
    page.anchor_spin.setValue(1)
    page.apply_button.click()
    run_and_wait(qtbot, page)
    save_as_user(page, monkeypatch, "One day", date(2027, 1, 4))
    assert [page.compare_a.itemText(i) for i in range(page.compare_a.count())] == [
        "Two days",
        "One day",
    ]
    assert (page.compare_a.currentText(), page.compare_b.currentText()) == ("Two days", "One day")
    a, b = load_plan(doc.conn, "Two days"), load_plan(doc.conn, "One day")
    expected = moved_teams(a.days, b.days)
    assert expected  # every team goes from two days to one
    shown = {row.team: row for row in page.compare.rows}
    assert {t for t, r in shown.items() if r.moved} == set(expected)
    for team, (before, after) in expected.items():
        row = page.compare.index(list(shown).index(team), 0).row()
        assert page.compare.data(page.compare.index(row, 1)) == ", ".join(before)
        assert page.compare.data(page.compare.index(row, 2)) == ", ".join(after)
        assert page.compare.data(page.compare.index(row, 3)) == "moves"
    n = len(expected)
    assert f"{n} team{'s' if n != 1 else ''} move" in page.compare_label.text()
    assert page.compare.headerData(1, Qt.Orientation.Horizontal) == "Two days"
    # the load table is the core's load of each plan
    la, lb = plan_loads(a), plan_loads(b)
    for row in page.compare_load.rows:
        assert row.a == la[row.site, row.day] and row.b == lb[row.site, row.day]
    # the same plan on both sides: nobody moves
    page.compare_b.setCurrentText("Two days")
    assert not any(r.moved for r in page.compare.rows)
    assert "0 teams move" in page.compare_label.text()


def test_read_only_file_disables_editing(
    qtbot: QtBot, demo_office: DemoOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    from officeplanner.store import OfficeFile

    path = demo_office.path
    demo_office.context.set_document(None)
    demo_office.context.set_document(OfficeFile.open(path, read_only=True))
    p = PlannerPage(demo_office.context)
    qtbot.addWidget(p)
    assert not p.apply_button.isEnabled() and not p.anchor_spin.isEnabled()
    run_and_wait(qtbot, p)  # planning only reads
    assert p.run is not None and p.run.solution.plan
    assert not p.save_action.isEnabled() and not p.lock_action.isEnabled()


# -- export and follow-up -----------------------------------------------------------------


def test_export_opens_on_the_plan_saved_last(
    qtbot: QtBot, page: PlannerPage, demo_office: DemoOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not page.export_action.isEnabled()  # nothing saved yet
    run_and_wait(qtbot, page)
    save_as_user(page, monkeypatch, "Winter", date(2027, 1, 4))
    save_as_user(page, monkeypatch, "Spring", date(2027, 3, 1))
    save_as_user(page, monkeypatch, "Winter", date(2027, 1, 4))  # saved last, though older
    shown: list[CalendarExportDialog] = []

    def answer(dialog: object) -> bool:
        assert isinstance(dialog, CalendarExportDialog)
        shown.append(dialog)
        return False

    monkeypatch.setattr(prompts, "run_dialog", answer)
    assert page.export_action.isEnabled()
    assert page.export_action.icon().cacheKey() != icon("bookings").cacheKey()
    assert not page.export_action.icon().isNull()
    page.export_action.trigger()
    assert len(shown) == 1
    d = shown[0]
    assert d.ui.planCombo.currentText() == "Winter"
    assert {p.team for p in d.previews} == set(load_plan(demo_office.doc.conn, "Winter").days)


#: The follow-up is counted up to here: after the demo's last day (DEMO_END).
FOLLOWUP_TODAY = date(2026, 12, 2)


def test_followup_tab_shows_the_core_figures(
    qtbot: QtBot, page: PlannerPage, demo_office: DemoOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.today = FOLLOWUP_TODAY
    run_and_wait(qtbot, page)
    save_as_user(page, monkeypatch, "Autumn", date(2026, 10, 26))
    save_as_user(page, monkeypatch, "Next year", date(2027, 1, 4))
    page.tabs.setCurrentWidget(page.followup_tab)
    assert page.followup_plan.currentText() == "Next year"
    assert page.followup.rowCount() == 0
    assert "starts on 2027-01-04" in page.followup_label.text()
    page.followup_plan.setCurrentText("Autumn")
    core = followup(demo_office.doc, "Autumn", today=FOLLOWUP_TODAY)
    model = page.followup
    assert page.run is not None
    assert model.rowCount() == len(core.teams) == len(page.run.solution.plan)
    assert core.after.start == date(2026, 10, 26) and core.after.end == planner_office.DEMO_END
    assert f"{core.after.start} to {core.after.end}" in page.followup_label.text()
    small = [t for t in core.teams if t.size < core.privacy.min_group]
    shown = [t for t in core.teams if t.size >= core.privacy.min_group]
    assert small and shown  # the demo has both kinds of team
    for row, team in enumerate(core.teams):
        cells = [model.data(model.index(row, c)) for c in range(model.columnCount())]
        assert cells[0] == team.team
        assert cells[1] == ", ".join(team.anchor_days)
        assert cells[2:4] == [str(team.size), str(team.anchor_dates)]
        if team in small:
            assert cells[4:] == ["suppressed"] * 3
            assert "fewer than 5" in model.data(model.index(row, 4), Qt.ItemDataRole.ToolTipRole)
        else:
            assert team.present_share is not None and team.meeting_after is not None
            assert team.meeting_before is not None
            assert cells[4:] == [
                f"{team.present_share:.0%}",
                f"{team.meeting_before:.0%}",
                f"{team.meeting_after:.0%}",
            ]


def test_followup_model_tester(
    qapp: QApplication, qtmodeltester: ModelTester, demo_office: DemoOffice
) -> None:
    problem, solution = core_plan(demo_office)
    save_plan(demo_office.doc, "Autumn", problem, solution, valid_from=date(2026, 10, 26))
    model = FollowUpModel()
    qtmodeltester.check(model, force_py=True)
    model.set_result(followup(demo_office.doc, "Autumn", today=FOLLOWUP_TODAY))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(problem.teams)


def test_save_plan_dialog_checks_what_it_is_given(qtbot: QtBot) -> None:
    dialog = SavePlanDialog(["Q1"], today=date(2026, 12, 2))  # a Wednesday
    qtbot.addWidget(dialog)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    # a quarter from next Monday, ending on a Friday
    assert (dialog.valid_from, dialog.valid_to) == (date(2026, 12, 7), date(2027, 3, 5))
    assert dialog.name == "Plan from 2026-12-07" and save.isEnabled()
    dialog.set_values("  ", date(2027, 1, 4), date(2027, 3, 26))
    assert dialog.ui.errorLabel.text() == "Give the plan a name." and not save.isEnabled()
    dialog.set_values("Q2", date(2027, 3, 26), date(2027, 1, 4))
    assert dialog.ui.errorLabel.text() == "The plan ends before it starts."
    assert not save.isEnabled()
    dialog.set_values("Q1", date(2027, 1, 4), date(2027, 3, 26))
    assert "saving replaces it" in dialog.ui.errorLabel.text() and save.isEnabled()


def test_no_plan_before_cancel_says_so_rather_than_blaming_the_time_limit(
    qtbot: QtBot,
) -> None:
    """A run cancelled before any plan existed says it was cancelled; one that ran out
    of time suggests more time, as before."""
    problem = random_problem(3, seed=1)
    nothing = Solution("unknown", {}, None, None, 0.42, "highs")
    run = planner_page.PlanRun(
        Path("office.officeplan"),
        problem,
        nothing,
        {},
        (),
        (),
        date(2026, 1, 1),
        date(2026, 3, 31),
        True,
    )
    text = planner_page.status_text(run)
    assert "No plan found</b> before Cancel, after 0.4 s." in text
    assert "more time" not in text
    timed_out = planner_page.status_text(replace(run, stopped=False))
    assert "within 0.4 s; give the search more time" in timed_out
