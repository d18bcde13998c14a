"""The application shell: menus, navigation between pages, opening and closing files.

The window owns the :class:`DocumentContext` and nothing about the data: pages are
built as ``Page(context, parent)`` from the table :data:`PAGES` and listen to the
context. A page is built (and its module imported) the first time it is shown, not
with the window: the window paints sooner, and opening a file pays only for the page
the user looks at. So a page's constructor must take the context's current document.

Blocking questions go through :mod:`officeplanner.gui.prompts` so tests can answer
them; every action is declared in :mod:`officeplanner.gui.actions`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QWidget,
)

from officeplanner import __version__
from officeplanner.domain import OFFICE_FILE_SUFFIX
from officeplanner.gui import prompts, settings
from officeplanner.gui.actions import SPECS, MainAction, create_actions
from officeplanner.gui.context import DocumentContext
from officeplanner.gui.forms.ui_main_window import Ui_MainWindow
from officeplanner.gui.i18n import LanguageMenu
from officeplanner.gui.icons import icon
from officeplanner.gui.settings import Settings
from officeplanner.gui.theme import AppearanceMenu

if TYPE_CHECKING:
    from officeplanner.gui.welcome import DemoBanner, WelcomePage
from officeplanner.store.errors import (
    FileBusyError,
    FileInUseError,
    Holder,
    OfficeFileError,
    ReadOnlyFileError,
)

#: The product's name: not translated.
APP_TITLE: Final = "Office Planner"
IMPORT_SUFFIXES: Final = frozenset({".csv", ".xlsx", ".txt", ".tsv"})
#: The read-only banner: a warm note, with its own text colour so it reads in dark mode.
READ_ONLY_STYLE: Final = (
    "QFrame#readOnlyBar { background: #fff4ce; border: none; border-bottom: 1px solid #e3c770; }"
    " QFrame#readOnlyBar QLabel { color: #4d3800; }"
)
#: How often the status bar re-reads who holds a file we opened read-only.
HOLDER_POLL_MS: Final = 15_000


class PageSpec(NamedTuple):
    key: str
    #: English source text; shown through :meth:`display_title` (translated).
    title: str
    module: str
    cls: str
    icon: str

    @property
    def display_title(self) -> str:
        """The title in the user's language (the table holds the English source)."""
        return QCoreApplication.translate("MainWindow", self.title)


#: The navigation pane, in order. Modules that do not exist (yet) are skipped.
PAGES: Final = (
    PageSpec(
        "office",
        str(QT_TRANSLATE_NOOP("MainWindow", "Office")),
        "officeplanner.gui.office_page",
        "OfficePage",
        "site",
    ),
    PageSpec(
        "people",
        str(QT_TRANSLATE_NOOP("MainWindow", "People & teams")),
        "officeplanner.gui.people_page",
        "PeoplePage",
        "team",
    ),
    PageSpec(
        "bookings",
        str(QT_TRANSLATE_NOOP("MainWindow", "Bookings")),
        "officeplanner.gui.bookings_page",
        "BookingsPage",
        "bookings",
    ),
    PageSpec(
        "dashboard",
        str(QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
        "officeplanner.gui.dashboard_page",
        "DashboardPage",
        "chart",
    ),
    PageSpec(
        "planner",
        str(QT_TRANSLATE_NOOP("MainWindow", "Planner")),
        "officeplanner.gui.planner_page",
        "PlannerPage",
        "planner",
    ),
)


def file_filter() -> str:
    """The open/save dialogs' filter, in the user's language (the patterns stay)."""
    return QCoreApplication.translate(
        "MainWindow", "Office files (*{suffix});;All files (*)"
    ).format(suffix=OFFICE_FILE_SUFFIX)


def describe_since(since: str) -> str:
    """An ISO UTC time as the user's local date and time ("2026-11-23 09:41")."""
    try:
        return datetime.fromisoformat(since).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return since


def describe_holder(holder: Holder) -> str:
    return QCoreApplication.translate("MainWindow", "{user} on {host} (since {since})").format(
        user=holder.user, host=holder.host, since=describe_since(holder.since)
    )


def module_available(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


class LazyPages(Mapping[str, QWidget]):
    """The pages by key; each is built by ``build`` the first time it is looked up."""

    def __init__(self, specs: list[PageSpec], build: Callable[[PageSpec], QWidget]) -> None:
        self._specs = {spec.key: spec for spec in specs}
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._build(self._specs[key])
        return page

    def __contains__(self, key: object) -> bool:
        # Mapping's own __contains__ looks the key up, which would build the page.
        return key in self._specs

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def is_built(self, key: str) -> bool:
        return key in self._built


def start_up_file(app_settings: Settings, file: Path | None = None) -> Path | None:
    """The office file :meth:`MainWindow.start` will open: FILE, else the last one."""
    if file is not None and file.suffix.lower() not in IMPORT_SUFFIXES:
        return file
    last = app_settings.get(settings.LAST_FILE)
    return Path(last) if last and Path(last).exists() else None


class MainWindow(QMainWindow):
    """Office Planner's main window."""

    #: Once, just after the window was first painted: start-up work that can wait
    #: (opening the start-up file, the log file) connects here, so the user sees the
    #: window before it runs. A zero timer at show() is not enough: it can run first.
    first_painted = Signal()

    def __init__(
        self,
        app_settings: Settings | None = None,
        parent: QWidget | None = None,
        *,
        opening: Path | None = None,
    ):
        """``opening``: the file :meth:`start` is about to open. Until it has, the page
        area says so instead of showing the welcome page for a moment (and the welcome
        page is only built if it is needed)."""
        super().__init__(parent)
        self._painted = False
        self._welcome: WelcomePage | None = None
        self._demo_banner: DemoBanner | None = None
        self._opening: QLabel | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("officeplanner"))
        self.settings = app_settings if app_settings is not None else Settings()
        self.context = DocumentContext(self.settings, self)
        specs = [spec for spec in PAGES if module_available(spec.module)]
        self.pages = LazyPages(specs, self._build_page)
        self._page_keys = [spec.key for spec in specs]
        self._guide: QDialog | None = None
        self._demo_task: Any = None
        self._pending_drop: Path | None = None

        self.main_actions = create_actions(
            self,
            {
                MainAction.NEW: self.new_file,
                MainAction.OPEN: self.open_file,
                MainAction.SAVE_COPY: self.save_copy,
                MainAction.IMPORT: self.import_data,
                MainAction.EXPORT: self.export_data,
                MainAction.CLOSE: self.close_file,
                MainAction.QUIT: self.quit,
                MainAction.DELETE: self.delete_selection,
                MainAction.SELECT_ALL: self.select_all,
                MainAction.SHOW_NAVIGATION: self.show_navigation,
                MainAction.SHOW_HISTORY: self.show_history,
                MainAction.FULL_SCREEN: self.full_screen,
                MainAction.USER_GUIDE: self.show_user_guide,
                MainAction.OPEN_DEMO: self.open_demo,
                MainAction.ABOUT: self.show_about,
            },
        )
        stack = self.context.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(icon("redo"))
        self._import_available = module_available("officeplanner.gui.import_wizard")
        self._export_available = module_available("officeplanner.gui.export_dialog")

        self._build_pages()
        self._build_menus()
        self._build_status_bar()
        self._build_history_dock()

        self.ui.navList.currentRowChanged.connect(self._page_chosen)
        self.context.document_changed.connect(self._document_changed)
        self.context.read_only_changed.connect(self._read_only_changed)
        stack.indexChanged.connect(self._undo_index_changed)
        self.ui.reopenButton.clicked.connect(self.reopen_for_editing)
        self.ui.readOnlyBar.setStyleSheet(READ_ONLY_STYLE)
        self.ui.menuRecent.aboutToShow.connect(self._fill_recent_menu)
        self.ui.menuEdit.aboutToShow.connect(self._edit_menu_showing)
        self.ui.menuEdit.aboutToHide.connect(self._update_actions)
        self.ui.menuRecent.triggered.connect(self._recent_chosen)
        self._holder_timer = QTimer(self)
        self._holder_timer.setInterval(HOLDER_POLL_MS)
        self._holder_timer.timeout.connect(self._update_holder)

        if opening is not None:
            self._opening = QLabel(
                self.tr("Opening “{file}”…").format(file=opening.name), self.ui.pages
            )
            self._opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.ui.pages.addWidget(self._opening)
        self._restore_window()
        self._document_changed()

    # -- construction ----------------------------------------------------------------------

    @property
    def welcome(self) -> WelcomePage:
        """The page shown when no file is open, built the first time it is needed."""
        if self._welcome is None:
            from officeplanner.gui.welcome import WelcomePage

            self._welcome = WelcomePage(self)
            self.ui.pages.addWidget(self._welcome)
            self._welcome.demo_button.clicked.connect(self.open_demo)
            self._welcome.new_button.clicked.connect(self.new_file)
            self._welcome.import_button.clicked.connect(self.new_office_then_import)
            self._welcome.open_button.clicked.connect(self.open_file)
            self._welcome.open_recent.connect(self._open_recent_path)
        return self._welcome

    @property
    def demo_banner(self) -> DemoBanner:
        """The one-time note over the demo office, built when first armed or asked for."""
        if self._demo_banner is None:
            from officeplanner.gui.welcome import DemoBanner

            self._demo_banner = DemoBanner(self.settings, self)
            self.ui.centralLayout.insertWidget(0, self._demo_banner)
            self._demo_banner.start_new.connect(self.new_file)
            self._demo_banner.open_file.connect(self.open_file)
        return self._demo_banner

    def _no_file_page(self) -> QWidget:
        """While the start-up file opens: the note saying so; else the welcome page."""
        return self._opening if self._opening is not None else self.welcome

    def _build_pages(self) -> None:
        for spec in PAGES:
            if spec.key in self.pages:
                item = QListWidgetItem(icon(spec.icon), spec.display_title)
                item.setData(Qt.ItemDataRole.UserRole, spec.key)
                self.ui.navList.addItem(item)
        self.ui.splitter.setSizes([180, 1000])
        self.ui.splitter.setStretchFactor(1, 1)

    def _build_page(self, spec: PageSpec) -> QWidget:
        page: QWidget = getattr(importlib.import_module(spec.module), spec.cls)(
            self.context, self.ui.pages
        )
        self.ui.pages.addWidget(page)
        return page

    def _build_menus(self) -> None:
        a = self.main_actions
        file_menu = self.ui.menuFile
        file_menu.addAction(a[MainAction.NEW])
        file_menu.addAction(a[MainAction.OPEN])
        file_menu.addMenu(self.ui.menuRecent)
        file_menu.addSeparator()
        file_menu.addAction(a[MainAction.SAVE_COPY])
        file_menu.addSeparator()
        file_menu.addAction(a[MainAction.IMPORT])
        file_menu.addAction(a[MainAction.EXPORT])
        file_menu.addSeparator()
        file_menu.addAction(a[MainAction.CLOSE])
        file_menu.addSeparator()
        file_menu.addAction(a[MainAction.QUIT])

        edit_menu = self.ui.menuEdit
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(a[MainAction.DELETE])
        edit_menu.addAction(a[MainAction.SELECT_ALL])

        view_menu = self.ui.menuView
        self.page_actions: list[QAction] = []
        for n, key in enumerate(self._page_keys):
            spec = next(s for s in PAGES if s.key == key)
            action = QAction(spec.display_title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            action.setData(n)
            action.setCheckable(True)
            action.triggered.connect(self._page_action)
            view_menu.addAction(action)
            self.page_actions.append(action)
        view_menu.addSeparator()
        view_menu.addAction(a[MainAction.SHOW_NAVIGATION])
        view_menu.addAction(a[MainAction.SHOW_HISTORY])
        view_menu.addSeparator()
        view_menu.addAction(a[MainAction.FULL_SCREEN])
        self.appearance_menu = AppearanceMenu(self.settings, view_menu)
        view_menu.addMenu(self.appearance_menu)
        self.language_menu = LanguageMenu(self.settings, view_menu)
        view_menu.addMenu(self.language_menu)

        help_menu = self.ui.menuHelp
        help_menu.addAction(a[MainAction.USER_GUIDE])
        help_menu.addAction(a[MainAction.OPEN_DEMO])
        help_menu.addSeparator()
        help_menu.addAction(a[MainAction.ABOUT])

        a[MainAction.SHOW_NAVIGATION].setChecked(True)
        if not self._import_available:
            a[MainAction.IMPORT].setToolTip(self.tr("Importing is not available in this build"))
        if not self._export_available:
            a[MainAction.EXPORT].setToolTip(self.tr("Exporting is not available in this build"))

    def _build_status_bar(self) -> None:
        self.holder_label = QLabel(self)
        self.holder_label.setAccessibleName(self.tr("Who holds the file"))
        self.undo_label = QLabel(self)
        self.undo_label.setAccessibleName(self.tr("Undo state"))
        self.ui.statusbar.addPermanentWidget(self.undo_label)
        self.ui.statusbar.addPermanentWidget(self.holder_label)

    def _build_history_dock(self) -> None:
        self.history_dock = QDockWidget(self.tr("Undo History"), self)
        self.history_dock.setObjectName("historyDock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.history_dock.visibilityChanged.connect(self._history_visibility)

    def _restore_window(self) -> None:
        geometry = self.settings.get(settings.WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1280, int(screen.width() * 0.9)), min(800, int(screen.height() * 0.9)))
        state = self.settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        self.main_actions[MainAction.SHOW_HISTORY].setChecked(self.history_dock.isVisibleTo(self))
        key = self.settings.get(settings.CURRENT_PAGE)
        self.show_page(
            key if key in self.pages else (self._page_keys[0] if self._page_keys else "")
        )

    # -- pages -----------------------------------------------------------------------------

    def current_page(self) -> QWidget | None:
        widget = self.ui.pages.currentWidget()
        return None if widget in (self._welcome, self._opening) else widget

    def show_page(self, key: str) -> None:
        if key in self._page_keys:
            self.ui.navList.setCurrentRow(self._page_keys.index(key))

    @Slot(int)
    def _page_chosen(self, row: int) -> None:
        if self.context.doc is None or not 0 <= row < len(self._page_keys):
            self.ui.pages.setCurrentWidget(self._no_file_page())
        else:
            self.ui.pages.setCurrentWidget(self.pages[self._page_keys[row]])
            self.settings.set(settings.CURRENT_PAGE, self._page_keys[row])
        for n, action in enumerate(self.page_actions if hasattr(self, "page_actions") else []):
            action.setChecked(n == row)
        self._update_actions()

    @Slot()
    def _page_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.ui.navList.setCurrentRow(int(action.data()))

    # -- opening and closing ---------------------------------------------------------------

    def open_path(
        self, path: Path | str, *, read_only: bool = False, take_over: bool = False
    ) -> bool:
        """Open ``path``; when someone else holds it, ask whether to open it read-only
        (or, as a last resort for a lock nobody can clear, for editing anyway)."""
        from officeplanner.store import OfficeFile  # sqlite3 and the schema: not at start

        # Absolute, so that a recent entry opens from wherever the app is started next
        # and one file never appears twice under two spellings.
        path = Path(path).absolute()
        try:
            doc = OfficeFile.open(path, read_only=read_only, take_over=take_over)
        except FileInUseError as exc:
            choice = prompts.ask_open_read_only(
                self,
                self.tr("File in use"),
                self.tr("“{file}” is open for editing by {holder}.").format(
                    file=path.name, holder=describe_holder(exc.holder)
                ),
                self.tr(
                    "Open it read-only to look at everything; editing stays switched off. "
                    "To edit, ask them to close it, then open it again. Only if their "
                    "computer crashed and cannot close it, open it for editing anyway."
                ),
                can_take_over=True,
            )
            if choice is prompts.OpenChoice.TAKE_OVER:
                return self.open_path(path, take_over=True)
            if choice is not prompts.OpenChoice.READ_ONLY:
                return False
            return self.open_path(path, read_only=True)
        except ReadOnlyFileError:
            choice = prompts.ask_open_read_only(
                self,
                self.tr("Read-only file"),
                self.tr(
                    "“{file}” cannot be changed: the file or its folder is read-only "
                    "(for example a read-only network share)."
                ).format(file=path.name),
                self.tr("Open it read-only to look at everything; editing stays switched off."),
            )
            if choice is not prompts.OpenChoice.READ_ONLY:
                return False
            return self.open_path(path, read_only=True)
        except OfficeFileError as exc:
            prompts.error(self, self.tr("Cannot open file"), str(exc))
            if not isinstance(exc, FileBusyError):  # gone, not ours, damaged or too new
                self.settings.remove_recent_file(str(path))
                if self.settings.get(settings.LAST_FILE) == str(path):
                    self.settings.set(settings.LAST_FILE, "")  # not again at every start
            return False
        self.context.set_document(doc)
        self.settings.add_recent_file(str(path))
        self.settings.set(settings.LAST_FILE, str(path))
        self.settings.set(settings.LAST_OPEN_FOLDER, str(path.parent))
        if self._welcome is not None:
            self._welcome.set_recent(self.settings.get(settings.RECENT_FILES))
        return True

    @Slot()
    def open_file(self) -> None:
        folder = self.settings.get(settings.LAST_OPEN_FOLDER) or str(Path.home())
        path = prompts.open_file_name(self, self.tr("Open Office File"), folder, file_filter())
        if path is not None:
            self.open_path(path)

    @Slot()
    def new_file(self) -> None:
        """File ▸ New: the guided setup (welcome.py/setup_wizard.py), then open the file."""
        self._run_setup(import_first=False)

    @Slot()
    def new_office_then_import(self) -> None:
        """A new office filled from a spreadsheet: the setup on "import", then the import."""
        self._run_setup(import_first=True)

    def _run_setup(self, *, import_first: bool) -> None:
        from officeplanner.gui.setup_wizard import SetupChoice, SetupWizard

        folder = self.settings.get(settings.LAST_OPEN_FOLDER) or str(Path.home())
        choice = SetupChoice.IMPORT if import_first else SetupChoice.STEPS
        wizard = SetupWizard(folder, self, choice)
        try:
            if not prompts.run_dialog(wizard) or wizard.created_path is None:
                return
            if not self.open_path(wizard.created_path):
                return
            self.show_page("office")
            if wizard.choice is SetupChoice.IMPORT:
                self.open_import(None)
        finally:
            wizard.deleteLater()

    @Slot()
    def save_copy(self) -> None:
        doc = self.context.doc
        if doc is None:
            return
        copy_name = self.tr("{name} copy").format(name=doc.path.stem)
        suggestion = doc.path.with_name(f"{copy_name}{OFFICE_FILE_SUFFIX}")
        title = self.tr("Save a Copy")
        path = prompts.save_file_name(self, title, str(suggestion), file_filter())
        if path is None:
            return
        if path.suffix != OFFICE_FILE_SUFFIX:
            path = path.with_name(path.name + OFFICE_FILE_SUFFIX)
        if path.resolve() == doc.path.resolve():
            prompts.error(self, title, self.tr("Choose another name: this is the open file."))
            return
        try:
            doc.save_copy(path)
        except OfficeFileError as exc:
            prompts.error(
                self, title, self.tr("The copy could not be written: {error}").format(error=exc)
            )
            return
        self.ui.statusbar.showMessage(self.tr("Saved a copy as {path}").format(path=path), 8000)

    @Slot()
    def close_file(self) -> None:
        self.context.set_document(None)
        self.settings.set(settings.LAST_FILE, "")

    @Slot()
    def quit(self) -> None:
        self.close()

    @Slot()
    def open_demo(self) -> None:
        """Open the demo office, creating it first (on a worker thread) if needed."""
        try:
            from officeplanner.demo.files import default_demo_path, ensure_demo_office
        except ImportError:
            prompts.error(
                self, self.tr("Demo office"), self.tr("The demo office is not part of this build.")
            )
            return
        path = default_demo_path()
        if path.exists():
            self.open_path(path)
            return
        from officeplanner.gui.worker import Task

        self.context.set_document(None)
        self.welcome.set_busy(self.tr("Creating the demo office…"))
        self._demo_task = Task(_DemoJob(ensure_demo_office, path), self)
        self._demo_task.succeeded.connect(self._demo_ready)
        self._demo_task.failed.connect(self._demo_failed)
        self._demo_task.start()

    @Slot(object)
    def _demo_ready(self, path: object) -> None:
        self.welcome.set_busy("")
        self._demo_task = None
        self.open_path(Path(str(path)))

    @Slot(object)
    def _demo_failed(self, exc: object) -> None:
        self.welcome.set_busy("")
        self._demo_task = None
        prompts.error(
            self,
            self.tr("Demo office"),
            self.tr("The demo office could not be created: {error}").format(error=exc),
        )

    def start(self, file: Path | None = None) -> None:
        """What the app opens at start-up: FILE, else the last file, else the demo (once)."""
        try:
            self._start(file)
        finally:
            if self._opening is not None:
                self.ui.pages.removeWidget(self._opening)
                self._opening.deleteLater()
                self._opening = None
                if self.context.doc is None:
                    self._document_changed()  # the welcome page, now

    def _start(self, file: Path | None) -> None:
        if file is not None:
            if file.suffix.lower() in IMPORT_SUFFIXES:
                self._open_first_then_import(file)
            else:
                self.open_path(file)
            return
        last = self.settings.get(settings.LAST_FILE)
        if last and Path(last).exists() and self.open_path(Path(last)):
            return
        if not self.settings.get(settings.FIRST_RUN_DONE):
            self.settings.set(settings.FIRST_RUN_DONE, True)
            self.demo_banner.arm()  # a one-time note: this is the demo, start your own
            self.open_demo()

    def _open_first_then_import(self, file: Path) -> None:
        last = self.settings.get(settings.LAST_FILE)
        if last and Path(last).exists() and self.open_path(Path(last)):
            self.open_import(file)

    # -- recent files ----------------------------------------------------------------------

    @Slot()
    def _fill_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        recent = self.settings.get(settings.RECENT_FILES)
        for n, path in enumerate(recent):
            label = f"&{n + 1} {Path(path).name}" if n < 9 else Path(path).name
            action = menu.addAction(label)
            action.setData(path)
            action.setToolTip(path)
            action.setStatusTip(path)
        if recent:
            menu.addSeparator()
            clear = menu.addAction(self.tr("Clear Menu"))
            clear.setData("")
        else:
            menu.addAction(self.tr("No recent files")).setEnabled(False)

    @Slot(QAction)
    def _recent_chosen(self, action: QAction) -> None:
        path = action.data()
        if path == "":
            self.settings.set(settings.RECENT_FILES, [])
            if self._welcome is not None:
                self._welcome.set_recent([])
        elif isinstance(path, str):
            self._open_recent_path(path)

    @Slot(str)
    def _open_recent_path(self, path: str) -> None:
        if not Path(path).exists():
            prompts.error(
                self,
                self.tr("Open Recent"),
                self.tr("“{path}” no longer exists; it is removed from the list.").format(
                    path=path
                ),
            )
            remaining = self.settings.remove_recent_file(path)
            if self._welcome is not None:
                self._welcome.set_recent(remaining)
            return
        self.open_path(Path(path))

    # -- import / export -------------------------------------------------------------------

    @Slot()
    def import_data(self) -> None:
        self.open_import(None)

    def open_import(self, path: Path | None) -> None:
        """The import wizard (the other GUI module), on ``path`` when given (a drop)."""
        if self.context.doc is None or not self.context.can_edit:
            prompts.error(
                self, self.tr("Import"), self.tr("Open an office file for editing first.")
            )
            return
        if not self._import_available:
            prompts.error(
                self, self.tr("Import"), self.tr("Importing is not available in this build.")
            )
            return
        module = importlib.import_module("officeplanner.gui.import_wizard")
        # The wizard announces what it wrote (data_changed) itself.
        prompts.run_dialog(module.ImportWizard(self.context, path, self))

    @Slot()
    def export_data(self) -> None:
        if self.context.doc is None or not self._export_available:
            return
        module = importlib.import_module("officeplanner.gui.export_dialog")
        prompts.run_dialog(module.ExportDialog(self.context, self))

    # -- edit menu -------------------------------------------------------------------------

    @Slot()
    def delete_selection(self) -> None:
        page = self.current_page()
        handler = getattr(page, "delete_selected", None)
        if callable(handler) and self.context.can_edit:
            handler()

    @Slot()
    def _edit_menu_showing(self) -> None:
        """Grey out Delete in the open menu when the page has nothing selected to delete.

        Only while the menu is open: the Delete key must keep reaching the page, which
        ignores it when nothing is selected.
        """
        can_delete = getattr(self.current_page(), "can_delete", None)
        if callable(can_delete) and not can_delete():
            self.main_actions[MainAction.DELETE].setEnabled(False)

    @Slot()
    def select_all(self) -> None:
        # Text fields keep their own Select All; otherwise the page's list.
        focus = QApplication.focusWidget()
        if focus is not None and hasattr(focus, "selectAll") and not hasattr(focus, "model"):
            focus.selectAll()
            return
        page = self.current_page()
        handler = getattr(page, "select_all", None)
        if callable(handler):
            handler()

    # -- view / help -----------------------------------------------------------------------

    @Slot(bool)
    def show_navigation(self, visible: bool) -> None:
        self.ui.navList.setVisible(visible and self.context.doc is not None)

    @Slot(bool)
    def show_history(self, visible: bool) -> None:
        self.history_dock.setVisible(visible)

    @Slot(bool)
    def _history_visibility(self, visible: bool) -> None:
        if visible and self.history_dock.widget() is None:
            # Built when first shown: the window is painted sooner without it.
            from PySide6.QtWidgets import QUndoView

            view = QUndoView(self.context.undo_stack, self.history_dock)
            view.setEmptyLabel(self.tr("<file as opened>"))
            self.history_dock.setWidget(view)
        action = self.main_actions[MainAction.SHOW_HISTORY]
        if action.isChecked() != visible and not self.isMinimized():
            action.setChecked(visible)

    @Slot(bool)
    def full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    @Slot()
    def show_user_guide(self) -> None:
        from officeplanner.gui.guide import UserGuideDialog

        if self._guide is None:
            self._guide = UserGuideDialog(self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    @Slot()
    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version

        from officeplanner.gui.errors import default_log_dir

        doc = self.context.doc
        pitch = self.tr(
            "Plan hybrid work offline: desk bookings, space utilisation, popular "
            "office days and team anchor days, from one file you own."
        )
        places = self.tr("Open file: {file}<br>Settings: {settings}<br>Log files: {logs}").format(
            file=_escape(str(doc.path)) if doc else self.tr("none"),
            settings=_escape(self.settings.store.fileName()),
            logs=_escape(str(default_log_dir())),
        )
        prompts.about(
            self,
            self.tr("About {app}").format(app=APP_TITLE),
            f"<h3>{APP_TITLE} {__version__}</h3><p>{pitch}</p><p>{places}</p>"
            f"<p>Qt for Python (PySide6) {pyside_version}</p>",
        )

    # -- reacting to the document ----------------------------------------------------------

    @Slot()
    def _document_changed(self) -> None:
        doc = self.context.doc
        # No file: the welcome page alone, without pages to navigate to.
        self.ui.navList.setVisible(
            doc is not None and self.main_actions[MainAction.SHOW_NAVIGATION].isChecked()
        )
        if doc is None:
            page = self._no_file_page()
            self.ui.pages.setCurrentWidget(page)
            if page is self._welcome:
                self._welcome.set_recent(self.settings.get(settings.RECENT_FILES))
        else:
            self._page_chosen(self.ui.navList.currentRow())
        if self._demo_banner is not None:
            self._demo_banner.document_changed(doc.path if doc is not None else None)
        self._update_title()
        self._update_holder()
        self._undo_index_changed()
        self._update_actions()
        if doc is not None and doc.read_only:
            self._holder_timer.start()
        else:
            self._holder_timer.stop()

    @Slot(bool)
    def _read_only_changed(self, read_only: bool) -> None:
        self._update_title()
        self._update_actions()

    def _update_title(self) -> None:
        doc = self.context.doc
        if doc is None:
            self.setWindowTitle(APP_TITLE)
            self.setWindowFilePath("")
            return
        title = (
            self.tr("{file} [read-only] — {app}") if doc.read_only else self.tr("{file} — {app}")
        )
        self.setWindowTitle(title.format(file=doc.path.name, app=APP_TITLE))
        self.setWindowFilePath(str(doc.path))

    @Slot()
    def _update_holder(self) -> None:
        """Say whether changes are saved, or why the file is read-only and who holds it."""
        doc = self.context.doc
        banner = ""
        if doc is None:
            text = ""
        elif not doc.read_only:
            text = self.tr("Every change is saved as you make it")
        else:
            import socket

            from officeplanner.store.holder import read_holder

            holder = read_holder(doc.path)
            if holder is not None and (holder.pid, holder.host) != (
                os.getpid(),
                socket.gethostname(),
            ):
                text = self.tr("Read-only · being edited by {holder}").format(
                    holder=describe_holder(holder)
                )
                banner = self.tr(
                    "<b>Read-only.</b> {holder} is editing this "
                    "file; you see their changes when you open it again. Editing is "
                    "switched off."
                ).format(holder=_escape(describe_holder(holder)))
            elif doc.other_holder is not None:
                text = self.tr("Read-only · {user} has closed the file").format(
                    user=doc.other_holder.user
                )
                banner = self.tr(
                    "<b>Read-only.</b> {user} has closed the file: open it for editing now."
                ).format(user=_escape(doc.other_holder.user))
            elif _is_writable(doc.path):
                text = self.tr("Read-only · opened read-only")
                banner = self.tr(
                    "<b>Read-only.</b> The file was opened read-only; editing is switched off."
                )
            else:
                text = self.tr("Read-only · the file cannot be written")
                banner = self.tr(
                    "<b>Read-only.</b> The file or its folder cannot be written (for example "
                    "a read-only share); editing is switched off."
                )
        self.holder_label.setText(text)
        self.ui.readOnlyLabel.setText(banner)
        self.ui.readOnlyBar.setVisible(bool(banner))
        self.ui.reopenButton.setVisible(doc is not None and _is_writable(doc.path))

    @Slot()
    def reopen_for_editing(self) -> None:
        """Open the read-only file for editing, if nobody else edits it any more."""
        doc = self.context.doc
        if doc is None or not doc.read_only:
            return
        from officeplanner.store import OfficeFile

        try:
            editable = OfficeFile.open(doc.path)
        except FileInUseError as exc:
            prompts.info(
                self,
                self.tr("Still in use"),
                self.tr("“{file}” is still being edited by {holder}.").format(
                    file=doc.path.name, holder=describe_holder(exc.holder)
                ),
            )
            self._update_holder()
            return
        except OfficeFileError as exc:
            prompts.error(self, self.tr("Cannot open for editing"), str(exc))
            return
        self.context.set_document(editable)

    @Slot()
    def _undo_index_changed(self) -> None:
        stack = self.context.undo_stack
        if self.context.doc is None or stack.count() == 0:
            self.undo_label.setText("")
        else:
            done, count = stack.index(), stack.count()
            # Two messages rather than %n: without a translator (English) Qt leaves "%n"
            # texts as written, and Bokmål has the same one/other forms as English.
            text = (
                self.tr("{done} of 1 change in this session")
                if count == 1
                else self.tr("{done} of {count} changes in this session")
            )
            self.undo_label.setText(text.format(done=done, count=count))

    def _update_actions(self) -> None:
        has_doc = self.context.doc is not None
        editable = self.context.can_edit
        for key, action in self.main_actions.items():
            spec = SPECS[key]
            enabled = (not spec.needs_doc or has_doc) and (not spec.edits or editable)
            if key is MainAction.IMPORT:
                enabled = enabled and self._import_available
            elif key is MainAction.EXPORT:
                enabled = enabled and self._export_available
            elif key is MainAction.DELETE:
                page = self.current_page()
                enabled = enabled and callable(getattr(page, "delete_selected", None))
            elif key is MainAction.SELECT_ALL:
                page = self.current_page()
                enabled = enabled and callable(getattr(page, "select_all", None))
            action.setEnabled(enabled)

    # -- window events ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Opening may ask questions; do it after the drop has finished.
        self._pending_drop = path
        QTimer.singleShot(0, self._handle_drop)

    def _dropped_path(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.suffix.lower() == OFFICE_FILE_SUFFIX:
                    return path
                if path.suffix.lower() in IMPORT_SUFFIXES and self.context.can_edit:
                    return path
        return None

    @Slot()
    def _handle_drop(self) -> None:
        path, self._pending_drop = self._pending_drop, None
        if path is None:
            return
        if path.suffix.lower() == OFFICE_FILE_SUFFIX:
            self.open_path(path)
        else:
            self.open_import(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self.main_actions[MainAction.FULL_SCREEN].setChecked(self.isFullScreen())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(settings.WINDOW_STATE, bytes(self.saveState().data()))
        if self._guide is not None:
            self._guide.close()
        if self._demo_task is not None:
            self._demo_task.wait()
        self.context.set_document(None)  # releases the lock record
        self.settings.sync()
        super().closeEvent(event)


class _DemoJob:
    """``fn(progress, cancel)`` for the worker: build the demo office at ``path``."""

    def __init__(self, ensure: Any, path: Path) -> None:
        self.ensure = ensure
        self.path = path

    def __call__(self, progress: Any, cancel: Any) -> Path:
        return Path(self.ensure(self.path))


def _is_writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
