"""Space utilisation, popular days and team meeting rates (no Qt; see docs/metrics.md).

The public API is :func:`compute_report` and the dataclasses it returns; the
dashboard and ``officeplanner stats`` both format those, so they always agree.
"""

from officeplanner.analytics.columns import AnalyticsCancelledError, clear_cache
from officeplanner.analytics.demand import DemandFigures
from officeplanner.analytics.desks import AreaRow, DeskFigures, DeskRow
from officeplanner.analytics.figures_csv import (
    Figure,
    figure_csv,
    figure_rows,
    write_figure_csv,
)
from officeplanner.analytics.key_figures import KeyFigures, key_figures
from officeplanner.analytics.noshow import NoShowFigures
from officeplanner.analytics.privacy import PrivacySettings, read_privacy
from officeplanner.analytics.report import (
    BookedVsOccupied,
    PersonRow,
    Report,
    compute_report,
    default_period,
    preload,
    report_to_json,
)
from officeplanner.analytics.scope import (
    ORGANISATION,
    Choice,
    Period,
    Scope,
    ScopeChoices,
    ScopeError,
    resolve_scope,
    scope_choices,
    scope_label,
)
from officeplanner.analytics.teams import TeamRow
from officeplanner.analytics.weekday import Heatmap, WeekdayStats, WeekPoint

__all__ = [
    "ORGANISATION",
    "AnalyticsCancelledError",
    "AreaRow",
    "BookedVsOccupied",
    "Choice",
    "DemandFigures",
    "DeskFigures",
    "DeskRow",
    "Figure",
    "Heatmap",
    "KeyFigures",
    "NoShowFigures",
    "Period",
    "PersonRow",
    "PrivacySettings",
    "Report",
    "Scope",
    "ScopeChoices",
    "ScopeError",
    "TeamRow",
    "WeekPoint",
    "WeekdayStats",
    "clear_cache",
    "compute_report",
    "default_period",
    "figure_csv",
    "figure_rows",
    "key_figures",
    "preload",
    "read_privacy",
    "report_to_json",
    "resolve_scope",
    "scope_choices",
    "scope_label",
    "write_figure_csv",
]
