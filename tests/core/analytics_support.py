"""The small hand-computed office the analytics tests check every metric against.

Two weeks of May 2024 in Norway: Mon 13 – Fri 24. Oslo is shut on Fri 17
(Constitution Day), Mon 20 (Whit Monday) and Wed 22 (a closure), so its open
days are 13, 14, 15, 16, 21, 23, 24. Bergen has the same holidays, is closed on
Mon 13 and open on Wed 22. The expected figures are worked out by hand in the
comments of test_analytics_metrics.py; docs/metrics.md states the rules.

Oslo, floor 1: zone A desks A1 A2 A3, zone B desks B1 B2 (B2 is the desk that
"arrived" mid-period: first booked Thu 16) and B3 (not bookable).
Bergen, floor 1, zone C: desks C1 C2.
Team Alpha (home Oslo): P1–P6. Team Beta (home Bergen): P7, P8.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from officeplanner.store import OfficeFile
from officeplanner.store.entities import DeskFeatures, ensure_desk, ensure_person, ensure_site

TODAY = date(2024, 5, 24)  # the 24th is not yet past: its bookings are still "booked"
START = date(2024, 5, 13)
END = date(2024, 5, 24)

# (day of May 2024, desk, person, status, start time)
BOOKINGS: list[tuple[int, str, str, str, str]] = [
    (13, "A1", "P1", "checked_in", ""),
    (13, "A2", "P2", "checked_in", ""),
    (13, "A3", "P3", "no_show", ""),
    (13, "B1", "P4", "cancelled", ""),
    (14, "A1", "P1", "checked_in", ""),
    (14, "A2", "P2", "booked", ""),  # badge attendance says P2 came: occupied
    (14, "A3", "P3", "booked", ""),  # no attendance: booked, not occupied
    (15, "A1", "P1", "checked_in", ""),
    (15, "B3", "P4", "checked_in", ""),  # not a bookable desk: outside every figure
    (16, "A1", "P1", "checked_in", ""),
    (16, "A2", "P2", "checked_in", ""),
    (16, "A3", "P3", "checked_in", ""),
    (16, "B1", "P4", "checked_in", ""),
    (16, "B2", "P5", "checked_in", ""),
    (17, "A1", "P1", "checked_in", ""),  # Constitution Day: not an open day
    (21, "A1", "P1", "checked_in", ""),
    (21, "B2", "P5", "no_show", ""),
    (22, "A2", "P2", "checked_in", ""),  # Oslo closed that day
    (23, "A1", "P1", "checked_in", "08:00"),
    (23, "A1", "P2", "checked_in", "13:00"),  # same desk, same day: one occupied desk
    (23, "B1", "P6", "checked_in", ""),
    (24, "A1", "P1", "booked", ""),
    (24, "A2", "P2", "booked", ""),
    # Bergen
    (13, "C1", "P7", "checked_in", ""),  # Bergen closed on the 13th
    (22, "C1", "P8", "checked_in", ""),
    (22, "C2", "P7", "checked_in", ""),
]

# (day, site, person or None, count or None)
ATTENDANCE: list[tuple[int, str, str | None, int | None]] = [
    (14, "Oslo", "P2", None),
    (16, "Oslo", "P7", None),  # a Beta member visiting Oslo, no booking
    (15, "Oslo", None, 10),  # a head count says nothing about desks: not used
]


def may(day: int) -> str:
    return date(2024, 5, day).isoformat()


def build_office(path: Path, *, min_group: int = 1) -> OfficeFile:
    """Create the fixture office at ``path``; ``min_group`` is k (1: nothing suppressed)."""
    doc = OfficeFile.create(path)
    with doc.write() as conn:
        oslo = ensure_site(conn, "Oslo")
        bergen = ensure_site(conn, "Bergen")
        for name in ("A1", "A2", "A3"):
            ensure_desk(conn, "Oslo", "1", "A", name)
        for name in ("B1", "B2"):
            ensure_desk(conn, "Oslo", "1", "B", name)
        ensure_desk(conn, "Oslo", "1", "B", "B3", DeskFeatures(bookable=False))
        for name in ("C1", "C2"):
            ensure_desk(conn, "Bergen", "1", "C", name)
        for i in range(1, 7):
            ensure_person(conn, f"P{i}", "Alpha")
        for i in (7, 8):
            ensure_person(conn, f"P{i}", "Beta")
        conn.execute("UPDATE teams SET site_id = ? WHERE name = 'Alpha'", (oslo,))
        conn.execute("UPDATE teams SET site_id = ? WHERE name = 'Beta'", (bergen,))
        conn.execute(
            "INSERT INTO closures(site_id, date, reason) VALUES (?, ?, 'moving day')",
            (oslo, may(22)),
        )
        conn.execute(
            "INSERT INTO closures(site_id, date, reason) VALUES (?, ?, 'fire drill')",
            (bergen, may(13)),
        )
        insert_bookings(conn, BOOKINGS)
        for day, site, person, count in ATTENDANCE:
            conn.execute(
                "INSERT INTO attendance(date, site_id, person_id, count) VALUES "
                "(?, (SELECT id FROM sites WHERE name = ?), "
                "(SELECT id FROM people WHERE name = ?), ?)",
                (may(day), site, person, count),
            )
        conn.execute(
            "INSERT INTO settings(key, value) VALUES ('privacy_min_group', ?)", (str(min_group),)
        )
    return doc


def insert_bookings(conn: sqlite3.Connection, rows: list[tuple[int, str, str, str, str]]) -> None:
    conn.executemany(
        "INSERT INTO bookings(date, desk_id, person_id, status, start_time) VALUES "
        "(?, (SELECT id FROM desks WHERE name = ?), (SELECT id FROM people WHERE name = ?), ?, ?)",
        [(may(d), desk, person, status, start) for d, desk, person, status, start in rows],
    )
