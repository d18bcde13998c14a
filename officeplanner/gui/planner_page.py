"""The Planner page: the hybrid policy, anchor days per team, and why.

Left, the policy the planner reads (the organisation's row and per-team overrides in
the ``policies`` table), edited through undo commands that call
:func:`officeplanner.planner.store.write_policy`. Right, the last run: the status as
the core states it, the teams × weekdays grid, the load per site-day against
capacity, each team's explanation, and a comparison of two saved plans. When a site
has several zones with bookable desks, a run may also seat each team together in a zone
(or two adjacent ones); then the grid, the explanations, a zone × weekday table under
the load chart and the comparison say where.

A run is exactly ``officeplanner plan FILE``: :func:`build_problem` on the file, then
:func:`officeplanner.planner.exact.solve`, then :func:`explain_plan` or
:func:`explain_infeasible` — in a worker thread with its own read-only connection,
so the window stays responsive for the whole time limit. Cancel stops the search
and keeps the best plan found so far, with its proven gap, because a manager who
waited ten seconds wants that plan rather than nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QItemSelection,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from officeplanner.domain import WEEKDAYS
from officeplanner.edits import EditError
from officeplanner.gui import commands, prompts
from officeplanner.gui.calendar_export_dialog import CalendarExportDialog
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.core_text import in_user_language
from officeplanner.gui.dashboard_models import weekday_name
from officeplanner.gui.icons import icon
from officeplanner.gui.planner_chart import LoadChart
from officeplanner.gui.planner_commands import (
    PLANS,
    POLICIES,
    SavePlanCommand,
    SetPolicyCommand,
)
from officeplanner.gui.planner_models import (
    DAY_CHOICES,
    TEAM_ROLE,
    CompareLoadModel,
    CompareModel,
    FollowUpModel,
    PlanGridModel,
    TeamPolicyModel,
    TeamPolicyRow,
    ZoneLoadModel,
    day_rule_text,
    plan_score,
)
from officeplanner.gui.planner_words import (
    infeasibility_lines,
    team_explanation_lines,
)
from officeplanner.gui.planner_words import number as _number
from officeplanner.gui.save_plan_dialog import SavePlanDialog
from officeplanner.gui.worker import Task
from officeplanner.planner.exact import SolveOptions, solve
from officeplanner.planner.explain import explain_infeasible, plan_explanations
from officeplanner.planner.followup import FollowUpError, followup
from officeplanner.planner.from_office import (
    BuildError,
    BuildOptions,
    build_problem,
    can_seat_by_zone,
)
from officeplanner.planner.problem import Problem, ProblemError
from officeplanner.planner.result import Solution
from officeplanner.planner.seating import zone_load
from officeplanner.planner.store import (
    Policy,
    load_plan,
    plan_names,
    read_policies,
)
from officeplanner.store import OfficeFile, OfficeFileError
from officeplanner.wording import wording_of

Index = QModelIndex | QPersistentModelIndex

#: Default seconds a run may search (the CLI's default too).
DEFAULT_TIME_LIMIT: Final = 10.0
#: The most zones the load-per-zone table shows without scrolling.
ZONE_ROWS_SHOWN: Final = 8
#: Resolution of the progress bar (per mille of the time limit).
PROGRESS_STEPS: Final = 1000
_TABLES = (POLICIES, PLANS, "teams", "people", "sites", "floors", "zones", "desks", "closures")
#: Tables the follow-up reads besides those (presence comes from bookings and badges).
_FOLLOWUP_TABLES = ("bookings", "attendance", "settings")
#: What the Follow-up tab says before there is anything to follow.
NO_FOLLOWUP: Final = str(
    QT_TRANSLATE_NOOP(
        "PlannerPage",
        "Save a plan with a start date to see, once it has started, how it is followed.",
    )
)


def _tr(text: str) -> str:
    """``text`` (an English source of context "PlannerPage") in the user's language."""
    return QCoreApplication.translate("PlannerPage", text)


@dataclass(frozen=True)
class PlanRun:
    """Everything one run produced, computed in the worker by the core."""

    path: Path
    problem: Problem
    solution: Solution
    explanations: dict[str, list[str]]
    infeasibility: tuple[str, ...]
    warnings: tuple[str, ...]
    start: date
    end: date
    stopped: bool  # Cancel ended the search early
    #: Expected people per site, zone and weekday when teams were seated by zone
    #: (:func:`officeplanner.planner.seating.zone_load`); empty otherwise.
    zone_load: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)


class _PlanJob:
    """The worker's part: build the instance from the file, solve it, explain it."""

    def __init__(self, path: Path, time_limit: float, seat_by_zone: bool = False) -> None:
        self.path = path
        self.time_limit = time_limit
        #: Ask the core to seat each team together by zone (BuildOptions.seat_by_zone).
        self.seat_by_zone = seat_by_zone
        #: Set by Cancel: HiGHS stops and returns the best plan found (SolveOptions.cancel).
        self.stop = threading.Event()
        # The best score and proven bound so far, written by the worker (one tuple
        # assignment) and read by the page at each progress signal, so the user sees
        # the plan improve while the search runs.
        self.best: tuple[float | None, float | None] = (None, None)

    def __call__(self, progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> PlanRun:
        limit = self.time_limit

        def on_progress(seconds: float, best: float | None, bound: float | None) -> None:
            # Each phase reports its own figures (the LP's bound, then HiGHS's, which
            # starts higher): show the best of each seen so far.
            old_best, old_bound = self.best
            if best is not None and (old_best is None or best > old_best):
                old_best = best
            if bound is not None and (old_bound is None or bound < old_bound):
                old_bound = bound
            self.best = (old_best, old_bound)
            progress(int(PROGRESS_STEPS * min(seconds, limit) / limit), PROGRESS_STEPS)

        progress(0, PROGRESS_STEPS)
        with OfficeFile.open(self.path, read_only=True) as doc:
            built = build_problem(doc.conn, BuildOptions(seat_by_zone=self.seat_by_zone))
        problem = built.problem
        solution = solve(
            problem, SolveOptions(time_limit=limit, on_progress=on_progress, cancel=self.stop)
        )
        explanations: dict[str, list[str]] = {}
        why: tuple[str, ...] = ()
        zones: dict[str, dict[str, dict[str, float]]] = {}
        if solution.plan:
            if solution.seating:
                # Here, not in the page: splitting two-zone teams is an LP per site-day.
                zones = zone_load(problem, solution.plan, solution.seating).load
            explanations = {
                name: team_explanation_lines(facts)
                for name, facts in plan_explanations(
                    problem, solution.plan, solution.seating, zones or None
                ).items()
            }
        elif solution.status == "infeasible":
            why = infeasibility_lines(explain_infeasible(problem, time_limit=limit))
        progress(PROGRESS_STEPS, PROGRESS_STEPS)
        return PlanRun(
            self.path,
            problem,
            solution,
            explanations,
            why,
            built.warnings,
            built.start,
            built.end,
            self.stop.is_set(),
            zones,
        )


def status_text(run: PlanRun) -> str:
    """The status line as a manager reads it: optimal, feasible with its gap, or why not."""
    s = run.solution
    period = QCoreApplication.translate("PlannerPage", "History {start} to {end}.").format(
        start=run.start, end=run.end
    )
    if s.status == "optimal" and s.objective is not None:
        lines = [
            QCoreApplication.translate(
                "PlannerPage", "<b>Optimal plan</b> — score {score}, proven best ({seconds} s)."
            ).format(score=_number(s.objective), seconds=_number(s.seconds))
        ]
    elif s.status == "feasible" and s.objective is not None:
        why = (
            QCoreApplication.translate("PlannerPage", "stopped by Cancel")
            if run.stopped
            else QCoreApplication.translate("PlannerPage", "time limit reached")
        )
        gap = s.gap
        bound = (
            _number(s.bound)
            if s.bound is not None
            else QCoreApplication.translate("PlannerPage", "unknown")
        )
        gap_text = (
            QCoreApplication.translate("PlannerPage", "within {gap}% of the best possible").format(
                gap=_number(gap * 100)
            )
            if gap is not None
            else QCoreApplication.translate("PlannerPage", "gap unknown")
        )
        lines = [
            QCoreApplication.translate(
                "PlannerPage", "<b>Feasible plan</b> — score {score}, {gap} (bound {bound}); {why}."
            ).format(score=_number(s.objective), gap=gap_text, bound=bound, why=why)
        ]
    elif s.status == "infeasible":
        lines = [QCoreApplication.translate("PlannerPage", "<b>No plan fits the capacities.</b>")]
        lines += [f"• {line}" for line in run.infeasibility]
    elif run.stopped:
        lines = [
            QCoreApplication.translate(
                "PlannerPage", "<b>No plan found</b> before Cancel, after {seconds} s."
            ).format(seconds=_number(s.seconds, 1))
        ]
    else:
        lines = [
            QCoreApplication.translate(
                "PlannerPage",
                "<b>No plan found</b> within {seconds} s; give the search more time "
                "or fewer constraints.",
            ).format(seconds=_number(s.seconds, 1))
        ]
    if s.plan and s.greedy_objective is not None:
        lines.append(
            QCoreApplication.translate("PlannerPage", "Greedy baseline: {score}. {period}").format(
                score=_number(s.greedy_objective), period=period
            )
        )
    else:
        lines.append(period)
    lines += [
        QCoreApplication.translate("PlannerPage", "Note: {warning}").format(
            warning=in_user_language(w)
        )
        for w in run.warnings
    ]
    return "<br>".join(lines)


def searching_text(best: float | None, bound: float | None) -> str:
    """The status line while the search runs: the best plan's score so far and how far
    from the best possible it is proven to be, as both improve."""
    if best is None:
        return QCoreApplication.translate("PlannerPage", "Planning…")
    if bound is None or bound < best:
        return QCoreApplication.translate(
            "PlannerPage", "Planning… best score so far {score}."
        ).format(score=_number(best))
    gap = (bound - best) / max(abs(best), 1e-9)
    return QCoreApplication.translate(
        "PlannerPage",
        "Planning… best score so far {score}, within {gap}% of the best possible.",
    ).format(score=_number(best), gap=_number(gap * 100))


#: How a plan's status (the core's word, stored with saved plans) reads.
_STATUS_NAMES: Final = {
    "optimal": QT_TRANSLATE_NOOP("PlannerPage", "optimal"),
    "feasible": QT_TRANSLATE_NOOP("PlannerPage", "feasible"),
    "infeasible": QT_TRANSLATE_NOOP("PlannerPage", "infeasible"),
    "unknown": QT_TRANSLATE_NOOP("PlannerPage", "unknown"),
}


def status_name(status: str) -> str:
    """A solution status ("optimal", "feasible" …) in the user's language; unknown ones as
    the core says them."""
    source = _STATUS_NAMES.get(status)
    return _tr(str(source)) if source is not None else status


class DayRuleDelegate(QStyledItemDelegate):
    """A combo box for a weekday rule and a spin box for anchor days in the team table."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == 1:
            spin = QSpinBox(parent)
            spin.setRange(0, 7)
            spin.setSpecialValueText(self.tr("inherit"))
            return spin
        combo = QComboBox(parent)
        for rule in DAY_CHOICES:  # shown translated, the key kept as the item's data
            combo.addItem(day_rule_text(rule), rule)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(str(value))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, str(editor.currentData()), Qt.ItemDataRole.EditRole)


class PlannerPage(QWidget):
    """Policy, run, result, explanations, saved plans and their comparison."""

    title = str(QT_TRANSLATE_NOOP("PlannerPage", "Planner"))

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Planner")
        self.context = context
        self.grid = PlanGridModel(self)
        self.zone_load = ZoneLoadModel(self)
        self.team_policies = TeamPolicyModel(self)
        self.compare = CompareModel(self)
        self.compare_load = CompareLoadModel(self)
        self.followup = FollowUpModel(self)
        #: The day the follow-up counts up to (None: today); tests pin it.
        self.today: date | None = None
        #: The follow-up is recomputed when its tab is shown, not on every edit.
        self._followup_stale = True
        self.run: PlanRun | None = None
        self.task: Task | None = None
        self._job: _PlanJob | None = None
        self.org_policy = Policy()
        self.overrides: dict[str, Policy] = {}
        #: Whether the open file has a site with several zones with bookable desks.
        self.zones_available = False
        #: The user's choice of seating by zone, kept for the session like the time
        #: limit: a file without zones shows the box unticked but keeps the choice for
        #: the next file that has them.
        self.seat_by_zone = False
        #: The plan saved last from this page (the export dialog starts on it).
        self.last_saved: str | None = None
        self._build_actions()
        self._build_widgets()
        self.team_policies.edit_requested.connect(self._team_policy_edit)
        self.grid_view.selectionModel().selectionChanged.connect(self._grid_selection)
        self.compare_a.currentTextChanged.connect(self._compare_changed)
        self.compare_b.currentTextChanged.connect(self._compare_changed)
        self.followup_plan.currentTextChanged.connect(self._followup_plan_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.apply_button.clicked.connect(self.apply_org_policy)
        self.copy_button.clicked.connect(self.copy_explanation)
        context.document_changed.connect(self._document_changed)
        context.data_changed.connect(self._data_changed)
        context.read_only_changed.connect(self._read_only_changed)
        self.reload()

    # -- construction ----------------------------------------------------------------------

    def _action(self, text: str, slot: Any, tip: str, icon_name: str = "") -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.run_action = self._action(
            self.tr("Run Plan"),
            self.run_plan,
            self.tr("Choose anchor days for every team (exact MIP)"),
            "planner",
        )
        self.cancel_action = self._action(
            self.tr("Cancel"),
            self.cancel_run,
            self.tr("Stop the search and keep the best plan found so far"),
        )
        self.lock_action = self._action(
            self.tr("Lock Team's Days"),
            self.lock_selected,
            self.tr("Fix the selected team's days in its policy and plan again"),
        )
        self.save_action = self._action(
            self.tr("Save Plan…"),
            self.save_current,
            self.tr("Store this plan in the file under a name"),
        )
        self.export_action = self._action(
            self.tr("Export to Calendar…"),
            self.export_calendar,
            self.tr("Write a saved plan's anchor days as an .ics file"),
            "calendar_export",
        )

    def _build_widgets(self) -> None:
        bar = QToolBar(self.tr("Planner"), self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.run_action)
        bar.addAction(self.cancel_action)
        self.time_limit = QDoubleSpinBox(self)
        self.time_limit.setRange(0.5, 600.0)
        self.time_limit.setDecimals(1)
        self.time_limit.setValue(DEFAULT_TIME_LIMIT)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setToolTip(
            self.tr("Longest the search may run; then the best plan and its gap")
        )
        self.time_limit.setAccessibleName(self.tr("Time limit"))
        bar.addWidget(QLabel(self.tr(" Time limit: "), self))
        bar.addWidget(self.time_limit)
        # A run option beside the time limit, not part of the policy: it is not stored
        # in the file, and Apply has nothing to do with it.
        self.seat_check = QCheckBox(self.tr("Seat each team together in a zone"), self)
        self.seat_check.clicked.connect(self._seat_clicked)
        bar.addWidget(self.seat_check)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        # A widget in a tool bar is shown and hidden through the action the bar wraps
        # it in; setVisible() on the widget itself is undone by the bar's layout.
        self.progress_action = bar.addWidget(self.progress)
        self.progress_action.setVisible(False)
        bar.addSeparator()
        bar.addAction(self.lock_action)
        bar.addAction(self.save_action)
        bar.addAction(self.export_action)

        # left: the policy
        org_box = QGroupBox(self.tr("Organisation policy"), self)
        form = QFormLayout(org_box)
        self.anchor_spin = QSpinBox(org_box)
        self.anchor_spin.setRange(1, 7)
        self.anchor_spin.setToolTip(self.tr("Days a week each team is in together"))
        self.ceiling_spin = QDoubleSpinBox(org_box)
        self.ceiling_spin.setRange(10.0, 100.0)
        self.ceiling_spin.setDecimals(0)
        self.ceiling_spin.setSuffix(self.tr(" %"))
        self.ceiling_spin.setToolTip(self.tr("Share of bookable desks a plan may fill on any day"))
        self.turnout_spin = QDoubleSpinBox(org_box)
        self.turnout_spin.setRange(5.0, 100.0)
        self.turnout_spin.setDecimals(0)
        self.turnout_spin.setSuffix(self.tr(" %"))
        self.turnout_spin.setToolTip(self.tr("Share of a team expected in on its anchor days"))
        days = QWidget(org_box)
        # Mon–Fri on one row, the weekend below: one row of seven made the policy column
        # so wide that the result tabs beside it had to scroll.
        days_layout = QGridLayout(days)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.setHorizontalSpacing(8)
        days_layout.setVerticalSpacing(2)
        self.day_checks: dict[str, QCheckBox] = {}
        for i, d in enumerate(WEEKDAYS):
            check = QCheckBox(weekday_name(d), days)
            self.day_checks[d] = check
            days_layout.addWidget(check, i // 5, i % 5)
        days_layout.setColumnStretch(5, 1)
        self.apply_button = QPushButton(self.tr("Apply"), org_box)
        self.apply_button.setToolTip(
            self.tr("Store the organisation policy in the file (undoable)")
        )
        form.addRow(self.tr("Anchor days:"), self.anchor_spin)
        form.addRow(self.tr("Capacity ceiling:"), self.ceiling_spin)
        form.addRow(self.tr("Turnout:"), self.turnout_spin)
        form.addRow(self.tr("Allowed days:"), days)
        form.addRow("", self.apply_button)

        team_box = QGroupBox(self.tr("Per-team rules"), self)
        team_layout = QVBoxLayout(team_box)
        self.team_view = QTableView(team_box)
        self.team_view.setModel(self.team_policies)
        self.team_view.setAccessibleName(self.tr("Team policies"))
        self.team_view.setItemDelegate(DayRuleDelegate(self.team_view))
        self.team_view.verticalHeader().setVisible(False)
        self.team_view.setAlternatingRowColors(True)
        self.team_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        team_header = self.team_view.horizontalHeader()
        team_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        team_header.setStretchLastSection(False)
        hint = QLabel(
            self.tr(
                "Double-click a cell: a day can be fixed or forbidden for a team; "
                "anchor days in brackets are the organisation's."
            ),
            team_box,
        )
        hint.setWordWrap(True)
        team_layout.addWidget(self.team_view)
        team_layout.addWidget(hint)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(org_box)
        left_layout.addWidget(team_box, 1)

        # right: the result
        self.tabs = QTabWidget(self)
        plan_tab = QWidget(self.tabs)
        plan_layout = QVBoxLayout(plan_tab)
        self.status_label = QLabel(
            self.tr("Run the planner to choose each team's anchor days."), plan_tab
        )
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid_view = QTableView(plan_tab)
        self.grid_view.setModel(self.grid)
        self.grid_view.setAccessibleName(self.tr("Anchor days per team"))
        self.grid_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_view.verticalHeader().setVisible(False)
        # Weekday columns share the width (set again after each new plan, see show_run):
        # a wide, even grid reads at a glance; team and site fit their text.
        header = self.grid_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        explain_row = QHBoxLayout()
        self.explanation = QPlainTextEdit(plan_tab)
        self.explanation.setReadOnly(True)
        self.explanation.setAccessibleName(self.tr("Explanation"))
        self.explanation.setPlaceholderText(self.tr("Select a team to read why it got its days."))
        self.copy_button = QPushButton(self.tr("Copy"), plan_tab)
        self.copy_button.setToolTip(self.tr("Copy the explanation to forward it"))
        explain_col = QVBoxLayout()
        explain_col.addWidget(self.copy_button)
        explain_col.addStretch(1)
        explain_row.addWidget(self.explanation, 1)
        explain_row.addLayout(explain_col)
        plan_layout.addWidget(self.status_label)
        plan_layout.addWidget(self.grid_view, 3)
        plan_layout.addWidget(QLabel(self.tr("<b>Why these days</b>"), plan_tab))
        plan_layout.addLayout(explain_row, 2)
        self.tabs.addTab(plan_tab, self.tr("Plan"))

        self.load_tab = load_tab = QWidget(self.tabs)
        load_layout = QVBoxLayout(load_tab)
        load_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = LoadChart(load_tab)
        # Below the sites' chart, the same for zones when the run seated teams by zone.
        self.zone_box = QWidget(load_tab)
        zone_layout = QVBoxLayout(self.zone_box)
        zone_layout.setContentsMargins(0, 0, 0, 0)
        zone_title = QLabel(
            self.tr(
                "<b>Load per zone</b> — expected people of the teams seated there, "
                "against the zone's desks"
            ),
            self.zone_box,
        )
        zone_title.setWordWrap(True)
        self.zone_view = QTableView(self.zone_box)
        self.zone_view.setModel(self.zone_load)
        self.zone_view.setAccessibleName(self.tr("Load per zone"))
        self.zone_view.verticalHeader().setVisible(False)
        self.zone_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        zone_header = self.zone_view.horizontalHeader()
        zone_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        zone_header.setMinimumSectionSize(48)
        zone_layout.addWidget(zone_title)
        zone_layout.addWidget(self.zone_view, 1)
        self.zone_box.setVisible(False)
        # The table is as tall as its rows (see show_zone_load), the chart takes the rest.
        load_layout.addWidget(self.chart, 1)
        load_layout.addWidget(self.zone_box)
        self.tabs.addTab(load_tab, self.tr("Load vs capacity"))

        compare_tab = QWidget(self.tabs)
        compare_layout = QVBoxLayout(compare_tab)
        pick = QHBoxLayout()
        self.compare_a = QComboBox(compare_tab)
        self.compare_b = QComboBox(compare_tab)
        self.compare_a.setAccessibleName(self.tr("Plan A"))
        self.compare_b.setAccessibleName(self.tr("Plan B"))
        pick.addWidget(QLabel(self.tr("Plan A:"), compare_tab))
        pick.addWidget(self.compare_a, 1)
        pick.addWidget(QLabel(self.tr("Plan B:"), compare_tab))
        pick.addWidget(self.compare_b, 1)
        self.compare_label = QLabel(self.tr("Save two plans to compare them."), compare_tab)
        self.compare_label.setWordWrap(True)
        self.compare_view = QTableView(compare_tab)
        self.compare_view.setModel(self.compare)
        self.compare_view.setAccessibleName(self.tr("Teams in both plans"))
        self.compare_view.verticalHeader().setVisible(False)
        self.compare_view.horizontalHeader().setStretchLastSection(True)
        self.compare_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.compare_load_view = QTableView(compare_tab)
        self.compare_load_view.setModel(self.compare_load)
        self.compare_load_view.setAccessibleName(self.tr("Load in both plans"))
        self.compare_load_view.verticalHeader().setVisible(False)
        self.compare_load_view.horizontalHeader().setStretchLastSection(False)
        self.compare_load_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        # One above the other: side by side, neither table had room for its columns.
        tables = QSplitter(Qt.Orientation.Vertical, compare_tab)
        tables.addWidget(self.compare_view)
        tables.addWidget(self.compare_load_view)
        tables.setChildrenCollapsible(False)
        compare_layout.addLayout(pick)
        compare_layout.addWidget(self.compare_label)
        compare_layout.addWidget(tables, 1)
        self.tabs.addTab(compare_tab, self.tr("Compare plans"))

        follow_tab = QWidget(self.tabs)
        follow_layout = QVBoxLayout(follow_tab)
        follow_pick = QHBoxLayout()
        self.followup_plan = QComboBox(follow_tab)
        self.followup_plan.setAccessibleName(self.tr("Plan to follow up"))
        follow_pick.addWidget(QLabel(self.tr("Plan:"), follow_tab))
        follow_pick.addWidget(self.followup_plan, 1)
        self.followup_label = QLabel(_tr(NO_FOLLOWUP), follow_tab)
        self.followup_label.setWordWrap(True)
        self.followup_view = QTableView(follow_tab)
        self.followup_view.setModel(self.followup)
        self.followup_view.setAccessibleName(self.tr("How the plan is followed"))
        self.followup_view.verticalHeader().setVisible(False)
        self.followup_view.setAlternatingRowColors(True)
        self.followup_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        follow_layout.addLayout(follow_pick)
        follow_layout.addWidget(self.followup_label)
        follow_layout.addWidget(self.followup_view, 1)
        self.followup_tab = follow_tab
        self.tabs.addTab(follow_tab, self.tr("Follow-up"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the policy and the saved plans' names from the file."""
        doc = self.context.doc
        if doc is None:
            self.org_policy, self.overrides = Policy(), {}
            self.zones_available = False
            self.team_policies.set_rows(Policy(), (), [])
            self._fill_plan_lists([])
            self._update()
            return
        self.zones_available = can_seat_by_zone(doc.conn)
        self.org_policy, self.overrides = read_policies(doc.conn)
        org = self.org_policy
        self.anchor_spin.setValue(org.anchor_days or 2)
        self.ceiling_spin.setValue(round((org.capacity_ceiling or 0.9) * 100))
        self.turnout_spin.setValue(round((org.turnout or 0.85) * 100))
        allowed = set(org.allowed_weekdays or ())
        for d, check in self.day_checks.items():
            check.setChecked(d in allowed)
        teams = [str(r[0]) for r in doc.conn.execute("SELECT name FROM teams ORDER BY name")]
        rows = [TeamPolicyRow(t, self.overrides.get(t, Policy())) for t in teams]
        self.team_policies.set_rows(org, tuple(org.allowed_weekdays or ()), rows)
        # The team column takes what the rules leave (long names elide; the tooltip has
        # them whole), so all weekday columns stay in view. Set after each reset.
        self.team_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fill_plan_lists(plan_names(doc.conn))
        self._update()

    def _fill_plan_lists(self, names: list[str]) -> None:
        """Refill the compare pickers. A plan just saved goes to Plan B with the one
        shown there before as Plan A — after "save, change, save" the manager wants
        the two versions side by side; otherwise the choices stay as they were."""
        old = [self.compare_a.itemText(i) for i in range(self.compare_a.count())]
        a, b = self.compare_a.currentText(), self.compare_b.currentText()
        added = [n for n in names if n not in old]
        if added and old:
            a, b = (b if b in names and b != added[-1] else ""), added[-1]
        for combo in (self.compare_a, self.compare_b):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
        if len(names) >= 2:
            b = b if b in names else names[-1]
            fallback = names[-2] if b == names[-1] else names[-1]
            self.compare_a.setCurrentText(a if a in names and a != b else fallback)
            self.compare_b.setCurrentText(b)
        for combo in (self.compare_a, self.compare_b):
            combo.blockSignals(False)
        self._compare_changed()
        current = added[-1] if added else self.followup_plan.currentText()
        self.followup_plan.blockSignals(True)
        self.followup_plan.clear()
        self.followup_plan.addItems(names)
        if names:
            self.followup_plan.setCurrentText(current if current in names else names[-1])
        self.followup_plan.blockSignals(False)
        self._followup_plan_changed()

    def _update(self) -> None:
        doc = self.context.doc
        running = self.task is not None and self.task.is_running
        editable = self.context.can_edit and not running
        has_plan = self.run is not None and bool(self.run.solution.plan)
        self.run_action.setEnabled(doc is not None and not running)
        self.cancel_action.setEnabled(running)
        self.time_limit.setEnabled(not running)
        self.seat_check.setEnabled(self.zones_available and not running)
        self.seat_check.setChecked(self.zones_available and self.seat_by_zone)
        self.seat_check.setToolTip(
            self.tr(
                "Each team sits together on all its anchor days: in one zone, or, if no "
                "zone can hold it, in two adjacent zones of one floor; the teams seated in "
                "a zone must fit its desks"
            )
            if self.zones_available
            else self.tr(
                "Needs a site with two or more zones that have bookable desks; "
                "with one zone per site, seating by zone changes nothing"
            )
        )
        self.progress_action.setVisible(running)
        self.lock_action.setEnabled(editable and has_plan and self.selected_team() is not None)
        self.save_action.setEnabled(editable and has_plan)
        self.export_action.setEnabled(
            self.context.can_edit and doc is not None and bool(plan_names(doc.conn))
        )
        self.apply_button.setEnabled(editable)
        self.anchor_spin.setEnabled(editable)
        self.ceiling_spin.setEnabled(editable)
        self.turnout_spin.setEnabled(editable)
        for check in self.day_checks.values():
            check.setEnabled(editable)
        self.team_policies.editable = editable
        self.copy_button.setEnabled(bool(self.explanation.toPlainText()))

    # -- policy ----------------------------------------------------------------------------

    def org_policy_from_form(self) -> Policy:
        """The organisation policy as the form shows it (other fields as stored)."""
        days = tuple(d for d in WEEKDAYS if self.day_checks[d].isChecked())
        return replace(
            self.org_policy,
            anchor_days=self.anchor_spin.value(),
            capacity_ceiling=round(self.ceiling_spin.value() / 100, 4),
            turnout=round(self.turnout_spin.value() / 100, 4),
            allowed_weekdays=days,
        )

    @Slot()
    def apply_org_policy(self) -> None:
        new = self.org_policy_from_form()
        if not new.allowed_weekdays:
            prompts.error(self, self.tr("Policy"), self.tr("Allow at least one weekday."))
            return
        if new == self.org_policy:
            return
        self._push(SetPolicyCommand(self.context, None, new))

    @Slot(str, object)
    def _team_policy_edit(self, team: str, policy: object) -> None:
        assert isinstance(policy, Policy)
        self._push(SetPolicyCommand(self.context, team, policy))

    def _push(self, command: SetPolicyCommand) -> bool:
        try:
            commands.push(self.context, command)
        except (EditError, OfficeFileError) as exc:
            prompts.error(
                self,
                self.tr("Policy"),
                self.tr("The policy was not changed: {error}").format(error=exc),
            )
            return False
        return True

    # -- running ---------------------------------------------------------------------------

    @Slot(bool)
    def _seat_clicked(self, checked: bool) -> None:
        """Remember the user's choice (only a click changes it: a file without zones
        unticks the box without forgetting what the user wanted)."""
        self.seat_by_zone = checked

    def seat_by_zone_on(self) -> bool:
        """Whether the next run seats teams by zone: the user's choice, where possible."""
        return self.zones_available and self.seat_by_zone

    @Slot()
    def run_plan(self) -> None:
        doc = self.context.doc
        if doc is None or (self.task is not None and self.task.is_running):
            return
        job = _PlanJob(doc.path, self.time_limit.value(), self.seat_by_zone_on())
        task = Task(job)
        task.succeeded.connect(self._run_succeeded)
        task.failed.connect(self._run_failed)
        task.progress.connect(self._run_progress)
        task.finished.connect(self._run_finished)
        self._job, self.task = job, task
        self.progress.setValue(0)
        self.status_label.setText(searching_text(None, None))
        task.start()
        self._update()

    @Slot()
    def cancel_run(self) -> None:
        if self._job is not None:
            self._job.stop.set()

    @Slot(int, int)
    def _run_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        if self._job is not None:
            self.status_label.setText(searching_text(*self._job.best))

    @Slot(object)
    def _run_succeeded(self, result: object) -> None:
        assert isinstance(result, PlanRun)
        doc = self.context.doc
        if doc is None or doc.path != result.path:
            return  # the file was closed or replaced while planning
        self.show_run(result)

    @Slot(object)
    def _run_failed(self, exc: object) -> None:
        if isinstance(exc, BuildError | ProblemError | OfficeFileError):
            text = self.tr("The file holds too little to plan: {error}").format(
                error=in_user_language(wording_of(exc))
            )
        else:
            text = self.tr("Planning failed: {error}").format(
                error=in_user_language(wording_of(exc))
            )
        self.status_label.setText(text)

    @Slot()
    def _run_finished(self) -> None:
        self.task = None
        self._job = None
        self._update()

    def show_run(self, run: PlanRun) -> None:
        self.run = run
        self.status_label.setText(status_text(run))
        self.grid.set_plan(run.problem, run.solution.plan, run.solution.seating)
        header = self.grid_view.horizontalHeader()
        for column in range(self.grid.first_day_column):  # team, site (and zone)
            if column < self.grid.columnCount():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.show_zone_load(run.problem if run.zone_load else None, run.zone_load)
        if run.solution.plan:
            self.chart.show_plan(run.problem, run.solution.plan)
            self.grid_view.selectRow(0)
        else:
            self.chart.clear_chart()
            self.explanation.clear()
        self._update()

    def show_zone_load(
        self, problem: Problem | None, load: dict[str, dict[str, dict[str, float]]]
    ) -> None:
        """The zone × weekday table under the load chart, shown only for a seated plan."""
        self.zone_load.set_load(problem, load)
        self.zone_box.setVisible(self.zone_load.rowCount() > 0)
        # Site and zone fit their names; the figures share the rest (set after a reset).
        header = self.zone_view.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Tall enough for every zone up to ZONE_ROWS_SHOWN of them (then it scrolls), so
        # the chart above keeps most of the tab however many zones the file has.
        view = self.zone_view
        rows = min(self.zone_load.rowCount(), ZONE_ROWS_SHOWN)
        view.setFixedHeight(
            header.sizeHint().height()
            + rows * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
        )

    # -- the result ------------------------------------------------------------------------

    def selected_team(self) -> str | None:
        rows = self.grid_view.selectionModel().selectedRows()
        if not rows:
            return None
        team = rows[0].data(TEAM_ROLE)
        return str(team) if team is not None else None

    def select_team(self, team: str) -> None:
        for row in range(self.grid.rowCount()):
            if self.grid.index(row, 0).data(TEAM_ROLE) == team:
                self.grid_view.selectRow(row)
                return

    @Slot(QItemSelection, QItemSelection)
    def _grid_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        team = self.selected_team()
        lines = self.run.explanations.get(team, []) if self.run and team else []
        self.explanation.setPlainText("\n".join(lines))
        self._update()

    @Slot()
    def copy_explanation(self) -> None:
        text = self.explanation.toPlainText()
        if text:
            QGuiApplication.clipboard().setText(text)

    @Slot()
    def lock_selected(self) -> None:
        """Make the selected team's days its fixed days, then plan again around them."""
        team = self.selected_team()
        if team is None or self.run is None or team not in self.run.solution.plan:
            return
        days = self.run.solution.plan[team]
        old = self.overrides.get(team, Policy())
        forbidden = tuple(d for d in old.forbidden_weekdays or () if d not in days)
        new = replace(old, fixed_weekdays=tuple(days), forbidden_weekdays=forbidden or None)
        command = SetPolicyCommand(
            self.context,
            team,
            new,
            self.tr("Lock days of {team}").format(team=team),
        )
        if new != old and not self._push(command):
            return
        self.run_plan()

    @Slot()
    def save_current(self) -> None:
        doc = self.context.doc
        if doc is None or self.run is None or not self.run.solution.plan:
            return
        dialog = SavePlanDialog(plan_names(doc.conn), parent=self)
        if not prompts.run_dialog(dialog):
            return
        self.save_as(dialog.name, dialog.valid_from, dialog.valid_to)

    def save_as(self, name: str, valid_from: date, valid_to: date) -> bool:
        """Store the shown plan under ``name`` (replacing one of that name), undoably."""
        if self.context.doc is None or self.run is None:
            return False
        command = SavePlanCommand(
            self.context, name, self.run.problem, self.run.solution, valid_from, valid_to
        )
        try:
            commands.push(self.context, command)
        except (EditError, OfficeFileError) as exc:
            prompts.error(
                self,
                self.tr("Save Plan"),
                self.tr("The plan was not saved: {error}").format(error=exc),
            )
            return False
        self.last_saved = name
        return True

    @Slot()
    def export_calendar(self) -> None:
        if self.context.doc is None:
            return
        plan = self.last_saved or self.compare_b.currentText() or None
        dialog = CalendarExportDialog(self.context, plan, self)
        prompts.run_dialog(dialog)

    # -- compare ---------------------------------------------------------------------------

    @Slot()
    def _compare_changed(self) -> None:
        doc = self.context.doc
        a_name, b_name = self.compare_a.currentText(), self.compare_b.currentText()
        if doc is None or not a_name or not b_name:
            self.compare.set_plans(None, None)
            self.compare_load.set_plans(None, None)
            self.compare_label.setText(self.tr("Save two plans to compare them."))
            return
        try:
            a, b = load_plan(doc.conn, a_name), load_plan(doc.conn, b_name)
        except KeyError:
            return
        self.compare.set_plans(a, b)
        self.compare_load.set_plans(a, b)
        moving = sum(row.moved for row in self.compare.rows)
        reseated = sum(row.reseated for row in self.compare.rows)

        def score(p: Any) -> str:
            value = plan_score(p)
            return "—" if value is None else _number(value)

        if moving == 1:
            text = self.tr(
                "{a}: score {score_a} ({status_a}) · {b}: score {score_b} ({status_b}) · "
                "1 team moves"
            )
        else:
            text = self.tr(
                "{a}: score {score_a} ({status_a}) · {b}: score {score_b} ({status_b}) · "
                "{n} teams move"
            )
        text = text.format(
            a=a.name,
            score_a=score(a),
            status_a=status_name(a.status),
            b=b.name,
            score_b=score(b),
            status_b=status_name(b.status),
            n=QLocale().toString(moving),
        )
        if self.compare.seated:
            zones = (
                self.tr("1 team changes zone")
                if reseated == 1
                else self.tr("{n} teams change zones").format(n=QLocale().toString(reseated))
            )
            text = f"{text} · {zones}"
        self.compare_label.setText(text)

    # -- follow-up -------------------------------------------------------------------------

    @Slot()
    def _followup_plan_changed(self) -> None:
        self._followup_stale = True
        if self.tabs.currentWidget() is self.followup_tab:
            self.refresh_followup()

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        if self._followup_stale and self.tabs.currentWidget() is self.followup_tab:
            self.refresh_followup()

    def refresh_followup(self) -> None:
        """Compute the follow-up of the chosen plan with the core, on the page's file.

        On the GUI thread: it is NumPy over the columns the dashboard also caches, a
        fraction of a second even for large files.
        """
        self._followup_stale = False
        doc = self.context.doc
        name = self.followup_plan.currentText()
        if doc is None or not name:
            self.followup.set_result(None)
            self.followup_label.setText(_tr(NO_FOLLOWUP))
            return
        try:
            with commands.busy_cursor():
                result = followup(doc, name, today=self.today)
        except (FollowUpError, KeyError) as exc:
            self.followup.set_result(None)
            if isinstance(exc, FollowUpError):
                message = in_user_language(wording_of(exc))  # the core's words, translated
            else:
                message = self.tr("no plan {name}").format(name=exc)
            self.followup_label.setText(
                self.tr("Nothing to show yet: {reason}.").format(reason=message)
            )
            return
        self.followup.set_result(result)
        before, after = result.before, result.after
        self.followup_label.setText(
            self.tr(
                "Since the plan started: {start} to {end} ({days} days), against the "
                "{before_days} days before ({before_start} to {before_end}). Present = checked "
                "in or badged in on an open day. A meeting week = one day with at least "
                "{threshold} of the team in. Teams under {n} members are suppressed."
            ).format(
                start=after.start,
                end=after.end,
                days=QLocale().toString(after.days),
                before_days=QLocale().toString(before.days),
                before_start=before.start,
                before_end=before.end,
                threshold=self.tr("{number}%").format(
                    number=QLocale().toString(round(result.threshold * 100))
                ),
                n=result.privacy.min_group,
            )
        )

    # -- context ---------------------------------------------------------------------------

    @Slot()
    def _document_changed(self) -> None:
        self.cancel_run()
        self.run = None
        self.last_saved = None
        self.grid.set_plan(None, {})
        self.show_zone_load(None, {})
        self.chart.clear_chart()
        self.explanation.clear()
        self.status_label.setText(self.tr("Run the planner to choose each team's anchor days."))
        self.reload()

    @Slot(str)
    def _data_changed(self, table: str) -> None:
        if self.context.touches(table, *_TABLES):
            self.reload()
        elif self.context.touches(table, *_FOLLOWUP_TABLES):
            self._followup_plan_changed()

    @Slot(bool)
    def _read_only_changed(self, _read_only: bool) -> None:
        self._update()
