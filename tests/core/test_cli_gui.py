"""``officeplanner gui`` and bare ``officeplanner``: the GUI is imported only when run."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

from officeplanner.cli import cmd_gui, main


def test_bare_command_launches_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str | None] = []
    monkeypatch.setattr(cmd_gui, "launch", lambda file: calls.append(file) or 0)
    assert main.main([]) == 0
    assert main.main(["gui", "office.officeplan"]) == 0
    assert calls == [None, "office.officeplan"]


def test_gui_passes_the_file_to_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = ModuleType("officeplanner.gui.app")
    received: list[list[str]] = []
    fake.main = lambda argv: received.append(list(argv)) or 0  # type: ignore[attr-defined]
    real = importlib.import_module

    def fake_import(name: str, *args: object) -> ModuleType:
        return fake if name == "officeplanner.gui.app" else real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib, "import_module", fake_import)
    assert cmd_gui.launch("x.officeplan") == 0
    assert cmd_gui.launch(None) == 0
    assert received == [["x.officeplan"], []]


def test_missing_pyside_gives_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_qt(name: str, *args: object) -> ModuleType:
        raise ModuleNotFoundError("No module named 'PySide6'", name="PySide6")

    monkeypatch.setattr(importlib, "import_module", no_qt)
    assert main.main(["gui"]) == 1
    err = capsys.readouterr().err
    assert "needs PySide6, which is not installed" in err
    assert "every other command works without it" in err


def test_the_cli_does_not_import_qt() -> None:
    assert "officeplanner.cli.cmd_gui" in sys.modules
    source = importlib.util.find_spec("officeplanner.cli.cmd_gui")
    assert source is not None and source.origin is not None
    text = Path(source.origin).read_text(encoding="utf-8")
    assert "import PySide6" not in text and "from PySide6" not in text
