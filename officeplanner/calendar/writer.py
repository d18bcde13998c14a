"""Assemble the VCALENDAR for a plan, a team or a person, and save it safely.

Two steps so the GUI can show a preview first: :func:`prepare_export` only reads
(what will be written, with the SEQUENCE each event will carry), and
:func:`export_ics` records the export in the office file and writes the .ics. The
record is committed before the .ics appears, so a crash can at worst leave a
SEQUENCE one higher than any file seen by a calendar app (harmless), never lower
(which would make the apps ignore the next update).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar, vText

from officeplanner import __version__
from officeplanner.calendar.errors import ExportError
from officeplanner.calendar.events import AnchorEvent, TimeWindow, build_event, event_uid, to_vevent
from officeplanner.calendar.identity import file_uuid, last_exports, record_exports, with_sequence
from officeplanner.calendar.source import (
    PlanRef,
    find_person_team,
    find_plan,
    find_team_id,
    plan_teams,
)
from officeplanner.calendar.timezone_block import vtimezone
from officeplanner.calendar.wording import ENGLISH, EventWording
from officeplanner.exports.target import check_export_target
from officeplanner.store import OfficeFile
from officeplanner.wording import translate

PRODID = f"-//Office Planner//Anchor days {__version__}//EN"


@dataclass(frozen=True)
class ExportRequest:
    """What to export: a whole plan, one team (``team``), some teams (``teams``, one
    file with their events, as the GUI's team list allows) or one person's team.

    ``name_person`` puts the person's name in the calendar's name and description;
    by default an export names no one (DESIGN.md, "Privacy by default").
    """

    plan: str
    team: str | None = None
    person: str | None = None
    timed: TimeWindow | None = None
    name_person: bool = False
    teams: tuple[str, ...] = ()
    #: How event names and descriptions are worded (the GUI's language); English by default.
    wording: EventWording = field(default=ENGLISH, compare=False)

    def __post_init__(self) -> None:
        if sum((self.team is not None, self.person is not None, bool(self.teams))) > 1:
            raise ValueError("export a team, some teams or a person, not several of these")


@dataclass(frozen=True)
class PreparedExport:
    """The events an export will contain, each with its dates, skipped days and SEQUENCE."""

    plan: PlanRef
    events: tuple[AnchorEvent, ...]
    calendar_name: str
    timezone: str
    timed: TimeWindow | None = None
    changed_teams: tuple[str, ...] = field(default=())

    def to_calendar(self, now: datetime | None = None) -> Calendar:
        """The VCALENDAR; ``now`` (UTC) is the DTSTAMP of every event."""
        stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("name", vText(self.calendar_name))
        cal.add("x-wr-calname", vText(self.calendar_name))
        cal.add("x-wr-timezone", self.timezone)
        if self.timed is not None:
            for tzid in sorted({e.timezone for e in self.events}):
                mine = [e for e in self.events if e.timezone == tzid]
                first = min(e.first for e in mine)
                last = max(e.until for e in mine)
                cal.add_component(vtimezone(tzid, first, last))
        for event in self.events:
            cal.add_component(to_vevent(event, stamp))
        return cal

    def to_ical(self, now: datetime | None = None) -> bytes:
        """The .ics bytes: UTF-8, CRLF, folded at 75 octets between whole characters."""
        data: bytes = self.to_calendar(now).to_ical()
        return data


def _calendar_name(request: ExportRequest, plan: PlanRef, events: list[AnchorEvent]) -> str:
    say = request.wording.text
    if request.person is not None and request.name_person:
        return say(
            translate("CalendarText", "{who} — anchor days ({plan})").fill(
                who=request.person, plan=plan.name
            )
        )
    if request.team is not None or request.person is not None:
        return say(
            translate("CalendarText", "{who} — anchor days ({plan})").fill(
                who=events[0].team, plan=plan.name
            )
        )
    return say(translate("CalendarText", "Anchor days — {plan}").fill(plan=plan.name))


def _main_timezone(events: list[AnchorEvent]) -> str:
    """The zone most events use (X-WR-TIMEZONE is one value even for several sites)."""
    counts = Counter(e.timezone for e in events)
    best = max(counts.values())
    return next(e.timezone for e in events if counts[e.timezone] == best)


def prepare_export(
    conn: sqlite3.Connection, request: ExportRequest, *, file_id: str | None = None
) -> PreparedExport:
    """Everything the export will write, read-only; ExportError when it cannot be made.

    ``file_id`` is the file's UUID; without it the stored one is used (or a
    placeholder for a file never exported, fine for a preview).
    """
    plan = find_plan(conn, request.plan)
    person_name: str | None = None
    team_ids: list[int] | None = None
    if request.team is not None:
        team_ids = [find_team_id(conn, request.team)]
    elif request.teams:
        team_ids = [find_team_id(conn, name) for name in request.teams]
    elif request.person is not None:
        team_id, person_name = find_person_team(conn, request.person)
        team_ids = [team_id]
    teams = plan_teams(conn, plan, team_ids)
    if not teams:
        raise ExportError(f"plan {plan.name!r} gives no team any anchor days")
    file_id = file_id or file_uuid(conn, create=False)
    previous = last_exports(conn, plan.id)
    events = []
    changed = []
    for team in teams:
        event = build_event(
            plan,
            team,
            event_uid(file_id, plan.id, team.team_id),
            timed=request.timed,
            person=person_name if request.name_person else None,
            wording=request.wording,
        )
        before = previous.get(team.team_id)
        event = with_sequence(event, before)
        if before is None or before.days != event.fingerprint:
            changed.append(team.team)
        events.append(event)
    return PreparedExport(
        plan=plan,
        events=tuple(events),
        calendar_name=_calendar_name(request, plan, events),
        timezone=_main_timezone(events),
        timed=request.timed,
        changed_teams=tuple(changed),
    )


def _write_temp(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new temporary file beside ``path`` and flush it to disk."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def write_atomically(path: Path | str, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole or not at all (temp file + rename)."""
    path = Path(path)
    check_export_target(path)
    tmp = _write_temp(path, data)
    try:
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def export_ics(
    doc: OfficeFile, request: ExportRequest, out: Path | str, *, now: datetime | None = None
) -> PreparedExport:
    """Export to ``out`` and record it, so the next export keeps UIDs and bumps SEQUENCE.

    One write transaction: the file's UUID (created on the first export), the
    calendar_exports rows and the .ics (written beside ``out`` and renamed into place)
    are all made inside it, so an .ics that cannot be written records nothing.
    """
    out = Path(out)
    try:
        check_export_target(out)
    except OSError as exc:
        raise ExportError(f"{out}: {exc.strerror}") from None
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    tmp: Path | None = None
    try:
        with doc.write() as conn:
            prepared = prepare_export(conn, request, file_id=file_uuid(conn, create=True))
            record_exports(conn, prepared.plan.id, list(prepared.events), stamp.isoformat())
            try:
                tmp = _write_temp(out, prepared.to_ical(stamp))
                # Inside the transaction: if the file cannot be put in place, the
                # record of this export is rolled back with it.
                tmp.replace(out)
            except OSError as exc:
                raise ExportError(f"{out}: cannot write the calendar file ({exc})") from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
    return prepared
