"""Names in a file to row ids in the office file, creating them when asked.

The dictionaries hold one entry per desk, person, team or site of the office,
so they are bounded by the size of the organisation, never by the size of the
file being imported. Creation goes through :mod:`officeplanner.store.entities`
so a desk created by an import is the same as one created anywhere else.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Final

from officeplanner.exports.cells import restore
from officeplanner.store.entities import ensure_floor, ensure_site, ensure_zone, name_to_id

#: Where ``--create-missing`` puts a desk that a bookings file names but no desks file
#: placed; the user can move it later.
UNPLACED_SITE: Final = "Unplaced desks"
UNPLACED_FLOOR: Final = "Unplaced"
UNPLACED_ZONE: Final = "Unplaced"


def clean_name(cell: str) -> str:
    """A name as stored: the exporter's formula quoting undone, outer spaces dropped."""
    return restore(cell).strip()


class Names:
    """``name -> id`` for one table; ``create`` (when given) makes a missing one."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        table: str,
        create: Callable[[str], int] | None,
    ) -> None:
        self.ids = name_to_id(conn, table)
        self.create = create
        self.created = 0

    def get(self, cell: str) -> int | None:
        """The id for ``cell`` (None when unknown and not to be created)."""
        found = self.ids.get(cell)
        if found is not None:
            return found
        name = clean_name(cell)
        found = self.ids.get(name)
        if found is None:
            if self.create is None or not name:
                return None
            found = self.create(name)
            self.created += 1
            self.ids[name] = found
        self.ids[cell] = found
        return found


class Places:
    """(site, floor, zone) names -> zone id, creating the three as needed (desks files)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.zones: dict[tuple[str, str, str], int] = {}

    def zone(self, site: str, floor: str, zone: str) -> int:
        key = (site, floor, zone)
        found = self.zones.get(key)
        if found is None:
            site_id = ensure_site(self.conn, site)
            found = ensure_zone(self.conn, ensure_floor(self.conn, site_id, floor), zone)
            self.zones[key] = found
        return found
