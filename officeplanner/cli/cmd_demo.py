"""``officeplanner demo FILE``: create a new office file holding a realistic demo office."""

from __future__ import annotations

import argparse
import time

from officeplanner.cli.common import CommandError, TerminalProgress, day_argument
from officeplanner.demo import (
    MAX_PEOPLE,
    MAX_WEEKS,
    MIN_PEOPLE,
    MIN_WEEKS,
    create_demo_file,
)


def _bounded(low: int, high: int) -> type[int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high:,}, not {value}")
        return value

    parse.__name__ = "number"
    return parse  # type: ignore[return-value]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "demo",
        help="create a new office file with a realistic demo office",
        description="Create FILE (which must not exist) holding a demo organisation: sites "
        "in Norwegian cities, desks, teams, people and their bookings. The same options "
        "always give the same data.",
    )
    parser.add_argument("file", metavar="FILE", help="the office file to create (.officeplan)")
    parser.add_argument(
        "--people",
        type=_bounded(MIN_PEOPLE, MAX_PEOPLE),
        default=300,
        metavar="N",
        help="how many people (default: 300)",
    )
    parser.add_argument(
        "--weeks",
        type=_bounded(MIN_WEEKS, MAX_WEEKS),
        default=104,
        metavar="N",
        help="how many weeks of bookings (default: 104, two years)",
    )
    parser.add_argument(
        "--seed",
        type=_bounded(0, 2**32 - 1),
        default=1,
        metavar="N",
        help="random seed; another seed gives another office (default: 1)",
    )
    parser.add_argument(
        "--end",
        type=day_argument,
        default=None,
        metavar="DATE",
        help="last day of the data, YYYY-MM-DD (default: the most recent Friday)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    try:
        summary = create_demo_file(
            args.file,
            people=args.people,
            weeks=args.weeks,
            seed=args.seed,
            end=args.end,
            progress=TerminalProgress("Generating"),
        )
    except ValueError as exc:
        raise CommandError(f"{args.file}: {exc}") from exc
    except OSError as exc:
        raise CommandError(f"{args.file}: cannot write the file ({exc.strerror or exc})") from exc
    seconds = time.perf_counter() - started
    print(
        f"Created {args.file}: {summary.people:,} people in {summary.teams:,} teams, "
        f"{summary.desks:,} desks at {summary.sites} sites, {summary.bookings:,} bookings "
        f"and {summary.attendance:,} badge rows from {summary.start} to {summary.end} "
        f"({seconds:.1f} s)."
    )
    return 0
