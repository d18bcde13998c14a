"""Every control is named for screen readers and reachable with Tab.

The main window is opened on a real demo office and each page is shown in turn (with
its tabs), then the main dialogs. On each, every visible, enabled widget that takes
keyboard focus must (a) have a non-empty accessible name, as a screen reader reads it
through QAccessible (an explicit name, a label's buddy, or the control's own text), and
(b) be reached by walking the Tab chain from the window, as Tab and Shift+Tab do.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QRadioButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from officeplanner.gui.main_window import PAGES, MainWindow
from tests.gui.planner_office import DemoOffice, demo_office, demo_template  # noqa: F401
from tests.gui.shell_office import make_settings


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    return name.replace("&", "").strip()


def describe(widget: QWidget) -> str:
    parents: list[str] = []
    w: QWidget | None = widget
    while w is not None and len(parents) < 4:
        parents.append(f"{type(w).__name__}({w.objectName() or '?'})")
        w = w.parentWidget()
    tip = widget.toolTip()
    return " < ".join(parents) + (f" tip={tip!r}" if tip else "")


def focusable(root: QWidget) -> list[QWidget]:
    """The widgets of ``root`` a user can Tab to: visible, enabled, taking Tab focus.

    A widget whose focus goes to another (a spin box's line edit, a combo box's editor)
    is that other widget for the keyboard, and is left out.
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or widget.window() is not root:
            continue
        if widget.focusProxy() is not None:
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in focusable(root) if not accessible_name(w)]


def key(widget: QWidget) -> int:
    """The C++ object's address: Python wrappers of Qt-made widgets come and go."""
    return int(shiboken6.getCppPointer(widget)[0])


def tab_chain(root: QWidget) -> set[int]:
    """Widgets that get the focus when Tab is pressed over and over in ``root``.

    ``focusNextPrevChild(True)`` is what Qt runs for Tab (widgets that use Tab
    themselves, such as tables, hand it on with Ctrl+Tab to the same function).
    """
    root.activateWindow()
    reached: set[int] = set()
    for _ in range(2000):
        root.focusNextPrevChild(True)
        current = root.focusWidget()  # the window's focus, active window or not
        if current is None or key(current) in reached:
            break
        reached.add(key(current))
    return reached


def unreachable(root: QWidget) -> list[str]:
    chain = tab_chain(root)
    missing = []
    for widget in focusable(root):
        if key(widget) in chain:
            continue
        if isinstance(widget, QRadioButton) and widget.autoExclusive():
            # Tab stops at the checked button of a group, the arrow keys move in it.
            parent = widget.parentWidget()
            group = parent.findChildren(QRadioButton) if parent is not None else []
            if any(key(w) in chain for w in group):
                continue
        missing.append(describe(widget))
    return missing


def check(root: QWidget, where: str) -> list[str]:
    problems = [f"{where}: no accessible name: {d}" for d in unnamed(root)]
    problems += [f"{where}: not reachable by Tab: {d}" for d in unreachable(root)]
    return problems


@pytest.fixture
def window(
    qtbot: QtBot,
    tmp_path: Path,
    demo_office: DemoOffice,  # noqa: F811 - fixture
) -> Iterator[MainWindow]:
    demo_office.context.set_document(None)  # the window opens the file itself
    window = MainWindow(make_settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.context.set_document(None)


def test_the_welcome_screen(window: MainWindow) -> None:
    assert check(window, "welcome") == []


def test_every_page_and_tab(window: MainWindow, demo_office: DemoOffice) -> None:  # noqa: F811
    assert window.open_path(demo_office.path)
    problems: list[str] = []
    for spec in PAGES:
        if spec.key not in window.pages:
            continue
        window.show_page(spec.key)
        page = window.pages[spec.key]
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        problems += check(window, spec.key)
        for tab_widget in tabs:
            for i in range(tab_widget.count()):
                tab_widget.setCurrentIndex(i)
                problems += check(window, f"{spec.key} / {tab_widget.tabText(i)}")
            tab_widget.setCurrentIndex(0)
    assert not problems, "\n".join(sorted(set(problems)))


def _dialogs(window: MainWindow, demo: DemoOffice) -> Iterator[tuple[str, QWidget]]:
    from officeplanner.edits.people import Person
    from officeplanner.gui.booking_dialog import BookingDialog
    from officeplanner.gui.calendar_export_dialog import CalendarExportDialog
    from officeplanner.gui.dialogs import DeskDialog, PersonDialog, SiteDialog
    from officeplanner.gui.error_dialog import ErrorDialog
    from officeplanner.gui.export_dialog import ExportDialog
    from officeplanner.gui.guide import UserGuideDialog
    from officeplanner.gui.save_plan_dialog import SavePlanDialog

    doc = window.context.doc
    assert doc is not None
    desk = int(doc.scalar("SELECT id FROM desks ORDER BY id LIMIT 1"))
    site = int(doc.scalar("SELECT id FROM sites ORDER BY id LIMIT 1"))
    yield "person", PersonDialog(doc, Person(None, "Ada", None, "ada@example.com"), window)
    yield "desk", DeskDialog(doc, desk, window)
    yield "site", SiteDialog(doc, site, window)
    yield "booking", BookingDialog(window.context, day=date(2026, 11, 23), parent=window)
    yield "export", ExportDialog(window.context, window)
    yield "calendar export", CalendarExportDialog(window.context, None, window)
    yield "save plan", SavePlanDialog(["Spring"], parent=window)
    yield "user guide", UserGuideDialog(window)
    yield "error", ErrorDialog(window, "Boom", "Traceback …", demo.path.with_suffix(".log"))


def test_main_dialogs(
    qtbot: QtBot,
    window: MainWindow,
    demo_office: DemoOffice,  # noqa: F811 - fixture
) -> None:
    assert window.open_path(demo_office.path)
    problems: list[str] = []
    for name, dialog in _dialogs(window, demo_office):
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += check(dialog, name)
        for tab_widget in dialog.findChildren(QTabWidget):
            for i in range(tab_widget.count()):
                tab_widget.setCurrentIndex(i)
                problems += check(dialog, f"{name} / {tab_widget.tabText(i)}")
        dialog.close()
        dialog.deleteLater()
    assert not problems, "\n".join(sorted(set(problems)))


def test_import_wizard_pages(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    demo_office: DemoOffice,  # noqa: F811 - fixture
) -> None:
    from officeplanner.gui.import_wizard import ImportWizard

    assert window.open_path(demo_office.path)
    source = tmp_path / "people.csv"
    source.write_text("name,team,email\nAda Lovelace,Red,ada@example.com\n", encoding="utf-8")
    wizard = ImportWizard(window.context, None, window)
    wizard.show()
    qtbot.waitExposed(wizard)
    problems = check(wizard, "import / file")
    wizard.close()
    wizard.deleteLater()
    wizard = ImportWizard(window.context, source, window)
    wizard.show()
    qtbot.waitExposed(wizard)
    problems += check(wizard, "import / preview")
    wizard.close()
    wizard.deleteLater()
    assert not problems, "\n".join(sorted(set(problems)))


def test_a_widget_without_a_name_is_found(qtbot: QtBot) -> None:
    """The check itself: an unnamed line edit is reported, a named one is not."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare, named = QLineEdit(root), QLineEdit(root)
    named.setAccessibleName("Search")
    layout.addWidget(bare)
    layout.addWidget(named)
    root.show()
    qtbot.waitExposed(root)
    assert len(unnamed(root)) == 1
    assert unnamed(root)[0].startswith("QLineEdit")
