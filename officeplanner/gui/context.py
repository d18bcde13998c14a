"""The state every page shares: the open office file, its undo stack and the settings.

Pages are built as ``Page(context, parent=None)`` and never reach into the main window;
they read ``context.doc`` and react to the signals here. Keeping this object small is
what lets pages be written (and tested) independently of the window that hosts them.

Signals
    ``document_changed()``   a file was opened or closed (``doc`` may now be None): reload
    ``data_changed(str)``    rows of one table changed (``"desks"``, ``"people"``, ...;
                             ``ALL_TABLES`` = ``"*"`` after an import): refresh what shows it
    ``read_only_changed(bool)`` sent after every ``document_changed`` with whether editing
                             is now forbidden (True also when no file is open): pages
                             enable or disable their editors on this one signal

Emit ``data_changed`` through :meth:`notify` after every successful write, including
from undo/redo, so every page showing that table refreshes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from officeplanner.gui.settings import Settings

if TYPE_CHECKING:  # the store (sqlite3, json) is imported when a file is opened
    from officeplanner.store import OfficeFile

#: The table name sent with ``data_changed`` when anything may have changed (an import).
ALL_TABLES: Final = "*"


class DocumentContext(QObject):
    """The open document (or none), its undo stack, and change notifications."""

    document_changed = Signal()
    data_changed = Signal(str)
    read_only_changed = Signal(bool)

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.undo_stack = QUndoStack(self)
        self._doc: OfficeFile | None = None

    @property
    def doc(self) -> OfficeFile | None:
        return self._doc

    @property
    def read_only(self) -> bool:
        """True when the open file may not be changed (no file counts as not editable)."""
        return self._doc is None or self._doc.read_only

    @property
    def can_edit(self) -> bool:
        return not self.read_only

    def set_document(self, doc: OfficeFile | None) -> None:
        """Replace the open document (closing the old one) and tell every page.

        The undo stack is cleared: its commands refer to rows of the old file.
        """
        old = self._doc
        self.undo_stack.clear()
        self._doc = doc
        if old is not None and old is not doc:
            old.close()
        self.document_changed.emit()
        self.read_only_changed.emit(self.read_only)

    def notify(self, table: str) -> None:
        """Say that rows of ``table`` changed (``ALL_TABLES`` for everything)."""
        self.data_changed.emit(table)

    def touches(self, table: str, *tables: str) -> bool:
        """Whether a ``data_changed(table)`` concerns any of ``tables`` (handles ``"*"``)."""
        return table == ALL_TABLES or table in tables
