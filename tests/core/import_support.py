"""Shared helpers for the importer's tests: a small office, source files, file digests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from officeplanner.store import OfficeFile
from officeplanner.store.entities import ensure_desk, ensure_person

DESKS = ("D1", "D2", "D3", "D4")
PEOPLE = {"Kari Nordmann": "Red", "Ola Hansen": "Red", "Per Berg": "Blue", "Åse Lie": "Blue"}


def fill_office(doc: OfficeFile) -> None:
    """One site, floor and zone with four desks; four people in two teams."""
    with doc.write() as conn:
        for desk in DESKS:
            ensure_desk(conn, "Oslo", "1", "A", desk)
        for person, team in PEOPLE.items():
            ensure_person(conn, person, team)


def write_source(
    folder: Path, name: str, text: str, *, encoding: str = "utf-8", newline: str = "\n"
) -> Path:
    """A source file with ``text``'s lines joined by ``newline``, in ``encoding``."""
    path = folder / name
    path.write_bytes(newline.join(text.strip("\n").split("\n")).encode(encoding) + b"\n")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def bookings(doc: OfficeFile) -> list[tuple[object, ...]]:
    """Every booking as (date, desk, person, status, start, end, checked_in_at), sorted."""
    return doc.conn.execute(
        "SELECT b.date, d.name, p.name, b.status, b.start_time, b.end_time, b.checked_in_at "
        "FROM bookings b JOIN desks d ON d.id = b.desk_id JOIN people p ON p.id = b.person_id "
        "ORDER BY 1, 2, 3, 5"
    ).fetchall()


def bookings_csv(path: Path, rows: int, *, note_bytes: int = 0, start_year: int = 1960) -> Path:
    """A valid bookings file of ``rows`` rows for :func:`fill_office`'s office, written fast.

    Desk Dn is always booked by the n-th person, one day after another, so no row
    conflicts with another. ``note_bytes`` pads each row with an ignored column,
    to make a big file out of few rows.
    """
    import datetime as dt

    people = list(PEOPLE)
    note = "x" * note_bytes
    day = dt.date(start_year, 1, 1)
    one = dt.timedelta(days=1)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("date,desk,person,status,note\n")
        for i in range(rows):
            k = i % 4
            if k == 0 and i:
                day += one
            fh.write(f"{day.isoformat()},{DESKS[k]},{people[k]},booked,{note}\n")
    return path
