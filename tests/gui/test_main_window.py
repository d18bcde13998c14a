"""The main window, driven as a user would: open a file, recent files, undo/redo from the
Edit menu, the second-instance and read-only messages, read-only mode, drag and drop,
first run with the demo office, save a copy, help, and the error dialog with its log."""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QUndoView, QWizard
from pytestqt.qtbot import QtBot

from officeplanner.edits.office import Level
from officeplanner.gui import errors, main_window, prompts, settings
from officeplanner.gui.actions import MainAction
from officeplanner.gui.error_dialog import ErrorDialog
from officeplanner.gui.errors import ErrorReporter
from officeplanner.gui.main_window import MainWindow, start_up_file
from officeplanner.gui.office_page import OfficePage
from officeplanner.gui.people_page import PeoplePage
from officeplanner.gui.settings import Settings
from officeplanner.store import OfficeFile
from officeplanner.store.holder import lock_path
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
def window(qtbot: QtBot, app_settings: Settings) -> Iterator[MainWindow]:
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.context.set_document(None)


def _office_page(window: MainWindow) -> OfficePage:
    page = window.pages["office"]
    assert isinstance(page, OfficePage)
    return page


def _other_writer(path: Path) -> None:
    """Make ``path`` look held by another Office Planner on another computer."""
    record = {
        "user": "kari",
        "host": "FINANCE-PC",
        "pid": 4242,
        "since": "2026-11-20T08:30:00+00:00",
    }
    lock_path(path).write_text(json.dumps(record), encoding="utf-8")


def test_without_a_file_the_window_explains_how_to_start(window: MainWindow) -> None:
    assert window.windowTitle() == "Office Planner"
    assert window.ui.pages.currentWidget() is window.welcome
    assert not window.ui.navList.isVisible()
    assert not window.ui.readOnlyBar.isVisible()
    assert window.welcome.demo_button.isVisible()
    assert not window.main_actions[MainAction.CLOSE].isEnabled()
    assert not window.main_actions[MainAction.DELETE].isEnabled()
    assert [window.ui.navList.item(i).text() for i in range(3)] == [
        "Office",
        "People & teams",
        "Bookings",
    ]


def test_a_start_up_file_is_announced_instead_of_the_welcome_page(
    qtbot: QtBot, app_settings: Settings, office_file: Path
) -> None:
    window = MainWindow(app_settings, opening=start_up_file(app_settings, office_file))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    note = window.ui.pages.currentWidget()
    assert isinstance(note, QLabel) and note.text() == "Opening “Oslo office.officeplan”…"
    assert window._welcome is None  # not built: the file's page comes next
    assert window.current_page() is None
    window.start(office_file)
    assert window.ui.pages.currentWidget() is window.pages["office"]
    assert window.ui.pages.indexOf(note) == -1
    window.context.set_document(None)


def test_when_the_start_up_file_cannot_be_opened_the_welcome_page_follows(
    qtbot: QtBot, app_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors_shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors_shown.append(text))
    broken = tmp_path / "notes.officeplan"
    broken.write_text("not an office file", encoding="utf-8")
    window = MainWindow(app_settings, opening=start_up_file(app_settings, broken))
    qtbot.addWidget(window)
    window.start(broken)
    assert len(errors_shown) == 1
    assert window.ui.pages.currentWidget() is window.welcome


def test_the_start_up_file_is_the_given_one_else_the_last_one_that_still_exists(
    app_settings: Settings, office_file: Path, tmp_path: Path
) -> None:
    assert start_up_file(app_settings, None) is None
    app_settings.set(settings.LAST_FILE, str(office_file))
    assert start_up_file(app_settings, None) == office_file
    assert start_up_file(app_settings, tmp_path / "people.csv") == office_file  # then import
    other = tmp_path / "other.officeplan"
    assert start_up_file(app_settings, other) == other
    office_file.unlink()
    assert start_up_file(app_settings, None) is None


def test_open_a_file_shows_its_name_and_remembers_it(
    window: MainWindow, office_file: Path, app_settings: Settings
) -> None:
    assert window.open_path(office_file)
    assert window.windowTitle() == "Oslo office.officeplan — Office Planner"
    assert window.ui.pages.currentWidget() is window.pages["office"]
    assert window.holder_label.text() == "Every change is saved as you make it"
    assert app_settings.get(settings.LAST_FILE) == str(office_file)
    assert app_settings.get(settings.RECENT_FILES) == [str(office_file)]
    assert window.main_actions[MainAction.IMPORT].isEnabled() == window._import_available

    window.main_actions[MainAction.CLOSE].trigger()
    assert window.ui.pages.currentWidget() is window.welcome
    assert not lock_path(office_file).exists()  # closing released the file
    assert window.welcome.recent.count() == 1


def test_a_page_is_built_when_first_shown_and_sees_the_open_file(
    window: MainWindow, office_file: Path
) -> None:
    """Pages are built lazily so the window paints sooner; a late page still gets the file."""
    assert "people" in window.pages and not window.pages.is_built("people")
    assert [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())][:3] == [
        "Office",
        "People & teams",
        "Bookings",
    ]
    assert window.open_path(office_file)
    assert not window.pages.is_built("people")
    window.show_page("people")
    assert window.pages.is_built("people")
    page = window.pages["people"]
    assert window.ui.pages.currentWidget() is page
    assert isinstance(page, PeoplePage)
    assert page.people.rowCount() == 3  # Alice, Bob and Carol of the shell office


def test_open_recent_menu(window: MainWindow, tmp_path: Path, app_settings: Settings) -> None:
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.officeplan"
        OfficeFile.create(path).close()
        assert window.open_path(path)
        paths.append(path)
    window.ui.menuRecent.aboutToShow.emit()
    labels = [a.text() for a in window.ui.menuRecent.actions() if a.text()]
    assert labels == ["&1 b.officeplan", "&2 a.officeplan", "Clear Menu"]
    window.ui.menuRecent.actions()[1].trigger()
    assert window.context.doc is not None and window.context.doc.path == paths[0]
    assert app_settings.get(settings.RECENT_FILES) == [str(paths[0]), str(paths[1])]

    window.ui.menuRecent.aboutToShow.emit()
    next(a for a in window.ui.menuRecent.actions() if a.text() == "Clear Menu").trigger()
    assert app_settings.get(settings.RECENT_FILES) == []


def test_a_vanished_recent_file_is_explained_and_dropped(
    window: MainWindow, tmp_path: Path, app_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = str(tmp_path / "gone.officeplan")
    app_settings.set(settings.RECENT_FILES, [gone])
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append(text))
    window._open_recent_path(gone)
    assert "no longer exists" in shown[0]
    assert app_settings.get(settings.RECENT_FILES) == []


def test_undo_and_redo_from_the_edit_menu(
    window: MainWindow, office_file: Path, qtbot: QtBot
) -> None:
    window.open_path(office_file)
    page = _office_page(window)
    zone = int(window.context.doc.scalar("SELECT id FROM zones WHERE name = 'South'"))  # type: ignore[union-attr]
    page.select((Level.ZONE, zone))
    page.add_desk_action.trigger()
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Add desk “Desk 1”"
    assert window.undo_label.text() == "1 of 1 change in this session"
    window.undo_action.trigger()
    assert window.context.doc.scalar("SELECT count(*) FROM desks WHERE name = 'Desk 1'") == 0  # type: ignore[union-attr]
    assert window.undo_label.text() == "0 of 1 change in this session"
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert window.context.doc.scalar("SELECT count(*) FROM desks WHERE name = 'Desk 1'") == 1  # type: ignore[union-attr]
    window.main_actions[MainAction.SHOW_HISTORY].trigger()
    assert window.history_dock.isVisible()
    history = window.history_dock.widget()
    assert isinstance(history, QUndoView) and history.stack() is window.context.undo_stack
    assert history.model().rowCount() == 2  # "<file as opened>" and the added desk


def test_edit_delete_goes_to_the_page(
    window: MainWindow, office_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(office_file)
    page = _office_page(window)
    desk = int(window.context.doc.scalar("SELECT id FROM desks WHERE name = 'S1'"))  # type: ignore[union-attr]
    page.select((Level.DESK, desk))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    assert window.main_actions[MainAction.DELETE].isEnabled()
    window.main_actions[MainAction.DELETE].trigger()
    assert window.context.doc.scalar("SELECT count(*) FROM desks WHERE name = 'S1'") == 0  # type: ignore[union-attr]


def test_second_instance_is_told_who_holds_the_file_and_may_open_read_only(
    window: MainWindow, office_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _other_writer(office_file)
    asked: list[tuple[str, str]] = []

    def cancel(
        parent: object, title: str, text: str, details: str, *, can_take_over: bool = False
    ) -> prompts.OpenChoice:
        asked.append((title, text))
        assert can_take_over  # a lock from another computer may be one nobody can clear
        return prompts.OpenChoice.CANCEL

    monkeypatch.setattr(prompts, "ask_open_read_only", cancel)
    assert not window.open_path(office_file)
    assert window.context.doc is None
    title, text = asked[0]
    assert title == "File in use"
    assert "kari on FINANCE-PC (since 2026-11-20 " in text

    monkeypatch.setattr(prompts, "ask_open_read_only", lambda *a, **k: prompts.OpenChoice.READ_ONLY)
    assert window.open_path(office_file)
    assert window.context.read_only
    assert window.windowTitle() == "Oslo office.officeplan [read-only] — Office Planner"
    assert window.holder_label.text().startswith("Read-only · being edited by kari on FINANCE-PC")
    # read-only mode: no editing action anywhere
    for key in (MainAction.IMPORT, MainAction.DELETE):
        assert not window.main_actions[key].isEnabled()
    page = _office_page(window)
    page.select((Level.SITE, 1))
    assert not any(a.isEnabled() for a in page.edit_actions)
    people = window.pages["people"]
    assert not any(a.isEnabled() for a in people.edit_actions)  # type: ignore[attr-defined]
    assert window.main_actions[MainAction.EXPORT].isEnabled() == window._export_available
    assert window.main_actions[MainAction.SAVE_COPY].isEnabled()
    # the other writer closes: the status bar says so
    assert window.ui.readOnlyBar.isVisible()
    assert "kari on FINANCE-PC" in window.ui.readOnlyLabel.text()
    info: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: info.append(text))
    window.ui.reopenButton.click()  # still held: says so, stays read-only
    assert "still being edited by kari" in info[0]
    assert window.context.read_only
    lock_path(office_file).unlink()
    window._update_holder()
    assert "kari has closed the file" in window.holder_label.text()
    window.ui.reopenButton.click()
    assert not window.context.read_only
    assert not window.ui.readOnlyBar.isVisible()
    assert window.main_actions[MainAction.DELETE].isEnabled()


def test_read_only_share_offers_read_only(
    window: MainWindow, office_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from officeplanner.store import document

    monkeypatch.setattr(document, "_is_writable", lambda path: False)
    monkeypatch.setattr(main_window, "_is_writable", lambda path: False)
    asked: list[str] = []
    monkeypatch.setattr(
        prompts,
        "ask_open_read_only",
        lambda parent, title, text, details: asked.append(title) or prompts.OpenChoice.READ_ONLY,
    )
    assert window.open_path(office_file)
    assert asked == ["Read-only file"]
    assert window.context.read_only
    assert window.holder_label.text() == "Read-only · the file cannot be written"
    assert window.ui.readOnlyBar.isVisible()
    assert "cannot be written" in window.ui.readOnlyLabel.text()
    assert not window.ui.reopenButton.isVisible()


def test_a_damaged_file_gives_a_clear_message(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.officeplan"
    bad.write_text("hello", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append(text))
    assert not window.open_path(bad)
    assert "not an SQLite database" in shown[0]
    assert bad.read_text(encoding="utf-8") == "hello"


def test_drop_an_office_file_opens_it_and_a_csv_opens_the_import(
    window: MainWindow,
    office_file: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def drop(path: Path) -> QDropEvent:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        window.dropEvent(event)
        return event

    drop(office_file)
    qtbot.waitUntil(lambda: window.context.doc is not None)
    imported: list[Path | None] = []
    monkeypatch.setattr(window, "open_import", imported.append)
    csv = tmp_path / "desks.csv"
    csv.write_text("site,floor,zone,desk\n", encoding="utf-8")
    event = drop(csv)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: imported == [csv])
    ignored = drop(tmp_path / "photo.png")
    assert not ignored.isAccepted()
    assert QPoint(0, 0) == QPoint()  # keeps QPoint import meaningful for type checkers


def test_first_run_opens_the_demo_office_then_the_last_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from officeplanner.demo import files

    demo = tmp_path / "data" / "Demo office.officeplan"
    monkeypatch.setattr(files, "default_demo_path", lambda: demo)
    monkeypatch.setattr(
        files, "ensure_demo_office", lambda path=None, **kw: _small_demo(Path(str(path)))
    )
    app_settings = make_settings(tmp_path)
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.start(None)
    qtbot.waitUntil(lambda: window.context.doc is not None, timeout=30_000)
    assert window.context.doc is not None and window.context.doc.path == demo
    assert app_settings.get(settings.FIRST_RUN_DONE)
    window.close()

    again = MainWindow(app_settings)
    qtbot.addWidget(again)
    again.start(None)
    assert again.context.doc is not None and again.context.doc.path == demo
    again.close_file()
    again.close()
    third = MainWindow(app_settings)
    qtbot.addWidget(third)
    third.start(None)  # closed last time and the demo was offered: the welcome page
    assert third.context.doc is None
    assert third.ui.pages.currentWidget() is third.welcome


def _small_demo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    build_office(path).close()
    return path


def test_start_with_a_file_argument(
    qtbot: QtBot, office_file: Path, app_settings: Settings
) -> None:
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.start(office_file)
    assert window.context.doc is not None and window.context.doc.path == office_file
    window.close()


def test_geometry_and_page_are_remembered(
    qtbot: QtBot, office_file: Path, app_settings: Settings
) -> None:
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.show()
    window.open_path(office_file)
    window.resize(700, 500)  # within the offscreen screen (800×600)
    window.show_page("people")
    window.close()
    assert app_settings.get(settings.WINDOW_GEOMETRY)
    assert app_settings.get(settings.CURRENT_PAGE) == "people"
    assert not lock_path(office_file).exists()
    again = MainWindow(app_settings)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (700, 500)
    assert again.ui.navList.currentRow() == 1


def test_new_file_and_save_a_copy(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prompts, "run_dialog", _finish_an_empty_office(tmp_path / "New office"))
    window.main_actions[MainAction.NEW].trigger()
    doc = window.context.doc
    assert doc is not None and doc.path == tmp_path / "New office.officeplan"
    assert _office_page(window).stack.currentWidget() is _office_page(window).empty
    _office_page(window).empty_button.click()
    monkeypatch.setattr(prompts, "save_file_name", lambda *a: tmp_path / "copy.officeplan")
    window.main_actions[MainAction.SAVE_COPY].trigger()
    with OfficeFile.open(tmp_path / "copy.officeplan", read_only=True) as copy:
        assert copy.counts()["sites"] == 1


def _finish_an_empty_office(path: Path) -> Callable[[QDialog], bool]:
    """Answer File ▸ New's guided setup with "an empty file at ``path``" and Finish."""

    def finish(wizard: QDialog) -> bool:
        from officeplanner.gui.setup_wizard import SetupWizard

        assert isinstance(wizard, SetupWizard)
        wizard.show()
        wizard.file_page.ui.fileEdit.setText(str(path))
        wizard.file_page.ui.emptyRadio.setChecked(True)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result() == QDialog.DialogCode.Accepted

    return finish


def test_help_user_guide_and_about(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.main_actions[MainAction.USER_GUIDE].trigger()
    guide = window._guide
    assert guide is not None and guide.isVisible()
    topics = guide.topics  # type: ignore[attr-defined]
    assert topics[0][0] == "Getting started"
    metrics = next(title for title, text in topics if "Utilisation(d)" in text)
    guide.show_topic(metrics)  # type: ignore[attr-defined]
    assert "Utilisation(d)" in guide.ui.browser.toPlainText()  # type: ignore[attr-defined]
    shown: list[str] = []
    monkeypatch.setattr(prompts, "about", lambda parent, title, text: shown.append(text))
    window.main_actions[MainAction.ABOUT].trigger()
    from officeplanner import __version__

    assert f"Office Planner {__version__}" in shown[0]


def test_the_guide_defines_the_metrics_even_without_docs(tmp_path: Path, qtbot: QtBot) -> None:
    from officeplanner.gui.guide import UserGuideDialog

    guide = UserGuideDialog(None, root=tmp_path)  # no README, no docs/
    qtbot.addWidget(guide)
    assert [t for t, _ in guide.topics] == ["Getting started", "How figures are calculated"]


def test_standard_shortcuts(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.main_actions[MainAction.OPEN].shortcuts() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.Open
    )
    assert window.undo_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)


# -- errors ------------------------------------------------------------------------------------


@pytest.fixture
def reporter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[ErrorReporter, list[ErrorDialog]]]:
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(errors, "present", shown.append)
    reporter = ErrorReporter(tmp_path / "logs")
    yield reporter, shown
    for handler in list(errors.log.handlers):
        if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
            errors.log.removeHandler(handler)
            handler.close()


def test_an_unexpected_error_is_shown_with_details_and_logged(
    reporter: tuple[ErrorReporter, list[ErrorDialog]], tmp_path: Path, qtbot: QtBot
) -> None:
    hook, shown = reporter
    try:
        raise ZeroDivisionError("division by zero in the occupancy chart")
    except ZeroDivisionError:
        hook.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert "division by zero in the occupancy chart" in dialog.ui.summaryLabel.text()
    assert "Your office file is safe" in dialog.ui.infoLabel.text()
    assert "Traceback" in dialog.details() and "test_main_window.py" in dialog.details()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details()
    log = (tmp_path / "logs" / "officeplanner.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero in the occupancy chart" in log


def test_what_is_logged_before_the_log_file_is_attached_is_written_to_it(
    tmp_path: Path,
) -> None:
    errors.hold_early_records()
    errors.log.getChild("i18n").warning("no nb translations: the interface stays English")
    reporter = ErrorReporter(tmp_path / "logs")
    try:
        reporter.start_logging()
        errors.log.info("opened the office")
        assert reporter.log_path == tmp_path / "logs" / "officeplanner.log"
        text = reporter.log_path.read_text(encoding="utf-8")
        assert "WARNING officeplanner.i18n: no nb translations" in text
        assert text.index("no nb translations") < text.index("opened the office")
        assert not any(type(h).__name__ == "_HeldRecords" for h in errors.log.handlers)
    finally:
        for handler in list(errors.log.handlers):
            errors.log.removeHandler(handler)
            handler.close()


def test_errors_on_worker_threads_are_shown_on_the_gui_thread(
    reporter: tuple[ErrorReporter, list[ErrorDialog]], qtbot: QtBot
) -> None:
    hook, shown = reporter
    hook.install()
    try:
        thread = threading.Thread(target=_fail, name="worker")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: len(shown) == 1)
    finally:
        hook.uninstall()
    qtbot.addWidget(shown[0])
    assert "RuntimeError: failed in a worker" in shown[0].ui.summaryLabel.text()


def _fail() -> None:
    raise RuntimeError("failed in a worker")


def test_import_and_export_open_the_wizard_and_dialog(
    window: MainWindow, office_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QDialog] = []
    monkeypatch.setattr(prompts, "run_dialog", lambda dialog: shown.append(dialog) or False)
    window.open_path(office_file)
    csv = tmp_path / "people.csv"
    csv.write_text("person,team\nAda,Red\n", encoding="utf-8")
    if window._import_available:
        window.open_import(csv)
        assert type(shown[-1]).__name__ == "ImportWizard"
        assert shown[-1].context is window.context  # type: ignore[attr-defined]
    if window._export_available:
        window.main_actions[MainAction.EXPORT].trigger()
        assert type(shown[-1]).__name__ == "ExportDialog"
    for dialog in shown:
        dialog.deleteLater()


def test_edit_menu_greys_out_delete_without_a_selection(
    window: MainWindow, office_file: Path
) -> None:
    window.open_path(office_file)
    delete = window.main_actions[MainAction.DELETE]
    assert delete.isEnabled()
    window.ui.menuEdit.aboutToShow.emit()
    assert not delete.isEnabled()  # nothing selected on the Office page
    window.ui.menuEdit.aboutToHide.emit()
    assert delete.isEnabled()  # the Delete key still reaches the page


def test_app_main_shows_the_window_then_opens_the_file(
    qtbot: QtBot, office_file: Path, app_settings: Settings, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from officeplanner.gui import app

    seen: list[str] = []

    def check_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next(w for w in windows if w.context.doc is not None)
        seen.append(window.windowTitle())
        window.close()
        QApplication.quit()

    # Closing the last window would also post a deferred Quit event; delivered after
    # app.main() returned it would end every later event loop of this test process.
    QApplication.setQuitOnLastWindowClosed(False)
    QTimer.singleShot(200, check_and_quit)
    try:
        code = app.main([str(office_file)], settings=app_settings, log_dir=tmp_path / "logs")
    finally:
        QApplication.setQuitOnLastWindowClosed(True)
    assert code == 0
    assert seen == ["Oslo office.officeplan — Office Planner"]
    assert not lock_path(office_file).exists()
    assert app_settings.get(settings.LAST_FILE) == str(office_file)
    assert sys.excepthook is not None and not isinstance(
        getattr(sys.excepthook, "__self__", None), ErrorReporter
    )
    for handler in list(errors.log.handlers):
        if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
            errors.log.removeHandler(handler)
            handler.close()


def test_a_real_second_process_holding_the_file(
    window: MainWindow, office_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another Office Planner process (same computer) has the file open for writing."""
    import subprocess

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from officeplanner.store import OfficeFile\n"
            f"doc = OfficeFile.open({str(office_file)!r})\n"
            "print('ready', flush=True)\n"
            "sys.stdin.readline()\n"
            "doc.close()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        asked: list[str] = []
        monkeypatch.setattr(
            prompts,
            "ask_open_read_only",
            lambda parent, title, text, details, **k: (
                asked.append(text) or prompts.OpenChoice.READ_ONLY
            ),
        )
        assert window.open_path(office_file)
        assert "is open for editing by" in asked[0]
        assert window.context.read_only
        assert "being edited by" in window.holder_label.text()
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    window._update_holder()
    assert "has closed the file" in window.holder_label.text()


def test_a_last_file_that_cannot_be_opened_is_not_tried_at_every_start(
    window: MainWindow, tmp_path: Path, app_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by review: a last file that was no longer an office file showed the same
    error at every start; and a relative path given once opened nothing from elsewhere."""
    not_ours = tmp_path / "notes.officeplan"
    not_ours.write_text("just text")
    app_settings.set(settings.LAST_FILE, str(not_ours))
    app_settings.set(settings.RECENT_FILES, [str(not_ours)])
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append(text))
    assert not window.open_path(not_ours)
    assert shown and app_settings.get(settings.LAST_FILE) == ""
    assert app_settings.get(settings.RECENT_FILES) == []

    good = tmp_path / "good.officeplan"
    OfficeFile.create(good).close()
    monkeypatch.chdir(tmp_path)
    assert window.open_path(Path("good.officeplan"))
    assert app_settings.get(settings.LAST_FILE) == str(good)
    assert app_settings.get(settings.RECENT_FILES) == [str(good)]


def test_a_lock_nobody_can_clear_can_be_taken_over_for_editing(
    window: MainWindow, office_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by review: a lock left by another computer that crashed kept the file
    read-only for everyone, for ever; the user may now open it for editing anyway."""
    _other_writer(office_file)
    monkeypatch.setattr(prompts, "ask_open_read_only", lambda *a, **k: prompts.OpenChoice.TAKE_OVER)
    assert window.open_path(office_file)
    assert window.context.can_edit
    from officeplanner.store.holder import read_holder

    holder = read_holder(office_file)
    assert holder is not None and holder.pid == os.getpid()
