"""Errors of the calendar export and import, each with a message a user can act on.

All derive from ValueError (bad input, not a bug) and from :class:`CalendarError`,
which the CLI turns into exit code 1 and the GUI into a message box.
"""

from __future__ import annotations

from pathlib import Path


class CalendarError(ValueError):
    """The export or import cannot be done as asked; the message says why."""


class ExportError(CalendarError):
    """An export cannot be made: unknown plan, team or person, a team without a site…"""


class IcsSyntaxError(CalendarError):
    """An .ics file to import is malformed; ``line`` is 1-based (0 when not known)."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = Path(path)
        self.line = line
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {message}")
