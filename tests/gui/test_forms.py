"""The compiled forms in officeplanner/gui/forms must match their ui/*.ui sources.

A fresh compilation goes to a temporary folder and is compared with what is committed,
ignoring only the line that names the uic version.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


def test_every_compiled_form_matches_its_ui_file(tmp_path: Path) -> None:
    forms = load_script("compile_forms")
    forms.compile_all(tmp_path)
    assert forms.stale_forms(tmp_path) == []


def test_a_changed_ui_file_is_detected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forms = load_script("compile_forms")
    ui_dir = tmp_path / "ui"
    ui_dir.mkdir()
    source = (ROOT / "ui" / "person_dialog.ui").read_text(encoding="utf-8")
    for ui in (ROOT / "ui").glob("*.ui"):
        (ui_dir / ui.name).write_text(ui.read_text(encoding="utf-8"), encoding="utf-8")
    (ui_dir / "person_dialog.ui").write_text(
        source.replace("&amp;Email:", "E&amp;-mail:"), encoding="utf-8"
    )
    monkeypatch.setattr(forms, "UI_DIR", ui_dir)
    out = tmp_path / "out"
    forms.compile_all(out)
    assert forms.stale_forms(out) == [
        "officeplanner/gui/forms/ui_person_dialog.py is out of step with person_dialog.ui"
    ]


def test_every_ui_file_is_compiled() -> None:
    forms = load_script("compile_forms")
    ui_names = {forms.target_name(p) for p in (ROOT / "ui").glob("*.ui")}
    compiled = {p.name for p in (ROOT / "officeplanner" / "gui" / "forms").glob("ui_*.py")}
    assert ui_names == compiled


def test_compiled_forms_import_only_the_qt_names_they_use() -> None:
    """Each imported PySide6 name costs start-up time (its class is built on import)."""
    import ast

    for module in sorted((ROOT / "officeplanner" / "gui" / "forms").glob("ui_*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        imported = {
            alias.name
            for node in tree.body
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert imported <= used, f"{module.name} imports unused {sorted(imported - used)}"


def test_pruning_keeps_used_names_and_drops_an_empty_import() -> None:
    forms = load_script("compile_forms")
    source = (
        "from PySide6.QtCore import (QSize,\n    Qt, QUrl)\n"
        "from PySide6.QtGui import (QBrush,\n    QColor)\n"
        "x = QSize(1, 2)\ny = Qt.AlignmentFlag.AlignLeft\n"
    )
    assert forms.without_unused_imports(source) == (
        "from PySide6.QtCore import QSize, Qt\nx = QSize(1, 2)\ny = Qt.AlignmentFlag.AlignLeft\n"
    )
