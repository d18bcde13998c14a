"""Per desk, zone and floor: the share of open days a desk was occupied, and which sit idle.

A desk's share is its occupied open days over the open days of its site while
it was in service (DESIGN.md: unused below 15 %, under-used below 50 %; the
under-used count includes the unused ones). A zone's or floor's share pools its
desks: occupied desk-days over available desk-days, i.e. its average
utilisation over the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np

from officeplanner.analytics.daily import I64, Frame, distinct_per_group
from officeplanner.analytics.privacy import PrivacySettings

UNUSED_BELOW: Final = 0.15
UNDERUSED_BELOW: Final = 0.50


@dataclass(frozen=True)
class DeskRow:
    desk_id: int
    desk: str
    site: str
    floor: str
    zone: str
    open_days: int  # open days of its site while in service
    occupied_days: int | None
    booked_days: int | None
    share: float | None  # occupied_days / open_days; None when suppressed or no open day


@dataclass(frozen=True)
class AreaRow:
    """A zone or a floor."""

    area_id: int
    name: str  # "Site / Floor" or "Site / Floor / Zone"
    desks: int
    share: float | None
    unused: int | None
    underused: int | None


@dataclass(frozen=True)
class DeskFigures:
    desks: tuple[DeskRow, ...]  # most used first
    zones: tuple[AreaRow, ...]
    floors: tuple[AreaRow, ...]
    unused: int | None  # desks occupied on < 15 % of their open days
    underused: int | None  # < 50 %, the unused ones included


def _shares(frame: Frame) -> tuple[I64, I64, I64]:
    """(open days, occupied days, booked days) per desk column."""
    avail = frame.available
    return (
        avail.sum(axis=0, dtype=np.int64),
        # Rows were kept only on available desk-days, so no mask is needed here.
        frame.occupied.sum(axis=0, dtype=np.int64),
        frame.booked.sum(axis=0, dtype=np.int64),
    )


def desk_figures(frame: Frame, privacy: PrivacySettings) -> DeskFigures:
    cols = frame.columns
    open_days, occ_days, booked_days = _shares(frame)
    n_desks = frame.bookable_desks
    share = np.divide(occ_days, open_days, out=np.full(n_desks, np.nan), where=open_days > 0)
    rated = open_days > 0
    unused = rated & (share < UNUSED_BELOW)
    underused = rated & (share < UNDERUSED_BELOW)
    users = distinct_per_group(frame.row_desk, frame.row_person, n_desks, frame.n_people_ids)

    zone_of = cols.desk_zone[frame.desk_ids]
    floor_of = cols.desk_floor[frame.desk_ids]
    site_of = cols.desk_site[frame.desk_ids]

    def floor_name(f: int) -> str:
        return f"{cols.site_names[cols.floor_site[f]]} / {cols.floor_names[f]}"

    order = np.argsort(-np.nan_to_num(share, nan=-1.0), kind="stable")
    shown = users[order] == 0
    if privacy.person_level:
        shown[:] = True
    else:
        shown |= users[order] >= privacy.min_group
    # Plain lists: indexing NumPy scalars one desk at a time would dominate the cost.
    rows = [
        DeskRow(
            desk_id=desk_id,
            desk=cols.desk_names[desk_id],
            site=cols.site_names[site],
            floor=cols.floor_names[floor],
            zone=cols.zone_names[zone],
            open_days=days,
            occupied_days=occ if ok else None,
            booked_days=booked if ok else None,
            share=sh if ok and days > 0 else None,
        )
        for desk_id, site, floor, zone, days, occ, booked, sh, ok in zip(
            frame.desk_ids[order].tolist(),
            site_of[order].tolist(),
            floor_of[order].tolist(),
            zone_of[order].tolist(),
            open_days[order].tolist(),
            occ_days[order].tolist(),
            booked_days[order].tolist(),
            share[order].tolist(),
            shown.tolist(),
            strict=True,
        )
    ]

    def areas(area_of: I64, name: dict[int, str]) -> tuple[AreaRow, ...]:
        ids, inverse = np.unique(area_of, return_inverse=True)
        k = ids.shape[0]
        area_users = distinct_per_group(
            inverse[frame.row_desk].astype(np.int64), frame.row_person, k, frame.n_people_ids
        )
        avail = np.bincount(inverse, weights=open_days, minlength=k)
        occ = np.bincount(inverse, weights=occ_days, minlength=k)
        n_unused = np.bincount(inverse, weights=unused, minlength=k)
        n_under = np.bincount(inverse, weights=underused, minlength=k)
        desks = np.bincount(inverse, minlength=k)
        out = []
        for a in range(k):
            ok = privacy.allows(int(area_users[a]))
            out.append(
                AreaRow(
                    area_id=int(ids[a]),
                    name=name[int(ids[a])],
                    desks=int(desks[a]),
                    share=float(occ[a] / avail[a]) if ok and avail[a] > 0 else None,
                    unused=int(n_unused[a]) if ok else None,
                    underused=int(n_under[a]) if ok else None,
                )
            )
        return tuple(sorted(out, key=lambda r: r.name))

    zone_names = {
        int(z): f"{floor_name(cols.zone_floor[int(z)])} / {cols.zone_names[int(z)]}"
        for z in set(zone_of.tolist())
    }
    floor_names = {int(f): floor_name(int(f)) for f in set(floor_of.tolist())}
    return DeskFigures(
        desks=tuple(rows),
        zones=areas(zone_of.astype(np.int64), zone_names),
        floors=areas(floor_of.astype(np.int64), floor_names),
        unused=int(unused.sum()),
        underused=int(underused.sum()),
    )
