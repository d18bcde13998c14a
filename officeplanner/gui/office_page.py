"""The Office page: sites → floors → zones → desks as a tree, edited with undo.

The item model is thin (like napari's ``_base_item_model``): it adapts a plain Python
snapshot of the four tables and is rebuilt when ``data_changed`` names one of them.
An office has hundreds or a few thousand desks, so a rebuild is a few milliseconds and
far simpler than patching rows. Every edit goes through a command in
:mod:`officeplanner.gui.commands`; the model never writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from officeplanner.edits import EditError
from officeplanner.edits import office as office_edits
from officeplanner.edits.office import Level
from officeplanner.gui import commands, prompts
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.core_text import in_user_language
from officeplanner.gui.dialogs import DeskDialog, SiteDialog
from officeplanner.gui.icons import icon
from officeplanner.store import OfficeFile, OfficeFileError
from officeplanner.wording import wording_of

#: Item data role carrying ``(Level, id)`` of a row.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

_OFFICE_TABLES = ("sites", "floors", "zones", "desks", "closures")

Index = QModelIndex | QPersistentModelIndex
#: The invisible root's index, as a default argument (one shared, never-modified instance).
_ROOT = QModelIndex()


@dataclass(eq=False)
class Node:
    """One row of the tree: a site, floor, zone or desk (or the invisible root)."""

    level: Level | None
    id: int
    name: str
    detail: str = ""
    tooltip: str = ""
    #: False for a desk that cannot be booked (zones count the bookable ones).
    bookable: bool = True
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    row: int = 0

    @property
    def key(self) -> tuple[Level | None, int]:
        return (self.level, self.id)

    def add(self, child: Node) -> Node:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child

    def ancestor(self, level: Level) -> Node | None:
        node: Node | None = self
        while node is not None and node.level is not level:
            node = node.parent
        return node


# Counted nouns in the user's language. "1 desk" is its own text so that English reads
# right without a translation file; "%Ln" writes the number with the locale's separators.
translate = QCoreApplication.translate


def _sites(n: int) -> str:
    return (
        translate("OfficePage", "1 site") if n == 1 else translate("OfficePage", "%Ln sites", "", n)
    )


def _floors(n: int) -> str:
    if n == 1:
        return translate("OfficePage", "1 floor")
    return translate("OfficePage", "%Ln floors", "", n)


def _zones(n: int) -> str:
    return (
        translate("OfficePage", "1 zone") if n == 1 else translate("OfficePage", "%Ln zones", "", n)
    )


def _desks(n: int) -> str:
    return (
        translate("OfficePage", "1 desk") if n == 1 else translate("OfficePage", "%Ln desks", "", n)
    )


def _bookings(n: int) -> str:
    if n == 1:
        return translate("OfficePage", "1 booking")
    return translate("OfficePage", "%Ln bookings", "", n)


def _attendance(n: int) -> str:
    if n == 1:
        return translate("OfficePage", "1 attendance record")
    return translate("OfficePage", "%Ln attendance records", "", n)


def _closure_days(n: int) -> str:
    if n == 1:
        return translate("OfficePage", "1 closure day")
    return translate("OfficePage", "%Ln closure days", "", n)


def level_name(level: Level) -> str:
    """The level's name as a heading ("Site", "Zone"…), in the user's language."""
    return {
        Level.SITE: translate("OfficePage", "Site"),
        Level.FLOOR: translate("OfficePage", "Floor"),
        Level.ZONE: translate("OfficePage", "Zone"),
        Level.DESK: translate("OfficePage", "Desk"),
    }[level]


def describe_deletion(level: Level, name: str, impact: dict[str, int]) -> str:
    """The confirmation "Delete zone “North” with its 12 desks and 3,402 bookings?".

    The core's :func:`~officeplanner.edits.office.describe_impact` says the same in
    English only; a whole sentence per level lets a translation inflect the noun.
    """
    counters = (
        ("floors", _floors),
        ("zones", _zones),
        ("desks", _desks),
        ("bookings", _bookings),
        ("attendance", _attendance),
        ("closures", _closure_days),
    )
    parts = [
        count(impact.get(table, 0))
        for table, count in counters
        if table != level.value and impact.get(table, 0)
    ]
    if not parts:
        alone = {
            Level.SITE: translate("OfficePage", "Delete site “{0}”? Nothing else goes with it."),
            Level.FLOOR: translate("OfficePage", "Delete floor “{0}”? Nothing else goes with it."),
            Level.ZONE: translate("OfficePage", "Delete zone “{0}”? Nothing else goes with it."),
            Level.DESK: translate("OfficePage", "Delete desk “{0}”? Nothing else goes with it."),
        }[level]
        return alone.format(name)
    tail = parts[-1]
    if len(parts) > 1:
        tail = translate("OfficePage", "{0} and {1}", "the last two of a list").format(
            translate("OfficePage", ", ", "list separator").join(parts[:-1]), tail
        )
    with_all = {
        Level.SITE: translate("OfficePage", "Delete site “{0}” with its {1}?"),
        Level.FLOOR: translate("OfficePage", "Delete floor “{0}” with its {1}?"),
        Level.ZONE: translate("OfficePage", "Delete zone “{0}” with its {1}?"),
        Level.DESK: translate("OfficePage", "Delete desk “{0}” with its {1}?"),
    }[level]
    return with_all.format(name, tail)


def load_tree(doc: OfficeFile | None) -> Node:
    """The office as a tree of Nodes (pure Python; four queries)."""
    root = Node(None, 0, "")
    if doc is None:
        return root
    conn = doc.conn
    sites: dict[int, Node] = {}
    floors: dict[int, Node] = {}
    zones: dict[int, Node] = {}
    for sid, name, tz, country, sub in conn.execute(
        "SELECT id, name, timezone, holiday_country, holiday_subdivision FROM sites ORDER BY name"
    ):
        region = f"{country}-{sub}" if sub else str(country)
        calendar = translate("OfficePage", "{0} · holidays {1}").format(tz, region)
        sites[sid] = root.add(Node(Level.SITE, sid, name, calendar, calendar))
    for fid, sid, name in conn.execute("SELECT id, site_id, name FROM floors ORDER BY name"):
        floors[fid] = sites[sid].add(Node(Level.FLOOR, fid, name))
    for zid, fid, name in conn.execute("SELECT id, floor_id, name FROM zones ORDER BY name"):
        zones[zid] = floors[fid].add(Node(Level.ZONE, zid, name))
    for did, zid, name, bookable, monitor, standing, accessible in conn.execute(
        "SELECT id, zone_id, name, bookable, monitor, standing, accessible FROM desks "
        "ORDER BY length(name), name"
    ):
        features = [
            label
            for flag, label in (
                (monitor, translate("OfficePage", "monitor")),
                (standing, translate("OfficePage", "standing")),
                (accessible, translate("OfficePage", "accessible")),
            )
            if flag
        ]
        if not bookable:
            features.insert(0, translate("OfficePage", "not bookable"))
        desk = Node(Level.DESK, did, name, ", ".join(features), bookable=bool(bookable))
        zones[zid].add(desk)
    for zone in zones.values():
        bookable = sum(1 for d in zone.children if d.bookable)
        zone.detail = _desks(len(zone.children))
        if bookable != len(zone.children):
            zone.detail = translate("OfficePage", "{0} (%Ln bookable)", "", bookable).format(
                zone.detail
            )
    for floor in floors.values():
        desks = sum(len(z.children) for z in floor.children)
        floor.detail = f"{_zones(len(floor.children))}, {_desks(desks)}"
    for site in sites.values():
        desks = sum(len(z.children) for f in site.children for z in f.children)
        site.detail = f"{_desks(desks)} · {site.detail}"
    return root


class OfficeTreeModel(QAbstractItemModel):
    """Adapts a :class:`Node` tree; column 0 is the name (editable), column 1 details."""

    #: Asked to rename an item; the page turns this into an undoable command.
    rename_requested = Signal(object, int, str)

    #: English source texts, shown translated (context "OfficeTreeModel").
    HEADERS: ClassVar = (
        str(QT_TRANSLATE_NOOP("OfficeTreeModel", "Name")),
        str(QT_TRANSLATE_NOOP("OfficeTreeModel", "Details")),
    )
    ICONS: ClassVar = {
        Level.SITE: "site",
        Level.FLOOR: "floor",
        Level.ZONE: "zone",
        Level.DESK: "desk",
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Node(None, 0, "")
        self.editable = False

    def set_root(self, root: Node) -> None:
        self.beginResetModel()
        self.root = root
        self.endResetModel()

    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self.root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def find(self, key: tuple[Level | None, int]) -> QModelIndex:
        def walk(node: Node) -> Node | None:
            for child in node.children:
                if child.key == key:
                    return child
                if child.level is not None and key[0] is not None:
                    levels = list(Level)
                    if levels.index(child.level) < levels.index(key[0]):
                        found = walk(child)
                        if found is not None:
                            return found
            return None

        found = walk(self.root)
        return QModelIndex() if found is None else self.createIndex(found.row, 0, found)

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() > 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return node.name if index.column() == 0 else node.detail
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and node.level:
            return icon(self.ICONS[node.level])
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == KEY_ROLE:
            return node.key
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 0 or not index.isValid():
            return False
        node = self.node(index)
        name = str(value).strip()
        if node.level is None or not name or name == node.name:
            return False
        self.rename_requested.emit(node.level, node.id, name)
        return False  # the rename reloads the tree when (if) it succeeds

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return translate("OfficeTreeModel", self.HEADERS[section])
        return None


class OfficePage(QWidget):
    """Sites, floors, zones and desks: add, rename, move, delete, properties."""

    title = "Office"

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = OfficeTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self._expanded: set[tuple[Level | None, int]] = set()

        self._build_actions()
        self._build_widgets()

        self.model.rename_requested.connect(self._rename_requested)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.expanded.connect(self._remember_expanded)
        self.tree.collapsed.connect(self._remember_collapsed)
        # Enter or a double-click (Windows, macOS) opens the properties.
        self.tree.activated.connect(self._double_clicked)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.filter_edit.textChanged.connect(self._filter_changed)
        context.document_changed.connect(self._document_changed)
        context.data_changed.connect(self._data_changed)
        context.read_only_changed.connect(self._read_only_changed)
        self._document_changed()

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
        self.add_site_action = self._action(
            self.tr("Add Site"),
            self.add_site,
            self.tr("Add a site (a building or office location)"),
            "site",
        )
        self.add_floor_action = self._action(
            self.tr("Add Floor"),
            self.add_floor,
            self.tr("Add a floor to the selected site"),
            "floor",
        )
        self.add_zone_action = self._action(
            self.tr("Add Zone"),
            self.add_zone,
            self.tr("Add a zone (area, wing) to the selected floor"),
            "zone",
        )
        self.add_desk_action = self._action(
            self.tr("Add Desk"), self.add_desk, self.tr("Add a desk to the selected zone"), "desk"
        )
        self.rename_action = self._action(
            self.tr("Rename"), self.rename_selected, self.tr("Rename the selection")
        )
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_action = self._action(
            self.tr("Move to Zone…"),
            self.move_selected_desks,
            self.tr("Move the selected desks to another zone"),
        )
        self.properties_action = self._action(
            self.tr("Properties…"),
            self.edit_properties,
            self.tr("Timezone, holidays and closures of a site; features of a desk"),
        )
        self.delete_action = self._action(
            self.tr("Delete"),
            self.delete_selected,
            self.tr("Delete the selection and everything in it"),
        )
        self.edit_actions = [
            self.add_site_action,
            self.add_floor_action,
            self.add_zone_action,
            self.add_desk_action,
            self.rename_action,
            self.move_action,
            self.properties_action,
            self.delete_action,
        ]
        for action in self.edit_actions:
            self.addAction(action)

    def _build_widgets(self) -> None:
        self.toolbar = QToolBar(self.tr("Office"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.edit_actions[:4]:
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in self.edit_actions[4:]:
            self.toolbar.addAction(action)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Find a site, floor, zone or desk…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Find in office"))

        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Office structure"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setMinimumWidth(220)
        self.details.setContentsMargins(12, 8, 12, 8)

        tree_side = QWidget(self)
        tree_layout = QVBoxLayout(tree_side)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.filter_edit)
        tree_layout.addWidget(self.tree)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(tree_side)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        # Empty state: an office without sites gets an explanation and one button. The
        # text sits in a column of bounded width so that word wrap measures its height.
        self.empty = QWidget(self)
        column = QWidget(self.empty)
        column.setMaximumWidth(560)
        column_layout = QVBoxLayout(column)
        self.empty_label = QLabel(
            self.tr(
                "<h3>This office has no sites yet</h3>"
                "<p>An office is sites → floors → zones → desks. Add a site to start, or "
                "import a desk list with <b>File ▸ Import…</b>.</p>"
            ),
            column,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_label.setWordWrap(True)
        column_layout.addWidget(self.empty_label)
        self.empty_button = QPushButton(self.tr("Add Site"), column)
        self.empty_button.clicked.connect(self.add_site)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        column_layout.addLayout(row)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(column, 4)
        centre.addStretch(1)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addLayout(centre)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget(self)
        self.content = splitter
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack)

    # -- state -----------------------------------------------------------------------------

    def current_node(self) -> Node | None:
        index = self.tree.currentIndex()
        if not index.isValid() or not self.tree.selectionModel().isSelected(index):
            selected = self.tree.selectionModel().selectedRows()
            if not selected:
                return None
            index = selected[0]
        node = self.model.node(self.proxy.mapToSource(index))
        return None if node.level is None else node

    def selected_nodes(self) -> list[Node]:
        nodes = [
            self.model.node(self.proxy.mapToSource(i))
            for i in self.tree.selectionModel().selectedRows()
        ]
        return [n for n in nodes if n.level is not None]

    def select(self, key: tuple[Level | None, int]) -> None:
        index = self.proxy.mapFromSource(self.model.find(key))
        if index.isValid():
            self.tree.scrollTo(index)
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def select_all(self) -> None:
        self.tree.selectAll()

    def reload(self) -> None:
        current = self.current_node()
        key = current.key if current is not None else None
        self.model.set_root(load_tree(self.context.doc))
        self.model.editable = self.context.can_edit
        for node_key in list(self._expanded):
            index = self.proxy.mapFromSource(self.model.find(node_key))
            if index.isValid():
                self.tree.expand(index)
        if key is not None:
            self.select(key)
        self.stack.setCurrentWidget(self.content if self.model.root.children else self.empty)
        self._update_actions()
        self._update_details()

    def _update_actions(self) -> None:
        editable = self.context.can_edit
        node = self.current_node()
        selected = self.selected_nodes()
        self.add_site_action.setEnabled(editable)
        self.empty_button.setEnabled(editable)
        self.add_floor_action.setEnabled(editable and node is not None)
        self.add_zone_action.setEnabled(
            editable and node is not None and node.level is not Level.SITE
        )
        self.add_desk_action.setEnabled(
            editable and node is not None and node.level in (Level.ZONE, Level.DESK)
        )
        self.rename_action.setEnabled(editable and node is not None)
        self.delete_action.setEnabled(editable and node is not None)
        self.properties_action.setEnabled(
            editable and node is not None and node.level in (Level.SITE, Level.DESK)
        )
        self.move_action.setEnabled(
            editable and bool(selected) and all(n.level is Level.DESK for n in selected)
        )

    def can_delete(self) -> bool:
        return self.delete_action.isEnabled()

    def _update_details(self) -> None:
        node = self.current_node()
        doc = self.context.doc
        if node is None or doc is None or node.level is None:
            sites = len(self.model.root.children)
            self.details.setText(
                self.tr("<p>Select a site, floor, zone or desk to see its details.</p>")
                + self.tr("<p>{0} in this office.</p>").format(_sites(sites))
                if sites
                else ""
            )
            return
        impact = office_edits.deletion_impact(doc, node.level, node.id)
        path: list[str] = []
        parent = node.parent
        while parent is not None and parent.level is not None:
            path.insert(0, parent.name)
            parent = parent.parent
        lines = [f"<h3>{_escape(node.name)}</h3>"]
        if path:
            lines.append(f"<p>{' › '.join(_escape(p) for p in path)}</p>")
        lines.append(f"<p><b>{level_name(node.level)}</b>")
        if node.detail:
            lines.append(f"<br>{_escape(node.detail)}")
        lines.append("</p>")
        recorded = self.tr("{0} recorded", "bookings recorded").format(
            _bookings(impact.get("bookings", 0))
        )
        lines.append(f"<p>{recorded}")
        if node.level is Level.SITE:
            closures = impact.get("closures", 0)
            lines.append(f"<br>{_closure_days(closures)}")
        lines.append("</p>")
        if self.context.read_only:
            lines.append(self.tr("<p><i>The file is open read-only.</i></p>"))
        elif node.level is Level.SITE:
            lines.append(
                self.tr("<p><i>Double-click for its timezone, holidays and closures.</i></p>")
            )
        elif node.level is Level.DESK:
            lines.append(self.tr("<p><i>Double-click to change its features or zone.</i></p>"))
        self.details.setText("".join(lines))

    # -- slots: context --------------------------------------------------------------------

    @Slot()
    def _document_changed(self) -> None:
        self._expanded = set()
        self.model.set_root(load_tree(self.context.doc))
        # Sites and floors start open: the zones are what a manager scans first.
        for site in self.model.root.children:
            self._expanded.add(site.key)
            for floor in site.children:
                self._expanded.add(floor.key)
        self.reload()

    @Slot(str)
    def _data_changed(self, table: str) -> None:
        if self.context.touches(table, *_OFFICE_TABLES):
            self.reload()
        elif table == "bookings":  # only the counts in the details panel show bookings
            self._update_details()

    @Slot(bool)
    def _read_only_changed(self, read_only: bool) -> None:
        self.model.editable = not read_only
        self._update_actions()
        self._update_details()

    @Slot()
    def _selection_changed(self) -> None:
        self._update_actions()
        self._update_details()

    @Slot(QModelIndex)
    def _remember_expanded(self, index: QModelIndex) -> None:
        self._expanded.add(self.model.node(self.proxy.mapToSource(index)).key)

    @Slot(QModelIndex)
    def _remember_collapsed(self, index: QModelIndex) -> None:
        self._expanded.discard(self.model.node(self.proxy.mapToSource(index)).key)

    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        node = self.model.node(self.proxy.mapToSource(index))
        if node.level in (Level.SITE, Level.DESK) and self.properties_action.isEnabled():
            self.edit_properties()

    @Slot("QPoint")
    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in self.edit_actions:
            menu.addAction(action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # -- editing ---------------------------------------------------------------------------

    def _push(self, command: commands.EditCommand) -> bool:
        try:
            commands.push(self.context, command)
        except (EditError, OfficeFileError) as exc:
            prompts.error(self, self.tr("Not changed"), in_user_language(wording_of(exc)))
            return False
        return True

    @Slot(object, int, str)
    def _rename_requested(self, level: Level, row_id: int, name: str) -> None:
        self._push(commands.RenameCommand(self.context, level, row_id, name))

    def _add(self, level: Level, parent: Node | None) -> None:
        doc = self.context.doc
        if doc is None or not self.context.can_edit:
            return
        parent_id = parent.id if parent is not None else None
        name = office_edits.suggest_name(doc, level, parent_id)
        command: commands.EditCommand
        if level is Level.SITE:
            command = commands.AddSiteCommand(self.context, name)
        else:
            assert parent is not None
            command = commands.AddChildCommand(self.context, level, parent.id, name)
            self._expanded.add(parent.key)
            index = self.proxy.mapFromSource(self.model.find(parent.key))
            if index.isValid():
                self.tree.expand(index)
        if not self._push(command):
            return
        new_id = (
            command.site_id
            if isinstance(command, commands.AddSiteCommand)
            else getattr(command, "row_id", None)
        )
        if new_id is None:
            return
        self.reload()
        self.select((level, new_id))
        # Let the user type the real name straight away, as in a file manager.
        if self.isVisible():
            self.tree.edit(self.tree.currentIndex())

    @Slot()
    def add_site(self) -> None:
        self._add(Level.SITE, None)

    @Slot()
    def add_floor(self) -> None:
        node = self.current_node()
        if node is not None:
            self._add(Level.FLOOR, node.ancestor(Level.SITE))

    @Slot()
    def add_zone(self) -> None:
        node = self.current_node()
        floor = node.ancestor(Level.FLOOR) if node else None
        if floor is not None:
            self._add(Level.ZONE, floor)

    @Slot()
    def add_desk(self) -> None:
        node = self.current_node()
        zone = node.ancestor(Level.ZONE) if node else None
        if zone is not None:
            self._add(Level.DESK, zone)

    @Slot()
    def rename_selected(self) -> None:
        node = self.current_node()
        if node is None or node.level is None or not self.context.can_edit:
            return
        title, label = {
            Level.SITE: (self.tr("Rename site"), self.tr("New name of site “{0}”:")),
            Level.FLOOR: (self.tr("Rename floor"), self.tr("New name of floor “{0}”:")),
            Level.ZONE: (self.tr("Rename zone"), self.tr("New name of zone “{0}”:")),
            Level.DESK: (self.tr("Rename desk"), self.tr("New name of desk “{0}”:")),
        }[node.level]
        name = prompts.ask_text(self, title, label.format(node.name), node.name)
        if name is not None and name.strip() and name.strip() != node.name:
            self._push(commands.RenameCommand(self.context, node.level, node.id, name))

    @Slot()
    def delete_selected(self) -> None:
        node = self.current_node()
        doc = self.context.doc
        if node is None or node.level is None or doc is None or not self.context.can_edit:
            return
        impact = office_edits.deletion_impact(doc, node.level, node.id)
        text = describe_deletion(node.level, node.name, impact)
        if impact.get("bookings", 0):
            text += "\n\n" + self.tr(
                "The bookings are removed from the file. Edit ▸ Undo brings them back."
            )
        if impact.get("bookings", 0) > 50_000:
            text += " " + self.tr("Removing this many takes a few seconds.")
        title = {
            Level.SITE: self.tr("Delete site"),
            Level.FLOOR: self.tr("Delete floor"),
            Level.ZONE: self.tr("Delete zone"),
            Level.DESK: self.tr("Delete desk"),
        }[node.level]
        if prompts.confirm(self, title, text):
            self._push(commands.DeleteCommand(self.context, node.level, node.id, node.name))

    @Slot()
    def move_selected_desks(self) -> None:
        desks = [n for n in self.selected_nodes() if n.level is Level.DESK]
        doc = self.context.doc
        if not desks or doc is None or not self.context.can_edit:
            return
        zones = [
            (int(zid), str(label))
            for zid, label in doc.conn.execute(
                "SELECT z.id, s.name || ' › ' || f.name || ' › ' || z.name FROM zones z "
                "JOIN floors f ON f.id = z.floor_id JOIN sites s ON s.id = f.site_id "
                "ORDER BY s.name, f.name, z.name"
            )
        ]
        current_zone = desks[0].parent.id if desks[0].parent else 0
        current = next((i for i, (zid, _) in enumerate(zones) if zid == current_zone), 0)
        label = (
            self.tr("Move desk to zone:")
            if len(desks) == 1
            else self.tr("Move %Ln desks to zone:", "", len(desks))
        )
        choice = prompts.ask_item(
            self, self.tr("Move desks"), label, [z[1] for z in zones], current
        )
        if choice is None:
            return
        zone_id, zone_label = next(z for z in zones if z[1] == choice)
        if all(d.parent is not None and d.parent.id == zone_id for d in desks):
            return
        self._push(
            commands.MoveDesksCommand(
                self.context, [d.id for d in desks], zone_id, zone_label.split(" › ")[-1]
            )
        )

    @Slot()
    def edit_properties(self) -> None:
        node = self.current_node()
        doc = self.context.doc
        if node is None or doc is None or not self.context.can_edit:
            return
        if node.level is Level.DESK:
            self._edit_desk(doc, node)
        elif node.level is Level.SITE:
            self._edit_site(doc, node)

    def _edit_desk(self, doc: OfficeFile, node: Node) -> None:
        dialog = DeskDialog(doc, node.id, self)
        if not prompts.run_dialog(dialog):
            return
        new, old = dialog.changes(), dialog.original
        steps: list[commands.EditCommand] = []
        if new.name != old.name:
            steps.append(commands.RenameCommand(self.context, Level.DESK, node.id, new.name))
        if new.zone_id != old.zone_id:
            zone = str(doc.scalar("SELECT name FROM zones WHERE id = ?", (new.zone_id,)))
            steps.append(commands.MoveDesksCommand(self.context, [node.id], new.zone_id, zone))
        if new.features != old.features:
            steps.append(commands.SetDeskFeaturesCommand(self.context, node.id, new.features))
        self._push_macro(self.tr("Edit desk “{0}”").format(old.name), steps)

    def _edit_site(self, doc: OfficeFile, node: Node) -> None:
        dialog = SiteDialog(doc, node.id, self)
        if not prompts.run_dialog(dialog):
            return
        steps: list[commands.EditCommand] = []
        if dialog.name() != dialog.original_name:
            steps.append(commands.RenameCommand(self.context, Level.SITE, node.id, dialog.name()))
        calendar = office_edits.check_site_calendar(dialog.calendar())
        if calendar != dialog.original:
            steps.append(commands.SetSiteCalendarCommand(self.context, node.id, calendar))
        for closure in dialog.removed:
            steps.append(commands.RemoveClosureCommand(self.context, closure.id, closure.date))
        for day, reason in dialog.added:
            steps.append(commands.AddClosureCommand(self.context, node.id, day, reason))
        self._push_macro(self.tr("Edit site “{0}”").format(dialog.original_name), steps)

    def _push_macro(self, text: str, steps: list[commands.EditCommand]) -> None:
        """Several commands as one undo step ("Edit desk"), all or none; one as itself."""
        step = commands.as_one_step(self.context, text, steps)
        if step is not None:
            self._push(step)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
