"""The welcome screen and the one-time note over the demo office, used as a user would:
its buttons open the demo, the guided setup, the setup-then-import and a file; recent
files open from the keyboard; the very first start shows the demo with the note once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from officeplanner.gui import prompts, settings
from officeplanner.gui.main_window import MainWindow
from officeplanner.gui.settings import Settings
from officeplanner.gui.setup_wizard import SetupWizard
from officeplanner.gui.welcome import WelcomePage
from officeplanner.store import OfficeFile
from tests.gui.shell_office import build_office, make_settings


@pytest.fixture
def app_settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    path = tmp_path / "Oslo office.officeplan"
    build_office(path).close()
    return path


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo office lives in the test's folder and is a small office built at once."""
    from officeplanner.demo import files

    path = tmp_path / "data" / "Demo office.officeplan"
    monkeypatch.setattr(files, "default_demo_path", lambda: path)
    monkeypatch.setattr(files, "ensure_demo_office", _small_demo)
    return path


def _small_demo(path: Path | None = None, **kwargs: object) -> Path:
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    build_office(path).close()
    return path


def _window(qtbot: QtBot, app_settings: Settings) -> MainWindow:
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, app_settings: Settings) -> Iterator[MainWindow]:
    window = _window(qtbot, app_settings)
    yield window
    window.context.set_document(None)


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _run_wizard(
    answers: Callable[[SetupWizard], None], shown: list[QDialog]
) -> Callable[[QDialog], bool]:
    """A stand-in for prompts.run_dialog: fill the setup wizard with ``answers``, Finish."""

    def run(dialog: QDialog) -> bool:
        shown.append(dialog)
        if not isinstance(dialog, SetupWizard):
            return False  # the import wizard: recorded, not run
        dialog.show()
        answers(dialog)
        dialog.button(QWizard.WizardButton.FinishButton).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def test_with_no_file_the_welcome_screen_offers_four_ways_to_start(window: MainWindow) -> None:
    welcome = window.welcome
    assert isinstance(welcome, WelcomePage)
    assert window.ui.pages.currentWidget() is welcome
    assert not window.demo_banner.isVisible()
    names = [button.accessibleName() for button in welcome.buttons]
    assert names == [
        "Open the demo office",
        "Start a new office",
        "Import a spreadsheet",
        "Open a file",
    ]
    for button in welcome.buttons:
        assert button.isVisible() and button.isEnabled()
        assert button.accessibleDescription()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert welcome.focusProxy() is welcome.demo_button
    assert not welcome.recent.isVisible()  # no recent files yet: no empty list


def test_tab_walks_the_choices_in_reading_order(
    qtbot: QtBot, app_settings: Settings, office_file: Path
) -> None:
    app_settings.add_recent_file(str(office_file))
    window = _window(qtbot, app_settings)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    welcome = window.welcome
    welcome.demo_button.setFocus()
    reached = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(reached[-1], Qt.Key.Key_Tab)  # type: ignore[arg-type]
        reached.append(QApplication.focusWidget())
    assert reached == [*welcome.buttons, welcome.recent]
    qtbot.keyClick(welcome.recent, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is welcome.open_button


def test_the_demo_button_opens_the_demo_office(
    qtbot: QtBot, window: MainWindow, demo: Path
) -> None:
    _click(qtbot, window.welcome.demo_button)
    qtbot.waitUntil(lambda: window.context.doc is not None, timeout=30_000)
    assert window.context.doc is not None and window.context.doc.path == demo
    assert window.ui.pages.currentWidget() is not window.welcome
    assert not window.demo_banner.isVisible()  # the note is for the first start only


def test_the_open_button_opens_the_chosen_file(
    qtbot: QtBot, window: MainWindow, office_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(parent: object, title: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return str(office_file), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    _click(qtbot, window.welcome.open_button)
    assert window.context.doc is not None and window.context.doc.path == office_file
    assert "*.officeplan" in asked[0]
    window.close_file()
    assert window.ui.pages.currentWidget() is window.welcome  # back when the file closes
    assert window.welcome.recent.isVisible()


def test_a_recent_file_opens_from_the_keyboard(
    qtbot: QtBot, app_settings: Settings, office_file: Path
) -> None:
    app_settings.add_recent_file(str(office_file))
    window = _window(qtbot, app_settings)
    recent = window.welcome.recent
    assert recent.count() == 1 and recent.currentRow() == 0
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.context.doc is not None and window.context.doc.path == office_file
    window.context.set_document(None)


def test_start_a_new_office_runs_the_setup_and_opens_the_new_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Bergen.officeplan"

    def answers(wizard: SetupWizard) -> None:
        wizard.file_page.ui.fileEdit.setText(str(target))
        wizard.next()
        wizard.site_page.ui.nameEdit.setText("Bergen")

    shown: list[QDialog] = []
    monkeypatch.setattr(prompts, "run_dialog", _run_wizard(answers, shown))
    _click(qtbot, window.welcome.new_button)
    assert len(shown) == 1
    doc = window.context.doc
    assert doc is not None and doc.path == target and not doc.read_only
    assert doc.scalar("SELECT name FROM sites") == "Bergen"
    assert window.ui.pages.currentWidget() is window.pages["office"]
    assert window.settings.get(settings.RECENT_FILES)[0] == str(target)


def test_import_a_spreadsheet_creates_an_office_then_opens_the_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "From a list.officeplan"

    def answers(wizard: SetupWizard) -> None:
        assert wizard.file_page.ui.importRadio.isChecked()  # the button chose it already
        wizard.file_page.ui.fileEdit.setText(str(target))

    shown: list[QDialog] = []
    monkeypatch.setattr(prompts, "run_dialog", _run_wizard(answers, shown))
    _click(qtbot, window.welcome.import_button)
    doc = window.context.doc
    assert doc is not None and doc.path == target
    assert doc.counts()["sites"] == 0
    if window._import_available:
        assert [type(d).__name__ for d in shown] == ["SetupWizard", "ImportWizard"]
    for dialog in shown[1:]:
        dialog.deleteLater()


def test_a_cancelled_setup_opens_nothing_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = set(tmp_path.iterdir())
    monkeypatch.setattr(prompts, "run_dialog", lambda dialog: False)
    _click(qtbot, window.welcome.new_button)
    assert window.context.doc is None
    assert window.ui.pages.currentWidget() is window.welcome
    assert set(tmp_path.iterdir()) == before


def test_the_first_start_shows_the_demo_with_a_note_once(
    qtbot: QtBot, tmp_path: Path, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_settings = make_settings(tmp_path)
    first = _window(qtbot, app_settings)
    first.start(None)
    qtbot.waitUntil(lambda: first.context.doc is not None, timeout=30_000)
    assert first.context.doc is not None and first.context.doc.path == demo
    banner = first.demo_banner
    assert banner.isVisible()
    assert "demo office" in banner.label.text()
    assert app_settings.get(settings.WELCOME_SHOWN)
    # "Start my own office" goes to the guided setup (cancelled here) and the note goes.
    shown: list[QDialog] = []
    monkeypatch.setattr(prompts, "run_dialog", lambda dialog: shown.append(dialog) or False)
    _click(qtbot, banner.new_button)
    assert [type(d).__name__ for d in shown] == ["SetupWizard"]
    assert not banner.isVisible()
    first.close()

    again = _window(qtbot, app_settings)  # the demo was the last file: it opens again
    again.start(None)
    assert again.context.doc is not None and again.context.doc.path == demo
    assert not again.demo_banner.isVisible()  # but the note was shown once already
    again.close()


def test_the_demo_note_can_be_dismissed_and_goes_away_with_the_demo(
    qtbot: QtBot, tmp_path: Path, demo: Path, office_file: Path
) -> None:
    app_settings = make_settings(tmp_path)
    window = _window(qtbot, app_settings)
    window.start(None)
    qtbot.waitUntil(lambda: window.context.doc is not None, timeout=30_000)
    assert window.demo_banner.isVisible()
    _click(qtbot, window.demo_banner.dismiss_button)
    assert not window.demo_banner.isVisible()
    assert window.context.doc is not None  # dismissing keeps the demo open

    app_settings.reset(settings.WELCOME_SHOWN)
    window.demo_banner.arm()
    window.open_path(demo)
    assert window.demo_banner.isVisible()
    window.open_path(office_file)  # another office: the note is not about it
    assert not window.demo_banner.isVisible()
    with OfficeFile.open(demo, read_only=True) as doc:
        assert doc.counts()["sites"] == 2  # the demo itself was left as it was
    window.close()
