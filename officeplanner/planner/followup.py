"""Is a saved plan followed? Presence on anchor days and the team meeting rate, before vs after.

Issue 5: "After a plan's start date, show how it is followed: share of each team
present on its anchor days, and the team meeting rate before vs after (groups under
k suppressed)." The definitions are the dashboard's, computed by the same code, so
the two never disagree (DESIGN.md, "Metric definitions"):

- **Present**: a checked-in booking, or a badge-attendance row, on an open day of the
  site it is at (:func:`officeplanner.analytics.daily.build_frame`, organisation scope:
  a member present at another site still counts as in the office).
- **Share present on anchor days**: over the team's *anchor dates* since the start —
  dates on one of its planned weekdays that are open days of the team's site (a
  holiday or closure is no anchor day) — the mean of present members ÷ members.
- **Team meeting rate**: :func:`officeplanner.analytics.teams.team_rows`, the share of
  weeks in which on at least one open day ≥ 60 % (the file's threshold) of the team
  were present. "After" runs from the plan's start to its end, today or the last day
  the file holds data for, whichever comes first (days with no data yet would read as
  absence); "before" is the period of the same length just before the start.

Membership is today's (the file keeps no history), as in every team figure. A team
with fewer than k members (the file's privacy setting) gets ``None`` for all three
figures: they describe a named group too small to stay anonymous.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from officeplanner.analytics.columns import Columns, load_columns
from officeplanner.analytics.daily import build_frame
from officeplanner.analytics.privacy import (
    PrivacySettings,
    read_meeting_threshold,
    read_privacy,
)
from officeplanner.analytics.scope import ORGANISATION, Period
from officeplanner.analytics.teams import team_rows
from officeplanner.domain import WEEKDAYS
from officeplanner.planner.store import SavedPlan, load_plan
from officeplanner.store import OfficeFile
from officeplanner.wording import translate


class FollowUpError(ValueError):
    """The plan cannot be followed up (yet): no start date, not started, no data."""


@dataclass(frozen=True)
class TeamFollowUp:
    team: str
    size: int  # members today
    anchor_days: tuple[str, ...]
    #: Open anchor dates since the start (the denominator of ``present_share``).
    anchor_dates: int
    #: Mean share of members present on those dates; None when suppressed or none.
    present_share: float | None
    meeting_before: float | None
    meeting_after: float | None


@dataclass(frozen=True)
class FollowUp:
    plan: str
    before: Period
    after: Period
    privacy: PrivacySettings
    threshold: float
    teams: tuple[TeamFollowUp, ...]


def _periods(saved: SavedPlan, data_end: date | None, today: date) -> tuple[Period, Period]:
    start = saved.valid_from
    if start is None:
        raise FollowUpError(
            translate(
                "PlannerMessage", "the plan “{plan}” has no start date to follow it from"
            ).fill(plan=saved.name)
        )
    ends = [today]
    if saved.valid_to is not None:
        ends.append(saved.valid_to)
    if data_end is not None:
        ends.append(data_end)
    end = min(ends)
    if end < start:
        if data_end is not None and data_end < start:
            raise FollowUpError(
                translate(
                    "PlannerMessage",
                    "the plan “{plan}” starts on {start}; the file has no data since then",
                ).fill(plan=saved.name, start=start.isoformat())
            )
        raise FollowUpError(
            translate(
                "PlannerMessage", "the plan “{plan}” starts on {start}; nothing to follow up yet"
            ).fill(plan=saved.name, start=start.isoformat())
        )
    length = (end - start).days + 1
    return Period(start - timedelta(days=length), start - timedelta(days=1)), Period(start, end)


def _data_end(columns: Columns) -> date | None:
    span = columns.day_range()
    return span[1] if span is not None else None


def followup(doc: OfficeFile, plan: str, *, today: date | None = None) -> FollowUp:
    """How the plan saved as ``plan`` is followed; FollowUpError when it cannot be yet,
    KeyError when there is no such plan."""
    saved = load_plan(doc.conn, plan)
    today = today or date.today()
    privacy = read_privacy(doc)
    threshold = read_meeting_threshold(doc)
    columns = load_columns(doc)
    before, after = _periods(saved, _data_end(columns), today)

    ids = {name: tid for tid, name in columns.team_names.items()}
    site_ids = {name: sid for sid, name in columns.site_names.items()}
    home: dict[str, int | None] = {}
    if saved.problem is not None:
        home = {t.name: site_ids.get(t.site) for t in saved.problem.teams}

    frame_after = build_frame(columns, ORGANISATION, after, today)
    rates_after = {r.team_id: r.meeting_rate for r in team_rows(frame_after, privacy, threshold)}
    frame_before = build_frame(columns, ORGANISATION, before, today)
    rates_before = {r.team_id: r.meeting_rate for r in team_rows(frame_before, privacy, threshold)}

    rows: list[TeamFollowUp] = []
    for team in sorted(saved.days):
        days = saved.days[team]
        tid = ids.get(team)
        if tid is None:  # deleted or renamed since the plan was saved
            continue
        members = np.flatnonzero(columns.person_team == tid)
        size = int(members.size)
        site = home.get(team, columns.team_site.get(tid))
        calendar = columns.calendars.get(site) if site is not None else None
        wanted = {WEEKDAYS.index(d) for d in days}
        dates = [
            d
            for d in (
                calendar.open_days(after.start, after.end)
                if calendar is not None
                else [frame_after.day(int(i)) for i in np.flatnonzero(frame_after.open_day)]
            )
            if d.weekday() in wanted
        ]
        share: float | None = None
        if dates and privacy.allows_members(size):
            cols = np.asarray([(d - after.start).days for d in dates], dtype=np.int64)
            present = frame_after.present[np.ix_(members, cols)].sum(axis=0)
            share = float(present.mean() / size)
        allowed = privacy.allows_members(size)
        rows.append(
            TeamFollowUp(
                team=team,
                size=size,
                anchor_days=days,
                anchor_dates=len(dates),
                present_share=share,
                meeting_before=rates_before.get(tid) if allowed else None,
                meeting_after=rates_after.get(tid) if allowed else None,
            )
        )
    return FollowUp(plan, before, after, privacy, threshold, tuple(rows))
