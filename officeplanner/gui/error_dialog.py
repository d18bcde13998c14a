"""The dialog an unexpected exception is shown in: what happened, that the file is safe,
and the details to copy.

A module of its own, imported only when something has gone wrong: its Qt classes (the
dialog, the button box, the style's icons) cost every start time it need not pay.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QStyle, QWidget

from officeplanner.gui.forms.ui_error_dialog import Ui_ErrorDialog


class ErrorDialog(QDialog):
    """What happened in one line, that the file is safe, and the details to copy."""

    def __init__(
        self, parent: QWidget | None, summary: str, details: str, log_path: Path | None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.iconLabel.setPixmap(critical.pixmap(size, size))
        self.ui.summaryLabel.setText(
            self.tr("<b>Something went wrong.</b><br>{summary}").format(
                summary=escape(summary, quote=False)
            )
        )
        # Whole sentences, not pieces glued together: word order differs between languages.
        if log_path:
            info = self.tr(
                "Your office file is safe: every change is saved as one complete step, and a "
                "step that fails is not written. It was written to the log file {log}. "
                "Please send the details below to whoever supports Office Planner for you."
            ).format(log=log_path)
        else:
            info = self.tr(
                "Your office file is safe: every change is saved as one complete step, and a "
                "step that fails is not written. Please send the details below to "
                "whoever supports Office Planner for you."
            )
        self.ui.infoLabel.setText(info)
        self.ui.detailsEdit.setPlainText(details)
        self.copy_button = self.ui.buttonBox.addButton(
            self.tr("&Copy Details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.ui.buttonBox.rejected.connect(self.reject)

    def details(self) -> str:
        return str(self.ui.detailsEdit.toPlainText())

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
