"""Benchmark of the anchor-day planner (issue 5): exact MIP vs greedy and greedy + local search.

Run: ``.venv/bin/python benchmarks/bench_planner.py [--sizes 25 250 1000] [--instances all]``

For each kind of instance and each size it generates one instance
(``officeplanner.planner.generate``: capacity binds on the popular days, about
1.5 collaborating pairs per team), solves it once with the default options and
prints, in one table per kind: solve time, status, proven gap, the objective of
the exact plan beside greedy and greedy + local search, the time to the first
plan at least as good as greedy + local search, and the times at which the
proven gap first fell to 0.5 % and 0.1 %; then whether issue 5's targets were
met.

Three kinds (``FAMILIES``), because the proof targets depend on the instance far
more than on the code, and the issue tells its instances only by how long a
straightforward model took on them (17 s at 250 teams): "hard", on which that
model proves nothing in 120 s, and two on which it takes 9–56 s — "loose"
(capacity binds on the peak days only) and "light" (pairs weigh a twentieth).

With ``--plain [SECONDS]`` it also solves the issue's reference, a
straightforward model with HiGHS as it comes (``plain_mip.py``), on the same
instances in the same run, and prints when (if ever) it proved the gap the
planner proved: the planner's advantage as a ratio rather than as two figures
from different instances.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from plain_mip import PlainRun, solve_plain

from officeplanner.planner.exact import SolveOptions, solve
from officeplanner.planner.generate import random_problem
from officeplanner.planner.result import Progress, Solution


def first_time(
    history: Sequence[Progress], ok: float | None, gap: float
) -> tuple[float | None, float | None]:
    """(time to a plan ≥ ``ok``, time to a proven gap ≤ ``gap``) from a solve's history."""
    t_ok = t_gap = None
    for p in history:
        if t_ok is None and p.objective is not None and ok is not None and p.objective >= ok - 1e-9:
            t_ok = p.seconds
        if (
            t_gap is None
            and p.objective is not None
            and p.bound is not None
            and p.bound - p.objective <= gap * abs(p.objective)
        ):
            t_gap = p.seconds
    return t_ok, t_gap


def run(
    sizes: list[int],
    time_limit: float,
    seed: int,
    pair_scale: float = 1.0,
    slack: float = 1.12,
    zone_desks: float = 0.0,
    plain: float | None = None,
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for n in sizes:
        problem = random_problem(
            n, seed=seed, pair_weight_scale=pair_scale, slack=slack, zone_desks=zone_desks
        )
        started = time.perf_counter()
        solution = solve(problem, SolveOptions(time_limit=time_limit))
        wall = time.perf_counter() - started
        t_ls, t05 = first_time(solution.history, solution.local_search_objective, 0.005)
        _, t01 = first_time(solution.history, None, 0.001)
        rows.append(
            {
                "teams": n,
                "pairs": len(problem.collaboration),
                "sites": len(problem.sites),
                "seconds": round(wall, 2),
                "status": solution.status,
                "gap": solution.gap,
                "objective": solution.objective,
                "bound": solution.bound,
                "greedy": solution.greedy_objective,
                "greedy_ls": solution.local_search_objective,
                "t_first_ge_greedy_ls": t_ls,
                "t_gap_0.5%": t05,
                "t_gap_0.1%": t01,
            }
        )
        print(line(MAIN_COLUMNS, rows[-1]), flush=True)
        if plain is not None:
            rows[-1].update(_plain_row(solve_plain(problem, plain), solution))
    if plain is not None:
        print()
        print(header(PLAIN_COLUMNS))
        for r in rows:
            print(line(PLAIN_COLUMNS, r))
    return rows


def _plain_row(run: PlainRun, solution: Solution) -> dict[str, object]:
    ours = solution.gap
    at = None if ours is None else first_time(run.history, None, max(ours, 1e-4))[1]
    status = "optimal" if run.optimal else ("unknown" if run.objective is None else "feasible")
    return {
        "plain_seconds": round(run.seconds, 2),
        "plain_status": status,
        "plain_gap": run.gap,
        "plain_objective": run.objective,
        "plain_bound": run.bound,
        "plain_t_our_gap": None if at is None else round(at, 2),
    }


def _f(x: object, fmt: str) -> str:
    return "—" if x is None else format(x, fmt)


#: A table's columns: (title, the row's key, format, width). One list gives both the
#: header and each line, so the two cannot drift apart.
Columns = tuple[tuple[str, str, str, int], ...]

MAIN_COLUMNS: Columns = (
    ("teams", "teams", "d", 6),
    ("pairs", "pairs", "d", 6),
    ("time s", "seconds", ".2f", 7),
    ("status", "status", "", 9),
    ("gap", "gap", ".3%", 8),
    ("objective", "objective", ".2f", 11),
    ("bound", "bound", ".2f", 11),
    ("greedy", "greedy", ".2f", 11),
    ("greedy+LS", "greedy_ls", ".2f", 11),
    ("≥LS at s", "t_first_ge_greedy_ls", ".2f", 9),
    ("≤0.5% at", "t_gap_0.5%", ".2f", 9),
    ("≤0.1% at", "t_gap_0.1%", ".2f", 9),
)

#: The straightforward model beside the planner; "our gap at" = when it proved ours.
PLAIN_COLUMNS: Columns = (
    ("teams", "teams", "d", 6),
    ("ours s", "seconds", ".2f", 7),
    ("our gap", "gap", ".3%", 8),
    ("plain s", "plain_seconds", ".2f", 8),
    ("status", "plain_status", "", 9),
    ("plain gap", "plain_gap", ".3%", 9),
    ("objective", "plain_objective", ".2f", 11),
    ("bound", "plain_bound", ".2f", 11),
    ("our gap at", "plain_t_our_gap", ".2f", 10),
)


def header(columns: Columns) -> str:
    return " ".join(f"{title:>{width}}" for title, _, _, width in columns)


def line(columns: Columns, r: dict[str, object]) -> str:
    return " ".join(f"{_f(r[key], fmt):>{width}}" for _, key, fmt, width in columns)


@dataclass(frozen=True)
class Family:
    """A kind of instance: how tight the sites are and how much the pairs weigh."""

    name: str
    slack: float
    pair_scale: float
    why: str


#: The benchmark's kinds of instance, all "sites sized so capacity binds, about 1.5
#: collaborating pairs per team" as issue 5 asks. How hard they are for the
#: straightforward model (``plain_mip.py``, 60-120 s, seeds 1-3) says which of them
#: are like the issue's, on which it proved 250 teams optimal in about 17 s.
FAMILIES = {
    f.name: f
    for f in (
        Family(
            "hard",
            1.12,
            1.0,
            "capacity binds on most popular days, pairs weigh 1–5 (no more than the app "
            "derives from real data); the straightforward model proves nothing at 250 "
            "teams in 120 s",
        ),
        Family(
            "loose",
            1.7,
            1.0,
            "capacity binds on the peak days only, pairs as in hard; the straightforward "
            "model proves 250 teams optimal in 20–56 s",
        ),
        Family(
            "light",
            1.25,
            0.05,
            "capacity binds, pairs weigh 0.05–0.25 (far less than the app derives: about "
            "2 % of the objective); the straightforward model proves 250 teams optimal "
            "in 9–24 s",
        ),
    )
}

#: Issue 5's proof targets: (teams, proven gap, seconds, the benchmark row's key).
PROOF_TARGETS = ((250, 0.001, 5.0, "t_gap_0.1%"), (1000, 0.005, 10.0, "t_gap_0.5%"))


def _seconds(x: object) -> float | None:
    return float(x) if isinstance(x, int | float) else None


def verdict(rows: Sequence[dict[str, object]]) -> list[str]:
    """Issue 5's targets against one table's rows, one line each."""
    lines = []
    firsts = [_seconds(r["t_first_ge_greedy_ls"]) for r in rows]
    if firsts:
        ok = all(t is not None and t < 1.0 for t in firsts)
        worst = max((t for t in firsts if t is not None), default=None)
        lines.append(
            f"a plan ≥ greedy+LS within 1 s at every size: {'met' if ok else 'NOT met'}"
            f" (slowest {_f(worst, '.2f')} s)"
        )
    for teams, gap, seconds, key in PROOF_TARGETS:
        target = f"proven within {gap:.1%} at {teams} teams in < {seconds:.0f} s"
        row = next((r for r in rows if r["teams"] == teams), None)
        if row is None:
            lines.append(f"{target}: not run (--sizes)")
            continue
        at = _seconds(row[key])
        met = at is not None and at < seconds
        lines.append(
            f"{target}: {f'met at {at:.2f} s' if met else 'NOT met'}"
            f" (gap {_f(row['gap'], '.3%')} after {_f(row['seconds'], '.2f')} s)"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 250, 1000])
    parser.add_argument("--time-limit", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--instances",
        choices=[*FAMILIES, "all"],
        help="which kind of instance: hard, loose, light (see FAMILIES) or all (the "
        "default; with --zone-desks, --slack or --pair-scale: hard)",
    )
    parser.add_argument(
        "--pair-scale",
        type=float,
        help="multiply every pair weight (instead of the kind's: 1, or 0.05 for light)",
    )
    parser.add_argument(
        "--slack",
        type=float,
        help="site capacity / average daily demand (instead of the kind's: hard 1.12, "
        "loose 1.7, light 1.25)",
    )
    parser.add_argument(
        "--zone-desks",
        type=float,
        default=0.0,
        metavar="N",
        help="seat teams together: zones of about N desks along a corridor at every site "
        "(default 0: no zones)",
    )
    parser.add_argument(
        "--plain",
        type=float,
        nargs="?",
        const=-1.0,
        metavar="SECONDS",
        help="also solve the straightforward model with plain HiGHS for SECONDS "
        "(default: the time limit) and say when it proved the planner's gap",
    )
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    args = parser.parse_args()
    plain = None if args.plain is None else (args.time_limit if args.plain < 0 else args.plain)
    # Options that change the instance start from hard alone, as before there were kinds.
    changed = args.zone_desks or args.slack is not None or args.pair_scale is not None
    kind = args.instances or ("hard" if changed else "all")
    families = list(FAMILIES.values()) if kind == "all" else [FAMILIES[kind]]
    if args.slack is not None and args.pair_scale is not None:
        families = [Family("custom", args.slack, args.pair_scale, "")]
    rows: list[dict[str, object]] = []
    for i, family in enumerate(families):
        slack = family.slack if args.slack is None else args.slack
        scale = family.pair_scale if args.pair_scale is None else args.pair_scale
        print(
            ("\n" if i else "")
            + f"== {family.name} instances: slack {slack}, pair weights × {scale}"
            + (f", zones of about {args.zone_desks:g} desks" if args.zone_desks else "")
        )
        if (slack, scale) == (family.slack, family.pair_scale) and family.why:
            # Measured without zones: with them it says nothing.
            print(f"   {family.why}" if not args.zone_desks else "   (seated by zone)")
        print(header(MAIN_COLUMNS))
        table = run(args.sizes, args.time_limit, args.seed, scale, slack, args.zone_desks, plain)
        if args.zone_desks:
            print("Issue 5's targets are for plans without zones: not checked here.")
        else:
            print("Issue 5's targets on these instances:")
            for line in verdict(table):
                print(f"   {line}")
        for r in table:
            r.update(instances=family.name, slack=slack, pair_scale=scale, seed=args.seed)
        rows += table
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
