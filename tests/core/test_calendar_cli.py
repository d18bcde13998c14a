"""``officeplanner export-ics`` and ``import-ics``: outputs, messages and exit codes."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from officeplanner.cli.main import main
from tests.core.calendar_support import FINANCE, PLAN, SALES, build_office


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.officeplan"
    build_office(path).close()
    return path


def _summaries(path: Path) -> list[str]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return [str(e["SUMMARY"]).split(" — ")[0] for e in cal.walk("VEVENT")]


def test_export_whole_plan_team_and_person(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.ics"
    assert main(["export-ics", str(office), "--plan", PLAN, "-o", str(out)]) == 0
    assert sorted(_summaries(out)) == sorted([FINANCE, SALES])
    assert "2 events (2 new or changed)" in capsys.readouterr().out

    assert main(["export-ics", str(office), "--plan", PLAN, "--team", SALES, "-o", str(out)]) == 0
    assert _summaries(out) == [SALES]
    assert "1 event (0 new or changed)" in capsys.readouterr().out

    args = ["export-ics", str(office), "--plan", PLAN, "--person", "Kari Nordmann"]
    assert main([*args, "--timed", "09:00-15:00", "-o", str(out)]) == 0
    assert _summaries(out) == [FINANCE]
    assert b"DTSTART;TZID=Europe/Oslo:20271004T090000" in out.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_preview_prints_dates_and_writes_nothing(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export-ics", str(office), "--plan", PLAN, "--team", SALES, "--preview"]) == 0
    text = capsys.readouterr().out
    assert "2027-10-01 2027-10-07" in text
    assert "skipped 2028-04-13 (holiday): Maundy Thursday" in text
    assert "skipped 2027-12-31 (closure): New Year's Eve" in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--plan", "Nope", "-o", "x.ics"], "no plan called 'Nope'"),
        (["--plan", PLAN, "--team", "Nope", "-o", "x.ics"], "no team called 'Nope'"),
        (["--plan", PLAN, "--person", "Nope", "-o", "x.ics"], "no person called 'Nope'"),
        (["--plan", PLAN, "--timed", "9 to 5", "-o", "x.ics"], "--timed: '9 to 5' is not"),
        (["--plan", PLAN, "--timed", "15:00-09:00", "-o", "x.ics"], "ends before it starts"),
        (["--plan", PLAN], "-o OUT.ics"),
        (["--plan", PLAN, "--name-person", "-o", "x.ics"], "--name-person needs --person"),
        (["--plan", PLAN, "-o", "/no/such/dir/x.ics"], "does not exist"),
    ],
)
def test_export_errors_exit_1(
    office: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export-ics", str(office), *extra]) == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()


@pytest.mark.parametrize(
    "extra",
    [
        ["--plan", PLAN, "--team", SALES, "--person", "Kari Nordmann", "-o", "x.ics"],
        ["-o", "x.ics"],  # --plan missing
    ],
    ids=["team-and-person", "no-plan"],
)
def test_export_usage_errors_exit_2(
    office: Path, extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export-ics", str(office), *extra])
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_import_ics(office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "hr.ics"
    source.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Moving day\r\n"
        "DTSTART;VALUE=DATE:20280301\r\nDTEND;VALUE=DATE:20280303\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    site = "Oslo, Bjørvika; HQ \\ 🏢"
    assert main(["import-ics", str(office), str(source), "--site", site]) == 0
    assert "Added 2 closure day(s)" in capsys.readouterr().out
    assert main(["import-ics", str(office), str(source), "--site", "Nowhere"]) == 1
    assert "no site called 'Nowhere'" in capsys.readouterr().err
    args = ["import-ics", str(office), str(source), "--site", site, "--from", "1 March"]
    assert main(args) == 1
    assert "--from: '1 March' is not a date" in capsys.readouterr().err
    source.write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", encoding="utf-8")
    assert main(["import-ics", str(office), str(source), "--site", site]) == 1
    assert f"{source}:2: BEGIN:VEVENT is never closed" in capsys.readouterr().err


#: Export targets that are not a file to write: a folder, no name at all, a pipe.
TARGETS = ["folder", "", "fifo"]


def _target(tmp_path: Path, target: str) -> tuple[str, Path]:
    """The ``-o`` argument for ``target`` and the path it names."""
    import os

    out = tmp_path / "out"
    if target == "folder":
        out.mkdir()
    elif target == "fifo":
        os.mkfifo(out)
    return ("" if target == "" else str(out)), out


@pytest.mark.parametrize("target", TARGETS)
def test_an_export_to_a_folder_or_device_is_refused_and_records_nothing(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    """It once recorded the export (bumping SEQUENCE) and then failed to rename the .ics
    over a folder; over a device it replaced the device with an ordinary file."""
    import hashlib

    name, out = _target(tmp_path, target)
    before = hashlib.sha256(office.read_bytes()).hexdigest()
    assert main(["export-ics", str(office), "--plan", PLAN, "-o", name]) == 1
    assert "give the name of" in capsys.readouterr().err
    assert hashlib.sha256(office.read_bytes()).hexdigest() == before
    if target == "fifo":
        assert not out.is_file()  # still the pipe
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("target", TARGETS)
def test_a_csv_export_to_a_folder_or_device_is_refused(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    name, out = _target(tmp_path, target)
    assert main(["export", str(office), "--kind", "bookings", "-o", name]) == 1
    assert "give the name of" in capsys.readouterr().err
    if target == "fifo":
        assert not out.is_file()
