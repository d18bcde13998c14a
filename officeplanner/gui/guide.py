"""Help ▸ Office Planner Help: the user guide, with every metric defined.

The built-in topics say how to use the app and define each figure exactly as
DESIGN.md does (so the guide, the CLI and the charts agree); the project's own
``README.md`` and ``docs/*.md`` are listed after them when they are present (a source
checkout, or a build that bundles them).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from officeplanner import __version__
from officeplanner.gui.forms.ui_user_guide import Ui_UserGuideDialog

GETTING_STARTED = f"""
# Office Planner {__version__}

Office Planner keeps everything about your offices in **one file** (`.officeplan`):
sites, floors, zones and desks; people and teams; desk bookings and attendance. It
works offline; the file can live on a shared drive.

## Every change is saved at once

There is no *Save*: each change is written to the file as one step the moment you
make it. **Edit ▸ Undo** (and Redo) step back and forth through this session's
changes; **View ▸ Undo History** lists them. *File ▸ Save a Copy…* writes a snapshot
to another file.

## Pages

- **Office** — the tree of sites, floors, zones and desks. Select an item and use the
  toolbar, the right-click menu or F2 to rename. Double-click a site to set its
  timezone, public-holiday calendar, open weekdays and closure days; double-click a
  desk to set its features, whether it can be booked, or to move it to another zone.
  Deleting asks first and says how many bookings go with it.
- **People & teams** — search by name, team or email; add and edit people; select
  several and *Move to Team…*; add, rename and delete teams (members stay).
- **Bookings** — the week grid and the table of every booking.

## Importing

*File ▸ Import…* (or drop a `.csv`/`.xlsx` file on the window) reads desks, people,
bookings, attendance or closures. You see the first rows, the detected columns and
every problem before anything is written.

## Sharing a file

Only one person can change a file at a time. When someone else has it open, Office
Planner says who and since when, and offers to open it **read-only**: you see
everything, and editing is switched off. The status bar shows who holds the file.
"""

METRICS = """
# How the figures are calculated

- **Open day**: a Mon–Fri date (site weekdays configurable) that is neither a public
  holiday for the site's country nor a closure.
- **Booked desk-day**: a booking with status booked, checked_in or no_show.
  **Occupied desk-day**: status checked_in (or a desk used per attendance).
- **Occupancy(d)**: distinct occupied desks on day d in the chosen scope.
  **Utilisation(d)** = Occupancy(d) / bookable desks in scope.
- **Average and peak by weekday**: mean and max of Utilisation over the open days of
  that weekday in the period. **Most popular day**: highest average.
- **No-show rate** = no_show / (checked_in + no_show), past dates only.
- **Desk-sharing ratio** = bookable desks / people.
- **Unused desk**: occupied on < 15 % of open days; **under-used**: < 50 %.
- **Team meeting rate**: share of weeks in which, on at least one day, ≥ 60 %
  (configurable) of the team's members were present.
- **Desks needed**: the chosen percentile (default 90th) of daily demand.

## Privacy

Reports show groups, not people: any figure about fewer than 5 people is suppressed
in views and exports. Person-level views are off unless switched on for the file.
"""

#: Where README.md and docs/ are in a source checkout.
_ROOT = Path(__file__).resolve().parents[2]


def topics(root: Path = _ROOT) -> list[tuple[str, str]]:
    """``(title, markdown)`` of every topic, built-in ones first."""
    documents: list[tuple[str, str]] = []
    for path in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        first = text.lstrip().splitlines()[0] if text.strip() else path.stem
        documents.append((first.lstrip("# ").strip() or path.stem, text))
    found = [("Getting started", GETTING_STARTED)]
    # The project's own metrics page, when present, is the fuller one; else ours.
    if not any("Utilisation(d)" in text for _, text in documents):
        found.append(("How figures are calculated", METRICS))
    return found + documents


class UserGuideDialog(QDialog):
    """Topics on the left, the chosen one rendered from Markdown on the right."""

    def __init__(self, parent: QWidget | None = None, root: Path = _ROOT) -> None:
        super().__init__(parent)
        self.ui = Ui_UserGuideDialog()
        self.ui.setupUi(self)
        self.topics = topics(root)
        for title, _ in self.topics:
            self.ui.topicList.addItem(title)
        self.ui.topicList.currentRowChanged.connect(self._show_topic)
        self.ui.buttonBox.rejected.connect(self.close)
        self.ui.splitter.setSizes([220, 640])
        self.ui.topicList.setCurrentRow(0)

    @Slot(int)
    def _show_topic(self, row: int) -> None:
        if 0 <= row < len(self.topics):
            self.ui.browser.setMarkdown(self.topics[row][1])

    def show_topic(self, title: str) -> None:
        for row, (name, _) in enumerate(self.topics):
            if name == title:
                self.ui.topicList.setCurrentRow(row)
