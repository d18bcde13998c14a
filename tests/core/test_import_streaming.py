"""Big files are streamed: the importer's memory does not grow with the file's size.

Peak Python memory is measured with tracemalloc around the import (SQLite's own
memory is its page cache, a fixed size the importer sets). A file ten times
longer must not need noticeably more memory, and a 200 MB file is imported
(or refused) with a few megabytes.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from officeplanner.imports import ImportFailed, import_file
from officeplanner.store import OfficeFile
from tests.core.import_support import bookings_csv, digest, fill_office

T = TypeVar("T")
MB = 1 << 20


def _peak(work: Callable[[], T]) -> tuple[T, int]:
    tracemalloc.start()
    try:
        result = work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def _office(path: Path) -> OfficeFile:
    doc = OfficeFile.create(path)
    fill_office(doc)
    return doc


def test_peak_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    small = bookings_csv(tmp_path / "small.csv", 10_000)
    large = bookings_csv(tmp_path / "large.csv", 100_000)
    peaks = []
    for name, source in (("a", small), ("b", large)):
        with _office(tmp_path / f"{name}.officeplan") as doc:
            result, peak = _peak(lambda doc=doc, source=source: import_file(doc, source))
            assert result.rows_written == result.rows_read
            peaks.append(peak)
    assert large.stat().st_size > 9 * small.stat().st_size
    # ten times the rows, about the same memory (caches and buffers are bounded)
    assert peaks[1] < peaks[0] * 1.5 + 1 * MB, [p / MB for p in peaks]
    assert peaks[1] < 16 * MB


@pytest.mark.slow
def test_a_200_mb_file_is_streamed(tmp_path: Path) -> None:
    source = bookings_csv(tmp_path / "big.csv", 100_000, note_bytes=2_040)
    assert source.stat().st_size > 200 * 10**6
    with _office(tmp_path / "office.officeplan") as doc:
        result, peak = _peak(lambda: import_file(doc, source))
        assert (result.rows_read, result.rows_written) == (100_000, 100_000)
        assert result.ignored_columns == ("note",)
        assert doc.scalar("SELECT count(*) FROM bookings") == 100_000
    assert peak < 16 * MB, peak / MB


def test_a_200_mb_file_with_a_bad_byte_at_the_end(tmp_path: Path) -> None:
    """The encoding check reads the whole file in chunks and names the last line."""
    source = tmp_path / "big.csv"
    line = b"2026-03-04,D1,Kari Nordmann,booked," + b"x" * 1_000 + b"\n"
    block = line * 1_000
    with source.open("wb") as fh:
        fh.write(b"date,desk,person,status,note\n")
        for _ in range(200):
            fh.write(block)
        fh.write(b"2026-03-05,D\x81,Kari Nordmann,booked,\n")
    assert source.stat().st_size > 200 * 10**6
    with _office(tmp_path / "office.officeplan") as doc:
        before = digest(doc.path)
        with pytest.raises(ImportFailed) as caught:
            _peak(lambda: import_file(doc, source))
        assert digest(doc.path) == before
    (problem,) = caught.value.problems
    assert problem.line == 200_002
    assert "byte 0x81" in problem.reason
