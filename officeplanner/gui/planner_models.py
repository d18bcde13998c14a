"""Item models of the Planner page: thin adapters over the core's plain data.

Every figure shown (a team's days, loads, scores, which teams move) comes from
:mod:`officeplanner.planner`; the models only lay it out in rows and columns, so
the page shows exactly what ``officeplanner plan`` prints. The team-policy model
never writes: an edit is turned into a :class:`~officeplanner.planner.store.Policy`
and handed to the page through ``edit_requested``, which pushes an undo command.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from officeplanner.gui.dashboard_models import weekday_name, weekday_names
from officeplanner.planner.followup import FollowUp, TeamFollowUp
from officeplanner.planner.objective import Plan, load, moved_teams, objective
from officeplanner.planner.problem import Problem
from officeplanner.planner.store import Policy, SavedPlan

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: Role giving a row's team name (the explanation and Lock follow the selected team).
TEAM_ROLE: Final = Qt.ItemDataRole.UserRole + 1

#: What a weekday cell of the team-policy table can say: these keys are the cells'
#: EditRole data (what the delegate hands back to setData); the DisplayRole is the key
#: translated (context "TeamPolicyModel", see :func:`day_rule_text`), so editing works in
#: any language.
DAY_FREE: Final = "—"
DAY_FIXED: Final = str(QT_TRANSLATE_NOOP("TeamPolicyModel", "Fixed"))
DAY_FORBIDDEN: Final = str(QT_TRANSLATE_NOOP("TeamPolicyModel", "Forbidden"))
DAY_CHOICES: Final = (DAY_FREE, DAY_FIXED, DAY_FORBIDDEN)


def day_rule_text(rule: str) -> str:
    """A weekday rule key (one of :data:`DAY_CHOICES`) as the user reads it."""
    return QCoreApplication.translate("TeamPolicyModel", rule) if rule != DAY_FREE else rule


#: Anchor-day cells: a bluish green (Okabe & Ito), not the blue of a selected row, so
#: the selected team's days still stand out; fixed days darker.
_IN = QColor(0, 150, 110)
_FIXED = QColor(0, 100, 75)
_OFF = QColor(128, 128, 128)


def _days_text(days: tuple[str, ...] | list[str]) -> str:
    return weekday_names(days)


class _TitledTableModel(QAbstractTableModel):
    """A table whose columns are :meth:`titles` and, unless a model says otherwise, whose
    rows are ``self.rows``: the five Planner tables differ only in what they show."""

    rows: Any = ()

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def weekday_titles(self, weekdays: tuple[str, ...]) -> tuple[str, ...]:
        """Weekday column titles: the locale's names of the core's keys."""
        return tuple(weekday_name(d) for d in weekdays)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None


# -- the result grid --------------------------------------------------------------------------


class PlanGridModel(_TitledTableModel):
    """Teams × weekdays of one solution: "In" on chosen days, "—" on forbidden ones.

    Fixed days are marked "In (fixed)" so a manager sees which days were not the
    optimiser's choice.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem: Problem | None = None
        self.plan: dict[str, tuple[str, ...]] = {}

    def set_plan(self, problem: Problem | None, plan: Plan) -> None:
        self.beginResetModel()
        self.problem = problem
        self.plan = {t: tuple(d) for t, d in plan.items()}
        self.endResetModel()

    @property
    def weekdays(self) -> tuple[str, ...]:
        return self.problem.weekdays if self.problem is not None else ()

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() or self.problem is None or not self.plan:
            return 0
        return len(self.problem.teams)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.problem is None:
            return None
        team = self.problem.teams[index.row()]
        col = index.column()
        if role == TEAM_ROLE:
            return team.name
        if col < 2:
            if role == Qt.ItemDataRole.DisplayRole:
                if col == 0:
                    return team.name
                return self.tr("{site} ({people})").format(
                    site=team.site, people=QLocale().toString(team.size)
                )
            return None
        day = self.weekdays[col - 2]
        chosen = day in self.plan.get(team.name, ())
        if role == Qt.ItemDataRole.DisplayRole:
            if chosen:
                return self.tr("In (fixed)") if day in team.fixed else self.tr("In")
            return "—" if day in team.forbidden else ""
        if role == Qt.ItemDataRole.BackgroundRole and chosen:
            return QBrush(_FIXED if day in team.fixed else _IN)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(Qt.GlobalColor.white) if chosen else _OFF)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if day in team.forbidden:
                return self.tr("{team}: {day} is not allowed by policy").format(
                    team=team.name, day=weekday_name(day)
                )
            return self.tr("{team}: preference {preference} for {day}").format(
                team=team.name,
                preference=QLocale().toString(team.preference[day], "f", 2),
                day=weekday_name(day),
            )
        return None

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Team"), self.tr("Site (people)"), *self.weekday_titles(self.weekdays))

    def cell_text(self, team: str) -> dict[str, str]:
        """The row of ``team`` as shown, by weekday (what tests compare with the core)."""
        assert self.problem is not None
        row = self.problem.team_index(team)
        return {d: str(self.data(self.index(row, 2 + j))) for j, d in enumerate(self.weekdays)}


# -- team policies ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TeamPolicyRow:
    team: str
    override: Policy  # the team's own row; None fields inherit the organisation's


class TeamPolicyModel(_TitledTableModel):
    """Per-team overrides: anchor days (blank = the organisation's) and each weekday's
    rule (fixed, forbidden or free). Edits are requested, never written here."""

    edit_requested = Signal(str, object)  # team name, new Policy override

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TeamPolicyRow] = []
        self.weekdays: tuple[str, ...] = ()
        self.org = Policy()
        self.editable = False

    def set_rows(self, org: Policy, weekdays: tuple[str, ...], rows: list[TeamPolicyRow]) -> None:
        self.beginResetModel()
        self.org = org
        self.weekdays = weekdays
        self.rows = rows
        self.endResetModel()

    def day_rule(self, row: TeamPolicyRow, day: str) -> str:
        if day in (row.override.fixed_weekdays or ()):
            return DAY_FIXED
        if day in (row.override.forbidden_weekdays or ()):
            return DAY_FORBIDDEN
        return DAY_FREE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == TEAM_ROLE:
            return row.team
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.ToolTipRole and col == 0:
                return row.team  # the column may be too narrow for the whole name
            if role == Qt.ItemDataRole.ToolTipRole and col == 1:
                return self.tr("In brackets: the organisation's number of anchor days")
            return None
        if col == 0:
            return row.team
        if col == 1:
            k = row.override.anchor_days
            if role == Qt.ItemDataRole.EditRole:
                return k if k is not None else 0
            if k is not None:
                return QLocale().toString(k)
            return self.tr("({days})").format(days=QLocale().toString(self.org.anchor_days or 0))
        rule = self.day_rule(row, self.weekdays[col - 2])
        # EditRole: the key (what setData compares); DisplayRole: what the user reads.
        return rule if role == Qt.ItemDataRole.EditRole else day_rule_text(rule)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() > 0 and self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        row = self.rows[index.row()]
        policy = row.override
        if index.column() == 1:
            k = int(value)
            policy = replace(policy, anchor_days=k if k > 0 else None)
        else:
            if value not in DAY_CHOICES:
                return False
            day = self.weekdays[index.column() - 2]
            fixed = [d for d in policy.fixed_weekdays or () if d != day]
            forbidden = [d for d in policy.forbidden_weekdays or () if d != day]
            if value == DAY_FIXED:
                fixed.append(day)
            elif value == DAY_FORBIDDEN:
                forbidden.append(day)
            order = self.weekdays
            policy = replace(
                policy,
                fixed_weekdays=tuple(d for d in order if d in fixed) or None,
                forbidden_weekdays=tuple(d for d in order if d in forbidden) or None,
            )
        if policy == row.override:
            return False
        self.edit_requested.emit(row.team, policy)
        return True

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Team"), self.tr("Anchor\ndays"), *self.weekday_titles(self.weekdays))


# -- comparing two saved plans ----------------------------------------------------------------


@dataclass(frozen=True)
class CompareRow:
    team: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    moved: bool


class CompareModel(_TitledTableModel):
    """Two saved plans team by team: days in each and whether the team moves
    (:func:`officeplanner.planner.objective.moved_teams`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CompareRow] = []
        self.names = (self.tr("Plan A"), self.tr("Plan B"))

    def set_plans(self, a: SavedPlan | None, b: SavedPlan | None) -> None:
        self.beginResetModel()
        if a is None or b is None:
            self.rows = []
        else:
            self.names = (a.name, b.name)
            moved = moved_teams(a.days, b.days)
            self.rows = [
                CompareRow(t, a.days.get(t, ()), b.days.get(t, ()), t in moved)
                for t in sorted(set(a.days) | set(b.days))
            ]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.team,
                _days_text(row.before),
                _days_text(row.after),
                self.tr("moves") if row.moved else "",
            )[index.column()]
        if role == TEAM_ROLE:
            return row.team
        if role == Qt.ItemDataRole.FontRole and row.moved:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Team"), *self.names, self.tr("Moves"))


@dataclass(frozen=True)
class LoadRow:
    site: str
    day: str
    a: float | None
    b: float | None
    capacity: float | None


class CompareLoadModel(_TitledTableModel):
    """Desks used per site-day in each plan (:func:`objective.load` over each plan's own
    instance) against the capacity of plan B's instance."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LoadRow] = []
        self.names = (self.tr("Plan A"), self.tr("Plan B"))

    def set_plans(self, a: SavedPlan | None, b: SavedPlan | None) -> None:
        self.beginResetModel()
        self.rows = []
        if a is not None and b is not None:
            self.names = (a.name, b.name)
            la = plan_loads(a)
            lb = plan_loads(b)
            caps: dict[tuple[str, str], float] = {}
            weekdays: list[str] = []
            for saved in (a, b):
                if saved.problem is not None:
                    weekdays += [d for d in saved.problem.weekdays if d not in weekdays]
                    for s in saved.problem.sites.values():
                        caps.update({(s.name, d): s.capacity[d] for d in saved.problem.weekdays})
            sites = sorted({s for s, _ in la} | {s for s, _ in lb})
            self.rows = [
                LoadRow(s, d, la.get((s, d)), lb.get((s, d)), caps.get((s, d)))
                for s in sites
                for d in weekdays
            ]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.site, weekday_name(row.day), row.a, row.b, row.capacity)
            v = values[index.column()]
            if isinstance(v, float):
                return QLocale().toString(v, "f", 1)
            return "—" if v is None else v
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Site"), self.tr("Day"), *self.names, self.tr("Capacity"))


def plan_loads(saved: SavedPlan) -> dict[tuple[str, str], float]:
    """``{(site, day): desks}`` of a saved plan, from the instance it was solved for."""
    if saved.problem is None:
        return {}
    plan = {t.name: saved.days.get(t.name, ()) for t in saved.problem.teams}
    return {(s, d): v for s, days in load(saved.problem, plan).items() for d, v in days.items()}


def plan_score(saved: SavedPlan) -> float | None:
    """The objective of a saved plan recomputed for its instance (None without one)."""
    if saved.problem is None:
        return saved.objective
    plan = {t.name: saved.days.get(t.name, ()) for t in saved.problem.teams}
    return objective(saved.problem, plan)


# -- following a saved plan -------------------------------------------------------------------


#: What a suppressed figure reads as (DESIGN.md: groups under k are never shown); shown
#: translated (context "FollowUpModel").
SUPPRESSED: Final = str(QT_TRANSLATE_NOOP("FollowUpModel", "suppressed"))


class FollowUpModel(_TitledTableModel):
    """Per team of a saved plan: presence on its anchor days since the start and the team
    meeting rate before vs after (:func:`officeplanner.planner.followup.followup`).

    Suppressed figures (a team under k members) read "suppressed", never a number, so a
    screenshot cannot leak them either.
    """

    #: Two-line headers: the table has to fit beside the policy on a laptop screen.
    #: English source texts, shown translated (context "FollowUpModel").
    HEADERS: ClassVar = (
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Team")),
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Anchor\ndays")),
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Members")),
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Anchor\ndates")),
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Present on\nanchor days")),
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Meeting rate\nbefore")),
        str(QT_TRANSLATE_NOOP("FollowUpModel", "Meeting rate\nafter")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: FollowUp | None = None

    @property
    def rows(self) -> tuple[TeamFollowUp, ...]:
        return self.result.teams if self.result is not None else ()

    def set_result(self, result: FollowUp | None) -> None:
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    def suppressed(self, row: TeamFollowUp) -> bool:
        return self.result is not None and not self.result.privacy.allows_members(row.size)

    def figure_text(self, row: TeamFollowUp, col: int) -> str:
        """A figure column as shown: a percentage, "suppressed", or why there is none."""
        if self.suppressed(row):
            return self.tr(SUPPRESSED)
        value = (row.present_share, row.meeting_before, row.meeting_after)[col - 4]
        if value is None:
            return self.tr("no anchor day yet") if col == 4 else "—"
        # round() rounds as Python's "{:.0%}" does (the CLI's figures); the sign's spacing
        # is the translation's ("85%", Norwegian "85 %").
        return self.tr("{number}%").format(number=QLocale().toString(round(value * 100)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col >= 4:
                return self.figure_text(row, col)
            locale = QLocale()
            return (
                row.team,
                _days_text(row.anchor_days),
                locale.toString(row.size),
                locale.toString(row.anchor_dates),
            )[col]
        if role == TEAM_ROLE:
            return row.team
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col >= 4 and self.suppressed(row):
            assert self.result is not None
            k = self.result.privacy.min_group
            return self.tr("Suppressed: {team} has fewer than {n} members").format(
                team=row.team, n=k
            )
        if role == Qt.ItemDataRole.ForegroundRole and col >= 4 and self.suppressed(row):
            return QBrush(_OFF)
        return None

    def titles(self) -> tuple[str, ...]:
        return tuple(QCoreApplication.translate("FollowUpModel", h) for h in self.HEADERS)
