"""A realistic demo office, generated deterministically from a seed.

Why it is shaped the way it is: every view in the app (utilisation by weekday,
no-shows, unused desks, team meeting rates, the anchor-day planner) needs data
that behaves like a real organisation's, or the demo teaches the wrong lessons.
So the generator encodes what badge and booking data from real hybrid offices
shows:

* Tuesday to Thursday are the busiest days, Monday is lower, Friday lowest;
* each person has their own habits (some come in four days a week, some almost
  never), and teams come in on the same days (a team's anchor days, plus
  "team days" when most of a team shows up at once);
* nobody books on a public holiday of the site's country, nor when the site is
  closed (Christmas Eve, a planned maintenance closure), and July is quiet;
* about one booking in ten is a no-show, some are cancelled, and a few desks
  are so unpopular that they are almost never used;
* a desk holds at most one booking per day, so the importer never sees a
  conflict when the demo is exported and read back.

Speed: the 5,000-person, two-year office has about 1.2 million bookings. All
random draws are NumPy arrays per day (one row per person), desks are drawn per
site-day with the Gumbel top-k trick (weighted sampling without replacement in
one ``argpartition``), and everything is written with ``executemany`` inside a
single ``doc.write()`` transaction. Python-level work per booking is limited to
building its row tuple.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice
from typing import Final

import numpy as np
import numpy.typing as npt

from officeplanner.demo import names as pool
from officeplanner.opendays import SiteCalendar
from officeplanner.store import OfficeFile

Progress = Callable[[int, int], None]
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

#: Bounds accepted by :func:`generate_demo` (and the ``demo`` command).
MIN_PEOPLE: Final = 3
MAX_PEOPLE: Final = 20_000
MIN_WEEKS: Final = 1
MAX_WEEKS: Final = 260
#: people x weeks: four times the largest documented demo (5,000 people, two years), about
#: 4.5 million bookings. Everything is generated in memory first, so this bounds the RAM.
MAX_PERSON_WEEKS: Final = 2_080_000

#: Relative chance of being in the office per weekday (Mon..Fri) for an average
#: person: the Tuesday–Thursday plateau, a lower Monday and a low Friday.
_WEEKDAY_SHAPE: Final = (0.52, 0.73, 0.73, 0.67, 0.31)
#: How likely a team is to pick each weekday as an anchor day.
_ANCHOR_WEIGHTS: Final = (0.12, 0.34, 0.30, 0.20, 0.04)
#: Desks per person at a site: hot-desking with room for a normal Wednesday.
_DESKS_PER_PERSON: Final = 0.72
_DESKS_PER_FLOOR: Final = 96
_DESKS_PER_ZONE: Final = 24
_CANCEL_RATE: Final = 0.06
#: Popularity of a desk nobody wants (by the lift, no daylight), against about 1 for others.
_UNWANTED_WEIGHT: Final = 1e-6
#: On a day when every other desk is taken, the chance that one of them is taken anyway.
_UNWANTED_TAKEN: Final = 0.15
#: Mean no-show propensity; each person's own is drawn from Beta(2, 18).
_NO_SHOW_ALPHA: Final = 2.0
_NO_SHOW_BETA: Final = 18.0
#: Share of people at a badge site who come in without a booking on a given day.
_WALK_IN_RATE: Final = 0.025
_ROWS_PER_CHUNK: Final = 50_000
_SOURCE: Final = "demo"
_ZONE_NAMES: Final = ("North", "South", "East", "West", "Atrium", "Garden", "Harbour", "Library")


@dataclass(frozen=True)
class _SiteSpec:
    name: str
    code: str
    timezone: str
    country: str
    subdivision: str | None
    share: float


#: Sites in the order an organisation grows into them; ``share`` is its part of the headcount.
_SITES: Final = (
    _SiteSpec("Oslo", "OSL", "Europe/Oslo", "NO", "03", 0.45),
    _SiteSpec("Bergen", "BGO", "Europe/Oslo", "NO", "46", 0.20),
    _SiteSpec("Trondheim", "TRD", "Europe/Oslo", "NO", "50", 0.15),
    _SiteSpec("Stockholm", "STO", "Europe/Stockholm", "SE", None, 0.10),
    _SiteSpec("Stavanger", "SVG", "Europe/Oslo", "NO", "11", 0.07),
    _SiteSpec("Tromsø", "TOS", "Europe/Oslo", "NO", "55", 0.03),
)

#: Days the offices shut although they are not public holidays: (month, day, reason).
_DE_FACTO_CLOSURES: Final[dict[str, tuple[tuple[int, int, str], ...]]] = {
    "NO": ((12, 24, "Julaften"), (12, 31, "Nyttårsaften")),
    "SE": ((12, 24, "Julafton"), (12, 31, "Nyårsafton")),
}


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate_demo` wrote: counts per table and the period covered."""

    seed: int
    start: date
    end: date
    sites: int
    floors: int
    zones: int
    desks: int
    teams: int
    people: int
    bookings: int
    attendance: int
    closures: int

    @property
    def rows(self) -> int:
        """Every row written, over all tables."""
        return (
            self.sites
            + self.floors
            + self.zones
            + self.desks
            + self.teams
            + self.people
            + self.bookings
            + self.attendance
            + self.closures
        )


def most_recent_friday(today: date | None = None) -> date:
    """The latest Friday on or before ``today``: the default end, so all data is past."""
    today = today or date.today()
    return today - timedelta(days=(today.weekday() - 4) % 7)


def generate_demo(
    doc: OfficeFile,
    *,
    people: int = 300,
    weeks: int = 104,
    seed: int = 1,
    end: date | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill the open, empty office file ``doc`` with a demo organisation.

    ``weeks`` whole weeks (Monday to Friday) ending with the week of ``end``
    (default: the most recent Friday, so every booking lies in the past).
    Bookings on or after ``today`` (default: the real today) are ``booked``;
    earlier ones are checked in, no-shows or cancelled. The same arguments
    always give the same file contents. Everything is written in one
    transaction: on any error the file stays empty.
    """
    if not MIN_PEOPLE <= people <= MAX_PEOPLE:
        raise ValueError(f"people must be between {MIN_PEOPLE} and {MAX_PEOPLE:,}, not {people}")
    if not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise ValueError(f"weeks must be between {MIN_WEEKS} and {MAX_WEEKS}, not {weeks}")
    if people * weeks > MAX_PERSON_WEEKS:
        raise ValueError(
            f"{people:,} people over {weeks} weeks is too big a demo; keep people x weeks "
            f"at most {MAX_PERSON_WEEKS:,} (for example 5,000 people over 104 weeks)"
        )
    _require_empty(doc)
    end = end or most_recent_friday(today)
    today = today or date.today()
    start = end - timedelta(days=end.weekday()) - timedelta(weeks=weeks - 1)
    report = progress or (lambda done, total: None)
    report(0, 100)

    rng = np.random.default_rng(seed)
    org = _Organisation.build(rng, people)
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    closures = _closures(rng, org.sites, start, end)
    open_mask = _open_mask(org.sites, closures, days)
    generated = _simulate(
        rng, org, days, open_mask, today, lambda i: report(i * 60 // len(days), 100)
    )
    report(60, 100)

    # Every id is assigned here and known to exist, so the per-row foreign-key lookups
    # are switched off for this one transaction; the tests run PRAGMA foreign_key_check
    # on generated files. A bigger page cache helps building the indexes.
    doc.conn.execute("PRAGMA foreign_keys = OFF")
    old_cache = doc.conn.execute("PRAGMA cache_size").fetchone()[0]
    doc.conn.execute("PRAGMA cache_size = -262144")  # 256 MiB
    try:
        with doc.write() as conn:
            org.insert(conn)
            conn.executemany(
                "INSERT INTO closures(site_id, date, reason) VALUES (?, ?, ?)",
                [(s + 1, d.isoformat(), reason) for s, d, reason in closures],
            )
            # Building an index once over sorted rows is several times faster than
            # updating it row by row; the file ends with exactly the same schema.
            indexes = _drop_indexes(conn, ("bookings", "attendance"))
            n_bookings = _insert_chunks(
                conn,
                "INSERT INTO bookings(date, desk_id, person_id, status, start_time, end_time, "
                "checked_in_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                generated.booking_rows(days),
                lambda n: report(60 + 35 * n // max(1, generated.n_bookings), 100),
            )
            n_attendance = _insert_chunks(
                conn,
                "INSERT INTO attendance(date, site_id, person_id, count, source) "
                "VALUES (?, ?, ?, ?, ?)",
                generated.attendance_rows(days),
                lambda n: None,
            )
            for sql in indexes:
                conn.execute(sql)
    finally:
        doc.conn.execute(f"PRAGMA cache_size = {int(old_cache)}")
        doc.conn.execute("PRAGMA foreign_keys = ON")
    report(100, 100)
    return DemoSummary(
        seed=seed,
        start=start,
        end=end,
        sites=len(org.sites),
        floors=len(org.floors),
        zones=len(org.zones),
        desks=len(org.desk_names),
        teams=len(org.team_names),
        people=len(org.person_names),
        bookings=n_bookings,
        attendance=n_attendance,
        closures=len(closures),
    )


def _require_empty(doc: OfficeFile) -> None:
    counts = doc.counts()
    filled = [
        t for t in ("sites", "desks", "teams", "people", "bookings", "attendance") if counts[t]
    ]
    if filled:
        raise ValueError(
            f"{doc.path}: the demo office goes into an empty file, but this one already "
            f"has {', '.join(filled)}"
        )


def _drop_indexes(conn: sqlite3.Connection, tables: tuple[str, ...]) -> list[str]:
    """Drop the explicit indexes of ``tables``; return the SQL that recreates them."""
    marks = ",".join("?" * len(tables))
    found = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY rowid",
        tables,
    ).fetchall()
    for name, _ in found:
        conn.execute(f'DROP INDEX "{name}"')
    return [str(sql) for _, sql in found]


def _insert_chunks(
    conn: sqlite3.Connection,
    sql: str,
    rows: Iterator[tuple[object, ...]],
    on_chunk: Callable[[int], None],
) -> int:
    written = 0
    while chunk := list(islice(rows, _ROWS_PER_CHUNK)):
        conn.executemany(sql, chunk)
        written += len(chunk)
        on_chunk(written)
    return written


# -- the organisation ------------------------------------------------------------------


@dataclass
class _Organisation:
    """Sites, floors, zones, desks, teams and people, with ids 1..n in list order."""

    sites: list[_SiteSpec]
    floors: list[tuple[int, str]]  # (site index, name)
    zones: list[tuple[int, str]]  # (floor index, name)
    desk_names: list[str]
    desk_zone: IntArray
    desk_site: IntArray
    desk_features: npt.NDArray[np.bool_]  # columns: bookable, monitor, standing, accessible
    desk_log_weight: FloatArray  # log popularity; -inf for desks that cannot be booked
    desk_unwanted: npt.NDArray[np.bool_]
    team_names: list[str]
    team_site: IntArray
    team_anchor: npt.NDArray[np.bool_]  # teams x 5 weekdays
    person_names: list[str]
    person_emails: list[str | None]
    person_team: IntArray
    person_site: IntArray

    @classmethod
    def build(cls, rng: np.random.Generator, people: int) -> _Organisation:
        sites = list(_SITES[: _site_count(people)])
        heads = _split_headcount(people, [s.share for s in sites])
        # Structure: floors and zones sized from each site's desk count.
        floors: list[tuple[int, str]] = []
        zones: list[tuple[int, str]] = []
        desk_names: list[str] = []
        desk_zone: list[int] = []
        desk_site: list[int] = []
        for s, (site, head) in enumerate(zip(sites, heads, strict=True)):
            n_desks = max(4, round(head * _DESKS_PER_PERSON))
            n_floors = math.ceil(n_desks / _DESKS_PER_FLOOR)
            per_floor = _split_even(n_desks, n_floors)
            first_floor = 1 if n_floors == 1 else 2  # the ground floor is reception
            for f, floor_desks in enumerate(per_floor):
                floor_no = first_floor + f
                floors.append((s, f"Floor {floor_no}"))
                n_zones = max(1, math.ceil(floor_desks / _DESKS_PER_ZONE))
                for z, zone_desks in enumerate(_split_even(floor_desks, n_zones)):
                    zone_name = _ZONE_NAMES[z] if z < len(_ZONE_NAMES) else f"Zone {z + 1}"
                    zones.append((len(floors) - 1, zone_name))
                    letter = chr(ord("A") + z) if z < 26 else f"Z{z + 1}"
                    for k in range(zone_desks):
                        desk_names.append(f"{site.code}-{floor_no}{letter}-{k + 1:02d}")
                        desk_zone.append(len(zones) - 1)
                        desk_site.append(s)
        n_desks_total = len(desk_names)
        monitor = rng.random(n_desks_total) < 0.85
        standing = rng.random(n_desks_total) < 0.30
        accessible = rng.random(n_desks_total) < 0.04
        bookable = rng.random(n_desks_total) >= 0.03
        desk_site_arr = np.asarray(desk_site, dtype=np.int64)
        for s in range(len(sites)):  # every site has at least one accessible, bookable desk
            at_site = np.flatnonzero(desk_site_arr == s)
            if not (accessible[at_site] & bookable[at_site]).any():
                accessible[at_site[0]] = bookable[at_site[0]] = True
        weight = rng.lognormal(0.0, 0.45, n_desks_total)
        weight *= np.where(monitor, 1.3, 0.7) * np.where(standing, 1.15, 1.0)
        weight *= np.where(accessible, 0.6, 1.0)
        # A few desks nobody wants (by the lift, no daylight): taken only when all else is.
        unwanted = (rng.random(n_desks_total) < 0.04) & bookable
        for s in range(len(sites)):  # at least one at every site big enough to have a corner
            at_site = np.flatnonzero((desk_site_arr == s) & bookable & ~accessible)
            if len(at_site) >= 12 and not unwanted[at_site].any():
                unwanted[at_site[-1]] = True
        weight = np.where(unwanted, _UNWANTED_WEIGHT, weight)
        log_weight = np.where(bookable, np.log(weight), -np.inf)

        # Teams: sizes 3–40 filling each site's headcount, names from the department list.
        team_names: list[str] = []
        team_site: list[int] = []
        team_sizes: list[int] = []
        used: dict[str, int] = {}
        for s, (site, head) in enumerate(zip(sites, heads, strict=True)):
            functions = list(pool.TEAM_FUNCTIONS)
            order = rng.permutation(len(functions))
            for i, size in enumerate(_team_sizes(rng, head)):
                base = f"{functions[int(order[i % len(functions)])]} {site.name}"
                used[base] = used.get(base, 0) + 1
                team_names.append(base if used[base] == 1 else f"{base} {used[base]}")
                team_site.append(s)
                team_sizes.append(size)
        n_teams = len(team_names)
        anchor = np.zeros((n_teams, 5), dtype=np.bool_)
        n_anchor = rng.choice([1, 2, 2, 3], size=n_teams)
        for t in range(n_teams):
            chosen = rng.choice(5, size=int(n_anchor[t]), replace=False, p=_ANCHOR_WEIGHTS)
            anchor[t, chosen] = True

        person_team = np.repeat(np.arange(n_teams, dtype=np.int64), team_sizes)
        person_site = np.asarray(team_site, dtype=np.int64)[person_team]
        countries = [sites[int(s)].country for s in person_site]
        person_names = _unique_names(rng, countries)
        has_email = rng.random(len(person_names)) < 0.92
        emails: list[str | None] = [
            f"{pool.email_local_part(n)}@nordlys.example" if e else None
            for n, e in zip(person_names, has_email.tolist(), strict=True)
        ]
        return cls(
            sites=sites,
            floors=floors,
            zones=zones,
            desk_names=desk_names,
            desk_zone=np.asarray(desk_zone, dtype=np.int64),
            desk_site=desk_site_arr,
            desk_features=np.stack([bookable, monitor, standing, accessible], axis=1),
            desk_log_weight=log_weight,
            desk_unwanted=unwanted,
            team_names=team_names,
            team_site=np.asarray(team_site, dtype=np.int64),
            team_anchor=anchor,
            person_names=person_names,
            person_emails=emails,
            person_team=person_team,
            person_site=person_site,
        )

    def insert(self, conn: sqlite3.Connection) -> None:
        """Insert the structure with explicit ids 1..n (the tables are known to be empty)."""
        conn.executemany(
            "INSERT INTO sites(id, name, timezone, holiday_country, holiday_subdivision) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (i + 1, s.name, s.timezone, s.country, s.subdivision)
                for i, s in enumerate(self.sites)
            ],
        )
        conn.executemany(
            "INSERT INTO floors(id, site_id, name) VALUES (?, ?, ?)",
            [(i + 1, s + 1, name) for i, (s, name) in enumerate(self.floors)],
        )
        conn.executemany(
            "INSERT INTO zones(id, floor_id, name) VALUES (?, ?, ?)",
            [(i + 1, f + 1, name) for i, (f, name) in enumerate(self.zones)],
        )
        features = self.desk_features.astype(np.int64).tolist()
        conn.executemany(
            "INSERT INTO desks(id, zone_id, name, bookable, monitor, standing, accessible) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (i + 1, z + 1, name, *feat)
                for i, (z, name, feat) in enumerate(
                    zip(self.desk_zone.tolist(), self.desk_names, features, strict=True)
                )
            ],
        )
        conn.executemany(
            "INSERT INTO teams(id, name, site_id) VALUES (?, ?, ?)",
            [
                (i + 1, name, s + 1)
                for i, (name, s) in enumerate(
                    zip(self.team_names, self.team_site.tolist(), strict=True)
                )
            ],
        )
        conn.executemany(
            "INSERT INTO people(id, name, team_id, email) VALUES (?, ?, ?, ?)",
            [
                (i + 1, name, t + 1, email)
                for i, (name, t, email) in enumerate(
                    zip(
                        self.person_names,
                        self.person_team.tolist(),
                        self.person_emails,
                        strict=True,
                    )
                )
            ],
        )


def _site_count(people: int) -> int:
    for limit, count in ((20, 1), (100, 2), (400, 3), (1500, 4), (3000, 5)):
        if people < limit:
            return count
    return len(_SITES)


def _split_headcount(people: int, shares: list[float]) -> list[int]:
    """Largest-remainder split of ``people`` by ``shares``, at least 3 per site."""
    total = sum(shares)
    exact = [people * s / total for s in shares]
    heads = [max(3, int(x)) for x in exact]
    order = sorted(range(len(shares)), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    i = 0
    while sum(heads) < people:
        heads[order[i % len(order)]] += 1
        i += 1
    while sum(heads) > people:  # the minimum of 3 took people from a bigger site
        biggest = max(range(len(heads)), key=lambda j: heads[j])
        heads[biggest] -= 1
    return heads


def _split_even(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _team_sizes(rng: np.random.Generator, head: int) -> list[int]:
    """Team sizes between 3 and 40 that add up to ``head`` (itself at least 3)."""
    sizes: list[int] = []
    rest = head
    while rest > 0:
        size = int(np.clip(round(rng.lognormal(math.log(11.0), 0.55)), 3, 40))
        if size >= rest:
            size = rest
        elif rest - size < 3:
            size = rest if rest <= 40 else rest - 3
        sizes.append(size)
        rest -= size
    return sizes


def _unique_names(rng: np.random.Generator, countries: list[str]) -> list[str]:
    """A unique, plausible full name per person, Swedish at Swedish sites."""
    pools = {
        "NO": (pool.NORWEGIAN_FIRST, pool.NORWEGIAN_LAST),
        "SE": (pool.SWEDISH_FIRST, pool.SWEDISH_LAST),
    }
    wanted: dict[str, int] = {}
    for c in countries:
        wanted[c] = wanted.get(c, 0) + 1
    drawn: dict[str, list[str]] = {}
    for country in sorted(wanted):
        first, last = pools.get(country, pools["NO"])
        n = wanted[country]
        space = len(first) * len(last)
        picks = rng.choice(space, size=n, replace=n > space)
        drawn[country] = [f"{first[p // len(last)]} {last[p % len(last)]}" for p in picks.tolist()]
    taken: set[str] = set()
    result: list[str] = []
    cursor = dict.fromkeys(drawn, 0)
    initials = "ABCDEFGHIJKLMNOPRSTUVW"
    for country in countries:
        name = drawn[country][cursor[country]]
        cursor[country] += 1
        given, _, family = name.partition(" ")
        while name in taken:  # a repeat: add a middle initial, as HR systems do
            name = f"{given} {initials[int(rng.integers(len(initials)))]}. {family}"
        taken.add(name)
        result.append(name)
    return result


# -- the calendar ----------------------------------------------------------------------


def _closures(
    rng: np.random.Generator, sites: list[_SiteSpec], start: date, end: date
) -> list[tuple[int, date, str]]:
    """(site index, date, reason): de-facto closures plus one planned maintenance closure."""
    found: list[tuple[int, date, str]] = []
    for s, site in enumerate(sites):
        for year in range(start.year, end.year + 1):
            for month, day, reason in _DE_FACTO_CLOSURES.get(site.country, ()):
                d = date(year, month, day)
                if start <= d <= end and d.weekday() < 5:
                    found.append((s, d, reason))
    # A maintenance closure of a few working days at the second site (or the only one),
    # some time in the middle of the period, avoiding the holidays already shut.
    s = 1 if len(sites) > 1 else 0
    span = (end - start).days
    first = start + timedelta(days=int(span * (0.35 + 0.3 * rng.random())))
    n_days = int(rng.integers(2, 5))
    site = sites[s]
    shut = SiteCalendar(
        site.name,
        holiday_country=site.country,
        holiday_subdivision=site.subdivision,
    ).holidays(start, end)
    d = first
    taken = {c[1] for c in found if c[0] == s}
    while n_days and d <= end:
        if d.weekday() < 5 and d not in shut and d not in taken:
            found.append((s, d, "Vedlikehold av ventilasjon (planlagt)"))
            n_days -= 1
        d += timedelta(days=1)
    return sorted(found, key=lambda c: (c[0], c[1]))


def _open_mask(
    sites: list[_SiteSpec], closures: list[tuple[int, date, str]], days: list[date]
) -> npt.NDArray[np.bool_]:
    """days x sites: whether the site is open (DESIGN.md's open day) on each weekday."""
    mask = np.zeros((len(days), len(sites)), dtype=np.bool_)
    if not days:
        return mask
    for s, site in enumerate(sites):
        cal = SiteCalendar(
            site.name,
            timezone=site.timezone,
            holiday_country=site.country,
            holiday_subdivision=site.subdivision,
            closures={d: r for cs, d, r in closures if cs == s},
        )
        open_days = set(cal.open_days(days[0], days[-1]))
        mask[:, s] = [d in open_days for d in days]
    return mask


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m + 114) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def _season(d: date) -> float:
    """How full the offices are on ``d`` relative to a normal week (holidays, summer)."""
    md = (d.month, d.day)
    if (7, 1) <= md <= (8, 9):
        return 0.3  # fellesferie: most of Norway is on holiday in July
    if (6, 22) <= md <= (6, 30) or (8, 10) <= md <= (8, 16):
        return 0.7
    if md >= (12, 20) or md <= (1, 3):
        return 0.35
    easter = _easter(d.year)
    if easter - timedelta(days=6) <= d <= easter - timedelta(days=4):
        return 0.5  # påskeuka: Monday to Wednesday before Maundy Thursday
    week = d.isocalendar().week
    if week in (8, 9, 40):
        return 0.85  # school winter and autumn holidays
    return 1.0


# -- the simulation --------------------------------------------------------------------


@dataclass
class _Generated:
    """Every booking and badge row as parallel arrays (day index, desk, person, ...)."""

    day: IntArray
    desk: IntArray
    person: IntArray
    status: IntArray  # index into _STATUSES
    start_end: IntArray  # index into _TIMES
    check_in: IntArray  # minutes after midnight, -1 for none
    badge_day: IntArray
    badge_site: IntArray
    badge_person: IntArray  # -1 for a daily count
    badge_count: IntArray  # -1 for a person row

    @property
    def n_bookings(self) -> int:
        return len(self.day)

    def booking_rows(self, days: list[date]) -> Iterator[tuple[object, ...]]:
        iso = np.asarray([d.isoformat() for d in days], dtype=object)
        clock = np.asarray(
            [f"{m // 60:02d}:{m % 60:02d}" for m in range(24 * 60)] + [""], dtype=object
        )
        status = np.asarray(_STATUSES, dtype=object)
        starts = np.asarray([t[0] for t in _TIMES], dtype=object)
        ends = np.asarray([t[1] for t in _TIMES], dtype=object)
        for lo in range(0, self.n_bookings, _ROWS_PER_CHUNK):
            hi = lo + _ROWS_PER_CHUNK
            se = self.start_end[lo:hi]
            yield from zip(
                iso[self.day[lo:hi]].tolist(),
                (self.desk[lo:hi] + 1).tolist(),
                (self.person[lo:hi] + 1).tolist(),
                status[self.status[lo:hi]].tolist(),
                starts[se].tolist(),
                ends[se].tolist(),
                clock[self.check_in[lo:hi]].tolist(),  # -1 picks the trailing ""
                [_SOURCE] * len(se),
                strict=True,
            )

    def attendance_rows(self, days: list[date]) -> Iterator[tuple[object, ...]]:
        iso = [d.isoformat() for d in days]
        for d, s, p, c in zip(
            self.badge_day.tolist(),
            self.badge_site.tolist(),
            self.badge_person.tolist(),
            self.badge_count.tolist(),
            strict=True,
        ):
            yield (iso[d], s + 1, None if p < 0 else p + 1, None if c < 0 else c, _SOURCE)


_STATUSES: Final = ("booked", "checked_in", "no_show", "cancelled")
_BOOKED, _CHECKED_IN, _NO_SHOW, _CANCELLED = range(4)
#: (start, end) of a booking: the whole day, or a morning or an afternoon.
_TIMES: Final = (("", ""), ("08:00", "12:00"), ("12:00", "16:00"))


def _simulate(
    rng: np.random.Generator,
    org: _Organisation,
    days: list[date],
    open_mask: npt.NDArray[np.bool_],
    today: date,
    on_day: Callable[[int], None],
) -> _Generated:
    n_people = len(org.person_names)
    n_teams = len(org.team_names)
    n_sites = len(org.sites)

    # Each person's chance of coming in on each weekday: the population's weekly shape,
    # their team's anchor days, how much they like the office at all, and personal quirks.
    affinity = np.clip(rng.gamma(3.0, 1.0 / 3.0, n_people), 0.03, 1.8)
    team_boost = np.where(org.team_anchor, 1.3, 0.88)[org.person_team]
    quirks = rng.lognormal(0.0, 0.25, (n_people, 5))
    habit = np.clip(np.asarray(_WEEKDAY_SHAPE) * affinity[:, None] * team_boost * quirks, 0, 0.95)
    no_show_p = rng.beta(_NO_SHOW_ALPHA, _NO_SHOW_BETA, n_people)

    # Per-site pools of people and desks.
    site_people = [np.flatnonzero(org.person_site == s) for s in range(n_sites)]
    site_desks = [np.flatnonzero(org.desk_site == s) for s in range(n_sites)]
    # Wanted desks fill first; an unwanted one is taken only on a full day, and even then
    # most people would rather stay at home than sit there.
    site_unwanted = [int(org.desk_unwanted[d].sum()) for d in site_desks]
    site_wanted = [
        int(np.isfinite(org.desk_log_weight[d]).sum()) - u
        for d, u in zip(site_desks, site_unwanted, strict=True)
    ]
    per_person_site = 1 if n_sites > 1 else 0  # badge reader with names
    count_site = 0 if n_sites > 1 else -1  # badge counter (daily totals only)

    n_days = len(days)
    trend = np.linspace(0.92, 1.06, max(1, n_days))
    mood = rng.lognormal(0.0, 0.06, n_days)  # weather, news, the canteen's menu
    day_factor = np.asarray([_season(d) for d in days]) * trend * mood

    parts: dict[str, list[IntArray]] = {k: [] for k in ("day", "desk", "person")}
    badge: dict[str, list[IntArray]] = {k: [] for k in ("day", "site", "person", "count")}
    for i, d in enumerate(days):
        on_day(i)
        if not open_mask[i].any():
            continue
        wd = d.weekday()
        # Teams come in together: a daily team mood, and now and then a "team day".
        team_mood = rng.lognormal(0.0, 0.2, n_teams) * np.where(
            rng.random(n_teams) < 0.03, 1.8, 1.0
        )
        p = np.minimum(habit[:, wd] * team_mood[org.person_team] * day_factor[i], 0.97)
        wants = rng.random(n_people) < p
        for s in range(n_sites):
            if not open_mask[i, s]:
                continue
            pool_s = site_people[s]
            who = pool_s[wants[pool_s]]
            capacity = site_wanted[s] + int(rng.binomial(site_unwanted[s], _UNWANTED_TAKEN))
            if len(who) > capacity:  # fully booked: the last to try get nothing
                who = np.sort(rng.choice(who, size=capacity, replace=False))
            k = len(who)
            if k:
                desks_s = site_desks[s]
                keys = org.desk_log_weight[desks_s] + rng.gumbel(size=len(desks_s))
                chosen = np.sort(desks_s[np.argpartition(-keys, k - 1)[:k]])
                # Desks in floor/zone order, people in team order: teams sit together.
                parts["day"].append(np.full(k, i, dtype=np.int64))
                parts["desk"].append(chosen)
                parts["person"].append(who[np.argsort(org.person_team[who], kind="stable")])
            if s in (per_person_site, count_site):
                # Drawn for future days too, so that the random stream (and with it every
                # booking) does not depend on the date the demo is generated.
                others = pool_s[~wants[pool_s]]
                walk_ins = others[rng.random(len(others)) < _WALK_IN_RATE * day_factor[i]]
                if d >= today:
                    continue
                if s == per_person_site:  # named badge rows for people without a booking
                    badge["day"].append(np.full(len(walk_ins), i, dtype=np.int64))
                    badge["site"].append(np.full(len(walk_ins), s, dtype=np.int64))
                    badge["person"].append(walk_ins.astype(np.int64))
                    badge["count"].append(np.full(len(walk_ins), -1, dtype=np.int64))
                else:  # a daily total; the checked-in people are added once statuses are known
                    badge["day"].append(np.asarray([i], dtype=np.int64))
                    badge["site"].append(np.asarray([s], dtype=np.int64))
                    badge["person"].append(np.asarray([-1], dtype=np.int64))
                    badge["count"].append(np.asarray([len(walk_ins)], dtype=np.int64))
    on_day(n_days)

    def cat(chunks: list[IntArray]) -> IntArray:
        return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int64)

    day, desk, person = cat(parts["day"]), cat(parts["desk"]), cat(parts["person"])
    n = len(day)
    past = np.asarray([d < today for d in days], dtype=np.bool_)[day] if n else np.zeros(0, bool)
    cancelled = rng.random(n) < _CANCEL_RATE
    no_show = ~cancelled & (rng.random(n) < no_show_p[person])
    status = np.where(cancelled, _CANCELLED, np.where(no_show, _NO_SHOW, _CHECKED_IN))
    status = np.where(past | cancelled, status, _BOOKED).astype(np.int64)
    start_end = rng.choice(3, size=n, p=(0.94, 0.035, 0.025)).astype(np.int64)
    arrive = np.where(
        start_end == 2,
        12 * 60 + np.abs(rng.normal(8, 6, n)),  # afternoon bookings arrive after lunch
        rng.normal(8 * 60 + 40, 45, n),
    )
    arrive = np.clip(arrive, 6 * 60 + 30, 14 * 60).astype(np.int64)
    check_in = np.where(status == _CHECKED_IN, arrive, -1).astype(np.int64)

    # Badge rows: checked-in people at the named site, and checked-in totals at the counter.
    b_day, b_site, b_person, b_count = (
        cat(badge["day"]),
        cat(badge["site"]),
        cat(badge["person"]),
        cat(badge["count"]),
    )
    checked = status == _CHECKED_IN
    at_site = org.desk_site[desk]
    named = checked & (at_site == per_person_site)
    b_day = np.concatenate([b_day, day[named]])
    b_site = np.concatenate([b_site, at_site[named]])
    b_person = np.concatenate([b_person, person[named]])
    b_count = np.concatenate([b_count, np.full(int(named.sum()), -1, dtype=np.int64)])
    if count_site >= 0:
        counted = checked & (at_site == count_site)
        per_day = np.bincount(day[counted], minlength=n_days)
        is_count = b_person < 0
        b_count = np.where(is_count, b_count + per_day[b_day], b_count)
    order = np.lexsort((b_person, b_site, b_day))
    return _Generated(
        day=day,
        desk=desk,
        person=person,
        status=status,
        start_end=start_end,
        check_in=check_in,
        badge_day=b_day[order],
        badge_site=b_site[order],
        badge_person=b_person[order],
        badge_count=b_count[order],
    )
