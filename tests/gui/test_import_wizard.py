"""The import wizard, driven as a user would: a file with errors (every problem listed),
a clean import with a summary, and a cancelled import that leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from officeplanner.gui.import_wizard import ImportWizard, RowsModel
from tests.gui import bookings_office
from tests.gui.bookings_office import MONDAY, SmallOffice

#: The shared fixture, made visible to pytest in this module.
small_office = bookings_office.small_office

HEADER = "date,desk,person,status\n"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _wizard(qtbot: QtBot, o: SmallOffice, path: Path) -> ImportWizard:
    wizard = ImportWizard(o.context, path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next_button_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _wait_checked(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.validate_page
    qtbot.waitUntil(lambda: page.result is not None and not page.checking, timeout=20_000)


def test_rows_model(qapp: QApplication, qtmodeltester: ModelTester) -> None:
    model = RowsModel()
    model.set_rows(["a", "b"], [["1", "2"], ["3"], ["4", "5", "6"]])
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(1, 1)) == ""  # short rows padded
    assert model.columnCount() == 2


def test_preview_shows_what_was_detected(
    qtbot: QtBot, small_office: SmallOffice, tmp_path: Path
) -> None:
    day = MONDAY.isoformat()
    source = _write(
        tmp_path / "semi.csv",
        f"Date;Desk;Person;Status\n{day};N2;Carol Dahl;booked\n",
    )
    wizard = _wizard(qtbot, small_office, source)
    assert wizard.kind is not None and wizard.kind.value == "bookings"
    assert "semicolon" in wizard.file_page.detected_label.text()
    assert _next_button_enabled(wizard)
    wizard.next()
    page = wizard.preview_page
    assert page.delimiter_combo.currentData() == ";"
    assert page.preview_model.rowCount() == 1
    assert page.preview_model.data(page.preview_model.index(0, 2)) == "Carol Dahl"
    assert page.mapping_combos["person"].currentData() == "Person"
    # Choosing another delimiter re-reads the file: one column only.
    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(","))
    assert page.preview_model.columnCount() == 1


def test_problems_are_listed(qtbot: QtBot, small_office: SmallOffice, tmp_path: Path) -> None:
    o = small_office
    day = MONDAY.isoformat()
    source = _write(
        tmp_path / "bad.csv",
        HEADER
        + f"{day},N2,Carol Dahl,booked\n"
        + "2026-02-30,N2,Carol Dahl,booked\n"
        + f"{day},Z9,Carol Dahl,booked\n"
        + f"{day},S1,Carol Dahl,sleeping\n",
    )
    wizard = _wizard(qtbot, o, source)
    wizard.next()
    wizard.next()
    _wait_checked(qtbot, wizard)
    page = wizard.validate_page
    model = page.problems_model
    assert model.rowCount() >= 3
    listed = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    lines = {row[0] for row in listed}
    assert {"3", "4", "5"} <= lines, listed
    assert any(row[2] == "2026-02-30" for row in listed)
    assert any(row[2] == "Z9" for row in listed)
    assert any(row[2] == "sleeping" for row in listed)
    assert all(row[3] for row in listed)  # every problem has a reason
    assert "problem" in page.status_label.text()
    assert not _next_button_enabled(wizard)
    assert o.count() == 2  # the check wrote nothing
    page.skip_check.setChecked(True)
    assert _next_button_enabled(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)
    assert o.count() == 3  # the good row only
    assert "skipped" in wizard.summary_page.summary.text()


def test_clean_import(qtbot: QtBot, small_office: SmallOffice, tmp_path: Path) -> None:
    o = small_office
    day = MONDAY.isoformat()
    source = _write(
        tmp_path / "good.csv",
        HEADER + f"{day},N2,Carol Dahl,booked\n{day},B1,Bob Berg,checked_in\n",
    )
    wizard = _wizard(qtbot, o, source)
    changes: list[str] = []
    o.context.data_changed.connect(changes.append)
    wizard.next()
    wizard.next()
    _wait_checked(qtbot, wizard)
    assert "No problems" in wizard.validate_page.status_label.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)
    assert o.count() == 4
    assert "2 written" in wizard.summary_page.summary.text()
    assert changes == ["*"]


@pytest.fixture
def big_csv(tmp_path: Path, small_office: SmallOffice) -> Path:
    """Enough rows (60,000 over 60 new desks) that the import is still running when
    Cancel is pressed."""
    from datetime import date, timedelta

    lines = [HEADER]
    start = date(2020, 1, 6)
    for d in range(1000):
        day = (start + timedelta(days=d)).isoformat()
        for desk in range(60):
            lines.append(f"{day},X{desk:02},Person {desk:02},booked\n")
    return _write(tmp_path / "big.csv", "".join(lines))


def test_cancel_leaves_nothing(qtbot: QtBot, small_office: SmallOffice, big_csv: Path) -> None:
    o = small_office
    before = o.doc.counts()
    wizard = _wizard(qtbot, o, big_csv)
    wizard.next()
    wizard.next()
    wizard.validate_page.create_check.setChecked(True)
    _wait_checked(qtbot, wizard)
    assert _next_button_enabled(wizard), wizard.validate_page.status_label.text()
    wizard.next()
    page = wizard.import_page
    assert page.task is not None
    with qtbot.waitSignal(page.task.progress, timeout=20_000):
        pass
    with qtbot.waitSignal(page.task.finished, timeout=30_000):
        page.cancel()
    assert page.outcome == "cancelled"
    assert "Nothing was imported" in page.status_label.text()
    assert o.doc.counts() == before  # no bookings, and no desks or people created either
    assert wizard.currentPage() is page


# -- skipping bad rows, changing the mapping, a read-only file ----------------------------


def test_problems_listed_then_skipped(
    qtbot: QtBot, small_office: SmallOffice, tmp_path: Path
) -> None:
    o = small_office
    day = MONDAY.isoformat()
    source = _write(
        tmp_path / "bad.csv",
        HEADER
        + f"{day},N2,Carol Dahl,booked\n"
        + "2026-02-30,N2,Carol Dahl,booked\n"
        + f"{day},S1,Carol Dahl,sleeping\n"
        + f"{day},Z9,Carol Dahl,booked\n",
    )
    wizard = _wizard(qtbot, o, source)
    assert "Looks like bookings" in wizard.file_page.detected_label.text()
    wizard.next()
    assert wizard.preview_page.preview_model.rowCount() == 4
    assert wizard.preview_page.mapping_combos["desk"].currentData() == "desk"
    wizard.next()
    _wait_checked(qtbot, wizard)
    page = wizard.validate_page
    model = page.problems_model
    listed = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    assert [row[:3] for row in listed] == [
        ["3", "date", "2026-02-30"],
        ["4", "status", "sleeping"],
        ["5", "desk", "Z9"],
    ]
    reasons = [row[3] for row in listed]
    assert "not a date" in reasons[0]
    assert "status" in reasons[1]
    assert "not a desk in the office file" in reasons[2]
    assert "3 problems found" in page.status_label.text()
    assert not _next_button_enabled(wizard)
    assert o.count() == 2
    page.skip_check.setChecked(True)
    assert _next_button_enabled(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)
    assert o.count() == 3
    text = wizard.summary_page.summary.text()
    assert "4 rows read, 1 written" in text
    assert "3 skipped for problems" in text


def test_changing_the_mapping_rechecks(
    qtbot: QtBot, small_office: SmallOffice, tmp_path: Path
) -> None:
    day = MONDAY.isoformat()
    source = _write(tmp_path / "semi.csv", f"date;desk;person;status\n{day};N2;Carol Dahl;booked\n")
    wizard = _wizard(qtbot, small_office, source)
    assert "semicolon" in wizard.file_page.detected_label.text()
    wizard.next()
    page = wizard.preview_page
    assert page.delimiter_combo.currentData() == ";"
    assert page.preview_model.columnCount() == 4
    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(","))
    assert page.preview_model.columnCount() == 1  # the file re-read with the other delimiter
    page.delimiter_combo.setCurrentIndex(page.delimiter_combo.findData(";"))
    page.mapping_combos["desk"].setCurrentIndex(page.mapping_combos["desk"].findData("person"))
    assert wizard.mapping["desk"] == "person"
    wizard.next()
    _wait_checked(qtbot, wizard)
    model = wizard.validate_page.problems_model
    assert model.data(model.index(0, 2)) == "Carol Dahl"  # the person's name read as a desk


def test_a_read_only_file_cannot_be_imported_into(
    qtbot: QtBot, small_office: SmallOffice, tmp_path: Path
) -> None:
    from officeplanner.store import OfficeFile

    o = small_office
    path = o.doc.path
    o.context.set_document(None)
    o.context.set_document(OfficeFile.open(path, read_only=True))
    source = _write(tmp_path / "x.csv", HEADER + f"{MONDAY.isoformat()},N2,Carol Dahl,booked\n")
    wizard = _wizard(qtbot, o, source)
    wizard.next()
    wizard.next()
    assert "read-only" in wizard.validate_page.status_label.text()
    assert not _next_button_enabled(wizard)


def test_problems_are_listed_in_norwegian(
    norwegian: None, qtbot: QtBot, small_office: SmallOffice, tmp_path: Path
) -> None:
    """The importer (Qt-free) words its findings for translation; the wizard shows them
    in the user's language, the values and names as they are in the file."""
    day = MONDAY.isoformat()
    source = _write(
        tmp_path / "feil.csv",
        HEADER
        + "2026-02-30,N2,Carol Dahl,booked\n"
        + f"{day},Z9,Carol Dahl,booked\n"
        + f"{day},S1,Carol Dahl,sleeping\n",
    )
    wizard = _wizard(qtbot, small_office, source)
    wizard.next()
    wizard.next()
    _wait_checked(qtbot, wizard)
    model = wizard.validate_page.problems_model
    reasons = {
        model.data(model.index(r, 2)): model.data(model.index(r, 3))
        for r in range(model.rowCount())
    }
    assert reasons["2026-02-30"] == "er ikke en dato (dagen finnes ikke)"
    assert reasons["Z9"].startswith("er ikke en pult i kontorfilen")
    assert reasons["sleeping"].startswith("er ikke en reservasjonsstatus")


def test_every_format_column_has_a_name_on_screen_in_both_languages(norwegian: None) -> None:
    """The mapping box once labelled its choosers with the formats' raw keys
    ("checked_in_at:"), in English in the Norwegian window too."""
    from officeplanner.domain import CANONICAL_COLUMNS
    from officeplanner.gui.import_wizard import COLUMN_LABELS, column_label

    columns = {c for kind in CANONICAL_COLUMNS.values() for c in kind}
    assert columns <= set(COLUMN_LABELS)
    assert [column_label(c) for c in ("date", "desk", "checked_in_at", "standing")] == [
        "Dato",
        "Pult",
        "Sjekket inn",
        "Hev/senk",
    ]
