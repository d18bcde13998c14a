"""Icons from resources/*.svg, looked up by name; a missing icon is an empty QIcon.

Plain files rather than a compiled .qrc keep the repository free of another generated
module; packaging copies resources/ next to the package (see packaging/).

The line icons are drawn in one colour (:data:`LINE_COLOUR`). They are rendered here
from the vector for each size and device pixel ratio asked for (:class:`LineIconEngine`),
in a colour that suits the palette at the time of drawing (dark lines on a light window,
light lines in dark mode) and in white for selected rows, where a coloured icon would
vanish into the highlight. Multi-coloured artwork (the app icon) goes to Qt's own SVG
icon engine, which also renders per device pixel ratio.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

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
#: How a disabled icon is drawn: the normal one, faded.
DISABLED_OPACITY = 0.4
#: Rendered pixmaps kept per icon (sizes × scales × colours) before the cache restarts.
MAX_CACHED_PIXMAPS = 64


def resource_dir() -> Path | None:
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    return None


def _dark_palette() -> bool:
    """Read at each paint, so the icons follow a switch of the colour scheme."""
    return QGuiApplication.palette().window().color().lightness() < 128


class LineIconEngine(QIconEngine):
    """Draws a single-colour SVG icon at exactly the device pixels asked for.

    Qt asks with the target's device pixel ratio (``scaledPixmap``), so a 32 px icon
    on a 2× screen is rendered from the vector at 64 × 64, never an upscaled 32 px
    bitmap; ``paint`` renders straight into the painter. The line colour is chosen
    when drawing: it follows the palette (and selection) without rebuilding icons.
    """

    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, float, str, bool], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode) -> str:
        if mode == QIcon.Mode.Selected:
            return SELECTED_COLOUR
        return DARK_MODE_COLOUR if _dark_palette() else LINE_COLOUR

    def _renderer(self, colour: str) -> QSvgRenderer:
        renderer = self._renderers.get(colour)
        if renderer is None:
            data = QByteArray(self.svg.replace(LINE_COLOUR, colour).encode("utf-8"))
            renderer = self._renderers[colour] = QSvgRenderer(data)
        return renderer

    def isNull(self) -> bool:
        return not self._renderer(LINE_COLOUR).isValid()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(painter.opacity() * DISABLED_OPACITY)
        self._renderer(self._colour(mode)).render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        colour = self._colour(mode)
        disabled = mode == QIcon.Mode.Disabled
        key = (size.width(), size.height(), scale, colour, disabled)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        image = QImage(
            max(1, round(size.width() * scale)),
            max(1, round(size.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if disabled:
            painter.setOpacity(DISABLED_OPACITY)
        self._renderer(colour).render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        if len(self._pixmaps) > MAX_CACHED_PIXMAPS:
            self._pixmaps.clear()
        self._pixmaps[key] = pixmap
        return pixmap

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(s, s) for s in SIZES]

    def clone(self) -> QIconEngine:
        return LineIconEngine(self.svg)


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
        return QIcon(str(path))  # multi-coloured artwork: Qt's SVG icon engine, as it is
    return QIcon(LineIconEngine(svg))
