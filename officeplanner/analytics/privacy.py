"""Suppression of small groups, applied in the core so every view and export inherits it.

DESIGN.md, "Privacy by default": any figure about fewer than k people is
suppressed, and person-level views are off unless switched on for the file.
Both switches live in the file's ``settings`` table, so they travel with the
data and no view can forget them. A suppressed figure is ``None``; the CLI
prints it as "suppressed" and JSON as ``null``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, TypeVar

from officeplanner.store import OfficeFile

#: Settings keys in the office file.
MIN_GROUP_KEY: Final = "privacy_min_group"
PERSON_LEVEL_KEY: Final = "person_level_views"
MEETING_THRESHOLD_KEY: Final = "team_meeting_threshold"

DEFAULT_MIN_GROUP: Final = 5
DEFAULT_MEETING_THRESHOLD: Final = 0.6

T = TypeVar("T")


@dataclass(frozen=True)
class PrivacySettings:
    min_group: int = DEFAULT_MIN_GROUP
    person_level: bool = False

    def allows(self, group_size: int) -> bool:
        """Whether a figure computed from ``group_size`` distinct people may be shown.

        An empty group is allowed: a zero (a desk nobody used) says nothing about anyone.
        """
        return group_size == 0 or group_size >= self.min_group

    def allows_members(self, size: int) -> bool:
        """Whether figures about a team (a named group) of ``size`` members may be shown."""
        return size >= self.min_group

    def keep(self, value: T, group_size: int) -> T | None:
        return value if self.allows(group_size) else None


def read_privacy(doc: OfficeFile) -> PrivacySettings:
    """The file's privacy settings; a damaged value falls back to the safe default."""
    raw = doc.setting(MIN_GROUP_KEY, str(DEFAULT_MIN_GROUP))
    try:
        k = int(raw)
    except ValueError:
        k = DEFAULT_MIN_GROUP
    if k < 1:
        k = DEFAULT_MIN_GROUP
    person = doc.setting(PERSON_LEVEL_KEY, "0").strip().lower() in {"1", "true", "yes", "on"}
    return PrivacySettings(min_group=k, person_level=person)


def read_meeting_threshold(doc: OfficeFile) -> float:
    raw = doc.setting(MEETING_THRESHOLD_KEY, str(DEFAULT_MEETING_THRESHOLD))
    try:
        value = float(raw)
    except ValueError:
        return DEFAULT_MEETING_THRESHOLD
    return value if 0.0 < value <= 1.0 else DEFAULT_MEETING_THRESHOLD
