"""A small office for the bookings GUI tests (a helper module, not a test module)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from officeplanner.edits.bookings import book
from officeplanner.gui.booking_models import monday_of
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.settings import Settings
from officeplanner.store import OfficeFile
from officeplanner.store.entities import ensure_desk, ensure_person

MONDAY = monday_of(date.today())


@dataclass
class SmallOffice:
    context: DocumentContext
    doc: OfficeFile
    desks: dict[str, int]
    people: dict[str, int]

    def count(self, where: str = "1") -> int:
        return int(self.doc.scalar(f"SELECT count(*) FROM bookings WHERE {where}"))

    def status(self, booking_id: int) -> str:
        return str(self.doc.scalar("SELECT status FROM bookings WHERE id = ?", (booking_id,)))


def make_office(path: Path) -> OfficeFile:
    """Oslo: floor 1 with zones North (N1, N2) and South (S1); Bergen: B1. Three people."""
    doc = OfficeFile.create(path)
    with doc.write() as conn:
        for zone, desk in (("North", "N1"), ("North", "N2"), ("South", "S1")):
            ensure_desk(conn, "Oslo", "1", zone, desk)
        ensure_desk(conn, "Bergen", "1", "East", "B1")
        ensure_person(conn, "Alice Aas", "Red")
        ensure_person(conn, "Bob Berg", "Red")
        ensure_person(conn, "Carol Dahl", "Blue")
    return doc


@pytest.fixture
def small_office(tmp_path: Path) -> Iterator[SmallOffice]:
    doc = make_office(tmp_path / "small.officeplan")
    desks = {str(n): int(i) for i, n in doc.conn.execute("SELECT id, name FROM desks")}
    people = {str(n).split()[0]: int(i) for i, n in doc.conn.execute("SELECT id, name FROM people")}
    book(doc, MONDAY, desks["N1"], people["Alice"])
    book(doc, MONDAY + timedelta(days=1), desks["S1"], people["Bob"], "09:00", "12:00")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = DocumentContext(settings)
    context.set_document(doc)
    yield SmallOffice(context, doc, desks, people)
    context.set_document(None)
