"""Key figures and the dashboard's CSV exports, against the hand-computed office.

The expected numbers are those of test_analytics_metrics.py (Oslo, 13–24 May 2024:
daily utilisation 0.4 0.4 0.2 1.0 0.2 0.4 0.0; demand 3 3 1 5 2 3 2).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from officeplanner.analytics import (
    Figure,
    Period,
    Report,
    compute_report,
    figure_csv,
    figure_rows,
    key_figures,
    resolve_scope,
    write_figure_csv,
)
from officeplanner.analytics.figures_csv import SUPPRESSED
from officeplanner.store import OfficeFile
from tests.core.analytics_support import END, START, TODAY, build_office

PERIOD = Period(START, END)


@pytest.fixture
def doc(office_path: Path) -> Iterator[OfficeFile]:
    d = build_office(office_path)
    yield d
    d.close()


@pytest.fixture
def private_doc(office_path: Path) -> Iterator[OfficeFile]:
    d = build_office(office_path, min_group=5)
    yield d
    d.close()


def report(doc: OfficeFile, **names: str) -> Report:
    return compute_report(doc, resolve_scope(doc, **names), PERIOD, today=TODAY)


def parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_key_figures_of_oslo(doc: OfficeFile) -> None:
    k = key_figures(report(doc, site="Oslo"))
    assert not k.suppressed
    assert k.average_utilisation == pytest.approx(2.6 / 7)
    assert (k.peak_utilisation, k.peak_date) == (1.0, date(2024, 5, 16))
    assert k.most_popular_weekday == "Thu"
    assert k.most_popular_utilisation == pytest.approx(0.7)
    assert k.no_show_rate == pytest.approx(2 / 15)
    assert (k.desks_needed, k.bookable_desks, k.percentile) == (5, 5, 90.0)
    assert k.has_activity


def test_key_figures_csv(doc: OfficeFile) -> None:
    rows = dict(parse(figure_csv(report(doc, site="Oslo"), Figure.KEY_FIGURES))[1:])
    assert rows["scope"] == "Oslo"
    assert (rows["from"], rows["to"]) == ("2024-05-13", "2024-05-24")
    assert float(rows["average_utilisation"]) == pytest.approx(2.6 / 7)
    assert rows["peak_date"] == "2024-05-16"
    assert rows["most_popular_weekday"] == "Thu"
    assert (rows["desks_needed"], rows["bookable_desks"]) == ("5", "5")


def test_weekday_heatmap_and_trend_csv(doc: OfficeFile) -> None:
    r = report(doc, site="Oslo")
    weekdays = parse(figure_csv(r, Figure.WEEKDAYS))
    assert weekdays[0][:2] == ["weekday", "open_days"]
    thu = next(row for row in weekdays if row[0] == "Thu")
    assert thu[1] == "2" and float(thu[4]) == pytest.approx(0.7) and float(thu[5]) == 1.0
    heat = parse(figure_csv(r, Figure.HEATMAP))
    assert heat[0] == ["weekday", "2024-05-13", "2024-05-20"]
    assert heat[1][0] == "Mon" and float(heat[1][1]) == pytest.approx(0.4)
    assert heat[1][2] == ""  # Whit Monday: closed, not zero
    trend = parse(figure_csv(r, Figure.WEEKLY))
    assert [row[0] for row in trend[1:]] == ["2024-05-13", "2024-05-20"]
    assert [float(row[2]) for row in trend[1:]] == pytest.approx([0.5, 0.2])


def test_desk_and_zone_csv_rank_most_used_first(doc: OfficeFile) -> None:
    r = report(doc, site="Oslo")
    desks = parse(figure_csv(r, Figure.DESKS))
    assert desks[0][:2] == ["rank", "desk"]
    assert [row[0] for row in desks[1:]] == ["1", "2", "3", "4", "5"]
    assert desks[1][1] == "A1"  # occupied on 6 of 7 open days
    shares = [float(row[-1]) for row in desks[1:]]
    assert shares == sorted(shares, reverse=True)
    zones = parse(figure_csv(r, Figure.ZONES))
    assert [row[0] for row in zones[1:]] == ["Oslo / 1 / A", "Oslo / 1 / B"]


def test_suppressed_cells_say_so(private_doc: OfficeFile) -> None:
    r = report(private_doc, site="Oslo")
    desks = parse(figure_csv(r, Figure.DESKS))
    assert all(row[-1] == SUPPRESSED for row in desks[1:])  # under 5 users per desk
    zones = parse(figure_csv(r, Figure.ZONES))
    assert all(row[2] == SUPPRESSED for row in zones[1:])


def test_a_suppressed_team_blanks_every_activity_figure(private_doc: OfficeFile) -> None:
    r = report(private_doc, team="Beta")  # two members: under k = 5
    assert r.suppressed
    k = dict(parse(figure_csv(r, Figure.KEY_FIGURES))[1:])
    assert k["average_utilisation"] == SUPPRESSED
    assert k["most_popular_weekday"] == SUPPRESSED
    assert k["bookable_desks"] == str(r.bookable_desks)  # the building is not about people
    for figure in (Figure.WEEKDAYS, Figure.HEATMAP, Figure.WEEKLY):
        rows = figure_rows(r, figure)
        cells = {c for row in rows[1:] for c in row[2:]}
        assert cells == {SUPPRESSED}, figure
    heat = figure_rows(r, Figure.HEATMAP)
    assert heat[0][1:] == ["2024-05-13", "2024-05-20"]


def test_write_figure_csv_equals_the_text(doc: OfficeFile, tmp_path: Path) -> None:
    r = report(doc)
    out = tmp_path / "weekly.csv"
    write_figure_csv(r, Figure.WEEKLY, out)
    assert out.read_bytes().decode("utf-8") == figure_csv(r, Figure.WEEKLY)
