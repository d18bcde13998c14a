"""Benchmark of the Dashboard page on the 1.2 M-booking demo office (issue 4).

Run: ``.venv/bin/python benchmarks/bench_dashboard.py [--file DEMO.officeplan] [--runs 5]``

It measures what a facility manager waits for: **the time from changing a filter to
every chart repainted**. The page is shown in a 1280×800 window on the demo office
(5,000 people, 104 weeks, seed 1; generated once into the temporary folder, shared with
``bench_gui.py``). Each step changes one filter the way the user does (a combo's current
index), then the clock stops when the page has emitted ``report_shown`` and a
synchronous repaint of the whole window (key figures, the four pyqtgraph charts and the
desk table) has returned. The wait includes the page's debounce (several quick changes
make one run), the worker's SQL/NumPy report and the hand-over to the GUI thread — what
the user sees — and is split into the report (worker) and the drawing (GUI thread).

Steps cycle organisation → one site → one floor → back to the organisation, and one
team, so both the largest scope and the smallest are timed; medians over ``--runs``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_gui import DEMO, ensure_demo
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QComboBox

from officeplanner.gui.app import make_application
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.dashboard_page import DEBOUNCE_MS, DashboardPage
from officeplanner.gui.settings import Settings
from officeplanner.store import OfficeFile

TIMEOUT_MS = 120_000


class _Watch:
    """Stops the clock when the page shows a report; the timer is a safety net."""

    def __init__(self, page: DashboardPage) -> None:
        self.page = page
        self.loop = QEventLoop()
        self.shown_at: float | None = None
        self.computing_at: float | None = None
        page.report_shown.connect(self.shown)
        self.guard = QTimer()
        self.guard.setSingleShot(True)
        self.guard.timeout.connect(self.loop.quit)

    def shown(self) -> None:
        self.shown_at = time.perf_counter()
        self.loop.quit()

    def wait(self) -> bool:
        self.shown_at = None
        self.guard.start(TIMEOUT_MS)
        self.loop.exec()
        self.guard.stop()
        return self.shown_at is not None


def _step(page: DashboardPage, watch: _Watch, combo: QComboBox, index: int) -> dict[str, float]:
    started = time.perf_counter()
    combo.setCurrentIndex(index)
    if not watch.wait():
        raise RuntimeError("the dashboard did not show a report within the timeout")
    assert watch.shown_at is not None
    shown = watch.shown_at
    page.window().repaint()  # every chart and the table drawn now, on this thread
    done = time.perf_counter()
    return {
        "total_ms": (done - started) * 1000,
        "until_report_ms": (shown - started) * 1000,
        "repaint_ms": (done - shown) * 1000,
    }


def bench(path: Path, runs: int, work: Path) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    context = DocumentContext(settings)
    doc = OfficeFile.open(path, read_only=True)
    context.set_document(doc)
    page = DashboardPage(context)
    page.resize(1280, 800)
    watch = _Watch(page)
    page.show()
    if not watch.wait():  # the first report (whole organisation, whole range)
        raise RuntimeError("no first report")
    page.window().repaint()
    steps = [
        ("one site", page.site_combo, 1),
        ("one floor of that site", page.floor_combo, 1),
        ("whole organisation", page.site_combo, 0),
        ("one team", page.team_combo, 1),
        ("all teams", page.team_combo, 0),
    ]
    samples: dict[str, list[dict[str, float]]] = {name: [] for name, _, _ in steps}
    for _ in range(runs):
        for name, combo, index in steps:
            samples[name].append(_step(page, watch, combo, index))
    page.close()
    page.cancel()
    context.set_document(None)
    doc.close()
    rows = []
    for name, values in samples.items():
        row: dict[str, Any] = {"change": name}
        for key in ("total_ms", "until_report_ms", "repaint_ms"):
            row[key] = round(statistics.median(v[key] for v in values), 1)
        row["max_total_ms"] = round(max(v["total_ms"] for v in values), 1)
        rows.append(row)
    return {"runs": runs, "debounce_ms": DEBOUNCE_MS, "steps": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=None, help="a demo office file")
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each change")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args(argv)
    app = make_application()  # as the app: with the None guard (see none_guard)
    path = ensure_demo(args.file or DEMO)
    work = Path(tempfile.gettempdir()) / "officeplanner-bench" / "dashboard-work"
    results = bench(path, args.runs, work)
    results["file"] = str(path)
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print(f"demo file: {path}; medians of {results['runs']} runs; debounce {DEBOUNCE_MS} ms")
    print(f"{'filter change':28} {'to repainted':>13} {'(max)':>9} {'report':>9} {'drawing':>9}")
    for r in results["steps"]:
        print(
            f"{r['change']:28} {r['total_ms']:>10} ms {r['max_total_ms']:>6} ms "
            f"{r['until_report_ms']:>6} ms {r['repaint_ms']:>6} ms"
        )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
