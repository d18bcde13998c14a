"""Entry point of the ``officeplanner`` console script.

Exit codes: 0 success, 1 bad input (the message on stderr names the file and,
where there is one, the line), 2 usage errors (argparse's own convention), 141
when whatever reads the output stopped reading (``officeplanner plan … | head``),
as a shell reports a program stopped by SIGPIPE.
Each sub-command lives in a module ``officeplanner.cli.cmd_*`` exposing
``register(subparsers)``, which sets ``func`` on its parser.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from officeplanner import __version__
from officeplanner.cli import (
    cmd_demo,
    cmd_export,
    cmd_export_ics,
    cmd_gui,
    cmd_import,
    cmd_info,
    cmd_plan,
    cmd_stats,
)
from officeplanner.cli.common import CommandError
from officeplanner.store.errors import OfficeFileError

COMMANDS = (
    cmd_info,
    cmd_gui,
    cmd_plan,
    cmd_export_ics,
    cmd_demo,
    cmd_import,
    cmd_export,
    cmd_stats,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="officeplanner",
        description="Plan hybrid work offline from one office file (.officeplan).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # ``officeplanner`` alone starts the desktop app
        args.func = cmd_gui.run
        args.file = None
    try:
        return int(args.func(args))
    except (OfficeFileError, CommandError) as exc:
        print(f"officeplanner: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("officeplanner: interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader is gone (``| head``): not an error of ours to report with a
        # traceback. Standard output points at the null device from here on, so the
        # interpreter's own flush at exit does not fail on the closed pipe again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
