"""Icons from resources/*.svg, looked up by name; a missing icon is an empty QIcon.

Plain files rather than a compiled .qrc keep the repository free of another generated
module; packaging copies resources/ next to the package (see packaging/).

The line icons are drawn in one colour (:data:`LINE_COLOUR`). They are rendered here at
the usual sizes in a colour that suits the palette (dark lines on a light window, light
lines in dark mode) and in white for selected rows, where a coloured icon would vanish
into the highlight. Multi-coloured artwork (the app icon) is used as it is.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader, QPixmap

#: resources/ in a source checkout; a frozen build puts it beside the package.
_CANDIDATES = (
    Path(__file__).resolve().parents[2] / "resources",
    Path(__file__).resolve().parents[1] / "resources",
)

#: The line colour of the single-colour icons in resources/*.svg.
LINE_COLOUR = "#24476b"
#: What the lines become on a dark palette and on a selected row.
DARK_MODE_COLOUR = "#a9c9ec"
SELECTED_COLOUR = "#ffffff"
SIZES = (16, 20, 24, 32, 48)


def resource_dir() -> Path | None:
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    return None


def _render(svg: str, size: int) -> QPixmap:
    buffer = QBuffer()
    buffer.setData(QByteArray(svg.encode("utf-8")))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))  # rendered at each size, never scaled
    return QPixmap.fromImage(reader.read())


def _dark_palette() -> bool:
    return QGuiApplication.palette().window().color().lightness() < 128


def icon(name: str) -> QIcon:
    """The icon ``name`` (``resources/NAME.svg``); an empty icon when there is none."""
    folder = resource_dir()
    path = folder / f"{name}.svg" if folder is not None else None
    if path is None or not path.exists():
        return QIcon()
    if QGuiApplication.instance() is None:  # pixmaps need the GUI application
        return QIcon(str(path))
    return _rendered_icon(path)


@cache
def _rendered_icon(path: Path) -> QIcon:
    svg = path.read_text(encoding="utf-8")
    if LINE_COLOUR not in svg:
        return QIcon(str(path))
    normal = svg.replace(LINE_COLOUR, DARK_MODE_COLOUR) if _dark_palette() else svg
    selected = svg.replace(LINE_COLOUR, SELECTED_COLOUR)
    result = QIcon()
    for size in SIZES:
        pixmap = _render(normal, size)
        if pixmap.isNull():  # no SVG image plugin: let Qt's icon engine try the file
            return QIcon(str(path))
        result.addPixmap(pixmap, QIcon.Mode.Normal)
        result.addPixmap(_render(selected, size), QIcon.Mode.Selected)
    return result
