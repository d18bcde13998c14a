"""The Dashboard's ranked desk table: a thin Qt model over the core's desk rows.

The rows and their order (most used first) are :attr:`DeskFigures.desks` of the
report; the model adds a rank column and sorts itself (one ``sorted`` over
precomputed keys: a QSortFilterProxyModel asked ``data()`` some 40,000 times per
report for 3,500 desks, 0.3 s on the GUI thread), and it shows suppressed figures as
"suppressed" rather than as an empty cell that might read as zero.
"""

from __future__ import annotations

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
)

from officeplanner.analytics import DeskRow
from officeplanner.domain import WEEKDAYS

Index = QModelIndex | QPersistentModelIndex

#: Numbers (or names) to sort by; suppressed and missing figures sort below every value.
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
#: English source texts of the column titles, shown translated (context "DeskTableModel").
HEADERS: Final = (
    str(QT_TRANSLATE_NOOP("DeskTableModel", "Rank")),
    str(QT_TRANSLATE_NOOP("DeskTableModel", "Desk")),
    str(QT_TRANSLATE_NOOP("DeskTableModel", "Site")),
    str(QT_TRANSLATE_NOOP("DeskTableModel", "Floor")),
    str(QT_TRANSLATE_NOOP("DeskTableModel", "Zone")),
    str(QT_TRANSLATE_NOOP("DeskTableModel", "Open days")),
    str(QT_TRANSLATE_NOOP("DeskTableModel", "Occupied days")),
    str(QT_TRANSLATE_NOOP("DeskTableModel", "Share")),
)
RANK_COLUMN: Final = 0
SHARE_COLUMN: Final = 7
_NUMERIC: Final = frozenset({0, 5, 6, 7})


def pct(value: float | None) -> str:
    """A share as a percentage in the user's locale ("12.5 %", "12,5 %"); "—" for none."""
    if value is None:
        return "—"
    number = QLocale().toString(value * 100, "f", 1)
    return QCoreApplication.translate("Dashboard", "{number} %").format(number=number)


def weekday_name(key: str) -> str:
    """The short name of the core's weekday key ("Mon" … "Sun") in the user's locale.

    The keys stay data (the core, the CSV files and the policies use them); only what
    is shown is the locale's name, so a Norwegian reads "man." where the core says "Mon".
    """
    if key not in WEEKDAYS:
        return key
    return QLocale().dayName(WEEKDAYS.index(key) + 1, QLocale.FormatType.ShortFormat)


def weekday_names(keys: tuple[str, ...] | list[str]) -> str:
    """Several weekday keys as the locale names them, comma separated ("—" for none)."""
    return ", ".join(weekday_name(k) for k in keys) if keys else "—"


class DeskTableModel(QAbstractTableModel):
    """One row per bookable desk in scope, ranked by share of open days occupied."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: The core's rows in its ranking (most used first); the view's order is ``_order``.
        self.rows: tuple[DeskRow, ...] = ()
        self.min_group = 5
        self._order: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] = (RANK_COLUMN, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: tuple[DeskRow, ...], min_group: int = 5) -> None:
        self.beginResetModel()
        self.rows = rows
        self.min_group = min_group
        self._order = self._sorted_order(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = [self._order[i.row()] for i in before]
        self._order = self._sorted_order(column, order)
        where = {source: row for row, source in enumerate(self._order)}
        self.changePersistentIndexList(
            before,
            [self.index(where[r], i.column()) for r, i in zip(old_rows, before, strict=True)],
        )
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Source rows in view order; ties keep the core's ranking, missing values last."""
        descending = order == Qt.SortOrder.DescendingOrder
        rows = range(len(self.rows))
        if column in _NUMERIC:
            keys = [self._number(r, column) for r in rows]
            return sorted(rows, key=keys.__getitem__, reverse=descending)
        texts = [str(self._value(r, column)) for r in rows]
        return sorted(rows, key=texts.__getitem__, reverse=descending)

    def _number(self, source: int, column: int) -> float:
        value = self._value(source, column)
        return -1.0 if value is None else float(value)

    def source_row(self, row: int) -> int:
        """The core's rank − 1 of the desk shown at ``row``."""
        return self._order[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("DeskTableModel", HEADERS[section])
        return None

    def _value(self, source: int, column: int) -> str | int | float | None:
        d = self.rows[source]
        values = (
            source + 1,
            d.desk,
            d.site,
            d.floor,
            d.zone,
            d.open_days,
            d.occupied_days,
            d.share,
        )
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self._order[index.row()], index.column()
        if not 0 <= column < len(HEADERS):
            return None
        value = self._value(row, column)
        suppressed = column in (6, 7) and self.rows[row].occupied_days is None
        if role == Qt.ItemDataRole.DisplayRole:
            if suppressed:
                return self.tr("suppressed")
            if value is None:
                return "—"
            if column == SHARE_COLUMN and isinstance(value, float):
                return pct(value)
            if isinstance(value, int):
                return QLocale().toString(value)
            return str(value)
        if role == SORT_ROLE:
            if column in _NUMERIC:
                return -1.0 if value is None else float(value)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and suppressed:
            return self.tr("Fewer than {n} people booked this desk (privacy)").format(
                n=self.min_group
            )
        return None
