#!/usr/bin/env python3
"""Set up and run Office Planner from a fresh clone, with nothing but Python 3.11+.

    python3 dev.py app     # set everything up, then launch the app on the demo office
    python3 dev.py test    # set everything up, then run the whole test suite
    python3 dev.py bench [NAME ...]   # run benchmarks/bench_NAME.py (all when none named)

Two virtual environments are kept beside this file and reused while pyproject.toml
is unchanged: ``.venv`` with everything (Qt included) and ``.venv-headless`` with the
core's dependencies only, where the core's tests run to prove they need no Qt.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
FULL = ROOT / ".venv"
HEADLESS = ROOT / ".venv-headless"
#: Distributions that bring Qt in; the headless environment installs everything else.
QT_DISTRIBUTIONS = ("pyside6", "pyqtgraph", "pytest-qt", "shiboken6")


def _bin(env: Path, name: str) -> Path:
    return (
        env
        / ("Scripts" if os.name == "nt" else "bin")
        / (name + (".exe" if os.name == "nt" else ""))
    )


def _run(*cmd: object, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, env=env)


def _stamp(env: Path, what: str) -> tuple[Path, str]:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + what.encode()).hexdigest()
    return env / ".officeplanner-installed", digest


def _ensure_env(env: Path, requirements: list[str], *, editable_extras: str | None) -> None:
    stamp, digest = _stamp(env, " ".join(requirements) + str(editable_extras))
    if stamp.exists() and stamp.read_text() == digest:
        return
    if not _bin(env, "python").exists():
        print(f"Creating {env.name} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(env)
    pip = [_bin(env, "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if editable_extras is not None:
        _run(*pip, "-e", f".[{editable_extras}]")
    else:
        if requirements:
            _run(*pip, *requirements)
        _run(*pip, "--no-deps", "-e", ".")
    stamp.write_text(digest)


def _core_requirements() -> list[str]:
    """The project's dependencies and test extra, minus everything that brings Qt."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"]) + list(project["optional-dependencies"]["test"])

    def name(req: str) -> str:
        for sep in "<>=!~[; ":
            req = req.split(sep)[0]
        return req.strip().lower()

    return [r for r in wanted if name(r) not in QT_DISTRIBUTIONS]


def _build_translations() -> None:
    """The .qm files the app loads (build output, not in git) from resources/i18n/*.ts."""
    _run(_bin(FULL, "python"), "packaging/build_translations.py")


def app(argv: list[str]) -> int:
    _ensure_env(FULL, [], editable_extras="dev")
    _build_translations()
    return subprocess.call([str(_bin(FULL, "officeplanner")), *argv], cwd=ROOT)


def _ensure_icaljs() -> None:
    """ical.js, the third independent iCalendar parser the calendar tests use, when npm is
    here; without it those tests say they were skipped and why."""
    js = ROOT / "tests" / "js"
    npm = shutil.which("npm")
    if npm is None or (js / "node_modules" / "ical.js").is_dir():
        return
    try:
        _run(npm, "ci", "--prefix", js, "--no-audit", "--no-fund", "--loglevel=error")
    except subprocess.CalledProcessError:
        print("npm could not install ical.js; its tests will be skipped", flush=True)


def test(argv: list[str]) -> int:
    _ensure_env(HEADLESS, _core_requirements(), editable_extras=None)
    _ensure_env(FULL, [], editable_extras="dev")
    _build_translations()
    _ensure_icaljs()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print("\n== Core tests with no Qt installed (.venv-headless) ==", flush=True)
    core = subprocess.call(
        [str(_bin(HEADLESS, "python")), "-m", "pytest", "tests/core", "-q", *argv],
        cwd=ROOT,
        env=env,
    )
    print("\n== The whole suite, GUI included (.venv) ==", flush=True)
    full = subprocess.call(
        [str(_bin(FULL, "python")), "-m", "pytest", "-q", *argv], cwd=ROOT, env=env
    )
    return core or full


def bench(argv: list[str]) -> int:
    _ensure_env(FULL, [], editable_extras="dev")
    names = argv or sorted(
        p.stem.removeprefix("bench_") for p in ROOT.glob("benchmarks/bench_*.py")
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    status = 0
    for name in names:
        print(f"\n== benchmarks/bench_{name}.py ==", flush=True)
        status |= subprocess.call(
            [str(_bin(FULL, "python")), f"benchmarks/bench_{name}.py"], cwd=ROOT, env=env
        )
    return status


def main() -> int:
    commands = {"app": app, "test": test, "bench": bench}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
