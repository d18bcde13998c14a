"""The demo office: deterministic, and realistic in the ways the app's views rely on.

The realism checks measure the generated file with SQL, the way analytics will:
weekday shape, holidays, closures, no-shows, team sizes, desk conflicts and
unwanted desks. One mid-sized office (450 people, 4 sites incl. Stockholm,
26 weeks over Easter, Ascension and 17 May 2024) is generated once per module.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from officeplanner.demo import DemoSummary, generate_demo, most_recent_friday
from officeplanner.demo.names import SWEDISH_LAST
from officeplanner.domain import DataKind
from officeplanner.exports import export_csv
from officeplanner.opendays import load_site_calendars, public_holidays
from officeplanner.store import OfficeFile

#: Friday 28 June 2024; the 26 weeks before it hold Easter, 1 May, Ascension (Thu 9 May),
#: 17 May (a Friday), Whit Monday and Sweden's National Day (Thu 6 June).
END = date(2024, 6, 28)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OfficeFile, DemoSummary]]:
    path = tmp_path_factory.mktemp("demo") / "demo.officeplan"
    doc = OfficeFile.create(path)
    summary = generate_demo(doc, people=450, weeks=26, seed=7, end=END)
    yield doc, summary
    doc.close()


def _rows(doc: OfficeFile, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    return list(doc.conn.execute(sql, params))


def _export_all(doc: OfficeFile, folder: Path) -> dict[DataKind, bytes]:
    folder.mkdir()
    out = {}
    for kind in DataKind:
        export_csv(doc, kind, folder / f"{kind.value}.csv")
        out[kind] = (folder / f"{kind.value}.csv").read_bytes()
    return out


# -- determinism -----------------------------------------------------------------------


def test_same_seed_gives_byte_identical_exports(tmp_path: Path) -> None:
    exports = []
    for i in range(2):
        with OfficeFile.create(tmp_path / f"{i}.officeplan") as doc:
            generate_demo(doc, people=40, weeks=8, seed=3, end=date(2026, 3, 27))
            exports.append(_export_all(doc, tmp_path / f"out{i}"))
    assert exports[0] == exports[1]
    assert all(exports[0][k].count(b"\n") > 1 for k in DataKind)  # every kind has rows


def test_another_seed_gives_another_office(tmp_path: Path) -> None:
    bookings = []
    for seed in (1, 2):
        with OfficeFile.create(tmp_path / f"{seed}.officeplan") as doc:
            generate_demo(doc, people=40, weeks=8, seed=seed, end=date(2026, 3, 27))
            export_csv(doc, DataKind.BOOKINGS, tmp_path / f"{seed}.csv")
        bookings.append((tmp_path / f"{seed}.csv").read_bytes())
    assert bookings[0] != bookings[1]


# -- the organisation ------------------------------------------------------------------


def test_summary_matches_the_file(demo: tuple[OfficeFile, DemoSummary]) -> None:
    doc, summary = demo
    counts = doc.counts()
    assert summary.people == counts["people"] == 450
    for table in ("sites", "floors", "zones", "desks", "teams", "bookings", "attendance"):
        assert getattr(summary, table) == counts[table] > 0
    assert summary.closures == counts["closures"] > 0
    assert summary.start == date(2024, 1, 1) and summary.end == END  # 26 whole weeks
    assert doc.date_range() == ("2024-01-02", "2024-06-28")  # 1 January is a holiday


def test_file_is_healthy_and_foreign_keys_are_back_on(
    demo: tuple[OfficeFile, DemoSummary],
) -> None:
    doc, _ = demo
    assert doc.integrity_problems() == []
    assert doc.scalar("PRAGMA foreign_keys") == 1


def test_sites_are_in_different_cities_with_their_own_calendars(
    demo: tuple[OfficeFile, DemoSummary],
) -> None:
    doc, _ = demo
    sites = {
        name: (tz, country)
        for name, tz, country in _rows(doc, "SELECT name, timezone, holiday_country FROM sites")
    }
    assert sites == {
        "Oslo": ("Europe/Oslo", "NO"),
        "Bergen": ("Europe/Oslo", "NO"),
        "Trondheim": ("Europe/Oslo", "NO"),
        "Stockholm": ("Europe/Stockholm", "SE"),
    }
    per_site = _rows(
        doc,
        "SELECT f.site_id, count(DISTINCT f.id), count(DISTINCT z.id) FROM floors f "
        "JOIN zones z ON z.floor_id = f.id GROUP BY f.site_id",
    )
    assert len(per_site) == 4 and all(zones >= 1 for _, _, zones in per_site)
    assert max(floors for _, floors, _ in per_site) >= 2  # Oslo has several floors


def test_desks_have_features_and_a_few_are_not_bookable(
    demo: tuple[OfficeFile, DemoSummary],
) -> None:
    doc, _ = demo
    n, bookable, monitor, standing, accessible = _rows(
        doc,
        "SELECT count(*), sum(bookable), sum(monitor), sum(standing), sum(accessible) FROM desks",
    )[0]
    assert isinstance(n, int) and n > 200
    assert 0.9 * n < bookable < n
    assert 0.7 * n < monitor < n
    assert 0.15 * n < standing < 0.5 * n
    assert 0 < accessible < 0.15 * n
    assert not _rows(
        doc, "SELECT 1 FROM bookings b JOIN desks d ON d.id = b.desk_id WHERE NOT d.bookable"
    )


def test_teams_have_3_to_40_people_and_a_home_site(demo: tuple[OfficeFile, DemoSummary]) -> None:
    doc, _ = demo
    sizes = [int(n) for (n,) in _rows(doc, "SELECT count(*) FROM people GROUP BY team_id")]
    assert min(sizes) >= 3 and max(sizes) <= 40
    assert len(set(sizes)) > 3  # not all the same size
    assert doc.scalar("SELECT count(*) FROM people WHERE team_id IS NULL") == 0
    assert doc.scalar("SELECT count(*) FROM teams WHERE site_id IS NULL") == 0


def test_people_have_unique_plausible_names_and_mostly_emails(
    demo: tuple[OfficeFile, DemoSummary],
) -> None:
    doc, _ = demo
    names = [str(n) for (n,) in _rows(doc, "SELECT name FROM people")]
    assert len(set(names)) == len(names)
    assert all(" " in n and not any(ch.isdigit() for ch in n) for n in names)
    with_email = doc.scalar("SELECT count(*) FROM people WHERE email LIKE '%@%'")
    assert 0.8 * len(names) < with_email < len(names)
    # People at the Stockholm site carry Swedish names.
    swedish = _rows(
        doc,
        "SELECT p.name FROM people p JOIN teams t ON t.id = p.team_id "
        "JOIN sites s ON s.id = t.site_id WHERE s.name = 'Stockholm'",
    )
    assert swedish
    assert all(str(n).split()[-1] in SWEDISH_LAST for (n,) in swedish)


# -- bookings --------------------------------------------------------------------------


def test_weekday_shape_tue_to_thu_above_monday_above_friday(
    demo: tuple[OfficeFile, DemoSummary],
) -> None:
    doc, _ = demo
    mean = {
        int(wd): float(avg)
        for wd, avg in _rows(
            doc,
            "SELECT CAST(strftime('%w', date) AS INTEGER), count(*) * 1.0 / count(DISTINCT date) "
            "FROM bookings WHERE status = 'checked_in' GROUP BY 1",
        )
    }
    assert set(mean) == {1, 2, 3, 4, 5}  # weekdays only
    assert min(mean[2], mean[3], mean[4]) > mean[1] > mean[5]
    assert mean[5] < 0.7 * mean[1]


def test_no_bookings_on_public_holidays_or_closures(
    demo: tuple[OfficeFile, DemoSummary],
) -> None:
    doc, _ = demo
    calendars = load_site_calendars(doc.conn)
    for site_id, cal in calendars.items():
        booked_days = {
            date.fromisoformat(str(d))
            for (d,) in _rows(
                doc,
                "SELECT DISTINCT b.date FROM bookings b JOIN desks d ON d.id = b.desk_id "
                "JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id "
                "WHERE f.site_id = ?",
                (site_id,),
            )
        }
        closed = cal.closed_days(date(2024, 1, 1), END)
        assert booked_days, cal.name
        assert not booked_days & set(closed), cal.name
        assert all(d.weekday() < 5 for d in booked_days)
        assert booked_days <= set(cal.open_days(date(2024, 1, 1), END))
    # The famous ones, spelled out.
    norwegian = (
        "SELECT count(*) FROM bookings b JOIN desks d ON d.id = b.desk_id "
        "JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id "
        "JOIN sites s ON s.id = f.site_id WHERE s.holiday_country = 'NO' AND b.date = ?"
    )
    for holiday in ("2024-05-17", "2024-05-09", "2024-04-01", "2024-05-20"):
        assert doc.scalar(norwegian, (holiday,)) == 0, holiday
    assert doc.scalar(norwegian, ("2024-05-16",)) > 0
    assert date(2024, 6, 6) in public_holidays("SE", None, date(2024, 6, 1), date(2024, 6, 30))
    stockholm_on_national_day = doc.scalar(
        "SELECT count(*) FROM bookings b JOIN desks d ON d.id = b.desk_id "
        "JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id "
        "JOIN sites s ON s.id = f.site_id WHERE s.name = 'Stockholm' AND b.date = '2024-06-06'"
    )
    oslo_on_swedish_national_day = doc.scalar(
        "SELECT count(*) FROM bookings b JOIN desks d ON d.id = b.desk_id "
        "JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id "
        "JOIN sites s ON s.id = f.site_id WHERE s.name = 'Oslo' AND b.date = '2024-06-06'"
    )
    assert stockholm_on_national_day == 0 and oslo_on_swedish_national_day > 0


def test_a_site_closure_is_recorded_and_respected(demo: tuple[OfficeFile, DemoSummary]) -> None:
    doc, _ = demo
    closures = _rows(doc, "SELECT site_id, date, reason FROM closures")
    assert closures and all(str(reason) for _, _, reason in closures)
    for site_id, day, _ in closures:
        assert date.fromisoformat(str(day)).weekday() < 5
        on_site = doc.scalar(
            "SELECT count(*) FROM bookings b JOIN desks d ON d.id = b.desk_id "
            "JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id "
            "WHERE f.site_id = ? AND b.date = ?",
            (site_id, day),
        )
        assert on_site == 0
        elsewhere = doc.scalar("SELECT count(*) FROM bookings WHERE date = ?", (day,))
        assert elsewhere > 0  # the other sites were open that day


def test_about_ten_percent_no_shows_and_some_cancellations(
    demo: tuple[OfficeFile, DemoSummary],
) -> None:
    doc, _ = demo
    by_status = dict(_rows(doc, "SELECT status, count(*) FROM bookings GROUP BY status"))
    assert set(by_status) == {"checked_in", "no_show", "cancelled"}  # all in the past
    checked_in, no_show = int(by_status["checked_in"]), int(by_status["no_show"])
    assert 0.08 <= no_show / (checked_in + no_show) <= 0.12
    assert 0.03 <= int(by_status["cancelled"]) / sum(by_status.values()) <= 0.09


def test_no_desk_is_booked_twice_on_a_day_nor_a_person_twice(
    demo: tuple[OfficeFile, DemoSummary],
) -> None:
    doc, _ = demo
    assert not _rows(
        doc, "SELECT desk_id, date FROM bookings GROUP BY desk_id, date HAVING count(*) > 1"
    )
    assert not _rows(
        doc, "SELECT person_id, date FROM bookings GROUP BY person_id, date HAVING count(*) > 1"
    )


def test_people_book_desks_at_their_own_site(demo: tuple[OfficeFile, DemoSummary]) -> None:
    doc, _ = demo
    assert not _rows(
        doc,
        "SELECT 1 FROM bookings b JOIN people p ON p.id = b.person_id "
        "JOIN teams t ON t.id = p.team_id JOIN desks d ON d.id = b.desk_id "
        "JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id "
        "WHERE f.site_id <> t.site_id LIMIT 1",
    )


def test_some_desks_are_almost_never_used(demo: tuple[OfficeFile, DemoSummary]) -> None:
    doc, _ = demo
    open_days = int(doc.scalar("SELECT count(DISTINCT date) FROM bookings"))
    use = [
        int(n)
        for (n,) in _rows(
            doc,
            "SELECT count(b.id) FROM desks d LEFT JOIN bookings b "
            "ON b.desk_id = d.id AND b.status = 'checked_in' WHERE d.bookable GROUP BY d.id",
        )
    ]
    rarely = [n for n in use if n < 0.05 * open_days]
    assert 1 <= len(rarely) <= 0.15 * len(use)
    assert sorted(use)[len(use) // 2] > 0.3 * open_days  # the typical desk is well used


def test_teams_come_in_on_the_same_days(demo: tuple[OfficeFile, DemoSummary]) -> None:
    """Team-mates overlap more often than people from different teams at the same site."""
    doc, _ = demo
    same, other = _rows(
        doc,
        """
        WITH presence AS (
            SELECT b.person_id, b.date, p.team_id, t.site_id FROM bookings b
            JOIN people p ON p.id = b.person_id JOIN teams t ON t.id = p.team_id
            WHERE b.status = 'checked_in'
        ), daily AS (
            SELECT date, site_id, team_id, count(*) AS n FROM presence
            GROUP BY date, site_id, team_id
        ), sizes AS (SELECT team_id, count(*) AS size FROM people GROUP BY team_id)
        SELECT
            (SELECT avg(1.0 * d.n / s.size) FROM daily d JOIN sizes s USING (team_id)
             WHERE d.n >= 2),
            (SELECT avg(1.0 * d.n / s.size) FROM daily d JOIN sizes s USING (team_id))
        """,
    )[0]
    # Days on which a team is in at all see a large share of it: co-presence.
    assert float(same) > float(other) > 0
    anchor_share = float(
        doc.scalar(
            """
            WITH daily AS (
                SELECT p.team_id, b.date, count(*) AS n FROM bookings b
                JOIN people p ON p.id = b.person_id WHERE b.status = 'checked_in'
                GROUP BY p.team_id, b.date
            ), sizes AS (SELECT team_id, count(*) AS size FROM people GROUP BY team_id)
            SELECT avg(CASE WHEN 1.0 * n / size >= 0.6 THEN 1.0 ELSE 0.0 END)
            FROM daily JOIN sizes USING (team_id) WHERE size >= 5
            """
        )
    )
    assert anchor_share > 0.02  # teams do meet: days with 60 % of a team in


def test_checked_in_bookings_have_an_arrival_time(demo: tuple[OfficeFile, DemoSummary]) -> None:
    doc, _ = demo
    times = _rows(
        doc, "SELECT status, checked_in_at, start_time, end_time FROM bookings LIMIT 20000"
    )
    for status, checked_in_at, start, end in times:
        if status == "checked_in":
            assert len(str(checked_in_at)) == 5 and "06:30" <= str(checked_in_at) <= "14:00"
        else:
            assert checked_in_at == ""
        assert (start, end) in {("", ""), ("08:00", "12:00"), ("12:00", "16:00")}
    assert any(start for _, _, start, _ in times)  # some half-day bookings


def test_badge_rows_named_at_one_site_counted_at_another(
    demo: tuple[OfficeFile, DemoSummary],
) -> None:
    doc, _ = demo
    kinds = _rows(
        doc,
        "SELECT s.name, count(a.person_id), count(a.count) FROM attendance a "
        "JOIN sites s ON s.id = a.site_id GROUP BY s.name",
    )
    assert {(str(n), p > 0, c > 0) for n, p, c in kinds} == {
        ("Bergen", True, False),
        ("Oslo", False, True),
    }
    # Everyone who checked in at Bergen badged in there that day.
    missing = doc.scalar(
        "SELECT count(*) FROM bookings b JOIN desks d ON d.id = b.desk_id "
        "JOIN zones z ON z.id = d.zone_id JOIN floors f ON f.id = z.floor_id "
        "JOIN sites s ON s.id = f.site_id "
        "LEFT JOIN attendance a ON a.person_id = b.person_id AND a.date = b.date "
        "AND a.site_id = s.id WHERE s.name = 'Bergen' AND b.status = 'checked_in' "
        "AND a.id IS NULL"
    )
    assert missing == 0
    # Oslo's daily counts cover at least everyone checked in there.
    short = doc.scalar(
        "WITH checked AS (SELECT b.date, count(*) AS n FROM bookings b "
        "JOIN desks d ON d.id = b.desk_id JOIN zones z ON z.id = d.zone_id "
        "JOIN floors f ON f.id = z.floor_id JOIN sites s ON s.id = f.site_id "
        "WHERE s.name = 'Oslo' AND b.status = 'checked_in' GROUP BY b.date) "
        "SELECT count(*) FROM checked c LEFT JOIN attendance a ON a.date = c.date "
        "AND a.person_id IS NULL AND a.site_id = (SELECT id FROM sites WHERE name = 'Oslo') "
        "WHERE a.count IS NULL OR a.count < c.n"
    )
    assert short == 0


def test_july_is_quiet(tmp_path: Path) -> None:
    with OfficeFile.create(tmp_path / "summer.officeplan") as doc:
        generate_demo(doc, people=60, weeks=12, seed=1, end=date(2025, 8, 29))
        june = doc.scalar(
            "SELECT count(*) * 1.0 / count(DISTINCT date) FROM bookings "
            "WHERE date BETWEEN '2025-06-02' AND '2025-06-20'"
        )
        july = doc.scalar(
            "SELECT count(*) * 1.0 / count(DISTINCT date) FROM bookings "
            "WHERE date BETWEEN '2025-07-07' AND '2025-07-25'"
        )
        assert july < 0.5 * june


def test_christmas_eve_is_a_closure_at_norwegian_sites(tmp_path: Path) -> None:
    with OfficeFile.create(tmp_path / "xmas.officeplan") as doc:
        generate_demo(doc, people=30, weeks=6, seed=1, end=date(2026, 1, 9))
        reasons = {
            (str(site), str(day)): str(reason)
            for site, day, reason in _rows(
                doc,
                "SELECT s.name, c.date, c.reason FROM closures c JOIN sites s ON s.id = c.site_id",
            )
        }
        assert reasons[("Oslo", "2025-12-24")] == "Julaften"
        assert reasons[("Oslo", "2025-12-31")] == "Nyttårsaften"
        assert doc.scalar("SELECT count(*) FROM bookings WHERE date IN ('2025-12-24')") == 0


# -- sizes, future dates, bad calls ----------------------------------------------------


def test_a_30_person_office_is_small_but_complete(tmp_path: Path) -> None:
    with OfficeFile.create(tmp_path / "small.officeplan") as doc:
        summary = generate_demo(doc, people=30, weeks=10, seed=5, end=date(2026, 3, 27))
        assert summary.people == 30 and summary.sites == 2
        assert 1 <= summary.teams <= 10
        assert summary.bookings > 30 * 10 * 5 * 0.25
        assert summary.rows == sum(v for k, v in doc.counts().items() if k not in {"plans"})


def test_the_smallest_office(tmp_path: Path) -> None:
    with OfficeFile.create(tmp_path / "tiny.officeplan") as doc:
        summary = generate_demo(doc, people=3, weeks=1, seed=1, end=date(2026, 3, 27))
        assert (summary.people, summary.teams, summary.sites) == (3, 1, 1)
        assert doc.integrity_problems() == []


def test_future_dates_are_booked_and_have_no_badge_rows(tmp_path: Path) -> None:
    today = date(2026, 3, 18)  # a Wednesday
    with OfficeFile.create(tmp_path / "future.officeplan") as doc:
        generate_demo(doc, people=40, weeks=4, seed=2, end=date(2026, 3, 27), today=today)
        future = dict(
            _rows(
                doc,
                "SELECT status, count(*) FROM bookings WHERE date >= ? GROUP BY status",
                (today.isoformat(),),
            )
        )
        past = dict(
            _rows(
                doc,
                "SELECT status, count(*) FROM bookings WHERE date < ? GROUP BY status",
                (today.isoformat(),),
            )
        )
        assert set(future) <= {"booked", "cancelled"} and future["booked"]
        assert "booked" not in past and past["checked_in"]
        assert (
            doc.scalar("SELECT count(*) FROM attendance WHERE date >= ?", (today.isoformat(),)) == 0
        )


def test_end_defaults_to_the_most_recent_friday() -> None:
    assert most_recent_friday(date(2026, 11, 23)) == date(2026, 11, 20)  # Monday
    assert most_recent_friday(date(2026, 11, 20)) == date(2026, 11, 20)  # Friday
    assert most_recent_friday(date(2026, 11, 22)) == date(2026, 11, 20)  # Sunday
    assert most_recent_friday().weekday() == 4


def test_refuses_a_file_that_is_not_empty(tmp_path: Path) -> None:
    with OfficeFile.create(tmp_path / "full.officeplan") as doc:
        generate_demo(doc, people=10, weeks=1, seed=1, end=date(2026, 3, 27))
        before = doc.counts()
        with pytest.raises(ValueError, match="empty file"):
            generate_demo(doc, people=10, weeks=1, seed=2, end=date(2026, 3, 27))
        assert doc.counts() == before


@pytest.mark.parametrize(("people", "weeks"), [(2, 4), (20_001, 4), (30, 0), (30, 261)])
def test_rejects_sizes_out_of_range(office: OfficeFile, people: int, weeks: int) -> None:
    with pytest.raises(ValueError, match="must be between"):
        generate_demo(office, people=people, weeks=weeks)
    assert office.counts()["sites"] == 0


def test_rejects_a_demo_too_big_for_memory(office: OfficeFile) -> None:
    with pytest.raises(ValueError, match="too big"):
        generate_demo(office, people=20_000, weeks=260)
    assert office.counts()["sites"] == 0


def test_progress_runs_from_0_to_the_total(office: OfficeFile) -> None:
    seen: list[tuple[int, int]] = []
    generate_demo(
        office,
        people=30,
        weeks=4,
        seed=1,
        end=date(2026, 3, 27),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    done = [d for d, _ in seen]
    assert done == sorted(done)


def test_an_error_while_writing_leaves_the_file_empty(office: OfficeFile) -> None:
    def fail_late(done: int, total: int) -> None:
        if done > 60:  # inside the write transaction
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        generate_demo(office, people=30, weeks=4, end=date(2026, 3, 27), progress=fail_late)
    assert all(n == 0 for n in office.counts().values())
    assert office.scalar("PRAGMA foreign_keys") == 1


def test_sqlite_sees_no_foreign_key_violations(tmp_path: Path) -> None:
    path = tmp_path / "fk.officeplan"
    with OfficeFile.create(path) as doc:
        generate_demo(doc, people=60, weeks=2, seed=1, end=date(2026, 3, 27))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_the_date_of_generation_changes_only_statuses(tmp_path: Path) -> None:
    """Generating before or after the period's end gives the same bookings, other statuses."""
    found = []
    for i, today in enumerate((date(2026, 3, 18), date(2026, 6, 1))):
        with OfficeFile.create(tmp_path / f"{i}.officeplan") as doc:
            generate_demo(doc, people=40, weeks=4, seed=2, end=date(2026, 3, 27), today=today)
            found.append(_rows(doc, "SELECT date, desk_id, person_id FROM bookings ORDER BY id"))
    assert found[0] == found[1]


def test_schema_is_that_of_a_new_file(demo: tuple[OfficeFile, DemoSummary], tmp_path: Path) -> None:
    """The generator rebuilds the booking indexes after loading; none may go missing."""
    doc, _ = demo

    def schema(d: OfficeFile) -> set[tuple[Any, ...]]:
        return set(_rows(d, "SELECT type, name, tbl_name, sql FROM sqlite_master"))

    with OfficeFile.create(tmp_path / "new.officeplan") as fresh:
        assert schema(doc) == schema(fresh)
        assert doc.schema_version == fresh.schema_version
