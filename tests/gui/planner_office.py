"""A 30-person demo office for the Planner GUI tests (a helper module, not a test module).

The demo is generated once per session (half a second) and copied for each test, so a
test may edit its copy freely. Seed and end date are fixed: with them the default
policy (two anchor days, 90 % ceiling) is feasible at both sites, so a run gives a plan.
The page on it and the steps a manager takes (run, save) are here too, shared by the
Planner page's test modules.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from officeplanner.demo.files import create_demo_file
from officeplanner.gui import prompts
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.planner_page import PlannerPage
from officeplanner.gui.save_plan_dialog import SavePlanDialog
from officeplanner.gui.settings import Settings
from officeplanner.planner.exact import SolveOptions, solve
from officeplanner.planner.from_office import BuildOptions, build_problem
from officeplanner.planner.problem import Problem
from officeplanner.planner.result import Solution
from officeplanner.store import OfficeFile

DEMO_PEOPLE = 30
DEMO_SEED = 2
DEMO_END = date(2026, 11, 27)  # a Friday
#: Longest a run of the small demo may take in a test (it solves in milliseconds).
RUN_TIMEOUT_MS = 20_000


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


@pytest.fixture
def page(qtbot: QtBot, demo_office: DemoOffice) -> PlannerPage:
    p = PlannerPage(demo_office.context)
    qtbot.addWidget(p)
    p.resize(1200, 760)
    p.show()
    qtbot.waitExposed(p)
    return p


def core_plan(demo: DemoOffice, options: BuildOptions | None = None) -> tuple[Problem, Solution]:
    """What ``officeplanner plan FILE`` computes for the file as it is now."""
    built = build_problem(demo.doc.conn, options or BuildOptions())
    return built.problem, solve(built.problem, SolveOptions(time_limit=10.0))


def run_and_wait(qtbot: QtBot, page: PlannerPage) -> None:
    """Click Run and wait, with the event loop running, until the result is shown."""
    assert page.run_action.isEnabled()
    page.run_action.trigger()
    assert page.task is not None and not page.run_action.isEnabled()
    qtbot.waitUntil(lambda: page.task is None, timeout=RUN_TIMEOUT_MS)
    assert page.run is not None


def grid_days(page: PlannerPage) -> dict[str, tuple[str, ...]]:
    """Each team's days as the grid shows them (cells reading "In" or "In (fixed)")."""
    grid = page.grid
    out: dict[str, tuple[str, ...]] = {}
    assert grid.problem is not None
    for team in grid.problem.teams:
        cells = grid.cell_text(team.name)
        out[team.name] = tuple(d for d in grid.weekdays if cells[d].startswith("In"))
    return out


def save_as_user(
    page: PlannerPage, monkeypatch: pytest.MonkeyPatch, name: str, start: date
) -> None:
    """Save Plan… answered as a user would: type a name and a period, press Save."""

    def answer(dialog: object) -> bool:
        assert isinstance(dialog, SavePlanDialog)
        dialog.set_values(name, start, date(start.year, 12, 31))
        return True

    monkeypatch.setattr(prompts, "run_dialog", answer)
    assert page.save_action.isEnabled()
    page.save_action.trigger()
