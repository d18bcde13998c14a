"""Light and dark appearance: follow the operating system, or the user's choice.

Qt follows the system colour scheme by itself only where the platform and style do
(Windows 11 and macOS styles); Fusion on Linux, and the offscreen platform the tests
use, keep their light palette whatever :meth:`QStyleHints.setColorScheme` is told. So
the choice is first requested from Qt, and when the palette did not follow, a dark
Fusion palette of our own (every role, the disabled group included, chosen for
WCAG-AA contrast) is set on the application. Widgets that paint their own colours
(the charts, the week grid) read :func:`chart_colors` / :func:`is_dark` and restyle on
``QEvent.Type.PaletteChange``.

The choice is "system", "light" or "dark": the ``COLOR_SCHEME`` setting, chosen in
View ▸ Appearance, and overridden by the ``OFFICEPLANNER_COLOR_SCHEME`` environment
variable (for scripts and screenshots).
"""

from __future__ import annotations

import os
from typing import Final, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from officeplanner.gui import settings as settings_module
from officeplanner.gui.choice_menu import ChoiceMenu
from officeplanner.gui.settings import Settings

# The environment variable that overrides the setting ("system" | "light" | "dark").
ENV_VAR: Final = "OFFICEPLANNER_COLOR_SCHEME"
CHOICES: Final = ("system", "light", "dark")
# Styles that switch their palette with the system scheme themselves.
_NATIVE_DARK_STYLES: Final = frozenset({"windows11", "macos"})

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# The dark palette, active/inactive group. Text on Window/Base/Button is at least
# 11:1, links 7:1, highlighted text 5:1, placeholder text 5:1.
_DARK_ROLES: Final = {
    _Role.Window: "#2d2d30",
    _Role.WindowText: "#e8e8e8",
    _Role.Base: "#1f1f21",
    _Role.AlternateBase: "#28282b",
    _Role.ToolTipBase: "#3b3b40",
    _Role.ToolTipText: "#f2f2f2",
    _Role.PlaceholderText: "#9d9da3",
    _Role.Text: "#e8e8e8",
    _Role.Button: "#3a3a3e",
    _Role.ButtonText: "#e8e8e8",
    _Role.BrightText: "#ff8080",
    _Role.Light: "#55555a",
    _Role.Midlight: "#46464b",
    _Role.Mid: "#2a2a2d",
    _Role.Dark: "#1b1b1d",
    _Role.Shadow: "#0a0a0a",
    _Role.Highlight: "#2b68a8",
    _Role.HighlightedText: "#ffffff",
    _Role.Link: "#72b6ff",
    _Role.LinkVisited: "#c9a2ff",
    _Role.Accent: "#2b68a8",
}
# What differs when a widget is disabled: greyed text, a muted selection.
_DARK_DISABLED: Final = {
    _Role.WindowText: "#85858b",
    _Role.Text: "#85858b",
    _Role.ButtonText: "#85858b",
    _Role.PlaceholderText: "#6c6c72",
    _Role.Base: "#29292c",
    _Role.Button: "#333336",
    _Role.Highlight: "#47474c",
    _Role.HighlightedText: "#b0b0b0",
    _Role.Link: "#5a7fa6",
    _Role.LinkVisited: "#7f6d99",
    _Role.Accent: "#47474c",
}


def dark_palette() -> QPalette:
    """The dark Fusion palette used where the platform does not supply one."""
    palette = QPalette()
    for role, colour in _DARK_ROLES.items():
        palette.setColor(_Group.All, role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(_Group.Disabled, role, QColor(colour))
    return palette


def light_palette(app: QApplication) -> QPalette:
    """The style's light palette (Fusion's standard one is dark on a dark system)."""
    palette = app.style().standardPalette()
    if is_dark(palette):
        palette = QPalette(QColor("#efefef"), QColor("#efefef"))
        palette.setColor(_Role.Base, QColor("#ffffff"))
        palette.setColor(_Role.Text, QColor("#000000"))
        palette.setColor(_Role.WindowText, QColor("#000000"))
        palette.setColor(_Role.ButtonText, QColor("#000000"))
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) has a dark window."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(_Role.Window).lightness() < 128


# -- chart colours ------------------------------------------------------------------------

# Okabe & Ito's colour-blind safe categories, ordered so the first ones read best on
# each background (the deep blue is too dark on a dark plot, the yellow too pale on white).
_CATEGORIES_LIGHT: Final = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
_CATEGORIES_DARK: Final = ("#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#D55E00")
# The perceptually even, colour-blind safe scale for heatmaps (same in both palettes).
HEATMAP_SCALE: Final = "cividis"


class ChartColors(NamedTuple):
    """Colours for a chart on the current palette, as ``#rrggbb`` names."""

    dark: bool
    background: str
    foreground: str
    grid: str
    # The main data series (bars, the average line).
    accent: str
    # The second series that must stand out from the first (peaks).
    highlight: str
    # Reference lines (thresholds, guides).
    guide: str
    # A limit that must not be crossed (capacity).
    limit: str
    # One colour per category (sites), in order.
    categories: tuple[str, ...]
    heatmap: str = HEATMAP_SCALE


def chart_colors(palette: QPalette | None = None) -> ChartColors:
    """Chart colours that suit ``palette`` (default: the application's)."""
    if palette is None:
        palette = QGuiApplication.palette()
    dark = is_dark(palette)
    return ChartColors(
        dark=dark,
        background=palette.color(_Role.Base).name(),
        foreground=palette.color(_Role.Text).name(),
        grid="#5a5a60" if dark else "#c4c4c4",
        accent="#56B4E9" if dark else "#0072B2",
        highlight="#E69F00" if dark else "#D55E00",
        guide="#9a9a9a" if dark else "#6b6b6b",
        limit="#FF6F7D" if dark else "#B00020",
        categories=_CATEGORIES_DARK if dark else _CATEGORIES_LIGHT,
    )


# -- applying the choice --------------------------------------------------------------------


def resolve_choice(choice: str, *, env: bool = True) -> str:
    """The choice to apply: the environment variable's when set (and ``env``), else
    ``choice``; anything unknown counts as "system"."""
    if env:
        choice = os.environ.get(ENV_VAR, "").strip().lower() or choice
    return choice if choice in CHOICES else "system"


class _Follower(QObject):
    """Keeps the palette in step with the system scheme while the choice is "system"."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = "system"
        # Whether the application palette is our own (set by :meth:`apply`).
        self.own_palette = False
        app.styleHints().colorSchemeChanged.connect(self.system_changed)

    def apply(self, choice: str) -> None:
        self.choice = choice
        hints = self.app.styleHints()
        if choice == "system":
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
        self.update_palette()

    def wanted_dark(self) -> bool:
        if self.choice == "system":
            return self.app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return self.choice == "dark"

    def update_palette(self) -> None:
        dark = self.wanted_dark()
        if self.own_palette:  # back to what the platform and style give, then compare
            self.own_palette = False
            self.app.setPalette(QPalette())
        if is_dark(self.app.palette()) == dark:
            return
        if self.app.style().name().lower() in _NATIVE_DARK_STYLES:
            return  # the style follows the scheme itself (perhaps a moment later)
        self.app.setPalette(dark_palette() if dark else light_palette(self.app))
        self.own_palette = True

    @Slot(Qt.ColorScheme)
    def system_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.update_palette()


_followers: dict[int, _Follower] = {}


def apply_color_scheme(app: QApplication, choice: str = "system", *, env: bool = True) -> None:
    """Show ``app`` in ``choice`` ("system" | "light" | "dark"), at once and from now on.

    The ``OFFICEPLANNER_COLOR_SCHEME`` environment variable wins unless ``env`` is
    false (the menu passes false: the user's explicit choice is applied as asked).
    """
    follower = _followers.get(id(app))
    if follower is None or follower.app is not app:
        follower = _followers[id(app)] = _Follower(app)
    follower.apply(resolve_choice(choice, env=env))


def current_choice(app: QApplication) -> str:
    """The choice last applied to ``app`` ("system" before any)."""
    follower = _followers.get(id(app))
    return follower.choice if follower is not None and follower.app is app else "system"


class AppearanceMenu(ChoiceMenu):
    """View ▸ Appearance: System / Light / Dark, applied at once and remembered."""

    def __init__(self, app_settings: Settings, parent: QWidget | None = None) -> None:
        choices = {
            "system": (
                self.tr("&System"),
                self.tr("Follow the operating system's light or dark mode"),
            ),
            "light": (self.tr("&Light"), self.tr("Always use light colours")),
            "dark": (self.tr("&Dark"), self.tr("Always use dark colours")),
        }
        saved = resolve_choice(app_settings.get(settings_module.COLOR_SCHEME), env=False)
        super().__init__(
            self.tr("&Appearance"),
            app_settings,
            settings_module.COLOR_SCHEME,
            choices,
            saved,
            parent,
        )

    def apply(self, choice: str, previous: str) -> None:
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            apply_color_scheme(app, choice, env=False)


# -- message colours ----------------------------------------------------------------------

# Validation errors and warnings as text colour: (on a light window, on a dark one),
# each at least 4.5:1 against its window.
_ERROR_TEXT: Final = ("#c62828", "#ff8a80")
_WARNING_TEXT: Final = ("#b35900", "#ffb74d")


def error_style() -> str:
    """The style sheet of an inline validation error, for the current palette."""
    return f"color: {_ERROR_TEXT[is_dark()]}; font-weight: 600;"


def warning_style() -> str:
    """The style sheet of an inline warning, for the current palette."""
    return f"color: {_WARNING_TEXT[is_dark()]};"
