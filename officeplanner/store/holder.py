"""The record of who has an office file open for writing.

It lives in a small JSON file beside the office file (``NAME.officeplan.lock``)
rather than inside it, so that opening, failing and closing leave the office
file byte-identical, and so that it works on shared drives where SQLite's own
locks say nothing about *who* holds the file.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from officeplanner.store.errors import FileBusyError, Holder

#: How many open writable documents of this process use each lock record; a record is
#: removed when the last of them closes (the GUI's worker threads open their own).
_open_counts: dict[Path, int] = {}


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def current_holder() -> Holder:
    try:
        user = getpass.getuser()
    except Exception:  # getuser raises on some service accounts without a name
        user = "unknown user"
    return Holder(
        user=user,
        host=socket.gethostname(),
        pid=os.getpid(),
        since=datetime.now(UTC).replace(microsecond=0).isoformat(),
    )


def read_holder(path: Path) -> Holder | None:
    """The recorded holder of ``path``, or None when nobody (alive) holds it."""
    try:
        text = lock_path(path).read_text(encoding="utf-8")
    except OSError:
        return None
    return _live_holder(text)


def _live_holder(text: str) -> Holder | None:
    """The holder a lock record's text names, or None when it names nobody alive (or is
    not a record at all)."""
    try:
        data = json.loads(text)
        holder = Holder(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
        )
    except (ValueError, KeyError, TypeError):
        return None
    if holder.host == socket.gethostname() and not _process_alive(holder.pid):
        return None  # left behind by a crash on this machine
    return holder


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            kernel32.CloseHandle(handle)
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_me(holder: Holder) -> bool:
    return holder.pid == os.getpid() and holder.host == socket.gethostname()


def _write_new(lock: Path, payload: str) -> bool:
    """Create ``lock`` holding ``payload`` only if it does not exist: True when created.

    The record is written to a file of this process's own and hard-linked into place,
    so no other process ever sees it half-written and two cannot both create it
    (``link`` fails when the name exists). Where hard links are not supported (some
    network shares), an exclusive create is the fallback.
    """
    tmp = lock.with_name(f"{lock.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(payload, encoding="utf-8")
    try:
        os.link(tmp, lock)
        return True
    except FileExistsError:
        return False
    except OSError:
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        return True
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _remove_if(lock: Path, expected: str) -> None:
    """Remove ``lock`` if it still holds ``expected`` (a stale or taken-over record).

    Renamed aside first (atomic), so that a record another process wrote meanwhile is
    never deleted: if the one moved aside is not the expected one, it is put back.
    """
    aside = lock.with_name(f"{lock.name}.{os.getpid()}.{threading.get_ident()}.old")
    try:
        lock.replace(aside)
    except FileNotFoundError:
        return  # gone already
    try:
        found = aside.read_text(encoding="utf-8")
    except OSError:
        found = ""
    if found != expected:
        with contextlib.suppress(OSError):
            os.link(aside, lock)  # somebody's live record: put it back
    with contextlib.suppress(OSError):
        aside.unlink()


def claim(path: Path, *, take_over: bool = False) -> Holder | None:
    """Record this process as the writer of ``path``.

    Returns the *other* live holder when there is one (and ``take_over`` is
    false); the caller then opens read-only or asks the user. Two processes claiming
    at the same moment never both succeed: the record is created atomically, and a
    stale one (its process gone) is removed only if it is still the one that was read.
    """
    lock = lock_path(path)
    key = path.resolve()
    me = current_holder()
    payload = json.dumps(me._asdict(), indent=1)
    for attempt in range(20):
        try:
            text = lock.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = None
        except OSError:
            text = ""
        if text is None:
            if _write_new(lock, payload):
                break
            continue  # somebody created it just now: read theirs
        holder = _live_holder(text)  # the record just read, not a second read of the file
        if holder is not None and _is_me(holder):
            break  # this process already holds it (a worker's own connection)
        if holder is not None and not take_over:
            return holder
        if holder is None and not _record_complete(text) and attempt < 10:
            time.sleep(0.05)  # being written by another process right now
            continue
        _remove_if(lock, text)  # stale, unreadable or taken over; then try again
    else:
        holder = read_holder(path)
        if holder is not None and not _is_me(holder):
            return holder
        raise FileBusyError(path, "other programs keep changing who holds the file; try again")
    _open_counts[key] = _open_counts.get(key, 0) + 1
    return None


def _record_complete(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def release(path: Path) -> None:
    """Remove our lock record when our last user closes, leaving anybody else's alone."""
    key = path.resolve()
    remaining = _open_counts.get(key, 1) - 1
    if remaining > 0:
        _open_counts[key] = remaining
        return
    _open_counts.pop(key, None)
    holder = read_holder(path)
    if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
        with contextlib.suppress(OSError):
            lock_path(path).unlink()
