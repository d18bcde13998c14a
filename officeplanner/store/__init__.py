"""The office file: one SQLite document per organisation (see DESIGN.md)."""

from officeplanner.store.document import OfficeFile, read_header
from officeplanner.store.errors import (
    DamagedFileError,
    FileBusyError,
    FileInUseError,
    Holder,
    NewerVersionError,
    NotAnOfficeFileError,
    OfficeFileError,
    ReadOnlyFileError,
)
from officeplanner.store.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "DamagedFileError",
    "FileBusyError",
    "FileInUseError",
    "Holder",
    "NewerVersionError",
    "NotAnOfficeFileError",
    "OfficeFile",
    "OfficeFileError",
    "ReadOnlyFileError",
    "read_header",
]
