"""The greedy baseline and a local search: the yardstick, and the MIP's warm start.

DESIGN.md keeps a greedy heuristic *only* as a baseline; it is also the cheapest
way to hand HiGHS a good first plan, so the exact solver has something to show
within a fraction of a second and a strong incumbent to prune with.

Greedy: teams in order of decreasing demand (the hardest to place first) each
take their fixed days and then their best days that still fit, "best" counting
the team's preference and its collaborators already placed.

Local search, until no move improves or time runs out:
- *best response*: take one team out and give it its best days that fit given
  everyone else — exact for that team, because with the others fixed the
  objective is a sum over the team's own days;
- *swap*: two teams of one site trade a day (a moves d→e, b moves e→d), which
  is how a team gets into a full day it prefers more.

(Moving two collaborating teams onto a new day together was tried as a third
move: +0.1 % at convergence on 1,000 teams, nothing at 25 or 250, and slower
per pass, so it is not kept.)
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from officeplanner.planner.arrays import (
    Arrays,
    BoolArray,
    FloatArray,
    partner_lists,
    plan_score,
    site_load,
)

_EPS = 1e-7
_GAIN = 1e-9


@dataclass
class DayState:
    """A plan being built or changed, with what the heuristics look up per move: each
    team's gain per day and each site-day's load (``seated_greedy`` adds the zones)."""

    arrays: Arrays
    x: BoolArray
    gain: FloatArray  # (T, D) value + weights of partners present that day
    load: FloatArray  # (S, D)
    partners: list[list[tuple[int, float]]]

    @classmethod
    def start(cls, arrays: Arrays, x: BoolArray) -> DayState:
        gain = arrays.value.copy()
        np.add.at(gain, arrays.pair_a, arrays.pair_w[:, None] * x[arrays.pair_b])
        np.add.at(gain, arrays.pair_b, arrays.pair_w[:, None] * x[arrays.pair_a])
        return cls(arrays, x, gain, site_load(arrays, x), partner_lists(arrays))

    def set(self, t: int, d: int, on: bool) -> None:
        if bool(self.x[t, d]) == on:
            return
        sign = 1.0 if on else -1.0
        self.x[t, d] = on
        self.load[self.arrays.site[t], d] += sign * self.arrays.demand[t]
        for p, w in self.partners[t]:
            self.gain[p, d] += sign * w

    def fits(self, t: int, d: int) -> bool:
        s = self.arrays.site[t]
        cap = self.arrays.capacity[s, d]
        return bool(self.load[s, d] + self.arrays.demand[t] <= cap + _EPS * max(1.0, cap))


def _best_days(state: DayState, t: int, *, roomiest: bool = False) -> list[int] | None:
    """The best fitting days for team t given the others (t must be out of the plan).

    ``roomiest`` ranks days by free capacity instead of gain: the fallback that
    keeps the popular days from filling up before the teams that need three days.
    """
    a = state.arrays
    fixed = [d for d in range(a.n_days) if a.fixed[t, d]]
    if any(not state.fits(t, d) for d in fixed):
        return None
    free = [
        d for d in range(a.n_days) if a.allowed[t, d] and not a.fixed[t, d] and state.fits(t, d)
    ]
    need = int(a.anchor[t]) - len(fixed)
    if len(free) < need:
        return None
    if roomiest:
        s = a.site[t]
        free.sort(key=lambda d: (state.load[s, d] - a.capacity[s, d], -state.gain[t, d], d))
    else:
        free.sort(key=lambda d: (-state.gain[t, d], d))
    return fixed + free[:need]


def _greedy(arrays: Arrays, *, roomiest: bool) -> BoolArray | None:
    x = np.zeros(arrays.value.shape, dtype=bool)
    state = DayState.start(arrays, x)
    order = sorted(range(arrays.n_teams), key=lambda t: (-arrays.demand[t], t))
    for t in order:
        days = _best_days(state, t, roomiest=roomiest)
        if days is None:
            return None
        for d in days:
            state.set(t, d, True)
    return state.x


def greedy(arrays: Arrays) -> BoolArray | None:
    """The greedy plan, or None when some team finds no room either way.

    First each team takes its best days that still fit; when that leaves a team
    without room (the popular days filled up), again with each team taking the
    roomiest days, which the local search then moves towards preferences.
    """
    first = _greedy(arrays, roomiest=False)
    return first if first is not None else _greedy(arrays, roomiest=True)


def _best_response_pass(state: DayState) -> bool:
    a = state.arrays
    improved = False
    for t in range(a.n_teams):
        current = [d for d in range(a.n_days) if state.x[t, d]]
        before = sum(state.gain[t, d] for d in current)
        for d in current:
            state.set(t, d, False)
        days = _best_days(state, t)
        assert days is not None  # its current days still fit
        after = sum(state.gain[t, d] for d in days)
        if after > before + _GAIN:
            improved = True
        else:
            days = current
        for d in days:
            state.set(t, d, True)
    return improved


def _swap_pass(state: DayState, deadline: float) -> bool:
    a = state.arrays
    improved = False
    by_site = [np.flatnonzero(a.site == s) for s in range(len(a.site_names))]
    pair_w: dict[tuple[int, int], float] = {}
    for i, j, w in zip(a.pair_a, a.pair_b, a.pair_w, strict=True):
        pair_w[int(i), int(j)] = pair_w[int(j), int(i)] = float(w)
    for t in range(a.n_teams):
        if time.perf_counter() > deadline:
            break
        s = int(a.site[t])
        mates = by_site[s]
        for d_out in [d for d in range(a.n_days) if state.x[t, d] and not a.fixed[t, d]]:
            for d_in in range(a.n_days):
                if state.x[t, d_in] or not a.allowed[t, d_in]:
                    continue
                if not state.x[t, d_out]:
                    break  # an earlier swap moved d_out already
                delta_t = state.gain[t, d_in] - state.gain[t, d_out]
                cand = mates[
                    state.x[mates, d_in]
                    & ~state.x[mates, d_out]
                    & a.allowed[mates, d_out]
                    & ~a.fixed[mates, d_in]
                ]
                if cand.size == 0:
                    continue
                dem = a.demand[cand]
                cap_in, cap_out = a.capacity[s, d_in], a.capacity[s, d_out]
                ok = (
                    state.load[s, d_in] - dem + a.demand[t] <= cap_in + _EPS * max(1.0, cap_in)
                ) & (state.load[s, d_out] - a.demand[t] + dem <= cap_out + _EPS * max(1.0, cap_out))
                delta = delta_t + state.gain[cand, d_out] - state.gain[cand, d_in]
                best, best_delta = -1, _GAIN
                for i in np.flatnonzero(ok & (delta > _GAIN)):
                    b = int(cand[i])
                    real = float(delta[i]) - 2.0 * pair_w.get((t, b), 0.0)
                    if real > best_delta:
                        best, best_delta = b, real
                if best >= 0:
                    state.set(t, d_out, False)
                    state.set(best, d_in, False)
                    state.set(t, d_in, True)
                    state.set(best, d_out, True)
                    improved = True
    return improved


def local_search(arrays: Arrays, x: BoolArray, *, time_limit: float = 1.0) -> BoolArray:
    """Improve a feasible plan by best responses and swaps; never makes it worse."""
    deadline = time.perf_counter() + time_limit
    state = DayState.start(arrays, x.copy())
    while time.perf_counter() < deadline:
        moved = _best_response_pass(state)
        if time.perf_counter() >= deadline:
            break
        moved = _swap_pass(state, deadline) or moved
        if not moved:
            break
    assert plan_score(arrays, state.x) >= plan_score(arrays, x) - 1e-6
    return state.x
