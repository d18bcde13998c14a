"""Errors raised when an office file cannot be opened or written.

Each carries a message a facility manager can act on; the CLI prints it as is
and the GUI shows it in a dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class OfficeFileError(Exception):
    """Base class: the file was left untouched."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(f"{self.path}: {message}")


class NotAnOfficeFileError(OfficeFileError):
    """The file is not SQLite, or is SQLite written by another program."""


class DamagedFileError(OfficeFileError):
    """The file is an SQLite file but is truncated or corrupt."""


class NewerVersionError(OfficeFileError):
    """The file was written by a newer Office Planner with a schema we do not know."""


class ReadOnlyFileError(OfficeFileError):
    """Writing was asked for but the file or its folder cannot be written."""


class CopyNotWrittenError(OfficeFileError):
    """Save a Copy could not write the copy; the open file is untouched, and nothing of
    the unfinished copy is left behind."""


class FileBusyError(OfficeFileError):
    """Another process holds a write transaction longer than the busy timeout."""


class Holder(NamedTuple):
    """Who has a file open for writing, as recorded in the lock record beside it."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC

    def describe(self) -> str:
        return f"{self.user} on {self.host} (since {self.since})"


class FileInUseError(OfficeFileError):
    """Another Office Planner has the file open for writing; read-only is still possible."""

    def __init__(self, path: Path | str, holder: Holder) -> None:
        self.holder = holder
        super().__init__(
            path,
            f"the file is open for writing by {holder.describe()}; it can be opened read-only",
        )
