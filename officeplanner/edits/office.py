"""Edits of the office's structure: sites → floors → zones → desks, and site calendars.

Every public function that changes the file is one ``doc.write()`` transaction and
returns what its undo needs: the new id (so a redo can re-create the row with the same
id, which later commands on the undo stack refer to), the old value, or a
:class:`Removal`. Validation happens here, not in the GUI, so a script or the CLI gets
the same rules and the same messages.
"""

from __future__ import annotations

import re
import sqlite3
import zoneinfo
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

import holidays

from officeplanner.domain import DEFAULT_HOLIDAY_COUNTRY, DEFAULT_TIMEZONE, WEEKDAYS
from officeplanner.edits.removal import (
    EditError,
    Removal,
    Step,
    clean_name,
    count_rows,
    insert_row,
    remove,
)
from officeplanner.store import OfficeFile
from officeplanner.store.entities import DeskFeatures
from officeplanner.wording import Wording, translate


class Level(StrEnum):
    """A level of the office tree; the value is its table."""

    SITE = "sites"
    FLOOR = "floors"
    ZONE = "zones"
    DESK = "desks"

    @property
    def label(self) -> str:
        return {"sites": "site", "floors": "floor", "zones": "zone", "desks": "desk"}[self.value]

    @property
    def gone(self) -> Wording:
        """“That floor no longer exists.” — a whole sentence per level, for translation."""
        return {
            "sites": translate("EditMessage", "That site no longer exists."),
            "floors": translate("EditMessage", "That floor no longer exists."),
            "zones": translate("EditMessage", "That zone no longer exists."),
            "desks": translate("EditMessage", "That desk no longer exists."),
        }[self.value]

    @property
    def child(self) -> Level | None:
        order = list(Level)
        i = order.index(self)
        return order[i + 1] if i + 1 < len(order) else None

    @property
    def parent_column(self) -> str | None:
        return {"sites": None, "floors": "site_id", "zones": "floor_id", "desks": "zone_id"}[
            self.value
        ]


@dataclass(frozen=True)
class SiteCalendarSettings:
    """What decides a site's open days, as the site properties dialog edits it."""

    timezone: str = DEFAULT_TIMEZONE
    holiday_country: str = DEFAULT_HOLIDAY_COUNTRY
    holiday_subdivision: str | None = None
    weekdays: str = "Mon,Tue,Wed,Thu,Fri"


@dataclass(frozen=True)
class Closure:
    id: int
    site_id: int
    date: str
    reason: str


# -- validation --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def timezones() -> tuple[str, ...]:
    """Every IANA timezone name zoneinfo knows, sorted (for the GUI's completer)."""
    return tuple(sorted(zoneinfo.available_timezones()))


def check_timezone(name: str) -> str:
    name = name.strip()
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise EditError(
            translate(
                "EditMessage",
                "“{name}” is not an IANA timezone (for example Europe/Oslo or America/New_York).",
            ).fill(name=name)
        ) from None
    return name


@lru_cache(maxsize=1)
def holiday_countries() -> dict[str, str]:
    """``{code: English name}`` of every country the holidays package has a calendar for."""
    names: dict[str, str] = {}
    registry = getattr(getattr(holidays, "registry", None), "COUNTRIES", {})
    for entry in registry.values():
        class_name, code = str(entry[0]), str(entry[1])
        names[code] = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name)
    for code in holidays.list_supported_countries(include_aliases=False):
        names.setdefault(code, code)
    return dict(sorted(names.items(), key=lambda item: item[1]))


@lru_cache(maxsize=64)
def holiday_subdivisions(country: str) -> dict[str, str]:
    """``{code: name}`` of the subdivisions (states, regions...) of ``country``."""
    codes = holidays.list_supported_countries(include_aliases=False).get(country, [])
    names: dict[str, str] = {}
    try:
        aliases = holidays.country_holidays(country).subdivisions_aliases
    except NotImplementedError:
        aliases = {}
    for name, code in aliases.items():
        names.setdefault(code, name)
    return {code: names.get(code, code) for code in codes}


def check_holiday_calendar(country: str, subdivision: str | None) -> tuple[str, str | None]:
    country = country.strip().upper()
    subdivision = (subdivision or "").strip() or None
    supported = holidays.list_supported_countries(include_aliases=False)
    if country not in supported:
        raise EditError(
            translate(
                "EditMessage", "“{country}” is not a country the holiday calendar knows."
            ).fill(country=country)
        )
    if subdivision is not None and subdivision not in supported[country]:
        known = ", ".join(supported[country][:12]) + ("…" if len(supported[country]) > 12 else "")
        raise EditError(
            translate(
                "EditMessage", "“{subdivision}” is not a subdivision of {country}; known: {known}"
            ).fill(subdivision=subdivision, country=country, known=known)
        )
    return country, subdivision


def check_weekdays(text: str) -> str:
    parts = [p.strip()[:3].capitalize() for p in text.split(",") if p.strip()]
    unknown = [p for p in parts if p not in WEEKDAYS]
    if unknown or not parts:
        raise EditError(
            translate("EditMessage", "Open weekdays are written like “Mon,Tue,Wed,Thu,Fri”.")
        )
    return ",".join(d for d in WEEKDAYS if d in parts)


def check_site_calendar(settings: SiteCalendarSettings) -> SiteCalendarSettings:
    """The settings cleaned up, or EditError saying what is wrong."""
    country, subdivision = check_holiday_calendar(
        settings.holiday_country, settings.holiday_subdivision
    )
    return SiteCalendarSettings(
        timezone=check_timezone(settings.timezone),
        holiday_country=country,
        holiday_subdivision=subdivision,
        weekdays=check_weekdays(settings.weekdays),
    )


def _check_unique(
    conn: sqlite3.Connection, level: Level, name: str, parent_id: int | None, own_id: int | None
) -> None:
    """Names are unique per parent (desks: in the whole file, as bookings name them)."""
    column = level.parent_column
    if column is None or level is Level.DESK:
        row = conn.execute(
            f"SELECT id FROM {level.value} WHERE name = ? AND id IS NOT ?", (name, own_id)
        ).fetchone()
    else:
        row = conn.execute(
            f"SELECT id FROM {level.value} WHERE name = ? AND {column} = ? AND id IS NOT ?",
            (name, parent_id, own_id),
        ).fetchone()
    if row is not None:
        taken = {
            "sites": translate("EditMessage", "There is already a site called “{name}”."),
            "floors": translate(
                "EditMessage", "There is already a floor called “{name}” in this site."
            ),
            "zones": translate(
                "EditMessage", "There is already a zone called “{name}” in this floor."
            ),
            "desks": translate(
                "EditMessage", "There is already a desk called “{name}” in this office."
            ),
        }[level.value]
        raise EditError(taken.fill(name=name))


def _parent_of(conn: sqlite3.Connection, level: Level, row_id: int) -> int | None:
    column = level.parent_column
    if column is None:
        return None
    row = conn.execute(f"SELECT {column} FROM {level.value} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        raise EditError(level.gone)
    return int(row[0])


# -- adding ------------------------------------------------------------------------------------


def add_site(
    doc: OfficeFile,
    name: str,
    calendar: SiteCalendarSettings | None = None,
    *,
    site_id: int | None = None,
) -> int:
    """Add a site; ``site_id`` re-creates it with the id it had (redo)."""
    name = clean_name(name, "site")
    cal = check_site_calendar(calendar or SiteCalendarSettings())
    with doc.write() as conn:
        _check_unique(conn, Level.SITE, name, None, None)
        values: dict[str, object] = {"id": site_id} if site_id is not None else {}
        values |= {
            "name": name,
            "timezone": cal.timezone,
            "holiday_country": cal.holiday_country,
            "holiday_subdivision": cal.holiday_subdivision,
            "weekdays": cal.weekdays,
        }
        return insert_row(conn, "sites", values)


def add_child(
    doc: OfficeFile,
    level: Level,
    parent_id: int,
    name: str,
    *,
    features: DeskFeatures | None = None,
    row_id: int | None = None,
) -> int:
    """Add a floor to a site, a zone to a floor or a desk to a zone; returns its id."""
    column = level.parent_column
    if column is None:
        raise ValueError("sites have no parent; use add_site")
    name = clean_name(name, level.label)
    with doc.write() as conn:
        parent_level = list(Level)[list(Level).index(level) - 1]
        if (
            conn.execute(
                f"SELECT 1 FROM {parent_level.value} WHERE id = ?", (parent_id,)
            ).fetchone()
            is None
        ):
            raise EditError(parent_level.gone)
        _check_unique(conn, level, name, parent_id, None)
        values: dict[str, object] = {"id": row_id} if row_id is not None else {}
        values |= {column: parent_id, "name": name}
        if level is Level.DESK:
            f = features or DeskFeatures()
            values |= {
                "bookable": int(f.bookable),
                "monitor": int(f.monitor),
                "standing": int(f.standing),
                "accessible": int(f.accessible),
            }
        return insert_row(conn, level.value, values)


def suggest_name(doc: OfficeFile, level: Level, parent_id: int | None) -> str:
    """A free default name for a new item ("Floor 3", "Desk 12"), so adding is one click."""
    base = level.label.capitalize()
    column = level.parent_column
    n = 1
    while True:
        name = f"{base} {n}"
        if column is None or level is Level.DESK:
            taken = doc.scalar(f"SELECT 1 FROM {level.value} WHERE name = ?", (name,))
        else:
            taken = doc.scalar(
                f"SELECT 1 FROM {level.value} WHERE name = ? AND {column} = ?", (name, parent_id)
            )
        if taken is None:
            return name
        n += 1


# -- changing ----------------------------------------------------------------------------------


def rename(doc: OfficeFile, level: Level, row_id: int, new_name: str) -> str:
    """Rename a site, floor, zone or desk; returns the old name."""
    new_name = clean_name(new_name, level.label)
    with doc.write() as conn:
        row = conn.execute(f"SELECT name FROM {level.value} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise EditError(level.gone)
        _check_unique(conn, level, new_name, _parent_of(conn, level, row_id), row_id)
        conn.execute(f"UPDATE {level.value} SET name = ? WHERE id = ?", (new_name, row_id))
        return str(row[0])


def move_desks(doc: OfficeFile, desk_ids: list[int], zone_id: int) -> dict[int, int]:
    """Move desks to another zone (their bookings go with them); returns ``{desk: old zone}``."""
    with doc.write() as conn:
        if conn.execute("SELECT 1 FROM zones WHERE id = ?", (zone_id,)).fetchone() is None:
            raise EditError(Level.ZONE.gone)
        old: dict[int, int] = {}
        for desk_id in desk_ids:
            row = conn.execute("SELECT zone_id FROM desks WHERE id = ?", (desk_id,)).fetchone()
            if row is None:
                raise EditError(translate("EditMessage", "A desk to move no longer exists."))
            old[desk_id] = int(row[0])
            conn.execute("UPDATE desks SET zone_id = ? WHERE id = ?", (zone_id, desk_id))
        return old


def restore_desk_zones(doc: OfficeFile, zones: dict[int, int]) -> None:
    """Undo of :func:`move_desks`: put each desk back in its own old zone."""
    with doc.write() as conn:
        for desk_id, zone_id in zones.items():
            conn.execute("UPDATE desks SET zone_id = ? WHERE id = ?", (zone_id, desk_id))


def desk_features(doc: OfficeFile, desk_id: int) -> DeskFeatures:
    row = doc.conn.execute(
        "SELECT bookable, monitor, standing, accessible FROM desks WHERE id = ?", (desk_id,)
    ).fetchone()
    if row is None:
        raise EditError(Level.DESK.gone)
    return DeskFeatures(*(bool(v) for v in row))


def set_desk_features(doc: OfficeFile, desk_id: int, features: DeskFeatures) -> DeskFeatures:
    """Set a desk's features and bookable flag; returns the old ones."""
    with doc.write() as conn:
        old = desk_features(doc, desk_id)
        conn.execute(
            "UPDATE desks SET bookable = ?, monitor = ?, standing = ?, accessible = ? WHERE id = ?",
            (
                int(features.bookable),
                int(features.monitor),
                int(features.standing),
                int(features.accessible),
                desk_id,
            ),
        )
        return old


def site_calendar(doc: OfficeFile, site_id: int) -> SiteCalendarSettings:
    row = doc.conn.execute(
        "SELECT timezone, holiday_country, holiday_subdivision, weekdays FROM sites WHERE id = ?",
        (site_id,),
    ).fetchone()
    if row is None:
        raise EditError(Level.SITE.gone)
    return SiteCalendarSettings(str(row[0]), str(row[1]), row[2] or None, str(row[3]))


def set_site_calendar(
    doc: OfficeFile, site_id: int, calendar: SiteCalendarSettings
) -> SiteCalendarSettings:
    """Set a site's timezone, holiday calendar and open weekdays; returns the old ones."""
    cal = check_site_calendar(calendar)
    with doc.write() as conn:
        old = site_calendar(doc, site_id)
        conn.execute(
            "UPDATE sites SET timezone = ?, holiday_country = ?, holiday_subdivision = ?, "
            "weekdays = ? WHERE id = ?",
            (cal.timezone, cal.holiday_country, cal.holiday_subdivision, cal.weekdays, site_id),
        )
        return old


# -- closures ----------------------------------------------------------------------------------


def closures(doc: OfficeFile, site_id: int) -> list[Closure]:
    return [
        Closure(int(r[0]), int(r[1]), str(r[2]), str(r[3]))
        for r in doc.conn.execute(
            "SELECT id, site_id, date, reason FROM closures WHERE site_id = ? ORDER BY date",
            (site_id,),
        )
    ]


def add_closure(
    doc: OfficeFile, site_id: int, day: date, reason: str = "", *, closure_id: int | None = None
) -> int:
    """Mark ``day`` as a day the site is shut; returns the closure's id."""
    with doc.write() as conn:
        taken = conn.execute(
            "SELECT 1 FROM closures WHERE site_id = ? AND date = ?", (site_id, day.isoformat())
        ).fetchone()
        if taken is not None:
            raise EditError(
                translate("EditMessage", "The site is already closed on {day}.").fill(
                    day=day.isoformat()
                )
            )
        values: dict[str, object] = {"id": closure_id} if closure_id is not None else {}
        values |= {"site_id": site_id, "date": day.isoformat(), "reason": reason.strip()}
        return insert_row(conn, "closures", values)


def remove_closure(doc: OfficeFile, closure_id: int) -> Removal:
    with doc.write() as conn:
        return remove(conn, [("closures", "id = ?", (closure_id,))])


# -- deleting ----------------------------------------------------------------------------------

_DESKS_OF_ZONES = "SELECT id FROM desks WHERE zone_id IN ({zones})"
_ZONES_OF_FLOORS = "SELECT id FROM zones WHERE floor_id IN ({floors})"
_FLOORS_OF_SITE = "SELECT id FROM floors WHERE site_id = ?"


def _removal_steps(level: Level, row_id: int) -> list[Step]:
    """What deleting one item takes with it, children before parents."""
    p = (row_id,)
    if level is Level.DESK:
        return [("bookings", "desk_id = ?", p), ("desks", "id = ?", p)]
    if level is Level.ZONE:
        desks = _DESKS_OF_ZONES.format(zones="?")
        return [
            ("bookings", f"desk_id IN ({desks})", p),
            ("desks", "zone_id = ?", p),
            ("zones", "id = ?", p),
        ]
    if level is Level.FLOOR:
        zones = "SELECT id FROM zones WHERE floor_id = ?"
        desks = _DESKS_OF_ZONES.format(zones=zones)
        return [
            ("bookings", f"desk_id IN ({desks})", p),
            ("desks", f"zone_id IN ({zones})", p),
            ("zones", "floor_id = ?", p),
            ("floors", "id = ?", p),
        ]
    zones = _ZONES_OF_FLOORS.format(floors=_FLOORS_OF_SITE)
    desks = _DESKS_OF_ZONES.format(zones=zones)
    return [
        ("bookings", f"desk_id IN ({desks})", p),
        ("attendance", "site_id = ?", p),
        ("closures", "site_id = ?", p),
        ("desks", f"zone_id IN ({zones})", p),
        ("zones", f"floor_id IN ({_FLOORS_OF_SITE})", p),
        ("floors", "site_id = ?", p),
        ("sites", "id = ?", p),
    ]


def deletion_impact(doc: OfficeFile, level: Level, row_id: int) -> dict[str, int]:
    """How many rows of each table deleting this item would remove (for the confirmation)."""
    return count_rows(doc, _removal_steps(level, row_id))


def describe_impact(level: Level, name: str, impact: dict[str, int]) -> str:
    """“Delete zone “North”, its 12 desks and 3,402 bookings?” — the confirmation text."""
    parts = []
    for table, label in (
        ("floors", "floor"),
        ("zones", "zone"),
        ("desks", "desk"),
        ("bookings", "booking"),
        ("attendance", "attendance record"),
        ("closures", "closure day"),
    ):
        n = impact.get(table, 0)
        if table == level.value or n == 0:
            continue
        parts.append(f"{n:,} {label}{'' if n == 1 else 's'}")
    what = f"{level.label} “{name}”"
    if not parts:
        return f"Delete {what}? Nothing else goes with it."
    tail = parts[-1] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"Delete {what} with its {tail}?"


def delete(doc: OfficeFile, level: Level, row_id: int) -> Removal:
    """Delete a site, floor, zone or desk with everything under it, in one transaction.

    Teams whose home site goes keep existing, with no home site (undo sets it back).
    """
    with doc.write() as conn:
        if conn.execute(f"SELECT 1 FROM {level.value} WHERE id = ?", (row_id,)).fetchone() is None:
            raise EditError(level.gone)
        nullify = [("teams", "site_id", "site_id = ?", (row_id,))] if level is Level.SITE else []
        return remove(conn, _removal_steps(level, row_id), nullify)
