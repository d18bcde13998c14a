"""The timezone, holiday-country and region pickers of a site's calendar.

The site dialog and the guided setup both ask for them the same way: every IANA zone and
every country the holidays library knows, searchable by any part of the name, and the
chosen country's regions ("(whole country)" first).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from officeplanner.edits import office as office_edits


def fill_timezones_and_countries(timezones: QComboBox, countries: QComboBox) -> None:
    """Every zone and holiday country; typing any part of a name finds it."""
    timezones.addItems(list(office_edits.timezones()))
    for code, country in office_edits.holiday_countries().items():
        countries.addItem(f"{country} ({code})", code)
    for combo in (timezones, countries):
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)


def fill_subdivisions(combo: QComboBox, country: str | None) -> None:
    """The regions of ``country`` with their own holidays, after "(whole country)";
    disabled when there are none. Emits no change signals while filling."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("SiteCalendar", "(whole country)"), None)
    for sub, name in (office_edits.holiday_subdivisions(country) if country else {}).items():
        combo.addItem(f"{name} ({sub})" if name != sub else sub, sub)
    combo.setEnabled(combo.count() > 1)
    combo.blockSignals(False)
