"""The importer's rules on real office files: all or nothing, natural keys, conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from officeplanner.domain import DataKind
from officeplanner.imports import (
    ImportCancelled,
    ImportFailed,
    ImportOptions,
    import_file,
)
from officeplanner.store import OfficeFile
from tests.core.import_support import bookings, digest, fill_office, write_source

HEADER = "date,desk,person,team,status,start,end,checked_in_at"


@pytest.fixture
def small_office(office: OfficeFile) -> OfficeFile:
    fill_office(office)
    return office


def _problems(exc: pytest.ExceptionInfo[ImportFailed]) -> list[str]:
    return [str(p) for p in exc.value.problems]


def test_bookings_import_and_record(small_office: OfficeFile, tmp_path: Path) -> None:
    src = write_source(
        tmp_path,
        "bookings.csv",
        f"""{HEADER}
2026-03-02,D1,Kari Nordmann,Red,checked in,,,08:55
2026-03-02,D2,Ola Hansen,Red,booked,08:00,12:00,
2026-03-02,D2,Per Berg,Blue,no-show,12:00,16:00,
2026-03-03,D1,Åse Lie,,avlyst,,,""",
    )
    result = import_file(small_office, src)
    assert result.kind is DataKind.BOOKINGS
    assert (result.rows_read, result.rows_written, result.rows_unchanged) == (4, 4, 0)
    assert result.rows_skipped == 0 and result.problems == []
    assert bookings(small_office) == [
        ("2026-03-02", "D1", "Kari Nordmann", "checked_in", "", "", "08:55"),
        ("2026-03-02", "D2", "Ola Hansen", "booked", "08:00", "12:00", ""),
        ("2026-03-02", "D2", "Per Berg", "no_show", "12:00", "16:00", ""),
        ("2026-03-03", "D1", "Åse Lie", "cancelled", "", "", ""),
    ]
    record = small_office.conn.execute(
        "SELECT id, kind, source, rows_written, rows_skipped FROM imports"
    ).fetchall()
    assert record == [(result.import_id, "bookings", "bookings.csv", 4, 0)]
    assert small_office.conn.execute(
        "SELECT DISTINCT import_id, source FROM bookings"
    ).fetchall() == [(result.import_id, "import")]
    assert "4 rows read, 4 written" in result.summary()


def test_reimport_changes_nothing_and_a_changed_status_updates(
    small_office: OfficeFile, tmp_path: Path
) -> None:
    text = f"""{HEADER}
2026-03-02,D1,Kari Nordmann,Red,booked,,,
2026-03-02,D2,Ola Hansen,Red,booked,,,"""
    src = write_source(tmp_path, "b.csv", text)
    first = import_file(small_office, src)
    before = bookings(small_office)
    ids = small_office.conn.execute("SELECT id, import_id FROM bookings ORDER BY id").fetchall()
    again = import_file(small_office, src)
    assert (again.rows_written, again.rows_unchanged) == (0, 2)
    assert bookings(small_office) == before
    # unchanged rows keep their id and the import that wrote them
    assert (
        small_office.conn.execute("SELECT id, import_id FROM bookings ORDER BY id").fetchall()
        == ids
    )
    changed = write_source(
        tmp_path, "c.csv", text.replace("Kari Nordmann,Red,booked", "Kari Nordmann,Red,present")
    )
    third = import_file(small_office, changed)
    assert (third.rows_written, third.rows_unchanged) == (1, 1)
    assert bookings(small_office)[0][3] == "checked_in"
    assert small_office.scalar("SELECT count(*) FROM bookings") == 2
    assert (
        small_office.scalar(
            "SELECT import_id FROM bookings b JOIN people p ON p.id = b.person_id "
            "WHERE p.name = 'Kari Nordmann'"
        )
        == third.import_id
        != first.import_id
    )


def test_one_bad_row_writes_nothing_and_every_problem_is_listed(
    small_office: OfficeFile, tmp_path: Path
) -> None:
    src = write_source(
        tmp_path,
        "bookings.csv",
        """dato;pult;navn;status
02.03.2026;D1;Kari Nordmann;booked
31.02.2026;D2;Ola Hansen;booked
03.03.2026;D9;Per Berg;perhaps
03.03.2026;D3;Nobody;booked""",
    )
    before = digest(small_office.path)
    with pytest.raises(ImportFailed) as caught:
        import_file(small_office, src)
    assert _problems(caught) == [
        'bookings.csv:3: column "dato": "31.02.2026" is not a date (day out of range)',
        'bookings.csv:4: column "pult": "D9" is not a desk in the office file (import the '
        "desks first, or choose to create what is missing: --create-missing on the command "
        "line)",
        'bookings.csv:4: column "status": "perhaps" is not a booking status (expected booked, '
        "checked in, no-show or cancelled, or a synonym such as present, møtt, avlyst)",
        'bookings.csv:5: column "navn": "Nobody" is not a person in the office file (import '
        "the people first, or choose to create what is missing: --create-missing on the "
        "command line)",
    ]
    assert caught.value.total == 4
    assert bookings(small_office) == []
    assert small_office.scalar("SELECT count(*) FROM imports") == 0
    assert digest(small_office.path) == before


def test_skip_bad_rows_imports_the_rest_and_reports_the_skipped(
    small_office: OfficeFile, tmp_path: Path
) -> None:
    src = write_source(
        tmp_path,
        "b.csv",
        """date,desk,person,status
2026-03-02,D1,Kari Nordmann,booked
2026-03-02,D2,Ola Hansen,maybe
2026-03-02,D1,Per Berg,booked
2026-03-03,D3,Per Berg,booked""",
    )
    result = import_file(small_office, src, options=ImportOptions(skip_bad_rows=True))
    assert (result.rows_read, result.rows_written, result.rows_skipped) == (4, 2, 2)
    assert [(p.line, p.column) for p in result.problems] == [(3, "status"), (4, "desk")]
    assert [b[:3] for b in bookings(small_office)] == [
        ("2026-03-02", "D1", "Kari Nordmann"),
        ("2026-03-03", "D3", "Per Berg"),
    ]
    assert small_office.conn.execute(
        "SELECT rows_written, rows_skipped FROM imports"
    ).fetchone() == (2, 2)


def test_create_missing_creates_desks_people_and_teams(
    small_office: OfficeFile, tmp_path: Path
) -> None:
    src = write_source(
        tmp_path,
        "b.csv",
        """date,desk,person,team,status
2026-03-02,D77,Nina Ny,Green,booked
2026-03-03,D77,Nina Ny,Green,booked
2026-03-03,D1,Kari Nordmann,Red,booked""",
    )
    with pytest.raises(ImportFailed) as caught:
        import_file(small_office, src)
    assert {(p.line, p.column) for p in caught.value.problems} == {
        (2, "desk"),
        (2, "team"),
        (2, "person"),
        (3, "desk"),
        (3, "team"),
        (3, "person"),
    }
    result = import_file(small_office, src, options=ImportOptions(create_missing=True))
    assert result.rows_written == 3
    assert result.created == {"desks": 1, "people": 1, "teams": 1}
    assert (
        small_office.scalar(
            "SELECT t.name FROM people p JOIN teams t ON t.id = p.team_id WHERE p.name = 'Nina Ny'"
        )
        == "Green"
    )
    assert (
        small_office.scalar(
            "SELECT s.name FROM desks d JOIN zones z ON z.id = d.zone_id "
            "JOIN floors f ON f.id = z.floor_id JOIN sites s ON s.id = f.site_id "
            "WHERE d.name = 'D77'"
        )
        == "Unplaced desks"
    )


def test_double_booked_desk_within_the_file(small_office: OfficeFile, tmp_path: Path) -> None:
    src = write_source(
        tmp_path,
        "b.csv",
        f"""{HEADER}
2026-03-02,D1,Kari Nordmann,,booked,,,
2026-03-02,D1,Ola Hansen,,booked,08:00,10:00,
2026-03-02,D2,Ola Hansen,,booked,10:00,12:00,
2026-03-02,D2,Per Berg,,booked,12:00,16:00,
2026-03-02,D2,Åse Lie,,booked,11:00,13:00,
2026-03-03,D3,Per Berg,,cancelled,,,
2026-03-03,D3,Åse Lie,,booked,,,
2026-03-03,D1,Ola Hansen,,booked,,,""",
    )
    before = digest(small_office.path)
    with pytest.raises(ImportFailed) as caught:
        import_file(small_office, src)
    assert _problems(caught) == [
        'b.csv:3: column "desk": "D1" is double-booked on 2026-03-02: line 2 books it for '
        "Kari Nordmann at an overlapping time",
        'b.csv:6: column "desk": "D2" is double-booked on 2026-03-02: line 4 books it for '
        "Ola Hansen at an overlapping time",
    ]
    assert digest(small_office.path) == before
    result = import_file(small_office, src, options=ImportOptions(skip_bad_rows=True))
    assert result.rows_written == 6
    assert [p.line for p in result.problems] == [3, 6]


def test_double_booking_against_the_office_file(small_office: OfficeFile, tmp_path: Path) -> None:
    import_file(
        small_office,
        write_source(
            tmp_path,
            "first.csv",
            """date,desk,person,status,start,end
2026-03-02,D1,Kari Nordmann,booked,08:00,12:00
2026-03-02,D2,Ola Hansen,cancelled,,""",
        ),
    )
    second = write_source(
        tmp_path,
        "second.csv",
        """date,desk,person,status,start,end
2026-03-02,D1,Per Berg,booked,11:00,13:00
2026-03-02,D1,Åse Lie,booked,13:00,16:00
2026-03-02,D2,Ola Hansen,booked,,""",
    )
    before = digest(small_office.path)
    with pytest.raises(ImportFailed) as caught:
        import_file(small_office, second)
    assert _problems(caught) == [
        'second.csv:2: column "desk": "D1" is already booked on 2026-03-02 for Kari Nordmann '
        "(in the office file) at an overlapping time"
    ]
    assert digest(small_office.path) == before
    # a file that cancels the existing booking frees the desk in the same import
    third = write_source(
        tmp_path,
        "third.csv",
        """date,desk,person,status,start,end
2026-03-02,D1,Kari Nordmann,cancelled,08:00,12:00
2026-03-02,D1,Per Berg,booked,11:00,13:00""",
    )
    assert import_file(small_office, third).rows_written == 2


def test_a_person_on_two_desks_at_once_is_refused_as_by_hand(
    small_office: OfficeFile, tmp_path: Path
) -> None:
    """The booking dialog refuses a second desk for somebody at an overlapping time; so
    does an import, within the file and against the office file."""
    import_file(
        small_office,
        write_source(
            tmp_path,
            "first.csv",
            "date,desk,person,status,start,end\n2026-03-03,D1,Per Berg,booked,08:00,12:00",
        ),
    )
    src = write_source(
        tmp_path,
        "second.csv",
        """date,desk,person,status,start,end
2026-03-02,D1,Kari Nordmann,booked,,
2026-03-02,D2,Kari Nordmann,booked,09:00,10:00
2026-03-02,D3,Kari Nordmann,cancelled,,
2026-03-03,D2,Per Berg,booked,11:00,13:00
2026-03-03,D3,Per Berg,booked,12:00,14:00
2026-03-03,D4,Ola Hansen,booked,12:00,14:00""",
    )
    before = digest(small_office.path)
    with pytest.raises(ImportFailed) as caught:
        import_file(small_office, src)
    assert _problems(caught) == [
        'second.csv:3: column "person": "Kari Nordmann" is booked on two desks on 2026-03-02: '
        "line 2 gives them desk D1 at an overlapping time",
        'second.csv:5: column "person": "Per Berg" already has desk D1 booked on 2026-03-03 '
        "(in the office file) at an overlapping time",
        'second.csv:6: column "person": "Per Berg" is booked on two desks on 2026-03-03: '
        "line 5 gives them desk D2 at an overlapping time",
    ]  # line 6 (12:00–14:00) only touches the office file's 08:00–12:00: no clash
    assert digest(small_office.path) == before


def test_a_future_booking_needs_a_bookable_desk_history_does_not(
    small_office: OfficeFile, tmp_path: Path
) -> None:
    with small_office.write() as conn:
        conn.execute("UPDATE desks SET bookable = 0 WHERE name = 'D4'")
    src = write_source(
        tmp_path,
        "b.csv",
        """date,desk,person,status
2020-03-02,D4,Kari Nordmann,checked_in
2099-03-02,D4,Kari Nordmann,cancelled
2099-03-03,D4,Kari Nordmann,booked""",
    )
    with pytest.raises(ImportFailed) as caught:
        import_file(small_office, src)
    assert _problems(caught) == [
        'b.csv:4: column "desk": "D4" is not bookable; a booking from today on needs a '
        "bookable desk (make it bookable in the office first)"
    ]


def test_duplicate_rows_are_reported(small_office: OfficeFile, tmp_path: Path) -> None:
    src = write_source(
        tmp_path,
        "b.csv",
        """date,desk,person,status
2026-03-02,D1,Kari Nordmann,booked
2026-03-03,D1,Kari Nordmann,booked
02.03.2026,D1,Kari Nordmann,checked in""",
    )
    with pytest.raises(ImportFailed) as caught:
        import_file(small_office, src)
    assert _problems(caught) == [
        'b.csv:4: column "desk": "D1" repeats line 2 (the same desk, person, date and start '
        "time); remove one of them"
    ]


def test_desks_people_attendance_and_closures(office: OfficeFile, tmp_path: Path) -> None:
    desks = write_source(
        tmp_path,
        "desks.csv",
        """Lokasjon;Etasje;Sone;Pult;Skjerm;Hev/senk
Oslo;2;Nord;N-1;ja;nei
Oslo;2;Nord;N-2;;ja
Bergen;1;A;B-1;nei;nei""",
    )
    assert import_file(office, desks).created == {"sites": 2, "desks": 3}
    assert office.conn.execute(
        "SELECT name, bookable, monitor, standing, accessible FROM desks ORDER BY name"
    ).fetchall() == [("B-1", 1, 0, 0, 0), ("N-1", 1, 1, 0, 0), ("N-2", 1, 0, 1, 0)]
    people = write_source(
        tmp_path,
        "people.csv",
        """Navn\tAvdeling\tE-post
Kari\tRed\tkari@example.no
Ola\t\t""",
    )
    with pytest.raises(ImportFailed, match="not a team"):
        import_file(office, people)
    result = import_file(office, people, options=ImportOptions(create_missing=True))
    assert result.created == {"teams": 1, "people": 2}
    attendance = write_source(
        tmp_path,
        "badges.csv",
        """date,site,person,count
2026-03-02,Oslo,Kari,
2026-03-02,Bergen,,17
2026-03-02,Oslo,Kari,5""",
    )
    with pytest.raises(ImportFailed) as caught:
        import_file(office, attendance)
    assert [p.reason for p in caught.value.problems] == [
        "is given beside a person; a row holds either"
    ]
    fixed = write_source(
        tmp_path, "badges2.csv", attendance.read_text(encoding="utf-8").replace("Kari,5", ",5")
    )
    assert import_file(office, fixed).rows_written == 3
    assert import_file(office, fixed).rows_unchanged == 3
    counts = write_source(tmp_path, "c.csv", "dato,kontor,antall\n02.03.2026,Bergen,18")
    assert import_file(office, counts).rows_written == 1
    assert (
        office.scalar(
            "SELECT count FROM attendance WHERE person_id IS NULL AND site_id = "
            "(SELECT id FROM sites WHERE name = 'Bergen')"
        )
        == 18
    )
    closures = write_source(tmp_path, "cl.csv", "site,date,reason\nOslo,2026-12-24,Christmas Eve")
    assert import_file(office, closures).kind is DataKind.CLOSURES
    assert office.conn.execute("SELECT date, reason FROM closures").fetchall() == [
        ("2026-12-24", "Christmas Eve")
    ]


def test_explicit_mapping_replaces_the_guess(small_office: OfficeFile, tmp_path: Path) -> None:
    src = write_source(
        tmp_path,
        "b.csv",
        """when,where,who,what,note
2026-03-02,D1,Kari Nordmann,booked,ignored""",
    )
    with pytest.raises(ImportFailed, match="cannot tell what the file holds"):
        import_file(small_office, src)
    mapping = {"date": "when", "desk": "where", "person": "who", "status": "what"}
    result = import_file(
        small_office, src, DataKind.BOOKINGS, options=ImportOptions(mapping=mapping)
    )
    assert result.rows_written == 1
    assert result.ignored_columns == ("note",)
    with pytest.raises(ImportFailed, match="'nowhere' for 'desk' is not in the file"):
        import_file(
            small_office,
            src,
            DataKind.BOOKINGS,
            options=ImportOptions(mapping=mapping | {"desk": "nowhere"}),
        )


def test_dry_run_reports_and_writes_nothing(small_office: OfficeFile, tmp_path: Path) -> None:
    src = write_source(
        tmp_path,
        "b.csv",
        "date,desk,person,status\n2026-03-02,D1,Kari Nordmann,booked\n"
        "2026-03-02,D2,Ola Hansen,nope",
    )
    before = digest(small_office.path)
    result = import_file(small_office, src, options=ImportOptions(dry_run=True))
    assert result.dry_run and result.rows_written == 1 and result.rows_skipped == 1
    assert [p.line for p in result.problems] == [3]
    assert bookings(small_office) == []
    assert digest(small_office.path) == before


def test_cancel_leaves_nothing_and_progress_is_reported(
    small_office: OfficeFile, tmp_path: Path
) -> None:
    lines = ["date,desk,person,status"] + [
        f"2026-{m:02d}-{d:02d},D{1 + i % 4},Kari Nordmann,booked"
        for i, (m, d) in enumerate((m, d) for m in range(1, 13) for d in range(1, 29))
    ]
    src = write_source(tmp_path, "b.csv", "\n".join(lines * 1))
    seen: list[tuple[int, int]] = []
    import_file(small_office, src, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (len(lines) - 1, len(lines) - 1)
    before = digest(small_office.path)
    bigger = write_source(
        tmp_path,
        "big.csv",
        "\n".join(
            ["date,desk,person,status"]
            + [
                "2025-01-01,D1,Kari Nordmann,booked"
                if i == 0
                else f"{2000 + i // 336}-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}"
                ",D2,Ola Hansen,booked"
                for i in range(12_000)
            ]
        ),
    )
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 1

    with pytest.raises(ImportCancelled):
        import_file(small_office, bigger, cancel=cancel)
    assert digest(small_office.path) == before
    assert (
        small_office.scalar(
            "SELECT count(*) FROM bookings WHERE person_id = "
            "(SELECT id FROM people WHERE name = 'Ola Hansen')"
        )
        == 0
    )


def test_cancel_during_the_sql_phase(small_office: OfficeFile, tmp_path: Path) -> None:
    """The SQL phases look at cancel() too (through SQLite's progress handler)."""
    lines = ["date,desk,person,status"] + [
        f"{2000 + i // 336}-{1 + i // 28 % 12:02d}-{1 + i % 28:02d},D2,Ola Hansen,booked"
        for i in range(3_000)
    ]
    src = write_source(tmp_path, "b.csv", "\n".join(lines))
    before = digest(small_office.path)
    with pytest.raises(ImportCancelled):
        # under CHUNK_ROWS rows: the first look at cancel() is SQLite's
        import_file(small_office, src, cancel=lambda: True)
    assert digest(small_office.path) == before


def test_xlsx_bookings_import(small_office: OfficeFile, tmp_path: Path) -> None:
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Dato", "Pult", "Navn", "Status"])
    sheet.append([dt.datetime(2026, 3, 4), "D1", "Kari Nordmann", "møtt"])
    sheet.append([None, None, None, None])
    sheet.append([dt.date(2026, 2, 28), "D1", "Nobody", "booked"])
    path = tmp_path / "b.xlsx"
    book.save(path)
    with pytest.raises(ImportFailed) as caught:
        import_file(small_office, path)
    assert [str(p) for p in caught.value.problems] == [
        'b.xlsx:4: column "Navn": "Nobody" is not a person in the office file (import the '
        "people first, or choose to create what is missing: --create-missing on the command "
        "line)"
    ]
    result = import_file(small_office, path, options=ImportOptions(skip_bad_rows=True))
    assert result.rows_written == 1
    assert bookings(small_office) == [
        ("2026-03-04", "D1", "Kari Nordmann", "checked_in", "", "", "")
    ]


def test_norwegian_excel_file(small_office: OfficeFile, tmp_path: Path) -> None:
    """What Excel on a Norwegian Windows writes: cp1252, semicolons, CRLF, day-first dates."""
    src = write_source(
        tmp_path,
        "bookinger.csv",
        """Dato;Plass;Ansatt;Avdeling;Status
04.03.2026;D1;Åse Lie;Blue;Møtt
04.03.2026;D2;Kari Nordmann;Red;Ikke møtt
05.03.2026;D1;Åse Lie;Blue;Avlyst""",
        encoding="cp1252",
        newline="\r\n",
    )
    result = import_file(small_office, src)
    assert result.rows_written == 3
    assert [(b[0], b[2], b[3]) for b in bookings(small_office)] == [
        ("2026-03-04", "Åse Lie", "checked_in"),
        ("2026-03-04", "Kari Nordmann", "no_show"),
        ("2026-03-05", "Åse Lie", "cancelled"),
    ]


def test_excels_separator_line_says_how_to_split_and_is_not_the_header(
    small_office: OfficeFile, tmp_path: Path
) -> None:
    from officeplanner.imports import sniff

    src = write_source(
        tmp_path,
        "excel.csv",
        "sep=;\ndate;desk;person;status\n2026-03-02;D1;Kari Nordmann;booked\n"
        "2026-03-03;D9;Kari Nordmann;booked\n",
    )
    preview = sniff(src)
    assert (preview.delimiter, preview.headers) == (";", ["date", "desk", "person", "status"])
    with pytest.raises(ImportFailed) as caught:
        import_file(small_office, src)
    assert [p.line for p in caught.value.problems] == [4]  # the file's own line numbers
    result = import_file(small_office, src, options=ImportOptions(skip_bad_rows=True))
    assert result.rows_written == 1


def test_a_skipped_row_creates_nothing_even_when_creating_is_on(
    small_office: OfficeFile, tmp_path: Path
) -> None:
    """With 'create what is missing' and 'skip rows with problems', the desk, person and
    team that only a skipped row names must not be created (the import runs again
    without the skipped rows)."""
    src = write_source(
        tmp_path,
        "b.csv",
        """date,desk,person,team,status
2026-03-02,D1,Kari Nordmann,Red,booked
not-a-date,NewDesk,New Person,NewTeam,bogus
2026-03-03,D9,Somebody New,Green,booked""",
    )
    before = small_office.counts()
    options = ImportOptions(create_missing=True, skip_bad_rows=True)
    result = import_file(small_office, src, options=options)
    assert (result.rows_read, result.rows_written, result.rows_skipped) == (3, 2, 1)
    assert {p.line for p in result.problems} == {3} and result.problem_count == 2
    after = small_office.counts()
    assert after["desks"] == before["desks"] + 1  # D9, not NewDesk
    assert after["people"] == before["people"] + 1 and after["teams"] == before["teams"] + 1
    assert result.created == {"desks": 1, "people": 1, "teams": 1}
    names = {r[0] for r in small_office.conn.execute("SELECT name FROM desks")}
    assert "D9" in names and "NewDesk" not in names

    attendance = write_source(
        tmp_path, "a.csv", "date,site,count\n2026-13-02,Bergen,3\n2026-03-02,Oslo,4\n"
    )
    sites = small_office.counts()["sites"]
    result = import_file(small_office, attendance, options=options)
    assert (result.rows_written, result.rows_skipped) == (1, 1)
    assert small_office.counts()["sites"] == sites  # no "Bergen" for the skipped row
