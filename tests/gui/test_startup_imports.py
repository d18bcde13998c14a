"""What the app imports before its window is first painted.

Every module (and every PySide6 class, with its enums) imported before the first paint
delays it (benchmarks/bench_gui.py, issue 3's 1.5× target). These modules are needed
only once a file is open or something goes wrong, so they must stay out of start-up.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import json, sys
import officeplanner.gui.app, officeplanner.gui.main_window
print(json.dumps(sorted(sys.modules)))
"""

#: Not imported at start: the store's document and SQLite (opening a file), the log
#: file's handler (after the first paint), the error dialog, the pages, the core.
KEPT_OUT = (
    "sqlite3",
    "logging.handlers",
    "officeplanner.store.document",
    "officeplanner.gui.error_dialog",
    "officeplanner.gui.office_page",
    "officeplanner.gui.bookings_page",
    "officeplanner.analytics",
    "officeplanner.planner",
    "numpy",
    "holidays",
)


def test_start_up_imports_nothing_the_first_window_does_not_need() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    ).stdout
    loaded = set(json.loads(out))
    assert "officeplanner.gui.main_window" in loaded
    assert [name for name in KEPT_OUT if name in loaded] == []
