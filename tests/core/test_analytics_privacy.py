"""Small groups never come out: not in the report objects, the CLI text or the JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from officeplanner.analytics import Period, Report, compute_report, report_to_json, resolve_scope
from officeplanner.analytics.privacy import PrivacySettings, read_privacy
from officeplanner.cli.cmd_stats import format_report
from officeplanner.store import OfficeFile
from tests.core.analytics_support import END, START, TODAY, build_office

PERIOD = Period(START, END)


@pytest.fixture
def doc(office_path: Path) -> Iterator[OfficeFile]:
    d = build_office(office_path, min_group=5)
    yield d
    d.close()


def report(doc: OfficeFile, **names: str) -> Report:
    return compute_report(doc, resolve_scope(doc, **names), PERIOD, today=TODAY)


def test_settings_default_to_five_and_person_level_off(office_path: Path) -> None:
    with OfficeFile.create(office_path) as doc:
        assert read_privacy(doc) == PrivacySettings(5, False)
        doc.set_setting("privacy_min_group", "nonsense")
        assert read_privacy(doc).min_group == 5
        doc.set_setting("privacy_min_group", "8")
        doc.set_setting("person_level_views", "1")
        assert read_privacy(doc) == PrivacySettings(8, True)


def test_team_under_k_is_suppressed_team_at_k_is_shown(doc: OfficeFile) -> None:
    r = report(doc, site="Oslo")
    teams = {t.team: t for t in r.teams}
    assert teams["Alpha"].meeting_rate == 0.5  # 6 members
    assert teams["Beta"].size == 2
    assert teams["Beta"].meeting_rate is None and teams["Beta"].no_show_rate is None


def test_small_desk_zone_and_weekday_groups_are_suppressed(doc: OfficeFile) -> None:
    r = report(doc, site="Oslo")
    assert not r.suppressed  # 7 people were active in Oslo
    assert r.desks is not None
    assert all(d.share is None and d.occupied_days is None for d in r.desks.desks)
    assert all(z.share is None for z in r.desks.zones)  # 3 people each
    assert r.desks.floors[0].share is not None  # 6 people used floor 1's desks
    assert dict(r.no_show.by_weekday)["Mon"] is None  # P1 P2 P3 only
    assert r.no_show.rate == pytest.approx(2 / 15)  # 6 people checked in or missed


def test_a_whole_scope_under_k_is_suppressed(doc: OfficeFile) -> None:
    zone = report(doc, site="Oslo", floor="1", zone="A")  # P1, P2, P3
    beta = report(doc, site="Oslo", team="Beta")  # a team of 2
    for r in (zone, beta):
        assert r.suppressed
        assert r.daily is None and r.heatmap is None and r.weekly is None
        assert r.demand is None and r.most_popular_weekday is None
        assert all(w.avg_utilisation is None for w in r.weekdays)
        assert r.no_show.rate is None
        data = report_to_json(r)
        assert data["no_show_rate"] is None and data["desks_needed_p90"] is None
        assert data["unused_desks"] is None and data["most_popular_weekday"] is None
        assert all(v["avg_occupied"] is None for v in data["weekdays"].values())
        assert "suppressed" in format_report(r)


def test_person_level_views_switch_on_desk_rows_and_people(doc: OfficeFile) -> None:
    assert report(doc, site="Oslo").person_rows is None
    doc.set_setting("person_level_views", "1")
    r = report(doc, site="Oslo")
    assert r.person_rows is not None and len(r.person_rows) == 7
    assert r.desks is not None
    assert {d.desk: d.share for d in r.desks.desks}["A1"] == pytest.approx(6 / 7)
    assert {t.team: t.meeting_rate for t in r.teams}["Beta"] is None  # still a group < k


def test_json_of_a_suppressed_scope_has_no_activity_number(doc: OfficeFile) -> None:
    data = report_to_json(report(doc, site="Oslo", floor="1", zone="A"))
    text = json.dumps(data)
    assert '"no_show_rate": null' in text
    structural = {"bookable_desks", "people", "open_days", "desk_sharing_ratio"}
    for key, value in data.items():
        if key not in structural and key not in {"from", "to", "site", "weekdays", "teams"}:
            assert value is None, key
