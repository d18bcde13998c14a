"""Item models of the Planner page: thin adapters over the core's plain data.

Every figure shown (a team's days, loads, scores, which teams move) comes from
:mod:`officeplanner.planner`; the models only lay it out in rows and columns, so
the page shows exactly what ``officeplanner plan`` prints. The team-policy model
never writes: an edit is turned into a :class:`~officeplanner.planner.store.Policy`
and handed to the page through ``edit_requested``, which pushes an undo command.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
from officeplanner.gui.planner_words import area_text
from officeplanner.planner.followup import FollowUp, TeamFollowUp
from officeplanner.planner.objective import Plan, load, moved_teams, objective
from officeplanner.planner.problem import Problem, Team
from officeplanner.planner.seating import area_desks, zone_load
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
    rows are ``self.rows``: the Planner tables differ only in what they show."""

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
    optimiser's choice. When the teams were seated by zone, a "Zone" column after the
    site says where each team sits on its anchor days ("North + East" for two zones),
    so the grid alone answers both "when" and "where".
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem: Problem | None = None
        self.plan: dict[str, tuple[str, ...]] = {}
        self.seating: dict[str, tuple[str, ...]] = {}

    def set_plan(
        self,
        problem: Problem | None,
        plan: Plan,
        seating: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.beginResetModel()
        self.problem = problem
        self.plan = {t: tuple(d) for t, d in plan.items()}
        self.seating = {t: tuple(a) for t, a in (seating or {}).items()}
        self.endResetModel()

    @property
    def weekdays(self) -> tuple[str, ...]:
        return self.problem.weekdays if self.problem is not None else ()

    @property
    def first_day_column(self) -> int:
        """Team and site come first, then the zone when the plan seats teams by zone."""
        return 3 if self.seating else 2

    def _zone_data(self, team: Team, role: int) -> Any:
        area = self.seating.get(team.name, ())
        if role == Qt.ItemDataRole.DisplayRole:
            return area_text(area) if area else "—"
        if role == Qt.ItemDataRole.ToolTipRole and self.problem is not None:
            if not area:
                return self.tr("{site} has no zones to seat {team} in").format(
                    site=team.site, team=team.name
                )
            desks = area_desks(self.problem.sites[team.site], area)
            return self.tr("{team} sits in {area} ({desks} desks) on its anchor days").format(
                team=team.name, area=area_text(area), desks=QLocale().toString(desks, "f", 1)
            )
        return None

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
        if col < self.first_day_column:
            return self._zone_data(team, role)
        day = self.weekdays[col - self.first_day_column]
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
        zone = (self.tr("Zone"),) if self.seating else ()
        return (
            self.tr("Team"),
            self.tr("Site (people)"),
            *zone,
            *self.weekday_titles(self.weekdays),
        )

    def cell_text(self, team: str) -> dict[str, str]:
        """The row of ``team`` as shown, by weekday (what tests compare with the core)."""
        assert self.problem is not None
        row = self.problem.team_index(team)
        first = self.first_day_column
        return {d: str(self.data(self.index(row, first + j))) for j, d in enumerate(self.weekdays)}

    def zone_text(self, team: str) -> str | None:
        """The Zone cell of ``team`` as shown (None when the plan seats nobody)."""
        if self.problem is None or not self.seating:
            return None
        return str(self.data(self.index(self.problem.team_index(team), 2)))


# -- the load per zone ------------------------------------------------------------------------


@dataclass(frozen=True)
class ZoneLoadRow:
    site: str
    zone: str
    desks: float  # the zone's desks available to the planned teams on any day
    used: dict[str, float]  # expected people of the teams seated there, by weekday


#: Zone-day cells are tinted by how full they are, in the grid's green: from this alpha
#: (a zone barely used) up to this one plus the span (a full one); text stays readable on both.
_TINT_ALPHA: Final = 24
_TINT_SPAN: Final = 150


class ZoneLoadModel(_TitledTableModel):
    """Zones × weekdays of a seated plan: the expected people of the teams seated in each
    zone (:func:`officeplanner.planner.seating.zone_load`) against the zone's desks.

    The zone-level counterpart of the load chart's site bars: which zone is tight on which
    day, the tighter the darker.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ZoneLoadRow] = []
        self.weekdays: tuple[str, ...] = ()

    def set_load(
        self,
        problem: Problem | None,
        load: Mapping[str, Mapping[str, Mapping[str, float]]] | None,
    ) -> None:
        """Show ``load[site][zone][day]`` for ``problem``'s zones (None: nothing)."""
        self.beginResetModel()
        self.rows = []
        self.weekdays = problem.weekdays if problem is not None else ()
        if problem is not None and load:
            self.rows = [
                ZoneLoadRow(
                    site.name,
                    zone.name,
                    zone.desks,
                    {d: load[site.name][zone.name][d] for d in problem.weekdays},
                )
                for site in problem.sites.values()
                if site.name in load
                for zone in site.zones
            ]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        locale = QLocale()
        if col < 3:
            if role == Qt.ItemDataRole.DisplayRole:
                return (row.site, row.zone, locale.toString(row.desks, "f", 1))[col]
            if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        day = self.weekdays[col - 3]
        used = row.used[day]
        share = used / row.desks if row.desks > 0 else 0.0
        if role == Qt.ItemDataRole.DisplayRole:
            return locale.toString(used, "f", 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and used > 0:
            tint = QColor(_IN)
            tint.setAlpha(_TINT_ALPHA + round(_TINT_SPAN * min(1.0, share)))
            return QBrush(tint)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{zone} ({site}) on {day}: {used} of {desks} desks taken").format(
                zone=row.zone,
                site=row.site,
                day=weekday_name(day),
                used=locale.toString(used, "f", 1),
                desks=locale.toString(row.desks, "f", 1),
            )
        return None

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Site"),
            self.tr("Zone"),
            self.tr("Desks"),
            *self.weekday_titles(self.weekdays),
        )


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
    #: Where the team sits in each plan (empty: not seated by zone), and whether that
    #: changes — the same zones in another order are the same place.
    seat_before: tuple[str, ...] = ()
    seat_after: tuple[str, ...] = ()
    reseated: bool = False


class CompareModel(_TitledTableModel):
    """Two saved plans team by team: days in each and whether the team moves
    (:func:`officeplanner.planner.objective.moved_teams`).

    When either plan seats teams by zone, a Zone column follows the days: where the team
    sits, or "North → South" when it changes zones — its people sit elsewhere from then
    on, which a manager has to announce as much as new days. One column for both plans,
    not one each: the table shares the width with the policy, and a team's name and both
    plans' days must stay readable beside it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CompareRow] = []
        self.names = (self.tr("Plan A"), self.tr("Plan B"))
        #: Whether either plan seats teams by zone (then the zone columns are shown).
        self.seated = False

    def set_plans(self, a: SavedPlan | None, b: SavedPlan | None) -> None:
        self.beginResetModel()
        if a is None or b is None:
            self.rows = []
            self.seated = False
        else:
            self.names = (a.name, b.name)
            self.seated = bool(a.seating or b.seating)
            moved = moved_teams(a.days, b.days)
            self.rows = []
            for t in sorted(set(a.days) | set(b.days)):
                seat_a, seat_b = a.seating.get(t, ()), b.seating.get(t, ())
                self.rows.append(
                    CompareRow(
                        t,
                        a.days.get(t, ()),
                        b.days.get(t, ()),
                        t in moved,
                        seat_a,
                        seat_b,
                        set(seat_a) != set(seat_b),
                    )
                )
        self.endResetModel()

    def zone_text(self, row: CompareRow) -> str:
        """The team's zone, or "A's zone → B's zone" when it changes ("—": not seated)."""
        before, after = area_text(row.seat_before) or "—", area_text(row.seat_after) or "—"
        return f"{before} → {after}" if row.reseated else before

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = [row.team, _days_text(row.before), _days_text(row.after)]
            if self.seated:
                cells.append(self.zone_text(row))
            return [*cells, self.tr("moves") if row.moved else ""][col]
        if role == TEAM_ROLE:
            return row.team
        if role == Qt.ItemDataRole.FontRole and (row.moved or row.reseated):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def titles(self) -> tuple[str, ...]:
        zone = (self.tr("Zone"),) if self.seated else ()
        return (self.tr("Team"), *self.names, *zone, self.tr("Moves"))


@dataclass(frozen=True)
class LoadRow:
    site: str
    day: str
    a: float | None
    b: float | None
    capacity: float | None
    # The zone of ``site`` this row counts ("": the whole site).
    zone: str = ""


class CompareLoadModel(_TitledTableModel):
    """Desks used per site-day in each plan (:func:`objective.load` over each plan's own
    instance) against the capacity of plan B's instance.

    When either plan seats teams by zone, each site's rows are followed by its zones'
    (people per zone and day, :func:`seating.zone_load`, against the zone's desks) in a
    Zone column: moving teams between zones fills one zone and empties another while
    the site's total stays the same, which the site rows alone would hide.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LoadRow] = []
        self.names = (self.tr("Plan A"), self.tr("Plan B"))
        # Whether any row is a zone's (then the Zone column is shown).
        self.zoned = False

    def set_plans(self, a: SavedPlan | None, b: SavedPlan | None) -> None:
        self.beginResetModel()
        self.rows = []
        self.zoned = False
        if a is not None and b is not None:
            self.names = (a.name, b.name)
            la, lb = plan_loads(a), plan_loads(b)
            za, zb = plan_zone_loads(a), plan_zone_loads(b)
            caps: dict[tuple[str, str, str], float] = {}
            zones: dict[str, list[str]] = {}
            weekdays: list[str] = []
            for saved in (a, b):
                if saved.problem is None:
                    continue
                weekdays += [d for d in saved.problem.weekdays if d not in weekdays]
                days = saved.problem.weekdays
                for site in saved.problem.sites.values():
                    caps.update({(site.name, "", d): site.capacity[d] for d in days})
                    if not saved.seating:
                        continue
                    known = zones.setdefault(site.name, [])
                    known += [z.name for z in site.zones if z.name not in known]
                    for z in site.zones:
                        caps.update({(site.name, z.name, d): z.desks for d in days})
            for s in sorted({s for s, _ in la} | {s for s, _ in lb}):
                self.rows += [
                    LoadRow(s, d, la.get((s, d)), lb.get((s, d)), caps.get((s, "", d)))
                    for d in weekdays
                ]
                self.rows += [
                    LoadRow(s, d, za.get((s, z, d)), zb.get((s, z, d)), caps.get((s, z, d)), z)
                    for z in zones.get(s, [])
                    for d in weekdays
                ]
            self.zoned = any(row.zone for row in self.rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        first_number = 3 if self.zoned else 2
        if role == Qt.ItemDataRole.DisplayRole:
            zone = (row.zone or self.tr("Whole site"),) if self.zoned else ()
            values = (row.site, *zone, weekday_name(row.day), row.a, row.b, row.capacity)
            v = values[index.column()]
            if isinstance(v, float):
                return QLocale().toString(v, "f", 1)
            return "—" if v is None else v
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= first_number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.changes(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def changes(row: LoadRow) -> bool:
        """Whether the two plans differ there by a tenth of a person or more: bold, as
        the teams that move are, so that a long table shows where to look."""
        return row.a is not None and row.b is not None and abs(row.a - row.b) >= 0.05

    def titles(self) -> tuple[str, ...]:
        zone = (self.tr("Zone"),) if self.zoned else ()
        return (self.tr("Site"), *zone, self.tr("Day"), *self.names, self.tr("Capacity"))


def _plan_for(saved: SavedPlan, problem: Problem) -> Plan:
    """The saved days of every team of ``problem`` (the plan's own instance); a team the
    plan has no days for gets none, so the core's figures see the whole instance."""
    return {t.name: saved.days.get(t.name, ()) for t in problem.teams}


def plan_loads(saved: SavedPlan) -> dict[tuple[str, str], float]:
    """``{(site, day): desks}`` of a saved plan, from the instance it was solved for."""
    if saved.problem is None:
        return {}
    loads = load(saved.problem, _plan_for(saved, saved.problem))
    return {(s, d): v for s, days in loads.items() for d, v in days.items()}


def plan_zone_loads(saved: SavedPlan) -> dict[tuple[str, str, str], float]:
    """``{(site, zone, day): people}`` of a plan saved seated by zone ({} otherwise).

    An LP per site-day where a team sits over two zones (:func:`seating.zone_load`):
    milliseconds each, so on the GUI thread like the rest of the comparison.
    """
    if saved.problem is None or not saved.seating or not saved.problem.seats_by_zone:
        return {}
    loads = zone_load(saved.problem, _plan_for(saved, saved.problem), saved.seating).load
    return {
        (s, z, d): v
        for s, by_zone in loads.items()
        for z, days in by_zone.items()
        for d, v in days.items()
    }


def plan_score(saved: SavedPlan) -> float | None:
    """The objective of a saved plan recomputed for its instance (None without one)."""
    if saved.problem is None:
        return saved.objective
    return objective(saved.problem, _plan_for(saved, saved.problem))


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
