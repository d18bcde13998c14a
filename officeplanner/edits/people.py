"""Edits of people and teams, each one transaction returning what its undo needs.

People are named in bookings and imports by their name, so names stay unique; email is
optional (privacy by default: the file needs no more than a name and a team).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from officeplanner.edits.removal import EditError, Removal, clean_name, insert_row, remove
from officeplanner.store import OfficeFile
from officeplanner.wording import translate

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Person:
    """A person as the person dialog edits it (``id`` is None for a new person)."""

    id: int | None
    name: str
    team_id: int | None = None
    email: str | None = None


def check_email(email: str | None) -> str | None:
    email = (email or "").strip() or None
    if email is not None and not _EMAIL.match(email):
        raise EditError(
            translate("EditMessage", "“{email}” does not look like an email address.").fill(
                email=email
            )
        )
    return email


def _check_person(doc: OfficeFile, person: Person) -> Person:
    name = clean_name(person.name, "person")
    taken = doc.scalar("SELECT 1 FROM people WHERE name = ? AND id IS NOT ?", (name, person.id))
    if taken is not None:
        raise EditError(
            translate("EditMessage", "There is already a person called “{name}”.").fill(name=name)
        )
    if (
        person.team_id is not None
        and doc.scalar("SELECT 1 FROM teams WHERE id = ?", (person.team_id,)) is None
    ):
        raise EditError(translate("EditMessage", "That team no longer exists."))
    return Person(person.id, name, person.team_id, check_email(person.email))


def get_person(doc: OfficeFile, person_id: int) -> Person:
    row = doc.conn.execute(
        "SELECT id, name, team_id, email FROM people WHERE id = ?", (person_id,)
    ).fetchone()
    if row is None:
        raise EditError(translate("EditMessage", "That person no longer exists."))
    return Person(int(row[0]), str(row[1]), row[2], row[3])


def add_person(doc: OfficeFile, person: Person) -> int:
    """Add a person (with ``person.id`` when redoing); returns the id."""
    with doc.write() as conn:
        checked = _check_person(doc, person)
        values: dict[str, object] = {"id": person.id} if person.id is not None else {}
        values |= {"name": checked.name, "team_id": checked.team_id, "email": checked.email}
        return insert_row(conn, "people", values)


def update_person(doc: OfficeFile, person: Person) -> Person:
    """Change a person's name, team and email; returns the person as they were."""
    if person.id is None:
        raise ValueError("update_person needs the person's id")
    with doc.write() as conn:
        old = get_person(doc, person.id)
        checked = _check_person(doc, person)
        conn.execute(
            "UPDATE people SET name = ?, team_id = ?, email = ? WHERE id = ?",
            (checked.name, checked.team_id, checked.email, person.id),
        )
        return old


def move_people(
    doc: OfficeFile, person_ids: list[int], team_id: int | None
) -> dict[int, int | None]:
    """Put people in team ``team_id`` (None: no team); returns ``{person: old team}``."""
    with doc.write() as conn:
        if (
            team_id is not None
            and conn.execute("SELECT 1 FROM teams WHERE id = ?", (team_id,)).fetchone() is None
        ):
            raise EditError(translate("EditMessage", "That team no longer exists."))
        old: dict[int, int | None] = {}
        for person_id in person_ids:
            row = conn.execute("SELECT team_id FROM people WHERE id = ?", (person_id,)).fetchone()
            if row is None:
                raise EditError(translate("EditMessage", "A person to move no longer exists."))
            old[person_id] = row[0]
            conn.execute("UPDATE people SET team_id = ? WHERE id = ?", (team_id, person_id))
        return old


def restore_teams(doc: OfficeFile, teams: dict[int, int | None]) -> None:
    """Undo of :func:`move_people`: each person back in their own old team."""
    with doc.write() as conn:
        for person_id, team_id in teams.items():
            conn.execute("UPDATE people SET team_id = ? WHERE id = ?", (team_id, person_id))


def person_impact(doc: OfficeFile, person_id: int) -> dict[str, int]:
    return {
        "bookings": int(
            doc.scalar("SELECT count(*) FROM bookings WHERE person_id = ?", (person_id,))
        ),
        "attendance": int(
            doc.scalar("SELECT count(*) FROM attendance WHERE person_id = ?", (person_id,))
        ),
    }


def delete_people(doc: OfficeFile, person_ids: list[int]) -> Removal:
    """Delete people with their bookings and attendance records (one transaction)."""
    marks = ", ".join("?" for _ in person_ids)
    ids = tuple(person_ids)
    with doc.write() as conn:
        return remove(
            conn,
            [
                ("bookings", f"person_id IN ({marks})", ids),
                ("attendance", f"person_id IN ({marks})", ids),
                ("people", f"id IN ({marks})", ids),
            ],
        )


# -- teams -------------------------------------------------------------------------------------


def _check_team_name(doc: OfficeFile, name: str, own_id: int | None) -> str:
    name = clean_name(name, "team")
    if doc.scalar("SELECT 1 FROM teams WHERE name = ? AND id IS NOT ?", (name, own_id)):
        raise EditError(
            translate("EditMessage", "There is already a team called “{name}”.").fill(name=name)
        )
    return name


def add_team(doc: OfficeFile, name: str, *, team_id: int | None = None) -> int:
    with doc.write() as conn:
        values: dict[str, object] = {"id": team_id} if team_id is not None else {}
        values["name"] = _check_team_name(doc, name, None)
        return insert_row(conn, "teams", values)


def rename_team(doc: OfficeFile, team_id: int, name: str) -> str:
    """Rename a team; returns the old name."""
    with doc.write() as conn:
        old = doc.scalar("SELECT name FROM teams WHERE id = ?", (team_id,))
        if old is None:
            raise EditError(translate("EditMessage", "That team no longer exists."))
        conn.execute(
            "UPDATE teams SET name = ? WHERE id = ?",
            (_check_team_name(doc, name, team_id), team_id),
        )
        return str(old)


def delete_team(doc: OfficeFile, team_id: int) -> Removal:
    """Delete a team and its planning inputs; its members stay, without a team."""
    p = (team_id,)
    with doc.write() as conn:
        if conn.execute("SELECT 1 FROM teams WHERE id = ?", p).fetchone() is None:
            raise EditError(translate("EditMessage", "That team no longer exists."))
        return remove(
            conn,
            [
                ("calendar_exports", "team_id = ?", p),
                ("plan_days", "team_id = ?", p),
                ("team_pairs", "team_a = ? OR team_b = ?", (team_id, team_id)),
                ("team_preferences", "team_id = ?", p),
                ("policies", "team_id = ?", p),
                ("teams", "id = ?", p),
            ],
            [("people", "team_id", "team_id = ?", p)],
        )


def suggest_team_name(doc: OfficeFile) -> str:
    n = 1
    while doc.scalar("SELECT 1 FROM teams WHERE name = ?", (f"Team {n}",)) is not None:
        n += 1
    return f"Team {n}"
