"""What an export is made of, read from the office file: a plan, its teams, their sites.

The planner writes ``plans`` and ``plan_days``; this module only reads them, so the
export works on any plan in the file whichever tool saved it. Lookups by name fail
with :class:`ExportError` carrying a message the CLI prints as is and the GUI shows
in a dialog (unknown plan, team or person; a team without a site; a plan whose
seating cannot be read).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date

from officeplanner.calendar.errors import ExportError
from officeplanner.domain import WEEKDAYS
from officeplanner.opendays import SiteCalendar, load_site_calendars


@dataclass(frozen=True)
class PlanRef:
    id: int
    name: str
    valid_from: date
    valid_to: date
    #: Each seated team's zone or two adjacent zones (``plans.seating_json``); empty
    #: when the plan seats nobody.
    seating: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class TeamDays:
    """One team's anchor weekdays in a plan, with the site whose calendar applies."""

    team_id: int
    team: str
    weekdays: tuple[int, ...]  # ISO order, Monday = 0
    site_id: int
    site: SiteCalendar
    #: The zone or two adjacent zones the plan seats the team in; empty when unseated.
    seat: tuple[str, ...] = ()

    @property
    def weekday_names(self) -> tuple[str, ...]:
        return tuple(WEEKDAYS[d] for d in self.weekdays)


def _parse_day(value: object, what: str, plan: str) -> date:
    if value is None or str(value).strip() == "":
        raise ExportError(
            f"plan {plan!r} has no {what} date: give it the period it applies to (save it "
            "again with --from and --to, or set its dates in the Planner) and export again"
        )
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ExportError(
            f"plan {plan!r} has no valid {what} date ({value!r}); set the plan's period first"
        ) from None


def _parse_seating(value: object, plan: str) -> dict[str, tuple[str, ...]]:
    """``plans.seating_json`` as ``{team: zones}``; NULL or empty text seats nobody.

    Text that is not such an object raises ExportError naming the plan rather than
    exporting without seats: dropping them silently would publish events whose
    LOCATION vanished (and bump their SEQUENCE) with nothing telling the user why.
    Saving the plan again in the Planner rewrites the column.
    """
    if value is None or str(value).strip() == "":
        return {}
    try:
        data = json.loads(str(value))
    except ValueError:
        data = None
    if not isinstance(data, dict) or not all(
        isinstance(zones, list) and all(isinstance(z, str) for z in zones)
        for zones in data.values()
    ):
        raise ExportError(
            f"plan {plan!r} has unreadable seating ({str(value)[:60]!r}); "
            "save the plan again in the Planner and export again"
        )
    return {str(team): tuple(zones) for team, zones in data.items()}


def find_plan(conn: sqlite3.Connection, name: str) -> PlanRef:
    """The plan called ``name``, with its period and seating; ExportError lists the known plans."""
    row = conn.execute(
        "SELECT id, name, valid_from, valid_to, seating_json FROM plans WHERE name = ?", (name,)
    ).fetchone()
    if row is None:
        known = [str(r[0]) for r in conn.execute("SELECT name FROM plans ORDER BY name")]
        hint = f"; plans in this file: {', '.join(known)}" if known else "; the file has no plans"
        raise ExportError(f"no plan called {name!r}{hint}")
    plan = PlanRef(
        id=int(row[0]),
        name=str(row[1]),
        valid_from=_parse_day(row[2], "start", str(row[1])),
        valid_to=_parse_day(row[3], "end", str(row[1])),
        seating=_parse_seating(row[4], str(row[1])),
    )
    if plan.valid_to < plan.valid_from:
        raise ExportError(
            f"plan {plan.name!r} ends ({plan.valid_to}) before it starts ({plan.valid_from})"
        )
    return plan


def find_team_id(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM teams WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise ExportError(f"no team called {name!r} in this file")
    return int(row[0])


def find_person_team(conn: sqlite3.Connection, name: str) -> tuple[int, str]:
    """``(team id, person name)`` of the person ``name``; ExportError when unknown or teamless."""
    row = conn.execute("SELECT name, team_id FROM people WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise ExportError(f"no person called {name!r} in this file")
    if row[1] is None:
        raise ExportError(f"{name!r} belongs to no team, so has no anchor days")
    return int(row[1]), str(row[0])


def _site_for_team(team: str, site_id: int | None, sites: dict[int, SiteCalendar]) -> int:
    """The team's home site; with none recorded, the file's only site if it has just one.

    A file with several sites cannot guess: which holidays and closures apply would be
    arbitrary, so the user is asked to set the team's site.
    """
    if site_id is not None and site_id in sites:
        return site_id
    if len(sites) == 1:
        return next(iter(sites))
    if not sites:
        raise ExportError(
            "the file has no sites, so no holidays or closures can be applied; add a site first"
        )
    raise ExportError(f"team {team!r} has no home site; set its site before exporting")


def plan_teams(
    conn: sqlite3.Connection, plan: PlanRef, team_ids: list[int] | None = None
) -> list[TeamDays]:
    """Every team with anchor days in ``plan`` (or just ``team_ids``), ordered by name."""
    sites = load_site_calendars(conn)
    days: dict[int, set[int]] = {}
    for team_id, weekday in conn.execute(
        "SELECT team_id, weekday FROM plan_days WHERE plan_id = ?", (plan.id,)
    ):
        name = str(weekday).strip()[:3].capitalize()
        if name not in WEEKDAYS:
            raise ExportError(f"plan {plan.name!r} has an unknown weekday {weekday!r}")
        days.setdefault(int(team_id), set()).add(WEEKDAYS.index(name))
    out = []
    for team_id, team, site_id in conn.execute("SELECT id, name, site_id FROM teams ORDER BY name"):
        tid = int(team_id)
        if tid not in days or (team_ids is not None and tid not in team_ids):
            continue
        sid = _site_for_team(str(team), site_id, sites)
        seat = plan.seating.get(str(team), ())
        out.append(TeamDays(tid, str(team), tuple(sorted(days[tid])), sid, sites[sid], seat))
    if team_ids is not None and not out:
        names = [
            str(r[0])
            for r in conn.execute(
                f"SELECT name FROM teams WHERE id IN ({','.join('?' * len(team_ids))})",
                team_ids,
            )
        ]
        raise ExportError(
            f"plan {plan.name!r} gives no anchor days to team {', '.join(names) or '?'}"
        )
    return out
