"""Build a planning instance from an office file: policy, preferences, pairs, capacity.

Every input is derived the way issue 5 defines it, and hand-entered values win:

- **Policy**: the organisation's row in ``policies`` with per-team overrides
  (:mod:`officeplanner.planner.store`); options given here override both.
- **Preference** of a team for a weekday: the share of its members present on
  an average open day of that weekday in the period (present = a
  ``checked_in`` booking or a person attendance row, at any site; open days
  of the team's site from :mod:`officeplanner.opendays`). Rows in
  ``team_preferences`` replace the computed value for that team and day.
- **Collaboration**: teams whose presence goes up and down together beyond
  their weekday habits — the correlation, over the open days both sites share,
  of each team's daily presence share minus its weekday average. Pairs with a
  correlation of at least ``min_correlation`` get weight correlation × the
  smaller team's size (people who could meet per shared day), keeping each
  team's strongest ``max_pairs_per_team``. Rows in ``team_pairs`` replace
  the computed weight of that pair (weight 0 removes it).
- **Capacity** of a site per weekday: bookable desks × ceiling − baseline,
  where baseline is the average number of people *not* covered by the plan
  (no team, or a team that cannot be planned) present at that site on an open
  day of that weekday. Attendance rows holding only a head count cannot be
  attributed to teams and are not used.
- **Home site** of a team: ``teams.site_id``, else the site where its members
  booked most, else the only site.
- **Zones** (only with ``seat_by_zone``, to seat each team together): every zone
  of a planned site with at least one bookable desk, with desks = its bookable
  desks × the site's ceiling (the ceiling of the site's capacity, so a full zone
  is as full as a full site). A zone keeps its own name when no other zone of
  the site has that name, else it is called "Floor / Zone". The file stores no
  adjacency between zones, so the rule is: **zones on the same floor are
  adjacent**, and zones on different floors are not. A team too large for one
  zone may then spill into another zone of its floor, never onto another floor.
  A team too large for every zone and pair of its site is not refused here: the
  solver finds no plan, and its explanation names the team.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from officeplanner.domain import WEEKDAYS
from officeplanner.opendays import load_site_calendars
from officeplanner.planner.problem import Pair, Problem, Site, Team, Zone
from officeplanner.planner.store import Policy, effective_policy, read_policies
from officeplanner.wording import translate

DEFAULT_WEEKS = 12


@dataclass(frozen=True)
class BuildOptions:
    start: date | None = None  # period for preferences, pairs and baseline
    end: date | None = None
    weeks: int = DEFAULT_WEEKS  # period length when start is not given
    anchor_days: int | None = None  # overrides the policy for every team
    ceiling: float | None = None
    turnout: float | None = None
    min_correlation: float = 0.3
    max_pairs_per_team: int = 3
    #: Seat each team together on its anchor days, in a zone of its site (or two
    #: adjacent zones), from the file's zones and their bookable desks.
    seat_by_zone: bool = False


@dataclass(frozen=True)
class Built:
    problem: Problem
    start: date
    end: date
    #: Teams left out and why, and other things a user should know.
    warnings: tuple[str, ...] = field(default=())


class BuildError(ValueError):
    """The file holds too little to plan (no teams with people, no desks...)."""


def _data_span(conn: sqlite3.Connection) -> tuple[date, date] | None:
    row = conn.execute(
        "SELECT min(a), max(b) FROM (SELECT min(date) AS a, max(date) AS b FROM bookings "
        "UNION ALL SELECT min(date), max(date) FROM attendance)"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])


def _presence(conn: sqlite3.Connection, start: date, end: date) -> dict[tuple[int, str], int]:
    """``{(person, date): site}`` for everyone present in the period."""
    out: dict[tuple[int, str], int] = {}
    for person, day, site in conn.execute(
        "SELECT b.person_id, b.date, f.site_id FROM bookings b "
        "JOIN desks k ON k.id = b.desk_id JOIN zones z ON z.id = k.zone_id "
        "JOIN floors f ON f.id = z.floor_id "
        "WHERE b.status = 'checked_in' AND b.date BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    ):
        out[int(person), str(day)] = int(site)
    for person, day, site in conn.execute(
        "SELECT person_id, date, site_id FROM attendance "
        "WHERE person_id IS NOT NULL AND date BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    ):
        out.setdefault((int(person), str(day)), int(site))
    return out


def build_problem(conn: sqlite3.Connection, options: BuildOptions | None = None) -> Built:
    """The instance the office file describes, for the period (default: the last 12
    weeks of data, or all of it when there is less)."""
    options = options or BuildOptions()
    span = _data_span(conn)
    end = options.end or (span[1] if span else date.today())
    start = options.start or end - timedelta(weeks=options.weeks) + timedelta(days=1)
    if span is not None and options.start is None:
        start = max(start, span[0])  # weeks before the data would read as absence
    if start > end:
        raise BuildError(
            translate("PlannerMessage", "the period starts ({start}) after it ends ({end})").fill(
                start=start, end=end
            )
        )
    warnings: list[str] = []
    org, overrides = read_policies(conn)
    if options.ceiling is not None:
        org = Policy(capacity_ceiling=options.ceiling).over(org)
    if options.turnout is not None:
        org = Policy(turnout=options.turnout).over(org)
    calendars = load_site_calendars(conn)
    site_names = {i: c.name for i, c in calendars.items()}
    desks = dict.fromkeys(calendars, 0)
    for site_id, n in conn.execute(
        "SELECT f.site_id, count(*) FROM desks k JOIN zones z ON z.id = k.zone_id "
        "JOIN floors f ON f.id = z.floor_id WHERE k.bookable = 1 GROUP BY f.site_id"
    ):
        desks[int(site_id)] = int(n)
    members: dict[int, list[int]] = defaultdict(list)
    for pid, tid in conn.execute("SELECT id, team_id FROM people WHERE team_id IS NOT NULL"):
        members[int(tid)].append(int(pid))
    booked_site: dict[int, dict[int, int]] = defaultdict(dict)
    for tid, sid, n in conn.execute(
        "SELECT p.team_id, f.site_id, count(*) FROM bookings b JOIN people p ON p.id = b.person_id "
        "JOIN desks k ON k.id = b.desk_id JOIN zones z ON z.id = k.zone_id "
        "JOIN floors f ON f.id = z.floor_id WHERE p.team_id IS NOT NULL "
        "AND b.status != 'cancelled' GROUP BY p.team_id, f.site_id"
    ):
        booked_site[int(tid)][int(sid)] = int(n)

    weekdays = tuple(org.allowed_weekdays or ())
    if not weekdays:
        raise BuildError(translate("PlannerMessage", "the policy allows no weekdays"))
    presence = _presence(conn, start, end)
    days_present: dict[int, set[str]] = defaultdict(set)
    for person, day in presence:
        days_present[person].add(day)
    hand_pref: dict[int, dict[str, float]] = defaultdict(dict)
    for tid, wd, value in conn.execute("SELECT team_id, weekday, preference FROM team_preferences"):
        hand_pref[int(tid)][str(wd)] = float(value)

    planned: list[tuple[int, str, int]] = []  # team id, name, site id
    for tid, name, site_id in conn.execute("SELECT id, name, site_id FROM teams ORDER BY name"):
        tid = int(tid)
        if not members.get(tid):
            warnings.append(
                translate("PlannerMessage", "{team}: no members, not planned").fill(team=name)
            )
            continue
        if site_id is None:
            counts = booked_site.get(tid, {})
            if counts:
                site_id = max(counts, key=lambda s: (counts[s], -s))
            elif len(calendars) == 1:
                site_id = next(iter(calendars))
            else:
                warnings.append(
                    translate(
                        "PlannerMessage",
                        "{team}: no home site and no bookings to infer one, not planned",
                    ).fill(team=name)
                )
                continue
        if desks.get(int(site_id), 0) == 0:
            warnings.append(
                translate("PlannerMessage", "{team}: its site {site} has no bookable desks").fill(
                    team=name, site=site_names[int(site_id)]
                )
            )
            continue
        planned.append((tid, str(name), int(site_id)))
    if not planned:
        raise BuildError(
            translate(
                "PlannerMessage",
                "no team can be planned (teams need members and a site with desks)",
            )
        )

    open_cache = {sid: calendars[sid].open_days(start, end) for sid in calendars}
    # daily presence share per planned team, on its site's open days
    shares: dict[int, dict[date, float]] = {}
    for tid, _, sid in planned:
        people = members[tid]
        shares[tid] = {
            d: sum(d.isoformat() in days_present[p] for p in people) / len(people)
            for d in open_cache[sid]
        }

    teams: list[Team] = []
    for tid, name, sid in planned:
        pol = effective_policy(org, overrides.get(name))
        site_days = {WEEKDAYS[i] for i in calendars[sid].weekdays}
        allowed = set(pol.allowed_weekdays or weekdays) & site_days
        forbidden = tuple(
            d for d in weekdays if d not in allowed or d in (pol.forbidden_weekdays or ())
        )
        fixed = tuple(d for d in weekdays if d in (pol.fixed_weekdays or ()) and d not in forbidden)
        k = options.anchor_days if options.anchor_days is not None else pol.anchor_days or 2
        k_ok = min(k, len(weekdays) - len(forbidden))
        if k_ok < k:
            warnings.append(
                translate(
                    "PlannerMessage",
                    "{team}: only {allowed} allowed day(s), anchor days cut from {k}",
                ).fill(team=name, allowed=k_ok, k=k)
            )
        if k_ok < 1:
            warnings.append(
                translate("PlannerMessage", "{team}: no allowed day, not planned").fill(team=name)
            )
            continue
        if len(fixed) > k_ok:
            warnings.append(
                translate(
                    "PlannerMessage", "{team}: {fixed} fixed days, anchor days raised from {k}"
                ).fill(team=name, fixed=len(fixed), k=k_ok)
            )
        pref = {}
        for d in weekdays:
            values = [v for day, v in shares[tid].items() if WEEKDAYS[day.weekday()] == d]
            pref[d] = round(float(np.mean(values)), 4) if values else 0.0
        pref.update({d: v for d, v in hand_pref.get(tid, {}).items() if d in weekdays})
        team_turnout = pol.turnout if pol.turnout != org.turnout else None
        teams.append(
            Team(
                name,
                site_names[sid],
                len(members[tid]),
                max(k_ok, len(fixed)),
                pref,
                fixed,
                forbidden,
                team_turnout,
            )
        )

    included = {t.name for t in teams}
    planned = [p for p in planned if p[1] in included]
    pairs = _pairs(conn, planned, shares, members, options)
    covered = {p for tid, _, _ in planned for p in members[tid]}
    sites: dict[str, Site] = {}
    ceiling = org.capacity_ceiling if org.capacity_ceiling is not None else 0.9
    zones = _zones(conn, ceiling) if options.seat_by_zone else {}
    outside: dict[tuple[int, str], int] = defaultdict(int)
    for (person, day), site in presence.items():
        if person not in covered:
            outside[site, day] += 1
    for sid in sorted({s for _, _, s in planned}):
        baseline = {}
        for d in weekdays:
            per_day = [
                outside.get((sid, x.isoformat()), 0)
                for x in open_cache[sid]
                if WEEKDAYS[x.weekday()] == d
            ]
            baseline[d] = round(float(np.mean(per_day)), 4) if per_day else 0.0
        capacity = {d: max(0.0, round(desks[sid] * ceiling - baseline[d], 4)) for d in weekdays}
        sites[site_names[sid]] = Site(
            site_names[sid],
            capacity,
            float(desks[sid]),
            ceiling,
            baseline,
            zones.get(sid, ()),
        )
    if options.seat_by_zone and not any(len(s.zones) > 1 for s in sites.values()):
        warnings.append(
            translate(
                "PlannerMessage",
                "Seating by zone changes nothing: no site has more than one zone "
                "with bookable desks.",
            )
        )
    problem = Problem(weekdays, sites, tuple(teams), tuple(pairs), org.turnout or 0.85)
    return Built(problem, start, end, tuple(warnings))


def can_seat_by_zone(conn: sqlite3.Connection) -> bool:
    """Whether ``seat_by_zone`` can change anything in this file: a site with two or more
    zones that have bookable desks (with one zone per site it only warns that it changes
    nothing, so the Planner page does not offer it there)."""
    return any(len(zones) > 1 for zones in _zones(conn, 1.0).values())


def _zones(conn: sqlite3.Connection, ceiling: float) -> dict[int, tuple[Zone, ...]]:
    """``{site id: zones}`` for seating teams by zone: each zone with bookable desks, its
    desks × ``ceiling``, adjacent to the other zones of its floor (the file has no
    adjacency; a floor is what a team can spread over and still sit together)."""
    rows: dict[int, list[tuple[int, str, str, int]]] = defaultdict(list)
    for site_id, floor_id, floor, zone, n in conn.execute(
        "SELECT f.site_id, f.id, f.name, z.name, count(*) FROM desks k "
        "JOIN zones z ON z.id = k.zone_id JOIN floors f ON f.id = z.floor_id "
        "WHERE k.bookable = 1 GROUP BY z.id ORDER BY f.site_id, f.id, z.id"
    ):
        rows[int(site_id)].append((int(floor_id), str(floor), str(zone), int(n)))
    out: dict[int, tuple[Zone, ...]] = {}
    for site_id, found in rows.items():
        own = [zone for _, _, zone, _ in found]
        full = [f"{floor} / {zone}" for _, floor, zone, _ in found]
        # A zone's own name when it names nothing else in the site (another zone, or
        # another zone's "Floor / Zone"), so names stay unique and short where they can.
        names = [
            zone if own.count(zone) == 1 and zone not in full[:i] + full[i + 1 :] else full[i]
            for i, zone in enumerate(own)
        ]
        out[site_id] = tuple(
            Zone(
                names[i],
                round(n * ceiling, 4),
                tuple(names[j] for j, other in enumerate(found) if j != i and other[0] == floor),
            )
            for i, (floor, _, _, n) in enumerate(found)
        )
    return out


def _pairs(
    conn: sqlite3.Connection,
    planned: list[tuple[int, str, int]],
    shares: dict[int, dict[date, float]],
    members: dict[int, list[int]],
    options: BuildOptions,
) -> list[Pair]:
    names = {tid: name for tid, name, _ in planned}
    residual: dict[int, dict[date, float]] = {}
    for tid, _, _ in planned:
        by_wd: dict[int, list[float]] = defaultdict(list)
        for d, v in shares[tid].items():
            by_wd[d.weekday()].append(v)
        means = {wd: float(np.mean(v)) for wd, v in by_wd.items()}
        residual[tid] = {d: v - means[d.weekday()] for d, v in shares[tid].items()}
    found: dict[tuple[int, int], float] = {}
    ids = [tid for tid, _, _ in planned]
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            common = sorted(residual[a].keys() & residual[b].keys())
            if len(common) < 10:
                continue
            ra = np.array([residual[a][d] for d in common])
            rb = np.array([residual[b][d] for d in common])
            if ra.std() == 0 or rb.std() == 0:
                continue
            corr = float(np.corrcoef(ra, rb)[0, 1])
            if corr >= options.min_correlation:
                found[a, b] = round(corr * min(len(members[a]), len(members[b])), 2)
    keep: set[tuple[int, int]] = set()
    for t in ids:
        mine = sorted((k for k in found if t in k), key=lambda k: (-found[k], k))[
            : options.max_pairs_per_team
        ]
        keep.update(mine)
    weights = {k: found[k] for k in keep}
    for a, b, w in conn.execute("SELECT team_a, team_b, weight FROM team_pairs"):
        key = (int(a), int(b)) if int(a) < int(b) else (int(b), int(a))
        if key[0] in names and key[1] in names:
            weights[key] = float(w)
    return [
        Pair((names[a], names[b]), w) for (a, b), w in sorted(weights.items()) if w != 0 and a != b
    ]
