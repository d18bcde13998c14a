"""Random but plausible instances, for the benchmark, the tests and demos.

Shaped like a real organisation so the benchmark measures the hard case: every
team likes Tuesday to Thursday more than Monday and Friday, sites are sized so
that those days do not fit everyone (capacity binds), about 1.5 collaborating
pairs per team (mostly within a site), a few forbidden Fridays and fixed days.
"""

from __future__ import annotations

import random

from officeplanner.domain import WORKWEEK
from officeplanner.planner.problem import Pair, Problem, Site, Team, Zone

#: Average share of a team in the office per weekday: the familiar Tue–Thu peak.
_PROFILE = {"Mon": 0.45, "Tue": 0.72, "Wed": 0.64, "Thu": 0.68, "Fri": 0.28}


def random_problem(
    n_teams: int,
    *,
    seed: int = 0,
    teams_per_site: int = 60,
    pairs_per_team: float = 1.5,
    slack: float = 1.12,
    turnout: float = 0.85,
    pair_weight_scale: float = 1.0,
    zone_desks: float = 0.0,
) -> Problem:
    """An instance with ``n_teams`` teams; capacity = ``slack`` × the average daily demand.

    With ``slack`` a little above 1 the week as a whole fits but the popular days
    do not, which is what makes the planning problem hard and realistic. With
    ``zone_desks``, each site's capacity is divided into zones of about that many
    desks along a corridor (each adjacent to the next), a fifth of them half the
    size of the others: teams must then be seated together too.
    """
    rng = random.Random(seed)
    n_sites = max(1, round(n_teams / teams_per_site))
    site_names = [f"Site {i + 1}" for i in range(n_sites)]
    teams: list[Team] = []
    for i in range(n_teams):
        size = rng.choice([3, 4, 5, 6, 6, 7, 8, 8, 9, 10, 11, 12, 14, 16, 18, 22, 25])
        k = rng.choices([1, 2, 3], weights=[15, 60, 25])[0]
        pref = {
            d: round(min(1.0, max(0.0, _PROFILE[d] + rng.gauss(0.0, 0.13))), 2) for d in WORKWEEK
        }
        forbidden: tuple[str, ...] = ("Fri",) if rng.random() < 0.1 else ()
        fixed: tuple[str, ...] = ()
        if rng.random() < 0.05:
            fixed = (rng.choice(["Mon", "Tue", "Wed", "Thu"]),)
        teams.append(
            Team(f"Team {i + 1:04d}", site_names[i % n_sites], size, k, pref, fixed, forbidden)
        )
    sites = {}
    for s in site_names:
        week = sum(turnout * t.size * t.anchor_days for t in teams if t.site == s)
        cap = float(max(1, round(slack * week / len(WORKWEEK))))
        zones = _corridor(rng, cap, max(1, round(cap / zone_desks))) if zone_desks else ()
        sites[s] = Site(
            s,
            dict.fromkeys(WORKWEEK, cap),
            desks=float(round(cap / 0.9)),
            ceiling=0.9,
            zones=zones,
        )
    pairs: list[Pair] = []
    seen: set[frozenset[int]] = set()
    by_site = {s: [i for i, t in enumerate(teams) if t.site == s] for s in site_names}
    target = round(pairs_per_team * n_teams) if n_teams > 1 else 0
    tries = 0
    while len(pairs) < target and tries < 50 * target:
        tries += 1
        a = rng.randrange(n_teams)
        pool = by_site[teams[a].site] if rng.random() < 0.8 else range(n_teams)
        b = rng.choice(list(pool))
        key = frozenset((a, b))
        if a == b or key in seen:
            continue
        seen.add(key)
        pairs.append(
            Pair(
                (teams[a].name, teams[b].name),
                pair_weight_scale * rng.choice([1.0, 1.5, 2.0, 3.0, 5.0]),
            )
        )
    return Problem(tuple(WORKWEEK), sites, tuple(teams), tuple(pairs), turnout)


def _corridor(rng: random.Random, capacity: float, n: int) -> tuple[Zone, ...]:
    """``n`` zones sharing ``capacity`` desks, each adjacent to the next along a corridor."""
    shares = [0.5 if rng.random() < 0.2 else 1.0 for _ in range(n)]
    desks = [float(round(capacity * s / sum(shares))) for s in shares]
    names = [f"Zone {chr(ord('A') + i)}" if n <= 26 else f"Zone {i + 1}" for i in range(n)]
    return tuple(
        Zone(
            name,
            desks[i],
            tuple(names[j] for j in (i - 1, i + 1) if 0 <= j < n),
        )
        for i, name in enumerate(names)
    )
