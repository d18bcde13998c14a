"""Help ▸ User Guide: the written guide in the user's language, with screenshots and
every metric defined.

The guide is Markdown in ``docs/guide/<lang>.md`` (one file per language, so a translator
edits prose, not code); its ``#``/``##`` headings become the topic list. It defines each
figure in the words of ``docs/metrics.md`` (so the guide, the CLI and the charts agree),
and that full reference is the last topic. Screenshots (``docs/guide/images/<lang>/``) are
made by ``packaging/guide_screenshots.py`` and are not committed: a missing one shows as
a short note, never as a broken image.

Where the files are (see :func:`docs_root`): beside the package in a source checkout
(``<repo>/docs``); in a PyInstaller build under ``sys._MEIPASS`` (``_internal/docs`` or
``Contents/Frameworks/docs``), where the spec bundles ``docs/guide`` (with ``images/``
when they were made) and ``docs/metrics.md``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Final, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QFont, QImageReader, QResizeEvent, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from officeplanner import __version__
from officeplanner.gui.forms.ui_user_guide import Ui_UserGuideDialog
from officeplanner.gui.i18n import active_language

_CONTEXT: Final = "UserGuideDialog"


#: Titles of the built-in topics shown when the guide's files are missing.
GETTING_STARTED_TITLE: Final = str(QT_TRANSLATE_NOOP("UserGuideDialog", "Getting started"))
METRICS_TITLE: Final = str(QT_TRANSLATE_NOOP("UserGuideDialog", "How figures are calculated"))

#: The short built-in guide (English), for a broken installation without docs/guide.
GETTING_STARTED: Final = f"""
# Office Planner {__version__}

Office Planner keeps everything about your offices in **one file** (`.officeplan`):
sites, floors, zones and desks; people and teams; desk bookings and attendance. It
works offline; the file can live on a shared drive.

## Every change is saved at once

There is no *Save*: each change is written to the file as one step the moment you
make it. **Edit ▸ Undo** (and Redo) step back and forth through this session's
changes; **View ▸ Undo History** lists them. *File ▸ Save a Copy…* writes a snapshot
to another file.
"""

#: The metric definitions of docs/metrics.md (DESIGN.md's words), for the same case.
METRICS: Final = """
# How the figures are calculated

- **Open day**: a Mon–Fri date (site weekdays configurable) that is neither a public
  holiday for the site's country nor a closure.
- **Booked desk-day**: a booking with status booked, checked_in or no_show.
  **Occupied desk-day**: status checked_in (or a desk used per attendance).
- **Occupancy(d)**: distinct occupied desks on day d in the chosen scope.
  **Utilisation(d)** = Occupancy(d) / bookable desks in scope.
- **Average and peak by weekday**: mean and max of Utilisation over the open days of
  that weekday in the period. **Most popular day**: highest average.
- **No-show rate** = no_show / (checked_in + no_show), past dates only.
- **Desk-sharing ratio** = bookable desks / people.
- **Unused desk**: occupied on < 15 % of open days; **under-used**: < 50 %.
- **Team meeting rate**: share of weeks in which, on at least one day, ≥ 60 %
  (configurable) of the team's members were present.
- **Desks needed**: the chosen percentile (default 90th) of daily demand.

## Privacy

Reports show groups, not people: any figure about fewer than 5 people is suppressed
in views and exports. Person-level views are off unless switched on for the file.
"""

#: Where docs/ is in a source checkout (the repository root).
_ROOT: Final = Path(__file__).resolve().parents[2]
#: The guide's languages; any other falls back to English.
LANGUAGES: Final = ("en", "nb")
_HEADING: Final = re.compile(r"^(#{1,2})\s+(.+?)\s*#*\s*$")
_FENCE: Final = re.compile(r"^\s*(```|~~~)")
_IMAGE: Final = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
#: Room left beside a fitted image (the document's margins and a little air), in pixels.
_IMAGE_MARGIN: Final = 16
_SMALLEST_IMAGE: Final = 160


class Topic(NamedTuple):
    """One entry of the topic list: a ``#`` chapter (with its sections) or a ``##`` section."""

    title: str
    markdown: str


def docs_root() -> Path:
    """The folder that holds ``docs/``: ``sys._MEIPASS`` when frozen, else the checkout.

    PyInstaller unpacks data files under ``sys._MEIPASS`` (the spec puts them in
    ``docs/guide`` and ``docs/metrics.md`` there); in a checkout they sit beside the
    package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return _ROOT


def guide_path(root: Path, language: str) -> Path | None:
    """``docs/guide/<language>.md`` under ``root``, else the English one, else None."""
    for lang in dict.fromkeys((language, "en")):
        path = root / "docs" / "guide" / f"{lang}.md"
        if path.is_file():
            return path
    return None


def split_topics(markdown: str) -> list[tuple[int, Topic]]:
    """``(level, topic)`` for every ``#`` and ``##`` heading of ``markdown``, in order.

    A chapter (level 1) holds its whole text, sections included, so reading a chapter
    needs no clicking; a section (level 2) holds its own text only. Text before the
    first heading is kept with the first topic. Headings inside code fences are text.
    """
    lines = markdown.splitlines()
    starts: list[tuple[int, int, str]] = []  # (line, level, title)
    fenced = False
    for number, text in enumerate(lines):
        if _FENCE.match(text):
            fenced = not fenced
            continue
        match = None if fenced else _HEADING.match(text)
        if match:
            starts.append((number, len(match.group(1)), match.group(2).strip()))
    found: list[tuple[int, Topic]] = []
    for index, (line, level, title) in enumerate(starts):
        end = len(lines)
        for later, later_level, _ in starts[index + 1 :]:
            if later_level <= level:
                end = later
                break
        begin = 0 if index == 0 else line
        found.append((level, Topic(title, "\n".join(lines[begin:end]).strip() + "\n")))
    return found


class UserGuideDialog(QDialog):
    """Topics on the left, the chosen one rendered from Markdown on the right."""

    def __init__(self, parent: QWidget | None = None, root: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserGuideDialog()
        self.ui.setupUi(self)
        self.root = docs_root() if root is None else root
        self.language = active_language()
        self.guide_file = guide_path(self.root, self.language)
        #: Relative image paths in the guide resolve against its folder.
        self.guide_dir = self.guide_file.parent if self.guide_file else self.root / "docs"
        self.ui.browser.setSearchPaths([str(self.guide_dir)])
        entries = self._load_topics()
        self.topics: list[Topic] = [topic for _, topic in entries]
        self.levels: list[int] = [level for level, _ in entries]
        # Long titles wrap rather than hide behind a sideways scroll bar.
        self.ui.topicList.setWordWrap(True)
        self.ui.topicList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for level, topic in entries:
            self.ui.topicList.addItem(self._item(level, topic.title))
        self.ui.topicList.currentRowChanged.connect(self._show_topic)
        self.ui.buttonBox.rejected.connect(self.close)
        self.ui.splitter.setSizes([220, 640])
        self.ui.browser.installEventFilter(self)
        self.ui.topicList.setCurrentRow(0)

    # -- building --------------------------------------------------------------------------

    def _load_topics(self) -> list[tuple[int, Topic]]:
        """The guide's headings and the full metric reference; the built-in short guide
        when the files are missing (a broken installation still explains the figures)."""
        entries: list[tuple[int, Topic]] = []
        text = self._read(self.guide_file)
        if text:
            entries = split_topics(self._with_images(text))
        if not entries:
            note = self.tr(
                "The user guide's files were not found in {folder}; this is a short version."
            ).format(folder=self.root / "docs" / "guide")
            entries = [
                (
                    1,
                    Topic(
                        QCoreApplication.translate(_CONTEXT, GETTING_STARTED_TITLE),
                        f"*{note}*\n\n{GETTING_STARTED}",
                    ),
                ),
                (1, Topic(QCoreApplication.translate(_CONTEXT, METRICS_TITLE), METRICS)),
            ]
        reference = self._read(self.root / "docs" / "metrics.md")
        if reference:
            if self.language != "en":
                note = self.tr(
                    "This reference is in English, like the names in the CSV exports "
                    "and the command line."
                )
                reference = f"*{note}*\n\n{reference}"
            entries.append((1, Topic(self.tr("Metric reference"), reference)))
        return entries

    @staticmethod
    def _read(path: Path | None) -> str:
        if path is None:
            return ""
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return ""

    def _with_images(self, markdown: str) -> str:
        """``markdown`` with each missing picture replaced by a short note.

        Screenshots are generated, not committed, so a checkout or a build made without
        running the script has none; Qt would draw a broken-image box (and warn).
        """

        def replace(match: re.Match[str]) -> str:
            if (self.guide_dir / match["src"]).is_file():
                return match[0]
            alt = match["alt"] or match["src"]
            return "*" + self.tr("(Picture not available: {name})").format(name=alt) + "*"

        return _IMAGE.sub(replace, markdown)

    def _item(self, level: int, title: str) -> QListWidgetItem:
        """Chapters bold, sections indented under them."""
        item = QListWidgetItem(title if level == 1 else f"\u2003{title}")
        item.setToolTip(title)
        if level == 1:
            font = QFont(self.ui.topicList.font())
            font.setBold(True)
            item.setFont(font)
        return item

    # -- showing ---------------------------------------------------------------------------

    @Slot(int)
    def _show_topic(self, row: int) -> None:
        if 0 <= row < len(self.topics):
            self.ui.browser.setMarkdown(self.topics[row].markdown)
            self._fit_images()

    def show_topic(self, title: str) -> None:
        """Show the first topic called ``title`` (a heading of the guide)."""
        for row, topic in enumerate(self.topics):
            if topic.title == title:
                self.ui.topicList.setCurrentRow(row)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit the pictures when the text pane changes width."""
        if (
            watched is self.ui.browser
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self._fit_images()
        return super().eventFilter(watched, event)

    def _fit_images(self) -> None:
        """Scale every picture down to the pane's width (screenshots are 1280 px wide).

        The width ignores whether the scroll bar shows, so that fitting cannot make the
        scroll bar appear and disappear in turn.
        """
        browser = self.ui.browser
        document = browser.document()
        available = (
            browser.width()
            - 2 * browser.frameWidth()
            - browser.verticalScrollBar().sizeHint().width()
            - 2 * int(document.documentMargin())
            - _IMAGE_MARGIN
        )
        available = max(available, _SMALLEST_IMAGE)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fragments += 1
                if not fragment.charFormat().isImageFormat():
                    continue
                image = fragment.charFormat().toImageFormat()
                size = self._image_size(image.name())
                if size.isEmpty():
                    continue
                width = min(size.width(), available)
                fitted = QTextImageFormat(image)
                fitted.setWidth(width)
                fitted.setHeight(size.height() * width / size.width())
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(fitted)
            block = block.next()
        document.setModified(False)

    def _image_size(self, name: str) -> QSize:
        path = Path(name)
        if not path.is_absolute():
            path = self.guide_dir / path
        return QImageReader(str(path)).size()
