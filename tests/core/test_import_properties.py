"""Random and mangled CSV never crashes the importer and never imports part of a file.

Hypothesis writes files from a mix of good values (dates in all three formats,
known and unknown desks and people, statuses and synonyms, times), junk text,
random delimiters and quoting, and then mangles the bytes (truncation, stray
bytes, a bad byte for both encodings, swapped lines). Whatever comes in, the
importer either raises ImportFailed with the office file byte-identical, or
imports every row: importing the same file again then finds every row there.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from officeplanner.domain import CANONICAL_COLUMNS, DataKind
from officeplanner.imports import ImportFailed, ImportOptions, import_file
from officeplanner.store import OfficeFile
from tests.core.import_support import DESKS, PEOPLE, digest, fill_office

HEADERS = [
    "date", "dato", "desk", "pult", "person", "navn", "team", "status", "start", "end",
    "checked_in_at", "site", "floor", "zone", "count", "reason", "email", "monitor", "junk",
]  # fmt: skip
GOOD = [
    "2026-03-02", "03.03.2026", "04/03/2026", "31.02.2026", "2026-3-5", *DESKS, "D9",
    *PEOPLE, "Nobody", "Red", "booked", "møtt", "no-show", "avlyst", "maybe", "08:00",
    "12:00", "25:00", "", "Oslo", "1", "A", "yes", "nei", "3", "-1", "x@y.no", "'=1+2",
]  # fmt: skip

cells = st.one_of(st.sampled_from(GOOD), st.text(max_size=12))
rows = st.lists(st.lists(cells, min_size=0, max_size=9), max_size=12)
#: Mostly good values per column, for files that stand a chance of importing.
POOLS = {
    "date": ["2026-03-02", "03.03.2026", "04/03/2026", "2026-03-05", "2026-03-06"],
    "desk": [*DESKS, "D-new"],
    "person": [*PEOPLE, "New Person"],
    "team": ["Red", "Blue", "", "Green"],
    "status": ["booked", "checked in", "no-show", "avlyst", "møtt"],
    "start": ["", "08:00", "12:00"],
    "end": ["", "12:00", "16:00"],
    "checked_in_at": ["", "08:55"],
    "site": ["Oslo", "Bergen"],
    "floor": ["1", "2"],
    "zone": ["A", "B"],
    "bookable": ["yes", "no", ""],
    "monitor": ["ja", "nei"],
    "standing": ["", "x"],
    "accessible": ["no"],
    "email": ["", "a@b.no"],
    "count": ["", "3", "12"],
    "reason": ["", "Christmas", "'=1+2"],
}


@st.composite
def plausible_rows(draw: st.DrawFn) -> list[list[str]]:
    """A header of one kind's canonical columns and rows of mostly good values."""
    kind = draw(st.sampled_from(list(DataKind)))
    columns = list(CANONICAL_COLUMNS[kind])
    n = draw(st.integers(1, 8))
    body = [
        [draw(st.sampled_from(POOLS[c]) if draw(st.integers(0, 19)) else cells) for c in columns]
        for _ in range(n)
    ]
    return [columns, *body]


@st.composite
def csv_bytes(draw: st.DrawFn) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    if draw(st.booleans()):
        header, *table = draw(plausible_rows())
    else:
        header = draw(st.lists(st.sampled_from(HEADERS), min_size=0, max_size=8))
        table = draw(rows)
    lines = [delimiter.join(header)]
    for row in table:
        quoted = [f'"{c}"' if draw(st.booleans()) and '"' not in c else c for c in row]
        lines.append(delimiter.join(quoted))
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    data = newline.join(lines).encode(encoding, errors="replace")
    mangle = draw(st.sampled_from(["none", "none", "none", "truncate", "insert", "bad byte"]))
    if data and mangle == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif mangle == "insert":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=4)) + data[at:]
    elif mangle == "bad byte":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + b"\x81" + data[at:]
    return data


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "office.officeplan"
    with OfficeFile.create(path) as doc:
        fill_office(doc)
    return path


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=csv_bytes(),
    kind=st.none() | st.sampled_from(list(DataKind)),
    create_missing=st.booleans(),
)
def test_never_a_crash_never_a_partial_import(
    template: Path, tmp_path: Path, data: bytes, kind: DataKind | None, create_missing: bool
) -> None:
    office = tmp_path / "office.officeplan"
    office.unlink(missing_ok=True)
    shutil.copyfile(template, office)
    source = tmp_path / "in.csv"
    source.write_bytes(data)
    options = ImportOptions(create_missing=create_missing)
    with OfficeFile.open(office) as doc:
        before = digest(office)
        try:
            result = import_file(doc, source, kind, options=options)
        except ImportFailed as failed:
            assert failed.problems, "a failure always says why"
            assert all(p.file == "in.csv" and p.reason for p in failed.problems)
            assert digest(office) == before
            event("refused")
            return
        event(f"imported {'some' if result.rows_read else 'no'} rows")
        assert result.rows_skipped == 0 and result.problems == []
        assert result.rows_written + result.rows_unchanged == result.rows_read
        again = import_file(doc, source, kind, options=options)
        assert (again.rows_written, again.rows_unchanged) == (0, result.rows_read)
        assert doc.integrity_problems() == []


@pytest.mark.parametrize(
    ("data", "empty"),
    [
        (
            b"dato,dato,desk,desk,person,status,date\n"
            b"2026-03-02,2026-03-02,D1,D1,Kari Nordmann,booked",
            "date",
        ),
        (
            b"date,date,dato,dato,desk,person,status\n"
            b"2026-03-02,2026-03-02,2026-03-02,2026-03-02,D1,Kari Nordmann",
            "status",
        ),
    ],
    ids=["repeated-header-last-date-missing", "repeated-header-last-status-missing"],
)
def test_a_short_row_under_a_repeated_header_is_a_problem_not_a_crash(
    template: Path, tmp_path: Path, data: bytes, empty: str
) -> None:
    """Found by the property above: a header naming a column twice hid the row's true width."""
    office = tmp_path / "office.officeplan"
    shutil.copyfile(template, office)
    source = tmp_path / "in.csv"
    source.write_bytes(data)
    with OfficeFile.open(office) as doc:
        before = digest(office)
        with pytest.raises(ImportFailed) as failed:
            import_file(doc, source, DataKind.BOOKINGS)
        assert [(p.line, p.column) for p in failed.value.problems] == [(2, empty)]
        assert digest(office) == before
