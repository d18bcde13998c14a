"""Everything the dashboard and ``officeplanner stats`` show, in one call.

:func:`compute_report` is the one entry point: the GUI calls it from a worker
thread (``cancel`` is polled between stages, ``progress`` told after each), the
CLI from the terminal, and both format the same plain dataclasses — so the two
always agree, and privacy suppression (done here, in the core) reaches every
view and export.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from officeplanner.analytics.columns import AnalyticsCancelledError, Columns, load_columns
from officeplanner.analytics.daily import (
    DailySeries,
    Frame,
    build_frame,
    daily_series,
    distinct_per_group,
)
from officeplanner.analytics.demand import (
    DEFAULT_PERCENTILE,
    DemandFigures,
    demand_figures,
    desk_sharing_ratio,
)
from officeplanner.analytics.desks import DeskFigures, desk_figures
from officeplanner.analytics.noshow import NoShowFigures, no_show_figures
from officeplanner.analytics.privacy import (
    PrivacySettings,
    read_meeting_threshold,
    read_privacy,
)
from officeplanner.analytics.scope import ORGANISATION, Period, Scope, ScopeError, scope_label
from officeplanner.analytics.teams import TeamRow, team_rows
from officeplanner.analytics.weekday import (
    Heatmap,
    WeekdayStats,
    WeekPoint,
    heatmap,
    most_popular,
    ranking,
    weekday_stats,
    weekly_trend,
)
from officeplanner.store import OfficeFile
from officeplanner.wording import Wording, translate

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

_STAGES = 7


@dataclass(frozen=True)
class BookedVsOccupied:
    """Totals over the open days: booked desk-days that were never occupied are demand
    that never showed."""

    booked_desk_days: int
    occupied_desk_days: int
    never_occupied_share: float | None  # 1 - occupied / booked


@dataclass(frozen=True)
class PersonRow:
    """Only when the file has person-level views switched on."""

    person: str
    team: str | None
    present_days: int
    booked_days: int
    no_shows: int


@dataclass(frozen=True)
class Report:
    scope: Scope
    scope_label: str
    site: str | None  # the site the scope lies in, None for the organisation
    period: Period
    today: date
    privacy: PrivacySettings
    #: The scope's whole activity is about fewer than k people: every activity figure
    #: below is None (headcounts, desks and open days are still shown).
    suppressed: bool
    bookable_desks: int
    people: int
    open_days: int
    daily: DailySeries | None
    weekdays: tuple[WeekdayStats, ...]
    weekday_ranking: tuple[str, ...]
    most_popular_weekday: str | None
    heatmap: Heatmap | None
    weekly: tuple[WeekPoint, ...] | None
    booked_vs_occupied: BookedVsOccupied | None
    no_show: NoShowFigures
    demand: DemandFigures | None
    desk_sharing_ratio: float | None
    desks: DeskFigures | None
    teams: tuple[TeamRow, ...]
    meeting_threshold: float
    person_rows: tuple[PersonRow, ...] | None

    @property
    def desks_needed(self) -> int | None:
        return None if self.demand is None else self.demand.desks_needed


def _step(progress: Progress | None, cancel: Cancel | None, done: int) -> None:
    if cancel is not None and cancel():
        raise AnalyticsCancelledError
    if progress is not None:
        progress(done, _STAGES)


def compute_report(
    source: OfficeFile | Path | str,
    scope: Scope = ORGANISATION,
    period: Period | None = None,
    *,
    today: date | None = None,
    percentile: float = DEFAULT_PERCENTILE,
    meeting_threshold: float | None = None,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
) -> Report:
    """The full report for ``scope`` over ``period`` (default: the file's data range).

    ``source`` is an open office file or a path (opened read-only here, which is
    what a worker thread wants: its own connection). ``today`` decides which dates
    are past for the no-show rate (default: the real today). Raises ScopeError for
    an empty file or an unknown scope and AnalyticsCancelledError when ``cancel()`` says so.
    """
    args = (scope, period, today, percentile, meeting_threshold, cancel, progress)
    if isinstance(source, OfficeFile):
        return _compute(source, *args)
    with OfficeFile.open(source, read_only=True) as doc:
        return _compute(doc, *args)


def default_period(doc: OfficeFile, today: date | None = None) -> Period:
    """The file's data range up to yesterday, or ScopeError.

    Bookings people have made for the coming days are data too, but no one has come
    or stayed away yet: counting those days would pull every figure towards zero at
    the end of the default period. A range wholly in the future is kept as it is.
    """
    span = doc.date_range()
    if span is None:
        raise ScopeError(
            translate("AnalyticsMessage", "the file has no bookings or attendance yet")
        )
    start, end = (date.fromisoformat(d) for d in span)
    yesterday = (today or date.today()) - timedelta(days=1)
    if start <= yesterday < end:
        end = yesterday
    return Period(start, end)


def preload(source: OfficeFile | Path | str, *, cancel: Cancel | None = None) -> None:
    """Read the file's columns into the cache now (e.g. in a worker when a file opens), so
    the first dashboard view costs NumPy time only. Later edits make the next report
    read them again."""
    if isinstance(source, OfficeFile):
        load_columns(source, cancel=cancel)
        return
    with OfficeFile.open(source, read_only=True) as doc:
        load_columns(doc, cancel=cancel)


def _compute(
    doc: OfficeFile,
    scope: Scope,
    period: Period | None,
    today: date | None,
    percentile: float,
    meeting_threshold: float | None,
    cancel: Cancel | None,
    progress: Progress | None,
) -> Report:
    _step(progress, cancel, 0)
    privacy = read_privacy(doc)
    threshold = read_meeting_threshold(doc) if meeting_threshold is None else meeting_threshold
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"the meeting threshold must be in (0, 1], not {threshold}")
    columns = load_columns(doc, cancel=cancel)
    _step(progress, cancel, 1)
    if period is None:
        period = default_period(doc)
    _check_scope(columns, scope)
    frame = build_frame(columns, scope, period, today or date.today())
    _step(progress, cancel, 2)
    return assemble(doc.conn, frame, privacy, percentile, threshold, cancel, progress)


def _check_scope(columns: Columns, scope: Scope) -> None:
    known_ids: tuple[tuple[int | None, Collection[int], Wording], ...] = (
        (
            scope.site_id,
            columns.site_names,
            translate("AnalyticsMessage", "no site with id {id} in this file"),
        ),
        (
            scope.floor_id,
            columns.floor_site,
            translate("AnalyticsMessage", "no floor with id {id} in this file"),
        ),
        (
            scope.zone_id,
            columns.zone_floor,
            translate("AnalyticsMessage", "no zone with id {id} in this file"),
        ),
        (
            scope.team_id,
            columns.team_names,
            translate("AnalyticsMessage", "no team with id {id} in this file"),
        ),
    )
    for value, known, missing in known_ids:
        if value is not None and value not in known:
            raise ScopeError(missing.fill(id=value))


def assemble(
    conn: sqlite3.Connection,
    frame: Frame,
    privacy: PrivacySettings,
    percentile: float = DEFAULT_PERCENTILE,
    threshold: float = 0.6,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
) -> Report:
    """Every figure from a frame, suppressed where the privacy settings say so."""
    scope = frame.scope
    cols = frame.columns
    team_small = scope.team_id is not None and not privacy.allows_members(frame.headcount)
    suppressed = team_small or not privacy.allows(frame.active_people)

    stats = weekday_stats(frame)
    order = ranking(stats)
    _step(progress, cancel, 3)
    desks = desk_figures(frame, privacy)
    _step(progress, cancel, 4)
    teams = team_rows(frame, privacy, threshold)
    _step(progress, cancel, 5)
    no_show = no_show_figures(frame, privacy)
    booked_total = int(frame.booked_desks.sum())
    occupied_total = int(frame.occupancy.sum())
    site = None
    if scope.has_location and frame.site_ids:
        site = cols.site_names[frame.site_ids[0]]
    report = Report(
        scope=scope,
        scope_label=scope_label(conn, scope),
        site=site,
        period=frame.period,
        today=frame.today,
        privacy=privacy,
        suppressed=suppressed,
        bookable_desks=frame.bookable_desks,
        people=frame.headcount,
        open_days=int(frame.open_day.sum()),
        daily=daily_series(frame),
        weekdays=stats,
        weekday_ranking=order,
        most_popular_weekday=most_popular(stats, order),
        heatmap=heatmap(frame),
        weekly=weekly_trend(frame),
        booked_vs_occupied=BookedVsOccupied(
            booked_desk_days=booked_total,
            occupied_desk_days=occupied_total,
            never_occupied_share=1 - occupied_total / booked_total if booked_total else None,
        ),
        no_show=no_show,
        demand=demand_figures(frame, percentile),
        desk_sharing_ratio=desk_sharing_ratio(frame.bookable_desks, frame.headcount),
        desks=desks,
        teams=teams,
        meeting_threshold=threshold,
        person_rows=_person_rows(frame) if privacy.person_level else None,
    )
    _step(progress, cancel, 6)
    if suppressed:
        report = _suppress(report)
    _step(progress, cancel, _STAGES)
    return report


def _suppress(report: Report) -> Report:
    """The scope is about fewer than k people: blank every activity figure in it."""
    no_show = report.no_show
    desks = report.desks
    return replace(
        report,
        daily=None,
        weekdays=tuple(WeekdayStats.empty(w.weekday, w.open_days) for w in report.weekdays),
        weekday_ranking=(),
        most_popular_weekday=None,
        heatmap=None,
        weekly=None,
        booked_vs_occupied=None,
        no_show=NoShowFigures(None, None, None, tuple((w, None) for w, _ in no_show.by_weekday)),
        demand=None,
        desks=None if desks is None else _blank_desks(desks),
    )


def _blank_desks(desks: DeskFigures) -> DeskFigures:
    return DeskFigures(
        desks=tuple(
            replace(d, occupied_days=None, booked_days=None, share=None) for d in desks.desks
        ),
        zones=tuple(replace(z, share=None, unused=None, underused=None) for z in desks.zones),
        floors=tuple(replace(f, share=None, unused=None, underused=None) for f in desks.floors),
        unused=None,
        underused=None,
    )


def _person_rows(frame: Frame) -> tuple[PersonRow, ...]:
    cols = frame.columns
    n_people = frame.n_people_ids
    present = (frame.present & frame.open_day[None, :]).sum(axis=1)
    booked_days = distinct_per_group(frame.row_person, frame.row_day, n_people, frame.n_days)
    no_shows = np.bincount(frame.ns_person, weights=frame.ns_is_no_show, minlength=n_people)
    out = []
    for p in np.flatnonzero(frame.active):
        team = int(cols.person_team[p])
        out.append(
            PersonRow(
                person=cols.person_names.get(int(p), str(p)),
                team=cols.team_names.get(team) if team >= 0 else None,
                present_days=int(present[p]),
                booked_days=int(booked_days[p]),
                no_shows=int(no_shows[p]),
            )
        )
    return tuple(sorted(out, key=lambda r: r.person))


def report_to_json(report: Report) -> dict[str, Any]:
    """The ``stats --json`` object (issue 4), ``None`` (null) where suppressed."""
    weekdays = {}
    for w in report.weekdays:
        weekdays[w.weekday] = {
            "open_days": w.open_days,
            "avg_occupied": w.avg_occupied,
            "peak_occupied": w.peak_occupied,
            "avg_utilisation": w.avg_utilisation,
            "peak_utilisation": w.peak_utilisation,
        }
    desks = None if report.suppressed else report.desks
    return {
        "from": report.period.start.isoformat(),
        "to": report.period.end.isoformat(),
        "site": report.site,
        "bookable_desks": report.bookable_desks,
        "people": report.people,
        "open_days": report.open_days,
        "weekdays": weekdays,
        "most_popular_weekday": report.most_popular_weekday,
        "no_show_rate": report.no_show.rate,
        "desk_sharing_ratio": report.desk_sharing_ratio,
        "desks_needed_p90": None if report.demand is None else report.demand.desks_needed,
        "unused_desks": None if desks is None else desks.unused,
        "underused_desks": None if desks is None else desks.underused,
        "teams": [
            {"team": t.team, "size": t.size, "meeting_rate": t.meeting_rate} for t in report.teams
        ],
    }
