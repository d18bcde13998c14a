"""The week grid's legend: one swatch per booking status, in the grid's own colours.

A label with a style sheet does not follow a palette switch by itself, so the swatch
sets its colours again when the application palette changes (light ↔ dark).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from officeplanner.domain import BookingStatus
from officeplanner.gui.booking_models import status_colour, status_text_colour
from officeplanner.gui.theme import is_dark

_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class StatusSwatch(QLabel):
    """``text`` on the cell colour of ``status``, restyled on a palette change."""

    def __init__(self, status: BookingStatus, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.status = status
        self.restyle()

    def style_sheet(self) -> str:
        border = "#8a8a90" if is_dark() else "#9a9a9a"
        return (
            f"QLabel {{ background: {status_colour(self.status).name()};"
            f" color: {status_text_colour().name()}; border: 1px solid {border};"
            " border-radius: 3px; padding: 1px 6px; }"
        )

    def restyle(self) -> None:
        sheet = self.style_sheet()
        if sheet != self.styleSheet():  # setting a sheet changes the palette: no loop
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _PALETTE_EVENTS and hasattr(self, "status"):
            self.restyle()
