"""Every metric of issue 4 against the hand-computed office of analytics_support.py.

Oslo's open days are 13, 14, 15, 16, 21, 23, 24 May 2024 (7); its bookable desks
A1 A2 A3 B1 B2 (5). Per open day (occupied desks / booked desks / people booking):

    13: A1 A2 / A1 A2 A3 / 3      (A3 a no-show; B1 cancelled)
    14: A1 A2 / A1 A2 A3 / 3      (A2 booked and badge-confirmed; A3 only booked)
    15: A1    / A1       / 1      (B3 is not bookable)
    16: all 5 / all 5    / 5
    21: A1    / A1 B2    / 2      (B2 a no-show)
    23: A1 B1 / A1 B1    / 3      (A1 used by P1 and P2: one desk)
    24: -     / A1 A2    / 2      (today: still booked)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from officeplanner.analytics import (
    AnalyticsCancelledError,
    Period,
    Report,
    Scope,
    ScopeError,
    compute_report,
    resolve_scope,
    scope_choices,
)
from officeplanner.analytics.demand import desks_needed
from officeplanner.analytics.teams import members_needed
from officeplanner.store import OfficeFile
from tests.core.analytics_support import END, START, TODAY, build_office

PERIOD = Period(START, END)


@pytest.fixture
def doc(office_path: Path) -> Iterator[OfficeFile]:
    d = build_office(office_path)
    yield d
    d.close()


def oslo(
    doc: OfficeFile,
    *,
    today: date = TODAY,
    percentile: float = 90.0,
    meeting_threshold: float | None = None,
) -> Report:
    scope = resolve_scope(doc, site="Oslo")
    return compute_report(
        doc, scope, PERIOD, today=today, percentile=percentile, meeting_threshold=meeting_threshold
    )


def test_open_days_skip_holidays_and_closures(doc: OfficeFile) -> None:
    r = oslo(doc)
    assert r.open_days == 7
    assert r.daily is not None
    assert [d.day for d in r.daily.dates] == [13, 14, 15, 16, 21, 23, 24]
    assert {w.weekday: w.open_days for w in r.weekdays} == {
        "Mon": 1, "Tue": 2, "Wed": 1, "Thu": 2, "Fri": 1,
    }  # fmt: skip


def test_daily_occupancy_booked_and_utilisation(doc: OfficeFile) -> None:
    r = oslo(doc)
    assert r.daily is not None
    assert r.bookable_desks == 5
    assert r.daily.occupied == (2, 2, 1, 5, 1, 2, 0)
    assert r.daily.booked == (3, 3, 1, 5, 2, 2, 2)
    assert r.daily.bookable == (5,) * 7
    assert r.daily.utilisation == pytest.approx((0.4, 0.4, 0.2, 1.0, 0.2, 0.4, 0.0))
    assert r.daily.demand == (3, 3, 1, 5, 2, 3, 2)
    assert r.booked_vs_occupied is not None
    assert r.booked_vs_occupied.booked_desk_days == 18
    assert r.booked_vs_occupied.occupied_desk_days == 13
    assert r.booked_vs_occupied.never_occupied_share == pytest.approx(5 / 18)


def test_weekday_average_peak_and_most_popular(doc: OfficeFile) -> None:
    r = oslo(doc)
    by = {w.weekday: w for w in r.weekdays}
    assert (by["Mon"].avg_occupied, by["Mon"].peak_occupied) == (2.0, 2)
    assert (by["Tue"].avg_occupied, by["Tue"].peak_occupied) == (1.5, 2)
    assert by["Tue"].avg_utilisation == pytest.approx(0.3)
    assert by["Tue"].peak_utilisation == pytest.approx(0.4)
    assert (by["Thu"].avg_occupied, by["Thu"].peak_occupied) == (3.5, 5)
    assert by["Thu"].avg_utilisation == pytest.approx(0.7)
    assert by["Thu"].peak_utilisation == 1.0
    assert by["Fri"].avg_utilisation == 0.0
    assert r.most_popular_weekday == "Thu"
    assert r.weekday_ranking == ("Thu", "Mon", "Tue", "Wed", "Fri")


def test_heatmap_and_weekly_trend(doc: OfficeFile) -> None:
    r = oslo(doc)
    assert r.heatmap is not None
    assert r.heatmap.week_starts == (date(2024, 5, 13), date(2024, 5, 20))
    assert r.heatmap.weekdays == ("Mon", "Tue", "Wed", "Thu", "Fri")
    values = [[None if v is None else round(v, 9) for v in row] for row in r.heatmap.values]
    assert values == [[0.4, None], [0.4, 0.2], [0.2, None], [1.0, 0.4], [None, 0.0]]
    assert r.heatmap.occupied[3] == (5, 2)
    assert r.weekly is not None
    assert [(w.week_start.day, w.open_days) for w in r.weekly] == [(13, 4), (20, 3)]
    assert [w.avg_utilisation for w in r.weekly] == pytest.approx([0.5, 0.2])
    assert [w.peak_utilisation for w in r.weekly] == pytest.approx([1.0, 0.4])


def test_no_show_rate_past_open_days_only(doc: OfficeFile) -> None:
    r = oslo(doc)
    # checked in: 13:2 14:1 15:1 16:5 21:1 23:3 = 13; no-shows: P3 on 13, P5 on 21.
    assert (r.no_show.checked_in, r.no_show.no_shows) == (13, 2)
    assert r.no_show.rate == pytest.approx(2 / 15)
    assert dict(r.no_show.by_weekday) == pytest.approx(
        {"Mon": 1 / 3, "Tue": 1 / 3, "Wed": 0.0, "Thu": 0.0, "Fri": None}
    )
    earlier = oslo(doc, today=date(2024, 5, 14))  # only the 13th is past
    assert earlier.no_show.rate == pytest.approx(1 / 3)


def test_desk_shares_unused_and_underused(doc: OfficeFile) -> None:
    r = oslo(doc)
    assert r.desks is not None
    shares = {d.desk: d.share for d in r.desks.desks}
    assert shares == pytest.approx({"A1": 6 / 7, "A2": 3 / 7, "A3": 1 / 7, "B1": 2 / 7,
                                    "B2": 1 / 7})  # fmt: skip
    assert r.desks.desks[0].desk == "A1"  # most used first
    assert "B3" not in shares  # not bookable
    assert r.desks.unused == 2  # A3, B2 below 15 %
    assert r.desks.underused == 4  # A2, A3, B1, B2 below 50 % (unused included)
    zones = {z.name: z for z in r.desks.zones}
    assert zones["Oslo / 1 / A"].share == pytest.approx(10 / 21)
    assert zones["Oslo / 1 / B"].share == pytest.approx(3 / 14)
    assert (zones["Oslo / 1 / B"].unused, zones["Oslo / 1 / B"].underused) == (1, 2)
    (floor,) = r.desks.floors
    assert floor.name == "Oslo / 1" and floor.share == pytest.approx(13 / 35)


def test_desk_added_mid_period_counts_for_the_whole_period_without_dates(
    doc: OfficeFile,
) -> None:
    """No desk dates in the file: B2 (first booked on the 16th) counts from the start."""
    r = oslo(doc)
    assert r.desks is not None
    b2 = next(d for d in r.desks.desks if d.desk == "B2")
    assert (b2.open_days, b2.occupied_days) == (7, 1)


def test_desk_added_mid_period_with_an_added_on_column(doc: OfficeFile) -> None:
    """If the file records when a desk arrived (proposed desks.added_on), it counts from then."""
    with doc.write() as conn:
        conn.execute("ALTER TABLE desks ADD COLUMN added_on TEXT")
        conn.execute("UPDATE desks SET added_on = '2024-05-16' WHERE name = 'B2'")
    r = oslo(doc)
    assert r.desks is not None and r.daily is not None
    b2 = next(d for d in r.desks.desks if d.desk == "B2")
    assert (b2.open_days, b2.occupied_days, b2.share) == (4, 1, 0.25)
    assert r.daily.bookable == (4, 4, 4, 5, 5, 5, 5)
    assert r.daily.utilisation[0] == 0.5


def test_demand_percentile_sharing_ratio_and_what_if(doc: OfficeFile) -> None:
    r = oslo(doc)
    assert r.demand is not None
    assert r.demand.daily_demand == (1, 2, 2, 3, 3, 3, 5)
    assert r.demand.desks_needed == 5  # nearest rank: ceil(0.9 × 7) = 7th of 7
    assert oslo(doc, percentile=50).desks_needed == 3  # 4th of 7
    assert r.demand.days_over(3) == 1
    assert r.demand.days_over(2) == 4
    assert r.demand.days_over(5) == 0
    assert r.people == 6  # team Alpha is based in Oslo
    assert r.desk_sharing_ratio == pytest.approx(5 / 6)


def test_desks_needed_is_the_nearest_rank() -> None:
    import numpy as np

    assert desks_needed(np.array([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]), 90) == 90
    assert desks_needed(np.array([], dtype=np.int64), 90) == 0


def test_team_meeting_rate(doc: OfficeFile) -> None:
    r = oslo(doc)
    teams = {t.team: t for t in r.teams}
    # Alpha (6): 4 needed; 5 present on the 16th, at most 3 in the second week.
    assert teams["Alpha"].size == 6 and teams["Alpha"].weeks == 2
    assert teams["Alpha"].meeting_rate == 0.5
    assert teams["Alpha"].no_show_rate == pytest.approx(2 / 15)
    # Beta (2): listed because P7 was at Oslo on the 16th; never 2 of them there.
    assert teams["Beta"].meeting_rate == 0.0
    assert teams["Beta"].no_show_rate is None  # no checked-in or no-show booking in Oslo
    lower = oslo(doc, meeting_threshold=0.5)  # 3 of 6: also met on Thu 23
    assert {t.team: t.meeting_rate for t in lower.teams}["Alpha"] == 1.0


def test_members_needed_has_no_float_slop() -> None:
    assert members_needed(10, 0.7) == 7
    assert members_needed(5, 0.6) == 3
    assert members_needed(6, 0.6) == 4


def test_several_sites_sum_over_the_sites_open_each_day(doc: OfficeFile) -> None:
    r = compute_report(doc, Scope(), PERIOD, today=TODAY)
    assert r.open_days == 8  # Oslo's 7 and Wed 22, when only Bergen is open
    assert r.daily is not None
    by_day = dict(zip([d.day for d in r.daily.dates], r.daily.bookable, strict=True))
    assert by_day == {13: 5, 14: 7, 15: 7, 16: 7, 21: 7, 22: 2, 23: 7, 24: 7}
    assert dict(zip([d.day for d in r.daily.dates], r.daily.occupied, strict=True))[22] == 2
    wed = next(w for w in r.weekdays if w.weekday == "Wed")
    assert wed.avg_utilisation == pytest.approx((1 / 7 + 1.0) / 2)
    assert r.most_popular_weekday == "Wed"
    assert (r.bookable_desks, r.people, r.site) == (7, 8, None)
    assert r.desk_sharing_ratio == pytest.approx(7 / 8)


def test_floor_zone_and_team_scopes(doc: OfficeFile) -> None:
    zone_a = resolve_scope(doc, site="Oslo", floor="1", zone="A")
    r = compute_report(doc, zone_a, PERIOD, today=TODAY)
    assert r.bookable_desks == 3 and r.daily is not None
    assert r.daily.occupied == (2, 2, 1, 3, 1, 1, 0)
    alpha = resolve_scope(doc, site="Oslo", team="Alpha")
    t = compute_report(doc, alpha, PERIOD, today=TODAY)
    assert t.bookable_desks == 5 and t.people == 6
    assert [x.team for x in t.teams] == ["Alpha"]
    assert t.scope_label == "Oslo · team Alpha"


def test_period_defaults_to_the_data_range(doc: OfficeFile) -> None:
    r = compute_report(doc, Scope(), today=TODAY)
    assert (r.period.start, r.period.end) == (START, END)


def test_unknown_names_and_bad_periods_raise(doc: OfficeFile) -> None:
    with pytest.raises(ScopeError, match="no site named 'Nowhere'"):
        resolve_scope(doc, site="Nowhere")
    with pytest.raises(ScopeError, match="floor needs its site"):
        resolve_scope(doc, floor="1")
    with pytest.raises(ScopeError, match="after it ends"):
        Period(END, START)
    with pytest.raises(ScopeError, match="not a date"):
        Period.parse("2024-02-30", "2024-03-01")
    with pytest.raises(ScopeError, match="no team with id 99"):
        compute_report(doc, Scope(team_id=99), PERIOD)
    choices = scope_choices(doc)
    assert [c.name for c in choices.sites] == ["Bergen", "Oslo"]
    assert [c.name for c in choices.teams] == ["Alpha", "Beta"]


def test_cancel_is_polled_between_stages(doc: OfficeFile) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(AnalyticsCancelledError):
        compute_report(
            doc,
            Scope(),
            PERIOD,
            cancel=lambda: len(seen) >= 2,
            progress=lambda d, t: seen.append((d, t)),
        )
    assert seen == [(0, 7), (1, 7)]


def test_a_path_opens_read_only_and_the_cache_sees_new_data(
    doc: OfficeFile, office_path: Path
) -> None:
    before = compute_report(office_path, Scope(), PERIOD, today=TODAY)
    with doc.write() as conn:
        conn.execute(
            "UPDATE bookings SET status = 'checked_in' WHERE date = '2024-05-24' "
            "AND desk_id = (SELECT id FROM desks WHERE name = 'A1')"
        )
    after = compute_report(office_path, Scope(), PERIOD, today=TODAY)
    assert before.daily is not None and after.daily is not None
    assert before.daily.occupied[-1] == 0 and after.daily.occupied[-1] == 1


def test_person_rows_only_when_switched_on(doc: OfficeFile) -> None:
    assert oslo(doc).person_rows is None
    doc.set_setting("person_level_views", "1")
    rows = {p.person: p for p in oslo(doc).person_rows or ()}
    assert (rows["P1"].present_days, rows["P1"].booked_days, rows["P1"].no_shows) == (6, 7, 0)
    assert (rows["P3"].present_days, rows["P3"].booked_days, rows["P3"].no_shows) == (1, 3, 1)
    assert rows["P7"].present_days == 1 and rows["P7"].booked_days == 0


def test_no_loop_over_bookings_in_sql_reads(doc: OfficeFile) -> None:
    """The columns come back in one row per date, not one per booking."""
    traced: list[str] = []
    conn = sqlite3.connect(doc.path)
    conn.set_trace_callback(traced.append)
    from officeplanner.analytics.columns import read_columns

    cols = read_columns(conn)
    conn.close()
    assert cols.b_day.size == 25  # 26 bookings less the cancelled one
    assert sum("FROM bookings" in s for s in traced) == 1


def test_preload_fills_the_cache(doc: OfficeFile, office_path: Path) -> None:
    from officeplanner.analytics import clear_cache, preload
    from officeplanner.analytics import columns as columns_module

    clear_cache()
    preload(office_path)
    assert office_path.resolve() in columns_module._cache


def test_a_period_without_open_days_and_a_scope_without_desks(doc: OfficeFile) -> None:
    holiday = compute_report(doc, Scope(), Period(date(2024, 5, 17), date(2024, 5, 20)))
    assert holiday.open_days == 0 and holiday.most_popular_weekday is None
    assert all(w.avg_utilisation is None and w.open_days == 0 for w in holiday.weekdays)
    assert holiday.demand is not None and holiday.demand.desks_needed == 0
    assert holiday.weekly == () and holiday.no_show.rate is None
    with doc.write() as conn:
        conn.execute("INSERT INTO sites(name) VALUES ('Empty')")
    empty = compute_report(doc, resolve_scope(doc, site="Empty"), PERIOD, today=TODAY)
    assert (empty.bookable_desks, empty.people, empty.desk_sharing_ratio) == (0, 0, None)
    assert empty.daily is not None and set(empty.daily.utilisation) == {0.0}
    assert empty.teams == ()
    # Open days on which nobody came: every weekday ties at 0 %, so none is "popular".
    assert empty.weekday_ranking and empty.most_popular_weekday is None


def test_a_site_open_on_saturdays_lists_saturday(doc: OfficeFile) -> None:
    with doc.write() as conn:
        conn.execute("UPDATE sites SET weekdays = 'Mon,Tue,Wed,Thu,Fri,Sat' WHERE name = 'Oslo'")
    r = oslo(doc)
    assert [w.weekday for w in r.weekdays] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    assert r.open_days == 8  # Sat 18 May; Sat 25 is outside the period
