"""Shared fixtures. GUI tests live under tests/gui and are marked ``gui`` automatically.

The Qt platform is forced offscreen here, before anything imports Qt, so that the
suite runs on a machine without a display and never opens real windows.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from officeplanner.store import OfficeFile


def pytest_addoption(parser: pytest.Parser) -> None:
    """Declare pytest-qt's ini keys when it is absent (the headless env), for --strict-config."""
    try:
        import pytestqt  # noqa: F401
    except ImportError:
        parser.addini("qt_api", "pytest-qt's Qt binding (unused without pytest-qt)")
        parser.addini("qt_log_level_fail", "pytest-qt's log level (unused without pytest-qt)")
        parser.addini("qt_log_ignore", "pytest-qt's ignored messages", type="linelist")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in item.path.as_posix():
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def office_path(tmp_path: Path) -> Path:
    """Where a test may create an office file."""
    return tmp_path / "office.officeplan"


@pytest.fixture
def office(office_path: Path) -> Iterator[OfficeFile]:
    """A new, empty office file, open for writing."""
    doc = OfficeFile.create(office_path)
    yield doc
    doc.close()
