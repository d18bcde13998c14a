"""Anchor-day planning: which weekdays each team is in, so teams meet and sites fit.

No Qt here. ``planner.exact.solve`` is the exact planner (a MIP solved with
HiGHS); the greedy heuristic in ``planner.greedy`` is kept only as the
benchmark's baseline and the warm start. Import the modules themselves: this
package does not import the solver eagerly, so reading or validating an
instance does not load HiGHS.
"""
