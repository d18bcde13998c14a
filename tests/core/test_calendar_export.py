"""The all-day export: what two independent parsers make of it, and what the file says."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest
import vobject

from officeplanner.calendar import (
    ExportError,
    ExportRequest,
    export_ics,
    prepare_export,
    preview_export,
)
from officeplanner.store import OfficeFile
from tests.core.calendar_support import (
    CLOSURES,
    END,
    FINANCE,
    FINANCE_DAYS,
    FINANCE_SKIPPED,
    PLAN,
    SALES,
    SALES_DAYS,
    SALES_SKIPPED,
    SITE,
    add_plan,
    build_office,
    expand_with_recurring_ical_events,
    expand_with_vobject,
    expected_dates,
)

NOW = datetime(2027, 9, 15, 12, 0, tzinfo=UTC)
FINANCE_SUMMARY = f"{FINANCE} — anchor day ({SITE})"
SALES_SUMMARY = f"{SALES} — anchor day ({SITE})"


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[OfficeFile]:
    office = build_office(tmp_path / "office.officeplan")
    yield office
    office.close()


def _export(doc: OfficeFile, tmp_path: Path, request: ExportRequest) -> bytes:
    out = tmp_path / "out.ics"
    export_ics(doc, request, out, now=NOW)
    return out.read_bytes()


@pytest.mark.parametrize(
    "expand", [expand_with_recurring_ical_events, expand_with_vobject], ids=["rie", "vobject"]
)
def test_whole_plan_expands_to_the_plans_dates(
    doc: OfficeFile, tmp_path: Path, expand: object
) -> None:
    data = _export(doc, tmp_path, ExportRequest(PLAN))
    got = expand(data)  # type: ignore[operator]
    assert got == {
        FINANCE_SUMMARY: expected_dates(FINANCE_DAYS, FINANCE_SKIPPED),
        SALES_SUMMARY: expected_dates(SALES_DAYS, SALES_SKIPPED),
    }


def test_expected_dates_cross_the_interesting_days() -> None:
    """Guard the fixture itself: the hand-written calendar covers what the issue lists."""
    finance = expected_dates(FINANCE_DAYS, FINANCE_SKIPPED)
    sales = expected_dates(SALES_DAYS, SALES_SKIPPED)
    assert date(2027, 12, 29) in finance and date(2028, 1, 3) in finance  # year boundary
    assert date(2027, 10, 27) in finance and date(2027, 11, 1) in finance  # DST ends 31 Oct
    assert date(2028, 3, 22) in finance and date(2028, 3, 27) in finance  # DST starts 26 Mar
    for holiday in (date(2028, 4, 17), date(2028, 5, 17), date(2028, 6, 5), date(2027, 12, 27)):
        assert holiday not in finance
    for holiday in (date(2028, 4, 13), date(2028, 4, 14), date(2028, 5, 25), date(2027, 12, 31)):
        assert holiday not in sales
    assert date(2028, 4, 20) in sales and date(2028, 4, 19) in finance  # the week after


def test_event_properties(doc: OfficeFile, tmp_path: Path) -> None:
    data = _export(doc, tmp_path, ExportRequest(PLAN, team=SALES))
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]).startswith("-//Office Planner//")
    assert str(cal["X-WR-TIMEZONE"]) == "Europe/Oslo"
    assert cal.calendar_name == f"{SALES} — anchor days ({PLAN})"
    (event,) = cal.walk("VEVENT")
    assert event.decoded("DTSTART") == date(2027, 10, 1)  # the plan starts on a Friday…
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTEND") == date(2027, 10, 2)  # …ending (exclusively) the next day
    rrule = event["RRULE"]
    assert rrule["FREQ"] == ["WEEKLY"]
    assert rrule["BYDAY"] == ["TH", "FR"]
    assert rrule["UNTIL"] == [END]
    assert type(rrule["UNTIL"][0]) is date  # date-typed, not a date-time
    exdates = sorted(d.dt for prop in _as_list(event["EXDATE"]) for d in prop.dts)
    assert exdates == sorted(SALES_SKIPPED)
    assert all(type(d) is date for d in exdates)
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert str(event["X-MICROSOFT-CDO-BUSYSTATUS"]) == "FREE"
    assert event.decoded("DTSTAMP") == NOW
    assert event["SEQUENCE"] == 0
    assert re.fullmatch(r"[0-9a-f-]{36}@officeplanner", str(event["UID"]))
    description = str(event["DESCRIPTION"])
    assert SITE in description and PLAN in description
    assert "Nordmann" not in data.decode("utf-8")  # no personal names unless asked
    raw = data.decode("utf-8")
    assert "EXDATE;VALUE=DATE:" in raw
    assert "RRULE:FREQ=WEEKLY;UNTIL=20280630;BYDAY=TH,FR" in raw


def _as_list(value: object) -> list[icalendar.prop.vDDDLists]:
    return value if isinstance(value, list) else [value]  # type: ignore[return-value]


def test_names_with_special_characters_survive_the_round_trip(
    doc: OfficeFile, tmp_path: Path
) -> None:
    data = _export(doc, tmp_path, ExportRequest(PLAN, team=FINANCE))
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == FINANCE_SUMMARY
    assert "\n" in FINANCE and "🚀" in FINANCE and "\\" in SITE  # the fixture is nasty enough
    ventry = vobject.readOne(data.decode("utf-8"))
    assert ventry.vevent.summary.value == FINANCE_SUMMARY
    assert f"at {SITE}:" in ventry.vevent.description.value
    calendar_name = f"{FINANCE} — anchor days ({PLAN})"
    assert ventry.contents["name"][0].value == calendar_name
    # X-WR-CALNAME is escaped like TEXT (commas, semicolons, backslashes, newlines).
    unfolded = data.decode("utf-8").replace("\r\n ", "")
    escaped = (
        calendar_name.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\n", "\\n")
    )
    assert f"\r\nX-WR-CALNAME:{escaped}\r\n" in unfolded


def test_lines_are_folded_at_75_octets_between_whole_characters(
    doc: OfficeFile, tmp_path: Path
) -> None:
    data = _export(doc, tmp_path, ExportRequest(PLAN))
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)  # CRLF only, no bare LF
    assert any(line.startswith(b" ") for line in lines)  # something was folded
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # raises if a multi-byte character was cut in two


def test_folding_never_splits_a_multibyte_character(tmp_path: Path) -> None:
    """Long names made only of 2- and 4-byte characters force folds next to them."""
    name = "æøå🚀" * 40
    with OfficeFile.create(tmp_path / "wide.officeplan") as office:
        with office.write() as conn:
            site = conn.execute("INSERT INTO sites(name) VALUES ('Å')").lastrowid
            conn.execute("INSERT INTO teams(name, site_id) VALUES (?, ?)", (name, site))
            add_plan(conn, "P", {name: ("Tue",)}, date(2028, 1, 1), date(2028, 3, 31))
        data = _export(office, tmp_path, ExportRequest("P"))
    lines = data.split(b"\r\n")[:-1]
    folded = [line for line in lines if line.startswith(b" ")]
    assert len(folded) > 5
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")
    summary = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["SUMMARY"]
    assert str(summary) == f"{name} — anchor day (Å)"


def test_person_export_is_their_teams_events(doc: OfficeFile, tmp_path: Path) -> None:
    team = icalendar.Calendar.from_ical(_export(doc, tmp_path, ExportRequest(PLAN, team=FINANCE)))
    person_data = _export(doc, tmp_path, ExportRequest(PLAN, person="Kari Nordmann"))
    person = icalendar.Calendar.from_ical(person_data)
    assert [str(e["UID"]) for e in person.walk("VEVENT")] == [
        str(e["UID"]) for e in team.walk("VEVENT")
    ]
    assert "Kari" not in person_data.decode("utf-8")
    named = _export(doc, tmp_path, ExportRequest(PLAN, person="Kari Nordmann", name_person=True))
    assert icalendar.Calendar.from_ical(named).calendar_name.startswith("Kari Nordmann")


def test_several_chosen_teams_in_one_file(doc: OfficeFile) -> None:
    prepared = prepare_export(doc.conn, ExportRequest(PLAN, teams=(SALES, FINANCE)))
    assert [e.team for e in prepared.events] == sorted([FINANCE, SALES])
    assert prepared.calendar_name == f"Anchor days — {PLAN}"
    with pytest.raises(ValueError, match="not several"):
        ExportRequest(PLAN, team=SALES, teams=(FINANCE,))


def test_preview_lists_dates_and_named_skipped_days(doc: OfficeFile) -> None:
    previews = {p.team: p for p in preview_export(doc.conn, ExportRequest(PLAN))}
    assert set(previews) == {FINANCE, SALES}
    finance = previews[FINANCE]
    assert list(finance.event.dates) == expected_dates(FINANCE_DAYS, FINANCE_SKIPPED)
    assert {s.day: s.reason for s in finance.event.skipped} == FINANCE_SKIPPED
    kinds = {s.day: s.kind for s in finance.event.skipped}
    assert kinds[date(2027, 12, 27)] == "closure" and kinds[date(2028, 5, 17)] == "holiday"
    assert finance.changed
    assert doc.scalar("SELECT count(*) FROM calendar_exports") == 0  # a preview writes nothing
    assert doc.scalar("SELECT count(*) FROM settings WHERE key = 'file_uuid'") == 0


def test_first_anchor_day_on_a_holiday_starts_the_event_a_day_later(
    doc: OfficeFile, tmp_path: Path
) -> None:
    with doc.write() as conn:
        add_plan(conn, "Easter week", {SALES: ("Thu", "Fri")}, date(2028, 4, 13), date(2028, 5, 5))
    data = _export(doc, tmp_path, ExportRequest("Easter week"))
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert event.decoded("DTSTART") == date(2028, 4, 20)
    for expand in (expand_with_recurring_ical_events, expand_with_vobject):
        assert expand(data)[SALES_SUMMARY] == [
            date(2028, 4, 20),
            date(2028, 4, 21),
            date(2028, 4, 27),
            date(2028, 4, 28),
            date(2028, 5, 4),
            date(2028, 5, 5),
        ]


def test_closure_added_after_planning_is_skipped(doc: OfficeFile) -> None:
    with doc.write() as conn:
        conn.execute(
            "INSERT INTO closures(site_id, date, reason) "
            "SELECT id, '2028-02-02', 'Fire drill; building shut' FROM sites WHERE name = ?",
            (SITE,),
        )
    (finance,) = prepare_export(doc.conn, ExportRequest(PLAN, team=FINANCE)).events
    assert date(2028, 2, 2) not in finance.dates
    assert date(2028, 2, 2) in {s.day for s in finance.skipped}
    assert set(CLOSURES) <= {s.day for s in finance.skipped} | {date(2027, 12, 31)}


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (ExportRequest("No such plan"), "no plan called 'No such plan'; plans in this file"),
        (ExportRequest(PLAN, team="Nobody"), "no team called 'Nobody'"),
        (ExportRequest(PLAN, person="Nobody"), "no person called 'Nobody'"),
        (ExportRequest(PLAN, team="Quiet team"), "gives no anchor days to team Quiet team"),
    ],
)
def test_clear_errors(doc: OfficeFile, request_: ExportRequest, message: str) -> None:
    with pytest.raises(ExportError, match=re.escape(message)):
        prepare_export(doc.conn, request_)


def test_first_event_starts_on_the_first_anchor_weekday(doc: OfficeFile) -> None:
    (finance,) = prepare_export(doc.conn, ExportRequest(PLAN, team=FINANCE)).events
    assert finance.first == date(2027, 10, 4)  # the plan starts on Friday 1 Oct; Monday 4th


def test_plan_without_period_and_team_without_site(doc: OfficeFile) -> None:
    with doc.write() as conn:
        conn.execute("INSERT INTO plans(name, created_at) VALUES ('Draft', 'now')")
        conn.execute("UPDATE teams SET site_id = NULL WHERE name = ?", (SALES,))
    with pytest.raises(ExportError, match="plan 'Draft' has no start date: give it the period"):
        prepare_export(doc.conn, ExportRequest("Draft"))
    with pytest.raises(ExportError, match=f"team {SALES!r} has no home site"):
        prepare_export(doc.conn, ExportRequest(PLAN))
    # With a single site in the file, that site is the obvious one.
    with doc.write() as conn:
        conn.execute("DELETE FROM sites WHERE name = 'Bergen'")
    (sales,) = prepare_export(doc.conn, ExportRequest(PLAN, team=SALES)).events
    assert sales.site == SITE


def test_failed_export_writes_nothing(doc: OfficeFile, tmp_path: Path) -> None:
    out = tmp_path / "out.ics"
    with pytest.raises(ExportError):
        export_ics(doc, ExportRequest(PLAN, team="Nobody"), out)
    assert not out.exists()
    assert list(tmp_path.glob("*.tmp")) == []
    assert doc.scalar("SELECT count(*) FROM calendar_exports") == 0
    assert doc.scalar("SELECT count(*) FROM settings WHERE key = 'file_uuid'") == 0
