"""``officeplanner import FILE SOURCE``: read a CSV or XLSX file into an office file.

All or nothing by default: every problem is printed (``file:line: column "x":
"value" reason``) and the office file is left byte-identical. FILE is created
when it does not exist yet, and removed again if the import into it fails, so a
failed first import leaves no empty file behind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from officeplanner.cli.common import CommandError, TerminalProgress
from officeplanner.domain import CANONICAL_COLUMNS, DataKind
from officeplanner.imports import ImportFailed, ImportOptions, import_file
from officeplanner.store import OfficeFile


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import",
        help="import desks, people, bookings, attendance or closures from CSV or XLSX",
        description="Import a CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or "
        "XLSX file. Headers may be English or Norwegian (date/dato, desk/pult, "
        "person/navn, team/avdeling, ...). Nothing is written if any row has a problem, "
        "unless --skip-bad-rows is given. FILE is created if it does not exist.",
    )
    parser.add_argument("file", metavar="FILE", help="the office file (.officeplan)")
    parser.add_argument("source", metavar="SOURCE", help="the CSV or XLSX file to import")
    parser.add_argument(
        "--kind",
        choices=[k.value for k in DataKind],
        help="what the file holds (default: guessed from its column headers)",
    )
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows and report the bad ones, instead of importing nothing",
    )
    parser.add_argument(
        "--create-missing",
        action="store_true",
        help="create desks, people, teams and sites the file names but FILE lacks",
    )
    parser.add_argument("--encoding", help="the source's encoding (default: detected)")
    parser.add_argument(
        "--delimiter", help="the CSV delimiter, e.g. ';' or 'tab' (default: detected)"
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=HEADER",
        help="read COLUMN (e.g. person) from the file's column HEADER; repeatable; "
        "when given, only the mapped columns are read",
    )
    parser.set_defaults(func=run)


def _mapping(items: list[str], kind: str | None) -> dict[str, str] | None:
    if not items:
        return None
    mapping: dict[str, str] = {}
    known = {c for cols in CANONICAL_COLUMNS.values() for c in cols}
    for item in items:
        column, sep, header = item.partition("=")
        if not sep or column.strip() not in known:
            raise CommandError(
                f"--map {item!r}: expected COLUMN=HEADER with COLUMN one of "
                f"{', '.join(sorted(known))}"
            )
        mapping[column.strip()] = header
    if kind is None:
        raise CommandError("--map needs --kind (which columns it maps depends on the kind)")
    return mapping


def _delimiter(text: str | None) -> str | None:
    if text is None:
        return None
    named = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}
    value = named.get(text.lower(), text)
    if len(value) != 1:
        raise CommandError(f"--delimiter {text!r}: give one character, or tab")
    return value


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    source = Path(args.source)
    options = ImportOptions(
        skip_bad_rows=args.skip_bad_rows,
        create_missing=args.create_missing,
        mapping=_mapping(args.map, args.kind),
        encoding=args.encoding,
        delimiter=_delimiter(args.delimiter),
    )
    if source.is_dir():
        raise CommandError(f"{source}: is a folder, not a CSV or Excel file")
    if not source.is_file():
        raise CommandError(f"{source}: no such file")
    created = not path.exists()
    doc = OfficeFile.create(path) if created else OfficeFile.open(path)
    ok = False
    try:
        result = import_file(
            doc,
            source,
            DataKind(args.kind) if args.kind else None,
            options=options,
            progress=TerminalProgress(f"Importing {source.name}"),
        )
        ok = True
    except ImportFailed as failed:
        for line in failed.lines():
            print(line, file=sys.stderr)
        print(
            f"officeplanner: {source}: nothing was imported "
            f"({failed.total:,} problem{'s' if failed.total != 1 else ''}); "
            f"{path} is unchanged",
            file=sys.stderr,
        )
        return 1
    finally:
        doc.close()
        if created and not ok:
            _remove_new_file(path)
    for problem in result.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    if result.problem_count > len(result.problems):
        print(
            f"skipped: ... and {result.problem_count - len(result.problems):,} more",
            file=sys.stderr,
        )
    print(result.summary() + (f" Created {path}." if created else ""))
    return 0


def _remove_new_file(path: Path) -> None:
    """Remove the office file this command created, whose first import failed."""
    for leftover in (path, path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)
