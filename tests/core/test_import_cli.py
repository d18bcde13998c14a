"""``officeplanner import``: exit codes, messages, and bad input that must lose nothing.

Each bad input is run through the real command on a real office file holding
data; the file must be byte-identical afterwards (sha256) and stderr must name
the source file and, where there is one, the line.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from officeplanner.cli.main import main
from officeplanner.store import OfficeFile
from officeplanner.store import document as document_module
from tests.core.import_support import bookings, digest, fill_office, write_source

GOOD = """date,desk,person,team,status
2026-03-02,D1,Kari Nordmann,Red,booked
2026-03-02,D2,Ola Hansen,Red,checked in"""


@pytest.fixture
def filled(office_path: Path) -> Path:
    """A closed office file with desks, people and one earlier import."""
    with OfficeFile.create(office_path) as doc:
        fill_office(doc)
    src = write_source(office_path.parent, "earlier.csv", GOOD)
    assert main(["import", str(office_path), str(src)]) == 0
    return office_path


def _run_bad(filled: Path, capsys: pytest.CaptureFixture[str], source: Path, *extra: str) -> str:
    before = digest(filled)
    code = main(["import", str(filled), str(source), *extra])
    err = capsys.readouterr().err
    assert code == 1, err
    assert digest(filled) == before
    return err


BAD_SOURCES = {
    "empty": (b"", "bad.csv: the file is empty"),
    "header only": (b"date,desk,person,status\n", "bad.csv:1: the file has a header but no rows"),
    "only blank lines": (b"\n\n\n", "bad.csv: the file has no header row"),
    "unknown headers": (
        b"colour,flavour\nred,sweet\n",
        "bad.csv:1: cannot tell what the file holds from its headers (colour, flavour)",
    ),
    "bad date": (
        b"dato;pult;navn;status\n31.02.2026;D1;Kari Nordmann;booked\n",
        'bad.csv:2: column "dato": "31.02.2026" is not a date (day out of range)',
    ),
    "unknown status": (
        b"date,desk,person,status\n2026-03-03,D1,Kari Nordmann,sleeping\n",
        'bad.csv:2: column "status": "sleeping" is not a booking status',
    ),
    "duplicate rows": (
        b"date,desk,person,status\n2026-03-03,D1,Kari Nordmann,booked\n"
        b"2026-03-03,D1,Kari Nordmann,booked\n",
        'bad.csv:3: column "desk": "D1" repeats line 2',
    ),
    "desk double-booked in the file": (
        b"date,desk,person,status\n2026-03-03,D3,Kari Nordmann,booked\n"
        b"2026-03-03,D3,Per Berg,booked\n",
        'bad.csv:3: column "desk": "D3" is double-booked on 2026-03-03: line 2 books it for '
        "Kari Nordmann",
    ),
    "desk double-booked against the file": (
        b"date,desk,person,status\n2026-03-02,D1,Per Berg,booked\n",
        'bad.csv:2: column "desk": "D1" is already booked on 2026-03-02 for Kari Nordmann',
    ),
    "unknown desk": (
        b"date,desk,person,status\n2026-03-03,D99,Kari Nordmann,booked\n",
        'bad.csv:2: column "desk": "D99" is not a desk in the office file',
    ),
    "neither UTF-8 nor cp1252": (
        "date,desk,person,status\n2026-03-03,D1,Åse Lie,booked\n".encode("cp1252")
        + b"2026-03-04,D\x8d,Per Berg,booked\n",
        "bad.csv:3: the file is neither UTF-8 nor Windows-1252 text: byte 0x8D",
    ),
    "too many cells": (
        b"date,desk,person,status\n2026-03-03,D1,Nordmann, Kari,booked\n",
        "bad.csv:2: has 5 cells but the header has 4 columns",
    ),
    "not a CSV at all": (
        bytes(range(256)) * 4,
        "bad.csv",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_SOURCES))
def test_bad_source_is_refused_and_the_office_file_is_unchanged(
    case: str, filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, expected = BAD_SOURCES[case]
    source = filled.parent / "bad.csv"
    source.write_bytes(data)
    err = _run_bad(filled, capsys, source)
    assert expected in err
    assert "nothing was imported" in err


def test_missing_column(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_source(filled.parent, "b.csv", "date,person,status\n2026-03-03,Per Berg,booked")
    err = _run_bad(filled, capsys, source, "--kind", "bookings")
    assert "b.csv:1: a bookings file needs the column desk (found: date, person, status;" in err


def test_every_problem_is_printed(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = "\n".join(f"2026-02-{d},D1,Kari Nordmann,booked" for d in range(25, 35))
    source = write_source(filled.parent, "b.csv", "date,desk,person,status\n" + rows)
    err = _run_bad(filled, capsys, source)
    bad = [line for line in err.splitlines() if "is not a date" in line]
    assert [line.split(":")[1] for line in bad] == ["6", "7", "8", "9", "10", "11"]
    assert "(6 problems)" in err


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        ("not sqlite", "not an Office Planner file"),
        ("truncated", "damaged: the file is truncated"),
        ("newer", "written by a newer Office Planner"),
    ],
)
def test_target_that_cannot_be_opened(
    filled: Path, capsys: pytest.CaptureFixture[str], damage: str, message: str
) -> None:
    if damage == "not sqlite":
        filled.write_bytes(b"just some text, certainly not a database\n" * 10)
    elif damage == "truncated":
        data = filled.read_bytes()
        filled.write_bytes(data[: len(data) // 2])
    else:
        data = bytearray(filled.read_bytes())
        data[60:64] = struct.pack(">I", 99)
        filled.write_bytes(bytes(data))
    source = write_source(filled.parent, "b.csv", GOOD)
    err = _run_bad(filled, capsys, source)
    assert message in err and str(filled) in err


def test_read_only_target(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permissions deny writing (faked for root, who may write anything)."""
    real_access = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)) == filled:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    source = write_source(filled.parent, "b.csv", GOOD)
    err = _run_bad(filled, capsys, source)
    assert "read-only" in err


def test_target_another_process_is_writing(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_module, "BUSY_TIMEOUT_S", 0.2)
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(filled)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n"
            "c.execute('ROLLBACK')\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline() == "locked\n"
            source = write_source(filled.parent, "b.csv", GOOD.replace("2026-03-02", "2026-03-09"))
            err = _run_bad(filled, capsys, source)
            assert "being written" in err
        finally:
            holder.stdin.close()
            holder.wait(timeout=30)
    assert main(["import", str(filled), str(source)]) == 0


def test_import_creates_the_file_and_prints_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desks = write_source(tmp_path, "desks.csv", "site;floor;zone;desk\nOslo;1;A;D1\nOslo;1;A;D2")
    target = tmp_path / "new.officeplan"
    assert main(["import", str(target), str(desks)]) == 0
    out = capsys.readouterr().out
    assert "Imported desks from desks.csv: 2 rows read, 2 written" in out
    assert f"Created {target}." in out
    people = write_source(tmp_path, "people.csv", "person,team\nKari,Red\nOla,Red")
    assert main(["import", str(target), str(people), "--create-missing"]) == 0
    src = write_source(tmp_path, "b.csv", "date,desk,person,status\n2026-03-02,D1,Kari,booked")
    assert main(["import", str(target), str(src)]) == 0
    with OfficeFile.open(target) as doc:
        assert bookings(doc) == [("2026-03-02", "D1", "Kari", "booked", "", "", "")]
        assert doc.integrity_problems() == []


def test_failed_first_import_leaves_no_file_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_source(tmp_path, "b.csv", "date,desk,person,status\n2026-03-02,D1,Kari,booked")
    target = tmp_path / "new.officeplan"
    assert main(["import", str(target), str(src)]) == 1
    assert 'b.csv:2: column "desk": "D1" is not a desk' in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.csv"]


def test_skip_bad_rows_and_create_missing_flags(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_source(
        filled.parent,
        "b.csv",
        "date,desk,person,status\n2026-03-05,D7,Nina,booked\n2026-03-05,D1,Per Berg,maybe",
    )
    assert main(["import", str(filled), str(src), "--create-missing", "--skip-bad-rows"]) == 0
    captured = capsys.readouterr()
    assert 'skipped: b.csv:3: column "status": "maybe" is not a booking status' in captured.err
    assert "1 written" in captured.out and "1 skipped for problems" in captured.out
    assert "Created 1 desks, 1 people." in captured.out


def test_mapping_encoding_and_delimiter_options(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = filled.parent / "b.txt"
    src.write_bytes("når|hvor|hvem|hva\n2026-03-06|D1|Åse Lie|booked\n".encode("cp1252"))
    args = ["import", str(filled), str(src), "--kind", "bookings", "--encoding", "cp1252"]
    args += ["--delimiter", "pipe", "--map", "date=når", "--map", "desk=hvor"]
    args += ["--map", "person=hvem", "--map", "status=hva"]
    assert main(args) == 0, capsys.readouterr().err
    with OfficeFile.open(filled) as doc:
        assert ("2026-03-06", "D1", "Åse Lie", "booked", "", "", "") in bookings(doc)


@pytest.mark.parametrize(
    "argv",
    [
        ["import"],
        ["import", "x.officeplan"],
        ["import", "x.officeplan", "y.csv", "--kind", "pets"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2


def test_missing_source_and_bad_map(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(filled), str(filled.parent / "nope.csv")]) == 1
    assert "nope.csv: no such file" in capsys.readouterr().err
    src = write_source(filled.parent, "b.csv", GOOD)
    assert main(["import", str(filled), str(src), "--map", "colour=x", "--kind", "bookings"]) == 1
    assert "expected COLUMN=HEADER" in capsys.readouterr().err


def test_console_script_progress_and_exit_code(filled: Path, tmp_path: Path) -> None:
    """The real console entry point in a child process: exit 1 and the message on stderr."""
    src = write_source(tmp_path, "b.csv", "date,desk,person,status\n2026-13-01,D1,Per Berg,booked")
    before = digest(filled)
    done = subprocess.run(
        [sys.executable, "-m", "officeplanner.cli.main", "import", str(filled), str(src)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert 'b.csv:2: column "date": "2026-13-01" is not a date (month out of range)' in done.stderr
    assert digest(filled) == before
    with sqlite3.connect(filled) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_folder_as_the_source_is_called_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main(["import", str(tmp_path / "new.officeplan"), str(folder)]) == 1
    assert "is a folder, not a CSV or Excel file" in capsys.readouterr().err
    assert not (tmp_path / "new.officeplan").exists()
