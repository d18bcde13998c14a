"""The seating part of the MIP: which area each team sits in, as part of the same model.

For a team *t* of a site with zones and each of its candidate areas *a* (a zone,
or two adjacent zones, with desks for the whole team — ``seating.candidate_areas``):

- ``u[t,a]`` binary: the team sits in area *a* on its anchor days; *Σₐ u = 1*.
- ``w[t,a,d]`` in [0, 1]: the team is in on *d* and sits in *a*; *Σₐ w[t,a,d] =
  x[t,d]* and *w[t,a,d] ≤ u[t,a]*, so for integral *x* and *u*, *w* is their
  product without any big-M row.
- For an area of two zones, ``f[t,a,z,d] ≥ 0``: the people of *t* in zone *z* on
  *d*, with *f[t,a,z₁,d] + f[t,a,z₂,d] = qₜ w[t,a,d]*.
- Per zone and day: *Σ qₜ w[t,(z),d] + Σ f[t,a,z,d] ≤ desks(z)* (with the
  tolerance every plan is checked with).

Teams of sites without zones get no columns. Interchangeable teams stay
interchangeable (they have the same candidate areas), so the days' symmetry
breaking of ``model.py`` stays valid.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import highspy
import numpy as np

from officeplanner.planner.objective import CAPACITY_EPS
from officeplanner.planner.problem import Problem
from officeplanner.planner.seating import candidate_areas

#: Adds one row: (columns, coefficients, lower, upper).
AddRow = Callable[[list[int], list[float], float, float], None]


@dataclass(frozen=True)
class SeatIndex:
    """The zones and candidate areas of an instance, as indices."""

    zone_names: tuple[tuple[str, str], ...]  # (site, zone) of each zone index
    zone_desks: tuple[float, ...]
    #: For each team, its candidate areas as tuples of zone indices; None = no zones.
    team_areas: tuple[tuple[tuple[int, ...], ...] | None, ...]

    @property
    def any(self) -> bool:
        return any(a is not None for a in self.team_areas)


def seat_index(problem: Problem) -> SeatIndex:
    names: list[tuple[str, str]] = []
    desks: list[float] = []
    where: dict[tuple[str, str], int] = {}
    for site in problem.sites.values():
        for z in site.zones:
            where[site.name, z.name] = len(names)
            names.append((site.name, z.name))
            desks.append(z.desks)
    team_areas: list[tuple[tuple[int, ...], ...] | None] = []
    for team in problem.teams:
        if not problem.sites[team.site].zones:
            team_areas.append(None)
            continue
        team_areas.append(
            tuple(
                tuple(where[team.site, z] for z in area) for area in candidate_areas(problem, team)
            )
        )
    return SeatIndex(tuple(names), tuple(desks), tuple(team_areas))


@dataclass(frozen=True)
class SeatColumns:
    """Where the seating variables live in the model, and their bounds and costs."""

    #: (team, area's zone indices, column of u) for every u column.
    u: tuple[tuple[int, tuple[int, ...], int], ...]
    lower: np.ndarray
    upper: np.ndarray
    integer: np.ndarray  # bool per column


def add_seating(
    index: SeatIndex,
    demand: np.ndarray,
    allowed: np.ndarray,
    first_column: int,
    row: AddRow,
) -> SeatColumns:
    """Append the seating columns (numbered from ``first_column``) and rows to a model
    whose x column of team t, day d is ``t * D + d``."""
    n_d = allowed.shape[1]
    inf = highspy.kHighsInf
    col = first_column
    lower: list[float] = []
    upper: list[float] = []
    integer: list[bool] = []
    u_cols: list[tuple[int, tuple[int, ...], int]] = []
    zone_terms: dict[tuple[int, int], tuple[list[int], list[float]]] = {}

    def new(is_int: bool, hi: float) -> int:
        nonlocal col
        lower.append(0.0)
        upper.append(hi)
        integer.append(is_int)
        col += 1
        return col - 1

    def into_zone(z: int, d: int, c: int, v: float) -> None:
        cols, vals = zone_terms.setdefault((z, d), ([], []))
        cols.append(c)
        vals.append(v)

    for t, areas in enumerate(index.team_areas):
        if areas is None:
            continue
        q = float(demand[t])
        u = [new(True, 1.0) for _ in areas]
        u_cols += [(t, a, c) for a, c in zip(areas, u, strict=True)]
        row(u, [1.0] * len(u), 1.0, 1.0)
        for d in range(n_d):
            if not allowed[t, d]:
                continue
            w = [new(False, 1.0) for _ in areas]
            row([*w, t * n_d + d], [1.0] * len(w) + [-1.0], 0.0, 0.0)
            for area, uc, wc in zip(areas, u, w, strict=True):
                row([wc, uc], [1.0, -1.0], -inf, 0.0)
                if len(area) == 1:
                    into_zone(area[0], d, wc, q)
                else:
                    f = [new(False, inf) for _ in area]
                    row([*f, wc], [1.0] * len(f) + [-q], 0.0, 0.0)
                    for z, fc in zip(area, f, strict=True):
                        into_zone(z, d, fc, 1.0)
    for (z, _d), (cols, vals) in sorted(zone_terms.items()):
        desks = index.zone_desks[z]
        row(cols, vals, -inf, desks + CAPACITY_EPS * max(1.0, desks))
    return SeatColumns(
        tuple(u_cols),
        np.array(lower, dtype=np.float64),
        np.array(upper, dtype=np.float64),
        np.array(integer, dtype=bool),
    )


def areas_of(columns: SeatColumns, values: np.ndarray) -> dict[int, tuple[int, ...]]:
    """Each zoned team's area in a solution's column values (its largest u)."""
    best: dict[int, tuple[float, tuple[int, ...]]] = {}
    for t, area, c in columns.u:
        v = float(values[c])
        if t not in best or v > best[t][0]:
            best[t] = (v, area)
    return {t: area for t, (_v, area) in best.items()}


def seating_of(
    problem: Problem, index: SeatIndex, columns: SeatColumns, values: np.ndarray
) -> dict[str, tuple[str, ...]]:
    """The seating in a solution's column values: each zoned team's chosen area."""
    return seating_by_name(problem, index, areas_of(columns, values))


def seating_by_name(
    problem: Problem, index: SeatIndex, areas: dict[int, tuple[int, ...]]
) -> dict[str, tuple[str, ...]]:
    """``{team: zone names}`` for areas given as ``{team index: zone indices}``."""
    return {
        problem.teams[t].name: tuple(index.zone_names[z][1] for z in area)
        for t, area in sorted(areas.items())
    }
