"""The typed settings registry: declared keys, defaults, coercion of what QSettings returns."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from officeplanner.gui import settings
from officeplanner.gui.context import ALL_TABLES, DocumentContext
from officeplanner.gui.settings import MAX_RECENT_FILES, Setting, Settings
from officeplanner.store import OfficeFile


@pytest.fixture
def store(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_defaults_when_nothing_is_stored(store: Settings) -> None:
    assert store.get(settings.RECENT_FILES) == []
    assert store.get(settings.FIRST_RUN_DONE) is False
    assert store.get(settings.WINDOW_GEOMETRY) == b""
    store.get(settings.RECENT_FILES).append("x")  # a default is a copy, never shared
    assert store.get(settings.RECENT_FILES) == []


def test_values_survive_an_ini_round_trip(tmp_path: Path, store: Settings) -> None:
    store.set(settings.FIRST_RUN_DONE, True)
    store.set(settings.RECENT_FILES, ["/only/one.officeplan"])
    store.set(settings.WINDOW_GEOMETRY, b"\x01\x02\xff")
    store.sync()
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.get(settings.FIRST_RUN_DONE) is True
    assert again.get(settings.RECENT_FILES) == ["/only/one.officeplan"]  # not a bare str
    assert again.get(settings.WINDOW_GEOMETRY) == b"\x01\x02\xff"


def test_wrong_types_are_refused_and_foreign_values_fall_back(store: Settings) -> None:
    with pytest.raises(TypeError):
        store.set(settings.LAST_FILE, 42)  # type: ignore[arg-type]
    store.store.setValue(settings.FIRST_RUN_DONE.key, "perhaps")
    assert store.get(settings.FIRST_RUN_DONE) is False


def test_every_key_is_declared_once() -> None:
    keys = [s.key for s in settings.declared()]
    assert len(keys) == len(set(keys))
    with pytest.raises(ValueError, match="declared twice"):
        Setting[str]("files/last", str, "", "again")


def test_recent_files_are_unique_most_recent_first_and_bounded(store: Settings) -> None:
    for n in range(MAX_RECENT_FILES + 3):
        store.add_recent_file(f"/f{n}")
    store.add_recent_file("/f5")
    recent = store.get(settings.RECENT_FILES)
    assert recent[0] == "/f5"
    assert len(recent) == MAX_RECENT_FILES
    assert len(set(recent)) == len(recent)


def test_context_signals(store: Settings, tmp_path: Path, qtbot: object) -> None:
    context = DocumentContext(store)
    assert context.doc is None and context.read_only
    seen: list[object] = []
    context.document_changed.connect(lambda: seen.append("doc"))
    context.read_only_changed.connect(seen.append)
    context.data_changed.connect(seen.append)
    doc = OfficeFile.create(tmp_path / "a.officeplan")
    context.set_document(doc)
    context.notify("desks")
    assert seen == ["doc", False, "desks"]
    assert context.touches(ALL_TABLES, "people") and not context.touches("desks", "people")
    context.set_document(None)
    assert doc.conn is not None
    with pytest.raises(Exception, match="closed"):
        doc.conn.execute("SELECT 1")
