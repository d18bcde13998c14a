"""One converter per kind of file: cells to a staged row, and the SQL that checks and applies.

A converter turns a row of cells into a tuple for its TEMP staging table (or
reports the row's problems and returns None). Checks that need the whole file
— duplicates, double-booked desks — then run as SQL over the staging table, and
``apply`` moves the staged rows into the office file with one
``INSERT ... SELECT ... ON CONFLICT`` on the table's natural key. Staging in
SQLite (which spills to a temporary file) rather than in Python is what keeps
the importer's memory flat however long the file is.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from typing import ClassVar, Final

from officeplanner.domain import DataKind
from officeplanner.imports.columns import ColumnMap
from officeplanner.imports.lookups import (
    UNPLACED_FLOOR,
    UNPLACED_SITE,
    UNPLACED_ZONE,
    Names,
    Places,
    clean_name,
)
from officeplanner.imports.problems import ProblemLog
from officeplanner.imports.values import (
    Cached,
    parse_bool,
    parse_count,
    parse_date,
    parse_status,
    parse_time,
    parse_timestamp,
)
from officeplanner.store.entities import ensure_desk, ensure_person, ensure_site, ensure_team
from officeplanner.wording import translate, wording_of

StagedRow = tuple[object, ...]
#: Per kind of thing a row names: (the cell is empty, the file has no such thing).
#: Whole sentences each, so that every language can word them its own way.
_UNKNOWN: Final = {
    "person": (
        translate("ImportProblem", "is empty; a person is needed"),
        translate(
            "ImportProblem",
            "is not a person in the office file (import the people first, "
            "or choose to create what is missing: --create-missing on the command line)",
        ),
    ),
    "desk": (
        translate("ImportProblem", "is empty; a desk is needed"),
        translate(
            "ImportProblem",
            "is not a desk in the office file (import the desks first, "
            "or choose to create what is missing: --create-missing on the command line)",
        ),
    ),
    "team": (
        translate("ImportProblem", "is empty; a team is needed"),
        translate(
            "ImportProblem",
            "is not a team in the office file (import the teams first, "
            "or choose to create what is missing: --create-missing on the command line)",
        ),
    ),
    "site": (
        translate("ImportProblem", "is empty; a site is needed"),
        translate(
            "ImportProblem",
            "is not a site in the office file (import the sites first, "
            "or choose to create what is missing: --create-missing on the command line)",
        ),
    ),
}
#: A desk row's place, level by level, when its cell is empty.
_EMPTY_NAME: Final = {
    "site": translate("ImportProblem", "is empty; a site name is needed"),
    "floor": translate("ImportProblem", "is empty; a floor name is needed"),
    "zone": translate("ImportProblem", "is empty; a zone name is needed"),
    "desk": translate("ImportProblem", "is empty; a desk name is needed"),
}
#: (line, column, value, reason) of a problem found by a whole-file check.
Finding = tuple[int, str, str, str]

#: ``a`` and ``b`` (table aliases with start_time/end_time) overlap; '' is the whole day.
_OVERLAP: Final = (
    "(CASE WHEN {a}.start_time = '' THEN '00:00' ELSE {a}.start_time END) < "
    "(CASE WHEN {b}.end_time = '' THEN '24:00' ELSE {b}.end_time END) AND "
    "(CASE WHEN {b}.start_time = '' THEN '00:00' ELSE {b}.start_time END) < "
    "(CASE WHEN {a}.end_time = '' THEN '24:00' ELSE {a}.end_time END)"
)


class Converter:
    """Base: cell access, problem reporting and the shape every kind shares."""

    kind: ClassVar[DataKind]
    #: The TEMP staging table's columns after ``line INTEGER PRIMARY KEY``.
    staged_columns: ClassVar[str]
    #: The column named in duplicate-row problems.
    key_column: ClassVar[str]
    #: What "the same row" means, for the duplicate message.
    key_words: ClassVar[str]

    def __init__(
        self, conn: sqlite3.Connection, cols: ColumnMap, log: ProblemLog, create_missing: bool
    ) -> None:
        self.conn = conn
        self.cols = cols
        self.log = log
        self.create_missing = create_missing
        self.width = max(cols.index.values(), default=-1) + 1
        self.n_headers = cols.n_columns
        self.table = f"import_{self.kind.value}"
        self.created: dict[str, int] = {}

    # -- staging -----------------------------------------------------------------------

    def create_staging(self) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{self.table}")
        self.conn.execute(
            f"CREATE TEMP TABLE {self.table} (line INTEGER PRIMARY KEY, {self.staged_columns})"
        )

    def drop_staging(self) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS temp.{self.table}")

    @property
    def insert_sql(self) -> str:
        n = self.staged_columns.count(",") + 2
        return f"INSERT INTO temp.{self.table} VALUES ({', '.join('?' * n)})"

    def stage(self, rows: list[StagedRow]) -> None:
        self.conn.executemany(self.insert_sql, rows)

    # -- cells and problems --------------------------------------------------------------

    def fit(self, line: int, cells: list[str]) -> list[str] | None:
        """Cells padded to the header's width; None (reported) when the row is too wide."""
        if len(cells) > self.n_headers and any(c.strip() for c in cells[self.n_headers :]):
            self.log.add(
                line,
                "",
                "",
                translate(
                    "ImportProblem",
                    "has {cells} cells but the header has {columns} columns "
                    "(a value containing the delimiter without quotes?)",
                ).fill(cells=len(cells), columns=self.n_headers),
            )
            return None
        if len(cells) < self.width:
            return cells + [""] * (self.width - len(cells))
        return cells

    def bad(self, line: int, column: str, value: str, reason: object) -> None:
        self.log.add(line, self.cols.header.get(column, column), value, wording_of(reason))

    def cell(self, cells: list[str], column: str) -> str:
        i = self.cols.index.get(column)
        return "" if i is None else cells[i]

    def unknown(self, line: int, column: str, value: str, what: str) -> None:
        empty, missing = _UNKNOWN[what]
        self.bad(line, column, value, empty if not clean_name(value) else missing)

    def convert(self, line: int, cells: list[str]) -> StagedRow | None:
        raise NotImplementedError

    def created_so_far(self) -> bool:
        """Whether converting rows created records (``create_missing``): if some rows
        are then skipped, the import runs again without them (see the importer)."""
        return False

    # -- whole-file checks and applying ----------------------------------------------------

    def duplicates_sql(self) -> str:
        """(line, first line with the same key, value to show) of every repeated row."""
        raise NotImplementedError

    def findings(self) -> Iterator[Finding]:
        """Problems only the whole file shows: duplicates, and each kind's own."""
        for line, first, value in self.conn.execute(self.duplicates_sql()):
            yield (
                int(line),
                self.key_column,
                str(value),
                f"repeats line {first} (the same {self.key_words}); remove one of them",
            )
        yield from self.conflicts()

    def conflicts(self) -> Iterator[Finding]:
        return iter(())

    def apply(self, import_id: int) -> int:
        """Move the staged rows into the office file; return how many rows changed."""
        raise NotImplementedError

    def changes(self, sql: str, params: tuple[object, ...] = ()) -> int:
        before = self.conn.total_changes
        self.conn.execute(sql, params)
        return self.conn.total_changes - before


class BookingsConverter(Converter):
    kind = DataKind.BOOKINGS
    staged_columns = (
        "date TEXT, desk_id INTEGER, person_id INTEGER, status TEXT, "
        "start_time TEXT, end_time TEXT, checked_in_at TEXT"
    )
    key_column = "desk"
    key_words = "desk, person, date and start time"

    def __init__(
        self, conn: sqlite3.Connection, cols: ColumnMap, log: ProblemLog, create_missing: bool
    ) -> None:
        super().__init__(conn, cols, log, create_missing)
        make_desk: Callable[[str], int] | None = None
        if create_missing:

            def make_desk(name: str) -> int:
                return ensure_desk(conn, UNPLACED_SITE, UNPLACED_FLOOR, UNPLACED_ZONE, name)

        self.desks = Names(conn, "desks", make_desk)
        self.people = Names(conn, "people", None)
        self.teams = Names(
            conn, "teams", (lambda n: ensure_team(conn, n)) if create_missing else None
        )
        self.people_created = 0
        self.date = Cached(parse_date)
        self.status = Cached(parse_status)
        self.time = Cached(parse_time)
        self.stamp = Cached(parse_timestamp)
        index = cols.index
        self.i_date, self.i_desk = index["date"], index["desk"]
        self.i_person, self.i_status = index["person"], index["status"]
        self.i_team = index.get("team")
        self.i_start, self.i_end = index.get("start"), index.get("end")
        self.i_checked = index.get("checked_in_at")

    def created_so_far(self) -> bool:
        return bool(self.desks.created or self.people_created or self.teams.created)

    def _person(self, line: int, cells: list[str], team_ok: bool) -> int | None:
        raw = cells[self.i_person]
        found = self.people.get(raw)
        if found is not None:
            return found
        name = clean_name(raw)
        if not self.create_missing or not name:
            self.unknown(line, "person", raw, "person")
            return None
        if not team_ok:
            return None
        team = clean_name(cells[self.i_team]) if self.i_team is not None else ""
        found = ensure_person(self.conn, name, team or None)
        self.people.ids[name] = self.people.ids[raw] = found
        self.people_created += 1
        return found

    def convert(self, line: int, cells: list[str]) -> StagedRow | None:
        if len(cells) != self.n_headers:
            fitted = self.fit(line, cells)
            if fitted is None:
                return None
            cells = fitted
        ok = True
        raw = cells[self.i_date]
        try:
            day = self.date(raw)
        except ValueError as exc:
            self.bad(line, "date", raw, exc)
            ok = False
        raw = cells[self.i_desk]
        desk = self.desks.get(raw)
        if desk is None:
            self.unknown(line, "desk", raw, "desk")
            ok = False
        team_ok = True
        if self.i_team is not None:
            raw = cells[self.i_team]
            if raw and self.teams.get(raw) is None and clean_name(raw):
                self.unknown(line, "team", raw, "team")
                ok = team_ok = False
        person = self._person(line, cells, team_ok)
        if person is None:
            ok = False
        raw = cells[self.i_status]
        try:
            status = self.status(raw)
        except ValueError as exc:
            self.bad(line, "status", raw, exc)
            ok = False
        start = end = stamp = ""
        if self.i_start is not None:
            raw = cells[self.i_start]
            try:
                start = self.time(raw)
            except ValueError as exc:
                self.bad(line, "start", raw, exc)
                ok = False
        if self.i_end is not None:
            raw = cells[self.i_end]
            try:
                end = self.time(raw)
            except ValueError as exc:
                self.bad(line, "end", raw, exc)
                ok = False
        if ok and (start or end):
            if not start or not end:
                column = "end" if start else "start"
                self.bad(
                    line,
                    column,
                    self.cell(cells, column),
                    translate(
                        "ImportProblem",
                        "is empty but the other time is given; give both start and end, or "
                        "neither for the whole day",
                    ),
                )
                ok = False
            elif end <= start:
                self.bad(
                    line,
                    "end",
                    cells[self.i_end or 0],
                    translate("ImportProblem", "is not after the start {start}").fill(start=start),
                )
                ok = False
        if self.i_checked is not None:
            raw = cells[self.i_checked]
            try:
                stamp = self.stamp(raw)
            except ValueError as exc:
                self.bad(line, "checked_in_at", raw, exc)
                ok = False
        if not ok:
            return None
        return (line, day, desk, person, status, start, end, stamp)

    def duplicates_sql(self) -> str:
        return (
            "SELECT x.line, x.first, d.name FROM (SELECT line, desk_id, min(line) OVER "
            "(PARTITION BY desk_id, date, person_id, start_time) AS first "
            f"FROM temp.{self.table}) x JOIN desks d ON d.id = x.desk_id "
            "WHERE x.line != x.first ORDER BY x.line"
        )

    def conflicts(self) -> Iterator[Finding]:
        """What booking by hand refuses too, so an import cannot write what the editor would
        not: a desk for two people, or a person on two desks, on one day at overlapping
        times (cancelled bookings never clash), within the file or against the office
        file; and a booking from today on for a desk that is not bookable (older ones
        are history and stay importable)."""
        yield from self._desk_conflicts()
        yield from self._person_conflicts()
        yield from self._not_bookable()

    def _not_bookable(self) -> Iterator[Finding]:
        today = dt.date.today().isoformat()
        for line, desk in self.conn.execute(
            f"SELECT r.line, d.name FROM temp.{self.table} r JOIN desks d ON d.id = r.desk_id "
            "WHERE d.bookable = 0 AND r.status != 'cancelled' AND r.date >= ? ORDER BY r.line",
            (today,),
        ):
            yield (
                int(line),
                "desk",
                str(desk),
                translate(
                    "ImportProblem",
                    "is not bookable; a booking from today on needs a bookable desk "
                    "(make it bookable in the office first)",
                ),
            )

    def _person_conflicts(self) -> Iterator[Finding]:
        t = f"temp.{self.table}"
        # Somebody on two desks in one day is rare: find those person-days with one
        # grouping pass (no index on the million staged rows), then compare only them.
        self.conn.execute("DROP TABLE IF EXISTS temp.import_two_desks")
        self.conn.execute(
            "CREATE TEMP TABLE import_two_desks AS "
            f"SELECT person_id, date FROM {t} WHERE status != 'cancelled' "
            "GROUP BY person_id, date HAVING count(DISTINCT desk_id) > 1"
        )
        within = (
            "WITH c AS (SELECT r.* FROM temp.import_two_desks k "
            f"JOIN {t} r ON r.person_id = k.person_id AND r.date = k.date "
            "WHERE r.status != 'cancelled') "
            "SELECT r.line, min(o.line), r.date, p.name, min(d.name) "
            "FROM c r JOIN c o ON o.person_id = r.person_id AND o.date = r.date "
            "AND o.line < r.line AND o.desk_id != r.desk_id "
            "JOIN desks d ON d.id = o.desk_id JOIN people p ON p.id = r.person_id "
            "WHERE " + _OVERLAP.format(a="r", b="o") + " GROUP BY r.line ORDER BY r.line"
        )
        for line, other, day, who, desk in self.conn.execute(within):
            yield (
                int(line),
                "person",
                str(who),
                translate(
                    "ImportProblem",
                    "is booked on two desks on {day}: line {other} gives them desk {desk} "
                    "at an overlapping time",
                ).fill(day=day, other=other, desk=desk),
            )
        self.conn.execute("DROP TABLE temp.import_two_desks")
        for line, day, who, desk in self._clashes_with_office("person_id", "desk_id"):
            yield (
                line,
                "person",
                who,
                translate(
                    "ImportProblem",
                    "already has desk {desk} booked on {day} (in the office file) at an "
                    "overlapping time",
                ).fill(day=day, desk=desk),
            )

    def _clashes_with_office(self, same: str, other: str) -> Iterator[tuple[int, str, str, str]]:
        """(line, date, the row's name for ``same``, a clashing booking's name for
        ``other``) of each staged row that overlaps a booking in the office file with
        the same ``same`` (desk or person) and another ``other``, neither cancelled,
        unless the file itself restates that booking (it may be cancelling it)."""
        if self.conn.execute("SELECT NOT EXISTS (SELECT 1 FROM bookings)").fetchone()[0]:
            return
        t = f"temp.{self.table}"
        names = {"desk_id": "desks", "person_id": "people"}
        rows = self.conn.execute(
            f"SELECT r.line, r.date, s.name, min(o.name) FROM {t} r "
            f"JOIN bookings b ON b.{same} = r.{same} AND b.date = r.date "
            f"AND b.{other} != r.{other} "
            f"JOIN {names[same]} s ON s.id = r.{same} JOIN {names[other]} o ON o.id = b.{other} "
            "WHERE r.status != 'cancelled' AND b.status != 'cancelled' AND "
            + _OVERLAP.format(a="r", b="b")
            + f" AND NOT EXISTS (SELECT 1 FROM {t} x WHERE x.desk_id = b.desk_id "
            "AND x.date = b.date AND x.person_id = b.person_id "
            "AND x.start_time = b.start_time) GROUP BY r.line ORDER BY r.line"
        )
        for line, day, mine, theirs in rows:
            yield int(line), str(day), str(mine), str(theirs)

    def _desk_conflicts(self) -> Iterator[Finding]:
        t = f"temp.{self.table}"
        self.conn.execute(f"CREATE INDEX temp.{self.table}_desk_day ON {self.table}(desk_id, date)")
        within = (
            "SELECT r.line, min(o.line), r.date, d.name, p.name "
            f"FROM {t} r JOIN {t} o ON o.desk_id = r.desk_id AND o.date = r.date "
            "AND o.line < r.line AND o.person_id != r.person_id "
            "JOIN desks d ON d.id = r.desk_id JOIN people p ON p.id = o.person_id "
            "WHERE r.status != 'cancelled' AND o.status != 'cancelled' AND "
            + _OVERLAP.format(a="r", b="o")
            + " GROUP BY r.line ORDER BY r.line"
        )
        for line, other, day, desk, who in self.conn.execute(within):
            yield (
                int(line),
                "desk",
                str(desk),
                translate(
                    "ImportProblem",
                    "is double-booked on {day}: line {other} books it for {who} "
                    "at an overlapping time",
                ).fill(day=day, other=other, who=who),
            )
        for line, day, desk, who in self._clashes_with_office("desk_id", "person_id"):
            yield (
                line,
                "desk",
                desk,
                translate(
                    "ImportProblem",
                    "is already booked on {day} for {who} (in the office file) at an "
                    "overlapping time",
                ).fill(day=day, who=who),
            )

    def apply(self, import_id: int) -> int:
        # Sorted by the natural key, the unique index is filled in order, which is
        # several times faster than in the file's (date) order.
        self.created["desks"] = self.desks.created
        self.created["people"] = self.people_created
        self.created["teams"] = self.teams.created
        return self.changes(
            "INSERT INTO bookings(date, desk_id, person_id, status, start_time, end_time, "
            "checked_in_at, source, import_id) "
            "SELECT date, desk_id, person_id, status, start_time, end_time, checked_in_at, "
            f"'import', ? FROM temp.{self.table} WHERE true "
            "ORDER BY desk_id, date, person_id, start_time "
            "ON CONFLICT(desk_id, date, person_id, start_time) DO UPDATE SET "
            "status = excluded.status, end_time = excluded.end_time, "
            "checked_in_at = excluded.checked_in_at, source = excluded.source, "
            "import_id = excluded.import_id "
            "WHERE bookings.status IS NOT excluded.status "
            "OR bookings.end_time IS NOT excluded.end_time "
            "OR bookings.checked_in_at IS NOT excluded.checked_in_at",
            (import_id,),
        )


_FEATURES: Final = ("bookable", "monitor", "standing", "accessible")
_FEATURE_DEFAULTS: Final = {"bookable": 1, "monitor": 0, "standing": 0, "accessible": 0}


class DesksConverter(Converter):
    """A desks file defines the office's structure: sites, floors and zones are created."""

    kind = DataKind.DESKS
    staged_columns = (
        "zone_id INTEGER, name TEXT, bookable INTEGER, monitor INTEGER, standing INTEGER, "
        "accessible INTEGER"
    )
    key_column = "desk"
    key_words = "desk"

    def __init__(
        self, conn: sqlite3.Connection, cols: ColumnMap, log: ProblemLog, create_missing: bool
    ) -> None:
        super().__init__(conn, cols, log, create_missing)
        self.places = Places(conn)
        self.sites_before = int(conn.execute("SELECT count(*) FROM sites").fetchone()[0])

    def convert(self, line: int, cells: list[str]) -> StagedRow | None:
        fitted = self.fit(line, cells)
        if fitted is None:
            return None
        cells = fitted
        ok = True
        names = []
        for column in ("site", "floor", "zone", "desk"):
            raw = self.cell(cells, column)
            name = clean_name(raw)
            if not name:
                self.bad(line, column, raw, _EMPTY_NAME[column])
                ok = False
            names.append(name)
        features: list[int] = []
        for column in _FEATURES:
            raw = self.cell(cells, column)
            try:
                value = parse_bool(raw)
            except ValueError as exc:
                self.bad(line, column, raw, exc)
                ok = False
                continue
            features.append(_FEATURE_DEFAULTS[column] if value is None else int(value))
        if not ok:
            return None
        zone_id = self.places.zone(names[0], names[1], names[2])
        return (line, zone_id, names[3], *features)

    def duplicates_sql(self) -> str:
        return (
            "SELECT line, first, name FROM (SELECT line, name, min(line) OVER "
            f"(PARTITION BY name) AS first FROM temp.{self.table}) "
            "WHERE line != first ORDER BY line"
        )

    def apply(self, import_id: int) -> int:
        counts = {
            t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("sites", "desks")
        }
        updates = ["zone_id = excluded.zone_id"] + [
            f"{f} = excluded.{f}" for f in _FEATURES if self.cols.has(f)
        ]
        differs = " OR ".join(
            f"desks.{u.split(' = ')[0]} IS NOT {u.split(' = ')[1]}" for u in updates
        )
        changed = self.changes(
            "INSERT INTO desks(zone_id, name, bookable, monitor, standing, accessible) "
            f"SELECT zone_id, name, bookable, monitor, standing, accessible FROM temp.{self.table} "
            f"WHERE true ORDER BY line ON CONFLICT(name) DO UPDATE SET {', '.join(updates)} "
            f"WHERE {differs}"
        )
        self.created["sites"] = counts["sites"] - self.sites_before
        self.created["desks"] = (
            int(self.conn.execute("SELECT count(*) FROM desks").fetchone()[0]) - counts["desks"]
        )
        return changed


class PeopleConverter(Converter):
    kind = DataKind.PEOPLE
    staged_columns = "name TEXT, team_id INTEGER, email TEXT"
    key_column = "person"
    key_words = "person"

    def __init__(
        self, conn: sqlite3.Connection, cols: ColumnMap, log: ProblemLog, create_missing: bool
    ) -> None:
        super().__init__(conn, cols, log, create_missing)
        self.teams = Names(
            conn, "teams", (lambda n: ensure_team(conn, n)) if create_missing else None
        )

    def created_so_far(self) -> bool:
        return bool(self.teams.created)

    def convert(self, line: int, cells: list[str]) -> StagedRow | None:
        fitted = self.fit(line, cells)
        if fitted is None:
            return None
        cells = fitted
        ok = True
        raw = self.cell(cells, "person")
        name = clean_name(raw)
        if not name:
            self.bad(line, "person", raw, translate("ImportProblem", "is empty; a name is needed"))
            ok = False
        raw = self.cell(cells, "team")
        team_id = None
        if clean_name(raw):
            team_id = self.teams.get(raw)
            if team_id is None:
                self.unknown(line, "team", raw, "team")
                ok = False
        email = clean_name(self.cell(cells, "email")) or None
        if email is not None and "@" not in email:
            self.bad(
                line,
                "email",
                self.cell(cells, "email"),
                translate("ImportProblem", "is not an email address"),
            )
            ok = False
        return (line, name, team_id, email) if ok else None

    def duplicates_sql(self) -> str:
        return (
            "SELECT line, first, name FROM (SELECT line, name, min(line) OVER "
            f"(PARTITION BY name) AS first FROM temp.{self.table}) "
            "WHERE line != first ORDER BY line"
        )

    def apply(self, import_id: int) -> int:
        people_before = int(self.conn.execute("SELECT count(*) FROM people").fetchone()[0])
        updates = [
            f"{c} = excluded.{c}"
            for c in ("team_id", "email")
            if self.cols.has("team" if c == "team_id" else c)
        ]
        tail = "DO NOTHING"
        if updates:
            differs = " OR ".join(
                f"people.{u.split(' = ')[0]} IS NOT {u.split(' = ')[1]}" for u in updates
            )
            tail = f"DO UPDATE SET {', '.join(updates)} WHERE {differs}"
        changed = self.changes(
            "INSERT INTO people(name, team_id, email) "
            f"SELECT name, team_id, email FROM temp.{self.table} WHERE true ORDER BY line "
            f"ON CONFLICT(name) {tail}"
        )
        self.created["teams"] = self.teams.created
        self.created["people"] = (
            int(self.conn.execute("SELECT count(*) FROM people").fetchone()[0]) - people_before
        )
        return changed


def _site_names(conn: sqlite3.Connection, create_missing: bool) -> Names:
    return Names(conn, "sites", (lambda n: ensure_site(conn, n)) if create_missing else None)


class AttendanceConverter(Converter):
    """Badge or sensor presence: per row either a person or a head count, at a site."""

    kind = DataKind.ATTENDANCE
    staged_columns = "date TEXT, site_id INTEGER, person_id INTEGER, count INTEGER"
    key_column = "date"
    key_words = "date, site and person (or head count)"

    def __init__(
        self, conn: sqlite3.Connection, cols: ColumnMap, log: ProblemLog, create_missing: bool
    ) -> None:
        super().__init__(conn, cols, log, create_missing)
        self.sites = _site_names(conn, create_missing)
        self.people = Names(
            conn, "people", (lambda n: ensure_person(conn, n)) if create_missing else None
        )
        self.date = Cached(parse_date)

    def created_so_far(self) -> bool:
        return bool(self.sites.created or self.people.created)

    def convert(self, line: int, cells: list[str]) -> StagedRow | None:
        fitted = self.fit(line, cells)
        if fitted is None:
            return None
        cells = fitted
        ok = True
        raw = self.cell(cells, "date")
        try:
            day = self.date(raw)
        except ValueError as exc:
            self.bad(line, "date", raw, exc)
            ok = False
        raw = self.cell(cells, "site")
        site = self.sites.get(raw)
        if site is None:
            self.unknown(line, "site", raw, "site")
            ok = False
        raw_person, raw_count = self.cell(cells, "person"), self.cell(cells, "count")
        person = count = None
        if clean_name(raw_person) and raw_count.strip():
            self.bad(
                line,
                "count",
                raw_count,
                translate("ImportProblem", "is given beside a person; a row holds either"),
            )
            return None
        if clean_name(raw_person):
            person = self.people.get(raw_person)
            if person is None:
                self.unknown(line, "person", raw_person, "person")
                ok = False
        elif raw_count.strip():
            try:
                count = parse_count(raw_count)
            except ValueError as exc:
                self.bad(line, "count", raw_count, exc)
                ok = False
        else:
            column = "person" if self.cols.has("person") else "count"
            self.bad(
                line,
                column,
                "",
                translate("ImportProblem", "is empty; a row needs a person or a head count"),
            )
            ok = False
        return (line, day, site, person, count) if ok else None

    def duplicates_sql(self) -> str:
        return (
            "SELECT line, first, date FROM (SELECT line, date, min(line) OVER "
            f"(PARTITION BY date, site_id, person_id) AS first FROM temp.{self.table}) "
            "WHERE line != first ORDER BY line"
        )

    def apply(self, import_id: int) -> int:
        self.created["sites"] = self.sites.created
        self.created["people"] = self.people.created
        select = f"SELECT date, site_id, person_id, count, 'import', ? FROM temp.{self.table} "
        insert = "INSERT INTO attendance(date, site_id, person_id, count, source, import_id) "
        return self.changes(
            insert + select + "WHERE person_id IS NOT NULL ORDER BY date, site_id, person_id "
            "ON CONFLICT(date, site_id, person_id) WHERE person_id IS NOT NULL DO NOTHING",
            (import_id,),
        ) + self.changes(
            insert + select + "WHERE person_id IS NULL ORDER BY date, site_id "
            "ON CONFLICT(date, site_id) WHERE person_id IS NULL DO UPDATE SET "
            "count = excluded.count, source = excluded.source, import_id = excluded.import_id "
            "WHERE attendance.count IS NOT excluded.count",
            (import_id,),
        )


class ClosuresConverter(Converter):
    kind = DataKind.CLOSURES
    staged_columns = "site_id INTEGER, date TEXT, reason TEXT"
    key_column = "date"
    key_words = "site and date"

    def __init__(
        self, conn: sqlite3.Connection, cols: ColumnMap, log: ProblemLog, create_missing: bool
    ) -> None:
        super().__init__(conn, cols, log, create_missing)
        self.sites = _site_names(conn, create_missing)
        self.date = Cached(parse_date)

    def created_so_far(self) -> bool:
        return bool(self.sites.created)

    def convert(self, line: int, cells: list[str]) -> StagedRow | None:
        fitted = self.fit(line, cells)
        if fitted is None:
            return None
        cells = fitted
        ok = True
        raw = self.cell(cells, "site")
        site = self.sites.get(raw)
        if site is None:
            self.unknown(line, "site", raw, "site")
            ok = False
        raw = self.cell(cells, "date")
        try:
            day = self.date(raw)
        except ValueError as exc:
            self.bad(line, "date", raw, exc)
            ok = False
        reason = clean_name(self.cell(cells, "reason"))
        return (line, site, day, reason) if ok else None

    def duplicates_sql(self) -> str:
        return (
            "SELECT line, first, date FROM (SELECT line, date, min(line) OVER "
            f"(PARTITION BY site_id, date) AS first FROM temp.{self.table}) "
            "WHERE line != first ORDER BY line"
        )

    def apply(self, import_id: int) -> int:
        self.created["sites"] = self.sites.created
        update = (
            "DO UPDATE SET reason = excluded.reason WHERE closures.reason IS NOT excluded.reason"
            if self.cols.has("reason")
            else "DO NOTHING"
        )
        return self.changes(
            "INSERT INTO closures(site_id, date, reason) "
            f"SELECT site_id, date, reason FROM temp.{self.table} WHERE true ORDER BY line "
            f"ON CONFLICT(site_id, date) {update}"
        )


CONVERTERS: Final[dict[DataKind, type[Converter]]] = {
    c.kind: c
    for c in (
        BookingsConverter,
        DesksConverter,
        PeopleConverter,
        AttendanceConverter,
        ClosuresConverter,
    )
}
