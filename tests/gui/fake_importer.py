"""A stand-in for ``officeplanner.imports`` with the same interface, for the wizard's tests.

It reads a bookings CSV (date, desk, person, status) well enough to drive every page of
the wizard — problems with line/column/value/reason, skip bad rows, dry run, progress,
cancel — so the wizard's behaviour is tested apart from the real importer's rules.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from officeplanner.domain import DataKind
from officeplanner.store import OfficeFile


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: str
    value: str
    reason: str


class ImportFailed(Exception):  # noqa: N818 - the real importer's name
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


class ImportCancelled(Exception):  # noqa: N818 - the real importer's name
    pass


@dataclass(frozen=True)
class ImportOptions:
    skip_bad_rows: bool = False
    create_missing: bool = False
    dry_run: bool = False
    mapping: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None


@dataclass
class SourcePreview:
    path: Path
    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[list[str]]
    kind: DataKind | None
    mapping: dict[str, str]


@dataclass
class ImportResult:
    rows_written: int
    rows_skipped: int
    problems: list[Problem]


def sniff(
    path: Path,
    kind: DataKind | None = None,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> SourcePreview:
    text = Path(path).read_text(encoding=encoding or "utf-8")
    delim = delimiter or (";" if text.splitlines()[0].count(";") else ",")
    rows = list(csv.reader(text.splitlines(), delimiter=delim))
    headers = rows[0]
    mapping = {h.lower(): h for h in headers if h.lower() in ("date", "desk", "person", "status")}
    return SourcePreview(
        Path(path),
        encoding or "utf-8",
        delim,
        headers,
        rows[1:21],
        kind or (DataKind.BOOKINGS if "date" in mapping else None),
        mapping,
    )


def import_file(
    doc: OfficeFile,
    path: Path,
    kind: DataKind | None = None,
    *,
    options: ImportOptions,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    preview = sniff(path, kind, encoding=options.encoding, delimiter=options.delimiter)
    with Path(path).open(encoding=options.encoding or "utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=preview.delimiter))[1:]
    col = {c: preview.headers.index(h) for c, h in (options.mapping or preview.mapping).items()}
    problems: list[Problem] = []
    good: list[tuple[str, str, str, str]] = []
    for n, row in enumerate(rows, start=2):
        if cancel is not None and cancel():
            raise ImportCancelled
        day, desk, person, status = (row[col[c]] for c in ("date", "desk", "person", "status"))
        try:
            date.fromisoformat(day)
        except ValueError:
            problems.append(Problem(path.name, n, "date", day, "not a date (YYYY-MM-DD)"))
            continue
        if status not in ("booked", "checked_in", "no_show", "cancelled"):
            problems.append(Problem(path.name, n, "status", status, "unknown status"))
            continue
        if (
            not options.create_missing
            and doc.scalar("SELECT 1 FROM desks WHERE name = ?", (desk,)) is None
        ):
            problems.append(Problem(path.name, n, "desk", desk, "no such desk"))
            continue
        good.append((day, desk, person, status))
    if problems and not options.skip_bad_rows:
        if options.dry_run:
            return ImportResult(0, 0, problems)
        raise ImportFailed(problems)
    from officeplanner.store.entities import ensure_desk, ensure_person

    with doc.write() as conn:
        for i, (day, desk, person, status) in enumerate(good):
            if cancel is not None and cancel():
                raise ImportCancelled  # doc.write() rolls everything back
            desk_id = ensure_desk(conn, "Imported", "1", "A", desk)
            person_id = ensure_person(conn, person)
            conn.execute(
                "INSERT INTO bookings(date, desk_id, person_id, status, source) "
                "VALUES (?, ?, ?, ?, 'import')",
                (day, desk_id, person_id, status),
            )
            if progress is not None:
                progress(i + 1, len(good))
        if options.dry_run:
            conn.execute("ROLLBACK")
            conn.execute("BEGIN")  # doc.write() commits this empty transaction
    return ImportResult(len(good), len(problems), problems)
