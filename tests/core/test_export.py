"""CSV export: canonical columns, stable order, formula neutralisation, atomic writes."""

from __future__ import annotations

import csv
import io
import tracemalloc
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from officeplanner.demo import generate_demo
from officeplanner.domain import CANONICAL_COLUMNS, DataKind
from officeplanner.exports import FORMULA_TRIGGERS, export_csv, neutralise, restore
from officeplanner.store import OfficeFile
from officeplanner.store.entities import DeskFeatures, ensure_desk, ensure_person, ensure_site

TRICKY = (
    "=1+2",
    "+47 912 34 567",
    "-Minus",
    "@SUM(A1)",
    "\tTabbed",
    "\rReturn",
    "'=already quoted",
    "''+twice",
    "'s-Hertogenbosch",
    "O'Brien",
    "plain",
    'Comma, and "quotes"',
    "Line\nbreak",
    "Ærlig Øst Ålesund",
    '=HYPERLINK("http://evil.example","click")',
)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _fill_small(doc: OfficeFile, *, reverse: bool = False) -> None:
    """A hand-made office; ``reverse`` inserts the same content in the opposite order."""
    desks = [
        ("Oslo", "Floor 2", "North", "OSL-2A-01", DeskFeatures(monitor=True)),
        ("Oslo", "Floor 2", "North", "OSL-2A-02", DeskFeatures(standing=True)),
        ("Bergen", "Floor 1", "South", "BGO-1A-01", DeskFeatures(bookable=False)),
        ("Bergen", "Floor 1", "South", "BGO-1A-02", DeskFeatures(accessible=True)),
    ]
    people = [
        ("Kari Nordmann", "Økonomi", "kari@nordlys.example"),
        ("Ola Nordmann", "Økonomi", None),
        ("Per Uten Team", None, None),
    ]
    bookings = [
        ("2026-03-03", "OSL-2A-01", "Kari Nordmann", "checked_in", "", "", "08:15"),
        ("2026-03-03", "OSL-2A-02", "Ola Nordmann", "no_show", "", "", ""),
        ("2026-03-02", "BGO-1A-02", "Per Uten Team", "booked", "08:00", "12:00", ""),
        ("2026-03-02", "BGO-1A-02", "Kari Nordmann", "cancelled", "12:00", "16:00", ""),
    ]
    if reverse:
        desks, people, bookings = desks[::-1], people[::-1], bookings[::-1]
    with doc.write() as conn:
        for site, floor, zone, desk, features in desks:
            ensure_desk(conn, site, floor, zone, desk, features)
        for person, team, email in people:
            ensure_person(conn, person, team, email)
        for day, desk, person, status, start, end, checked in bookings:
            conn.execute(
                "INSERT INTO bookings(date, desk_id, person_id, status, start_time, end_time, "
                "checked_in_at) VALUES (?, (SELECT id FROM desks WHERE name = ?), "
                "(SELECT id FROM people WHERE name = ?), ?, ?, ?, ?)",
                (day, desk, person, status, start, end, checked),
            )
        oslo, bergen = ensure_site(conn, "Oslo"), ensure_site(conn, "Bergen")
        rows = [
            ("2026-03-03", oslo, None, 12),
            ("2026-03-03", bergen, "Kari Nordmann", None),
            ("2026-03-02", bergen, "Ola Nordmann", None),
        ]
        for day, site_id, badge_person, count in rows[::-1] if reverse else rows:
            conn.execute(
                "INSERT INTO attendance(date, site_id, person_id, count) "
                "VALUES (?, ?, (SELECT id FROM people WHERE name = ?), ?)",
                (day, site_id, badge_person, count),
            )
        for site_id, day, reason in [
            (bergen, "2026-03-06", "Vedlikehold"),
            (oslo, "2026-03-05", ""),
        ]:
            conn.execute(
                "INSERT INTO closures(site_id, date, reason) VALUES (?, ?, ?)",
                (site_id, day, reason),
            )


@pytest.fixture
def small(office: OfficeFile) -> OfficeFile:
    _fill_small(office)
    return office


# -- columns and values ----------------------------------------------------------------


@pytest.mark.parametrize("kind", list(DataKind))
def test_header_is_the_canonical_columns(small: OfficeFile, tmp_path: Path, kind: DataKind) -> None:
    out = tmp_path / f"{kind.value}.csv"
    n = export_csv(small, kind, out)
    rows = read_csv(out)
    assert tuple(rows[0]) == CANONICAL_COLUMNS[kind]
    assert n == len(rows) - 1 > 0
    assert all(len(r) == len(rows[0]) for r in rows)
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without BOM
    assert raw.endswith(b"\r\n") and raw.count(b"\r\n") == n + 1


def test_exported_values(small: OfficeFile, tmp_path: Path) -> None:
    for kind in DataKind:
        export_csv(small, kind, tmp_path / f"{kind.value}.csv")
    assert read_csv(tmp_path / "desks.csv")[1:] == [
        ["Bergen", "Floor 1", "South", "BGO-1A-01", "no", "no", "no", "no"],
        ["Bergen", "Floor 1", "South", "BGO-1A-02", "yes", "no", "no", "yes"],
        ["Oslo", "Floor 2", "North", "OSL-2A-01", "yes", "yes", "no", "no"],
        ["Oslo", "Floor 2", "North", "OSL-2A-02", "yes", "no", "yes", "no"],
    ]
    assert read_csv(tmp_path / "people.csv")[1:] == [
        ["Kari Nordmann", "Økonomi", "kari@nordlys.example"],
        ["Ola Nordmann", "Økonomi", ""],
        ["Per Uten Team", "", ""],
    ]
    assert read_csv(tmp_path / "bookings.csv")[1:] == [
        ["2026-03-02", "BGO-1A-02", "Kari Nordmann", "Økonomi", "cancelled", "12:00", "16:00", ""],
        ["2026-03-02", "BGO-1A-02", "Per Uten Team", "", "booked", "08:00", "12:00", ""],
        ["2026-03-03", "OSL-2A-01", "Kari Nordmann", "Økonomi", "checked_in", "", "", "08:15"],
        ["2026-03-03", "OSL-2A-02", "Ola Nordmann", "Økonomi", "no_show", "", "", ""],
    ]
    assert read_csv(tmp_path / "attendance.csv")[1:] == [
        ["2026-03-02", "Bergen", "Ola Nordmann", ""],
        ["2026-03-03", "Bergen", "Kari Nordmann", ""],
        ["2026-03-03", "Oslo", "", "12"],
    ]
    assert read_csv(tmp_path / "closures.csv")[1:] == [
        ["Bergen", "2026-03-06", "Vedlikehold"],
        ["Oslo", "2026-03-05", ""],
    ]


def test_order_depends_on_content_not_on_insertion_order(tmp_path: Path) -> None:
    files = []
    for i, reverse in enumerate((False, True)):
        with OfficeFile.create(tmp_path / f"{i}.officeplan") as doc:
            _fill_small(doc, reverse=reverse)
            files.append(
                {k: (export_csv(doc, k, tmp_path / f"{i}-{k.value}.csv"), k) for k in DataKind}
            )
    for kind in DataKind:
        assert (tmp_path / f"0-{kind.value}.csv").read_bytes() == (
            tmp_path / f"1-{kind.value}.csv"
        ).read_bytes()


def test_empty_table_exports_just_the_header(office: OfficeFile, tmp_path: Path) -> None:
    out = tmp_path / "b.csv"
    calls: list[tuple[int, int]] = []
    assert export_csv(office, "bookings", out, progress=lambda d, t: calls.append((d, t))) == 0
    assert out.read_bytes() == (",".join(CANONICAL_COLUMNS[DataKind.BOOKINGS]) + "\r\n").encode()
    assert calls[0] == (0, 0)


def test_unknown_kind_is_refused(small: OfficeFile, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export_csv(small, "plans", tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_works_on_a_file_opened_read_only(office_path: Path, tmp_path: Path) -> None:
    with OfficeFile.create(office_path) as doc:
        _fill_small(doc)
    with OfficeFile.open(office_path, read_only=True) as doc:
        assert export_csv(doc, DataKind.PEOPLE, tmp_path / "p.csv") == 3


# -- formulas --------------------------------------------------------------------------


@pytest.mark.parametrize("value", TRICKY)
def test_neutralise_and_restore_are_inverse(value: str) -> None:
    cell = neutralise(value)
    assert restore(cell) == value
    assert cell[:1] not in FORMULA_TRIGGERS  # no cell starts a formula


@given(st.text(max_size=12))
def test_neutralise_and_restore_are_inverse_for_any_text(value: str) -> None:
    cell = neutralise(value)
    assert restore(cell) == value
    assert not cell or cell[0] not in FORMULA_TRIGGERS


def test_cells_that_look_like_formulas_are_neutralised(office: OfficeFile, tmp_path: Path) -> None:
    """Names, teams, emails and reasons all go through the rule; SQL and Python agree."""
    with office.write() as conn:
        for i, value in enumerate(TRICKY):
            ensure_person(conn, value, value, value)
            site = ensure_site(conn, value)
            ensure_desk(conn, value, value, value, f"D{i:02d}")
            conn.execute(
                "INSERT INTO closures(site_id, date, reason) VALUES (?, '2026-03-05', ?)",
                (site, value),
            )
    export_csv(office, DataKind.PEOPLE, tmp_path / "p.csv")
    export_csv(office, DataKind.DESKS, tmp_path / "d.csv")
    export_csv(office, DataKind.CLOSURES, tmp_path / "c.csv")
    people = read_csv(tmp_path / "p.csv")[1:]
    assert sorted(people) == sorted([[neutralise(v)] * 3 for v in TRICKY])
    desks = read_csv(tmp_path / "d.csv")[1:]
    assert sorted(r[:3] for r in desks) == sorted([[neutralise(v)] * 3 for v in TRICKY])
    closures = read_csv(tmp_path / "c.csv")[1:]
    assert sorted((r[0], r[2]) for r in closures) == sorted(
        (neutralise(v), neutralise(v)) for v in TRICKY
    )
    cells = [c for r in people + desks + closures for c in r]
    assert not any(c[:1] in FORMULA_TRIGGERS for c in cells if c)
    assert "'=1+2" in cells and "'-Minus" in cells and "'s-Hertogenbosch" in cells
    assert "''=already quoted" in cells  # so that restore() gives back the apostrophe
    assert [restore(c) for c in people[0]] == [restore(people[0][0])] * 3


# -- atomic writes, pseudonyms, streaming -----------------------------------------------


def test_a_failed_export_keeps_the_old_file_and_leaves_no_temp(
    small: OfficeFile, tmp_path: Path
) -> None:
    out = tmp_path / "bookings.csv"
    out.write_text("the previous export\n", encoding="utf-8")

    def interrupt(done: int, total: int) -> None:
        if done:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_csv(small, DataKind.BOOKINGS, out, progress=interrupt)
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        "bookings.csv",
        "office.officeplan",
    ]


def test_export_into_a_missing_folder_raises_and_creates_nothing(
    small: OfficeFile, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        export_csv(small, DataKind.DESKS, tmp_path / "nowhere" / "desks.csv")
    assert not (tmp_path / "nowhere").exists()


def test_pseudonymised_export_hides_names_consistently(tmp_path: Path) -> None:
    with OfficeFile.create(tmp_path / "demo.officeplan") as doc:
        generate_demo(doc, people=40, weeks=4, seed=1, end=date(2026, 3, 27))
        real = {str(n) for (n,) in doc.conn.execute("SELECT name FROM people")}
        ids = {str(name): int(i) for i, name in doc.conn.execute("SELECT id, name FROM people")}
        for kind in (DataKind.PEOPLE, DataKind.BOOKINGS, DataKind.ATTENDANCE):
            export_csv(doc, kind, tmp_path / f"{kind.value}.csv", pseudonymise=True)
            export_csv(doc, kind, tmp_path / f"real-{kind.value}.csv")
    people = read_csv(tmp_path / "people.csv")[1:]
    assert [r[0] for r in people] == [f"Person {i:04d}" for i in range(1, 41)]
    assert all(r[2] == "" for r in people)  # no emails
    for name in ("people", "bookings", "attendance"):
        text = (tmp_path / f"{name}.csv").read_text(encoding="utf-8")
        assert not any(name in text for name in real)
    # The same person has the same pseudonym in every file.
    real_bookings = read_csv(tmp_path / "real-bookings.csv")[1:]
    pseudo_bookings = read_csv(tmp_path / "bookings.csv")[1:]
    assert sorted((r[0], r[1], f"Person {ids[r[2]]:04d}", *r[3:]) for r in real_bookings) == sorted(
        tuple(r) for r in pseudo_bookings
    )
    team_of = {r[0]: r[1] for r in people}
    assert all(team_of[r[2]] == r[3] for r in pseudo_bookings)


def _export_peak(tmp_path: Path, weeks: int) -> tuple[int, int]:
    with OfficeFile.create(tmp_path / f"{weeks}.officeplan") as doc:
        generate_demo(doc, people=150, weeks=weeks, seed=1, end=date(2026, 3, 27))
        tracemalloc.start()
        try:
            n = export_csv(doc, DataKind.BOOKINGS, tmp_path / f"{weeks}.csv")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return n, peak


def test_export_memory_does_not_grow_with_the_number_of_rows(tmp_path: Path) -> None:
    """Rows are streamed: four times the bookings, about the same peak memory."""
    n_small, peak_small = _export_peak(tmp_path, 16)
    n_large, peak_large = _export_peak(tmp_path, 64)
    assert n_small > 4_000 and n_large > 3.5 * n_small
    assert peak_large < 1.5 * peak_small


def test_csv_is_parsable_by_the_standard_reader(small: OfficeFile, tmp_path: Path) -> None:
    with small.write() as conn:
        ensure_person(conn, 'Anne "Quote", Jr.\nSecond line', "Team, with comma")
    export_csv(small, DataKind.PEOPLE, tmp_path / "p.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "p.csv").read_text(encoding="utf-8"))))
    assert {
        "person": 'Anne "Quote", Jr.\nSecond line',
        "team": "Team, with comma",
        "email": "",
    } in rows
