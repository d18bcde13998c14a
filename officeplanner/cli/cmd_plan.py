"""``officeplanner plan``: anchor days per team, from a problem file or an office file.

``plan --problem PROBLEM.json`` solves an instance as given; ``plan FILE`` builds
the instance from the office file's policy and history (options override the
policy) and, with ``--save NAME``, stores the plan in the file, valid from/to
the given dates. ``--seat-by-zone`` also seats each team together in a zone of
the file (or two zones of one floor); an instance seats teams when its sites
carry ``zones``. Exit 1 on a bad problem file or an infeasible instance (with
what would make it fit), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import math
import sys

from officeplanner.cli.common import CommandError, day_argument
from officeplanner.planner.exact import SolveOptions, solve
from officeplanner.planner.explain import explain_infeasible, explain_plan
from officeplanner.planner.from_office import BuildError, BuildOptions, build_problem
from officeplanner.planner.objective import load
from officeplanner.planner.problem import Problem, ProblemError, load_problem
from officeplanner.planner.result import Solution
from officeplanner.planner.seating import zone_load
from officeplanner.planner.store import save_plan
from officeplanner.store import OfficeFile

#: Above this many teams the human-readable output leaves explanations out unless asked.
EXPLAIN_LIMIT = 30


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "plan",
        help="choose anchor days per team (exact MIP), from an office file or a problem file",
        description="Choose each team's anchor days so teams and collaborators meet "
        "without overfilling any site. Give an office FILE or --problem PROBLEM.json.",
    )
    parser.add_argument("file", metavar="FILE", nargs="?", help="an office file (.officeplan)")
    parser.add_argument("--problem", metavar="PROBLEM.json", help="solve this instance instead")
    parser.add_argument("--json", action="store_true", help="print the answer as JSON")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=10.0,
        metavar="S",
        help="stop after S seconds with the best plan and its gap (default 10)",
    )
    parser.add_argument(
        "--gap",
        type=float,
        default=1e-4,
        metavar="G",
        help="relative gap at which a plan counts as optimal (default 0.0001)",
    )
    parser.add_argument("--anchor-days", type=int, metavar="K", help="anchor days for every team")
    parser.add_argument(
        "--from",
        dest="valid_from",
        type=day_argument,
        metavar="DATE",
        help="first day the plan applies (with --save)",
    )
    parser.add_argument(
        "--to",
        dest="valid_to",
        type=day_argument,
        metavar="DATE",
        help="last day the plan applies (with --save)",
    )
    parser.add_argument(
        "--history-weeks",
        type=int,
        default=12,
        metavar="N",
        help="weeks of history behind preferences, pairs and baseline (default 12)",
    )
    parser.add_argument("--save", metavar="NAME", help="store the plan in the file under NAME")
    parser.add_argument(
        "--seat-by-zone",
        action="store_true",
        help="also seat each team together on its anchor days, in one zone of its site "
        "or two zones of one floor (zone desks: bookable desks × the ceiling)",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help=f"print every team's explanation (default when at most {EXPLAIN_LIMIT} teams)",
    )
    parser.set_defaults(func=run, _parser=parser)


def _usage(args: argparse.Namespace) -> None:
    parser: argparse.ArgumentParser = args._parser
    if (args.file is None) == (args.problem is None):
        parser.error("give either an office FILE or --problem PROBLEM.json")
    if args.problem is not None:
        used = [
            flag
            for flag, given in (
                ("--anchor-days", args.anchor_days is not None),
                ("--from", args.valid_from is not None),
                ("--to", args.valid_to is not None),
                ("--save", args.save is not None),
                ("--seat-by-zone", args.seat_by_zone),
            )
            if given
        ]
        if used:
            verb = "applies" if len(used) == 1 else "apply"
            hint = (
                ' (an instance seats teams by zone when its sites carry "zones")'
                if args.seat_by_zone
                else ""
            )
            parser.error(f"{', '.join(used)} only {verb} to an office FILE, not --problem{hint}")
    if args.valid_from and args.valid_to and args.valid_to < args.valid_from:
        parser.error(f"--to {args.valid_to} is before --from {args.valid_from}")
    if not args.time_limit > 0 or not math.isfinite(args.time_limit):
        parser.error("--time-limit must be a positive number of seconds")
    if args.save is not None and not args.save.strip():
        parser.error("--save needs a name for the plan")
    if args.save is None and (args.valid_from or args.valid_to):
        parser.error("--from and --to say when a saved plan applies: use them with --save")
    if not 0 <= args.gap < 1:
        parser.error("--gap must be at least 0 and below 1")
    if args.anchor_days is not None and not 1 <= args.anchor_days <= 7:
        parser.error("--anchor-days must be between 1 and 7")
    if not 1 <= args.history_weeks <= 520:
        parser.error("--history-weeks must be between 1 and 520 (ten years)")


def run(args: argparse.Namespace) -> int:
    _usage(args)
    options = SolveOptions(time_limit=args.time_limit, gap_tolerance=args.gap)
    if args.problem is not None:
        try:
            problem = load_problem(args.problem)
        except ProblemError as exc:
            raise CommandError(str(exc)) from None
        return _solve_and_print(problem, options, args, warnings=())[0]
    with OfficeFile.open(args.file, read_only=args.save is None) as doc:
        try:
            built = build_problem(
                doc.conn,
                BuildOptions(
                    weeks=args.history_weeks,
                    anchor_days=args.anchor_days,
                    seat_by_zone=args.seat_by_zone,
                ),
            )
        except (BuildError, ProblemError) as exc:
            raise CommandError(f"{doc.path}: {exc}") from None
        code, solution = _solve_and_print(built.problem, options, args, warnings=built.warnings)
        if code == 0 and args.save:
            save_plan(
                doc,
                args.save,
                built.problem,
                solution,
                valid_from=args.valid_from,
                valid_to=args.valid_to,
            )
            print(f"Saved as plan {args.save!r} in {doc.path}", file=sys.stderr)
        return code


def _solve_and_print(
    problem: Problem, options: SolveOptions, args: argparse.Namespace, warnings: tuple[str, ...]
) -> tuple[int, Solution]:
    for w in warnings:
        print(f"officeplanner: note: {w}", file=sys.stderr)
    solution = solve(problem, options)
    if solution.status == "infeasible":
        why = explain_infeasible(problem, time_limit=options.time_limit)
        if args.json:
            out = solution.to_json(problem)
            out["infeasibility"] = why.to_json()
            print(json.dumps(out, indent=2, ensure_ascii=False))
        print("officeplanner: no plan fits the capacities:", file=sys.stderr)
        for line in why.lines():
            print(f"  {line}", file=sys.stderr)
        return 1, solution
    if solution.status == "unknown":
        if args.json:
            print(json.dumps(solution.to_json(problem), indent=2, ensure_ascii=False))
        raise CommandError(
            f"no plan found within {options.time_limit:g} s; try a longer --time-limit"
        )
    # Once for the explanations, the table and the JSON: it is an LP per split site-day.
    zones = zone_load(problem, solution.plan, solution.seating).load if solution.seating else None
    explanations = explain_plan(problem, solution.plan, solution.seating, zones)
    if args.json:
        out = solution.to_json(problem, zones)
        out["explanations"] = explanations
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0, solution
    _print_human(problem, solution, explanations, zones, everything=args.explain)
    return 0, solution


def _print_human(
    problem: Problem,
    solution: Solution,
    explanations: dict[str, list[str]],
    zones: dict[str, dict[str, dict[str, float]]] | None,
    *,
    everything: bool,
) -> None:
    assert solution.objective is not None and solution.bound is not None
    gap = solution.gap or 0.0
    print(
        f"Status:     {solution.status} (proven gap {gap:.3%}, bound {solution.bound:.2f}) "
        f"in {solution.seconds:.2f} s"
    )
    compare = []
    if solution.greedy_objective is not None:
        compare.append(f"greedy {solution.greedy_objective:.2f}")
    if solution.local_search_objective is not None:
        compare.append(f"greedy + local search {solution.local_search_objective:.2f}")
    print(f"Objective:  {solution.objective:.2f}" + (f" ({', '.join(compare)})" if compare else ""))
    print()
    days = problem.weekdays
    width = max([len("Team"), *(len(t.name) for t in problem.teams)])
    site_w = max([len("Site"), *(len(s) for s in problem.sites)])
    print(f"{'Team':<{width}}  {'Site':<{site_w}}  " + "  ".join(f"{d:>3}" for d in days))
    for t in problem.teams:
        chosen = solution.plan[t.name]
        cells = []
        for d in days:
            mark = "X" if d in chosen else ("-" if d in t.forbidden else ".")
            cells.append(f"{mark:>3}")
        print(f"{t.name:<{width}}  {t.site:<{site_w}}  " + "  ".join(cells))
    print()
    if solution.seating:
        _print_seating(problem, solution, width, site_w)
    print("Load vs capacity (desks)")
    used = load(problem, solution.plan)
    print(f"{'Site':<{site_w}}  " + "".join(f"{d:>{_CELL}}" for d in days))
    for s in problem.sites.values():
        cells = [f"{used[s.name][d]:.1f}/{s.capacity[d]:.1f}" for d in days]
        print(f"{s.name:<{site_w}}  " + "".join(f"{c:>{_CELL}}" for c in cells))
    print()
    if zones is not None:
        _print_zone_load(problem, zones, site_w)
    if everything or len(problem.teams) <= EXPLAIN_LIMIT:
        print("Why these days")
        for t in problem.teams:
            lines = explanations[t.name]
            print(f"- {lines[0]}")
            for line in lines[1:]:
                print(f"    {line}")
    else:
        print(f"({len(problem.teams)} teams: add --explain for every team's explanation)")


#: Width of a "used/capacity" cell in the load tables.
_CELL = 15


def _print_seating(problem: Problem, solution: Solution, width: int, site_w: int) -> None:
    """Where each seated team sits on its anchor days: "North", or "North + East" for a
    team spread over two adjacent zones."""
    print("Seating")
    print(f"{'Team':<{width}}  {'Site':<{site_w}}  Zone")
    for t in problem.teams:
        if t.name in solution.seating:
            area = " + ".join(solution.seating[t.name])
            print(f"{t.name:<{width}}  {t.site:<{site_w}}  {area}")
    print()


def _print_zone_load(
    problem: Problem, loads: dict[str, dict[str, dict[str, float]]], site_w: int
) -> None:
    """People per zone and weekday against the zone's desks, like the sites' table (a
    team over two zones counted where the split that fits puts it)."""
    zoned = [s for s in problem.sites.values() if s.zones]
    zone_w = max([len("Zone"), *(len(z.name) for s in zoned for z in s.zones)])
    days = problem.weekdays
    print("Load vs zone desks")
    print(f"{'Site':<{site_w}}  {'Zone':<{zone_w}}  " + "".join(f"{d:>{_CELL}}" for d in days))
    for s in zoned:
        for z in s.zones:
            cells = [f"{loads[s.name][z.name][d]:.1f}/{z.desks:.1f}" for d in days]
            print(
                f"{s.name:<{site_w}}  {z.name:<{zone_w}}  "
                + "".join(f"{c:>{_CELL}}" for c in cells)
            )
    print()
