"""File ▸ Import…: a wizard from a CSV/XLSX file to rows in the office file.

Pages: choose the file → check what was detected (kind, encoding, delimiter, which column
is which; each can be changed) with a preview of the first rows → validate, listing every
problem (line, column, value, reason) → import in a worker thread with progress and
Cancel → a summary.

All the reading, checking and writing is the core importer's
(:mod:`officeplanner.imports`); this module only asks it and shows its answers.
Validation is the importer's own dry run (``ImportOptions(dry_run=True)``: the whole
import, rolled back), so the problems listed are exactly those the import would meet.
The real import runs on the worker's own connection in one transaction: Cancel rolls it
back and leaves the file as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
    QWizard,
    QWizardPage,
)

from officeplanner import imports
from officeplanner.domain import CANONICAL_COLUMNS, DataKind
from officeplanner.gui.context import ALL_TABLES, DocumentContext
from officeplanner.gui.core_text import in_user_language
from officeplanner.gui.forms.ui_import_file_page import Ui_ImportFilePage
from officeplanner.gui.forms.ui_import_preview_page import Ui_ImportPreviewPage
from officeplanner.gui.forms.ui_import_run_page import Ui_ImportRunPage
from officeplanner.gui.forms.ui_import_summary_page import Ui_ImportSummaryPage
from officeplanner.gui.forms.ui_import_validate_page import Ui_ImportValidatePage
from officeplanner.gui.settings import LAST_IMPORT_FOLDER
from officeplanner.gui.worker import Task
from officeplanner.store import OfficeFile

AnyIndex = QModelIndex | QPersistentModelIndex

#: The encodings offered when the detected one is wrong.
ENCODINGS: Final = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "mac-roman")
#: The delimiters offered: (label, character). Labels are English source texts, shown
#: translated (context "ImportWizard"), as are the other texts marked below.
DELIMITERS: Final = (
    (str(QT_TRANSLATE_NOOP("ImportWizard", "Comma ,")), ","),
    (str(QT_TRANSLATE_NOOP("ImportWizard", "Semicolon ;")), ";"),
    (str(QT_TRANSLATE_NOOP("ImportWizard", "Tab")), "\t"),
    (str(QT_TRANSLATE_NOOP("ImportWizard", "Pipe |")), "|"),
)
#: A delimiter's name in a sentence ("delimiter semicolon").
_DELIMITER_NAMES: Final = {
    ",": str(QT_TRANSLATE_NOOP("ImportWizard", "comma")),
    ";": str(QT_TRANSLATE_NOOP("ImportWizard", "semicolon")),
    "\t": str(QT_TRANSLATE_NOOP("ImportWizard", "tab")),
    "|": str(QT_TRANSLATE_NOOP("ImportWizard", "pipe")),
}
#: Shown in a mapping combo for "this column is not in the file".
NOT_IN_FILE: Final = str(QT_TRANSLATE_NOOP("ImportWizard", "— not in the file —"))
#: What each column of the file formats is called on screen (the keys are the formats'
#: own column names, which the file may use in English or Norwegian).
COLUMN_LABELS: Final = {
    "date": str(QT_TRANSLATE_NOOP("ImportColumn", "Date")),
    "desk": str(QT_TRANSLATE_NOOP("ImportColumn", "Desk")),
    "person": str(QT_TRANSLATE_NOOP("ImportColumn", "Person")),
    "team": str(QT_TRANSLATE_NOOP("ImportColumn", "Team")),
    "status": str(QT_TRANSLATE_NOOP("ImportColumn", "Status")),
    "start": str(QT_TRANSLATE_NOOP("ImportColumn", "Start")),
    "end": str(QT_TRANSLATE_NOOP("ImportColumn", "End")),
    "checked_in_at": str(QT_TRANSLATE_NOOP("ImportColumn", "Checked in at")),
    "site": str(QT_TRANSLATE_NOOP("ImportColumn", "Site")),
    "floor": str(QT_TRANSLATE_NOOP("ImportColumn", "Floor")),
    "zone": str(QT_TRANSLATE_NOOP("ImportColumn", "Zone")),
    "bookable": str(QT_TRANSLATE_NOOP("ImportColumn", "Bookable")),
    "monitor": str(QT_TRANSLATE_NOOP("ImportColumn", "Monitor")),
    "standing": str(QT_TRANSLATE_NOOP("ImportColumn", "Standing")),
    "accessible": str(QT_TRANSLATE_NOOP("ImportColumn", "Accessible")),
    "email": str(QT_TRANSLATE_NOOP("ImportColumn", "Email")),
    "count": str(QT_TRANSLATE_NOOP("ImportColumn", "Count")),
    "reason": str(QT_TRANSLATE_NOOP("ImportColumn", "Reason")),
}


def column_label(column: str) -> str:
    """The on-screen name of a format column, in the user's language."""
    text = COLUMN_LABELS.get(column)
    return column if text is None else translate("ImportColumn", text)


#: The problems table lists at most this many (the count says how many there are).
MAX_LISTED_PROBLEMS: Final = 10_000
FILE_FILTER: Final = str(
    QT_TRANSLATE_NOOP("ImportWizard", "Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)")
)

translate = QCoreApplication.translate


def kind_title(kind: DataKind) -> str:
    """What a file holds, as a choice in the "Contains" lists ("Bookings")."""
    return {
        DataKind.DESKS: translate("ImportWizard", "Desks"),
        DataKind.PEOPLE: translate("ImportWizard", "People"),
        DataKind.BOOKINGS: translate("ImportWizard", "Bookings"),
        DataKind.ATTENDANCE: translate("ImportWizard", "Attendance"),
        DataKind.CLOSURES: translate("ImportWizard", "Closure days"),
    }[kind]


def _problems(n: int) -> str:
    if n == 1:
        return translate("ImportWizard", "1 problem")
    return translate("ImportWizard", "%Ln problems", "", n)


def _problem_headers() -> list[str]:
    return [
        translate("ImportWizard", "Line"),
        translate("ImportWizard", "Column"),
        translate("ImportWizard", "Value"),
        translate("ImportWizard", "Problem"),
    ]


def _created(what: str, n: int) -> str:
    """What an import created ("3 desks"), by table name."""
    one, many = {
        "desks": (
            translate("ImportWizard", "1 desk"),
            translate("ImportWizard", "%Ln desks", "", n),
        ),
        "people": (
            translate("ImportWizard", "1 person"),
            translate("ImportWizard", "%Ln people", "", n),
        ),
        "teams": (
            translate("ImportWizard", "1 team"),
            translate("ImportWizard", "%Ln teams", "", n),
        ),
        "sites": (
            translate("ImportWizard", "1 site"),
            translate("ImportWizard", "%Ln sites", "", n),
        ),
    }.get(what, (f"1 {what}", f"{QLocale().toString(n)} {what}"))
    return one if n == 1 else many


# -- a small read-only table model ---------------------------------------------------------


class RowsModel(QAbstractTableModel):
    """Rows of strings under headers: the preview of the file and the list of problems."""

    def __init__(self, parent: QObject | None = None, *, first_line: int | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        #: The file's line number of the first row, shown as row headers (None: no numbers).
        self.first_line = first_line

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        self.beginResetModel()
        self._headers = [str(h) for h in headers]
        width = len(self._headers)
        self._rows = [
            [("" if v is None else str(v)) for v in list(r)[:width]] + [""] * max(0, width - len(r))
            for r in rows
        ]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self._rows[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        if self.first_line is None or not 0 <= section < len(self._rows):
            return None
        return section + self.first_line


def _setup_table(view: QTableView, model: QAbstractTableModel) -> None:
    """What a .ui cannot say: the model, and rows one line high whatever the font."""
    view.setModel(model)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() + 8)
    view.horizontalHeader().setStretchLastSection(True)


# -- talking to the importer -----------------------------------------------------------------


def problem_rows(problems: Sequence[Any]) -> list[list[str]]:
    """(line, column, value, reason) of each importer problem, for the problems table."""
    rows = []
    for p in problems[:MAX_LISTED_PROBLEMS]:
        line = getattr(p, "line", None)
        rows.append(
            [
                "" if line is None else str(line),
                str(getattr(p, "column", "") or ""),
                str(getattr(p, "value", "") or ""),
                in_user_language(getattr(p, "reason", p)),
            ]
        )
    return rows


class _ImportJob:
    """The worker's part: run the importer on the worker's own connection."""

    def __init__(self, path: Path, source: Path, kind: DataKind, options: Any) -> None:
        self.path = path
        self.source = source
        self.kind = kind
        self.options = options

    def __call__(self, progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Any:
        with OfficeFile.open(self.path) as doc:
            try:
                return imports.import_file(
                    doc,
                    self.source,
                    self.kind,
                    options=self.options,
                    progress=progress,
                    cancel=cancel,
                )
            except imports.ImportFailed as failed:
                return failed  # problems are a result to show, not an error


# -- the pages -------------------------------------------------------------------------------


class FilePage(QWizardPage):
    """Step 1: which file, and (optionally) what it holds."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.ui = Ui_ImportFilePage()
        self.ui.setupUi(self)
        self.path_edit = self.ui.pathEdit
        self.kind_combo = self.ui.kindCombo
        self.detected_label = self.ui.detectedLabel
        self.kind_combo.addItem(self.tr("Detect from the columns"), None)
        for kind in DataKind:
            self.kind_combo.addItem(kind_title(kind), kind.value)
        self.ui.browseButton.clicked.connect(self._browse)
        self.path_edit.textChanged.connect(self._changed)
        self.kind_combo.currentIndexChanged.connect(self._changed)

    @Slot()
    def _browse(self) -> None:
        start = self.path_edit.text() or self.wiz.context.settings.get(LAST_IMPORT_FOLDER)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a file"), start, translate("ImportWizard", FILE_FILTER)
        )
        if name:
            self.path_edit.setText(name)

    @Slot()
    def _changed(self) -> None:
        self.wiz.sniff(self.path, self.kind_combo.currentData())
        self.detected_label.setText(self.wiz.sniff_message)
        self.completeChanged.emit()

    @property
    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def isComplete(self) -> bool:
        return self.wiz.preview is not None and self.wiz.kind is not None


class PreviewPage(QWizardPage):
    """Step 2: what was detected, each part changeable, and the first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.ui = Ui_ImportPreviewPage()
        self.ui.setupUi(self)
        self.kind_combo = self.ui.kindCombo
        self.encoding_combo = self.ui.encodingCombo
        self.delimiter_combo = self.ui.delimiterCombo
        self.mapping_box = self.ui.mappingBox
        self.mapping_grid = self.ui.mappingGrid
        for kind in DataKind:
            self.kind_combo.addItem(kind_title(kind), kind.value)
        self.encoding_combo.addItems(list(ENCODINGS))
        for name, char in DELIMITERS:
            self.delimiter_combo.addItem(translate("ImportWizard", name), char)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.preview_model = RowsModel(self, first_line=2)  # line 1 holds the headers
        self.preview = self.ui.previewTable
        _setup_table(self.preview, self.preview_model)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.encoding_combo.currentIndexChanged.connect(self._format_changed)
        self.delimiter_combo.currentIndexChanged.connect(self._format_changed)

    def initializePage(self) -> None:
        self._show()

    def _show(self) -> None:
        preview = self.wiz.preview
        if preview is None or self.wiz.kind is None:
            return
        for combo, value in (
            (self.kind_combo, self.wiz.kind.value),
            (self.encoding_combo, self.wiz.encoding),
            (self.delimiter_combo, self.wiz.delimiter),
        ):
            combo.blockSignals(True)
            index = (
                combo.findData(value)
                if combo is not self.encoding_combo
                else combo.findText(str(value))
            )
            if index < 0 and combo is self.encoding_combo and value:
                combo.addItem(str(value))
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        is_csv = not self.wiz.is_spreadsheet
        self.encoding_combo.setEnabled(is_csv)
        self.delimiter_combo.setEnabled(is_csv)
        self._fill_mapping()
        self.preview_model.set_rows(self.wiz.headers, self.wiz.first_rows)
        self.preview.resizeColumnsToContents()

    def _fill_mapping(self) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.mapping_combos = {}
        kind = self.wiz.kind
        if kind is None:
            return
        columns = CANONICAL_COLUMNS[kind]
        per_row = 4
        for i, column in enumerate(columns):
            combo = QComboBox(self.mapping_box)
            combo.setAccessibleName(self.tr("Column for {0}").format(column_label(column)))
            combo.addItem(translate("ImportWizard", NOT_IN_FILE), None)
            for header in self.wiz.headers:
                combo.addItem(header, header)
            chosen = self.wiz.mapping.get(column)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.currentIndexChanged.connect(self._mapping_changed)
            text = self.tr("{column}:").format(column=column_label(column))
            label = QLabel(text, self.mapping_box)
            label.setBuddy(combo)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            r, c = divmod(i, per_row)
            self.mapping_grid.addWidget(label, r, 2 * c)
            self.mapping_grid.addWidget(combo, r, 2 * c + 1)
            self.mapping_combos[column] = combo
        for c in range(per_row):
            self.mapping_grid.setColumnStretch(2 * c + 1, 1)

    @Slot()
    def _kind_changed(self) -> None:
        self.wiz.sniff(self.wiz.source, self.kind_combo.currentData())
        self._show()
        self.completeChanged.emit()

    @Slot()
    def _format_changed(self) -> None:
        self.wiz.sniff(
            self.wiz.source,
            self.kind_combo.currentData(),
            encoding=self.encoding_combo.currentText(),
            delimiter=self.delimiter_combo.currentData(),
        )
        self._show()
        self.completeChanged.emit()

    @Slot()
    def _mapping_changed(self) -> None:
        self.wiz.mapping = {
            column: str(combo.currentData())
            for column, combo in self.mapping_combos.items()
            if combo.currentData() is not None
        }
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.preview is not None


class ValidatePage(QWizardPage):
    """Step 3: a dry run of the import; every problem listed, with options to get past them."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.ui = Ui_ImportValidatePage()
        self.ui.setupUi(self)
        self.skip_check = self.ui.skipCheck
        self.create_check = self.ui.createCheck
        self.status_label = self.ui.statusLabel
        self.progress = self.ui.progressBar
        self.recheck_button = self.ui.recheckButton
        self.problems_model = RowsModel(self)
        self.problems = self.ui.problemsTable
        _setup_table(self.problems, self.problems_model)
        self.recheck_button.clicked.connect(self.validate)
        self.create_check.toggled.connect(self.validate)
        self.skip_check.toggled.connect(self._describe)
        self.task: Task | None = None
        self.result: Any = None
        self.problem_count = 0
        self.fatal = False
        #: A check is under way (set and cleared on the GUI thread, unlike Task.is_running).
        self.checking = False

    def initializePage(self) -> None:
        self.validate()

    def cleanupPage(self) -> None:
        if self.task is not None and self.task.is_running:
            self.task.cancel()

    @Slot()
    def validate(self) -> None:
        if self.task is not None and self.task.is_running:
            self.task.cancel()
        self.result = None
        self.problem_count = 0
        self.problems_model.set_rows(_problem_headers(), [])
        self.status_label.setText(self.tr("Checking…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.recheck_button.setEnabled(False)
        task = self.wiz.start_task(dry_run=True)
        if task is None:
            self.status_label.setText("⚠ " + self.wiz.sniff_message)
            self.progress.setVisible(False)
            return
        self.task = task
        self.checking = True
        task.progress.connect(self._progress)
        task.succeeded.connect(self._checked)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        task.start()
        self.completeChanged.emit()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self.sender() is not self.task:
            return
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    @Slot(object)
    def _checked(self, result: object) -> None:
        if self.sender() is not self.task:
            return  # a superseded check
        self.result = result
        #: The file cannot be imported at all (a missing column...): skipping rows won't help.
        self.fatal = isinstance(result, imports.ImportFailed)
        problems = list(getattr(result, "problems", []) or [])
        self.problem_count = max(
            len(problems),
            int(getattr(result, "problem_count", 0) or getattr(result, "total", 0) or 0),
        )
        self.problems_model.set_rows(_problem_headers(), problem_rows(problems))
        self.problems.resizeColumnsToContents()
        self._describe()

    @Slot()
    def _describe(self) -> None:
        """Say what the check found and what happens next (again when "skip" changes)."""
        result = self.result
        if result is None:
            return
        n = self.problem_count
        listed = self.problems_model.rowCount()
        rows = getattr(result, "rows_written", None)
        if self.fatal:
            text = self.tr("⚠ This file cannot be imported as it is: {0}.").format(_problems(n))
        elif n == 0:
            if rows is None:
                text = self.tr("✓ No problems found.")
            elif rows == 1:
                text = self.tr("✓ No problems: 1 row is ready to import.")
            else:
                text = self.tr("✓ No problems: %Ln rows are ready to import.", "", rows)
        else:
            shown = self.tr(" (the first %Ln are listed)", "", listed) if listed < n else ""
            if self.skip_check.isChecked() and rows is not None:
                advice = self.tr("Those rows will be skipped; %Ln rows will be imported.", "", rows)
            else:
                advice = self.tr("Fix the file and check again, or skip the rows with problems.")
            text = self.tr("⚠ {0} found{1}. {2}").format(_problems(n), shown, advice)
        self.status_label.setText(text)
        self.completeChanged.emit()

    @Slot(object)
    def _failed(self, error: object) -> None:
        if self.sender() is not self.task:
            return
        self.status_label.setText(self.tr("⚠ The file could not be read: {0}").format(error))

    @Slot()
    def _finished(self) -> None:
        if self.sender() is not self.task:
            return
        self.checking = False
        self.progress.setVisible(False)
        self.recheck_button.setEnabled(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.result is None or self.checking:
            return False
        if self.fatal:
            return False
        return self.problem_count == 0 or self.skip_check.isChecked()


class ImportPage(QWizardPage):
    """Step 4: the import itself, in a worker, with progress and Cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.ui = Ui_ImportRunPage()
        self.ui.setupUi(self)
        self.progress = self.ui.progressBar
        self.status_label = self.ui.statusLabel
        self.cancel_button = self.ui.cancelButton
        self.cancel_button.clicked.connect(self.cancel)
        self.task: Task | None = None
        self.result: Any = None
        self.outcome = ""  # "done", "failed", "cancelled"
        self.setCommitPage(True)

    def initializePage(self) -> None:
        self.result = None
        self.outcome = ""
        self.progress.setRange(0, 0)
        self.status_label.setText(self.tr("Importing…"))
        self.cancel_button.setEnabled(True)
        task = self.wiz.start_task(dry_run=False)
        if task is None:
            self.outcome = "failed"
            self.status_label.setText("⚠ " + self.wiz.sniff_message)
            return
        self.task = task
        task.progress.connect(self._progress)
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        task.finished.connect(self._finished)
        task.start()

    @Slot()
    def cancel(self) -> None:
        if self.task is not None and self.task.is_running:
            self.task.cancel()
            self.status_label.setText(self.tr("Cancelling: undoing what was written so far…"))
            self.cancel_button.setEnabled(False)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.status_label.setText(
            self.tr("Importing… {0} of %Ln rows", "", total).format(QLocale().toString(done))
        )

    @Slot(object)
    def _done(self, result: object) -> None:
        self.result = result
        if isinstance(result, imports.ImportFailed):
            self.outcome = "failed"
            self.status_label.setText(
                self.tr("⚠ Nothing was imported: {0}. Go back to see them.").format(
                    _problems(len(result.problems))
                )
            )
            return
        self.outcome = "done"
        self.wiz.context.notify(ALL_TABLES)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self.outcome = "failed"
        self.result = error
        self.status_label.setText(self.tr("⚠ Nothing was imported: {0}").format(error))

    @Slot()
    def _cancelled(self) -> None:
        self.outcome = "cancelled"
        self.status_label.setText(self.tr("Import cancelled. Nothing was imported."))

    @Slot()
    def _finished(self) -> None:
        self.cancel_button.setEnabled(False)
        if self.outcome == "done":
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            self.wiz.next()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.outcome == "done"


class SummaryPage(QWizardPage):
    """Step 5: what was imported."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.ui = Ui_ImportSummaryPage()
        self.ui.setupUi(self)
        self.summary = self.ui.summaryLabel

    def initializePage(self) -> None:
        self.summary.setText(self.wiz.summary_text())


class ImportWizard(QWizard):
    """The import wizard. ``path`` starts it on a file (File ▸ Import… or a dropped file)."""

    def __init__(
        self, context: DocumentContext, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 640)
        self.source: Path | None = None
        self.preview: Any = None
        self.kind: DataKind | None = None
        self.encoding = "utf-8"
        self.delimiter = ","
        self.headers: list[str] = []
        self.first_rows: list[list[str]] = []
        self.mapping: dict[str, str] = {}
        self.sniff_message = ""
        #: Every check or import started (a superseded check may still be stopping).
        self._tasks: list[Task] = []
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.validate_page = ValidatePage(self)
        self.import_page = ImportPage(self)
        self.summary_page = SummaryPage(self)
        for page in (
            self.file_page,
            self.preview_page,
            self.validate_page,
            self.import_page,
            self.summary_page,
        ):
            self.addPage(page)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    # -- what the importer says about the file -----------------------------------------

    @property
    def is_spreadsheet(self) -> bool:
        fmt = getattr(self.preview, "format", None)
        if fmt is not None:
            return str(fmt) != "csv"
        return self.source is not None and self.source.suffix.lower() in (".xlsx", ".xlsm")

    def sniff(
        self,
        path: Path | None,
        kind: str | None = None,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> None:
        """Ask the importer what ``path`` holds; remember it for the next pages."""
        self.source, self.preview, self.kind = path, None, None
        if path is None:
            self.sniff_message = ""
            return
        if not path.is_file():
            self.sniff_message = self.tr("No such file.")
            return
        kwargs: dict[str, Any] = {}
        if encoding:
            kwargs["encoding"] = encoding
        if delimiter:
            kwargs["delimiter"] = delimiter
        try:
            preview = imports.sniff(path, DataKind(kind) if kind else None, **kwargs)
        except Exception as exc:  # the importer's message says what is wrong with the file
            self.sniff_message = self.tr("This file cannot be read: {0}").format(exc)
            return
        self.preview = preview
        guessed = getattr(preview, "kind", None)
        self.kind = DataKind(kind) if kind else (DataKind(guessed) if guessed else None)
        self.encoding = str(getattr(preview, "encoding", "") or "utf-8")
        self.delimiter = str(getattr(preview, "delimiter", "") or ",")
        self.headers = [str(h) for h in getattr(preview, "headers", [])]
        self.first_rows = [list(r) for r in getattr(preview, "rows", [])]
        self.preview_page.preview_model.first_line = int(getattr(preview, "header_line", 1)) + 1
        self.mapping = {
            str(k): str(v) for k, v in dict(getattr(preview, "mapping", {}) or {}).items() if v
        }
        if self.kind is None:
            self.sniff_message = self.tr(
                "Office Planner cannot tell what this file holds; choose it under “Contains”."
            )
            return
        what = (
            self.tr("Excel workbook")
            if self.is_spreadsheet
            else self.tr("CSV, {0}, delimiter {1}").format(
                self.encoding, _delimiter_name(self.delimiter)
            )
        )
        n = len(self.headers)
        columns = self.tr("1 column") if n == 1 else self.tr("%Ln columns", "", n)
        self.sniff_message = self.tr("Looks like {0} ({1}; {2}).").format(
            kind_title(self.kind).lower(), what, columns
        )

    def import_options(self, *, dry_run: bool) -> Any:
        """The importer's options from the wizard's choices."""
        fields = {f.name for f in dataclasses.fields(imports.ImportOptions)}
        wanted: dict[str, Any] = {
            "dry_run": dry_run,
            "skip_bad_rows": self.validate_page.skip_check.isChecked(),
            "create_missing": self.validate_page.create_check.isChecked(),
            "mapping": dict(self.mapping),
            "encoding": None if self.is_spreadsheet else self.encoding,
            "delimiter": None if self.is_spreadsheet else self.delimiter,
        }
        return imports.ImportOptions(**{k: v for k, v in wanted.items() if k in fields})

    def start_task(self, *, dry_run: bool) -> Task | None:
        """A worker task running the import (or its dry run); None when it cannot run."""
        doc = self.context.doc
        if doc is None or self.source is None or self.kind is None:
            if doc is None:
                self.sniff_message = self.tr("No office file is open.")
            return None
        if doc.read_only:
            self.sniff_message = self.tr(
                "The office file is open read-only; nothing can be imported."
            )
            return None
        job = _ImportJob(doc.path, self.source, self.kind, self.import_options(dry_run=dry_run))
        task = Task(job)  # no parent: closing the wizard must not delete it mid-run
        self._tasks = [t for t in self._tasks if t.is_running]
        self._tasks.append(task)
        return task

    def summary_text(self) -> str:
        """What the import did, from the result's figures (the core's summary() is English)."""
        result = self.import_page.result
        assert self.source is not None and self.kind is not None
        locale = QLocale()
        parts = []
        read = getattr(result, "rows_read", None)
        if read is not None:
            parts.append(self.tr("1 row read") if read == 1 else self.tr("%Ln rows read", "", read))
        written = getattr(result, "rows_written", None)
        if written is not None:
            parts.append(self.tr("{0} written").format(locale.toString(written)))
        unchanged = getattr(result, "rows_unchanged", None)
        if unchanged is not None:
            parts.append(self.tr("{0} already there unchanged").format(locale.toString(unchanged)))
        skipped = getattr(result, "rows_skipped", 0) or 0
        if skipped:
            parts.append(self.tr("{0} skipped for problems").format(locale.toString(skipped)))
        where = self.tr("Imported {0} from {1}", "the summary's start").format(
            kind_title(self.kind).lower(), self.source.name
        )
        text = self.tr("{0}: {1}.").format(where, ", ".join(parts)) if parts else where + "."
        created = getattr(result, "created", None)
        if created:
            made = ", ".join(_created(str(what), int(n)) for what, n in dict(created).items() if n)
            if made:
                text += " " + self.tr("Created {0}.").format(made)
        ignored = getattr(result, "ignored_columns", ())
        if ignored:
            text += " " + self.tr("Ignored columns: {0}.").format(", ".join(map(str, ignored)))
        return text

    def done(self, result: int) -> None:
        """Closing the wizard cancels a running check or import (which then rolls back)."""
        for task in self._tasks:  # superseded checks too: none may outlive the wizard
            task.cancel()
        for task in self._tasks:
            task.wait()
        self._tasks.clear()
        if self.file_page.path is not None:
            self.context.settings.set(LAST_IMPORT_FOLDER, str(self.file_page.path.parent))
        super().done(result)
        # The tables go before the pages: a view repainting while Python tears the wizard
        # down must not ask a half-destroyed model for its headers.
        self.preview_page.preview.setModel(None)
        self.validate_page.problems.setModel(None)


def _delimiter_name(char: str) -> str:
    name = _DELIMITER_NAMES.get(char)
    return repr(char) if name is None else translate("ImportWizard", name)
