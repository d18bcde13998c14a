"""The office file as DESIGN.md's "The document" describes it, on real SQLite files."""

from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from officeplanner.store import (
    SCHEMA_VERSION,
    DamagedFileError,
    FileBusyError,
    FileInUseError,
    NewerVersionError,
    NotAnOfficeFileError,
    OfficeFile,
    OfficeFileError,
    ReadOnlyFileError,
    read_header,
)
from officeplanner.store import document as document_module
from officeplanner.store.entities import ensure_desk, ensure_person
from officeplanner.store.holder import lock_path, read_holder
from officeplanner.store.schema import APPLICATION_ID


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_marked_as_ours_and_versioned(office: OfficeFile) -> None:
    assert office.scalar("PRAGMA application_id") == APPLICATION_ID
    assert office.schema_version == SCHEMA_VERSION
    assert office.scalar("PRAGMA journal_mode") == "delete"
    assert office.scalar("PRAGMA foreign_keys") == 1
    header = read_header(office.path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == SCHEMA_VERSION
    assert office.integrity_problems() == []


def test_create_refuses_to_overwrite(office: OfficeFile) -> None:
    with pytest.raises(OfficeFileError, match="already exists"):
        OfficeFile.create(office.path)


def test_data_survives_close_and_reopen(office: OfficeFile) -> None:
    with office.write() as conn:
        ensure_desk(conn, "Oslo", "3", "A", "OSL-3A-01")
        ensure_person(conn, "Kari Nordmann", "Finance")
    office.close()
    with OfficeFile.open(office.path) as again:
        assert again.counts()["desks"] == 1
        assert again.counts()["people"] == 1


def test_failed_write_rolls_back(office: OfficeFile) -> None:
    with pytest.raises(RuntimeError), office.write() as conn:
        ensure_person(conn, "Ola", "Sales")
        raise RuntimeError("boom")
    assert office.counts()["people"] == 0


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", NotAnOfficeFileError, "empty"),
        (b"date,desk\n2026-03-04,A1\n", NotAnOfficeFileError, "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 10, DamagedFileError, "inside its header"),
    ],
)
def test_files_that_are_not_ours_are_refused_untouched(
    tmp_path: Path, content: bytes, error: type[Exception], message: str
) -> None:
    path = tmp_path / "x.officeplan"
    path.write_bytes(content)
    before = sha256(path)
    with pytest.raises(error, match=message):
        OfficeFile.open(path)
    assert sha256(path) == before
    assert not lock_path(path).exists()


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    Database(path)["things"].insert({"a": 1})
    before = sha256(path)
    with pytest.raises(NotAnOfficeFileError, match="another program"):
        OfficeFile.open(path)
    assert sha256(path) == before


def test_truncated_file_is_refused_untouched(office: OfficeFile) -> None:
    with office.write() as conn:
        for i in range(300):
            ensure_person(conn, f"Person {i:04d} with a fairly long name to fill pages", "Team")
    office.close()
    data = office.path.read_bytes()
    office.path.write_bytes(data[: len(data) // 2])
    before = sha256(office.path)
    with pytest.raises(DamagedFileError, match="truncated"):
        OfficeFile.open(office.path)
    assert sha256(office.path) == before


def test_newer_schema_version_is_refused_untouched(office: OfficeFile) -> None:
    office.close()
    conn = sqlite3.connect(office.path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = sha256(office.path)
    with pytest.raises(NewerVersionError, match="newer Office Planner"):
        OfficeFile.open(office.path)
    assert sha256(office.path) == before


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root ignores file permissions"
)
def test_read_only_file_opens_read_only_only(office: OfficeFile) -> None:
    office.close()
    office.path.chmod(0o444)
    try:
        with pytest.raises(ReadOnlyFileError, match="read-only"):
            OfficeFile.open(office.path)
        with OfficeFile.open(office.path, read_only=True) as doc:
            assert doc.counts()["desks"] == 0
    finally:
        office.path.chmod(0o644)


def test_unwritable_file_is_offered_read_only(
    office: OfficeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the read-only test above, for root (CI), who may write any file: deny it here."""
    office.close()
    real_access = os.access
    target = office.path

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)) == target:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    with pytest.raises(ReadOnlyFileError, match="can be opened read-only"):
        OfficeFile.open(office.path)
    with OfficeFile.open(office.path, read_only=True) as doc:
        assert doc.read_only


def test_read_only_document_refuses_writes(office: OfficeFile) -> None:
    office.close()
    before = sha256(office.path)
    with OfficeFile.open(office.path, read_only=True) as doc:
        with pytest.raises(ReadOnlyFileError), doc.write():
            pass
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            doc.conn.execute("INSERT INTO teams(name) VALUES ('x')")
    assert sha256(office.path) == before


def _pretend_held_elsewhere(path: Path) -> None:
    lock_path(path).write_text(
        '{"user": "kari", "host": "another-pc", "pid": 4242, "since": "2026-11-20T08:00:00+00:00"}',
        encoding="utf-8",
    )


def test_second_writer_is_told_who_holds_the_file(office: OfficeFile) -> None:
    office.close()
    _pretend_held_elsewhere(office.path)
    with pytest.raises(FileInUseError) as info:
        OfficeFile.open(office.path)
    assert info.value.holder.user == "kari"
    assert "kari on another-pc (since 2026-11-20T08:00:00+00:00)" in str(info.value)
    with OfficeFile.open(office.path, read_only=True) as doc:
        assert doc.other_holder is not None and doc.other_holder.host == "another-pc"
    with OfficeFile.open(office.path, take_over=True) as doc:
        holder = read_holder(doc.path)
        assert holder is not None and holder.pid == os.getpid()
    assert not lock_path(office.path).exists()


def test_stale_lock_of_a_dead_process_on_this_host_is_ignored(office: OfficeFile) -> None:
    office.close()
    lock_path(office.path).write_text(
        f'{{"user": "me", "host": "{socket.gethostname()}", "pid": 999999999, '
        '"since": "2026-01-01T00:00:00+00:00"}',
        encoding="utf-8",
    )
    with OfficeFile.open(office.path) as doc:
        assert doc.other_holder is None


def test_lock_record_lives_while_open_and_goes_on_close(office: OfficeFile) -> None:
    holder = read_holder(office.path)
    assert holder is not None and holder.pid == os.getpid()
    office.close()
    assert not lock_path(office.path).exists()


def test_writer_busy_elsewhere_gets_a_clear_error(
    office: OfficeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    office.close()
    monkeypatch.setattr(document_module, "BUSY_TIMEOUT_S", 0.1)
    other = sqlite3.connect(office.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with (
            OfficeFile.open(office.path) as doc,
            pytest.raises(FileBusyError, match="being written"),
            doc.write(),
        ):
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_migration_backs_up_then_upgrades_in_one_transaction(
    office: OfficeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    with office.write() as conn:
        ensure_person(conn, "Kari", "Finance")
    office.close()
    old = office.path.read_bytes()

    def add_nickname(db: Database) -> None:
        db.execute("ALTER TABLE people ADD COLUMN nickname TEXT")

    monkeypatch.setattr(
        document_module, "MIGRATIONS", {**document_module.MIGRATIONS, SCHEMA_VERSION: add_nickname}
    )
    monkeypatch.setattr(document_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with OfficeFile.open(office.path) as doc:
        assert doc.schema_version == SCHEMA_VERSION + 1
        assert "nickname" in {c[1] for c in doc.conn.execute("PRAGMA table_info(people)")}
        assert doc.scalar("SELECT name FROM people") == "Kari"
    backup = document_module.backup_path(office.path, SCHEMA_VERSION)
    assert backup.read_bytes() == old


def test_failing_migration_leaves_the_old_version(
    office: OfficeFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    office.close()

    def broken(db: Database) -> None:
        db.execute("ALTER TABLE people ADD COLUMN nickname TEXT")
        db.execute("THIS IS NOT SQL")

    monkeypatch.setattr(
        document_module, "MIGRATIONS", {**document_module.MIGRATIONS, SCHEMA_VERSION: broken}
    )
    monkeypatch.setattr(document_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(OfficeFileError, match=r"could not upgrade .* the file is unchanged"):
        OfficeFile.open(office.path)
    monkeypatch.undo()
    with OfficeFile.open(office.path) as doc:
        assert doc.schema_version == SCHEMA_VERSION
        assert "nickname" not in {c[1] for c in doc.conn.execute("PRAGMA table_info(people)")}
        assert doc.integrity_problems() == []


def test_save_a_copy_is_a_complete_office_file(office: OfficeFile, tmp_path: Path) -> None:
    with office.write() as conn:
        ensure_desk(conn, "Bergen", "1", "North", "BGO-1N-07")
    target = tmp_path / "copy.officeplan"
    office.save_copy(target)
    office.close()
    with OfficeFile.open(target, read_only=True) as copy:
        assert copy.counts()["desks"] == 1
        assert copy.scalar("PRAGMA application_id") == APPLICATION_ID


def test_settings_round_trip(office: OfficeFile) -> None:
    assert office.setting("privacy_min_group", "5") == "5"
    office.set_setting("privacy_min_group", "7")
    assert office.setting("privacy_min_group", "5") == "7"


def test_open_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(OfficeFileError, match="no such file"):
        OfficeFile.open(tmp_path / "nope.officeplan")


def test_the_stores_exceptions_come_without_sqlite() -> None:
    """The desktop app names them at start-up, before any file is opened."""
    import json
    import subprocess
    import sys

    probe = (
        "import json, sys; from officeplanner.store import FileInUseError, OfficeFileError; "
        "print(json.dumps(['sqlite3' in sys.modules, 'officeplanner.store.document' in "
        "sys.modules])); from officeplanner.store import OfficeFile, SCHEMA_VERSION; "
        "print(json.dumps([OfficeFile.__module__, SCHEMA_VERSION]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert json.loads(out[0]) == [False, False]
    assert json.loads(out[1])[0] == "officeplanner.store.document"


@pytest.mark.parametrize("where", ["missing-folder", "target-is-a-folder"])
def test_a_copy_that_cannot_be_written_says_where_and_leaves_nothing(
    office: OfficeFile, tmp_path: Path, where: str
) -> None:
    from officeplanner.store import CopyNotWrittenError

    if where == "missing-folder":
        target = tmp_path / "gone" / "copy.officeplan"
    else:
        target = tmp_path / "copy.officeplan"
        target.mkdir()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(CopyNotWrittenError) as failed:
        office.save_copy(target)
    assert str(target) in str(failed.value)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # no ".saving" left


def test_a_write_inside_a_write_is_part_of_it(office: OfficeFile) -> None:
    """Nested writes are savepoints: an inner failure goes back alone; nothing reaches
    the file unless the outer write commits."""
    with office.write() as conn:
        ensure_desk(conn, "Oslo", "1", "A", "D1")
        with pytest.raises(RuntimeError), office.write() as inner:
            ensure_desk(inner, "Oslo", "1", "A", "D2")
            raise RuntimeError("refused")
        with office.write() as inner:
            ensure_desk(inner, "Oslo", "1", "A", "D3")
    names = [r[0] for r in office.conn.execute("SELECT name FROM desks ORDER BY name")]
    assert names == ["D1", "D3"]
    with pytest.raises(RuntimeError), office.write() as conn:
        with office.write() as inner:
            ensure_desk(inner, "Oslo", "1", "A", "D4")
        raise RuntimeError("the outer one fails")
    assert office.counts()["desks"] == 2
    assert not office.conn.in_transaction


@pytest.mark.parametrize(
    ("where", "words"),
    [("missing", "does not exist"), ("under-a-file", "is a file, not a folder")],
)
def test_creating_where_no_folder_is_says_so(tmp_path: Path, where: str, words: str) -> None:
    parent = tmp_path / "nowhere"
    if where == "under-a-file":
        parent.write_text("not a folder")
    with pytest.raises(OfficeFileError, match=words):
        OfficeFile.create(parent / "new.officeplan")


def test_a_database_locked_by_another_program_is_busy_not_damaged(tmp_path: Path) -> None:
    import sqlite3

    from officeplanner.store import FileBusyError

    path = tmp_path / "locked.officeplan"
    OfficeFile.create(path).close()
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(FileBusyError):
            OfficeFile.open(path, read_only=True)
    finally:
        other.rollback()
        other.close()


def test_an_interrupted_change_says_so_read_only_and_recovers_for_editing(
    tmp_path: Path,
) -> None:
    """A writer killed mid-change leaves a rollback journal that only a writable open can
    replay; read-only, SQLite said "attempt to write a readonly database" and the file
    was called damaged."""
    import os
    import signal
    import subprocess
    import sys

    path = tmp_path / "office.officeplan"
    OfficeFile.create(path).close()
    writer = r"""
import sys, time
from officeplanner.store import OfficeFile
doc = OfficeFile.open(sys.argv[1])
doc.conn.execute("PRAGMA cache_size = 1")
doc.conn.execute("BEGIN IMMEDIATE")
for i in range(5000):
    doc.conn.execute("INSERT INTO teams(name) VALUES (?)", (f"T{i}" * 20,))
print("ready", flush=True)
time.sleep(60)
"""
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-c", writer, str(path)], stdout=subprocess.PIPE, text=True, cwd=root
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert path.with_name(path.name + "-journal").exists()
    with pytest.raises(OfficeFileError, match="the last change to this file was interrupted"):
        OfficeFile.open(path, read_only=True)
    with OfficeFile.open(path) as doc:  # the stale lock is ignored; the journal replayed
        assert doc.counts()["teams"] == 0 and doc.integrity_problems() == []
    with OfficeFile.open(path, read_only=True) as doc:
        assert doc.counts()["teams"] == 0
