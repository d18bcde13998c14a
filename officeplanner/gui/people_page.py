"""The People & teams page: teams on the left, a searchable list of people on the right.

Both models are thin adapters over plain lists loaded with one query each; search and
the team filter are a QSortFilterProxyModel, so typing never touches SQL. Edits go
through the undo commands; the models never write.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from officeplanner.edits import EditError
from officeplanner.edits import people as people_edits
from officeplanner.edits.people import Person
from officeplanner.gui import commands, prompts
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.core_text import in_user_language
from officeplanner.gui.dialogs import PersonDialog
from officeplanner.gui.icons import icon
from officeplanner.store import OfficeFile, OfficeFileError
from officeplanner.wording import wording_of

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: Role of a row's id (person id; team id, or the ALL/NO_TEAM markers, in the team list).
ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1
#: Role of a person's team id (None = no team), used by the team filter.
TEAM_ROLE: Final = Qt.ItemDataRole.UserRole + 2

#: Team-list markers: every person, and people without a team.
ALL_PEOPLE: Final = -1
NO_TEAM: Final = -2

_TABLES = ("people", "teams")


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    team_id: int | None
    team: str
    email: str


@dataclass(frozen=True)
class TeamRow:
    id: int  # a team id, ALL_PEOPLE or NO_TEAM
    name: str
    members: int


def load_people(doc: OfficeFile | None) -> list[PersonRow]:
    if doc is None:
        return []
    return [
        PersonRow(int(pid), str(name), tid, str(team or ""), str(email or ""))
        for pid, name, tid, team, email in doc.conn.execute(
            "SELECT p.id, p.name, p.team_id, t.name, p.email FROM people p "
            "LEFT JOIN teams t ON t.id = p.team_id ORDER BY p.name"
        )
    ]


def load_teams(doc: OfficeFile | None) -> list[TeamRow]:
    if doc is None:
        return []
    total = int(doc.scalar("SELECT count(*) FROM people"))
    without = int(doc.scalar("SELECT count(*) FROM people WHERE team_id IS NULL"))
    rows = [
        TeamRow(ALL_PEOPLE, QCoreApplication.translate("PeoplePage", "All people"), total),
        TeamRow(NO_TEAM, QCoreApplication.translate("PeoplePage", "No team"), without),
    ]
    rows += [
        TeamRow(int(tid), str(name), int(n))
        for tid, name, n in doc.conn.execute(
            "SELECT t.id, t.name, count(p.id) FROM teams t "
            "LEFT JOIN people p ON p.team_id = t.id GROUP BY t.id ORDER BY t.name"
        )
    ]
    return rows


class PeopleModel(QAbstractTableModel):
    """People as a table: name, team, email."""

    #: English source texts, shown translated (context "PeopleModel").
    HEADERS: ClassVar = (
        str(QT_TRANSLATE_NOOP("PeopleModel", "Name")),
        str(QT_TRANSLATE_NOOP("PeopleModel", "Team")),
        str(QT_TRANSLATE_NOOP("PeopleModel", "Email")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PersonRow] = []

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.team or "—", row.email)[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == TEAM_ROLE:
            return row.team_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("PeopleModel", self.HEADERS[section])
        return None


class TeamsModel(QAbstractListModel):
    """The team list: "All people", "No team", then each team with its member count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TeamRow] = []

    def set_rows(self, rows: list[TeamRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name} ({QLocale().toString(row.members)})"
        if role == Qt.ItemDataRole.EditRole:
            return row.name
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("person" if row.id == NO_TEAM else "team")
        if role == ID_ROLE:
            return row.id
        return None

    def find(self, team_id: int) -> QModelIndex:
        for i, row in enumerate(self.rows):
            if row.id == team_id:
                return self.index(i, 0)
        return QModelIndex()


class PeopleFilter(QSortFilterProxyModel):
    """Search in name, team and email (all words must match), limited to one team."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.team: int = ALL_PEOPLE
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange()

    def set_team(self, team: int) -> None:
        self.beginFilterChange()
        self.team = team
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PeopleModel)
        row = model.rows[source_row]
        if self.team == NO_TEAM and row.team_id is not None:
            return False
        if self.team >= 0 and row.team_id != self.team:
            return False
        haystack = f"{row.name} {row.team} {row.email}".casefold()
        return all(word in haystack for word in self.words)


class PeoplePage(QWidget):
    """People and teams: search, add, edit, move between teams, delete."""

    title = "People & teams"

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.people = PeopleModel(self)
        self.teams = TeamsModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.people)
        self._build_actions()
        self._build_widgets()
        self.search.textChanged.connect(self._search_changed)
        self.team_view.selectionModel().currentChanged.connect(self._team_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Enter or a double-click (Windows, macOS) edits the person.
        self.table.activated.connect(self._double_clicked)
        self.table.customContextMenuRequested.connect(self._people_menu)
        self.team_view.customContextMenuRequested.connect(self._team_menu)
        context.document_changed.connect(self.reload)
        context.data_changed.connect(self._data_changed)
        context.read_only_changed.connect(self._read_only_changed)
        self.reload()

    # -- construction ----------------------------------------------------------------------

    def _action(self, text: str, slot: Any, tip: str, icon_name: str = "") -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.add_person_action = self._action(
            self.tr("Add Person…"), self.add_person, self.tr("Add a person"), "person"
        )
        self.edit_person_action = self._action(
            self.tr("Edit…"),
            self.edit_person,
            self.tr("Edit the selected person's name, team and email"),
        )
        self.move_action = self._action(
            self.tr("Move to Team…"),
            self.move_people,
            self.tr("Put the selected people in another team"),
        )
        self.delete_people_action = self._action(
            self.tr("Delete"),
            self.delete_selected,
            self.tr("Delete the selected people and their bookings"),
        )
        self.add_team_action = self._action(
            self.tr("Add Team"), self.add_team, self.tr("Add a team"), "team"
        )
        self.rename_team_action = self._action(
            self.tr("Rename Team…"), self.rename_team, self.tr("Rename the selected team")
        )
        self.delete_team_action = self._action(
            self.tr("Delete Team"),
            self.delete_team,
            self.tr("Delete the team; its members stay, without a team"),
        )
        # Short labels on the narrow team toolbar; menus keep the full text.
        self.add_team_action.setIconText(self.tr("Add", "team toolbar"))
        self.rename_team_action.setIconText(self.tr("Rename…", "team toolbar"))
        self.delete_team_action.setIconText(self.tr("Delete", "team toolbar"))
        self.person_actions = [
            self.add_person_action,
            self.edit_person_action,
            self.move_action,
            self.delete_people_action,
        ]
        self.team_actions = [self.add_team_action, self.rename_team_action, self.delete_team_action]
        self.edit_actions = self.person_actions + self.team_actions

    def _build_widgets(self) -> None:
        self.team_view = QListView(self)
        self.team_view.setModel(self.teams)
        self.team_view.setAccessibleName(self.tr("Teams"))
        self.team_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.team_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.team_view.setUniformItemSizes(True)
        self.team_view.setSpacing(1)
        team_bar = QToolBar(self.tr("Teams"), self)
        team_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.team_actions:
            team_bar.addAction(action)
        team_heading = QLabel(self.tr("<b>Teams</b>"), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(team_heading)
        left_layout.addWidget(self.team_view)
        left_layout.addWidget(team_bar)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, team or email…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Dense rows: a list of hundreds of people should not need scrolling per screen.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.resizeSection(1, 180)
        header.setStretchLastSection(True)
        people_bar = QToolBar(self.tr("People"), self)
        people_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.person_actions:
            people_bar.addAction(action)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Summary"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(people_bar)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    # -- state -----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [
            int(self.proxy.data(i, ID_ROLE)) for i in self.table.selectionModel().selectedRows()
        ]

    def current_team(self) -> TeamRow | None:
        index = self.team_view.currentIndex()
        return self.teams.rows[index.row()] if index.isValid() else None

    def select_person(self, person_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ID_ROLE) == person_id:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return

    def select_team(self, team_id: int) -> None:
        index = self.teams.find(team_id)
        if index.isValid():
            self.team_view.setCurrentIndex(index)

    def select_all(self) -> None:
        self.table.selectAll()

    def can_delete(self) -> bool:
        return self.delete_people_action.isEnabled()

    @Slot()
    def reload(self) -> None:
        doc = self.context.doc
        team = self.current_team()
        team_id = team.id if team else ALL_PEOPLE
        selected = set(self.selected_ids())
        self.teams.set_rows(load_teams(doc))
        self.people.set_rows(load_people(doc))
        if not self.teams.find(team_id).isValid():
            team_id = ALL_PEOPLE
        self.select_team(team_id)
        self.proxy.set_team(team_id)
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ID_ROLE) in selected:
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._update()

    def _update(self) -> None:
        editable = self.context.can_edit
        ids = self.selected_ids()
        team = self.current_team()
        real_team = team is not None and team.id >= 0
        self.add_person_action.setEnabled(editable)
        self.edit_person_action.setEnabled(editable and len(ids) == 1)
        self.move_action.setEnabled(editable and bool(ids) and len(self.teams.rows) > 2)
        self.delete_people_action.setEnabled(editable and bool(ids))
        self.add_team_action.setEnabled(editable)
        self.rename_team_action.setEnabled(editable and real_team)
        self.delete_team_action.setEnabled(editable and real_team)
        shown, total = self.proxy.rowCount(), self.people.rowCount()
        if self.context.doc is None:
            text = ""
        elif total == 0:
            text = self.tr(
                "No people yet. Add people one by one, or import a list with File ▸ Import…"
            )
        elif shown == 0:
            text = self.tr("Nobody matches the search.")
        else:
            locale = QLocale()
            if shown != total:
                text = self.tr("{0} of %Ln people", "", total).format(locale.toString(shown))
            else:
                text = self.tr("1 person") if total == 1 else self.tr("%Ln people", "", total)
            if len(ids) == 1:
                doc = self.context.doc
                bookings = people_edits.person_impact(doc, ids[0])["bookings"]
                text += (
                    self.tr(" · selected: 1 booking")
                    if bookings == 1
                    else self.tr(" · selected: %Ln bookings", "", bookings)
                )
            elif ids:
                text += self.tr(" · %Ln selected", "", len(ids))
        if self.context.read_only and self.context.doc is not None:
            text += self.tr(" · read-only")
        self.summary.setText(text)

    # -- slots -----------------------------------------------------------------------------

    @Slot(str)
    def _data_changed(self, table: str) -> None:
        if self.context.touches(table, *_TABLES):
            self.reload()

    @Slot(bool)
    def _read_only_changed(self, read_only: bool) -> None:
        self._update()

    @Slot(str)
    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update()

    @Slot(QModelIndex, QModelIndex)
    def _team_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        team = self.current_team()
        self.proxy.set_team(team.id if team else ALL_PEOPLE)
        self._update()

    @Slot()
    def _selection_changed(self) -> None:
        self._update()

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if self.edit_person_action.isEnabled():
            self.edit_person()

    @Slot("QPoint")
    def _people_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in self.person_actions:
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    @Slot("QPoint")
    def _team_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in self.team_actions:
            menu.addAction(action)
        menu.popup(self.team_view.viewport().mapToGlobal(pos))

    # -- editing ---------------------------------------------------------------------------

    def _push(self, command: commands.EditCommand) -> bool:
        try:
            commands.push(self.context, command)
        except (EditError, OfficeFileError) as exc:
            prompts.error(self, self.tr("Not changed"), in_user_language(wording_of(exc)))
            return False
        return True

    @Slot()
    def add_person(self) -> None:
        doc = self.context.doc
        if doc is None or not self.context.can_edit:
            return
        team = self.current_team()
        preset = Person(None, "", team.id if team and team.id >= 0 else None)
        dialog = PersonDialog(doc, preset, self)
        if prompts.run_dialog(dialog):
            command = commands.AddPersonCommand(self.context, dialog.person())
            if self._push(command) and command.person.id is not None:
                self.select_person(command.person.id)

    @Slot()
    def edit_person(self) -> None:
        doc = self.context.doc
        ids = self.selected_ids()
        if doc is None or len(ids) != 1 or not self.context.can_edit:
            return
        old = people_edits.get_person(doc, ids[0])
        dialog = PersonDialog(doc, old, self)
        if prompts.run_dialog(dialog):
            new = dialog.person()
            if (new.name.strip(), new.team_id, new.email) != (old.name, old.team_id, old.email):
                self._push(commands.EditPersonCommand(self.context, new))

    @Slot()
    def move_people(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.context.can_edit:
            return
        teams = [t for t in self.teams.rows if t.id >= 0]
        labels = [t.name for t in teams] + [self.tr("(no team)")]
        choice = prompts.ask_index(
            self, self.tr("Move to team"), self.tr("Move the selected people to:"), labels
        )
        if choice is None:
            return
        # By position: a team may itself be called "(no team)".
        team = teams[choice] if choice < len(teams) else None
        self._push(
            commands.MovePeopleCommand(
                self.context,
                ids,
                team.id if team else None,
                team.name if team else self.tr("no team", "in the undo text: Move 2 people to …"),
            )
        )

    @Slot()
    def delete_selected(self) -> None:
        doc = self.context.doc
        ids = self.selected_ids()
        if doc is None or not ids or not self.context.can_edit:
            return
        bookings = sum(people_edits.person_impact(doc, i)["bookings"] for i in ids)
        if len(ids) == 1:
            who = self.tr("“{0}”", "a quoted name").format(
                people_edits.get_person(doc, ids[0]).name
            )
        else:
            who = self.tr("%Ln people", "", len(ids))
        title = self.tr("Delete {0}", "undo text").format(who)
        if not bookings:
            text = self.tr("Delete {0}?").format(who)
        else:
            their = self.tr("1 booking") if bookings == 1 else self.tr("%Ln bookings", "", bookings)
            text = self.tr("Delete {0} with their {1}?").format(who, their)
        if prompts.confirm(self, self.tr("Delete people"), text):
            self._push(commands.DeletePeopleCommand(self.context, ids, title))

    @Slot()
    def add_team(self) -> None:
        doc = self.context.doc
        if doc is None or not self.context.can_edit:
            return
        name = prompts.ask_text(
            self,
            self.tr("Add team"),
            self.tr("Name of the new team:"),
            people_edits.suggest_team_name(doc),
        )
        if name is None or not name.strip():
            return
        command = commands.AddTeamCommand(self.context, name)
        if self._push(command) and command.team_id is not None:
            self.select_team(command.team_id)

    @Slot()
    def rename_team(self) -> None:
        team = self.current_team()
        if team is None or team.id < 0 or not self.context.can_edit:
            return
        name = prompts.ask_text(
            self,
            self.tr("Rename team"),
            self.tr("New name of team “{0}”:").format(team.name),
            team.name,
        )
        if name is not None and name.strip() and name.strip() != team.name:
            self._push(commands.RenameTeamCommand(self.context, team.id, name))

    @Slot()
    def delete_team(self) -> None:
        team = self.current_team()
        if team is None or team.id < 0 or not self.context.can_edit:
            return
        if team.members == 0:
            members = self.tr("It has no members.")
        elif team.members == 1:
            members = self.tr("Its 1 member stays, without a team.")
        else:
            members = self.tr("Its %Ln members stay, without a team.", "", team.members)
        question = self.tr("Delete team “{0}”? {1}").format(team.name, members)
        if prompts.confirm(self, self.tr("Delete team"), question):
            self._push(commands.DeleteTeamCommand(self.context, team.id, team.name))
