"""The file's identity and the export history: what makes a re-export an update.

Calendar apps match events by UID and take a newer copy only when its SEQUENCE is
higher. UIDs come from a random UUID stored once in the file's settings plus plan
and team ids: two organisations' files never collide, while a copy of a file keeps
updating the same events. SEQUENCE comes from ``calendar_exports``: it goes up
exactly when what the team's event produces differs from its last export.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, replace
from typing import Final

from officeplanner.calendar.events import AnchorEvent

#: Settings key of the file's random identity, created on the first export.
FILE_UUID_KEY: Final = "file_uuid"


def file_uuid(conn: sqlite3.Connection, *, create: bool) -> str:
    """The file's UUID; with ``create`` (inside a write transaction) made when absent.

    Without ``create`` a file never exported gets a placeholder, good enough for a
    preview: the UIDs it shows are not saved anywhere.
    """
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (FILE_UUID_KEY,)).fetchone()
    if row is not None:
        return str(row[0])
    value = str(uuid.uuid4())
    if create:
        conn.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (FILE_UUID_KEY, value))
    return value


@dataclass(frozen=True)
class ExportRecord:
    days: str
    sequence: int
    exported_at: str


def last_exports(conn: sqlite3.Connection, plan_id: int) -> dict[int, ExportRecord]:
    return {
        int(team_id): ExportRecord(str(days), int(seq), str(at))
        for team_id, days, seq, at in conn.execute(
            "SELECT team_id, days, sequence, exported_at FROM calendar_exports WHERE plan_id = ?",
            (plan_id,),
        )
    }


def with_sequence(event: AnchorEvent, previous: ExportRecord | None) -> AnchorEvent:
    """The event with its SEQUENCE: 0 the first time, +1 whenever its days changed."""
    if previous is None:
        return replace(event, sequence=0)
    if previous.days == event.fingerprint:
        return replace(event, sequence=previous.sequence)
    return replace(event, sequence=previous.sequence + 1)


def record_exports(
    conn: sqlite3.Connection, plan_id: int, events: list[AnchorEvent], exported_at: str
) -> None:
    """Remember what was exported (inside the caller's write transaction)."""
    conn.executemany(
        "INSERT INTO calendar_exports(plan_id, team_id, days, sequence, exported_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(plan_id, team_id) DO UPDATE SET "
        "days = excluded.days, sequence = excluded.sequence, exported_at = excluded.exported_at",
        [(plan_id, e.team_id, e.fingerprint, e.sequence, exported_at) for e in events],
    )
