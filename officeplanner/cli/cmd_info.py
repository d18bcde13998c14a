"""``officeplanner info FILE``: what is in a file and who holds it."""

from __future__ import annotations

import argparse

from officeplanner.store import OfficeFile
from officeplanner.store.holder import read_holder


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("info", help="schema version, counts, date range, who holds the file")
    parser.add_argument("file", metavar="FILE", help="an office file (.officeplan)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="also run SQLite's integrity check (slow on large files)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with OfficeFile.open(args.file, read_only=True) as doc:
        print(f"File:            {doc.path}")
        print(f"Format version:  {doc.schema_version}")
        span = doc.date_range()
        print(f"Data from/to:    {span[0]} to {span[1]}" if span else "Data from/to:    (no data)")
        for table, n in doc.counts().items():
            print(f"{table.capitalize() + ':':<17}{n:,}")
        holder = read_holder(doc.path)
        print(f"Held by:         {holder.describe() if holder else 'nobody'}")
        if args.check:
            problems = doc.integrity_problems()
            print("Integrity:       " + ("ok" if not problems else "; ".join(problems)))
            return 1 if problems else 0
    return 0
