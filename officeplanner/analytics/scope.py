"""What a report is about: a period and a scope (organisation, site, floor, zone, team).

Scopes are held as ids, not names, because floor and zone names repeat across
sites; :func:`resolve_scope` turns the names a user typed (CLI) into ids, and
:func:`scope_choices` lists what the dashboard's filter boxes may offer.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from officeplanner.store import OfficeFile
from officeplanner.wording import translate


class ScopeError(ValueError):
    """A period or scope that does not exist in the file; the message says which part."""


@dataclass(frozen=True)
class Period:
    """Calendar dates ``start`` .. ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ScopeError(
                translate(
                    "AnalyticsMessage", "the period starts ({start}) after it ends ({end})"
                ).fill(start=self.start, end=self.end)
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @classmethod
    def parse(cls, start: str, end: str) -> Period:
        """A period from two ISO dates, with a message naming the bad one."""
        return cls(_parse_date(start, "start"), _parse_date(end, "end"))


def _parse_date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        if what == "start":
            message = translate(
                "AnalyticsMessage", "the start date {text} is not a date (use YYYY-MM-DD)"
            )
        else:
            message = translate(
                "AnalyticsMessage", "the end date {text} is not a date (use YYYY-MM-DD)"
            )
        raise ScopeError(message.fill(text=repr(text))) from None


@dataclass(frozen=True)
class Scope:
    """Which desks and whose activity a report counts.

    The location part (site, floor, zone; the narrowest given wins) picks the
    desks, and with them the bookable-desk denominator. ``team_id`` picks whose
    bookings and presence are counted; it does not change the desks, so a team
    scope answers "how much of this space does this team use".
    """

    site_id: int | None = None
    floor_id: int | None = None
    zone_id: int | None = None
    team_id: int | None = None

    @property
    def has_location(self) -> bool:
        return self.site_id is not None or self.floor_id is not None or self.zone_id is not None

    @property
    def below_site(self) -> bool:
        """Floor or zone scopes: badge attendance (per site) cannot be placed inside them."""
        return self.floor_id is not None or self.zone_id is not None


ORGANISATION = Scope()


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    parent_id: int | None  # site of a floor, floor of a zone, home site of a team


@dataclass(frozen=True)
class ScopeChoices:
    """Everything the dashboard's filters can offer, in display order."""

    sites: tuple[Choice, ...]
    floors: tuple[Choice, ...]
    zones: tuple[Choice, ...]
    teams: tuple[Choice, ...]


def _conn(source: OfficeFile | sqlite3.Connection) -> sqlite3.Connection:
    return source.conn if isinstance(source, OfficeFile) else source


def scope_choices(source: OfficeFile | sqlite3.Connection) -> ScopeChoices:
    conn = _conn(source)

    def rows(sql: str) -> tuple[Choice, ...]:
        return tuple(
            Choice(int(i), str(n), None if p is None else int(p)) for i, n, p in conn.execute(sql)
        )

    return ScopeChoices(
        sites=rows("SELECT id, name, NULL FROM sites ORDER BY name"),
        floors=rows("SELECT id, name, site_id FROM floors ORDER BY site_id, name"),
        zones=rows("SELECT id, name, floor_id FROM zones ORDER BY floor_id, name"),
        teams=rows("SELECT id, name, site_id FROM teams ORDER BY name"),
    )


def resolve_scope(
    source: OfficeFile | sqlite3.Connection,
    *,
    site: str | None = None,
    floor: str | None = None,
    zone: str | None = None,
    team: str | None = None,
) -> Scope:
    """A scope from names; a floor needs its site, a zone its floor. Unknown names raise."""
    conn = _conn(source)

    def one(sql: str, args: tuple[object, ...], missing: str) -> int:
        row = conn.execute(sql, args).fetchone()
        if row is None:
            raise ScopeError(missing)
        return int(row[0])

    site_id = floor_id = zone_id = team_id = None
    if site is not None:
        site_id = one(
            "SELECT id FROM sites WHERE name = ?",
            (site,),
            translate("AnalyticsMessage", "no site named {site} in this file").fill(
                site=repr(site)
            ),
        )
    if floor is not None:
        if site_id is None:
            raise ScopeError(
                translate(
                    "AnalyticsMessage", "a floor needs its site (floor names repeat across sites)"
                )
            )
        floor_id = one(
            "SELECT id FROM floors WHERE site_id = ? AND name = ?",
            (site_id, floor),
            translate("AnalyticsMessage", "no floor {floor} at site {site} in this file").fill(
                floor=repr(floor), site=repr(site)
            ),
        )
    if zone is not None:
        if floor_id is None:
            raise ScopeError(translate("AnalyticsMessage", "a zone needs its site and floor"))
        zone_id = one(
            "SELECT id FROM zones WHERE floor_id = ? AND name = ?",
            (floor_id, zone),
            translate("AnalyticsMessage", "no zone {zone} on floor {floor} in this file").fill(
                zone=repr(zone), floor=repr(floor)
            ),
        )
    if team is not None:
        team_id = one(
            "SELECT id FROM teams WHERE name = ?",
            (team,),
            translate("AnalyticsMessage", "no team named {team} in this file").fill(
                team=repr(team)
            ),
        )
    return Scope(site_id=site_id, floor_id=floor_id, zone_id=zone_id, team_id=team_id)


def scope_label(source: OfficeFile | sqlite3.Connection, scope: Scope) -> str:
    """``"Oslo / 2 / North · team Finance"``, or ``"Organisation"``."""
    conn = _conn(source)
    parts: list[str] = []
    if scope.zone_id is not None:
        row = conn.execute(
            "SELECT s.name, f.name, z.name FROM zones z JOIN floors f ON f.id = z.floor_id "
            "JOIN sites s ON s.id = f.site_id WHERE z.id = ?",
            (scope.zone_id,),
        ).fetchone()
        parts.append(" / ".join(str(x) for x in row) if row else f"zone {scope.zone_id}")
    elif scope.floor_id is not None:
        row = conn.execute(
            "SELECT s.name, f.name FROM floors f JOIN sites s ON s.id = f.site_id WHERE f.id = ?",
            (scope.floor_id,),
        ).fetchone()
        parts.append(" / ".join(str(x) for x in row) if row else f"floor {scope.floor_id}")
    elif scope.site_id is not None:
        name = conn.execute("SELECT name FROM sites WHERE id = ?", (scope.site_id,)).fetchone()
        parts.append(str(name[0]) if name else f"site {scope.site_id}")
    else:
        parts.append("Organisation")
    if scope.team_id is not None:
        name = conn.execute("SELECT name FROM teams WHERE id = ?", (scope.team_id,)).fetchone()
        parts.append(f"team {name[0] if name else scope.team_id}")
    return " · ".join(parts)
