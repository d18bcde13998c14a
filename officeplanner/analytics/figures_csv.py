"""Each dashboard figure as a CSV table, read from the already-suppressed :class:`Report`.

Why here and not in the GUI: an export must carry the same privacy suppression
as the view, and the core is where suppression lives; the dashboard only picks
a file name. A cell the privacy rule blanked reads ``suppressed`` (as in
``officeplanner stats``), so nobody mistakes it for a zero; a cell with nothing
to say (a closed day in the heatmap, a weekday without open days) is empty.
Utilisation, shares and rates are fractions (0.42 = 42 %), at full precision.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import Final

from officeplanner.analytics.key_figures import key_figures
from officeplanner.analytics.report import Report

SUPPRESSED: Final = "suppressed"

Cell = str | int | float | None
Rows = list[list[str]]


class Figure(StrEnum):
    """The dashboard's figures; the value is the default file stem."""

    KEY_FIGURES = "key-figures"
    WEEKDAYS = "weekdays"
    HEATMAP = "heatmap"
    WEEKLY = "weekly-trend"
    ZONES = "zones"
    DESKS = "desks"


def _cell(value: Cell, suppressed: bool = False) -> str:
    """``suppressed`` where privacy blanked it, empty where there is no value."""
    if value is None:
        return SUPPRESSED if suppressed else ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _key_rows(report: Report) -> Rows:
    k = key_figures(report)
    s = k.suppressed
    return [
        ["figure", "value"],
        ["scope", report.scope_label],
        ["from", report.period.start.isoformat()],
        ["to", report.period.end.isoformat()],
        ["open_days", _cell(k.open_days)],
        ["people", _cell(k.people)],
        ["bookable_desks", _cell(k.bookable_desks)],
        ["average_utilisation", _cell(k.average_utilisation, s)],
        ["peak_utilisation", _cell(k.peak_utilisation, s)],
        ["peak_date", _cell(None if k.peak_date is None else k.peak_date.isoformat(), s)],
        ["most_popular_weekday", _cell(k.most_popular_weekday, s)],
        ["most_popular_weekday_utilisation", _cell(k.most_popular_utilisation, s)],
        # checked_in is None exactly when the no-show figures were suppressed
        ["no_show_rate", _cell(k.no_show_rate, report.no_show.checked_in is None)],
        ["desks_needed", _cell(k.desks_needed, s)],
        ["desks_needed_percentile", _cell(k.percentile, s)],
        ["desk_sharing_ratio", _cell(k.desk_sharing_ratio)],
        ["unused_desks", _cell(k.unused_desks, s)],
        ["underused_desks", _cell(k.underused_desks, s)],
    ]


def _weekday_rows(report: Report) -> Rows:
    s = report.suppressed
    rows = [
        [
            "weekday",
            "open_days",
            "avg_occupied",
            "peak_occupied",
            "avg_utilisation",
            "peak_utilisation",
            "avg_booked",
        ]
    ]
    for w in report.weekdays:
        blank = s and w.open_days > 0
        rows.append(
            [
                w.weekday,
                _cell(w.open_days),
                _cell(w.avg_occupied, blank),
                _cell(w.peak_occupied, blank),
                _cell(w.avg_utilisation, blank),
                _cell(w.peak_utilisation, blank),
                _cell(w.avg_booked, blank),
            ]
        )
    return rows


def _heatmap_rows(report: Report) -> Rows:
    """Weekdays down, Monday-based weeks across; all ``suppressed`` for a suppressed scope."""
    heat = report.heatmap
    if heat is None:
        start = report.period.start - timedelta(days=report.period.start.weekday())
        n_weeks = (report.period.end - start).days // 7 + 1
        weeks = [start + timedelta(weeks=w) for w in range(n_weeks)]
        names = [w.weekday for w in report.weekdays]
        header = ["weekday", *(d.isoformat() for d in weeks)]
        return [header, *([name] + [SUPPRESSED] * n_weeks for name in names)]
    rows = [["weekday", *(d.isoformat() for d in heat.week_starts)]]
    for name, values in zip(heat.weekdays, heat.values, strict=True):
        rows.append([name, *(_cell(v) for v in values)])
    return rows


def _weekly_rows(report: Report) -> Rows:
    header = [
        "week_start",
        "open_days",
        "avg_utilisation",
        "peak_utilisation",
        "avg_occupied",
        "avg_booked",
    ]
    if report.weekly is None:
        return [header, [SUPPRESSED] * len(header)]
    return [header] + [
        [
            p.week_start.isoformat(),
            _cell(p.open_days),
            _cell(p.avg_utilisation),
            _cell(p.peak_utilisation),
            _cell(p.avg_occupied),
            _cell(p.avg_booked),
        ]
        for p in report.weekly
    ]


def _zone_rows(report: Report) -> Rows:
    rows = [["zone", "desks", "share", "unused", "underused"]]
    zones = () if report.desks is None else report.desks.zones
    for z in zones:
        blank = z.unused is None  # only privacy leaves the counts empty
        rows.append(
            [
                z.name,
                _cell(z.desks),
                _cell(z.share, blank),
                _cell(z.unused, blank),
                _cell(z.underused, blank),
            ]
        )
    return rows


def _desk_rows(report: Report) -> Rows:
    """Most used first (the core's ranking), with the rank among rated desks."""
    rows = [
        [
            "rank",
            "desk",
            "site",
            "floor",
            "zone",
            "open_days",
            "occupied_days",
            "booked_days",
            "share",
        ]
    ]
    desks = () if report.desks is None else report.desks.desks
    for rank, d in enumerate(desks, start=1):
        blank = d.occupied_days is None  # only privacy leaves the counts empty
        rows.append(
            [
                _cell(rank),
                d.desk,
                d.site,
                d.floor,
                d.zone,
                _cell(d.open_days),
                _cell(d.occupied_days, blank),
                _cell(d.booked_days, blank),
                _cell(d.share, blank),
            ]
        )
    return rows


_ROWS: Final[dict[Figure, Callable[[Report], Rows]]] = {
    Figure.KEY_FIGURES: _key_rows,
    Figure.WEEKDAYS: _weekday_rows,
    Figure.HEATMAP: _heatmap_rows,
    Figure.WEEKLY: _weekly_rows,
    Figure.ZONES: _zone_rows,
    Figure.DESKS: _desk_rows,
}


def figure_rows(report: Report, figure: Figure) -> Rows:
    """The header and rows of ``figure`` as text cells."""
    return _ROWS[figure](report)


def figure_csv(report: Report, figure: Figure) -> str:
    """``figure`` as CSV text (``\\r\\n`` line ends, as the csv module and spreadsheets use)."""
    out = io.StringIO()
    csv.writer(out).writerows(figure_rows(report, figure))
    return out.getvalue()


def write_figure_csv(report: Report, figure: Figure, path: Path | str) -> None:
    """Write ``figure`` to ``path`` as UTF-8 CSV (replacing the file)."""
    Path(path).write_text(figure_csv(report, figure), encoding="utf-8", newline="")
