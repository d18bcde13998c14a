"""A submenu of exclusive choices saved in a setting (View ▸ Appearance, View ▸ Language).

Both menus offer a few named choices, mark the saved one, save a new one and then act on
it; only the acting differs, so that is the one method a subclass writes.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from officeplanner.gui.settings import Setting, Settings


class ChoiceMenu(QMenu):
    """Checkable actions, one per choice, whose data is the choice's key."""

    def __init__(
        self,
        title: str,
        app_settings: Settings,
        setting: Setting[str],
        choices: Mapping[str, tuple[str, str]],
        saved: str,
        parent: QWidget | None = None,
    ) -> None:
        """``choices`` maps each key to (menu text, tooltip); ``saved`` is checked."""
        super().__init__(parent)
        self.setTitle(title)
        self.settings = app_settings
        self.setting = setting
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.choice_actions: dict[str, QAction] = {}
        for choice, (text, tip) in choices.items():
            action = QAction(text, self)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.setCheckable(True)
            action.setData(choice)
            action.setChecked(choice == saved)
            self.group.addAction(action)
            self.addAction(action)
            self.choice_actions[choice] = action
        self.group.triggered.connect(self._chosen)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        choice = str(action.data())
        previous = self.settings.get(self.setting)
        self.settings.set(self.setting, choice)
        self.settings.sync()
        self.apply(choice, previous)

    def apply(self, choice: str, previous: str) -> None:
        """Act on a newly saved ``choice`` (``previous`` was saved before it)."""
        raise NotImplementedError
