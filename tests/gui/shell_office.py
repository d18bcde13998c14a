"""A small office and a DocumentContext for the shell/editor GUI tests (not a test module)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSettings

from officeplanner.edits import office as office_edits
from officeplanner.edits import people as people_edits
from officeplanner.edits.office import Level
from officeplanner.edits.people import Person
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.settings import Settings
from officeplanner.store import OfficeFile


def make_settings(tmp_path: Path) -> Settings:
    """Settings in an INI file of the test, never the user's own."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def build_office(path: Path) -> OfficeFile:
    """Oslo HQ / Floor 1 / North (N1, N2), South (S1); Bergen (no floors). People in teams."""
    doc = OfficeFile.create(path)
    oslo = office_edits.add_site(doc, "Oslo HQ")
    office_edits.add_site(doc, "Bergen")
    floor = office_edits.add_child(doc, Level.FLOOR, oslo, "Floor 1")
    north = office_edits.add_child(doc, Level.ZONE, floor, "North")
    south = office_edits.add_child(doc, Level.ZONE, floor, "South")
    n1 = office_edits.add_child(doc, Level.DESK, north, "N1")
    office_edits.add_child(doc, Level.DESK, north, "N2")
    office_edits.add_child(doc, Level.DESK, south, "S1")
    red = people_edits.add_team(doc, "Red")
    blue = people_edits.add_team(doc, "Blue")
    alice = people_edits.add_person(doc, Person(None, "Alice Aas", red, "alice@example.com"))
    people_edits.add_person(doc, Person(None, "Bob Berg", red))
    people_edits.add_person(doc, Person(None, "Carol Dahl", blue))
    with doc.write() as conn:
        for day in ("2026-03-02", "2026-03-03", "2026-03-04"):
            conn.execute(
                "INSERT INTO bookings(date, desk_id, person_id, status) VALUES (?, ?, ?, 'booked')",
                (day, n1, alice),
            )
    return doc


def open_shell_context(tmp_path: Path) -> Iterator[DocumentContext]:
    """For a ``shell_context`` fixture: a context with the small office open for writing."""
    context = DocumentContext(make_settings(tmp_path))
    context.set_document(build_office(tmp_path / "office.officeplan"))
    yield context
    context.set_document(None)


def scalar(context: DocumentContext, sql: str, params: tuple[object, ...] = ()) -> object:
    assert context.doc is not None
    return context.doc.scalar(sql, params)
