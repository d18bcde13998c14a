"""Greedy and local search when teams are seated by zone: the baseline and the warm start.

The days-only heuristics (``greedy.py``) pick days that fit each site, but on
those days the zones may not seat the teams, and then the seated MIP has no
start and can spend its whole time limit finding a first plan (measured: 60
teams in 8 zones, no plan within 10 s). Here each team chooses its area (one
of ``seating.candidate_areas``) together with its days, so every plan built
fits its zones by construction:

- *greedy*: teams in order of decreasing demand each take the area and the
  days that are worth most to them (preference and collaborators already
  placed) among those where both the site and the area still have room;
  when that leaves a team without room, the roomiest days instead, as in
  ``greedy.py``;
- *local search*: best response, one team at a time taken out and placed
  again, area and days, until no team improves or time runs out.

A team over two zones fills the first zone's free desks and puts the rest in the
second, which keeps every zone within its desks whatever comes later.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field

import numpy as np

from officeplanner.planner.arrays import Arrays, BoolArray, FloatArray, plan_score
from officeplanner.planner.greedy import DayState
from officeplanner.planner.seat_model import SeatIndex

_EPS = 1e-7
_GAIN = 1e-9
#: Shuffled team orders tried when the two fixed ones fail (each a greedy of its own),
#: for at most ``_SHUFFLE_TIME`` seconds. On 46 small generated instances whose teams
#: all fit a zone, the greedy found no plan for 17 with the fixed orders alone, for 11
#: with 20 shuffled orders more and for 8 with 200 (HiGHS then searches from nothing).
_SHUFFLES = 200
_SHUFFLE_TIME = 0.3

Area = tuple[int, ...]


@dataclass
class _Seats:
    """The days (``greedy.DayState``: gains and site loads) and, on top, the zones."""

    days: DayState
    index: SeatIndex
    zone_load: FloatArray  # (Z, D)
    area: dict[int, Area] = field(default_factory=dict)
    #: (team, day) → people of the team per zone of its area on that day.
    split: dict[tuple[int, int], list[tuple[int, float]]] = field(default_factory=dict)

    @classmethod
    def empty(cls, arrays: Arrays, index: SeatIndex) -> _Seats:
        days = DayState.start(arrays, np.zeros(arrays.value.shape, dtype=bool))
        return cls(days, index, np.zeros((len(index.zone_desks), arrays.n_days)))

    def free(self, area: Area, d: int) -> float:
        return float(sum(self.index.zone_desks[z] - self.zone_load[z, d] for z in area))

    def overfull(self) -> bool:
        desks = np.asarray(self.index.zone_desks)[:, None]
        return bool(np.any(self.zone_load > desks + _EPS * np.maximum(1.0, desks)))

    def fits(self, t: int, d: int, area: Area | None) -> bool:
        if not self.days.fits(t, d):
            return False
        if area is None:
            return True
        room = self.free(area, d)
        return bool(self.days.arrays.demand[t] <= room + _EPS * max(1.0, room))

    def put(self, t: int, area: Area | None, days: list[int]) -> None:
        q = float(self.days.arrays.demand[t])
        if area is not None:
            self.area[t] = area
        for d in days:
            self.days.set(t, d, True)
            if area is None:
                continue
            left, parts = q, []
            for i, z in enumerate(area):
                room = max(0.0, self.index.zone_desks[z] - self.zone_load[z, d])
                take = left if i == len(area) - 1 else min(left, room)
                self.zone_load[z, d] += take
                parts.append((z, take))
                left -= take
            self.split[t, d] = parts

    def take_out(self, t: int) -> tuple[Area | None, list[int]]:
        days = [int(d) for d in np.flatnonzero(self.days.x[t])]
        for d in days:
            self.days.set(t, d, False)
            for z, amount in self.split.pop((t, d), []):
                self.zone_load[z, d] -= amount
        return self.area.pop(t, None), days

    def best_place(self, t: int, *, roomiest: bool) -> tuple[float, Area | None, list[int]] | None:
        """The area and days worth most to team t given everyone else (t must be out)."""
        a = self.days.arrays
        areas = self.index.team_areas[t]
        best: tuple[float, float, Area | None, list[int]] | None = None
        fixed = [d for d in range(a.n_days) if a.fixed[t, d]]
        need = int(a.anchor[t]) - len(fixed)
        for area in [None] if areas is None else list(areas):
            if any(not self.fits(t, d, area) for d in fixed):
                continue
            free = [
                d
                for d in range(a.n_days)
                if a.allowed[t, d] and not a.fixed[t, d] and self.fits(t, d, area)
            ]
            if len(free) < need:
                continue
            if roomiest:
                s = a.site[t]
                free.sort(
                    key=lambda d: (
                        self.days.load[s, d] - a.capacity[s, d],
                        -self.days.gain[t, d],
                        d,
                    )
                )
            else:
                free.sort(key=lambda d: (-self.days.gain[t, d], d))
            days = fixed + free[:need]
            worth = float(sum(self.days.gain[t, d] for d in days))
            # Equal worth: the area left with the most room on those days, so that the
            # teams still to come find space.
            room = min((self.free(area, d) for d in days), default=0.0) if area else 0.0
            if best is None or (worth, room) > (best[0], best[1]):
                best = (worth, room, area, days)
        return None if best is None else (best[0], best[2], best[3])


def seated_greedy(arrays: Arrays, index: SeatIndex) -> tuple[BoolArray, dict[int, Area]] | None:
    """A plan whose teams fit their sites and their areas, or None when greedy finds none.

    Packing teams into zones day by day fragments the zones' free desks, and which
    order of teams avoids that differs between instances (measured on 15 generated
    ones, zones of 30 desks: each order alone failed on some, the two together on
    none; a review then found 2 of 12 with zones of 25–50 desks where both failed).
    So the teams go by decreasing demand and by decreasing demand over the week,
    each taking its best days and else its roomiest, and the best plan of those
    wins; only when all of that fails, orders with the big teams still first but
    shuffled among similar ones are tried (``_SHUFFLES``), the first that fits kept.
    """
    orders = [
        sorted(range(arrays.n_teams), key=lambda t: (-arrays.demand[t], t)),
        sorted(range(arrays.n_teams), key=lambda t: (-arrays.demand[t] * arrays.anchor[t], t)),
    ]
    best = _best_of(arrays, index, orders)
    rng = random.Random(0)  # the same instance gives the same plan
    give_up = time.perf_counter() + _SHUFFLE_TIME
    for _ in range(_SHUFFLES if best is None else 0):
        if time.perf_counter() > give_up:
            break
        noise = {t: rng.uniform(0.7, 1.3) for t in range(arrays.n_teams)}
        order = sorted(range(arrays.n_teams), key=lambda t: (-arrays.demand[t] * noise[t], t))
        best = _best_of(arrays, index, [order])
        if best is not None:
            break
    return None if best is None else (best[1], best[2])


def _best_of(
    arrays: Arrays, index: SeatIndex, orders: list[list[int]]
) -> tuple[float, BoolArray, dict[int, Area]] | None:
    """The best plan the greedy builds in these team orders (best days, else roomiest)."""
    best: tuple[float, BoolArray, dict[int, Area]] | None = None
    for order in orders:
        for roomiest in (False, True):
            state = _Seats.empty(arrays, index)
            for t in order:
                placed = state.best_place(t, roomiest=roomiest)
                if placed is None:
                    break
                _worth, area, days = placed
                state.put(t, area, days)
            else:
                score = plan_score(arrays, state.days.x)
                if best is None or score > best[0]:
                    best = (score, state.days.x, state.area)
                break  # the roomiest days are only the fallback of this order
    return best


def seated_local_search(
    arrays: Arrays,
    index: SeatIndex,
    start: tuple[BoolArray, dict[int, Area]],
    *,
    time_limit: float,
) -> tuple[BoolArray, dict[int, Area]]:
    """Best response from ``start`` until no team can improve alone or time runs out.

    The start's teams over two zones are put back last, each filling its first zone
    before its second; in the rare case where that order cannot seat them (a chain
    of such teams sharing zones), the start is returned as it is.
    """
    deadline = time.perf_counter() + time_limit
    state = _Seats.empty(arrays, index)
    x0, areas0 = start
    order = sorted(range(arrays.n_teams), key=lambda t: (len(areas0.get(t, ())) > 1, t))
    for t in order:
        state.put(t, areas0.get(t), [int(d) for d in np.flatnonzero(x0[t])])
    if state.overfull():
        return x0, dict(areas0)
    improved = True
    while improved and time.perf_counter() < deadline:
        improved = False
        for t in range(arrays.n_teams):
            if time.perf_counter() >= deadline:
                break
            area, days = state.take_out(t)
            before = float(sum(state.days.gain[t, d] for d in days))
            placed = state.best_place(t, roomiest=False)
            if placed is not None and placed[0] > before + _GAIN:
                state.put(t, placed[1], placed[2])
                improved = True
            else:
                state.put(t, area, days)
    return state.days.x, state.area


def seated_heuristic_plans(
    arrays: Arrays, seats: SeatIndex, local_search_time: float
) -> tuple[BoolArray | None, BoolArray | None, dict[int, tuple[int, ...]] | None]:
    """The seated greedy plan, the seated greedy + local-search plan and its areas."""
    g = seated_greedy(arrays, seats)
    if g is None:
        return None, None, None
    ls, areas = seated_local_search(arrays, seats, g, time_limit=local_search_time)
    return g[0], ls, areas
