#!/usr/bin/env python3
"""Build the frozen Office Planner app on this machine (Windows, macOS or Linux), then test it.

    python3 packaging/build_app.py                # install, translations, icons, PyInstaller, smoke
    python3 packaging/build_app.py --installer    # then Inno Setup (Windows) or a .dmg (macOS)
    python3 packaging/build_app.py --skip-install --runs 1

Every step is also a command of its own (packaging/README.md lists them); this script
runs them in order with the project's virtual environment (``.venv``, created when
missing), so a build here and the CI build (.github/workflows/build.yml) do the same.
Output: ``dist/OfficePlanner/`` (and ``dist/Office Planner.app`` on macOS); the
installer goes to ``dist/`` too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
SPEC = ROOT / "packaging" / "officeplanner.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*command: object, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, cwd=ROOT, env=env)


def bundle_path() -> Path:
    """What the smoke test and the installer take: the .app on macOS, else the folder."""
    if sys.platform == "darwin":
        return DIST / "Office Planner.app"
    return DIST / "OfficePlanner"


def installer(python: Path) -> None:
    """Inno Setup on Windows, a .dmg on macOS; nothing (a folder to tar) on Linux."""
    version = subprocess.run(
        [str(python), "-c", "import officeplanner; print(officeplanner.__version__)"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.strip()
    if sys.platform == "win32":
        iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        run(iscc, f"/DAppVersion={version}", ROOT / "packaging" / "windows" / "officeplanner.iss")
    elif sys.platform == "darwin":
        run("bash", ROOT / "packaging" / "macos" / "make_dmg.sh", version)
    else:
        archive = shutil.make_archive(
            str(DIST / f"OfficePlanner-{version}-linux"), "gztar", DIST, "OfficePlanner"
        )
        print("wrote", archive)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--skip-install", action="store_true", help="do not pip-install the package extra"
    )
    parser.add_argument("--no-smoke", action="store_true", help="do not run the smoke test")
    parser.add_argument("--runs", type=int, default=5, help="smoke-test starts of each kind")
    parser.add_argument("--log", type=Path, help="append the smoke test's results to this file")
    parser.add_argument(
        "--installer", action="store_true", help="then make the installer (.exe setup / .dmg)"
    )
    args = parser.parse_args(argv)

    python = venv_python()
    if not python.exists():
        print(f"Creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not args.skip_install:
        run(python, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", ".[package]")
    run(python, "packaging/build_translations.py")
    run(python, "packaging/make_icons.py")
    # The user guide's pictures, made from the demo office so they never go stale.
    # A Linux build machine without a display (CI) renders them offscreen.
    headless = sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen") if headless else None
    run(python, "packaging/guide_screenshots.py", "--lang", "both", env=env)
    run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        DIST,
        "--workpath",
        WORK,
        SPEC,
    )
    if not args.no_smoke:
        smoke = [python, "packaging/smoke_frozen.py", bundle_path(), "--runs", args.runs]
        run(*smoke, *(["--log", args.log] if args.log else []))
    if args.installer:
        installer(python)
    return 0


if __name__ == "__main__":
    sys.exit(main())
