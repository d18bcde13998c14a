"""How many desks the scope needs: a percentile of daily demand, sharing ratio, what-if.

Daily demand is the number of distinct people with a booked desk-day in scope on
an open day — what people asked for, whether or not they then came (the
booked-vs-occupied gap is reported separately). Desks needed at percentile p is
the smallest number of desks that would have covered demand on at least p % of
open days (the nearest-rank percentile, NumPy's ``inverted_cdf``): always a
demand that actually occurred, never an interpolated fraction of a desk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np

from officeplanner.analytics.daily import Frame

DEFAULT_PERCENTILE: Final = 90.0


@dataclass(frozen=True)
class DemandFigures:
    percentile: float
    desks_needed: int
    bookable_desks: int
    daily_demand: tuple[int, ...]  # per open day, sorted ascending (the what-if's input)
    peak_demand: int

    def days_over(self, desks: int) -> int:
        """What-if: on how many open days demand exceeded ``desks`` desks."""
        return len(self.daily_demand) - int(
            np.searchsorted(np.asarray(self.daily_demand), desks, side="right")
        )


def desks_needed(daily_demand: np.ndarray, percentile: float) -> int:
    """Nearest-rank percentile of daily demand (0 when there were no open days)."""
    if daily_demand.size == 0:
        return 0
    return int(np.percentile(daily_demand, percentile, method="inverted_cdf"))


def demand_figures(frame: Frame, percentile: float = DEFAULT_PERCENTILE) -> DemandFigures:
    if not 0.0 < percentile <= 100.0:
        raise ValueError(f"percentile must be in (0, 100], not {percentile}")
    demand = np.sort(frame.demand[frame.open_day])
    return DemandFigures(
        percentile=percentile,
        desks_needed=desks_needed(demand, percentile),
        bookable_desks=frame.bookable_desks,
        daily_demand=tuple(int(x) for x in demand),
        peak_demand=int(demand[-1]) if demand.size else 0,
    )


def desk_sharing_ratio(bookable_desks: int, people: int) -> float | None:
    """Bookable desks per person (0.6 = six desks for every ten people); None without people."""
    if people <= 0:
        return None
    ratio = bookable_desks / people
    return ratio if math.isfinite(ratio) else None
