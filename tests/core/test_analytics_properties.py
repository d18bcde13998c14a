"""Property tests: utilisation stays in [0, 1], a check-in never lowers occupancy, and
suppression never lets a group under k through any output (objects, text, JSON)."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from officeplanner.analytics import Period, Report, Scope, compute_report, report_to_json
from officeplanner.cli.cmd_stats import format_report
from officeplanner.store import OfficeFile
from officeplanner.store.entities import ensure_desk, ensure_person, ensure_site

START = date(2024, 5, 13)
PERIOD = Period(START, date(2024, 5, 24))
TODAY = date(2024, 5, 22)
CLOSED = {date(2024, 5, 17), date(2024, 5, 20)}  # Norwegian holidays in the period
DESKS = [f"{z}{i}" for z in "AB" for i in range(4)]
TEAMS = {"Big": 6, "Mid": 4, "Tiny": 2}
PEOPLE = [(f"{t}{i}", t) for t, n in TEAMS.items() for i in range(n)]
STATUSES = ("booked", "checked_in", "no_show", "cancelled")

Booking = tuple[int, int, int, str]  # day offset, desk index, person index, status
bookings_st = st.lists(
    st.tuples(
        st.integers(0, 11),
        st.integers(0, len(DESKS) - 1),
        st.integers(0, len(PEOPLE) - 1),
        st.sampled_from(STATUSES),
    ),
    max_size=60,
    unique_by=lambda b: (b[0], b[1], b[2]),
)
PROPS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def build(folder: Path, bookings: list[Booking], k: int = 1) -> OfficeFile:
    doc = OfficeFile.create(folder / "p.officeplan")
    with doc.write() as conn:
        ensure_site(conn, "Oslo")
        for name in DESKS:
            ensure_desk(conn, "Oslo", "1", name[0], name)
        for name, team in PEOPLE:
            ensure_person(conn, name, team)
        conn.execute("UPDATE teams SET site_id = 1")
        conn.execute("INSERT INTO settings VALUES ('privacy_min_group', ?)", (str(k),))
        add(conn, bookings)
    return doc


def add(conn: object, bookings: list[Booking]) -> None:
    conn.executemany(  # type: ignore[attr-defined]
        "INSERT INTO bookings(date, desk_id, person_id, status) VALUES (?, "
        "(SELECT id FROM desks WHERE name = ?), (SELECT id FROM people WHERE name = ?), ?)",
        [
            ((START + timedelta(days=d)).isoformat(), DESKS[j], PEOPLE[p][0], s)
            for d, j, p, s in bookings
        ],
    )


ORG = Scope()


def run(doc: OfficeFile, scope: Scope = ORG) -> Report:
    return compute_report(doc, scope, PERIOD, today=TODAY)


def utilisations(r: Report) -> list[float]:
    values: list[float | None] = []
    if r.daily:
        values += r.daily.utilisation
    for w in r.weekdays:
        values += [w.avg_utilisation, w.peak_utilisation]
    if r.heatmap:
        values += [v for row in r.heatmap.values for v in row]
    if r.weekly:
        values += [w.avg_utilisation for w in r.weekly] + [w.peak_utilisation for w in r.weekly]
    if r.desks:
        values += [d.share for d in r.desks.desks] + [z.share for z in r.desks.zones]
    return [v for v in values if v is not None]


@PROPS
@given(bookings=bookings_st)
def test_utilisation_stays_between_zero_and_one(bookings: list[Booking]) -> None:
    with tempfile.TemporaryDirectory() as tmp, build(Path(tmp), bookings) as doc:
        for scope in (Scope(), Scope(zone_id=1), Scope(team_id=1)):
            assert all(0.0 <= u <= 1.0 for u in utilisations(run(doc, scope)))


@PROPS
@given(bookings=bookings_st, extra=st.tuples(st.integers(0, 11), st.integers(0, 7),
                                             st.integers(0, len(PEOPLE) - 1)))  # fmt: skip
def test_a_checked_in_booking_never_lowers_occupancy(
    bookings: list[Booking], extra: tuple[int, int, int]
) -> None:
    day, desk, person = extra
    rest = [b for b in bookings if (b[0], b[1], b[2]) != extra]
    with tempfile.TemporaryDirectory() as tmp, build(Path(tmp), rest) as doc:
        before = run(doc)
        with doc.write() as conn:
            add(conn, [(day, desk, person, "checked_in")])
        after = run(doc)
    assert before.daily is not None and after.daily is not None
    assert all(a >= b for a, b in zip(after.daily.occupied, before.daily.occupied, strict=True))
    if START + timedelta(days=day) not in CLOSED and (START + timedelta(days=day)).weekday() < 5:
        i = [d for d in after.daily.dates].index(START + timedelta(days=day))
        assert after.daily.occupied[i] >= 1


def _active(bookings: list[Booking], team: str | None = None, zone: str | None = None) -> int:
    """Independent count of the people a scope's figures are about (open days only)."""
    people = set()
    for d, j, p, s in bookings:
        day = START + timedelta(days=d)
        if s == "cancelled" or day in CLOSED or day.weekday() >= 5:
            continue
        if (team is None or PEOPLE[p][1] == team) and (zone is None or DESKS[j][0] == zone):
            people.add(p)
    return len(people)


@PROPS
@given(bookings=bookings_st, k=st.integers(2, 8))
def test_no_group_under_k_gets_through_any_output(bookings: list[Booking], k: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, build(Path(tmp), bookings, k) as doc:
        scopes = {
            "org": (Scope(), _active(bookings)),
            "zone A": (Scope(zone_id=1), _active(bookings, zone="A")),
            "team Mid": (Scope(team_id=2), _active(bookings, team="Mid")),
            "team Tiny": (Scope(team_id=3), _active(bookings, team="Tiny")),
        }
        for scope, group in scopes.values():
            r = run(doc, scope)
            data = report_to_json(r)
            text = format_report(r)
            team_size = TEAMS[list(TEAMS)[scope.team_id - 1]] if scope.team_id else k
            small = 0 < group < k or team_size < k
            if small:
                assert r.suppressed
                assert r.daily is None and r.demand is None and r.heatmap is None
                assert data["no_show_rate"] is None and data["desks_needed_p90"] is None
                assert data["most_popular_weekday"] is None
                assert all(
                    v is None
                    for w in data["weekdays"].values()
                    for key, v in w.items()
                    if key != "open_days"
                )
                assert "suppressed" in text
            for team in data["teams"]:
                if team["size"] < k:
                    assert team["meeting_rate"] is None
            for t in r.teams:
                if t.size < k:
                    assert t.meeting_rate is None and t.no_show_rate is None
            if r.desks is not None:
                for d in r.desks.desks:
                    users = {
                        p
                        for dd, j, p, s in bookings
                        if DESKS[j] == d.desk
                        and s != "cancelled"
                        and START + timedelta(days=dd) not in CLOSED
                        and (START + timedelta(days=dd)).weekday() < 5
                        and (
                            scope.team_id is None or PEOPLE[p][1] == list(TEAMS)[scope.team_id - 1]
                        )
                    }
                    if 0 < len(users) < k:
                        assert d.share is None and d.occupied_days is None
