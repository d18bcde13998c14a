"""The main window's actions, declared once in a registry keyed by an enum.

Like picard's ``ui/mainwindow/actions.py``: menus, toolbars, tests and the read-only
switch all refer to ``MainAction.DELETE`` rather than to attributes scattered over the
window, and the table below is the one place to read every command's text, shortcut
and whether it edits the file.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from officeplanner.gui.icons import icon

Shortcut = QKeySequence.StandardKey | str | None


class MainAction(Enum):
    NEW = auto()
    OPEN = auto()
    SAVE_COPY = auto()
    IMPORT = auto()
    EXPORT = auto()
    CLOSE = auto()
    QUIT = auto()
    DELETE = auto()
    SELECT_ALL = auto()
    SHOW_NAVIGATION = auto()
    SHOW_HISTORY = auto()
    FULL_SCREEN = auto()
    USER_GUIDE = auto()
    OPEN_DEMO = auto()
    ABOUT = auto()


class ActionSpec(NamedTuple):
    #: English, marked with QT_TRANSLATE_NOOP("MainAction", ...); create_actions translates.
    text: str
    tip: str
    shortcut: Shortcut = None
    icon: str = ""
    #: Changes the file: disabled in read-only mode.
    edits: bool = False
    #: Needs an open file.
    needs_doc: bool = False
    checkable: bool = False
    #: QAction.MenuRole, so macOS moves About/Quit to the application menu.
    role: QAction.MenuRole = QAction.MenuRole.NoRole


SPECS: dict[MainAction, ActionSpec] = {
    MainAction.NEW: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "&New Office…")),
        str(QT_TRANSLATE_NOOP("MainAction", "Create a new, empty office file")),
        QKeySequence.StandardKey.New,
        "new",
    ),
    MainAction.OPEN: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "&Open…")),
        str(QT_TRANSLATE_NOOP("MainAction", "Open an office file (.officeplan)")),
        QKeySequence.StandardKey.Open,
        "open",
    ),
    MainAction.SAVE_COPY: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "Save a &Copy…")),
        str(
            QT_TRANSLATE_NOOP(
                "MainAction",
                "Write a consistent copy of the open file (changes are saved as you make them)",
            )
        ),
        QKeySequence.StandardKey.SaveAs,
        needs_doc=True,
    ),
    MainAction.IMPORT: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "&Import…")),
        str(
            QT_TRANSLATE_NOOP(
                "MainAction",
                "Import desks, people, bookings, attendance or closures from CSV or Excel",
            )
        ),
        "Ctrl+I",
        "import",
        edits=True,
        needs_doc=True,
    ),
    MainAction.EXPORT: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "&Export…")),
        str(QT_TRANSLATE_NOOP("MainAction", "Export data as CSV")),
        "Ctrl+E",
        "export",
        needs_doc=True,
    ),
    MainAction.CLOSE: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "&Close")),
        str(QT_TRANSLATE_NOOP("MainAction", "Close the office file")),
        QKeySequence.StandardKey.Close,
        needs_doc=True,
    ),
    MainAction.QUIT: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "&Quit")),
        str(QT_TRANSLATE_NOOP("MainAction", "Quit Office Planner (every change is already saved)")),
        QKeySequence.StandardKey.Quit,
        role=QAction.MenuRole.QuitRole,
    ),
    MainAction.DELETE: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "&Delete")),
        str(
            QT_TRANSLATE_NOOP(
                "MainAction", "Delete the selection (asks first; Undo brings it back)"
            )
        ),
        QKeySequence.StandardKey.Delete,
        edits=True,
        needs_doc=True,
    ),
    MainAction.SELECT_ALL: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "Select &All")),
        str(QT_TRANSLATE_NOOP("MainAction", "Select everything in the list")),
        QKeySequence.StandardKey.SelectAll,
        needs_doc=True,
    ),
    MainAction.SHOW_NAVIGATION: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "&Navigation Pane")),
        str(QT_TRANSLATE_NOOP("MainAction", "Show or hide the list of pages")),
        "Ctrl+Shift+N",
        checkable=True,
    ),
    MainAction.SHOW_HISTORY: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "Undo &History")),
        str(
            QT_TRANSLATE_NOOP(
                "MainAction", "Show the list of changes that Undo and Redo step through"
            )
        ),
        "Ctrl+Shift+H",
        checkable=True,
    ),
    MainAction.FULL_SCREEN: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "&Full Screen")),
        str(QT_TRANSLATE_NOOP("MainAction", "Use the whole screen")),
        QKeySequence.StandardKey.FullScreen,
        checkable=True,
    ),
    MainAction.USER_GUIDE: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "Office Planner &Help")),
        str(
            QT_TRANSLATE_NOOP(
                "MainAction", "How to use Office Planner and how every figure is calculated"
            )
        ),
        QKeySequence.StandardKey.HelpContents,
        "help",
    ),
    MainAction.OPEN_DEMO: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "Open the &Demo Office")),
        str(
            QT_TRANSLATE_NOOP("MainAction", "Open the demo office, to try things without real data")
        ),
    ),
    MainAction.ABOUT: ActionSpec(
        str(QT_TRANSLATE_NOOP("MainAction", "&About Office Planner")),
        str(QT_TRANSLATE_NOOP("MainAction", "Version and where files are kept")),
        role=QAction.MenuRole.AboutRole,
    ),
}


def create_actions(
    parent: QWidget, slots: dict[MainAction, Callable[..., object]]
) -> dict[MainAction, QAction]:
    """One QAction per spec, connected to its slot (a bound method of the window)."""
    actions: dict[MainAction, QAction] = {}
    for key, spec in SPECS.items():
        # The table holds the English texts (marked for lupdate); translate them now.
        tip = QCoreApplication.translate("MainAction", spec.tip)
        action = QAction(QCoreApplication.translate("MainAction", spec.text), parent)
        action.setObjectName(f"action_{key.name.lower()}")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setMenuRole(spec.role)
        action.setCheckable(spec.checkable)
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon:
            action.setIcon(icon(spec.icon))
        slot = slots.get(key)
        if slot is not None:
            if spec.checkable:
                action.toggled.connect(slot)
            else:
                action.triggered.connect(slot)
        actions[key] = action
    return actions
