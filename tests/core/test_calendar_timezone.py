"""The timed variant and its hand-written, RRULE-style VTIMEZONE."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil import tz as dateutil_tz

from officeplanner.calendar import ExportRequest, TimeWindow, export_ics, vtimezone
from tests.core.calendar_support import (
    FINANCE,
    FINANCE_DAYS,
    FINANCE_SKIPPED,
    PLAN,
    SALES,
    SALES_DAYS,
    SALES_SKIPPED,
    SITE,
    build_office,
    expand_with_recurring_ical_events,
    expand_with_vobject,
    expected_dates,
)

OSLO = ZoneInfo("Europe/Oslo")
WINDOW = TimeWindow(time(9, 0), time(15, 0))


@pytest.fixture
def timed_export(tmp_path: Path) -> Iterator[bytes]:
    doc = build_office(tmp_path / "office.officeplan")
    try:
        out = tmp_path / "timed.ics"
        export_ics(doc, ExportRequest(PLAN, timed=WINDOW), out)
        yield out.read_bytes()
    finally:
        doc.close()


def _utc(day: date, at: time = time(9, 0)) -> datetime:
    return datetime.combine(day, at, tzinfo=OSLO).astimezone(UTC)


@pytest.mark.parametrize(
    "expand", [expand_with_recurring_ical_events, expand_with_vobject], ids=["rie", "vobject"]
)
def test_timed_export_expands_to_the_right_utc_instants(
    timed_export: bytes, expand: object
) -> None:
    got = expand(timed_export)  # type: ignore[operator]
    for team, days, skipped in (
        (FINANCE, FINANCE_DAYS, FINANCE_SKIPPED),
        (SALES, SALES_DAYS, SALES_SKIPPED),
    ):
        starts = got[f"{team} — anchor day ({SITE})"]
        assert all(isinstance(s, datetime) and s.tzinfo is not None for s in starts)
        assert [s.astimezone(UTC) for s in starts] == [
            _utc(d) for d in expected_dates(days, skipped)
        ]
    finance = {s.date(): s.astimezone(UTC) for s in got[f"{FINANCE} — anchor day ({SITE})"]}
    # 09:00 in Oslo is 07:00Z in summer time and 08:00Z in winter time.
    assert finance[date(2027, 10, 27)] == datetime(2027, 10, 27, 7, tzinfo=UTC)
    assert finance[date(2027, 11, 1)] == datetime(2027, 11, 1, 8, tzinfo=UTC)
    assert finance[date(2028, 3, 22)] == datetime(2028, 3, 22, 8, tzinfo=UTC)
    assert finance[date(2028, 3, 27)] == datetime(2028, 3, 27, 7, tzinfo=UTC)


def test_vobject_used_the_files_vtimezone(timed_export: bytes) -> None:
    """vobject takes its tzinfo from the VTIMEZONE block, so the test above checked it."""
    import vobject

    vevent = vobject.readOne(timed_export.decode("utf-8")).vevent
    assert not isinstance(vevent.dtstart.value.tzinfo, ZoneInfo)


def test_timed_event_properties(timed_export: bytes) -> None:
    cal = icalendar.Calendar.from_ical(timed_export)
    event = next(e for e in cal.walk("VEVENT") if str(e["SUMMARY"]).startswith(SALES))
    assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
    assert event.decoded("DTSTART") == datetime(2027, 10, 1, 9, 0, tzinfo=OSLO)
    assert event.decoded("DTEND") == datetime(2027, 10, 1, 15, 0, tzinfo=OSLO)
    until = event["RRULE"]["UNTIL"][0]
    assert until == datetime(2028, 6, 30, 21, 59, 59, tzinfo=UTC)  # end of 30 June in Oslo
    exdate = event["EXDATE"]
    exdates = [
        d.dt for prop in (exdate if isinstance(exdate, list) else [exdate]) for d in prop.dts
    ]
    assert sorted(exdates) == [datetime.combine(d, time(9), tzinfo=OSLO) for d in SALES_SKIPPED]
    raw = timed_export.decode("utf-8")
    assert "EXDATE;TZID=Europe/Oslo:20271231T090000," in raw
    assert str(event["TRANSP"]) == "TRANSPARENT"


def test_vtimezone_block_is_rrule_style(timed_export: bytes) -> None:
    cal = icalendar.Calendar.from_ical(timed_export)
    (block,) = cal.walk("VTIMEZONE")
    assert str(block["TZID"]) == "Europe/Oslo"
    observances = block.subcomponents
    assert sorted(o.name for o in observances) == ["DAYLIGHT", "STANDARD"]
    for o in observances:
        assert "RDATE" not in o
        assert "UNTIL" not in o["RRULE"]  # the current rule is open-ended
        assert o["RRULE"]["FREQ"] == ["YEARLY"] and o["RRULE"]["BYDAY"] == ["-1SU"]
    months = {o.name: o["RRULE"]["BYMONTH"] for o in observances}
    assert months == {"DAYLIGHT": [3], "STANDARD": [10]}
    # Written from 1970 (the rule's 1970 onsets), as Outlook and Apple write them.
    starts = {o.name: o.decoded("DTSTART") for o in observances}
    assert starts == {
        "DAYLIGHT": datetime(1970, 3, 29, 2, 0),
        "STANDARD": datetime(1970, 10, 25, 3, 0),
    }
    assert b"RDATE" not in timed_export


@pytest.mark.parametrize(
    "zone",
    [
        "Europe/Oslo",
        "America/New_York",
        "Australia/Sydney",
        "Asia/Tokyo",
        "America/Sao_Paulo",  # dropped DST in 2019
        "Europe/London",
    ],
)
def test_vtimezone_matches_zoneinfo_every_hour(zone: str) -> None:
    """Read the block back with dateutil's VTIMEZONE parser and compare offsets hourly."""
    first, last = date(2018, 1, 1), date(2020, 12, 31)
    block = vtimezone(zone, first, last)
    cal = icalendar.Calendar()
    cal.add_component(block)
    assert b"RDATE" not in cal.to_ical()
    parsed = dateutil_tz.tzical(io.StringIO(cal.to_ical().decode("utf-8"))).get(zone)
    zi = ZoneInfo(zone)
    hours = [datetime(2018, 1, 1, tzinfo=UTC) + timedelta(hours=h) for h in range(3 * 366 * 24)]
    offsets = [h.astimezone(zi).utcoffset() for h in hours]
    changes = [i for i in range(1, len(hours)) if offsets[i] != offsets[i - 1]]
    # Every hour within a day of a real change, and noon every day in between
    # (dateutil's reader is slow; zoneinfo finds the changes cheaply).
    near = {j for i in changes for j in range(max(0, i - 26), min(len(hours), i + 26))}
    checked = sorted(near | set(range(12, len(hours), 24)))
    for i in checked:
        assert hours[i].astimezone(parsed).utcoffset() == offsets[i], hours[i]


def test_vtimezone_without_a_yearly_rule_lists_each_transition_once() -> None:
    """Casablanca's Ramadan breaks fit no yearly rule: one observance per change, no RDATE.

    (Checked structurally: dateutil's VTIMEZONE reader mishandles the ambiguous hour of
    a *negative* DST change, so the hourly comparison above cannot be used here.)
    """
    zone = ZoneInfo("Africa/Casablanca")
    block = vtimezone("Africa/Casablanca", date(2019, 1, 1), date(2020, 12, 31))
    onsets = []
    for o in block.subcomponents:
        assert "RDATE" not in o
        before, after = o["TZOFFSETFROM"].td, o["TZOFFSETTO"].td
        at = o.decoded("DTSTART").replace(tzinfo=UTC) - before
        onsets.append(at)
        assert (at - timedelta(seconds=1)).astimezone(zone).utcoffset() == before
        assert at.astimezone(zone).utcoffset() == after
    assert len(onsets) >= 8  # two Ramadan changes a year, 2018 to 2021


def test_vtimezone_of_a_zone_without_dst_is_one_standard_observance() -> None:
    block = vtimezone("Asia/Tokyo", date(2028, 1, 1), date(2028, 12, 31))
    (only,) = block.subcomponents
    assert only.name == "STANDARD"
    assert only["TZOFFSETTO"].td == timedelta(hours=9)


def test_vtimezone_ends_a_rule_that_stops_with_until() -> None:
    """São Paulo's last DST ended Feb 2019: the rule gets an UNTIL, nothing after it."""
    block = vtimezone("America/Sao_Paulo", date(2018, 1, 1), date(2020, 12, 31))
    with_rules = [o for o in block.subcomponents if "RRULE" in o]
    assert with_rules and all("UNTIL" in o["RRULE"] for o in with_rules)


@pytest.mark.parametrize("text", ["9-15", "15:00-09:00", "25:00-26:00", "09:00"])
def test_bad_time_windows_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"09:00-15:00|impossible|before"):
        TimeWindow.parse(text)


def test_time_window_accepts_dashes() -> None:
    assert str(TimeWindow.parse(" 8:30 – 16:00 ")) == "08:30-16:00"


def test_timed_and_all_day_exports_share_uids(tmp_path: Path) -> None:
    """A timed and an all-day export of the same plan share UIDs (same events)."""
    with build_office(tmp_path / "o.officeplan") as doc:
        export_ics(doc, ExportRequest(PLAN), tmp_path / "a.ics")
        export_ics(doc, ExportRequest(PLAN, timed=WINDOW), tmp_path / "b.ics")
        uids = [
            sorted(
                str(e["UID"]) for e in icalendar.Calendar.from_ical(p.read_bytes()).walk("VEVENT")
            )
            for p in (tmp_path / "a.ics", tmp_path / "b.ics")
        ]
        assert uids[0] == uids[1]


def test_teams_at_sites_in_other_zones_get_their_own_vtimezone(tmp_path: Path) -> None:
    with build_office(tmp_path / "o.officeplan") as doc:
        with doc.write() as conn:
            conn.execute(
                "INSERT INTO sites(name, timezone, holiday_country, holiday_subdivision) "
                "VALUES ('New York', 'America/New_York', 'US', 'NY')"
            )
            conn.execute(
                "UPDATE teams SET site_id = (SELECT id FROM sites WHERE name = 'New York') "
                "WHERE name = 'Quiet team'"
            )
            conn.execute(
                "INSERT INTO plan_days SELECT p.id, t.id, 'Thu' FROM plans p, teams t "
                "WHERE t.name = 'Quiet team'"
            )
        out = tmp_path / "plan.ics"
        export_ics(doc, ExportRequest(PLAN, timed=WINDOW), out)
    data = out.read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    assert sorted(str(b["TZID"]) for b in cal.walk("VTIMEZONE")) == [
        "America/New_York",
        "Europe/Oslo",
    ]
    assert str(cal["X-WR-TIMEZONE"]) == "Europe/Oslo"  # two of the three teams
    new_york = ZoneInfo("America/New_York")
    for expand in (expand_with_recurring_ical_events, expand_with_vobject):
        starts = expand(data)["Quiet team — anchor day (New York)"]
        local = [s.astimezone(new_york) for s in starts]  # type: ignore[union-attr]
        assert {(t.hour, t.minute) for t in local} == {(9, 0)}
        assert date(2027, 11, 25) not in {t.date() for t in local}  # Thanksgiving
        utc = {s.astimezone(UTC).date(): s.astimezone(UTC) for s in starts}  # type: ignore[union-attr]
        assert utc[date(2027, 11, 4)] == datetime(2027, 11, 4, 13, tzinfo=UTC)  # EDT
        assert utc[date(2027, 11, 18)] == datetime(2027, 11, 18, 14, tzinfo=UTC)  # EST from 7 Nov
        assert date(2027, 11, 11) not in utc  # Veterans Day
