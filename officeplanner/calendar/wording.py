"""How an export words its events: English by default, the GUI's language when it asks.

The .ics file is written by the Qt-free core, but its event names and descriptions are
read by people in their calendar, so a Norwegian user's export should say "ankerdag".
The core words each text with :mod:`officeplanner.wording` and hands it to an
:class:`EventWording`; the default one keeps the English text and weekday
abbreviations, and the GUI passes one that translates through Qt and names weekdays
with the user's locale.
"""

from __future__ import annotations

from typing import Protocol

from officeplanner.domain import WEEKDAYS


class EventWording(Protocol):
    def text(self, text: str) -> str:
        """``text`` (often a :class:`~officeplanner.wording.Wording`) in the export's language."""
        ...

    def weekday(self, index: int) -> str:
        """The short name of weekday ``index`` (0 = Monday)."""
        ...


class EnglishWording:
    """The core's own words: what the command line writes."""

    def text(self, text: str) -> str:
        return str.__str__(text)

    def weekday(self, index: int) -> str:
        return WEEKDAYS[index]


ENGLISH = EnglishWording()
