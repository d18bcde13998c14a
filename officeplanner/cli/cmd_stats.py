"""``officeplanner stats FILE``: utilisation, popular days, no-shows, desks needed, teams.

The figures are :func:`officeplanner.analytics.compute_report`'s, the same the
dashboard shows, with privacy suppression already applied ("suppressed" in the
text, ``null`` in ``--json``). Definitions: docs/metrics.md.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from officeplanner.analytics import (
    Period,
    Report,
    ScopeError,
    compute_report,
    report_to_json,
    resolve_scope,
)
from officeplanner.analytics.report import default_period
from officeplanner.cli.common import CommandError, parse_day
from officeplanner.store import OfficeFile


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "stats",
        help="space utilisation, popular weekdays, no-shows, desks needed, team meeting rates",
    )
    parser.add_argument("file", metavar="FILE", help="an office file (.officeplan)")
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD)")
    parser.add_argument("--site", metavar="NAME", help="one site instead of the organisation")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.set_defaults(func=run)


def _date(text: str, option: str) -> date:
    try:
        return parse_day(text)
    except ValueError as exc:
        raise CommandError(f"{option} {exc}") from None


def run(args: argparse.Namespace) -> int:
    start = _date(args.start, "--from") if args.start is not None else None
    end = _date(args.end, "--to") if args.end is not None else None
    with OfficeFile.open(args.file, read_only=True) as doc:
        try:
            scope = resolve_scope(doc, site=args.site)
        except ScopeError as exc:
            raise CommandError(f"{doc.path}: {exc}") from None
        if start is None or end is None:
            try:
                whole = default_period(doc)
            except ScopeError:
                raise CommandError(f"{doc.path}: no bookings or attendance to report on") from None
            start = start or whole.start
            end = end or whole.end
        if start > end:
            raise CommandError(f"--from {start} is after --to {end}")
        report = compute_report(doc, scope, Period(start, end))
    if args.json:
        print(json.dumps(report_to_json(report), indent=2, ensure_ascii=False))
    else:
        print(format_report(report))
    return 0


def _pct(value: float | None) -> str:
    return "suppressed" if value is None else f"{value * 100:.1f} %"


def _num(value: float | None, fmt: str = "{:,.1f}") -> str:
    return "suppressed" if value is None else fmt.format(value)


def _ratio(value: float | None) -> str:
    """Headcounts are never suppressed; a missing ratio means nobody is based there."""
    if value is None:
        return "n/a (no people based in this scope)"
    return f"{value:.2f} desks per person"


def format_report(report: Report) -> str:
    """The human-readable summary printed without ``--json``."""
    lines = [
        f"Scope:            {report.scope_label}",
        f"Period:           {report.period.start} to {report.period.end} "
        f"({report.open_days} open days)",
        f"Bookable desks:   {report.bookable_desks:,}",
        f"People:           {report.people:,}",
        f"Desk sharing:     {_ratio(report.desk_sharing_ratio)}",
    ]
    if report.suppressed:
        lines.append(
            f"Privacy:          activity figures suppressed (fewer than "
            f"{report.privacy.min_group} people)"
        )
    lines += ["", "Weekday  Open days  Avg occupied  Peak  Avg util.  Peak util."]
    for w in report.weekdays:
        lines.append(
            f"{w.weekday:<8} {w.open_days:>9}  {_num(w.avg_occupied):>12}  "
            f"{_num(w.peak_occupied, '{:,}'):>4}  {_pct(w.avg_utilisation):>9}  "
            f"{_pct(w.peak_utilisation):>10}"
        )
    ranking = ", ".join(report.weekday_ranking) or "suppressed"
    needed = report.desks_needed
    percentile = report.demand.percentile if report.demand else 90.0
    desks = report.desks
    lines += [
        "",
        f"Most popular day: {report.most_popular_weekday or 'suppressed'} (ranking: {ranking})",
        f"No-show rate:     {_pct(report.no_show.rate)}",
        f"Desks needed:     {_num(needed, '{:,}')} at the {percentile:g}th percentile of "
        f"daily demand (you have {report.bookable_desks:,})",
        f"Unused desks:     {_num(desks.unused if desks else None, '{:,}')} "
        "(occupied on < 15 % of open days)",
        f"Under-used desks: {_num(desks.underused if desks else None, '{:,}')} (< 50 %)",
    ]
    if report.teams:
        lines += ["", f"Team meeting rate (weeks with a day ≥ {report.meeting_threshold:.0%} in):"]
        width = max(len(t.team) for t in report.teams)
        for t in report.teams:
            lines.append(f"  {t.team:<{width}}  {t.size:>4} people  {_pct(t.meeting_rate):>10}")
    return "\n".join(lines)
