"""A plan that seats teams by zone: the seat is the event's LOCATION and a line of its
description; unseated events stay exactly as before, fingerprint and SEQUENCE included.

Seated plans are saved with :func:`officeplanner.planner.store.save_plan`, as the
Planner saves them; the files are read back with icalendar and with vobject.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
import vobject

from officeplanner.calendar import ExportError, ExportRequest, export_ics, prepare_export
from officeplanner.calendar.preview import format_preview
from officeplanner.store import OfficeFile
from tests.core.calendar_support import (
    FINANCE,
    FINANCE_DAYS,
    FINANCE_SKIPPED,
    PLAN,
    SALES,
    SITE,
    build_office,
    expected_dates,
    save_seated_plan,
)

NOW = datetime(2027, 9, 15, 12, 0, tzinfo=UTC)
ZONES = ("2 / Nord", "Øst, vindu")  # a slash and a comma: names are used as saved
LOCATION = f"{SITE} — 2 / Nord + Øst, vindu"


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[OfficeFile]:
    with build_office(tmp_path / "office.officeplan") as office:
        yield office


def _export(doc: OfficeFile, out: Path) -> bytes:
    export_ics(doc, ExportRequest(PLAN), out, now=NOW)
    return out.read_bytes()


def _by_team(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["SUMMARY"]).split(" — ")[0]: e for e in cal.walk("VEVENT")}


def test_a_seated_team_exports_its_location_and_a_description_line(
    doc: OfficeFile, tmp_path: Path
) -> None:
    save_seated_plan(doc, {FINANCE: ZONES})
    data = _export(doc, tmp_path / "plan.ics")

    events = _by_team(data)
    assert str(events[FINANCE]["LOCATION"]) == LOCATION
    assert "Seated in 2 / Nord + Øst, vindu." in str(events[FINANCE]["DESCRIPTION"]).split("\n")
    assert "LOCATION" not in events[SALES]  # not in the seating: no LOCATION at all
    assert "Seated in" not in str(events[SALES]["DESCRIPTION"])

    by_vobject = {
        v.summary.value.split(" — ")[0]: v for v in vobject.readOne(data.decode()).vevent_list
    }
    assert by_vobject[FINANCE].location.value == LOCATION
    assert "Seated in 2 / Nord + Øst, vindu." in by_vobject[FINANCE].description.value
    assert not hasattr(by_vobject[SALES], "location")
    # the seat changes nothing about the dates
    assert [d.date() for d in by_vobject[FINANCE].getrruleset(addRDate=True)] == expected_dates(
        FINANCE_DAYS, FINANCE_SKIPPED
    )

    preview = format_preview(prepare_export(doc.conn, ExportRequest(PLAN)))
    assert f"  location: {LOCATION}\n" in preview


def test_unseated_events_keep_their_old_fingerprint_and_sequence(
    doc: OfficeFile, tmp_path: Path
) -> None:
    """An export recorded before seating existed (the dates alone) is not bumped."""
    save_seated_plan(doc, {})  # saved by the Planner, seating nobody: NULL column
    assert doc.scalar("SELECT seating_json FROM plans WHERE name = ?", (PLAN,)) is None
    old = ",".join(d.isoformat() for d in expected_dates(FINANCE_DAYS, FINANCE_SKIPPED))
    with doc.write() as conn:
        conn.execute(
            "INSERT INTO calendar_exports(plan_id, team_id, days, sequence, exported_at) "
            "SELECT p.id, t.id, ?, 3, '2027-09-01T00:00:00+00:00' FROM plans p, teams t "
            "WHERE p.name = ? AND t.name = ?",
            (old, PLAN, FINANCE),
        )
    events = _by_team(_export(doc, tmp_path / "plan.ics"))
    assert "LOCATION" not in events[FINANCE] and "LOCATION" not in events[SALES]
    assert int(events[FINANCE]["SEQUENCE"]) == 3
    stored = doc.scalar(
        "SELECT days FROM calendar_exports e JOIN teams t ON t.id = e.team_id WHERE t.name = ?",
        (FINANCE,),
    )
    assert stored == old


def test_a_new_seat_bumps_sequence_for_that_team_only(doc: OfficeFile, tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    save_seated_plan(doc, {FINANCE: ("North",), SALES: ("South",)})
    first = _by_team(_export(doc, out))
    assert {int(e["SEQUENCE"]) for e in first.values()} == {0}

    save_seated_plan(doc, {FINANCE: ("North", "East"), SALES: ("South",)})
    second = _by_team(_export(doc, out))
    assert str(second[FINANCE]["LOCATION"]) == f"{SITE} — North + East"
    assert int(second[FINANCE]["SEQUENCE"]) == 1
    assert int(second[SALES]["SEQUENCE"]) == 0
    assert second[FINANCE]["UID"] == first[FINANCE]["UID"]

    save_seated_plan(doc, {SALES: ("South",)})  # Finance no longer seated: a change too
    third = _by_team(_export(doc, out))
    assert "LOCATION" not in third[FINANCE]
    assert (int(third[FINANCE]["SEQUENCE"]), int(third[SALES]["SEQUENCE"])) == (2, 0)


@pytest.mark.parametrize("text", ["{not json", '["North"]', '{"Sales": "South"}'])
def test_unreadable_seating_is_an_error_naming_the_plan(doc: OfficeFile, text: str) -> None:
    with doc.write() as conn:
        conn.execute("UPDATE plans SET seating_json = ? WHERE name = ?", (text, PLAN))
    with pytest.raises(ExportError, match=r"plan .*Autumn/Spring 2027–28.* unreadable seating"):
        prepare_export(doc.conn, ExportRequest(PLAN))
