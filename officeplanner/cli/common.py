"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import IO, Final

#: The dates a command accepts: a window that any office's history and plans fit in,
#: and inside which every date sum the commands make stays a valid date.
FIRST_DAY: Final = date(1900, 1, 1)
LAST_DAY: Final = date(2999, 12, 31)


class CommandError(Exception):
    """Bad input found by a command; printed as is, exit code 1."""


def parse_day(text: str) -> date:
    """A YYYY-MM-DD date between :data:`FIRST_DAY` and :data:`LAST_DAY`; ValueError with
    the reason otherwise (callers put the option's name in front)."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date like 2026-12-24") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"{text} is outside {FIRST_DAY.year}–{LAST_DAY.year}")
    return day


def day_argument(text: str) -> date:
    """``parse_day`` as an argparse ``type=``, so a bad date is a usage error."""
    try:
        return parse_day(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class TerminalProgress:
    """A one-line progress bar on a terminal, silent when stderr is not a TTY."""

    def __init__(self, label: str, stream: IO[str] | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty()
        self._last = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        percent = min(100, done * 100 // total)
        if percent == self._last:
            return
        self._last = percent
        filled = percent * 30 // 100
        bar = "#" * filled + "-" * (30 - filled)
        self.stream.write(f"\r{self.label} [{bar}] {percent:3d}%")
        if percent >= 100:
            self.stream.write("\n")
        self.stream.flush()


def add_file_argument(parser: argparse.ArgumentParser, *, help_text: str) -> None:
    parser.add_argument("file", metavar="FILE", help=help_text)
