"""Cell values, headers and file formats: the importer's reading rules, one by one."""

from __future__ import annotations

from pathlib import Path

import pytest

from officeplanner.domain import BookingStatus, DataKind
from officeplanner.imports import ImportFailed, guess_kind, guess_mapping, sniff
from officeplanner.imports.values import (
    parse_bool,
    parse_count,
    parse_date,
    parse_status,
    parse_time,
    parse_timestamp,
)
from tests.core.import_support import write_source


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026-03-04", "2026-03-04"),
        ("04.03.2026", "2026-03-04"),
        ("04/03/2026", "2026-03-04"),
        ("4.3.2026", "2026-03-04"),
        (" 2026-3-4 ", "2026-03-04"),
        ("29.02.2028", "2028-02-29"),
        ("2026-03-04 00:00:00", "2026-03-04"),
    ],
)
def test_dates_read_iso_and_day_first(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31.02.2026", "is not a date (day out of range)"),
        ("29.02.2026", "is not a date (day out of range)"),
        ("2026-13-01", "is not a date (month out of range)"),
        ("03/04/26", "is not a date (expected 2026-03-04, 04.03.2026 or 04/03/2026)"),
        ("tomorrow", "is not a date (expected 2026-03-04, 04.03.2026 or 04/03/2026)"),
        ("04.03/2026", "is not a date (expected 2026-03-04, 04.03.2026 or 04/03/2026)"),
        ("", "is empty; a date is needed"),
    ],
)
def test_bad_dates_say_why(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=r"^" + reason.replace("(", r"\(").replace(")", r"\)")):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("booked", BookingStatus.BOOKED),
        ("Reservert", BookingStatus.BOOKED),
        ("checked in", BookingStatus.CHECKED_IN),
        ("Checked-In", BookingStatus.CHECKED_IN),
        ("checked_in", BookingStatus.CHECKED_IN),
        ("present", BookingStatus.CHECKED_IN),
        ("møtt", BookingStatus.CHECKED_IN),
        ("Sjekket inn", BookingStatus.CHECKED_IN),
        ("no-show", BookingStatus.NO_SHOW),
        ("NO_SHOW", BookingStatus.NO_SHOW),
        ("ikke møtt", BookingStatus.NO_SHOW),
        ("cancelled", BookingStatus.CANCELLED),
        ("canceled", BookingStatus.CANCELLED),
        ("Avlyst", BookingStatus.CANCELLED),
    ],
)
def test_status_synonyms(text: str, status: BookingStatus) -> None:
    assert parse_status(text) == status.value


def test_unknown_status_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"is not a booking status .*booked, checked in"):
        parse_status("maybe")


def test_times_booleans_and_counts() -> None:
    assert parse_time("8:00") == "08:00"
    assert parse_time("08.30") == "08:30"
    assert parse_time("16:00:00") == "16:00"
    assert parse_time("") == ""
    for bad in ("25:00", "8", "08:61", "noon"):
        with pytest.raises(ValueError, match="is not a time of day"):
            parse_time(bad)
    assert parse_timestamp("8:05") == "08:05"
    assert parse_timestamp("2026-03-04T08:05:00Z") == "2026-03-04T08:05:00Z"
    with pytest.raises(ValueError, match="is not a check-in time"):
        parse_timestamp("soon")
    assert [parse_bool(t) for t in ("yes", "Ja", "x", "1", "no", "NEI", "0", "")] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        None,
    ]
    with pytest.raises(ValueError, match="is not yes or no"):
        parse_bool("perhaps")
    assert parse_count("12") == 12
    assert parse_count("12.0") == 12
    for bad, reason in (("-1", "negative"), ("1.5", "whole number"), ("many", "whole number")):
        with pytest.raises(ValueError, match=reason):
            parse_count(bad)


@pytest.mark.parametrize(
    ("headers", "kind"),
    [
        (["date", "desk", "person", "team", "status"], DataKind.BOOKINGS),
        (["Dato", "Pult", "Navn", "Avdeling", "Status"], DataKind.BOOKINGS),
        (["DATO", "Plass", "Ansatt", "Status", "Fra", "Til"], DataKind.BOOKINGS),
        (["site", "floor", "zone", "desk", "monitor"], DataKind.DESKS),
        (["Lokasjon", "Etasje", "Sone", "Pult"], DataKind.DESKS),
        (["person", "team", "email"], DataKind.PEOPLE),
        (["Navn", "Avdeling", "E-post"], DataKind.PEOPLE),
        (["date", "person", "site"], DataKind.ATTENDANCE),
        (["date", "site", "count"], DataKind.ATTENDANCE),
        (["Dato", "Kontor", "Antall"], DataKind.ATTENDANCE),
        (["site", "date", "reason"], DataKind.CLOSURES),
        (["colour", "flavour"], None),
    ],
)
def test_kind_is_guessed_from_english_or_norwegian_headers(
    headers: list[str], kind: DataKind | None
) -> None:
    assert guess_kind(headers) == kind


def test_mapping_prefers_exact_names_and_uses_each_header_once() -> None:
    mapping = guess_mapping(["Navn", "person", "Dato", "Pult", "status"], DataKind.BOOKINGS)
    assert mapping == {"date": "Dato", "desk": "Pult", "person": "person", "status": "status"}


@pytest.mark.parametrize(
    ("delimiter", "encoding", "bom"),
    [
        (",", "utf-8", False),
        (";", "utf-8", True),
        ("\t", "utf-8", False),
        (";", "cp1252", False),
    ],
)
def test_sniff_detects_delimiter_and_encoding(
    tmp_path: Path, delimiter: str, encoding: str, bom: bool
) -> None:
    text = delimiter.join(["Dato", "Pult", "Navn", "Status"]) + "\n"
    text += delimiter.join(["04.03.2026", "D1", "Åse Lie", "møtt"]) + "\n"
    data = text.encode(encoding)
    path = tmp_path / "in.csv"
    path.write_bytes(b"\xef\xbb\xbf" + data if bom else data)
    preview = sniff(path)
    assert preview.delimiter == delimiter
    assert preview.encoding == ("utf-8-sig" if bom else encoding)
    assert preview.headers == ["Dato", "Pult", "Navn", "Status"]
    assert preview.rows == [["04.03.2026", "D1", "Åse Lie", "møtt"]]
    assert preview.kind is DataKind.BOOKINGS
    assert preview.mapping == {"date": "Dato", "desk": "Pult", "person": "Navn", "status": "Status"}
    assert preview.missing == []


def test_sniff_shows_at_most_twenty_rows_and_obeys_overrides(tmp_path: Path) -> None:
    lines = ["date;desk;person;status"] + [f"2026-03-{d:02d};D1;Kari;booked" for d in range(1, 30)]
    path = write_source(tmp_path, "b.csv", "\n".join(lines))
    assert len(sniff(path).rows) == 20
    forced = sniff(path, DataKind.PEOPLE, delimiter=",")
    assert forced.headers == ["date;desk;person;status"]
    assert forced.kind is DataKind.PEOPLE
    assert forced.missing == ["person"]


def test_cp1252_found_after_the_first_megabyte(tmp_path: Path) -> None:
    """A file that is plain ASCII for a long way and cp1252 later is still cp1252."""
    body = "date;desk;person;status\n" + "2026-03-04;D1;Ola;booked\n" * 60_000
    path = tmp_path / "late.csv"
    path.write_bytes(body.encode() + "2026-03-05;D1;Åse;møtt\n".encode("cp1252"))
    assert sniff(path).encoding == "cp1252"


def test_neither_utf8_nor_cp1252_names_the_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "weird.csv"
    path.write_bytes(b"date,desk,person,status\n2026-03-04,D1,Ola,booked\n2026-03-05,D\x81,x\n")
    with pytest.raises(ImportFailed) as caught:
        sniff(path)
    (problem,) = caught.value.problems
    assert problem.line == 3
    assert "neither UTF-8 nor Windows-1252" in problem.reason
    assert "0x81" in problem.reason
    assert str(problem).startswith("weird.csv:3: the file is neither UTF-8 nor Windows-1252")


def test_xlsx_is_read_with_typed_cells(tmp_path: Path) -> None:
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Dato", "Pult", "Navn", "Status", "Fra", "Til"])
    sheet.append([dt.datetime(2026, 3, 4), "D1", "Kari", "booked", dt.time(8, 0), dt.time(12)])
    sheet.append([dt.date(2026, 3, 5), 12, "Ola", True, None, None])
    path = tmp_path / "b.xlsx"
    book.save(path)
    preview = sniff(path)
    assert preview.format == "xlsx"
    assert preview.kind is DataKind.BOOKINGS
    assert preview.rows == [
        ["2026-03-04", "D1", "Kari", "booked", "08:00", "12:00"],
        ["2026-03-05", "12", "Ola", "yes", "", ""],
    ]


def test_a_finding_is_english_text_that_remembers_its_template() -> None:
    """What the GUI needs to word it again in another language (officeplanner.wording)."""
    import pickle

    from officeplanner.imports.values import parse_date
    from officeplanner.wording import Wording, translate, wording_of

    with pytest.raises(ValueError) as caught:
        parse_date("2026-02-30")
    reason = wording_of(caught.value)
    assert reason == "is not a date (day out of range)"
    assert isinstance(reason, Wording) and reason.context == "ImportProblem"
    filled = translate("ImportProblem", "is not after the start {start}").fill(start="09:00")
    assert filled == "is not after the start 09:00"
    assert filled.template == "is not after the start {start}"
    assert filled.values == {"start": "09:00"}
    again = pickle.loads(pickle.dumps(filled))
    assert again == filled and again.values == filled.values
    assert wording_of(ValueError("plain")) == "plain"
