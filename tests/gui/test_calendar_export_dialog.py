"""Export to Calendar: the dates listed before saving are the core's preview, skipped
holidays and closures are named, and the saved .ics expands to exactly those dates.

The office is the calendar tests' (tests/core/calendar_support.py): an Oslo site, a plan
from 2027-10-01 to 2028-06-30 crossing Christmas closures, Easter, 1 and 17 May,
Ascension and Whit Monday, with every expected date written out by hand there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QSettings, QTime
from pytestqt.qtbot import QtBot

from officeplanner.calendar.events import TimeWindow
from officeplanner.calendar.preview import preview_export
from officeplanner.calendar.writer import ExportRequest
from officeplanner.gui import prompts
from officeplanner.gui.calendar_export_dialog import CalendarExportDialog
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.settings import Settings
from officeplanner.store import OfficeFile
from tests.core.calendar_support import (
    FINANCE,
    FINANCE_DAYS,
    FINANCE_SKIPPED,
    PLAN,
    SALES,
    SALES_DAYS,
    SALES_SKIPPED,
    SITE,
    add_plan,
    build_office,
    expand_with_recurring_ical_events,
    expected_dates,
    save_seated_plan,
)


@dataclass
class CalendarOffice:
    context: DocumentContext
    doc: OfficeFile


@pytest.fixture
def office(tmp_path: Path) -> Iterator[CalendarOffice]:
    doc = build_office(tmp_path / "office.officeplan")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = DocumentContext(settings)
    context.set_document(doc)
    yield CalendarOffice(context, doc)
    context.set_document(None)


@pytest.fixture
def dialog(qtbot: QtBot, office: CalendarOffice) -> CalendarExportDialog:
    d = CalendarExportDialog(office.context, PLAN)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _listed(dialog: CalendarExportDialog, team: str) -> tuple[list[date], list[date]]:
    kept, gone = dialog.shown_dates(team)
    return [date.fromisoformat(d) for d in kept], [date.fromisoformat(d) for d in gone]


def _skipped_texts(dialog: CalendarExportDialog, team: str) -> dict[str, str]:
    """The skipped rows of ``team``'s event as shown: ISO date → the detail column."""
    tree = dialog.ui.previewTree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        if dialog.previews[i].team != team:
            continue
        out = {}
        for j in range(top.childCount()):
            child = top.child(j)
            assert child is not None
            if "skipped" in child.text(1):
                out[child.text(0)] = child.text(1)
        return out
    raise KeyError(team)


def test_every_team_all_day_lists_the_core_preview(
    dialog: CalendarExportDialog, office: CalendarOffice
) -> None:
    assert dialog.ui.planCombo.currentText() == PLAN
    assert dialog.ui.allTeamsRadio.isChecked() and dialog.ui.allDayRadio.isChecked()
    core = preview_export(office.doc.conn, ExportRequest(plan=PLAN))
    assert [p.team for p in dialog.previews] == [p.team for p in core]
    assert dialog.ui.previewTree.topLevelItemCount() == len(core)
    for item in core:
        kept, gone = _listed(dialog, item.team)
        assert kept == list(item.event.dates)
        assert gone == [s.day for s in item.event.skipped]
    # and the core agrees with the dates written out by hand
    assert _listed(dialog, FINANCE) == (
        expected_dates(FINANCE_DAYS, FINANCE_SKIPPED),
        sorted(FINANCE_SKIPPED),
    )
    assert _listed(dialog, SALES) == (
        expected_dates(SALES_DAYS, SALES_SKIPPED),
        sorted(SALES_SKIPPED),
    )
    # each skipped day is named, with whether it is a holiday or a closure
    finance = _skipped_texts(dialog, FINANCE)
    assert finance["2027-12-27"] == "skipped: Christmas shutdown (closure)"
    assert finance["2028-05-17"] == "skipped: Constitution Day (holiday)"
    sales = _skipped_texts(dialog, SALES)
    assert sales["2027-12-31"] == "skipped: New Year's Eve (closure)"
    assert sales["2028-04-14"] == "skipped: Good Friday (holiday)"
    total = sum(len(p.event.dates) for p in core)
    skipped = sum(len(p.event.skipped) for p in core)
    assert dialog.ui.summaryLabel.text() == (
        f"2 events, {total} dates in all; {skipped} holiday or closure days left out."
    )
    assert dialog.save_button.isEnabled()


def test_chosen_team_timed(dialog: CalendarExportDialog, office: CalendarOffice) -> None:
    dialog.ui.timedRadio.setChecked(True)
    dialog.ui.startEdit.setTime(QTime(10, 0))
    dialog.ui.endEdit.setTime(QTime(14, 30))
    dialog.set_teams([SALES])
    assert [p.team for p in dialog.previews] == [SALES]
    core = preview_export(
        office.doc.conn,
        ExportRequest(plan=PLAN, teams=(SALES,), timed=TimeWindow.parse("10:00-14:30")),
    )
    assert len(core) == 1
    assert _listed(dialog, SALES) == (
        list(core[0].event.dates),
        [s.day for s in core[0].event.skipped],
    )
    assert "10:00-14:30" in dialog.ui.previewTree.topLevelItem(0).text(1)
    with pytest.raises(KeyError):
        dialog.shown_dates(FINANCE)


def test_a_seated_team_shows_where_it_sits(qtbot: QtBot, office: CalendarOffice) -> None:
    save_seated_plan(office.doc, {FINANCE: ("North", "East")})
    d = CalendarExportDialog(office.context, PLAN)
    qtbot.addWidget(d)
    tree = d.ui.previewTree
    details = {p.team: tree.topLevelItem(i).text(1) for i, p in enumerate(d.previews)}
    assert details[FINANCE].endswith(f"\nSeated at {SITE} — North + East")
    assert "Seated" not in details[SALES]


def test_no_team_ticked_is_refused(dialog: CalendarExportDialog) -> None:
    dialog.set_teams([])
    assert dialog.previews == []
    assert dialog.ui.summaryLabel.text() == "Tick at least one team."
    assert not dialog.save_button.isEnabled()


def test_one_persons_team(dialog: CalendarExportDialog, office: CalendarOffice) -> None:
    dialog.ui.personRadio.setChecked(True)
    dialog.ui.personCombo.setCurrentText("Ola Nordmann")
    core = preview_export(office.doc.conn, ExportRequest(plan=PLAN, person="Ola Nordmann"))
    assert [p.team for p in dialog.previews] == [SALES] == [p.team for p in core]
    assert _listed(dialog, SALES)[0] == list(core[0].event.dates)


def test_saved_ics_has_the_listed_dates(
    dialog: CalendarExportDialog,
    office: CalendarOffice,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "anchor"
    asked: list[str] = []

    def answer(_parent: object, _title: str, suggested: str, _filters: str) -> Path:
        asked.append(suggested)
        return target  # no suffix: the dialog adds .ics

    monkeypatch.setattr(prompts, "save_file_name", answer)
    listed = {p.summary: _listed(dialog, p.team)[0] for p in dialog.previews}
    dialog.save_button.click()
    path = target.with_suffix(".ics")
    assert asked and asked[0].endswith(f"{PLAN}.ics")
    assert path.exists()
    assert dialog.written is not None
    assert dialog.ui.summaryLabel.text() == "Saved anchor.ics: 2 events (2 new or changed)."
    data = path.read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["METHOD"]) == "PUBLISH"
    expanded = expand_with_recurring_ical_events(data)
    assert set(expanded) == set(listed)
    for summary, dates in listed.items():
        got = expanded[summary]
        assert all(isinstance(d, date) and not isinstance(d, datetime) for d in got)
        assert got == dates
    # the preview now says nothing changed since this export
    assert all(not p.changed for p in dialog.previews)


def test_a_second_plan_lists_its_own_teams(
    qtbot: QtBot, office: CalendarOffice, dialog: CalendarExportDialog
) -> None:
    with office.doc.write() as conn:
        add_plan(conn, "Sales only", {SALES: ("Mon",)}, date(2027, 10, 4), date(2027, 10, 29))
    d = CalendarExportDialog(office.context, "Sales only")
    qtbot.addWidget(d)
    assert d.ui.planCombo.currentText() == "Sales only"
    assert [d.ui.teamList.item(i).text() for i in range(d.ui.teamList.count())] == [SALES]
    kept, gone = _listed(d, SALES)
    assert kept == [date(2027, 10, 4), date(2027, 10, 11), date(2027, 10, 18), date(2027, 10, 25)]
    assert gone == []
    d.ui.planCombo.setCurrentText(PLAN)
    assert d.ui.teamList.count() == 2


def test_without_saved_plans(qtbot: QtBot, tmp_path: Path) -> None:
    doc = OfficeFile.create(tmp_path / "empty.officeplan")
    context = DocumentContext(
        Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    )
    context.set_document(doc)
    d = CalendarExportDialog(context)
    qtbot.addWidget(d)
    assert d.ui.planCombo.count() == 0
    assert "no saved plans" in d.ui.summaryLabel.text()
    assert not d.save_button.isEnabled()
    context.set_document(None)


def test_a_norwegian_users_calendar_says_ankerdag(
    norwegian: None,
    dialog: CalendarExportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The .ics is written by the Qt-free core, worded in the user's language: event
    names, descriptions and weekday names; the dates are the same as in English."""
    target = tmp_path / "ankerdager.ics"
    monkeypatch.setattr(prompts, "save_file_name", lambda *_args: target)
    dialog.save_button.click()
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == f"Ankerdager — {PLAN}"
    events = [c for c in cal.walk("VEVENT")]
    summaries = {str(e["SUMMARY"]) for e in events}
    assert any(s.startswith(f"{FINANCE} — ankerdag (") for s in summaries), summaries
    description = next(str(e["DESCRIPTION"]) for e in events if FINANCE in str(e["SUMMARY"]))
    assert description.startswith(f"Ankerdager for teamet {FINANCE} på ")
    assert "Ikke på: " in description
    weekdays = description.split(": ", 1)[1].split("\n", 1)[0]
    assert all(name in ("man.", "tir.", "ons.", "tor.", "fre.") for name in weekdays.split(", "))
    expanded = expand_with_recurring_ical_events(target.read_bytes())
    finance = next(s for s in expanded if s.startswith(FINANCE))
    assert expanded[finance] == expected_dates(FINANCE_DAYS, FINANCE_SKIPPED)
