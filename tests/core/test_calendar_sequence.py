"""Re-exports: same UIDs, SEQUENCE bumped only for teams whose days changed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from officeplanner.calendar import ExportRequest, export_ics
from officeplanner.store import OfficeFile
from tests.core.calendar_support import FINANCE, PLAN, SALES, build_office, set_days


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[OfficeFile]:
    office = build_office(tmp_path / "office.officeplan")
    yield office
    office.close()


def _events(doc: OfficeFile, out: Path, **kwargs: object) -> dict[str, tuple[str, int]]:
    """``{team: (UID, SEQUENCE)}`` of a fresh whole-plan export."""
    export_ics(doc, ExportRequest(PLAN, **kwargs), out)  # type: ignore[arg-type]
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    return {
        str(e["SUMMARY"]).split(" — ")[0]: (str(e["UID"]), int(e["SEQUENCE"]))
        for e in cal.walk("VEVENT")
    }


def _plan_id(doc: OfficeFile) -> int:
    return int(doc.scalar("SELECT id FROM plans WHERE name = ?", (PLAN,)))


def test_reexport_keeps_uids_and_bumps_only_changed_teams(doc: OfficeFile, tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    first = _events(doc, out)
    assert {seq for _, seq in first.values()} == {0}
    assert len({uid for uid, _ in first.values()}) == 2

    assert _events(doc, out) == first  # nothing changed: nothing bumped

    with doc.write() as conn:
        set_days(conn, _plan_id(doc), {SALES: ("Tue", "Thu")})
    third = _events(doc, out)
    assert third[SALES] == (first[SALES][0], 1)
    assert third[FINANCE] == first[FINANCE]

    with doc.write() as conn:
        set_days(conn, _plan_id(doc), {SALES: ("Tue", "Wed")})
    assert _events(doc, out)[SALES] == (first[SALES][0], 2)
    assert _events(doc, out)[SALES] == (first[SALES][0], 2)


def test_a_new_closure_on_an_anchor_day_is_a_change(doc: OfficeFile, tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    first = _events(doc, out)
    with doc.write() as conn:
        conn.execute(
            "INSERT INTO closures(site_id, date, reason) "
            "SELECT site_id, '2028-02-02', 'Move' FROM teams WHERE name = ?",
            (FINANCE,),
        )
    second = _events(doc, out)
    assert second[FINANCE] == (first[FINANCE][0], 1)  # Wednesday 2 Feb is Finance's
    assert second[SALES] == first[SALES]


def test_uids_depend_on_the_file_identity(tmp_path: Path) -> None:
    """Two files with identical content get different UIDs (their own file_uuid)."""
    uids = []
    for name in ("a", "b"):
        with build_office(tmp_path / f"{name}.officeplan") as office:
            uids.append(_events(office, tmp_path / f"{name}.ics")[FINANCE][0])
            stored = office.scalar("SELECT value FROM settings WHERE key = 'file_uuid'")
            assert stored and len(str(stored)) == 36
    assert uids[0] != uids[1]


def test_export_is_recorded(doc: OfficeFile, tmp_path: Path) -> None:
    now = datetime(2027, 9, 1, 8, 30, tzinfo=UTC)
    export_ics(doc, ExportRequest(PLAN, team=SALES), tmp_path / "s.ics", now=now)
    rows = doc.conn.execute(
        "SELECT t.name, e.sequence, e.exported_at, e.days FROM calendar_exports e "
        "JOIN teams t ON t.id = e.team_id"
    ).fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [(SALES, 0, "2027-09-01T08:30:00+00:00")]
    assert rows[0][3].startswith("2027-10-01,2027-10-07,")
