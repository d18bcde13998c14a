"""``officeplanner export FILE --kind KIND -o OUT.csv``: one table to CSV."""

from __future__ import annotations

import argparse

from officeplanner.cli.common import CommandError, TerminalProgress
from officeplanner.domain import DataKind
from officeplanner.exports import export_csv
from officeplanner.store import OfficeFile


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "export",
        help="export desks, people, bookings, attendance or closures to CSV",
        description="Write one kind of data to a CSV file in the columns the importer "
        "reads (UTF-8, comma-separated). Cells a spreadsheet would run as a formula "
        "are prefixed with an apostrophe.",
    )
    parser.add_argument("file", metavar="FILE", help="an office file (.officeplan)")
    parser.add_argument(
        "--kind",
        required=True,
        choices=[k.value for k in DataKind],
        help="what to export",
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT.csv", help="the CSV file to write"
    )
    parser.add_argument(
        "--pseudonymise",
        action="store_true",
        help="replace people's names by stable pseudonyms (Person 0042) and leave out emails",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with OfficeFile.open(args.file, read_only=True) as doc:
        try:
            rows = export_csv(
                doc,
                DataKind(args.kind),
                args.output,
                pseudonymise=args.pseudonymise,
                progress=TerminalProgress(f"Exporting {args.kind}"),
            )
        except OSError as exc:
            raise CommandError(
                f"{args.output}: cannot write the file ({exc.strerror or exc})"
            ) from exc
    print(f"Wrote {rows:,} {args.kind} rows to {args.output}")
    return 0
