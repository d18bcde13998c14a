#!/usr/bin/env python3
"""Refresh the Norwegian ``.ts`` sources and build the ``.qm`` files the app loads.

    python packaging/build_translations.py             # every resources/i18n/*.ts -> .qm
    python packaging/build_translations.py --update    # lupdate every group's .ts
    python packaging/build_translations.py --update shell forms

The strings are split into groups so that each group's ``resources/i18n/<group>_nb.ts``
has one owner; :data:`GROUPS` says which source files feed which group, and a test checks
that every GUI module is in exactly one group. The ``.qm`` files are build output
(``officeplanner/gui/translations/``, git-ignored), never edited or committed.

This script does not import Qt: it runs Qt's ``lupdate``/``lrelease`` tools from the
PySide6 installation, so the core's Qt-free environment can import it too.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
TS_DIR: Final = ROOT / "resources" / "i18n"
QM_DIR: Final = ROOT / "officeplanner" / "gui" / "translations"
#: The language every group is translated into (the source language is English).
LANGUAGE: Final = "nb"

_GUI = "officeplanner/gui/"


def _gui(*names: str) -> tuple[str, ...]:
    return tuple(f"{_GUI}{name}.py" for name in names)


#: group -> source files (relative to the repository root); globs are allowed for files
#: other helpers may or may not have created yet. Missing files are skipped.
GROUPS: Final[dict[str, tuple[str, ...]]] = {
    "shell": _gui(
        "main_window",
        "app",
        "actions",
        "error_dialog",
        "errors",
        "prompts",
        "dialogs",
        "settings",
        "context",
        "commands",
        "icons",
        "worker",
        "export_dialog",
        "save_plan_dialog",
        "calendar_export_dialog",
        "guide",
        "theme",
        "i18n",
        "choice_menu",
        "core_text",
    ),
    "forms": tuple(
        f"ui/{name}.ui"
        for name in (
            "booking_dialog",
            "calendar_export_dialog",
            "desk_dialog",
            "error_dialog",
            "export_dialog",
            "import_file_page",
            "import_preview_page",
            "import_run_page",
            "import_summary_page",
            "import_validate_page",
            "main_window",
            "person_dialog",
            "save_plan_dialog",
            "site_dialog",
            "user_guide",
        )
    ),
    "data": _gui(
        "office_page",
        "people_page",
        "bookings_page",
        "booking_dialog",
        "booking_models",
        "booking_commands",
        "import_wizard",
        "status_legend",
        "site_calendar_combos",
        "country_names",
    ),
    "analysis": _gui(
        "dashboard_page",
        "dashboard_charts",
        "dashboard_models",
        "chart_export",
        "planner_page",
        "planner_models",
        "planner_chart",
        "planner_words",
        "planner_commands",
        "none_guard",
    ),
    "welcome": (*_gui("welcome", "setup_wizard"), "ui/welcome*.ui", "ui/setup*.ui"),
    # The core's messages worded with officeplanner.wording.translate (shown through
    # gui/core_text.py); the core itself never imports Qt.
    "core": ("officeplanner/imports/values.py", "officeplanner/imports/kinds.py"),
    "core_calendar": ("officeplanner/calendar/events.py", "officeplanner/calendar/writer.py"),
    "core_edits": (
        "officeplanner/edits/office.py",
        "officeplanner/edits/removal.py",
        "officeplanner/edits/bookings.py",
        "officeplanner/edits/people.py",
    ),
    "core_planner": (
        "officeplanner/planner/explain.py",
        "officeplanner/planner/from_office.py",
        "officeplanner/planner/followup.py",
        "officeplanner/analytics/scope.py",
        "officeplanner/analytics/report.py",
    ),
}

#: Hand-written translations of Qt's own dialogs and buttons (Qt ships no Bokmål).
QTBASE: Final = f"qtbase_{LANGUAGE}"


def ts_path(group: str) -> Path:
    return TS_DIR / f"{group}_{LANGUAGE}.ts"


def group_sources(group: str, root: Path = ROOT) -> list[Path]:
    """The group's source files that exist, in a stable order."""
    found: list[Path] = []
    for pattern in GROUPS[group]:
        matches = sorted(root.glob(pattern)) if "*" in pattern else [root / pattern]
        found.extend(path for path in matches if path.is_file() and path not in found)
    return found


def tool(name: str) -> Path:
    """Qt's ``lupdate``/``lrelease``: PySide6's wrapper script, else its bundled binary."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{exe}"]
    which = shutil.which(f"pyside6-{name}")
    if which:
        candidates.append(Path(which))
    spec = importlib.util.find_spec("PySide6")  # locates the package without importing Qt
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidates.append(Path(location) / f"{name}{exe}")
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"Qt's {name} tool was not found; is PySide6 installed?")


def _run(cmd: Sequence[object]) -> None:
    result = subprocess.run(
        [str(part) for part in cmd], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, cmd))} failed ({result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )


def lupdate(sources: Iterable[Path], ts_file: Path) -> None:
    """Merge the sources' strings into ``ts_file``, keeping existing translations."""
    files = list(sources)
    if not files:
        raise ValueError(f"no source files for {ts_file.name}")
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    _run(
        [
            tool("lupdate"),
            *files,
            "-ts",
            ts_file,
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "nb_NO",
        ]
    )


def update(groups: Iterable[str] | None = None) -> list[Path]:
    """lupdate each group (all by default) into ``resources/i18n/<group>_nb.ts``."""
    written = []
    for group in groups if groups is not None else GROUPS:
        target = ts_path(group)
        lupdate(group_sources(group), target)
        written.append(target)
    return written


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile one .ts; written beside the target and renamed, so a reader never sees
    half a file (tests in parallel processes may build at the same time)."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(suffix=".qm", dir=qm_file.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _run([tool("lrelease"), ts_file, "-qm", tmp])
        tmp.chmod(0o644)  # mkstemp makes it private; the .qm is ordinary build output
        tmp.replace(qm_file)
    finally:
        tmp.unlink(missing_ok=True)


def sources() -> list[Path]:
    """Every .ts file: the groups', Qt's own (qtbase_nb) and any other in the folder."""
    return sorted(TS_DIR.glob(f"*_{LANGUAGE}.ts"))


def qm_path(ts_file: Path, out_dir: Path = QM_DIR) -> Path:
    return out_dir / ts_file.with_suffix(".qm").name


def stale(out_dir: Path = QM_DIR) -> list[Path]:
    """The .ts files whose .qm is missing or older than the .ts."""
    result = []
    for ts_file in sources():
        qm_file = qm_path(ts_file, out_dir)
        if not qm_file.exists() or qm_file.stat().st_mtime < ts_file.stat().st_mtime:
            result.append(ts_file)
    return result


def build(ts_files: Iterable[Path] | None = None, out_dir: Path = QM_DIR) -> list[Path]:
    """lrelease the given .ts files (all by default) into ``out_dir``; returns the .qm."""
    built = []
    for ts_file in ts_files if ts_files is not None else sources():
        qm_file = qm_path(ts_file, out_dir)
        lrelease(ts_file, qm_file)
        built.append(qm_file)
    return built


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--update",
        nargs="*",
        metavar="GROUP",
        choices=sorted(GROUPS),
        help="refresh the groups' .ts files from the sources (all groups when none named)",
    )
    parser.add_argument(
        "--if-stale", action="store_true", help="build only .qm files older than their .ts"
    )
    args = parser.parse_args(argv)
    if args.update is not None:
        for path in update(args.update or None):
            print(f"updated {path.relative_to(ROOT)}")
        return 0
    todo = stale() if args.if_stale else sources()
    for path in build(todo):
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
