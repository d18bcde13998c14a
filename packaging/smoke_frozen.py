#!/usr/bin/env python3
"""Check that a frozen build starts, opens an office file and quits cleanly; time it.

    python packaging/smoke_frozen.py dist/OfficePlanner            # Windows, Linux
    python packaging/smoke_frozen.py "dist/Office Planner.app"     # macOS
    python packaging/smoke_frozen.py dist/OfficePlanner --runs 5 --log packaging.log

Why a separate check and not the test suite: the tests run from source, and what breaks
in a frozen app is what only the bundle has - a module imported by name that the
analysis missed, a data file (icons, translations, holidays' names) not copied, a Qt
plugin or library left out. So the bundle's own programs are run here, on Qt's
offscreen platform (no display needed; a CI runner has none):

1. ``officeplanner-cli demo`` makes a demo office in a temporary folder (the CLI and
   the demo generator, holidays included, work frozen);
2. ``OfficePlanner FILE`` and ``officeplanner-cli gui FILE`` start the desktop app with
   ``OFFICEPLANNER_SMOKE_TEST`` set (officeplanner/gui/app.py): it shows the main window,
   opens FILE, closes the window and exits; settings and the log go to that folder,
   never the user's;
3. each must exit with 0, write nothing on stderr and log no warning (an English and a
   Norwegian run, so missing translations show); the same start is timed from source
   (this Python) for comparison, and the bundle's size is printed.

Exit code 0 when every check passed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI_NAME = "OfficePlanner"
CLI_NAME = "officeplanner-cli"  # packaging/entry.py and officeplanner.spec agree
SMOKE_ENV = "OFFICEPLANNER_SMOKE_TEST"  # officeplanner/gui/app.py SMOKE_TEST_ENV
TIMEOUT_S = 120


@dataclass
class Run:
    """One start of the app: how long until it had quit, and what it said."""

    seconds: float
    code: int
    stderr: str
    log: str
    #: What the app saved as the file to reopen: proof that FILE really was opened.
    last_file: str = ""

    def problems(self) -> list[str]:
        found = []
        if self.code != 0:
            found.append(f"exit code {self.code}")
        if self.stderr.strip():
            found.append("stderr: " + self.stderr.strip()[:2000])
        bad = [line for line in self.log.splitlines() if " WARNING " in line or " ERROR " in line]
        if bad:
            found.append("log: " + "\n".join(bad)[:2000])
        if self.code == 0 and "officeplan" not in self.last_file:
            found.append("the office file was not opened (no files/last in the settings)")
        return found


def programs(bundle: Path) -> tuple[Path, Path]:
    """The GUI and CLI executables of ``bundle`` (a onedir folder or a macOS .app)."""
    folder = bundle / "Contents" / "MacOS" if bundle.suffix == ".app" else bundle
    suffix = ".exe" if os.name == "nt" else ""
    gui, cli = folder / (GUI_NAME + suffix), folder / (CLI_NAME + suffix)
    for program in (gui, cli):
        if not program.is_file():
            raise SystemExit(f"{program} is missing: is {bundle} a PyInstaller build?")
    return gui, cli


#: Files the app looks up beside its package (icons.py, i18n.py, guide.py); relative to
#: sys._MEIPASS - ``_internal/``, or ``Contents/Frameworks`` in a macOS .app.
BUNDLED_FILES = (
    "resources/officeplanner.svg",
    "resources/desk.svg",
    "officeplanner/gui/translations/qtbase_nb.qm",
    "README.md",
    "docs/metrics.md",
    "docs/guide/en.md",
    "docs/guide/nb.md",
    "docs/guide/images/en/dashboard.png",
    "docs/guide/images/nb/dashboard.png",
)


def missing_files(bundle: Path) -> list[str]:
    """The :data:`BUNDLED_FILES` (and any .qm) that the bundle lacks."""
    inside = bundle / "Contents" / "Frameworks" if bundle.suffix == ".app" else bundle / "_internal"
    missing = [name for name in BUNDLED_FILES if not (inside / name).is_file()]
    source_qm = {p.name for p in (ROOT / "officeplanner" / "gui" / "translations").glob("*.qm")}
    bundled_qm = {p.name for p in (inside / "officeplanner" / "gui" / "translations").glob("*.qm")}
    missing += sorted(f"officeplanner/gui/translations/{n}" for n in source_qm - bundled_qm)
    return missing


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (what ``du`` counts; symlinks not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def start(command: list[str], work: Path, language: str = "en") -> Run:
    """Run ``command`` once in smoke-test mode, in a fresh settings folder under ``work``."""
    smoke = Path(tempfile.mkdtemp(prefix="run-", dir=work))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        OFFICEPLANNER_LANGUAGE=language,
        **{SMOKE_ENV: str(smoke)},
    )
    began = time.perf_counter()
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        stderr = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else ""
        return Run(TIMEOUT_S, -1, f"timed out after {TIMEOUT_S} s (a dialog?) {stderr}", "")
    seconds = time.perf_counter() - began
    log_file = smoke / "officeplanner.log"
    log = log_file.read_text(encoding="utf-8", errors="replace") if log_file.exists() else ""
    ini = smoke / "settings.ini"
    settings = ini.read_text(encoding="utf-8", errors="replace") if ini.exists() else ""
    last = next((ln for ln in settings.splitlines() if ln.startswith("last=")), "")
    return Run(seconds, done.returncode, done.stderr, log, last)


def make_demo(cli: Path, target: Path) -> None:
    """The demo office the app makes on a first run (same size), with the frozen CLI."""
    done = subprocess.run(
        [str(cli), "demo", str(target), "--people", "120", "--weeks", "52"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0 or not target.is_file():
        raise SystemExit(f"officeplanner-cli demo failed ({done.returncode}): {done.stderr}")
    print(done.stdout.strip())


def measure(name: str, command: list[str], work: Path, runs: int) -> tuple[float, list[str]]:
    """Median start-up-to-exit time of ``runs`` starts, and every problem seen."""
    problems: list[str] = []
    times: list[float] = []
    for index in range(runs):
        run = start(command, work, "nb" if index == 0 else "en")
        times.append(run.seconds)
        problems += [f"{name}: {p}" for p in run.problems()]
    median = statistics.median(times)
    print(
        f"{name:<28} median {median:.2f} s  (runs: {', '.join(f'{t:.2f}' for t in times)})",
        flush=True,
    )
    return median, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("bundle", type=Path, help="dist/OfficePlanner or 'dist/Office Planner.app'")
    parser.add_argument("--runs", type=int, default=5, help="starts of each kind (default 5)")
    parser.add_argument("--no-source", action="store_true", help="skip the from-source timing")
    parser.add_argument("--log", type=Path, help="append the results to this file")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    gui, cli = programs(bundle)
    problems = [f"not in the bundle: {name}" for name in missing_files(bundle)]
    lines = [f"bundle {bundle}: {folder_size(bundle) / 1e6:.1f} MB"]
    print(lines[0], flush=True)
    with tempfile.TemporaryDirectory(prefix="officeplanner-smoke-") as tmp:
        work = Path(tmp)
        office = work / "Demo office.officeplan"
        make_demo(cli, office)
        kinds = [
            ("frozen OfficePlanner", [str(gui), str(office)]),
            ("frozen officeplanner-cli gui", [str(cli), "gui", str(office)]),
        ]
        if not args.no_source:
            source = [sys.executable, "-m", "officeplanner.cli.main", "gui", str(office)]
            kinds.append(("source (this Python)", source))
        for name, command in kinds:
            median, found = measure(name, command, work, args.runs)
            problems += found
            lines.append(f"{name}: median start-to-exit {median:.2f} s over {args.runs} runs")
    for problem in problems:
        print("FAIL", problem, file=sys.stderr)
    lines.append("smoke test: " + ("FAILED" if problems else "passed"))
    print(lines[-1])
    if args.log is not None:
        with args.log.open("a", encoding="utf-8") as out:
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            out.writelines(f"{stamp} {line}\n" for line in lines)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
