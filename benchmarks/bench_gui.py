"""Benchmark of the GUI on the 1.2 M-booking demo office (issue 3).

Run: ``.venv/bin/python benchmarks/bench_gui.py [--file DEMO.officeplan] [--skip-import]``

Without ``--file`` the demo office (5,000 people, 104 weeks, seed 1: about 1.2 million
bookings) is generated once into the temporary folder and reused.

It measures, each printed as one row:

* **bookings table, first page** — from handing the file to the paged table model
  (which runs the ``COUNT(*)``) to the first page painted in a 1280×800 view, for
  the default order (date) and for a filter and a sort no index serves;
* **scroll to end** — ``scrollToBottom()`` and the repaint of the last page;
* **scrolling** — the slowest of 300 page-down steps through the middle of the table;
* **event-loop stall during an import** — the bookings of the demo are exported to
  CSV, then imported into a fresh office through :class:`officeplanner.gui.worker.Task`
  (the import wizard's path) while a 10 ms QTimer ticks on the GUI thread; the longest
  gap between two ticks is the longest the window would have frozen (target < 100 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from officeplanner.domain import BookingStatus
from officeplanner.gui.app import make_application
from officeplanner.gui.booking_models import BookingFilter, BookingTableModel
from officeplanner.store import OfficeFile

DEMO = Path(tempfile.gettempdir()) / "officeplanner-bench" / "demo-5000x104.officeplan"


def ensure_demo(path: Path) -> Path:
    if path.exists():
        return path
    from officeplanner.demo.generator import generate_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"generating the demo office at {path} (once) …", flush=True)
    tmp = path.with_name(path.name + ".partial")
    for leftover in (tmp, tmp.with_name(tmp.name + ".lock")):
        leftover.unlink(missing_ok=True)
    with OfficeFile.create(tmp) as doc:
        generate_demo(doc, people=5000, weeks=104, seed=1)
    tmp.replace(path)
    return path


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def bench_table(path: Path) -> list[dict[str, Any]]:
    rows = []
    cases: list[tuple[str, BookingFilter, int, Qt.SortOrder]] = [
        ("all bookings, by date", BookingFilter(), 0, Qt.SortOrder.AscendingOrder),
        ("all bookings, by date, newest first", BookingFilter(), 0, Qt.SortOrder.DescendingOrder),
        (
            "no-shows, by date",
            BookingFilter(status=BookingStatus.NO_SHOW),
            0,
            Qt.SortOrder.AscendingOrder,
        ),
        ("text 'sen', by date", BookingFilter(text="sen"), 0, Qt.SortOrder.AscendingOrder),
        ("all bookings, by person", BookingFilter(), 5, Qt.SortOrder.AscendingOrder),
    ]
    for name, flt, column, order in cases:
        doc = OfficeFile.open(path, read_only=True)
        model = BookingTableModel()
        view = QTableView()
        view.resize(1280, 800)
        view.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
        view.show()
        QApplication.processEvents()
        started = time.perf_counter()
        model.set_filter(flt)
        model.sort(column, order)
        model.set_document(doc)
        view.setModel(model)
        view.viewport().repaint()
        first = time.perf_counter() - started
        started = time.perf_counter()
        view.scrollToBottom()
        view.viewport().repaint()
        end = time.perf_counter() - started
        # Page down through the middle, one repaint per step: the slowest step is a stutter.
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        view.viewport().repaint()
        slowest = 0.0
        for _ in range(300):
            t = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()
            slowest = max(slowest, time.perf_counter() - t)
        rows.append(
            {
                "case": name,
                "rows": model.rowCount(),
                "first_page_ms": _ms(first),
                "scroll_to_end_ms": _ms(end),
                "slowest_page_down_ms": _ms(slowest),
            }
        )
        view.close()
        view.setModel(None)  # type: ignore[arg-type]
        model.set_document(None)
        doc.close()
        view.deleteLater()
        QApplication.processEvents()
    return rows


def longest_stall(task: Any) -> dict[str, Any]:
    """Run ``task`` (a :class:`Task`) while a 10 ms timer ticks on the GUI thread."""
    from PySide6.QtCore import QEventLoop

    gaps: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    counter = _Counter(gaps, clock)
    timer.timeout.connect(counter.tick)
    task.progress.connect(counter.progress)
    task.failed.connect(counter.failed)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    started = time.perf_counter()
    clock.start()
    timer.start()
    task.start()
    loop.exec()
    timer.stop()
    wall = time.perf_counter() - started
    if counter.failures:
        raise RuntimeError(f"the task failed: {counter.failures[0]!r}")
    gaps_ms = sorted(g * 1000 for g in gaps)
    return {
        "seconds": round(wall, 1),
        "timer_ticks": len(gaps),
        "longest_gap_ms": round(gaps_ms[-1], 1) if gaps_ms else None,
        "p99_gap_ms": round(gaps_ms[int(len(gaps_ms) * 0.99)], 1) if gaps_ms else None,
        "progress_signals": counter.progress_signals,
    }


class _Counter:
    """Slots of the stall measurement (bound methods, not lambdas)."""

    def __init__(self, gaps: list[float], clock: QElapsedTimer) -> None:
        self.gaps = gaps
        self.clock = clock
        self.progress_signals = 0
        self.failures: list[object] = []

    def tick(self) -> None:
        self.gaps.append(self.clock.restart() / 1000)

    def progress(self, _done: int, _total: int) -> None:
        self.progress_signals += 1

    def failed(self, error: object) -> None:
        self.failures.append(error)


class _Generate:
    def __call__(self, doc: OfficeFile, progress: Any, cancel: Any) -> Any:
        from officeplanner.demo.generator import generate_demo

        return generate_demo(doc, people=5000, weeks=104, seed=1, progress=progress)


def bench_generate_stall(work: Path) -> dict[str, Any]:
    """The demo generator (1.2 M bookings, one transaction) in the worker."""
    from officeplanner.gui.worker import Task

    work.mkdir(parents=True, exist_ok=True)
    target = work / "generate-target.officeplan"
    for leftover in (target, target.with_name(target.name + ".lock")):
        leftover.unlink(missing_ok=True)
    OfficeFile.create(target).close()
    result = longest_stall(Task.on_file(target, _Generate()))
    with OfficeFile.open(target, read_only=True) as doc:
        result["rows"] = int(doc.scalar("SELECT count(*) FROM bookings"))
    target.unlink()
    return result


class _Import:
    def __init__(self, source: Path) -> None:
        self.source = source

    def __call__(self, doc: OfficeFile, progress: Any, cancel: Any) -> Any:
        from officeplanner.domain import DataKind
        from officeplanner.imports import ImportOptions, import_file

        return import_file(
            doc,
            self.source,
            DataKind.BOOKINGS,
            options=ImportOptions(create_missing=True),
            progress=progress,
            cancel=cancel,
        )


def bench_import_stall(path: Path, work: Path) -> dict[str, Any] | None:
    """Import the demo's bookings CSV through the worker while a 10 ms timer ticks."""
    try:
        from officeplanner.imports import ImportOptions, import_file
    except ImportError:
        print("(the importer is not there yet: import stall not measured)")
        return None
    from officeplanner.domain import DataKind
    from officeplanner.exports import export_csv
    from officeplanner.gui.worker import Task

    work.mkdir(parents=True, exist_ok=True)
    csvs = {}
    with OfficeFile.open(path, read_only=True) as doc:
        for kind in (DataKind.DESKS, DataKind.PEOPLE, DataKind.BOOKINGS):
            out = work / f"demo-{kind.value}.csv"
            if not out.exists():
                export_csv(doc, kind, out)
            csvs[kind] = out
    target = work / "import-target.officeplan"
    for leftover in (target, target.with_name(target.name + ".lock")):
        leftover.unlink(missing_ok=True)
    with OfficeFile.create(target) as doc:
        for kind in (DataKind.DESKS, DataKind.PEOPLE):
            import_file(doc, csvs[kind], kind, options=ImportOptions(create_missing=True))
    result = longest_stall(Task.on_file(target, _Import(csvs[DataKind.BOOKINGS])))
    with OfficeFile.open(target, read_only=True) as doc:
        result["rows"] = int(doc.scalar("SELECT count(*) FROM bookings"))
    target.unlink()
    return result


#: Child process for the first-window measurement: prints seconds since the epoch when
#: the window is first painted, and again when the file is open and shown.
_FIRST_WINDOW_CHILD = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
mode, path, ini = sys.argv[1], sys.argv[2], sys.argv[3]
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Painted(QObject):
    def __init__(self, app, after_paint):
        super().__init__()
        self.app, self.after_paint, self.first = app, after_paint, None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.first is None:
            self.first = time.time()
            print("painted", self.first, flush=True)
            QTimer.singleShot(0, self.after_paint)
        return False

if mode == "bare":
    app = QApplication(sys.argv[:1])
    win = QMainWindow()
    win.resize(1280, 800)
    watcher = Painted(app, app.quit)
    win.installEventFilter(watcher)
    win.show()
    app.exec()
else:
    # What officeplanner.gui.app.main does, in its order, with timing hooks.
    from pathlib import Path
    from officeplanner.gui import errors
    from officeplanner.gui.app import make_application
    from officeplanner.gui.i18n import install_translators
    from officeplanner.gui.main_window import MainWindow, start_up_file
    from officeplanner.gui.settings import COLOR_SCHEME, Settings
    from officeplanner.gui.theme import apply_color_scheme
    app = make_application()
    errors.hold_early_records()
    reporter = errors.ErrorReporter(Path(ini).parent / "logs")
    reporter.install()
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    apply_color_scheme(app, settings.get(COLOR_SCHEME))  # before the translators
    install_translators(app, os.environ.get("BENCH_LANGUAGE", "system"))
    win = MainWindow(settings, opening=start_up_file(settings, Path(path)))
    win.resize(1280, 800)

    def open_file():
        reporter.start_logging()
        assert watcher.first is not None, "the file must open after the first paint"
        win.start(Path(path))
        win.show_page("bookings")
        win.repaint()
        print("file", time.time(), flush=True)
        app.quit()

    watcher = Painted(app, lambda: None)  # the timestamp only
    win.installEventFilter(watcher)
    win.first_painted.connect(open_file)  # as app.main starts the file
    win.show()
    app.exec()
"""


def bench_first_window(path: Path, runs: int = 9) -> dict[str, Any]:
    """Process start to first painted window: the app on ``path`` vs a bare QMainWindow.

    The two alternate, after one discarded warm-up of each (disk cache): on a shared,
    noisy machine a slow spell then slows both rather than one side's every run.

    The package is byte-compiled first, as an installed app is (pip compiles on install,
    the frozen build holds bytecode only): this machine sets PYTHONDONTWRITEBYTECODE,
    so a source checkout would otherwise recompile every module at every start.
    """
    import compileall
    import subprocess

    compileall.compile_dir(Path(__file__).resolve().parents[1] / "officeplanner", quiet=1)

    def one(mode: str) -> tuple[float, float | None]:
        ini = Path(tempfile.gettempdir()) / "officeplanner-bench" / "first-window.ini"
        ini.unlink(missing_ok=True)
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-c", _FIRST_WINDOW_CHILD, mode, str(path), str(ini)],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[1],
        ).stdout.split()
        painted = float(out[out.index("painted") + 1]) - started
        shown = float(out[out.index("file") + 1]) - started if "file" in out else None
        return painted, shown

    one("bare"), one("app")  # warm-up
    bare_runs: list[float] = []
    app_runs: list[tuple[float, float | None]] = []
    for _ in range(runs):
        bare_runs.append(one("bare")[0])
        app_runs.append(one("app"))
    bare = sorted(bare_runs)
    app_runs.sort(key=lambda r: r[0])
    median = runs // 2
    return {
        "bare_ms": _ms(bare[median]),
        "app_first_paint_ms": _ms(app_runs[median][0]),
        "app_file_shown_ms": _ms(app_runs[median][1] or 0.0),
        "ratio": round(app_runs[median][0] / bare[median], 2),
        "runs": runs,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=None, help="a demo office file")
    parser.add_argument("--skip-import", action="store_true", help="skip the import stall")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument(
        "--skip-first-window", action="store_true", help="skip the time-to-first-window runs"
    )
    args = parser.parse_args(argv)
    app = make_application()  # as the app: with the None guard (see none_guard)
    path = ensure_demo(args.file or DEMO)
    results: dict[str, Any] = {"file": str(path), "cpus": os.cpu_count()}
    if not args.skip_first_window:
        results["first_window"] = bench_first_window(path)
    results["table"] = bench_table(path)
    if not args.skip_import:
        work = path.parent / "import-work"
        results["generate"] = bench_generate_stall(work)
        results["import"] = bench_import_stall(path, work)
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print(f"demo file: {path}")
    if results.get("first_window"):
        r = results["first_window"]
        print(
            f"process start to first painted window: bare QMainWindow {r['bare_ms']} ms, "
            f"Office Planner {r['app_first_paint_ms']} ms ({r['ratio']}× the floor); "
            f"the demo's bookings page shown at {r['app_file_shown_ms']} ms "
            f"(median of {r['runs']})"
        )
    print(f"{'bookings table':40} {'rows':>10} {'first page':>12} {'to end':>10} {'page-down':>10}")
    for r in results["table"]:
        print(
            f"{r['case']:40} {r['rows']:>10,} {r['first_page_ms']:>9} ms "
            f"{r['scroll_to_end_ms']:>7} ms {r['slowest_page_down_ms']:>7} ms"
        )
    for key, what in (("generate", "demo generation"), ("import", "CSV import")):
        r = results.get(key)
        if r:
            print(
                f"{what} of {r['rows']:,} bookings in the worker: {r['seconds']} s; "
                f"longest event-loop gap {r['longest_gap_ms']} ms (99th percentile "
                f"{r['p99_gap_ms']} ms) over {r['timer_ticks']:,} ticks of a 10 ms timer, "
                f"{r['progress_signals']:,} progress signals"
            )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
