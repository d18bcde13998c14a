"""Find-or-create helpers for the office's structure, people and teams.

The importer (with ``--create-missing``), the demo generator and the GUI's
editors all add sites, desks, teams and people through these, so a desk is
created the same way whichever door it came through. All take a connection
inside the caller's write transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from officeplanner.domain import DEFAULT_HOLIDAY_COUNTRY, DEFAULT_TIMEZONE


@dataclass(frozen=True)
class DeskFeatures:
    bookable: bool = True
    monitor: bool = False
    standing: bool = False
    accessible: bool = False


def _find_or_insert(
    conn: sqlite3.Connection,
    find_sql: str,
    find_args: tuple[object, ...],
    insert_sql: str,
    insert_args: tuple[object, ...],
) -> int:
    row = conn.execute(find_sql, find_args).fetchone()
    if row is not None:
        return int(row[0])
    cur = conn.execute(insert_sql, insert_args)
    assert cur.lastrowid is not None
    return cur.lastrowid


def ensure_site(
    conn: sqlite3.Connection,
    name: str,
    *,
    timezone: str = DEFAULT_TIMEZONE,
    holiday_country: str = DEFAULT_HOLIDAY_COUNTRY,
    holiday_subdivision: str | None = None,
) -> int:
    return _find_or_insert(
        conn,
        "SELECT id FROM sites WHERE name = ?",
        (name,),
        "INSERT INTO sites(name, timezone, holiday_country, holiday_subdivision) "
        "VALUES (?, ?, ?, ?)",
        (name, timezone, holiday_country, holiday_subdivision),
    )


def ensure_floor(conn: sqlite3.Connection, site_id: int, name: str) -> int:
    return _find_or_insert(
        conn,
        "SELECT id FROM floors WHERE site_id = ? AND name = ?",
        (site_id, name),
        "INSERT INTO floors(site_id, name) VALUES (?, ?)",
        (site_id, name),
    )


def ensure_zone(conn: sqlite3.Connection, floor_id: int, name: str) -> int:
    return _find_or_insert(
        conn,
        "SELECT id FROM zones WHERE floor_id = ? AND name = ?",
        (floor_id, name),
        "INSERT INTO zones(floor_id, name) VALUES (?, ?)",
        (floor_id, name),
    )


def ensure_desk(
    conn: sqlite3.Connection,
    site: str,
    floor: str,
    zone: str,
    desk: str,
    features: DeskFeatures | None = None,
) -> int:
    """The id of desk ``desk``, creating it (and its site, floor, zone) when missing.

    An existing desk keeps its place; its features are updated when given.
    """
    zone_id = ensure_zone(conn, ensure_floor(conn, ensure_site(conn, site), floor), zone)
    f = features or DeskFeatures()
    row = conn.execute("SELECT id FROM desks WHERE name = ?", (desk,)).fetchone()
    if row is not None:
        if features is not None:
            conn.execute(
                "UPDATE desks SET bookable = ?, monitor = ?, standing = ?, accessible = ? "
                "WHERE id = ?",
                (int(f.bookable), int(f.monitor), int(f.standing), int(f.accessible), row[0]),
            )
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO desks(zone_id, name, bookable, monitor, standing, accessible) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (zone_id, desk, int(f.bookable), int(f.monitor), int(f.standing), int(f.accessible)),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def ensure_team(conn: sqlite3.Connection, name: str) -> int:
    return _find_or_insert(
        conn,
        "SELECT id FROM teams WHERE name = ?",
        (name,),
        "INSERT INTO teams(name) VALUES (?)",
        (name,),
    )


def ensure_person(
    conn: sqlite3.Connection, name: str, team: str | None = None, email: str | None = None
) -> int:
    """The id of person ``name``; a given team or email updates an existing person."""
    team_id = ensure_team(conn, team) if team else None
    row = conn.execute("SELECT id FROM people WHERE name = ?", (name,)).fetchone()
    if row is None:
        cur = conn.execute(
            "INSERT INTO people(name, team_id, email) VALUES (?, ?, ?)", (name, team_id, email)
        )
        assert cur.lastrowid is not None
        return cur.lastrowid
    if team_id is not None:
        conn.execute("UPDATE people SET team_id = ? WHERE id = ?", (team_id, row[0]))
    if email:
        conn.execute("UPDATE people SET email = ? WHERE id = ?", (email, row[0]))
    return int(row[0])


def name_to_id(conn: sqlite3.Connection, table: str) -> dict[str, int]:
    """``{name: id}`` for sites, desks, teams or people: the importer's lookup tables."""
    if table not in {"sites", "desks", "teams", "people"}:
        raise ValueError(f"no name lookup for table {table!r}")
    return {str(name): int(i) for i, name in conn.execute(f"SELECT id, name FROM {table}")}
