"""The instance as numpy arrays: what the greedy, the local search and the MIP share.

Teams, days and sites become indices once here, so the solvers work on
vectors and never look names up in their inner loops.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from officeplanner.planner.problem import Problem

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Arrays:
    """Index form of a :class:`Problem` (T teams, D days, S sites, P pairs)."""

    value: FloatArray  # (T, D) size × preference: the score of a team on a day
    demand: FloatArray  # (T,) turnout × size: desks used on an anchor day
    size: IntArray  # (T,) people in the team
    turnout: FloatArray  # (T,) share of the team in on an anchor day
    anchor: IntArray  # (T,) anchor days to choose
    allowed: BoolArray  # (T, D) False on forbidden days
    fixed: BoolArray  # (T, D) True on fixed days
    site: IntArray  # (T,) site index
    capacity: FloatArray  # (S, D)
    pair_a: IntArray  # (P,)
    pair_b: IntArray  # (P,)
    pair_w: FloatArray  # (P,)
    site_names: tuple[str, ...]

    @property
    def n_teams(self) -> int:
        return int(self.value.shape[0])

    @property
    def n_days(self) -> int:
        return int(self.value.shape[1])


def to_arrays(problem: Problem) -> Arrays:
    days = problem.weekdays
    site_names = tuple(problem.sites)
    site_ix = {s: i for i, s in enumerate(site_names)}
    t = len(problem.teams)
    value = np.zeros((t, len(days)))
    allowed = np.ones((t, len(days)), dtype=bool)
    fixed = np.zeros((t, len(days)), dtype=bool)
    for i, team in enumerate(problem.teams):
        for j, d in enumerate(days):
            value[i, j] = team.size * team.preference[d]
            allowed[i, j] = d not in team.forbidden
            fixed[i, j] = d in team.fixed
    capacity = np.array(
        [[problem.sites[s].capacity[d] for d in days] for s in site_names], dtype=np.float64
    ).reshape(len(site_names), len(days))
    return Arrays(
        value=value,
        demand=np.array([problem.demand(tm) for tm in problem.teams], dtype=np.float64),
        size=np.array([tm.size for tm in problem.teams], dtype=np.int64),
        turnout=np.array([problem.team_turnout(tm) for tm in problem.teams], dtype=np.float64),
        anchor=np.array([tm.anchor_days for tm in problem.teams], dtype=np.int64),
        allowed=allowed,
        fixed=fixed,
        site=np.array([site_ix[tm.site] for tm in problem.teams], dtype=np.int64),
        capacity=capacity,
        pair_a=np.array(
            [problem.team_index(p.teams[0]) for p in problem.collaboration], dtype=np.int64
        ),
        pair_b=np.array(
            [problem.team_index(p.teams[1]) for p in problem.collaboration], dtype=np.int64
        ),
        pair_w=np.array([p.weight for p in problem.collaboration], dtype=np.float64),
        site_names=site_names,
    )


def site_load(arrays: Arrays, x: BoolArray) -> FloatArray:
    """(S, D) desks used per site-day by a plan ``x`` (T, D)."""
    load = np.zeros_like(arrays.capacity)
    np.add.at(load, arrays.site, x * arrays.demand[:, None])
    return load


def partner_lists(arrays: Arrays) -> list[list[tuple[int, float]]]:
    """For each team, its collaborators as ``(team, weight)``: what the greedy's gains
    and the symmetry test (interchangeable teams have the same partners) look up."""
    partners: list[list[tuple[int, float]]] = [[] for _ in range(arrays.n_teams)]
    for a, b, w in zip(arrays.pair_a, arrays.pair_b, arrays.pair_w, strict=True):
        partners[int(a)].append((int(b), float(w)))
        partners[int(b)].append((int(a), float(w)))
    return partners


def plan_score(arrays: Arrays, x: BoolArray) -> float:
    """The objective of plan ``x``: Σ size × preference + Σ weight × shared days."""
    own = float((arrays.value * x).sum())
    shared = (x[arrays.pair_a] & x[arrays.pair_b]).sum(axis=1)
    return own + float((arrays.pair_w * shared).sum())
