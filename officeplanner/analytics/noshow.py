"""No-show rate = no_show / (checked_in + no_show), over past open days only.

Future bookings are still ``booked`` and say nothing yet; ``booked`` rows in the
past (check-in not used) are neither shows nor no-shows, so they are left out of
both sides. "Past" means before the ``today`` the report was computed for.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from officeplanner.analytics.daily import Frame, distinct_per_group
from officeplanner.analytics.privacy import PrivacySettings
from officeplanner.analytics.weekday import shown_weekdays
from officeplanner.domain import WEEKDAYS


@dataclass(frozen=True)
class NoShowFigures:
    rate: float | None  # None when suppressed or when nothing was resolved yet
    checked_in: int | None
    no_shows: int | None
    by_weekday: tuple[tuple[str, float | None], ...]


def no_show_figures(frame: Frame, privacy: PrivacySettings) -> NoShowFigures:
    n_people = frame.n_people_ids
    seen = np.zeros(n_people, dtype=np.bool_)
    seen[frame.ns_person] = True
    people = int(seen.sum())
    total = int(frame.ns_is_no_show.size)
    no_shows = int(frame.ns_is_no_show.sum())
    ok = privacy.allows(people)
    wd = frame.weekday[frame.ns_day]
    resolved = np.bincount(wd, minlength=7)
    missed = np.bincount(wd, weights=frame.ns_is_no_show, minlength=7)
    contributors = distinct_per_group(wd, frame.ns_person, 7, n_people)
    by_weekday = []
    for name in shown_weekdays(frame):
        w = WEEKDAYS.index(name)
        shown = privacy.allows(int(contributors[w])) and resolved[w] > 0
        by_weekday.append((name, float(missed[w] / resolved[w]) if shown else None))
    return NoShowFigures(
        rate=no_shows / total if ok and total else None,
        checked_in=total - no_shows if ok else None,
        no_shows=no_shows if ok else None,
        by_weekday=tuple(by_weekday),
    )
