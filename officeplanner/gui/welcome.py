"""What the user sees before any office file is open, and the one-time note over the demo.

A facility manager who starts Office Planner with no file open must see at a glance
what the program is for and the four ways to begin: look at the demo office, set up
their own office, fill a new office from a spreadsheet they already have, or open a
file a colleague made. :class:`WelcomePage` shows them as large buttons with a line
each saying what happens, above the recently opened files.

On the very first start the app opens the demo office itself (so the first screen holds
real figures, not an empty window); :class:`DemoBanner` then says, once, that this is a
made-up office and how to start one's own, so nobody takes the demo's numbers for theirs.
The window wires the buttons to its own actions; this module only shows them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from officeplanner.gui import settings
from officeplanner.gui.icons import icon
from officeplanner.gui.settings import Settings

#: The demo note: a calm blue strip, with its own text colour so it reads in dark mode.
DEMO_BANNER_STYLE: Final = (
    "QFrame#demoBanner { background: #e3effb; border: none; border-bottom: 1px solid #9cc0e6; }"
    " QFrame#demoBanner QLabel { color: #11365c; }"
)
#: The app icon's size on the welcome page.
LOGO_SIZE: Final = 64
#: How many recent files the welcome page lists before it scrolls.
RECENT_ROWS: Final = 6


def is_demo_file(path: Path) -> bool:
    """Whether ``path`` is the demo office the app creates for itself."""
    try:
        from officeplanner.demo.files import default_demo_path
    except ImportError:
        return False
    try:
        return path.resolve() == default_demo_path().resolve()
    except OSError:
        return False


class WelcomePage(QWidget):
    """Shown whenever no file is open: what the app is for and the ways to start."""

    open_recent = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.logo = QLabel(self)
        self.logo.setPixmap(icon("officeplanner").pixmap(QSize(LOGO_SIZE, LOGO_SIZE)))
        self.logo.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo.setAccessibleName(self.tr("Office Planner logo"))
        self.title = QLabel(self.tr("<h1>Office Planner</h1>"), self)
        self.tagline = QLabel(self.tr("Hybrid work planning for the office you run"), self)
        self.text = QLabel(
            self.tr(
                "<p>Plan hybrid work from one file: desks and bookings, how well the office "
                "is used, which days are popular, and which days each team should meet.</p>"
                "<p>New here? Look around the demo office first, then set up your own.</p>"
            ),
            self,
        )
        self.text.setWordWrap(True)

        self.demo_button = self._choice(
            self.tr("Open the demo office"),
            self.tr("A made-up office with a year of bookings: every page and figure filled in."),
            "chart",
        )
        self.new_button = self._choice(
            self.tr("Start a new office…"),
            self.tr("A short guided setup: site, timezone and holidays, floors, zones and desks."),
            "site",
        )
        self.import_button = self._choice(
            self.tr("Import a spreadsheet…"),
            self.tr("Create a new office and fill it from a CSV or Excel list you already have."),
            "desk",
        )
        self.open_button = self._choice(
            self.tr("Open a file…"),
            self.tr("An office file you or a colleague made, for example on a shared drive."),
            "floor",
        )
        self.demo_button.setDefault(True)

        self.recent_label = QLabel(self.tr("<b>Recent files</b>"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent files"))
        self.recent.setAccessibleDescription(self.tr("Press Enter to open the selected file"))
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._activated)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy_label = QLabel(self)
        self.set_busy("")

        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.tagline)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addLayout(heading, 1)
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.demo_button, 0, 0)
        grid.addWidget(self.new_button, 0, 1)
        grid.addWidget(self.import_button, 1, 0)
        grid.addWidget(self.open_button, 1, 1)
        column = QVBoxLayout()
        column.addLayout(header)
        column.addSpacing(8)
        column.addWidget(self.text)
        column.addSpacing(8)
        column.addLayout(grid)
        column.addSpacing(12)
        column.addWidget(self.busy_label)
        column.addWidget(self.busy)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        column.addStretch(1)
        inner = QWidget(self)
        inner.setLayout(column)
        inner.setMaximumWidth(760)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(inner, 4)
        outer.addStretch(1)
        outer.setContentsMargins(24, 32, 24, 24)
        for first, second in (
            (self.demo_button, self.new_button),
            (self.new_button, self.import_button),
            (self.import_button, self.open_button),
            (self.open_button, self.recent),
        ):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.demo_button)

    def _choice(self, title: str, description: str, icon_name: str) -> QCommandLinkButton:
        button = QCommandLinkButton(title, description, self)
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(32, 32))
        button.setAccessibleName(title.rstrip("…"))
        button.setAccessibleDescription(description)
        policy = button.sizePolicy()  # keeps height-for-width: the text wraps to the width
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        button.setSizePolicy(policy)
        return button

    @property
    def buttons(self) -> tuple[QCommandLinkButton, ...]:
        return (self.demo_button, self.new_button, self.import_button, self.open_button)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}  —  {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))
        if paths:
            self.recent.setCurrentRow(0)
        rows = max(1, min(len(paths), RECENT_ROWS))
        row_height = self.recent.sizeHintForRow(0) if paths else 20
        self.recent.setFixedHeight(rows * row_height + 2 * self.recent.frameWidth() + 4)

    def set_busy(self, message: str) -> None:
        self.busy_label.setText(message)
        self.busy_label.setVisible(bool(message))
        self.busy.setVisible(bool(message))
        for button in self.buttons:
            button.setEnabled(not message)

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        self.open_recent.emit(str(item.data(Qt.ItemDataRole.UserRole)))


class DemoBanner(QFrame):
    """A one-time note over the demo office: what it is, and how to start one's own.

    Not a dialog: the user can read the demo's figures with the note still there, and
    it never blocks the window. It shows the first time the demo opens after
    :meth:`arm` (the first start) and never again (``WELCOME_SHOWN``); it hides when
    another file is opened or the user dismisses it.
    """

    start_new = Signal()
    open_file = Signal()

    def __init__(self, app_settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = app_settings
        self._armed = False
        self.setObjectName("demoBanner")
        self.setStyleSheet(DEMO_BANNER_STYLE)
        self.setAccessibleName(self.tr("About the demo office"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)  # as tall as the wrapped text needs, no taller
        self.setSizePolicy(policy)
        self.logo = QLabel(self)
        self.logo.setPixmap(icon("officeplanner").pixmap(QSize(32, 32)))
        self.label = QLabel(
            self.tr(
                "<b>Welcome! This is the demo office.</b> Its people, desks and bookings are "
                "made up so you can try every page; nothing you do here touches a real office. "
                "When you are ready, start your own office or open an existing file."
            ),
            self,
        )
        self.label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Start My Own Office…"), self)
        self.open_button = QPushButton(self.tr("Open a File…"), self)
        self.dismiss_button = QPushButton(self.tr("Got It"), self)
        self.dismiss_button.setToolTip(self.tr("Hide this note and keep exploring the demo"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(10)
        row.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label, 1)
        for button in (self.new_button, self.open_button, self.dismiss_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.new_button.clicked.connect(self._start_new)
        self.open_button.clicked.connect(self._open_file)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def sizeHint(self) -> QSize:
        """As tall as the text needs at the current width (a wrapped label's own hint is
        for a narrow column, which would make the strip three times too tall)."""
        hint = super().sizeHint()
        if self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def arm(self) -> None:
        """Show the note when the demo office opens next, unless it was shown before."""
        self._armed = not self.settings.get(settings.WELCOME_SHOWN)

    def document_changed(self, path: Path | None) -> None:
        """Follow the open file: appear over the demo (once), go away for any other."""
        demo = path is not None and is_demo_file(path)
        if demo and self._armed:
            self._armed = False
            self.settings.set(settings.WELCOME_SHOWN, True)
            self.show()
        elif not demo:
            self.hide()

    @Slot()
    def _start_new(self) -> None:
        self.hide()
        self.start_new.emit()

    @Slot()
    def _open_file(self) -> None:
        self.hide()
        self.open_file.emit()
