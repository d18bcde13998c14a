"""Creating a new office file with its first site, floors, zones and desks in one go.

The GUI's guided setup describes the office it wants as an :class:`OfficePlan` and
hands it to :func:`create_office_file`. The file is built under a temporary name
beside the target with the same edit functions the Office page and the CLI use
(so the same names are refused for the same reasons) and renamed into place only when
complete: a cancelled or failed setup never leaves a half-filled office file that a
user might later open and take for a real one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from officeplanner.domain import OFFICE_FILE_SUFFIX
from officeplanner.edits import office as office_edits
from officeplanner.edits.office import Level, SiteCalendarSettings
from officeplanner.store import OfficeFile
from officeplanner.store.atomic_create import create_whole
from officeplanner.store.entities import DeskFeatures

#: Most desks one zone of the guided setup may get (more is an import's job).
MAX_DESKS_PER_ZONE = 999


@dataclass(frozen=True)
class ZonePlan:
    """A zone and the desks to put in it (``count`` desks named ``prefix`` + number)."""

    name: str
    desks: int = 0
    prefix: str = ""
    features: DeskFeatures = field(default_factory=DeskFeatures)

    def desk_names(self) -> list[str]:
        return desk_names(self.prefix, self.desks)


@dataclass(frozen=True)
class FloorPlan:
    name: str
    zones: tuple[ZonePlan, ...] = ()


@dataclass(frozen=True)
class OfficePlan:
    """The first site of a new file; ``None`` as a plan means an empty file."""

    site: str
    calendar: SiteCalendarSettings = field(default_factory=SiteCalendarSettings)
    floors: tuple[FloorPlan, ...] = ()

    @property
    def zone_count(self) -> int:
        return sum(len(floor.zones) for floor in self.floors)

    @property
    def desk_count(self) -> int:
        return sum(zone.desks for floor in self.floors for zone in floor.zones)


def desk_names(prefix: str, count: int) -> list[str]:
    """``prefix`` + a number padded to at least two digits: A-01, A-02 … A-12.

    Padding keeps the desks in order where lists sort by text (spreadsheets, exports).
    """
    width = max(2, len(str(count)))
    return [f"{prefix}{n:0{width}d}" for n in range(1, count + 1)]


def office_path(path: Path | str) -> Path:
    """``path`` with the office file suffix added when it has none."""
    path = Path(path)
    if not path.name or path.suffix.lower() == OFFICE_FILE_SUFFIX:
        return path  # no name to add to ("/", "C:\\"): the caller says a name is needed
    return path.with_name(path.name + OFFICE_FILE_SUFFIX)


def duplicate_desk_names(floors: Sequence[FloorPlan]) -> list[str]:
    """Desk names the plan would give twice (desk names are unique in a file)."""
    seen: set[str] = set()
    twice: list[str] = []
    for floor in floors:
        for zone in floor.zones:
            for name in zone.desk_names():
                if name in seen and name not in twice:
                    twice.append(name)
                seen.add(name)
    return twice


def _fill(doc: OfficeFile, plan: OfficePlan) -> None:
    site_id = office_edits.add_site(doc, plan.site, plan.calendar)
    for floor in plan.floors:
        floor_id = office_edits.add_child(doc, Level.FLOOR, site_id, floor.name)
        for zone in floor.zones:
            zone_id = office_edits.add_child(doc, Level.ZONE, floor_id, zone.name)
            for name in zone.desk_names():
                office_edits.add_child(doc, Level.DESK, zone_id, name, features=zone.features)


def create_office_file(path: Path | str, plan: OfficePlan | None) -> Path:
    """Create a new office file at ``path`` holding ``plan`` (or nothing); returns its path.

    Raises OfficeFileError when ``path`` exists or cannot be written and EditError when
    the plan breaks a rule (an empty or repeated name); in every failing case nothing is
    left at ``path``. The file is closed: the caller opens it.
    """
    path = office_path(path)

    def fill(doc: OfficeFile) -> None:
        if plan is not None:
            _fill(doc, plan)

    create_whole(path, fill, tag="setup", fast_fill=True)
    return path
