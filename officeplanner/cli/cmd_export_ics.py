"""``officeplanner export-ics`` and ``officeplanner import-ics``: calendars in and out.

    officeplanner export-ics FILE --plan NAME [--team T | --person P]
                             [--timed 09:00-15:00] [--name-person] -o OUT.ics
    officeplanner export-ics FILE --plan NAME --preview
    officeplanner import-ics FILE SOURCE.ics --site NAME [--from DATE] [--to DATE]

Both are thin: the work is in :mod:`officeplanner.calendar`, which the GUI's
export dialog calls too, so the CLI and the GUI write the same files.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from officeplanner.calendar import (
    CalendarError,
    ExportRequest,
    TimeWindow,
    export_ics,
    format_preview,
    import_ics_closures,
    prepare_export,
)
from officeplanner.cli.common import CommandError, parse_day
from officeplanner.store import OfficeFile


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export-ics",
        help="write a plan's anchor days as an iCalendar (.ics) file",
        description="Write one recurring event per team (all-day unless --timed), skipping "
        "public holidays and closures, for Outlook, Google Calendar and Apple Calendar. "
        "Exporting again updates the same events instead of duplicating them.",
    )
    export.add_argument("file", metavar="FILE", help="an office file (.officeplan)")
    export.add_argument("--plan", required=True, metavar="NAME", help="the plan to export")
    who = export.add_mutually_exclusive_group()
    who.add_argument("--team", metavar="T", help="only this team's anchor days")
    who.add_argument("--person", metavar="P", help="the anchor days of this person's team")
    export.add_argument(
        "--timed",
        metavar="HH:MM-HH:MM",
        help="timed events in the site's time zone (e.g. 09:00-15:00) instead of all-day",
    )
    export.add_argument(
        "--name-person",
        action="store_true",
        help="with --person: put the person's name in the calendar (off by default)",
    )
    export.add_argument("-o", "--output", metavar="OUT.ics", help="the .ics file to write")
    export.add_argument(
        "--preview",
        action="store_true",
        help="print the dates each event will produce and the skipped days; write nothing",
    )
    export.set_defaults(func=run_export)

    imp = sub.add_parser(
        "import-ics",
        help="add the all-day events of an .ics file to a site's closures",
        description="Company closures or extra holidays from a calendar file become closures "
        "of the site; recurring events are expanded. Nothing is written if the file is "
        "malformed.",
    )
    imp.add_argument("file", metavar="FILE", help="an office file (.officeplan)")
    imp.add_argument("source", metavar="SOURCE.ics", help="the calendar file to read")
    imp.add_argument("--site", required=True, metavar="NAME", help="the site that is closed")
    imp.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="ignore earlier days")
    imp.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        help="ignore later days (and expand endless recurring events up to here)",
    )
    imp.set_defaults(func=run_import)


def _window(text: str | None) -> TimeWindow | None:
    if text is None:
        return None
    try:
        return TimeWindow.parse(text)
    except ValueError as exc:
        raise CommandError(f"--timed: {exc}") from None


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return parse_day(text)
    except ValueError as exc:
        raise CommandError(f"{option}: {exc}") from None


def run_export(args: argparse.Namespace) -> int:
    timed = _window(args.timed)
    if args.name_person and args.person is None:
        raise CommandError("--name-person needs --person")
    if args.output is None and not args.preview:
        raise CommandError("say where to write the calendar with -o OUT.ics (or use --preview)")
    request = ExportRequest(
        plan=args.plan,
        team=args.team,
        person=args.person,
        timed=timed,
        name_person=args.name_person,
    )
    try:
        if args.preview:
            with OfficeFile.open(args.file, read_only=True) as doc:
                print(format_preview(prepare_export(doc.conn, request)), end="")
            return 0
        with OfficeFile.open(args.file) as doc:
            prepared = export_ics(doc, request, Path(args.output))
    except CalendarError as exc:
        raise CommandError(str(exc)) from None
    count = len(prepared.events)
    updated = len(prepared.changed_teams)
    print(
        f"Wrote {args.output}: {count} event{'s' if count != 1 else ''} "
        f"({updated} new or changed) from plan {prepared.plan.name!r}"
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    start, end = _day("--from", args.start), _day("--to", args.end)
    if start is not None and end is not None and end < start:
        raise CommandError("--to is before --from")
    try:
        with OfficeFile.open(args.file) as doc:
            result = import_ics_closures(doc, args.site, args.source, start=start, end=end)
    except CalendarError as exc:
        raise CommandError(str(exc)) from None
    for note in result.notes:
        print(f"note: {note}")
    print(
        f"Added {len(result.added)} closure day(s) to {result.site!r}; "
        f"{len(result.already_closed)} already closed; {result.outside} outside the range"
    )
    return 0
