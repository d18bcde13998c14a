"""Item models of the Bookings page: the week grid and the paged table of every booking.

Both are thin adapters over SQL on the document's connection (napari's "thin Qt model
over a plain collection", with SQLite as the collection):

* :class:`WeekGridModel` — desks of one site, grouped by zone, × the open weekdays of one
  week. A week of one site is a few thousand cells at most, so it is loaded whole.
* :class:`BookingTableModel` — every booking matching a :class:`BookingFilter`, sorted.
  The demo file holds 1.2 million; the model never holds them. ``rowCount`` comes from
  ``COUNT(*)``; rows are fetched in pages of :data:`PAGE_SIZE` when the view asks for
  them and kept in a small LRU cache. Sorting by date walks the ``bookings_date`` index
  (``LIMIT/OFFSET``); every other order is materialised once, as booking ids only, into
  a TEMP table whose rowid is the row number — so paging is a primary-key range read
  whatever the order, and nothing but ids is held, outside Python.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication

from officeplanner.domain import WEEKDAYS, BookingStatus
from officeplanner.gui.theme import is_dark
from officeplanner.store import OfficeFile

AnyIndex = QModelIndex | QPersistentModelIndex

#: Rows fetched per SQL query by the paged table.
PAGE_SIZE: Final = 256
#: Pages kept in memory (LRU): 64 × 256 rows ≈ 16 000 rows, a few MB.
CACHE_PAGES: Final = 64

#: Custom roles shared by both models and the page.
BOOKING_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1
DESK_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 2
DATE_ROLE: Final = Qt.ItemDataRole.UserRole + 3
BOOKINGS_ROLE: Final = Qt.ItemDataRole.UserRole + 4
STATUS_ROLE: Final = Qt.ItemDataRole.UserRole + 5

#: How each status reads, in words and with a symbol: the colour is never the only cue.
#: The English source texts; :func:`status_text` gives them in the user's language.
STATUS_TEXT: Final = {
    BookingStatus.BOOKED: str(QT_TRANSLATE_NOOP("BookingStatus", "Booked")),
    BookingStatus.CHECKED_IN: str(QT_TRANSLATE_NOOP("BookingStatus", "✓ Checked in")),
    BookingStatus.NO_SHOW: str(QT_TRANSLATE_NOOP("BookingStatus", "✗ No-show")),
    BookingStatus.CANCELLED: str(QT_TRANSLATE_NOOP("BookingStatus", "Cancelled")),
}


def status_text(status: BookingStatus) -> str:
    """How ``status`` reads in the user's language (grid cells, table, menus, legend)."""
    return QCoreApplication.translate("BookingStatus", STATUS_TEXT[status])


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    """The day written out in the user's locale ("Monday, 2 March 2026"), for tooltips."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


#: Cell backgrounds: light tints of the Okabe–Ito palette (sky blue, bluish green,
#: orange), distinguishable with the common colour-vision deficiencies and dark text.
STATUS_COLOUR: Final = {
    BookingStatus.BOOKED: QColor("#cfe6f7"),
    BookingStatus.CHECKED_IN: QColor("#bfe8d9"),
    BookingStatus.NO_SHOW: QColor("#fbd9a8"),
    BookingStatus.CANCELLED: QColor("#ececec"),
}
_TEXT_COLOUR: Final = QColor("#1a1a1a")
_MUTED_COLOUR: Final = QColor("#5c5c5c")
_ZONE_BACKGROUND: Final = QColor("#dfe3e8")
#: The same hues, deep, for a dark palette: light text on them reads at 7:1 or more.
STATUS_COLOUR_DARK: Final = {
    BookingStatus.BOOKED: QColor("#1d4566"),
    BookingStatus.CHECKED_IN: QColor("#18513f"),
    BookingStatus.NO_SHOW: QColor("#6a420c"),
    BookingStatus.CANCELLED: QColor("#3c3c40"),
}
_DARK_TEXT_COLOUR: Final = QColor("#f2f2f2")
_DARK_MUTED_COLOUR: Final = QColor("#c4c4c8")
_DARK_ZONE_BACKGROUND: Final = QColor("#363b42")


def status_colour(status: BookingStatus) -> QColor:
    """The cell colour of ``status`` on the current palette."""
    return (STATUS_COLOUR_DARK if is_dark() else STATUS_COLOUR)[status]


def status_text_colour(*, muted: bool = False) -> QColor:
    """Text on a status-coloured cell (or a zone heading) on the current palette."""
    if is_dark():
        return _DARK_MUTED_COLOUR if muted else _DARK_TEXT_COLOUR
    return _MUTED_COLOUR if muted else _TEXT_COLOUR


def zone_background() -> QColor:
    return _DARK_ZONE_BACKGROUND if is_dark() else _ZONE_BACKGROUND


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


# -- the week grid -------------------------------------------------------------------------


@dataclass(frozen=True)
class CellBooking:
    """One booking shown in a grid cell."""

    id: int
    person: str
    status: BookingStatus
    start: str
    end: str

    @property
    def label(self) -> str:
        times = f" {self.start}–{self.end}" if self.start else ""
        return f"{self.person}{times}"


@dataclass(frozen=True)
class GridRow:
    """A row of the grid: a zone heading (``desk_id`` None) or a desk."""

    label: str
    desk_id: int | None = None
    zone: str = ""


class WeekGridModel(QAbstractTableModel):
    """Desks of one site (grouped by zone) × the site's open weekdays of one week."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc: OfficeFile | None = None
        self._site_id: int | None = None
        self._monday = monday_of(date.today())
        self._rows: list[GridRow] = []
        self._days: list[date] = []
        self._cells: dict[tuple[int, str], list[CellBooking]] = {}

    # -- state -----------------------------------------------------------------------------

    @property
    def monday(self) -> date:
        return self._monday

    @property
    def site_id(self) -> int | None:
        return self._site_id

    @property
    def days(self) -> list[date]:
        return list(self._days)

    def set_document(self, doc: OfficeFile | None) -> None:
        self._doc = doc
        self._site_id = None
        self.reload()

    def set_site(self, site_id: int | None) -> None:
        self._site_id = site_id
        self.reload()

    def set_week(self, day: date) -> None:
        self._monday = monday_of(day)
        self.reload()

    def reload(self) -> None:
        """Read the site's desks, its open weekdays and the week's bookings again."""
        self.beginResetModel()
        try:
            self._load()
        finally:
            self.endResetModel()

    def refresh_bookings(self) -> None:
        """Re-read only the bookings (after an edit): the rows and columns stay."""
        self._cells = self._load_cells()
        if self._rows and self._days:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._days) - 1)
            )

    def _load(self) -> None:
        self._rows, self._days, self._cells = [], [], {}
        doc = self._doc
        if doc is None or self._site_id is None:
            return
        weekdays = doc.scalar("SELECT weekdays FROM sites WHERE id = ?", (self._site_id,))
        if weekdays is None:
            self._site_id = None
            return
        open_days = {w.strip() for w in str(weekdays).split(",")} or set(WEEKDAYS[:5])
        self._days = [
            self._monday + timedelta(days=i) for i, w in enumerate(WEEKDAYS) if w in open_days
        ]
        zone = None
        for desk_id, desk, floor, zone_name in doc.conn.execute(
            "SELECT d.id, d.name, f.name, z.name FROM desks d "
            "JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id "
            "WHERE f.site_id = ? AND d.bookable ORDER BY f.name, z.name, d.name",
            (self._site_id,),
        ):
            heading = f"{floor} · {zone_name}"
            if heading != zone:
                zone = heading
                self._rows.append(GridRow(heading))
            self._rows.append(GridRow(str(desk), int(desk_id), heading))
        self._cells = self._load_cells()

    def _load_cells(self) -> dict[tuple[int, str], list[CellBooking]]:
        doc = self._doc
        cells: dict[tuple[int, str], list[CellBooking]] = {}
        if doc is None or self._site_id is None or not self._days:
            return cells
        for bid, desk_id, day, status, start, end, person in doc.conn.execute(
            "SELECT b.id, b.desk_id, b.date, b.status, b.start_time, b.end_time, p.name "
            "FROM bookings b JOIN people p ON p.id = b.person_id "
            "WHERE b.date BETWEEN ? AND ? AND b.desk_id IN ("
            " SELECT d.id FROM desks d JOIN zones z ON z.id = d.zone_id "
            " JOIN floors f ON f.id = z.floor_id WHERE f.site_id = ?) "
            "ORDER BY b.status = 'cancelled', b.start_time, p.name",
            (self._days[0].isoformat(), self._days[-1].isoformat(), self._site_id),
        ):
            cells.setdefault((int(desk_id), str(day)), []).append(
                CellBooking(int(bid), str(person), BookingStatus(status), str(start), str(end))
            )
        return cells

    # -- lookups for the page ------------------------------------------------------------

    def row_info(self, row: int) -> GridRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_heading(self, row: int) -> bool:
        info = self.row_info(row)
        return info is not None and info.desk_id is None

    def heading_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.desk_id is None]

    def bookings_at(self, index: AnyIndex) -> list[CellBooking]:
        """Bookings of the cell, active ones first (cancelled ones last)."""
        info = self.row_info(index.row())
        if info is None or info.desk_id is None or not 0 <= index.column() < len(self._days):
            return []
        return self._cells.get((info.desk_id, self._days[index.column()].isoformat()), [])

    def active_bookings_at(self, index: AnyIndex) -> list[CellBooking]:
        return [b for b in self.bookings_at(index) if b.status is not BookingStatus.CANCELLED]

    def index_of(self, desk_id: int, day: date) -> QModelIndex:
        for row, info in enumerate(self._rows):
            if info.desk_id == desk_id and day in self._days:
                return self.index(row, self._days.index(day))
        return QModelIndex()

    # -- the model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._days)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_heading(index.row()):
            # Not enabled: the view's arrow keys skip zone headings.
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._days):
                return None
            day = self._days[section]
            if role == Qt.ItemDataRole.DisplayRole:
                locale = QLocale()
                weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
                when = locale.toString(
                    _qdate(day), self.tr("d MMM", "date format of a week grid column: 2 Mar")
                )
                label = f"{weekday} {when}"
                return self.tr("{0} · today").format(label) if day == date.today() else label
            if role == Qt.ItemDataRole.FontRole and day == date.today():
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return long_date(day)
            return None
        info = self.row_info(section)
        if info is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if info.desk_id is None else info.label
        if role == Qt.ItemDataRole.ToolTipRole and info.desk_id is not None:
            return self.tr("Desk {0} ({1})").format(info.label, info.zone)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.row_info(index.row())
        if info is None or not 0 <= index.column() < len(self._days):
            return None
        if info.desk_id is None:
            return self._heading_data(info, index.column(), role)
        day = self._days[index.column()]
        bookings = self.bookings_at(index)
        active = [b for b in bookings if b.status is not BookingStatus.CANCELLED]
        shown = active or bookings
        if role == Qt.ItemDataRole.DisplayRole:
            if not shown:
                return ""
            if len(shown) == 1:
                b = shown[0]
                # Times go on the status line: names are what must not be cut off.
                times = f" · {b.start}–{b.end}" if b.start else ""
                return f"{b.person}\n{status_text(b.status)}{times}"
            return "\n".join(f"{b.label} · {status_text(b.status)}" for b in shown)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            head = self.tr("Desk {0}, {1}").format(info.label, long_date(day))
            if not bookings:
                return self.tr("{0}: free — press Enter or click to book").format(head)
            lines = [f"{b.label}: {status_text(b.status)}" for b in bookings]
            return head + "\n" + "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_colour(shown[0].status) if shown else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if shown and not active:
                return status_text_colour(muted=True)
            return status_text_colour() if shown else None
        if role == Qt.ItemDataRole.FontRole and shown and not active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == DESK_ID_ROLE:
            return info.desk_id
        if role == DATE_ROLE:
            return day.isoformat()
        if role == BOOKINGS_ROLE:
            return [b.id for b in bookings]
        if role == STATUS_ROLE:
            return shown[0].status.value if shown else ""
        return None

    def _heading_data(self, info: GridRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return info.label if column == 0 else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return zone_background()
        if role == Qt.ItemDataRole.ForegroundRole:
            return status_text_colour()
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


# -- the paged table -----------------------------------------------------------------------


@dataclass(frozen=True)
class BookingFilter:
    """What the table shows; every field None / '' means "any"."""

    date_from: str | None = None
    date_to: str | None = None
    site_id: int | None = None
    zone_id: int | None = None
    team_id: int | None = None
    status: BookingStatus | None = None
    text: str = ""

    def where(self) -> tuple[str, list[object]]:
        """The WHERE clause over ``bookings b`` alone, so indexes on bookings serve it.

        Site, zone, team and text become ``IN (subquery)`` over the small tables (desks,
        people), never a join over the million bookings.
        """
        clauses: list[str] = []
        params: list[object] = []
        if self.date_from:
            clauses.append("b.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("b.date <= ?")
            params.append(self.date_to)
        if self.zone_id is not None:
            clauses.append("b.desk_id IN (SELECT id FROM desks WHERE zone_id = ?)")
            params.append(self.zone_id)
        elif self.site_id is not None:
            clauses.append(
                "b.desk_id IN (SELECT d.id FROM desks d JOIN zones z ON z.id = d.zone_id "
                "JOIN floors f ON f.id = z.floor_id WHERE f.site_id = ?)"
            )
            params.append(self.site_id)
        if self.team_id is not None:
            clauses.append("b.person_id IN (SELECT id FROM people WHERE team_id = ?)")
            params.append(self.team_id)
        if self.status is not None:
            clauses.append("b.status = ?")
            params.append(BookingStatus(self.status).value)
        text = self.text.strip()
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append(
                "(b.person_id IN (SELECT id FROM people WHERE name LIKE ? ESCAPE '\\') "
                "OR b.desk_id IN (SELECT id FROM desks WHERE name LIKE ? ESCAPE '\\'))"
            )
            params += [like, like]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@dataclass(frozen=True)
class Column:
    #: The English header; the model shows it translated (context "BookingTableModel").
    title: str
    #: SQL sort keys over ``bookings b`` and :attr:`joins`; empty = by date (an index).
    sort_keys: tuple[str, ...] = ()
    #: Only the joins the sort keys need: the fewer, the sooner a sort of a million rows.
    joins: str = ""


_J_DESK = " JOIN desks d ON d.id = b.desk_id"
_J_ZONE = _J_DESK + " JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id"
_J_SITE = _J_ZONE + " JOIN sites s ON s.id = f.site_id"
_J_PERSON = " JOIN people p ON p.id = b.person_id"
_J_TEAM = _J_PERSON + " LEFT JOIN teams t ON t.id = p.team_id"

#: The table's columns, in order.
COLUMNS: Final = (
    Column(str(QT_TRANSLATE_NOOP("BookingTableModel", "Date"))),
    Column(
        str(QT_TRANSLATE_NOOP("BookingTableModel", "Day")),
        ("(CAST(strftime('%w', b.date) AS INTEGER) + 6) % 7",),
    ),
    Column(str(QT_TRANSLATE_NOOP("BookingTableModel", "Desk")), ("d.name",), _J_DESK),
    Column(str(QT_TRANSLATE_NOOP("BookingTableModel", "Site")), ("s.name",), _J_SITE),
    Column(
        str(QT_TRANSLATE_NOOP("BookingTableModel", "Floor · Zone")), ("f.name", "z.name"), _J_ZONE
    ),
    Column(str(QT_TRANSLATE_NOOP("BookingTableModel", "Person")), ("p.name",), _J_PERSON),
    Column(str(QT_TRANSLATE_NOOP("BookingTableModel", "Team")), ("t.name",), _J_TEAM),
    Column(str(QT_TRANSLATE_NOOP("BookingTableModel", "Status")), ("b.status",)),
    Column(str(QT_TRANSLATE_NOOP("BookingTableModel", "Time")), ("b.start_time",)),
    Column(str(QT_TRANSLATE_NOOP("BookingTableModel", "Source")), ("b.source",)),
)
#: The column whose cells are coloured by status.
STATUS_COLUMN: Final = 7
_DETAIL_JOINS: Final = (
    "FROM bookings b JOIN desks d ON d.id = b.desk_id JOIN zones z ON z.id = d.zone_id "
    "JOIN floors f ON f.id = z.floor_id JOIN sites s ON s.id = f.site_id "
    "JOIN people p ON p.id = b.person_id LEFT JOIN teams t ON t.id = p.team_id"
)
_DETAIL_COLUMNS: Final = (
    "b.id, b.date, d.name, s.name, f.name || ' · ' || z.name, p.name, t.name, b.status, "
    "b.start_time, b.end_time, b.source"
)
_order_tables = itertools.count(1)
_DISPLAY: Final = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP: Final = int(Qt.ItemDataRole.ToolTipRole.value)
_BACKGROUND: Final = int(Qt.ItemDataRole.BackgroundRole.value)
#: The roles the table answers (plain ints: a set lookup, not an enum comparison).
_TABLE_ROLES: Final = frozenset(
    {_DISPLAY, _TOOLTIP, _BACKGROUND, int(BOOKING_ID_ROLE), int(STATUS_ROLE)}
)
_ROW_FLAGS: Final = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass
class _Order:
    """How rows are numbered: by the date index, or by a materialised TEMP table."""

    column: int = 0
    descending: bool = False
    temp: str | None = None


@dataclass
class _Row:
    id: int
    values: tuple[str, ...]
    status: BookingStatus


@dataclass
class _Cache:
    pages: OrderedDict[int, list[_Row]] = field(default_factory=OrderedDict)
    #: ``{page: (date, id)}`` of the last row of each page fetched in date order: the
    #: keyset from which the next page is read without an OFFSET.
    anchors: dict[int, tuple[str, int]] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0


class BookingTableModel(QAbstractTableModel):
    """Every booking matching a filter, sorted, paged from SQL (see the module doc)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc: OfficeFile | None = None
        self._filter = BookingFilter()
        self._order = _Order()
        self._count = 0
        self._cache = _Cache()
        #: Queries run, for tests and the benchmark.
        self.queries = 0

    # -- state -----------------------------------------------------------------------------

    @property
    def filter(self) -> BookingFilter:
        return self._filter

    def set_document(self, doc: OfficeFile | None) -> None:
        self._drop_order_table()
        self._doc = doc
        self._order = _Order(self._order.column, self._order.descending)
        self.reload()

    def set_filter(self, flt: BookingFilter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        self.reload()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(replace(self._filter, **changes))

    def reload(self) -> None:
        """Count again and forget every cached page (after a filter change or an edit)."""
        self.beginResetModel()
        try:
            self._cache = _Cache()
            self._drop_order_table()
            self._count = self._count_rows()
            self._prepare_order()
        finally:
            self.endResetModel()

    def refresh(self) -> None:
        """After an edit: re-read the rows in place when their number did not change."""
        if self._doc is None or self._count_rows() != self._count or self._order.temp:
            self.reload()
            return
        self._cache = _Cache()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def _count_rows(self) -> int:
        if self._doc is None:
            return 0
        where, params = self._filter.where()
        self.queries += 1
        return int(self._doc.scalar(f"SELECT count(*) FROM bookings b{where}", tuple(params)))

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._order.column, self._order.descending):
            return
        # A reset, not a layout change: no row keeps its place, and the selection would
        # have to be mapped through a million-row permutation to be kept.
        self.beginResetModel()
        try:
            self._order.column, self._order.descending = column, descending
            self._cache = _Cache()
            self._drop_order_table()
            self._prepare_order()
        finally:
            self.endResetModel()

    def _direction(self) -> str:
        return "DESC" if self._order.descending else "ASC"

    def _prepare_order(self) -> None:
        """For an order no index gives, number the matching ids once in a TEMP table."""
        column = COLUMNS[self._order.column]
        sort_keys = column.sort_keys
        if not sort_keys or self._doc is None or self._count == 0:
            return
        where, params = self._filter.where()
        direction = self._direction()
        keys = ", ".join(f"{k} {direction}" for k in sort_keys)
        name = f"booking_order_{next(_order_tables)}"
        self.queries += 1
        # Up to a second on the 1.2 M demo: say so with the busy cursor.
        busy = QGuiApplication.instance() is not None  # none in a script without a GUI
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._doc.conn.execute(
                f'CREATE TEMP TABLE "{name}" AS SELECT b.id AS bid FROM bookings b{column.joins}'
                f"{where} "
                f"ORDER BY {keys}, b.date {direction}, b.id {direction}",
                tuple(params),
            )
        finally:
            if busy:
                QGuiApplication.restoreOverrideCursor()
        self._order.temp = name

    def _drop_order_table(self) -> None:
        temp, self._order.temp = self._order.temp, None
        if temp is not None and self._doc is not None:
            # sqlite3.Error: the file was closed under us, and its temp store with it.
            with contextlib.suppress(sqlite3.Error):
                self._doc.conn.execute(f'DROP TABLE IF EXISTS temp."{temp}"')

    # -- paging ----------------------------------------------------------------------------

    def _page(self, number: int) -> list[_Row]:
        cache = self._cache
        page = cache.pages.get(number)
        if page is not None:
            cache.hits += 1
            cache.pages.move_to_end(number)
            return page
        cache.misses += 1
        page = self._fetch(number * PAGE_SIZE, PAGE_SIZE)
        cache.pages[number] = page
        while len(cache.pages) > CACHE_PAGES:
            cache.pages.popitem(last=False)
        return page

    def _fetch(self, offset: int, limit: int) -> list[_Row]:
        doc = self._doc
        if doc is None:
            return []
        self.queries += 1
        if self._order.temp is not None:
            ids = [
                int(r[0])
                for r in doc.conn.execute(
                    f'SELECT bid FROM temp."{self._order.temp}" WHERE rowid BETWEEN ? AND ? '
                    "ORDER BY rowid",
                    (offset + 1, offset + limit),
                )
            ]
        else:
            ids = self._ids_by_date(doc, offset, limit)
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        details = {
            int(r[0]): r
            for r in doc.conn.execute(
                f"SELECT {_DETAIL_COLUMNS} {_DETAIL_JOINS} WHERE b.id IN ({marks})", ids
            )
        }
        rows = []
        locale = QLocale()
        whole_day = self.tr("Whole day")
        for bid in ids:
            r = details.get(bid)
            if r is None:  # deleted since the count: show an empty row until the refresh
                rows.append(_Row(bid, ("",) * len(COLUMNS), BookingStatus.CANCELLED))
                continue
            day = date.fromisoformat(str(r[1]))
            status = BookingStatus(str(r[7]))
            times = f"{r[8]}–{r[9]}" if r[8] else whole_day
            rows.append(
                _Row(
                    bid,
                    (
                        str(r[1]),
                        locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat),
                        str(r[2]),
                        str(r[3]),
                        str(r[4]),
                        str(r[5]),
                        "" if r[6] is None else str(r[6]),
                        status_text(status),
                        times,
                        str(r[10]),
                    ),
                    status,
                )
            )
        if self._order.temp is None and rows and rows[-1].values[0]:
            self._cache.anchors[(offset + len(rows) - 1) // PAGE_SIZE] = (
                rows[-1].values[0],
                rows[-1].id,
            )
        return rows

    def _ids_by_date(self, doc: OfficeFile, offset: int, limit: int) -> list[int]:
        """Ids of rows ``offset``… in date order, walking the ``bookings_date`` index.

        From the nearest earlier page whose last row is known (a keyset), or from the
        nearer end of the table: an OFFSET costs a walk over that many index entries,
        so scrolling on reads ~0 extra rows and jumping to the end reads none.
        """
        where, params = self._filter.where()
        page = offset // PAGE_SIZE
        known = [p for p in self._cache.anchors if p < page]
        start = max(known) if known else None
        skip_from_anchor = offset - (start + 1) * PAGE_SIZE if start is not None else offset
        skip_from_end = max(0, self._count - offset - limit)
        descending = self._order.descending
        if skip_from_end < skip_from_anchor:
            # Read backwards from the end, then turn the rows round.
            d = "ASC" if descending else "DESC"
            ids = [
                int(r[0])
                for r in doc.conn.execute(
                    f"SELECT b.id FROM bookings b INDEXED BY bookings_date{where} "
                    f"ORDER BY b.date {d}, b.id {d} LIMIT ? OFFSET ?",
                    (*params, min(limit, self._count - offset), skip_from_end),
                )
            ]
            ids.reverse()
        else:
            d = "DESC" if descending else "ASC"
            keyset = ""
            key_params: list[object] = []
            if start is not None:
                day, last_id = self._cache.anchors[start]
                cmp = "<" if descending else ">"
                keyset = (
                    f"{' AND' if where else ' WHERE'} b.date {cmp}= ? "
                    f"AND (b.date {cmp} ? OR b.id {cmp} ?)"
                )
                key_params = [day, day, last_id]
            ids = [
                int(r[0])
                for r in doc.conn.execute(
                    f"SELECT b.id FROM bookings b INDEXED BY bookings_date{where}{keyset} "
                    f"ORDER BY b.date {d}, b.id {d} LIMIT ? OFFSET ?",
                    (*params, *key_params, limit, skip_from_anchor),
                )
            ]
        return ids

    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        i = row % PAGE_SIZE
        return page[i] if i < len(page) else None

    def booking_id(self, row: int) -> int | None:
        r = self._row(row)
        return None if r is None else r.id

    def cache_stats(self) -> tuple[int, int, int]:
        """(pages cached, hits, misses) — for tests and the benchmark."""
        return len(self._cache.pages), self._cache.hits, self._cache.misses

    # -- the model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(COLUMNS):
                return None
            return QCoreApplication.translate("BookingTableModel", COLUMNS[section].title)
        return section + 1 if 0 <= section < self._count else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role on each repaint: kept lean on purpose.
        if role not in _TABLE_ROLES:
            return None
        row = index.row()
        if not 0 <= row < self._count:
            return None
        page = self._cache.pages.get(row // PAGE_SIZE)
        if page is None:
            page = self._page(row // PAGE_SIZE)
        i = row % PAGE_SIZE
        if i >= len(page):
            return None
        r = page[i]
        if role in (_DISPLAY, _TOOLTIP):
            return r.values[index.column()]
        if role == _BACKGROUND:
            return status_colour(r.status) if index.column() == STATUS_COLUMN else None
        if role == BOOKING_ID_ROLE:
            return r.id
        return r.status.value
