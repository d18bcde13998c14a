"""Helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import sys
from typing import IO


class CommandError(Exception):
    """Bad input found by a command; printed as is, exit code 1."""


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
