"""The packaging files agree with the app and with each other (no Qt, no PyInstaller).

A real build takes minutes and needs PyInstaller (packaging/build_app.py, CI); these
checks catch in milliseconds what would otherwise fail only there, or worse, only on a
user's machine: a Qt module the app imports excluded from the bundle, an executable
renamed in one file and not in the others, the file association lost from the installer.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "officeplanner.spec"
ISS = PACKAGING / "windows" / "officeplanner.iss"


def constants(path: Path) -> dict[str, Any]:
    """Module-level ``NAME = <literal>`` assignments of a Python file, without running it."""
    found: dict[str, Any] = {}
    for node in ast.parse(path.read_text(encoding="utf-8"), filename=str(path)).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return found


def qt_modules_the_app_imports() -> set[str]:
    """``PySide6.QtX`` modules imported anywhere in the package (forms included)."""
    used: set[str] = set()
    for path in (ROOT / "officeplanner").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith("PySide6.Qt"):
                    used.add(node.module.split(".")[1])
                elif node.module == "PySide6":
                    used |= {a.name for a in node.names if a.name.startswith("Qt")}
            elif isinstance(node, ast.Import):
                used |= {
                    a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.Qt")
                }
    return used


def test_spec_is_python_and_names_the_app_and_its_icons() -> None:
    spec = constants(SPEC)
    assert spec["APP_NAME"] == "Office Planner"
    assert spec["EXE_NAME"] == "OfficePlanner"
    assert spec["BUNDLE_ID"].count(".") >= 2
    text = SPEC.read_text(encoding="utf-8")
    assert '"officeplanner.ico"' in text and '"officeplanner.icns"' in text
    assert 'name=f"{APP_NAME}.app"' in text
    assert "upx=True" not in text and text.count("upx=False") >= 3
    assert '"CFBundleTypeExtensions": ["officeplan"]' in text


def test_spec_excludes_unused_qt_but_nothing_the_app_imports() -> None:
    excluded = {name.split(".")[1] for name in constants(SPEC)["EXCLUDES"] if "." in name}
    for unused in ("QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia"):
        assert unused in excluded
    used = qt_modules_the_app_imports()
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} <= used
    assert not used & excluded, f"the app imports excluded Qt modules: {used & excluded}"


def test_spec_data_files_exist() -> None:
    """What the spec copies is where icons.py and guide.py look: resources/, docs/."""
    assert list((ROOT / "resources").glob("*.svg"))
    assert (ROOT / "resources" / "officeplanner.svg").is_file()
    assert (ROOT / "docs" / "guide").is_dir() and (ROOT / "README.md").is_file()
    text = SPEC.read_text(encoding="utf-8")
    for dest in ('"resources"', '"docs"', '"officeplanner/gui/translations"'):
        assert dest in text


def test_executable_names_and_smoke_switch_agree_across_files() -> None:
    spec = constants(SPEC)
    assert constants(PACKAGING / "entry.py")["CLI_NAME"] == spec["CLI_NAME"]
    smoke = constants(PACKAGING / "smoke_frozen.py")
    assert smoke["CLI_NAME"] == spec["CLI_NAME"]
    assert smoke["GUI_NAME"] == spec["EXE_NAME"]
    app = constants(ROOT / "officeplanner" / "gui" / "app.py")
    assert smoke["SMOKE_ENV"] == app["SMOKE_TEST_ENV"]


def test_installer_associates_officeplan_files_and_allows_per_user_install() -> None:
    iss = ISS.read_text(encoding="utf-8")
    assert re.search(r'^#define ExeName "OfficePlanner\.exe"$', iss, re.M)
    assert 'Subkey: "Software\\Classes\\.officeplan"' in iss
    assert '\\shell\\open\\command"' in iss and '""%1"""' in iss
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert re.search(r"^ChangesAssociations=yes$", iss, re.M)
    assert "{autoprograms}" in iss  # the Start-menu entry


def test_package_extra_has_the_build_tools() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = " ".join(project["optional-dependencies"]["package"]).lower()
    assert "pyinstaller" in extra and "pillow" in extra
