"""People and team edits: validation, undo data, same ids after restore."""

from __future__ import annotations

import pytest

from officeplanner.edits import EditError, restore
from officeplanner.edits import office as office_edits
from officeplanner.edits import people as edits
from officeplanner.edits.office import Level
from officeplanner.edits.people import Person
from officeplanner.store import OfficeFile


def test_add_and_update_person(office: OfficeFile) -> None:
    team = edits.add_team(office, "Platform")
    pid = edits.add_person(office, Person(None, "  Ada   Lovelace ", team, "ada@example.com"))
    assert edits.get_person(office, pid) == Person(pid, "Ada Lovelace", team, "ada@example.com")
    old = edits.update_person(office, Person(pid, "Ada King", None, ""))
    assert old.name == "Ada Lovelace"
    assert edits.get_person(office, pid) == Person(pid, "Ada King", None, None)


def test_person_validation(office: OfficeFile) -> None:
    edits.add_person(office, Person(None, "Ada"))
    with pytest.raises(EditError, match="already a person"):
        edits.add_person(office, Person(None, "Ada"))
    with pytest.raises(EditError, match="email"):
        edits.add_person(office, Person(None, "Bob", None, "bob-at-example"))
    with pytest.raises(EditError, match="team"):
        edits.add_person(office, Person(None, "Bob", 42))
    assert office.counts()["people"] == 1


def test_move_people_between_teams_and_back(office: OfficeFile) -> None:
    a = edits.add_team(office, "A")
    b = edits.add_team(office, "B")
    p1 = edits.add_person(office, Person(None, "P1", a))
    p2 = edits.add_person(office, Person(None, "P2", None))
    old = edits.move_people(office, [p1, p2], b)
    assert old == {p1: a, p2: None}
    assert office.scalar("SELECT count(*) FROM people WHERE team_id = ?", (b,)) == 2
    edits.restore_teams(office, old)
    assert edits.get_person(office, p1).team_id == a
    assert edits.get_person(office, p2).team_id is None


def test_teams_rename_and_delete_keep_members(office: OfficeFile) -> None:
    team = edits.add_team(office, "Platform")
    assert edits.suggest_team_name(office) == "Team 1"
    with pytest.raises(EditError, match="already a team"):
        edits.add_team(office, "Platform")
    assert edits.rename_team(office, team, "Core") == "Platform"
    pid = edits.add_person(office, Person(None, "Ada", team))
    removal = edits.delete_team(office, team)
    assert edits.get_person(office, pid).team_id is None
    restore(office, removal)
    assert edits.get_person(office, pid).team_id == team
    assert office.scalar("SELECT name FROM teams WHERE id = ?", (team,)) == "Core"


def test_delete_people_takes_their_bookings_and_undo_restores_them(office: OfficeFile) -> None:
    site = office_edits.add_site(office, "HQ")
    floor = office_edits.add_child(office, Level.FLOOR, site, "1")
    zone = office_edits.add_child(office, Level.ZONE, floor, "A")
    desk = office_edits.add_child(office, Level.DESK, zone, "D1")
    pid = edits.add_person(office, Person(None, "Ada"))
    with office.write() as conn:
        conn.execute(
            "INSERT INTO bookings(date, desk_id, person_id, status) "
            "VALUES ('2026-01-05', ?, ?, 'checked_in')",
            (desk, pid),
        )
    assert edits.person_impact(office, pid) == {"bookings": 1, "attendance": 0}
    before = office.conn.execute("SELECT * FROM bookings").fetchall()
    removal = edits.delete_people(office, [pid])
    assert office.counts()["people"] == 0
    restore(office, removal)
    assert office.conn.execute("SELECT * FROM bookings").fetchall() == before
    assert edits.get_person(office, pid).name == "Ada"
