"""Creating an office file whole or not at all.

The demo generator and the guided setup both fill a new file with many edits. Built in
place, an interrupted run (Ctrl+C, a full disk, a killed process, a failing plan) would
leave a half-filled office file that a user might later open and take for a real one.
So the file is built under a temporary name beside the target and published only when
complete, never replacing a file that appeared at the target meanwhile.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from officeplanner.store.document import OfficeFile
from officeplanner.store.errors import OfficeFileError
from officeplanner.store.holder import lock_path

T = TypeVar("T")


def _partial_path(path: Path, tag: str) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.{tag}")


def _remove_partial(tmp: Path) -> None:
    for leftover in (
        tmp,
        tmp.with_name(tmp.name + "-journal"),
        tmp.with_name(tmp.name + ".creating"),
        lock_path(tmp),
    ):
        leftover.unlink(missing_ok=True)


def _publish(tmp: Path, path: Path, exists_reason: str) -> None:
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise OfficeFileError(path, exists_reason) from None
    except OSError:  # no hard links here (FAT, some network shares): check, then rename
        if path.exists():
            raise OfficeFileError(path, exists_reason) from None
        tmp.replace(path)
    else:
        tmp.unlink()


def create_whole(
    path: Path,
    fill: Callable[[OfficeFile], T],
    *,
    tag: str = "partial",
    exists_reason: str = "already exists; choose another name",
    fast_fill: bool = False,
) -> T:
    """Create ``path`` as a new office file filled by ``fill``; return what it returns.

    Raises OfficeFileError when ``path`` exists or its folder is missing or unwritable,
    and whatever ``fill`` raises; in every failing case nothing is left at ``path`` or
    beside it. ``fast_fill`` turns off SQLite's per-transaction sync while filling (the
    temporary file is thrown away on failure) and syncs the whole file once before it is
    published — for fills made of many small edits.
    """
    if path.exists():
        raise OfficeFileError(path, exists_reason)
    if not path.parent.is_dir():
        raise OfficeFileError(path, f"the folder {path.parent} does not exist")
    tmp = _partial_path(path, tag)
    _remove_partial(tmp)
    try:
        with OfficeFile.create(tmp) as doc:
            if fast_fill:
                doc.conn.execute("PRAGMA synchronous = OFF")
            result = fill(doc)
        if fast_fill:
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
        _publish(tmp, path, exists_reason)
    except BaseException:
        with contextlib.suppress(OSError):
            _remove_partial(tmp)
        raise
    return result
