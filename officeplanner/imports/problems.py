"""What can be wrong with an import, in a form a facility manager can act on.

Every problem names the source file, the line (the spreadsheet row for XLSX),
the column as it is spelled in the file, the offending value and the reason, so
that the CLI can print ``bookings.csv:17: column "dato": "31.02.2026" is not a
date (day out of range)`` and the GUI can list the same four fields in a table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from officeplanner.store.errors import OfficeFileError

#: At most this many problems are kept (the total is still counted): a mangled
#: 200 MB file may have millions of bad rows, and the importer's memory must not
#: grow with the size of the file.
MAX_KEPT_PROBLEMS: Final = 100_000


@dataclass(frozen=True)
class Problem:
    """One bad row, cell or file. ``line`` is None for problems with the file as a whole."""

    file: str
    line: int | None
    column: str = ""
    value: str = ""
    reason: str = ""

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.column:
            return f'{where}: column "{self.column}": "{self.value}" {self.reason}'
        return f"{where}: {self.reason}"


class ProblemLog:
    """Problems found so far: the first :data:`MAX_KEPT_PROBLEMS` kept, all counted."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.kept: list[Problem] = []
        self.total = 0
        #: Lines with at least one problem, bounded like ``kept``; the count is exact.
        self.bad_lines = 0
        self._last_line: int | None = None

    def add(self, line: int | None, column: str, value: str, reason: str) -> None:
        self.total += 1
        if line is not None and line != self._last_line:
            self.bad_lines += 1
            self._last_line = line
        if len(self.kept) < MAX_KEPT_PROBLEMS:
            self.kept.append(Problem(self.file, line, column, value, reason))

    def sorted(self) -> list[Problem]:
        return sorted(self.kept, key=lambda p: (p.line or 0, p.column))

    def __bool__(self) -> bool:
        return self.total > 0


class ImportFailed(OfficeFileError):  # noqa: N818 - "failed" reads better than "error" here
    """Nothing was imported; ``problems`` says why (every problem, up to the kept maximum).

    A subclass of OfficeFileError so that every caller that already reports a
    file that cannot be opened reports this the same way. ``path`` is the
    *source* file.
    """

    def __init__(self, source: Path | str, problems: Iterable[Problem], total: int = 0) -> None:
        self.problems = list(problems)
        self.total = max(total, len(self.problems))
        n = self.total
        first = f"; first: {self.problems[0]}" if self.problems else ""
        plural = "problem" if n == 1 else "problems"
        super().__init__(Path(source), f"nothing was imported: {n:,} {plural}{first}")

    def lines(self) -> list[str]:
        """Every kept problem as a line of text, and a note when some were not kept."""
        out = [str(p) for p in self.problems]
        if self.total > len(self.problems):
            out.append(f"... and {self.total - len(self.problems):,} more problems")
        return out


class ImportCancelled(Exception):  # noqa: N818 - the GUI and CLI know it by this name
    """The user cancelled; the transaction was rolled back and nothing was written."""

    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was imported")


def file_problem(source: Path | str, reason: str, line: int | None = None) -> ImportFailed:
    """An ImportFailed for a problem with the file as a whole (empty, unreadable, ...)."""
    name = Path(source).name
    return ImportFailed(source, [Problem(name, line, "", "", reason)])
