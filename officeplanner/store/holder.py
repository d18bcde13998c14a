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
from datetime import UTC, datetime
from pathlib import Path

from officeplanner.store.errors import Holder

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
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        holder = Holder(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
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


def claim(path: Path, *, take_over: bool = False) -> Holder | None:
    """Record this process as the writer of ``path``.

    Returns the *other* live holder when there is one (and ``take_over`` is
    false); the caller then opens read-only or asks the user.
    """
    me = current_holder()
    other = read_holder(path)
    if other is not None and other.pid != me.pid and not take_over:
        return other
    key = path.resolve()
    _open_counts[key] = _open_counts.get(key, 0) + 1
    if other is not None and other.host == me.host and other.pid == me.pid:
        return None  # this process already holds it (a worker's own connection)
    payload = json.dumps(me._asdict(), indent=1)
    tmp = lock_path(path).with_suffix(".lock.tmp")
    tmp.write_text(payload, encoding="utf-8")
    tmp.replace(lock_path(path))
    return None


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
