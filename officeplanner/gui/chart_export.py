"""Write a pyqtgraph chart to PNG, PDF or SVG.

PNG goes through pyqtgraph's ImageExporter (it renders the item at any width).
PDF and SVG do not: pyqtgraph's SVG exporter is broken on Qt >= 6.11, so both
are painted by Qt's own vector devices (:class:`QPdfWriter`, :class:`QSvgGenerator`)
straight from the chart's scene. Axis labels and tick texts stay text, so the
SVG can be searched and the PDF scales without blur.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any, Final

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMarginsF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QColor, QPageSize, QPaintDevice, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

#: One SVG/PDF unit per scene pixel (72 dpi makes a PDF point one pixel).
_PDF_DPI: Final = 72


class ChartFormat(StrEnum):
    """What a chart can be saved as; the value is the file suffix."""

    PNG = "png"
    PDF = "pdf"
    SVG = "svg"


#: The save dialog's filter for each format (English sources, see :func:`chart_filter`).
FILTERS: Final = {
    ChartFormat.PNG: str(QT_TRANSLATE_NOOP("ChartExport", "PNG image (*.png)")),
    ChartFormat.PDF: str(QT_TRANSLATE_NOOP("ChartExport", "PDF document (*.pdf)")),
    ChartFormat.SVG: str(QT_TRANSLATE_NOOP("ChartExport", "SVG drawing (*.svg)")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartExport", text)


def chart_filter(fmt: ChartFormat) -> str:
    """The save dialog's filter for ``fmt`` in the user's language."""
    return _tr(FILTERS[fmt])


class ChartExportError(OSError):
    """The file could not be written; the message says where."""


def _size(item: Any) -> QSize:
    rect = item.sceneBoundingRect()
    return QSize(max(1, round(rect.width())), max(1, round(rect.height())))


def _paint(item: Any, device: QPaintDevice, target: QRectF, background: QColor) -> None:
    painter = QPainter(device)
    if not painter.isActive():
        raise ChartExportError(
            QCoreApplication.translate("ChartExport", "the file could not be opened for writing")
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(target, background)
        item.scene().render(painter, target, item.sceneBoundingRect())
    finally:
        painter.end()


def export_png(item: Any, path: Path, width: int | None = None) -> QSize:
    """``item`` (a PlotItem or layout) as a PNG ``width`` pixels wide (default: as shown)."""
    exporter = pyqtgraph.exporters.ImageExporter(item)
    size = _size(item)
    if width is not None and width != size.width():
        exporter.parameters()["width"] = int(width)
    exporter.export(str(path))
    if not path.exists():
        raise ChartExportError(
            QCoreApplication.translate("ChartExport", "{path} could not be written").format(
                path=path
            )
        )
    return exporter.getTargetRect().size().toSize()  # type: ignore[no-any-return]


def export_svg(item: Any, path: Path, background: QColor, title: str = "") -> QSize:
    size = _size(item)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(QCoreApplication.translate("ChartExport", "Office Planner chart"))
    _paint(item, generator, QRectF(0, 0, size.width(), size.height()), background)
    return size


def export_pdf(item: Any, path: Path, background: QColor, title: str = "") -> QSize:
    size = _size(item)
    writer = QPdfWriter(str(path))
    writer.setResolution(_PDF_DPI)
    writer.setPageSize(
        QPageSize(
            QSizeF(size),
            QPageSize.Unit.Point,
            title or QCoreApplication.translate("ChartExport", "chart"),
        )
    )
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setTitle(title)
    writer.setCreator("Office Planner")
    _paint(item, writer, QRectF(0, 0, writer.width(), writer.height()), background)
    return size


def export_chart(
    item: Any, path: Path, fmt: ChartFormat, background: QColor, title: str = ""
) -> QSize:
    """Write ``item`` to ``path`` as ``fmt``; returns the size written (pixels or points)."""
    try:
        if fmt is ChartFormat.PNG:
            return export_png(item, path)
        if fmt is ChartFormat.SVG:
            return export_svg(item, path, background, title)
        return export_pdf(item, path, background, title)
    except OSError as exc:
        raise ChartExportError(f"{path}: {exc}") from exc


def background_of(widget: pg.GraphicsView) -> QColor:
    """The colour a chart is drawn on, so an exported file looks like the view."""
    return QColor(widget.backgroundBrush().color())
