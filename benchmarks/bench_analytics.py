"""Time the analytics report against the same figures computed with pandas groupby.

    .venv/bin/python benchmarks/bench_analytics.py [--file demo.officeplan] [--runs 7]
                                                   [--people 5000] [--weeks 104] [--site NAME]

Without --file, a demo office (``generate_demo``, 5,000 people, 104 weeks by
default, about 1.2 M bookings) is generated into a temporary folder first.
For the organisation and for one site (the one with most desks unless --site),
it reports medians over --runs of:

* ours, cold: ``compute_report`` right after the column cache was cleared
  (SQL read + NumPy), what opening a file costs once;
* ours, warm: ``compute_report`` with the columns cached, what every dashboard
  filter change costs;
* pandas compute: the same figures from DataFrames already in memory, with
  ``groupby``/``merge`` as an analyst would write them;
* pandas with load: the same plus ``pd.read_sql`` of the rows it needs.

Before timing, every figure both compute is compared (integers exactly, floats
to 1e-9 relative) and the script stops if any differs.
"""

from __future__ import annotations

import argparse
import gc
import math
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from officeplanner.analytics import Period, Report, Scope, clear_cache, compute_report
from officeplanner.analytics.teams import members_needed
from officeplanner.opendays import load_site_calendars
from officeplanner.store import OfficeFile

TODAY = date.today()


@dataclass
class Frames:
    bookings: pd.DataFrame
    attendance: pd.DataFrame
    desks: pd.DataFrame
    people: pd.DataFrame
    teams: pd.DataFrame


def load_frames(path: Path, start: date, end: date) -> Frames:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    span = (start.isoformat(), end.isoformat())
    try:
        bookings = pd.read_sql(
            "SELECT date, desk_id, person_id, status FROM bookings "
            "WHERE status <> 'cancelled' AND date BETWEEN ? AND ?",
            conn,
            params=span,
        )
        attendance = pd.read_sql(
            "SELECT date, site_id, person_id FROM attendance "
            "WHERE person_id IS NOT NULL AND date BETWEEN ? AND ?",
            conn,
            params=span,
        )
        desks = pd.read_sql(
            "SELECT d.id AS desk_id, d.zone_id, z.floor_id, f.site_id, d.bookable FROM desks d "
            "JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id",
            conn,
        )
        people = pd.read_sql("SELECT id AS person_id, team_id FROM people", conn)
        teams = pd.read_sql("SELECT id AS team_id, name, site_id FROM teams", conn)
    finally:
        conn.close()
    return Frames(bookings, attendance, desks, people, teams)


def open_site_days(path: Path, start: date, end: date) -> pd.DataFrame:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        calendars = load_site_calendars(conn)
    finally:
        conn.close()
    rows = [
        (site_id, d.isoformat())
        for site_id, cal in calendars.items()
        for d in cal.open_days(start, end)
    ]
    return pd.DataFrame(rows, columns=["site_id", "date"])


def pandas_figures(
    f: Frames, open_days: pd.DataFrame, site_id: int | None, today: date
) -> dict[str, Any]:
    """The analyst's version: merges and groupbys over the rows (docs/metrics.md rules)."""
    desks = f.desks[f.desks.bookable == 1]
    if site_id is not None:
        desks = desks[desks.site_id == site_id]
        open_days = open_days[open_days.site_id == site_id]
    b = f.bookings.merge(desks[["desk_id", "site_id", "zone_id"]], on="desk_id")
    b = b.merge(open_days, on=["site_id", "date"])
    att = f.attendance.merge(open_days, on=["site_id", "date"])
    confirmed = (
        b.merge(att.assign(badge=True), on=["date", "site_id", "person_id"], how="left")
        .badge.fillna(False)
        .to_numpy(dtype=bool)
    )
    b["occupied"] = (b.status == "checked_in").to_numpy() | (
        (b.status == "booked").to_numpy() & confirmed
    )
    occ = b[b.occupied]

    bookable_site = desks.groupby("site_id").size().rename("bookable")
    days = open_days.merge(bookable_site, left_on="site_id", right_index=True, how="left")
    days = days.fillna({"bookable": 0}).groupby("date").bookable.sum().astype("int64")
    daily = pd.DataFrame({"bookable": days})
    daily["occupied"] = occ.groupby("date").desk_id.nunique()
    daily["booked"] = b.groupby("date").desk_id.nunique()
    daily["demand"] = b.groupby("date").person_id.nunique()
    daily = daily.fillna(0).astype("int64").sort_index()
    daily["utilisation"] = np.where(
        daily.bookable > 0, daily.occupied / daily.bookable.where(daily.bookable > 0, 1), 0.0
    )
    daily["weekday"] = pd.to_datetime(daily.index).day_of_week
    by_weekday = daily.groupby("weekday").agg(
        open_days=("occupied", "size"),
        avg_occupied=("occupied", "mean"),
        peak_occupied=("occupied", "max"),
        avg_utilisation=("utilisation", "mean"),
        peak_utilisation=("utilisation", "max"),
    )

    past = b[b.status.isin(["checked_in", "no_show"]) & (b.date < today.isoformat())]
    no_show_rate = float((past.status == "no_show").mean()) if len(past) else None

    desk_days = open_days.merge(desks[["desk_id", "site_id", "zone_id"]], on="site_id")
    per_desk = pd.DataFrame({"open_days": desk_days.groupby("desk_id").size()})
    per_desk["occupied_days"] = occ.groupby("desk_id").date.nunique()
    per_desk["users"] = b.groupby("desk_id").person_id.nunique()
    per_desk = per_desk.reindex(desks.desk_id).fillna(0).astype("int64")
    rated = per_desk[per_desk.open_days > 0]
    share = rated.occupied_days / rated.open_days

    demand = np.sort(daily.demand.to_numpy())
    desks_needed = int(np.percentile(demand, 90, method="inverted_cdf")) if demand.size else 0

    # Team meeting rate: present people per team and day, a week met if any day >= need.
    present = pd.concat(
        [occ[["date", "person_id"]], att[["date", "person_id"]]], ignore_index=True
    ).drop_duplicates()
    present = present.merge(f.people.dropna(subset=["team_id"]), on="person_id")
    per_day = present.groupby(["team_id", "date"]).size().rename("present").reset_index()
    sizes = f.people.groupby("team_id").size().rename("size")
    per_day = per_day.merge(sizes, left_on="team_id", right_index=True)
    need = per_day["size"].map(lambda s: members_needed(int(s), 0.6))
    met = per_day[per_day.present >= need].copy()
    monday = pd.to_datetime(met.date) - pd.to_timedelta(
        pd.to_datetime(met.date).dt.day_of_week, "D"
    )
    met["week"] = monday
    met_weeks = met.groupby("team_id").week.nunique()
    all_days = pd.to_datetime(daily.index.to_series())
    weeks = (all_days - pd.to_timedelta(all_days.dt.day_of_week, "D")).nunique()
    meeting = (met_weeks / weeks).reindex(sizes.index).fillna(0.0)

    return {
        "daily_dates": list(daily.index),
        "daily_occupied": daily.occupied.tolist(),
        "daily_booked": daily.booked.tolist(),
        "daily_bookable": daily.bookable.tolist(),
        "daily_demand": daily.demand.tolist(),
        "daily_utilisation": daily.utilisation.tolist(),
        "weekdays": by_weekday,
        "no_show_rate": no_show_rate,
        "desk_share": share.to_dict(),
        "desk_users": per_desk.users.to_dict(),
        "unused": int((share < 0.15).sum()),
        "underused": int((share < 0.5).sum()),
        "desks_needed": desks_needed,
        "meeting": meeting.to_dict(),
        "team_sizes": sizes.to_dict(),
    }


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def compare(ours: Report, theirs: dict[str, Any]) -> None:
    """Stop with a message at the first figure that differs."""
    problems: list[str] = []

    def check(what: str, ok: bool) -> None:
        if not ok:
            problems.append(what)

    assert ours.daily is not None and ours.demand is not None and ours.desks is not None
    check("open days", [d.isoformat() for d in ours.daily.dates] == theirs["daily_dates"])
    check("occupancy", list(ours.daily.occupied) == theirs["daily_occupied"])
    check("booked", list(ours.daily.booked) == theirs["daily_booked"])
    check("bookable", list(ours.daily.bookable) == theirs["daily_bookable"])
    check("demand", list(ours.daily.demand) == theirs["daily_demand"])
    check(
        "utilisation",
        all(
            _close(a, b)
            for a, b in zip(ours.daily.utilisation, theirs["daily_utilisation"], strict=True)
        ),
    )
    wd = theirs["weekdays"]
    for i, w in enumerate(ours.weekdays[:5]):
        if i not in wd.index:
            check(f"{w.weekday} has no open day", w.open_days == 0)
            continue
        row = wd.loc[i]
        check(f"{w.weekday} open days", w.open_days == int(row.open_days))
        check(f"{w.weekday} avg occupied", _close(w.avg_occupied, float(row.avg_occupied)))
        check(f"{w.weekday} peak occupied", w.peak_occupied == int(row.peak_occupied))
        check(f"{w.weekday} avg util", _close(w.avg_utilisation, float(row.avg_utilisation)))
        check(f"{w.weekday} peak util", _close(w.peak_utilisation, float(row.peak_utilisation)))
    check("no-show rate", _close(ours.no_show.rate, theirs["no_show_rate"]))
    check("desks needed", ours.demand.desks_needed == theirs["desks_needed"])
    check("unused", ours.desks.unused == theirs["unused"])
    check("under-used", ours.desks.underused == theirs["underused"])
    k = ours.privacy.min_group
    for d in ours.desks.desks:
        users = theirs["desk_users"][d.desk_id]
        if 0 < users < k and not ours.privacy.person_level:
            check(f"desk {d.desk} suppressed", d.share is None)
        elif d.open_days:
            check(f"desk {d.desk} share", _close(d.share, theirs["desk_share"][d.desk_id]))
    for t in ours.teams:
        if theirs["team_sizes"].get(t.team_id, 0) < k:
            check(f"team {t.team} suppressed", t.meeting_rate is None)
        else:
            check(f"team {t.team} meeting", _close(t.meeting_rate, theirs["meeting"][t.team_id]))
    if problems:
        sys.exit("figures differ: " + ", ".join(problems[:10]))


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--weeks", type=int, default=104)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--site")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.file
        if path is None:
            from officeplanner.demo.generator import generate_demo

            path = Path(tmp) / "demo.officeplan"
            print(f"generating a demo office ({args.people} people, {args.weeks} weeks)…")
            with OfficeFile.create(path) as doc:
                generate_demo(doc, people=args.people, weeks=args.weeks, seed=1)
        return run(path, args.runs, args.site)


def run(path: Path, runs: int, site_name: str | None) -> int:
    with OfficeFile.open(path, read_only=True) as doc:
        counts = doc.counts()
        span = doc.date_range()
        assert span is not None
        period = Period.parse(*span)
        if site_name is None:
            site_id = int(
                doc.scalar(
                    "SELECT f.site_id FROM desks d JOIN zones z ON z.id = d.zone_id "
                    "JOIN floors f ON f.id = z.floor_id GROUP BY f.site_id "
                    "ORDER BY count(*) DESC LIMIT 1"
                )
            )
        else:
            site_id = int(doc.scalar("SELECT id FROM sites WHERE name = ?", (site_name,)))
        site = str(doc.scalar("SELECT name FROM sites WHERE id = ?", (site_id,)))
        print(
            f"{path.name}: {counts['bookings']:,} bookings, {counts['people']:,} people, "
            f"{counts['desks']:,} desks, {counts['sites']} sites, {period.start}–{period.end}"
        )
        open_days = open_site_days(path, period.start, period.end)
        frames = load_frames(path, period.start, period.end)
        # The frames hold millions of Python strings; without this, any code allocating
        # objects afterwards (ours and pandas alike) pays for the cyclic GC walking them.
        gc.collect()
        gc.freeze()
        rows = []
        for label, scope, sid in (("organisation", Scope(), None),
                                  (f"site {site}", Scope(site_id=site_id), site_id)):  # fmt: skip
            ours = compute_report(doc, scope, period, today=TODAY)
            compare(ours, pandas_figures(frames, open_days, sid, TODAY))

            def cold(scope: Scope = scope) -> None:
                clear_cache()
                compute_report(doc, scope, period, today=TODAY)

            def warm(scope: Scope = scope) -> None:
                compute_report(doc, scope, period, today=TODAY)

            def pandas_compute(sid: int | None = sid) -> None:
                pandas_figures(frames, open_days, sid, TODAY)

            def pandas_total(sid: int | None = sid) -> None:
                f = load_frames(path, period.start, period.end)
                pandas_figures(f, open_site_days(path, period.start, period.end), sid, TODAY)

            warm()
            rows.append(
                (
                    label,
                    median_ms(cold, runs),
                    median_ms(warm, runs),
                    median_ms(pandas_compute, runs),
                    median_ms(pandas_total, max(3, runs // 2)),
                )
            )
    print("figures identical (integers exactly, floats to 1e-9)")
    print()
    print("| scope | ours cold ms | ours warm ms | pandas compute ms | pandas + read_sql ms "
          "| warm vs pandas | cold vs pandas + load |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, c, w, pc, pt in rows:
        print(f"| {label} | {c:.0f} | {w:.0f} | {pc:.0f} | {pt:.0f} | {pc / w:.1f}× "
              f"| {pt / c:.1f}× |")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
