"""Every modal question the GUI asks, in one module so tests can answer them.

A modal dialog's ``exec()`` runs its own event loop and would hang a test. The pages
and the main window never call ``QMessageBox``/``QFileDialog``/``dialog.exec()``
directly; they call these functions, and the tests replace them with ``monkeypatch``
(``monkeypatch.setattr(prompts, "confirm", ...)``). Call them as
``prompts.confirm(...)`` (module attribute), never ``from prompts import confirm``,
or the replacement would not be seen.
"""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

# Each dialog class is imported where it is used: PySide6 builds a class and all its enums
# the first time its name is imported, and none of these is needed to show the window.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, *, action: str | None = None) -> bool:
    """Ask before something destructive; the default button is Cancel.

    ``action`` is the (translated) text of the button that goes ahead; "Delete" when
    not given, translated here because a default argument is made before any translator.
    """
    box, ok = confirm_box(parent, title, text, action=action)
    box.exec()
    return box.clickedButton() is ok


def confirm_box(
    parent: QWidget | None, title: str, text: str, *, action: str | None = None
) -> tuple[QMessageBox, QAbstractButton]:
    """The question :func:`confirm` asks, and its go-ahead button.

    The text is plain: it names the user's sites, desks and people, and a name such as
    ``<b>N1</b>`` was shown as markup when Qt guessed the text was rich.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if action is None:
        action = QCoreApplication.translate("prompts", "Delete")
    ok = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    return box, ok


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user an action was refused or failed (nothing was changed)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A one-line answer, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return str(value) if ok else None


def ask_item(
    parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0
) -> str | None:
    """One of ``items``, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getItem(parent, title, label, items, current, False)
    return str(value) if ok else None


def ask_index(
    parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0
) -> int | None:
    """The position of the chosen one of ``items``, or None when cancelled: for lists
    whose texts need not be unique (a team may be called "(no team)")."""
    from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    combo = dialog.findChild(QComboBox)
    if combo is not None:
        combo.setCurrentIndex(current)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    index = combo.currentIndex() if combo is not None else -1
    dialog.deleteLater()
    return index if accepted and index >= 0 else None


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted. Tests fill the fields and accept."""
    from PySide6.QtWidgets import QDialog

    return dialog.exec() == QDialog.DialogCode.Accepted


class OpenChoice(Enum):
    READ_ONLY = auto()
    TAKE_OVER = auto()
    CANCEL = auto()


def ask_open_read_only(
    parent: QWidget | None, title: str, text: str, details: str, *, can_take_over: bool = False
) -> OpenChoice:
    """The file cannot be written (another instance holds it, or a read-only share).

    ``can_take_over`` adds "Open for Editing Anyway", for a holder this computer cannot
    check: a lock left by a crashed computer on a shared drive would otherwise keep
    the file read-only for everyone, for ever.
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setInformativeText(details)
    read_only = box.addButton(
        QCoreApplication.translate("prompts", "Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole
    )
    take_over = (
        box.addButton(
            QCoreApplication.translate("prompts", "Open for &Editing Anyway"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        if can_take_over
        else None
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return OpenChoice.READ_ONLY
    if take_over is not None and clicked is take_over:
        return OpenChoice.TAKE_OVER
    return OpenChoice.CANCEL


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(path) if path else None


def save_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, folder, filters)
    return Path(path) if path else None
