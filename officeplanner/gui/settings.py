"""A typed registry over QSettings: every key is declared once, with its type and default.

Why not call ``QSettings.value`` where needed: its return type depends on the platform
backend (the Windows registry and macOS plists keep types, INI files turn everything into
strings, a one-element list comes back as a bare string), and a key spelled two ways in
two modules silently forks a preference. Declaring each key here as a :class:`Setting`
with its Python type gives one place to read the list of preferences and one place that
coerces values, like picard's ``config.py``/``options.py``.

Usage::

    settings = Settings()                    # or Settings(QSettings(path, IniFormat)) in tests
    recent = settings.get(RECENT_FILES)      # list[str]
    settings.set(LAST_FILE, str(path))
"""

from __future__ import annotations

from typing import Any, Final, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", bool, int, str, bytes, list[str])

#: The organisation and application names QSettings files are stored under.
ORGANIZATION: Final = "Office Planner"
APPLICATION: Final = "Office Planner"

#: How many files File ▸ Open Recent lists.
MAX_RECENT_FILES: Final = 10

_REGISTRY: dict[str, Setting[Any]] = {}


class Setting(Generic[T]):
    """One preference: its QSettings key, Python type, default and what it is for.

    A plain class, not a dataclass: the settings are declared at start-up, and importing
    dataclasses and building one costs the first window milliseconds.
    """

    __slots__ = ("default", "doc", "key", "kind")
    key: str
    kind: type
    default: T
    doc: str

    def __init__(self, key: str, kind: type, default: T, doc: str) -> None:
        if key in _REGISTRY:
            raise ValueError(f"setting {key!r} is declared twice")
        self.key = key
        self.kind = kind
        self.default = default
        self.doc = doc
        _REGISTRY[key] = self

    def __repr__(self) -> str:
        return f"Setting({self.key!r}, {self.kind.__name__}, {self.default!r})"


def declared() -> list[Setting[Any]]:
    """Every declared setting, for tests and a future preferences dialog."""
    return list(_REGISTRY.values())


# -- the declarations ------------------------------------------------------------------------

WINDOW_GEOMETRY: Final = Setting[bytes](
    "window/geometry", bytes, b"", "QMainWindow.saveGeometry(): size, position, screen"
)
WINDOW_STATE: Final = Setting[bytes](
    "window/state", bytes, b"", "QMainWindow.saveState(): docks and toolbars"
)
CURRENT_PAGE: Final = Setting[str](
    "window/page", str, "office", "The navigation page shown last (a page key)"
)
RECENT_FILES: Final = Setting[list[str]](
    "files/recent", list, [], "File ▸ Open Recent, most recent first"
)
LAST_FILE: Final = Setting[str](
    "files/last", str, "", "The office file reopened at start-up ('' = none: show the demo)"
)
FIRST_RUN_DONE: Final = Setting[bool](
    "files/first_run_done", bool, False, "Whether the demo office was offered once already"
)
WELCOME_SHOWN: Final = Setting[bool](
    "files/welcome_shown", bool, False, "Whether the one-time note over the demo office was shown"
)
LAST_OPEN_FOLDER: Final = Setting[str](
    "folders/open", str, "", "Where File ▸ Open… and Save a Copy… start"
)
LAST_IMPORT_FOLDER: Final = Setting[str]("folders/import", str, "", "Where File ▸ Import… starts")
LAST_EXPORT_FOLDER: Final = Setting[str]("folders/export", str, "", "Where File ▸ Export… starts")
COLOR_SCHEME: Final = Setting[str](
    "appearance/color_scheme", str, "system", "View ▸ Appearance: 'system', 'light' or 'dark'"
)
LANGUAGE: Final = Setting[str](
    "appearance/language", str, "system", "View ▸ Language: 'system', 'en' or 'nb' (next start)"
)


class Settings:
    """Typed access to the declared settings, backed by a QSettings store."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    def get(self, setting: Setting[T]) -> T:
        raw = self.store.value(setting.key)
        if raw is None:
            return _copy(setting.default)
        try:
            return cast(T, _coerce(raw, setting.kind))
        except (TypeError, ValueError):
            return _copy(setting.default)  # a hand-edited or foreign value: fall back

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.kind):
            raise TypeError(f"{setting.key} takes {setting.kind.__name__}, not {value!r}")
        stored: object = QByteArray(value) if isinstance(value, bytes) else value
        self.store.setValue(setting.key, stored)

    def reset(self, setting: Setting[T]) -> None:
        self.store.remove(setting.key)

    def sync(self) -> None:
        self.store.sync()

    # -- recent files ------------------------------------------------------------------------

    def add_recent_file(self, path: str) -> list[str]:
        """Put ``path`` first in the recent files (once), trimmed to MAX_RECENT_FILES."""
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        recent.insert(0, path)
        recent = recent[:MAX_RECENT_FILES]
        self.set(RECENT_FILES, recent)
        return recent

    def remove_recent_file(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        self.set(RECENT_FILES, recent)
        return recent


def _copy(value: T) -> T:
    return cast(T, list(value)) if isinstance(value, list) else value


def _coerce(raw: object, kind: type) -> object:
    """Turn what a QSettings backend returned into ``kind``."""
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, int):
            return raw != 0
        text = str(raw).strip().lower()
        if text in {"true", "1", "yes"}:
            return True
        if text in {"false", "0", "no", ""}:
            return False
        raise ValueError(raw)
    if kind is int:
        return int(str(raw)) if not isinstance(raw, int) else raw
    if kind is str:
        return str(raw)
    if kind is bytes:
        if isinstance(raw, QByteArray):
            return raw.data()
        if isinstance(raw, bytes | bytearray):
            return bytes(raw)
        raise TypeError(raw)
    if kind is list:
        if isinstance(raw, str):
            return [raw] if raw else []  # INI files return a one-element list as a string
        if isinstance(raw, list | tuple):
            return [str(item) for item in raw]
        raise TypeError(raw)
    raise TypeError(f"unsupported setting type {kind!r}")
