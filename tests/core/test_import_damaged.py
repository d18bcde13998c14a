"""Damaged or odd input found by fuzzing: each is a clear problem naming the file (and
line where there is one), never a Python exception, and the office file is untouched."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from officeplanner.imports import ImportFailed, ImportOptions, import_file
from officeplanner.store import OfficeFile
from tests.core.import_support import digest, fill_office, write_source


@pytest.fixture
def small_office(office: OfficeFile) -> OfficeFile:
    fill_office(office)
    return office


def _refused(doc: OfficeFile, source: Path, options: ImportOptions | None = None) -> list[str]:
    before = digest(doc.path)
    with pytest.raises(ImportFailed) as caught:
        import_file(doc, source, options=options or ImportOptions())
    assert digest(doc.path) == before
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("count", ["1e20", "99999999999999999999", "1000001"])
def test_a_head_count_too_large_is_a_problem(
    small_office: OfficeFile, tmp_path: Path, count: str
) -> None:
    src = write_source(tmp_path, "a.csv", f"date,site,count\n2026-03-02,Oslo,{count}\n")
    assert _refused(small_office, src) == [
        f'a.csv:2: column "count": "{count}" is too large for a count of people (at most 1000000)'
    ]


def _workbook(tmp_path: Path, edit: tuple[str, str] | None = None, rows: int = 2) -> Path:
    """A bookings workbook; ``edit`` replaces text in its sheet's XML."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["date", "desk", "person", "status"])
    for i in range(rows):
        sheet.append([f"2026-03-0{2 + i}", "D1", "Kari Nordmann", "booked"])
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "b.xlsx"
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for item in src.infolist():
            data = src.read(item)
            if edit is not None and item.filename == "xl/worksheets/sheet1.xml":
                old, new = edit
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode(), 1)
            out.writestr(item, data)
    return path


@pytest.mark.parametrize(
    "edit",
    [
        ('<row r="2"', '<row r="x"'),
        ('r="A2"', 'r="!!"'),
        ("</sheetData>", ""),  # the XML cut short
    ],
    ids=["row-number", "cell-reference", "unclosed-xml"],
)
def test_a_damaged_sheet_is_a_problem_with_its_line(
    small_office: OfficeFile, tmp_path: Path, edit: tuple[str, str]
) -> None:
    problems = _refused(small_office, _workbook(tmp_path, edit))
    assert len(problems) == 1
    assert problems[0].startswith("b.xlsx:")
    assert "cannot be read as an Excel workbook" in problems[0]


def test_rows_past_a_wrong_declared_size_are_read(small_office: OfficeFile, tmp_path: Path) -> None:
    path = _workbook(tmp_path, ('<dimension ref="A1:D5" />', '<dimension ref="A1:D2" />'), rows=4)
    result = import_file(small_office, path)
    assert (result.rows_read, result.rows_written) == (4, 4)


@pytest.mark.parametrize(
    ("encoding", "reason"),
    [
        ("utf-16", "is not utf-16 text"),  # no byte-order mark
        ("hex", "'hex' is not a text encoding"),
        ("rot13", "'rot13' is not a text encoding"),
        ("undefined", "is not undefined text"),
        ("\x00", "unknown encoding"),
        ("no-such-codec", "unknown encoding"),
    ],
)
def test_an_encoding_that_cannot_read_the_file_is_a_problem(
    small_office: OfficeFile, tmp_path: Path, encoding: str, reason: str
) -> None:
    src = write_source(
        tmp_path, "b.csv", "date,desk,person,status\n2026-03-02,D1,Kari Nordmann,booked\n"
    )
    problems = _refused(small_office, src, ImportOptions(encoding=encoding))
    assert len(problems) == 1 and problems[0].startswith("b.csv")
    assert reason in problems[0]


@pytest.mark.parametrize("delimiter", ["ab", '"', "\n"])
def test_a_delimiter_that_is_not_one_plain_character_is_a_problem(
    small_office: OfficeFile, tmp_path: Path, delimiter: str
) -> None:
    src = write_source(tmp_path, "b.csv", "date;desk;person;status\n2026-03-02;D1;Kari;booked\n")
    problems = _refused(small_office, src, ImportOptions(delimiter=delimiter))
    assert problems == [
        "b.csv: the delimiter must be one character, not a quote or a line break "
        f"(got {delimiter!r})"
    ]
