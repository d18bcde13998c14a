"""The anchor-day planning instance: dataclasses, validation and JSON.

The JSON shape is the one in issue 5 (and ``docs/planner.md``) so an instance
can be written by hand, built from an office file, saved with a plan and solved
again later. Validation happens once, here, and every error names the JSON
path of the bad value (``teams[3].preference.Tue``) so a user editing the file
can find it; the solvers then trust the instance.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from officeplanner.domain import WEEKDAYS, WORKWEEK
from officeplanner.planner.json_where import line_and_column, locate

DEFAULT_TURNOUT: Final = 0.85


class ProblemError(ValueError):
    """An instance that is malformed or self-contradictory; ``path`` is its JSON path,
    and ``line`` and ``column`` (from 1) where that is in the text, when read from one."""

    def __init__(
        self,
        path: str,
        message: str,
        *,
        file: Path | None = None,
        line: int | None = None,
        column: int | None = None,
        at_key: bool = False,
    ) -> None:
        self.path = path
        self.detail = message
        self.file = file
        self.line = line
        self.column = column
        #: Whether the key that ends ``path`` is what is wrong (an unknown key), so that
        #: the line and column are the key's rather than its value's.
        self.at_key = at_key
        where = [str(file)] if file is not None else []
        where += [f"line {line}, column {column}"] if line is not None else []
        where += [path] if path else []
        super().__init__(": ".join([*where, message]))


@dataclass(frozen=True)
class Zone:
    """A part of a site where a team can sit together (issue 5's stretch goal).

    ``desks`` are the zone's desks available to the planned teams on any day;
    ``adjacent`` names the zones of the same site next to it, where a team too
    large for one zone may spill over. Adjacency is symmetric: naming it on one
    side is enough, and :func:`problem_from_json` completes the other.
    """

    name: str
    desks: float
    adjacent: tuple[str, ...] = ()


@dataclass(frozen=True)
class Site:
    """A site: desks available to the planned teams per weekday.

    ``desks`` and ``ceiling`` are optional and only used to phrase explanations
    ("raise the ceiling from 90 % to 96 %"); ``baseline`` is the demand from
    people outside the plan already taken off ``capacity``, kept for display.
    ``zones``, when given, ask for every team of the site to be seated together
    on its anchor days: in one zone, or in two adjacent ones (``planner/seating.py``).
    """

    name: str
    capacity: Mapping[str, float]
    desks: float | None = None
    ceiling: float | None = None
    baseline: Mapping[str, float] | None = None
    zones: tuple[Zone, ...] = ()

    def zone(self, name: str) -> Zone:
        for z in self.zones:
            if z.name == name:
                return z
        raise KeyError(name)


@dataclass(frozen=True)
class Team:
    name: str
    site: str
    size: int
    anchor_days: int
    preference: Mapping[str, float]
    fixed: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    #: Expected share of the team in on an anchor day; None = the instance's turnout.
    turnout: float | None = None


@dataclass(frozen=True)
class Pair:
    teams: tuple[str, str]
    weight: float


@dataclass(frozen=True)
class Problem:
    weekdays: tuple[str, ...]
    sites: Mapping[str, Site]
    teams: tuple[Team, ...]
    collaboration: tuple[Pair, ...] = ()
    turnout: float = DEFAULT_TURNOUT
    _index: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._index.update({t.name: i for i, t in enumerate(self.teams)})

    def team_index(self, name: str) -> int:
        return self._index[name]

    def team_turnout(self, team: Team) -> float:
        return self.turnout if team.turnout is None else team.turnout

    def demand(self, team: Team) -> float:
        """Desks a team occupies on one of its anchor days: turnout × size."""
        return self.team_turnout(team) * team.size

    def allowed_days(self, team: Team) -> tuple[str, ...]:
        return tuple(d for d in self.weekdays if d not in team.forbidden)

    @property
    def seats_by_zone(self) -> bool:
        """Whether any site has zones, so that teams must also be seated together."""
        return any(s.zones for s in self.sites.values())

    # -- JSON ------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The instance as JSON-ready data; :func:`problem_from_json` reads it back equal."""
        sites: dict[str, Any] = {}
        for s in self.sites.values():
            caps = [s.capacity[d] for d in self.weekdays]
            entry: dict[str, Any] = {
                "capacity": caps[0]
                if all(c == caps[0] for c in caps)
                else {d: s.capacity[d] for d in self.weekdays}
            }
            if s.desks is not None:
                entry["desks"] = s.desks
            if s.ceiling is not None:
                entry["ceiling"] = s.ceiling
            if s.baseline is not None:
                entry["baseline"] = {d: s.baseline[d] for d in self.weekdays}
            if s.zones:
                entry["zones"] = [
                    {"name": z.name, "desks": z.desks, "adjacent": list(z.adjacent)}
                    for z in s.zones
                ]
            sites[s.name] = entry
        teams = []
        for t in self.teams:
            entry = {
                "name": t.name,
                "site": t.site,
                "size": t.size,
                "anchor_days": t.anchor_days,
                "preference": {d: t.preference[d] for d in self.weekdays},
                "fixed": list(t.fixed),
                "forbidden": list(t.forbidden),
            }
            if t.turnout is not None:
                entry["turnout"] = t.turnout
            teams.append(entry)
        return {
            "weekdays": list(self.weekdays),
            "turnout": self.turnout,
            "sites": sites,
            "teams": teams,
            "collaboration": [
                {"teams": list(p.teams), "weight": p.weight} for p in self.collaboration
            ],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False)


# -- reading and validating ----------------------------------------------------------------


#: The largest size of any number in an instance: far beyond any office, far below
#: where sums of products overflow or the solver's tolerances stop making sense.
MAGNITUDE: Final = 1e9


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else f"{text[:20]}…({len(text)} characters)"


def _number(
    value: object,
    path: str,
    *,
    low: float | None = None,
    high: float | None = None,
    low_open: bool = False,
) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ProblemError(path, f"must be a number, got {json.dumps(value)}")
    try:
        x = float(value)
    except OverflowError:
        x = math.inf
    if not math.isfinite(x):
        raise ProblemError(path, f"must be a finite number, got {_short(value)}")
    if abs(x) > MAGNITUDE:
        raise ProblemError(path, f"must be between -{MAGNITUDE:g} and {MAGNITUDE:g}, got {x:g}")
    if low is not None and (x < low or (low_open and x == low)):
        sign = ">" if low_open else "≥"
        raise ProblemError(path, f"must be {sign} {low:g}, got {value}")
    if high is not None and x > high:
        raise ProblemError(path, f"must be ≤ {high:g}, got {value}")
    return x


def _integer(value: object, path: str, *, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not (
        isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    ):
        raise ProblemError(path, f"must be a whole number, got {json.dumps(value)}")
    n = int(value)
    if n < low or (high is not None and n > high):
        span = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ProblemError(path, f"must be {span}, got {n}")
    if n > MAGNITUDE:
        raise ProblemError(path, f"must be at most {MAGNITUDE:g}, got {_short(n)}")
    return n


def _object(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ProblemError(path, f"must be an object, got {type(value).__name__}")
    return value


def _list(value: object, path: str) -> Sequence[Any]:
    if not isinstance(value, list):
        raise ProblemError(path, f"must be a list, got {type(value).__name__}")
    return value


def _string(value: object, path: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ProblemError(path, f"must be a non-empty text, got {json.dumps(value)}")
    return value


def _check_keys(
    obj: Mapping[str, Any], path: str, allowed: Sequence[str], required: Sequence[str] = ()
) -> None:
    for key in obj:
        if key not in allowed:
            raise ProblemError(
                f"{path}.{key}" if path else key,
                f"unknown key; expected one of {', '.join(allowed)}",
                at_key=True,
            )
    for key in required:
        if key not in obj:
            raise ProblemError(f"{path}.{key}" if path else key, "is missing")


def _day_list(value: object, path: str, weekdays: tuple[str, ...]) -> tuple[str, ...]:
    days: list[str] = []
    for i, item in enumerate(_list(value, path)):
        if item not in weekdays:
            raise ProblemError(
                f"{path}[{i}]",
                f"{json.dumps(item)} is not one of the instance's weekdays ({', '.join(weekdays)})",
            )
        if item in days:
            raise ProblemError(f"{path}[{i}]", f"{item} is listed twice")
        days.append(item)
    return tuple(d for d in weekdays if d in days)


def _day_map(
    value: object, path: str, weekdays: tuple[str, ...], *, low: float | None, default: float | None
) -> dict[str, float]:
    obj = _object(value, path)
    for key in obj:
        if key not in weekdays:
            raise ProblemError(
                f"{path}.{key}",
                f"not one of the instance's weekdays ({', '.join(weekdays)})",
                at_key=True,
            )
    out: dict[str, float] = {}
    for d in weekdays:
        if d in obj:
            out[d] = _number(obj[d], f"{path}.{d}", low=low)
        elif default is None:
            raise ProblemError(f"{path}.{d}", "is missing")
        else:
            out[d] = default
    return out


def _zones(value: object, path: str) -> tuple[Zone, ...]:
    """A site's zones, each ``{"name", "desks", "adjacent"?}``; adjacency made symmetric."""
    raw = _list(value, path)
    names: dict[str, int] = {}
    desks: list[float] = []
    for i, item in enumerate(raw):
        obj = _object(item, f"{path}[{i}]")
        _check_keys(obj, f"{path}[{i}]", ("name", "desks", "adjacent"), ("name", "desks"))
        name = _string(obj["name"], f"{path}[{i}].name")
        if name in names:
            raise ProblemError(
                f"{path}[{i}].name", f"the name {name!r} is also used by {path}[{names[name]}]"
            )
        names[name] = i
        desks.append(_number(obj["desks"], f"{path}[{i}].desks", low=0.0))
    next_to: dict[str, set[str]] = {n: set() for n in names}
    for i, item in enumerate(raw):
        me = str(item["name"])
        for j, other in enumerate(_list(item.get("adjacent", []), f"{path}[{i}].adjacent")):
            where = f"{path}[{i}].adjacent[{j}]"
            if not isinstance(other, str) or other not in names:
                raise ProblemError(
                    where, f"unknown zone {json.dumps(other)}; zones are {', '.join(names)}"
                )
            if other == me:
                raise ProblemError(where, f"a zone cannot be adjacent to itself ({me})")
            next_to[me].add(other)
            next_to[other].add(me)
    order = list(names)
    return tuple(
        Zone(n, desks[i], tuple(sorted(next_to[n], key=order.index))) for i, n in enumerate(order)
    )


def _team_path(i: int, name: object) -> str:
    return f'teams[{i}] ("{name}")' if isinstance(name, str) else f"teams[{i}]"


def problem_from_json(data: object) -> Problem:
    """Validate JSON data and build the instance; raises ProblemError naming the bad path.

    Optional keys and their defaults: ``weekdays`` Mon–Fri, ``turnout`` 0.85,
    ``collaboration`` none, a team's ``fixed``/``forbidden`` none, a missing
    preference day 0.
    """
    root = _object(data, "(top level)")
    _check_keys(
        root, "", ("weekdays", "turnout", "sites", "teams", "collaboration"), ("sites", "teams")
    )
    weekdays_raw = root.get("weekdays", list(WORKWEEK))
    weekdays: list[str] = []
    for i, d in enumerate(_list(weekdays_raw, "weekdays")):
        if d not in WEEKDAYS:
            raise ProblemError(
                f"weekdays[{i}]", f"{json.dumps(d)} is not a weekday ({', '.join(WEEKDAYS)})"
            )
        if d in weekdays:
            raise ProblemError(f"weekdays[{i}]", f"{d} is listed twice")
        weekdays.append(d)
    if not weekdays:
        raise ProblemError("weekdays", "must name at least one weekday")
    days = tuple(weekdays)
    turnout = _number(
        root.get("turnout", DEFAULT_TURNOUT), "turnout", low=0.0, high=1.0, low_open=True
    )

    sites: dict[str, Site] = {}
    for name, raw in _object(root["sites"], "sites").items():
        path = f"sites.{name}"
        obj = _object(raw, path)
        _check_keys(obj, path, ("capacity", "desks", "ceiling", "baseline", "zones"), ("capacity",))
        cap_raw = obj["capacity"]
        if isinstance(cap_raw, Mapping):
            capacity = _day_map(cap_raw, f"{path}.capacity", days, low=0.0, default=None)
        else:
            c = _number(cap_raw, f"{path}.capacity", low=0.0)
            capacity = dict.fromkeys(days, c)
        desks = _number(obj["desks"], f"{path}.desks", low=0.0) if "desks" in obj else None
        ceiling = (
            _number(obj["ceiling"], f"{path}.ceiling", low=0.0, high=1.0, low_open=True)
            if "ceiling" in obj
            else None
        )
        baseline = (
            _day_map(obj["baseline"], f"{path}.baseline", days, low=0.0, default=0.0)
            if "baseline" in obj
            else None
        )
        zones = _zones(obj["zones"], f"{path}.zones") if "zones" in obj else ()
        sites[name] = Site(name, capacity, desks, ceiling, baseline, zones)
    if not sites:
        raise ProblemError("sites", "must hold at least one site")

    teams: list[Team] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(_list(root["teams"], "teams")):
        obj = _object(raw, f"teams[{i}]")
        path = _team_path(i, obj.get("name"))
        _check_keys(
            obj,
            path,
            ("name", "site", "size", "anchor_days", "preference", "fixed", "forbidden", "turnout"),
            ("name", "site", "size", "anchor_days"),
        )
        name = _string(obj["name"], f"{path}.name")
        if name in seen:
            raise ProblemError(
                f"{path}.name", f"the name {name!r} is also used by teams[{seen[name]}]"
            )
        seen[name] = i
        site = _string(obj["site"], f"{path}.site")
        if site not in sites:
            raise ProblemError(
                f"{path}.site", f"unknown site {site!r}; sites are {', '.join(sites)}"
            )
        size = _integer(obj["size"], f"{path}.size", low=1)
        k = _integer(obj["anchor_days"], f"{path}.anchor_days", low=1, high=len(days))
        pref = _day_map(
            obj.get("preference", {}), f"{path}.preference", days, low=None, default=0.0
        )
        fixed = _day_list(obj.get("fixed", []), f"{path}.fixed", days)
        forbidden = _day_list(obj.get("forbidden", []), f"{path}.forbidden", days)
        both = [d for d in fixed if d in forbidden]
        if both:
            raise ProblemError(f"{path}.fixed", f"{', '.join(both)} is both fixed and forbidden")
        if len(fixed) > k:
            raise ProblemError(
                f"{path}.fixed", f"{len(fixed)} fixed days but anchor_days is only {k}"
            )
        if len(days) - len(forbidden) < k:
            raise ProblemError(
                f"{path}.forbidden",
                f"leaves {len(days) - len(forbidden)} allowed day(s) for anchor_days {k}",
            )
        t_turnout = (
            _number(obj["turnout"], f"{path}.turnout", low=0.0, high=1.0, low_open=True)
            if "turnout" in obj
            else None
        )
        teams.append(Team(name, site, size, k, pref, fixed, forbidden, t_turnout))

    pairs: list[Pair] = []
    pair_seen: dict[frozenset[str], int] = {}
    for i, raw in enumerate(_list(root.get("collaboration", []), "collaboration")):
        path = f"collaboration[{i}]"
        obj = _object(raw, path)
        _check_keys(obj, path, ("teams", "weight"), ("teams", "weight"))
        names = _list(obj["teams"], f"{path}.teams")
        if len(names) != 2:
            raise ProblemError(f"{path}.teams", f"must name exactly two teams, got {len(names)}")
        for j, n in enumerate(names):
            if not isinstance(n, str) or n not in seen:
                raise ProblemError(f"{path}.teams[{j}]", f"unknown team {json.dumps(n)}")
        if names[0] == names[1]:
            raise ProblemError(
                f"{path}.teams", f"a team cannot collaborate with itself ({names[0]})"
            )
        key = frozenset(names)
        if key in pair_seen:
            raise ProblemError(f"{path}.teams", f"the same pair as collaboration[{pair_seen[key]}]")
        pair_seen[key] = i
        weight = _number(obj["weight"], f"{path}.weight")
        pairs.append(Pair((str(names[0]), str(names[1])), weight))

    return Problem(days, sites, tuple(teams), tuple(pairs), turnout)


#: An integer ``json.loads`` refuses to convert (``sys.get_int_max_str_digits``).
_LONG_NUMBER = re.compile(r"\d{4301,}")


def problem_from_text(text: str) -> Problem:
    """The instance in a JSON text; every error says at which line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProblemError(
            "", f"not valid JSON: {exc.msg}", line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise ProblemError("", "not a planning instance: the JSON is nested too deeply") from None
    except ValueError:  # Python refuses integers of more than 4,300 digits
        long = _LONG_NUMBER.search(text)
        line, column = line_and_column(text, long.start()) if long else (None, None)
        raise ProblemError(
            "", "not a planning instance: a number too long to read", line=line, column=column
        ) from None
    try:
        return problem_from_json(data)
    except ProblemError as exc:
        at = locate(text, data, exc.path, at_key=exc.at_key)
        if at is None:
            raise
        raise ProblemError(
            exc.path, exc.detail, line=at[0], column=at[1], at_key=exc.at_key
        ) from None


def load_problem(path: Path | str) -> Problem:
    """Read an instance file; errors are ProblemError with the file name in front."""
    path = Path(path)
    try:
        # utf-8-sig: Windows editors often write a byte order mark, which is no error.
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ProblemError("", f"cannot be read ({exc.strerror or exc})", file=path) from None
    except UnicodeDecodeError:
        raise ProblemError("", "not a UTF-8 text file", file=path) from None
    try:
        return problem_from_text(text)
    except ProblemError as exc:
        raise ProblemError(
            exc.path, exc.detail, file=path, line=exc.line, column=exc.column, at_key=exc.at_key
        ) from None


def dump_problem(problem: Problem, path: Path | str) -> None:
    Path(path).write_text(problem.dumps() + "\n", encoding="utf-8")
