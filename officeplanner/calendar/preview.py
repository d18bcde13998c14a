"""What an export will put in the user's calendar, shown before anything is saved.

The issue asks that the user sees "the exact list of dates each event will
produce, with the skipped holidays and closures named". The dates come from the
very :class:`~officeplanner.calendar.events.AnchorEvent` the writer serialises,
and the tests check that independent parsers expand the file to those same dates.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from officeplanner.calendar.events import AnchorEvent
from officeplanner.calendar.writer import ExportRequest, PreparedExport, prepare_export


@dataclass(frozen=True)
class EventPreview:
    """One event of the export as the export dialog lists it."""

    event: AnchorEvent
    #: True when the export will update this team's event (its days changed since the
    #: last export, or it was never exported), so calendar apps will take the new copy.
    changed: bool

    @property
    def team(self) -> str:
        return self.event.team

    @property
    def summary(self) -> str:
        return self.event.summary


def preview_export(conn: sqlite3.Connection, request: ExportRequest) -> list[EventPreview]:
    """Per event, its dates and skipped days; reads only, records nothing."""
    return previews_of(prepare_export(conn, request))


def previews_of(prepared: PreparedExport) -> list[EventPreview]:
    changed = set(prepared.changed_teams)
    return [EventPreview(e, e.team in changed) for e in prepared.events]


def format_preview(prepared: PreparedExport) -> str:
    """A plain-text preview (the CLI's ``--preview``; also handy in logs and tests)."""
    lines = [f"Calendar: {prepared.calendar_name}"]
    for item in previews_of(prepared):
        e = item.event
        when = "all day" if e.timed is None else f"{e.timed} {e.timezone}"
        state = "new or changed" if item.changed else "unchanged"
        lines.append("")
        lines.append(f"{e.summary}: {', '.join(e.weekday_names)}, {when}")
        lines.append(
            f"  {len(e.dates)} dates, {e.first} to {e.dates[-1]} (sequence {e.sequence}, {state})"
        )
        if e.location:
            lines.append(f"  location: {e.location}")
        lines.append("  " + " ".join(d.isoformat() for d in e.dates))
        for s in e.skipped:
            lines.append(f"  skipped {s.day.isoformat()} ({s.kind}): {s.reason}")
    return "\n".join(lines) + "\n"
