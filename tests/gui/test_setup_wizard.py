"""File ▸ New's guided setup, driven as a user would: type, tick, Next, Finish or Cancel.

Every test checks the real file the wizard wrote (or that nothing was written) through
the store, never the wizard's own idea of what it did.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from officeplanner.edits import office as office_edits
from officeplanner.gui import setup_wizard
from officeplanner.gui.setup_wizard import DeskColumn, PageId, SetupChoice, SetupWizard
from officeplanner.store import OfficeFile

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> Iterator[SetupWizard]:
    wizard = SetupWizard(str(tmp_path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard
    wizard.close()


def _click(qtbot: QtBot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type(qtbot: QtBot, widget: object, text: str) -> None:
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)  # type: ignore[arg-type]
    qtbot.keyClicks(widget, text)  # type: ignore[arg-type]


def _fill_file_and_site(qtbot: QtBot, wizard: SetupWizard, path: Path) -> None:
    _type(qtbot, wizard.file_page.ui.fileEdit, str(path))
    _click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.SITE
    site = wizard.site_page
    _type(qtbot, site.ui.nameEdit, "Trondheim office")
    site.ui.timezoneCombo.setCurrentText("Europe/Oslo")
    site.ui.countryCombo.setCurrentIndex(site.ui.countryCombo.findData("NO"))
    qtbot.mouseClick(site.ui.friCheck, Qt.MouseButton.LeftButton)  # closed on Fridays


def _desk_cell(wizard: SetupWizard, row: int, column: int) -> object:
    item = wizard.desks_page.ui.deskTable.item(row, column)
    assert item is not None
    return item


def test_the_wizard_creates_the_office_that_was_entered(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    target = tmp_path / "Trondheim"
    _fill_file_and_site(qtbot, wizard, target)
    _click(qtbot, wizard, NEXT)

    floors = wizard.floors_page
    floors.ui.countSpin.setFocus()
    qtbot.keyClick(floors.ui.countSpin, Qt.Key.Key_Up)  # two floors
    assert floors.names() == ["Floor 1", "Floor 2"]
    floors.ui.nameList.item(0).setText("Ground floor")
    _click(qtbot, wizard, NEXT)

    zones = wizard.zones_page
    assert [zones.ui.floorList.item(i).text() for i in range(2)] == ["Ground floor", "Floor 2"]
    zones.ui.floorList.setCurrentRow(1)
    zones.ui.countSpin.setValue(2)
    zones.ui.zoneList.item(1).setText("Quiet room")
    assert zones.zones == [["Zone A"], ["Zone A", "Quiet room"]]
    _click(qtbot, wizard, NEXT)

    table = wizard.desks_page.ui.deskTable
    assert table.rowCount() == 3
    _desk_cell(wizard, 0, DeskColumn.COUNT).setData(Qt.ItemDataRole.EditRole, 3)  # type: ignore[attr-defined]
    _desk_cell(wizard, 1, DeskColumn.COUNT).setData(Qt.ItemDataRole.EditRole, 0)  # type: ignore[attr-defined]
    _desk_cell(wizard, 2, DeskColumn.PREFIX).setText("Q")  # type: ignore[attr-defined]
    _desk_cell(wizard, 2, DeskColumn.COUNT).setData(Qt.ItemDataRole.EditRole, 2)  # type: ignore[attr-defined]
    _desk_cell(wizard, 2, DeskColumn.MONITOR).setCheckState(Qt.CheckState.Checked)  # type: ignore[attr-defined]
    assert _desk_cell(wizard, 2, DeskColumn.NAMES).text() == "Q01 … Q02"  # type: ignore[attr-defined]
    assert wizard.desks_page.ui.totalLabel.text() == "5 desks in total"
    _click(qtbot, wizard, NEXT)

    summary = wizard.summary_page.ui.summaryBrowser.toPlainText()
    assert "Trondheim office" in summary and "2 floors, 3 zones and 5 desks" in summary
    assert "Q01 … Q02 (monitor)" in summary
    _click(qtbot, wizard, FINISH)

    path = tmp_path / "Trondheim.officeplan"
    assert wizard.created_path == path
    assert not wizard.isVisible()
    with OfficeFile.open(path, read_only=True) as doc:
        site = doc.conn.execute(
            "SELECT id, name, timezone, holiday_country, weekdays FROM sites"
        ).fetchall()
        assert [tuple(r)[1:] for r in site] == [
            ("Trondheim office", "Europe/Oslo", "NO", "Mon,Tue,Wed,Thu")
        ]
        assert [r[0] for r in doc.conn.execute("SELECT name FROM floors ORDER BY id")] == [
            "Ground floor",
            "Floor 2",
        ]
        zones_in_file = doc.conn.execute(
            "SELECT f.name, z.name FROM zones z JOIN floors f ON f.id = z.floor_id ORDER BY z.id"
        ).fetchall()
        assert [tuple(r) for r in zones_in_file] == [
            ("Ground floor", "Zone A"),
            ("Floor 2", "Zone A"),
            ("Floor 2", "Quiet room"),
        ]
        desks = doc.conn.execute(
            "SELECT z.name, d.name, d.monitor, d.bookable FROM desks d "
            "JOIN zones z ON z.id = d.zone_id ORDER BY d.id"
        ).fetchall()
        assert [tuple(r) for r in desks] == [
            ("Zone A", "1A-01", 0, 1),
            ("Zone A", "1A-02", 0, 1),
            ("Zone A", "1A-03", 0, 1),
            ("Quiet room", "Q01", 1, 1),
            ("Quiet room", "Q02", 1, 1),
        ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Trondheim.officeplan"]


def test_invalid_input_blocks_next_with_a_message(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    page = wizard.file_page
    (tmp_path / "Taken.officeplan").write_bytes(b"")
    _type(qtbot, page.ui.fileEdit, str(tmp_path / "Taken"))
    assert not wizard.button(NEXT).isEnabled()
    assert "already exists" in page.ui.messageLabel.text()
    _type(qtbot, page.ui.fileEdit, str(tmp_path / "no such folder" / "Office"))
    assert "does not exist" in page.ui.messageLabel.text()
    _type(qtbot, page.ui.fileEdit, str(tmp_path / "Fine"))
    assert page.ui.messageLabel.isHidden()
    _click(qtbot, wizard, NEXT)

    site = wizard.site_page
    _type(qtbot, site.ui.nameEdit, "   ")
    assert not wizard.button(NEXT).isEnabled() and not wizard.button(FINISH).isEnabled()
    assert "needs a name" in site.ui.messageLabel.text()
    _type(qtbot, site.ui.nameEdit, "Oslo")
    _type(qtbot, site.ui.timezoneCombo.lineEdit(), "Europe/Atlantis")
    assert "not a timezone" in site.ui.messageLabel.text()
    assert not wizard.button(NEXT).isEnabled()
    site.ui.timezoneCombo.setCurrentText("Europe/Oslo")
    for check in site.checks.values():
        check.setChecked(False)
    assert "at least one weekday" in site.ui.messageLabel.text()
    site.ui.monCheck.setChecked(True)
    _type(qtbot, site.ui.countryCombo.lineEdit(), "Atlantis")
    assert "country" in site.ui.messageLabel.text()
    site.ui.countryCombo.setCurrentIndex(site.ui.countryCombo.findData("NO"))
    _click(qtbot, wizard, NEXT)

    floors = wizard.floors_page
    floors.ui.countSpin.setValue(2)
    floors.ui.nameList.item(1).setText("Floor 1")
    assert not wizard.button(NEXT).isEnabled()
    assert "Two floors are called “Floor 1”" in floors.ui.messageLabel.text()
    floors.ui.nameList.item(1).setText(" ")
    assert "Floor number 2 needs a name" in floors.ui.messageLabel.text()
    floors.ui.nameList.item(1).setText("Floor 2")
    _click(qtbot, wizard, NEXT)

    zones = wizard.zones_page
    zones.ui.countSpin.setValue(2)
    zones.ui.zoneList.item(1).setText("Zone A")
    assert not wizard.button(NEXT).isEnabled()
    assert "Two zones on “Floor 1” are called “Zone A”" in zones.ui.messageLabel.text()
    zones.ui.zoneList.item(1).setText("Zone B")
    _click(qtbot, wizard, NEXT)

    desks = wizard.desks_page
    _desk_cell(wizard, 1, DeskColumn.PREFIX).setText("1A-")  # type: ignore[attr-defined]
    assert not wizard.button(NEXT).isEnabled()
    assert "different prefixes" in desks.ui.messageLabel.text()
    _desk_cell(wizard, 1, DeskColumn.PREFIX).setText("")  # type: ignore[attr-defined]
    assert "need a name prefix" in desks.ui.messageLabel.text()
    _desk_cell(wizard, 1, DeskColumn.COUNT).setData(Qt.ItemDataRole.EditRole, 0)  # type: ignore[attr-defined]
    assert desks.ui.messageLabel.isHidden()  # no desks need no prefix
    assert wizard.button(NEXT).isEnabled()


def test_cancel_leaves_no_file(qtbot: QtBot, wizard: SetupWizard, tmp_path: Path) -> None:
    _fill_file_and_site(qtbot, wizard, tmp_path / "Never")
    for _ in range(4):
        _click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.SUMMARY
    _click(qtbot, wizard, CANCEL)
    assert wizard.created_path is None
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_creating_leaves_no_file_and_says_why(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_file_and_site(qtbot, wizard, tmp_path / "Broken")
    for _ in range(4):
        _click(qtbot, wizard, NEXT)
    real_add_child = office_edits.add_child
    calls: list[str] = []

    def fail_on_the_fourth_desk(doc: OfficeFile, level: object, parent: int, name: str, **kw):  # type: ignore[no-untyped-def]
        calls.append(name)
        if len(calls) == 6:  # floor, zone, then the fourth desk
            raise OSError("disk full")
        return real_add_child(doc, level, parent, name, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(office_edits, "add_child", fail_on_the_fourth_desk)
    _click(qtbot, wizard, FINISH)
    assert wizard.isVisible() and wizard.created_path is None
    assert "could not be created: disk full" in wizard.summary_page.ui.messageLabel.text()
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(office_edits, "add_child", real_add_child)
    _click(qtbot, wizard, FINISH)  # the problem went away: now it works
    assert wizard.created_path == tmp_path / "Broken.officeplan"
    with OfficeFile.open(wizard.created_path, read_only=True) as doc:
        assert doc.counts()["desks"] == 10


def test_finishing_on_the_site_page_creates_just_the_site(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path
) -> None:
    _fill_file_and_site(qtbot, wizard, tmp_path / "Small")
    assert wizard.site_page.ui.finishHint.isVisible()
    _click(qtbot, wizard, FINISH)
    with OfficeFile.open(tmp_path / "Small.officeplan", read_only=True) as doc:
        counts = doc.counts()
        assert (counts["sites"], counts["floors"], counts["desks"]) == (1, 0, 0)


@pytest.mark.parametrize("choice", [SetupChoice.EMPTY, SetupChoice.IMPORT])
def test_an_empty_file_or_one_to_import_into_finishes_on_the_first_page(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, choice: SetupChoice
) -> None:
    page = wizard.file_page
    _type(qtbot, page.ui.fileEdit, str(tmp_path / "Blank.officeplan"))
    radio = page.ui.emptyRadio if choice is SetupChoice.EMPTY else page.ui.importRadio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(4, radio.height() // 2))
    assert wizard.choice is choice
    assert not wizard.button(NEXT).isVisible()
    _click(qtbot, wizard, FINISH)
    with OfficeFile.open(tmp_path / "Blank.officeplan", read_only=True) as doc:
        assert doc.counts()["sites"] == 0


def test_browse_fills_in_the_chosen_file(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from officeplanner.gui import prompts

    monkeypatch.setattr(prompts, "save_file_name", lambda *a: tmp_path / "Picked")
    qtbot.mouseClick(wizard.file_page.ui.browseButton, Qt.MouseButton.LeftButton)
    assert wizard.file_page.ui.fileEdit.text() == str(tmp_path / "Picked.officeplan")


def test_the_site_page_previews_the_next_holidays(qtbot: QtBot, wizard: SetupWizard) -> None:
    site = wizard.site_page
    site.today = date(2026, 12, 1)
    site.ui.countryCombo.setCurrentIndex(site.ui.countryCombo.findData("NO"))
    text = site.ui.holidaysLabel.text()
    assert "Christmas Day" in text and "2026" in text
    site.ui.countryCombo.setCurrentIndex(site.ui.countryCombo.findData("US"))
    assert site.ui.subdivisionCombo.isEnabled()  # the states have holidays of their own
    assert "Christmas Day" in site.ui.holidaysLabel.text()
    assert "Second Day of Christmas" not in site.ui.holidaysLabel.text()
    assert setup_wizard.upcoming_holidays("NO", None, date(2026, 5, 16))[0] == (
        date(2026, 5, 17),
        "Constitution Day",
    )
