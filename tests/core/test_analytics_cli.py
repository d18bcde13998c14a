"""``officeplanner stats``: the JSON shape of issue 4, the text, and bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from officeplanner.cli.main import main
from tests.core.analytics_support import build_office

WEEKDAY_KEYS = {"open_days", "avg_occupied", "peak_occupied", "avg_utilisation",
                "peak_utilisation"}  # fmt: skip
TOP_KEYS = {
    "from", "to", "site", "bookable_desks", "people", "open_days", "weekdays",
    "most_popular_weekday", "no_show_rate", "desk_sharing_ratio", "desks_needed_p90",
    "unused_desks", "underused_desks", "teams",
}  # fmt: skip


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.officeplan"
    build_office(path).close()
    return path


def stats_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["stats", *args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return data


def test_json_shape_and_values_for_one_site(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = stats_json(capsys, str(office), "--site", "Oslo")
    assert set(data) == TOP_KEYS
    assert (data["from"], data["to"], data["site"]) == ("2024-05-13", "2024-05-24", "Oslo")
    assert (data["bookable_desks"], data["people"], data["open_days"]) == (5, 6, 7)
    weekdays = data["weekdays"]
    assert isinstance(weekdays, dict)
    assert list(weekdays) == ["Mon", "Tue", "Wed", "Thu", "Fri"]
    assert all(set(v) == WEEKDAY_KEYS for v in weekdays.values())
    assert weekdays["Thu"] == {"open_days": 2, "avg_occupied": 3.5, "peak_occupied": 5,
                               "avg_utilisation": 0.7, "peak_utilisation": 1.0}  # fmt: skip
    assert data["most_popular_weekday"] == "Thu"
    assert data["no_show_rate"] == pytest.approx(2 / 15)
    assert data["desk_sharing_ratio"] == pytest.approx(5 / 6)
    assert (data["desks_needed_p90"], data["unused_desks"], data["underused_desks"]) == (5, 2, 4)
    assert data["teams"] == [
        {"team": "Alpha", "size": 6, "meeting_rate": 0.5},
        {"team": "Beta", "size": 2, "meeting_rate": 0.0},  # k is 1 in this file
    ]


def test_json_period_and_suppression(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = stats_json(capsys, str(office), "--from", "2024-05-20", "--to", "2024-05-24")
    assert (data["from"], data["to"], data["site"], data["open_days"]) == (
        "2024-05-20", "2024-05-24", None, 4,
    )  # fmt: skip
    strict = tmp_path / "strict.officeplan"
    build_office(strict, min_group=5).close()
    data = stats_json(capsys, str(strict), "--site", "Oslo")
    assert {t["team"]: t["meeting_rate"] for t in data["teams"]} == {
        "Alpha": 0.5, "Beta": None,
    }  # fmt: skip


def test_human_readable_output(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(office)]) == 0
    out = capsys.readouterr().out
    assert "Scope:            Organisation" in out
    assert "Period:           2024-05-13 to 2024-05-24 (8 open days)" in out
    assert "Most popular day: Wed" in out
    assert "Alpha" in out and "50.0 %" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2024-02-30"], "--from '2024-02-30' is not a date"),
        (["--to", "soon"], "--to 'soon' is not a date"),
        (["--from", "2024-06-01", "--to", "2024-05-01"], "is after --to"),
        (["--site", "Trondheim"], "no site named 'Trondheim'"),
    ],
)
def test_bad_input_exits_1_with_a_message(
    office: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["stats", str(office), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and err.startswith("officeplanner: ")


def test_empty_file_and_not_an_office_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from officeplanner.store import OfficeFile

    empty = tmp_path / "empty.officeplan"
    OfficeFile.create(empty).close()
    assert main(["stats", str(empty)]) == 1
    assert "no bookings or attendance" in capsys.readouterr().err
    junk = tmp_path / "junk.officeplan"
    junk.write_text("hello")
    assert main(["stats", str(junk)]) == 1
    assert "not an Office Planner file" in capsys.readouterr().err


def test_default_period_stops_before_today_when_bookings_lie_ahead(tmp_path: Path) -> None:
    """Days no one could have come on yet would pull every figure towards zero."""
    from datetime import date

    from officeplanner.analytics import default_period
    from officeplanner.demo import create_demo_file
    from officeplanner.store import OfficeFile

    path = tmp_path / "ahead.officeplan"
    today = date(2026, 12, 2)
    create_demo_file(path, people=20, weeks=3, end=date(2026, 12, 11), today=today)
    with OfficeFile.open(path, read_only=True) as doc:
        assert doc.date_range() is not None and doc.date_range()[1] == "2026-12-11"  # type: ignore[index]
        period = default_period(doc, today)
        assert period.end == date(2026, 12, 1)
        assert default_period(doc, date(2027, 1, 1)).end == date(2026, 12, 11)  # all past
        assert default_period(doc, date(2026, 11, 1)).end == date(2026, 12, 11)  # all ahead


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        (["stats", "{office}", "--to", "9999-12-31"], 1, "outside 1900–2999"),
        (["stats", "{office}", "--from", "0001-01-01"], 1, "outside 1900–2999"),
        (["stats", "{office}", "--from", ""], 1, "is not a date"),  # was ignored
        (["demo", "{tmp}/d.officeplan", "--end", "9999-12-31"], 2, "outside 1900–2999"),
        (["plan", "{office}", "--history-weeks", "99999999"], 2, "between 1 and 520"),
        (["plan", "{office}", "--from", "2026-02-30", "--save", "X"], 2, "not a date"),
    ],
)
def test_dates_out_of_range_are_messages_not_overflows(
    office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    words: str,
) -> None:
    """Found by fuzzing: a date near year 1 or 9999 overflowed date arithmetic."""
    args = [a.format(office=office, tmp=tmp_path) for a in argv]
    if code == 2:
        with pytest.raises(SystemExit) as exited:
            main(args)
        assert exited.value.code == 2
    else:
        assert main(args) == code
    assert words in capsys.readouterr().err
    assert not (tmp_path / "d.officeplan").exists()
