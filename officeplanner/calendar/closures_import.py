"""Import company closures or extra holidays from an .ics file into a site's closures.

HR often publishes "office closed" days as a calendar (Christmas week, a summer
shutdown, the Friday after Ascension). Every all-day event becomes a closure of
the chosen site for each day it covers; recurring events are expanded within the
requested range (EXDATE, RDATE and moved or cancelled occurrences honoured).
Timed events are not closures and are reported as skipped.

The file is read with a small scanner that keeps line numbers, so a malformed file
is refused with ``FILE:LINE: what is wrong`` before anything is written; the
closures are then written in one transaction, all or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Final

from dateutil.rrule import rrulestr

from officeplanner.calendar.errors import CalendarError, IcsSyntaxError
from officeplanner.store import OfficeFile
from officeplanner.store.document import now_iso

#: How far an endless recurring event is expanded when no end of range is given.
DEFAULT_HORIZON_YEARS: Final = 2
#: The years an event may fall in, and the longest closure one event may make: a site
#: shut for more than a year is not a closure, and without a limit one long repeating
#: event could ask for millions of days.
EARLIEST: Final = date(1900, 1, 1)
LATEST: Final = date(2999, 12, 31)
MAX_CLOSURE_DAYS: Final = 366

_NAME = re.compile(r"^[A-Za-z0-9-]+$")
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DATETIME = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$")
_DURATION = re.compile(r"^\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


@dataclass(frozen=True)
class ContentLine:
    """One unfolded content line and the physical line where it starts."""

    line: int
    name: str
    params: dict[str, str]
    value: str


@dataclass
class _Component:
    name: str
    line: int
    props: list[ContentLine] = field(default_factory=list)
    children: list[_Component] = field(default_factory=list)

    def first(self, name: str) -> ContentLine | None:
        return next((p for p in self.props if p.name == name), None)

    def all(self, name: str) -> list[ContentLine]:
        return [p for p in self.props if p.name == name]


def _decode(path: Path, data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise IcsSyntaxError(path, line, "not UTF-8 text (is this an .ics file?)") from None
    return text.removeprefix("\ufeff")


def _split_params(path: Path, line: int, head: str) -> tuple[str, dict[str, str]]:
    parts = []
    current: list[str] = []
    quoted = False
    for char in head:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    name = parts[0].upper()
    if not _NAME.match(name):
        raise IcsSyntaxError(path, line, f"{parts[0]!r} is not a property name")
    params = {}
    for part in parts[1:]:
        key, sep, value = part.partition("=")
        if not sep or not _NAME.match(key):
            raise IcsSyntaxError(path, line, f"malformed parameter {part!r} of {name}")
        params[key.upper()] = value.strip('"')
    return name, params


def content_lines(path: Path, text: str) -> list[ContentLine]:
    """Unfold and split ``text`` into content lines, each with its first physical line."""
    logical: list[tuple[int, str]] = []
    for number, raw in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if raw[:1] in (" ", "\t") and logical:
            start, so_far = logical[-1]
            logical[-1] = (start, so_far + raw[1:])
        elif raw.strip():
            logical.append((number, raw))
    out = []
    for number, line in logical:
        # The value starts at the first ':' outside a quoted parameter value.
        quoted = False
        colon = -1
        for i, char in enumerate(line):
            if char == '"':
                quoted = not quoted
            elif char == ":" and not quoted:
                colon = i
                break
        if colon < 0:
            raise IcsSyntaxError(path, number, f"not an iCalendar line (no ':'): {line[:40]!r}")
        name, params = _split_params(path, number, line[:colon])
        out.append(ContentLine(number, name, params, line[colon + 1 :]))
    return out


def _components(path: Path, lines: list[ContentLine]) -> _Component:
    if not lines or lines[0].name != "BEGIN" or lines[0].value.upper() != "VCALENDAR":
        raise IcsSyntaxError(
            path, lines[0].line if lines else 1, "does not start with BEGIN:VCALENDAR"
        )
    stack: list[_Component] = []
    root: _Component | None = None
    for cl in lines:
        if cl.name == "BEGIN":
            comp = _Component(cl.value.upper(), cl.line)
            if stack:
                stack[-1].children.append(comp)
            elif root is not None:
                raise IcsSyntaxError(path, cl.line, "content after END:VCALENDAR")
            else:
                root = comp
            stack.append(comp)
        elif cl.name == "END":
            if not stack:
                raise IcsSyntaxError(path, cl.line, f"END:{cl.value} without a BEGIN")
            if stack[-1].name != cl.value.upper():
                raise IcsSyntaxError(
                    path,
                    cl.line,
                    f"END:{cl.value} closes BEGIN:{stack[-1].name} of line {stack[-1].line}",
                )
            stack.pop()
        elif not stack:
            raise IcsSyntaxError(path, cl.line, f"{cl.name} outside BEGIN:VCALENDAR … END")
        else:
            stack[-1].props.append(cl)
    if stack:
        raise IcsSyntaxError(
            path, stack[-1].line, f"BEGIN:{stack[-1].name} is never closed (END missing)"
        )
    assert root is not None
    return root


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()


def _parse_day(path: Path, cl: ContentLine, text: str) -> tuple[date, bool]:
    """A DATE or DATE-TIME value: its date, and whether it was a date (all-day)."""
    text = text.strip()
    m = _DATE.match(text)
    dt = _DATETIME.match(text)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3])), True
        if dt:
            return date(int(dt[1]), int(dt[2]), int(dt[3])), False
    except ValueError:
        pass
    raise IcsSyntaxError(path, cl.line, f"{cl.name} has an invalid date {text!r}")


def _days(path: Path, cl: ContentLine) -> list[date]:
    return [_parse_day(path, cl, part)[0] for part in cl.value.split(",") if part.strip()]


def _length(path: Path, event: _Component, start: date) -> int:
    """How many days an all-day event covers (DTEND is exclusive; DURATION in days)."""
    dtend = event.first("DTEND")
    if dtend is not None:
        end, _ = _parse_day(path, dtend, dtend.value)
        if end < start:
            raise IcsSyntaxError(path, dtend.line, "DTEND is before DTSTART")
        return max(1, (end - start).days)
    duration = event.first("DURATION")
    if duration is not None:
        m = _DURATION.match(duration.value.strip())
        if m is None or not any(m.groups()):
            raise IcsSyntaxError(path, duration.line, f"invalid DURATION {duration.value!r}")
        weeks, days = int(m[1] or 0), int(m[2] or 0)
        return max(1, weeks * 7 + days)
    return 1


def _rrule_starts(
    path: Path, event: _Component, start: date, horizon: date
) -> tuple[list[date], bool]:
    """Start dates of the event's occurrences up to ``horizon``; and whether it is endless."""
    rule = event.first("RRULE")
    if rule is None:
        return [start], False
    parts = []
    for part in rule.value.split(";"):
        key, _, value = part.partition("=")
        if key.upper() == "UNTIL":
            value = value[:8]  # all-day events: a date, whatever form it was written in
        parts.append(f"{key}={value}")
    endless = not any(p.upper().startswith(("UNTIL=", "COUNT=")) for p in parts)
    try:
        recurrence = rrulestr(";".join(parts), dtstart=datetime.combine(start, datetime.min.time()))
        starts = []
        for moment in recurrence:
            if moment.date() > horizon:
                break
            starts.append(moment.date())
    except (ValueError, TypeError) as exc:
        raise IcsSyntaxError(path, rule.line, f"invalid RRULE {rule.value!r}: {exc}") from None
    return starts, endless


@dataclass(frozen=True)
class IcsClosures:
    """Closure days read from an .ics file, before they are written."""

    days: dict[date, str]
    notes: tuple[str, ...]  # "line 12: 'Fire drill' is not an all-day event; skipped"
    outside: int  # days outside the requested range


def read_closures(
    path: Path | str, *, start: date | None = None, end: date | None = None
) -> IcsClosures:
    """Every day covered by an all-day event of the file, with the event's SUMMARY.

    IcsSyntaxError (file and line) for malformed input. An endless recurring event is
    expanded up to ``end``, or DEFAULT_HORIZON_YEARS after its start without one.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IcsSyntaxError(path, 0, f"cannot read the file ({exc.strerror or exc})") from None
    text = _decode(path, data)
    if not text.strip():
        raise IcsSyntaxError(path, 0, "the file is empty")
    root = _components(path, content_lines(path, text))
    events = [c for c in root.children if c.name == "VEVENT"]
    if not events:
        raise IcsSyntaxError(path, root.line, "the calendar contains no events")
    moved: set[tuple[str, date]] = set()
    for event in events:
        rid = event.first("RECURRENCE-ID")
        rid_uid = event.first("UID")
        if rid is not None:
            moved.add((rid_uid.value if rid_uid else "", _parse_day(path, rid, rid.value)[0]))
    days: dict[date, str] = {}
    notes: list[str] = []
    outside = 0
    for event in events:
        summary_line = event.first("SUMMARY")
        summary = _unescape(summary_line.value) if summary_line else ""
        label = f"line {event.line}: {summary or 'an event'!r}"
        dtstart = event.first("DTSTART")
        if dtstart is None:
            raise IcsSyntaxError(path, event.line, "VEVENT without DTSTART")
        first, all_day = _parse_day(path, dtstart, dtstart.value)
        if dtstart.params.get("VALUE", "").upper() == "DATE-TIME":
            all_day = False
        status = event.first("STATUS")
        if status is not None and status.value.strip().upper() == "CANCELLED":
            notes.append(f"{label} is cancelled; skipped")
            continue
        if not all_day:
            notes.append(f"{label} is not an all-day event; skipped")
            continue
        if not EARLIEST <= first <= LATEST:
            notes.append(
                f"{label} starts on {first.isoformat()}, outside the years "
                f"{EARLIEST.year}–{LATEST.year}; skipped"
            )
            continue
        length = _length(path, event, first)
        if length > MAX_CLOSURE_DAYS:
            notes.append(
                f"{label} lasts {length:,} days; a closure of more than {MAX_CLOSURE_DAYS} "
                "days is skipped"
            )
            continue
        horizon = min(
            LATEST,
            end or date(first.year + DEFAULT_HORIZON_YEARS, first.month, min(first.day, 28)),
        )
        starts, endless = _rrule_starts(path, event, first, horizon)
        if endless and end is None:
            notes.append(
                f"{label} repeats forever; expanded up to {horizon.isoformat()} (give an end date "
                "to go further)"
            )
        uid_line = event.first("UID")
        uid = uid_line.value if uid_line else ""
        if event.first("RECURRENCE-ID") is None:
            excluded = {d for cl in event.all("EXDATE") for d in _days(path, cl)}
            excluded |= {d for u, d in moved if u == uid}
            extra = {d for cl in event.all("RDATE") for d in _days(path, cl)}
            starts = sorted((set(starts) | extra) - excluded)
        for begin in starts:
            for offset in range(min(length, (LATEST - begin).days + 1)):
                day = begin + timedelta(days=offset)
                if (start is not None and day < start) or (end is not None and day > end):
                    outside += 1
                    continue
                days.setdefault(day, summary or "closed (from calendar)")
    return IcsClosures(days=dict(sorted(days.items())), notes=tuple(notes), outside=outside)


@dataclass(frozen=True)
class ClosureImportResult:
    """What an import changed: closures added, and days the site was already closed."""

    site: str
    added: tuple[tuple[date, str], ...]
    already_closed: tuple[date, ...]
    notes: tuple[str, ...]
    outside: int


def import_ics_closures(
    doc: OfficeFile,
    site: str,
    source: Path | str,
    *,
    start: date | None = None,
    end: date | None = None,
) -> ClosureImportResult:
    """Add the file's all-day events to ``site``'s closures, in one transaction.

    Days the site is already closed keep their existing reason. The import is logged
    in the ``imports`` table like any other import.
    """
    source = Path(source)
    found = read_closures(source, start=start, end=end)
    added: list[tuple[date, str]] = []
    already: list[date] = []
    with doc.write() as conn:
        row = conn.execute("SELECT id FROM sites WHERE name = ?", (site,)).fetchone()
        if row is None:
            known = [str(r[0]) for r in conn.execute("SELECT name FROM sites ORDER BY name")]
            hint = f"; sites in this file: {', '.join(known)}" if known else ""
            raise CalendarError(f"no site called {site!r}{hint}")
        site_id = int(row[0])
        for day, reason in found.days.items():
            cur = conn.execute(
                "INSERT INTO closures(site_id, date, reason) VALUES (?, ?, ?) "
                "ON CONFLICT(site_id, date) DO NOTHING",
                (site_id, day.isoformat(), reason),
            )
            if cur.rowcount:
                added.append((day, reason))
            else:
                already.append(day)
        conn.execute(
            "INSERT INTO imports(kind, source, imported_at, rows_written, rows_skipped) "
            "VALUES (?, ?, ?, ?, ?)",
            ("closures", str(source), now_iso(), len(added), len(already)),
        )
    return ClosureImportResult(
        site=site,
        added=tuple(added),
        already_closed=tuple(already),
        notes=found.notes,
        outside=found.outside,
    )
