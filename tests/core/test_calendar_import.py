"""Company closures and extra holidays from an .ics file into a site's closures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from officeplanner.calendar import (
    CalendarError,
    ExportRequest,
    IcsSyntaxError,
    import_ics_closures,
    prepare_export,
    read_closures,
)
from officeplanner.store import OfficeFile
from officeplanner.store.entities import ensure_site

CLOSURES_ICS = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//HR//Closures//EN",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Oslo",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:xmas@hr",
        "SUMMARY:Christmas shutdown\\, all sites",
        "DTSTART;VALUE=DATE:20271227",
        "DTEND;VALUE=DATE:20271231",  # exclusive: 27, 28, 29, 30
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:summer@hr",
        "SUMMARY:Summer Friday — office closed; enjoy",
        "DTSTART;VALUE=DATE:20280707",
        "RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20280728",
        "EXDATE;VALUE=DATE:20280714",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:summer@hr",
        "RECURRENCE-ID;VALUE=DATE:20280721",
        "SUMMARY:Summer Friday (moved to Thursday)",
        "DTSTART;VALUE=DATE:20280720",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:founders@hr",
        "SUMMARY:Founders' day",
        "DTSTART;VALUE=DATE:20260303",
        "DURATION:P1D",
        "RRULE:FREQ=YEARLY",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:drill@hr",
        "SUMMARY:Fire drill",
        "DTSTART;TZID=Europe/Oslo:20280202T100000",
        "DTEND;TZID=Europe/Oslo:20280202T110000",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:cancelled@hr",
        "SUMMARY:Cancelled party",
        "STATUS:CANCELLED",
        "DTSTART;VALUE=DATE:20280303",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:long@hr",
        "SUMMARY:A very long summary that is folded across two physical lines in the fi",
        " le: æøå 🚀",
        "DTSTART:20280502",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[OfficeFile]:
    office = OfficeFile.create(tmp_path / "office.officeplan")
    with office.write() as conn:
        site = ensure_site(conn, "Oslo")
        ensure_site(conn, "Bergen")
        conn.execute(
            "INSERT INTO closures(site_id, date, reason) VALUES (?, '2027-12-28', 'Inventory')",
            (site,),
        )
    yield office
    office.close()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "closures.ics"
    path.write_bytes(CLOSURES_ICS.encode("utf-8"))
    return path


def _closures(doc: OfficeFile, site: str = "Oslo") -> dict[date, str]:
    return {
        date.fromisoformat(d): r
        for d, r in doc.conn.execute(
            "SELECT c.date, c.reason FROM closures c JOIN sites s ON s.id = c.site_id "
            "WHERE s.name = ? ORDER BY c.date",
            (site,),
        )
    }


def test_reads_all_day_events_recurring_ones_expanded(source: Path) -> None:
    found = read_closures(source, start=date(2026, 1, 1), end=date(2028, 12, 31))
    assert found.days == {
        date(2026, 3, 3): "Founders' day",
        date(2027, 3, 3): "Founders' day",
        date(2027, 12, 27): "Christmas shutdown, all sites",
        date(2027, 12, 28): "Christmas shutdown, all sites",
        date(2027, 12, 29): "Christmas shutdown, all sites",
        date(2027, 12, 30): "Christmas shutdown, all sites",
        date(2028, 3, 3): "Founders' day",
        date(2028, 5, 2): "A very long summary that is folded across two physical lines "
        "in the file: æøå 🚀",
        date(2028, 7, 7): "Summer Friday — office closed; enjoy",
        # 14 July excluded (EXDATE); 21 July moved to Thursday 20 July (RECURRENCE-ID)
        date(2028, 7, 20): "Summer Friday (moved to Thursday)",
        date(2028, 7, 28): "Summer Friday — office closed; enjoy",
    }
    notes = "\n".join(found.notes)
    assert "'Fire drill' is not an all-day event" in notes
    assert "'Cancelled party' is cancelled" in notes
    assert "repeats forever" not in notes  # the range bounds the endless yearly event


def test_range_limits_and_endless_events_default_horizon(source: Path) -> None:
    found = read_closures(source, start=date(2028, 1, 1))
    assert min(found.days) == date(2028, 3, 3)
    assert found.outside == 6  # 2026, 2027 Founders' days and four Christmas days
    assert max(d for d, r in found.days.items() if r == "Founders' day") == date(2028, 3, 3)
    assert any("repeats forever; expanded up to 2028-03-03" in n for n in found.notes)


def test_import_adds_closures_in_one_go(doc: OfficeFile, source: Path) -> None:
    result = import_ics_closures(
        doc, "Oslo", source, start=date(2027, 1, 1), end=date(2028, 12, 31)
    )
    closures = _closures(doc)
    assert closures[date(2027, 12, 28)] == "Inventory"  # an existing closure keeps its reason
    assert closures[date(2027, 12, 27)] == "Christmas shutdown, all sites"
    assert len(closures) == 10
    assert result.already_closed == (date(2027, 12, 28),)
    assert len(result.added) == 9
    assert _closures(doc, "Bergen") == {}
    (row,) = doc.conn.execute("SELECT kind, rows_written, rows_skipped FROM imports").fetchall()
    assert row == ("closures", 9, 1)


def test_imported_closures_become_exdates(doc: OfficeFile, source: Path) -> None:
    with doc.write() as conn:
        conn.execute("INSERT INTO teams(name, site_id) VALUES ('T', 1)")
        conn.execute(
            "INSERT INTO plans(id, name, created_at, valid_from, valid_to) "
            "VALUES (1, 'P', 'now', '2027-12-01', '2028-01-31')"
        )
        conn.execute("INSERT INTO plan_days VALUES (1, 1, 'Wed')")
    import_ics_closures(doc, "Oslo", source)
    (event,) = prepare_export(doc.conn, ExportRequest("P")).events
    assert {s.day: s.reason for s in event.skipped} == {
        date(2027, 12, 29): "Christmas shutdown, all sites"
    }


def test_unknown_site_writes_nothing(doc: OfficeFile, source: Path) -> None:
    with pytest.raises(CalendarError, match="no site called 'Trondheim'; sites in this file"):
        import_ics_closures(doc, "Trondheim", source)
    assert doc.scalar("SELECT count(*) FROM closures") == 1
    assert doc.scalar("SELECT count(*) FROM imports") == 0


def _broken(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "broken.ics"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8", newline="")
    return path


GOOD_EVENT = ["BEGIN:VEVENT", "SUMMARY:ok", "DTSTART;VALUE=DATE:20280101", "END:VEVENT"]


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        (["BEGIN:VCARD", "END:VCARD"], 1, "does not start with BEGIN:VCALENDAR"),
        (["BEGIN:VCALENDAR", *GOOD_EVENT, "BEGIN:VEVENT", "SUMMARY:x"], 6, "never closed"),
        (
            [
                "BEGIN:VCALENDAR",
                *GOOD_EVENT,
                "BEGIN:VEVENT",
                "DTSTART:20280230",
                "END:VEVENT",
                "END:VCALENDAR",
            ],
            7,
            "DTSTART has an invalid date '20280230'",
        ),
        (["BEGIN:VCALENDAR", *GOOD_EVENT, "this is not ical", "END:VCALENDAR"], 6, "no ':'"),
        (
            ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:20280101", "END:VTODO", "END:VCALENDAR"],
            4,
            "END:VTODO closes BEGIN:VEVENT of line 2",
        ),
        (
            [
                "BEGIN:VCALENDAR",
                "BEGIN:VEVENT",
                "DTSTART:20280101",
                "RRULE:FREQ=SOMETIMES",
                "END:VEVENT",
                "END:VCALENDAR",
            ],
            4,
            "invalid RRULE",
        ),
        (
            ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:x", "END:VEVENT", "END:VCALENDAR"],
            2,
            "DTSTART",
        ),
        (["BEGIN:VCALENDAR", "VERSION:2.0", "END:VCALENDAR"], 1, "contains no events"),
    ],
)
def test_malformed_files_name_file_and_line(
    doc: OfficeFile, tmp_path: Path, lines: list[str], line: int, message: str
) -> None:
    path = _broken(tmp_path, lines)
    with pytest.raises(IcsSyntaxError, match=re.escape(message)) as caught:
        import_ics_closures(doc, "Oslo", path)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert doc.scalar("SELECT count(*) FROM closures") == 1  # all or nothing
    assert doc.scalar("SELECT count(*) FROM imports") == 0


def test_binary_and_empty_files(doc: OfficeFile, tmp_path: Path) -> None:
    binary = tmp_path / "x.ics"
    binary.write_bytes(b"BEGIN:VCALENDAR\r\nSUMMARY:\xff\xfe\r\n")
    with pytest.raises(IcsSyntaxError, match=r"x\.ics:2: not UTF-8"):
        read_closures(binary)
    empty = tmp_path / "empty.ics"
    empty.write_bytes(b"")
    with pytest.raises(IcsSyntaxError, match="empty"):
        read_closures(empty)
    with pytest.raises(IcsSyntaxError, match="cannot read"):
        read_closures(tmp_path / "missing.ics")


def test_events_out_of_years_or_too_long_are_noted_and_skipped(tmp_path: Path) -> None:
    """Found by fuzzing: an all-day event in 9999 overflowed the horizon's year, and a
    long event repeating daily asked for about 540 million days."""
    path = _broken(
        tmp_path,
        [
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            "SUMMARY:Far future",
            "DTSTART;VALUE=DATE:99991201",
            "DTEND;VALUE=DATE:99991202",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "SUMMARY:Forever",
            "DTSTART;VALUE=DATE:19500101",
            "DTEND;VALUE=DATE:20270106",
            "RRULE:FREQ=DAILY",
            "END:VEVENT",
            *GOOD_EVENT,
            "END:VCALENDAR",
        ],
    )
    found = read_closures(path)
    assert found.days == {date(2028, 1, 1): "ok"}
    notes = "\n".join(found.notes)
    assert "'Far future' starts on 9999-12-01, outside the years 1900–2999; skipped" in notes
    assert "'Forever' lasts 28,129 days; a closure of more than 366 days is skipped" in notes
