"""File ▸ Export…: write the chosen kinds of data to CSV files, in a worker thread.

The CSV format is the core's (:func:`officeplanner.exports.export_csv`, the importer's own
columns); this dialog only chooses what and where, and runs the export off the GUI
thread with a progress bar. The worker opens the file read-only on its own connection
(SQLite connections belong to one thread); Cancel stops it at the next chunk of rows,
and the exporter's atomic write leaves no half-written CSV behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QWidget,
)

from officeplanner.domain import DataKind
from officeplanner.exports import export_csv
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.forms.ui_export_dialog import Ui_ExportDialog
from officeplanner.gui.settings import LAST_EXPORT_FOLDER
from officeplanner.gui.worker import Task, TaskCancelledError
from officeplanner.store import OfficeFile

_TABLES = {
    DataKind.DESKS: "desks",
    DataKind.PEOPLE: "people",
    DataKind.BOOKINGS: "bookings",
    DataKind.ATTENDANCE: "attendance",
    DataKind.CLOSURES: "closures",
}
#: "3 desks" in the export's summary, one whole text per kind ({n} is a formatted number).
_KIND_COUNTS = {
    DataKind.DESKS: str(QT_TRANSLATE_NOOP("ExportDialog", "{n} desks")),
    DataKind.PEOPLE: str(QT_TRANSLATE_NOOP("ExportDialog", "{n} people")),
    DataKind.BOOKINGS: str(QT_TRANSLATE_NOOP("ExportDialog", "{n} bookings")),
    DataKind.ATTENDANCE: str(QT_TRANSLATE_NOOP("ExportDialog", "{n} attendance")),
    DataKind.CLOSURES: str(QT_TRANSLATE_NOOP("ExportDialog", "{n} closures")),
}


def export_files(folder: Path, prefix: str, kinds: list[DataKind]) -> dict[DataKind, Path]:
    """Where each kind is written: ``FOLDER/PREFIX-KIND.csv``."""
    return {kind: folder / f"{prefix}-{kind.value}.csv" for kind in kinds}


class _ExportJob:
    """The worker's part: export each kind on the worker's own read-only connection."""

    def __init__(self, path: Path, targets: dict[DataKind, Path], pseudonymise: bool) -> None:
        self.path = path
        self.targets = targets
        self.pseudonymise = pseudonymise

    def __call__(
        self, progress: Callable[[int, int], None], cancel: Callable[[], bool]
    ) -> dict[DataKind, int]:
        written: dict[DataKind, int] = {}
        with OfficeFile.open(self.path, read_only=True) as doc:
            totals = {
                k: int(doc.scalar(f"SELECT count(*) FROM {_TABLES[k]}")) for k in self.targets
            }
            grand = max(1, sum(totals.values()))
            before = 0
            for kind, out in self.targets.items():

                def step(done: int, _total: int, base: int = before) -> None:
                    if cancel():
                        raise TaskCancelledError  # export_csv removes its temporary file
                    progress(base + done, grand)

                written[kind] = export_csv(
                    doc, kind, out, pseudonymise=self.pseudonymise, progress=step
                )
                before += totals[kind]
        progress(grand, grand)
        return written


class ExportDialog(QDialog):
    """Choose kinds, folder and pseudonymisation; export with progress and Cancel."""

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.task: Task | None = None
        #: Rows written per kind by the last successful export.
        self.written: dict[DataKind, int] = {}
        self.checks: dict[DataKind, QCheckBox] = {
            DataKind.DESKS: self.ui.desksCheck,
            DataKind.PEOPLE: self.ui.peopleCheck,
            DataKind.BOOKINGS: self.ui.bookingsCheck,
            DataKind.ATTENDANCE: self.ui.attendanceCheck,
            DataKind.CLOSURES: self.ui.closuresCheck,
        }
        self.export_button: QPushButton = self.ui.buttonBox.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.close_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        self.ui.progressBar.setVisible(False)
        doc = context.doc
        folder = context.settings.get(LAST_EXPORT_FOLDER) or (
            str(doc.path.parent) if doc is not None else str(Path.home())
        )
        self.ui.folderEdit.setText(folder)
        self.ui.prefixEdit.setText(doc.path.stem if doc is not None else self.tr("office"))
        self._label_counts()
        self.ui.browseButton.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start_export)
        self.ui.buttonBox.rejected.connect(self.reject)
        for check in self.checks.values():
            check.toggled.connect(self._update)
        self.ui.folderEdit.textChanged.connect(self._update)
        self.ui.prefixEdit.textChanged.connect(self._update)
        self._update()

    def _label_counts(self) -> None:
        doc = self.context.doc
        if doc is None:
            return
        for kind, check in self.checks.items():
            n = int(doc.scalar(f"SELECT count(*) FROM {_TABLES[kind]}"))
            text = self.tr("{kind} — 1 row") if n == 1 else self.tr("{kind} — %Ln rows", "", n)
            check.setText(text.format(kind=check.text()))

    # -- choosing ----------------------------------------------------------------------

    def chosen_kinds(self) -> list[DataKind]:
        return [kind for kind, check in self.checks.items() if check.isChecked()]

    def targets(self) -> dict[DataKind, Path]:
        folder = Path(self.ui.folderEdit.text().strip())
        prefix = self.ui.prefixEdit.text().strip()
        return export_files(folder, prefix, self.chosen_kinds())

    @Slot()
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export to folder"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    def problem(self) -> str:
        if self.context.doc is None:
            return self.tr("No office file is open.")
        if not self.chosen_kinds():
            return self.tr("Choose at least one kind of data.")
        folder = self.ui.folderEdit.text().strip()
        if not folder or not Path(folder).is_dir():
            return self.tr("Choose an existing folder.")
        if not self.ui.prefixEdit.text().strip():
            return self.tr("Give the files a name.")
        return ""

    @Slot()
    def _update(self) -> None:
        if self.task is not None and self.task.is_running:
            return
        problem = self.problem()
        self.export_button.setEnabled(not problem)
        if problem:
            self.ui.filesLabel.setText(problem)
            return
        targets = self.targets()
        existing = [p.name for p in targets.values() if p.exists()]
        names = ", ".join(p.name for p in targets.values())
        if existing:
            text = self.tr("Writes {files} (replacing {existing})").format(
                files=names, existing=", ".join(existing)
            )
        else:
            text = self.tr("Writes {files}").format(files=names)
        self.ui.filesLabel.setText(text)

    # -- running -----------------------------------------------------------------------

    @Slot()
    def start_export(self) -> None:
        doc = self.context.doc
        if self.problem() or doc is None or (self.task is not None and self.task.is_running):
            return
        self.context.settings.set(LAST_EXPORT_FOLDER, self.ui.folderEdit.text().strip())
        targets = self.targets()
        self.task = Task(_ExportJob(doc.path, targets, self.ui.pseudonymiseCheck.isChecked()))
        self.task.progress.connect(self._progress)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.finished.connect(self._finished)
        self._set_running(True)
        self.ui.statusLabel.setText(self.tr("Exporting…"))
        self.task.start()

    def _set_running(self, running: bool) -> None:
        self.ui.progressBar.setVisible(True)
        if running:
            self.ui.progressBar.setRange(0, 0)
        for widget in (
            self.ui.kindsGroup,
            self.ui.folderEdit,
            self.ui.prefixEdit,
            self.ui.browseButton,
            self.ui.pseudonymiseCheck,
        ):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        bar = self.ui.progressBar
        if bar.maximum() != 1000:
            bar.setRange(0, 1000)
        bar.setValue(int(1000 * done / max(1, total)))

    @Slot(object)
    def _succeeded(self, written: object) -> None:
        assert isinstance(written, dict)
        self.written = written
        total = sum(written.values())
        locale = QLocale()
        parts = ", ".join(
            QCoreApplication.translate("ExportDialog", _KIND_COUNTS[kind]).format(
                n=locale.toString(n)
            )
            for kind, n in written.items()
        )
        self.ui.progressBar.setRange(0, 1000)
        self.ui.progressBar.setValue(1000)
        text = (
            self.tr("Exported 1 row ({parts}) to {folder}.")
            if total == 1
            else self.tr("Exported %Ln rows ({parts}) to {folder}.", "", total)
        )
        self.ui.statusLabel.setText(
            text.format(parts=parts, folder=self.ui.folderEdit.text().strip())
        )

    @Slot(object)
    def _failed(self, error: object) -> None:
        self.ui.statusLabel.setText(self.tr("⚠ The export failed: {error}").format(error=error))

    @Slot()
    def _cancelled(self) -> None:
        self.ui.statusLabel.setText(self.tr("Export cancelled. Files already complete were kept."))

    @Slot()
    def _finished(self) -> None:
        self._set_running(False)
        self._update()

    def reject(self) -> None:
        """Close, Escape and the window's close button cancel a running export first."""
        if self.task is not None and self.task.is_running:
            self.task.cancel()
            self.ui.statusLabel.setText(self.tr("Cancelling…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None and self.task.is_running:
            self.task.cancel()
            event.ignore()  # stays open (saying "Cancelling…") until the worker stops
            return
        super().closeEvent(event)
