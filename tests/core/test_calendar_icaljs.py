"""The third parser of the issue: ical.js (Thunderbird's), run with Node when available.

Skipped cleanly without ``node`` or without ical.js. CI installs it with
``npm install --prefix tests/js --no-audit --no-fund`` (tests/js/package.json); a
copy elsewhere can be named with ``ICALJS_MODULE=/path/to/ical.js/dist/ical.js``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from officeplanner.calendar import ExportRequest, TimeWindow, export_ics
from tests.core.calendar_support import (
    FINANCE,
    FINANCE_DAYS,
    FINANCE_SKIPPED,
    PLAN,
    SALES,
    SALES_DAYS,
    SALES_SKIPPED,
    SITE,
    build_office,
    expected_dates,
)

SCRIPT = Path(__file__).resolve().parents[1] / "js" / "expand_ics.mjs"
NODE = shutil.which("node")
HAVE_ICALJS = (
    bool(os.environ.get("ICALJS_MODULE"))
    or (SCRIPT.parent / "node_modules" / "ical.js" / "package.json").exists()
)

pytestmark = pytest.mark.skipif(
    NODE is None or not HAVE_ICALJS,
    reason="needs node and ical.js (npm install --prefix tests/js)",
)


def _expand(path: Path) -> dict[str, list[str]]:
    assert NODE is not None
    result = subprocess.run(
        [NODE, str(SCRIPT), str(path)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    expanded: dict[str, list[str]] = json.loads(result.stdout)
    return expanded


@pytest.mark.parametrize("timed", [False, True], ids=["all-day", "timed"])
def test_icaljs_expands_to_the_plans_dates(tmp_path: Path, timed: bool) -> None:
    out = tmp_path / "plan.ics"
    with build_office(tmp_path / "office.officeplan") as doc:
        window = TimeWindow(time(9), time(15)) if timed else None
        export_ics(doc, ExportRequest(PLAN, timed=window), out)
    got = _expand(out)

    def render(day: date) -> str:
        if not timed:
            return day.isoformat()
        moment = datetime.combine(day, time(9), tzinfo=ZoneInfo("Europe/Oslo"))
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    assert got == {
        f"{FINANCE} — anchor day ({SITE})": [
            render(d) for d in expected_dates(FINANCE_DAYS, FINANCE_SKIPPED)
        ],
        f"{SALES} — anchor day ({SITE})": [
            render(d) for d in expected_dates(SALES_DAYS, SALES_SKIPPED)
        ],
    }
