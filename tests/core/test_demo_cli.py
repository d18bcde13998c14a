"""``officeplanner demo``: exit codes, never overwriting, atomic creation, first-run demo."""

from __future__ import annotations

import hashlib
import sys
from datetime import date
from pathlib import Path

import pytest

from officeplanner.cli.main import main
from officeplanner.demo import create_demo_file, default_demo_path, ensure_demo_office
from officeplanner.store import OfficeFile, OfficeFileError


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_demo_creates_a_file_that_opens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.officeplan"
    code = main(
        ["demo", str(path), "--people", "30", "--weeks", "4", "--seed", "2", "--end", "2026-03-27"]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "30 people" in out and "2026-03-27" in out
    with OfficeFile.open(path, read_only=True) as doc:
        assert doc.counts()["people"] == 30
        assert doc.date_range() is not None
        assert doc.integrity_problems() == []
    assert leftovers(tmp_path) == ["demo.officeplan"]  # no temp file, no lock record


def test_demo_is_deterministic_through_the_cli(tmp_path: Path) -> None:
    args = ["--people", "20", "--weeks", "2", "--seed", "9", "--end", "2026-03-27"]
    assert main(["demo", str(tmp_path / "a.officeplan"), *args]) == 0
    assert main(["demo", str(tmp_path / "b.officeplan"), *args]) == 0
    for kind in ("bookings", "people", "attendance"):
        for name in ("a", "b"):
            code = main(
                ["export", str(tmp_path / f"{name}.officeplan"), "--kind", kind, "-o",
                 str(tmp_path / f"{name}-{kind}.csv")]
            )  # fmt: skip
            assert code == 0
        assert (tmp_path / f"a-{kind}.csv").read_bytes() == (
            tmp_path / f"b-{kind}.csv"
        ).read_bytes()


def test_demo_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.officeplan"
    path.write_bytes(b"precious data")
    assert main(["demo", str(path), "--people", "10", "--weeks", "1"]) == 1
    err = capsys.readouterr().err
    assert "mine.officeplan" in err and "already exists" in err
    assert path.read_bytes() == b"precious data"
    assert leftovers(tmp_path) == ["mine.officeplan"]


def test_demo_into_a_missing_folder_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", str(tmp_path / "no" / "demo.officeplan"), "--people", "10"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert leftovers(tmp_path) == []


def test_a_demo_too_big_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.officeplan"
    assert main(["demo", str(path), "--people", "20000", "--weeks", "260"]) == 1
    assert "too big" in capsys.readouterr().err
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "args",
    [
        ["demo"],
        ["demo", "x.officeplan", "--people", "2"],
        ["demo", "x.officeplan", "--people", "many"],
        ["demo", "x.officeplan", "--weeks", "0"],
        ["demo", "x.officeplan", "--weeks", "600"],
        ["demo", "x.officeplan", "--seed", "abc"],
        ["demo", "x.officeplan", "--end", "31.02.2026"],
        ["demo", "x.officeplan", "--colour", "red"],
    ],
)
def test_usage_errors_exit_2(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    assert leftovers(tmp_path) == []


def test_an_interrupted_demo_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.officeplan"

    def interrupt(done: int, total: int) -> None:
        if done >= 70:  # in the middle of writing the bookings
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        create_demo_file(path, people=60, weeks=8, end=date(2026, 3, 27), progress=interrupt)
    assert leftovers(tmp_path) == []


def test_the_file_only_appears_when_complete(tmp_path: Path) -> None:
    """While generating, the target name does not exist yet; only a hidden partial file."""
    path = tmp_path / "demo.officeplan"
    seen: list[list[str]] = []

    def look(done: int, total: int) -> None:
        if done in (0, 60):
            seen.append(leftovers(tmp_path))

    create_demo_file(path, people=20, weeks=2, end=date(2026, 3, 27), progress=look)
    assert seen and all("demo.officeplan" not in names for names in seen)
    assert all(n.startswith(".demo.officeplan.") for names in seen for n in names)
    assert leftovers(tmp_path) == ["demo.officeplan"]


def test_a_file_appearing_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "demo.officeplan"

    def someone_else(done: int, total: int) -> None:
        if done == 60 and not path.exists():
            path.write_bytes(b"someone else's")

    with pytest.raises(OfficeFileError, match="already exists"):
        create_demo_file(path, people=20, weeks=2, end=date(2026, 3, 27), progress=someone_else)
    assert path.read_bytes() == b"someone else's"
    assert leftovers(tmp_path) == ["demo.officeplan"]


def test_ensure_demo_office_creates_once(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "Demo office.officeplan"
    assert ensure_demo_office(path, people=20, weeks=2) == path
    first = digest(path)
    stamp = path.stat().st_mtime_ns
    assert ensure_demo_office(path, people=20, weeks=2) == path
    assert digest(path) == first and path.stat().st_mtime_ns == stamp
    with OfficeFile.open(path, read_only=True) as doc:
        assert doc.counts()["people"] == 20


def test_default_demo_path_is_in_the_users_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "/somewhere/data")
    path = default_demo_path()
    assert path.name == "Demo office.officeplan"
    assert path.parent.name == "Office Planner"
    if sys.platform.startswith("linux"):
        assert path.parent.parent == Path("/somewhere/data")


def test_first_run_demo_holds_this_week_and_next_as_booked(tmp_path: Path) -> None:
    """The app opens the week grid on today's week: the demo must have bookings there."""
    today = date(2026, 12, 2)  # a Wednesday
    path = ensure_demo_office(tmp_path / "demo.officeplan", people=20, weeks=4, today=today)
    with OfficeFile.open(path, read_only=True) as doc:
        last = doc.scalar("SELECT max(date) FROM bookings")
        ahead = dict(
            doc.conn.execute(
                "SELECT status, count(*) FROM bookings WHERE date >= ? GROUP BY status",
                (today.isoformat(),),
            ).fetchall()
        )
        this_week = doc.scalar(
            "SELECT count(*) FROM bookings WHERE date BETWEEN '2026-11-30' AND '2026-12-04'"
        )
    assert last == "2026-12-11"  # the Friday of next week
    assert "booked" in ahead
    assert set(ahead) <= {"booked", "cancelled"}  # nobody has checked in to the future
    assert this_week > 0
