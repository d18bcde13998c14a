"""The Bookings page: a week grid to book and check in, and a table of every booking.

Both views read the same file through their models (:mod:`officeplanner.gui.booking_models`)
and write only through undo commands (:mod:`officeplanner.gui.booking_commands`), so
whatever is done in one view shows in the other after the ``data_changed("bookings")``
the commands announce.

Keyboard use of the grid: arrow keys move between desks and days (zone headings are
skipped), Enter books a free cell or opens the actions of a booked one, the context-menu
key (or Shift+F10) opens the actions, Delete deletes the cell's bookings.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from officeplanner.domain import BookingStatus
from officeplanner.edits import EditError
from officeplanner.gui import prompts
from officeplanner.gui.booking_commands import (
    DeleteBookingsCommand,
    SetStatusCommand,
)
from officeplanner.gui.booking_dialog import BookingDialog
from officeplanner.gui.booking_models import (
    BOOKINGS_ROLE,
    BookingFilter,
    BookingTableModel,
    CellBooking,
    WeekGridModel,
    monday_of,
    status_text,
)
from officeplanner.gui.commands import EditCommand, as_one_step, push
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.core_text import in_user_language
from officeplanner.gui.status_legend import StatusSwatch
from officeplanner.store import OfficeFileError
from officeplanner.wording import wording_of

#: Tables whose changes the page shows.
_SHOWN_TABLES = ("bookings", "desks", "zones", "floors", "sites", "people", "teams")
#: The earliest date the table's date filters offer; shown as "Any".
_ANY_DATE = QDate(2000, 1, 1)
#: Text as wide as each table column's usual content, for the initial column widths.
_COLUMN_SAMPLES = (
    "2026-12-31",
    "Wed",
    "OSL-2A-18-W",
    "Kristiansand",
    "Floor 12 · Harbour",
    "Agnieszka Kristoffersen",
    "Arkitektur Trondheim 12",
    "✓ Checked in",
    "08:00–12:00",
    "manual",
)
_PERSON_COLUMN = 5
#: Milliseconds the table waits after the last keystroke in the search field.
_SEARCH_DELAY_MS = 250


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class WeekGridView(QTableView):
    """The grid's table view: Enter and the context-menu key act on the current cell."""

    #: The user pressed Enter on a cell.
    cell_activated = Signal(QModelIndex)
    #: The user asked for a cell's menu (right-click or keyboard), at this global position.
    cell_menu_requested = Signal(QModelIndex, QPoint)
    #: The user pressed Delete on a cell.
    cell_delete_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.cell_activated.emit(index)
            event.accept()
            return
        menu_key = event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        )
        if menu_key and index.isValid():
            # Handled here rather than left to the platform's context-menu event, which
            # not every platform sends for the key, so the key works everywhere.
            pos = self.viewport().mapToGlobal(self.visualRect(index).center())
            self.cell_menu_requested.emit(index, pos)
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Delete) and index.isValid():
            self.cell_delete_requested.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            pos = self.visualRect(index).center() if index.isValid() else QPoint(0, 0)
        else:
            pos = event.pos()
            index = self.indexAt(pos)
        if index.isValid():
            self.setCurrentIndex(index)
            self.cell_menu_requested.emit(index, self.viewport().mapToGlobal(pos))
        event.accept()


class BookingsPage(QWidget):
    """Week grid and table of bookings over ``context.doc``."""

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BookingsPage")
        self.context = context
        self.grid_model = WeekGridModel(self)
        self.table_model = BookingTableModel(self)
        #: The menu last shown for a grid cell (tests drive it; it is rebuilt each time).
        self.last_menu: QMenu | None = None
        #: The booking dialog last opened (it deletes itself when closed).
        self.booking_dialog: BookingDialog | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_table_filter)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_week_tab(), self.tr("&Week"))
        self.tabs.addTab(self._build_table_tab(), self.tr("&All bookings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        context.document_changed.connect(self._document_changed)
        context.data_changed.connect(self._data_changed)
        context.read_only_changed.connect(self._read_only_changed)
        self._document_changed()

    # -- building --------------------------------------------------------------------------

    def _build_week_tab(self) -> QWidget:
        tab = QWidget(self)
        bar = QHBoxLayout()
        self.site_combo = QComboBox(tab)
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.site_combo.setMinimumContentsLength(12)
        self.site_combo.currentIndexChanged.connect(self._site_chosen)
        site_label = QLabel(self.tr("&Site:"), tab)
        site_label.setBuddy(self.site_combo)
        self.prev_button = QToolButton(tab)
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.prev_button.setAccessibleName(self.tr("Previous week"))
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.prev_button.clicked.connect(self.previous_week)
        self.today_button = QPushButton(self.tr("&Today"), tab)
        self.today_button.setToolTip(self.tr("Go to this week"))
        self.today_button.clicked.connect(self.this_week)
        self.next_button = QToolButton(tab)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(self.next_week)
        self.week_edit = QDateEdit(tab)
        self.week_edit.setCalendarPopup(True)
        self.week_edit.setDisplayFormat(
            self.tr("'Week of' d MMM yyyy", "QDateEdit display format; quote literal words")
        )
        self.week_edit.setAccessibleName(self.tr("Week"))
        self.week_edit.dateChanged.connect(self._week_chosen)
        self.book_button = QPushButton(self.tr("&Book…"), tab)
        self.book_button.setToolTip(self.tr("Book the selected desk and day"))
        self.book_button.clicked.connect(self.book_current)
        bar.addWidget(site_label)
        bar.addWidget(self.site_combo)
        bar.addSpacing(12)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.week_edit)
        bar.addStretch(1)
        for status in (
            BookingStatus.BOOKED,
            BookingStatus.CHECKED_IN,
            BookingStatus.NO_SHOW,
            BookingStatus.CANCELLED,
        ):
            bar.addWidget(self._legend(tab, status))
        bar.addSpacing(12)
        bar.addWidget(self.book_button)

        self.grid = WeekGridView(tab)
        self.grid.setObjectName("weekGrid")
        self.grid.setAccessibleName(self.tr("Week grid: desks by day"))
        self.grid.setModel(self.grid_model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(False)
        self.grid.setAlternatingRowColors(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(
            self.grid.fontMetrics().lineSpacing() * 2 + 10
        )
        self.grid.verticalHeader().setMinimumWidth(
            self.grid.fontMetrics().horizontalAdvance("M") * 7
        )
        self.grid.clicked.connect(self._cell_clicked)
        self.grid.cell_activated.connect(self._cell_activated)
        self.grid.cell_menu_requested.connect(self._cell_menu)
        self.grid.cell_delete_requested.connect(self._cell_delete)
        self.grid_model.modelReset.connect(self._grid_reset)

        self.grid_empty = QLabel(tab)
        self.grid_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid_empty.setWordWrap(True)
        self.grid_stack = QStackedWidget(tab)
        self.grid_stack.addWidget(self.grid)
        self.grid_stack.addWidget(self.grid_empty)

        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.grid_stack, 1)
        return tab

    def _legend(self, parent: QWidget, status: BookingStatus) -> QLabel:
        label = StatusSwatch(status, status_text(status), parent)
        label.setToolTip(
            self.tr("Cells of {0} bookings look like this").format(status_text(status).lower())
        )
        return label

    def _build_table_tab(self) -> QWidget:
        tab = QWidget(self)
        bar = QHBoxLayout()
        self.from_edit = self._date_filter(tab, self.tr("From date"))
        self.to_edit = self._date_filter(tab, self.tr("To date"))
        self.table_site_combo = QComboBox(tab)
        self.table_site_combo.setAccessibleName(self.tr("Site filter"))
        self.table_site_combo.currentIndexChanged.connect(self._table_site_chosen)
        self.zone_combo = QComboBox(tab)
        self.zone_combo.setAccessibleName(self.tr("Zone filter"))
        self.zone_combo.currentIndexChanged.connect(self._apply_table_filter)
        self.team_combo = QComboBox(tab)
        self.team_combo.setAccessibleName(self.tr("Team filter"))
        self.team_combo.currentIndexChanged.connect(self._apply_table_filter)
        self.status_combo = QComboBox(tab)
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in BookingStatus:
            self.status_combo.addItem(status_text(status), status.value)
        self.status_combo.currentIndexChanged.connect(self._apply_table_filter)
        self.search_edit = QLineEdit(tab)
        self.search_edit.setPlaceholderText(self.tr("Search person or desk"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.textChanged.connect(self._search_changed)
        for text, widget in ((self.tr("&From:"), self.from_edit), (self.tr("T&o:"), self.to_edit)):
            widget.dateChanged.connect(self._apply_table_filter)
            label = QLabel(text, tab)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        for combo in (self.table_site_combo, self.zone_combo, self.team_combo, self.status_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            bar.addWidget(combo)
        bar.addWidget(self.search_edit, 1)

        self.table = QTableView(tab)
        self.table.setObjectName("bookingTable")
        self.table.setAccessibleName(self.tr("All bookings"))
        self.table.setModel(self.table_model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        vheader = self.table.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row sizing
        vheader.setDefaultSectionSize(self.table.fontMetrics().lineSpacing() + 8)
        vheader.setVisible(False)
        hheader = self.table.horizontalHeader()
        hheader.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hheader.setStretchLastSection(False)
        # Widths from typical content (no per-row measuring: that would read every page).
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(_COLUMN_SAMPLES):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 18)
        hheader.setSectionResizeMode(_PERSON_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table_model.modelReset.connect(self._table_reset)
        self.count_label = QLabel(tab)

        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        self.check_in_button = QPushButton(self.tr("Check &in"), tab)
        self.no_show_button = QPushButton(self.tr("&No-show"), tab)
        self.cancel_button = QPushButton(self.tr("&Cancel booking"), tab)
        self.delete_button = QPushButton(self.tr("&Delete"), tab)
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.no_show_button.clicked.connect(self.no_show_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (
            self.check_in_button,
            self.no_show_button,
            self.cancel_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)

        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        return tab

    @staticmethod
    def _date_filter(parent: QWidget, name: str) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_ANY_DATE)
        edit.setSpecialValueText(QCoreApplication.translate("BookingsPage", "Any"))
        edit.setDate(_ANY_DATE)
        edit.setAccessibleName(name)
        return edit

    # -- the document ------------------------------------------------------------------------

    @Slot()
    def _document_changed(self) -> None:
        doc = self.context.doc
        self.grid_model.set_document(doc)
        self.table_model.set_document(doc)
        self._fill_filters()
        self._fill_sites()
        if self.week_edit.date() != _qdate(self.grid_model.monday):
            self.week_edit.setDate(_qdate(self.grid_model.monday))
        self._read_only_changed(self.context.read_only)
        self._grid_reset()

    @Slot(str)
    def _data_changed(self, table: str) -> None:
        if not self.context.touches(table, *_SHOWN_TABLES):
            return
        if table == "bookings":
            self.grid_model.refresh_bookings()
            self.table_model.refresh()
            self._table_reset()
            return
        self._fill_sites()
        self._fill_filters()
        self.grid_model.reload()
        self.table_model.reload()

    @Slot(bool)
    def _read_only_changed(self, read_only: bool) -> None:
        self.book_button.setEnabled(not read_only and self.grid_model.site_id is not None)
        self._update_enabled()

    def _fill_sites(self) -> None:
        """Fill the site chooser, keeping the chosen site when it still exists."""
        doc = self.context.doc
        keep = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        try:
            self.site_combo.clear()
            if doc is not None:
                for site_id, name in doc.conn.execute("SELECT id, name FROM sites ORDER BY name"):
                    self.site_combo.addItem(str(name), int(site_id))
            index = self.site_combo.findData(keep) if keep is not None else -1
            self.site_combo.setCurrentIndex(
                index if index >= 0 else (0 if self.site_combo.count() else -1)
            )
        finally:
            self.site_combo.blockSignals(False)
        site = self.site_combo.currentData()
        if site != self.grid_model.site_id:
            self.grid_model.set_site(None if site is None else int(site))

    def _fill_filters(self) -> None:
        doc = self.context.doc
        combos = (self.table_site_combo, self.zone_combo, self.team_combo)
        kept = [c.currentData() for c in combos]
        for combo in combos:
            combo.blockSignals(True)
        try:
            self.table_site_combo.clear()
            self.table_site_combo.addItem(self.tr("All sites"), None)
            self.team_combo.clear()
            self.team_combo.addItem(self.tr("All teams"), None)
            if doc is not None:
                for site_id, name in doc.conn.execute("SELECT id, name FROM sites ORDER BY name"):
                    self.table_site_combo.addItem(str(name), int(site_id))
                for team_id, name in doc.conn.execute("SELECT id, name FROM teams ORDER BY name"):
                    self.team_combo.addItem(str(name), int(team_id))
            for combo, keep in zip(
                (self.table_site_combo, self.team_combo), kept[::2], strict=True
            ):
                combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
            self._fill_zones(kept[1])
        finally:
            for combo in combos:
                combo.blockSignals(False)
        self._apply_table_filter()

    def _fill_zones(self, keep: object = None) -> None:
        doc = self.context.doc
        site = self.table_site_combo.currentData()
        self.zone_combo.blockSignals(True)
        try:
            self.zone_combo.clear()
            self.zone_combo.addItem(self.tr("All zones"), None)
            if doc is not None:
                sql = (
                    "SELECT z.id, s.name, f.name, z.name FROM zones z "
                    "JOIN floors f ON f.id = z.floor_id JOIN sites s ON s.id = f.site_id"
                )
                params: tuple[object, ...] = ()
                if site is not None:
                    sql += " WHERE s.id = ?"
                    params = (site,)
                for zone_id, s, f, z in doc.conn.execute(
                    sql + " ORDER BY s.name, f.name, z.name", params
                ):
                    label = f"{f} · {z}" if site is not None else f"{s} · {f} · {z}"
                    self.zone_combo.addItem(label, int(zone_id))
            self.zone_combo.setCurrentIndex(
                max(0, self.zone_combo.findData(keep)) if keep is not None else 0
            )
        finally:
            self.zone_combo.blockSignals(False)

    # -- week grid ------------------------------------------------------------------------

    @Slot(int)
    def _site_chosen(self, _index: int) -> None:
        site = self.site_combo.currentData()
        self.grid_model.set_site(None if site is None else int(site))

    @Slot(QDate)
    def _week_chosen(self, day: QDate) -> None:
        monday = monday_of(_pydate(day))
        if monday != self.grid_model.monday:
            self.grid_model.set_week(monday)

    def show_week(self, day: date) -> None:
        """Show the week containing ``day``."""
        self.week_edit.setDate(_qdate(day))

    @Slot()
    def previous_week(self) -> None:
        self.show_week(self.grid_model.monday - timedelta(days=7))

    @Slot()
    def next_week(self) -> None:
        self.show_week(self.grid_model.monday + timedelta(days=7))

    @Slot()
    def this_week(self) -> None:
        self.show_week(date.today())

    @Slot()
    def _grid_reset(self) -> None:
        """Span zone headings across the week; say why the grid is empty when it is."""
        self.grid.clearSpans()
        columns = self.grid_model.columnCount()
        if columns > 1:
            for row in self.grid_model.heading_rows():
                self.grid.setSpan(row, 0, 1, columns)
        monday = self.grid_model.monday
        self.grid.setToolTip("")
        if self.context.doc is None:
            message = self.tr("No office file is open.\nUse File ▸ Open… or File ▸ New…")
        elif self.site_combo.count() == 0:
            message = self.tr(
                "This office has no sites yet.\n"
                "Add a site, floors, zones and desks on the Office page, "
                "or import a desk list with File ▸ Import…"
            )
        elif self.grid_model.rowCount() == 0:
            message = self.tr(
                "{0} has no bookable desks yet.\n"
                "Add desks on the Office page, or import a desk list with File ▸ Import…"
            ).format(self.site_combo.currentText())
        else:
            message = ""
        self.grid_empty.setText(message)
        self.grid_stack.setCurrentWidget(self.grid_empty if message else self.grid)
        if not message and not self.grid.currentIndex().isValid():
            self.grid.setCurrentIndex(self._first_desk_cell())
        end = monday + timedelta(days=6)
        locale = QLocale()
        first = locale.toString(_qdate(monday), self.tr("d MMM", "first day of a week range"))
        last = locale.toString(_qdate(end), self.tr("d MMM yyyy", "last day of a week range"))
        self.week_edit.setToolTip(f"{first} – {last}")
        self._read_only_changed(self.context.read_only)

    def _first_desk_cell(self) -> QModelIndex:
        today = date.today()
        days = self.grid_model.days
        column = days.index(today) if today in days else 0
        for row in range(self.grid_model.rowCount()):
            if not self.grid_model.is_heading(row):
                return self.grid_model.index(row, column)
        return QModelIndex()

    @Slot(QModelIndex)
    def _cell_clicked(self, index: QModelIndex) -> None:
        """A click on a free cell books it; a click on a booked cell just selects it."""
        if index.isValid() and not self.grid_model.active_bookings_at(index):
            self.book_at(index)

    @Slot(QModelIndex)
    def _cell_activated(self, index: QModelIndex) -> None:
        if self.grid_model.active_bookings_at(index):
            rect = self.grid.visualRect(index)
            self._cell_menu(index, self.grid.viewport().mapToGlobal(rect.center()))
        else:
            self.book_at(index)

    @Slot()
    def book_current(self) -> None:
        self.book_at(self.grid.currentIndex())

    def book_at(self, index: QModelIndex) -> BookingDialog | None:
        """Open the booking dialog for the cell's desk and day (or the week's first day)."""
        if self.context.read_only or self.context.doc is None:
            return None
        info = self.grid_model.row_info(index.row()) if index.isValid() else None
        days = self.grid_model.days
        day = days[index.column()] if info is not None and days else self.grid_model.monday
        dialog = BookingDialog(
            self.context,
            day=day,
            desk_id=None if info is None else info.desk_id,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._booked)
        self.booking_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _booked(self) -> None:
        self.grid.setFocus()

    def _status_actions(
        self, menu: QMenu, bookings: list[CellBooking], cell: QModelIndex | None
    ) -> None:
        read_only = self.context.read_only
        for b in bookings:
            heading = f"{b.label} — {status_text(b.status)}"
            if len(bookings) == 1:
                section = menu
                menu.addSection(heading)
            else:
                section = menu.addMenu(heading)
            for status, text in (
                (BookingStatus.CHECKED_IN, self.tr("Check &in")),
                (BookingStatus.NO_SHOW, self.tr("Mark &no-show")),
                (BookingStatus.CANCELLED, self.tr("&Cancel booking")),
                (BookingStatus.BOOKED, self.tr("&Re-open booking")),
            ):
                if status is b.status:
                    continue
                if status is BookingStatus.BOOKED and b.status is not BookingStatus.CANCELLED:
                    continue
                action = section.addAction(text)
                action.setEnabled(not read_only)
                action.setData((b.id, status.value, b.person))
                action.triggered.connect(self._status_action_triggered)
            delete = section.addAction(self.tr("&Delete booking"))
            delete.setEnabled(not read_only)
            delete.setData((b.id, "", b.person))
            delete.triggered.connect(self._delete_action_triggered)
        if cell is not None:
            menu.addSeparator()
            book = menu.addAction(self.tr("&Book this desk…"))
            book.setEnabled(not read_only)
            book.setData(cell)
            book.triggered.connect(self._book_action_triggered)

    @Slot(QModelIndex, QPoint)
    def _cell_menu(self, index: QModelIndex, global_pos: QPoint) -> None:
        bookings = self.grid_model.bookings_at(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._status_actions(menu, bookings, index)
        self.last_menu = menu
        menu.popup(global_pos)

    @Slot()
    def _status_action_triggered(self) -> None:
        action = self.sender()
        assert isinstance(action, QAction)
        booking_id, status, person = action.data()
        self.set_status(int(booking_id), BookingStatus(status), str(person))

    @Slot()
    def _delete_action_triggered(self) -> None:
        action = self.sender()
        assert isinstance(action, QAction)
        booking_id, _, _ = action.data()
        self.delete_bookings([int(booking_id)])

    @Slot()
    def _book_action_triggered(self) -> None:
        action = self.sender()
        assert isinstance(action, QAction)
        self.book_at(self.grid.currentIndex())

    @Slot(QModelIndex)
    def _cell_delete(self, index: QModelIndex) -> None:
        ids = self.grid_model.data(index, BOOKINGS_ROLE) or []
        if ids:
            self.delete_bookings([int(i) for i in ids])

    # -- editing -------------------------------------------------------------------------

    def _push(self, command: EditCommand) -> bool:
        if self.context.read_only:
            return False
        try:
            push(self.context, command)
        except (EditError, OfficeFileError) as exc:
            prompts.error(self, self.tr("Bookings"), in_user_language(wording_of(exc)))
            return False
        return True

    def set_status(self, booking_id: int, status: BookingStatus, label: str = "") -> bool:
        """Check in, mark no-show, cancel or re-open one booking (undoable)."""
        return self._push(SetStatusCommand(self.context, booking_id, status, label))

    def delete_bookings(self, booking_ids: list[int]) -> bool:
        return bool(booking_ids) and self._push(DeleteBookingsCommand(self.context, booking_ids))

    def selected_booking_ids(self) -> list[int]:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            booking_id = self.table_model.booking_id(index.row())
            if booking_id is not None:
                ids.append(booking_id)
        return ids

    def _set_selected_status(self, status: BookingStatus) -> None:
        """All the selected bookings change, as one undo step, or none does."""
        ids = self.selected_booking_ids()
        step = as_one_step(
            self.context,
            self.tr("Change %Ln bookings", "", len(ids)),
            [SetStatusCommand(self.context, booking_id, status) for booking_id in ids],
        )
        if step is not None:
            self._push(step)

    @Slot()
    def check_in_selected(self) -> None:
        self._set_selected_status(BookingStatus.CHECKED_IN)

    @Slot()
    def no_show_selected(self) -> None:
        self._set_selected_status(BookingStatus.NO_SHOW)

    @Slot()
    def cancel_selected(self) -> None:
        self._set_selected_status(BookingStatus.CANCELLED)

    @Slot()
    def delete_selected(self) -> None:
        """Edit ▸ Delete: the selected rows of the table, or the bookings of the grid's cell."""
        if self.tabs.currentIndex() == 0:
            self._cell_delete(self.grid.currentIndex())
        else:
            self.delete_bookings(self.selected_booking_ids())

    # -- table ---------------------------------------------------------------------------

    @Slot(int)
    def _table_site_chosen(self, _index: int) -> None:
        self._fill_zones()
        self._apply_table_filter()

    @Slot(str)
    def _search_changed(self, _text: str) -> None:
        self._search_timer.start()

    def current_filter(self) -> BookingFilter:
        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == _ANY_DATE else _pydate(edit.date()).isoformat()

        def data(combo: QComboBox) -> int | None:
            value = combo.currentData()
            return None if value is None else int(value)

        status = self.status_combo.currentData()
        return BookingFilter(
            date_from=day(self.from_edit),
            date_to=day(self.to_edit),
            site_id=data(self.table_site_combo),
            zone_id=data(self.zone_combo),
            team_id=data(self.team_combo),
            status=None if status is None else BookingStatus(status),
            text=self.search_edit.text(),
        )

    @Slot()
    def _apply_table_filter(self) -> None:
        self._search_timer.stop()
        self.table_model.set_filter(self.current_filter())
        self._table_reset()

    @Slot()
    def _table_reset(self) -> None:
        n = self.table_model.rowCount()
        if self.context.doc is None:
            text = self.tr("No office file is open.")
        elif n == 0 and self.table_model.filter == BookingFilter():
            text = self.tr(
                "No bookings yet: book on the Week tab, or import bookings with File ▸ Import…"
            )
        elif n == 0:
            text = self.tr("No booking matches these filters.")
        else:
            text = self.tr("1 booking") if n == 1 else self.tr("%Ln bookings", "", n)
        self.count_label.setText(text)
        self._update_enabled()

    @Slot()
    def _update_enabled(self) -> None:
        editable = not self.context.read_only
        selected = editable and self.table.selectionModel().hasSelection()
        for button in (
            self.check_in_button,
            self.no_show_button,
            self.cancel_button,
            self.delete_button,
        ):
            button.setEnabled(selected)

    @Slot(QPoint)
    def _table_menu(self, pos: QPoint) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editable = not self.context.read_only
        for text, slot in (
            (self.tr("Check &in"), self.check_in_selected),
            (self.tr("Mark &no-show"), self.no_show_selected),
            (self.tr("&Cancel booking"), self.cancel_selected),
            (self.tr("&Delete"), self.delete_selected),
        ):
            action = menu.addAction(text)
            action.setEnabled(editable)
            action.triggered.connect(slot)
        self.last_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))
