"""The office file: one SQLite document per organisation (see DESIGN.md).

The document (and with it sqlite3, json and the schema) is imported when first asked
for, so the desktop app can name the store's exceptions before any file is opened
without paying for the rest at start-up.
"""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from officeplanner.store.document import OfficeFile, read_header
    from officeplanner.store.schema import SCHEMA_VERSION
else:

    def __getattr__(name: str) -> Any:
        if name in ("OfficeFile", "read_header"):
            from officeplanner.store.document import OfficeFile, read_header

            return OfficeFile if name == "OfficeFile" else read_header
        if name == "SCHEMA_VERSION":
            from officeplanner.store.schema import SCHEMA_VERSION

            return SCHEMA_VERSION
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "CopyNotWrittenError",
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
