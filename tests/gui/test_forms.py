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
