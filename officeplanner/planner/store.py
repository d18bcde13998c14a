"""Hybrid policies and named plans in the office file.

Policy: one row with ``team_id`` NULL for the organisation and optional rows
per team whose non-NULL fields override it (DESIGN.md, "Hybrid policy").
Plans: ``plans`` holds the name, validity, status, objective, bound, the
instance solved (so a plan can be explained and re-solved later exactly as it
was) and, when teams were seated by zone, each team's zone or two zones
(``seating_json``, in the instance's names; NULL otherwise); ``plan_days`` holds
one row per team and weekday. Saving under an existing name replaces that plan
*in place*, keeping its id, so calendar exports keep their UIDs and only bump
SEQUENCE for teams whose days changed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date

from officeplanner.domain import WEEKDAYS, WORKWEEK
from officeplanner.opendays import parse_weekdays
from officeplanner.planner.problem import DEFAULT_TURNOUT, Problem, problem_from_json
from officeplanner.planner.result import Solution
from officeplanner.store import OfficeFile
from officeplanner.store.document import now_iso

DEFAULT_ANCHOR_DAYS = 2
DEFAULT_CEILING = 0.9

#: Every column of ``plans``, in the order :class:`PlanRecord` keeps them.
_PLAN_COLUMNS = (
    "id, name, created_at, valid_from, valid_to, status, objective, bound, problem_json, "
    "seating_json"
)


@dataclass(frozen=True)
class Policy:
    """A hybrid policy; None fields inherit (a team's from the organisation's,
    the organisation's from the defaults in :func:`effective`)."""

    office_days: int | None = None
    anchor_days: int | None = None
    allowed_weekdays: tuple[str, ...] | None = None
    fixed_weekdays: tuple[str, ...] | None = None
    forbidden_weekdays: tuple[str, ...] | None = None
    capacity_ceiling: float | None = None
    turnout: float | None = None

    def over(self, base: Policy) -> Policy:
        """This policy's fields where set, ``base``'s elsewhere."""
        return replace(
            base,
            **{
                f.name: getattr(self, f.name)
                for f in fields(self)
                if getattr(self, f.name) is not None
            },
        )


DEFAULT_POLICY = Policy(
    office_days=None,
    anchor_days=DEFAULT_ANCHOR_DAYS,
    allowed_weekdays=WORKWEEK,
    fixed_weekdays=(),
    forbidden_weekdays=(),
    capacity_ceiling=DEFAULT_CEILING,
    turnout=DEFAULT_TURNOUT,
)


def _days(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    return tuple(WEEKDAYS[i] for i in parse_weekdays(text))


def _row_policy(row: sqlite3.Row | tuple[object, ...]) -> Policy:
    office, anchor, allowed, fixed, forbidden, ceiling, turnout = row
    return Policy(
        office_days=None if office is None else int(str(office)),
        anchor_days=None if anchor is None else int(str(anchor)),
        allowed_weekdays=_days(None if allowed is None else str(allowed)),
        fixed_weekdays=_days(None if fixed is None else str(fixed)),
        forbidden_weekdays=_days(None if forbidden is None else str(forbidden)),
        capacity_ceiling=None if ceiling is None else float(str(ceiling)),
        turnout=None if turnout is None else float(str(turnout)),
    )


_COLUMNS = (
    "office_days, anchor_days, allowed_weekdays, fixed_weekdays, forbidden_weekdays, "
    "capacity_ceiling, turnout"
)


def read_policies(conn: sqlite3.Connection) -> tuple[Policy, dict[str, Policy]]:
    """The organisation's effective policy and the teams' overrides (by team name)."""
    org = Policy()
    teams: dict[str, Policy] = {}
    for row in conn.execute(
        f"SELECT t.name, {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))} "
        "FROM policies p LEFT JOIN teams t ON t.id = p.team_id"
    ):
        if row[0] is None:
            org = _row_policy(row[1:])
        else:
            teams[str(row[0])] = _row_policy(row[1:])
    return org.over(DEFAULT_POLICY), teams


def effective_policy(org: Policy, override: Policy | None) -> Policy:
    return (override or Policy()).over(org.over(DEFAULT_POLICY))


def _policy_team_id(conn: sqlite3.Connection, team: str | None) -> int | None:
    if team is None:
        return None
    row = conn.execute("SELECT id FROM teams WHERE name = ?", (team,)).fetchone()
    if row is None:
        raise ValueError(f"no team named {team!r}")
    return int(row[0])


def stored_policy(conn: sqlite3.Connection, team: str | None = None) -> Policy | None:
    """The row as stored (unset fields None), or None when there is no row: what undo
    must put back exactly, where :func:`read_policies` fills in the defaults."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM policies WHERE team_id IS ?", (_policy_team_id(conn, team),)
    ).fetchone()
    return None if row is None else _row_policy(tuple(row))


def write_policy(doc: OfficeFile, policy: Policy | None, team: str | None = None) -> None:
    """Store the organisation's policy (team None) or a team's override, replacing it;
    ``None`` removes the row (the defaults, or the organisation's policy, apply)."""

    def text(days: tuple[str, ...] | None) -> str | None:
        return None if days is None else ",".join(days)

    with doc.write() as conn:
        team_id = _policy_team_id(conn, team)
        conn.execute("DELETE FROM policies WHERE team_id IS ?", (team_id,))
        if policy is None:
            return
        conn.execute(
            f"INSERT INTO policies(team_id, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                team_id,
                policy.office_days,
                policy.anchor_days,
                text(policy.allowed_weekdays),
                text(policy.fixed_weekdays),
                text(policy.forbidden_weekdays),
                policy.capacity_ceiling,
                policy.turnout,
            ),
        )


# -- plans ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedPlan:
    id: int
    name: str
    created_at: str
    valid_from: date | None
    valid_to: date | None
    status: str
    objective: float | None
    bound: float | None
    problem: Problem | None
    days: dict[str, tuple[str, ...]]
    #: Each team's zone or two adjacent zones, when the plan seats teams by zone (the
    #: names of ``problem``); empty for a plan that does not (and those saved before).
    seating: dict[str, tuple[str, ...]] = field(default_factory=dict)


def save_plan(
    doc: OfficeFile,
    name: str,
    problem: Problem,
    solution: Solution,
    *,
    valid_from: date | None = None,
    valid_to: date | None = None,
) -> int:
    """Store a solved plan under ``name`` (replacing one of that name); returns its id."""
    if not solution.plan:
        raise ValueError(f"a {solution.status} result has no plan to save")
    if valid_from and valid_to and valid_to < valid_from:
        raise ValueError(f"the plan ends ({valid_to}) before it starts ({valid_from})")
    with doc.write() as conn:
        team_ids = {str(n): int(i) for i, n in conn.execute("SELECT id, name FROM teams")}
        missing = [t for t in solution.plan if t not in team_ids]
        if missing:
            raise ValueError(f"teams not in the file: {', '.join(missing)}")
        values = (
            now_iso(),
            valid_from.isoformat() if valid_from else None,
            valid_to.isoformat() if valid_to else None,
            solution.status,
            solution.objective,
            solution.bound,
            problem.dumps(),
            _seating_text(solution.seating),
        )
        row = conn.execute("SELECT id FROM plans WHERE name = ?", (name,)).fetchone()
        if row is None:
            cur = conn.execute(
                "INSERT INTO plans(name, created_at, valid_from, valid_to, status, objective, "
                "bound, problem_json, seating_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (name, *values),
            )
            assert cur.lastrowid is not None
            plan_id = cur.lastrowid
        else:
            plan_id = int(row[0])
            conn.execute(
                "UPDATE plans SET created_at = ?, valid_from = ?, valid_to = ?, status = ?, "
                "objective = ?, bound = ?, problem_json = ?, seating_json = ? WHERE id = ?",
                (*values, plan_id),
            )
            conn.execute("DELETE FROM plan_days WHERE plan_id = ?", (plan_id,))
        conn.executemany(
            "INSERT INTO plan_days(plan_id, team_id, weekday) VALUES (?, ?, ?)",
            [(plan_id, team_ids[t], d) for t, days in solution.plan.items() for d in days],
        )
    return plan_id


def _to_date(text: object) -> date | None:
    return None if text is None else date.fromisoformat(str(text))


def _seating_text(seating: Mapping[str, Sequence[str]]) -> str | None:
    """``seating_json`` for a plan: NULL when it seats nobody, so that "not seated by
    zone" reads the same whether the plan was saved before seating existed or after."""
    if not seating:
        return None
    return json.dumps({team: list(area) for team, area in seating.items()}, ensure_ascii=False)


def _seating(text: object) -> dict[str, tuple[str, ...]]:
    """The seating ``seating_json`` holds (empty for NULL)."""
    if text is None:
        return {}
    return {str(team): tuple(map(str, area)) for team, area in json.loads(str(text)).items()}


def load_plan(conn: sqlite3.Connection, name: str) -> SavedPlan:
    """The plan saved as ``name``; KeyError when there is none."""
    row = conn.execute(f"SELECT {_PLAN_COLUMNS} FROM plans WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise KeyError(name)
    plan_id = int(row[0])
    order = {d: i for i, d in enumerate(WEEKDAYS)}
    days: dict[str, list[str]] = {}
    for team, day in conn.execute(
        "SELECT t.name, pd.weekday FROM plan_days pd JOIN teams t ON t.id = pd.team_id "
        "WHERE pd.plan_id = ?",
        (plan_id,),
    ):
        days.setdefault(str(team), []).append(str(day))
    problem = problem_from_json(json.loads(row[8])) if row[8] else None
    return SavedPlan(
        id=plan_id,
        name=str(row[1]),
        created_at=str(row[2]),
        valid_from=_to_date(row[3]),
        valid_to=_to_date(row[4]),
        status=str(row[5]),
        objective=None if row[6] is None else float(row[6]),
        bound=None if row[7] is None else float(row[7]),
        problem=problem,
        days={t: tuple(sorted(ds, key=order.__getitem__)) for t, ds in days.items()},
        seating=_seating(row[9]),
    )


def plan_names(conn: sqlite3.Connection) -> list[str]:
    """Saved plans' names, oldest first; plans saved in the same second in saving order
    (``created_at`` has whole seconds), so the last two are the two saved last."""
    return [str(r[0]) for r in conn.execute("SELECT name FROM plans ORDER BY created_at, id")]


def delete_plan(doc: OfficeFile, name: str) -> None:
    with doc.write() as conn:
        row = conn.execute("SELECT id FROM plans WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise KeyError(name)
        for table in ("plan_days", "calendar_exports"):
            conn.execute(f"DELETE FROM {table} WHERE plan_id = ?", (row[0],))
        conn.execute("DELETE FROM plans WHERE id = ?", (row[0],))


@dataclass(frozen=True)
class PlanRecord:
    """Every row a saved plan owns, exactly as stored: what undo needs to put it back.

    Not :class:`SavedPlan`: restoring must give the same id (calendar UIDs and the
    SEQUENCE record hang on it) and keep the record of past calendar exports, which
    saving a plan afresh would lose.
    """

    plan: tuple[object, ...]
    days: tuple[tuple[object, ...], ...]
    exports: tuple[tuple[object, ...], ...]

    @property
    def name(self) -> str:
        return str(self.plan[1])


def plan_record(conn: sqlite3.Connection, name: str) -> PlanRecord | None:
    """The rows of the plan saved as ``name``, or None when there is none."""
    row = conn.execute(f"SELECT {_PLAN_COLUMNS} FROM plans WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    days = conn.execute(
        "SELECT plan_id, team_id, weekday FROM plan_days WHERE plan_id = ? "
        "ORDER BY team_id, weekday",
        (row[0],),
    ).fetchall()
    exports = conn.execute(
        "SELECT plan_id, team_id, days, sequence, exported_at FROM calendar_exports "
        "WHERE plan_id = ? ORDER BY team_id",
        (row[0],),
    ).fetchall()
    return PlanRecord(tuple(row), tuple(map(tuple, days)), tuple(map(tuple, exports)))


def restore_plan(doc: OfficeFile, record: PlanRecord) -> None:
    """Put a plan back exactly as :func:`plan_record` read it, replacing whatever now
    has its id or its name (one transaction)."""
    with doc.write() as conn:
        plan_id = record.plan[0]
        ids = {plan_id} | {
            r[0] for r in conn.execute("SELECT id FROM plans WHERE name = ?", (record.name,))
        }
        for old in ids:
            for table in ("plan_days", "calendar_exports"):
                conn.execute(f"DELETE FROM {table} WHERE plan_id = ?", (old,))
            conn.execute("DELETE FROM plans WHERE id = ?", (old,))
        conn.execute(
            f"INSERT INTO plans({_PLAN_COLUMNS}) VALUES ({', '.join('?' * len(record.plan))})",
            record.plan,
        )
        conn.executemany(
            "INSERT INTO plan_days(plan_id, team_id, weekday) VALUES (?, ?, ?)", record.days
        )
        conn.executemany(
            "INSERT INTO calendar_exports(plan_id, team_id, days, sequence, exported_at) "
            "VALUES (?, ?, ?, ?, ?)",
            record.exports,
        )
