"""Create, open, migrate and close an office file.

The rules come from DESIGN.md ("The document"): the file is marked with
``PRAGMA application_id`` and versioned with ``PRAGMA user_version``; anything
we cannot open safely is refused *before* SQLite touches it, so a wrong,
damaged or newer file is left byte-identical. Writers take ``BEGIN IMMEDIATE``
with a busy timeout, and the journal stays in rollback (DELETE) mode because
WAL's shared memory does not work on network shares and synced folders.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self

from officeplanner.store import holder as holder_record
from officeplanner.store.errors import (
    CopyNotWrittenError,
    DamagedFileError,
    FileBusyError,
    FileInUseError,
    Holder,
    NewerVersionError,
    NotAnOfficeFileError,
    OfficeFileError,
    ReadOnlyFileError,
)
from officeplanner.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_MAGIC: Final = b"SQLite format 3\x00"
#: How long a writer waits for another writer before giving up, in seconds.
BUSY_TIMEOUT_S: Final = 5.0


@dataclass(frozen=True)
class FileHeader:
    """The parts of the 100-byte SQLite header we check before connecting."""

    page_size: int
    page_count: int
    user_version: int
    application_id: int

    @property
    def expected_size(self) -> int:
        return self.page_size * self.page_count


def read_header(path: Path) -> FileHeader:
    """Read and sanity-check the SQLite header without opening a connection.

    Raises NotAnOfficeFileError / DamagedFileError with a message that says what
    is wrong, so the caller never lets SQLite near a file that is not ours.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except FileNotFoundError:
        raise OfficeFileError(path, "no such file") from None
    except IsADirectoryError:
        raise NotAnOfficeFileError(path, "is a folder, not an office file") from None
    except PermissionError:
        raise OfficeFileError(path, "permission denied: the file cannot be read") from None
    if size == 0:
        raise NotAnOfficeFileError(path, "the file is empty, not an office file")
    if not head.startswith(SQLITE_MAGIC):
        raise NotAnOfficeFileError(
            path, "not an Office Planner file (it is not an SQLite database at all)"
        )
    if len(head) < 100:
        raise DamagedFileError(
            path, f"damaged: the file ends after {size} bytes, inside its header"
        )
    (raw_page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    (version_valid_for,) = struct.unpack(">I", head[92:96])
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFileError(path, f"damaged: impossible page size {page_size} in the header")
    if change_counter != version_valid_for or page_count == 0:
        page_count = max(1, size // page_size)  # legacy writers leave the count stale
    header = FileHeader(page_size, page_count, user_version, application_id)
    if size < header.expected_size:
        raise DamagedFileError(
            path,
            f"damaged: the file is truncated ({size:,} bytes of the "
            f"{header.expected_size:,} its header promises)",
        )
    return header


def _check_ours(path: Path, header: FileHeader) -> None:
    if header.application_id != APPLICATION_ID:
        if header.application_id == 0 and header.user_version == 0 and header.page_count <= 1:
            raise NotAnOfficeFileError(path, "an empty SQLite database, not an office file")
        raise NotAnOfficeFileError(
            path, "an SQLite database written by another program, not an office file"
        )
    if header.user_version > SCHEMA_VERSION:
        raise NewerVersionError(
            path,
            f"written by a newer Office Planner (file format {header.user_version}; "
            f"this version reads up to {SCHEMA_VERSION}). Update Office Planner to open it.",
        )


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
    else:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _is_writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class OfficeFile:
    """An open office file. Use :meth:`create` or :meth:`open`, then :meth:`close`.

    Every change goes through :meth:`write`, one transaction each.
    """

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, read_only: bool, holder: Holder | None
    ) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        #: Who else holds the file for writing, when we opened read-only because of them.
        self.other_holder = holder
        self._closed = False
        #: How many :meth:`write` blocks are open (the outer one is the transaction).
        self._write_depth = 0

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str) -> Self:
        """Create a new, empty office file at ``path`` (which must not exist)."""
        path = Path(path)
        if path.exists():
            raise OfficeFileError(path, "already exists; choose another name")
        folder = path.parent if str(path.parent) else Path()
        if not folder.is_dir():
            what = "is a file, not a folder" if folder.exists() else "does not exist"
            raise OfficeFileError(path, f"the folder {folder} {what}")
        if not os.access(folder, os.W_OK):
            raise ReadOnlyFileError(path, "the folder cannot be written")
        tmp = path.with_name(path.name + ".creating")
        try:
            tmp.unlink(missing_ok=True)
            conn = _connect(tmp, read_only=False)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                _run_migrations(conn, 0)
            finally:
                conn.close()
            tmp.replace(path)  # the file appears whole or not at all
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise OfficeFileError(path, f"cannot be created here ({reason})") from exc
        return cls.open(path)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        take_over: bool = False,
        migrate: bool = True,
    ) -> Self:
        """Open an existing office file.

        Raises FileInUseError when another Office Planner writes to it (the caller
        may retry with ``read_only=True`` or ``take_over=True``), ReadOnlyFileError
        when the file cannot be written, and the other OfficeFileError subclasses
        when the file is not ours, damaged or too new. The file is untouched in
        every failing case.
        """
        path = Path(path)
        header = read_header(path)
        _check_ours(path, header)
        if not read_only and not _is_writable(path):
            raise ReadOnlyFileError(path, "the file is read-only; it can be opened read-only")
        other: Holder | None = None
        if not read_only:
            other = holder_record.claim(path, take_over=take_over)
            if other is not None:
                raise FileInUseError(path, other)
        else:
            other = holder_record.read_holder(path)
        try:
            conn = _connect(path, read_only=read_only)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError as exc:
                conn.close()
                journal = path.with_name(path.name + "-journal")
                if read_only and "readonly" in str(exc) and journal.exists():
                    raise OfficeFileError(
                        path,
                        "the last change to this file was interrupted (the program making "
                        f"it stopped; {journal.name} beside it holds what undoes it): open "
                        "it for editing once to finish the recovery, then read-only works "
                        "again",
                    ) from None
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise DamagedFileError(path, f"damaged: {exc}") from None
                raise FileBusyError(
                    path, "another program is writing to the file; try again when it is done"
                ) from None
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise DamagedFileError(path, f"damaged: {exc}") from None
            if not read_only and header.user_version < SCHEMA_VERSION and migrate:
                try:
                    _migrate_with_backup(path, conn, header.user_version)
                except sqlite3.Error as exc:
                    conn.close()
                    raise OfficeFileError(
                        path,
                        f"could not upgrade the file from format {header.user_version} "
                        f"({exc}); the file is unchanged",
                    ) from exc
        except BaseException:
            if not read_only:
                holder_record.release(path)
            raise
        doc = cls(path, conn, read_only=read_only, holder=other)
        if read_only and doc.schema_version < SCHEMA_VERSION:
            doc.close()
            raise OfficeFileError(
                path,
                f"uses the older file format {header.user_version}; open it for writing "
                "once to upgrade it (a backup copy is made first)",
            )
        return doc

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.conn.close()
        if not self.read_only:
            holder_record.release(self.path)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on error.

        A ``write`` inside another is a savepoint of the outer transaction: its changes
        go back alone if it fails, and reach the file only when the outer one commits. So
        several edits that make one step (changing many selected bookings) are one
        transaction — all or none, one sync to disk.
        """
        if self.read_only:
            raise ReadOnlyFileError(self.path, "opened read-only; changes are not allowed")
        if self._write_depth:
            name = f"write_{self._write_depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            self._write_depth += 1
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            finally:
                self._write_depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                who = holder_record.read_holder(self.path)
                by = f" by {who.describe()}" if who else " by another program"
                raise FileBusyError(
                    self.path, f"the file is being written{by}; try again"
                ) from None
            raise
        self._write_depth = 1
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._write_depth = 0

    # -- facts -----------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def counts(self) -> dict[str, int]:
        tables = (
            "sites",
            "floors",
            "zones",
            "desks",
            "teams",
            "people",
            "bookings",
            "attendance",
            "closures",
            "plans",
        )
        return {t: int(self.scalar(f"SELECT count(*) FROM {t}")) for t in tables}

    def date_range(self) -> tuple[str, str] | None:
        row = self.conn.execute(
            "SELECT min(d), max(d) FROM (SELECT min(date) AS d FROM bookings UNION ALL "
            "SELECT max(date) FROM bookings UNION ALL SELECT min(date) FROM attendance "
            "UNION ALL SELECT max(date) FROM attendance)"
        ).fetchone()
        if row is None or row[0] is None:
            return None
        return str(row[0]), str(row[1])

    def integrity_problems(self) -> list[str]:
        """``PRAGMA integrity_check`` and foreign-key check; an empty list means healthy."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self.conn.execute("PRAGMA foreign_key_check")]
        return problems

    def setting(self, key: str, default: str) -> str:
        value = self.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return default if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def save_copy(self, target: Path | str) -> None:
        """Write a consistent copy with SQLite's backup API (File ▸ Save a Copy…).

        The copy is written beside the target and renamed over it when complete, so a
        failure (a folder that is gone, a full or read-only share, a target that is a
        folder) leaves neither a half-written target nor the temporary file; it raises
        :class:`CopyNotWrittenError` naming the target.
        """
        target = Path(target)
        tmp = target.with_name(target.name + ".saving")
        try:
            tmp.unlink(missing_ok=True)
            dest = sqlite3.connect(tmp)
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
            tmp.replace(target)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise CopyNotWrittenError(target, reason) from exc


def _run_migrations(conn: sqlite3.Connection, from_version: int) -> None:
    """Run every migration from ``from_version`` up, in one transaction."""
    # Imported here, not at the top: sqlite-utils imports pandas when it is installed,
    # which would add most of a second to every start of the app for a rare migration.
    from sqlite_utils import Database

    db = Database(conn, execute_plugins=False)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version, SCHEMA_VERSION):
            MIGRATIONS[version](db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.format{version}-backup{path.suffix}")


def _migrate_with_backup(path: Path, conn: sqlite3.Connection, from_version: int) -> None:
    """Back the file up next to itself, then migrate it in one transaction."""
    backup = backup_path(path, from_version)
    if not backup.exists():
        shutil.copy2(path, backup)
    _run_migrations(conn, from_version)


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
