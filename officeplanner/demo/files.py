"""Creating a demo office file atomically, and the one the app opens on first run.

A demo file is built under a temporary name beside the target and renamed into
place only when complete, so an interrupted ``officeplanner demo`` (Ctrl+C, a
full disk, a killed process) never leaves a half-filled office file behind that
a user might mistake for a real one.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Final

import platformdirs

from officeplanner.demo.generator import DemoSummary, Progress, generate_demo
from officeplanner.domain import OFFICE_FILE_SUFFIX
from officeplanner.store import OfficeFileError
from officeplanner.store.atomic_create import create_whole

APP_NAME = "Office Planner"
DEMO_FILE_NAME = "Demo office" + OFFICE_FILE_SUFFIX


#: Weeks of the first-run demo office after the current one (booked, not yet used).
UPCOMING_WEEKS: Final = 1


def upcoming_friday(today: date, weeks_ahead: int) -> date:
    """The Friday of the week ``weeks_ahead`` weeks after the week of ``today``."""
    return today + timedelta(days=4 - today.weekday(), weeks=weeks_ahead)


def default_demo_path() -> Path:
    """Where the app keeps its demo office: the user's data folder for Office Planner."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEMO_FILE_NAME


def create_demo_file(
    path: Path | str,
    *,
    people: int = 300,
    weeks: int = 104,
    seed: int = 1,
    end: date | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Create a new office file at ``path`` holding a demo office; never overwrites.

    Raises OfficeFileError when ``path`` exists or its folder cannot be written,
    ValueError for sizes out of range (before anything is created).
    """
    return create_whole(
        Path(path),
        lambda doc: generate_demo(
            doc,
            people=people,
            weeks=weeks,
            seed=seed,
            end=end,
            progress=progress,
            today=today,
        ),
        exists_reason="already exists; choose another name or delete it first",
    )


def ensure_demo_office(
    path: Path | None = None,
    *,
    people: int = 120,
    weeks: int = 52,
    today: date | None = None,
) -> Path:
    """The demo office's path, creating it first if it does not exist yet.

    Used by the GUI's first run and the README's quick start; an existing file
    (even one the user has since edited) is left alone. Its last ``UPCOMING_WEEKS``
    weeks lie ahead of ``today``, because a booking system always holds bookings
    people have made for the coming days: the week grid opens on this week, and
    an empty one would look broken.
    """
    path = path or default_demo_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        today = today or date.today()
        end = upcoming_friday(today, UPCOMING_WEEKS)
        create_demo_file(path, people=people, weeks=weeks, end=end, today=today)
    except OfficeFileError:
        if not path.exists():  # someone else made it meanwhile: that is fine
            raise
    return path
