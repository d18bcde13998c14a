"""House rules that keep the core usable without Qt and the code clean.

These run in both environments: in ``.venv-headless`` (no Qt installed) importing
every core module is itself the proof; in ``.venv`` the import-linter contract,
ruff and mypy are checked too.
"""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import officeplanner

ROOT = Path(__file__).resolve().parents[2]
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")


def _core_module_names() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(officeplanner.__path__, "officeplanner."):
        if info.name == "officeplanner.gui" or info.name.startswith("officeplanner.gui."):
            continue
        names.append(info.name)
    return names


def _tool(name: str) -> str | None:
    """A console script of the running environment, or None when it is not installed."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else shutil.which(name)


def test_every_core_module_imports_with_qt_blocked() -> None:
    """Import each core module in a fresh interpreter where importing Qt raises."""
    code = f"""
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {QT_MODULES!r}:
            raise ImportError('Qt imported by the core: ' + name)
        return None
sys.meta_path.insert(0, Block())
for name in {_core_module_names()!r}:
    importlib.import_module(name)
print('ok')
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_import_linter_contract_covers_every_core_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = config["tool"]["importlinter"]["contracts"][0]
    assert set(contract["forbidden_modules"]) >= set(QT_MODULES)
    top_level = {
        "officeplanner." + info.name
        for info in pkgutil.iter_modules(officeplanner.__path__)
        if info.name != "gui"
    }
    missing = top_level - set(contract["source_modules"])
    assert not missing, f"add to [tool.importlinter] source_modules: {sorted(missing)}"


def test_import_linter_contract_holds() -> None:
    try:
        importlib.import_module("PySide6")
    except ImportError:
        pytest.skip("import-linter needs the Qt packages installed to trace them")
    tool = _tool("lint-imports")
    if tool is None:
        pytest.skip("import-linter is not installed here")
    result = subprocess.run(
        [tool, "--no-cache"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "."], ["ruff", "format", "--check", "."], ["mypy"]],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_code_is_clean(command: list[str]) -> None:
    tool = _tool(command[0])
    if tool is None:
        pytest.skip(f"{command[0]} is not installed in this environment")
    result = subprocess.run(
        [tool, *command[1:]], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
