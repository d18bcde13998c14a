"""A solver's answer and its JSON form (issue 5: status, objective, bound, teams, load)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from officeplanner.planner.objective import load as plan_load
from officeplanner.planner.problem import Problem
from officeplanner.planner.seating import zone_load

Status = Literal["optimal", "feasible", "infeasible", "unknown"]


@dataclass(frozen=True)
class Progress:
    """One point of the solve: when a better plan or a better bound was found."""

    seconds: float
    objective: float | None
    bound: float | None


@dataclass(frozen=True)
class Solution:
    """What the planner returns.

    ``objective`` is the formula's value for ``plan`` (recomputed, not the solver's
    number); ``bound`` is the proven upper bound; ``gap`` = (bound − objective) /
    |objective|. ``status`` is ``optimal`` when the gap is within the tolerance,
    ``feasible`` when a time limit or Cancel stopped the search with a plan,
    ``infeasible`` when no plan can satisfy the capacities, ``unknown`` when the
    search stopped before finding any plan.
    """

    status: Status
    plan: dict[str, tuple[str, ...]]
    objective: float | None
    bound: float | None
    seconds: float
    solver: str
    greedy_objective: float | None = None
    local_search_objective: float | None = None
    history: tuple[Progress, ...] = field(default=(), repr=False)
    seating: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def gap(self) -> float | None:
        if self.objective is None or self.bound is None:
            return None
        return max(0.0, self.bound - self.objective) / max(abs(self.objective), 1e-9)

    def to_json(
        self, problem: Problem, zones: dict[str, dict[str, dict[str, float]]] | None = None
    ) -> dict[str, Any]:
        """The answer as the issue defines it; ``zones``: the seated plan's zone load if
        the caller computed it already (else it is computed here)."""
        out: dict[str, Any] = {
            "status": self.status,
            "objective": self.objective,
            "bound": self.bound,
            "gap": self.gap,
            "seconds": round(self.seconds, 3),
            "solver": self.solver,
            "teams": {name: list(days) for name, days in self.plan.items()},
        }
        if self.plan:
            out["load"] = plan_load(problem, self.plan)
        else:
            out["load"] = {}
        out["capacity"] = {
            s.name: {d: s.capacity[d] for d in problem.weekdays} for s in problem.sites.values()
        }
        if problem.seats_by_zone:
            out["seating"] = {name: list(area) for name, area in self.seating.items()}
            if zones is None:
                zones = zone_load(problem, self.plan, self.seating).load if self.plan else {}
            out["zone_load"] = zones
        out["greedy_objective"] = self.greedy_objective
        out["local_search_objective"] = self.local_search_objective
        return out
