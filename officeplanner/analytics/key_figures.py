"""The dashboard's headline numbers, derived from a (suppressed) :class:`Report`.

Why a core module: the GUI never computes a metric itself (DESIGN.md), and the
key-figures CSV must say exactly what the dashboard shows. Everything here is a
cut of the Report, so privacy suppression is inherited, never re-decided.

* **Average utilisation**: the mean of Utilisation(d) over the open days of the
  period (the weekday averages are the same mean, per weekday).
* **Peak utilisation**: the highest Utilisation(d), with the first day it occurred.
* **Most popular day**: the weekday with the highest average utilisation.
* **No-show rate** and **desks needed** (at the report's percentile) are the
  Report's own figures; "desks you have" is the bookable desks in scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from officeplanner.analytics.report import Report


@dataclass(frozen=True)
class KeyFigures:
    #: The scope is about fewer than k people: every activity figure is None.
    suppressed: bool
    min_group: int
    open_days: int
    people: int
    bookable_desks: int
    average_utilisation: float | None
    peak_utilisation: float | None
    peak_date: date | None
    most_popular_weekday: str | None
    most_popular_utilisation: float | None
    no_show_rate: float | None
    desks_needed: int | None
    percentile: float | None
    desk_sharing_ratio: float | None
    unused_desks: int | None
    underused_desks: int | None

    @property
    def has_activity(self) -> bool:
        """Whether anything was occupied or booked: an all-zero period has nothing to chart."""
        return self.peak_utilisation is not None and (
            self.peak_utilisation > 0 or bool(self.desks_needed)
        )


def key_figures(report: Report) -> KeyFigures:
    daily = report.daily
    average = peak = None
    peak_date = None
    if daily is not None and daily.utilisation:
        values = daily.utilisation
        average = sum(values) / len(values)
        peak = max(values)
        peak_date = daily.dates[values.index(peak)]
    popular = report.most_popular_weekday
    popular_util = None
    if popular is not None:
        popular_util = next(w.avg_utilisation for w in report.weekdays if w.weekday == popular)
    desks = report.desks
    return KeyFigures(
        suppressed=report.suppressed,
        min_group=report.privacy.min_group,
        open_days=report.open_days,
        people=report.people,
        bookable_desks=report.bookable_desks,
        average_utilisation=average,
        peak_utilisation=peak,
        peak_date=peak_date,
        most_popular_weekday=popular,
        most_popular_utilisation=popular_util,
        no_show_rate=report.no_show.rate,
        desks_needed=report.desks_needed,
        percentile=None if report.demand is None else report.demand.percentile,
        desk_sharing_ratio=report.desk_sharing_ratio,
        unused_desks=None if desks is None else desks.unused,
        underused_desks=None if desks is None else desks.underused,
    )
