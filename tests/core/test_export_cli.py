"""``officeplanner export``: exit codes, messages, and the file it writes."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from officeplanner.cli.main import main
from officeplanner.demo import create_demo_file
from officeplanner.domain import CANONICAL_COLUMNS, DataKind
from officeplanner.store import OfficeFile


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.officeplan"
    create_demo_file(path, people=30, weeks=3, seed=4, end=date(2026, 3, 27))
    return path


@pytest.mark.parametrize("kind", [k.value for k in DataKind])
def test_export_each_kind(
    demo_file: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"{kind}.csv"
    assert main(["export", str(demo_file), "--kind", kind, "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == CANONICAL_COLUMNS[DataKind(kind)]
    assert len(rows) > 1
    assert f"Wrote {len(rows) - 1:,} {kind} rows" in capsys.readouterr().out


def test_export_pseudonymised(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "people.csv"
    code = main(["export", str(demo_file), "--kind", "people", "-o", str(out), "--pseudonymise"])
    assert code == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    assert all(r[0].startswith("Person ") and r[2] == "" for r in rows)


def test_export_while_the_file_is_open_for_writing(demo_file: Path, tmp_path: Path) -> None:
    """Export only reads, so it works while the app holds the file."""
    with OfficeFile.open(demo_file):
        assert (
            main(["export", str(demo_file), "--kind", "desks", "-o", str(tmp_path / "d.csv")]) == 0
        )


@pytest.mark.parametrize(
    "args",
    [
        ["export"],
        ["export", "x.officeplan", "-o", "out.csv"],  # --kind missing
        ["export", "x.officeplan", "--kind", "desks"],  # -o missing
        ["export", "x.officeplan", "--kind", "plans", "-o", "out.csv"],
    ],
)
def test_usage_errors_exit_2(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    assert list(tmp_path.iterdir()) == []


def test_missing_office_file_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.officeplan"
    assert main(["export", str(missing), "--kind", "desks", "-o", str(tmp_path / "d.csv")]) == 1
    assert "missing.officeplan" in capsys.readouterr().err
    assert not (tmp_path / "d.csv").exists()


def test_not_an_office_file_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "bogus.officeplan"
    bogus.write_text("date,desk\n", encoding="utf-8")
    assert main(["export", str(bogus), "--kind", "desks", "-o", str(tmp_path / "d.csv")]) == 1
    assert "not an Office Planner file" in capsys.readouterr().err


def test_unwritable_output_is_bad_input(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no-such-folder" / "d.csv"
    assert main(["export", str(demo_file), "--kind", "desks", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "no-such-folder" in err and "cannot write" in err
