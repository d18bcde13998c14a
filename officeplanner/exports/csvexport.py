"""Export every kind of data to CSV in exactly the columns the importer reads.

The format, chosen so that a round trip (export, import into a new file, export
again) gives a byte-identical file and so that nothing surprising happens when
a facility manager opens the file in a spreadsheet:

* UTF-8 without a byte-order mark, comma-delimited, RFC 4180 quoting and
  CRLF line ends (Python's ``csv`` "excel" dialect), one header row with the
  canonical column names of :data:`officeplanner.domain.CANONICAL_COLUMNS`;
* dates ``YYYY-MM-DD``, booleans ``yes``/``no``, an empty cell for a missing
  value (no team, no email, a whole-day booking's times);
* rows in a stable order of natural keys (names and dates, never row ids), so
  two files with the same content export identically whatever order their rows
  were inserted in;
* text cells that a spreadsheet would run as a formula are prefixed with an
  apostrophe (see :mod:`officeplanner.exports.cells`; the importer undoes it);
* streamed: rows go from an SQLite cursor to the file in chunks, so 1.2 million
  bookings never sit in memory at once;
* atomic: written to a hidden temporary file beside the target and renamed over
  it only when complete, so a failed or interrupted export never leaves a
  truncated CSV behind (nor damages an older one of the same name).

With ``pseudonymise=True`` every person's name becomes ``Person 0042`` (from
the person's row id, so the same person has the same pseudonym in every file
exported from the office file), emails are left empty, and rows are ordered by
that pseudonym rather than by the real name, which would otherwise leak the
alphabetical order of the names.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Callable
from pathlib import Path
from typing import Final

from officeplanner.domain import CANONICAL_COLUMNS, DataKind
from officeplanner.exports.target import check_export_target
from officeplanner.store import OfficeFile

Progress = Callable[[int, int], None]

_FETCH: Final = 2_000
_TABLES: Final = {
    DataKind.DESKS: "desks",
    DataKind.PEOPLE: "people",
    DataKind.BOOKINGS: "bookings",
    DataKind.ATTENDANCE: "attendance",
    DataKind.CLOSURES: "closures",
}


def _text(expr: str) -> str:
    """SQL for a text cell: NULL as '' and formula triggers neutralised, in SQLite itself.

    This is :func:`officeplanner.exports.cells.neutralise` written in SQL, so that a
    million rows need no per-cell Python call; the tests check the two agree.
    """
    value = f"coalesce({expr}, '')"
    return (
        f"(CASE WHEN substr(ltrim({value}, ''''), 1, 1) "
        f"IN ('=', '+', '-', '@', char(9), char(13)) THEN '''' || {value} ELSE {value} END)"
    )


def _yes_no(expr: str) -> str:
    return f"(CASE WHEN {expr} THEN 'yes' ELSE 'no' END)"


def _query(kind: DataKind, pseudonym: str | None) -> str:
    """The SELECT for ``kind``; ``pseudonym`` is the SQL for a person's pseudonym, if any."""
    person = pseudonym or _text("p.name")
    person_order = "p.id" if pseudonym else "p.name"
    if kind is DataKind.DESKS:
        return (
            f"SELECT {_text('s.name')}, {_text('f.name')}, {_text('z.name')}, {_text('d.name')}, "
            f"{_yes_no('d.bookable')}, {_yes_no('d.monitor')}, {_yes_no('d.standing')}, "
            f"{_yes_no('d.accessible')} "
            "FROM desks d JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id "
            "JOIN sites s ON s.id = f.site_id ORDER BY s.name, f.name, z.name, d.name"
        )
    if kind is DataKind.PEOPLE:
        email = "''" if pseudonym else _text("p.email")
        return (
            f"SELECT {person}, {_text('t.name')}, {email} "
            f"FROM people p LEFT JOIN teams t ON t.id = p.team_id ORDER BY {person_order}"
        )
    if kind is DataKind.BOOKINGS:
        return (
            f"SELECT b.date, {_text('d.name')}, {person}, {_text('t.name')}, b.status, "
            f"{_text('b.start_time')}, {_text('b.end_time')}, {_text('b.checked_in_at')} "
            "FROM bookings b JOIN desks d ON d.id = b.desk_id "
            "JOIN people p ON p.id = b.person_id LEFT JOIN teams t ON t.id = p.team_id "
            f"ORDER BY b.date, d.name, {person_order}, b.start_time"
        )
    if kind is DataKind.ATTENDANCE:
        person_cell = f"(CASE WHEN p.id IS NULL THEN '' ELSE {person} END)"
        return (
            f"SELECT a.date, {_text('s.name')}, {person_cell}, "
            "coalesce(CAST(a.count AS TEXT), '') "
            "FROM attendance a JOIN sites s ON s.id = a.site_id "
            "LEFT JOIN people p ON p.id = a.person_id "
            f"ORDER BY a.date, s.name, {person_order}"
        )
    if kind is DataKind.CLOSURES:
        return (
            f"SELECT {_text('s.name')}, c.date, {_text('c.reason')} "
            "FROM closures c JOIN sites s ON s.id = c.site_id ORDER BY s.name, c.date"
        )
    raise ValueError(f"cannot export {kind!r}")  # pragma: no cover - DataKind is exhaustive


def _pseudonym_sql(doc: OfficeFile) -> str:
    """``'Person 0042'`` from the person's id, zero-padded to the widest id in the file."""
    widest = len(str(int(doc.scalar("SELECT coalesce(max(id), 0) FROM people"))))
    return f"printf('Person %0{max(4, widest)}d', p.id)"


def export_csv(
    doc: OfficeFile,
    kind: DataKind | str,
    out: Path | str,
    *,
    pseudonymise: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write every row of ``kind`` to the CSV file ``out``; return the number of data rows.

    ``out`` is replaced atomically when the export succeeds and left as it was
    when it fails. Raises OSError when ``out`` cannot be written.
    """
    kind = DataKind(kind)
    out = Path(out)
    check_export_target(out)
    total = int(doc.scalar(f"SELECT count(*) FROM {_TABLES[kind]}"))
    sql = _query(kind, _pseudonym_sql(doc) if pseudonymise else None)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    written = 0
    if progress:
        progress(0, total)
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, dialect="excel")
            writer.writerow(CANONICAL_COLUMNS[kind])
            cursor = doc.conn.execute(sql)
            while rows := cursor.fetchmany(_FETCH):
                writer.writerows(rows)
                written += len(rows)
                if progress:
                    progress(written, total)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    if progress and total == 0:
        progress(0, 0)
    return written
