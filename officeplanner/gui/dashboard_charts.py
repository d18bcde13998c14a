"""The Dashboard's pyqtgraph charts: weekday bars, weekday × week heatmap, weekly trend,
utilisation by zone.

Each chart draws figures of a core :class:`~officeplanner.analytics.Report` and computes
none: the numbers, their suppression and their order are the core's. What lives here is
how they look: percentages on the axes, exact values in hover tooltips (set on the
items, so Qt shows them where the mouse rests), colours that read on light and dark
palettes, and colour-blind safe scales (Okabe–Ito bar colours, the cividis heatmap).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QPointF,
    Qt,
    QTimeZone,
    Slot,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from officeplanner.analytics import AreaRow, Heatmap, WeekdayStats, WeekPoint
from officeplanner.analytics.desks import UNDERUSED_BELOW, UNUSED_BELOW
from officeplanner.domain import WEEKDAYS
from officeplanner.gui.dashboard_models import pct, weekday_name
from officeplanner.gui.none_guard import keep_none_alive
from officeplanner.gui.theme import HEATMAP_SCALE, chart_colors

#: pyqtgraph's scene menu item (its own QCoreApplication.translate("GraphicsScene", …)):
#: listed here so that lupdate puts it into the .ts and the charts' menu speaks Norwegian.
_PYQTGRAPH_TEXTS: Final = (QT_TRANSLATE_NOOP("GraphicsScene", "Export..."),)
#: The heatmap's colour scale: perceptually even and readable with any colour vision.
HEATMAP_COLOURS: Final = HEATMAP_SCALE
#: The y range above the highest value, room for the one-row legend.
HEAD_ROOM: Final = 1.3
#: The zone chart's height in bars, at least.
MIN_ZONE_ROWS: Final = 4
#: Most zones drawn as bars; beyond, the most and least used half each.
MAX_ZONE_BARS: Final = 16
#: Most week labels the heatmap's axis shows before it labels every n-th week.
MAX_WEEK_LABELS: Final = 10
#: Room one week label ("22 Dec" over "2025") needs on the axis, in pixels.
WEEK_LABEL_PX: Final = 72


@dataclass(frozen=True)
class ChartTheme:
    """Colours for one palette (Okabe & Ito's colour-blind safe set for the data)."""

    dark: bool
    background: QColor
    foreground: QColor
    bar: QColor
    peak: QColor
    guide: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartTheme:
        colours = chart_colors(palette)
        return cls(
            dark=colours.dark,
            background=QColor(colours.background),
            foreground=QColor(colours.foreground),
            bar=QColor(colours.accent),
            peak=QColor(colours.highlight),
            guide=QColor(colours.guide),
        )


__all__ = ["pct", "weekday_name"]  # re-exported: the page and the tests format with them


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardChart", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    """A day as "2 Mar 2026" (Norwegian "2. mars 2026"): the format is translated, the
    month name is the locale's."""
    # Translators: a QDate format (d = day, MMM = short month name, yyyy = year).
    return QLocale().toString(
        _qdate(day), QCoreApplication.translate("DashboardChart", "d MMM yyyy")
    )


def week_label(day: date) -> str:
    """A week's start on the heatmap's axis: day and month over the year."""
    # Translators: a QDate format on two lines (day and short month, then the year).
    return QLocale().toString(
        _qdate(day), QCoreApplication.translate("DashboardChart", "d MMM\nyyyy")
    )


#: pyqtgraph's strftime tick formats (English month and day names whatever the
#: language) and the QDateTime formats that say the same in the user's locale.
_QT_TICK_FORMATS: Final = {
    "%Y": "yyyy",
    "%b": "MMM",
    "%d": "d",
    "%a %d": "ddd d",
    "%H:%M": "HH:mm",
    "%H:%M:%S": "HH:mm:ss",
}


class LocaleDateAxis(pg.DateAxisItem):  # type: ignore[misc]
    """A date axis whose month and day names are the locale's ("okt.", not "Oct"):
    pyqtgraph's own formats through ``strftime``, which speaks English here."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        fmt = _QT_TICK_FORMATS.get(spec.format) if spec is not None else None
        if fmt is None:
            return list(super().tickStrings(values, scale, spacing))
        locale = QLocale()
        offset = self.utcOffset or 0
        return [
            locale.toString(QDateTime.fromSecsSinceEpoch(int(v - offset), QTimeZone.utc()), fmt)
            for v in values
        ]


def number(value: float | None, decimals: int | None = None) -> str:
    """A count (``decimals`` None) or a measure in the user's locale; "—" for none."""
    if value is None:
        return "—"
    if decimals is None:
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def utilisation_axis() -> str:
    return QCoreApplication.translate("DashboardChart", "Utilisation (%)")


def percent_ticks(top: float) -> list[tuple[float, str]]:
    """Round percentage ticks from 0 up to ``top`` (never past 100 %): 0 20 40 … or 0 10 20 …"""
    step = 5 if top <= 25 else 10 if top <= 60 else 20
    return [(float(v), str(v)) for v in range(0, int(min(top, 100)) + 1, step)]


def _timestamp(day: date) -> float:
    """Noon UTC: the date axis shows the same calendar day in every time zone."""
    return datetime.combine(day, time(12), tzinfo=UTC).timestamp()


class DashboardChart(pg.PlotWidget):  # type: ignore[misc]
    """A themed plot that cannot be dragged or zoomed (a report, not an explorer)."""

    title = ""

    def __init__(self, parent: QWidget | None = None, **plot_args: Any) -> None:
        super().__init__(parent, **plot_args)
        self.plot_item = self.getPlotItem()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.plot_item.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot_item.showGrid(y=True, alpha=0.2)
        self._labels: dict[str, str] = {}
        self.theme = ChartTheme.from_palette(QGuiApplication.palette())
        #: Tooltip text of each drawn element, in drawing order (what tests read).
        self.tooltips: list[str] = []

    @property
    def export_item(self) -> Any:
        """What an export renders: the plot with its axes, legend and colour bar."""
        return self.plot_item

    def set_axis_label(self, side: str, text: str) -> None:
        self._labels[side] = text
        self.plot_item.setLabel(side, text, color=self.theme.foreground.name())

    def apply_theme(self) -> None:
        self.theme = theme = ChartTheme.from_palette(self.palette())
        self.setBackground(theme.background)
        for side in ("left", "bottom"):
            axis = self.plot_item.getAxis(side)
            axis.setPen(pg.mkPen(theme.foreground))
            axis.setTextPen(pg.mkPen(theme.foreground))
        for side, text in self._labels.items():
            self.plot_item.setLabel(side, text, color=theme.foreground.name())
        self.redraw()

    def redraw(self) -> None:
        """Draw the last data again (after a palette change)."""

    def clear_chart(self) -> None:
        self.plot_item.clear()
        self.tooltips = []

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Let the wheel scroll the dashboard: the charts do not zoom."""
        event.ignore()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # PlotWidget's own constructor already changes the palette role: not built yet.
        # A closed PlotWidget has dropped its axes: nothing left to restyle.
        if (
            event.type() == QEvent.Type.PaletteChange
            and hasattr(self, "theme")
            and self.plot_item.axes is not None
        ):
            self.apply_theme()

    def _legend(self) -> Any:
        legend = self.plot_item.legend
        if legend is None:
            # One row at the top right, in the head room kept above the data.
            legend = self.plot_item.addLegend(offset=(-6, 4), colCount=2)
        legend.clear()
        legend.setLabelTextColor(self.theme.foreground)
        legend.setBrush(pg.mkBrush(self.theme.background))
        legend.setPen(pg.mkPen(self.theme.guide))
        return legend


class WeekdayChart(DashboardChart):
    """Average utilisation per weekday as bars, each weekday's peak marked above it."""

    title = str(QT_TRANSLATE_NOOP("DashboardChart", "Utilisation by weekday"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _tr(type(self).title)
        self.set_axis_label("left", utilisation_axis())
        self.weekdays: tuple[WeekdayStats, ...] = ()
        self.bars: list[Any] = []
        self.apply_theme()

    def show_weekdays(self, weekdays: tuple[WeekdayStats, ...]) -> None:
        self.weekdays = weekdays
        self.redraw()

    def redraw(self) -> None:
        self.clear_chart()
        self.bars = []
        theme = self.theme
        legend = self._legend()
        peaks_x: list[float] = []
        peaks_y: list[float] = []
        for i, w in enumerate(self.weekdays):
            if w.avg_utilisation is None or w.peak_utilisation is None:
                continue
            bar = pg.BarGraphItem(
                x=[i],
                height=[w.avg_utilisation * 100],
                width=0.6,
                brush=theme.bar,
                pen=pg.mkPen(theme.bar),
            )
            tip = QCoreApplication.translate(
                "DashboardChart",
                "{day}: average {average} ({occupied} desks occupied), peak {peak} "
                "({peak_desks} desks), over {days} open days",
            ).format(
                day=weekday_name(w.weekday),
                average=pct(w.avg_utilisation),
                occupied=number(w.avg_occupied, 1),
                peak=pct(w.peak_utilisation),
                peak_desks=number(w.peak_occupied),
                days=number(w.open_days),
            )
            bar.setToolTip(tip)
            self.tooltips.append(tip)
            self.plot_item.addItem(bar)
            self.bars.append(bar)
            peaks_x.append(i)
            peaks_y.append(w.peak_utilisation * 100)
        if self.bars:
            legend.addItem(self.bars[0], QCoreApplication.translate("DashboardChart", "average"))
        peaks = pg.ScatterPlotItem(
            peaks_x,
            peaks_y,
            symbol="t1",  # a triangle pointing down onto the bar: "the peak was here"
            size=13,
            brush=pg.mkBrush(theme.peak),
            pen=pg.mkPen(theme.background),
        )
        self.plot_item.addItem(peaks)
        lines_x: list[float] = []
        lines_y: list[float] = []
        for x, y in zip(peaks_x, peaks_y, strict=True):
            lines_x += [x - 0.3, x + 0.3]
            lines_y += [y, y]
        line = pg.PlotDataItem(lines_x, lines_y, connect="pairs", pen=pg.mkPen(theme.peak, width=2))
        self.plot_item.addItem(line)
        if peaks_x:
            legend.addItem(peaks, QCoreApplication.translate("DashboardChart", "peak"))
        axis = self.plot_item.getAxis("bottom")
        axis.setTicks([[(i, weekday_name(w.weekday)) for i, w in enumerate(self.weekdays)]])
        top = min(100.0, max([10.0, *peaks_y]))
        self.plot_item.getAxis("left").setTicks([percent_ticks(top)])
        self.plot_item.setXRange(-0.6, max(len(self.weekdays), 1) - 0.4, padding=0)
        self.plot_item.setYRange(0, top * HEAD_ROOM, padding=0)


class HeatmapChart(DashboardChart):
    """Utilisation of each open day: weekdays down, Monday-based weeks across."""

    title = str(QT_TRANSLATE_NOOP("DashboardChart", "Utilisation by weekday and week"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _tr(type(self).title)
        self.plot_item.showGrid(y=False)
        self.plot_item.invertY(True)  # Monday on top, as in a calendar
        self.set_axis_label("bottom", QCoreApplication.translate("DashboardChart", "Week starting"))
        self.heatmap: Heatmap | None = None
        self.image = pg.ImageItem(axisOrder="row-major")
        self.colour_map = pg.colormap.get(HEATMAP_COLOURS)
        self.colour_bar = pg.ColorBarItem(
            values=(0, 100),
            colorMap=self.colour_map,
            interactive=False,
            label=utilisation_axis(),
            width=18,
        )
        self.colour_bar.setImageItem(self.image, insert_in=self.plot_item)
        self.colour_bar.axis.setTicks(
            [
                [
                    (v, QCoreApplication.translate("DashboardChart", "{number} %").format(number=v))
                    for v in (0, 25, 50, 75, 100)
                ]
            ]
        )
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.apply_theme()

    def apply_theme(self) -> None:
        super().apply_theme()
        if hasattr(self, "colour_bar"):
            fg = self.theme.foreground
            self.colour_bar.axis.setTextPen(pg.mkPen(fg))
            for side in ("left", "right", "top", "bottom"):
                self.colour_bar.getAxis(side).setPen(pg.mkPen(fg))
            # ColorBarItem puts its label on the bar's left side, its values on the right.
            self.colour_bar.getAxis("left").setLabel(utilisation_axis(), color=fg.name())

    def week_label_room(self) -> int:
        """How many week labels fit the axis side by side at the chart's current width."""
        width = self.plot_item.getViewBox().width() or self.width() * 0.75
        return max(2, min(MAX_WEEK_LABELS, int(width // WEEK_LABEL_PX)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "heatmap", None) is not None:  # None while it is being built
            self.redraw()  # the labels that fit change with the width

    def clear_chart(self) -> None:
        # The image stays (the colour bar is tied to it); only its data goes.
        for item in list(self.plot_item.items):
            if item is not self.image:
                self.plot_item.removeItem(item)
        self.tooltips = []

    def show_heatmap(self, heatmap: Heatmap | None) -> None:
        self.heatmap = heatmap
        self.redraw()

    def redraw(self) -> None:
        self.clear_chart()
        heat = self.heatmap
        if heat is None or not heat.week_starts:
            self.image.clear()
            return
        grid = np.array(
            [[np.nan if v is None else v * 100 for v in row] for row in heat.values],
            dtype=np.float64,
        )
        rows, cols = grid.shape
        self.image.setImage(grid, autoLevels=False, levels=(0, 100))
        self.image.setRect(0, 0, cols, rows)
        if self.image not in self.plot_item.items:
            self.plot_item.addItem(self.image)
        step = max(1, -(-cols // self.week_label_room()))
        bottom = self.plot_item.getAxis("bottom")
        bottom.setTicks(
            [
                [(c + 0.5, week_label(d)) for c, d in enumerate(heat.week_starts)][::step],
                [(c + 0.5, "") for c in range(cols)],
            ]
        )
        self.plot_item.getAxis("left").setTicks(
            [[(r + 0.5, weekday_name(w)) for r, w in enumerate(heat.weekdays)]]
        )
        self.plot_item.setXRange(0, cols, padding=0)
        self.plot_item.setYRange(0, rows, padding=0)
        self.tooltips = [self.cell_text(r, c) for r in range(rows) for c in range(cols)]

    def cell_text(self, row: int, col: int) -> str:
        """The tooltip of a cell: the date, its utilisation and occupied desks."""
        heat = self.heatmap
        if heat is None or not (0 <= row < len(heat.weekdays) and 0 <= col < len(heat.week_starts)):
            return ""
        day = heat.week_starts[col].toordinal() + WEEKDAYS.index(heat.weekdays[row])
        name = weekday_name(heat.weekdays[row])
        when = long_date(date.fromordinal(day))
        value = heat.values[row][col]
        if value is None:
            return QCoreApplication.translate(
                "DashboardChart", "{day} {date}: not an open day"
            ).format(day=name, date=when)
        return QCoreApplication.translate(
            "DashboardChart", "{day} {date}: {share} ({desks} desks occupied)"
        ).format(
            day=name,
            date=when,
            share=pct(value),
            desks=number(heat.occupied[row][col]),
        )

    @Slot(QPointF)
    def _mouse_moved(self, pos: QPointF) -> None:
        keep_none_alive()
        view = self.plot_item.getViewBox()
        if not view.sceneBoundingRect().contains(pos):
            view.setToolTip("")
            return
        point = view.mapSceneToView(pos)
        view.setToolTip(self.cell_text(int(np.floor(point.y())), int(np.floor(point.x()))))


class TrendChart(DashboardChart):
    """Each week's average utilisation as a line, its peak as a dashed line."""

    title = str(QT_TRANSLATE_NOOP("DashboardChart", "Weekly trend"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": LocaleDateAxis(utcOffset=0)})
        self.title = _tr(type(self).title)
        self.plot_item.showGrid(x=True, y=True, alpha=0.2)
        self.set_axis_label("left", utilisation_axis())
        self.weekly: tuple[WeekPoint, ...] = ()
        self.apply_theme()

    def show_weekly(self, weekly: tuple[WeekPoint, ...] | None) -> None:
        self.weekly = weekly or ()
        self.redraw()

    def redraw(self) -> None:
        self.clear_chart()
        points = self.weekly
        theme = self.theme
        legend = self._legend()
        if not points:
            return
        xs = [_timestamp(p.week_start) for p in points]
        avg = [p.avg_utilisation * 100 for p in points]
        peak = [p.peak_utilisation * 100 for p in points]
        locale = QLocale()
        self.tooltips = [
            QCoreApplication.translate(
                "DashboardChart",
                "Week of {date}: average {average}, peak {peak}; {occupied} desks occupied "
                "and {booked} booked on average over {days} open days",
            ).format(
                date=long_date(p.week_start),
                average=pct(p.avg_utilisation),
                peak=pct(p.peak_utilisation),
                occupied=locale.toString(p.avg_occupied, "f", 1),
                booked=locale.toString(p.avg_booked, "f", 1),
                days=locale.toString(p.open_days),
            )
            for p in points
        ]
        peak_line = self.plot_item.plot(
            xs, peak, pen=pg.mkPen(theme.peak, width=1.5, style=Qt.PenStyle.DashLine)
        )
        avg_line = self.plot_item.plot(xs, avg, pen=pg.mkPen(theme.bar, width=2.5))
        dots = pg.ScatterPlotItem(
            xs,
            avg,
            data=self.tooltips,
            size=7 if len(points) < 60 else 4,
            brush=pg.mkBrush(theme.bar),
            pen=pg.mkPen(theme.background),
            hoverable=True,
            hoverSize=11,
            tip=_data_tip,
        )
        self.plot_item.addItem(dots)
        legend.addItem(avg_line, QCoreApplication.translate("DashboardChart", "average"))
        legend.addItem(peak_line, QCoreApplication.translate("DashboardChart", "peak"))
        half_week = 3.5 * 86400
        self.plot_item.setXRange(xs[0] - half_week, xs[-1] + half_week, padding=0)
        top = min(100.0, max([10.0, *peak]))
        self.plot_item.getAxis("left").setTicks([percent_ticks(top)])
        self.plot_item.setYRange(0, top * HEAD_ROOM, padding=0)


def _data_tip(x: float, y: float, data: object) -> str:
    """The scatter tooltip: the point's own text (its exact figures)."""
    return str(data)


def zones_to_show(
    zones: tuple[AreaRow, ...], limit: int
) -> tuple[tuple[AreaRow, ...], tuple[AreaRow, ...]]:
    """(most used, least used) zones to draw: all of them (least used empty) when they
    fit in ``limit`` bars, else the ``limit // 2`` most and least used. Zones without a
    share (suppressed, or no open days) come last, shown only when everything fits."""
    rated = sorted((z for z in zones if z.share is not None), key=_share_descending)
    unrated = [z for z in zones if z.share is None]
    if len(rated) + len(unrated) <= limit:
        return (*rated, *unrated), ()
    if len(rated) <= limit:
        return tuple(rated), ()
    half = limit // 2
    return tuple(rated[:half]), tuple(rated[-half:])


def _share_descending(zone: AreaRow) -> float:
    return -(zone.share or 0.0)


class ZoneChart(DashboardChart):
    """Each zone's utilisation as a horizontal bar, with the unused and under-used lines."""

    title = str(QT_TRANSLATE_NOOP("DashboardChart", "Utilisation by zone"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _tr(type(self).title)
        self.plot_item.showGrid(x=True, y=False, alpha=0.2)
        self.plot_item.invertY(True)  # first zone on top
        self.set_axis_label("bottom", utilisation_axis())
        #: Every zone of the report, and those drawn (most used first; a gap, then the
        #: least used when there are too many for one chart).
        self.zones: tuple[AreaRow, ...] = ()
        self.most_used: tuple[AreaRow, ...] = ()
        self.least_used: tuple[AreaRow, ...] = ()
        self.apply_theme()

    def show_zones(self, zones: tuple[AreaRow, ...]) -> None:
        self.zones = zones
        self.most_used, self.least_used = zones_to_show(zones, MAX_ZONE_BARS)
        self.redraw()

    @property
    def note(self) -> str:
        """What the chart leaves out, for the panel's heading."""
        if not self.least_used:
            return ""
        shown = len(self.most_used) + len(self.least_used)
        return QCoreApplication.translate(
            "DashboardChart", "· the {half} most and least used of {zones} zones (CSV: all)"
        ).format(half=shown // 2, zones=len(self.zones))

    def redraw(self) -> None:
        self.clear_chart()
        theme = self.theme
        top = 10.0
        rows: list[AreaRow | None] = list(self.most_used)
        if self.least_used:
            rows += [None, *self.least_used]  # None: the gap between the two ends
        labels: list[tuple[float, str]] = []
        for i, z in enumerate(rows):
            if z is None:
                labels.append((i, "⋯"))
                continue
            suppressed_name = QCoreApplication.translate(
                "DashboardChart", "{zone} (suppressed)"
            ).format(zone=z.name)
            labels.append((i, suppressed_name if z.unused is None else z.name))
            if z.share is None:
                if z.unused is not None:
                    tip = QCoreApplication.translate(
                        "DashboardChart", "{zone}: no open days; {desks} desks"
                    )
                else:
                    tip = QCoreApplication.translate(
                        "DashboardChart",
                        "{zone}: suppressed (fewer people than the privacy limit); {desks} desks",
                    )
                self.tooltips.append(tip.format(zone=z.name, desks=QLocale().toString(z.desks)))
                continue
            bar = pg.BarGraphItem(
                x0=[0],
                y=[i],
                height=0.6,
                width=[z.share * 100],
                brush=theme.bar,
                pen=pg.mkPen(theme.bar),
            )
            tip = QCoreApplication.translate(
                "DashboardChart",
                "{zone}: {share} of {desks} desks' open days occupied; "
                "{unused} unused, {underused} under-used",
            ).format(
                zone=z.name,
                share=pct(z.share),
                desks=number(z.desks),
                unused=number(z.unused),
                underused=number(z.underused),
            )
            bar.setToolTip(tip)
            self.tooltips.append(tip)
            self.plot_item.addItem(bar)
            top = max(top, z.share * 100)
        for limit in (UNUSED_BELOW, UNDERUSED_BELOW):
            self.plot_item.addItem(
                pg.InfiniteLine(
                    limit * 100,
                    angle=90,
                    pen=pg.mkPen(theme.guide, style=Qt.PenStyle.DashLine),
                )
            )
        self.plot_item.getAxis("left").setTicks([labels])
        # Room for at least a few rows, so that one zone is not one huge block.
        self.plot_item.setYRange(-0.6, max(len(rows), MIN_ZONE_ROWS) - 0.4, padding=0)
        right = min(100.0, max(top, UNDERUSED_BELOW * 100))
        self.plot_item.getAxis("bottom").setTicks([percent_ticks(right)])
        self.plot_item.setXRange(0, right * 1.1, padding=0)
