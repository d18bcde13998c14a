"""Following up a saved plan: presence on anchor days and the meeting rate before vs after,
on a small office whose every figure is worked out by hand below.

Oslo, ten desks; no Norwegian public holiday in September 2025. Team A has five
members (k = 5, so it is shown), team B two (suppressed). The plan starts Monday
2025-09-15 and ends Friday 2025-09-26; A's anchor days are Tue and Thu. The office is
closed on Thursday 2025-09-25. The last data is on 2025-09-26, so:

- after  = 2025-09-15 .. 2025-09-26 (12 days; weeks of 15 and 22 Sep)
- before = 2025-09-03 .. 2025-09-14 (12 days; weeks of 1 Sep — Wed to Fri only — and 8 Sep)

A's presence (checked in, or badged in; a plain booking or a no-show is not presence):

==========  ====  ==========================================
date        in    note
==========  ====  ==========================================
Tue 09-02   5     before the "before" period: not counted
Thu 09-04   2     before
Wed 09-10   2     before
Tue 09-16   5     anchor day (3 check-ins + 2 badge rows)
Wed 09-17   5     not an anchor day: counts for meeting only
Thu 09-18   3     anchor day (+1 booked, +1 no-show: absent)
Tue 09-23   2     anchor day
Thu 09-25   4     closed: no anchor day, nobody counted
==========  ====  ==========================================

Share present on anchor days = (5 + 3 + 2) / (3 × 5) = 2/3.
Meeting (≥ 60 % = 3 of 5): before — week 1 Sep max 2, week 8 Sep max 2 → 0/2 = 0.0;
after — week 15 Sep yes (16th), week 22 Sep max 2 → 1/2 = 0.5.
"""

from __future__ import annotations

from datetime import date

import pytest

from officeplanner.analytics.columns import clear_cache
from officeplanner.analytics.privacy import MIN_GROUP_KEY
from officeplanner.analytics.scope import Period
from officeplanner.planner.followup import FollowUpError, followup
from officeplanner.planner.problem import Problem, Site, Team
from officeplanner.planner.result import Solution
from officeplanner.planner.store import save_plan
from officeplanner.store import OfficeFile
from officeplanner.store.entities import ensure_desk, ensure_person, ensure_site

START, END = date(2025, 9, 15), date(2025, 9, 26)
TODAY = date(2025, 10, 6)
A_IN: dict[str, int] = {
    "2025-09-02": 5,
    "2025-09-04": 2,
    "2025-09-10": 2,
    "2025-09-16": 5,
    "2025-09-17": 5,
    "2025-09-18": 3,
    "2025-09-23": 2,
    "2025-09-25": 4,
}


def _fill(doc: OfficeFile) -> None:
    with doc.write() as conn:
        desks = [ensure_desk(conn, "Oslo", "1", "Main", f"D{i}") for i in range(10)]
        oslo = ensure_site(conn, "Oslo")
        a = [ensure_person(conn, f"a{i}", "A") for i in range(5)]
        b = [ensure_person(conn, f"b{i}", "B") for i in range(2)]

        def booking(day: str, person: int, status: str) -> None:
            conn.execute(
                "INSERT INTO bookings(date, desk_id, person_id, status) VALUES (?, ?, ?, ?)",
                (day, desks[person % 10], person, status),
            )

        for day, n in A_IN.items():
            for i, person in enumerate(a[:n]):
                if day == "2025-09-16" and i >= 3:  # two of them badge in instead
                    conn.execute(
                        "INSERT INTO attendance(date, site_id, person_id) VALUES (?, ?, ?)",
                        (day, oslo, person),
                    )
                else:
                    booking(day, person, "checked_in")
        booking("2025-09-18", a[3], "booked")  # booked but never checked in: absent
        booking("2025-09-18", a[4], "no_show")
        booking("2025-09-23", a[4], "cancelled")
        for person in b:
            booking("2025-09-16", person, "checked_in")
            booking("2025-09-26", person, "checked_in")  # the last day with data
        conn.execute(
            "INSERT INTO closures(site_id, date, reason) VALUES (?, '2025-09-25', 'Move')",
            (oslo,),
        )
    problem = Problem(
        ("Mon", "Tue", "Wed", "Thu", "Fri"),
        {"Oslo": Site("Oslo", dict.fromkeys(("Mon", "Tue", "Wed", "Thu", "Fri"), 9.0))},
        (
            Team("A", "Oslo", 5, 2, dict.fromkeys(("Mon", "Tue", "Wed", "Thu", "Fri"), 0.0)),
            Team("B", "Oslo", 2, 1, dict.fromkeys(("Mon", "Tue", "Wed", "Thu", "Fri"), 0.0)),
        ),
    )
    plan = {"A": ("Tue", "Thu"), "B": ("Tue",)}
    solution = Solution("optimal", plan, 0.0, 0.0, 0.0, "test")
    save_plan(doc, "September", problem, solution, valid_from=START, valid_to=END)


@pytest.fixture
def filled(office: OfficeFile) -> OfficeFile:
    clear_cache()
    _fill(office)
    return office


def test_hand_computed_followup(filled: OfficeFile) -> None:
    result = followup(filled, "September", today=TODAY)
    assert result.after == Period(START, END)
    assert result.before == Period(date(2025, 9, 3), date(2025, 9, 14))
    assert result.threshold == 0.6 and result.privacy.min_group == 5
    a, b = result.teams
    assert (a.team, a.size, a.anchor_days) == ("A", 5, ("Tue", "Thu"))
    assert a.anchor_dates == 3  # 16, 18, 23 Sep; the 25th is closed
    assert a.present_share == pytest.approx(2 / 3)
    assert a.meeting_before == 0.0
    assert a.meeting_after == 0.5
    # B has two members: under k, nothing about it is shown
    assert (b.team, b.size) == ("B", 2)
    assert (b.present_share, b.meeting_before, b.meeting_after) == (None, None, None)


def test_today_cuts_the_period(filled: OfficeFile) -> None:
    """Followed up on Friday the 19th: after = 15–19 Sep, before = 10–14 Sep."""
    result = followup(filled, "September", today=date(2025, 9, 19))
    assert result.after == Period(START, date(2025, 9, 19))
    assert result.before == Period(date(2025, 9, 10), date(2025, 9, 14))
    a = result.teams[0]
    assert a.anchor_dates == 2
    assert a.present_share == pytest.approx((5 + 3) / 10)
    assert (a.meeting_before, a.meeting_after) == (0.0, 1.0)


def test_smaller_k_shows_small_teams(filled: OfficeFile) -> None:
    with filled.write() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO settings(key, value) VALUES (?, '2')", (MIN_GROUP_KEY,)
        )
    b = followup(filled, "September", today=TODAY).teams[1]
    assert b.anchor_dates == 2  # 16 and 23 Sep
    assert b.present_share == pytest.approx((2 + 0) / (2 * 2))
    # before: nobody of B in → 0 of 2 weeks; after: both in on the 16th and the 26th
    # (a Friday, not an anchor day, but a meeting all the same) → 2 of 2 weeks
    assert (b.meeting_before, b.meeting_after) == (0.0, 1.0)


def test_not_started_or_no_start(filled: OfficeFile) -> None:
    with pytest.raises(FollowUpError, match="nothing to follow up yet"):
        followup(filled, "September", today=date(2025, 9, 14))
    with filled.write() as conn:
        conn.execute("UPDATE plans SET valid_from = NULL")
    with pytest.raises(FollowUpError, match="no start date"):
        followup(filled, "September", today=TODAY)
    with pytest.raises(KeyError):
        followup(filled, "No such plan", today=TODAY)


def test_no_data_since_the_start(filled: OfficeFile) -> None:
    with filled.write() as conn:
        conn.execute("UPDATE plans SET valid_from = '2025-10-01', valid_to = '2025-12-19'")
    with pytest.raises(FollowUpError, match="no data since then"):
        followup(filled, "September", today=TODAY)
