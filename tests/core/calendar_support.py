"""Shared by the calendar tests: an office with a plan, and two independent expanders.

The plan runs 2027-10-01 to 2028-06-30 at an Oslo site, so it crosses both DST
changes (2027-10-31, 2028-03-26), a year boundary, Easter 2028 (Maundy Thursday
13 Apr, Good Friday 14 Apr, Easter Monday 17 Apr), 1 May, 17 May (a Wednesday),
Ascension (25 May) and Whit Monday (5 Jun). The expected dates are written out
here by hand, not computed with the code under test.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import recurring_ical_events
import vobject

from officeplanner.domain import WORKWEEK
from officeplanner.planner.problem import Problem, Site, Team
from officeplanner.planner.result import Solution
from officeplanner.planner.store import save_plan
from officeplanner.store import OfficeFile
from officeplanner.store.entities import ensure_person, ensure_site, ensure_team

PLAN = "Autumn/Spring 2027–28"
START, END = date(2027, 10, 1), date(2028, 6, 30)
SITE = "Oslo, Bjørvika; HQ \\ 🏢"
FINANCE = "Økonomi, regnskap; \\ lønn\nÆØÅ 🚀"
SALES = "Sales"
OTHER = "Quiet team"  # in the file, not in the plan

#: Days the site is closed by the office (on Finance's Monday and Sales' Friday).
CLOSURES = {date(2027, 12, 27): "Christmas shutdown", date(2027, 12, 31): "New Year's Eve"}

#: The holidays and closures on each team's anchor weekdays, by hand.
FINANCE_DAYS = (0, 2)  # Mon, Wed
FINANCE_SKIPPED = {
    date(2027, 12, 27): "Christmas shutdown",
    date(2028, 4, 17): "Easter Monday",  # 2. påskedag
    date(2028, 5, 1): "Labor Day",
    date(2028, 5, 17): "Constitution Day",
    date(2028, 6, 5): "Pentecost Monday",  # Whit Monday
}
SALES_DAYS = (3, 4)  # Thu, Fri
SALES_SKIPPED = {
    date(2027, 12, 31): "New Year's Eve",
    date(2028, 4, 13): "Maundy Thursday",  # Skjærtorsdag
    date(2028, 4, 14): "Good Friday",  # Langfredag
    date(2028, 5, 25): "Ascension Day",
}


def expected_dates(weekdays: tuple[int, ...], skipped: dict[date, str]) -> list[date]:
    out = []
    day = START
    while day <= END:
        if day.weekday() in weekdays and day not in skipped:
            out.append(day)
        day += timedelta(days=1)
    return out


def build_office(path: Path) -> OfficeFile:
    """A new office file holding the site, three teams, two people and the plan."""
    doc = OfficeFile.create(path)
    with doc.write() as conn:
        site = ensure_site(conn, SITE)
        conn.execute("INSERT INTO sites(name) VALUES ('Bergen')")  # forces explicit team sites
        for team in (FINANCE, SALES, OTHER):
            conn.execute(
                "UPDATE teams SET site_id = ? WHERE id = ?", (site, ensure_team(conn, team))
            )
        ensure_person(conn, "Kari Nordmann", FINANCE, "kari@example.com")
        ensure_person(conn, "Ola Nordmann", SALES)
        conn.executemany(
            "INSERT INTO closures(site_id, date, reason) VALUES (?, ?, ?)",
            [(site, d.isoformat(), r) for d, r in CLOSURES.items()],
        )
        add_plan(conn, PLAN, {FINANCE: ("Mon", "Wed"), SALES: ("Thu", "Fri")})
    return doc


def add_plan(
    conn: sqlite3.Connection,
    name: str,
    days: dict[str, tuple[str, ...]],
    start: date = START,
    end: date = END,
) -> int:
    cur = conn.execute(
        "INSERT INTO plans(name, created_at, valid_from, valid_to, status) "
        "VALUES (?, '2027-09-01T10:00:00+00:00', ?, ?, 'optimal')",
        (name, start.isoformat(), end.isoformat()),
    )
    plan_id = int(cur.lastrowid or 0)
    set_days(conn, plan_id, days)
    return plan_id


def set_days(conn: sqlite3.Connection, plan_id: int, days: dict[str, tuple[str, ...]]) -> None:
    for team, weekdays in days.items():
        (team_id,) = conn.execute("SELECT id FROM teams WHERE name = ?", (team,)).fetchone()
        conn.execute("DELETE FROM plan_days WHERE plan_id = ? AND team_id = ?", (plan_id, team_id))
        conn.executemany(
            "INSERT INTO plan_days(plan_id, team_id, weekday) VALUES (?, ?, ?)",
            [(plan_id, team_id, w) for w in weekdays],
        )


def save_seated_plan(doc: OfficeFile, seating: dict[str, tuple[str, ...]]) -> int:
    """Save :data:`PLAN` again the way the Planner does, same days, with ``seating``.

    The instance is a token one: the export reads only the plan's days, period and
    seating, and the zones need not exist in the file.
    """
    problem = Problem(
        WORKWEEK,
        {SITE: Site(SITE, dict.fromkeys(WORKWEEK, 50.0))},
        tuple(Team(t, SITE, 5, 2, dict.fromkeys(WORKWEEK, 0.0)) for t in (FINANCE, SALES)),
    )
    solution = Solution(
        status="optimal",
        plan={FINANCE: ("Mon", "Wed"), SALES: ("Thu", "Fri")},
        objective=0.0,
        bound=0.0,
        seconds=0.0,
        solver="test",
        seating=seating,
    )
    return save_plan(doc, PLAN, problem, solution, valid_from=START, valid_to=END)


# -- the two independent expanders ---------------------------------------------------------


def expand_with_recurring_ical_events(data: bytes) -> dict[str, list[date | datetime]]:
    """Occurrence starts per SUMMARY, via icalendar + recurring-ical-events."""
    cal = icalendar.Calendar.from_ical(data)
    out: dict[str, list[date | datetime]] = {}
    window = (date(2000, 1, 1), date(2100, 1, 1))
    for occurrence in recurring_ical_events.of(cal).between(*window):
        out.setdefault(str(occurrence["SUMMARY"]), []).append(occurrence["DTSTART"].dt)
    return {k: sorted(v, key=_sort_key) for k, v in out.items()}


def expand_with_vobject(data: bytes) -> dict[str, list[date | datetime]]:
    """Occurrence starts per SUMMARY, via vobject (its own parser and dateutil rrules).

    vobject builds its tzinfo from the file's VTIMEZONE, not from the IANA database,
    so a timed export checks our hand-written block too.
    """
    cal = vobject.readOne(data.decode("utf-8"))
    out: dict[str, list[date | datetime]] = {}
    for vevent in cal.vevent_list:
        all_day = not isinstance(vevent.dtstart.value, datetime)
        starts = [
            moment.date() if all_day else moment for moment in vevent.getrruleset(addRDate=True)
        ]
        out[vevent.summary.value] = sorted(starts, key=_sort_key)
    return out


def _sort_key(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, datetime.min.time(), tzinfo=UTC)
