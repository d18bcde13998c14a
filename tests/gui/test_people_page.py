"""The People & teams page, driven as a user would: search, team filter, add, edit, move
between teams, delete with confirmation, teams, undo/redo, read-only; model contracts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from officeplanner.gui import prompts
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.dialogs import PersonDialog
from officeplanner.gui.people_page import (
    ID_ROLE,
    NO_TEAM,
    PeopleFilter,
    PeopleModel,
    PeoplePage,
    TeamsModel,
    load_people,
    load_teams,
)
from officeplanner.store import OfficeFile
from tests.gui.shell_office import open_shell_context, scalar


@pytest.fixture
def shell_context(tmp_path: Path) -> Iterator[DocumentContext]:
    yield from open_shell_context(tmp_path)


@pytest.fixture
def page(qtbot: QtBot, shell_context: DocumentContext) -> PeoplePage:
    page = PeoplePage(shell_context)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _shown(page: PeoplePage) -> list[str]:
    return [str(page.proxy.index(r, 0).data()) for r in range(page.proxy.rowCount())]


def _select(page: PeoplePage, *names: str) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, 0)
        if index.data() in names:
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def _team_id(page: PeoplePage, name: str) -> int:
    return int(scalar(page.context, "SELECT id FROM teams WHERE name = ?", (name,)))  # type: ignore[arg-type]


def test_models_pass_the_model_tester(
    qapp: object, qtmodeltester: ModelTester, shell_context: DocumentContext
) -> None:
    people = PeopleModel()
    people.set_rows(load_people(shell_context.doc))
    qtmodeltester.check(people, force_py=True)
    teams = TeamsModel()
    teams.set_rows(load_teams(shell_context.doc))
    qtmodeltester.check(teams, force_py=True)
    proxy = PeopleFilter()
    proxy.setSourceModel(people)
    proxy.set_search("red")
    qtmodeltester.check(proxy, force_py=True)


def test_search_and_team_filter(page: PeoplePage, qtbot: QtBot) -> None:
    assert _shown(page) == ["Alice Aas", "Bob Berg", "Carol Dahl"]
    qtbot.keyClicks(page.search, "red")
    assert _shown(page) == ["Alice Aas", "Bob Berg"]  # matches the team
    page.search.clear()
    qtbot.keyClicks(page.search, "example.com")
    assert _shown(page) == ["Alice Aas"]  # matches the email
    page.search.clear()
    page.select_team(_team_id(page, "Blue"))
    assert _shown(page) == ["Carol Dahl"]
    assert page.summary.text() == "1 of 3 people"
    page.select_team(NO_TEAM)
    assert _shown(page) == []
    assert page.summary.text() == "Nobody matches the search."


def test_add_person_through_the_dialog_then_undo_redo(
    page: PeoplePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = page.context
    page.select_team(_team_id(page, "Blue"))

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, PersonDialog)
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert dialog.ui.teamCombo.currentText() == "Blue"  # preset from the chosen team
        assert not ok.isEnabled()  # no name yet
        dialog.ui.nameEdit.setText("Alice Aas")
        assert "already a person" in dialog.ui.errorLabel.text()
        dialog.ui.nameEdit.setText("Dag Dahl")
        dialog.ui.emailEdit.setText("dag@")
        assert "email" in dialog.ui.errorLabel.text()
        dialog.ui.emailEdit.setText("dag@example.com")
        assert ok.isEnabled()
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    page.add_person_action.trigger()
    assert _shown(page) == ["Carol Dahl", "Dag Dahl"]
    assert page.selected_ids() == [
        int(scalar(context, "SELECT id FROM people WHERE name = 'Dag Dahl'"))  # type: ignore[arg-type]
    ]
    context.undo_stack.undo()
    assert _shown(page) == ["Carol Dahl"]
    context.undo_stack.redo()
    assert _shown(page) == ["Carol Dahl", "Dag Dahl"]


def test_edit_person(page: PeoplePage, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, PersonDialog)
        assert dialog.ui.nameEdit.text() == "Bob Berg"
        dialog.ui.nameEdit.setText("Bob Bergh")
        dialog.ui.teamCombo.setCurrentText("Blue")
        return True

    monkeypatch.setattr(prompts, "run_dialog", fill)
    _select(page, "Bob Berg")
    page.edit_person_action.trigger()
    assert (
        scalar(
            page.context,
            "SELECT t.name FROM people p JOIN teams t ON t.id = p.team_id "
            "WHERE p.name = 'Bob Bergh'",
        )
        == "Blue"
    )
    page.context.undo_stack.undo()
    assert "Bob Berg" in _shown(page)


def test_move_people_between_teams(page: PeoplePage, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        prompts, "ask_index", lambda parent, title, label, items: items.index("Blue")
    )
    _select(page, "Alice Aas", "Bob Berg")
    page.move_action.trigger()
    page.select_team(_team_id(page, "Blue"))
    assert _shown(page) == ["Alice Aas", "Bob Berg", "Carol Dahl"]
    assert page.context.undo_stack.undoText() == "Move 2 people to “Blue”"
    assert page.teams.data(page.teams.find(_team_id(page, "Red"))) == "Red (0)"
    page.context.undo_stack.undo()
    assert _shown(page) == ["Carol Dahl"]


def test_delete_person_confirms_with_bookings(
    page: PeoplePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda p, t, text, **k: asked.append(text) or True)
    _select(page, "Alice Aas")
    page.delete_people_action.trigger()
    assert asked == ["Delete “Alice Aas” with their 3 bookings?"]
    assert _shown(page) == ["Bob Berg", "Carol Dahl"]
    assert scalar(page.context, "SELECT count(*) FROM bookings") == 0
    page.context.undo_stack.undo()
    assert scalar(page.context, "SELECT count(*) FROM bookings") == 3


def test_teams_add_rename_delete(page: PeoplePage, monkeypatch: pytest.MonkeyPatch) -> None:
    context = page.context
    monkeypatch.setattr(prompts, "ask_text", lambda *args: "Green")
    page.add_team_action.trigger()
    assert page.current_team() is not None and page.current_team().name == "Green"  # type: ignore[union-attr]
    monkeypatch.setattr(prompts, "ask_text", lambda *args: "Teal")
    page.rename_team_action.trigger()
    assert page.current_team().name == "Teal"  # type: ignore[union-attr]
    page.select_team(_team_id(page, "Red"))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    page.delete_team_action.trigger()
    assert scalar(context, "SELECT count(*) FROM people WHERE team_id IS NULL") == 2
    assert page.current_team().name == "All people"  # type: ignore[union-attr]
    context.undo_stack.undo()
    assert scalar(context, "SELECT count(*) FROM people WHERE team_id IS NULL") == 0
    assert [context.undo_stack.text(i) for i in range(context.undo_stack.count())] == [
        "Add team “Green”",
        "Rename team to “Teal”",
        "Delete team “Red”",
    ]


def test_read_only_disables_editing(qtbot: QtBot, shell_context: DocumentContext) -> None:
    path = shell_context.doc.path  # type: ignore[union-attr]
    shell_context.set_document(None)
    page = PeoplePage(shell_context)
    qtbot.addWidget(page)
    shell_context.set_document(OfficeFile.open(path, read_only=True))
    _select(page, "Alice Aas")
    page.select_team(1)
    assert page.selected_ids() and not any(a.isEnabled() for a in page.edit_actions)
    assert page.summary.text().endswith("read-only")


def test_id_role_is_the_person_id(page: PeoplePage) -> None:
    first = page.proxy.index(0, 0)
    assert page.proxy.data(first, ID_ROLE) == scalar(
        page.context, "SELECT id FROM people WHERE name = 'Alice Aas'"
    )


def test_enter_on_a_person_opens_the_dialog(
    page: PeoplePage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    opened: list[str] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, PersonDialog)
        opened.append(dialog.ui.nameEdit.text())
        return False

    monkeypatch.setattr(prompts, "run_dialog", look)
    _select(page, "Carol Dahl")
    page.table.setCurrentIndex(page.table.selectionModel().selectedRows()[0])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == ["Carol Dahl"]
    assert page.context.undo_stack.count() == 0  # cancelled: nothing changed


def test_moving_to_no_team_is_not_confused_with_a_team_of_that_name(
    page: PeoplePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by review: the choice was matched by its text, and a team named "(no team)"
    took the place of the choice "(no team)"."""
    from officeplanner.edits import people as people_edits

    people_edits.add_team(page.context.doc, "(no team)")  # type: ignore[arg-type]
    page.context.notify("teams")
    monkeypatch.setattr(prompts, "ask_index", lambda parent, title, label, items: len(items) - 1)
    _select(page, "Alice Aas")
    page.move_action.trigger()
    doc = page.context.doc
    assert doc is not None
    assert doc.scalar("SELECT team_id FROM people WHERE name = 'Alice Aas'") is None
