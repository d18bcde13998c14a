"""Import desks, people, bookings, attendance and closures from CSV and XLSX (no Qt).

The GUI's import wizard and the ``officeplanner import`` command both use
:func:`sniff` (what does this file hold?) and :func:`import_file` (write it, all
or nothing). Modules: ``sources`` (encodings, delimiters, streamed rows),
``columns`` (header aliases and mapping), ``values`` (dates, times, statuses,
yes/no), ``lookups`` (names to ids), ``kinds`` (per-kind conversion and SQL),
``problems`` (the error model) and ``importer`` (the transaction).
"""

from officeplanner.imports.columns import ALIASES, REQUIRED, guess_kind, guess_mapping
from officeplanner.imports.importer import (
    ImportOptions,
    ImportResult,
    SourcePreview,
    import_file,
    sniff,
)
from officeplanner.imports.problems import ImportCancelled, ImportFailed, Problem
from officeplanner.imports.values import STATUS_SYNONYMS

__all__ = [
    "ALIASES",
    "REQUIRED",
    "STATUS_SYNONYMS",
    "ImportCancelled",
    "ImportFailed",
    "ImportOptions",
    "ImportResult",
    "Problem",
    "SourcePreview",
    "guess_kind",
    "guess_mapping",
    "import_file",
    "sniff",
]
