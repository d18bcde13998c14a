"""The Dashboard's ranked desk table: a thin Qt model over the core's desk rows.

The rows and their order (most used first) are :attr:`DeskFigures.desks` of the
report; the model adds only a rank column and a sort key per cell, so a sort
proxy can show the least used desks first, and it shows suppressed figures as
"suppressed" rather than as an empty cell that might read as zero.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from officeplanner.analytics import DeskRow

Index = QModelIndex | QPersistentModelIndex

#: Numbers (or names) to sort by; suppressed and missing figures sort below every value.
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
HEADERS: Final = ("Rank", "Desk", "Site", "Floor", "Zone", "Open days", "Occupied days", "Share")
RANK_COLUMN: Final = 0
SHARE_COLUMN: Final = 7
_NUMERIC: Final = frozenset({0, 5, 6, 7})


class DeskTableModel(QAbstractTableModel):
    """One row per bookable desk in scope, ranked by share of open days occupied."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[DeskRow, ...] = ()
        self.min_group = 5

    def set_rows(self, rows: tuple[DeskRow, ...], min_group: int = 5) -> None:
        self.beginResetModel()
        self.rows = rows
        self.min_group = min_group
        self.endResetModel()

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
            return HEADERS[section]
        return None

    def _value(self, row: int, column: int) -> str | int | float | None:
        d = self.rows[row]
        values = (row + 1, d.desk, d.site, d.floor, d.zone, d.open_days, d.occupied_days, d.share)
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < len(HEADERS):
            return None
        value = self._value(row, column)
        suppressed = column in (6, 7) and self.rows[row].occupied_days is None
        if role == Qt.ItemDataRole.DisplayRole:
            if suppressed:
                return "suppressed"
            if value is None:
                return "—"
            if column == SHARE_COLUMN and isinstance(value, float):
                return f"{value * 100:.1f} %"
            return str(value)
        if role == SORT_ROLE:
            if column in _NUMERIC:
                return -1.0 if value is None else float(value)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and suppressed:
            return f"Fewer than {self.min_group} people booked this desk (privacy)"
        return None
