"""The timezone, holiday-country and region pickers of a site's calendar.

The site dialog and the guided setup both ask for them the same way: every IANA zone and
every country the holidays library knows, searchable by any part of the name, and the
chosen country's regions ("(whole country)" first).
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from officeplanner.edits import office as office_edits
from officeplanner.gui.country_names import COUNTRY_NAMES


def country_name(code: str, english: str) -> str:
    """A holiday country's name in the user's language (see ``country_names``)."""
    return QCoreApplication.translate("Country", COUNTRY_NAMES.get(code, english))


def fill_timezones_and_countries(timezones: QComboBox, countries: QComboBox) -> None:
    """Every zone and holiday country, the countries by their names in the user's
    language in its alphabetical order; typing any part of a name finds it."""
    timezones.addItems(list(office_edits.timezones()))
    named = [
        (country_name(code, english), code)
        for code, english in office_edits.holiday_countries().items()
    ]
    collator = QCollator(QLocale())
    for name, code in sorted(named, key=lambda item: collator.sortKey(item[0])):
        countries.addItem(f"{name} ({code})", code)
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
