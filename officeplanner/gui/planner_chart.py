"""The Planner page's load chart: expected desks per site-day as bars, capacity as a line.

The numbers are the core's (:func:`officeplanner.planner.objective.load` and the
instance's capacities); this widget only draws them. Sites share the weekday axis
as grouped bars so a manager sees at once which site-day is tight.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from officeplanner.gui.dashboard_models import weekday_name
from officeplanner.gui.theme import ChartColors, chart_colors
from officeplanner.planner.objective import Plan, load
from officeplanner.planner.problem import Problem

_GROUP_WIDTH = 0.8


class LoadChart(pg.PlotWidget):  # type: ignore[misc]
    """Bars of desks used per weekday (one group per site) with each site's capacity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Load vs capacity chart"))
        self.plot_item = self.getPlotItem()
        self.plot_item.showGrid(y=True, alpha=0.25)
        self.plot_item.setMenuEnabled(False)
        self.plot_item.getViewBox().setMouseEnabled(x=False, y=False)
        self.legend = self.plot_item.addLegend(offset=(10, 10))
        #: What is drawn, by site: (loads per weekday, capacities per weekday); for tests.
        self.shown: dict[str, tuple[list[float], list[float]]] = {}
        self._last: tuple[Problem, Plan] | None = None
        self.colours: ChartColors = chart_colors(self.palette())
        self.apply_theme()

    def apply_theme(self) -> None:
        """Background, axes, labels and legend in the widget's palette; data redrawn."""
        self.colours = colours = chart_colors(self.palette())
        self.setBackground(QColor(colours.background))
        for side in ("left", "bottom"):
            axis = self.plot_item.getAxis(side)
            axis.setPen(pg.mkPen(colours.foreground))
            axis.setTextPen(pg.mkPen(colours.foreground))
        self.plot_item.setLabel("left", self.tr("Desks"), color=colours.foreground)
        self.legend.setLabelTextColor(QColor(colours.foreground))
        self.legend.setBrush(pg.mkBrush(colours.background))
        self.legend.setPen(pg.mkPen(colours.guide))
        if self._last is not None:
            self.show_plan(*self._last)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # PlotWidget's own constructor changes the palette before this one is built, and
        # a closed one has dropped its axes.
        if (
            event.type() == QEvent.Type.PaletteChange
            and hasattr(self, "colours")
            and self.plot_item.axes is not None
        ):
            self.apply_theme()

    def clear_chart(self) -> None:
        self.plot_item.clear()
        self.legend.clear()
        self.shown = {}
        self._last = None

    def show_plan(self, problem: Problem, plan: Plan) -> None:
        self.clear_chart()
        self._last = (problem, plan)
        colours = self.colours
        days = problem.weekdays
        used = load(problem, plan)
        sites = list(problem.sites)
        n = max(1, len(sites))
        width = _GROUP_WIDTH / n
        capacity_line: pg.PlotDataItem | None = None  # one legend entry for all sites
        for i, name in enumerate(sites):
            site = problem.sites[name]
            colour = colours.categories[i % len(colours.categories)]
            offset = -_GROUP_WIDTH / 2 + width * (i + 0.5)
            xs = [j + offset for j in range(len(days))]
            heights = [used[name][d] for d in days]
            caps = [site.capacity[d] for d in days]
            bars = pg.BarGraphItem(
                x=xs, height=heights, width=width * 0.9, brush=colour, pen=pg.mkPen(colour)
            )
            self.plot_item.addItem(bars)
            self.legend.addItem(bars, self.tr("{site}: desks used").format(site=name))
            # capacity: one short segment over each bar, drawn as disconnected pairs
            seg_x: list[float] = []
            seg_y: list[float] = []
            for x, c in zip(xs, caps, strict=True):
                seg_x += [x - width / 2, x + width / 2]
                seg_y += [c, c]
            line = pg.PlotDataItem(
                seg_x, seg_y, connect="pairs", pen=pg.mkPen(colours.limit, width=3)
            )
            self.plot_item.addItem(line)
            capacity_line = capacity_line or line
            self.shown[name] = (heights, caps)
        if capacity_line is not None:
            self.legend.addItem(capacity_line, self.tr("capacity for the planned teams"))
        axis = self.plot_item.getAxis("bottom")
        # Ticks in the user's language; the core's keys ("Mon") stay the data.
        axis.setTicks([[(j, weekday_name(d)) for j, d in enumerate(days)]])
        top = max([1.0, *(max(h + c) for h, c in self.shown.values())])
        self.plot_item.setXRange(-0.6, len(days) - 0.4, padding=0)
        # Head room above the tallest bar or capacity line for the legend (top left), so
        # it never hides a capacity segment.
        rows = len(self.shown) + 1
        self.plot_item.setYRange(0, top * (1.12 + 0.07 * rows), padding=0)
