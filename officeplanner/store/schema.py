"""The office file's schema, built and migrated with sqlite-utils.

``MIGRATIONS[n]`` takes a file from schema version ``n`` to ``n + 1``. Each runs
inside the caller's transaction (see :func:`officeplanner.store.document.migrate`),
so a failure leaves the file at the old version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # imported where a migration runs: sqlite-utils loads pandas when present
    from sqlite_utils import Database

#: Marks the file as ours in the SQLite header ("OPLN").
APPLICATION_ID: Final = 0x4F504C4E


def _v0_to_v1(db: Database) -> None:
    db.create_table(
        "sites",
        {
            "id": int,
            "name": str,
            "timezone": str,
            "holiday_country": str,
            "holiday_subdivision": str,
            "weekdays": str,
        },
        pk="id",
        not_null={"name", "timezone", "holiday_country", "weekdays"},
        defaults={
            "timezone": "Europe/Oslo",
            "holiday_country": "NO",
            "weekdays": "Mon,Tue,Wed,Thu,Fri",
        },
    )
    db.table("sites").create_index(["name"], unique=True)
    db.create_table(
        "floors",
        {"id": int, "site_id": int, "name": str},
        pk="id",
        not_null={"site_id", "name"},
        foreign_keys=[("site_id", "sites", "id")],
    )
    db.table("floors").create_index(["site_id", "name"], unique=True)
    db.create_table(
        "zones",
        {"id": int, "floor_id": int, "name": str},
        pk="id",
        not_null={"floor_id", "name"},
        foreign_keys=[("floor_id", "floors", "id")],
    )
    db.table("zones").create_index(["floor_id", "name"], unique=True)
    db.create_table(
        "desks",
        {
            "id": int,
            "zone_id": int,
            "name": str,
            "bookable": int,
            "monitor": int,
            "standing": int,
            "accessible": int,
        },
        pk="id",
        not_null={"zone_id", "name", "bookable", "monitor", "standing", "accessible"},
        defaults={"bookable": 1, "monitor": 0, "standing": 0, "accessible": 0},
        foreign_keys=[("zone_id", "zones", "id")],
    )
    db.table("desks").create_index(["name"], unique=True)
    db.table("desks").create_index(["zone_id"])
    # site_id: the team's home site, where its anchor days are planned (NULL = not yet known).
    db.create_table(
        "teams",
        {"id": int, "name": str, "site_id": int},
        pk="id",
        not_null={"name"},
        foreign_keys=[("site_id", "sites", "id")],
    )
    db.table("teams").create_index(["name"], unique=True)
    db.create_table(
        "people",
        {"id": int, "name": str, "team_id": int, "email": str},
        pk="id",
        not_null={"name"},
        foreign_keys=[("team_id", "teams", "id")],
    )
    db.table("people").create_index(["name"], unique=True)
    db.table("people").create_index(["team_id"])
    db.create_table(
        "imports",
        {
            "id": int,
            "kind": str,
            "source": str,
            "imported_at": str,
            "rows_written": int,
            "rows_skipped": int,
        },
        pk="id",
        not_null={"kind", "source", "imported_at"},
    )
    # start_time/end_time are '' when the booking is for the whole day, so that the
    # natural key (date, desk, person, start) can be a plain UNIQUE index and upserts work.
    db.execute(
        """
        CREATE TABLE bookings (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            desk_id INTEGER NOT NULL REFERENCES desks(id),
            person_id INTEGER NOT NULL REFERENCES people(id),
            status TEXT NOT NULL
                CHECK (status IN ('booked', 'checked_in', 'no_show', 'cancelled')),
            start_time TEXT NOT NULL DEFAULT '',
            end_time TEXT NOT NULL DEFAULT '',
            checked_in_at TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual',
            import_id INTEGER REFERENCES imports(id)
        )
        """
    )
    db.table("bookings").create_index(
        ["desk_id", "date", "person_id", "start_time"],
        index_name="bookings_natural_key",
        unique=True,
    )
    db.table("bookings").create_index(["date"], index_name="bookings_date")
    db.table("bookings").create_index(["person_id", "date"], index_name="bookings_person_date")
    db.execute(
        """
        CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            site_id INTEGER NOT NULL REFERENCES sites(id),
            person_id INTEGER REFERENCES people(id),
            count INTEGER CHECK (count IS NULL OR count >= 0),
            source TEXT NOT NULL DEFAULT 'manual',
            import_id INTEGER REFERENCES imports(id),
            CHECK ((person_id IS NULL) <> (count IS NULL))
        )
        """
    )
    db.execute(
        "CREATE UNIQUE INDEX attendance_person_key ON attendance(date, site_id, person_id) "
        "WHERE person_id IS NOT NULL"
    )
    db.execute(
        "CREATE UNIQUE INDEX attendance_count_key ON attendance(date, site_id) "
        "WHERE person_id IS NULL"
    )
    db.execute(
        """
        CREATE TABLE closures (
            id INTEGER PRIMARY KEY,
            site_id INTEGER NOT NULL REFERENCES sites(id),
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            reason TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.table("closures").create_index(["site_id", "date"], unique=True)
    db.create_table("settings", {"key": str, "value": str}, pk="key", not_null={"value"})
    # Hybrid policy: one row with team_id NULL for the organisation, overrides per team.
    db.create_table(
        "policies",
        {
            "id": int,
            "team_id": int,
            "office_days": int,
            "anchor_days": int,
            "allowed_weekdays": str,
            "fixed_weekdays": str,
            "forbidden_weekdays": str,
            "capacity_ceiling": float,
            "turnout": float,
        },
        pk="id",
        foreign_keys=[("team_id", "teams", "id")],
    )
    db.table("policies").create_index(["team_id"], unique=True)
    db.create_table(
        "plans",
        {
            "id": int,
            "name": str,
            "created_at": str,
            "valid_from": str,
            "valid_to": str,
            "status": str,
            "objective": float,
            "bound": float,
            "problem_json": str,
        },
        pk="id",
        not_null={"name", "created_at"},
    )
    db.table("plans").create_index(["name"], unique=True)
    # Hand-entered planner inputs; the data-derived values are computed, not stored.
    db.create_table(
        "team_preferences",
        {"team_id": int, "weekday": str, "preference": float},
        pk=("team_id", "weekday"),
        not_null={"team_id", "weekday", "preference"},
        foreign_keys=[("team_id", "teams", "id")],
    )
    db.create_table(
        "team_pairs",
        {"team_a": int, "team_b": int, "weight": float},
        pk=("team_a", "team_b"),
        not_null={"team_a", "team_b", "weight"},
        foreign_keys=[("team_a", "teams", "id"), ("team_b", "teams", "id")],
    )
    # What was last exported to calendars, so a re-export keeps UIDs and bumps SEQUENCE
    # only for teams whose days changed.
    db.create_table(
        "calendar_exports",
        {"plan_id": int, "team_id": int, "days": str, "sequence": int, "exported_at": str},
        pk=("plan_id", "team_id"),
        not_null={"plan_id", "team_id", "days", "sequence", "exported_at"},
        foreign_keys=[("plan_id", "plans", "id"), ("team_id", "teams", "id")],
    )
    db.create_table(
        "plan_days",
        {"plan_id": int, "team_id": int, "weekday": str},
        pk=("plan_id", "team_id", "weekday"),
        not_null={"plan_id", "team_id", "weekday"},
        foreign_keys=[("plan_id", "plans", "id"), ("team_id", "teams", "id")],
    )


def _v1_to_v2(db: Database) -> None:
    """Plans keep where each team sits when teams are seated by zone.

    A JSON object ``{team: [zone, ...]}`` (one zone, or two adjacent ones) with the
    names of the plan's own instance (``problem_json``), NULL for a plan that seats
    nobody: the seating belongs to the instance it was solved for, like the zones'
    names, so it is kept beside it rather than in a table keyed by today's zones.
    """
    db.table("plans").add_column("seating_json", str)


MIGRATIONS: Final[dict[int, Callable[[Database], None]]] = {0: _v0_to_v1, 1: _v1_to_v2}

#: The schema version this program writes.
SCHEMA_VERSION: Final = max(MIGRATIONS) + 1

#: Tables that hold the user's data, in an order that respects foreign keys.
DATA_TABLES: Final = (
    "sites",
    "floors",
    "zones",
    "desks",
    "teams",
    "people",
    "imports",
    "bookings",
    "attendance",
    "closures",
    "settings",
    "policies",
    "team_preferences",
    "team_pairs",
    "plans",
    "plan_days",
    "calendar_exports",
)
