"""The file's bookings and badge attendance as NumPy columns, read once and kept.

Why this shape: every dashboard figure is a different cut of the same rows, and
SQLite needs a quarter of a second or more just to step through 1.2 M booking
rows. So the rows are read in one query, packed by SQLite into one integer per
booking and handed over as text per date (``group_concat``), which NumPy parses
in C — no Python object per booking. The columns are then kept per file and
reused until the file changes (its header's change counter, bumped by SQLite on
every commit in rollback-journal mode, or its size or modification time), so
changing a dashboard filter costs NumPy work only.
"""

from __future__ import annotations

import sqlite3
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from officeplanner.opendays import SiteCalendar, load_site_calendars
from officeplanner.store import OfficeFile

I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]
I8 = npt.NDArray[np.int8]
BoolArray = npt.NDArray[np.bool_]

#: Status codes in :attr:`Columns.b_status`; cancelled bookings are not loaded at all.
BOOKED: Final = 0
CHECKED_IN: Final = 1
NO_SHOW: Final = 2
#: ``length(status)`` is the cheapest way for SQLite to say which status a row has.
_STATUS_BY_LENGTH: Final = {len("booked"): BOOKED, len("checked_in"): CHECKED_IN,
                            len("no_show"): NO_SHOW}  # fmt: skip

#: How many files' columns are kept (the open file and one more, e.g. a comparison).
CACHE_SIZE: Final = 2


@dataclass(frozen=True, eq=False)
class Columns:
    """Everything analytics reads from one file, as arrays indexed by row or by id.

    Booking rows exclude cancelled bookings and are sorted by day (a proleptic
    Gregorian ordinal, ``date.toordinal()``), so a period is a slice. Structure
    arrays are dense by id (``desk_site[desk_id]``), -1 where there is no such row.
    """

    b_day: I64  # 64-bit: they take part in index arithmetic (day × desks + desk)
    b_desk: I32
    b_person: I64
    b_status: I8
    a_day: I64  # person attendance rows (count-only rows carry no person)
    a_site: I32
    a_person: I64
    desk_site: I32
    desk_floor: I32
    desk_zone: I32
    desk_bookable: BoolArray
    desk_in_service_from: I32  # ordinal; 0 = always (the file records no desk dates)
    desk_names: dict[int, str]
    zone_names: dict[int, str]
    floor_names: dict[int, str]
    site_names: dict[int, str]
    floor_site: dict[int, int]
    zone_floor: dict[int, int]
    calendars: dict[int, SiteCalendar]
    person_team: I32
    person_names: dict[int, str]
    team_names: dict[int, str]
    team_site: dict[int, int | None]
    has_desk_dates: bool

    @property
    def n_person_ids(self) -> int:
        return int(self.person_team.shape[0])

    def day_range(self) -> tuple[date, date] | None:
        lows = [int(a[0]) for a in (self.b_day, self.a_day) if a.size]
        highs = [int(a[-1]) for a in (self.b_day, self.a_day) if a.size]
        if not lows:
            return None
        return date.fromordinal(min(lows)), date.fromordinal(max(highs))


_lock = threading.Lock()
_cache: dict[Path, tuple[tuple[int, int, int], Columns]] = {}


def file_stamp(path: Path) -> tuple[int, int, int]:
    """(change counter, size, mtime) — changes whenever any connection commits."""
    st = path.stat()
    with path.open("rb") as fh:
        head = fh.read(28)
    counter = struct.unpack(">I", head[24:28])[0] if len(head) >= 28 else 0
    return counter, st.st_size, st.st_mtime_ns


def load_columns(doc: OfficeFile, *, cancel: Callable[[], bool] | None = None) -> Columns:
    """The file's columns, from the cache when the file has not changed since."""
    key = doc.path.resolve()
    stamp = file_stamp(key)
    with _lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] == stamp:
            return hit[1]
    columns = read_columns(doc.conn, cancel=cancel)
    with _lock:
        _cache[key] = (stamp, columns)
        while len(_cache) > CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
    return columns


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def _dense(pairs: list[tuple[int, int]], size: int, fill: int = -1) -> I32:
    out = np.full(size, fill, dtype=np.int32)
    if pairs:
        ids, values = zip(*pairs, strict=True)
        out[np.asarray(ids, dtype=np.int64)] = np.asarray(values, dtype=np.int32)
    return out


def _parse_packed(rows: list[tuple[str, int, str]]) -> tuple[I64, I64]:
    """(day per row, packed integer per row) from ``(date, count, group_concat)`` groups."""
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    counts = np.fromiter((int(r[1]) for r in rows), dtype=np.int64, count=len(rows))
    days = np.fromiter(
        (date.fromisoformat(r[0]).toordinal() for r in rows), dtype=np.int64, count=len(rows)
    )
    packed = np.fromstring(",".join(r[2] for r in rows), dtype=np.int64, sep=",")
    if packed.shape[0] != int(counts.sum()):  # pragma: no cover - would be an SQLite bug
        raise RuntimeError("could not read the bookings back intact")
    return np.repeat(days, counts), packed


def read_columns(conn: sqlite3.Connection, *, cancel: Callable[[], bool] | None = None) -> Columns:
    """Read the columns from SQL (no cache); see the module docstring for why packed."""
    max_person = int(conn.execute("SELECT coalesce(max(id), 0) FROM people").fetchone()[0])
    max_desk = int(conn.execute("SELECT coalesce(max(id), 0) FROM desks").fetchone()[0])
    max_site = int(conn.execute("SELECT coalesce(max(id), 0) FROM sites").fetchone()[0])
    pm = max_person + 1
    if (max_desk + 1) * 16 * pm >= 2**62 or (max_site + 1) * pm >= 2**62:  # pragma: no cover
        raise RuntimeError("too many desks and people to pack into 64-bit integers")

    b_rows = conn.execute(
        "SELECT date, count(*), group_concat((desk_id * 16 + length(status)) * ? + person_id) "
        "FROM bookings WHERE status <> 'cancelled' GROUP BY date ORDER BY date",
        (pm,),
    ).fetchall()
    if cancel is not None and cancel():
        raise AnalyticsCancelledError
    b_day, packed = _parse_packed(b_rows)
    b_person = packed % pm
    rest = packed // pm
    b_desk = (rest // 16).astype(np.int32)
    lut = np.full(16, -1, dtype=np.int8)
    for length, code in _STATUS_BY_LENGTH.items():
        lut[length] = code
    b_status = lut[rest % 16]

    a_rows = conn.execute(
        "SELECT date, count(*), group_concat(site_id * ? + person_id) FROM attendance "
        "WHERE person_id IS NOT NULL GROUP BY date ORDER BY date",
        (pm,),
    ).fetchall()
    a_day, a_packed = _parse_packed(a_rows)
    a_person = a_packed % pm
    a_site = (a_packed // pm).astype(np.int32)

    has_dates = any(
        row[1] == "added_on" for row in conn.execute("PRAGMA table_info(desks)").fetchall()
    )
    added_sql = "d.added_on" if has_dates else "NULL"
    desks = conn.execute(
        f"SELECT d.id, d.name, d.zone_id, z.floor_id, f.site_id, d.bookable, {added_sql} "
        "FROM desks d JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id"
    ).fetchall()
    n_desk = max_desk + 1
    in_service = [
        (int(r[0]), date.fromisoformat(str(r[6])[:10]).toordinal()) for r in desks if r[6]
    ]
    people = conn.execute("SELECT id, name, team_id FROM people").fetchall()
    teams = conn.execute("SELECT id, name, site_id FROM teams").fetchall()
    return Columns(
        b_day=b_day,
        b_desk=b_desk,
        b_person=b_person,
        b_status=b_status,
        a_day=a_day,
        a_site=a_site,
        a_person=a_person,
        desk_site=_dense([(int(r[0]), int(r[4])) for r in desks], n_desk),
        desk_floor=_dense([(int(r[0]), int(r[3])) for r in desks], n_desk),
        desk_zone=_dense([(int(r[0]), int(r[2])) for r in desks], n_desk),
        desk_bookable=_dense([(int(r[0]), int(bool(r[5]))) for r in desks], n_desk, 0).astype(
            np.bool_
        ),
        desk_in_service_from=_dense(in_service, n_desk, 0),
        desk_names={int(r[0]): str(r[1]) for r in desks},
        zone_names={int(i): str(n) for i, n in conn.execute("SELECT id, name FROM zones")},
        floor_names={int(i): str(n) for i, n in conn.execute("SELECT id, name FROM floors")},
        site_names={int(i): str(n) for i, n in conn.execute("SELECT id, name FROM sites")},
        floor_site={int(i): int(s) for i, s in conn.execute("SELECT id, site_id FROM floors")},
        zone_floor={int(i): int(f) for i, f in conn.execute("SELECT id, floor_id FROM zones")},
        calendars=load_site_calendars(conn),
        person_team=_dense(
            [(int(r[0]), int(r[2])) for r in people if r[2] is not None], max_person + 1
        ),
        person_names={int(r[0]): str(r[1]) for r in people},
        team_names={int(r[0]): str(r[1]) for r in teams},
        team_site={int(r[0]): None if r[2] is None else int(r[2]) for r in teams},
        has_desk_dates=has_dates,
    )


class AnalyticsCancelledError(Exception):
    """Raised between stages when the caller's ``cancel()`` said so."""
