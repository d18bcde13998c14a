"""The Dashboard page: how the space is used, for a period and a scope the user picks.

Every number on it is one :func:`officeplanner.analytics.compute_report` call (the
same the ``officeplanner stats`` command makes), run in a worker thread on its own
read-only connection, so the window never freezes on a large file. The filters
(period, site, floor, zone, team) are gathered for a moment before a run starts, so
picking a site and a team is one computation; a newer run supersedes an older one,
whose late result is dropped. Privacy suppression happened in the core: the page
shows "suppressed" where the Report holds None for that reason, and says why.

Exports: every chart to PNG (pyqtgraph), PDF or SVG (Qt's vector devices, see
:mod:`.chart_export`), and every figure to CSV through the core's
:mod:`officeplanner.analytics.figures_csv`, so a file carries what the view shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from officeplanner.analytics import (
    Figure,
    KeyFigures,
    Period,
    Report,
    Scope,
    ScopeChoices,
    ScopeError,
    compute_report,
    default_period,
    key_figures,
    scope_choices,
    scope_label,
    write_figure_csv,
)
from officeplanner.gui import prompts
from officeplanner.gui.chart_export import (
    ChartExportError,
    ChartFormat,
    background_of,
    chart_filter,
    export_chart,
)
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.core_text import in_user_language
from officeplanner.gui.dashboard_charts import (
    DashboardChart,
    HeatmapChart,
    TrendChart,
    WeekdayChart,
    ZoneChart,
    long_date,
    pct,
    weekday_name,
)
from officeplanner.gui.dashboard_models import RANK_COLUMN, DeskTableModel
from officeplanner.gui.none_guard import keep_none_alive
from officeplanner.gui.worker import Task
from officeplanner.store import OfficeFile
from officeplanner.wording import wording_of

#: Filter changes within this many milliseconds make one computation.
DEBOUNCE_MS: Final = 150
#: Tables whose rows change the figures.
_TABLES: Final = (
    "bookings",
    "attendance",
    "desks",
    "zones",
    "floors",
    "sites",
    "people",
    "teams",
    "closures",
    "settings",
)
#: Fewer open days than this: the figures are shown with a "small period" note.
FEW_OPEN_DAYS: Final = 5
#: English source texts below are shown translated (context "DashboardPage").
CSV_FILTER: Final = str(QT_TRANSLATE_NOOP("DashboardPage", "CSV file (*.csv)"))
ZONE_NOTE: Final = str(
    QT_TRANSLATE_NOOP("DashboardPage", "· dashed: unused (15 %) and under-used (50 %) limits")
)
#: The item data of a filter's "All sites" (and so on) entry: no restriction.
#: (Not None: reading a None back from Qt costs a reference to None, see none_guard.)
ALL: Final = -1
NO_FILE_TEXT: Final = str(
    QT_TRANSLATE_NOOP("DashboardPage", "Open an office file to see how its space is used.")
)
NO_DATA_TEXT: Final = str(
    QT_TRANSLATE_NOOP(
        "DashboardPage",
        "This file has no bookings or attendance yet, so there is nothing to measure. "
        "Import bookings (File ▸ Import…) or book desks on the Bookings page.",
    )
)


def _tr(text: str) -> str:
    """``text`` (an English source of context "DashboardPage") in the user's language."""
    return QCoreApplication.translate("DashboardPage", text)


#: Which core figure each panel's CSV holds ("key" is the key figures' button).
FIGURE_OF_PANEL: Final = {
    "weekdays": Figure.WEEKDAYS,
    "heatmap": Figure.HEATMAP,
    "trend": Figure.WEEKLY,
    "zones": Figure.ZONES,
    "desks": Figure.DESKS,
    "key": Figure.KEY_FIGURES,
}


@dataclass(frozen=True)
class ReportRun:
    """A report and the run it belongs to (older runs' late results are dropped)."""

    generation: int
    path: Path
    report: Report


class _ReportJob:
    """The worker's part: the core report on the job's own read-only connection."""

    def __init__(self, generation: int, path: Path, scope: Scope, period: Period) -> None:
        self.generation = generation
        self.path = path
        self.scope = scope
        self.period = period

    def __call__(
        self, progress: Callable[[int, int], None], cancel: Callable[[], bool]
    ) -> ReportRun:
        report = compute_report(
            self.path, self.scope, self.period, cancel=cancel, progress=progress
        )
        return ReportRun(self.generation, self.path, report)


class ChartPanel(QFrame):
    """A titled figure with an export menu; shows a message instead of an empty chart."""

    export_requested = Signal(str, str)  # figure key, "png" | "pdf" | "svg" | "csv"

    def __init__(
        self,
        key: str,
        title: str,
        body: QWidget,
        formats: tuple[str, ...],
        parent: QWidget | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.body = body
        if not body.accessibleName():  # the chart, named for screen readers by its title
            body.setAccessibleName(title)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel(self.tr("<b>{title}</b>").format(title=title), self)
        self.note_label = QLabel(note, self)
        self.note_label.setVisible(bool(note))
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save “{title}” as a file").format(title=title))
        self.export_button.setAccessibleName(self.tr("Export {title}").format(title=title))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        for fmt in formats:
            action = self.export_menu.addAction(
                self.tr("CSV data…")
                if fmt == "csv"
                else self.tr("{format} image…").format(format=fmt.upper())
            )
            action.setData(fmt)
        self.export_menu.triggered.connect(self._export_chosen)
        self.export_button.setMenu(self.export_menu)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(16)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(body)
        self.stack.addWidget(self.message)
        head = QHBoxLayout()
        head.addWidget(self.title_label)
        head.addWidget(self.note_label, 1)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)

    def set_note(self, note: str) -> None:
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    @property
    def showing_message(self) -> bool:
        return self.stack.currentWidget() is self.message

    def show_message(self, text: str) -> None:
        """Say why there is no chart (and offer no export of nothing)."""
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.export_button.setEnabled(False)

    def show_body(self) -> None:
        self.stack.setCurrentWidget(self.body)
        self.export_button.setEnabled(True)

    @Slot(QAction)
    def _export_chosen(self, action: QAction) -> None:
        self.export_requested.emit(self.key, str(action.data()))


class KeyFigureCard(QFrame):
    """One headline number with its caption and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption, self)
        self.value = QLabel("—", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAccessibleName(caption)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class DashboardPage(QWidget):
    """Key figures and charts of the chosen period and scope, computed off the GUI thread."""

    title = str(QT_TRANSLATE_NOOP("DashboardPage", "Dashboard"))

    #: Emitted when a report is on screen (tests wait for it).
    report_shown = Signal()

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_none_alive()
        self.title = self.tr("Dashboard")
        self.context = context
        self.report: Report | None = None
        self.figures: KeyFigures | None = None
        self.task: Task | None = None
        self.choices: ScopeChoices | None = None
        self.data_period: Period | None = None
        #: The last file written by an export (tests and the status line read it).
        self.last_export: Path | None = None
        self._generation = 0
        self._stale = True
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._build_filters()
        self._build_figures()
        self._build_charts()
        self._build_layout()
        context.document_changed.connect(self._document_changed)
        context.data_changed.connect(self._data_changed)
        self._document_changed()

    # -- construction ----------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit, name in (
            (self.from_edit, self.tr("From date")),
            (self.to_edit, self.tr("To date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._period_changed)
        self.whole_button = QPushButton(self.tr("Whole Range"), self)
        self.whole_button.setToolTip(
            self.tr("From the first to the last day with data in the file")
        )
        self.whole_button.clicked.connect(self.reset_period)
        self.site_combo = QComboBox(self)
        self.floor_combo = QComboBox(self)
        self.zone_combo = QComboBox(self)
        self.team_combo = QComboBox(self)
        # A fixed width in characters, not "adjust to contents": one long team name would
        # widen the row past a 1280-pixel window (and squeeze the others) and every
        # filter change would make the row jump. The popup still shows whole names.
        for combo, name, width in (
            (self.site_combo, self.tr("Site"), 16),
            (self.floor_combo, self.tr("Floor"), 12),
            (self.zone_combo, self.tr("Zone"), 12),
            (self.team_combo, self.tr("Team"), 18),
        ):
            combo.setAccessibleName(name)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(width)
        self.site_combo.currentIndexChanged.connect(self._site_changed)
        self.floor_combo.currentIndexChanged.connect(self._floor_changed)
        self.zone_combo.currentIndexChanged.connect(self._filter_changed)
        self.team_combo.currentIndexChanged.connect(self._filter_changed)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop computing these figures"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)

    def _build_figures(self) -> None:
        self.cards = {
            "average": KeyFigureCard(self.tr("Average utilisation"), self),
            "peak": KeyFigureCard(self.tr("Peak utilisation"), self),
            "popular": KeyFigureCard(self.tr("Most popular day"), self),
            "no_show": KeyFigureCard(self.tr("No-show rate"), self),
            "desks": KeyFigureCard(self.tr("Desks needed / you have"), self),
        }
        self.key_export = QToolButton(self)
        self.key_export.setText(self.tr("CSV…"))
        self.key_export.setToolTip(self.tr("Save the key figures as a CSV file"))
        self.key_export.setAccessibleName(self.tr("Export key figures"))
        self.key_export.clicked.connect(self._export_key_figures)

    def _build_charts(self) -> None:
        self.weekday_chart = WeekdayChart(self)
        self.heatmap_chart = HeatmapChart(self)
        self.trend_chart = TrendChart(self)
        self.zone_chart = ZoneChart(self)
        self.desk_model = DeskTableModel(self)
        self.desk_view = QTableView(self)
        self.desk_view.setModel(self.desk_model)  # it sorts itself, fast
        self.desk_view.setAccessibleName(self.tr("Desks ranked by use"))
        self.desk_view.setSortingEnabled(True)
        self.desk_view.sortByColumn(RANK_COLUMN, Qt.SortOrder.AscendingOrder)
        self.desk_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.desk_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.desk_view.verticalHeader().setVisible(False)
        self.desk_view.setAlternatingRowColors(True)
        header = self.desk_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(200)  # widths from 200 rows, not 1,000
        header.setStretchLastSection(True)
        self.order_combo = QComboBox(self)
        self.order_combo.addItems([self.tr("Most used first"), self.tr("Least used first")])
        self.order_combo.setAccessibleName(self.tr("Desk order"))
        self.order_combo.currentIndexChanged.connect(self._order_changed)
        desks = QWidget(self)
        desk_layout = QVBoxLayout(desks)
        desk_layout.setContentsMargins(0, 0, 0, 0)
        order_row = QHBoxLayout()
        order_row.addWidget(QLabel(self.tr("Show:"), desks))
        order_row.addWidget(self.order_combo)
        order_row.addStretch(1)
        desk_layout.addLayout(order_row)
        desk_layout.addWidget(self.desk_view, 1)

        images = ("png", "pdf", "svg", "csv")
        self.charts: dict[str, DashboardChart] = {
            "weekdays": self.weekday_chart,
            "heatmap": self.heatmap_chart,
            "trend": self.trend_chart,
            "zones": self.zone_chart,
        }
        notes = {
            "heatmap": self.tr("· blank: not an open day"),
            "zones": _tr(ZONE_NOTE),
        }
        self.panels: dict[str, ChartPanel] = {
            key: ChartPanel(key, chart.title, chart, images, self, notes.get(key, ""))
            for key, chart in self.charts.items()
        }
        self.panels["desks"] = ChartPanel(
            "desks", self.tr("Desks ranked by use"), desks, ("csv",), self
        )
        for panel in self.panels.values():
            panel.export_requested.connect(self._export_requested)
            panel.setMinimumHeight(300)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From:"), self))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.to_edit)
        filters.addWidget(self.whole_button)
        filters.addSpacing(12)
        for text, combo in (
            (self.tr("Site:"), self.site_combo),
            (self.tr("Floor:"), self.floor_combo),
            (self.tr("Zone:"), self.zone_combo),
            (self.tr("Team:"), self.team_combo),
        ):
            filters.addWidget(QLabel(text, self))
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.progress)
        filters.addWidget(self.cancel_button)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Dashboard message"))
        self.message_label.setVisible(False)

        cards = QHBoxLayout()
        for card in self.cards.values():
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            cards.addWidget(card)
        cards.addWidget(self.key_export, 0, Qt.AlignmentFlag.AlignTop)

        grid = QGridLayout()
        grid.addWidget(self.panels["weekdays"], 0, 0)
        grid.addWidget(self.panels["heatmap"], 0, 1)
        grid.addWidget(self.panels["trend"], 1, 0)
        grid.addWidget(self.panels["zones"], 1, 1)
        grid.addWidget(self.panels["desks"], 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(cards)
        column.addLayout(grid, 1)
        self.figures_area = QScrollArea(self)
        self.figures_area.setAccessibleName(self.tr("Dashboard figures"))
        self.figures_area.setWidgetResizable(True)
        self.figures_area.setFrameShape(QFrame.Shape.NoFrame)
        self.figures_area.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.status_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.figures_area, 1)

    # -- filters ---------------------------------------------------------------------------

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[int, str]]) -> None:
        """Offer ``items`` after "everything", keeping the current choice if still offered."""
        combo.blockSignals(True)
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, ALL)
        for item_id, name in items:
            combo.addItem(name, item_id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setEnabled(bool(items))
        combo.blockSignals(False)

    def _fill_floors(self) -> None:
        site = self.site_combo.currentData()
        floors = [] if self.choices is None or site == ALL else self.choices.floors
        self._fill(
            self.floor_combo,
            self.tr("All floors"),
            [(f.id, f.name) for f in floors if f.parent_id == site],
        )
        self._fill_zones()

    def _fill_zones(self) -> None:
        floor = self.floor_combo.currentData()
        zones = [] if self.choices is None or floor == ALL else self.choices.zones
        self._fill(
            self.zone_combo,
            self.tr("All zones"),
            [(z.id, z.name) for z in zones if z.parent_id == floor],
        )

    def _load_choices(self, doc: OfficeFile) -> None:
        self.choices = scope_choices(doc)
        self._fill(
            self.site_combo, self.tr("All sites"), [(s.id, s.name) for s in self.choices.sites]
        )
        self._fill_floors()
        self._fill(
            self.team_combo, self.tr("All teams"), [(t.id, t.name) for t in self.choices.teams]
        )

    def scope(self) -> Scope:
        """The scope the filters describe."""

        def chosen(combo: QComboBox) -> int | None:
            value = combo.currentData()
            return None if value is None or value == ALL else int(value)

        return Scope(
            site_id=chosen(self.site_combo),
            floor_id=chosen(self.floor_combo),
            zone_id=chosen(self.zone_combo),
            team_id=chosen(self.team_combo),
        )

    def period(self) -> Period | None:
        """The period the date fields describe, or None while it ends before it starts."""
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return Period(start, end) if start <= end else None

    def set_period(self, period: Period) -> None:
        self._loading = True
        for edit, day in ((self.from_edit, period.start), (self.to_edit, period.end)):
            edit.setDate(QDate(day.year, day.month, day.day))
        self._loading = False
        self._schedule()

    @Slot()
    def reset_period(self) -> None:
        if self.data_period is not None:
            self.set_period(self.data_period)

    @Slot(int)
    def _site_changed(self, _index: int) -> None:
        self._fill_floors()
        self._schedule()

    @Slot(int)
    def _floor_changed(self, _index: int) -> None:
        self._fill_zones()
        self._schedule()

    @Slot(int)
    def _filter_changed(self, _index: int) -> None:
        self._schedule()

    @Slot(QDate)
    def _period_changed(self, _date: QDate) -> None:
        if not self._loading:
            self._schedule()

    @Slot(int)
    def _order_changed(self, index: int) -> None:
        order = Qt.SortOrder.AscendingOrder if index == 0 else Qt.SortOrder.DescendingOrder
        self.desk_view.sortByColumn(RANK_COLUMN, order)

    # -- computing -------------------------------------------------------------------------

    def _schedule(self) -> None:
        """Compute again soon: several filter changes in a row make one run."""
        self._stale = True
        if not self._loading:
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self._timer.isActive():
            self._timer.start()

    @property
    def is_computing(self) -> bool:
        return self.task is not None and self.task.is_running

    @Slot()
    def refresh(self) -> None:
        """Start the report for the filters now (while the page is visible)."""
        self._timer.stop()
        doc = self.context.doc
        if doc is None or self.data_period is None:
            return
        if not self.isVisible():
            self._stale = True  # computed when the page is shown again
            return
        period = self.period()
        if period is None:
            self._say(self.tr("The period ends before it starts: pick a later “to” date."))
            return
        self._stale = False
        self.cancel()
        self._generation += 1
        task = Task(_ReportJob(self._generation, doc.path, self.scope(), period), self)
        task.succeeded.connect(self._report_ready)
        task.failed.connect(self._report_failed)
        task.progress.connect(self._report_progress)
        task.finished.connect(self._report_finished)
        self.task = task
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.status_label.setText(self.tr("Computing…"))
        task.start()

    @Slot()
    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    @Slot(int, int)
    def _report_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    @Slot(object)
    def _report_ready(self, result: object) -> None:
        assert isinstance(result, ReportRun)
        doc = self.context.doc
        if result.generation != self._generation or doc is None or doc.path != result.path:
            return  # superseded by a newer run, or the file changed meanwhile
        self.show_report(result.report)

    @Slot(object)
    def _report_failed(self, exc: object) -> None:
        if isinstance(exc, ScopeError):
            self._say(
                self.tr("Nothing to show for these filters: {error}.").format(
                    error=in_user_language(wording_of(exc))
                )
            )
        else:
            self._say(
                self.tr("The figures could not be computed: {error}").format(
                    error=in_user_language(wording_of(exc))
                )
            )

    @Slot()
    def _report_finished(self) -> None:
        if self.task is not None and not self.task.is_running:
            self.task = None
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
            if self.status_label.text() == self.tr("Computing…"):  # cancelled: nothing new
                self.status_label.setText(self.tr("Stopped; change a filter to compute again."))

    # -- showing ---------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        """A message about the whole page (no file, no data, nothing in scope)."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _clear(self, message: str) -> None:
        self.report = None
        self.figures = None
        for card in self.cards.values():
            card.set("—")
        self.key_export.setEnabled(False)
        for panel in self.panels.values():
            panel.show_message(message)
        self.desk_model.set_rows(())
        self.status_label.setText("")

    def show_report(self, report: Report) -> None:
        """Put ``report`` on every card and chart at once."""
        keep_none_alive()
        self.report = report
        self.figures = k = key_figures(report)
        self._show_cards(k)
        self.key_export.setEnabled(True)
        self.status_label.setText(self._status_text(report))
        self._say(self._notice(report, k))
        chart_message = self._chart_message(report, k)
        for panel in self.panels.values():
            if chart_message:
                panel.show_message(chart_message)
            else:
                panel.show_body()
        if not chart_message:
            self.weekday_chart.show_weekdays(report.weekdays)
            self.heatmap_chart.show_heatmap(report.heatmap)
            self.trend_chart.show_weekly(report.weekly)
            desks = report.desks
            self.zone_chart.show_zones(() if desks is None else desks.zones)
            self.panels["zones"].set_note(self.zone_chart.note or _tr(ZONE_NOTE))
            if desks is None or not desks.zones:
                self.panels["zones"].show_message(self.tr("No desks in this scope."))
        rows = () if report.desks is None else report.desks.desks
        self.desk_model.set_rows(rows, report.privacy.min_group)
        if not rows:
            self.panels["desks"].show_message(self.tr("No bookable desks in this scope."))
        elif report.suppressed:
            self.panels["desks"].show_body()
        self.report_shown.emit()

    def _show_cards(self, k: KeyFigures) -> None:
        suppressed = self.tr("suppressed")
        blank = suppressed if k.suppressed else "—"
        locale = QLocale()

        def value(text: str | None) -> str:
            return blank if text is None else text

        self.cards["average"].set(
            value(None if k.average_utilisation is None else pct(k.average_utilisation)),
            self.tr("over {n} open days").format(n=locale.toString(k.open_days)),
        )
        peak_day = (
            "" if k.peak_date is None else self.tr("on {date}").format(date=long_date(k.peak_date))
        )
        self.cards["peak"].set(
            value(None if k.peak_utilisation is None else pct(k.peak_utilisation)), peak_day
        )
        popular = k.most_popular_weekday
        self.cards["popular"].set(
            value(None if popular is None else weekday_name(popular)),
            ""
            if popular is None
            else self.tr("{share} on average").format(share=pct(k.most_popular_utilisation)),
        )
        no_show = None if k.no_show_rate is None else pct(k.no_show_rate)
        if self.report is not None and self.report.no_show.checked_in is None:
            no_show = suppressed
        self.cards["no_show"].set(
            value(no_show),
            self.tr("of resolved past bookings") if no_show else self.tr("no resolved bookings"),
        )
        needed = "—" if k.desks_needed is None else locale.toString(k.desks_needed)
        if k.suppressed:
            needed = suppressed
        percentile = k.percentile if k.percentile is not None else 90
        self.cards["desks"].set(
            self.tr("{needed} / {bookable}").format(
                needed=needed, bookable=locale.toString(k.bookable_desks)
            ),
            self.tr("{percentile}th percentile of daily demand vs bookable desks").format(
                percentile=locale.toString(float(percentile), "g")
            ),
        )

    def _scope_text(self, report: Report) -> str:
        """The report's scope in the user's language.

        The core's :attr:`Report.scope_label` is English ("Organisation", "team X"); the
        place names themselves are data, so only the words around them are composed
        here, from the same scope the core labelled.
        """
        scope, doc = report.scope, self.context.doc
        if doc is None:
            return report.scope_label
        place = (
            scope_label(doc, replace(scope, team_id=None))
            if scope.has_location
            else self.tr("Organisation")
        )
        if scope.team_id is None:
            return place
        teams = self.choices.teams if self.choices is not None else ()
        team = next((t.name for t in teams if t.id == scope.team_id), None)
        if team is None:
            return report.scope_label
        return self.tr("{place} · team {team}").format(place=place, team=team)

    def _status_text(self, report: Report) -> str:
        p = report.period
        locale = QLocale()
        text = self.tr(
            "{scope} · {start} to {end} · {days} open days · {people} people · "
            "{desks} bookable desks"
        ).format(
            scope=self._scope_text(report),
            start=p.start,
            end=p.end,
            days=locale.toString(report.open_days),
            people=locale.toString(report.people),
            desks=locale.toString(report.bookable_desks),
        )
        if report.desk_sharing_ratio is not None:
            text = self.tr("{status} · {ratio} desks per person").format(
                status=text, ratio=locale.toString(report.desk_sharing_ratio, "f", 2)
            )
        return text

    def _notice(self, report: Report, k: KeyFigures) -> str:
        if report.suppressed:
            return self.tr(
                "Suppressed to protect privacy: fewer than {n} people were active in this "
                "scope and period, so its activity figures are not shown."
            ).format(n=report.privacy.min_group)
        if report.open_days == 1:
            return self.tr("Only 1 open day in this period: the figures are indicative at best.")
        if 0 < report.open_days < FEW_OPEN_DAYS:
            return self.tr(
                "Only {n} open days in this period: the figures are indicative at best."
            ).format(n=report.open_days)
        return ""

    def _chart_message(self, report: Report, k: KeyFigures) -> str:
        if report.suppressed:
            return self.tr("Suppressed: fewer than {n} people in this scope and period.").format(
                n=report.privacy.min_group
            )
        if report.open_days == 0:
            return self.tr(
                "No open days in this period: only weekends, public holidays or closures. "
                "Choose a longer period."
            )
        if not k.has_activity:
            return self.tr("No bookings in this scope and period.")
        return ""

    # -- exports ---------------------------------------------------------------------------

    def _suggested(self, figure: Figure, suffix: str) -> str:
        doc = self.context.doc
        folder = doc.path.parent if doc is not None else Path.home()
        stem = doc.path.stem if doc is not None else self.tr("office")
        return str(folder / f"{stem}-{figure.value}.{suffix}")

    @Slot()
    def _export_key_figures(self) -> None:
        self._export_requested("key", "csv")

    @Slot(str, str)
    def _export_requested(self, key: str, fmt: str) -> None:
        if self.report is None:
            return
        figure = FIGURE_OF_PANEL[key]
        file_filter = _tr(CSV_FILTER) if fmt == "csv" else chart_filter(ChartFormat(fmt))
        path = prompts.save_file_name(
            self, self.tr("Export"), self._suggested(figure, fmt), file_filter
        )
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        if fmt == "csv":
            self.export_csv(key, path)
        else:
            self.export_chart(key, ChartFormat(fmt), path)

    def export_csv(self, key: str, path: Path) -> bool:
        """Write figure ``key``'s CSV (the core's, suppression applied) to ``path``."""
        if self.report is None:
            return False
        try:
            write_figure_csv(self.report, FIGURE_OF_PANEL[key], path)
        except OSError as exc:
            prompts.error(
                self,
                self.tr("Export"),
                self.tr("The CSV file was not written: {error}").format(error=exc),
            )
            return False
        self._exported(path)
        return True

    def export_chart(self, key: str, fmt: ChartFormat, path: Path) -> bool:
        """Write chart ``key`` to ``path`` as it is shown."""
        chart = self.charts[key]
        if self.report is None or self.panels[key].showing_message:
            return False
        try:
            export_chart(chart.export_item, path, fmt, background_of(chart), chart.title)
        except ChartExportError as exc:
            prompts.error(
                self,
                self.tr("Export"),
                self.tr("The chart was not saved: {error}").format(error=exc),
            )
            return False
        self._exported(path)
        return True

    def _exported(self, path: Path) -> None:
        self.last_export = path
        if self.report is not None:
            self.status_label.setText(
                self.tr("{status} · saved {file}").format(
                    status=self._status_text(self.report), file=path.name
                )
            )

    # -- context ---------------------------------------------------------------------------

    @Slot()
    def _document_changed(self) -> None:
        self.cancel()
        self._generation += 1  # any result still coming is for the old file
        self._timer.stop()
        doc = self.context.doc
        self.choices = None
        self.data_period = None
        self._say("")
        if doc is None:
            self._clear(_tr(NO_FILE_TEXT))
            self._say(_tr(NO_FILE_TEXT))
            self._set_filters_enabled(False)
            return
        self._loading = True
        for combo in (self.site_combo, self.floor_combo, self.zone_combo, self.team_combo):
            combo.setCurrentIndex(0)  # ids of the old file mean nothing in this one
        self._load_choices(doc)
        self._loading = False
        self._reload_period(doc, keep=False)

    def _reload_period(self, doc: OfficeFile, *, keep: bool) -> None:
        try:
            whole = default_period(doc)
        except ScopeError:
            self.data_period = None
            self._clear(_tr(NO_DATA_TEXT))
            self._say(_tr(NO_DATA_TEXT))
            self._set_filters_enabled(False)
            return
        self._set_filters_enabled(True)
        first = self.data_period is None
        self.data_period = whole
        if first or not keep:
            self.set_period(whole)
        else:
            self._schedule()

    def _set_filters_enabled(self, enabled: bool) -> None:
        for widget in (self.from_edit, self.to_edit, self.whole_button):
            widget.setEnabled(enabled)
        for combo in (self.site_combo, self.floor_combo, self.zone_combo, self.team_combo):
            combo.setEnabled(enabled and combo.count() > 1)

    @Slot(str)
    def _data_changed(self, table: str) -> None:
        doc = self.context.doc
        if doc is None or not self.context.touches(table, *_TABLES):
            return
        self._loading = True
        self._load_choices(doc)
        self._loading = False
        self._reload_period(doc, keep=True)
