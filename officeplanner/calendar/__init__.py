"""Anchor days as iCalendar files, and company closures from iCalendar files.

Export (DESIGN.md, "Calendar export"): one recurring event per team and plan that
Outlook, Google Calendar and Apple Calendar import the same way. Use
:func:`prepare_export` / :func:`preview_export` to show what will be written, then
:func:`export_ics` to record and write it. Import: :func:`import_ics_closures`.
No Qt here: the CLI and the GUI's export dialog share these functions.
"""

from officeplanner.calendar.closures_import import (
    ClosureImportResult,
    IcsClosures,
    import_ics_closures,
    read_closures,
)
from officeplanner.calendar.errors import CalendarError, ExportError, IcsSyntaxError
from officeplanner.calendar.events import AnchorEvent, SkippedDay, TimeWindow
from officeplanner.calendar.preview import EventPreview, format_preview, preview_export
from officeplanner.calendar.timezone_block import vtimezone
from officeplanner.calendar.writer import (
    ExportRequest,
    PreparedExport,
    export_ics,
    prepare_export,
    write_atomically,
)

__all__ = [
    "AnchorEvent",
    "CalendarError",
    "ClosureImportResult",
    "EventPreview",
    "ExportError",
    "ExportRequest",
    "IcsClosures",
    "IcsSyntaxError",
    "PreparedExport",
    "SkippedDay",
    "TimeWindow",
    "export_ics",
    "format_preview",
    "import_ics_closures",
    "prepare_export",
    "preview_export",
    "read_closures",
    "vtimezone",
    "write_atomically",
]
