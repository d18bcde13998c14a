"""A 30-person demo office for the Planner GUI tests (a helper module, not a test module).

The demo is generated once per session (half a second) and copied for each test, so a
test may edit its copy freely. Seed and end date are fixed: with them the default
policy (two anchor days, 90 % ceiling) is feasible at both sites, so a run gives a plan.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from officeplanner.demo.files import create_demo_file
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.settings import Settings
from officeplanner.store import OfficeFile

DEMO_PEOPLE = 30
DEMO_SEED = 2
DEMO_END = date(2026, 11, 27)  # a Friday


@dataclass
class DemoOffice:
    context: DocumentContext
    doc: OfficeFile
    path: Path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo30.officeplan"
    create_demo_file(path, people=DEMO_PEOPLE, weeks=12, seed=DEMO_SEED, end=DEMO_END)
    return path


@pytest.fixture
def demo_office(demo_template: Path, tmp_path: Path) -> Iterator[DemoOffice]:
    path = tmp_path / "demo.officeplan"
    shutil.copyfile(demo_template, path)
    doc = OfficeFile.open(path)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = DocumentContext(settings)
    context.set_document(doc)
    yield DemoOffice(context, doc, path)
    context.set_document(None)
