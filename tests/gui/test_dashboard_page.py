"""The Dashboard page, driven as a user would: the filters update every figure at once
from the worker, the figures equal the core's Report for the same scope, empty and small
data sets say so, small teams are suppressed, and every chart and figure exports."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from officeplanner.analytics import (
    ORGANISATION,
    Figure,
    Period,
    Report,
    Scope,
    compute_report,
    figure_csv,
    key_figures,
    resolve_scope,
)
from officeplanner.demo.files import create_demo_file
from officeplanner.edits.bookings import book
from officeplanner.gui import prompts
from officeplanner.gui.chart_export import ChartFormat
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.dashboard_charts import ChartTheme, pct
from officeplanner.gui.dashboard_models import SHARE_COLUMN, SORT_ROLE, DeskTableModel
from officeplanner.gui.dashboard_page import NO_DATA_TEXT, NO_FILE_TEXT, DashboardPage
from officeplanner.gui.settings import Settings
from officeplanner.store import OfficeFile
from tests.core import analytics_support

TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 30-person demo office over 12 weeks, built once for the module."""
    path = tmp_path_factory.mktemp("demo") / "demo.officeplan"
    create_demo_file(path, people=30, weeks=12)
    return path


def _context(tmp_path: Path, doc: OfficeFile | None) -> DocumentContext:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = DocumentContext(settings)
    context.set_document(doc)
    return context


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Iterator[DocumentContext]:
    path = tmp_path / "demo.officeplan"
    shutil.copy(demo_template, path)
    context = _context(tmp_path, OfficeFile.open(path))
    yield context
    context.set_document(None)


@pytest.fixture
def private_office(tmp_path: Path) -> Iterator[DocumentContext]:
    """The hand-computed office of the core tests, with k = 5 (team Beta has 2 members)."""
    doc = analytics_support.build_office(tmp_path / "hand.officeplan", min_group=5)
    context = _context(tmp_path, doc)
    yield context
    context.set_document(None)


def _page(qtbot: QtBot, context: DocumentContext) -> DashboardPage:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def _wait_for(
    qtbot: QtBot, page: DashboardPage, scope: Scope, period: Period | None = None
) -> Report:
    """Until the report on screen is the one for ``scope`` (and ``period``) and idle."""

    def shown() -> None:
        assert page.report is not None and page.report.scope == scope
        assert period is None or page.report.period == period
        assert not page.is_computing

    qtbot.waitUntil(shown, timeout=TIMEOUT_MS)
    assert page.report is not None
    return page.report


@pytest.fixture
def page(qtbot: QtBot, demo: DocumentContext) -> DashboardPage:
    p = _page(qtbot, demo)
    _wait_for(qtbot, p, ORGANISATION)
    return p


def _core(context: DocumentContext, scope: Scope, period: Period) -> Report:
    assert context.doc is not None
    return compute_report(context.doc.path, scope, period)


def _choose(combo: QComboBox, text: str) -> int:
    index = combo.findText(text)
    assert index > 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    return int(combo.currentData())


def _set_dates(page: DashboardPage, start: date, end: date) -> Period:
    page.set_period(Period(start, end))
    return Period(start, end)


def _card(page: DashboardPage, key: str) -> str:
    return page.cards[key].value.text()


def _site_names(context: DocumentContext) -> list[str]:
    assert context.doc is not None
    return [str(r[0]) for r in context.doc.conn.execute("SELECT name FROM sites ORDER BY name")]


# -- the desk table model ---------------------------------------------------------------------


def test_desk_model_tester(qtmodeltester: ModelTester, page: DashboardPage) -> None:
    assert page.report is not None and page.report.desks is not None
    model = DeskTableModel()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(page.report.desks.desks)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == page.report.bookable_desks
    first = page.report.desks.desks[0]
    assert model.index(0, 1).data() == first.desk
    assert model.index(0, SHARE_COLUMN).data() == pct(first.share)
    assert model.index(0, SHARE_COLUMN).data(SORT_ROLE) == first.share


def test_desk_table_least_used_first(page: DashboardPage) -> None:
    assert page.report is not None and page.report.desks is not None
    desks = page.report.desks.desks
    view = page.desk_view.model()
    assert view.index(0, 1).data() == desks[0].desk
    page.order_combo.setCurrentIndex(1)
    assert view.index(0, 1).data() == desks[-1].desk


# -- filters and figures ----------------------------------------------------------------------


def test_key_figures_equal_the_core_report(page: DashboardPage, demo: DocumentContext) -> None:
    report = page.report
    assert report is not None
    core = key_figures(_core(demo, ORGANISATION, report.period))
    assert core.average_utilisation is not None and core.peak_utilisation is not None
    assert _card(page, "average") == pct(core.average_utilisation)
    assert _card(page, "peak") == pct(core.peak_utilisation)
    assert _card(page, "popular") == core.most_popular_weekday
    assert core.no_show_rate is not None
    assert _card(page, "no_show") == pct(core.no_show_rate)
    assert _card(page, "desks") == f"{core.desks_needed} / {core.bookable_desks}"
    assert page.status_label.text().startswith("Organisation · ")
    assert not page.message_label.isVisible()
    assert not any(panel.showing_message for panel in page.panels.values())


def test_site_filter_shows_that_sites_report(
    qtbot: QtBot, page: DashboardPage, demo: DocumentContext
) -> None:
    assert page.report is not None
    period = page.report.period
    org_average = _card(page, "average")
    site = _site_names(demo)[0]
    site_id = _choose(page.site_combo, site)
    scope = Scope(site_id=site_id)
    report = _wait_for(qtbot, page, scope)
    core = _core(demo, scope, period)
    k = key_figures(core)
    assert k.average_utilisation is not None
    assert _card(page, "average") == pct(k.average_utilisation)
    assert _card(page, "average") != org_average
    assert _card(page, "desks") == f"{k.desks_needed} / {core.bookable_desks}"
    assert report.scope_label == site
    # the charts show the same report
    assert page.weekday_chart.weekdays == core.weekdays
    assert page.heatmap_chart.heatmap == core.heatmap
    assert page.trend_chart.weekly == core.weekly
    assert core.desks is not None
    assert page.zone_chart.zones == core.desks.zones
    assert page.desk_model.rows == core.desks.desks
    # the floor filter now offers that site's floors, the zone filter waits for a floor
    assert page.floor_combo.isEnabled() and page.floor_combo.count() > 1
    assert not page.zone_combo.isEnabled()
    floor_id = int(page.floor_combo.itemData(1))
    page.floor_combo.setCurrentIndex(1)
    assert page.zone_combo.isEnabled()
    _wait_for(qtbot, page, Scope(site_id=site_id, floor_id=floor_id))


def test_filters_changed_together_make_one_run(
    qtbot: QtBot, page: DashboardPage, demo: DocumentContext
) -> None:
    shown: list[Report] = []

    class Recorder:
        def record(self) -> None:
            assert page.report is not None
            shown.append(page.report)

    recorder = Recorder()
    page.report_shown.connect(recorder.record)
    site_id = _choose(page.site_combo, _site_names(demo)[-1])
    team_id = int(page.team_combo.itemData(1))
    page.team_combo.setCurrentIndex(1)
    scope = Scope(site_id=site_id, team_id=team_id)
    _wait_for(qtbot, page, scope)
    assert [r.scope for r in shown] == [scope]
    page.report_shown.disconnect(recorder.record)


def test_a_newer_run_supersedes_an_older_one(
    qtbot: QtBot, page: DashboardPage, demo: DocumentContext
) -> None:
    first, last = _site_names(demo)[0], _site_names(demo)[-1]
    _choose(page.site_combo, first)
    page.refresh()
    first_run = page.task
    assert first_run is not None
    last_id = _choose(page.site_combo, last)
    page.refresh()
    assert first_run.is_cancel_requested
    _wait_for(qtbot, page, Scope(site_id=last_id))
    qtbot.waitUntil(lambda: not first_run.is_running, timeout=TIMEOUT_MS)
    QApplication.processEvents()  # deliver the first run's late result, if it had one
    assert page.report is not None and page.report.scope == Scope(site_id=last_id)


def test_period_filter(qtbot: QtBot, page: DashboardPage, demo: DocumentContext) -> None:
    assert page.data_period is not None
    start = page.data_period.start
    start += timedelta(days=(7 - start.weekday()) % 7)  # a Monday
    period = _set_dates(page, start, start + timedelta(days=13))
    report = _wait_for(qtbot, page, ORGANISATION, period)
    assert report.heatmap is not None and len(report.heatmap.week_starts) == 2
    k = key_figures(_core(demo, ORGANISATION, period))
    assert k.average_utilisation is not None
    assert _card(page, "average") == pct(k.average_utilisation)
    page.reset_period()
    _wait_for(qtbot, page, ORGANISATION, page.data_period)


def test_a_period_without_open_days_says_so(qtbot: QtBot, page: DashboardPage) -> None:
    assert page.data_period is not None
    saturday = page.data_period.start + timedelta(days=(5 - page.data_period.start.weekday()) % 7)
    period = _set_dates(page, saturday, saturday + timedelta(days=1))
    report = _wait_for(qtbot, page, ORGANISATION, period)
    assert report.open_days == 0
    for panel in page.panels.values():
        assert panel.showing_message
        assert "No open days" in panel.message.text() or "No bookable" in panel.message.text()
    assert _card(page, "average") == "—"
    assert not page.panels["weekdays"].export_button.isEnabled()


def test_a_tiny_period_is_shown_with_a_note(qtbot: QtBot, page: DashboardPage) -> None:
    assert page.data_period is not None
    start = page.data_period.start
    monday = start + timedelta(days=(7 - start.weekday()) % 7)
    wednesday = monday + timedelta(days=2)
    period = _set_dates(page, wednesday, wednesday)
    report = _wait_for(qtbot, page, ORGANISATION, period)
    assert report.open_days == 1
    assert page.message_label.isVisible()
    assert "Only 1 open day" in page.message_label.text()
    assert not page.panels["weekdays"].showing_message
    assert len(page.weekday_chart.bars) == 1  # Wednesday alone has a bar


def test_a_team_under_k_shows_as_suppressed(qtbot: QtBot, private_office: DocumentContext) -> None:
    page = _page(qtbot, private_office)
    _wait_for(qtbot, page, ORGANISATION)
    assert not page.panels["heatmap"].showing_message
    doc = private_office.doc
    assert doc is not None
    beta = resolve_scope(doc, team="Beta")
    _choose(page.team_combo, "Beta")
    report = _wait_for(qtbot, page, beta)
    assert report.suppressed
    for key in ("average", "peak", "popular", "no_show"):
        assert _card(page, key) == "suppressed", key
    assert _card(page, "desks") == f"suppressed / {report.bookable_desks}"
    assert "fewer than 5 people" in page.message_label.text()
    for key in ("weekdays", "heatmap", "trend", "zones"):
        assert page.panels[key].showing_message
        assert "Suppressed" in page.panels[key].message.text()
    # the CSV says "suppressed" too, exactly as the core writes it
    csv_path = Path(doc.path.parent / "key.csv")
    assert page.export_csv("key", csv_path)
    text = csv_path.read_bytes().decode("utf-8")
    assert "average_utilisation,suppressed" in text
    assert text == figure_csv(report, Figure.KEY_FIGURES)


def test_a_file_without_bookings_explains_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    context = _context(tmp_path, OfficeFile.create(tmp_path / "empty.officeplan"))
    page = _page(qtbot, context)
    assert page.message_label.text() == NO_DATA_TEXT
    assert page.report is None and page.task is None
    assert not page.from_edit.isEnabled() and not page.site_combo.isEnabled()
    assert all(panel.showing_message for panel in page.panels.values())
    context.set_document(None)


def test_closing_the_file_clears_the_page(
    qtbot: QtBot, page: DashboardPage, demo: DocumentContext
) -> None:
    demo.set_document(None)
    assert page.report is None
    assert page.message_label.text() == NO_FILE_TEXT
    assert _card(page, "average") == "—"
    assert page.desk_model.rowCount() == 0


def test_read_only_file_still_shows_the_figures(
    qtbot: QtBot, tmp_path: Path, demo_template: Path
) -> None:
    context = _context(tmp_path, OfficeFile.open(demo_template, read_only=True))
    assert context.read_only
    page = _page(qtbot, context)
    report = _wait_for(qtbot, page, ORGANISATION)
    assert report.open_days > 0 and not page.panels["weekdays"].showing_message
    context.set_document(None)


def test_new_bookings_update_the_figures(qtbot: QtBot, private_office: DocumentContext) -> None:
    page = _page(qtbot, private_office)
    before = _wait_for(qtbot, page, ORGANISATION)
    doc = private_office.doc
    assert doc is not None
    assert before.booked_vs_occupied is not None
    desk = int(doc.scalar("SELECT id FROM desks WHERE name = 'A3'"))
    person = int(doc.scalar("SELECT id FROM people WHERE name = 'P6'"))
    book(doc, date(2024, 5, 15), desk, person)
    private_office.notify("bookings")

    def updated() -> None:
        assert page.report is not None and page.report is not before
        assert page.report.booked_vs_occupied is not None
        booked = page.report.booked_vs_occupied.booked_desk_days
        assert booked == before.booked_vs_occupied.booked_desk_days + 1  # type: ignore[union-attr]

    qtbot.waitUntil(updated, timeout=TIMEOUT_MS)


# -- charts -----------------------------------------------------------------------------------


def test_tooltips_hold_the_exact_values(page: DashboardPage) -> None:
    report = page.report
    assert report is not None
    shown = [w for w in report.weekdays if w.avg_utilisation is not None]
    assert len(page.weekday_chart.bars) == len(shown)
    for bar, w in zip(page.weekday_chart.bars, shown, strict=True):
        assert bar.toolTip().startswith(f"{w.weekday}: average {pct(w.avg_utilisation)}")
        assert f"peak {pct(w.peak_utilisation)}" in bar.toolTip()
    assert report.weekly is not None
    assert len(page.trend_chart.tooltips) == len(report.weekly)
    assert pct(report.weekly[0].avg_utilisation) in page.trend_chart.tooltips[0]


def test_heatmap_hover_shows_the_cell(qtbot: QtBot, page: DashboardPage) -> None:
    heat = page.report.heatmap if page.report else None
    assert heat is not None
    row, col = next(
        (r, c) for r, values in enumerate(heat.values) for c, v in enumerate(values) if v
    )
    chart = page.heatmap_chart
    view = chart.plot_item.getViewBox()
    scene_pos = view.mapViewToScene(QPointF(col + 0.5, row + 0.5))
    qtbot.mouseMove(chart.viewport(), chart.mapFromScene(scene_pos))
    tip = view.toolTip()
    assert pct(heat.values[row][col]) in tip
    assert tip.startswith(heat.weekdays[row])
    assert tip == chart.cell_text(row, col)


def test_dark_palette(qtbot: QtBot, page: DashboardPage) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#262626"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1c1c1c"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    page.setPalette(dark)
    QApplication.processEvents()
    for chart in page.charts.values():
        assert chart.theme.dark
        assert chart.backgroundBrush().color() == QColor("#1c1c1c")
    theme = ChartTheme.from_palette(dark)
    bar = page.weekday_chart.bars[0]
    assert bar.opts["brush"] == theme.bar
    assert theme.bar != ChartTheme.from_palette(QPalette(QColor("#f0f0f0"))).bar


# -- exports ----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["weekdays", "heatmap", "trend", "zones"])
def test_png_export_is_a_real_image_of_the_chart(
    page: DashboardPage, tmp_path: Path, key: str
) -> None:
    path = tmp_path / f"{key}.png"
    assert page.export_chart(key, ChartFormat.PNG, path)
    image = QImage(str(path))
    assert not image.isNull()
    rect = page.charts[key].export_item.sceneBoundingRect()
    assert abs(image.width() - rect.width()) <= 1
    assert abs(image.height() - rect.height()) <= 1
    colours = {
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 7)
        for y in (image.height() // 3, image.height() // 2)
    }
    assert len(colours) > 3  # something was drawn, not a blank page


def test_pdf_export(page: DashboardPage, tmp_path: Path) -> None:
    path = tmp_path / "heatmap.pdf"
    assert page.export_chart("heatmap", ChartFormat.PDF, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1000


@pytest.mark.parametrize("key", ["weekdays", "heatmap"])
def test_svg_export_holds_the_charts_text(page: DashboardPage, tmp_path: Path, key: str) -> None:
    path = tmp_path / f"{key}.svg"
    assert page.export_chart(key, ChartFormat.SVG, path)
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = " ".join(t.strip() for t in root.itertext())
    assert "Mon" in text and "Fri" in text
    assert "Utilisation" in text


@pytest.mark.parametrize(
    ("key", "figure"),
    [
        ("key", Figure.KEY_FIGURES),
        ("weekdays", Figure.WEEKDAYS),
        ("heatmap", Figure.HEATMAP),
        ("trend", Figure.WEEKLY),
        ("zones", Figure.ZONES),
        ("desks", Figure.DESKS),
    ],
)
def test_csv_export_equals_the_cores_csv(
    page: DashboardPage, demo: DocumentContext, tmp_path: Path, key: str, figure: Figure
) -> None:
    assert page.report is not None
    path = tmp_path / f"{key}.csv"
    assert page.export_csv(key, path)
    core = _core(demo, page.report.scope, page.report.period)
    assert path.read_bytes().decode("utf-8") == figure_csv(core, figure)


def test_export_menu_asks_for_the_file(
    page: DashboardPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(parent: object, title: str, folder: str, filters: str) -> Path:
        asked.append(filters)
        return tmp_path / "chart"  # without a suffix: the format's is added

    monkeypatch.setattr(prompts, "save_file_name", answer)
    menu = page.panels["trend"].export_menu
    svg = next(a for a in menu.actions() if a.data() == "svg")
    svg.trigger()
    assert asked == ["SVG drawing (*.svg)"]
    assert page.last_export == tmp_path / "chart.svg"
    assert ET.parse(tmp_path / "chart.svg").getroot().tag.endswith("svg")
    assert "saved chart.svg" in page.status_label.text()

    def cancel(parent: object, title: str, folder: str, filters: str) -> None:
        return None

    monkeypatch.setattr(prompts, "save_file_name", cancel)
    page.key_export.click()
    assert page.last_export == tmp_path / "chart.svg"


def test_nothing_to_export_without_a_chart(
    qtbot: QtBot, page: DashboardPage, tmp_path: Path
) -> None:
    assert page.data_period is not None
    saturday = page.data_period.start + timedelta(days=(5 - page.data_period.start.weekday()) % 7)
    period = _set_dates(page, saturday, saturday)
    _wait_for(qtbot, page, ORGANISATION, period)
    assert not page.export_chart("weekdays", ChartFormat.PNG, tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("width", [420, 1200])
def test_heatmap_week_labels_fit_the_width(qtbot: QtBot, width: int) -> None:
    """Two years of weeks on a narrow chart label every n-th week, never overlapping."""
    from officeplanner.analytics.weekday import Heatmap
    from officeplanner.gui.dashboard_charts import WEEK_LABEL_PX, HeatmapChart

    weeks = tuple(date(2025, 1, 6) + timedelta(weeks=w) for w in range(104))
    chart = HeatmapChart()
    qtbot.addWidget(chart)
    chart.resize(width, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_heatmap(Heatmap(("Mon",), weeks, ((0.5,) * 104,), ((3,) * 104,)))
    axis = chart.plot_item.getAxis("bottom")
    labels = [pos for pos, text in axis._tickLevels[0] if text]
    axis_px = chart.plot_item.getViewBox().width()
    assert 2 <= len(labels) <= max(2, axis_px // WEEK_LABEL_PX)
    spacing = (labels[1] - labels[0]) * axis_px / 104
    assert spacing >= WEEK_LABEL_PX


def test_desk_model_sorts_itself_and_keeps_ranks(
    qtmodeltester: ModelTester, page: DashboardPage
) -> None:
    """The model sorts (no proxy): ranks stay the core's, selections follow their desk."""
    assert page.report is not None and page.report.desks is not None
    desks = page.report.desks.desks
    model = DeskTableModel()
    model.set_rows(desks)
    kept = QPersistentModelIndex(model.index(0, 1))
    model.sort(SHARE_COLUMN, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)
    shares = [model.index(r, SHARE_COLUMN).data(SORT_ROLE) for r in range(model.rowCount())]
    assert shares == sorted(shares)
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "1"  # the most used desk keeps rank 1 …
    assert model.index(last, 1).data() == desks[0].desk
    assert kept.row() == last  # … and a persistent index moved with it
    model.sort(1, Qt.SortOrder.DescendingOrder)
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names == sorted((d.desk for d in desks), reverse=True)
    model.set_rows(desks)  # a new report keeps the chosen order
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == names
