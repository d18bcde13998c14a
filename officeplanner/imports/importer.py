"""``sniff`` (what a file holds) and ``import_file`` (write it into the office file).

An import is one ``BEGIN IMMEDIATE`` transaction (``OfficeFile.write``): rows are
streamed from the source, converted and staged into a TEMP table in chunks; the
whole-file checks run as SQL; then the staged rows are upserted into the real
table and the import is recorded in ``imports``. Any problem (by default),
a cancel, an exception or a killed process leaves the file exactly as it was:
SQLite's rollback journal undoes the lot.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from officeplanner.domain import CANONICAL_COLUMNS, DataKind
from officeplanner.imports.columns import (
    ColumnMap,
    guess_kind,
    guess_mapping,
    missing_columns,
    resolve,
)
from officeplanner.imports.kinds import CONVERTERS, Converter, StagedRow
from officeplanner.imports.problems import (
    ImportCancelled,
    ImportFailed,
    Problem,
    ProblemLog,
    file_problem,
)
from officeplanner.imports.sources import RowStream, SourceFormat, detect_format
from officeplanner.store import OfficeFile
from officeplanner.store.document import now_iso
from officeplanner.store.errors import ReadOnlyFileError

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

#: Rows staged per executemany, and how often progress and cancel are looked at.
CHUNK_ROWS: Final = 5_000
PREVIEW_ROWS: Final = 20
#: SQLite virtual-machine steps between two looks at ``cancel`` during the SQL phases.
_CANCEL_STEPS: Final = 100_000
#: Page cache for the import's connection while it runs (KiB, negative = size). Fixed,
#: so memory does not depend on the file's size.
_CACHE_KIB: Final = 65_536


@dataclass(frozen=True)
class ImportOptions:
    """How to import. ``mapping`` is canonical column -> header in the file; when given it
    replaces the guessed mapping entirely. ``dry_run`` does everything and rolls back."""

    skip_bad_rows: bool = False
    create_missing: bool = False
    mapping: Mapping[str, str] | None = None
    encoding: str | None = None
    delimiter: str | None = None
    dry_run: bool = False


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    kind: DataKind
    source: Path
    rows_read: int
    rows_written: int
    rows_unchanged: int
    rows_skipped: int
    #: The skipped rows' problems (at most problems.MAX_KEPT_PROBLEMS of ``problem_count``).
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    #: What ``create_missing`` (or a desks/people file) created: {"desks": 3, ...}.
    created: dict[str, int] = field(default_factory=dict)
    #: Headers in the file that no column was read from.
    ignored_columns: tuple[str, ...] = ()
    import_id: int | None = None
    dry_run: bool = False

    def summary(self) -> str:
        """One paragraph for the CLI and the GUI's last page."""
        verb = "Would import" if self.dry_run else "Imported"
        parts = [
            f"{verb} {self.kind.value} from {self.source.name}: {self.rows_read:,} rows read, "
            f"{self.rows_written:,} written, {self.rows_unchanged:,} already there unchanged"
        ]
        if self.rows_skipped:
            parts.append(f"{self.rows_skipped:,} skipped for problems")
        made = ", ".join(f"{n:,} {what}" for what, n in self.created.items() if n)
        text = ", ".join(parts) + "."
        if made:
            text += f" Created {made}."
        if self.ignored_columns:
            text += f" Ignored columns: {', '.join(self.ignored_columns)}."
        return text


@dataclass(frozen=True)
class SourcePreview:
    """What :func:`sniff` found; the GUI wizard shows each part and lets the user change it."""

    path: Path
    format: str  # "csv" or "xlsx"
    encoding: str
    delimiter: str
    headers: list[str]
    header_line: int
    rows: list[list[str]]
    kind: DataKind | None
    #: canonical column -> header, for ``kind`` (empty when the kind is unknown).
    mapping: dict[str, str]
    #: Required columns of ``kind`` not found.
    missing: list[str]


def _check_source(path: Path) -> None:
    if not path.exists():
        raise file_problem(path, "no such file")
    if path.is_dir():
        raise file_problem(path, "is a folder, not a CSV or Excel file")
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except PermissionError:
        raise file_problem(path, "permission denied: the file cannot be read") from None
    if size == 0:
        raise file_problem(path, "the file is empty; there is nothing to import")


def sniff(
    path: Path | str,
    kind: DataKind | None = None,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> SourcePreview:
    """Detect encoding, delimiter, headers, kind and column mapping; read the first rows."""
    path = Path(path)
    _check_source(path)
    fmt = detect_format(path, encoding=encoding, delimiter=delimiter)
    with RowStream(path, fmt) as stream:
        if not stream.headers:
            raise file_problem(path, "the file has no header row (only empty lines)")
        rows: list[list[str]] = []
        width = len(stream.headers)
        for _line, cells in stream:
            rows.append((cells + [""] * width)[: max(width, len(cells))])
            if len(rows) >= PREVIEW_ROWS:
                break
    kind = kind or guess_kind(stream.headers)
    mapping = guess_mapping(stream.headers, kind) if kind else {}
    return SourcePreview(
        path=path,
        format=fmt.format,
        encoding=fmt.encoding,
        delimiter=fmt.delimiter,
        headers=stream.headers,
        header_line=stream.header_line,
        rows=rows,
        kind=kind,
        mapping=mapping,
        missing=missing_columns(kind, mapping) if kind else [],
    )


class _DryRun(Exception):  # noqa: N818 - control flow, never seen outside this module
    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


class _SkipAndRetry(Exception):  # noqa: N818 - control flow, never seen outside this module
    """Rows to skip were found after the import had already created desks, people or
    teams for them: roll back and import again without those rows, so that nothing is
    created for a row that is not imported."""

    def __init__(self, lines: frozenset[int], problems: list[Problem], total: int) -> None:
        super().__init__("skip and retry")
        self.lines = lines
        self.problems = problems
        self.total = total


def _unknown_kind(path: Path, headers: list[str], line: int) -> ImportFailed:
    kinds = "; ".join(f"{k.value}: {', '.join(CANONICAL_COLUMNS[k])}" for k in DataKind)
    return file_problem(
        path,
        f"cannot tell what the file holds from its headers ({', '.join(headers)}). "
        f"Name the columns as one of these ({kinds}) or their Norwegian names, "
        "or say which kind it is (--kind)",
        line=line,
    )


def import_file(
    doc: OfficeFile,
    path: Path | str,
    kind: DataKind | None = None,
    *,
    options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Import ``path`` into ``doc`` in one transaction; see the module docstring.

    Raises ImportFailed (nothing written) listing every problem, unless
    ``options.skip_bad_rows`` (then the good rows are written and the result lists
    what was skipped); ImportCancelled when ``cancel()`` turned true (nothing
    written); the store's errors (read-only, busy) as they are.
    """
    path = Path(path)
    _check_source(path)
    if doc.read_only:
        raise ReadOnlyFileError(doc.path, "opened read-only; nothing can be imported")
    fmt = detect_format(path, encoding=options.encoding, delimiter=options.delimiter)
    try:
        return _import_once(doc, path, fmt, kind, options, progress, cancel, frozenset())
    except _SkipAndRetry as retry:
        result = _import_once(doc, path, fmt, kind, options, progress, cancel, retry.lines)
        return dataclasses.replace(result, problems=retry.problems, problem_count=retry.total)


def _import_once(
    doc: OfficeFile,
    path: Path,
    fmt: SourceFormat,
    kind: DataKind | None,
    options: ImportOptions,
    progress: Progress | None,
    cancel: Cancel | None,
    skip_lines: frozenset[int],
) -> ImportResult:
    """One pass over the file in one transaction; ``skip_lines`` are passed over unread."""
    with RowStream(path, fmt) as stream:
        if not stream.headers:
            raise file_problem(path, "the file has no header row (only empty lines)")
        kind = kind or guess_kind(stream.headers)
        if kind is None:
            raise _unknown_kind(path, stream.headers, stream.header_line)
        cols, errors = resolve(stream.headers, kind, options.mapping)
        if errors:
            name = path.name
            raise ImportFailed(path, [Problem(name, stream.header_line, "", "", e) for e in errors])
        old_cache = doc.conn.execute("PRAGMA cache_size").fetchone()[0]
        doc.conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        try:
            with doc.write() as conn:
                if cancel is not None:
                    conn.set_progress_handler(lambda: int(cancel()), _CANCEL_STEPS)
                try:
                    result = _run(
                        conn, path, kind, stream, cols, options, progress, cancel, skip_lines
                    )
                except sqlite3.OperationalError as exc:
                    if cancel is not None and "interrupt" in str(exc):
                        raise ImportCancelled() from None
                    raise
                finally:
                    conn.set_progress_handler(None, 0)
                if options.dry_run:
                    raise _DryRun(result)
        except _DryRun as dry:
            return dry.result
        finally:
            doc.conn.execute(f"PRAGMA cache_size = {int(old_cache)}")
    return result


def _run(
    conn: sqlite3.Connection,
    path: Path,
    kind: DataKind,
    stream: RowStream,
    cols: ColumnMap,
    options: ImportOptions,
    progress: Progress | None,
    cancel: Cancel | None,
    skip_lines: frozenset[int] = frozenset(),
) -> ImportResult:
    log = ProblemLog(path.name)
    # Lines refused row by row, kept only when the import may create records and must
    # then be re-run without them (see _SkipAndRetry).
    refused: set[int] | None = set() if options.skip_bad_rows and not skip_lines else None
    converter: Converter = CONVERTERS[kind](conn, cols, log, options.create_missing)
    converter.create_staging()
    read = 0
    batch: list[StagedRow] = []
    convert = converter.convert
    append = batch.append
    for line, cells in stream:
        read += 1
        if skip_lines and line in skip_lines:
            continue
        row = convert(line, cells)
        if row is not None:
            append(row)
        elif refused is not None:
            refused.add(line)
        if len(batch) >= CHUNK_ROWS or (read % CHUNK_ROWS == 0):
            converter.stage(batch)
            batch.clear()
            if cancel is not None and cancel():
                raise ImportCancelled()
            if progress is not None:
                fraction = stream.fraction_read()
                estimate = int(read / fraction) if fraction > 0 else read
                progress(read, max(read, estimate))
    converter.stage(batch)
    batch.clear()
    if read == 0:
        raise file_problem(
            path,
            "the file has a header but no rows under it; nothing to import",
            line=stream.header_line,
        )
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_bad (line INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM temp.import_bad")
    pending: list[tuple[int]] = []
    for line, column, value, reason in converter.findings():
        log.add(line, cols.header.get(column, column), value, reason)
        pending.append((line,))
        if len(pending) >= CHUNK_ROWS:
            conn.executemany("INSERT OR IGNORE INTO temp.import_bad VALUES (?)", pending)
            pending.clear()
    conn.executemany("INSERT OR IGNORE INTO temp.import_bad VALUES (?)", pending)
    if log and not options.skip_bad_rows and not options.dry_run:
        raise ImportFailed(path, log.sorted(), log.total)
    check_bad = int(conn.execute("SELECT count(*) FROM temp.import_bad").fetchone()[0])
    if refused is not None and (refused or check_bad) and converter.created_so_far():
        bad = refused | {int(r[0]) for r in conn.execute("SELECT line FROM temp.import_bad")}
        raise _SkipAndRetry(frozenset(bad), log.sorted(), log.total)
    if check_bad:
        conn.execute(
            f"DELETE FROM temp.{converter.table} WHERE line IN (SELECT line FROM temp.import_bad)"
        )
    staged = int(conn.execute(f"SELECT count(*) FROM temp.{converter.table}").fetchone()[0])
    cur = conn.execute(
        "INSERT INTO imports(kind, source, imported_at, rows_written, rows_skipped) "
        "VALUES (?, ?, ?, 0, 0)",
        (kind.value, path.name, now_iso()),
    )
    assert cur.lastrowid is not None
    import_id = cur.lastrowid
    written = converter.apply(import_id)
    skipped = read - staged
    conn.execute(
        "UPDATE imports SET rows_written = ?, rows_skipped = ? WHERE id = ?",
        (written, skipped, import_id),
    )
    converter.drop_staging()
    conn.execute("DROP TABLE IF EXISTS temp.import_bad")
    if progress is not None:
        progress(read, read)
    return ImportResult(
        kind=kind,
        source=path,
        rows_read=read,
        rows_written=written,
        rows_unchanged=staged - written,
        rows_skipped=skipped,
        problems=log.sorted(),
        problem_count=log.total,
        created=dict(converter.created),
        ignored_columns=cols.ignored,
        import_id=import_id,
        dry_run=options.dry_run,
    )
