"""Dark mode: the forced scheme, the charts and week grid following it, the menu choice
remembered, and icons rendered crisply for each device pixel ratio in the right colour."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from officeplanner.domain import BookingStatus
from officeplanner.gui import settings as settings_module
from officeplanner.gui import theme
from officeplanner.gui.booking_models import (
    STATUS_ROLE,
    STATUS_TEXT,
    WeekGridModel,
    status_colour,
    status_text_colour,
)
from officeplanner.gui.chart_export import background_of, export_png
from officeplanner.gui.dashboard_charts import WeekdayChart
from officeplanner.gui.icons import LINE_COLOUR, icon
from officeplanner.gui.main_window import MainWindow
from officeplanner.gui.planner_chart import LoadChart
from officeplanner.gui.status_legend import StatusSwatch
from officeplanner.gui.theme import AppearanceMenu, apply_color_scheme, chart_colors, is_dark
from tests.gui.bookings_office import MONDAY, SmallOffice, small_office  # noqa: F401 - fixture
from tests.gui.shell_office import make_settings

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def app(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The application, its scheme back to the system's (light offscreen) afterwards."""
    monkeypatch.delenv(theme.ENV_VAR, raising=False)
    yield qapp
    apply_color_scheme(qapp, "system", env=False)


def test_offscreen_system_scheme_is_light(app: QApplication) -> None:
    apply_color_scheme(app, "system", env=False)
    assert not is_dark()
    assert theme.current_choice(app) == "system"


def test_forced_dark_gives_a_dark_window_and_light_text(app: QApplication) -> None:
    apply_color_scheme(app, "dark", env=False)
    palette = app.palette()
    assert is_dark()
    assert palette.color(Role.Window).lightness() < 80
    assert palette.color(Role.WindowText).lightness() > 200
    for text, back in (
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.Link, Role.Base),
        (Role.PlaceholderText, Role.Base),
    ):
        assert contrast(palette.color(text), palette.color(back)) >= 4.5, (text, back)
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.Text)
    assert disabled != palette.color(Role.Text)
    assert contrast(disabled, palette.color(Role.Base)) >= 3.0  # greyed, still legible


def test_switching_back_to_light_restores_the_light_palette(app: QApplication) -> None:
    light_window = app.palette().color(Role.Window)
    apply_color_scheme(app, "dark", env=False)
    apply_color_scheme(app, "light", env=False)
    assert not is_dark()
    assert app.palette().color(Role.Window) == light_window
    assert app.palette().color(Role.WindowText).lightness() < 60


def test_the_environment_variable_overrides_the_choice(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(theme.ENV_VAR, "dark")
    apply_color_scheme(app, "light")
    assert is_dark()
    apply_color_scheme(app, "light", env=False)  # the menu: the user's explicit choice
    assert not is_dark()


def _background_is(chart: pg.PlotWidget, colour: QColor) -> Callable[[], bool]:
    def check() -> bool:
        return background_of(chart) == colour

    return check


def test_charts_follow_the_palette(app: QApplication, qtbot: QtBot) -> None:
    weekday = WeekdayChart()
    load = LoadChart()
    for chart in (weekday, load):
        qtbot.addWidget(chart)
        chart.show()  # Qt hands a new palette to hidden widgets only when they are shown
        qtbot.waitExposed(chart)
    light = background_of(load)
    assert light.lightness() > 200
    assert background_of(weekday) == light

    apply_color_scheme(app, "dark", env=False)
    colours = chart_colors()
    assert colours.dark
    dark_background = QColor(colours.background)
    for chart in (weekday, load):  # shown widgets get the new palette from the event loop
        qtbot.waitUntil(_background_is(chart, dark_background))
        brush = chart.backgroundBrush().color()
        assert brush.lightness() < 80
        assert brush == QColor(colours.background)
        axis = chart.getPlotItem().getAxis("left")
        assert axis.textPen().color() == QColor(colours.foreground)
    assert QColor(load.legend.opts["labelTextColor"]) == QColor(colours.foreground)
    assert contrast(QColor(colours.accent), QColor(colours.background)) >= 3.0
    assert all(
        contrast(QColor(c), QColor(colours.background)) >= 3.0 for c in colours.categories[:4]
    )

    apply_color_scheme(app, "light", env=False)
    qtbot.waitUntil(_background_is(load, light))
    qtbot.waitUntil(_background_is(weekday, light))
    assert not chart_colors().dark


def _booked_cell(model: WeekGridModel) -> QModelIndex:
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            if model.data(index, STATUS_ROLE) == BookingStatus.BOOKED.value:
                return index
    raise AssertionError("no booked cell in the week grid")


def test_week_grid_status_colours_read_in_both_palettes(
    app: QApplication,
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    small_office: SmallOffice,  # noqa: F811 - fixture
) -> None:
    model = WeekGridModel()
    model.set_document(small_office.doc)
    oslo = int(small_office.doc.scalar("SELECT id FROM sites WHERE name = 'Oslo'"))
    model.set_site(oslo)
    model.set_week(MONDAY)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    cell = _booked_cell(model)
    swatch = StatusSwatch(BookingStatus.BOOKED, STATUS_TEXT[BookingStatus.BOOKED])
    qtbot.addWidget(swatch)
    swatch.show()
    qtbot.waitExposed(swatch)
    light_sheet = swatch.styleSheet()
    for scheme in ("light", "dark"):
        apply_color_scheme(app, scheme, env=False)
        back = QColor(model.data(cell, Qt.ItemDataRole.BackgroundRole))
        text = QColor(model.data(cell, Qt.ItemDataRole.ForegroundRole))
        assert (back.lightness() < 128) == (scheme == "dark"), scheme
        assert contrast(back, text) >= 7.0, scheme
        for status in BookingStatus:
            assert contrast(status_colour(status), status_text_colour()) >= 7.0
            assert contrast(status_colour(status), status_text_colour(muted=True)) >= 4.5
    qtbot.waitUntil(lambda: swatch.styleSheet() != light_sheet)  # the legend followed
    assert status_colour(BookingStatus.BOOKED).name() in swatch.styleSheet()


def test_menu_choice_is_applied_and_persists(app: QApplication, tmp_path: Path) -> None:
    app_settings = make_settings(tmp_path)
    window = MainWindow(app_settings)
    try:
        menu = window.appearance_menu
        assert menu.choice_actions["system"].isChecked()
        menu.choice_actions["dark"].trigger()
        assert is_dark()
        assert app_settings.get(settings_module.COLOR_SCHEME) == "dark"
        app_settings.sync()
        again = make_settings(tmp_path)
        assert again.get(settings_module.COLOR_SCHEME) == "dark"
        remembered = AppearanceMenu(again)
        assert remembered.choice_actions["dark"].isChecked()
        menu.choice_actions["light"].trigger()
        assert not is_dark()
        assert app_settings.get(settings_module.COLOR_SCHEME) == "light"
    finally:
        window.close()
        window.deleteLater()


def _image(icon_: QIcon, size: int, scale: float) -> QImage:
    return icon_.pixmap(QSize(size, size), scale).toImage()


def test_icons_are_rendered_for_the_device_pixel_ratio(app: QApplication) -> None:
    desk = icon("desk")
    assert not desk.isNull()
    for scale, device in ((1.0, 32), (1.5, 48), (2.0, 64), (3.0, 96)):
        pixmap = desk.pixmap(QSize(32, 32), scale)
        assert (pixmap.width(), pixmap.height()) == (device, device)
        assert pixmap.devicePixelRatio() == scale
    sharp = _image(desk, 32, 2.0).convertToFormat(QImage.Format.Format_ARGB32)
    upscaled = _image(desk, 32, 1.0).scaled(64, 64).convertToFormat(QImage.Format.Format_ARGB32)
    sharp.setDevicePixelRatio(1.0)
    upscaled.setDevicePixelRatio(1.0)
    assert sharp != upscaled  # drawn from the vector, not a blown-up 32 px bitmap


def _line_colour(image: QImage) -> QColor:
    """The colour of the most opaque pixel: the icon's line colour."""
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > best.alpha():
                best = pixel
    return best


def test_line_icons_turn_light_in_dark_mode(app: QApplication) -> None:
    desk = icon("desk")
    light = _line_colour(_image(desk, 24, 1.0))
    assert light.name() == LINE_COLOUR
    apply_color_scheme(app, "dark", env=False)
    dark = _line_colour(_image(desk, 24, 1.0))  # the same QIcon, drawn again
    assert dark.lightness() > 150
    assert contrast(dark, app.palette().color(Role.Window)) >= 4.5
    selected = _line_colour(desk.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Selected).toImage())
    assert selected.name() == "#ffffff"


def test_a_chart_exported_in_dark_mode_has_the_dark_background(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    chart = LoadChart()
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.show()
    qtbot.waitExposed(chart)
    apply_color_scheme(app, "dark", env=False)
    dark_background = QColor(chart_colors().background)
    qtbot.waitUntil(_background_is(chart, dark_background))
    path = tmp_path / "load.png"
    export_png(chart.plot_item, path)
    image = QImage(str(path))
    assert image.pixelColor(2, 2).name() == dark_background.name()
