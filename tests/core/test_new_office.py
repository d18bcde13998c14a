"""Creating a new office in one go (the guided setup's core): all of it, or no file at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from officeplanner.edits import office as office_edits
from officeplanner.edits.new_office import (
    FloorPlan,
    OfficePlan,
    ZonePlan,
    create_office_file,
    desk_names,
    duplicate_desk_names,
    office_path,
)
from officeplanner.edits.office import SiteCalendarSettings
from officeplanner.edits.removal import EditError
from officeplanner.store import OfficeFile, OfficeFileError
from officeplanner.store.entities import DeskFeatures


def test_desk_names_are_padded_so_they_sort() -> None:
    assert desk_names("A-", 3) == ["A-01", "A-02", "A-03"]
    assert desk_names("B", 120)[-1] == "B120" and desk_names("B", 120)[0] == "B001"
    assert desk_names("C", 0) == []


def test_office_path_adds_the_suffix_once() -> None:
    assert office_path("x/Oslo") == Path("x/Oslo.officeplan")
    assert office_path("x/Oslo.officeplan") == Path("x/Oslo.officeplan")
    assert office_path("/") == Path("/")


def test_the_plan_is_created_whole(tmp_path: Path) -> None:
    plan = OfficePlan(
        "Oslo",
        SiteCalendarSettings("Europe/Oslo", "NO", None, "Mon,Tue,Wed"),
        (
            FloorPlan("Floor 1", (ZonePlan("North", 2, "N"), ZonePlan("Empty"))),
            FloorPlan("Floor 2", (ZonePlan("South", 1, "S", DeskFeatures(standing=True)),)),
        ),
    )
    assert (plan.zone_count, plan.desk_count) == (3, 3)
    path = create_office_file(tmp_path / "Oslo", plan)
    assert path == tmp_path / "Oslo.officeplan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Oslo.officeplan"]
    with OfficeFile.open(path, read_only=True) as doc:
        assert doc.counts()["sites"] == 1 and doc.counts()["zones"] == 3
        assert office_edits.site_calendar(doc, 1).weekdays == "Mon,Tue,Wed"
        rows = doc.conn.execute("SELECT name, standing FROM desks ORDER BY id").fetchall()
        assert [tuple(r) for r in rows] == [("N01", 0), ("N02", 0), ("S01", 1)]


def test_a_broken_plan_or_an_existing_file_leaves_nothing_behind(tmp_path: Path) -> None:
    twice = (FloorPlan("F", (ZonePlan("A", 2, "D"), ZonePlan("B", 2, "D"))),)
    assert duplicate_desk_names(twice) == ["D01", "D02"]
    with pytest.raises(EditError, match="already a desk"):
        create_office_file(tmp_path / "Broken", OfficePlan("Oslo", floors=twice))
    assert list(tmp_path.iterdir()) == []
    existing = tmp_path / "Taken.officeplan"
    existing.write_bytes(b"mine")
    with pytest.raises(OfficeFileError, match="already exists"):
        create_office_file(existing, None)
    assert existing.read_bytes() == b"mine"
    assert [p.name for p in tmp_path.iterdir()] == ["Taken.officeplan"]


def test_no_plan_is_an_empty_office_file(tmp_path: Path) -> None:
    path = create_office_file(tmp_path / "Empty.officeplan", None)
    with OfficeFile.open(path, read_only=True) as doc:
        assert sum(doc.counts().values()) == 0
