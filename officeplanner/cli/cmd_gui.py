"""``officeplanner gui [FILE]`` (and ``officeplanner`` alone): start the desktop app."""

from __future__ import annotations

import argparse
import importlib

from officeplanner.cli.common import CommandError

#: Distributions whose absence means "the GUI is not installed", not a bug.
_QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "gui",
        help="open the desktop app (on FILE; without it the last file, or the demo office)",
    )
    parser.add_argument("file", metavar="FILE", nargs="?", help="an office file to open")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return launch(args.file)


def launch(file: str | None) -> int:
    # The GUI is imported by name, here, and never at the top of a CLI module: the CLI
    # core must not import Qt (the import-linter contract in pyproject.toml), the
    # headless install has no PySide6 at all, and every other command should start
    # without paying for loading Qt.
    try:
        app = importlib.import_module("officeplanner.gui.app")
    except ImportError as exc:
        if (exc.name or "").split(".")[0] in _QT_MODULES:
            raise CommandError(
                "the desktop app needs PySide6, which is not installed here; install it "
                "with: pip install 'PySide6>=6.7' 'pyqtgraph>=0.13.7' "
                "(every other command works without it)"
            ) from None
        raise
    return int(app.main([file] if file else []))
