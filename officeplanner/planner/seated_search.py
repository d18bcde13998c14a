"""Improving a seated plan: days by exact sub-MIPs with the areas fixed, areas by local search.

The seated MIP with every area open has a weak LP (a team spread thinly over
all zones fits anywhere), so HiGHS hardly improves its start (measured: 60 teams
in 9 zones, nothing in 60 s). With each team's area fixed, though, the model is
the days-only model plus a capacity row per zone-day, as tight as the model
without zones, and ``site_search`` re-plans one site at a time exactly, until no
site can improve alone. Moving a team to another area is left to the seated
local search (best response over area and days), which then runs once; the two
alternate while the local search finds more and time is left.
"""

from __future__ import annotations

import threading
import time

from officeplanner.planner.arrays import Arrays, BoolArray, plan_score
from officeplanner.planner.seat_model import SeatIndex
from officeplanner.planner.seated_greedy import Area, seated_local_search
from officeplanner.planner.site_search import BetterPlan, improve_by_site

#: The local search between two rounds of sub-MIPs: at most this long.
_LOCAL_SEARCH_TIME = 0.5


def improve_seated(
    arrays: Arrays,
    index: SeatIndex,
    x: BoolArray,
    areas: dict[int, Area],
    deadline: float,
    *,
    threads: int = 1,
    seed: int = 0,
    gap: float = 1e-4,
    cancel: threading.Event | None = None,
    on_better: BetterPlan | None = None,
) -> tuple[BoolArray, dict[int, Area]]:
    """The best seated plan found from ``(x, areas)`` by ``deadline``; never worse."""
    started = time.perf_counter()
    score = plan_score(arrays, x)

    def better(_seconds: float, value: float) -> None:
        if on_better is not None:
            on_better(time.perf_counter() - started, value)

    while time.perf_counter() < deadline and not (cancel is not None and cancel.is_set()):
        # Until no site can improve alone with the areas as they are (or time is up),
        # then one local search over areas and days; again while that finds more.
        x = improve_by_site(
            arrays,
            x,
            deadline,
            threads=threads,
            seed=seed,
            gap=gap,
            cancel=cancel,
            on_better=better,
            seating=(index, areas),
        )
        score = max(score, plan_score(arrays, x))
        left = deadline - time.perf_counter()
        if left <= 0 or (cancel is not None and cancel.is_set()):
            break
        moved, moved_areas = seated_local_search(
            arrays, index, (x, areas), time_limit=min(left, _LOCAL_SEARCH_TIME)
        )
        moved_score = plan_score(arrays, moved)
        if moved_score <= score + 1e-9 * max(1.0, abs(score)):
            break
        x, areas, score = moved, moved_areas, moved_score
        better(0.0, score)
    return x, areas
